"""What both spiders share: turning a response into an article item, with counted drops."""

from __future__ import annotations

from typing import Any

import scrapy

from yunmei import signals as yunmei_signals
from yunmei.extract import complete_article, extract_page
from yunmei.items import ArticleItem

# quality flags that mean "this page is not an article": the item is dropped with that reason
NOT_ARTICLE_FLAGS = (
    "empty_body",
    "binary_body",
    "not_article",
    "list_page",
    "error_page",
    "truncated",
)


def headers_dict(response: scrapy.http.Response) -> dict[str, str]:
    return {
        key.decode("latin-1"): values[-1].decode("latin-1")
        for key, values in response.headers.items()
        if values
    }


def header_value(response: scrapy.http.Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class ArticleSpiderMixin:
    """Mixin for scrapy.Spider subclasses."""

    def record_page_error(self, url: str, kind: str, detail: str = "") -> None:
        self.crawler.stats.inc_value(f"yunmei/dropped/{kind}")
        self.crawler.signals.send_catch_log(
            yunmei_signals.page_error, url=url, kind=kind, detail=detail
        )

    def extract(self, response: scrapy.http.Response) -> dict[str, Any] | None:
        """The fields of one page (``extract_page``), or None (dropped, counted and recorded) if
        it is not an article; ``to_item`` completes the whole article."""
        if response.status != 200:
            self.record_page_error(response.url, f"http_{response.status}")
            return None
        data = extract_page(response.body, response.url, headers_dict(response))
        # validators for conditional re-checks (the store keeps them with the article)
        data["http_etag"] = header_value(response, b"ETag")
        data["http_last_modified"] = header_value(response, b"Last-Modified")
        for field_name, layer in (data.get("extraction") or {}).items():
            self.crawler.stats.inc_value(f"yunmei/extract/{field_name}/{layer}")
        reason = next((f for f in NOT_ARTICLE_FLAGS if f in data.get("quality_flags", [])), None)
        if reason:
            self.record_page_error(response.url, reason, ",".join(data.get("quality_flags", [])))
            return None
        return data

    def to_item(self, data: dict[str, Any]) -> ArticleItem:
        """The item of a whole article (one page, or its pages merged): hash and events once."""
        self.crawler.stats.inc_value("yunmei/items/articles")
        return ArticleItem.from_dict(complete_article(data))
