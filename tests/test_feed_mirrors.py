"""A feed (``-O items.jsonl``) of a crawl that meets mirror copies holds one item per article.

The real engine replays the bundled snapshot, whose start URLs name three mirror copies: two of
articles whose original the crawl also reaches, one whose original the site does not have.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from yunmei.urls import parse_article_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"


def replay_with_feed(tmp_path: Path) -> tuple[subprocess.CompletedProcess, list[dict], Path]:
    db, feed = tmp_path / "feed.db", tmp_path / "items.jsonl"
    start_urls = ",".join((SAMPLE / "start_urls.txt").read_text("utf-8").split())
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "yunmei", "-a", f"start_urls={start_urls}",
         "-s", f"YUNMEI_REPLAY={SAMPLE / 'warc'}", "-s", f"YUNMEI_DB={db}",
         "-s", "LOG_LEVEL=INFO", "-O", str(feed)],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    lines = [json.loads(line) for line in feed.read_text("utf-8").splitlines() if line.strip()]
    return done, lines, db


def original_in_snapshot(article_id: str) -> bool:
    return (SAMPLE / "site" / "www.gdzjdaily.com.cn" / "p" / f"{article_id}.html").exists()


def test_the_feed_holds_one_item_per_article_and_the_original_where_there_is_one(tmp_path):
    done, lines, db = replay_with_feed(tmp_path)
    assert done.returncode == 0, done.stderr[-4000:]
    per_article = Counter(line["article_id"] for line in lines)
    assert [aid for aid, n in per_article.items() if n > 1] == []
    mirrored = {
        ref.article_id
        for url in (SAMPLE / "start_urls.txt").read_text("utf-8").split()
        if (ref := parse_article_url(url)) is not None and ref.is_mirror
    }
    both = {aid for aid in mirrored if original_in_snapshot(aid)}
    only_mirror = mirrored - both
    assert both and only_mirror  # the snapshot has both cases, so each assertion below can fail
    by_id = {line["article_id"]: line for line in lines}
    for aid in both:
        assert not by_id[aid]["is_mirror"], by_id[aid]["fetched_url"]
        assert parse_article_url(by_id[aid]["fetched_url"]).is_mirror is False
    for aid in only_mirror:  # a mirror copy whose original never arrived is still kept
        assert by_id[aid]["is_mirror"] is True
    # the store ends with what the feed says
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT article_id, fetched_url FROM articles"))
    assert stored == {aid: line["fetched_url"] for aid, line in by_id.items()}
    # holding a mirror back is no failure: crawl_errors lists no mirror URL
    with sqlite3.connect(db) as conn:
        error_urls = [row[0] for row in conn.execute("SELECT url FROM crawl_errors")]
    assert [u for u in error_urls if parse_article_url(u) and parse_article_url(u).is_mirror] == []
