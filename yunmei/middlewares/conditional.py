"""Conditional re-checks: If-None-Match / If-Modified-Since from the stored ETag / Last-Modified.

The incremental middleware puts the stored validators in ``request.meta["yunmei_validators"]``
(only for a complete one-page original copy). A ``304 Not Modified`` answer ends there: the
article is counted ``unchanged``, its ``last_seen_at`` is touched, and the spider never sees
the response.
A server that ignores the headers simply answers 200 and the store decides as usual.
"""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from yunmei.middlewares.incremental import VALIDATORS
from yunmei.middlewares.state import RunState


class ConditionalRequestMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.run = RunState.of(crawler)
        self.enabled = crawler.settings.getbool("YUNMEI_CONDITIONAL_REQUESTS")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        validators = request.meta.get(VALIDATORS)
        if not (self.enabled and validators):
            return None
        if validators.get("etag") and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = validators["etag"]
        if validators.get("last_modified") and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = validators["last_modified"]
        self.stats.inc_value("yunmei/conditional/sent")
        return None

    def process_response(self, request, response):
        validators = request.meta.get(VALIDATORS)
        if not (self.enabled and validators):
            return response
        if response.status != 304:
            self.stats.inc_value(f"yunmei/conditional/status_{response.status}")
            return response
        self.stats.inc_value("yunmei/conditional/not_modified")
        self.stats.inc_value("yunmei/articles/unchanged")
        self.run.touch(validators["article_id"])
        raise IgnoreRequest(f"not modified: {request.url}")
