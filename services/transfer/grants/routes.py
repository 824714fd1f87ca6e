"""POST /v1/grants/summary (the ID numbers in the body, never in a URL)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, Unauthorized, problem_responses
from services.common.identity import normalize_id_number
from services.common.openapi import answer_example
from services.transfer.grants import service
from services.transfer.grants.schemas import GrantsQuery, GrantsSummary

router = APIRouter(prefix="/v1/grants", tags=["grants"])


@router.post(
    "/summary",
    response_model=GrantsSummary,
    summary="家庭当年已获救助汇总",
    responses=problem_responses(Unauthorized, Forbidden, Invalid)
    | answer_example(
        {
            "grants_this_year": 1,
            "granted_amount_this_year": "3000.00",
            "grants": [
                {
                    "item_code": "temporary_assistance",
                    "amount": "3000.00",
                    "grant_date": "2026-03-25",
                    "case_number": "HD-2026-00042",
                    "id_number": "370211198506120115",
                }
            ],
        }
    ),
)
def grants_summary(
    body: GrantsQuery,
    session: SessionDep,
    request: Request,
    principal: Annotated[Principal, Depends(require("window_staff", "supervisor", "admin"))],
) -> GrantsSummary:
    """窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。
    身份证号放在请求体中（不进入任何地址与代理日志）；每次查询按身份证号记入访问日志（全区可查，但留痕）。
    """
    numbers = [normalize_id_number(n, field=f"id_numbers[{i}]") for i, n in enumerate(body.id_numbers)]
    answer = service.summary(session=session, id_numbers=numbers, year=body.year, item_code=body.item_code)
    service.record_lookup(
        session=session,
        principal=principal,
        action="grants_summary",
        id_numbers=numbers,
        row_count=len(answer.grants),
        secret=request.app.state.settings.platform.auth_secret,
    )
    return answer
