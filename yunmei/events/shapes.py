"""Result-clause shapes: one table of named shapes (shape, pattern, handler) and the list shapes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from yunmei.events import lexicon as lx
from yunmei.events.recipients import (
    _unit_then_name,
    category_in,
    clean_subject,
    recipient,
    recipients,
    shared_team,
    split_items,
)
from yunmei.events.text import cn_int
from yunmei.events.tiers import cn_numeral, expand_tiers, tier_rank

# a quoted title in the gap is one unit, its commas its own (荣获“青春之歌,就要这Young唱”…音乐节冠军)
_GAP = r"(?P<gap>(?:“[^“”,;。\n]{0,24},[^“”;。\n]{0,24}”|[^,;:。!?]){0,32}?)"


_AFTER_VERB_RE = re.compile(rf"{_GAP}(?P<tier>{lx.TIERS})")


# 邵峰获得生命科学奖 / 获“武德风尚奖” / 荣获“生命科学”奖: a named prize right after the verb
# (named_prize_after_verb); a gap (4000元, 3项) makes it a prize rule or a count, not a result
# a named prize ends its phrase (邵峰获得生命科学奖。/ …奖,/ …奖称号); 奖学金, 奖后, 奖提名 do not
_NAMED_PRIZE_END_RE = re.compile(r"”?(?:称号|荣誉)?(?:$|[,;。!?、)]|和|及|与|并|等)")
# words that make a …奖 no contest prize: pronouns and quantities (这个奖, 很多奖), pay (年终奖)
_NOT_NAMED_PRIZE_RE = re.compile(
    r"^(?:过|这|那|个|各|多|很|许|诸|众|几|一些|好)|个奖$|项奖$|年终|绩效|全勤|安慰|季度|月度|头奖|补奖"
)
_AFTER_VERB_GENERIC_RE = re.compile(
    rf"(?P<gap>“?)(?P<tier>{lx.GENERIC_PRIZE})|“(?P<quoted>[{lx.CJK}]{{2,10}})”奖{lx.NOT_PRIZE_TAIL}"
)


TIER_THEN_WINNERS_ARE = re.compile(
    rf"(?P<pre>.*?)(?:获得|荣获|获|夺得|摘得|斩获|摘取|取得|排名|位列|名列)了?(?P<gap>[^,;:]{{0,20}}?)(?P<tier>{lx.TIERS})(?:称号)?"
    r"(?:的(?:单位|选手|作品|团队|队伍|学校|个人|同学|学生|人|代表队|企业|项目|教师|老师|棋手|运动员|队员|班级|球队|"
    r"集体|家庭|组合|节目|村|社区)?"
    # 获得金牌的运动员:A、B (tier_holders_heading): the holders' noun, then a colon
    r"(?:(?:分别|依次|依序)?(?:是|有|为|包括):?|(?<!的):)"
    # 分获前四名者分别为A… / 获得前三名依序是A… (holders_noun_zhe, in_order_are): 者 is the holders'
    # noun, and an order adverb before 是 needs no 的
    r"|者(?:分别|依次|依序)?(?:是|为):?|(?:分别|依次|依序)(?:是|为):?"
    # 成功夺得冠军是【幼稚男人】战队 (winners_are_without_de): 的 left out before 是
    r"|是(?=[^,;:]{2,30}(?:队|战队|代表队|团)[!。]?$)(?![^,;:]{0,12}[两二三四五六七八九十\d]个):?)"
    r"(?P<rec>.+)"
)


WINNERS_OF_TIER_ARE = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})的?(?:获得者|得主|获奖者|获奖单位|获奖作品|获奖选手)(?:分别|则|依次)?"
    r"(?P<be>为|是|:|有)?:?(?P<rec>.+)"
)


TIER_WON_BY = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})(?:的?(?:桂冠|宝座|头衔|奖杯))?(?:则|均|也)?(?:分别|依次|均)?(?:由|被|为(?=[^为]+所))(?P<rec>.+?)所?(?:分别|共同|一举|成功)?"
    r"(?:获得|夺得|摘得|取得|获取|斩获|揽获|囊获|收入囊中|揽入囊中|纳入囊中|收归囊中|揽入怀中|收入怀中|捧得|摘取|夺取|包揽|拿下|捧走|夺魁|夺冠|获)了?"
)


# 冠军花落A / 最佳裁判员则属于A和B / 最佳教练奖项毫无悬念地属于A (tier_belongs_to): the prize as
# the topic, an adverb or two, then whom it goes to
TIER_GOES_TO = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})(?:奖项|称号)?(?:则|均|也|最终)?(?:分别|依次)?"
    # 最佳风尚奖颁发给了A、B (tier_given_to): the prize given to them is the same topic shape
    rf"(?:[{lx.CJK}]{{2,6}}地)?(?:花落|归属于?|属于|颁发给了?|颁给了?|授予了?(?!“))(?P<rec>.+)"
)

# 授予大桥开发区管委会、罗岭镇“优秀组织奖”荣誉称号 (conferred_on_then_tier): the conferring verb,
# whom, then the prize (and 称号) closing the clause
CONFERRED_ON_THEN_TIER = re.compile(
    rf"(?P<pre>.*?)(?<!被)授予了?(?P<rec>[^,;:“”授]{{2,60}}?)"
    # the prize set off by quotes or named a 称号 (单位授予优秀组织奖: a rule, whom not named)
    rf"(?P<quote>“)?(?P<tier>{lx.TIER})(?(quote)”(?:荣誉称号|称号|奖杯|奖牌)?|(?:荣誉称号|称号))"
)

# 麦振峰还对文传系和政法系颁发“最佳组织奖” (given_to_then_tier): the giver, 对/向 whom, then the
# prize itself closing the clause (a certificate for a tier, 颁发证书, names no prize)
GIVEN_TO_THEN_TIER = re.compile(
    rf"(?P<pre>.*?)(?:对|向)(?P<rec>[^,;:对向]{{2,40}}?)颁发了?“?(?P<tier>{lx.TIER})”?(?:称号|奖杯|奖牌)?"
)


TIER_LABEL_LIST = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIER})\s*(?:\(?{lx.NUM}(?:名|个|项|件|人)\)?)?\s*:\s*(?P<rec>.+)"
)


TIER_SPACE_LIST = re.compile(rf"(?P<pre>.*?)(?P<tier>{lx.TIER})\s+(?P<rec>\S.*)")


TIER_IS = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})(?:则)?(?:(?:分别|依次)?(?:为|是)|分别有)(?P<rec>.+)"
)


# 荣获一等奖的是:A、B;二等奖的是:C — the later tiers drop the verb
TIER_OF_ARE = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIERS})(?:称号)?的(?:单位|选手|作品|团队|队伍|学校|个人|同学|学生|人|代表队|"
    r"企业|项目|教师|老师|运动员|队员|班级|球队|集体|节目)?(?:分别|依次)?(?:是|有|为|包括):?(?P<rec>.+)"
)


# 获二至八的选手分别是A、B… / 荣获团体2至10名的队依次是:…: a range of places, its names in order
PLACES_RANGE_ARE = re.compile(
    rf"(?P<pre>.*?)(?:(?:获得?|荣获|名列|位列|夺得)(?P<gap>[^,;]{{0,12}}?))?(?P<range>{lx.PLACE_RANGE})"
    r"的?(?:单位|选手|作品|团队|队伍|学校|同学|学生|人|代表队|运动员|队员|班级|球队|棋手|队)?"
    r"(?:则|也)?(?:分别|依次)(?:是|为|有):?(?P<rec>.+)"  # 第四名至八名则分别是 (range_then_ze)
)


TIER_COUNT_THEN_NAMES = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIER})(?:共)?{lx.NUM}(?:名|个|项|件|人)"
)


# 4个项目获得铜牌,分别是A、B… / 2个项目获得银牌,A、B: a counted result, its names in the next clause
COUNTED_WINNERS_THEN_NAMES = re.compile(
    rf"(?P<pre>[^,;]*?)(?P<n>{lx.NUM})(?:个|名|件|项|篇|位|支|所|组)[{lx.CJK}]{{0,8}}?"
    rf"(?:获得|荣获|获|夺得|摘得)了?(?P<tier>{lx.TIERS})"
)


# (…荣获优秀歌手奖,他们是A、B: the pronoun of the counted winners opens the names, pronoun_names_next)
NAMES_NEXT = re.compile(
    r"(?:(?:他们|她们)(?=分别|是|为))?(?:分别是|分别为|即|是|为|包括|:)(?P<rec>.+)"
)


VERB_IN_RE = lx.gated(rf"{lx.V_SPREAD}|{lx.V_ONE}")


ALSO_RE = re.compile(
    rf"(?:并且?|同时|还|又|另)(?:获得?|荣获|夺得|摘得|斩获|捧得)了?{_GAP}(?P<tier>{lx.TIERS})"
)


@dataclass
class Found:
    tiers: list[str]
    recipients: list[dict]
    category: str | None
    pos: int  # offset of the tier in the clause
    discipline: bool = False  # the category is a discipline read from the verb-tier gap
    # the printed categories a names-last clause's list did not match (男双、女双、混双冠军的是A、B;…):
    # the ;-groups that run on may, one each (groups_align_with_categories)
    group_cats: list[str] | None = None


_OWNER_RE = re.compile(rf"(?:^|[,;])(?P<aff>[{lx.CJK}]{{2,8}}?)(?:市代表队|代表队|代表团|队)的$")


_LIST_LAST_NAME_RE = re.compile(rf"[、和](?P<name>[{lx.CJK}]{{2,3}})$")


def _modal_tail(subject: str) -> bool:
    """将 / 如 / 若 closing the subject: not yet a result (若获得…) — unless it is the last
    character of the last name of a list (杨蓓蓓、金如如获优胜奖: modal_char_ends_a_listed_name)."""
    if not lx.MODAL_TAIL_RE.search(subject):
        return False
    last = _LIST_LAST_NAME_RE.search(subject)
    return not (last and lx.PERSON_RE.fullmatch(last.group("name")))


def explicit(m: re.Match, rec: str, gap: str | None = None, strict: bool = False) -> Found | None:
    """A pattern that states a result outright (由/的是/为/label): recipients from `rec`."""
    pre = m.group("pre")
    if lx.MODAL_ANY_RE.search(pre) or lx.MODAL_TAIL_RE.search(pre.strip()):
        return None
    rec = lx.SPEECH_RE.sub("", rec)  # 获得者 王一桃 :" 祖国是山 我是水 …": the quote is no name
    recips = recipients(rec.strip(" :"), strict=strict)
    if not recips:
        return None
    owner = _OWNER_RE.search(pre)
    if owner:  # 湛江队的金牌由A、B获得: the winners are 湛江's
        for r in recips:
            if r["kind"] == "person" and not r["affiliation"]:
                r["affiliation"] = owner.group("aff")
    cat = category_in(gap or "") or category_in(pre)
    side = _TEAM_SIDE_RE.search(pre) if m.group("tier").startswith("团体") else None
    if not cat and side:
        cat = side.group(0)  # 学生男子团体前三名分别是 / 教工团体冠军为: whose team prize it is
    tiers = expand_tiers(m.group("tier"))
    if len(tiers) >= 2 and len(recips) not in (len(tiers), 2 * len(tiers)):
        # 冠亚季军分别由A、B和C队获得 (count_agreed_spread): as many printed items as tiers
        recips = spread_list(rec.strip(" :"), len(tiers)) or recips
    return Found(tiers, recips, cat, m.start("tier"))


# the population a team prize is for, printed right before 团体 (学生男子团体, 教工团体)
_TEAM_SIDE_RE = re.compile(r"(?:学生|教工|教师|职工|干部)(?:男子|女子)?$")


_SEX_LIST_RE = re.compile(
    rf"(?P<head>(?:\d{{1,2}}岁|[{lx.CJK}]{{1,4}})组)?的?(?P<a>[男女])子?(?:、|和|与)(?P<b>[男女])子?(?:组)?(?:的)?$"
)
_SEX_ITEM_LIST_RE = re.compile(
    rf"(?P<a>男子|女子)(?:、|和|与)(?P<b>男子|女子)(?P<item>[{lx.CJK}A-Za-z\d×]{{1,10}}?(?:米|跑|跳|泳|项目|赛|单打|双打))"
)
_UNNAMED_SUBJECT_RE = re.compile(rf"各有|有{lx.NUM}(?:余|多)?(?:位|名|个|人)")
# 石河子第一中学12名学生获一等奖 (unit_then_count_of_persons): the unit's winners are only counted
# (施琦、王晶晶两位老师: a count after names is their apposition)
_UNIT_THEN_COUNT_RE = re.compile(
    rf"(?P<unit>[{lx.CJK}]{{2,30}}?){lx.NUM}(?:余|多)?(?:名|位)"
    r"(?:学生|同学|选手|教师|老师|队员|运动员|职工|员工|学子)\s*$"
)


def _unit_then_count(pre: str) -> bool:
    m = _UNIT_THEN_COUNT_RE.search(pre.strip())
    # 重庆队12名队员获得金牌: a team's counted members name nobody either (team_then_count)
    end = (
        (lx.ORG_END_RE.search(m.group("unit")) or lx.TEAM_END_RE.search(m.group("unit")))
        if m
        else None
    )
    return bool(end and end.end() == len(m.group("unit")) and not m.group("unit").endswith("等"))


_CAT_LIST_RE = re.compile(
    rf"(?P<list>(?:[{lx.CJK}\d()]{{1,12}}?(?:、|和|与|及))+[{lx.CJK}\d()]{{1,12}}?组)"
    r"(?:竞赛|比赛|项目)?(?P<tail>个人|团体)?(?:的)?(?:双项|两项|三项|各)?$"
)
# the events of racket sports and the like, printed as a list before a tier (男单、女单冠军)
_EVENT_ITEM = (
    r"男单|女单|男双|女双|混双|男团|女团|男子单打|女子单打|男子双打|女子双打|混合双打|混合团体"
)
_EVENT_ITEM_LIST_RE = re.compile(
    rf"(?P<head>[{lx.CJK}]{{1,4}}?赛)?(?P<list>“?(?:{_EVENT_ITEM})”?(?:(?:、|和|与|及)“?(?:{_EVENT_ITEM})”?)+)"
    r"(?:项目|比赛)?的?$"
)
_PRIZE_PREFIX_RE = re.compile(rf"[{lx.CJK}A-Za-z\d]{{2,14}}$")
_PRIZE_PREFIX_BAD_RE = re.compile(r"组|赛|的|本|此|该|全国|省|市级|国家|称号|项目|一|单项")


def category_list(gap: str) -> list[str] | None:
    """`男子、女子组` / `学生组和成人组` in front of a tier: one category per recipient, in order."""
    sx = _SEX_LIST_RE.search(gap.strip("“”"))
    if sx:  # 8岁组男、女(冠军) -> 8岁组男子, 8岁组女子
        head = sx.group("head") or ""
        return [head + sx.group("a") + "子", head + sx.group("b") + "子"]
    si = _SEX_ITEM_LIST_RE.fullmatch(gap.strip("“”"))
    if si:  # 男子、女子400米 (sexes_share_an_item): the item printed once closes both sexes
        return [si.group("a") + si.group("item"), si.group("b") + si.group("item")]
    # 男单、女单 / 挑战赛“男双”、“女双”、“混双” (event_items_in_order): one event each, in order
    ev = _EVENT_ITEM_LIST_RE.search(gap)
    if ev:
        head = ev.group("head") or ""
        return [head + x for x in re.findall(_EVENT_ITEM, ev.group("list"))]
    m = _CAT_LIST_RE.search(gap.strip("“”"))
    if not m:
        return _whole_categories(gap)
    parts = [p for p in re.split(r"、|和|与|及", m.group("list")) if p]
    if len(parts) < 2:
        return None
    tail = m.group("tail") or ""
    return [(p if p.endswith("组") else p + "组") + tail for p in parts]


def _whole_categories(gap: str) -> list[str] | None:
    """男子团体、女子团体 / U8组及U10组 (categories_share_one_tier): a list whose every part is a
    whole category by itself — the one tier after it is won in each of them."""
    g = _GAP_NOISE_RE.sub("", gap.strip(' “”"')).rstrip("、和及与")
    parts = [p for p in re.split(r"、|和|及|与", g) if p]
    if len(parts) < 2 or any(category_in(p) != p for p in parts):
        return None
    if any(lx.TIER_ANY_RE.search(p) or re.search(r"[一二三四五六七八九\d]等$", p) for p in parts):
        return None  # 男子团体三等、女子团体二等奖: each part its own tier, no shared one
    return parts


# what a verb-tier gap holds besides a discipline: the contest, its level, this/that, particles
_GAP_NOISE_RE = re.compile(
    r"^(?:了|本次|本届|此次|这次|该|本场|本站|本轮|此项|这项|全国|全省|全市|全区|全县|省级|市级|区级|县级|国家级|"
    r"省|市|区|县|校级|大赛|比赛|活动|总|一个|一项|个(?!人)|项|首个)+|(?:的|竞赛|比赛|大赛|赛事|活动)+$"
)
_DISCIPLINE_RE = re.compile(rf"[{lx.CJK}A-Za-z\d()]{{2,12}}")
_DISCIPLINE_BAD_RE = re.compile(
    r"[的了着过是在与和及等各]|个(?!人)|^个人$|(?<!^)(?<![((])个人|最|好|成绩|荣誉|名次|称号|奖项|总分|团体|全能|组别|小组|决赛|初赛|复赛|赛区|"
    r"征文|冠军赛|全国|[省市区县]$|^[一二三四五六七八九十\d]|第.{1,3}届|杯"
)


# an event item: a distance, or a name ending like a race or an item (100米, 3000米环绕赛, 太极剑项目)
_EVENT_ITEM_RE = re.compile(
    rf"[{lx.CJK}A-Za-z\d×]{{0,10}}?(?:\d+米[{lx.CJK}]{{0,6}}?|[{lx.CJK}]{{1,8}}(?:赛|项目))"
)


# a discipline printed before a ranked tier (理论知识, 点钞识假, 书法): short, no level or side word
_SKILL_ITEM_RE = re.compile(rf"[{lx.CJK}]{{2,6}}")
_NOT_ITEM_RE = re.compile(
    r"省|市|县|区|国家|全国|个人|团体|集体|男|女|本|该|此|这|的|届|次|级|优秀|最佳|金牌|银牌|称号|荣誉|组|赛|类|项"
)


def item_list(gap: str, tier_rank_ok: bool = False) -> list[str] | None:
    """男子组100米和200米直道赛 between verb and tier: the items, one award each (item_list)."""
    g = gap.strip(' “”"的').rstrip("、和及与")
    if not g or not any(x in g for x in "、和及与"):
        return None
    parts = [p for p in re.split(r"、|和|及|与", g) if p]
    if len(parts) < 2:
        return None
    if not all(_EVENT_ITEM_RE.fullmatch(p) for p in parts) and not (
        # 点钞识假和理论知识二等奖 (items_share_one_tier): two short disciplines, one award each
        all(_SKILL_ITEM_RE.fullmatch(p) and not _NOT_ITEM_RE.search(p) for p in parts)
        and tier_rank_ok
    ):
        return None
    if lx.COUNT_BEFORE_RE.search(g) or any(lx.TIER_ANY_RE.search(p) for p in parts):
        return None
    group = re.match(rf"[{lx.CJK}]{{1,6}}组", parts[0])  # 大众组200米、500米: the group is both's
    if group:
        parts = [parts[0]] + [p if "组" in p else group.group(0) + p for p in parts[1:]]
    return parts


def _counted_items(gap: str, n: str) -> list[str] | None:
    """X和Y (两项): as many short items as the count says, each a discipline won."""
    parts = [p.strip("“”") for p in gap.strip().split("、") if p]
    if len(parts) != cn_int(
        n
    ):  # 和氏传统太极拳、杨氏太极拳42式: 和 only when 、 does not count them
        parts = [p.strip("“”") for p in re.split(r"、|和|及|与", gap.strip()) if p]
    if len(parts) != cn_int(n) or not all(_LOOSE_ITEM_RE.fullmatch(p) for p in parts):
        return None
    if any(lx.TIER_ANY_RE.search(p) or VERB_IN_RE.search(p) for p in parts):
        return None
    return parts


# one stretch of 取得A、B两块金牌,C、D四块银牌和E一块铜牌: items, their count, the medal
_COUNTED_ITEMS_PART = (
    rf"[^,;。]+?(?:[一两二三四五六七八九]|[1-9])(?:个项目|个|块|枚|项)(?:{lx.TIER})"
)
_COUNTED_ITEMS_PART_RE = re.compile(
    rf"(?:^|(?<=和|及|、))(?P<items>[^,;。]+?)(?P<n>[一两二三四五六七八九]|[1-9])(?:个项目|个|块|枚|项)"
    rf"(?P<tier>{lx.TIER})"
)


# 男子B组100米蛙泳 / 男女混合4×50蛙泳接力: an item led by its sex or group
_GROUP_LED_ITEM_RE = re.compile(rf"(?:男子|女子|男女混合|混合|[{lx.CJK}A-Za-z\d]{{1,4}}组)(?!的)")


def _counted_items_carried(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """…取得A、B两块金牌,C、D四块银牌和E、F两块铜牌: the clauses after the verb's own go on
    counting the winner's medals, one award per item (counted_items_carried)."""
    if not carry or VERB_IN_RE.search(c) or lx.MODAL_ANY_RE.search(c):
        return None
    out: list[Found] = []
    for part in _COUNTED_ITEMS_PART_RE.finditer(c):
        items = [it for it in part.group("items").split("、") if it]
        if len(items) != cn_int(part.group("n")) or not all(
            len(it) <= 16
            and (_EVENT_ITEM_RE.fullmatch(it) or _GROUP_LED_ITEM_RE.match(it))
            and not VERB_IN_RE.search(it)
            for it in items
        ):
            return None  # a count that does not match its items: a tally, nobody's item named
        out.extend(
            Found([part.group("tier")], [dict(r) for r in carry], it, part.start("tier"))
            for it in items
        )
    return out or None


def discipline_in(gap: str) -> str | None:
    """获得书画一等奖 / 获工业机器人竞赛一等奖: the discipline printed between verb and tier."""
    d = gap.strip(' “”"')
    prev = None
    while prev != d:
        prev, d = d, _GAP_NOISE_RE.sub("", d)
    if not _DISCIPLINE_RE.fullmatch(d) or _DISCIPLINE_BAD_RE.search(d) or lx.TIER_ANY_RE.search(d):
        return None
    return d


_PRAISED_ROLE_RE = re.compile(rf"(?:优秀|十佳|最佳|最有价值)[{lx.CJK}]{{1,6}}(?<![奖杯])")


def _prize_prefix(tier: str, gap: str) -> tuple[str, str]:
    """An unranked prize keeps the words printed before it: 地市优秀组织奖, “…21世纪最具潜力奖”."""
    if tier_rank(tier) is not None or not lx.TIER_RE.fullmatch(tier):
        return tier, gap
    if _PRAISED_ROLE_RE.fullmatch(tier):
        return (
            tier,
            gap,
        )  # 被评为我院第二届十佳歌手: a praised role is a title, the words before it the occasion
    m = _PRIZE_PREFIX_RE.search(gap)
    if not m or _PRIZE_PREFIX_BAD_RE.search(m.group(0)) or category_in(m.group(0)):
        return tier, gap
    if (
        _GENERIC_GRADE_RE.fullmatch(tier)
        and not _WINNER_SORT_RE.fullmatch(m.group(0))
        and discipline_in(m.group(0))
    ):  # 获书画优秀奖: the discipline, as before a ranked tier
        return tier, gap
    return m.group(0) + tier, gap[: m.start()]


# a grade of merit with no name of its own (优秀奖, 优秀组织奖, 优胜奖): a discipline or contest word
# before it is the category, as before a ranked tier (discipline_before_grade); the sort of
# winner (集体, 单位) and a named prize (最佳贡献奖, 最具潜力奖) stay printed
_GENERIC_GRADE_RE = re.compile(r"(?:优秀|优胜|鼓励|纪念|参与|入围)(?:组织)?奖|组织奖")
_WINNER_SORT_RE = re.compile(r"集体|单位|个人|团体|学校|班级")
_SKILL_ITEM_END_RE = re.compile(r"(?:技能|知识|操作|理论)$")
_QUOTED_PRIZE_RE = re.compile(rf"“(?P<head>[{lx.CJK}A-Za-z]{{1,10}})$")
# “小荷之星”金奖: a quoted prize name right before a ranked tier; a contest (…杯/赛/节) is no prize
_QUOTED_NAME_BEFORE_RE = re.compile(
    rf"“(?P<name>[{lx.CJK}]{{2,8}}(?<![杯赛节会展演动演出])(?<!比赛|大赛|活动))”$"
)
# a quote names the prize when it ends with a praise noun (小荷之星); otherwise it is the item
# contested (“八段锦”一等奖, “江苏好大米”金奖): the category (quoted_item_before_tier)
_HONOUR_TITLE_END_RE = re.compile(rf"(?:{lx.alt(lx.words('honour_titles'))})$")
# 以3分44秒89为广州队赢得金牌: the winner is the one the result was won for
_FOR_WHOM_RE = re.compile(rf"(?<![成作评选认])为(?P<who>[{lx.CJK}]{{2,20}})$")


# 以(总分)第一名的成绩夺得桂冠: the printed place is the result, the crown word restates it
_PLACE_AS_MANNER_RE = re.compile(rf"以[^以,]{{0,8}}?(?P<place>第{lx.NUM}名?)的?(?:成绩|身份)$")
# A以10小时9分43秒和B以12小时36分分获男女冠军 (manner_after_each_name): each name's time or
# score is how it won; the names alone are the subject
_MANNER_BEFORE_CONJ_RE = re.compile(
    r"以(?=[\d一二三四五六七八九十])[^以和、与及,]{1,16}?(?:的(?:总)?成绩)?(?=和|与|及|、)"
)
_CROWN_WORDS = frozenset({"桂冠", "冠军", "头名", "魁首", "头筹"})
# the winner beat the one named after this verb (战胜B获得冠军): B is the loser
_BEAT_RE = re.compile(
    r"(?:战胜|击败|打败|险胜|力克|击退|大胜|完胜|横扫|淘汰|逆转|力压|绝杀|零封)了?"
)
# X和Y两项 right before the tier: the count restates the items just listed
# an individual event: its title is a person's, whichever unit counts it (男子单打, 个人全能)
_INDIVIDUAL_ITEM_RE = re.compile(r"单打|男单|女单|个人|单人")
_ITEMS_THEN_COUNT_RE = re.compile(
    r"(?P<n>[两二三四五六七八九]|[2-9])(?:(?:个)?项|块|枚)$"
    # 2个集体项目金奖 / 两个项目的金牌 / 2块全能金牌 / 双冠军 / A和B双料冠军 (items_then_their_count): the
    # count word's family — 项目 with its kind, a 的, a 全能 before the tier; 双(料) counts two
    r"|(?P<n2>[两二三四五六七八九]|[2-9])(?:个(?:集体|个人|单项)?项目|(?:块|枚)全能)的?$"
    r"|(?<=[一-鿿])(?P<pair>双)(?:料)?$"
)  # 两块金牌 / A、B等2个项目冠军: a medal or crown per item
# 以程观领衔的崇川区队 / 以A为首的B: the 以 phrase holds the subject itself, not a manner
_LED_BY_RE = re.compile(r"(?:为首|领衔|带领|率领|挂帅|组成|牵头)的")


# 被大赛组委会 right before 授予: the agent of a passive conferral (passive_agent_confers)
_PASSIVE_AGENT_END_RE = re.compile(rf"被[{lx.CJK}]{{2,12}}$")


_AS_ROLE_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})作为[^,;、作]{2,30}$")


def verb_award(c: str, carry: list[dict] | None = None) -> list[Found]:
    """`A获得一等奖`, `A、B分获一、二等奖`: recipients in front of the verb, tier after it.

    `carry` is the subject of an earlier clause of the sentence, used when this clause has none
    (`A以2:1战胜B,夺得冠军`, `A派出28名运动员参赛,…,并夺得团体总分第一名`).
    """
    for v in lx.VERB_RE.finditer(c):
        if c.startswith("过", v.end()):
            continue  # 我院在这个项目获得过两届冠军 (won_before): an earlier title, not this result
        if v.group("verb") == "授予" and not _PASSIVE_AGENT_END_RE.search(lx.mask(c[: v.start()])):
            continue  # 组委会授予A…: the body confers, the one named after it won (not a passive)
        t = _AFTER_VERB_RE.match(c, v.end())
        if t is None:
            t = _AFTER_VERB_GENERIC_RE.match(c, v.end())
            if t is None or lx.GENERIC_PRIZE_BAD_RE.search(
                t.group("tier") or t.group("quoted").replace("与", "").replace("和", "")
            ):
                continue  # “数学与计算机科学”奖: inside quotes 与/和 join the prize's own words
            if not _NAMED_PRIZE_END_RE.match(c, t.end()) or _NOT_NAMED_PRIZE_RE.search(
                t.group("tier") or ""
            ):
                continue  # 奖学金 / 诺贝尔奖后 / 文学奖提名 / 这个奖 / 年终奖: no prize won here
        gap, tier = t.group("gap") or "", t.group("tier") or t.group("quoted") + "奖"
        tpos = t.start("tier") if t.group("tier") else t.start("quoted")
        if VERB_IN_RE.search(gap) or lx.MODAL_ANY_RE.search(gap) or lx.TIER_ANY_RE.search(gap):
            continue
        counted = _ITEMS_THEN_COUNT_RE.search(gap)
        counted_items = (
            _counted_items(
                # A、B等2个项目冠军: 等 closes the items before their count
                gap[: counted.start()].removesuffix("等"),
                counted.group("n")
                or counted.group("n2")
                or ("两" if counted.group("pair") else ""),
            )
            if counted
            else None
        )
        if counted_items:
            gap = ""  # 获X和Y两项冠军 (items_then_their_count): one award per item
        if lx.COUNT_BEFORE_RE.search(gap):
            continue  # 获得3枚金牌: a tally
        if _ONE_COUNTED_RE.search(gap) and _MORE_COUNTED_RE.match(c, t.end()):
            continue  # 获得了1个一等奖、1个二等奖和3个三等奖 (counted_tiers_tally): a tally too
        post = c[t.end() :]
        if lx.COUNT_AFTER_RE.match(post) or lx.RELATIVE_AFTER_RE.match(post):
            continue  # 金牌3枚 (tally) / 获得一等奖的选手 (a description, not a result)
        pre = c[: v.start()]
        if pre.endswith("所") and gap.startswith("的"):
            continue  # A所获得的冠军数: a noun phrase about the wins, no result stated
        if (
            lx.MODAL_ANY_RE.search(lx.mask(pre))
            or _UNNAMED_SUBJECT_RE.search(lx.mask(pre))
            or _unit_then_count(lx.mask(pre))
        ):
            return []  # 各有一位教师荣获… / 某中学12名学生获…: nobody named
        fw = _FOR_WHOM_RE.search(pre.strip())
        doer = recipients(pre.strip()[: fw.start()], strict=True) if fw and fw.start() >= 2 else []
        if fw and len(doer) == 1 and doer[0]["kind"] == "person":
            # 龙治明为花垣县代表团夺得首枚金牌 (winner_for_whom): the person before 为 won it for the team
            return [Found(expand_tiers(tier), doer, category_in(gap), tpos)]
        if fw:
            recips = recipients(fw.group("who"), strict=True)
            if not recips or any(r["kind"] != "team" for r in recips):
                return []  # 为学校赢得 / 为家乡争得: a beneficiary, not a winner we can name
            return [Found(expand_tiers(tier), recips, category_in(gap), tpos)]
        subject, in_cat = clean_subject(pre)
        subject = _MANNER_BEFORE_CONJ_RE.sub("", subject)  # manner_after_each_name
        # 熊子华同学作为湖北代表队队员斩获银牌 (as_role_after_subject): the role says in what capacity,
        # the one before 作为 won
        subject = _AS_ROLE_TAIL_RE.sub("", subject)
        ri = _ROLE_THEN_ITEM_RE.fullmatch(subject)
        if ri:  # 王阳老师100米比赛中获得 (role_then_item): the role ends the name, the item follows
            subject = ri.group("who")
        manner = _PLACE_AS_MANNER_RE.search(pre)
        crown = tier.removeprefix("团体")
        if (
            manner
            and crown in _CROWN_WORDS
            and tier_rank(manner.group("place")) == tier_rank(crown)
        ):
            tier = manner.group("place")  # 以总分第一名的成绩勇夺桂冠 (place_as_manner): the place
        beat = _BEAT_RE.search(lx.mask(subject))
        if beat:  # A击败B获得冠军 / (A,)险胜B夺得第一名 (winner_beat_loser): B lost, A won
            subject, _ = clean_subject(subject[: beat.start()])
        manner_only = bool(lx.SEG_BY_RE.fullmatch(subject)) and not _LED_BY_RE.search(subject)
        # A搭档B,代表中国夺得金牌 (on_behalf_of): whom they represented, not who won
        manner_only = manner_only or bool(_ON_BEHALF_RE.fullmatch(subject))
        # A与B,同时游出…,并列获得亚军 (tied_adverb_only): 并列 says how, A and B are who
        manner_only = manner_only or pre.strip() in ("并列", "同时", "共同", "双双")
        # A4:2击败对手,总比分6:4问鼎冠军 (score_before_verb): the score is how A won, A is who
        manner_only = manner_only or bool(_NO_SUBJECT_LEAD_RE.fullmatch(subject.strip()))
        stage = _ITEM_STAGE_SUBJECT_RE.fullmatch(subject) if carry else None
        if stage and category_in(
            stage.group("item")
        ):  # 项萍…获得第三名,100米丁组的比赛获得第四名 (item_as_stage): the item, same winner
            manner_only, in_cat = True, in_cat or stage.group("item")
        if manner_only and carry:
            subject = ""  # A,以全胜战绩获得冠军 (manner_clause_after_subject): 以… is how, A is who
        elif manner_only and subject.startswith("凭") and "《" in subject:
            return []  # …,凭借创新茶艺《W》荣获: the performer won with W, and is not named here
        if len(expand_tiers(tier)) > 1 and (
            re.search(rf"等\s*{lx.NUM}", subject)
            # 陈欣璐、马媛媛等同学荣获三等奖和优秀奖 (open_list_over_joined_prizes): which took which
            # is not said (a range, A、B等分获前六名, is read in order below)
            or (re.search(r"等", lx.mask(subject)) and re.search(r"和|及|与", tier))
        ):
            return []  # 《A》等15篇作品分别获得一、二、三等奖: a summary of a list given elsewhere
        if not subject and carry:
            recips = [dict(r) for r in carry]
        else:
            # 杜祥和获得冠军 (name_ending_in_he): a three-character name ending in 和 is a name, no 和-tail
            # 梅新宙、赖良文、梅伟和分别获得…: the last name of a list may end in 和 as well
            he_names = recipients(subject, strict=True) if subject.endswith("和") else []
            named_he = (
                bool(he_names)
                and all(r["kind"] == "person" for r in he_names)
                and he_names[-1]["name"][-3:] == subject[-3:]
                and len(he_names) == len(split_items(subject))
            )
            if (
                not subject
                or _modal_tail(subject)
                or (lx.PREP_TAIL_RE.search(subject) and not named_he)
            ):
                return []
            recips = recipients(subject, strict=True)
            partial = bool(recips) and len(recips) < len(split_items(subject))
            # (read with titles masked: 《以“三新”引领…》 holds no 以 of manner)
            cut = _LEAD_CUT_RE.search(lx.mask(pre)) if not recips or partial else None
            if cut and cut.start() < 2 and subject:  # 最终A力胜一筹荣膺: cut after the lead word
                pre = subject
                cut = _LEAD_CUT_RE.search(lx.mask(pre))
            if cut and cut.start() >= 2:  # A在比赛中奋力拼搏…最终获得: the subject ends at 在
                lead, _cat = clean_subject(pre[: cut.start()])
                lead_recips = recipients(lead, strict=True) if lead else []
                if not partial or len(lead_recips) > len(recips):
                    recips = lead_recips  # A、B、C合唱团代表…参加…摘获: the whole list before 代表
            if (
                (not recips or len(recips) < len(split_items(subject)))
                and _TIER_CLOSES_RE.match(c, t.end())
                and not _RANKING_VERB_RE.search(c[v.start() : v.end()])
                and not re.search(r"\d|枚|块|个|项", gap)
            ):
                recips = bare_holders(subject.strip(), recips) or recips
        n_tiers = len(expand_tiers(tier))
        grouped = _lists_joined_per_tier(subject, n_tiers, c[v.start() : v.end()] + pre[-2:])
        if grouped and not VERB_IN_RE.search(gap):
            # A、B代表队和C、D、E代表队分获二、三等奖 (lists_joined_per_tier): 和 joins lists, one per
            # place, in order
            return [
                Found([tr], rs, category_in(gap), tpos)
                for tr, rs in zip(expand_tiers(tier), grouped, strict=True)
            ]
        if subject and n_tiers >= 2 and len(recips) < n_tiers:
            recips = spread_list(subject, n_tiers) or recips
        # A、B、C等分获前六名 (named_first_of_places): 等 cuts the list short; the named take the
        # first places in order, the rest are not named
        first_only = (
            len(recips)
            if 2 <= len(recips) < n_tiers
            and _DENG_BEFORE_VERB_RE.search(pre.strip())
            and expand_tiers(tier)[0] in ("第一名", "冠军")
            else 0
        )
        if not recips:
            return []
        if counted_items and all(r["kind"] != "person" for r in recips):
            # 代表团将混合团体、男子单打、女子单打3个项目的冠军收入囊中 (unit_counts_members_titles):
            # a unit's singles titles are its members'; the unit keeps its team items only
            counted_items = [k for k in counted_items if not _INDIVIDUAL_ITEM_RE.search(k)] or None
        gap_clean = re.sub(rf"^(?:[1一]枚|{lx.NUM}块)", "", gap)
        printed, gap_clean = _prize_prefix(tier, gap_clean)
        quoted = _QUOTED_PRIZE_RE.search(gap_clean)
        if (
            quoted
            and c[t.end() : t.end() + 1] == "”"
            and tier.endswith("奖")
            # “急救技能三等奖” (quoted_skill_item_tier): a skill item and its place in quotes are
            # still item and place, as unquoted
            and not (
                tier_rank(tier) is not None and _SKILL_ITEM_END_RE.search(quoted.group("head"))
            )
        ):
            # 捧得“金厨金奖” / 荣获“组织特等奖”: the prize's printed name is the whole quote
            printed, gap_clean = quoted.group("head") + tier, gap_clean[: quoted.start()]
        named = _QUOTED_NAME_BEFORE_RE.search(gap_clean) if printed == tier else None
        if (
            named
            and tier.endswith("奖")
            and tier_rank(tier) is not None
            and not category_in(named.group("name"))
            and _HONOUR_TITLE_END_RE.search(named.group("name"))
        ):  # 荣获“小荷之星”金奖 (quoted_prize_name_before_tier): the quote names the prize;
            # “十佳歌手”冠军 is the champion of a contest so named: places keep their own word
            printed, gap_clean = named.group("name") + tier, gap_clean[: named.start()]
        # 邵峰获得生命科学奖 (named_prize_after_verb): a named prize is its own unranked tier
        tiers = [printed] if printed != tier else expand_tiers(tier) or [tier]
        if first_only:
            tiers = tiers[:first_only]
        cats = category_list(gap_clean)
        if not cats and (team := lx.TEAM_PREFIX_RE.fullmatch(tiers[0])):
            # 男子团体、女子团体一等奖: the tier's 团体 closes the last category of the list too
            cats = _whole_categories(gap_clean + team.group("team"))
        cat = None if cats else category_in(gap_clean) or in_cat
        discipline = None
        if cat is None and not cats and tier_rank(tiers[0]) is not None:  # 一、二等奖 too
            cat = discipline = discipline_in(gap_clean)
        if (
            cats
            and len(recips) == 1
            and not (recips[0]["kind"] == "person" and _SEX_LIST_RE.search(gap_clean.strip("“”")))
        ):  # A分别荣获焊工组、叉车组团体第一名: one award per category (a person is not 男 and 女)
            return [Found(tiers, [dict(recips[0])], k, tpos) for k in cats]
        if cats and len(tiers) >= 2 and len(recips) == len(cats) * len(tiers):
            # A…F分别荣获小学组和中学组前三名: each group takes the next names, one place each
            k = len(tiers)
            return [Found(tiers, recips[i * k : (i + 1) * k], g, tpos) for i, g in enumerate(cats)]
        if cats and len(cats) == len(recips):  # A、B分别获得男子、女子组冠军
            for r, k in zip(recips, cats, strict=True):
                r["name"] = (
                    re.sub(rf"^{k[:2]}(?=.{{3}})", "", r["name"])
                    if k[:2] in ("男子", "女子")
                    else r["name"]
                )
            return [Found(tiers, [r], k, tpos) for r, k in zip(recips, cats, strict=True)]
        items = counted_items or (
            item_list(gap_clean, tier_rank(tiers[0]) is not None)
            if not cats and len(tiers) == 1
            else None
        )
        if items and len(items) == len(recips) >= 2 and re.search("分别|依次", c[:tpos]):
            # A、B、C分别获得挑洋芋、踩高跷、拔河第一名 (names_by_items): one item each, in order
            return [Found(tiers, [dict(r)], k, tpos) for r, k in zip(recips, items, strict=True)]
        if items:  # A获得男子组100米和200米直道赛冠军: one award per item won
            team = lx.TEAM_PREFIX_RE.fullmatch(tiers[0])
            # 200米、500米及团体总分冠军: 团体总分 belongs to the last prize only (that one is
            # left out: it mostly restates a 总分 title the report gave before)
            item_tiers = [team.group("tier")] if team else tiers
            return [Found(item_tiers, [dict(r) for r in recips], k, tpos) for k in items]
        found = [Found(tiers, recips, cat, tpos, discipline is not None)]
        end = t.end()
        first_item = gap_clean.strip()
        while (
            len(tiers) == 1
            and first_item
            and not _LEVEL_OR_COUNT_RE.search(first_item)
            and (mi := _MORE_ITEM_TIER_RE.match(c, end))
            and not _LEVEL_OR_COUNT_RE.search(mi.group("item"))
            and not VERB_IN_RE.search(mi.group("item"))  # 、B获得二等奖: a new winner's clause
        ):
            # A获得点钞识假一等奖、理论知识二等奖: each further item with its own tier
            item_recips = [dict(r) for r in recips]
            found.append(Found([mi.group("tier")], item_recips, mi.group("item"), mi.start("tier")))
            end = mi.end()
        if len(found) >= 2 and len(recips) == len(found) and re.search("分别|分获|依次", c[:tpos]):
            # A和B分别荣获幼儿组特等奖、小学组一等奖: one name to each item, in order
            for f, r in zip(found, recips, strict=True):
                f.recipients = [dict(r)]
        also = ALSO_RE.match(c, t.end())
        if also and not lx.COUNT_AFTER_RE.match(c[also.end() :]):
            # A获得团体一等奖并获最佳组织奖: the same recipients, a second award
            found.append(
                Found(
                    expand_tiers(also.group("tier")),
                    recips,
                    category_in(also.group("gap")),
                    also.start("tier"),
                )
            )
        return found
    return []


_TIER_CLOSES_RE = re.compile(r"”?(?:称号|荣誉称号)?$")
# a holder named by no known form (新葡萄, 红叶谷, 宝飞龙、化机): a short run of letters with no
# word of a clause, a time, a role or a place in it
_BARE_HOLDER_RE = re.compile(rf"[{lx.CJK}]{{2,6}}")
_BARE = lx.sections("bare_holders")
_NOT_BARE_HOLDER_RE = re.compile(
    rf"[{''.join(_BARE['clause_letters'])}]|^[{''.join(_BARE['lead_letters'])}]"
    rf"|[{''.join(_BARE['end_letters'])}]$|^(?:{lx.alt(lx.words('regions'))})$"
)


# 位居第二 / 名列第三: a ranking's verbs; whoever holds a bare place in a table is not read so
_RANKING_VERB_RE = re.compile(r"排名|位列|名列|位居|排在|列")
# 机关贾学飞: a unit's short name, then a person named by surname
_UNIT_THEN_PERSON_RE = re.compile(
    rf"(?P<aff>[{lx.CJK}]{{0,4}}?{lx.AFF_END})(?P<name>{lx.PERSON_RE.pattern})"
)


# 西局与中都鼎业 / 市直和陆河: two bare names joined by a conjunction
_BARE_JOIN_RE = re.compile(rf"(?<=[{lx.CJK}]{{2}})(?:与|和|及)(?=[{lx.CJK}]{{2}})")


def bare_holders(subject: str, named: list[dict]) -> list[dict]:
    """The holders of a result clause that ends with its tier, when every one is a bare name or
    one `named` already (bare_name_holds_result): three letters or more alone, two in a list;
    in a list beside recognised names, a bare item is one more of their kind."""
    items = [
        part
        for x in split_items(subject)
        for part in (_BARE_JOIN_RE.split(x) if x not in {r["name"] for r in named} else [x])
    ]
    known = {r["name"]: r for r in named}
    if not set(known) <= set(items):
        return []  # the names were read with a cut or a mend: the items are not bare names
    if not items or any(
        x not in known and (not _BARE_HOLDER_RE.fullmatch(x) or _NOT_BARE_HOLDER_RE.search(x))
        for x in items
    ):
        return []
    if len(items) == 1 and len(items[0]) < 3:
        return []
    kinds = Counter(r["kind"] for r in named)
    out = []
    for x in items:
        up = _UNIT_THEN_PERSON_RE.fullmatch(x) if len(x) >= 4 and x not in known else None
        if x in known:
            out.append(dict(known[x]))
        elif up:
            out.append({"name": up.group("name"), "kind": "person", "affiliation": up.group("aff")})
        elif (r := recipient(x, strict=False)) is not None:
            out.append(r)
        else:
            out.append({"name": x, "kind": None, "affiliation": None})
    kinds.update(r["kind"] for r in out if r["kind"])
    if not kinds:
        return []  # 一鼓作气: no item of the list reads as a name of any kind
    for r in out:
        r["kind"] = r["kind"] or kinds.most_common(1)[0][0]
    return out


_ITEM_STAGE_SUBJECT_RE = re.compile(
    rf"在?(?P<item>[{lx.CJK}A-Za-z\d×]{{2,14}}?)的?(?:比赛|项目|决赛)(?:中|上)?"
)
_ONE_COUNTED_RE = re.compile(r"(?:1|一)\s*(?:个|枚|块|项)$")
_MORE_COUNTED_RE = re.compile(rf"\s*(?:、|,|和|及)\s*{lx.NUM}\s*(?:个|枚|块|项)")
_ON_BEHALF_RE = re.compile(rf"代表(?!队|团)[{lx.CJK}]{{1,10}}(?:出战|出征|参赛)?")
_ROLE_THEN_ITEM_RE = re.compile(
    rf"(?P<who>{lx.PERSON_RE.pattern})(?:老师|同学|教练员?|选手|运动员)"
    r"(?P<item>(?![的之])[^,;、《》“]{1,14}?(?:比赛|项目)[^,;、《》“]{0,10})"  # 的参赛课《春》: a work
)
_DENG_BEFORE_VERB_RE = re.compile(r"等(?:人|选手|同学|队员|运动员|棋手)?(?:分别|依次)?$")
# 、理论知识二等奖 after an item's tier: the next item and its own tier (more_item_tiers)
# 和乙组的第六名 too (more_item_tiers_joined): 和/及 join a further item and place of the same winner
_MORE_ITEM_TIER_RE = re.compile(
    rf"(?:、|和|及|以及)(?P<item>[{lx.CJK}A-Za-z\d]{{2,12}}?)的?(?P<tier>{lx.TIER})"
)
# 国赛二等奖 / 1项金奖: a level or a count before the tier is no item of the contest
_LEVEL_OR_COUNT_RE = re.compile(
    rf"^(?:国赛|省赛|市赛|全国|全省|全市|国家级|省级|市级|区级|县级)|^{lx.NUM}\s*(?:项|个|名|枚|块|件|次)"
)
_LOOSE_ITEM_RE = re.compile(rf"[{lx.CJK}A-Za-z\d()]{{2,12}}")


_LIST_JOIN_RE = re.compile(r"以及|和|及")


def _lists_joined_per_tier(subject: str, n_tiers: int, verb: str) -> list[list[dict]] | None:
    """雷山社区、马桥村代表队和机关一支部、马场社区、东风村代表队分获二、三等奖: as many 、-lists joined
    by 和 as places after a spreading verb (every part a list); each takes its place in order."""
    if n_tiers < 2 or not re.search("分获|分列|分别|依次", verb) or "、" not in subject:
        return None
    masked = lx.mask(subject)
    cuts = [m.span() for m in _LIST_JOIN_RE.finditer(masked)]
    if len(cuts) != n_tiers - 1:
        return None
    bounds = [0, *(x for span in cuts for x in span), len(subject)]
    groups = [subject[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    if not all("、" in g for g in groups):
        return None  # 音乐学院、文学与传媒学院和商学院分别夺得前三名: one list, 与 inside a name
    out = [recipients(g, strict=True) for g in groups]
    if any(not rs or len(rs) != len(split_items(g)) for rs, g in zip(out, groups, strict=True)):
        return None
    return out


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """text cut at each sep that is not inside quotes or brackets."""
    cuts = [i for i, ch in enumerate(lx.mask(text)) if ch == sep]
    bounds = [-1, *cuts, len(text)]
    return [text[bounds[k] + 1 : bounds[k + 1]] for k in range(len(bounds) - 1)]


_JOINS_RE = re.compile(r"以及|和|与|及")


def _split_joins(item: str) -> list[str]:
    """An item cut at each 和/与/及/以及 outside quotes and brackets."""
    masked = lx.mask(item)
    bounds = [0, *(x for m in _JOINS_RE.finditer(masked) for x in m.span()), len(item)]
    return [item[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]


def spread_list(subject: str, n_tiers: int) -> list[dict] | None:
    """国税、张村派出所、双岛边防派出所分别获前三名: as many items as places, so each is a name."""
    items = [it.strip() for it in split_items(subject)]
    unjoined = [p.strip() for it in items for p in _split_outside_quotes(it, "、")]
    if len(items) < n_tiers == len(unjoined):
        # 滨海学校、凤山二附小联队、滨海实小分获一、二、三名 (joint_team_count_over_places): as many
        # items as places once the joint team's 、 is read as a list
        items = unjoined
    if len(items) == n_tiers - 1:  # …、G和H分获前八名: the last 和 joins two of the places' names
        last = re.split(r"和|与|及", items[-1])
        items = [*items[:-1], *last] if len(last) == 2 and min(map(len, last)) >= 2 else items
    if len(items) < n_tiers:
        # 意大利队和巴西队分列第二和第三 / 市直和陆河分别获得亚军、季军 (count_agreed_spread): the
        # joins split the list into exactly as many items as places, so each join is a list mark
        joined = [p.strip() for it in items for p in _split_joins(it)]
        items = joined if len(joined) == n_tiers else items
    if len(items) != n_tiers:
        return None
    out = []
    for it in items:
        r = recipient(it, True)
        if r is None:
            if (
                not _LOOSE_ITEM_RE.fullmatch(it)
                or lx.BAD_ITEM_RE.search(it)
                or VERB_IN_RE.search(it)
                or "的" in it  # 来自昆明的骑手胜利: a described entrant, not a bare name
            ):
                return None
            r = _unit_then_person(it) or {"name": it, "kind": "organization", "affiliation": None}
        out.append(r)
    return out


def _unit_then_person(item: str) -> dict | None:
    """学校林晴仪: a unit's last character, then a surname and given name — the person of that unit."""
    for k in range(len(item) - 3, 1, -1):
        if item[k - 1] in lx.ORG_LAST_CHARS and lx.PERSON_RE.fullmatch(item[k:]):
            return {"name": item[k:], "kind": "person", "affiliation": item[:k]}
    return None


# 徐志强(男子丙组铁饼): a bracket after a person that names an event item, not a unit
_ITEM_IN_BRACKET_RE = re.compile(
    r"(?:男子|女子|混合|[甲乙丙丁A-H]组|\d+米|跳高|跳远|铅球|铁饼|标枪|链球|接力|泳|单打|双打|全能)"
)


def _items_in_brackets(found: Found) -> list[Found] | None:
    """获得金牌的运动员:徐志强(男子丙组铁饼)、张孟娇(女子丙组100米栏) (person_then_item): each
    person's bracket is the item the medal was won in, their category."""

    def item(r: dict) -> bool:
        return bool(r.get("affiliation") and _ITEM_IN_BRACKET_RE.search(r["affiliation"]))

    rs = found.recipients
    if not rs or not any(item(r) and r["kind"] == "person" for r in rs):
        return None
    rest = [r for r in rs if not item(r)]
    each = [
        Found(found.tiers, [{**r, "affiliation": None}], r["affiliation"], found.pos)
        for r in rs
        if item(r)
    ]
    return each + ([Found(found.tiers, rest, found.category, found.pos)] if rest else [])


def _per_category(found: Found | None, before: str) -> list[Found] | None:
    """7岁组的男、女冠军分别是A、B: one category per recipient when the list of groups fits."""
    if found is None:
        return None
    if len(found.tiers) == 1 and (each := _items_in_brackets(found)):
        return each
    cats = category_list(before)
    if cats and len(found.tiers) == 1 and len(cats) == len(found.recipients):
        return [
            Found(found.tiers, [r], k, found.pos)
            for r, k in zip(found.recipients, cats, strict=True)
        ]
    if cats and len(found.tiers) == 1 and found.category is None:
        found.group_cats = cats
    return [found]


def _winners_are(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    pre = m.group("pre")
    if lx.MODAL_ANY_RE.search(pre) or lx.MODAL_TAIL_RE.search(pre.strip()):
        return None  # 将获得一等奖的是…: not yet a result; let the other shapes look
    found = explicit(m, m.group("rec"), m.group("gap"))
    # 前三名的代表队分别是:A187分夺得第一名,…: no plain names after 是, the verb shape reads it
    return _per_category(found, m.group("pre") + m.group("gap"))


def _winners_of_tier(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    # 一等奖获得者李华 (no 为/是): only a plain name list counts; 获得者屠蓓华:奖杯属于… — a colon
    # after the name opens what the winner said (winner_then_quote_headline)
    rec = m.group("rec") if m.group("be") else _LABEL_COLON_RE.split(m.group("rec"))[0]
    found = explicit(m, rec, strict=not m.group("be"))
    return _per_category(found, m.group("pre"))


def _tier_first(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    if VERB_IN_RE.search(m.group("pre")):
        return None
    # 冠军被A与B以并列第一的好成绩收入囊中 (manner_after_agent): 以…成绩 is how they won, no name
    rec = _MANNER_TAIL_RE.sub("", m.group("rec"))
    found = explicit(m, rec)
    item = _ITEM_BEFORE_TIER_RE.fullmatch(_TOPIC_LEAD_RE.sub("", m.group("pre").strip()))
    if found is not None and found.category is None and item:
        found.category = item.group(0)  # 团队接力冠军则由A夺得 (item_before_tier): the item won
    return _per_category(found, m.group("pre"))


_TOPIC_LEAD_RE = re.compile(r"^(?:其中|另外|此外|而|最终|最后|同时)+|的$")
# an item of a sports programme, printed right before a tier it is the topic of
_ITEM_BEFORE_TIER_RE = re.compile(
    rf"[{lx.CJK}\d()×.]{{0,10}}?(?:接力|单打|双打|混双|男双|女双|全能|竞速|跳远|跳高|三级跳远|铅球|标枪|"
    r"铁饼|自由泳|蛙泳|仰泳|蝶泳|混合泳|\d+米(?:栏|跑)?)"
)


_MANNER_TAIL_RE = re.compile(
    r"以[^以,;]{1,16}?的?(?:好|优异|骄人|出色|绝对)?(?:成绩|战绩|佳绩|比分|优势|表现)$"
)


def _tier_list(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    if VERB_IN_RE.search(m.group("pre")):
        return None
    if lx.TIER_ANY_RE.match(m.group("rec").strip()):
        return None  # 冠军 亚军 季军 八强 (caption_tier_row): headings of a picture, nobody named
    found = explicit(m, m.group("rec"))
    return _per_category(found, m.group("pre"))


# 一等奖2名(张弘弢《W》、鲁晓峰《V》): a tier and its count, the winners in brackets after it
TIER_COUNT_NAMES_IN_BRACKETS = re.compile(
    rf"(?P<pre>.*?)(?P<tier>{lx.TIER})\s*{lx.NUM}\s*(?P<unit>名|人|个|项|件|篇|幅)\s*"
    r"[((](?P<rec>[^()()]{2,80})[))]"
)


_COUNT_IN_BRACKET_RE = re.compile(rf"{lx.NUM}\s*(?:余|多)?(?:名|人|家|件|个|项|所|支|篇|幅)")


def _tier_count_names_in_brackets(m: re.Match, c: str, carry: list[dict] | None) -> list[Found]:
    """特等奖1名(印为民《红土香》): a count of people (名/人) credits the singers, not their songs
    (tier_count_names_in_brackets). 一等奖1名(A)、二等奖2名(B、C): every tier of the clause with
    its own bracket (tier_counts_names_in_brackets_chained)."""
    if lx.MODAL_ANY_RE.search(m.group("pre")):
        return []
    out: list[Found] = []
    start = 0
    for one in TIER_COUNT_NAMES_IN_BRACKETS.finditer(c):
        pre = c[start : one.start("tier")]
        start = one.end()
        rec = one.group("rec")
        if _COUNT_IN_BRACKET_RE.search(lx.mask(rec)):
            continue  # 优秀指导老师4名(大陆地区3名,台湾地区1名) (count_breakdown_in_brackets): counts
        if one.group("unit") in ("名", "人"):
            rec = re.sub(r"《[^《》]*》", "", rec)
        recips = recipients(rec, strict=True)
        if not recips or len(recips) != len(split_items(rec)):
            continue  # a bracket whose names do not all read is left, not the others
        out.append(Found([one.group("tier")], recips, category_in(pre), one.start("tier")))
    return out


# 评比结果如下:一等奖(血透中心)、二等奖(内五科、急诊科): each tier with its winners in brackets
# 共获得银奖1项(君创餐饮刘凡莉,中式面点)、铜奖2项(…): a count between them, an item after a name
# 七月的肖像(一等奖)作者 江苏 胡宝河 / 《水墨新村》(水文化创意类一等奖) 作者:李远华: a picture's
# caption, its title, its prize (and class) in brackets, then 作者 and the author (work_caption)
_WORK_CAPTION_RE = re.compile(
    rf"(?P<work>《[^《》]{{1,30}}》|(?<![^\s])[{lx.CJK}]{{2,12}})\s*[((](?P<cat>[^()()]{{0,12}}?)"
    rf"(?P<tier>{lx.TIER})[))]\s*作者\s*[::]?\s*"
    rf"(?:(?:{lx.alt(lx.words('regions'))})\s+)?(?P<author>[{lx.CJK}](?:[{lx.CJK}]{{1,3}}|\s[{lx.CJK}])(?![{lx.CJK}]))"
)


def _work_captions(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """Every caption of the clause: the work holds the prize, its author the affiliation."""
    return [
        Found(
            [w.group("tier")],
            [{"name": w.group("work"), "kind": "work", "affiliation": w.group("author")}],
            w.group("cat") or None,
            w.start("tier"),
        )
        for w in _WORK_CAPTION_RE.finditer(c)
    ] or None


_TIER_COUNT = rf"(?:\s*{lx.NUM}\s*(?:名|项|个|人))?"
_TIER_BRACKETED = rf"{lx.TIER}{_TIER_COUNT}\s*[((][^()()]{{2,60}}[))]"
TIERS_WITH_BRACKETED_NAMES = re.compile(
    rf"(?P<pre>[^()()]{{0,40}}?(?:[::]|获得?|荣获))?"
    rf"(?P<items>{_TIER_BRACKETED}(?:[、,,;;\s]*{_TIER_BRACKETED})+)"
)
_TIER_BRACKETED_RE = re.compile(
    rf"(?P<tier>{lx.TIER}){_TIER_COUNT}\s*[((](?P<rec>[^()()]{{2,60}})[))]"
)
_NAME_COMMA_ITEM_RE = re.compile(r"(?P<who>[^,,]{2,20})[,,](?P<item>[^,,]{2,10})")


def _tiers_with_bracketed_names(m: re.Match, c: str, carry: list[dict] | None) -> list[Found]:
    """一等奖(血透中心)、二等奖(内五科、急诊科): two or more tiers, each followed by its winners in
    brackets (tiers_with_bracketed_names); every bracket must read as names, else nothing."""
    if m.group("pre") and lx.MODAL_ANY_RE.search(m.group("pre")):
        return []
    out = []
    for t in _TIER_BRACKETED_RE.finditer(m.group("items")):
        at = m.start("items") + t.start()
        for entry in re.split(r"[;;]", t.group("rec")):
            ni = _NAME_COMMA_ITEM_RE.fullmatch(entry.strip())
            who, item = (ni.group("who"), ni.group("item")) if ni else (entry, None)
            recips = recipients(who, strict=True)
            if not recips and (one := _unit_then_name(who)) is not None:
                recips = [one]  # 君创餐饮刘凡莉: a firm's short name, then the person
            if not recips or len(recips) != len(split_items(who)):
                return []
            out.append(Found(expand_tiers(t.group("tier")), recips, item, at))
    return out


def _places_range(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """获二至八的选手分别是A…G: one place each, in order (the ordinal distributor is `pair`)."""
    lo, hi = cn_int(m.group("lo")) or 0, cn_int(m.group("hi")) or 0
    if not 0 < lo < hi <= 10 or VERB_IN_RE.search(m.group("pre")):
        return None
    if lx.MODAL_ANY_RE.search(m.group("pre")):
        return []
    recips = recipients(lx.SPEECH_RE.sub("", m.group("rec")).strip(" :"), strict=False)
    tiers = [f"第{cn_numeral(i)}名" for i in range(lo, hi + 1)]
    if len(recips) not in (len(tiers), 2 * len(tiers)):
        return []  # names and places do not line up: nothing rather than a guess
    gap = m.group("gap") or ""
    cat = category_in(gap) or category_in(m.group("pre"))
    team = re.search(r"团体(?:总分)?$", gap)
    if team and not (cat and "团体" in cat):  # 荣获团体2至10名: the team prefix of a range too
        cat = (category_in(gap[: team.start()]) or "") + team.group(0)
    return [Found(tiers, recips, cat, m.start("range"))]


# a racket-sport event printed right after the winner's name (翁泓阳男单登顶, 贾一凡/张殊贤女双夺冠)
_NAME_THEN_DISCIPLINE_RE = re.compile(r"(?:男|女|混)(?:单|双|团)(?:项目)?$")


_AFTER_EARLIER_RE = re.compile(r"继[^,;继]{1,15}$")
_DEED_OBJECT_RE = re.compile(r"(?![了的后之并再而时者,;。!?、“])[\u4e00-\u9fff]")


def _result_verb(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """A一举夺魁 / 由A夺魁 / A击败B夺冠: the result word is the verb; the subject comes first."""
    pre = m.group("pre")
    beat = _BEAT_RE.search(pre)
    # A战胜上届冠军B女单折桂: 上届 describes the loser; only the winner's side is checked
    if lx.MODAL_ANY_RE.search(pre[: beat.start()] if beat else pre) or VERB_IN_RE.search(pre):
        return None
    if _DEED_OBJECT_RE.match(m.group("post")):
        return None  # 登顶泰山 / 夺冠热门: the verb has its own object, no result is stated
    if _AFTER_EARLIER_RE.search(pre) and re.match(r"之?后", m.group("post")):
        return None  # 继濮阳站夺冠之后(,再度夺冠): an earlier win, recalled
    by = re.search(r"由(?P<who>[^由]{2,30})$", pre)
    if by:
        seg = by.group("who")
    else:  # 最终陈武明队成功折桂 (lead_word_before_subject): the subject starts after 最终
        lead = lx.SEG_LEAD_RE.match(pre)
        cut = _LEAD_CUT_RE.search(pre, lead.end() if lead else 0)
        seg = pre[: cut.start()] if cut else pre
    subject, in_cat = clean_subject(seg)
    disc = _NAME_THEN_DISCIPLINE_RE.search(subject)
    if disc and disc.start() >= 2:  # 翁泓阳男单登顶 / A/B女双夺冠 (name_then_discipline)
        subject, in_cat = subject[: disc.start()], in_cat or disc.group(0)
    if not subject:
        if not carry:
            return None
        recips = [dict(r) for r in carry]
    else:
        recips = recipients(subject, strict=True)
    if not recips:
        return None
    tail_disc = _NAME_THEN_DISCIPLINE_RE.search(pre) if beat else None
    cat = (tail_disc.group(0) if tail_disc else None) or category_in(pre[len(seg) :]) or in_cat
    return [Found([m.group("tier")], recips, cat, m.start("tier"))]


# 施昀彤是青少年组一等奖得主 / 本次大赛一等奖得主刘占表示 (holder_of_tier): the holder of a prize,
# named before 是 or right after 得主 with what they said (上届/往届 holders are history)
HOLDER_OF_TIER = re.compile(
    rf"(?P<rec>[^是为,;]{{2,30}}?)(?:是|成为)(?:本次|本届|此次)?(?:比赛|大赛)?的?"
    rf"(?P<cat>[^,;的是]{{0,10}}?)(?P<tier>{lx.TIER})的?(?:得主|获得者)"
    rf"|(?P<pre>.*?)(?<!上届)(?<!往届)(?<!历届)(?P<tier2>{lx.TIER})(?:得主|获得者)"
    rf"(?P<rec2>{lx.PERSON_RE.pattern})(?:表示|说|介绍|坦言|谈到|告诉记者|感慨|笑着说)[^“]*(?:“.*)?",
    re.S,
)


# 他们分别为第一名曹任,第二名茆忠塘,第三名李卓恒 (place_then_name): a numbered place or prize
# glued to a person's name, a clause each; nothing else in the clause
PLACE_THEN_NAME = re.compile(
    r"(?P<pre>(?:他们|她们|获奖者|优胜者)?(?:分别|依次)?(?:为|是)?:?)"
    r"(?P<tier>第[一二三四五六七八九十\d]{1,2}名|[一二三四五六七八九十]等奖)"
    rf"(?P<rec>{lx.PERSON_RE.pattern}(?:、{lx.PERSON_RE.pattern})*)"
)


# 其中获得第一名的皇女玉同志自己…包了56个粽子 / 获得冠军的电气083 (winner_named_by_tier): the
# relative clause 获得TIER的 describes the named winner who is the subject of what follows
WINNER_NAMED_BY_TIER = re.compile(
    rf"(?P<pre>[^,;的是为]{{0,8}}?)(?:获得|荣获|夺得|摘得)了?(?P<gap>[^,;的]{{0,16}}?)(?P<tier>{lx.TIER})的"
    r"(?P<rec>[^,;的“《]{2,12}?)"
    r"(?P<post>(?:同志|同学|老师|选手|队员|小朋友)[^,;]*|(?:还是|也是|是|自己|却|说|表示|在|以|不仅|已|来自)[^,;]*|)"
)


# 获得一等奖的选手 / 班级 / 队伍: a word for the entrants describes the winners, it names nobody
_ENTRANT_NOUNS = frozenset(
    w for sec in ("people", "teams", "units") for w in lx.sections("participant_nouns")[sec]
)


def _winner_named_by_tier(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    pre = m.group("pre")
    if VERB_IN_RE.search(pre) or lx.MODAL_ANY_RE.search(c) or lx.MODAL_TAIL_RE.search(pre):
        return None  # A获得冠军的消息 / 将获得一等奖的选手: no winner named here
    recips = recipients(m.group("rec"), strict=True)
    if len(recips) != 1 or recips[0]["name"] in _ENTRANT_NOUNS:
        return None  # 获得一等奖的选手将… / 获得精神文明奖的班级: a description, nobody named
    cat = category_in(m.group("gap"))
    return [Found(expand_tiers(m.group("tier")), recips, cat, m.start("tier"))]


def _place_then_name(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    recips = recipients(m.group("rec"), strict=True)
    if not recips or any(r["kind"] != "person" for r in recips):
        return None
    return [Found(expand_tiers(m.group("tier")), recips, None, m.start("tier"))]


_EARLIER_HOLDER_RE = re.compile(r"去年|前年|上届|上一届|往届|历届|曾|此前")


def _every_item_named(rec: str) -> tuple[list[dict], str | None] | None:
    """(recipients, category) of a subject whose every item reads as a recipient; None when one
    does not, or when the subject is a plan (将/拟…)."""
    if lx.MODAL_ANY_RE.search(lx.mask(rec)):
        return None
    subject, in_cat = clean_subject(rec)
    recips = recipients(subject, strict=True) if subject else []
    if not recips or len(recips) != len(split_items(subject)):
        return None
    return recips, in_cat


def _holder_of_tier(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    head = m.group(0)[: m.start("tier2") if m.group("rec2") else m.start("tier")]
    if _EARLIER_HOLDER_RE.search(head):
        return []  # 大岭山中学机器人足球队是去年全国赛金牌得主: an earlier title, history
    if m.group("rec2"):
        pre = m.group("pre")
        if lx.MODAL_ANY_RE.search(lx.mask(pre)):
            return None
        recips = recipients(m.group("rec2"), strict=True)
        cat = category_in(pre)
        return (
            [Found(expand_tiers(m.group("tier2")), recips, cat, m.start("tier2"))]
            if recips
            else None
        )
    named = _every_item_named(m.group("rec"))
    if named is None:
        return None
    recips, in_cat = named
    cat = category_in(m.group("cat")) or in_cat
    return [Found(expand_tiers(m.group("tier")), recips, cat, m.start("tier"))]


# 李官村队为本次拔河比赛的冠军 / A是本次运动会冠军队伍 (holder_is_this_contests_tier): 为 or 是,
# then the tier of this contest (本次/本届 tells the result from an earlier title: 他是上届冠军)
_THIS_CONTEST_GAP = r"(?:本次|本届|本场|此次|这次)[^,;为是的、]{0,12}的?"
# 决出了A为冠军、B为亚军 (holders_are_tiers_chained): the selection verb before, a chain after
_HOLDER_IS_TIER = (
    rf"(?P<rec>[^为是、,;]{{2,60}}?|[^为,;]{{2,60}}?)(?:分别|均)?"
    rf"(?:为(?:{_THIS_CONTEST_GAP})?|是{_THIS_CONTEST_GAP})(?P<tier>{lx.TIERS})(?:队伍|得主)?"
)
RECIPIENT_IS_TIER = re.compile(
    rf"(?:(?P<pre>[^为,;]{{0,20}}?)(?:决出|评出|评选出|产生)了?)?{_HOLDER_IS_TIER}"
    rf"(?P<more>(?:、[^、为是,;]{{2,30}}?为{lx.TIER})*)"
)
_HOLDER_IS_TIER_RE = re.compile(_HOLDER_IS_TIER)


def _recipient_is_tier(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """白竺乡代表队为一等奖: the recipients, then 为 and the tier (、 and the next holder's)."""
    if m.group("pre") and lx.MODAL_ANY_RE.search(m.group("pre")):
        return None
    named = _every_item_named(m.group("rec"))
    if named is None:
        return None
    recips, in_cat = named
    found = [Found(expand_tiers(m.group("tier")), recips, in_cat, m.start("tier"))]
    at = m.start("more")
    for item in m.group("more").split("、")[1:]:
        im = _HOLDER_IS_TIER_RE.fullmatch(item)
        more = _every_item_named(im.group("rec")) if im else None
        if more is None:
            return None  # every link of the chain must be a holder and its tier
        found.append(Found(expand_tiers(im.group("tier")), more[0], more[1], at))
    return found


def _winners_with_tiers(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """分别是A冠军、B亚军、C季军: each item a recipient with its own tier after it."""
    if lx.MODAL_ANY_RE.search(m.group("pre")):
        return None
    found = []
    for item in split_items(m.group("items")):
        im = _NAME_THEN_TIER_RE.fullmatch(item)
        recips = recipients(im.group("rec"), strict=True) if im else []
        if len(recips) != 1:
            return None  # every item must be one name and its tier, or this is another shape
        found.append(Found([im.group("tier")], recips, None, m.start("items")))
    return found if len(found) >= 2 else None


_NAME_THEN_TIER_RE = re.compile(rf"(?P<rec>[^、]{{2,30}}?)(?P<tier>{lx.TIER})")


def _prize_giving_for(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    if lx.MODAL_ANY_RE.search(c):
        return None
    found = []
    items = [
        piece
        for item in split_items(m.group("items"))
        for piece in _CONJ_BEFORE_TIER_RE.split(item)  # …、季军C及第四名D: 及 opens the next item
    ]
    for item in items:
        im = _TIER_OF_NAME_RE.fullmatch(item)
        recips = recipients(im.group("rec"), strict=True) if im else []
        if len(recips) != 1:
            return None  # 为获奖选手颁奖 / 为获得一等奖的选手颁奖: nobody named
        found.append(Found(expand_tiers(im.group("tier")), recips, None, m.start("items")))
    return found or None


# 获得冠军的A / 冠军A (prize_giving_tier_then_name): the tier, then who took it
_TIER_OF_NAME_RE = re.compile(rf"(?:获得|荣获)?(?P<tier>{lx.TIER})的?(?P<rec>.{{2,30}})")
_CONJ_BEFORE_TIER_RE = re.compile(rf"(?:以及|及|和)(?={lx.TIER})")


def _tier_then_work(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    if not m.group("post") or lx.MODAL_ANY_RE.search(c) or VERB_IN_RE.search(m.group("post")):
        return None  # 一等奖作品《W》获得…: the verb after it decides (AWARD_AFTER_VERB)
    work = {"name": m.group("rec"), "kind": "work", "affiliation": None}
    return [Found(expand_tiers(m.group("tier")), [work], None, m.start("tier"))]


def _ba_pocketed(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """A将X冠军收入囊中 reads as A获得X冠军 (the same subject, gap and tier)."""
    return verb_award(f"{m.group('rec')}获得{m.group('gap')}{m.group('tier')}", carry) or None


def _selected_tier_then_names(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    if lx.MODAL_ANY_RE.search(c) or re.match(rf"\s*(?:{lx.NUM}|若干|多)", m.group("rec")):
        return None  # 将评出一等奖3名 / 评选出最佳作品奖42部: a count, nobody named
    rec = m.group("rec")
    recips = recipients(rec, strict=True)
    if not recips or len(recips) != len(split_items(rec)):
        return None
    return [Found(expand_tiers(m.group("tier")), recips, None, m.start("tier"))]


def _bronze_match_won(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    subject, cat = clean_subject(m.group("pre"))
    recips = recipients(subject, strict=True) if subject else []
    if len(recips) != 1 or lx.MODAL_ANY_RE.search(c):
        return None
    tier = "季军" if m.group("stage") == "季军" else "铜牌"
    return [Found([tier], recips, cat, m.start("stage"))]


def _item_tier_carried(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    """乙组的第六名 after A获得甲组第二名: the same winner's next group and place (item_tier_carried)."""
    item = m.group("item")
    if not carry or not lx.CAT_FULL_RE.fullmatch(item) or VERB_IN_RE.search(item):
        return None
    if any(r["kind"] != "person" for r in carry):
        return None  # a unit's further places are told with their own subject (芷江县…获…)
    cat = item
    return [Found([m.group("tier")], [dict(r) for r in carry], cat, m.start("tier"))]


def _after_verb(m: re.Match, c: str, carry: list[dict] | None) -> list[Found] | None:
    return verb_award(c, carry)


# 、 between two result clauses (…获得冠军、B获得亚军) separates them like a comma
# (军 only in 冠军/亚军…: 刘军、陈平分别获得 is a list of two names)
_CHAINED_RE = re.compile(
    # (团体荣获《成人流行组金奖》、由…改编的《W》获…: a tier closed by its quote or title mark too)
    # (名 only as a place's: 茂名、钦州 is a list of cities)
    rf"(?:(?<=[奖牌])|(?<=[一二三四五六七八九十\d]名)|(?<=[冠亚季殿]军)|(?<=[奖牌][》”])|(?<=[一二三四五六七八九十\d]名[》”])|(?<=[冠亚季殿]军[》”]))、(?=[^、,;]{{1,30}}?(?:{lx.V_ONE})"
    # …男子双打第一名、张明、朱成友荣获男子双打第二名: the next clause's subject is a short list
    rf"|(?:[^、,;]{{2,8}}、){{1,8}}[^、,;]{{2,30}}?(?:{lx.V_ONE})"
    # …11名老师获得二等奖、A、B、C16名老师获得三等奖: the next clause's subject is a counted list
    rf"|(?:[^、,;]{{1,12}}、){{1,40}}[^、,;]{{1,12}}?{lx.NUM}\s*(?:名|位|人|个|支)[^、,;]{{0,8}}?(?:{lx.V_ONE}))"
)


class Shape(NamedTuple):
    """One result-clause shape: the clause must fullmatch `pattern`; `handler` returns the results,
    [] for "this shape, but no result", or None for "not this shape after all: try the next row"."""

    shape: str
    pattern: re.Pattern
    handler: Callable[[re.Match, str, list[dict] | None], list[Found] | None]


# the rows are tried in order; the first that gives an answer (even []) decides the clause
SHAPES: tuple[Shape, ...] = (
    Shape(
        "WORK_CAPTION", re.compile(r".*?[))]\s*作者.*", re.S), _work_captions
    ),  # 《W》(一等奖)作者 A
    Shape("TIER_THEN_WINNERS_ARE", TIER_THEN_WINNERS_ARE, _winners_are),  # 获得一等奖的是A、B
    Shape("WINNERS_OF_TIER_ARE", WINNERS_OF_TIER_ARE, _winners_of_tier),  # 一等奖获得者为A
    Shape("TIER_WON_BY", TIER_WON_BY, _tier_first),  # 一等奖由A获得
    Shape("TIER_GOES_TO", TIER_GOES_TO, _tier_first),  # 一等奖花落A
    Shape("GIVEN_TO_THEN_TIER", GIVEN_TO_THEN_TIER, _tier_first),  # 对A和B颁发“最佳组织奖”
    Shape("CONFERRED_ON_THEN_TIER", CONFERRED_ON_THEN_TIER, _tier_first),  # 授予A“优秀组织奖”称号
    Shape("TIER_LABEL_LIST", TIER_LABEL_LIST, _tier_list),  # 一等奖(2名):A、B
    Shape("TIER_SPACE_LIST", TIER_SPACE_LIST, _tier_list),  # 一等奖 A B
    Shape("TIER_IS", TIER_IS, _tier_list),  # 冠军为A
    Shape("TIER_OF_ARE", TIER_OF_ARE, _tier_list),  # (荣获一等奖的是A;)二等奖的是B
    Shape("PLACES_RANGE_ARE", PLACES_RANGE_ARE, _places_range),  # 获二至八的选手分别是A…G
    Shape(  # 一等奖(血透中心)、二等奖(内五科、急诊科): each tier, its winners in brackets
        "TIERS_WITH_BRACKETED_NAMES",
        TIERS_WITH_BRACKETED_NAMES,
        _tiers_with_bracketed_names,
    ),
    Shape(  # 一等奖2名(A《W》、B《V》): the tier, its count, the winners in brackets
        "TIER_COUNT_NAMES_IN_BRACKETS",
        TIER_COUNT_NAMES_IN_BRACKETS,
        _tier_count_names_in_brackets,
    ),
    Shape(  # 他们分别是A冠军、B亚军、C季军: names each followed by their own tier
        "WINNERS_WITH_TIERS",
        re.compile(
            rf"(?P<pre>[^,;]{{0,20}}?)(?:分别|依次)(?:是|为):?"
            rf"(?P<items>[^、,;]{{2,30}}?{lx.TIER}(?:、[^、,;]{{2,30}}?{lx.TIER})+)"
        ),
        _winners_with_tiers,
    ),
    Shape(  # 获一等奖的《W》以…, / 二等奖作品《W》描绘…: the tier, then the winning work as the subject
        "TIER_THEN_WORK",
        re.compile(
            rf"(?P<pre>(?:获得?|荣获)?)(?P<tier>{lx.TIERS})(?:的|作品|获奖作品)+(?P<rec>《[^《》]+》)"
            r"(?!(?:和|与|及|、|等))(?P<post>.*)"
        ),
        _tier_then_work,
    ),
    Shape(  # 为获得冠军的A、亚军的B颁奖: the prize-giving names each winner with their tier
        "PRIZE_GIVING_FOR",
        re.compile(
            r"(?P<pre>[^为]*?)为(?:获得|荣获)?(?P<items>[^,;]{4,80}?)"
            r"(?:颁奖|颁发奖杯|颁发奖牌|颁发证书|颁发奖品|颁发荣誉证书)(?P<post>.*)"
        ),
        _prize_giving_for,
    ),
    Shape(  # A将X、Y及Z冠军收入囊中: the winner first, 将/把 and the tier, then the pocketing verb
        "WINNER_BA_TIER_POCKETED",
        re.compile(
            rf"(?P<rec>[^将把,;]{{2,60}}?|)(?:将|把)(?P<gap>[^,;]{{0,40}}?)(?P<tier>{lx.TIERS})"
            r"(?:奖牌|奖杯|金牌)?"  # 将…冠军奖牌收入囊中 (pocketed_trophy): the place's medal or cup
            r"(?:收入囊中|揽入怀中|收入怀中|纳入囊中|揽入囊中|收归囊中)"
        ),
        _ba_pocketed,
    ),
    Shape(  # 评委评出一等奖A,二等奖B: the selection verb, a tier, then its names with no colon
        # (评选结果为一等奖陈琼,二等奖…: the results announced as such read alike)
        "SELECTED_TIER_THEN_NAMES",
        re.compile(
            rf"(?P<pre>[^,;]{{0,30}}?)(?:评出|评选出|决出|结果(?:为|是))了?(?P<tier>{lx.TIER})(?P<rec>[^,;:]{{2,60}})"
        ),
        _selected_tier_then_names,
    ),
    Shape(  # A在季军争夺赛中战胜B: winning the bronze match is the third place
        "BRONZE_MATCH_WON",
        re.compile(
            r"(?P<pre>[^,;]{2,40}?)在?(?P<stage>季军|铜牌)(?:争夺赛|争夺战|决赛|赛)(?:中|上)?"
            r"(?:以[^,;]{1,20}?)?(?:战胜|击败|险胜|力克|打败|击退|逆转|大胜|完胜)了?[^,;]{2,30}"
        ),
        _bronze_match_won,
    ),
    Shape(  # 取得A、B两块金牌,C、D两块银牌和E一块铜牌的优异成绩: the verb's counted medals go on
        "COUNTED_ITEMS_CARRIED",
        re.compile(rf"(?:{_COUNTED_ITEMS_PART}(?:和|及|、)?)+(?:的[{lx.CJK}]{{0,3}}成绩)?"),
        _counted_items_carried,
    ),
    Shape(  # 王智辉获得甲组第二名,乙组第六名: a group and its place alone, the winner carried over
        "ITEM_TIER_CARRIED",
        re.compile(rf"(?P<item>[{lx.CJK}A-Za-z\d×]{{2,14}}?)的?(?P<tier>{lx.TIER})"),
        _item_tier_carried,
    ),
    Shape("HOLDER_OF_TIER", HOLDER_OF_TIER, _holder_of_tier),  # A是一等奖得主 / 一等奖得主A表示
    Shape("PLACE_THEN_NAME", PLACE_THEN_NAME, _place_then_name),  # 分别为第一名曹任,第二名茆忠塘
    Shape(  # 获得第一名的皇女玉同志自己…: the tier's relative clause, then the named winner
        "WINNER_NAMED_BY_TIER", WINNER_NAMED_BY_TIER, _winner_named_by_tier
    ),
    Shape("AWARD_AFTER_VERB", re.compile(rf".*?(?:{lx.V_SPREAD}|{lx.V_ONE}).*", re.S), _after_verb),
    Shape("RECIPIENT_IS_TIER", RECIPIENT_IS_TIER, _recipient_is_tier),  # 白竺乡代表队为一等奖
    Shape(  # 由A夺魁 / A一举夺冠: no tier noun, the result word is the verb
        "RESULT_WORD_VERB",
        re.compile(
            rf"(?P<pre>.+?)(?:一举|成功|最终|再次|再度|勇夺|顺利)?(?P<tier>{lx.alt(lx.RESULT_VERBS)})(?!军)"
            r"(?P<post>[^,;]{0,12})"
        ),
        _result_verb,
    ),
)
SHAPE_NAMES = frozenset(s.shape for s in SHAPES)
# words a row's pattern cannot match without (one of each group): a substring test skips the
# costly fullmatch of the clause (the tier alternation at every position) when one is missing
_ROW_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "WORK_CAPTION": (("作者",), (")", ")")),
    "TIER_THEN_WINNERS_ARE": (
        ("获", "夺得", "摘得", "斩获", "摘取", "取得", "排名", "位列", "名列"),
        ("是", "有", "为", "包括", ":"),
    ),
    "WINNERS_OF_TIER_ARE": (("获得者", "得主", "获奖者", "获奖单位", "获奖作品", "获奖选手"),),
    "TIER_WON_BY": (
        ("由", "被", "为"),
        ("获", "得", "收入", "揽入", "摘取", "夺取", "包揽", "拿下", "捧走", "夺魁", "夺冠"),
    ),
    "TIER_GOES_TO": (("花落", "归属", "属于", "颁发给", "颁给", "授予"),),
    "GIVEN_TO_THEN_TIER": (("对", "向"), ("颁发",)),
    "CONFERRED_ON_THEN_TIER": (("授予",),),
    "WINNER_BA_TIER_POCKETED": (("将", "把"), ("囊中", "怀中")),
    "TIER_LABEL_LIST": ((":",),),
    "TIER_IS": (("为", "是", "分别有"),),
    "TIER_OF_ARE": (("的",), ("是", "有", "为", "包括")),
    "PLACES_RANGE_ARE": (("分别", "依次"),),
    "TIER_COUNT_NAMES_IN_BRACKETS": (("(", "("),),
    "TIERS_WITH_BRACKETED_NAMES": (("(", "("),),
    "WINNER_NAMED_BY_TIER": (("获得", "荣获", "夺得", "摘得"), ("的",)),
}


# A以团体总分第一名的优异成绩(,…): the tier is stated as the achievement the subject came with
_TIER_AS_ACHIEVEMENT_RE = re.compile(
    rf"(?P<pre>.+?)以(?P<gap>[^以,;]{{0,12}}?)(?P<tier>{lx.TIERS})的(?:优异|骄人|好|优秀)?(?:成绩|佳绩|战绩)$"
)


def tier_as_achievement(c: str) -> list[Found]:
    m = _TIER_AS_ACHIEVEMENT_RE.fullmatch(c)
    if not m or lx.MODAL_ANY_RE.search(m.group("pre")):
        return []
    subject, in_cat = clean_subject(m.group("pre"))
    recips = recipients(subject, strict=True) if subject else []
    if not recips or len(recips) != len(split_items(subject)):
        return []
    tiers = expand_tiers(m.group("tier"))
    return [Found(tiers, recips, category_in(m.group("gap")) or in_cat, m.start("tier"))]


# 开放教育学院获得第一名、经济管理系第二名、电子与信息技术系第三名 (gapped_places): the verb of
# the first place is left out of the places after it, each a name and its place
_GAPPED_PLACES_RE = re.compile(
    rf"(?P<head>.+?(?:{lx.V_SPREAD}|{lx.V_ONE})[^、,;]{{0,12}}?{lx.TIER})"
    rf"(?P<rest>(?:、[^、,;:]{{2,30}}?{lx.TIER})+)"
)
_LEVEL_WORD_RE = re.compile(
    r"全[国省市区县州镇校院]|(?:国家|省|市|县|区)级|(?:国|省|市)赛|^(?:为|是|并|也|还|则|即)"
)
_NAME_PLACE_RE = re.compile(rf"(?P<rec>[^、,;:]{{2,30}}?)(?P<tier>{lx.TIER})")


def gapped_places(rest: str, offset: int) -> list[Found] | None:
    """、B第二名、C第三名: one name and one ranked place each, or None."""
    out: list[Found] = []
    pos = offset
    for piece in rest.split("、")[1:]:
        pos += 1
        m = _NAME_PLACE_RE.fullmatch(piece)
        if not m or tier_rank(m.group("tier")) is None or VERB_IN_RE.search(m.group("rec")):
            return None
        if _LEVEL_WORD_RE.search(m.group("rec")):
            return None  # 夺得国赛一等奖、全国第二名: the level of the same holder's place
        recips = recipients(m.group("rec"), strict=True)
        if len(recips) != 1 or len(split_items(m.group("rec"))) != 1:
            return None
        out.append(Found([m.group("tier")], recips, None, pos + m.start("tier")))
        pos += len(piece)
    return out


# 被(大赛)组委会 / 被市体育局 before 授予 / 评为: the body that conferred the prize
_PASSIVE_AGENT_RE = re.compile(
    rf"被[{lx.CJK}]{{0,10}}?(?:组委会|委员会|评委会|评审委员会|大会|主办方|主办单位|评委|"
    rf"{lx.alt(lx.words('org_endings'))})(?=授予|评为|评选为|命名为)"
)


def clause_awards(
    c: str, carry: list[dict] | None = None, trace: list[str] | None = None
) -> list[Found]:
    """The results stated in one clause: the first row of SHAPES that fits decides.

    `trace`, when given, receives the name of the deciding shape (tests name their cases by it).
    """
    if "被" in c:
        # A被大赛组委会授予“优秀运动员”称号 (passive_with_agent): who conferred it is no part of
        # the result; the clause reads as A被授予…
        c = _PASSIVE_AGENT_RE.sub("被", c)
    parts = _CHAINED_RE.split(c)
    if len(parts) > 1:  # A获得冠军、B获得亚军: each clause its own result
        return [f for part in parts for f in clause_awards(part, carry, trace)]
    gm = _GAPPED_PLACES_RE.fullmatch(c) if "、" in c else None
    if gm:
        head = clause_awards(gm.group("head"), carry, trace)
        rest = gapped_places(gm.group("rest"), gm.start("rest"))
        if rest and len(head) == 1 and len(head[0].tiers) == 1 and tier_rank(head[0].tiers[0]):
            return head + rest
    for row in SHAPES:
        needs = _ROW_NEEDS.get(row.shape)
        if needs and not all(any(w in c for w in group) for group in needs):
            continue
        m = row.pattern.fullmatch(c)
        if m is None:
            continue
        found = row.handler(m, c, carry)
        if found is not None:
            if trace is not None and found:
                trace.append(row.shape)
            return _own_groups(found)
    return []


# 男子组的矿产院分会和女子组的天良集团公司获得冠军 (group_of_each_winner): each winner's own group
# printed before it with 的 is the category of that winner's award, no part of the name
_OWN_GROUP_RE = re.compile(rf"(?P<cat>{lx.CAT})的(?P<name>[^的]{{2,30}})")


def _own_groups(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        own = [_OWN_GROUP_RE.fullmatch(r["name"]) for r in f.recipients]
        if not own or not all(own) or len(f.tiers) != 1:
            out.append(f)
            continue
        for r, g in zip(f.recipients, own, strict=True):
            out.append(Found(f.tiers, [{**r, "name": g.group("name")}], g.group("cat"), f.pos))
    return out


# where the subject of a clause ends: a verb, a preposition or an adverb of the predicate
_LEAD_CUT_RE = lx.gated(
    rf"{lx.V_SPREAD}|{lx.V_ONE}|以(?!及){lx.YI_IN_NAME}|在|(?<!、)(?<!选手)(?<!队员)(?<!同学)(?<!老师)(?<!名将)于|按照?|根据|依据|凭借|"
    r"(?:同|共|均|各)?积\s*\d+(?:\.\d+)?分|"  # A、B、C同积7分 (equal_score_predicate): a score is said of them
    rf"凭|派出|选派|选送|报送|推送|发挥|表现|展现出?|代表(?!队|团)|参加|参与|经过|通过|战胜|击败|力克|险胜|反超|超越|"
    r"大胜|完胜|战平|击退|淘汰|不敌|负于|迎战|对阵|游出|跑出|跳出|打出|连胜|连续|(?<![-—–\d])(?:[一二三四五六七八九十两]|\d+)战|历经|从|脱颖而出|突出重围|突围而出|披荆斩棘|技压群雄|技压群芳|力克群雄|"
    r"\d+\s*[:比]\s*\d+|技高一筹|略胜一筹|力胜一筹|棋高一着|爆冷|惜败|惜负|笑到了?最后|力压|过关斩将|"
    r"(?:演唱|表演|演奏|带来|带去|献上|献唱|呈现)了|"  # A演唱了《W》: the performer is the subject
    r"继(?=[^,;]{1,15}?之?后)|"  # A继濮阳站夺冠之后: A is the subject of what follows
    # (共同完成的成果《W》: 共同 inside a relative clause of the subject cuts nothing)
    r"共(?!同[\u4e00-\u9fff]{1,4}的)|先后|首次|再次|又|还|也|则|却|(?<!平)(?<!^)(?<!^[\u4e00-\u9fff]{2})均|都|(?<![老名小女主大武])将|曾(?=经|获|荣|在|多|两|三|连|先|参|代|入|担|是|为|夺|取|于|被|与|和|带|率|以|作)|最终|全程|一路|顶住|继续|成功|凭着|"
    r"抓住|把握|拉开|稳住|确立|扩大|掌控|调整|进入|闯入|杀入|挺进|晋级|会师|"  # 樊振东抓住机会,…,夺得冠军: match narrative verbs
    # A和B紧随其后 / A与B,…,并列获得亚军 (close_behind_or_tied): the names end there
    r"紧随其后|并列(?=获|夺|荣|排|位|名|第)|"
    r"不负众望|众望所归|力压群雄|一路领先|再创辉煌|再创佳绩|"  # 我院不负众望,…,最终荣获: A is the subject
    # A奋勇拼搏,以…夺得三等奖 / A积极组队参赛,…,获得团体第五名 (effort_then_result): how A played
    r"(?:奋勇|顽强|奋力|勇于|团结|全力|努力)拼搏|积极(?:组队|参赛|备战|应战)|组队参赛|齐心协力|敢打敢拼|不畏强手|"
    # 我校工会率队参加了本次比赛并获得三等奖 (led_team_entered): the one who led its team in is the subject
    r"(?:率|带|领)队(?=参加|参赛|参与|出征|征战|角逐|赴|前往)"
)


PREDICATE_RE = _LEAD_CUT_RE  # where a clause's predicate starts (used to tell name-only clauses)
# a clause opening like this (决赛中, 比赛最后阶段) is a stage, not a new subject
_STAGE_LEAD_RE = re.compile(r"(?:赛|中|上|后|时|里|期间|阶段|现场|最后|最终|当天|当晚)$")


# 以程观领衔的崇川区队… (led_by_then_team): the team after 的 is the subject, not a manner
_LED_BY_LEAD_RE = re.compile(r"^以[^,;以]{1,20}?(?:为首|领衔|带领|率领|挂帅|组成|牵头)的")


def lead_subject(c: str) -> tuple[bool, list[dict] | None]:
    """(has a subject, its recipients) for the noun phrase opening clause c, if any."""
    c = _LED_BY_LEAD_RE.sub("", lx.SEG_LEAD_RE.sub("", c.strip()))
    m = _LEAD_CUT_RE.search(lx.mask(c))  # 《星星在闪烁》: a title's 在 is no predicate
    while m and m.group(0) in ("选送", "报送", "推送") and c.startswith("的", m.end()):
        # 由A报送的男子群舞《奇妙之旅》以全场最高分 (sent_piece_is_subject): the piece sent is the
        # subject, not its sender
        m = _LEAD_CUT_RE.search(lx.mask(c), m.end())
    if m is None:
        ri = _ROLE_THEN_ITEM_RE.fullmatch(c)
        if ri:  # 王智辉老师投掷实心球类比赛,分别获得…: the teacher is the next clauses' subject
            who = recipients(ri.group("who"), strict=True)
            return (True, who) if len(who) == 1 and who[0]["kind"] == "person" else (False, None)
        return False, None  # no predicate: an adverbial clause (最终, 决赛中)
    lead = lx.SEG_TRAIL_RE.sub("", c[: m.start()].strip())  # A及B分别 / 绍兴文理学院178分
    if ":" in lead:  # 喜讯:我院繁星合唱团表现突出: the label before the colon is no subject
        lead = _LABEL_COLON_RE.split(lead)[-1].strip()
    lead = _SCORE_WORD_TAIL_RE.sub("", lead) or lead  # A点球5:4: the score belongs to A
    # 汽车工程学院队41-26完胜B (hyphen_score_after_subject): the score belongs to A, as 4:2 does
    lead = _HYPHEN_SCORE_TAIL_RE.sub("", lead) or lead
    if not lead or _STAGE_LEAD_RE.search(lead) or lx.CAT_FULL_RE.fullmatch(lead):
        return False, None
    if lead.endswith("的"):
        return False, None  # 出人预料的战胜了…: an adverbial, the subject is still the earlier one
    if _QUALITY_LEAD_RE.search(lead):
        return False, None  # 以精湛的技术,高超的水平脱颖而出: the manner goes on, no new subject
    if _NO_SUBJECT_LEAD_RE.fullmatch(lead):
        return False, None  # A点球5:4,总比分6:5战胜B,获得冠军: a score or an adverb, A goes on
    if lx.MODAL_ANY_RE.search(c):
        return True, None
    items = split_items(lead)
    recips = recipients(lead, strict=True)
    if len(recips) < len(items) and len(items) >= 2 and _EPITHET_RE.search(items[0]):
        # 赛会头号种子、澳大利亚选手A: epithets in apposition before the one named
        last = recipients(items[-1], strict=True)
        if len(last) == 1 and last[0]["kind"] == "person" and last[0]["affiliation"]:
            return True, last
    if not recips or (len(recips) != len(items) and not shared_team(lead)):
        return True, None
    return True, recips


_LABEL_COLON_RE = re.compile(r"(?<!\d):(?!\d)")
_QUALITY_LEAD_RE = re.compile(rf"的(?:{lx.alt(lx.words('quality_nouns'))})$")
# a score (总比分6:5) or a manner word (爆冷) opening a clause is no new subject (score_keeps_subject)
_NO_SUBJECT_LEAD_RE = re.compile(
    r"(?:总比分|大比分|比分|点球|局分|总分)(?:\s*\d+\s*[:比∶]\s*\d+)?|\d+\s*[:比∶]\s*\d+"
    # 6-2战胜B / 7-6(5)获得了胜利 (hyphen_set_score): a set score with a hyphen, a tiebreak after it
    r"|\d{1,2}\s*[-—–]\s*\d{1,2}(?:\(\d{1,2}\))?(?:[、,]\d{1,2}\s*[-—–]\s*\d{1,2}(?:\(\d{1,2}\))?)*"
    r"|爆冷|意外|惊险|逆转|又一次|再一次|一举|同时|随后|紧接着|接着"  # 同时游出…的成绩: A goes on
)
_HYPHEN_SCORE_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![-—–\d])\d{1,3}\s*[-—–]\s*\d{1,3}$")
_SCORE_WORD_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:点球|总比分|大比分|比分)$")
_EPITHET_RE = re.compile(r"(?:种子|卫冕冠军|东道主|名将|新星|老将|选手|队长)$")


# a ranking list: 最终排名是:冠军A(湛江),亚军B(广州),季军C、D
RANK_ITEM_RE = re.compile(rf"(?:(?P<pre>[^:]*):)?(?P<tier>{lx.TIERS})(?P<rec>[^:]+)")


_RANK_PRE_NOISE_RE = re.compile(
    r"(?:的)?(?:比赛|决赛|项目)?(?:的)?(?:最终|最后)?(?:排名|结果|成绩|名次|获奖名单|获奖情况|前[二三四五六七八九十]名)"
    r"(?:揭晓|出炉|公布|如下)?(?:依次|分别)?(?:是|为|如下)?$"
)


def rank_item(c: str, listing: bool, next_clause: str | None) -> Found | None:
    """`冠军A(湛江)` inside a ranking list (after `…排名是:` or next to another such item)."""
    m = RANK_ITEM_RE.fullmatch(c)
    if not m or VERB_IN_RE.search(m.group("rec")):
        return None
    pre = m.group("pre")
    if pre is not None:
        if lx.MODAL_ANY_RE.search(pre) or not _RANK_PRE_NOISE_RE.search(pre):
            return None
    elif not listing:
        nxt = RANK_ITEM_RE.fullmatch(next_clause.strip()) if next_clause else None
        if not nxt or nxt.group("pre") is not None:
            return None
    rec = m.group("rec").strip()
    recips = recipients(rec, strict=True)
    if not recips or len(recips) != len(split_items(rec)):
        return None
    cat = category_in(_RANK_PRE_NOISE_RE.sub("", pre)) if pre else None
    return Found(expand_tiers(m.group("tier")), recips, cat, m.start("tier"))


# 健康和社会照护项目冠军闵思达 / 儿童画作品一等奖乔恒岳: an item, its prize, the holder (caption_line)
_CAPTION_LINE_RE = re.compile(
    rf"(?P<pre>[{lx.CJK}]{{0,12}}?)(?P<tier>{lx.TIER})(?:作品|获得者|得主)?(?P<rec>[{lx.CJK}]{{2,12}})"
)


def caption_line(c: str) -> list[Found]:
    """A picture's caption or a line of its own naming an item's prize and its holder: one
    person or team only, read as a name with no predicate in it."""
    m = _CAPTION_LINE_RE.fullmatch(c.strip(" 。"))
    if not m or VERB_IN_RE.search(c) or lx.MODAL_ANY_RE.search(c):
        return []
    recips = recipients(m.group("rec"), strict=True)
    if len(recips) != 1 or recips[0]["kind"] not in ("person", "team"):
        return []
    return [Found([m.group("tier")], recips, category_in(m.group("pre")), m.start("tier"))]


def rank_items_joined(c: str) -> list[Found]:
    """亚军卢达谦、季军郑松基: tier-name items joined by 、, each its own place (rank_items_joined)."""
    parts = c.split("、")
    if len(parts) < 2 or not all(lx.TIER_RE.match(p.strip()) for p in parts):
        return []
    out: list[Found] = []
    at = 0
    for p in parts:
        m = RANK_ITEM_RE.fullmatch(p.strip())
        if not m or m.group("pre") is not None or VERB_IN_RE.search(m.group("rec")):
            return []
        recips = recipients(m.group("rec").strip(), strict=True)
        if len(recips) != 1:
            return []
        out.append(Found(expand_tiers(m.group("tier")), recips, None, at + m.start("tier")))
        at += len(p) + 1
    return out


def pair(found: Found) -> list[tuple[str, list[dict]]]:
    """Tiers x recipients: one tier for all, one each in order, or all tiers for one recipient."""
    tiers, recips = found.tiers, found.recipients
    if len(tiers) == 1:
        return [(tiers[0], recips)]
    if len(recips) == len(tiers):
        return [(t, [r]) for t, r in zip(tiers, recips, strict=True)]
    if len(recips) == 2 * len(tiers) and all(r["kind"] == "person" for r in recips):
        # A和B、C和D分获冠、亚军: doubles pairs, two names to each place
        return [(t, recips[2 * i : 2 * i + 2]) for i, t in enumerate(tiers)]
    if len(recips) == 1:
        medals = all(t.endswith("牌") for t in tiers) and recips[0]["kind"] == "person"
        if sum(tier_rank(t) is not None for t in tiers) >= 2 and not medals:
            return []  # 附中附小荣获团体总分前三名: one winner cannot hold three places
        # 刘昱均…分别斩获金牌、铜牌 (one_athlete_several_medals): medals of several events
        return [(t, recips) for t in tiers]
    return []
