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

To support a new markup, add its (tag, class) → key pairs here; nothing else has to change.
"""

from __future__ import annotations

CLASS_KEYS: dict[tuple[str, str], str] = {
    ("h1", "title"): "title",
    ("h2", "subtitle"): "subtitle",
    ("div", "info"): "info",
    ("div", "content"): "body",
    ("div", "pages"): "pager",
    ("div", "editor"): "editor",
    # e-paper (Founder layout)
    ("div", "cont"): "ep_cont",
    ("p", "yinti"): "kicker",
    ("p", "futi"): "subtitle",
    ("b", "fisrt"): "ep_page",
    # captions in any markup
    ("*", "caption"): "__caption__",
    ("*", "pic-desc"): "__caption__",
    ("*", "img-desc"): "__caption__",
    ("*", "imgtxt"): "__caption__",
}
ID_KEYS: dict[tuple[str, str], str] = {("div", "ozoom"): "body"}
TAG_KEYS: dict[str, str] = {"content": "ep_content", "figcaption": "__caption__"}
# keys whose element (not only its line range) is kept, for inline elements read directly
CAPTURE = frozenset({"ep_page"})


def match_selector(tag: str, cls: str | None, ident: str | None) -> list[str] | None:
    """Region keys of one element, or None (the common case, kept cheap)."""
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
