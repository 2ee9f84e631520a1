"""``-s JOBDIR=…``: a crawl killed (SIGKILL) or paused (SIGINT) mid-way and resumed ends with the
same database as an uninterrupted run — nothing missing, nothing doubled."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from schedkit import ROOT, command, crawl, environment, last_run, ok, rows, table_count
from testsite import GeneratedSite, article_ids_in

from yunmei.devserver import SiteServer

# Scrapy appends to requests.seen through an 8 KiB buffer (22 bytes a request): a crawl must
# have queued ~400 requests before a kill leaves a seen-set behind, the case that loses articles
COUNT = 450
BATCH = 8
SETTINGS = {
    "YUNMEI_DB_BATCH_SIZE": BATCH,  # small batches: some rows committed, some pending at the kill
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,  # a local server: no need to be polite
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> GeneratedSite:
    root = tmp_path_factory.mktemp("resume") / "site"
    return GeneratedSite(root, count=COUNT, recent=4, per_page=100, home_links=20).write()


@pytest.fixture(scope="module")
def reference(site, tmp_path_factory) -> list[tuple]:
    """The database of an uninterrupted run."""
    db = tmp_path_factory.mktemp("reference") / "db.sqlite"
    with SiteServer(site.root) as server:
        run = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
    assert run.returncode == 0, ok(run)
    assert len(rows(db)) == COUNT
    return rows(db)


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def start(server, db: Path, jobdir: Path, site, logs: Path) -> subprocess.Popen:
    settings = {**SETTINGS, "JOBDIR": jobdir}
    return subprocess.Popen(
        command(db, {"start_urls": site.start_url}, settings),
        cwd=ROOT,
        env=environment(server.proxy_url),
        stdout=(logs / "stdout.txt").open("w"),
        stderr=(logs / "stderr.txt").open("w"),
    )


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the crawl")
        time.sleep(0.02)


def seen_size(jobdir: Path) -> int:
    path = jobdir / "requests.seen"
    return path.stat().st_size if path.exists() else 0


def fetched_ok(answers) -> list[int]:
    return article_ids_in([u for u, s in answers if s == 200])


def test_sigkill_then_resume(site, reference, tmp_path):
    db, jobdir = tmp_path / "db.sqlite", tmp_path / "job"
    with SiteServer(site.root, delay=0.08) as server:
        proc = start(server, db, jobdir, site, tmp_path)
        try:
            # kill once rows are committed AND some fetched articles are not yet (pending batch)
            wait_until(
                lambda: (
                    seen_size(jobdir) > 0
                    and stored_count(db) >= 16
                    and len(fetched_ok(server.answers)) >= stored_count(db) + BATCH + 2
                )
            )
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        killed_answers = list(server.answers)
    assert proc.returncode == -signal.SIGKILL
    stored_at_kill = {r[0] for r in rows(db)}
    pending = set(map(str, fetched_ok(killed_answers))) - stored_at_kill
    assert 16 <= len(stored_at_kill) < COUNT / 2
    assert pending, "the kill should catch fetched-but-uncommitted articles"
    assert seen_size(jobdir) > 0  # Scrapy's seen-set survived the kill …
    assert json.loads((jobdir / "yunmei.job.json").read_text())["status"] == "running"

    with SiteServer(site.root) as server:
        resumed = crawl(server, db, {"start_urls": site.start_url}, {**SETTINGS, "JOBDIR": jobdir})
    assert resumed.returncode == 0, ok(resumed)
    # … but it is not trusted: the pending articles are fetched again and stored
    again = set(map(str, resumed.article_answers(200)))
    assert pending <= again
    # committed articles are not fetched again (recent ones are only re-checked: 304)
    assert not (again & stored_at_kill)
    assert rows(db) == reference
    assert table_count(db, "article_revisions") == 0
    with sqlite3.connect(db) as conn:
        outcomes = [r[0] for r in conn.execute("SELECT outcome FROM crawl_runs ORDER BY run_id")]
    assert outcomes == ["killed", "finished"]
    assert resumed.row["stats"]["yunmei/jobdir/resumed"] == "after_kill"
    assert json.loads((jobdir / "yunmei.job.json").read_text())["status"] == "finished"


def test_pause_then_resume(site, reference, tmp_path):
    db, jobdir = tmp_path / "db.sqlite", tmp_path / "job"
    with SiteServer(site.root, delay=0.08) as server:
        proc = start(server, db, jobdir, site, tmp_path)
        wait_until(lambda: stored_count(db) >= 4)
        proc.send_signal(signal.SIGINT)  # like Ctrl-C or `kill -INT`: a clean pause
        proc.wait(timeout=60)
        paused_answers = list(server.answers)
    assert proc.returncode == 3, (tmp_path / "stderr.txt").read_text()[-3000:]  # interrupted
    assert last_run(db)["outcome"] == "interrupted"
    assert json.loads((jobdir / "yunmei.job.json").read_text())["status"] == "paused"
    assert stored_count(db) < COUNT

    with SiteServer(site.root) as server:
        resumed = crawl(server, db, {"start_urls": site.start_url}, {**SETTINGS, "JOBDIR": jobdir})
    assert resumed.returncode == 0, ok(resumed)
    assert resumed.row["stats"]["yunmei/jobdir/resumed"] == "after_pause"
    assert rows(db) == reference
    # Scrapy's own queue carried on: the home page and every article were fetched once in all
    every = [u for u, _s in paused_answers + resumed.answers]
    assert every.count(site.start_url) == 1
    fetched = fetched_ok(paused_answers) + resumed.article_answers(200)
    assert sorted(fetched) == sorted(site.articles)

    # the job finished: the same JOBDIR now starts a fresh job (one folder serves cron for years)
    with SiteServer(site.root) as server:
        later = crawl(server, db, {"start_urls": site.start_url}, {**SETTINGS, "JOBDIR": jobdir})
    assert later.returncode == 0, ok(later)
    assert site.start_url in later.urls()  # not filtered as "seen" by the finished job
    assert later.article_answers(200) == []
    assert rows(db) == reference
