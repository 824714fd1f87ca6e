"""Progress query (rate-limited), ratings, the complaint ledger and statistics."""

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import beijing_date, utcnow
from services.common.db import Database
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, TooManyRequests
from services.common.observability import mask_personal_data
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import ApplicationStatus, CaseEventKind, Role, SlipKind
from services.intake.accounts import throttle  # the one counter the login lockout uses too
from services.intake.applications.ledger import running
from services.intake.applications.models import Application, StatusChange, TimelineEntry
from services.intake.applications.numbering import next_value
from services.intake.handoff.models import CaseSlip
from services.intake.people import tally
from services.intake.people.models import LEVELS, CaseTally, Complaint, ProgressAttempt, Rating
from services.intake.people.schemas import (
    ComplaintPublic,
    ProgressDepartment,
    ProgressPublic,
    ProgressStep,
    RatingReceipt,
    RatingReport,
    RatingSummary,
    StatisticsPublic,
)

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_CLIENT = 5
MAX_FAILURES_PER_CASE = 5
MAX_QUERIES_PER_CLIENT = 30
COMPLAINT_DAYS = 5  # working days to reply to a complaint


def _verified(db: Database, *, client: str, case_number: str, id_last6: str) -> int:
    """The case id if the pair matches; every attempt is recorded (own transaction) and limited."""
    since = utcnow() - WINDOW
    with db.session() as session:
        attempts = session.exec(
            select(ProgressAttempt).where(
                ProgressAttempt.at >= since,
                (ProgressAttempt.client == client) | (ProgressAttempt.case_number == case_number),
            )
        ).all()
        by_client = [a for a in attempts if a.client == client]
        if (
            sum(not a.success for a in by_client) >= MAX_FAILURES_PER_CLIENT
            or len(by_client) >= MAX_QUERIES_PER_CLIENT
            or sum(not a.success for a in attempts if a.case_number == case_number) >= MAX_FAILURES_PER_CASE
        ):
            raise TooManyRequests("查询过于频繁，请15分钟后再试", retry_after=int(WINDOW.total_seconds()))
        app = session.exec(select(Application).where(Application.case_number == case_number)).first()
        ok = app is not None and app.applicant_id_number[-6:].upper() == id_last6.upper()
        session.add(ProgressAttempt(client=client[:64], case_number=case_number[:40], success=ok))
    if not ok:
        raise NotFound("案件编号或身份证号后6位不正确", field="case_number")
    return app.id


def progress(*, db: Database, client: str, case_number: str, id_last6: str) -> ProgressPublic:
    """Status and due date only: nothing else personal."""
    app_id = _verified(db, client=client, case_number=case_number, id_last6=id_last6)
    before_acceptance = (ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS)
    with db.session() as session:
        app = session.get(Application, app_id)
        changes = session.exec(
            select(StatusChange).where(StatusChange.application_id == app.id).order_by(StatusChange.at)
        ).all()
        slips = session.exec(
            select(CaseSlip).where(CaseSlip.application_id == app.id).order_by(CaseSlip.id)
        ).all()
        replies = _replies(session, app.id)
        return ProgressPublic(
            case_number=app.case_number,
            status=app.status,
            status_name=ApplicationStatus.label_of(app.status),
            due_date=app.due_date,
            notice_due_date=app.notice_due_date if app.status in before_acceptance else None,
            steps=[
                ProgressStep(date=beijing_date(c.at), name=ApplicationStatus.label_of(c.to_status))
                for c in changes
            ],
            departments=[
                ProgressDepartment(
                    receiver_name=s.receiver_name or "协同部门",
                    kind_name=SlipKind(s.kind).short if s.kind in SlipKind.labels() else "转办",
                    progress=CaseEventKind.label_of(s.last_event),
                    date=beijing_date(s.updated_at),
                    reply=replies.get(s.number, (None, None))[0],
                    reply_date=replies.get(s.number, (None, None))[1],
                )
                for s in slips
            ],
        )


def _replies(session: Session, application_id: int) -> dict[str, tuple[str, date]]:
    """Each slip's latest 致申请人 text (from its feedback events), ID and phone numbers masked."""
    rows = session.exec(
        select(TimelineEntry)
        .where(TimelineEntry.application_id == application_id, TimelineEntry.to_applicant.is_not(None))
        .order_by(TimelineEntry.at, TimelineEntry.id)
    ).all()
    return {r.slip_number: (mask_personal_data(r.to_applicant), beijing_date(r.at)) for r in rows}


def rate(
    *, db: Database, client: str, case_number: str, id_last6: str, level: int, comment: str
) -> RatingReceipt:
    """One rating per concluded case."""
    app_id = _verified(db, client=client, case_number=case_number, id_last6=id_last6)
    with db.session() as session:
        app = session.get(Application, app_id)
        if (
            app.status not in (ApplicationStatus.CONCLUDED, ApplicationStatus.ARCHIVED)
            or not app.concluded_date
        ):
            raise Conflict("案件办结后才能评价", field="case_number")
        if session.exec(select(Rating).where(Rating.application_id == app.id)).first():
            raise Conflict("该案件已评价过", field="case_number")
        session.add(
            Rating(
                application_id=app.id,
                level=level,
                comment=comment,
                window_region=app.window_region,
                staff_username=app.first_responder_username,
            )
        )
    return RatingReceipt(case_number=case_number, level=level, level_name=LEVELS[level])


def rating_report(*, session: Session, principal: Principal) -> RatingReport:
    """Ratings per window and per staff member (first responder)."""
    rows = session.exec(
        select(Rating, Application).join(Application, Application.id == Rating.application_id)
    ).all()
    windows: dict = defaultdict(lambda: {"count": 0, "sum": 0, "levels": {str(k): 0 for k in LEVELS}})
    staff: dict = defaultdict(
        lambda: {"count": 0, "sum": 0, "levels": {str(k): 0 for k in LEVELS}, "name": ""}
    )
    for rating, app in rows:
        if not principal.can_see_region(rating.window_region):
            continue
        for bucket in (windows[rating.window_region], staff[rating.staff_username]):
            bucket["count"] += 1
            bucket["sum"] += rating.level
            bucket["levels"][str(rating.level)] += 1
        staff[rating.staff_username]["name"] = app.first_responder_name

    def out(key: str, b: dict, name: str) -> RatingSummary:
        average = round(b["sum"] / b["count"], 2)
        return RatingSummary(key=key, name=name, count=b["count"], average=average, levels=b["levels"])

    return RatingReport(
        level_names={str(k): v for k, v in LEVELS.items()},
        by_window=[out(k, b, region_name(k)) for k, b in sorted(windows.items())],
        by_staff=[out(k, b, b["name"]) for k, b in sorted(staff.items())],
    )


def file_complaint(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    body,
    channel: str,
    today: date,
    principal: Principal | None = None,
) -> Complaint:
    """Number the complaint and set its reply deadline."""
    if body.region not in REGIONS:
        raise Invalid("未知的镇街或区", field="region")
    seq = next_value(session=session, scope="complaint", region=body.region[:6], year=today.year)
    row = Complaint(
        number=f"ZC-{today.year}-{seq:05d}",
        channel=channel,
        region=body.region,
        complainant_name=body.complainant_name,
        contact=body.contact,
        case_number=body.case_number,
        content=body.content,
        received_date=today,
        due_date=calendar.add_working_days(today, COMPLAINT_DAYS).due_date,
        recorded_by=principal.subject if principal else None,
    )
    session.add(row)
    session.flush()
    return row


def complaint_public(row: Complaint, today: date) -> ComplaintPublic:
    """A complaint as the ledger shows it, late or not."""
    return ComplaintPublic(**row.model_dump(), overdue=row.status == "open" and today > row.due_date)


def complaints(
    *, session: Session, principal: Principal, today: date, status: str | None = None
) -> list[ComplaintPublic]:
    query = select(Complaint).order_by(Complaint.id.desc())
    if status:
        query = query.where(Complaint.status == status)
    return [
        complaint_public(c, today) for c in session.exec(query).all() if principal.can_see_region(c.region)
    ]


def get_complaint(*, session: Session, principal: Principal, complaint_id: int) -> Complaint:
    row = session.get(Complaint, complaint_id)
    if row is None or not principal.can_see_region(row.region):
        raise NotFound(f"投诉 {complaint_id} 不存在", field="id")
    return row


def assign_complaint(*, session: Session, row: Complaint, handler: str) -> Complaint:
    if row.status != "open":
        raise Conflict("投诉已答复", field="status")
    row.handler = handler
    session.add(row)
    return row


def reply_complaint(*, session: Session, row: Complaint, principal: Principal, reply: str) -> Complaint:
    if row.status != "open":
        raise Conflict("投诉已答复", field="status")
    row.reply, row.replied_by, row.replied_at, row.status = (
        reply,
        principal.name or principal.subject,
        utcnow(),
        "replied",
    )
    row.handler = row.handler or principal.subject
    session.add(row)
    return row


def statistics(*, session: Session, principal: Principal, year: int, today: date) -> StatisticsPublic:
    """Counts by town, item and month (automatic, no hand counting) from the roll-up, exact at read time.

    The roll-up (people/tally.py) holds cases, accepted and concluded per street and month and item rows
    per street, month and item; the changes logged since the last read are folded in first. Overdue
    depends on today, so it is counted live from the running-clock cases (a partial index)."""
    if principal.role not in (Role.SERVICE, Role.ADMIN) and not principal.region:
        raise Forbidden("无权查看统计")
    tally.fold(session)
    t = CaseTally.__table__.c
    first, after = date(year, 1, 1), date(year + 1, 1, 1)
    scope = [t.month >= first, t.month < after]
    # a date range, not extract(year): the index answers it
    cases_scope = [Application.received_date >= first, Application.received_date < after]
    if principal.role not in (Role.SERVICE, Role.ADMIN):
        scope.append(t.window_region.startswith(principal.region))
        cases_scope.append(Application.window_region.startswith(principal.region))
    cases, accepted = func.sum(t.cases), func.sum(t.accepted)
    closed = [ApplicationStatus.CONCLUDED.value, ApplicationStatus.ARCHIVED.value]
    concluded = func.sum(case((t.status.in_(closed), t.cases), else_=0))
    towns = session.execute(
        select(t.window_region, cases, accepted, concluded)
        .where(*scope, t.item_code == "")
        .group_by(t.window_region)
        .having(cases > 0)
        .order_by(t.window_region)
    ).all()
    late = dict(
        session.execute(
            select(Application.window_region, func.count())
            .where(*cases_scope, running(), Application.due_date < today)
            .group_by(Application.window_region)
        ).all()
    )
    months = {m: 0 for m in range(1, 13)}
    for m, n in session.execute(
        select(t.month, cases).where(*scope, t.item_code == "").group_by(t.month)
    ).all():
        months[m.month] += n
    items = session.execute(
        select(t.item_code, func.max(t.item_name), cases)
        .where(*scope, t.item_code != "", t.cases > 0)
        .group_by(t.item_code)
        .order_by(cases.desc(), t.item_code)
    ).all()
    return StatisticsPublic(
        year=year,
        total=sum(town[1] for town in towns),
        by_town=[
            {
                "region": r,
                "name": region_name(r),
                "total": n,
                "accepted": a,
                "concluded": c,
                "overdue": late.get(r, 0),
            }
            for r, n, a, c in towns
        ],
        by_item=[{"item_code": k, "item_name": name, "total": n} for k, name, n in items],
        by_month=[{"month": m, "total": n} for m, n in months.items()],
    )


COMPLAINTS_PER_ADDRESS = 10  # anonymous complaints from one address before it must wait
COMPLAINT_LOCK = timedelta(minutes=15)


def limit_public_complaints(*, db: Database, client: str, now: datetime) -> None:
    """Count an anonymous complaint from `client`; past the limit, 429 with back-off (shared by replicas)."""
    key = f"complaint:{client}"
    with db.session() as session:
        wait = throttle.retry_after(session=session, keys=[key], now=now)
        if wait:
            raise TooManyRequests("投诉提交过于频繁，请稍后再试", retry_after=wait)
        throttle.record(
            session=session, key=key, limit=COMPLAINTS_PER_ADDRESS, first_lock=COMPLAINT_LOCK, now=now
        )
