"""Partner endpoints that fail persistently: disable, alert, hold their messages; resume on re-enable."""

from sqlalchemy import update
from sqlmodel import Session, select

from services.common.clock import utcnow
from services.common.outbox import DEAD, PENDING
from services.transfer.delivery.models import DeliveryAlert, TransferOutbox
from services.transfer.slips.notify import PARTNER_TOPIC

HELD = "held"  # waiting for an administrator to re-enable the endpoint (the worker never picks these)


def open_alerts(session: Session, *, department_id: str | None = None) -> list[DeliveryAlert]:
    """Unresolved delivery alerts, newest first."""
    query = select(DeliveryAlert).where(DeliveryAlert.resolved_at.is_(None)).order_by(DeliveryAlert.id.desc())
    if department_id:
        query = query.where(DeliveryAlert.department_id == department_id)
    return list(session.exec(query).all())


def disable_endpoint(session: Session, *, department, reason: str) -> None:
    """Stop pushing to an endpoint that keeps failing, say so loudly, and hold what is still queued."""
    if not department.callback_disabled:
        department.callback_disabled = True
        department.updated_at = utcnow()
        session.add(department)
        session.add(
            DeliveryAlert(
                department_id=department.id,
                kind="endpoint_disabled",
                detail=f"{department.name} 回调地址持续投递失败已停用：{reason}",
            )
        )
    hold_queued(session, department_ids=[department.id])


def hold_queued(session: Session, *, department_ids: list[str]) -> None:
    """Hold the pending webhooks of disabled endpoints (also those queued while the endpoint was being disabled)."""
    if department_ids:
        session.execute(
            update(TransferOutbox)
            .where(
                TransferOutbox.topic == PARTNER_TOPIC,
                TransferOutbox.status == PENDING,
                TransferOutbox.destination.in_(department_ids),
            )
            .values(status=HELD)
        )


def endpoint_re_enabled(session: Session, *, department_id: str) -> int:
    """Resolve the alerts and send the held messages now; returns how many resume."""
    now = utcnow()
    for alert in open_alerts(session, department_id=department_id):
        alert.resolved_at = now
        session.add(alert)
    held = session.exec(
        select(TransferOutbox).where(
            TransferOutbox.topic == PARTNER_TOPIC,
            TransferOutbox.destination == department_id,
            TransferOutbox.status.in_((HELD, DEAD)),
        )
    ).all()
    for message in held:
        message.status, message.attempts, message.next_attempt_at = PENDING, 0, now
        session.add(message)
    return len(held)
