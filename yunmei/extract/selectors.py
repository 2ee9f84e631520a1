"""Layer 3: selectors for the reference markup (site-spec §7) and the e-paper's known markup (§6).

Selectors are not run as separate queries: the renderer asks :func:`match_selector` about each
element as it walks the tree once, and records the line range of every match under a region
key. The other layers then read "the lines of ``body``" instead of querying the tree again.

Region keys:

=============  =====================================  =======================================
key            reference markup                       e-paper markup
=============  =====================================  =======================================
title          ``h1.title``                           first ``h1`` inside ``div.cont``
subtitle       ``h2.subtitle``                        ``p.futi``
info           ``div.info``                           (date from the URL)
body           ``div.content``                        ``div#ozoom`` (``<content>`` inside)
pager          ``div.pages``
editor         ``div.editor`` (each)
kicker                                                ``p.yinti``
ep_page                                               ``b.fisrt`` (page name in ``strong``)
=============  =====================================  =======================================

Each layout declares its own table (``SELECTORS`` in ``yunmei/extract/layouts/*.py``); this
module answers from their union. To support a new markup, add its pairs to its layout.
"""

from __future__ import annotations

# captions in any markup, whatever the layout
CAPTION_KEYS: dict[tuple[str, str], str] = {
    ("*", "caption"): "__caption__",
    ("*", "pic-desc"): "__caption__",
    ("*", "img-desc"): "__caption__",
    ("*", "imgtxt"): "__caption__",
}
# keys whose element (not only its line range) is kept, for inline elements read directly
CAPTURE = frozenset({"ep_page"})
CLASS_KEYS: dict[tuple[str, str], str] = {}
ID_KEYS: dict[tuple[str, str], str] = {}
TAG_KEYS: dict[str, str] = {"figcaption": "__caption__"}


def _load_tables() -> None:
    """The union of the layouts' selector tables (imported late: layouts import the renderer)."""
    from yunmei.extract.layouts import LAYOUTS

    for layout in LAYOUTS:
        CLASS_KEYS.update(layout.SELECTORS)
        ID_KEYS.update(layout.ID_SELECTORS)
        TAG_KEYS.update(layout.TAG_SELECTORS)
    CLASS_KEYS.update(CAPTION_KEYS)


def selector_tables() -> tuple[dict, dict, dict[str, str]]:
    """(class, id, tag) keys, loaded on first use."""
    if not CLASS_KEYS:
        _load_tables()
    return CLASS_KEYS, ID_KEYS, TAG_KEYS


def match_selector(tag: str, cls: str | None, ident: str | None) -> list[str] | None:
    """Region keys of one element, or None (the common case, kept cheap)."""
    if not CLASS_KEYS:
        _load_tables()
    keys = None
    key = TAG_KEYS.get(tag)
    if key:
        keys = [key]
    if cls:
        for name in cls.split():
            key = CLASS_KEYS.get((tag, name)) or CLASS_KEYS.get(("*", name))
            if key:
                if keys is None:
                    keys = [key]
                elif key not in keys:
                    keys.append(key)
    if ident:
        key = ID_KEYS.get((tag, ident))
        if key:
            if keys is None:
                keys = [key]
            elif key not in keys:
                keys.append(key)
    return keys
