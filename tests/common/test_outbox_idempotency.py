"""The outbox delivers each message once, backs off on failure, gives up loudly; idempotency replays."""

import threading
from datetime import timedelta

import pytest
from sqlmodel import SQLModel, select

from services.common.db import Database, new_registry
from services.common.errors import Invalid
from services.common.idempotency import IdempotencyFields, find_replay, idempotency_table_args, remember
from services.common.outbox import (
    DEAD,
    DELIVERED,
    PENDING,
    OutboxFields,
    RetryLater,
    deliver_pending,
    enqueue,
    utcnow,
)
from tests.conftest import RUN_ID, _create_database, _drop_database


class _Base(SQLModel, registry=new_registry()):
    pass


class DemoOutbox(OutboxFields, _Base, table=True):
    __tablename__ = "demo_outbox"


class DemoIdempotency(IdempotencyFields, _Base, table=True):
    __tablename__ = "demo_idempotency"
    __table_args__ = idempotency_table_args("demo_idempotency")


@pytest.fixture
def db(tmp_path):
    name = f"yimen_common_{RUN_ID}"
    database = Database(_create_database(name, tmp_path))
    _Base.metadata.create_all(database.engine)
    yield database
    database.engine.dispose()
    _drop_database(name)


def _enqueue(db, key="m1"):
    with db.session() as s:
        enqueue(s, DemoOutbox, topic="case.accepted", payload={"case_id": 1}, dedupe_key=key)


class TestOutbox:
    def test_message_commits_with_the_change_and_is_delivered_once(self, db):
        _enqueue(db)
        _enqueue(db)  # same key: no second message
        sent = []
        assert deliver_pending(db, DemoOutbox, lambda m: sent.append(m.data)) == 1
        assert deliver_pending(db, DemoOutbox, lambda m: sent.append(m.data)) == 0
        assert sent == [{"case_id": 1}]

    def test_a_rolled_back_change_sends_nothing(self, db):
        with pytest.raises(RuntimeError):
            with db.session() as s:
                enqueue(s, DemoOutbox, topic="t", payload={}, dedupe_key="lost")
                raise RuntimeError("crash mid-write")
        with db.session() as s:
            assert s.exec(select(DemoOutbox)).all() == []

    def test_failure_backs_off_then_succeeds(self, db):
        _enqueue(db)

        def down(message):
            raise RetryLater("connection refused")

        assert deliver_pending(db, DemoOutbox, down, base_seconds=60) == 0
        with db.session() as s:
            m = s.exec(select(DemoOutbox)).one()
            assert (
                m.status == PENDING
                and m.attempts == 1
                and m.next_attempt_at > utcnow() + timedelta(seconds=25)
            )
        # not due yet: nothing is attempted
        assert deliver_pending(db, DemoOutbox, lambda m: None) == 0
        later = utcnow() + timedelta(minutes=2)
        assert deliver_pending(db, DemoOutbox, lambda m: None, now=later) == 1
        with db.session() as s:
            assert s.exec(select(DemoOutbox)).one().status == DELIVERED

    def test_retry_after_is_honoured(self, db):
        _enqueue(db)

        def busy(message):
            raise RetryLater("429", retry_after_seconds=3600)

        now = utcnow()
        deliver_pending(db, DemoOutbox, busy, now=now)
        with db.session() as s:
            assert s.exec(select(DemoOutbox)).one().next_attempt_at >= now + timedelta(seconds=3599)

    def test_gives_up_after_max_attempts(self, db):
        _enqueue(db)
        now = utcnow()
        for i in range(3):
            deliver_pending(
                db,
                DemoOutbox,
                lambda m: (_ for _ in ()).throw(RetryLater("down")),
                max_attempts=3,
                now=now + timedelta(days=i + 1),
            )
        with db.session() as s:
            m = s.exec(select(DemoOutbox)).one()
            assert m.status == DEAD and m.attempts == 3 and "down" in m.last_error

    def test_two_workers_never_send_the_same_message_twice(self, db):
        for i in range(40):
            _enqueue(db, key=f"m{i}")
        sent: list[int] = []
        lock = threading.Lock()

        def send(message):
            with lock:
                sent.append(message.id)

        def worker():
            while deliver_pending(db, DemoOutbox, send, limit=5):
                pass

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(sent) == sorted(set(sent)) and len(sent) == 40

    def test_no_database_lock_is_held_while_sending(self, db):
        # the receiver of our call may be a service that writes to a database we also hold: never wait on it
        _enqueue(db)

        def send(message):
            with db.session() as other:  # another transaction writes while the message is in flight
                enqueue(other, DemoOutbox, topic="t", payload={}, dedupe_key="written-during-send")

        assert deliver_pending(db, DemoOutbox, send) == 1

    def test_what_the_delivery_changed_commits_with_the_delivered_mark(self, db):
        _enqueue(db)
        recorded = []
        deliver_pending(
            db,
            DemoOutbox,
            lambda m: {"slip": 9},
            record=lambda session, m, result: recorded.append((m.status, result)),
        )
        assert recorded == [(PENDING, {"slip": 9})]

    def test_a_worker_that_dies_mid_send_leaves_the_message_for_another_after_the_lease(self, db):
        from services.common.outbox import claim_due

        _enqueue(db)
        now = utcnow()
        assert len(claim_due(db, DemoOutbox, now=now, limit=5, lease_seconds=60)) == 1  # then the worker dies
        assert deliver_pending(db, DemoOutbox, lambda m: None, now=now + timedelta(seconds=30)) == 0
        assert deliver_pending(db, DemoOutbox, lambda m: None, now=now + timedelta(seconds=61)) == 1


class TestConcurrentBatches:
    def test_a_batch_is_sent_concurrently_and_recorded_once(self, db):
        for i in range(8):
            _enqueue(db, key=f"c{i}")
        barrier = threading.Barrier(4, timeout=10)  # passes only if four sends are in flight at once
        recorded: list[int] = []

        def send(message):
            barrier.wait()
            return message.id

        delivered = deliver_pending(
            db,
            DemoOutbox,
            send,
            record=lambda session, message, result: recorded.append(result),
            concurrency=4,
        )
        assert delivered == 8 and sorted(recorded) == sorted(set(recorded)) and len(recorded) == 8
        with db.session() as s:
            assert {m.status for m in s.exec(select(DemoOutbox)).all()} == {DELIVERED}

    def test_failures_in_a_concurrent_batch_back_off_alone(self, db):
        for i in range(6):
            _enqueue(db, key=f"f{i}")

        def send(message):
            if message.dedupe_key in ("f1", "f4"):
                raise RetryLater("down")

        now = utcnow()
        assert deliver_pending(db, DemoOutbox, send, concurrency=3, now=now) == 4
        with db.session() as s:
            pending = s.exec(select(DemoOutbox).where(DemoOutbox.status == PENDING)).all()
            assert sorted(m.dedupe_key for m in pending) == ["f1", "f4"]
            assert all(m.next_attempt_at > now and m.last_error == "down" for m in pending)

    def test_a_record_that_fails_does_not_hold_back_the_others(self, db):
        for i in range(3):
            _enqueue(db, key=f"r{i}")

        def record(session, message, result):
            if message.dedupe_key == "r1":
                raise ValueError("bad row")

        assert deliver_pending(db, DemoOutbox, lambda m: None, record=record, concurrency=2) == 2
        with db.session() as s:
            status = {m.dedupe_key: m.status for m in s.exec(select(DemoOutbox)).all()}
        # r1 stays leased and pending: tried again once its lease runs out
        assert status == {"r0": DELIVERED, "r1": PENDING, "r2": DELIVERED}

    def test_a_draining_worker_works_off_a_backlog_without_waiting_an_interval(self, db):
        from services.common.outbox import run_worker_loop

        for i in range(12):
            _enqueue(db, key=f"d{i}")
        stop = threading.Event()
        passes: list[int] = []

        def step() -> int:
            passes.append(n := deliver_pending(db, DemoOutbox, lambda m: None, limit=5))
            if n == 0:
                stop.set()
            return n

        worker = threading.Thread(
            target=run_worker_loop, args=(step, stop, 3600, "t"), kwargs={"drain": True}
        )
        worker.start()
        worker.join(30)
        assert not worker.is_alive() and passes == [5, 5, 2, 0]


class TestBatchSend:
    def test_a_batch_goes_in_one_call_in_order_and_each_outcome_is_its_own(self, db):
        for i in range(5):
            _enqueue(db, key=f"b{i}")
        calls: list[list[str]] = []
        recorded: list[str] = []

        def send_batch(messages):
            calls.append([m.dedupe_key for m in messages])
            return [RetryLater("case down") if m.dedupe_key == "b2" else m.dedupe_key for m in messages]

        now = utcnow()
        delivered = deliver_pending(
            db,
            DemoOutbox,
            lambda m: pytest.fail("send is not called when send_batch is given"),
            send_batch=send_batch,
            record=lambda session, message, result: recorded.append(result),
            now=now,
        )
        assert delivered == 4 and calls == [["b0", "b1", "b2", "b3", "b4"]]
        assert recorded == ["b0", "b1", "b3", "b4"]
        with db.session() as s:
            pending = s.exec(select(DemoOutbox).where(DemoOutbox.status == PENDING)).all()
            assert [(m.dedupe_key, m.last_error) for m in pending] == [("b2", "case down")]
            assert pending[0].next_attempt_at > now

    def test_a_failed_batch_call_backs_off_every_message(self, db):
        for i in range(3):
            _enqueue(db, key=f"x{i}")

        def down(messages):
            raise RetryLater("connection refused")

        assert deliver_pending(db, DemoOutbox, lambda m: None, send_batch=down) == 0
        with db.session() as s:
            rows = s.exec(select(DemoOutbox)).all()
            assert {(m.status, m.attempts, m.last_error) for m in rows} == {
                (PENDING, 1, "connection refused")
            }


class TestIdempotency:
    def test_same_key_same_body_replays_and_other_body_is_422(self, db):
        body = {"name": "张三"}
        with db.session() as s:
            assert find_replay(s, DemoIdempotency, scope="u:create", key="k1", body=body) is None
            remember(
                s, DemoIdempotency, scope="u:create", key="k1", body=body, status_code=201, response={"id": 7}
            )
        with db.session() as s:
            assert find_replay(s, DemoIdempotency, scope="u:create", key="k1", body=body) == (201, {"id": 7})
            with pytest.raises(Invalid) as err:
                find_replay(s, DemoIdempotency, scope="u:create", key="k1", body={"name": "李四"})
            assert err.value.field == "Idempotency-Key"
            # another caller's identical key is a different request
            assert find_replay(s, DemoIdempotency, scope="v:create", key="k1", body=body) is None
