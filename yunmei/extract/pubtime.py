"""Generic publish time: the printed line nearest the headline, then metadata, then the URL.

Order of evidence, first found wins:

1. ``printed``  a time printed near the headline (a few lines above it, or below it up to the
   body), preferring one with hours and minutes; labelled lines (``发布时间:``, ``发表于``,
   ``时间:``) and bare ones (``2019-09-07 13:43``, ``2019年09月07日``) alike. When metadata
   gives a minute on the same day and the printed line has only the date, the minute is kept.
2. ``meta``     ``article:published_time`` & co., JSON-LD ``datePublished``, ``<time datetime>``.
3. ``url``      a date in the URL path (``/2019-11-25/``, ``/201909/05/``, ``/c_2020-02/19``).

Times of comments, related items and "last updated" lines are not near the headline, or are
labelled as updates, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yunmei.extract.render import Block
from yunmei.extract.textlines import TIME_RE

ABOVE = 3  # lines above the headline that may hold its time
BELOW = 12  # lines below it
MAX_LINE = 160  # characters; a longer line is body text (its dates are events, not the post)
UPDATE_LABEL = re.compile(r"更新|修改|编辑于|update", re.I)
URL_DATE = re.compile(
    r"/(?P<y>20\d{2})[-_/]?(?P<mo>0[1-9]|1[0-2])[-_/]?(?P<d>0[1-9]|[12]\d|3[01])(?:/|\D|$)"
)


@dataclass
class PubTime:
    raw: str
    layer: str  # printed, meta or url
    has_minute: bool


def printed_time(lines: list[Block], title_idx: int | None) -> PubTime | None:
    """The time printed nearest the headline (with minutes preferred); None if none is."""
    if title_idx is None:
        return None
    order = list(range(title_idx + 1, min(len(lines), title_idx + 1 + BELOW)))
    order += list(range(title_idx - 1, max(-1, title_idx - 1 - ABOVE), -1))
    date_only: PubTime | None = None
    updated: PubTime | None = None  # an update time is the post's time only when alone
    for i in order:
        text = lines[i].text
        if not text or len(text) > MAX_LINE or lines[i].link:
            continue
        match = TIME_RE.search(text)
        if match is None:
            continue
        found = PubTime(match.group(0).strip(), "printed", match.group("h") is not None)
        if UPDATE_LABEL.search(text[: match.start()]):
            updated = updated or found
            continue
        if found.has_minute:
            return found
        if date_only is None and _date_is_label(text, match):
            date_only = found
    return date_only or updated


def loose_meta_time(meta: dict[str, str]) -> str | None:
    """A time in any ``<meta>`` named like a date (``dateupdate``, ``apub:time``): last resort."""
    for key, value in meta.items():
        if any(word in key for word in ("date", "time", "pub")) and "modif" not in key:
            match = TIME_RE.search(value or "")
            if match:
                return match.group(0).strip()
    return None


def _date_is_label(text: str, match: re.Match) -> bool:
    """A date alone is the post's date when the line is short (not a sentence about a day)."""
    rest = (text[: match.start()] + text[match.end() :]).strip()
    return len(rest) <= 40 and "，" not in rest and "。" not in rest


def url_date(url: str) -> str | None:
    match = URL_DATE.search(url or "")
    if not match:
        return None
    return f"{match['y']}-{match['mo']}-{match['d']}"
