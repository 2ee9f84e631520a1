"""The current schema (version 6): tables, indexes and the analysts' views. Described in docs/schema.md.

``TABLES_V2`` is the *frozen* v2 shape (v1→v2 still builds it); v3 (migrations.py, ``_v2_to_v3``)
rebuilds ``articles`` with ``ARTICLES_V3`` (the columns an incremental run and the views read sit
before ``body``, so they never touch its overflow pages), adds ``simhash_keys`` and the summary
tables that keep the aggregate views O(rows shown). A later version adds a migration step instead
of editing these. v4 (``_v3_to_v4``) keys credits and images by (article_id, position) alone
(WITHOUT ROWID), copies the article's publication time into ``authors``/``awards`` so that the
canned credit and award queries walk an index newest first and stop at their LIMIT, and indexes a
16-character prefix of ``content_hash``. v5 (``_v4_to_v5``) moves the simhash keys out of the
main file into the near-duplicate sidecar ``<db>-neardup`` (neardup.py). v6 (``_v5_to_v6``) keys
the source and column indexes by ``published_at`` (a filtered page walks them newest first) and
indexes an author's credits by ``published_ts``. Views hold no data, so
``VIEWS`` may change freely: the store recreates them whenever their text changes.
"""

from __future__ import annotations

from yunmei.store import search as fts
from yunmei.store import simhash as sh

SCHEMA_VERSION = 6
# for new stores: rows of ~4 KB (a typical article) waste ~1/5 of 4 KB pages in overflow tails;
# 32 KB pages pack them (-5 % file size at 10k articles), 64 KB (SQLite's largest) leave half the
# tail of 32 KB: 4,283 against 4,468 B/article of `articles` at 20k (benchmarks/archive_scale.py)
PAGE_SIZE = 65536
# for new stores (fixed when a file is created): a Chinese character takes 2 bytes in UTF-16 and 3
# in UTF-8, and the text is mostly Chinese (bodies, titles); ASCII columns double, a lesser cost
TEXT_ENCODING = "UTF-16le"

TABLES_V2 = """
CREATE TABLE IF NOT EXISTS store_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL UNIQUE,
    url TEXT NOT NULL UNIQUE,
    fetched_url TEXT,
    title TEXT NOT NULL,
    column_name TEXT,
    subtitle TEXT,
    kicker TEXT,
    published_at TEXT,
    published_date TEXT,
    published_raw TEXT,
    source TEXT,
    byline_raw TEXT,
    body TEXT NOT NULL,
    page_count INTEGER NOT NULL DEFAULT 1,
    missing_pages TEXT NOT NULL DEFAULT '[]',
    epaper_page TEXT,
    epaper_page_name TEXT,
    page_kind TEXT,
    is_original INTEGER NOT NULL DEFAULT 0 CHECK (is_original IN (0, 1)),
    is_mirror INTEGER NOT NULL DEFAULT 0 CHECK (is_mirror IN (0, 1)),
    duplicate_of TEXT,
    language TEXT NOT NULL DEFAULT 'zh-Hans',
    quality_flags TEXT NOT NULL DEFAULT '[]',
    extraction TEXT NOT NULL DEFAULT '{}',
    extra TEXT NOT NULL DEFAULT '{}',
    content_hash TEXT NOT NULL,
    simhash INTEGER,
    simhash_b0 INTEGER,
    simhash_b1 INTEGER,
    simhash_b2 INTEGER,
    simhash_b3 INTEGER,
    http_etag TEXT,
    http_last_modified TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    last_changed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published_date ON articles(published_date);
CREATE INDEX IF NOT EXISTS articles_column_name ON articles(column_name);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_simhash_b0 ON articles(simhash_b0);
CREATE INDEX IF NOT EXISTS articles_simhash_b1 ON articles(simhash_b1);
CREATE INDEX IF NOT EXISTS articles_simhash_b2 ON articles(simhash_b2);
CREATE INDEX IF NOT EXISTS articles_simhash_b3 ON articles(simhash_b3);

CREATE TABLE IF NOT EXISTS authors (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    title TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS authors_name ON authors(name, role);

CREATE TABLE IF NOT EXISTS editors (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    duty TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS editors_name ON editors(name, duty);

CREATE TABLE IF NOT EXISTS images (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    caption TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS events (
    event_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT,
    kind TEXT,
    date TEXT,
    venue TEXT,
    organizer TEXT,
    participants INTEGER,
    evidence TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (article_id, position)
);
CREATE INDEX IF NOT EXISTS events_name ON events(name);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS awards (
    award_id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    award_position INTEGER NOT NULL,
    recipient_position INTEGER NOT NULL,
    tier TEXT,
    tier_rank INTEGER,
    category TEXT,
    recipient TEXT,
    recipient_kind TEXT,
    affiliation TEXT,
    UNIQUE (event_id, award_position, recipient_position)
);
CREATE INDEX IF NOT EXISTS awards_article_id ON awards(article_id);
CREATE INDEX IF NOT EXISTS awards_recipient ON awards(recipient);
CREATE INDEX IF NOT EXISTS awards_tier ON awards(tier_rank, tier);

CREATE TABLE IF NOT EXISTS article_revisions (
    revision_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    title TEXT,
    subtitle TEXT,
    body TEXT,
    content_hash TEXT NOT NULL,
    published_at TEXT,
    byline_raw TEXT,
    fetched_url TEXT,
    is_mirror INTEGER NOT NULL DEFAULT 0,
    seen_from TEXT NOT NULL,
    seen_until TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    new_content_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_revisions_article_id ON article_revisions(article_id);

CREATE INDEX IF NOT EXISTS crawl_errors_run_id ON crawl_errors(run_id);
CREATE INDEX IF NOT EXISTS crawl_errors_kind ON crawl_errors(kind);
"""

# name -> SELECT; created as ``CREATE VIEW name AS <select>``
VIEWS: dict[str, str] = {
    "articles_view": """
SELECT a.article_id, a.published_at, a.published_date, a.column_name, a.title, a.subtitle,
       a.source,
       (SELECT group_concat(x.credit, '; ') FROM (
            SELECT au.name || ' (' || coalesce(au.role, '?')
                   || coalesce(', ' || au.title, '') || ')' AS credit
            FROM authors AS au WHERE au.article_id = a.article_id ORDER BY au.position) AS x
       ) AS authors,
       (SELECT group_concat(x.credit, '; ') FROM (
            SELECT ed.name || ' (' || coalesce(ed.duty, '?') || ')' AS credit
            FROM editors AS ed WHERE ed.article_id = a.article_id ORDER BY ed.position) AS x
       ) AS editors,
       (SELECT count(*) FROM images AS i WHERE i.article_id = a.article_id) AS images,
       (SELECT count(*) FROM events AS e WHERE e.article_id = a.article_id) AS events,
       a.byline_raw, a.is_original, a.is_mirror, a.duplicate_of, a.page_count, a.url,
       a.first_seen_at, a.last_seen_at, a.last_changed_at
FROM articles AS a
""",
    # published_at is the awards row's copy (v4): ORDER BY published_at DESC walks its index;
    # CROSS JOIN keeps awards outermost whatever the statistics say (stale ones sorted every award)
    "awards_view": """
SELECT aw.award_id, e.name AS event, e.kind AS event_kind, e.date AS event_date, e.venue,
       e.organizer, e.participants, aw.category, aw.tier, aw.tier_rank, aw.recipient,
       aw.recipient_kind, aw.affiliation, a.article_id, a.title, aw.published_at,
       a.published_date, a.url, a.duplicate_of, e.event_id
FROM awards AS aw
CROSS JOIN events AS e ON e.event_id = aw.event_id
CROSS JOIN articles AS a ON a.article_id = aw.article_id
""",
    # the aggregate views read summary tables the triggers below keep current: O(rows shown)
    "article_counts_view": """
SELECT nullif(day, '') AS day, nullif(column_name, '') AS column_name,
       nullif(source, '') AS source, articles, originals, reposts
FROM summary_day_column_source
""",
    "articles_per_day_view": """
SELECT day, articles, originals, from_mirrors, reposts
FROM summary_days
""",
    "articles_per_column_view": """
SELECT nullif(column_name, '') AS column_name, articles, first_day, last_day
FROM summary_columns
""",
    "articles_per_source_view": """
SELECT nullif(source, '') AS source, articles, originals, first_day, last_day
FROM summary_sources
""",
    # published_ts is the credit's copy of the time (v4): one author's page sorted by it walks
    # the (name, published_ts DESC) index (v6) instead of sorting every credit
    "author_credits_view": """
SELECT au.name AS author, au.role, au.title AS author_title, a.article_id, a.title,
       a.published_at, a.published_date, a.column_name, a.source, a.url, au.position,
       au.published_ts
FROM authors AS au
JOIN articles AS a ON a.article_id = au.article_id
""",
    "author_roles_view": """
SELECT name AS author, nullif(role, '') AS role, articles, first_day, last_day
FROM summary_author_roles
""",
    # as author_credits_view: the (name, published_ts DESC) index (v6) serves an editor's page
    "editor_credits_view": """
SELECT ed.name AS editor, ed.duty, a.article_id, a.title, a.published_at, a.published_date,
       a.column_name, a.source, a.url, ed.position, ed.published_ts
FROM editors AS ed
JOIN articles AS a ON a.article_id = ed.article_id
""",
    "duplicates_view": """
SELECT d.article_id, d.title, d.published_at, d.url, o.article_id AS original_id,
       o.title AS original_title, o.published_at AS original_published_at,
       o.url AS original_url
FROM articles AS d
CROSS JOIN articles AS o ON o.article_id = d.duplicate_of
WHERE d.duplicate_of IS NOT NULL
""",
    "revisions_view": """
SELECT r.revision_id, r.article_id, r.reason, r.title AS old_title, a.title AS current_title,
       r.content_hash AS old_content_hash, r.new_content_hash, r.seen_from, r.seen_until,
       r.replaced_at, length(r.body) AS old_body_chars, length(a.body) AS current_body_chars,
       a.url
FROM article_revisions AS r
CROSS JOIN articles AS a ON a.article_id = r.article_id
""",
    # ``q`` is the FTS5 match handle: WHERE q MATCH '湛江'; its own value means nothing.
    # ORDER BY doc_id DESC LIMIT n (newest first) stops early; ORDER BY rank sorts every hit
    "article_search": """
SELECT f.articles_fts AS q, f.rank AS rank, a.article_id, a.title, a.published_at,
       a.column_name, a.source, a.url, a.duplicate_of, a.body, f.rowid AS doc_id, a.subtitle
FROM articles_fts AS f
JOIN articles AS a ON a.doc_id = f.rowid
""",
}


# --- v3 -------------------------------------------------------------------------------------------
# hot columns first: identity, what an incremental run compares, what views group by; body last
ARTICLES_V3 = """
CREATE TABLE articles_v3 (
    article_id TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL UNIQUE,
    url TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    is_mirror INTEGER NOT NULL DEFAULT 0 CHECK (is_mirror IN (0, 1)),
    duplicate_of TEXT,
    published_at TEXT,
    published_date TEXT,
    http_etag TEXT,
    http_last_modified TEXT,
    last_seen_at TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_changed_at TEXT NOT NULL,
    page_count INTEGER NOT NULL DEFAULT 1,
    missing_pages TEXT NOT NULL DEFAULT '[]',
    quality_flags TEXT NOT NULL DEFAULT '[]',
    is_original INTEGER NOT NULL DEFAULT 0 CHECK (is_original IN (0, 1)),
    column_name TEXT,
    source TEXT,
    simhash INTEGER,
    simhash_b0 INTEGER,
    simhash_b1 INTEGER,
    simhash_b2 INTEGER,
    simhash_b3 INTEGER,
    language TEXT NOT NULL DEFAULT 'zh-Hans',
    page_kind TEXT,
    epaper_page TEXT,
    epaper_page_name TEXT,
    fetched_url TEXT,
    published_raw TEXT,
    title TEXT NOT NULL,
    subtitle TEXT,
    kicker TEXT,
    byline_raw TEXT,
    extraction TEXT NOT NULL DEFAULT '{}',
    extra TEXT NOT NULL DEFAULT '{}',
    body TEXT NOT NULL
)
"""
# column names in table order (the docs list them in this order)
ARTICLE_COLUMNS_V3 = tuple(
    line.split()[0] for line in ARTICLES_V3.strip().splitlines()[1:-1] if line.strip()
)
ARTICLES_V3_INDEXES = """
CREATE INDEX articles_published_at ON articles(published_at);
CREATE INDEX articles_column_day ON articles(column_name, published_date);
CREATE INDEX articles_source_day ON articles(source, published_date);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_content_hash ON articles(content_hash)
"""

# simhash pair keys (yunmei/store/simhash.py): ten rows per linkable article
SIMHASH_KEYS = """
CREATE TABLE IF NOT EXISTS simhash_keys (
    key INTEGER NOT NULL,
    doc_id INTEGER NOT NULL,
    PRIMARY KEY (key, doc_id)
) WITHOUT ROWID
"""

SUMMARY_TABLES = """
CREATE TABLE IF NOT EXISTS summary_days (
    day TEXT PRIMARY KEY, articles INTEGER NOT NULL, originals INTEGER NOT NULL,
    from_mirrors INTEGER NOT NULL, reposts INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS summary_day_column_source (
    day TEXT NOT NULL, column_name TEXT NOT NULL, source TEXT NOT NULL,
    articles INTEGER NOT NULL, originals INTEGER NOT NULL, reposts INTEGER NOT NULL,
    PRIMARY KEY (day, column_name, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS summary_columns (
    column_name TEXT PRIMARY KEY, articles INTEGER NOT NULL, first_day TEXT, last_day TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS summary_sources (
    source TEXT PRIMARY KEY, articles INTEGER NOT NULL, originals INTEGER NOT NULL,
    first_day TEXT, last_day TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS summary_author_roles (
    name TEXT NOT NULL, role TEXT NOT NULL, articles INTEGER NOT NULL,
    first_day TEXT, last_day TEXT,
    PRIMARY KEY (name, role)
) WITHOUT ROWID
"""
SUMMARY_NAMES = (
    "summary_days", "summary_day_column_source", "summary_columns", "summary_sources",
    "summary_author_roles",
)  # fmt: skip


def _edge_day(key: str, r: str, direction: str) -> str:
    """The first (ASC) or last (DESC) published_date of row ``r``'s ``key`` value, read off the
    (key, published_at) index: O(log n), not every row of a source or column."""
    return (
        f"(SELECT published_date FROM articles WHERE {key} IS {r}.{key} AND published_at IS NOT NULL "
        f"AND published_date IS NOT NULL ORDER BY published_at {direction} LIMIT 1)"
    )


def _article_summary_sql(r: str, sign: int) -> list[str]:
    """Statements adding (sign 1) or removing (sign -1) article row ``r`` (NEW/OLD) to the summaries.
    NULL keys are stored as '' (a primary key cannot hold NULL); the views turn them back."""
    col, src = f"coalesce({r}.column_name, '')", f"coalesce({r}.source, '')"
    dup = f"({r}.duplicate_of IS NOT NULL)"
    if sign > 0:
        first_last = (
            "first_day = coalesce(min(first_day, excluded.first_day), first_day, excluded.first_day), "
            "last_day = coalesce(max(last_day, excluded.last_day), last_day, excluded.last_day)"
        )
        return [
            f"INSERT INTO summary_days (day, articles, originals, from_mirrors, reposts) "
            f"SELECT {r}.published_date, 1, {r}.is_original, {r}.is_mirror, {dup} "
            f"WHERE {r}.published_date IS NOT NULL ON CONFLICT (day) DO UPDATE SET "
            "articles = articles + 1, originals = originals + excluded.originals, "
            "from_mirrors = from_mirrors + excluded.from_mirrors, reposts = reposts + excluded.reposts",
            f"INSERT INTO summary_day_column_source VALUES (coalesce({r}.published_date, ''), "
            f"{col}, {src}, 1, {r}.is_original, {dup}) ON CONFLICT DO UPDATE SET "
            "articles = articles + 1, originals = originals + excluded.originals, "
            "reposts = reposts + excluded.reposts",
            f"INSERT INTO summary_columns VALUES ({col}, 1, {r}.published_date, {r}.published_date) "
            f"ON CONFLICT DO UPDATE SET articles = articles + 1, {first_last}",
            f"INSERT INTO summary_sources VALUES ({src}, 1, {r}.is_original, {r}.published_date, "
            f"{r}.published_date) ON CONFLICT DO UPDATE SET articles = articles + 1, "
            f"originals = originals + excluded.originals, {first_last}",
        ]
    # first/last day cannot be decremented: re-read them through the (key, published_at) indexes
    # (v6): the earliest/latest dated row's date (published_date is published_at's first 10)
    return [
        f"UPDATE summary_days SET articles = articles - 1, originals = originals - {r}.is_original, "
        f"from_mirrors = from_mirrors - {r}.is_mirror, reposts = reposts - {dup} "
        f"WHERE day = {r}.published_date",
        f"UPDATE summary_day_column_source SET articles = articles - 1, "
        f"originals = originals - {r}.is_original, reposts = reposts - {dup} "
        f"WHERE day = coalesce({r}.published_date, '') AND column_name = {col} AND source = {src}",
        f"UPDATE summary_columns SET articles = articles - 1, "
        f"first_day = {_edge_day('column_name', r, 'ASC')}, last_day = {_edge_day('column_name', r, 'DESC')} "
        f"WHERE column_name = {col}",
        f"UPDATE summary_sources SET articles = articles - 1, originals = originals - {r}.is_original, "
        f"first_day = {_edge_day('source', r, 'ASC')}, last_day = {_edge_day('source', r, 'DESC')} "
        f"WHERE source = {src}",
        *(f"DELETE FROM {t} WHERE articles <= 0" for t in SUMMARY_NAMES[:4]),
    ]


_AUTHOR_RECOUNT = """
UPDATE summary_author_roles SET (articles, first_day, last_day) = (
    SELECT count(DISTINCT au.article_id), min(a.published_date), max(a.published_date)
    FROM authors AS au JOIN articles AS a ON a.article_id = au.article_id
    WHERE au.name = OLD.name AND au.role IS OLD.role)
WHERE name = OLD.name AND role = coalesce(OLD.role, '');
DELETE FROM summary_author_roles
WHERE name = OLD.name AND role = coalesce(OLD.role, '') AND articles = 0;
"""
_AUTHOR_ADD = """
INSERT INTO summary_author_roles (name, role, articles, first_day, last_day)
SELECT NEW.name, coalesce(NEW.role, ''), 1, a.published_date, a.published_date
FROM articles AS a WHERE a.article_id = NEW.article_id AND NOT EXISTS (
    SELECT 1 FROM authors AS o WHERE o.article_id = NEW.article_id AND o.name = NEW.name
    AND o.role IS NEW.role AND o.position <> NEW.position)
ON CONFLICT DO UPDATE SET articles = articles + 1,
    first_day = coalesce(min(first_day, excluded.first_day), first_day, excluded.first_day),
    last_day = coalesce(max(last_day, excluded.last_day), last_day, excluded.last_day);
"""
_KEY_COLUMNS = "published_date, column_name, source, is_original, is_mirror, duplicate_of"


# v4: the article's publication time, copied where the canned queries sort by it
AUTHOR_TS_SQL = "CAST(strftime('%s', {}) AS INTEGER)"  # unix seconds; NULL when unparseable
_COPY_PUBLISHED = (
    f"UPDATE authors SET published_ts = {AUTHOR_TS_SQL.format('NEW.published_at')} "
    "WHERE article_id = NEW.article_id;\n"
    "UPDATE awards SET published_at = NEW.published_at WHERE article_id = NEW.article_id;"
)
# v6: editors carry the copy too
_COPY_PUBLISHED_EDITORS = (
    f"UPDATE editors SET published_ts = {AUTHOR_TS_SQL.format('NEW.published_at')} "
    "WHERE article_id = NEW.article_id;"
)


def key_triggers_v4_sql() -> dict[str, str]:
    """Frozen: v3/v4 kept the simhash keys in main (``simhash_keys``); v5 moved them to the
    near-duplicate sidecar (neardup.py) and drops these."""
    keys_new = ", ".join(f"({k})" for k in sh.key_sql("NEW.simhash"))
    add_keys = (
        f"INSERT OR IGNORE INTO simhash_keys (key, doc_id) SELECT column1, NEW.doc_id "
        f"FROM (VALUES {keys_new}) WHERE NEW.simhash_b0 IS NOT NULL;"
    )
    drop_keys = (
        "DELETE FROM simhash_keys WHERE key IN ("
        + ", ".join(sh.key_sql("OLD.simhash"))
        + ") AND doc_id = OLD.doc_id;"
    )
    return {
        "articles_keys_insert": f"AFTER INSERT ON articles BEGIN {add_keys} END",
        "articles_keys_delete": "AFTER DELETE ON articles WHEN OLD.simhash_b0 IS NOT NULL "
        f"BEGIN {drop_keys} END",
        "articles_keys_update": "AFTER UPDATE OF simhash, simhash_b0 ON articles BEGIN "
        f"{drop_keys}\n{add_keys} END",
    }


def triggers_sql(editors_ts: bool = True) -> dict[str, str]:
    """name -> CREATE TRIGGER: summaries and copies follow every write, hand edits too (the
    near-duplicate keys follow through the sidecar's TEMP triggers, neardup.py). ``editors_ts``:
    editors have their v6 ``published_ts``."""
    copies = _COPY_PUBLISHED + ("\n" + _COPY_PUBLISHED_EDITORS if editors_ts else "")

    def body(*statements: str) -> str:
        return "\n".join(s.rstrip(";") + ";" for s in statements)

    return {
        "articles_summary_insert": f"AFTER INSERT ON articles BEGIN "
        f"{body(*_article_summary_sql('NEW', 1))} END",
        "articles_summary_delete": f"AFTER DELETE ON articles BEGIN "
        f"{body(*_article_summary_sql('OLD', -1))} END",
        "articles_summary_update": f"AFTER UPDATE OF {_KEY_COLUMNS} ON articles BEGIN "
        f"{body(*_article_summary_sql('OLD', -1), *_article_summary_sql('NEW', 1))} END",
        "articles_published_copies": f"AFTER UPDATE OF published_at ON articles BEGIN {copies} END",
        "authors_summary_insert": f"AFTER INSERT ON authors BEGIN {_AUTHOR_ADD} END",
        "authors_summary_delete": f"AFTER DELETE ON authors BEGIN {_AUTHOR_RECOUNT} END",
    }


def create_triggers(conn) -> None:
    editors_ts = "published_ts" in {r[1] for r in conn.execute("PRAGMA table_info(editors)")}
    for name, sql in triggers_sql(editors_ts).items():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(f"CREATE TRIGGER {name} {sql}")


def create_simhash_keys(conn) -> None:
    """Frozen (v3/v4 steps): main's key table and its triggers."""
    conn.execute(SIMHASH_KEYS)
    for name, sql in key_triggers_v4_sql().items():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(f"CREATE TRIGGER {name} {sql}")


def fill_simhash_keys(conn) -> None:
    conn.execute("DELETE FROM simhash_keys")
    for key in sh.key_sql("simhash"):
        conn.execute(
            f"INSERT OR IGNORE INTO simhash_keys (key, doc_id) SELECT {key}, doc_id FROM articles "
            "WHERE simhash_b0 IS NOT NULL AND simhash IS NOT NULL"
        )


def fill_summaries(conn) -> None:
    """Recompute every summary table from the base tables (migration; ``Store.rebuild_summaries``)."""
    for name in SUMMARY_NAMES:
        conn.execute(f"DELETE FROM {name}")
    conn.execute(
        "INSERT INTO summary_days SELECT published_date, count(*), sum(is_original), "
        "sum(is_mirror), sum(duplicate_of IS NOT NULL) FROM articles "
        "WHERE published_date IS NOT NULL GROUP BY published_date"
    )
    conn.execute(
        "INSERT INTO summary_day_column_source SELECT coalesce(published_date, ''), "
        "coalesce(column_name, ''), coalesce(source, ''), count(*), sum(is_original), "
        "sum(duplicate_of IS NOT NULL) FROM articles GROUP BY 1, 2, 3"
    )
    conn.execute(
        "INSERT INTO summary_columns SELECT coalesce(column_name, ''), count(*), "
        "min(published_date), max(published_date) FROM articles GROUP BY 1"
    )
    conn.execute(
        "INSERT INTO summary_sources SELECT coalesce(source, ''), count(*), sum(is_original), "
        "min(published_date), max(published_date) FROM articles GROUP BY 1"
    )
    conn.execute(
        "INSERT INTO summary_author_roles SELECT au.name, coalesce(au.role, ''), "
        "count(DISTINCT au.article_id), min(a.published_date), max(a.published_date) "
        "FROM authors AS au JOIN articles AS a ON a.article_id = au.article_id GROUP BY 1, 2"
    )


# indexes that hold no data of their own, created with the views (and when this list changes);
# v4 dropped articles_published_date: Store.recent_articles reads the published_at index
DERIVED_INDEXES: tuple[str, ...] = ()
# settings that hold no data, applied with the views (an existing store gets them at its next
# open; new and rebuilt search indexes get them from create_fts)
DERIVED_SETTINGS = fts.FTS_SETTINGS


def create_views(conn) -> None:
    for sql in (*DERIVED_INDEXES, *DERIVED_SETTINGS):
        conn.execute(sql)
    for name in VIEWS:
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    for name, select in VIEWS.items():
        conn.execute(f"CREATE VIEW {name} AS {select.strip()}")


def views_fingerprint() -> str:
    import hashlib

    text = "\n".join(f"{name}\n{select}" for name, select in sorted(VIEWS.items()))
    text += "\n".join((*DERIVED_INDEXES, *DERIVED_SETTINGS))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- v4 -------------------------------------------------------------------------------------------
# WITHOUT ROWID: the (article_id, position) key is the table itself, not a second autoindex copy
CHILDREN_V4 = """
CREATE TABLE authors_v4 (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    title TEXT,
    published_ts INTEGER,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE TABLE editors_v4 (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    duty TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE TABLE images_v4 (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    caption TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID
"""
# an author's credits by role, newest first, straight off the index (the canned query's order)
V4_INDEXES = """
CREATE INDEX authors_name ON authors(name, role, published_ts DESC);
CREATE INDEX editors_name ON editors(name, duty);
CREATE INDEX articles_content_hash ON articles(substr(content_hash, 1, 16));
CREATE INDEX awards_published_at ON awards(published_at DESC, award_id)
"""


# --- v6 -------------------------------------------------------------------------------------------
# a facet-value page (source=…, column_name=…) walks its value's rows newest first and stops at
# the page; these replace (source, published_date) and (column_name, published_date)
# articles_published_at gains published_date: a day or month page's count (Datasette's LIKE on
# published_date, bounded by the plugin on published_at) reads the index alone, not each row
V6_DROPPED_INDEXES = (
    "articles_source_day", "articles_column_day", "editors_name", "articles_published_at",
)  # fmt: skip
# an author's or editor's page (…_credits_view?author=…, sorted by published_ts) likewise; editors
# get the authors' copy of the time (v4) for it, and (name, published_ts) replaces (name, duty)
V6_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_published_at ON articles(published_at, published_date);
CREATE INDEX IF NOT EXISTS articles_source_at ON articles(source, published_at);
CREATE INDEX IF NOT EXISTS articles_column_at ON articles(column_name, published_at);
CREATE INDEX IF NOT EXISTS authors_name_ts ON authors(name, published_ts DESC);
CREATE INDEX IF NOT EXISTS editors_name_ts ON editors(name, published_ts DESC)
"""

# statistics: ANALYZE again once the archive has grown by this factor since the last one (PRAGMA
# optimize alone re-analyzes only the tables this connection queried, after 25-fold growth, so
# the credits tables kept a small store's figures and the planner sorted every credit)
STATS_GROWTH = 2
STATS_META = "analyzed_articles"
ANALYSIS_LIMIT = 1000  # rows sampled per index: bounded time at any size


# the highest doc_id: how many articles at most (one index probe; a crawl never deletes one)
ARTICLES_BOUND_SQL = "SELECT coalesce(max(doc_id), 0) FROM main.articles"


def refresh_statistics(conn, force: bool = False) -> bool:
    """``ANALYZE`` (sampled) when forced, never done, or the articles have grown ``STATS_GROWTH``
    times since; otherwise ``PRAGMA optimize``. Returns whether it analyzed. ``conn`` in autocommit
    or inside the caller's transaction."""
    articles = conn.execute(ARTICLES_BOUND_SQL).fetchone()[0]
    row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (STATS_META,)).fetchone()
    last = int(row[0]) if row and str(row[0]).isdigit() else None
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    if not force and last is not None and articles < STATS_GROWTH * max(last, 1):
        conn.execute("PRAGMA optimize")
        return False
    conn.execute("ANALYZE")
    conn.execute(
        "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", (STATS_META, str(articles))
    )
    return True
