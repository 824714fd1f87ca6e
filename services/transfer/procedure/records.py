"""Steps recorded within the procedure itself: scans, the pledge, the visit, review, 公示, votes, 送达."""

import json
from datetime import date, timedelta

from sqlmodel import Session, select
from stdnum.cn import ric

from services.common.auth import Principal
from services.common.clock import beijing_date, utcnow
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.identity import mask_id_number, mask_name
from services.common.money import fen_to_yuan, yuan_to_fen
from services.common.vocabulary import DepartmentType
from services.transfer.departments.models import Department
from services.transfer.procedure import service
from services.transfer.procedure.models import (
    ApprovalVote,
    DisclosureObjection,
    Procedure,
    ProcedureFile,
)
from services.transfer.procedure.schemas import (
    AssignIn,
    AuthorisationIn,
    DeliveryIn,
    ObjectionIn,
    ResolutionIn,
    ReviewIn,
    VisitIn,
    VoteIn,
)
from services.transfer.procedure.steps import FINDING_TOPICS, Step
from services.transfer.procedure.storage import FileStore, sniff
from services.transfer.slips.issuing import Context
from services.transfer.slips.models import Slip, TransferCase

ADULT_AGE = 18
PLEDGE_EARLIEST = timedelta(days=365)  # a pledge signed more than a year before acceptance is stale


def _owner(principal: Principal, slip: Slip, what: str) -> None:
    if not service.is_owner(principal, slip):
        raise Forbidden(f"只有承办本事项的街道部门可以{what}", field="slip_id")


def _not_future(value: date, today: date, field: str) -> None:
    if value > today:
        raise Invalid(f"{field} 不能晚于今天（{today.isoformat()}）", field=field)


def upload(
    *,
    session: Session,
    proc: Procedure,
    slip: Slip,
    principal: Principal,
    purpose: str,
    filename: str,
    data: bytes,
    store: FileStore,
    max_bytes: int,
) -> ProcedureFile:
    """Keep a scan (pledge) or a visit photo: type by content, size limit, SHA-256; before the decision."""
    if purpose not in ("pledge", "visit"):
        raise Invalid("purpose 应为 pledge 或 visit", field="purpose")
    may = service.is_owner(principal, slip) or (
        purpose == "visit" and service.is_investigator(principal, proc)
    )
    if not may:
        raise Forbidden("只有承办部门或入户调查人员可以上传", field="slip_id")
    if proc.decision is not None:
        raise Conflict("已作出审批决定，材料不能再补充", field="file")
    content_type = sniff(data, max_bytes=max_bytes, field="file")
    key = store.put(data)
    row = ProcedureFile(
        procedure_id=proc.id,
        purpose=purpose,
        filename=(filename or "scan")[-200:],
        content_type=content_type,
        size=len(data),
        sha256=key,
        storage_key=key,
        uploaded_by=principal.subject,
    )
    session.add(row)
    session.flush()
    return row


def _files(session: Session, proc: Procedure, ids: list[int], purpose: str, field: str) -> None:
    found = set(
        session.exec(
            select(ProcedureFile.id).where(
                ProcedureFile.procedure_id == proc.id, ProcedureFile.purpose == purpose
            )
        ).all()
    )
    for i, file_id in enumerate(ids):
        if file_id not in found:
            raise Invalid(f"文件 {file_id} 不是本流程已上传的扫描件/照片", field=field.format(i=i))


def authorise(
    *,
    session: Session,
    ctx: Context,
    proc: Procedure,
    slip: Slip,
    body: AuthorisationIn,
    principal: Principal,
) -> None:
    """Every adult member and each supporter living apart has signed; the scans are on file."""
    _owner(principal, slip, "登记诚信承诺和授权委托书")
    service.require_step(proc, Step.AUTHORISATION)
    case = session.get(TransferCase, proc.case_id)
    today = ctx.clock.today()
    _not_future(body.signed_date, today, "signed_date")
    if body.signed_date < case.accepted_date - PLEDGE_EARLIEST:
        raise Invalid("signed_date 早于受理日一年以上，请重新签署", field="signed_date")
    household = {case.applicant_id_number, *json.loads(case.household_id_numbers or "[]")}
    signed: set[str] = set()
    for i, s in enumerate(body.signatories):
        if s.supporter and s.id_number in household:
            raise Invalid("本户成员不是“未共同生活的赡养人”", field=f"signatories[{i}].supporter")
        if not s.supporter and s.id_number not in household:
            raise Invalid(
                "不是本户成员；未共同生活的赡（抚、扶）养人请标明 supporter",
                field=f"signatories[{i}].id_number",
            )
        if s.id_number in signed:
            raise Invalid("同一人重复签署", field=f"signatories[{i}].id_number")
        signed.add(s.id_number)
    _files(session, proc, [s.file_id for s in body.signatories], "pledge", "signatories[{i}].file_id")
    adults = sorted(n for n in household if _age(n, body.signed_date) >= ADULT_AGE)
    missing = [n for n in adults if n not in signed]
    if missing:
        raise Invalid(
            f"成年家庭成员须全部签署：缺 {', '.join(mask_id_number(n) for n in missing)}", field="signatories"
        )
    proc.declared_facts = json.dumps(body.declared_facts, ensure_ascii=False)
    names = "、".join(s.name for s in body.signatories)
    evidence = {
        "signed_date": body.signed_date.isoformat(),
        "signatories": [
            {
                "name": s.name,
                "id_number": mask_id_number(s.id_number),
                "relation": s.relation,
                "supporter": s.supporter,
                "file_id": s.file_id,
            }
            for s in body.signatories
        ],
    }
    service.finish_step(
        session,
        ctx,
        proc=proc,
        slip=slip,
        step=Step.AUTHORISATION,
        principal=principal,
        detail=f"{names} 于 {body.signed_date.isoformat()} 签署诚信承诺和授权委托书（扫描件已存档）",
        evidence=evidence,
    )
    service.record(
        session, slip, "authorisation_recorded", principal, f"{len(body.signatories)} 人签署：{names}"
    )


def _age(id_number: str, on: date) -> int:
    born = ric.get_birth_date(id_number)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def assign(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: AssignIn, principal: Principal
) -> None:
    """Name the two investigators, or entrust a third-party organisation (seed 001)."""
    _owner(principal, slip, "指派入户调查人员")
    service.require_step(proc, Step.INVESTIGATION)
    if _visit(session, proc) is not None:
        raise Conflict("已登记入户调查，不能再更换调查人员", field="investigators")
    if body.third_party_id:
        org = session.get(Department, body.third_party_id)
        if org is None or not org.active or org.type != DepartmentType.SOCIAL_ORGANISATION:
            raise Invalid("第三方须为目录中在用的社会组织", field="third_party_id")
        proc.third_party_id, proc.investigators = org.id, "[]"
        who = f"委托第三方 {org.name}"
    else:
        proc.third_party_id = None
        proc.investigators = json.dumps([i.model_dump() for i in body.investigators], ensure_ascii=False)
        who = "、".join(i.name for i in body.investigators)
    session.add(proc)
    due = service.step_row(session, proc, Step.INVESTIGATION).due_date
    service.record(session, slip, "investigators_assigned", principal, f"入户调查：{who}（入户期限 {due}）")


def _visit(session: Session, proc: Procedure) -> dict | None:
    return json.loads(service.step_row(session, proc, Step.INVESTIGATION).evidence).get("visit")


def record_visit(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: VisitIn, principal: Principal
) -> None:
    """The visit's findings, signed by the investigator who records them (the login is the signature)."""
    service.require_step(proc, Step.INVESTIGATION)
    if not proc.third_party_id and proc.investigators == "[]":
        raise Conflict("请先指派入户调查人员", field="investigators")
    if not service.is_investigator(principal, proc):
        raise Forbidden("只有指派的入户调查人员可以登记调查结果", field="slip_id")
    if _visit(session, proc) is not None:
        raise Conflict("入户调查已登记", field="visit_date")
    today = ctx.clock.today()
    _not_future(body.visit_date, today, "visit_date")
    pledged = json.loads(service.step_row(session, proc, Step.AUTHORISATION).evidence).get("signed_date")
    earliest = max(proc.started_date, date.fromisoformat(pledged)) if pledged else proc.started_date
    if body.visit_date < earliest:
        raise Invalid(f"visit_date 不能早于受理和授权（{earliest.isoformat()}）", field="visit_date")
    _files(session, proc, body.file_ids, "visit", "file_ids[{i}]")
    found = {f.fact: f.value for f in body.findings if f.fact is not None}
    proc.investigated_facts = json.dumps({**json.loads(proc.investigated_facts), **found}, ensure_ascii=False)
    session.add(proc)
    row = service.step_row(session, proc, Step.INVESTIGATION)
    report_days = service.settings_of(proc)["report_days"]
    report_due = ctx.calendar.add_working_days(body.visit_date, report_days).due_date
    visit = {
        "visit_date": body.visit_date.isoformat(),
        "visit_late": bool(row.due_date and body.visit_date > row.due_date),
        "recorded_late": today > report_due,
        "findings": [f.model_dump() | {"topic_name": FINDING_TOPICS[f.topic]} for f in body.findings],
        "file_ids": body.file_ids,
        "signatures": [_signature(principal)],
    }
    row.evidence = json.dumps({"visit": visit}, ensure_ascii=False)
    session.add(row)
    session.flush()
    summary = "；".join(
        f"{FINDING_TOPICS[f.topic]}：{f.note or f'{f.fact}={f.value}'}" for f in body.findings
    )
    service.record(
        session, slip, "investigation_recorded", principal, f"入户调查（{body.visit_date}）：{summary}"
    )
    _finish_if_signed(session, ctx, proc, slip, principal, visit)


def _signature(principal: Principal) -> dict:
    return {
        "username": principal.subject,
        "name": principal.name or principal.subject,
        "at": utcnow().isoformat(),
    }


def countersign(*, session: Session, ctx: Context, proc: Procedure, slip: Slip, principal: Principal) -> None:
    """The second investigator signs the same record with their own login (谁调查、谁签字、谁负责)."""
    service.require_step(proc, Step.INVESTIGATION)
    if not service.is_investigator(principal, proc):
        raise Forbidden("只有指派的入户调查人员可以签字", field="slip_id")
    visit = _visit(session, proc)
    if visit is None:
        raise Conflict("尚未登记入户调查结果", field="visit_date")
    if principal.subject in {s["username"] for s in visit["signatures"]}:
        raise Conflict("您已签字", field="slip_id")
    visit["signatures"].append(_signature(principal))
    row = service.step_row(session, proc, Step.INVESTIGATION)
    row.evidence = json.dumps({"visit": visit}, ensure_ascii=False)
    session.add(row)
    session.flush()
    _finish_if_signed(session, ctx, proc, slip, principal, visit)


def _finish_if_signed(
    session: Session, ctx: Context, proc: Procedure, slip: Slip, principal: Principal, visit: dict
) -> None:
    signed = {s["username"] for s in visit["signatures"]}
    if not proc.third_party_id and signed != {i.username for i in service.investigators_of(proc)}:
        return
    names = "、".join(s["name"] for s in visit["signatures"])
    service.finish_step(
        session,
        ctx,
        proc=proc,
        slip=slip,
        step=Step.INVESTIGATION,
        principal=principal,
        detail=f"{visit['visit_date']} 入户调查，调查人签字：{names}",
        evidence={"visit": visit},
        signer_names=names,
    )


def review(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: ReviewIn, principal: Principal
) -> None:
    """审核: the proposed decision on the stored evaluation; 公示 starts if the item requires it."""
    _owner(principal, slip, "提出审核意见")
    service.require_step(proc, Step.REVIEW)
    if proc.evaluation is None or proc.evaluation_error:
        raise Conflict("请先完成资格测算（资格服务暂不可用时可重新测算）", field="evaluation")
    fen = amount_for(body.proposal, body.amount)
    proc.proposal, proc.proposed_amount_fen, proc.proposal_reason = body.proposal, fen, body.reason
    today = ctx.clock.today()
    disclosure = service.step_row(session, proc, Step.DISCLOSURE).status != "skipped"
    if disclosure:
        days = service.settings_of(proc)["disclosure_days"]
        proc.disclosure_start_date, proc.disclosure_end_date = today, today + timedelta(days=days - 1)
    session.add(proc)
    proposal = (
        "拟同意救助" + (f" {fen_to_yuan(fen)} 元" if fen else "")
        if body.proposal == "approved"
        else "拟不予救助"
    )
    service.finish_step(
        session,
        ctx,
        proc=proc,
        slip=slip,
        step=Step.REVIEW,
        principal=principal,
        detail=f"{proposal}：{body.reason}（测算结论 {proc.evaluation_outcome}）",
        evidence={"proposal": body.proposal, "amount": fen_to_yuan(fen) if fen else None},
    )
    service.record(session, slip, "review_recorded", principal, f"审核意见：{proposal}；{body.reason}")
    if disclosure:
        case = session.get(TransferCase, proc.case_id)
        service.record(
            session,
            slip,
            "disclosure_started",
            principal,
            f"公示 {mask_name(case.applicant_name)}（{mask_id_number(case.applicant_id_number)}）{slip.item_name}"
            f"{proposal}，公示期 {proc.disclosure_start_date} 至 {proc.disclosure_end_date}",
        )


def amount_for(outcome: str, amount: str | None) -> int | None:
    fen = yuan_to_fen(amount, field="amount") if amount is not None else None
    if outcome in ("approved", "approve") and not fen:
        raise Invalid("同意救助须填写金额", field="amount")
    if outcome in ("denied", "deny") and fen:
        raise Invalid("不予救助时不能填写金额", field="amount")
    return fen


def object_to(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: ObjectionIn, principal: Principal
) -> DisclosureObjection:
    """An objection received during the 公示 period."""
    _owner(principal, slip, "登记公示异议")
    service.require_step(proc, Step.DISCLOSURE)
    today = ctx.clock.today()
    last = min(proc.disclosure_end_date, today)
    if not proc.disclosure_start_date <= body.received_date <= last:
        raise Invalid(
            f"received_date 须在公示期内且不晚于今天（{proc.disclosure_start_date} 至 {last}）",
            field="received_date",
        )
    row = DisclosureObjection(
        procedure_id=proc.id,
        received_date=body.received_date,
        content=body.content,
        recorded_by=principal.subject,
    )
    session.add(row)
    session.flush()
    service.record(
        session, slip, "objection_recorded", principal, f"公示异议（{body.received_date}）：{body.content}"
    )
    return row


def resolve(
    *,
    session: Session,
    ctx: Context,
    proc: Procedure,
    slip: Slip,
    objection_id: int,
    body: ResolutionIn,
    principal: Principal,
) -> None:
    """How an objection was looked into and resolved."""
    _owner(principal, slip, "处理公示异议")
    service.require_step(proc, Step.DISCLOSURE)
    row = session.get(DisclosureObjection, objection_id)
    if row is None or row.procedure_id != proc.id:
        raise NotFound(f"异议 {objection_id} 不存在", field="objection_id")
    if row.resolution is not None:
        raise Conflict("该异议已处理", field="objection_id")
    row.resolution, row.resolved_by, row.resolved_at = body.resolution, principal.subject, utcnow()
    session.add(row)
    service.record(session, slip, "objection_recorded", principal, f"公示异议已处理：{body.resolution}")


def close_disclosure(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, principal: Principal
) -> None:
    """The 公示 period is over and every objection resolved: on to the approval group."""
    _owner(principal, slip, "结束公示")
    service.require_step(proc, Step.DISCLOSURE)
    today = ctx.clock.today()
    if today <= proc.disclosure_end_date:
        raise Conflict(f"公示期至 {proc.disclosure_end_date} 结束，期满后方可结束公示", field="step")
    objections = session.exec(
        select(DisclosureObjection).where(DisclosureObjection.procedure_id == proc.id)
    ).all()
    if any(o.resolution is None for o in objections):
        raise Conflict("仍有未处理的公示异议", field="objection_id")
    detail = f"公示期 {proc.disclosure_start_date} 至 {proc.disclosure_end_date} 届满，" + (
        f"异议 {len(objections)} 件均已处理" if objections else "无异议"
    )
    service.finish_step(
        session,
        ctx,
        proc=proc,
        slip=slip,
        step=Step.DISCLOSURE,
        principal=principal,
        detail=detail,
        evidence={"objections": len(objections)},
    )
    service.record(session, slip, "disclosure_closed", principal, detail)


def vote(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: VoteIn, principal: Principal
) -> None:
    """One member's vote, cast with their own account."""
    service.require_step(proc, Step.APPROVAL)
    member = service.member_of(session, principal, proc)
    if member is None:
        raise Forbidden("只有本街道社会救助审批领导小组成员可以表决", field="slip_id")
    if session.exec(
        select(ApprovalVote).where(
            ApprovalVote.procedure_id == proc.id, ApprovalVote.username == member.username
        )
    ).first():
        raise Conflict("您已表决", field="vote")
    session.add(
        ApprovalVote(
            procedure_id=proc.id,
            username=member.username,
            name=member.name,
            vote=body.vote,
            opinion=body.opinion,
        )
    )
    session.flush()
    said = "同意" if body.vote == "approve" else "不同意"
    service.record(
        session,
        slip,
        "approval_voted",
        principal,
        f"{member.name}（{member.title}）表决：{said}；{body.opinion}",
    )


def deliver_denial(
    *, session: Session, ctx: Context, proc: Procedure, slip: Slip, body: DeliveryIn, principal: Principal
) -> None:
    """送达 of the 不予救助告知书: when and how."""
    _owner(principal, slip, "登记送达")
    if proc.decision != "denied":
        raise Conflict("只有不予救助的决定需要送达告知书", field="decision")
    if proc.denial_delivered_at is not None:
        raise Conflict("告知书已登记送达", field="delivered_date")
    today = ctx.clock.today()
    _not_future(body.delivered_date, today, "delivered_date")
    decided = beijing_date(proc.decided_at) if proc.decided_at else today
    if body.delivered_date < decided:
        raise Invalid("delivered_date 不能早于审批决定日", field="delivered_date")
    proc.denial_delivered_at, proc.denial_delivery = (
        utcnow(),
        f"{body.delivered_date.isoformat()} {body.method}",
    )
    session.add(proc)
    service.record(
        session,
        slip,
        "denial_delivered",
        principal,
        f"不予救助告知书 {proc.denial_number} 已送达：{proc.denial_delivery}",
    )
