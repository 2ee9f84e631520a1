"""Dupefilter on canonical article identity that never lets a failed variant hide a working one.

Scrapy's dupefilter drops every later request with a seen fingerprint. On article identity that
loses articles: the www form of an id answers 404 (a sidebar link, a probe) and the m. form that
works is dropped as a duplicate. Here a held-back article link is handed to the outcome ledger
as a fallback variant, tried when the form in flight fails.
"""

from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter

from yunmei.outcomes import OutcomeLedger, article_key


class VariantDupeFilter(RFPDupeFilter):
    ledger: OutcomeLedger | None = None

    @classmethod
    def from_crawler(cls, crawler):
        dupefilter = super().from_crawler(crawler)
        dupefilter.ledger = OutcomeLedger.of(crawler)
        return dupefilter

    def request_seen(self, request) -> bool:
        seen = super().request_seen(request)
        if seen and self.ledger is not None and article_key(request.url) is not None:
            self.ledger.note_variant(request.url)
        return seen
