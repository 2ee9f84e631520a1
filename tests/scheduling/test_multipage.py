"""Multi-page articles: assembled into one row, skipped when old, re-checked in full when recent."""

from __future__ import annotations

import json
import sqlite3

from schedkit import crawl, ok
from testsite import FIRST_ID, GeneratedSite

from yunmei.devserver import SiteServer

OLD, RECENT = FIRST_ID, FIRST_ID + 3


def test_multi_page_articles_across_runs(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=4, recent=1)
    site.make_multipage(OLD, 3)
    site.make_multipage(RECENT, 2)
    site.write()
    db = tmp_path / "db.sqlite"
    with SiteServer(site.root) as server:
        first = crawl(server, db, {"start_urls": site.start_url})
        second = crawl(server, db, {"start_urls": site.start_url, "probe": 0})
    assert first.returncode == 0, ok(first)
    with sqlite3.connect(db) as conn:
        page_count, body, missing = conn.execute(
            "SELECT page_count, body, missing_pages FROM articles WHERE article_id = ?", (str(OLD),)
        ).fetchone()
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert page_count == 3 and json.loads(missing or "[]") == []
    assert site.articles[OLD].paragraphs[-1] in body  # from page 3
    assert sorted(u for u in first.urls() if f"/p/{OLD}" in u) == [
        site.article_url(OLD),
        site.article_url(OLD).replace(".html", "_2.html"),
        site.article_url(OLD).replace(".html", "_3.html"),
    ]
    # again: the old one is not asked for at all; the recent one is fetched whole, unconditionally
    # (a 304 on page 1 would not vouch for page 2)
    assert second.returncode == 0, ok(second)
    assert not [u for u in second.urls() if f"/p/{OLD}" in u]
    recent = [(u, s) for u, s in second.answers if f"/p/{RECENT}" in u]
    assert sorted(recent) == [
        (site.article_url(RECENT), 200),
        (site.article_url(RECENT).replace(".html", "_2.html"), 200),
    ]
    assert second.stat("yunmei/articles/unchanged") == 1
    assert second.stat("yunmei/conditional/sent") == 0
