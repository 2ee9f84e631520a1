"""Multi-page articles: one article, bodies in page order, missing pages recorded."""

from __future__ import annotations

from tests_extract_helpers import extract_fixture

from yunmei.extract.pages import merge_pages


def pages():
    return {
        1: dict(extract_fixture("desktop-multipage-p1")),
        2: dict(extract_fixture("desktop-multipage-p2")),
    }


def test_every_page_reports_the_page_count():
    assert extract_fixture("desktop-multipage-p1")["page_count"] == 2
    assert extract_fixture("desktop-multipage-p2")["page_count"] == 2


def test_merge_in_page_order():
    got = pages()
    merged = merge_pages({2: got[2], 1: got[1]}, 2)
    assert merged["body"] == got[1]["body"] + "\n" + got[2]["body"]
    assert [i["url"] for i in merged["images"]] == [
        i["url"] for i in got[1]["images"] + got[2]["images"]
    ]
    assert merged["page_count"] == 2
    assert merged["missing_pages"] == []
    assert "missing_pages" not in merged["quality_flags"]
    assert merged["url"] == "https://www.gdzjdaily.com.cn/p/2930777.html"
    assert merged["editors"] == got[1]["editors"]


def test_missing_page_is_recorded():
    merged = merge_pages({1: pages()[1]}, 3)
    assert merged["missing_pages"] == [2, 3]
    assert "missing_pages" in merged["quality_flags"]
    assert merged["body"] == pages()[1]["body"]
