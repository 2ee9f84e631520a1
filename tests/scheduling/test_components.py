"""The scheduling components on their own (no crawl): decisions, backoff, outcomes, JOBDIR guard."""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
from datetime import datetime, timedelta

import pytest
import time_machine
from crawlers import project_crawler as make_crawler
from scrapy import Request
from scrapy.http import HtmlResponse

from yunmei.commands.crawl import exit_code
from yunmei.middlewares.backoff import backoff_delay, retry_after
from yunmei.middlewares.incremental import (
    BACKFILL,
    RECHECK,
    SEEN_PAGES,
    VALIDATORS,
    IncrementalMiddleware,
)
from yunmei.middlewares.jobdir import JobDirGuard, read_status, write_status
from yunmei.middlewares.state import BEIJING, StoredArticle
from yunmei.runlog import decide_outcome, format_summary
from yunmei.spiders.yunmei import YunmeiSpider, parse_ids
from yunmei.store.extension import CrawlStore

SITE = "http://www.gdzjdaily.com.cn"


def project_crawler(**overrides):
    return make_crawler(YunmeiSpider, **overrides)


def days_ago(days: float) -> str:
    return (datetime.now(BEIJING) - timedelta(days=days)).isoformat(timespec="seconds")


def stored_item(article_id: str, published_at: str, **fields) -> dict:
    return {
        "url": f"https://www.gdzjdaily.com.cn/p/{article_id}.html",
        "article_id": article_id,
        "title": f"标题{article_id}",
        "body": f"第{article_id}篇报道的正文。",
        "published_at": published_at,
        **fields,
    }


@pytest.fixture
def middleware(tmp_path):
    crawler = project_crawler(YUNMEI_DB=str(tmp_path / "y.db"))
    mw = IncrementalMiddleware(crawler)
    outcomes = CrawlStore.of(crawler).save_articles([
        stored_item("2950001", days_ago(30), http_etag='"a"'),
        stored_item("2950002", days_ago(1), http_etag='"b"'),
        stored_item("2950003", days_ago(1)),  # no validator
        stored_item("2950004", days_ago(1), http_etag='"d"', missing_pages=[2], page_count=2),
        stored_item("2950005", days_ago(30), is_mirror=True),
        stored_item("2950006", days_ago(1), http_etag='"f"', page_count=2),
    ])  # fmt: skip
    assert outcomes == ["new"] * 6
    yield mw
    CrawlStore.of(crawler).close()


def decide(mw, url: str, **meta):
    return mw.article_request(Request(url, meta=meta))


def test_an_old_stored_article_is_not_requested(middleware):
    assert decide(middleware, f"{SITE}/p/2950001.html") is None
    assert decide(middleware, "http://m.gdzjdaily.com.cn/p/2950001.html?v=1?v=2") is None
    assert middleware.stats.get_value("yunmei/incremental/skipped/stored") == 2


def test_an_unknown_article_is_requested_as_is(middleware):
    request = decide(middleware, f"{SITE}/p/2950099.html")
    assert request is not None and VALIDATORS not in request.meta and RECHECK not in request.meta


def test_a_recent_article_is_rechecked_conditionally(middleware):
    request = decide(middleware, f"{SITE}/p/2950002.html")
    assert request.meta[RECHECK] == "recent"
    assert request.meta[VALIDATORS] == {
        "article_id": "2950002",
        "etag": '"b"',
        "last_modified": None,
    }


def test_conditional_only_with_a_validator_and_a_complete_copy(middleware):
    no_validator = decide(middleware, f"{SITE}/p/2950003.html")
    assert no_validator.meta[RECHECK] == "recent" and VALIDATORS not in no_validator.meta
    incomplete = decide(middleware, f"{SITE}/p/2950004.html")
    assert incomplete.meta[RECHECK] == "incomplete" and VALIDATORS not in incomplete.meta
    multipage = decide(middleware, f"{SITE}/p/2950006.html")  # a 304 would not cover page 2
    assert multipage.meta[RECHECK] == "recent" and VALIDATORS not in multipage.meta


def test_the_original_replaces_a_stored_mirror_but_a_mirror_never_does(middleware):
    original = decide(middleware, f"{SITE}/p/2950005.html")
    assert original.meta[RECHECK] == "mirror_stored"
    assert decide(middleware, "http://juzitie.cn/p/2950001.html") is None  # stored
    assert decide(middleware, f"{SITE}/p/2950099.html") is not None
    assert decide(middleware, "http://juzitie.cn/p/2950099.html") is None  # original requested
    mirror = decide(middleware, "http://juzitie.cn/p/2950100.html")
    assert mirror is not None and mirror.priority < 0  # originals first


def test_refresh_fetches_everything_unconditionally(middleware):
    middleware.crawler.spider.refresh = True
    request = decide(middleware, f"{SITE}/p/2950001.html")
    assert request.meta[RECHECK] == "refresh" and VALIDATORS not in request.meta


def test_later_pages_of_an_article_are_never_filtered(middleware):
    assert decide(middleware, f"{SITE}/p/2950001_2.html") is not None


def list_response(url: str, **meta) -> HtmlResponse:
    return HtmlResponse(
        url, body=b"<html></html>", request=Request(url, meta={"list_depth": 1, **meta})
    )


def test_pagination_stops_after_a_page_without_unseen_articles(middleware):
    response = list_response(f"{SITE}/shizheng/")
    seen_only = [Request(f"{SITE}/p/2950001.html"), Request(f"{SITE}/shizheng/index_2.html"),
                 Request(f"{SITE}/jingji/")]  # fmt: skip
    out = list(middleware.process_spider_output(response, seen_only))
    assert [r.url for r in out] == [f"{SITE}/jingji/"]  # a channel is not pagination
    assert middleware.stats.get_value("yunmei/incremental/pagination_stopped") == 1
    with_new = [Request(f"{SITE}/p/2950077.html"), Request(f"{SITE}/shizheng/index_2.html")]
    out = list(middleware.process_spider_output(response, with_new))
    assert [r.url for r in out] == [r.url for r in with_new]
    assert out[1].meta[SEEN_PAGES] == 0


def test_pagination_setting_allows_more_seen_pages(middleware):
    middleware.pagination_stop = 2
    first = list_response(f"{SITE}/shizheng/")
    out = list(middleware.process_spider_output(first, [Request(f"{SITE}/shizheng/index_2.html")]))
    assert out and out[0].meta[SEEN_PAGES] == 1
    second = list_response(f"{SITE}/shizheng/index_2.html", **{SEEN_PAGES: 1})
    assert (
        list(middleware.process_spider_output(second, [Request(f"{SITE}/shizheng/index_3.html")]))
        == []
    )


def test_start_adds_rechecks_then_probes(middleware):
    middleware.probe_default = 3

    async def spider_start():
        yield Request(f"{SITE}/", meta={"list_depth": 0})

    async def collect():
        return [r async for r in middleware.process_start(spider_start())]

    out = asyncio.run(collect())
    urls = [r.url for r in out]
    assert urls[0] == f"{SITE}/"
    assert urls[1:5] == [  # the recent stored ones, newest first
        f"https://www.gdzjdaily.com.cn/p/{n}.html" for n in (2950006, 2950004, 2950003, 2950002)
    ]
    assert urls[5:] == [
        f"https://www.gdzjdaily.com.cn/p/{n}.html" for n in (2950007, 2950008, 2950009)
    ]
    assert all(r.meta[BACKFILL] == "probe" for r in out[5:])


# --- state ----------------------------------------------------------------------------------------
def test_recent_window_follows_the_clock():
    article = StoredArticle("1", published_at="2026-11-24T10:00:00+08:00")
    with time_machine.travel(datetime(2026, 11, 26, 12, 0, tzinfo=BEIJING), tick=False):
        assert article.is_recent(3)
        assert not article.is_recent(1)
    with time_machine.travel(datetime(2026, 12, 1, 12, 0, tzinfo=BEIJING), tick=False):
        assert not article.is_recent(3)
    assert StoredArticle("2", published_at="2026-11-25").is_recent(
        3, now=datetime(2026, 11, 26, tzinfo=BEIJING)
    )
    assert not StoredArticle("3").is_recent(3)
    assert not StoredArticle("4", published_at="garbage").is_recent(3)


def test_articles_stored_during_the_run_are_not_stored_at_its_start(middleware):
    store = CrawlStore.of(middleware.crawler)
    assert middleware.run.stored("2950001") is not None  # the mark is taken at the first question
    store.save_articles([stored_item("2950099", days_ago(40))])
    assert store.stored_article("2950099") is not None
    assert middleware.run.stored("2950099") is None
    assert decide(middleware, f"{SITE}/p/2950099.html") is not None


# --- backoff --------------------------------------------------------------------------------------
def test_backoff_doubles_and_is_capped():
    rand = random.Random(1)
    delays = [backoff_delay(n, 1.0, 60.0, rand) for n in range(1, 9)]
    assert 0.75 <= delays[0] <= 1.25
    assert 3.0 <= delays[2] <= 5.0
    assert max(delays) == 60.0
    assert backoff_delay(3, 0, 60) == 0


def test_retry_after_header():
    def response(value):
        headers = {"Retry-After": value} if value else {}
        return HtmlResponse("http://x/", status=503, headers=headers)

    assert retry_after(response("7")) == 7.0
    assert retry_after(response("Wed, 21 Oct 2026 07:28:00 GMT")) is None
    assert retry_after(response(None)) is None


# --- outcome, exit status, summary ----------------------------------------------------------------
def settings():
    return project_crawler().settings


def test_outcomes_and_exit_codes():
    ok = {"downloader/request_count": 10, "downloader/response_status_count/200": 10}
    assert decide_outcome("finished", ok, settings()) == ("finished", [])
    assert decide_outcome("shutdown", ok, settings())[0] == "interrupted"
    assert decide_outcome("closespider_errorcount", ok, settings())[0] == "failed"
    broken = {"downloader/request_count": 8, "httperror/response_ignored_status_count/500": 1}
    assert decide_outcome("finished", broken, settings())[0] == "failed"
    assert decide_outcome("finished", {}, settings())[0] == "finished"  # nothing to do is fine
    poor = {**ok, "yunmei/coverage/articles": 20, "yunmei/coverage/published_at": 20,
            "yunmei/coverage/body_50": 20, "yunmei/coverage/authors": 5}  # fmt: skip
    outcome, problems = decide_outcome("finished", poor, settings())
    assert outcome == "degraded" and problems == ["coverage authors 25% < 50%"]
    few = {**poor, "yunmei/coverage/articles": 5, "yunmei/coverage/authors": 0}
    assert decide_outcome("finished", few, settings())[0] == "finished"  # too few to judge
    errors = {**ok, "httperror/response_ignored_status_count/503": 5}
    assert decide_outcome("finished", errors, settings())[1] == ["error rate 33% > 20%"]
    assert [exit_code(o) for o in ("finished", "failed", "degraded", "interrupted", None)] == [
        0, 1, 2, 3, 1,
    ]  # fmt: skip


def test_summary_fits_one_screen():
    stats = {
        "downloader/response_count": 120, "yunmei/pages/list": 5, "yunmei/pages/article": 90,
        "yunmei/conditional/not_modified": 12, "yunmei/articles/new": 70,
        "yunmei/articles/changed": 3, "yunmei/articles/unchanged": 15,
        "yunmei/dropped/duplicate": 2, "yunmei/articles/mirror_ignored": 1,
        **{f"yunmei/dropped/reason{n}": n for n in range(1, 10)},
        "httperror/response_ignored_status_count/500": 2, "yunmei/errors/spider_error": 1,
        "yunmei/coverage/articles": 88, "yunmei/coverage/published_at": 88,
        "yunmei/incremental/skipped/stored": 400, "elapsed_time_seconds": 12.5,
    }  # fmt: skip
    text = format_summary("yunmei", "degraded", stats, ["coverage authors 10% < 50%"])
    lines = text.splitlines()
    assert len(lines) <= 16 and max(map(len, lines)) <= 120
    assert "articles new      70" in text and "articles updated  3" in text
    assert "duplicate         3" in text and "dropped           45" in text
    assert "errors            3" in text and "http_500 2" in text
    assert "not requested     400" in text and "not modified 12" in text
    assert "published 100%" in text and "duration          12.5 s" in text


# --- politeness defaults --------------------------------------------------------------------------
def test_polite_defaults():
    s = settings()
    assert s.getbool("ROBOTSTXT_OBEY") and s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert s.get("YUNMEI_CONTACT_URL") in s.get("USER_AGENT") and "yunmei" in s.get("USER_AGENT")
    mws = s.getdict("DOWNLOADER_MIDDLEWARES")
    assert mws["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert "yunmei.middlewares.backoff.BackoffRetryMiddleware" in mws
    assert 500 in s.getlist("RETRY_HTTP_CODES") and s.getint("RETRY_TIMES") >= 2
    assert not s.getbool("HTTPCACHE_ENABLED")  # available, off by default


def test_spider_ids_argument():
    assert parse_ids("2836000-2836003") == [2836000, 2836001, 2836002, 2836003]
    assert parse_ids("5,3-4, 5") == [5, 3, 4]
    with pytest.raises(ValueError):
        parse_ids("9-1")
    with pytest.raises(ValueError):
        parse_ids("abc")


# --- JOBDIR guard ---------------------------------------------------------------------------------
def job(tmp_path, status: dict | None):
    folder = tmp_path / "job"
    (folder / "requests.queue").mkdir(parents=True)
    (folder / "requests.seen").write_bytes(b"x")
    (folder / "yunmei.misses").write_text("2950001\n")
    if status is not None:
        write_status(folder, status)
    # building the crawler builds its extensions: the guard runs once, as in a real crawl
    crawler = project_crawler(JOBDIR=str(folder), YUNMEI_DB=str(tmp_path / "db.sqlite"))
    assert crawler.get_extension(JobDirGuard) is not None
    return folder, crawler


def test_after_a_kill_scrapys_queue_and_seen_set_are_dropped(tmp_path):
    folder, crawler = job(tmp_path, {"status": "running", "run_id": 7})
    assert not (folder / "requests.seen").exists() and not (folder / "requests.queue").exists()
    assert (folder / "yunmei.misses").exists()  # 404s are safe to remember
    assert crawler.stats.get_value("yunmei/jobdir/resumed") == "after_kill"
    assert read_status(folder)["status"] == "running"


def test_after_a_pause_everything_is_kept(tmp_path):
    folder, crawler = job(tmp_path, {"status": "paused"})
    assert (folder / "requests.seen").exists() and (folder / "requests.queue").exists()
    assert crawler.stats.get_value("yunmei/jobdir/resumed") == "after_pause"


def test_after_a_finished_job_a_fresh_one_starts(tmp_path):
    folder, _crawler = job(tmp_path, {"status": "finished"})
    assert not (folder / "requests.seen").exists() and not (folder / "yunmei.misses").exists()


def test_the_killed_run_row_is_marked_when_the_spider_opens(tmp_path):
    from scrapy import signals

    from yunmei.store import Store

    db = tmp_path / "db.sqlite"
    with Store(db) as store:
        killed = store.begin_run("yunmei", {})  # never finished: its process was killed
        finished = store.begin_run("yunmei", {})
        store.finish_run(finished, "finished", {})
    _folder, crawler = job(tmp_path, {"status": "running", "run_id": killed})
    assert json.loads((tmp_path / "job" / "yunmei.job.json").read_text())["run_id"] is None
    crawler.signals.send_catch_log(signals.spider_opened, spider=crawler.spider)
    CrawlStore.of(crawler).close()
    with sqlite3.connect(db) as conn:
        outcomes = dict(conn.execute("SELECT run_id, outcome FROM crawl_runs"))
    assert outcomes[killed] == "killed" and outcomes[finished] == "finished"
    # the new run (begun by RunLog at spider_opened) is what the status file points at now
    new_run = crawler.stats.get_value("yunmei/run_id")
    assert outcomes[new_run] == "running"
    assert json.loads((tmp_path / "job" / "yunmei.job.json").read_text())["run_id"] == new_run
