"""Register identity: a UUID per register, so files made from one register are not taken for another's

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:40:00
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table('register_identity',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_identity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_register_identity_uuid'))
    )
    # Every register, new or upgraded, gets its own identity here.
    op.bulk_insert(table, [{"id": 1, "uuid": str(uuid.uuid4()),
                            "created_at": datetime.now(UTC).replace(tzinfo=None)}])


def downgrade() -> None:
    op.drop_table('register_identity')
