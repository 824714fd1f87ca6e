"""`make seed-scale N=1000000`: bulk-load N realistic cases (and ~3 slips each) into all three services.

Fills the databases the services are configured with (YIMEN_<SVC>_DATABASE_URL; by default the SQLite
files under data/): migrations first, then the demo catalogue, departments and accounts, then N cases
spread over the five streets, the sixteen catalogue items, every status, received 2025-01-01 … today,
about 5% open past their due date. PostgreSQL is loaded with COPY, SQLite with executemany. Running it
again adds N more cases: ids, case numbers and slip numbers continue where the data ends (the counters
are moved on), so the services keep numbering without gaps or clashes.

    .venv/bin/python -m scripts.seed_scale 1000000            # or: make seed-scale N=1000000
    .venv/bin/python -m scripts.seed_scale 10000 --seed 7     # a demo-sized ledger and dashboard
"""

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter as Tally
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import JSON, Engine, Table, create_engine, func, select, text
from sqlmodel import Session

from services.common.calendar import WorkingDayCalendar
from services.common.clock import SHANGHAI, Clock
from services.common.identity import compose_id_number
from services.common.regions import REGIONS
from services.common.vocabulary import SlipKind
from services.eligibility.catalogue import seed as catalogue
from services.intake.applications.models import (
    Application,
    ApplicationItem,
    ApplicationMember,
    Counter,
    StatusChange,
    TimelineEntry,
)
from services.intake.handoff.models import CaseSlip
from services.intake.people import tally
from services.intake.settings import IntakeSettings
from services.transfer.deadlines.models import SlipReminder
from services.transfer.settings import TransferSettings
from services.transfer.slips.models import Slip, SlipEvent, SlipSequence, TransferCase

BULK_INDEX_REBUILD = 100_000  # from this many cases on, PostgreSQL indexes are rebuilt after the load
CHUNK = 5_000  # cases per batch: memory stays flat whatever N is
FIRST_DAY = date(2025, 1, 1)
OVERDUE_SHARE = 0.05  # of all cases: open, past their due date, spread over the streets
STREETS = [code for code, r in REGIONS.items() if not r.is_district]
DISTRICT = next(code for code, r in REGIONS.items() if r.is_district)
STAFF = {  # (username, name) per street window: the demo accounts where they exist
    "370211001": [("window_hd", "王晓燕"), ("window_hd2", "吴海燕")],
    "370211002": [("window_xa", "李建国"), ("window_xa2", "郑丽华")],
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "秀英桂兰玉兰建国志强永明海燕丽华建华红梅德胜春花国庆淑珍凤英文明晓东子涵雨轩浩然欣怡宇航梓萱思远佳怡俊杰嘉豪"
DIFFICULTIES = [
    "家中突发火灾，房屋及生活用品损毁，基本生活暂时困难",
    "户主突发重病住院，自负医疗费用较高，家庭无力承担",
    "子女就读大学，学费及生活费负担重",
    "交通事故致家庭主要劳动力受伤，收入中断",
    "年老体弱无劳动能力，无固定收入来源",
    "失业后长期未能就业，家庭收入低于低保标准",
    "房屋年久失修存在安全隐患，无力修缮",
    "残疾人家庭，需要辅助器具及托养服务",
]
OWNER_DEPARTMENT = {
    "civil_affairs": "370211-civil",
    "education": "370211-education",
    "housing": "370211-housing",
    "human_resources": "370211-hr",
    "disabled_federation": "370211-disabled",
    "social_organisation": "370211-charity",
}
ITEMS = [(i.code, i.name, i.case_type, i.time_limit_days or 20, str(i.owner)) for i in catalogue.ITEMS]
TOWN_ITEMS = set(catalogue.TOWN_LEVEL_ITEMS)
DEPARTMENT_NAMES = {
    "370211-window": "区民政局社会救助窗口",
    "370211-civil": "区民政局社会救助科",
    "370211-education": "区教育局",
    "370211-housing": "区住建局",
    "370211-hr": "区人社局",
    "370211-disabled": "区残联",
    "370211-charity": "区慈善总会",
} | {f"{code}-civil": f"{REGIONS[code].name}民政办" for code in STREETS}
OPEN_SLIP = ("issued", "delivered", "acknowledged", "opinion_given", "handled")

# the columns loaded, per table (everything else takes its database default or NULL)
COLUMNS: dict[Table, list[str]] = {
    Application.__table__: [
        "id", "case_number", "status", "window_region", "window_level", "applicant_name",
        "applicant_id_number", "phone", "hukou_region", "difficulty", "emergency", "dont_know",
        "suggestions", "channel", "first_responder_username", "first_responder_name", "received_date",
        "notice_due_date", "provided_materials", "duplicate_findings", "duplicate_check_incomplete",
        "notice_omission", "accepted_date", "receipt_number", "clock_start_date", "time_limit_days",
        "extension_days", "due_date", "due_warnings", "due_basis", "concluded_date", "handed_over_at",
        "created_at", "updated_at",
    ],  # fmt: skip
    ApplicationMember.__table__: ["id", "application_id", "name", "id_number", "relation"],
    ApplicationItem.__table__: [
        "id", "application_id", "item_code", "item_name", "case_type", "time_limit_days", "exclusive_with",
    ],  # fmt: skip
    StatusChange.__table__: ["id", "application_id", "from_status", "to_status", "actor", "actor_name", "reason", "at"],
    TimelineEntry.__table__: ["id", "application_id", "kind", "detail", "actor", "at"],
    CaseSlip.__table__: ["id", "application_id", "slip_id", "number", "kind", "receiver_name", "last_event", "updated_at"],
    TransferCase.__table__: [
        "case_id", "case_number", "window_region", "window_level", "first_responder_username",
        "first_responder_name", "applicant_name", "applicant_id_number", "applicant_phone", "hukou_region",
        "household_id_numbers", "difficulty", "emergency", "accepted_date", "due_date", "paperwork_due_date",
        "paperwork_completed_at", "created_at",
    ],  # fmt: skip
    Slip.__table__: [
        "id", "number", "verify_code", "kind", "case_id", "case_number", "parent_slip_id", "item_code",
        "item_name", "time_limit_days", "sender_department_id", "sender_name", "sender_region", "receiver_id",
        "receiver_name", "receiver_region", "handler", "route_reason", "state", "due_kind", "due_date",
        "opinion_due_date", "item_due_date", "feedback_due_date", "issued_at", "delivered_at",
        "acknowledged_at", "acknowledged_by", "opinion", "opinion_at", "result", "amount_fen", "handled_at",
        "feedback_at", "signed_by", "successor_slip_id", "updated_at", "reminded_due_kind", "reminded_level",
    ],  # fmt: skip
    SlipEvent.__table__: ["id", "slip_id", "kind", "actor", "detail", "at"],
    SlipReminder.__table__: ["id", "slip_id", "due_kind", "due_date", "level", "department_id", "reminded", "at"],
}  # fmt: skip
INTAKE_TABLES = [Application, ApplicationMember, ApplicationItem, StatusChange, TimelineEntry, CaseSlip]
TRANSFER_TABLES = [TransferCase, Slip, SlipEvent, SlipReminder]
INTAKE, TRANSFER = {m.__table__ for m in INTAKE_TABLES}, {m.__table__ for m in TRANSFER_TABLES}


@dataclass
class Start:
    """Where the data ends now: next ids per table, last case number per (street, year), slip numbers."""

    ids: dict[str, int]
    case_numbers: dict[tuple[str, int], int]
    slip_numbers: dict[tuple[str, int], int]
    added: Tally = field(default_factory=Tally)

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]


class Deadlines:
    """add_working_days on the official calendar, each (start, days) worked out once."""

    def __init__(self, calendar: WorkingDayCalendar):
        self.calendar, self.cache, self.workdays = calendar, {}, {}

    def is_workday(self, day: date) -> bool:
        if day not in self.workdays:
            self.workdays[day] = self.calendar.is_workday(day)
        return self.workdays[day]

    def __call__(self, start: date, days: int) -> date:
        """The same count as WorkingDayCalendar.add_working_days: from the day after `start`."""
        key = (start, days)
        if key not in self.cache:
            current, counted = start, 0
            while counted < days:
                current += timedelta(days=1)
                counted += self.is_workday(current)
            self.cache[key] = current
        return self.cache[key]


def person(rng: random.Random, born_from: int = 1940, born_to: int = 2008) -> tuple[str, str]:
    """A plausible name and a valid 18-digit ID number (check digit per GB 11643)."""
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    born = date(born_from, 1, 1) + timedelta(days=rng.randrange((born_to - born_from) * 365))
    return name, compose_id_number("370211", born.strftime("%Y%m%d"), rng.randrange(1, 1000))


def at(day: date, hour: float) -> datetime:
    """A Beijing working-hours instant on `day`, as aware UTC."""
    local = datetime(day.year, day.month, day.day, tzinfo=SHANGHAI) + timedelta(hours=hour)
    return local.astimezone(UTC)


def generate(
    n: int, *, today: date, rng: random.Random, due: Deadlines, start: Start
) -> Iterator[dict[Table, list[tuple]]]:
    """Rows for n cases in batches of CHUNK, oldest first (ids and case numbers follow the received date)."""
    span = (today - FIRST_DAY).days
    for first in range(0, n, CHUNK):
        rows: dict[Table, list[tuple]] = {t: [] for t in COLUMNS}
        for i in range(first, min(n, first + CHUNK)):
            received = FIRST_DAY + timedelta(days=i * span // n)
            while not due.is_workday(received) and received > FIRST_DAY:
                received -= timedelta(days=1)  # windows register on working days
            _case(rows, rng=rng, today=today, received=received, due=due, start=start)
        yield rows


def _status(rng: random.Random, age: int) -> str:
    """A status that fits how long ago the case came in (old cases are mostly concluded)."""
    if age <= 7:
        return rng.choices(["draft", "awaiting_materials", "accepted", "in_progress"], [4, 2, 2, 2])[0]
    if age <= 40:
        return rng.choices(["awaiting_materials", "accepted", "in_progress", "concluded"], [1, 3, 5, 3])[0]
    return rng.choices(
        ["concluded", "archived", "not_accepted", "withdrawn", "in_progress"], [70, 20, 4, 4, 2]
    )[0]


def _case(rows, *, rng: random.Random, today: date, received: date, due: Deadlines, start: Start) -> None:
    street = rng.choice(STREETS)
    age = (today - received).days
    status = _status(rng, age)
    # about 5% of all cases are open past their due date, whatever their age (the old ones were forgotten)
    late = age > 40 and rng.random() < OVERDUE_SHARE / 0.9
    if late:
        status = rng.choice(["accepted", "in_progress", "in_progress"])
    username, staff = rng.choice(
        STAFF.get(street, [(f"window_{REGIONS[street].prefix.lower()}", "值班人员")])
    )
    name, id_number = person(rng)
    phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    app_id = start.next_id("application")
    seq_key = (street, received.year)
    start.case_numbers[seq_key] = start.case_numbers.get(seq_key, 0) + 1
    case_number = f"{REGIONS[street].prefix}-{received.year}-{start.case_numbers[seq_key]:05d}"
    chosen = rng.sample(ITEMS, rng.choices((1, 2, 3), (40, 40, 20))[0])
    limit = min(i[3] for i in chosen)
    emergency = rng.random() < 0.03
    accepted = status in ("accepted", "in_progress", "concluded", "archived")
    accepted_date = received + timedelta(days=rng.choice((0, 0, 1, 2))) if accepted else None
    if accepted_date and accepted_date > today:
        accepted_date = today
    due_date = due(accepted_date + timedelta(days=1), limit) if accepted_date else None
    if late:
        due_date = min(due_date, today - timedelta(days=rng.randrange(1, 60)))
    elif status in ("accepted", "in_progress") and due_date < today:
        status = "concluded"  # an open case that is not one of the late ones is still in time
    concluded = None
    if status in ("concluded", "archived"):
        concluded = min(today, due(accepted_date + timedelta(days=1), rng.randrange(3, limit + 1)))
    registered = at(received, rng.uniform(8.5, 17))
    members = [(name, id_number, "本人")] + [
        (*person(rng, 1950, 2020), rel)
        for rel in rng.sample(["配偶", "子女", "父母", "孙子女"], rng.choice((0, 1, 1, 2, 3)))
    ]
    rows[Application.__table__].append(
        (
            app_id, case_number, status, street, "town", name, id_number, phone, rng.choice(STREETS),
            rng.choice(DIFFICULTIES), emergency, False, [], "window", username, staff, received,
            due(received, 5), ["application_letter", "id_card"], [], False, False,
            accepted_date, f"SL-{case_number}" if accepted else None,
            accepted_date + timedelta(days=1) if accepted_date else None, limit if accepted else None, 0,
            due_date, [], "", concluded, registered if accepted else None, registered, registered,
        )
    )  # fmt: skip
    for m_name, m_id, relation in members:
        rows[ApplicationMember.__table__].append(
            (start.next_id("application_member"), app_id, m_name, m_id, relation)
        )
    for code, item_name, case_type, item_limit, _owner in chosen:
        rows[ApplicationItem.__table__].append(
            (start.next_id("application_item"), app_id, code, item_name, case_type, item_limit, [])
        )
    rows[StatusChange.__table__].append(
        (start.next_id("status_change"), app_id, None, "draft", username, staff, "窗口登记", registered)
    )
    rows[TimelineEntry.__table__].append(
        (start.next_id("timeline_entry"), app_id, "registered", f"{staff}登记申请（窗口），首问责任人：{staff}", username, registered)
    )  # fmt: skip
    start.added["cases"] += 1
    if not accepted:
        return
    rows[TransferCase.__table__].append(
        (
            app_id, case_number, street, "town", username, staff, name, id_number, phone, street,
            json.dumps([m[1] for m in members]), "", emergency, accepted_date, due_date,
            due(accepted_date, 5) if emergency else None,
            None if emergency and status != "concluded" and age < 20 else registered, registered,
        )
    )  # fmt: skip
    issued = at(accepted_date, rng.uniform(9, 17))
    for code, item_name, _case_type, item_limit, owner in chosen:
        case = dict(app_id=app_id, case_number=case_number, street=street, due_date=due_date, status=status)
        if code in TOWN_ITEMS:
            route = [("dispatch", f"{street}-civil", street)]
        else:
            route = [("escalate", "370211-window", DISTRICT), ("assign", OWNER_DEPARTMENT[owner], DISTRICT)]
        parent = None
        for hop, (kind, receiver, receiver_region) in enumerate(route):
            last = hop == len(route) - 1
            parent = _slip(
                rows, rng=rng, today=today, due=due, start=start, case=case, kind=kind, receiver=receiver,
                receiver_region=receiver_region, item=(code, item_name, item_limit), issued=issued,
                parent=parent, onward=not last, late=late and last,
            )  # fmt: skip


def _slip(
    rows, *, rng, today, due, start, case, kind, receiver, receiver_region, item, issued, parent, onward, late
):
    """One slip (and its first event, intake's mirror, the reminders a sweep would have written)."""
    slip_id = start.next_id("slip")
    prefix = SlipKind(kind).number_prefix
    key = (prefix, issued.year)
    start.slip_numbers[key] = start.slip_numbers.get(key, 0) + 1
    number = f"{prefix}-{issued.year}-{start.slip_numbers[key]:06d}"
    day = issued.astimezone(SHANGHAI).date()
    opinion_due = due(day, 3)
    item_due = case["due_date"]
    feedback_due = due(item_due, 3)
    if onward:
        state = "forwarded"
    elif case["status"] in ("concluded", "archived"):
        state = "feedback_given"
    elif late:
        state = rng.choice(("acknowledged", "opinion_given", "opinion_given"))
    else:
        state = rng.choice(("issued", "delivered", "acknowledged", "opinion_given")) if day >= today - timedelta(days=3) else rng.choice(("acknowledged", "opinion_given", "handled"))  # fmt: skip
    due_kind, due_date = {
        "issued": ("opinion", opinion_due),
        "delivered": ("opinion", opinion_due),
        "acknowledged": ("opinion", opinion_due),
        "opinion_given": ("handling", item_due),
        "handled": ("feedback", feedback_due),
    }.get(state, (None, None))
    if late and due_date is not None and due_date >= today:
        due_date = item_due  # the case is past due: so is the slip's running deadline
    handled = state in ("handled", "feedback_given")
    receiver_name = DEPARTMENT_NAMES[receiver]
    sender = f"{case['street']}-window" if parent is None else "370211-window"
    sender_name = (
        f"{REGIONS[case['street']].name}社会救助服务窗口"
        if parent is None
        else DEPARTMENT_NAMES["370211-window"]
    )
    sender_region = case["street"] if parent is None else DISTRICT
    later = issued + timedelta(hours=rng.uniform(2, 30))
    # the sweeps ran every day: an overdue slip already has its 催办 and 督办 (written below), and says so
    swept = due_date is not None and due_date < today
    rows[Slip.__table__].append(
        (
            slip_id, number, f"s{slip_id:x}{rng.randrange(16**6):06x}", kind, case["app_id"], case["case_number"],
            parent, item[0], item[1], item[2], sender if parent else None, sender_name, sender_region,
            receiver, receiver_name, receiver_region, "", "", state, due_kind, due_date, opinion_due, item_due,
            feedback_due, issued, later if state != "issued" else None,
            later if state not in ("issued", "delivered") else None,
            "经办人" if state not in ("issued", "delivered") else None,
            "符合条件，拟予救助" if state in ("opinion_given", "handled", "feedback_given") else None,
            later if state in ("opinion_given", "handled", "feedback_given") else None,
            rng.choice(("approved", "approved", "denied")) if handled else None,
            rng.randrange(50, 3000) * 100 if handled else None,
            later if handled else None, later if state == "feedback_given" else None,
            "科长" if state == "feedback_given" else None, slip_id + 1 if onward else None, later,
            due_kind if swept else None, "supervision" if swept else None,
        )
    )  # fmt: skip
    rows[SlipEvent.__table__].append(
        (start.next_id("slip_event"), slip_id, "issued", sender_name, f"{receiver_name}：{item[1]}", issued)
    )
    rows[CaseSlip.__table__].append(
        (
            start.next_id("case_slip"),
            case["app_id"],
            slip_id,
            number,
            kind,
            receiver_name,
            "slip_issued",
            issued,
        )
    )
    if swept:
        for level in ("reminder", "supervision"):
            rows[SlipReminder.__table__].append(
                (start.next_id("slip_reminder"), slip_id, due_kind, due_date, level, receiver, "经办人", at(due_date, 9))
            )  # fmt: skip
    start.added["slips"] += 1
    return slip_id


# --- loading ------------------------------------------------------------------------------------------


class Loader:
    """Writes batches into one service's database: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, url: str):
        self.url = url
        self.postgres = url.startswith("postgresql")
        self.engine: Engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        if not self.postgres:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")

    def next_ids(self, tables) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.__tablename__: conn.execute(
                    select(func.coalesce(func.max(_pk(t.__table__)), 0))
                ).scalar_one()
                for t in tables
            }

    def write(self, batch: dict[Table, list[tuple]]) -> None:
        with self.engine.begin() as conn:
            for table, rows in batch.items():
                if not rows:
                    continue
                names = COLUMNS[table]
                if self.postgres:
                    json_at = [i for i, c in enumerate(names) if isinstance(table.c[c].type, JSON)]
                    cursor = conn.connection.driver_connection.cursor()
                    with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
                        for row in rows:
                            if json_at:
                                row = list(row)
                                for i in json_at:
                                    row[i] = json.dumps(row[i])
                            copy.write_row(row)
                else:
                    marks = ", ".join("?" * len(names))
                    conn.connection.driver_connection.executemany(
                        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})",  # noqa: S608 names from our metadata
                        ([_sqlite(v) for v in row] for row in rows),
                    )

    def drop_indexes(self, tables) -> None:
        """PostgreSQL, big loads: secondary indexes are dropped now and built once at the end (much faster)."""
        if not self.postgres:
            return
        names = [t.__tablename__ for t in tables]
        with self.engine.begin() as conn:
            self.indexes = conn.execute(
                text(
                    "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                    "AND i.tablename = ANY(:names) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                    "WHERE c.conname = i.indexname)"
                ),
                {"names": names},
            ).all()
            for name, _ in self.indexes:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')

    def finish(self, tables) -> None:
        """Serial sequences moved past the loaded ids; planner statistics refreshed."""
        with self.engine.begin() as conn:
            if self.postgres:
                conn.exec_driver_sql("SET maintenance_work_mem = '256MB'")
            for _name, definition in getattr(self, "indexes", []):
                conn.exec_driver_sql(definition)
            if self.postgres:
                for t in tables:
                    pk = _pk(t.__table__)
                    highest = func.greatest(select(func.max(pk)).scalar_subquery(), 1)
                    conn.execute(
                        select(func.setval(func.pg_get_serial_sequence(t.__tablename__, pk.name), highest))
                    )
            if not self.postgres:
                conn.exec_driver_sql("ANALYZE")
        if self.postgres:  # VACUUM too: the visibility map is what lets index-only scans skip the table
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for t in tables:
                    conn.exec_driver_sql(f"VACUUM ANALYZE {t.__tablename__}")


def rebuild_intake_tally(loader: Loader) -> None:
    """Intake's case_tally counted afresh from the cases: the load's trigger log (a row per case and item)
    is dropped, not folded in a row at a time by the first statistics request."""
    with Session(loader.engine) as session:
        tally.rebuild(session)
        session.commit()


def _sqlite(value):
    """A value as SQLAlchemy stores it in SQLite: naive UTC text for instants, ISO dates, JSON text."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value)
    return value


def _pk(table: Table):
    return next(iter(table.primary_key.columns))


def upsert_counters(loader: Loader, table: Table, keys: dict, values_of) -> None:
    """Set each counter to the highest number handed out (rows that do not exist yet are created)."""
    with loader.engine.begin() as conn:
        for key, value in keys.items():
            where, row = values_of(key, value)
            found = conn.execute(select(table).where(*[table.c[k] == v for k, v in where.items()])).first()
            if found:
                conn.execute(table.update().where(*[table.c[k] == v for k, v in where.items()]).values(row))
            else:
                conn.execute(table.insert().values({**where, **row}))


def read_counters(loader: Loader) -> dict[tuple[str, int], int]:
    """The last case number per (street, year) handed out so far."""
    with loader.engine.connect() as conn:
        rows = conn.execute(select(Counter.__table__).where(Counter.__table__.c.scope == "case"))
        return {(r.region, r.year): r.last_value for r in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many cases to add (about 3 slips each)")
    parser.add_argument("--seed", type=int, default=20261124, help="random seed (same seed, same data)")
    parser.add_argument("--no-demo", action="store_true", help="skip migrations and the demo loaders")
    args = parser.parse_args(argv)
    intake_settings, transfer_settings = IntakeSettings(), TransferSettings()
    if not args.no_demo:
        from migrations.migrate import upgrade_all

        upgrade_all()
        for module in ("services.intake.demo", "services.eligibility.demo", "services.transfer.demo"):
            subprocess.run([sys.executable, "-m", module], check=True, stdout=subprocess.DEVNULL)
    intake, transfer = Loader(intake_settings.database_url), Loader(transfer_settings.database_url)
    today = Clock().today()
    ids = intake.next_ids(INTAKE_TABLES) | transfer.next_ids(TRANSFER_TABLES)
    ids["application"] = max(ids["application"], ids["transfer_case"])
    with transfer.engine.connect() as conn:
        slip_numbers = {(r.prefix, r.year): r.value for r in conn.execute(select(SlipSequence.__table__))}
    start = Start(ids=ids, case_numbers=read_counters(intake), slip_numbers=slip_numbers)
    calendar = WorkingDayCalendar()
    due = Deadlines(calendar)
    rng = random.Random(args.seed)
    print(
        f"seeding {args.n:,} cases up to {today} into {_where(intake.url)} and {_where(transfer.url)}",
        flush=True,
    )
    began = time.monotonic()
    if args.n >= BULK_INDEX_REBUILD:
        intake.drop_indexes(INTAKE_TABLES)
        transfer.drop_indexes(TRANSFER_TABLES)
    try:
        for batch in generate(args.n, today=today, rng=rng, due=due, start=start):
            intake.write({t: r for t, r in batch.items() if t in INTAKE})
            transfer.write({t: r for t, r in batch.items() if t in TRANSFER})
            done, spent = start.added["cases"], time.monotonic() - began
            print(
                f"\r  {done:>10,} / {args.n:,} cases  {start.added['slips']:>11,} slips  "
                f"{spent:6.0f} s  ~{spent / done * (args.n - done):5.0f} s left",
                end="",
                flush=True,
            )
        upsert_counters(
            intake, Counter.__table__, start.case_numbers,
            lambda k, v: ({"scope": "case", "region": k[0], "year": k[1]}, {"last_value": v}),
        )  # fmt: skip
        upsert_counters(
            transfer, SlipSequence.__table__, start.slip_numbers,
            lambda k, v: ({"prefix": k[0], "year": k[1]}, {"value": v}),
        )  # fmt: skip
    finally:  # an interrupted load still gets its indexes back
        print("\n  indexes and planner statistics …", flush=True)
        intake.finish(INTAKE_TABLES)
        rebuild_intake_tally(intake)
        transfer.finish(TRANSFER_TABLES)
    print(
        f"done: {start.added['cases']:,} cases, {start.added['slips']:,} slips in {time.monotonic() - began:.0f} s",
        flush=True,
    )
    return 0


def _where(url: str) -> str:
    return url.split("@")[-1] if "@" in url else url


if __name__ == "__main__":
    sys.exit(main())
