"""Bytes → text: choose the charset from BOM, HTTP header, ``<meta>`` and the bytes themselves.

Order of evidence: a BOM wins; then the declared charset (HTTP header, else ``<meta>``) when the
bytes decode strictly with it; when they do not, another charset that does (UTF-8, GB18030) is
used and ``charset_mismatch`` is flagged. GB2312/GBK are read as GB18030, their superset.
A U+FFFD left in the text is flagged ``replacement_chars``. ``decode_body`` never raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

CHARSET_MISMATCH = "charset_mismatch"
REPLACEMENT_CHARS = "replacement_chars"

# labels w3lib leaves unresolved or maps to a subset: all read as GB18030
_GB_FAMILY = {
    "gb2312",
    "gbk",
    "cp936",
    "ms936",
    "windows-936",
    "x-gbk",
    "gb_2312-80",
    "csgb2312",
    "euc-cn",
    "x-euc-cn",
    "euccn",
    "gb18030",
    "chinese",
    "iso-ir-58",
}
# single-byte charsets a Chinese page never really uses: bytes that are valid UTF-8 or GB18030
# under such a label were mislabelled
_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859-1", "ascii", "us-ascii", "iso8859-15"}
_SNIFF_ORDER = ("utf-8", "gb18030")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


@dataclass
class Decoded:
    text: str
    encoding: str
    flags: set[str] = field(default_factory=set)


def _header_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else ""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def _content_type(headers: Mapping[Any, Any] | None) -> str | None:
    if not headers:
        return None
    try:
        items = list(headers.items())
    except Exception:  # a mapping-like object that cannot list itself has no usable header
        return None
    for key, value in items:
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if name.lower() == "content-type":
            return _header_value(value)
    return None


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, GB2312/GBK widened to GB18030."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    try:
        codec = resolve_encoding(label)
    except Exception:  # w3lib raises on some malformed labels
        codec = None
    if codec in ("gbk", "gb2312", "cp936"):
        return "gb18030"
    return codec


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _labels(body: bytes, headers: Mapping[Any, Any] | None) -> list[str | None]:
    """Charset labels as declared: HTTP header first, then the document's own."""
    content_type = _content_type(headers)
    header = _CHARSET_RE.search(content_type) if content_type else None
    meta = _META_CHARSET_RE.search(body[:4096])
    return [
        header.group(1) if header else http_content_type_encoding(content_type),
        meta.group(1).decode("ascii", "replace") if meta else html_body_declared_encoding(body),
    ]


def _declared(body: bytes, headers: Mapping[Any, Any] | None) -> list[str]:
    found = []
    for label in _labels(body, headers):
        codec = _codec(label)
        if codec and codec not in found:
            found.append(codec)
    return found


def decode_body(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode an HTML body; never raises."""
    try:
        return _decode(bytes(body or b""), headers)
    except Exception:  # last resort: the crawl must go on, the flag tells what happened
        text = bytes(body or b"").decode("utf-8", errors="replace")
        flags = {REPLACEMENT_CHARS} if "\ufffd" in text else set()
        return Decoded(text=text, encoding="utf-8", flags=flags)


def _decode(body: bytes, headers: Mapping[Any, Any] | None) -> Decoded:
    flags: set[str] = set()
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        codec = _codec(bom_encoding) or "utf-8"
        return _finish(body[len(bom) :].decode(codec, errors="replace"), codec, flags)

    declared = _declared(body, headers)
    first = declared[0] if declared else None
    if first is not None and first not in _SINGLE_BYTE:
        text = _strict(body, first)
        if text is not None and not (first != "utf-8" and _looks_utf8(body)):
            return _finish(text, first, flags)
    elif first is not None and body.isascii():
        return _finish(body.decode(first, errors="replace"), first, flags)

    # the declaration is missing, failed, or names a single-byte charset: let the bytes speak
    for codec in (*declared[1:], *_SNIFF_ORDER):
        if codec in _SINGLE_BYTE:
            continue
        text = _strict(body, codec)
        if text is not None:
            if first is not None and codec != first:
                flags.add(CHARSET_MISMATCH)
            return _finish(text, codec, flags)
    if first is not None and first in _SINGLE_BYTE:
        return _finish(body.decode(first, errors="replace"), first, flags)

    # nothing decodes cleanly: the candidate that loses the fewest characters
    candidates = [c for c in (first, *_SNIFF_ORDER) if c]
    best = min(candidates, key=lambda c: body.decode(c, errors="replace").count("\ufffd"))
    if first is not None and best != first:
        flags.add(CHARSET_MISMATCH)
    return _finish(body.decode(best, errors="replace"), best, flags)


def _looks_utf8(body: bytes) -> bool:
    """Multi-byte UTF-8 that decodes strictly: GBK bytes almost never do."""
    if body.isascii():
        return False
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    wide = [c for c in text if ord(c) > 0x7F]
    return len(wide) >= 2 and any(ord(c) >= 0x800 for c in wide)


def _finish(text: str, codec: str, flags: set[str]) -> Decoded:
    if "\ufffd" in text:
        flags.add(REPLACEMENT_CHARS)
    return Decoded(text=text, encoding=codec, flags=flags)
