"""Each text field is normalized once: by extract_article's one pass, never again by a pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from crawlers import project_crawler
from scrapy.utils.misc import load_object

import yunmei.normalize
from yunmei import settings as project_settings
from yunmei.extract import content_hash, extract_article
from yunmei.items import ArticleItem

PAIR = Path(__file__).resolve().parent.parent / "data" / "normalize"
ORIGINAL_URL = "https://www.gdzjdaily.com.cn/p/2851234.html"
MIRROR_URL = "http://m.xvgold.com/p/2851234.html"


@pytest.fixture
def calls(monkeypatch):
    """Every normalize_text call as (input, output text)."""
    seen: list[tuple[str, str]] = []
    original = yunmei.normalize.normalize_text

    def counting(text):
        result = original(text)
        seen.append((text, result.text))
        return result

    monkeypatch.setattr(yunmei.normalize, "normalize_text", counting)
    return seen


def through_pipelines(item: ArticleItem, tmp_path) -> ArticleItem:
    """The item through every item pipeline of the project settings, in their order."""
    crawler = project_crawler(YUNMEI_DB=str(tmp_path / "y.db"))
    order = sorted(project_settings.ITEM_PIPELINES.items(), key=lambda kv: kv[1])
    pipelines = [load_object(path).from_crawler(crawler) for path, _priority in order]
    for pipeline in pipelines:
        if hasattr(pipeline, "open_spider"):
            pipeline.open_spider()
    for pipeline in pipelines:
        item = pipeline.process_item(item)
    for pipeline in pipelines:
        if hasattr(pipeline, "close_spider"):
            pipeline.close_spider()
    return item


def lines_of(texts) -> list[str]:
    return [line for text in texts if isinstance(text, str) for line in text.split("\n") if line]


def read_lines(item: ArticleItem) -> list[str]:
    """The lines of the fields read from the page (names and captions included)."""
    texts = [item.title, item.column, item.subtitle, item.source, item.byline_raw, item.body]
    texts += [a.get("name") for a in item.authors]  # titles are derived (实习 → 实习生)
    texts += [e.get("name") for e in item.editors]
    texts += [i.get("caption") for i in item.images]
    return lines_of(texts)


def event_lines(item: ArticleItem) -> list[str]:
    """The strings of the events (derived from the normalized body by extract_events)."""
    keys = ("name", "venue", "organizer", "evidence")
    texts = [event.get(k) for event in item.events for k in keys]
    texts += [a.get("tier") for event in item.events for a in event.get("awards") or []]
    return lines_of(texts)


def assert_each_line_normalized_once(item: ArticleItem, calls: list[tuple[str, str]]) -> None:
    outputs = [out for _text, out in calls]
    inputs = [set(text.split("\n")) for text, _out in calls]
    for line in read_lines(item):
        assert any(line in out for out in outputs), f"never normalized: {line}"
    for line in read_lines(item) + event_lines(item):
        # a second pass would feed the normalized line in again
        assert sum(line in lines for lines in inputs) <= 1, f"normalized twice: {line}"


def test_a_mirror_page_is_normalized_once_on_its_way_to_the_store(calls, tmp_path):
    page = extract_article((PAIR / "pair-mirror.html").read_bytes(), MIRROR_URL)
    assert len(calls) == 1  # every line of the page in one call
    item = through_pipelines(ArticleItem.from_dict(page), tmp_path)
    assert len(calls) == 1  # no pipeline normalized anything
    assert item.title == "乾塘镇举办“百千万工程”乡村振兴技能大赛"
    assert {"traditional_converted", "pinyin_removed", "mojibake_repaired"} <= set(
        item.quality_flags
    )
    assert_each_line_normalized_once(item, calls)
    assert item.content_hash == content_hash(item.title, item.body)


def test_another_sites_page_has_each_field_normalized_once(calls, tmp_path):
    html = (
        "<html><head><title>區委召開技能大賽總結會議</title></head><body>"
        "<h1>區委召開技能大賽總結會議</h1>"
        "<p>5月11日上午，區委在會議室召開技能大賽總結會議，區交通運輸局獲得一等獎。</p>"
        "<p>會議指出，要進一步推動鄉村振興工作，讓群眾得到實實在在的好處。</p>"
        "</body></html>"
    ).encode()
    page = extract_article(html, "https://news.example.org/a/1.html")
    page["article_id"] = "9000001"  # another site's URL has no site id; the store needs one
    item = through_pipelines(ArticleItem.from_dict(page), tmp_path)
    assert item.title == "区委召开技能大赛总结会议"
    assert "区交通运输局获得一等奖" in item.body
    assert "traditional_converted" in item.quality_flags
    assert_each_line_normalized_once(item, calls)
    assert item.content_hash == content_hash(item.title, item.body)


def test_original_and_mirror_pages_give_the_same_article():
    original = extract_article((PAIR / "pair-original.html").read_bytes(), ORIGINAL_URL)
    mirror = extract_article((PAIR / "pair-mirror.html").read_bytes(), MIRROR_URL)
    for field in ("title", "column", "subtitle", "byline_raw", "body", "content_hash"):
        assert mirror[field] == original[field], field
    assert original["body"].startswith("5月11日上午，遂溪县乾塘镇")
    assert {"traditional_converted", "pinyin_removed", "mojibake_repaired"} <= set(
        mirror["quality_flags"]
    )
    assert not {"traditional_converted", "pinyin_removed", "mojibake_repaired"} & set(
        original["quality_flags"]
    )
