"""Recording and searching the read audit. Only inserts and selects here: the tables are append-only."""

import hashlib
import hmac
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.clock import SHANGHAI
from services.common.errors import Forbidden
from services.common.identity import mask_id_number
from services.common.observability import mask_personal_data
from services.common.vocabulary import Role
from services.intake.applications.models import Application, ApplicationMember, DataAccess
from services.intake.audit.models import ReadAudit
from services.intake.audit.schemas import ReadAuditPage, ReadEntry

ACTIONS = {
    # a case's own access log (data_access): every read and change of its personal data
    "read": "查看案件",
    "print": "打印告知书或回执",
    "archive_file": "查看档案扫描件",
    "archive_export": "下载档案",
    "create": "登记申请",
    "update_items": "确定申请事项",
    "materials": "收取材料",
    "notice": "出具一次性告知",
    "supplement": "补正材料",
    "accept": "受理",
    "not_accept": "不予受理",
    "withdraw": "撤回",
    "pause": "中止计时",
    "resume": "恢复计时",
    "extend": "延长期限",
    # lists, look-ups and exports (read_audit)
    "ledger_list": "查看台账",
    "ledger_lookup": "按身份证号或电话查询台账",
    "ledger_export": "导出台账",
    "duplicate_check": "重复救助核查（身份证号）",
    "complaints_export": "导出投诉台账",
    "ratings_export": "导出好差评统计",
    "statistics_export": "导出案件统计",
    "report_export": "导出定期报告",
}


def household_key(secret: str, value: str) -> str:
    """Keyed hash of a normalised ID number or phone: equal inputs match, the number is not stored."""
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def mask_household(value: str) -> str:
    """ID numbers as 370211********0114, phones as 138****0000."""
    return mask_id_number(value) if len(value) in (15, 18) else mask_personal_data(value)


def record(
    *,
    session: Session,
    principal: Principal,
    action: str,
    filters: str = "",
    row_count: int | None = None,
    looked_up: str | None = None,
    secret: str = "",
) -> None:
    """Append one entry; `looked_up` is the normalised ID number or phone searched for, if any."""
    session.add(
        ReadAudit(
            actor=principal.subject[:64],
            role=str(principal.role),
            actor_region=principal.region or "",
            action=action,
            filters=mask_personal_data(filters),
            row_count=row_count,
            household_key=household_key(secret, looked_up) if looked_up else None,
            household=mask_household(looked_up) if looked_up else "",
        )
    )


def _bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    """Beijing calendar days as UTC instants (times are stored in UTC)."""
    start = datetime.combine(date_from, time(), SHANGHAI).astimezone(UTC) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time(), SHANGHAI).astimezone(UTC) if date_to else None
    return start, end


def search(
    *,
    session: Session,
    principal: Principal,
    secret: str,
    id_number: str | None = None,
    phone: str | None = None,
    case_number: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 200,
) -> ReadAuditPage:
    """Case reads within the supervisor's region and list entries by its staff, newest first."""
    if principal.role not in (Role.SUPERVISOR, Role.ADMIN):
        raise Forbidden("只有监督人员和管理员可以查阅访问记录")
    start, end = _bounds(date_from, date_to)
    region = "" if principal.role == Role.ADMIN else principal.region
    entries: list[ReadEntry] = []
    truncated = False

    cases = select(DataAccess, Application).join(Application, Application.id == DataAccess.application_id)
    cases = cases.where(Application.window_region.startswith(region))
    if case_number:
        cases = cases.where(Application.case_number == case_number)
    if id_number:
        member_of = select(ApplicationMember.application_id).where(ApplicationMember.id_number == id_number)
        cases = cases.where((Application.applicant_id_number == id_number) | Application.id.in_(member_of))
    if phone:
        cases = cases.where(Application.phone == phone)
    cases = _common(cases, DataAccess, actor, action, start, end)
    rows = session.exec(cases.order_by(DataAccess.id.desc()).limit(limit + 1)).all()
    truncated |= len(rows) > limit
    for access, app in rows[:limit]:
        entries.append(
            ReadEntry(
                source="case",
                actor=access.actor,
                role=access.role,
                action=access.action,
                action_name=ACTIONS.get(access.action, access.action),
                case_number=app.case_number,
                household=mask_id_number(app.applicant_id_number),
                at=access.at,
            )
        )

    if not case_number:  # list entries name no case
        lists = select(ReadAudit).where(ReadAudit.actor_region.startswith(region))
        looked_up = id_number or phone
        if looked_up:
            lists = lists.where(ReadAudit.household_key == household_key(secret, looked_up))
        lists = _common(lists, ReadAudit, actor, action, start, end)
        audits = session.exec(lists.order_by(ReadAudit.id.desc()).limit(limit + 1)).all()
        truncated |= len(audits) > limit
        entries += [
            ReadEntry(
                source="list",
                actor=a.actor,
                role=a.role,
                action=a.action,
                action_name=ACTIONS.get(a.action, a.action),
                household=a.household,
                filters=a.filters,
                row_count=a.row_count,
                at=a.at,
            )
            for a in audits[:limit]
        ]
    entries.sort(key=lambda e: e.at, reverse=True)
    return ReadAuditPage(entries=entries, truncated=truncated)


def _common(query, table, actor, action, start, end):
    if actor:
        query = query.where(table.actor == actor)
    if action:
        query = query.where(table.action == action)
    if start:
        query = query.where(table.at >= start)
    if end:
        query = query.where(table.at < end)
    return query
