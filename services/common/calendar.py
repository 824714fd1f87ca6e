"""The working-day calendar (工作日) on China's official calendar.

Sources, in order: a State Council notice loaded by an administrator for that year (it wins,
so a correction or a new year needs no deploy), then the `chinesecalendar` package for the years
it ships with, then weekends-only — and every date computed on weekends-only carries a warning.
"""

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import chinese_calendar

SOURCE_NOTICE = "notice"
SOURCE_PACKAGE = "chinesecalendar"
SOURCE_WEEKENDS = "weekends_only"
# What a person reads as the basis of a deadline (receipts, case pages): the published notice, never
# the software that carries its dates. {year}, {reference} are filled in by source_name().
SOURCE_NAMES = {
    SOURCE_NOTICE: "管理员导入的节假日安排（{reference}）",
    SOURCE_PACKAGE: "国务院办公厅关于{year}年部分节假日安排的通知",
    SOURCE_WEEKENDS: "仅按周末推算（{year}年节假日安排尚未导入）",
}


def source_name(source: str, year: int, reference: str = "") -> str:
    """The Chinese name of one year's calendar basis, e.g. 国务院办公厅关于2026年部分节假日安排的通知."""
    return SOURCE_NAMES[source].format(year=year, reference=reference or f"{year}年")


@dataclass(frozen=True)
class YearNotice:
    """One year's holiday arrangement as published by the State Council."""

    year: int
    holidays: frozenset[date]  # statutory holidays and the rest days joined to them
    workdays: frozenset[date]  # make-up working days (调休上班) that fall on a weekend
    source: str = SOURCE_NOTICE
    reference: str = ""  # e.g. 国办发明电〔2026〕7号

    def __post_init__(self):
        for d in self.holidays | self.workdays:
            if d.year != self.year:
                raise ValueError(f"{d.isoformat()} is not in {self.year}")
        if self.holidays & self.workdays:
            raise ValueError("a date cannot be both a holiday and a make-up working day")


@dataclass
class DueDate:
    """A computed deadline with the basis it was computed on."""

    due_date: date
    working_days: int
    start_date: date
    warnings: list[str] = field(default_factory=list)
    sources: dict[int, str] = field(default_factory=dict)  # year -> source
    references: dict[int, str] = field(default_factory=dict)  # year -> notice reference (imported years)

    @property
    def basis(self) -> str:
        return "；".join(
            source_name(s, y, self.references.get(y, "")) for y, s in sorted(self.sources.items())
        )


def _package_years() -> range:
    first, last = min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year
    return range(first, last + 1)


PACKAGE_YEARS = _package_years()


MEMO_LIMIT = 50_000  # remembered answers per calendar; past it the memo starts again (a few MB at most)


class WorkingDayCalendar:
    """Answers is-this-a-working-day and N-working-days-later, with the data source of each year.

    Answers are remembered per calendar (a deadline is asked for again and again: every ledger row,
    every case page); load() forgets them. A calendar from shared_calendar() is shared by every
    request of the process and refuses load(): an upload makes a new one.
    """

    def __init__(self, notices: Iterable[YearNotice] = (), *, shared: bool = False):
        self._notices: dict[int, YearNotice] = {n.year: n for n in notices}
        self._shared = shared
        self._workdays: dict[date, bool] = {}
        self._due: dict[tuple[date, int], tuple] = {}
        self._between: dict[tuple[date, date], int] = {}

    def load(self, notice: YearNotice) -> None:
        """Add or replace a year's notice (an administrator's upload)."""
        if self._shared:
            raise RuntimeError("a shared calendar is never changed: build one with the new notices")
        self._notices[notice.year] = notice
        self._forget()

    def _forget(self) -> None:
        self._workdays, self._due, self._between = {}, {}, {}

    @property
    def notices(self) -> Mapping[int, YearNotice]:
        return dict(self._notices)

    def source(self, year: int) -> str:
        if year in self._notices:
            return SOURCE_NOTICE
        if year in PACKAGE_YEARS:
            return SOURCE_PACKAGE
        return SOURCE_WEEKENDS

    def is_workday(self, day: date) -> bool:
        known = self._workdays.get(day)
        if known is None:
            if len(self._workdays) > MEMO_LIMIT:
                self._workdays = {}
            known = self._workdays[day] = self._is_workday(day)
        return known

    def _is_workday(self, day: date) -> bool:
        source = self.source(day.year)
        if source == SOURCE_NOTICE:
            notice = self._notices[day.year]
            if day in notice.workdays:
                return True
            return day not in notice.holidays and day.weekday() < 5
        if source == SOURCE_PACKAGE:
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5

    def year(self, year: int) -> YearNotice:
        """The year's holidays and make-up days as used for computation."""
        source = self.source(year)
        if source == SOURCE_NOTICE:
            return self._notices[year]
        if source == SOURCE_PACKAGE:
            holidays = frozenset(d for d in chinese_calendar.holidays if d.year == year)
            workdays = frozenset(d for d in chinese_calendar.workdays if d.year == year and d.weekday() >= 5)
            return YearNotice(year, holidays, workdays, SOURCE_PACKAGE, "chinesecalendar")
        return YearNotice(year, frozenset(), frozenset(), SOURCE_WEEKENDS, "")

    def warning_for(self, year: int) -> str | None:
        if self.source(year) == SOURCE_WEEKENDS:
            return f"{year}年节假日安排尚未导入，期限仅按周末推算，可能不准确；请管理员导入国务院通知后重算"
        return None

    def add_working_days(self, start: date, days: int) -> DueDate:
        """The date `days` working days after `start`, counting from the day AFTER start.

        The clock starts the day after the triggering event (seed 002 annex 3: 受理决定的次日);
        days=0 means "the same day" (即办件).
        """
        if days < 0:
            raise ValueError("days must be >= 0")
        known = self._due.get((start, days))
        if known is None:
            if len(self._due) > MEMO_LIMIT:
                self._due = {}
            found = self._add_working_days(start, days)
            known = self._due[(start, days)] = (
                found.due_date,
                dict(found.sources),
                dict(found.references),
                tuple(found.warnings),
            )
        due_date, sources, references, warnings = known
        # a fresh DueDate each time: callers may change theirs, the remembered answer stays as it was
        return DueDate(due_date, days, start, list(warnings), dict(sources), dict(references))

    def _add_working_days(self, start: date, days: int) -> DueDate:
        result = DueDate(due_date=start, working_days=days, start_date=start)
        current, counted = start, 0
        while counted < days:
            current += timedelta(days=1)
            result.sources.setdefault(current.year, self.source(current.year))
            if self.is_workday(current):
                counted += 1
        result.due_date = current
        result.sources.setdefault(start.year, self.source(start.year))
        result.references = {y: self._notices[y].reference for y in result.sources if y in self._notices}
        result.warnings = [w for y in sorted(result.sources) if (w := self.warning_for(y))]
        return result

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many a clock started on `start` has used by `end`."""
        if end <= start:
            return -self.working_days_between(end, start) if end < start else 0
        known = self._between.get((start, end))
        if known is None:
            if len(self._between) > MEMO_LIMIT:
                self._between = {}
            known = self._between[(start, end)] = self._count_between(start, end)
        return known

    def _count_between(self, start: date, end: date) -> int:
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_workday(current)
        return count


SHARED_LIMIT = 8  # distinct notice sets alive at once: an upload replaces one, so two in practice
_shared: dict[tuple, WorkingDayCalendar] = {}
_shared_lock = threading.Lock()


def _notice_key(data: Mapping) -> tuple:
    return (
        str(data["year"]),
        tuple(str(d) for d in data.get("holidays") or ()),
        tuple(str(d) for d in data.get("workdays") or ()),
        str(data.get("reference", "")),
    )


def shared_calendar(notices: Iterable[Mapping]) -> WorkingDayCalendar:
    """The calendar for these stored notices (parse_notice's JSON shape), built once per distinct set.

    Keyed by the notices' content, not by time: an administrator's upload changes the content, so the
    very next request gets a calendar built from it, on every replica that reads the stored notices;
    until then every request shares one calendar and its remembered answers.
    """
    notices = list(notices)
    key = tuple(sorted(_notice_key(n) for n in notices))
    calendar = _shared.get(key)
    if calendar is None:
        calendar = WorkingDayCalendar((parse_notice(n) for n in notices), shared=True)
        with _shared_lock:
            while len(_shared) >= SHARED_LIMIT:
                _shared.pop(next(iter(_shared)))
            calendar = _shared.setdefault(key, calendar)
    return calendar


def parse_notice(data: Mapping) -> YearNotice:
    """Build a notice from JSON: {"year", "holidays": [dates or "a..b" ranges], "workdays": [...], "reference"}."""

    def expand(items) -> frozenset[date]:
        out: set[date] = set()
        for item in items or []:
            text = str(item)
            if ".." in text:
                a, b = (date.fromisoformat(p.strip()) for p in text.split(".."))
                if b < a:
                    raise ValueError(f"range {text} ends before it starts")
                out.update(a + timedelta(days=i) for i in range((b - a).days + 1))
            else:
                out.add(date.fromisoformat(text.strip()))
        return frozenset(out)

    return YearNotice(
        year=int(data["year"]),
        holidays=expand(data.get("holidays")),
        workdays=expand(data.get("workdays")),
        source=SOURCE_NOTICE,
        reference=str(data.get("reference", "")),
    )
