"""A run after an incomplete list walk catches up: list pagination is not stopped early.

The store left by a killed crawl can hold every article of the newest list page and only some of
an older one. Pagination stop (``YUNMEI_PAGINATION_STOP``) would end the next walk at page 1 and
never ask for the rest; so a run whose previous walk did not complete walks on to
``YUNMEI_LIST_MAX_DEPTH``. Made deterministic: one real crawl of the whole site, then the older
articles are deleted through the store and the run's ``crawl_runs`` row is given the outcome
under test.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from schedkit import crawl, ok, rows
from testsite import FIRST_ID, GeneratedSite

from yunmei.devserver import SiteServer
from yunmei.store import Store

COUNT, PER_PAGE = 60, 30  # channel page 1: the newest 30 articles; page 2: the 30 older ones
MISSING = {str(FIRST_ID + n) for n in range(PER_PAGE // 2)}  # half of page 2, never stored
SETTINGS = {"YUNMEI_DB_BATCH_SIZE": 4}
PAGE_2 = "/shizheng/index_2.html"
STAT = "yunmei/incremental/catch_up"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> GeneratedSite:
    root = tmp_path_factory.mktemp("catch-up") / "site"
    return GeneratedSite(root, count=COUNT, recent=3, per_page=PER_PAGE, home_links=10).write()


@pytest.fixture(scope="module")
def complete(site, tmp_path_factory):
    """The database of one uninterrupted crawl of the whole site, and its rows."""
    db = tmp_path_factory.mktemp("catch-up-complete") / "db.sqlite"
    with SiteServer(site.root) as server:
        run = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
    assert run.returncode == 0, ok(run)
    assert run.row["outcome"] == "finished"
    assert len(rows(db)) == COUNT
    return db, rows(db)


def partial_store(complete, tmp_path, outcome: str, finish_reason: str | None = "finished"):
    """A copy of the complete store without ``MISSING`` (all of page 1 stored, half of page 2),
    its one run given ``outcome`` (a killed run has no stats: it never finished)."""
    source, _rows = complete
    db = tmp_path / "db.sqlite"
    with sqlite3.connect(source) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with Store(db) as store, store.transaction() as c:  # its triggers keep FTS and the sidecar
        marks = ", ".join("?" * len(MISSING))
        c.execute(f"DELETE FROM articles WHERE article_id IN ({marks})", sorted(MISSING))
        (stats,) = c.execute("SELECT stats FROM crawl_runs").fetchone()
        stats = json.loads(stats)
        stats["finish_reason"] = finish_reason
        if outcome in ("running", "killed"):
            stats, finished_at = {}, None
        else:
            finished_at = "2026-01-01T00:00:00+08:00"
        c.execute(
            "UPDATE crawl_runs SET outcome = ?, stats = ?, finished_at = ?",
            (outcome, json.dumps(stats), finished_at),
        )
    assert len(rows(db)) == COUNT - len(MISSING)
    return db


def page_2_asked(run) -> bool:
    return any(url.endswith(PAGE_2) for url in run.urls())


@pytest.mark.parametrize(
    "outcome, finish_reason, why",
    [
        ("killed", None, "killed"),
        ("running", None, "running"),  # killed without a JOBDIR to mark it
        ("interrupted", "shutdown", "interrupted"),
        ("failed", "finished", "failed"),
        ("finished", "closespider_pagecount", "closespider_pagecount"),
    ],
)
def test_a_run_after_an_incomplete_walk_fetches_every_article(
    site, complete, tmp_path, outcome, finish_reason, why
):
    db = partial_store(complete, tmp_path, outcome, finish_reason)
    with SiteServer(site.root) as server:
        rerun = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
        assert rerun.returncode == 0, ok(rerun)
        assert rerun.row["stats"].get(STAT) == why
        assert "Catching up: crawl_runs 1 " in rerun.stderr
        assert page_2_asked(rerun)
        assert not rerun.stat("yunmei/incremental/pagination_stopped")
        assert rows(db) == complete[1]  # nothing lost
        # only the missing articles are fetched in full (and the recent ones re-checked)
        assert {str(i) for i in rerun.article_answers(200)} == MISSING
        # the catch-up run finished its walk: the next run stops pagination again
        after = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
    assert after.returncode == 0, ok(after)
    assert STAT not in after.row["stats"]
    assert after.stat("yunmei/incremental/pagination_stopped")
    assert not page_2_asked(after)


def test_a_run_after_a_complete_walk_keeps_pagination_stop(site, complete, tmp_path):
    """The documented incremental behaviour: page 1 held nothing new, page 2 is not asked for,
    so articles deleted from the store behind a finished walk are not fetched again."""
    db = partial_store(complete, tmp_path, "finished")
    with SiteServer(site.root) as server:
        rerun = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
    assert rerun.returncode == 0, ok(rerun)
    assert STAT not in rerun.row["stats"]
    assert "Catching up" not in rerun.stderr
    assert rerun.stat("yunmei/incremental/pagination_stopped") == 1
    assert not page_2_asked(rerun)
    assert len(rows(db)) == COUNT - len(MISSING)


def test_a_backfill_after_a_killed_walk_does_not_hide_it(site, complete, tmp_path):
    """A finished backfill (``-a ids=``) walks no list: the killed walk before it still counts."""
    db = partial_store(complete, tmp_path, "killed")
    backfilled = sorted(MISSING)[:2]
    with SiteServer(site.root) as server:
        backfill = crawl(server, db, {"ids": ",".join(backfilled)}, SETTINGS)
        assert backfill.returncode == 0, ok(backfill)
        assert backfill.row["outcome"] == "finished"
        rerun = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
    assert rerun.returncode == 0, ok(rerun)
    assert rerun.row["stats"].get(STAT) == "killed"
    assert rows(db) == complete[1]
    assert {str(i) for i in rerun.article_answers(200)} == MISSING - set(backfilled)


def test_previous_runs_reads_outcome_and_finish_reason(tmp_path):
    with Store(tmp_path / "db.sqlite") as store:
        assert store.previous_runs("yunmei") == []
        first = store.begin_run("yunmei", {"start_urls": ["http://example.com/"]})
        store.finish_run(first, "finished", {"finish_reason": "finished"})
        other = store.begin_run("yunmei_epaper", {})
        current = store.begin_run("yunmei", {"ids": "1-2"})
        runs = store.previous_runs("yunmei", current)
        assert [(r["run_id"], r["outcome"], r["finish_reason"]) for r in runs] == [
            (first, "finished", "finished")
        ]
        assert runs[0]["args"] == {"start_urls": ["http://example.com/"]}
        latest = store.previous_runs("yunmei")[0]  # no run id yet: the newest, still running
        assert (latest["run_id"], latest["outcome"], latest["finish_reason"]) == (
            current,
            "running",
            None,
        )
        assert store.previous_runs("yunmei_epaper")[0]["run_id"] == other
