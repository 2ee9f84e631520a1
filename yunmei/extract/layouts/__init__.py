"""One page object per layout; :func:`pick_layout` takes the first whose ``applies`` is true.

To add a page kind: write one file here with a :class:`Layout` subclass (``applies``, its
``SELECTORS`` table, ``fields``), add it to ``LAYOUTS`` before ``GenericLayout``, and add one
fixture folder under ``tests/fixtures/`` (docs/extraction.md).
"""

from __future__ import annotations

from yunmei.extract.context import PageContext
from yunmei.extract.layouts.base import Layout
from yunmei.extract.layouts.desktop import DesktopLayout
from yunmei.extract.layouts.epaper import EPaperLayout, has_epaper_markup
from yunmei.extract.layouts.generic import GenericLayout
from yunmei.extract.layouts.listing import ListingLayout
from yunmei.extract.layouts.mediacloud import MediaCloudLayout
from yunmei.extract.layouts.mirror import MirrorLayout
from yunmei.extract.layouts.mobile_app import MobileAppLayout
from yunmei.extract.layouts.site import SITE_KINDS

# order matters: the first layout that applies reads the page
LAYOUTS: tuple[type[Layout], ...] = (
    ListingLayout,
    EPaperLayout,
    MirrorLayout,
    MediaCloudLayout,
    MobileAppLayout,
    DesktopLayout,
    GenericLayout,
)


def pick_layout(ctx: PageContext) -> Layout:
    for layout in LAYOUTS:
        if layout.applies(ctx):
            return layout(ctx)
    return GenericLayout(ctx)


__all__ = ["LAYOUTS", "SITE_KINDS", "Layout", "has_epaper_markup", "pick_layout"]
