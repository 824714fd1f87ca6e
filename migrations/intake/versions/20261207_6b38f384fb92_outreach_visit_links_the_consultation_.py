"""outreach visit links the consultation it registered

Revision ID: 6b38f384fb92
Revises: 84225f5daccf
Create Date: 2026-12-07 11:34:16.536863+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "6b38f384fb92"
down_revision: str | None = "84225f5daccf"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outreach_visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consultation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_outreach_visit_consultation_id_consultation"),
            "consultation",
            ["consultation_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("outreach_visit", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_outreach_visit_consultation_id_consultation"), type_="foreignkey"
        )
        batch_op.drop_column("consultation_id")
