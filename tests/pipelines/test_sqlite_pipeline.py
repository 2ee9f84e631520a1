"""The SQLite pipeline writes in batches, and never lets a small batch wait for long."""

from __future__ import annotations

import sqlite3

from crawlers import project_crawler

from yunmei.extract import content_hash
from yunmei.items import ArticleItem
from yunmei.pipelines.sqlite import SQLitePipeline


def article(n: int) -> ArticleItem:
    title, body = f"湛江新闻{n}", f"第{n}篇报道的正文，湛江市。"
    return ArticleItem(
        url=f"https://www.gdzjdaily.com.cn/p/{2836700 + n}.html",
        article_id=str(2836700 + n),
        title=title,
        body=body,
        content_hash=content_hash(title, body),
    )


def stored(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def make_pipeline(tmp_path, **settings):
    crawler = project_crawler(YUNMEI_DB=str(tmp_path / "y.db"), **settings)
    pipeline = SQLitePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return crawler, pipeline


def test_a_full_batch_is_written_at_once_and_the_rest_at_close(tmp_path):
    crawler, pipeline = make_pipeline(tmp_path, YUNMEI_DB_BATCH_SIZE=3)
    for n in range(4):
        pipeline.process_item(article(n))
    assert stored(tmp_path / "y.db") == 3
    pipeline.close_spider()
    assert stored(tmp_path / "y.db") == 4
    assert crawler.stats.get_value("yunmei/articles/new") == 4


def test_a_small_batch_is_written_once_it_has_waited_long_enough(tmp_path):
    now = [100.0]
    _crawler, pipeline = make_pipeline(
        tmp_path, YUNMEI_DB_BATCH_SIZE=50, YUNMEI_DB_FLUSH_SECONDS=10
    )
    pipeline.clock = lambda: now[0]
    pipeline.process_item(article(1))
    now[0] += 5
    pipeline.process_item(article(2))
    assert stored(tmp_path / "y.db") == 0
    now[0] += 6
    pipeline.process_item(article(3))
    assert stored(tmp_path / "y.db") == 3
    pipeline.close_spider()
