"""公示: approved grants of the configured period for the public, masked; objections and their answers.

Only these fields leave: item, street, village/community, month, amount in yuan and the name through
`mask_name` (张*三 / 王*). ID numbers, phones, addresses and case numbers never reach the public schema.
Answered objections are public too, their text through `mask_public_text` (numbers, e-mail addresses
and the street's disclosed names masked): the objector wrote free text, the answer may quote it.
"""

import logging
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from sqlalchemy import case as when
from sqlalchemy import func
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import SHANGHAI, beijing_date
from services.common.errors import Forbidden, Invalid, NotFound
from services.common.identity import mask_name
from services.common.money import fen_to_yuan
from services.common.observability import mask_personal_data
from services.common.regions import REGIONS, region_name
from services.transfer.disclosures.models import PublicObjection
from services.transfer.disclosures.schemas import (
    DisclosureEntry,
    DisclosureList,
    DisclosureObjectionPublic,
    ObjectionCreate,
    ObjectionReceipt,
    ObjectionReply,
    PublicAnswer,
)
from services.transfer.grants.models import Grant
from services.transfer.slips.models import Slip, TransferCase

log = logging.getLogger(__name__)

# the household's street: its hukou street when that is a street (9 digits), else the window's
STREET = when(
    (func.length(TransferCase.hukou_region) == 9, TransferCase.hukou_region), else_=TransferCase.window_region
)


PUBLIC_ANSWERS = 50  # the latest answered objections shown beside the list
LONGEST_NAME = 12  # characters; transliterated names with a middle dot run to about ten (阿卜杜热依木·艾买提)
_LONG_NUMBER = re.compile(r"(?<!\d)(\d{3})\d{3,}(\d{2})(?!\d)")  # 15-digit IDs, landlines, bank cards
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def mask_public_text(text: str, names: Iterable[str] = ()) -> str:
    """Free text for a public page: ID numbers, phones, long numbers, e-mail addresses and `names` masked."""
    text = mask_personal_data(text)  # 18-digit IDs and mobiles, the same as in every log line
    text = _LONG_NUMBER.sub(lambda m: m.group(1) + "*" * (len(m.group(0)) - 5) + m.group(2), text)
    text = _EMAIL.sub(lambda m: "***@" + m.group(1), text)
    for name in _names_in(text, names if isinstance(names, set) else set(names)):
        text = text.replace(name, mask_name(name))
    return text


def _names_in(text: str, names: set[str]) -> list[str]:
    # a street's period may disclose thousands of names: look up the text's own substrings (two characters
    # or more: a one-character name is never masked), longest first
    if not names:
        return []
    longest = min(LONGEST_NAME, len(text))
    found = {text[i : i + n] for n in range(2, longest + 1) for i in range(len(text) - n + 1)}
    return sorted(found & names, key=len, reverse=True)


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
    community: str | None = None,
    item_code: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> DisclosureList:
    """Approved grants of the period, newest first, each with its masked name; then the answered objections."""
    start, end = period(today=today, months=months)
    query = (
        select(
            Grant, Slip.item_name, STREET.label("street"), TransferCase.community, TransferCase.applicant_name
        )
        .join(Slip, Slip.id == Grant.slip_id)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        .where(Grant.grant_date >= start, Grant.grant_date <= end)
    )
    if street:
        query = query.where(STREET == street)
    if community:
        query = query.where(TransferCase.community == community)
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
            community=village,
            month=grant.grant_date.strftime("%Y-%m"),
            amount=fen_to_yuan(grant.amount_fen),
            name=mask_name(name),
        )
        for grant, item_name, street_code, village, name in rows
    ]
    answers = public_answers(session=session, start=start, end=end, street=street)
    return DisclosureList(period_from=start, period_to=end, total=total, entries=entries, answers=answers)


def public_answers(*, session: Session, start: date, end: date, street: str | None) -> list[PublicAnswer]:
    """Objections answered in the period (Beijing days), newest answer first, their text masked."""
    since = datetime.combine(start, time(), SHANGHAI).astimezone(UTC)
    query = (
        select(PublicObjection, TransferCase.community, TransferCase.applicant_name)
        .join(Grant, Grant.id == PublicObjection.grant_id, isouter=True)
        .join(Slip, Slip.id == Grant.slip_id, isouter=True)
        .join(TransferCase, TransferCase.case_id == Slip.case_id, isouter=True)
        .where(PublicObjection.reply.is_not(None), PublicObjection.replied_at >= since)
        .order_by(PublicObjection.replied_at.desc(), PublicObjection.id.desc())
        .limit(PUBLIC_ANSWERS)
    )
    if street:
        query = query.where(PublicObjection.street == street)
    rows = list(session.exec(query))
    if not rows:
        return []
    # an objection names people: every name disclosed in its street (not only its own entry's) is masked
    streets = {o.street for o, _, _ in rows}
    disclosed = session.exec(
        select(STREET, TransferCase.applicant_name)
        .select_from(Grant)
        .join(Slip, Slip.id == Grant.slip_id)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        .where(Grant.grant_date >= start, Grant.grant_date <= end, STREET.in_(streets))
        .distinct()
    )
    names: dict[str, set[str]] = {}
    for code, name in disclosed:
        names.setdefault(code, set()).add(name)
    return [
        PublicAnswer(
            number=o.id,
            grant_id=o.grant_id,
            street_name=region_name(o.street),
            community=village,
            received_date=beijing_date(o.received_at),
            content=mask_public_text(o.content, names.get(o.street, set()) | ({own} if own else set())),
            reply=mask_public_text(o.reply, names.get(o.street, set()) | ({own} if own else set())),
            replied_date=beijing_date(o.replied_at),
        )
        for o, village, own in rows
    ]


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
        number=objection.id,
        received_at=now,
        message=f"异议已收到，编号 {objection.id}，工作人员将核实后答复；"
        "答复将在公示页面“异议答复”中公开（个人信息脱敏），联系方式不公开",
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
