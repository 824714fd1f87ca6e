"""Eligibility: inputs that used to be 500s or silently accepted are 422s naming the field."""

from tests.eligibility.conftest import ADMIN, WINDOW


def rule(**overrides) -> dict:
    return {"item_code": "temporary_assistance", "keywords": ["失火"], "reason": "突发困难", **overrides}


class TestSuggestionRules:
    def test_priority_beyond_the_column_is_a_422(self, client):
        response = client.post("/v1/suggestion-rules", json=rule(priority=2**31), headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "priority"
        assert (
            client.post("/v1/suggestion-rules", json=rule(priority=2**31 - 1), headers=ADMIN).status_code
            == 201
        )

    def test_yes_is_not_a_boolean(self, client):
        response = client.post("/v1/suggestion-rules", json=rule(active="yes"), headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "active"

    def test_control_characters_in_a_reason(self, client):
        response = client.post("/v1/suggestion-rules", json=rule(reason="突发\x1b[31m困难"), headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "reason"

    def test_nul_in_a_keyword(self, client):
        response = client.post("/v1/suggestion-rules", json=rule(keywords=["失\x00火"]), headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "keywords[0]"


class TestParameters:
    def test_nul_in_a_path(self, client):
        response = client.get("/v1/items/temporary%00assistance", headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "code"
