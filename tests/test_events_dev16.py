"""Shapes read from dev16's misses (bureaus', federations' and county portals):
one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

from yunmei import events as ev

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d16-063: 城北镇小 / 滨海实小 — the short names of 镇小学 and 实验小学 are schools
    "school_abbreviations": (
        "田径运动会落幕。城北镇小获得小学组田径比赛团体总分第一名。",
        [("第一名", "城北镇小", None)],
    ),
    # d16-039: a village's numbered group (村民小组) competes as a side, not a contest group
    "village_group": (
        "拔河比赛举行。杨叶村十组获得一等奖,杨叶村十三组获得二等奖。",
        [("一等奖", "杨叶村十组", None), ("二等奖", "杨叶村十三组", None)],
    ),
    # d16-051: 纳 — a Yunnan surname (纳黎锦) starts a person after the unit
    "surname_na": (
        "职工歌手大赛举行。澂江一中工会职工纳黎锦荣获一等奖。",
        [("一等奖", "纳黎锦", "澂江一中工会")],
    ),
    # d16-025: two 、-lists joined by 和 over two places: each list takes its place, in order
    "lists_joined_per_tier": (
        "知识竞赛举行。雷山社区、马桥村代表队和机关一支部、马场社区、东风村代表队分获二、三等奖。",
        [
            ("二等奖", "雷山社区代表队", None),
            ("二等奖", "马桥村代表队", None),
            ("三等奖", "机关一支部代表队", None),
            ("三等奖", "马场社区代表队", None),
            ("三等奖", "东风村代表队", None),
        ],
    ),
    # d16-023: 授予 whom, then the prize in quotes and 荣誉称号 (管委会 a committee, no person 管)
    "conferred_on_then_tier": (
        "知识竞赛举行。本次比赛还授予大桥开发区管委会、罗岭镇“优秀组织奖”荣誉称号。",
        [("优秀组织奖", "大桥开发区管委会", None), ("优秀组织奖", "罗岭镇", None)],
    ),
    # d16-064: 先生 / 女士 after a full name is a courtesy title, not part of the name
    "courtesy_title_after_name": (
        "象棋锦标赛举行。最终,邹洪福先生夺得了本次“彩桥杯”象棋锦标赛的冠军。",
        [("冠军", "邹洪福", None)],
    ),
    # d16-056: a joint team (…联队) in a list spread over as many places as its items: the 、 lists
    "joint_team_count_over_places": (
        "篮球联赛圆满落幕。罗源县滨海学校、凤山二附小联队、罗源县滨海实小分获一、二、三名。",
        [
            ("第一名", "罗源县滨海学校", None),
            ("第二名", "凤山二附小联队", None),
            ("第三名", "罗源县滨海实小", None),
        ],
    ),
    # d16-020: a quoted title between verb and tier holds a comma of its own
    "quoted_title_with_comma_in_gap": (
        "比赛举行。学生黄奕豪荣获“青春之歌,就要这Young唱”首届青春音乐节冠军。",
        [("冠军", "黄奕豪", None)],
    ),
    # d16-055: 跃居 / 跃进 a place — the ranking verbs' family (位居, 位列, 名列)
    "ranking_verb_leapt": (
        "制茶技能大赛决赛落幕。选手秦杰以93.06的总分跃居全省第7名。",
        [("第7名", "秦杰", None)],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)


# event fields read from dev16's misses: (shape, passage fragment, field, value)
FIELDS = {
    # d16-010: a season before the organiser (春节前夕) says when, not who
    "season_lead_before_organizer": (
        "春节前夕工会主办的“迎新春职工掼蛋比赛”在公司食堂拉开帷幕,共有48名选手参加比赛。"
        "最终张三获得第一名。",
        "organizer",
        "工会",
    ),
}


@pytest.mark.parametrize("shape", sorted(FIELDS))
def test_field(shape):
    text, field, value = FIELDS[shape]
    events = ev.extract_events(text, "2024-05-01")
    assert events and events[0][field] == value


def test_measure_units_are_no_person():
    # d16-047: 亩产892公斤 — a unit starting with the surname 公 names no winner
    text = "粮王大赛举行。种粮大户高延祥脱颖而出,亩产892公斤,荣获“粮王”称号。"
    assert all(name != "公斤" for _tier, name, _aff in pairs(text))
