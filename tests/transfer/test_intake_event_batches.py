"""The intake-events lane sends its due events in one call (POST /v1/applications/events, issue 10): all
cases' events in their order; an event intake refuses is retried alone, the others are delivered."""

import httpx
import pytest
from sqlmodel import select

from services.common.outbox import DELIVERED, PENDING, enqueue
from services.transfer.app import create_app
from services.transfer.delivery.models import TransferOutbox
from services.transfer.settings import TransferSettings
from services.transfer.slips.notify import INTAKE_TOPIC


class BatchIntake:
    """Intake's batch route: records each call; refuses the events of case 404 as intake would."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def request(self, method, path, *, json=None, **_):
        assert (method, path) == ("POST", "/v1/applications/events")
        self.calls.append([e["event_id"] for e in json["events"]])
        results = [
            {"event_id": e["event_id"], "application_id": e["application_id"], "recorded": False}
            | ({"error": {"status": 404, "detail": "申请不存在"}} if e["application_id"] == 404 else {})
            for e in json["events"]
        ]
        return httpx.Response(200, json={"results": results})


@pytest.fixture
def lane(transfer_db):
    intake = BatchIntake()
    app = create_app(settings=TransferSettings(run_workers=False), db=transfer_db, intake=intake)
    with transfer_db.session() as s:
        for n in range(3):
            for case_id in (1, 404, 2):
                event_id = f"e-{case_id}-{n}"
                enqueue(
                    s,
                    TransferOutbox,
                    topic=INTAKE_TOPIC,
                    payload={"case_id": case_id, "event": {"event_id": event_id, "kind": "slip_issued"}},
                    dedupe_key=event_id,
                    destination=f"intake:{case_id}",
                )
    return app, intake, transfer_db


def test_one_call_carries_every_due_event_in_order(lane):
    app, intake, db = lane
    assert app.state.deliverer.run_intake() == 6
    assert intake.calls == [[f"e-{c}-{n}" for n in range(3) for c in (1, 404, 2)]]
    with db.session() as s:
        status = {m.dedupe_key: (m.status, m.last_error) for m in s.exec(select(TransferOutbox)).all()}
    assert {k for k, (st, _) in status.items() if st == DELIVERED} == {
        f"e-{c}-{n}" for n in range(3) for c in (1, 2)
    }
    refused = {k: v for k, v in status.items() if v[0] == PENDING}
    assert sorted(refused) == [f"e-404-{n}" for n in range(3)]
    assert all(err == "404: 申请不存在" for _, err in refused.values())
    assert app.state.deliverer.run_intake() == 0  # the refused ones wait for their backoff
