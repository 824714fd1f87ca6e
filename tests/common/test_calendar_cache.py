"""The working-day calendar is built once per set of notices and remembers its answers (issue 10),
and an administrator's upload still takes effect on the very next request."""

from datetime import date

import pytest

from services.common.calendar import WorkingDayCalendar, parse_notice, shared_calendar

NOTICE_2027 = {
    "year": 2027,
    "holidays": ["2027-01-01..2027-01-03", "2027-02-06..2027-02-12"],
    "workdays": ["2027-02-14"],
    "reference": "国办发明电〔2026〕测试号",
}


class TestSharedCalendar:
    def test_the_same_notices_give_the_same_calendar(self):
        assert shared_calendar([dict(NOTICE_2027)]) is shared_calendar([dict(NOTICE_2027)])
        assert shared_calendar([]) is shared_calendar([])

    def test_changed_notices_give_a_new_calendar_with_the_change(self):
        before = shared_calendar([dict(NOTICE_2027)])
        corrected = {**NOTICE_2027, "holidays": [*NOTICE_2027["holidays"], "2027-04-05"]}
        after = shared_calendar([corrected])
        assert after is not before
        assert before.is_workday(date(2027, 4, 5)) and not after.is_workday(date(2027, 4, 5))

    def test_a_shared_calendar_refuses_changes(self):
        with pytest.raises(RuntimeError):
            shared_calendar([]).load(parse_notice(NOTICE_2027))


class TestRememberedAnswers:
    def test_a_remembered_due_date_is_the_computed_one_and_each_caller_gets_its_own(self):
        calendar = WorkingDayCalendar()
        first = calendar.add_working_days(date(2026, 12, 20), 20)
        first.warnings.append("changed by a caller")
        second = calendar.add_working_days(date(2026, 12, 20), 20)
        assert second.due_date == first.due_date and "changed by a caller" not in second.warnings
        # 2027 has no notice: weekends only, with the warning, on the remembered answer too
        assert second.warnings and second.sources[2027] == "weekends_only"

    def test_load_forgets_what_was_remembered(self):
        calendar = WorkingDayCalendar()
        # 2026-12-31 (Thursday) + 1 working day: Friday 2027-01-01 on weekends only
        assert calendar.add_working_days(date(2026, 12, 31), 1).due_date == date(2027, 1, 1)
        assert calendar.working_days_between(date(2026, 12, 31), date(2027, 1, 4)) == 2
        calendar.load(parse_notice(NOTICE_2027))  # Jan 1-3 are holidays: the next working day is Jan 4
        assert calendar.add_working_days(date(2026, 12, 31), 1).due_date == date(2027, 1, 4)
        assert calendar.working_days_between(date(2026, 12, 31), date(2027, 1, 4)) == 1
        assert calendar.is_workday(date(2027, 2, 14))  # a make-up Sunday
