"""Intake fixtures: the app on a rolled-back database with fake eligibility and transfer clients."""

import itertools

import pytest

from services.common.errors import ServiceUnavailable
from services.common.identity import compose_id_number
from services.eligibility.catalogue.schemas import ItemPublic
from services.eligibility.guidance.schemas import ChecklistResponse, RouteDecision, SuggestionResponse
from services.intake.app import create_app
from services.intake.settings import IntakeSettings
from services.transfer.client import CaseSubmitted, GrantsSummary
from tests.conftest import auth

APPLICANT_ID = compose_id_number("370211", "19850612", 11)
SPOUSE_ID = compose_id_number("370211", "19870301", 22)
OTHER_ID = compose_id_number("370211", "19880101", 33)
WINDOW = auth("window_staff", "370211001", subject="window_hd", name="王晓燕")
WINDOW_XA = auth("window_staff", "370211002", subject="window_xa", name="李建国")
DISTRICT = auth("window_staff", "370211", subject="window_qu", name="陈静")
SUPERVISOR = auth("supervisor", "370211", subject="supervisor", name="周正")
ADMIN = auth("admin", "370211", subject="admin", name="系统管理员")
SERVICE = auth("service", "")
MATERIALS = {
    "application_letter": "申请书",
    "id_card": "身份证",
    "household_register": "户口簿",
    "family_situation_statement": "家庭情况说明",
    "medical_diagnosis": "诊断证明",
    "hospital_bills": "医疗费票据",
}


def _item(code, name, materials, limit=20, exclusive=(), case_type="promised"):
    return ItemPublic(
        code=code,
        name=name,
        category=name,
        owner_department_type="civil_affairs",
        case_type=case_type,
        time_limit_days=limit,
        exclusive_with=list(exclusive),
        materials=[
            {"code": m, "name": MATERIALS[m], "copies": 1, "original": True, "shared_data": False}
            for m in materials
        ],
    )


class FakeEligibility:
    """The eligibility contract with a small catalogue; can be 'down'."""

    def __init__(self):
        self.down = False
        self.routes: list[tuple] = []
        self.items = {
            i.code: i
            for i in [
                _item(
                    "temporary_assistance",
                    "临时救助",
                    ["application_letter", "id_card", "household_register", "family_situation_statement"],
                ),
                _item("medical_assistance", "医疗救助", ["id_card", "medical_diagnosis", "hospital_bills"]),
                _item(
                    "urban_dibao",
                    "城市最低生活保障",
                    ["application_letter", "id_card", "household_register"],
                    exclusive=["tekun"],
                ),
                _item(
                    "tekun", "特困人员救助供养", ["application_letter", "id_card"], exclusive=["urban_dibao"]
                ),
                _item("housing_assistance", "住房救助", ["id_card"], limit=40),
                _item("elderly_allowance", "高龄津贴", ["id_card"], case_type="immediate", limit=0),
            ]
        }

    def _check(self):
        if self.down:
            raise ServiceUnavailable("eligibility 服务暂不可用")

    def list_items(self, **_):
        self._check()
        return list(self.items.values())

    def checklist(self, item_codes, provided=None, **_):
        self._check()
        missing: dict = {}
        for code in item_codes:
            for m in self.items[code].materials:
                if m.code in (provided or []):
                    continue
                entry = missing.setdefault(
                    m.code, {"code": m.code, "name": m.name, "copies": 1, "original": True, "reasons": []}
                )
                entry["reasons"].append(f"为办理{self.items[code].name}所需")
        return ChecklistResponse(
            missing=list(missing.values()), provided=list(provided or []), shared_data=[]
        )

    def route(self, item_code, window_level, window_region, hukou_region, **_):
        self._check()
        self.routes.append((item_code, window_level, window_region, hukou_region))
        return RouteDecision(
            kind="dispatch",
            receiver_department_type="civil_affairs",
            receiver_region=window_region,
            reason="本镇街可办理",
            handling_level="town",
        )

    def suggest(self, difficulty, facts=None, **_):
        self._check()
        return SuggestionResponse(
            suggestions=[{"item_code": "temporary_assistance", "name": "临时救助", "reason": "突发困难"}]
        )


class FakeTransfer:
    """The transfer contract: cases (idempotent on the key) and grants; can be 'down'."""

    def __init__(self):
        self.down = False
        self.cases: dict[str, dict] = {}
        self.calls = 0
        self.grants: list[dict] = []

    def submit_case(self, payload, idempotency_key, **_):
        self.calls += 1
        if self.down:
            raise ServiceUnavailable("transfer 服务暂不可用")
        if idempotency_key not in self.cases:
            n = len(self.cases) + 1
            self.cases[idempotency_key] = {
                "payload": payload,
                "slips": [
                    {
                        "id": n * 10 + i,
                        "number": f"FB-2026-{n:03d}{i}",
                        "kind": "dispatch",
                        "receiver_id": "370211001-civil",
                        "receiver_name": "黄岛街道民政办",
                    }
                    for i, _ in enumerate(payload["items"])
                ],
            }
        return CaseSubmitted(slips=self.cases[idempotency_key]["slips"])

    def grants_summary(self, id_numbers, year, item_code=None, **_):
        if self.down:
            raise ServiceUnavailable("transfer 服务暂不可用")
        grants = [g for g in self.grants if g["id_number"] in id_numbers]
        return GrantsSummary(grants_this_year=len(grants), granted_amount_this_year="0.00", grants=grants)


@pytest.fixture
def fakes():
    return FakeEligibility(), FakeTransfer()


@pytest.fixture
def intake_app(intake_db, fakes):
    eligibility, transfer = fakes
    settings = IntakeSettings(database_url="sqlite://", run_workers=False)
    app = create_app(settings=settings, db=intake_db, eligibility=eligibility, transfer=transfer)
    return app


@pytest.fixture
def client(intake_app, make_client):
    return make_client(intake_app)


_household = itertools.count(100)


def application_body(**overrides) -> dict:
    """A complete registration; each call is a new household unless `applicant`/`members` are given."""
    n = next(_household)
    body = {
        "applicant": {
            "name": "张三",
            "id_number": compose_id_number("370211", "19850101", n),
            "phone": "13800000000",
            "hukou_region": "370211001",
        },
        "members": [
            {"name": "李四", "id_number": compose_id_number("370211", "19860202", n), "relation": "配偶"}
        ],
        "difficulty": "家中失火，住房烧毁",
        "item_codes": ["temporary_assistance"],
        "emergency": False,
        "channel": "window",
        "provided_materials": ["id_card"],
    }
    body.update(overrides)
    return body


def register(client, headers=WINDOW, **overrides) -> dict:
    response = client.post("/v1/applications", json=application_body(**overrides), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def accepted_case(client, accepted_date: str, received_date: str | None = None, **overrides) -> dict:
    """Register with every material and accept on a given date."""
    materials = ["application_letter", "id_card", "household_register", "family_situation_statement"]
    case = register(
        client, provided_materials=materials, received_date=received_date or accepted_date, **overrides
    )
    response = client.post(
        f"/v1/applications/{case['id']}/accept", json={"accepted_date": accepted_date}, headers=WINDOW
    )
    assert response.status_code == 200, response.text
    return response.json()


def household(applicant_id: str = APPLICANT_ID, spouse_id: str = SPOUSE_ID) -> dict:
    """Overrides for the fixed demo household (for duplicate-aid tests)."""
    return {
        "applicant": {
            "name": "张三",
            "id_number": applicant_id,
            "phone": "13800000000",
            "hukou_region": "370211001",
        },
        "members": [{"name": "李四", "id_number": spouse_id, "relation": "配偶"}],
    }
