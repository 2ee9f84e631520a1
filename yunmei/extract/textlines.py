"""Layer 4: visible-text patterns that work on any markup (site-spec §2–§5).

The page is rendered to lines once (:mod:`yunmei.extract.render`); everything here is a
regular expression or a short scan over those lines:

- the info line ``{time} 来源:{source} 作者:{byline}`` (the three parts may also be on
  adjacent lines, in any order) and the 媒体云 line ``©原创 {time} {source}``;
- the title (an optional ``栏目|`` prefix is the column) and the subtitle between title and time;
- where the body ends (editor lines, ``作者:`` footers, comment widget, 湛图片, 热点新闻排行,
  数字报, app banners, ``展开详细``, the pager);
- chrome, original notices (→ ``is_original``), photo credits, the pager digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from yunmei.extract.editors import is_editor_line
from yunmei.extract.render import Block
from yunmei.site import site_profile

TIME_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<h>\d{1,2})\s*[:：时]\s*(?P<mi>\d{2})(?:\s*[:：分]\s*(?P<s>\d{2}))?)?(?!\d)"
)
SOURCE_RE = re.compile(r"来\s*源\s*[:：]\s*(?P<v>.*?)\s*(?=作\s*者\s*[:：]|$)")
BYLINE_RE = re.compile(r"作\s*者\s*[:：]\s*(?P<v>.*?)\s*(?=来\s*源\s*[:：]|$)")
LABEL_RE = re.compile(r"来\s*源\s*[:：]|作\s*者\s*[:：]")
BYLINE_LINE = re.compile(r"^\s*作\s*者\s*[:：]\s*(?P<v>.+?)\s*$")
# 媒体云: "©原创 2025-08-28 18:32 湛江云媒" / "2021-11-06 09:33 湛江日报"
MEDIACLOUD_INFO = re.compile(
    r"^(?P<orig>[©Ⓒ]\s*原创\s*)?(?P<time>\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})\s+(?P<src>[^\s:：]{2,16})$"
)
COLUMN_RE = re.compile(
    r"^(?P<col>[^|｜\s]{1,16}(?:\s?·\s?[^|｜\s]{1,12})?)\s*[|｜]\s*(?P<title>\S.*)$"
)
# e-paper dateline openers: "本报讯(记者X 通讯员Y)"
EPAPER_OPENER = re.compile(r"^\s*(?:■\s*)?本报[^\s(（]{0,8}讯\s*[(（](?P<v>[^()（）]{2,80})[)）]")

_CHROME = "|".join(site_profile().chrome_lines)
CHROME_LINE = re.compile(rf"^(?:{_CHROME})$", re.I)
# lines after which the article is over
_END = "|".join(site_profile().end_of_article_lines)
END_LINE = re.compile(rf"^(?:{_END})", re.I)
# notices closing original articles (site-spec §2): out of the body, they set is_original
NOTICE_LINE = re.compile(
    r"^[(（]?\s*(?:(?:湛江晚报|湛江日报)[、,，]\s*)?湛江云媒(?:客户端)?原创[,，。]?\s*(?:未经授权不得转载)?[。.]?\s*[)）]?$"
    r"|^[(（]?\s*未经授权[,，]?\s*不得转载[。.]?\s*[)）]?$"
    r"|^[(（]\s*来源\s*[:：]\s*湛江云媒\s*[)）]$"
    r"|^[©Ⓒ]\s*原创$"
)
NOTICE_TAIL = re.compile(
    r"\s*[(（]?\s*(?:(?:湛江晚报|湛江日报)[、,，]\s*)?湛江云媒(?:客户端)?原创[,，。]?\s*(?:未经授权不得转载)?[。.]?\s*[)）]?$"
)
ORIGINAL_MARK = re.compile(r"云媒(?:客户端)?原创|^[©Ⓒ]\s*原创")
# photo credit lines: "记者 陈振园 摄", "(通讯员 李嘉恩 摄)", "图片由…提供", "资料图"
CREDIT_LINE = re.compile(
    r"^[(（]?\s*(?:(?:本报|特约)?记者|通讯员|实习生|见习记者)?\s*"
    r"[\u3400-\u9fff·]{2,4}(?:\s*[、\s]\s*[\u3400-\u9fff·]{2,4}){0,3}\s*摄\s*[)）]?$"
    r"|^[(（]\s*(?:图片|照片|视频)?由.{1,20}提供\s*[)）]$|^[(（]?\s*资料图(?:片)?\s*[)）]?$"
    r"|^[(（]?\s*图\s*[/:：]\s*.{2,20}[)）]?$"
)
CAPTION_START = re.compile(r"^(?:▲|△|↑|图为|图[:：]|上图|下图|左图|右图)")
PAGER_LINE = re.compile(
    r"^(?:首页|上一页|<<|«)?\s*(?P<d>\d(?:\s*\d)*)\s*(?:下一页|尾页|末页|>>|»)?$"
)
EPAPER_PAGE_RE = re.compile(
    r"第?\s*(?P<page>[A-Za-z]{0,2}\d{1,3})\s*版\s*[:：]?\s*(?P<name>[^\s\]】]{0,20})"
)
ERROR_RE = re.compile(
    # a bare 404 only as an error code, never inside a title like "第404场"
    r"(?:^|[\s:：(（\-])404(?:$|[\s:：)）\-])|(?<![\d第])404(?:错误|页面)|(?:错误|error|http)\s*404|页面不存在|页面未找到|找不到(?:该|此|您要访问的)?页面|您访问的页面|not\s*found|"
    r"文章不存在|已被删除|已删除|出错了|服务器错误|500\s*internal|403\s*forbidden",
    re.I,
)
SPAM_RE = re.compile(
    r"博彩|赌场|赌博|娱乐城|百家乐|老虎机|真人视讯|棋牌|彩票|六合彩|时时彩|体育(?:官网|官方|app|平台|投注)|"
    r"下注|投注|威尼斯人|葡京|皇冠体育|开云|色情|成人视频|约炮|福利视频|黄色网站|"
    r"\bbet\d*|casino|porn|[a-z0-9-]+\.(?:com|net|cc|vip|top|xyz)\b",
    re.I,
)


@dataclass
class Info:
    """What the info line(s) say; ``source_seen`` tells an empty ``来源:`` from none."""

    start: int
    end: int  # exclusive
    published_raw: str | None = None
    source: str | None = None
    byline_raw: str | None = None
    original: bool = False


def headline_like(text: str) -> bool:
    """Could this line be a title or a subtitle?"""
    if not 4 <= len(text) <= 100:
        return False
    if CHROME_LINE.match(text) or END_LINE.match(text) or TIME_RE.search(text):
        return False
    if text.endswith(("。", "：", ":")) or LABEL_RE.search(text):
        return False
    return not any(mark in text for mark in (">", "›", "»", "当前位置"))


def parse_pager(text: str) -> list[int] | None:
    """``"12"`` → [1, 2]; ``"45678"`` → [4 … 8]; ``"1 2 3"`` → [1, 2, 3]; None if not a pager.

    A pager is a run of consecutive page numbers printed without separators.
    """
    match = PAGER_LINE.match(text)
    if not match:
        return None
    digits = match.group("d")
    if " " in digits:
        numbers = [int(x) for x in digits.split()]
        if len(numbers) >= 2 and all(b == a + 1 for a, b in pairwise(numbers)):
            return numbers
        return None
    if len(digits) < 2 or len(digits) > 40:
        return None
    for first_len in (1, 2):
        numbers, i, current = [], 0, int(digits[:first_len])
        if current == 0:
            continue
        while i < len(digits):
            token = str(current)
            if not digits.startswith(token, i):
                break
            numbers.append(current)
            i += len(token)
            current += 1
        if i == len(digits) and len(numbers) >= 2:
            return numbers
    return None


def find_info(
    lines: list[Block], start: int = 0, stop: int | None = None, strong: bool = False
) -> Info | None:
    """The info line(s): a time with ``来源:``/``作者:`` beside it, or the 媒体云 line.

    Falls back (unless ``strong``) to a line holding only a time right after a headline-like
    line.
    """
    stop = len(lines) if stop is None else stop
    weak: int | None = None
    for i in range(start, stop):
        text = lines[i].text
        if not text or len(text) > 300:
            continue
        time = TIME_RE.search(text)
        if time is None:
            continue
        if MEDIACLOUD_INFO.match(text):
            return info_from(lines, i, i + 1)
        labelled = LABEL_RE.search(text)
        if labelled:
            return _info_span(lines, i, stop)
        # labels on the next lines (table cells, separate divs)
        if len(text) <= 40 and time.group("h") is not None:
            nxt = _next_text(lines, i, stop)
            if nxt is not None and LABEL_RE.match(lines[nxt].text):
                return _info_span(lines, i, stop)
            if weak is None and text.strip() == time.group(0).strip():
                prev = _prev_text(lines, i, start)
                if prev is not None and headline_like(lines[prev].text):
                    weak = i
    if weak is not None and not strong:
        return _info_span(lines, weak, stop)
    return None


def _next_text(lines: list[Block], i: int, stop: int) -> int | None:
    for j in range(i + 1, min(stop, i + 4)):
        if lines[j].text:
            return j
    return None


def _prev_text(lines: list[Block], i: int, start: int) -> int | None:
    for j in range(i - 1, max(start, i - 4) - 1, -1):
        if lines[j].text:
            return j
    return None


def _info_span(lines: list[Block], i: int, stop: int) -> Info:
    """The time line plus adjacent label lines (``来源:…`` / ``作者:…``) before or after it."""
    first, last = i, i + 1
    while (
        first > 0
        and LABEL_RE.match(lines[first - 1].text or "-")
        and not TIME_RE.search(lines[first - 1].text)
    ):
        first -= 1
    while last < stop and lines[last].text and LABEL_RE.match(lines[last].text):
        last += 1
    return info_from(lines, first, last)


def info_from(lines: list[Block], first: int, last: int) -> Info:
    info = Info(first, last)
    parts = [lines[k].text for k in range(first, last) if lines[k].text]
    # labels are parsed per line so that a value never runs into the next line
    for part in parts:
        mc = MEDIACLOUD_INFO.match(part)
        if mc:
            info.published_raw = mc.group("time")
            info.source = mc.group("src")
            info.original = bool(mc.group("orig"))
            continue
        time = TIME_RE.search(part)
        if time and info.published_raw is None:
            info.published_raw = time.group(0).strip()
        rest = TIME_RE.sub(" ", part)
        source = SOURCE_RE.search(rest)
        if source and info.source is None:
            info.source = clean_source(source.group("v"))
        byline = BYLINE_RE.search(rest)
        if byline and info.byline_raw is None:
            info.byline_raw = byline.group("v").strip() or None
    return info


def clean_source(value: str) -> str | None:
    value = value.strip(" :：|")
    return value or None


def split_column(title: str) -> tuple[str | None, str]:
    """``报小拍|坡头区…`` → (``报小拍``, ``坡头区…``); a title without a bar has no column."""
    match = COLUMN_RE.match(title)
    if not match:
        return None, title
    return match.group("col").replace(" ", ""), match.group("title").strip()


def find_title(
    lines: list[Block], info_start: int, title_tag: str | None, lower: int = 0
) -> tuple[int | None, list[int]]:
    """Index of the title line and indexes of subtitle lines, looking up from the info line.

    Candidates are the headline-like lines right above the info line (at most three, not
    crossing chrome). A heading element wins (the highest level), then a line the ``<title>``
    tag contains, then document order: the first candidate is the title, the rest subtitle.
    """
    cands: list[int] = []
    i = info_start - 1
    while i >= lower and len(cands) < 3:
        block = lines[i]
        if block.is_image or not block.text:
            i -= 1
            continue
        if not headline_like(block.text) or (block.link and not block.heading):
            break
        cands.append(i)
        i -= 1
    if not cands:
        return None, []
    cands.reverse()  # document order
    headed = [c for c in cands if lines[c].heading]
    if headed:
        best = min(headed, key=lambda c: (lines[c].heading, c))
        return best, [c for c in cands if c > best]
    if title_tag:
        for c in cands:
            _col, bare = split_column(lines[c].text)
            if bare in title_tag or lines[c].text in title_tag:
                return c, [x for x in cands if x > c]
    if len(cands) == 3:
        cands = cands[1:]
    return cands[0], cands[1:]


def closes_article(text: str) -> bool:
    """Editors, a footer byline, comments, side boxes …: the article is over."""
    return bool(END_LINE.match(text) or is_editor_line(text) or BYLINE_LINE.match(text))


def _pager_closes(lines: list[Block], i: int, stop: int) -> bool:
    """A digits line is the pager only when nothing but closing lines follow it."""
    seen = 0
    for j in range(i + 1, stop):
        text = lines[j].text
        if not text:
            continue
        if closes_article(text) or CHROME_LINE.match(text):
            return True
        seen += 1
        if seen >= 1:
            return False
    return True


def body_end(lines: list[Block], start: int, stop: int | None = None) -> int:
    """Index of the first line after ``start`` that closes the article."""
    stop = len(lines) if stop is None else stop
    for i in range(start, stop):
        text = lines[i].text
        if not text:
            continue
        if closes_article(text):
            return i
        if i > start and parse_pager(text) is not None and _pager_closes(lines, i, stop):
            return i
    return stop
