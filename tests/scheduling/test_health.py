"""Run health: exit status, crawl_runs outcome, monitors, backfill misses, retries, progress line."""

from __future__ import annotations

import re
import sqlite3
from types import SimpleNamespace

from schedkit import crawl, ok, rows
from testsite import FIRST_ID, WWW, GeneratedSite

from yunmei.devserver import SiteServer


def error_kinds(db) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT kind, count(*) FROM crawl_errors GROUP BY kind"))


def test_a_broken_site_fails_the_run_and_the_exit_status(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=3).write()
    with SiteServer(site.root, fail_status=500) as server:
        run = crawl(server, tmp_path / "db.sqlite", {"start_urls": site.start_url})
    assert run.returncode == 1, ok(run)
    assert run.row["outcome"] == "failed"
    assert "spider yunmei: failed" in run.stdout
    assert "http_500" in run.stdout
    # retried with a growing wait, then given up: 1 + RETRY_TIMES (3) asks for the home page
    assert run.urls().count(site.start_url) == 4
    assert run.stat("retry/count") >= 3
    assert float(run.row["stats"]["yunmei/retry/backoff_seconds"]) > 0


def test_poor_field_coverage_degrades_the_run(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=12, recent=0, with_time=False).write()
    with SiteServer(site.root, delay=0.02) as server:
        run = crawl(
            server,
            tmp_path / "db.sqlite",
            {"start_urls": site.start_url},
            {"LOGSTATS_INTERVAL": 0.2},
        )
    assert run.returncode == 2, ok(run)
    assert run.row["outcome"] == "degraded"
    assert len(rows(run.db)) == 12  # degraded, not lost: the articles are stored
    assert "coverage published_at 0% < 90%" in run.stdout
    assert "published 0%" in run.stdout
    # the periodic progress line carries the article counts
    assert re.search(r"Crawled \d+ pages .*articles new \d+, changed \d+", run.stderr)


def test_the_same_site_with_dates_is_healthy(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=12, recent=0).write()
    with SiteServer(site.root) as server:
        run = crawl(server, tmp_path / "db.sqlite", {"start_urls": site.start_url})
    assert run.returncode == 0, ok(run)
    assert run.row["outcome"] == "finished"
    assert "problem" not in run.stdout


def test_backfill_an_id_range_and_probe_above_the_highest_id(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=10, recent=0).write()
    db = tmp_path / "db.sqlite"
    ids = f"{FIRST_ID}-{FIRST_ID + 14}"  # 10 articles and 5 gaps
    with SiteServer(site.root) as server:
        first = crawl(server, db, {"ids": ids})
        second = crawl(server, db, {"ids": ids})
        probe = crawl(server, db, {"start_urls": site.start_url, "probe": 3})
    assert first.returncode == 0, ok(first)
    assert first.row["outcome"] == "finished"
    assert len(rows(db)) == 10
    assert first.stat("yunmei/backfill/missing") == 5  # 404s are counted misses …
    assert "http_404" not in error_kinds(db)  # … not errors
    assert site.start_url not in first.urls()  # a backfill asks for its range only
    assert "missing ids 5" in first.stdout
    # again: stored ids are not asked for; only the gaps are (still cheap 404s)
    assert second.returncode == 0, ok(second)
    assert second.article_answers(200) == []
    assert sorted(second.article_answers(404)) == list(range(FIRST_ID + 10, FIRST_ID + 15))
    # a probe asks for N ids above the highest stored one
    assert probe.returncode == 0, ok(probe)
    top = FIRST_ID + 9
    assert sorted(probe.article_answers(404)) == [top + 1, top + 2, top + 3]


def test_a_bad_ids_argument_fails_at_once(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=1).write()
    with SiteServer(site.root) as server:
        run = crawl(server, tmp_path / "db.sqlite", {"ids": "2836999-2836000"})
    assert run.returncode == 1
    assert "empty id range" in run.stderr
    assert [u for u in run.urls() if WWW in u] == []


def test_an_unreachable_site_fails_with_download_errors(tmp_path):
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = SimpleNamespace(proxy_url=f"http://127.0.0.1:{port}", answers=[])
    run = crawl(server, tmp_path / "db.sqlite", {"start_urls": f"http://{WWW}/"})
    assert run.returncode == 1, ok(run)
    assert run.row["outcome"] == "failed"
    assert run.stat("yunmei/errors/download_DownloadConnectionRefusedError") >= 1
    assert "download_DownloadConnectionRefusedError" in run.stdout
