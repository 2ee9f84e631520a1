"""Desktop article pages on www (site-spec §2, reference markup §7)."""

from __future__ import annotations

from yunmei.extract.layouts.site import SiteLayout


class DesktopLayout(SiteLayout):
    name = "desktop"
    kind = "desktop"
    # the reference markup (site-spec §7); the real class names are unknown
    SELECTORS = {
        ("h1", "title"): "title",
        ("h2", "subtitle"): "subtitle",
        ("div", "info"): "info",
        ("div", "content"): "body",
        ("div", "pages"): "pager",
        ("div", "editor"): "editor",
    }
