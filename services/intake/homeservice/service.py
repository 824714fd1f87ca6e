"""Home-service tasks (上门服务): created by a window, assigned to staff or an agent, result recorded."""

from datetime import date

from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.clock import utcnow
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.observability import mask_personal_data
from services.common.regions import REGIONS
from services.common.vocabulary import FIELD_ROLES, HomeServiceReason, HomeTaskStatus, Role
from services.intake.accounts.models import StaffAccount
from services.intake.homeservice.models import HomeTask
from services.intake.homeservice.schemas import HomeTaskCreate, HomeTaskPublic, HomeTaskResult

T = HomeTaskStatus
ASSIGNABLE_ROLES = (Role.WINDOW_STAFF, Role.AGENT, Role.GRID_WORKER)


def task_public(t: HomeTask) -> HomeTaskPublic:
    reason, status = HomeServiceReason(t.reason), HomeTaskStatus(t.status)
    return HomeTaskPublic(
        id=t.id,
        region=t.region,
        person_name=t.person_name,
        phone_masked=mask_personal_data(t.phone),
        address=t.address,
        reason=reason,
        reason_name=reason.label,
        matter=t.matter,
        requested_date=t.requested_date,
        status=status,
        status_name=status.label,
        assignee_username=t.assignee_username,
        assignee_name=t.assignee_name,
        result=t.result,
        visited_date=t.visited_date,
        application_id=t.application_id,
        created_by=t.created_by,
    )


def create_task(*, session: Session, principal: Principal, body: HomeTaskCreate, today: date) -> HomeTask:
    """A window (or an agent, for someone in its village) asks for a home visit."""
    region = body.region or (principal.region if len(principal.region) == 9 else "")
    if region not in REGIONS or len(region) != 9:
        raise Invalid("请选择上门服务所在的镇街", field="region")
    if not principal.can_see_region(region):
        raise Forbidden("无权在该区域登记上门服务", field="region")
    requested = body.requested_date or today
    if requested < today:
        raise Invalid("上门日期不能早于今天", field="requested_date")
    task = HomeTask(
        region=region,
        person_name=body.person_name,
        phone=body.phone,
        address=body.address,
        reason=body.reason.value,
        matter=body.matter,
        requested_date=requested,
        created_by=principal.subject,
    )
    if principal.role in FIELD_ROLES:  # an agent who asks for it does it
        task.status, task.assignee_username, task.assignee_name = (
            T.ASSIGNED.value,
            principal.subject,
            principal.name,
        )
    session.add(task)
    session.flush()
    return task


def _scoped(query, principal: Principal, region: str | None):
    if principal.role in FIELD_ROLES:
        return query.where(HomeTask.assignee_username == principal.subject)
    if region:
        if not principal.can_see_region(region):
            raise Forbidden(f"无权查看区域 {region}", field="region")
        return query.where(col(HomeTask.region).startswith(region))
    if principal.role in (Role.ADMIN, Role.SERVICE):
        return query
    return query.where(col(HomeTask.region).startswith(principal.region))


def list_tasks(
    *, session: Session, principal: Principal, status: HomeTaskStatus | None = None, region: str | None = None
) -> list[HomeTask]:
    """Tasks of the caller's region; an agent or grid worker sees only those assigned to it."""
    query = _scoped(select(HomeTask), principal, region).order_by(HomeTask.requested_date, HomeTask.id)
    if status:
        query = query.where(HomeTask.status == status.value)
    return list(session.exec(query.limit(500)).all())


def get_task(*, session: Session, principal: Principal, task_id: int) -> HomeTask:
    task = session.exec(_scoped(select(HomeTask).where(HomeTask.id == task_id), principal, None)).first()
    if task is None:
        raise NotFound(f"上门服务任务 {task_id} 不存在", field="task_id")
    return task


def assign(*, session: Session, task: HomeTask, principal: Principal, username: str) -> HomeTask:
    """Window staff give an open (or reassign an assigned) task to a colleague or agent of the town."""
    if principal.role in FIELD_ROLES:
        raise Forbidden("上门服务任务由窗口工作人员指派")
    if task.status not in (T.OPEN, T.ASSIGNED):
        raise Conflict(f"任务状态为“{T.label_of(task.status)}”，不能指派", field="status")
    account = session.exec(select(StaffAccount).where(StaffAccount.username == username)).first()
    if (
        account is None
        or not account.active
        or account.role not in ASSIGNABLE_ROLES
        or not account.region
        or not task.region.startswith(account.region)
    ):
        raise Invalid("只能指派给本镇街的窗口工作人员或代办员", field="assignee_username")
    task.assignee_username, task.assignee_name = account.username, account.display_name
    task.status, task.updated_at = T.ASSIGNED.value, utcnow()
    session.add(task)
    session.flush()
    return task


def _may_act(task: HomeTask, principal: Principal) -> None:
    if task.status != T.ASSIGNED:
        raise Conflict(f"任务状态为“{T.label_of(task.status)}”，请先指派", field="status")
    if principal.role in FIELD_ROLES and task.assignee_username != principal.subject:
        raise Forbidden("只能处理指派给自己的上门服务任务")


def record_result(
    *, session: Session, task: HomeTask, principal: Principal, body: HomeTaskResult, today: date
) -> HomeTask:
    """The visit happened: its result closes the task."""
    _may_act(task, principal)
    visited = body.visited_date or today
    if visited > today:
        raise Invalid("上门日期不能晚于今天", field="visited_date")
    task.result, task.visited_date = body.result, visited
    task.status, task.updated_at = T.DONE.value, utcnow()
    session.add(task)
    session.flush()
    return task


def cancel(*, session: Session, task: HomeTask, principal: Principal) -> HomeTask:
    if principal.role in FIELD_ROLES:
        raise Forbidden("上门服务任务由窗口工作人员取消")
    if task.status in (T.DONE, T.CANCELLED):
        raise Conflict(f"任务状态为“{T.label_of(task.status)}”，不能取消", field="status")
    task.status, task.updated_at = T.CANCELLED.value, utcnow()
    session.add(task)
    return task
