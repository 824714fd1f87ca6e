"""Working-day deadlines (限时办结, seed 002 annex 3) and the administrator's holiday notices."""

from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import DueDate, WorkingDayCalendar, YearNotice, parse_notice, shared_calendar
from services.common.errors import Conflict, Invalid
from services.common.vocabulary import OPEN_STATUSES, ApplicationStatus
from services.intake.applications.audit import timeline
from services.intake.applications.models import Application
from services.intake.deadlines.models import (
    PAUSE_KINDS,
    CalendarNotice,
    ClockPause,
    DeadlineRecompute,
    Extension,
)
from services.intake.deadlines.schemas import (
    CalendarNoticePublic,
    CalendarYearPublic,
    DueDatePublic,
    NoticeUploadResult,
    RecomputeSummary,
)
from services.intake.notices.models import OneTimeNotice, Supplement

NOTICE_DAYS = 5  # 一次性告知制度 第三条: within five working days
DEFAULT_LIMIT = 20  # 限时办结制度 第六条: 20 working days when no law gives a limit
EXTENSION_NOTICE_DAYS = 3  # 第七条: the applicant is told at least 3 days before the original deadline
CLOCK_STATUSES = (ApplicationStatus.ACCEPTED.value, ApplicationStatus.IN_PROGRESS.value)  # the clock runs


def load_calendar(*, session: Session) -> WorkingDayCalendar:
    """The shared calendar with every notice an administrator loaded (the notices are read per request,
    so replicas agree; the calendar is built once per distinct set of notices)."""
    rows = session.exec(select(CalendarNotice)).all()
    return shared_calendar(notice_json(r) for r in rows)


def notice_json(row: CalendarNotice) -> dict:
    """A stored notice in the shape parse_notice reads (and the API answers)."""
    return {
        "year": row.year,
        "holidays": sorted(row.holidays),
        "workdays": sorted(row.workdays),
        "reference": row.reference,
    }


def year_json(notice: YearNotice, calendar: WorkingDayCalendar) -> CalendarYearPublic:
    """One year of the calendar with its source and any warning."""
    return CalendarYearPublic(
        year=notice.year,
        source=notice.source,
        reference=notice.reference,
        holidays=sorted(notice.holidays),
        workdays=sorted(notice.workdays),
        warning=calendar.warning_for(notice.year),
    )


def due_json(result: DueDate) -> DueDatePublic:
    return DueDatePublic(
        start_date=result.start_date,
        working_days=result.working_days,
        due_date=result.due_date,
        warnings=result.warnings,
        basis=result.basis,
        sources={str(y): s for y, s in result.sources.items()},
    )


def working_days(calendar: WorkingDayCalendar, start: date, days: int) -> DueDatePublic:
    """The date `days` working days after `start`, as the calendar endpoint shows it."""
    try:
        return due_json(calendar.add_working_days(start, days))
    except OverflowError as exc:  # past 9999-12-31
        raise Invalid("起算日期过晚，期限超出可计算范围", field="start") from exc


def clock_start(*, session: Session, app: Application, known: dict | None = None) -> date | None:
    """The day the clock counts from (the next day is day one), per 限时办结制度 第八条.

    `known`: the case's `notice` and `supplements` when the caller holds them (not read again)."""
    if app.accepted_date is None:
        return None
    known = known or {}
    if "notice" in known and "supplements" in known:
        notice, supplements = known["notice"], known["supplements"]
    else:
        notice = session.exec(select(OneTimeNotice).where(OneTimeNotice.application_id == app.id)).first()
        supplements = session.exec(
            select(Supplement).where(Supplement.application_id == app.id).order_by(Supplement.seq)
        ).all()
    if notice is None or not supplements:
        return app.accepted_date
    if app.notice_omission:
        # the notice left something out: the applicant is not made to pay for it
        return supplements[0].received_date
    return supplements[-1].received_date


def excluded_days(*, session: Session, calendar: WorkingDayCalendar, app: Application, today: date) -> int:
    """Working days spent paused (applicant's delay, time at a higher authority) are not counted."""
    pauses = session.exec(select(ClockPause).where(ClockPause.application_id == app.id)).all()
    return sum(max(0, calendar.working_days_between(p.start_date, p.end_date or today)) for p in pauses)


def recompute(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    today: date,
    known: dict | None = None,
) -> bool:
    """Recompute the notice due date and the case's due date; True when something changed (`known`: see
    clock_start)."""
    before = (app.notice_due_date, app.due_date, list(app.due_warnings))
    notice_due = calendar.add_working_days(app.received_date, NOTICE_DAYS)
    app.notice_due_date = notice_due.due_date
    before_acceptance = (ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS)
    warnings = list(notice_due.warnings) if app.status in before_acceptance else []
    basis = notice_due.basis
    start = clock_start(session=session, app=app, known=known)
    if start is not None:
        app.clock_start_date = start
        limit = app.time_limit_days if app.time_limit_days is not None else DEFAULT_LIMIT
        extra = excluded_days(session=session, calendar=calendar, app=app, today=today)
        due = calendar.add_working_days(start, limit + extra + app.extension_days)
        app.due_date, warnings, basis = due.due_date, due.warnings, due.basis
    app.due_warnings, app.due_basis = warnings, basis[:300]
    session.add(app)
    return before != (app.notice_due_date, app.due_date, list(app.due_warnings))


def days_left(calendar: WorkingDayCalendar, app: Application, today: date) -> int | None:
    """Working days until the due date (negative once overdue)."""
    if app.due_date is None:
        return None
    return calendar.working_days_between(today, app.due_date)


def is_paused(*, session: Session, app: Application) -> ClockPause | None:
    return session.exec(
        select(ClockPause).where(ClockPause.application_id == app.id, ClockPause.end_date.is_(None))
    ).first()


def pause(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    principal: Principal,
    kind: str,
    reason: str,
    start_date: date,
    today: date,
) -> ClockPause:
    """Stop the clock (applicant-caused delay or report-up time)."""
    if app.status not in CLOCK_STATUSES:
        raise Conflict(
            f"案件状态为{ApplicationStatus.label_of(app.status)}，期限尚未起算或已结束，不能暂停",
            field="status",
        )
    if kind not in PAUSE_KINDS:
        raise Invalid("暂停类型应为 applicant 或 report_up", field="kind")
    if is_paused(session=session, app=app):
        raise Conflict("期限已处于暂停状态", field="status")
    if start_date < (app.clock_start_date or app.accepted_date):
        raise Invalid("暂停日期不能早于期限起算日", field="start_date")
    if start_date > today:  # a future pause could never be resumed (resume is today or earlier)
        raise Invalid("暂停日期不能晚于今天", field="start_date")
    row = ClockPause(
        application_id=app.id, kind=kind, reason=reason, start_date=start_date, recorded_by=principal.subject
    )
    session.add(row)
    session.flush()
    timeline(
        session,
        app,
        "paused",
        f"{PAUSE_KINDS[kind]}：{reason}（{start_date.isoformat()}起）",
        principal.subject,
    )
    recompute(session=session, calendar=calendar, app=app, today=today)
    return row


def resume(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    principal: Principal,
    end_date: date,
    today: date,
) -> ClockPause:
    """Restart the clock; the paused working days are added to the deadline."""
    row = is_paused(session=session, app=app)
    if row is None:
        raise Conflict("期限未暂停", field="status")
    if end_date < row.start_date:
        raise Invalid("恢复日期不能早于暂停日期", field="end_date")
    if end_date > today:
        raise Invalid("恢复日期不能晚于今天", field="end_date")
    row.end_date = end_date
    session.add(row)
    session.flush()
    recompute(session=session, calendar=calendar, app=app, today=end_date)
    timeline(
        session,
        app,
        "resumed",
        f"恢复计时（{end_date.isoformat()}），办结期限 {app.due_date}",
        principal.subject,
    )
    return row


def extend(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    principal: Principal,
    approver: str,
    reason: str,
    extra_days: int,
    applicant_notified_date: date,
    today: date,
) -> Extension:
    """Extend with a leader's approval; refused unless the applicant was told 3+ days before the deadline."""
    if app.status not in CLOCK_STATUSES or app.due_date is None:
        raise Conflict("只有已受理、办理中的案件可以延期", field="status")
    original = app.due_date
    if (original - applicant_notified_date).days < EXTENSION_NOTICE_DAYS:
        raise Invalid(
            f"须在原办结期限（{original}）前至少{EXTENSION_NOTICE_DAYS}日书面告知申请人",
            field="applicant_notified_date",
        )
    app.extension_days += extra_days
    recompute(session=session, calendar=calendar, app=app, today=today)
    row = Extension(
        application_id=app.id,
        approver=approver,
        reason=reason,
        extra_days=extra_days,
        original_due_date=original,
        new_due_date=app.due_date,
        applicant_notified_date=applicant_notified_date,
        recorded_by=principal.subject,
    )
    session.add(row)
    timeline(
        session,
        app,
        "extended",
        f"经{approver}批准延期{extra_days}个工作日：{reason}；原期限 {original}，新期限 {app.due_date}",
        principal.subject,
    )
    return row


def upload_notice(*, session: Session, principal: Principal, data: dict, today: date) -> NoticeUploadResult:
    """Store a year's State Council notice and recompute every open deadline it touches."""
    try:
        notice = parse_notice(data)
    except (KeyError, ValueError, TypeError) as exc:
        field = "year" if isinstance(exc, KeyError) else "holidays"
        raise Invalid(f"节假日安排不合法: {exc}", field=field) from exc
    row = session.exec(
        select(CalendarNotice).where(CalendarNotice.year == notice.year)
    ).first() or CalendarNotice(year=notice.year, holidays=[], workdays=[], loaded_by=principal.subject)
    row.holidays = sorted(d.isoformat() for d in notice.holidays)
    row.workdays = sorted(d.isoformat() for d in notice.workdays)
    row.reference, row.loaded_by = notice.reference, principal.subject
    session.add(row)
    session.flush()
    calendar = load_calendar(session=session)
    checked = changed = 0
    for app in session.exec(
        select(Application).where(Application.status.in_([s.value for s in OPEN_STATUSES]))
    ).all():
        if not _touches(app, notice.year):
            continue
        checked += 1
        old_due = app.due_date
        if recompute(session=session, calendar=calendar, app=app, today=today):
            changed += 1
            timeline(
                session,
                app,
                "deadline_recomputed",
                f"导入{notice.year}年节假日安排后重算期限：{old_due or '—'} → {app.due_date or '—'}",
                principal.subject,
            )
    log = DeadlineRecompute(
        year=notice.year,
        reason=f"导入{notice.year}年节假日安排 {notice.reference}".strip()[:200],
        cases_checked=checked,
        cases_changed=changed,
        actor=principal.subject,
    )
    session.add(log)
    session.flush()
    return NoticeUploadResult(
        notice=CalendarNoticePublic.model_validate(notice_json(row)),
        recompute=RecomputeSummary(year=notice.year, cases_checked=checked, cases_changed=changed, at=log.at),
    )


def _touches(app: Application, year: int) -> bool:
    first = app.received_date.year
    last = max(d.year for d in (app.due_date or app.received_date, app.notice_due_date))
    return first <= year <= last + 1


def notices(*, session: Session) -> list[CalendarNoticePublic]:
    """Every notice an administrator loaded, by year."""
    return [
        CalendarNoticePublic.model_validate(notice_json(r))
        for r in session.exec(select(CalendarNotice).order_by(CalendarNotice.year)).all()
    ]


def recompute_log(*, session: Session) -> list[DeadlineRecompute]:
    return list(session.exec(select(DeadlineRecompute).order_by(DeadlineRecompute.id.desc()).limit(50)).all())
