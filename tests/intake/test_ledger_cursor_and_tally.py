"""Ledger cursor paging, the item filter, case-number look-up and the roll-up (case_tally) behind the
statistics and the ledger's totals: same answers as counting the cases themselves."""

import threading
from datetime import date

from sqlalchemy import case, func, select, text

from services.common.auth import Principal
from services.common.vocabulary import ApplicationStatus
from services.intake.applications.models import Application, ApplicationItem
from services.intake.deadlines.service import CLOCK_STATUSES
from services.intake.people.service import statistics
from tests.conftest import TODAY
from tests.intake.conftest import SUPERVISOR, WINDOW, WINDOW_XA, accepted_case, register
from tests.intake.test_concurrency import _register


def _ledger(client, headers=SUPERVISOR, **params) -> dict:
    response = client.get("/v1/applications", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _walk(client, page_size: int, between=None, **filters) -> list[int]:
    """Every id, following next_before_id from the first page to the last."""
    seen, cursor, page = [], None, 1
    while True:
        params = filters | {"page_size": page_size, "page": page}
        if cursor is not None:
            params["before_id"] = cursor
        data = _ledger(client, **params)
        seen += [r["id"] for r in data["rows"]]
        cursor, page = data["next_before_id"], page + 1
        if cursor is None:
            return seen
        assert cursor == seen[-1]
        if between:
            between()


class TestCursorPaging:
    def test_every_case_once_newest_first_while_new_cases_arrive(self, client):
        before = [register(client, received_date=f"2026-11-{d:02d}")["id"] for d in range(2, 12)]
        arrived = []
        seen = _walk(client, 3, between=lambda: arrived.append(register(client)["id"]))
        assert len(arrived) == 3  # pages 1-4 of 10 cases: a new case before each of pages 2, 3 and 4
        assert seen == sorted(before, reverse=True)  # no gap, no duplicate, the new ones above the cursor
        assert _ledger(client, page_size=3)["total"] == len(before) + len(arrived)

    def test_cursor_and_filters_together(self, client):
        mine = [register(client, item_codes=["medical_assistance"])["id"] for _ in range(4)]
        register(client)  # another item
        register(client, headers=WINDOW_XA, item_codes=["medical_assistance"])  # another street
        assert _walk(client, 2, region="370211001", item_code="medical_assistance") == mine[::-1]

    def test_the_last_page_has_no_next_cursor_and_page_paging_still_works(self, client):
        ids = [register(client)["id"] for _ in range(5)]
        second = _ledger(client, page=2, page_size=2)
        assert [r["id"] for r in second["rows"]] == ids[::-1][2:4] and second["next_before_id"] == ids[1]
        last = _ledger(client, page=3, page_size=2)
        assert [r["id"] for r in last["rows"]] == [ids[0]] and last["next_before_id"] is None

    def test_the_total_on_every_page_of_a_search_and_past_the_end(self, client):
        for _ in range(5):
            register(client)
        for page in (1, 2, 3, 4):  # 3: the last page (total from the rows in hand); 4: past the end
            data = _ledger(client, q="张三", page=page, page_size=2)
            assert data["total"] == 5 and len(data["rows"]) == [2, 2, 1, 0][page - 1]

    def test_a_bad_cursor_is_a_422_naming_it(self, client):
        for bad in ("abc", "0", "-5"):
            response = client.get("/v1/applications", params={"before_id": bad}, headers=SUPERVISOR)
            assert response.status_code == 422, response.text
            assert "before_id" in response.text

    def test_a_cursor_past_any_database_id_is_a_422_not_a_driver_overflow(self, client):
        for bad in (str(2**31), str(2**63), str(2**70)):
            response = client.get("/v1/applications", params={"before_id": bad}, headers=SUPERVISOR)
            assert response.status_code == 422, response.text
            assert "before_id" in response.text

    def test_items_of_every_row_read_at_once(self, client):
        register(client, item_codes=["medical_assistance", "temporary_assistance"])
        register(client)
        rows = _ledger(client)["rows"]
        assert [r["items"] for r in rows] == [["临时救助"], ["医疗救助", "临时救助"]]


class TestSearchAndItemFilter:
    def test_item_filter_lists_exactly_the_cases_naming_the_item(self, client, intake_db):
        for codes in (
            ["medical_assistance"],
            ["temporary_assistance"],
            ["temporary_assistance", "medical_assistance"],
        ):
            register(client, item_codes=codes)
        data = _ledger(client, item_code="medical_assistance")
        with intake_db.session() as session:
            expected = (
                session.execute(
                    select(ApplicationItem.application_id)
                    .where(ApplicationItem.item_code == "medical_assistance")
                    .order_by(ApplicationItem.application_id.desc())
                )
                .scalars()
                .all()
            )
        assert [r["id"] for r in data["rows"]] == expected and data["total"] == len(expected) == 2

    def test_a_case_number_whole_or_its_start(self, client):
        first, second = register(client), register(client)
        whole = _ledger(client, q=first["case_number"].lower())
        assert [r["id"] for r in whole["rows"]] == [first["id"]] and whole["total"] == 1
        start = first["case_number"][:-2]  # HD-2026-000
        both = _ledger(client, q=start)
        assert {r["id"] for r in both["rows"]} == {first["id"], second["id"]} and both["total"] == 2
        assert _ledger(client, q="ZZ-2026-000")["total"] == 0


def _old_statistics(session, year: int, today: date, region: str | None = None) -> dict:
    """The statistics as counted from the cases before the roll-up (the reference)."""
    scope = [Application.received_date >= date(year, 1, 1), Application.received_date < date(year + 1, 1, 1)]
    if region:
        scope.append(Application.window_region.startswith(region))
    closed = [ApplicationStatus.CONCLUDED.value, ApplicationStatus.ARCHIVED.value]
    late = Application.status.in_(CLOCK_STATUSES) & (Application.due_date < today)
    towns = session.execute(
        select(
            Application.window_region,
            func.count(),
            func.count(Application.accepted_date),
            func.sum(case((Application.status.in_(closed), 1), else_=0)),
            func.sum(case((late, 1), else_=0)),
        )
        .where(*scope)
        .group_by(Application.window_region)
        .order_by(Application.window_region)
    ).all()
    month = func.extract("month", Application.received_date)
    months = {m: 0 for m in range(1, 13)}
    for m, n in session.execute(select(month, func.count()).where(*scope).group_by(month)).all():
        months[int(m)] = n
    items = session.execute(
        select(ApplicationItem.item_code, func.max(ApplicationItem.item_name), func.count())
        .join(Application, Application.id == ApplicationItem.application_id)
        .where(*scope)
        .group_by(ApplicationItem.item_code)
        .order_by(func.count().desc(), ApplicationItem.item_code)
    ).all()
    return {
        "total": sum(t[1] for t in towns),
        "by_town": [
            {"region": r, "total": n, "accepted": a, "concluded": c or 0, "overdue": o or 0}
            for r, n, a, c, o in towns
        ],
        "by_item": [{"item_code": k, "item_name": name, "total": n} for k, name, n in items],
        "by_month": [{"month": m, "total": n} for m, n in months.items()],
    }


def _new_statistics(client, headers=SUPERVISOR, year=2026) -> dict:
    response = client.get("/v1/statistics", params={"year": year}, headers=headers)
    assert response.status_code == 200, response.text
    stats = response.json()
    for town in stats["by_town"]:
        del town["name"]
    del stats["year"]
    return stats


class TestTally:
    def _cases(self, client) -> list[dict]:
        return [
            register(client, received_date="2026-01-15"),
            register(client, received_date="2026-11-02", item_codes=["medical_assistance"]),
            accepted_case(client, "2026-09-01"),  # overdue today
            accepted_case(client, "2026-11-20", item_codes=["temporary_assistance", "urban_dibao"]),
            register(
                client, headers=WINDOW_XA, item_codes=["medical_assistance"], received_date="2026-10-09"
            ),
            register(client, received_date="2025-12-31"),
        ]

    def test_statistics_equal_the_old_count_after_status_and_item_changes(self, client, intake_db):
        cases = self._cases(client)
        with intake_db.session() as session:
            assert _new_statistics(client) == _old_statistics(session, 2026, TODAY)
        # changes after the roll-up was read: withdraw, not accept, conclude-like moves, new items, new cases
        posted = [
            (f"/v1/applications/{cases[0]['id']}/withdraw", {"reason": "不再需要"}),
            (f"/v1/applications/{cases[1]['id']}/not-accept", {"reason": "不符合", "legal_basis": "第十条"}),
        ]
        for path, body in posted:
            assert client.post(path, json=body, headers=WINDOW).status_code == 200
        response = client.put(
            f"/v1/applications/{cases[4]['id']}/items",
            json={"item_codes": ["temporary_assistance", "medical_assistance"]},
            headers=WINDOW_XA,
        )
        assert response.status_code == 200, response.text
        with intake_db.session() as session:  # what no route does yet: conclude and archive directly
            session.get(Application, cases[3]["id"]).status = ApplicationStatus.CONCLUDED.value
            session.get(Application, cases[2]["id"]).status = ApplicationStatus.ARCHIVED.value
        register(client, received_date="2026-11-23", item_codes=["medical_assistance"])
        with intake_db.session() as session:
            for year in (2025, 2026):
                assert _new_statistics(client, year=year) == _old_statistics(session, year, TODAY)
            assert _new_statistics(client, headers=WINDOW_XA) == _old_statistics(
                session, 2026, TODAY, region="370211002"
            )

    def test_ledger_totals_from_the_tally_equal_the_count(self, client, intake_db):
        cases = self._cases(client)
        client.post(
            f"/v1/applications/{cases[0]['id']}/withdraw", json={"reason": "不再需要"}, headers=WINDOW
        )
        filters = [
            {},
            {"region": "370211001"},
            {"status": "withdrawn"},
            {"status": "draft", "item_code": "medical_assistance"},
            {"item_code": "medical_assistance"},
            {"region": "370211002", "item_code": "medical_assistance"},
        ]
        with intake_db.session() as session:
            for params in filters:
                live = _ledger(client, **params, q="张三")["total"]  # q: counted from the cases
                assert _ledger(client, **params)["total"] == live, params
                if params.get("region") != "370211002":  # the street's own window: its street only
                    assert (
                        _ledger(client, headers=WINDOW, **params)["total"]
                        == _ledger(client, headers=WINDOW, **params, q="张三")["total"]
                    )
            assert session.execute(select(func.count()).select_from(Application)).scalar_one() == len(cases)


def test_the_tally_triggers_exist_at_head(intake_db):
    """A later SQLite migration that rebuilds application or application_item (batch copy-and-move) drops
    their triggers silently: it must create them again, or the tally stops counting."""
    with intake_db.session() as session:
        if session.get_bind().dialect.name == "postgresql":
            names = session.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars()
            expected = {"case_tally_application", "case_tally_application_update", "case_tally_item"}
        else:
            names = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
            expected = {
                f"case_tally_{table}_{op}"
                for table in ("application", "item")
                for op in ("insert", "delete", "update")
            }
        assert expected <= set(names)


class TestTallyUnderConcurrency:
    def test_registrations_and_readers_at_once_leave_the_tally_exact(self, committed_databases):
        """Writers commit while readers fold (each fold claims its changes once): the sums still equal
        counting the cases, and no reader ever sees more cases than were committed."""
        db = committed_databases["intake"]
        admin = Principal(subject="admin", role="admin", region="370211", name="管理员")
        errors: list[Exception] = []
        seen: list[int] = []

        def writer(start: int) -> None:
            for k in range(4):
                try:
                    _register(db, 500 + start * 10 + k)
                except Exception as exc:  # collected and asserted below
                    errors.append(exc)

        def reader() -> None:
            for _ in range(6):
                try:
                    with db.session() as session:
                        seen.append(
                            statistics(session=session, principal=admin, year=2026, today=TODAY).total
                        )
                except Exception as exc:  # collected and asserted below
                    errors.append(exc)

        threads = [threading.Thread(target=writer, args=(i,)) for i in range(3)]
        threads += [threading.Thread(target=reader) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        assert all(0 <= n <= 12 for n in seen)
        with db.session() as session:
            new = statistics(session=session, principal=admin, year=2026, today=TODAY).model_dump()
            old = _old_statistics(session, 2026, TODAY)
        for town in new["by_town"]:
            del town["name"]
        del new["year"]
        assert new == old and new["total"] == 12
