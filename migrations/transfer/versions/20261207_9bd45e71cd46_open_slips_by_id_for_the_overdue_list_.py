"""open slips by id for the overdue list; state and due date statistics

The overdue list pages newest first: a partial index of the open slips with a running deadline, by id
with the due date beside it (the newest open slips are mostly not yet due: skipped in the index, never
read from the table), lets each way of seeing a slip read a page's worth of them; one more by receiving
department serves its inbox (and a window's view of the slips passed on to it) the same way.
PostgreSQL multiplied the selectivities of "state is open" and "due date passed" as if independent (a
running due date belongs to an open slip only): multivariate MCV statistics on (state, due_date) tell
it better. ANALYZE fills them at once.

Revision ID: 9bd45e71cd46
Revises: 1aa287ae1cec
Create Date: 2026-12-07 13:52:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9bd45e71cd46"
down_revision: str | None = "1aa287ae1cec"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = (
    "state IN ('issued', 'delivered', 'acknowledged', 'opinion_given', 'handled') AND due_date IS NOT NULL"
)
INDEXES = {"ix_slip_open_id": ["id", "due_date"], "ix_slip_open_receiver": ["receiver_id", "id", "due_date"]}


def upgrade() -> None:
    with op.batch_alter_table("slip", schema=None) as batch_op:
        for name, columns in INDEXES.items():
            batch_op.create_index(
                name, columns, unique=False, postgresql_where=sa.text(RUNNING), sqlite_where=sa.text(RUNNING)
            )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE STATISTICS st_slip_state_due (mcv) ON state, due_date FROM slip")
        op.execute("ANALYZE slip")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP STATISTICS IF EXISTS st_slip_state_due")
    with op.batch_alter_table("slip", schema=None) as batch_op:
        for name in reversed(INDEXES):
            batch_op.drop_index(name, postgresql_where=sa.text(RUNNING), sqlite_where=sa.text(RUNNING))
