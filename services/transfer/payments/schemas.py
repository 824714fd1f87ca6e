"""Disbursement lists, their lines and payments as the API shows them (money in yuan strings)."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from services.common.identity import mask_id_number
from services.common.money import fen_to_yuan
from services.transfer.payments.models import DisbursementLine, DisbursementList, Payment

STATUS_NAMES = {"scheduled": "待发放", "listed": "已列入名册", "paid": "已发放", "failed": "发放失败"}
RESULT_NAMES = {"pending": "待回盘", "paid": "已发放", "failed": "发放失败"}


class GenerateIn(BaseModel):
    """Generate (or refresh) the month's draft list for one street and item."""

    model_config = ConfigDict(extra="forbid")
    street_region: str = Field(examples=["370211001"])
    item_code: str = Field(min_length=1, max_length=64, examples=["urban_dibao"])
    month: str = Field(examples=["2026-12"], description="发放月份 YYYY-MM")


class CorrectIn(BaseModel):
    """A failed payment's corrected account (and name as the bank has it); it goes on the next list."""

    model_config = ConfigDict(extra="forbid")
    account: str = Field(min_length=1, max_length=40, examples=["6228480012345678901"])
    name: str | None = Field(default=None, min_length=1, max_length=64)


class LinePublic(BaseModel):
    id: int
    payment_id: int
    reference: str
    account: str
    name: str
    amount: str
    result: str
    result_name: str
    reason: str

    @classmethod
    def of(cls, line: DisbursementLine) -> "LinePublic":
        return cls(
            id=line.id,
            payment_id=line.payment_id,
            reference=line.reference,
            account=line.account,
            name=line.name,
            amount=fen_to_yuan(line.amount_fen),
            result=line.result,
            result_name=RESULT_NAMES[line.result],
            reason=line.reason,
        )


class BankFile(BaseModel):
    """The bank file's lines as JSON (the CSV itself with `Accept: text/csv`)."""

    number: str
    filename: str
    columns: list[str]
    lines: list[LinePublic]


class ListPublic(BaseModel):
    id: int
    number: str
    street_region: str
    item_code: str
    month: str
    state: str
    state_name: str
    line_count: int
    total: str
    paid_count: int = 0
    failed_count: int = 0
    created_by: str
    created_at: datetime
    locked_by: str
    locked_at: datetime | None
    exported_at: datetime | None
    returned_at: datetime | None
    lines: list[LinePublic] | None = None

    @classmethod
    def of(cls, dl: DisbursementList, lines: list[DisbursementLine] | None = None) -> "ListPublic":
        return cls(
            id=dl.id,
            number=dl.number,
            street_region=dl.street_region,
            item_code=dl.item_code,
            month=dl.month,
            state=dl.state,
            state_name="已锁定" if dl.state == "locked" else "草稿（待审核）",
            line_count=dl.line_count,
            total=fen_to_yuan(dl.total_fen),
            paid_count=sum(1 for x in lines or [] if x.result == "paid"),
            failed_count=sum(1 for x in lines or [] if x.result == "failed"),
            created_by=dl.created_by,
            created_at=dl.created_at,
            locked_by=dl.locked_by,
            locked_at=dl.locked_at,
            exported_at=dl.exported_at,
            returned_at=dl.returned_at,
            lines=[LinePublic.of(x) for x in lines] if lines is not None else None,
        )


class PaymentPublic(BaseModel):
    id: int
    reference: str
    street_region: str
    item_code: str
    month: str
    source: str
    payee_name: str
    payee_id_number: str = Field(description="脱敏")
    account: str
    amount: str
    status: str
    status_name: str
    failure_reason: str
    attempts: int
    paid_on: date | None
    slip_id: int | None

    @classmethod
    def of(cls, p: Payment) -> "PaymentPublic":
        return cls(
            id=p.id,
            reference=p.reference,
            street_region=p.street_region,
            item_code=p.item_code,
            month=p.month,
            source="roster" if p.recipient_id else "grant",
            payee_name=p.payee_name,
            payee_id_number=mask_id_number(p.payee_id_number),
            account=p.account,
            amount=fen_to_yuan(p.amount_fen),
            status=p.status,
            status_name=STATUS_NAMES[p.status],
            failure_reason=p.failure_reason,
            attempts=p.attempts,
            paid_on=p.paid_on,
            slip_id=p.slip_id,
        )
