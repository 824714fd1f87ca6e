"""Work that spans domains: the 核对 slip, the evaluation by eligibility, and the decision's result and grant."""

import json
from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import utcnow
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, ServiceUnavailable
from services.common.money import fen_to_yuan
from services.common.vocabulary import DepartmentType, SlipKind
from services.transfer.caps import service as caps
from services.transfer.caps.limits import CapLimitsSource
from services.transfer.departments.models import Department
from services.transfer.procedure import records, service
from services.transfer.procedure.models import ApprovalVote, Procedure
from services.transfer.procedure.schemas import (
    AuthorisationIn,
    CheckAnswerIn,
    CheckRequestIn,
    DecisionIn,
    VisitIn,
)
from services.transfer.procedure.steps import Step
from services.transfer.procedure.views import CHECK_OPEN
from services.transfer.slips import notify, queries, transitions
from services.transfer.slips.issuing import Context, issue_slip
from services.transfer.slips.models import Slip, TransferCase
from services.transfer.slips.schemas import Result

OUTCOME_NAMES = {"eligible": "符合条件", "ineligible": "不符合条件", "needs_facts": "缺少事实"}
SERVICE = Principal(subject="service:procedure", role="service", name="办理流程")


def authorise(*, session, ctx, proc, slip, body: AuthorisationIn, principal, eligibility) -> None:
    """The pledge is recorded, then the declared facts are evaluated."""
    records.authorise(session=session, ctx=ctx, proc=proc, slip=slip, body=body, principal=principal)
    evaluate(session=session, ctx=ctx, proc=proc, slip=slip, eligibility=eligibility, field="declared_facts")


def record_visit(*, session, ctx, proc, slip, body: VisitIn, principal, eligibility) -> None:
    """The visit is recorded, then the evaluation runs again on what the investigators found."""
    records.record_visit(session=session, ctx=ctx, proc=proc, slip=slip, body=body, principal=principal)
    evaluate(session=session, ctx=ctx, proc=proc, slip=slip, eligibility=eligibility, field="findings")


def _prior_grants(session: Session, proc: Procedure, today: date) -> dict:
    # prior grants come from our own records, never from the applicant (DESIGN §5), emergency aid included
    if proc.item_code != caps.CAPPED_ITEM:
        return {}
    case = session.get(TransferCase, proc.case_id)
    used = caps.usage(session, id_numbers=caps.household(case), year=today.year)
    return {"grants_this_year": len(used.cases), "granted_amount_this_year": fen_to_yuan(used.amount_fen)}


def evaluate(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, eligibility, field: str = "facts"
) -> None:
    """Run the item's rules on declared + investigated + verified facts and store the answer on the case.

    The prior-grant facts are passed from our own records instead of asking eligibility to call us back
    while this transaction is open. An outage leaves a visible error and a retry button, not a lost step;
    a fact eligibility refuses is a 422 naming the field it came from."""
    today = ctx.clock.today()
    facts = {**service.facts_of(proc), **_prior_grants(session, proc, today)}
    before = proc.evaluation_outcome
    try:
        result = eligibility.evaluate(proc.item_code, today, facts)
    except ServiceUnavailable:
        proc.evaluation_error = "资格服务暂不可用，测算未更新，请稍后点“重新测算”"
        session.add(proc)
        return
    except Invalid as exc:
        raise Invalid(f"资格服务不接受这些事实：{exc.detail}", field=field) from exc
    proc.evaluation = result.model_dump_json()
    proc.evaluation_outcome, proc.evaluation_error, proc.evaluated_at = result.outcome, None, utcnow()
    session.add(proc)
    changed = f"（原为{OUTCOME_NAMES.get(before, before)}）" if before and before != result.outcome else ""
    failed = [c.description for c in result.conditions if c.result != "passed"]
    service.record(
        session,
        slip,
        "evaluation_stored",
        "资格测算",
        f"测算结论：{OUTCOME_NAMES.get(result.outcome, result.outcome)}{changed}，规则版本 {result.rule_version}"
        + (f"；未通过或待补：{'；'.join(failed)}" if failed else ""),
    )


def request_check(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: CheckRequestIn, principal: Principal
) -> Slip:
    """A 核对 request per household: a slip of its own to the checking body, web or callback like any other."""
    if not service.is_owner(principal, slip):
        raise Forbidden("只有承办本事项的街道部门可以发起核对", field="slip_id")
    service.require_step(proc, Step.VERIFICATION)
    if proc.check_slip_id is not None:
        raise Conflict("已发起核对，请等待核对机构反馈", field="check_slip_id")
    receiver = _checking_body(session, body.receiver_id, slip.receiver_region[:6])
    sender = session.get(Department, slip.receiver_id)
    case = session.get(TransferCase, proc.case_id)
    days = service.step_days(proc, Step.VERIFICATION) or 0
    check = issue_slip(
        session,
        ctx,
        case=case,
        kind=SlipKind.ASSIGN,
        receiver=receiver,
        item_code=slip.item_code,
        item_name=f"{slip.item_name}·家庭经济状况核对",
        time_limit_days=days,
        reason=body.note or f"{sender.name}请求核对申请家庭收入和财产状况（已签署授权委托书）",
        sender=sender,
        sender_region=sender.region,
        actor=f"{sender.name} {principal.name or principal.subject}",
        parent=slip,
    )
    # the checking body's deadline is the step's, counted from today (not from the case's acceptance)
    due = service.step_row(session, proc, Step.VERIFICATION).due_date
    check.item_due_date = check.due_date = due
    check.due_kind = "handling"
    session.add(check)
    proc.check_slip_id = check.id
    session.add(proc)
    session.flush()
    service.record(
        session,
        slip,
        "verification_requested",
        principal,
        f"已向{receiver.name}发起核对 {check.number}，期限 {due}",
    )
    return check


def _checking_body(session: Session, receiver_id: str | None, district: str) -> Department:
    if receiver_id:
        dept = session.get(Department, receiver_id)
        if dept is None or not dept.active or dept.type != DepartmentType.VERIFICATION:
            raise Invalid("receiver_id 须为在用的核对机构", field="receiver_id")
        return dept
    dept = session.exec(
        select(Department)
        .where(
            Department.type == DepartmentType.VERIFICATION,
            Department.active.is_(True),
            Department.region.startswith(district),
        )
        .order_by(Department.region, Department.id)
    ).first()
    if dept is None:
        raise Conflict("本区目录中没有核对机构，请管理员先登记", field="receiver_id")
    return dept


def answer_check(
    *,
    session: Session,
    ctx: Context,
    check_slip_id: int,
    body: CheckAnswerIn,
    principal: Principal,
    eligibility,
) -> Procedure:
    """The checking body answers (web inbox or partner callback): verified facts, then the evaluation runs."""
    check = session.exec(select(Slip).where(Slip.id == check_slip_id).with_for_update()).first()
    proc = (
        session.exec(
            select(Procedure).where(Procedure.check_slip_id == check_slip_id).with_for_update()
        ).first()
        if check
        else None
    )
    if proc is None or not queries.can_see(session, principal, check):
        raise NotFound(f"核对请求 {check_slip_id} 不存在", field="slip_id")
    if principal.role not in ("department_staff", "partner", "service") or (
        principal.role != "service" and principal.department_id != check.receiver_id
    ):
        raise Forbidden("只有受理本核对请求的核对机构可以反馈结果", field="slip_id")
    if check.state not in CHECK_OPEN:
        raise Conflict("该核对请求已反馈", field="slip_id", state=check.state)
    service.require_step(proc, Step.VERIFICATION)
    receiver = session.get(Department, check.receiver_id)
    actor = f"{receiver.name} {principal.name or principal.subject}"
    now = utcnow()
    proc.verified_facts = json.dumps(body.facts, ensure_ascii=False)
    check.state, check.handled_at, check.feedback_at, check.signed_by = "feedback_given", now, now, actor[:64]
    check.feedback_to_window, check.due_kind, check.due_date, check.updated_at = body.note, None, None, now
    session.add(check)
    session.add(proc)
    summary = "，".join(f"{k}={v}" for k, v in body.facts.items())
    notify.record(
        session,
        check,
        kind="feedback",
        intake_kind="verification_answered",
        actor=actor,
        detail=f"核对结果：{summary}；{body.note}",
    )
    item = session.get(Slip, proc.slip_id)
    service.finish_step(
        session,
        ctx,
        proc=proc,
        slip=item,
        step=Step.VERIFICATION,
        principal=principal,
        detail=f"{receiver.name}核对结果：{body.note}",
        evidence={"check_slip": check.number, "facts": body.facts},
        signer_names=actor,
    )
    evaluate(session=session, ctx=ctx, proc=proc, slip=item, eligibility=eligibility, field="facts")
    return proc


def decide(
    *,
    session: Session,
    ctx: Context,
    proc: Procedure,
    slip: Slip,
    body: DecisionIn,
    principal: Principal,
    cap_limits: CapLimitsSource,
) -> None:
    """The group's decision by the majority of votes cast (more than half the members voting).

    It enters Yimen the one way a decision does: the slip's `result` event, so the grant is recorded by the
    grants path and the 临时救助 caps apply; over a cap, the whole decision is refused and nothing is kept."""
    service.require_step(proc, Step.APPROVAL)
    member = service.member_of(session, principal, proc)
    if member is None:
        raise Forbidden("只有本街道社会救助审批领导小组成员可以宣布决定", field="slip_id")
    if slip.state != "opinion_given":
        raise Conflict("请先在收件箱提出办理意见，再作审批决定", field="slip_id", state=slip.state)
    members = service.group_members(session, proc.region)
    votes = session.exec(select(ApprovalVote).where(ApprovalVote.procedure_id == proc.id)).all()
    if len(votes) * 2 <= len(members):
        raise Conflict(f"须过半数成员表决（已表决 {len(votes)}/{len(members)}）", field="vote")
    yes = sum(v.vote == "approve" for v in votes)
    if yes * 2 == len(votes):
        raise Conflict(f"同意与不同意票数相同（{yes}:{yes}），须继续表决", field="vote")
    outcome = "approved" if yes * 2 > len(votes) else "denied"
    amount = body.amount if body.amount is not None or outcome == "denied" else _proposed(proc)
    fen = records.amount_for(outcome, amount)
    today = ctx.clock.today()
    if body.grant_date is not None and not proc.started_date <= body.grant_date <= today:
        raise Invalid(
            f"grant_date 须在受理日与今天之间（{proc.started_date} 至 {today}）", field="grant_date"
        )
    present = [f"{v.name}（{'同意' if v.vote == 'approve' else '不同意'}）" for v in votes]
    proc.decision, proc.decision_amount_fen, proc.decision_period = outcome, fen, body.period
    proc.decision_reason, proc.decided_at, proc.decided_by = body.reason, utcnow(), principal.subject
    proc.meeting_members = json.dumps(present, ensure_ascii=False)
    if outcome == "denied":
        proc.denial_number = f"BY-{slip.number}"
    session.add(proc)
    said = f"同意救助 {fen_to_yuan(fen)} 元（{body.period}）" if fen else "不予救助"
    service.finish_step(
        session,
        ctx,
        proc=proc,
        slip=slip,
        step=Step.APPROVAL,
        principal=principal,
        detail=f"审批领导小组决定：{said}；{body.reason}；到会表决：{'、'.join(present)}",
        evidence={"votes": present, "decision": outcome},
        signer_names=member.name,
    )
    service.record(session, slip, "approval_decided", principal, f"{said}；{body.reason}")
    event = Result(
        type="result",
        outcome=outcome,
        amount=fen_to_yuan(fen) if fen else None,
        reason=f"经社会救助审批领导小组审批：{body.reason}",
        grant_date=body.grant_date,
        handler=f"{member.name}（审批领导小组）"[:64],
    )
    transitions.apply_event(
        session=session,
        ctx=ctx,
        slip_id=slip.id,
        event=event,
        principal=SERVICE,
        idempotency_key=None,
        cap_limits=cap_limits,
    )


def _proposed(proc: Procedure) -> str | None:
    return fen_to_yuan(proc.proposed_amount_fen) if proc.proposed_amount_fen else None
