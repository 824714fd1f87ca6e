"""Department timeliness computed in the database (GROUP BY), never by loading every slip.

Working days are counted with the ordinals of the period's days (day → working days since its start):
days from receipt to opinion = ordinal(opinion) − ordinal(receipt). PostgreSQL: the ordinals are an
array indexed by the day, and the medians (percentile_cont) come in the same single pass as the counts.
SQLite: a small calendar table (VALUES) joined in SQL, and the per-department distribution of day
counts (a few dozen rows) is grouped in SQL and its median taken here.
"""

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ARRAY, Date, Integer, and_, bindparam, case, cast, column, func, or_, select, values
from sqlalchemy.sql.elements import Grouping
from sqlmodel import Session

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import SHANGHAI
from services.common.db import is_postgres
from services.common.errors import Forbidden, Invalid
from services.common.vocabulary import OPEN_SLIP_STATES
from services.transfer.departments.models import Department
from services.transfer.slips.models import Slip, TransferCase
from services.transfer.statistics.schemas import DepartmentTimeliness, TimelinessReport

MAX_MONTHS = 24
# a period outside these years is refused: the date arithmetic at year 1 or 9999 overflowed (a 500)
YEARS = range(1900, 3000)
STAGES = {"opinion": Slip.opinion_at, "result": Slip.handled_at, "feedback": Slip.feedback_at}


def parse_month(value: str, field: str) -> date:
    """ "2026-11" → 2026-11-01, or a 422 naming the field."""
    try:
        year, month = (int(p) for p in value.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise Invalid(f"{field} 须为 YYYY-MM 形式的月份", field=field) from None
    if year not in YEARS:
        raise Invalid(f"{field} 须在 {YEARS.start}—{YEARS.stop - 1} 年之间", field=field)
    return first


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def beijing_day(session: Session, moment):
    """SQL: the Beijing calendar date of a stored UTC instant."""
    if is_postgres(session):
        return cast(func.timezone("Asia/Shanghai", moment), Date)
    return func.date(moment, "+8 hours")


def _ordinals(calendar: WorkingDayCalendar, start: date, end: date) -> list[tuple[date, int]]:
    """(day, n) for each day from `start` to `end`: n = working days from `start` up to and including `day`."""
    rows, n, day = [], 0, start
    while day <= end:
        n += calendar.is_workday(day)
        rows.append((day, n))
        day += timedelta(days=1)
    return rows


def _ordinal_array(calendar: WorkingDayCalendar, start: date, end: date):
    """PostgreSQL: ARRAY[n…] with n = working days from `start` up to and including start + i − 1 (1-based)."""
    ordinals = [n for _, n in _ordinals(calendar, start, end)]
    # parenthesised: PostgreSQL subscripts a cast parameter only as ($1::INTEGER[])[i]
    return Grouping(bindparam("working_ordinals", ordinals, type_=ARRAY(Integer)))


def _working_ordinals(calendar: WorkingDayCalendar, start: date, end: date):
    """VALUES (day, n): n = working days from `start` up to and including `day`."""
    rows = _ordinals(calendar, start, end)
    # a CTE (WITH wd(day, n) AS (VALUES …)): SQLite takes no column names on a VALUES in FROM
    return values(column("day", Date), column("n", Integer), name="wd_values").data(rows).cte("wd")


def _scope(query, principal: Principal, region: str | None):
    """A street's supervisor sees slips its street sent, received or owns; the district sees all."""
    if region and not principal.can_see_region(region):
        raise Forbidden(f"无权查看区域 {region} 的统计", field="region")
    mine = region or ("" if principal.role in ("admin", "service") else principal.region or "-")
    if not mine:
        return query
    return query.where(
        or_(
            TransferCase.window_region.startswith(mine),
            Slip.sender_region.startswith(mine),
            Slip.receiver_region.startswith(mine),
        )
    )


def timeliness(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    today: date,
    month_from: str | None = None,
    month_to: str | None = None,
    region: str | None = None,
    department_id: str | None = None,
    by_month: bool = False,
) -> TimelinessReport:
    """Per receiving department (and month): received, on time, medians, returns, overdue now."""
    first = parse_month(month_from, "month_from") if month_from else today.replace(day=1)
    last = parse_month(month_to, "month_to") if month_to else first
    if last < first:
        raise Invalid("month_to 早于 month_from", field="month_to")
    if (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTHS:
        raise Invalid(f"一次最多统计 {MAX_MONTHS} 个月", field="month_to")
    end = _next_month(last)  # exclusive
    received_day = beijing_day(session, Slip.issued_at)
    keys = [Slip.receiver_id.label("department_id")]
    if by_month:
        month = (
            func.to_char(received_day, "YYYY-MM") if is_postgres(session) else func.substr(received_day, 1, 7)
        )
        keys.append(month.label("month"))
    base = (
        select(*keys)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        # the raw instant range can use the index; the Beijing day decides at the edges
        .where(
            Slip.issued_at >= _utc_midnight(first - timedelta(days=1)), Slip.issued_at < _utc_midnight(end)
        )
        .where(received_day >= first, received_day < end)
    )
    base = _scope(base, principal, region)
    if department_id:
        base = base.where(Slip.receiver_id == department_id)
    opinion_day = beijing_day(session, Slip.opinion_at)
    on_time = and_(Slip.opinion_at.is_not(None), opinion_day <= Slip.opinion_due_date)
    due = or_(Slip.opinion_at.is_not(None), Slip.opinion_due_date < today)
    late_now = and_(Slip.state.in_(OPEN_SLIP_STATES), Slip.due_date.is_not(None), Slip.due_date < today)
    counts = base.add_columns(
        func.count().label("received"),
        func.sum(case((due, 1), else_=0)).label("due_so_far"),
        func.sum(case((on_time, 1), else_=0)).label("within"),
        func.sum(case((Slip.returned_at.is_not(None), 1), else_=0)).label("returns"),
        func.sum(case((late_now, 1), else_=0)).label("overdue"),
    ).group_by(*keys)
    if is_postgres(session):
        # one pass: the medians ride along with the counts (working-day ordinals from an array, no join)
        start = first - timedelta(days=1)
        ordinals = _ordinal_array(calendar, start, max(today, end))
        received_at = ordinals[cast(received_day - start, Integer) + 1]
        counts = counts.add_columns(
            *[
                func.percentile_cont(0.5)
                .within_group(ordinals[cast(beijing_day(session, at) - start, Integer) + 1] - received_at)
                .label(f"median_{stage}")
                for stage, at in STAGES.items()
            ]
        )
        rows = {_key(r): r for r in session.execute(counts)}
        medians = {
            stage: {
                key: round(float(value), 1)
                for key, r in rows.items()
                if (value := getattr(r, f"median_{stage}")) is not None
            }
            for stage in STAGES
        }
    else:
        rows = {_key(r): r for r in session.execute(counts)}
        medians = _medians(session, calendar, base, first, max(today, end), keys)
    wanted = {k[0] for k in rows}
    departments = {
        d.id: d for d in session.execute(select(Department).where(Department.id.in_(wanted))).scalars()
    }
    out = []
    for key, r in sorted(rows.items(), key=lambda kv: (kv[0][1] or "", kv[0][0])):
        dept = departments.get(key[0])
        out.append(
            DepartmentTimeliness(
                department_id=key[0],
                name=dept.name if dept else key[0],
                type=dept.type if dept else "",
                region=dept.region if dept else "",
                month=key[1],
                received=r.received,
                due_so_far=r.due_so_far or 0,
                answered_within_limit=r.within or 0,
                answered_within_limit_share=round(r.within / r.due_so_far, 4) if r.due_so_far else None,
                median_days_to_opinion=medians["opinion"].get(key),
                median_days_to_result=medians["result"].get(key),
                median_days_to_feedback=medians["feedback"].get(key),
                returns=r.returns or 0,
                overdue=r.overdue or 0,
            )
        )
    return TimelinessReport(
        month_from=first.strftime("%Y-%m"),
        month_to=last.strftime("%Y-%m"),
        region=region,
        as_of=today,
        rows=out,
    )


def _key(row) -> tuple[str, str | None]:
    return row.department_id, getattr(row, "month", None)


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), SHANGHAI).astimezone(UTC)


def _medians(session: Session, calendar, base, first: date, last: date, keys) -> dict[str, dict]:
    """Median working days from receipt to each stage, per (department, month)."""
    wd = _working_ordinals(calendar, first - timedelta(days=1), last)
    start, stop = wd.alias("w_start"), wd.alias("w_stop")
    received_day = beijing_day(session, Slip.issued_at)
    result: dict[str, dict] = {}
    for stage, at in STAGES.items():
        diff = stop.c.n - start.c.n
        days = diff.label("days")
        joined = (
            base.join(start, start.c.day == received_day)
            .join(stop, stop.c.day == beijing_day(session, at))
            .where(at.is_not(None))
        )
        if is_postgres(session):
            query = joined.add_columns(func.percentile_cont(0.5).within_group(diff).label("median"))
            rows = session.execute(query.group_by(*keys))
            result[stage] = {_key(r): round(float(r.median), 1) for r in rows}
            continue
        query = joined.add_columns(days, func.count().label("n")).group_by(*keys, days)
        spread: dict = defaultdict(list)
        for r in session.execute(query):
            spread[_key(r)].append((r.days, r.n))
        result[stage] = {key: _median(dist) for key, dist in spread.items()}
    return result


def _median(distribution: list[tuple[int, int]]) -> float:
    """percentile_cont(0.5) of a value → count distribution (the mean of the two middle values)."""
    ordered = sorted(distribution)
    total = sum(n for _, n in ordered)
    lower, upper = (total - 1) // 2, total // 2
    seen, low, high = 0, None, None
    for value, n in ordered:
        if low is None and seen + n > lower:
            low = value
        if seen + n > upper:
            high = value
            break
        seen += n
    return round((low + high) / 2, 1)
