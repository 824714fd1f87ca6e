"""Handing accepted cases to transfer (outbox) and receiving transfer's slip events."""

import threading
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.clock import beijing_date, utcnow
from services.common.db import Database
from services.common.errors import Invalid, NotFound, ProblemError
from services.common.outbox import RetryLater, deliver_pending, enqueue, run_worker_loop
from services.common.vocabulary import ApplicationStatus, CaseEventKind
from services.intake.applications.audit import timeline
from services.intake.applications.models import (
    Application,
    ApplicationItem,
    ApplicationMember,
    TimelineEntry,
)
from services.intake.applications.service import transition
from services.intake.handoff.models import CaseSlip, IntakeOutbox
from services.intake.handoff.schemas import CaseSlipEvent, EventOutcome, EventProblem, SlipEvent
from services.intake.outreach import watch

TOPIC = "transfer.case"
# deadline watch events inform the timeline; they are not a step of the handling itself
WATCH_KINDS = {CaseEventKind.REMINDER_SENT, CaseEventKind.SUPERVISION_OPENED}


def case_fields(app: Application, members: list[ApplicationMember]) -> dict:
    """The registered case as transfer counts the household: what the handoff and 先行救助 both send."""
    return {
        "case_number": app.case_number,
        "window_region": app.window_region,
        "window_level": app.window_level,
        "first_responder": {"username": app.first_responder_username, "name": app.first_responder_name},
        "applicant": {
            "name": app.applicant_name,
            "id_number": app.applicant_id_number,
            "phone": app.phone,
            "hukou_region": app.hukou_region,
            "community": app.community_name,
        },
        "household_id_numbers": [m.id_number for m in members],
        "difficulty": app.difficulty,
    }


def enqueue_handoff(
    *, session: Session, app: Application, items: list[ApplicationItem], members: list[ApplicationMember]
) -> None:
    """Queue the case for transfer in the acceptance's own transaction (sent once: key case-<id>)."""
    payload = {
        "case_id": app.id,
        **case_fields(app, members),
        "emergency": app.emergency,
        "items": [
            {"item_code": i.item_code, "item_name": i.item_name, "time_limit_days": i.time_limit_days}
            for i in items
        ],
        "accepted_date": app.accepted_date.isoformat(),
        "due_date": app.due_date.isoformat(),
    }
    enqueue(
        session,
        IntakeOutbox,
        topic=TOPIC,
        payload=payload,
        dedupe_key=f"case-{app.id}",
        destination="transfer",
        new=True,  # a case is accepted once (the status machine never goes back before acceptance)
    )


class HandoffSender:
    """Routes each item (eligibility) and submits the case (transfer); any failure means retry later."""

    def __init__(self, *, eligibility, transfer):
        self.eligibility, self.transfer = eligibility, transfer

    def __call__(self, message: IntakeOutbox, routes: dict | None = None) -> list[dict]:
        """Route and submit (network only, no transaction open); returns the slips transfer issued.

        `routes` remembers the answers of one delivery pass: cases of one window with the same item and
        hukou place ask eligibility the same question, and within a pass the answer cannot differ."""
        data = message.data
        routes = {} if routes is None else routes
        try:
            for item in data["items"]:
                if "route" not in item:
                    question = (
                        item["item_code"],
                        data["window_level"],
                        data["window_region"],
                        data["applicant"]["hukou_region"],
                    )
                    if question not in routes:
                        decision = self.eligibility.route(*question)
                        routes[question] = (
                            decision.model_dump() if hasattr(decision, "model_dump") else dict(decision)
                        )
                    item["route"] = dict(routes[question])
            answer = self.transfer.submit_case(data, idempotency_key=message.dedupe_key)
        except ProblemError as exc:
            raise RetryLater(f"{type(exc).__name__}: {exc.detail}") from exc
        return [slip.model_dump(mode="json") for slip in answer.slips]

    @staticmethod
    def record(session: Session, message: IntakeOutbox, slips: list[dict]) -> None:
        """In the transaction that marks the message delivered: the slips on the case timeline."""
        record_handoff(session=session, case_id=message.data["case_id"], slips=slips)


def record_handoff(*, session: Session, case_id: int, slips: list[dict]) -> None:
    app = session.get(Application, case_id)
    if app is None:
        return
    first_time = app.handed_over_at is None
    app.handed_over_at = app.handed_over_at or utcnow()
    session.add(app)
    ids = [slip["id"] for slip in slips]
    known = (
        {row.slip_id: row for row in session.exec(select(CaseSlip).where(col(CaseSlip.slip_id).in_(ids)))}
        if ids
        else {}
    )  # one read for the case's slips (an event may have come first), not one per slip
    for slip in slips:
        _upsert_slip(
            session,
            app,
            slip_id=slip["id"],
            number=slip["number"],
            kind=slip.get("kind", ""),
            receiver=slip.get("receiver_name", ""),
            last_event=None,
            known=known,
        )
    if first_time:  # delivery is at-least-once: a resend returns the same slips and adds no second line
        numbers = "、".join(s["number"] for s in slips)
        timeline(session, app, "handed_over", f"已移交转办服务，生成通知单：{numbers or '（无）'}", "system")


def _upsert_slip(
    session: Session,
    app: Application,
    *,
    slip_id: int,
    number: str,
    kind: str = "",
    receiver: str = "",
    last_event: str | None,
    known: dict[int, CaseSlip] | None = None,
) -> None:
    """`known`: the rows of a batch's slips, read at once (slip id -> row); else this slip's is read."""
    if known is None:
        row = session.exec(select(CaseSlip).where(CaseSlip.slip_id == slip_id)).first()
    else:
        row = known.get(slip_id)
    if row is None:
        row = CaseSlip(application_id=app.id, slip_id=slip_id, number=number)
        if known is not None:
            known[slip_id] = row
    row.kind = kind or row.kind
    row.receiver_name = receiver or row.receiver_name
    if last_event:
        row.last_event = last_event
    row.updated_at = utcnow()
    session.add(row)


BATCH = 50  # cases claimed per pass
CONCURRENCY = 8  # sent at once: each send waits on eligibility and transfer, not on this process


def deliver_handoffs(db: Database, sender: HandoffSender, **kwargs) -> int:
    """One pass: claim a batch, send it concurrently (no transaction open), record it in one commit."""
    routes: dict = {}
    return deliver_pending(
        db,
        IntakeOutbox,
        lambda message: sender(message, routes),
        record=sender.record,
        topics=(TOPIC,),
        base_seconds=5.0,
        cap_seconds=1800,
        **({"limit": BATCH, "concurrency": CONCURRENCY} | kwargs),
    )


def handoff_worker(app, stop: threading.Event) -> None:
    """Background loop: deliver accepted cases to transfer until stopped (a backlog is drained at once)."""
    run_worker_loop(
        lambda: deliver_handoffs(app.state.db, app.state.handoff_sender),
        stop,
        app.state.settings.worker_interval_seconds,
        "handoff",
        drain=True,
    )


def receive_event(
    *,
    session: Session,
    app: Application,
    principal: Principal,
    event: SlipEvent,
    seen: set[str] | None = None,
    slips: dict[int, CaseSlip] | None = None,
) -> bool:
    """Append a slip event to the timeline once (event_id); False if it was already recorded.

    A batch passes what it read for all its events at once: `seen` (event ids already on a timeline,
    this one added when recorded) and `slips` (its slips' rows); alone, each is read here. Nothing is
    written before the event is known to be valid (its `at`), so an invalid one leaves no trace."""
    event_id = event.event_id
    at = _at(event.at)
    if seen is None:
        if session.exec(select(TimelineEntry.id).where(TimelineEntry.event_id == event_id)).first():
            return False
    elif event_id in seen:
        return False
    kind = event.kind
    detail = f"{kind.label}：{event.detail}".rstrip("：")
    try:
        with session.begin_nested():
            timeline(
                session,
                app,
                kind.value,
                detail[:2000],
                event.actor[:64],
                event_id=event_id,
                slip_number=event.slip_number,
                to_applicant=(event.to_applicant or "").strip() or None,
                at=at,
            )
            session.flush()
    except IntegrityError:
        return False  # the same event raced in on another connection
    if seen is not None:
        seen.add(event_id)
    if event.slip_id is not None:
        _upsert_slip(
            session,
            app,
            slip_id=event.slip_id,
            number=event.slip_number or "",
            last_event=kind.value,
            known=slips,
        )
    # 主动发现: a household whose benefit stopped goes on the watch list
    watch.on_case_event(session=session, app=app, kind=kind, detail=event.detail)
    S = ApplicationStatus
    if app.status == S.ACCEPTED and kind != CaseEventKind.SLIP_RETURNED and kind not in WATCH_KINDS:
        transition(
            session=session, app=app, to=S.IN_PROGRESS, principal=principal, reason=f"转办服务：{kind.label}"
        )
    if event.all_slips_completed and app.status in (S.ACCEPTED, S.IN_PROGRESS):
        transition(
            session=session, app=app, to=S.CONCLUDED, principal=principal, reason="全部通知单办理完毕并已反馈"
        )
        app.concluded_date = beijing_date(at)
    session.add(app)
    return True


def receive_events(
    *, session: Session, principal: Principal, events: list[CaseSlipEvent]
) -> list[EventOutcome]:
    """A batch of slip events in one transaction, in the order given (so a case's events keep theirs).

    Three reads for the whole batch — the cases (locked, in id order), the event ids already recorded,
    the slips' rows — instead of three per event. An event whose own call would be an error (case not
    found, `at` not a time) is answered with that error and leaves no trace; the others are recorded."""
    ids = sorted({e.application_id for e in events})
    apps = {
        a.id: a
        for a in session.exec(
            select(Application).where(col(Application.id).in_(ids)).order_by(Application.id).with_for_update()
        ).all()
    }
    seen = set(
        session.exec(
            select(TimelineEntry.event_id).where(
                col(TimelineEntry.event_id).in_([e.event_id for e in events])
            )
        ).all()
    )
    slip_ids = sorted({e.slip_id for e in events if e.slip_id is not None})
    slips = (
        {
            row.slip_id: row
            for row in session.exec(select(CaseSlip).where(col(CaseSlip.slip_id).in_(slip_ids)))
        }
        if slip_ids
        else {}
    )
    results = []
    for event in events:
        app = apps.get(event.application_id)
        try:
            if app is None or not principal.can_see_region(app.window_region):
                raise NotFound(f"申请 {event.application_id} 不存在", field="id")
            recorded = receive_event(
                session=session, app=app, principal=principal, event=event, seen=seen, slips=slips
            )
        except ProblemError as exc:
            results.append(
                EventOutcome(
                    event_id=event.event_id,
                    application_id=event.application_id,
                    recorded=False,
                    error=EventProblem(status=exc.status, detail=exc.detail, field=exc.field),
                )
            )
            continue
        results.append(
            EventOutcome(event_id=event.event_id, application_id=app.id, recorded=recorded, status=app.status)
        )
    return results


def _at(value) -> datetime:
    if not value:
        return utcnow()
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise Invalid("at 应为 ISO 8601 时间", field="at") from exc
    moment = moment if moment.tzinfo else moment.replace(tzinfo=utcnow().tzinfo)
    try:  # stored in UTC and dated in Beijing: an instant at the edge of the calendar has neither
        moment.astimezone(UTC), beijing_date(moment)
    except OverflowError as exc:
        raise Invalid("at 超出可记录的时间范围", field="at") from exc
    return moment
