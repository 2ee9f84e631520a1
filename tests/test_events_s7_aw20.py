"""dev20 pass (seventh session, aw20): miss families of real-dev20 checked over all tuned sets; one
named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d6d-031 / d20-085 / b9-072: a rare surname (候, 幺, 盘) still opens a person's name
    # (rare_surname)
    "rare_surname": (
        "全县职工技能比赛落幕。电工工种的第二名、第三名分别被二公司的候振涛、一公司的张盛宏获得。",
        [("第二名", "候振涛", "二公司"), ("第三名", "张盛宏", "一公司")],
    ),
    # d20-038 / d20-040: pairs of persons marked 组合 inside a longer list are each their two players
    # (pairs_in_a_list; a lone 王文宝组合 stays one team, b5a-007)
    "pairs_in_a_list": (
        "全县扑克比赛落幕。最终赵晓云、李正祥组合与丁宗海、孙爱军组合获得本届比赛的一等奖,"
        "王文宝组合获得二等奖。",
        [
            ("一等奖", "赵晓云", None),
            ("一等奖", "李正祥", None),
            ("一等奖", "丁宗海", None),
            ("一等奖", "孙爱军", None),
            ("二等奖", "王文宝组合", None),
        ],
    ),
    # d20-061 / d19-046: after a place and its 的 (or 来自 a unit and 的), a short run is a person even
    # with no Han surname (place_of_person_any_name)
    "place_of_person_any_name": (
        "赛马大会落幕。经过激烈角逐,最终来自道孚县的多吉获得冠军,丹巴县高顶村的丹巴泽郎获得亚军。",
        [("冠军", "多吉", "道孚县"), ("亚军", "丹巴泽郎", "丹巴县高顶村")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
