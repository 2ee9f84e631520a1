"""End to end: the real Scrapy engine crawls the bundled snapshot site on 127.0.0.1, and replays it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

SEED_TITLE = "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"
EPAPER_DAY = {"since": "2015-05-06", "until": "2015-05-06"}


def article_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT article_id, url, title, published_at, content_hash FROM articles ORDER BY 1"
        ).fetchall()


def sample_start_urls() -> str:
    return ",".join((SAMPLE / "start_urls.txt").read_text("utf-8").split())


def crawl_both(run_crawl, db: Path, **kwargs) -> list:
    results = [
        run_crawl("yunmei", args={"start_urls": sample_start_urls()}, db=db, **kwargs),
        run_crawl("yunmei_epaper", args=EPAPER_DAY, db=db, **kwargs),
    ]
    for result in results:
        assert result.returncode == 0, result.stderr[-4000:]
    return results


@pytest.fixture
def live_db(site_server, run_crawl, tmp_path) -> Path:
    db = tmp_path / "live.db"
    crawl_both(run_crawl, db, proxy=site_server.proxy_url)
    return db


def test_live_crawl_stores_the_snapshot(live_db):
    rows = article_rows(live_db)
    titles = {row[2] for row in rows}
    assert len(rows) >= 30
    assert SEED_TITLE in titles
    assert all(
        row[1].startswith(("https://www.gdzjdaily.com.cn/p/", "http://szb.")) for row in rows
    )
    with sqlite3.connect(live_db) as conn:
        kinds = {row[0] for row in conn.execute("SELECT kind FROM crawl_errors")}
        runs = conn.execute("SELECT spider, outcome FROM crawl_runs ORDER BY run_id").fetchall()
    assert "http_404" in kinds
    assert runs == [("yunmei", "finished"), ("yunmei_epaper", "finished")]


def test_the_committed_recording_replays_to_the_same_rows(live_db, run_crawl, tmp_path):
    replay_db = tmp_path / "replay.db"
    crawl_both(run_crawl, replay_db, settings={"YUNMEI_REPLAY": SAMPLE / "warc"})
    assert article_rows(replay_db) == article_rows(live_db), (
        "data/sample/warc is out of date with data/sample/site: run `make record-sample`"
    )


def test_a_second_replay_adds_nothing(run_crawl, tmp_path):
    db = tmp_path / "twice.db"
    settings = {"YUNMEI_REPLAY": SAMPLE / "warc"}
    first = crawl_both(run_crawl, db, settings=settings)
    second = crawl_both(run_crawl, db, settings=settings)
    assert "'yunmei/articles/new'" in first[0].stderr
    for result in second:
        assert "'yunmei/articles/new'" not in result.stderr
        assert "articles new      0" in result.stdout
