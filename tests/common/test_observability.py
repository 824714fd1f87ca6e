"""The access log and metrics of every request, made cheaply (docs/performance.md) and still right."""

import io
import json
import logging

import pytest
from fastapi import FastAPI
from starlette.testclient import TestClient

from services.common.errors import install_error_handlers
from services.common.observability import JsonFormatter, Metrics, ObservabilityMiddleware

ID_NUMBER = "370211198501010012"


@pytest.fixture
def logged():
    """An app behind the middleware whose log lines land in a buffer, formatted as in production."""
    app = FastAPI()

    @app.get("/v1/people/{id_number}")
    async def person(id_number: str) -> dict:
        return {"ok": True}

    @app.get("/v1/fail")
    async def fail() -> dict:
        from services.common.errors import Conflict

        raise Conflict("x")

    install_error_handlers(app)
    metrics = Metrics("svc")
    app.add_middleware(ObservabilityMiddleware, metrics=metrics, service="svc")
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(JsonFormatter())
    log = logging.getLogger("yimen.svc")
    log.addHandler(handler)
    level, log.level = log.level, logging.INFO
    yield TestClient(app, raise_server_exceptions=False), buffer, metrics
    log.removeHandler(handler)
    log.setLevel(level)


class TestAccessLog:
    def test_one_json_line_per_request_with_request_and_trace_ids(self, logged):
        client, buffer, _ = logged
        trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
        client.get("/v1/people/x", headers={"x-request-id": "rid-1", "traceparent": trace})
        (line,) = buffer.getvalue().splitlines()
        entry = json.loads(line)
        assert entry["msg"] == "GET /v1/people/x 200"
        assert (entry["request_id"], entry["trace_id"]) == ("rid-1", "0af7651916cd43dd8448eb211c80319c")
        assert (entry["service"], entry["method"], entry["status"]) == ("svc", "GET", 200)
        assert isinstance(entry["duration_ms"], float)

    def test_an_id_number_in_the_path_is_masked_in_msg_and_path(self, logged):
        client, buffer, _ = logged
        client.get(f"/v1/people/{ID_NUMBER}")
        line = buffer.getvalue()
        assert ID_NUMBER not in line
        assert json.loads(line)["path"] == "/v1/people/370211********0012"

    def test_the_fast_line_is_the_text_the_generic_formatter_writes(self):
        formatter = JsonFormatter()
        fields = {"service": "s", "method": "GET", "path": '/a"b\\c/张三\x01', "status": 404}
        record = logging.LogRecord(
            "yimen.s", logging.INFO, "", 0, "%s %s %s", ("GET", fields["path"], 404), None
        )
        record.__dict__.update(fields, duration_ms=1.25, access=True)
        fast = formatter.format(record)
        record.access = False
        assert fast == formatter.format(record)
        assert json.loads(fast)["path"] == '/a"b\\c/张三\x01'

    def test_each_request_gets_fresh_ids(self, logged):
        client, _, _ = logged
        first, second = client.get("/v1/people/x"), client.get("/v1/people/x")
        assert first.headers["x-request-id"] != second.headers["x-request-id"]
        assert first.headers["traceparent"].split("-")[1] != second.headers["traceparent"].split("-")[1]
        assert len(first.headers["x-request-id"]) == 16


class TestMetrics:
    def test_counts_by_route_template_and_status(self, logged):
        client, _, metrics = logged
        for _ in range(3):
            client.get("/v1/people/a")
        client.get("/v1/fail")
        client.get("/v1/fail")
        value = metrics.registry.get_sample_value
        labels = {"service": "svc", "method": "GET"}
        assert (
            value("http_requests_total", {**labels, "route": "/v1/people/{id_number}", "status": "200"}) == 3
        )
        assert value("http_requests_total", {**labels, "route": "/v1/fail", "status": "409"}) == 2
        assert value("http_request_duration_seconds_count", {"service": "svc", "route": "/v1/fail"}) == 2
