"""Sending the outbox: signed webhooks to partner systems, events to the intake case timeline.

Claims go through services.common.outbox.deliver_pending (FOR UPDATE SKIP LOCKED on PostgreSQL);
the HTTP call runs outside any transaction, and each attempt's log row is written in the transaction
that records its outcome.

Lanes: every partner endpoint is sent to by its own lane (a thread of a bounded pool, one batch in
flight per endpoint, so its messages keep their order), and intake events have a lane of their own:
a partner that hangs until the timeout holds up its own messages only.
"""

import email.utils
import json
import logging
import random
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from cryptography.fernet import Fernet
from sqlmodel import Session, col, func, select
from standardwebhooks.webhooks import Webhook

from services.common.clock import system_now, utcnow
from services.common.db import Database
from services.common.errors import ProblemError
from services.common.http import ServiceClient
from services.common.outbox import DELIVERED, PENDING, RetryLater, deliver_pending
from services.transfer.delivery import alerts
from services.transfer.delivery.models import SlipDelivery, TransferOutbox
from services.transfer.departments import service as departments
from services.transfer.departments.models import Department
from services.transfer.slips.issuing import Context, mark_delivered
from services.transfer.slips.models import Slip
from services.transfer.slips.notify import INTAKE_TOPIC, PARTNER_TOPIC

log = logging.getLogger("yimen.transfer.delivery")
MAX_RETRY_AFTER = 24 * 3600
INTAKE_EVENTS_PER_CALL = 50  # intake takes up to 100 events per call (POST /v1/applications/events)


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
    _busy: set[str] = field(default_factory=set)  # endpoints with a batch in flight
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _pool: ThreadPoolExecutor | None = None

    @property
    def max_webhook_attempts(self) -> int:
        return len(self.ctx.settings.webhook_retry_schedule) + 1

    def retry_delay(self, attempts: int) -> float:
        """The next wait after `attempts` failures: the schedule (≥ 1 day in all), jittered upwards only."""
        schedule = self.ctx.settings.webhook_retry_schedule
        return schedule[min(attempts, len(schedule)) - 1] * random.uniform(1.0, 1.2)

    @property
    def webhook_lease_seconds(self) -> float:
        """Longer than a worst-case batch: every send of it running into the timeout of each phase
        (connect, write, read), plus a minute."""
        settings = self.ctx.settings
        return settings.webhook_batch_per_endpoint * settings.webhook_timeout_seconds * 3 + 60

    def run_once(self, now: datetime | None = None) -> dict[str, int]:
        """One pass of both lanes in this thread, endpoint after endpoint (tests, scripts; also on a
        database bound to one connection); returns how many each delivered. Workers use the lanes."""
        self._hold_disabled()
        with self._lock:
            free = [d for d in self._due_destinations(now) if d not in self._busy]
            self._busy.update(free)
        webhooks = sum(self._endpoint_lane(destination, now) for destination in free)
        return {"webhooks": webhooks, "intake_events": self.run_intake(now)}

    def dispatch_webhooks(self, now: datetime | None = None) -> list[Future]:
        """Start a batch for every endpoint with due webhooks and none in flight; does not wait."""
        self._hold_disabled()
        with self._lock:
            free = [d for d in self._due_destinations(now) if d not in self._busy]
            self._busy.update(free)
            if free and self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=self.ctx.settings.webhook_parallel_endpoints, thread_name_prefix="webhook"
                )
        return [self._pool.submit(self._endpoint_lane, destination, now) for destination in free]

    def run_intake(self, now: datetime | None = None, *, cases_at_once: int = 1) -> int:
        """The intake lane: case-timeline events, never behind a partner's webhook.

        Each call to intake carries the claimed events (up to INTAKE_EVENTS_PER_CALL) in their order.
        With `cases_at_once` 1 (the worker, tests) one call takes the due events of any cases; > 1 sends
        to that many cases at once, one call per case with that case's events."""
        if cases_at_once <= 1 or getattr(self.db, "_connection", None) is not None:  # one shared connection
            return self._intake_batch(now)
        cases = self._due_intake_cases(now, cases_at_once * 4)
        if len(cases) <= 1:
            return self._intake_batch(now, cases[0] if cases else None)
        with ThreadPoolExecutor(
            max_workers=min(cases_at_once, len(cases)), thread_name_prefix="intake"
        ) as pool:
            return sum(pool.map(lambda destination: self._intake_batch(now, destination), cases))

    def _intake_batch(self, now: datetime | None, destination: str | None = None) -> int:
        # the claimed events go to intake in one call (POST /v1/applications/events), in their order
        return deliver_pending(
            self.db,
            TransferOutbox,
            self._send_intake,
            send_batch=self._send_intake_events,
            limit=INTAKE_EVENTS_PER_CALL,
            topics=(INTAKE_TOPIC,),
            destination=destination,
            now=now,
            max_attempts=self.ctx.settings.intake_max_attempts,
            base_seconds=5,
            cap_seconds=3600,
        )

    def _due_intake_cases(self, now: datetime | None, limit: int) -> list[str]:
        """The cases (destination intake:<case_id>) with due events, longest waiting first."""
        with self.db.session() as session:
            first = func.min(TransferOutbox.id)
            query = (
                select(TransferOutbox.destination)
                .where(
                    TransferOutbox.topic == INTAKE_TOPIC,
                    TransferOutbox.status == PENDING,
                    col(TransferOutbox.next_attempt_at) <= (now or utcnow()),
                )
                .group_by(TransferOutbox.destination)
                .order_by(first)
                .limit(limit)
            )
            return list(session.exec(query).all())

    def shutdown(self) -> None:
        """Let the batches in flight finish (each bounded by the timeout) and stop the lanes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _due_destinations(self, now: datetime | None) -> list[str]:
        with self.db.session() as session:
            query = (
                select(TransferOutbox.destination)
                .where(
                    TransferOutbox.topic == PARTNER_TOPIC,
                    TransferOutbox.status == PENDING,
                    col(TransferOutbox.next_attempt_at) <= (now or utcnow()),
                )
                .distinct()
            )
            return sorted(session.exec(query).all())

    def _endpoint_lane(self, destination: str, now: datetime | None) -> int:
        try:
            return deliver_pending(
                self.db,
                TransferOutbox,
                self._send_webhook,
                record=self._record_webhook,
                on_retry=self._record_failure,
                on_stale=self._record_stale,
                topics=(PARTNER_TOPIC,),
                destination=destination,
                limit=self.ctx.settings.webhook_batch_per_endpoint,
                lease_seconds=self.webhook_lease_seconds,
                now=now,
                max_attempts=self.max_webhook_attempts,
            )
        except Exception:  # a lane must never take the dispatcher down; the lease brings the messages back
            log.exception("webhook lane for %s failed", destination)
            return 0
        finally:
            with self._lock:
                self._busy.discard(destination)

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
            if dept.callback_disabled:  # disabled since the claim: no call; held and logged (_record_stale)
                alerts.hold_queued(session, department_ids=[dept.id])
                return {"outcome": "held", "error": "回调地址已停用，消息暂停投递"}
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

    def _record_stale(
        self, session: Session, message: TransferOutbox, result: dict | None, failure: RetryLater | None
    ) -> None:
        """An attempt whose message was held (endpoint disabled) or re-queued meanwhile: still on record."""
        if failure is not None:
            status, latency = getattr(failure, "status", None), getattr(failure, "latency", None)
            self._log(session, message, "failed", status, latency, f"{failure}（发送期间回调地址已停用）")
        elif result and result["outcome"] == "delivered" and message.status == alerts.HELD:
            # the partner has it: record the receipt rather than hold a message already delivered
            self._record_webhook(session, message, result)
            message.status, message.delivered_at = DELIVERED, utcnow()
            session.add(message)
        elif result:
            self._log(session, message, result["outcome"], error=result.get("error"))

    def _record_failure(self, session: Session, message: TransferOutbox, failure: RetryLater) -> None:
        final = message.attempts >= self.max_webhook_attempts
        status, latency = getattr(failure, "status", None), getattr(failure, "latency", None)
        self._log(session, message, "dead" if final else "failed", status, latency, str(failure))
        if final:
            dept = session.get(Department, message.destination)
            if dept is not None:
                alerts.disable_endpoint(session, department=dept, reason=str(failure))
                log.error("partner endpoint %s disabled after persistent failure: %s", dept.id, failure)

    def _send_intake_events(self, messages: list[TransferOutbox]) -> list[RetryLater | None]:
        """Many events in one call; an event intake refused (its case unknown, …) is retried alone."""
        if self.intake is None:
            raise RetryLater("受理服务客户端未配置")
        events = [{**m.data["event"], "application_id": m.data["case_id"]} for m in messages]
        try:
            answer = self.intake.request("POST", "/v1/applications/events", json={"events": events}).json()
        except ProblemError as exc:
            raise RetryLater(f"{type(exc).__name__}: {exc.detail}") from exc
        results = answer.get("results", [])
        if len(results) != len(messages):
            raise RetryLater(f"受理服务答复了 {len(results)} 条结果，应为 {len(messages)} 条")
        return [
            RetryLater(f"{r['error']['status']}: {r['error']['detail']}") if r.get("error") else None
            for r in results
        ]

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
