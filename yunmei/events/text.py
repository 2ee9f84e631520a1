"""Clause segmentation: sentences (with their paragraph) and clauses, and number words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from yunmei.events import lexicon as lx

MAX_CLAUSE = 600  # longer "clauses" are run-on junk, not result statements


def cn_int(s: str) -> int | None:
    """'16' / '十六' / '一百二十' / '两千' -> int."""
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits["两"] = 2
    units = {"十": 10, "百": 100, "千": 1000}
    total, cur = 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch in units:
            total += (cur or 1) * units[ch]
            cur = 0
        else:
            return None
    return total + cur


def norm_name(n: str) -> str:
    return re.sub(r"[“”\"'‘’《》「」\s]", "", n)


@dataclass
class Sentence:
    idx: int  # -1 for the title
    para: int
    text: str


SENTENCE_RE = re.compile(r"[^。!?]*[。!?]+[”’」』]*|[^。!?]+")


# a line that carries on the one before (poster layouts: 名字 / 凭《W》 / 获得幼儿组特等奖; a name
# wrapped from its verb: 我院书记员金晶 / 取得个人第六名): a work's lead or a result verb opens it
_RESULT_VERB_WORDS = sorted(lx.words("result_verbs"), key=len, reverse=True)
_CONTINUES_RE = re.compile(r"(?:凭借?|以)《|(?:" + "|".join(_RESULT_VERB_WORDS) + r"|获)(?![奖悉])")
_OPEN_LINE_RE = re.compile(r"[^。!?;:,、.]$")
# a line opening with a clause mark (、樊文杰组合… / ,获得第二名) is the line before carried on
_OPENS_WITH_CLAUSE_MARK_RE = re.compile(r"[,、;。!?]")
# a line ending in its result verb (乌苏市公安局交警大队获得 / 团体奖第一名): the tier is on the next
_ENDS_WITH_VERB_RE = re.compile(r"[^\W\d]{2}(?:" + "|".join(_RESULT_VERB_WORDS) + r")$")
# the open tail of a line: what follows its last end mark (…内容丰富。杜军护 → 杜军护)
_OPEN_TAIL_RE = re.compile(r"[^。!?]*$")


# a line ending in a contest's edition (…第二十二届全国大学生 / 第七届“小白鸽”): the name wraps on
_WRAPPED_EDITION_RE = re.compile(
    r"(?:第[\d一二三四五六七八九十百]+届|首届)[^\s,,。;;::!?、]{0,12}$"
)
_OPENS_WITH_MARK_RE = re.compile(r"[\W\d]")
# a day alone on a line (poster layouts): it dates the line after it
_DAY_ALONE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上|晚间|晚)?")


def _joined_broken_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(paragraph, text): a short line without an end mark is joined by the line continuing it."""
    out: list[tuple[int, str]] = []
    last = -1  # the index in out of the latest non-empty line
    for p, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        prev = out[last][1] if last >= 0 else ""
        if prev and _DAY_ALONE_RE.fullmatch(prev) and not _OPENS_WITH_MARK_RE.match(text):
            out[last] = (out[last][0], prev + "," + text)  # 4月24日 / 本次大赛的收官之战…: that day
            continue
        wrapped = _WRAPPED_EDITION_RE.search(prev)
        if (
            wrapped
            and not lx.EV_SUFFIX_RE.search(wrapped.group(0))  # 第五届中学生运动会 is a whole name
            and not _OPENS_WITH_MARK_RE.match(text)
        ):
            out[last] = (out[last][0], prev + text)  # 第二十二届全国大学生 / 机器人大赛…: one name
            continue
        if prev and _OPENS_WITH_CLAUSE_MARK_RE.match(text):
            out[last] = (
                out[last][0],
                prev + text,
            )  # 钛一代表队的黄玉祥 / 、樊文杰组合: one sentence
            continue
        if prev and _ENDS_WITH_VERB_RE.search(prev) and not _OPENS_WITH_MARK_RE.match(text):
            out[last] = (out[last][0], prev + text)  # …交警大队获得 / 团体奖第一名: one clause
            continue
        tail = _OPEN_TAIL_RE.search(prev).group(0) if prev else ""
        if (
            tail
            and _CONTINUES_RE.match(text)
            and len(tail) <= 40
            and (len(text) <= 40 or len(tail) < len(prev))
            and _OPEN_LINE_RE.search(prev)
        ):
            out[last] = (out[last][0], prev + "," + text)
            continue
        out.append((p, text))
        last = len(out) - 1
    return out


def split_sentences(body: str, title: str) -> list[Sentence]:
    out: list[Sentence] = []
    if title.strip():
        out.append(Sentence(-1, -1, title.strip()))
    idx = 0
    for p, para in _joined_broken_lines(body.split("\n")):
        # a full stop inside quotes (“环境。和谐。家园”) does not end the sentence
        for m in SENTENCE_RE.finditer(lx.mask(para)):
            s = para[m.start() : m.end()].strip()
            if s:
                out.append(Sentence(idx, p, s))
                idx += 1
    return out


# (女队 )冠军: / 八强名单: — a label, or a group heading then a label, opening the next row
_LABEL_AHEAD_RE = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,4}} )?(?:{lx.TIER}|[\u4e00-\u9fff]{{1,4}}名单)\s?:"
)


def split_clauses(text: str) -> list[tuple[int, str]]:
    """Split on , and ; outside quotes/brackets; (offset, clause) pairs."""
    masked = lx.mask(text)
    out, last = [], 0
    spaced_labels = " " in masked and ":" in masked
    for i, ch in enumerate(masked):
        if ch in ",;。!?" or (
            # 冠军:A 亚军:B 季军:C on one line (spaced_label_rows): each label starts a clause
            ch == " " and spaced_labels and _LABEL_AHEAD_RE.match(masked, i + 1)
        ):
            if i > last:
                out.append((last, text[last:i]))
            last = i + 1
    if last < len(text):
        out.append((last, text[last:]))
    return out
