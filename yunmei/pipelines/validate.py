"""Drop items that are not articles: no url, no title or no body."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

REQUIRED = ("url", "article_id", "title", "body")


class ValidatePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        for field in REQUIRED:
            value = adapter.get(field)
            if not (isinstance(value, str) and value.strip()):
                reason = f"missing_{field}"
                self.stats.inc_value(f"yunmei/dropped/{reason}")
                raise DropItem(f"{reason}: {adapter.get('fetched_url') or adapter.get('url')}")
        return item
