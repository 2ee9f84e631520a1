"""Writer credits on any site's page: who wrote it, from the byline shapes a reader sees.

Only a writer credit names an author — never a source (``来源``), an editor (``责任编辑``),
an account or a widget label (``阅读(1660)``, ``访问统计``). Each shape is one named row:

==================  ==========================================  ======================
shape               example                                     where it is looked for
==================  ==========================================  ======================
AUTHOR_LABEL        ``作者:陆一夫`` ``作者魏星``                   info lines
TEXT_ROLE           ``文/记者 王文`` ``【文/观察者网专栏作者 王文】``  info lines, body edges
DRAFTED             ``执笔:X`` ``采写:X`` ``撰文:X``                info lines, body edges
REPORTER_DATELINE   ``新京报讯（记者 陆一夫）`` ``(记者陈智 整合)``    first body lines
REPORTER            ``新京报记者 陆一夫`` ``光明日报记者 王建宏 张文攀``  info lines, body edges
==================  ==========================================  ======================

Names are 2–4 Han characters (or one Latin handle), separated by spaces or ``、``, and must be
followed by a boundary (space, bracket, ``报道``, ``摄``, end): ``记者问林郑…`` is a sentence,
not a credit. Words from ``yunmei/data/not_names.txt`` are never names.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_NAME = r"(?:[\u3400-\u9fff·]{2,4}|[A-Za-z][A-Za-z0-9_]{2,20})"
_END = r"(?=$|[\s)）】\]、,，;；|｜/&＆]|报道|摄|整理|整合|发自|通讯员|实习生|编辑)"
NAMES = rf"(?P<names>{_NAME}{_END}(?:\s*[、\s&＆]\s*{_NAME}{_END}){{0,3}})"
_TITLE = r"(?:本报|本台|特约|见习|实习|首席|驻\S{1,6})?记者"
CREDIT_SHAPES: dict[str, re.Pattern] = {
    "AUTHOR_LABEL": re.compile(
        rf"(?:(?:^|[\s|｜【\[(（》])作\s*者\s*[:：]?|作\s*者\s*[:：])\s*(?:{_TITLE}\s*)?{NAMES}"
    ),
    "TEXT_ROLE": re.compile(
        rf"(?:^|[\s【\[(（])(?:文|文字|撰文)\s*[/／|｜]\s*(?:[^\s/／]{{0,12}}?(?:作者|{_TITLE})\s*)?{NAMES}"
    ),
    "DRAFTED": re.compile(
        rf"(?:执笔|采写|撰稿)\s*(?:人)?\s*[:：/／]?\s*(?:\S{{0,8}}?{_TITLE}\s*)?{NAMES}"
    ),
    "REPORTER_DATELINE": re.compile(rf"(?:讯|电)\s*[(（]\s*{_TITLE}\s*{NAMES}"),
    "REPORTER": re.compile(rf"(?:^|[\s(（【]|[\u3400-\u9fff]{{2,8}}?){_TITLE}\s*{NAMES}"),
}
_SPLIT = re.compile(r"[\s、&＆]+")
INFO_LINE_MAX = 120  # characters: a longer line is a paragraph, where only datelines count
EDGE_LINE_MAX = 40  # a body's closing credit is a short line of its own


@cache
def not_names() -> frozenset[str]:
    text = resources.files("yunmei").joinpath("data/not_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _names(match: re.Match) -> list[str]:
    stop = not_names()
    out = []
    for name in _SPLIT.split(match.group("names")):
        if not name or name in stop or any(name.startswith(w) for w in stop if len(w) >= 2):
            continue
        out.append(name)
    return out


PHOTO_CREDIT = re.compile(r"摄\s*[)）】\]]?\s*$|^\W*(?:图片?|摄影|图片来源)\s*[:：/／]")


def credits_in(text: str, shapes: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """(shape, names) of the first credit of the given shapes in ``text``; None if none."""
    if PHOTO_CREDIT.search(text):  # a photographer is not the writer
        return None
    for shape in shapes:
        match = CREDIT_SHAPES[shape].search(text)
        if match:
            names = _names(match)
            if names:
                return shape, names
    return None


INFO_SHAPES = ("AUTHOR_LABEL", "TEXT_ROLE", "DRAFTED", "REPORTER")
OPENING_SHAPES = ("REPORTER_DATELINE", "TEXT_ROLE", "AUTHOR_LABEL")
CLOSING_SHAPES = ("REPORTER", "TEXT_ROLE", "AUTHOR_LABEL", "DRAFTED")


def is_credit_line(text: str) -> bool:
    """A short line that is only a writer credit (``光明日报记者 王建宏 张文攀``): not body text."""
    if len(text) > EDGE_LINE_MAX:
        return False
    found = credits_in(text, CLOSING_SHAPES)
    if not found:
        return False
    rest = text
    for name in found[1]:
        rest = rest.replace(name, "")
    return len(re.sub(r"[\s()（）【】\[\]/／:：、]", "", rest)) <= 10


def writer_credit(
    lines: list[str], info_count: int, meta_author: str | None = None
) -> tuple[str, list[str], str] | None:
    """(raw credit text, names, where) for the article's lines (headline excluded).

    ``lines``: the article's visible non-link lines from under the headline to its end; the
    first ``info_count`` are the info lines. Looked for in order: the info lines, a dateline
    opening a paragraph, a short closing credit line, a ``<meta name=author>`` printed on the
    page as a person's name.
    """
    for text in lines[:info_count]:
        if len(text) <= INFO_LINE_MAX:
            shapes = INFO_SHAPES if len(text) <= EDGE_LINE_MAX else INFO_SHAPES[:3]
            found = credits_in(text, shapes)
            if found:
                return text, found[1], "info"
    for text in lines:
        if len(text) > EDGE_LINE_MAX:
            found = credits_in(text[:80], OPENING_SHAPES[:1])
            if found:
                return text[:80], found[1], "opening"
    for text in reversed(lines):
        if len(text) <= EDGE_LINE_MAX:
            found = credits_in(text, CLOSING_SHAPES)
            if found:
                return text, found[1], "closing"
    if meta_author and person_like(meta_author):
        for text in lines[:info_count]:
            if meta_author in text.split():
                return text, [meta_author], "meta"
    return None


ORG_MARK = re.compile(r"网|报|社|台|新闻|财经|媒体|综合|中心|[.@,，]")


def person_like(name: str) -> bool:
    """A metadata author that names a person, not a site, paper or desk."""
    name = name.strip()
    return bool(re.fullmatch(_NAME, name)) and not ORG_MARK.search(name) and name not in not_names()
