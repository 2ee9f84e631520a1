"""What an incremental start reads from the store goes through its index whatever ANALYZE last saw.

A store's statistics can be stale (grown by ten times since the last ``ANALYZE``, or copied
from a small store): with the counts a 10k store left behind, SQLite read the recent articles
through the ``doc_id`` index, a scan of every row (115 ms at 100k, seconds on a cold 1M file),
and the start waited for it. The recent-articles query must use the ``published_at`` index.
"""

from __future__ import annotations

import sqlite3

import pytest
from store_factories import article_item

from yunmei.store import Store

# sqlite_stat1 rows as a 10k-article store left them (benchmarks/archive_scale.py): they make
# "doc_id <= ?" look as selective as "published_at >= ?"
STALE_STATS = {"table": "10000", "doc_id": "4941 1", "articles_published_at": "8705 48"}


def doc_id_index(conn: sqlite3.Connection) -> str:
    for _seq, name, *_ in conn.execute("PRAGMA index_list(articles)"):
        if [row[2] for row in conn.execute(f"PRAGMA index_info('{name}')")] == ["doc_id"]:
            return name
    raise AssertionError("articles has no index on doc_id alone")


@pytest.fixture
def store_with_stale_stats(tmp_path):
    with Store(tmp_path / "yunmei.db") as store:
        store.save_articles([article_item(n) for n in range(30)])
        conn = store.conn
        conn.execute("ANALYZE")
        conn.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'articles'")
        conn.executemany(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('articles', ?, ?)",
            [(None, STALE_STATS["table"]), (doc_id_index(conn), STALE_STATS["doc_id"]),
             ("articles_published_at", STALE_STATS["articles_published_at"])],
        )  # fmt: skip
        conn.commit()
        conn.execute("ANALYZE sqlite_schema")  # loads the rows just written into the planner
        yield store


def test_recent_articles_reads_the_published_at_index_with_stale_statistics(
    store_with_stale_stats,
):
    store = store_with_stale_stats
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.recent_articles("2024-01-01")
    finally:
        store.conn.set_trace_callback(None)
    (query,) = [s for s in statements if "published_at >=" in s]
    plan = " ".join(row[-1] for row in store.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "articles_published_at" in plan, plan


def test_retry_candidates_read_only_retryable_rows_through_their_partial_index(tmp_path):
    """A backfill leaves ~300k 404 rows; a start must not read them to find the few it retries."""
    from yunmei.store import outcomes

    with Store(tmp_path / "yunmei.db") as store:
        store.save_articles([article_item(0)])
        stored_id = article_item(0)["article_id"]
        conn = store.conn
        failures = [outcomes.Failure(f"http://x/{n}", f"gone{n}", "http", "http_404", 404)
                    for n in range(50)]  # fmt: skip
        failures += [
            outcomes.Failure("http://x/t1", "timeout1", "download", "TimeoutError"),
            outcomes.Failure("http://x/t2", "timeout2", "download", "TimeoutError", attempts=9),
            outcomes.Failure("http://x/s", stored_id, "download", "TimeoutError"),
            outcomes.Failure("http://x/n", None, "download", "TimeoutError"),
            outcomes.Failure("http://x/e", "err5", "http", "http_503", 503),
        ]
        outcomes.ensure_columns(conn)
        outcomes.record_failures(conn, None, failures)
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        try:
            got = outcomes.retry_candidates(conn, 5)
        finally:
            conn.set_trace_callback(None)
        # newest failure first; 404s, too many attempts, stored articles and id-less rows left out
        assert got == [("err5", "http://x/e"), ("timeout1", "http://x/t1")]
        (query,) = [s for s in statements if "attempts <" in s]
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + query))
        assert "crawl_errors_retryable" in plan, plan
