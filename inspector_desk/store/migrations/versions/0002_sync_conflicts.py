"""sync conflicts: the laptop's copy of HQ's conflict records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("beat_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("current_value", sa.JSON(), nullable=True),
        sa.Column("losing_value", sa.JSON(), nullable=True),
        sa.Column("current_user_id", sa.String(length=64), nullable=True),
        sa.Column("losing_user_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("pending_change_id", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_record", ["entity", "entity_id"], unique=False)
        batch_op.create_index("ix_sync_conflicts_status", ["status", "beat_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflicts_status")
        batch_op.drop_index("ix_sync_conflicts_record")
    op.drop_table("sync_conflicts")
