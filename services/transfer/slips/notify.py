"""Every change to a slip: one history entry and one message to the intake case timeline, together."""

import uuid
from datetime import datetime

from sqlmodel import Session, select

from services.common.clock import utcnow
from services.common.outbox import enqueue
from services.transfer.delivery.models import TransferOutbox
from services.transfer.slips.models import Slip, SlipEvent

INTAKE_TOPIC = "intake.event"
PARTNER_TOPIC = "partner.webhook"


def case_completed(session: Session, case_id: int) -> bool:
    """Every slip still standing (not forwarded or re-routed) has given its feedback."""
    session.flush()
    leaves = session.exec(
        select(Slip.state).where(Slip.case_id == case_id, Slip.successor_slip_id.is_(None))
    ).all()
    return bool(leaves) and all(state == "feedback_given" for state in leaves)


def record(
    session: Session,
    slip: Slip,
    *,
    kind: str,
    intake_kind: str | None,
    actor: str,
    detail: str,
    at: datetime | None = None,
    to_applicant: str | None = None,
) -> None:
    """Append to the slip's history and, in the same transaction, queue the event for intake
    (with the department's 致申请人 text on feedback: the public progress page shows it)."""
    at = at or utcnow()
    session.add(SlipEvent(slip_id=slip.id, kind=kind, actor=actor, detail=detail, at=at))
    if intake_kind is None:
        return
    event_id = f"transfer-{slip.id}-{kind}-{uuid.uuid4().hex[:12]}"
    payload = {
        "event_id": event_id,
        "kind": intake_kind,
        "slip_id": slip.id,
        "slip_number": slip.number,
        "at": at.isoformat(),
        "actor": actor,
        "detail": detail,
        "all_slips_completed": case_completed(session, slip.case_id),
    }
    if to_applicant:
        payload["to_applicant"] = to_applicant
    enqueue(
        session,
        TransferOutbox,
        topic=INTAKE_TOPIC,
        payload={"case_id": slip.case_id, "event": payload},
        dedupe_key=event_id,
        destination=f"intake:{slip.case_id}",
    )


def record_case(
    session: Session, *, case_id: int, slip: Slip | None, intake_kind: str, actor: str, detail: str
) -> None:
    """A case-level event (emergency aid, paperwork) for intake; carried on the case's first slip if any."""
    at = utcnow()
    event_id = f"transfer-case-{case_id}-{intake_kind}-{uuid.uuid4().hex[:12]}"
    payload = {
        "event_id": event_id,
        "kind": intake_kind,
        "slip_id": slip.id if slip else None,
        "slip_number": slip.number if slip else None,
        "at": at.isoformat(),
        "actor": actor,
        "detail": detail,
        "all_slips_completed": case_completed(session, case_id),
    }
    if slip is not None:
        session.add(SlipEvent(slip_id=slip.id, kind=intake_kind, actor=actor, detail=detail, at=at))
    enqueue(
        session,
        TransferOutbox,
        topic=INTAKE_TOPIC,
        payload={"case_id": case_id, "event": payload},
        dedupe_key=event_id,
        destination=f"intake:{case_id}",
    )


def queue_webhook(
    session: Session,
    slip: Slip,
    *,
    event_type: str,
    links: dict[str, str],
    extra: dict | None = None,
    dedupe: str | None = None,
) -> None:
    """A thin Standard Webhooks message for a callback-mode receiver: ids and links, no personal data."""
    data = {
        "slip_id": slip.id,
        "slip_number": slip.number,
        "case_number": slip.case_number,
        "kind": slip.kind,
        "state": slip.state,
        "due_date": slip.due_date.isoformat() if slip.due_date else None,
        "links": links,
    }
    data.update(extra or {})
    key = dedupe or f"msg_slip{slip.id}_{event_type}_{uuid.uuid4().hex[:8]}"
    enqueue(
        session,
        TransferOutbox,
        topic=PARTNER_TOPIC,
        dedupe_key=key,
        destination=slip.receiver_id,
        payload={"type": event_type, "data": data},
    )
    # slip_id lets staff see a slip's deliveries
    session.exec(select(TransferOutbox).where(TransferOutbox.dedupe_key == key)).one().slip_id = slip.id
