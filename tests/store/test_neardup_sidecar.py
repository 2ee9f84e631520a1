"""Schema v5: the near-duplicate sidecar ``<db>-neardup`` (pair keys in a 4 KB-page file beside the
store), kept by the writing connection's TEMP triggers, rebuilt when missing or out of step, its
key bitmap ``<db>-neardup.bits`` (no stored key ever behind a clear bit), and the v4→v5 upgrade
that moves the keys out of the main file."""

from __future__ import annotations

import random
import sqlite3

import pytest
from store_factories import article_item, one, open_concurrently, random_body, rows, seed_item
from test_duplicates import LONG, edit

from yunmei.items import content_hash
from yunmei.store import SCHEMA_VERSION, Store, neardup, schema
from yunmei.store import simhash as sh
from yunmei.store.writer import SAME_TEXT, ArticleWriter


def expected_keys(conn) -> list[tuple[int, int]]:
    """The sidecar's rows recomputed in Python from the main table."""
    return sorted(
        (key, doc_id)
        for doc_id, value in rows(
            conn,
            "SELECT doc_id, simhash FROM main.articles "
            "WHERE simhash_b0 IS NOT NULL AND simhash IS NOT NULL",
        )
        for key in sh.keys(value)
    )


def sidecar_keys(conn) -> list[tuple[int, int]]:
    return rows(conn, "SELECT key, doc_id FROM neardup.neardup_keys ORDER BY 1, 2")


def remove_sidecar(db) -> None:
    for suffix in ("", "-wal", "-shm"):
        neardup.path_of(db).with_name(neardup.path_of(db).name + suffix).unlink(missing_ok=True)


def oracle(conn, article_id: str, text_hash: str, value: int | None, linkable: bool):
    """The v4 rule by brute force: the earliest original with the same content hash, else (for a
    linkable body) the earliest linkable original within distance 3."""
    originals = rows(
        conn,
        "SELECT article_id, content_hash, simhash, simhash_b0 FROM articles "
        "WHERE duplicate_of IS NULL AND article_id <> ? ORDER BY doc_id",
        article_id,
    )
    for other, other_hash, _value, _b0 in originals:
        if other_hash == text_hash:
            return other
    if value is None or not linkable:
        return None
    for other, _hash, other_value, b0 in originals:
        if b0 is not None and sh.distance(value, other_value) <= sh.MAX_DISTANCE:
            return other
    return None


@pytest.fixture
def db(tmp_path):
    return tmp_path / "yunmei.db"


def test_the_sidecar_is_a_small_page_wal_file_beside_the_store(db):
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 6)])
        c = store.conn
        assert neardup.path_of(db).name == "yunmei.db-neardup" and neardup.path_of(db).exists()
        assert one(c, "PRAGMA neardup.page_size") == neardup.PAGE_SIZE == 4096
        assert one(c, "PRAGMA neardup.journal_mode") == "wal"
        assert one(c, "PRAGMA main.page_size") == schema.PAGE_SIZE
        # main holds no keys any more; the sidecar holds ten per linkable article
        assert not rows(c, "SELECT name FROM main.sqlite_master WHERE name = 'simhash_keys'")
        assert not rows(c, "SELECT name FROM main.sqlite_master WHERE name LIKE 'articles_keys%'")
        assert sidecar_keys(c) == expected_keys(c) and len(sidecar_keys(c)) == 50
        assert one(c, "PRAGMA user_version") == SCHEMA_VERSION == 6


def test_lookups_through_the_sidecar_keep_the_v4_answers(db):
    """Exact copies first, then the earliest original within distance 3; duplicates never."""
    bases = [LONG, *(random_body(random.Random(s), sentences=60) for s in range(5))]
    items, n = [], 0
    for base in bases:
        for body, title in (
            (base, "同题"), (edit(base, 1, seed=n), "别题"), (base, "同题"),
            (edit(base, 2, seed=n + 1), None), (edit(base, 60, seed=n + 2), None),
        ):  # fmt: skip
            n += 1
            items.append(article_item(n, body=body, **({"title": title} if title else {})))
    items += [article_item(100 + k, body="视频详见湛江云媒APP。", title="短") for k in range(3)]
    with Store(db) as store:
        for item in items:
            item["content_hash"] = content_hash(item["title"], item["body"])
            store.save_articles([item])
        c = store.conn
        # hand edits: some duplicates become originals again, so an exact copy and an earlier
        # near copy compete (the exact copy wins, as the content-hash probe made it)
        c.execute(
            "UPDATE articles SET duplicate_of = NULL WHERE CAST(article_id AS INTEGER) % 4 = 0"
        )
        writer = ArticleWriter(c)
        probes = [(b, t) for b in bases for t in ("同题", "别题", "新题")]
        probes += [(edit(b, k, seed=k), "新题") for b in bases for k in (1, 3, 8)]
        probes += [("视频详见湛江云媒APP。", "短"), ("视频详见湛江云媒APP!", "短")]
        found = 0
        for i, (body, title) in enumerate(probes):
            value, linkable = sh.fingerprint(body)
            args = (f"probe{i}", content_hash(title, body), value, linkable)
            assert writer.find_original(*args) == oracle(c, *args), (i, title)
            found += writer.find_original(*args) is not None
        assert found > len(probes) // 2
        # the same id is never its own original
        first = rows(c, "SELECT article_id, content_hash, simhash FROM articles ORDER BY doc_id")[0]
        args = (first[0], first[1], first[2], True)
        assert writer.find_original(*args) == oracle(c, *args) != first[0]


def test_a_deleted_sidecar_is_rebuilt_on_open_with_the_same_rows(db):
    with Store(db) as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 20))])
        assert store.neardup_rebuilt is False
        before = sidecar_keys(store.conn)
    remove_sidecar(db)
    with Store(db) as store:
        assert store.neardup_rebuilt is True
        assert sidecar_keys(store.conn) == before == expected_keys(store.conn)
        # and it serves lookups at once
        body = one(store.conn, "SELECT body FROM articles WHERE article_id = '3000004'")
        assert store.save_articles([article_item(50, body=body)]) == ["new"]
        assert one(
            store.conn, "SELECT duplicate_of FROM articles WHERE article_id = '3000050'"
        ) == ("3000004")
    with Store(db) as store:
        assert store.neardup_rebuilt is False  # in step again: reopening reads two rows only


def test_openers_racing_on_a_missing_sidecar_all_succeed_and_agree(db):
    """Hourly jobs and analysts open the store at once: creating the new sidecar file (tables,
    layout mark, rebuild) is one locked step, so no opener drops what another has just made."""
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 8)])
        expected = expected_keys(store.conn)
    for _round in range(15):  # the race is narrow: several rounds make a regression show
        remove_sidecar(db)
        assert open_concurrently(db, 6) == []
        with Store(db) as store:
            assert store.neardup_rebuilt is False
            assert sidecar_keys(store.conn) == expected


@pytest.mark.parametrize("which", ["sidecar", "main"])
def test_a_generation_mismatch_rebuilds_the_sidecar(db, which):
    """A commit that reached one file but not the other (a kill between the two WAL commits)."""
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 15)])
        before = sidecar_keys(store.conn)
        gen = one(store.conn, "SELECT value FROM store_meta WHERE key = ?", neardup.GENERATION)
        assert gen == one(
            store.conn, "SELECT value FROM neardup_meta WHERE key = ?", neardup.GENERATION
        )
    if which == "sidecar":  # the sidecar lost its last commit: rows and generation behind
        side = sqlite3.connect(neardup.path_of(db))
        side.execute("DELETE FROM neardup_keys WHERE doc_id > 10")
        side.execute("UPDATE neardup_meta SET value = value - 3")
        side.commit()
        side.close()
    else:  # the store lost its last commit: articles gone whose keys the sidecar kept
        main = sqlite3.connect(db)
        main.execute("DELETE FROM articles WHERE doc_id > 10")
        main.execute("UPDATE store_meta SET value = value - 3 WHERE key = ?", (neardup.GENERATION,))
        main.commit()
        main.close()
    with Store(db) as store:
        assert store.neardup_rebuilt is True
        assert sidecar_keys(store.conn) == expected_keys(store.conn)
        if which == "sidecar":
            assert sidecar_keys(store.conn) == before
        else:
            assert len(sidecar_keys(store.conn)) == 100
        main_gen = one(store.conn, "SELECT value FROM store_meta WHERE key = ?", neardup.GENERATION)
        assert main_gen == one(
            store.conn, "SELECT value FROM neardup_meta WHERE key = ?", neardup.GENERATION
        )


def test_an_unreadable_sidecar_is_recreated(db):
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 6)])
        before = sidecar_keys(store.conn)
    remove_sidecar(db)
    neardup.path_of(db).write_bytes(b"not a database" * 500)
    with Store(db) as store:
        assert store.neardup_rebuilt is True
        assert sidecar_keys(store.conn) == before


def test_a_sidecar_of_another_text_encoding_is_recreated(db):
    # a deleted store's sidecar left beside a new store: SQLite refuses to attach it
    side = sqlite3.connect(neardup.path_of(db))
    side.execute("CREATE TABLE neardup_keys (key INTEGER)")  # a UTF-8 file: the default
    side.commit()
    side.close()
    with Store(db) as store:
        assert one(store.conn, "PRAGMA main.encoding") == schema.TEXT_ENCODING
        assert one(store.conn, "PRAGMA neardup.encoding") == schema.TEXT_ENCODING
        store.save_articles([article_item(n) for n in range(1, 6)])
        assert sidecar_keys(store.conn) == expected_keys(store.conn)


def test_every_write_path_keeps_the_sidecar_in_step(db):
    with Store(db) as store:
        c = store.conn
        store.save_articles([article_item(n) for n in range(1, 12)])
        gen = one(c, "SELECT value FROM store_meta WHERE key = ?", neardup.GENERATION)
        # a changed body moves its keys; an unchanged re-save and a duplicate re-link do not
        store.save_articles([article_item(3, body="完全不同的一篇文章正文。" * 12)])
        assert sidecar_keys(c) == expected_keys(c)
        store.save_articles([article_item(3, body="完全不同的一篇文章正文。" * 12)])
        store.save_articles(
            [article_item(4, body=one(c, "SELECT body FROM articles WHERE article_id = '3000005'"))]
        )
        assert sidecar_keys(c) == expected_keys(c)
        # hand edits on the store's connection: hash, linkable mark, delete
        c.execute("UPDATE articles SET simhash = simhash + 1 WHERE article_id = '3000006'")
        c.execute("UPDATE articles SET simhash_b0 = NULL WHERE article_id = '3000007'")
        c.execute("DELETE FROM articles WHERE article_id = '3000008'")
        assert sidecar_keys(c) == expected_keys(c)
        c.execute("UPDATE articles SET last_seen_at = 'x'")  # no key moves: no generation bump
        now = one(c, "SELECT value FROM store_meta WHERE key = ?", neardup.GENERATION)
        assert int(now) > int(gen)
        assert now == one(c, "SELECT value FROM neardup_meta WHERE key = ?", neardup.GENERATION)
        c.execute("UPDATE articles SET last_seen_at = 'y'")
        assert one(c, "SELECT value FROM store_meta WHERE key = ?", neardup.GENERATION) == now
        # the rebuild agrees with the triggers
        assert store.rebuild_neardup() == len(expected_keys(c))
        assert sidecar_keys(c) == expected_keys(c)


def test_stale_rows_from_writes_that_bypassed_the_sidecar_are_harmless(db):
    with Store(db) as store:
        store.save_articles([article_item(1, body=LONG), article_item(2)])
    plain = sqlite3.connect(db)  # no sidecar attached, no TEMP triggers: its keys stay behind
    plain.execute("DELETE FROM articles WHERE article_id = '3000001'")
    plain.commit()
    plain.close()
    with Store(db) as store:
        assert store.neardup_rebuilt is False  # generations agree: the edit went unseen
        assert len(sidecar_keys(store.conn)) > len(expected_keys(store.conn))
        # the candidate row is gone: nothing is linked to it
        assert store.save_articles([article_item(3, body=LONG)]) == ["new"]
        assert (
            one(store.conn, "SELECT duplicate_of FROM articles WHERE article_id = '3000003'")
            is None
        )
        assert store.save_articles([article_item(4, body=edit(LONG, 1))]) == ["new"]
        assert one(
            store.conn, "SELECT duplicate_of FROM articles WHERE article_id = '3000004'"
        ) == ("3000003")


def test_short_bodies_keep_the_content_hash_probe(db):
    with Store(db) as store:
        store.save_articles([article_item(1, body="视频详见APP。", title="甲")])
        writer = ArticleWriter(store.conn)
        plans = []
        store.conn.set_trace_callback(plans.append)
        value, linkable = sh.fingerprint("视频详见APP。")
        assert not linkable
        got = writer.find_original("x", content_hash("甲", "视频详见APP。"), value, linkable)
        store.conn.set_trace_callback(None)
        assert got == "3000001"
        assert any("substr(content_hash" in s for s in plans)
        assert not any("neardup_keys" in s for s in plans)
        assert "articles_content_hash" in " ".join(
            r[-1] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {SAME_TEXT}", ("x", "y"))
        )


# --- v4 → v5 -----------------------------------------------------------------------------------------
def make_v4(path, monkeypatch) -> None:
    """A v4 store as the v4 code left it: keys in main's ``simhash_keys`` (kept by main triggers),
    no sidecar file."""
    with monkeypatch.context() as m:
        m.setattr(schema, "SCHEMA_VERSION", 4)
        with Store(path) as store:
            assert store.schema_version == 4
            items = [seed_item(), *(article_item(n) for n in range(1, 30))]
            items.append(article_item(99, body=items[3]["body"]))  # a repost of article 3
            items += [article_item(97, body=LONG), article_item(98, body=edit(LONG, 2))]
            assert set(store.save_articles(items)) == {"new"}
    remove_sidecar(path)


def test_a_v4_database_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "v4.db"
    make_v4(path, monkeypatch)
    before = sqlite3.connect(path)
    assert one(before, "PRAGMA user_version") == 4
    old_keys = rows(before, "SELECT key, doc_id FROM simhash_keys ORDER BY 1, 2")
    old_links = rows(before, "SELECT article_id, duplicate_of FROM articles ORDER BY doc_id")
    assert one(before, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'articles_keys%'") == 3
    before.close()
    assert ("3000099", "3000003") in old_links and ("3000098", "3000097") in old_links
    with Store(path) as store:
        c = store.conn
        assert (store.migrated_from, store.schema_version) == (4, SCHEMA_VERSION) == (4, 6)
        assert store.neardup_rebuilt is False  # the step built it and set both generations
        assert sidecar_keys(c) == old_keys == expected_keys(c)
        assert rows(c, "SELECT article_id, duplicate_of FROM articles ORDER BY doc_id") == old_links
        assert not rows(c, "SELECT name FROM main.sqlite_master WHERE name = 'simhash_keys'")
        assert not rows(c, "SELECT name FROM main.sqlite_master WHERE name LIKE 'articles_keys%'")
        assert one(c, "PRAGMA neardup.page_size") == 4096
        assert store.integrity_check() == ["ok"]
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        # the writer carries on through the sidecar: a new repost and a new near copy
        body3 = one(c, "SELECT body FROM articles WHERE article_id = '3000003'")
        assert store.save_articles(
            [article_item(200, body=body3), article_item(201, body=edit(LONG, 1, seed=9))]
        ) == ["new", "new"]
        assert rows(
            c,
            "SELECT duplicate_of FROM articles WHERE article_id IN ('3000200', '3000201') ORDER BY 1",
        ) == [("3000003",), ("3000097",)]
        assert sidecar_keys(c) == expected_keys(c)


def test_a_failed_v5_step_leaves_the_v4_database(tmp_path, monkeypatch):
    path = tmp_path / "v4.db"
    make_v4(path, monkeypatch)

    def broken(conn):
        raise RuntimeError("boom")

    monkeypatch.setattr(neardup, "rebuild", broken)
    with pytest.raises(RuntimeError):
        Store(path)
    conn = sqlite3.connect(path)
    assert one(conn, "PRAGMA user_version") == 4
    assert one(conn, "SELECT count(*) FROM simhash_keys") == 10 * one(
        conn, "SELECT count(*) FROM articles WHERE simhash_b0 IS NOT NULL"
    )


def test_a_crawl_counts_a_rebuild_in_its_stats(db):
    from crawlers import project_crawler

    from yunmei.store.extension import CrawlStore

    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 4)])
    for rebuilt in (True, False):
        if rebuilt:
            remove_sidecar(db)
        crawler = project_crawler(YUNMEI_DB=str(db))
        try:
            assert CrawlStore.of(crawler).neardup_rebuilt is rebuilt
            assert crawler.stats.get_value("yunmei/store/neardup_rebuilt") == (
                1 if rebuilt else None
            )
            # the bitmap is refilled with the rebuilt sidecar (inside the rebuild), not again
            assert crawler.stats.get_value("yunmei/store/neardup_bits_refilled") is None
        finally:
            CrawlStore.of(crawler).close()


def test_the_rebuild_command_refills_the_sidecar(db, capsys):
    from yunmei.store.__main__ import main

    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 5)])
        store.conn.execute("DELETE FROM neardup_keys")  # as if rows had come in from elsewhere
    assert main(["rebuild-neardup", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "40 near-duplicate keys"
    with Store(db) as store:
        assert store.neardup_rebuilt is False
        assert sidecar_keys(store.conn) == expected_keys(store.conn)


def test_a_sidecar_of_another_layout_is_rebuilt(db):
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 5)])
        before = sidecar_keys(store.conn)
    side = sqlite3.connect(neardup.path_of(db))
    side.execute("DROP TABLE neardup_keys")
    side.execute("CREATE TABLE neardup_keys (key INTEGER, doc_id INTEGER)")  # an earlier layout
    side.execute("UPDATE neardup_meta SET value = '1' WHERE key = 'format'")
    side.commit()
    side.close()
    with Store(db) as store:
        assert store.neardup_rebuilt is True
        assert sidecar_keys(store.conn) == before
        stored = rows(store.conn, "SELECT key, doc_id, check_block FROM neardup_keys ORDER BY 1, 2")
        hashes = rows(store.conn, "SELECT doc_id, simhash FROM articles")
        assert stored == sorted(
            (key, doc_id, check)
            for doc_id, value in hashes
            for key, check in zip(sh.keys(value), sh.check_values(value), strict=True)
        )


def test_each_pair_is_checked_on_a_block_outside_it():
    # a key match already agrees on its pair's blocks: checking those bits would filter nothing
    assert len(sh.CHECK_BLOCKS) == len(sh.PAIRS)
    for pair, block in zip(sh.PAIRS, sh.CHECK_BLOCKS, strict=True):
        assert block not in pair
        assert sh.BLOCKS[block][1] <= 15  # fits SQLite's 2-byte integer


# --- the key bitmap ------------------------------------------------------------------------------------
def unmarked(store: Store) -> list[int]:
    """Stored keys whose bit is clear (a lookup would miss them): always none."""
    bits = store.conn.neardup_bits
    return [k for k, _d in sidecar_keys(store.conn) if not bits.present([k])]


def test_every_stored_key_has_its_bit_and_a_clear_bit_skips_the_probe(db):
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 30)])
        store.save_articles([article_item(3, body="完全不同的一篇文章正文。" * 12)])
        assert neardup.bits_path(db).name == "yunmei.db-neardup.bits"
        assert sidecar_keys(store.conn) and unmarked(store) == []
        writer = ArticleWriter(store.conn)
        plans = []
        store.conn.set_trace_callback(plans.append)
        value, linkable = sh.fingerprint(LONG)
        assert store.conn.neardup_bits.present(sh.keys(value)) == []  # nothing like it stored
        assert writer.find_original("x", content_hash("t", LONG), value, linkable) is None
        store.conn.set_trace_callback(None)
        assert not any("neardup_keys" in s or "articles" in s for s in plans)
    with Store(db) as store:
        assert store.neardup_bits_refilled is False  # closed cleanly: the header covers it


def test_a_bitmap_behind_the_sidecar_is_refilled_on_open(db):
    """A kill after a commit but before the bitmap's header was written, or a bitmap lost."""
    with Store(db) as store:
        store.save_articles([article_item(n) for n in range(1, 10)])
        bits = store.conn.neardup_bits
        bits.clear()
        bits.record(-1)
        assert unmarked(store)
    with Store(db) as store:
        assert store.neardup_bits_refilled is True and unmarked(store) == []
    neardup.bits_path(db).unlink()
    with Store(db) as store:
        assert store.neardup_bits_refilled is True and unmarked(store) == []
        assert store.save_articles([article_item(20, body=LONG), article_item(21, body=LONG)]) == [
            "new",
            "new",
        ]
        assert one(
            store.conn, "SELECT duplicate_of FROM articles WHERE article_id = '3000021'"
        ) == ("3000020")


def test_writes_on_a_plain_connection_with_the_sidecar_mark_the_bitmap(db):
    with Store(db) as store:
        store.save_articles([article_item(1)])
    plain = sqlite3.connect(db, isolation_level=None)
    neardup.attach(plain)
    neardup.create_triggers(plain)
    plain.execute("UPDATE articles SET simhash = simhash + 12345")
    plain.close()
    with Store(db) as store:
        assert store.neardup_rebuilt is False and unmarked(store) == []
        assert sidecar_keys(store.conn) == expected_keys(store.conn)


def test_the_bitmap_grows_with_the_store(db, monkeypatch):
    from yunmei.store import keybits

    assert [keybits.bits_for(n) for n in (0, 10**5, 10**6, 10**7, 3 * 10**7)] == [
        20,
        22,
        25,
        28,
        28,
    ]
    monkeypatch.setattr(keybits, "MIN_BITS", 8)  # small enough for a test store to outgrow
    with Store(db) as store:
        assert store.conn.neardup_bits.bits == 8
        store.save_articles([article_item(n) for n in range(1, 30)])
        assert unmarked(store) == []
    with Store(db) as store:
        # 29 articles: up to 290 keys, 2^(9 + 5) bits; refilled at that size, every key marked
        assert store.neardup_bits_refilled is True
        assert store.conn.neardup_bits.bits == 14 and unmarked(store) == []
        assert store.save_articles([article_item(40, body=LONG), article_item(41, body=LONG)])
        assert one(
            store.conn, "SELECT duplicate_of FROM articles WHERE article_id = '3000041'"
        ) == ("3000040")
    with Store(db) as store:
        assert store.neardup_bits_refilled is False and store.conn.neardup_bits.bits == 14


def test_two_bits_per_key_let_few_absent_keys_through(tmp_path):
    # a Bloom filter of two hashes: at the load of a full 1M store (one key per 32 bits) an absent
    # key passes ~0.4 % of the time, where one bit per key let ~3 % through (a probe each)
    from yunmei.store import keybits

    bits = keybits.KeyBits(tmp_path / "k.bits")
    bits.clear(20)
    rng = random.Random(7)
    stored = {rng.getrandbits(30) for _ in range(1 << 15)}
    assert bits.fill((k,) for k in stored) == len(stored)
    assert bits.present(sorted(stored)) == sorted(stored)  # a stored key always passes
    absent = [k for k in (rng.getrandbits(30) for _ in range(20000)) if k not in stored]
    passed = len(bits.present(absent)) / len(absent)
    assert passed < 0.01, passed
    bits.close()
