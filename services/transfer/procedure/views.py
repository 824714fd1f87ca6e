"""The procedure as a reader sees it, with the actions the caller may take now (the web panel's buttons)."""

import json

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.errors import NotFound
from services.common.money import fen_to_yuan
from services.eligibility.client import EvaluationResult
from services.transfer.procedure import service
from services.transfer.procedure.models import (
    ApprovalVote,
    DisclosureObjection,
    Procedure,
    ProcedureFile,
)
from services.transfer.procedure.schemas import (
    FileStored,
    MemberIn,
    ObjectionPublic,
    ProcedurePublic,
    ProcedureStatus,
    StepPublic,
    VotePublic,
)
from services.transfer.procedure.steps import STEP_STATUS, Step
from services.transfer.slips import queries
from services.transfer.slips.issuing import Context
from services.transfer.slips.models import Slip, SlipAccess, TransferCase

CHECK_OPEN = ("issued", "delivered", "acknowledged", "opinion_given")  # a 核对 request not yet answered


def _yuan(fen: int | None) -> str | None:
    return fen_to_yuan(fen) if fen is not None else None


def votes_of(session: Session, proc: Procedure) -> list[ApprovalVote]:
    return list(
        session.exec(
            select(ApprovalVote).where(ApprovalVote.procedure_id == proc.id).order_by(ApprovalVote.id)
        )
    )


def objections_of(session: Session, proc: Procedure) -> list[DisclosureObjection]:
    return list(
        session.exec(
            select(DisclosureObjection)
            .where(DisclosureObjection.procedure_id == proc.id)
            .order_by(DisclosureObjection.id)
        )
    )


def allowed(session: Session, ctx: Context, proc: Procedure, slip: Slip, principal: Principal) -> list[str]:
    """What this caller may do now; the routes check the same conditions again on every write."""
    out: list[str] = []
    owner = service.is_owner(principal, slip)
    step = proc.current_step
    today = ctx.clock.today()
    if owner and proc.decision is None:
        out += ["upload", "evaluate"]
    if owner and step == Step.AUTHORISATION:
        out.append("authorise")
    investigation = service.step_row(session, proc, Step.INVESTIGATION)
    visit = json.loads(investigation.evidence).get("visit")
    if step == Step.INVESTIGATION:
        if owner and visit is None:
            out.append("assign")
        if service.is_investigator(principal, proc):
            signed = {s["username"] for s in (visit or {}).get("signatures", [])}
            if visit is None:
                out += ["visit", "upload"]
            elif principal.subject not in signed and not proc.third_party_id:
                out.append("sign")
    if owner and step == Step.VERIFICATION and proc.check_slip_id is None:
        out.append("request_check")
    if owner and step == Step.REVIEW and proc.evaluation is not None:
        out.append("review")
    if owner and step == Step.DISCLOSURE:
        out.append("object")
        if any(o.resolution is None for o in objections_of(session, proc)):
            out.append("resolve")
        elif proc.disclosure_end_date and today > proc.disclosure_end_date:
            out.append("close_disclosure")
    member = service.member_of(session, principal, proc)
    if member and step == Step.APPROVAL:
        voted = {v.username for v in votes_of(session, proc)}
        if member.username not in voted:
            out.append("vote")
        if voted:
            out.append("decide")
    if owner and proc.decision == "denied" and proc.denial_delivered_at is None:
        out.append("deliver_denial")
    return list(dict.fromkeys(out))


def to_public(
    session: Session, ctx: Context, proc: Procedure, slip: Slip, principal: Principal
) -> ProcedurePublic:
    """The whole procedure for one reader."""
    case = session.get(TransferCase, proc.case_id)
    today = ctx.clock.today()
    steps = [
        StepPublic(
            step=row.step,
            name=Step(row.step).label,
            status=row.status,
            status_name=STEP_STATUS[row.status],
            due_date=row.due_date,
            overdue=service.overdue(row, today),
            done_at=row.done_at,
            done_by=row.done_by,
            done_by_name=row.done_by_name,
            detail=row.detail,
            evidence=json.loads(row.evidence),
        )
        for row in service.steps_of(session, proc)
    ]
    files = session.exec(
        select(ProcedureFile).where(ProcedureFile.procedure_id == proc.id).order_by(ProcedureFile.id)
    ).all()
    current = proc.current_step
    return ProcedurePublic(
        id=proc.id,
        slip_id=slip.id,
        slip_number=slip.number,
        case_id=proc.case_id,
        case_number=case.case_number,
        item_code=proc.item_code,
        item_name=slip.item_name,
        region=proc.region,
        current_step=current,
        current_step_name="已完成" if current == "done" else Step(current).label,
        started_date=proc.started_date,
        item_due_date=slip.item_due_date,
        steps=steps,
        investigators=service.investigators_of(proc),
        third_party_id=proc.third_party_id,
        declared_facts=json.loads(proc.declared_facts),
        investigated_facts=json.loads(proc.investigated_facts),
        verified_facts=json.loads(proc.verified_facts),
        facts=service.facts_of(proc),
        evaluation=EvaluationResult.model_validate_json(proc.evaluation) if proc.evaluation else None,
        evaluation_error=proc.evaluation_error,
        evaluated_at=proc.evaluated_at,
        check_slip_id=proc.check_slip_id,
        proposal=proc.proposal,
        proposed_amount=_yuan(proc.proposed_amount_fen),
        proposal_reason=proc.proposal_reason,
        disclosure_start_date=proc.disclosure_start_date,
        disclosure_end_date=proc.disclosure_end_date,
        objections=[
            ObjectionPublic(
                id=o.id,
                received_date=o.received_date,
                content=o.content,
                recorded_by=o.recorded_by,
                resolution=o.resolution,
                resolved_by=o.resolved_by,
            )
            for o in objections_of(session, proc)
        ],
        approval_group=[
            MemberIn(username=m.username, name=m.name, title=m.title)
            for m in service.group_members(session, proc.region)
        ],
        votes=[
            VotePublic(username=v.username, name=v.name, vote=v.vote, opinion=v.opinion, at=v.at)
            for v in votes_of(session, proc)
        ],
        decision=proc.decision,
        decision_amount=_yuan(proc.decision_amount_fen),
        decision_period=proc.decision_period,
        decision_reason=proc.decision_reason,
        decided_at=proc.decided_at,
        meeting_members=json.loads(proc.meeting_members),
        denial_number=proc.denial_number,
        denial_delivered_at=proc.denial_delivered_at,
        denial_delivery=proc.denial_delivery,
        files=[FileStored.model_validate(f, from_attributes=True) for f in files],
        allowed=allowed(session, ctx, proc, slip, principal),
    )


def status(*, session: Session, ctx: Context, slip_id: int, principal: Principal) -> ProcedureStatus:
    """For the slip page: does the procedure govern this slip, may the caller start it, and where it stands."""
    slip = session.get(Slip, slip_id)
    proc = session.exec(select(Procedure).where(Procedure.slip_id == slip_id)).first() if slip else None
    if slip is None or not (
        queries.can_see(session, principal, slip)
        or (proc is not None and service.may_read(session, principal, proc, slip))
    ):
        raise NotFound(f"通知单 {slip_id} 不存在", field="slip_id")
    if principal.role != "service":  # household facts and signatories are personal data: every read is logged
        session.add(
            SlipAccess(
                slip_id=slip.id,
                subject=principal.subject,
                role=principal.role,
                department_id=principal.department_id,
            )
        )
    check_for = None
    if slip.parent_slip_id:
        # a 核对 request: the checking body sees the procedure it checks for
        parent = session.exec(select(Procedure).where(Procedure.check_slip_id == slip.id)).first()
        if parent is not None:
            check_for = to_public(session, ctx, parent, session.get(Slip, parent.slip_id), principal)
    applies = proc is not None or service.config_for(session, slip) is not None
    return ProcedureStatus(
        slip_id=slip.id,
        applies=applies,
        can_start=proc is None
        and applies
        and service.is_owner(principal, slip)
        and slip.state in service.STARTABLE,
        procedure=to_public(session, ctx, proc, slip, principal) if proc else None,
        check_for=check_for,
        can_answer=check_for is not None
        and principal.role in ("department_staff", "partner")
        and principal.department_id == slip.receiver_id
        and slip.state in CHECK_OPEN,
    )
