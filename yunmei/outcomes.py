"""Extension ``OutcomeLedger``: every scheduled article ends in exactly one recorded outcome.

An article (keyed by its canonical id, whatever host or form its URL had) is *scheduled* when a
request for it enters the scheduler. It ends as one of:

- ``stored``     an item passed every pipeline (the store then says new / changed / unchanged);
- ``unchanged``  the server answered 304 Not Modified to a conditional re-check;
- ``missing``    a generated id (backfill / probe) answered 404: a normal gap, not an error;
- ``failed``     anything else — one ``crawl_errors`` row with url, article id, stage, reason,
  HTTP status, attempts and run id (written when the run closes, so a variant that failed
  first and another that worked later make one outcome, not two);
- ``pending``    only in an interrupted run: still queued in JOBDIR, resumed next time.

When a variant fails (www 404 while m. works, a download error), the ledger offers the other
forms of the same article the dupefilter held back, and then releases the identity so a link
seen later is fetched. The stat ``yunmei/outcomes/scheduled`` equals the sum of ``yunmei/outcomes/<outcome>``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from yunmei.store import StoreError
from yunmei.store import outcomes as store_outcomes
from yunmei.store.extension import CrawlStore
from yunmei.store.outcomes import Failure
from yunmei.urls import parse_article_url

logger = logging.getLogger(__name__)

OUTCOMES = ("stored", "unchanged", "missing", "failed", "pending")
# a better outcome replaces a worse one (a mirror that failed, then its original stored)
_RANK = {"failed": 1, "missing": 2, "unchanged": 3, "stored": 4}
STAT = "yunmei/outcomes/"
_ATTR = "_yunmei_outcome_ledger"
_OTHER_HOST = {
    "www.gdzjdaily.com.cn": "m.gdzjdaily.com.cn",
    "m.gdzjdaily.com.cn": "www.gdzjdaily.com.cn",
}


class Refused(IgnoreRequest):
    """A request the crawl refuses on purpose (offsite, too large, redirect loop): recorded."""

    def __init__(self, stage: str, reason: str, detail: str = "", status: int | None = None):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.stage, self.reason, self.detail, self.status = stage, reason, detail, status


@dataclass
class Entry:
    url: str
    outcome: str | None = None
    failure: Failure | None = None
    tried: set[str] = field(default_factory=set)
    provisional: set[str] = field(default_factory=set)
    alternates: list[str] = field(default_factory=list)


def article_key(url: str) -> str | None:
    ref = parse_article_url(url)
    return ref.article_id if ref is not None else None


class OutcomeLedger:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.entries: dict[str, Entry] = {}
        self.pages_scheduled = 0
        self.closed = False
        self.dupefilter = None  # set by yunmei.dupefilter.VariantDupeFilter
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def of(cls, crawler) -> OutcomeLedger:
        """The crawl's one ledger (created on first use, by whichever component asks first)."""
        ledger = getattr(crawler, _ATTR, None)
        if ledger is None:
            ledger = cls(crawler)
            setattr(crawler, _ATTR, ledger)
        return ledger

    @classmethod
    def from_crawler(cls, crawler):
        return cls.of(crawler)

    # --- scheduling ---------------------------------------------------------------------------
    def request_scheduled(self, request, spider=None):
        key = article_key(request.url)
        if key is None:
            self.pages_scheduled += 1
            return
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = Entry(request.url)
            self.stats.inc_value(STAT + "scheduled")
        elif request.url not in entry.tried:
            entry.provisional.add(request.url)  # the dupefilter may still drop it
        entry.tried.add(request.url)

    def request_dropped(self, request, spider=None):
        """The scheduler dropped a request (a duplicate identity): keep it as a fallback form."""
        entry = self.entries.get(article_key(request.url) or "")
        if entry is not None and request.url in entry.provisional:
            entry.provisional.discard(request.url)
            entry.tried.discard(request.url)
            self.note_variant(request.url)

    def note_variant(self, url: str) -> None:
        """A link to an article already asked for (held back by the dupefilter): a fallback."""
        entry = self.entries.get(article_key(url) or "")
        if (
            entry is not None
            and entry.outcome is None
            and url not in entry.tried
            and url not in entry.alternates
            and len(entry.alternates) < 4
        ):
            entry.alternates.append(url)

    def next_variant(self, url: str) -> str | None:
        """Another form of the article at ``url`` not tried yet (a link the dupefilter held back);
        with none, the article's identity is released so a link seen later is fetched."""
        entry = self.entries.get(article_key(url) or "")
        if entry is None or entry.outcome in ("stored", "unchanged"):
            return None
        while entry.alternates:
            candidate = entry.alternates.pop(0)
            if candidate not in entry.tried:
                return candidate
        if self.dupefilter is not None:
            self.dupefilter.forget(url)
        return None

    # --- outcomes -----------------------------------------------------------------------------
    def settle(self, key: str | None, outcome: str) -> None:
        entry = self.entries.get(key or "")
        if entry is None:
            return  # not scheduled through this crawl's scheduler (or not an article)
        if entry.outcome is None:
            self.stats.inc_value(STAT + "done")  # the progress line's "done / scheduled"
        if entry.outcome is None or _RANK[outcome] >= _RANK[entry.outcome]:
            entry.outcome = outcome

    def fail(self, failure: Failure) -> None:
        entry = self.entries.get(failure.article_id or "")
        if entry is None:
            return
        if entry.outcome is None:
            self.stats.inc_value(STAT + "done")
        if entry.outcome is None or entry.outcome == "failed":
            entry.outcome = "failed"
            entry.failure = failure

    def item_scraped(self, item, response=None, spider=None):
        self.settle(_item_key(item), "stored")

    def item_dropped(self, item, response=None, exception=None, spider=None):
        if getattr(exception, "held", False):
            return  # a mirror copy waiting for its original: released (or replaced) later
        key = _item_key(item)
        url = _item_get(item, "fetched_url") or _item_get(item, "url")
        reason = str(exception or "dropped").split(":", 1)[0].strip().replace(" ", "_")[:60]
        self.fail(Failure(url, key, "pipeline", reason or "dropped", 200, 1, str(exception)))

    def spider_error(self, failure, response=None, spider=None):
        url = getattr(response, "url", None)
        if url:
            self.fail(
                Failure(
                    url, article_key(url), "parse", "spider_error", None, 1, repr(failure.value)
                )
            )

    def done(self) -> int:
        return sum(1 for entry in self.entries.values() if entry.outcome is not None)

    # --- the end ------------------------------------------------------------------------------
    def close(self, reason: str) -> list[Failure]:
        """Settle what is left and set the outcome stats; returns the failures to record."""
        if self.closed:
            return []
        self.closed = True
        interrupted = reason not in ("finished",) and reason.startswith(("shutdown",))
        counts = dict.fromkeys(OUTCOMES, 0)
        failures = []
        for key, entry in self.entries.items():
            if entry.outcome is None:
                if interrupted:
                    counts["pending"] += 1
                    continue
                entry.outcome = "failed"
                entry.failure = Failure(
                    entry.url, key, "run", "no_outcome", None, 1, f"run closed: {reason}"
                )
            counts[entry.outcome] += 1
            if entry.outcome == "failed" and entry.failure is not None:
                failures.append(entry.failure)
        for name, value in counts.items():
            self.stats.set_value(STAT + name, value)
        self.stats.set_value(STAT + "scheduled", len(self.entries))
        self.stats.set_value(STAT + "pages_scheduled", self.pages_scheduled)
        return failures

    def item_error(self, item, response=None, spider=None, failure=None):
        url = _item_get(item, "fetched_url") or _item_get(item, "url")
        value = getattr(failure, "value", failure)
        self.fail(
            Failure(url, _item_key(item), "pipeline", type(value).__name__, 200, 1, repr(value))
        )

    def verify_stored(self) -> None:
        """An item that passed the pipelines is "stored" only if its row is in the store now
        (a batch the writer could not commit — "database is locked" — is not)."""
        stored = [k for k, e in self.entries.items() if e.outcome == "stored"]
        if not stored:
            return
        try:
            present = store_outcomes.stored_ids(CrawlStore.of(self.crawler).conn, stored)
        except StoreError as exc:
            present = set()
            logger.error("could not check which articles were written: %s", exc)
        for key in stored:
            if key not in present:
                entry = self.entries[key]
                entry.outcome = "failed"
                entry.failure = Failure(entry.url, key, "store", "not_written", None, 1,
                                        "passed the pipelines but has no articles row")  # fmt: skip

    def spider_closed(self, spider, reason):
        # before RunLog's handler (a lower EXTENSIONS priority): the summary sees the outcomes;
        # after the pipelines' close_spider: every batch has been flushed (or failed to)
        path = self.crawler.settings.get("YUNMEI_DB")
        if path:
            self.verify_stored()
        failures = self.close(reason)
        if not path:
            return
        for failure in failures:
            self.stats.inc_value(f"yunmei/outcomes/failed/{failure.reason}")
        try:
            conn = CrawlStore.of(self.crawler).conn  # the crawl's one store
            store_outcomes.ensure_columns(conn)
            store_outcomes.record_failures(conn, self.stats.get_value("yunmei/run_id"), failures)
        except StoreError as exc:
            # the run must not claim it recorded what it could not
            self.stats.inc_value("yunmei/errors/store_error")
            self.stats.set_value("yunmei/outcomes/unrecorded", len(failures))
            logger.error("could not record %d failed articles in %s: %s", len(failures), path, exc)


class RunRecorder:
    """Extension (after RunLog): keeps the process id with the running ``crawl_runs`` row and
    marks earlier runs whose process died (SIGKILL without JOBDIR) as ``killed``."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        path = self.crawler.settings.get("YUNMEI_DB")
        run_id = self.crawler.stats.get_value("yunmei/run_id")
        if not path or run_id is None:
            return
        try:
            conn = CrawlStore.of(self.crawler).conn
            store_outcomes.ensure_columns(conn)
            store_outcomes.note_pid(conn, run_id)
            killed = store_outcomes.mark_dead_runs(conn)
        except StoreError as exc:
            logger.warning("could not check earlier runs in %s: %s", path, exc)
            return
        if killed:
            self.crawler.stats.set_value("yunmei/runs_marked_killed", len(killed))
            logger.warning("earlier runs %s died without closing: marked killed", killed)


def _item_get(item, name: str):
    if isinstance(item, dict):
        return item.get(name)
    try:
        return item[name]
    except (KeyError, TypeError):
        return getattr(item, name, None)


def _item_key(item) -> str | None:
    key = _item_get(item, "article_id")
    if key:
        return str(key)
    url = _item_get(item, "fetched_url") or _item_get(item, "url")
    return article_key(url) if url else None


# exception class name -> the reason recorded (names that say what happened to the page)
EXCEPTION_REASONS = {
    "ResponseDataLossError": "truncated",  # fewer bytes than Content-Length
    "BadGzipFile": "content_encoding",  # says gzip, is not
    "error": "content_encoding",  # zlib.error: says deflate, is not
    "DecompressionError": "content_encoding",
}


def failure_of(failure, request) -> tuple[str, Failure | None]:
    """(outcome, Failure) for a request's errback: what the failure means for its article."""
    from scrapy.spidermiddlewares.httperror import HttpError

    exc = failure.value
    url = request.url
    key = article_key(url)
    attempts = int(request.meta.get("retry_times", 0)) + 1
    message = str(exc)
    lowered = message.lower()
    if isinstance(exc, Refused):
        return "failed", Failure(url, key, exc.stage, exc.reason, exc.status, attempts, exc.detail)
    if "max size" in lowered or "download_maxsize" in lowered:
        # the downloader's cap, or HttpCompression's cap on the decompressed body (a bomb)
        return "failed", Failure(url, key, "limits", "too_large", None, attempts, message)
    if isinstance(exc, HttpError):
        status = exc.response.status
        return "failed", Failure(url, key, "http", f"http_{status}", status, attempts, message)
    if isinstance(exc, IgnoreRequest):
        # the project's own middlewares say what they did in the message
        if message.startswith("not modified"):
            return "unchanged", None
        if message.startswith(("no article at", "id known to be missing")):
            return "missing", None
        if message.startswith("mirror copy"):
            return "skipped", None  # the original of the same article is in flight
        if "max redirections" in lowered or "redirect" in lowered:
            return "failed", Failure(url, key, "redirect", "redirect_loop", None, attempts, message)
        if "robots.txt" in lowered or "forbidden by robots" in lowered:
            return "failed", Failure(url, key, "download", "robots_txt", None, attempts, message)
        if "offsite" in lowered:
            return "failed", Failure(url, key, "offsite", "offsite", None, attempts, message)
        return "failed", Failure(url, key, "download", "ignored", None, attempts, message)
    reason = EXCEPTION_REASONS.get(type(exc).__name__, type(exc).__name__)
    return "failed", Failure(url, key, "download", reason, None, attempts, message[:2000])
