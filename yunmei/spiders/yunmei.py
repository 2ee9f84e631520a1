"""Spider ``yunmei``: the live site (www + m). Article links are recognised by URL pattern anywhere.

Arguments: ``-a start_urls=a,b`` · ``-a ids=2836000-2836999`` (backfill an id range instead of
walking lists; 404s are normal) · ``-a probe=N`` (ask N ids above the highest stored one) ·
``-a refresh=1`` (fetch stored articles again). What to skip is decided by
``yunmei.middlewares.incremental``, not here.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import scrapy

from yunmei.middlewares.incremental import BACKFILL
from yunmei.middlewares.offsite import OffsitePolicy
from yunmei.middlewares.state import truthy
from yunmei.spiders.base import ArticleSpiderMixin, parse_flag, parse_retry
from yunmei.urls import SITE_HOSTS, article_url, parse_article_url

# same-site pages worth walking for links: the home page, channel pages and their pagination
_LIST_PATH = re.compile(r"^/(?:[\w-]+/)*(?:(?:index|list)(?:_\d+)?\.s?html?)?$", re.I)


MAX_BACKFILL_IDS = 1_000_000


def parse_ids(value: str) -> list[int]:
    """``2836000-2836999`` / ``2836001,2836005`` / a mix → the ids, in order, without repeats."""
    ids: list[int] = []
    for part in re.split(r"[,\s]+", value.strip()):
        if not part:
            continue
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not match:
            raise ValueError(f"ids must look like 2836000-2836999 or 2836001,2836005; got {part!r}")
        low, high = int(match[1]), int(match[2] or match[1])
        if high < low:
            raise ValueError(f"empty id range {part!r}")
        ids.extend(range(low, high + 1))
        if len(ids) > MAX_BACKFILL_IDS:
            raise ValueError(f"more than {MAX_BACKFILL_IDS} ids; split the backfill")
    return list(dict.fromkeys(ids))


def is_list_url(url: str) -> bool:
    parts = urlsplit(url)
    return (parts.hostname or "").lower() in SITE_HOSTS and bool(
        _LIST_PATH.match(parts.path or "/")
    )


def parse_probe(value: str) -> int:
    if not re.fullmatch(r"\d{1,6}", str(value).strip()):
        raise ValueError(f"probe must be a whole number of ids (0 = off); got {value!r}")
    return int(value)


def parse_start_urls(value: str) -> list[str]:
    urls = [u.strip() for u in re.split(r"[,\s]+", value) if u.strip()]
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise ValueError(f"start_urls must be http(s) URLs separated by commas; got {url!r}")
    return urls


class YunmeiSpider(ArticleSpiderMixin, scrapy.Spider):
    name = "yunmei"
    # -a name -> (parser, help): anything else is refused before a request is made
    ARGUMENTS = {
        "start_urls": (parse_start_urls, "comma-separated http(s) URLs to start from"),
        "ids": (parse_ids, "an id range to backfill, 2836000-2836999 or 2836001,2836005"),
        "probe": (parse_probe, "ask N ids above the highest stored one"),
        "refresh": (parse_flag, "1/0: fetch stored articles again"),
        "retry": (
            parse_retry,
            "1 (default): also re-ask articles that failed before; only: nothing else; 0: off",
        ),
    }

    def __init__(
        self,
        start_urls: str | None = None,
        ids: str | None = None,
        probe: str | None = None,
        refresh: str | bool = False,
        retry: str = "1",
        **kwargs,
    ):
        self.check_arguments(
            {
                "start_urls": start_urls,
                "ids": ids,
                "probe": probe,
                "refresh": refresh,
                "retry": retry,
                **kwargs,
            }
        )
        super().__init__(**kwargs)
        self._start_urls_arg = start_urls
        self.ids = ids
        self.backfill_ids = parse_ids(ids) if ids else []
        self.probe = parse_probe(probe) if probe not in (None, "") else None
        self.refresh = truthy(refresh)
        self.retry = parse_retry(retry)
        # what crawl_runs.args records: the arguments as given, start URLs as a list
        self.run_args = {
            k: v
            for k, v in {
                "start_urls": parse_start_urls(start_urls) if start_urls else None,
                "ids": ids,
                "probe": self.probe,
                "refresh": self.refresh or None,
                "retry": None if self.retry == "1" else self.retry,
            }.items()
            if v is not None
        }

    def start_url_list(self) -> list[str]:
        if self._start_urls_arg:
            return [u.strip() for u in re.split(r"[,\s]+", self._start_urls_arg) if u.strip()]
        return list(self.settings.getlist("YUNMEI_START_URLS"))

    async def start(self):
        # articles that failed in earlier runs come first: the outcome ledger of those runs
        for request in self.retry_requests():
            yield request
        if self.retry == "only":
            return
        if self.backfill_ids:
            template = self.settings.get("YUNMEI_ARTICLE_URL_TEMPLATE")
            for article_id in self.backfill_ids:
                yield self.article_request(article_url(article_id, template), **{BACKFILL: "range"})
            return
        for url in self.start_url_list():
            if parse_article_url(url):
                yield self.article_request(url)
            else:
                yield scrapy.Request(
                    url, callback=self.parse, errback=self.request_failed, meta={"list_depth": 0}
                )

    def article_request(self, url: str, **meta) -> scrapy.Request:
        ref = parse_article_url(url)
        # always start an article at its page 1, on the host the link points to
        page_one = re.sub(r"_\d+(\.html?)", r"\1", url.split("#")[0]) if ref.page > 1 else url
        return scrapy.Request(
            page_one,
            callback=self.parse_article,
            errback=self.request_failed,
            meta=meta,
            # originals first: a mirror copy is only kept when its original never arrives
            priority=self.settings.getint("YUNMEI_MIRROR_PRIORITY") if ref.is_mirror else 0,
        )

    def parse(self, response):
        """A list page (home, channel, pagination): follow every article and list link."""
        self.crawler.stats.inc_value("yunmei/pages/list")
        if response.status != 200:
            self.record_page_error(response.url, f"http_{response.status}", status=response.status)
            return
        if not hasattr(response, "css"):
            self.record_page_error(response.url, "not_html")
            return
        policy = OffsitePolicy.of(self.crawler)
        depth = response.meta.get("list_depth", 0)
        max_depth = self.settings.getint("YUNMEI_LIST_MAX_DEPTH")
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            if not url.startswith(("http://", "https://")):
                continue
            ref = parse_article_url(url)
            if ref is not None and ref.kind == "site":
                if not policy.allows(url):
                    # a link off the site (a mirror copy, a partner) is not ours to fetch
                    self.crawler.stats.inc_value("yunmei/offsite/links_skipped")
                    continue
                yield self.article_request(url)
            elif ref is None and is_list_url(url) and depth < max_depth:
                yield scrapy.Request(
                    url,
                    callback=self.parse,
                    errback=self.request_failed,
                    meta={"list_depth": depth + 1},
                )

    def parse_article(self, response):
        self.crawler.stats.inc_value("yunmei/pages/article")
        data = self.extract(response)
        if data is None:
            yield from self.try_variant(response.request)
            return
        page_count = int(data.get("page_count") or 1)
        if page_count <= 1:
            yield self.to_item(data)
            return
        yield from self.next_page({1: data}, page_count, [])

    def next_page(self, pages: dict, page_count: int, failed_pages: list[int]):
        """Fetch the article's remaining pages one after another, then yield one merged item."""
        todo = [n for n in range(2, page_count + 1) if n not in pages and n not in failed_pages]
        if not todo:
            from yunmei.extract.pages import merge_pages  # first use: slow to import

            merged = merge_pages(pages, page_count)
            for number in merged["missing_pages"]:
                self.record_page_error(
                    f"{merged['url']} page {number}",
                    "missing_page",
                    f"page {number} of {page_count}",
                )
            yield self.to_item(merged)
            return
        number = todo[0]
        ref = parse_article_url(pages[1]["fetched_url"])
        host = urlsplit(pages[1]["fetched_url"])
        url = f"{host.scheme}://{host.netloc}/p/{ref.article_id}_{number}.html"
        meta = {
            "pages": pages,
            "page_count": page_count,
            "page_number": number,
            "failed_pages": failed_pages,
        }
        yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, meta=meta)

    def parse_page(self, response):
        meta = response.meta
        pages, failed = dict(meta["pages"]), list(meta["failed_pages"])
        data = self.extract(response)
        if data is None:
            failed.append(meta["page_number"])
        else:
            pages[meta["page_number"]] = data
        yield from self.next_page(pages, meta["page_count"], failed)

    def page_failed(self, failure):
        meta = failure.request.meta
        self.record_page_error(failure.request.url, "download_error", repr(failure.value))
        failed = [*meta["failed_pages"], meta["page_number"]]
        yield from self.next_page(meta["pages"], meta["page_count"], failed)
