"""公示: approved grants of the configured period for the public, masked; objections and their answers.

Only these fields leave: item, street, month, amount in yuan and the name through `mask_name` (张*三 / 王*).
ID numbers, phones, addresses and case numbers never reach the public schema.
"""

import logging
from datetime import date, datetime

from sqlalchemy import case as when
from sqlalchemy import func
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.errors import Forbidden, Invalid, NotFound
from services.common.identity import mask_name
from services.common.money import fen_to_yuan
from services.common.regions import REGIONS, region_name
from services.transfer.disclosures.models import PublicObjection
from services.transfer.disclosures.schemas import (
    DisclosureEntry,
    DisclosureList,
    DisclosureObjectionPublic,
    ObjectionCreate,
    ObjectionReceipt,
    ObjectionReply,
)
from services.transfer.grants.models import Grant
from services.transfer.slips.models import Slip, TransferCase

log = logging.getLogger(__name__)

# the household's street: its hukou street when that is a street (9 digits), else the window's
STREET = when(
    (func.length(TransferCase.hukou_region) == 9, TransferCase.hukou_region), else_=TransferCase.window_region
)


def period(*, today: date, months: int) -> tuple[date, date]:
    """From the first day of the month `months - 1` before this one, to today."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1), today


def disclosures(
    *,
    session: Session,
    today: date,
    months: int,
    street: str | None = None,
    item_code: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> DisclosureList:
    """Approved grants of the period, newest first, each with its masked name."""
    start, end = period(today=today, months=months)
    query = (
        select(Grant, Slip.item_name, STREET.label("street"), TransferCase.applicant_name)
        .join(Slip, Slip.id == Grant.slip_id)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        .where(Grant.grant_date >= start, Grant.grant_date <= end)
    )
    if street:
        query = query.where(STREET == street)
    if item_code:
        query = query.where(Grant.item_code == item_code)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(Grant.grant_date.desc(), Grant.id.desc()).limit(limit).offset(offset))
    entries = [
        DisclosureEntry(
            grant_id=grant.id,
            item_code=grant.item_code,
            item_name=item_name,
            street=street_code,
            street_name=region_name(street_code),
            month=grant.grant_date.strftime("%Y-%m"),
            amount=fen_to_yuan(grant.amount_fen),
            name=mask_name(name),
        )
        for grant, item_name, street_code, name in rows
    ]
    return DisclosureList(period_from=start, period_to=end, total=total, entries=entries)


def lodge_objection(*, session: Session, body: ObjectionCreate, now: datetime) -> ObjectionReceipt:
    """Record an objection from the public; it names a disclosed grant or a street."""
    street = body.street
    if body.grant_id is not None:
        row = session.exec(
            select(STREET)
            .select_from(Grant)
            .join(Slip, Slip.id == Grant.slip_id)
            .join(TransferCase, TransferCase.case_id == Slip.case_id)
            .where(Grant.id == body.grant_id)
        ).first()
        if row is None:
            raise NotFound(f"公示条目 {body.grant_id} 不存在", field="grant_id")
        street = row
    if not street or street not in REGIONS:
        raise Invalid("请指明公示条目或街道", field="street")
    objection = PublicObjection(
        grant_id=body.grant_id,
        street=street,
        content=body.content.strip(),
        contact=body.contact.strip(),
        received_at=now,
    )
    session.add(objection)
    session.flush()
    log.info("public objection %s lodged for street %s", objection.id, street)
    return ObjectionReceipt(
        number=objection.id, received_at=now, message=f"异议已收到，编号 {objection.id}，工作人员将核实后答复"
    )


def _public(o: PublicObjection) -> DisclosureObjectionPublic:
    return DisclosureObjectionPublic(
        number=o.id, street_name=region_name(o.street), **o.model_dump(exclude={"id"})
    )


def list_objections(
    *, session: Session, principal: Principal, open_only: bool = False
) -> list[DisclosureObjectionPublic]:
    """Objections of the caller's streets, unanswered first, then newest."""
    query = select(PublicObjection)
    if principal.role not in ("admin", "service"):
        query = query.where(PublicObjection.street.startswith(principal.region))
    if open_only:
        query = query.where(PublicObjection.reply.is_(None))
    query = query.order_by(PublicObjection.reply.is_not(None), PublicObjection.id.desc())
    return [_public(o) for o in session.exec(query)]


def reply(
    *, session: Session, principal: Principal, number: int, body: ObjectionReply, now: datetime
) -> DisclosureObjectionPublic:
    """Answer an objection of the caller's street (answering again corrects the answer)."""
    objection = session.get(PublicObjection, number, with_for_update=True)
    if objection is None or not principal.can_see_region(objection.street):
        raise NotFound(f"异议 {number} 不存在", field="number")
    if not principal.region and principal.role != "admin":
        raise Forbidden("无区域的账号不能答复", field="number")
    objection.reply, objection.replied_by, objection.replied_at = body.reply.strip(), principal.subject, now
    session.add(objection)
    session.flush()
    return _public(objection)
