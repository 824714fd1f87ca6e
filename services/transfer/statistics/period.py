"""The transfer side of a half-monthly / monthly report: slips, timeliness, grants and emergency aid."""

from datetime import UTC, date, datetime, time, timedelta

from pydantic import BaseModel, Field
from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from services.common.auth import Principal
from services.common.clock import SHANGHAI
from services.common.money import fen_to_yuan
from services.common.vocabulary import OPEN_SLIP_STATES
from services.transfer.grants.models import Grant
from services.transfer.slips.models import EmergencyAid, Slip, TransferCase
from services.transfer.statistics.service import _scope, beijing_day


class PeriodSlips(BaseModel):
    """Slips issued in the period and how they were answered; money granted in the period (yuan)."""

    date_from: date
    date_to: date
    slips_issued: int
    answered_within_limit: int = Field(description="本期出具、3个工作日内给出办理意见的通知单")
    opinion_due: int = Field(description="本期出具、已给出意见或意见已到期的通知单（按时率分母）")
    feedback_given: int = Field(description="本期出具、已反馈结果的通知单")
    returns: int
    overdue: int = Field(description="本期出具、期末逾期未办的通知单")
    grants: int = Field(description="本期发放笔数（按发放日期）")
    grants_amount: str = Field(description="本期发放金额（元）", examples=["12000.00"])
    emergency_aid_amount: str = Field(description="本期先行救助金额（元）", examples=["500.00"])


def period_slips(
    *, session: Session, principal: Principal, date_from: date, date_to: date, today: date, region: str | None
) -> PeriodSlips:
    """Counted in SQL, scoped like department timeliness."""
    as_of = min(today, date_to + timedelta(days=1))
    day = beijing_day(session, Slip.issued_at)
    since = datetime.combine(date_from - timedelta(days=1), time(), SHANGHAI).astimezone(UTC)
    until = datetime.combine(date_to + timedelta(days=2), time(), SHANGHAI).astimezone(UTC)
    on_time = and_(
        Slip.opinion_at.is_not(None), beijing_day(session, Slip.opinion_at) <= Slip.opinion_due_date
    )
    late = and_(Slip.state.in_(OPEN_SLIP_STATES), Slip.due_date.is_not(None), Slip.due_date < as_of)
    slips = _scope(
        select(
            func.count(),
            func.sum(case((on_time, 1), else_=0)),
            func.sum(case((Slip.opinion_at.is_not(None) | (Slip.opinion_due_date < as_of), 1), else_=0)),
            func.sum(case((Slip.feedback_at.is_not(None), 1), else_=0)),
            func.sum(case((Slip.returned_at.is_not(None), 1), else_=0)),
            func.sum(case((late, 1), else_=0)),
        )
        .select_from(Slip)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        .where(Slip.issued_at >= since, Slip.issued_at < until, day >= date_from, day <= date_to),
        principal,
        region,
    )
    issued, within, due, feedback, returns, overdue = session.execute(slips).one()
    grants = _scope(
        select(func.count(), func.coalesce(func.sum(Grant.amount_fen), 0))
        .select_from(Grant)
        .join(Slip, Slip.id == Grant.slip_id)
        .join(TransferCase, TransferCase.case_id == Slip.case_id)
        .where(Grant.grant_date >= date_from, Grant.grant_date <= date_to),
        principal,
        region,
    )
    grant_count, grant_fen = session.execute(grants).one()
    aid = select(func.coalesce(func.sum(EmergencyAid.amount_fen), 0)).join(
        TransferCase, TransferCase.case_id == EmergencyAid.case_id
    )
    mine = region or ("" if principal.role in ("admin", "service") else principal.region)
    aid = aid.where(
        TransferCase.window_region.startswith(mine),
        EmergencyAid.given_date >= date_from,
        EmergencyAid.given_date <= date_to,
    )
    aid_fen = session.execute(aid).scalar_one()
    return PeriodSlips(
        date_from=date_from,
        date_to=date_to,
        slips_issued=issued or 0,
        answered_within_limit=within or 0,
        opinion_due=due or 0,
        feedback_given=feedback or 0,
        returns=returns or 0,
        overdue=overdue or 0,
        grants=grant_count or 0,
        grants_amount=fen_to_yuan(int(grant_fen)),
        emergency_aid_amount=fen_to_yuan(int(aid_fen)),
    )
