"""Saved versions of a report (manual, at export, signed 签发, before a restore), each frozen with its SHA-256;
a SHA-256 of each report's working copy, renewed by every write and checked on every load.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report") as batch:
        batch.add_column(sa.Column("content_sha256", sa.String(64), nullable=True))
    op.create_table(
        "report_version",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("report_revision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("signed_by", sa.Text(), nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_report_version_report", "report_version", ["report_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_report_version_report", table_name="report_version")
    op.drop_table("report_version")
    with op.batch_alter_table("report") as batch:
        batch.drop_column("content_sha256")
