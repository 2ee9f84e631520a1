"""Precision at first sight (seventh session, prec): false pairs classed by cause family, each fix a
principle over all sets; one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d14-066 / d17-062: the prose crowns (桂冠, 亚军, 季军) are the first wording of the places the
    # appended table restates as 第N名; one award stated twice is labelled once, first wording
    # (table_place_restates_prose_crown)
    "table_place_restates_prose_crown": (
        "学生组男子100米预决赛开赛。经过激烈角逐,孙永健以11.70s的优异成绩摘得桂冠。"
        "邹卫骢和徐成捷分别以11.89s、11.92s的成绩获得亚军和季军。\n"
        "附:比赛结果\n第一名 孙永健 历史文化学院 11.70s\n第二名 邹卫骢 经济与工商管理学院 11.89s\n"
        "第三名 徐成捷 数学与统计学学院 11.92s\n第四名 肖宇 数学与统计学学院 11.95s",
        [
            ("桂冠", "孙永健", None),
            ("亚军", "邹卫骢", None),
            ("季军", "徐成捷", None),
            ("第四名", "肖宇", None),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
