"""Duplicate-aid guard (多头/重复救助): same household, same or mutually exclusive item, case or grant."""

from datetime import date, timedelta

from sqlmodel import Session, select

from services.common.errors import ProblemError
from services.common.identity import mask_id_number
from services.common.vocabulary import OPEN_STATUSES, ApplicationStatus
from services.intake.applications.models import Application, ApplicationItem, ApplicationMember

RECENT_DAYS = 365  # a concluded case this recent still counts (the yearly grant limits are per calendar year)


def targets(item_codes: list[str], catalogue: dict) -> dict[str, str]:
    """Item codes to look for -> why: the item itself or one it excludes."""
    out: dict[str, str] = {}
    for code in item_codes:
        out.setdefault(code, "same_item")
        item = catalogue.get(code)
        for other in item.exclusive_with if item else []:
            out.setdefault(other, "exclusive")
    return out


def find_duplicates(
    *, session: Session, transfer, id_numbers: list[str], item_codes: list[str], catalogue: dict, today: date
) -> tuple[list[dict], bool]:
    """Findings across our cases and transfer's grant records; second value: the grant check failed."""
    wanted = targets(item_codes, catalogue)
    if not id_numbers or not wanted:
        return [], False
    findings: list[dict] = []
    since = today - timedelta(days=RECENT_DAYS)
    rows = session.exec(
        select(Application, ApplicationItem, ApplicationMember)
        .join(ApplicationItem, ApplicationItem.application_id == Application.id)
        .join(ApplicationMember, ApplicationMember.application_id == Application.id)
        .where(
            ApplicationMember.id_number.in_(id_numbers),
            ApplicationItem.item_code.in_(list(wanted)),
            Application.status.not_in(
                (ApplicationStatus.WITHDRAWN.value, ApplicationStatus.NOT_ACCEPTED.value)
            ),
        )
    ).all()
    seen: set[tuple] = set()
    for app, item, member in rows:
        if app.status not in OPEN_STATUSES and app.received_date < since:
            continue
        if (app.id, item.item_code) in seen:
            continue
        seen.add((app.id, item.item_code))
        findings.append(
            {
                "source": "case",
                "case_number": app.case_number,
                "item_code": item.item_code,
                "item_name": item.item_name,
                "match": wanted[item.item_code],
                "status": app.status,
                "status_name": ApplicationStatus.label_of(app.status),
                "date": app.received_date.isoformat(),
                "window_region": app.window_region,
                "id_number": mask_id_number(member.id_number),
            }
        )
    incomplete = False
    try:
        grants = transfer.grants_summary(id_numbers, today.year).grants if transfer is not None else []
    except ProblemError:
        incomplete = True  # never refuse because a partner is down; the case records the gap
        grants = []
    for grant in grants:
        code = grant.item_code
        if code in wanted:
            item = catalogue.get(code)
            findings.append(
                {
                    "source": "grant",
                    "case_number": grant.case_number,
                    "item_code": code,
                    "item_name": item.name if item else code,
                    "match": wanted[code],
                    "status": "granted",
                    "status_name": "已发放",
                    "date": str(grant.grant_date),
                    "amount": grant.amount,
                    "id_number": mask_id_number(grant.id_number),
                }
            )
    return findings, incomplete
