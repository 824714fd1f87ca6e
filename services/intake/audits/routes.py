"""Random audits API (三随机): draw a sample, read it, record findings, the report by street and item."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import Role
from services.intake.audits import service
from services.intake.audits.schemas import (
    AuditCasePublic,
    AuditReport,
    FindingCreate,
    SamplePublic,
    SampleRequest,
    SampleSummary,
)
from services.intake.deps import DbId

router = APIRouter(prefix="/v1/audits", tags=["audits"])
Supervisor = Annotated[Principal, Depends(require(Role.SUPERVISOR, Role.ADMIN))]
SCOPE = "调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。"


@router.post(
    "/samples",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="随机抽取案件（三随机）",
    description=f"{SCOPE}\n\n从区域内（可按事项、收件日期筛选）的案件中按种子随机抽取 size 件（最多 500）："
    "案件按编号升序排列后用 Python `random.Random(seed).sample` 抽取，同一输入、同一数据得到同一样本；"
    "给出检查人员名单时，同一随机数序列依次为每件随机指定一名检查人员（随机选派）。记录抽取人和时间。",
)
def draw(body: SampleRequest, principal: Supervisor, session: SessionDep, clock: ClockDep) -> SamplePublic:
    return service.draw(session=session, principal=principal, body=body, now=clock.now())


@router.get(
    "/samples",
    responses=problem_responses(Unauthorized, Forbidden),
    summary="抽查记录列表",
    description=f"{SCOPE}\n\n新的在前，含已检查件数和发现问题件数。",
)
def samples(
    principal: Supervisor, session: SessionDep, limit: int = Query(default=100, ge=1, le=500)
) -> list[SampleSummary]:
    return service.list_samples(session=session, principal=principal, limit=limit)


@router.get(
    "/samples/{sample_id}",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
    summary="一次抽查及其案件",
    description=SCOPE,
)
def sample(sample_id: DbId, principal: Supervisor, session: SessionDep) -> SamplePublic:
    return service.get(session=session, principal=principal, sample_id=sample_id)


@router.put(
    "/samples/{sample_id}/cases/{case_id}/finding",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid),
    summary="记录检查结果",
    description=f"{SCOPE}\n\n无问题（ok）或有问题（problem，须填问题类别和情况）；"
    "已随机指定检查人员的案件只能由该人员（或管理员）记录。可更正。",
)
def finding(
    sample_id: DbId,
    case_id: DbId,
    body: FindingCreate,
    principal: Supervisor,
    session: SessionDep,
    clock: ClockDep,
) -> AuditCasePublic:
    return service.record_finding(
        session=session, principal=principal, sample_id=sample_id, case_id=case_id, body=body, now=clock.now()
    )


@router.get(
    "/report",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid),
    summary="抽查结果统计（按街道、事项）",
    description=f"{SCOPE}\n\n按街道和事项汇总抽查件数、已检查、无问题、有问题及问题类别。",
)
def report(
    principal: Supervisor,
    session: SessionDep,
    region: Annotated[str, Query(pattern=r"^\d{6}(\d{3})?$")],
    sample_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> AuditReport:
    return service.report(session=session, principal=principal, region=region, sample_id=sample_id)
