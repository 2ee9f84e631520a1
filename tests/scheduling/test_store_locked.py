"""An article counted stored whose batch the writer could not commit ("database is locked")
ends as a crawl_errors row of stage ``store``, and the run does not claim it finished."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

from schedkit import ROOT, command, environment, last_run
from testsite import GeneratedSite, article_ids_in

from yunmei import settings as project_settings
from yunmei.devserver import SiteServer

HERE = Path(__file__).resolve().parent
LOCKED = {
    # every article waits in one batch, written when the pipelines close …
    "YUNMEI_DB_BATCH_SIZE": 1000,
    "YUNMEI_DB_FLUSH_SECONDS": 600,
    # … and the writer gives up quickly on the lock another connection holds
    "YUNMEI_DB_BUSY_TIMEOUT": 0.2,
    "EXTENSIONS": json.dumps({**project_settings.EXTENSIONS, "writelock.HoldWriteLock": 1}),
}


def test_a_batch_the_writer_could_not_commit_is_recorded_and_fails_the_run(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=3, recent=0).write()
    db = tmp_path / "locked.db"
    with SiteServer(site.root) as server:
        env = environment(server.proxy_url)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE)])
        done = subprocess.run(
            command(db, {"start_urls": site.start_url}, LOCKED),
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        fetched = sorted(set(article_ids_in([u for u, s in server.answers if s == 200])))
    run = last_run(db)
    report = f"exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert len(fetched) == 3, report
    assert "database is locked" in done.stderr, report
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        errors = conn.execute(
            "SELECT article_id, stage, reason FROM crawl_errors WHERE stage = 'store'"
        ).fetchall()
    assert sorted(int(aid) for aid, _stage, _reason in errors) == fetched, report
    assert {reason for _aid, _stage, reason in errors} == {"not_written"}
    assert done.returncode != 0, report
    assert run["outcome"] != "finished", report
    assert "not_written" in done.stdout  # the summary names it
    errors_line = next(line.split() for line in done.stdout.splitlines() if "errors  " in line)
    assert int(errors_line[1]) >= 1 and "store_write" in " ".join(errors_line), errors_line
    assert run["stats"]["yunmei/outcomes/stored"] == 0
    assert run["stats"]["yunmei/outcomes/failed"] == 3
