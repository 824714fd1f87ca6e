"""The visitor and consultation register (来访登记): record, scope, search, export, follow-up, statistics,
and one-click conversion into an application."""

import csv
import io

from tests.conftest import auth
from tests.intake.conftest import APPLICANT_ID, DISTRICT, SUPERVISOR, WINDOW, WINDOW_XA

DEPT = auth("department_staff", "370211001", subject="dept_hd_ca", name="孙民政")


def consult(client, headers=WINDOW, **overrides) -> dict:
    body = {
        "channel": "visit",
        "visitor_name": "赵桂兰",
        "contact": "13912345678",
        "matter": "老伴住院，医药费负担重，问能否申请救助",
        "item_codes": ["medical_assistance"],
        "answer": "告知医疗救助的条件和材料",
    }
    body.update(overrides)
    response = client.post("/v1/consultations", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


class TestRecord:
    def test_first_responder_is_the_logged_in_account_and_number_is_per_street(self, client):
        row = consult(client)
        assert row["staff_username"] == "window_hd" and row["staff_name"] == "王晓燕"
        assert row["number"] == "HD-LF-2026-00001" and row["region"] == "370211001"
        assert row["status"] == "answered" and row["items"] == [
            {"code": "medical_assistance", "name": "医疗救助"}
        ]
        assert row["at"].startswith("2026-11-24T01:30")  # the clock's 09:30 Beijing, stored in UTC
        assert consult(client, channel="phone")["number"] == "HD-LF-2026-00002"

    def test_phone_call_records_the_one_time_notice_from_the_catalogue(self, client):
        # 一次性告知制度 第六条: a phone consultation is told materials, procedure and time limit, and recorded
        row = consult(client, channel="phone", one_time_notice=True)
        assert [m["name"] for m in row["notice_materials"]] == ["身份证", "诊断证明", "医疗费票据"]

    def test_follow_up_due_counts_working_days(self, client):
        # Tue 2026-11-24 + 3 working days = Fri 11-27; + 4 skips the weekend to Mon 11-30
        assert consult(client, follow_up_days=3)["follow_up_due_date"] == "2026-11-27"
        row = consult(client, follow_up_days=4)
        assert row["follow_up_due_date"] == "2026-11-30" and row["status"] == "follow_up"

    def test_department_staff_may_record_supervisor_may_not(self, client):
        assert consult(client, headers=DEPT)["staff_username"] == "dept_hd_ca"
        response = client.post(
            "/v1/consultations",
            json={"channel": "visit", "visitor_name": "甲", "matter": "问事"},
            headers=SUPERVISOR,
        )
        assert response.status_code == 403


class TestBadInput:
    def test_each_bad_field_is_named(self, client):
        cases = [
            ({"channel": "fax"}, "channel"),
            ({"visitor_name": ""}, "visitor_name"),
            ({"matter": ""}, "matter"),
            ({"id_number": "370211198501011234"}, "id_number"),
            ({"hukou_region": "999999001"}, "hukou_region"),
            ({"item_codes": ["medical_assistance", "no_such_item"]}, "item_codes[1]"),
            ({"follow_up_days": 0}, "follow_up_days"),
            ({"at": "2026-12-24T10:00:00+08:00"}, "at"),
            ({"at": "2026-09-01T10:00:00+08:00"}, "at"),
            ({"one_time_notice": True, "item_codes": []}, "item_codes"),
        ]
        base = {"channel": "visit", "visitor_name": "赵桂兰", "matter": "问低保"}
        for override, field in cases:
            response = client.post("/v1/consultations", json={**base, **override}, headers=WINDOW)
            assert response.status_code == 422, (override, response.text)
            assert response.json()["field"] == field, (override, response.json())
        assert (
            client.get("/v1/consultations", headers=SUPERVISOR).json()["total"] == 0
        )  # nothing half-written

    def test_catalogue_down_records_without_items_but_refuses_items(self, client, fakes):
        fakes[0].down = True
        assert consult(client, item_codes=[])["items"] == []
        response = client.post(
            "/v1/consultations",
            json={"channel": "visit", "visitor_name": "甲", "matter": "问", "item_codes": ["urban_dibao"]},
            headers=WINDOW,
        )
        assert response.status_code == 503


class TestScope:
    def test_a_street_sees_only_its_own_the_district_sees_all(self, client):
        mine = consult(client)
        theirs = consult(client, headers=WINDOW_XA, visitor_name="钱多多")
        assert [r["number"] for r in client.get("/v1/consultations", headers=WINDOW).json()["rows"]] == [
            mine["number"]
        ]
        assert client.get(f"/v1/consultations/{theirs['id']}", headers=WINDOW).status_code == 404
        assert (
            client.get("/v1/consultations", params={"region": "370211002"}, headers=WINDOW).status_code == 403
        )
        assert client.get("/v1/consultations", headers=SUPERVISOR).json()["total"] == 2
        assert client.get("/v1/consultations", headers=DISTRICT).json()["total"] == 2

    def test_department_staff_see_only_what_they_recorded(self, client):
        own = consult(client, headers=DEPT)
        window = consult(client)
        rows = client.get("/v1/consultations", headers=DEPT).json()["rows"]
        assert [r["number"] for r in rows] == [own["number"]]
        assert client.get(f"/v1/consultations/{window['id']}", headers=DEPT).status_code == 404
        assert client.get("/v1/consultations", headers=WINDOW).json()["total"] == 2

    def test_list_masks_contact_detail_shows_it_and_logs_the_read(self, client, intake_db):
        from sqlmodel import select

        from services.intake.consultations.models import ConsultationAccess

        row = consult(client)
        listed = client.get("/v1/consultations", headers=WINDOW).json()["rows"][0]
        assert listed["contact"] == "139****5678" and "id_number" not in listed
        assert (
            client.get(f"/v1/consultations/{row['id']}", headers=SUPERVISOR).json()["contact"]
            == "13912345678"
        )
        with intake_db.session() as session:
            reads = session.exec(
                select(ConsultationAccess).where(ConsultationAccess.consultation_id == row["id"])
            )
            assert [(a.actor, a.action) for a in reads] == [("supervisor", "read")]


class TestSearchAndFilters:
    def test_search_filters_and_paging(self, client):
        consult(client, visitor_name="赵桂兰", matter="问医疗救助")
        consult(client, visitor_name="孙小明", channel="phone", matter="问低保", item_codes=["urban_dibao"])
        consult(client, visitor_name="周一", channel="online", matter="问住房", follow_up_days=1)

        def names(**params):
            page = client.get("/v1/consultations", params=params, headers=WINDOW).json()
            return [r["visitor_name"] for r in page["rows"]]

        assert names(q="低保") == ["孙小明"]
        assert names(q="HD-LF-2026-00001") == ["赵桂兰"]
        assert names(channel="online") == ["周一"]
        assert names(item_code="urban_dibao") == ["孙小明"]
        assert names(status="follow_up") == ["周一"]
        assert names(date_from="2026-11-25") == []
        page = client.get("/v1/consultations", params={"page_size": 2, "page": 2}, headers=WINDOW).json()
        assert page["total"] == 3 and len(page["rows"]) == 1
        bad = client.get("/v1/consultations", params={"channel": "fax"}, headers=WINDOW)
        assert bad.status_code == 422 and bad.json()["field"] == "channel"
        bad = client.get(
            "/v1/consultations", params={"date_from": "2026-11-30", "date_to": "2026-11-01"}, headers=WINDOW
        )
        assert bad.status_code == 422 and bad.json()["field"] == "date_from"

    def test_overdue_follow_up(self, client, clock):
        from datetime import timedelta

        consult(client, follow_up_days=1)  # due Wed 11-25
        consult(client)
        clock.advance(timedelta(days=2))  # Thursday
        page = client.get("/v1/consultations", params={"overdue": "true"}, headers=WINDOW).json()
        assert page["total"] == 1 and page["rows"][0]["follow_up_overdue"] is True


class TestExport:
    def test_csv_has_the_filtered_rows_with_masked_contacts_and_no_formulas(self, client):
        consult(client, visitor_name="=HYPERLINK(1)")
        consult(client, headers=WINDOW_XA)
        response = client.get("/v1/consultations/export.csv", headers=WINDOW)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff"))))
        assert rows[0][:4] == ["登记编号", "日期", "方式", "来访人"]
        assert len(rows) == 2 and rows[1][3] == "'=HYPERLINK(1)" and rows[1][4] == "139****5678"
        assert rows[1][7] == "医疗救助" and rows[1][8] == "王晓燕"


class TestFollowUp:
    def test_follow_up_once(self, client):
        row = consult(client, follow_up_days=2)
        done = client.post(
            f"/v1/consultations/{row['id']}/follow-up", json={"note": "已回访"}, headers=WINDOW
        )
        assert done.status_code == 200 and done.json()["status"] == "followed_up"
        again = client.post(f"/v1/consultations/{row['id']}/follow-up", json={"note": "再"}, headers=WINDOW)
        assert again.status_code == 409
        empty = client.post(f"/v1/consultations/{row['id']}/follow-up", json={"note": ""}, headers=WINDOW)
        assert empty.status_code == 422 and empty.json()["field"] == "note"


class TestStatistics:
    def test_counted_by_channel_region_staff_and_month(self, client):
        consult(client)
        consult(client, channel="phone", follow_up_days=1)
        consult(client, headers=WINDOW_XA)
        mine = client.get("/v1/consultations/statistics", headers=WINDOW).json()
        assert mine["total"] == 2 and mine["follow_up_open"] == 1
        assert {c["key"]: c["total"] for c in mine["by_channel"]} == {
            "visit": 1,
            "phone": 1,
            "online": 0,
            "outreach": 0,
        }
        district = client.get("/v1/consultations/statistics", headers=SUPERVISOR).json()
        assert district["total"] == 3 and [r["key"] for r in district["by_region"]] == [
            "370211001",
            "370211002",
        ]
        assert district["by_month"][10] == {"key": "11", "name": "11月", "total": 3}
        assert (
            client.get("/v1/consultations/statistics", params={"year": 2025}, headers=WINDOW).json()["total"]
            == 0
        )


class TestConversion:
    def test_draft_carries_the_data_and_names_what_is_missing(self, client):
        row = consult(client)
        draft = client.get(f"/v1/consultations/{row['id']}/application-draft", headers=WINDOW).json()
        assert draft["applicant"] == {
            "name": "赵桂兰",
            "id_number": None,
            "phone": "13912345678",
            "hukou_region": None,
        }
        assert draft["difficulty"] == row["matter"] and draft["item_codes"] == ["medical_assistance"]
        assert draft["missing"] == ["applicant.id_number", "applicant.hukou_region"]

    def test_one_click_registers_and_links_both_ways(self, client):
        row = consult(client, id_number=APPLICANT_ID, hukou_region="370211001")
        draft = client.get(f"/v1/consultations/{row['id']}/application-draft", headers=WINDOW).json()
        assert draft["missing"] == []
        body = {k: v for k, v in draft.items() if k != "missing"}
        response = client.post(f"/v1/consultations/{row['id']}/application", json=body, headers=WINDOW)
        assert response.status_code == 201, response.text
        case = response.json()
        linked = client.get(f"/v1/consultations/{row['id']}", headers=WINDOW).json()
        assert linked["status"] == "converted" and linked["case_number"] == case["case_number"]
        application = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert (
            application["applicant_name"] == "赵桂兰"
            and application["first_responder_username"] == "window_hd"
        )
        assert any(
            e["kind"] == "from_consultation" and row["number"] in e["detail"] for e in application["timeline"]
        )
        again = client.post(f"/v1/consultations/{row['id']}/application", json=body, headers=WINDOW)
        assert again.status_code == 409
        stats = client.get("/v1/consultations/statistics", headers=WINDOW).json()
        assert stats["converted"] == 1

    def test_incomplete_draft_is_refused_naming_the_field_and_nothing_is_linked(self, client):
        row = consult(client)
        draft = client.get(f"/v1/consultations/{row['id']}/application-draft", headers=WINDOW).json()
        body = {k: v for k, v in draft.items() if k != "missing"}
        response = client.post(f"/v1/consultations/{row['id']}/application", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "applicant.id_number"
        assert client.get(f"/v1/consultations/{row['id']}", headers=WINDOW).json()["status"] == "answered"

    def test_another_street_cannot_convert(self, client):
        row = consult(client, id_number=APPLICANT_ID, hukou_region="370211001")
        draft = client.get(f"/v1/consultations/{row['id']}/application-draft", headers=WINDOW_XA)
        assert draft.status_code == 404
