"""Spider ``yunmei_epaper``: the e-paper (szb) by date range, day → pages (node_n) → articles."""

from __future__ import annotations

from datetime import date, timedelta

import scrapy

from yunmei.site import site_profile
from yunmei.spiders.base import ArticleSpiderMixin, parse_retry
from yunmei.urls import EPAPER_HOST, epaper_parts

PAPERS = site_profile().crawled_papers
KNOWN_PAPERS = ("zjrb", "zjwb")


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"dates must look like 2015-05-06, got {value!r}") from exc


def parse_papers(value: str) -> tuple[str, ...]:
    papers = tuple(p.strip() for p in value.split(",") if p.strip())
    bad = [p for p in papers if p not in KNOWN_PAPERS]
    if bad:
        raise ValueError(f"papers must be among {', '.join(KNOWN_PAPERS)}; got {', '.join(bad)}")
    return papers


class EpaperSpider(ArticleSpiderMixin, scrapy.Spider):
    name = "yunmei_epaper"
    ARGUMENTS = {
        "since": (parse_day, "first day, YYYY-MM-DD (default today)"),
        "until": (parse_day, "last day, YYYY-MM-DD (default: since)"),
        "papers": (parse_papers, "comma-separated paper codes (zjrb)"),
        "retry": (parse_retry, "1 (default): also re-ask e-paper articles that failed before"),
    }

    def __init__(
        self,
        since: str | None = None,
        until: str | None = None,
        papers: str = "",
        retry: str = "1",
        **kw,
    ):
        self.check_arguments(
            {"since": since, "until": until, "papers": papers, "retry": retry, **kw}
        )
        super().__init__(**kw)
        self.retry = parse_retry(retry)
        today = date.today()
        self.since = parse_day(since) if since else today
        self.until = parse_day(until) if until else self.since
        if self.until < self.since:
            raise ValueError(f"until ({self.until}) is before since ({self.since})")
        self.papers = parse_papers(papers) or PAPERS
        self.run_args = {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "papers": list(self.papers),
        }

    def owns_article_id(self, article_id: str) -> bool:
        return not article_id.isdigit()

    def retry_request(self, url: str):
        return self.epaper_article_request(url)

    def epaper_article_request(self, url: str, **meta) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.request_failed, meta=meta
        )

    def day_urls(self):
        day = self.since
        while day <= self.until:
            for paper in self.papers:
                yield f"http://{EPAPER_HOST}/{paper}/html/{day:%Y-%m}/{day:%d}/node_2.htm"
            day += timedelta(days=1)

    async def start(self):
        for request in self.retry_requests():
            yield request
        for url in self.day_urls():
            yield scrapy.Request(url, callback=self.parse_node, errback=self.request_failed)

    def parse_node(self, response):
        """A page (版面) of one day: follow its sibling pages and its articles."""
        if response.status != 200:
            self.record_page_error(response.url, f"http_{response.status}", status=response.status)
            return
        self.crawler.stats.inc_value("yunmei/pages/epaper_node")
        here = epaper_parts(response.url)
        for href in response.css("a::attr(href), area::attr(href)").getall():
            url = response.urljoin(href.strip())
            parts = epaper_parts(url)
            if not parts or here is None or parts["date"] != here["date"]:
                continue
            if parts["kind"] == "node":
                yield scrapy.Request(url, callback=self.parse_node, errback=self.request_failed)
            else:
                yield self.epaper_article_request(url)

    def parse_article(self, response):
        self.crawler.stats.inc_value("yunmei/pages/article")
        data = self.extract(response)
        if data is not None:
            yield self.to_item(data)
        else:
            yield from self.try_variant(response.request)
