"""Descriptions of every table, view and column, as Datasette metadata and as docs/schema.md's reference.

One source for both, so the browser and the docs cannot drift apart:
``datasette_metadata()`` → the dict; ``write_metadata()`` → yunmei/datasette/metadata.yml;
``schema_reference_markdown()`` → the generated part of docs/schema.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from yunmei.store.schema import ARTICLE_COLUMNS_V3

DATABASE = "yunmei"  # Datasette names a database after its file: data/yunmei.db
METADATA_PATH = Path(__file__).resolve().parent.parent / "datasette" / "metadata.yml"
SEARCH_SQL_PATH = Path(__file__).resolve().parent.parent / "datasette" / "search.sql"

_SEEN = {
    "first_seen_at": "When the store first saw the article (ISO 8601, +08:00).",
    "last_seen_at": "When a crawl last saw the article, changed or not (ISO 8601, +08:00).",
    "last_changed_at": "When the stored text last changed: first seen, or the last re-crawl that found a new `content_hash`.",
}
_ARTICLE_REF = {
    "article_id": "The article (→ `articles.article_id`).",
    "title": "The article's title.",
    "published_at": "The article's publication time, ISO 8601 with +08:00 (date only for the e-paper).",
    "published_date": "`YYYY-MM-DD` part of `published_at`.",
    "column_name": "The article's column (栏目), e.g. `报小拍`.",
    "source": "The article's source (来源) as printed.",
    "url": "Canonical URL of the article.",
}

# table or view -> (description, {column: description}, facets)
TABLES: dict[str, tuple[str, dict[str, str], list[str]]] = {
    "articles": (
        "One row per canonical article (primary key `article_id`; `url` unique). Lists live in child tables; a crawl never deletes a row.",
        {
            "article_id": "The site's id (`2836735`), or `zjrb-YYYY-MM-DD-n` for e-paper articles.",
            "doc_id": "Stable integer id, the rowid of the article in `articles_fts` (search index).",
            "url": "Canonical URL: `https://www.gdzjdaily.com.cn/p/{id}.html` (mirrors, m., http and `?v=` junk all map to it).",
            "fetched_url": "The URL actually fetched (a mirror's URL for a mirror copy).",
            "title": "Title without its column prefix.",
            "column_name": "Column (栏目) from a `栏目|` title prefix, e.g. `报小拍`; NULL if none. (The item field `column`.)",
            "subtitle": "Second headline, or NULL.",
            "kicker": "Lead-in line above the title (e-paper 引题), or NULL.",
            "published_at": "Publication time as ISO 8601 text with +08:00 (`2023-03-24T20:11:00+08:00`); date only (`2015-05-06`) for the e-paper.",
            "published_date": "`YYYY-MM-DD` part of `published_at` (indexed; for per-day counts and facets).",
            "published_raw": "The time as printed (`2023-03-24 20:11`).",
            "source": "Source (来源) as printed, several kept together (`湛江新闻网、湛江晚报、腾讯网等`); NULL when empty.",
            "byline_raw": "The author line as printed (作者); parsed into `authors`.",
            "body": "Article text: paragraphs joined by newlines, simplified Chinese, no chrome or credit lines.",
            "page_count": "Number of pages the article has (its pager).",
            "missing_pages": "JSON list of page numbers that could not be fetched (`[]` when complete).",
            "epaper_page": "E-paper page (版面) number, e.g. `A02`; NULL for web articles.",
            "epaper_page_name": "E-paper page name, e.g. `第A02版:新闻+本地`.",
            "page_kind": "Which template the page was extracted from (desktop, mobile, epaper …).",
            "is_original": "1 if the article carried the 云媒原创 notice or `©原创`, else 0.",
            "is_mirror": "1 if the stored copy came from a mirror site (kept only until the original is fetched), else 0.",
            "duplicate_of": "For a repost under another id: the `article_id` of the earliest stored article with the same or nearly the same body (SimHash distance ≤ 3); NULL for originals.",
            "language": "Language tag, `zh-Hans`.",
            "quality_flags": "JSON list of what was wrong and repaired: `traditional_converted`, `pinyin_removed`, `mojibake_repaired`, `mojibake_unrepaired`, `mirror_copy`, `header_missing` …",
            "extraction": "JSON object: for each field, the extraction layer that produced it.",
            "extra": "JSON object of item fields this schema has no column for (nothing is dropped).",
            "content_hash": "Hex sha256 of the normalized title + body; a new value on re-crawl means the article was edited.",
            "simhash": "64-bit SimHash (signed INTEGER) of character 3-shingles of the normalized body; NULL under 3 characters.",
            "simhash_b0": "Bits 0–15 of `simhash` (non-NULL marks a linkable article; lookups use the pair keys in the sidecar file `yunmei.db-neardup`); NULL when the body is under 50 characters.",
            "simhash_b1": "Bits 16–31 of `simhash`; NULL when the body is under 50 characters.",
            "simhash_b2": "Bits 32–47 of `simhash`; NULL when the body is under 50 characters.",
            "simhash_b3": "Bits 48–63 of `simhash`; NULL when the body is under 50 characters.",
            "http_etag": "ETag of the last fetch, if the server sent one (for conditional re-fetch).",
            "http_last_modified": "Last-Modified of the last fetch, if the server sent one.",
            **_SEEN,
        },
        ["column_name", "source", "page_kind", {"month": "published_date"}, "is_original"],
    ),
    "authors": (
        "One row per author credit, in byline order; replaced with the article when it changes.",
        {
            "article_id": "The article (→ `articles`).",
            "position": "Order in the byline, from 0.",
            "name": "Author's name (`陈振园`).",
            "role": "text, photo, video, aerial, voiceover, copy or graphics.",
            "title": "Title as printed (`记者`, `见习记者`, `通讯员`; `实习生` for `(实习)`), or NULL.",
            "published_ts": "The article's `published_at` in Unix seconds (a copy, for the "
            "credits-by-role order); NULL when unknown.",
        },
        ["role", "title"],
    ),
    "editors": (
        "One row per editor credit (编辑, 值班主任, 值班编委, 责任编辑), in printed order.",
        {
            "article_id": "The article (→ `articles`).",
            "position": "Order on the page, from 0.",
            "name": "Editor's name.",
            "duty": "editor, duty_director (值班主任), duty_board (值班编委) or responsible_editor (责任编辑).",
            "published_ts": "The article's `published_at` in Unix seconds (a copy, v6, for an "
            "editor's credits newest first); NULL when unknown.",
        },
        ["duty"],
    ),
    "images": (
        "One row per image of the article body, in order.",
        {
            "article_id": "The article (→ `articles`).",
            "position": "Order in the body, from 0.",
            "url": "Absolute image URL.",
            "caption": "Caption line, or NULL.",
        },
        [],
    ),
    "events": (
        "Contests, matches, exams and selections an article reports (about one article in five).",
        {
            "event_id": "Integer id (new ids when the article changes and its events are replaced).",
            "article_id": "The article that reports it (→ `articles`).",
            "position": "Order within the article, from 0.",
            "name": "Event name (`雄鹰擂台赛`), or NULL.",
            "kind": "competition, match, selection, exam or other.",
            "date": "`YYYY-MM-DD` when the event took place, or NULL.",
            "venue": "Where it was held (`区办公大楼8楼会议室`), or NULL.",
            "organizer": "Organiser, or NULL.",
            "participants": "Number of participants (units, contestants), or NULL.",
            "evidence": "The sentence(s) the facts came from.",
            "extra": "JSON object of event fields with no column of their own.",
        },
        ["kind"],
    ),
    "awards": (
        "One row per award recipient (an award nobody is named for still has one row, recipient NULL).",
        {
            "award_id": "Integer id.",
            "event_id": "The event (→ `events`).",
            "article_id": "The article (→ `articles`).",
            "award_position": "Order of the award within its event, from 0.",
            "recipient_position": "Order of the recipient within the award, from 0.",
            "tier": "Tier as printed: `一等奖`, `金牌`, `冠军` …",
            "tier_rank": "0 for 特等奖, 1 for first/gold/champion, 2, 3 …; NULL for unranked (优秀奖, 最佳人气奖).",
            "category": "Category such as `成人组`, or NULL.",
            "recipient": "Who won: organisation, person, team or work (`区交通运输局`).",
            "recipient_kind": "organization, person, team or work.",
            "affiliation": "The recipient's affiliation (`岭南师范学院`), or NULL.",
            "published_at": "The article's `published_at` (a copy, for newest-first lists).",
        },
        ["tier", "recipient_kind", "category"],
    ),
    "article_revisions": (
        "Earlier versions of edited articles: when a re-crawl finds a new `content_hash`, the previous text is kept here before the update.",
        {
            "revision_id": "Integer id.",
            "article_id": "The article (→ `articles`).",
            "reason": "`changed` (the site edited the article) or `mirror_replaced` (a mirror copy was replaced by the original).",
            "title": "The previous title.",
            "subtitle": "The previous subtitle.",
            "body": "The previous body.",
            "content_hash": "The previous `content_hash`.",
            "published_at": "The previous `published_at`.",
            "byline_raw": "The previous byline as printed.",
            "fetched_url": "Where the previous version was fetched from.",
            "is_mirror": "1 if the previous version was a mirror copy.",
            "seen_from": "When the previous version was first seen (its `last_changed_at`).",
            "seen_until": "When the previous version was last seen (its `last_seen_at`).",
            "replaced_at": "When the crawl found the new version.",
            "new_content_hash": "The `content_hash` that replaced it.",
        },
        ["reason"],
    ),
    "crawl_runs": (
        "One row per crawl run.",
        {
            "run_id": "Integer id.",
            "spider": "Spider name: `yunmei` or `yunmei_epaper`.",
            "args": "JSON object of the spider's arguments.",
            "started_at": "Start time (ISO 8601, +08:00).",
            "finished_at": "End time, NULL while running (or if the crawl was killed).",
            "outcome": "running (or killed before it finished), finished, degraded, interrupted or failed.",
            "stats": "JSON object of the Scrapy stats at the end.",
        },
        ["spider", "outcome"],
    ),
    "crawl_errors": (
        "One row per error during a crawl.",
        {
            "error_id": "Integer id.",
            "run_id": "The run (→ `crawl_runs`).",
            "url": "The URL concerned, or NULL.",
            "kind": "Error kind: `http_404`, `dropped`, `spider_error` …",
            "detail": "Details (at most 2000 characters).",
            "at": "When it happened (ISO 8601, +08:00).",
        },
        ["kind", "run_id"],
    ),
    "store_meta": (
        "Store bookkeeping: the search tokenizer version and the views' fingerprint (recreated when they change).",
        {"key": "Setting name.", "value": "Setting value."},
        [],
    ),
    # --- views ---
    "articles_view": (
        "View — articles with their authors and editors flattened to one line each.",
        {
            **{
                k: _ARTICLE_REF[k]
                for k in ("article_id", "published_at", "published_date", "column_name", "title")
            },
            "subtitle": "The article's subtitle.",
            "source": _ARTICLE_REF["source"],
            "authors": "`name (role, title)` for each author, `; `-separated, in byline order.",
            "editors": "`name (duty)` for each editor, `; `-separated.",
            "images": "Number of images.",
            "events": "Number of events reported.",
            "byline_raw": "The byline as printed.",
            "is_original": "1 if a 云媒 original.",
            "is_mirror": "1 if stored from a mirror copy.",
            "duplicate_of": "The original this is a repost of, or NULL.",
            "page_count": "Number of pages.",
            "url": _ARTICLE_REF["url"],
            **_SEEN,
        },
        ["source", "column_name", "is_original"],
    ),
    "awards_view": (
        "View — one row per award recipient with its event, tier, and the article's title, date and URL.",
        {
            "award_id": "→ `awards.award_id`.",
            "event": "Event name.",
            "event_kind": "competition, match, selection, exam or other.",
            "event_date": "When the event took place (`YYYY-MM-DD`).",
            "venue": "Where it was held.",
            "organizer": "Organiser.",
            "participants": "Number of participants.",
            "category": "Category (`成人组`), or NULL.",
            "tier": "Tier as printed (`一等奖`).",
            "tier_rank": "0 特等奖, 1 first, 2, 3 …; NULL unranked.",
            "recipient": "Who won.",
            "recipient_kind": "organization, person, team or work.",
            "affiliation": "Recipient's affiliation.",
            **{
                k: _ARTICLE_REF[k]
                for k in ("article_id", "title", "published_at", "published_date", "url")
            },
            "duplicate_of": "Set when the article is a repost: filter `duplicate_of IS NULL` to count each award once.",
            "event_id": "→ `events.event_id`.",
        },
        ["tier", "event", "recipient_kind"],
    ),
    "article_counts_view": (
        "View — number of articles per day, column and source (sum over any of them).",
        {
            "day": "Publication date `YYYY-MM-DD` (NULL when unknown).",
            "column_name": "Column.",
            "source": "Source.",
            "articles": "Number of articles.",
            "originals": "How many of them are 云媒 originals.",
            "reposts": "How many are reposts (`duplicate_of` set).",
        },
        ["source", "column_name"],
    ),
    "articles_per_day_view": (
        "View — number of articles per publication day.",
        {
            "day": "Publication date `YYYY-MM-DD`.",
            "articles": "Number of articles.",
            "originals": "How many are 云媒 originals.",
            "from_mirrors": "How many are stored from mirror copies only.",
            "reposts": "How many are reposts (`duplicate_of` set).",
        },
        [],
    ),
    "articles_per_column_view": (
        "View — number of articles per column (栏目).",
        {
            "column_name": "Column (NULL: no column).",
            "articles": "Number of articles.",
            "first_day": "Earliest publication date.",
            "last_day": "Latest publication date.",
        },
        [],
    ),
    "articles_per_source_view": (
        "View — number of articles per source (来源).",
        {
            "source": "Source as printed (NULL: none given).",
            "articles": "Number of articles.",
            "originals": "How many are 云媒 originals.",
            "first_day": "Earliest publication date.",
            "last_day": "Latest publication date.",
        },
        [],
    ),
    "author_credits_view": (
        "View — every author credit with its role and the article: an author's credits by role.",
        {
            "author": "Author's name.",
            "role": "text, photo, video, aerial, voiceover, copy or graphics.",
            "author_title": "Title as printed (`记者` …).",
            **{
                k: _ARTICLE_REF[k]
                for k in (
                    "article_id",
                    "title",
                    "published_at",
                    "published_date",
                    "column_name",
                    "source",
                    "url",
                )
            },
            "position": "Position in the byline.",
            "published_ts": "The article's `published_at` in Unix seconds (the credit's copy): an "
            "author's page sorts by it, newest first off the `(name, published_ts DESC)` index.",
        },
        ["role", "author_title", "source"],
    ),
    "author_roles_view": (
        "View — per author and role: number of articles, first and last date.",
        {
            "author": "Author's name.",
            "role": "Role.",
            "articles": "Number of articles credited in that role.",
            "first_day": "Earliest publication date.",
            "last_day": "Latest publication date.",
        },
        ["role"],
    ),
    "editor_credits_view": (
        "View — every editor credit with its duty and the article.",
        {
            "editor": "Editor's name.",
            "duty": "editor, duty_director, duty_board or responsible_editor.",
            **{
                k: _ARTICLE_REF[k]
                for k in (
                    "article_id",
                    "title",
                    "published_at",
                    "published_date",
                    "column_name",
                    "source",
                    "url",
                )
            },
            "position": "Position in the credits.",
            "published_ts": "The article's `published_at` in Unix seconds (the credit's copy): an "
            "editor's page sorts by it, newest first off the `(name, published_ts DESC)` index.",
        },
        ["duty"],
    ),
    "duplicates_view": (
        "View — reposts next to the article they repeat.",
        {
            "article_id": "The repost.",
            "title": "Its title.",
            "published_at": "Its publication time.",
            "url": "Its URL.",
            "original_id": "The earliest stored article with the same or nearly the same body.",
            "original_title": "The original's title.",
            "original_published_at": "The original's publication time.",
            "original_url": "The original's URL.",
        },
        [],
    ),
    "revisions_view": (
        "View — edits found by re-crawls: old and current title, hashes and when.",
        {
            "revision_id": "→ `article_revisions`.",
            "article_id": "The article.",
            "reason": "`changed` or `mirror_replaced`.",
            "old_title": "Title before the edit.",
            "current_title": "Title now.",
            "old_content_hash": "Hash before.",
            "new_content_hash": "Hash that replaced it.",
            "seen_from": "Old version first seen.",
            "seen_until": "Old version last seen.",
            "replaced_at": "When the new version was found.",
            "old_body_chars": "Length of the old body.",
            "current_body_chars": "Length of the current body.",
            "url": "The article's URL.",
        },
        ["reason"],
    ),
    "article_search": (
        "View — full-text search: `SELECT * FROM article_search WHERE q MATCH '湛江' ORDER BY rank`. "
        "Two-character words and English words match as written; a longer Chinese word is the phrase "
        "of its overlapping pairs (`'\"雄鹰 鹰擂 擂台 台赛\"'`) — or use the `search` query, which rewrites for you.",
        {
            "q": "The match handle: `WHERE q MATCH '…'` (its value means nothing).",
            "rank": "Weighted bm25 (title 10, subtitle 5, body 1): lower is better; `ORDER BY rank`.",
            **{
                k: _ARTICLE_REF[k]
                for k in ("article_id", "title", "published_at", "column_name", "source", "url")
            },
            "duplicate_of": "Set for reposts.",
            "body": "The article text.",
        },
        [],
    ),
}
# schema v3 (issue 16): summary tables, simhash keys, and search without phrases
TABLES.update(
    {
        "summary_days": (
            "Summary behind `articles_per_day_view`, kept current by triggers on `articles`.",
            {"day": "`YYYY-MM-DD`.", "articles": "Articles.", "originals": "Of which 原创.",
             "from_mirrors": "Of which mirror copies.", "reposts": "Of which reposts."},
            [],
        ),
        "summary_day_column_source": (
            "Summary behind `article_counts_view` (`''` stands for NULL), kept by triggers.",
            {"day": "`YYYY-MM-DD` or `''`.", "column_name": "Column or `''`.",
             "source": "Source or `''`.", "articles": "Articles.", "originals": "Of which 原创.",
             "reposts": "Of which reposts."},
            [],
        ),
        "summary_columns": (
            "Summary behind `articles_per_column_view` (`''` stands for NULL), kept by triggers.",
            {"column_name": "Column or `''`.", "articles": "Articles.",
             "first_day": "Earliest `published_date`.", "last_day": "Latest `published_date`."},
            [],
        ),
        "summary_sources": (
            "Summary behind `articles_per_source_view` (`''` stands for NULL), kept by triggers.",
            {"source": "Source or `''`.", "articles": "Articles.", "originals": "Of which 原创.",
             "first_day": "Earliest `published_date`.", "last_day": "Latest `published_date`."},
            [],
        ),
        "summary_author_roles": (
            "Summary behind `author_roles_view` (`''` role stands for NULL), kept by triggers on `authors`.",
            {"name": "Author.", "role": "Role or `''`.", "articles": "Distinct articles credited.",
             "first_day": "Earliest `published_date`.", "last_day": "Latest `published_date`."},
            [],
        ),
        # v3 keeps the hot columns before body: same descriptions, table order
        "articles": (
            TABLES["articles"][0],
            {c: TABLES["articles"][1][c] for c in ARTICLE_COLUMNS_V3},
            TABLES["articles"][2],
        ),
        "article_search": (
            "View — full-text search: `SELECT * FROM article_search WHERE q MATCH '湛江' ORDER BY doc_id DESC LIMIT 20` "
            "(newest first, stops early). Two-character words and English words match as written; the index "
            "keeps no positions, so a longer Chinese word is the AND of its overlapping pairs plus a substring "
            "check (`q MATCH '雄鹰 AND 鹰擂 AND 擂台 AND 台赛' AND instr(body, '雄鹰擂台赛')`) — or use the "
            "`search` query, which rewrites for you.",
            {
                **TABLES["article_search"][1],
                "rank": "FTS5 rank (flat: the index keeps no term counts); order by `doc_id DESC` instead.",
                "doc_id": "The article's `doc_id` (rowid in `articles_fts`): higher is newer.",
                "subtitle": "The article's subtitle.",
            },
            [],
        ),
    }
)  # fmt: skip
HIDDEN = {"store_meta", "articles_fts"}
VIEW_SORT = {
    "articles": "published_at",
    "articles_view": "published_at",
    "awards_view": "published_at",
    "articles_per_day_view": "day",
    "author_credits_view": "published_at",
    "editor_credits_view": "published_at",
    "crawl_runs": "run_id",
}


# the month facet of a long archive would push the rows a screen down
FACET_SIZE = {"articles": 12}


def search_sql() -> str:
    """The pure-SQL search (no Python function needed), shared by Datasette and sqlite3 users."""
    from yunmei.store.search import PLAIN_SQL_SEARCH

    return PLAIN_SQL_SEARCH


# The search box: the SQL functions of yunmei/store/sqlfunc.py (the plugin registers them);
# an empty or unsearchable query selects no row
# newest first through the index, stopping at the 100th accepted hit (never ranking every hit: a
# common word is in a third of a million articles); the snippets are made for those 100 only
SEARCH_QUERY_SQL = """SELECT title, substr(published_at, 1, 10) AS date, column_name,
       yunmei_snippet(body, :q) AS snippet, article_id
FROM (
  SELECT s.title, s.published_at, s.column_name, s.body, s.article_id
  FROM article_search AS s JOIN articles AS a ON a.article_id = s.article_id
  WHERE yunmei_fts_query(:q) <> '' AND s.q MATCH yunmei_fts_query(:q)
    AND yunmei_search_accepts(:q, s.title, a.subtitle, s.body)
  ORDER BY s.doc_id DESC
  LIMIT 100
)
ORDER BY published_at DESC"""


def canned_queries() -> dict[str, dict[str, Any]]:
    return {
        "search": {
            "title": "Full-text search",
            "description": "Words separated by spaces are all required (一等奖 坡头); OR between words "
            '(湛江 OR 坡头); -word excludes; "quoted words" stay together; single characters (坡) '
            "and letters with Chinese (5G网络) work. The query goes through the SQL function "
            "yunmei_fts_query(q), which the yunmei Datasette plugin registers.",
            "sql": SEARCH_QUERY_SQL,
            "hide_sql": True,
        },
        "author_credits": {
            "title": "An author's credits by role",
            "description": "Every article an author is credited on, with the role.",
            # the tables, not author_credits_view: the (name, role, published_ts DESC) index gives
            # this order, so Datasette's first 1,000 rows come without sorting every credit
            "sql": "SELECT au.role, au.title AS author_title, a.published_at, a.title, a.column_name,\n"
            "       a.source, a.url, a.article_id\n"
            "FROM authors AS au JOIN articles AS a ON a.article_id = au.article_id\n"
            "WHERE au.name = :author\nORDER BY au.role, au.published_ts DESC",
        },
        "author_roles": {
            "title": "An author's credits counted by role",
            "sql": "SELECT role, articles, first_day, last_day FROM author_roles_view\n"
            "WHERE author = :author ORDER BY articles DESC",
        },
        "awards": {
            "title": "Awards: event, tier, recipient, article",
            "description": "Award recipients; filter by a recipient or event name fragment (empty: all).",
            # the tables in a fixed order, driven by the awards(published_at DESC) index: the first
            # 1,000 rows come without sorting every award (a planner with stale statistics sorted)
            "sql": (
                "SELECT e.name AS event, e.date AS event_date, aw.category, aw.tier, aw.tier_rank, aw.recipient,\n"
                "       aw.recipient_kind, aw.affiliation, a.title, aw.published_at, a.url, a.article_id, e.event_id\n"
                "FROM awards AS aw INDEXED BY awards_published_at\n"
                "CROSS JOIN events AS e ON e.event_id = aw.event_id\n"
                "CROSS JOIN articles AS a ON a.article_id = aw.article_id\n"
                "WHERE a.duplicate_of IS NULL\n"
                "  AND (:recipient = '' OR aw.recipient LIKE '%' || :recipient || '%')\n"
                "  AND (:event = '' OR e.name LIKE '%' || :event || '%')\n"
                "ORDER BY aw.published_at DESC, e.event_id, aw.tier_rank IS NULL, aw.tier_rank, aw.award_id"
            ),
        },
        "articles_per_day": {
            "title": "Articles per day",
            "sql": "SELECT day, articles, originals, from_mirrors, reposts\n"
            "FROM articles_per_day_view ORDER BY day DESC",
        },
        "articles_per_column": {
            "title": "Articles per column",
            "sql": "SELECT column_name, articles, first_day, last_day\n"
            "FROM articles_per_column_view ORDER BY articles DESC",
        },
        "articles_per_source": {
            "title": "Articles per source",
            "sql": "SELECT source, articles, originals, first_day, last_day\n"
            "FROM articles_per_source_view ORDER BY articles DESC",
        },
    }


def datasette_metadata() -> dict[str, Any]:
    """Datasette metadata: descriptions of every table/view/column, facets, canned queries."""
    tables: dict[str, Any] = {}
    for name, (description, columns, facets) in TABLES.items():
        entry: dict[str, Any] = {"description": description, "columns": dict(columns)}
        if facets:
            entry["facets"] = list(facets)
        if name in VIEW_SORT:
            entry["sort_desc"] = VIEW_SORT[name]
        if name in FACET_SIZE:
            entry["facet_size"] = FACET_SIZE[name]
        if name in HIDDEN:
            entry["hidden"] = True
        if "title" in columns and name not in ("authors",):
            entry["label_column"] = "title"
        tables[name] = entry
    tables["articles_fts"] = {
        "hidden": True,
        "description": "Contentless FTS5 index of bigrams; query it through `article_search`.",
    }
    return {
        "title": "yunmei — 湛江云媒 news archive",
        "description": "Articles of Zhanjiang Cloud Media (gdzjdaily.com.cn): credits, events and awards. "
        "Schema: docs/schema.md.",
        "databases": {
            DATABASE: {
                "description": "Crawled by yunmei. Search with the `search` query; the `*_view` views answer the common questions.",
                "tables": tables,
                "queries": canned_queries(),
            }
        },
    }


def metadata_yaml() -> str:
    import yaml

    header = "# Generated by `python -m yunmei.store metadata` from yunmei/store/datasette.py: edit that file.\n"
    return header + yaml.safe_dump(
        datasette_metadata(), allow_unicode=True, sort_keys=False, width=100
    )


def search_sql_file() -> str:
    header = (
        "-- Full-text search in plain SQL (generated from yunmei/store/search.py).\n"
        "-- sqlite3 data/yunmei.db  then:  .param set :q \"'一等奖 坡头'\"  then:  .read yunmei/datasette/search.sql\n"
    )
    return header + search_sql() + ";\n"


def write_metadata(path: Path = METADATA_PATH) -> Path:
    """Write metadata.yml and search.sql beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(metadata_yaml(), "utf-8")
    (path.parent / SEARCH_SQL_PATH.name).write_text(search_sql_file(), "utf-8")
    return path


DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
DOCS_BEGIN = "<!-- BEGIN GENERATED by `python -m yunmei.store docs --write` from yunmei/store/datasette.py -->\n"
DOCS_END = "<!-- END GENERATED -->"


def write_docs(path: Path = DOCS_PATH) -> Path:
    """Replace the generated reference between the markers of docs/schema.md."""
    text = path.read_text("utf-8")
    start = text.index(DOCS_BEGIN) + len(DOCS_BEGIN)
    path.write_text(
        text[:start] + schema_reference_markdown() + text[text.index(DOCS_END) :], "utf-8"
    )
    return path


def schema_reference_markdown() -> str:
    """The per-table column reference of docs/schema.md (between its GENERATED markers)."""
    out: list[str] = []
    for name, (description, columns, _facets) in TABLES.items():
        kind = "view" if description.startswith("View") else "table"
        out.append(f"### `{name}` ({kind})\n\n{description}\n\n| column | meaning |\n|---|---|")
        for column, text in columns.items():
            out.append(f"| `{column}` | {text.replace('|', '&#124;')} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
