"""Agents (代办员): accounts per village/community, the cases they submitted, their workload."""

from datetime import date, timedelta

from sqlmodel import Session, col, or_, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.errors import Forbidden, Invalid, NotFound
from services.common.identity import mask_id_number, normalize_id_number
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import FIELD_ROLES, ApplicationStatus, HomeTaskStatus, Role
from services.intake.accounts.service import create_account
from services.intake.agents.models import AgentProfile
from services.intake.agents.schemas import AgentCreate, AgentPublic, AgentWorkload
from services.intake.applications.ledger import ledger_rows
from services.intake.applications.models import Application
from services.intake.applications.schemas import LedgerRow
from services.intake.deadlines.service import CLOCK_STATUSES
from services.intake.homeservice.models import HomeTask
from services.intake.outreach.models import OutreachVisit

S = ApplicationStatus


def register_agent(*, session: Session, principal: Principal, body: AgentCreate) -> AgentProfile:
    """A login (role agent or grid_worker) and its profile, in one transaction."""
    if body.role not in FIELD_ROLES:
        raise Invalid("role 须为 agent（代办员）或 grid_worker（网格员）", field="role")
    if body.region not in REGIONS:
        raise Invalid(f"未知的区划代码 {body.region}", field="region")
    if not principal.can_see_region(body.region):
        raise Forbidden("无权在该区域登记代办员", field="region")
    id_number = normalize_id_number(body.id_number, field="id_number")
    create_account(
        session=session,
        username=body.username,
        display_name=body.name,
        role=body.role.value,
        region=body.region,
        password=body.password,
    )
    profile = AgentProfile(
        username=body.username,
        role=body.role.value,
        name=body.name,
        region=body.region,
        community=body.community,
        area=body.area,
        id_number=id_number,
        phone=body.phone,
    )
    session.add(profile)
    session.flush()
    return profile


def profile_of(*, session: Session, username: str) -> AgentProfile | None:
    return session.get(AgentProfile, username)


def own_profile(*, session: Session, principal: Principal) -> AgentProfile:
    """The caller's profile (an agent or grid worker account without one cannot work in the field)."""
    profile = session.get(AgentProfile, principal.subject)
    if profile is None or not profile.active:
        raise Forbidden("该账号未登记为代办员或网格员")
    return profile


def get_agent(*, session: Session, principal: Principal, username: str) -> AgentProfile:
    profile = session.get(AgentProfile, username)
    visible = profile is not None and (
        principal.subject == username
        if principal.role in FIELD_ROLES
        else principal.can_see_region(profile.region)
    )
    if not visible:
        raise NotFound(f"代办员 {username} 不存在", field="username")
    return profile


def _cases_query(profile: AgentProfile):
    # submitted by the agent itself, or registered at a window naming it as the applicant's agent
    return select(Application).where(
        or_(
            Application.first_responder_username == profile.username,
            Application.agent_id_number == profile.id_number,
        )
    )


def workload(*, session: Session, profile: AgentProfile, today: date) -> AgentWorkload:
    cases = session.exec(_cases_query(profile)).all()
    out = AgentWorkload(cases_total=len(cases))
    for app in cases:
        out.cases_open += app.status in (S.DRAFT, S.AWAITING_MATERIALS, S.ACCEPTED, S.IN_PROGRESS)
        concluded = app.status in (S.CONCLUDED, S.ARCHIVED) and app.concluded_date is not None
        out.cases_concluded += concluded
        out.concluded_on_time += concluded and (app.due_date is None or app.concluded_date <= app.due_date)
        out.cases_overdue += (
            app.status in CLOCK_STATUSES and app.due_date is not None and app.due_date < today
        )
    out.home_tasks_open = len(
        session.exec(
            select(HomeTask.id).where(
                HomeTask.assignee_username == profile.username, HomeTask.status == HomeTaskStatus.ASSIGNED
            )
        ).all()
    )
    out.visits_last_7_days = len(
        session.exec(
            select(OutreachVisit.id).where(
                OutreachVisit.visitor_username == profile.username,
                OutreachVisit.visit_date > today - timedelta(days=7),
            )
        ).all()
    )
    return out


def agent_public(*, session: Session, profile: AgentProfile, today: date) -> AgentPublic:
    role = Role(profile.role)
    return AgentPublic(
        username=profile.username,
        role=role,
        role_name=role.label,
        name=profile.name,
        region=profile.region,
        region_name=region_name(profile.region),
        community=profile.community,
        area=profile.area,
        id_number_masked=mask_id_number(profile.id_number),
        phone=profile.phone,
        active=profile.active,
        workload=workload(session=session, profile=profile, today=today),
    )


def list_agents(
    *,
    session: Session,
    principal: Principal,
    today: date,
    region: str | None = None,
    community: str | None = None,
) -> list[AgentPublic]:
    """Agents of the caller's region (a field worker sees only itself), with their workload."""
    query = select(AgentProfile).order_by(AgentProfile.region, AgentProfile.community, AgentProfile.username)
    if principal.role in FIELD_ROLES:
        query = query.where(AgentProfile.username == principal.subject)
    elif region:
        if not principal.can_see_region(region):
            raise Forbidden(f"无权查看区域 {region}", field="region")
        query = query.where(col(AgentProfile.region).startswith(region))
    elif principal.role not in (Role.ADMIN, Role.SERVICE):
        query = query.where(col(AgentProfile.region).startswith(principal.region))
    if community:
        query = query.where(col(AgentProfile.community).contains(community))
    return [agent_public(session=session, profile=p, today=today) for p in session.exec(query).all()]


def agent_cases(
    *, session: Session, calendar: WorkingDayCalendar, profile: AgentProfile, today: date
) -> list[LedgerRow]:
    """The cases an agent submitted or was named on, newest first (an agent sees only these)."""
    rows = session.exec(_cases_query(profile).order_by(col(Application.id).desc()).limit(500)).all()
    return ledger_rows(session, calendar, list(rows), today)
