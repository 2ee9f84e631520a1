"""The peer for benchmarks/crawl.py: a bare Scrapy spider on the same synthetic site (issue 16).

    scrapy runspider benchmarks/bare_spider.py -a start_urls=http://www.gdzjdaily.com.cn/,... -a hosts=a,b

What a plain Scrapy project would do to get the same pages: from home and list pages follow every
link on the site's hosts, from an article page only its own further pages (``/p/ID_2.html``),
and yield the title and text of each article page — Scrapy's duplicate filter, no pipeline,
Scrapy's default settings. It runs outside the project (no scrapy.cfg), so none of yunmei's
settings, middlewares or pipelines apply.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import scrapy

ARTICLE_PATH = re.compile(r"/p/(\d+)(?:_\d+)?\.html$")


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_urls: str = "", hosts: str = "", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [u for u in start_urls.split(",") if u]
        self.hosts = {h for h in hosts.split(",") if h} or {
            urlsplit(u).hostname for u in self.start_urls
        }

    def parse(self, response):
        if not isinstance(response, scrapy.http.TextResponse):
            return
        article = ARTICLE_PATH.search(urlsplit(response.url).path)
        if article:
            yield {
                "url": response.url,
                "title": response.css("title::text").get(),
                "text": " ".join(response.css("p::text").getall()),
            }
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            parts = urlsplit(url)
            if parts.hostname not in self.hosts:
                continue
            if article:
                link = ARTICLE_PATH.search(parts.path)
                if not (link and link.group(1) == article.group(1)):
                    continue  # an article page's side links are not followed, its pages are
            yield scrapy.Request(url, callback=self.parse)
