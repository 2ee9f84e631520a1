"""D10 performer over piece: in a performance contest, a performer printed with its 《piece》 wins.

The readers (lists, prose shapes) credit a 《piece》 as a `work` with the unit or person printed
beside it as its affiliation. In a song, dance, recitation or speech contest that unit is the
performer, and the performer is the recipient; a unit that only sent the piece (`X选送的《W》`) or
made it (`X创作的《W》`) is not, and a piece printed alone stays the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from yunmei.events import lexicon as lx
from yunmei.events.recipients import name_class, recipient

_PERFORMANCE_RE = re.compile(lx.alt(lx.words("performance_words")))
_CREATION_RE = re.compile(lx.alt(lx.words("creation_words")))
_GENRE = lx.alt(lx.words("performance_genres"))
_PERFORM_VERB = r"表演|演唱|演奏|朗诵|诵读|演讲|带来|献上|自编自演"
# a unit that only sent or made the piece, printed between it and the piece: never glue
_NOT_PERFORMED = r"的|选送|推荐|报送|送选|创作|改编|编创|作者|撰写|制作|指导"
_STYLE = rf"(?:(?!{_NOT_PERFORMED})[{lx.CJK}])"
# what a result line prints between a performer and its piece: 的, a performing verb, a genre (with
# a few letters of style before it: 藏族舞蹈, 男声小合唱), 作品/节目 — never 选送/推荐/创作/作者; after
# 的 also a few letters of a dance or song kind not in the genre list (X的三步踩《W》)
# the performers' role noun (第二组选手《W》) and a manner or together word before the verb
# (深情诵读的《W》, 联袂演唱的): the performer's designation, no part of the piece
_PERFORMER_ROLE = r"选手|同学|队员|学生|小朋友|老师|教师|们"
_MANNER = r"深情|倾情|动情|激情|精彩|完美|联袂|共同|一起|集体|齐声"
_GLUE_RE = re.compile(
    rf"(?:{_PERFORMER_ROLE})?(?:的)?(?:参赛)?(?:(?:{_MANNER})(?:地)?)?(?:{_PERFORM_VERB})?(?:的)?"
    rf"(?:(?:原创|参赛)?{_STYLE}{{0,4}}?(?:{_GENRE})|(?<=的){_STYLE}{{1,4}})?(?:作品|节目)?\s*:?\s*"
)
# 乐器合奏新锦社区阳光民乐团《壮乡风韵》: a genre printed before the performer is no part of its name
_GENRE_LEAD_RE = re.compile(rf"^(?:{_GENRE})")
_PERFORMED_RE = re.compile(rf"{_PERFORM_VERB}|{_GENRE}")
# a prize for the piece as written or staged (最佳作品奖, 优秀合唱作品奖, 最佳编创奖): the work keeps it
_PIECE_PRIZE_RE = re.compile(r"作品|创作|编创|编导|剧本|词曲|作曲")
# where the clause that prints the performer starts
_CLAUSE_CUT_RE = re.compile(r"[,。;!?\n]")
_LEAD_WORDS_RE = re.compile(r"^(?:[、和与及]|最终|最后|其中|另外|此外|而|由|是|有|来自|并)+")
_NAMED_AFTER_RE = re.compile(
    r"\s*(?:演讲者|表演者|演唱者|朗诵者|诵读者|演奏者)\s*:\s*(?P<names>[^\n,。;]+)"
)
_BRACKETED_AFTER_RE = re.compile(r"\((?P<x>[^()]{2,30})\)")
_SPACED_AFTER_RE = re.compile(r"[ \t\u3000]+(?P<x>[^\s,。;《》()]{2,30})[ \t\u3000]*(?:\n|$)")


def _clause_before(body: str, at: int) -> str:
    """The text of the clause up to a piece at `at`, from the last delimiter or earlier piece."""
    before = body[max(0, at - 60) : at]
    cuts = list(_CLAUSE_CUT_RE.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    before = before.rsplit("》", 1)[-1]
    if ":" in before:  # 一等奖:X《W》 vs 影像科:《W》: the side of the colon that holds a name
        head, _, tail = before.rpartition(":")
        before = tail if tail.strip() else head
    return _LEAD_WORDS_RE.sub("", before.strip())


_JOINED_RE = re.compile(r"[和与及、]")
# 第二组选手《W》: a numbered group is a performer only with its role noun (a bare 第二组 is a category)
_NUMBERED_SIDE_RE = re.compile(r"第[一二三四五六七八九十\d]{1,2}组")
_ROLE_GLUE_RE = re.compile(rf"^(?:{_PERFORMER_ROLE})")


def _performer_set(name: str, glue: str) -> list[dict] | None:
    """The performers a printed name stands for: one name, a set joined by 和/、 (范奎和顾诗宇的合唱,
    第一组和第四组选手: performers_joined), or numbered groups named by their role noun."""
    parts = [x for x in _JOINED_RE.split(name) if x]
    if _ROLE_GLUE_RE.match(glue) and parts and all(_NUMBERED_SIDE_RE.fullmatch(x) for x in parts):
        return [{"name": x, "kind": "team", "affiliation": None} for x in parts]
    if len(parts) < 2:
        return None
    members = [recipient(x, True) for x in parts]
    if all(
        m and m["kind"] in ("person", "team", "organization") and m["name"] == x
        for m, x in zip(members, parts, strict=True)
    ):
        return members
    return None


def _performer_before(before: str, aff: str | None) -> tuple[list[dict], str] | None:
    """(performers, glue) printed right before the piece: the reader's affiliation when the text
    joins it to the piece, else the longest complete name the glue leaves."""
    if aff:
        cut = before.rfind(aff)
        if cut >= 0 and _GLUE_RE.fullmatch(before[cut + len(aff) :]):
            glue = before[cut + len(aff) :]
            bare = _GENRE_LEAD_RE.sub("", aff)
            r = recipient(bare if bare != aff and name_class(bare) else aff, False)
            joined = _performer_set(aff, glue)
            if joined:
                return joined, glue
            return ([r], glue) if r and r["kind"] != "work" else None
        return None
    for end in range(len(before), 1, -1):
        glue = before[end:]
        if not _GLUE_RE.fullmatch(glue):
            continue
        name = before[:end]
        if name_class(name) in ("org", "person"):
            r = recipient(name, True)
            # 赫章县实验中学曹雕诵读的《W》: a person may carry the unit printed before it
            if r and r["kind"] != "work" and name.endswith(r["name"]):
                unit = r["affiliation"] if r["kind"] == "person" else None
                rest = before[len(unit) :] if unit and before.startswith(unit) else None
                if rest and _GLUE_RE.fullmatch(rest) and name_class(unit) == "org":
                    # 青岛58中管弦乐合奏《W》: the style of the piece (管弦乐) is no person
                    # after the school (genre_style_not_a_name)
                    return [recipient(unit, True) or r], rest
                return [r], glue
        joined = _performer_set(name, glue) if glue else None
        if joined:
            return joined, glue
    return None


def _performers_after(after: str, unit: str | None) -> list[dict] | None:
    """《W》 演讲者:A、B — the performers named after the piece, the unit before it theirs."""
    m = _NAMED_AFTER_RE.match(after)
    if not m:
        return None
    # the label says these are people: a rare surname (居莹莹) is read too
    people = [recipient(x, False) for x in re.split(r"[、/]", m.group("names").strip())]
    if not people or any(p is None or p["kind"] != "person" for p in people):
        return None
    return [{**p, "affiliation": p["affiliation"] or unit} for p in people]


def _named_after(after: str, aff: str | None) -> dict | None:
    """《W》(X) / 《W》 X: the performer the reader took as the piece's affiliation, printed after it."""
    m = _BRACKETED_AFTER_RE.match(after) or _SPACED_AFTER_RE.match(after)
    aff = aff.strip("() ") if aff else None  # a list reader keeps the brackets: (X)
    if not m or not aff or m.group("x").strip() != aff:
        return None
    r = recipient(aff, False)
    return r if r and r["kind"] != "work" else None


# (shape, reader): each reads the performers of the piece at one place, or None
_Reader = Callable[[str, str, str | None, bool], list[dict] | None]


def _read_named_after(before: str, after: str, aff: str | None, perf: bool) -> list[dict] | None:
    unit = aff or (before.rstrip(": ") if 2 <= len(before.rstrip(": ")) <= 20 else None)
    return _performers_after(after, unit) if perf else None


def _read_before(before: str, after: str, aff: str | None, perf: bool) -> list[dict] | None:
    found = _performer_before(before, aff)
    if not found:
        return None
    rs, glue = found
    return rs if perf or _PERFORMED_RE.search(glue) else None


def _read_after(before: str, after: str, aff: str | None, perf: bool) -> list[dict] | None:
    r = _named_after(after, aff) if perf and not before.strip() else None
    return [r] if r else None


PERFORMER_SHAPES: tuple[tuple[str, _Reader], ...] = (
    # 三家医院《以青春的名义宣誓》 演讲者:王猛、涂谊铭 (performers_named_after)
    ("performers_named_after", _read_named_after),
    # 倪邱镇霓虹舞蹈队《张灯结彩》 / 长安中心小学的群舞《乐土》 / X表演的《W》 (performer_then_piece)
    ("performer_then_piece", _read_before),
    # 《W》(X) / 《W》 X in a performance contest's list (piece_then_performer)
    ("piece_then_performer", _read_after),
)


def performance_contest(name: str | None) -> bool:
    """A contest whose name says its entries are performed (舞蹈大赛, 合唱比赛, 诵读大赛)."""
    return bool(name and _PERFORMANCE_RE.search(name) and not _CREATION_RE.search(name))


_PREVIOUS_PIECE_RE = re.compile(r"《[^《》\n]{1,40}》[^《》,。;!?\n]{0,20}[,;]\s*$")


def _carried_performer(body: str, at: int, before: str) -> list[dict] | None:
    """铁城小学原创舞蹈《W1》勇夺金奖,音乐剧《W2》荣获银奖: a clause opened by a bare genre and its
    piece goes on with the performer of the piece in the clause before (performer_carried)."""
    if not before or not _GLUE_RE.fullmatch(before) or not _PERFORMED_RE.search(before):
        return None
    start = body.rfind(before, max(0, at - 80), at)
    if start < 0:
        return None
    m = _PREVIOUS_PIECE_RE.search(body, max(0, start - 80), start)
    if not m:
        return None
    found = _performer_before(_clause_before(body, m.start()), None)
    return found[0] if found else None


# 《A》《B》 / 《A》、《B》: the piece before, joined to this one with nothing or a 、/和 between them
_PIECE_BEFORE_RE = re.compile(r"《[^《》\n]{1,40}》\s*[、和与及]?\s*$")
_SPREAD_RE = re.compile(r"分别|依次|各自")


def _run_start(body: str, at: int) -> int:
    """Where the run of pieces that ends with the piece at `at` starts (`at` when it is alone)."""
    start = at
    while m := _PIECE_BEFORE_RE.search(body, max(0, start - 50), start):
        start = m.start()
    return start


def _performer_of_run(body: str, at: int, aff: str | None, perf: bool) -> list[dict] | None:
    """X合唱团演唱的《A》《B》获得一等奖: a performer printed before a run of pieces performs each
    of them (performer_of_piece_run); `A和B分别以《W1》、《W2》` pairs them instead."""
    start = _run_start(body, at)
    if start == at:
        return None
    before = _clause_before(body, start)
    if _SPREAD_RE.search(before):
        return None
    return _read_before(before, body[start : start + 80], aff, perf)


def _occurrences(body: str, work: dict, perf: bool):
    """The performers printed with each occurrence of the piece, in the order of the text."""
    title, aff = work["name"], work.get("affiliation")
    at = body.find(title)
    while at >= 0:
        before, after = _clause_before(body, at), body[at + len(title) : at + len(title) + 80]
        found = next(
            (f for _shape, read in PERFORMER_SHAPES if (f := read(before, after, aff, perf))), None
        )
        if not found and not aff:
            found = _carried_performer(body, at, before)
        if not found and not before:
            found = _performer_of_run(body, at, aff, perf)
        if found:
            yield found
        at = body.find(title, at + 1)


def _performers(body: str, work: dict, perf: bool, held: set[str]) -> list[dict] | None:
    """The performers of the piece; where it is printed twice (two choirs sang 《在太行山上》), the
    occurrence whose performer the award already holds (same_piece_two_performers)."""
    first = None
    for found in _occurrences(body, work, perf):
        if any(x["name"] in held for x in found):
            return found
        first = first or found
    return first


def performer_over_piece(event: dict, body: str) -> dict:
    """The event with each performed 《piece》 credited to the performer printed with it (D10)."""
    name = event.get("name")
    if name and _CREATION_RE.search(name):
        return event
    perf = performance_contest(name)
    seen: set[tuple] = set()
    for a in event.get("awards", []):
        if _PIECE_PRIZE_RE.search(a.get("tier") or ""):
            seen.update((a["tier"], a.get("category"), r["name"]) for r in a["recipients"])
            continue
        out = []
        held = {r["name"] for r in a["recipients"] if r["kind"] != "work"}
        for r in a["recipients"]:
            found = _performers(body, r, perf, held) if r["kind"] == "work" else None
            for x in found or [r]:
                key = (a["tier"], a.get("category"), x["name"])
                if found and key in seen:
                    continue  # 安仁镇's two dances under one tier: one award of the town
                seen.add(key)
                out.append(x)
        a["recipients"] = out
    event["awards"] = [a for a in event.get("awards", []) if a["recipients"]]
    return event
