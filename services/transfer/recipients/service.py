"""The roster: enrolling an approved 低保/特困 household, its facts, the annual review (年审) and its tasks."""

import json
import re
from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import utcnow
from services.common.errors import Conflict, Invalid, NotFound
from services.common.money import fen_to_yuan, yuan_to_fen
from services.transfer.payments.access import can_act, can_read, month_of, next_month
from services.transfer.payments.models import Payment
from services.transfer.recipients.models import ROSTER_ITEMS, Recipient, ReviewTask
from services.transfer.slips import notify
from services.transfer.slips.models import Slip, TransferCase

REVIEW_MONTHS = (3, 4, 5)  # seed 002: 年审 every year from March to May
_ACCOUNT = re.compile(r"\d{10,30}")


def account(value: str, *, field: str = "account") -> str:
    """A bank account or card number: 10 to 30 digits."""
    value = (value or "").replace(" ", "")
    if not _ACCOUNT.fullmatch(value):
        raise Invalid("银行账号须为10—30位数字", field=field)
    return value


def _members(case: TransferCase) -> list[str]:
    return sorted({case.applicant_id_number, *json.loads(case.household_id_numbers)})


def _new_recipient(
    session: Session, slip: Slip, *, amount_fen: int, start_month: str, actor: str
) -> Recipient:
    """The household of an approved slip as a roster entry, its bank account still to be entered."""
    case = session.get(TransferCase, slip.case_id)
    return Recipient(
        slip_id=slip.id,
        case_number=case.case_number,
        street_region=slip.receiver_region,
        item_code=slip.item_code,
        head_name=case.applicant_name,
        head_id_number=case.applicant_id_number,
        members=_members(case),
        account="",
        amount_fen=amount_fen,
        start_month=start_month,
        facts={},
        created_by=actor[:100],
    )


def enrol_on_approval(
    *, session: Session, slip: Slip, amount_fen: int, decided_on: date, actor: str
) -> Recipient:
    """The approval itself enrols a 低保/特困 household: the approved monthly amount from the month after
    the decision (次月发放); the bank account is entered by the street's staff before anything is paid."""
    existing = session.exec(select(Recipient).where(Recipient.slip_id == slip.id)).first()
    if existing is not None:
        return existing
    recipient = _new_recipient(
        session, slip, amount_fen=amount_fen, start_month=next_month(month_of(decided_on)), actor=actor
    )
    session.add(recipient)
    session.flush()
    notify.record(
        session,
        slip,
        kind="roster",
        intake_kind=None,
        actor=actor,
        detail=f"审批同意，纳入{ROSTER_ITEMS[slip.item_code]}在册：每月 {fen_to_yuan(amount_fen)} 元，"
        f"自 {recipient.start_month} 起发放（待登记银行账号）",
    )
    return recipient


def enrol(
    *,
    session: Session,
    principal: Principal,
    slip_id: int,
    bank_account: str,
    amount: str | None,
    start_month: str | None,
    facts: dict,
    today: date,
) -> tuple[Recipient, bool]:
    """An approved 低保/特困 slip's household on the roster with its bank account: completes the enrolment
    the approval made (False) or, for an approval without an amount, enrols it now (True)."""
    slip = session.get(Slip, slip_id)
    if slip is None:
        raise NotFound(f"通知单 {slip_id} 不存在", field="slip_id")
    can_read(principal, slip.receiver_region)
    can_act(principal, slip.receiver_region)
    if slip.item_code not in ROSTER_ITEMS:
        raise Invalid(
            f"{slip.item_name}不是在册救助事项（{'、'.join(ROSTER_ITEMS.values())}）", field="slip_id"
        )
    if slip.result != "approved":
        raise Conflict("该通知单尚未审批同意，不能纳入在册", field="slip_id")
    recipient = session.exec(select(Recipient).where(Recipient.slip_id == slip_id).with_for_update()).first()
    if recipient is not None and recipient.account:
        raise Conflict("该户已在册", field="slip_id")
    fen = yuan_to_fen(amount, field="amount") if amount is not None else None
    fen = fen if fen is not None else recipient.amount_fen if recipient else slip.amount_fen
    if not fen or fen <= 0 or fen > 10_000_000:
        raise Invalid("每月救助金额须大于0且不超过100000元", field="amount")
    first = next_month(month_of(today))
    if recipient is not None:
        first = min(first, recipient.start_month)  # the approval's own start month stays allowed
    if start_month is not None and start_month < first:
        raise Invalid(f"起始发放月份不能早于 {first}（审批通过的次月发放）", field="start_month")
    created = recipient is None
    if created:
        recipient = _new_recipient(
            session, slip, amount_fen=fen, start_month=start_month or first, actor=principal.subject
        )
    recipient.account, recipient.amount_fen = bank_account, fen
    recipient.start_month = start_month or recipient.start_month
    if facts:
        recipient.facts, recipient.facts_updated_on = dict(facts), today
    session.add(recipient)
    session.flush()
    # months already scheduled while the account was missing are paid on the next list
    waiting = session.exec(
        select(Payment).where(
            Payment.recipient_id == recipient.id, Payment.status == "scheduled", Payment.account == ""
        )
    ).all()
    for payment in waiting:
        payment.account = bank_account
        session.add(payment)
    notify.record(
        session,
        slip,
        kind="roster",
        intake_kind=None,
        actor=principal.subject,
        detail=f"{'纳入' if created else '登记'}{ROSTER_ITEMS[slip.item_code]}在册银行账号：每月 {fen_to_yuan(fen)} 元，"
        f"自 {recipient.start_month} 起发放",
    )
    return recipient, created


def get(*, session: Session, principal: Principal, recipient_id: int, lock: bool = False) -> Recipient:
    query = select(Recipient).where(Recipient.id == recipient_id)
    recipient = session.exec(query.with_for_update() if lock else query).first()
    if recipient is None:
        raise NotFound(f"在册对象 {recipient_id} 不存在", field="recipient_id")
    can_read(principal, recipient.street_region)
    return recipient


def roster(
    *, session: Session, principal: Principal, street_region: str, item_code: str | None, status: str | None
) -> list[Recipient]:
    can_read(principal, street_region)
    query = select(Recipient).where(Recipient.street_region.startswith(street_region))
    if item_code:
        query = query.where(Recipient.item_code == item_code)
    if status:
        query = query.where(Recipient.status == status)
    return list(session.exec(query.order_by(Recipient.id).limit(5000)))


def set_facts(
    *, session: Session, principal: Principal, recipient_id: int, facts: dict, today: date
) -> Recipient:
    """This year's facts (from the review visit and 核对) the annual review evaluates."""
    recipient = get(session=session, principal=principal, recipient_id=recipient_id, lock=True)
    can_act(principal, recipient.street_region)
    recipient.facts, recipient.facts_updated_on = dict(facts), today
    session.add(recipient)
    session.flush()
    return recipient


def run_review(
    *, session: Session, principal: Principal, street_region: str, item_code: str, today: date, eligibility
) -> dict:
    """年审: every active recipient re-evaluated by eligibility's batch engine; a task for each change."""
    can_act(principal, street_region)
    if item_code not in ROSTER_ITEMS:
        raise Invalid("年审只适用于在册救助事项", field="item_code")
    if today.month not in REVIEW_MONTHS:
        raise Conflict("年审在每年3月至5月进行", field="as_of")
    active = session.exec(
        select(Recipient)
        .where(
            Recipient.street_region == street_region,
            Recipient.item_code == item_code,
            Recipient.status == "active",
        )
        .order_by(Recipient.id)
    ).all()
    counts = {"evaluated": len(active), "unchanged": 0, "tasks_opened": 0, "tasks_existing": 0}
    if not active:
        return counts
    header, lines = eligibility.evaluate_batch(
        item_code, today, [{"id": r.id, "facts": r.facts} for r in active]
    )
    by_id = {r.id: r for r in active}
    for line in lines:
        recipient = by_id.get(int(line["id"]))
        if recipient is None:
            continue
        outcome = "error" if "error" in line else line["outcome"]
        if outcome == "eligible":
            counts["unchanged"] += 1
            continue
        existing = session.exec(
            select(ReviewTask.id).where(
                ReviewTask.recipient_id == recipient.id, ReviewTask.year == today.year
            )
        ).first()
        if existing is not None:
            counts["tasks_existing"] += 1
            continue
        findings = (
            [{"id": "record", "result": "error", "detail": line["error"]["detail"]}]
            if "error" in line
            else [{"id": cid, "result": res} for cid, res in line["conditions"].items() if res != "passed"]
            + [{"id": name, "result": "missing"} for name in line.get("missing_facts", [])]
        )
        session.add(
            ReviewTask(
                recipient_id=recipient.id,
                street_region=street_region,
                year=today.year,
                outcome=outcome,
                rule_version=header.get("rule_version", ""),
                findings=findings,
            )
        )
        counts["tasks_opened"] += 1
    session.flush()
    return counts


def tasks(
    *, session: Session, principal: Principal, street_region: str, status: str | None
) -> list[ReviewTask]:
    can_read(principal, street_region)
    query = select(ReviewTask).where(ReviewTask.street_region.startswith(street_region))
    if status:
        query = query.where(ReviewTask.status == status)
    return list(session.exec(query.order_by(ReviewTask.id).limit(5000)))


def decide(
    *,
    session: Session,
    principal: Principal,
    task_id: int,
    decision: str,
    amount: str | None,
    reason: str,
    today: date,
) -> ReviewTask:
    """Continue, adjust (new monthly amount from next month) or stop (last paid this month; watch list)."""
    task = session.exec(select(ReviewTask).where(ReviewTask.id == task_id).with_for_update()).first()
    if task is None:
        raise NotFound(f"年审任务 {task_id} 不存在", field="task_id")
    can_read(principal, task.street_region)
    can_act(principal, task.street_region)
    if task.status != "open":
        raise Conflict("该年审任务已作出决定", field="task_id")
    recipient = session.get(Recipient, task.recipient_id)
    slip = session.get(Slip, recipient.slip_id)
    fen = None
    if decision == "adjust":
        if amount is None:
            raise Invalid("调整须填写新的每月金额", field="amount")
        fen = yuan_to_fen(amount, field="amount")
        if fen <= 0 or fen > 10_000_000:
            raise Invalid("每月救助金额须大于0且不超过100000元", field="amount")
        if fen == recipient.amount_fen:
            raise Invalid("新金额与现金额相同，请选择继续", field="amount")
        recipient.amount_fen = fen
        detail = f"年审：调整为每月 {fen_to_yuan(fen)} 元（自下一次生成的名册起）；{reason}"
    elif amount is not None:
        raise Invalid("只有调整时填写金额", field="amount")
    elif decision == "stop":
        recipient.status, recipient.end_month, recipient.stop_reason = "stopped", month_of(today), reason
        detail = f"年审：停发，最后发放月份 {recipient.end_month}；{reason}"
    else:
        detail = f"年审：继续享受；{reason}"
    task.status, task.decision, task.new_amount_fen, task.reason = "decided", decision, fen, reason
    task.decided_by, task.decided_by_name, task.decided_at = principal.subject, principal.name, utcnow()
    session.add_all([task, recipient])
    notify.record(
        session, slip, kind="review_decided", intake_kind=None, actor=principal.subject, detail=detail
    )
    if decision == "stop":
        # intake's outreach hook puts the household on the watch list (主动发现)
        notify.record(
            session,
            slip,
            kind="benefit_stopped",
            intake_kind="benefit_stopped",
            actor=principal.subject,
            detail=f"{ROSTER_ITEMS[recipient.item_code]}停发：{reason}",
        )
    session.flush()
    return task
