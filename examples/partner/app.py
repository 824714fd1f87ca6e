"""The partner's web side: the callback URL Yimen pushes slips to, and a read-only overview."""

import binascii
import logging
import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from examples.partner.settings import PartnerSettings
from examples.partner.store import Store, utcnow
from examples.partner.worker import Sender, answers

log = logging.getLogger("partner")
TOLERANCE_SECONDS = 5 * 60  # Standard Webhooks: refuse a timestamp more than 5 minutes off (replays)
REQUIRED = ("webhook-id", "webhook-timestamp", "webhook-signature")


class Refused(Exception):
    """A webhook we will not accept: 400 (malformed or stale) or 401 (no valid signature)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


def verify(secrets: tuple[str, ...], body: bytes, headers) -> dict:
    """The verified message, or Refused. Any of our secrets may match (rotation overlap)."""
    missing = [h for h in REQUIRED if not headers.get(h)]
    if missing:
        raise Refused(400, f"missing header(s): {', '.join(missing)}")
    try:
        sent_at = int(headers["webhook-timestamp"])
    except ValueError:
        raise Refused(400, "webhook-timestamp is not a Unix time") from None
    if abs(utcnow().timestamp() - sent_at) > TOLERANCE_SECONDS:
        raise Refused(400, "stale webhook-timestamp (more than 5 minutes off): possible replay")
    wanted = {h: headers[h] for h in REQUIRED}
    for secret in secrets:
        try:
            return Webhook(secret).verify(body, wanted)
        except (WebhookVerificationError, ValueError, binascii.Error):
            continue  # the next secret may be the one that signed it
    raise Refused(401, "no valid signature: wrong secret, or the body was changed")


def create_app(settings: PartnerSettings, *, run_sender: bool = True) -> FastAPI:
    """The app; its sender thread works the outbox while the app runs."""
    store = Store(settings.database)
    sender = Sender(settings, store)
    stop = threading.Event()
    plan = answers(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        thread = threading.Thread(target=sender.run, args=(stop, settings.poll_seconds), daemon=True)
        if run_sender:
            thread.start()
        yield
        stop.set()
        if run_sender:
            thread.join(timeout=15)

    app = FastAPI(title="Example partner system (协同部门系统示例)", lifespan=lifespan)
    app.state.store, app.state.sender = store, sender

    @app.post("/yimen/hooks", status_code=204)
    async def receive(request: Request) -> Response:
        """Yimen's callback URL: verify, store, answer 2xx at once; the answers go out afterwards."""
        body = await request.body()
        try:
            message = verify(settings.webhook_secrets, body, request.headers)
        except Refused as refused:
            log.warning("webhook refused (%s): %s", refused.status, refused.reason)
            return JSONResponse({"detail": refused.reason}, status_code=refused.status)
        fresh = store.receive(
            webhook_id=request.headers["webhook-id"],
            message=message,
            answers=plan,
            delay=settings.answer_delay_seconds,
        )
        log.info(
            "webhook %s %s (%s)",
            request.headers["webhook-id"],
            message["type"],
            "new" if fresh else "duplicate",
        )
        return Response(status_code=204)

    @app.get("/slips")
    def slips() -> list[dict]:
        """What the partner stores per slip, with its outbox (a real system shows this to its staff)."""
        return store.slips()

    @app.get("/messages")
    def messages() -> list[dict]:
        """Every webhook accepted (de-duplicated by webhook-id)."""
        return store.messages()

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    return app
