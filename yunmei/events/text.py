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


def split_sentences(body: str, title: str) -> list[Sentence]:
    out: list[Sentence] = []
    if title.strip():
        out.append(Sentence(-1, -1, title.strip()))
    idx = 0
    for p, para in enumerate(body.split("\n")):
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
