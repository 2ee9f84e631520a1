"""Test extension: another connection holds SQLite's write lock while the crawl's items pass.

It takes ``BEGIN EXCLUSIVE`` on ``YUNMEI_DB`` once the first item has passed the pipelines
(the SQLite pipeline only batched it) and lets go when the spider closes, before the outcome
ledger (a lower EXTENSIONS priority connects first) checks which articles have a row.
"""

from __future__ import annotations

import sqlite3

from scrapy import signals


class HoldWriteLock:
    def __init__(self, crawler):
        self.path = crawler.settings.get("YUNMEI_DB")
        self.conn: sqlite3.Connection | None = None
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def item_scraped(self, item, response=None, spider=None):
        if self.conn is None:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("BEGIN EXCLUSIVE")

    def spider_closed(self, spider=None, reason=None):
        if self.conn is not None:
            self.conn.execute("ROLLBACK")
            self.conn.close()
