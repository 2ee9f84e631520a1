"""Crawl outcomes in SQLite: one ``crawl_errors`` row per failed article (attempts counted across
runs, not a new row each time), the failed articles to retry, and runs whose process died.

The outcome columns are added in place (``ALTER TABLE … ADD COLUMN``, idempotent) rather than by a
schema version step, so any store version gets them the first time a crawl opens it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

BEIJING = timezone(timedelta(hours=8))

# column -> declaration; kind/detail/url/run_id/at are the original columns
OUTCOME_COLUMNS = {
    "article_id": "TEXT",
    "stage": "TEXT",
    "reason": "TEXT",
    "http_status": "INTEGER",
    "attempts": "INTEGER NOT NULL DEFAULT 1",
    "first_run_id": "INTEGER",
}


def connect_store(path) -> sqlite3.Connection:
    """A connection with the store's pragmas (the crawl's Store may be closed by now)."""
    from yunmei.store.core import connect

    return connect(path)


def _now() -> str:
    return datetime.now(BEIJING).isoformat(timespec="seconds")


def ensure_columns(conn: sqlite3.Connection) -> None:
    """Add the outcome columns to ``crawl_errors`` when missing (an older store)."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(crawl_errors)")}
    for name, decl in OUTCOME_COLUMNS.items():
        if name not in have:
            conn.execute(f"ALTER TABLE crawl_errors ADD COLUMN {name} {decl}")
    conn.execute("CREATE INDEX IF NOT EXISTS crawl_errors_article_id ON crawl_errors(article_id)")
    conn.execute(
        "CREATE INDEX IF NOT EXISTS crawl_errors_retryable ON crawl_errors(error_id) WHERE "
        + RETRYABLE
    )


@dataclass(frozen=True)
class Failure:
    """One URL that ended without an article: where (stage) and why (reason)."""

    url: str | None
    article_id: str | None
    stage: str  # download, http, redirect, offsite, limits, extract, pipeline, run
    reason: str  # e.g. http_404, TimeoutError, redirect_loop, offsite, too_large, not_article
    http_status: int | None = None
    attempts: int = 1
    detail: str = ""


def record_failures(conn: sqlite3.Connection, run_id: int | None, failures: Iterable[Failure]):
    """Write failures in one transaction. A failure of an article (or URL) that already has a row
    updates that row (attempts add up, run_id moves on) instead of adding a duplicate each run."""
    now = _now()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for f in failures:
            key_sql, key = ("article_id = ?", f.article_id) if f.article_id else ("url = ?", f.url)
            row = conn.execute(
                f"SELECT error_id FROM crawl_errors WHERE {key_sql} AND reason IS NOT NULL "
                "ORDER BY error_id DESC LIMIT 1",
                (key,),
            ).fetchone()
            values = (run_id, f.url, f.reason, f.detail[:2000], now, f.article_id, f.stage,
                      f.reason, f.http_status)  # fmt: skip
            if row is None:
                conn.execute(
                    "INSERT INTO crawl_errors (run_id, url, kind, detail, at, article_id, stage, "
                    "reason, http_status, attempts, first_run_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, f.attempts, run_id),
                )
            else:
                conn.execute(
                    "UPDATE crawl_errors SET run_id = ?, url = ?, kind = ?, detail = ?, at = ?, "
                    "article_id = ?, stage = ?, reason = ?, http_status = ?, "
                    "attempts = attempts + ? WHERE error_id = ?",
                    (*values, f.attempts, row[0]),
                )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def stored_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` have an ``articles`` row."""
    ids, found = list(ids), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT article_id FROM articles WHERE article_id IN ({marks})", chunk
            )
        )
    return found


def open_errors(conn: sqlite3.Connection, run_id: int | None = None) -> list[dict[str, Any]]:
    """Failed articles not stored since (newest first); ``run_id`` limits to one run's."""
    ensure_columns(conn)
    sql = (
        "SELECT e.error_id, e.run_id, e.url, e.article_id, e.stage, e.reason, e.http_status, "
        "e.attempts, e.at, e.detail FROM crawl_errors AS e WHERE e.reason IS NOT NULL "
        "AND (e.article_id IS NULL OR e.article_id NOT IN (SELECT article_id FROM articles))"
    )
    params: tuple = ()
    if run_id is not None:
        sql += " AND e.run_id = ?"
        params = (run_id,)
    cursor = conn.execute(sql + " ORDER BY e.error_id DESC", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


# reasons a later run may cure (not: the article is gone, or is not an article)
PERMANENT_REASONS = frozenset({"http_404", "http_410", "not_article", "offsite", "too_large"})
# the rows a later run retries, as SQL (literal, so the partial index below can serve it)
RETRYABLE = (
    "article_id IS NOT NULL AND article_id <> '' AND reason IS NOT NULL AND reason NOT IN ("
    + ", ".join(f"'{r}'" for r in sorted(PERMANENT_REASONS))
    + ")"
)


def retry_candidates(conn: sqlite3.Connection, max_attempts: int) -> list[tuple[str, str]]:
    """(article_id, url) of failed, unstored articles worth another try (newest failure first)."""
    ensure_columns(conn)
    # the partial index holds only retryable rows: a start never reads the archive's 404s
    rows = conn.execute(
        "SELECT article_id, url FROM crawl_errors INDEXED BY crawl_errors_retryable WHERE "
        + RETRYABLE
        + " AND attempts < ? AND article_id NOT IN (SELECT article_id FROM articles) "
        "ORDER BY error_id DESC",
        (max_attempts,),
    )
    return [(article_id, url) for article_id, url in rows]


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def mark_dead_runs(conn: sqlite3.Connection, alive: Callable[[int], bool] = pid_alive) -> list:
    """Runs still ``running`` whose process is gone (SIGKILL, OOM, power cut) become ``killed``."""
    dead = []
    for run_id, stats in conn.execute(
        "SELECT run_id, stats FROM crawl_runs WHERE outcome = 'running'"
    ).fetchall():
        try:
            pid = int(json.loads(stats or "{}").get("pid") or 0)
        except (ValueError, TypeError, AttributeError):
            pid = 0
        if pid and pid != os.getpid() and not alive(pid):
            dead.append(run_id)
    for run_id in dead:
        conn.execute(
            "UPDATE crawl_runs SET outcome = 'killed', finished_at = ? "
            "WHERE run_id = ? AND outcome = 'running'",
            (_now(), run_id),
        )
    return dead


def note_pid(conn: sqlite3.Connection, run_id: int) -> None:
    """Keep the crawling process id with the running row (stats are replaced at the end)."""
    conn.execute(
        "UPDATE crawl_runs SET stats = ? WHERE run_id = ?",
        (json.dumps({"pid": os.getpid()}), run_id),
    )
