"""Reading slips: who may see which, lists with filters, details (audited), public verification."""

import json

from sqlalchemy import func, or_, union
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import beijing_date
from services.common.errors import NotFound
from services.common.identity import mask_name
from services.common.money import fen_to_yuan
from services.common.vocabulary import OPEN_SLIP_STATES, SlipKind, SlipState
from services.transfer.departments.models import Department
from services.transfer.slips.models import (
    EmergencyAid,
    Slip,
    SlipAccess,
    SlipEvent,
    TransferCase,
)
from services.transfer.slips.schemas import AccessEntry, SlipDetail, SlipSummary, TimelineEntry, Verification


def near_due_limit(ctx):
    """The last date that still counts as near due (within N working days from today)."""
    return ctx.calendar.add_working_days(ctx.clock.today(), ctx.settings.near_due_working_days).due_date


def can_see(session: Session, principal: Principal, slip: Slip) -> bool:
    """Receivers see their own slips; windows and supervisors see slips of their region."""
    if principal.role in ("service", "admin"):
        return True
    if principal.role in ("partner", "department_staff"):
        return principal.department_id == slip.receiver_id
    case = session.get(TransferCase, slip.case_id)
    if principal.role == "window_staff":
        # the first responder's window follows its case's slips wherever they are passed on
        receiver = session.get(Department, slip.receiver_id)
        return (
            principal.can_see_region(case.window_region)
            or principal.can_see_region(slip.sender_region)
            or (receiver.is_window and principal.region == receiver.region)
        )
    return principal.role == "supervisor" and any(
        principal.can_see_region(r) for r in (case.window_region, slip.sender_region, slip.receiver_region)
    )


def get_visible(session: Session, principal: Principal, slip_id: int) -> Slip:
    """The slip if the caller may see it; otherwise 404 (never reveal that it exists)."""
    slip = session.get(Slip, slip_id)
    if slip is None or not can_see(session, principal, slip):
        raise NotFound(f"通知单 {slip_id} 不存在", field="slip_id")
    return slip


def summary(session: Session, ctx, slip: Slip, case: TransferCase | None = None, limit=None) -> SlipSummary:
    """A slip for lists: state, current deadline with overdue/near-due flags, the masked applicant name."""
    case = case or session.get(TransferCase, slip.case_id)
    today = ctx.clock.today()
    limit = limit or near_due_limit(ctx)
    open_ = slip.state in OPEN_SLIP_STATES and slip.due_date is not None
    return SlipSummary(
        id=slip.id,
        number=slip.number,
        kind=slip.kind,
        kind_name=SlipKind(slip.kind).label,
        case_id=slip.case_id,
        case_number=slip.case_number,
        item_code=slip.item_code,
        item_name=slip.item_name,
        sender_name=slip.sender_name,
        sender_region=slip.sender_region,
        receiver_id=slip.receiver_id,
        receiver_name=slip.receiver_name,
        receiver_region=slip.receiver_region,
        handler=slip.handler,
        state=slip.state,
        state_name=SlipState(slip.state).label,
        due_kind=slip.due_kind,
        due_date=slip.due_date,
        overdue=open_ and slip.due_date < today,
        near_due=open_ and today <= slip.due_date <= limit,
        emergency=case.emergency,
        applicant_name_masked=mask_name(case.applicant_name),
        issued_at=slip.issued_at,
        parent_slip_id=slip.parent_slip_id,
        successor_slip_id=slip.successor_slip_id,
    )


def detail(session: Session, ctx, slip: Slip, *, principal: Principal, audit: bool = True) -> SlipDetail:
    """The full slip for its receiver and the windows; a read of personal details is audited."""
    case = session.get(TransferCase, slip.case_id)
    if audit:
        session.add(
            SlipAccess(
                slip_id=slip.id,
                subject=principal.subject,
                role=principal.role,
                department_id=principal.department_id,
            )
        )
    events = session.exec(
        select(SlipEvent).where(SlipEvent.slip_id == slip.id).order_by(SlipEvent.at, SlipEvent.id)
    ).all()
    aid = session.exec(
        select(EmergencyAid).where(EmergencyAid.case_id == case.case_id).order_by(EmergencyAid.id)
    ).all()
    warnings = ctx.calendar.add_working_days(case.accepted_date, slip.time_limit_days).warnings
    from services.transfer.slips.issuing import aid_public

    return SlipDetail(
        **summary(session, ctx, slip, case).model_dump(),
        verify_code=slip.verify_code,
        route_reason=slip.route_reason,
        time_limit_days=slip.time_limit_days,
        first_responder_name=case.first_responder_name,
        window_region=case.window_region,
        applicant_name=case.applicant_name,
        applicant_id_number=case.applicant_id_number,
        applicant_phone=case.applicant_phone,
        hukou_region=case.hukou_region,
        household_size=max(1, len(json.loads(case.household_id_numbers))),
        difficulty=case.difficulty,
        accepted_date=case.accepted_date,
        case_due_date=case.due_date,
        opinion_due_date=slip.opinion_due_date,
        item_due_date=slip.item_due_date,
        feedback_due_date=slip.feedback_due_date,
        delivered_at=slip.delivered_at,
        acknowledged_at=slip.acknowledged_at,
        acknowledged_by=slip.acknowledged_by,
        opinion=slip.opinion,
        result=slip.result,
        amount=fen_to_yuan(slip.amount_fen) if slip.amount_fen is not None else None,
        result_reason=slip.result_reason,
        handled_at=slip.handled_at,
        feedback_to_applicant=slip.feedback_to_applicant,
        feedback_to_window=slip.feedback_to_window,
        signed_by=slip.signed_by,
        feedback_at=slip.feedback_at,
        returned_reason=slip.returned_reason,
        paperwork_due_date=case.paperwork_due_date,
        paperwork_completed_at=case.paperwork_completed_at,
        emergency_aid=[aid_public(a) for a in aid],
        deadline_warnings=warnings,
        timeline=[TimelineEntry(kind=e.kind, actor=e.actor, detail=e.detail, at=e.at) for e in events],
    )


def list_slips(
    *,
    session: Session,
    ctx,
    principal: Principal,
    kind: str | None = None,
    receiver: str | None = None,
    state: str | None = None,
    overdue: bool | None = None,
    near_due: bool | None = None,
    region: str | None = None,
    case_id: int | None = None,
    limit: int = 200,
) -> list[SlipSummary]:
    """Slips the caller may see, filtered; newest first.

    A window or supervisor sees a slip through any of three ways (the case's window, the sender, the
    receiver): each way is its own newest-first query stopping at `limit`, and the page is the newest
    `limit` of their union (a slip seen two ways once). One OR across the case join made PostgreSQL join
    every matching slip before the LIMIT (2 s for the district's ~100k overdue slips at 1M cases)."""
    filters = _filters(
        ctx=ctx,
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
    )
    ways = _ways(session, principal)
    newest = Slip.id.desc()
    if ways is not None and len(ways) > 1:
        pages = []
        for way in ways:
            page = _way(select(Slip.id), way).where(*filters).order_by(newest).limit(limit).subquery()
            pages.append(select(page.c.id))  # wrapped: SQLite takes no LIMIT inside a UNION's parts
        query = select(Slip).where(Slip.id.in_(union(*pages))).order_by(newest).limit(limit)
    else:
        query = _way(select(Slip), ways[0] if ways else None).where(*filters).order_by(newest).limit(limit)
    slips = session.exec(query).all()
    # the cases of the page in one query, not one per slip
    cases = {
        c.case_id: c
        for c in session.exec(
            select(TransferCase).where(TransferCase.case_id.in_({s.case_id for s in slips}))
        ).all()
    }
    limit_date = near_due_limit(ctx)
    return [summary(session, ctx, s, cases.get(s.case_id), limit=limit_date) for s in slips]


def count_slips(*, session: Session, **filters) -> int:
    """How many slips `list_slips` would find with the same filters, past its page limit."""
    query = slip_query(session=session, **filters).with_only_columns(Slip.id)
    return session.exec(select(func.count()).select_from(query.subquery())).one()


def slip_query(
    *,
    session: Session,
    ctx,
    principal: Principal,
    kind: str | None = None,
    receiver: str | None = None,
    state: str | None = None,
    overdue: bool | None = None,
    near_due: bool | None = None,
    region: str | None = None,
    case_id: int | None = None,
):
    """SELECT slip (joined to its case) as the caller may see it, with the list's filters; no order.

    The ways of seeing a slip are one OR here: exports walk it newest first in keyset batches by id, which
    a backward scan of the primary key serves batch by batch (a UNION would be evaluated whole per batch)."""
    filters = _filters(
        ctx=ctx,
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
    )
    query = select(Slip).join(TransferCase, TransferCase.case_id == Slip.case_id).where(*filters)
    ways = _ways(session, principal)
    return query if ways is None else query.where(or_(*[condition for condition, _ in ways]))


def _ways(session: Session, principal: Principal) -> list | None:
    """The ways the caller sees a slip (any one suffices): (condition, on the case?); None: every slip."""
    mine = principal.region or "-"  # no region sees no region-scoped slips
    if principal.role in ("partner", "department_staff"):
        return [(Slip.receiver_id == (principal.department_id or ""), False)]
    if principal.role == "window_staff":
        windows = [
            d.id
            for d in session.exec(
                select(Department).where(
                    Department.is_window.is_(True), Department.region == principal.region
                )
            ).all()
        ]
        # the first responder's window follows its case's slips wherever they are passed on
        return [
            (TransferCase.window_region.startswith(mine), True),
            (Slip.sender_region.startswith(mine), False),
            (Slip.receiver_id.in_(windows), False),
        ]
    if principal.role == "supervisor":
        return [
            (TransferCase.window_region.startswith(mine), True),
            (Slip.sender_region.startswith(mine), False),
            (Slip.receiver_region.startswith(mine), False),
        ]
    return None


def _way(query, way):
    """`query` narrowed to one way of seeing a slip (joined to its case when the way is the case's window)."""
    if way is None:
        return query
    condition, by_case = way
    if by_case:
        query = query.join(TransferCase, TransferCase.case_id == Slip.case_id)
    return query.where(condition)


def _filters(
    *,
    ctx,
    kind: str | None,
    receiver: str | None,
    state: str | None,
    overdue: bool | None,
    near_due: bool | None,
    region: str | None,
    case_id: int | None,
) -> list:
    """The list's filters on the slip itself."""
    filters = []
    if kind:
        filters.append(Slip.kind == kind)
    if receiver:
        filters.append(Slip.receiver_id == receiver)
    if state:
        filters.append(Slip.state == state)
    if region:
        filters.append(or_(Slip.sender_region.startswith(region), Slip.receiver_region.startswith(region)))
    if case_id is not None:
        filters.append(Slip.case_id == case_id)
    today = ctx.clock.today()
    if overdue:
        # "< today" already excludes a missing date; saying IS NOT NULL too made PostgreSQL count the
        # same condition twice and expect a few hundred overdue slips instead of ~100k (a bad plan)
        filters.append(Slip.state.in_(OPEN_SLIP_STATES) & (Slip.due_date < today))
    elif overdue is not None:
        filters.append(
            ~(Slip.state.in_(OPEN_SLIP_STATES) & Slip.due_date.is_not(None) & (Slip.due_date < today))
        )
    if near_due:
        filters.extend(
            [Slip.state.in_(OPEN_SLIP_STATES), Slip.due_date >= today, Slip.due_date <= near_due_limit(ctx)]
        )
    return filters


def verify(*, session: Session, code: str) -> Verification:
    """Public: is a paper slip genuine, and its status; nothing personal beyond the masked name it shows."""
    slip = session.exec(select(Slip).where(Slip.verify_code == code)).first()
    if slip is None:
        raise NotFound("未找到该通知单：二维码无效或不是本系统出具", field="code")
    case = session.get(TransferCase, slip.case_id)
    successor = session.get(Slip, slip.successor_slip_id) if slip.successor_slip_id else None
    return Verification(
        genuine=True,
        number=slip.number,
        kind_name=SlipKind(slip.kind).label,
        sender_name=slip.sender_name,
        receiver_name=slip.receiver_name,
        item_name=slip.item_name,
        applicant_name_masked=mask_name(case.applicant_name),
        issued_date=beijing_date(slip.issued_at),
        state=slip.state,
        state_name=SlipState(slip.state).label,
        due_date=slip.due_date,
        signed_by=slip.signed_by,
        successor_number=successor.number if successor else None,
    )


def access_log(*, session: Session, principal: Principal, slip_id: int) -> list[AccessEntry]:
    """Who read this slip's personal details, newest first (supervisors and administrators)."""
    get_visible(session, principal, slip_id)
    rows = session.exec(
        select(SlipAccess).where(SlipAccess.slip_id == slip_id).order_by(SlipAccess.id.desc())
    ).all()
    return [AccessEntry(subject=r.subject, role=r.role, department_id=r.department_id, at=r.at) for r in rows]
