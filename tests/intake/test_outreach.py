"""Agents (代办员), home service (上门) and proactive discovery (走访): scoping, bad input, conversions."""

import base64

import pytest

from services.common.identity import compose_id_number
from services.intake.agents.models import AgentProfile
from tests.conftest import auth
from tests.intake.conftest import ADMIN, SUPERVISOR, WINDOW, WINDOW_XA, register

AGENT_ID = compose_id_number("370211", "19750505", 71)
HEAD_ID = compose_id_number("370211", "19480301", 72)
AGENT = auth("agent", "370211001", subject="agent_qj", name="刘秀兰")
GRID = auth("grid_worker", "370211001", subject="grid_qj", name="孙网格")
OTHER_AGENT = auth("agent", "370211001", subject="agent_xj", name="何代办")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="
)


@pytest.fixture
def field_workers(intake_db):
    """An agent and a grid worker of 戚家社区, another agent of 薛家社区 (profiles only: tokens are signed)."""
    with intake_db.session() as session:
        for username, role, name, community, n in (
            ("agent_qj", "agent", "刘秀兰", "戚家社区", 71),
            ("grid_qj", "grid_worker", "孙网格", "戚家社区", 73),
            ("agent_xj", "agent", "何代办", "薛家社区", 74),
        ):
            session.add(
                AgentProfile(
                    username=username,
                    role=role,
                    name=name,
                    region="370211001",
                    community=community,
                    id_number=compose_id_number("370211", "19750505", n),
                )
            )


def household(client, headers=AGENT, **overrides):
    body = {
        "head_name": "王桂芝",
        "id_number": HEAD_ID,
        "phone": "13700000001",
        "address": "戚家社区3号楼",
        "situation": "独居老人，患慢性病",
        "visits_per_week": 3,
    } | overrides
    r = client.post("/v1/outreach/households", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def visit(client, household_id, headers=AGENT, **overrides):
    body = {
        "household_id": household_id,
        "situation": "老人摔伤后行动不便，子女在外地",
        "risk_level": "medium",
    }
    return client.post("/v1/outreach/visits", json=body | overrides, headers=headers)


class TestAgents:
    def test_admin_registers_an_agent_who_logs_in_and_sees_only_the_cases_it_submitted(self, client):
        body = {
            "username": "agent_new",
            "password": "Qijia-daiban-77x",
            "role": "agent",
            "name": "刘秀兰",
            "region": "370211001",
            "community": "戚家社区",
            "id_number": AGENT_ID,
        }
        r = client.post("/v1/agents", json=body, headers=ADMIN)
        assert r.status_code == 201, r.text
        assert r.json()["id_number_masked"].count("*") == 8
        assert client.post("/v1/agents", json=body, headers=ADMIN).status_code == 409
        token = client.post("/v1/auth/token", json={"username": "agent_new", "password": body["password"]})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        register(client, headers=WINDOW)  # someone else's case
        mine = register(  # the window registers it naming the agent and its authorisation
            client,
            channel="agent",
            agent={"name": "刘秀兰", "id_number": AGENT_ID, "authorisation_document": "授权委托书"},
        )
        cases = client.get("/v1/agents/agent_new/cases", headers=headers).json()
        assert [c["id"] for c in cases] == [mine["id"]]
        listed = client.get("/v1/agents", headers=headers).json()
        assert [a["username"] for a in listed] == ["agent_new"] and listed[0]["workload"]["cases_total"] == 1
        assert client.get("/v1/applications", headers=headers).status_code == 403  # not the whole ledger

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"role": "window_staff"}, "role"),
            ({"region": "370299001"}, "region"),
            ({"id_number": "370211197505050000"}, "id_number"),
            ({"password": "short"}, "password"),
        ],
    )
    def test_bad_agent_registrations_are_422(self, client, change, field):
        body = {
            "username": "agent_bad",
            "password": "Qijia-daiban-77x",
            "name": "甲",
            "region": "370211001",
            "community": "戚家社区",
            "id_number": AGENT_ID,
        }
        r = client.post("/v1/agents", json=body | change, headers=ADMIN)
        assert r.status_code == 422 and r.json()["field"] == field, r.text

    def test_a_town_window_sees_its_agents_and_not_another_towns(self, client, field_workers):
        assert len(client.get("/v1/agents", headers=WINDOW).json()) == 3
        assert client.get("/v1/agents", headers=WINDOW_XA).json() == []
        assert client.get("/v1/agents/agent_qj/cases", headers=WINDOW_XA).status_code == 404
        assert client.get("/v1/agents/agent_xj/cases", headers=AGENT).status_code == 404


class TestVisits:
    def test_field_workers_see_only_their_own_community(self, client, field_workers):
        mine = household(client)
        assert mine["community"] == "戚家社区"
        assert [h["id"] for h in client.get("/v1/outreach/households", headers=GRID).json()] == [mine["id"]]
        assert client.get("/v1/outreach/households", headers=OTHER_AGENT).json() == []
        assert visit(client, mine["id"], headers=OTHER_AGENT).status_code == 404
        assert client.get("/v1/outreach/households", headers=WINDOW_XA).json() == []

    def test_coverage_counts_visits_against_three_a_week(self, client, field_workers):
        h = household(client)
        other = household(client, head_name="李大爷", id_number=None, visits_per_week=3)
        for day in ("2026-11-23", "2026-11-24"):
            assert visit(client, h["id"], visit_date=day).status_code == 201
        assert visit(client, h["id"], headers=GRID, visit_date="2026-11-24").status_code == 201
        assert visit(client, other["id"], visit_date="2026-11-20").status_code == 201  # last week
        cov = client.get("/v1/outreach/coverage", headers=SUPERVISOR).json()
        assert (cov["week_start"], cov["week_end"]) == ("2026-11-23", "2026-11-29")
        rows = {r["household_id"]: r for r in cov["rows"]}
        assert rows[h["id"]]["met"] and rows[h["id"]]["visits"] == 3
        assert not rows[other["id"]]["met"] and cov["rate"] == 0.5
        stale = client.get("/v1/outreach/not-visited", params={"days": 3}, headers=WINDOW).json()
        assert [(s["household_id"], s["days_since"]) for s in stale] == [(other["id"], 4)]
        assert client.get("/v1/outreach/coverage", headers=AGENT).status_code == 403

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"visit_date": "2026-11-25"}, "visit_date"),  # tomorrow
            ({"visit_date": "2026-10-01"}, "visit_date"),
            ({"risk_level": "extreme"}, "risk_level"),
            ({"situation": ""}, "situation"),
        ],
    )
    @pytest.mark.usefixtures("field_workers")
    def test_bad_visits_are_422(self, client, change, field):
        h = household(client)
        r = visit(client, h["id"], **change)
        assert r.status_code == 422 and r.json()["field"] == field

    def test_a_high_risk_visit_puts_the_household_on_the_watch_list(self, client, field_workers):
        h = household(client)
        visit(client, h["id"], risk_level="high")
        [watched] = client.get("/v1/outreach/households", params={"watch": "true"}, headers=WINDOW).json()
        assert watched["watch_reason"] == "visit_risk" and watched["watch_since"] == "2026-11-24"

    def test_photos_are_checked_by_content_and_size(self, client, field_workers):
        h = household(client)
        v = visit(client, h["id"]).json()
        url = f"/v1/outreach/visits/{v['id']}/photos"
        ok = client.post(url, files={"photo": ("a.png", PNG, "image/png")}, headers=AGENT)
        assert ok.status_code == 201 and ok.json()["content_type"] == "image/png"
        fake = client.post(
            url, files={"photo": ("a.jpg", b"<html>not an image", "image/jpeg")}, headers=AGENT
        )
        assert fake.status_code == 422 and fake.json()["field"] == "photo"
        big = client.post(
            url,
            files={"photo": ("b.jpg", b"\xff\xd8\xff" + b"0" * (5 * 1024 * 1024), "image/jpeg")},
            headers=AGENT,
        )
        assert big.status_code == 422
        lying = client.post(url, files={"photo": ("c.jpg", PNG, "image/jpeg")}, headers=AGENT)
        assert lying.status_code == 422
        assert client.post(url, files={"photo": ("a.png", PNG, "image/png")}, headers=GRID).status_code == 403
        photo = client.get(f"/v1/outreach/photos/{ok.json()['id']}", headers=WINDOW)
        assert photo.status_code == 200 and photo.content == PNG
        assert client.get(f"/v1/outreach/photos/{ok.json()['id']}", headers=WINDOW_XA).status_code == 404


class TestVisitToApplication:
    def test_an_agent_applies_for_the_household_with_the_data_carried_over(self, client, field_workers):
        h = household(client)
        v = visit(client, h["id"]).json()
        url = f"/v1/outreach/visits/{v['id']}/application"
        missing = client.post(url, json={"item_codes": ["temporary_assistance"]}, headers=AGENT)
        assert missing.status_code == 422 and missing.json()["field"] == "authorisation_document"
        r = client.post(
            url,
            json={"item_codes": ["temporary_assistance"], "authorisation_document": "授权委托书 2026-11-24"},
            headers=AGENT,
        )
        assert r.status_code == 201, r.text
        case = client.get(f"/v1/applications/{r.json()['application_id']}", headers=WINDOW).json()
        assert case["applicant_name"] == "王桂芝" and case["channel"] == "agent"
        assert case["difficulty"] == "老人摔伤后行动不便，子女在外地"
        assert case["agent_name"] == "刘秀兰"
        assert (
            client.post(url, json={"item_codes": ["temporary_assistance"]}, headers=AGENT).status_code == 409
        )
        [logged] = client.get("/v1/outreach/visits", headers=AGENT).json()
        assert logged["application_id"] == r.json()["application_id"]

    def test_a_grid_worker_hands_it_in_as_the_community_and_a_household_without_id_is_422(
        self, client, field_workers
    ):
        h = household(client, headers=GRID)
        v = visit(client, h["id"], headers=GRID).json()
        r = client.post(f"/v1/outreach/visits/{v['id']}/application", json={"dont_know": True}, headers=GRID)
        assert r.status_code == 201, r.text
        case = client.get(f"/v1/applications/{r.json()['application_id']}", headers=WINDOW).json()
        assert case["channel"] == "community" and case["community_name"] == "戚家社区"
        bare = household(client, headers=GRID, head_name="无证户", id_number=None)
        v2 = visit(client, bare["id"], headers=GRID).json()
        r2 = client.post(
            f"/v1/outreach/visits/{v2['id']}/application", json={"dont_know": True}, headers=GRID
        )
        assert r2.status_code == 422 and r2.json()["field"] == "household.id_number"


class TestVisitToConsultation:
    def test_the_window_registers_the_households_question_once_with_its_data_carried_over(
        self, client, field_workers
    ):
        h = household(client)
        v = visit(client, h["id"]).json()
        url = f"/v1/outreach/visits/{v['id']}/consultation"
        assert client.post(url, json={}, headers=AGENT).status_code == 403  # the window records (首问负责)
        assert client.post(url, json={}, headers=WINDOW_XA).status_code == 404  # another street's visit
        bad = client.post(url, json={"follow_up_days": 0}, headers=WINDOW)
        assert bad.status_code == 422 and bad.json()["field"] == "follow_up_days"
        r = client.post(url, json={"answer": "已告知临时救助的条件", "follow_up_days": 2}, headers=WINDOW)
        assert r.status_code == 201, r.text
        entry = r.json()
        assert entry["visitor_name"] == "王桂芝" and entry["channel"] == "outreach"
        assert entry["matter"] == "老人摔伤后行动不便，子女在外地" and entry["follow_up_due_date"]
        again = client.post(url, json={}, headers=WINDOW)
        assert again.status_code == 409 and again.json()["consultation_id"] == entry["id"]
        [logged] = client.get("/v1/outreach/visits", headers=WINDOW).json()
        assert logged["consultation_id"] == entry["id"]
        listed = client.get("/v1/consultations", params={"channel": "outreach"}, headers=WINDOW).json()
        assert [row["id"] for row in listed["rows"]] == [entry["id"]]

    def test_two_windows_at_once_leave_one_register_entry(self, client, field_workers, monkeypatch):
        """The other window's claim lands between this request's read of the visit and its write."""
        from sqlalchemy import update

        from services.intake import flows
        from services.intake.outreach.models import OutreachVisit

        h = household(client)
        v = visit(client, h["id"]).json()
        record = flows.consultations.record

        def other_window_first(*, session, **kwargs):
            row = record(session=session, **kwargs)
            session.execute(
                update(OutreachVisit).where(OutreachVisit.id == v["id"]).values(consultation_id=row.id),
                execution_options={"synchronize_session": False},  # this request still holds the old visit
            )
            return row

        monkeypatch.setattr(flows.consultations, "record", other_window_first)
        r = client.post(f"/v1/outreach/visits/{v['id']}/consultation", json={}, headers=WINDOW)
        assert r.status_code == 409 and r.json()["field"] == "visit_id", r.text
        listed = client.get("/v1/consultations", params={"channel": "outreach"}, headers=WINDOW).json()
        assert listed["rows"] == []  # the losing request kept nothing


class TestWatchList:
    def test_a_case_not_accepted_puts_the_household_on_the_watch_list(self, client):
        case = register(client)
        r = client.post(
            f"/v1/applications/{case['id']}/not-accept",
            json={"reason": "户籍不在本区", "legal_basis": "《社会救助暂行办法》第十一条"},
            headers=WINDOW,
        )
        assert r.status_code == 200, r.text
        [watched] = client.get("/v1/outreach/households", params={"watch": "true"}, headers=WINDOW).json()
        assert watched["watch_reason"] == "not_accepted" and watched["head_name"] == "张三"
        assert case["case_number"] in watched["watch_note"]
        assert client.get("/v1/outreach/households", params={"watch": "true"}, headers=WINDOW_XA).json() == []


class TestHomeService:
    def test_a_window_assigns_a_home_visit_to_an_agent_who_registers_at_the_door(self, client, intake_db):
        from services.intake.accounts.service import create_account

        with intake_db.session() as session:
            create_account(
                session=session,
                username="agent_qj",
                display_name="刘秀兰",
                role="agent",
                region="370211001",
                password="Qijia-daiban-77x",
            )
        body = {
            "person_name": "赵德福",
            "phone": "13700000002",
            "address": "戚家社区5号楼301",
            "reason": "disabled",
            "matter": "申请临时救助，本人卧床",
        }
        task = client.post("/v1/home-tasks", json=body, headers=WINDOW).json()
        assert task["status"] == "open" and task["phone_masked"] == "137****0002"
        assert client.get("/v1/home-tasks", headers=AGENT).json() == []
        bad = client.post(
            f"/v1/home-tasks/{task['id']}/assign", json={"assignee_username": "window_xa"}, headers=WINDOW
        )
        assert bad.status_code == 422
        r = client.post(
            f"/v1/home-tasks/{task['id']}/assign", json={"assignee_username": "agent_qj"}, headers=WINDOW
        )
        assert r.status_code == 200 and r.json()["assignee_name"] == "刘秀兰"
        assert [t["id"] for t in client.get("/v1/home-tasks", headers=AGENT).json()] == [task["id"]]
        assert (
            client.post(
                f"/v1/home-tasks/{task['id']}/result", json={"result": "已上门"}, headers=OTHER_AGENT
            ).status_code
            == 404
        )
        started = client.post(
            f"/v1/home-tasks/{task['id']}/application",
            json={"id_number": HEAD_ID, "hukou_region": "370211001", "item_codes": ["temporary_assistance"]},
            headers=AGENT,
        )
        assert started.status_code == 201, started.text
        case = client.get(f"/v1/applications/{started.json()['application_id']}", headers=WINDOW).json()
        assert case["channel"] == "home" and case["applicant_name"] == "赵德福"
        done = client.post(
            f"/v1/home-tasks/{task['id']}/result", json={"result": "已上门登记申请"}, headers=AGENT
        )
        assert done.status_code == 200 and done.json()["status"] == "done"
        assert done.json()["application_id"] == started.json()["application_id"]
        assert (
            client.post(
                f"/v1/home-tasks/{task['id']}/result", json={"result": "again"}, headers=AGENT
            ).status_code
            == 409
        )

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"reason": "lazy"}, "reason"),
            ({"address": ""}, "address"),
            ({"requested_date": "2026-11-01"}, "requested_date"),
        ],
    )
    def test_bad_tasks_are_422(self, client, change, field):
        body = {"person_name": "赵", "address": "戚家社区5号楼", "reason": "elderly", "matter": "咨询"}
        r = client.post("/v1/home-tasks", json=body | change, headers=WINDOW)
        assert r.status_code == 422 and r.json()["field"] == field


class TestWatchListFromTransfer:
    def test_a_stopped_benefit_reported_by_transfer_puts_the_household_on_the_watch_list(self, client):
        from tests.intake.conftest import SERVICE, accepted_case

        case = accepted_case(client, "2026-11-24")
        event = {
            "event_id": "transfer-1-stop",
            "kind": "benefit_stopped",
            "detail": "家庭收入已超过标准，停发",
        }
        r = client.post(f"/v1/applications/{case['id']}/events", json=event, headers=SERVICE)
        assert r.status_code in (200, 202), r.text
        [watched] = client.get("/v1/outreach/households", params={"watch": "true"}, headers=WINDOW).json()
        assert watched["watch_reason"] == "benefit_stopped" and "停发" in watched["watch_note"]


class TestPlan:
    def test_staff_set_the_plan_and_the_watch_flag_field_workers_cannot(self, client, field_workers):
        h = household(client, visits_per_week=0)
        url = f"/v1/outreach/households/{h['id']}"
        assert client.patch(url, json={"visits_per_week": 3}, headers=AGENT).status_code == 403
        r = client.patch(
            url, json={"visits_per_week": 3, "watch": True, "watch_note": "低保边缘户"}, headers=WINDOW
        )
        assert (
            r.status_code == 200 and r.json()["watch_reason"] == "manual" and r.json()["visits_per_week"] == 3
        )
        assert client.patch(url, json={"visits_per_week": 8}, headers=WINDOW).status_code == 422
        assert client.patch(url, json={"watch": False}, headers=WINDOW).json()["watch"] is False
        assert client.patch(url, json={"watch": True}, headers=WINDOW_XA).status_code == 404
