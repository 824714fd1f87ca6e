"""timeline_entry to_applicant (the department's reply to the applicant)

Revision ID: beca1c1b34e7
Revises: 25ae094fceb8
Create Date: 2026-12-07 09:45:40.281228+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "beca1c1b34e7"
down_revision: str | None = "25ae094fceb8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("timeline_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_applicant", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("timeline_entry", schema=None) as batch_op:
        batch_op.drop_column("to_applicant")
