"""The one call into :mod:`yunmei.events`, shared by single pages and merged multi-page articles."""

from __future__ import annotations

import functools
import inspect
import logging
from typing import Any

import yunmei.events

logger = logging.getLogger(__name__)


@functools.cache
def _takes_title() -> bool:
    try:
        return "title" in inspect.signature(yunmei.events.extract_events).parameters
    except (TypeError, ValueError):
        return False


def events_for(
    title: str | None, body: str | None, published_at: str | None
) -> list[dict[str, Any]] | None:
    """The events reported in an article (the title helps name them); None if the call failed."""
    if not body:
        return []
    try:
        if _takes_title():
            events = yunmei.events.extract_events(body, published_at, title=title)
        else:
            events = yunmei.events.extract_events(f"{title or ''}\n{body}", published_at)
    except Exception:
        logger.exception("extract_events failed")
        return None
    return list(events or [])
