"""``Store``: the connection analysts' database is written through (WAL, foreign keys, migrations)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from yunmei.store import migrations, neardup, schema, writer
from yunmei.store import search as fts
from yunmei.store.writer import ArticleWriter, Prepared

BEIJING = timezone(timedelta(hours=8))


def now_iso() -> str:
    return datetime.now(BEIJING).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


# the one exception type callers outside the store catch (they never import sqlite3)
StoreError = sqlite3.Error


def readwrite_problem(db: Path) -> str | None:
    """Why an existing database file cannot be opened read-write, or None when it can."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=5)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None


class Connection(sqlite3.Connection):
    """A connection that can carry the near-duplicate key bitmap (``neardup_bits``)."""

    neardup_bits = None


def connect(path: str | Path, busy_timeout: float = 30.0) -> sqlite3.Connection:
    """An autocommit connection with the store's pragmas; transactions are explicit."""
    conn = sqlite3.connect(
        str(path), timeout=busy_timeout, isolation_level=None, factory=Connection
    )
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    # takes only on a file not yet created (SQLite ignores it on an existing one): before WAL
    conn.execute(f"PRAGMA encoding = '{schema.TEXT_ENCODING}'")
    conn.execute("PRAGMA journal_mode = WAL")
    # in WAL mode NORMAL cannot corrupt the database; a power cut may only lose the last commits
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


STATE_COLUMNS = (
    "article_id, published_at, content_hash, http_etag, http_last_modified, last_seen_at, "
    "is_mirror, page_count, missing_pages, quality_flags"
)
_NO_MARK = 2**62  # no doc_id is this high


def _state(row: tuple) -> dict[str, Any]:
    names = [c.strip() for c in STATE_COLUMNS.split(",")]
    state = dict(zip(names, row, strict=True))
    state["is_mirror"] = bool(state["is_mirror"])
    for key in ("missing_pages", "quality_flags"):
        state[key] = _json_list(state[key])
    return state


def _json_list(value: str | None) -> list:
    try:
        loaded = json.loads(value) if value else []
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


def table_counts(path: str | Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Row counts of the tables that exist, read-only (``python -m yunmei summary``)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in tables
            if t in present
        }
    finally:
        conn.close()


class Store:
    """Open (create, migrate) the SQLite store at ``path``.

    ``save_articles`` outcomes: "new", "changed", "unchanged", "mirror_ignored", and "rejected"
    for an item missing a required field (``items.missing_field``) or whose URL belongs to
    another id.
    """

    def __init__(self, path: str | Path, busy_timeout: float = 30.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = connect(self.path, busy_timeout)
        self.migrated_from, self.schema_version = migrations.migrate(self.conn)
        # the near-duplicate sidecar (<db>-neardup): attached, kept by this connection's TEMP
        # triggers, rebuilt from articles when missing or out of step (True: it was rebuilt)
        neardup.attach(self.conn)
        neardup.create_triggers(self.conn)
        self.neardup_rebuilt = neardup.ensure_current(self.conn)
        # the key bitmap beside it, refilled when not known to cover the sidecar
        self.neardup_bits_refilled = neardup.sync_bits(self.conn)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, ROLLBACK on error: a killed writer leaves the last commit."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        neardup.record_bits(self.conn)

    # --- runs ---------------------------------------------------------------------------------
    def begin_run(self, spider: str, args: dict[str, Any]) -> int:
        with self.transaction() as c:
            cursor = c.execute(
                "INSERT INTO crawl_runs (spider, args, started_at) VALUES (?, ?, ?)",
                (spider, _dumps(args), now_iso()),
            )
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, outcome: str, stats: dict[str, Any]) -> None:
        with self.transaction() as c:
            c.execute(
                "UPDATE crawl_runs SET finished_at = ?, outcome = ?, stats = ? WHERE run_id = ?",
                (now_iso(), outcome, _dumps(stats), run_id),
            )

    def record_error(self, run_id: int | None, url: str | None, kind: str, detail: str) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT INTO crawl_errors (run_id, url, kind, detail, at) VALUES (?, ?, ?, ?, ?)",
                (run_id, url, kind, detail, now_iso()),
            )

    # --- articles -----------------------------------------------------------------------------
    def save_articles(
        self, items: list[dict[str, Any]], prepared: list[Prepared] | None = None
    ) -> list[str]:
        """Upsert a batch in one transaction; one outcome per item, in order. ``prepared``:
        ``writer.prepare(item)`` of each item, computed elsewhere (worker processes)."""
        if not items:
            return []
        seen_at = now_iso()
        with self.transaction() as c:
            return ArticleWriter(c).save_all(list(items), seen_at, prepared)

    def mark_run_killed(self, run_id: int) -> bool:
        """A run that never finished (its process was killed) is marked ``killed``."""
        with self.transaction() as c:
            cursor = c.execute(
                "UPDATE crawl_runs SET outcome = 'killed' WHERE run_id = ? AND outcome = 'running'",
                (run_id,),
            )
        return cursor.rowcount > 0

    def previous_runs(
        self, spider: str, before_run_id: int | None = None, limit: int = 24
    ) -> list[dict[str, Any]]:
        """The spider's last ``limit`` runs, newest first (those below ``before_run_id`` when
        given): run_id, outcome, args and Scrapy's ``finish_reason`` from the stats (None when not
        recorded)."""
        rows = self.conn.execute(
            "SELECT run_id, outcome, args, CASE WHEN json_valid(stats) "
            "THEN json_extract(stats, '$.finish_reason') END FROM crawl_runs "
            "WHERE spider = ? AND run_id < ? ORDER BY run_id DESC LIMIT ?",
            (spider, _NO_MARK if before_run_id is None else before_run_id, limit),
        ).fetchall()
        runs = []
        for run_id, outcome, args, reason in rows:
            try:
                args = json.loads(args or "{}")
            except ValueError:
                args = {}
            args = args if isinstance(args, dict) else {}
            runs.append(dict(run_id=run_id, outcome=outcome, args=args, finish_reason=reason))
        return runs

    def touch(self, article_id: str) -> bool:
        """Mark an article as seen now without re-saving it (the server answered 304 Not
        Modified); False when there is no such article."""
        with self.transaction() as c:
            cursor = c.execute(
                "UPDATE articles SET last_seen_at = ? WHERE article_id = ?", (now_iso(), article_id)
            )
        return cursor.rowcount > 0

    def last_doc_id(self) -> int:
        """The newest article's ``doc_id`` (0 when empty): rows above it were stored after."""
        return int(self.conn.execute(schema.ARTICLES_BOUND_SQL).fetchone()[0])

    def stored_article(self, article_id: str, up_to_doc_id: int | None = None) -> dict | None:
        """What the incremental crawler needs of one stored article (a primary-key lookup);
        None if absent or, with ``up_to_doc_id``, stored after that mark."""
        row = self.conn.execute(
            f"SELECT {STATE_COLUMNS} FROM articles WHERE article_id = ? AND doc_id <= ?",
            (article_id, _NO_MARK if up_to_doc_id is None else up_to_doc_id),
        ).fetchone()
        return _state(row) if row else None

    def recent_articles(self, since_date: str, up_to_doc_id: int | None = None) -> list[dict]:
        """The stored articles published on or after ``since_date`` (through the published_at
        index: an ISO time sorts after its own date; published_date drops unparseable times)."""
        rows = self.conn.execute(
            f"SELECT {STATE_COLUMNS} FROM articles WHERE published_at >= ?1 "
            "AND published_date >= ?1 AND +doc_id <= ?2",  # +: never the doc_id index (a full scan)
            (since_date, _NO_MARK if up_to_doc_id is None else up_to_doc_id),
        )
        return [_state(row) for row in rows]

    def max_article_id(self) -> int | None:
        """The highest numeric site id; e-paper ids (``zjrb-2015-05-06-3``) are not numbers.
        Read from ``store_meta`` (kept by the writer); a store without the row is scanned once and
        the row written. Rows inserted by hand bypass it (``DELETE FROM store_meta WHERE key =
        'max_site_id'`` makes the next call rescan)."""
        row = self.conn.execute(
            "SELECT value FROM store_meta WHERE key = ?", (writer.MAX_SITE_ID,)
        ).fetchone()
        if row is None:
            with self.transaction() as c:
                value = c.execute(writer.SCAN_MAX_SITE_ID).fetchone()[0]
                c.execute(
                    "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
                    (writer.MAX_SITE_ID, value),
                )
            row = (value,)
        return None if row[0] is None else int(row[0])

    # --- search and upkeep --------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        return fts.search(self.conn, query, limit=limit)

    def rebuild_search(self) -> int:
        """Refill the full-text index from ``articles`` (after hand edits of the table)."""
        with self.transaction() as c:
            return fts.rebuild_fts(c)

    def rebuild_neardup(self) -> int:
        """Refill the near-duplicate sidecar from ``articles`` (after writes that bypassed this
        store's connection); returns the number of keys."""
        with self.transaction() as c:
            return neardup.rebuild(c)

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` rows plus FTS5's own check; ``["ok"]`` when all is well."""
        result = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        try:
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            result = [*[r for r in result if r != "ok"], f"articles_fts: {exc}"]
        return result

    def close(self) -> None:
        # planner statistics that follow the archive's growth (sampled: bounded time at any size);
        # never worth failing a close over
        with suppress(sqlite3.Error):
            schema.refresh_statistics(self.conn)
        neardup.close_bits(self.conn)
        self.conn.close()
