"""Payments and the roster: 低保 approved → roster → monthly list → bank file → return file → paid → 年审."""

from datetime import datetime

import pytest

from services.common.clock import SHANGHAI
from services.transfer.app import create_app
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from tests.conftest import auth
from tests.transfer.conftest import FakeEligibility, FakeIntake, event, submit

STREET = "370211001"
STAFF = auth("department_staff", STREET, department_id="370211001-civil", name="孙丽", subject="sunli")
OTHER_STREET = auth("department_staff", "370211002", name="李明", subject="liming")
DISTRICT = auth("supervisor", "370211", name="区监督", subject="district")
ACCOUNT = "6228480012345678901"
DIBAO_ITEM = {
    "item_code": "urban_dibao",
    "item_name": "城市居民最低生活保障",
    "time_limit_days": 30,
    "route": {
        "kind": "dispatch",
        "receiver_department_type": "civil_affairs",
        "receiver_region": STREET,
        "reason": "街道审批",
    },
}


class ReviewingEligibility(FakeEligibility):
    """Adds the batch endpoint: households whose facts say `income_12m` over 40320.00 fail the income test."""

    def __init__(self):
        super().__init__()
        self.batches: list[tuple] = []
        self.down_batch = False

    def evaluate_batch(self, item_code, as_of, records, **_):
        from services.common.errors import ServiceUnavailable

        if self.down_batch:
            raise ServiceUnavailable("eligibility 服务暂不可用")
        self.batches.append((item_code, str(as_of), records))
        rows = []
        for row, rec in enumerate(records, start=1):
            income = rec["facts"].get("income_12m")
            if income is None:
                rows.append(
                    {
                        "row": row,
                        "id": rec["id"],
                        "outcome": "needs_facts",
                        "conditions": {"income": "unknown"},
                        "missing_facts": ["income_12m"],
                    }
                )
            else:
                ok = float(income) < 40320  # the fake's own test; the real rule is exact
                rows.append(
                    {
                        "row": row,
                        "id": rec["id"],
                        "outcome": "eligible" if ok else "ineligible",
                        "conditions": {"income": "passed" if ok else "failed"},
                        "missing_facts": [],
                    }
                )
        return {"item_code": item_code, "rule_version": f"{item_code}@v1"}, rows


@pytest.fixture
def intake():
    return FakeIntake()


@pytest.fixture
def eligibility():
    return ReviewingEligibility()


@pytest.fixture
def app(transfer_db, intake, eligibility):
    load_demo(transfer_db)
    return create_app(
        settings=TransferSettings(run_workers=False), db=transfer_db, intake=intake, eligibility=eligibility
    )


@pytest.fixture
def client(app, make_client):
    return make_client(app)


def delivered(app, intake) -> list[str]:
    """What the case timeline at intake has heard, after the outbox is delivered."""
    app.state.deliverer.run_once()
    return intake.kinds()


def ok(response, status=200):
    assert response.status_code == status, response.text
    return response.json()


def approve_dibao(client, case_id=1, amount="560.00") -> int:
    slip = submit(client, case_id=case_id, items=[DIBAO_ITEM])["slips"][0]["id"]
    for body in (
        {"type": "acknowledged"},
        {"type": "opinion", "opinion": "入户调查、核对完毕，报审批"},
        {"type": "result", "outcome": "approved", "amount": amount, "reason": "审批领导小组同意"},
    ):
        ok(event(client, slip, body))
    return slip


def enrol(client, slip, **extra):
    body = {"slip_id": slip, "account": ACCOUNT, "facts": {"members": 3, "income_12m": "30000.00"}, **extra}
    return client.post("/v1/recipients", json=body, headers=STAFF)


def generate(client, month="2026-12", headers=STAFF, item="urban_dibao"):
    return client.post(
        "/v1/disbursements",
        json={"street_region": STREET, "item_code": item, "month": month},
        headers=headers,
    )


def paid_list(client, slip) -> dict:
    ok(enrol(client, slip))
    dl = ok(generate(client), 201)
    ok(client.post(f"/v1/disbursements/{dl['id']}/lock", headers=STAFF))
    return dl


def upload(client, list_id, text, headers=STAFF):
    return client.post(
        f"/v1/disbursements/{list_id}/return-file",
        content=text.encode(),
        headers={**headers, "Content-Type": "text/csv"},
    )


class TestRosterToPaid:
    def test_a_dibao_household_is_paid_monthly_only_when_the_bank_says_so(self, client, app, intake):
        slip = approve_dibao(client)
        recipient = ok(enrol(client, slip))
        assert recipient["start_month"] == "2026-12" and recipient["amount"] == "560.00"
        assert recipient["head_id_number"].count("*") >= 8  # masked
        dl = ok(generate(client), 201)
        assert dl["line_count"] == 1 and dl["total"] == "560.00" and dl["state"] == "draft"
        ok(client.post(f"/v1/disbursements/{dl['id']}/lock", headers=STAFF))
        bank = client.get(f"/v1/disbursements/{dl['id']}/bank-file", headers={**STAFF, "Accept": "text/csv"})
        assert bank.status_code == 200 and bank.headers["content-type"].startswith("text/csv")
        header, line = bank.text.strip().split("\r\n")
        assert header == "account,name,amount,reference"
        account, name, amount, reference = line.split(",")
        assert (account, name, amount) == (ACCOUNT, "张三丰", "560.00")
        assert "payment_paid" not in delivered(app, intake)
        answer = ok(upload(client, dl["id"], f"reference,status,reason\n{reference},paid,\n"))
        assert answer["paid_count"] == 1
        assert "payment_paid" in delivered(app, intake)
        payments = ok(client.get("/v1/payments", params={"street_region": STREET}, headers=STAFF))
        assert [p["status"] for p in payments] == ["paid"]
        history = ok(client.get(f"/v1/slips/{slip}", headers=STAFF))
        assert any(h["kind"] == "payment_paid" for h in history["timeline"])

    def test_the_approval_enrols_the_household_and_it_waits_for_its_account(self, client):
        slip = approve_dibao(client, amount="480.00")
        roster = ok(client.get("/v1/recipients", params={"street_region": STREET}, headers=STAFF))
        assert [(r["slip_id"], r["amount"], r["start_month"], r["account"]) for r in roster] == [
            (slip, "480.00", "2026-12", "")  # decided 24 November: paid from December (次月发放)
        ]
        assert len(roster[0]["members"]) == 2
        history = ok(client.get(f"/v1/slips/{slip}", headers=STAFF))["timeline"]
        assert any("纳入城市低保在册" in h["detail"] for h in history)
        assert ok(generate(client), 201)["line_count"] == 0  # no account: nothing goes to the bank
        waiting = ok(client.get("/v1/payments", params={"street_region": STREET}, headers=STAFF))
        assert [(p["status"], p["account"]) for p in waiting] == [("scheduled", "")]
        done = ok(enrol(client, slip))  # the account completes the enrolment (200, not a second one)
        assert done["id"] == roster[0]["id"] and done["amount"] == "480.00"
        assert ok(generate(client), 201)["line_count"] == 1  # the waiting December payment is listed
        assert len(ok(client.get("/v1/recipients", params={"street_region": STREET}, headers=STAFF))) == 1

    def test_an_approval_without_an_amount_is_enrolled_by_hand_with_one(self, client):
        slip = submit(client, items=[DIBAO_ITEM])["slips"][0]["id"]
        for body in (
            {"type": "acknowledged"},
            {"type": "opinion", "opinion": "核对完毕"},
            {"type": "result", "outcome": "approved", "reason": "同意，金额另行核定"},
        ):
            ok(event(client, slip, body))
        assert ok(client.get("/v1/recipients", params={"street_region": STREET}, headers=STAFF)) == []
        assert enrol(client, slip).json()["field"] == "amount"
        created = client.post(
            "/v1/recipients", json={"slip_id": slip, "account": ACCOUNT, "amount": "300.00"}, headers=STAFF
        )
        assert created.status_code == 201 and created.json()["amount"] == "300.00"

    def test_the_bank_list_as_excel_with_its_totals(self, client):
        from io import BytesIO

        from openpyxl import load_workbook

        from services.common.export import XLSX

        dl = paid_list(client, approve_dibao(client))
        answer = client.get(f"/v1/disbursements/{dl['id']}/bank-file", headers={**STAFF, "Accept": XLSX})
        assert answer.status_code == 200 and answer.headers["content-type"] == XLSX
        assert ".xlsx" in answer.headers["content-disposition"]
        rows = list(load_workbook(BytesIO(answer.content)).active.iter_rows(values_only=True))
        assert rows[0] == ("account", "name", "amount", "reference")
        account, name, amount, reference = rows[1]
        assert (account, name, str(amount)) == (ACCOUNT, "张三丰", "560")  # a number cell, not text
        assert reference.startswith("PAY") and rows[2] == ("合计", "1笔", 560, None)
        draft = ok(generate(client, "2027-01"), 201)
        refused = client.get(f"/v1/disbursements/{draft['id']}/bank-file", headers={**STAFF, "Accept": XLSX})
        assert refused.status_code == 409  # a draft is never exported, in any format

    def test_the_next_month_pays_again_once(self, client):
        slip = approve_dibao(client)
        paid_list(client, slip)
        january = ok(generate(client, "2027-01"), 201)
        again = ok(generate(client, "2027-01"), 201)
        assert january["line_count"] == again["line_count"] == 1
        assert january["id"] == again["id"]

    def test_nothing_before_the_start_month(self, client):
        slip = approve_dibao(client)
        ok(enrol(client, slip))
        assert ok(generate(client, "2026-11"), 201)["line_count"] == 0

    def test_a_failed_payment_stays_open_and_is_reissued_after_correction(self, client, app, intake):
        slip = approve_dibao(client)
        dl = paid_list(client, slip)
        reference = ok(client.get(f"/v1/disbursements/{dl['id']}", headers=STAFF))["lines"][0]["reference"]
        client.get(f"/v1/disbursements/{dl['id']}/bank-file", headers=STAFF)
        ok(upload(client, dl["id"], f"reference,status,reason\n{reference},failed,账户已销户\n"))
        failed = ok(
            client.get("/v1/payments", params={"street_region": STREET, "status": "failed"}, headers=STAFF)
        )
        assert len(failed) == 1 and failed[0]["failure_reason"] == "账户已销户"
        assert "payment_failed" in delivered(app, intake) and "payment_paid" not in delivered(app, intake)
        ok(
            client.post(
                f"/v1/payments/{failed[0]['id']}/correction",
                json={"account": "6222020000000000001"},
                headers=STAFF,
            )
        )
        supplementary = ok(generate(client), 201)
        assert (
            supplementary["id"] != dl["id"] and supplementary["lines"][0]["account"] == "6222020000000000001"
        )
        assert supplementary["lines"][0]["reference"].endswith("-2")

    def test_a_temporary_assistance_grant_is_paid_the_month_after(self, client):
        slip = submit(client, case_id=7)["slips"][0]["id"]
        for body in (
            {"type": "acknowledged"},
            {"type": "opinion", "opinion": "同意"},
            {
                "type": "result",
                "outcome": "approved",
                "amount": "3000.00",
                "reason": "同意",
                "grant_date": "2026-11-20",
            },
        ):
            ok(event(client, slip, body))
        november = ok(generate(client, "2026-11", item="temporary_assistance"), 201)
        assert november["line_count"] == 0  # approved in November, paid in December (次月发放)
        assert ok(client.get("/v1/payments", params={"street_region": STREET}, headers=STAFF)) == []
        # no bank account known for a one-time grant: it waits, visible, until the account is entered
        assert ok(generate(client, "2026-12", item="temporary_assistance"), 201)["line_count"] == 0
        payments = ok(client.get("/v1/payments", params={"street_region": STREET}, headers=STAFF))
        assert payments[0]["month"] == "2026-12" and payments[0]["account"] == ""
        ok(
            client.post(
                f"/v1/payments/{payments[0]['id']}/correction", json={"account": ACCOUNT}, headers=STAFF
            )
        )
        december = ok(generate(client, "2026-12", item="temporary_assistance"), 201)
        assert december["total"] == "3000.00"


class TestListRules:
    def test_a_draft_is_not_exported_and_a_locked_list_not_changed(self, client):
        slip = approve_dibao(client)
        ok(enrol(client, slip))
        dl = ok(generate(client), 201)
        assert client.get(f"/v1/disbursements/{dl['id']}/bank-file", headers=STAFF).status_code == 409
        assert upload(client, dl["id"], "reference,status,reason\n").status_code == 409
        ok(client.post(f"/v1/disbursements/{dl['id']}/lock", headers=STAFF))
        assert client.post(f"/v1/disbursements/{dl['id']}/lock", headers=STAFF).status_code == 409

    def test_an_empty_list_is_not_locked(self, client):
        dl = ok(generate(client), 201)
        assert client.post(f"/v1/disbursements/{dl['id']}/lock", headers=STAFF).status_code == 409


class TestReturnFileBadInput:
    @pytest.fixture
    def exported(self, client):
        slip = approve_dibao(client)
        dl = paid_list(client, slip)
        client.get(f"/v1/disbursements/{dl['id']}/bank-file", headers=STAFF)
        ref = ok(client.get(f"/v1/disbursements/{dl['id']}", headers=STAFF))["lines"][0]["reference"]
        return dl["id"], ref

    @pytest.mark.parametrize(
        "text,field",
        [
            ("ref,status,reason\n", "line 1"),
            ("reference,status,reason\nPAY9,paid,\n", "line 2.reference"),
            ("reference,status,reason\n{ref},done,\n", "line 2.status"),
            ("reference,status,reason\n{ref},failed,\n", "line 2.reason"),
            ("reference,status,reason\n{ref},paid\n", "line 2"),
            ("reference,status,reason\n{ref},paid,\n{ref},paid,\n", "line 3.reference"),
            ("reference,status,reason\n", "file"),
        ],
    )
    def test_a_bad_line_is_a_422_naming_line_and_column_and_nothing_is_written(
        self, client, exported, text, field
    ):
        list_id, ref = exported
        response = upload(client, list_id, text.format(ref=ref))
        assert response.status_code == 422, response.text
        assert response.json()["field"] == field
        assert (
            ok(client.get(f"/v1/disbursements/{list_id}", headers=STAFF))["lines"][0]["result"] == "pending"
        )

    def test_not_utf8_is_a_422(self, client, exported):
        list_id, _ = exported
        response = client.post(
            f"/v1/disbursements/{list_id}/return-file",
            content="reference,status,reason\n".encode("gbk") + "失败".encode("gbk"),
            headers={**STAFF, "Content-Type": "text/csv"},
        )
        assert response.status_code == 422

    def test_a_paid_line_cannot_turn_failed_and_the_same_answer_twice_is_harmless(
        self, client, app, exported, intake
    ):
        list_id, ref = exported
        ok(upload(client, list_id, f"reference,status,reason\n{ref},paid,\n"))
        ok(upload(client, list_id, f"reference,status,reason\n{ref},paid,\n"))
        assert delivered(app, intake).count("payment_paid") == 1
        response = upload(client, list_id, f"reference,status,reason\n{ref},failed,退票\n")
        assert response.status_code == 422 and response.json()["field"] == "line 2.status"

    @pytest.mark.parametrize("month", ["2026-13", "26-12", "0001-01", "9999-12", ""])
    def test_impossible_months(self, client, month):
        assert generate(client, month).status_code == 422


class TestAccess:
    def test_only_the_owning_streets_staff_act_the_district_reads(self, client):
        slip = approve_dibao(client)
        assert enrol(client, slip, account=ACCOUNT).status_code == 200
        for headers in (OTHER_STREET, DISTRICT):
            assert generate(client, headers=headers).status_code == 403
        dl = ok(generate(client), 201)
        for headers in (OTHER_STREET, DISTRICT):
            assert client.post(f"/v1/disbursements/{dl['id']}/lock", headers=headers).status_code == 403
        assert client.get(f"/v1/disbursements/{dl['id']}", headers=OTHER_STREET).status_code == 403
        assert client.get(f"/v1/disbursements/{dl['id']}", headers=DISTRICT).status_code == 200
        assert (
            client.get("/v1/recipients", params={"street_region": "370211"}, headers=DISTRICT).status_code
            == 200
        )
        assert (
            client.get("/v1/recipients", params={"street_region": STREET}, headers=OTHER_STREET).status_code
            == 403
        )

    def test_enrolment_by_another_street_is_403(self, client):
        slip = approve_dibao(client)
        response = client.post(
            "/v1/recipients", json={"slip_id": slip, "account": ACCOUNT}, headers=OTHER_STREET
        )
        assert response.status_code == 403


class TestEnrolmentBadInput:
    def test_not_approved_not_a_roster_item_twice_or_bad_account(self, client):
        slip = submit(client, case_id=3, items=[DIBAO_ITEM])["slips"][0]["id"]
        assert enrol(client, slip).status_code == 409  # not decided yet
        ta = submit(client, case_id=4)["slips"][0]["id"]
        assert enrol(client, ta).status_code == 422  # 临时救助 is not a roster item
        approved = approve_dibao(client, case_id=5)
        assert enrol(client, approved, account="12ab").json()["field"] == "account"
        assert enrol(client, approved, amount=560.0).status_code == 422
        assert enrol(client, approved, start_month="2026-11").json()["field"] == "start_month"
        assert enrol(client, approved, bogus=1).status_code == 422
        ok(enrol(client, approved))
        assert enrol(client, approved).status_code == 409


class TestAnnualReview:
    def test_review_opens_a_task_for_each_change_and_the_decision_is_recorded(
        self, client, app, clock, intake, eligibility
    ):
        keep = approve_dibao(client, case_id=1)
        drop = approve_dibao(client, case_id=2)
        ok(enrol(client, keep))
        stopped = ok(enrol(client, drop))
        clock.set(datetime(2027, 3, 10, 9, 0, tzinfo=SHANGHAI))
        ok(
            client.put(
                f"/v1/recipients/{stopped['id']}/facts",
                json={"facts": {"members": 3, "income_12m": "50000.00"}},
                headers=STAFF,
            )
        )
        run = ok(
            client.post(
                "/v1/recipients/reviews",
                json={"street_region": STREET, "item_code": "urban_dibao"},
                headers=STAFF,
            )
        )
        assert run == {"evaluated": 2, "unchanged": 1, "tasks_opened": 1, "tasks_existing": 0}
        assert eligibility.batches[0][1] == "2027-03-10"
        again = ok(
            client.post(
                "/v1/recipients/reviews",
                json={"street_region": STREET, "item_code": "urban_dibao"},
                headers=STAFF,
            )
        )
        assert again["tasks_opened"] == 0 and again["tasks_existing"] == 1
        tasks = ok(
            client.get("/v1/review-tasks", params={"street_region": STREET, "status": "open"}, headers=STAFF)
        )
        assert len(tasks) == 1 and tasks[0]["recipient_id"] == stopped["id"]
        assert tasks[0]["findings"] == [{"id": "income", "result": "failed", "detail": None}]
        assert (
            client.post(
                f"/v1/review-tasks/{tasks[0]['id']}/decision",
                json={"decision": "stop", "reason": "收入超标"},
                headers=DISTRICT,
            ).status_code
            == 403
        )
        decided = ok(
            client.post(
                f"/v1/review-tasks/{tasks[0]['id']}/decision",
                json={"decision": "stop", "reason": "家庭收入超过低保标准"},
                headers=STAFF,
            )
        )
        assert decided["decided_by"] == "sunli" and decided["decision_name"] == "停发"
        assert "benefit_stopped" in delivered(app, intake)
        assert (
            client.post(
                f"/v1/review-tasks/{tasks[0]['id']}/decision",
                json={"decision": "continue", "reason": "再议"},
                headers=STAFF,
            ).status_code
            == 409
        )
        recipient = ok(client.get(f"/v1/recipients/{stopped['id']}", headers=STAFF))
        assert recipient["status"] == "stopped" and recipient["end_month"] == "2027-03"
        # March is still paid to the stopped household, April no longer
        assert ok(generate(client, "2027-03"), 201)["line_count"] == 2
        assert ok(generate(client, "2027-04"), 201)["line_count"] == 1

    def test_adjust_changes_the_monthly_amount(self, client, clock):
        slip = approve_dibao(client)
        recipient = ok(enrol(client, slip, facts={"members": 3}))  # income missing → needs facts
        clock.set(datetime(2027, 4, 1, 9, 0, tzinfo=SHANGHAI))
        ok(
            client.post(
                "/v1/recipients/reviews",
                json={"street_region": STREET, "item_code": "urban_dibao"},
                headers=STAFF,
            )
        )
        task = ok(client.get("/v1/review-tasks", params={"street_region": STREET}, headers=STAFF))[0]
        assert task["outcome"] == "needs_facts"
        url = f"/v1/review-tasks/{task['id']}/decision"
        assert (
            client.post(url, json={"decision": "adjust", "reason": "人口减少"}, headers=STAFF).json()["field"]
            == "amount"
        )
        assert (
            client.post(
                url, json={"decision": "continue", "amount": "1.00", "reason": "无"}, headers=STAFF
            ).status_code
            == 422
        )
        ok(
            client.post(
                url, json={"decision": "adjust", "amount": "420.00", "reason": "人口减少"}, headers=STAFF
            )
        )
        assert ok(client.get(f"/v1/recipients/{recipient['id']}", headers=STAFF))["amount"] == "420.00"

    def test_outside_march_to_may_the_review_is_refused(self, client):
        response = client.post(
            "/v1/recipients/reviews",
            json={"street_region": STREET, "item_code": "urban_dibao"},
            headers=STAFF,
        )
        assert response.status_code == 409  # November

    def test_eligibility_down_is_a_503_and_nothing_is_opened(self, client, clock, eligibility):
        ok(enrol(client, approve_dibao(client)))
        clock.set(datetime(2027, 3, 10, 9, 0, tzinfo=SHANGHAI))
        eligibility.down_batch = True
        response = client.post(
            "/v1/recipients/reviews",
            json={"street_region": STREET, "item_code": "urban_dibao"},
            headers=STAFF,
        )
        assert response.status_code == 503
        assert ok(client.get("/v1/review-tasks", params={"street_region": STREET}, headers=STAFF)) == []
