"""JSON logs with request id, W3C trace context, Prometheus metrics, ID-number masking in logs."""

import contextvars
import json
import logging
import re
import secrets
import sys
import time

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
trace_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("trace_id", default="")
span_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("span_id", default="")

_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$")
# 18-digit resident ID numbers (last may be X) and 11-digit mobile numbers never reach a log whole.
_ID_NUMBER = re.compile(r"(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)")
_PHONE = re.compile(r"(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)")


def mask_personal_data(text: str) -> str:
    """Mask ID and phone numbers anywhere in a string (logs, public pages)."""
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "********" + m.group(2), text)
    return _PHONE.sub(lambda m: m.group(1) + "****" + m.group(2), text)


def outgoing_traceparent() -> str:
    """A traceparent header for a call we make: same trace, a new span."""
    trace_id = trace_id_var.get() or secrets.token_hex(16)
    return f"00-{trace_id}-{secrets.token_hex(8)}-01"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "msg": mask_personal_data(record.getMessage()),
            "request_id": request_id_var.get(),
            "trace_id": trace_id_var.get() or None,
        }
        for key in ("service", "path", "method", "status", "duration_ms"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exc"] = mask_personal_data(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class MaskingFormatter(logging.Formatter):
    """Plain-text logs mask ID and phone numbers too."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_data(super().format(record))


UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")


def configure_logging(level: str = "INFO", json_logs: bool = True) -> None:
    """One masking handler on the root logger; uvicorn's and every library's records go through it."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter() if json_logs else MaskingFormatter("%(levelname)s %(name)s %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # uvicorn installs its own unmasked handlers (its "Exception in ASGI application" traceback printed
    # ID and phone numbers in clear): its loggers write through ours, whatever --log-config said
    for name in UVICORN_LOGGERS:
        uvicorn_log = logging.getLogger(name)
        uvicorn_log.handlers[:] = []
        uvicorn_log.propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # our middleware logs each request once
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the callee logs the call; URLs may carry IDs


class Metrics:
    """Per-app Prometheus registry, so several apps in one test process never collide."""

    def __init__(self, service: str):
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests",
            ["service", "method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "HTTP request latency",
            ["service", "route"],
            registry=self.registry,
        )
        self.service = service

    def counter(self, name: str, doc: str, labels: list[str]) -> Counter:
        """A domain counter (e.g. deliveries by outcome) on the same registry."""
        return Counter(name, doc, labels, registry=self.registry)


class ObservabilityMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware task hop): request id + traceparent in and out, one JSON
    access log line, request count and latency by route template."""

    def __init__(self, app, *, metrics: Metrics, service: str):
        self.app, self.metrics, self.service = app, metrics, service
        self.log = logging.getLogger(f"yimen.{service}")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        rid = headers.get("x-request-id") or secrets.token_hex(8)
        match = _TRACEPARENT.match(headers.get("traceparent", ""))
        tokens = (
            request_id_var.set(rid[:64]),
            trace_id_var.set(match.group(1) if match else secrets.token_hex(16)),
            span_id_var.set(secrets.token_hex(8)),
        )
        start = time.perf_counter()
        status = 500

        async def send_with_headers(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                extra = [
                    (b"x-request-id", request_id_var.get().encode("latin-1")),
                    (b"traceparent", f"00-{trace_id_var.get()}-{span_id_var.get()}-01".encode()),
                ]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", "unmatched")
            elapsed = time.perf_counter() - start
            method, path = scope["method"], scope["path"]
            self.metrics.requests.labels(self.service, method, template, str(status)).inc()
            self.metrics.latency.labels(self.service, template).observe(elapsed)
            self.log.info(
                "%s %s %s",
                method,
                path,
                status,
                extra={
                    "service": self.service,
                    "method": method,
                    "path": path,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
            for var, token in zip((request_id_var, trace_id_var, span_id_var), tokens, strict=True):
                var.reset(token)


def install_observability(app: FastAPI, service: str) -> Metrics:
    """Request id + traceparent, one JSON access log line, metrics, and GET /metrics."""
    metrics = Metrics(service)
    app.add_middleware(ObservabilityMiddleware, metrics=metrics, service=service)

    @app.get("/metrics", include_in_schema=False)
    def _metrics() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return metrics
