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
