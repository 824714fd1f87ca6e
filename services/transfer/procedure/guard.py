"""The hook the slip's `result` event calls: a street on the full procedure decides through its steps."""

from sqlmodel import Session, select

from services.common.errors import Conflict
from services.common.money import yuan_to_fen
from services.transfer.procedure.models import Procedure
from services.transfer.procedure.service import config_for
from services.transfer.slips.models import Slip


def check_result(session: Session, slip: Slip, outcome: str, amount: str | None) -> None:
    """Refuse a result the approval group has not decided (409); a street not on the procedure passes."""
    proc = session.exec(select(Procedure).where(Procedure.slip_id == slip.id)).first()
    if proc is None and config_for(session, slip) is None:
        return
    fen = yuan_to_fen(amount, field="amount") if amount is not None else None
    if proc is None or proc.decision is None:
        raise Conflict(
            "本街道该事项按办理流程办理：须经入户调查、核对、审核、公示和审批领导小组审批后由系统登记办理结果",
            field="type",
        )
    if proc.decision != outcome or (proc.decision_amount_fen or None) != (fen or None):
        raise Conflict("办理结果须与审批领导小组的决定一致", field="type")
