"""Bytes → text: choose the charset from BOM, HTTP header, <meta> and the bytes themselves."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from w3lib.encoding import html_to_unicode


@dataclass
class Decoded:
    text: str
    encoding: str
    flags: set[str] = field(default_factory=set)


def _content_type(headers: Mapping[str, str] | None) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        if str(key).lower() == "content-type":
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


def decode_body(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode an HTML body; never raises."""
    encoding, text = html_to_unicode(_content_type(headers), body or b"")
    flags: set[str] = set()
    if "\ufffd" in text:
        flags.add("replacement_chars")
    return Decoded(text=text, encoding=encoding, flags=flags)
