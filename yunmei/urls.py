"""Canonical identity of site URLs: one function answers "which article is this?" for any URL.

www/m, http/https, channel slugs, ``?v=…?v=…`` share junk, tracking parameters, fragments, ``_n``
page suffixes and mirror domains all map to ``https://www.gdzjdaily.com.cn/p/{id}.html``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

from yunmei.site import site_profile

SITE = site_profile()
CANONICAL_HOST = SITE.canonical_host
SITE_HOSTS = SITE.site_hosts
EPAPER_HOST = SITE.epaper_host
SITE_DOMAIN = SITE.domain
TRACKING_PARAMS = frozenset(
    {"v", "from", "share", "spm", "isappinstalled", "timestamp", "wxfrom", "scene", "clicktime",
     "fbclid", "gclid", "share_token", "sharer_shareid", "sharer_sharetime", "_t", "t"}
)  # fmt: skip
TRACKING_PREFIXES = ("utm_",)
ARTICLE_URL_TEMPLATE = f"https://{CANONICAL_HOST}/p/{{id}}.html"

# /p/{id}.html or /p/{id}_{n}.html, optionally under a channel slug or a mirror's junk prefix
_ARTICLE_PATH = re.compile(r"/p/(?P<id>\d{5,9})(?:_(?P<page>\d{1,3}))?\.html?$", re.I)
_EPAPER_PATH = re.compile(
    rf"^/(?P<paper>{'|'.join(SITE.papers)})/html/"
    r"(?P<ym>\d{4}-\d{2})/(?P<d>\d{2})/"
    r"(?P<kind>node|content)_(?P<n>\d+)\.htm$",
    re.I,
)


@dataclass(frozen=True)
class ArticleRef:
    """What an article URL identifies."""

    article_id: str
    page: int
    canonical_url: str
    host: str
    is_mirror: bool
    kind: str  # "site" or "epaper"

    def page_url(self, page: int) -> str:
        """URL of page ``page`` of this article, on the canonical host."""
        if self.kind != "site":
            raise ValueError("only site articles have _n pages")
        suffix = "" if page <= 1 else f"_{page}"
        return f"https://{CANONICAL_HOST}/p/{self.article_id}{suffix}.html"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def is_site_host(host: str) -> bool:
    host = host.lower()
    return host in SITE_HOSTS or host == EPAPER_HOST or host.endswith("." + SITE_DOMAIN)


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def strip_junk(url: str) -> str:
    """Drop fragments, the site's ``?v=…?v=…`` share junk and tracking parameters."""
    url = url.strip()
    scheme, netloc, path, query, _fragment = urlsplit(url)
    # the app's share links append a second "?" instead of "&"
    query = query.replace("?", "&")
    names = {part.split("=", 1)[0] for part in query.split("&") if part}
    junk = [name for name in names if _is_tracking(name)]
    cleaned = url_query_cleaner(urlunsplit((scheme, netloc, path, query, "")), junk, remove=True)
    return cleaned


# one link is asked about by the spider, the middlewares and the fingerprinter
@functools.lru_cache(maxsize=8192)
def parse_article_url(url: str) -> ArticleRef | None:
    """Identify an article URL (site, mobile, mirror or e-paper); None for anything else."""
    try:
        parts = urlsplit(strip_junk(url))
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host:
        return None
    if host == EPAPER_HOST:
        match = _EPAPER_PATH.match(parts.path)
        if not match or match["kind"].lower() != "content":
            return None
        paper, ym, day, n = match["paper"].lower(), match["ym"], match["d"], match["n"]
        return ArticleRef(
            article_id=f"{paper}-{ym}-{day}-{n}",
            page=1,
            canonical_url=f"http://{EPAPER_HOST}/{paper}/html/{ym}/{day}/content_{n}.htm",
            host=host,
            is_mirror=False,
            kind="epaper",
        )
    match = _ARTICLE_PATH.search(parts.path)
    if not match:
        return None
    article_id = match["id"]
    return ArticleRef(
        article_id=article_id,
        page=int(match["page"] or 1),
        canonical_url=f"https://{CANONICAL_HOST}/p/{article_id}.html",
        host=host,
        is_mirror=not is_site_host(host),
        kind="site",
    )


def canonical_url(url: str) -> str:
    """The canonical URL of an article, or a cleaned, canonicalized URL for any other page."""
    ref = parse_article_url(url)
    if ref is not None:
        return ref.canonical_url
    cleaned = strip_junk(url)
    parts = urlsplit(cleaned)
    host = (parts.hostname or "").lower()
    if host in SITE_HOSTS:
        # www and m serve the same lists; http and https the same pages
        cleaned = urlunsplit(("https", CANONICAL_HOST, parts.path or "/", parts.query, ""))
    return canonicalize_url(cleaned, keep_fragments=False)


def article_url(article_id: str | int, template: str = ARTICLE_URL_TEMPLATE) -> str:
    """The URL to request for a site article id (backfill, probes, re-checks)."""
    return template.format(id=article_id)


# channel pagination: /shizheng/index_2.html, list_3.shtml, or ?page=2 / ?p=2
_PAGINATION_PATH = re.compile(r"(?:^|/)(?:index|list)_(?P<n>\d+)\.s?html?$", re.I)
_PAGINATION_QUERY = re.compile(r"(?:^|&)(?:page|p|pageno)=(?P<n>\d+)(?:&|$)", re.I)


def pagination_number(url: str) -> int | None:
    """Page number of a list-pagination URL (``index_2.html`` → 2); None for other URLs."""
    parts = urlsplit(url)
    match = _PAGINATION_PATH.search(parts.path) or _PAGINATION_QUERY.search(parts.query)
    return int(match["n"]) if match else None


def article_id(url: str) -> str | None:
    ref = parse_article_url(url)
    return ref.article_id if ref else None


def is_epaper_url(url: str) -> bool:
    return _host(url) == EPAPER_HOST


def epaper_parts(url: str) -> dict[str, str] | None:
    """paper, date (YYYY-MM-DD), kind (node/content) and number of an e-paper URL."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower() != EPAPER_HOST:
        return None
    match = _EPAPER_PATH.match(parts.path)
    if not match:
        return None
    return {
        "paper": match["paper"].lower(),
        "date": f"{match['ym']}-{match['d']}",
        "kind": match["kind"].lower(),
        "number": match["n"],
    }
