"""The public service guide's data (办事指南): no token, no internal fields, same data as the catalogue,
rate-limited per address."""

from datetime import timedelta

import pytest

from services.eligibility.catalogue.public import PER_ADDRESS
from tests.eligibility.conftest import ADMIN, WINDOW


@pytest.fixture(autouse=True)
def fresh_limit():
    PER_ADDRESS._hits.clear()
    yield
    PER_ADDRESS._hits.clear()


class TestGuide:
    def test_no_token_and_only_public_fields(self, client):
        response = client.get("/v1/public/items")
        assert response.status_code == 200
        items = response.json()
        assert items and not {"version", "has_rules", "active", "exclusive_with", "district"} & set(items[0])
        assert {"acceptance_conditions", "legal_basis", "time_limit_days", "materials"} <= set(items[0])

    def test_same_data_as_the_staff_catalogue(self, client):
        staff = {i["code"]: i for i in client.get("/v1/items", headers=WINDOW).json()}
        for item in client.get("/v1/public/items").json():
            own = staff[item["code"]]
            for key in ("name", "legal_basis", "acceptance_conditions", "time_limit_days", "handling_level"):
                assert item[key] == own[key], (item["code"], key)
            assert item["materials"] == own["materials"]
        assert set(staff) == {i["code"] for i in client.get("/v1/public/items").json()}

    def test_detail_labels_and_shared_data_materials(self, client):
        item = client.get("/v1/public/items/urban_dibao").json()
        assert item["case_type_name"] in ("即办件", "承诺件", "联办件", "上报件")
        assert item["owner_department_name"] == "民政"
        assert any(m["shared_data"] for m in item["materials"])  # 减证便民: obtained by data sharing
        assert item["acceptance_window"] == {"days_of_month": list(range(1, 11))}

    def test_unknown_or_inactive_item_is_404_and_bad_code_422(self, client):
        assert client.get("/v1/public/items/no_such_item").status_code == 404
        bad = client.get("/v1/public/items/DROP%20TABLE")
        assert bad.status_code == 422 and bad.json()["field"] == "code"
        item = client.get("/v1/items/medical_assistance", headers=ADMIN).json()
        body = {k: item[k] for k in ("name", "category", "owner_department_type", "legal_basis")}
        assert (
            client.put(
                "/v1/items/medical_assistance", json={**body, "active": False}, headers=ADMIN
            ).status_code
            == 200
        )
        assert client.get("/v1/public/items/medical_assistance").status_code == 404
        assert "medical_assistance" not in {i["code"] for i in client.get("/v1/public/items").json()}


class TestRateLimit:
    def test_120_a_minute_per_address_then_429(self, client, clock):
        for _ in range(120):
            assert client.get("/v1/public/items/temporary_assistance").status_code == 200
        limited = client.get("/v1/public/items")
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        clock.advance(timedelta(seconds=61))
        assert client.get("/v1/public/items").status_code == 200
