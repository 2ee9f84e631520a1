"""Result clauses that no shape row read (seventh session, noshape): the subject before a result
verb is a unit with no usual unit ending, or a trade, then the person; one named shape per row,
a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d19-030: a bus firm's short name (西部公交) is a unit before a person (unit_head_before_person)
    "unit_head_before_person": (
        "职工技能大赛落幕。南部公交余平、两江公交付涛获得二等奖。",
        [("二等奖", "余平", "南部公交"), ("二等奖", "付涛", "两江公交")],
    ),
    # d20-050 / d17-002: a troupe (文工团) or a railway section (段) is the person's unit
    "troupe_or_section_before_person": (
        "文艺汇演落幕。固原县文工团梁俊玲获得独唱一等奖。",
        [("一等奖", "梁俊玲", "固原县文工团")],
    ),
    # b8-043 / b9-059: a resident or a trade (居民, 化妆师) between the unit and the person
    # (trade_before_person)
    "trade_before_person": (
        "职工技能大赛落幕。最后社区居民吴子虎获得了一等奖。",
        [("一等奖", "吴子虎", "社区")],
    ),
    # d19-080: 是 and the tier of this contest (本次), the holder first (holder_is_this_contests_tier);
    # an earlier title (他是上届冠军) is no result
    "holder_is_this_contests_tier": (
        "职工运动会落幕。邮储银行乐东支行是本次运动会冠军队伍。他是上届冠军。",
        [("冠军", "邮储银行乐东支行", None)],
    ),
    # b9-001 / d16-013: the selection verb, then holder 为 tier, chained by 、
    # (holders_are_tiers_chained)
    "holders_are_tiers_chained": (
        "拔河比赛落幕。最终决出了李官村队为本次拔河比赛的冠军、矿洞山村队为亚军、杏树村队为季军。",
        [("冠军", "李官村队", None), ("亚军", "矿洞山村队", None), ("季军", "杏树村队", None)],
    ),
    # d11-019 / d18-029: the holders' noun 者, or an order adverb (依序) before 是, then the
    # places in order (in_order_are)
    "in_order_are": (
        "跆拳道锦标赛落幕。获得国男组团体前三名依序是台中县大甲跆委会队、马公国中队、澎湖跆训队。",
        [
            ("第一名", "台中县大甲跆委会队", None),
            ("第二名", "马公国中队", None),
            ("第三名", "澎湖跆训队", None),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
