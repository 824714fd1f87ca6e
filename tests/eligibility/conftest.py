"""Eligibility test fixtures: the app on a rolled-back database with the demo catalogue, a fake transfer."""

import pytest

from services.common.errors import ServiceUnavailable
from services.eligibility.app import create_app
from services.eligibility.demo import load_demo
from services.eligibility.grants_source import GrantsSummary
from tests.conftest import auth

WINDOW = auth("window_staff", "370211001")
ADMIN = auth("admin", "370211", subject="admin")
FULL_FACTS = {
    "members": 3,
    "residency": "local_hukou",
    "on_dibao": False,
    "assistance_type": "expenditure",
    "income_6m": "12000.00",
    "medical_expense_6m": "8000.00",
    "education_expense_6m": "0.00",
    "income_12m": "30000.00",
    "assets_excluding_home": "50000.00",
    "granted_amount_this_year": "0.00",
    "grants_this_year": 0,
    "requested_amount": "3000.00",
}


class FakeGrants:
    """Stands in for transfer's POST /v1/grants/summary; can be 'down'."""

    def __init__(self, count: int = 0, amount: str = "0.00"):
        self.count, self.amount, self.down, self.calls = count, amount, False, []

    def summary(self, id_numbers, year, item_code=None):
        self.calls.append((tuple(id_numbers), year, item_code))
        if self.down:
            raise ServiceUnavailable("transfer 服务暂不可用")
        return GrantsSummary(grants_this_year=self.count, granted_amount_this_year=self.amount)


@pytest.fixture
def grants() -> FakeGrants:
    return FakeGrants()


@pytest.fixture
def app(eligibility_db, grants):
    load_demo(eligibility_db)
    application = create_app(db=eligibility_db, grants_source=grants)
    application.state.settings.run_workers = False
    return application


@pytest.fixture
def client(app, make_client):
    return make_client(app)


@pytest.fixture
def evaluate(client):
    """POST one temporary_assistance evaluation; returns the response."""

    def _evaluate(facts: dict, as_of: str = "2026-03-15", **extra):
        body = {"item_code": "temporary_assistance", "as_of": as_of, "facts": facts, **extra}
        return client.post("/v1/evaluations", json=body, headers=WINDOW)

    return _evaluate


@pytest.fixture
def admin_headers() -> dict[str, str]:
    return ADMIN
