"""Generic headline: ``<h1>``, ``og:title`` and ``<title>`` compared, the one they agree on kept.

Any site's pages carry their headline three times over: as a heading line, in ``og:title`` and
in ``<title>`` with the site's name around it (``…_新浪新闻``, ``… - 中华网``, ``站名--…``).
The headline is the visible line those agree on; without a visible match, ``og:title`` or the
``<title>`` with its site segments stripped (the longest segment between separators).
"""

from __future__ import annotations

import re
import unicodedata

from yunmei.extract.render import Block

# separators sites put between headline and site name: _ - | – — ｜ ::
TITLE_SEPARATOR = re.compile(r"\s*(?:__?|--?|\|\||[|｜–—]|\s-\s|::)\s*")
MIN_TITLE = 4  # characters; shorter lines are labels, not headlines
MAX_TITLE = 120
HEADING_SCAN = 3
LABEL_SLACK = 4  # characters of label a headline line may carry (原创, 【图】)  # heading levels h1 … h3 take part in the vote


def fold(text: str | None) -> str:
    """Compare form: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def strip_title_suffix(tag: str) -> str:
    """``headline_站名_频道`` → ``headline``: the longest segment between title separators."""
    parts = [p.strip() for p in TITLE_SEPARATOR.split(tag) if p and p.strip()]
    if len(parts) <= 1:
        return tag.strip()
    return max(parts, key=len)


def _agrees(line: str, refs: list[str]) -> bool:
    """The line is one of the references or a large part of one (the headline in a title tag)."""
    f = fold(line)
    if len(f) < MIN_TITLE:
        return False
    for ref in refs:
        if f == ref:
            return True
        if f in ref and len(f) >= 0.5 * len(ref):
            return True
    return False


def find_headline(
    lines: list[Block], title_tag: str | None, meta_title: str | None
) -> tuple[str | None, int | None, str]:
    """(headline, its line index or None, how it was found: ``agreement``/``meta``/``title``)."""
    refs = [fold(r) for r in (meta_title, title_tag) if r and fold(r)]
    if refs:
        best: tuple[int, int] | None = None  # (rank, index)
        for i, block in enumerate(lines):
            text = block.text
            if not text or not MIN_TITLE <= len(text) <= MAX_TITLE or block.link:
                continue
            if not _agrees(text, refs):
                continue
            rank = block.heading if 0 < block.heading <= HEADING_SCAN else HEADING_SCAN + 1
            if fold(text) == refs[0]:
                rank -= 0.5  # the exact og:title (or title tag) beats a part of it
            if best is None or rank < best[0]:
                best = (rank, i)
        if best is not None:
            return lines[best[1]].text, best[1], "agreement"
    dated = _heading_over_time(lines)
    if dated is not None and not meta_title:
        return lines[dated].text, dated, "agreement"
    if meta_title and len(strip_title_suffix(meta_title)) >= MIN_TITLE:
        return strip_title_suffix(meta_title), _line_of(lines, meta_title), "meta"
    if title_tag:
        stripped = strip_title_suffix(title_tag)
        if stripped:
            return stripped, _line_of(lines, stripped), "title"
    h1 = next((i for i, b in enumerate(lines) if b.heading == 1 and b.text), None)
    if h1 is not None:
        return lines[h1].text, h1, "heading"
    return None, None, "none"


def _line_of(lines: list[Block], text: str) -> int | None:
    """The line printing the headline, perhaps with a short label before it (``原创…``)."""
    f = fold(strip_title_suffix(text))
    for i, block in enumerate(lines):
        line = fold(block.text)
        if line and f in line and len(line) <= len(f) + LABEL_SLACK:
            return i
    return None


def _heading_over_time(lines: list[Block]) -> int | None:
    """The first heading line whose next line prints a time (a post's header)."""
    from yunmei.extract.textlines import TIME_RE

    for i, block in enumerate(lines):
        if not (block.heading and block.text and MIN_TITLE <= len(block.text) <= MAX_TITLE):
            continue
        if block.link or TIME_RE.search(block.text):
            continue
        nxt = next((b for b in lines[i + 1 : i + 3] if b.text), None)
        if nxt is not None and len(nxt.text) <= 80 and TIME_RE.search(nxt.text):
            return i
    return None
