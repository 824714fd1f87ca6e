"""Step deadlines in the transfer sweep: 催办 when near due, 督办 when late, once per step and level.

A step's reminder hangs on its item slip under the step's name (`due_kind`), so the sweep's unique key
keeps replicas from doubling it exactly as for slips. The 核对 step is reminded on its own slip.
"""

from collections.abc import Callable
from datetime import date, datetime

from sqlmodel import Session, select

from services.transfer.departments.models import Department
from services.transfer.procedure.models import Procedure, ProcedureStep
from services.transfer.procedure.service import investigators_of
from services.transfer.procedure.steps import Step
from services.transfer.slips import notify
from services.transfer.slips.models import Slip

LEVEL_NAMES = {"reminder": "催办", "supervision": "督办"}
INTAKE_KINDS = {"reminder": "reminder_sent", "supervision": "supervision_opened"}


def remind_steps(
    *,
    session: Session,
    today: date,
    limit: date,
    now: datetime,
    counts: dict[str, int],
    insert: Callable[[Session, dict], bool],
) -> None:
    """Remind whoever must act on each open step that is near due or late; the district supervises the late."""
    rows = session.exec(
        select(ProcedureStep, Procedure)
        .join(Procedure, Procedure.id == ProcedureStep.procedure_id)
        .where(
            ProcedureStep.status.in_(("pending", "active")),
            ProcedureStep.due_date.is_not(None),
            ProcedureStep.due_date <= limit,
            Procedure.decision.is_(None),
        )
        .order_by(ProcedureStep.due_date, ProcedureStep.id)
    ).all()
    for step, proc in rows:
        if step.step == Step.VERIFICATION and proc.check_slip_id is not None:
            continue  # the 核对 slip carries this deadline to the checking body
        slip = session.get(Slip, proc.slip_id)
        dept = session.get(Department, slip.receiver_id)
        reminded = _who(proc, step, dept)
        late = step.due_date < today
        for level in ["reminder"] + (["supervision"] if late else []):
            values = dict(
                slip_id=slip.id,
                due_kind=step.step,
                due_date=step.due_date,
                level=level,
                department_id=dept.id,
                reminded=reminded[:200],
                at=now,
            )
            if not insert(session, values):
                continue
            counts[level] += 1
            detail = (
                f"{LEVEL_NAMES[level]}：{slip.number} 办理流程“{Step(step.step).label}”"
                f"{'已逾期' if late else '即将到期'}（期限 {step.due_date.isoformat()}），已提醒{reminded}"
                + ("，区民政局督办" if level == "supervision" else "")
            )
            notify.record(
                session,
                slip,
                kind=level,
                intake_kind=INTAKE_KINDS[level],
                actor="系统（期限监控）",
                detail=detail,
                at=now,
            )


def _who(proc: Procedure, step: ProcedureStep, dept: Department) -> str:
    if step.step == Step.INVESTIGATION and proc.investigators != "[]":
        return "、".join(i.name for i in investigators_of(proc))
    if step.step == Step.APPROVAL:
        return f"{dept.name}及审批领导小组"
    return f"{dept.name} {dept.current_handler}".strip()
