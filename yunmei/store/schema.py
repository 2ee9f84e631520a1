"""The current schema (version 2): tables, indexes and the analysts' views. Described in docs/schema.md.

Table DDL here is the *frozen* v2 shape: a later version must add a migration step in
migrations.py instead of editing it. Views hold no data, so ``VIEWS`` may change freely: the
store recreates them whenever their text changes.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

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
    "awards_view": """
SELECT aw.award_id, e.name AS event, e.kind AS event_kind, e.date AS event_date, e.venue,
       e.organizer, e.participants, aw.category, aw.tier, aw.tier_rank, aw.recipient,
       aw.recipient_kind, aw.affiliation, a.article_id, a.title, a.published_at,
       a.published_date, a.url, a.duplicate_of, e.event_id
FROM awards AS aw
JOIN events AS e ON e.event_id = aw.event_id
JOIN articles AS a ON a.article_id = aw.article_id
""",
    "article_counts_view": """
SELECT published_date AS day, column_name, source, count(*) AS articles,
       sum(is_original) AS originals, sum(duplicate_of IS NOT NULL) AS reposts
FROM articles
GROUP BY published_date, column_name, source
""",
    "articles_per_day_view": """
SELECT published_date AS day, count(*) AS articles, sum(is_original) AS originals,
       sum(is_mirror) AS from_mirrors, sum(duplicate_of IS NOT NULL) AS reposts
FROM articles
WHERE published_date IS NOT NULL
GROUP BY published_date
""",
    "articles_per_column_view": """
SELECT column_name, count(*) AS articles, min(published_date) AS first_day,
       max(published_date) AS last_day
FROM articles
GROUP BY column_name
""",
    "articles_per_source_view": """
SELECT source, count(*) AS articles, sum(is_original) AS originals,
       min(published_date) AS first_day, max(published_date) AS last_day
FROM articles
GROUP BY source
""",
    "author_credits_view": """
SELECT au.name AS author, au.role, au.title AS author_title, a.article_id, a.title,
       a.published_at, a.published_date, a.column_name, a.source, a.url, au.position
FROM authors AS au
JOIN articles AS a ON a.article_id = au.article_id
""",
    "author_roles_view": """
SELECT au.name AS author, au.role, count(DISTINCT au.article_id) AS articles,
       min(a.published_date) AS first_day, max(a.published_date) AS last_day
FROM authors AS au
JOIN articles AS a ON a.article_id = au.article_id
GROUP BY au.name, au.role
""",
    "editor_credits_view": """
SELECT ed.name AS editor, ed.duty, a.article_id, a.title, a.published_at, a.published_date,
       a.column_name, a.source, a.url, ed.position
FROM editors AS ed
JOIN articles AS a ON a.article_id = ed.article_id
""",
    "duplicates_view": """
SELECT d.article_id, d.title, d.published_at, d.url, o.article_id AS original_id,
       o.title AS original_title, o.published_at AS original_published_at,
       o.url AS original_url
FROM articles AS d
JOIN articles AS o ON o.article_id = d.duplicate_of
""",
    "revisions_view": """
SELECT r.revision_id, r.article_id, r.reason, r.title AS old_title, a.title AS current_title,
       r.content_hash AS old_content_hash, r.new_content_hash, r.seen_from, r.seen_until,
       r.replaced_at, length(r.body) AS old_body_chars, length(a.body) AS current_body_chars,
       a.url
FROM article_revisions AS r
JOIN articles AS a ON a.article_id = r.article_id
""",
    # ``q`` is the FTS5 match handle: WHERE q MATCH '湛江'; its own value means nothing
    "article_search": """
SELECT f.articles_fts AS q, f.rank AS rank, a.article_id, a.title, a.published_at,
       a.column_name, a.source, a.url, a.duplicate_of, a.body
FROM articles_fts AS f
JOIN articles AS a ON a.doc_id = f.rowid
""",
}


def create_views(conn) -> None:
    for name in VIEWS:
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    for name, select in VIEWS.items():
        conn.execute(f"CREATE VIEW {name} AS {select.strip()}")


def views_fingerprint() -> str:
    import hashlib

    text = "\n".join(f"{name}\n{select}" for name, select in sorted(VIEWS.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
