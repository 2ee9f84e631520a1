"""Event fields, issue 15 (second names pass): one test per shape, real passage fragments."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import find_names, same_event, venue_in


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a short field or unit listed before 、 inside the name, a long noun phrase after it
        (
            "fields_listed_in_name",
            "在2019年中药、药学理论知识与专业技能大赛中,我校学生获一等奖",
            ["2019年中药、药学理论知识与专业技能大赛"],
        ),
        (
            "units_listed_in_name",
            "团总支、学生会内部演讲比赛决赛在报告厅举行",
            ["团总支、学生会内部演讲比赛决赛"],
        ),
        # a straight quote opening a curly close: the quoted theme before the name is kept (D4)
        (
            "straight_open_quote",
            '"逐梦想 奔小康”平湖市广场舞蹈大赛举行',
            ['"逐梦想 奔小康”平湖市广场舞蹈大赛'],
        ),
        # contest words of arts festivals, shows and ultra races
        ("arts_fair", "第七届中山市少儿艺术花会落下帷幕", ["第七届中山市少儿艺术花会"]),
        ("variety_show", "学院举办迎新春文艺汇演", ["迎新春文艺汇演"]),
        ("chefs_festival", "第十届中华粤菜厨师节在广州举行", ["第十届中华粤菜厨师节"]),
        (
            "chess_grade_contest",
            "第四届“威凯房地产杯”全国象棋一级棋士赛25日在北京收枰",
            ["第四届“威凯房地产杯”全国象棋一级棋士赛"],
        ),
        ("ultra_race", "内蒙古老牛湾超马赛鸣枪开跑", ["内蒙古老牛湾超马赛"]),
        # a fair joined by 暨 before the verb is the event's second name
        (
            "fair_joined_by_ji",
            "第34届中国厨师节暨2025中国厨艺与餐饮博览会在苏州国际博览中心闭幕",
            ["第34届中国厨师节暨2025中国厨艺与餐饮博览会"],
        ),
        # prizes won listed (二等奖和…): no contest named
        ("prizes_listed", "最终取得了集体比赛项目二等奖和个人比赛项目二等奖银牌11枚", []),
        # the host place as the subject of 举办 before an edition names the edition's place
        (
            "host_place_subject",
            "日前,衢州市举办首届职工技能运动会,591名选手参赛",
            ["衢州市首届职工技能运动会"],
        ),
        ("self_reference_host_not_a_place", "我市举办首届职工技能运动会", ["首届职工技能运动会"]),
        # an entrant's titles listed, then a past contest: no name, as before
        (
            "titles_then_past_contest",
            "新科国家冠军、刚刚在全国公路自行车锦标赛上夺冠的A获得亚军",
            [],
        ),
    ],
)
def test_name_shapes(shape, sentence, names):
    assert [n.name for n in find_names(sentence)[0]] == names, shape


def test_level_final_is_the_same_event():
    # 第十一届高校联赛全国总决赛 is the national final of 第十一届高校联赛
    assert same_event("第十一届高校联赛", "第十一届高校联赛全国总决赛")


def test_leg_of_a_series_is_the_same_event():
    # a leg (…站) of the first edition of the series is the series the report names
    assert same_event("2023首届中国公路自行车职业联赛温州雁荡山楠溪江站", "中国公路自行车职业联赛")


def test_mention_joins_two_clusters_of_one_edition():
    # the title's 《英雄联盟》 wording and the body's 全国总决赛 are one edition, joined by 全国总冠军
    got = extract_events(
        "另一场重要的决赛在江苏南京上演——第十一届高校联赛全国总决赛。\n"
        "赛后,中南林业科技大学涉外学院以2:0击败了上海剑桥学院,获得了第十一届高校联赛全国总冠军。",
        title="第十一届《英雄联盟》高校联赛",
        published_at="2023-05-22",
    )
    assert [e["name"] for e in got] == ["第十一届高校联赛全国总决赛"]


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # a singing contest held (唱响) at the place
        (
            "sung_at_place",
            "6月28日下午,校工会主办的红歌比赛在仙林校区行政楼报告厅唱响。",
            "仙林校区行政楼报告厅",
        ),
        # the day, 在 the place, then the contest named and held
        (
            "place_before_contest",
            "2015年1月13日在校本部风雨操场我校2014年学生拔河比赛火热开赛。",
            "校本部风雨操场",
        ),
    ],
)
def test_venue_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


def test_final_dated_on_its_own_gives_day_and_place():
    # D1: the final's day, printed in a sentence of its own, not naming the contest
    got = extract_events(
        "校工会于近日组织开展了2014年度教职工拔河比赛。\n"
        "经过5月7日和9日两天的激烈角逐,理学院代表队和机电工程学院代表队进入决赛。\n"
        "5月16日,决赛在东区第一篮球场开战。\n最终,理学院代表队获得冠军。",
        published_at="2014-05-20",
    )
    assert [(e["date"], e["venue"]) for e in got] == [("2014-05-16", "东区第一篮球场")]


def test_demonstrative_points_back_to_the_named_contest():
    # 这场讲故事比赛 is the “故事大王”比赛 organised in the sentence before
    got = extract_events(
        "三年级语文组于2024.10.11结合主题,组织了一场“故事大王”比赛。"
        "在这场讲故事比赛中,每个小朋友都发挥得极为出色。\n一等奖:三(5)班张三",
        published_at="2024-10-12",
    )
    assert [e["name"] for e in got] == ["“故事大王”比赛"]


def test_headline_place_when_the_body_names_none():
    # the headline alone prints where the contest was held
    got = extract_events(
        "由中国国际厨师协会主办的2022第三届国际厨师技能大赛圆满结束。\n张三获得金奖。",
        title="2022第三届国际厨师技能大赛6月6日在贵阳观山湖隆重举行",
        published_at="2022-06-08",
    )
    assert [e["venue"] for e in got] == ["贵阳观山湖"]
