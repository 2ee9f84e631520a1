"""Count what each article carries; the item is not changed.

Stats, per item: ``yunmei/normalize/<flag>`` for each normalization flag in ``quality_flags``
(raised by ``extract_article``'s one normalization pass), ``yunmei/events/events`` (+ events on
the item), ``yunmei/events/awards`` (+ award recipient rows, one per recipient as in the
``awards`` table) and ``yunmei/events/articles`` (items carrying at least one event).
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter


def award_rows(events: list[dict[str, Any]]) -> int:
    """Number of (award, recipient) pairs in events."""
    return sum(
        len(award.get("recipients") or [])
        for event in events
        for award in event.get("awards") or []
    )


class ItemStatsPipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        from yunmei.normalize import NORMALIZE_FLAGS  # loaded by extraction by now, not at start

        adapter = ItemAdapter(item)
        for flag in dict.fromkeys(adapter.get("quality_flags") or []):
            if flag in NORMALIZE_FLAGS:
                self.stats.inc_value(f"yunmei/normalize/{flag}")
        events = adapter.get("events") or []
        self.stats.inc_value("yunmei/events/events", len(events))
        self.stats.inc_value("yunmei/events/awards", award_rows(events))
        if events:
            self.stats.inc_value("yunmei/events/articles")
        return item
