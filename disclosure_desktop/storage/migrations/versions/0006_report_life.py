"""The report's life after 签发 (spec §12): submission packages made, remarks files opened with their items and
each item's 已整改 mark, and the publication recorded.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _report_id() -> sa.Column:
    return sa.Column("report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="CASCADE"), nullable=False)


def _version_id(nullable: bool) -> sa.Column:
    return sa.Column("version_id", sa.Integer(), sa.ForeignKey("report_version.id", ondelete="CASCADE"),
                     nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "report_submission",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _report_id(),
        _version_id(False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("package_sha256", sa.String(64), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_report_submission_report", "report_submission", ["report_id"])
    op.create_table(
        "report_remarks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _report_id(),
        _version_id(True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("stated_version", sa.Integer(), nullable=True),
        sa.Column("reviewer", sa.Text(), nullable=False, server_default=""),
        sa.Column("reviewed_on", sa.Text(), nullable=False, server_default=""),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_report_remarks_report", "report_remarks", ["report_id"])
    op.create_table(
        "report_remark_item",
        sa.Column("remarks_id", sa.Integer(), sa.ForeignKey("report_remarks.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("rule", sa.String(40), nullable=False),
        sa.Column("location", sa.Text(), nullable=False, server_default=""),
        sa.Column("cells", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("fixed_on", sa.Date(), nullable=True),
    )
    op.create_table(
        "report_publication",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _report_id(),
        _version_id(True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_report_publication_report", "report_publication", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_report_publication_report", table_name="report_publication")
    op.drop_table("report_publication")
    op.drop_table("report_remark_item")
    op.drop_index("ix_report_remarks_report", table_name="report_remarks")
    op.drop_table("report_remarks")
    op.drop_index("ix_report_submission_report", table_name="report_submission")
    op.drop_table("report_submission")
