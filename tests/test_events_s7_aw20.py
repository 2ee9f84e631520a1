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
    # d17-048 / d20-079: a tier-first row's list goes on, one name a line, under the same tier until a
    # line with a tier of its own (tier_row_continued)
    "tier_row_continued": (
        "护理技能大赛圆满结束。\n获奖名单\n一等奖 21级高助3班黄金梅\n21级高护1班吴建莹\n"
        "二等奖 21高助3班胡千千\n22高护5班余强",
        [
            ("一等奖", "黄金梅", "21级高助3班"),
            ("一等奖", "吴建莹", "21级高护1班"),
            ("二等奖", "胡千千", "21高助3班"),
            ("二等奖", "余强", "22高护5班"),
        ],
    ),
    # d12-003: a line with a tier of its own after a group label is no name of the list above it
    # (tier_line_ends_list)
    "tier_line_ends_list": (
        "知识竞赛落幕。\n决赛结果如下\n高中组:第一名 高二(4)班\n第二名 高二(2)班\n"
        "初中组:第一名 初二(2)班\n第二名 初二(8)班",
        [
            ("第一名", "高二(4)班", None),
            ("第二名", "高二(2)班", None),
            ("第一名", "初二(2)班", None),
            ("第二名", "初二(8)班", None),
        ],
    ),
    # d20-083: a nurse's post after the name is no part of it, as 护士长/医师 are (hospital_post_after_person)
    "nurse_post_after_person": (
        "护理技能比赛落幕。经过激烈角逐,最终妇产科乔艳杰护士在比赛中成绩突出,荣获比赛一等奖。",
        [("一等奖", "乔艳杰", "妇产科")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
