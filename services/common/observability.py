"""JSON logs with request id, W3C trace context, Prometheus metrics, ID-number masking in logs."""

import contextvars
import json
import logging
import os
import re
import secrets
import sys
import time
from json.encoder import encode_basestring
from typing import Any

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


ACCESS_FIELDS = ("service", "path", "method", "status", "duration_ms")
_encode = json.JSONEncoder(ensure_ascii=False).encode  # made once: json.dumps builds one per call
_string = encode_basestring  # one JSON string, as _encode writes it (ensure_ascii=False)


class JsonFormatter(logging.Formatter):
    _second: tuple[int, str] = (-1, "")  # the last second formatted: strftime once per second, not per line

    def _timestamp(self, record: logging.LogRecord) -> str:
        second = int(record.created)
        if self._second[0] != second:
            self._second = (second, self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"))
        return self._second[1]

    def format(self, record: logging.LogRecord) -> str:
        if record.__dict__.get("access") and not record.exc_info:
            return self._access_line(record)
        entry = {
            "ts": self._timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "msg": mask_personal_data(record.getMessage()),
            "request_id": request_id_var.get(),
            "trace_id": trace_id_var.get() or None,
        }
        fields = record.__dict__
        for key in ACCESS_FIELDS:
            if key in fields:
                entry[key] = fields[key]
        if record.exc_info:
            entry["exc"] = mask_personal_data(self.formatException(record.exc_info))
        return _encode(entry)

    def _access_line(self, record: logging.LogRecord) -> str:
        """The access log line, the same text as format() makes for it, written without building and
        encoding a dict (a third of a /healthz request's cost went to that); its path is masked already."""
        trace_id = trace_id_var.get()
        return (
            f'{{"ts": "{self._timestamp(record)}", "level": "{record.levelname}", '
            f'"logger": {_string(record.name)}, "msg": {_string(record.getMessage())}, '
            f'"request_id": {_string(request_id_var.get())}, '
            f'"trace_id": {_string(trace_id) if trace_id else "null"}, '
            f'"service": {_string(record.service)}, "path": {_string(record.path)}, '
            f'"method": {_string(record.method)}, "status": {int(record.status)}, '
            f'"duration_ms": {float(record.duration_ms)!r}}}'
        )


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
    # No formatter of ours prints the process or thread: not looking them up for every record saves
    # a tenth of a request's cost (services/common/observability.py, docs/performance.md)
    logging.logProcesses = logging.logThreads = logging.logMultiprocessing = False
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
    access log line, request count and latency by route template.

    Per request it does only what depends on the request: two header look-ups, one urandom call for
    the three ids, two cached metric children and one log record. Everything else (logger, metric
    children per route, encoded header names) is made once.
    """

    def __init__(self, app, *, metrics: Metrics, service: str):
        self.app, self.metrics, self.service = app, metrics, service
        self.log = logging.getLogger(f"yimen.{service}")
        self._counters: dict[tuple[str, str, int], Any] = {}
        self._histograms: dict[str, Any] = {}

    def _observe(self, method: str, template: str, status: int, elapsed: float) -> None:
        counter = self._counters.get((method, template, status))
        if counter is None:  # first request of this route/method/status: made once, then reused
            counter = self.metrics.requests.labels(self.service, method, template, str(status))
            self._counters[(method, template, status)] = counter
        counter.inc()
        histogram = self._histograms.get(template)
        if histogram is None:
            histogram = self._histograms[template] = self.metrics.latency.labels(self.service, template)
        histogram.observe(elapsed)

    def _access_log(self, method: str, path: str, status: int, elapsed: float) -> None:
        """One line per request; the record is made directly (the caller's file and line, which
        logging.info would look up by walking the stack, say nothing about a request)."""
        path = mask_personal_data(path)  # an ID number in a path never reaches the log, not even as `path`
        record = self.log.makeRecord(
            self.log.name,
            logging.INFO,
            __file__,
            0,
            "%s %s %s",
            (method, path, status),
            None,
            extra={
                "service": self.service,
                "method": method,
                "path": path,
                "status": status,
                "duration_ms": round(elapsed * 1000, 2),
                "access": True,
            },
        )
        self.log.handle(record)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = traceparent = None
        for name, value in scope.get("headers", ()):
            if name == b"x-request-id":
                rid = value.decode("latin-1")
            elif name == b"traceparent":
                traceparent = value.decode("latin-1")
        fresh = os.urandom(32).hex()  # one system call for the three ids
        match = _TRACEPARENT.match(traceparent) if traceparent else None
        rid = rid[:64] if rid else fresh[:16]
        trace_id, span_id = (match.group(1) if match else fresh[16:48]), fresh[48:]
        tokens = (request_id_var.set(rid), trace_id_var.set(trace_id), span_id_var.set(span_id))
        start = time.perf_counter()
        status = 500

        async def send_with_headers(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                headers.append((b"x-request-id", rid.encode("latin-1")))
                headers.append((b"traceparent", f"00-{trace_id}-{span_id}-01".encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", "unmatched")
            elapsed = time.perf_counter() - start
            method = scope["method"]
            self._observe(method, template, status, elapsed)
            if self.log.isEnabledFor(logging.INFO):
                self._access_log(method, scope["path"], status, elapsed)
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
