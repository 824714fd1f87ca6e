"""The case as the window sees it: everything on one page, with deadlines explained."""

from datetime import date

from sqlmodel import Session, select

from services.common.calendar import WorkingDayCalendar
from services.common.regions import region_name
from services.common.vocabulary import ApplicationStatus, CaseEventKind, Channel, SlipKind
from services.intake.applications.models import Application, DataAccess, StatusChange, TimelineEntry
from services.intake.applications.schemas import (
    ApplicationPublic,
    DataAccessPublic,
    DeadlinePublic,
    StatusChangePublic,
)
from services.intake.applications.service import deadline_state, items_of, members_of
from services.intake.deadlines.models import PAUSE_KINDS, ClockPause, Extension
from services.intake.deadlines.schemas import PausePublic
from services.intake.handoff.models import CaseSlip
from services.intake.handoff.schemas import CaseSlipPublic
from services.intake.notices.service import notice_of, supplements_of, tolerated_of


def _rows(session: Session, model, app: Application, order) -> list:
    return list(session.exec(select(model).where(model.application_id == app.id).order_by(order)).all())


def _deadline(
    session: Session, calendar: WorkingDayCalendar, app: Application, today: date, pauses: list[ClockPause]
) -> DeadlinePublic:
    left, overdue, near_due = deadline_state(calendar, app, today)
    return DeadlinePublic(
        received_date=app.received_date,
        notice_due_date=app.notice_due_date,
        accepted_date=app.accepted_date,
        clock_start_date=app.clock_start_date,
        time_limit_days=app.time_limit_days,
        extension_days=app.extension_days,
        due_date=app.due_date,
        days_left=left,
        overdue=overdue,
        near_due=near_due,
        paused=any(p.end_date is None for p in pauses),  # what deadlines.is_paused asks, from rows in hand
        warnings=app.due_warnings,
        basis=app.due_basis,
    )


def _slip(row: CaseSlip) -> CaseSlipPublic:
    kind = SlipKind(row.kind) if row.kind in SlipKind.labels() else None  # "" until the handoff is recorded
    return CaseSlipPublic(
        **row.model_dump(exclude={"kind"}),
        kind=kind,
        kind_name=kind.short if kind else "",
        last_event_name=CaseEventKind.label_of(row.last_event),
    )


def detail(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    app: Application,
    today: date,
    known: dict | None = None,
) -> ApplicationPublic:
    """Every fact of a case, its timeline, deadlines and slips.

    `known` holds parts the caller has just read or written in this transaction (members, items, notice,
    supplements, tolerated, slips): they are not read again."""
    known = known or {}

    def part(name, read):
        return known[name] if name in known else read()

    notice = part("notice", lambda: notice_of(session, app))
    tolerated = part("tolerated", lambda: tolerated_of(session, app))
    pauses = _rows(session, ClockPause, app, ClockPause.id)
    return ApplicationPublic(
        **app.model_dump(),
        status_name=ApplicationStatus.label_of(app.status),
        channel_name=Channel.label_of(app.channel),
        window_region_name=region_name(app.window_region),
        hukou_region_name=region_name(app.hukou_region),
        members=[m.model_dump() for m in part("members", lambda: members_of(session, app))],
        items=[i.model_dump() for i in part("items", lambda: items_of(session, app))],
        deadline=_deadline(session, calendar, app, today, pauses),
        notice=notice.model_dump() if notice else None,
        supplements=[s.model_dump() for s in part("supplements", lambda: supplements_of(session, app))],
        tolerated=tolerated.model_dump() if tolerated else None,
        pauses=[PausePublic(**p.model_dump(), kind_name=PAUSE_KINDS[p.kind]) for p in pauses],
        extensions=[e.model_dump() for e in _rows(session, Extension, app, Extension.id)],
        status_history=[
            StatusChangePublic(
                **s.model_dump(),
                from_name=ApplicationStatus.label_of(s.from_status, "—"),
                to_name=ApplicationStatus.label_of(s.to_status),
            )
            for s in _rows(session, StatusChange, app, StatusChange.id)
        ],
        timeline=[t.model_dump() for t in _rows(session, TimelineEntry, app, TimelineEntry.id)],
        slips=[_slip(s) for s in part("slips", lambda: _rows(session, CaseSlip, app, CaseSlip.id))],
    )


def access_log(*, session: Session, app: Application) -> list[DataAccessPublic]:
    """The case's personal-data access log, oldest first."""
    return [DataAccessPublic(**r.model_dump()) for r in _rows(session, DataAccess, app, DataAccess.id)]
