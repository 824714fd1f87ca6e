"""The case as the window sees it: everything on one page, with deadlines explained."""

from datetime import date

from sqlmodel import Session, select

from services.common.calendar import WorkingDayCalendar
from services.common.regions import region_name
from services.intake.applications.models import (
    CHANNELS,
    STATUSES,
    Application,
    DataAccess,
    StatusChange,
    TimelineEntry,
)
from services.intake.applications.service import deadline_state, items_of, members_of
from services.intake.deadlines import service as deadlines
from services.intake.deadlines.models import PAUSE_KINDS, ClockPause, Extension
from services.intake.handoff.models import CaseSlip
from services.intake.handoff.service import EVENT_NAMES
from services.intake.notices.service import notice_of, supplements_of

SLIP_KINDS = {"dispatch": "分办", "escalate": "转送", "hand_over": "转交", "assign": "转办", "refer": "转介"}


def _rows(session: Session, model, app: Application, order) -> list:
    return list(session.exec(select(model).where(model.application_id == app.id).order_by(order)).all())


def detail(*, session: Session, calendar: WorkingDayCalendar, app: Application, today: date) -> dict:
    """Every fact of a case, its timeline, deadlines and slips."""
    left, overdue, near_due = deadline_state(calendar, app, today)
    paused = deadlines.is_paused(session=session, app=app)
    notice = notice_of(session, app)
    data = app.model_dump(mode="json")
    data.update(
        {
            "status_name": STATUSES[app.status],
            "channel_name": CHANNELS[app.channel],
            "window_region_name": region_name(app.window_region),
            "hukou_region_name": region_name(app.hukou_region),
            "members": [
                m.model_dump(mode="json", exclude={"application_id"}) for m in members_of(session, app)
            ],
            "items": [
                i.model_dump(mode="json", exclude={"application_id", "id"}) for i in items_of(session, app)
            ],
            "deadline": {
                "received_date": app.received_date,
                "notice_due_date": app.notice_due_date,
                "accepted_date": app.accepted_date,
                "clock_start_date": app.clock_start_date,
                "time_limit_days": app.time_limit_days,
                "extension_days": app.extension_days,
                "due_date": app.due_date,
                "days_left": left,
                "overdue": overdue,
                "near_due": near_due,
                "paused": paused is not None,
                "warnings": app.due_warnings,
                "basis": app.due_basis,
            },
            "notice": notice.model_dump(mode="json") if notice else None,
            "supplements": [s.model_dump(mode="json") for s in supplements_of(session, app)],
            "pauses": [
                dict(p.model_dump(mode="json"), kind_name=PAUSE_KINDS[p.kind])
                for p in _rows(session, ClockPause, app, ClockPause.id)
            ],
            "extensions": [e.model_dump(mode="json") for e in _rows(session, Extension, app, Extension.id)],
            "status_history": [
                dict(
                    s.model_dump(mode="json"),
                    from_name=STATUSES.get(s.from_status or "", "—"),
                    to_name=STATUSES[s.to_status],
                )
                for s in _rows(session, StatusChange, app, StatusChange.id)
            ],
            "timeline": [
                t.model_dump(mode="json") for t in _rows(session, TimelineEntry, app, TimelineEntry.id)
            ],
            "slips": [
                dict(
                    s.model_dump(mode="json"),
                    kind_name=SLIP_KINDS.get(s.kind, s.kind),
                    last_event_name=EVENT_NAMES.get(s.last_event, s.last_event),
                )
                for s in _rows(session, CaseSlip, app, CaseSlip.id)
            ],
        }
    )
    return data


def access_log(*, session: Session, app: Application) -> list[dict]:
    return [r.model_dump(mode="json") for r in _rows(session, DataAccess, app, DataAccess.id)]
