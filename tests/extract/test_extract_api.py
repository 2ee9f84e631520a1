"""The contract of extract_article: fields, never raising, layers, odd arguments."""

from __future__ import annotations

import logging

import pytest
from tests_extract_helpers import extract_fixture, fixture

import yunmei.extract as extract_module
from yunmei.extract import extract_article
from yunmei.items import ArticleItem

CONTRACT = {
    "url", "article_id", "fetched_url", "title", "column", "subtitle", "published_at",
    "published_raw", "source", "byline_raw", "authors", "editors", "body", "images",
    "page_count", "is_original", "language", "quality_flags", "content_hash", "events",
    "extraction", "page_kind", "kicker", "epaper_page", "epaper_page_name", "is_mirror",
    "missing_pages",
}  # fmt: skip


def test_all_fields_present_and_item_compatible():
    data = extract_fixture("desktop-seed")
    assert set(data) >= CONTRACT
    item = ArticleItem.from_dict(data)
    assert item.title == data["title"]
    assert data["language"] == "zh-Hans"
    assert data["events"] == [] or isinstance(data["events"][0], dict)


def test_content_hash_is_of_title_and_body():
    data = extract_fixture("desktop-plain")
    assert data["content_hash"] == extract_module.content_hash(data["title"], data["body"])


def test_epaper_date_stays_a_date():
    data = extract_fixture("epaper-content")
    assert data["published_at"] == data["published_raw"] == "2015-05-06"
    assert data["extraction"]["published_at"] == "url"


def test_guard_returns_extract_error(monkeypatch, caplog):
    def boom(*_args):
        raise RuntimeError("boom")

    monkeypatch.setattr(extract_module, "_extract", boom)
    with caplog.at_level(logging.ERROR):
        data = extract_article(b"<html></html>", "https://www.gdzjdaily.com.cn/p/2848530.html")
    assert data["quality_flags"] == ["extract_error"]
    assert data["article_id"] == "2848530"
    assert "extract_article failed" in caplog.text


@pytest.mark.parametrize(
    ("body", "url", "headers"),
    [
        (None, "https://www.gdzjdaily.com.cn/p/1234567.html", None),
        (
            "<html><body><p>字符串</p></body></html>",
            "https://www.gdzjdaily.com.cn/p/1234567.html",
            {},
        ),
        (b"<html></html>", "", None),
        (b"<html></html>", None, None),
        (b"<p>x</p>", "not a url", {"content-type": b"text/html; charset=utf-8"}),
        (b"<p>x</p>", "http://[::1/broken", {"Content-Type": None}),
        (bytearray(b"<p>x</p>"), "https://www.gdzjdaily.com.cn/p/1234567.html", "not a mapping"),
    ],
)
def test_odd_arguments_never_raise(body, url, headers):
    data = extract_article(body, url, headers)
    assert "extract_error" not in data["quality_flags"]


def test_headers_charset_is_used():
    fx = fixture("gbk-header")
    assert (
        extract_article(fx.body, fx.url, fx.headers)["title"]
        == extract_fixture("desktop-commentary")["title"]
    )


def test_unterminated_but_complete_page_is_kept():
    fx = fixture("desktop-plain")
    cut = fx.body[: fx.body.index(b'<div class="side">')]
    data = extract_article(cut, fx.url, fx.headers)
    assert "truncated" not in data["quality_flags"]
    assert "html_unterminated" in data["quality_flags"]
    assert data["body"] == extract_fixture("desktop-plain")["body"]


def test_seed_events_reach_the_article():
    """The contract's seed event comes through extract_article (yunmei.events reads the body)."""
    events = extract_fixture("desktop-seed")["events"]
    assert any("雄鹰擂台赛" in (e.get("name") or "") for e in events)
    awards = {a["tier"]: [r["name"] for r in a["recipients"]] for e in events for a in e["awards"]}
    assert awards.get("一等奖") == ["区交通运输局"]


def test_site_article_at_an_unexpected_url_is_not_a_list():
    fx = fixture("desktop-plain")
    data = extract_article(
        fx.body, "https://www.gdzjdaily.com.cn/shizheng/2023/0418/x.html", fx.headers
    )
    assert data["page_kind"] == "desktop"
    assert "list_page" not in data["quality_flags"]
    assert data["title"] == extract_fixture("desktop-plain")["title"]


def test_cut_in_the_head_is_truncated_not_empty():
    fx = fixture("desktop-plain")
    data = extract_article(fx.body[: fx.body.index(b"</head>")], fx.url, fx.headers)
    assert "truncated" in data["quality_flags"]
    assert "empty_body" not in data["quality_flags"]
