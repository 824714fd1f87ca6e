"""sweep bookmark on the slip: the highest reminder level on record for its running deadline

The deadline sweep read every open overdue slip (~100k at 1M cases) each minute only to find its 催办 and
督办 already on record. The slip now notes the highest level recorded for its running deadline kind, and
a partial index holds only the open slips whose running deadline is not yet under supervision. The
bookmark is backfilled from slip_reminder (open slips with a running deadline only; the others never
enter the index) before the index is built.

Revision ID: 1aa287ae1cec
Revises: 97e7db29fce2
Create Date: 2026-12-07 13:23:48.972805+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "1aa287ae1cec"
down_revision: str | None = "97e7db29fce2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = (
    "state IN ('issued', 'delivered', 'acknowledged', 'opinion_given', 'handled') AND due_date IS NOT NULL"
)
UNSWEPT = f"{RUNNING} AND (reminded_level IS NULL OR reminded_level != 'supervision' OR reminded_due_kind != due_kind)"


def _recorded(level: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM slip_reminder r WHERE r.slip_id = slip.id "  # noqa: S608 fixed levels
        f"AND r.due_kind = slip.due_kind AND r.level = '{level}')"
    )


def upgrade() -> None:
    with op.batch_alter_table("slip", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminded_due_kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
        batch_op.add_column(
            sa.Column("reminded_level", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
    # supervision counts only with its reminder: a slip missing the 催办 gets it from the next sweep
    op.execute(
        "UPDATE slip SET reminded_due_kind = due_kind, reminded_level = CASE WHEN "  # noqa: S608 fixed text
        f"{_recorded('supervision')} THEN 'supervision' ELSE 'reminder' END "
        f"WHERE {RUNNING} AND {_recorded('reminder')}"
    )
    with op.batch_alter_table("slip", schema=None) as batch_op:
        batch_op.create_index(
            "ix_slip_unswept_due",
            ["due_date", "id"],
            unique=False,
            postgresql_where=sa.text(UNSWEPT),
            sqlite_where=sa.text(UNSWEPT),
        )


def downgrade() -> None:
    with op.batch_alter_table("slip", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_slip_unswept_due", postgresql_where=sa.text(UNSWEPT), sqlite_where=sa.text(UNSWEPT)
        )
        batch_op.drop_column("reminded_level")
        batch_op.drop_column("reminded_due_kind")
