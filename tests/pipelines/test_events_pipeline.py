"""EventsPipeline: fills events from title + body when missing, counts events and award rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from yunmei import events as ev
from yunmei.items import ArticleItem
from yunmei.pipelines.events import EventsPipeline

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
    return EventsPipeline.from_crawler(crawler)


def seed_item(**overrides) -> ArticleItem:
    values = {
        "url": "https://www.gdzjdaily.com.cn/p/2836735.html",
        "article_id": "2836735",
        "title": SEED["title"],
        "body": SEED["text"],
        "published_at": SEED["published_at"],
    }
    values.update(overrides)
    return ArticleItem(**values)


def test_fills_events_and_counts(pipeline, crawler):
    item = pipeline.process_item(seed_item())
    assert len(item.events) == 1
    event = item.events[0]
    assert "雄鹰擂台赛" in event["name"]
    assert event["date"] == "2023-03-23"
    assert sum(len(a["recipients"]) for a in event["awards"]) == 6
    stats = crawler.stats.get_stats()
    assert stats["yunmei/events/events"] == 1
    assert stats["yunmei/events/awards"] == 6
    assert stats["yunmei/events/articles"] == 1


def test_title_names_the_event(pipeline):
    body = "4月15日,比赛在坡头区青少年活动中心举行。南三镇志愿服务队获得一等奖。"
    item = pipeline.process_item(
        seed_item(title="坡头区举办青年志愿者技能大赛", body=body, published_at="2023-04-16")
    )
    assert [e["name"] for e in item.events] == ["青年志愿者技能大赛"]


def test_existing_events_are_kept_and_counted(pipeline, crawler, monkeypatch):
    calls = []
    monkeypatch.setattr(
        "yunmei.pipelines.events.extract_events", lambda *a, **k: calls.append(a) or []
    )
    given = [
        {"name": "x", "awards": [{"tier": "冠军", "recipients": [{"name": "a"}, {"name": "b"}]}]}
    ]
    item = pipeline.process_item(seed_item(events=given))
    assert item.events is given
    assert calls == []
    stats = crawler.stats.get_stats()
    assert stats["yunmei/events/events"] == 1
    assert stats["yunmei/events/awards"] == 2


def test_every_item_is_counted_even_without_events(pipeline, crawler):
    item = pipeline.process_item(seed_item(body="3月10日,湛江市召开全市教育工作会议。"))
    assert item.events == []
    stats = crawler.stats.get_stats()
    assert stats["yunmei/events/events"] == 0
    assert stats["yunmei/events/awards"] == 0
    assert "yunmei/events/articles" not in stats


def test_dict_items_and_missing_fields(pipeline, crawler):
    item = pipeline.process_item(
        {"title": SEED["title"], "body": SEED["text"], "published_at": SEED["published_at"]}
    )
    assert len(item["events"]) == 1
    assert pipeline.process_item({"url": "u"}) == {
        "url": "u"
    }  # no body: nothing to read, nothing raised
    assert crawler.stats.get_value("yunmei/events/awards") == 6


def test_counts_accumulate(pipeline, crawler):
    for _ in range(3):
        pipeline.process_item(seed_item())
    assert crawler.stats.get_value("yunmei/events/events") == 3
    assert crawler.stats.get_value("yunmei/events/awards") == 18


def test_works_without_stats():
    item = EventsPipeline().process_item(seed_item())
    assert len(item.events) == 1
