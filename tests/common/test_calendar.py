"""The working-day calendar on China's official 2026 calendar, notices, and the weekends-only fallback."""

from datetime import date

import pytest

from services.common.calendar import (
    SOURCE_NOTICE,
    SOURCE_PACKAGE,
    SOURCE_WEEKENDS,
    WorkingDayCalendar,
    parse_notice,
)

NOTICE_2027 = {
    "year": 2027,
    "reference": "国办发明电〔2026〕X号（测试）",
    "holidays": ["2027-01-01..2027-01-03", "2027-02-05..2027-02-13"],
    "workdays": ["2027-02-20"],
}


@pytest.fixture
def cal() -> WorkingDayCalendar:
    return WorkingDayCalendar()


class TestOfficialCalendar2026:
    def test_national_day_week_is_not_counted(self, cal):
        # accepted Tue 29 Sep: Wed 30 Sep counts, 1-7 Oct are holidays, Thu 8 and Fri 9 Oct count
        assert cal.add_working_days(date(2026, 9, 29), 3).due_date == date(2026, 10, 9)

    def test_make_up_saturday_after_national_day_is_a_working_day(self, cal):
        assert date(2026, 10, 10).weekday() == 5
        assert cal.is_workday(date(2026, 10, 10))
        assert cal.add_working_days(date(2026, 10, 9), 1).due_date == date(2026, 10, 10)

    def test_spring_festival_is_skipped(self, cal):
        # Spring Festival 2026: 15-23 Feb off; the day after acceptance on Fri 13 Feb is Sat 14 Feb (make-up day)
        assert cal.is_workday(date(2026, 2, 14))
        assert not cal.is_workday(date(2026, 2, 17))
        assert cal.add_working_days(date(2026, 2, 13), 2).due_date == date(2026, 2, 24)

    def test_clock_starts_the_day_after(self, cal):
        # accepted on Monday: 1 working day later is Tuesday, never the same Monday
        assert cal.add_working_days(date(2026, 11, 23), 1).due_date == date(2026, 11, 24)

    def test_zero_days_is_the_same_day(self, cal):
        assert cal.add_working_days(date(2026, 11, 23), 0).due_date == date(2026, 11, 23)

    def test_twenty_working_days_basis_names_the_package(self, cal):
        due = cal.add_working_days(date(2026, 9, 25), 20)
        assert due.due_date == date(2026, 10, 29)  # Sep 28-30, Oct 8-10 (Sat make-up), then 14 more
        assert due.warnings == []
        assert due.sources == {2026: SOURCE_PACKAGE}

    def test_working_days_between_counts_used_days(self, cal):
        assert cal.working_days_between(date(2026, 9, 29), date(2026, 10, 9)) == 3
        assert cal.working_days_between(date(2026, 10, 9), date(2026, 9, 29)) == -3
        assert cal.working_days_between(date(2026, 10, 9), date(2026, 10, 9)) == 0


class TestYearWithoutData:
    def test_2027_falls_back_to_weekends_with_a_visible_warning(self, cal):
        due = cal.add_working_days(date(2026, 12, 28), 5)
        assert due.due_date == date(2027, 1, 4)  # New Year's Day counted: weekends-only guess
        assert due.sources[2027] == SOURCE_WEEKENDS
        assert len(due.warnings) == 1 and "2027" in due.warnings[0]

    def test_loading_the_notice_changes_the_result_and_clears_the_warning(self, cal):
        cal.load(parse_notice(NOTICE_2027))
        due = cal.add_working_days(date(2026, 12, 28), 5)
        assert due.due_date == date(2027, 1, 5)  # 29, 30, 31 Dec; 1-3 Jan off; 4, 5 Jan
        assert due.warnings == []
        assert due.sources[2027] == SOURCE_NOTICE

    def test_a_loaded_make_up_saturday_counts(self, cal):
        cal.load(parse_notice(NOTICE_2027))
        assert cal.is_workday(date(2027, 2, 20))
        assert not cal.is_workday(date(2027, 2, 8))

    def test_a_notice_overrides_the_package(self, cal):
        cal.load(parse_notice({"year": 2026, "holidays": ["2026-11-24"]}))
        assert not cal.is_workday(date(2026, 11, 24))
        assert cal.source(2026) == SOURCE_NOTICE


class TestNoticeValidation:
    @pytest.mark.parametrize(
        "data",
        [
            {"year": 2027, "holidays": ["2026-12-31"]},
            {"year": 2027, "holidays": ["2027-02-10..2027-02-01"]},
            {"year": 2027, "holidays": ["2027-02-20"], "workdays": ["2027-02-20"]},
            {"year": 2027, "holidays": ["not-a-date"]},
        ],
    )
    def test_bad_notices_are_refused(self, data):
        with pytest.raises(ValueError):
            parse_notice(data)


class TestBasisWording:
    def test_package_years_name_the_state_council_notice_never_the_library(self, cal):
        basis = cal.add_working_days(date(2026, 9, 25), 20).basis
        assert basis == "国务院办公厅关于2026年部分节假日安排的通知"
        assert "chinesecalendar" not in basis

    def test_an_imported_year_names_its_reference(self, cal):
        cal.load(parse_notice({**NOTICE_2027, "reference": "国办发明电〔2026〕7号"}))
        basis = cal.add_working_days(date(2026, 12, 28), 5).basis
        assert basis.endswith("；管理员导入的节假日安排（国办发明电〔2026〕7号）")

    def test_an_imported_year_without_reference_names_the_year(self, cal):
        cal.load(parse_notice({**NOTICE_2027, "reference": ""}))
        assert "管理员导入的节假日安排（2027年）" in cal.add_working_days(date(2026, 12, 28), 5).basis
