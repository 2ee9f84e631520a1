"""Record and replay: a crawl recorded to WARC replays to the same rows, offline."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from yunmei.devserver import SiteServer
from yunmei.replay import load_recordings

ARTICLE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article"><h1 class="title">{title}</h1>
<div class="info"><span class="time">2023-03-2{n} 10:0{n}</span> <span class="source">来源：湛江云媒</span>
<span class="author">作者：记者陈振园</span></div>
<div class="content"><p>第{n}篇文章的第一段，湛江新闻。</p><p>第二段内容。</p></div></div></body></html>"""


def write_site(root: Path) -> Path:
    www = root / "www.gdzjdaily.com.cn"
    (www / "p").mkdir(parents=True)
    links = "".join(f'<a href="/p/283670{n}.html">{n}</a>' for n in range(1, 5))
    links += '<a href="/p/2836709.html">moved</a><a href="/p/2836708.html">gone</a>'
    (www / "index.html").write_text(f"<html><body>{links}</body></html>", "utf-8")
    for n in range(1, 5):
        page = ARTICLE.format(title=f"湛江测试文章{n}", n=n)
        (www / "p" / f"283670{n}.html").write_bytes(page.encode("utf-8"))
    routes = {
        "http://www.gdzjdaily.com.cn/p/2836709.html": {
            "status": 301,
            "headers": {"Location": "http://www.gdzjdaily.com.cn/p/2836701.html"},
        }
    }
    (root / "routes.json").write_text(json.dumps(routes), "utf-8")
    return root


def rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT article_id, url, title, published_at, body, content_hash FROM articles"
            " ORDER BY article_id"
        ).fetchall()


@pytest.fixture
def recorded(tmp_path, run_crawl):
    site = write_site(tmp_path / "site")
    warc = tmp_path / "rec" / "crawl.warc.gz"
    with SiteServer(site) as server:
        live = run_crawl(
            "yunmei",
            args={"start_urls": "http://www.gdzjdaily.com.cn/"},
            settings={"YUNMEI_WARC_RECORD": warc},
            proxy=server.proxy_url,
            db=tmp_path / "live.db",
        )
    assert live.returncode == 0, live.stderr[-3000:]
    return live, warc


def test_recording_holds_every_response_as_served(recorded):
    _live, warc = recorded
    index = load_recordings(warc)
    assert index["http://www.gdzjdaily.com.cn/p/2836709.html"].status == 301
    assert index["http://www.gdzjdaily.com.cn/p/2836708.html"].status == 404
    page = index["http://www.gdzjdaily.com.cn/p/2836702.html"]
    assert page.status == 200
    assert "湛江测试文章2".encode() in page.body


def test_replay_gives_the_same_rows_as_the_live_crawl(recorded, run_crawl, tmp_path):
    live, warc = recorded
    replay = run_crawl(
        "yunmei",
        args={"start_urls": "http://www.gdzjdaily.com.cn/"},
        settings={"YUNMEI_REPLAY": warc.parent},
        db=tmp_path / "replay.db",
    )
    assert replay.returncode == 0, replay.stderr[-3000:]
    live_rows = rows(live.db)
    assert len(live_rows) == 4
    assert rows(replay.db) == live_rows
    assert "yunmei/replay/hit" in replay.stderr


def test_unrecorded_url_is_a_recorded_failure_and_the_run_is_not_finished(
    recorded, run_crawl, tmp_path
):
    _live, warc = recorded
    db = tmp_path / "missing.db"
    result = run_crawl(
        "yunmei",
        args={"start_urls": "http://www.gdzjdaily.com.cn/p/2899999.html"},
        settings={"YUNMEI_REPLAY": warc},
        db=db,
    )
    # nothing could be fetched although an article was scheduled: that is no "finished" run
    assert result.returncode == 1, result.stderr[-3000:]
    assert "spider yunmei: failed" in result.stdout
    assert "1 articles scheduled = stored 0 + failed 1" in result.stdout
    assert "'yunmei/replay/missing': 1" in result.stderr
    with sqlite3.connect(db) as conn:
        errors = conn.execute(
            "SELECT article_id, stage, reason, http_status FROM crawl_errors"
        ).fetchall()
    assert errors == [("2899999", "http", "http_404", 404)]


AUDITED_CRAWL = """
import json, sys
attempts = []
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        attempts.append([event, repr(args)[:200]])
sys.addaudithook(hook)
from scrapy.cmdline import execute
try:
    execute(sys.argv[2:])
except SystemExit:
    pass
finally:
    with open(sys.argv[1], "w") as out:
        json.dump(attempts, out)
"""


def audited_crawl(tmp_path: Path, settings: list[str], env: dict | None = None) -> list:
    """Run a crawl with an audit hook that logs every DNS lookup and socket connect."""
    report = tmp_path / "attempts.json"
    command = [
        sys.executable, "-c", AUDITED_CRAWL, str(report),
        "scrapy", "crawl", "yunmei", "-a", "start_urls=http://www.gdzjdaily.com.cn/",
        "-s", f"YUNMEI_DB={tmp_path / 'audited.db'}", "-s", "DOWNLOAD_DELAY=0", *settings,
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=Path(__file__).parent.parent, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(rows(tmp_path / "audited.db")) == 4
    return json.loads(report.read_text())


def test_replay_opens_no_network_connection(recorded, tmp_path):
    _live, warc = recorded
    assert audited_crawl(tmp_path, ["-s", f"YUNMEI_REPLAY={warc}"]) == []


def test_the_audit_hook_does_see_a_live_crawl(tmp_path):
    site = write_site(tmp_path / "site")
    with SiteServer(site) as server:
        env = {**os.environ, "http_proxy": server.proxy_url, "no_proxy": ""}
        attempts = audited_crawl(tmp_path, [], env=env)
    assert any(event == "socket.connect" for event, _args in attempts)
