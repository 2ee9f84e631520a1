"""Schema v6: filtered pages walk an index in their order — (source | column_name, published_at),
credits by (name, published_ts DESC) — whatever the statistics say; the v5→v6 upgrade."""

from __future__ import annotations

import sqlite3

import pytest
from store_factories import article_item, one, rows, seed_item
from test_schema_v3 import recomputed, summaries

from yunmei.store import SCHEMA_VERSION, Store, schema

V6_INDEXES = {"articles_source_at", "articles_column_at", "authors_name_ts", "editors_name_ts"}
# the row queries Datasette runs for a facet-value click, an author's or editor's page (the
# plugin sorts those by published_ts), a day or month (with the plugin's published_at range)
FILTERED = {
    "SELECT * FROM articles WHERE source = '湛江云媒' "
    "ORDER BY published_at DESC, article_id LIMIT 101": "articles_source_at",
    "SELECT * FROM articles WHERE column_name = '报小拍' "
    "ORDER BY published_at DESC, article_id LIMIT 101": "articles_column_at",
    "SELECT * FROM articles WHERE published_date LIKE '2024-05-1%' AND published_at >= '2024-05-1' "
    "AND published_at < '2024-05-1' || char(65535) ORDER BY published_at DESC LIMIT 101": "articles_published_at",
    "SELECT * FROM author_credits_view WHERE author = '作者1' "
    "ORDER BY published_ts DESC LIMIT 101": "authors_name_ts",
    "SELECT * FROM editor_credits_view WHERE editor = '编辑1' "
    "ORDER BY published_ts DESC LIMIT 101": "editors_name_ts",
    "SELECT * FROM awards_view WHERE tier = '金牌' ORDER BY published_at DESC LIMIT 101": "awards_published_at",
    "SELECT * FROM awards_view ORDER BY published_at DESC LIMIT 101": "awards_published_at",
}  # fmt: skip


def plan(conn: sqlite3.Connection, sql: str) -> str:
    return " | ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


def indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def items() -> list[dict]:
    return [seed_item(), *(article_item(n) for n in range(1, 40))]


V5_VIEWS = {
    **schema.VIEWS,
    "author_credits_view": schema.VIEWS["author_credits_view"].replace(",\n       au.published_ts", ""),
    "editor_credits_view": schema.VIEWS["editor_credits_view"].replace(", ed.published_ts", ""),
}  # fmt: skip


def make_v5(path, monkeypatch) -> None:
    """A v5 store written by today's writer through the v5 steps (it writes the v5 shape)."""
    with monkeypatch.context() as m:
        m.setattr(schema, "SCHEMA_VERSION", 5)
        m.setattr(schema, "VIEWS", V5_VIEWS)
        with Store(path) as store:
            assert store.schema_version == 5
            assert set(store.save_articles(items())) == {"new"}


def view_rows(conn: sqlite3.Connection, view: str, columns: list[str]) -> list[tuple]:
    return rows(conn, f"SELECT {', '.join(columns)} FROM {view} ORDER BY 1, 2, 3, 4")


def test_a_v5_store_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "v5.db"
    make_v5(path, monkeypatch)
    before = sqlite3.connect(path)
    assert one(before, "PRAGMA user_version") == 5
    assert {"articles_source_day", "articles_column_day", "editors_name"} <= indexes(before)
    tables = {t: rows(before, f"SELECT * FROM {t} ORDER BY 1, 2")
              for t in ("articles", "authors", "editors", "awards")}  # fmt: skip
    # the v5 columns of every view (v6 adds published_ts to the credit views)
    columns = {v: [r[1] for r in before.execute(f"PRAGMA table_info({v})")]
               for v in schema.VIEWS if v != "article_search"}  # fmt: skip
    views = {v: view_rows(before, v, cols) for v, cols in columns.items()}
    before.close()
    with Store(path) as store:
        c = store.conn
        assert (store.migrated_from, store.schema_version) == (5, SCHEMA_VERSION) == (5, 6)
        assert indexes(c) >= V6_INDEXES
        assert not {"articles_source_day", "articles_column_day", "editors_name"} & indexes(c)
        for table, old in tables.items():
            new = rows(c, f"SELECT * FROM {table} ORDER BY 1, 2")
            assert [r[: len(old[0])] for r in new] == old  # editors gain published_ts at the end
        for view, old in views.items():
            assert view_rows(c, view, columns[view]) == old, view
        # editors carry the article's time as authors do
        assert rows(c, "SELECT count(*) FROM editors AS ed JOIN authors AS au USING (article_id) "
                       "WHERE ed.published_ts IS NOT au.published_ts") == [(0,)]  # fmt: skip
        assert one(c, "SELECT count(*) FROM editors WHERE published_ts IS NULL") == 0
        # the planner knows the new indexes, and when it last counted
        assert one(c, "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'authors_name_ts'") == 1
        assert int(one(c, "SELECT value FROM store_meta WHERE key = ?", schema.STATS_META)) > 0
        assert summaries(c) == recomputed(c)
        assert store.integrity_check() == ["ok"]


def test_a_new_store_has_the_v6_layout(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert store.schema_version == 6 and indexes(store.conn) >= V6_INDEXES
        assert "published_ts" in {r[1] for r in store.conn.execute("PRAGMA table_info(editors)")}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save_articles(items())
        yield store


@pytest.mark.parametrize("sql", FILTERED)
def test_a_filtered_page_walks_its_index_newest_first(store, sql):
    got = plan(store.conn, sql)
    assert FILTERED[sql] in got and "USE TEMP B-TREE FOR ORDER BY" not in got, got
    assert store.conn.execute(sql).fetchall()


# statistics a store that grew hour by hour may hold: taken when some tables were much smaller
# (PRAGMA optimize re-analyzes only the tables the closing connection queried); the factors
# scale the row counts of a fresh ANALYZE
STALE = {
    "articles small": {"articles": 0.01},
    "credits small": {"authors": 0.01, "editors": 0.01},
    "awards large": {"awards": 100},  # against events: with plain JOINs, events first and a sort
}


def stale_stat1(conn: sqlite3.Connection, factors: dict[str, float]) -> list[tuple]:
    conn.execute("ANALYZE")
    out = []
    for table, index, stat in conn.execute("SELECT tbl, idx, stat FROM sqlite_stat1"):
        first, *rest = stat.split()
        first = str(max(1, int(int(first) * factors.get(table, 1))))
        out.append((table, index, " ".join([first, *rest])))
    return out


def write_stat1(conn: sqlite3.Connection, stat_rows: list[tuple]) -> None:
    conn.execute("ANALYZE sqlite_schema")  # creates sqlite_stat1 if need be
    conn.execute("DELETE FROM sqlite_stat1")
    conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", stat_rows)


@pytest.mark.parametrize("stale", STALE)
@pytest.mark.parametrize("sql", FILTERED)
def test_the_filtered_plans_hold_under_stale_statistics(tmp_path, stale, sql):
    path = tmp_path / "stale.db"
    with Store(path) as store:
        store.save_articles(items())
    with sqlite3.connect(path) as conn:  # after the store's own close-time ANALYZE
        write_stat1(conn, stale_stat1(conn, STALE[stale]))
    conn = sqlite3.connect(path)  # statistics are read when a connection opens the schema
    got = plan(conn, sql)
    conn.close()
    assert FILTERED[sql] in got and "USE TEMP B-TREE FOR ORDER BY" not in got, got


def test_statistics_are_refreshed_once_the_archive_has_doubled(tmp_path):
    path = tmp_path / "grown.db"
    with Store(path) as store:
        store.save_articles(items())
    with sqlite3.connect(path) as conn:
        write_stat1(conn, stale_stat1(conn, STALE["credits small"]))
    with Store(path) as store:  # the stale figures sort every credit of the unfiltered page
        assert "TEMP B-TREE" in plan(store.conn, "SELECT * FROM author_credits_view "
                                     "ORDER BY published_at DESC LIMIT 101")  # fmt: skip
        store.conn.execute(
            "INSERT OR REPLACE INTO store_meta VALUES (?, '10')", (schema.STATS_META,)
        )
    conn = sqlite3.connect(path)
    assert one(conn, "SELECT value FROM store_meta WHERE key = ?", schema.STATS_META) == "40"
    authors = one(conn, "SELECT count(*) FROM authors")
    assert one(conn, "SELECT stat FROM sqlite_stat1 WHERE idx = 'authors_name_ts'").split()[
        0
    ] == str(authors)
    # the unfiltered credits page follows the articles' index again
    credits = plan(conn, "SELECT * FROM author_credits_view ORDER BY published_at DESC LIMIT 101")
    assert "articles_published_at" in credits and "TEMP B-TREE" not in credits
    conn.close()
    with Store(path) as store:  # 40 of 40: no growth, no new ANALYZE
        store.conn.execute("UPDATE sqlite_stat1 SET stat = '3 1 1' WHERE idx = 'authors_name_ts'")
    conn = sqlite3.connect(path)
    assert one(conn, "SELECT stat FROM sqlite_stat1 WHERE idx = 'authors_name_ts'") == "3 1 1"
    conn.close()


def test_editors_follow_an_edited_publication_time(store):
    c = store.conn
    article = one(c, "SELECT article_id FROM editors LIMIT 1")
    c.execute(
        "UPDATE articles SET published_at = '2024-06-01T08:00:00+08:00' WHERE article_id = ?",
        (article,),
    )
    assert rows(c, "SELECT DISTINCT published_ts FROM editors WHERE article_id = ?", article) == [
        (1717200000,)
    ]
