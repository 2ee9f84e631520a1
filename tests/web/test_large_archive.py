"""Large archives in Datasette (issue 16): a small store served with the threshold lowered through
the plugin's setting behaves as a million-article one; below the threshold nothing changes."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import sys
from pathlib import Path

import pytest
from datasette.app import Datasette

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import article_item, seed_item

from yunmei.datasette import large
from yunmei.store import Store

DB = "archive_big"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / f"{DB}.db"
    undated = article_item(11, column=None, source=None, published_at=None)  # the NULL keys
    with Store(path) as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 11)), undated])
    return path


def pages(db: Path, paths: list[str], limit: int | None = None):
    """The responses of one Datasette; ``limit`` is the plugin's large_archive_articles."""

    async def run():
        config = {} if limit is None else {"large_archive_articles": limit}
        ds = Datasette([str(db)], metadata={"plugins": {"yunmei": config}})
        await ds.invoke_startup()
        return ds, [await ds.client.get(path) for path in paths]

    return asyncio.run(run())


def facets(data: dict) -> dict:
    return {name: [(v["value"], v["count"]) for v in facet["results"]]
            for name, facet in data["facet_results"].items()}  # fmt: skip


def test_a_small_store_keeps_suggestions_every_facet_and_every_count(db):
    ds, (articles, credits, page) = pages(
        db, [f"/{DB}/articles.json", f"/{DB}/author_credits_view.json", f"/{DB}/articles"]
    )
    assert ds.setting("suggest_facets") is True
    assert articles.json()["suggested_facets"]
    assert set(facets(articles.json())) == {"column_name", "source", "page_kind", "published_date", "is_original"}  # fmt: skip
    assert credits.json()["filtered_table_rows_count"] > 0
    assert {"role", "author_title", "source"} <= set(facets(credits.json()))
    assert 'class="ym-large"' not in page.text


def test_the_threshold_is_a_strict_bound(db):
    ds, _ = pages(db, [], limit=12)  # the store holds 12 articles
    assert ds._yunmei_large == {} and ds.setting("suggest_facets") is True


@pytest.mark.parametrize("table", ["articles", "articles_view"])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?source=湛江云媒",
        "?column_name=报小拍&is_original=1",
        "?published_date__startswith=2024-05&is_original=0",
        "?published_date=2024-05-03&_size=2",
        "?source__exact=湛江日报&_sort=title",
        "?title__contains=新闻",  # no summary key: Datasette's group-by
        "?source=湛江云媒&source=湛江日报",
    ],
)
def test_summary_facets_count_what_the_group_by_counts(db, table, query):
    path = f"/{DB}/{table}.json{query}"
    _, (small,) = pages(db, [path])
    ds, (big,) = pages(db, [path], limit=5)
    assert ds._yunmei_large == {DB: 12} and ds.setting("suggest_facets") is False
    assert big.json()["suggested_facets"] == []
    expected = {k: v for k, v in facets(small.json()).items() if k != "page_kind"}
    assert facets(big.json()) == expected
    assert big.json()["filtered_table_rows_count"] == small.json()["filtered_table_rows_count"]
    assert big.json()["rows"] == small.json()["rows"]


def test_a_summary_facet_value_filters_like_the_column_facet(db):
    _, (small,) = pages(db, [f"/{DB}/articles.json"])
    _, (big,) = pages(db, [f"/{DB}/articles.json"], limit=5)
    for name in ("source", "published_date"):
        urls = [
            [v["toggle_url"] for v in data.json()["facet_results"][name]["results"]]
            for data in (small, big)
        ]
        assert urls[0] == urls[1]


def test_a_large_join_view_is_not_counted_and_links_to_its_count_and_facets(db):
    _, (small,) = pages(db, [f"/{DB}/author_credits_view.json?role=text"])
    _, (big, page) = pages(
        db,
        [f"/{DB}/author_credits_view.json?role=text", f"/{DB}/author_credits_view?role=text"],
        limit=5,
    )
    assert big.json()["filtered_table_rows_count"] is None
    assert big.json()["facet_results"] == {}
    note = re.search(r'<p class="ym-large">(.*?)</p>', page.text, re.S).group(1)
    links = dict((text, href.replace("&amp;", "&")) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', note))  # fmt: skip
    assert set(links) == {"role", "author_title", "source", "count them"}
    assert "role=text" in links["count them"] and "_nocount" not in links["count them"]
    _, (counted, faceted) = pages(
        db,
        [links["count them"].replace("?", ".json?"), links["role"].replace("?", ".json?")],
        limit=5,
    )
    assert counted.json()["filtered_table_rows_count"] == small.json()["filtered_table_rows_count"]
    assert facets(faceted.json())["role"] == facets(small.json())["role"]


def test_large_pages_offer_the_facets_without_a_summary(db):
    _, (page, awards) = pages(db, [f"/{DB}/articles", f"/{DB}/awards_view.json"], limit=5)
    note = re.search(r'<p class="ym-large">(.*?)</p>', page.text, re.S).group(1)
    assert "12 articles" in note and "count them" not in note  # a table count is cheap
    assert f'href="/{DB}/articles?_facet=page_kind"' in note
    assert awards.json()["facet_results"] == {}
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM awards").fetchone()[0]
    assert awards.json()["filtered_table_rows_count"] == stored  # a cheap count stays


def test_other_tables_and_databases_keep_their_facets(db):
    _, (events,) = pages(db, [f"/{DB}/events.json"], limit=5)
    assert "kind" in events.json()["facet_results"]


def test_suggestions_switch_is_guarded():
    class NoSettings:
        pass

    assert large.suggestions_off(NoSettings()) is False
    holder = NoSettings()
    holder._settings = {"suggest_facets": True}
    assert large.suggestions_off(holder) is True and holder._settings["suggest_facets"] is False


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        (f"/{DB}/author_credits_view", "", "_nocount=1"),
        (f"/{DB}/article_search.json", "_shape=objects", "_shape=objects&_nocount=1"),
        (f"/{DB}/author_credits_view", "_count=1", "_count=1"),
        (f"/{DB}/author_credits_view", "_nocount=0", "_nocount=0"),
        (f"/{DB}/articles", "", ""),
        ("/other/author_credits_view", "", ""),
        (f"/{DB}/-/article/1", "", ""),
    ],
)
def test_only_the_join_views_of_a_large_database_skip_the_count(path, query, expected):
    scope = {"type": "http", "path": path, "query_string": query.encode()}
    assert large.count_skipped_scope(scope, {DB})["query_string"].decode() == expected
    under = {**scope, "path": "/ds" + path}  # behind base_url /ds/
    assert large.count_skipped_scope(under, {DB}, "/ds/")["query_string"].decode() == expected


def test_a_database_name_that_needs_tilde_encoding_is_recognised():
    scope = {"type": "http", "path": "/archive~2Ev2/author_credits_view", "query_string": b""}
    assert large.count_skipped_scope(scope, {"archive.v2"})["query_string"] == b"_nocount=1"


def test_the_database_page_of_a_large_archive_counts_only_the_cheap_tables(db):
    _, (small,) = pages(db, [f"/{DB}.json"])
    _, (big,) = pages(db, [f"/{DB}.json"], limit=5)
    counts = [{t["name"]: t["count"] for t in page.json()["tables"]} for page in (small, big)]
    assert counts[0]["authors"] and counts[0]["articles_fts_data"] is not None
    assert counts[1]["articles"] == counts[0]["articles"]  # from the summary: exact
    assert counts[1]["events"] == counts[0]["events"]
    assert counts[1]["authors"] is None and counts[1]["articles_fts_data"] is None


@pytest.mark.parametrize(
    ("query", "answerable"),
    [
        ("source=湛江云媒&_facet=page_kind&_size=5&_nocount=1", True),
        ("published_date__startswith=2024&column_name__exact=报小拍&is_original=0", True),
        ("source=", False),  # '' is the summary's NULL
        ("is_original=yes", False),
        ("title__contains=新闻", False),
        ("_where=1", False),
        ("_search=湛江", False),
        ("source=a&source=b", False),
    ],
)
def test_which_filters_the_summary_counts_under(query, answerable):
    from urllib.parse import parse_qsl

    chosen = large._summary_filters(parse_qsl(query, keep_blank_values=True))
    assert (chosen is not None) is answerable


# --- filtered pages off an index (schema v6) ------------------------------------------------------
FILTERED = {
    "articles?source=湛江云媒": "articles_source_at",
    "articles?column_name=报小拍": "articles_column_at",
    "articles?published_date__startswith=2024-05-1": "articles_published_at",
    "articles_view?published_date__startswith=2024-05-1": "articles_published_at",
    "articles?published_date=2024-05-11": "articles_published_at",
    "author_credits_view?author=作者1": "authors_name_ts",
    "awards_view?tier=金牌": "awards_published_at",
    "awards_view?published_date__startswith=2024-05": "awards_published_at",
}


def query_plan(db: Path, query: dict) -> str:
    conn = sqlite3.connect(db)
    try:
        return " | ".join(
            r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {query['sql']}", query["params"])
        )
    finally:
        conn.close()


@pytest.mark.parametrize("page", FILTERED)
def test_a_filtered_page_walks_an_index_in_its_order(db, page):
    table, _, query = page.partition("?")
    _, (response,) = pages(db, [f"/{DB}/{table}.json?{query}"], limit=1)
    assert response.status_code == 200
    data = response.json()
    plan = query_plan(db, data["query"])
    assert FILTERED[page] in plan and "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
    assert data["rows"]


def order_by(response) -> str:
    return response.json()["query"]["sql"].partition(" order by ")[2]


def test_a_credit_page_sorts_by_the_credit_time_unless_told(db):
    _, (own, chosen, exact, editor) = pages(
        db,
        [f"/{DB}/author_credits_view.json?author=作者1&_shape=objects",
         f"/{DB}/author_credits_view.json?author=作者1&_sort=title",
         f"/{DB}/author_credits_view.json?author__exact=作者1",
         f"/{DB}/editor_credits_view.json?editor=编辑1"],
        limit=1,
    )  # fmt: skip
    assert order_by(own).startswith("published_ts desc") and order_by(chosen).startswith("title")
    assert order_by(exact).startswith("published_ts desc")
    assert order_by(editor).startswith("published_ts desc")
    times = [r["published_at"] for r in own.json()["rows"]]
    assert times == sorted(times, reverse=True)
    _, (small,) = pages(db, [f"/{DB}/author_credits_view.json?author=作者1"])
    assert order_by(small).startswith("published_at desc")  # a small store keeps its order


@pytest.mark.parametrize(
    "query", ["published_date__startswith=2024-05-1", "published_date=2024-05-11",
              "published_date__exact=2024-05-03", "published_date__startswith=2024"],
)  # fmt: skip
def test_the_published_at_range_keeps_the_rows_of_the_date_filter(db, query):
    _, (response,) = pages(db, [f"/{DB}/articles.json?{query}&_size=max&_shape=objects"], limit=1)
    arg, _, value = query.partition("=")
    test = "published_date LIKE ? || '%'" if arg.endswith("startswith") else "published_date = ?"
    conn = sqlite3.connect(db)
    expected = {
        r[0] for r in conn.execute(f"SELECT article_id FROM articles WHERE {test}", (value,))
    }
    conn.close()
    assert {r["article_id"] for r in response.json()["rows"]} == expected and expected
