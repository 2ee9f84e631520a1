"""One item per canonical URL within a run; an original page replaces a mirror copy."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem


class DedupePipeline:
    def __init__(self, stats):
        self.stats = stats
        self.seen: dict[str, bool] = {}  # canonical url -> was it a mirror copy

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        url = adapter["url"]
        is_mirror = bool(adapter.get("is_mirror"))
        if url in self.seen and not (self.seen[url] and not is_mirror):
            self.stats.inc_value("yunmei/dropped/duplicate")
            raise DropItem(f"duplicate: {url}")
        self.seen[url] = is_mirror
        return item
