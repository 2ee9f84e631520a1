"""The real engine against a hostile site: every scheduled article ends in one recorded outcome.

Faults are named in ``chaossite.FAULTS`` with the outcome each must end in. Asserted: the summary's
outcomes add up to the articles scheduled, each fault's article is stored or has its crawl_errors
row (url, article id, stage, reason, HTTP status, attempts, run id), no foreign host is contacted,
peak RSS stays under 300 MB with a gzip bomb and an oversized page, and the exit status is the
documented one.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
import time

import pytest
from chaossite import FAULTS, FOREIGN, WWW, ChaosServer
from schedkit import command, environment, last_run

from yunmei.settings import DOWNLOAD_MAXSIZE

SETTINGS = {"DOWNLOAD_TIMEOUT": 2, "YUNMEI_PROBE_IDS": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def vm_hwm_kb(pid: int) -> int:
    """The process's peak RSS since its exec (ru_maxrss would carry pytest's own from the fork)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_measured(cmd, env, timeout):
    """Run a command; returns it done and its own peak RSS in KB, sampled until it exits."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err)
        peak = 0
        deadline = time.monotonic() + timeout
        while proc.poll() is None and time.monotonic() < deadline:
            peak = max(peak, vm_hwm_kb(proc.pid))
            time.sleep(0.05)
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(
            cmd, proc.returncode, out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )  # fmt: skip
    return done, peak


@pytest.fixture(scope="module")
def chaos_run(tmp_path_factory):
    db = tmp_path_factory.mktemp("chaos") / "chaos.db"
    with ChaosServer(DOWNLOAD_MAXSIZE) as server:
        done, peak_kb = run_measured(
            command(db, {"start_urls": f"http://{WWW}/"}, SETTINGS),
            env=environment(server.proxy_url),
            timeout=240,
        )
        hosts = list(server.hosts)
    peak_mb = peak_kb / 1024
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        stored = {r[0] for r in conn.execute("SELECT article_id FROM articles")}
        errors = [dict(r) for r in conn.execute("SELECT * FROM crawl_errors")]
        titles = dict(conn.execute("SELECT article_id, title FROM articles").fetchall())
        flags = dict(conn.execute("SELECT article_id, quality_flags FROM articles").fetchall())
        bodies = dict(conn.execute("SELECT article_id, body FROM articles").fetchall())
    return {
        "done": done, "hosts": hosts, "peak_mb": peak_mb, "stored": stored, "errors": errors,
        "row": last_run(db), "titles": titles, "flags": flags, "bodies": bodies,
    }  # fmt: skip


def _why(run) -> str:
    return f"exit {run['done'].returncode}\n{run['done'].stdout}\n{run['done'].stderr[-6000:]}"


def test_summary_outcomes_add_up_to_articles_scheduled(chaos_run):
    stats = chaos_run["row"]["stats"]
    outcomes = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.count("/") == 2
                and k.startswith("yunmei/outcomes/") and k.rsplit("/", 1)[1]
                in ("stored", "unchanged", "missing", "failed", "pending")}  # fmt: skip
    assert stats["yunmei/outcomes/scheduled"] == len(FAULTS), _why(chaos_run)
    assert sum(outcomes.values()) == stats["yunmei/outcomes/scheduled"]
    assert "yunmei/outcomes/failed/no_outcome" not in stats  # nothing ended without an outcome
    assert f"{len(FAULTS)} articles scheduled = " in chaos_run["done"].stdout


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_ends_in_its_recorded_outcome(chaos_run, fault):
    article_id, expected = FAULTS[fault]
    rows = [e for e in chaos_run["errors"] if e["article_id"] == str(article_id)]
    if expected == "stored":
        assert str(article_id) in chaos_run["stored"], _why(chaos_run)
        assert rows == []
        return
    assert str(article_id) not in chaos_run["stored"]
    assert len(rows) == 1, (rows, _why(chaos_run))
    row = rows[0]
    assert row["reason"] == expected, row
    assert row["run_id"] == chaos_run["row"]["run_id"]
    assert row["url"] and str(article_id) in row["url"]
    assert row["stage"] and row["attempts"] >= 1
    if expected.startswith("http_"):
        assert row["http_status"] == int(expected[5:])


def test_retries_are_counted_in_attempts(chaos_run):
    by_reason = {e["reason"]: e for e in chaos_run["errors"]}
    assert by_reason["http_500"]["attempts"] == 4  # RETRY_TIMES 3 + the first try


def test_no_foreign_host_is_contacted(chaos_run):
    assert FOREIGN not in chaos_run["hosts"]
    assert set(chaos_run["hosts"]) <= {WWW, "m.gdzjdaily.com.cn"}


def test_limits_hold_memory_and_cap_fields(chaos_run):
    assert 0 < chaos_run["peak_mb"] < 300  # 0 would mean the sampling saw nothing
    huge_title_id = str(FAULTS["huge_title"][0])
    assert len(chaos_run["titles"][huge_title_id]) <= 500
    assert "field_truncated" in chaos_run["flags"][huge_title_id]


def test_deep_nesting_keeps_the_real_body(chaos_run):
    deep_id = str(FAULTS["deep_nesting"][0])
    # libxml2 alone would stop at depth 256 and keep only the "x"s: the paragraphs must be there
    assert "相关负责人表示" in chaos_run["bodies"][deep_id]
    assert "deep_nesting_flattened" in chaos_run["flags"][deep_id]


def test_exit_status_is_degraded_for_a_run_with_this_many_errors(chaos_run):
    # documented: 2 = finished but degraded (error rate above YUNMEI_MAX_ERROR_RATE)
    assert chaos_run["done"].returncode == 2, _why(chaos_run)
    assert chaos_run["row"]["outcome"] == "degraded"
