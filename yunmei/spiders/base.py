"""What both spiders share: turning a response into an article item, with counted drops."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals

from yunmei import signals as yunmei_signals
from yunmei.items import ArticleItem
from yunmei.outcomes import OutcomeLedger, article_key, failure_of
from yunmei.store import StoreError
from yunmei.store import outcomes as store_outcomes
from yunmei.store.extension import CrawlStore
from yunmei.store.outcomes import Failure

# quality flags that mean "this page is not an article": the item is dropped with that reason
NOT_ARTICLE_FLAGS = (
    "empty_body",
    "binary_body",
    "not_article",
    "list_page",
    "error_page",
    "truncated",
)


CAPPED_FIELDS = ("title", "subtitle", "column", "source", "byline_raw", "kicker", "body")


# libxml2 stops nesting at depth 256 and drops what follows: a page with hundreds of unclosed
# inline tags (``<span>x`` x 300) would be stored with a wrong body. Such pages are flattened.
_NESTING_TAGS = (b"span", b"font", b"b", b"i", b"em", b"strong", b"u", b"a", b"div", b"p")
_INLINE_TAG = re.compile(rb"</?(?:span|font|b|i|em|strong|u)(?:\s[^>]*)?>", re.I)
MAX_UNCLOSED_TAGS = 150


def unclosed_tags(body: bytes) -> int:
    lowered = body.lower()
    return sum(
        max(
            0, len(re.findall(rb"<" + tag + rb"[\s>]", lowered)) - lowered.count(b"</" + tag + b">")
        )
        for tag in _NESTING_TAGS
    )


def flatten_deep_nesting(body: bytes) -> tuple[bytes, bool]:
    """(body, flattened): inline formatting tags removed when too many are left open."""
    if body.count(b"<") < MAX_UNCLOSED_TAGS or unclosed_tags(body) <= MAX_UNCLOSED_TAGS:
        return body, False
    return _INLINE_TAG.sub(b"", body), True


def parse_flag(value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"expected 1 or 0 (true/false, yes/no); got {value!r}")


def parse_retry(value) -> str:
    text = str(value).strip().lower()
    if text == "only":
        return "only"
    return "1" if parse_flag(text) else "0"


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

    # -a name -> (parser raising ValueError, help); names starting with "_" (scrapyd's _job) pass
    ARGUMENTS: dict[str, tuple[Any, str]] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.load_extraction, signal=signals.response_received)
        return spider

    def load_extraction(self) -> None:
        """Import extraction (~1 s of tables) at the first response, before any page is parsed:
        not at start, where it would delay the first request, nor at the first article, where it
        would stall the responses of the links already requested (a short DOWNLOAD_TIMEOUT)."""
        import yunmei.extract  # noqa: F401

        self.crawler.signals.disconnect(self.load_extraction, signal=signals.response_received)

    @classmethod
    def check_arguments(cls, given: dict[str, Any]) -> None:
        """Refuse unknown or malformed ``-a`` arguments with one line (ValueError)."""
        unknown = sorted(k for k in given if k not in cls.ARGUMENTS and not k.startswith("_"))
        if unknown:
            valid = ", ".join(sorted(cls.ARGUMENTS))
            raise ValueError(
                f"unknown argument {', '.join(unknown)} for spider {cls.name}; valid: {valid}"
            )
        for name, value in given.items():
            if name in cls.ARGUMENTS and value not in (None, ""):
                try:
                    cls.ARGUMENTS[name][0](value)
                except ValueError as exc:
                    raise ValueError(f"-a {name}: {exc}") from None

    def owns_article_id(self, article_id: str) -> bool:
        return article_id.isdigit()

    def retry_request(self, url: str):
        return self.article_request(url)

    def retry_requests(self):
        """Articles that failed in earlier runs and may work now (``yunmei errors`` lists them)."""
        if getattr(self, "retry", "1") == "0":
            return
        path = self.settings.get("YUNMEI_DB")
        if not path or not Path(path).exists():
            return
        limit = self.settings.getint("YUNMEI_RETRY_MAX_ATTEMPTS", 5)
        try:
            candidates = store_outcomes.retry_candidates(CrawlStore.of(self.crawler).conn, limit)
        except StoreError as exc:
            self.logger.warning("could not read failed articles from %s: %s", path, exc)
            return
        for article_id, url in candidates:
            if url and self.owns_article_id(article_id):
                self.crawler.stats.inc_value("yunmei/outcomes/retried_from_earlier_runs")
                request = self.retry_request(url)
                request.meta["yunmei_retry"] = True
                yield request

    # meta keys a retried variant must not inherit from the request that failed
    _PER_REQUEST_META = ("redirect_", "retry_", "download_", "_")

    @property
    def ledger(self) -> OutcomeLedger:
        return OutcomeLedger.of(self.crawler)

    def record_page_error(
        self, url: str, kind: str, detail: str = "", status: int | None = None, stage="extract"
    ) -> None:
        """A page that did not become an article: an article's failure goes to the outcome ledger
        (one crawl_errors row when the run closes, unless another form of it works); any other
        page's is recorded at once."""
        self.crawler.stats.inc_value(f"yunmei/dropped/{kind}")
        key = article_key(url)
        if key is not None and key in self.ledger.entries:
            self.ledger.fail(Failure(url, key, stage, kind, status, 1, detail))
            return
        self.crawler.signals.send_catch_log(
            yunmei_signals.page_error, url=url, kind=kind, detail=detail
        )

    def request_failed(self, failure):
        """Errback of every request: the failure becomes the article's outcome (or a page error),
        after the other forms of the same article have been tried."""
        request = failure.request
        outcome, found = failure_of(failure, request)
        key = article_key(request.url)
        stats = self.crawler.stats
        if outcome in ("unchanged", "missing"):
            if key is not None:
                self.ledger.settle(key, outcome)
            if outcome == "missing":
                yield from self.try_variant(request)
            return
        if found is None:
            return
        if found.stage != "download":  # download errors are counted where retries give up
            stats.inc_value(f"yunmei/errors/{found.reason}")
        if key is None or key not in self.ledger.entries:
            self.crawler.signals.send_catch_log(
                yunmei_signals.page_error,
                url=request.url,
                kind=found.reason,
                detail=found.detail,
            )
            return
        self.ledger.fail(found)
        if found.stage not in ("offsite", "limits"):
            yield from self.try_variant(request)

    def try_variant(self, request: scrapy.Request):
        """Ask for another form of a failed article (a held-back link, the other site host)."""
        alternate = self.ledger.next_variant(request.url)
        if alternate is None:
            return
        self.crawler.stats.inc_value("yunmei/outcomes/variant_tried")
        meta = {k: v for k, v in request.meta.items() if not k.startswith(self._PER_REQUEST_META)}
        meta.pop("depth", None)
        yield request.replace(url=alternate, meta=meta, dont_filter=True)

    def extract(self, response: scrapy.http.Response) -> dict[str, Any] | None:
        """The fields of one page (``extract_page``), or None (dropped, counted and recorded) if
        it is not an article; ``to_item`` completes the whole article."""
        if response.status != 200:
            self.record_page_error(
                response.url, f"http_{response.status}", status=response.status, stage="http"
            )
            return None
        from yunmei.extract import extract_page  # first use: its tables cost ~1 s at start

        body, flattened = flatten_deep_nesting(response.body)
        data = extract_page(body, response.url, headers_dict(response))
        if flattened:
            self.crawler.stats.inc_value("yunmei/limits/deep_nesting_flattened")
            data["quality_flags"] = [*(data.get("quality_flags") or []), "deep_nesting_flattened"]
        # validators for conditional re-checks (the store keeps them with the article)
        data["http_etag"] = header_value(response, b"ETag")
        data["http_last_modified"] = header_value(response, b"Last-Modified")
        for field_name, layer in (data.get("extraction") or {}).items():
            self.crawler.stats.inc_value(f"yunmei/extract/{field_name}/{layer}")
        reason = next((f for f in NOT_ARTICLE_FLAGS if f in data.get("quality_flags", [])), None)
        if reason:
            self.record_page_error(
                response.url, reason, ",".join(data.get("quality_flags", [])), status=200
            )
            return None
        return data

    def to_item(self, data: dict[str, Any]) -> ArticleItem:
        """The item of a whole article (one page, or its pages merged): hash and events once."""
        from yunmei.extract import complete_article  # first use (see ``extract``)

        self.crawler.stats.inc_value("yunmei/items/articles")
        # capped before the hash and events are computed, so both describe what is stored
        return ArticleItem.from_dict(complete_article(self.cap_fields(data)))

    def cap_fields(self, data: dict[str, Any]) -> dict[str, Any]:
        """Cut over-long text fields (a 350k-character "title" is damage, not a headline) and
        flag the article ``field_truncated`` so analysts can find it."""
        settings = self.settings
        limits = {"title": settings.getint("YUNMEI_MAX_TITLE_CHARS", 500),
                  "body": settings.getint("YUNMEI_MAX_BODY_CHARS", 200_000)}  # fmt: skip
        field_cap = settings.getint("YUNMEI_MAX_FIELD_CHARS", 2000)
        for name in CAPPED_FIELDS:
            limit = limits.get(name, field_cap)
            value = data.get(name)
            if isinstance(value, str) and limit > 0 and len(value) > limit:
                data[name] = value[:limit]
                flags = list(data.get("quality_flags") or [])
                if "field_truncated" not in flags:
                    data["quality_flags"] = [*flags, "field_truncated"]
                self.crawler.stats.inc_value(f"yunmei/limits/truncated/{name}")
        return data
