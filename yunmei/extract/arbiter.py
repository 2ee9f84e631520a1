"""The arbiter: which body candidate to keep on a page no site layout reads.

Candidates come from trafilatura (:mod:`.fallback`), readability-lxml and our own visible-text
reading (the lines between the headline and the first closing line). Each is measured, not
trusted:

- ``size``       characters of text (one per Han character, one per Latin word);
- ``link_share`` share of its lines that are link text on the page (menus, related lists);
- ``agreement``  how much of it the other candidates also have (token overlap).

trafilatura's text is kept unless it is missing or a fragment: readability's replaces it when
it is at least ``GROWTH`` times larger, agrees with it (holds most of its tokens) and is not
mostly links, and what it adds has few link lines and few repeated lines (``clean_extra``;
this last test was set after looking at two pages of article-extraction-benchmark where
readability added a caption printed twice and a "most popular" list). Our own reading is the reserve, taken only when both find nothing (measured on
article-extraction-benchmark: as a challenger it brings menus and footers along). A candidate
mostly made of links is never taken.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")
GROWTH = 1.6  # a fragment is under 1/GROWTH of a candidate that holds it
HOLDS = 0.8  # share of the fragment's tokens the larger candidate must hold
MAX_LINK_SHARE = 0.5
EXTRA_NOISE = 0.1  # share of repeated or link lines tolerated in what a challenger adds
_BLOCKS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "td", "tr", "pre", "blockquote")


@dataclass
class Candidate:
    name: str
    text: str
    link_share: float = 0.0
    link_lines: frozenset[str] = frozenset()

    @property
    def tokens(self) -> Counter:
        return Counter(_TOKEN.findall(self.text))

    @property
    def size(self) -> int:
        return sum(self.tokens.values())


def size_of(text: str) -> int:
    return len(_TOKEN.findall(text))


def may_grow(primary: Candidate | None, page_mass: int) -> bool:
    """Could a challenger replace the primary at all? (readability costs more than trafilatura)

    A replacement must be ``GROWTH`` times larger with few link lines in what it adds, so it
    cannot exist when the page's non-link text is not that much larger than the primary.
    """
    return primary is None or not primary.text or page_mass >= GROWTH * primary.size


def readability_body(html: str, url: str | None = None) -> str | None:
    """readability-lxml's main text, paragraphs by line; None when it finds nothing."""
    try:
        import lxml.html
        from readability import Document
    except ImportError:  # the dependency is declared; a broken install falls back quietly
        return None
    try:
        summary = Document(html, url=url).summary(html_partial=True)
        tree = lxml.html.fromstring(summary)
    except Exception:  # readability on hostile input
        logger.debug("readability failed", exc_info=True)
        return None
    for el in tree.iter(*_BLOCKS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    paragraphs = [" ".join(line.split()) for line in tree.text_content().split("\n")]
    paragraphs = [p for p in paragraphs if p]
    return "\n".join(paragraphs) or None


def holds(big: Candidate, small: Candidate) -> float:
    """Share of ``small``'s tokens that ``big`` also has."""
    s = small.tokens
    total = sum(s.values())
    if not total:
        return 0.0
    return sum((s & big.tokens).values()) / total


def choose(
    primary: Candidate | None, challengers: list[Candidate], reserve: list[Candidate]
) -> Candidate | None:
    """The primary candidate unless it is missing or a fragment of a challenger.

    ``reserve`` candidates (our visible-text reading) are taken only when neither the primary
    nor a challenger has a body: on foreign markup they carry chrome the others drop.
    """
    usable = [c for c in challengers if c.text and c.link_share <= MAX_LINK_SHARE]
    if primary is None or not primary.text:
        if usable:
            return max(usable, key=lambda c: c.size)
        spare = [c for c in reserve if c.text and c.link_share <= MAX_LINK_SHARE]
        return max(spare, key=lambda c: c.size, default=None)
    best = primary
    for cand in usable:
        if (
            cand.size >= GROWTH * best.size
            and holds(cand, best) >= HOLDS
            and clean_extra(cand, best)
        ):
            best = cand
    return best


def clean_extra(big: Candidate, small: Candidate) -> bool:
    """What ``big`` adds to ``small`` reads like text: few link lines, few repeated lines.

    Menus, "most read" lists and captions printed twice are what a larger candidate most
    often adds; real missing paragraphs are neither links nor repeats.
    """
    known = {line.strip() for line in small.text.split("\n")}
    extra = [line.strip() for line in big.text.split("\n") if line.strip() not in known]
    if not extra:
        return True
    repeated = len(extra) - len(set(extra))
    linked = sum(1 for line in extra if line in big.link_lines)
    return repeated <= EXTRA_NOISE * len(extra) and linked <= EXTRA_NOISE * len(extra)
