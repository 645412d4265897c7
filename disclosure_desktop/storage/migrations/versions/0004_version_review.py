"""Who reviewed (审核) a signed version and on which day, recorded with the signing for the printed 签发单.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report_version") as batch:
        batch.add_column(sa.Column("reviewed_by", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("reviewed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_version") as batch:
        batch.drop_column("reviewed_on")
        batch.drop_column("reviewed_by")
