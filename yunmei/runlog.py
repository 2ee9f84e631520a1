"""Extension: one ``crawl_runs`` row per run, every error in ``crawl_errors``, a closing summary."""

from __future__ import annotations

import logging
import sys

from scrapy import signals

from yunmei import signals as yunmei_signals
from yunmei.store import Store

logger = logging.getLogger(__name__)


def _plain(stats: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in stats.items()}


def format_summary(spider_name: str, outcome: str, stats: dict) -> str:
    def count(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    dropped = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("yunmei/dropped/")}
    errors = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("yunmei/errors/")}
    lines = [
        f"yunmei run summary — spider {spider_name}: {outcome}",
        f"  pages fetched     {count('downloader/response_count')}",
        f"  articles new      {count('yunmei/articles/new')}",
        f"  articles updated  {count('yunmei/articles/changed')}",
        f"  articles unchanged {count('yunmei/articles/unchanged')}",
        f"  dropped           {sum(dropped.values())} {dropped or ''}".rstrip(),
        f"  events            {count('yunmei/events/events')}",
        f"  awards            {count('yunmei/events/awards')}",
        f"  errors            {sum(errors.values())} {errors or ''}".rstrip(),
    ]
    elapsed = stats.get("elapsed_time_seconds")
    if elapsed is not None:
        lines.append(f"  duration          {float(elapsed):.1f} s")
    return "\n".join(lines)


class RunLog:
    def __init__(self, crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("YUNMEI_DB")
        self.store: Store | None = None
        self.run_id: int | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.page_error, signal=yunmei_signals.page_error)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.store = Store(self.path)
        args = {k: v for k, v in vars(spider).items() if isinstance(v, (str, int, float, list))}
        self.run_id = self.store.begin_run(spider.name, args)

    def _error(self, url, kind: str, detail: str) -> None:
        self.crawler.stats.inc_value(f"yunmei/errors/{kind}")
        if self.store is not None:
            self.store.record_error(self.run_id, url, kind, detail[:2000])

    def item_dropped(self, item, response, exception, spider=None):
        url = getattr(item, "fetched_url", None) or getattr(item, "url", None)
        if url is None and isinstance(item, dict):
            url = item.get("fetched_url") or item.get("url")
        if self.store is not None:
            self.store.record_error(self.run_id, url, "dropped", str(exception)[:2000])

    def spider_error(self, failure, response, spider=None):
        self._error(getattr(response, "url", None), "spider_error", repr(failure.value))

    def page_error(self, url, kind, detail=""):
        # the sender already counted it (as a drop or an error); here it is only recorded
        if self.store is not None:
            self.store.record_error(self.run_id, url, kind, str(detail)[:2000])

    def outcome(self, reason: str) -> str:
        stats = self.crawler.stats.get_stats()
        if reason != "finished":
            return "failed" if reason not in ("shutdown",) else "interrupted"
        if not stats.get("downloader/response_status_count/200") and stats.get(
            "downloader/response_count"
        ):
            return "failed"
        return "finished"

    def spider_closed(self, spider, reason):
        outcome = self.outcome(reason)
        stats = _plain(self.crawler.stats.get_stats())
        self.crawler.stats.set_value("yunmei/outcome", outcome)
        if self.store is not None:
            self.store.finish_run(self.run_id, outcome, stats)
            self.store.close()
        summary = format_summary(spider.name, outcome, stats)
        logger.info("\n%s", summary)
        print(summary, file=sys.stdout, flush=True)
