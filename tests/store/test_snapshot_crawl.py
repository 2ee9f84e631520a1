"""End to end through the store: a crawl of the bundled snapshot fills every table and the
documented queries and search answer with the seed article."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from yunmei.store import Store
from yunmei.store import search as fts

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
SEED_TITLE = "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"


@pytest.fixture
def crawled(site_server, run_crawl, tmp_path) -> Path:
    start_urls = SAMPLE / "start_urls.txt"
    assert start_urls.exists(), "data/sample/start_urls.txt is missing from the checkout"
    db = tmp_path / "yunmei.db"
    for spider, args in (
        ("yunmei", {"start_urls": ",".join(start_urls.read_text("utf-8").split())}),
        ("yunmei_epaper", {"since": "2015-05-06", "until": "2015-05-06"}),
    ):
        result = run_crawl(spider, args=args, db=db, proxy=site_server.proxy_url)
        assert result.returncode == 0, result.stderr[-3000:]
    return db


def test_a_snapshot_crawl_fills_the_store(crawled):
    conn = sqlite3.connect(crawled)
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "articles",
            "authors",
            "editors",
            "images",
            "events",
            "awards",
            "crawl_runs",
            "crawl_errors",
        )
    }
    assert all(counts.values()), counts
    # one crawl finds no edits; only a mirror copy stored before its original is a revision
    reasons = {r[0] for r in conn.execute("SELECT reason FROM article_revisions")}
    assert reasons <= {"mirror_replaced"}
    with Store(crawled) as store:
        assert store.integrity_check() == ["ok"]
        assert store.max_article_id() is not None
    # the seed, by search and by its awards
    hits = [r["title"] for r in fts.search(crawled, "雄鹰擂台赛")]
    assert SEED_TITLE in hits
    assert SEED_TITLE in [r["title"] for r in fts.search(crawled, "一等奖 坡头")]
    assert len(fts.search(crawled, "湛江", limit=1000)) >= 5
    winners = conn.execute(
        "SELECT recipient FROM awards_view WHERE title = ? AND tier = '一等奖'", (SEED_TITLE,)
    ).fetchall()
    assert winners == [("区交通运输局",)]
    credits = conn.execute(
        "SELECT DISTINCT role FROM author_credits_view WHERE author = '陈振园' AND title = ?",
        (SEED_TITLE,),
    ).fetchall()
    assert {r[0] for r in credits} == {"video", "photo"}
    per_day = dict(conn.execute("SELECT day, articles FROM articles_per_day_view"))
    assert per_day.get("2015-05-06", 0) >= 1  # the e-paper day
