"""Article extraction: ``extract_article(body, url, headers) -> dict`` (the public contract).

``extract_article`` is ``extract_page`` (one page's fields) completed by
:func:`.complete.complete_article` (content hash and events, once per article). The spider
calls ``extract_page`` and completes each article once, after merging its pages. It is layered
(docs/extraction.md); each field records the layer that produced it in ``extraction``:

1. ``kind``      page kind from bytes, host, URL and text markers (:mod:`.kind`);
2. ``meta``      ``<meta>``/OpenGraph/JSON-LD (:mod:`.meta`);
3. ``selector``  the reference markup and the e-paper markup (:mod:`.selectors`);
4. ``text``      visible-text patterns on the rendered lines (:mod:`.textlines`);
5. ``fallback``  the generic body extractor (:mod:`.fallback`).

A field takes the first layer that finds it, in the order selector, meta, text, fallback
(``url`` for the e-paper date, ``default`` for a page count without a pager). The HTML is
parsed once and walked once (:mod:`.render`); trafilatura runs only when no site layer
found a body.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import yunmei.normalize
from yunmei.extract import epaper as ep
from yunmei.extract import textlines as tl
from yunmei.extract.body import BodyParts, clean_body, text_blocks
from yunmei.extract.byline import parse_byline
from yunmei.extract.complete import complete_article, content_hash
from yunmei.extract.decode import decode_body
from yunmei.extract.editors import is_editor_line, merge_editors, parse_editor_text
from yunmei.extract.fallback import generic_body
from yunmei.extract.kind import content_type, is_unterminated, page_kind, sniff_bytes
from yunmei.extract.meta import parse_meta, strip_site_suffix
from yunmei.extract.mirror import undo_substitutions
from yunmei.extract.render import Block, Page, parse_html, render
from yunmei.items import empty_article
from yunmei.urls import parse_article_url

__all__ = ["complete_article", "content_hash", "extract_article", "extract_page", "to_iso"]

logger = logging.getLogger(__name__)

SITE_KINDS = frozenset({"desktop", "mobile_app", "mediacloud", "mirror"})
_ISO_RAW = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?"
)
MIN_BODY = 20  # characters; less is not an article body


def to_iso(raw: str | None) -> str | None:
    """``2023-03-24 20:11`` → ``2023-03-24T20:11:00+08:00``; a date stays a date."""
    if not raw:
        return None
    match = _ISO_RAW.search(raw.strip())
    if not match:
        return None
    y, mo, d, h, mi, s = match.groups()
    try:
        if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
            return None
        date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        if h is None:
            return date
        if int(h) > 23 or int(mi) > 59 or (s and int(s) > 59):
            return None
        return f"{date}T{int(h):02d}:{int(mi):02d}:{int(s or 0):02d}+08:00"
    except ValueError:
        return None


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
        return _Extraction(body, url, headers).run()
    except Exception:
        logger.exception("extract_article failed on %r", url)
        try:
            result = _empty(url if isinstance(url, str) else str(url))
        except Exception:
            result = _empty("")
        result["quality_flags"] = ["extract_error"]
        return result


class _Fields:
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


class _Extraction:
    def __init__(self, body: Any, url: Any, headers: Mapping[str, str] | None) -> None:
        self.url = url if isinstance(url, str) else str(url or "")
        if isinstance(body, str):
            body = body.encode("utf-8", "replace")
        self.body = bytes(body or b"")
        self.headers = headers if isinstance(headers, Mapping) else None
        self.result = _empty(self.url)
        self.flags: list[str] = []
        self.fields = _Fields()
        self.ref = parse_article_url(self.url) if self.url else None
        try:
            self.host = (urlsplit(self.url).hostname or "").lower()
        except ValueError:
            self.host = ""
        self.body_parts: BodyParts | None = None
        self.raw_lines = False  # the lines were not normalized (another site's page)
        self.tail_reached = False  # the text after the article (editors, comments …) was seen

    # -- helpers ------------------------------------------------------------------------
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

    # -- the pipeline -------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        ctype = content_type(self.headers)
        sniffed = sniff_bytes(self.body, ctype)
        if sniffed:
            self.flag(sniffed)
            return self.finish()
        decoded = decode_body(self.body, self.headers)
        self.flags.extend(decoded.flags)
        self.html = decoded.text
        page = render(parse_html(decoded.text))
        self.page = page
        if not any(b.text for b in page.lines):
            # cut off before any text (in <head>) is a truncated page, not an empty one
            cut = page.root is not None and is_unterminated(decoded.text)
            self.flag("truncated" if cut else "empty_body")
            if page.lines:
                self.flag("not_article")
            return self.finish()
        epaper_markup = "ep_page" in page.elements or "ep_cont" in page.regions
        if (
            page_kind(self.url, self.host, self.ref, "", epaper_markup)[0] == "unknown"
            and tl.find_info(page.lines, strong=True) is None
        ):
            # another site's page: no site layer will read its lines, layer 5 reads the HTML;
            # the fields read are normalized one by one instead (normalize_fields)
            joined = "\n".join(b.text for b in page.lines if b.text)
            self.raw_lines = True
        else:
            joined = self.normalize(page)
        has_info = self.ref is None and tl.find_info(page.lines, strong=True) is not None
        kind, template = page_kind(self.url, self.host, self.ref, joined, epaper_markup, has_info)
        self.kind, self.template = kind, template
        self.result["page_kind"] = kind
        if kind == "mirror":
            self.result["is_mirror"] = True
            self.flag("mirror_copy")
            for block in page.lines:
                if block.text:
                    block.text = undo_substitutions(block.text)
        if kind == "list":
            self.flag("list_page")
            self.fields.offer("title", self.title_from_tag(), "meta")
            return self.finish()
        if template == "epaper":
            self.epaper_fields()
        else:
            if kind in SITE_KINDS:  # the reference markup is this site's, not anyone's
                self.selector_fields()
            found = parse_meta(page.meta, page.json_ld) if kind != "mirror" else {}
            if found.get("title") and self.visible(found["title"]):
                self.fields.offer("title", found["title"], "meta")
            self.text_fields()
            if found.get("published_at") and not self.fields.has("published_at"):
                self.fields.offer("published_raw", found["published_raw"], "meta")
                self.fields.offer("published_at", found["published_at"], "meta")
        self.fallback_fields()
        if self.raw_lines:
            self.normalize_fields()
        self.derive()
        self.judge()
        return self.finish()

    def normalize(self, page: Page) -> str:
        """Normalize every line in one call (one line in, one line out); returns the joined text.

        The ``<title>`` and ``og:title`` ride along at the end of the batch. If the normalizer
        merges or drops a line, each line is normalized on its own instead.
        """
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

    # -- layer 3: selectors -------------------------------------------------------------
    def region_text(self, key: str) -> str | None:
        span = self.page.region(key)
        if not span:
            return None
        text = " ".join(b.text for b in self.page.lines[span[0] : span[1]] if b.text)
        return text or None

    def selector_fields(self) -> None:
        page, f = self.page, self.fields
        f.offer("title", self.region_text("title"), "selector")
        f.offer("subtitle", self.region_text("subtitle"), "selector")
        span = page.region("info")
        if span and span[1] > span[0]:
            info = tl.info_from(page.lines, span[0], span[1])
            self.offer_info(info, "selector")
        span = page.region("body")
        if span and span[1] > span[0]:
            parts = clean_body(
                page.lines[span[0] : span[1]], self.base_url(), self.kind == "mirror"
            )
            if len(parts.text) >= MIN_BODY:
                self.offer_body(parts, "selector")
                self.tail_reached = self.tail_reached or self.scan_tail(span[1], "selector")
        pager = self.region_text("pager")
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

    def base_url(self) -> str:
        base = self.url
        if self.page.base_href:
            with contextlib.suppress(ValueError):
                base = urljoin(self.url, self.page.base_href)
        return base

    # -- layer 2: metadata (read in run(): a title before the text layer, a time after it) --
    def visible(self, text: str) -> bool:
        """Is this metadata value printed on the page (as a line, maybe with its column)?"""
        for block in self.page.lines:
            if block.text and (block.text == text or block.text.endswith("|" + text)):
                return True
        return False

    # -- layer 4: visible text ----------------------------------------------------------
    def text_fields(self) -> None:
        page, f = self.page, self.fields
        lines = page.lines
        info = tl.find_info(lines)
        title_idx = None
        if info is not None:
            self.offer_info(info, "text")
            title_idx, sub_idx = tl.find_title(lines, info.start, page.title_tag)
            if title_idx is not None:
                f.offer("title", lines[title_idx].text, "text")
                if sub_idx:
                    f.offer("subtitle", " ".join(lines[i].text for i in sub_idx), "text")
            start = info.end
        else:
            if self.kind not in SITE_KINDS:  # other sites: no site markers, leave it to layer 5
                return
            title_idx = next((i for i, b in enumerate(lines) if b.heading == 1 and b.text), None)
            if title_idx is None:
                return
            f.offer("title", lines[title_idx].text, "text")
            start = title_idx + 1
        end = tl.body_end(lines, start)
        if not f.has("body"):
            parts = clean_body(lines[start:end], self.base_url(), self.kind == "mirror")
            if len(parts.text) >= MIN_BODY:
                self.offer_body(parts, "text")
        self.tail_reached = self.scan_tail(end, "text") or self.tail_reached

    # -- e-paper ------------------------------------------------------------------------
    def epaper_fields(self) -> None:
        page, f, lines = self.page, self.fields, self.page.lines
        date = ep.issue_date(self.url)
        f.offer("published_raw", date, "url")
        f.offer("published_at", date, "url")
        el = page.elements.get("ep_page")
        if el is not None:
            number, name = ep.page_from_element(el)
            f.offer("epaper_page", number, "selector")
            f.offer("epaper_page_name", name, "selector")
        f.offer("kicker", self.region_text("kicker"), "selector")
        f.offer("subtitle", self.region_text("subtitle"), "selector")
        cont = page.region("ep_cont")
        lo, hi = cont if cont else (0, len(lines))
        title_idx = _first_heading(lines, lo, hi)
        if title_idx is not None and cont:
            f.offer("title", lines[title_idx].text, "selector")
        span = page.region("ep_content") or page.region("body")
        if span and span[1] > span[0]:
            parts = clean_body(lines[span[0] : span[1]], self.base_url())
            body_span = page.region("body")
            if body_span and body_span != span:  # images of #ozoom outside <content>
                extra = clean_body(lines[body_span[0] : body_span[1]], self.base_url())
                known = {i["url"] for i in parts.images}
                parts.images.extend(i for i in extra.images if i["url"] not in known)
            if len(parts.text) >= MIN_BODY:
                self.offer_body(parts, "selector")
                self.tail_reached = True
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
            title_idx = _first_heading(lines, 0, len(lines))
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
            parts = clean_body(lines[start:end], self.base_url())
            if len(parts.text) >= MIN_BODY:
                self.offer_body(parts, "text")
                self.tail_reached = end < len(lines)
        opener = tl.EPAPER_OPENER.match(f.get("body") or "")
        if opener:
            f.offer("byline_raw", opener.group("v"), "text")

    # -- layer 5: fallback --------------------------------------------------------------
    def fallback_fields(self) -> None:
        f = self.fields
        if not f.has("title"):
            f.offer("title", self.title_from_tag(), "fallback")
        if f.has("body"):
            return
        text = generic_body(self.html)
        if not text:
            return
        if self.kind in SITE_KINDS or self.template == "epaper":
            if not self.raw_lines:
                text = self.normalize_text(text)
            if self.kind == "mirror":
                text = undo_substitutions(text)
            parts = clean_body(text_blocks(text), self.base_url(), self.kind == "mirror")
        else:
            parts = BodyParts(paragraphs=[p.strip() for p in text.split("\n") if p.strip()])
        if parts.text:
            self.offer_body(parts, "fallback")
            self.flag("body_fallback")

    def normalize_fields(self) -> None:
        """Fields read from lines that were not normalized: each one normalized once, here."""
        values, layers = self.fields.values, self.fields.layers
        for name in ("title", "subtitle", "kicker", "source", "byline_raw", "body"):
            if isinstance(values.get(name), str):
                text = self.normalize_text(values[name])
                if text:
                    values[name] = text
                else:  # nothing left: the field is absent, not ""
                    values.pop(name)
                    layers.pop(name, None)
        for record, key in [(i, "caption") for i in values.get("images") or []] + [
            (e, "name") for e in values.get("editors") or []
        ]:
            if isinstance(record.get(key), str):
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

    # -- derived fields -----------------------------------------------------------------
    def derive(self) -> None:
        f, result = self.fields, self.result
        title = f.get("title")
        if title and (self.kind in SITE_KINDS):
            column, bare = tl.split_column(title)
            if column:
                f.values["title"] = bare
                f.offer("column", column, f.layers["title"])
        if f.has("byline_raw"):
            authors = parse_byline(f.get("byline_raw"))
            f.offer("authors", authors, f.layers["byline_raw"])
        if self.body_parts and self.body_parts.editors:
            layer = self.fields.layers.get("body", "text")
            merged = merge_editors(f.get("editors", []), self.body_parts.editors)
            if f.has("editors"):
                f.values["editors"] = merged
            else:
                f.offer("editors", merged, layer)
        if not f.has("is_original") and self.kind in SITE_KINDS:
            for block in self.page.lines:
                if block.text and len(block.text) < 40 and tl.ORIGINAL_MARK.search(block.text):
                    f.offer("is_original", True, "text")
                    break
        if self.ref is not None and self.ref.kind == "site" and self.ref.page > 1:
            count = f.get("page_count") or 0
            if count < self.ref.page:
                f.values.pop("page_count", None)
                f.layers.pop("page_count", None)
                f.offer("page_count", self.ref.page, "url")
        if not f.has("page_count"):
            result["page_count"] = 1
            f.layers["page_count"] = "default"

    # -- is it an article? --------------------------------------------------------------
    def judge(self) -> None:
        f = self.fields
        body = f.get("body") or ""
        if self.looks_like_error(body):
            self.flag("error_page")
            self.result["page_kind"] = "unknown"
            return
        if (self.kind in SITE_KINDS or self.template == "epaper") and is_unterminated(self.html):
            if self.tail_reached:
                self.flag("html_unterminated")
            else:
                self.flag("truncated")
                return
        if not f.get("title") or len(body) < MIN_BODY:
            self.flag("not_article")

    def looks_like_error(self, body: str) -> bool:
        if self.fields.get("published_at") and len(body) >= 200:
            return False
        if len(body) >= 500:
            return False
        probes = [self.page.title_tag or ""]
        probes += [b.text for b in self.page.lines if b.heading and b.text][:3]
        if not self.fields.get("published_at"):
            probes += [b.text for b in self.page.lines[:8] if b.text]
        return any(tl.ERROR_RE.search(p) for p in probes if p and len(p) < 120)


def _first_heading(lines: list[Block], lo: int, hi: int) -> int | None:
    """The most important heading line; else the first bold headline-like line."""
    best = None
    for i in range(lo, min(hi, len(lines))):
        block = lines[i]
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
