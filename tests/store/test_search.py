"""Chinese full-text search: bigram index, query rewriting, Python API, plain SQL, CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest
from store_factories import SEED_ID, article_item, one, seed_item

from yunmei.store import Store
from yunmei.store import search as fts
from yunmei.store.datasette import search_sql_file

NOISE = "市民在公园散步,游客在海湾拍照。"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "yunmei.db"
    with Store(path) as store:
        store.save_articles(
            [
                seed_item(),
                article_item(
                    1, title="湛江市举办荔枝节", body="今年的荔枝节在湛江市霞山区开幕。" + NOISE * 5
                ),
                article_item(
                    2,
                    title="足球比赛",
                    body="市一中获得冠军,实验中学获得一等奖学金。Zhanjiang Daily reports." + NOISE,
                ),
                article_item(3, title="廉江新闻", body="廉江举办书法展。" + NOISE * 3),
                article_item(
                    4, title="红树林", body="红树林保护区迎来候鸟,全市APP用户可预约参观。" + NOISE
                ),
                article_item(5, title="湛江港", body="港口吞吐量创新高。" + NOISE),
            ]
        )
    return path


def ids(results):
    return [r["article_id"] for r in results]


def test_index_text_writes_overlapping_bigrams_and_keeps_ascii_words():
    assert fts.index_text("湛江市5G网络,在8楼举办。Zhanjiang APP上线!Ｚｈａｎ") == (
        "湛江 江市 5g 网络 在 8 楼举 举办 zhanjiang app 上线 zhan"
    )
    assert fts.index_text(None) == ""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("湛江", '"湛江"'),
        ("一等奖 坡头", '("一等" AND "等奖") AND "坡头"'),
        ("雄鹰擂台赛", '("雄鹰" AND "鹰擂" AND "擂台" AND "台赛")'),
        ("APP", '"app"'),
        ("坡", '"坡" *'),
        ("湛江 OR 廉江", '"湛江" OR "廉江"'),
        ("湛江 OR 一等奖", '"湛江" OR ("一等" AND "等奖")'),
        ("湛江 -荔枝", '"湛江"'),  # exclusions are checked on the candidates
        ('"Zhanjiang Daily"', '("zhanjiang" AND "daily")'),
        ('说"你好', '("说" AND "你好")'),  # a stray quote is punctuation inside the word
        ("!!!", ""),
    ],
)
def test_query_rewriting(query, expected):
    assert fts.fts_query(query) == expected


def test_a_two_character_word_is_found_inside_longer_text(db):
    # 湛江 inside 湛江市 / 湛江港 / 湛江云媒: the case the trigram tokenizer misses
    assert set(ids(fts.search(db, "湛江"))) == {SEED_ID, "3000001", "3000005"}


def test_three_and_five_character_words(db):
    assert set(ids(fts.search(db, "一等奖"))) == {SEED_ID, "3000002"}
    assert ids(fts.search(db, "雄鹰擂台赛")) == [SEED_ID]
    # a phrase, not the bag of its pairs: 擂台 and 台赛 alone are not enough
    assert fts.search(db, "雄鹰台赛") == []


def test_exclusions_and_or_are_applied_to_the_candidates(db):
    assert set(ids(fts.search(db, "湛江 -荔枝"))) == {SEED_ID, "3000005"}
    assert set(ids(fts.search(db, "湛江 -荔枝节"))) == {SEED_ID, "3000005"}
    assert set(ids(fts.search(db, "荔枝节 OR 书法展"))) == {"3000001", "3000003"}
    # 擂台 and 台赛 both present, but never 擂台赛 written together in 3000002
    assert fts.search(db, "台赛 -雄鹰擂台赛") == []


def test_results_come_newest_first_within_title_and_body_hits(db):
    results = fts.search(db, "市民")
    assert {r["rank"] for r in results} == {fts.BODY_HIT}
    assert ids(results) == ["3000005", "3000004", "3000003", "3000002", "3000001"]


def test_words_are_anded(db):
    assert ids(fts.search(db, "一等奖 坡头")) == [SEED_ID]
    assert fts.search(db, "一等奖 廉江") == []


def test_english_words_any_case(db):
    assert set(ids(fts.search(db, "Zhanjiang"))) == {SEED_ID, "3000002"}
    assert set(ids(fts.search(db, "zhanjiang daily"))) == {"3000002"}
    assert set(ids(fts.search(db, "APP"))) == {SEED_ID, "3000004"}
    assert set(ids(fts.search(db, "app"))) == {SEED_ID, "3000004"}


def test_title_hits_rank_above_body_hits(db):
    results = fts.search(db, "湛江")
    # 3000001 and 3000005 have 湛江 in the title, the seed only in its body
    assert ids(results)[-1] == SEED_ID
    assert [r["rank"] for r in results] == sorted(r["rank"] for r in results)


def test_results_carry_fields_and_a_snippet(db):
    (hit,) = fts.search(db, "雄鹰擂台赛", limit=5)
    assert hit["title"] == seed_item()["title"]
    assert hit["published_at"] == "2023-03-24T20:11:00+08:00"
    assert hit["url"] == seed_item()["url"]
    assert "【雄鹰擂台赛】" in hit["snippet"]
    assert isinstance(hit["rank"], float)
    assert len(fts.search(db, "湛江", limit=1)) == 1


def test_an_edited_article_is_found_by_its_new_text_only(db):
    with Store(db) as store:
        store.save_articles(
            [article_item(3, title="廉江新闻", body="廉江举办摄影展。" + NOISE * 3)]
        )
        assert store.integrity_check() == ["ok"]
    assert fts.search(db, "书法") == []
    assert ids(fts.search(db, "摄影展")) == ["3000003"]


def test_rebuild_gives_the_same_answers(db):
    before = {q: ids(fts.search(db, q)) for q in ("湛江", "一等奖", "app")}
    with Store(db) as store:
        assert store.rebuild_search() == 6
        assert store.integrity_check() == ["ok"]
    assert {q: ids(fts.search(db, q)) for q in before} == before


def test_plain_sqlite_view_needs_no_python_function(db):
    conn = sqlite3.connect(db)  # a plain connection: nothing registered
    got = conn.execute(
        "SELECT article_id FROM article_search WHERE q MATCH '湛江' ORDER BY rank"
    ).fetchall()
    assert {r[0] for r in got} == {SEED_ID, "3000001", "3000005"}
    # detail=none has no phrases: the AND of the pairs, re-checked as a substring
    words = conn.execute(
        "SELECT article_id FROM article_search WHERE q MATCH '雄鹰 AND 鹰擂 AND 擂台 AND 台赛' "
        "AND instr(body, '雄鹰擂台赛') ORDER BY doc_id DESC LIMIT 20"
    ).fetchall()
    assert words == [(SEED_ID,)]


@pytest.mark.parametrize(
    "query", ["湛江", "一等奖", "雄鹰擂台赛", "Zhanjiang", "一等奖 坡头", "荔枝节 霞山"]
)
def test_plain_sql_search_agrees_with_python(db, query):
    conn = sqlite3.connect(db)
    got = conn.execute(fts.PLAIN_SQL_SEARCH, {"q": query}).fetchall()
    assert {r[0] for r in got} == set(ids(fts.search(db, query)))
    assert got, query


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell")
def test_the_search_sql_file_runs_in_the_sqlite3_shell(db, tmp_path):
    sql_file = tmp_path / "search.sql"
    sql_file.write_text(search_sql_file(), "utf-8")
    script = f".param set :q \"'一等奖 坡头'\"\n.read {sql_file}\n"
    out = subprocess.run(
        ["sqlite3", str(db)], input=script, capture_output=True, text=True, check=True
    )
    assert SEED_ID in out.stdout
    assert "3000002" not in out.stdout


def test_cli_prints_results(db, capsys):
    assert fts.cli(["一等奖", "坡头", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert seed_item()["title"] in out
    assert "【" in out
    assert fts.cli(["湛江", "--db", str(db), "--limit", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 2
    assert set(data[0]) == {"article_id", "title", "published_at", "url", "snippet", "rank"}
    assert fts.cli(["不存在的词", "--db", str(db)]) == 0
    assert "no match" in capsys.readouterr().out


def test_cli_without_a_database_fails_cleanly(tmp_path, capsys):
    assert fts.cli(["湛江", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()


def test_search_on_a_store_connection(db):
    with Store(db) as store:
        assert ids(store.search("雄鹰擂台赛")) == [SEED_ID]
        assert one(store.conn, "SELECT count(*) FROM articles_fts") == 6
