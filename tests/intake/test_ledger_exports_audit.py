"""The ledger's look-ups and exports, the other lists' exports, and the append-only read audit."""

import csv
import io
import re
from pathlib import Path

from openpyxl import load_workbook

from services.common.export import CSV, XLSX
from services.common.identity import compose_id_number
from tests.conftest import auth
from tests.intake.conftest import ADMIN, DISTRICT, SUPERVISOR, WINDOW, WINDOW_XA, application_body, register

HD_SUPERVISOR = auth("supervisor", "370211001", subject="sup_hd", name="黄岛督查")
XA_SUPERVISOR = auth("supervisor", "370211002", subject="sup_xa", name="辛安督查")


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200, response.text
    assert response.content.startswith("\ufeff".encode()), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _xlsx(response) -> list[tuple]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    return list(
        load_workbook(io.BytesIO(response.content), read_only=True).active.iter_rows(values_only=True)
    )


def _reads(client, headers=SUPERVISOR, **params) -> list[dict]:
    answer = client.get("/v1/audit/reads", params=params, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["entries"]


class TestLedgerLookup:
    def test_full_id_number_finds_applicant_and_member_cases(self, client):
        body = application_body()
        mine = register(client, **body)
        register(client)
        member_id = body["members"][0]["id_number"]
        for q in (body["applicant"]["id_number"], member_id, member_id.lower()):
            rows = client.get("/v1/applications", params={"q": q}, headers=WINDOW).json()["rows"]
            assert [r["case_number"] for r in rows] == [mine["case_number"]], q

    def test_a_15_digit_number_finds_its_18_digit_form(self, client):
        old = "370211850101" + "123"  # 1985-01-01, sequence 123
        full = compose_id_number("370211", "19850101", 123)
        body = application_body()
        body["applicant"]["id_number"] = full
        case = register(client, **body)
        rows = client.get("/v1/applications", params={"q": old}, headers=WINDOW).json()["rows"]
        assert [r["case_number"] for r in rows] == [case["case_number"]]

    def test_phone_as_typed_finds_the_normalised_stored_number(self, client):
        body = application_body()
        body["applicant"]["phone"] = "+86 139-0000-1234"
        case = register(client, **body)
        register(client)
        for q in ("13900001234", "139-0000-1234", "+8613900001234"):
            rows = client.get("/v1/applications", params={"q": q}, headers=WINDOW).json()["rows"]
            assert [r["case_number"] for r in rows] == [case["case_number"]], q

    def test_name_and_case_number_still_match_parts(self, client):
        case = register(client)
        rows = client.get("/v1/applications", params={"q": case["case_number"][-5:]}, headers=WINDOW).json()
        assert case["case_number"] in [r["case_number"] for r in rows["rows"]]
        assert client.get("/v1/applications", params={"q": "张"}, headers=WINDOW).json()["total"] >= 1

    def test_an_invalid_id_number_is_a_422_naming_q(self, client):
        answer = client.get("/v1/applications", params={"q": "370211198501011239"}, headers=WINDOW)
        assert answer.status_code == 422 and answer.json()["field"] == "q"


class TestLedgerExport:
    def test_csv_has_every_filtered_case_of_the_callers_region_only(self, client):
        first, second = register(client), register(client)
        register(client, headers=WINDOW_XA)
        rows = _csv(
            client.get("/v1/applications", params={"page_size": 1}, headers=HD_SUPERVISOR | {"Accept": CSV})
        )
        assert rows[0][:3] == ["案件编号", "状态", "申请人"]
        assert sorted(r[0] for r in rows[1:]) == sorted([first["case_number"], second["case_number"]])
        assert all(r[3] == "黄岛街道" for r in rows[1:])  # never 辛安街道's
        only = _csv(
            client.get(
                "/v1/applications",
                params={"q": first["case_number"]},
                headers=HD_SUPERVISOR | {"Accept": CSV},
            )
        )
        assert [r[0] for r in only[1:]] == [first["case_number"]]
        other = client.get(
            "/v1/applications", params={"region": "370211002"}, headers=HD_SUPERVISOR | {"Accept": CSV}
        )
        assert other.status_code == 403

    def test_xlsx_opens_with_openpyxl_dates_as_dates(self, client):
        case = register(client, received_date="2026-11-02")
        rows = _xlsx(client.get("/v1/applications", headers=WINDOW | {"Accept": XLSX}))
        assert rows[0][0] == "案件编号" and rows[1][0] == case["case_number"]
        assert rows[1][6].date().isoformat() == "2026-11-02"  # 登记日期 is a date cell
        assert rows[1][4] == "临时救助"

    def test_a_formula_in_a_name_is_defused(self, client):
        body = application_body()
        body["applicant"]["name"] = "=HYPERLINK(1)"
        register(client, **body)
        rows = _csv(client.get("/v1/applications", headers=WINDOW | {"Accept": CSV}))
        assert rows[1][2] == "'=HYPERLINK(1)"
        assert (
            _xlsx(client.get("/v1/applications", headers=WINDOW | {"Accept": XLSX}))[1][2] == "'=HYPERLINK(1)"
        )

    def test_json_stays_the_default(self, client):
        register(client)
        for accept in ("application/json", "*/*", "text/csv;q=0.5, application/json"):
            assert client.get("/v1/applications", headers=WINDOW | {"Accept": accept}).json()["total"] == 1


class TestOtherExports:
    def test_complaints_ratings_statistics(self, client):
        client.post(
            "/v1/complaints",
            json={"region": "370211001", "content": "窗口让我来回跑了三次", "complainant_name": "赵六"},
            headers=WINDOW,
        )
        rows = _csv(client.get("/v1/complaints", headers=SUPERVISOR | {"Accept": CSV}))
        assert rows[0][0] == "投诉编号" and rows[1][3] == "赵六" and rows[1][12] == "待答复"
        assert _csv(client.get("/v1/complaints", headers=WINDOW_XA | {"Accept": CSV})) == [rows[0]]
        replied = client.get(
            "/v1/complaints", params={"status": "replied"}, headers=SUPERVISOR | {"Accept": CSV}
        )
        assert len(_csv(replied)) == 1
        assert (
            _xlsx(client.get("/v1/ratings/report", headers=SUPERVISOR | {"Accept": XLSX}))[0][0] == "汇总方式"
        )
        register(client, received_date="2026-11-02")
        stats = _xlsx(
            client.get("/v1/statistics", params={"year": 2026}, headers=DISTRICT | {"Accept": XLSX})
        )
        assert ("镇街", "370211001") == stats[1][1:3] and stats[1][4] == 1
        actions = {e["action"] for e in _reads(client)}
        assert {"complaints_export", "ratings_export", "statistics_export"} <= actions


class TestReadAudit:
    def test_listing_lookup_export_and_duplicate_check_are_recorded(self, client):
        body = application_body()
        number = body["applicant"]["id_number"]
        register(client, **body)
        client.get("/v1/applications", params={"status": "draft"}, headers=WINDOW)
        client.get("/v1/applications", params={"q": number}, headers=WINDOW)
        client.get("/v1/applications", params={"date_from": "2026-11-01"}, headers=WINDOW | {"Accept": CSV})
        client.post(
            "/v1/applications/duplicate-check",
            json={"id_numbers": [number], "item_codes": ["temporary_assistance"]},
            headers=WINDOW,
        )
        entries = _reads(client, actor="window_hd")
        by_action = {e["action"]: e for e in entries if e["source"] == "list"}
        assert by_action["ledger_list"]["filters"].startswith("status=draft")
        assert by_action["ledger_lookup"]["row_count"] == 1
        assert (
            by_action["ledger_export"]["filters"] == "date_from=2026-11-01"
            and by_action["ledger_export"]["row_count"] == 1
        )
        assert "duplicate_check" in by_action
        # the household is searchable by its full number, and never stored or shown in clear
        found = _reads(client, id_number=number)
        assert {"ledger_lookup", "duplicate_check"} <= {e["action"] for e in found}
        assert all(number not in str(e) for e in entries)
        assert by_action["ledger_lookup"]["household"] == number[:6] + "********" + number[-4:]

    def test_case_reads_are_found_by_case_number_and_id_number(self, client):
        body = application_body()
        case = register(client, **body)
        client.get(f"/v1/applications/{case['id']}", headers=WINDOW)
        entries = _reads(client, case_number=case["case_number"])
        assert "read" in {e["action"] for e in entries} and all(e["source"] == "case" for e in entries)
        assert "read" in {e["action"] for e in _reads(client, id_number=body["applicant"]["id_number"])}

    def test_a_street_supervisor_sees_only_the_street(self, client):
        hd, xa = register(client), register(client, headers=WINDOW_XA)
        client.get(f"/v1/applications/{hd['id']}", headers=WINDOW)
        client.get(f"/v1/applications/{xa['id']}", headers=WINDOW_XA)
        client.get("/v1/applications", headers=WINDOW_XA)
        seen = _reads(client, headers=HD_SUPERVISOR)
        assert {e["case_number"] for e in seen if e["case_number"]} == {hd["case_number"]}
        assert all(e["actor"] != "window_xa" for e in seen)
        assert {e["actor"] for e in _reads(client, headers=XA_SUPERVISOR)} == {"window_xa"}
        assert len({e["actor"] for e in _reads(client, headers=ADMIN)}) >= 2

    def test_only_supervisors_and_bad_input(self, client):
        assert client.get("/v1/audit/reads", headers=WINDOW).status_code == 403
        for params, field in (
            ({"id_number": "123456789012345678"}, "id_number"),
            ({"action": "burn"}, "action"),
            ({"date_from": "2026-11-02", "date_to": "2026-11-01"}, "date_from"),
            ({"limit": 0}, "limit"),
        ):
            answer = client.get("/v1/audit/reads", params=params, headers=SUPERVISOR)
            assert answer.status_code == 422 and field in answer.text, params


class TestAppendOnly:
    def test_no_route_changes_or_deletes_the_audit(self, client, intake_app):
        for route in intake_app.routes:
            path = getattr(route, "path", "")
            if "audit" in path or "access-log" in path:
                assert getattr(route, "methods", {"GET"}) <= {"GET", "HEAD"}, path
        for method in ("DELETE", "PUT", "PATCH", "POST"):
            assert client.request(method, "/v1/audit/reads", headers=ADMIN).status_code == 405

    def test_no_service_code_updates_or_deletes_the_audit_tables(self):
        root = Path(__file__).resolve().parents[2] / "services"
        pattern = re.compile(
            r"(update|delete)\s*\(\s*(ReadAudit|DataAccess)|session\.delete\(|"
            r"(ReadAudit|DataAccess)\.__table__\.(update|delete)|(read_audit|data_access)\b.*\b(UPDATE|DELETE)",
        )
        offenders = []
        for path in root.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "ReadAudit" not in text and "DataAccess" not in text and "data_access" not in text:
                continue
            offenders += [f"{path.name}:{m.group(0)}" for m in pattern.finditer(text)]
        assert offenders == []


class TestPeriodicReport:
    def test_half_month_counts_by_item_and_street_scope(self, client):
        register(client, received_date="2026-11-02")
        register(client, received_date="2026-11-20")
        register(client, headers=WINDOW_XA, received_date="2026-11-03")
        first = client.get(
            "/v1/reports/periodic", params={"period": "2026-11-H1"}, headers=HD_SUPERVISOR
        ).json()
        assert first["title"] == "2026年11月上半月" and first["date_to"] == "2026-11-15"
        assert first["total"]["received"] == 1 and first["by_item"][0]["item_code"] == "temporary_assistance"
        month = client.get("/v1/reports/periodic", params={"period": "2026-11"}, headers=HD_SUPERVISOR).json()
        assert month["total"]["received"] == 2 and month["region"] == "370211001"
        district = client.get("/v1/reports/periodic", params={"period": "2026-11"}, headers=SUPERVISOR).json()
        assert district["total"]["received"] == 3
        forbidden = client.get(
            "/v1/reports/periodic", params={"period": "2026-11", "region": "370211002"}, headers=HD_SUPERVISOR
        )
        assert forbidden.status_code == 403
        bad = client.get("/v1/reports/periodic", params={"period": "2026-11-H3"}, headers=SUPERVISOR)
        assert bad.status_code == 422 and "period" in bad.text

    def test_exported_as_csv_and_xlsx(self, client):
        register(client, received_date="2026-11-02")
        params = {"period": "2026-11-H1"}
        rows = _csv(client.get("/v1/reports/periodic", params=params, headers=SUPERVISOR | {"Accept": CSV}))
        assert rows[0][0] == "报告期" and rows[1][3] == "临时救助" and rows[1][4] == "1"
        sheet = _xlsx(
            client.get("/v1/reports/periodic", params=params, headers=SUPERVISOR | {"Accept": XLSX})
        )
        assert sheet[-2][3].startswith("投诉")


class TestDaysLeftInExports:
    def test_agrees_with_the_calendar_across_national_day_and_both_directions(self):
        from datetime import date, timedelta

        from services.common.calendar import WorkingDayCalendar
        from services.intake.applications.ledger import _DaysLeft

        calendar, today = WorkingDayCalendar(), date(2026, 11, 24)
        left = _DaysLeft(calendar, today)
        days = [today + timedelta(days=k) for k in range(-400, 120, 3)] + [
            date(2026, 10, 1),
            date(2026, 10, 8),
        ]
        for day in days:
            assert left(day) == calendar.working_days_between(today, day), day


class TestPrintIsRecorded:
    def test_a_read_for_printing_is_recorded_as_a_print(self, client):
        case = register(client)
        assert (
            client.get(
                f"/v1/applications/{case['id']}", params={"purpose": "print"}, headers=WINDOW
            ).status_code
            == 200
        )
        entries = _reads(client, case_number=case["case_number"], action="print")
        assert [e["action_name"] for e in entries] == ["打印告知书或回执"]
        bad = client.get(f"/v1/applications/{case['id']}", params={"purpose": "copy"}, headers=WINDOW)
        assert bad.status_code == 422 and bad.json()["field"] == "purpose"
