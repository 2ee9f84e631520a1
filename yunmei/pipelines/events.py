"""Fill ``events`` (contests and their results) on articles that do not have them yet, and count them.

Stats, for every item: ``yunmei/events/events`` (+ events on the item) and ``yunmei/events/awards``
(+ award recipient rows, one per recipient as in the ``awards`` table); ``yunmei/events/articles``
counts items carrying at least one event.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter

from yunmei.events import extract_events

log = logging.getLogger(__name__)


def _get(obj: Any, key: str) -> Any:
    """Read a field from a dict or a dataclass/attrs record alike."""
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


def award_rows(events: list[Any]) -> int:
    """Number of (award, recipient) rows in events."""
    return sum(len(_get(a, "recipients") or []) for e in events for a in (_get(e, "awards") or []))


class EventsPipeline:
    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        events = adapter.get("events") or []
        if not events:
            body = adapter.get("body")
            if isinstance(body, str) and body.strip():
                # the title often names the contest (…擂台赛顺利举办); results are read from the body
                events = extract_events(
                    body, adapter.get("published_at"), title=adapter.get("title")
                )
                try:
                    adapter["events"] = events
                except KeyError:  # an item type without an events field: count, do not store
                    log.debug("item %s has no events field", type(item).__name__)
        if self.stats is not None:
            self.stats.inc_value("yunmei/events/events", len(events))
            self.stats.inc_value("yunmei/events/awards", award_rows(events))
            if events:
                self.stats.inc_value("yunmei/events/articles")
        return item
