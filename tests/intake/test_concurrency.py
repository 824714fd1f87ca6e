"""Case numbers under concurrent intake: unique, consecutive, no gaps from rolled-back registrations."""

import threading

import pytest

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.identity import compose_id_number
from services.intake.applications.schemas import ApplicationCreate
from services.intake.applications.service import register
from tests.conftest import TODAY
from tests.intake.conftest import FakeEligibility, FakeTransfer

STAFF = Principal(subject="window_hd", role="window_staff", region="370211001", name="王晓燕")


def _body(n: int) -> ApplicationCreate:
    return ApplicationCreate.model_validate(
        {
            "applicant": {
                "name": f"申请人{n}",
                "id_number": compose_id_number("370211", "19900101", n),
                "phone": "13800000000",
                "hukou_region": "370211001",
            },
            "difficulty": "突发疾病",
            "item_codes": ["temporary_assistance"],
        }
    )


def _register(db, n: int) -> str:
    with db.session() as session:
        return register(
            session=session,
            calendar=WorkingDayCalendar(),
            principal=STAFF,
            body=_body(n),
            eligibility=FakeEligibility(),
            transfer=FakeTransfer(),
            today=TODAY,
        ).case_number


class TestConcurrentNumbering:
    def test_threads_get_unique_consecutive_numbers(self, committed_databases):
        db = committed_databases["intake"]
        numbers: list[str] = []
        errors: list[Exception] = []
        lock = threading.Lock()

        def worker(start: int) -> None:
            for k in range(3):
                try:
                    number = _register(db, start * 10 + k)
                    with lock:
                        numbers.append(number)
                except Exception as exc:  # collected and asserted below
                    errors.append(exc)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 9)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        sequence = sorted(int(n[-5:]) for n in numbers)
        assert sequence == list(range(1, 25))

    def test_rolled_back_registration_leaves_no_gap(self, committed_databases):
        db = committed_databases["intake"]
        first = _register(db, 501)
        with pytest.raises(RuntimeError):
            with db.session() as session:
                register(
                    session=session,
                    calendar=WorkingDayCalendar(),
                    principal=STAFF,
                    body=_body(502),
                    eligibility=FakeEligibility(),
                    transfer=FakeTransfer(),
                    today=TODAY,
                )
                raise RuntimeError("printer jammed; nothing is kept")
        second = _register(db, 503)
        assert int(second[-5:]) == int(first[-5:]) + 1


class TestConcurrentIdempotency:
    def test_double_click_makes_one_case(self, committed_databases):
        db = committed_databases["intake"]
        answers: list[dict] = []
        errors: list[Exception] = []

        def click() -> None:
            try:
                with db.session() as session:
                    answers.append(
                        register(
                            session=session,
                            calendar=WorkingDayCalendar(),
                            principal=STAFF,
                            body=_body(777),
                            eligibility=FakeEligibility(),
                            transfer=FakeTransfer(),
                            today=TODAY,
                            idempotency_key="double-click",
                        )
                    )
            except Exception as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=click) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [] and len({a.id for a in answers}) == 1 and len(answers) == 6


class _SlowTransfer(FakeTransfer):
    """A transfer whose grant lookup answers only when told to (a slow partner service)."""

    def __init__(self, release: threading.Event):
        super().__init__()
        self.release, self.asked = release, threading.Event()

    def grants_summary(self, *args, **kwargs):
        self.asked.set()
        assert self.release.wait(30), "the other registration never finished"
        return super().grants_summary(*args, **kwargs)


class TestNumberTakenLast:
    def test_no_lock_is_held_while_another_service_answers(self, committed_databases):
        # A waits on transfer's answer; B of the same street registers meanwhile and is not queued behind A
        db = committed_databases["intake"]
        release = threading.Event()
        slow = _SlowTransfer(release)
        results: dict[str, str] = {}
        errors: list[Exception] = []

        def slow_window() -> None:
            try:
                with db.session() as session:
                    results["a"] = register(
                        session=session,
                        calendar=WorkingDayCalendar(),
                        principal=STAFF,
                        body=_body(601),
                        eligibility=FakeEligibility(),
                        transfer=slow,
                        today=TODAY,
                    ).case_number
            except Exception as exc:  # collected and asserted below
                errors.append(exc)

        a = threading.Thread(target=slow_window)
        a.start()
        assert slow.asked.wait(10)
        try:
            results["b"] = _register(db, 602)  # would block (SQLite write lock) if A held a transaction
        finally:
            release.set()
            a.join(30)
        assert errors == []
        # the number is taken at the end of each transaction: B, finished first, has the lower number
        assert int(results["b"][-5:]) == 1 and int(results["a"][-5:]) == 2

    def test_many_windows_of_two_streets_stay_gapless_per_street(self, committed_databases):
        db = committed_databases["intake"]
        other = Principal(subject="window_xa", role="window_staff", region="370211002", name="李明")
        numbers: list[str] = []
        errors: list[Exception] = []
        lock = threading.Lock()

        def worker(start: int, principal: Principal) -> None:
            for k in range(4):
                try:
                    with db.session() as session:
                        number = register(
                            session=session,
                            calendar=WorkingDayCalendar(),
                            principal=principal,
                            body=_body(start * 10 + k),
                            eligibility=FakeEligibility(),
                            transfer=FakeTransfer(),
                            today=TODAY,
                        ).case_number
                    with lock:
                        numbers.append(number)
                except Exception as exc:  # collected and asserted below
                    errors.append(exc)

        threads = [
            threading.Thread(target=worker, args=(i, STAFF if i % 2 else other)) for i in range(10, 22)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        for prefix in {n.split("-")[0] for n in numbers}:
            sequence = sorted(int(n[-5:]) for n in numbers if n.startswith(prefix + "-"))
            assert sequence == list(range(1, 25))
        assert len({n.split("-")[0] for n in numbers}) == 2
