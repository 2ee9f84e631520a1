"""Dupefilter on canonical article identity that never lets a failed variant hide a working one.

Scrapy's dupefilter drops every later request with a seen fingerprint. On article identity that
loses articles: the www form of an id answers 404 (a sidebar link, a probe) and the m. form that
works is dropped as a duplicate. The outcome ledger keeps dropped article links as fallback
forms (``request_dropped``) and, when every form failed, asks this filter to forget the identity
so a link seen later is fetched.
"""

from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter

from yunmei.outcomes import OutcomeLedger


class VariantDupeFilter(RFPDupeFilter):
    ledger: OutcomeLedger | None = None

    @classmethod
    def from_crawler(cls, crawler):
        dupefilter = super().from_crawler(crawler)
        dupefilter.ledger = OutcomeLedger.of(crawler)
        dupefilter.ledger.dupefilter = dupefilter
        return dupefilter

    def forget(self, url: str) -> None:
        """Let a later link to this (failed) article through."""
        from scrapy import Request

        self._fingerprints.discard(self._fingerprint(Request(url)))
