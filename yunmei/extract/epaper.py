"""E-paper (szb) fields (site-spec §6): page number and name, and the date from the URL.

``b.fisrt`` (sic) holds ``第A02版:`` with the page name in ``b.fisrt > strong``; the text
layer reads the same from any line ``第A02版:新闻+本地``. The date is the issue date in the
URL and stays date-only: no time is invented.
"""

from __future__ import annotations

from lxml import etree

from yunmei.extract.render import text_content
from yunmei.extract.textlines import EPAPER_PAGE_RE
from yunmei.urls import epaper_parts


def page_label(text: str) -> tuple[str | None, str | None]:
    """``第A02版:新闻+本地`` → (``A02``, ``新闻+本地``); (None, None) when absent."""
    match = EPAPER_PAGE_RE.search(text or "")
    if not match:
        return None, None
    page = match.group("page").upper()
    name = match.group("name").strip(" :：") or None
    return page, name


def page_from_element(el: etree._Element) -> tuple[str | None, str | None]:
    """Page number and name from ``b.fisrt`` (name in its ``strong``)."""
    text = " ".join(text_content(el).split())
    page, name = page_label(text)
    strong = el.find(".//strong")
    if strong is not None:
        strong_text = " ".join(text_content(strong).split())
        name = strong_text.strip(" :：") or name
    return page, name


def issue_date(url: str) -> str | None:
    parts = epaper_parts(url)
    return parts["date"] if parts else None
