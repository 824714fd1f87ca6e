"""read audit of lists, look-ups and exports

Revision ID: 5a21029e6368
Revises: e22a53648a8e
Create Date: 2026-12-01 21:36:54.375321+00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '5a21029e6368'
down_revision: str | None = 'e22a53648a8e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('read_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('actor_region', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('filters', sa.Text(), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=True),
    sa.Column('household_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('household', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_read_audit'))
    )
    with op.batch_alter_table('read_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_read_audit_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_read_audit_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_read_audit_actor_region'), ['actor_region'], unique=False)
        batch_op.create_index(batch_op.f('ix_read_audit_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_read_audit_household_key'), ['household_key'], unique=False)

    # the ledger searches phones by their normalised form (digits, no +86): bring old rows to it
    connection = op.get_bind()
    application = sa.table("application", sa.column("id", sa.Integer), sa.column("phone", sa.String))
    for row_id, phone in connection.execute(sa.select(application.c.id, application.c.phone)).all():
        digits = "".join(ch for ch in phone or "" if ch.isdigit())
        for prefix in ("0086", "86"):
            if digits.startswith(prefix) and len(digits) - len(prefix) == 11:
                digits = digits[len(prefix) :]
        if digits != phone:
            connection.execute(application.update().where(application.c.id == row_id).values(phone=digits))


def downgrade() -> None:
    # phones stay normalised: the separators they were typed with are not kept anywhere
    with op.batch_alter_table('read_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_read_audit_household_key'))
        batch_op.drop_index(batch_op.f('ix_read_audit_at'))
        batch_op.drop_index(batch_op.f('ix_read_audit_actor_region'))
        batch_op.drop_index(batch_op.f('ix_read_audit_actor'))
        batch_op.drop_index(batch_op.f('ix_read_audit_action'))

    op.drop_table('read_audit')
