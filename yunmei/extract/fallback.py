"""Layer 5: the generic body, for pages where no site layer found one.

trafilatura precision-first, with its default mode as a safety net. The precision run drops
boilerplate the default keeps (newsletter boxes, related links), but now and then it cuts an
article down to a fragment. So when its output is short (under ``LONG_ENOUGH`` words) the
default mode runs too, and if the precision output has under half the default's words the
default's is used. A long precision output is taken as it is, which saves the second run on
most pages. Measured on the article-extraction benchmark (181 pages) by
``benchmarks/extraction_quality.py``: the score is the same for any ``LONG_ENOUGH`` from 50 to
300 words; no per-page tuning.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
MIN_SHARE = 0.5  # precision output must keep at least this share of the default's words
LONG_ENOUGH = 200  # words: a precision output this long is not a fragment


def _trafilatura(html: str, **options) -> str | None:
    import trafilatura  # imported lazily: site pages never need it

    try:
        return trafilatura.extract(
            html, include_comments=False, with_metadata=False, deduplicate=False, **options
        )
    except Exception:  # trafilatura on hostile input
        logger.debug("trafilatura failed", exc_info=True)
        return None


def plain_trafilatura(html: str) -> str | None:
    """Plain trafilatura, as the benchmark's reference extractor runs it."""
    return _trafilatura(html)


def generic_body(html: str) -> str | None:
    """The main text of any article page, paragraphs separated by newlines; None if none."""
    precise = _trafilatura(html, favor_precision=True)
    words = len(_WORD.findall(precise or ""))
    if words >= LONG_ENOUGH:
        return precise
    default = _trafilatura(html)
    if not precise:
        return default or None
    if default and words < MIN_SHARE * len(_WORD.findall(default)):
        return default
    return precise
