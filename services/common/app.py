"""Builds a Yimen service: health, readiness, metrics, problem errors, logs and trace context."""

import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse, Response

from .clock import clock
from .db import Database
from .observability import configure_logging, install_observability
from .openapi import HealthStatus, Readiness, install_openapi, operation_id
from .security_headers import SecurityHeadersMiddleware
from .settings import ServiceSettings
from .text import text_guard

log = logging.getLogger("yimen.app")
Worker = Callable[[FastAPI, threading.Event], None]
HEALTHY = HealthStatus(status="ok").model_dump_json().encode()


def create_service_app(
    *,
    name: str,
    title: str,
    description: str,
    settings: ServiceSettings,
    db: Database,
    routers: Iterable[APIRouter],
    workers: Iterable[Worker] = (),
    version: str = "1.0.0",
    openapi_tags: list[dict] | None = None,
    idempotency_model: type | None = None,
) -> FastAPI:
    """One FastAPI app with the platform's fixed endpoints and middleware.

    `workers` are loops (outbox delivery, deadline sweeps) started in background threads when
    settings.run_workers is true; each gets the app and a stop event to honour. With an
    `idempotency_model` (the service's IdempotencyFields table) every state-changing request with an
    Idempotency-Key replays its first answer (services/common/idempotency.py).
    """
    configure_logging(settings.platform.log_level, settings.platform.log_json)
    stop = threading.Event()
    workers = list(workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threads = []
        if settings.run_workers:
            for worker in workers:
                t = threading.Thread(
                    target=worker, args=(app, stop), name=f"{name}-{worker.__name__}", daemon=True
                )
                t.start()
                threads.append(t)
        yield
        stop.set()
        for t in threads:
            t.join(timeout=10)

    app = FastAPI(
        title=title,
        description=description,
        version=version,
        lifespan=lifespan,
        openapi_tags=openapi_tags,
        docs_url="/docs",
        redoc_url="/redoc",
        generate_unique_id_function=operation_id,  # applications_register, not register_v1_applications_post
        dependencies=[text_guard],  # no control characters in any parameter or body, on every route
    )
    app.state.settings = settings
    app.state.db = db
    app.state.clock = clock  # the process clock: routes take it with ClockDep, workers from app.state
    if settings.platform.clock_start is not None:
        clock.set(settings.platform.clock_start, running=True)
    app.state.service_name = name
    app.state.stop_event = stop
    app.state.workers = workers
    if idempotency_model is not None:  # innermost of the middleware: replays are logged and get headers
        from .idempotency import IdempotencyMiddleware

        app.add_middleware(IdempotencyMiddleware, model=idempotency_model)
    app.state.metrics = install_observability(app, name)
    app.add_middleware(SecurityHeadersMiddleware)

    from .errors import install_error_handlers  # local: keeps the import graph flat for workers

    install_error_handlers(app)

    app.webhooks.generate_unique_id_function = operation_id  # webhooks a service describes later

    # async and encoded once: no thread-pool hop, no validation of a constant (the hop was most of a
    # probe's cost; docs/performance.md "Per-request overhead")
    @app.get("/healthz", tags=["platform"], summary="进程存活", response_model=HealthStatus)
    async def healthz() -> Response:
        """存活检查：进程能应答即为 ok，不检查数据库。无需令牌。"""
        return Response(HEALTHY, media_type="application/json")

    @app.get(
        "/readyz",
        tags=["platform"],
        summary="数据库可用",
        response_model=Readiness,
        responses={503: {"model": Readiness, "description": "数据库不可用"}},
    )
    def readyz():
        """就绪检查：数据库能应答才接收流量（503 时负载均衡摘除本实例）。无需令牌。"""
        try:
            app.state.db.ping()
        except Exception as exc:  # any driver error means "not ready"; the reason goes to the log only
            log.warning("readiness check failed: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "down"}, status_code=503)
        return {"status": "ok", "database": "ok"}

    for router in routers:
        app.include_router(router)
    install_openapi(app, tags=openapi_tags)  # ids checked unique here: a clash fails the build
    return app
