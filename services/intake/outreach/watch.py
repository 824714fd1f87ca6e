"""The automatic watch list: a household whose case was not accepted, or whose benefit stopped, is followed.

Called where intake records those facts (the status machine and transfer's case events), in the
same transaction, so the watch entry and the status change are never apart.
"""

from datetime import date

from sqlmodel import Session, select

from services.common.clock import beijing_date, utcnow
from services.common.vocabulary import ApplicationStatus, CaseEventKind, WatchReason
from services.intake.applications.models import Application
from services.intake.outreach.models import Household


def put_on_watch(
    *, session: Session, household: Household, reason: WatchReason, note: str, today: date
) -> None:
    """Mark a household as watched, why and since when."""
    household.watch, household.watch_reason, household.watch_since = True, reason.value, today
    household.watch_note = note[:500]
    session.add(household)


def watch_household(
    *, session: Session, app: Application, reason: WatchReason, note: str, today: date
) -> Household:
    """Find the applicant's household in the visit list (by ID number) or add it, and watch it."""
    household = session.exec(select(Household).where(Household.id_number == app.applicant_id_number)).first()
    if household is None:
        # the household lives where its hukou is when that is a town we serve, else near the window
        region = app.hukou_region if len(app.hukou_region or "") == 9 else app.window_region
        household = Household(
            region=region,
            community=app.community_name or "（待核实村居）",
            head_name=app.applicant_name,
            id_number=app.applicant_id_number,
            phone=app.phone or "",
            situation=app.difficulty[:2000],
            created_by="system",
        )
        session.add(household)
    put_on_watch(
        session=session, household=household, reason=reason, note=f"{app.case_number}：{note}", today=today
    )
    session.flush()
    return household


def on_status_change(*, session: Session, app: Application, to: str, reason: str = "") -> None:
    """Hook of the status machine: not accepted → watch list (主动发现)."""
    if to == ApplicationStatus.NOT_ACCEPTED:
        watch_household(
            session=session,
            app=app,
            reason=WatchReason.NOT_ACCEPTED,
            note=reason or "不予受理",
            today=beijing_date(utcnow()),
        )


def on_case_event(*, session: Session, app: Application, kind: str, detail: str = "") -> None:
    """Hook of transfer's case events: a benefit stopped → watch list."""
    if kind == CaseEventKind.BENEFIT_STOPPED:
        watch_household(
            session=session,
            app=app,
            reason=WatchReason.BENEFIT_STOPPED,
            note=detail or "救助停发",
            today=beijing_date(utcnow()),
        )
