"""GET /v1/grants/summary."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, Unauthorized, problem_responses
from services.common.identity import normalize_id_number
from services.transfer.grants import service
from services.transfer.grants.schemas import GrantsSummary

router = APIRouter(prefix="/v1/grants", tags=["grants"])


@router.get(
    "/summary",
    response_model=GrantsSummary,
    summary="家庭当年已获救助汇总",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
)
def grants_summary(
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("window_staff", "supervisor", "admin"))],
    id_numbers: Annotated[str, Query(min_length=1, description="逗号分隔的身份证号")],
    year: Annotated[int, Query(ge=2000, le=2100)],
    item_code: str | None = None,
) -> GrantsSummary:
    numbers = [normalize_id_number(n, field="id_numbers") for n in id_numbers.split(",") if n.strip()]
    if not numbers or len(numbers) > 50:
        raise Invalid("id_numbers 须为 1 至 50 个身份证号", field="id_numbers")
    return service.summary(session=session, id_numbers=numbers, year=year, item_code=item_code)
