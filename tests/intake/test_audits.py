"""Random audits (三随机): reproducible samples, random auditors, findings, the report, scoping."""

import pytest

from tests.conftest import auth
from tests.intake.conftest import ADMIN, SUPERVISOR, WINDOW, WINDOW_XA, register

HD_SUPERVISOR = auth("supervisor", "370211001", subject="sup_hd", name="黄岛督查")
XA_SUPERVISOR = auth("supervisor", "370211002", subject="sup_xa", name="辛安督查")
AUDITOR_A = auth("supervisor", "370211", subject="auditor_a", name="抽查甲")


@pytest.fixture
def cases(client) -> dict[str, list[int]]:
    """Twelve cases at 黄岛 (four of them 医疗救助) and eight at 辛安."""
    hd = [register(client)["id"] for _ in range(8)]
    hd += [register(client, item_codes=["medical_assistance"])["id"] for _ in range(4)]
    xa = [register(client, headers=WINDOW_XA)["id"] for _ in range(8)]
    return {"hd": hd, "xa": xa}


def draw(client, headers=SUPERVISOR, **body):
    return client.post(
        "/v1/audits/samples", json={"seed": 7, "size": 5, "region": "370211", **body}, headers=headers
    )


def ids(response) -> list[int]:
    assert response.status_code == 201, response.text
    return [c["application_id"] for c in response.json()["cases"]]


class TestReproducible:
    def test_same_seed_same_cases_in_the_same_order(self, client, cases):
        assert ids(draw(client, seed=2026)) == ids(draw(client, seed=2026))

    def test_different_seed_different_cases(self, client, cases):
        assert ids(draw(client, seed=1, size=10)) != ids(draw(client, seed=2, size=10))

    def test_sample_is_the_documented_draw(self, client, cases):
        import random

        population = sorted(cases["hd"] + cases["xa"])
        assert ids(draw(client, seed=99, size=6)) == random.Random(99).sample(population, 6)

    def test_records_who_drew_it_and_the_population(self, client, cases):
        sample = draw(client, seed=3).json()
        assert (sample["drawn_by"], sample["drawn_by_name"], sample["population"]) == (
            "supervisor",
            "周正",
            20,
        )
        assert client.get(f"/v1/audits/samples/{sample['id']}", headers=SUPERVISOR).json() == sample

    def test_size_larger_than_population_takes_every_case_once(self, client, cases):
        drawn = ids(draw(client, size=500, region="370211002"))
        assert sorted(drawn) == sorted(cases["xa"])

    def test_item_filter(self, client, cases):
        drawn = draw(client, size=50, item_code="medical_assistance").json()
        assert sorted(c["application_id"] for c in drawn["cases"]) == sorted(cases["hd"][8:])
        assert {c["item_code"] for c in drawn["cases"]} == {"medical_assistance"}

    def test_date_filter_excludes_cases_outside(self, client, cases):
        assert ids(draw(client, size=50, date_from="2000-01-01", date_to="2000-12-31")) == []


class TestAuditorAssignment:
    def test_each_case_gets_an_auditor_from_the_pool_reproducibly(self, client, cases):
        pool = ["auditor_a", "auditor_b", "auditor_c"]
        first = draw(client, size=12, auditors=pool).json()["cases"]
        again = draw(client, size=12, auditors=pool).json()["cases"]
        assert [c["auditor"] for c in first] == [c["auditor"] for c in again]
        assert {c["auditor"] for c in first} <= set(pool) and len({c["auditor"] for c in first}) > 1

    def test_only_the_assigned_auditor_records(self, client, cases):
        case = draw(client, size=1, auditors=["auditor_a"]).json()
        url = f"/v1/audits/samples/{case['id']}/cases/{case['cases'][0]['id']}/finding"
        assert client.put(url, json={"outcome": "ok"}, headers=SUPERVISOR).status_code == 403
        assert client.put(url, json={"outcome": "ok"}, headers=AUDITOR_A).status_code == 200


class TestFindingsAndReport:
    def test_findings_roll_up_by_street_and_item(self, client, cases):
        sample = draw(client, size=20).json()
        for n, case in enumerate(sample["cases"]):
            body = (
                {"outcome": "problem", "category": "materials", "finding": "缺户口簿复印件"}
                if n % 4 == 0
                else {"outcome": "ok"}
            )
            url = f"/v1/audits/samples/{sample['id']}/cases/{case['id']}/finding"
            assert client.put(url, json=body, headers=SUPERVISOR).status_code == 200
        report = client.get("/v1/audits/report", params={"region": "370211"}, headers=SUPERVISOR).json()
        rows = {(r["street"], r["item_code"]): r for r in report["rows"]}
        assert rows[("370211001", "medical_assistance")]["cases"] == 4
        assert rows[("370211002", "temporary_assistance")]["cases"] == 8
        assert sum(r["problems"] for r in rows.values()) == 5
        assert sum(r["by_category"].get("materials", 0) for r in rows.values()) == 5
        assert all(r["recorded"] == r["cases"] == r["ok"] + r["problems"] for r in rows.values())

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"outcome": "problem", "finding": "x"}, "category"),
            ({"outcome": "problem", "category": "nonsense", "finding": "x"}, "category"),
            ({"outcome": "problem", "category": "materials", "finding": "  "}, "finding"),
            ({"outcome": "ok", "category": "materials"}, "category"),
            ({"outcome": "maybe"}, "outcome"),
        ],
    )
    def test_bad_finding_names_the_field(self, client, cases, body, field):
        sample = draw(client, size=1).json()
        url = f"/v1/audits/samples/{sample['id']}/cases/{sample['cases'][0]['id']}/finding"
        answer = client.put(url, json=body, headers=SUPERVISOR)
        assert answer.status_code == 422 and answer.json()["field"] == field
        assert (
            client.get(f"/v1/audits/samples/{sample['id']}", headers=SUPERVISOR).json()["cases"][0]["outcome"]
            is None
        )


class TestScopeAndInput:
    def test_street_supervisor_draws_only_own_street(self, client, cases):
        assert set(ids(draw(client, HD_SUPERVISOR, size=50, region="370211001"))) == set(cases["hd"])
        for region in ("370211002", "370211"):
            answer = draw(client, HD_SUPERVISOR, region=region)
            assert answer.status_code == 403 and answer.json()["field"] == "region"

    def test_street_supervisor_never_sees_another_streets_sample_or_report(self, client, cases):
        xa = draw(client, XA_SUPERVISOR, region="370211002").json()
        assert client.get(f"/v1/audits/samples/{xa['id']}", headers=HD_SUPERVISOR).status_code == 404
        assert [s["id"] for s in client.get("/v1/audits/samples", headers=HD_SUPERVISOR).json()] == []
        assert [s["id"] for s in client.get("/v1/audits/samples", headers=XA_SUPERVISOR).json()] == [xa["id"]]
        answer = client.get("/v1/audits/report", params={"region": "370211"}, headers=HD_SUPERVISOR)
        assert answer.status_code == 403 and answer.json()["field"] == "region"
        mine = client.get("/v1/audits/report", params={"region": "370211001"}, headers=HD_SUPERVISOR).json()
        assert mine["rows"] == []

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"size": 501}, "size"),
            ({"size": 0}, "size"),
            ({"seed": -1}, "seed"),
            ({"region": "37021"}, "region"),
            ({"date_from": "2026-02-01", "date_to": "2026-01-01"}, "date_from"),
            ({"auditors": [""]}, "auditors"),
        ],
    )
    def test_bad_input_names_the_field_and_records_nothing(self, client, cases, body, field):
        answer = draw(client, **body)
        assert answer.status_code == 422, answer.text
        assert answer.json()["field"] == field
        assert client.get("/v1/audits/samples", headers=SUPERVISOR).json() == []

    def test_window_staff_cannot_draw(self, client, cases):
        assert draw(client, WINDOW, region="370211001").status_code == 403
        assert draw(client, ADMIN).status_code == 201
