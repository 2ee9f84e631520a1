"""Event fields, issue 15 (second names pass): one test per shape, real passage fragments."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import find_names, same_event


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
        ("ultra_race", "内蒙古老牛湾超马赛鸣枪开跑", ["内蒙古老牛湾超马赛"]),
        # a fair joined by 暨 before the verb is the event's second name
        (
            "fair_joined_by_ji",
            "第34届中国厨师节暨2025中国厨艺与餐饮博览会在苏州国际博览中心闭幕",
            ["第34届中国厨师节暨2025中国厨艺与餐饮博览会"],
        ),
        # prizes won listed (二等奖和…): no contest named
        ("prizes_listed", "最终取得了集体比赛项目二等奖和个人比赛项目二等奖银牌11枚", []),
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


def test_mention_joins_two_clusters_of_one_edition():
    # the title's 《英雄联盟》 wording and the body's 全国总决赛 are one edition, joined by 全国总冠军
    got = extract_events(
        "另一场重要的决赛在江苏南京上演——第十一届高校联赛全国总决赛。\n"
        "赛后,中南林业科技大学涉外学院以2:0击败了上海剑桥学院,获得了第十一届高校联赛全国总冠军。",
        title="第十一届《英雄联盟》高校联赛",
        published_at="2023-05-22",
    )
    assert [e["name"] for e in got] == ["第十一届高校联赛全国总决赛"]
