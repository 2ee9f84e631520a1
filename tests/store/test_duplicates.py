"""SimHash and ``duplicate_of``: reposts under other ids are linked to the earliest stored article."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from store_factories import article_item, one, random_body, rows

from yunmei.store import Store
from yunmei.store import simhash as sh
from yunmei.store.writer import ArticleWriter


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "yunmei.db") as s:
        yield s


LONG = random_body(random.Random(42), sentences=80)  # about 1,800 characters, a typical article


def edit(text: str, n: int, seed: int = 0) -> str:
    """``n`` characters replaced at random places."""
    rng = random.Random(seed)
    chars = list(text)
    for _ in range(n):
        chars[rng.randrange(len(chars))] = rng.choice("的一是在不了有和人这中大为上个国我以要他")
    return "".join(chars)


def dup_map(store: Store) -> dict[str, str | None]:
    return dict(rows(store.conn, "SELECT article_id, duplicate_of FROM articles"))


def test_simhash_is_a_signed_64_bit_integer_and_bands_rebuild_it():
    value = sh.simhash(LONG)
    assert value is not None and -(2**63) <= value < 2**63
    assert sh.simhash(LONG) == value  # stable across calls (no per-process hash seed)
    b = sh.bands(value)
    assert all(0 <= x < 2**16 for x in b)
    assert sum(x << (16 * i) for i, x in enumerate(b)) == sh.to_unsigned(value)
    assert sh.simhash("ab") is None and sh.bands(None) == (None, None, None, None)


def test_simhash_ignores_punctuation_spacing_and_width():
    assert sh.simhash(LONG) == sh.simhash(LONG.replace("。", ". ").replace(",", " , "))
    assert sh.simhash("湛江ＡＰＰ上线了吗") == sh.simhash("湛江app 上线了吗?")


def test_small_edits_stay_close_and_different_texts_are_far():
    value = sh.simhash(LONG)
    assert sh.distance(value, sh.simhash(edit(LONG, 2))) <= sh.MAX_DISTANCE
    other = sh.simhash(random_body(random.Random(7), sentences=30))
    assert sh.distance(value, other) > 10


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_bands_and_signed_round_trip(value):
    assert sh.to_signed(sh.to_unsigned(value)) == value
    assert sum(x << (16 * i) for i, x in enumerate(sh.bands(value))) == sh.to_unsigned(value)


def test_a_verbatim_repost_under_another_id_is_linked_not_dropped(store):
    original = article_item(1, body=LONG)
    repost = article_item(2, body=LONG, title=original["title"])
    assert store.save_articles([original, repost]) == ["new", "new"]
    assert dup_map(store) == {"3000001": None, "3000002": "3000001"}


def test_a_near_duplicate_links_to_the_earliest_original(store):
    dateline = "湛江日报讯 " + LONG
    credited = LONG.replace("。", ".\n") + "(来源:湛江日报)"
    assert 0 <= sh.distance(sh.simhash(LONG), sh.simhash(credited)) <= 3
    store.save_articles([article_item(1, body=LONG)])
    store.save_articles([article_item(2, body=dateline)])
    store.save_articles([article_item(3, body=credited), article_item(4)])
    links = dup_map(store)
    assert links == {"3000001": None, "3000002": "3000001", "3000003": "3000001", "3000004": None}
    assert rows(store.conn, "SELECT article_id, original_id FROM duplicates_view ORDER BY 1") == [
        ("3000002", "3000001"),
        ("3000003", "3000001"),
    ]


def test_a_duplicate_is_never_the_target_of_a_link(store):
    second = edit(LONG, 1, seed=3)
    third = edit(second, 2, seed=105)
    # third is near second but not near the original: it must not chain onto second
    assert sh.distance(sh.simhash(third), sh.simhash(second)) <= 3
    assert sh.distance(sh.simhash(third), sh.simhash(LONG)) > 3
    store.save_articles(
        [article_item(1, body=LONG), article_item(2, body=second), article_item(3, body=third)]
    )
    assert dup_map(store) == {"3000001": None, "3000002": "3000001", "3000003": None}


def test_rewritten_text_is_not_a_duplicate(store):
    store.save_articles([article_item(1, body=LONG), article_item(2, body=edit(LONG, 60, seed=3))])
    assert dup_map(store)["3000002"] is None


def test_short_bodies_link_only_when_identical(store):
    short = "视频详见湛江云媒APP。"
    store.save_articles([
        article_item(1, body=short, title="甲"),
        article_item(2, body=short + "!", title="乙"),
        article_item(3, body=short, title="甲"),
    ])  # fmt: skip
    links = dup_map(store)
    assert links["3000002"] is None  # same words, different headline: not a repost
    assert links["3000003"] == "3000001"  # same title and body: same content_hash
    assert one(store.conn, "SELECT simhash_b0 FROM articles WHERE article_id = '3000001'") is None
    assert one(store.conn, "SELECT simhash FROM articles WHERE article_id = '3000001'") is not None


def test_when_an_original_becomes_a_duplicate_its_reposts_follow(store):
    other = random_body(random.Random(99), sentences=30)
    store.save_articles(
        [article_item(1, body=LONG), article_item(2, body=other), article_item(3, body=other)]
    )
    assert dup_map(store)["3000003"] == "3000002"
    # 3000002 is edited into a copy of 3000001: its own repost now points at 3000001 too
    store.save_articles([article_item(2, body=LONG + "(编辑)")])
    links = dup_map(store)
    assert links["3000002"] == "3000001"
    assert links["3000003"] == "3000001"


def test_the_same_id_as_mirror_is_not_a_duplicate_of_itself(store):
    store.save_articles([article_item(1, body=LONG, is_mirror=True)])
    store.save_articles([article_item(1, body=LONG)])
    assert dup_map(store) == {"3000001": None}


def test_near_duplicate_lookup_is_an_indexed_query(store):
    store.save_articles([article_item(n) for n in range(1, 30)])
    store.save_articles([article_item(30, body=LONG)])
    store.conn.execute("ANALYZE")
    writer = ArticleWriter(store.conn)
    plans = []
    store.conn.set_trace_callback(plans.append)
    assert writer.find_original("x", "no-such-hash", sh.simhash(edit(LONG, 1)), True) == "3000030"
    store.conn.set_trace_callback(None)
    # ten key probes into the sidecar's pair index, then the few candidates by doc_id: no scan
    key_sql = next(s for s in plans if "neardup_keys" in s)
    plan = " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + key_sql))
    assert "SEARCH neardup.neardup_keys USING PRIMARY KEY (key=?)" in plan
    assert "SCAN" not in plan
    row_sql = next(s for s in plans if "FROM main.articles" in s)
    plan = " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + row_sql))
    assert "SEARCH main.articles USING INDEX" in plan and "(doc_id=?)" in plan
    assert "SCAN" not in plan
    # a linkable body makes one lookup: the content-hash probe is not run
    assert not any("content_hash" in s and "substr" in s for s in plans)
