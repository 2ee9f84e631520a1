"""Schema v4: credits and images WITHOUT ROWID, the publication time copied into authors and
awards so the canned queries walk an index, a content_hash prefix index, and the v3→v4 upgrade."""

from __future__ import annotations

import sqlite3

import pytest
from store_factories import SEED_ID, article_item, one, rows, seed_item
from test_schema_v3 import recomputed, summaries

from yunmei.items import content_hash
from yunmei.store import SCHEMA_VERSION, Store, migrations, schema
from yunmei.store.datasette import canned_queries
from yunmei.store.sqlfunc import register_functions

V3_VIEWS = {
    **schema.VIEWS,
    "awards_view": schema.VIEWS["awards_view"].replace("aw.published_at", "a.published_at"),
}


def make_v3(path, monkeypatch) -> None:
    """A v3 store written by today's writer through the v3 steps (it writes the v3 shape)."""
    with monkeypatch.context() as m:
        m.setattr(schema, "SCHEMA_VERSION", 3)
        m.setattr(schema, "VIEWS", V3_VIEWS)
        with Store(path) as store:
            assert store.schema_version == 3
            items = [seed_item(), *(article_item(n) for n in range(1, 25))]
            items.append(article_item(99, body=items[3]["body"]))  # a repost of article 3
            assert set(store.save_articles(items)) == {"new"}


def plan(conn: sqlite3.Connection, sql: str, params) -> str:
    return " | ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_a_v3_database_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "v3.db"
    make_v3(path, monkeypatch)
    before = sqlite3.connect(path)
    assert one(before, "PRAGMA user_version") == 3
    old = {
        t: rows(before, f"SELECT * FROM {t} ORDER BY 1, 2")
        for t in ("authors", "editors", "images")
    }
    old_awards = rows(before, "SELECT * FROM awards ORDER BY award_id")
    before.close()
    with Store(path) as store:
        c = store.conn
        assert (store.migrated_from, store.schema_version) == (3, SCHEMA_VERSION) == (3, 6)
        for table, before_rows in old.items():
            columns = "article_id, position, " + {"authors": "name, role, title",
                                                  "editors": "name, duty",
                                                  "images": "url, caption"}[table]  # fmt: skip
            assert rows(c, f"SELECT {columns} FROM {table} ORDER BY 1, 2") == before_rows
            assert "WITHOUT ROWID" in one(c, "SELECT sql FROM sqlite_master WHERE name = ?", table)
        assert rows(c, "SELECT * FROM awards ORDER BY award_id") == [
            (*r, one(c, "SELECT published_at FROM articles WHERE article_id = ?", r[2]))
            for r in old_awards
        ]
        # the copy is the article's time in Unix seconds (2023-03-24T20:11:00+08:00)
        assert one(
            c, "SELECT DISTINCT published_ts FROM authors WHERE article_id = ?", SEED_ID
        ) == (1679659860)
        assert summaries(c) == recomputed(c)
        assert not rows(c, "SELECT name FROM sqlite_master WHERE name = 'articles_published_date'")
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.integrity_check() == ["ok"]
        # the writer carries on: a changed article replaces its credits with the new time
        changed = seed_item(published_at="2023-03-25T08:00:00+08:00", title="新标题")
        changed["content_hash"] = content_hash(changed["title"], changed["body"])
        assert store.save_articles([changed]) == ["changed"]
        assert rows(
            c, "SELECT DISTINCT published_ts FROM authors WHERE article_id = ?", SEED_ID
        ) == [(1679702400,)]
        assert rows(
            c, "SELECT DISTINCT published_at FROM awards WHERE article_id = ?", SEED_ID
        ) == [("2023-03-25T08:00:00+08:00",)]
        assert one(c, "SELECT duplicate_of FROM articles WHERE article_id = '3000099'") == "3000003"
        assert (
            one(c, "SELECT CAST(value AS INTEGER) FROM store_meta WHERE key = 'max_site_id'")
            == 3000099
        )


def test_a_hand_edit_of_published_at_moves_the_copies(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save_articles([seed_item()])
        store.conn.execute(
            "UPDATE articles SET published_at = '2024-01-01T00:00:00+08:00' WHERE article_id = ?",
            (SEED_ID,),
        )
        c = store.conn
        assert rows(c, "SELECT DISTINCT published_ts FROM authors") == [(1704038400,)]
        assert rows(c, "SELECT DISTINCT published_at FROM awards") == [
            ("2024-01-01T00:00:00+08:00",)
        ]


def test_canned_credit_and_award_queries_walk_an_index_newest_first(tmp_path):
    with Store(tmp_path / "s.db") as store:
        items = [article_item(n) for n in range(1, 40)]
        store.save_articles([seed_item(), *items])
        c = store.conn
        register_functions(c)
        queries = canned_queries()
        params = {"author": "陈振园", "recipient": "", "event": ""}
        credits = plan(c, queries["author_credits"]["sql"], params)
        assert "authors_name" in credits and "TEMP B-TREE" not in credits
        awards = plan(c, queries["awards"]["sql"], params)
        assert "awards_published_at" in awards and "TEMP B-TREE FOR ORDER BY" not in awards
        # same rows as the order the queries promise, computed the slow way
        got = rows(c, queries["author_credits"]["sql"].replace(":author", "'陈振园'"))
        assert [r[0] for r in got] == sorted(r[0] for r in got)  # role first
        name = one(c, "SELECT name FROM authors GROUP BY name ORDER BY count(*) DESC LIMIT 1")
        got = c.execute(queries["author_credits"]["sql"], {"author": name}).fetchall()
        slow = rows(
            c,
            "SELECT au.role, a.published_at FROM authors AS au JOIN articles AS a "
            "ON a.article_id = au.article_id WHERE au.name = ? ORDER BY au.role, a.published_at DESC",
            name,
        )
        assert [(r[0], r[2]) for r in got] == slow
        award_rows = c.execute(queries["awards"]["sql"], params).fetchall()
        dates = [r[9] for r in award_rows]
        assert len(award_rows) > 10 and dates == sorted(dates, reverse=True)


def test_the_same_text_is_found_through_the_prefix_index(tmp_path):
    with Store(tmp_path / "s.db") as store:
        first = article_item(1)
        store.save_articles([first])
        copy = article_item(2, body=first["body"], title=first["title"])
        copy["content_hash"] = first["content_hash"]
        assert store.save_articles([copy]) == ["new"]
        c = store.conn
        assert one(c, "SELECT duplicate_of FROM articles WHERE article_id = '3000002'") == "3000001"
        from yunmei.store.writer import SAME_TEXT

        assert "articles_content_hash" in plan(c, SAME_TEXT, ("x", "y"))


@pytest.mark.parametrize("table", ["authors", "editors", "images"])
def test_children_have_no_rowid(tmp_path, table):
    with Store(tmp_path / "s.db") as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute(f"SELECT rowid FROM {table}")
    assert migrations.STEPS[4].__name__ == "_v3_to_v4"


def test_the_highest_site_id_is_one_meta_row_the_writer_raises(tmp_path):
    with Store(tmp_path / "s.db") as store:
        c = store.conn
        assert store.max_article_id() is None  # an empty store: scanned once, NULL kept
        store.save_articles([article_item(5), article_item(8, article_id="zjrb-2015-05-06-3")])
        assert store.max_article_id() == 3000005
        store.save_articles([article_item(2)])  # a lower id does not lower it
        assert (
            one(c, "SELECT CAST(value AS INTEGER) FROM store_meta WHERE key = 'max_site_id'")
            == 3000005
        )
        # the row is read, not recomputed: a stale value shows; dropping it makes the next call rescan
        c.execute("UPDATE store_meta SET value = '42' WHERE key = 'max_site_id'")
        assert store.max_article_id() == 42
        c.execute("DELETE FROM store_meta WHERE key = 'max_site_id'")
        assert store.max_article_id() == 3000005
