"""Transfer test fixtures: the app on a rolled-back database with demo departments, a fake intake."""

import httpx
import pytest

from services.common.identity import compose_id_number
from services.transfer.app import create_app
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from tests.conftest import TODAY, auth

APPLICANT_ID = compose_id_number("370211", "19850612", 11)
SPOUSE_ID = compose_id_number("370211", "19850612", 22)
SERVICE = auth("service", "")


class FakeIntake:
    """Stands in for intake: records every event posted; serves calendar notices; can be 'down'."""

    def __init__(self):
        self.events: list[dict] = []
        self.keys: list[str] = []
        self.notices: list[dict] = []
        self.down = False

    def request(self, method, path, *, json=None, idempotency_key=None, **_):
        from services.common.errors import ServiceUnavailable

        if self.down:
            raise ServiceUnavailable("intake 服务暂不可用")
        if method == "GET" and path == "/v1/calendar/notices":
            return httpx.Response(200, json=self.notices)
        if path == "/v1/applications/events":  # many events in one call: recorded as if posted one by one
            results = []
            for event in json["events"]:
                case_id, single = (
                    event["application_id"],
                    {k: v for k, v in event.items() if k != "application_id"},
                )
                self.request(
                    "POST",
                    f"/v1/applications/{case_id}/events",
                    json=single,
                    idempotency_key=event["event_id"],
                )
                results.append({"event_id": event["event_id"], "application_id": case_id, "recorded": True})
            return httpx.Response(200, json={"results": results})
        if idempotency_key not in self.keys:  # intake is idempotent on the event id
            self.keys.append(idempotency_key)
            self.events.append({"path": path, **json})
        return httpx.Response(202, json={})

    def kinds(self) -> list[str]:
        return [e["kind"] for e in self.events]


def parameter(name: str, value, effective_from: str = "2019-01-01"):
    """One eligibility parameter row as GET /v1/parameters answers it."""
    from services.eligibility.rules.schemas import ParameterPublic

    unit = "count" if isinstance(value, int) else "money"
    return ParameterPublic(
        id=abs(hash((name, effective_from))) % 10**6,
        name=name,
        label=name,
        unit=unit,
        value=value,
        effective_from=effective_from,
        created_by="admin",
        created_at="2019-01-01T00:00:00Z",
    )


class FakeEligibility:
    """Answers POST /v1/routes like the eligibility service would for the district window, and the caps."""

    def __init__(self, route: dict | None = None):
        self.answer = route or {
            "kind": "assign",
            "receiver_department_type": "housing",
            "receiver_region": "370211",
            "reason": "住房救助由区住建局办理",
        }
        self.calls: list[dict] = []
        self.parameters = [parameter("max_grants_per_year", 2), parameter("annual_cap", "30000.00")]
        self.parameter_calls = 0
        self.down = False

    def list_parameters(self, **_):
        from services.common.errors import ServiceUnavailable

        if self.down:
            raise ServiceUnavailable("eligibility 服务暂不可用")
        self.parameter_calls += 1
        return self.parameters

    def route(self, item_code, window_level, window_region, hukou_region, **_):
        self.calls.append(
            {
                "item_code": item_code,
                "window_level": window_level,
                "window_region": window_region,
                "hukou_region": hukou_region,
            }
        )
        return self.answer


@pytest.fixture
def committed_transfer_db(tmp_path, request):
    """A fresh, migrated transfer database of our own with real commits (threads, servers), dropped after."""
    from alembic import command

    from migrations.migrate import config
    from services.common.db import Database
    from tests.conftest import RUN_ID, _create_database, _drop_database

    name = f"yimen_t_{RUN_ID}_{abs(hash(request.node.nodeid)) % 10**8}"
    url = _create_database(name, tmp_path)
    command.upgrade(config("transfer", url=url), "head")
    db = Database(url)
    yield db
    db.engine.dispose()
    _drop_database(name)


@pytest.fixture
def intake():
    return FakeIntake()


@pytest.fixture
def eligibility():
    return FakeEligibility()


@pytest.fixture
def app(transfer_db, intake, eligibility):
    settings = TransferSettings(run_workers=False)
    load_demo(transfer_db)
    return create_app(settings=settings, db=transfer_db, intake=intake, eligibility=eligibility)


@pytest.fixture
def client(app, make_client):
    return make_client(app)


def route(kind="dispatch", dtype="civil_affairs", region="370211001", reason="街道可办理"):
    return {"kind": kind, "receiver_department_type": dtype, "receiver_region": region, "reason": reason}


def case_payload(case_id=1, items=None, **overrides) -> dict:
    body = {
        "case_id": case_id,
        "case_number": f"HD-2026-{case_id:05d}",
        "window_region": "370211001",
        "window_level": "town",
        "first_responder": {"username": "window_hd", "name": "王晓燕"},
        "applicant": {
            "name": "张三丰",
            "id_number": APPLICANT_ID,
            "phone": "13800000000",
            "hukou_region": "370211001",
        },
        "household_id_numbers": [APPLICANT_ID, SPOUSE_ID],
        "difficulty": "家中失火，生活困难",
        "emergency": False,
        "items": items
        or [
            {
                "item_code": "temporary_assistance",
                "item_name": "临时救助",
                "time_limit_days": 20,
                "route": route(),
            }
        ],
        "accepted_date": TODAY.isoformat(),
        "due_date": TODAY.replace(year=TODAY.year + 1).isoformat(),
    }
    body.update(overrides)
    return body


def submit(client, case_id=1, items=None, key=None, **overrides) -> dict:
    response = client.post(
        "/v1/cases",
        json=case_payload(case_id, items, **overrides),
        headers={**SERVICE, "Idempotency-Key": key or f"case-{case_id}"},
    )
    assert response.status_code in (200, 201), response.text
    return response.json()


def event(client, slip_id, body, role="department_staff", dept="370211001-civil", key=None, headers=None):
    hdrs = headers or auth(role, dept.split("-")[0], department_id=dept, name="孙丽")
    if key:
        hdrs = {**hdrs, "Idempotency-Key": key}
    return client.post(f"/v1/slips/{slip_id}/events", json=body, headers=hdrs)
