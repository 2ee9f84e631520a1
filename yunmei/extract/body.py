"""The body: from the lines of a body region to paragraphs, images with captions and credits.

The same cleaning runs whichever layer found the region (selector, text or fallback), so a
page in unfamiliar markup loses the same chrome as one in the reference markup:

- original notices are dropped and set ``is_original``;
- editor lines and the inline ``(编辑/…)`` credit are dropped and become editors;
- a ``作者:`` line (mobile footers) is dropped and becomes the byline;
- pager digits are dropped and give the page count;
- the line right after an image is its caption when it looks like one (a photo credit such as
  ``记者 陈振园 摄``, ``▲…``/``图为…``, a ``figcaption``/caption class, or a short line that is
  not a bold sub-heading); captions and photo credits are never body text;
- chrome lines (``展开详细`` …) and, on mirrors, spam lines are dropped;
- a body printed twice (媒体云, mirrors) is kept once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from yunmei.extract import textlines as tl
from yunmei.extract.editors import is_editor_line, parse_editor_text, split_inline_credit
from yunmei.extract.render import Block

MAX_CAPTION = 40
_SKIP_IMAGE = ("loading", "blank.gif", "spacer", "pixel.gif", "/icon", "logo", "qrcode", "ewm")


@dataclass
class BodyParts:
    paragraphs: list[str] = field(default_factory=list)
    images: list[dict[str, str | None]] = field(default_factory=list)
    is_original: bool = False
    editors: list[dict[str, str]] = field(default_factory=list)
    byline_raw: str | None = None
    pages: list[int] | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def image_url(src: str, base: str) -> str | None:
    """Absolute http(s) URL of an image, or None for placeholders and non-http sources."""
    try:
        url = urljoin(base, src.strip())
    except ValueError:
        return None
    if not url.startswith(("http://", "https://")):
        return None
    lower = url.lower()
    if any(mark in lower for mark in _SKIP_IMAGE):
        return None
    return url


def caption_like(block: Block) -> bool:
    text = block.text
    if block.caption_hint or tl.CREDIT_LINE.match(text) or tl.CAPTION_START.match(text):
        return True
    if block.heading or block.bold or text.endswith(("：", ":")):
        return False
    return len(text) <= MAX_CAPTION and not tl.NOTICE_LINE.match(text) and not is_editor_line(text)


def drop_repeat(paragraphs: list[str]) -> list[str]:
    """Keep a body once when it is printed again after itself (wholly or in part)."""
    out: list[str] = []
    for para in paragraphs:  # the same long paragraph twice in a row
        if out and para == out[-1] and len(para) >= 20:
            continue
        out.append(para)
    n = len(out)
    for i in range(1, n):
        if out[i] != out[0]:
            continue
        k = n - i
        if k <= i and out[i:] == out[:k] and (k >= 2 or len(out[0]) >= 20):
            return out[:i]
    return out


def clean_body(blocks: Iterable[Block], base_url: str, mirror: bool = False) -> BodyParts:
    parts = BodyParts()
    paragraphs = parts.paragraphs
    awaiting: dict[str, str | None] | None = None  # the image whose caption may come next
    seen_images: set[str] = set()
    for block in blocks:
        if block.is_image:
            url = image_url(block.src or "", base_url)
            if url and url not in seen_images:
                seen_images.add(url)
                awaiting = {"url": url, "caption": None}
                parts.images.append(awaiting)
            continue
        text = block.text
        if not text:
            continue
        if awaiting is not None and awaiting["caption"] is None and caption_like(block):
            awaiting["caption"] = text
            awaiting = None
            continue
        awaiting = None
        if tl.CREDIT_LINE.match(text):
            if parts.images and parts.images[-1]["caption"] is None:
                parts.images[-1]["caption"] = text
            continue
        if tl.NOTICE_LINE.match(text):
            parts.is_original = True
            continue
        if is_editor_line(text):
            parts.editors.extend(parse_editor_text(text))
            continue
        byline = tl.BYLINE_LINE.match(text)
        if byline:
            parts.byline_raw = parts.byline_raw or byline.group("v")
            continue
        pages = tl.parse_pager(text)
        if pages is not None:
            parts.pages = pages
            continue
        if tl.CHROME_LINE.match(text):
            continue
        if mirror and tl.SPAM_RE.search(text) and len(text) < 60:
            continue
        text, credit = split_inline_credit(text)
        if credit:
            parts.editors.extend(parse_editor_text(credit))
        tail = tl.NOTICE_TAIL.search(text) if "原创" in text else None  # a slow search: rare
        if tail and tail.start() > 0:
            parts.is_original = True
            text = text[: tail.start()].rstrip()
        if text:
            paragraphs.append(text)
    parts.paragraphs = drop_repeat(paragraphs)
    return parts


def text_blocks(text: str) -> list[Block]:
    """Lines of a plain-text body (the fallback's output) as blocks."""
    return [
        Block(line.strip(), float(i)) for i, line in enumerate(text.splitlines()) if line.strip()
    ]
