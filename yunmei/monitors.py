"""Run-health monitors (like spidermon's field coverage): field coverage and error rate.

Coverage is counted per run over the articles that passed every pipeline (``item_scraped``):
``yunmei/coverage/articles`` and ``yunmei/coverage/<field>``. At the end of a run ``check()``
compares the shares with ``YUNMEI_COVERAGE_THRESHOLDS`` (only when at least
``YUNMEI_COVERAGE_MIN_ARTICLES`` articles were scraped: a share of three is noise) and the error
rate with ``YUNMEI_MAX_ERROR_RATE``. Any problem marks the run ``degraded`` (exit status 2).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from itemadapter import ItemAdapter


def _has(name: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda article: bool(article.get(name))


# field name (as shown in the summary) -> does this article have it
COVERAGE_FIELDS: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "title": _has("title"),
    "published_at": _has("published_at"),
    "source": _has("source"),
    "authors": _has("authors"),
    "editors": _has("editors"),
    "body_50": lambda article: len((article.get("body") or "").strip()) >= 50,
    "images": _has("images"),
}
PREFIX = "yunmei/coverage/"


def count_article(stats, item: Any) -> None:
    """Add one scraped article to the coverage counters."""
    article = ItemAdapter(item)
    stats.inc_value(PREFIX + "articles")
    for name, present in COVERAGE_FIELDS.items():
        if present(article):
            stats.inc_value(PREFIX + name)


def coverage(stats: Mapping[str, Any]) -> tuple[int, dict[str, float]]:
    """(articles counted, field → share) from a stats dict."""
    total = int(stats.get(PREFIX + "articles", 0) or 0)
    if not total:
        return 0, {}
    return total, {name: int(stats.get(PREFIX + name, 0) or 0) / total for name in COVERAGE_FIELDS}


def errors_by_kind(stats: Mapping[str, Any]) -> dict[str, int]:
    """Errors of a run by kind: spider errors, final HTTP errors (after retries), download errors."""
    errors: dict[str, int] = {}
    for key, value in stats.items():
        kind = None
        if key.startswith("yunmei/errors/"):
            kind = key[len("yunmei/errors/") :]
        elif key.startswith("httperror/response_ignored_status_count/"):
            kind = "http_" + key.rsplit("/", 1)[1]
        if kind:
            errors[kind] = errors.get(kind, 0) + int(value or 0)
    return errors


def pages_ok(stats: Mapping[str, Any]) -> int:
    """Page requests that got a usable answer: 200s (not robots.txt), 304s, counted 404 misses."""
    ok = int(stats.get("downloader/response_status_count/200", 0) or 0)
    ok -= int(stats.get("robotstxt/response_status_count/200", 0) or 0)
    ok += int(stats.get("yunmei/conditional/not_modified", 0) or 0)
    ok += int(stats.get("yunmei/backfill/missing", 0) or 0)
    ok += int(stats.get("yunmei/dropped/http_404", 0) or 0)
    return max(0, ok)


def error_rate(stats: Mapping[str, Any]) -> float:
    errors = sum(errors_by_kind(stats).values())
    done = errors + pages_ok(stats)
    return errors / done if done else 0.0


def check(stats: Mapping[str, Any], settings) -> list[str]:
    """Problems that make a finished run ``degraded`` (empty list: healthy)."""
    problems = []
    total, shares = coverage(stats)
    minimum = settings.getint("YUNMEI_COVERAGE_MIN_ARTICLES")
    if total and total >= minimum:
        for name, threshold in settings.getdict("YUNMEI_COVERAGE_THRESHOLDS").items():
            share = shares.get(name)
            if share is not None and share < float(threshold):
                problems.append(f"coverage {name} {share:.0%} < {float(threshold):.0%}")
    max_rate = settings.getfloat("YUNMEI_MAX_ERROR_RATE")
    rate = error_rate(stats)
    if rate > max_rate:
        problems.append(f"error rate {rate:.0%} > {max_rate:.0%}")
    return problems
