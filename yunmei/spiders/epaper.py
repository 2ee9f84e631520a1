"""Spider ``yunmei_epaper``: the e-paper (szb) by date range, day → pages (node_n) → articles."""

from __future__ import annotations

from datetime import date, timedelta

import scrapy

from yunmei.site import site_profile
from yunmei.spiders.base import ArticleSpiderMixin
from yunmei.urls import EPAPER_HOST, epaper_parts

PAPERS = site_profile().crawled_papers


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"dates must look like 2015-05-06, got {value!r}") from exc


class EpaperSpider(ArticleSpiderMixin, scrapy.Spider):
    name = "yunmei_epaper"

    def __init__(self, since: str | None = None, until: str | None = None, papers: str = "", **kw):
        super().__init__(**kw)
        today = date.today()
        self.since = parse_day(since) if since else today
        self.until = parse_day(until) if until else self.since
        if self.until < self.since:
            raise ValueError(f"until ({self.until}) is before since ({self.since})")
        self.papers = tuple(p for p in papers.split(",") if p) or PAPERS

    def day_urls(self):
        day = self.since
        while day <= self.until:
            for paper in self.papers:
                yield f"http://{EPAPER_HOST}/{paper}/html/{day:%Y-%m}/{day:%d}/node_2.htm"
            day += timedelta(days=1)

    async def start(self):
        for url in self.day_urls():
            yield scrapy.Request(url, callback=self.parse_node)

    def parse_node(self, response):
        """A page (版面) of one day: follow its sibling pages and its articles."""
        if response.status != 200:
            self.record_page_error(response.url, f"http_{response.status}")
            return
        self.crawler.stats.inc_value("yunmei/pages/epaper_node")
        here = epaper_parts(response.url)
        for href in response.css("a::attr(href), area::attr(href)").getall():
            url = response.urljoin(href.strip())
            parts = epaper_parts(url)
            if not parts or here is None or parts["date"] != here["date"]:
                continue
            if parts["kind"] == "node":
                yield scrapy.Request(url, callback=self.parse_node)
            else:
                yield scrapy.Request(url, callback=self.parse_article)

    def parse_article(self, response):
        self.crawler.stats.inc_value("yunmei/pages/article")
        data = self.extract(response)
        if data is not None:
            yield self.to_item(data)
