"""Tokens, roles and region scoping; the service client's retries and its 503 when a service is down."""

from dataclasses import replace

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI
from starlette.testclient import TestClient

from services.common.auth import Principal, hash_password, issue_token, require, verify_password, verify_token
from services.common.errors import Conflict, ServiceUnavailable, Unauthorized, install_error_handlers
from services.common.http import ServiceClient

SECRET = "x" * 40


class TestTokens:
    def test_round_trip(self):
        p = Principal(subject="window_hd", role="window_staff", region="370211001", name="王晓燕")
        back = verify_token(SECRET, issue_token(SECRET, p), 60)
        assert back == replace(p, jti=back.jti) and back.jti

    def test_each_token_gets_its_own_id_so_it_can_be_revoked_alone(self):
        p = Principal(subject="window_hd", role="window_staff", region="370211001")
        first, second = (verify_token(SECRET, issue_token(SECRET, p), 60) for _ in range(2))
        assert first.jti != second.jti

    def test_tampered_or_foreign_tokens_are_refused(self):
        token = issue_token(SECRET, Principal(subject="a", role="admin", region="370211"))
        with pytest.raises(Unauthorized):
            verify_token("y" * 40, token, 60)
        with pytest.raises(Unauthorized):
            verify_token(SECRET, token[:-3] + "abc", 60)

    def test_a_token_from_another_version_is_refused_not_a_crash(self):
        from itsdangerous import URLSafeTimedSerializer

        from services.common.auth import TOKEN_PREFIX

        old = TOKEN_PREFIX + URLSafeTimedSerializer(SECRET, salt="yimen-token").dumps(
            {"sub": "a", "roles": []}
        )
        with pytest.raises(Unauthorized, match="重新登录"):
            verify_token(SECRET, old, 60)

    def test_expired_token_is_refused(self):
        token = issue_token(SECRET, Principal(subject="a", role="admin", region="370211"))
        with pytest.raises(Unauthorized, match="过期"):
            verify_token(SECRET, token, -1)

    def test_passwords_are_argon2_hashed(self):
        hashed = hash_password("s3cret")
        assert hashed.startswith("$argon2") and verify_password(hashed, "s3cret")
        assert not verify_password(hashed, "wrong") and not verify_password("garbage", "s3cret")


class TestRegionScoping:
    def test_a_street_sees_only_itself_and_the_district_sees_all(self):
        street = Principal(subject="a", role="window_staff", region="370211001")
        district = Principal(subject="b", role="window_staff", region="370211")
        assert street.can_see_region("370211001") and not street.can_see_region("370211002")
        assert district.can_see_region("370211002")
        assert not Principal(subject="c", role="window_staff", region="").can_see_region("370211001")


def _app_with_roles() -> FastAPI:
    from types import SimpleNamespace

    from services.common.settings import PlatformSettings

    app = FastAPI()
    app.state.settings = SimpleNamespace(platform=PlatformSettings(auth_secret=SECRET))
    install_error_handlers(app)
    router = APIRouter()

    @router.get("/admin-only")
    def admin_only(p: Principal = Depends(require("admin"))):
        return {"who": p.subject}

    @router.post("/conflict")
    def conflict():
        raise Conflict("已受理的申请不能撤回", field="status")

    app.include_router(router)
    return app


class TestRoutesDeclareWhoMayCall:
    def test_role_is_enforced(self):
        client = TestClient(_app_with_roles())
        window = issue_token(SECRET, Principal(subject="w", role="window_staff", region="370211001"))
        admin = issue_token(SECRET, Principal(subject="a", role="admin", region="370211"))
        assert client.get("/admin-only").status_code == 401
        assert client.get("/admin-only", headers={"authorization": f"Bearer {window}"}).status_code == 403
        assert client.get("/admin-only", headers={"authorization": f"Bearer {admin}"}).json() == {"who": "a"}

    def test_domain_errors_are_problem_documents(self):
        response = TestClient(_app_with_roles()).post("/conflict")
        assert response.status_code == 409
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["field"] == "status"


class TestServiceClient:
    def _client(self, handler, retries=2) -> tuple[ServiceClient, list]:
        calls: list[httpx.Request] = []

        def record(request):
            calls.append(request)
            return handler(request, len(calls))

        transport = httpx.MockTransport(record)
        http = httpx.Client(base_url="http://other", transport=transport)
        return ServiceClient(
            "http://other", auth_secret=SECRET, caller="intake", retries=retries, client=http, backoff=0
        ), calls

    def test_a_service_that_is_down_is_a_503_problem_after_bounded_retries(self):
        def down(request, n):
            raise httpx.ConnectError("connection refused")

        client, calls = self._client(down)
        with pytest.raises(ServiceUnavailable):
            client.request("GET", "/v1/items")
        assert len(calls) == 3

    def test_a_post_without_idempotency_key_is_never_repeated(self):
        def down(request, n):
            raise httpx.ConnectError("connection refused")

        client, calls = self._client(down)
        with pytest.raises(ServiceUnavailable):
            client.request("POST", "/v1/cases", json={})
        assert len(calls) == 1

    def test_a_post_with_idempotency_key_is_retried_and_carries_the_key(self):
        def flaky(request, n):
            return httpx.Response(503) if n == 1 else httpx.Response(201, json={"ok": True})

        client, calls = self._client(flaky)
        assert client.request("POST", "/v1/cases", json={}, idempotency_key="case-1").json() == {"ok": True}
        assert [c.headers["idempotency-key"] for c in calls] == ["case-1", "case-1"]

    def test_calls_carry_a_service_token_and_trace_context(self):
        client, calls = self._client(lambda r, n: httpx.Response(200, json={}))
        client.request("GET", "/x")
        principal = verify_token(SECRET, calls[0].headers["authorization"].split()[1], 60)
        assert principal.role == "service" and principal.subject == "service:intake"
        assert calls[0].headers["traceparent"].startswith("00-")

    def test_other_side_problems_keep_their_status_and_field(self):
        problem = {
            "title": "输入不合法",
            "status": 422,
            "detail": "facts.members 不合法",
            "field": "facts.members",
        }
        client, _ = self._client(lambda r, n: httpx.Response(422, json=problem))
        with pytest.raises(Exception) as err:
            client.request("POST", "/v1/evaluations", json={})
        assert err.value.status == 422 and err.value.field == "facts.members"

    def test_extra_problem_members_reach_the_caller(self):
        problem = {
            "title": "状态冲突",
            "status": 409,
            "detail": "疑似重复救助",
            "findings": [{"case_number": "HD-1"}],
        }
        client, _ = self._client(lambda r, n: httpx.Response(409, json=problem))
        with pytest.raises(Conflict) as err:
            client.request("POST", "/v1/applications", json={})
        assert err.value.extra["findings"] == [{"case_number": "HD-1"}]
