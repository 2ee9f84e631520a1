"""One item per canonical URL within a run; a mirror copy waits until its original is known.

A mirror copy is held back (not passed to the store or a feed) until the spider is idle or
closing; it is released then only for articles whose original never arrived, so a feed
(``-O items.jsonl``) gets one item per article and the original where there is one.
"""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DropItem
from scrapy.utils.defer import deferred_from_coro


class HeldBack(DropItem):
    """A mirror copy kept until its original is known: not an outcome yet."""

    held = True  # the outcome ledger waits for the release instead of recording a drop

    def __init__(self, message: str):
        super().__init__(message, log_level="DEBUG")


class DedupePipeline:
    def __init__(self, stats, crawler=None):
        self.stats = stats
        self.crawler = crawler
        self.seen: dict[str, bool] = {}  # canonical url -> was it a mirror copy
        self.held: dict[str, object] = {}  # canonical url -> a mirror copy waiting for its original
        self.released: set[int] = set()  # id() of held copies now on their way to the store
        self.engine_running = False  # pipelines driven by hand have no engine to release later

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.stats, crawler)
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(pipeline.engine_started, signal=signals.engine_started)
        return pipeline

    def process_item(self, item):
        if id(item) in self.released:
            self.released.discard(id(item))
            return item
        adapter = ItemAdapter(item)
        url = adapter["url"]
        is_mirror = bool(adapter.get("is_mirror"))
        if url in self.seen and not (self.seen[url] and not is_mirror):
            self.stats.inc_value("yunmei/dropped/duplicate")
            raise DropItem(f"duplicate: {url}")
        self.seen[url] = is_mirror
        if not is_mirror:
            if self.held.pop(url, None) is not None:
                self.stats.inc_value("yunmei/mirrors/superseded")  # its original arrived
            return item
        if not self.engine_running:
            return item
        self.held[url] = item
        self.stats.inc_value("yunmei/mirrors/held")
        raise HeldBack(f"mirror held until its original is known: {url}")

    def engine_started(self):
        self.engine_running = True

    async def release(self) -> None:
        """Send every held copy (its original never came) through the pipelines and feeds."""
        scraper = self.crawler.engine.scraper
        while self.held:
            _url, item = self.held.popitem()
            self.released.add(id(item))
            self.stats.inc_value("yunmei/mirrors/released")
            await scraper.start_itemproc_async(item, response=None)

    def spider_idle(self, spider=None):
        if self.held:
            deferred_from_coro(self.release())
            raise DontCloseSpider  # the released copies are still in the pipelines

    def close_spider(self, spider=None):
        # a run closed before it went idle (a limit, a signal) still keeps its mirror-only articles
        return self.release() if self.held else None
