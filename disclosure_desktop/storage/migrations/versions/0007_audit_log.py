"""An append-only audit log (who changed what, when) and who has a report open, for a shared database (spec §14).

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("db_user", sa.Text(), nullable=False, server_default=""),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_log_report", "audit_log", ["report_id", "id"])
    op.create_table(
        "report_presence",
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("holder", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("session", sa.String(40), nullable=False),
        sa.Column("user_name", sa.Text(), nullable=False),
        sa.Column("part", sa.Text(), nullable=False, server_default=""),
        sa.Column("since", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("report_presence")
    op.drop_index("ix_audit_log_report", table_name="audit_log")
    op.drop_table("audit_log")
