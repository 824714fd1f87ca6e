"""临时救助 caps as law: at most 2 times and ¥30,000 a household a calendar year, emergency aid included.

Seed 000 §三: “临时救助原则上每户一年救助不超过两次,全年累计救助金额不超过30000元。”
Seed 003: “情况紧急的,…先行给予紧急救助,同时启动协同办理程序。紧急情况解除后,按规定补齐相关手续。”
So emergency aid (先行救助) is the same assistance given before its paperwork, not a separate one: its
amount counts toward the ¥30,000, and one case (申请) counts as ONE of the two times in a year whether
it brought emergency aid, a grant, or both. Neither seed names an override (no leader may approve more),
so there is none.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlmodel import Session, select

from services.common.db import is_postgres
from services.common.errors import Conflict
from services.common.money import fen_to_yuan
from services.transfer.caps.limits import CapLimits, CapLimitsSource
from services.transfer.caps.schemas import CapStatus
from services.transfer.grants.models import Grant, GrantMember
from services.transfer.slips.models import EmergencyAid, Slip, TransferCase

CAPPED_ITEM = "temporary_assistance"
RULE = "临时救助原则上每户一年救助不超过两次，全年累计救助金额不超过30000元（含先行救助）"


@dataclass
class Usage:
    """A household's 临时救助 in one year: the cases that count as a time, and the money."""

    cases: set[int] = field(default_factory=set)
    grant_fen: int = 0
    aid_fen: int = 0

    @property
    def amount_fen(self) -> int:
        return self.grant_fen + self.aid_fen


def household(case: TransferCase) -> list[str]:
    """Every member's ID number as recorded on the transfer case (the applicant included)."""
    return sorted({case.applicant_id_number, *json.loads(case.household_id_numbers or "[]")})


def lock_household(session: Session, id_numbers: list[str]) -> None:
    """Serialise decisions for overlapping households until commit (SQLite: BEGIN IMMEDIATE already does)."""
    if not is_postgres(session):
        return
    for number in sorted(id_numbers):  # one order everywhere: no deadlock between two households
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"household:{number}"})


def usage(session: Session, *, id_numbers: list[str], year: int) -> Usage:
    """Our own records for any of these people in a calendar year (Beijing dates)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    found = Usage()
    grants = session.exec(
        select(Grant.id, Grant.amount_fen, Slip.case_id)
        .join(GrantMember, GrantMember.grant_id == Grant.id)
        .join(Slip, Slip.id == Grant.slip_id)
        .where(
            GrantMember.id_number.in_(id_numbers),
            Grant.item_code == CAPPED_ITEM,
            Grant.grant_date >= start,
            Grant.grant_date <= end,
        )
        .distinct()
    ).all()
    for _grant_id, amount_fen, case_id in grants:
        found.grant_fen += amount_fen
        found.cases.add(case_id)
    wanted = set(id_numbers)
    # emergency aid is keyed by case; the few aids of a year are matched on the case's members here
    aids = session.exec(
        select(EmergencyAid, TransferCase)
        .join(TransferCase, TransferCase.case_id == EmergencyAid.case_id)
        .where(EmergencyAid.given_date >= start, EmergencyAid.given_date <= end)
    ).all()
    for aid, case in aids:
        if wanted & set(household(case)):
            found.aid_fen += aid.amount_fen
            found.cases.add(case.case_id)
    return found


def cny(fen: int) -> str:
    """¥28,000.00 — the figure as a clerk reads it."""
    return f"¥{Decimal(fen) / 100:,.2f}"


def check(*, usage: Usage, limits: CapLimits, case_id: int, amount_fen: int, year: int) -> None:
    """Refuse (409, nothing written) a decision that would pass either cap."""
    times = len(usage.cases)
    figures = dict(
        rule="temporary_assistance_annual_caps",
        year=year,
        grants_this_year=times,
        granted_amount_this_year=fen_to_yuan(usage.amount_fen),
        requested_amount=fen_to_yuan(amount_fen),
        max_grants_per_year=limits.max_grants,
        annual_cap=fen_to_yuan(limits.annual_cap_fen),
    )
    so_far = f"{year}年本户已救助{times}次，合计{cny(usage.amount_fen)}"
    if case_id not in usage.cases and times + 1 > limits.max_grants:
        raise Conflict(
            f"{so_far}；本次将是第{times + 1}次，超过每户每年{limits.max_grants}次上限（{RULE}）",
            field="amount",
            **figures,
        )
    if usage.amount_fen + amount_fen > limits.annual_cap_fen:
        raise Conflict(
            f"{so_far}；本次{cny(amount_fen)}将超过每户每年{cny(limits.annual_cap_fen)}上限"
            f"（剩余额度{cny(max(limits.annual_cap_fen - usage.amount_fen, 0))}；{RULE}）",
            field="amount",
            **figures,
        )


def enforce(
    session: Session, *, source: CapLimitsSource, case: TransferCase, amount_fen: int, on_date: date
) -> None:
    """Lock the household, then refuse anything over the caps in force on `on_date`; call before writing."""
    limits = source.on(on_date)  # eligibility down: 503 before anything is locked or written
    members = household(case)
    lock_household(session, members)
    found = usage(session, id_numbers=members, year=on_date.year)
    check(usage=found, limits=limits, case_id=case.case_id, amount_fen=amount_fen, year=on_date.year)


def status(session: Session, *, source: CapLimitsSource, case: TransferCase, on_date: date) -> CapStatus:
    """What the household has had this year and what is left, shown before a clerk decides."""
    limits = source.on(on_date)
    found = usage(session, id_numbers=household(case), year=on_date.year)
    counts = case.case_id in found.cases
    return CapStatus(
        item_code=CAPPED_ITEM,
        year=on_date.year,
        case_id=case.case_id,
        grants_this_year=len(found.cases),
        granted_amount_this_year=fen_to_yuan(found.amount_fen),
        emergency_aid_this_year=fen_to_yuan(found.aid_fen),
        this_case_counted=counts,
        max_grants_per_year=limits.max_grants,
        annual_cap=fen_to_yuan(limits.annual_cap_fen),
        remaining_grants=max(limits.max_grants - len(found.cases), 0),
        remaining_amount=fen_to_yuan(max(limits.annual_cap_fen - found.amount_fen, 0)),
        may_grant=(counts or len(found.cases) < limits.max_grants)
        and found.amount_fen < limits.annual_cap_fen,
        max_grants_from=limits.max_grants_from,
        annual_cap_from=limits.annual_cap_from,
        rule=RULE,
    )
