"""A slip's life after issue: receipts, opinions, results, feedback, returns, and passing it on."""

from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import beijing_date, utcnow
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, ServiceUnavailable
from services.common.idempotency import find_replay, remember
from services.common.money import fen_to_yuan, yuan_to_fen
from services.common.vocabulary import DepartmentType, SlipKind, SlipState
from services.transfer.caps import service as caps
from services.transfer.caps.limits import CapLimitsSource
from services.transfer.delivery.models import TransferIdempotency
from services.transfer.departments import service as departments
from services.transfer.departments.models import Department
from services.transfer.grants import service as grants
from services.transfer.procedure import guard as procedure_guard
from services.transfer.recipients import service as recipients
from services.transfer.recipients.models import ROSTER_ITEMS
from services.transfer.slips import notify, queries
from services.transfer.slips.issuing import Context, issue_slip, mark_delivered
from services.transfer.slips.models import Slip, TransferCase
from services.transfer.slips.schemas import (
    Acknowledged,
    Feedback,
    Onward,
    Opinion,
    Result,
    Returned,
    SlipDetail,
    SlipEventIn,
)

# which states each event may follow (anything else is a 409)
ALLOWED = {
    "acknowledged": ("issued", "delivered"),
    "opinion": ("acknowledged",),
    "result": ("opinion_given",),
    "feedback": ("handled",),
    "returned": ("issued", "delivered", "acknowledged", "opinion_given"),
}
ONWARD_KINDS = (SlipKind.HAND_OVER, SlipKind.ASSIGN, SlipKind.REFER)


def may_act_as_receiver(principal: Principal, receiver: Department) -> bool:
    """A department touches only its own slips; the district window acts on what it receives."""
    if principal.role == "service":
        return True
    if principal.role in ("partner", "department_staff"):
        return principal.department_id == receiver.id
    if principal.role == "window_staff":
        return receiver.is_window and principal.region == receiver.region
    return False


def _actor(principal: Principal, handler: str, dept: Department) -> str:
    who = (
        handler
        or (dept.current_handler if principal.role == "partner" else principal.name)
        or principal.subject
    )
    return f"{dept.name} {who}"


def apply_event(
    *,
    session: Session,
    ctx: Context,
    slip_id: int,
    event: SlipEventIn,
    principal: Principal,
    idempotency_key: str | None,
    cap_limits: CapLimitsSource | None = None,
) -> SlipDetail:
    """Apply a receiver's event to its slip; a repeated Idempotency-Key replays the first answer."""
    scope = f"{principal.subject}:slip-event:{slip_id}"
    body = event.model_dump(mode="json")
    # lock first: a concurrent duplicate then waits and finds the first answer instead of a 409
    slip = _locked(session, slip_id)
    replay = find_replay(session, TransferIdempotency, scope=scope, key=idempotency_key, body=body)
    if replay:
        return SlipDetail(**replay[1])
    receiver = session.get(Department, slip.receiver_id)
    if not may_act_as_receiver(principal, receiver):
        if queries.can_see(session, principal, slip):
            raise Forbidden("只有接收部门可以处理本通知单", field="slip_id")
        raise NotFound(f"通知单 {slip_id} 不存在", field="slip_id")
    if slip.state not in ALLOWED[event.type]:
        raise Conflict(
            f"通知单当前状态为“{SlipState(slip.state).label}”，不能执行 {event.type}",
            field="type",
            state=slip.state,
        )
    actor = _actor(principal, event.handler, receiver)
    now = utcnow()
    today = beijing_date(now)
    match event:
        case Acknowledged():
            if slip.state == "issued":  # a receipt proves delivery even if our push's answer was lost
                mark_delivered(session, ctx, slip=slip, actor=actor, detail="签收即确认送达")
            slip.state, slip.acknowledged_at, slip.acknowledged_by = "acknowledged", now, actor
            notify.record(
                session,
                slip,
                kind="acknowledged",
                intake_kind="slip_acknowledged",
                actor=actor,
                detail=f"{receiver.name}已签收 {slip.number}",
                at=now,
            )
        case Opinion():
            slip.state, slip.opinion, slip.opinion_at = "opinion_given", event.opinion, now
            slip.due_kind, slip.due_date = "handling", slip.item_due_date
            late = "（超过3个工作日）" if slip.opinion_due_date and today > slip.opinion_due_date else ""
            notify.record(
                session,
                slip,
                kind="opinion",
                intake_kind="opinion_given",
                actor=actor,
                detail=f"{receiver.name}提出办理意见{late}：{event.opinion}",
                at=now,
            )
        case Result():
            # a street on the full procedure decides through its approval group, not by typing a result
            procedure_guard.check_result(session, slip, event.outcome, event.amount)
            _apply_result(
                session,
                ctx,
                slip=slip,
                event=event,
                actor=actor,
                receiver=receiver,
                today=today,
                cap_limits=cap_limits,
            )
        case Feedback():
            slip.state, slip.feedback_at, slip.signed_by = "feedback_given", now, event.signed_by
            slip.feedback_to_applicant, slip.feedback_to_window = event.to_applicant, event.to_window
            late = "（超过3个工作日）" if slip.feedback_due_date and today > slip.feedback_due_date else ""
            slip.due_kind = slip.due_date = None
            session.add(slip)
            notify.record(
                session,
                slip,
                kind="feedback",
                intake_kind="feedback_given",
                actor=actor,
                at=now,
                to_applicant=event.to_applicant,
                detail=f"{receiver.name}已向申请人和窗口反馈{late}，负责人 {event.signed_by} 签字：{event.to_window}",
            )
        case Returned():
            slip.state, slip.returned_reason, slip.returned_at = "returned", event.reason, now
            slip.due_kind = slip.due_date = None
            notify.record(
                session,
                slip,
                kind="returned",
                intake_kind="slip_returned",
                actor=actor,
                at=now,
                detail=f"{receiver.name}退回 {slip.number}，原因：{event.reason}；由{slip.sender_name}重新分流",
            )
    slip.updated_at = now
    session.add(slip)
    session.flush()
    answer = queries.detail(session, ctx, slip, principal=principal, audit=False)
    remember(
        session,
        TransferIdempotency,
        scope=scope,
        key=idempotency_key,
        body=body,
        status_code=200,
        response=answer.model_dump(mode="json"),
    )
    return answer


def _apply_result(
    session: Session,
    ctx: Context,
    *,
    slip: Slip,
    event: Result,
    actor: str,
    receiver: Department,
    today: date,
    cap_limits: CapLimitsSource | None,
) -> None:
    fen = yuan_to_fen(event.amount, field="amount") if event.amount is not None else None
    if event.outcome == "denied" and fen:
        raise Invalid("不予救助时不能填写金额", field="amount")
    if event.outcome == "approved" and fen and slip.item_code == caps.CAPPED_ITEM:
        # web inbox and partner callbacks alike: over a cap is a 409 before anything is written
        if cap_limits is None:  # never paid unchecked
            raise ServiceUnavailable("无法核对临时救助年度上限，本次未登记", field="amount")
        case = session.get(TransferCase, slip.case_id)
        caps.enforce(session, source=cap_limits, case=case, amount_fen=fen, on_date=event.grant_date or today)
    now = utcnow()
    slip.state, slip.result, slip.amount_fen, slip.result_reason, slip.handled_at = (
        "handled",
        event.outcome,
        fen,
        event.reason,
        now,
    )
    slip.feedback_due_date = ctx.calendar.add_working_days(today, ctx.settings.feedback_working_days).due_date
    slip.due_kind, slip.due_date = "feedback", slip.feedback_due_date
    session.add(slip)
    outcome = "同意救助" if event.outcome == "approved" else "不予救助"
    money = f"，金额 {fen_to_yuan(fen)} 元" if fen else ""
    notify.record(
        session,
        slip,
        kind="result",
        intake_kind="result_given",
        actor=actor,
        at=now,
        detail=f"{receiver.name}办理完毕：{outcome}{money}；{event.reason}",
    )
    if event.outcome == "approved" and fen:
        case = session.get(TransferCase, slip.case_id)
        grant = grants.record_grant(
            session=session, slip=slip, case=case, amount_fen=fen, grant_date=event.grant_date or today
        )
        notify.record(
            session,
            slip,
            kind="grant",
            intake_kind="grant_recorded",
            actor=actor,
            at=now,
            detail=f"已登记救助发放：{slip.item_name} {fen_to_yuan(fen)} 元（{grant.grant_date.isoformat()}）",
        )
        if slip.item_code in ROSTER_ITEMS:  # 低保/特困: the approval enrols the household (paid monthly)
            recipients.enrol_on_approval(
                session=session, slip=slip, amount_fen=fen, decided_on=grant.grant_date, actor=actor
            )


def _locked(session: Session, slip_id: int) -> Slip:
    # FOR UPDATE: two callbacks for one slip apply one after the other, never both from the same state
    slip = session.exec(select(Slip).where(Slip.id == slip_id).with_for_update()).first()
    if slip is None:
        raise NotFound(f"通知单 {slip_id} 不存在", field="slip_id")
    return slip


def _kind_for(dept: Department, sender_region: str) -> SlipKind:
    """The slip kind of DESIGN.md section 3 for a sender and a chosen receiver."""
    if dept.is_window:
        return SlipKind.ESCALATE
    if dept.type == DepartmentType.SOCIAL_ORGANISATION:
        return SlipKind.REFER
    if len(dept.region) == 9:
        return SlipKind.HAND_OVER if len(sender_region) == 6 else SlipKind.DISPATCH
    if len(sender_region) == 9:
        raise Invalid("街道窗口不能直接转办区直部门，请转送区民政局社会救助窗口", field="receiver_id")
    return SlipKind.ASSIGN


def _onward_receiver(
    session: Session,
    ctx: Context,
    body: Onward,
    slip: Slip,
    kinds: tuple[str, ...],
    eligibility,
    sender_region: str,
) -> tuple[str, Department, str]:
    if body.receiver_id:
        dept = departments.get(session=session, department_id=body.receiver_id)
        kind = body.route.kind if body.route else _kind_for(dept, sender_region)
        if kind not in kinds:
            raise Invalid(f"不能以 {kind} 方式发给{dept.name}", field="receiver_id")
        return kind, dept, body.note or (body.route.reason if body.route else "")
    route = body.route
    if route is None:
        if eligibility is None:
            raise Invalid("请提供 route 或 receiver_id", field="route")
        case = session.get(TransferCase, slip.case_id)
        from services.transfer.slips.schemas import RouteAnswer

        decision = eligibility.route(slip.item_code, "district", slip.receiver_region[:6], case.hukou_region)
        data = decision.model_dump() if hasattr(decision, "model_dump") else dict(decision)
        route = RouteAnswer(
            **{
                k: data.get(k) or ""
                for k in ("kind", "receiver_department_type", "receiver_region", "reason")
            }
        )
    if route.kind not in kinds:
        raise Invalid(f"不能以 {route.kind} 方式转出，可选：{', '.join(kinds)}", field="route.kind")
    dept = departments.choose_receiver(
        session=session,
        kind=route.kind,
        department_type=route.receiver_department_type,
        region=route.receiver_region,
    )
    return route.kind, dept, body.note or route.reason


def forward(
    *, session: Session, ctx: Context, slip_id: int, body: Onward, principal: Principal, eligibility=None
) -> SlipDetail:
    """The district window passes an escalate slip on: to the hukou town (hand_over) or a bureau (assign)."""
    slip = _locked(session, slip_id)
    receiver = session.get(Department, slip.receiver_id)
    if not (principal.role in ("window_staff", "service") and may_act_as_receiver(principal, receiver)):
        raise Forbidden("只有接收本转送通知单的区民政局窗口可以转出", field="slip_id")
    if slip.kind != SlipKind.ESCALATE:
        raise Conflict("只有转送通知单（escalate）可以由区窗口转出", field="slip_id")
    if slip.state not in ("issued", "delivered", "acknowledged", "opinion_given"):
        raise Conflict(
            f"通知单当前状态为“{SlipState(slip.state).label}”，不能转出", field="slip_id", state=slip.state
        )
    kind, dept, reason = _onward_receiver(
        session, ctx, body, slip, ONWARD_KINDS, eligibility, receiver.region
    )
    actor = f"{receiver.name} {principal.name or principal.subject}"
    child = _issue_onward(
        session, ctx, slip=slip, kind=kind, dept=dept, reason=reason, sender=receiver, actor=actor
    )
    slip.state, slip.successor_slip_id, slip.due_kind, slip.due_date = "forwarded", child.id, None, None
    slip.updated_at = utcnow()
    session.add(slip)
    notify.record(
        session,
        slip,
        kind="forwarded",
        intake_kind=None,
        actor=actor,
        detail=f"已以{SlipKind(kind).label} {child.number} 转至{dept.name}",
    )
    return queries.detail(session, ctx, child, principal=principal, audit=False)


def reroute(
    *, session: Session, ctx: Context, slip_id: int, body: Onward, principal: Principal, eligibility=None
) -> SlipDetail:
    """The sender's window issues a new slip for a returned one; the returned slip and its history stay."""
    slip = _locked(session, slip_id)
    if principal.role not in ("window_staff", "service") or not principal.can_see_region(slip.sender_region):
        raise Forbidden("只有发出本通知单的窗口可以重新分流", field="slip_id")
    if slip.state != "returned" or slip.successor_slip_id is not None:
        raise Conflict("只有被退回且尚未重新分流的通知单可以重新分流", field="slip_id", state=slip.state)
    kind, dept, reason = _onward_receiver(
        session, ctx, body, slip, tuple(SlipKind), eligibility, slip.sender_region
    )
    if dept.id == slip.receiver_id:
        raise Invalid("不能重新分流给退回本通知单的同一部门", field="receiver_id")
    sender = session.get(Department, slip.sender_department_id) if slip.sender_department_id else None
    actor = f"{slip.sender_name} {principal.name or principal.subject}"
    child = _issue_onward(
        session, ctx, slip=slip, kind=kind, dept=dept, reason=reason, sender=sender, actor=actor
    )
    slip.successor_slip_id = child.id
    session.add(slip)
    notify.record(
        session,
        slip,
        kind="rerouted",
        intake_kind=None,
        actor=actor,
        detail=f"已重新分流：{SlipKind(kind).label} {child.number} 至{dept.name}",
    )
    return queries.detail(session, ctx, child, principal=principal, audit=False)


def _issue_onward(
    session: Session,
    ctx: Context,
    *,
    slip: Slip,
    kind: str,
    dept: Department,
    reason: str,
    sender: Department | None,
    actor: str,
) -> Slip:
    case = session.get(TransferCase, slip.case_id)
    return issue_slip(
        session,
        ctx,
        case=case,
        kind=kind,
        receiver=dept,
        item_code=slip.item_code,
        item_name=slip.item_name,
        time_limit_days=slip.time_limit_days,
        reason=reason,
        sender=sender,
        sender_region=sender.region if sender else slip.sender_region,
        actor=actor,
        parent=slip,
    )
