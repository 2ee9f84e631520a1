"""Layer 2: embedded metadata — ``<meta>`` tags, OpenGraph and JSON-LD — read by the renderer.

Only values a reader could check against the page are used: a title (without the site-name
suffix), a publication time, a description is ignored. Mirrors' metadata is the mirror's own
(often spam) and is never used.
"""

from __future__ import annotations

import json
import re
from typing import Any

TITLE_KEYS = ("og:title", "twitter:title", "title", "headline")
TIME_KEYS = (
    "article:published_time",
    "og:published_time",
    "publishdate",
    "pubdate",
    "publish_date",
    "datepublished",
)
_SITE_SUFFIX = re.compile(
    r"\s*[-_|｜–—]\s*(?:湛江云媒|湛江日报|湛江晚报|湛江新闻网|湛江日报社|gdzjdaily)[^-_|｜–—]*$",
    re.I,
)
_ISO = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$"
)


def strip_site_suffix(title: str) -> str:
    return _SITE_SUFFIX.sub("", title).strip()


def _json_ld_items(blocks: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(items) < 20:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                if "@graph" in node:
                    stack.append(node["@graph"])
                items.append(node)
    return items


def iso_time(value: str) -> str | None:
    """An ISO 8601 time from metadata, with +08:00 when it has no offset; a date stays a date."""
    match = _ISO.match(value.strip())
    if not match:
        return None
    if match.group("h") is None:
        return match.group("date")
    tz = match.group("tz") or "+08:00"
    if tz == "Z":
        tz = "+00:00"
    elif ":" not in tz:
        tz = f"{tz[:3]}:{tz[3:]}"
    seconds = match.group("s") or "00"
    return f"{match.group('date')}T{match.group('h')}:{match.group('mi')}:{seconds}{tz}"


def parse_meta(meta: dict[str, str], json_ld: list[str]) -> dict[str, str]:
    """``{"title": …, "published_raw": …, "published_at": …}`` from whatever metadata there is."""
    found: dict[str, str] = {}
    items = _json_ld_items(json_ld) if json_ld else []
    for key in TITLE_KEYS:
        if meta.get(key):
            found["title"] = strip_site_suffix(meta[key])
            break
    else:
        for item in items:
            headline = item.get("headline") or item.get("name")
            if isinstance(headline, str) and headline.strip():
                found["title"] = strip_site_suffix(headline)
                break
    raw = next((meta[k] for k in TIME_KEYS if meta.get(k)), None)
    if raw is None:
        raw = next(
            (i["datePublished"] for i in items if isinstance(i.get("datePublished"), str)), None
        )
    if raw and iso_time(raw):
        found["published_raw"] = raw.strip()
        found["published_at"] = iso_time(raw) or ""
    return {k: v for k, v in found.items() if v}
