"""save_articles: typed columns, child rows, re-crawl semantics, revisions, mirrors, run log."""

from __future__ import annotations

import json

import pytest
import time_machine
from store_factories import (
    SEED_ID,
    article_item,
    content_hash,
    expected_children,
    mirror_of,
    one,
    rows,
    seed_item,
)

from yunmei.store import Store

T0 = "2024-06-01T10:00:00+08:00"
T1 = "2024-06-02T10:00:00+08:00"
T2 = "2024-06-03T10:00:00+08:00"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "yunmei.db") as s:
        yield s


def save_at(store: Store, when: str, items: list[dict]) -> list[str]:
    with time_machine.travel(when, tick=False):
        return store.save_articles(items)


def test_a_new_article_fills_every_typed_column_and_child_table(store):
    assert store.save_articles(
        [seed_item(http_etag='"abc"', http_last_modified="Fri, 24 Mar 2023 12:11:00 GMT")]
    ) == ["new"]
    c = store.conn
    row = c.execute(
        "SELECT title, column_name, subtitle, published_at, published_date, source, is_original, "
        "is_mirror, quality_flags, page_count, language, http_etag, http_last_modified, "
        "duplicate_of, extraction FROM articles WHERE article_id = ?",
        (SEED_ID,),
    ).fetchone()
    assert row[:10] == (
        "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办", "报小拍",
        "扎实推进“百千万工程”在坡头落地见效", "2023-03-24T20:11:00+08:00", "2023-03-24",
        "湛江云媒", 1, 0, "[]", 1,
    )  # fmt: skip
    assert row[10:14] == ("zh-Hans", '"abc"', "Fri, 24 Mar 2023 12:11:00 GMT", None)
    assert json.loads(row[14]) == {"authors": "text", "title": "selector"}
    assert rows(c, "SELECT position, name, role, title FROM authors ORDER BY position") == [
        (0, "陈振园", "video", "记者"),
        (1, "吴竟", "video", "实习生"),
        (2, "范子华", "text", "见习记者"),
        (3, "李嘉恩", "text", "通讯员"),
        (4, "陈振园", "photo", "记者"),
    ]
    assert rows(c, "SELECT name, duty FROM editors ORDER BY position") == [
        ("吴文静", "duty_director"),
        ("罗磊", "duty_director"),
    ]
    assert one(c, "SELECT count(*) FROM images") == 2
    assert rows(c, "SELECT name, kind, date, venue, participants FROM events") == [
        ("雄鹰擂台赛", "competition", "2023-03-23", "区办公大楼8楼会议室", 16)
    ]
    assert rows(
        c,
        "SELECT tier, tier_rank, recipient FROM awards ORDER BY award_position, recipient_position",
    ) == [
        ("一等奖", 1, "区交通运输局"),
        ("二等奖", 2, "区应急管理局"),
        ("二等奖", 2, "区财政局"),
        ("三等奖", 3, "区卫健局"),
        ("三等奖", 3, "高新区发展建设局"),
        ("三等奖", 3, "区住建局"),
    ]


def test_same_hash_touches_only_last_seen_at(store):
    save_at(store, T0, [seed_item()])
    before = store.conn.execute("SELECT * FROM articles").fetchall()
    assert save_at(store, T1, [seed_item(title="ignored: the hash says unchanged")]) == [
        "unchanged"
    ]
    after = store.conn.execute("SELECT * FROM articles").fetchall()
    names = [d[1] for d in store.conn.execute("PRAGMA table_info(articles)")]
    changed = {n for n, a, b in zip(names, before[0], after[0], strict=True) if a != b}
    assert changed == {"last_seen_at"}
    assert one(store.conn, "SELECT first_seen_at, last_seen_at, last_changed_at FROM articles") == (
        T0,
        T1,
        T0,
    )
    assert one(store.conn, "SELECT count(*) FROM article_revisions") == 0


def test_a_new_hash_keeps_the_old_version_as_a_revision_and_replaces_children(store):
    save_at(store, T0, [seed_item()])
    save_at(store, T1, [seed_item()])
    edited_body = seed_item()["body"] + "\n(更正:获奖名单以区委公布为准)"
    edited = seed_item(
        body=edited_body,
        content_hash=content_hash("新标题", edited_body),
        title="新标题",
        authors=[{"name": "范子华", "role": "text", "title": "记者"}],
        events=[],
    )
    assert save_at(store, T2, [edited]) == ["changed"]
    c = store.conn
    assert one(c, "SELECT title, first_seen_at, last_seen_at, last_changed_at FROM articles") == (
        "新标题", T0, T2, T2,
    )  # fmt: skip
    revision = one(
        c, "SELECT reason, title, body, content_hash, seen_from, seen_until, replaced_at, new_content_hash "
        "FROM article_revisions WHERE article_id = ?", SEED_ID,
    )  # fmt: skip
    assert revision == (
        "changed", seed_item()["title"], seed_item()["body"], seed_item()["content_hash"],
        T0, T1, T2, edited["content_hash"],
    )  # fmt: skip
    assert rows(c, "SELECT name, role, title FROM authors") == [("范子华", "text", "记者")]
    assert one(c, "SELECT count(*) FROM events") == 0
    assert one(c, "SELECT count(*) FROM awards") == 0
    assert one(c, "SELECT count(*) FROM editors") == 2


def test_an_article_missing_from_a_later_crawl_is_kept(store):
    save_at(store, T0, [seed_item(), article_item(1)])
    save_at(store, T1, [article_item(1)])
    assert one(store.conn, "SELECT last_seen_at FROM articles WHERE article_id = ?", SEED_ID) == T0
    assert one(store.conn, "SELECT count(*) FROM articles") == 2


def test_a_mirror_copy_never_overwrites_the_original(store):
    save_at(store, T0, [seed_item()])
    damaged = mirror_of(seed_item(), body="被镜像站改坏的正文" * 10, content_hash="mirror-hash")
    assert save_at(store, T1, [damaged]) == ["mirror_ignored"]
    c = store.conn
    assert one(c, "SELECT body = ?, is_mirror, fetched_url, last_seen_at, last_changed_at FROM articles",
               seed_item()["body"]) == (1, 0, seed_item()["fetched_url"], T1, T0)  # fmt: skip
    assert one(c, "SELECT count(*) FROM article_revisions") == 0


def test_an_original_replaces_a_mirror_stored_first(store):
    damaged = mirror_of(
        seed_item(),
        title="坡頭區雄鷹擂臺賽",
        content_hash="mirror-hash",
        authors=[],
        http_etag='"m"',
    )
    assert save_at(store, T0, [damaged]) == ["new"]
    assert one(store.conn, "SELECT is_mirror, quality_flags FROM articles") == (
        1,
        '["traditional_converted", "mirror_copy"]',
    )
    assert save_at(store, T1, [mirror_of(seed_item(), content_hash="mirror-2")]) == ["changed"]
    assert save_at(store, T2, [seed_item()]) == ["changed"]
    c = store.conn
    row = one(
        c,
        "SELECT is_mirror, fetched_url, title, quality_flags, http_etag, first_seen_at FROM articles",
    )
    assert row == (0, seed_item()["fetched_url"], seed_item()["title"], "[]", None, T0)
    assert rows(c, "SELECT reason, is_mirror FROM article_revisions ORDER BY revision_id") == [
        ("changed", 1),
        ("mirror_replaced", 1),
    ]
    assert one(c, "SELECT count(*) FROM authors") == 5
    # and now the original stays: a later mirror copy is ignored
    assert save_at(store, T2, [mirror_of(seed_item(), content_hash="mirror-3")]) == [
        "mirror_ignored"
    ]


def test_an_original_with_the_mirrors_hash_still_replaces_it(store):
    save_at(store, T0, [mirror_of(seed_item())])
    assert save_at(store, T1, [seed_item()]) == ["changed"]
    assert one(store.conn, "SELECT is_mirror, quality_flags, last_changed_at FROM articles") == (
        0,
        "[]",
        T1,
    )
    assert one(store.conn, "SELECT count(*) FROM article_revisions") == 0  # same text: nothing lost


def test_batch_outcomes_are_in_item_order_and_one_article_twice_is_handled(store):
    first = article_item(5)
    second = article_item(5, body="同一篇文章在同一批次里又改了一次。" * 5)
    outcomes = store.save_articles(
        [article_item(1), first, article_item(2), second, article_item(2)]
    )
    assert outcomes == ["new", "new", "new", "changed", "unchanged"]
    c = store.conn
    assert one(c, "SELECT body FROM articles WHERE article_id = '3000005'") == second["body"]
    # children of the first version were replaced, not added to
    assert (
        one(c, "SELECT count(*) FROM authors WHERE article_id = '3000005'")
        == expected_children(5)["authors"]
    )
    assert one(c, "SELECT count(*) FROM awards WHERE article_id = '3000005'") == 3
    assert one(c, "SELECT count(*) FROM article_revisions") == 1


def test_invalid_items_are_rejected_without_failing_the_batch(store):
    taken_url = article_item(1)["url"]
    outcomes = store.save_articles(
        [
            article_item(1),
            article_item(2, title=""),
            {"url": "https://x/p/1.html", "article_id": None, "title": "t", "body": "b"},
            article_item(3, url=taken_url),
            article_item(4),
        ]
    )
    assert outcomes == ["new", "rejected", "rejected", "rejected", "new"]
    assert [r[0] for r in rows(store.conn, "SELECT article_id FROM articles ORDER BY 1")] == [
        "3000001",
        "3000004",
    ]


def test_child_row_counts_match_items(store):
    items = [article_item(n) for n in range(1, 41)]
    assert set(store.save_articles(items)) == {"new"}
    c = store.conn
    for table in ("authors", "editors", "images", "events", "awards"):
        counts = dict(rows(c, f"SELECT article_id, count(*) FROM {table} GROUP BY article_id"))
        for n in range(1, 41):
            assert counts.get(str(3_000_000 + n), 0) == expected_children(n)[table], (table, n)
    # an award nobody is named for keeps one row; unranked tiers have tier_rank NULL
    assert rows(
        c,
        "SELECT tier, tier_rank, recipient_kind FROM awards WHERE article_id = '3000005' ORDER BY award_id",
    ) == [
        ("金牌", 1, "person"),
        ("优秀奖", None, "team"),
        ("优秀奖", None, "team"),
    ]


def test_an_award_without_recipients_keeps_its_tier(store):
    item = seed_item(
        events=[
            {
                "name": "征文比赛",
                "kind": "competition",
                "awards": [{"tier": "特等奖", "tier_rank": 0, "recipients": []}],
            }
        ]
    )
    store.save_articles([item])
    assert rows(store.conn, "SELECT tier, tier_rank, recipient FROM awards") == [
        ("特等奖", 0, None)
    ]


def test_unknown_item_fields_are_kept_in_extra(store):
    store.save_articles([seed_item(judges=["区委书记"])])
    assert json.loads(one(store.conn, "SELECT extra FROM articles")) == {"judges": ["区委书记"]}


def test_stored_article_state_and_max_article_id(store):
    assert store.max_article_id() is None
    assert store.last_doc_id() == 0
    save_at(store, T0, [
        seed_item(http_etag='"e1"'),
        article_item(7),
        mirror_of(article_item(9)),
        article_item(8, article_id="zjrb-2015-05-06-3", url="http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/content_3.htm", published_at="2015-05-06"),
    ])  # fmt: skip
    mark = store.last_doc_id()
    assert mark == 4
    assert store.stored_article(SEED_ID) == {
        "article_id": SEED_ID,
        "published_at": "2023-03-24T20:11:00+08:00",
        "content_hash": seed_item()["content_hash"],
        "http_etag": '"e1"',
        "http_last_modified": None,
        "last_seen_at": T0,
        "is_mirror": False,
        "page_count": 1,
        "missing_pages": [],
        "quality_flags": [],
    }
    assert store.stored_article("3000009")["is_mirror"] is True
    assert store.stored_article("zjrb-2015-05-06-3")["published_at"] == "2015-05-06"
    assert store.stored_article("404") is None

    def recent(since: str, mark: int | None = None) -> set[str]:
        return {r["article_id"] for r in store.recent_articles(since, mark)}

    assert recent("2023-03-24") == {SEED_ID, "3000007", "3000009"}
    assert recent("2024-01-01") == {"3000007", "3000009"}
    assert recent("2024-01-01", mark=1) == set()  # the seed was stored first
    # numeric max, not text max: "3000009" > "2836735" as text too, so add one that differs
    store.save_articles(
        [article_item(10, article_id="999", url="https://www.gdzjdaily.com.cn/p/999.html")]
    )
    assert store.max_article_id() == 3_000_009
    # rows stored after a mark are not "stored" as seen from that mark
    assert store.stored_article("999", up_to_doc_id=mark) is None
    assert store.stored_article("999")["article_id"] == "999"
    assert (
        one(
            store.conn, "SELECT published_date FROM articles WHERE article_id = 'zjrb-2015-05-06-3'"
        )
        == "2015-05-06"
    )


def test_unchanged_refreshes_http_validators(store):
    save_at(store, T0, [seed_item(http_etag='"v1"')])
    save_at(
        store, T1, [seed_item(http_etag='"v2"', http_last_modified="Sat, 25 Mar 2023 00:00:00 GMT")]
    )
    save_at(store, T2, [seed_item()])  # no validators this time: keep the last ones
    assert store.stored_article(SEED_ID)["http_etag"] == '"v2"'
    assert store.stored_article(SEED_ID)["http_last_modified"] == "Sat, 25 Mar 2023 00:00:00 GMT"


def test_run_log_rows(store):
    with time_machine.travel(T0, tick=False):
        run_id = store.begin_run("yunmei", {"since": "2023-01-01", "start_urls": ["u"]})
        store.record_error(run_id, "https://www.gdzjdaily.com.cn/p/1.html", "http_404", "Not Found")
    with time_machine.travel(T1, tick=False):
        store.finish_run(run_id, "finished", {"item_scraped_count": 3})
    c = store.conn
    assert one(c, "SELECT spider, args, started_at, finished_at, outcome, stats FROM crawl_runs") == (
        "yunmei", '{"since": "2023-01-01", "start_urls": ["u"]}', T0, T1, "finished", '{"item_scraped_count": 3}',
    )  # fmt: skip
    assert one(c, "SELECT run_id, url, kind, detail, at FROM crawl_errors") == (
        run_id, "https://www.gdzjdaily.com.cn/p/1.html", "http_404", "Not Found", T0,
    )  # fmt: skip


def test_store_sets_wal_and_foreign_keys(store):
    assert one(store.conn, "PRAGMA journal_mode") == "wal"
    assert one(store.conn, "PRAGMA foreign_keys") == 1
    store.save_articles([seed_item()])
    # foreign keys are enforced: no author for an article that does not exist
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.conn.execute(
            "INSERT INTO authors (article_id, position, name) VALUES ('nope', 0, 'x')"
        )


def test_readers_are_not_blocked_by_an_open_write_transaction(tmp_path):
    import sqlite3

    db = tmp_path / "yunmei.db"
    with Store(db) as writer:
        writer.save_articles([article_item(1)])
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("UPDATE articles SET title = 'uncommitted'")
        reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        assert (
            reader.execute("SELECT title FROM articles").fetchone()[0] == article_item(1)["title"]
        )
        writer.conn.execute("ROLLBACK")
        reader.close()


def test_a_failing_batch_is_rolled_back_whole(store, monkeypatch):
    from yunmei.store import writer

    def boom(self):
        raise RuntimeError("disk on fire")

    store.save_articles([article_item(1)])
    monkeypatch.setattr(writer.ArticleWriter, "flush", boom)
    with pytest.raises(RuntimeError):
        store.save_articles([article_item(2), article_item(3)])
    assert one(store.conn, "SELECT count(*) FROM articles") == 1
    assert store.integrity_check() == ["ok"]


def test_touch_marks_an_article_seen(store):
    save_at(store, T0, [seed_item()])
    with time_machine.travel(T1, tick=False):
        assert store.touch(SEED_ID) is True
        assert store.touch("no-such-id") is False
    assert one(store.conn, "SELECT last_seen_at, last_changed_at FROM articles") == (T1, T0)
