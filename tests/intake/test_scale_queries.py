"""Ledger and statistics queries shaped for a million cases: same answers, index-friendly SQL."""

from services.common.auth import Principal
from services.intake.applications.ledger import in_region, ledger_query
from tests.conftest import TODAY
from tests.intake.conftest import (
    DISTRICT,
    SPOUSE_ID,
    SUPERVISOR,
    WINDOW,
    WINDOW_XA,
    accepted_case,
    household,
    register,
)


def _ledger(client, headers=SUPERVISOR, **params):
    response = client.get("/v1/applications", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


class TestStatisticsInSql:
    def test_counts_accepted_concluded_and_overdue_per_town(self, client):
        register(client, received_date="2026-11-02")  # registered only
        accepted_case(client, "2026-09-01")  # 20 working days ran out in October: overdue today
        accepted_case(client, "2026-11-20")  # in time
        register(client, headers=WINDOW_XA, item_codes=["medical_assistance"], received_date="2026-10-09")
        stats = client.get("/v1/statistics", params={"year": 2026}, headers=SUPERVISOR).json()
        towns = {t["region"]: t for t in stats["by_town"]}
        assert stats["total"] == 4
        assert towns["370211001"] | {"name": ""} == {
            "region": "370211001",
            "name": "",
            "total": 3,
            "accepted": 2,
            "concluded": 0,
            "overdue": 1,
        }
        assert towns["370211002"]["total"] == 1 and towns["370211002"]["overdue"] == 0
        assert sum(m["total"] for m in stats["by_month"]) == 4
        assert stats["by_item"][0]["total"] >= stats["by_item"][-1]["total"]  # most applied for first

    def test_a_year_is_received_from_january_first_to_december_thirty_first(self, client):
        register(client, received_date="2025-12-31")
        register(client, received_date="2026-01-01")
        assert client.get("/v1/statistics", params={"year": 2025}, headers=SUPERVISOR).json()["total"] == 1
        in_2026 = client.get("/v1/statistics", params={"year": 2026}, headers=SUPERVISOR).json()
        assert in_2026["total"] == 1 and in_2026["by_month"][0]["total"] == 1

    def test_a_street_counts_only_its_own_cases(self, client):
        register(client, received_date="2026-11-02")
        register(client, headers=WINDOW_XA, received_date="2026-11-02")
        mine = client.get("/v1/statistics", params={"year": 2026}, headers=WINDOW_XA).json()
        assert mine["total"] == 1 and [t["region"] for t in mine["by_town"]] == ["370211002"]


class TestLedgerQueries:
    def test_region_filter_lists_the_known_codes_under_it(self):
        assert str(in_region("370211001").compile()).endswith("application.window_region = :window_region_1")
        district = in_region("370211").compile(compile_kwargs={"render_postcompile": True})
        assert "IN" in str(district)
        assert "LIKE" in str(in_region("3799").compile())  # an unknown prefix keeps the prefix match

    def test_a_street_sees_its_cases_and_the_district_all(self, client):
        register(client)
        register(client, headers=WINDOW_XA)
        register(client, headers=DISTRICT)
        assert _ledger(client, WINDOW)["total"] == 1
        assert _ledger(client, WINDOW_XA)["total"] == 1
        assert _ledger(client, SUPERVISOR)["total"] == 3
        assert _ledger(client, SUPERVISOR, region="370211002")["total"] == 1

    def test_id_number_finds_the_applicant_and_a_household_member(self, client):
        case = register(client, **household())
        other = register(client)
        by_member = _ledger(client, q=SPOUSE_ID)
        assert [r["id"] for r in by_member["rows"]] == [case["id"]]
        applicant = client.get(f"/v1/applications/{other['id']}", headers=WINDOW).json()[
            "applicant_id_number"
        ]
        assert other["id"] in [r["id"] for r in _ledger(client, q=applicant)["rows"]]

    def test_overdue_filter_uses_the_running_clock_only(self, client):
        late = accepted_case(client, "2026-09-01")
        accepted_case(client, "2026-11-20")
        register(client, received_date="2026-09-01")  # never accepted: no clock, never overdue
        rows = _ledger(client, WINDOW, overdue="true")["rows"]
        assert [r["id"] for r in rows] == [late["id"]] and rows[0]["overdue"]
        assert _ledger(client, WINDOW, overdue="false")["total"] == 2

    def test_deep_page_is_newest_first_without_gaps(self, client):
        ids = [register(client)["id"] for _ in range(7)]
        pages = [_ledger(client, WINDOW, page=p, page_size=3)["rows"] for p in (1, 2, 3)]
        assert [r["id"] for page in pages for r in page] == sorted(ids, reverse=True)

    def test_query_runs_for_a_principal_without_http(self, intake_db):
        query = ledger_query(Principal(subject="x", role="window_staff", region="370211001"), today=TODAY)
        assert "window_region" in str(query)
