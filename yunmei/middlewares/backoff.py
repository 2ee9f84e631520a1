"""Retries with exponential backoff: Scrapy's RetryMiddleware re-queues at once; this waits first.

The n-th retry of a request waits ``YUNMEI_RETRY_BACKOFF_BASE * 2**(n-1)`` seconds (± 25 %
jitter), at most ``YUNMEI_RETRY_BACKOFF_MAX``; a ``Retry-After`` header (429/503) is honoured up
to the same cap. Waiting happens in the downloader middleware chain, so the failed request keeps
its place in the global concurrency budget and the site gets a real pause.
"""

from __future__ import annotations

import random

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater


def backoff_delay(retry: int, base: float, cap: float, rand: random.Random | None = None) -> float:
    """Seconds to wait before retry number ``retry`` (1, 2, …)."""
    if base <= 0:
        return 0.0
    jitter = (rand or random).uniform(0.75, 1.25)
    return min(cap, base * (2 ** max(0, retry - 1)) * jitter)


def retry_after(response) -> float | None:
    value = response.headers.get(b"Retry-After") if response is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value.decode("latin-1").strip()))
    except ValueError:
        return None  # an HTTP date: fall back to the exponential delay


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("YUNMEI_RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("YUNMEI_RETRY_BACKOFF_MAX")

    async def _wait(self, result, response=None):
        if not isinstance(result, Request):
            return result
        retry = int(result.meta.get("retry_times", 1))
        delay = backoff_delay(retry, self.base, self.cap)
        hinted = retry_after(response)
        if hinted is not None:
            delay = min(self.cap, max(delay, hinted))
        self.crawler.stats.inc_value("yunmei/retry/backoff_seconds", round(delay, 3))
        if delay > 0:
            from twisted.internet import reactor  # here, not at import: never install a reactor

            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return result

    async def process_response(self, request, response):
        return await self._wait(super().process_response(request, response), response)

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if result is None and not isinstance(exception, IgnoreRequest):
            # given up (or not retryable): one error of this kind for the run summary
            kind = type(exception).__name__
            self.crawler.stats.inc_value(f"yunmei/errors/download_{kind}")
        return await self._wait(result)
