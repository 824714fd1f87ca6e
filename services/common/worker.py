"""Run a service's background workers without serving HTTP: `python -m services.common.worker transfer`.

Production runs the API replicas with YIMEN_<SVC>_RUN_WORKERS=false and this as its own
Deployment; several replicas are safe (claims use FOR UPDATE SKIP LOCKED on PostgreSQL).
Prometheus metrics on :$YIMEN_WORKER_METRICS_PORT/metrics (default 9100).
"""

import importlib
import logging
import os
import signal
import sys
import threading

log = logging.getLogger("yimen.worker")
SERVICES = ("intake", "eligibility", "transfer")


def main(service: str) -> int:
    if service not in SERVICES:
        raise SystemExit(f"usage: python -m services.common.worker {{{'|'.join(SERVICES)}}}")
    app = importlib.import_module(f"services.{service}.app").create_app()
    stop: threading.Event = app.state.stop_event
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    # Workers serve their own /metrics (the API replicas' counters don't see what workers do).
    from prometheus_client import start_http_server

    port = int(os.environ.get("YIMEN_WORKER_METRICS_PORT", "9100"))
    # inside a container the scraper reaches the pod address, so listen on all interfaces there
    start_http_server(
        port,
        addr=os.environ.get("YIMEN_WORKER_METRICS_ADDR", "0.0.0.0"),  # noqa: S104
        registry=app.state.metrics.registry,
    )
    threads = [threading.Thread(target=w, args=(app, stop), name=w.__name__) for w in app.state.workers]
    log.info("%s: starting %d worker(s)", service, len(threads))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
