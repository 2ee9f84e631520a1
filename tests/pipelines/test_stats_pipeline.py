"""ItemStatsPipeline counts normalization flags, events and award rows; the item is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from yunmei import events as ev
from yunmei.extract import complete_article
from yunmei.items import ArticleItem
from yunmei.pipelines.stats import ItemStatsPipeline

DATA = Path(__file__).resolve().parents[1] / "data" / "events" / "cases.json"
SEED = next(c for c in json.loads(DATA.read_text(encoding="utf-8")) if c["id"] == "seed-potou")


@pytest.fixture(autouse=True)
def strict(monkeypatch):
    monkeypatch.setattr(ev, "STRICT", True)


@pytest.fixture
def crawler():
    crawler = get_crawler()
    crawler.stats.open_spider()
    return crawler


@pytest.fixture
def pipeline(crawler):
    return ItemStatsPipeline.from_crawler(crawler)


def seed_item(**overrides) -> ArticleItem:
    """A whole article as the spider yields it: completed (content hash, events) once."""
    values = {
        "url": "https://www.gdzjdaily.com.cn/p/2836735.html",
        "article_id": "2836735",
        "title": SEED["title"],
        "body": SEED["text"],
        "published_at": SEED["published_at"],
    }
    values.update(overrides)
    return ArticleItem.from_dict(complete_article(values))


def stats_of(crawler, prefix: str) -> dict[str, int]:
    return {k: v for k, v in crawler.stats.get_stats().items() if k.startswith(prefix)}


def test_counts_events_and_award_rows(pipeline, crawler):
    item = seed_item()
    before = item.to_dict()
    assert pipeline.process_item(item) is item
    assert item.to_dict() == before
    assert len(item.events) == 1
    assert "雄鹰擂台赛" in item.events[0]["name"]
    assert sum(len(a["recipients"]) for a in item.events[0]["awards"]) == 6
    assert stats_of(crawler, "yunmei/events/") == {
        "yunmei/events/events": 1,
        "yunmei/events/awards": 6,
        "yunmei/events/articles": 1,
    }


def test_the_title_names_the_event():
    body = "4月15日,比赛在坡头区青少年活动中心举行。南三镇志愿服务队获得一等奖。"
    item = seed_item(title="坡头区举办青年志愿者技能大赛", body=body, published_at="2023-04-16")
    assert [e["name"] for e in item.events] == ["青年志愿者技能大赛"]


def test_every_item_is_counted_even_without_events(pipeline, crawler):
    item = pipeline.process_item(seed_item(body="3月10日,湛江市召开全市教育工作会议。"))
    assert item.events == []
    assert stats_of(crawler, "yunmei/events/") == {
        "yunmei/events/events": 0,
        "yunmei/events/awards": 0,
    }


def test_counts_accumulate(pipeline, crawler):
    for _ in range(3):
        pipeline.process_item(seed_item())
    assert crawler.stats.get_value("yunmei/events/events") == 3
    assert crawler.stats.get_value("yunmei/events/awards") == 18


def test_normalization_flags_count_items_not_fields(pipeline, crawler):
    flags = ["mirror_copy", "traditional_converted", "pinyin_removed", "traditional_converted"]
    for _ in range(2):
        pipeline.process_item({"title": "t", "body": "b", "quality_flags": flags})
    pipeline.process_item({"title": "t", "body": "b", "quality_flags": ["header_missing"]})
    assert stats_of(crawler, "yunmei/normalize/") == {
        "yunmei/normalize/traditional_converted": 2,
        "yunmei/normalize/pinyin_removed": 2,
    }
