"""The one clock: business time is read from services/common/clock.py and nowhere else."""

import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from services.common.clock import SHANGHAI, Clock, beijing_date, idle
from tests.conftest import NOW, TODAY

ROOT = Path(__file__).resolve().parents[2]
# Reading the system clock anywhere but the clock makes a test's answer depend on the real date.
SYSTEM_TIME = re.compile(r"\bdate\.today\(|\bdatetime\.(now|utcnow|today)\(|\btime\.time\(")


class TestOneClock:
    def test_nothing_but_the_clock_reads_the_system_time(self):
        offenders = []
        for folder in ("services", "web", "scripts", "bench", "migrations", "tests"):
            for path in (ROOT / folder).rglob("*.py"):
                if path.name == "clock.py" and path.parent.name == "common" or path == Path(__file__):
                    continue
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if SYSTEM_TIME.search(line):
                        offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
        assert offenders == []

    def test_the_suite_runs_on_its_own_day(self, clock):
        assert clock.today() == TODAY and clock.now() == NOW


class TestClock:
    def test_today_is_the_beijing_day(self):
        clock = Clock()
        # 20:00 UTC on 23 Nov is already 24 Nov in Beijing
        clock.set(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
        assert clock.today() == date(2026, 11, 24)

    def test_a_set_clock_stands_still_until_advanced(self):
        clock = Clock()
        clock.set(NOW)
        assert clock.now() == NOW
        clock.advance(timedelta(days=2))
        assert clock.today() == date(2026, 11, 26)

    def test_a_running_clock_starts_at_the_given_instant_and_moves_on(self):
        clock = Clock()
        clock.set(NOW, running=True)
        first = clock.now()
        assert timedelta(0) <= first - NOW < timedelta(seconds=5)
        assert clock.now() >= first

    def test_naive_datetimes_are_refused(self):
        with pytest.raises(ValueError):
            Clock().set(datetime(2026, 11, 24, 9, 0))

    def test_reset_returns_to_the_system_clock(self):
        clock = Clock()
        clock.set(datetime(2000, 1, 1, tzinfo=UTC))
        clock.reset()
        assert clock.today().year > 2000

    def test_beijing_date_of_a_naive_database_value_reads_it_as_utc(self):
        assert beijing_date(datetime(2026, 11, 23, 17, 0)) == date(2026, 11, 24)
        assert beijing_date(datetime(2026, 11, 23, 15, 59, tzinfo=UTC)) == date(2026, 11, 23)
        assert beijing_date(datetime(2026, 11, 24, 0, 0, tzinfo=SHANGHAI)) == date(2026, 11, 24)


class TestClockStartSetting:
    def test_production_refuses_a_clock_start(self, monkeypatch):
        from pydantic import ValidationError

        from services.common.settings import PlatformSettings

        with pytest.raises(ValidationError, match="YIMEN_CLOCK_START"):
            PlatformSettings(
                mode="production", auth_secret="x" * 8 + "a-private-secret-of-32-chars!", clock_start=NOW
            )


class TestIdle:
    """Workers idle with `idle()`: it ends on stop or timeout, also under a faked clock (CI's +400 days)."""

    def test_it_returns_at_once_when_stopped_and_false_after_the_wait(self):
        stop = threading.Event()
        assert idle(stop, 0.05) is False
        stop.set()
        started = time.monotonic()
        assert idle(stop, 60) is True and time.monotonic() - started < 1

    def test_no_worker_idles_with_a_timed_event_wait(self):
        timed_wait = re.compile(r"\bstop\.wait\(\s*[^)\s]")
        offenders = [
            f"{path.relative_to(ROOT)}:{number}"
            for folder in ("services", "web", "scripts", "examples")
            for path in (ROOT / folder).rglob("*.py")
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if timed_wait.search(line)
        ]
        assert offenders == []

    @pytest.mark.skipif(shutil.which("faketime") is None, reason="libfaketime not installed (CI installs it)")
    def test_it_ends_under_libfaketime(self):
        code = "import threading; from services.common.clock import idle; print(idle(threading.Event(), 0.2))"
        done = subprocess.run(
            ["faketime", "-f", "+400d", sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.stdout.strip() == "False", done.stderr
