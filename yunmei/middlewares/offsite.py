"""Stay on the site: an offsite policy for every request, redirect and meta refresh.

Allowed: the site's hosts (www, m, any ``*.gdzjdaily.com.cn``, the e-paper) and, when the crawl
was started on a mirror (a start URL on one of ``YUNMEI_MIRROR_HOSTS``) or ``YUNMEI_FOLLOW_MIRRORS``
is on, the known mirror hosts. Everything else is refused before robots.txt or the page is asked
for, and the refusal is the article's recorded outcome (stage ``offsite``).

``SiteRedirectMiddleware`` / ``SiteMetaRefreshMiddleware`` replace Scrapy's: a redirect off the
site is refused; a redirect to another form of the same article (www → m, ``?from=``) is followed
even though its identity was already seen (Scrapy would drop it as a duplicate).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware

from yunmei.outcomes import OutcomeLedger, Refused, article_key
from yunmei.store.outcomes import Failure
from yunmei.urls import is_site_host

_ATTR = "_yunmei_offsite_policy"


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _matches(host: str, known: frozenset[str]) -> bool:
    return any(host == k or host.endswith("." + k) for k in known)


class OffsitePolicy:
    def __init__(self, mirror_hosts, follow_mirrors: bool = False):
        self.mirror_hosts = frozenset(h.lower().strip() for h in mirror_hosts if h.strip())
        self.allowed_mirrors: set[str] = set(self.mirror_hosts) if follow_mirrors else set()

    @classmethod
    def of(cls, crawler) -> OffsitePolicy:
        policy = getattr(crawler, _ATTR, None)
        if policy is None:
            settings = crawler.settings
            policy = cls(
                settings.getlist("YUNMEI_MIRROR_HOSTS"),
                settings.getbool("YUNMEI_FOLLOW_MIRRORS", False),
            )
            setattr(crawler, _ATTR, policy)
        return policy

    def allow_start_urls(self, urls) -> None:
        """A start URL on a known mirror host means this crawl reads that mirror."""
        for url in urls:
            host = host_of(url)
            if _matches(host, self.mirror_hosts):
                self.allowed_mirrors.add(host)

    def allows(self, url: str) -> bool:
        host = host_of(url)
        if not host:
            return False
        return is_site_host(host) or _matches(host, frozenset(self.allowed_mirrors))


class OffsiteMiddleware:
    """Downloader middleware (before robots.txt): refuse requests off the site."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.policy = OffsitePolicy.of(crawler)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        starts = getattr(spider, "start_url_list", None)
        if callable(starts):
            self.policy.allow_start_urls(starts())

    def process_request(self, request, spider=None):
        if request.url.startswith("data:") or self.policy.allows(request.url):
            return None
        self.crawler.stats.inc_value("yunmei/offsite/refused")
        raise Refused("offsite", "offsite", f"host {host_of(request.url)!r} is not the site's")


class _SitePolicyRedirect:
    crawler = None

    def _redirect(self, redirected, request, reason):
        policy = OffsitePolicy.of(self.crawler)
        if not policy.allows(redirected.url):
            self.crawler.stats.inc_value("yunmei/offsite/redirect_refused")
            raise Refused("offsite", "offsite", f"{reason} redirect to {redirected.url}"[:500])
        result = super()._redirect(redirected, request, reason)
        before, after = article_key(request.url), article_key(result.url)
        if before is not None and before == after:
            # another form of the same article: its identity is "seen", but it must be fetched
            result.dont_filter = True
            self.crawler.stats.inc_value("yunmei/redirect/same_article")
        elif before is not None:
            ledger = OutcomeLedger.of(self.crawler)
            ledger.fail(
                Failure(
                    request.url,
                    before,
                    "redirect",
                    "redirected_elsewhere",
                    None,
                    1,
                    f"{reason} to {result.url}"[:500],
                )
            )
        return result


class SiteRedirectMiddleware(_SitePolicyRedirect, RedirectMiddleware):
    pass


class SiteMetaRefreshMiddleware(_SitePolicyRedirect, MetaRefreshMiddleware):
    pass
