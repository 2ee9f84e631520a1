"""Heading/list parser: a tier printed as a heading (or a table's tier cell) with names under it.

Shapes read here, line by line, before the sentence grammar runs:

- ``一等奖`` / ``二 等 奖`` / ``优秀组织奖名单(6个)`` on a line of its own, names on the lines below;
- ``一等奖:A(作者)`` and continuation lines without a tier (``B(作者)``);
- a category heading between them (``中学英语组``, ``镇(街)组获奖名单(16个)``);
- a table flattened to ``|`` cells (``获奖等次 | 姓名 | 作品``), read row by row;
- a flattened run of team names with no separator (``甲镇舞蹈队乙村舞蹈队``).

The list ends at the first line that reads like prose (a sentence with a full stop, or a long
line with clauses), so a list never swallows the article that follows it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from yunmei.events import lexicon as lx
from yunmei.events.recipients import recipient, recipients, split_items
from yunmei.events.tiers import cn_numeral, expand_tiers, tier_rank

_LIST_NOUNS = r"作品|选手|同学|学生|单位|集体|个人|队伍|代表队|团队|教师|老师|节目|项目|学校|班级"
_COUNT_UNIT = r"(?:个|名|人|项|件|组|队|篇|幅|位|家|所|首|部)"
# (5篇/首): a count of works in two units (essays or poems)
_COUNT = rf"[\((]\s*(?:共)?\s*{lx.NUM}\s*(?:{_COUNT_UNIT}(?:/{_COUNT_UNIT})?)?\s*[\))]"
# 主办单位: / 承办单位: are an organiser's role, never an honour list (organizer_roles_never_tiers)
_ORGANIZER_ROLE = (
    r"(?<!主办)(?<!承办)(?<!协办)(?<!指导)(?<!支持)(?<!冠名)(?<!赞助)(?<!执行)(?<!参赛)(?<!合作)"
)
_UNRANKED_HEAD = (
    rf"[{lx.CJK}A-Za-z]{{2,12}}?(?:奖|指导老师|指导教师|辅导员|教练员|个人|集体|{_ORGANIZER_ROLE}单位)"
    # 优秀广场舞团队: / 最佳运动员: a praised role heading a list is an unranked honour (praise_title_heading)
    rf"|(?:优秀|最佳|十佳|最美|先进)[{lx.CJK}]{{0,8}}?(?:团队|队伍|运动员|选手|裁判员|班级|组织)"
)
_ORDER_NOTE = r"[((](?:排名|排序|顺序)?不分先后[))]|[((]按[^()()]{1,8}排序[))]"
# a line that is only a tier (or an honour list's name) and perhaps a count: a heading
TIER_HEADING_RE = re.compile(
    rf"(?:[一二三四五六七八九十]{{1,2}}、)?"  # 二、二等奖(1名): a numbered section
    rf"[【\[]?(?P<tier>{lx.TIERS}|{_UNRANKED_HEAD})(?:获奖)?(?:名单|获得者|获奖者|获奖作品|获奖单位|作品|单位|选手)?[】\]]?"
    rf"(?:{_COUNT}|{lx.NUM}(?:名|个|人|项|件|篇|幅|位))?(?:{_ORDER_NOTE})?:?(?:{_COUNT})?"
    rf"(?:{_ORDER_NOTE})?"  # 优胜奖(10名)(排名不分先后) / 优秀奖(排名不分先后): (heading_with_order_note)
)
# 青少年部团体总分前六名代表团: / 群众部团体总分奖代表团: a division's team total heads the list
# below it: ranked in the printed order (a range), or the tier rows that follow
_DIVISION_TOTAL_HEADING_RE = re.compile(
    rf"(?P<div>[{lx.CJK}]{{2,5}}?[部组])(?P<total>团体总分|团体)"
    r"(?:奖|(?P<range>前[一二三四五六七八九十\d]{1,2}名))?(?:代表团|代表队|单位|队伍)?[::]?"
)
# 大班段 / 低年级段 / 初中学段: a school stage heads its list like a group (stage_heading)
_CAT_WORD = rf"[{lx.CJK}A-Za-z\d()]{{1,14}}?(?:组|赛道|类|项目|(?:班|年级|学|年龄)段)"
CAT_HEADING_RE = re.compile(
    rf"(?:[一二三四五六七八九十]{{1,2}}、)?"  # 三、诗联类获奖名单: a numbered section
    # “艺术蛋糕组” (quoted_group_heading): a group heading printed in quotes
    # 西洋乐器组获奖情况: / 高中组比赛结果: a group heading over its results (group_results_heading)
    rf"(?:[【\[]|“(?=[^”]+组”))?(?P<cat>{lx.CAT}|{_CAT_WORD})"
    rf"(?:获奖(?:名单|情况|结果|成绩|名次)?|(?:比赛|决赛)?(?:名单|情况|结果|成绩|名次))?"
    rf"(?:[】\]]|(?<=组)”)?(?:{_COUNT})?:?"
)
# 一、五子棋: / 二、征文: a numbered section with a bare item name (no 组/类 ending)
_SECTION_HEADING_RE = re.compile(
    rf"[一二三四五六七八九十]{{1,2}}、(?P<cat>[{lx.CJK}]{{2,8}}?)(?:获奖名单|名单)?:?"
)
# 获得一等奖的作品有: / 以下同学获得二等奖: — a lead-in whose names are the lines below it
_LEAD_IN_RE = re.compile(
    rf"(?:以下|下列)?[{lx.CJK}]{{0,6}}?(?:获得?|荣获|获评)(?P<tier>{lx.TIERS})"
    rf"(?:的(?:{_LIST_NOUNS})?(?:有|是|为|分别是|分别为|名单)?)?(?:如下)?[::]"
    rf"|(?:以下|下列)?(?P<tier2>{lx.TIERS})(?:的|获奖)?(?:{_LIST_NOUNS})?(?:有|是|为|名单)(?:如下)?[::]"
)
# 过去三年有12人获奖,分别是—— / 历届得主如下: a lead-in to past winners; the lines below it are history
_PAST_WINNERS_LEAD_RE = re.compile(
    r"(?:(?:过去|近|前|此前)[一二三四五六七八九十两\d]{1,3}(?:年|届)|历届|往届|历年|以往|曾(?:经)?)"
    r"(?=.{0,20}(?:获奖|得主|获得者|冠军)).{0,30}"
    r"(?:(?:分别是|分别为|如下|名单|有)\s*(?:[::]|——|-{2,})?|[::]|——|-{2,})\s*$"  # it must lead in
)
# 历届冠军 / 往届获奖名单: a heading alone on its line over a roll of past winners (past_winners_heading)
_PAST_WINNERS_HEADING_RE = re.compile(
    r"[【\[]?(?:历届|往届|历年)(?:冠军|得主|获奖者|获奖名单|冠亚军|获奖情况|前三名)(?:名单|一览)?[】\]]?[::]?"
)
# 图片来源:X官网 / 每经记者 张蕊 摄: a photo caption between a lead-in and its list
_CAPTION_LINE_RE = re.compile(r"(?:图片?(?:来源|来自|[:/])|来源[::]|\(图|【图).{0,30}$|.{0,24}摄$")
_UNIT_LABEL_RE = re.compile(rf"(?P<unit>[{lx.CJK}\d()]{{2,16}}?)\s*[::]\s*(?=\S)")
_CAT_LABEL_RE = re.compile(rf"(?P<cat>{lx.CAT}|{_CAT_WORD})\s*[::]\s*(?=\S)")
# a tier label inside a line: 一等奖:(2个)A、B / 二等奖2名:C (an unranked one only at the start)
TIER_LABEL_RE = re.compile(
    # 一等奖(小学组): / 最佳团队奖(初中组参评): a group or a note on who competed for it (label_note);
    # 一等奖作品: / 二等奖获奖名单: a list noun after the tier (tier_then_list_noun)
    rf"(?P<tier>{lx.TIERS}|(?:^|(?<=[;;:]))\s*{_UNRANKED_HEAD})(?:获奖)?(?:{_LIST_NOUNS})?\s*"
    rf"(?:[((](?:(?P<lcat>{lx.CAT})|[^()()::]{{1,10}}?(?:参评|参赛))[))])?"
    rf"\s*(?:{lx.NUM}(?:名|个|人|项|件))?\s*(?:{_COUNT})?\s*:\s*(?:{_COUNT})?"
)
# (左三) / (右二) / (中): where a person stands in a photo (photo_position_caption)
_PHOTO_POSITION_RE = re.compile(r"[((](?:[左右](?:[一二三四五六七八九十]|\d{1,2})|中|左|右)[))]")
_PLACEHOLDER_RE = re.compile(rf"(?:图片|微信图片_?\S*|image|IMG\S*|{_COUNT}|\s)*", re.I)
_PROSE_RE = re.compile(r"[。!]|[,;].{20,}")
_TITLE_AUTHOR_RE = re.compile(r"(?P<title>.+?)\s*[\((](?P<author>[^()()]{2,12})[\))]")
_WORK_AUTHOR_RE = re.compile(r"(?P<title>《[^《》]+》)(?:[\((][^()()]{1,8}[\))])?\s*(?P<author>.*)")
# 卢凌日《四十年…》(散文): the author before a titled work, its genre after
# one item of a 、-list of works: the title (with a printed part, 《守护》之家人篇) and its author
_WORK_ITEM_RE = re.compile(
    r"(?P<title>《[^《》]+》(?:之[^\s《》、()()]{1,8})?)\s*(?P<author>[^《》]{0,12})"
)
_AUTHOR_WORK_RE = re.compile(
    rf"(?P<author>[{lx.CJK}·]{{2,4}})\s*(?P<title>《[^《》]+》)(?:\s*[\((][^()()]{{1,8}}[\))])?"
)
# 音乐学院 刘玉茹《我身边的爱》: the author's unit set apart before the author (unit_author_work_row)
_UNIT_AUTHOR_WORK_RE = re.compile(
    rf"(?P<unit>[{lx.CJK}\d()()]{{2,20}})\s+(?P<author>[{lx.CJK}]{{2,4}}|[{lx.CJK}]{{1,6}}·[{lx.CJK}]{{1,6}})"
    rf"\s*(?P<title>《[^《》]+》)"
)
# 傅 渝 (重庆北碚) 《稷山鸡蛋》《七律 题稷山饼子》: a person (spaced or not), the place, the works
_PERSON_PLACE_WORKS_RE = re.compile(
    rf"(?P<name>[{lx.CJK}](?:\s?[{lx.CJK}]){{1,3}})\s*\((?P<aff>[{lx.CJK}]{{2,10}})\)\s*(?:《[^《》]+》\S*\s*)+"
)
# 三等奖  油画  绿荫  作者:龚玲: one row of a flattened table, tier first, author last
TIER_ROW_AUTHOR_RE = re.compile(
    rf"(?P<tier>{lx.TIERS}|{_UNRANKED_HEAD})\s+(?:(?P<cat>[{lx.CJK}]{{1,8}})\s+)?"
    rf"(?P<title>\S[^::]{{0,30}}?)\s+作者\s*[::]\s*(?P<author>[{lx.CJK}·]{{2,5}})"
)
# 一等奖《赶工忙》(作者:陈立维): tier, titled work and its author on one line
TIER_WORK_AUTHOR_RE = re.compile(
    rf"(?P<tier>{lx.TIERS}|{_UNRANKED_HEAD})\s*(?P<title>《[^《》]+》)\s*"
    rf"[\((](?:作者|摄影|作者/摄影)?\s*[::]?\s*(?P<author>[{lx.CJK}·]{{2,5}})[\))]"
)
# 《秀美玉屏湖》(特等奖) 作者:杨明军 / 七月的肖像(一等奖)作者 江苏 胡宝河: a caption, the work, its
# prize (and class) in brackets, then its author after 作者 (a place set off before the name is dropped)
CAPTION_WORK_TIER_AUTHOR_RE = re.compile(
    rf"(?:^|(?<=[\s:]))(?P<title>《[^《》]{{1,30}}》|[{lx.CJK}]{{2,12}})\s*"
    rf"[\((](?P<cat>[{lx.CJK}]{{1,10}}?(?:类|组))?(?P<tier>{lx.TIERS})[\))]\s*"
    rf"(?:作者|摄影|作者/摄影)\s*[::]?\s*(?:(?:{lx.alt(lx.words('regions'))})[省市]?\s+)?"
    rf"(?P<author>[{lx.CJK}](?:\s?[{lx.CJK}]){{1,3}})(?![{lx.CJK}])"
)
# 向苒《漫画老师》二等奖 / 包诗语 《铁蛋》 二等奖: one result a line, the author, the work, its tier
AUTHOR_WORK_TIER_RE = re.compile(
    rf"(?P<author>[{lx.CJK}·]{{2,4}}|[{lx.CJK}\d()()]{{4,20}})\s*(?P<title>《[^《》]+》)\s*"
    rf"(?P<tier>{lx.TIERS})\s*[;;。]?"
)
# 获奖作品《W》一等奖 / 优秀奖《W》: a label or a tier before the work, no author
_NOT_AUTHOR_RE = re.compile(rf"作品|节目|名单|{lx.TIERS}")
# 11.70s / 6.2分 / 1:05.32 / 98.5 / 3米20: a time, score or mark closing a row of results
_SCORE_CELL_RE = re.compile(r"\d+(?:[.:′'″\"]\d+)*(?:s|秒|分|米|m|kg|公斤|环|个|次|″|\")?(?:\d+)?")
# 色彩画一等奖作品刘泽元 / 儿童画作品一等奖乔恒岳 / 书法一等奖获得者郭子佳作品: a photo caption, the
# item (its group), the prize, the winner whose work is shown (caption_item_tier_winner)
CAPTION_ITEM_TIER_WINNER_RE = re.compile(
    rf"(?P<cat>[{lx.CJK}]{{2,6}}?)(?:作品)?(?P<tier>{lx.TIER})(?:作品|获得者|得主)?"
    rf"(?P<name>[{lx.CJK}·]{{2,4}}?)(?:的)?(?:作品)?"
)
# 全国一等奖获得者A: a level before the prize is no item of the contest
_LEVEL_WORD_RE = re.compile(r"全[国省市区县]|国家|[省市区县]级|[国省市]赛")
_FLAT_TEAMS_RE = re.compile(r".+?(?:代表队|舞蹈队|龙舟队|合唱团|艺术团|舞蹈团|乐团|队)")
_MAX_LINE = 60  # a list line is short; anything longer is prose
_ENUM_ITEM_MAX = 16  # …but a line of short items joined by 、 alone is a list however many it holds


def _long_enumeration(line: str) -> bool:
    """高二(2)班、高二(3)班、…(15 classes) under 三等奖: (long_enumeration_line) short items joined by
    、 only, no clause punctuation: a list line, not prose, whatever its length."""
    items = line.split("、")
    return (
        len(items) >= 3
        and len(line) <= _MAX_LINE * 4
        and all(1 <= len(x.strip()) <= _ENUM_ITEM_MAX for x in items)
        and not re.search(r"[,，。;；::！!？?]", line)
    )


# (按姓氏笔画排序) / 排名不分先后: a note on the order of a list, not a list line
_NOTE_RE = re.compile(
    r"[((][^()()]{2,16}[))]|.{0,6}(?:排名|排序|顺序)不分先后.{0,4}|.{0,4}按.{1,8}排序.{0,2}"
)


@dataclass
class ListAward:
    para: int  # the paragraph (line) the names were read from
    tier: str
    category: str | None
    recipients: list[dict]


_BAD_HEAD_RE = re.compile(r"^(?:获|颁|评|设|共|本|该|此|将|最终|最后|经)|获奖$|的|和|与|及")


def _good_tier(t: str) -> bool:
    return bool(lx.TIER_ANY_RE.fullmatch(t)) or not _BAD_HEAD_RE.search(t)


def _squeeze(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _person(tok: str) -> bool:
    return bool(lx.PERSON_RE.fullmatch(tok)) and len(tok) <= 4 and not lx.ORG_END_RE.search(tok)


def _unit(tok: str) -> str | None:
    if lx.TEAM_END_RE.search(tok):
        return "team"
    if lx.ORG_END_RE.search(tok):
        return "organization"
    return None


def _tokens(line: str) -> list[str]:
    """Whitespace tokens, a name printed with a space inside it (华 敏) joined again."""
    toks = line.split()
    out: list[str] = []
    for t in toks:
        if (out and len(t) == 1 and len(out[-1]) == 1) or (
            out and len(t) == 1 and _person(out[-1] + t) and len(out[-1]) == 1
        ):
            out[-1] += t
        else:
            out.append(t)
    return out


_PERFORMERS_RE = re.compile(r"\s*(?:演讲者|作者|指导老师|指导教师|表演者|朗诵者|演唱者)\s*:.*$")
_AUTHOR_NOTE_RE = re.compile(
    r"[((](?:(?:作者|摄影|作者/摄影)\s*[::]\s*([^()()]{2,12})|([^()()\s]{2,8})\s*摄)[))]"
)
_SIDE_THEN_MEMBERS_RE = re.compile(r"(?P<side>第[\d一二三四五六七八九十]{1,2}(?:小)?组)\s+(?=\S)")
# a genre word before the title and notes after it ((外一篇), (组诗)) belong to no name
_GENRE_WORK_AUTHOR_RE = re.compile(
    rf"(?:[{lx.CJK}]{{1,4}})?(?P<title>《[^《》]+》)(?:\s*[((][^()()]{{1,8}}[))])*"
    rf"\s*作者\s*[::]\s*(?P<author>[{lx.CJK}·]{{2,5}})"
)
# 剪纸《喜迎二十大》——李秀霞: a craft or genre word, the titled work, a dash, its author or unit
_WORK_DASH_AUTHOR_RE = re.compile(
    rf"(?:[{lx.CJK}]{{1,8}})?(?P<title>《[^《》]+》)\s*(?:——|—|--|─)\s*"
    rf"(?P<author>[{lx.CJK}·]{{2,5}}|[{lx.CJK}()]{{4,24}}?{lx.AFF_END})"
)
# 《W》,作者:A,《V》,作者:B: titled works, each with its author after 作者 (a comma between)
_WORK_COMMA_AUTHOR_RE = re.compile(
    r"(?P<title>《[^《》]+》)\s*[,,]?\s*作者\s*[::]\s*(?P<author>[^;;,,。《》\s]{2,30})"
)


def _works_with_authors(line: str) -> list[dict] | None:
    """The works of a line made only of `《W》,作者:A` items (separators between), if it is one."""
    if "作者" not in line:
        return None
    found = list(_WORK_COMMA_AUTHOR_RE.finditer(line))
    rest = _WORK_COMMA_AUTHOR_RE.sub("", line)
    if not found or re.sub(r"[;;,,。、\s]", "", rest):
        return None
    return [
        {"name": m.group("title"), "kind": "work", "affiliation": m.group("author")} for m in found
    ]


_MEMBERS_LINE_RE = re.compile(r"(?:成员|队员|组员|团队成员)\s*[::]")
_CLASS_RE = re.compile(
    r"[初高]?[一二三四五六七八九\d]+(?:\(\d+\))?(?:年级)?\d*班|[初高][一二三]\(?\d{1,2}\)?班?"
    r"|[一二三四五六七八九]\(\d{1,2}\)"  # 三(5): grade and class, 班 left out
    r"|[一二三四五六七八九]\d{1,2}"  # 一4 in a grade's row of a table: grade and class, bare
)


_TEAM_SECTION_RE = re.compile(rf"[初高]?[一二三四五六七八九]年级|[{lx.CJK}]{{1,4}}组")
_INLINE_ENUM_RE = re.compile(r"\s+\d{1,2}[.、．]\s*(?=\D)")
_ENUM_RE = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、)．]\s*(?=\D)")


def _prefixed_person(tok: str) -> dict | None:
    """A token that is a person with an affiliation glued in front (汉语言文学2101魏欣), if it is."""
    if len(tok) > 24 or not lx.PERSON_RE.search(tok):
        return None
    r = recipient(tok, strict=True)
    return r if r is not None and r["kind"] == "person" and r["affiliation"] else None


_SPACED_PAIR_RE = re.compile(
    rf"(?:(?<=^)|(?<=[、,,])|(?<=组\s))\s*([{lx.CJK}])\s{{1,2}}([{lx.CJK}])(?=\s*[((、,,《]|$)"
)


# 刘春芳/谢敬舫(吉安市): a doubles pair (or one person) with the unit in brackets
_NAME_AFF_RE = re.compile(
    rf"(?P<name>[{lx.CJK}·]{{2,4}}(?:/[{lx.CJK}·]{{2,4}})?)\s*[((](?P<aff>[^()()]{{2,16}})[))]"
)


_NAMES_SHARED_PLACE_RE = re.compile(
    rf"(?P<names>[{lx.CJK}]{{2,4}}(?:(?:、|\s+)[{lx.CJK}]{{2,4}})+)\s*[((](?P<aff>[^()()]{{2,10}})[))]"
)


# (共2名) / (3人) closing a list line: a count with its word (三(7) is a class, not a count)
_TRAILING_COUNT_RE = re.compile(
    rf"\s*[\((]\s*(?:共\s*{lx.NUM}\s*{_COUNT_UNIT}?|{lx.NUM}\s*{_COUNT_UNIT})\s*[\))]\s*$"
)


_COUNTED_UNITS_RE = re.compile(r"[一二三四五六七八九十两\d]+(?:家|所|个|支)")


def _masked(line: str) -> str:
    """The line with titles and quotes blanked: 《跨时空砥砺前行,赴未来…》 holds no clause."""
    return lx.mask(line) if "《" in line or "“" in line else line


def _unit_person_items(line: str) -> list[dict] | None:
    """初一(14)班 林羽萱, 初一创新(2)班 连梓涵,: items each a unit, a space, a person (unit_person_items)."""
    items = [it.strip() for it in re.split(r"[、,,;]", line) if it.strip()]
    if len(items) < 2:
        return None
    out = []
    for it in items:
        toks = it.split()
        if not (
            len(toks) == 2
            and re.fullmatch(
                rf"[{lx.CJK}·]{{2,4}}", toks[1]
            )  # after a unit: a name, surname or not
            and not _unit(toks[1])
            and (_CLASS_RE.fullmatch(toks[0]) or _unit(toks[0]))
        ):
            return None
        out.append({"name": toks[1], "kind": "person", "affiliation": toks[0]})
    return out


def line_recipients(line: str, works: bool = False) -> tuple[list[dict], str | None]:
    """The recipients on one list line and a category printed with them (电工项目  李子安  单位).

    `works`: the list's earlier lines were works, so a title(author) line is one even when the
    title ends like a unit (美丽的闻堰镇(华 敏): list_keeps_its_kind).
    """
    line = _ENUM_RE.sub(
        "", line.strip().strip("|").strip()
    )  # 1.张三 湛江一中: the number is no name
    if len(_INLINE_ENUM_RE.findall(line)) >= 1 and not re.search(r"[、,,]", line):
        line = _INLINE_ENUM_RE.sub("、", line)  # 湛江一中 2.湛江二中 3.湛江三中: one item each
    sm = _SIDE_THEN_MEMBERS_RE.match(line)
    if (
        sm
    ):  # 第1小组 周夏辉、杨俊雄: the members won, their side is the affiliation (side_then_members)
        members, _cat = line_recipients(line[sm.end() :])
        if members and all(r["kind"] == "person" for r in members):
            return [
                {**r, "affiliation": r["affiliation"] or sm.group("side")} for r in members
            ], None
    gw = _GENRE_WORK_AUTHOR_RE.fullmatch(line)
    if (
        gw
    ):  # 散文《绿影》(外一篇)作者:丁小丽: the work, its author after 作者 (genre_work_author_row)
        return [
            {"name": gw.group("title"), "kind": "work", "affiliation": gw.group("author")}
        ], None
    wd = _WORK_DASH_AUTHOR_RE.fullmatch(line)
    if wd:  # 牛角雕《中国龙》——于桂娟 (work_dash_author_row)
        return [
            {"name": wd.group("title"), "kind": "work", "affiliation": wd.group("author")}
        ], None
    wa = _works_with_authors(line)
    if wa:  # 《园园的自述》,作者:新莲小学四(4)班汪晓理。 (work_comma_author_items)
        return wa, None
    if _MEMBERS_LINE_RE.match(line):
        return [], None  # 成员:A B C under a team's row: the team won, its members are no entries
    line = lx.SPEECH_RE.sub(
        "", line
    )  # 一等奖获得者 王一桃 :" 祖国是山 我是水 …": a quote, not names
    # 《春天》(作者:张明) / 《彩虹》(张晓庆 摄): the author, as 《春天》 张明
    line = _AUTHOR_NOTE_RE.sub(lambda m: " " + (m.group(1) or m.group(2)), line)
    line = _PERFORMERS_RE.sub("", line)  # 《W》 演讲者:A、B: the work is credited, not its speakers
    line = re.sub(r"[::](?=《)", "", line)
    line = _SPACED_PAIR_RE.sub(
        r"\1\2", line
    )  # 王凯杰、孙 粤 / 周 玲(学前教育): a spaced two-character name
    line = _TRAILING_COUNT_RE.sub("", line)  # 张明、王芳(共2名): the count names nobody
    if not line or _PLACEHOLDER_RE.fullmatch(line):
        return [], None
    shared = _NAMES_SHARED_PLACE_RE.fullmatch(line)
    names = re.split(r"[、\s]+", shared.group("names").strip()) if shared else []
    if len(names) >= 2 and all(_person(n) for n in names):
        # 余世存、周龙荣(北京) / 邓小菲 詹申有(湖北): co-winners sharing one place (names_shared_place)
        return [
            {"name": n, "kind": "person", "affiliation": shared.group("aff")} for n in names
        ], None
    parts = [it.strip() for it in re.split(r"[、,,]|(?<=[))])", line) if it.strip()]
    items = [_NAME_AFF_RE.fullmatch(it) for it in parts]  # 周奕辰(地理科学)王晓鸥(生物科学) too
    if len(items) >= 2 and all(m and all(map(_person, m.group("name").split("/"))) for m in items):
        # 梁可歆(法学)、周玲(学前教育): persons each with a unit in brackets (name_aff_list);
        # 刘春芳/谢敬舫(吉安市)、黄国禄/张坤发(赣州市): doubles pairs, two persons each (pair_aff_list)
        return [
            {"name": n, "kind": "person", "affiliation": m.group("aff")}
            for m in items
            if m
            for n in m.group("name").split("/")
        ], None
    works_listed = [_WORK_ITEM_RE.fullmatch(it.strip()) for it in line.split("、")]
    if len(works_listed) >= 2 and all(works_listed):
        # 《时光》、《黄金海岸》、《守护》之家人篇: a list of works, each its own entry (work_list_line)
        return [
            {
                "name": w.group("title"),
                "kind": "work",
                "affiliation": _squeeze(w.group("author")) or None,
            }
            for w in works_listed
            if w
        ], None
    m = _WORK_AUTHOR_RE.fullmatch(line)
    if m:  # 《九米以下》(组照)方胜
        author = _squeeze(m.group("author")) or None
        return [{"name": m.group("title"), "kind": "work", "affiliation": author}], None
    m = _UNIT_AUTHOR_WORK_RE.fullmatch(line)
    if m and (_unit(m.group("unit")) or _CLASS_RE.fullmatch(m.group("unit"))):
        return [{"name": m.group("title"), "kind": "work", "affiliation": m.group("author")}], None
    m = _AUTHOR_WORK_RE.fullmatch(line)
    if m and _person(m.group("author")):
        return [{"name": m.group("title"), "kind": "work", "affiliation": m.group("author")}], None
    m = _TITLE_AUTHOR_RE.fullmatch(line)
    if m:
        title, author = m.group("title").strip(), _squeeze(m.group("author"))
        author_like = _person(author) or re.fullmatch(rf"[{lx.CJK}]{{2,4}}", author)
        unit_like = _unit(_squeeze(title)) and not works
        tt = title.split()
        # U10男子组 王柏宣(泸江小学): a group, a person and the person's unit, no titled work
        group_person = len(tt) == 2 and _person(tt[1]) and re.search(r"(?:组|项目)$", tt[0])
        if author_like and not _person(_squeeze(title)) and not unit_like and not group_person:
            return [{"name": title, "kind": "work", "affiliation": author}], None
    m = _PERSON_PLACE_WORKS_RE.fullmatch(line)
    if m and _person(_squeeze(m.group("name"))):  # 傅 渝 (重庆北碚) 《W》《V》: the author, from
        return [
            {"name": _squeeze(m.group("name")), "kind": "person", "affiliation": m.group("aff")}
        ], None
    cols = re.split(r"\s*,\s*", line.strip())
    if (
        len(cols) == 2
        and "、" not in line
        and _person(_squeeze(cols[0]))
        and not _person(_squeeze(cols[1]))
        and 2 <= len(cols[1]) <= 30
        and not lx.VERB_RE.search(cols[1])
        and ((r := recipient(cols[1], strict=False)) is None or r["kind"] != "person")
    ):  # 第一名 刘国强,六边形咖啡: a row's name, then its unit (name_comma_unit_row)
        return [{"name": _squeeze(cols[0]), "kind": "person", "affiliation": cols[1]}], None
    codes = [c.strip() for c in re.split(r"[、,,;]", line)]
    if all(_CLASS_RE.fullmatch(c) for c in codes):
        # 一等奖:一8、一5 / 五13、五14: classes by grade and number compete as units (class_code_list)
        return [{"name": c, "kind": "team", "affiliation": None} for c in codes], None
    upi = _unit_person_items(line)
    if upi:
        return upi, None
    if re.search(r"[、,;]", line):
        return recipients(line.replace(";", "、"), strict=False), None
    toks = _tokens(line)
    cat = None
    people: list[str] = []
    units: list[tuple[int, str]] = []
    prefixed: list[dict] = []  # 数学2102张晓明: a person with a class printed in front
    for i, t in enumerate(toks):
        if _person(t):
            people.append(t)
        elif (r := _prefixed_person(t)) is not None:
            prefixed.append(r)
        elif re.search(r"(?:项目|组)$", t) and len(t) <= 10 and (i == 0 or people or prefixed):
            # 电工项目 李子安: a group before the names (高三年级 行政组: a unit among units)
            cat = t
        elif _unit(t) or len(toks) > 1:
            units.append((i, t))
    if (
        not prefixed
        and len(people) >= 2
        and len(toks) == 2 * len(people)
        and all(_unit(toks[i]) and _person(toks[i + 1]) for i in range(0, len(toks), 2))
    ):  # 二(1)班 缪祎家  二(3)班 刘攸畅: each person after its own class, cells of a grid (unit_person_cells)
        return [
            {"name": toks[i + 1], "kind": "person", "affiliation": toks[i]}
            for i in range(0, len(toks), 2)
        ], cat
    if people or prefixed:
        aff = units[0][1] if len(units) == 1 else None
        return [
            *prefixed,
            *({"name": p, "kind": "person", "affiliation": aff} for p in people),
        ], cat
    if len(toks) == 1:
        tok = toks[0]
        flat = _FLAT_TEAMS_RE.findall(tok)
        if len(flat) >= 2 and "".join(flat) == tok and all(len(x) >= 4 for x in flat):
            return [{"name": x, "kind": "team", "affiliation": None} for x in flat], None
        if len(tok) > 30 or ":" in tok.strip(":"):
            return [], None  # 闪耀之星:个人奖项揭晓: a heading with its own colon names no one
        r = recipient(tok, strict=False)
        if (
            r
            and r["kind"] == "work"
            and r["affiliation"]
            and _unit(r["affiliation"])
            and not _COUNTED_UNITS_RE.match(r["affiliation"])
        ):  # 乌审旗文化馆馆属舞蹈队《奔腾鄂尔多斯》: the troupe performed the piece (troupe_with_piece);
            # 三家医院《以青春的名义宣誓》: a count of units names none, the work stays
            return [{"name": r["affiliation"], "kind": "team", "affiliation": None}], None
        return ([r] if r else []), None
    out = []
    for _, t in units:
        # 高一年级 / 行政组 among units: a grade or staff group competing as a team (grade_units_row)
        kind = "team" if _CLASS_RE.fullmatch(t) or _TEAM_SECTION_RE.fullmatch(t) else _unit(t)
        if kind:
            out.append({"name": t, "kind": kind, "affiliation": None})
    return out, cat


_HEAD_GROUP_RE = re.compile(r"(?:男子|女子|男女混合|混合|[^\W\d]{1,6}组)(?:项目)?")


def _group_item(head: str | None, item: str | None) -> str | None:
    """男子项目 / 孙杨:200米自由泳金牌 -> 男子200米自由泳: a heading's group composed with a row's item."""
    if not head or not item or not _HEAD_GROUP_RE.fullmatch(head):
        return item or head
    group = re.sub(r"项目$", "", head)
    if group in item or re.search(r"组" if group.endswith("组") else r"男|女", item):
        return item  # the row prints its own group
    return group + item


# 孙杨:200米自由泳、400米自由泳金牌;800米自由泳第6 — an athlete, then each event and its place
_PERSON_RESULTS_RE = re.compile(rf"(?P<name>[{lx.CJK}·]{{2,5}}):(?P<rest>[^:]+)")
_EVENT_PLACE_RE = re.compile(rf"(?P<events>[^;]+?)(?P<tier>{lx.TIER}|第\d{{1,2}})")


def _person_results(line: str) -> list[tuple[str, str, dict]] | None:
    m = _PERSON_RESULTS_RE.fullmatch(line.strip())
    # 王简嘉禾:1500米自由泳铜牌;…: every part an event and its place, so a 4-character name is one
    if not m or not (
        _person(m.group("name"))
        or (
            re.fullmatch(rf"[{lx.CJK}]{{4}}", m.group("name"))
            and not lx.ORG_END_RE.search(m.group("name"))  # 竞舟一小:…: a school heads a headline
        )
    ):
        return None
    who = {"name": m.group("name"), "kind": "person", "affiliation": None}
    out = []
    for part in m.group("rest").strip(" ;。").split(";"):
        em = _EVENT_PLACE_RE.fullmatch(part.strip())
        if (
            not em
            or not re.search(r"\d|米|泳|跑|跳|项", em.group("events"))
            or lx.VERB_RE.search(em.group("events"))  # …——记三年级3班…勇夺团体总分亚军: a headline
        ):
            return None  # every part an event and its place, or this is prose
        out.extend((em.group("tier"), ev.strip(), who) for ev in em.group("events").split("、"))
    return out


# 二十四式太极拳二等奖 / 甲组50米仰泳第三名: one event and the place in it
_ITEM_TIER_RE = re.compile(rf"(?P<item>[^,,、;。()()::]{{1,16}}?)(?P<tier>{lx.TIER})")
_NUMERAL_CHARS = frozenset("一二三四五六七八九十零〇两")
_SEPARATORS_RE = re.compile(r"[\s,,、;。]+")
_NAME_ITEMS_RE = re.compile(rf"(?P<name>[{lx.CJK}·]{{2,4}})[((](?P<items>[^()()]+)[))]")


# 美的集团股份有限公司(大奖) / 张明(一等奖): a list line, the winner then its prize in brackets
# (name_then_tier_in_brackets); in brackets after a name even a bare 大奖 is the prize
_NAME_THEN_TIER_RE = re.compile(
    rf"(?P<name>[^()()::,,。;、\s]{{2,40}})[((](?P<tier>{lx.TIER}|[{lx.CJK}]{{0,4}}大奖)[))]"
)


def _item_tiers(rest: str) -> list[tuple[str, str]] | None:
    """二十四式太极拳二等奖,三十二式太极剑二等奖 -> [(二等奖, 二十四式太极拳), …] when every part is one."""
    out = []
    for part in re.split(r"[,,、]", re.sub(r"[\s。;]+$", "", rest)):
        m = _ITEM_TIER_RE.fullmatch(part.strip())
        if not m or lx.VERB_RE.search(m.group("item")) or "的" in m.group("item"):
            return None
        out.append((m.group("tier"), m.group("item")))
    return out or None


# words a 3-character name would cut in two (个人, 集体, 团体, 组合): the name ends before them
_WORDS_ACROSS_NAME_END = frozenset(("个人", "集体", "团体", "组合"))


def _person_item_tiers(line: str) -> list[tuple[str, str, dict]] | None:
    """李琼二十四式太极拳二等奖,三十二式太极剑二等奖。 — a person, then each event and its place
    (person_then_item_tiers); the name is the longest person that leaves an event (not a numeral)."""
    line = line.strip()
    for n in (3, 2):
        name, rest = line[:n], line[n:]
        if not _person(name) or name[-1] in _NUMERAL_CHARS or not rest or rest[0] in "((":
            continue
        if name[-1] + rest[0] in _WORDS_ACROSS_NAME_END:
            continue  # 梅贵个人三等奖: 个人 is the prize's word, the name is 梅贵 (word_across_name_end)
        if re.search(r"\s", rest.strip()):
            return None  # 湛江一中队 冠军: spaced cells are a row, not a name glued to an event
        parts = _item_tiers(rest)
        if parts and lx.VERB_RE.search(name + parts[0][1]):
            return None  # 李明获得鼓励奖: a sentence with its verb, not a name glued to an event
        if parts:
            who = {"name": name, "kind": "person", "affiliation": None}
            return [(t, k, who) for t, k in parts]
    return None


def _names_with_item_tiers(line: str) -> list[tuple[str, str, dict]] | None:
    """黄韵轾(甲组50米自由泳第一名、甲组50米仰泳第三名),罗鼎辉(…): each person with the events and
    places in brackets after the name (names_with_item_tiers); at least two such names, nothing else
    but a lead-in (具体获奖名单如下:) and the separators."""
    ms = list(_NAME_ITEMS_RE.finditer(line))
    if len(ms) < 2:
        return None
    lead = line[: ms[0].start()]
    gaps = [line[a.end() : b.start()] for a, b in itertools.pairwise(ms)]
    if lx.TIER_ANY_RE.search(lead) or (lead.strip() and not lead.rstrip().endswith(":")):
        return None
    if any(_SEPARATORS_RE.sub("", g) for g in gaps) or _SEPARATORS_RE.sub("", line[ms[-1].end() :]):
        return None
    out = []
    for m in ms:
        parts = _item_tiers(m.group("items"))
        if not parts or not _person(m.group("name")):
            return None
        who = {"name": m.group("name"), "kind": "person", "affiliation": None}
        out.extend((t, k, who) for t, k in parts)
    return out


def _table_row(cells: list[str], header: dict[str, int] | None) -> tuple[str | None, list[dict]]:
    """(tier printed in the row, recipients) for one `|` row under a known header."""
    tier = None
    if cells and TIER_HEADING_RE.fullmatch(_squeeze(cells[0])):
        tier = _squeeze(cells[0])
        cells = cells[1:]
    if not cells:
        return tier, []
    if header:
        order = sorted((i, role) for role, i in header.items() if role != "tier")
        roles = [role for _, role in order]
        vals = dict(zip(roles, cells, strict=False))
        person, work, unit = vals.get("person"), vals.get("work"), vals.get("unit")
        if work and person:
            return tier, [{"name": work, "kind": "work", "affiliation": person}]
        if person:
            return tier, [{"name": _squeeze(person), "kind": "person", "affiliation": unit}]
        if unit:
            return tier, [
                {"name": unit, "kind": _unit(unit) or "organization", "affiliation": None}
            ]
    recips, _cat = line_recipients("  ".join(cells))
    return tier, recips


_HEADER_ROLES = (
    ("tier", re.compile(r"奖项|等次|等级|奖次|名次|获奖情况")),
    ("person", re.compile(r"姓名|作者|选手|获奖人|名字")),
    ("work", re.compile(r"作品|主题|题目|名称|标题|节目")),
    ("unit", re.compile(r"单位|学校|队伍|代表队|集体|班级")),
)


def _tier_columns(cells: list[str]) -> dict[int, str] | None:
    """`组别 | 一等奖 | 二等奖 | 三等奖`: a header whose columns are tiers (rows are categories)."""
    cols = {i: _squeeze(c) for i, c in enumerate(cells) if lx.TIER_RE.fullmatch(_squeeze(c))}
    filled = [c for c in cells if c]
    return cols if len(cols) >= 2 and len(cols) >= len(filled) - 1 else None


def _cell_names(cell: str) -> list[dict]:
    out = []
    for tok in _tokens(cell.replace("、", " ")):
        r = recipient(tok, strict=False)
        if r is None and _CLASS_RE.fullmatch(tok):
            r = {"name": tok, "kind": "team", "affiliation": None}  # a class in a tier column
        if r:
            out.append(r)
    return out


def _cell_role(cell: str) -> str | None:
    """The column a header cell names (奖项 -> tier, 姓名 -> person), if it is only that."""
    c = _squeeze(cell)
    if len(c) > 6:
        return None
    return next((role for role, rx in _HEADER_ROLES if rx.search(c)), None)


def _table_header(cells: list[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for i, c in enumerate(cells):
        for role, rx in _HEADER_ROLES:
            if rx.search(c) and role not in roles:
                roles[role] = i
                break
    return roles if len(roles) >= 2 and len(roles) == len(cells) else None


# 邀天下客;赏岭南春。 / 一步跨千年,寻宗读史;三湘迎万国,开福弄潮。: a couplet, two halves of one length
_HALF = rf"[{lx.CJK},,、]{{2,30}}"
_COUPLET_RE = re.compile(rf"(?:[((]\d{{1,2}}[))])?(?P<a>{_HALF})[;;](?P<b>{_HALF})[。.]")
_FIRST_HALF_RE = re.compile(rf"(?:[((]\d{{1,2}}[))])?(?P<a>{_HALF})[;;]$")
_SECOND_HALF_RE = re.compile(rf"^(?P<b>{_HALF})[。.]")
# 联语(略) / (2)曹俊梅(河南三门峡): the couplet left out, an entry's number before its author
_VERSE_NOTE_RE = re.compile(r"联语[((]略[))]|[((]\d{1,2}[))](?=[\u4e00-\u9fff]{2,4}[((])")
# (王海兵 湖南): the author and the author's place in brackets under the couplet
_BRACKETED_AUTHOR_RE = re.compile(
    rf"[((](?P<name>{lx.PERSON_RE.pattern})\s+(?P<place>[{lx.CJK}]{{2,8}})[))]"
)


# 张三获得一等奖;李四获得二等奖。: halves of one length that report results are prose, not verse
_RESULT_IN_HALF_RE = re.compile(rf"{lx.TIERS}|获|奖|赛|冠军|亚军|季军|名次")


def _halves_match(a: str, b: str) -> bool:
    same = len(re.sub(r"[,,、]", "", a)) == len(re.sub(r"[,,、]", "", b))
    return same and not _RESULT_IN_HALF_RE.search(a + b)


def _verse_dropped(lines: list[str]) -> tuple[list[str], set[int]]:
    """A couplet contest's list (楹联/春联 results): the couplets are the entries' text, not names;
    the author after them is the winner (couplet_then_author). Returns the lines without the
    couplets and the lines that held nothing else."""
    out = list(lines)
    emptied: set[int] = set()
    in_verse = False
    for p, line in enumerate(lines):
        # 喜鹊登梅,梅报新春,春酒满斟天下客; / 东风舞柳,柳迎嘉客,客都长驻世间春。邱戎华(安徽池州)
        fm = (
            _FIRST_HALF_RE.search(out[p].rstrip()) if out[p].rstrip().endswith((";", ";")) else None
        )
        q = next((k for k in range(p + 1, min(p + 4, len(out))) if out[k].strip()), None)
        sm = _SECOND_HALF_RE.match(out[q].strip()) if fm and q is not None else None
        if fm and sm and _halves_match(fm.group("a"), sm.group("b")):
            out[p] = out[p].rstrip()[: fm.start()]
            out[q] = " " + out[q].strip()[sm.end() :]
            in_verse = True
        line = out[p]
        couplets = _COUPLET_RE.finditer(line) if ";" in line or ";" in line else ()
        for m in reversed(list(couplets)):
            if _halves_match(m.group("a"), m.group("b")):
                line = line[: m.start()] + " " + line[m.end() :]
                in_verse = True
        in_verse = in_verse or "联语" in line
        if in_verse:
            line = _VERSE_NOTE_RE.sub(" ", line)
        bm = _BRACKETED_AUTHOR_RE.fullmatch(line.strip()) if line.lstrip()[:1] in "((" else None
        if bm:
            line = f"{bm.group('name')}({bm.group('place')})"
        if line != lines[p]:
            line = re.sub(r"\s{2,}", " ", line).strip()
            line = re.sub(rf"^({lx.TIERS})\s*:?\s*", r"\1:", line)  # 二等奖(1)…: a label
            line = re.sub(r"(?<=[))])\s+(?=[\u4e00-\u9fff]{2,4}[((])", "、", line)  # two entries
            if not line and lines[p].strip():
                emptied.add(p)
        out[p] = line
    return out, emptied


# 东吴文学奖·散文奖:夏坚勇《庆历四年秋》: a named prize (after the award's own name and ·), a colon,
# its winner; a roll of such lines names one prize each (prize_roll_lines)
_PRIZE_ROLL_RE = re.compile(
    rf"(?:(?P<award>[^:·]{{2,16}})·)?(?P<tier>[{lx.CJK}]{{1,10}}奖)\s*:\s*(?P<rest>\S.{{0,40}})"
)
_PRIZE_ROLL_BAD_RE = re.compile(r"的|获|得|设|颁|奖项|[一二三四五六七八九十\d]")


def _prize_roll_match(line: str) -> re.Match | None:
    m = _PRIZE_ROLL_RE.fullmatch(line.strip())
    return m if m and not _PRIZE_ROLL_BAD_RE.search(m.group("tier")) else None


def _prize_roll_line(lines: list[str], p: int) -> tuple[str, list[dict]] | None:
    """The (prize, winners) of a line of a prize roll: a neighbour line has the same form."""
    m = _prize_roll_match(lines[p])
    if not m:
        return None
    near = [x for x in lines[max(0, p - 2) : p] if x.strip()][-1:]
    near += [x for x in lines[p + 1 : p + 3] if x.strip()][:1]
    if not any((n := _prize_roll_match(x)) and n.group("award") == m.group("award") for x in near):
        return None
    recips, _cat = line_recipients(m.group("rest"))
    if not recips or any(r["kind"] not in ("person", "work") for r in recips):
        return None
    return m.group("tier"), recips


def list_awards(lines: list[str]) -> tuple[list[ListAward], set[int]]:
    """Awards read from heading/list lines, and the lines they used (kept from the sentence grammar)."""
    out: list[ListAward] = []
    lines, used = _verse_dropped(lines)
    tier: str | None = None
    cat: str | None = None
    header: dict[str, int] | None = None
    tier_cols: dict[int, str] | None = None
    label_kinds: set[str] | None = None  # the kinds of the names on the last 一等奖:A line
    range_left: list[str] = []  # the places still to give, one per line, after 前四名:A、B
    roster_tier: str | None = None  # 前十名 over a grid of names: one unordered tier for all
    pending_aff: str | None = None  # a class/unit cell printed on its own line before its names
    # 奖项 | / 班级 | / 姓名 | / 一等奖 | / …: a table flattened to one cell a line, header first
    flat_roles: list[str] = []
    flat_row: list[str] | None = None
    row_person: str | None = None  # the athlete of the last name-event-medal row
    cols: _Columns | None = None  # the table under the last header row (table_header_names_columns)
    header_end = -1  # the last line of a header printed a cell a line
    title_cat: str | None = None  # the group named in the title of the next table
    in_rules = False  # under a 【活动规则】 mark, until the next 【…】 mark
    in_history = False  # under a 历届冠军 heading, until a line of prose
    spaced_cols = 0  # the cells of a spaced header whose columns are tiers (项目 冠军 亚军 季军)
    for p, raw in enumerate(lines):
        line = raw.strip()
        if not line or _PLACEHOLDER_RE.fullmatch(line):
            continue
        if _PHOTO_POSITION_RE.search(line) and len(line) <= _MAX_LINE:
            continue  # ▲A老师(左三)领奖: a photo's caption restates the list, it is no line of it
        if p <= header_end:
            continue
        if _SECTION_MARK_RE.fullmatch(
            line
        ):  # 【活动规则】 … 【获奖名单】 / 【男子组】: the next section
            in_rules = bool(_RULES_WORD_RE.search(line)) and not _tier_cell(line)
            if in_rules:
                continue
        elif in_rules:
            used.add(p)  # 优秀创意奖:作品创意新颖、…: a prize's criteria (rules_section_no_results)
            continue
        if _PAST_WINNERS_HEADING_RE.fullmatch(line):
            in_history = True  # 历届冠军 / 1990 冠军:韩国 亚军:中国: a roll of past editions
            used.add(p)
            continue
        if in_history and len(line) <= _MAX_LINE and not _PROSE_RE.search(line):
            used.add(p)  # a past edition's winners are no result of this contest
            continue
        in_history = False
        captions = list(CAPTION_WORK_TIER_AUTHOR_RE.finditer(line)) if "作者" in line else []
        for m in captions:  # 《W》(一等奖) 作者:A, one or a run (caption_work_tier_author)
            work = {"name": m.group("title"), "kind": "work", "affiliation": m.group("author")}
            out.append(ListAward(p, m.group("tier"), m.group("cat") or cat, [work]))
        if captions:
            if not _PROSE_RE.search(line):
                used.add(p)
            continue
        flat = _flat_spaced_table(line) if "|" not in line and len(line) > 40 else None
        if flat:  # 获奖类别 班级 姓名 一等奖 模具11331 冯晶玉 …: header and rows on one line
            out.extend(ListAward(p, t, k or cat, rs) for t, k, rs in flat)
            used.add(p)
            continue
        toks0 = line.split() if "|" not in line and len(line) <= _MAX_LINE else []
        if len(toks0) >= 3 and not _tier_cell(toks0[0]) and _tier_columns(toks0) is not None:
            spaced_cols, line = (
                len(toks0),
                "|".join(toks0),
            )  # 项目 冠军 亚军 季军 (spaced_tier_columns)
        elif (
            spaced_cols
            and len(toks0) == spaced_cols
            and not _PROSE_RE.search(line)
            and all(_strong_names(t) for t in toks0[1:])  # 男子100米 待定 待定: no names, no row
        ):
            line = "|".join(toks0)  # 男子100米 张明 王芳 李华: a row under it, cell for cell
        else:
            spaced_cols = 0
        cells_all = [c.strip() for c in line.strip("|").split("|")]
        heading = cols.tier if cols is not None and cols.tier_col < 0 else tier
        roles = _header_roles([c for c in cells_all if c], heading) if "|" in line else None
        spaced = roles is None and "|" not in line and len(line) <= 40 and len(line.split()) >= 2
        if spaced:  # 序号 姓名 单位 奖项: a header whose columns are spaced, rows spaced the same
            roles = _header_roles(line.split(), heading)
        if roles is None and cols is None:
            roles, end = _header_run(lines, p, tier)
            header_end = end if roles else header_end
            spaced = False
        tc = (
            _TABLE_TITLE_RE.search(line)
            if len(line) <= 60 and (")" in line or "）" in line)
            else None
        )
        if tc:  # …大赛(硬笔组)获奖名单 / …大赛(高中组)名次: the group of the table or list below it
            title_cat = tc.group("cat")
            if re.fullmatch(r"[\s::]*", line[tc.end() :]):
                cat = title_cat  # a title line of its own: its group heads the labels below too
        if roles is not None:
            if cols is not None:
                out.extend(ListAward(p, t, k or cat, rs) for t, k, rs in cols.close())
            cat, title_cat = title_cat or cat, None
            cols = _Columns(roles, None if "tier" in roles else heading)
            cols.piped = "|" in line
            cols.spaced = spaced
            # 名次 | 代表队 / 1 | A队: under a place column a bare number is the place (numbered_places)
            cols.numbered = p > header_end and bool(_PLACE_COLUMN_RE.search(line))
            used.update(range(p, max(p, header_end) + 1))
            continue
        if cols is not None and cols.piped and not line.replace("|", "").strip():
            continue  # `|` alone: an empty cell of a flattened table (a tier cell spanning rows)
        if cols is not None:
            rows = _table_rows(cols, cells_all, line)
            if rows is not None:
                out.extend(ListAward(p, t, k or cat, rs) for t, k, rs in rows)
                used.add(p)
                continue
            out.extend(ListAward(p, t, k or cat, rs) for t, k, rs in cols.close())
            cols, tier = None, None  # the heading above the table ends with it
        sq = _squeeze(line)
        cells1 = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
        if "|" not in line or len(cells1) != 1 or header is not None or tier_cols is not None:
            flat_roles, flat_row = [], None
        elif flat_row is None:
            role = _cell_role(cells1[0])
            if role and role not in flat_roles:
                flat_roles.append(role)
                used.add(p)
                continue
            if len(flat_roles) >= 2 and flat_roles[0] == "tier":
                flat_row = []
            else:
                flat_roles = []
        if flat_row is not None:
            flat_row.append(cells1[0])
            used.add(p)
            if len(flat_row) == len(flat_roles):
                hdr = {role: i for i, role in enumerate(flat_roles)}
                row_tier, recips = _table_row(flat_row, hdr)
                if row_tier and recips:
                    out.append(ListAward(p, row_tier, cat, recips))
                flat_row = []
            continue
        if (
            "|" in line
            and len(cells1) == 1
            and header is None
            and tier_cols is None
            and TIER_HEADING_RE.fullmatch(_squeeze(cells1[0]))
        ):  # 一等奖 | on its own line: a tier heading in a one-column table
            line = cells1[0]
            sq = _squeeze(line)
        if "|" in line:
            raw_cells = [c.strip() for c in line.strip().strip("|").split("|")]
            cells = [c for c in raw_cells if c]
            tc = _tier_columns(raw_cells)
            if tc is not None:
                tier_cols, header, tier = tc, None, None
                used.add(p)
                continue
            if tier_cols is not None and cells:
                row_cat = _squeeze(raw_cells[0]) or cat
                for i, t in tier_cols.items():
                    if i < len(raw_cells) and raw_cells[i]:
                        recips = _cell_names(raw_cells[i])
                        if recips:
                            out.append(ListAward(p, t, row_cat, recips))
                used.add(p)
                continue
            if len(cells) == 1 and tier is not None and header is None:
                cell = cells[0]
                toks = _tokens(cell)
                if _CLASS_RE.fullmatch(_squeeze(cell)) or _unit(_squeeze(cell)):
                    pending_aff = _squeeze(cell)
                elif toks and all(_person(t) for t in toks):
                    people = [
                        {"name": t, "kind": "person", "affiliation": pending_aff} for t in toks
                    ]
                    out.append(ListAward(p, tier, cat, people))
                used.add(p)
                continue  # a table flattened one cell a line: titles between are skipped
            hdr = _table_header(cells)
            if hdr is not None:
                header, tier = hdr, None
                used.add(p)
                continue
            headless = header is None and tier is None and 2 <= len(cells) <= 4
            if headless and _tier_cell(cells[0]) and not lx.TIER_ANY_RE.search("".join(cells[1:])):
                # | 一等奖 | 张明 | 湛江一中 |: a row with no header, tier first (piped_tier_first_row)
                row_tier, recips = _table_row(cells, None)
                if row_tier and recips:
                    out.append(ListAward(p, row_tier, cat, recips))
                    used.add(p)
                    continue
            if header is not None or tier is not None:
                row_tier, recips = _table_row(cells, header)
                if row_tier:
                    tier = row_tier
                if tier and recips:
                    out.append(ListAward(p, tier, cat, recips))
                used.add(p)
                continue
        line = _label_form(line) if len(line) <= _MAX_LINE else line
        if len(line) <= _MAX_LINE and "名" in line:  # 鼓励奖(8名)任庆先: as 三等奖(3名) 黄鹏
            line = _TIER_COUNT_GLUED_RE.sub(r"\g<0> ", line)
        pairs_row = _tier_name_pairs(line) if len(line) <= _MAX_LINE else None
        if pairs_row is not None:  # 冠军 A队 亚军 B队 / 男子组:冠军 A 亚军 B (tier_name_pairs_row)
            row_cat, pairs_found = pairs_row
            out.extend(ListAward(p, t, row_cat or cat, rs) for t, rs in pairs_found)
            tier, header, label_kinds = None, None, None
            used.add(p)
            continue
        aw = AUTHOR_WORK_TIER_RE.fullmatch(line) if len(line) <= _MAX_LINE else None
        author = aw.group("author") if aw and _good_tier(aw.group("tier")) else ""
        by_name = len(author) <= 4 and not _unit(author)  # 胡王一涵: a name, no surname rule
        if (
            author
            and (by_name or _unit(author))  # 城关一小合唱团《W》一等奖: a unit's entry
            and not (lx.VERB_RE.search(author) or _NOT_AUTHOR_RE.search(author))
        ):
            # the titled work is credited, its author the affiliation (D10 turns a performer's piece)
            work = {"name": aw.group("title"), "kind": "work", "affiliation": aw.group("author")}
            out.append(ListAward(p, aw.group("tier"), cat, [work]))
            tier, header, label_kinds = None, None, None
            used.add(p)
            continue
        toks = _tokens(line) if len(line) <= _MAX_LINE and "|" not in line else []
        if len(toks) >= 3 and _INDEX_CELL_RE.fullmatch(toks[0]) and _tier_cell(toks[-1]):
            toks = toks[1:]  # 1 张明 一等奖: the row's index is no name (index_name_tier_row)
        if (
            len(toks) == 2
            and row_person is None
            and (tl := _tier_cell(toks[1])) is not None
            and lx.TIER_RE.fullmatch(tl)
            and (_person(toks[0]) or _unit(toks[0]))
            and not _PROSE_RE.search(line)
        ):  # 湛江一中队 冠军 / 张明 一等奖: the name, then its tier (name_then_tier_row)
            who = recipient(_ENUM_RE.sub("", toks[0]), strict=False)  # 1、湛江一中队 冠军
            if who is not None:
                out.append(ListAward(p, tl, cat, [who]))
                tier, header, label_kinds = None, None, None
                used.add(p)
                continue
        if len(toks) in (2, 3) and lx.TIER_RE.fullmatch(toks[-1]) and not _PROSE_RE.search(line):
            # 魏福宝  武术传承人演示  金牌 / (next line, same athlete)  女子B组螳螂拳  银牌
            if len(toks) == 3 and _person(toks[0]):
                row_person = toks[0]
            elif len(toks) == 3 or row_person is None or _person(toks[0]):
                row_person = None
            if row_person is not None:
                unit = toks[-2] if len(toks) == 3 and _unit(toks[-2]) else None
                who = {"name": row_person, "kind": "person", "affiliation": unit}
                # 张明 湛江一中 一等奖: a unit between name and tier is the affiliation, not an event
                out.append(ListAward(p, toks[-1], None if unit else toks[-2], [who]))
                used.add(p)
                continue
        else:
            row_person = None
        nt = _NAME_THEN_TIER_RE.fullmatch(line) if len(line) <= _MAX_LINE else None
        if nt and (r := recipient(nt.group("name"), strict=False)) is not None:
            out.append(ListAward(p, nt.group("tier"), cat, [r]))  # 美的集团股份有限公司(大奖)
            used.add(p)
            continue
        pr = _person_results(line) if len(line) <= _MAX_LINE else None
        pr = pr or (_person_item_tiers(line) if len(line) <= _MAX_LINE else None)
        pr = pr or (_names_with_item_tiers(line) if "(" in line or "(" in line else None)
        if pr:
            out.extend(ListAward(p, t, _group_item(cat, k), [who]) for t, k, who in pr)
            used.add(p)
            continue
        wm = TIER_WORK_AUTHOR_RE.fullmatch(line) if len(line) <= _MAX_LINE else None
        if wm and _good_tier(wm.group("tier")):
            work = {"name": wm.group("title"), "kind": "work", "affiliation": wm.group("author")}
            out.append(ListAward(p, wm.group("tier"), cat, [work]))
            tier, header = None, None  # the caption after it is no list line
            used.add(p)
            continue
        rm = TIER_ROW_AUTHOR_RE.fullmatch(line) if len(line) <= _MAX_LINE else None
        if rm and _good_tier(rm.group("tier")) and not _PROSE_RE.search(line):
            tier, header = rm.group("tier"), None
            work = {"name": rm.group("title"), "kind": "work", "affiliation": rm.group("author")}
            out.append(ListAward(p, tier, rm.group("cat") or cat, [work]))
            used.add(p)
            continue
        division = _division_cell(toks[0]) if len(toks) >= 3 and _tier_cell(toks[1]) else None
        row_toks = toks[1:] if division else toks  # 南校区 一等奖 高一年级 …: (division_tier_row)
        if len(row_toks) >= 3 and _SCORE_CELL_RE.fullmatch(row_toks[-1]):
            row_toks = row_toks[
                :-1
            ]  # 第一名 孙永健 历史文化学院 11.70s: the result cell is no name
        if (
            len(row_toks) >= 2
            and (tf := _tier_cell(row_toks[0])) is not None
            and not _PROSE_RE.search(line)
            and not lx.TIER_ANY_RE.search("".join(row_toks[1:]))
        ):  # 一等奖 张明 湛江一中: a row, tier first, the rest one line's names (tier_first_row)
            recips, lcat = line_recipients(" ".join(row_toks[1:]))
            if recips:
                cat = division or cat  # the division spans the tier rows below it
                out.append(ListAward(p, tf, lcat or cat, recips))
                # 一等奖: A班 甲, B班 乙, (line ends on a comma) / 二等奖 四(4)班, then 四(5)班 on the
                # next line / 一等奖 阮媛《W》, then 干凌峰《V》: the row's list goes on below, names of
                # the same kind (tier_row_continued)
                tier = tf
                header, label_kinds = None, {r["kind"] for r in recips}
                used.add(p)
                continue
        ci = CAPTION_ITEM_TIER_WINNER_RE.fullmatch(sq) if len(sq) <= 24 else None
        if (
            ci
            and _person(ci.group("name"))
            and not (lx.VERB_RE.search(ci.group("cat")) or _LEVEL_WORD_RE.match(ci.group("cat")))
        ):
            who = {"name": ci.group("name"), "kind": "person", "affiliation": None}
            out.append(ListAward(p, ci.group("tier"), ci.group("cat"), [who]))
            tier, header, label_kinds = None, None, None
            used.add(p)
            continue
        gl = _GLUED_TIER_NAMES_RE.fullmatch(sq) if len(sq) <= _MAX_LINE else None
        glued = _glued_persons(gl.group("names")) if gl and _good_tier(gl.group("tier")) else None
        if glued:  # 一等奖陈婧慧 / 二等奖周宁宁、王亚茹: the names glued to the tier (tier_glued_names_row)
            out.append(ListAward(p, gl.group("tier"), cat, glued))
            tier, header, label_kinds = None, None, None
            used.add(p)
            continue
        li = _LEAD_IN_RE.fullmatch(sq) if len(sq) <= 30 and sq[-1] in "::" else None
        lt = (li.group("tier") or li.group("tier2")) if li else None
        if lt and _good_tier(lt) and len(lx.TIER_ANY_RE.findall(sq)) == 1:
            tier, header, label_kinds = lt, None, None  # (lead_in_names_below)
            range_left = _range_places(tier)
            used.add(p)
            continue
        hsq = _HEAD_MARK_RE.sub("", sq, count=1)  # (一)一等奖 / 1.一等奖 / ◆一等奖 (marked_heading)
        dt = _DIVISION_TOTAL_HEADING_RE.fullmatch(hsq) if len(sq) <= 24 else None
        if dt:  # 青少年部团体总分前六名代表团: / 群众部团体总分奖代表团: (division_total_heading)
            if dt.group("range"):  # the places in the printed order of the list below
                cat, tier = dt.group("div"), dt.group("total") + dt.group("range")
                range_left = _range_places(tier)
            else:  # the tier rows below are the division's team total
                cat, tier = dt.group("div") + dt.group("total"), None
            header, label_kinds = None, None
            used.add(p)
            continue
        hm = TIER_HEADING_RE.fullmatch(hsq) if len(sq) <= 24 else None
        nxt = next((x.strip() for x in lines[p + 1 :] if x.strip()), "") if hm else ""
        nl = TIER_LABEL_RE.match(nxt)
        if (
            hm
            and hm.group("tier").endswith("团体奖")
            and nl
            and tier_rank(nl.group("tier")) is not None
        ):  # 象棋混合团体奖 / 一等奖:A、B: the team prize heads ranked rows, it is their group
            cat, tier = hm.group("tier").removesuffix("奖"), None
            used.add(p)
            continue
        if hm and _good_tier(hm.group("tier")) and not _PROSE_RE.search(line):
            tier, header = hm.group("tier"), None
            label_kinds = None
            range_left = _range_places(tier)  # 前三名 / A / B / C: one place a line
            used.add(p)
            continue
        gh = _PAIRED_GROUP_HEADING_RE.fullmatch(hsq) if len(sq) <= 24 else None
        if gh and not lx.VERB_RE.search(
            sq
        ):  # 象棋高中男子、女子组: both sexes' groups (paired_group_heading)
            cat, tier = sq.rstrip(":"), None
            used.add(p)
            continue
        dm = _DIVISION_HEADING_RE.fullmatch(hsq) if len(sq) <= 16 else None
        if dm:  # 【迎春校区】: a campus or zone heading names the group of the tiers below it
            cat, tier = dm.group("cat"), None
            used.add(p)
            continue
        cm = CAT_HEADING_RE.fullmatch(hsq) if len(sq) <= 24 else None
        if cm and not TIER_LABEL_RE.search(sq):
            cat = cm.group("cat")
            used.add(p)
            continue
        if _COACH_LINE_RE.match(sq) and not TIER_LABEL_RE.search(sq):
            tier = None  # 二等奖:纪宗源 / 面点 / 指导教师宋匀一 (coach_line_ends_list): no winner's line
            used.add(p)
            continue
        if _item_heading_before_list(sq, lines, p):
            cat, tier = sq, None  # 面点 / 指导教师… / 一等奖:A: the item the section below is for
            used.add(p)
            continue
        sm = _SECTION_HEADING_RE.fullmatch(sq)
        if sm and not lx.TIER_ANY_RE.search(sq) and not lx.VERB_RE.search(sq):
            cat = sm.group("cat")  # 一、征文 / 一等奖:A: a numbered section names the item
            tier = None
            used.add(p)
            continue
        labels = (
            [lm for lm in TIER_LABEL_RE.finditer(line) if _good_tier(lm.group("tier"))]
            if ":" in line and len(line) <= 400
            else []
        )
        # 拔河比赛第一名:四室队,第二名:…: the item contested heads the row (item_places_row)
        item_lead = _ITEM_LEAD_RE.fullmatch(line[: labels[0].start()].strip()) if labels else None
        # 一等奖:《W》,作者:A。: a full stop closing a list of credited works ends no prose
        closed = line.rstrip("。") if "作者" in line or item_lead else line
        if labels and len(line) <= 400 and "。" not in closed[labels[0].start() :]:
            lead = line[: labels[0].start()]
            if item_lead:
                lead, cat = "", item_lead.group("item")
            # 男子前十名: / 女子一等奖: a sex alone before the label is its group (sex_before_label)
            sex = _SEX_LEAD_RE.fullmatch(_squeeze(lead)) if lead.strip() else None
            if lead.strip() and not sex and not CAT_HEADING_RE.fullmatch(_squeeze(lead)):
                tier = None
                continue  # prose before the label: the sentence grammar reads it
            if sex:
                cat = sex.group(0)
            elif lead.strip():
                cat = CAT_HEADING_RE.fullmatch(_squeeze(lead)).group("cat")
            for k, lm in enumerate(labels):
                end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
                seg = line[lm.end() : end].strip(
                    " ;,:。"
                )  # 三等奖:徐净:鼓励奖:翁威: a colon typed for ;
                t, tcat = _split_group(lm.group("tier"))
                tcat = lm.group("lcat") or tcat
                tier = t
                marked = _sex_marked_items(seg)
                if (
                    marked
                ):  # 一等奖:A中学(男);A中学(女): each mark picks its sex's group (sex_marked_items)
                    for sex, names in marked:
                        recips, _lcat = line_recipients("、".join(names))
                        if recips:
                            out.append(ListAward(p, t, _sex_group(cat, sex), recips))
                    tier, label_kinds, range_left = t, None, []
                    continue
                recips, lcat = line_recipients(seg)
                recips = _label_list_completed(seg, recips)
                label_kinds = {r["kind"] for r in recips} or None
                places = _range_places(t)
                range_left = []
                if recips and places:
                    out.extend(
                        ListAward(p, pl, lcat or tcat or cat, grp)
                        for pl, grp in _places_in_order(places, recips)
                    )
                    range_left = places[1:] if len(recips) <= 2 < len(places) else []
                    tier = t if range_left else None
                elif recips:
                    out.append(ListAward(p, t, lcat or tcat or cat, recips))
                elif places:  # 男子前十名: alone on its line: the places go to the lines below
                    range_left = places
            used.add(p)
            continue
        roll = _prize_roll_line(lines, p) if len(line) <= _MAX_LINE else None
        if roll:  # 东吴文学奖·长篇小说奖:王安忆《考工记》, line after line (prize_roll_lines)
            out.append(ListAward(p, roll[0], cat, roll[1]))
            tier = None
            used.add(p)
            continue
        if tier is not None and _NOTE_RE.fullmatch(sq):
            continue  # 一等奖 / (按姓氏笔画排序) / A: a note inside the heading's scope ends nothing
        if tier is not None and "、" in line and line.endswith("。"):
            line = line[
                :-1
            ]  # 前八名代表团: / A、B、…、H。: a list closed by a full stop (list_full_stop)
        upi = _unit_person_items(line) if tier is not None and len(line) <= _MAX_LINE * 2 else None
        if upi and not _range_places(tier):  # 一等奖: A班 甲, B班 乙, / C班 丙, …: the list goes on
            out.append(ListAward(p, tier, cat, upi))
            used.add(p)
            continue
        if (
            tier is None
            or (len(line) > _MAX_LINE and not _long_enumeration(line))
            or _PROSE_RE.search(_masked(line))
        ):
            if _PROSE_RE.search(_masked(line)) and not lx.TIER_ANY_RE.search(line):
                cat = None  # a paragraph of prose ends the section its heading opened
            tier, header = None, None
            continue
        if lx.VERB_RE.search(line) and lx.TIER_ANY_RE.search(line):
            tier = None
            continue
        cl = _CAT_LABEL_RE.match(line)
        if lx.TIER_ANY_RE.search(lx.mask(line[cl.end() :] if cl else line)):
            tier = None  # 第三名 高一(4)班 / 初中组:第一名 初二(2)班: a tier of its own ends the list above
            continue
        if cl:  # 一等奖 / 小学组:A、B / 中学组:C: a group label inside the tier's list
            line = line[cl.end() :]
        ul = None if cl else _UNIT_LABEL_RE.match(line)
        if ul and _unit(ul.group("unit")):  # 一等奖 / 湛江一中:A、B: the unit is each person's
            line = line[ul.end() :]
        else:
            ul = None
        recips, lcat = line_recipients(line, works=label_kinds == {"work"})
        lcat = cl.group("cat") if cl else lcat
        if ul:
            for r in recips:
                if r["kind"] == "person" and not r["affiliation"]:
                    r["affiliation"] = ul.group("unit")
        if not recips:
            tier = None
            continue
        if label_kinds == {"person"} and all(r["kind"] == "organization" for r in recips):
            tier = None  # 最佳台风奖:雷芳洁 / 南岳学院 / 教学工作办公室: the signature (list_keeps_its_kind)
            continue
        n_left = len(range_left)
        if (
            tier
            and tier != roster_tier
            and n_left > len(recips) > 2
            and n_left == len(_range_places(tier))
        ):  # 男子前十名: / 二(1)班 缪祎家  二(3)班 刘攸畅  二(4)班 孙祺茗: names in a grid, several to
            # a line, are a roster of the range, in no order (range_roster_unordered)
            roster_tier, range_left = tier, []
        if _range_places(tier) and tier != roster_tier:  # 混合双打前四名:A、B / C、D / …: in order
            if range_left and len(recips) > 2 and len(recips) in (n_left, 2 * n_left):
                # 获得团体前六名的单位是: / A、B、C、D、E、F: every place left, one each in order
                out.extend(
                    ListAward(p, pl, lcat or cat, grp)
                    for pl, grp in _places_in_order(range_left, recips)
                )
                range_left = []
                used.add(p)
            elif range_left and len(recips) <= 2 and len(recips) == len(split_items(line)):
                # (a longer list only partly read is no single place: 政法系统、…、通信系统)
                out.append(ListAward(p, range_left.pop(0), lcat or cat, recips))
                used.add(p)
            tier = tier if range_left else None
            continue  # a range tier is never one tier for everyone (range_tier_in_order)
        out.append(ListAward(p, tier, lcat or cat, recips))
        used.add(p)
    if cols is not None:
        out.extend(ListAward(len(lines) - 1, t, k or cat, rs) for t, k, rs in cols.close())
    return _years_unglued(_past_winners_dropped(out, used, lines)), used


# 鼓励奖(8名)任庆先: a tier and its printed count glued to the first name of the row
_TIER_COUNT_GLUED_RE = re.compile(rf"^[{lx.CJK}]{{1,8}}奖[((]\d{{1,3}}名[))](?=[{lx.CJK}])")

_SHORT_HEADING_RE = re.compile(rf"[{lx.CJK}]{{2,8}}")


def _item_heading_before_list(sq: str, lines: list[str], p: int) -> bool:
    """冷拼与雕刻 / 面点 on a line of its own, right before a coach's line, and no name itself
    (item_heading_before_list): the item the section below it is for."""
    if not _SHORT_HEADING_RE.fullmatch(sq) or _strong_names(sq) or lx.TIER_ANY_RE.search(sq):
        return False
    if " " in lines[p].strip():
        return False
    persons = [r for r in line_recipients(sq)[0] if r["kind"] == "person"]
    if any(r["affiliation"] for r in persons):
        return False  # 手术室 毕 磊 / 三等奖: a unit and its person, the list's last line
    nxt = next((x.strip() for x in lines[p + 1 :] if x.strip()), "")
    # only a coach's line after it makes a heading: before a tier label a line may be the list's
    # last (宋梅 / 二等奖:, 烹饪刘嘉怡刘家杰 / 二等奖:) or a title the other heading rows read
    return bool(_COACH_LINE_RE.match(nxt))


# 指导教师宋匀一 / 指导老师:王俊光 / 教练:… — a coach's line is no winner's
_COACH_LINE_RE = re.compile(r"(?:指导教师|指导老师|辅导教师|辅导老师|指导|教练员?|领队)\s*[::]?")
# 【一等奖】张明、王芳 / 冠军——湛江一中: a tier set off by brackets or a dash, as 一等奖:…
_ITEM_LEAD_RE = re.compile(rf"(?P<item>[{lx.CJK}\d×]{{2,12}}?)(?:比赛|项目|赛)")
_SEMI_LABEL_RE = re.compile(rf"^(?P<tier>{lx.TIERS})\s*[;;]\s*(?=《)")
_BRACKET_LABEL_RE = re.compile(rf"^[【\[](?P<tier>{lx.TIERS})[】\]]\s*(?=\S)")
_DASH_LABEL_RE = re.compile(rf"^(?P<tier>{lx.TIERS})\s*(?:——|—|--|-|─)\s*(?=\S)")
# 冠军队:A队 / “最佳人气奖”:A、B: the tier with a team word after it, or in quotes, then a colon
_WORDED_LABEL_RE = re.compile(
    rf"^(?:(?P<tier>{lx.TIER})(?:队伍|队|团队)|“(?P<quoted>{lx.TIER}|[{lx.CJK}]{{2,10}}奖)”)\s*:\s*(?=\S)"
)


def _label_form(line: str) -> str:
    sl = _SEMI_LABEL_RE.match(line)
    if sl:  # 二等奖;《感受“仙女”般乐趣》,作者:…: a semicolon typed for the label's colon
        return f"{sl.group('tier')}:{line[sl.end() :]}"
    m = _BRACKET_LABEL_RE.match(line) or _DASH_LABEL_RE.match(line) or _WORDED_LABEL_RE.match(line)
    if not m or not _strong_names(line[m.end() :]):
        return line  # 【一等奖】1TB上传 / 一等奖——奖金2000元: a prize's reward, not its winner
    return f"{m.group('tier') or m.group('quoted')}:{line[m.end() :]}"


def _strong_names(seg: str) -> bool:
    """Every item of `seg` reads as a name on its own: a person, a unit, a team or a class."""
    items = [_squeeze(re.sub(r"[((][^()()]*[))]", "", it)) for it in re.split(r"[、,,\s]+", seg)]
    return bool(items) and all(
        it
        and (_person(it) or _unit(it) or _CLASS_RE.fullmatch(it) or _TEAM_SECTION_RE.fullmatch(it))
        for it in items
    )


# a tier opening a cell of a spaced row: 冠军 A队 亚军 B队 / 第一名湛江一中 第二名湛江二中
_ROW_TIER_RE = re.compile(rf"(?:^|(?<=[\s::]))(?P<tier>{lx.TIER})")


def _tier_name_pairs(line: str) -> tuple[str | None, list[tuple[str, list[dict]]]] | None:
    """Several tiers on one spaced row, each with the names after it, and a group before them."""
    marks = [m for m in _ROW_TIER_RE.finditer(line) if _good_tier(m.group("tier"))]
    if len(marks) < 2 or _PROSE_RE.search(line) or lx.VERB_RE.search(line):
        return None
    lead = line[: marks[0].start()].strip()
    if lead and not re.fullmatch(rf"[{lx.CJK}A-Za-z\d()()]{{2,12}}[::]", lead):
        return None  # only a group label (男子组: / 男子100米:) may stand before the first tier
    found = []
    for m, nxt in itertools.pairwise([*marks, None]):
        seg = re.sub(r"^[\s:,;]+|[\s:,;]+$", "", line[m.end() : nxt.start() if nxt else len(line)])
        if not seg or lx.TIER_ANY_RE.search(seg):
            return None
        recips, _lcat = line_recipients(seg)
        if not recips or not _strong_names(seg):
            return None  # 冠军 待定 亚军 待定 / 第一名 奖励: no names, no row
        found.append((m.group("tier"), recips))
    return (re.sub(r"[::]$", "", lead) or None), found


_LIST_ITEM_RE = re.compile(rf"[{lx.CJK}A-Za-z\d]{{2,12}}")


# 象棋高中男子、女子组: a heading naming a group for each sex, the list lines mark which with (男)/(女)
_PAIRED_GROUP_HEADING_RE = re.compile(
    rf"(?P<pre>[{lx.CJK}A-Za-z\d]{{0,10}}?)男子?(?:、|和|与|及|/)女子?(?P<post>[{lx.CJK}]{{0,4}}组)[::]?"
)
_SEX_MARK_RE = re.compile(r"\s*[((](?P<sex>男|女)(?:子|子组|组)?[))]\s*$")


def _sex_marked_items(seg: str) -> list[tuple[str, list[str]]] | None:
    """A(男)、B(男);C(女) -> [(男, [A, B]), (女, [C])], when every item carries a sex mark."""
    items = [it.strip() for it in re.split(r"[、;;,,]", seg) if it.strip()]
    if not items:
        return None
    by_sex: dict[str, list[str]] = {}
    for it in items:
        m = _SEX_MARK_RE.search(it)
        if not m or m.start() < 2:
            return None
        by_sex.setdefault(m.group("sex"), []).append(it[: m.start()])
    return list(by_sex.items())


def _sex_group(cat: str | None, sex: str) -> str | None:
    """象棋高中男子、女子组 + 女 -> 象棋高中女子组; any other heading stays the category."""
    gh = _PAIRED_GROUP_HEADING_RE.fullmatch(cat or "")
    if gh is None:
        return cat
    return f"{gh.group('pre')}{sex}子{gh.group('post')}"


# 一等奖陈婧慧 / 三等奖牟虹运、王贺、程受其: a tier with its persons' names printed right after it
_GLUED_TIER_NAMES_RE = re.compile(
    rf"(?P<tier>{lx.TIERS})(?P<names>[{lx.CJK}·]{{2,5}}(?:、[{lx.CJK}·]{{2,5}})*)"
)


def _glued_persons(names: str) -> list[dict] | None:
    """The persons of a glued row, only when every item reads as a person and none as a word."""
    items = names.split("、")
    if lx.VERB_RE.search(names) or not all(_person(it) for it in items):
        return None
    recips = recipients(names, strict=True)
    if len(recips) != len(items) or any(r["kind"] != "person" for r in recips):
        return None
    return recips


def _label_list_completed(seg: str, recips: list[dict]) -> list[dict]:
    """二等奖:影视压缩鸡、三炮笑工坊、何止电影: a label's 、-list is a list of names, so an item the
    name grammar rejects is a name too when most of the list was read as names (label_list_is_names)."""
    items = seg.split("、")
    if len(items) < 3 or len(recips) >= len(items) or 2 * len(recips) < len(items):
        return recips
    if not all(_LIST_ITEM_RE.fullmatch(it) for it in items):
        return recips
    if any(lx.TIER_ANY_RE.search(it) or lx.VERB_RE.search(it) for it in items):
        return recips
    by_name = {r["name"]: r for r in recips}
    if set(by_name) - set(items):
        return recips  # the grammar reshaped a name (a unit split off): keep its reading
    return [
        by_name.get(it)
        or {"name": it, "kind": "person" if _person(it) else "team", "affiliation": None}
        for it in items
    ]


def _past_winners_dropped(
    out: list[ListAward], used: set[int], lines: list[str]
) -> list[ListAward]:
    """The list lines right under a past-winners lead-in (past_winners_lead) are history, not results."""
    history: set[int] = set()
    for p, raw in enumerate(lines):
        if p in used or not _PAST_WINNERS_LEAD_RE.search(raw):
            continue
        q = p + 1
        while q < len(lines) and (
            q in used or not lines[q].strip() or _CAPTION_LINE_RE.match(lines[q].strip())
        ):
            history.add(q)
            q += 1
    return [a for a in out if a.para not in history] if history else out


def _years_unglued(out: list[ListAward]) -> list[ListAward]:
    """卢煜明(2016年): a bracketed year is the date of a win, never the winner's unit (YEAR_AFF_RE)."""
    for a in out:
        for r in a.recipients:
            if r.get("affiliation") and lx.YEAR_AFF_RE.fullmatch(r["affiliation"].strip()):
                r["affiliation"] = None
    return out


def _range_places(tier: str | None) -> list[str]:
    """前四名 / 第四至六名 -> 第一名…第四名 / 第四名…第六名; any other tier -> [] (a range is
    places in order, not one tier: range_tier_in_order)."""
    tm = lx.TEAM_PREFIX_RE.fullmatch(tier) if tier else None
    team, bare = (tm.group("team"), tm.group("tier")) if tm else ("", tier)
    if not bare or not re.search(r"[至到\-—~]|^前", bare):
        return []
    places = expand_tiers(bare)  # 团体总分前三名 -> 团体总分第一名…: the team prefix stays on each
    ok = len(places) >= 2 and all(_PLACE_RE.fullmatch(t) for t in places)
    return [team + t for t in places] if ok else []


_PLACE_RE = re.compile(r"第[一二三四五六七八九十\d]{1,2}名")


def _places_in_order(places: list[str], recips: list[dict]) -> list[tuple[str, list[dict]]]:
    """前四名:A、B、C、D -> one place each; A、B、…(8 names) -> doubles pairs; A、B -> the first place."""
    n = len(places)
    if len(recips) == n:
        return [(pl, [r]) for pl, r in zip(places, recips, strict=True)]
    if len(recips) == 2 * n:
        return [(pl, recips[2 * i : 2 * i + 2]) for i, pl in enumerate(places)]
    if len(recips) <= 2:
        return [(places[0], recips)]
    return []  # names and places do not line up: nothing rather than a guess


_SEX_LEAD_RE = re.compile(r"男子|女子|男女混合")
_GROUP_TIER_RE = re.compile(rf"(?P<cat>{lx.CAT})(?P<tier>{lx.TIER})")
# 男子团体总分一等奖 / 教工组团体二等奖: a group, then a team prize (the group is the category's head)
_GROUP_TEAM_TIER_RE = re.compile(
    rf"(?P<cat>{lx.CAT}|{lx.ANY_GROUP}|男子|女子)(?P<tier>团体(?:总分)?{lx.TIER})"
)


# 男子团体赛一等奖 / 女子单打一等奖: an event (…赛, singles, doubles) then a ranked tier
_EVENT_TIER_RE = re.compile(
    rf"(?P<cat>(?:男子|女子|男女|混合)?[{lx.CJK}]{{0,4}}?(?:团体赛|个人赛|单打|双打|混双|混合双打))"
    rf"(?P<tier>{lx.TIER})"
)


def _split_group(label: str) -> tuple[str, str | None]:
    """团体赛一等奖 -> (一等奖, 团体赛): a group printed in front of a ranked tier is its category."""
    gt = _GROUP_TEAM_TIER_RE.fullmatch(label)
    if gt and tier_rank(gt.group("tier")) is not None:
        return gt.group("tier"), gt.group(
            "cat"
        )  # 男子团体总分一等奖: the team prefix stays on the tier
    m = _GROUP_TIER_RE.fullmatch(label)
    if m and tier_rank(m.group("tier")) is not None and not label.startswith("团体"):
        return m.group("tier"), m.group("cat")
    if m and label.startswith("团体赛"):
        return m.group("tier"), m.group("cat")
    im = _EVENT_TIER_RE.fullmatch(label)
    if im and tier_rank(im.group("tier")) is not None:
        return im.group("tier"), im.group("cat")  # 男子团体赛一等奖: the event is the category
    return label, None


def expand(tier: str) -> list[str]:
    """A heading's printed tier -> the tier(s) it stands for (only single tiers make sense here)."""
    tiers = expand_tiers(tier)
    return tiers if len(tiers) == 1 else [tier]


# --- tables: a header row naming the columns, then rows read column by column -------------------
# roles of a header cell, tried in order (指导教师姓名 is a coach, not the winner's 姓名)
_COLUMN_ROLES = (
    ("index", re.compile(r"^(?:序号|编号|排序|序)$")),
    ("score", re.compile(r"成绩|得分|分数|总分|用时|时间|备注")),
    ("coach", re.compile(r"指导|辅导|教练")),
    # 团队教师姓名 / 团队成员: a team's other members, beside its lead (主讲教师), are no winners
    ("members", re.compile(r"团队|成员|组员")),
    # 课程名称: in a teaching contest the course taught, beside its teacher, is no entry of its own
    ("course", re.compile(r"课程")),
    ("tier", re.compile(r"奖项|等次|等级|奖次|名次|获奖情况|奖励|获奖类别|获奖类型")),
    # 展品名称 / 参赛品种: an exhibit grown or bred is what the grower entered, not a work
    # 学科 / 科目: the subject group of a teaching contest (理科组, 文科组) is the row's group
    ("category", re.compile(r"组别|类别|赛项|项目|赛道|类型|展品|品种|学科|科目")),
    ("person", re.compile(r"姓名|作者|选手|获奖人|获奖者|名字|学生|主讲|参赛教师")),
    ("work", re.compile(r"作品|主题|题目|名称|标题|节目")),
    ("unit", re.compile(r"单位|学校|学院|院系|队伍|代表队|集体|班级|专业|年级")),
)
_NAMING_ROLES = frozenset(("person", "work", "unit"))
_SPANNING = frozenset(("tier", "category"))  # columns whose cell may span the rows below it
_INDEX_CELL_RE = re.compile(r"\d{1,3}\.?")
# under a 姓名 column any short run of characters is a name (王司晓涵: no surname rule needed)
_PERSON_CELL_RE = re.compile(rf"[{lx.CJK}]{{2,5}}|[{lx.CJK}]{{2,5}}·[{lx.CJK}]{{2,6}}")


_CJK_ONLY_RE = re.compile(rf"[{lx.CJK}]+")


@lru_cache(maxsize=1024)  # header words repeat across lines and articles
def _column_role(cell: str) -> str | None:
    """The column a header cell names (获奖等级 -> tier, 选手姓名 -> person), if it is only that."""
    if len(cell) > 16:
        return None  # the common case, a line of text: no regex at all
    c = _squeeze(cell)
    if re.fullmatch(rf"[{lx.CJK}]{{2,4}}/[{lx.CJK}]{{2,4}}", c):
        c = c.partition("/")[0]  # 姓名/队名: one column named two ways, the first says its role
    if not c or len(c) > 6 or not _CJK_ONLY_RE.fullmatch(c):
        return None
    return next((role for role, rx in _COLUMN_ROLES if rx.search(c)), None)


def _header_roles(cells: list[str], heading: str | None = None) -> list[str] | None:
    """序号 | 学院 | 姓名 | 奖项: the role of each column, if these cells are a table's header.

    A header names a tier column and a column of winners (persons, works or units), each once,
    and every cell is a column name, so a row of data never reads as a header.
    """
    roles = [_column_role(c) for c in cells]
    if (
        roles.count(None) == 1
        and len(roles) >= 4
        and _OTHER_COLUMN_RE.fullmatch(cells[roles.index(None)])
    ):
        # 姓名 | 展品名称 | 规格 | 奖项: a column the reader has no use for (规格, 学科) is passed over
        roles[roles.index(None)] = "other"
    if len(roles) < 2 or None in roles or ("tier" not in roles and heading is None):
        return None  # 一等奖 / 姓名 | 单位: under a tier heading the tier column is the heading
    if not _NAMING_ROLES & set(roles) or len(set(roles)) < len(roles):
        return None
    return [r for r in roles if r]


# a column name the reader has no role for: a short word, letters only
_OTHER_COLUMN_RE = re.compile(rf"\s*[{lx.CJK}]{{2,4}}\s*")
# 瓜王 / 品质王 / 最佳人气: in the tier column of a whole row, a short word that is no name is the prize
_FREE_TIER_CELL_RE = re.compile(rf"[{lx.CJK}]{{2,6}}")
_NO_TIER_CELL_RE = re.compile(r"无|空|待定|未获奖|缺|略|入围|晋级|淘汰|弃权|参赛")


def _no_prize_cell(cell: str) -> bool:
    sq = _squeeze(cell)
    return 0 < len(sq) <= 3 and bool(_NO_TIER_CELL_RE.search(sq))


def _free_tier_cell(cell: str) -> str | None:
    sq = _squeeze(cell)
    if not _FREE_TIER_CELL_RE.fullmatch(sq) or _NO_TIER_CELL_RE.search(sq):
        return None
    return None if lx.PERSON_RE.fullmatch(sq) or _unit(sq) else sq


# 第一 / 第二 in a table's 奖项 column: a bare place, as 第一名 (table_bare_place_cell)
_BARE_PLACE_CELL_RE = re.compile(r"第[一二三四五六七八九十]")


# 南校区 / 东部赛区 / 一号场地: a division of the contest printed before a tier row's cells
_DIVISION_RE = re.compile(rf"[{lx.CJK}\d]{{1,6}}(?:校区|赛区|片区|分区|分会场|会场|场地|赛场)")

# 【迎春校区】 / 东部赛区: a division heading on its own line (division_heading)
_DIVISION_HEADING_RE = re.compile(rf"[【\[]?(?P<cat>{_DIVISION_RE.pattern})[】\]]?[::]?")


def _division_cell(cell: str) -> str | None:
    sq = _squeeze(cell)
    ok = _DIVISION_RE.fullmatch(sq) or (CAT_HEADING_RE.fullmatch(sq) and not _tier_cell(sq))
    return sq if ok and not _person(sq) else None


# (一) / (1) / 1. / ◆: a mark printed before a heading, not part of the tier or group it names
_HEAD_MARK_RE = re.compile(
    r"^(?:[((][一二三四五六七八九十\d]{1,2}[))]|\d{1,2}[.、．]|[◆◇■□●○▲△★☆※►▶•])"
)
# 【活动规则】 / 【获奖名单】: a bracketed mark that opens a section of the article
_SECTION_MARK_RE = re.compile(r"【[^【】]{2,12}】")
_RULES_WORD_RE = re.compile(r"规则|细则|说明|须知|要求|办法|标准|设置|流程")


def _tier_cell(cell: str) -> str | None:
    sq = _squeeze(cell)
    hm = TIER_HEADING_RE.fullmatch(sq) if len(sq) <= 24 else None
    if hm and _good_tier(hm.group("tier")):
        return hm.group("tier")
    return None


_PLACE_COLUMN_RE = re.compile(r"名次|排名")


def _column_tier_cell(cell: str, numbered: bool = False) -> str | None:
    """A tier in a table's tier column, where a bare place (第二; 2 under 名次) is one too."""
    sq = _squeeze(cell)
    if numbered and re.fullmatch(r"[1-9]\d?", sq):
        return f"第{cn_numeral(int(sq))}名"
    # | 品质王 | under 奖项 (honour_title_in_tier_column): the column makes an honour title a tier
    honour = len(sq) <= 8 and lx.HONOUR_TITLE_RE.fullmatch(sq)
    return _tier_cell(sq) or (sq if _BARE_PLACE_CELL_RE.fullmatch(sq) or honour else None)


class _Columns:
    """Rows under a header, one cell at a time (a table flattened to a cell a line reads the same).

    A tier cell spanning several rows (rowspan) is printed once: a row with no tier in the tier
    column carries the tier of the row above (table_tier_spans_rows).
    """

    def __init__(self, roles: list[str], heading: str | None = None):
        self.roles = roles
        self.tier_col = roles.index("tier") if "tier" in roles else -1
        self.tier: str | None = heading  # a table with no tier column: the heading above it
        self.piped = False  # its header was a `|` row: a line without `|` is past the table
        self.spaced = False  # its header was spaced: each row is its spaced cells, all of them
        self.numbered = False  # its tier column is 名次: a bare number there is a place
        self.aligned = False  # the row being fed is printed whole, each cell in its column
        self.free: str | None = None  # the tier cell of this row, read as the prize it names
        self.row: dict[str, str] = {}
        self.last: dict[str, str] = {}  # the cells of the row above
        self.col = 0

    def feed(self, cell: str) -> list[tuple[str, str | None, list[dict]]]:
        """Take the next cell; the rows it finishes, as (tier, category, recipients)."""
        out = []
        numbered = self.numbered and self.col == self.tier_col  # a number elsewhere is no place
        tier = _column_tier_cell(cell, numbered) if self.tier_col >= 0 else _tier_cell(cell)
        if tier is None and self.aligned and self.col == self.tier_col >= 0:
            tier = self.free = _free_tier_cell(cell)  # a whole row: its tier cell is the prize
        if tier is not None and self.tier_col < 0:  # 二等奖 between the rows: the next section
            out.append(self._finish() if self.row else None)
            self.tier = tier
            return [r for r in out if r]
        if tier is not None and self.col != self.tier_col:
            if self.col > self.tier_col:  # a tier out of step: the row before it lacked a cell
                out.append(self._finish())
            self.col = self.tier_col
        while True:
            while self.col < len(self.roles):
                role = self.roles[self.col]
                if role == "tier" and tier is None and self.tier is not None:
                    self.row["tier"] = self.tier  # the tier spans this row too
                elif role == "index" and not _INDEX_CELL_RE.fullmatch(_squeeze(cell)):
                    pass  # no index printed in this row
                else:
                    break
                self.col += 1
            if self.col < len(self.roles):
                break
            out.append(self._finish())  # the cell fits no column left: it opens the next row
        self.row[self.roles[self.col]] = cell
        self.col += 1
        if self.col == len(self.roles):
            out.append(self._finish())
        return [r for r in out if r]

    def close(self) -> list[tuple[str, str | None, list[dict]]]:
        return [r] if self.row and (r := self._finish()) else []

    def _finish(self) -> tuple[str, str | None, list[dict]] | None:
        row, self.row, self.col = self.row, {}, 0
        self.last = {**self.last, **row}
        tier = _column_tier_cell(row.get("tier", ""), self.numbered) or self.free or self.tier
        self.tier, self.free = tier, None
        if tier is None:
            return None
        person, work, unit = row.get("person"), row.get("work"), row.get("unit")
        unit = _squeeze(unit) if unit else None
        if work and person:
            recips = [{"name": work.strip(), "kind": "work", "affiliation": person.strip()}]
        elif person:
            names = [t for t in _tokens(person.replace("、", " ").replace(",", " ")) if t]
            recips = [{"name": n, "kind": "person", "affiliation": unit} for n in names]
            if not all(_PERSON_CELL_RE.fullmatch(n) for n in names):
                recips = [r for n in names if (r := recipient(n, strict=False))]
        elif unit:
            recips = [{"name": unit, "kind": _unit(unit) or "organization", "affiliation": None}]
        elif work:
            recips = [{"name": work.strip(), "kind": "work", "affiliation": None}]
        else:
            recips = []
        cat = row.get("category")
        return (tier, _squeeze(cat) if cat else None, recips) if recips else None


# 专科组国家一等奖团队: a tier cell of a flattened table, its group before it and its level dropped
_GROUP_LEVEL_TIER_RE = re.compile(
    rf"(?P<cat>[{lx.CJK}A-Za-z\d]{{1,8}}?组)?(?:国家级?|全国|[{lx.CJK}]{{2,3}}?[省市]级?|[省市]级)?"
    rf"(?P<tier>{lx.TIER})(?:团队|个人|团体)?"
)


def _flat_spaced_table(line: str) -> list[tuple[str, str | None, list[dict]]] | None:
    """获奖类别 班级 姓名 一等奖 模具11331 冯晶玉 生产设备21332 刘锦天 …: a table flattened onto one
    spaced line, its header first, then the rows cell after cell, a tier cell spanning the rows below it
    (flat_spaced_table)."""
    toks = line.split()
    if len(toks) < 6 or _column_role(toks[0]) is None:
        return None
    n = 0
    while n < min(len(toks), 6) and _column_role(toks[n]) is not None:
        n += 1
    roles = _header_roles(toks[:n])
    if roles is None or "tier" not in roles:
        return None
    if roles[0] != "tier":  # 姓名 单位 名次 张明 一中 第一名 …: whole rows, each cell in its column
        return _flat_whole_rows(roles, toks[n:])
    cols, cat, out = _Columns(roles), None, []
    for tok in toks[n:]:
        gm = _GROUP_LEVEL_TIER_RE.fullmatch(tok)
        if gm and tier_rank(gm.group("tier")) is not None:
            out.extend((t, k or cat, rs) for t, k, rs in cols.close())
            cat, tok = gm.group("cat"), gm.group("tier")
        elif cols.col == 0 and cols.tier is None:
            return None  # the first row prints no tier: no table of this shape
        out.extend((t, k or cat, rs) for t, k, rs in cols.feed(tok))
    out.extend((t, k or cat, rs) for t, k, rs in cols.close())
    return out if len(out) >= 2 else None


def _flat_whole_rows(roles: list[str], cells: list[str]) -> list | None:
    """The rows of a flattened table whose tier column is not first: every row printed whole, so
    the cells cut into rows of the header's width, and every row's tier cell names a prize."""
    width, t = len(roles), roles.index("tier")
    if not cells or len(cells) % width:
        return None
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    if not all(_column_tier_cell(r[t]) or _free_tier_cell(r[t]) for r in rows):
        return None
    cols, out = _Columns(roles), []
    cols.aligned = True
    for row in rows:
        for cell in row:
            out.extend(cols.feed(cell))
        out.extend(cols.close())
    return out if len(out) >= 2 else None


def _header_run(lines: list[str], p: int, heading: str | None) -> tuple[list[str] | None, int]:
    """奖项 | / 选手姓名 | / 专业年级 | (or the same with blank lines between): a header a cell a line."""
    cells: list[str] = []
    seen: set[str] = set()
    end = p
    for j in range(p, min(len(lines), p + 24)):
        cell = lines[j].strip().strip("|").strip()
        if not cell:
            continue
        role = None if "|" in cell else _column_role(cell)
        if role is None or role in seen:
            break  # a header names each column once
        seen.add(role)
        cells.append(cell)
        end = j
    roles = _header_roles(cells, heading) if len(cells) >= 2 else None
    if roles is None:
        return None, p
    # the first row must print its tier (or, under a tier heading, a name) where the header says
    first = [
        c
        for ln in lines[end + 1 : end + 1 + 4 * len(roles)]
        if (c := ln.strip().strip("|").strip())
    ]
    if "tier" in roles:
        i = roles.index("tier")
        ok = len(first) > i and _column_tier_cell(first[i]) is not None
    else:
        i = next(k for k, r in enumerate(roles) if r in _NAMING_ROLES)
        ok = len(first) > i and bool(
            _PERSON_CELL_RE.fullmatch(_squeeze(first[i]))
            if roles[i] == "person"
            else _unit(_squeeze(first[i])) or (roles[i] == "work" and "《" in first[i])
        )
    return (roles, end) if ok else (None, p)


_TABLE_TITLE_RE = re.compile(
    rf"[((](?P<cat>{lx.CAT}|{_CAT_WORD})[))](?:获奖)?(?:名单|名次|成绩|结果|情况)"
)
_TABLE_END_RE = re.compile(r"名单|如下|[。!?;]")
_MAX_CELL = 40


def _table_rows(cols: _Columns, cells: list[str], line: str) -> list | None:
    """The rows a table line finishes, or None when the line is no longer part of the table."""
    filled = [c for c in cells if c]
    if not filled or _TABLE_END_RE.search(line) or any(len(c) > _MAX_CELL for c in filled):
        return None
    if cols.piped and "|" not in line and not (cols.tier_col < 0 and _tier_cell(line)):
        return None
    if cols.spaced:  # 1 张明 湛江一中 一等奖: a row only when every column has its cell
        first, _, rest = line.strip().partition(" ")
        idx = _INDEX_CELL_RE.fullmatch(first)  # 2 王 芳: the index is no half of a spaced name
        toks = [first, *_tokens(rest)] if idx else _tokens(line)
        if len(toks) == len(cols.roles) and "|" not in line:
            rows = cols.close()
            if cols.tier_col >= 0 and _no_prize_cell(toks[cols.tier_col]):
                return rows  # 李金亭 二中 入围: a row whose prize cell names no prize
            cols.aligned = True  # 高雅文 苦瓜 瓜王: a spaced row has every cell, in its column
            for t in toks:
                rows.extend(cols.feed(t))
            rows += cols.close()
            cols.aligned = False
            return rows
        if cols.tier_col < 0 and len(toks) == 1 and _tier_cell(line):
            return cols.feed(line)
        return None
    lead_empty = [c.strip() for c in line.strip().removesuffix("|").split("|")]
    if len(lead_empty) == len(
        cols.roles
    ):  # `| 二等奖 | 李华 |` under 组别 | 奖项 | 姓名: 组别 spans
        cells = lead_empty
    if len(cells) == len(cols.roles) and len(filled) > 1:  # a whole row: cells align with columns
        rows = cols.close()
        # every cell filled: no cell of the row is missing and the rest shifted left under it
        cols.aligned = cols.piped and all(cells)
        if cols.aligned and cols.tier_col >= 0 and _no_prize_cell(cells[cols.tier_col]):
            cols.aligned = False  # | 程少敏 | 长茄 | 入围 |: a row whose prize cell names no prize
            return rows
        for c in cells:
            if c:
                rows.extend(cols.feed(c))
            elif cols.col < len(cols.roles):
                role = cols.roles[cols.col]
                if role in _SPANNING and role in cols.last:
                    cols.row[role] = cols.last[role]  # an empty cell: the one above spans it
                cols.col += 1
        rows += cols.close()
        cols.aligned = False
        return rows
    out = []
    for c in filled:
        out.extend(cols.feed(c))
    return out
