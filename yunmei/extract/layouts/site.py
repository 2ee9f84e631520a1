"""The site's own article pages (www, m., 媒体云): selectors, then metadata, then visible text.

The shared reading of desktop, mobile app and 媒体云 pages (site-spec §2–§4). Each of those
is its own file declaring when it applies; what they print is the same grammar, so the field
methods live here once.
"""

from __future__ import annotations

from typing import ClassVar

from yunmei.extract import textlines as tl
from yunmei.extract.body import clean_body
from yunmei.extract.context import MIN_BODY
from yunmei.extract.editors import merge_editors, parse_editor_text
from yunmei.extract.layouts.base import Layout
from yunmei.extract.meta import parse_meta

SITE_KINDS = frozenset({"desktop", "mobile_app", "mediacloud", "mirror"})


class SiteLayout(Layout):
    kind: ClassVar[str] = ""
    use_meta: ClassVar[bool] = True  # a mirror's metadata is the mirror's own (often spam)

    @classmethod
    def applies(cls, ctx) -> bool:
        return ctx.kind == cls.kind

    def fields(self) -> None:
        ctx = self.ctx
        self.selector_fields()
        found = parse_meta(ctx.page.meta, ctx.page.json_ld) if self.use_meta else {}
        if found.get("title") and ctx.visible(found["title"]):
            ctx.fields.offer("title", found["title"], "meta")
        self.text_fields()
        if found.get("published_at") and not ctx.fields.has("published_at"):
            ctx.fields.offer("published_raw", found["published_raw"], "meta")
            ctx.fields.offer("published_at", found["published_at"], "meta")

    # -- layer 3: selectors -------------------------------------------------------------
    def selector_fields(self) -> None:
        ctx = self.ctx
        page, f = ctx.page, ctx.fields
        f.offer("title", ctx.region_text("title"), "selector")
        f.offer("subtitle", ctx.region_text("subtitle"), "selector")
        span = page.region("info")
        if span and span[1] > span[0]:
            ctx.offer_info(tl.info_from(page.lines, span[0], span[1]), "selector")
        span = page.region("body")
        if span and span[1] > span[0]:
            parts = clean_body(page.lines[span[0] : span[1]], ctx.base_url(), ctx.kind == "mirror")
            if len(parts.text) >= MIN_BODY:
                ctx.offer_body(parts, "selector")
                ctx.tail_reached = ctx.tail_reached or ctx.scan_tail(span[1], "selector")
        pager = ctx.region_text("pager")
        if pager:
            pages = tl.parse_pager(pager.replace(" ", ""))
            if pages:
                f.offer("page_count", max(pages), "selector")
        editors: list[dict[str, str]] = []
        for i, j in page.all_regions("editor"):
            for block in page.lines[i:j]:
                if block.text:
                    editors.extend(parse_editor_text(block.text))
        if editors:
            f.offer("editors", merge_editors(editors), "selector")

    # -- layer 4: visible text ----------------------------------------------------------
    def text_fields(self) -> None:
        ctx = self.ctx
        page, f = ctx.page, ctx.fields
        lines = page.lines
        info = tl.find_info(lines)
        if info is not None:
            ctx.offer_info(info, "text")
            title_idx, sub_idx = tl.find_title(lines, info.start, page.title_tag)
            if title_idx is not None:
                f.offer("title", lines[title_idx].text, "text")
                if sub_idx:
                    f.offer("subtitle", " ".join(lines[i].text for i in sub_idx), "text")
            start = info.end
        else:
            title_idx = next((i for i, b in enumerate(lines) if b.heading == 1 and b.text), None)
            if title_idx is None:
                return
            f.offer("title", lines[title_idx].text, "text")
            start = title_idx + 1
        end = tl.body_end(lines, start)
        if not f.has("body"):
            parts = clean_body(lines[start:end], ctx.base_url(), ctx.kind == "mirror")
            if len(parts.text) >= MIN_BODY:
                ctx.offer_body(parts, "text")
        ctx.tail_reached = ctx.scan_tail(end, "text") or ctx.tail_reached
