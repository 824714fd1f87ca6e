"""Sends the partner's outbox to Yimen through the generated SDK, with retries and back-off.

Each answer carries a stable `Idempotency-Key`, so a retry after a lost response is applied once
(Yimen replays its first answer). Transient failures (network, 429, 5xx) are retried with doubling
back-off (1 s … 5 min, honouring Retry-After); refusals retrying cannot fix (400, 401, 403, 404, 409,
422) stop that slip's queue with the reason, for a person to look at.

Every call is also signed with Standard Webhooks (`webhook-id`, `webhook-timestamp`,
`webhook-signature`) under the department's newest whsec_ secret, as the second factor next to the
ymp_ token (docs/integrating.md); the signing is an httpx request hook, so the SDK stays as generated.
"""

import json
import logging
import random
import secrets
import threading
import time
from datetime import UTC, datetime

import httpx
from standardwebhooks.webhooks import Webhook
from yimen_client.transfer import AuthenticatedClient
from yimen_client.transfer.api.slips import slips_get, slips_post_event
from yimen_client.transfer.models import Acknowledged, Feedback, Opinion, Problem, Result, SlipDetail

from examples.partner.settings import PartnerSettings
from examples.partner.store import Store

log = logging.getLogger("partner.worker")
EVENT_MODELS = {"acknowledged": Acknowledged, "opinion": Opinion, "result": Result, "feedback": Feedback}
STATE_AFTER = {
    "fetch": "fetched",
    "acknowledged": "acknowledged",
    "opinion": "opinion_given",
    "result": "handled",
    "feedback": "feedback_given",
}
TRANSIENT = {408, 425, 429, 500, 502, 503, 504}
MAX_BACKOFF = 300.0


def answers(settings: PartnerSettings) -> list[tuple[str, dict | None]]:
    """What this example department answers to every slip, in order (a real one asks its staff)."""
    return [
        ("fetch", None),
        ("acknowledged", {"type": "acknowledged", "handler": settings.handler}),
        (
            "opinion",
            {"type": "opinion", "opinion": "材料齐全，符合条件，拟予救助", "handler": settings.handler},
        ),
        (
            "result",
            {
                "type": "result",
                "outcome": "approved",
                "amount": settings.approved_amount,
                "reason": "经审核符合救助条件",
                "handler": settings.handler,
            },
        ),
        (
            "feedback",
            {
                "type": "feedback",
                "to_applicant": f"您的申请已批准，救助金 {settings.approved_amount} 元将按月发放",
                "to_window": "已办结，请告知申请人",
                "signed_by": settings.head_name,
                "handler": settings.handler,
            },
        ),
    ]


def backoff(attempts: int, retry_after: str | None = None) -> float:
    """Seconds before the next attempt: doubling from 1 s, jittered upwards, never before Retry-After."""
    delay = min(2.0**attempts, MAX_BACKOFF) * random.uniform(1.0, 1.25)
    if retry_after and retry_after.isdigit():
        delay = max(delay, min(float(retry_after), 86400.0))
    return delay


def signer(secret: str):
    """An httpx request hook that signs each call (body as sent) with the department's whsec_ secret."""
    webhook = Webhook(secret)

    def sign(request: httpx.Request) -> None:
        msg_id, now = f"msg_{secrets.token_hex(12)}", datetime.now(UTC)
        body = request.read().decode()
        request.headers["webhook-id"] = msg_id
        request.headers["webhook-timestamp"] = str(int(now.timestamp()))
        request.headers["webhook-signature"] = webhook.sign(msg_id, now, body)

    return sign


class Sender:
    """Works the outbox: one due answer at a time, in order per slip."""

    def __init__(self, settings: PartnerSettings, store: Store, transport: httpx.BaseTransport | None = None):
        self.store = store
        extra: dict = {"transport": transport} if transport is not None else {}  # tests answer in-process
        if settings.webhook_secrets:  # the newest secret signs; Yimen accepts the old one while it overlaps
            extra["event_hooks"] = {"request": [signer(settings.webhook_secrets[0])]}
        self.client = AuthenticatedClient(
            base_url=settings.transfer_url, token=settings.token, timeout=httpx.Timeout(10), httpx_args=extra
        )

    def run_once(self) -> bool:
        """Send one due answer; False when nothing was due."""
        row = self.store.next_due()
        if row is None:
            return False
        try:
            if row["step"] == "fetch":
                response = slips_get.sync_detailed(row["slip_id"], client=self.client)
            else:
                body = EVENT_MODELS[row["step"]].from_dict(json.loads(row["body"]))
                response = slips_post_event.sync_detailed(
                    row["slip_id"], client=self.client, body=body, idempotency_key=row["idempotency_key"]
                )
        except httpx.TransportError as exc:  # Yimen unreachable: keep the answer and try later
            self.store.retry(row["id"], error=f"{type(exc).__name__}: {exc}", after=backoff(row["attempts"]))
            return True
        status, parsed = int(response.status_code), response.parsed
        if status == 200 and isinstance(parsed, SlipDetail):
            details = parsed.to_dict() if row["step"] == "fetch" else None
            self.store.sent(
                row["id"], slip_id=row["slip_id"], state=STATE_AFTER[row["step"]], details=details
            )
            log.info("slip %s: %s sent", row["slip_id"], row["step"])
        elif status in TRANSIENT:
            error = f"HTTP {status}"
            self.store.retry(
                row["id"], error=error, after=backoff(row["attempts"], response.headers.get("retry-after"))
            )
        else:
            detail = (
                parsed.detail
                if isinstance(parsed, Problem)
                else response.content[:300].decode(errors="replace")
            )
            self.store.failed(row["id"], error=f"HTTP {status}: {detail}")
            log.warning("slip %s: %s refused (HTTP %s): %s", row["slip_id"], row["step"], status, detail)
        return True

    def run(self, stop: threading.Event, poll_seconds: float) -> None:
        """Until stopped: send what is due, sleep when nothing is."""
        while not stop.is_set():
            try:
                busy = self.run_once()
            except Exception:  # a bug must not kill the sender: log it and keep the queue for later
                log.exception("outbox step failed")
                busy = False
            if not busy:
                # short sleeps, not a timed Event.wait: a timed lock wait never returns when the
                # clock is faked with libfaketime (the suite runs a year ahead in CI)
                deadline = time.monotonic() + poll_seconds
                while not stop.is_set() and time.monotonic() < deadline:
                    time.sleep(0.05)
