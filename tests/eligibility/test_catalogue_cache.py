"""The catalogue list: four statements to build, one to confirm, never stale after an edit (issue 10)."""

from contextlib import contextmanager

import pytest
from sqlalchemy import event, insert, update

from services.eligibility.catalogue import cache
from services.eligibility.catalogue.models import AssistanceItem, CatalogueChange
from services.eligibility.client import EligibilityClient
from tests.eligibility.conftest import ADMIN, WINDOW
from tests.eligibility.test_catalogue import item_body


@pytest.fixture
def statements(eligibility_db):
    """Counts the SQL statements run inside a `with statements() as seen:` block."""

    @contextmanager
    def counting():
        seen: list[str] = []

        def record(conn, cursor, statement, *args):
            seen.append(statement)

        event.listen(eligibility_db.engine, "before_cursor_execute", record)
        try:
            yield seen
        finally:
            event.remove(eligibility_db.engine, "before_cursor_execute", record)

    cache.clear()
    return counting


def _selects(seen: list[str]) -> list[str]:
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


class TestStatementsPerList:
    def test_a_cold_list_takes_five_statements_whatever_the_number_of_items(self, client, statements):
        with statements() as seen:
            items = client.get("/v1/items", headers=WINDOW).json()
        assert len(items) == 16
        # the version, then items, their materials, the district's handling levels, items with rules
        assert len(_selects(seen)) == 5  # was 49: three per item plus one

    def test_a_warm_list_takes_one_statement(self, client, statements):
        client.get("/v1/items", headers=WINDOW)
        with statements() as seen:
            answer = client.get("/v1/items", headers=WINDOW)
        assert answer.status_code == 200 and len(answer.json()) == 16
        assert len(_selects(seen)) == 1

    def test_if_none_match_answers_304_for_one_statement(self, client, statements):
        etag = client.get("/v1/items", headers=WINDOW).headers["etag"]
        cache.clear()  # another replica answered the first call: the ETag alone decides
        with statements() as seen:
            answer = client.get("/v1/items", headers={**WINDOW, "If-None-Match": etag})
        assert answer.status_code == 304 and answer.content == b""
        assert answer.headers["etag"] == etag
        assert len(_selects(seen)) == 1

    def test_the_cached_list_is_the_list_built_afresh(self, client, eligibility_db):
        cached = client.get("/v1/items", headers=WINDOW).json()
        cache.clear()
        assert client.get("/v1/items", headers=WINDOW).json() == cached


class TestNeverStale:
    def test_an_admin_edit_changes_the_etag_and_the_list(self, client):
        first = client.get("/v1/items", headers=WINDOW)
        etag = first.headers["etag"]
        client.put("/v1/items/temporary_assistance", json=item_body(name="临时救助（新名称）"), headers=ADMIN)
        again = client.get("/v1/items", headers={**WINDOW, "If-None-Match": etag})
        assert again.status_code == 200 and again.headers["etag"] != etag
        names = {i["code"]: i["name"] for i in again.json()}
        assert names["temporary_assistance"] == "临时救助（新名称）"

    def test_a_materials_edit_is_served_at_once(self, client):
        client.get("/v1/items", headers=WINDOW)
        body = {"materials": [{"code": "id_card", "copies": 2, "original": True}], "note": "精简"}
        assert (
            client.put("/v1/items/funeral_assistance/materials", json=body, headers=ADMIN).status_code == 200
        )
        items = {i["code"]: i for i in client.get("/v1/items", headers=WINDOW).json()}
        assert [m["code"] for m in items["funeral_assistance"]["materials"]] == ["id_card"]

    def test_a_handling_level_edit_is_served_at_once(self, client):
        client.get("/v1/items", headers=WINDOW)
        body = {"level": "district", "note": "收回区级办理"}
        client.put("/v1/items/temporary_assistance/handling-levels/370211", json=body, headers=ADMIN)
        items = {i["code"]: i for i in client.get("/v1/items", headers=WINDOW).json()}
        assert items["temporary_assistance"]["handling_level"] == "district"

    def test_an_edit_by_another_replica_is_seen(self, client, eligibility_db):
        """Another process edits: no ORM event here, only the rows (and the change log entry)."""
        etag = client.get("/v1/items", headers=WINDOW).headers["etag"]
        generation = cache.generation.value
        conn = eligibility_db._connection  # the test's one transaction, outside any ORM session
        conn.execute(
            update(AssistanceItem)
            .where(AssistanceItem.code == "tekun")
            .values(name="特困人员救助供养（另一副本修改）", version=AssistanceItem.version + 1)
        )
        conn.execute(
            insert(CatalogueChange).values(
                entity_type="item", entity_key="tekun", version=2, action="update", changed_by="admin"
            )
        )
        assert cache.generation.value == generation  # nothing in this process noticed
        again = client.get("/v1/items", headers={**WINDOW, "If-None-Match": etag})
        assert again.status_code == 200
        assert {i["code"]: i["name"] for i in again.json()}["tekun"] == "特困人员救助供养（另一副本修改）"

    def test_districts_and_inactive_items_are_cached_apart(self, client):
        town = client.get("/v1/items", headers=WINDOW)
        other = client.get("/v1/items", params={"district": "370212"}, headers=WINDOW)
        assert town.headers["etag"] != other.headers["etag"]
        assert {i["district"] for i in other.json()} == {"370212"}
        body = item_body(active=False)
        client.put("/v1/items/temporary_assistance", json=body, headers=ADMIN)
        active = [i["code"] for i in client.get("/v1/items", headers=WINDOW).json()]
        every = [
            i["code"]
            for i in client.get("/v1/items", params={"include_inactive": "true"}, headers=WINDOW).json()
        ]
        assert "temporary_assistance" not in active and "temporary_assistance" in every


class CountingTransport:
    """Wraps a TestClient's requests to count the catalogue calls a client makes."""

    def __init__(self, test_client):
        self.test_client, self.calls = test_client, []

    def request(self, method, url, **kwargs):
        response = self.test_client.request(method, url, **kwargs)
        self.calls.append((method, url, response.status_code))
        return response

    def close(self):
        pass


@pytest.fixture
def eligibility(client):
    transport = CountingTransport(client)
    return EligibilityClient(
        "http://testserver", auth_secret="x" * 40, caller="intake", client=transport
    ), transport


class TestIntakeClient:
    def test_the_second_list_is_a_304_with_the_same_items(self, eligibility, eligibility_db):
        api, transport = eligibility
        first = api.list_items(token=WINDOW["Authorization"].split()[1])
        second = api.list_items(token=WINDOW["Authorization"].split()[1])
        assert [c[2] for c in transport.calls] == [200, 304]
        assert second == first and len(second) == 16

    def test_one_incoming_request_asks_once(self, eligibility):
        from services.common.observability import request_id_var

        api, transport = eligibility
        token = request_id_var.set("incoming-1")
        try:
            for _ in range(3):  # register: duplicate check, items check, notice
                api.list_items(token=WINDOW["Authorization"].split()[1])
        finally:
            request_id_var.reset(token)
        assert len(transport.calls) == 1

    def test_an_edit_reaches_the_client_on_its_next_call(self, eligibility, client):
        api, transport = eligibility
        window = WINDOW["Authorization"].split()[1]
        api.list_items(token=window)
        client.put("/v1/items/tekun", json=item_body(name="特困供养（改）"), headers=ADMIN)
        names = {i.code: i.name for i in api.list_items(token=window)}
        assert names["tekun"] == "特困供养（改）"
        assert [c[2] for c in transport.calls] == [200, 200]
