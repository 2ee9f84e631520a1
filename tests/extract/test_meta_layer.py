"""Layer 2: metadata."""

from __future__ import annotations

from yunmei.extract.meta import iso_time, parse_meta, strip_site_suffix


def test_opengraph_and_time():
    found = parse_meta(
        {
            "og:title": "湛江港航道通过验收_湛江云媒",
            "article:published_time": "2025-08-28T18:32:00+08:00",
        },
        [],
    )
    assert found == {
        "title": "湛江港航道通过验收",
        "published_raw": "2025-08-28T18:32:00+08:00",
        "published_at": "2025-08-28T18:32:00+08:00",
    }


def test_json_ld():
    found = parse_meta(
        {},
        [
            '{"@graph": [{"@type": "NewsArticle", "headline": "标题", "datePublished": "2024-09-15 21:40"}]}'
        ],
    )
    assert found["title"] == "标题"
    assert found["published_at"] == "2024-09-15T21:40:00+08:00"


def test_bad_json_ld_is_ignored():
    assert parse_meta({}, ["{not json", "[1, 2"]) == {}


def test_iso_time():
    assert iso_time("2015-05-06") == "2015-05-06"
    assert iso_time("2023-03-24T12:11:00Z") == "2023-03-24T12:11:00+00:00"
    assert iso_time("2023-03-24T20:11+0800") == "2023-03-24T20:11:00+08:00"
    assert iso_time("yesterday") is None


def test_site_suffix():
    assert strip_site_suffix("标题-湛江云媒") == "标题"
    assert strip_site_suffix("标题 | 湛江日报") == "标题"
    assert strip_site_suffix("一-二") == "一-二"
