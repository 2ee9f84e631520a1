"""Parse the HTML once and render it, in one walk, into lines of visible text.

Everything the other layers need comes out of this single pass over the tree:

- ``lines``: blocks in document order — a text line (the visible text between two block
  boundaries, whitespace collapsed) or an image;
- ``regions``: line ranges of the elements the selector layer knows (``div.content`` …);
- ``meta``: ``<meta>`` name/property → content, the ``<title>`` text, JSON-LD blocks.

Each block carries ``pos``, the document-order index of the place its text started; an
element covers the index range ``[start, end]`` of its subtree, so "the lines inside
``div.content``" is a bisection, not another tree scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from lxml import etree

from yunmei.extract.selectors import CAPTURE, match_selector, selector_tables

_BLOCK = """address article aside blockquote body caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main
    nav ol p pre section summary table tbody td tfoot th thead tr ul"""
_SKIP = """script style noscript template iframe svg math select option textarea object embed
    canvas video audio map area head input button datalist"""
BLOCK_TAGS = frozenset(_BLOCK.split())
SKIP_TAGS = frozenset(_SKIP.split())
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = frozenset({"b", "strong"})
IMG_ATTRS = ("data-src", "data-original", "data-echo", "data-lazy-src", "original", "src")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)

# plain elements: lxml.html's classes cost a Python lookup per element the walk touches
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
_STRING = etree.XPath("string()")  # lxml.html's text_content()


# region keys by (tag, class, id): pages of one site repeat the same few hundred combinations
_SELECTOR_KEYS: dict[tuple[str, str | None, str | None], list[str] | None] = {}
_SELECTOR_KEYS_MAX = 4096


def text_content(el: etree._Element) -> str:
    """The text of an element and its descendants (not its tail)."""
    return str(_STRING(el))


@dataclass(slots=True)
class Block:
    """One rendered line of visible text, or one image."""

    text: str
    pos: float
    heading: int = 0  # 1 for h1 … 6 for h6, 0 outside headings
    bold: bool = False  # every piece of the line was inside <b>/<strong>
    src: str | None = None  # images only
    alt: str | None = None
    caption_hint: bool = False  # inside <figcaption> or an element whose class says caption
    link: bool = False  # every piece of the line was link text (navigation, lists)

    @property
    def is_image(self) -> bool:
        return self.src is not None


@dataclass
class Page:
    root: etree._Element | None
    lines: list[Block] = field(default_factory=list)
    regions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    elements: dict[str, etree._Element] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    title_tag: str | None = None
    json_ld: list[str] = field(default_factory=list)
    base_href: str | None = None
    _positions: list[float] = field(default_factory=list)

    def lines_in(self, span: tuple[int, int]) -> tuple[int, int]:
        """Index range ``[i, j)`` of the lines whose text starts inside an element's span."""
        if not self._positions:
            self._positions = [b.pos for b in self.lines]
        start, end = span
        return bisect_left(self._positions, start), bisect_right(self._positions, end)

    def region(self, key: str) -> tuple[int, int] | None:
        """Line range of the first element registered under ``key``, or None."""
        spans = self.regions.get(key)
        return self.lines_in(spans[0]) if spans else None

    def all_regions(self, key: str) -> list[tuple[int, int]]:
        return [self.lines_in(span) for span in self.regions.get(key, ())]


def parse_html(text: str) -> etree._Element | None:
    """The document tree, or None for a document with no elements."""
    data = _XML_DECL.sub("", text, count=1).encode("utf-8", "replace")
    if not data.strip():
        return None
    try:
        # as lxml.html.document_fromstring: None when the parse gives no root
        return etree.fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _image_src(el: etree._Element) -> str | None:
    for attr in IMG_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    return None


def _read_head(head: etree._Element, page: Page) -> None:
    for el in head.iter("meta", "title", "script", "base", "link"):
        tag = el.tag
        if tag == "meta":
            key = el.get("property") or el.get("name") or el.get("itemprop")
            content = el.get("content")
            if key and content and key.lower() not in page.meta:
                page.meta[key.lower()] = content.strip()
        elif tag == "title":
            if page.title_tag is None:
                page.title_tag = " ".join(text_content(el).split()) or None
        elif tag == "script":
            if (el.get("type") or "").lower() == "application/ld+json" and el.text:
                page.json_ld.append(el.text)
        elif tag == "base" and el.get("href"):
            page.base_href = el.get("href")
        elif tag == "link" and (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            page.meta.setdefault("canonical", el.get("href").strip())


def render(root: etree._Element | None) -> Page:
    """Walk the tree once (iteratively: depth is bounded by the input, not by Python)."""
    page = Page(root=root)
    if root is None:
        return page
    lines = page.lines
    regions = page.regions
    tag_keys = selector_tables()[2]
    known_keys = _SELECTOR_KEYS
    pieces: list[str] = []
    line_pos = 0.0
    line_heading = 0
    line_bold = True
    line_caption = False
    line_link = True
    heading = 0
    bold = 0
    link = 0
    caption = 0
    counter = 0

    def flush() -> None:  # called only with pieces: the line flags are reset when it is empty
        nonlocal pieces, line_bold, line_caption, line_link
        text = " ".join("".join(pieces).split())
        if text:
            lines.append(
                Block(text, line_pos, line_heading, line_bold, None, None, line_caption, line_link)
            )
        pieces = []
        line_bold = True
        line_caption = False
        line_link = True

    def add(text: str, pos: float) -> None:  # text is never empty
        nonlocal line_pos, line_heading, line_bold, line_caption, line_link
        blank = text.isspace()
        if not pieces:
            if blank:
                return
            line_pos = pos
            line_heading = heading
        pieces.append(text)
        if not blank:
            line_bold = line_bold and bold > 0
            line_link = line_link and link > 0
            line_caption = line_caption or caption > 0

    block_tags, headings, bold_tags, skip_tags = BLOCK_TAGS, HEADINGS, BOLD_TAGS, SKIP_TAGS
    # an element to open, or the tuple (tag, element, start, region keys) that closes one
    stack: list = [root]
    while stack:
        item = stack.pop()
        if type(item) is not tuple:
            el = item
            tag = el.tag
            if not isinstance(tag, str):  # comments and the like left by a broken parse
                if el.tail:
                    add(el.tail, counter + 0.5)
                continue
            counter += 1
            start = counter
            if tag == "head":
                _read_head(el, page)
            # one read of the attributes (the parser keeps the first of a repeated one)
            attrs = el.items()
            if attrs:
                attrs = dict(attrs)
                style = attrs.get("style")
                hidden = (style and _HIDDEN_STYLE.search(style)) or "hidden" in attrs
                cls = attrs.get("class")
                ident = attrs.get("id")
            else:
                hidden = cls = ident = None
            if hidden or tag in skip_tags:
                counter += 1
                if el.tail:
                    add(el.tail, counter + 0.5)
                continue
            if tag == "img":
                src = _image_src(el)
                if src:
                    if pieces:
                        flush()
                    lines.append(Block("", start, heading, False, src, el.get("alt"), caption > 0))
                if el.tail:
                    add(el.tail, start + 0.5)
                counter += 1
                continue
            if tag == "br":
                if pieces:
                    flush()
                if el.tail:
                    add(el.tail, start + 0.5)
                counter += 1
                continue
            if tag == "time" and "time:datetime" not in page.meta and el.get("datetime"):
                page.meta["time:datetime"] = el.get("datetime").strip()
            if tag == "a":
                link += 1
            if pieces and tag in block_tags:
                flush()
            if tag in headings:
                heading = headings[tag]
            elif tag in bold_tags:
                bold += 1
            if cls or ident or tag in tag_keys:
                selector = (tag, cls, ident)
                keys = known_keys.get(selector, False)
                if keys is False:
                    if len(known_keys) >= _SELECTOR_KEYS_MAX:  # other sites' ids are unique
                        known_keys.clear()
                    keys = known_keys[selector] = match_selector(tag, cls, ident)
            else:
                keys = None
            if keys:
                if "__caption__" in keys:
                    caption += 1
                for key in keys:
                    if key in CAPTURE and key not in page.elements:
                        page.elements[key] = el
            else:
                keys = None
            text = el.text
            if text:
                add(text, start)
            if len(el):
                stack.append((tag, el, start, keys))
                stack.extend(reversed(el))
                continue
            item = (tag, el, start, keys)  # a leaf closes at once
        # closing
        tag, el, start, keys = item
        counter += 1
        if pieces and tag in block_tags:
            flush()
        if tag in headings:
            heading = 0
        elif tag in bold_tags:
            bold -= 1
        elif tag == "a":
            link -= 1
        if keys is not None:
            for key in keys:
                if key == "__caption__":
                    caption -= 1
                else:
                    regions.setdefault(key, []).append((start, counter))
        tail = el.tail
        if tail and (pieces or not tail.isspace()):  # leading blanks of a line are no text
            add(tail, counter + 0.5)
    if pieces:
        flush()
    return page
