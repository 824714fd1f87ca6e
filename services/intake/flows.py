"""Field work that becomes an application: a visit (走访) or a home-service task (上门服务) → registration;
and a visit's question → the consultation register (来访登记, channel 走访发现).

Each goes through the normal registration (applications.service.register: numbering, duplicate-aid
guard, deadlines, timeline; consultations.service.record: numbering, 首问责任人, one-time notice) with the
channel that says how the request came in.
"""

from datetime import date, datetime

from pydantic import ValidationError
from sqlalchemy import update
from sqlmodel import Session

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.errors import Conflict, Forbidden, Invalid
from services.common.regions import REGIONS
from services.common.vocabulary import Channel, ConsultationChannel, HomeTaskStatus, Role
from services.intake.agents.service import own_profile
from services.intake.applications.schemas import ApplicationCreate
from services.intake.applications.service import register
from services.intake.consultations import service as consultations
from services.intake.consultations.models import Consultation
from services.intake.consultations.schemas import ConsultationCreate
from services.intake.homeservice.models import HomeTask
from services.intake.homeservice.schemas import OnTheSpotApplication, StartedApplication
from services.intake.outreach.models import Household, OutreachVisit
from services.intake.outreach.schemas import VisitApplication, VisitConsultation


def _started(answer) -> StartedApplication:
    data = answer if isinstance(answer, dict) else answer.model_dump()
    return StartedApplication(
        application_id=data["id"],
        case_number=data["case_number"],
        status=str(data["status"]),
        notice_due_date=data["notice_due_date"],
    )


def _application(field_prefix: str, **data) -> ApplicationCreate:
    """The registration body; what the carried-over data lacks is a 422 naming the field to complete."""
    try:
        return ApplicationCreate(**data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise Invalid(
            f"代为申请的资料不完整：{where} {first.get('msg', '')}", field=f"{field_prefix}.{where}"
        ) from exc


def _agent_fields(session: Session, principal: Principal, authorisation: str | None) -> dict:
    """An agent applies in its own name with the household's signed authorisation (帮办代办)."""
    if not authorisation:
        raise Invalid("代办员代为申请须填写授权委托书", field="authorisation_document")
    profile = own_profile(session=session, principal=principal)
    return {
        "channel": Channel.AGENT,
        "agent": {
            "name": profile.name,
            "id_number": profile.id_number,
            "authorisation_document": authorisation,
        },
    }


def application_from_visit(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    visit: OutreachVisit,
    household: Household,
    body: VisitApplication,
    eligibility,
    transfer,
    today: date,
) -> StartedApplication:
    """Register an application for the visited household, its data carried over from the visit."""
    if visit.application_id is not None:
        raise Conflict("该走访已发起过申请", field="visit_id", application_id=visit.application_id)
    if not household.id_number:
        raise Invalid("走访对象缺少身份证号，请先补充后再代为申请", field="household.id_number")
    if principal.role == Role.AGENT:
        channel = _agent_fields(session, principal, body.authorisation_document)
    else:  # a grid worker or the window: the village/community hands it in (村居代为提交)
        channel = {"channel": Channel.COMMUNITY, "community_name": household.community}
    application = _application(
        "household",
        applicant={
            "name": household.head_name,
            "id_number": household.id_number,
            "phone": household.phone or "",
            "hukou_region": body.hukou_region or household.region,
        },
        members=body.members,
        difficulty=visit.situation,
        item_codes=body.item_codes,
        dont_know=body.dont_know,
        emergency=body.emergency,
        provided_materials=body.provided_materials,
        **channel,
    )
    answer = _started(
        register(
            session=session,
            calendar=calendar,
            principal=principal,
            body=application,
            eligibility=eligibility,
            transfer=transfer,
            today=today,
        )
    )
    visit.application_id = answer.application_id
    session.add(visit)
    return answer


def consultation_from_visit(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    visit: OutreachVisit,
    household: Household,
    body: VisitConsultation,
    eligibility,
    now: datetime,
) -> Consultation:
    """Record the visited household's question in the register, once per visit; the caller answers it."""
    if visit.consultation_id is not None:
        raise Conflict("该走访已登记过咨询", field="visit_id", consultation_id=visit.consultation_id)
    entry = ConsultationCreate(
        channel=ConsultationChannel.OUTREACH,
        visitor_name=household.head_name,
        contact=household.phone or "",
        id_number=household.id_number,
        hukou_region=household.region if household.region in REGIONS else None,
        matter=(body.matter or "").strip() or visit.situation,
        item_codes=body.item_codes,
        answer=body.answer,
        one_time_notice=body.one_time_notice,
        follow_up_days=body.follow_up_days,
    )
    row = consultations.record(
        session=session, calendar=calendar, principal=principal, body=entry, eligibility=eligibility, now=now
    )
    # claimed only if still unclaimed: two windows posting at once get one register entry, not two
    claimed = session.execute(
        update(OutreachVisit)
        .where(OutreachVisit.id == visit.id, OutreachVisit.consultation_id.is_(None))
        .values(consultation_id=row.id)
    ).rowcount
    if not claimed:
        session.refresh(visit)
        raise Conflict("该走访已登记过咨询", field="visit_id", consultation_id=visit.consultation_id)
    return row


def application_at_home(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    task: HomeTask,
    body: OnTheSpotApplication,
    eligibility,
    transfer,
    today: date,
) -> StartedApplication:
    """Register the application at the door (channel 上门服务登记); the task records it."""
    if task.status != HomeTaskStatus.ASSIGNED:
        raise Conflict(f"任务状态为“{HomeTaskStatus.label_of(task.status)}”，不能登记申请", field="status")
    if task.application_id is not None:
        raise Conflict("该上门服务已登记过申请", field="task_id", application_id=task.application_id)
    if principal.role not in (Role.WINDOW_STAFF, Role.AGENT, Role.SERVICE) or (
        principal.role == Role.AGENT and task.assignee_username != principal.subject
    ):
        raise Forbidden("只能由指派的工作人员或代办员上门登记")
    application = _application(
        "task",
        applicant={
            "name": task.person_name,
            "id_number": body.id_number,
            "phone": task.phone,
            "hukou_region": body.hukou_region,
        },
        members=body.members,
        difficulty=body.difficulty or task.matter,
        item_codes=body.item_codes,
        dont_know=body.dont_know,
        emergency=body.emergency,
        provided_materials=body.provided_materials,
        channel=Channel.HOME,
    )
    answer = _started(
        register(
            session=session,
            calendar=calendar,
            principal=principal,
            body=application,
            eligibility=eligibility,
            transfer=transfer,
            today=today,
        )
    )
    task.application_id = answer.application_id
    session.add(task)
    return answer
