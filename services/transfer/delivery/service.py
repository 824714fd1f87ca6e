"""The delivery log and manual replay of a slip's webhook messages."""

from sqlmodel import Session, select

from services.common.clock import utcnow
from services.common.outbox import DEAD, PENDING
from services.transfer.delivery import alerts
from services.transfer.delivery.models import SlipDelivery, TransferOutbox
from services.transfer.delivery.schemas import DeliveryAttempt, MessageState, SlipDeliveries
from services.transfer.slips.notify import PARTNER_TOPIC


def slip_deliveries(*, session: Session, slip_id: int) -> SlipDeliveries:
    """Every webhook message for a slip and every attempt to send it."""
    messages = session.exec(
        select(TransferOutbox)
        .where(TransferOutbox.slip_id == slip_id, TransferOutbox.topic == PARTNER_TOPIC)
        .order_by(TransferOutbox.id)
    ).all()
    attempts = session.exec(
        select(SlipDelivery).where(SlipDelivery.slip_id == slip_id).order_by(SlipDelivery.id)
    ).all()
    return SlipDeliveries(
        slip_id=slip_id,
        messages=[
            MessageState(
                outbox_id=m.id,
                webhook_id=m.dedupe_key,
                event_type=m.data.get("type", ""),
                status=m.status,
                attempts=m.attempts,
                next_attempt_at=m.next_attempt_at,
                last_error=m.last_error,
            )
            for m in messages
        ],
        attempts=[DeliveryAttempt(**a.model_dump(exclude={"id", "slip_id"})) for a in attempts],
    )


def replay(*, session: Session, slip_id: int) -> int:
    """Send a slip's failed, exhausted or held webhook messages again, from attempt one."""
    messages = session.exec(
        select(TransferOutbox).where(
            TransferOutbox.slip_id == slip_id,
            TransferOutbox.topic == PARTNER_TOPIC,
            TransferOutbox.status.in_((DEAD, alerts.HELD, PENDING)),
        )
    ).all()
    now = utcnow()
    count = 0
    for m in messages:
        if m.status == PENDING and m.attempts == 0:
            continue  # already on its way
        m.status, m.attempts, m.next_attempt_at = PENDING, 0, now
        session.add(m)
        count += 1
    return count
