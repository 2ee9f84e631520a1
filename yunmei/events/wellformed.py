"""Recipient well-formedness: the last check on every award, whatever shape or list found it.

A recipient name must look like a person, a team, a unit or a work title. Clause material
(领衔…, …一直处), descriptions (分数最多的一队), headings (…:个人奖项揭晓), contest groups (艺术蛋糕组,
象棋初中男子), stages (甘肃站), counts (奖牌总数), affiliation phrases (来自我市黄桥镇) and units named
only by their kind (团支部, 女子代表队) are not names: the recipient is dropped. Where the repair is
certain (a label's colon left on, a doubled 班, a leading 与/及) the name is mended instead.

Each shape is a named row of ``REPAIRS`` or ``REJECTS``; the words are ``data/wellformed.txt``.
Text inside 《》 and “” is a title and is not read by the rows (《谁是最可爱的人》 is a work).
"""

from __future__ import annotations

import re

from yunmei.events import lexicon as lx

_W = lx.sections("wellformed")
_CJK = lx.CJK


def _alt(section: str) -> str:
    return lx.alt(sorted(_W[section], key=len, reverse=True))


# certain mends, applied in order before the rejections are read
REPAIRS: tuple[tuple[str, re.Pattern, str], ...] = (
    # 三等奖:徐净: — the colon of a label left on the name
    ("label_colon_left_on", re.compile(r"\s*:+$"), ""),
    # 18班、4班班分别获得 / 文化教育部二队队 — a numbered class or team word printed twice
    ("doubled_class_word", re.compile(r"(?<=[\d一二三四五六七八九十])(班|队)\1$"), r"\1"),
    # (3)张斌礼 / ①王兰 — an item's number in its list is no part of the name
    ("list_number_left_on", re.compile(r"^(?:\(\d{1,2}\)|[①-⑳])\s*"), ""),
    # 男子组的矿产院分会 — the group the holder won in, before 的, is its category
    (
        "group_before_holder",
        re.compile(rf"^(?:{_alt('category_words')})+组的(?=.{{2}})"),
        "",
    ),
    # 2020级男子组养殖(2)班荣获第一名 — the group the class played in, printed before it, is its
    # category (group_before_class)
    (
        "group_before_class",
        re.compile(r"^(?:(?:19|20)\d{2}级)?(?:男子|女子|男生|女生)组(?=[^组]{2,12}(?:班|队)$)"),
        "",
    ),
    # 最佳射手奖:初一5班:黄昌伟 — a unit's label before its person (the unit is no part of the name)
    ("unit_label_before_person", re.compile(rf"^[^:]{{2,12}}:(?=(?:{lx.PERSON_RE.pattern})$)"), ""),
    # 熊芳老师领队的7班 / 王宏瑜老师领军1班 / 万恩萍老师的4班 — the teacher or coach leading the
    # team is printed before it; the team holds the place
    (
        "leader_before_team",
        re.compile(
            rf"^[{_CJK}]{{2,4}}(?:{_alt('leader_roles')})(?:{_alt('leading_verbs')})?的?"
            r"(?!团队$)(?=[^的老]{1,10}(?:班|队|连)$)"  # 林雯老师团队: the lead_teacher_team row's
        ),
        "",
    ),
    # 带领四川省代表队 — the verb of leading left on the team it led
    (
        "leading_verb_left_on",
        re.compile(rf"^(?:{_alt('leading_verbs')})(?=[^的]{{2,20}}(?:队|团)$)"),
        "",
    ),
    # 预赛、单循环赛、决赛开放教育学院获得第一名 — the stage closing a list of rounds is no part
    # of the holder after it
    ("stage_left_on", re.compile(rf"^(?:{_alt('stage_words')})(?=[{_CJK}]{{3}})"), ""),
    # 侯静及语言教学中心 split before 及: the conjunction stays on the second item (not 和: a surname)
    ("conjunction_left_on", re.compile(rf"^(?:以及|及|与)(?=[{_CJK}]{{2}})"), ""),
    # 林雯老师团队获正高组一等奖 — a teachers' team named by its lead teacher is credited to that
    # teacher (老师 is a role; 袁阳团队 without one stays a team)
    (
        "lead_teacher_team",
        re.compile(rf"^({lx.PERSON_RE.pattern})(?:{_alt('lead_roles')})团队$"),
        r"\1",
    ),
)
# rows whose mend leaves a person's name
_PERSON_REPAIRS = frozenset({"lead_teacher_team"})

_CATEGORY = _alt("category_words")
_BARE_UNITS = lx.alt(sorted(set(_W["bare_units"]) | lx.GENERIC_UNITS, key=len, reverse=True))

# (row, pattern, scope): the pattern is searched in the name with its titles' words out; scope
# NAMES reads names only, ALL works too, QUOTED also the words of a name wholly in “” (a work or not:
# “艺术蛋糕组” is a group in quotes), IN_QUOTES only those words
NAMES, ALL, QUOTED, IN_QUOTES = "names", "all", "quoted", "in quotes"
REJECTS: tuple[tuple[str, re.Pattern, str], ...] = (
    # 2022年5月23日 / 二〇〇九年十月二十八日 under a list's last label: a signature's date
    (
        "dated_name",
        re.compile(
            r"\d{2,4}年\d{1,2}月|\d{1,2}月\d{1,2}日"
            r"|[〇○零一二三四五六七八九]{2,4}年[一二三四五六七八九十]{1,2}月"
            r"|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
        ),
        ALL,
    ),
    # 易楚(学前教育)、龙灿锋(生物科学)、刘欢: a list that failed to split
    ("unsplit_list", re.compile(r"、.*[((]|[((].*、"), ALL),
    # 展开了激烈角逐: a predicate (a 了 that ends a nickname or sits before 队 is not: 你的强来了队)
    ("predicate", re.compile(r"了(?!队?$)|展开"), NAMES),
    # 领衔中国大学生女子游泳队 / 山东队的刘志城一直处 / …并列第三: a piece of the clause, not a name
    ("clause_material", re.compile(rf"(?<!第)(?:{_alt('clause_words')})"), NAMES),  # 第一直管项目部
    # 让对手广州白云工商技师学院 / 张三等 / 同学们: a function word left on either end
    (
        "function_word_left_on",
        re.compile(
            rf"^(?:{_alt('lead_function_words')})(?!线)(?=[{_CJK}]{{2}})"  # 在线教育: a name
            rf"|(?:{_alt('trailing_particles')})$"
        ),
        NAMES,
    ),
    # 9班以113分获得: a score or a time is the result, not the holder
    # (第10分工会: a numbered branch — 分工会, 分公司 — is a unit)
    (
        "score",
        re.compile(r"(?<![第\d.])\d+(?:\.\d+)?(?:分|秒)(?![公局院队行会部店厂校所工中])"),
        NAMES,
    ),
    # 最佳守门员 / 四位世界冠军组成的浙江队: a tier inside the name is a prize or the clause's
    # (冠军队 is a team's name)
    ("tier_inside", re.compile(rf"(?:{lx.TIER})(?!队)"), NAMES),
    # 分数最多的一队为冠军: a superlative description of the winner, who is not named
    ("superlative_description", re.compile(rf"最[{_CJK}]{{1,3}}的"), NAMES),
    # 闪耀之星:个人奖项揭晓 / 获奖名单: a heading or a notice
    (
        "heading",
        re.compile(rf"(?:{_alt('heading_words')})$|:.*(?:{_alt('heading_words')})"),
        NAMES,
    ),
    # 优秀广场舞团队: (a list's heading) — the prize title, not its holder
    (
        "prize_title",
        re.compile(rf"^(?:{_alt('title_openers')})[{_CJK}]{{0,8}}(?:{_alt('title_holders')})$"),
        NAMES,
    ),
    # 象棋初中男子 / U10男子组 / 高中组 / 小班段: the group of a contest named by level, age or gender
    (
        "category_group",
        re.compile(
            rf"^(?!第)(?!.*?{lx.AFF_END}(?:{_CATEGORY})+组)"  # 第4组 / 经济学院女子组: teams
            rf"[{_CJK}]{{0,4}}?(?:[A-Za-z]?\d{{1,2}}|{_CATEGORY})+(?:组|组别|段)$"
            rf"|(?:男子|女子|男女混合)$"
        ),
        QUOTED,
    ),
    # 金奖:“艺术蛋糕组”宋阿美: a discipline and 组, set in quotes, is a contest group (unquoted, a
    # 组 of four characters may be a standing unit — 宣传报道组; 工会小组 and 理工三组 are units anyway)
    (
        "discipline_group",
        re.compile(
            rf"^(?![{_CJK}]*(?:{_alt('team_groups')})$)(?![^组]*[{lx.NUM_CN}\d]组$)"
            rf"(?!.*?{lx.AFF_END})"
            rf"[{_CJK}]{{2,6}}组$"
        ),
        IN_QUOTES,
    ),
    # 甘肃站选手 / 第三站 / 北京分站: a stage of a touring contest
    (
        "stage",
        re.compile(
            rf"^(?:{lx.alt(lx.words('regions'))})(?:分)?站$|分站$|^第[{lx.NUM_CN}\d]{{1,3}}站$"
        ),
        NAMES,
    ),
    # 奖牌总数:52枚金牌 / 3个: a count or a total
    ("count", re.compile(rf"(?:{_alt('counts')})$|^{lx.NUM}[个项枚名人支块]$"), NAMES),
    # 来自我市黄桥镇、现定居张家港的参赛者吕建: the affiliation phrase before the holder
    ("affiliation_phrase", re.compile(r"^来自"), NAMES),
    # 为获得一等奖的团支部颁奖 / 女子代表队获第6名 / 代表队: a unit named only by its kind
    ("bare_unit", re.compile(rf"^(?:{_alt('unit_qualifiers')})?(?:{_BARE_UNITS})$"), NAMES),
    # 他们 / 双方 left unresolved: a pronoun names nobody
    ("pronoun", re.compile(rf"^(?:{_alt('pronouns')})$"), NAMES),
    # 在第三届科普讲解大赛中 / 本次比赛: the contest itself (阿利亚克赛 is a foreign person's name)
    (
        "contest_itself",
        re.compile(
            rf"^(?!.*·)[^《》]*(?:{_alt('contest_words')})(?:中|上|里|期间)?$"
            rf"|^(?:{_alt('deictic_openers')})"
        ),
        NAMES,
    ),
    # 铜都劳动奖章 / 三八红旗手称号: the honour itself, not its holder
    (
        "honour_object",
        re.compile(rf"(?:{lx.alt(lx.words('not_recipient_endings'))})$"),
        NAMES,
    ),
)

_TITLE_RE = re.compile(r"《[^《》]*》|“[^“”]*”")


def rejection(name: str, kind: str | None = None) -> str | None:
    """The row of REJECTS the name has the shape of, or None if it may be a name."""
    bare = _TITLE_RE.sub("《》", name)  # a title's own words are not read
    whole = _TITLE_RE.fullmatch(name)
    work = kind == "work" or whole is not None
    quoted = name[1:-1] if whole and name[0] == "“" else None
    for row, pat, scope in REJECTS:
        if scope in (ALL, NAMES, QUOTED) and (scope == ALL or not work) and pat.search(bare):
            return row
        if scope in (QUOTED, IN_QUOTES) and quoted and pat.search(quoted):
            return row
    return None


# the mends a work's unquoted title takes too (与你同行 may be a title: the others leave works alone)
_WORK_REPAIRS = frozenset({"list_number_left_on"})


def repaired(name: str, kind: str | None = None) -> str:
    """The name with the certain mends of REPAIRS applied (a quoted title is left as printed)."""
    if _TITLE_RE.fullmatch(name):
        return name
    for row, pat, repl in REPAIRS:
        if kind != "work" or row in _WORK_REPAIRS:
            name = pat.sub(repl, name)
    return name


_PERSON_PLACE_RE = re.compile(rf"(?P<name>{lx.PERSON_RE.pattern})\((?P<aff>[^()]{{2,20}})\)")


def mended(r: dict) -> dict:
    """The recipient with its name repaired; a person's bracket freed by a repair
    ((2)曹俊梅(河南三门峡)) is the affiliation, as 名(单位) reads everywhere else."""
    name = repaired(r["name"], r.get("kind"))
    if name == r["name"]:
        return r
    if any(row in _PERSON_REPAIRS and pat.search(r["name"]) for row, pat, _ in REPAIRS):
        return {**r, "name": name, "kind": "person"}
    m = _PERSON_PLACE_RE.fullmatch(name)
    if m and not r.get("affiliation"):
        return {**r, "name": m.group("name"), "kind": "person", "affiliation": m.group("aff")}
    return {**r, "name": name}


def acceptable(r: dict) -> bool:
    """The recipient, as it stands, has the shape of a name."""
    return rejection(r["name"], r.get("kind")) is None


# rejections that name no holder at all (人数, 他们, 代表队, 本次比赛): never kept, even as the only
# result of a passage (the mis-cut rows, 来自…的吕建, may still hide one)
NO_HOLDER = frozenset({"count", "pronoun", "bare_unit", "contest_itself", "honour_object"})


def holders_only(awards: list) -> list:
    """Awards whose recipients are not plainly holder-less (``NO_HOLDER``), unmended: the
    fallback when the form check would empty a passage."""
    out = []
    for pos, tier, cat, rs in awards:
        kept = [r for r in rs if rejection(r["name"], r.get("kind")) not in NO_HOLDER]
        if kept:
            out.append((pos, tier, cat, kept))
    return out


def well_formed(awards: list) -> list:
    """Awards with every recipient mended or dropped by the rows above; an award left with nobody
    is dropped."""
    out = []
    for pos, tier, cat, rs in awards:
        kept: list[dict] = []
        for r in rs:
            m = mended(r)
            if rejection(m["name"], m.get("kind")):
                continue
            if m is not r and any(k["name"] == m["name"] for k in kept):
                continue  # 4班 and 4班班 in one list: one holder
            kept.append(m)
        if kept:
            out.append((pos, tier, cat, kept))
    return out
