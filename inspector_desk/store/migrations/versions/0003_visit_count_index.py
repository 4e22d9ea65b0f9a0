"""visits: the officer/time index also covers beat and void flag

Caseload counts of visits done per officer and week then read the index alone instead of
decrypting a table page for every visit (a unit report counts about 20,000 visits a week).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_officer_time")
        batch_op.create_index(
            "ix_visits_officer_time", ["officer_id", "visited_at", "beat_id", "deleted"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_officer_time")
        batch_op.create_index("ix_visits_officer_time", ["officer_id", "visited_at"], unique=False)
