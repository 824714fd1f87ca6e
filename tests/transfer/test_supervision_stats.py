"""Department timeliness (SQL, working days, scoping), chosen 催办/督办, and the slip list as CSV/XLSX."""

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

from openpyxl import load_workbook
from sqlmodel import select

from services.common.export import CSV, XLSX
from services.transfer.delivery.models import TransferOutbox
from services.transfer.slips.models import Slip, SlipEvent
from services.transfer.slips.notify import INTAKE_TOPIC, PARTNER_TOPIC
from services.transfer.statistics.service import _median
from tests.conftest import TODAY, auth
from tests.transfer.conftest import route, submit

DISTRICT = auth("supervisor", "370211")
HD_SUPERVISOR = auth("supervisor", "370211001")
XA_SUPERVISOR = auth("supervisor", "370211002")


def _at(day: date, hour: int = 2) -> datetime:
    """An instant on a Beijing day (02:00 UTC = 10:00 Beijing)."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _set(db, slip_id, **fields):
    with db.session() as s:
        slip = s.get(Slip, slip_id)
        for k, v in fields.items():
            setattr(slip, k, v)
        s.add(slip)


def _xa_case(client, case_id):
    """A case of 辛安街道 (370211002), dispatched to its own 民政办."""
    items = [
        {
            "item_code": "temporary_assistance",
            "item_name": "临时救助",
            "time_limit_days": 20,
            "route": route(region="370211002"),
        }
    ]
    return submit(client, case_id=case_id, items=items, window_region="370211002")["slips"][0]


class TestTimeliness:
    def test_counts_on_time_share_medians_in_working_days_returns_and_overdue(self, client, transfer_db):
        ids = [submit(client, case_id=n)["slips"][0]["id"] for n in (1, 2, 3, 4)]
        # issued Monday 2026-11-02; opinion due Thursday 11-05 (3 working days)
        issued, due = date(2026, 11, 2), date(2026, 11, 5)
        for slip_id in ids:
            _set(transfer_db, slip_id, issued_at=_at(issued), opinion_due_date=due)
        # answered after 1, 3 and 5 working days (Mon → Tue, Thu, Mon 11-09 across a weekend)
        _set(transfer_db, ids[0], opinion_at=_at(date(2026, 11, 3)), handled_at=_at(date(2026, 11, 6)))
        _set(transfer_db, ids[1], opinion_at=_at(date(2026, 11, 5)))
        _set(transfer_db, ids[2], opinion_at=_at(date(2026, 11, 9)), returned_at=_at(date(2026, 11, 9)))
        # the fourth has no opinion and its current deadline passed: overdue now
        _set(transfer_db, ids[3], due_date=TODAY - timedelta(days=1))
        answer = client.get("/v1/statistics/departments", params={"month_from": "2026-11"}, headers=DISTRICT)
        assert answer.status_code == 200, answer.text
        (row,) = answer.json()["rows"]
        assert row["department_id"] == "370211001-civil" and row["name"] == "黄岛街道民政办"
        assert row["received"] == 4 and row["due_so_far"] == 4
        assert row["answered_within_limit"] == 2 and row["answered_within_limit_share"] == 0.5
        assert row["median_days_to_opinion"] == 3.0  # 1, 3, 5
        assert row["median_days_to_result"] == 4.0  # Mon → Fri
        assert row["median_days_to_feedback"] is None
        assert row["returns"] == 1 and row["overdue"] == 1

    def test_a_slip_issued_late_evening_utc_counts_in_the_next_beijing_month(self, client, transfer_db):
        slip = submit(client, case_id=1)["slips"][0]
        _set(transfer_db, slip["id"], issued_at=datetime(2026, 10, 31, 17, tzinfo=UTC))  # 11-01 01:00 Beijing
        october = client.get("/v1/statistics/departments", params={"month_from": "2026-10"}, headers=DISTRICT)
        november = client.get(
            "/v1/statistics/departments", params={"month_from": "2026-11"}, headers=DISTRICT
        )
        assert october.json()["rows"] == [] and november.json()["rows"][0]["received"] == 1

    def test_by_month_splits_rows(self, client, transfer_db):
        a, b = (submit(client, case_id=n)["slips"][0]["id"] for n in (1, 2))
        _set(transfer_db, a, issued_at=_at(date(2026, 10, 12)))
        params = {"month_from": "2026-10", "month_to": "2026-11", "by_month": "true"}
        rows = client.get("/v1/statistics/departments", params=params, headers=DISTRICT).json()["rows"]
        assert [(r["month"], r["received"]) for r in rows] == [("2026-10", 1), ("2026-11", 1)]

    def test_a_street_supervisor_never_sees_another_streets_departments(self, client, transfer_db):
        submit(client, case_id=1)
        _xa_case(client, 2)
        params = {"month_from": "2026-11"}

        def departments(headers, **extra):
            answer = client.get("/v1/statistics/departments", params=params | extra, headers=headers)
            return answer.status_code, [r["department_id"] for r in answer.json().get("rows", [])]

        assert departments(DISTRICT) == (200, ["370211001-civil", "370211002-civil"])
        assert departments(HD_SUPERVISOR) == (200, ["370211001-civil"])
        assert departments(XA_SUPERVISOR) == (200, ["370211002-civil"])
        assert departments(HD_SUPERVISOR, region="370211002")[0] == 403
        assert client.get("/v1/statistics/departments", headers=auth("department_staff")).status_code == 403

    def test_bad_months_are_422_naming_the_field(self, client):
        for params, field in (
            ({"month_from": "2026-13"}, "month_from"),
            ({"month_from": "2026-11", "month_to": "2026-10"}, "month_to"),
            ({"month_from": "2024-01", "month_to": "2026-11"}, "month_to"),
            ({"region": "abc"}, "region"),
        ):
            answer = client.get("/v1/statistics/departments", params=params, headers=DISTRICT)
            assert answer.status_code == 422 and field in answer.text, (params, answer.text)

    def test_months_at_the_ends_of_the_calendar_are_422_not_500(self, client):
        for params, field in (
            ({"month_from": "0001-01"}, "month_from"),
            ({"month_from": "9999-12"}, "month_from"),
        ):
            answer = client.get("/v1/statistics/departments", params=params, headers=DISTRICT)
            assert answer.status_code == 422 and answer.json()["field"] == field, (params, answer.text)

    def test_export_csv_and_xlsx_carry_the_same_rows(self, client):
        submit(client, case_id=1)
        params = {"month_from": "2026-11"}
        answer = client.get("/v1/statistics/departments", params=params, headers=DISTRICT | {"Accept": CSV})
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(CSV)
        rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert rows[0][:3] == ["部门编号", "部门", "类型"] and rows[1][0] == "370211001-civil"
        answer = client.get("/v1/statistics/departments", params=params, headers=DISTRICT | {"Accept": XLSX})
        sheet = load_workbook(io.BytesIO(answer.content), read_only=True).active
        values = list(sheet.iter_rows(values_only=True))
        assert values[1][0] == "370211001-civil" and values[1][5] == 1


class TestMedian:
    def test_median_of_a_distribution_is_percentile_cont(self):
        assert _median([(1, 1), (3, 1), (5, 1)]) == 3
        assert _median([(1, 1), (4, 1)]) == 2.5
        assert _median([(2, 3), (9, 1)]) == 2
        assert _median([(0, 2), (7, 2)]) == 3.5


class TestChosenActions:
    def test_supervision_on_one_slip_is_recorded_told_to_intake_and_pushed(self, client, transfer_db, intake):
        slip = submit(client, case_id=1)["slips"][0]
        with transfer_db.session() as s:  # the receiver takes slips by callback
            from services.transfer.departments.models import Department

            dept = s.get(Department, "370211001-civil")
            dept.integration_mode, dept.callback_url = "callback", "https://partner.example/hook"
            s.add(dept)
        body = {"level": "supervision", "note": "已逾期，请今日内给出办理意见"}
        answer = client.post(f"/v1/slips/{slip['id']}/supervision", json=body, headers=DISTRICT)
        assert answer.status_code == 201, answer.text
        action = answer.json()
        assert action["level_name"] == "督办" and "请今日内给出办理意见" in action["detail"]
        with transfer_db.session() as s:
            events = s.exec(select(SlipEvent).where(SlipEvent.slip_id == slip["id"])).all()
            assert any(e.kind == "supervision" and "请今日内" in e.detail for e in events)
            outbox = [(m.topic, json.loads(m.payload)) for m in s.exec(select(TransferOutbox)).all()]
            told = [p for t, p in outbox if t == INTAKE_TOPIC and p["event"]["kind"] == "supervision_opened"]
            pushed = [p for t, p in outbox if t == PARTNER_TOPIC and p["type"] == "slip.supervision"]
            assert told and pushed and pushed[0]["data"]["manual"] is True
        recent = client.get("/v1/supervision/actions", headers=DISTRICT).json()
        assert [a["slip_id"] for a in recent] == [slip["id"]]

    def test_a_case_reminds_every_open_slip_and_can_repeat(self, client):
        items = [
            {
                "item_code": "temporary_assistance",
                "item_name": "临时救助",
                "time_limit_days": 20,
                "route": route(),
            },
            {
                "item_code": "edu",
                "item_name": "教育救助",
                "time_limit_days": 20,
                "route": route("assign", "education", "370211"),
            },
        ]
        slips = submit(client, case_id=7, items=items)["slips"]
        body = {"level": "reminder", "note": "请尽快办理"}
        for _ in range(2):
            answer = client.post("/v1/cases/7/supervision", json=body, headers=HD_SUPERVISOR)
            assert answer.status_code == 201, answer.text
            assert sorted(a["slip_id"] for a in answer.json()) == sorted(s["id"] for s in slips)

    def test_other_street_missing_finished_and_bad_input(self, client, transfer_db):
        slip = submit(client, case_id=1)["slips"][0]
        body = {"level": "reminder", "note": "请尽快办理"}
        assert (
            client.post(f"/v1/slips/{slip['id']}/supervision", json=body, headers=XA_SUPERVISOR).status_code
            == 404
        )
        assert client.post("/v1/cases/1/supervision", json=body, headers=XA_SUPERVISOR).status_code == 404
        assert client.post("/v1/slips/999999/supervision", json=body, headers=DISTRICT).status_code == 404
        window = auth("window_staff")
        assert (
            client.post(f"/v1/slips/{slip['id']}/supervision", json=body, headers=window).status_code == 403
        )
        for bad, field in (
            ({"level": "scold", "note": "请尽快"}, "level"),
            ({"level": "reminder", "note": ""}, "note"),
        ):
            answer = client.post(f"/v1/slips/{slip['id']}/supervision", json=bad, headers=DISTRICT)
            assert answer.status_code == 422 and field in answer.text
        _set(transfer_db, slip["id"], state="feedback_given")
        assert (
            client.post(f"/v1/slips/{slip['id']}/supervision", json=body, headers=DISTRICT).status_code == 409
        )
        assert client.post("/v1/cases/1/supervision", json=body, headers=DISTRICT).status_code == 409


class TestSlipExport:
    def test_csv_has_every_matching_slip_with_the_list_filters_and_no_id_numbers(self, client):
        for n in range(1, 4):
            submit(client, case_id=n)
        _xa_case(client, 4)
        answer = client.get("/v1/slips", params={"limit": 1}, headers=HD_SUPERVISOR | {"Accept": CSV})
        assert answer.status_code == 200
        assert "attachment" in answer.headers["content-disposition"]
        assert answer.content.startswith("\ufeff".encode())
        rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert rows[0][0] == "通知单编号" and len(rows) == 1 + 3  # limit does not cut an export; XA not there
        assert all(r[3] == "张*丰" for r in rows[1:])
        assert "37021119850612" not in answer.text
        filtered = client.get(
            "/v1/slips", params={"state": "returned"}, headers=HD_SUPERVISOR | {"Accept": CSV}
        )
        assert len(list(csv.reader(io.StringIO(filtered.content.decode("utf-8-sig"))))) == 1

    def test_xlsx_opens_with_dates_as_dates(self, client):
        submit(client, case_id=1)
        answer = client.get("/v1/slips", headers=DISTRICT | {"Accept": XLSX})
        assert answer.headers["content-type"] == XLSX
        sheet = load_workbook(io.BytesIO(answer.content), read_only=True).active
        header, row = list(sheet.iter_rows(values_only=True))
        assert header[0] == "通知单编号" and row[2] == "HD-2026-00001"
        assert isinstance(row[12], datetime)  # 出具日期: a real date cell
        assert client.get("/v1/slips", headers=DISTRICT | {"Accept": "application/json"}).json()[0]["number"]


class TestPeriod:
    def test_slips_and_grants_of_the_half_month_scoped(self, client, transfer_db):
        from services.transfer.grants.models import Grant

        ids = [submit(client, case_id=n)["slips"][0]["id"] for n in (1, 2)]
        _set(transfer_db, ids[0], issued_at=_at(date(2026, 11, 2)), opinion_at=_at(date(2026, 11, 3)))
        _set(transfer_db, ids[1], issued_at=_at(date(2026, 11, 20)))
        with transfer_db.session() as s:
            s.add(
                Grant(
                    slip_id=ids[0],
                    case_number="HD-2026-00001",
                    item_code="temporary_assistance",
                    applicant_id_number="x",
                    amount_fen=300000,
                    grant_date=date(2026, 11, 10),
                )
            )
        params = {"date_from": "2026-11-01", "date_to": "2026-11-15"}
        first_half = client.get("/v1/statistics/period", params=params, headers=HD_SUPERVISOR).json()
        assert first_half["slips_issued"] == 1 and first_half["answered_within_limit"] == 1
        assert first_half["grants"] == 1 and first_half["grants_amount"] == "3000.00"
        other = client.get("/v1/statistics/period", params=params, headers=XA_SUPERVISOR).json()
        assert other["slips_issued"] == 0 and other["grants_amount"] == "0.00"
        bad = client.get(
            "/v1/statistics/period",
            params={"date_from": "2026-11-15", "date_to": "2026-11-01"},
            headers=DISTRICT,
        )
        assert bad.status_code == 422 and bad.json()["field"] == "date_to"

    def test_dates_at_the_ends_of_the_calendar_are_422_not_500(self, client):
        for params, field in (
            ({"date_from": "0001-01-01", "date_to": "0001-01-02"}, "date_from"),
            ({"date_from": "9999-12-30", "date_to": "9999-12-31"}, "date_from"),
        ):
            answer = client.get("/v1/statistics/period", params=params, headers=DISTRICT)
            assert answer.status_code == 422 and answer.json()["field"] == field, (params, answer.text)
