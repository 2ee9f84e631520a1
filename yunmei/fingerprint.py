"""Request fingerprints on canonical article identity, so one article is fetched once per run."""

from __future__ import annotations

from scrapy.utils.request import RequestFingerprinter

from yunmei.urls import parse_article_url


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
    def fingerprint(self, request):
        key = identity_key(request.url)
        if key is not None and request.method == "GET":
            request = request.replace(url=key.replace("#", "?yunmei_identity="))
        return super().fingerprint(request)
