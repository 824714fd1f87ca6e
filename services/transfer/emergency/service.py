"""先行救助 before acceptance: the registered case held as a stub so the 临时救助 caps can refuse the aid.

Seed 003: “情况紧急的,…先行给予紧急救助,同时启动协同办理程序。紧急情况解除后,按规定补齐相关手续。”
Aid comes first, so it can be given while the case is only registered at the window. The caps must be
able to refuse it while the clerk waits (an outbox message could not), so intake calls here directly.
The stub is the case's own `transfer_case` row (same case_id) with no slips yet; the acceptance handoff
(POST /v1/cases) fills it in and issues the slips, and the paperwork (补齐手续) deadline runs from the aid.
"""

import json
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.errors import Conflict
from services.transfer.caps.limits import CapLimitsSource
from services.transfer.emergency.schemas import EarlyAidIn, RegisteredCase
from services.transfer.slips import issuing
from services.transfer.slips.issuing import Context
from services.transfer.slips.models import Slip, TransferCase
from services.transfer.slips.schemas import EmergencyAidPublic


def is_stub(session: Session, case: TransferCase) -> bool:
    """A case transfer holds only for its emergency aid: registered, not yet handed over (no slip)."""
    return session.exec(select(Slip.id).where(Slip.case_id == case.case_id)).first() is None


def _stub(ctx: Context, case_id: int, body: RegisteredCase, given: date) -> TransferCase:
    # accepted/due dates are placeholders (the aid's date) until the acceptance fills the case in
    return TransferCase(
        case_id=case_id,
        **issuing.registered_fields(body),
        emergency=True,
        accepted_date=given,
        due_date=given,
        paperwork_due_date=ctx.calendar.add_working_days(given, ctx.settings.paperwork_working_days).due_date,
    )


def record_before_acceptance(
    *,
    session: Session,
    ctx: Context,
    case_id: int,
    body: EarlyAidIn,
    principal: Principal,
    cap_limits: CapLimitsSource,
) -> tuple[EmergencyAidPublic, bool]:
    """Record the aid on the case (a stub made now if transfer does not hold it yet); True if the stub is new.

    Within the 临时救助 caps like any aid: over a cap is the caps' 409 and nothing is kept, the stub neither.
    """
    today = ctx.clock.today()
    given = body.aid.given_date or today
    case = session.get(TransferCase, case_id)
    created = case is None
    if created:
        case = _stub(ctx, case_id, body.case, given)
        try:
            with session.begin_nested():
                session.add(case)
                session.flush()
        except IntegrityError as exc:  # the handoff or another aid is writing this case right now
            raise Conflict("该案件正在转办处理中，请稍后重试", field="case_id") from exc
    elif case.window_region != body.case.window_region:
        raise Conflict("案件的受理窗口与转办服务记录不一致", field="case.window_region")
    elif is_stub(session, case):
        # members added at the window since the first aid count from now on
        members = sorted({*json.loads(case.household_id_numbers or "[]"), *body.case.household_id_numbers})
        case.household_id_numbers = json.dumps(members)
        session.add(case)
    aid = issuing.record_emergency_aid(
        session=session,
        case_id=case_id,
        body=body.aid,
        principal=principal,
        today=today,
        cap_limits=cap_limits,
        actor=body.recorded_by.name,
    )
    return aid, created
