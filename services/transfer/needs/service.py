"""Social forces (社会力量): publish a need without personal data; an organisation takes it up with a refer slip."""

import json
import re

from sqlalchemy import update
from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.regions import region_name
from services.common.vocabulary import OPEN_SLIP_STATES, DepartmentType, NeedStatus, Role, SlipKind, SlipState
from services.transfer.departments.models import Department
from services.transfer.needs.models import PublishedNeed
from services.transfer.needs.schemas import NeedCreate, NeedPublic, OrganisationOutcome
from services.transfer.slips.issuing import Context, _window_department, issue_slip
from services.transfer.slips.models import Slip, TransferCase

# what must never reach an organisation before it takes the need up: ID and phone numbers, the names
ID_LIKE = re.compile(r"(?<!\d)\d{15}(\d{2}[\dXx])?(?!\d)")
PHONE_LIKE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")
CHARITY_ITEM = ("charity_assistance", "慈善救助")  # the owner list of seed 004: 慈善救助 (civil affairs)
N = NeedStatus
DEFAULT_LIMIT_DAYS = 20  # DESIGN §4: no legal limit given → 20 working days; the opinion is due in 3


def _personal_data_in(text: str, case: TransferCase) -> str | None:
    if ID_LIKE.search(text):
        return "身份证号"
    if PHONE_LIKE.search(text):
        return "电话号码"
    if case.applicant_name and case.applicant_name in text:
        return "申请人姓名"
    numbers = set(json.loads(case.household_id_numbers or "[]")) | {case.applicant_id_number}
    if any(n and n[-6:] in text for n in numbers):
        return "身份证号片段"
    return None


def _organisation(session: Session, principal: Principal) -> Department:
    """The caller's own social organisation (a charity or volunteer organisation account)."""
    dept = session.get(Department, principal.department_id) if principal.department_id else None
    if dept is None or dept.type != DepartmentType.SOCIAL_ORGANISATION or not dept.active:
        raise Forbidden("只有登记的社会组织（慈善、志愿服务组织）可以认领")
    return dept


def publish(*, session: Session, principal: Principal, body: NeedCreate) -> PublishedNeed:
    """A window of the case's region publishes a need; text with personal data is refused (422)."""
    case = session.get(TransferCase, body.case_id)
    if case is None or not principal.can_see_region(case.window_region):
        raise NotFound(f"案件 {body.case_id} 不存在", field="case_id")
    for field in ("title", "description"):
        found = _personal_data_in(getattr(body, field), case)
        if found:
            raise Invalid(f"发布内容不能包含{found}，请去除个人信息后再发布", field=field)
    need = PublishedNeed(
        case_id=case.case_id,
        region=case.window_region,
        title=body.title,
        description=body.description,
        published_by=principal.subject,
    )
    session.add(need)
    session.flush()
    return need


def need_public(session: Session, need: PublishedNeed) -> NeedPublic:
    status = NeedStatus(need.status)
    taker = session.get(Department, need.taken_by) if need.taken_by else None
    slip = session.get(Slip, need.slip_id) if need.slip_id else None
    return NeedPublic(
        id=need.id,
        region=need.region,
        region_name=region_name(need.region),
        title=need.title,
        description=need.description,
        status=status,
        status_name=status.label,
        published_at=need.published_at,
        taken_by=need.taken_by,
        taken_by_name=taker.name if taker else None,
        slip_id=need.slip_id,
        slip_number=slip.number if slip else None,
    )


def list_needs(*, session: Session, principal: Principal, status: NeedStatus | None) -> list[PublishedNeed]:
    """Organisations see open needs of their district and those they took; staff their region's."""
    query = select(PublishedNeed).order_by(col(PublishedNeed.id).desc())
    if principal.role == Role.DEPARTMENT_STAFF and principal.department_id:
        dept = _organisation(session, principal)
        query = query.where(
            col(PublishedNeed.region).startswith(dept.region[:6]),
            (PublishedNeed.status == N.OPEN) | (PublishedNeed.taken_by == dept.id),
        )
    elif principal.role not in (Role.ADMIN, Role.SERVICE):
        query = query.where(col(PublishedNeed.region).startswith(principal.region))
    if status:
        query = query.where(PublishedNeed.status == status.value)
    return list(session.exec(query.limit(500)).all())


def get_need(*, session: Session, principal: Principal, need_id: int) -> PublishedNeed:
    visible = {n.id: n for n in list_needs(session=session, principal=principal, status=None)}
    if need_id not in visible:
        raise NotFound(f"需求 {need_id} 不存在", field="need_id")
    return visible[need_id]


def take_up(*, session: Session, ctx: Context, principal: Principal, need: PublishedNeed) -> PublishedNeed:
    """The organisation takes the need: one conditional UPDATE (two takers never both win), then a refer slip."""
    dept = _organisation(session, principal)
    won = session.execute(
        update(PublishedNeed)
        .where(PublishedNeed.id == need.id, PublishedNeed.status == N.OPEN)
        .values(status=N.TAKEN.value, taken_by=dept.id, taken_at=ctx.clock.now())
    ).rowcount
    if not won:
        raise Conflict("该需求已被认领或已撤回", field="need_id")
    session.refresh(need)
    case = session.get(TransferCase, need.case_id)
    slip = issue_slip(
        session,
        ctx,
        case=case,
        kind=SlipKind.REFER.value,
        receiver=dept,
        item_code=CHARITY_ITEM[0],
        item_name=CHARITY_ITEM[1],
        time_limit_days=DEFAULT_LIMIT_DAYS,
        reason=f"社会力量认领：{need.title}",
        sender=_window_department(session, case.window_region),
        sender_region=case.window_region,
        actor=principal.name or principal.subject,
    )
    need.slip_id = slip.id
    session.add(need)
    session.flush()
    return need


def withdraw(*, session: Session, principal: Principal, need: PublishedNeed) -> PublishedNeed:
    if principal.role == Role.DEPARTMENT_STAFF:
        raise Forbidden("需求由发布窗口撤回")
    if need.status != N.OPEN:
        raise Conflict("只能撤回待认领的需求", field="need_id")
    need.status = N.WITHDRAWN.value
    session.add(need)
    return need


def outcomes(*, session: Session, principal: Principal, today) -> list[OrganisationOutcome]:
    """Per social organisation: needs taken and where their refer slips stand."""
    orgs = session.exec(
        select(Department)
        .where(Department.type == DepartmentType.SOCIAL_ORGANISATION)
        .order_by(Department.id)
    ).all()
    out = []
    for dept in orgs:
        if principal.role not in (Role.ADMIN, Role.SERVICE) and not dept.region.startswith(
            principal.region[:6]
        ):
            continue
        row = OrganisationOutcome(department_id=dept.id, name=dept.name)
        needs = session.exec(select(PublishedNeed).where(PublishedNeed.taken_by == dept.id)).all()
        row.taken = len(needs)
        for need in needs:
            slip = session.get(Slip, need.slip_id) if need.slip_id else None
            if slip is None:
                continue
            row.open += slip.state in OPEN_SLIP_STATES
            row.handled += slip.state == SlipState.HANDLED
            row.feedback_given += slip.state == SlipState.FEEDBACK_GIVEN
            row.returned += slip.state == SlipState.RETURNED
            row.overdue += (
                slip.state in OPEN_SLIP_STATES and slip.due_date is not None and slip.due_date < today
            )
        out.append(row)
    return out
