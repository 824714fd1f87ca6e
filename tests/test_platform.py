"""The fixed platform contract on every service: health, readiness, metrics, OpenAPI, problems."""

import pytest

from services.eligibility.app import create_app as eligibility_app
from services.intake.app import create_app as intake_app
from services.transfer.app import create_app as transfer_app
from tests.conftest import auth

FACTORIES = {"intake": intake_app, "eligibility": eligibility_app, "transfer": transfer_app}


@pytest.fixture(params=list(FACTORIES))
def service_client(request, make_client):
    name = request.param
    db = request.getfixturevalue(f"{name}_db")
    app = FACTORIES[name](db=db)
    app.state.settings.run_workers = False
    return name, make_client(app)


class TestFixedEndpoints:
    def test_healthz_is_ok(self, service_client):
        _, client = service_client
        assert client.get("/healthz").json() == {"status": "ok"}

    def test_readyz_checks_the_database(self, service_client):
        _, client = service_client
        response = client.get("/readyz")
        assert response.status_code == 200 and response.json()["database"] == "ok"

    def test_openapi_is_3_1_and_described(self, service_client):
        name, client = service_client
        doc = client.get("/openapi.json").json()
        assert doc["openapi"].startswith("3.1")
        assert doc["info"]["description"]

    def test_metrics_count_requests(self, service_client):
        name, client = service_client
        client.get("/healthz")
        body = client.get("/metrics").text
        assert f'http_requests_total{{method="GET",route="/healthz",service="{name}",status="200"}}' in body

    def test_request_id_and_traceparent_are_echoed(self, service_client):
        _, client = service_client
        trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
        response = client.get("/healthz", headers={"traceparent": trace, "x-request-id": "abc123"})
        assert response.headers["x-request-id"] == "abc123"
        assert response.headers["traceparent"].startswith("00-0af7651916cd43dd8448eb211c80319c-")


class TestProblems:
    def test_unknown_route_is_a_problem_document(self, service_client):
        _, client = service_client
        response = client.get("/v1/no-such-thing", headers=auth("admin", "370211"))
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["title"] == "未找到"

    def test_wrong_method_is_a_405_problem(self, service_client):
        _, client = service_client
        response = client.delete("/healthz")
        assert response.status_code == 405 and response.json()["title"] == "不支持的请求方法"

    def test_malformed_json_is_a_chinese_400_not_a_500(self, service_client):
        name, client = service_client
        path = {"intake": "/v1/auth/token", "eligibility": "/v1/evaluations", "transfer": "/v1/cases"}[name]
        response = client.post(
            path,
            content=b"{not json",
            headers={**auth("admin", "370211"), "content-type": "application/json"},
        )
        assert response.status_code == 400 and response.headers["content-type"].startswith(
            "application/problem"
        )
        assert "请求内容无法解析" in response.json()["title"] + response.json().get("detail", "")


class TestUnreachableDatabase:
    def test_readyz_reports_503_when_database_is_down(self, make_client, tmp_path):
        from services.common.db import Database

        app = intake_app(db=Database("postgresql://nobody@127.0.0.1:1/none"))
        response = make_client(app).get("/readyz")
        assert response.status_code == 503
        assert response.json()["database"] == "down"
