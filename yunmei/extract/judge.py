"""After the layout: derived fields, then the verdict on whether the page is an article.

Derived: the column split off a site title, authors from the byline, editors found inside the
body, ``is_original`` from a notice anywhere, the page count of a later page. Verdict: error
pages (a 404 text where an article should be), truncated site pages, pages without a title
or a body (``not_article``).
"""

from __future__ import annotations

from yunmei.extract import textlines as tl
from yunmei.extract.byline import parse_byline
from yunmei.extract.context import MIN_BODY, PageContext
from yunmei.extract.editors import merge_editors
from yunmei.extract.layouts.site import SITE_KINDS


def derive(ctx: PageContext) -> None:
    f, result = ctx.fields, ctx.result
    title = f.get("title")
    if title and ctx.kind in SITE_KINDS:
        column, bare = tl.split_column(title)
        if column:
            f.values["title"] = bare
            f.offer("column", column, f.layers["title"])
    if f.has("byline_raw"):
        f.offer("authors", parse_byline(f.get("byline_raw")), f.layers["byline_raw"])
    if ctx.body_parts and ctx.body_parts.editors:
        layer = f.layers.get("body", "text")
        merged = merge_editors(f.get("editors", []), ctx.body_parts.editors)
        if f.has("editors"):
            f.values["editors"] = merged
        else:
            f.offer("editors", merged, layer)
    if not f.has("is_original") and ctx.kind in SITE_KINDS:
        for block in ctx.page.lines:
            text = block.text
            if len(text) < 40 and "原创" in text and tl.ORIGINAL_MARK.search(text):
                f.offer("is_original", True, "text")
                break
    if ctx.ref is not None and ctx.ref.kind == "site" and ctx.ref.page > 1:
        count = f.get("page_count") or 0
        if count < ctx.ref.page:
            f.values.pop("page_count", None)
            f.layers.pop("page_count", None)
            f.offer("page_count", ctx.ref.page, "url")
    if not f.has("page_count"):
        result["page_count"] = 1
        f.layers["page_count"] = "default"


def judge(ctx: PageContext) -> None:
    f = ctx.fields
    body = f.get("body") or ""
    if looks_like_error(ctx, body):
        ctx.flag("error_page")
        ctx.result["page_kind"] = "unknown"
        return
    if (ctx.kind in SITE_KINDS or ctx.template == "epaper") and tl_unterminated(ctx):
        if ctx.tail_reached:
            ctx.flag("html_unterminated")
        else:
            ctx.flag("truncated")
            return
    if not f.get("title") or len(body) < MIN_BODY:
        ctx.flag("not_article")


def tl_unterminated(ctx: PageContext) -> bool:
    from yunmei.extract.kind import is_unterminated

    return is_unterminated(ctx.html)


def looks_like_error(ctx: PageContext, body: str) -> bool:
    if ctx.fields.get("published_at") and len(body) >= 200:
        return False
    if len(body) >= 500:
        return False
    page = ctx.page
    probes = [page.title_tag or ""]
    probes += [b.text for b in page.lines if b.heading and b.text][:3]
    if not ctx.fields.get("published_at"):
        probes += [b.text for b in page.lines[:8] if b.text]
    return any(tl.ERROR_RE.search(p) for p in probes if p and len(p) < 120)
