"""Sending the outbox: signed webhooks to partner systems, events to the intake case timeline.

Claims go through services.common.outbox.deliver_due (FOR UPDATE SKIP LOCKED on PostgreSQL). An
attempt's log row is written after the claim transaction, because a failed send's savepoint is
rolled back and would take the row with it.
"""

import email.utils
import json
import logging
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from cryptography.fernet import Fernet
from sqlalchemy import update
from sqlmodel import Session
from standardwebhooks.webhooks import Webhook

from services.common.db import Database
from services.common.errors import ProblemError
from services.common.http import ServiceClient
from services.common.outbox import PENDING, RetryLater, deliver_due, utcnow
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


@dataclass
class Deliverer:
    """Everything the delivery worker needs; tests build one with their own HTTP client and intake."""

    db: Database
    ctx: Context
    cipher: Fernet
    http: httpx.Client
    intake: ServiceClient | None = None
    attempts_counter: Any = None  # prometheus Counter labelled by outcome, when the app has metrics
    # one pass's attempt log, per thread: a Deliverer may be shared by several worker threads
    _run: threading.local = field(default_factory=threading.local)

    @property
    def _attempts(self) -> list[dict]:
        return self._run.attempts

    @property
    def _dead(self) -> list[tuple[str, str]]:
        return self._run.dead

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
        self._run.attempts, self._run.dead = [], []
        webhooks = deliver_due(self.db, TransferOutbox, self._send_webhook, topics=(PARTNER_TOPIC,), now=now,
                               max_attempts=self.max_webhook_attempts)
        self._after_webhooks()
        events = deliver_due(self.db, TransferOutbox, self._send_intake, topics=(INTAKE_TOPIC,), now=now,
                             max_attempts=self.ctx.settings.intake_max_attempts, base_seconds=5, cap_seconds=3600)
        return {"webhooks": webhooks, "intake_events": events}

    def _hold_disabled(self) -> None:
        with self.db.session() as session:
            disabled = [d.id for d in session.query(Department).filter(Department.callback_disabled.is_(True)).all()]
            if disabled:
                session.execute(update(TransferOutbox).where(TransferOutbox.topic == PARTNER_TOPIC,
                                                             TransferOutbox.status == PENDING,
                                                             TransferOutbox.destination.in_(disabled))
                                .values(status=alerts.HELD))

    def _log(self, message: TransferOutbox, outcome: str, status: int | None = None, latency: int | None = None,
             error: str | None = None) -> None:
        self._attempts.append(dict(slip_id=message.slip_id or 0, outbox_id=message.id, department_id=message.destination,
                                   event_type=message.data.get("type", ""), attempt=message.attempts, at=utcnow(),
                                   status_code=status, latency_ms=latency, outcome=outcome,
                                   error=(error or "")[:1000] or None))

    def _fail(self, message: TransferOutbox, reason: str, status: int | None, latency: int | None,
              retry_after: float | None = None) -> RetryLater:
        final = message.attempts >= self.max_webhook_attempts
        self._log(message, "dead" if final else "failed", status, latency, reason)
        if final:
            self._dead.append((message.destination, reason))
        delay = self.retry_delay(message.attempts)
        return RetryLater(reason, max(delay, retry_after or 0))

    def _send_webhook(self, session: Session, message: TransferOutbox) -> None:
        dept = session.get(Department, message.destination)
        if dept is None or dept.integration_mode != "callback" or not dept.callback_url:
            self._log(message, "skipped", error="接收部门不是回调对接模式")
            return
        now = utcnow()
        body = json.dumps({"type": message.data["type"], "timestamp": now.isoformat(), "data": message.data["data"]},
                          ensure_ascii=False, separators=(",", ":"))
        secrets = departments.signing_secrets(session=session, cipher=self.cipher, department_id=dept.id)
        if not secrets:
            raise self._fail(message, "没有可用的签名密钥", None, None)
        headers = {"webhook-id": message.dedupe_key, "webhook-timestamp": str(int(now.timestamp())),
                   "webhook-signature": " ".join(Webhook(s).sign(message.dedupe_key, now, body) for s in secrets),
                   "content-type": "application/json", "user-agent": "Yimen-Transfer/1.0"}
        started = time.perf_counter()
        try:
            response = self.http.post(dept.callback_url, content=body.encode(), headers=headers)
        except httpx.HTTPError as exc:
            latency = int((time.perf_counter() - started) * 1000)
            raise self._fail(message, f"{type(exc).__name__}: {exc}", None, latency) from exc
        latency = int((time.perf_counter() - started) * 1000)
        if not 200 <= response.status_code < 300:  # 3xx too: we never follow a redirect with a signed body
            wait = retry_after_seconds(response.headers.get("retry-after"), now)
            raise self._fail(message, f"HTTP {response.status_code}", response.status_code, latency, wait)
        self._log(message, "delivered", response.status_code, latency)
        if message.data["type"] == "slip.issued" and message.slip_id:
            slip = session.get(Slip, message.slip_id)
            mark_delivered(session, self.ctx, slip=slip, actor="系统",
                           detail=f"已推送至{dept.name}业务系统（HTTP {response.status_code}）")

    def _after_webhooks(self) -> None:
        if not self._attempts and not self._dead:
            return
        if self.attempts_counter is not None:
            for row in self._attempts:
                self.attempts_counter.labels(outcome=row["outcome"]).inc()
        with self.db.session() as session:
            for row in self._attempts:
                session.add(SlipDelivery(**row))
            for department_id, reason in self._dead:
                dept = session.get(Department, department_id)
                if dept is not None:
                    alerts.disable_endpoint(session, department=dept, reason=reason)
                    log.error("partner endpoint %s disabled after persistent failure: %s", department_id, reason)

    def _send_intake(self, session: Session, message: TransferOutbox) -> None:
        if self.intake is None:
            raise RetryLater("受理服务客户端未配置")
        data = message.data
        try:
            self.intake.request("POST", f"/v1/applications/{data['case_id']}/events", json=data["event"],
                                idempotency_key=data["event"]["event_id"])
        except ProblemError as exc:
            raise RetryLater(f"{type(exc).__name__}: {exc.detail}") from exc
