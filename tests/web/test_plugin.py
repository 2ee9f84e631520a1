"""The yunmei Datasette plugin without a browser: any file name, SQL functions, search words."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from datasette.app import Datasette

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import SEED_ID, article_item, seed_item

from yunmei.store import Store
from yunmei.store.datasette import SEARCH_QUERY_SQL
from yunmei.store.sqlfunc import register_functions

FIVE_G = "湛江市5G网络覆盖全部镇街,坡头区新建基站。"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plugin") / "archive_2024.db"  # not yunmei.db
    five_g = article_item(1)
    five_g["body"] = FIVE_G + "\n" + five_g["body"]
    with Store(path) as store:
        store.save_articles([seed_item(), five_g, *(article_item(n) for n in range(2, 6))])
    return path


def get(db: Path, path: str):
    async def run():
        ds = Datasette([str(db)])  # no --metadata: the plugin brings it
        await ds.invoke_startup()
        return await ds.client.get(path)

    return asyncio.run(run())


def test_metadata_and_canned_queries_apply_whatever_the_file_is_called(db):
    base = "/archive_2024"
    data = get(db, base + "/search.json?_shape=array&q=一等奖").json()
    assert [r["article_id"] for r in data] == [SEED_ID]
    assert data[0]["title"] and "一等奖" in data[0]["snippet"]
    table = get(db, base + "/articles.json?_size=1").json()
    assert {"column_name", "source", "page_kind", "published_date"} <= set(table["facet_results"])
    page = get(db, base + "/articles").text
    assert "One row per canonical article" in page  # the description arrived


@pytest.mark.parametrize("query", ["", "   ", "-湛江", "!!!"])
def test_queries_with_nothing_to_search_answer_200_and_no_rows(db, query):
    response = get(db, "/archive_2024/search.json?_shape=array&q=" + quote(query))
    assert response.status_code == 200
    assert response.json() == []


@pytest.mark.parametrize(
    ("query", "finds_five_g"),
    [
        ("5G网络", True),
        ("市5G", True),
        ("5g", True),
        ("湛江 OR 不存在", True),
        ("5G -基站", False),
        ("坡", True),
        ('"网络覆盖"', True),
    ],
)
def test_plain_sqlite3_search_with_the_registered_functions(db, query, finds_five_g):
    conn = sqlite3.connect(db)
    register_functions(conn)
    rows = conn.execute(SEARCH_QUERY_SQL, {"q": query}).fetchall()
    found = any(FIVE_G[:6] in (snippet or "") for _t, _d, _c, snippet, _id in rows)
    assert found is finds_five_g


def test_the_stock_row_page_of_an_article_links_to_its_readable_page(db):
    page = get(db, f"/archive_2024/articles/{SEED_ID}").text
    assert f'href="/archive_2024/-/article/{SEED_ID}"' in page


def test_unknown_article_and_event_are_404_not_500(db):
    assert get(db, "/archive_2024/-/article/nope").status_code == 404
    assert get(db, "/archive_2024/-/event/999999").status_code == 404
    assert get(db, "/archive_2024/-/charts?by=year").status_code == 200


def test_the_documented_sqlite_utils_one_liner_searches(db):
    """docs/web.md: `sqlite-utils search` cannot read a contentless bigram index; this line can."""
    import json
    import shutil
    import subprocess

    sqlite_utils = shutil.which("sqlite-utils", path=str(Path(sys.executable).parent))
    done = subprocess.run(
        [sqlite_utils, "query", str(db),
         "SELECT article_id, title FROM article_search WHERE q MATCH yunmei_fts_query(:q) AND yunmei_search_accepts(:q, title, NULL, body) ORDER BY rank",
         "-p", "q", "雄鹰擂台赛",
         "--functions", "from yunmei.store.sqlfunc import yunmei_fts_query, yunmei_search_accepts"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert [r["article_id"] for r in json.loads(done.stdout)] == [SEED_ID]


def test_the_day_chart_covers_the_newest_year_and_the_month_chart_every_month(tmp_path):
    from yunmei.store import web

    path = tmp_path / "years.db"
    days = ["2022-03-05", "2023-06-01", "2024-05-20", "2024-05-21"]  # the first is over a year back
    items = [article_item(n, published_at=f"{d}T10:00:00+08:00") for n, d in enumerate(days, 1)]
    with Store(path) as store:
        store.save_articles(items)

    async def run():
        db = Datasette([str(path)]).get_database("years")
        return await web.articles_per_period(db, "day"), await web.articles_per_period(db, "month")

    per_day, per_month = asyncio.run(run())
    assert sorted({period for period, _, _ in per_day}) == days[1:]
    assert sorted({period for period, _, _ in per_month}) == ["2022-03", "2023-06", "2024-05"]
    assert sum(n for _, _, n in per_month) == len(days)
