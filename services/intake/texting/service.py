"""A text message to the applicant when the case is accepted and when it is concluded.

The status change queues the text on its database session; it is sent only after that transaction
commits (a rolled-back change never texts), through the app's SmsGateway (log-only by default,
YIMEN_INTAKE_SMS_GATEWAY plugs a real one in). A gateway that fails is logged and undoes nothing.
"""

import logging

from sqlalchemy import event
from sqlalchemy.orm import Session, object_session

from services.common.regions import region_name
from services.common.sms import SmsGateway, mask_phone
from services.common.vocabulary import ApplicationStatus as S
from services.intake.applications.models import Application, StatusChange

log = logging.getLogger("yimen.intake.texting")
QUEUE = "yimen_applicant_texts"  # Session.info key: texts waiting for the commit
_gateway: list[SmsGateway] = []  # the running app's gateway (install); empty: nothing is sent


def install(gateway: SmsGateway | None) -> None:
    """The gateway texts go through (create_app passes app.state.sms)."""
    _gateway[:] = [gateway] if gateway is not None else []


def text_for(app: Application, status: str) -> str | None:
    """What the applicant reads: the window, the case number and what happens next."""
    window = f"{region_name(app.window_region)}社会救助窗口"
    if status == S.ACCEPTED:
        due = f"，承诺办结日期 {app.due_date}" if app.due_date else ""
        return (
            f"【{window}】您的社会救助申请已受理，案件编号 {app.case_number}{due}。"
            "可凭案件编号和身份证号后6位查询办理进度。"
        )
    if status == S.CONCLUDED:
        return (
            f"【{window}】您的社会救助申请（案件编号 {app.case_number}）已办结，"
            "办理结果以承办部门的书面决定为准。欢迎凭案件编号评价我们的服务。"
        )
    return None


@event.listens_for(StatusChange, "after_insert")
def _queue(_mapper, _connection, change: StatusChange) -> None:
    if change.to_status not in (S.ACCEPTED, S.CONCLUDED):
        return
    session = object_session(change)
    if session is None:
        return
    with session.no_autoflush:
        app = session.get(Application, change.application_id)
    if app is not None and app.phone:
        session.info.setdefault(QUEUE, []).append((app, str(change.to_status)))


@event.listens_for(Session, "after_commit")
def _send(session: Session) -> None:
    pending = session.info.pop(QUEUE, [])
    if not pending or not _gateway:
        return
    for app, status in pending:
        text = text_for(app, status)
        if not text:
            continue
        try:
            _gateway[0].send(app.phone, text)
        except Exception:  # noqa: BLE001 — a text that cannot go out never undoes the committed change
            log.warning("短信未能发出（案件 %s，%s）", app.case_number, mask_phone(app.phone))


@event.listens_for(Session, "after_rollback")
def _drop(session: Session) -> None:
    session.info.pop(QUEUE, None)
