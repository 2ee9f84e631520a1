"""The analysts' web in a real headless Chromium: front page, article, event, search, charts.

Screenshots land in docs/screenshots/ (shown in the README).
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
# the seed article of data/sample (SITE.md: "THE SEED rebuilt clean"), facts from the contract
SEED_ID = "2836735"
SEED_TITLE = "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"
SEED_AUTHORS = {("视频", "记者", "陈振园"), ("视频", "实习生", "吴竟"), ("文字", "见习记者", "范子华"),
                ("文字", "通讯员", "李嘉恩"), ("摄影", "记者", "陈振园")}  # fmt: skip
SEED_AWARDS = {("一等奖", "区交通运输局"), ("二等奖", "区应急管理局"), ("二等奖", "区财政局"),
               ("三等奖", "区卫健局"), ("三等奖", "高新区发展建设局"), ("三等奖", "区住建局")}  # fmt: skip


def open_page(browser, url: str):
    browser.get(url)
    assert "Internal Server Error" not in browser.page_source
    return browser


def screenshot(browser, name: str, max_height: int = 2200) -> None:
    """A full-page screenshot (up to max_height px) for the README."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max_height, max(700, height)))
    browser.save_screenshot(str(SHOTS / f"{name}.png"))
    browser.set_window_size(1280, 1000)


def texts(browser, css: str) -> list[str]:
    return [e.text.strip() for e in browser.find_elements(By.CSS_SELECTOR, css)]


def test_front_page_lists_the_latest_articles(browser, served, demo_db):
    base, db = served
    open_page(browser, base + "/")
    with sqlite3.connect(demo_db) as conn:
        newest = [t for (t,) in conn.execute(
            "SELECT title FROM articles WHERE duplicate_of IS NULL "
            "ORDER BY published_at DESC, article_id DESC LIMIT 5")]  # fmt: skip
    listed = texts(browser, "ol.ym-latest a.ym-title")
    assert listed[:5] == newest
    links = [
        e.get_attribute("href") for e in browser.find_elements(By.CSS_SELECTOR, "ol.ym-latest a")
    ]
    assert all(f"/{db}/-/article/" in href for href in links)
    assert browser.find_element(By.CSS_SELECTOR, "form.ym-search input[name=q]")
    # a link to every view the store documents
    hrefs = {e.get_attribute("href").split("?")[0] for e in browser.find_elements(By.TAG_NAME, "a")}
    with sqlite3.connect(demo_db) as conn:
        views = [v for (v,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
    missing = [v for v in views if v != "article_search" and f"{base}/{db}/{v}" not in hrefs]
    assert not missing
    screenshot(browser, "front")


def test_seed_article_reads_like_an_article(browser, served):
    base, db = served
    open_page(browser, f"{base}/{db}/-/article/{SEED_ID}")
    assert browser.find_element(By.CSS_SELECTOR, "h1.ym-headline").text == SEED_TITLE
    assert browser.find_element(By.CSS_SELECTOR, ".ym-column").text == "报小拍"
    authors = {tuple(t.split()) for t in texts(browser, "li.ym-author")}
    assert authors == SEED_AUTHORS
    rows = [tuple(r.split()) for r in texts(browser, "tr.ym-award")]
    assert len(rows) == 6
    assert {(r[0], r[1]) for r in rows} == SEED_AWARDS
    assert len(browser.find_elements(By.CSS_SELECTOR, ".ym-body p")) > 3
    assert "值班主任" in browser.find_element(By.CSS_SELECTOR, ".ym-editors").text
    original = browser.find_element(By.CSS_SELECTOR, ".ym-original a").get_attribute("href")
    assert original == f"https://www.gdzjdaily.com.cn/p/{SEED_ID}.html"
    screenshot(browser, "article")


def test_event_page_shows_the_three_tiers(browser, served):
    base, db = served
    open_page(browser, f"{base}/{db}/-/article/{SEED_ID}")
    # the name as extracted may carry its qualifier (坡头区“…”雄鹰擂台赛): the events work owns that
    browser.find_element(By.PARTIAL_LINK_TEXT, "雄鹰擂台赛").click()
    assert "/-/event/" in browser.current_url
    assert "雄鹰擂台赛" in browser.find_element(By.CSS_SELECTOR, "h1.ym-headline").text
    assert texts(browser, "h4.ym-tier-name") == ["一等奖", "二等奖", "三等奖"]
    facts = browser.find_element(By.CSS_SELECTOR, "dl.ym-facts").text
    assert "2023-03-23" in facts and "区办公大楼8楼会议室" in facts
    assert len(texts(browser, "li.ym-recipient")) == 6
    screenshot(browser, "event")


@pytest.mark.parametrize(
    ("query", "finds"),
    [
        ("一等奖", True),
        ("湛江 OR 坡头", True),
        ("坡", True),
        ('"雄鹰擂台赛"', True),
        ("5G网络", None),
        ("", None),
    ],
)
def test_search_box_answers_without_error(browser, served, query, finds):
    base, db = served
    open_page(browser, f"{base}/{db}/search?q={urllib.parse.quote(query)}")
    assert not browser.find_elements(By.CSS_SELECTOR, ".message-error")
    box = browser.find_element(By.CSS_SELECTOR, "form.ym-search input[name=q]")
    assert box.get_attribute("value") == query
    results = browser.find_elements(By.CSS_SELECTOR, "li.ym-result")
    if not query:
        assert not results and not browser.find_elements(By.CSS_SELECTOR, ".ym-results")
    if finds:
        assert results
        first = results[0]
        assert "/-/article/" in first.find_element(By.CSS_SELECTOR, "a.ym-title").get_attribute(
            "href"
        )
        assert first.find_element(By.CSS_SELECTOR, ".ym-meta").text[:2] == "20"  # a date
    if query == "一等奖":
        assert browser.find_elements(By.CSS_SELECTOR, ".ym-snippet mark")
        screenshot(browser, "search")
    if query == "湛江 OR 坡头":
        either = [r.text for r in results]
        assert all("湛江" in t or "坡头" in t for t in either)


def test_search_json_keeps_its_address_and_rows_have_titles(served):
    base, db = served
    url = f"{base}/{db}/search.json?_shape=array&q={urllib.parse.quote('一等奖')}"
    rows = json.load(urllib.request.urlopen(url))
    assert rows and all(r["title"] for r in rows)
    assert any(r["article_id"] == SEED_ID for r in rows)
    empty = json.load(urllib.request.urlopen(f"{base}/{db}/search.json?_shape=array&q="))
    assert empty == []


def test_charts_render_marks(browser, served):
    base, db = served
    open_page(browser, f"{base}/{db}/-/charts")
    for section in ("articles-per-period", "awards-per-event", "top-reporters"):
        marks = browser.find_elements(By.CSS_SELECTOR, f"#{section} svg rect.ym-mark")
        assert marks, section
        assert marks[0].size["width"] > 0 and marks[0].size["height"] > 0
    screenshot(browser, "charts")


def test_articles_table_is_readable(browser, served):
    base, db = served
    open_page(browser, f"{base}/{db}/articles")
    bodies = texts(browser, "td.col-body")
    assert bodies and max(len(b) for b in bodies) <= 61
    facets = browser.find_element(By.CSS_SELECTOR, ".facet-results").text
    for name in ("column_name", "source", "page_kind", "published_date (month)"):
        assert name in facets
    title = browser.find_element(By.CSS_SELECTOR, "td.col-title a")
    assert "/-/article/" in title.get_attribute("href")
    screenshot(browser, "articles-table", max_height=1600)
