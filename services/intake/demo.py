"""Load the intake demo data (idempotent): `python -m services.intake.demo`."""

from datetime import timedelta

from sqlmodel import select

from services.common.auth import Principal
from services.common.clock import Clock, clock
from services.common.db import Database
from services.common.identity import compose_id_number
from services.common.vocabulary import DepartmentType, Role
from services.eligibility.client import (
    ChecklistResponse,
    ItemPublic,
)  # the client's public schema, not eligibility internals
from services.intake.accounts.service import seed_demo_accounts
from services.intake.applications.models import Application
from services.intake.applications.schemas import ApplicationCreate
from services.intake.applications.service import register
from services.intake.deadlines.service import load_calendar
from services.intake.demo_modes import seed_service_modes
from services.intake.notices.service import accept
from services.intake.settings import IntakeSettings

ID_CARD = {
    "code": "id_card",
    "name": "居民身份证",
    "copies": 1,
    "original": True,
}  # the one the demo cases bring
ITEMS = [
    ItemPublic(
        code="temporary_assistance",
        name="临时救助（急难型/支出型）",
        category="临时救助",
        owner_department_type=DepartmentType.CIVIL_AFFAIRS,
        materials=[ID_CARD],
    ),
    ItemPublic(
        code="medical_assistance",
        name="医疗救助",
        category="医疗救助",
        owner_department_type=DepartmentType.CIVIL_AFFAIRS,
        materials=[ID_CARD],
    ),
]
# applicant, ID sequence, window (username, name, region), item, days ago received, accept?
CASES = [
    ("张桂兰", 61, ("window_hd", "王晓燕", "370211001"), "temporary_assistance", 0, False),
    ("刘洪涛", 62, ("window_hd", "王晓燕", "370211001"), "medical_assistance", 26, True),
    ("马秀英", 63, ("window_hd", "王晓燕", "370211001"), "temporary_assistance", 3, True),
    ("赵文军", 64, ("window_xa", "李建国", "370211002"), "temporary_assistance", 5, True),
]


class _Catalogue:
    """Just enough of the eligibility catalogue to register demo cases without the service running."""

    def list_items(self, **_):
        return ITEMS

    def checklist(self, item_codes: list[str], provided: list[str] | None = None, **_) -> ChecklistResponse:
        """What acceptance checks: the demo items' materials not yet brought."""
        wanted = {m.code: m for item in ITEMS if item.code in item_codes for m in item.materials}
        missing = [
            {"code": c, "name": m.name, "copies": m.copies, "original": m.original, "reasons": []}
            for c, m in wanted.items()
            if c not in (provided or [])
        ]
        return ChecklistResponse(missing=missing, provided=list(provided or []), shared_data=[])


def _demo_cases(db: Database, today) -> int:
    added = 0
    for name, seq, (username, staff, region), item, days_ago, accepted in CASES:
        id_number = compose_id_number("370211", "19850101" if seq % 2 else "19880505", seq)
        with db.session() as session:
            if session.exec(select(Application).where(Application.applicant_id_number == id_number)).first():
                continue
            body = ApplicationCreate.model_validate(
                {
                    "applicant": {
                        "name": name,
                        "id_number": id_number,
                        "phone": "13800000000",
                        "hukou_region": region,
                    },
                    "difficulty": "家庭成员突发重病，医疗费用负担重",
                    "item_codes": [item],
                    "provided_materials": ["id_card"],
                    "received_date": str(today - timedelta(days=days_ago)),
                }
            )
            principal = Principal(subject=username, role=Role.WINDOW_STAFF, region=region, name=staff)
            calendar = load_calendar(session=session)
            answer = register(
                session=session,
                calendar=calendar,
                principal=principal,
                body=body,
                eligibility=_Catalogue(),
                transfer=None,
                today=today,
            )
            if accepted:
                app = session.get(Application, answer.id)
                accept(
                    session=session,
                    calendar=calendar,
                    app=app,
                    principal=principal,
                    eligibility=_Catalogue(),
                    today=today,
                    accepted_date=app.received_date,
                )
            added += 1
    return added


def load_demo(db: Database, clock: Clock = clock) -> dict[str, int]:
    """Demo accounts and four cases dated relative to the clock's today (idempotent)."""
    with db.session() as session:
        accounts = seed_demo_accounts(session=session)
        modes = seed_service_modes(session=session, today=clock.today())
    return {"accounts": accounts, "applications": _demo_cases(db, clock.today()), "service_modes": modes}


if __name__ == "__main__":
    settings = IntakeSettings()
    if not settings.platform.is_demo:
        raise SystemExit("demo data is only loaded in demo mode (YIMEN_MODE=demo)")
    if settings.platform.clock_start is not None:
        clock.set(settings.platform.clock_start, running=True)
    print("intake demo data:", load_demo(Database(settings.database_url)))
