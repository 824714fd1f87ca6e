"""An administrator's holiday upload takes effect on the very next request, although the calendar is
built once per set of notices (services/common/calendar.py shared_calendar; issue 10)."""

from tests.common.test_calendar_cache import NOTICE_2027
from tests.intake.conftest import ADMIN, WINDOW


class TestUploadTakesEffect:
    def test_the_next_request_after_an_upload_counts_the_new_holidays(self, client):
        def due(start: str, days: int) -> str:
            params = {"start": start, "days": days}
            return client.get("/v1/calendar/working-days", params=params, headers=WINDOW).json()["due_date"]

        # weekends only for 2027: 2026-12-31 + 1 working day is Friday 2027-01-01 (asked twice: cached)
        assert due("2026-12-31", 1) == due("2026-12-31", 1) == "2027-01-01"
        assert client.post("/v1/calendar/notices", json=NOTICE_2027, headers=ADMIN).status_code == 201
        assert due("2026-12-31", 1) == "2027-01-04"  # Jan 1-3 are now holidays
        corrected = {**NOTICE_2027, "holidays": ["2027-01-01..2027-01-04"]}  # a correction, same year
        assert client.post("/v1/calendar/notices", json=corrected, headers=ADMIN).status_code == 201
        assert due("2026-12-31", 1) == "2027-01-05"
