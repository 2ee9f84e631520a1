"""Layer 1: what kind of page is this — from the bytes, the host, the URL and text markers.

Page kinds (``page_kind``):

===========  ===========================================================================
desktop      www article page (§2)
mobile_app   the older app template on m. (§3): body, ``展开详细``, footer ``作者:`` line
mediacloud   the 媒体云 vendor template (§3): ``媒体云APP`` banner, ``©原创 {time} {source}``
epaper       an e-paper article ``content_n.htm`` (§6)
mirror       a copy of an article on another domain (§5); ``template`` says which layout
list         a page that lists articles: channel pages, e-paper ``node_n.htm`` pages
unknown      anything else (other sites, error pages, bytes that are not a page)
===========  ===========================================================================

Text markers beat the host: the 媒体云 template is served on www too, for old ids.
"""

from __future__ import annotations

import re

from yunmei.site import site_profile
from yunmei.urls import EPAPER_HOST, SITE_HOSTS, ArticleRef, epaper_parts

BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"BM",
    b"\x00asm",
    b"Rar!",
    b"7z\xbc\xaf",
    b"OggS",
    b"ID3",
    b"\x00\x00\x00",
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_TEXTUAL_TYPES = ("text/", "html", "xml", "json", "javascript")
MEDIACLOUD_MARKERS = site_profile().mediacloud_markers
MOBILE_MARKERS = site_profile().mobile_markers
# the old CMS's article pages on the site's hosts: /zjnews/…/content_N.htm (GBK, tables)
OLD_CMS_ARTICLE = re.compile(r"/content_\d+\.html?(?:$|[?#])", re.I)
_HTML_END = re.compile(r"</(?:html|body)\s*>", re.I)
_HTML_START = re.compile(r"<(?:!doctype|html|head|body|div|p|meta|title)\b", re.I)


def content_type(headers) -> str:
    if not headers:
        return ""
    try:
        for key, value in headers.items():
            if str(key).lower() == "content-type":
                if value is None:
                    return ""
                if isinstance(value, bytes):
                    value = value.decode("latin-1")
                return str(value).lower()
    except (AttributeError, TypeError, ValueError):
        return ""
    return ""


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])  # no text has them


def sniff_bytes(body: bytes, ctype: str) -> str | None:
    """``empty_body`` or ``binary_body`` for bytes that are no page at all, else None."""
    if not body or not body.strip():
        return "empty_body"
    head = body[:1024]
    if head.startswith(_BOMS):
        return None
    if ctype and not any(t in ctype for t in _TEXTUAL_TYPES):
        return "binary_body"
    if head.startswith(BINARY_MAGIC) and not _HTML_START.search(head[:200].decode("latin-1")):
        return "binary_body"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(head) // 20):
        return "binary_body"
    return None


def is_unterminated(text: str) -> bool:
    """The document stops before ``</body>``/``</html>`` (looked for in its last 4 KB)."""
    return _HTML_END.search(text[-4096:]) is None


def template_of(host: str, marker_text: str) -> str:
    """desktop, mobile_app or mediacloud, from the text markers, then the host."""
    if any(m in marker_text for m in MEDIACLOUD_MARKERS):
        return "mediacloud"
    if any(m in marker_text for m in MOBILE_MARKERS) or host == site_profile().mobile_host:
        return "mobile_app"
    return "desktop"


def page_kind(
    url: str,
    host: str,
    ref: ArticleRef | None,
    marker_text: str,
    epaper_markup: bool,
    has_info: bool = False,
) -> tuple[str, str]:
    """(page_kind, template) of a page.

    ``has_info``: the page prints an article info line (``{time} 来源:… 作者:…``); a site page
    at a URL that is not an article URL is then still read as an article, not as a list.
    """
    if host == EPAPER_HOST or epaper_markup:
        parts = epaper_parts(url)
        if parts and parts["kind"] == "node":
            return "list", "epaper"
        if (ref is not None and ref.kind == "epaper") or epaper_markup:
            return "epaper", "epaper"
        return "unknown", "epaper"
    if ref is not None and ref.kind == "site":
        template = template_of(host, marker_text)
        return ("mirror" if ref.is_mirror else template), template
    if host in SITE_HOSTS or host.endswith("." + site_profile().domain):
        if has_info or OLD_CMS_ARTICLE.search(url):
            template = template_of(host, marker_text)
            return template, template
        return "list", "desktop"
    return "unknown", template_of(host, marker_text)
