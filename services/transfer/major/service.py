"""情况重大: “情况重大的,应及时将有关情况报告区政府。” (seed 003) — report, acknowledgement, reminders."""

from datetime import date, datetime

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import SHANGHAI, beijing_date
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.transfer.major.models import MajorReport
from services.transfer.major.schemas import AcknowledgementIn, MajorReportIn, MajorReportPublic
from services.transfer.slips import notify
from services.transfer.slips.issuing import Context
from services.transfer.slips.models import Slip, TransferCase

DUE_KIND = "major_report"


def _case(session: Session, case_id: int, principal: Principal) -> TransferCase:
    case = session.get(TransferCase, case_id)
    if case is None or not principal.can_see_region(case.window_region):
        raise NotFound(f"案件 {case_id} 不存在", field="case_id")
    return case


def _first_slip(session: Session, case_id: int) -> Slip | None:
    return session.exec(select(Slip).where(Slip.case_id == case_id).order_by(Slip.id)).first()


def public(case: TransferCase, row: MajorReport, today: date) -> MajorReportPublic:
    """The report as the API and the board show it."""
    return MajorReportPublic(
        **row.model_dump(exclude={"id", "case_id"}),
        case_id=case.case_id,
        case_number=case.case_number,
        window_region=case.window_region,
        overdue=row.acknowledged_at is None and row.due_date < today,
    )


def report(
    *, session: Session, ctx: Context, case_id: int, body: MajorReportIn, principal: Principal
) -> MajorReportPublic:
    """The owning window reports the case; the acknowledgement is due in the opinion's working days."""
    case = _case(session, case_id, principal)
    if principal.role not in ("window_staff", "service"):
        raise Forbidden("只有案件所属窗口可以报告重大情况", field="case_id")
    if session.exec(select(MajorReport).where(MajorReport.case_id == case_id)).first() is not None:
        raise Conflict("该案件已报告区政府", field="case_id")
    now = ctx.clock.now()
    due = ctx.calendar.add_working_days(beijing_date(now), ctx.settings.opinion_working_days).due_date
    row = MajorReport(
        case_id=case_id,
        summary=body.summary,
        reported_by=principal.subject,
        reported_by_name=principal.name or principal.subject,
        reported_at=now,
        due_date=due,
    )
    session.add(row)
    session.flush()
    notify.record_case(
        session,
        case_id=case_id,
        slip=_first_slip(session, case_id),
        intake_kind="major_case_reported",
        actor=row.reported_by_name,
        detail=f"情况重大，已报告区政府（签收期限 {due.isoformat()}）：{body.summary}",
    )
    return public(case, row, beijing_date(now))


def acknowledge(
    *, session: Session, ctx: Context, case_id: int, body: AcknowledgementIn, principal: Principal
) -> MajorReportPublic:
    """The district's supervisor records that the district government received the report."""
    case = _case(session, case_id, principal)
    if principal.role not in ("supervisor", "admin", "service") or (
        principal.role == "supervisor" and len(principal.region) != 6
    ):
        raise Forbidden("区政府签收由区级监督人员登记", field="case_id")
    row = session.exec(select(MajorReport).where(MajorReport.case_id == case_id).with_for_update()).first()
    if row is None:
        raise NotFound("该案件未报告重大情况", field="case_id")
    if row.acknowledged_at is not None:
        raise Conflict("区政府已签收该报告", field="case_id")
    now = ctx.clock.now()
    today = beijing_date(now)
    day = body.acknowledged_date or today
    if day < row.reported_at.astimezone(SHANGHAI).date() or day > today:
        raise Invalid("签收日期须在报告日与今天之间", field="acknowledged_date")
    row.acknowledged_at = now if day == today else datetime.combine(day, datetime.min.time(), SHANGHAI)
    row.acknowledged_by, row.recorded_by, row.note = body.acknowledged_by, principal.subject, body.note
    session.add(row)
    late = "（已超过签收期限）" if day > row.due_date else ""
    notify.record_case(
        session,
        case_id=case_id,
        slip=_first_slip(session, case_id),
        intake_kind="major_case_acknowledged",
        actor=principal.name or principal.subject,
        detail=f"区政府已签收重大情况报告{late}：{body.acknowledged_by}"
        + (f"；{body.note}" if body.note else ""),
    )
    return public(case, row, today)


def get(*, session: Session, ctx: Context, case_id: int, principal: Principal) -> MajorReportPublic:
    """The case's report (404 when none)."""
    case = _case(session, case_id, principal)
    row = session.exec(select(MajorReport).where(MajorReport.case_id == case_id)).first()
    if row is None:
        raise NotFound("该案件未报告重大情况", field="case_id")
    return public(case, row, ctx.clock.today())


def outstanding(*, session: Session, region: str | None, today: date) -> list[MajorReportPublic]:
    """Reports not yet acknowledged, earliest deadline first (the supervision board)."""
    query = (
        select(MajorReport, TransferCase)
        .join(TransferCase, TransferCase.case_id == MajorReport.case_id)
        .where(MajorReport.acknowledged_at.is_(None))
        .order_by(MajorReport.due_date, MajorReport.id)
    )
    if region:
        query = query.where(TransferCase.window_region.startswith(region))
    return [public(case, row, today) for row, case in session.exec(query).all()]


def remind(
    *, session: Session, today: date, limit: date, now: datetime, counts: dict[str, int], insert
) -> None:
    """Near-due or late acknowledgements: 催办 the reporting window, then 督办; once each (unique key)."""
    for item in outstanding(session=session, region=None, today=today):
        if item.due_date > limit:
            continue
        anchor = _first_slip(session, item.case_id)
        if anchor is None:
            continue
        for level in ["reminder"] + (["supervision"] if item.due_date < today else []):
            fresh = insert(
                session,
                dict(
                    slip_id=anchor.id,
                    due_kind=DUE_KIND,
                    due_date=item.due_date,
                    level=level,
                    department_id=anchor.sender_department_id or "",
                    reminded=item.reported_by_name,
                    at=now,
                ),
            )
            if fresh:
                counts[level] += 1
                name = "催办" if level == "reminder" else "督办"
                notify.record(
                    session,
                    anchor,
                    kind=level,
                    intake_kind="reminder_sent" if level == "reminder" else "supervision_opened",
                    actor="系统（期限监控）",
                    detail=f"{name}：{item.case_number} 重大情况报告区政府签收"
                    + ("已逾期" if item.due_date < today else "即将到期")
                    + f"（期限 {item.due_date.isoformat()}），已提醒 {item.reported_by_name}",
                    at=now,
                )
