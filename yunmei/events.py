"""Events (contests, matches, selections, exams) and their results, read from article text.

``extract_events(text, published_at=None, *, title=None) -> list[dict]`` returns the events of the
public contract (``../shared/contract.md``)::

    {name, kind, date, venue, organizer, participants,
     awards: [{tier, tier_rank, recipients: [{name, kind, affiliation}], category}],
     evidence, medal_tally}

``medal_tally`` ({gold, silver, bronze} or None) is an addition: a count like ``4金5银7铜`` names
nobody, so it is kept on the event instead of becoming awards.

Rules, briefly:

- Only events with results are returned: an article that merely announces prizes (``设一等奖3名``,
  ``将评出``), counts winners without naming them, tallies medals, recalls past wins (``曾获得``,
  ``去年``) or hopes for them (``力争``) gives ``[]``; so does an event held without results named.
- Awards come from clause patterns: ``A获得一等奖``, ``A、B和C分获一、二、三等奖``, ``一等奖由A获得``,
  ``获得一等奖的是A``, ``冠军为A``, ``一等奖:A、B``, ``金牌被A收入囊中``; a result stated twice counts once.
- Recipient lists split on 、 , and on 和/与/及/以及 only when both sides are complete names of the
  same sort (so 区住房和城乡建设局 stays whole); affiliations come from ``名(单位)`` and ``单位(的)(选手)名``.
- The event is the contest named most recently before the result (``…擂台赛``, ``“创新湛江杯”科普讲解大赛``);
  results before any name, or in an article that names none, go to one unnamed event (or to the
  only named contest, or to the one the title names).
- Date, venue, organiser and participant count come from the sentences that name the event, then
  from the rest of its stretch of text; month-day dates take the year of ``published_at`` unless
  that would put them after publication.

Input is normalized simplified text; full-width punctuation is accepted and comes back in ASCII
(``,;:()``) in names and evidence. The function never raises: on an internal error it logs and
returns ``[]`` (set ``STRICT = True`` to let errors through, as the tests do).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from yunmei import events_lexicon as lx

log = logging.getLogger(__name__)

STRICT = False  # tests set this so a bug fails loudly instead of returning []

MAX_CLAUSE = 600  # longer "clauses" are run-on junk, not result statements
MAX_NAME = 60  # an event name longer than this is a run-on phrase

__all__ = ["extract_events", "tier_rank"]


# ------------------------------------------------------------------------------------------------
# small helpers


def _cn_int(s: str) -> int | None:
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


_RANK_WORDS = {
    "冠军": 1,
    "金奖": 1,
    "金牌": 1,
    "亚军": 2,
    "银奖": 2,
    "银牌": 2,
    "季军": 3,
    "铜奖": 3,
    "铜牌": 3,
    "殿军": 4,
}


def tier_rank(tier: str) -> int | None:
    """0 for 特等奖, 1 for first/gold/champion, N for 第N名 / N等奖, None for unranked prizes."""
    t = re.sub(r"^(?:团体)?(?:总分)?", "", tier)
    if t == "特等奖":
        return 0
    if t in _RANK_WORDS:
        return _RANK_WORDS[t]
    m = re.fullmatch(r"([一二三四五六七八九十\d]+)等奖", t) or re.fullmatch(
        r"第([一二三四五六七八九十\d]+)名?", t
    )
    return _cn_int(m.group(1)) if m else None


def _cn_numeral(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


def _expand_tiers(s: str) -> list[str]:
    """A printed tier list -> the tiers it stands for ('一、二、三等奖' -> 一等奖, 二等奖, 三等奖)."""
    if lx.TIER_RE.fullmatch(s):
        return [s]
    m = lx.TEAM_PREFIX_RE.fullmatch(s)
    if m:  # 团体二等奖、三等奖 -> 团体二等奖, 团体三等奖
        team = m.group("team")
        return [t if t.startswith("团体") else team + t for t in _expand_tiers(m.group("tier"))]
    m = re.fullmatch(r"([一二三四五六七八九十、和及与]+)等奖", s)
    if m:
        return [f"{c}等奖" for c in m.group(1) if c in lx.NUM_CN]
    m = re.fullmatch(r"冠(?:、|和)?亚(?:(?:、|和)?(季))?军", s)
    if m:
        return ["冠军", "亚军"] + (["季军"] if m.group(1) else [])
    m = re.fullmatch(r"([金银铜、和]+)([牌奖])", s)
    if m:
        return [c + m.group(2) for c in m.group(1) if c in "金银铜"]
    m = re.fullmatch(r"前([二三四五六七八九十\d])名", s)
    if m:
        n = _cn_int(m.group(1)) or 0
        return [f"第{_cn_numeral(i)}名" for i in range(1, min(n, 10) + 1)]
    m = re.fullmatch(r"第(.+)名", s)
    if m and not lx.TIER_RE.search(m.group(1)):
        nums = re.findall(r"[一二三四五六七八九十\d]+", m.group(1))
        if re.search(r"至|到", m.group(1)) and len(nums) == 2:
            lo, hi = _cn_int(nums[0]) or 0, _cn_int(nums[1]) or 0
            if 0 < lo < hi <= 10:
                return [f"第{_cn_numeral(i)}名" for i in range(lo, hi + 1)]
        return [f"第{n}名" for n in nums]
    return [t.group(0) for t in lx.TIER_RE.finditer(s)]


def _team_tier(tier: str, category: str | None) -> tuple[str, str | None]:
    """A team prize is its tier in category 团体: (团体一等奖, 高中组) -> (一等奖, 高中组团体)."""
    m = lx.TEAM_PREFIX_RE.fullmatch(tier)
    if not m or tier_rank(m.group("tier")) is None:
        return tier, category
    if category and "团体" in category:
        return m.group("tier"), category
    return m.group("tier"), (category or "") + m.group("team")


def _norm_name(n: str) -> str:
    return re.sub(r"[“”\"'‘’《》「」\s]", "", n)


def _name_key(n: str) -> str:
    tail = re.split(r"[”》」]", n)[-1]
    return _norm_name(tail) if len(tail) >= 4 else _norm_name(n)


def _same_event(a: str, b: str) -> bool:
    na, nb = _norm_name(a), _norm_name(b)
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    if len(short) >= 4 and long.endswith(short):
        return True
    ka, kb = _name_key(a), _name_key(b)
    return len(ka) >= 4 and ka == kb


def _parse_published(published_at: Any) -> date | None:
    if not isinstance(published_at, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", published_at)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _resolve_date(m: re.Match, pub: date | None) -> date | None:
    """A DATE_RE match -> a date, the year (and month) taken from publication when not printed."""
    try:
        if m.group("rel"):
            return pub + timedelta(days=lx.RELATIVE_DAYS[m.group("rel")]) if pub else None
        if m.group("y2"):
            return date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        if m.group("d3"):
            if not pub:
                return None
            day = int(m.group("d3"))
            y, mo = pub.year, pub.month
            if day > pub.day:  # a day after publication is in the previous month
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            return date(y, mo, day)
        mo, day = int(m.group("m")), int(m.group("d"))
        if m.group("y"):
            return date(int(m.group("y")), mo, day)
        if not pub:
            return None
        if m.group("ly") == "去年":
            return date(pub.year - 1, mo, day)
        cand = date(pub.year, mo, day)
        if cand > pub and m.group("ly") != "今年":  # a date after publication is last year's
            cand = date(pub.year - 1, mo, day)
        return cand
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------
# text structure


@dataclass
class _Sentence:
    idx: int  # -1 for the title
    para: int
    text: str


_SENT_RE = re.compile(r"[^。!?]*[。!?]+[”’」』]*|[^。!?]+")


def _sentences(body: str, title: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    if title.strip():
        out.append(_Sentence(-1, -1, title.strip()))
    idx = 0
    for p, para in enumerate(body.split("\n")):
        for m in _SENT_RE.finditer(para):
            s = m.group(0).strip()
            if s:
                out.append(_Sentence(idx, p, s))
                idx += 1
    return out


def _clauses(text: str) -> list[tuple[int, str]]:
    """Split on , and ; outside quotes/brackets; (offset, clause) pairs."""
    masked = lx.mask(text)
    out, last = [], 0
    for i, ch in enumerate(masked):
        if ch in ",;。!?":
            if i > last:
                out.append((last, text[last:i]))
            last = i + 1
    if last < len(text):
        out.append((last, text[last:]))
    return out


# ------------------------------------------------------------------------------------------------
# recipients


def _name_class(x: str) -> str | None:
    """'work' / 'org' / 'person' when x is a complete name of that sort, else None."""
    x = lx.ITEM_TRAIL_RE.sub("", lx.ITEM_LEAD_RE.sub("", x.strip())).strip()
    if not x or lx.BAD_ITEM_RE.search(lx.mask(x)):
        return None
    if lx.WORK_RE.fullmatch(x):
        return "work"
    m = lx.PAREN_AFF_RE.fullmatch(x)
    if m:
        x = m.group("name").strip()
    if lx.TEAM_END_RE.search(x) or lx.ORG_END_RE.search(x) or lx.FAMILY_RE.fullmatch(x):
        return "org"
    m = lx.AFF_PERSON_RE.fullmatch(x) or lx.AFF_ROLE_PERSON_RE.fullmatch(x)
    if m and not lx.ORG_END_RE.search(m.group("name")):
        return "person"
    if lx.PERSON_RE.fullmatch(x) and not lx.ORG_END_RE.search(x):
        return "person"
    return None


def _split_conj(piece: str) -> list[str]:
    """Split on 和/与/及/以及 only where both sides are complete names of the same sort."""
    masked = lx.mask(piece)
    for cm in lx.CONJ_RE.finditer(masked):
        i, j = cm.start(), cm.end()
        conj = cm.group(0)
        if any(_protected_at(piece, p, conj, i) for p in lx.PROTECTED_CONJ if conj in p):
            continue
        left, right = piece[:i].strip(), piece[j:].strip()
        if not left or not right:
            continue
        cls = _name_class(left)
        if cls is None:
            continue
        rights = _split_conj(right)
        if all(_name_class(r) == cls for r in rights):
            return [left, *rights]
    return [piece]


def _protected_at(piece: str, phrase: str, conj: str, i: int) -> bool:
    """Does `phrase` occur in piece with its conjunction at position i?"""
    start = i - phrase.index(conj)
    return start >= 0 and piece[start : start + len(phrase)] == phrase


def _split_items(seg: str) -> list[str]:
    masked = lx.mask(seg)
    parts, last = [], 0
    for i, ch in enumerate(masked):
        if ch in "、, ":
            parts.append(seg[last:i])
            last = i + 1
        elif ch == "《" and i > last and masked[i - 1] == "》":
            parts.append(seg[last:i])
            last = i
    parts.append(seg[last:])
    out: list[str] = []
    for p in parts:
        p = p.strip()
        if p:
            out.extend(_split_conj(p))
    return out


def _clean_aff(a: str | None) -> str | None:
    if not a:
        return None
    a = re.sub(r"^(?:来自)|的$", "", a.strip()).strip()
    return a or None


_OWNER_WORK_RE = re.compile(
    rf"(?P<owner>[^的《》]{{2,30}}?)(?:创作|选送|报送|拍摄|设计|制作)?的"
    rf"[{lx.CJK}]{{0,4}}(?:作品|节目|项目|论文|方案|影片|视频|短片)"
)
_FAMILY_OF_RE = re.compile(r"(?:来自)?(?P<aff>.{2,30}?)的(?P<fam>.+)")


def _recipient(item: str, strict: bool) -> dict | None:
    it = lx.ITEM_TRAIL_RE.sub("", lx.ITEM_LEAD_RE.sub("", item.strip())).strip()
    if not 2 <= len(it) <= 40 or lx.BAD_ITEM_RE.search(lx.mask(it)):
        return None
    m = lx.WORK_RE.fullmatch(it)
    if m:
        aff = _clean_aff(m.group("aff"))
        if aff and _name_class(aff) is None and not lx.ORG_END_RE.search(aff):
            aff = None if strict else aff
        return {"name": m.group("work"), "kind": "work", "affiliation": aff}
    aff = None
    m = lx.PAREN_AFF_RE.fullmatch(it)
    if m:
        it, aff = m.group("name").strip(), _clean_aff(m.group("aff"))
    if lx.TEAM_END_RE.search(it):
        return {"name": it, "kind": "team", "affiliation": aff}
    if lx.ORG_END_RE.search(it):
        return {"name": it, "kind": "organization", "affiliation": aff}
    if lx.FAMILY_RE.fullmatch(it):
        return {"name": it, "kind": "organization", "affiliation": aff}
    m = _FAMILY_OF_RE.fullmatch(it)
    if m and lx.FAMILY_RE.fullmatch(m.group("fam")):  # 霞山区的林家: a household, not a person
        return {
            "name": m.group("fam"),
            "kind": "organization",
            "affiliation": _clean_aff(m.group("aff")),
        }
    for rx in (lx.AFF_PERSON_RE, lx.AFF_ROLE_PERSON_RE):
        m = rx.fullmatch(it)
        if m and not lx.ORG_END_RE.search(m.group("name")):
            return {
                "name": m.group("name"),
                "kind": "person",
                "affiliation": aff or _clean_aff(m.group("aff")),
            }
    if lx.PERSON_RE.fullmatch(it):
        return {"name": it, "kind": "person", "affiliation": aff}
    m = _OWNER_WORK_RE.fullmatch(it)
    if m:  # 张华的书法作品获得特等奖: an untitled work is credited to its author
        r = _recipient(m.group("owner"), strict)
        if r is not None and r["kind"] != "work":
            return r
    if strict or "的" in it:
        return None
    if len(it) <= 4:
        return {"name": it, "kind": "person", "affiliation": aff}
    if len(it) <= 15:
        return {"name": it, "kind": "organization", "affiliation": aff}
    return None


_PLACE = rf"[{lx.CJK}]{{1,8}}?(?:镇|区|县|市|乡|街道|村|社区)"
_SHARED_TEAM_RE = re.compile(
    rf"(?P<places>{_PLACE}(?:(?:、|和|与|及|以及){_PLACE})+)的?(?:(?P<n>{lx.NUM})(?:支|个))?"
    rf"(?P<team>代表队|代表团|[{lx.CJK}]{{2}}(?<![大支中])队)"
)


def _shared_team(seg: str) -> list[dict] | None:
    """东镇、西镇、南镇的3支代表队 -> 东镇代表队, 西镇代表队, 南镇代表队."""
    m = _SHARED_TEAM_RE.fullmatch(seg.strip())
    if not m:
        return None
    places = re.split(r"、|以及|和|与|及", m.group("places"))
    if m.group("n") and _cn_int(m.group("n")) != len(places):
        return None
    return [{"name": p + m.group("team"), "kind": "team", "affiliation": None} for p in places]


def _recipients(seg: str, strict: bool) -> list[dict]:
    shared = _shared_team(seg)
    if shared:
        return shared
    out: list[dict] = []
    for item in _split_items(seg):
        r = _recipient(item, strict)
        if r is not None:
            out.append(r)
    # 东区代表队王华、李明、张伟: the team in front of the first member is everyone's
    team = out[0]["affiliation"] if out and out[0]["kind"] == "person" else None
    members = out[1:]
    if (
        team
        and lx.TEAM_END_RE.search(team)
        and members
        and all(r["kind"] == "person" and r["affiliation"] is None for r in members)
    ):
        for r in members:
            r["affiliation"] = team
    return out


def _clean_subject(pre: str) -> tuple[str, str | None]:
    """The recipient part in front of a result verb, and a category found in a 在…中 phrase."""
    seg = pre.rsplit(":", 1)[-1]
    cat = None
    for m in lx.SEG_IN_RE.finditer(seg):
        cat = _category_in(m.group(0)[1:]) or cat
    seg = lx.SEG_IN_RE.sub("", seg)
    seg = lx.SEG_BY_RE.sub("", seg) or seg
    prev = None
    while prev != seg:
        prev = seg
        seg = lx.SEG_LEAD_RE.sub("", seg.strip())
        seg = lx.SEG_TRAIL_RE.sub("", seg.strip())
    return seg.strip(), cat


def _category_in(text: str) -> str | None:
    t = lx.CAT_NOISE_RE.sub("", text.strip())
    m = lx.CAT_END_RE.search(t)
    return m.group(0) if m else None


# ------------------------------------------------------------------------------------------------
# awards in a clause

_GAP = r"(?P<gap>[^,;:。!?]{0,24}?)"
_AFTER_VERB_RE = re.compile(rf"{_GAP}(?P<tier>{lx.TIERS})")
_AFTER_VERB_GENERIC_RE = re.compile(rf"(?P<gap>[^,;:。!?]{{0,12}}?)(?P<tier>{lx.GENERIC_PRIZE})")
_P3A_RE = re.compile(
    rf"(?P<pre>.*?)(?:获得|荣获|获|夺得|摘得|斩获|摘取|取得)了?(?P<gap>[^,;:]{{0,20}}?)(?P<tier>{lx.TIERS})(?:称号)?"
    r"的(?:单位|选手|作品|团队|队伍|学校|个人|同学|学生|人|代表队|企业|项目|教师|老师)?(?:分别)?(?:是|有|为|包括):?"
    r"(?P<rec>.+)"
)
_P3B_RE = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})的?(?:获得者|得主|获奖者|获奖单位|获奖作品|获奖选手)(?:分别)?"
    r"(?P<be>为|是|:|有)?:?(?P<rec>.+)"
)
_P2_RE = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})(?:分别|则|均)?(?:由|被)(?P<rec>.+?)(?:分别|共同|一举|成功)?"
    r"(?:获得|夺得|摘得|取得|获取|斩获|收入囊中|揽入怀中|收入怀中|捧得|摘取|夺取|包揽|拿下|捧走|获)了?"
)
_HUALUO_RE = re.compile(rf"(?P<pre>.*?)(?P<tier>{lx.TIER})(?:花落|归属)(?P<rec>.+)")
_P5_LABEL_RE = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIER})\s*(?:\(?{lx.NUM}(?:名|个|项|件|人)\)?)?\s*:\s*(?P<rec>.+)"
)
_P5_SPACE_RE = re.compile(rf"(?P<pre>.*?)(?P<tier>{lx.TIER})\s+(?P<rec>\S.*)")
_P5_BE_RE = re.compile(rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})(?:分别|依次)?(?:为|是)(?P<rec>.+)")
_COUNT_END_RE = re.compile(rf"(?P<pre>.*?)(?P<tier>{lx.TIER})(?:共)?{lx.NUM}(?:名|个|项|件|人)")
_NAMES_NEXT_RE = re.compile(r"(?:分别是|分别为|即|是|为|包括|:)(?P<rec>.+)")
_VERB_IN_RE = re.compile(rf"{lx.V_SPREAD}|{lx.V_ONE}")
_ALSO_RE = re.compile(
    rf"(?:并且?|同时|还|又|另)(?:获得?|荣获|夺得|摘得|斩获|捧得)了?{_GAP}(?P<tier>{lx.TIERS})"
)


@dataclass
class _Found:
    tiers: list[str]
    recipients: list[dict]
    category: str | None
    pos: int  # offset of the tier in the clause


def _explicit(m: re.Match, rec: str, gap: str | None = None, strict: bool = False) -> _Found | None:
    """A pattern that states a result outright (由/的是/为/label): recipients from `rec`."""
    pre = m.group("pre")
    if lx.MODAL_ANY_RE.search(pre) or lx.MODAL_TAIL_RE.search(pre.strip()):
        return None
    recips = _recipients(rec.strip(" :"), strict=strict)
    if not recips:
        return None
    cat = _category_in(gap or "") or _category_in(pre)
    return _Found(_expand_tiers(m.group("tier")), recips, cat, m.start("tier"))


def _clause_awards(c: str, carry: list[dict] | None = None) -> list[_Found]:
    """The results stated in one clause (the first pattern that fits wins)."""
    m = _P3A_RE.fullmatch(c)
    if m:
        pre = m.group("pre")
        if not (lx.MODAL_ANY_RE.search(pre) or lx.MODAL_TAIL_RE.search(pre.strip())):
            return _as_list(_explicit(m, m.group("rec"), m.group("gap")))
    m = _P3B_RE.fullmatch(c)
    if m:
        # 一等奖获得者李华 (no 为/是): only a plain name list counts
        return _as_list(_explicit(m, m.group("rec"), strict=not m.group("be")))
    for rx in (_P2_RE, _HUALUO_RE):
        m = rx.fullmatch(c)
        if m and not _VERB_IN_RE.search(m.group("pre")):
            return _as_list(_explicit(m, m.group("rec")))
    for rx in (_P5_LABEL_RE, _P5_SPACE_RE, _P5_BE_RE):
        m = rx.fullmatch(c)
        if m and not _VERB_IN_RE.search(m.group("pre")):
            found = _explicit(m, m.group("rec"))
            if found:
                return [found]
    return _verb_award(c, carry)


# where the subject of a clause ends: a verb, a preposition or an adverb of the predicate
_LEAD_CUT_RE = re.compile(
    rf"{lx.V_SPREAD}|{lx.V_ONE}|以(?!及)|在|于|凭借|凭|派出|选派|发挥|表现|经过|通过|战胜|击败|力克|险胜|"
    r"大胜|完胜|战平|击退|淘汰|不敌|负于|迎战|对阵|游出|跑出|跳出|打出|连胜|连续|[一二三四五六七八九十两\d]战|"
    r"共|先后|首次|再次|又|还|也|则|均|都|将|曾|最终|全程|一路|顶住|继续|成功|凭着"
)
# a clause opening like this (决赛中, 比赛最后阶段) is a stage, not a new subject
_STAGE_LEAD_RE = re.compile(r"(?:赛|中|上|后|时|里|期间|阶段|现场|最后|最终|当天|当晚)$")


def _lead_subject(c: str) -> tuple[bool, list[dict] | None]:
    """(has a subject, its recipients) for the noun phrase opening clause c, if any."""
    c = lx.SEG_LEAD_RE.sub("", c.strip())
    m = _LEAD_CUT_RE.search(c)
    if m is None:
        return False, None  # no predicate: an adverbial clause (最终, 决赛中)
    lead = c[: m.start()].strip()
    if not lead or _STAGE_LEAD_RE.search(lead) or lx.CAT_FULL_RE.fullmatch(lead):
        return False, None
    if lx.MODAL_ANY_RE.search(c):
        return True, None
    items = _split_items(lead)
    recips = _recipients(lead, strict=True)
    if not recips or (len(recips) != len(items) and not _shared_team(lead)):
        return True, None
    return True, recips


# a ranking list: 最终排名是:冠军A(湛江),亚军B(广州),季军C、D
_RANK_ITEM_RE = re.compile(rf"(?:(?P<pre>[^:]*):)?(?P<tier>{lx.TIERS})(?P<rec>[^:]+)")
_RANK_PRE_NOISE_RE = re.compile(
    r"(?:的)?(?:比赛|决赛|项目)?(?:的)?(?:最终|最后)?(?:排名|结果|成绩|名次|获奖名单|获奖情况|前[二三四五六七八九十]名)"
    r"(?:揭晓|出炉|公布|如下)?(?:依次|分别)?(?:是|为|如下)?$"
)


def _rank_item(c: str, listing: bool, next_clause: str | None) -> _Found | None:
    """`冠军A(湛江)` inside a ranking list (after `…排名是:` or next to another such item)."""
    m = _RANK_ITEM_RE.fullmatch(c)
    if not m or _VERB_IN_RE.search(m.group("rec")):
        return None
    pre = m.group("pre")
    if pre is not None:
        if lx.MODAL_ANY_RE.search(pre) or not _RANK_PRE_NOISE_RE.search(pre):
            return None
    elif not listing:
        nxt = _RANK_ITEM_RE.fullmatch(next_clause.strip()) if next_clause else None
        if not nxt or nxt.group("pre") is not None:
            return None
    rec = m.group("rec").strip()
    recips = _recipients(rec, strict=True)
    if not recips or len(recips) != len(_split_items(rec)):
        return None
    cat = _category_in(_RANK_PRE_NOISE_RE.sub("", pre)) if pre else None
    return _Found(_expand_tiers(m.group("tier")), recips, cat, m.start("tier"))


def _as_list(found: _Found | None) -> list[_Found]:
    return [found] if found else []


def _verb_award(c: str, carry: list[dict] | None = None) -> list[_Found]:
    """`A获得一等奖`, `A、B分获一、二等奖`: recipients in front of the verb, tier after it.

    `carry` is the subject of an earlier clause of the sentence, used when this clause has none
    (`A以2:1战胜B,夺得冠军`, `A派出28名运动员参赛,…,并夺得团体总分第一名`).
    """
    for v in lx.VERB_RE.finditer(c):
        t = _AFTER_VERB_RE.match(c, v.end())
        if t is None:
            t = _AFTER_VERB_GENERIC_RE.match(c, v.end())
            if t is None or lx.GENERIC_PRIZE_BAD_RE.search(t.group("tier")):
                continue
        gap, tier = t.group("gap"), t.group("tier")
        if _VERB_IN_RE.search(gap) or lx.MODAL_ANY_RE.search(gap) or lx.TIER_ANY_RE.search(gap):
            continue
        if lx.COUNT_BEFORE_RE.search(gap):
            continue  # 获得3枚金牌: a tally
        post = c[t.end() :]
        if lx.COUNT_AFTER_RE.match(post) or lx.RELATIVE_AFTER_RE.match(post):
            continue  # 金牌3枚 (tally) / 获得一等奖的选手 (a description, not a result)
        pre = c[: v.start()]
        if lx.MODAL_ANY_RE.search(pre):
            return []
        subject, in_cat = _clean_subject(pre)
        if not subject and carry:
            recips = [dict(r) for r in carry]
        else:
            if not subject or lx.MODAL_TAIL_RE.search(subject) or lx.PREP_TAIL_RE.search(subject):
                return []
            recips = _recipients(subject, strict=True)
        if not recips:
            return []
        gap_clean = re.sub(rf"^(?:[1一]枚|{lx.NUM}块)", "", gap)
        cat = _category_in(gap_clean) or in_cat
        found = [_Found(_expand_tiers(tier), recips, cat, t.start("tier"))]
        also = _ALSO_RE.match(c, t.end())
        if also and not lx.COUNT_AFTER_RE.match(c[also.end() :]):
            # A获得团体一等奖并获最佳组织奖: the same recipients, a second award
            found.append(
                _Found(
                    _expand_tiers(also.group("tier")),
                    recips,
                    _category_in(also.group("gap")),
                    also.start("tier"),
                )
            )
        return found
    return []


def _pair(found: _Found) -> list[tuple[str, list[dict]]]:
    """Tiers x recipients: one tier for all, one each in order, or all tiers for one recipient."""
    tiers, recips = found.tiers, found.recipients
    if len(tiers) == 1:
        return [(tiers[0], recips)]
    if len(recips) == len(tiers):
        return [(t, [r]) for t, r in zip(tiers, recips, strict=True)]
    if len(recips) == 1:
        return [(t, recips) for t in tiers]
    return []


# ------------------------------------------------------------------------------------------------
# event names


@dataclass
class _Mention:
    name: str
    sent: int
    pos: int


def _find_names(text: str) -> tuple[list[_Mention], list[tuple[int, str]], list[str]]:
    """Specific event names, category markers (pos, cat) and generic mentions in one sentence."""
    masked = lx.mask(text)
    names: list[_Mention] = []
    cats: list[tuple[int, str]] = []
    generic: list[str] = []
    prev_end = -1  # end of the previous suffix, named or not
    named_end = -1  # end of the suffix that closes names[-1]

    def extend_last(upto: int) -> None:
        nonlocal named_end
        last = names[-1]
        if len(last.name) + upto - named_end <= MAX_NAME:
            names[-1] = _Mention(last.name + text[named_end:upto], last.sent, last.pos)
        named_end = upto

    hard_ends = [m.end() for m in lx.NAME_HARD_STOP_RE.finditer(masked)]
    for sm in lx.EV_SUFFIX_RE.finditer(masked):
        s, e = sm.start(), sm.end()
        suffix = masked[s:e]
        if s == prev_end:
            if s == named_end and not suffix.startswith(("评选", "评比")):
                extend_last(e)  # 展演大赛: one name ending in two suffixes
            prev_end = e  # otherwise 比赛评选(结果): the judging of the contest just named
            continue
        k = bisect.bisect_right(hard_ends, s)
        hard = hard_ends[k - 1] if k else 0
        ws = max(hard, prev_end, 0)
        window = masked[ws:s]
        joined = ws == prev_end
        if joined and lx.CAT_FULL_RE.fullmatch(window):
            cats.append((s, text[ws:s]))  # 锦标赛男子丙组44公斤级比赛: a category of that event
            prev_end = e
            continue
        cut = ws
        for st in lx.NAME_STOP_RE.finditer(window):
            cut = ws + st.end()
        if joined and ws == named_end and cut == ws and not re.match(r"[和与及、]|以及|暨", window):
            extend_last(e)  # 运动会田径比赛: a part of the contest just named
            prev_end = e
            continue
        prev_end = e
        name = text[cut:e]
        lead = lx.NAME_LEAD_RE.match(name)
        if lead:
            name = name[lead.end() :]
        rest = name[: len(name) - len(suffix)]
        if (
            not rest
            or lx.GENERIC_REST_RE.fullmatch(rest)
            or lx.CAT_FULL_RE.fullmatch(rest)
            or (suffix in lx.STAGE_WORDS and not lx.EV_SUFFIX_RE.search(rest))
            or len(name) > MAX_NAME
        ):
            if rest and lx.CAT_FULL_RE.fullmatch(rest):
                cats.append((s, rest))
            generic.append(suffix)
            continue
        names.append(_Mention(name, -1, cut))
        named_end = e
    return names, cats, generic


def _kind(name: str | None, context: str) -> str:
    for text in (name or "", context):
        if not text:
            continue
        if lx.KIND_EXAM_RE.search(text):
            return "exam"
        if lx.KIND_SELECTION_RE.search(text):
            return "selection"
        if lx.KIND_MATCH_RE.search(text):
            return "match"
        if lx.KIND_COMPETITION_RE.search(text):
            return "competition"
        if name:
            break
    return "other"


# ------------------------------------------------------------------------------------------------
# event facts


def _first_date(s: _Sentence, pub: date | None) -> date | None:
    for m in lx.DATE_RE.finditer(s.text):
        d = _resolve_date(m, pub)
        if d:
            return d
    return None


def _venue(text: str) -> str | None:
    for m in lx.VENUE_RE.finditer(text):
        v = m.group("v")
        if "在" in v:
            v = v.rsplit("在", 1)[1]
        v = v.strip()
        if len(v) >= 2 and not lx.VENUE_BAD_RE.search(v) and not lx.EV_SUFFIX_RE.search(v):
            return v
    return None


def _organizer(text: str) -> str | None:
    m = lx.ORGANIZER_RE.search(text) or lx.ORGANIZER2_RE.search(text)
    if not m:
        return None
    o = re.split(r"(?:指导|支持)[、,]?", m.group("o"))[-1].strip(" 、")
    return o or None


def _participants(text: str) -> int | None:
    for m in lx.PART_RE.finditer(text):
        if lx.PART_NOT_BEFORE_RE.search(text[max(0, m.start() - 2) : m.start()]):
            continue  # A等3支队伍 / 派出28名运动员: some of the competitors, not all
        if lx.PART_NOT_AFTER_RE.match(text, m.end()):
            continue  # 的2支代表队获得二等奖: winners, not the field
        after = text[m.end() : m.end() + 6]
        if re.match(rf"的{lx.NUM}", after) or re.match(rf"[{lx.CJK}]{{0,4}}的{lx.NUM}", after):
            continue  # 32家企业的96名选手: the people are the participants
        n = _cn_int(m.group("n") or m.group("n2"))
        if n:
            return n
    return None


# ------------------------------------------------------------------------------------------------
# assembly


@dataclass
class _Cluster:
    names: list[str]
    first: tuple[int, int]
    mention_sents: list[int] = field(default_factory=list)
    awards: list[tuple[tuple[int, int], str, str | None, list[dict]]] = field(default_factory=list)
    award_sents: list[int] = field(default_factory=list)
    tally: dict | None = None


def _tally(m: re.Match) -> dict:
    def num(*names: str) -> int | None:
        for n in names:
            if m.group(n):
                return _cn_int(m.group(n))
        return None

    return {
        "gold": num("g", "g2", "g3"),
        "silver": num("s", "s2", "s3"),
        "bronze": num("b", "b2", "b3"),
    }


def _extract(text: str, published_at: Any, title: Any) -> list[dict]:
    if not isinstance(text, str) or not text.strip():
        return []
    if not lx.PRECHECK_RE.search(text):
        return []  # cheap exit before any copying: no tier word, no result
    body = text.translate(lx.CANON)
    head = title.translate(lx.CANON) if isinstance(title, str) else ""
    pub = _parse_published(published_at)
    sents = _sentences(body, head)
    gate = bool(lx.EVENT_CONTEXT_RE.search(body) or lx.EVENT_CONTEXT_RE.search(head))

    mentions: list[_Mention] = []
    awards: list[tuple[tuple[int, int], str, str | None, list[dict]]] = []
    tallies: list[tuple[tuple[int, int], dict]] = []
    generic_words: list[str] = []
    by_idx = {s.idx: s for s in sents}
    header_cat: str | None = None
    last_para = None
    for s in sents:
        try:
            names, cats, generic = _find_names(s.text)
        except Exception:
            if STRICT:
                raise
            log.debug("event names failed in %r", s.text[:80], exc_info=True)
            continue
        for n in names:
            mentions.append(_Mention(n.name, s.idx, n.pos))
        generic_words.extend(generic)
        if s.idx < 0:
            continue  # the title names events; results come from the body
        if s.para != last_para:
            hm = lx.CAT_HEADER_RE.fullmatch(s.text.strip(" 。"))
            if hm:
                header_cat = hm.group("cat")
                last_para = s.para
                continue
            if names:
                header_cat = None
            last_para = s.para
        try:
            _sentence_awards(s, header_cat, cats, gate, awards, tallies)
        except Exception:
            if STRICT:
                raise
            log.debug("event awards failed in %r", s.text[:80], exc_info=True)

    if not awards:
        return []

    clusters: list[_Cluster] = []
    mention_cluster: list[tuple[tuple[int, int], _Cluster]] = []
    for mn in mentions:
        cl = next((c for c in clusters if any(_same_event(mn.name, x) for x in c.names)), None)
        if cl is None:
            cl = _Cluster([mn.name], (mn.sent, mn.pos))
            clusters.append(cl)
        else:
            cl.names.append(mn.name)
        cl.mention_sents.append(mn.sent)
        mention_cluster.append(((mn.sent, mn.pos), cl))

    def owner(pos: tuple[int, int]) -> _Cluster | None:
        before = [(p, c) for p, c in mention_cluster if p <= pos]
        if before:
            return max(before, key=lambda pc: pc[0])[1]
        same = [(p, c) for p, c in mention_cluster if p[0] == pos[0]]
        return min(same, key=lambda pc: pc[0])[1] if same else None

    unnamed = _Cluster([], (10**9, 0))
    for aw in awards:
        cl = owner(aw[0]) or unnamed
        cl.awards.append(aw)
        cl.award_sents.append(aw[0][0])
    for pos, t in tallies:
        cl = owner(pos) or unnamed
        cl.tally = cl.tally or t
    if unnamed.awards:
        with_awards = [c for c in clusters if c.awards]
        only = with_awards if with_awards else clusters
        if len(only) == 1:  # results before the only named contest belong to it
            only[0].awards = sorted(only[0].awards + unnamed.awards, key=lambda a: a[0])
            only[0].award_sents += unnamed.award_sents
            only[0].tally = only[0].tally or unnamed.tally
            unnamed.awards = []
    result_clusters = sorted((c for c in clusters if c.awards), key=lambda c: c.first)
    if unnamed.awards:
        unnamed.first = min(a[0] for a in unnamed.awards)
        result_clusters = sorted([*result_clusters, unnamed], key=lambda c: c.first)

    body_sents = [s for s in sents if s.idx >= 0]
    starts = [max(c.first[0], 0) if c.names else 0 for c in result_clusters]
    events = []
    for k, cl in enumerate(result_clusters):
        start = starts[k]
        end = next((st for st in starts[k + 1 :] if st > start), len(body_sents))
        segment = [s for s in body_sents if start <= s.idx < end] if cl.names else body_sents
        other_mentions = {i for c in result_clusters if c is not cl for i in c.mention_sents}
        events.append(
            _build_event(cl, segment, by_idx, other_mentions, body_sents, pub, generic_words)
        )
    return events


def _sentence_awards(
    s: _Sentence,
    header_cat: str | None,
    cats: list[tuple[int, str]],
    gate: bool,
    awards: list[tuple[tuple[int, int], str, str | None, list[dict]]],
    tallies: list[tuple[tuple[int, int], dict]],
) -> None:
    """Append the results (and medal tallies) stated in sentence `s`."""
    cat = header_cat
    history = False
    clauses = _clauses(s.text)
    skip_next = False
    carry: list[dict] | None = None  # the subject of the latest clause that has one
    listing = False  # inside a ranking list (冠军A,亚军B)
    for ci, (off, raw) in enumerate(clauses):
        if skip_next:
            skip_next = False
            continue
        c = raw.strip()
        if not c or len(c) > MAX_CLAUSE:
            continue
        lead = len(raw) - len(raw.lstrip())
        if lx.HISTORY_CLAUSE_RE.match(c):
            history = True
        if history:
            continue
        for pos, ccat in cats:
            if off <= pos < off + len(raw):
                cat = ccat
        mk = lx.CAT_MARKER_RE.fullmatch(c)
        if mk:
            cat = mk.group("cat")
            continue
        tm = lx.TALLY_RE.search(c)
        if tm:
            tallies.append(((s.idx, off), _tally(tm)))
            continue
        has_subject, subject = _lead_subject(c)
        # most clauses name no prize at all: the full clause grammar only runs on those that do
        found = _clause_awards(c, carry) if lx.TIER_ANY_RE.search(c) else []
        if has_subject:
            carry = subject
        if not found:
            nxt = clauses[ci + 1][1] if ci + 1 < len(clauses) else None
            item = _rank_item(c, listing, nxt)
            found = [item] if item else []
        listing = bool(found) and _RANK_ITEM_RE.fullmatch(c) is not None
        if not found:
            cm = _COUNT_END_RE.fullmatch(c)
            if cm and ci + 1 < len(clauses):
                nxt = _NAMES_NEXT_RE.fullmatch(clauses[ci + 1][1].strip())
                if nxt and not lx.MODAL_ANY_RE.search(cm.group("pre")):
                    recips = _recipients(nxt.group("rec"), strict=False)
                    if recips:
                        found = [
                            _Found(
                                [cm.group("tier")],
                                recips,
                                _category_in(cm.group("pre")),
                                cm.start("tier"),
                            )
                        ]
                        skip_next = True
        for f in found:
            if f.category:
                cat = f.category
            for tier, recips in _pair(f):
                rank = tier_rank(tier)
                if not gate and not tier.endswith("奖"):
                    continue  # 位居全省第三名 outside any contest is a ranking, not a result
                pos = (s.idx, off + lead + f.pos)
                tier, tcat = _team_tier(tier, f.category or (cat if rank is not None else None))
                awards.append((pos, tier, tcat, recips))


_PLACE_PREFIX_RE = re.compile(rf"{_PLACE}|[{lx.CJK}]{{2,20}}{lx.AFF_END}")


def _same_recipient(a: dict, b: dict) -> bool:
    """The same name, or one is the other with its place in front (东镇东村一队)."""
    na, nb = _norm_name(a["name"]), _norm_name(b["name"])
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    return (
        a["kind"] == b["kind"]
        and a["kind"] != "person"
        and len(short) >= 4
        and long.endswith(short)
        and _PLACE_PREFIX_RE.fullmatch(long[: len(long) - len(short)]) is not None
    )


def _build_event(
    cl: _Cluster,
    segment: list[_Sentence],
    by_idx: dict[int, _Sentence],
    other_mentions: set[int],
    body_sents: list[_Sentence],
    pub: date | None,
    generic_words: list[str],
) -> dict:
    name = max(cl.names, key=lambda n: len(_norm_name(n))) if cl.names else None
    mention = [by_idx[i] for i in dict.fromkeys(cl.mention_sents) if i >= 0]
    rest = [s for s in segment if s.idx not in cl.mention_sents]
    used: set[int] = set(cl.award_sents)
    if cl.names:  # the first body sentence naming the event, or the title (-1) if only it does
        used.add(min((i for i in cl.mention_sents if i >= 0), default=-1))

    def pick(fn, sentences):
        for s in sentences:
            v = fn(s)
            if v is not None:
                used.add(s.idx)
                return v
        return None

    def dated(s: _Sentence) -> date | None:
        if lx.RESULT_NEWS_RE.search(s.text) and not lx.EVENT_VERB_RE.search(s.text):
            return None  # 结果于7月1日揭晓: the day of the announcement, not of the event
        return _first_date(s, pub)

    eventful = [s for s in rest if lx.EVENT_VERB_RE.search(s.text)]
    lead = [
        s for s in body_sents[:1] if lx.EVENT_VERB_RE.search(s.text) and s.idx not in other_mentions
    ]
    d = pick(dated, [*mention, *eventful]) or pick(dated, lead)
    venue = pick(lambda s: _venue(s.text), [*mention, *eventful])
    organizer = pick(lambda s: _organizer(s.text), segment)
    participants = pick(lambda s: _participants(s.text), segment)

    grouped: dict[tuple[str, str | None], dict] = {}
    for _pos, tier, cat, recips in sorted(cl.awards, key=lambda a: a[0]):
        aw = grouped.setdefault(
            (tier, cat),
            {"tier": tier, "tier_rank": tier_rank(tier), "recipients": [], "category": cat},
        )
        for r in recips:
            same = next((x for x in aw["recipients"] if _same_recipient(x, r)), None)
            if same is None:
                aw["recipients"].append(dict(r))
                continue
            short, long = sorted((same["name"], r["name"]), key=len)
            if short != long:  # 东镇东村一队 = 东村一队 of 东镇
                same["name"] = short
                same["affiliation"] = same["affiliation"] or long[: len(long) - len(short)]
            if not same["affiliation"] and r["affiliation"]:
                same["affiliation"] = r["affiliation"]

    context = " ".join([*generic_words, *(by_idx[i].text for i in cl.award_sents if i in by_idx)])
    evidence = "\n".join(by_idx[i].text for i in sorted(used) if i in by_idx)
    return {
        "name": name,
        "kind": _kind(name, context),
        "date": d.isoformat() if d else None,
        "venue": venue,
        "organizer": organizer,
        "participants": participants,
        "awards": list(grouped.values()),
        "evidence": evidence or None,
        "medal_tally": cl.tally,
    }


def extract_events(
    text: str, published_at: str | None = None, *, title: str | None = None
) -> list[dict]:
    """Events with results reported in `text` (normalized simplified Chinese); never raises.

    `published_at` (ISO datetime or date) resolves month-day dates; `title`, when given, only helps
    name the event (results are read from `text`).
    """
    try:
        return _extract(text, published_at, title)
    except Exception:
        if STRICT:
            raise
        log.warning("extract_events failed; returning no events", exc_info=True)
        return []
