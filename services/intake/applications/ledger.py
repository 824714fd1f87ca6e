"""The ledger's filters (one query for the page, the count and the export) and its export rows."""

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import func, literal_column, union
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.db import Database
from services.common.errors import Forbidden
from services.common.export import RowSource, filters_text
from services.common.identity import normalize_id_number, normalize_phone
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import ApplicationStatus, Role
from services.intake.applications.models import Application, ApplicationItem, ApplicationMember
from services.intake.audit import service as read_audit
from services.intake.deadlines import service as deadlines

S = ApplicationStatus
NEAR_DUE_DAYS = 3
EXPORT_BATCH = 2000
_ID_SHAPE = re.compile(r"^\s*(\d{15}|\d{17}[\dXx])\s*$")
_PHONE_SHAPE = re.compile(r"^\s*\+?[\d\- ]{7,20}\s*$")

EXPORT_HEADER = [
    "案件编号",
    "状态",
    "申请人",
    "受理窗口",
    "申请事项",
    "紧急",
    "登记日期",
    "告知期限",
    "办结期限",
    "剩余工作日",
    "逾期",
    "临期",
    "首问责任人",
]


def looked_up(q: str | None) -> tuple[str, str] | None:
    """("id_number", normalised) or ("phone", digits) when `q` is a full ID number or a phone number."""
    if not q:
        return None
    if _ID_SHAPE.match(q):
        return "id_number", normalize_id_number(q, field="q")  # an invalid number is a 422 naming q
    if _PHONE_SHAPE.match(q) and not q.strip().isalpha():
        return "phone", normalize_phone(q)
    return None


def ledger_query(
    principal: Principal,
    *,
    today: date,
    region: str | None = None,
    status: ApplicationStatus | None = None,
    item_code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    overdue: bool | None = None,
    first_responder: str | None = None,
    q: str | None = None,
):
    """SELECT application … with every ledger filter, region-scoped (no ORDER BY)."""
    query = select(Application)
    if region:
        if not principal.can_see_region(region):
            raise Forbidden(f"无权查看区域 {region} 的案件")
        query = query.where(in_region(region))
    elif principal.role not in (Role.SERVICE, Role.ADMIN):
        query = query.where(in_region(principal.region))
    if status:
        query = query.where(Application.status == status.value)
    if item_code:
        query = query.where(
            Application.id.in_(
                select(ApplicationItem.application_id).where(ApplicationItem.item_code == item_code)
            )
        )
    if date_from:
        query = query.where(Application.received_date >= date_from)
    if date_to:
        query = query.where(Application.received_date <= date_to)
    if first_responder:
        query = query.where(Application.first_responder_username == first_responder)
    match looked_up(q):
        case ("id_number", number):
            # the applicant or any member: the normalised 18-digit form is what is stored
            # one UNION of two index look-ups (an OR with a sub-select would read every case)
            members = select(ApplicationMember.application_id).where(ApplicationMember.id_number == number)
            applicants = select(Application.id).where(Application.applicant_id_number == number)
            query = query.where(Application.id.in_(union(members, applicants)))
        case ("phone", digits):
            query = query.where(Application.phone == digits)
        case _ if q:
            query = query.where(Application.case_number.contains(q) | Application.applicant_name.contains(q))
    if overdue is not None:
        late = running() & (Application.due_date < today)
        query = query.where(late if overdue else ~late)
    return query


def in_region(region: str):
    """window_region under `region`: the known codes as a list, so a street reads its index in id order.

    A window's region is always a known code (accounts are checked against REGIONS); an unknown prefix
    still gets the plain prefix match.
    """
    codes = [code for code in REGIONS if code.startswith(region)]
    if region not in REGIONS or not codes:
        return Application.window_region.startswith(region)
    return Application.window_region.in_(codes) if len(codes) > 1 else Application.window_region == codes[0]


def running():
    """The clock runs (accepted, in progress): written out literally so the partial index's predicate matches."""
    return Application.status.in_([literal_column(f"'{s}'") for s in deadlines.CLOCK_STATUSES])


def export_rows(*, db: Database, calendar: WorkingDayCalendar, query, today: date) -> Iterator[list]:
    """Every matching case, newest first, read in batches by id (each batch its own short session)."""
    left = _DaysLeft(calendar, today)
    columns = query.with_only_columns(*EXPORT_COLUMNS)  # plain rows: no ORM objects to build per case
    last_id: int | None = None
    while True:
        page = columns.order_by(Application.id.desc()).limit(EXPORT_BATCH)
        if last_id is not None:
            page = page.where(Application.id < last_id)
        with db.session() as session:
            apps = session.execute(page).all()
            items = _items(session, [a.id for a in apps])
        if not apps:
            return
        for app in apps:
            yield _row(left, app, items[app.id])
        last_id = apps[-1].id


class _DaysLeft:
    """calendar.working_days_between(today, due) for many dues: each day's calendar look-up done once."""

    def __init__(self, calendar: WorkingDayCalendar, today: date):
        self.calendar, self.lo, self.hi = calendar, today, today
        self.ordinal = {today: 0}  # working days in (today, day], negative before today

    def __call__(self, due: date) -> int:
        while due > self.hi:
            self.hi += timedelta(days=1)
            self.ordinal[self.hi] = self.ordinal[self.hi - timedelta(days=1)] + self.calendar.is_workday(
                self.hi
            )
        while due < self.lo:
            self.ordinal[self.lo - timedelta(days=1)] = self.ordinal[self.lo] - self.calendar.is_workday(
                self.lo
            )
            self.lo -= timedelta(days=1)
        return self.ordinal[due]


def _items(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    if ids:
        for app_id, name in session.execute(
            select(ApplicationItem.application_id, ApplicationItem.item_name)
            .where(ApplicationItem.application_id.in_(ids))
            .order_by(ApplicationItem.id)
        ):
            names[app_id].append(name)
    return names


EXPORT_COLUMNS = (
    Application.id,
    Application.case_number,
    Application.status,
    Application.applicant_name,
    Application.window_region,
    Application.emergency,
    Application.received_date,
    Application.notice_due_date,
    Application.due_date,
    Application.first_responder_name,
)


def _row(left_until, app, items: list[str]) -> list:
    running = app.status in deadlines.CLOCK_STATUSES and app.due_date is not None
    left = left_until(app.due_date) if running else None
    return [
        app.case_number,
        S.label_of(app.status),
        app.applicant_name,
        region_name(app.window_region),
        "、".join(items),
        app.emergency,
        app.received_date,
        app.notice_due_date,
        app.due_date,
        left,
        left is not None and left < 0,
        left is not None and 0 <= left <= NEAR_DUE_DAYS,
        app.first_responder_name,
    ]


def record_listing(
    *, session: Session, principal: Principal, secret: str, filters: dict, row_count: int, export: bool
) -> None:
    """Every ledger listing, look-up by ID number or phone, and export goes to the read audit."""
    found = looked_up(filters.get("q"))
    action = "ledger_export" if export else "ledger_lookup" if found else "ledger_list"
    read_audit.record(
        session=session,
        principal=principal,
        action=action,
        filters=filters_text(filters),
        row_count=row_count,
        looked_up=found[1] if found else None,
        secret=secret,
    )


def export(
    *,
    session: Session,
    db: Database,
    calendar: WorkingDayCalendar,
    principal: Principal,
    today: date,
    secret: str,
    filters: dict,
) -> RowSource:
    """Count and audit the export now; the rows are read while the file is streamed."""
    query = ledger_query(principal, today=today, **filters)
    count = session.exec(select(func.count()).select_from(query.subquery())).one()
    record_listing(
        session=session, principal=principal, secret=secret, filters=filters, row_count=count, export=True
    )
    return lambda: export_rows(db=db, calendar=calendar, query=query, today=today)
