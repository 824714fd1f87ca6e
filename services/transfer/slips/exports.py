"""The slip list as spreadsheet rows: every matching slip, read in batches (no ID numbers, names masked)."""

from collections.abc import Iterator
from datetime import date

from services.common.clock import beijing_date
from services.common.db import Database
from services.common.identity import mask_name
from services.common.money import fen_to_yuan
from services.common.vocabulary import OPEN_SLIP_STATES, SlipKind, SlipState
from services.transfer.slips.models import Slip, TransferCase

BATCH = 2000
DUE_KINDS = {"opinion": "办理意见", "handling": "办理时限", "feedback": "结果反馈"}
RESULTS = {"approved": "给予救助", "denied": "不予救助"}
HEADER = [
    "通知单编号",
    "类型",
    "案件编号",
    "申请人",
    "事项",
    "出具单位",
    "接收部门",
    "经办人",
    "状态",
    "当前期限",
    "期限日期",
    "逾期",
    "出具日期",
    "意见日期",
    "办理结果",
    "金额（元）",
    "反馈日期",
]


def _day(moment) -> date | None:
    return beijing_date(moment) if moment else None


def rows(*, db: Database, query, today: date) -> Iterator[list]:
    """Newest first, keyset batches by id, each batch in its own short session."""
    last_id: int | None = None
    while True:
        page = query.add_columns(TransferCase.applicant_name).order_by(Slip.id.desc()).limit(BATCH)
        if last_id is not None:
            page = page.where(Slip.id < last_id)
        with db.session() as session:
            batch = session.execute(page).all()
        if not batch:
            return
        for slip, applicant in batch:
            late = slip.state in OPEN_SLIP_STATES and slip.due_date is not None and slip.due_date < today
            yield [
                slip.number,
                SlipKind(slip.kind).label,
                slip.case_number,
                mask_name(applicant),
                slip.item_name,
                slip.sender_name,
                slip.receiver_name,
                slip.handler,
                SlipState(slip.state).label,
                DUE_KINDS.get(slip.due_kind or "", ""),
                slip.due_date,
                late,
                _day(slip.issued_at),
                _day(slip.opinion_at),
                RESULTS.get(slip.result or "", ""),
                fen_to_yuan(slip.amount_fen) if slip.amount_fen is not None else None,
                _day(slip.feedback_at),
            ]
        last_id = batch[-1][0].id
