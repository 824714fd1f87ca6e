"""先行救助 at the window: emergency aid recorded on a case before (or after) acceptance, through transfer.

Seed 003: “情况紧急的,…先行给予紧急救助,同时启动协同办理程序。紧急情况解除后,按规定补齐相关手续。”
The aid counts toward the 临时救助 caps that transfer keeps, so it is recorded there synchronously: a
refusal (409) reaches the clerk at once and nothing is written here. Transfer's own event
(`emergency_aid_recorded`) puts it on this case's timeline through its outbox.
"""

from sqlmodel import Session

from services.common.auth import Principal
from services.common.errors import Conflict
from services.common.vocabulary import ApplicationStatus as S
from services.intake.applications.audit import log_access
from services.intake.applications.models import Application
from services.intake.applications.service import get_visible, members_of
from services.intake.handoff.service import case_fields

OPEN = (S.DRAFT, S.AWAITING_MATERIALS, S.ACCEPTED, S.IN_PROGRESS)


def registered_case(session: Session, app: Application) -> dict:
    """The case as transfer needs it to count the household (the same fields the acceptance hands over)."""
    return case_fields(app, members_of(session, app))


def record_aid(*, db, session: Session, principal: Principal, application_id: int, aid: dict, transfer):
    """Send the aid with the registered case to transfer (caps checked there); its answer, or its refusal.

    The case is read in a short session of its own, so no transaction (SQLite: no write lock) is open
    while transfer answers; the request's session only logs the access once transfer has recorded it.
    """
    with db.session() as read:
        app = get_visible(session=read, principal=principal, application_id=application_id)
        if not app.emergency:
            raise Conflict("该申请未标记为情况紧急，不能先行救助", field="emergency")
        if app.status not in OPEN:
            raise Conflict(f"案件 {app.case_number} 已{S(app.status).label}，不能再登记先行救助", field="id")
        body = {
            "case": registered_case(read, app),
            "aid": aid,
            "recorded_by": {"username": principal.subject, "name": principal.name or principal.subject},
        }
    answer = transfer.record_emergency_aid_before_acceptance(application_id, body)
    app = get_visible(session=session, principal=principal, application_id=application_id)
    log_access(session, app, principal, "emergency_aid")
    return answer
