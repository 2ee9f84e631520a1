"""The SQLite store analysts read (``data/yunmei.db``): schema, migrations, writer, search.

Public API (see docs/schema.md):
    Store(path) ; begin_run(spider, args) -> run_id ; save_articles(items) -> outcomes ;
    record_error(run_id, url, kind, detail) ; finish_run(run_id, outcome, stats) ; close() ;
    last_doc_id() ; stored_article(article_id, up_to_doc_id) -> dict | None ;
    recent_articles(since_date, up_to_doc_id) ; max_article_id() -> int | None ; touch(article_id) ;
    mark_run_killed(run_id) ; table_counts(path, tables) (read-only, for the summary) ;
    search(query, limit) ; rebuild_search() ; integrity_check()
    yunmei.store.search.search(db_or_conn, query, limit) ; yunmei.store.search.cli(argv)
    yunmei.store.datasette_metadata() -> dict
    yunmei.store.extension.CrawlStore.of(crawler) -> the crawl's one Store (an extension)
"""

from __future__ import annotations

# readers outside the store (the Datasette plugin) catch SQLite's errors without importing sqlite3
from sqlite3 import DatabaseError

from yunmei.store.core import BEIJING, Store, StoreError, connect, now_iso, table_counts
from yunmei.store.datasette import datasette_metadata
from yunmei.store.schema import SCHEMA_VERSION

__all__ = [
    "BEIJING",
    "SCHEMA_VERSION",
    "DatabaseError",
    "Store",
    "StoreError",
    "connect",
    "datasette_metadata",
    "now_iso",
    "table_counts",
]
