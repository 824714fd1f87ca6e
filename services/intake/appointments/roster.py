"""The duty roster (值班表): who serves a hall out of hours (午间、延时、双休日), and the public view of it."""

from datetime import date, time

from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.errors import Conflict, Forbidden, Invalid
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import Role, ServicePeriod
from services.intake.appointments.models import DutyShift
from services.intake.appointments.schemas import DutyCreate, DutyPublic, OutOfHoursPublic
from services.intake.appointments.service import MAX_BATCH_DAYS, list_windows


def duty_public(row: DutyShift) -> DutyPublic:
    period = ServicePeriod(row.period)
    return DutyPublic(
        id=row.id,
        region=row.region,
        shift_date=row.shift_date,
        period=period,
        period_name=period.label,
        start_time=f"{row.start_time:%H:%M}",
        end_time=f"{row.end_time:%H:%M}",
        staff_username=row.staff_username,
        staff_name=row.staff_name,
    )


def add_duty(*, session: Session, principal: Principal, body: DutyCreate) -> DutyShift:
    """An out-of-hours shift; an admin, or the lead of a window of that region, keeps the roster."""
    if body.region not in REGIONS:
        raise Invalid(f"未知的区划代码 {body.region}", field="region")
    if not principal.can_see_region(body.region):
        raise Forbidden("无权为该区域排班", field="region")
    if principal.role not in (Role.ADMIN, Role.SERVICE):
        leads = {w.lead_username for w in list_windows(session=session, region=body.region)}
        if principal.subject not in leads:
            raise Forbidden("只有管理员或窗口负责人可以排班")
    if body.period == ServicePeriod.REGULAR:
        raise Invalid("值班表只排午间、延时和双休日服务", field="period")
    start, end = time.fromisoformat(body.start_time), time.fromisoformat(body.end_time)
    if end <= start:
        raise Invalid("结束时间须晚于开始时间", field="end_time")
    exists = session.exec(
        select(DutyShift).where(
            DutyShift.region == body.region,
            DutyShift.shift_date == body.shift_date,
            DutyShift.period == body.period.value,
            DutyShift.staff_username == body.staff_username,
        )
    ).first()
    if exists:
        raise Conflict("该工作人员当天此时段已排班", field="staff_username")
    row = DutyShift(
        **body.model_dump(exclude={"period", "start_time", "end_time"}),
        period=body.period.value,
        start_time=start,
        end_time=end,
        created_by=principal.subject,
    )
    session.add(row)
    session.flush()
    return row


def list_duty(*, session: Session, region: str, date_from: date, date_to: date) -> list[DutyPublic]:
    query = (
        select(DutyShift)
        .where(DutyShift.shift_date >= date_from, DutyShift.shift_date <= date_to)
        .order_by(DutyShift.shift_date, DutyShift.start_time)
    )
    if region:
        query = query.where(col(DutyShift.region).startswith(region))
    return [duty_public(r) for r in session.exec(query).all()]


def out_of_hours(
    *, session: Session, region: str | None, date_from: date, date_to: date
) -> list[OutOfHoursPublic]:
    """Public: which days and hours a hall serves out of hours (one line per shift time, no names)."""
    if date_to < date_from or (date_to - date_from).days > MAX_BATCH_DAYS:
        raise Invalid(f"查询区间须为 0 到 {MAX_BATCH_DAYS} 天", field="date_to")
    seen, out = set(), []
    for d in list_duty(session=session, region=region or "", date_from=date_from, date_to=date_to):
        key = (d.region, d.shift_date, d.period, d.start_time, d.end_time)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            OutOfHoursPublic(
                region=d.region,
                region_name=region_name(d.region),
                shift_date=d.shift_date,
                period=d.period,
                period_name=d.period_name,
                start_time=d.start_time,
                end_time=d.end_time,
            )
        )
    return out
