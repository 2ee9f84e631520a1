"""Validate and dedupe pipelines: drops are counted, never silent."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from yunmei.items import ArticleItem
from yunmei.pipelines.dedupe import DedupePipeline
from yunmei.pipelines.validate import ValidatePipeline


def article(**overrides) -> ArticleItem:
    values = {
        "url": "https://www.gdzjdaily.com.cn/p/2836735.html",
        "article_id": "2836735",
        "title": "雄鹰擂台赛顺利举办",
        "body": "3月23日晚,擂台赛举办。",
    }
    values.update(overrides)
    return ArticleItem(**values)


@pytest.fixture
def crawler():
    crawler = get_crawler()
    crawler.stats.open_spider()
    return crawler


@pytest.mark.parametrize("field", ["title", "body", "article_id"])
@pytest.mark.parametrize("value", [None, "", "   "])
def test_validate_drops_an_item_without_a_required_field(crawler, field, value):
    pipeline = ValidatePipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match=f"missing_{field}"):
        pipeline.process_item(article(**{field: value}))
    assert crawler.stats.get_value(f"yunmei/dropped/missing_{field}") == 1


def test_validate_passes_a_complete_item(crawler):
    item = article()
    assert ValidatePipeline.from_crawler(crawler).process_item(item) is item
    assert not any(k.startswith("yunmei/dropped") for k in crawler.stats.get_stats())


def test_dedupe_keeps_the_first_copy_and_counts_the_rest(crawler):
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.process_item(article(fetched_url="https://www.gdzjdaily.com.cn/p/2836735.html"))
    with pytest.raises(DropItem):
        pipeline.process_item(article(fetched_url="https://m.gdzjdaily.com.cn/p/2836735.html"))
    assert crawler.stats.get_value("yunmei/dropped/duplicate") == 1


def test_dedupe_lets_the_original_replace_an_earlier_mirror_copy(crawler):
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.process_item(article(is_mirror=True))
    original = article(is_mirror=False)
    assert pipeline.process_item(original) is original
    with pytest.raises(DropItem):
        pipeline.process_item(article(is_mirror=True))
