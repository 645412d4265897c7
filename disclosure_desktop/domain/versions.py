"""Saved versions of a report as the list, the command line and the versions dialog show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_desktop.messages import message

MANUAL, EXPORT, SIGNED, BEFORE_RESTORE = "manual", "export", "signed", "before_restore"
# What happened to a signed version afterwards (spec §12), each an entry holding the content it concerned.
SUBMITTED, REMARKS, PUBLISHED = "submitted", "remarks", "published"
KINDS = (MANUAL, EXPORT, SIGNED, BEFORE_RESTORE, SUBMITTED, REMARKS, PUBLISHED)
# The kinds a clerk or an export saves; the others are written by the operation they record.
SNAPSHOT_KINDS = (MANUAL, EXPORT, BEFORE_RESTORE)


DIGEST_GROUP = 16


def digest_groups(sha256: str) -> str:
    """"3f2a…9c1b 7d4e…" — a hex digest in groups of sixteen."""
    return " ".join(sha256[i:i + DIGEST_GROUP] for i in range(0, len(sha256), DIGEST_GROUP))


@dataclass(frozen=True)
class VersionInfo:
    id: int
    report_id: int
    created_at: dt.datetime  # aware, UTC
    kind: str
    name: str
    signed_by: str
    report_revision: int
    content_sha256: str
    reviewed_by: str = ""  # 审核 of a signed version
    reviewed_on: dt.date | None = None

    @property
    def is_signed(self) -> bool:
        return self.kind == SIGNED

    @property
    def kind_label(self) -> str:
        """手动 / 导出 / 签发 / 恢复前 (spec §9) / 报送 / 审核意见 / 发布 (§12), in the UI language."""
        return message(f"version.{self.kind}") if self.kind in KINDS else self.kind

    @property
    def local_time(self) -> str:
        return self.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")

    @property
    def digest_text(self) -> str:
        """The content's SHA-256 as printed on the 签发单 and shown by `versions` and the versions dialog: four
        groups of sixteen hex digits, to be read out and compared group by group."""
        return digest_groups(self.content_sha256)

    @property
    def signed_on(self) -> dt.date:
        """The day of the signing where the clerk is."""
        return self.created_at.astimezone().date()
