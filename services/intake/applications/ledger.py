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
from services.intake.applications.schemas import LedgerPage, LedgerRow
from services.intake.audit import service as read_audit
from services.intake.deadlines import service as deadlines
from services.intake.people import tally
from services.intake.people.models import CaseTally

S = ApplicationStatus
NEAR_DUE_DAYS = 3
EXPORT_BATCH = 2000
_ID_SHAPE = re.compile(r"^\s*(\d{15}|\d{17}[\dXx])\s*$")
_PHONE_SHAPE = re.compile(r"^\s*\+?[\d\- ]{7,20}\s*$")
# a case number (HD-2026-00042) or the start of one (HD-2026-00, hd-2026): the case-number btree answers it
_CASE_NUMBER = re.compile(r"^\s*([A-Za-z]{2,8}-\d{4}-\d{5})\s*$")
_CASE_PREFIX = re.compile(r"^\s*([A-Za-z]{2,8}-\d{4}(?:-\d{0,4})?)\s*$")

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
        case _ if q and (whole := _CASE_NUMBER.match(q)):
            query = query.where(Application.case_number == whole.group(1).upper())
        case _ if q and (start := _CASE_PREFIX.match(q)):
            query = query.where(*case_number_starts(start.group(1).upper()))
        case _ if q:
            query = query.where(Application.case_number.contains(q) | Application.applicant_name.contains(q))
    if overdue is not None:
        late = running() & (Application.due_date < today)
        query = query.where(late if overdue else ~late)
    return query


def case_number_starts(prefix: str) -> list:
    """case_number LIKE 'prefix%' as a btree range too (letters, digits and '-' sort the same in any
    collation): SQLite's LIKE ignores case and PostgreSQL's needs a pattern-ops index to use one."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return [
        Application.case_number >= prefix,
        Application.case_number < upper,
        Application.case_number.startswith(prefix, autoescape=True),
    ]


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


def page(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    today: date,
    page: int = 1,
    page_size: int = 20,
    before_id: int | None = None,
    **filters,
) -> LedgerPage:
    """The case ledger (台账), region-scoped, newest first: the page, one query for its items, the total.

    With `before_id` (the cursor: the last id of the page before) the page is the next `page_size` cases
    below that id, read straight from the index however deep; `page` is then only echoed back. Without it,
    OFFSET paging as before. `next_before_id` is the cursor of the following page (None on the last).
    The total is counted only when the page does not show it already (a search's one page does)."""
    query = ledger_query(principal, today=today, **filters)
    skipped = (page - 1) * page_size
    if before_id is not None:
        listed = query.where(Application.id < before_id)
    else:  # the page's ids first (from the index alone where it can), then only those cases
        ids = query.with_only_columns(Application.id).order_by(Application.id.desc())
        ids = ids.offset(skipped).limit(page_size + 1)
        listed = select(Application).where(Application.id.in_(ids.scalar_subquery()))
    apps = session.exec(listed.order_by(Application.id.desc()).limit(page_size + 1)).all()
    more, apps = len(apps) > page_size, apps[:page_size]
    if before_id is None and not more and (apps or page == 1):
        total = skipped + len(apps)  # the last page by OFFSET: every match is in hand (a search, mostly)
    else:
        total = tallied(session, principal, **filters)
        if total is None:
            total = session.exec(select(func.count()).select_from(query.subquery())).one()
    return LedgerPage(
        total=total,
        page=page,
        page_size=page_size,
        next_before_id=apps[-1].id if more else None,
        rows=ledger_rows(session, calendar, apps, today),
    )


def ledger_rows(
    session: Session, calendar: WorkingDayCalendar, apps: list[Application], today: date
) -> list[LedgerRow]:
    """Ledger rows of cases in hand: one query for all their items, each day's calendar look-up once."""
    names = _items(session, [a.id for a in apps])
    left = _DaysLeft(calendar, today)
    return [ledger_row(left, app, names[app.id], today) for app in apps]


def tallied(
    session: Session,
    principal: Principal,
    *,
    region: str | None = None,
    status: ApplicationStatus | None = None,
    item_code: str | None = None,
    **others,
) -> int | None:
    """The ledger's total from the roll-up when only region, status and item filter it (else None).

    case_tally counts cases per street, month and status, and item rows per item likewise (people/tally.py;
    a case names an item once); the changes logged since the last read are folded in first: exact."""
    if any(v is not None for v in others.values()):
        return None
    tally.fold(session)
    t = CaseTally.__table__.c
    where = [t.item_code == (item_code or "")]
    if region:  # ledger_query has checked that the principal may see it
        where.append(t.window_region.startswith(region))
    elif principal.role not in (Role.SERVICE, Role.ADMIN):
        where.append(t.window_region.startswith(principal.region))
    if status:
        where.append(t.status == status.value)
    return session.execute(select(func.coalesce(func.sum(t.cases), 0)).where(*where)).scalar_one()


def ledger_row(left_until, app: Application, items: list[str], today: date) -> LedgerRow:
    """A ledger row from the case and its item names (read for the whole page at once)."""
    left, overdue, near_due = _clock(left_until, app)
    return LedgerRow(
        id=app.id,
        case_number=app.case_number,
        status=app.status,
        status_name=S.label_of(app.status),
        applicant_name=app.applicant_name,
        window_region=app.window_region,
        items=items,
        emergency=app.emergency,
        received_date=app.received_date,
        notice_due_date=app.notice_due_date,
        due_date=app.due_date,
        notice_overdue=app.status == S.DRAFT and today > app.notice_due_date,
        days_left=left,
        overdue=overdue,
        near_due=near_due,
        first_responder_name=app.first_responder_name,
    )


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


def _clock(left_until, app) -> tuple[int | None, bool, bool]:
    """Working days left while the clock runs (else None), overdue, near due."""
    running = app.status in deadlines.CLOCK_STATUSES and app.due_date is not None
    left = left_until(app.due_date) if running else None
    return left, left is not None and left < 0, left is not None and 0 <= left <= NEAR_DUE_DAYS


def _row(left_until, app, items: list[str]) -> list:
    left, overdue, near_due = _clock(left_until, app)
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
        overdue,
        near_due,
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
