"""Deadline sweep: near-due slips earn a reminder (催办), overdue ones a supervision record (督办).

Each (slip, deadline, level) is inserted with ON CONFLICT DO NOTHING on a unique key, and only the
replica whose insert landed writes the history and the partner notice: no double reminders.
"""

import logging
import threading
from datetime import datetime

from sqlalchemy import exists, func, literal_column, or_, true, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from services.common.calendar import parse_notice
from services.common.clock import beijing_date
from services.common.vocabulary import OPEN_SLIP_STATES
from services.transfer.deadlines.models import SlipReminder
from services.transfer.deadlines.schemas import (
    PaperworkOutstanding,
    ReminderPublic,
    SupervisionOverview,
)
from services.transfer.departments.models import Department
from services.transfer.major import service as major
from services.transfer.procedure import sweep as procedure_sweep
from services.transfer.slips import notify, queries
from services.transfer.slips.issuing import Context, paperwork_due_cases
from services.transfer.slips.models import Slip, TransferCase

log = logging.getLogger("yimen.transfer.deadlines")
DUE_NAMES = {
    "opinion": "办理意见",
    "handling": "办理时限",
    "feedback": "办理结果反馈",
    "paperwork": "先行救助补齐手续",
    "major_report": "重大情况报告区政府签收",
}
LEVEL_NAMES = {"reminder": "催办", "supervision": "督办"}


def _insert(session: Session, values: dict) -> bool:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(SlipReminder.__table__)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["slip_id", "due_kind", "level"])
        .returning(SlipReminder.__table__.c.id)
    )
    return session.execute(statement).first() is not None


INTAKE_KINDS = {"reminder": "reminder_sent", "supervision": "supervision_opened"}


def reminded_names(dept: Department, slip: Slip) -> str:
    """Who a reminder names: the slip's handler (or A), and B too while A is away (AB岗)."""
    names = [n for n in [slip.handler or dept.handler_a] if n]
    if dept.a_away and dept.handler_b and dept.handler_b not in names:
        names.append(dept.handler_b)
    return "、".join(names) or dept.name


SWEEP_BATCH = 1000  # slips whose reminder is missing, read per query


def open_running():
    """Open slips (written out literally so a partial index of open slips applies).

    Callers compare the due date, which already leaves out slips without one: an explicit IS NOT NULL
    besides made PostgreSQL count that condition twice (~20× too few rows, and the wrong plan)."""
    return Slip.state.in_([literal_column(f"'{s.value}'") for s in OPEN_SLIP_STATES])


def unswept():
    """Running deadline not yet under supervision (督办), as the partial index ix_slip_unswept_due says it."""
    return or_(
        Slip.reminded_level.is_(None),
        Slip.reminded_level != literal_column("'supervision'"),
        Slip.reminded_due_kind != Slip.due_kind,
    )


def missing(level: str, *, today, limit, after: tuple | None = None):
    """Open slips due for `level` whose bookmark says it is not on record yet for their running deadline,
    by (due date, id) after `after` (the last slip of the previous batch).

    Read in the order of the partial index of unswept slips: the ~100k long-overdue slips already under
    supervision are not in it, so a steady-state sweep reads only the few whose deadline came near or passed."""
    if level == "reminder":
        due = Slip.due_date <= limit
        pending = or_(Slip.reminded_level.is_(None), Slip.reminded_due_kind != Slip.due_kind)
    else:
        due, pending = Slip.due_date < today, true()
    query = select(Slip).where(open_running(), unswept(), due, pending)
    if after:
        query = query.where(tuple_(Slip.due_date, Slip.id) > tuple_(*after))
    return query.order_by(Slip.due_date, Slip.id).limit(SWEEP_BATCH)


def sweep(
    *, session: Session, ctx: Context, now: datetime | None = None, stop: threading.Event | None = None
) -> dict[str, int]:
    """Remind handlers of near-due and overdue slips, and open supervision on overdue ones.

    Only slips whose bookmark (reminded_due_kind, reminded_level) lags their running deadline are read, in
    batches by (due date, id); the unique record key still decides who writes (replicas, a stale bookmark). A set
    `stop` (SIGTERM) ends the sweep between batches, keeping what was done.
    """
    now = now or ctx.clock.now()
    today = beijing_date(now)
    limit = ctx.calendar.add_working_days(today, ctx.settings.near_due_working_days).due_date
    counts = {"reminder": 0, "supervision": 0}
    for level in ("reminder", "supervision"):
        after = None
        while not (stop and stop.is_set()):
            slips = session.exec(missing(level, today=today, limit=limit, after=after)).all()
            for slip in slips:
                counts[level] += _remind(
                    session=session, ctx=ctx, slip=slip, level=level, today=today, now=now
                )
            if len(slips) < SWEEP_BATCH:
                break
            after = (slips[-1].due_date, slips[-1].id)
    if stop and stop.is_set():
        return counts
    _remind_paperwork(session=session, today=today, limit=limit, now=now, counts=counts)
    procedure_sweep.remind_steps(
        session=session, today=today, limit=limit, now=now, counts=counts, insert=_insert
    )
    major.remind(session=session, today=today, limit=limit, now=now, counts=counts, insert=_insert)
    return counts


def _remind(*, session: Session, ctx: Context, slip: Slip, level: str, today, now: datetime) -> int:
    """One 催办 or 督办: the record (once, whichever replica lands it), the history, the partner notice."""
    dept = session.get(Department, slip.receiver_id)
    reminded = reminded_names(dept, slip)
    _bookmark(session, slip, level)
    if not _insert(
        session,
        dict(
            slip_id=slip.id,
            due_kind=slip.due_kind,
            due_date=slip.due_date,
            level=level,
            department_id=dept.id,
            reminded=reminded,
            at=now,
        ),
    ):
        return 0
    what = DUE_NAMES.get(slip.due_kind or "", "期限")
    state = "已逾期" if slip.due_date < today else "即将到期"
    detail = (
        f"{LEVEL_NAMES[level]}：{slip.number} {what}{state}（期限 {slip.due_date.isoformat()}），"
        f"已提醒{dept.name} {reminded}" + ("，区民政局督办" if level == "supervision" else "")
    )
    # the window that owns the case sees every 催办/督办 on its timeline too
    notify.record(
        session,
        slip,
        kind=level,
        intake_kind=INTAKE_KINDS[level],
        actor="系统（期限监控）",
        detail=detail,
        at=now,
    )
    if dept.integration_mode == "callback":
        notify.queue_webhook(
            session,
            slip,
            event_type=f"slip.{level}",
            links=ctx.links(slip),
            extra={"level": level, "due_kind": slip.due_kind},
            dedupe=f"msg_slip{slip.id}_{level}_{slip.due_kind}",
        )
    return 1


def _bookmark(session: Session, slip: Slip, level: str) -> None:
    """Note on the slip that `level` is on record for its running deadline (never back from 督办 to 催办)."""
    t = Slip.__table__
    update = t.update().where(t.c.id == slip.id).values(reminded_due_kind=slip.due_kind, reminded_level=level)
    if level == "reminder":  # a replica may have put it under supervision meanwhile
        update = update.where(
            or_(
                t.c.reminded_level.is_(None),
                t.c.reminded_level != "supervision",
                t.c.reminded_due_kind != slip.due_kind,
            )
        )
    session.execute(update)


def paperwork_missing(level: str, *, today, limit):
    """Emergency cases with paperwork outstanding, due for `level`, whose first slip lacks that record."""
    # correlated explicitly: nested in the EXISTS below it would otherwise become a global min(id)
    anchor = (
        select(func.min(Slip.id))
        .where(Slip.case_id == TransferCase.case_id)
        .correlate(TransferCase)
        .scalar_subquery()
    )
    due = (
        TransferCase.paperwork_due_date <= limit
        if level == "reminder"
        else TransferCase.paperwork_due_date < today
    )
    recorded = select(SlipReminder.id).where(
        SlipReminder.slip_id == anchor, SlipReminder.due_kind == "paperwork", SlipReminder.level == level
    )
    return (
        select(TransferCase, anchor.label("anchor_id"))
        .where(TransferCase.emergency.is_(True), TransferCase.paperwork_completed_at.is_(None), due)
        .where(anchor.is_not(None), ~exists(recorded))
        .order_by(TransferCase.paperwork_due_date, TransferCase.case_id)
    )


def _remind_paperwork(*, session: Session, today, limit, now: datetime, counts: dict[str, int]) -> None:
    """Emergency cases whose 补齐手续 is near due or late: remind the first responder's window, then 督办.

    The reminder hangs on the case's first slip, so the same unique key keeps replicas from doubling it;
    only cases still missing the record are read.
    """
    for level in ("reminder", "supervision"):
        for case, anchor_id in session.exec(paperwork_missing(level, today=today, limit=limit)).all():
            anchor = session.get(Slip, anchor_id)
            if not _insert(
                session,
                dict(
                    slip_id=anchor.id,
                    due_kind="paperwork",
                    due_date=case.paperwork_due_date,
                    level=level,
                    department_id=anchor.sender_department_id or "",
                    reminded=case.first_responder_name,
                    at=now,
                ),
            ):
                continue
            counts[level] += 1
            late = case.paperwork_due_date < today
            detail = (
                f"{LEVEL_NAMES[level]}：{case.case_number} 先行救助后补齐手续"
                f"{'已逾期' if late else '即将到期'}（期限 {case.paperwork_due_date.isoformat()}），"
                f"已提醒首问责任人 {case.first_responder_name}"
            )
            notify.record(
                session,
                anchor,
                kind=level,
                intake_kind=INTAKE_KINDS[level],
                actor="系统（期限监控）",
                detail=detail,
                at=now,
            )


def overview(*, session: Session, ctx: Context, principal, region: str | None) -> SupervisionOverview:
    """The supervisor's board: overdue (red), near due (yellow), reminders sent, paperwork outstanding."""
    region = region or (principal.region if principal.role != "admin" else None) or None
    overdue = queries.list_slips(session=session, ctx=ctx, principal=principal, overdue=True, region=region)
    near = queries.list_slips(session=session, ctx=ctx, principal=principal, near_due=True, region=region)
    # the lists stop at a page (newest first); the badges count them all
    overdue_total = queries.count_slips(
        session=session, ctx=ctx, principal=principal, overdue=True, region=region
    )
    near_total = queries.count_slips(
        session=session, ctx=ctx, principal=principal, near_due=True, region=region
    )
    visible = {s.id for s in overdue + near}
    recent = session.exec(
        select(SlipReminder, Slip)
        .join(Slip, Slip.id == SlipReminder.slip_id)
        .order_by(SlipReminder.id.desc())
        .limit(200)
    ).all()
    reminders = [
        ReminderPublic(
            slip_id=s.id,
            slip_number=s.number,
            level=r.level,
            level_name=LEVEL_NAMES[r.level],
            due_kind=r.due_kind,
            due_date=r.due_date,
            department_id=r.department_id,
            reminded=r.reminded,
            at=r.at,
        )
        for r, s in recent
        if s.id in visible or queries.can_see(session, principal, s)
    ]
    paperwork = [
        PaperworkOutstanding(
            case_id=c.case_id,
            case_number=c.case_number,
            paperwork_due_date=c.paperwork_due_date,
            overdue=c.paperwork_due_date < ctx.clock.today(),
        )
        for c in paperwork_due_cases(session=session, region=region)
    ]
    return SupervisionOverview(
        overdue=[s for s in overdue if s.overdue],
        near_due=near,
        overdue_total=overdue_total,
        near_due_total=near_total,
        reminders=reminders,
        paperwork_outstanding=paperwork,
        major_reports_outstanding=major.outstanding(session=session, region=region, today=ctx.clock.today()),
    )


def refresh_calendar(ctx: Context, intake) -> int:
    """Load the administrator's State Council notices from intake; keep what we have if it is unreachable."""
    if intake is None:
        return 0
    try:
        notices = intake.request("GET", "/v1/calendar/notices").json()
    except Exception as exc:  # any failure keeps the package data: never crash, never guess
        log.warning("calendar notices unavailable from intake, using package data: %s", exc)
        return 0
    loaded = 0
    for data in notices if isinstance(notices, list) else []:
        try:
            ctx.calendar.load(parse_notice(data))
            loaded += 1
        except (KeyError, ValueError) as exc:
            log.warning("skipping a malformed calendar notice: %s", exc)
    return loaded
