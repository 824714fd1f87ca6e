"""Issuing slips: one per item of an accepted case, or onward from an escalate or returned slip."""

import json
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import event, func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import Clock, beijing_date, utcnow
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, ServiceUnavailable
from services.common.idempotency import find_replay, remember
from services.common.money import fen_to_yuan, yuan_to_fen
from services.common.regions import region_name
from services.common.vocabulary import SlipKind
from services.transfer.caps import service as caps
from services.transfer.caps.limits import CapLimitsSource
from services.transfer.delivery.models import TransferIdempotency, TransferOutbox
from services.transfer.departments import service as departments
from services.transfer.departments.models import Department
from services.transfer.settings import TransferSettings
from services.transfer.slips import notify
from services.transfer.slips.models import EmergencyAid, Slip, SlipEvent, SlipSequence, TransferCase
from services.transfer.slips.schemas import (
    CaseSubmit,
    CaseSubmitted,
    EmergencyAidIn,
    EmergencyAidPublic,
    IssuedSlip,
    RouteAnswer,
)


@dataclass(frozen=True)
class Context:
    """What issuing and deadlines need besides the session: the calendar, settings and public links."""

    calendar: WorkingDayCalendar
    settings: TransferSettings
    clock: Clock

    def links(self, slip: Slip) -> dict[str, str]:
        """The URLs a partner needs: the slip, its events endpoint, its public verification page."""
        platform = self.settings.platform
        return {
            "self": f"{platform.transfer_url}/v1/slips/{slip.id}",
            "events": f"{platform.transfer_url}/v1/slips/{slip.id}/events",
            "verify": f"{platform.web_url}/verify/{slip.verify_code}",
        }


def next_number(session: Session, kind: str, year: int) -> str:
    """<kind prefix>-<year>-<seq>: one atomic upsert, so concurrent issuers never share a number."""
    return take_numbers(session, [kind], year)[0]


def take_numbers(session: Session, kinds: list[str], year: int) -> list[str]:
    """One number for each of `kinds` (in order), gapless per kind prefix and year.

    One upsert per prefix (bumped by how many it needs), in prefix order so two issuers never wait on
    each other's rows crosswise. The counter rows stay locked until commit: callers take their numbers
    at the last moment of the transaction, so concurrent issuers queue for the commit only."""
    prefixes = [SlipKind(kind).number_prefix for kind in kinds]
    table = SlipSequence.__table__
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    taken: dict[str, int] = {}  # prefix → the first value of its run
    for prefix in sorted(set(prefixes)):
        count = prefixes.count(prefix)
        statement = (
            insert(table)
            .values(prefix=prefix, year=year, value=count)
            .on_conflict_do_update(index_elements=["prefix", "year"], set_={"value": table.c.value + count})
            .returning(table.c.value)
        )
        taken[prefix] = session.execute(statement).scalar_one() - count + 1
    numbers = []
    for prefix in prefixes:
        numbers.append(f"{prefix}-{year}-{taken[prefix]:06d}")
        taken[prefix] += 1
    return numbers


def window_name(region: str) -> str:
    """A town window that is not in the directory is named after its region."""
    return f"{region_name(region)}社会救助服务窗口"


def issue_slip(
    session: Session,
    ctx: Context,
    *,
    case: TransferCase,
    kind: str,
    receiver: Department,
    item_code: str,
    item_name: str,
    time_limit_days: int,
    reason: str,
    sender: Department | None,
    sender_region: str,
    actor: str,
    parent: Slip | None = None,
) -> Slip:
    """Create one slip, queue its webhook (callback receivers) and its intake event; web receivers have it at once."""
    slip = new_slip(
        ctx,
        case=case,
        kind=kind,
        receiver=receiver,
        item_code=item_code,
        item_name=item_name,
        time_limit_days=time_limit_days,
        reason=reason,
        sender=sender,
        sender_region=sender_region,
        parent=parent,
    )
    slip.number = next_number(session, kind, beijing_date(slip.issued_at).year)
    announce(session, ctx, slip=slip, receiver=receiver, actor=actor)
    return slip


def new_slip(
    ctx: Context,
    *,
    case: TransferCase,
    kind: str,
    receiver: Department,
    item_code: str,
    item_name: str,
    time_limit_days: int,
    reason: str,
    sender: Department | None,
    sender_region: str,
    parent: Slip | None = None,
) -> Slip:
    """A slip not yet numbered nor stored (see `announce`)."""
    now = ctx.clock.now()
    today = beijing_date(now)
    opinion_due = ctx.calendar.add_working_days(today, ctx.settings.opinion_working_days).due_date
    item_due = ctx.calendar.add_working_days(case.accepted_date, time_limit_days).due_date
    return Slip(
        verify_code=secrets.token_urlsafe(9),
        kind=kind,
        case_id=case.case_id,
        case_number=case.case_number,
        parent_slip_id=parent.id if parent else None,
        item_code=item_code,
        item_name=item_name,
        time_limit_days=time_limit_days,
        sender_department_id=sender.id if sender else None,
        sender_name=sender.name if sender else window_name(sender_region),
        sender_region=sender_region,
        receiver_id=receiver.id,
        receiver_name=receiver.name,
        receiver_region=receiver.region,
        handler=receiver.current_handler,
        route_reason=reason,
        state="issued",
        due_kind="opinion",
        due_date=opinion_due,
        opinion_due_date=opinion_due,
        item_due_date=item_due,
        issued_at=now,
    )


def announce(session: Session, ctx: Context, *, slip: Slip, receiver: Department, actor: str) -> None:
    """Store a numbered slip, its history and its messages; a web receiver's inbox has it at once."""
    session.add(slip)
    session.flush()
    handler = (
        f"（经办人 {slip.handler}{'，A岗不在由B岗办理' if receiver.a_away else ''}）" if slip.handler else ""
    )
    notify.record(
        session,
        slip,
        kind="issued",
        intake_kind="slip_issued",
        actor=actor,
        at=slip.issued_at,
        detail=f"{slip.sender_name}向{receiver.name}发出{SlipKind(slip.kind).label} {slip.number}：{slip.item_name}{handler}",
    )
    if receiver.integration_mode == "callback":
        notify.queue_webhook(session, slip, event_type="slip.issued", links=ctx.links(slip))
    else:
        # a web-mode receiver's inbox is the delivery
        mark_delivered(session, ctx, slip=slip, actor="系统", detail=f"已送达{receiver.name}待办收件箱")


def mark_delivered(session: Session, ctx: Context, *, slip: Slip, actor: str, detail: str) -> None:
    """Receipt: the 3-working-day opinion clock runs from here."""
    if slip.state != "issued":
        return
    now = ctx.clock.now()
    slip.state, slip.delivered_at, slip.updated_at = "delivered", now, now
    slip.opinion_due_date = ctx.calendar.add_working_days(
        beijing_date(now), ctx.settings.opinion_working_days
    ).due_date
    slip.due_kind, slip.due_date = "opinion", slip.opinion_due_date
    session.add(slip)
    notify.record(
        session, slip, kind="delivered", intake_kind="slip_delivered", actor=actor, detail=detail, at=now
    )


def _receiver_for(session: Session, route: RouteAnswer, field: str) -> Department:
    return departments.choose_receiver(
        session=session,
        kind=route.kind,
        department_type=route.receiver_department_type,
        region=route.receiver_region,
        field=field,
    )


def registered_fields(body) -> dict:
    """TransferCase columns of a registered case: the acceptance's submission and 先行救助's carry the same."""
    return dict(
        case_number=body.case_number,
        window_region=body.window_region,
        window_level=body.window_level,
        first_responder_username=body.first_responder.username,
        first_responder_name=body.first_responder.name,
        applicant_name=body.applicant.name,
        applicant_id_number=body.applicant.id_number,
        applicant_phone=body.applicant.phone,
        hukou_region=body.applicant.hukou_region,
        community=body.applicant.community,
        household_id_numbers=json.dumps(body.household_id_numbers),
        difficulty=body.difficulty,
    )


def submit_case(
    *,
    session: Session,
    ctx: Context,
    body: CaseSubmit,
    idempotency_key: str | None,
    principal: Principal,
    cap_limits: CapLimitsSource | None = None,
) -> tuple[int, CaseSubmitted]:
    """Issue one slip per item; the same key (or the same case) returns the slips already issued."""
    scope = f"{principal.subject}:cases"
    replay = find_replay(
        session, TransferIdempotency, scope=scope, key=idempotency_key, body=body.model_dump(mode="json")
    )
    if replay:
        return 200, CaseSubmitted(**replay[1])
    existing = session.get(TransferCase, body.case_id)
    if existing is not None:
        slips = session.exec(
            select(Slip).where(Slip.case_id == body.case_id, Slip.parent_slip_id.is_(None)).order_by(Slip.id)
        ).all()
        if slips:
            return 200, _submitted(slips)
        # no slip: the stub of an emergency aid given before acceptance (emergency/service.py) — filled in below
    if body.due_date < body.accepted_date:
        raise Invalid("due_date 不能早于 accepted_date", field="due_date")
    aid_fen = (
        yuan_to_fen(body.emergency_aid.amount, field="emergency_aid.amount") if body.emergency_aid else 0
    )
    receivers = [_receiver_for(session, item.route, f"items[{i}].route") for i, item in enumerate(body.items)]
    case = TransferCase(
        case_id=body.case_id,
        **registered_fields(body),
        emergency=body.emergency,
        accepted_date=body.accepted_date,
        due_date=body.due_date,
    )
    if body.emergency:
        case.paperwork_due_date = ctx.calendar.add_working_days(
            body.accepted_date, ctx.settings.paperwork_working_days
        ).due_date
    if existing is not None:
        # aid given before acceptance: the paperwork (补齐手续) deadline keeps running from the aid
        case.emergency = True
        case.paperwork_due_date = existing.paperwork_due_date or case.paperwork_due_date
        case.paperwork_completed_at = existing.paperwork_completed_at
        case = session.merge(case)
    try:
        with session.begin_nested():
            session.add(case)
            session.flush()
    except IntegrityError as exc:
        # another request is issuing this very case right now; its answer is the one to keep
        raise Conflict("该案件正在转办处理中，请稍后重试", field="case_id") from exc
    actor = f"{body.first_responder.name}（首问责任人）"
    sender = _window_department(session, body.window_region)
    slips = [
        new_slip(
            ctx,
            case=case,
            kind=item.route.kind,
            receiver=receiver,
            item_code=item.item_code,
            item_name=item.item_name,
            time_limit_days=item.time_limit_days,
            reason=item.route.reason,
            sender=sender,
            sender_region=body.window_region,
        )
        for item, receiver in zip(body.items, receivers, strict=True)
    ]
    # everything is written under a stand-in number; the real numbers are taken last and put in its
    # place (see _number_last): concurrent handoffs then wait on the counter rows for a few statements
    # and the commit, not for each other's whole request
    queued: list[TransferOutbox] = []
    with _keeping(session, TransferOutbox, queued):
        for slip, receiver in zip(slips, receivers, strict=True):
            slip.number = f"~{secrets.token_hex(12)}"
            announce(session, ctx, slip=slip, receiver=receiver, actor=actor)
        if body.emergency_aid:
            if cap_limits is None:  # never recorded unchecked
                raise ServiceUnavailable("无法核对临时救助年度上限，先行救助未登记", field="emergency_aid")
            given = body.emergency_aid.given_date or ctx.clock.today()
            caps.enforce(session, source=cap_limits, case=case, amount_fen=aid_fen, on_date=given)
            _add_aid(
                session,
                case=case,
                slip=slips[0],
                aid=body.emergency_aid,
                fen=aid_fen,
                actor=actor,
                today=ctx.clock.today(),
            )
    _number_last(session, slips, queued)
    answer = _submitted(slips)
    remember(
        session,
        TransferIdempotency,
        scope=scope,
        key=idempotency_key,
        body=body.model_dump(mode="json"),
        status_code=201,
        response=answer.model_dump(mode="json"),
    )
    return 201, answer


@contextmanager
def _keeping(session: Session, model: type, kept: list):
    """Hold on to every `model` row the session takes in meanwhile (its identity map forgets them)."""

    def keep(_session, obj):
        if isinstance(obj, model):
            kept.append(obj)

    event.listen(session, "transient_to_pending", keep)
    try:
        yield kept
    finally:
        event.remove(session, "transient_to_pending", keep)


def _number_last(session: Session, slips: list[Slip], queued: list[TransferOutbox]) -> None:
    """Take the slips' numbers now (the counter rows stay locked until commit) and put them where the
    stand-ins were written: the slips, their history and the messages queued for intake and partners."""
    if not slips:
        return
    session.flush()
    year = beijing_date(slips[0].issued_at).year
    numbers = dict(
        zip([s.number for s in slips], take_numbers(session, [s.kind for s in slips], year), strict=True)
    )

    def swapped(column):
        for stand_in, number in numbers.items():
            column = func.replace(column, stand_in, number)
        return column

    events, outbox = SlipEvent.__table__, TransferOutbox.__table__
    session.execute(
        update(events)
        .where(events.c.slip_id.in_([s.id for s in slips]))
        .values(detail=swapped(events.c.detail))
    )
    if queued:
        ids = [m.id for m in queued]
        session.execute(update(outbox).where(outbox.c.id.in_(ids)).values(payload=swapped(outbox.c.payload)))
        for message in queued:
            session.expire(message)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, SlipEvent):
            session.expire(obj)
    for slip in slips:
        slip.number = numbers[slip.number]
        session.add(slip)
    session.flush()


def _window_department(session: Session, region: str) -> Department | None:
    return session.exec(
        select(Department).where(Department.region == region, Department.is_window.is_(True))
    ).first()


def _submitted(slips: list[Slip]) -> CaseSubmitted:
    return CaseSubmitted(
        slips=[
            IssuedSlip(
                id=s.id,
                number=s.number,
                kind=s.kind,
                receiver_id=s.receiver_id,
                receiver_name=s.receiver_name,
            )
            for s in slips
        ]
    )


def _add_aid(
    session: Session,
    *,
    case: TransferCase,
    slip: Slip | None,
    aid: EmergencyAidIn,
    fen: int,
    actor: str,
    today: date,
) -> EmergencyAid:
    row = EmergencyAid(
        case_id=case.case_id,
        given_by=aid.given_by,
        what=aid.what,
        amount_fen=fen,
        given_date=aid.given_date or today,
        recorded_by=actor,
    )
    session.add(row)
    session.flush()
    notify.record_case(
        session,
        case_id=case.case_id,
        slip=slip,
        intake_kind="emergency_aid_recorded",
        actor=actor,
        detail=f"先行救助：{aid.given_by} 给予{aid.what}，金额 {fen_to_yuan(fen)} 元",
    )
    return row


def aid_public(row: EmergencyAid) -> EmergencyAidPublic:
    """Emergency aid as the API shows it (amount in yuan)."""
    return EmergencyAidPublic(
        id=row.id,
        case_id=row.case_id,
        given_by=row.given_by,
        what=row.what,
        amount=fen_to_yuan(row.amount_fen),
        given_date=row.given_date,
        recorded_by=row.recorded_by,
    )


def _case(session: Session, case_id: int, principal: Principal) -> TransferCase:
    case = session.get(TransferCase, case_id)
    if case is None or not principal.can_see_region(case.window_region):
        raise NotFound(f"案件 {case_id} 不存在", field="case_id")
    return case


def _check_aid_recorder(session: Session, case: TransferCase, principal: Principal) -> None:
    """先行救助 (money) is recorded by the owning window or a department that receives a slip of the case."""
    if principal.role in ("window_staff", "service", "admin"):
        return  # a window's scope is the case's region, checked by _case
    receives = session.exec(
        select(Slip.id).where(Slip.case_id == case.case_id, Slip.receiver_id == principal.department_id)
    ).first()
    if principal.department_id is None or receives is None:
        raise Forbidden("只有受理窗口或接收本案件通知单的部门可以登记先行救助", field="case_id")


def _first_slip(session: Session, case_id: int) -> Slip | None:
    return session.exec(select(Slip).where(Slip.case_id == case_id).order_by(Slip.id)).first()


def record_emergency_aid(
    *,
    session: Session,
    case_id: int,
    body: EmergencyAidIn,
    principal: Principal,
    today: date,
    cap_limits: CapLimitsSource,
    actor: str | None = None,
) -> EmergencyAidPublic:
    """Record emergency aid given first (within the 临时救助 caps); the paperwork deadline keeps running.

    `actor` names the clerk when intake records it for the window (emergency/service.py)."""
    case = _case(session, case_id, principal)
    _check_aid_recorder(session, case, principal)
    if not case.emergency:
        raise Conflict("该案件未标记为紧急情况，不能登记先行救助", field="case_id")
    fen = yuan_to_fen(body.amount, field="amount")
    caps.enforce(session, source=cap_limits, case=case, amount_fen=fen, on_date=body.given_date or today)
    return aid_public(
        _add_aid(
            session,
            case=case,
            slip=_first_slip(session, case_id),
            aid=body,
            fen=fen,
            actor=actor or principal.name or principal.subject,
            today=today,
        )
    )


def complete_paperwork(*, session: Session, case_id: int, principal: Principal) -> TransferCase:
    """An emergency case's paperwork (补齐手续) is done: its own deadline stops."""
    case = _case(session, case_id, principal)
    if not case.emergency:
        raise Conflict("该案件不是紧急案件，无需补齐手续", field="case_id")
    if case.paperwork_completed_at is not None:
        raise Conflict("手续已补齐", field="case_id")
    case.paperwork_completed_at = utcnow()
    session.add(case)
    late = beijing_date(case.paperwork_completed_at) > case.paperwork_due_date
    notify.record_case(
        session,
        case_id=case.case_id,
        slip=_first_slip(session, case_id),
        intake_kind="paperwork_completed",
        actor=principal.name or principal.subject,
        detail="紧急救助手续已补齐" + ("（已逾期）" if late else ""),
    )
    return case


def paperwork_due_cases(*, session: Session, region: str | None) -> list[TransferCase]:
    """Emergency cases whose paperwork is still outstanding, earliest deadline first."""
    query = (
        select(TransferCase)
        .where(TransferCase.emergency.is_(True), TransferCase.paperwork_completed_at.is_(None))
        .order_by(TransferCase.paperwork_due_date)
    )
    if region:
        query = query.where(TransferCase.window_region.startswith(region))
    return list(session.exec(query).all())
