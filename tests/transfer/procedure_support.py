"""Shared pieces of the item-procedure tests: accounts of 辛安街道, a rule evaluator, walking the steps."""

from decimal import Decimal

import pytest

from services.common.errors import Invalid, ServiceUnavailable
from services.common.identity import compose_id_number
from services.eligibility.client import EvaluationResult
from services.transfer.app import create_app
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from tests.conftest import TODAY, auth
from tests.transfer.conftest import APPLICANT_ID, SPOUSE_ID, FakeEligibility, route, submit

XA = "370211002"  # 辛安街道: 临时救助 on the full procedure in the demo
OFFICE = "370211002-civil"
CHILD_ID = compose_id_number("370211", "20150101", 33)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%demo scan\n"


def staff(subject: str, name: str, dept: str = OFFICE, region: str = XA) -> dict[str, str]:
    return auth("department_staff", region, subject=subject, name=name, department_id=dept)


TIAN = staff("dept_xa_ca", "田野")  # the office's handler and reviewer, also a group member
FANG = staff("dept_xa_ca2", "方圆")  # second investigator
ZHAO = staff("leader_xa", "赵主任")  # approval group leader
QIAN = staff("leader_xa2", "钱委员")
CHECKER = staff("check_qu", "韩冰", "370211-verification", "370211")
HD_OFFICE = staff("dept_hd_ca", "孙丽", "370211001-civil", "370211001")
DISTRICT = auth("supervisor", "370211", subject="supervisor", name="周正")
DECLARED = {
    "members": 3,
    "residency": "local_hukou",
    "on_dibao": False,
    "assistance_type": "expenditure",
    "income_6m": "30000.00",
    "medical_expense_6m": "0.00",
    "education_expense_6m": "0.00",
    "income_12m": "50000.00",
    "assets_excluding_home": "50000.00",
    "requested_amount": "3000.00",
}


class Evaluator(FakeEligibility):
    """Eligibility's 支出型 test in miniature: (income − medical − education) / 6 / members < 1,000 yuan."""

    def __init__(self):
        super().__init__()
        self.evaluations: list[dict] = []

    def evaluate(self, item_code, as_of, facts, household_id_numbers=None, **_):
        if self.down:
            raise ServiceUnavailable("eligibility 服务暂不可用")
        self.evaluations.append(dict(facts))
        needed = (
            "members",
            "income_6m",
            "medical_expense_6m",
            "education_expense_6m",
            "assets_excluding_home",
        )
        missing = [f for f in needed if f not in facts]
        try:
            monthly = (
                (
                    Decimal(str(facts.get("income_6m", 0)))
                    - Decimal(str(facts.get("medical_expense_6m", 0)))
                    - Decimal(str(facts.get("education_expense_6m", 0)))
                )
                / 6
                / max(int(facts.get("members", 1)), 1)
            )
        except ArithmeticError as exc:
            raise Invalid("income_6m 不是金额", field="facts.income_6m") from exc
        income_ok = monthly < 1000
        assets_ok = Decimal(str(facts.get("assets_excluding_home", 0))) <= 200000
        outcome = "needs_facts" if missing else ("eligible" if income_ok and assets_ok else "ineligible")
        conditions = [
            {
                "id": "income",
                "description": "月人均可支配收入低于低保标准",
                "result": "passed" if income_ok else "failed",
                "detail": f"{monthly:.2f}",
            },
            {
                "id": "assets",
                "description": "家庭财产不超过20万元",
                "result": "passed" if assets_ok else "failed",
                "detail": "",
            },
        ]
        return EvaluationResult(
            item_code=item_code,
            as_of=as_of,
            outcome=outcome,
            conditions=conditions,
            missing_facts=missing,
            parameters={"dibao_standard": "1000.00"},
            rule_version="temporary_assistance@test",
        )


@pytest.fixture
def eligibility():
    return Evaluator()


@pytest.fixture
def app(transfer_db, intake, eligibility, tmp_path):
    load_demo(transfer_db)
    settings = TransferSettings(run_workers=False, files_dir=str(tmp_path / "files"))
    return create_app(settings=settings, db=transfer_db, intake=intake, eligibility=eligibility)


def xa_case(client, case_id: int = 1, household=None, street: str = XA, accepted=TODAY) -> dict:
    """A 临时救助 case of 辛安街道 dispatched to its civil-affairs office; answers the item slip."""
    items = [
        {
            "item_code": "temporary_assistance",
            "item_name": "临时救助",
            "time_limit_days": 20,
            "route": route(region=street),
        },
    ]
    answer = submit(
        client,
        case_id,
        items=items,
        window_region=street,
        household_id_numbers=household if household is not None else [APPLICANT_ID, SPOUSE_ID, CHILD_ID],
        accepted_date=accepted.isoformat(),
    )
    return answer["slips"][0]


def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


def slip_event(client, slip_id: int, body: dict, who=TIAN):
    return client.post(f"/v1/slips/{slip_id}/events", json=body, headers=who)


def started(client, case_id: int = 1, **kwargs) -> int:
    """An acknowledged, opinion-given 辛安 slip with its procedure started."""
    slip = xa_case(client, case_id, **kwargs)["id"]
    ok(slip_event(client, slip, {"type": "acknowledged"}))
    ok(slip_event(client, slip, {"type": "opinion", "opinion": "已受理，启动入户调查和核对"}))
    ok(client.post(f"/v1/slips/{slip}/procedure", headers=TIAN), 201)
    return slip


def upload(client, slip: int, purpose: str = "pledge", data: bytes = PDF, who=TIAN, name="pledge.pdf"):
    return client.post(
        f"/v1/slips/{slip}/procedure/files",
        files={"file": (name, data, "application/octet-stream")},
        data={"purpose": purpose},
        headers=who,
    )


def authorise(client, slip: int, facts=None, signed=TODAY):
    file_id = ok(upload(client, slip), 201)["id"]
    body = {
        "signatories": [
            {"name": "张三丰", "id_number": APPLICANT_ID, "relation": "本人", "file_id": file_id},
            {"name": "李秀梅", "id_number": SPOUSE_ID, "relation": "配偶", "file_id": file_id},
        ],
        "signed_date": signed.isoformat(),
        "declared_facts": facts if facts is not None else DECLARED,
    }
    return client.post(f"/v1/slips/{slip}/procedure/authorisation", json=body, headers=TIAN)


def assign(client, slip: int):
    body = {
        "investigators": [
            {"username": "dept_xa_ca", "name": "田野"},
            {"username": "dept_xa_ca2", "name": "方圆"},
        ]
    }
    return client.post(f"/v1/slips/{slip}/procedure/investigators", json=body, headers=TIAN)


MEDICAL = [
    {
        "topic": "income",
        "fact": "medical_expense_6m",
        "value": "24000.00",
        "note": "住院发票核实，自负医疗费2.4万元",
    },
    {"topic": "housing", "note": "自有住房一套，约60平方米"},
]


def visit(client, slip: int, findings=None, when=TODAY, who=TIAN):
    body = {"visit_date": when.isoformat(), "findings": findings or MEDICAL}
    return client.post(f"/v1/slips/{slip}/procedure/visit", json=body, headers=who)


def investigated(client, slip: int, when=TODAY) -> dict:
    ok(assign(client, slip))
    ok(visit(client, slip, when=when))
    return ok(client.post(f"/v1/slips/{slip}/procedure/visit/signatures", headers=FANG))


def verified(client, slip: int) -> dict:
    proc = ok(client.post(f"/v1/slips/{slip}/procedure/verification", json={}, headers=TIAN))
    answer = {"facts": {"assets_excluding_home": "48000.00"}, "note": "比对银行、车辆、不动产信息"}
    return ok(
        client.post(f"/v1/slips/{proc['check_slip_id']}/verification-answer", json=answer, headers=CHECKER)
    )


def reviewed(client, slip: int, proposal="approved", amount="3000.00") -> dict:
    body = {"proposal": proposal, "reason": "符合支出型临时救助条件"} | ({"amount": amount} if amount else {})
    return ok(client.post(f"/v1/slips/{slip}/procedure/review", json=body, headers=TIAN))


def to_approval(client, slip: int, clock) -> dict:
    """Authorised, investigated, verified, reviewed, and the 7-day 公示 closed (the clock moved past it)."""
    from datetime import timedelta

    ok(authorise(client, slip))
    investigated(client, slip)
    verified(client, slip)
    reviewed(client, slip)
    clock.advance(timedelta(days=8))
    return ok(client.post(f"/v1/slips/{slip}/procedure/disclosure/close", headers=TIAN))
