"""A zip file (a Word .docx, a submission package) read from memory with every member bounded by what it really
inflates to — whatever its name and whatever sizes the zip declares — and all members together bounded too.

A crafted zip of a few megabytes can inflate to gigabytes in a part with any name (an image, the main document
renamed .bin), or declare sizes it does not have. Members are inflated in chunks that are counted as they come;
inflating stops at the cap. The directory is measured before zipfile reads it: a directory of a million entries
costs memory before any member is opened.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Any

from disclosure_desktop.domain.limits import MAX_INFLATED_BYTES, MAX_ZIP_MEMBERS
from disclosure_desktop.importers.source import CHUNK, Source, Step, limit_text, megabytes, quiet
from disclosure_desktop.messages import ReportDataError, message

_END = b"PK\x05\x06"  # end of central directory record
_END_SIZE = 22
_MAX_COMMENT = 0xFFFF
# What zipfile and zlib raise on a member they cannot inflate: bad data, a wrong CRC, a method they lack, a
# password, a stream that ends early.
INFLATE_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError)


def member_count(data: bytes) -> int | None:
    """How many entries the zip's end record declares; None when there is no end record (not a zip, or cut short).

    A ZIP64 record (0xFFFF entries) counts as too many: a report's files are never that large.
    """
    start = max(0, len(data) - _END_SIZE - _MAX_COMMENT)
    at = data.rfind(_END, start)
    if at < 0 or len(data) - at < _END_SIZE:
        return None
    entries = struct.unpack_from("<H", data, at + 10)[0]
    return MAX_ZIP_MEMBERS + 1 if entries == 0xFFFF else entries


class Archive:
    """The members of `source`'s zip, inflated on request within the caps of `kind` ("docx", "package")."""

    def __init__(self, source: Source, kind: str, step: Step | None = None) -> None:
        self.source = source
        self.kind = kind
        self._step = step or quiet
        self.limit = MAX_INFLATED_BYTES[kind]
        self.inflated = 0
        count = member_count(source.data)
        if count is not None and count > MAX_ZIP_MEMBERS:
            raise ReportDataError("zip.too_many_members", what=self.what, name=source.name, limit=MAX_ZIP_MEMBERS)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(source.data))
            self.infos = [info for info in self._zip.infolist() if not info.is_dir()]
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
            raise self.damaged(None) from None
        if len(self.infos) > MAX_ZIP_MEMBERS:
            raise ReportDataError("zip.too_many_members", what=self.what, name=source.name, limit=MAX_ZIP_MEMBERS)

    @property
    def what(self) -> str:
        return message(f"zip.kind.{self.kind}")

    @property
    def names(self) -> list[str]:
        return [info.filename for info in self.infos]

    def damaged(self, member: str | None) -> ReportDataError:
        detail = message("zip.member_damaged", member=member) if member else message("zip.directory_damaged")
        return ReportDataError("zip.damaged", what=self.what, name=self.source.name, detail=detail)

    def _too_large(self, key: str, member: str, limit: int) -> ReportDataError:
        return ReportDataError(key, what=self.what, name=self.source.name, size=megabytes(self.source.size),
                               member=member, limit=limit_text(limit))

    def inflate(self, name: str, cap: int | None = None, *, keep: bool = True, digest: Any | None = None,
                over: tuple[str, int] | None = None) -> bytes:
        """The member `name` as it inflates, within `cap` (if given) and what the whole zip may still inflate to.

        `keep=False` only counts (and hashes into `digest`) what it inflates: a member the reader does not need is
        still bounded, and never held in memory. `over`: the message key and limit said when `cap` is passed (a cap
        that is what is left of a budget shared by several members).
        """
        info = self._zip.getinfo(name)
        kept = bytearray()
        size = 0
        what = message("import.step.inflating", name=self.source.name)
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    self.inflated += len(chunk)
                    if cap is not None and size > cap:
                        key, limit = over or ("zip.member_too_large", cap)
                        raise self._too_large(key, name, limit)
                    if self.inflated > self.limit:
                        raise self._too_large("zip.too_large", name, self.limit)
                    if digest is not None:
                        digest.update(chunk)
                    if keep:
                        kept += chunk
                    self._step(self.inflated, self.limit, what)
        except ReportDataError:
            raise
        except INFLATE_ERRORS:
            raise self.damaged(name) from None
        return bytes(kept)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
