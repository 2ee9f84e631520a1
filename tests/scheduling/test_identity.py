"""Canonical identity in real crawls: www/m, ``?v=`` junk, slugs and mirrors of one id are one row."""

from __future__ import annotations

import sqlite3

from schedkit import crawl, ok, rows
from testsite import FIRST_ID, MOBILE, WWW, GeneratedSite

from yunmei.devserver import SiteServer

TARGET = FIRST_ID + 1


def article_row(db, article_id: int) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM articles WHERE article_id = ?", (str(article_id),))
        return [dict(r) for r in found.fetchall()]


def requests_for(run, article_id: int) -> list[str]:
    return [u for u, _s in run.answers if f"/p/{article_id}" in u]


def test_variants_of_one_id_are_fetched_once_and_stored_once(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=3, recent=0)
    site.write()
    mirror = site.write_mirror(TARGET)
    slug = site._file(WWW, f"/shizheng/p/{TARGET}.html")
    slug.write_bytes(site._file(WWW, f"/p/{TARGET}.html").read_bytes())
    site.extra_links = [
        f"http://{WWW}/p/{TARGET}.html?v=1663507728281?v=1663508140622",
        f"http://{MOBILE}/p/{TARGET}.html?v=1663507728281",
        f"http://{WWW}/shizheng/p/{TARGET}.html#comments",
        f"http://{WWW}/p/{TARGET}.html?utm_source=wechat&from=timeline",
        f"http://{WWW}/p/{TARGET}_2.html",  # a later page: belongs to the same article
        mirror,
    ]
    site.write()
    with SiteServer(site.root) as server:
        run = crawl(server, tmp_path / "db.sqlite", {"start_urls": site.start_url})
    assert run.returncode == 0, ok(run)
    assert len(requests_for(run, TARGET)) == 1, requests_for(run, TARGET)
    assert not [u for u in run.urls() if "juzitie" in u]  # the original is fetched: no copy needed
    assert len(rows(run.db)) == 3
    (row,) = article_row(run.db, TARGET)
    assert row["url"] == f"https://{WWW}/p/{TARGET}.html"
    assert "gdzjdaily.com.cn" in row["fetched_url"]


def test_a_mirror_stored_first_is_replaced_when_the_original_arrives(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=3, recent=0).write()
    mirror = site.write_mirror(TARGET)
    db = tmp_path / "db.sqlite"
    with SiteServer(site.root) as server:
        first = crawl(server, db, {"start_urls": mirror})
        assert first.returncode == 0, ok(first)
        (stored,) = article_row(db, TARGET)
        assert "juzitie.cn" in stored["fetched_url"]
        assert stored["is_mirror"] == 1

        second = crawl(server, db, {"start_urls": site.start_url})
        assert second.returncode == 0, ok(second)
        # a stored mirror copy does not stop the original from being fetched
        assert (site.article_url(TARGET), 200) in second.answers
        (row,) = article_row(db, TARGET)
        assert "gdzjdaily.com.cn" in row["fetched_url"]
        assert row["is_mirror"] == 0
        assert len(rows(db)) == 3

        third = crawl(server, db, {"start_urls": mirror})
        assert third.returncode == 0, ok(third)
        # the original is stored: the mirror copy is not even requested
        assert not [u for u in third.urls() if "juzitie" in u and "/p/" in u]
        assert third.stat("yunmei/incremental/skipped/stored") == 1
        (row,) = article_row(db, TARGET)
        assert "gdzjdaily.com.cn" in row["fetched_url"]
