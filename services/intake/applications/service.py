"""Registering applications, the audited status machine, the case view and the ledger."""

from datetime import date, timedelta
from uuid import uuid4

from sqlalchemy import text
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import utcnow
from services.common.db import is_postgres
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, ProblemError, ServiceUnavailable
from services.common.idempotency import find_replay, remember
from services.common.identity import normalize_id_number, normalize_phone
from services.common.regions import region as region_of
from services.common.vocabulary import FIELD_ROLES, ApplicationStatus, Channel, Role
from services.intake.applications import guard
from services.intake.applications.audit import log_access, timeline
from services.intake.applications.ledger import NEAR_DUE_DAYS
from services.intake.applications.models import (
    Application,
    ApplicationItem,
    ApplicationMember,
    StatusChange,
)
from services.intake.applications.numbering import next_value
from services.intake.applications.schemas import (
    ApplicationCreate,
    DuplicateCheckResult,
    RegistrationPublic,
)
from services.intake.audit import service as read_audit
from services.intake.deadlines import service as deadlines
from services.intake.deadlines.service import load_calendar
from services.intake.handoff.models import IntakeIdempotency
from services.intake.outreach import watch

S = ApplicationStatus
# the status machine: anything else is a 409
TRANSITIONS: dict[str, set[ApplicationStatus]] = {
    S.DRAFT: {S.AWAITING_MATERIALS, S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN},
    S.AWAITING_MATERIALS: {S.ACCEPTED, S.NOT_ACCEPTED, S.WITHDRAWN},
    S.ACCEPTED: {S.IN_PROGRESS, S.CONCLUDED, S.WITHDRAWN},
    S.IN_PROGRESS: {S.CONCLUDED, S.WITHDRAWN},
    S.CONCLUDED: {S.ARCHIVED},
    S.NOT_ACCEPTED: {S.ARCHIVED},
    S.WITHDRAWN: {S.ARCHIVED},
    S.ARCHIVED: set(),
}


def catalogue(eligibility) -> dict:
    """Item code -> ItemPublic from the eligibility catalogue."""
    return {item.code: item for item in eligibility.list_items()}


def check_items(codes: list[str], items: dict, field: str = "item_codes") -> None:
    for i, code in enumerate(codes):
        if code not in items:
            raise Invalid(f"未知的救助事项: {code}", field=f"{field}[{i}]")
    if len(set(codes)) != len(codes):
        raise Invalid("救助事项重复", field=field)


def check_materials(codes: list[str], items: dict, field: str = "provided_materials") -> None:
    """Every material code is one the catalogue asks for in some item (a typo would never match a checklist)."""
    known = {m.code for item in items.values() for m in item.materials}
    for i, code in enumerate(codes):
        if code not in known:
            raise Invalid(f"未知的材料: {code}", field=f"{field}[{i}]")


def transition(
    *, session: Session, app: Application, to: ApplicationStatus, principal: Principal, reason: str = ""
) -> None:
    """Move the case along the status machine, with who/when/why in the history."""
    if to not in TRANSITIONS[app.status]:
        raise Conflict(
            f"不能从“{S.label_of(app.status)}”变为“{to.label}”", field="status", current_status=app.status
        )
    session.add(
        StatusChange(
            application_id=app.id,
            from_status=app.status,
            to_status=to,
            actor=principal.subject,
            actor_name=principal.name,
            reason=reason,
        )
    )
    app.status = to.value  # the column stays a plain string
    app.updated_at = utcnow()
    session.add(app)
    # 主动发现: a household not accepted goes on the watch list, in this same transaction
    watch.on_status_change(session=session, app=app, to=to, reason=reason)


def _normalise(body: ApplicationCreate) -> tuple[str, list[tuple[str, str, str]]]:
    applicant_id = normalize_id_number(body.applicant.id_number, field="applicant.id_number")
    members, seen = [], {applicant_id}
    for i, m in enumerate(body.members):
        number = normalize_id_number(m.id_number, field=f"members[{i}].id_number")
        if number in seen:
            raise Invalid("家庭成员身份证号码重复", field=f"members[{i}].id_number")
        seen.add(number)
        members.append((m.name, number, m.relation))
    return applicant_id, members


def _channel_fields(body: ApplicationCreate) -> dict:
    # the household's village/community (村居) is kept for every channel: 公示 lists it (seed 004)
    community = {"community_name": body.community_name.strip()} if (body.community_name or "").strip() else {}
    if body.channel == Channel.AGENT:
        if body.agent is None:
            raise Invalid("代办申请须填写代办人身份和授权委托书", field="agent")
        return community | {
            "agent_name": body.agent.name,
            "agent_authorisation": body.agent.authorisation_document,
            "agent_id_number": normalize_id_number(body.agent.id_number, field="agent.id_number"),
        }
    if body.channel == Channel.COMMUNITY and not community:
        raise Invalid("村居代为提交须填写村居名称", field="community_name")
    return community


def check_duplicates(
    *,
    session: Session,
    eligibility,
    transfer,
    id_numbers: list[str],
    item_codes: list[str],
    today: date,
    principal: Principal | None = None,
    audit_secret: str = "",
) -> DuplicateCheckResult:
    """The guard's findings for a household and items, without registering anything (each ID audited)."""
    ids = [normalize_id_number(n, field=f"id_numbers[{i}]") for i, n in enumerate(id_numbers)]
    # the other services first: no transaction is open while they answer
    items = catalogue(eligibility)
    check_items(item_codes, items)
    grants, incomplete = guard.grant_findings(
        transfer=transfer, id_numbers=ids, item_codes=item_codes, catalogue=items, today=today
    )
    for number in ids if principal else []:
        read_audit.record(
            session=session,
            principal=principal,
            action="duplicate_check",
            filters=f"item_codes={','.join(item_codes)}",
            looked_up=number,
            secret=audit_secret,
        )
    findings = guard.case_findings(
        session=session, id_numbers=ids, item_codes=item_codes, catalogue=items, today=today
    )
    return DuplicateCheckResult(findings=findings + grants, grant_check_incomplete=incomplete)


def register(
    *,
    session: Session,
    principal: Principal,
    body: ApplicationCreate,
    eligibility,
    transfer,
    today: date,
    calendar: WorkingDayCalendar | None = None,
    idempotency_key: str | None = None,
) -> RegistrationPublic:
    """Register a request (never refused); Idempotency-Key replays the first answer.

    In three phases, so that no transaction is open across another service's answer and the street's
    case-number counter is locked only for the commit: (1) checks that need nothing but the body,
    (2) the calls to eligibility and transfer, (3) the transaction, the number taken last.
    """
    raw = body.model_dump(mode="json")
    scope = f"{principal.subject}:register"
    if principal.role not in (Role.WINDOW_STAFF, *FIELD_ROLES, Role.SERVICE) or not principal.region:
        raise Forbidden("只有窗口工作人员、代办员和网格员可以登记申请")
    applicant_id, members = _normalise(body)
    channel = _channel_fields(body)
    if not body.item_codes and not body.dont_know:
        raise Invalid("请选择申请的救助事项，或选择“不清楚”由窗口推荐", field="item_codes")
    received = body.received_date or today
    if received > today or received < today - timedelta(days=366):
        raise Invalid("受理登记日期不能晚于今天或早于一年前", field="received_date")
    ids = [applicant_id] + [m[1] for m in members]
    # (2) the other services, before any statement: SQLite would hold its write lock across them
    try:
        items = catalogue(eligibility)
    except ServiceUnavailable:
        items = None  # the window may not refuse: register now, confirm the items once the catalogue is back
    known = items or {}
    grants, incomplete = guard.grant_findings(
        transfer=transfer,
        id_numbers=ids,
        item_codes=body.item_codes,
        catalogue=known,
        today=today,
    )
    suggestions = []
    if body.dont_know:
        try:
            suggestions = [s.model_dump() for s in eligibility.suggest(body.difficulty).suggestions]
        except ProblemError:
            suggestions = []  # the window still registers; staff pick items later
    # (3) the transaction
    if idempotency_key and is_postgres(session):
        # two simultaneous requests with one key queue here, so the second replays the first's answer
        session.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"{scope}:{idempotency_key}"}
        )
    replay = find_replay(session, IntakeIdempotency, scope=scope, key=idempotency_key, body=raw)
    if replay:
        return RegistrationPublic.model_validate(replay[1])
    if items is not None:
        check_items(body.item_codes, items)
        check_materials(body.provided_materials, items)
    findings = (
        guard.case_findings(
            session=session, id_numbers=ids, item_codes=body.item_codes, catalogue=known, today=today
        )
        + grants
    )
    incomplete = (
        incomplete or items is None
    )  # without the catalogue, mutually exclusive items were not checked
    if findings and body.duplicate_acknowledgement is None:
        raise Conflict(
            "发现同一家庭已有相同或互斥事项的在办案件或救助记录，请核实后填写继续受理的理由",
            field="duplicate_acknowledgement",
            findings=findings,
        )
    calendar = calendar or load_calendar(session=session)
    reg = region_of(principal.region)
    prefix = reg.prefix if reg else principal.region
    app = Application(
        case_number=f"~{uuid4().hex}",  # provisional: the number is taken last (see numbering.py)
        window_region=principal.region,
        window_level="district" if principal.is_district else "town",
        applicant_name=body.applicant.name,
        applicant_id_number=applicant_id,
        phone=normalize_phone(body.applicant.phone),  # the searched form (台账 by phone)
        hukou_region=body.applicant.hukou_region,
        difficulty=body.difficulty,
        emergency=body.emergency,
        dont_know=body.dont_know or items is None,
        suggestions=suggestions,
        channel=body.channel.value,
        first_responder_username=principal.subject,
        first_responder_name=principal.name,
        received_date=received,
        notice_due_date=received,
        provided_materials=sorted(set(body.provided_materials)),
        duplicate_findings=findings,
        duplicate_check_incomplete=incomplete,
        duplicate_ack_reason=body.duplicate_acknowledgement.reason
        if findings and body.duplicate_acknowledgement
        else None,
        **channel,
    )
    if items is not None:  # known before the first INSERT, so that it needs no UPDATE afterwards
        app.time_limit_days = _longest_limit(body.item_codes, items)
    # a new case has no acceptance yet: its notice due date needs the calendar only, no query
    deadlines.recompute(session=session, calendar=calendar, app=app, today=today)
    session.add(app)
    session.flush()
    session.add(
        ApplicationMember(
            application_id=app.id, name=body.applicant.name, id_number=applicant_id, relation="本人"
        )
    )
    for name, number, relation in members:
        session.add(ApplicationMember(application_id=app.id, name=name, id_number=number, relation=relation))
    if items is not None:
        _set_items(session, app, body.item_codes, items, fresh=True)
    session.add(
        StatusChange(
            application_id=app.id,
            to_status=S.DRAFT.value,
            actor=principal.subject,
            actor_name=principal.name,
            reason=f"{body.channel.label}登记",
        )
    )
    timeline(
        session,
        app,
        "registered",
        f"{principal.name}登记申请（{body.channel.label}），首问责任人：{principal.name}",
        principal.subject,
    )
    if items is None and body.item_codes:
        timeline(
            session,
            app,
            "items_pending",
            f"救助事项目录暂不可用，申请已登记；申请事项待目录恢复后确认：{'、'.join(body.item_codes)}",
            principal.subject,
        )
    if findings:
        timeline(
            session,
            app,
            "duplicate_acknowledged",
            f"重复救助提示{len(findings)}条，经办人确认继续：{app.duplicate_ack_reason}",
            principal.subject,
        )
    log_access(session, app, principal, "create")
    # last: the street's number (its counter row stays locked until this transaction commits)
    seq = next_value(session=session, scope="case", region=principal.region, year=received.year)
    app.case_number = f"{prefix}-{received.year}-{seq:05d}"
    session.flush()
    answer = RegistrationPublic(
        id=app.id,
        case_number=app.case_number,
        status=app.status,
        notice_due_date=app.notice_due_date,
        suggestions=suggestions,
        duplicate_findings=findings,
        duplicate_check_incomplete=incomplete,
    )
    remember(
        session,
        IntakeIdempotency,
        scope=scope,
        key=idempotency_key,
        body=raw,
        status_code=201,
        response=answer.model_dump(mode="json"),
    )
    return answer


def _set_items(
    session: Session, app: Application, codes: list[str], items: dict, fresh: bool = False
) -> None:
    if not fresh:  # a new case has no items to replace
        for old in session.exec(
            select(ApplicationItem).where(ApplicationItem.application_id == app.id)
        ).all():
            session.delete(old)
    for code in codes:
        item = items[code]
        session.add(
            ApplicationItem(
                application_id=app.id,
                item_code=code,
                item_name=item.name,
                case_type=item.case_type,
                time_limit_days=_limit(item),
                exclusive_with=list(item.exclusive_with),
            )
        )
    app.time_limit_days = _longest_limit(codes, items)
    session.flush()


def _longest_limit(codes: list[str], items: dict) -> int | None:
    """One case, one promise: the longest limit of its items (an immediate item counts 0 days)."""
    limits = [_limit(items[code]) for code in codes]
    return max(limits) if limits else None


def _limit(item) -> int:
    return 0 if item.case_type == "immediate" else (item.time_limit_days or deadlines.DEFAULT_LIMIT)


def set_items(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    principal: Principal,
    item_codes: list[str],
    eligibility,
    today: date,
) -> None:
    """Choose the items after "don't know" (before acceptance only)."""
    if app.status != S.DRAFT:
        raise Conflict("只有尚未告知、受理的申请可以修改救助事项", field="status")
    items = catalogue(eligibility)
    check_items(item_codes, items)
    _set_items(session, app, item_codes, items)
    names = "、".join(items[c].name for c in item_codes)
    timeline(session, app, "items_set", f"确定申请事项：{names}", principal.subject)
    log_access(session, app, principal, "update_items")
    deadlines.recompute(session=session, calendar=calendar, app=app, today=today)


def get_visible(
    *, session: Session, principal: Principal, application_id: int, lock: bool = False
) -> Application:
    """The case if the caller's region covers it (404 otherwise, so numbers are not probed)."""
    query = select(Application).where(Application.id == application_id)
    if lock:
        query = query.with_for_update()
    app = session.exec(query).first()
    if app is None or not principal.can_see_region(app.window_region):
        raise NotFound(f"申请 {application_id} 不存在", field="id")
    # an archived case is read-only for staff (transfer's events are still recorded on its timeline)
    if lock and app.status == S.ARCHIVED and principal.role != "service":
        raise Conflict(f"案件 {app.case_number} 已归档，只读", field="id", current_status=app.status)
    return app


def items_of(session: Session, app: Application) -> list[ApplicationItem]:
    return list(
        session.exec(
            select(ApplicationItem)
            .where(ApplicationItem.application_id == app.id)
            .order_by(ApplicationItem.id)
        ).all()
    )


def members_of(session: Session, app: Application) -> list[ApplicationMember]:
    return list(
        session.exec(
            select(ApplicationMember)
            .where(ApplicationMember.application_id == app.id)
            .order_by(ApplicationMember.id)
        ).all()
    )


def withdraw(*, session: Session, app: Application, principal: Principal, reason: str) -> None:
    transition(session=session, app=app, to=S.WITHDRAWN, principal=principal, reason=reason)
    timeline(session, app, "withdrawn", f"申请人撤回：{reason}", principal.subject)
    log_access(session, app, principal, "withdraw")


def not_accept(
    *, session: Session, app: Application, principal: Principal, reason: str, legal_basis: str
) -> None:
    """Not accepted, with the legal reason (printable notice for the applicant)."""
    transition(
        session=session, app=app, to=S.NOT_ACCEPTED, principal=principal, reason=f"{reason}（{legal_basis}）"
    )
    app.not_accept_reason, app.not_accept_basis = reason, legal_basis
    app.due_date, app.due_warnings = None, []
    timeline(session, app, "not_accepted", f"不予受理：{reason}；依据：{legal_basis}", principal.subject)
    log_access(session, app, principal, "not_accept")


def archive(*, session: Session, app: Application, principal: Principal) -> None:
    transition(session=session, app=app, to=S.ARCHIVED, principal=principal, reason="资料归档")
    timeline(session, app, "archived", "资料归档", principal.subject)


def deadline_state(
    calendar: WorkingDayCalendar, app: Application, today: date
) -> tuple[int | None, bool, bool]:
    """Working days left while the clock runs (else None), overdue, near due."""
    left = deadlines.days_left(calendar, app, today) if app.status in deadlines.CLOCK_STATUSES else None
    return left, left is not None and left < 0, left is not None and 0 <= left <= NEAR_DUE_DAYS
