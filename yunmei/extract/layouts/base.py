"""What every layout is: when it applies, its selector table, and how it reads the fields."""

from __future__ import annotations

from typing import ClassVar

from yunmei.extract.body import BodyParts, clean_body, text_blocks
from yunmei.extract.context import MIN_BODY, PageContext
from yunmei.extract.fallback import generic_body
from yunmei.extract.mirror import undo_substitutions


class Layout:
    """A page object: ``applies`` says when, ``fields`` reads the fields into the context.

    ``SELECTORS`` maps (tag, class) → region key for the markup this layout knows; the renderer
    records the line range of each match while it walks the page once (see ``selectors.py``).
    ``ID_SELECTORS`` and ``TAG_SELECTORS`` do the same for ids and element names.
    """

    name: ClassVar[str] = "layout"
    SELECTORS: ClassVar[dict[tuple[str, str], str]] = {}
    ID_SELECTORS: ClassVar[dict[tuple[str, str], str]] = {}
    TAG_SELECTORS: ClassVar[dict[str, str]] = {}

    def __init__(self, ctx: PageContext) -> None:
        self.ctx = ctx

    @classmethod
    def applies(cls, ctx: PageContext) -> bool:
        raise NotImplementedError

    def fields(self) -> None:
        raise NotImplementedError

    # the site's own pages: trafilatura's body cleaned like a site body
    def fallback(self) -> None:
        ctx, f = self.ctx, self.ctx.fields
        if not f.has("title"):
            f.offer("title", ctx.title_from_tag(), "fallback")
        if f.has("body"):
            return
        text = generic_body(ctx.html)
        if not text:
            return
        if not ctx.raw_lines:
            text = ctx.normalize_text(text)
        if ctx.kind == "mirror":
            text = undo_substitutions(text)
        parts = clean_body(text_blocks(text), ctx.base_url(), ctx.kind == "mirror")
        if len(parts.text) >= 1:
            ctx.offer_body(parts, "fallback")
            ctx.flag("body_fallback")


def body_parts_of(paragraphs: list[str]) -> BodyParts:
    return BodyParts(paragraphs=[p.strip() for p in paragraphs if p.strip()])


__all__ = ["MIN_BODY", "Layout", "body_parts_of"]
