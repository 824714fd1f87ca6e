"""Recording grants and summing them per household and year."""

import hashlib
import hmac
import json
from datetime import date

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.identity import mask_id_number
from services.common.money import fen_to_yuan
from services.transfer.caps import service as caps
from services.transfer.grants.models import DataAccess, Grant, GrantMember
from services.transfer.grants.schemas import GrantLine, GrantsSummary


def record_grant(*, session: Session, slip, case, amount_fen: int, grant_date: date) -> Grant:
    """One grant per handled slip, findable by every household member's ID number."""
    grant = Grant(
        slip_id=slip.id,
        case_number=case.case_number,
        item_code=slip.item_code,
        applicant_id_number=case.applicant_id_number,
        amount_fen=amount_fen,
        grant_date=grant_date,
    )
    session.add(grant)
    session.flush()
    members = {case.applicant_id_number, *json.loads(case.household_id_numbers)}
    for number in sorted(members):
        session.add(GrantMember(grant_id=grant.id, id_number=number))
    session.flush()
    return grant


def summary(*, session: Session, id_numbers: list[str], year: int, item_code: str | None) -> GrantsSummary:
    """Grants this year to any of these people (each grant once, however many members match)."""
    query = (
        select(Grant)
        .join(GrantMember, GrantMember.grant_id == Grant.id)
        .where(
            GrantMember.id_number.in_(id_numbers),
            Grant.grant_date >= date(year, 1, 1),
            Grant.grant_date <= date(year, 12, 31),
        )
        .distinct()
        .order_by(Grant.grant_date, Grant.id)
    )
    if item_code:
        query = query.where(Grant.item_code == item_code)
    rows = session.exec(query).all()
    times, fen = len(rows), sum(g.amount_fen for g in rows)
    if item_code == caps.CAPPED_ITEM:
        # counted as the caps count them: emergency aid included, one case one time (caps/service.py)
        used = caps.usage(session, id_numbers=id_numbers, year=year)
        times, fen = len(used.cases), used.amount_fen
    return GrantsSummary(
        grants_this_year=times,
        granted_amount_this_year=fen_to_yuan(fen),
        grants=[
            GrantLine(
                item_code=g.item_code,
                amount=fen_to_yuan(g.amount_fen),
                grant_date=g.grant_date,
                case_number=g.case_number,
                id_number=g.applicant_id_number,
            )
            for g in rows
        ],
    )


def record_lookup(
    *, session: Session, principal: Principal, action: str, id_numbers: list[str], row_count: int, secret: str
) -> None:
    """Append one access-log row per ID number looked up (keyed hash and masked form, never in clear)."""
    for number in id_numbers:
        session.add(
            DataAccess(
                actor=principal.subject[:100],
                role=str(principal.role),
                actor_region=principal.region or "",
                department_id=principal.department_id,
                action=action,
                household_key=hmac.new(secret.encode(), number.encode(), hashlib.sha256).hexdigest(),
                household=mask_id_number(number),
                row_count=row_count,
            )
        )
