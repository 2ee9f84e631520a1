"""The incremental state of one crawl: what the store held as the run started, per article.

``RunState`` is an extension the spider and downloader middlewares share
(``RunState.of(crawler)``). It asks the crawl's store (``CrawlStore``) one article at a time, by
primary key; the recent articles to re-check come from the ``published_date`` index. Articles
stored during this run (``doc_id`` above the mark taken at the start) count as not stored yet,
as in a snapshot of the store taken when the run began.

``catch_up`` is decided once per run, from the spider's previous list walk in ``crawl_runs``:
after a walk that did not complete (killed, interrupted, failed, or closed early by a
``CLOSESPIDER_*`` limit) the newest list page can be stored while older ones still link articles
that run never fetched, so this run does not stop list pagination early (``YUNMEI_PAGINATION_STOP``).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from yunmei.store import BEIJING
from yunmei.store.extension import CrawlStore

logger = logging.getLogger(__name__)

# a run with one of these outcomes and Scrapy's finish_reason "finished" walked its lists to the end
COMPLETE_OUTCOMES = ("finished", "degraded")
CATCH_UP_STAT = "yunmei/incremental/catch_up"


@dataclass(frozen=True)
class StoredArticle:
    article_id: str
    published_at: str | None = None
    content_hash: str | None = None
    http_etag: str | None = None
    http_last_modified: str | None = None
    last_seen_at: str | None = None
    is_mirror: bool = False
    complete: bool = True  # no page missing (a stored copy with gaps is fetched again)
    page_count: int = 1  # a 304 on page 1 vouches for a one-page article only

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StoredArticle:
        """From ``Store.stored_article`` / ``Store.recent_articles``."""
        missing = bool(row["missing_pages"]) or "missing_pages" in row["quality_flags"]
        return cls(
            article_id=row["article_id"],
            published_at=row["published_at"],
            content_hash=row["content_hash"],
            http_etag=row["http_etag"],
            http_last_modified=row["http_last_modified"],
            last_seen_at=row["last_seen_at"],
            is_mirror=row["is_mirror"],
            complete=not missing,
            page_count=int(row["page_count"] or 1),
        )

    def published(self) -> datetime | None:
        """published_at as an aware datetime (a date-only value is midnight Beijing time)."""
        if not self.published_at:
            return None
        try:
            value = datetime.fromisoformat(self.published_at)
        except ValueError:
            return None
        return value if value.tzinfo else value.replace(tzinfo=BEIJING)

    def is_recent(self, days: float, now: datetime | None = None) -> bool:
        published = self.published()
        if published is None or days <= 0:
            return False
        now = now or datetime.now(BEIJING)
        return now - published <= timedelta(days=days)

    def can_revalidate(self) -> bool:
        """A conditional request is only safe for a complete one-page original with a validator."""
        validator = bool(self.http_etag or self.http_last_modified)
        return self.complete and self.page_count <= 1 and not self.is_mirror and validator


def truthy(value) -> bool:
    """A spider argument or setting given as text: ``-a refresh=1`` / ``true`` / ``yes``."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _walked_lists(args: dict[str, Any]) -> bool:
    """A run that walked the list pages: not a backfill (``-a ids=``) nor ``-a retry=only``."""
    return not args.get("ids") and args.get("retry") != "only"


class RunState:
    """Extension: per-crawl incremental state shared by the spider and downloader middlewares."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.has_store = bool(settings.get("YUNMEI_DB"))
        self.enabled = self.has_store and settings.getbool("YUNMEI_INCREMENTAL")
        self.recent_days = settings.getfloat("YUNMEI_RECENT_DAYS")
        self.originals_requested: set[str] = set()  # article ids requested on their own site
        self._mark: int | None = None
        # one lookup per article however many links, lists and middlewares ask about it
        self.stored = functools.lru_cache(maxsize=4096)(self._lookup)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @classmethod
    def of(cls, crawler) -> RunState:
        state = crawler.get_extension(cls)
        if state is None:
            raise RuntimeError("yunmei.middlewares.state.RunState is not in EXTENSIONS")
        return state

    @property
    def mark(self) -> int:
        # taken once, at the first question: later rows were stored by this run
        if self._mark is None:
            self._mark = CrawlStore.of(self.crawler).last_doc_id()
        return self._mark

    def _lookup(self, article_id: str) -> StoredArticle | None:
        """The article as stored when the run started, or None (also when not incremental);
        called as ``stored(article_id)``."""
        if not self.enabled:
            return None
        row = CrawlStore.of(self.crawler).stored_article(article_id, self.mark)
        return StoredArticle.from_row(row) if row else None

    def recent(self, now: datetime | None = None) -> list[StoredArticle]:
        """Stored articles published in the last ``YUNMEI_RECENT_DAYS`` days."""
        if not self.enabled or self.recent_days <= 0:
            return []
        now = now or datetime.now(BEIJING)
        since = (now - timedelta(days=self.recent_days)).date().isoformat()
        rows = CrawlStore.of(self.crawler).recent_articles(since, self.mark)
        articles = [StoredArticle.from_row(row) for row in rows]
        return [a for a in articles if a.is_recent(self.recent_days, now)]

    def highest_site_id(self) -> int | None:
        """The highest numeric (site) article id stored, or None."""
        return CrawlStore.of(self.crawler).max_article_id() if self.has_store else None

    def touch(self, article_id: str) -> None:
        """The server answered 304 Not Modified: the stored copy was seen now."""
        if self.has_store:
            CrawlStore.of(self.crawler).touch(article_id)

    @functools.cached_property
    def catch_up(self) -> str | None:
        """Why this run catches up (list pagination is not stopped early), or None: the outcome
        of the spider's previous list walk when it did not complete (its ``finish_reason`` when
        the outcome was finished/degraded), ``no_walk`` when the recent runs were backfills only.
        Decided once, at the first question; counted as the stat ``yunmei/incremental/catch_up``.
        """
        if not self.enabled:
            return None
        spider = self.crawler.spider
        # only the runs before this one (its own row exists once RunLog began it)
        run_id = self.crawler.stats.get_value("yunmei/run_id")
        runs = CrawlStore.of(self.crawler).previous_runs(spider.name, run_id)
        if not runs:
            return None  # the first run: nothing stored to stop on
        walk = next((r for r in runs if _walked_lists(r["args"])), None)
        if walk is None:
            why, detail = "no_walk", f"none of the last {len(runs)} runs walked the lists"
        elif walk["outcome"] not in COMPLETE_OUTCOMES:
            why = walk["outcome"]
            detail = f"crawl_runs {walk['run_id']} ended {walk['outcome']}"
        elif walk["finish_reason"] != "finished":
            why = walk["finish_reason"] or "unknown"
            detail = f"crawl_runs {walk['run_id']} closed with {why}"
        else:
            return None
        self.crawler.stats.set_value(CATCH_UP_STAT, why)
        logger.info(
            "Catching up: %s, its list walk may be incomplete; list pagination is not stopped "
            "early this run (up to YUNMEI_LIST_MAX_DEPTH)",
            detail,
        )
        return why

    @property
    def refresh(self) -> bool:
        return truthy(getattr(self.crawler.spider, "refresh", False))
