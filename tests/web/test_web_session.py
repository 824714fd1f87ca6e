"""The web front's session: CSRF on every form, login via intake, no open redirects, production secrets."""

import base64
import re
import uuid

import httpx
import pytest
from pydantic import ValidationError
from starlette.testclient import TestClient

from services.common.settings import DEMO_AUTH_SECRET, PlatformSettings
from web.app import create_app
from web.settings import WebSettings

ACCOUNT = {
    "username": "window_hd",
    "display_name": "王晓燕",
    "role": "window_staff",
    "region": "370211001",
    "region_name": "黄岛街道",
    "department_id": None,
}


REVOKED: set[str] = set()


def _intake(request: httpx.Request) -> httpx.Response:
    bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
    if request.url.path == "/v1/auth/me":
        if bearer in REVOKED:
            return httpx.Response(401, json={"status": 401, "detail": "令牌已注销，请重新登录"})
        return httpx.Response(200, json=ACCOUNT)
    if request.url.path == "/v1/auth/logout":
        REVOKED.add(bearer)
        return httpx.Response(204)
    if request.url.path == "/v1/applications":
        if bearer in REVOKED:
            return httpx.Response(401, json={"status": 401, "detail": "令牌已注销，请重新登录"})
        return httpx.Response(200, json={"rows": [], "total": 0, "page": 1, "page_size": 200})
    if request.url.path == "/v1/auth/token":
        body = request.read().decode()
        if '"yimen-demo-2026"' in body:
            return httpx.Response(
                200,
                json={"access_token": f"ym1.fake-{uuid.uuid4().hex}", "expires_in": 60, "account": ACCOUNT},
            )
        return httpx.Response(
            401, json={"title": "未登录或令牌无效", "status": 401, "detail": "用户名或密码错误"}
        )
    return httpx.Response(404, json={"status": 404, "detail": "no"})


@pytest.fixture
def web():
    intake = httpx.Client(base_url="http://intake", transport=httpx.MockTransport(_intake))
    return TestClient(create_app(clients={"intake": intake}), follow_redirects=False)


def _csrf(client: TestClient, path: str = "/login") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


class TestLogin:
    def test_login_without_csrf_token_is_refused(self, web):
        web.get("/login")
        response = web.post("/login", data={"username": "window_hd", "password": "yimen-demo-2026"})
        main = response.text[response.text.index("<main") :]  # the header name in <head> is no message
        assert response.status_code == 403 and "页面已过期" in main and "CSRF" not in main

    def test_login_with_csrf_and_right_password_reaches_home(self, web):
        token = _csrf(web)
        response = web.post(
            "/login",
            data={"username": "window_hd", "password": "yimen-demo-2026", "csrf_token": token, "next": "/"},
        )
        assert response.status_code == 303
        home = web.get("/")
        assert "王晓燕" in home.text and "黄岛街道" in home.text

    def test_wrong_password_shows_a_chinese_message(self, web):
        response = web.post(
            "/login", data={"username": "window_hd", "password": "nope", "csrf_token": _csrf(web)}
        )
        assert response.status_code == 401 and "用户名或密码错误" in response.text

    def test_next_never_redirects_to_another_site(self, web):
        response = web.post(
            "/login",
            data={
                "username": "window_hd",
                "password": "yimen-demo-2026",
                "csrf_token": _csrf(web),
                "next": "//evil.example/",
            },
        )
        assert response.headers["location"] == "/"

    def test_intake_down_is_a_clear_503_not_a_crash(self):
        def down(request):
            raise httpx.ConnectError("refused")

        intake = httpx.Client(base_url="http://intake", transport=httpx.MockTransport(down))
        client = TestClient(create_app(clients={"intake": intake}))
        response = client.post("/login", data={"username": "a", "password": "b", "csrf_token": _csrf(client)})
        assert response.status_code == 503 and "暂不可用" in response.text

    def test_logout_requires_csrf_and_clears_the_session(self, web):
        web.post(
            "/login", data={"username": "window_hd", "password": "yimen-demo-2026", "csrf_token": _csrf(web)}
        )
        assert web.post("/logout").status_code == 403
        token = _csrf(web, "/")
        assert web.post("/logout", data={"csrf_token": token}).status_code == 303
        assert web.get("/").headers["location"] == "/login"


class TestBadAddresses:
    def test_a_malformed_path_parameter_is_a_chinese_error_page(self, web):
        web.post(
            "/login", data={"username": "window_hd", "password": "yimen-demo-2026", "csrf_token": _csrf(web)}
        )
        response = web.get("/applications/not-a-number")
        assert response.status_code == 404
        assert "没有这个页面" in response.text and response.headers["content-type"].startswith("text/html")
        assert "application_id" not in response.text

    def test_unknown_address_and_wrong_method_are_chinese_pages(self, web):
        unknown = web.get("/no-such-page")
        assert unknown.status_code == 404 and "没有这个页面" in unknown.text and "detail" not in unknown.text
        wrong = web.put("/login")
        assert wrong.status_code == 405 and "打开方式不对" in wrong.text and "Method" not in wrong.text


class TestTemplatesEscape:
    def test_user_input_is_autoescaped(self, web):
        response = web.post(
            "/login",
            data={"username": "<script>alert(1)</script>", "password": "x", "csrf_token": _csrf(web)},
        )
        assert "<script>alert(1)</script>" not in response.text
        assert "&lt;script&gt;" in response.text


class TestProductionRefusesDemoSecrets:
    def test_platform_refuses_the_demo_auth_secret(self):
        with pytest.raises(ValidationError):
            PlatformSettings(mode="production", auth_secret=DEMO_AUTH_SECRET)

    def test_web_refuses_the_demo_session_secret(self):
        with pytest.raises(ValidationError, match="YIMEN_WEB_SESSION_SECRET"):
            WebSettings(platform=PlatformSettings(mode="production", auth_secret=GOOD_SECRET))

    def test_web_refuses_a_session_secret_of_one_repeated_character(self):
        with pytest.raises(ValidationError, match="YIMEN_WEB_SESSION_SECRET"):
            WebSettings(
                session_secret="s" * 40, platform=PlatformSettings(mode="production", auth_secret=GOOD_SECRET)
            )

    def test_private_secrets_are_accepted(self):
        settings = WebSettings(
            session_secret=GOOD_SECRET[::-1],
            platform=PlatformSettings(mode="production", auth_secret=GOOD_SECRET),
        )
        assert not settings.platform.is_demo


GOOD_SECRET = "0123456789abcdef" * 4


def _logged_in(web) -> str:
    web.post(
        "/login", data={"username": "window_hd", "password": "yimen-demo-2026", "csrf_token": _csrf(web)}
    )
    return web.cookies["yimen_session"]


class TestSealedSession:
    def test_the_cookie_does_not_carry_a_readable_token(self, web):
        cookie = _logged_in(web)
        payload = base64.b64decode(cookie.split(".")[0] + "==").decode()
        # before: the signed-only cookie held "token": "ym1.…", usable against every API for 8 hours
        assert "window_hd" in payload and "ym1." not in payload and "token" not in payload
        assert web.get("/workbench").status_code == 200

    def test_logout_revokes_the_token_so_a_copied_cookie_opens_nothing(self, web):
        cookie = _logged_in(web)
        assert web.get("/workbench").status_code == 200
        web.post("/logout", data={"csrf_token": _csrf(web, "/")})
        thief = TestClient(web.app, follow_redirects=False, cookies={"yimen_session": cookie})
        answer = thief.get("/workbench")
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")

    def test_a_tampered_sealed_token_is_logged_out(self, web):
        _logged_in(web)
        web.app.state.session_cipher = __import__("web.session").session.session_cipher("another-secret")
        assert web.get("/workbench").headers["location"].startswith("/login")


class TestSecurityHeaders:
    def test_pages_and_errors_carry_the_headers(self, web):
        for response in (web.get("/login"), web.get("/no-such-page")):
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["referrer-policy"] == "same-origin"
            csp = response.headers["content-security-policy"]
            assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
            assert "unsafe-eval" not in csp and "'unsafe-inline'" not in csp.split("style-src")[0]

    def test_csp_allows_every_inline_handler_of_the_templates(self, web):
        import hashlib

        from web.rendering import TEMPLATES_DIR

        csp = web.get("/login").headers["content-security-policy"]
        for path in TEMPLATES_DIR.rglob("*.html"):
            for handler in re.findall(r'\son[a-z]+="([^"]*)"', path.read_text(encoding="utf-8")):
                digest = base64.b64encode(hashlib.sha256(handler.encode()).digest()).decode()
                assert f"'sha256-{digest}'" in csp, handler
