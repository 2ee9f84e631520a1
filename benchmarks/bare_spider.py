"""The peer for benchmarks/crawl.py: a bare Scrapy spider on the same synthetic site (issue 16).

    scrapy runspider benchmarks/bare_spider.py -a start_urls=http://www.gdzjdaily.com.cn/,... -a hosts=a,b

What any plain Scrapy project would do with these pages: follow every link on the site's hosts
(Scrapy's own duplicate filter) and yield the title and text of each page, with no pipeline and
Scrapy's default settings. It runs outside the project (no scrapy.cfg), so none of yunmei's
settings, middlewares or pipelines apply.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy


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
        yield {
            "url": response.url,
            "title": response.css("title::text").get(),
            "text": " ".join(response.css("p::text").getall()),
        }
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).hostname in self.hosts:
                yield scrapy.Request(url, callback=self.parse)
