"""Tiers: the rank of a printed tier, spread lists expanded, team prizes split."""

from __future__ import annotations

import re
from functools import lru_cache

from yunmei.events import lexicon as lx
from yunmei.events.text import cn_int

RANK_WORDS = {
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
    "冠军杯": 1,  # the trophy of a place (荣获冠军杯)
    "亚军杯": 2,
    "季军杯": 3,
}


@lru_cache(maxsize=4096)  # few distinct tiers, asked for again and again per article
def tier_rank(tier: str) -> int | None:
    """0 for 特等奖, 1 for first/gold/champion, N for 第N名 / N等奖, None for unranked prizes."""
    t = re.sub(r"^(?:团体)?(?:总分|总(?=[冠亚季殿]军))?", "", tier)
    if t in ("特等奖", "特金奖"):  # 特金奖: the prize above gold, as 特等奖 is above 一等奖
        return 0
    if t in RANK_WORDS:
        return RANK_WORDS[t]
    if t in lx.RESULT_NOUNS:
        return lx.RESULT_NOUNS[t]
    if t in lx.RESULT_VERBS:
        return lx.RESULT_VERBS[t]
    if re.fullmatch(r"[壹贰叁]等奖", t):  # 叁等奖: the formal numerals (大写)
        return "壹贰叁".index(t[0]) + 1
    m = re.fullmatch(r"([一二三四五六七八九十\d]+)等奖", t) or re.fullmatch(
        r"第([一二三四五六七八九十\d]+)名?", t
    )
    if m:
        return cn_int(m.group(1))
    # 银剪刀奖 / 银话筒: as 银奖
    medal = re.fullmatch(rf"([金银铜])(?:[\u4e00-\u9fff]{{1,2}}奖|(?:{lx.MEDAL_OBJECTS})奖?)", t)
    if medal:
        return RANK_WORDS[medal.group(1) + "奖"]
    named = _NAMED_RANKED_RE.search(t)  # “金厨金奖” / “组织特等奖”: a named prize of a ranked tier
    return tier_rank(named.group(0)) if named and len(t) <= 12 else None


_NAMED_RANKED_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:特等奖|[一二三四五六七八九]等奖|[金银铜]奖)$"
)


def cn_numeral(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


_READ_IN_CONTEXT_RE = re.compile(
    r"第[一二三四五六七八九十]|[冠亚季]军杯|[金银铜]牌(?:导游员?|讲师|讲解员|教练员?|主持人|工匠)"
    r"|(?:优秀|最佳|十佳|最美)[\u4e00-\u9fff]{1,6}"
)


def expand_tiers(s: str) -> list[str]:
    """A printed tier list -> the tiers it stands for ('一、二、三等奖' -> 一等奖, 二等奖, 三等奖)."""
    if lx.TIER_RE.fullmatch(s) or _READ_IN_CONTEXT_RE.fullmatch(s) or _title(s):
        return [s]  # 位居第二 / 荣获冠军杯 / 金牌导游员 / “优秀运动员”: tiers read only in context
    m = lx.TEAM_PREFIX_RE.fullmatch(s)
    if m:  # 团体二等奖、三等奖 -> 团体二等奖, 团体三等奖
        team = m.group("team")
        return [t if t.startswith("团体") else team + t for t in expand_tiers(m.group("tier"))]
    m = re.fullmatch(r"([一二三四五六七八九十、和及与]+)等奖", s)
    if m:
        return [f"{c}等奖" for c in m.group(1) if c in lx.NUM_CN]
    m = re.fullmatch(r"冠(?:、|和)?亚(?:(?:、|和)?(季))?军", s)
    if m:
        return ["冠军", "亚军"] + (["季军"] if m.group(1) else [])
    if re.fullmatch(r"亚(?:、|和)?季军", s):
        return ["亚军", "季军"]
    m = re.fullmatch(rf"([金银铜、和]+)([牌奖]|(?:{lx.MEDAL_OBJECTS})奖?)", s)
    if m:  # 金、银、铜牌 / 金、银、铜话筒: one prize of the object per band
        return [c + m.group(2) for c in m.group(1) if c in "金银铜"]
    m = re.fullmatch(
        r"前?([二三四五六七八九十\d])(?:名|位|甲)?"
        if s == "三甲"
        else r"前([二三四五六七八九十\d])(?:名|位|甲)?",
        s,
    )
    if m:
        n = cn_int(m.group(1)) or 0
        return [f"第{cn_numeral(i)}名" for i in range(1, min(n, 10) + 1)]
    if re.fullmatch(r"第[一二三四五六七八九十](?:(?:、|和|及)第[一二三四五六七八九十])+", s):
        return re.findall(r"第[一二三四五六七八九十]", s)  # 第三、第四和第五: each as printed
    # 分列二三位 / 分列四至六位 / 分获三至八: places, as 二三名 / 四至六名 / 三至八名
    s = re.sub(r"^(第?[一二三四五六七八九](?:至|到)?第?[一二三四五六七八九十])位$", r"\1名", s)
    s = re.sub(r"^(第?[一二三四五六七八九](?:至|到)第?[二三四五六七八九十])$", r"\1名", s)
    # 分列第二、第三位 / 分列二、三位: the same places with a list mark
    s = re.sub(
        r"^(第?[一二三四五六七八九](?:(?:、|和|及)第?[一二三四五六七八九十])+)位$", r"\1名", s
    )
    m = re.fullmatch(r"第?(.+)名", s)
    if m and not lx.TIER_RE.search(m.group(1)):
        nums = re.findall(r"[一二三四五六七八九十]|\d+", m.group(1)) if "第" not in s else None
        nums = nums or re.findall(r"[一二三四五六七八九十\d]+", m.group(1))
        if not s.startswith("第"):  # 五、六名 / 4-6名: places in Chinese numerals, as labelled
            nums = [cn_numeral(cn_int(n) or 0) for n in nums]
        if re.search(r"至|到|-|—|~", m.group(1)) and len(nums) == 2:
            lo, hi = cn_int(nums[0]) or 0, cn_int(nums[1]) or 0
            if 0 < lo < hi <= 10:
                return [f"第{cn_numeral(i)}名" for i in range(lo, hi + 1)]
            if 0 < lo < hi:  # A等选手分获第1名至第20名: a long range names only its leader's place
                return [f"第{nums[0]}名"]
        return [f"第{n}名" for n in nums]
    parts = re.split(r"以及|、|和|及|与", s)
    if len(parts) > 1 and all(
        lx.TIER_RE.fullmatch(p) or _title(p) or _READ_IN_CONTEXT_RE.fullmatch(p) for p in parts
    ):
        return parts  # 爬坡王和最佳亚洲车手: a title read in context, listed with another tier
    return [t.group(0) for t in lx.TIER_RE.finditer(s)]


def _title(s: str) -> bool:
    """An honour title (技术标兵, 爬坡王): a tier read only in context, whole when it reaches here."""
    return len(s) <= 10 and bool(lx.HONOUR_TITLE_RE.fullmatch(s))


def team_tier(tier: str, category: str | None) -> tuple[str, str | None]:
    """A team prize is its tier in category 团体: (团体一等奖, 高中组) -> (一等奖, 高中组团体)."""
    m = lx.TEAM_PREFIX_RE.fullmatch(tier)
    if not m or tier_rank(m.group("tier")) is None:
        return tier, category
    if category and "团体" in category:
        return m.group("tier"), category
    return m.group("tier"), (category or "") + m.group("team")
