"""催办 / 督办 on one chosen slip or on every open slip of a case, pushed like the sweep's own.

Each is recorded in the slip's history (slip_event, kind reminder / supervision, actor = the supervisor,
the note in the detail), told to intake's case timeline through the outbox, and sent to a callback-mode department as the same `slip.reminder` /
`slip.supervision` webhook the sweep sends (with `manual: true` and the note).
"""

from datetime import datetime

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.errors import Conflict, NotFound
from services.common.vocabulary import OPEN_SLIP_STATES
from services.transfer.actions.schemas import ActionPublic
from services.transfer.deadlines.service import DUE_NAMES, INTAKE_KINDS, LEVEL_NAMES, reminded_names
from services.transfer.departments.models import Department
from services.transfer.slips import notify, queries
from services.transfer.slips.issuing import Context
from services.transfer.slips.models import Slip, SlipEvent, TransferCase


def act_on_slip(
    *,
    session: Session,
    ctx: Context,
    principal: Principal,
    slip_id: int,
    level: str,
    note: str,
    now: datetime,
) -> ActionPublic:
    """One 催办 / 督办 on an open slip the supervisor may see."""
    slip = queries.get_visible(session, principal, slip_id)
    if slip.state not in OPEN_SLIP_STATES:
        raise Conflict(f"通知单 {slip.number} 已办结或已退回，无需{LEVEL_NAMES[level]}", field="slip_id")
    return _act(session=session, ctx=ctx, principal=principal, slip=slip, level=level, note=note, now=now)


def act_on_case(
    *,
    session: Session,
    ctx: Context,
    principal: Principal,
    case_id: int,
    level: str,
    note: str,
    now: datetime,
) -> list[ActionPublic]:
    """The same on every open slip of a case (those the supervisor may see)."""
    if session.get(TransferCase, case_id) is None:
        raise NotFound(f"案件 {case_id} 不存在", field="case_id")
    slips = [
        s
        for s in session.exec(
            select(Slip)
            .where(
                Slip.case_id == case_id, Slip.state.in_(OPEN_SLIP_STATES), Slip.successor_slip_id.is_(None)
            )
            .order_by(Slip.id)
        ).all()
        if queries.can_see(session, principal, s)
    ]
    if not slips:
        if not any(queries.can_see(session, principal, s) for s in _all(session, case_id)):
            raise NotFound(f"案件 {case_id} 不存在", field="case_id")
        raise Conflict("该案件没有在办的通知单", field="case_id")
    return [
        _act(session=session, ctx=ctx, principal=principal, slip=s, level=level, note=note, now=now)
        for s in slips
    ]


def _all(session: Session, case_id: int) -> list[Slip]:
    return list(session.exec(select(Slip).where(Slip.case_id == case_id)).all())


# the sweeps record as 系统（…）; everything else here was chosen by a person


def _act(
    *, session: Session, ctx: Context, principal: Principal, slip: Slip, level: str, note: str, now: datetime
) -> ActionPublic:
    dept = session.get(Department, slip.receiver_id)
    reminded = reminded_names(dept, slip)
    actor_name = principal.name or principal.subject
    what = DUE_NAMES.get(slip.due_kind or "", "办理")
    due = f"（{what}期限 {slip.due_date.isoformat()}）" if slip.due_date else ""
    detail = f"{LEVEL_NAMES[level]}：{slip.number}{due}，已提醒{dept.name} {reminded}。{actor_name}：{note}"
    notify.record(
        session, slip, kind=level, intake_kind=INTAKE_KINDS[level], actor=actor_name, detail=detail, at=now
    )
    if dept.integration_mode == "callback":
        notify.queue_webhook(
            session,
            slip,
            event_type=f"slip.{level}",
            links=ctx.links(slip),
            extra={"level": level, "due_kind": slip.due_kind, "manual": True, "note": note},
        )
    session.flush()
    event = session.exec(
        select(SlipEvent)
        .where(SlipEvent.slip_id == slip.id, SlipEvent.kind == level)
        .order_by(SlipEvent.id.desc())
    ).first()
    return public(event, slip, dept)


def public(event: SlipEvent, slip: Slip, dept: Department | None) -> ActionPublic:
    return ActionPublic(
        id=event.id,
        slip_id=slip.id,
        slip_number=slip.number,
        case_id=slip.case_id,
        case_number=slip.case_number,
        level=event.kind,
        level_name=LEVEL_NAMES[event.kind],
        detail=event.detail,
        department_id=slip.receiver_id,
        department_name=dept.name if dept else slip.receiver_name,
        actor_name=event.actor,
        at=event.at,
    )


def recent(*, session: Session, principal: Principal, limit: int = 100) -> list[ActionPublic]:
    """The latest 催办 / 督办 chosen by a person on slips the caller may see, newest first."""
    rows = session.exec(
        select(SlipEvent, Slip, Department)
        .join(Slip, Slip.id == SlipEvent.slip_id)
        .join(Department, Department.id == Slip.receiver_id)
        .where(SlipEvent.kind.in_(tuple(LEVEL_NAMES)), ~SlipEvent.actor.startswith("系统"))
        .order_by(SlipEvent.id.desc())
        .limit(limit * 4)
    ).all()
    return [public(e, s, d) for e, s, d in rows if queries.can_see(session, principal, s)][:limit]
