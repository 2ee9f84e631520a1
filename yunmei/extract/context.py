"""The page under extraction: its bytes, rendered lines, the fields found so far and the flags.

Layouts (:mod:`yunmei.extract.layouts`) read the page through this object and offer field
values to it; the first layer that offers a field wins and is recorded per field
(``extraction``). The helpers here are the ones several layouts share: reading the info line,
taking a body with everything found inside it, scanning the closing lines after a body.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import yunmei.normalize
from yunmei.extract import textlines as tl
from yunmei.extract.body import BodyParts
from yunmei.extract.editors import is_editor_line, merge_editors, parse_editor_text
from yunmei.extract.meta import strip_site_suffix
from yunmei.extract.mirror import undo_substitutions
from yunmei.extract.render import Page
from yunmei.extract.timefmt import to_iso
from yunmei.urls import parse_article_url

logger = logging.getLogger(__name__)

MIN_BODY = 20  # characters; less is not an article body


_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def is_chinese(text: str) -> bool:
    """Han characters and no Japanese kana (a few kana in a Chinese text are quotes: ≤ 1 %)."""
    han = len(_HAN.findall(text))
    return han > 0 and len(_KANA.findall(text)) <= max(2, han // 100)


class Fields:
    """Field values with the layer that produced each; the first layer to set a field wins."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.layers: dict[str, str] = {}

    def offer(self, name: str, value: Any, layer: str) -> bool:
        if name in self.values or value in (None, "", [], ()):
            return False
        self.values[name] = value
        self.layers[name] = layer
        return True

    def has(self, name: str) -> bool:
        return name in self.values

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


class PageContext:
    """One page being extracted (built by :func:`yunmei.extract.extract_article`)."""

    def __init__(
        self, body: Any, url: str, headers: Mapping[str, str] | None, result: dict[str, Any]
    ) -> None:
        self.url = url
        if isinstance(body, str):
            body = body.encode("utf-8", "replace")
        self.body = bytes(body or b"")
        self.headers = headers if isinstance(headers, Mapping) else None
        self.result = result
        self.flags: list[str] = []
        self.fields = Fields()
        self.ref = parse_article_url(self.url) if self.url else None
        try:
            self.host = (urlsplit(self.url).hostname or "").lower()
        except ValueError:
            self.host = ""
        self.html = ""
        self.page: Page = Page(root=None)
        self.kind = "unknown"
        self.template = "desktop"
        self.body_parts: BodyParts | None = None
        self.tail_reached = False  # the text after the article (editors, comments …) was seen
        self.raw_lines = False  # the lines were not normalized (another site's page)

    # -- bookkeeping ----------------------------------------------------------------------
    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    def finish(self) -> dict[str, Any]:
        result = self.result
        for name, value in self.fields.values.items():
            result[name] = value
        result["extraction"] = dict(self.fields.layers)
        result["quality_flags"] = sorted(set(self.flags))
        return result

    # -- normalization --------------------------------------------------------------------
    def normalize_lines(self) -> str:
        """Normalize every line in one call (one line in, one line out); returns the joined text.

        The ``<title>`` and ``og:title`` ride along at the end of the batch. If the normalizer
        merges or drops a line, each line is normalized on its own instead.
        """
        page = self.page
        blocks = [b for b in page.lines if b.text]
        extras = [("title_tag", page.title_tag), ("og:title", page.meta.get("og:title"))]
        extras = [
            (key, " ".join(value.split())) for key, value in extras if value and value.strip()
        ]
        batch = [b.text for b in blocks] + [value for _key, value in extras]
        try:
            normalized = yunmei.normalize.normalize_text("\n".join(batch))
            out = normalized.text.split("\n")
            flags = set(normalized.flags)
            if len(out) != len(batch):
                out, flags = [], set()
                for text in batch:
                    one = yunmei.normalize.normalize_text(text)
                    out.append(" ".join(one.text.split()))
                    flags |= set(one.flags)
        except Exception:
            logger.exception("normalize_text failed on %r", self.url)
            out, flags = batch, {"normalize_error"}
        self.flags.extend(flags)
        for block, text in zip(blocks, out, strict=False):
            block.text = text
        for (key, _value), text in zip(extras, out[len(blocks) :], strict=False):
            if key == "title_tag":
                page.title_tag = text or None
            else:
                page.meta[key] = text
        return "\n".join(out[: len(blocks)])

    def normalize_fields(self) -> None:
        """Fields read from lines that were not normalized: each one normalized once, here.

        Only Chinese text is normalized: a field without Han characters, or with Japanese kana,
        is kept as printed (t2s would turn Japanese kanji into Chinese ones).
        """
        values, layers = self.fields.values, self.fields.layers
        for name in ("title", "subtitle", "kicker", "source", "byline_raw", "body"):
            if isinstance(values.get(name), str) and is_chinese(values[name]):
                text = self.normalize_text(values[name])
                if text:
                    values[name] = text
                else:  # nothing left: the field is absent, not ""
                    values.pop(name)
                    layers.pop(name, None)
        for record, key in [(i, "caption") for i in values.get("images") or []] + [
            (e, "name") for e in values.get("editors") or []
        ]:
            if isinstance(record.get(key), str) and is_chinese(record[key]):
                record[key] = self.normalize_text(record[key]) or None

    def normalize_text(self, text: str) -> str:
        try:
            normalized = yunmei.normalize.normalize_text(text)
        except Exception:
            logger.exception("normalize_text failed on %r", self.url)
            self.flag("normalize_error")
            return text
        self.flags.extend(normalized.flags)
        return normalized.text

    # -- shared readers -------------------------------------------------------------------
    def region_text(self, key: str) -> str | None:
        span = self.page.region(key)
        if not span:
            return None
        text = " ".join(b.text for b in self.page.lines[span[0] : span[1]] if b.text)
        return text or None

    def base_url(self) -> str:
        base = self.url
        if self.page.base_href:
            with contextlib.suppress(ValueError):
                base = urljoin(self.url, self.page.base_href)
        return base

    def visible(self, text: str) -> bool:
        """Is this metadata value printed on the page (as a line, maybe with its column)?"""
        for block in self.page.lines:
            if block.text and (block.text == text or block.text.endswith("|" + text)):
                return True
        return False

    def offer_info(self, info: tl.Info, layer: str) -> None:
        f = self.fields
        if info.published_raw and to_iso(info.published_raw):
            f.offer("published_raw", info.published_raw, layer)
            f.offer("published_at", to_iso(info.published_raw), layer)
        f.offer("source", info.source, layer)
        f.offer("byline_raw", info.byline_raw, layer)
        if info.original:
            f.offer("is_original", True, layer)

    def offer_body(self, parts: BodyParts, layer: str) -> None:
        f = self.fields
        if not f.offer("body", parts.text, layer):
            return
        self.body_parts = parts
        f.offer("images", parts.images, layer)
        if parts.is_original:
            f.offer("is_original", True, layer)
        if parts.byline_raw:
            f.offer("byline_raw", parts.byline_raw, layer)
        if parts.pages:
            f.offer("page_count", max(parts.pages), layer)

    def scan_tail(self, start: int, layer: str) -> bool:
        """Editors, footer byline, pager and notices after the body, up to the side boxes."""
        lines, f = self.page.lines, self.fields
        editors: list[dict[str, str]] = []
        reached = False
        for i in range(start, len(lines)):
            text = lines[i].text
            if not text:
                continue
            if is_editor_line(text):
                editors.extend(parse_editor_text(text))
                reached = True
                continue
            byline = tl.BYLINE_LINE.match(text)
            if byline:
                f.offer("byline_raw", byline.group("v"), layer)
                reached = True
                continue
            pages = tl.parse_pager(text)
            if pages:
                f.offer("page_count", max(pages), layer)
                continue
            if tl.NOTICE_LINE.match(text):
                f.offer("is_original", True, layer)
                continue
            if tl.END_LINE.match(text):
                reached = True
                if not tl.CHROME_LINE.match(text) or text in ("展开详细", "展开全文"):
                    continue
                break
        if editors:
            f.offer("editors", merge_editors(editors), layer)
        return reached

    def title_from_tag(self) -> str | None:
        """The ``<title>`` without the site name; on mirrors only when it is the site's own."""
        tag = self.page.title_tag
        if self.kind != "mirror":
            h1 = next((b.text for b in self.page.lines if b.heading == 1 and b.text), None)
            if h1 and (not tag or h1 in tag):
                return h1
            return strip_site_suffix(tag) or None if tag else None
        if not tag:
            return None
        tag = undo_substitutions(tag)
        title = strip_site_suffix(tag)
        if title == tag or tl.SPAM_RE.search(title):
            return None
        return title or None
