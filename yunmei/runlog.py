"""Extension: one ``crawl_runs`` row per run, every error in ``crawl_errors``, a closing summary.

The run's outcome (``finished`` / ``degraded`` / ``failed`` / ``interrupted``) goes into the row,
the summary and the stat ``yunmei/outcome``; the ``crawl`` command turns it into the exit status.
``ProgressLogStats`` replaces Scrapy's periodic LogStats line with one that also carries the
article counts.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any

from scrapy import signals
from scrapy.extensions.logstats import LogStats

from yunmei import monitors
from yunmei import signals as yunmei_signals
from yunmei.store import Store
from yunmei.store.extension import CrawlStore

logger = logging.getLogger(__name__)

# how a spider's close reason maps to a run outcome before the monitors look at it
JUDGED_REASONS = (
    "finished",
    "closespider_timeout",
    "closespider_itemcount",
    "closespider_pagecount",
)
INTERRUPTED_REASONS = ("shutdown",)
EXIT_CODES = {"finished": 0, "failed": 1, "degraded": 2, "interrupted": 3}
_LABELS = {"published_at": "published", "body_50": "body≥50"}


def _plain(stats: Mapping) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in stats.items()}


def _count(stats: Mapping[str, Any], key: str) -> int:
    return int(stats.get(key, 0) or 0)


def _by_suffix(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix) :]: int(v or 0) for k, v in sorted(stats.items()) if k.startswith(prefix)}


def _kinds(counts: Mapping[str, int]) -> str:
    if not counts:
        return ""
    shown = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    text = ", ".join(f"{k} {v}" for k, v in shown[:6])
    return f"  ({text}{', …' if len(shown) > 6 else ''})"


def format_summary(spider_name: str, outcome: str, stats: Mapping[str, Any], problems=()) -> str:
    """The one-screen end-of-run summary (also printed by ``make demo``)."""

    def count(key: str) -> int:
        return _count(stats, key)

    dropped = _by_suffix(stats, "yunmei/dropped/")
    dropped.pop("duplicate", None)  # shown on its own line
    errors = monitors.errors_by_kind(stats)
    skipped = _by_suffix(stats, "yunmei/incremental/skipped/")
    stopped = count("yunmei/incremental/pagination_stopped")
    if stopped:
        skipped["pagination"] = stopped
    duplicates = {
        "in run": count("yunmei/dropped/duplicate"),
        "mirror ignored": count("yunmei/articles/mirror_ignored"),
    }
    duplicates = {k: v for k, v in duplicates.items() if v}
    fetched = {
        "list": count("yunmei/pages/list"),
        "article": count("yunmei/pages/article"),
        "not modified": count("yunmei/conditional/not_modified"),
        "missing ids": count("yunmei/backfill/missing"),
        "robots.txt": count("robotstxt/response_count"),
        "retries": count("retry/count"),
    }
    head = f"yunmei run summary — spider {spider_name}: {outcome}"
    if stats.get("yunmei/run_id"):
        head += f" (crawl_runs {stats['yunmei/run_id']})"
    lines = [head]
    lines += [f"  problem           {p}" for p in problems]
    lines += [
        f"  pages fetched     {count('downloader/response_count')}"
        + _kinds({k: v for k, v in fetched.items() if v}),
        f"  not requested     {sum(skipped.values())}" + _kinds(skipped),
        f"  articles new      {count('yunmei/articles/new')}",
        f"  articles updated  {count('yunmei/articles/changed')}",
        f"  articles unchanged {count('yunmei/articles/unchanged')}",
        f"  duplicate         {sum(duplicates.values())}" + _kinds(duplicates),
        f"  dropped           {sum(dropped.values())}" + _kinds(dropped),
        f"  errors            {sum(errors.values())}" + _kinds(errors),
    ]
    lines += outcome_lines(stats)
    total, shares = monitors.coverage(stats)
    shares.pop("title", None)  # validated: always 100 %
    cover = " · ".join(f"{_LABELS.get(k, k)} {v:.0%}" for k, v in shares.items())
    lines.append(
        f"  coverage          {cover} (of {total})" if total else "  coverage          n/a"
    )
    lines.append(
        f"  events / awards   {count('yunmei/events/events')} / {count('yunmei/events/awards')}"
    )
    elapsed = stats.get("elapsed_time_seconds")
    if elapsed is not None:
        lines.append(f"  duration          {float(elapsed):.1f} s")
    return "\n".join(lines)


def outcome_lines(stats: Mapping[str, Any]) -> list[str]:
    """Scheduled articles and the one outcome each ended in (yunmei.outcomes)."""
    scheduled = stats.get("yunmei/outcomes/scheduled")
    if scheduled is None:
        return []
    parts = {
        name: _count(stats, f"yunmei/outcomes/{name}")
        for name in ("stored", "unchanged", "missing", "failed", "pending")
    }
    text = " + ".join(f"{name} {n}" for name, n in parts.items() if n or name == "stored")
    failed = _by_suffix(stats, "yunmei/outcomes/failed/")
    return [
        f"  outcomes          {int(scheduled or 0)} articles scheduled = {text}",
        *([f"  failed by reason  {_kinds(failed).strip(' ()')}"] if failed else []),
    ]


def decide_outcome(reason: str, stats: Mapping[str, Any], settings) -> tuple[str, list[str]]:
    """(outcome, problems) of a run from its close reason, stats and monitor thresholds."""
    if reason in INTERRUPTED_REASONS:
        return "interrupted", [f"stopped by a signal ({reason}); resume with the same JOBDIR"]
    if reason not in JUDGED_REASONS:
        return "failed", [f"spider closed: {reason}"]
    # a run that had nothing to ask (everything stored) did not fail
    attempted = _count(stats, "downloader/request_count") - _count(stats, "robotstxt/request_count")
    if attempted and monitors.pages_ok(stats) == 0:
        errors = monitors.errors_by_kind(stats)
        return "failed", [f"no page could be fetched ({', '.join(errors) or 'no answer'})"]
    scheduled = _count(stats, "yunmei/outcomes/scheduled")
    answered = sum(
        _count(stats, f"yunmei/outcomes/{name}") for name in ("stored", "unchanged", "missing")
    )
    if scheduled and not answered:
        return "failed", [f"no article could be fetched ({scheduled} scheduled)"]
    if _count(stats, "yunmei/outcomes/unrecorded"):
        return "failed", ["failed articles could not be recorded in crawl_errors"]
    if not settings.getbool("YUNMEI_MONITORS_ENABLED"):
        return "finished", []
    problems = monitors.check(stats, settings)
    return ("degraded" if problems else "finished"), problems


class RunLog:
    def __init__(self, crawler):
        self.crawler = crawler
        self.store: Store | None = None
        self.run_id: int | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.page_error, signal=yunmei_signals.page_error)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.store = CrawlStore.of(self.crawler)
        # the spider's arguments as given (start URLs as a list), when it keeps them
        args = getattr(spider, "run_args", None)
        args = (
            dict(args)
            if isinstance(args, dict)
            else {
                k: v
                for k, v in vars(spider).items()
                if not k.startswith("_")
                and isinstance(v, (str, int, float, list))
                and not (isinstance(v, list) and len(v) > 50)  # a backfill's id list is in "ids"
            }
        )
        self.run_id = self.store.begin_run(spider.name, args)
        self.crawler.stats.set_value("yunmei/run_id", self.run_id)

    def _error(self, url, kind: str, detail: str) -> None:
        self.crawler.stats.inc_value(f"yunmei/errors/{kind}")
        if self.store is not None:
            self.store.record_error(self.run_id, url, kind, detail[:2000])

    def item_scraped(self, item, response=None, spider=None):
        monitors.count_article(self.crawler.stats, item)

    def item_dropped(self, item, response, exception, spider=None):
        if getattr(exception, "held", False):
            return  # a mirror copy held for its original: not an error, the release decides
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

    def spider_closed(self, spider, reason):
        outcome, problems = decide_outcome(
            reason, self.crawler.stats.get_stats(), self.crawler.settings
        )
        self.crawler.stats.set_value("yunmei/outcome", outcome)
        if problems:
            self.crawler.stats.set_value("yunmei/problems", "; ".join(problems))
        stats = _plain(self.crawler.stats.get_stats())
        if self.store is not None:
            self.store.finish_run(self.run_id, outcome, stats)
        summary = format_summary(spider.name, outcome, stats, problems)
        log = logger.warning if outcome != "finished" else logger.info
        log("\n%s", summary)
        print(summary, file=sys.stdout, flush=True)


class ProgressLogStats(LogStats):
    """Scrapy's periodic "Crawled N pages…" line, plus the article counts so far."""

    def log(self, spider=None) -> None:
        self.calculate_stats()
        stats = self.stats
        done = int(stats.get_value("yunmei/outcomes/done", 0) or 0)
        scheduled = int(stats.get_value("yunmei/outcomes/scheduled", 0) or 0)
        rate = (done - getattr(self, "_done_before", 0)) * self.multiplier
        self._done_before = done
        logger.info(
            "Crawled %(pages)d pages (at %(pagerate)d pages/min), scraped %(items)d items "
            "(at %(itemrate)d items/min); articles new %(new)d, changed %(changed)d, "
            "unchanged %(unchanged)d, not requested %(skipped)d, errors %(errors)d; "
            "articles done %(done)d/%(scheduled)d (at %(rate)d/min)",
            {
                "done": done,
                "scheduled": scheduled,
                "rate": rate,
                "pages": self.pages,
                "pagerate": self.prate,
                "items": self.items,
                "itemrate": self.irate,
                "new": stats.get_value("yunmei/articles/new", 0),
                "changed": stats.get_value("yunmei/articles/changed", 0),
                "unchanged": stats.get_value("yunmei/articles/unchanged", 0),
                "skipped": sum(
                    int(v or 0)
                    for k, v in stats.get_stats().items()
                    if k.startswith("yunmei/incremental/skipped/")
                ),
                "errors": sum(monitors.errors_by_kind(stats.get_stats()).values()),
            },
            extra={"spider": spider},
        )
