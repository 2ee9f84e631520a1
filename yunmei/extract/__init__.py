"""Article extraction: ``extract_article(body, url, headers) -> dict`` (the public contract).

``extract_article`` is ``extract_page`` (one page's fields) completed by
:func:`.complete.complete_article` (content hash and events, once per article). The spider
calls ``extract_page`` and completes each article once, after merging its pages.
``extract_page`` is:

    decode → render → pick layout → fields → judge

1. ``decode``  bytes to text (:mod:`.decode`), refusing bytes that are no page (:mod:`.kind`);
2. ``render``  the HTML parsed once and walked once into lines, regions and metadata
   (:mod:`.render`);
3. ``pick``    the first page object of :mod:`.layouts` whose ``applies`` holds: listing,
   e-paper, mirror, 媒体云, mobile app, desktop — each only on evidence (host, URL, markup,
   text markers) — else the generic layout for any other site;
4. ``fields``  the layout reads the fields; each records the layer that produced it in
   ``extraction`` (``selector``, ``meta``, ``text``, ``url``, ``fallback``, ``readability``);
5. ``judge``   derived fields (column, authors, editors, page count) and whether the page is
   an article at all (error pages, truncation).

docs/extraction.md says how to add a layout.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from typing import Any

from yunmei.extract.complete import complete_article, content_hash
from yunmei.extract.context import PageContext
from yunmei.extract.decode import decode_body
from yunmei.extract.judge import derive, judge
from yunmei.extract.kind import content_type, is_unterminated, page_kind, sniff_bytes
from yunmei.extract.layouts import has_epaper_markup, pick_layout
from yunmei.extract.render import parse_html, render
from yunmei.extract.textlines import find_info
from yunmei.extract.timefmt import to_iso
from yunmei.items import empty_article
from yunmei.urls import EPAPER_HOST, is_site_host, parse_article_url

__all__ = ["complete_article", "content_hash", "extract_article", "extract_page", "to_iso"]

logger = logging.getLogger(__name__)


def _empty(url: str) -> dict[str, Any]:
    ref = parse_article_url(url) if url else None
    result = empty_article()
    result["url"] = ref.canonical_url if ref else url
    result["article_id"] = ref.article_id if ref else None
    result["fetched_url"] = url
    result["is_mirror"] = bool(ref and ref.is_mirror)
    return result


def extract_article(
    body: bytes, url: str, headers: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Extract one page into the contract's dict, with its content hash and events; never raises.

    Pages that are not articles come back with a ``quality_flags`` entry saying why
    (``empty_body``, ``binary_body``, ``list_page``, ``error_page``, ``truncated``,
    ``not_article``); an unexpected failure gives ``extract_error`` and is logged.
    """
    return complete_article(extract_page(body, url, headers))


def extract_page(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One page's fields, not yet completed (no content hash, no events); never raises."""
    try:
        return _extract(body, url, headers)
    except Exception:
        logger.exception("extract_article failed on %r", url)
        try:
            result = _empty(url if isinstance(url, str) else str(url))
        except Exception:
            result = _empty("")
        result["quality_flags"] = ["extract_error"]
        return result


def _extract(body: Any, url: Any, headers: Mapping[str, str] | None) -> dict[str, Any]:
    url = url if isinstance(url, str) else str(url or "")
    ctx = PageContext(body, url, headers, _empty(url))
    # decode
    sniffed = sniff_bytes(ctx.body, content_type(ctx.headers))
    if sniffed:
        ctx.flag(sniffed)
        return _finish(ctx)
    decoded = decode_body(ctx.body, ctx.headers)
    ctx.flags.extend(decoded.flags)
    ctx.html = decoded.text
    # render
    page = ctx.page = render(parse_html(decoded.text))
    if not any(b.text for b in page.lines):
        # cut off before any text (in <head>) is a truncated page, not an empty one
        cut = page.root is not None and is_unterminated(decoded.text)
        ctx.flag("truncated" if cut else "empty_body")
        if page.lines:
            ctx.flag("not_article")
        return _finish(ctx)
    # a copy whose own URL hides the article id names it in og:url / canonical
    if ctx.ref is None and not is_site_host(ctx.host):
        adopt_original_id(ctx)
    # pick the layout
    epaper_markup = ctx.host == EPAPER_HOST or has_epaper_markup(ctx)
    site_page = page_kind(url, ctx.host, ctx.ref, "", epaper_markup)[0] != "unknown"
    # the raw lines' info line decides only for another site's page or one without an id
    strong_info = (ctx.ref is None or not site_page) and find_info(
        page.lines, strong=True
    ) is not None
    # the site's lines are normalized first; other sites' pages are read as printed and the
    # fields read are normalized one by one instead (normalize_fields)
    ctx.raw_lines = not (site_page or strong_info)
    joined = "" if ctx.raw_lines else ctx.normalize_lines()
    has_info = ctx.ref is None and strong_info
    ctx.kind, ctx.template = page_kind(url, ctx.host, ctx.ref, joined, epaper_markup, has_info)
    ctx.result["page_kind"] = ctx.kind
    layout = pick_layout(ctx)
    # fields
    layout.fields()
    if ctx.kind == "list":
        return _finish(ctx)
    layout.fallback()
    if ctx.raw_lines:
        ctx.normalize_fields()
    # judge
    derive(ctx)
    judge(ctx)
    return _finish(ctx)


def adopt_original_id(ctx: PageContext) -> None:
    """Read a page as a mirror of the site's article its ``og:url``/canonical points to."""
    for key in ("og:url", "canonical"):
        ref = parse_article_url(ctx.page.meta.get(key) or "")
        if ref is not None and ref.kind == "site" and not ref.is_mirror:
            ctx.ref = dataclasses.replace(ref, host=ctx.host, is_mirror=True)
            ctx.result.update(url=ref.canonical_url, article_id=ref.article_id, is_mirror=True)
            ctx.flag("id_from_metadata")
            return


def _finish(ctx: PageContext) -> dict[str, Any]:
    return ctx.finish()
