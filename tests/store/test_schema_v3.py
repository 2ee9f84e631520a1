"""Schema v3: hot columns before body, summary tables kept by triggers, simhash pair keys,
detail=none search index, and the in-place migration from v2."""

from __future__ import annotations

import random
import sqlite3

import pytest
from store_factories import SEED_ID, article_item, one, rows, seed_item

from yunmei.store import SCHEMA_VERSION, Store, migrations, neardup, schema
from yunmei.store import search as fts
from yunmei.store import simhash as sh
from yunmei.store.writer import ArticleWriter

HOT = ("content_hash", "is_mirror", "published_at", "http_etag", "last_seen_at", "simhash")


def summaries(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {
        name: rows(conn, f"SELECT * FROM {name} ORDER BY 1, 2") for name in schema.SUMMARY_NAMES
    }


def recomputed(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """The summaries as the aggregate queries give them (in a rolled-back transaction)."""
    conn.execute("SAVEPOINT recount")
    try:
        schema.fill_summaries(conn)
        return summaries(conn)
    finally:
        conn.execute("ROLLBACK TO recount")
        conn.execute("RELEASE recount")


def test_hot_columns_come_before_body(tmp_path):
    with Store(tmp_path / "y.db") as store:
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(articles)")]
    assert columns[-1] == "body"
    assert list(schema.ARTICLE_COLUMNS_V3) == columns
    assert all(columns.index(c) < columns.index("title") for c in HOT)


def test_summaries_follow_inserts_changes_and_deletes(tmp_path):
    with Store(tmp_path / "y.db") as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 40))])
        assert summaries(store.conn) == recomputed(store.conn)
        # a changed article moves between days, columns, sources; authors come and go
        changed = [
            article_item(n, body=f"改写后的正文{n}" * 20, column="新栏目", source=None,
                         published_at="2024-06-01T08:00:00+08:00",
                         authors=[{"name": "新作者", "role": "text", "title": None}] * 2)
            for n in range(1, 40, 4)
        ]  # fmt: skip
        store.save_articles(changed)
        got = summaries(store.conn)
        assert got == recomputed(store.conn)
        roles = dict(((r[0], r[1]), r[2]) for r in got["summary_author_roles"])
        assert roles[("新作者", "text")] == len(changed)  # twice per article counts once
        with store.transaction() as c:
            c.execute("DELETE FROM articles WHERE article_id IN ('3000002', '3000003')")
        assert summaries(store.conn) == recomputed(store.conn)


def test_aggregate_views_answer_like_the_group_by_they_replace(tmp_path):
    with Store(tmp_path / "y.db") as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 30))])
        c = store.conn
        per_day = rows(
            c, "SELECT day, articles, originals, from_mirrors, reposts FROM articles_per_day_view"
        )
        assert per_day == rows(
            c,
            "SELECT published_date, count(*), sum(is_original), sum(is_mirror), "
            "sum(duplicate_of IS NOT NULL) FROM articles WHERE published_date IS NOT NULL "
            "GROUP BY published_date",
        )
        assert rows(c, "SELECT * FROM articles_per_column_view") == rows(
            c,
            "SELECT column_name, count(*), min(published_date), max(published_date) FROM articles "
            "GROUP BY column_name",
        )
        assert rows(c, "SELECT * FROM author_roles_view") == rows(
            c,
            "SELECT au.name, au.role, count(DISTINCT au.article_id), min(a.published_date), "
            "max(a.published_date) FROM authors au JOIN articles a USING (article_id) "
            "GROUP BY au.name, au.role",
        )  # fmt: skip


def test_simhash_keys_find_every_hash_within_distance_three():
    rng = random.Random(3)
    for _ in range(300):
        value = sh.to_signed(rng.getrandbits(64))
        flipped = sh.to_unsigned(value)
        for bit in rng.sample(range(64), rng.randint(0, 3)):
            flipped ^= 1 << bit
        assert set(sh.keys(value)) & set(sh.keys(sh.to_signed(flipped)))
    assert len(set(sh.keys(12345))) == 10 and sh.keys(None) == []
    # the unrolled keys() is the pair formula of the module docstring
    for _ in range(300):
        value = sh.to_signed(rng.getrandbits(64))
        u = sh.to_unsigned(value)
        blocks = [(u >> off) & ((1 << width) - 1) for off, width in sh.BLOCKS]
        assert sh.keys(value) == [
            (p << sh.PAIR_SHIFT) | (blocks[i] << 13) | blocks[j]
            for p, (i, j) in enumerate(sh.PAIRS)
        ]


def test_key_triggers_agree_with_python_keys(tmp_path):
    with Store(tmp_path / "y.db") as store:
        store.save_articles([article_item(n) for n in range(1, 12)])
        for doc_id, value in rows(store.conn, "SELECT doc_id, simhash FROM articles"):
            got = [
                r[0]
                for r in rows(store.conn, "SELECT key FROM neardup_keys WHERE doc_id = ?", doc_id)
            ]
            assert sorted(got) == sorted(sh.keys(value))
        # an edit replaces the keys
        store.save_articles([article_item(3, body="完全不同的一篇文章正文。" * 12)])
        value, doc_id = store.conn.execute(
            "SELECT simhash, doc_id FROM articles WHERE article_id = '3000003'"
        ).fetchone()
        got = [
            r[0] for r in rows(store.conn, "SELECT key FROM neardup_keys WHERE doc_id = ?", doc_id)
        ]
        assert sorted(got) == sorted(sh.keys(value))  # fmt: skip


def make_v2(path) -> None:
    """A v2 store as the v2 code left it: v2 tables, band indexes, positional FTS (tokenizer 1)."""
    conn = sqlite3.connect(path, isolation_level=None)
    neardup.attach(conn)
    conn.execute("BEGIN")
    migrations.run_script(
        conn,
        migrations.V1_DDL.replace(
            "CREATE TABLE IF NOT EXISTS articles", "CREATE TABLE IF NOT EXISTS articles_unused"
        ),
    )
    migrations.run_script(conn, schema.TABLES_V2)
    conn.execute("DROP TABLE articles_unused")
    schema.create_simhash_keys(conn)
    neardup.create_triggers(conn)  # today's writer looks duplicates up in the sidecar
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, subtitle, body, content='', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    writer = ArticleWriter(conn)
    items = [seed_item(), *(article_item(n) for n in range(1, 25))]
    items.append(article_item(99, body=items[3]["body"]))  # a repost of article 3
    for item in items:
        writer.save(item, "2024-06-01T10:00:00+08:00")
    writer.flush()
    conn.execute("INSERT INTO store_meta VALUES ('tokenizer', '1')")
    for name in ("simhash_keys",):
        conn.execute(f"DROP TABLE {name}")
    for (name,) in rows(conn, "SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()  # fmt: skip


def test_a_v2_database_is_upgraded_in_place(tmp_path):
    path = tmp_path / "v2.db"
    make_v2(path)
    before = sqlite3.connect(path)
    old = {
        t: rows(before, f"SELECT * FROM {t} ORDER BY 1, 2")
        for t in ("authors", "editors", "images", "events", "awards")
    }
    # the v2 columns of each table (v4 adds copies of published_at to authors and awards)
    columns = {t: ", ".join(r[1] for r in before.execute(f"PRAGMA table_info({t})")) for t in old}
    old_articles = rows(
        before,
        "SELECT article_id, doc_id, content_hash, duplicate_of, body FROM articles ORDER BY doc_id",
    )
    before.close()  # fmt: skip
    with Store(path) as store:
        c = store.conn
        assert (store.migrated_from, store.schema_version) == (2, SCHEMA_VERSION) == (2, 6)
        assert rows(c, "SELECT article_id, doc_id, content_hash, duplicate_of, body FROM articles ORDER BY doc_id") == old_articles  # fmt: skip
        for table, before_rows in old.items():
            assert rows(c, f"SELECT {columns[table]} FROM {table} ORDER BY 1, 2") == before_rows
        assert one(c, "SELECT duplicate_of FROM articles WHERE article_id = '3000099'") == "3000003"
        assert summaries(c) == recomputed(c)
        assert one(c, "SELECT count(*) FROM neardup_keys") == 10 * one(
            c, "SELECT count(*) FROM articles WHERE simhash_b0 IS NOT NULL"
        )
        assert "detail=none" in one(c, "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
        assert not rows(c, "SELECT name FROM sqlite_master WHERE name LIKE 'articles_simhash_b%'")
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.integrity_check() == ["ok"]
        # children still point at the rebuilt table, and the writer carries on
        fks = {
            r[2] for t in ("authors", "events") for r in c.execute(f"PRAGMA foreign_key_list({t})")
        }
        assert fks == {"articles", "events"} or fks == {"articles"}
        assert store.save_articles([article_item(200, body=old_articles[5][4])]) == ["new"]
        assert one(c, "SELECT duplicate_of FROM articles WHERE article_id = '3000200'") is not None
    assert [r["article_id"] for r in fts.search(path, "雄鹰擂台赛")] == [SEED_ID]


def test_a_failed_v3_step_leaves_the_v2_database(tmp_path, monkeypatch):
    path = tmp_path / "v2.db"
    make_v2(path)

    def broken(conn):
        raise migrations.MigrationError("boom")

    monkeypatch.setattr(schema, "fill_summaries", broken)
    with pytest.raises(migrations.MigrationError):
        Store(path)
    conn = sqlite3.connect(path)
    assert one(conn, "PRAGMA user_version") == 2
    assert one(conn, "SELECT count(*) FROM articles") == 26
    assert rows(conn, "SELECT name FROM sqlite_master WHERE name = 'articles_simhash_b0'")
