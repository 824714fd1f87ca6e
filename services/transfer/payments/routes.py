"""Disbursement lists (发放名册): generate, lock, bank file, return file; payments and their correction."""

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Query, Request, Response

from services.common import export
from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.transfer.deps import DbId
from services.transfer.payments import access, service
from services.transfer.payments.schemas import (
    BankFile,
    CorrectIn,
    GenerateIn,
    LinePublic,
    ListPublic,
    PaymentPublic,
)
from services.transfer.recipients.service import account as valid_account

router = APIRouter(prefix="/v1", tags=["payments"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
ERRORS = problem_responses(Unauthorized, Forbidden, Invalid, NotFound, Conflict)
Street = Annotated[str, Query(pattern=r"^\d{6}(\d{3})?$", description="街道（9位）或区（6位）区划代码")]


@router.post(
    "/disbursements", response_model=ListPublic, status_code=201, responses=ERRORS, summary="生成月度发放名册"
)
def generate(body: GenerateIn, session: SessionDep, principal: Staff) -> ListPublic:
    """本街道工作人员。把到期应发的（次月发放的一次性救助、在册对象当月救助金、更正后重发的）列入该月草稿名册。"""
    dl = service.generate(
        session=session,
        principal=principal,
        street_region=access.street(body.street_region),
        item_code=body.item_code,
        month=access.month(body.month),
    )
    return ListPublic.of(dl, service.lines(session=session, dl=dl))


@router.get("/disbursements", response_model=list[ListPublic], responses=ERRORS, summary="发放名册列表")
def list_lists(
    session: SessionDep,
    principal: Staff,
    street_region: Street,
    item_code: str | None = Query(default=None, max_length=64),
    month: str | None = Query(default=None, max_length=7),
) -> list[ListPublic]:
    """本街道工作人员；区级与监督人员只读。"""
    month = access.month(month) if month else None
    rows = service.list_lists(
        session=session, principal=principal, street_region=street_region, item_code=item_code, month=month
    )
    return [ListPublic.of(x) for x in rows]


@router.get("/disbursements/{list_id}", response_model=ListPublic, responses=ERRORS, summary="发放名册明细")
def get_list(list_id: DbId, session: SessionDep, principal: Staff) -> ListPublic:
    """本街道工作人员；区级与监督人员只读。名册及每一行的回盘结果。"""
    dl = service.get_list(session=session, principal=principal, list_id=list_id)
    return ListPublic.of(dl, service.lines(session=session, dl=dl))


@router.post(
    "/disbursements/{list_id}/lock", response_model=ListPublic, responses=ERRORS, summary="审核后锁定名册"
)
def lock(list_id: DbId, session: SessionDep, principal: Staff) -> ListPublic:
    """本街道工作人员。锁定后名册不再变动，才能导出银行文件。"""
    dl = service.lock(session=session, principal=principal, list_id=list_id)
    return ListPublic.of(dl, service.lines(session=session, dl=dl))


@router.get(
    "/disbursements/{list_id}/bank-file",
    response_model=BankFile,
    responses=ERRORS
    | {
        200: {
            "content": {
                export.CSV: {"schema": {"type": "string"}},
                export.XLSX: {"schema": {"type": "string", "format": "binary"}},
            },
            "description": "CSV（Accept: text/csv）或 Excel（Accept: XLSX 媒体类型）",
        }
    },
    summary="导出代发银行文件（CSV / Excel）",
)
def bank_file(list_id: DbId, request: Request, session: SessionDep, principal: Staff) -> BankFile | Response:
    """本街道工作人员。`Accept: text/csv` 时为交银行的 UTF-8 CSV：表头 account,name,amount,reference，金额为元、两位小数；
    `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时为同样各行的 Excel 表，末行为合计
    （笔数、总金额）；否则以 JSON 给出同样的行。只有锁定的名册可以导出。"""
    fmt = export.wanted(request)
    if fmt == "xlsx":
        dl, rows = service.bank_rows(session=session, principal=principal, list_id=list_id)
        sheet = service.bank_workbook_rows(dl, rows)
        return export.export_response(
            "xlsx", filename=dl.number, header=service.BANK_COLUMNS, rows=lambda: sheet, title="发放名册"
        )
    dl, text = service.bank_file(session=session, principal=principal, list_id=list_id)
    if fmt == "csv":
        return Response(
            text.encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{dl.number}.csv"'},
        )
    return BankFile(
        number=dl.number,
        filename=f"{dl.number}.csv",
        columns=service.BANK_COLUMNS,
        lines=[LinePublic.of(x) for x in service.lines(session=session, dl=dl)],
    )


@router.post(
    "/disbursements/{list_id}/return-file",
    response_model=ListPublic,
    responses=ERRORS,
    summary="导入银行回盘文件（CSV）",
)
def return_file(
    list_id: DbId,
    raw: Annotated[bytes, Body(media_type="text/csv")],
    session: SessionDep,
    principal: Staff,
    clock: ClockDep,
) -> ListPublic:
    """本街道工作人员。CSV 表头 reference,status,reason；status 为 paid 或 failed（失败须写原因）。

    先逐行检查，有错则整份不入库，422 指明第几行哪一列。
    """
    dl = service.import_return(
        session=session, principal=principal, list_id=list_id, raw=raw, today=clock.today()
    )
    return ListPublic.of(dl, service.lines(session=session, dl=dl))


@router.get(
    "/payments", response_model=list[PaymentPublic], responses=ERRORS, summary="发放记录（可按状态筛选）"
)
def list_payments(
    session: SessionDep,
    principal: Staff,
    street_region: Street,
    status: Literal["scheduled", "listed", "paid", "failed"] | None = None,
) -> list[PaymentPublic]:
    """本街道工作人员；区级与监督人员只读。`status=failed` 为待更正重发的记录。"""
    rows = service.list_payments(
        session=session, principal=principal, street_region=street_region, status=status
    )
    return [PaymentPublic.of(p) for p in rows]


@router.post(
    "/payments/{payment_id}/correction",
    response_model=PaymentPublic,
    responses=ERRORS,
    summary="更正账户并重发",
)
def correct(payment_id: DbId, body: CorrectIn, session: SessionDep, principal: Staff) -> PaymentPublic:
    """本街道工作人员。发放失败的记录更正账户后回到待发放，列入下一次生成的名册。"""
    payment = service.correct(
        session=session,
        principal=principal,
        payment_id=payment_id,
        account=valid_account(body.account),
        name=body.name,
    )
    return PaymentPublic.of(payment)
