"""Write articles to the SQLite store in batched transactions (upsert by article_id)."""

from __future__ import annotations

import time

from itemadapter import ItemAdapter

from yunmei.store import Store


class SQLitePipeline:
    def __init__(self, path: str, batch_size: int, stats, max_wait: float = 10.0):
        self.path = path
        self.batch_size = max(1, batch_size)
        self.max_wait = max_wait
        self.stats = stats
        self.store: Store | None = None
        self.batch: list[dict] = []
        self.batch_started = 0.0
        self.clock = time.monotonic

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings.get("YUNMEI_DB"),
            settings.getint("YUNMEI_DB_BATCH_SIZE"),
            crawler.stats,
            settings.getfloat("YUNMEI_DB_FLUSH_SECONDS", 10.0),
        )

    def open_spider(self, spider=None):
        self.store = Store(self.path)

    def process_item(self, item):
        if not self.batch:
            self.batch_started = self.clock()
        self.batch.append(ItemAdapter(item).asdict())
        # a slow hourly crawl still shows analysts its articles within seconds
        if len(self.batch) >= self.batch_size or self.clock() - self.batch_started >= self.max_wait:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.batch or self.store is None:
            return
        for outcome in self.store.save_articles(self.batch):
            self.stats.inc_value(f"yunmei/articles/{outcome}")
        self.batch = []

    def close_spider(self, spider=None):
        self.flush()
        if self.store is not None:
            self.store.close()
