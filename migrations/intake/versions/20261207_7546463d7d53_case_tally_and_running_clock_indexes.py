"""case tally (statistics and ledger totals) kept by triggers, running-clock indexes for the ledger

Revision ID: 7546463d7d53
Revises: 6b38f384fb92
Create Date: 2026-12-07 13:25:46.585596+00:00
"""

# ruff: noqa: S608 (the SQL below is built from our own column names only)
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "7546463d7d53"
down_revision: str | None = "6b38f384fb92"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = "status IN ('accepted', 'in_progress')"
COLUMNS = "window_region, month, status, item_code, item_name, cases, accepted"

# one row (or +1 / -1) per case by street, month received and status; one per item row likewise
POSTGRES_FUNCTIONS = f"""
CREATE FUNCTION case_tally_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO case_tally_change ({COLUMNS})
        SELECT OLD.window_region, date_trunc('month', OLD.received_date)::date, OLD.status, '', '', -1,
               -(OLD.accepted_date IS NOT NULL)::int
        UNION ALL
        SELECT OLD.window_region, date_trunc('month', OLD.received_date)::date, OLD.status,
               i.item_code, i.item_name, -1, 0
        FROM application_item i WHERE i.application_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO case_tally_change ({COLUMNS})
        SELECT NEW.window_region, date_trunc('month', NEW.received_date)::date, NEW.status, '', '', 1,
               (NEW.accepted_date IS NOT NULL)::int
        UNION ALL
        SELECT NEW.window_region, date_trunc('month', NEW.received_date)::date, NEW.status,
               i.item_code, i.item_name, 1, 0
        FROM application_item i WHERE i.application_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO case_tally_change ({COLUMNS})
        SELECT a.window_region, date_trunc('month', a.received_date)::date, a.status,
               OLD.item_code, OLD.item_name, -1, 0
        FROM application a WHERE a.id = OLD.application_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO case_tally_change ({COLUMNS})
        SELECT a.window_region, date_trunc('month', a.received_date)::date, a.status,
               NEW.item_code, NEW.item_name, 1, 0
        FROM application a WHERE a.id = NEW.application_id;
    END IF;
    RETURN NULL;
END $$;
"""

POSTGRES_TRIGGERS = [
    "CREATE TRIGGER case_tally_application AFTER INSERT OR DELETE ON application "
    "FOR EACH ROW EXECUTE FUNCTION case_tally_application()",
    "CREATE TRIGGER case_tally_application_update "
    "AFTER UPDATE OF status, accepted_date, window_region, received_date ON application FOR EACH ROW "
    "WHEN (OLD.status IS DISTINCT FROM NEW.status "
    "OR (OLD.accepted_date IS NULL) <> (NEW.accepted_date IS NULL) "
    "OR OLD.window_region IS DISTINCT FROM NEW.window_region "
    "OR OLD.received_date IS DISTINCT FROM NEW.received_date) "
    "EXECUTE FUNCTION case_tally_application()",
    "CREATE TRIGGER case_tally_item "
    "AFTER INSERT OR DELETE OR UPDATE OF application_id, item_code, item_name ON application_item "
    "FOR EACH ROW EXECUTE FUNCTION case_tally_item()",
]


def _sqlite_case(row: str, sign: str) -> str:
    """SQLite: the tally changes of one application row (OLD or NEW) with its items."""
    month = f"substr({row}.received_date, 1, 7) || '-01'"
    return (
        f"INSERT INTO case_tally_change ({COLUMNS}) "
        f"SELECT {row}.window_region, {month}, {row}.status, '', '', {sign}1, "
        f"{sign}({row}.accepted_date IS NOT NULL) "
        f"UNION ALL SELECT {row}.window_region, {month}, {row}.status, i.item_code, i.item_name, {sign}1, 0 "
        f"FROM application_item i WHERE i.application_id = {row}.id;"
    )


def _sqlite_item(row: str, sign: str) -> str:
    """SQLite: the tally change of one item row (OLD or NEW), under its case's street, month and status."""
    return (
        f"INSERT INTO case_tally_change ({COLUMNS}) "
        f"SELECT a.window_region, substr(a.received_date, 1, 7) || '-01', a.status, "
        f"{row}.item_code, {row}.item_name, {sign}1, 0 FROM application a WHERE a.id = {row}.application_id;"
    )


SQLITE_TRIGGERS = [
    f"CREATE TRIGGER case_tally_application_insert AFTER INSERT ON application "
    f"BEGIN {_sqlite_case('NEW', '')} END",
    f"CREATE TRIGGER case_tally_application_delete AFTER DELETE ON application "
    f"BEGIN {_sqlite_case('OLD', '-')} END",
    "CREATE TRIGGER case_tally_application_update "
    "AFTER UPDATE OF status, accepted_date, window_region, received_date ON application "
    "WHEN OLD.status IS NOT NEW.status OR (OLD.accepted_date IS NULL) <> (NEW.accepted_date IS NULL) "
    "OR OLD.window_region IS NOT NEW.window_region OR OLD.received_date IS NOT NEW.received_date "
    f"BEGIN {_sqlite_case('OLD', '-')} {_sqlite_case('NEW', '')} END",
    f"CREATE TRIGGER case_tally_item_insert AFTER INSERT ON application_item "
    f"BEGIN {_sqlite_item('NEW', '')} END",
    f"CREATE TRIGGER case_tally_item_delete AFTER DELETE ON application_item "
    f"BEGIN {_sqlite_item('OLD', '-')} END",
    "CREATE TRIGGER case_tally_item_update "
    "AFTER UPDATE OF application_id, item_code, item_name ON application_item "
    f"BEGIN {_sqlite_item('OLD', '-')} {_sqlite_item('NEW', '')} END",
]
SQLITE_TRIGGER_NAMES = [t.split()[2] for t in SQLITE_TRIGGERS]

BACKFILL = """
INSERT INTO case_tally ({columns})
SELECT window_region, {month}, status, '', '', count(*), count(accepted_date)
FROM application GROUP BY window_region, {month}, status
UNION ALL
SELECT a.window_region, {amonth}, a.status, i.item_code, i.item_name, count(*), 0
FROM application_item i JOIN application a ON a.id = i.application_id
GROUP BY a.window_region, {amonth}, a.status, i.item_code, i.item_name
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "case_tally",
        sa.Column("window_region", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("item_code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("item_name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "window_region", "month", "status", "item_code", "item_name", name=op.f("pk_case_tally")
        ),
    )
    op.create_table(
        "case_tally_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window_region", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("item_code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("item_name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_tally_change")),
    )
    running = sa.text(RUNNING)
    with op.batch_alter_table("application", schema=None) as batch_op:
        # the overdue ledger: a street's running-clock cases in id order, due date in the index
        batch_op.create_index(
            "ix_application_running_region_id",
            ["window_region", "id", "due_date"],
            unique=False,
            postgresql_where=running,
            sqlite_where=running,
        )
        # statistics' overdue count: a year's running-clock cases by town without the table
        batch_op.create_index(
            "ix_application_running_received",
            ["received_date", "window_region", "due_date"],
            unique=False,
            postgresql_where=running,
            sqlite_where=running,
        )
    if postgres:
        month, amonth = (
            "date_trunc('month', received_date)::date",
            "date_trunc('month', a.received_date)::date",
        )
        op.execute(POSTGRES_FUNCTIONS)
        for statement in POSTGRES_TRIGGERS:
            op.execute(statement)
    else:
        month, amonth = "substr(received_date, 1, 7) || '-01'", "substr(a.received_date, 1, 7) || '-01'"
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    # the triggers log every change from now on; what exists already is counted once, here
    op.execute(BACKFILL.format(columns=COLUMNS, month=month, amonth=amonth))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER case_tally_item ON application_item")
        op.execute("DROP TRIGGER case_tally_application_update ON application")
        op.execute("DROP TRIGGER case_tally_application ON application")
        op.execute("DROP FUNCTION case_tally_item()")
        op.execute("DROP FUNCTION case_tally_application()")
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_running_received")
        batch_op.drop_index("ix_application_running_region_id")
    op.drop_table("case_tally_change")
    op.drop_table("case_tally")
