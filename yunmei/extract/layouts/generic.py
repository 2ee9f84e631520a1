"""Any other site's article page: generic headline, time and writer, and an arbitrated body.

Applies to every page no other layout claims. Nothing site-specific fires here: the info-line
grammar, e-paper markup and the site's chrome lists are not evidence on a foreign host.

- title   :func:`headline.find_headline` — heading/``og:title``/``<title>`` agreement;
- time    :mod:`pubtime` — printed near the headline, else metadata, else the URL;
- source  a ``来源:`` label in the lines right under the headline;
- author  :mod:`credits` — writer credits only (``记者X``, ``作者:X``, ``文/X`` …);
- body    :mod:`arbiter` — trafilatura, readability and the visible lines compared.
"""

from __future__ import annotations

import re

from yunmei.extract import arbiter
from yunmei.extract import textlines as tl
from yunmei.extract.body import BodyParts, clean_body
from yunmei.extract.context import MIN_BODY, PageContext
from yunmei.extract.credits import is_credit_line, writer_credit
from yunmei.extract.fallback import generic_body
from yunmei.extract.headline import find_headline, fold, strip_title_suffix
from yunmei.extract.layouts.base import Layout
from yunmei.extract.meta import parse_meta
from yunmei.extract.pubtime import loose_meta_time, printed_time, url_date
from yunmei.extract.textlines import TIME_RE
from yunmei.extract.timefmt import to_iso

INFO_WINDOW = 8  # lines under the headline that may hold time, source and byline
ARTICLE_SCAN = 300  # lines under the headline searched for a writer credit
CLOSING_LINES = 3  # lines after the first closing line still searched


class GenericLayout(Layout):
    name = "generic"

    @classmethod
    def applies(cls, ctx: PageContext) -> bool:
        return True

    def fields(self) -> None:
        ctx = self.ctx
        page, f, lines = ctx.page, ctx.fields, ctx.page.lines
        meta = parse_meta(page.meta, page.json_ld)
        meta_title = page.meta.get("og:title") or page.meta.get("twitter:title")
        title, idx, how = find_headline(lines, page.title_tag, meta_title)
        if title is None and meta.get("title"):
            title, how = strip_title_suffix(meta["title"]), "meta"
        f.offer("title", title, "text" if how == "agreement" else "meta")
        self.title_idx = idx
        info_lines = self.info_lines(idx)
        self.time_fields(meta)
        stop = min(len(lines), (idx or 0) + 1 + INFO_WINDOW)
        info = tl.find_info(lines, idx + 1, stop) if idx is not None else None
        if info is not None:
            f.offer("source", info.source, "text")
        self.body_fields(info)
        article = self.article_lines(idx, f.get("body"))
        credit = writer_credit(article, len(info_lines), page.meta.get("author"))
        if credit:
            raw, names, _where = credit
            f.offer("byline_raw", raw, "text")
            f.offer(
                "authors",
                # names after one title share it (contract: 记者邓耀瑞 陈金波 → both 记者)
                [{"name": n, "role": "text", "title": _title_of(raw, names[0])} for n in names],
                "text",
            )

    def info_lines(self, idx: int | None) -> list[str]:
        if idx is None:
            return []
        lines = self.ctx.page.lines
        return [b.text for b in lines[idx + 1 : idx + 1 + INFO_WINDOW] if b.text and not b.link]

    def article_lines(self, idx: int | None, body: str | None) -> list[str]:
        """Non-link lines from under the headline to the body's end (related boxes are after).

        The end is the first closing line, or the line of the body's last paragraph, whichever
        comes first, plus a few lines: a closing credit (``作者:…``) sits right there.
        """
        if idx is None:
            return []
        lines = self.ctx.page.lines
        end = min(tl.body_end(lines, idx + 1), idx + 1 + ARTICLE_SCAN)
        last = body.rsplit("\n", 1)[-1].strip() if body else None
        if last:
            at = next((i for i in range(idx + 1, end) if lines[i].text == last), None)
            if at is not None:
                end = at + 1
        end = min(end + CLOSING_LINES, len(lines))
        return [b.text for b in lines[idx + 1 : end] if b.text and not b.link]

    def time_fields(self, meta: dict[str, str]) -> None:
        f = self.ctx.fields
        printed = printed_time(self.ctx.page.lines, self.title_idx)
        meta_at = meta.get("published_at") or self.time_element()
        if not meta_at:
            loose = loose_meta_time(self.ctx.page.meta)
            meta_at = to_iso(loose) if loose else None
        if printed and to_iso(printed.raw):
            at = to_iso(printed.raw)
            if not printed.has_minute and meta_at and meta_at[:10] == at and len(meta_at) > 10:
                f.offer("published_raw", meta.get("published_raw") or meta_at, "meta")
                f.offer("published_at", meta_at, "meta")
                return
            f.offer("published_raw", printed.raw, "text")
            f.offer("published_at", at, "text")
            return
        if meta_at:
            f.offer("published_raw", meta.get("published_raw") or meta_at, "meta")
            f.offer("published_at", meta_at, "meta")
            return
        day = url_date(self.ctx.url)
        f.offer("published_raw", day, "url")
        f.offer("published_at", day, "url")

    def time_element(self) -> str | None:
        from yunmei.extract.meta import iso_time

        value = self.ctx.page.meta.get("time:datetime")
        return iso_time(value) if value else None

    def body_fields(self, info: tl.Info | None) -> None:
        ctx = self.ctx
        lines = ctx.page.lines
        link_lines = frozenset(b.text for b in lines if b.link and b.text)
        candidates = []
        start = info.end if info is not None else (self.title_idx or 0) + 1
        if self.title_idx is not None:
            end = tl.body_end(lines, start)
            ours = clean_body(lines[start:end], ctx.base_url())
            if len(ours.text) >= MIN_BODY:
                candidates.append(_candidate("text", ours.text, link_lines))
        traf = generic_body(ctx.html)
        primary = _candidate("fallback", traf, link_lines) if traf else None
        if arbiter.may_grow(primary, _text_mass(lines)):
            readable = arbiter.readability_body(ctx.html, ctx.url)
            if readable:
                candidates.append(_candidate("readability", readable, link_lines))
        reserve = [c for c in candidates if c.name == "text"]
        challengers = [c for c in candidates if c.name != "text"]
        chosen = arbiter.choose(primary, challengers, reserve)
        if chosen is None:
            return
        paragraphs = [p.strip() for p in chosen.text.split("\n") if p.strip()]
        paragraphs = _drop_head(paragraphs, ctx.fields.get("title"))
        paragraphs = _drop_credit_edges(paragraphs)
        ctx.offer_body(BodyParts(paragraphs=paragraphs), chosen.name)
        if chosen.name != "text":
            ctx.flag("body_fallback")

    def fallback(self) -> None:
        return None


PARAGRAPH_TOKENS = 10  # a line this long (Han characters or words) can be a paragraph


def _text_mass(lines) -> int:
    """Tokens of the page's paragraph-like non-link lines: what a larger body could add."""
    sizes = (arbiter.size_of(b.text) for b in lines if b.text and not b.link)
    return sum(n for n in sizes if n >= PARAGRAPH_TOKENS)


def _candidate(name: str, text: str, link_lines: frozenset[str]) -> arbiter.Candidate:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    linked = sum(1 for p in paragraphs if p.strip() in link_lines)
    share = linked / len(paragraphs) if paragraphs else 0.0
    return arbiter.Candidate(name, text, share, frozenset(link_lines))


# widgets printed beside a byline: 字体 大中小, 点击:1234, 浏览次数, 阅读(1660), 评论(5), 分享到
WIDGET_LABEL = re.compile(
    r"字\s*[号体]|点击|浏览(?:次数)?|阅读|评论|分享|打印|收藏|关闭窗口|举报|纠错"
)
WIDGET_LINE_MAX = 80  # characters; a widget strip is short
HEAD_LINES = 4  # lines at the top of a body that may repeat the header


def is_widget_line(text: str) -> bool:
    """A strip of page widgets (two labels or more, little else), not article text."""
    if len(text) > WIDGET_LINE_MAX:
        return False
    labels = WIDGET_LABEL.findall(text)
    rest = WIDGET_LABEL.sub("", text)
    rest = re.sub(r"[\d\s:：()（）|｜/【】\[\]大中小A+\-]", "", rest)
    return len(labels) >= 2 and len(rest) <= 2 * len(labels) + 4


def _drop_head(paragraphs: list[str], title: str | None) -> list[str]:
    """The header an extractor kept above the text: the headline, its time line, widgets."""
    head = 0
    while head < min(HEAD_LINES, len(paragraphs)):
        text = paragraphs[head]
        is_title = bool(title) and fold(text) == fold(title)
        is_time = (
            len(text) <= WIDGET_LINE_MAX // 2 * 3
            and TIME_RE.search(text)
            and (len(TIME_RE.sub("", text)) <= 30)
        )
        if not (is_title or is_time or is_widget_line(text)):
            break
        head += 1
    rest = paragraphs[head:]
    return [p for p in rest if not is_widget_line(p)] if rest else paragraphs


def _drop_credit_edges(paragraphs: list[str]) -> list[str]:
    """A byline line at the start or the end of the body (``光明日报记者 王建宏``) is not body."""
    while paragraphs and is_credit_line(paragraphs[0]):
        paragraphs = paragraphs[1:]
    while paragraphs and is_credit_line(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return paragraphs


def _title_of(raw: str, name: str) -> str | None:
    head = raw.split(name, 1)[0]
    for title in ("本报记者", "见习记者", "实习记者", "特约记者", "首席记者", "记者"):
        if head.rstrip(" （(").endswith(title):
            return title
    return None
