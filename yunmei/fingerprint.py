"""Request fingerprints on canonical article identity, so one article is fetched once per run."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from scrapy.utils.request import RequestFingerprinter

from yunmei.urls import parse_article_url, strip_junk


def identity_key(url: str) -> str | None:
    """canonical URL + page (+ mirror marker: a mirror must not shadow its original)."""
    ref = parse_article_url(url)
    if ref is None:
        return None
    key = ref.canonical_url
    if ref.page > 1:
        key += f"#page={ref.page}"
    if ref.is_mirror:
        key += "#mirror"
    return key


class CanonicalFingerprinter(RequestFingerprinter):
    """Articles by identity (www/m, http/https, slugs, junk, mirrors); other pages minus junk."""

    def __init__(self, crawler=None):
        super().__init__(crawler)
        # the parent caches per request object, but it only ever sees our rewritten copies
        self._by_request: WeakKeyDictionary = WeakKeyDictionary()

    def fingerprint(self, request):
        cached = self._by_request.get(request)
        if cached is None:
            cached = self._by_request[request] = self._identity_fingerprint(request)
        return cached

    def _identity_fingerprint(self, request):
        if request.method == "GET":
            key = identity_key(request.url)
            if key is not None:
                request = request.replace(url=key.replace("#", "?yunmei_identity="))
            else:
                try:
                    cleaned = strip_junk(request.url)
                except ValueError:
                    cleaned = request.url
                if cleaned != request.url:
                    request = request.replace(url=cleaned)
        return super().fingerprint(request)
