"""Reminders (催办) and supervision (督办) records; one per slip, deadline and level, ever."""

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.common.vocabulary import OPEN_SLIP_STATES
from services.transfer.base import TransferTable
from services.transfer.slips.models import Slip, TransferCase


class SlipReminder(TransferTable, table=True):
    """Who was reminded (or put under supervision) about which deadline of which slip, and when."""

    __tablename__ = "slip_reminder"
    # the unique key is what keeps several sweep replicas from reminding twice
    __table_args__ = (
        UniqueConstraint("slip_id", "due_kind", "level", name="uq_slip_reminder_slip_kind_level"),
    )

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", index=True)
    due_kind: str = Field(max_length=16)
    due_date: date
    level: str = Field(max_length=16)  # reminder (催办) | supervision (督办)
    department_id: str = Field(max_length=64)
    reminded: str = Field(max_length=200)  # handler names, B included when A is away
    at: datetime = Field(default_factory=utcnow)


_slip = Slip.__table__
_running = _slip.c.state.in_([s.value for s in OPEN_SLIP_STATES]) & _slip.c.due_date.is_not(None)
# the sweep and the overdue list read only open slips with a running deadline (a few percent of all)
Index("ix_slip_open_due", _slip.c.due_date, _slip.c.id, postgresql_where=_running, sqlite_where=_running)
# the overdue list's newest page: open slips by id, so each way of seeing a slip reads a page's worth;
# the due date in the index skips the many newest slips not yet due without reading them
Index("ix_slip_open_id", _slip.c.id, _slip.c.due_date, postgresql_where=_running, sqlite_where=_running)
# … and a receiving department's (its inbox, a window's way of seeing slips passed on to it)
_by_receiver = (_slip.c.receiver_id, _slip.c.id, _slip.c.due_date)
Index("ix_slip_open_receiver", *_by_receiver, postgresql_where=_running, sqlite_where=_running)
# the sweep reads only open slips whose running deadline is not yet under supervision (督办): the slips
# long overdue, already reminded and supervised, stay out of it (see deadlines/service.py unswept())
_unswept = _running & (
    _slip.c.reminded_level.is_(None)
    | (_slip.c.reminded_level != "supervision")
    | (_slip.c.reminded_due_kind != _slip.c.due_kind)
)
Index("ix_slip_unswept_due", _slip.c.due_date, _slip.c.id, postgresql_where=_unswept, sqlite_where=_unswept)
# statistics select a period's slips by issue instant
Index("ix_slip_issued_at", _slip.c.issued_at)
# emergency cases whose paperwork (补齐手续) is still outstanding, by due date: the sweep reads only these
_case = TransferCase.__table__
_outstanding = _case.c.emergency.is_(True) & _case.c.paperwork_completed_at.is_(None)
Index(
    "ix_transfer_case_paperwork_due",
    _case.c.paperwork_due_date,
    postgresql_where=_outstanding,
    sqlite_where=_outstanding,
)
