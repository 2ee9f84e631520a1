"""Datasette metadata: every column described, generated files in sync, pages and JSON API answer."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from store_factories import SEED_ID, article_item, seed_item

from yunmei.store import Store, datasette_metadata
from yunmei.store import datasette as meta

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ds") / "yunmei.db"  # Datasette calls it "yunmei"
    with Store(path) as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 11))])
    return path


def get(db: Path, path: str):
    async def run():
        ds = Datasette([str(db)], metadata=datasette_metadata())
        await ds.invoke_startup()
        return await ds.client.get(path)

    return asyncio.run(run())


def test_every_table_view_and_column_is_described_and_nothing_stale(db):
    conn = sqlite3.connect(db)
    described = datasette_metadata()["databases"]["yunmei"]["tables"]
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    assert set(names) == set(described) - {"articles_fts"}
    for name in names:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
        assert list(described[name]["columns"]) == columns, name
        assert all(text.strip() for text in described[name]["columns"].values()), name


def test_generated_files_are_up_to_date():
    assert yaml.safe_load(meta.METADATA_PATH.read_text("utf-8")) == datasette_metadata(), (
        "run: python -m yunmei.store metadata"
    )
    assert meta.SEARCH_SQL_PATH.read_text("utf-8") == meta.search_sql_file()


def test_docs_carry_the_generated_reference():
    docs = (ROOT / "docs" / "schema.md").read_text("utf-8")
    generated = re.search(r"<!-- BEGIN GENERATED.*?-->\n(.*)<!-- END GENERATED -->", docs, re.S)
    assert generated, "docs/schema.md lost its GENERATED markers"
    assert generated.group(1) == meta.schema_reference_markdown(), (
        "run: python -m yunmei.store docs --write"
    )


def test_awards_view_json_with_a_tier_filter(db):
    response = get(db, "/yunmei/awards_view.json?_shape=array&tier=二等奖&article_id=" + SEED_ID)
    assert response.status_code == 200
    assert [r["recipient"] for r in response.json()] == ["区应急管理局", "区财政局"]
    assert {r["event"] for r in response.json()} == {"雄鹰擂台赛"}


def test_metadata_facets_are_computed(db):
    data = get(db, "/yunmei/articles.json?_size=1").json()
    assert {"source", "column_name"} <= set(data["facet_results"])
    sources = {v["value"]: v["count"] for v in data["facet_results"]["source"]["results"]}
    assert sources["湛江云媒"] == 3
    awards = get(db, "/yunmei/awards_view.json?_size=1").json()
    tiers = {v["value"]: v["count"] for v in awards["facet_results"]["tier"]["results"]}
    assert tiers["三等奖"] == 3 and tiers["金牌"] == 2
    roles = get(db, "/yunmei/authors.json?_size=1").json()["facet_results"]["role"]["results"]
    assert {v["value"] for v in roles} == {"text", "photo", "video"}


def test_canned_search_query(db):
    response = get(db, "/yunmei/search.json?_shape=array&q=雄鹰擂台赛")
    assert response.status_code == 200
    assert [r["article_id"] for r in response.json()] == [SEED_ID]
    two_words = get(db, "/yunmei/search.json?_shape=array&q=" + "一等奖 坡头").json()
    assert [r["article_id"] for r in two_words] == [SEED_ID]
    assert (
        get(db, "/yunmei/search.json?_shape=array&q=Zhanjiang").json()[0]["article_id"] == SEED_ID
    )


def test_canned_credit_award_and_count_queries(db):
    credits = get(db, "/yunmei/author_credits.json?_shape=array&author=陈振园").json()
    assert [(r["role"], r["article_id"]) for r in credits] == [
        ("photo", SEED_ID),
        ("video", SEED_ID),
    ]
    awards = get(db, "/yunmei/awards.json?_shape=array&recipient=交通运输&event=").json()
    assert [(r["tier"], r["recipient"]) for r in awards] == [("一等奖", "区交通运输局")]
    per_day = get(db, "/yunmei/articles_per_day.json?_shape=array").json()
    assert sum(r["articles"] for r in per_day) == 11
    roles = get(db, "/yunmei/author_roles.json?_shape=array&author=陈振园").json()
    assert {r["role"]: r["articles"] for r in roles} == {"photo": 1, "video": 1}


def test_html_pages_show_descriptions(db):
    page = get(db, "/yunmei/articles")
    assert page.status_code == 200
    assert "One row per canonical article" in page.text
    assert 'data-column-description="Hex sha256 of the normalized title + body' in page.text
    index = get(db, "/yunmei")
    assert index.status_code == 200
    assert "awards_view" in index.text and "Full-text search" in index.text
    assert "store_meta" not in index.text  # hidden
