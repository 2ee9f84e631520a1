"""Pages that list articles (channel pages, e-paper ``node_n.htm``): a title, no article."""

from __future__ import annotations

from yunmei.extract.context import PageContext
from yunmei.extract.layouts.base import Layout


class ListingLayout(Layout):
    name = "list"

    @classmethod
    def applies(cls, ctx: PageContext) -> bool:
        return ctx.kind == "list"

    def fields(self) -> None:
        self.ctx.flag("list_page")
        self.ctx.fields.offer("title", self.ctx.title_from_tag(), "meta")

    def fallback(self) -> None:
        return None
