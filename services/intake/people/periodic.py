"""Half-monthly and monthly reports (seed 002 半月报告, seed 004 每月报送), counted in SQL from the records."""

import calendar as month_calendar
import re
from datetime import UTC, date, datetime, time, timedelta

from pydantic import BaseModel, Field
from sqlalchemy import case, func
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import SHANGHAI
from services.common.errors import Forbidden, Invalid
from services.common.regions import region_name
from services.common.vocabulary import ApplicationStatus, Role
from services.intake.applications.models import Application, ApplicationItem
from services.intake.deadlines.service import CLOCK_STATUSES
from services.intake.people.models import Complaint, Rating

PERIOD = r"^\d{4}-(0[1-9]|1[0-2])(-H[12])?$"
DONE = (ApplicationStatus.CONCLUDED.value, ApplicationStatus.ARCHIVED.value)


class ItemLine(BaseModel):
    """Cases of one item in the period."""

    item_code: str
    item_name: str
    received: int = Field(description="本期登记")
    accepted: int = Field(description="本期受理")
    concluded: int = Field(description="本期办结")
    overdue: int = Field(description="期末逾期未办结")


class PeriodReport(BaseModel):
    """A street's or the district's report for a half month (H1: 1–15, H2: 16–end) or a month."""

    period: str = Field(examples=["2026-11-H1"])
    title: str = Field(examples=["2026年11月上半月"])
    date_from: date
    date_to: date
    as_of: date = Field(description="期末逾期按这一天计算（本期未结束时为今天）")
    region: str
    region_name: str
    by_item: list[ItemLine]
    total: ItemLine
    complaints_received: int
    complaints_replied: int
    complaints_overdue: int
    ratings: int
    rating_average: float | None
    ratings_unsatisfied: int = Field(description="不满意和非常不满意")


def period_dates(period: str) -> tuple[date, date, str]:
    """ "2026-11" → whole month; "2026-11-H1" → 1st–15th; "2026-11-H2" → 16th–last day."""
    if not re.match(PERIOD, period):
        raise Invalid("period 须为 YYYY-MM、YYYY-MM-H1 或 YYYY-MM-H2", field="period")
    year, month = int(period[:4]), int(period[5:7])
    last = month_calendar.monthrange(year, month)[1]
    half = period[8:]
    start = date(year, month, 16 if half == "H2" else 1)
    end = date(year, month, 15 if half == "H1" else last)
    title = f"{year}年{month}月" + {"H1": "上半月", "H2": "下半月"}.get(half, "")
    return start, end, title


def _region(principal: Principal, region: str | None) -> str:
    if region:
        if not principal.can_see_region(region):
            raise Forbidden(f"无权查看区域 {region} 的报告", field="region")
        return region
    if principal.role == Role.ADMIN or not principal.region:
        return "370211"
    return principal.region


def report(
    *, session: Session, principal: Principal, period: str, today: date, region: str | None = None
) -> PeriodReport:
    """Counts for the period: cases by item, complaints and ratings of the region's windows."""
    start, end, title = period_dates(period)
    where = _region(principal, region)
    as_of = min(today, end + timedelta(days=1))
    in_period = lambda col: (col >= start) & (col <= end)  # noqa: E731
    late = Application.status.in_(CLOCK_STATUSES) & (Application.due_date < as_of)
    rows = session.exec(
        select(
            ApplicationItem.item_code,
            func.max(ApplicationItem.item_name),
            func.sum(case((in_period(Application.received_date), 1), else_=0)),
            func.sum(case((in_period(Application.accepted_date), 1), else_=0)),
            func.sum(
                case((in_period(Application.concluded_date) & Application.status.in_(DONE), 1), else_=0)
            ),
            func.sum(case((late & (Application.received_date <= end), 1), else_=0)),
        )
        .join(Application, Application.id == ApplicationItem.application_id)
        .where(Application.window_region.startswith(where), Application.received_date <= end)
        .group_by(ApplicationItem.item_code)
        .order_by(ApplicationItem.item_code)
    ).all()
    lines = [
        ItemLine(item_code=c, item_name=n, received=r, accepted=a, concluded=d, overdue=o)
        for c, n, r, a, d, o in rows
    ]
    lines = [line for line in lines if line.received or line.accepted or line.concluded or line.overdue]
    total = session.exec(
        select(
            func.sum(case((in_period(Application.received_date), 1), else_=0)),
            func.sum(case((in_period(Application.accepted_date), 1), else_=0)),
            func.sum(
                case((in_period(Application.concluded_date) & Application.status.in_(DONE), 1), else_=0)
            ),
            func.sum(case((late, 1), else_=0)),
        ).where(Application.window_region.startswith(where), Application.received_date <= end)
    ).one()
    complaints = session.exec(
        select(
            func.count(),
            func.sum(case((Complaint.status == "replied", 1), else_=0)),
            func.sum(case(((Complaint.status == "open") & (Complaint.due_date < as_of), 1), else_=0)),
        ).where(Complaint.region.startswith(where), in_period(Complaint.received_date))
    ).one()
    since = datetime.combine(start, time(), SHANGHAI).astimezone(UTC)
    until = datetime.combine(end + timedelta(days=1), time(), SHANGHAI).astimezone(UTC)
    ratings = session.exec(
        select(func.count(), func.avg(Rating.level), func.sum(case((Rating.level <= 2, 1), else_=0))).where(
            Rating.window_region.startswith(where), Rating.at >= since, Rating.at < until
        )
    ).one()
    return PeriodReport(
        period=period,
        title=title,
        date_from=start,
        date_to=end,
        as_of=as_of - timedelta(days=1) if as_of > end else as_of,
        region=where,
        region_name=region_name(where),
        by_item=lines,
        total=ItemLine(
            item_code="",
            item_name="合计",
            received=total[0] or 0,
            accepted=total[1] or 0,
            concluded=total[2] or 0,
            overdue=total[3] or 0,
        ),
        complaints_received=complaints[0] or 0,
        complaints_replied=complaints[1] or 0,
        complaints_overdue=complaints[2] or 0,
        ratings=ratings[0] or 0,
        rating_average=round(float(ratings[1]), 2) if ratings[1] is not None else None,
        ratings_unsatisfied=ratings[2] or 0,
    )


HEADER = ["报告期", "区域", "事项代码", "事项", "本期登记", "本期受理", "本期办结", "期末逾期"]


def rows(r: PeriodReport):
    """The report as spreadsheet rows: items, total, then complaints and ratings as lines of their own."""
    for line in [*r.by_item, r.total]:
        yield [
            r.title,
            r.region_name,
            line.item_code,
            line.item_name,
            line.received,
            line.accepted,
            line.concluded,
            line.overdue,
        ]
    yield [
        r.title,
        r.region_name,
        "",
        "投诉：收到 / 已答复 / 逾期未答复",
        r.complaints_received,
        r.complaints_replied,
        None,
        r.complaints_overdue,
    ]
    yield [
        r.title,
        r.region_name,
        "",
        "好差评：条数 / 平均分 / 不满意",
        r.ratings,
        r.rating_average,
        r.ratings_unsatisfied,
        None,
    ]
