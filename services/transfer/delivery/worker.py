"""Sending the outbox: signed webhooks to partner systems, events to the intake case timeline.

Claims go through services.common.outbox.deliver_pending (FOR UPDATE SKIP LOCKED on PostgreSQL);
the HTTP call runs outside any transaction, and each attempt's log row is written in the transaction
that records its outcome.
"""

import email.utils
import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from cryptography.fernet import Fernet
from sqlmodel import Session, select
from standardwebhooks.webhooks import Webhook

from services.common.clock import system_now, utcnow
from services.common.db import Database
from services.common.errors import ProblemError
from services.common.http import ServiceClient
from services.common.outbox import RetryLater, deliver_pending
from services.transfer.delivery import alerts
from services.transfer.delivery.models import SlipDelivery, TransferOutbox
from services.transfer.departments import service as departments
from services.transfer.departments.models import Department
from services.transfer.slips.issuing import Context, mark_delivered
from services.transfer.slips.models import Slip
from services.transfer.slips.notify import INTAKE_TOPIC, PARTNER_TOPIC

log = logging.getLogger("yimen.transfer.delivery")
MAX_RETRY_AFTER = 24 * 3600


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds or an HTTP date (RFC 9110), capped at a day."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min((when.astimezone(UTC) - now).total_seconds(), MAX_RETRY_AFTER))


class WebhookFailed(RetryLater):
    """A failed webhook attempt, with what the attempt log needs."""

    def __init__(self, reason: str, status: int | None, latency: int | None, retry_after: float):
        super().__init__(reason, retry_after)
        self.status, self.latency = status, latency


@dataclass
class Deliverer:
    """Everything the delivery worker needs; tests build one with their own HTTP client and intake."""

    db: Database
    ctx: Context
    cipher: Fernet
    http: httpx.Client
    intake: ServiceClient | None = None
    attempts_counter: Any = None  # prometheus Counter labelled by outcome, when the app has metrics

    @property
    def max_webhook_attempts(self) -> int:
        return len(self.ctx.settings.webhook_retry_schedule) + 1

    def retry_delay(self, attempts: int) -> float:
        """The next wait after `attempts` failures: the schedule (≥ 1 day in all), jittered upwards only."""
        schedule = self.ctx.settings.webhook_retry_schedule
        return schedule[min(attempts, len(schedule)) - 1] * random.uniform(1.0, 1.2)

    def run_once(self, now: datetime | None = None) -> dict[str, int]:
        """One pass: partner webhooks, then intake events; returns how many of each were delivered."""
        self._hold_disabled()
        webhooks = deliver_pending(
            self.db,
            TransferOutbox,
            self._send_webhook,
            record=self._record_webhook,
            on_retry=self._record_failure,
            topics=(PARTNER_TOPIC,),
            now=now,
            max_attempts=self.max_webhook_attempts,
        )
        events = deliver_pending(
            self.db,
            TransferOutbox,
            self._send_intake,
            topics=(INTAKE_TOPIC,),
            now=now,
            max_attempts=self.ctx.settings.intake_max_attempts,
            base_seconds=5,
            cap_seconds=3600,
        )
        return {"webhooks": webhooks, "intake_events": events}

    def _hold_disabled(self) -> None:
        with self.db.session() as session:
            disabled = session.exec(select(Department.id).where(Department.callback_disabled.is_(True))).all()
            alerts.hold_queued(session, department_ids=list(disabled))

    def _log(
        self,
        session: Session,
        message: TransferOutbox,
        outcome: str,
        status: int | None = None,
        latency: int | None = None,
        error: str | None = None,
    ) -> None:
        if self.attempts_counter is not None:
            self.attempts_counter.labels(outcome=outcome).inc()
        session.add(
            SlipDelivery(
                slip_id=message.slip_id or 0,
                outbox_id=message.id,
                department_id=message.destination,
                event_type=message.data.get("type", ""),
                attempt=message.attempts,
                at=utcnow(),
                status_code=status,
                latency_ms=latency,
                outcome=outcome,
                error=(error or "")[:1000] or None,
            )
        )

    def _send_webhook(self, message: TransferOutbox) -> dict:
        """Sign and POST one webhook; no database transaction is open during the call."""
        with self.db.session() as session:
            dept = session.get(Department, message.destination)
            if dept is None or dept.integration_mode != "callback" or not dept.callback_url:
                return {"outcome": "skipped", "error": "接收部门不是回调对接模式"}
            secrets = departments.signing_secrets(session=session, cipher=self.cipher, department_id=dept.id)
            url, name = dept.callback_url, dept.name
        if not secrets:
            raise WebhookFailed("没有可用的签名密钥", None, None, self.retry_delay(message.attempts))
        now = system_now()  # the partner checks the signature's timestamp against its own clock
        body = json.dumps(
            {"type": message.data["type"], "timestamp": now.isoformat(), "data": message.data["data"]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        headers = {
            "webhook-id": message.dedupe_key,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": " ".join(Webhook(s).sign(message.dedupe_key, now, body) for s in secrets),
            "content-type": "application/json",
            "user-agent": "Yimen-Transfer/1.0",
        }
        started = time.perf_counter()
        try:
            response = self.http.post(url, content=body.encode(), headers=headers)
        except httpx.HTTPError as exc:
            latency = int((time.perf_counter() - started) * 1000)
            raise WebhookFailed(
                f"{type(exc).__name__}: {exc}", None, latency, self.retry_delay(message.attempts)
            ) from exc
        latency = int((time.perf_counter() - started) * 1000)
        if not 200 <= response.status_code < 300:  # 3xx too: we never follow a redirect with a signed body
            wait = retry_after_seconds(response.headers.get("retry-after"), now)
            raise WebhookFailed(
                f"HTTP {response.status_code}",
                response.status_code,
                latency,
                max(self.retry_delay(message.attempts), wait or 0),
            )
        return {"outcome": "delivered", "status": response.status_code, "latency": latency, "receiver": name}

    def _record_webhook(self, session: Session, message: TransferOutbox, result: dict) -> None:
        """In the transaction that marks the message delivered: the attempt log and the slip's new state."""
        if result["outcome"] == "skipped":
            self._log(session, message, "skipped", error=result["error"])
            return
        self._log(session, message, "delivered", result["status"], result["latency"])
        if message.data["type"] == "slip.issued" and message.slip_id:
            slip = session.get(Slip, message.slip_id)
            mark_delivered(
                session,
                self.ctx,
                slip=slip,
                actor="系统",
                detail=f"已推送至{result['receiver']}业务系统（HTTP {result['status']}）",
            )

    def _record_failure(self, session: Session, message: TransferOutbox, failure: RetryLater) -> None:
        final = message.attempts >= self.max_webhook_attempts
        status, latency = getattr(failure, "status", None), getattr(failure, "latency", None)
        self._log(session, message, "dead" if final else "failed", status, latency, str(failure))
        if final:
            dept = session.get(Department, message.destination)
            if dept is not None:
                alerts.disable_endpoint(session, department=dept, reason=str(failure))
                log.error("partner endpoint %s disabled after persistent failure: %s", dept.id, failure)

    def _send_intake(self, message: TransferOutbox) -> None:
        if self.intake is None:
            raise RetryLater("受理服务客户端未配置")
        data = message.data
        try:
            self.intake.request(
                "POST",
                f"/v1/applications/{data['case_id']}/events",
                json=data["event"],
                idempotency_key=data["event"]["event_id"],
            )
        except ProblemError as exc:
            raise RetryLater(f"{type(exc).__name__}: {exc.detail}") from exc
