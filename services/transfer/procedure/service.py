"""The item procedure's configuration, approval groups, start, step bookkeeping, access and view."""

import json
from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import utcnow
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import SlipKind
from services.transfer.procedure.models import (
    ApprovalMember,
    Procedure,
    ProcedureConfig,
    ProcedureStep,
)
from services.transfer.procedure.schemas import (
    ApprovalGroupIn,
    ApprovalGroupPublic,
    ConfigIn,
    ConfigPublic,
    Investigator,
    MemberIn,
    StepSetting,
)
from services.transfer.procedure.steps import (
    DEFAULT_DAYS,
    DISCLOSURE_DAYS,
    ORDER,
    REPORT_DAYS,
    Step,
)
from services.transfer.slips import notify, queries
from services.transfer.slips.issuing import Context
from services.transfer.slips.models import Slip, TransferCase

ITEM_KINDS = (SlipKind.DISPATCH, SlipKind.HAND_OVER)  # a street office received the item to handle
STARTABLE = ("acknowledged", "opinion_given")


# configuration (administrator) -------------------------------------------------------------------


def _street(region: str) -> str:
    if region not in REGIONS or len(region) != 9:
        raise Invalid(f"{region} 不是已知的镇街区划代码", field="region")
    return region


def full_steps(steps: list[StepSetting]) -> list[StepSetting]:
    """Every step in order; a step not listed is off, a limit not given is the seeds' default."""
    given = {s.step: s for s in steps}
    out = []
    for step in ORDER:
        s = given.get(step, StepSetting(step=step, enabled=False))
        days = s.working_days if s.working_days is not None else DEFAULT_DAYS[step]
        out.append(StepSetting(step=step, enabled=s.enabled, working_days=days))
    return out


def default_config() -> ConfigIn:
    """The seeds' procedure: every step on, default limits."""
    return ConfigIn(steps=full_steps([StepSetting(step=s) for s in ORDER]))


def _config_public(row: ProcedureConfig) -> ConfigPublic:
    return ConfigPublic(
        item_code=row.item_code,
        region=row.region,
        region_name=region_name(row.region),
        enabled=row.enabled,
        steps=[StepSetting(**s) for s in json.loads(row.steps)],
        disclosure_days=row.disclosure_days,
        report_days=row.report_days,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def set_config(
    *, session: Session, item_code: str, region: str, body: ConfigIn, principal: Principal
) -> ConfigPublic:
    """Switch an item's steps on or off in a street and set their limits (running procedures keep theirs)."""
    _street(region)
    steps = full_steps(body.steps)
    on = {s.step for s in steps if s.enabled}
    if body.enabled and Step.APPROVAL not in on:
        raise Invalid("办理流程须包含审批环节", field="steps")
    if Step.DISCLOSURE in on and Step.REVIEW not in on:
        raise Invalid("公示的是审核意见：开启公示须同时开启审核", field="steps")
    row = session.exec(
        select(ProcedureConfig).where(
            ProcedureConfig.item_code == item_code, ProcedureConfig.region == region
        )
    ).first() or ProcedureConfig(item_code=item_code, region=region, steps="[]", updated_by="")
    row.enabled, row.disclosure_days, row.report_days = body.enabled, body.disclosure_days, body.report_days
    row.steps = json.dumps([s.model_dump(mode="json") for s in steps])
    row.updated_by, row.updated_at = principal.subject, utcnow()
    session.add(row)
    session.flush()
    return _config_public(row)


def list_configs(*, session: Session, region: str | None) -> list[ConfigPublic]:
    """Every configured item and street (optionally below a region)."""
    query = select(ProcedureConfig).order_by(ProcedureConfig.region, ProcedureConfig.item_code)
    if region:
        query = query.where(ProcedureConfig.region.startswith(region))
    return [_config_public(r) for r in session.exec(query).all()]


def config_for(session: Session, slip: Slip) -> ProcedureConfig | None:
    """The switched-on configuration that governs this item slip, if any."""
    if slip.kind not in ITEM_KINDS or len(slip.receiver_region) != 9:
        return None
    return session.exec(
        select(ProcedureConfig).where(
            ProcedureConfig.item_code == slip.item_code,
            ProcedureConfig.region == slip.receiver_region,
            ProcedureConfig.enabled.is_(True),
        )
    ).first()


def set_group(*, session: Session, region: str, body: ApprovalGroupIn) -> ApprovalGroupPublic:
    """Replace a street's approval group; past votes keep the names they were cast with."""
    _street(region)
    for old in session.exec(select(ApprovalMember).where(ApprovalMember.region == region)).all():
        session.delete(old)
    session.flush()
    for m in body.members:
        session.add(ApprovalMember(region=region, username=m.username, name=m.name, title=m.title))
    session.flush()
    return get_group(session=session, region=region)


def group_members(session: Session, region: str) -> list[ApprovalMember]:
    """The active members of a street's approval group."""
    return list(
        session.exec(
            select(ApprovalMember)
            .where(ApprovalMember.region == region, ApprovalMember.active.is_(True))
            .order_by(ApprovalMember.id)
        ).all()
    )


def get_group(*, session: Session, region: str) -> ApprovalGroupPublic:
    """A street's approval group."""
    _street(region)
    members = [
        MemberIn(username=m.username, name=m.name, title=m.title) for m in group_members(session, region)
    ]
    return ApprovalGroupPublic(region=region, region_name=region_name(region), members=members)


# the run of one procedure -----------------------------------------------------------------------


def settings_of(proc: Procedure) -> dict:
    """The configuration snapshot taken at start."""
    return json.loads(proc.settings)


def step_days(proc: Procedure, step: Step) -> int | None:
    return next(s["working_days"] for s in settings_of(proc)["steps"] if s["step"] == step)


def steps_of(session: Session, proc: Procedure) -> list[ProcedureStep]:
    return list(
        session.exec(
            select(ProcedureStep)
            .where(ProcedureStep.procedure_id == proc.id)
            .order_by(ProcedureStep.position)
        ).all()
    )


def step_row(session: Session, proc: Procedure, step: Step) -> ProcedureStep:
    return session.exec(
        select(ProcedureStep).where(ProcedureStep.procedure_id == proc.id, ProcedureStep.step == step)
    ).one()


def start(*, session: Session, ctx: Context, slip_id: int, principal: Principal) -> Procedure:
    """Open the procedure of an item slip its street handles in full; the first deadlines run from acceptance."""
    slip = _locked_slip(session, slip_id, principal)
    if not is_owner(principal, slip):
        raise Forbidden("只有承办本事项的街道部门可以启动办理流程", field="slip_id")
    config = config_for(session, slip)
    if config is None:
        raise Conflict("本街道的该事项未开启办理流程，请以办理结果登记决定", field="slip_id")
    if session.exec(select(Procedure).where(Procedure.slip_id == slip.id)).first():
        raise Conflict("办理流程已启动", field="slip_id")
    if slip.state not in STARTABLE:
        raise Conflict("请先签收通知单，再启动办理流程", field="slip_id", state=slip.state)
    case = session.get(TransferCase, slip.case_id)
    public = _config_public(config)
    snapshot = {
        "steps": [s.model_dump(mode="json") for s in public.steps],
        "disclosure_days": public.disclosure_days or DISCLOSURE_DAYS,
        "report_days": public.report_days if public.report_days is not None else REPORT_DAYS,
    }
    proc = Procedure(
        slip_id=slip.id,
        case_id=slip.case_id,
        item_code=slip.item_code,
        region=slip.receiver_region,
        settings=json.dumps(snapshot),
        current_step="",
        started_date=case.accepted_date,
        started_by=principal.subject,
    )
    session.add(proc)
    session.flush()
    enabled = {s.step for s in public.steps if s.enabled}
    for position, setting in enumerate(public.steps):
        row = ProcedureStep(
            procedure_id=proc.id,
            step=setting.step,
            position=position,
            status="pending" if setting.step in enabled else "skipped",
        )
        if setting.step in enabled and setting.step in (Step.AUTHORISATION, Step.INVESTIGATION):
            # seed 002 annex 2: the visit within 2 working days of acceptance; the pledge comes before it
            row.due_date = ctx.calendar.add_working_days(case.accepted_date, setting.working_days).due_date
        if setting.step == Step.APPROVAL:
            row.due_date = slip.item_due_date  # decided within the item's own time limit
        session.add(row)
    session.flush()
    _activate_next(session, ctx, proc, slip)
    record(
        session,
        slip,
        "procedure_started",
        principal,
        "启动办理流程：" + "→".join(Step(s.step).label for s in public.steps if s.enabled),
    )
    return proc


def _activate_next(session: Session, ctx: Context, proc: Procedure, slip: Slip) -> None:
    """The first step not done becomes active, with its deadline from today if it has none yet."""
    today = ctx.clock.today()
    for row in steps_of(session, proc):
        if row.status in ("done", "skipped"):
            continue
        row.status = "active"
        if row.due_date is None:
            days = step_days(proc, Step(row.step)) or 0
            base = proc.disclosure_end_date if row.step == Step.DISCLOSURE else today
            row.due_date = ctx.calendar.add_working_days(base or today, days).due_date
        session.add(row)
        proc.current_step = row.step
        break
    else:
        proc.current_step = "done"
    proc.updated_at = utcnow()
    session.add(proc)
    session.flush()


def finish_step(
    session: Session,
    ctx: Context,
    *,
    proc: Procedure,
    slip: Slip,
    step: Step,
    principal: Principal,
    detail: str,
    evidence: dict,
    signer_names: str | None = None,
) -> None:
    """Record who finished a step, when, with what; then the next step starts its clock."""
    row = step_row(session, proc, step)
    row.status, row.done_at, row.done_by = "done", utcnow(), principal.subject
    row.done_by_name = signer_names or principal.name or principal.subject
    row.detail, row.evidence = detail, json.dumps(evidence, ensure_ascii=False, default=str)
    session.add(row)
    session.flush()
    _activate_next(session, ctx, proc, slip)


def require_step(proc: Procedure, step: Step) -> None:
    """Out of order is a 409 naming the step that is due now."""
    if proc.current_step != step:
        current = (
            "已全部完成" if proc.current_step == "done" else f"当前环节为“{Step(proc.current_step).label}”"
        )
        raise Conflict(f"{current}，不能办理“{step.label}”", field="step", current_step=proc.current_step)


def record(session: Session, slip: Slip, intake_kind: str, principal: Principal | str, detail: str) -> None:
    """The step on the slip's history and, in the same transaction, on the window's case timeline."""
    actor = principal if isinstance(principal, str) else (principal.name or principal.subject)
    notify.record(session, slip, kind="procedure", intake_kind=intake_kind, actor=actor, detail=detail)


# access -----------------------------------------------------------------------------------------


def is_owner(principal: Principal, slip: Slip) -> bool:
    """The receiving street office's staff (the reviewer) act for the department."""
    return principal.role == "department_staff" and principal.department_id == slip.receiver_id


def investigators_of(proc: Procedure) -> list[Investigator]:
    return [Investigator(**i) for i in json.loads(proc.investigators)]


def is_investigator(principal: Principal, proc: Procedure) -> bool:
    """An assigned investigator, or staff of the third-party organisation entrusted with the visit."""
    if proc.third_party_id:
        return principal.role == "department_staff" and principal.department_id == proc.third_party_id
    return principal.role != "partner" and principal.subject in {i.username for i in investigators_of(proc)}


def member_of(session: Session, principal: Principal, proc: Procedure) -> ApprovalMember | None:
    """The caller's seat in the owning street's approval group (their own account, their own street)."""
    if principal.region != proc.region or principal.role == "partner":
        return None
    return next((m for m in group_members(session, proc.region) if m.username == principal.subject), None)


def _locked_slip(session: Session, slip_id: int, principal: Principal) -> Slip:
    slip = session.exec(select(Slip).where(Slip.id == slip_id).with_for_update()).first()
    if slip is None:
        raise NotFound(f"通知单 {slip_id} 不存在", field="slip_id")
    return slip


def for_slip(
    session: Session, slip_id: int, principal: Principal, *, lock: bool = False
) -> tuple[Procedure, Slip]:
    """The procedure of an item slip, if the caller may see it (404 otherwise); locked for a write."""
    slip = session.get(Slip, slip_id)
    query = select(Procedure).where(Procedure.slip_id == slip_id)
    proc = session.exec(query.with_for_update() if lock else query).first() if slip else None
    if proc is None or not may_read(session, principal, proc, slip):
        raise NotFound(f"通知单 {slip_id} 没有办理流程", field="slip_id")
    return proc, slip


def may_read(session: Session, principal: Principal, proc: Procedure, slip: Slip) -> bool:
    """Whoever sees the slip, the investigators, the approval group and the checking body; the district reads all."""
    return (
        queries.can_see(session, principal, slip)
        or is_investigator(principal, proc)
        or member_of(session, principal, proc) is not None
        or _checks_it(session, principal, proc)
    )


def _checks_it(session: Session, principal: Principal, proc: Procedure) -> bool:
    # the checking body reads what it checks for, the signed authorisation above all
    if proc.check_slip_id is None or principal.role not in ("department_staff", "partner"):
        return False
    return principal.department_id == session.get(Slip, proc.check_slip_id).receiver_id


def facts_of(proc: Procedure) -> dict:
    """Declared facts, overridden by what the visit found, overridden by what the 核对 verified."""
    return {
        **json.loads(proc.declared_facts),
        **json.loads(proc.investigated_facts),
        **json.loads(proc.verified_facts),
    }


def overdue(row: ProcedureStep, today: date) -> bool:
    return row.status in ("pending", "active") and row.due_date is not None and row.due_date < today
