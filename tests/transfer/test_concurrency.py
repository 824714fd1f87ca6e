"""Real commits from several threads: numbers never repeat, duplicates apply once, sweeps never double up."""

import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from services.common.auth import Principal
from services.transfer.app import create_app
from services.transfer.deadlines.models import SlipReminder
from services.transfer.deadlines.service import sweep
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from services.transfer.slips import issuing, transitions
from services.transfer.slips.models import Slip
from services.transfer.slips.schemas import Acknowledged, CaseSubmit
from tests.conftest import TODAY
from tests.transfer.conftest import FakeIntake, case_payload

SERVICE = Principal(subject="service:intake", role="service", name="intake")


@pytest.fixture
def live(committed_transfer_db):
    db = committed_transfer_db
    load_demo(db)
    app = create_app(settings=TransferSettings(run_workers=False), db=db, intake=FakeIntake())
    return app, db


def _parallel(n, target):
    errors = []

    def run(i):
        try:
            target(i)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


class TestConcurrency:
    def test_parallel_cases_get_distinct_consecutive_numbers(self, live):
        app, db = live

        def submit(i):
            with db.session() as s:
                issuing.submit_case(
                    session=s,
                    ctx=app.state.ctx,
                    body=CaseSubmit(**case_payload(100 + i)),
                    idempotency_key=f"case-{100 + i}",
                    principal=SERVICE,
                )

        assert _parallel(8, submit) == []
        with db.session() as s:
            numbers = sorted(int(n.rsplit("-", 1)[1]) for n in s.exec(select(Slip.number)).all())
        assert numbers == list(range(numbers[0], numbers[0] + 8))

    def test_duplicate_callbacks_at_once_apply_once(self, live):
        app, db = live
        with db.session() as s:
            _, answer = issuing.submit_case(
                session=s,
                ctx=app.state.ctx,
                body=CaseSubmit(**case_payload(1)),
                idempotency_key="case-1",
                principal=SERVICE,
            )
        slip_id = answer.slips[0].id
        partner = Principal(
            subject="partner:370211001-civil",
            role="partner",
            region="370211001",
            department_id="370211001-civil",
        )

        def ack(_):
            with db.session() as s:
                transitions.apply_event(
                    session=s,
                    ctx=app.state.ctx,
                    slip_id=slip_id,
                    principal=partner,
                    event=Acknowledged(type="acknowledged"),
                    idempotency_key="dup-ack",
                )

        errors = _parallel(4, ack)
        # SQLite may refuse the losers with a conflict; never two acknowledgements
        assert all(type(e).__name__ in ("Conflict", "IntegrityError") for e in errors)
        with db.session() as s:
            from services.transfer.slips.models import SlipEvent

            kinds = s.exec(select(SlipEvent.kind).where(SlipEvent.slip_id == slip_id)).all()
        assert kinds.count("acknowledged") == 1

    def test_two_sweepers_never_remind_twice(self, live):
        app, db = live
        with db.session() as s:
            for i in range(5):
                issuing.submit_case(
                    session=s,
                    ctx=app.state.ctx,
                    body=CaseSubmit(**case_payload(200 + i)),
                    idempotency_key=None,
                    principal=SERVICE,
                )
            for slip in s.exec(select(Slip)).all():
                slip.due_date = TODAY - timedelta(days=2)
                s.add(slip)

        def run(_):
            with db.session() as s:
                sweep(session=s, ctx=app.state.ctx)

        assert _parallel(3, run) == []
        with db.session() as s:
            rows = s.exec(select(SlipReminder)).all()
        assert len(rows) == 10 and len({(r.slip_id, r.level) for r in rows}) == 10

    def test_two_delivery_workers_push_each_webhook_once(self, committed_transfer_db):
        import httpx
        from sqlmodel import func

        from services.transfer.delivery.models import SlipDelivery
        from services.transfer.departments.schemas import DepartmentUpdate
        from services.transfer.departments.service import rotate_secret, update_department

        db = committed_transfer_db
        load_demo(db)
        received, lock = [], threading.Lock()

        def partner(request):
            with lock:
                received.append(request.headers["webhook-id"])
            return httpx.Response(204)

        app = create_app(
            settings=TransferSettings(run_workers=False),
            db=db,
            intake=FakeIntake(),
            webhook_http=httpx.Client(transport=httpx.MockTransport(partner)),
        )
        with db.session() as s:
            update_department(
                session=s,
                department_id="370211001-civil",
                body=DepartmentUpdate(integration_mode="callback", callback_url="https://partner.test/hook"),
            )
            rotate_secret(
                session=s, cipher=app.state.cipher, department_id="370211001-civil", overlap_hours=0
            )
            for i in range(20):
                issuing.submit_case(
                    session=s,
                    ctx=app.state.ctx,
                    body=CaseSubmit(**case_payload(300 + i)),
                    idempotency_key=None,
                    principal=SERVICE,
                )

        def work(_):
            while app.state.deliverer.run_once()["webhooks"]:
                pass

        assert _parallel(2, work) == []
        assert len(received) == 20 and len(set(received)) == 20
        with db.session() as s:
            assert s.exec(select(func.count()).select_from(SlipDelivery)).one() == 20
            assert {sl.state for sl in s.exec(select(Slip)).all()} == {"delivered"}
