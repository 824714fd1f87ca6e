"""GET /v1/grants/summary."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, Unauthorized, problem_responses
from services.common.identity import normalize_id_number
from services.common.openapi import answer_example
from services.transfer.grants import service
from services.transfer.grants.schemas import GrantsSummary

router = APIRouter(prefix="/v1/grants", tags=["grants"])


@router.get(
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
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("window_staff", "supervisor", "admin"))],
    id_numbers: Annotated[str, Query(min_length=1, description="逗号分隔的身份证号")],
    year: Annotated[int, Query(ge=2000, le=2100)],
    item_code: Annotated[str | None, Query(max_length=64)] = None,
) -> GrantsSummary:
    """窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。
    """
    numbers = [normalize_id_number(n, field="id_numbers") for n in id_numbers.split(",") if n.strip()]
    if not numbers or len(numbers) > 50:
        raise Invalid("id_numbers 须为 1 至 50 个身份证号", field="id_numbers")
    return service.summary(session=session, id_numbers=numbers, year=year, item_code=item_code)
