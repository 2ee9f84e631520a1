"""A database written by an older version is upgraded in place, with nothing lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from store_factories import SEED_ID, article_item, one, open_concurrently, rows, seed_item

from yunmei.store import SCHEMA_VERSION, Store, migrations, schema
from yunmei.store import search as fts

V1_TIMES = ("2023-03-24T21:00:00+08:00", "2023-04-01T09:00:00+08:00", "2023-03-25T08:00:00+08:00")


def v1_row(item: dict, times=V1_TIMES) -> dict:
    """What the v1 writer (yunmei/store/__init__.py at 26150ba) stored for an item."""
    return {
        "article_id": item["article_id"],
        "url": item["url"],
        "fetched_url": item.get("fetched_url"),
        "title": item["title"],
        "column_name": item.get("column"),
        "subtitle": item.get("subtitle"),
        "published_at": item.get("published_at"),
        "published_raw": item.get("published_raw"),
        "source": item.get("source"),
        "byline_raw": item.get("byline_raw"),
        "body": item["body"],
        "page_count": item.get("page_count") or 1,
        "is_original": int(bool(item.get("is_original"))),
        "language": item.get("language") or "zh-Hans",
        "quality_flags": json.dumps(item.get("quality_flags") or [], ensure_ascii=False),
        "content_hash": item["content_hash"],
        "data": json.dumps(
            {k: item.get(k) for k in ("authors", "editors", "images", "events")}, ensure_ascii=False
        ),
        "first_seen_at": times[0],
        "last_seen_at": times[1],
        "last_changed_at": times[2],
    }


def make_v1(path: Path, items: list[dict], *, set_version: bool = True) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(migrations.V1_DDL)
    for item in items:
        row = v1_row(item)
        conn.execute(
            f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            tuple(row.values()),
        )
    conn.execute("INSERT INTO crawl_runs (spider, args, started_at, finished_at, outcome, stats) "
                 "VALUES ('yunmei', '{}', '2023-03-24T20:00:00+08:00', '2023-03-24T21:00:00+08:00', 'finished', '{\"n\": 3}')")  # fmt: skip
    conn.execute("INSERT INTO crawl_errors (run_id, url, kind, detail, at) "
                 "VALUES (1, 'https://www.gdzjdaily.com.cn/p/404.html', 'http_404', 'gone', '2023-03-24T20:30:00+08:00')")  # fmt: skip
    if set_version:
        conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


V1_ITEMS = [
    seed_item(),
    article_item(5),  # has an event with awards
    article_item(6, is_mirror=True, quality_flags=["traditional_converted", "mirror_copy"]),
    article_item(7, body=seed_item()["body"], title=seed_item()["title"]),  # a repost of the seed
]


def test_a_v1_database_is_upgraded_with_every_row_and_child(tmp_path):
    db = tmp_path / "yunmei.db"
    make_v1(db, V1_ITEMS)
    with Store(db) as store:
        c = store.conn
        assert (store.migrated_from, store.schema_version) == (1, SCHEMA_VERSION)
        assert one(c, "PRAGMA user_version") == SCHEMA_VERSION
        assert one(c, "SELECT count(*) FROM articles") == 4
        assert one(c, "SELECT count(*) FROM sqlite_master WHERE name = 'articles_v1'") == 0
        assert "data" not in {r[1] for r in c.execute("PRAGMA table_info(articles)")}
        # timestamps survive: a migration is not a sighting
        assert (
            one(
                c,
                "SELECT first_seen_at, last_seen_at, last_changed_at FROM articles WHERE article_id = ?",
                SEED_ID,
            )
            == V1_TIMES
        )
        assert one(
            c,
            "SELECT column_name, is_original, published_date FROM articles WHERE article_id = ?",
            SEED_ID,
        ) == ("报小拍", 1, "2023-03-24")
        # data JSON exploded into child tables
        assert one(c, "SELECT count(*) FROM authors WHERE article_id = ?", SEED_ID) == 5
        assert one(c, "SELECT count(*) FROM editors WHERE article_id = ?", SEED_ID) == 2
        assert one(c, "SELECT count(*) FROM images WHERE article_id = ?", SEED_ID) == 2
        assert rows(
            c,
            "SELECT tier, recipient FROM awards_view WHERE article_id = ? AND tier = '一等奖'",
            SEED_ID,
        ) == [("一等奖", "区交通运输局")]
        assert one(c, "SELECT count(*) FROM awards WHERE article_id = '3000005'") == 3
        # v1 knew mirrors only by their flag
        assert one(c, "SELECT is_mirror FROM articles WHERE article_id = '3000006'") == 1
        assert one(c, "SELECT duplicate_of FROM articles WHERE article_id = '3000007'") == SEED_ID
        # run log untouched
        assert one(c, "SELECT spider, outcome, stats FROM crawl_runs") == (
            "yunmei",
            "finished",
            '{"n": 3}',
        )
        assert one(c, "SELECT kind, url FROM crawl_errors") == (
            "http_404",
            "https://www.gdzjdaily.com.cn/p/404.html",
        )
        assert store.integrity_check() == ["ok"]
        assert one(c, "SELECT count(*) FROM pragma_foreign_key_check") == 0
        # and the upgraded database is searchable and writable
        assert {r["article_id"] for r in store.search("雄鹰擂台赛")} == {SEED_ID, "3000007"}
        assert store.save_articles([seed_item()]) == ["unchanged"]
        assert store.save_articles([article_item(8)]) == ["new"]


def test_a_v1_database_without_user_version_is_recognised(tmp_path):
    db = tmp_path / "yunmei.db"
    make_v1(db, V1_ITEMS[:1], set_version=False)
    with Store(db) as store:
        assert store.migrated_from == 1
        assert one(store.conn, "SELECT count(*) FROM authors") == 5


def test_a_failed_migration_leaves_the_v1_database_as_it_was(tmp_path):
    db = tmp_path / "yunmei.db"
    # v1 accepted an empty url; v2 cannot move it
    make_v1(db, [seed_item(), article_item(1, url="")])
    before = sqlite3.connect(db).execute("SELECT * FROM articles ORDER BY article_id").fetchall()
    with pytest.raises(migrations.MigrationError, match="could not be moved"):
        Store(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT * FROM articles ORDER BY article_id").fetchall() == before
    assert (
        conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('authors', 'articles_v1')"
        ).fetchone()[0]
        == 0
    )


def test_a_newer_database_is_refused_not_touched(tmp_path):
    db = tmp_path / "yunmei.db"
    with Store(db) as store:
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(migrations.MigrationError, match="newer"):
        Store(db)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_fresh_database_goes_through_every_step(tmp_path):
    with Store(tmp_path / "yunmei.db") as store:
        assert (store.migrated_from, store.schema_version) == (0, SCHEMA_VERSION)
        names = {
            r[0]
            for r in store.conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
    expected = {"articles", "authors", "editors", "images", "events", "awards", "article_revisions",
                "crawl_runs", "crawl_errors", "articles_fts", "store_meta", *schema.VIEWS}  # fmt: skip
    assert expected <= names


def test_reopening_is_a_no_op_and_concurrent_openers_agree(tmp_path):
    db = tmp_path / "yunmei.db"
    make_v1(db, V1_ITEMS)
    assert open_concurrently(db, 4) == []
    with Store(db) as store:
        assert store.migrated_from == SCHEMA_VERSION
        assert one(store.conn, "SELECT count(*) FROM articles") == 4
        assert one(store.conn, "SELECT count(*) FROM authors") == sum(
            len(i["authors"]) for i in V1_ITEMS
        )


def test_changed_views_and_tokenizer_are_refreshed_on_open(tmp_path):
    db = tmp_path / "yunmei.db"
    with Store(db) as store:
        store.save_articles([seed_item()])
        store.conn.execute("DROP VIEW awards_view")
        store.conn.execute(
            "UPDATE store_meta SET value = 'old' WHERE key IN ('views', 'tokenizer')"
        )
        # a stale index: what an older tokenizer might have written
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        assert fts.search(store.conn, "湛江") == []
    with Store(db) as store:
        assert one(store.conn, "SELECT count(*) FROM awards_view") == 6
        assert [r["article_id"] for r in fts.search(store.conn, "湛江")] == [SEED_ID]
        assert (
            one(store.conn, "SELECT value FROM store_meta WHERE key = 'views'")
            == schema.views_fingerprint()
        )


def test_a_new_store_keeps_its_text_in_utf16_and_an_existing_one_in_its_own(tmp_path):
    """Chinese text takes 2 bytes a character in UTF-16, 3 in UTF-8; SQLite fixes the encoding
    when the file is created, so a store made before keeps UTF-8, and both read back the same."""
    item = article_item(1, title="湛江𠮷“云媒”ABC é")  # a character outside the BMP, ASCII, Latin
    old = tmp_path / "old.db"
    sqlite3.connect(old).execute("CREATE TABLE placeholder (x)").connection.commit()
    for path, encoding in ((tmp_path / "new.db", schema.TEXT_ENCODING), (old, "UTF-8")):
        with Store(path) as store:
            assert one(store.conn, "PRAGMA encoding") == encoding
            store.save_articles([item])
            assert one(store.conn, "SELECT title FROM articles") == item["title"]
            assert one(store.conn, "SELECT body FROM articles") == item["body"]
            assert one(store.conn, "SELECT length(title) FROM articles") == len(item["title"])
