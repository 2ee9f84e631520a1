"""Extension ``CrawlStore``: the one Store of a crawl (``YUNMEI_DB``), shared by every component.

RunLog, the SQLite pipeline, the incremental state and the JOBDIR guard all take it from the
crawler with ``CrawlStore.of(crawler)``. It is opened when first asked for (after the extensions
are built) and closed once the engine has stopped, after every ``spider_closed`` handler and
pipeline wrote its last rows.
"""

from __future__ import annotations

from scrapy import signals

from yunmei.store.core import Store


class CrawlStore:
    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("YUNMEI_DB")
        self.busy_timeout = crawler.settings.getfloat("YUNMEI_DB_BUSY_TIMEOUT", 30.0)
        self._store: Store | None = None
        crawler.signals.connect(self.close, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @classmethod
    def of(cls, crawler) -> Store:
        """The crawl's store; ``get_extension`` works once the extensions are built."""
        extension = crawler.get_extension(cls)
        if extension is None:
            raise RuntimeError("yunmei.store.extension.CrawlStore is not in EXTENSIONS")
        return extension.store

    @property
    def store(self) -> Store:
        if self._store is None:
            if not self.path:
                raise RuntimeError("YUNMEI_DB is empty: this crawl has no store")
            self._store = Store(self.path, self.busy_timeout)
            if self._store.neardup_rebuilt:  # missing or out of step (README: the sidecar)
                self.crawler.stats.inc_value("yunmei/store/neardup_rebuilt")
            if self._store.neardup_bits_refilled:  # its key bitmap behind it (after a kill)
                self.crawler.stats.inc_value("yunmei/store/neardup_bits_refilled")
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
