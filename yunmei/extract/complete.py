"""What an article gets once it is whole: its content hash and its events, each computed once.

``extract_article`` completes a single page; the spider extracts the pages of a multi-page
article with ``extract_page``, merges them (:mod:`.pages`) and completes the merged article.
Nothing later (pipelines, store) recomputes either.
"""

from __future__ import annotations

import logging
from typing import Any

from yunmei.events import extract_events
from yunmei.items import content_hash

__all__ = ["complete_article", "content_hash"]

logger = logging.getLogger(__name__)


def complete_article(article: dict[str, Any]) -> dict[str, Any]:
    """Set ``content_hash`` and ``events`` of a whole article (in place; returns it)."""
    title, body = article.get("title"), article.get("body")
    article["content_hash"] = content_hash(title, body)
    events: list[dict[str, Any]] = []
    if title and body:
        try:
            # the title often names the contest (…擂台赛顺利举办); results are read from the body
            events = list(extract_events(body, article.get("published_at"), title=title) or [])
        except Exception:
            logger.exception("extract_events failed on %r", article.get("url"))
            flags = article.setdefault("quality_flags", [])
            if "events_error" not in flags:
                flags.append("events_error")
    article["events"] = events
    return article
