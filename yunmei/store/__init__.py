"""The SQLite store analysts read (``data/yunmei.db``): schema, migrations and the writer.

Public API used by the pipelines and the run log:
    Store(path) ; begin_run(spider, args) -> run_id ; save_articles(items) -> outcomes ;
    record_error(run_id, url, kind, detail) ; finish_run(run_id, outcome, stats) ; close()
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

BEIJING = timezone(timedelta(hours=8))
SCHEMA_VERSION = 1


def now_iso() -> str:
    return datetime.now(BEIJING).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(self.path), timeout=30)
        self.db = sqlite_utils.Database(self.conn)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    # --- schema -------------------------------------------------------------------------------
    def migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        with self.conn:
            self.conn.executescript(
                """
                CREATE TABLE IF NOT EXISTS articles (
                    article_id TEXT PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    fetched_url TEXT,
                    title TEXT NOT NULL,
                    column_name TEXT,
                    subtitle TEXT,
                    published_at TEXT,
                    published_raw TEXT,
                    source TEXT,
                    byline_raw TEXT,
                    body TEXT NOT NULL,
                    page_count INTEGER NOT NULL DEFAULT 1,
                    is_original INTEGER NOT NULL DEFAULT 0,
                    language TEXT NOT NULL DEFAULT 'zh-Hans',
                    quality_flags TEXT NOT NULL DEFAULT '[]',
                    content_hash TEXT NOT NULL,
                    data TEXT NOT NULL DEFAULT '{}',
                    first_seen_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL,
                    last_changed_at TEXT NOT NULL
                );
                CREATE TABLE IF NOT EXISTS crawl_runs (
                    run_id INTEGER PRIMARY KEY,
                    spider TEXT NOT NULL,
                    args TEXT NOT NULL DEFAULT '{}',
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    outcome TEXT NOT NULL DEFAULT 'running',
                    stats TEXT NOT NULL DEFAULT '{}'
                );
                CREATE TABLE IF NOT EXISTS crawl_errors (
                    error_id INTEGER PRIMARY KEY,
                    run_id INTEGER REFERENCES crawl_runs(run_id),
                    url TEXT,
                    kind TEXT NOT NULL,
                    detail TEXT,
                    at TEXT NOT NULL
                );
                """
            )
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # --- runs ---------------------------------------------------------------------------------
    def begin_run(self, spider: str, args: dict[str, Any]) -> int:
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO crawl_runs (spider, args, started_at) VALUES (?, ?, ?)",
                (spider, json.dumps(args, ensure_ascii=False, default=str), now_iso()),
            )
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, outcome: str, stats: dict[str, Any]) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE crawl_runs SET finished_at = ?, outcome = ?, stats = ? WHERE run_id = ?",
                (now_iso(), outcome, json.dumps(stats, ensure_ascii=False, default=str), run_id),
            )

    def record_error(self, run_id: int | None, url: str | None, kind: str, detail: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO crawl_errors (run_id, url, kind, detail, at) VALUES (?, ?, ?, ?, ?)",
                (run_id, url, kind, detail, now_iso()),
            )

    # --- articles -----------------------------------------------------------------------------
    def save_articles(self, items: list[dict[str, Any]]) -> list[str]:
        """Upsert a batch in one transaction; returns "new" / "changed" / "unchanged" per item."""
        outcomes = []
        seen_at = now_iso()
        with self.conn:
            for item in items:
                outcomes.append(self._save_one(item, seen_at))
        return outcomes

    def _save_one(self, item: dict[str, Any], seen_at: str) -> str:
        row = self.conn.execute(
            "SELECT content_hash FROM articles WHERE article_id = ?", (item["article_id"],)
        ).fetchone()
        if row is not None and row[0] == item["content_hash"]:
            self.conn.execute(
                "UPDATE articles SET last_seen_at = ? WHERE article_id = ?",
                (seen_at, item["article_id"]),
            )
            return "unchanged"
        values = {
            "article_id": item["article_id"],
            "url": item["url"],
            "fetched_url": item.get("fetched_url"),
            "title": item["title"],
            "column_name": item.get("column"),
            "subtitle": item.get("subtitle"),
            "published_at": item.get("published_at"),
            "published_raw": item.get("published_raw"),
            "source": item.get("source"),
            "byline_raw": item.get("byline_raw"),
            "body": item["body"],
            "page_count": item.get("page_count") or 1,
            "is_original": int(bool(item.get("is_original"))),
            "language": item.get("language") or "zh-Hans",
            "quality_flags": json.dumps(item.get("quality_flags") or [], ensure_ascii=False),
            "content_hash": item["content_hash"],
            "data": json.dumps(
                {k: item.get(k) for k in ("authors", "editors", "images", "events")},
                ensure_ascii=False,
            ),
            "last_seen_at": seen_at,
            "last_changed_at": seen_at,
        }
        if row is None:
            values["first_seen_at"] = seen_at
            self.db["articles"].insert(values)
            return "new"
        self.db["articles"].update(item["article_id"], values)
        return "changed"

    def close(self) -> None:
        self.conn.close()
