"""Drop items that are not articles: a required field (``items.REQUIRED_FIELDS``) missing."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from yunmei.items import missing_field


class ValidatePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        field = missing_field(adapter)
        if field is not None:
            reason = f"missing_{field}"
            self.stats.inc_value(f"yunmei/dropped/{reason}")
            raise DropItem(f"{reason}: {adapter.get('fetched_url') or adapter.get('url')}")
        return item
