"""Incremental runs against a real HTTP server: run, run again, then add one article and edit one.

One scenario (three crawls into one database) feeds all the tests of this module.
"""

from __future__ import annotations

import sqlite3
import time
from types import SimpleNamespace

import pytest
from schedkit import crawl, ok, rows, table_count
from testsite import WWW, GeneratedSite

from yunmei.devserver import SiteServer

COUNT, RECENT, PROBES = 30, 5, 20


def last_seen(db) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT article_id, last_seen_at FROM articles"))


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    site = GeneratedSite(root / "site", count=COUNT, recent=RECENT, per_page=10, home_links=8)
    site.extra_links = [f"http://{WWW}/admin/index.html"]  # disallowed by robots.txt
    site.write()
    db = root / "yunmei.db"
    args = {"start_urls": site.start_url}
    recent_before = site.recent_ids()
    with SiteServer(site.root) as server:
        first = crawl(server, db, args)
        first_rows, first_seen = dict(rows(db)), last_seen(db)
        time.sleep(1.1)  # last_seen_at has one-second resolution
        second = crawl(server, db, args)
        second_rows, second_seen = dict(rows(db)), last_seen(db)
        edited = site.edit_article(max(recent_before))
        new = site.add_article()
        third = crawl(server, db, args)
    return SimpleNamespace(
        site=site, db=db, first=first, second=second, third=third, new=new, edited=edited,
        recent=recent_before, first_rows=first_rows, second_rows=second_rows,
        first_seen=first_seen, second_seen=second_seen,
        old=set(site.articles) - recent_before - {new.id},
    )  # fmt: skip


def test_first_run_stores_every_article_once(scenario):
    first = scenario.first
    assert first.returncode == 0, ok(first)
    assert len(scenario.first_rows) == COUNT
    fetched = first.article_answers(200)
    assert sorted(fetched) == sorted(scenario.site.articles.keys() - {scenario.new.id})
    assert first.row["outcome"] == "finished"
    assert first.stat("yunmei/articles/new") == COUNT


def test_robots_txt_is_obeyed(scenario):
    for run in (scenario.first, scenario.second, scenario.third):
        assert not [u for u in run.urls() if "/admin/" in u]
        assert f"http://{WWW}/robots.txt" in run.urls()


def test_second_run_requests_no_stored_article_page(scenario):
    second, first = scenario.second, scenario.first
    assert second.returncode == 0, ok(second)
    highest = max(scenario.first_rows, key=int)
    probes = set(range(int(highest) + 1, int(highest) + PROBES + 1))
    asked = second.article_answers()
    stored_asked = {a for a in asked if str(a) in scenario.first_rows}
    # only the recent window is re-checked, and each answers 304 Not Modified
    assert stored_asked == scenario.recent
    assert sorted(second.article_answers(304)) == sorted(scenario.recent)
    assert second.article_answers(200) == []
    assert set(asked) - stored_asked == probes  # ids above the highest stored: cheap 404s
    assert sorted(second.article_answers(404)) == sorted(probes)
    # list pages: home and the channel's first page; pagination stops there (nothing unseen)
    urls = second.urls()
    assert f"http://{WWW}/" in urls
    assert f"http://{WWW}/shizheng/" in urls
    assert f"http://{WWW}/shizheng/index_2.html" not in urls
    assert second.stat("yunmei/incremental/pagination_stopped") >= 1
    # the store is untouched but for last_seen_at; the run says so
    assert scenario.second_rows == scenario.first_rows
    assert second.stat("yunmei/articles/new") == 0
    assert second.stat("yunmei/articles/unchanged") == RECENT
    assert second.stat("yunmei/backfill/missing") == PROBES
    assert second.row["outcome"] == "finished"
    assert "articles new      0" in second.stdout
    # and, probes aside, it costs a fraction of the first run: robots, 2 lists, 5 re-checks
    assert len(second.answers) - len(probes) == 1 + 2 + RECENT < len(first.answers) / 4


def test_a_not_modified_article_is_touched(scenario):
    before, after = scenario.first_seen, scenario.second_seen
    for article_id in scenario.recent:  # answered 304 in the second run
        assert after[str(article_id)] > before[str(article_id)]
    for article_id in scenario.old:  # never asked again, never touched
        assert after[str(article_id)] == before[str(article_id)]


def test_third_run_fetches_exactly_the_new_and_the_edited_article(scenario):
    third, new, edited = scenario.third, scenario.new, scenario.edited
    assert third.returncode == 0, ok(third)
    assert sorted(third.article_answers(200)) == sorted({new.id, edited.id})
    assert sorted(third.article_answers(304)) == sorted(scenario.recent - {edited.id})
    assert not set(third.article_answers()) & scenario.old  # old stored articles: never asked
    final = dict(rows(scenario.db))
    assert len(final) == COUNT + 1
    assert str(new.id) in final and str(new.id) not in scenario.second_rows
    assert final[str(edited.id)] != scenario.second_rows[str(edited.id)]
    changed = {k for k in scenario.second_rows if final[k] != scenario.second_rows[k]}
    assert changed == {str(edited.id)}
    assert third.stat("yunmei/articles/new") == 1
    assert third.stat("yunmei/articles/changed") == 1
    assert table_count(scenario.db, "article_revisions") == 1
    # page 1 of the channel had an unseen article, so page 2 was read; page 2 had none: stop
    urls = third.urls()
    assert f"http://{WWW}/shizheng/index_2.html" in urls
    assert f"http://{WWW}/shizheng/index_3.html" not in urls


def test_items_carry_the_http_validators(scenario):
    with sqlite3.connect(scenario.db) as conn:
        missing = conn.execute(
            "SELECT count(*) FROM articles WHERE http_etag IS NULL OR http_last_modified IS NULL"
        ).fetchone()[0]
    assert missing == 0


def test_summary_and_run_rows(scenario):
    for run in (scenario.first, scenario.second, scenario.third):
        summary = run.stdout[run.stdout.index("yunmei run summary") :]
        assert len(summary.splitlines()) <= 20  # one screen
        for label in ("pages fetched", "articles new", "articles updated", "articles unchanged",
                      "duplicate", "dropped", "errors", "coverage", "duration"):  # fmt: skip
            assert label in summary, label
    assert "not modified" in scenario.second.stdout
    assert [
        r
        for r in (scenario.first, scenario.second, scenario.third)
        if r.row["outcome"] != "finished"
    ] == []
    with sqlite3.connect(scenario.db) as conn:
        assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 3
