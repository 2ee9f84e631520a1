"""Article extraction: ``extract_article(body, url, headers) -> dict`` (the public contract).

The spider and ``python -m yunmei extract`` both go through this one function.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from parsel import Selector

from yunmei.extract.decode import decode_body
from yunmei.urls import parse_article_url

_TIME = re.compile(r"(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)")
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s作]*)")
_BYLINE = re.compile(r"作者\s*[:：]\s*(.+)$")
_EDITOR_LINE = re.compile(r"^(编辑|值班主任|值班编委|责任编辑)\s*[:：]\s*(.+)$")
_DUTIES = {
    "编辑": "editor",
    "值班主任": "duty_director",
    "值班编委": "duty_board",
    "责任编辑": "responsible_editor",
}


def content_hash(title: str | None, body: str | None) -> str:
    return hashlib.sha256(f"{title or ''}\n{body or ''}".encode()).hexdigest()


def to_iso(raw: str | None) -> str | None:
    """``2023-03-24 20:11`` → ``2023-03-24T20:11:00+08:00``; a date stays a date."""
    if not raw:
        return None
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?", raw.strip())
    if not match:
        return None
    y, mo, d, h, mi = match.groups()
    date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    if h is None:
        return date
    return f"{date}T{int(h):02d}:{int(mi):02d}:00+08:00"


def _text(sel: Selector, query: str) -> str | None:
    value = " ".join(t.strip() for t in sel.css(query).getall() if t.strip())
    return value or None


def extract_article(
    body: bytes, url: str, headers: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Extract one article page into the contract's dict; never raises on bad input."""
    ref = parse_article_url(url)
    result: dict[str, Any] = {
        "url": ref.canonical_url if ref else url,
        "article_id": ref.article_id if ref else None,
        "fetched_url": url,
        "title": None,
        "column": None,
        "subtitle": None,
        "published_at": None,
        "published_raw": None,
        "source": None,
        "byline_raw": None,
        "authors": [],
        "editors": [],
        "body": None,
        "images": [],
        "page_count": 1,
        "is_original": False,
        "is_mirror": bool(ref and ref.is_mirror),
        "language": "zh-Hans",
        "quality_flags": [],
        "content_hash": None,
        "events": [],
        "extraction": {},
    }
    if not body:
        result["quality_flags"].append("empty_body")
        return result
    decoded = decode_body(body, headers)
    result["quality_flags"].extend(sorted(decoded.flags))
    sel = Selector(text=decoded.text)
    title = _text(sel, "h1.title ::text")
    if title and "|" in title:
        result["column"], title = (part.strip() for part in title.split("|", 1))
    result["title"] = title
    result["subtitle"] = _text(sel, "h2.subtitle ::text")
    info = _text(sel, "div.info ::text") or ""
    if match := _TIME.search(info):
        result["published_raw"] = match.group(1)
        result["published_at"] = to_iso(match.group(1))
    if match := _SOURCE.search(info):
        result["source"] = match.group(1) or None
    if match := _BYLINE.search(info):
        result["byline_raw"] = match.group(1).strip()
    paragraphs = [
        " ".join(p.css("::text").getall()).strip() for p in sel.css("div.content p")
    ]
    result["body"] = "\n".join(p for p in paragraphs if p) or None
    for line in sel.css("div.editor ::text").getall():
        if match := _EDITOR_LINE.match(line.strip()):
            for name in re.split(r"[、,，\s]+", match.group(2).strip()):
                if name:
                    result["editors"].append({"name": name, "duty": _DUTIES[match.group(1)]})
    if not result["title"] or not result["body"]:
        result["quality_flags"].append("not_article")
    result["content_hash"] = content_hash(result["title"], result["body"])
    return result
