"""Write articles to the SQLite store in batched transactions (upsert by article_id)."""

from __future__ import annotations

from itemadapter import ItemAdapter

from yunmei.store import Store


class SQLitePipeline:
    def __init__(self, path: str, batch_size: int, stats):
        self.path = path
        self.batch_size = max(1, batch_size)
        self.stats = stats
        self.store: Store | None = None
        self.batch: list[dict] = []

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings.get("YUNMEI_DB"), settings.getint("YUNMEI_DB_BATCH_SIZE"), crawler.stats
        )

    def open_spider(self, spider=None):
        self.store = Store(self.path)

    def process_item(self, item):
        self.batch.append(ItemAdapter(item).asdict())
        if len(self.batch) >= self.batch_size:
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
