"""How an operator's mistakes end: one line on stderr, exit status 1, and no request made."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from chaossite import FAULTS, WWW, ChaosServer
from schedkit import ROOT, command, environment

from yunmei.settings import DOWNLOAD_MAXSIZE


def run(args: dict, settings: dict, server: ChaosServer | None = None, timeout=120):
    env = environment(server.proxy_url if server else "http://127.0.0.1:9")
    # no probes: ids above the highest stored one are the chaos site's faults
    cmd = command(settings.pop("YUNMEI_DB"), args, {"YUNMEI_PROBE_IDS": 0, **settings})
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def one_line(done) -> str:
    lines = [line for line in done.stderr.splitlines() if line.startswith("yunmei: ")]
    assert len(lines) == 1, done.stderr[-3000:]
    return lines[0]


CASES = {
    "misspelled argument": ({"start_url": "http://x/"}, "unknown argument start_url"),
    "bad flag value": ({"refresh": "maybe"}, "-a refresh: expected 1 or 0"),
    "bad id range": ({"ids": "12-x"}, "-a ids: ids must look like"),
    "reversed id range": ({"ids": "20-10"}, "-a ids: empty id range"),
    "bad probe": ({"probe": "many"}, "-a probe: probe must be a whole number"),
    "ftp start url": ({"start_urls": "ftp://x/"}, "-a start_urls: start_urls must be http(s)"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_arguments_fail_before_any_request(case, tmp_path):
    args, message = CASES[case]
    with ChaosServer(DOWNLOAD_MAXSIZE) as server:
        done = run(args, {"YUNMEI_DB": tmp_path / "x.db"}, server)
        assert server.answers == []  # nothing was asked of the site
    assert done.returncode == 1
    assert message in one_line(done)
    assert "Traceback" not in done.stderr
    if case == "misspelled argument":
        assert "valid: ids, probe, refresh, retry, start_urls" in one_line(done)
    assert not (tmp_path / "x.db").exists()


def test_unusable_database_paths_fail_with_the_reason(tmp_path):
    a_file = tmp_path / "file"
    a_file.write_text("not a folder")
    for db, reason in [
        (tmp_path / "missing" / "x.db", "does not exist"),
        (a_file / "x.db", "is not a folder"),
        ("/proc/x.db", "cannot create a file"),
    ]:
        done = run({"start_urls": f"http://{WWW}/"}, {"YUNMEI_DB": db})
        assert done.returncode == 1, done.stderr[-2000:]
        assert reason in one_line(done)
        assert "resume with the same JOBDIR" not in done.stderr + done.stdout
    assert not (tmp_path / "missing").exists()  # not created behind the operator's back


def test_a_live_jobdir_owner_is_not_robbed(tmp_path):
    jobdir = tmp_path / "job"
    jobdir.mkdir()
    owner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        status = {"status": "running", "pid": owner.pid, "run_id": 1}
        (jobdir / "yunmei.job.json").write_text(json.dumps(status))
        (jobdir / "requests.seen").write_bytes(b"queue of the live crawl")
        done = run({"start_urls": f"http://{WWW}/"}, {"YUNMEI_DB": tmp_path / "x.db",
                                                       "JOBDIR": jobdir})  # fmt: skip
        assert done.returncode == 1
        assert f"in use by a running crawl (pid {owner.pid})" in one_line(done)
        assert (jobdir / "requests.seen").read_bytes() == b"queue of the live crawl"
    finally:
        owner.kill()
        owner.wait()


def test_a_dead_owner_is_recovered_and_its_run_marked_killed(tmp_path):
    """A run killed without JOBDIR stays "running" in crawl_runs until the next run looks."""
    db = tmp_path / "x.db"
    with ChaosServer(DOWNLOAD_MAXSIZE) as server:
        first = run({"start_urls": f"http://{WWW}/p/{FAULTS['ok'][0]}.html"},
                    {"YUNMEI_DB": db}, server)  # fmt: skip
        assert first.returncode == 0, first.stderr[-3000:]
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        with sqlite3.connect(db) as conn:  # what a SIGKILLed run leaves behind
            conn.execute(
                "INSERT INTO crawl_runs (spider, args, started_at, stats) "
                "VALUES ('yunmei', '{}', '2026-01-01', ?)",
                (json.dumps({"pid": dead.pid}),),
            )
        second = run({"start_urls": f"http://{WWW}/p/{FAULTS['ok_second'][0]}.html"},
                     {"YUNMEI_DB": db}, server)  # fmt: skip
    assert second.returncode == 0, second.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT outcome, args FROM crawl_runs ORDER BY run_id").fetchall()
    assert [r[0] for r in rows] == ["finished", "killed", "finished"]
    # crawl_runs records the arguments as given
    assert json.loads(rows[2][1])["start_urls"] == [f"http://{WWW}/p/{FAULTS['ok_second'][0]}.html"]


def test_errors_and_retry_commands(tmp_path):
    db = tmp_path / "x.db"
    with ChaosServer(DOWNLOAD_MAXSIZE) as server:
        urls = ",".join(
            f"http://{WWW}/p/{FAULTS[n][0]}.html" for n in ("ok", "http_500_always", "gone")
        )
        first = run({"start_urls": urls}, {"YUNMEI_DB": db, "YUNMEI_RETRY_BACKOFF_BASE": 0}, server)
        assert first.returncode in (0, 2), first.stderr[-3000:]
        listed = subprocess.run([sys.executable, "-m", "yunmei", "errors", "--db", str(db), "--json"],
                                cwd=ROOT, capture_output=True, text=True, timeout=60)  # fmt: skip
        rows = {r["article_id"]: r for r in json.loads(listed.stdout)}
        assert set(rows) == {str(FAULTS["http_500_always"][0]), str(FAULTS["gone"][0])}
        assert rows[str(FAULTS["gone"][0])]["http_status"] == 404
        env = environment(server.proxy_url)
        retried = subprocess.run(
            [sys.executable, "-m", "yunmei", "retry", "--db", str(db),
             "-s", "YUNMEI_RETRY_BACKOFF_BASE=0", "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        asked = [u for u, _s in server.answers]
    assert "retrying 1 failed articles" in retried.stdout
    # only the transient failure was asked again; the 404 is permanent and stays listed
    assert asked.count(f"http://{WWW}/p/{FAULTS['http_500_always'][0]}.html") == 8
    assert asked.count(f"http://{WWW}/p/{FAULTS['gone'][0]}.html") == 1
    with sqlite3.connect(db) as conn:
        attempts = conn.execute(
            "SELECT attempts FROM crawl_errors WHERE article_id = ?",
            (str(FAULTS["http_500_always"][0]),),
        ).fetchall()
    assert attempts == [(8,)]  # one row for the article, attempts counted across runs
    assert os.path.exists(db)
