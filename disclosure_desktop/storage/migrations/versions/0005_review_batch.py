"""The 公开办's desk (spec §13): review batches, their expected units with a status each, every file taken in (with
the report read from it) and the remarks written for units.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _batch_id(primary_key: bool) -> sa.Column:
    return sa.Column("batch_id", sa.Integer(), sa.ForeignKey("review_batch.id", ondelete="CASCADE"),
                     primary_key=primary_key, nullable=False)


def upgrade() -> None:
    op.create_table(
        "review_batch",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("region", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "review_unit",
        _batch_id(True),
        sa.Column("name", sa.Text(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default=""),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False, server_default=""),
        sa.Column("status_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "review_file",
        _batch_id(True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default=""),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("intake", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("content_sha256", sa.String(64), nullable=True),
    )
    op.create_table(
        "review_remark",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _batch_id(False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("path", sa.Text(), nullable=False, server_default=""),
        sa.Column("content", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_review_remark_unit", "review_remark", ["batch_id", "unit"])


def downgrade() -> None:
    op.drop_index("ix_review_remark_unit", table_name="review_remark")
    op.drop_table("review_remark")
    op.drop_table("review_file")
    op.drop_table("review_unit")
    op.drop_table("review_batch")
