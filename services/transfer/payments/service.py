"""Scheduling payments, the monthly disbursement list (generate, lock, bank file) and the bank's return file."""

import csv
import io
import uuid
from datetime import date
from decimal import Decimal

from sqlmodel import Session, func, select

from services.common.auth import Principal
from services.common.clock import utcnow
from services.common.errors import Conflict, Invalid, NotFound
from services.common.money import fen_to_yuan
from services.transfer.grants.models import Grant
from services.transfer.payments.access import can_act, can_read, month_of, next_month
from services.transfer.payments.models import DisbursementLine, DisbursementList, Payment
from services.transfer.recipients.models import ROSTER_ITEMS, Recipient
from services.transfer.slips import notify
from services.transfer.slips.models import Slip, TransferCase

BANK_COLUMNS = ["account", "name", "amount", "reference"]
RETURN_COLUMNS = ["reference", "status", "reason"]
MAX_RETURN_BYTES = 5_000_000


def _reference(session: Session, payment: Payment) -> None:
    payment.reference = f"PAY{payment.id:010d}"
    session.add(payment)


def _new_payment(session: Session, **values) -> Payment:
    # the reference is built from the id, so a unique placeholder holds its place until the flush
    payment = Payment(reference=f"tmp{uuid.uuid4().hex}", **values)
    session.add(payment)
    session.flush()
    _reference(session, payment)
    return payment


def schedule_grants(*, session: Session, street_region: str, item_code: str, month: str) -> int:
    """One-time grants approved before `month` (次月发放) by this street get a payment; roster items do not."""
    if item_code in ROSTER_ITEMS:
        return 0
    first = date(int(month[:4]), int(month[5:]), 1)
    paid = select(Payment.grant_id).where(Payment.grant_id.is_not(None))
    rows = session.exec(
        select(Grant, Slip, TransferCase)
        .join(Slip, Slip.id == Grant.slip_id)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        .where(
            Slip.receiver_region == street_region,
            Grant.item_code == item_code,
            Grant.grant_date < first,
            Grant.id.not_in(paid),
        )
        .order_by(Grant.id)
    ).all()
    for grant, slip, case in rows:
        _new_payment(
            session,
            street_region=street_region,
            item_code=item_code,
            month=next_month(month_of(grant.grant_date)),
            grant_id=grant.id,
            slip_id=slip.id,
            payee_name=case.applicant_name,
            payee_id_number=case.applicant_id_number,
            amount_fen=grant.amount_fen,
        )
    return len(rows)


def schedule_roster(*, session: Session, street_region: str, item_code: str, month: str) -> int:
    """Each active recipient due for `month` gets that month's payment, once."""
    recipients = session.exec(
        select(Recipient).where(
            Recipient.street_region == street_region,
            Recipient.item_code == item_code,
            Recipient.start_month <= month,
        )
    ).all()
    added = 0
    for r in recipients:
        if r.status != "active" and (r.end_month is None or r.end_month < month):
            continue
        exists = session.exec(
            select(Payment.id).where(Payment.recipient_id == r.id, Payment.month == month)
        ).first()
        if exists is None:
            _new_payment(
                session,
                street_region=street_region,
                item_code=item_code,
                month=month,
                recipient_id=r.id,
                slip_id=r.slip_id,
                payee_name=r.head_name,
                payee_id_number=r.head_id_number,
                account=r.account,
                amount_fen=r.amount_fen,
            )
            added += 1
    return added


def _totals(session: Session, dl: DisbursementList) -> None:
    count, total = session.exec(
        select(
            func.count(DisbursementLine.id), func.coalesce(func.sum(DisbursementLine.amount_fen), 0)
        ).where(DisbursementLine.list_id == dl.id)
    ).one()
    dl.line_count, dl.total_fen = count, total
    session.add(dl)


def generate(
    *, session: Session, principal: Principal, street_region: str, item_code: str, month: str
) -> DisbursementList:
    """Schedule what is due and put every scheduled payment with an account on the month's draft list."""
    can_act(principal, street_region)
    schedule_grants(session=session, street_region=street_region, item_code=item_code, month=month)
    schedule_roster(session=session, street_region=street_region, item_code=item_code, month=month)
    lists = session.exec(
        select(DisbursementList)
        .where(
            DisbursementList.street_region == street_region,
            DisbursementList.item_code == item_code,
            DisbursementList.month == month,
        )
        .order_by(DisbursementList.id)
        .with_for_update()
    ).all()
    dl = next((x for x in lists if x.state == "draft"), None)
    if dl is None:
        # a month's list once locked stays frozen: what is due later (re-issues) goes on a supplementary list
        dl = DisbursementList(
            number=f"FF-{street_region}-{item_code}-{month}-{len(lists) + 1}",
            street_region=street_region,
            item_code=item_code,
            month=month,
            created_by=principal.subject,
        )
        session.add(dl)
        session.flush()
    due = session.exec(
        select(Payment)
        .where(
            Payment.street_region == street_region,
            Payment.item_code == item_code,
            Payment.status == "scheduled",
            Payment.month <= month,
            Payment.account != "",
        )
        .order_by(Payment.id)
        .with_for_update()
    ).all()
    for payment in due:
        payment.attempts += 1
        payment.status, payment.updated_at = "listed", utcnow()
        session.add(payment)
        session.add(
            DisbursementLine(
                list_id=dl.id,
                payment_id=payment.id,
                reference=f"{payment.reference}-{payment.attempts}",
                account=payment.account,
                name=payment.payee_name,
                amount_fen=payment.amount_fen,
            )
        )
    session.flush()
    _totals(session, dl)
    session.flush()
    return dl


def get_list(*, session: Session, principal: Principal, list_id: int, lock: bool = False) -> DisbursementList:
    query = select(DisbursementList).where(DisbursementList.id == list_id)
    dl = session.exec(query.with_for_update() if lock else query).first()
    if dl is None:
        raise NotFound(f"发放名册 {list_id} 不存在", field="list_id")
    can_read(principal, dl.street_region)
    return dl


def lines(*, session: Session, dl: DisbursementList) -> list[DisbursementLine]:
    return list(
        session.exec(
            select(DisbursementLine).where(DisbursementLine.list_id == dl.id).order_by(DisbursementLine.id)
        )
    )


def list_lists(
    *, session: Session, principal: Principal, street_region: str, item_code: str | None, month: str | None
) -> list[DisbursementList]:
    can_read(principal, street_region)
    query = select(DisbursementList).where(DisbursementList.street_region.startswith(street_region))
    if item_code:
        query = query.where(DisbursementList.item_code == item_code)
    if month:
        query = query.where(DisbursementList.month == month)
    return list(session.exec(query.order_by(DisbursementList.id.desc()).limit(500)))


def lock(*, session: Session, principal: Principal, list_id: int) -> DisbursementList:
    """Freeze a reviewed draft; an empty list has nothing to send (409)."""
    dl = get_list(session=session, principal=principal, list_id=list_id, lock=True)
    can_act(principal, dl.street_region)
    if dl.state != "draft":
        raise Conflict("名册已锁定，不能再改", field="list_id")
    if dl.line_count == 0:
        raise Conflict("名册没有待发放的人员", field="list_id")
    dl.state, dl.locked_by, dl.locked_at = "locked", principal.subject, utcnow()
    session.add(dl)
    session.flush()
    return dl


def bank_rows(*, session: Session, principal: Principal, list_id: int) -> tuple[DisbursementList, list[list]]:
    """The lines the agent bank receives (docs/handling.md), amounts in yuan; only a locked list is exported."""
    dl = get_list(session=session, principal=principal, list_id=list_id)
    can_act(principal, dl.street_region)
    if dl.state != "locked":
        raise Conflict("名册锁定后才能导出银行文件", field="list_id")
    rows = [
        [line.account, line.name, Decimal(line.amount_fen) / 100, line.reference]
        for line in lines(session=session, dl=dl)
    ]
    dl.exported_at = dl.exported_at or utcnow()
    session.add(dl)
    session.flush()
    return dl, rows


def bank_file(*, session: Session, principal: Principal, list_id: int) -> tuple[DisbursementList, str]:
    """The bank file as UTF-8 CSV with CRLF: header account,name,amount,reference, no totals line."""
    dl, rows = bank_rows(session=session, principal=principal, list_id=list_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(BANK_COLUMNS)
    for account, name, amount, reference in rows:
        writer.writerow([account, name, f"{amount:.2f}", reference])
    return dl, out.getvalue()


def bank_workbook_rows(dl: DisbursementList, rows: list[list]) -> list[list]:
    """The XLSX sheet's rows after the header: each line (amount a number), then 合计 (lines, total)."""
    return [*rows, ["合计", f"{len(rows)}笔", Decimal(dl.total_fen) / 100, ""]]


def _parse_return(raw: bytes, known: dict[str, DisbursementLine]) -> list[tuple[DisbursementLine, str, str]]:
    """Every line checked before anything is written: a bad one is a 422 naming its line and column."""
    if len(raw) > MAX_RETURN_BYTES:
        raise Invalid("回盘文件过大", field="file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Invalid("回盘文件须为 UTF-8 编码的 CSV", field="file") from exc
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0]] != RETURN_COLUMNS:
        raise Invalid(f"第1行：表头须为 {','.join(RETURN_COLUMNS)}", field="line 1")
    answers, seen = [], set()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3:
            raise Invalid(f"第{number}行：须有3列，实有{len(row)}列", field=f"line {number}")
        reference, status, reason = (c.strip() for c in row)
        line = known.get(reference)
        if line is None:
            raise Invalid(
                f"第{number}行 reference：{reference!r} 不在本名册中", field=f"line {number}.reference"
            )
        if reference in seen:
            raise Invalid(f"第{number}行 reference：{reference} 重复", field=f"line {number}.reference")
        seen.add(reference)
        if status not in ("paid", "failed"):
            raise Invalid(f"第{number}行 status：须为 paid 或 failed", field=f"line {number}.status")
        if status == "failed" and not reason:
            raise Invalid(f"第{number}行 reason：失败须写明原因", field=f"line {number}.reason")
        if len(reason) > 300:
            raise Invalid(f"第{number}行 reason：不超过300字", field=f"line {number}.reason")
        if line.result not in ("pending", status):
            raise Invalid(
                f"第{number}行 status：该笔已回盘为 {line.result}，不能改为 {status}",
                field=f"line {number}.status",
            )
        answers.append((line, status, reason))
    if not answers:
        raise Invalid("回盘文件没有数据行", field="file")
    return answers


def import_return(
    *, session: Session, principal: Principal, list_id: int, raw: bytes, today: date
) -> DisbursementList:
    """Mark each line paid or failed as the bank says; the case timeline hears of each."""
    dl = get_list(session=session, principal=principal, list_id=list_id, lock=True)
    can_act(principal, dl.street_region)
    if dl.state != "locked" or dl.exported_at is None:
        raise Conflict("名册导出银行文件后才能导入回盘", field="list_id")
    known = {line.reference: line for line in lines(session=session, dl=dl)}
    now = utcnow()
    for line, status, reason in _parse_return(raw, known):
        if line.result == status:
            continue  # the same answer imported again
        payment = session.get(Payment, line.payment_id)
        line.result, line.reason = status, reason
        payment.status, payment.updated_at = status, now
        if status == "paid":
            payment.paid_on, payment.failure_reason = today, ""
            detail = (
                f"银行已发放 {fen_to_yuan(line.amount_fen)} 元（{dl.month} {dl.number}，{line.reference}）"
            )
        else:
            payment.failure_reason = reason
            detail = f"银行发放失败：{reason}（{line.reference}），待更正后重发"
        session.add_all([line, payment])
        slip = session.get(Slip, payment.slip_id) if payment.slip_id else None
        if slip is not None:
            kind = "payment_paid" if status == "paid" else "payment_failed"
            notify.record(
                session, slip, kind=kind, intake_kind=kind, actor=principal.subject, at=now, detail=detail
            )
    dl.returned_at = now
    session.add(dl)
    session.flush()
    return dl


def list_payments(
    *, session: Session, principal: Principal, street_region: str, status: str | None
) -> list[Payment]:
    can_read(principal, street_region)
    query = select(Payment).where(Payment.street_region.startswith(street_region))
    if status:
        query = query.where(Payment.status == status)
    return list(session.exec(query.order_by(Payment.id.desc()).limit(1000)))


def correct(
    *, session: Session, principal: Principal, payment_id: int, account: str, name: str | None
) -> Payment:
    """Correct a failed (or account-less) payment's account and queue it again for the next list."""
    payment = session.exec(select(Payment).where(Payment.id == payment_id).with_for_update()).first()
    if payment is None:
        raise NotFound(f"发放记录 {payment_id} 不存在", field="payment_id")
    can_read(principal, payment.street_region)
    can_act(principal, payment.street_region)
    if payment.status not in ("failed", "scheduled"):
        raise Conflict("只有发放失败或待发放的记录可以更正", field="payment_id")
    payment.account = account
    if name:
        payment.payee_name = name
    payment.status, payment.updated_at = "scheduled", utcnow()
    if payment.recipient_id:  # the roster keeps the corrected account for the months to come
        recipient = session.get(Recipient, payment.recipient_id)
        recipient.account = account
        session.add(recipient)
    session.add(payment)
    session.flush()
    return payment
