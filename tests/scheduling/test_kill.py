"""SIGKILL at three moments, with and without JOBDIR: the next run ends with the database of an
uninterrupted run (nothing lost, nothing doubled), and the killed run is marked ``killed``."""

from __future__ import annotations

import signal
import sqlite3
import subprocess

import pytest
from schedkit import ROOT, command, crawl, environment, ok, rows
from test_resume import stored_count, wait_until
from testsite import GeneratedSite

from yunmei.devserver import SiteServer

COUNT = 60
SETTINGS = {"YUNMEI_DB_BATCH_SIZE": 4, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}
# moment -> condition on (answers so far, rows committed)
MOMENTS = {
    "before any commit": lambda answers, stored: answers >= 6 and stored == 0,
    "after the first batches": lambda answers, stored: stored >= 8,
    "near the end": lambda answers, stored: stored >= COUNT * 2 // 3,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> GeneratedSite:
    root = tmp_path_factory.mktemp("kill") / "site"
    return GeneratedSite(root, count=COUNT, recent=3, per_page=30, home_links=10).write()


@pytest.fixture(scope="module")
def reference(site, tmp_path_factory) -> list[tuple]:
    db = tmp_path_factory.mktemp("kill-reference") / "db.sqlite"
    with SiteServer(site.root) as server:
        run = crawl(server, db, {"start_urls": site.start_url}, SETTINGS)
    assert run.returncode == 0, ok(run)
    assert len(rows(db)) == COUNT
    return rows(db)


@pytest.mark.parametrize("jobdir", [False, True], ids=["no-jobdir", "jobdir"])
@pytest.mark.parametrize("moment", sorted(MOMENTS))
def test_sigkill_then_rerun_equals_an_uninterrupted_run(site, reference, tmp_path, moment, jobdir):
    db = tmp_path / "db.sqlite"
    settings = {**SETTINGS, **({"JOBDIR": tmp_path / "job"} if jobdir else {})}
    when = MOMENTS[moment]
    with SiteServer(site.root, delay=0.05) as server:
        proc = subprocess.Popen(
            command(db, {"start_urls": site.start_url}, settings),
            cwd=ROOT,
            env=environment(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: when(len(server.answers), stored_count(db)), timeout=120)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(rows(db)) < COUNT if db.exists() else True

    with SiteServer(site.root) as server:
        rerun = crawl(server, db, {"start_urls": site.start_url}, settings)
    assert rerun.returncode == 0, ok(rerun)
    assert rows(db) == reference
    stats = rerun.row["stats"]
    outcomes = ("stored", "unchanged", "missing", "failed", "pending")
    assert stats["yunmei/outcomes/scheduled"] == sum(
        stats.get(f"yunmei/outcomes/{name}", 0) for name in outcomes
    )
    assert stats.get("yunmei/outcomes/failed", 0) == 0
    with sqlite3.connect(db) as conn:
        outcomes_by_run = [r[0] for r in conn.execute("SELECT outcome FROM crawl_runs")]
    assert outcomes_by_run[-1] == "finished"
    if len(outcomes_by_run) == 2:  # the killed run had begun its row
        assert outcomes_by_run[0] == "killed"
        # its walk did not complete: the rerun catches up (no pagination stop; see test_catch_up)
        assert stats.get("yunmei/incremental/catch_up") in ("killed", "running")
