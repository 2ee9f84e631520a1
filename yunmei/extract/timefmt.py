"""Printed times to ISO 8601 (Beijing time); a date stays a date."""

from __future__ import annotations

import functools
import re

_ISO_RAW = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?"
)


@functools.lru_cache(maxsize=1024)  # the same printed time is read by several layers
def to_iso(raw: str | None) -> str | None:
    """``2023-03-24 20:11`` → ``2023-03-24T20:11:00+08:00``; a date stays a date."""
    if not raw:
        return None
    match = _ISO_RAW.search(raw.strip())
    if not match:
        return None
    y, mo, d, h, mi, s = match.groups()
    try:
        if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
            return None
        date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        if h is None:
            return date
        if int(h) > 23 or int(mi) > 59 or (s and int(s) > 59):
            return None
        return f"{date}T{int(h):02d}:{int(mi):02d}:{int(s or 0):02d}+08:00"
    except ValueError:
        return None
