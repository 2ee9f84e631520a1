"""Multi-page articles: merge the extracted pages of one article into one record."""

from __future__ import annotations

from typing import Any

from yunmei.extract import content_hash


def merge_pages(pages: dict[int, dict[str, Any]], page_count: int) -> dict[str, Any]:
    """Page 1's fields, bodies and images of every page in page order, missing pages recorded."""
    first = dict(pages[1])
    bodies, images = [], []
    for number in range(1, page_count + 1):
        page = pages.get(number)
        if page is None:
            continue
        if page.get("body"):
            bodies.append(page["body"])
        images.extend(page.get("images") or [])
    missing = [n for n in range(1, page_count + 1) if n not in pages]
    first["body"] = "\n".join(bodies)
    first["images"] = images
    first["page_count"] = page_count
    first["missing_pages"] = missing
    flags = list(first.get("quality_flags") or [])
    if missing and "missing_pages" not in flags:
        flags.append("missing_pages")
    first["quality_flags"] = flags
    first["content_hash"] = content_hash(first.get("title"), first["body"])
    return first
