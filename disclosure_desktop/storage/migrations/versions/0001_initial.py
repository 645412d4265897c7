"""Initial schema: reports, their metadata, section texts, table cells and the program's own state.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("agency", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("format_id", sa.String(40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("is_example", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_report_agency_year", "report", ["agency", "year"])
    op.create_index("ix_report_updated_at", "report", ["updated_at"])
    op.create_table(
        "report_meta",
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "section_text",
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("section_id", sa.String(80), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("heading", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "cell",
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("cell_id", sa.String(120), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False, server_default="typed"),
    )
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("app_state", "cell", "section_text", "report_meta"):
        op.drop_table(table)
    op.drop_index("ix_report_updated_at", table_name="report")
    op.drop_index("ix_report_agency_year", table_name="report")
    op.drop_table("report")
