"""Multi-page articles: merge the extracted pages of one article into one record.

The spider extracts every ``_n`` page with :func:`yunmei.extract.extract_page` (each one
reports the pager's ``page_count``), merges them here, then completes the merged article once
(:func:`yunmei.extract.complete.complete_article`: content hash and events). The merge takes
page 1's fields; bodies and images of every page in page order; editors and original notices from any page (they are printed at
the end, often only on the last page); a page that could not be fetched or extracted is
recorded in ``missing_pages`` and flagged, never silently skipped.
"""

from __future__ import annotations

from typing import Any


def merge_pages(pages: dict[int, dict[str, Any]], page_count: int) -> dict[str, Any]:
    """One article from its pages ``{number: extract_page dict}``; ``pages`` must hold page 1."""
    first = dict(pages[1])
    page_count = max([page_count, *pages])
    bodies: list[str] = []
    images: list[dict[str, Any]] = []
    editors: list[dict[str, Any]] = []
    seen_images: set[str] = set()
    seen_editors: set[tuple[str, str]] = set()
    flags = list(first.get("quality_flags") or [])
    for number in range(1, page_count + 1):
        page = pages.get(number)
        if page is None:
            continue
        if page.get("body"):
            bodies.append(page["body"])
        for image in page.get("images") or []:
            if image.get("url") not in seen_images:
                seen_images.add(image.get("url"))
                images.append(image)
        for editor in page.get("editors") or []:
            key = (editor.get("name"), editor.get("duty"))
            if key not in seen_editors:
                seen_editors.add(key)
                editors.append(editor)
        if page.get("is_original"):
            first["is_original"] = True
        for flag in page.get("quality_flags") or []:
            if flag not in flags:
                flags.append(flag)
    missing = [n for n in range(1, page_count + 1) if n not in pages]
    first["body"] = "\n".join(bodies)
    first["images"] = images
    first["editors"] = editors
    first["page_count"] = page_count
    first["missing_pages"] = missing
    if missing and "missing_pages" not in flags:
        flags.append("missing_pages")
    first["quality_flags"] = flags
    return first
