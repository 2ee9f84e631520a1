"""``PRAGMA user_version`` schema versioning with forward migrations, run in place in one transaction.

Version 1 is the lead's first store (articles with a ``data`` JSON column); its DDL is frozen
below so that old databases can be rebuilt in tests. Each step ``STEPS[n]`` takes a database
from version n-1 to n. A failed step rolls back, leaving the old database untouched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from yunmei.store import neardup, schema
from yunmei.store import search as fts
from yunmei.store import simhash as sh
from yunmei.store.writer import MAX_SITE_ID, NEW, SCAN_MAX_SITE_ID, ArticleWriter

# frozen: the exact v1 DDL of yunmei/store/__init__.py at commit 26150ba
V1_DDL = """
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


class MigrationError(RuntimeError):
    pass


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Statement by statement: ``executescript`` would commit the caller's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    run_script(conn, V1_DDL)


def _loads(text: str | None, default: Any) -> Any:
    try:
        value = json.loads(text) if text else default
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def v1_item(row: dict[str, Any]) -> dict[str, Any]:
    """A v1 ``articles`` row as the item dict the writer takes."""
    data = _loads(row.get("data"), {})
    flags = _loads(row.get("quality_flags"), [])
    return {
        "article_id": row["article_id"],
        "url": row["url"],
        "fetched_url": row.get("fetched_url"),
        "title": row.get("title") or "",
        "column": row.get("column_name"),
        "subtitle": row.get("subtitle"),
        "published_at": row.get("published_at"),
        "published_raw": row.get("published_raw"),
        "source": row.get("source"),
        "byline_raw": row.get("byline_raw"),
        "body": row.get("body") or "",
        "page_count": row.get("page_count"),
        "is_original": row.get("is_original"),
        "is_mirror": "mirror_copy" in flags,
        "language": row.get("language"),
        "quality_flags": flags,
        "content_hash": row["content_hash"],
        "authors": data.get("authors") or [],
        "editors": data.get("editors") or [],
        "images": data.get("images") or [],
        "events": data.get("events") or [],
        # v1 kept only these four in ``data``; anything else it held survives in ``extra``
        **{k: v for k, v in data.items() if k not in ("authors", "editors", "images", "events")},
    }


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE articles RENAME TO articles_v1")
    run_script(conn, schema.TABLES_V2)
    # today's writer looks near-duplicates up in the sidecar (v5): kept by TEMP triggers on the
    # new table while it fills; v4→v5 rebuilds it anyway
    conn.execute(f"DELETE FROM {neardup.SCHEMA}.{neardup.KEYS}")
    neardup.create_triggers(conn)
    fts.create_fts(conn)
    _set_meta(conn, "tokenizer", str(fts.TOKENIZER_VERSION))
    before = conn.execute("SELECT count(*) FROM articles_v1").fetchone()[0]
    writer = ArticleWriter(conn)
    cursor = conn.execute("SELECT * FROM articles_v1 ORDER BY first_seen_at, rowid")
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(500):
        for values in rows:
            row = dict(zip(names, values, strict=True))
            item = v1_item(row)
            if not (
                str(item.get("article_id") or "").strip() and str(item.get("url") or "").strip()
            ):
                # v1 accepted an empty key; v2 identifies an article by its id and URL
                raise MigrationError(f"v1 article {row['article_id']!r} could not be moved: no key")
            outcome = writer.save(
                item, row["last_seen_at"], first_seen_at=row["first_seen_at"],
                last_changed_at=row["last_changed_at"],
            )  # fmt: skip
            if outcome != NEW:
                raise MigrationError(
                    f"v1 article {row['article_id']!r} could not be moved: {outcome}"
                )
        writer.flush()
    after = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    if after != before:
        raise MigrationError(f"v1→v2 moved {after} of {before} articles")
    conn.execute("DROP TABLE articles_v1")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Hot columns before ``body`` (table rebuild), pair-keyed simhash lookup, summary tables.
    The search index is rebuilt by ``migrate`` (tokenizer version 2: detail=none)."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
        conn.execute(f"DROP VIEW {name}")  # recreated by migrate(); a rename would check them
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    before = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    # build beside, drop, rename: renaming the old table away would re-point the children's
    # foreign keys at it
    conn.execute(schema.ARTICLES_V3)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(articles_v3)")]
    names = ", ".join(columns)
    conn.execute(f"INSERT INTO articles_v3 ({names}) SELECT {names} FROM articles ORDER BY doc_id")
    after = conn.execute("SELECT count(*) FROM articles_v3").fetchone()[0]
    if after != before:
        raise MigrationError(f"v2→v3 moved {after} of {before} articles")
    conn.execute("DROP TABLE articles")
    conn.execute("ALTER TABLE articles_v3 RENAME TO articles")
    run_script(conn, schema.ARTICLES_V3_INDEXES)
    conn.execute("DROP TABLE IF EXISTS simhash_keys")
    conn.execute(schema.SIMHASH_KEYS)
    schema.fill_simhash_keys(conn)
    run_script(conn, schema.SUMMARY_TABLES)
    schema.fill_summaries(conn)
    schema.create_triggers(conn)
    schema.create_simhash_keys(conn)  # v3's key triggers (v5 moves the keys out)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Credits and images WITHOUT ROWID, the publication time copied into ``authors`` and
    ``awards`` (for the canned queries' order), a prefix index on ``content_hash``."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
        conn.execute(f"DROP VIEW {name}")  # recreated by migrate()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")  # recreated below; renames would re-check them
    run_script(conn, schema.CHILDREN_V4)
    ts = schema.AUTHOR_TS_SQL.format("a.published_at")
    conn.execute(
        "INSERT INTO authors_v4 SELECT au.article_id, au.position, au.name, au.role, au.title, "
        f"{ts} FROM authors AS au LEFT JOIN articles AS a ON a.article_id = au.article_id"
    )
    for table, columns in (("editors", "article_id, position, name, duty"),
                           ("images", "article_id, position, url, caption")):  # fmt: skip
        conn.execute(f"INSERT INTO {table}_v4 ({columns}) SELECT {columns} FROM {table}")
    for table in ("authors", "editors", "images"):
        before = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        after = conn.execute(f"SELECT count(*) FROM {table}_v4").fetchone()[0]
        if after != before:
            raise MigrationError(f"v3→v4 moved {after} of {before} {table} rows")
        conn.execute(f"DROP TABLE {table}")  # its indexes and triggers go with it
        conn.execute(f"ALTER TABLE {table}_v4 RENAME TO {table}")
    conn.execute("ALTER TABLE awards ADD COLUMN published_at TEXT")
    conn.execute(
        "UPDATE awards SET published_at = "
        "(SELECT a.published_at FROM articles AS a WHERE a.article_id = awards.article_id)"
    )
    conn.execute("DROP INDEX IF EXISTS articles_content_hash")
    conn.execute("DROP INDEX IF EXISTS articles_published_date")
    run_script(conn, schema.V4_INDEXES)
    schema.create_triggers(conn)
    schema.create_simhash_keys(conn)  # v4's key triggers (v5 moves the keys out)
    # the highest numeric site id, kept by the writer from now on (Store.max_article_id)
    _set_meta(conn, MAX_SITE_ID, conn.execute(SCAN_MAX_SITE_ID).fetchone()[0])


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """The simhash keys move to the near-duplicate sidecar (``<db>-neardup``, 4 KB pages,
    attached by ``migrate``): built from ``articles``, main's key table and triggers dropped."""
    for name in schema.key_triggers_v4_sql():
        conn.execute(f"DROP TRIGGER IF EXISTS main.{name}")
    conn.execute("DROP TABLE IF EXISTS main.simhash_keys")
    linkable = conn.execute(
        "SELECT count(*) FROM articles WHERE simhash_b0 IS NOT NULL AND simhash IS NOT NULL"
    ).fetchone()[0]
    keys = neardup.rebuild(conn)
    if keys != len(sh.PAIRS) * linkable:
        raise MigrationError(f"v4→v5 built {keys} near-duplicate keys for {linkable} articles")


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """Filtered pages off an index in ``published_at`` order: (source, published_at) and
    (column_name, published_at) replace the (…, published_date) pair, authors get
    (name, published_ts DESC), editors the copied ``published_ts`` and (name, published_ts DESC)
    instead of (name, duty); fresh statistics so the planner knows the new indexes."""
    for name in schema.V6_DROPPED_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("DROP TRIGGER IF EXISTS articles_published_copies")  # recreated with editors'
    if "published_ts" not in {r[1] for r in conn.execute("PRAGMA table_info(editors)")}:
        conn.execute("ALTER TABLE editors ADD COLUMN published_ts INTEGER")
    ts = schema.AUTHOR_TS_SQL.format("a.published_at")
    conn.execute(
        f"UPDATE editors SET published_ts = (SELECT {ts} FROM articles AS a "
        "WHERE a.article_id = editors.article_id)"
    )
    run_script(conn, schema.V6_INDEXES)
    schema.create_triggers(conn)  # the summary delete triggers read the new indexes
    if conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        schema.refresh_statistics(conn, force=True)


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v0_to_v1,
    2: _v1_to_v2,
    3: _v2_to_v3,
    4: _v3_to_v4,
    5: _v4_to_v5,
    6: _v5_to_v6,
}
assert max(STEPS) == schema.SCHEMA_VERSION


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", (key, value))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _detect_version(conn: sqlite3.Connection) -> int:
    version = user_version(conn)
    if version == 0 and "articles" in _tables(conn):
        columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
        if "data" in columns:
            return 1  # a v1 store whose user_version was never set
        raise MigrationError("unknown database: an articles table without user_version")
    return version


def up_to_date(conn: sqlite3.Connection) -> bool:
    version = user_version(conn)
    if version > schema.SCHEMA_VERSION:
        raise MigrationError(
            f"database schema v{version} is newer than this code (v{schema.SCHEMA_VERSION})"
        )
    return (
        version == schema.SCHEMA_VERSION
        and _meta(conn, "views") == schema.views_fingerprint()
        and _meta(conn, "tokenizer") == str(fts.TOKENIZER_VERSION)
    )


def _set_page_size_if_new(conn: sqlite3.Connection) -> None:
    """A brand-new (empty) file gets ``schema.PAGE_SIZE``; WAL mode fixes the page size, so it
    is left for the empty VACUUM and set again. Existing stores keep theirs (README: VACUUM)."""
    if user_version(conn) != 0 or _tables(conn):
        return
    if conn.execute("PRAGMA page_size").fetchone()[0] == schema.PAGE_SIZE:
        return
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA page_size = {schema.PAGE_SIZE}")
        conn.execute("VACUUM")
    except sqlite3.OperationalError:  # another opener holds it: the page size is only a saving
        pass
    finally:
        conn.execute("PRAGMA journal_mode = WAL")


def migrate(conn: sqlite3.Connection) -> tuple[int, int]:
    """Bring the database up to ``SCHEMA_VERSION``; returns (old version, new version).

    ``conn`` must be in autocommit mode (``isolation_level=None``): this opens its own
    ``BEGIN IMMEDIATE`` so two processes opening the store at once migrate it only once.
    """
    if up_to_date(conn):
        return schema.SCHEMA_VERSION, schema.SCHEMA_VERSION
    _set_page_size_if_new(conn)
    neardup.attach(conn)  # the v1→v2 writer and v4→v5 write into it
    # table rebuilds need foreign keys off; the check before COMMIT stands in for them
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            old = version = _detect_version(conn)
            while version < schema.SCHEMA_VERSION:
                STEPS[version + 1](conn)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            if _meta(conn, "tokenizer") != str(fts.TOKENIZER_VERSION):
                fts.rebuild_fts(conn)
                _set_meta(conn, "tokenizer", str(fts.TOKENIZER_VERSION))
            if _meta(conn, "views") != schema.views_fingerprint():
                schema.create_views(conn)
                _set_meta(conn, "views", schema.views_fingerprint())
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(f"foreign key violations after migration: {problems[:5]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return old, version
