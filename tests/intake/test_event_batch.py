"""Transfer's slip events in one call (POST /v1/applications/events, issue 10): the same effect as one
call per event, in the order given, each event once; an event's own error does not fail the others."""

from sqlalchemy import event as sa_event

from tests.intake.conftest import SERVICE, WINDOW, accepted_case


def _event(case_id: int, event_id: str, kind: str = "slip_acknowledged", **extra) -> dict:
    return {
        "application_id": case_id,
        "event_id": event_id,
        "kind": kind,
        "slip_id": case_id * 10,
        "slip_number": f"FB-{case_id}",
        "actor": "民政办",
        "detail": "已签收",
        "at": "2026-11-03T02:00:00+00:00",
    } | extra


def test_a_batch_records_each_event_once_in_order(client):
    a = accepted_case(client, "2026-11-02")
    b = accepted_case(client, "2026-11-02")
    events = [
        _event(a["id"], "a1"),
        _event(b["id"], "b1", kind="slip_issued"),
        _event(a["id"], "a2", kind="feedback_given", all_slips_completed=True),
        _event(a["id"], "a1"),  # the same event twice in one batch: once
    ]
    response = client.post("/v1/applications/events", json={"events": events}, headers=SERVICE)
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [(r["event_id"], r["recorded"], r["status"]) for r in results] == [
        ("a1", True, "in_progress"),  # the case's status after that event, as its own call answers
        ("b1", True, "in_progress"),
        ("a2", True, "concluded"),
        ("a1", False, "concluded"),
    ]
    again = client.post("/v1/applications/events", json={"events": events[:2]}, headers=SERVICE).json()
    assert [r["recorded"] for r in again["results"]] == [False, False]
    detail = client.get(f"/v1/applications/{a['id']}", headers=WINDOW).json()
    kinds = [t["kind"] for t in detail["timeline"]]
    assert kinds.count("slip_acknowledged") == 1 and kinds.count("feedback_given") == 1
    assert kinds.index("slip_acknowledged") < kinds.index("feedback_given")
    assert detail["slips"][0]["last_event"] == "feedback_given"
    assert client.get(f"/v1/applications/{b['id']}", headers=WINDOW).json()["status"] == "in_progress"


def test_an_events_error_is_its_own(client):
    a = accepted_case(client, "2026-11-02")
    events = [
        _event(999999, "lost"),
        _event(a["id"], "bad-time", at="soon"),
        _event(a["id"], "fine"),
    ]
    results = client.post("/v1/applications/events", json={"events": events}, headers=SERVICE).json()[
        "results"
    ]
    assert results[0]["error"]["status"] == 404 and results[0]["recorded"] is False
    assert results[1]["error"] == {"status": 422, "detail": "at 应为 ISO 8601 时间", "field": "at"}
    assert results[2] == {
        "event_id": "fine",
        "application_id": a["id"],
        "recorded": True,
        "status": "in_progress",
        "error": None,
    }
    detail = client.get(f"/v1/applications/{a['id']}", headers=WINDOW).json()
    assert not any(t.get("event_id") == "bad-time" for t in detail["timeline"])
    assert [t["kind"] for t in detail["timeline"]].count("slip_acknowledged") == 1


def test_staff_cannot_post_a_batch_and_its_size_is_bounded(client):
    a = accepted_case(client, "2026-11-02")
    assert (
        client.post(
            "/v1/applications/events", json={"events": [_event(a["id"], "x")]}, headers=WINDOW
        ).status_code
        == 403
    )
    many = [_event(a["id"], f"e{i}") for i in range(101)]
    response = client.post("/v1/applications/events", json={"events": many}, headers=SERVICE)
    assert response.status_code == 422 and response.json()["field"].startswith("events")
    assert client.post("/v1/applications/events", json={"events": []}, headers=SERVICE).status_code == 422


def test_a_batch_reads_its_cases_events_and_slips_once(client, intake_db):
    cases = [accepted_case(client, "2026-11-02") for _ in range(3)]

    def statements(events) -> int:
        seen: list[str] = []

        def count(_conn, _cursor, statement, *_args):
            seen.append(statement)

        sa_event.listen(intake_db.engine, "before_cursor_execute", count)
        try:
            response = client.post("/v1/applications/events", json={"events": events}, headers=SERVICE)
            assert response.status_code == 200
        finally:
            sa_event.remove(intake_db.engine, "before_cursor_execute", count)
        return len([s for s in seen if s.lstrip().upper().startswith("SELECT")])

    one = statements([_event(cases[0]["id"], "one")])
    three = statements(
        [_event(c["id"], f"three-{c['id']}") for c in cases[1:]] + [_event(cases[0]["id"], "more")]
    )
    assert three == one  # the reads do not grow with the batch


def test_an_instant_at_the_calendars_edge_is_a_422_not_a_500(client):
    a = accepted_case(client, "2026-11-02")
    for at in ("9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+05:00"):
        edge = _event(a["id"], f"edge-{at}", at=at, all_slips_completed=True)
        results = client.post("/v1/applications/events", json={"events": [edge]}, headers=SERVICE).json()
        assert results["results"][0]["error"]["status"] == 422
        alone = client.post(f"/v1/applications/{a['id']}/events", json=edge, headers=SERVICE)
        assert alone.status_code == 422 and alone.json()["field"] == "at"
    assert client.get(f"/v1/applications/{a['id']}", headers=WINDOW).json()["status"] == "accepted"
