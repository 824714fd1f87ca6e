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
    grants, incomplete = grant_findings(
        transfer=transfer, id_numbers=id_numbers, item_codes=item_codes, catalogue=catalogue, today=today
    )
    cases = case_findings(
        session=session, id_numbers=id_numbers, item_codes=item_codes, catalogue=catalogue, today=today
    )
    return cases + grants, incomplete


def case_findings(
    *, session: Session, id_numbers: list[str], item_codes: list[str], catalogue: dict, today: date
) -> list[dict]:
    """Open or recent cases of the household with the same or a mutually exclusive item (our own tables)."""
    wanted = targets(item_codes, catalogue)
    if not id_numbers or not wanted:
        return []
    findings: list[dict] = []
    since = today - timedelta(days=RECENT_DAYS)
    # plain columns, not three whole entities: the ORM's per-query loading set-up cost more than the query
    rows = session.exec(
        select(
            Application.id,
            Application.case_number,
            Application.status,
            Application.received_date,
            Application.window_region,
            ApplicationItem.item_code,
            ApplicationItem.item_name,
            ApplicationMember.id_number,
        )
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
    for app_id, case_number, status, received, window_region, item_code, item_name, id_number in rows:
        if status not in OPEN_STATUSES and received < since:
            continue
        if (app_id, item_code) in seen:
            continue
        seen.add((app_id, item_code))
        findings.append(
            {
                "source": "case",
                "case_number": case_number,
                "item_code": item_code,
                "item_name": item_name,
                "match": wanted[item_code],
                "status": status,
                "status_name": ApplicationStatus.label_of(status),
                "date": received.isoformat(),
                "window_region": window_region,
                "id_number": mask_id_number(id_number),
            }
        )
    return findings


def grant_findings(
    *, transfer, id_numbers: list[str], item_codes: list[str], catalogue: dict, today: date
) -> tuple[list[dict], bool]:
    """This year's grants on record at transfer (an HTTP call: made before any transaction is opened)."""
    wanted = targets(item_codes, catalogue)
    if not id_numbers or not wanted:
        return [], False
    findings: list[dict] = []
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
