"""Hostile files as a new user or an attacker makes them: Word zip bombs (a huge image, the main part renamed, a zip
that lies about its sizes), a page with 200,000 attributes on one tag, devices and pipes behind a report's name —
and the command line run on them in a child process whose address space is capped."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.paths import ROOT

GB = 1024 * 1024 * 1024
MB = 1024 * 1024
# The child's address space: a bounded reader fits with room to spare (the program imports in ≈ 400 MB).
ADDRESS_SPACE = 1 * GB

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/{main}" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="{main}"/></Relationships>'
)
DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
    'Target="media/image1.png"/></Relationships>'
)
DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W} {_R}><w:body>'
            '<w:p><w:r><w:t>某某县人民政府2024年政府信息公开工作年度报告</w:t></w:r></w:p></w:body></w:document>')


@dataclass(frozen=True)
class Member:
    """One zip entry as stored: its deflated bytes, what they inflate to, and the size the zip declares."""

    name: str
    deflated: bytes
    crc: int
    size: int
    declared: int | None = None  # a lie about the inflated size (None: the truth)


def deflated(data: bytes) -> Member:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Member("", packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))


def repeated(head: bytes, filler: bytes, size: int) -> Member:
    """`head` then `filler` repeated up to `size` bytes, deflated in a few seconds at most: each megabyte is
    compressed once, flushed to a byte boundary with its window reset, and the identical output repeated."""
    chunk = filler * (MB // len(filler))
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    count = (size - len(head)) // len(chunk)
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    return Member("", first + block * count + packer.flush(), crc, len(head) + count * len(chunk))


def write_zip(path: Path, members: list[Member]) -> Path:
    """A zip written entry by entry (deflated members as given, sizes as declared), as a crafted file is."""
    out = bytearray()
    directory = bytearray()
    for member in members:
        name = member.name.encode("utf-8")
        size = member.size if member.declared is None else member.declared
        fields = (20, 0x800, 8, 0, 0x21, member.crc, len(member.deflated), size, len(name), 0)
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", *fields) + name + member.deflated
        directory += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + name
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), len(out), 0)
    path.write_bytes(bytes(out + directory + end))
    return path


def member(data: Member, name: str) -> Member:
    """`data` as the zip entry `name`."""
    return Member(name, data.deflated, data.crc, data.size, data.declared)


def word_bomb(path: Path, case: str) -> Path:
    """A Word file that inflates far beyond its size: "image" (a 2 GB image the document links), "renamed" (the
    main part called document.bin, 3 GB of it), "lying" (a 2 GB part whose zip entry declares 1 KB)."""
    main = "word/document.bin" if case == "renamed" else "word/document.xml"
    parts = [member(deflated(CONTENT_TYPES.format(main=main).encode()), "[Content_Types].xml"),
             member(deflated(PACKAGE_RELS.format(main=main).encode()), "_rels/.rels")]
    if case == "renamed":
        head = DOCUMENT.split("</w:body>")[0].encode("utf-8")
        parts.append(member(repeated(head, b" ", 3 * GB), main))
        return write_zip(path, parts)
    parts += [member(deflated(DOCUMENT.encode("utf-8")), main),
              member(deflated(DOCUMENT_RELS.encode()), "word/_rels/document.xml.rels")]
    image = member(repeated(b"\x89PNG\r\n\x1a\n", b"\0", 2 * GB), "word/media/image1.png")
    if case == "lying":
        image = Member(image.name, image.deflated, image.crc, image.size, declared=1024)
    parts.append(image)
    return write_zip(path, parts)


def attribute_page(path: Path, attributes: int = 200_000) -> Path:
    """A page of 3.2 MB whose one <p> carries `attributes` attributes (the HTML parser's quadratic case)."""
    names = " ".join(f'a{i}="1"' for i in range(attributes))
    path.write_text(f"<html><head><title>2024年报</title></head><body><p {names}>某某县人民政府2024年政府信息公开"
                    f"工作年度报告</p></body></html>", "utf-8")
    return path


def run_bounded(*args: str, seconds: float = 60) -> tuple[int, str, str, float]:
    """The command line in a child process limited to ADDRESS_SPACE; (exit status, stdout, stderr, seconds)."""

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DISCLOSURE_LANG="zh")
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "disclosure_desktop", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=seconds, preexec_fn=limited)
    return done.returncode, done.stdout, done.stderr, time.monotonic() - began
