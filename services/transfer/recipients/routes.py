"""The recipients roster (在册), their facts, the annual review (年审) and its tasks."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    problem_responses,
)
from services.transfer.deps import DbId
from services.transfer.payments import access
from services.transfer.recipients import service
from services.transfer.recipients.schemas import (
    EnrolIn,
    FactsIn,
    RecipientPublic,
    ReviewDecisionIn,
    ReviewRunIn,
    ReviewRunPublic,
    TaskPublic,
)

router = APIRouter(prefix="/v1", tags=["recipients"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
ERRORS = problem_responses(Unauthorized, Forbidden, Invalid, NotFound, Conflict)
Street = Annotated[str, Query(pattern=r"^\d{6}(\d{3})?$", description="街道（9位）或区（6位）区划代码")]


@router.post(
    "/recipients", response_model=RecipientPublic, status_code=201, responses=ERRORS, summary="纳入在册"
)
def enrol(
    body: EnrolIn, session: SessionDep, principal: Staff, clock: ClockDep, response: Response
) -> RecipientPublic:
    """本街道工作人员。低保、特困审批同意（带每月金额）时该户已自动纳入在册（待登记银行账号）：此处登记银行账号
    和年审事实，完成纳入，答 200；审批未带金额的，此处连同金额一并纳入，答 201。自审批次月起按月发放。"""
    recipient, created = service.enrol(
        session=session,
        principal=principal,
        slip_id=body.slip_id,
        bank_account=service.account(body.account),
        amount=body.amount,
        start_month=access.month(body.start_month, field="start_month") if body.start_month else None,
        facts=body.facts,
        today=clock.today(),
    )
    response.status_code = 201 if created else 200
    return RecipientPublic.of(recipient)


@router.get("/recipients", response_model=list[RecipientPublic], responses=ERRORS, summary="在册名单")
def roster(
    session: SessionDep,
    principal: Staff,
    street_region: Street,
    item_code: str | None = Query(default=None, max_length=64),
    status: Literal["active", "stopped"] | None = None,
) -> list[RecipientPublic]:
    """本街道工作人员；区级与监督人员只读。身份证号脱敏。"""
    rows = service.roster(
        session=session, principal=principal, street_region=street_region, item_code=item_code, status=status
    )
    return [RecipientPublic.of(r) for r in rows]


@router.get(
    "/recipients/{recipient_id}", response_model=RecipientPublic, responses=ERRORS, summary="在册对象"
)
def get_recipient(recipient_id: DbId, session: SessionDep, principal: Staff) -> RecipientPublic:
    """本街道工作人员；区级与监督人员只读。身份证号脱敏。"""
    return RecipientPublic.of(service.get(session=session, principal=principal, recipient_id=recipient_id))


@router.put(
    "/recipients/{recipient_id}/facts",
    response_model=RecipientPublic,
    responses=ERRORS,
    summary="更新年审事实",
)
def set_facts(
    recipient_id: DbId, body: FactsIn, session: SessionDep, principal: Staff, clock: ClockDep
) -> RecipientPublic:
    """本街道工作人员。记录年审入户、核对得到的家庭事实，年审按此测算。"""
    recipient = service.set_facts(
        session=session, principal=principal, recipient_id=recipient_id, facts=body.facts, today=clock.today()
    )
    return RecipientPublic.of(recipient)


@router.post(
    "/recipients/reviews",
    response_model=ReviewRunPublic,
    responses=problem_responses(Unauthorized, Forbidden, Invalid, Conflict, ServiceUnavailable),
    summary="年审：批量重新测算",
)
def run_review(
    body: ReviewRunIn, request: Request, session: SessionDep, principal: Staff, clock: ClockDep
) -> ReviewRunPublic:
    """本街道工作人员，每年3—5月。用资格服务的批量测算重新核定每户；结果变化的各开一个年审任务。"""
    counts = service.run_review(
        session=session,
        principal=principal,
        street_region=access.street(body.street_region),
        item_code=body.item_code,
        today=clock.today(),
        eligibility=request.app.state.eligibility,
    )
    return ReviewRunPublic(**counts)


@router.get("/review-tasks", response_model=list[TaskPublic], responses=ERRORS, summary="年审任务")
def tasks(
    session: SessionDep,
    principal: Staff,
    street_region: Street,
    status: Literal["open", "decided"] | None = None,
) -> list[TaskPublic]:
    """本街道工作人员；区级与监督人员只读。"""
    rows = service.tasks(session=session, principal=principal, street_region=street_region, status=status)
    return [TaskPublic.of(t) for t in rows]


@router.post(
    "/review-tasks/{task_id}/decision", response_model=TaskPublic, responses=ERRORS, summary="年审决定"
)
def decide(
    task_id: DbId, body: ReviewDecisionIn, session: SessionDep, principal: Staff, clock: ClockDep
) -> TaskPublic:
    """本街道工作人员。继续、调整金额或停发；停发的家庭列入主动发现关注名单。决定人为当前登录账号。"""
    task = service.decide(
        session=session,
        principal=principal,
        task_id=task_id,
        decision=body.decision,
        amount=body.amount,
        reason=body.reason,
        today=clock.today(),
    )
    return TaskPublic.of(task)
