"""E-paper (szb) article pages, Founder layout (site-spec §6).

Applies only on proof: the e-paper host, or the Founder markup itself — ``div.cont`` *with*
``<content>`` or ``b.fisrt`` inside the page. A lone ``div.cont`` is common markup on any
site (government pages use it for menus) and proves nothing.
"""

from __future__ import annotations

from yunmei.extract import epaper as ep
from yunmei.extract import textlines as tl
from yunmei.extract.body import clean_body
from yunmei.extract.context import MIN_BODY, PageContext
from yunmei.extract.layouts.base import Layout
from yunmei.extract.render import Block


def has_epaper_markup(ctx: PageContext) -> bool:
    page = ctx.page
    return "ep_cont" in page.regions and (
        "ep_content" in page.regions or "ep_page" in page.elements
    )


class EPaperLayout(Layout):
    name = "epaper"
    SELECTORS = {
        ("div", "cont"): "ep_cont",
        ("p", "yinti"): "kicker",
        ("p", "futi"): "subtitle",
        ("b", "fisrt"): "ep_page",
    }
    ID_SELECTORS = {("div", "ozoom"): "body"}
    TAG_SELECTORS = {"content": "ep_content"}

    @classmethod
    def applies(cls, ctx: PageContext) -> bool:
        return ctx.template == "epaper" and ctx.kind != "list"

    def fields(self) -> None:
        ctx = self.ctx
        page, f, lines = ctx.page, ctx.fields, ctx.page.lines
        date = ep.issue_date(ctx.url)
        f.offer("published_raw", date, "url")
        f.offer("published_at", date, "url")
        el = page.elements.get("ep_page")
        if el is not None:
            number, name = ep.page_from_element(el)
            f.offer("epaper_page", number, "selector")
            f.offer("epaper_page_name", name, "selector")
        f.offer("kicker", ctx.region_text("kicker"), "selector")
        f.offer("subtitle", ctx.region_text("subtitle"), "selector")
        cont = page.region("ep_cont")
        lo, hi = cont if cont else (0, len(lines))
        title_idx = first_heading(lines, lo, hi)
        if title_idx is not None and cont:
            f.offer("title", lines[title_idx].text, "selector")
        span = page.region("ep_content") or page.region("body")
        if span and span[1] > span[0]:
            parts = clean_body(lines[span[0] : span[1]], ctx.base_url())
            body_span = page.region("body")
            if body_span and body_span != span:  # images of #ozoom outside <content>
                extra = clean_body(lines[body_span[0] : body_span[1]], ctx.base_url())
                known = {i["url"] for i in parts.images}
                parts.images.extend(i for i in extra.images if i["url"] not in known)
            if len(parts.text) >= MIN_BODY:
                ctx.offer_body(parts, "selector")
                ctx.tail_reached = True
        # visible text: page label line, title heading, kicker above it, body below it
        if not f.has("epaper_page"):
            for block in lines:
                if block.text and "版" in block.text:
                    number, name = ep.page_label(block.text)
                    if number:
                        f.offer("epaper_page", number, "text")
                        f.offer("epaper_page_name", name, "text")
                        break
        if title_idx is None:
            title_idx = first_heading(lines, 0, len(lines))
        if title_idx is None:
            return
        f.offer("title", lines[title_idx].text, "text")
        prev = title_idx - 1
        if (
            prev >= 0
            and lines[prev].text
            and tl.headline_like(lines[prev].text)
            and not ep.page_label(lines[prev].text)[0]
        ):
            f.offer("kicker", lines[prev].text, "text")
        start = title_idx + 1
        if start < len(lines) and lines[start].heading and tl.headline_like(lines[start].text):
            f.offer("subtitle", lines[start].text, "text")
            start += 1
        end = tl.body_end(lines, start)
        if not f.has("body"):
            parts = clean_body(lines[start:end], ctx.base_url())
            if len(parts.text) >= MIN_BODY:
                ctx.offer_body(parts, "text")
                ctx.tail_reached = end < len(lines)
        opener = tl.EPAPER_OPENER.match(f.get("body") or "")
        if opener:
            f.offer("byline_raw", opener.group("v"), "text")


PAGE_LABEL_MAX = 24  # characters; a page label line is short


def is_page_label(text: str) -> bool:
    """``第A12版：校园`` / ``A02版:新闻+本地`` as a line of its own."""
    if not text or len(text) > PAGE_LABEL_MAX:
        return False
    match = tl.EPAPER_PAGE_RE.search(text)
    return match is not None and match.start() <= 1


def first_heading(lines: list[Block], lo: int, hi: int) -> int | None:
    """The most important heading line; else the first bold headline-like line."""
    best = None
    for i in range(lo, min(hi, len(lines))):
        block = lines[i]
        if is_page_label(block.text):  # 第A12版：校园 names the page, not the article
            continue
        if block.heading and block.text and (best is None or block.heading < lines[best].heading):
            best = i
            if block.heading == 1:
                break
    if best is None:
        for i in range(lo, min(hi, len(lines))):
            block = lines[i]
            if block.bold and not block.link and block.text and tl.headline_like(block.text):
                return i
    return best
