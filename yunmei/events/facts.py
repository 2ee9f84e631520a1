"""Event facts: contest names in a sentence, kind, date, venue, organiser, participant count."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from yunmei.events import lexicon as lx
from yunmei.events.text import Sentence, cn_int, norm_name

MAX_NAME = 60  # an event name longer than this is a run-on phrase


def _name_key(n: str) -> str:
    tail = re.split(r"[”》」]", n)[-1]
    return norm_name(tail) if len(tail) >= 4 else norm_name(n)


_EDITION_RE = re.compile(r"第([\d一二三四五六七八九十百]+)届|首届")
_KEY_YEAR_RE = re.compile(r"^\d{4}年?(?:度)?")
_KEY_STAGE_RE = re.compile(r"(?:总决赛|半决赛|决赛|复赛|初赛|预赛)?(?:活动)?$")
_KEY_SUFFIX_RE = re.compile(r"(?:大赛|比赛|竞赛)(?=$|[\u4e00-\u9fff]{0,6}赛区)")


def _event_key(n: str) -> str:
    """A name for comparison: no quotes, year, stage or 活动; 大赛/比赛/竞赛 all read 赛."""
    k = _KEY_YEAR_RE.sub("", norm_name(n))
    k = _KEY_STAGE_RE.sub("", k) or k
    return _KEY_SUFFIX_RE.sub("赛", k)


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _edition_number(m: re.Match) -> int:
    """第14届 = 第十四届 = 14, 首届 = 1: an edition printed in either numerals is one edition."""
    n = m.group(1)
    if n is None:
        return 1
    if n.isdigit():
        return int(n)
    total, unit = 0, 0
    for ch in n:
        if ch in _CN_DIGITS:
            unit = _CN_DIGITS[ch]
        else:  # 十 / 百
            total += (unit or 1) * (10 if ch == "十" else 100)
            unit = 0
    return total + unit


def editions_of(n: str) -> set[int]:
    return {_edition_number(m) for m in _EDITION_RE.finditer(n)}


def _arabic_editions(n: str) -> str:
    """第十四届中国合唱节 → 第14届中国合唱节: names compared with one way of writing the edition."""
    return _EDITION_RE.sub(lambda m: f"第{_edition_number(m)}届", n)


# 上海半程马拉松赛 = 2023浦发银行上海半程马拉松: the race word after 马拉松 adds nothing
_MARATHON_RACE_RE = re.compile(r"(?<=马拉松)(?:比?赛)$")


# X篮球赛平顶山赛区(决赛) / 第十一届高校联赛全国总决赛: a division or a level's final of X is X
# (2023首届X联赛温州雁荡山楠溪江站 = X联赛: a leg of the series)
_DIVISION_KEY_RE = re.compile(r".{0,6}赛区.{0,4}|全[国省市区县]|[\u4e00-\u9fff]{2,10}站")
_EDITION_LEAD_RE = re.compile(rf"^(?:{_EDITION_RE.pattern})")
_EDITION_THEN_GENRE_RE = re.compile(rf"(?:{_EDITION_RE.pattern})[\u4e00-\u9fff]{{2,6}}$")


# 西南交通大学“寻找新声Dai”暨2013年…大赛: a host's titled programme before 暨 is an umbrella
# event (D4), no slogan
_HOST_THEN_TITLE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:大学|学院|学校|中学|小学|[省市县区])“[^“”]{2,20}”"
)
# X暨Y: one event under two names (诸暨 is a city: its 暨 joins nothing)
_JOINED_BY_JI_RE = re.compile(r"(?<!诸)暨")


def same_event(a: str, b: str) -> bool:
    a, b = _MARATHON_RACE_RE.sub("", a), _MARATHON_RACE_RE.sub("", b)
    a, b = _arabic_editions(a), _arabic_editions(b)
    na, nb = norm_name(a), norm_name(b)
    if na == nb:
        return True
    ea, eb = editions_of(a), editions_of(b)
    if ea and eb and not ea & eb:
        return False  # 第33届 and 第34届 of one series are two events
    short, long = sorted((na, nb), key=len)
    if len(short) >= 4 and long.endswith(short):
        return True
    # 主持人大赛 = 上海师范大学第十二届主持人大赛决赛: the short form of the contest, its stage aside
    short_s, long_s = sorted((_KEY_STAGE_RE.sub("", x) or x for x in (na, nb)), key=len)
    if len(short_s) >= 5 and long_s.endswith(short_s) and lx.EV_SUFFIX_RE.search(short_s):
        return True
    ka, kb = _name_key(a), _name_key(b)
    if len(ka) >= 4 and ka == kb:
        return True
    # 2026年X拔河赛决赛 = X拔河赛; 锦江区茶艺技能比赛 = 锦江区茶艺技能大赛; X篮球赛平顶山赛区决赛 = X篮球赛
    ks, kl = sorted((_event_key(a), _event_key(b)), key=len)
    if len(ks) >= 5 and (
        ks == kl
        or kl.endswith(ks)
        or any(
            k.startswith(ks) and _DIVISION_KEY_RE.fullmatch(k[len(ks) :])
            for k in (kl, _EDITION_LEAD_RE.sub("", kl))
        )
    ):
        return True
    # “七五”普法知识竞赛 = 第四届海口市四校“七五”国家宪法日普法知识竞赛: the short form in order
    # X运动会暨Y联赛 is also called by either part; 职工“庆元旦”拔河比赛 = “庆元旦”职工拔河比赛
    parts = [p for p in _JOINED_BY_JI_RE.split(long) if p] if "暨" in long else []
    if any(len(short) >= 4 and (p == short or p.endswith(short)) for p in parts):
        return True
    qa, qb = re.findall(r"“[^“”]*”", a), re.findall(r"“[^“”]*”", b)
    if qa and sorted(qa) == sorted(qb):
        ra, rb = (re.sub(r"“[^“”]*”", "", x) for x in (a, b))
        if len(ra) >= 4 and norm_name(ra) == norm_name(rb):
            return True
    for sh, lo in ((short, long), *((short, p) for p in parts), (ks, kl)):
        if len(sh) >= 6 and sh[-2:] == lo[-2:]:
            it = iter(lo)
            if all(ch in it for ch in sh):
                return True
    # 爱国主义读书教育演讲比赛 (headline) = 爱国主义教育读书演讲比赛 (body): two words swapped
    return len(na) >= 8 and len(na) == len(nb) and sorted(na) == sorted(nb) and na[-2:] == nb[-2:]


class YearOnly(date):
    """A publication known only by a year printed in the text: 31 December of it, never a day."""


# 2018“温瑞联盟”龙舟赛 / 2017年平阳县首届…大赛: a year printed in a contest's name (D5), or a
# full date printed on the page (自2024年1月11日启动); not a bare year elsewhere (创立于2020年,
# 《我在2020等你》, 2023年12月接到通知 date nothing the page reports)
_NAME_YEAR_PAGE_RE = re.compile(
    # (2024-2025全国…联赛: a season, no one year)
    r"(?<![\d\-—~至/])((?:19|20)\d{2})(?!\d)(?!年?\d{1,2}月)(?!级|届)(?![-—~至/]\d{2,4})"
    rf"[^,,。;;!!??\n:：]{{0,60}}?(?:{lx.EV_SUFFIX_RE.pattern})"
)
_FULL_DATE_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年\d{1,2}月\d{1,2}[日号]")


def page_year(head: str, body: str) -> YearOnly | None:
    """On a page without a publication date, the year a contest's own name prints (D5)."""
    m = _NAME_YEAR_PAGE_RE.search(head + "\n" + body) or _FULL_DATE_YEAR_RE.search(body)
    if m:
        return YearOnly(int(m.group(1)), 12, 31)
    # 2015-2016全国初中男子篮球联赛 (11月29日): a season from autumn to summer
    season = _SEASON_NAME_RE.search(head + "\n" + body)
    if season and int(season.group(2)) == int(season.group(1)) + 1:
        return SeasonStart(int(season.group(1)), 12, 31)
    return None


class SeasonStart(YearOnly):
    """A page dated only by a season's first year (2015-2016…联赛): its autumn days (September to
    December) are that year's; a day earlier in the year may be either year's, so none."""


_SEASON_NAME_RE = re.compile(
    r"(?<![\d])((?:19|20)\d{2})[-—~至/]((?:19|20)\d{2})(?!\d)年?(?:赛季|年度)?"
    rf"[^,,。;;!!??\n:：]{{0,60}}?(?:{lx.EV_SUFFIX_RE.pattern})"
)


def parse_published(published_at: Any) -> date | None:
    if not isinstance(published_at, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", published_at)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def resolve_date(m: re.Match, pub: date | None) -> date | None:
    """A DATE_RE match -> a date, the year (and month) taken from publication when not printed."""
    if isinstance(pub, YearOnly) and (m.group("rel") or m.group("d3")):
        return None  # 昨晚 / 9日 on a page dated only by a year: no day to count from
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
        if not pub or (isinstance(pub, SeasonStart) and mo < 9):
            return None
        if m.group("ly") == "去年":
            return date(pub.year - 1, mo, day)
        cand = date(pub.year, mo, day)
        if cand > pub and m.group("ly") != "今年":  # a date after publication is last year's
            cand = date(pub.year - 1, mo, day)
        return cand
    except ValueError:
        return None


@dataclass
class Mention:
    name: str
    sent: int
    pos: int
    strong: bool = True  # a proper name (届, 杯, a place, quotes…), not 七轮比赛 / 课后说课比赛


# what makes a contest name specific: an edition, a cup, quotes, a year, a place or an institution
STRONG_NAME_RE = re.compile(
    r"届|杯|“|《|年|省|市|县|区|镇|乡(?!村)|(?<!乡)村|校|大学|学院|中学|小学|全国|中国|国际|世界"
    r"|首(?![场轮局日天站])|[A-Za-z]|(?<!\d)(?:19|20)\d{2}(?!\d)"
    r"|[一二三四五六七八九十]+[运学]会"  # 十五运会 / 十四运会: the Nth Games, an edition
)


_SELF_THEN_NAME_RE = re.compile(r"我[校院县市区省镇乡所局厂司]")


def pick_name(names: list[str], sents: list[int]) -> str | None:
    """The event's name among its mentions: the body's longest specific one, else the headline's
    specific one (the body only says 拔河比赛), else the body's longest wording."""
    if not names:
        return None
    body = [n for n, i in zip(names, sents, strict=False) if i >= 0]
    head = [n for n, i in zip(names, sents, strict=False) if i < 0]
    # 公司举办2012年装焊工技能比武大赛 (headline) / 装焊工技能比武大赛 (body): the body prints the
    # name, the headline only adds the year
    # (2019年校教职工乒乓球赛 / 教职工乒乓球比赛: the year and the host's one-word self, 赛 for 比赛)
    plain_head = [n for n in head if not any(_head_adds_year_only(n, b) for b in body)]
    for pool in (
        [n for n in body if STRONG_NAME_RE.search(n)],
        [n for n in plain_head if STRONG_NAME_RE.search(n)],
        body or names,
    ):
        if pool:
            best = max(pool, key=lambda n: len(_SAME_SUFFIX_RE.sub("赛", norm_name(n))))
            # 我校第五届…友谊赛 (headline) / 第五届…友谊赛 (body): the self-reference is part of the
            # name as printed (D8)
            own = [
                n
                for n in head
                if n.endswith(best) and _SELF_THEN_NAME_RE.fullmatch(n[: len(n) - len(best)])
            ]
            return own[0] if own else best
    return None


def _head_adds_year_only(head: str, body: str) -> bool:
    h, b = _SAME_SUFFIX_RE.sub("赛", head), _SAME_SUFFIX_RE.sub("赛", body)
    # (学校教职工乒乓球比赛 / 教职工乒乓球比赛: the host's generic word alone adds nothing either)
    return h.endswith(b) and bool(_HEAD_ONLY_ADDS_RE.fullmatch(h[: len(h) - len(b)]))


_HEAD_ONLY_ADDS_RE = re.compile(r"\d{4}年?度?(?:学校|学院|校|院)?|(?:学校|学院|全校|全院)")


# 老年人象棋赛 (first) / 老年人象棋比赛 (later): one wording is not longer than the other
_SAME_SUFFIX_RE = re.compile(r"(?:比赛|大赛|竞赛)$")


# what makes a name proper, not only specific: an edition, a cup, quotes or a year (市级比赛 is none)
PROPER_NAME_RE = re.compile(r"第[\d一二三四五六七八九十百]+届|首届|杯|“|《|\d{4}")
_LEAD_HELD_RE = re.compile(lx.EVENT_VERB_RE.pattern + "|" + lx.RESULT_NEWS_RE.pattern)


def _specificity(name: str | None) -> int:
    """2: a proper name (edition, cup, quotes, year); 1: a place or institution; 0: a description."""
    if not name:
        return 0
    if PROPER_NAME_RE.search(name):
        return 2
    return 1 if STRONG_NAME_RE.search(_LEVEL_RE.sub("", name)) else 0


_LEVEL_RE = re.compile(r"[国省市县区校院]级|全[国省市县区校]性?")  # 市级比赛: a level, no place


def adopt_lead(winner: Any, clusters: list, by_idx: dict[int, Sentence]) -> None:
    """The only contest with results takes the name of the lead's held contest when that is more
    specific: 第四届X大赛在兰落幕。…甘肃赛区比赛中,A获一等奖 reports one contest, the lead's."""
    own = _specificity(pick_name(winner.names, winner.mention_sents))
    win_first = min((i for i in winner.mention_sents if i >= 0), default=-1)
    # 曾参加X大赛 / 旨在为X大赛选拔: a proper name neither held nor with its results is another one
    held = any(
        i in winner.award_sents or _LEAD_HELD_RE.search(by_idx[i].text)
        for i in winner.mention_sents
        if i in by_idx and i >= 0
    )
    if own == 2 and held:
        return
    if own == 2:
        own = 1
    # (由X主办的第十二届中国合唱节大赛…上演,…荣获全国级合唱比赛的金奖: earlier in one sentence)
    win_at = (win_first, winner.first[1] if winner.first[0] == win_first else 0)
    for lead in sorted(clusters, key=lambda c: c.first):
        body = [i for i in lead.mention_sents if i >= 0]
        if lead is winner or lead.awards or not body:
            continue
        if (body[0], lead.first[1] if lead.first[0] == body[0] else 0) >= win_at:
            continue
        if body[0] == win_first and own > 0:
            continue  # “X”系列赛事活动在宁德举办,在福建省Y总决赛现场: a place's contest inside a series
        held = [n for n, i in zip(lead.names, lead.mention_sents, strict=False) if i == body[0]]
        name = max(held, key=len)  # the wording of the held sentence (对接省厅X大赛 later is none)
        if _specificity(name) > own and _LEAD_HELD_RE.search(by_idx[body[0]].text):
            winner.lead_name = name
            winner.names = [*lead.names, *winner.names]
            winner.mention_sents = [*lead.mention_sents, *winner.mention_sents]
            return


# 坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛: the programme a contest serves is not its name
# (a contest about the programme, 宣讲/征文…, keeps it: it is the topic)
_HOST_PLACE_BEFORE_RE = re.compile(
    r"(?:^|[,,。])(?:日前|近日|近期)?,?(?P<p>[\u4e00-\u9fff]{2,6}?[省市县区])(?:举办|举行|开展)了?$"
)
_STRAIGHT_OPEN_QUOTE_RE = re.compile(r'"(?=[^"“”\n]{1,30}”)')
# 中新网…电 (蒲文思 辜祥军)2024“奔跑贵州”…: a reporters' credit in brackets before the name
_LEAD_BRACKET_RE = re.compile(
    r"^[((](?=[^()()]*(?:\s|、|记者|通讯员|摄影|报道))[^()()]{1,20}[))]\s*(?=.{4})"
)
# “虎年闹元宵——舞狮大赛”比赛 / X登山赛(武冈站)比赛: the contest word said again after the name
_CONTEST_WORD_AGAIN_RE = re.compile(r"(?<=[赛会站演展节][”)]|[赛会演展节]”)比赛$")
_SHORT_NAME_NOTE_RE = re.compile(r"\((?:以下)?简称[^()]{1,20}\)")
_PROGRAMME_LEAD_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}“[^“”]{2,30}(?:工程|行动|计划|战略|攻坚战)”"
    rf"(?!{lx.alt(lx.words('topic_genres'))})(?=[\u4e00-\u9fff]{{2,}}.{{2}})"
)


# 经过严格评选 / 通过工作人员的计时评选 / 经过…推荐、实地考察测评等阶段评选: a manner, no name
_JUDGING_AS_MEANS_RE = re.compile(r"(?:经过|通过|经|进行)[^,;。“”《》届]{0,24}$")

# a contest word read across a word boundary, by its first characters: (word, before, after)
_SUFFIX_INSIDE_A_WORD: tuple[tuple[str, re.Pattern | None, re.Pattern], ...] = (
    ("会演", re.compile(r"[晚大集宴舞]$"), re.compile(r"[出员唱奏]")),  # 晚会演出
    ("展演", re.compile(r"开$"), re.compile(r"[讲说示]")),  # 开展演讲活动
    ("现场赛", None, re.compile(r"出")),  # 比赛现场赛出水平
    # 别离评选出各前30名 / 活动评选小组 (judging_verb_not_a_contest): the verb that selects, or the
    # body that judges; 经过严格评选 / 进行初选评选: the judging as the means of a result
    ("评选", _JUDGING_AS_MEANS_RE, re.compile(r"出|小组|委员会")),
    ("评比", _JUDGING_AS_MEANS_RE, re.compile(r"出|小组|委员会")),
)


# …节 / …展 ending a contest word, read on into another word (节目, 节日, 展示, 展现)
_WORD_GOES_ON = {"节": re.compile(r"[目约日奏点拍]"), "展": re.compile(r"[示现望开出]")}


def find_names(text: str) -> tuple[list[Mention], list[tuple[int, str]], list[str]]:
    """Specific event names, category markers (pos, cat) and generic mentions in one sentence."""
    # "逐梦想 奔小康”平湖市广场舞蹈大赛: a straight quote opening a curly close quotes the same way
    masked = lx.mask(_STRAIGHT_OPEN_QUOTE_RE.sub("“", text))
    names: list[Mention] = []
    cats: list[tuple[int, str]] = []
    generic: list[str] = []
    prev_end = -1  # end of the previous suffix, named or not
    games_at: tuple[int, str] | None = None  # a short games name (市运会) left alone, and its end
    named_end = -1  # end of the suffix that closes names[-1]

    def extend_last(upto: int) -> None:
        nonlocal named_end
        last = names[-1]
        if len(last.name) + upto - named_end <= MAX_NAME:
            names[-1] = Mention(last.name + text[named_end:upto], last.sent, last.pos)
        named_end = upto

    hard_ends = [
        m.end()
        for m in lx.NAME_HARD_STOP_RE.finditer(masked)
        if not _SPACE_IN_NAME_RE.match(masked, max(0, m.start() - 1))
    ]
    for sm in lx.EV_SUFFIX_RE.finditer(masked):
        s, e = sm.start(), sm.end()
        suffix = masked[s:e]
        if any(
            suffix.startswith(word)
            and ((before and before.search(text, 0, s)) or after.match(text, e))
            for word, before, after in _SUFFIX_INSIDE_A_WORD
        ):
            continue  # 晚会演出 / 开展演讲 / 现场赛出水平: the contest word is part of other words
        if suffix[-1] in _WORD_GOES_ON and _WORD_GOES_ON[suffix[-1]].match(text, e):
            continue  # 音乐节目 / 文化节日 / 书法展示: a festival or exhibition word read on
        if _JUDGING_OF_WORKS_RE.fullmatch(masked, named_end, s) and suffix.startswith(
            ("评选", "评比")
        ):
            prev_end = e  # X大赛作品评选: the judging of the contest just named
            continue
        if suffix in lx.STAGE_WORDS and text.startswith("阶段", e):
            continue  # 跆拳道项目决赛阶段赛事: the stage qualifies the contest word after it
        if suffix.endswith("赛") and (
            text.startswith("场", e)
            or (text.startswith("日", e) and not text.startswith("日前", e))
        ):
            # X拔河赛场上传来喜讯 / 首个比赛日: the ground or a day of the contest, not its name
            generic.append(suffix)
            prev_end = e
            continue
        if s == prev_end:
            if s == named_end and suffix == "比赛" and names and names[-1].name.endswith("赛"):
                prev_end = e  # 优质课大赛比赛结果: the contest word said twice, not a second name
                continue
            if s == named_end and not suffix.startswith(("评选", "评比")):
                extend_last(e)  # 展演大赛: one name ending in two suffixes
            prev_end = e  # otherwise 比赛评选(结果): the judging of the contest just named
            continue
        k = bisect.bisect_right(hard_ends, s)
        hard = hard_ends[k - 1] if k else 0
        # 合唱、舞蹈比赛 / 征文、书画、摄影比赛: short genre words joined by 、 belong to the name
        while (
            k >= 2 and masked[hard - 1] == "、" and hard - hard_ends[k - 2] <= 5 and hard > prev_end
        ):
            k -= 1
            hard = hard_ends[k - 1]
        if k >= 1 and masked[hard - 1] == "、" and hard - 1 > prev_end:
            prev_hard = hard_ends[k - 2] if k >= 2 else 0
            seg = masked[prev_hard : hard - 1]
            stops = list(lx.NAME_STOP_RE.finditer(seg))
            seg = seg[stops[-1].end() :] if stops else seg  # 举办了“…”—暨第四届“…”合唱、舞蹈比赛
            if re.fullmatch(rf"[{lx.CJK}\d“”{lx.MASK_CHAR}—\-]{{2,24}}", seg) and (
                s - hard <= 4 or _listed_field_in_name(seg, masked[hard:s])
            ):
                hard = prev_hard
        ws = max(hard, prev_end, 0)
        window = masked[ws:s]
        joined = ws == prev_end
        if _ONE_OF_RE.match(text, e) and names and named_end == ws and len(window) <= 4:
            names.pop()  # 是X运动会系列比赛之一: the series named just before is no contest either
        if (_REFERRED_BEFORE_RE.search(window) and _REFERRED_AFTER_RE.match(text, e)) or (
            _RECORD_AFTER_RE.match(text, e)  # 打破9项县中小学生田径运动会记录: the meet's record
        ):
            generic.append(suffix)  # 采用X大赛的形式 / 继X比赛后: another contest, referred to
            prev_end = e
            continue
        if _FUTURE_ENTRY_RE.search(text, ws, _cut_at(ws, window)):
            generic.append(
                suffix
            )  # 将代表浙江省参加全国钓鲫精英赛总决赛: a later round, not reported
            prev_end = e
            continue
        if (
            _PAST_BEFORE_RE.search(text, max(0, ws - 8), ws + min(len(window), 6))
            or _PAST_AFTER_RE.match(text, e)
            or _PAST_TITLE_BEFORE_RE.search(text, max(0, ws - 24), ws)
            or _PAST_WINNER_AFTER_RE.match(text, e)
        ):
            generic.append(suffix)  # 刚刚在X上夺冠的A / 在X中战胜过B: a past contest of an entrant
            prev_end = e
            continue
        if (
            _ONE_OF_RE.match(text, e)
            or _COUNTED_REST_RE.search(window)
            or (suffix.endswith(("团体赛", "个人赛")) and _COUNTED_ITEMS_AFTER_RE.match(text, e))
            or _COUNTED_PARTS_AFTER_RE.match(text, e)
        ):
            generic.append(suffix)  # 四个比赛项目 / 系列比赛之一: a count or a series, no name
            prev_end = e
            continue
        bare = re.sub(r"^\([^()]*\)", "", text[ws:s])  # 运动会(公开组)男子50米自由泳决赛
        if joined and (
            lx.CAT_FULL_RE.fullmatch(window)
            or (bare != text[ws:s] and lx.CAT_FULL_RE.fullmatch(bare))
        ):
            group = re.match(r"^\(([^()]*组)\)", text[ws:s])
            cat_text = (
                (group.group(1) if group else "") + bare if bare != text[ws:s] else text[ws:s]
            )
            cats.append((s, cat_text))  # 锦标赛男子丙组44公斤级比赛: a category of that event
            prev_end = e
            continue
        cut = ws
        for st in lx.NAME_STOP_RE.finditer(window):
            if st.group() == "共" and window.startswith("和国", st.end()):
                continue  # 中华人民共和国第十三届运动会: 共 inside 共和国 is no stop
            cut = ws + st.end()
        for st in _NAME_VERB_STOP_RE.finditer(window, cut - ws):
            cut = ws + st.end()  # 参赛选手们立刻投入到竞赛: a verb phrase, then the name
        if _CONTEST_IS_A_BEFORE_RE.search(text, max(0, cut - 4), cut) and not (
            PROPER_NAME_RE.search(text, cut, e)  # 本届大赛为第十届X大赛: its proper name, kept
        ):
            generic.append(suffix)  # 竞赛为天津市一类技能大赛: the contest's class, not a name
            prev_end = e
            continue
        if re.match(r"我[县市区校院省镇乡]", masked[max(ws, cut - 2) : cut]) and cut - 2 >= ws:
            cut -= 2  # 我县首届农民运动会 / 我院第十五届英语演讲比赛: printed so, kept
        if joined and ws == named_end and _CEREMONY_THEN_RE.match(window):
            generic.append(suffix)  # X总决赛颁奖仪式暨Y文艺展演: a ceremony and a show after it
            prev_end = e
            continue
        # (龙华区教师职业技能大赛各学科决赛: the finals of each subject, no part of one name)
        if (
            joined
            and ws == named_end
            and cut == ws
            and not re.match(r"[和与及、各]|以及|暨", window)
        ):
            extend_last(e)  # 运动会田径比赛: a part of the contest just named
            prev_end = e
            continue
        if joined and ws == named_end and window.startswith("暨") and names:
            extend_last(e)  # X运动会暨Y运动会: one event under two names
            prev_end = e
            continue
        prev_end = e
        name = text[cut:e].lstrip("-—―─–~_*·•○●◆◇■□★☆▲△◎ ")  # ----/○: a rule line or bullet
        lead = lx.NAME_LEAD_RE.match(name)
        if lead:
            name = name[lead.end() :]
        rest = name[: len(name) - len(suffix)]
        if (
            not rest
            or lx.GENERIC_REST_RE.fullmatch(rest)
            or lx.CAT_FULL_RE.fullmatch(rest)
            or _QUOTED_CAT_RE.fullmatch(rest)  # 现将“诗联类”评选结果予以公告: a category's judging
            or (
                suffix in lx.STAGE_WORDS
                and not lx.EV_SUFFIX_RE.search(rest)
                and not _CUP_OR_QUOTE_RE.search(rest)  # 新生杯篮球决赛 / “国庆秋诵”朗诵决赛
                # 我院第十四届演讲总决赛: an edition and a genre name it
                and not _EDITION_THEN_GENRE_RE.search(rest)
            )
            or len(name) > MAX_NAME
            or _DESCRIPTION_RE.search(rest)
            or any(test(rest) for _shape, test in _NOT_A_NAME_REST)
        ):
            if rest and lx.CAT_FULL_RE.fullmatch(rest):
                cats.append((s, rest))
            if not rest and _GAMES_SHORT_RE.fullmatch(suffix):
                games_at = (e, suffix)  # 市运会(中老年人类健身气功比赛): the games a contest is of
            generic.append(suffix)
            continue
        ji = _JOINED_BY_JI_RE.search(name)
        before = name[: ji.start()] if ji else ""
        if (
            (len(before) > 12 or _OCCASION_BEFORE_JI_RE.match(before))
            and not lx.EV_SUFFIX_RE.search(before)
            and not _EDITION_RE.search(before)
            and not _HOST_THEN_TITLE_RE.fullmatch(before)
            and not _UMBRELLA_BEFORE_JI_RE.search(before)
        ):
            name = name[ji.end() :]  # “讴歌新时代”助力…暨X大赛: a slogan, then the name
        elif ji and _CEREMONY_BEFORE_JI_RE.search(before) and not _EDITION_RE.search(before):
            name = name[ji.end() :]  # “灵之韵”艺术团成立大会暨X大赛: the occasion, then the name
        name = _drop_dash_slogan(name)
        # 活动 / 此届 / ——记X小学…比赛 (a feature's "a record of"): words before the name
        name = re.sub(r"^(?:活动|此届|该届|记(?![者忆录])|[^“”]{0,12}周年(?=“))", "", name)
        occasion = _OCCASION_LEAD_RE.match(name)
        if occasion and _PROPER_OR_PLACE_RE.search(name, occasion.end()):
            name = name[
                occasion.end() :
            ]  # 庆祝第七个农民丰收节X县运动会: the occasion, then the name
        name = _PROGRAMME_LEAD_RE.sub("", name)
        # 县市组比赛: a group; “三人四足”比赛 / 旱地插秧和“背媳妇”比赛: a short quoted item of a games
        strong = bool(STRONG_NAME_RE.search(_SHORT_QUOTE_RE.sub("", rest))) and not re.search(
            r"组$", rest
        )
        at = text.rfind(name, 0, e)
        if at > 0 and text[at - 1] in '“"' and text[e : e + 1] in '”"' and len(rest) >= 4:
            strong = True  # "完胜·三人篮球赛"近日在…举行: a name set in quotes is a proper name
        host = _HOST_PLACE_BEFORE_RE.search(text, 0, cut)
        if host and _EDITION_RE.match(name) and text.endswith(name, 0, e):
            # 衢州市举办首届职工技能运动会: the host place as the subject names the edition's place
            name, cut, strong = host.group("p") + name, host.start("p"), True
        if games_at and games_at[0] == cut and text.endswith(name, 0, e):
            name, cut = games_at[1] + name, cut - len(games_at[1])  # 市运会中老年人类健身气功比赛
        names.append(Mention(name, -1, cut, strong=strong))
        named_end = e
    # …棋王赛陕西赛区曲江站 / …篮球赛(英德赛区): the division printed right after belongs to the name
    # (and X冠军赛暨象棋一级棋士赛 / X大赛暨农民技能技艺展示: a second name joined by 暨)
    for k, n in enumerate(names):
        end = text.find(n.name, n.pos)
        if end >= 0:
            dm = _DIVISION_RE.match(text, end + len(n.name)) or _JI_TAIL_RE.match(
                text, end + len(n.name)
            )
            if dm:
                names[k] = Mention(n.name + dm.group(0), n.sent, n.pos, n.strong)
    # “东丰县第五届传统武术比赛”: a quoted name is invisible in the masked text
    for qm in _QUOTED_NAME_RE.finditer(text):
        inner = qm.group(1)
        tail = inner[-4:] if len(inner) > 4 else inner
        if _REFERRED_AFTER_RE.match(text, qm.end()):
            continue  # 以“镇街初赛+全市决赛”的形式开展: the contest's format, not its name
        # (“友谊第一,比赛第二”的原则: a contest word inside a motto does not end it)
        ends_named = any(m.end() == len(tail) for m in lx.EV_SUFFIX_RE.finditer(tail))
        if (ends_named or _QUOTED_SUFFIX_RE.search(inner)) and not any(
            qm.start() <= n.pos < qm.end() or inner in n.name for n in names
        ):
            sm = lx.EV_SUFFIX_RE.search(inner)
            rest = inner[: sm.start()] if sm else inner
            ed = _EDITION_BEFORE_RE.search(text, 0, qm.start())
            if ed:  # 第十四届“全国中小学生创新作文大赛决赛”: the edition printed before the quote
                names.append(Mention(ed.group(0) + qm.group(0), -1, ed.start(), strong=True))
                continue
            names.append(Mention(inner, -1, qm.start(), strong=bool(STRONG_NAME_RE.search(rest))))
    # X篮球赛(以下简称“村BA”)决赛: the short-name note is no part of the name
    for n in names:
        n.name = _drop_spam_lead(n.name)
        n.name = _SHORT_NAME_NOTE_RE.sub("", n.name)
        n.name = re.sub(r"(?<=赛)活动$", "", n.name)  # 朗诵比赛活动: the contest is the name
        n.name = re.sub(
            r"(?<=运动会)(?:比赛|竞赛)$", "", n.name
        )  # X运动会竞赛: the games' contests
        n.name = _LEAD_BRACKET_RE.sub("", n.name)
        n.name = _CONTEST_WORD_AGAIN_RE.sub("", n.name)
        n.name = _drop_unpaired_quote(n.name)
        n.name = _RESULT_IN_NAME_RE.sub("", n.name)
    # “夕阳颂——全国老年书画艺术大展” (a quoted name): a slogan before the dash (D4), as above
    for n in names:
        n.name = _drop_dash_slogan(n.name)
    # 品牌赛事——2011全国钓鲫精英赛: a description of the contest before a dash
    for n in names:
        n.name = re.sub(r"^[\u4e00-\u9fff]{0,6}(?:赛事|活动)(?:——|—|--)(?=.{4})", "", n.name)
    # X团队等3个项目获大赛一等奖: only 大赛 is left after the result verb, no name; 巴黎奥运会亚军郭清、
    # 世锦赛亚军左菊和无锡大满贯挑战赛(冠军…): the titles of entrants listed, no contest reported
    names = [
        n
        for n in names
        if not _RESULT_LEFT_RE.search(n.name)
        and not _TITLES_IN_NAME_RE.search(n.name)
        and not _ITEM_AS_NAME_RE.match(n.name)
    ]
    names.sort(key=lambda n: n.pos)
    return names, cats, generic


_SPAM = lx.sections("spam_leads")
# ylzzcom永利总站线路检测“风采杯”… / 半岛体育教职工… / 太阳集团3143教职工…: a betting site's link text
# (up to its last marker, or a brand with 体育/娱乐/集团/digits) glued before the name
_SPAM_LEAD_RE = re.compile(
    rf"^[^,;。!?\s]{{0,40}}(?:{lx.alt(_SPAM['markers'])})[-_·\s]*"
    rf"|^[A-Za-z\d]{{0,12}}(?:{lx.alt(_SPAM['brands'])})(?:(?:体育|娱乐|集团)\d*|\d{{3,}})[A-Za-z]*[-_·\s]*"
    # 31399金沙娱场城股份2021年… / 37000cm威尼斯第十三届…: a site number before the brand marks the
    # lead, which runs to the name's own start (a year, an edition or a quote)
    rf"|^[A-Za-z]*\d{{3,}}[A-Za-z]*(?:{lx.alt(_SPAM['brands'])})[^,;。!?\s“”]{{0,6}}?"
    r"(?=第[\d一二三四五六七八九十百]+届|首届|(?:19|20)\d{2}|“)"
)


def _drop_spam_lead(name: str) -> str:
    m = _SPAM_LEAD_RE.match(name)
    if not m or len(name) - m.end() < 4 or lx.EV_SUFFIX_RE.search(m.group(0)):
        return name  # X大赛必赢242net官网演讲大赛: a contest named before the spam is kept
    return name[m.end() :]


def _drop_unpaired_quote(name: str) -> str:
    """(“虎年闹元宵——)舞狮大赛” / "2025 年…交流活动 (the close outside the name): a quote mark at
    an edge with no partner inside the name is the edge of a quoted phrase, not of the name."""
    if name.endswith("”") and "“" not in name:
        name = name[:-1]
    if name.startswith("“") and "”" not in name:
        name = name[1:]
    if name.count('"') == 1 and re.search(r'^"[^”]*$|^[^“]*"$', name):
        name = name.strip('"')  # ("逐梦想 奔小康”: a straight open and a curly close are a pair)
    return name


def _drop_dash_slogan(name: str) -> str:
    """喜迎二十大“…”——X比赛 → X比赛: a slogan before the last dash is dropped (D4); an edition or a
    contest before it (第八届…文艺调演——X大赛, 2019年中国技能大赛——第十五届…) is a series, kept."""
    dash = re.search(r"(?:——|—|--)(?!.*(?:——|—|--))", name)
    if not dash or len(name) - dash.end() < 4:
        return name
    before = name[: dash.start()].strip('“”"')
    if _EDITION_RE.search(before) or lx.EV_SUFFIX_RE.search(before) or not before:
        return name
    if _UMBRELLA_BEFORE_JI_RE.search(before):
        return name  # 春城职工文体嘉年华——第一届X杯篮球赛: an umbrella before the dash is no slogan (D4)
    if re.fullmatch(r"[^“”\s]{2,10}杯", before):
        return name  # 国宏生态杯——中华茶艺之星评选活动: a cup before the dash is the sponsor's (D4)
    return re.sub(r"^(?:暨|以及)", "", name[dash.end() :])


# what is left before a contest word that makes it no name, by shape: (shape, test)
_NOT_A_NAME_REST: tuple[tuple[str, Any], ...] = (
    # 200米比赛 / 100公里赛 / 70kg级比赛: an item (a distance or a weight) is a category
    ("an_item", lambda r: re.fullmatch(r"\d+(?:米|公里|km|KM|公斤级?|kg级?)", r)),
    # 两校区比赛 / 三地比赛: a count of the places taking part, no name
    (
        "a_count_of_places",
        lambda r: re.fullmatch(r"[两二三四五六七八九十\d]+个?(?:校区|地|区|县|市|镇|校)", r),
    ),
    # 期待下一届赛事 / 明年的比赛 / 延续上一届比赛以来: a contest still to come, or an earlier one
    ("next_edition", lambda r: re.search(r"[上下]一?届|明年|来年|往届|历届|往年|历年", r)),
    # “大赛作品围绕…进行创作。”大赛: a quoted sentence (speech) is no theme of a name
    # (“环境。和谐。家园”征文活动: a short theme may be stopped like a sentence)
    ("quoted_sentence", lambda r: re.search(r"“(?=[^“”]{13,}”)[^“”]*[。!?;]|“[^“”]{31,}”", r)),
    # 32场选手选拔赛 / 3轮比赛: a count of rounds or games, no name
    # (参加过2—4场传统国际龙舟赛: a range of them too)
    (
        "a_count_of_rounds",
        lambda r: re.match(
            r"[\d一二三四五六七八九十两]+(?:[—\-~～至到][\d一二三四五六七八九十两]+)?(?:场|轮|次|局)",
            r,
        ),
    ),
    # 每队每场比赛上场运动员6人 / 每场比赛: each game of a contest, no name
    ("each_game", lambda r: r.startswith("每")),
    # 赢得了第一个省级正式比赛的冠军: "the first ever" of a kind, no name
    ("the_first_of_a_kind", lambda r: re.match(r"第[一二三四五六七八九十\d]+个", r)),
    # 首次获得省级正式比赛的第一名: a level and a quality of contest, no name
    (
        "a_level_only",
        lambda r: re.fullmatch(r"[国省市县区校院]级(?:正式|重要|大型|综合性?|专业)", r),
    ),
)


# 高校乒乓球协会之间一大重要赛事 / 随后比赛 / (致力于)打造社区体育品牌赛事: a description, a goal
# or an adverb, not a contest's name
_DESCRIPTION_RE = re.compile(
    r"一大|一项|之间|之一|重要|打造|^(?:随后|然后|之后|接着|紧接着|整个|整场|每场|各场|项$)"
)
_JI_TAIL_RE = re.compile(
    # (X厨师节暨2025中国厨艺与餐饮博览会在…闭幕: a fair or a festival under the second name too)
    r"暨[\u4e00-\u9fff“”\d]{2,16}?(?:赛|展示|展演|博览会|大会|节)"
    r"(?=在|于|举行|举办|落幕|闭幕|收官|圆满|,|。|$)"
)
_DIVISION_RE = re.compile(
    r"\(?(?![在于])[\u4e00-\u9fff]{2,6}赛区\)?(?:[\u4e00-\u9fff]{2,6}站)?|(?![在于])[\u4e00-\u9fff]{2,4}分站赛"
    r"|\((?:[\u4e00-\u9fff]{2,4}·)?[\u4e00-\u9fff]{2,4}站\)|·[\u4e00-\u9fff]{2,6}站"
    r"|第[一二三四五六七八九十\d]{1,2}站(?:[\u4e00-\u9fff]{2,4}杯)?"  # 联赛第一站甬江杯: a leg
    r"|(?:全国|全省|全市|全区|全县)(?:总决赛|半决赛|决赛)"  # 高校联赛全国总决赛: the final reported
    # 大赛大同站海选赛 / 大展演初赛第二场文艺演出: the leg's stage or the round reported
    r"|(?![在于])[\u4e00-\u9fff]{2,6}站(?:海选赛|选拔赛|预赛|初赛|复赛|半决赛|总决赛|决赛)"
    r"|第[一二三四五六七八九十\d]{1,2}场(?:[\u4e00-\u9fff]{0,4}(?:演出|比赛))?(?=在|于|,)"
    r"|(?![在于])[\u4e00-\u9fff]{2,10}站(?=的?(?:比赛|赛事))"  # 联赛温州站的比赛: the leg reported
    # 技能大赛中职组机电一体化设备组装与调试赛项 / 教学技能大赛微课赛项: the event item reported
    r"|(?![在于])[\u4e00-\u9fff]{2,20}?(?<!比)赛项(?!目)"
    # (宜昌) / (茶艺项目) before the verb: the host city or the item the report is about
    r"|\((?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,6}项目)\)(?=在|于|举行|举办|开赛|落幕|闭幕|,)"
    # 技能运动会(叉车比赛)中 / 村居篮球赛(村BA)在: the part reported, or the name's short form
    # 大赛(2024) / 公开赛(环中原赛信阳站) / 田径比赛(福田区第三十一届中小学田径运动会): the edition's
    # year, leg or other name in brackets is part of the name as printed
    r"|\((?:(?:19|20)\d{2}|[\u4e00-\u9fff]{2,10}站|[\u4e00-\u9fff]{0,8}第[一二三四五六七八九十百\d]+届"
    r"[\u4e00-\u9fff]{2,16})\)"
    r"|\((?:[\u4e00-\u9fff]{2,6}(?:比赛|竞赛)|[\u4e00-\u9fff]{0,2}[A-Z]{2,3})\)"
    # (村居篮球赛(村BA)圆满闭幕 / …(村BA)落下帷幕: a held adverb or the curtain, then the verb)
    r"(?=(?:昨[天日晚]|今[天日晚]|近日|日前|当晚)?(?:圆满|顺利|隆重|成功|正式)?"
    r"(?:在|于|中|上|举行|举办|开赛|落幕|闭幕|落下帷幕|拉开帷幕|,))"
)
# 对车间劳动竞赛 / 立刻投入到竞赛: verbs and adverbs a name never holds (data/name_verb_stops.txt)
_NAME_VERB_STOP_RE = re.compile(
    rf"(?:{lx.alt(lx.words('name_verb_stops'))})(?![抗决赛联垒弈口话])"  # 对抗赛 / 对联: names
)
# 四个比赛(项目) / 抢收稻谷、剪纸拼图等比赛: a count or a list of items, not a name
_COUNTED_REST_RE = re.compile(r"(?:等|[\d一二三四五六七八九十两]+(?:个|项|场|类|大))$")
# 采用2011年“外研社杯”…大赛的形式 / 该校继跳绳比赛后又一次…: a contest the report refers to
_REFERRED_BEFORE_RE = re.compile(r"(?:采用|参照|按照|沿用|借鉴|依照|继|自)[^,;。]{0,40}$")
_RECORD_AFTER_RE = re.compile(r"的?(?:纪录|记录|最好成绩|最高水平)")
_REFERRED_AFTER_RE = re.compile(r"的?(?:形式|模式|规则|赛制|标准|方式)|(?:之)?后|以来")
# 刚刚在X上夺冠 / 曾在X中 / 在X中战胜过 / X拿到第三时: a contest an entrant took part in before
_PAST_BEFORE_RE = re.compile(r"(?:刚刚|刚|曾经|曾|此前|以前)在")
# 优胜者将代表该县参加2024年崇左市…比赛 / 前25名将代表浙江省参加…总决赛: a contest entrants go on to
# (X总决赛)颁奖仪式暨…展演 / 颁奖典礼暨…: the ceremony of the contest just named, then another show
_CEREMONY_THEN_RE = re.compile(r"(?:颁奖|闭幕|开幕)(?:仪式|典礼|大会|式)暨")
_FUTURE_ENTRY_RE = re.compile(
    r"将(?:要)?(?:代表[^,;。]{1,12}?)?(?:参加|参与|出战|征战|角逐|冲击|晋级)(?:[^,;。]{0,8}举行的)?$"
)


def _cut_at(ws: int, window: str) -> int:
    """Where a name in `window` (starting at `ws`) would start: after its last stop word."""
    stops = list(lx.NAME_STOP_RE.finditer(window))
    return ws + stops[-1].end() if stops else ws


# 这支队伍曾连摘2017年、2018年X邀请赛冠军: titles won before, not the contest reported
_PAST_TITLE_BEFORE_RE = re.compile(
    r"曾(?:经)?(?:连|多次|先后|两度|三度)?(?:摘|获|夺|拿|问鼎)[^,;。]{0,14}$"
)
_PAST_AFTER_RE = re.compile(r"[^,;。]{0,6}?(?:(?<![经通度超越不])过(?!程|关)|时的)")
# 第六届校园歌手大赛一等奖获得者张帅航: a winner of an earlier edition (…获得者为A is this one's)
# (…第七届和第十一届主持人大赛的两位冠军得主: the winners counted, as judges)
_PAST_WINNER_AFTER_RE = re.compile(
    r"(?:的?[两二三四五几数\d]+[位名])?(?:[一二三特]等奖|冠军|金奖|金牌)(?:获得者|得主)(?![为是有::])"
)
# 设置中国象棋团体赛、个人赛两个项目: the team and single items counted, no names (设置X职业技能
# 竞赛、Y职业技能竞赛四个比赛项目 are contests of their own, named)
_COUNTED_ITEMS_AFTER_RE = re.compile(
    r"(?:[、和及与][^,;。、]{1,10}?)*[两二三四五六七八九十\d]+个(?:比赛)?(?:项目|大项|组别|赛项)"
)
# 分为团体赛和擂台赛两部分 / 设群众登山健身和专业登山比赛两大项目: the parts of one programme
# counted, no names (a part is never a contest of its own)
_COUNTED_PARTS_AFTER_RE = re.compile(
    r"(?:[、和及与][^,;。、]{1,10}?)*[两二三四五六七八九十\d]+(?:个|大)?(?:部分|大项目|大项|环节)"
)
# 竞赛为天津市一类技能大赛 / 本次比赛是X: what the contest is, said of it, not its name
_CONTEST_IS_A_BEFORE_RE = re.compile(r"(?:赛|赛事|[,;])(?:为|是|系|属于)$")
# 是兰陵县第三届运动会系列比赛之一: the series the contest belongs to
# (本次比赛属于X文化艺术节活动的一部分 / 是局开展X主题活动的重要组成部分: the umbrella the contest
# is a part of)
# (这是广州市第十三届体育节暨…群众体育系列活动之一: a joined umbrella before 之一 too)
_ONE_OF_RE = re.compile(
    r"(?:暨[^,;。是为]{2,30}?)?(?:之一|的(?:一个)?(?:重要)?(?:一|组成)部分|的(?:一个)?重要部分)"
)
# …风光摄影大赛作品评选(工作完成): judging the works of the contest just named
_JUDGING_OF_WORKS_RE = re.compile(r"(?:参赛|征集)?作品(?:的)?")
# 庆祝第七个中国农民丰收节 / 迎元旦 / 喜迎建党100周年: the occasion a contest is held for
# 庆祝“五一”暨第二届教职工歌手大赛 / 纪念“一二·九”运动暨X: an occasion joined to the name (D4)
_OCCASION_BEFORE_JI_RE = re.compile(r"(?:庆祝|纪念|喜迎|迎接|欢度|献礼|致敬)")
_OCCASION_LEAD_RE = re.compile(
    r"^(?:庆祝|喜迎|迎接|迎|欢度|庆)[^“”,。]{0,16}?"
    r"(?:节|周年|元旦|新年|新春|华诞|国庆|中秋|元宵|端午|重阳|三八|[五六七八]一)(?=.{2})"
)
# 艺术团成立大会暨 / 建党90周年暨 / 开幕式暨: a ceremony or anniversary joined before the contest (D4)
# 全国太极拳大联动深圳分会场暨X / X体育艺术周暨Y: an umbrella event before 暨 is no slogan (D4)
_UMBRELLA_BEFORE_JI_RE = re.compile(rf"(?:{lx.alt(lx.words('umbrella_event_nouns'))})$")
_CEREMONY_BEFORE_JI_RE = re.compile(r"(?:成立大会|周年|华诞|开幕式|闭幕式|仪式|典礼|启动会)$")
_PROPER_OR_PLACE_RE = re.compile(PROPER_NAME_RE.pattern + r"|[省市县区镇乡](?!级)")
_CUP_OR_QUOTE_RE = re.compile(r"杯|“[^“”]{4,}”")
_SHORT_QUOTE_RE = re.compile(r"“[^“”杯届]{1,4}”")
_QUOTED_SUFFIX_RE = re.compile(rf"(?:{lx.alt(lx.words('quoted_event_suffixes'))})$")
_QUOTED_CAT_RE = re.compile(r"“[^“”]{1,8}(?:类|组)”")
# 建团 100 周年: a space set around a number inside a name is no boundary
_SPACE_IN_NAME_RE = re.compile(r"[\u4e00-\u9fff] (?=\d)|\d (?=[\u4e00-\u9fff])")
# 赵辰威同学获第十四届…大赛: a result verb inside a "name" ends the recipient before it
# 市运会 / 省运会 / 全运会: a games by its short name, printed before one of its contests
_GAMES_SHORT_RE = re.compile(r"[省市县区全]运会")
_RESULT_IN_NAME_RE = re.compile(
    r"^.*?(?:获得|荣获|获|夺得|摘得|[勇喜力]夺|捧起|捧得|问鼎)(?!奖)(?=.{4,})"
)
# (唐皓则连续两届全运会摘银: a streak over past editions names none of them)
_TITLES_IN_NAME_RE = re.compile(
    r"(?:冠军|亚军|季军)[\u4e00-\u9fff]{2,3}[、和与及]|连续[两三四五六七八九十\d]+届"
    # 取得了集体比赛项目二等奖和个人比赛…: prizes won listed, no contest named
    r"|[一二三特]等奖[、和与及]"
)
# 6X200米5男1女混合接力赛 / 男子组1000米竞速比赛 / 50米蛙泳成为…: a race's item (a category of the
# meet), no contest's name (30米时代列车比赛, a game, stays)
_ITEM_AS_NAME_RE = re.compile(
    r"(?:[男女]子(?:组)?)?(?:\d+[X×x])?\d+米[^,;。]{0,8}?(?:泳|接力|跑|栏|竞速|竞走)"
)
_RESULT_LEFT_RE = re.compile(r"(?:获得|荣获|获|夺得|摘得|[勇喜力]夺|捧起|捧得|问鼎)(?!奖)")
_EDITION_BEFORE_RE = re.compile(r"(?:\d{4}年?)?(?:第[\d一二三四五六七八九十百]+届|首届)$|\d{4}年?$")
_QUOTED_NAME_RE = re.compile(r"“([^“”]{4,40})”")
_FIELD_LIST_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{5,16}")
_LAST_ITEM_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}$")


def _listed_field_in_name(before: str, after: str) -> bool:
    """中药、药学理论知识与专业技能大赛 / 团总支、学生会内部演讲比赛: a short field or unit listed
    before 、 and a plain noun phrase after it up to the contest word belong to one name."""
    return bool(
        _LAST_ITEM_RE.search(before)
        and _FIELD_LIST_AFTER_RE.fullmatch(after)
        and not lx.NAME_STOP_RE.search(after)
        and not _NAME_VERB_STOP_RE.search(after)
    )


_KIND_SKILL_RE = re.compile(lx.alt(lx.words("kind_skill_words")))
# 围棋联赛 / 桥牌锦标赛 / 电竞运动会: a mind game or e-sport is a competition, not a match
_KIND_MIND_GAME_RE = re.compile(lx.alt(lx.words("facts_mind_games")))
# (作品评选 / 作品鉴赏 are works judged: no 品评 / 品鉴 across 作品)
_KIND_JUDGED_CONTEST_RE = re.compile(rf"(?<!作)(?:{lx.alt(lx.words('facts_judged_contests'))})")
_CONTEST_WORD_RE = re.compile(r"赛")


def event_kind(name: str | None, context: str, report: str = "") -> str:
    """The kind of a contest from its name, else the sentences of its results, else (`report`,
    the event's part of the page) the sport the report is about when nothing else says it."""
    kind = _kind_of(name, context)
    if kind is None and report:
        kind = _sport_of(report)
    return kind or "competition"  # results with no kind word: a contest (no label reads "other")


# 围棋 / 征文 / 演讲…: a report about a sport names no contest of skill or of the mind
_NOT_SPORT_RE = re.compile(lx.alt(lx.words("facts_not_sport_words")))


def _sport_of(report: str) -> str | None:
    """天桥学子溅起青春水花…50米蛙泳 (no kind word in the name or the results): a report whose every
    kind word is a sport's is about a match."""
    report = _SPORT_FALSE_FRIENDS_RE.sub("", report)
    return "match" if lx.KIND_MATCH_RE.search(report) and not _NOT_SPORT_RE.search(report) else None


# 全球 / 地球 / 眼球, 拳头产品 / 拳拳之心, 薪火接力: sports characters in words that are no sport
_SPORT_FALSE_FRIENDS_RE = re.compile(r"[全地环星寰气眼半]球|拳头|拳拳|接力")


def _kind_of(name: str | None, context: str) -> str | None:
    # X表彰大会暨Y比赛: the contest is the last part of the name
    name = name.rsplit("暨", 1)[-1] if name else name
    for text in (name or "", context):
        if not text:
            continue
        if lx.KIND_EXAM_RE.search(text):
            return "exam"
        if _KIND_JUDGED_CONTEST_RE.search(text):
            return "competition"  # 教师优质课评选 / 稻米品鉴: a performance or produce judged
        # 比赛评选出一等奖…: in the report's wording a contest word beats the judging (评选)
        if lx.KIND_SELECTION_RE.search(text) and not (
            text is context and _CONTEST_WORD_RE.search(text)
        ):
            return "selection"
        # 职工技能运动会 / 文学棋类知识竞赛 / 围棋联赛: skill, knowledge or a mind game, not a sport
        if _KIND_SKILL_RE.search(text) or _KIND_MIND_GAME_RE.search(text):
            return "competition"
        if lx.KIND_MATCH_RE.search(text):
            return "match"
        comp = lx.KIND_COMPETITION_RE.search(text)
        # X邀请赛 / 团体赛榜单出炉: a bare 赛 says a contest, not which kind; the report may say it
        if comp and not _only_bare_contest_word(text):
            return "competition"
        if name:
            break
    return None


# 赛 / 角逐 / 比拼 / 较量: words of any contest, a sport's too, that say nothing of its kind
_BARE_CONTEST_WORDS = frozenset(("赛", "角逐", "比拼", "较量"))


def _only_bare_contest_word(text: str) -> bool:
    return all(m.group(0) in _BARE_CONTEST_WORDS for m in lx.KIND_COMPETITION_RE.finditer(text))


# 9月10日,…摄影大赛作品评选工作完成 / 评审工作于6月5日结束: only the judging is dated, not the contest
_JUDGING_ONLY_RE = re.compile(r"(?:评选|评审|评比)工作(?:已经|已|圆满|顺利)?(?:完成|结束)")
_HELD_RE = re.compile(r"举行|举办|开幕|闭幕|落幕|开赛|决赛|进行")


# (东方网记者刘轶琳12月21日报道: / 网易体育3月31日报道: a report's dateline too)
_DATELINE_RE = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯|报道[::])")


def dateline_day(body: str, pub: date | None) -> date | None:
    """The day of an agency dateline at the top (新华社北京4月15日电), its year from publication:
    the day a bare 15日 or 昨天 in the copy counts from, when it is before publication."""
    m = _DATELINE_RE.search(body, 0, 60)
    if not m or not pub:
        return None  # (a year printed in the copy, 2022年全国…锦标赛, dates a dateline too)
    if isinstance(pub, SeasonStart) and int(m.group("m")) < 9:
        return None  # 2024-2025…联赛, 7月10日讯: either year of the season
    d = _dateline_date(m, pub)
    return d if d and d < pub else None


def _dateline_date(m: re.Match, pub: date) -> date | None:
    """The dateline's month and day in the year of publication, or the year before if that is later."""
    try:
        d = date(pub.year, int(m.group("m")), int(m.group("d")))
        return date(pub.year - 1, d.month, d.day) if d > pub else d
    except ValueError:
        return None


# 日前 / 近日 / 记者24日从…了解到: the lead says when, or only that it was lately: no report of today
_LEAD_TIME_WORD_RE = re.compile(
    r"日前|近日|近期|前不久|不久前|日期间|昨|前天|上周|本周|周末|今年|\d{1,2}[日号]"
)


def dateline_lead_day(body: str, pub: date | None) -> date | None:
    """本报苏州5月3日电 …第五十三届世锦赛在苏州落幕 (no day, no 日前): a wire's lead that reports the
    contest held with no word of when reports that day's news — the dateline's day."""
    m = _DATELINE_RE.search(body, 0, 60)
    if not m or not pub or (isinstance(pub, SeasonStart) and int(m.group("m")) < 9):
        return None
    lead = re.sub(r"^\s*[((][^()()]{0,30}[))]", "", body[m.end() :]).lstrip()
    lead = re.split(r"[。!?\n]", lead)[0]
    if not lx.EVENT_VERB_RE.search(lead) or _LEAD_TIME_WORD_RE.search(lead):
        return None
    return _dateline_date(m, pub)


# 沧州11月26日电 / 中国台湾网11月21日漳州讯 日前: a dateline (a place may follow the day)
_DATELINE_AFTER_RE = re.compile(r"(?:电|讯|消息)|[\u4e00-\u9fff]{2,4}(?:电|讯)(?=\s|\(|$)")


# 2018-12-03通讯员庄梅春报道 / 时间:2019-04-10点击:1003: a byline or a page's header line
# (2017-06-09 417 【关闭】: the page's day, its view counter and its tool links)
_BYLINE_AFTER_RE = re.compile(
    r"\s?(?:通讯员|记者|报道|编辑|来源|作者|点击|浏览)|\s?\d{0,6}\s?【(?:关闭|打印|字体|大|中|小)"
)


# 于6月1日正式启动 / 7月30日截止 / 从5月8日开赛以来: the launch or deadline of a call for entries
# (or the start of a long contest), never the day its results fell
_LAUNCH_AFTER_RE = re.compile(
    r"[^,,。;;!!??\n]{0,24}?(?:启动|截止|截稿|征稿|开始征集|开始报名|报名结束|以来)"
)


_ANNOUNCED_AFTER_RE = re.compile(
    r"(?:上午|下午|晚上|晚间|晚)?[,,]?[^,,。;;!!??\n]{0,24}?(?:名单|结果|成绩)(?:正式)?(?:揭晓|公布|出炉|公示)(?=[,,。;;]|$)"
)
_UNTIL_BEFORE_RE = re.compile(r"(?:直至|直到|截至|截止|迄|至)$")
_NEWS_ARRIVED_AFTER_RE = re.compile(r"[,,]?[^,,。;;!!??\n]{0,30}?(?:收到|获悉|得知|接到)")
_TO_THE_FINAL_AFTER_RE = re.compile(
    r"[^。;!?\n]{0,40}?(?:进入|闯入|挺进|晋级)(?:了)?(?:总)?决赛(?!的)"  # 进入决赛的6队: the final
    r"|[^。;!?\n]{0,40}?决赛(?:将|将于|定于)"
)


# 于 2011 年 4 月 23 日 / 9 月 24 日至 28 日: a store's spaces around a date's digits are no break
_SPACED_DATE_RE = re.compile(r"(?<=[\d年月日至]) (?=[\d年月日号至])")


def first_date(s: Sentence, pub: date | None) -> date | None:
    text = _SPACED_DATE_RE.sub("", s.text)
    if _JUDGING_ONLY_RE.search(text) and not _HELD_RE.search(text):
        return None
    # 5月23日,由X共同举办的Y大赛获奖结果揭晓: held only as a modifier (举办的), the day announces
    if lx.RESULT_NEWS_RE.search(text) and all(
        text.startswith("的", m.end()) for m in lx.EVENT_VERB_RE.finditer(text)
    ):
        return None
    for m in lx.DATE_RE.finditer(text):
        if _DATELINE_AFTER_RE.match(text, m.end()) or _BYLINE_AFTER_RE.match(text, m.end()):
            continue  # 沧州11月26日电 / 2018-12-03通讯员…报道 / 2019-04-10点击:1003: the page's day
        if _LAUNCH_AFTER_RE.match(text, m.end()):
            continue  # 自2024年1月11日启动 / 7月30日截止: the call for entries, not the contest day
        if _NEWS_ARRIVED_AFTER_RE.match(text, m.end()):
            continue  # 7月28日,协会收到…寄来的金质奖牌 / 昨天,记者获悉: the day the news came
        announced = _ANNOUNCED_AFTER_RE.match(text, m.end())
        if announced and not lx.EVENT_VERB_RE.search(announced.group(0)):
            continue  # 2012年10月22日晚上,本年度的…获奖名单揭晓: the day results were announced
        if m.group("rel") and _UNTIL_BEFORE_RE.search(text, 0, m.start()):
            continue  # 直至今天,拔河的意义…: "up to now", no day of the contest
        if _TO_THE_FINAL_AFTER_RE.match(text, m.end()):
            continue  # 经过5月7日和9日两天的角逐,A、B进入决赛: the rounds before the final (D1)
        d = resolve_date(m, pub)
        if d:
            # X日至Y日 (举行 or 落幕): the closing day, when the final is played and results fall
            return _range_end(text, m.end(), d)
    return _more_date(text, pub)


# more ways a report dates its contest: 前日 / 昨夜, a weekday (周日开跑), 4日迎来…, 9月20-23日
_MORE_DATE_RE = re.compile(
    r"(?P<rel>前日|昨夜|前晚)"
    r"|上月(?P<lmd>\d{1,2})[日号]"  # 上月29日: a day of the month before publication
    r"|(?:周|星期)(?P<wd>[一二三四五六日天])(?=[上下]?午|晚|早|开|举|进|在|于|,|的)"
    r"|(?<![\d月./-])(?P<d>\d{1,2})日(?=迎来|结束|落幕|闭幕|开幕|进行|开赛|收官|决出|战罢|揭幕)"
    r"|(?:(?P<y>\d{4})年)?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})[-—~](?=\d{1,2}日)"
)
_WEEKDAYS = "一二三四五六日"


def _more_date(text: str, pub: date | None) -> date | None:
    day_pub = None if isinstance(pub, YearOnly) else pub  # no day to count 前日 or 周日 from
    for m in _MORE_DATE_RE.finditer(text):
        try:
            if m.group("rel"):
                days = 1 if m.group("rel") == "昨夜" else 2
                return day_pub - timedelta(days=days) if day_pub else None
            if m.group("lmd"):
                if not day_pub:
                    return None
                y, mo = day_pub.year, day_pub.month
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
                return date(y, mo, int(m.group("lmd")))
            if m.group("wd"):
                if not day_pub:
                    return None
                wd = _WEEKDAYS.index(m.group("wd").replace("天", "日"))
                return day_pub - timedelta(days=(day_pub.weekday() - wd) % 7)  # the last such day
            if m.group("d"):
                if not day_pub:
                    return None
                day = int(m.group("d"))
                y, mo = day_pub.year, day_pub.month
                if day > day_pub.day:
                    y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
                return date(y, mo, day)
            year = int(m.group("y")) if m.group("y") else (pub.year if pub else None)
            if year is None:
                return None
            d = date(year, int(m.group("m2")), int(m.group("d2")))
            if not m.group("y") and pub and d > pub:
                d = date(year - 1, d.month, d.day)
            return _range_end(text, m.end() - 1, d)
        except ValueError:
            continue
    return None


_CLOSED_ON_RE = re.compile(
    r"(?<![\d年月])(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:上午|中午|下午|晚上?)?"
    r"(?:圆满|顺利|胜利)?(?:结束|落幕|闭幕|收官|落下帷幕)"
)


_NAME_YEAR_RE = re.compile(r"(?<![\d-])((?:19|20)\d{2})(?=年|“|[\u4e00-\u9fff])(?!级|届)")


def in_name_year(d: date, name: str | None, text: str = "") -> date:
    """2017平阳县首届…大赛 reported in 2021: a day read with the publication's year takes the year the
    contest's own name prints (within five years of it); a day printed with its own year
    (2022年1月17日 for the 2021年…大赛) keeps it."""
    m = _NAME_YEAR_RE.search(name or "")
    if not m or d.year == int(m.group(1)) or abs(d.year - int(m.group(1))) > 5:
        return d
    if _printed_with_year(d, text):
        return d
    try:
        return date(int(m.group(1)), d.month, d.day)
    except ValueError:
        return d


def name_years_back(name: str | None, d: date) -> int:
    """How many years before `d` the year printed in the contest's name is (0 when none)."""
    m = _NAME_YEAR_RE.search(name or "")
    return d.year - int(m.group(1)) if m else 0


def _printed_with_year(d: date, text: str) -> bool:
    """The day is printed with its year in the text (2022年1月17日 / 2022-01-17)."""
    return bool(
        re.search(
            rf"(?<!\d){d.year}\s?(?:年\s?0?{d.month}\s?月\s?0?{d.day}\s?[日号]"
            rf"|[-./]0?{d.month}[-./]0?{d.day}(?!\d))",
            text,
        )
    )


# 经过15日晚、19日晚和20日中午的激烈角逐: the days of play listed, the last one closes it (D1)
_DAYS_OF_PLAY_RE = re.compile(
    r"经过(?:\d{1,2}日(?:上午|中午|下午|晚上?)?[、和及]){1,6}(?P<d>\d{1,2})日(?:上午|中午|下午|晚上?)?"
    r"的(?:激烈|紧张)?(?:角逐|比赛|争夺|较量|比拼)"
)


def closing_day(sents: list[Sentence], start: date) -> date | None:
    """A later day on which the contest that opened on `start` is said to close (赛事于11月11日
    中午圆满结束), within two weeks of it."""
    for s in sents:
        for m in _DAYS_OF_PLAY_RE.finditer(s.text):
            try:
                d = date(start.year, start.month, int(m.group("d")))
            except ValueError:
                continue
            if start < d <= start + timedelta(days=14):
                return d
        for m in _CLOSED_ON_RE.finditer(s.text):
            y, mo = m.group("y") or start.year, m.group("m") or start.month
            try:
                d = date(int(y), int(mo), int(m.group("d")))
            except ValueError:
                continue
            if start < d <= start + timedelta(days=14):
                return d
    return None


# 7月11日至15日 / 26日至27日 / 9月20-23日 / 5月8日至6月8日: the range of a multi-day contest
# (12月14日、15日 / 5月7日和9日: two days printed are a range too, D1)
_RANGE_END_RE = re.compile(
    r"(?:上午|下午|晚上|晚)?\s?(?:至|到|-|—|~|~|、|和)\s?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})[日号]"
)


def _range_end(text: str, end: int, start: date) -> date:
    """The closing day of a range printed from `start` (its day, or a bare 20-23日 day)."""
    last = start
    # 4月19日、4月20日、…、4月28日: a list of days read on to its last (D1)
    while m := _RANGE_END_RE.match(text, end):
        try:
            month = int(m.group("m")) if m.group("m") else last.month
            nxt = date(last.year, month, int(m.group("d")))
            if nxt < last:
                nxt = date(last.year + 1, month, int(m.group("d")))
        except ValueError:
            break
        if nxt <= last or (nxt - start).days > 62:
            break
        last, end = nxt, m.end()
    return last


# 在叶县体育馆降下帷幕 / 在太原市青年宫参加了…: more ways a contest takes place somewhere
_VENUE_MORE_RE = re.compile(
    r"(?:在|于)(?P<v>[^,;。!?:“”\n]{2,30}?)(?:降下(?:了)?帷幕|参加了|(?:激烈|展开|现场|同台)角逐|拉开序幕|收拍|收杆|收枰|收牌|开拍"
    r"|鸣枪|鸣笛|开跑|完毕|“?开战|开展了|唱响|奏响"  # 在天安门广场鸣枪起跑 / 在西吉县完毕 / 在X基地“开战”
    # 在陆河外国语学校鸣金 / 在广东深圳决出五枚金牌 (在X时尚周上决出: an occasion) / 在所运动场拉开
    # 竞赛帷幕: closed, decided, opened; the siblings of 开拍 / 收杆 / 收枰 for other games
    r"|鸣金|(?<!上)决出|拉开[\u4e00-\u9fff]{1,2}帷幕|鸣哨|开哨|收哨|开杆|开枰|开弈"
    # 在X燃起战火 / 在X正式开始。/ 在X进行了决赛 / 在X进行最后一场较量: the contest's play there
    r"|燃起战火|点燃战火|(?:正式)?开始(?=[,。;!]|$)"
    r"|进行了?(?:最后|首场|第[一二三四五六七八九十\d]+)?[一二两三\d]?[场轮]?(?:决赛|比赛|较量|角逐|对决))"
    # 2015年1月13日在校本部风雨操场我校2014年学生拔河比赛火热开赛: the place, then the contest
    r"|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?,?在(?P<v5>[^,;。!?:“”\n]{2,20}?)"
    r"(?=(?:我[校院县市区]|本|第|首届|\d{4}年)[^,;。!?]{2,40}?(?:开赛|举行|举办|开幕|落幕|闭幕))"
    # 我区在澄波湖学校篮球场,举行了… / 在X教室,由Y举办: the place, a comma, then the verb
    r"|在(?P<v2>[^,;。!?:“”\n]{2,20}?),(?:隆重|顺利|由[^,;。!?]{2,24}?)?举(?:行|办)了?"
    # 在上海市崇明区体育中心,由X和Y主办的2018年…交流赛成功举办: the place, the organisers' clause
    r"|在(?P<v6>[^,;。!?:“”\n]{2,20}?),由[^,;。!?]{2,60}?主办的[^,;。!?]{2,40}?"
    r"(?:成功|顺利|隆重|圆满)?举(?:行|办)"
    # 在集团公司总部的篮球场上,第十五届职工篮球赛隆重举行: the ground, a comma, the contest held
    r"|^在(?P<v4>[^,;。!?:“”\n]{2,20}?)上,[^,;。!?]{2,40}?(?:隆重|顺利|圆满)?举(?:行|办)"
    # 5月9日,在福建省福州市仓山区第五中心小学,A与B进行比赛 (a photo caption): the place of the play
    r"|^(?:\d{1,2}月\d{1,2}日,)?在(?P<v11>[^,;。!?:“”\n]{2,30}?),[^;。!?]{2,60}?(?:进行比赛|在比赛中)"
    # 于4月9日-10日在护理示教室顺利完成: the contest completed there
    r"|(?:在|于)(?P<v9>[^,;。!?:“”\n]{2,30}?)(?:顺利|圆满)完成(?=[。,;!]|$)"
    # 赶赴丽水市莲城剧院参加X大赛: the place the entrants travelled to for the contest
    r"|(?:赶赴|前往|奔赴|远赴)(?P<v10>[^,;。!?:“”\n]{2,20}?)参加了?(?=[^,;。!?]{2,40}?(?:赛|会))"
    # 比赛地点设在江川区星云街道三街社区 / 赛场设在X: the place named as the contest's ground
    r"|(?:地点|赛场|场地|会场)(?:设|定|选)(?:在|于)(?P<v7>[^,;。!?:“”\n]{2,30}?)(?=[,;。!?\n]|$)"
    # 在洛阳日报报业大厦报告厅,X演讲比赛决赛在此进行: the place first, then 在此/在这里
    r"|在(?P<v8>[^,;。!?:“”\n]{2,20}?),[^,;。!?]{2,40}?在(?:此|这里)(?:举行|举办|进行|开赛|上演)"
    # 在京落幕 / 在兰举行: a city by its one-character short name
    r"|(?<![现存所实正])在(?P<v3>[^此这那该其内外上中下前后里旁场线网云家刚已正将\W\d])(?:隆重|圆满|顺利)?(?:落幕|举行|举办|闭幕|开幕|拉开帷幕|落下帷幕)"
)
# 9月26日晚,舟山普陀体育馆举办了… / 昨日下午,市越调剧团演播厅气氛紧张: a clause opening with a hall
_VENUE_SUBJECT_RE = re.compile(
    rf"(?:^|[,。;\n])\s*(?P<v>[{lx.CJK}\d]{{2,20}}?(?:{lx.alt(lx.words('venue_endings'))}))(?:内|里|上)?"
    r"(?=举办|举行|上演|迎来|气氛|灯光|座无虚席|人头攒动|热闹|洋溢)"
)


# 拟定于元旦前后,在湘阴举行颁奖仪式 / 获奖作品将在…展出: a plan, not where the contest was held
_DAY_LEAD_RE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:(?:至|到|-|—)(?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:上午|下午|晚上|晚)?"
)
_FUTURE_BEFORE_RE = re.compile(r"(?:拟|将在|将于)[^。!?]{0,12}$")


# 在X门球场圆满收杆 / 在X广场重磅打响 / 在X竞赛馆继续举行 / 在悠然南山圆满地落下帷幕: X (the
# words between a place and its verb, data/held_adverbs.txt)
_HELD_ADVERB_END_RE = re.compile(rf"(?<=.)(?:{lx.alt(lx.words('held_adverbs'))})地?$")


def _good_venue(v: str) -> str | None:
    if "在" in v:
        v = v.rsplit("在", 1)[1]
    v = _DAY_LEAD_RE.sub("", v)  # 于2月19日至20日该县举行: the day, then the place
    # 在X开展并进行颁奖 / 在X联合开展: X
    v = re.sub(r"(?:开展|展出|开幕|开赛)?并$|(?<=..)(?:联合|共同|携手)$", "", v.strip())
    v = _HELD_ADVERB_END_RE.sub("", v)
    if v[-1:] in ("上", "内") and (len(v) >= 4 or re.search(r"[场馆厅室台]$", v[:-1])):
        v = v[:-1]  # 在滨江河上举行 / 在操场上进行: the place is the river, the ground
    if re.search(r"(?:与|和|同)(?:对手|队友|对方)", v):
        return None  # 在王者峡谷中与对手展开: a partner, no place
    if re.search(r"[两三四五六七八九十多各]地$", v):
        return None  # 在吉首校区和张家界校区两地同时进行: several places, no one venue
    if re.search(r"(?:之间|中间|之中|这里|那里)$", v):
        return None  # 在A与B之间展开 / 在这里举行: sides or a pronoun, no place
    if re.match(r"(?:线|网|云)(?:上|端|下|、|$)|网络", v):
        return None  # 全程在线上举行 / 中国教育在线、…联合举办: online is no place (nor 在线 a 在)
    if re.search(r"(?<![一二三四五六七八九十\d高初附市县区])中$", v):
        return None  # 在欢声笑语中结束 / 在热烈的掌声中落幕: a circumstance (市一中 is a school)
    # 在风景如画的栖霞湖广场: a description, then the place (the place is what is named)
    described = _DESCRIBED_PLACE_RE.fullmatch(v)
    if described and not _PLACE_OF_RE.fullmatch(v):
        v = described.group("spot")
    # 在美丽的杭州 / 在风景秀丽的黄龙山穆柯寨: praise of the place, then the place named
    adorned = _PRAISED_PLACE_RE.fullmatch(v)
    if adorned:
        v = adorned.group("spot")
    # 在广东东莞市的松山湖 / 在龙港镇乾头村的一河道: a place, then the spot in it
    of = _PLACE_OF_RE.fullmatch(v)
    checked = of.group("spot") if of else v
    if (
        len(v) >= 2
        and not lx.VENUE_BAD_RE.search(checked)
        and not _DEICTIC_PLACE_RE.fullmatch(checked)
        and not lx.EV_SUFFIX_RE.search(_CONTEST_HALL_RE.sub("", v))
    ):
        return v
    return None


# 学院竞赛馆乒乓球场 / 比赛馆: a hall named for contests is a place, not a contest's name
_CONTEST_HALL_RE = re.compile(r"(?:竞赛|比赛|赛)(?=馆|场|厅|中心)")
# 在家乡举办的比赛 / 在当地举行: the home or "here" of someone, no named place (在前几届举行的: a time)
_DEICTIC_PLACE_RE = re.compile(r"家乡|故乡|老家|当地|本地|此地|家门口|.{0,3}届")


# (集团公司总部的篮球场 / 京杭大运河的拱宸桥畔 / 地铁博物馆门前的广场 / 体育公园内的人民游泳池 /
# 水亭门外的信安湖: a unit or a landmark, then the ground in it or by it)
_PLACE_OF_RE = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:[省市县区镇乡村河湖江山海岛]|总部|公司|校区|学校|大学|学院|中学|小学|园区"
    r"|基地|公园|广场|馆|中心|酒店|大厦|门|桥)(?:门前|门口|前|旁|外|内|里|边|对面|附近)?的(?P<spot>[^的]{2,12})"
)
# 风景如画的 / 宽敞明亮的 + a named place: a description before the place
_DESCRIBED_PLACE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,6}的(?P<spot>[^的]{2,8}(?:广场|公园|体育馆|体育场|体育中心|球场|礼堂|剧院|大厅|中心|湖|河|岛"
    r"|(?<=[\u4e00-\u9fff]{2})[市县镇乡村])"  # 风景秀丽的安徽黄山黟县: a described town
    r"(?:\([^()]{1,8}\))?[^的]{0,6})"
)


# 美丽的 / 风景秀丽的 / 宽敞明亮的 + any named place: words of praise, no part of the place
_PRAISED_PLACE_RE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:美丽|秀丽|如画|宜人|明亮|宽敞|优美|秀美|迷人|壮美|古老|崭新|全新|"
    r"美丽富饶|历史悠久|山清水秀|风光旖旎|热情好客)的(?P<spot>[^的]{2,14})"
)


# 在“世界佤乡”云南省临沧市举行: a quoted epithet before the place is no part of it
_PLACE_EPITHET_RE = re.compile(r"(?<=[在于])“[^“”]{2,8}”(?=[\u4e00-\u9fff]{2})")


# (…,复赛于今年的6月26日在X举行,…,总决赛于10月17日在Y现场角逐: the final's place is the contest's)
_EARLIER_ROUND_HELD_RE = re.compile(
    r"(?:^|[,,;;])(?:初赛|复赛|预赛|半决赛|海选)(?:阶段)?(?:于|在)?[^,,;;]{0,12}$"
)


# 教职工篮球比赛在学校篮球场进行 / …厨艺大赛,在X学校进行: the contest itself is what goes on there
# (县市组比赛在市乒乓球馆进行 / 女子组决赛在X进行: a group's part, left out as before)
_CONTEST_BEFORE_AT_RE = re.compile(
    r"(?<![组项类])(?:比赛|大赛|竞赛|锦标赛|联赛|邀请赛|友谊赛|[球棋]赛|运动会)(?:决赛)?[,,]?$"
)


def venue_in(text: str) -> str | None:
    """The place of 在…举行/落幕/… in a sentence, else a hall that opens a clause of the event."""
    text = _PLACE_EPITHET_RE.sub("", text)
    for rx in (lx.VENUE_RE, _VENUE_MORE_RE):
        for m in rx.finditer(text):
            if _FUTURE_BEFORE_RE.search(text, max(0, m.start() - 14), m.start() + 1):
                continue  # 拟定于元旦前后,在湘阴举行颁奖仪式 / 作品将在…展出: not yet held
            if (
                m.group(0).endswith("进行")
                and not m.group(0).endswith("并进行")
                and not m.groupdict().get("v8")  # 在X,Y比赛在此进行: the contest, said with 此
                and not text.endswith("继续", 0, m.start())  # X冠军赛继续在青岛进行: the contest
                and not _CONTEST_BEFORE_AT_RE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # 在X进行复赛的理论考试 / 县市组比赛在市乒乓球馆进行: a part, or any activity
            if _EARLIER_ROUND_HELD_RE.search(text, max(0, m.start() - 16), m.start()):
                continue  # 复赛于6月26日在上海中学生报社举行: an earlier round's place
            if _HELD_BY_BODY_RE.match(text, m.start()):
                continue  # 在寿光市总工会举办的X: the organiser, not a place
            if m.groupdict().get("v3"):
                return m.group("v3")
            gd = m.groupdict()
            v = _good_venue(
                m.group("v")
                or gd.get("v2")
                or gd.get("v4")
                or gd.get("v5")
                or gd.get("v6")
                or gd.get("v7")
                or gd.get("v8")
                or gd.get("v9")
                or gd.get("v10")
                or gd.get("v11")
                or ""
            )
            if v:
                return v
    for m in _VENUE_SUBJECT_RE.finditer(text):
        v = _good_venue(m.group("v"))
        if v and not re.search(r"\d+[月日]|上午|下午|晚上?$", v):
            return v
    return _place_here(text)


# X篮球赛闭幕式在此隆重举行 / …合唱展演在这里举行: 此 / 这里 point back to a place named before
_HERE_HELD_RE = re.compile(
    r"在(?:此|这里)[^,;。!?]{0,4}(?:举行|举办|进行|上演|拉开|开幕|落幕|闭幕|开赛)"
)
# 4月15日晚,青岗体育公园篮球场灯火通明 / 宝安区西乡会堂传出…歌声 / 厦门同安莲花镇近日热闹非凡: a
# clause that opens with a hall or a place (the longest such opening)
_OPENING_PLACE_RE = re.compile(
    r"(?:^|[,。;\n])\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?,?)?"
    rf"(?P<v>[^,;。!?:“”\n的了在]{{2,16}}(?:{lx.alt(lx.words('venue_endings'))}|(?<=..)[市县镇乡]))"
)


def _place_here(text: str) -> str | None:
    """The place 在此 / 在这里 points back to: a clause before it in the sentence opens with it."""
    here = _HERE_HELD_RE.search(text)
    if not here:
        return None
    clause = max((c.end() for c in _CLAUSE_END_RE.finditer(text, 0, here.start())), default=0)
    m = _OPENING_PLACE_RE.search(text, 0, clause)
    return _good_venue(m.group("v")) if m else None


# X主办的Y / ,X主办,Y承办: the bodies named before 主办 at the start of a clause (no 由)
_ORGANIZER_SUBJECT_RE = re.compile(
    r"(?:^|[,。;:\n])\s*(?:(?:近日|日前|昨天|昨日|今天|据悉|据了解|这是|参加了?|由|在)[,]?)*"
    # 春节前夕工会主办的 / 国庆之际X主办 (season_lead_before_organizer): the season is when, not who
    r"(?:[\u4e00-\u9fff]{1,6}?(?:前夕|之际|期间)[,]?)?"
    r"(?P<o>[^,;。!?:\n“”]{2,80}?)(?:联合|共同|携手)?主办(?=的|,|、|。|$)"
)
# 全国桥牌锦标赛是中国桥牌协会主办的重要传统赛事: the contest said to be the bodies' (是/系 X主办的)
_ORGANIZER_COPULA_RE = re.compile(
    r"(?:赛|赛事|会|活动)(?:是|系|为)(?P<o>[^,;。!?:\n“”的是]{2,40}?)(?:联合|共同)?主办的"
)
# 由 four or five bodies 主办: a long list of co-organisers
_ORGANIZER_LONG_RE = re.compile(r"由(?P<o>[^,;。!?:\n]{2,160}?)(?:联合|共同|携手)?主办")
# 是由X联合组织的: the bodies that organised it
_ORGANIZER_ORGANISED_RE = re.compile(
    r"由(?P<o>[^,;。!?:\n由]{2,80}?)(?:联合|共同|携手)?组织(?:举办)?的"
)
_ORGANIZER_NOT_RE = re.compile(
    r"[的是在了为将]|颁发|^(?:本次|此次|本届|活动|比赛|大赛|联合|会同|我们|他们)|(?:比赛|大赛|活动)$"
)


# X指导、Y主办: the guiding body is no organiser; 教学指导委员会 / 指导中心 is a body's own name
_GUIDED_BY_RE = re.compile(r"(?:指导|支持)(?!委员会|中心|小组|办公室|站)[、,]?")


def _organizer(o: str | None) -> str | None:
    if not o:
        return None
    o = _GUIDED_BY_RE.split(o)[-1]
    o = o.rsplit("由", 1)[-1].strip(" 、")  # 此次职工篮球赛由X联合举办: the bodies after 由
    o = re.split(r"参加了?|参与了?", o)[-1]  # 合唱团参加辽宁省教育厅主办的: the body after the verb
    o = re.sub(r"等(?:部门|单位)$", "", o)
    return None if len(o) < 2 or _ORGANIZER_NOT_RE.search(o) else o


# 文化和旅游部主管的X研究会 / X、Y等 / X(简称…): the supervising body, a trailing 等 and a
# short-name note are no part of the organisers
_ORGANIZER_TIDY: tuple[tuple[str, re.Pattern, str], ...] = (
    ("supervised_by", re.compile(r"^[^,;。]{2,30}?主管的(?=.{2})"), ""),
    ("trailing_etc", re.compile(r"(?<=.{2})等$"), ""),
    # A、B…等六家单位 / A…以及B九个院系: the count of the bodies named is no body
    (
        "bodies_counted",
        re.compile(
            r"^(.{2,}?[、和及与].{2,}?)等?[一二三四五六七八九十\d]+[家个所]"
            r"(?:单位|部门|机构|院系|学院|组织|团体|院校)$"
        ),
        r"\1",
    ),
    ("short_name_note", re.compile(r"\((?:简称|以下简称)[^()]*\)$"), ""),
)


def organizer_in(text: str) -> str | None:
    """The bodies that held the contest (tidied: no supervising body, no trailing 等 or note)."""
    o = _organizer_found(text)
    for _shape, rx, repl in _ORGANIZER_TIDY:
        o = rx.sub(repl, o) if o else o
    return o or None


def _organizer_found(text: str) -> str | None:
    """The bodies that held the contest: 由X主办, 主办单位为X, X主办的, 由X(联合)举办/组织的."""
    m = lx.ORGANIZER_RE.search(text) or _ORGANIZER_LONG_RE.search(text)
    if m:
        o = _GUIDED_BY_RE.split(m.group("o"))[-1].strip(" 、")
        o = re.sub(r"(?<=.)等(?:部门|单位|机构)$", "", o)  # 由A、B等单位主办: the bodies named
        if o:
            return o
    m = lx.ORGANIZER2_RE.search(text)
    if m and _organizer(m.group("o")):
        return _organizer(m.group("o"))  # 主办方为获奖选手颁发了…: 为 is no 'is'
    for m in _ORGANIZER_SUBJECT_RE.finditer(text):
        o = _organizer(m.group("o"))
        if o:
            return o
    m = _ORGANIZER_COPULA_RE.search(text)
    if m and _organizer(m.group("o")):
        return _organizer(m.group("o"))  # X锦标赛是中国桥牌协会主办的重要赛事
    m = lx.ORGANIZER3_RE.search(text) or _ORGANIZER_ORGANISED_RE.search(text)
    if m and _organizer(m.groupdict().get("o") or m.groupdict().get("o2")):
        return _organizer(m.groupdict().get("o") or m.groupdict().get("o2"))
    m = _ORGANIZER_JOINTLY_RE.search(text)
    if m:
        return _organizer(_DATE_LEAD_RE.sub("", m.group("o") or m.group("o2") or m.group("o3")))
    m = _HELD_BY_BODY_RE.search(text)
    if m:
        return m.group("o")  # 在寿光市总工会举办的X中: the body that held it
    m = _TWO_BODIES_HOLD_RE.search(text)
    if (
        m
        and all(lx.ORG_END_RE.search(b) for b in re.split(r"、|和|与", m.group("o")))
        and lx.EV_SUFFIX_RE.search(re.split(r"[,;。!?:\n]", text[m.end() :])[0])
    ):  # (省教科文卫工会、省教育研究院举办赛前集训: what they held is no contest)
        return m.group("o")
    return None


# 在寿光市总工会举办的X中: a body (no place) before 举办的 is who held the contest, not where
_HELD_BY_BODY_RE = re.compile(
    r"在(?P<o>[^,;。!?:\n“”在]{2,20}?(?:工会|协会|学会|委员会|联合会|总会|体协|妇联|团委|文联|局|厅))"
    r"(?:主办|举办|组织)的"
)
# 中铁五局工会、中铁五局体协在长沙成功举办X: two bodies as the subject of 举办 hold it together (a
# single body holding its own contest is no organiser: 校工会…举办了)
_TWO_BODIES_HOLD_RE = re.compile(
    r"(?:^|[,。;:\n])\s*(?P<o>[^,;。!?:\n“”、和与在]{2,16}(?:[、和与][^,;。!?:\n“”、和与在]{2,16})+)"
    r"(?:在[^,;。!?:\n]{2,15}?)?(?:成功|隆重|共同)?举办(?!的)"
)


# 由A、B…联合举办 / A联合B、C举办的X大赛: bodies holding it together are its organisers, as 主办
_ORGANIZER_JOINTLY_RE = re.compile(
    r"由(?P<o>[^,;。!?:\n由]{2,160}?)(?:联合|共同)举办"
    r"|(?:^|[,。;:\n]|参与了?|参加了?)(?P<o2>[^,;。!?:\n“”]{2,40}?联合[^,;。!?:\n“”]{2,80}?)(?:共同)?举办"
    # X联合Y、Z等部门,联动南方+禅城频道,举办…: the bodies, then a partner's clause, then the verb
    r"|(?:^|[,。;:\n])(?P<o3>[^,;。!?:\n“”]{2,40}?联合[^,;。!?:\n“”]{2,80}?)等(?:部门|单位)[,,]"
    r"(?:[^,;。!?:\n]{2,20}[,,])?(?:共同)?举办"
)
_DATE_LEAD_RE = re.compile(r"^(?:\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上)?|近日|日前)")


_FINALISTS_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4})(?:入围|进入[^,;。]{0,8}(?:决赛|复赛)|参加了?(?:现场|总)?决赛|晋级|闯入|(?<!中)脱颖而出)"
)
# A组的6位同学、B组的7位同学脱颖而出: the finalists' verb after a list of counts in the clause
_FINALISTS_LATER_RE = re.compile(r"(?:(?<!中)脱颖而出|入围|晋级|进入决赛)")
# 决赛在X举行,来自…的35名选手同台比拼 / 举行了决赛,5名…参加: the people of a final are finalists
# (此次决赛共有20支队伍参加 / 在最终的决赛中,8支合唱劲旅…角逐: the final's entrants too)
_FINAL_HELD_RE = re.compile(
    r"决赛[^,;。]{0,16}举行|举行了?决赛|参加了?(?:此次|本次|这次)?决赛"
    r"|(?:此次|本次|这次|最终的|在)(?:总)?决赛(?:中|里|上|阶段|共有|有)"
)
# 6位教师组成专业评委团: the judges
_JUDGES_AFTER_RE = re.compile(r"[^,;。]{0,8}(?:组成|担任)[^,;。]{0,6}(?:评委|裁判)")
_PART_NOUNS = lx.sections("participant_nouns")
# N + classifier: the counts a field size can be printed with
_COUNT_RE = re.compile(
    rf"(?<![第\d.—\-~至到])(?P<n>{lx.NUM})\s?(?P<approx>余|多)?(?P<cls>名|位|支|个|所|家|组|人(?!次)|只|艘|条|件|幅|篇"
    r"|队(?=[,;。!?:\n]|$|参[加赛]))"  # 报名参加此次活动的共计有32队: teams counted bare
    r"(?:\((?:组|队|对)\))?"  # 41名(组)选手: people or pairs, one count
)
_APPROX_BEFORE_RE = re.compile(r"(?:近|约|逾|超过|将近|上)$")
# 数十支代表队 / 几百名: a vague count (the number read is only its last character)
_VAGUE_BEFORE_RE = re.compile(r"(?:数|几)$")
# (…和来自19个村的队伍共组成21支队伍: the parts listed, then the whole formed)
_TOTAL_BEFORE_RE = re.compile(r"(?:共有|共计|总共|合计|共)(?:组成|组建)?了?$")
# 决出六位参赛选手 / 只留下六名选手 / 评选出N名: the survivors or winners, not the field
_SELECTED_BEFORE_RE = re.compile(
    r"(?:决出|留下|选出|评出|产生|推荐|评选出|表彰|选拔(?:出)?)(?:了)?$"
    # 小组前两名出线共8支队伍再进行淘汰赛: the qualifiers of a stage, not the field
    r"|(?:出线|晋级)(?:的)?(?:共|共计|共有)?$"
)
# 全部市区县组织了 / 各乡镇共派出: every unit of a scope sent entrants (the whole field)
_EVERY_UNIT_SENT_RE = re.compile(
    r"(?:全部|所有|各)[\u4e00-\u9fff]{0,6}?(?:共|共计)?(?:派出|选派|选送|组织)了?$"
)
# 本次赛事共邀请了A、B…及C5支代表队: the whole field invited, listed by name
_INVITED_BEFORE_RE = re.compile(r"(?:共|一共|共计)邀请了?")
# 各选拔 20 名 / 各推荐3名: a quota per unit
_PER_UNIT_QUOTA_RE = re.compile(r"[各每](?:选拔|推荐|选送|选派|派出|报送|推选|选)了?\s?$")
# 推荐参赛的 / 选送的 / 选派的: entrants sent in by one unit
_SENT_IN_BEFORE_RE = re.compile(r"(?:推荐|选送|选派|报送)(?:参赛|参加比赛)?的\s?$")
# 特等奖团队 / 一等奖获得者 / 获奖选手: a prize in the noun counted
_PRIZE_IN_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:等奖|冠军|金奖|获奖)")
# a place's name right before the count: 旬阳县5名职业农民载誉而归 is that place's delegation; a scope
# (全县 / 各区 / 本市 / 周边市县 / 经过全县) or an origin (来自X县) is the field's
# (中国三位选手 / 中国队5名队员: a nation's entrants at an international meet)
_PLACE_BEFORE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:县|市|区)(?:仅|只|共)?$|中国(?:队|代表团)?的?(?:仅|只|共)?$"
)
_PLACES_COUNTED_RE = re.compile(r"[一二三四五六七八九十两\d]+个?[省市县区州]{2,3}(?:仅|只|共)?$")
_SCOPE_CHARS_RE = re.compile(r"[全各本该我周及和与等经过市县区](?=.)")
_FIELD_VERB_RE = re.compile(
    r"参加|参赛|角逐|同台|报名|比拼|竞技|参与|齐聚|汇聚|逐鹿|较量|切磋|对决|竞赛|投稿"  # 57人投稿
)
_FIELD_VERB_BEFORE_RE = re.compile(
    r"(?:(?:吸引|汇聚|汇集|集结|迎来|共有|包括)(?:了)?[^,;。!?]{0,16}|参赛的|参加[^,;。!?]{0,6}的)$"
)
# (224名“草根”棋手: a quoted epithet before the noun)
_PEOPLE_NOUN_RE = re.compile(rf"^[{lx.CJK}\d“”]{{0,10}}?(?:{lx.alt(_PART_NOUNS['people'])})")
_PEOPLE_VERB_RE = re.compile(rf"^[{lx.CJK}\d]{{0,10}}?(?={_FIELD_VERB_RE.pattern})")
_TEAM_NOUN_RE = re.compile(rf"^[^,;。!?:\d]{{0,12}}?(?:{lx.alt(_PART_NOUNS['teams'])})")
_TEAM_NOUN_NEAR_RE = re.compile(rf"^[{lx.CJK}]{{0,4}}?(?:{lx.alt(_PART_NOUNS['teams'])})(?!场)")
_BOAT_NOUN_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:龙舟|龙船|赛艇|皮划艇)")
_UNITS_TEAMS_RE = re.compile(
    rf"^[{lx.CJK}]{{0,4}}?(?:{lx.alt(w for w in _PART_NOUNS['teams'] if len(w) > 1)})(?!场)"
)
_UNIT_NOUN_RE = re.compile(rf"^[{lx.CJK}]{{0,4}}?(?:{lx.alt(_PART_NOUNS['units'])})")
_NOT_FIELD_RE = re.compile(rf"^[{lx.CJK}]{{0,6}}?(?P<w>{lx.alt(_PART_NOUNS['not_field'])})")
_WITH_STAFF_RE = re.compile(r"^[、及和与]?(?:领队|教练|裁判|工作人员)")
# 本次比赛包括了A、B、C等16支代表队: examples of the field, then its size
# (吸引了百朋村、怀洪村等13支乡村篮球队参赛: the field drawn, named by examples)
_INCLUDES_RE = re.compile(r"包括|包含|涵盖|共有|有来自|吸引了?|邀请了?")
_WON_RE = re.compile(
    r"荣获|获得|获评|分获|斩获|摘得|夺得|问鼎|捧得|赢得|获奖|取得(?![^,;。]{0,4}(?:参赛|资格))"
)
# 经过初赛选拔的8支队伍: the clause before says they are what is left of the field
_SURVIVORS_BEFORE_RE = re.compile(
    r"(?:经过|通过|经)[^,;。]{0,8}(?:选拔|初赛|预赛|复赛)|晋级|入围|脱颖而出"
)
_HONOURED_RE = re.compile(r"表彰|评选出|评出|奖励")
_UNIT_TEAM_RE = re.compile(rf"^的[{lx.CJK}]{{0,6}}?(?:{lx.alt(_PART_NOUNS['teams'])})")
_GROUP_WORD_RE = re.compile(r"团体赛|个人赛|[男女]子|[^,;。]{1,4}组")
_CLAUSE_END_RE = re.compile(r"[,;。!?:\n]")


# 共有参赛选手260人 / 各县市象棋选手50名汇集于…: the people noun first, an exact count after it
_NOUN_FIRST_COUNT_RE = re.compile(
    rf"(?:{lx.alt(_PART_NOUNS['people'])})(?:共|共计|总数)?(?P<n>{lx.NUM})(?:名|人)"
    rf"(?=[,。;]|$|(?:汇集|汇聚|齐聚|参加|参赛|报名|同台|角逐))"
)


# 参赛队伍141支 / 参赛代表队共18支 / 报名参加的团队有16个: the teams first, an exact count after them
_NOUN_FIRST_TEAMS_RE = re.compile(
    rf"(?:参赛|(?:报名)?参加的)(?:{lx.alt(_PART_NOUNS['teams'])})(?:有|共有|共|共计|总数|达)?"
    rf"(?P<n>{lx.NUM})(?:支|个)(?![多余])"
)


# 每队女职工8名 / 每组选手5人: a count per team or group printed after its noun
_PER_TEAM_BEFORE_RE = re.compile(r"每(?:支|个)?(?:队|组|班|单位)[\u4e00-\u9fff]{0,4}$")


# 共参加选手131人 / 共有参赛选手260人: the whole field counted after its noun, a total
_NOUN_FIRST_TOTAL_RE = re.compile(
    rf"(?:共有|共计|共)(?:参加|参赛)?的?(?:{lx.alt(_PART_NOUNS['people'])})(?:共|共计|总数)?"
    rf"(?P<n>{lx.NUM})(?:名|人)(?!次)"
)


@dataclass
class _Count:
    n: int
    kind: str  # people | team | unit
    start: int
    end: int  # end of the noun
    exact: bool
    total: bool  # 共有N…: the whole field
    verb: bool  # a field verb (参加/参赛/角逐…) in the clause
    clause: int = 0  # where its clause starts


@dataclass
class _At:
    """A count in its sentence: what the rules below look at."""

    text: str
    m: re.Match
    before: str  # the 8 characters before the count
    clause_start: int
    rest: str = ""  # the clause after the count's noun


# counts that are not the size of the field, by shape: (shape, test) — before the noun is read
_ROUND_WINNERS_RE = re.compile(r"[^,;。]{0,8}?(?:优胜|出线|晋级)")
# 高中组有十七支参赛队伍 / 团体赛共有11只队伍176人参赛 / 女团比赛有31支参赛队: a group's or an item's
# field opens the clause
_ONE_GROUP_OPENS_RE = re.compile(
    r"\s*(?:其中)?(?:[\u4e00-\u9fff]{1,5}组|(?:公开|男子|女子)?(?:团体|个人|单项|女团|男团|混双|男双|女双"
    r"|男单|女单)(?:赛|比赛)?)(?:共有|共|有)"
)
_ONE_ITEM_LEADS_RE = re.compile(
    r"\s*(?:(?:公开|男子|女子)?(?:团体|个人|单项|女团|男团|混双|男双|女双|男单|女单)(?:赛|比赛))"
    r"(?:分为|分|设|共设)"
)
_NOT_FIELD_BEFORE: tuple[tuple[str, Any], ...] = (
    # A等3支队伍 / 派出28名运动员: some of the competitors (包括A、B等16支 is all of them)
    (
        "part_of_the_field",
        lambda a: (
            lx.PART_NOT_BEFORE_RE.search(a.before)
            and not (
                a.before.endswith("等")
                and (
                    _INCLUDES_RE.search(a.text, a.clause_start, a.m.start())
                    # 市局机关、各分县局、交警支队等14支代表队…参赛: every unit of a kind, examples first
                    or re.search(r"(?:^|、)(?:各|全)", a.text[a.clause_start : a.m.start()])
                )
            )
            # 玉溪市全部市区县组织了9支运动队参加比赛: every unit sent its own, the whole field
            and not _EVERY_UNIT_SENT_RE.search(a.text, a.clause_start, a.m.start())
        ),
    ),
    ("selected", lambda a: _SELECTED_BEFORE_RE.search(a.before)),  # 决出六位参赛选手
    # 派出六名同学参加,…这六名同学来自…: "these six" refer back to a group named before
    ("referred_back", lambda a: re.search(r"(?:这|那|上述|以上|该)$", a.before)),
    # 我省5位参赛教师 / 老师带领茶学专业8名学生参加: the reporting unit's own entrants
    ("own_delegation", lambda a: re.search(r"我[省市县区校院镇](?:的|共|共有|有)?$", a.before)),
    # 我县烹饪职业技术学院、X等10个单位的22名选手参加了 / 我市代表队共有12名选手: the reporting
    # place's entrants
    (
        "own_units_delegation",
        lambda a: re.match(  # (我市共有40支队伍参赛 may be a host's whole field: not read so)
            r"我[省市县区校院镇](?:[^,;。]*?(?:等|的)|[^,;。]{0,6}(?:代表队|代表团|队))",
            a.text[a.clause_start : a.m.start()],
        ),
    ),
    # 机器人小组派出了4支队伍,共有8名学生 / 及5名参赛学生一行8人: a delegation described on
    (
        "a_delegation_described",
        lambda a: (
            (
                re.search(
                    r"(?<![各全共])(?:派出|选派|选送)了?[^,;。]{0,12}[,,]$",
                    a.text[: a.clause_start],
                )
                and not re.search(r"[各全][^,;。]{0,8}(?:派出|选派|选送)", a.text[: a.clause_start])
            )
            or a.before.endswith("一行")
            or re.match(r"[^,;。]{0,8}一行", a.text[a.m.end() :])
        ),
    ),
    # 在最终完赛的19名选手中: those who finished, not the field
    ("finishers", lambda a: re.search(r"完赛的?$|完成比赛的?$", a.before)),
    (
        "led_by_a_coach",
        lambda a: re.search(
            r"(?:带领|率领|带着)[^,;。]{0,20}$", a.text[a.clause_start : a.m.start()]
        ),
    ),
    ("the_others", lambda a: re.search(r"(?:其余|其他|另有)$", a.before)),
    # 碧波实小组建7人小组参加了…比赛: a group formed to enter is one delegation
    # (全院各科室共组建33个队伍: every unit formed one, the field: 各/全/共 before it)
    (
        "a_group_formed",
        lambda a: (
            re.search(r"(?:组建|组成|组队)了?$", a.before)
            and not re.search(r"[各全共]", a.text[a.clause_start : a.m.start()])
        ),
    ),
    ("per_unit", lambda a: a.before.endswith(("各", "每"))),  # 各班派出男女生各四名: per class
    # 四省市教育厅各选拔 20 名教师: each body's quota, not the field
    ("per_unit_quota", lambda a: _PER_UNIT_QUOTA_RE.search(a.before)),
    # 学校推荐参赛的三支团队全部获奖: one unit's entrants sent in (各校推荐的120名 is the field)
    (
        "sent_in_by_one",
        lambda a: (
            _SENT_IN_BEFORE_RE.search(a.before)
            and not re.search(r"[各全]", a.text[a.clause_start : a.m.start()])
        ),
    ),
    # 每队三名选手 / 电研121代表队的三名女选手: the members of one team, not the field (来自18个
    # 代表队的501名 / 来自各乡镇专职消防队的60名: teams counted or a scope's teams, the field)
    (
        "a_team_s_members",
        lambda a: (
            re.search(r"(?:每|各)(?:支|个)?队", a.before)
            # 由每个车间、部门工会代表队的8名队员组成: each unit's team, its members
            or re.search(
                r"每[个支一]?[^,;。]{0,12}(?:队|组|班)的?$", a.text[a.clause_start : a.m.start()]
            )
            or (
                a.before.endswith("队的")
                and not re.search(r"来自|[各全诸支个]", a.text[a.clause_start : a.m.start()])
            )
        ),
    ),
    # 第三轮三名选手分别演唱 / 每组三位选手 / 剩下三人: the entrants of a round or a group
    (
        "a_round_s_entrants",
        lambda a: re.search(
            r"第[一二三四五六七八九十\d]+(?:轮|阶段)|每组|每轮|剩下|剩余",
            a.text[a.clause_start : a.m.start()],
        ),
    ),
    # 旬阳县5名职业农民载誉而归: the people of one place, its delegation (全县 / 各县 is the field)
    (
        "a_place_s_delegation",
        lambda a: (
            (pm := _PLACE_BEFORE_RE.search(a.text, a.clause_start, a.m.start()))
            and not _SCOPE_CHARS_RE.search(re.sub(r"(?:仅|只|共)$", "", pm.group(0)))
            and not _PLACES_COUNTED_RE.search(pm.group(0))  # 九省区18支球队: many places
            # (来自全市各县(市)、区、开发区11支代表队: the origin of the field, a list of places)
            and "来自" not in a.text[a.clause_start : a.m.start()]
            and a.text[pm.start() - 1 : pm.start()] != "、"
        ),
    ),
    ("honoured", lambda a: _HONOURED_RE.search(a.text, a.clause_start, a.m.start())),  # 表彰了…
    # 经过层层选拔,8个组别共49人进京参赛: the clause before may say it too
    (
        "survivors",
        lambda a: _SURVIVORS_BEFORE_RE.search(a.text, max(0, a.clause_start - 10), a.m.start()),
    ),
    # 八个合唱团(初一4个队,…): a breakdown of the count before it
    (
        "in_brackets",
        lambda a: a.text.count("(", 0, a.m.start()) > a.text.count(")", 0, a.m.start()),
    ),
    # 一人独得 / 两队队员: no field is one or two
    ("one_or_two", lambda a: (cn_int(a.m.group("n")) or 0) < 3),
    # 高中组有十七支参赛队伍 / 高中组共有…19所学校: one group's field, not the contest's
    (
        "one_group_s_field",
        lambda a: (
            re.match(_ONE_GROUP_OPENS_RE, a.text[a.clause_start : a.m.start()])
            # 其中男子丙组的竞争最为激烈,共有110名选手参与角逐: the group named in the clause before
            or re.search(r"其中[\u4e00-\u9fff]{1,5}组[^,;。]{0,12}[,,]$", a.text[: a.clause_start])
            # 单项赛分为男子单打…三个项目,共有70人参赛: the item the sentence opens with
            or re.match(_ONE_ITEM_LEADS_RE, a.text)
        ),
    ),
    # 4大赛区的32支赛区赛优胜球队: the winners of earlier rounds, finalists (D2)
    ("round_winners", lambda a: _ROUND_WINNERS_RE.match(a.text, a.m.end())),
    # 由上届四支种子队领衔 / 上届前8名的作为种子选手: an earlier edition's sides
    ("an_earlier_edition_s", lambda a: re.search(r"(?:上届|往届|历届|去年)的?前?$", a.before)),
)
# 重庆巫山、重庆大足、四川简阳四支队伍脱颖而出 / 前六名是:龙泉、…、莲花六个代表队: a count that
# sums up the names listed right before it counts those named (winners), not the field
_NAMED_LIST_BEFORE_RE = re.compile(r"、[^,;。!?:、()()]{1,14}(?<![的等共了有计达约近逾余多])$")
# … and after it
_NOT_FIELD_AFTER: tuple[tuple[str, Any], ...] = (
    # 的2支代表队获得二等奖 / 10位同学在…预赛中荣获大奖: the winners
    # (为五名积极参加…征文并获奖的小作家颁奖: those who took part and won)
    (
        "winners",
        lambda a: (
            lx.PART_NOT_AFTER_RE.match(a.rest)
            or _won_later(a.rest)
            or re.search(r"并(?:获奖|获得|荣获|取得)", a.rest)
        ),
    ),
    # 23名选手入围决赛 / 进入决赛的共有11名 / 五位晋级选手: the finalists
    (
        "finalists",
        lambda a: (
            _FINALISTS_RE.match(a.rest)
            or re.match(r"(?:晋级|入围|决赛)", a.text[a.m.end() :])
            or _FINALISTS_LATER_RE.search(a.rest)
            or re.search(r"(?:进入决赛|入围)的?(?:共有|共|有)?$", a.text[: a.m.start()])
            or _in_a_final(a)
            # 18名参赛选手,是在全市各医院通过初赛选出来的 / 13个军训连队,均是经过各营初赛、复赛后选拔出的:
            # the count said to be what earlier rounds left (D2)
            or _SURVIVORS_AFTER_RE.match(a.text, a.m.end())
        ),
    ),
    ("judges", lambda a: _JUDGES_AFTER_RE.match(a.rest)),
    # 由12名农民运动员、1名教练和1名领队组成的澄江市代表队: the make-up of one team
    (
        "one_team_s_make_up",
        lambda a: (
            a.before.endswith("由")
            and re.match(r"[^,;。]{0,30}?组成的[^,;。]{0,10}?(?:队|团)", a.text[a.m.end() :])
        ),
    ),
    # 3个特等奖团队 / 5名一等奖获得者: the noun says they won
    ("winners_by_noun", lambda a: _PRIZE_IN_NOUN_RE.match(a.text, a.m.end())),
    # 在展示活动中,暨阳小学160名学生…表演了八段锦: performers of a show beside the contest
    (
        "performers",
        lambda a: (
            re.search(r"表演|演出", a.rest)
            and re.search(
                r"展示活动|开幕式|闭幕式|文艺演出|暖场", a.text
            )  # a show, not the contest
            and not _FIELD_VERB_RE.search(a.rest)
            and not re.match(r"[^,;。]{0,4}(?:参赛|选手)", a.text[a.m.end() :])  # 242名参赛选手
        ),
    ),
    # 共11位同学被推荐参加苏州市的…大赛: the ones sent on, a delegation, not the field
    ("sent_on", lambda a: re.match(r"[^,;。]{0,4}?被(?:推荐|选送|选派|选拔|派)", a.rest)),
)


_SURVIVORS_AFTER_RE = re.compile(
    r"[^。;!?,,]{0,12}?[,,]?(?:均|都|全部|分别)?是[^。;!?]{0,20}?(?:经过|通过|经)[^。;!?]{0,20}?"
    r"(?:初赛|预赛|复赛|小组赛|海选|选拔)"
)


def _in_a_final(a: _At) -> bool:
    """The final is held before the count or in its clause (not in a later clause: 29位…参加了此次竞赛,
    经过两场预赛,11位选手参加了此次决赛 keeps the 29)."""
    return bool(_FINAL_HELD_RE.search(a.text[: a.m.start()]) or _FINAL_HELD_RE.search(a.rest))


def _won_later(rest: str) -> bool:
    won = _WON_RE.search(rest)
    return bool(won) and not _FIELD_VERB_RE.search(rest, 0, won.start())


def _count_kind(cls: str, noun: str) -> tuple[str, re.Match | None]:
    """What a count counts, from its classifier and the noun after it: people, team, unit or ''."""
    if cls in "名位人":
        nm = _PEOPLE_NOUN_RE.match(noun) or _PEOPLE_VERB_RE.match(noun)  # 27名护理骨干参与角逐
        return ("people" if nm and (cls != "人" or _FIELD_VERB_RE.search(noun)) else ""), nm
    if cls == "支":
        nm = _TEAM_NOUN_RE.match(noun)
        return ("team" if nm else ""), nm
    if cls == "队":
        return "team", None
    if cls in "件幅篇":  # 8264件作品: works, read only to tell a clause of works (no competitors)
        return "", None
    if cls in "只艘条":  # 26只龙舟: each boat is a crew
        nm = _BOAT_NOUN_RE.match(noun)
        return ("team" if nm else ""), nm
    nm = _TEAM_NOUN_NEAR_RE.match(noun) if cls in "个组" else None
    # 42组教职工选手: pairs or groups of people, one entry each
    nm = nm or (_PEOPLE_NOUN_RE.match(noun) if cls == "组" else None)
    # 27所高校代表队: the units' teams are counted, one each (9家电力集团公司: 集团 is no 团)
    nm = nm or (_UNITS_TEAMS_RE.match(noun) if cls in "所家" else None)
    if nm:
        return "team", nm
    nm = _UNIT_NOUN_RE.match(noun)
    return ("unit" if nm else ""), nm


def _field_counts(text: str, final: bool = False) -> list[_Count]:
    """Every count of competitors (people, teams or units) in a sentence, in order."""
    out: list[_Count] = []
    not_field_at: list[tuple[int, int]] = []
    for m in _COUNT_RE.finditer(text):
        clause_start = max(
            (c.end() for c in _CLAUSE_END_RE.finditer(text, 0, m.start())), default=0
        )
        at = _At(text, m, text[max(0, m.start() - 8) : m.start()], clause_start)
        if any(test(at) for _shape, test in _NOT_FIELD_BEFORE):
            continue
        clause_end = _CLAUSE_END_RE.search(text, m.end())
        stop = clause_end.start() if clause_end else len(text)
        nxt = _COUNT_RE.search(text, m.end(), stop)
        noun = text[m.end() : nxt.start() if nxt else stop]
        if m.group("cls") == "队" and not (
            re.search(r"[共有计]$", at.before) or text.startswith(("参加", "参赛"), m.end())
        ):
            continue  # 共计有32队 / 32队参赛 count teams; 第一名:红星四队 names one
        kind, nm = _count_kind(m.group("cls"), noun)
        not_field = _NOT_FIELD_RE.match(noun)
        # 19个参赛项目 / 42个玉米样品 / 7位领导担任评委: no competitors; but 540名运动员齐聚赛场 is
        # a field (the noun read first decides)
        # (one character, 场 in 广场舞代表队, never outweighs a competitor noun)
        if not_field and not (
            kind and nm and (nm.end() < not_field.end() or len(not_field.group("w")) == 1)
        ):
            not_field_at.append((clause_start, m.start()))
            continue
        end = m.end() + (nm.end() if nm else 0)
        at.rest = text[end:stop]
        if (
            _NAMED_LIST_BEFORE_RE.search(text, clause_start, m.start())
            and not (
                _FIELD_VERB_RE.search(at.rest)
                # 来自固安县乡镇、园区单位11支代表队: the places listed are where the field comes from
                # (来自X的A、B三位同学: the people named after 的 are those counted)
                or re.search(r"来自[^的]*$", text[clause_start : m.start()])
                # 共邀请了A、B…及C5支代表队: the field invited, named by its members
                or _INVITED_BEFORE_RE.search(text, clause_start, m.start())
            )
        ):
            continue
        if kind == "unit" and not (
            _FIELD_VERB_RE.search(text, m.start(), stop) or _UNIT_TEAM_RE.match(at.rest)
        ):
            continue  # 8个镇街,6个社区选拔出的29支代表队: units count when they take part
        if not kind or any(
            test(at) for shape, test in _NOT_FIELD_AFTER if not (final and shape == "finalists")
        ):
            continue
        approx_before = bool(_APPROX_BEFORE_RE.search(at.before)) or bool(
            _VAGUE_BEFORE_RE.search(at.before) and m.group("n")[0] in "十百千"
        )
        exact = not m.group("approx") and not approx_before
        if kind == "people" and _WITH_STAFF_RE.match(at.rest):
            exact = False  # 727名运动员、领队及教练员: not only the competitors
        verb = bool(_FIELD_VERB_RE.search(text, m.start(), stop)) or bool(
            _FIELD_VERB_BEFORE_RE.search(text[: m.start()])
        )
        total = bool(_TOTAL_BEFORE_RE.search(at.before))
        out.append(
            _Count(
                cn_int(m.group("n")) or 0,
                kind,
                m.start(),
                end,
                exact,
                total,
                verb,
                clause_start,
            )
        )
    # 11个乡镇…的42个玉米样品参加了比赛: the clause counts things, not competitors (but 36支代表队
    # 参加了…三个组别的比赛: things counted after the field verb are the contest's, not the field's)
    return [
        c
        for c in out
        if c.kind == "people"
        or not any(
            cl == c.clause and at > c.start and not _FIELD_VERB_RE.search(text, c.end, at)
            for cl, at in not_field_at
        )
    ]


# 全市共有70名选手参与角逐 / 29位青年教师参加了此次竞赛,经过两场预赛: the whole field of a final's
# contest (a scope's total, or the entrants before the earlier rounds) is printed too (D2)
_WHOLE_FIELD_RE = re.compile(
    r"全[市省县区院校]共有?\d+[名位支][^,;。]{0,8}?(?:参与|参赛|参加|角逐)(?![^,;。]{0,4}初赛)"
    r"|\d+[名位支][^,;。]{0,16}参加了?(?:此次|本次|这次)?(?:比赛|竞赛|大赛)"
    r"[,,]经过[^,;。]{0,8}(?:预赛|初赛|复赛|选拔)"
    # 共有来自全国19支代表队(…)的57名运动员参赛 / 来自全市128所学校,890支队伍…参加此次比赛: a
    # nation's or a city's entrants taking part in the contest (not 进入决赛) are its whole field
    # (the units sending them counted: 来自全市的20名选手参加了比赛 in a final stays finalists)
    # 共有14支队伍参加,分两组循环比赛…再进行淘汰赛 / 22支参赛队伍奉献了22场比赛: the field of every
    # round, its format or its games counted, not the final's
    r"|\d+[名位支个](?:参赛)?(?:队伍|代表队|球队|选手|运动员)[^;。]{0,24}?"
    r"(?:循环|小组赛|淘汰赛|\d+场比赛)"
    r"|来[自之]全[国省市县区][^;。]{0,12}?\d+[支个所][^;。]{0,40}?"
    r"(?:参赛(?=[,;。]|$)|参加了?(?:此次|本次)?(?:比赛|竞赛|大赛))"
)
# 从600名选手当中筛选出16位: the pool the finalists were chosen from is the whole field (从36名
# 达人中脱颖而出 is the winner among the finalists)
_CHOSEN_FROM_RE = re.compile(
    rf"从(?P<n>{lx.NUM})[名位支][^,;。]{{0,8}}?(?:当中|之中|中)[^,;。]{{0,4}}?(?:筛选|选拔|选|评选)出?{lx.NUM}[名位支]"
)


def whole_field(text: str) -> bool:
    return bool(_WHOLE_FIELD_RE.search(text) or _CHOSEN_FROM_RE.search(text))


# 男子团体24个代表队,女子团体22个代表队 / 22支男子代表队参赛,女子共有12支代表队: a group's field
_SEX_OR_GROUP_RE = re.compile(r"[男女]子|[甲乙丙丁][组级]")


def _split_by_groups(text: str, counts: list[_Count]) -> bool:
    """Exact counts of one kind, each in its own clause with its own sex or group word, and no
    count of that kind outside the groups: the fields of two groups, no total printed."""
    for kind in ("team", "people"):
        same = [c for c in counts if c.kind == kind and c.exact]
        groups = {}
        for c in same:
            g = _SEX_OR_GROUP_RE.findall(text, c.clause, c.end)
            if len(set(g)) != 1:
                break  # a count with no group word (or two) may be the total
            groups.setdefault(c.clause, g[0])
        else:
            if len(groups) >= 2 and len(set(groups.values())) >= 2:
                return True
    return False


def participants_in(text: str, final: bool = False, units_enter: bool = False) -> int | None:
    """The size of the field in one sentence: an exact count of people, else of teams or units.

    Counts printed one after another (41所学校63支代表队727名运动员) describe one field: the last exact
    one counts (people over teams over units), the team count when the people count is approximate
    (27支代表队近300名). Approximate counts alone (近百名, 350多名, 160余名) give None, and so do
    two counts of separate groups
    (男子组11个队伍参加,女子组12个队伍参赛) with no total. When the event is itself a final
    (`final`: …决赛 in its name), the finalists are its field (263名选手进入决赛).
    When the units placed are teams (`units_enter`), the unit count stands before an approximate
    people count (14个单位近100名运动员).
    """
    # (参赛人数共549人次: visits counted, a person entering twice counts twice: no field)
    total = re.search(rf"参赛人数(?:达到|达至|达|为|共|共计)?(?P<n>{lx.NUM})人(?!次)", text)
    total = total or _NOUN_FIRST_TOTAL_RE.search(text)  # 共参加选手131人,…有72支代表队参赛
    total = total or _CHOSEN_FROM_RE.search(text)
    if total:
        return cn_int(total.group("n"))
    counts = _field_counts(text, final)
    if _split_by_groups(text, counts):
        return None
    chains: list[list[_Count]] = []
    for c in counts:
        gap = text[chains[-1][-1].end : c.start] if chains else ""
        # (51所中小学校近千人: an approximate count's 近 is no break either)
        if chains and re.fullmatch(
            # (19支代表队(包括业余俱乐部等)的57名运动员 / 28574支参赛队(其中本科组…)的85722名: a note or a
            # breakdown in brackets is no break)
            rf"[\s,、的和及与共]{{0,2}}(?:共计|合计|总计)?(?:近|约|逾|超过|将近)?|[{lx.CJK}]{{1,6}}的|[{lx.CJK}]、"
            r"|\([^()]{0,60}\)的?",
            gap,
        ):
            # 9支代表队27名护理骨干 / 32家企业的96名选手 / 28支龙舟队伍、736名运动员: one field
            chains[-1].append(c)
        else:
            chains.append([c])
    picks: list[tuple[_Count, bool, bool]] = []  # (the count, a 共 total, a field verb)
    for chain in chains:
        exact = [c for c in chain if c.exact]
        if not exact:
            continue
        # 16支甲级队、24支乙级队、42支丙级队: counts of one kind listed are the parts of a field
        # with no total printed (9支代表队27名选手 is one field counted twice)
        if any(
            a.kind == b.kind and re.fullmatch(r"\s?[、和及与]\s?", text[a.end : b.start])
            for a, b in pairwise(chain)
        ):
            continue
        # 740名中小学生组成的57支代表队: people over teams over units when both are exact
        pick = next((c for c in reversed(exact) if c.kind == "people"), exact[-1])
        # (来自全校17个院系非英语专业和英语专业近200余名学生: the people later in its clause too)
        later = [c for c in counts if c.start > pick.start and c.clause == pick.clause]
        if (
            pick.kind == "unit"
            and any(c.kind == "people" for c in later)
            # (44家医疗卫生单位的近350位…参赛, the units placed as teams: their count is the field's)
            and not (units_enter and any(c.kind == "people" and not c.exact for c in chain))
            and "参赛" not in text[pick.start : pick.end]  # 共12个参赛单位的200多名选手: 12
        ):
            continue  # 十五所学校推荐的230余名小记者: the people are the field, and approximate
        picks.append((pick, any(c.total for c in chain), any(c.verb for c in chain)))
    if any(verb for _c, _t, verb in picks):  # a count that takes part beats a bare one
        picks = [p for p in picks if p[2]]
    teams_first = _NOUN_FIRST_TEAMS_RE.search(text)
    if not picks and teams_first:  # 参赛队伍141支,…共7000多人齐聚: the exact count is the teams'
        return cn_int(teams_first.group("n"))
    if not picks and not counts:
        noun_first = _NOUN_FIRST_COUNT_RE.search(text)  # 共有参赛选手260人 / 象棋选手50名汇集于
        if noun_first and _PER_TEAM_BEFORE_RE.search(text, 0, noun_first.start()):
            return None  # 每队女职工8名: the members of one team, not the field
        return cn_int(noun_first.group("n")) if noun_first else None
    if not picks:
        return None  # 160余名运动员参赛: a lower bound is approximate, as the real labels read it
    totals = [c for c, total, _v in picks if total]
    if totals:
        people = [c for c, _t, verb in picks if verb and c.kind == "people"]
        if totals[0].kind != "people" and people and not _GROUP_WORD_RE.search(text):
            return people[0].n  # 共有20支代表队参赛,248名运动员参加: the people of that field
        return totals[0].n
    taking_part = [c for c, _t, verb in picks if verb]
    if len({c.clause for c in taking_part}) >= 2:
        kinds = {c.kind for c in taking_part}
        if len(kinds) == 1 or _GROUP_WORD_RE.search(text):
            return None  # 男子组有11个队伍参加,女子组有12个队伍参赛: two groups, no total
        people = [c for c in taking_part if c.kind == "people"]
        if people:
            return people[0].n  # 20支代表队参赛,248名运动员参加: one field, the people
    return picks[0][0].n
