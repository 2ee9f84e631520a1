"""Incremental crawling (DeltaFetch-like, read from the SQLite store).

Spider middleware ``IncrementalMiddleware`` — on every request the spider yields:
- an article already stored is not requested again, unless it was published in the last
  ``YUNMEI_RECENT_DAYS`` days (re-checked, conditionally when its stored copy allows), its stored
  copy is incomplete or a mirror copy (the original replaces it), or the run has ``-a refresh=1``;
- a mirror copy is not requested when the article is stored or its original is being fetched;
- list pagination stops after ``YUNMEI_PAGINATION_STOP`` consecutive list pages without an
  unseen article, except in a run that catches up after an incomplete walk (``RunState.catch_up``);
- after the spider's own start requests it adds the recent stored articles (re-checks) and
  ``YUNMEI_PROBE_IDS`` ids above the highest stored id (``-a probe=N``).

Downloader middleware ``BackfillMiddleware`` — a 404 on a backfill/probe request (ids are
sequential, gaps are normal) is a counted miss (``yunmei/backfill/missing``), not an error; with a
JOBDIR the misses are journaled so a resumed run does not ask again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.job import job_dir

from yunmei.middlewares.state import RunState, StoredArticle
from yunmei.urls import article_url, pagination_number, parse_article_url

# request.meta keys
BACKFILL = "yunmei_backfill"  # a generated id (backfill range or probe): a 404 is a normal miss
VALIDATORS = "yunmei_validators"  # {"article_id", "etag", "last_modified"} for a conditional GET
RECHECK = "yunmei_recheck"  # why a stored article is fetched again
SEEN_PAGES = "yunmei_seen_pages"  # consecutive list pages without an unseen article
LIST_DEPTH = "list_depth"  # set by the spider on list-page requests
MIRROR_OF = "yunmei_mirror_of"  # article id a mirror request copies


def _priority(request: Request, delta: int) -> Request:
    return request.replace(priority=request.priority + delta)


class IncrementalMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.pagination_stop = settings.getint("YUNMEI_PAGINATION_STOP")
        self.probe_default = settings.getint("YUNMEI_PROBE_IDS")
        self.template = settings.get("YUNMEI_ARTICLE_URL_TEMPLATE")
        self.run = RunState.of(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # --- start: the spider's own requests, then re-checks of recent articles, then probes ----
    async def process_start(self, start):
        spider = self.crawler.spider
        async for obj in start:
            if isinstance(obj, Request):
                obj = self.article_request(obj)
            if obj is not None:
                yield obj
        make = getattr(spider, "article_request", None)
        if make is None or getattr(spider, "backfill_ids", None):
            return  # only the site spider re-checks and probes; a backfill asks for its range only
        for request in self.recheck_requests(make):
            if (request := self.article_request(request)) is not None:
                yield request
        for request in self.probe_requests(make):
            yield request

    def _url(self, article_id: str | int) -> str:
        return article_url(article_id, self.template)

    def recheck_requests(self, make):
        recent = [a for a in self.run.recent() if a.article_id.isdigit()]
        for stored in sorted(recent, key=lambda a: int(a.article_id), reverse=True):
            yield make(self._url(stored.article_id))

    def probe_requests(self, make):
        spider = self.crawler.spider
        count = getattr(spider, "probe", None)
        count = self.probe_default if count in (None, "") else int(count)
        if count <= 0:
            return
        highest = self.run.highest_site_id()
        if highest is None:
            return  # nothing stored yet: no sequence to continue
        self.stats.set_value("yunmei/backfill/probe_from", highest + 1)
        for article_id in range(highest + 1, highest + count + 1):
            request = make(self._url(article_id))
            request.meta[BACKFILL] = "probe"
            # after the lists: a probe that a list page also links costs nothing extra
            yield _priority(request, -10)

    # --- spider output ------------------------------------------------------------------------
    def process_spider_output(self, response, result, spider=None):
        if not self._is_list(response):
            for obj in result:
                if isinstance(obj, Request):
                    obj = self.article_request(obj)
                if obj is not None:
                    yield obj
            return
        yield from self._list_output(response, list(result))

    async def process_spider_output_async(self, response, result, spider=None):
        if not self._is_list(response):
            async for obj in result:
                if isinstance(obj, Request):
                    obj = self.article_request(obj)
                if obj is not None:
                    yield obj
            return
        buffered = [obj async for obj in result]
        for obj in self._list_output(response, buffered):
            yield obj

    @staticmethod
    def _is_list(response) -> bool:
        return response is not None and LIST_DEPTH in response.meta

    def _list_output(self, response, outputs: list[Any]):
        """Articles first (counting unseen ones), then pagination only if the page had one."""
        unseen = 0
        kept: list[Any] = []
        pagination: list[Request] = []
        for obj in outputs:
            if not isinstance(obj, Request):
                kept.append(obj)
            elif parse_article_url(obj.url) is not None:
                stored = self._stored(obj)
                if stored is None or (stored.is_mirror and not self._is_mirror(obj)):
                    unseen += 1
                if (obj := self.article_request(obj)) is not None:
                    kept.append(obj)
            elif pagination_number(obj.url) is not None:
                pagination.append(obj)
            else:
                kept.append(obj)
        seen_pages = 0 if unseen else response.meta.get(SEEN_PAGES, 0) + 1
        stop = (
            self.run.enabled
            and not self.run.refresh
            and self.pagination_stop > 0
            and not self.run.catch_up
            and seen_pages >= self.pagination_stop
        )
        if stop and pagination:
            self.stats.inc_value("yunmei/incremental/pagination_stopped", len(pagination))
            pagination = []
        for request in pagination:
            request.meta[SEEN_PAGES] = seen_pages
        return kept + pagination

    # --- one article request ------------------------------------------------------------------
    def _stored(self, request: Request) -> StoredArticle | None:
        ref = parse_article_url(request.url)
        return self.run.stored(ref.article_id) if ref else None

    @staticmethod
    def _is_mirror(request: Request) -> bool:
        ref = parse_article_url(request.url)
        return bool(ref and ref.is_mirror)

    def article_request(self, request: Request) -> Request | None:
        """The request to make for an article link: None (skip), or it with re-check metadata."""
        ref = parse_article_url(request.url)
        if ref is None or ref.page > 1 or not self.run.enabled:
            return request
        stored = self.run.stored(ref.article_id)
        refresh = self.run.refresh
        if ref.is_mirror:
            if stored is not None and not refresh:
                return self._skip("stored")
            if ref.article_id in self.run.originals_requested:
                return self._skip("mirror")
            request.meta[MIRROR_OF] = ref.article_id
            return _priority(request, -1)  # the original, if linked too, goes first
        self.run.originals_requested.add(ref.article_id)
        if stored is None:
            return request
        if refresh:
            self.stats.inc_value("yunmei/incremental/recheck/refresh")
            request.meta[RECHECK] = "refresh"
            return request
        if stored.is_mirror:
            reason = "mirror_stored"
        elif not stored.complete:
            reason = "incomplete"
        elif stored.is_recent(self.run.recent_days):
            reason = "recent"
        else:
            return self._skip("stored")
        if RECHECK not in request.meta:
            self.stats.inc_value(f"yunmei/incremental/recheck/{reason}")
        request.meta[RECHECK] = reason
        if reason == "recent" and stored.can_revalidate():
            request.meta[VALIDATORS] = {
                "article_id": stored.article_id,
                "etag": stored.http_etag,
                "last_modified": stored.http_last_modified,
            }
        return request

    def _skip(self, reason: str) -> None:
        self.stats.inc_value(f"yunmei/incremental/skipped/{reason}")
        return None


class BackfillMiddleware:
    """Downloader middleware: 404s of generated ids are normal misses; mirrors made redundant."""

    JOURNAL = "yunmei.misses"

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.run = RunState.of(crawler)
        jobdir = job_dir(crawler.settings)
        self.journal_path = Path(jobdir, self.JOURNAL) if jobdir else None
        self.known_missing: set[str] = set()
        if self.journal_path is not None and self.journal_path.exists():
            self.known_missing = set(self.journal_path.read_text("utf-8").split())
        self._journal = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        meta = request.meta
        if meta.get(MIRROR_OF) and meta[MIRROR_OF] in self.run.originals_requested:
            # the original was queued after this mirror link was seen: the copy is not needed
            self.stats.inc_value("yunmei/incremental/skipped/mirror")
            raise IgnoreRequest("mirror copy of an article fetched from its own site")
        if meta.get(BACKFILL):
            ref = parse_article_url(request.url)
            if ref is not None and ref.article_id in self.known_missing:
                self.stats.inc_value("yunmei/backfill/known_missing")
                raise IgnoreRequest("id known to be missing (JOBDIR journal)")
        return None

    def process_response(self, request, response):
        if response.status != 404 or not request.meta.get(BACKFILL):
            return response
        ref = parse_article_url(request.url)
        self.stats.inc_value("yunmei/backfill/missing")
        if ref is not None and self.journal_path is not None:
            if self._journal is None:
                self._journal = self.journal_path.open("a", encoding="utf-8")
            self._journal.write(ref.article_id + "\n")
            self._journal.flush()  # survives SIGKILL: a 404 has nothing left to commit
        raise IgnoreRequest(f"no article at {request.url} (404)")

    def spider_closed(self, spider=None):
        if self._journal is not None:
            self._journal.close()
