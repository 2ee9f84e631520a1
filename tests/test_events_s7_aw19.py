"""Seventh-session pass over dev19 (aw19): families of dev19's misses and false pairs checked over
every tuned set; one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import contest_names, pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d20-044 / b5a-002: the relative clause 获得TIER的 describes the named winner who is the
    # subject of what follows (winner_named_by_tier)
    "winner_named_by_tier": (
        "第二届魔方公开赛落下帷幕。当天获得三阶盲拧和三阶克隆双料冠军的王逸帆还是亚洲纪录保持者,"
        "单次用时14.06秒。",
        [("冠军", "王逸帆", None)],
    ),
    # a word for the entrants after the relative clause names nobody (winner_named_by_tier)
    "winner_named_by_tier_entrant_noun": (
        "本届运动会圆满落幕。随后,获得精神文明奖的班级依次上台领奖。",
        [],
    ),
    # d19-047 / d19-065 / d20-027 / b5a-002: a result word (状元, 桂冠) and a place of the same rank
    # for one winner are one result stated twice; the first wording is kept
    # (result_word_restates_place)
    "result_word_restates_place": (
        "第六届烟叶分级职业技能竞赛中,来自红塔集团原料部的梅玲丽荣获竞赛总成绩第1名,"
        "1986年出生的梅玲丽也成为最年轻的全国烟草行业职业技能竞赛状元。",
        [("第1名", "梅玲丽", "红塔集团原料部")],
    ),
    "place_restates_result_word": (
        "电气学院新生杯篮球赛冠、亚军的争夺在灯光篮球场上进行。电气083最终以55:38的比分获胜,"
        "折取桂冠。\n获得冠军的电气083,获得亚军的电气081",
        [("桂冠", "电气083", None), ("亚军", "电气081", None)],
    ),
    # d20-030 / d9-084: 双 (双料) before the crown counts two items, one crown each
    # (items_then_double_crown)
    "items_then_double_crown": (
        "职工运动会落幕。最终,煤化公司代表队获得女子拔河比赛冠军,动力代表队获得篮球、男子拔河双冠军。",
        [
            ("冠军", "煤化公司代表队", None),
            ("冠军", "动力代表队", None),
            ("冠军", "动力代表队", None),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)


# b7b-015 / d10-050 / d12-017 / d15-089 / d18-058 / d18-072 / d20-016: 评选 / 评比 as the verb that
# selects (评选出), the body that judges (评选小组) or the judging as a means (经过严格评选) names
# no contest (judging_verb_not_a_contest)
NAMES = {
    "judging_verb_selects": ("由复评专家分红两组,别离评选出各前30名,进入终评", []),
    "judging_as_means": ("经过多轮投票评选,赵志彬的《高空作业》荣获一等奖", []),
    "judging_body": ("经我院组成的活动评选小组对所有参赛作品进行评判", []),
    "judged_thing_named": (
        "2022年度湛江市优秀新闻作品评选结果揭晓",
        ["2022年度湛江市优秀新闻作品评选"],
    ),
}


@pytest.mark.parametrize("shape", sorted(NAMES))
def test_name(shape):
    sentence, expected = NAMES[shape]
    assert contest_names(sentence) == expected


# d18-068 / d19-040: a role head (指战员, 工作者, 人员) ends a count of people like 选手 does; the
# people counted after the teams are the field (participants_role_heads)
FIELDS = {
    "participants_role_heads": (
        "2023年吉林省野生动物巡护员竞技赛举行。全省林草系统46支参赛队伍、184名基层野生动物保护"
        "工作者参加比赛。最终,张三获得一等奖。",
        184,
    ),
}


@pytest.mark.parametrize("shape", sorted(FIELDS))
def test_participants(shape):
    from yunmei import events as ev

    text, expected = FIELDS[shape]
    assert [e["participants"] for e in ev.extract_events(text, "2024-05-01")] == [expected]


# d13-066 / d14-004 / d20-010 (赛马), d13-084 (男篮), d17-077 (八段锦): sports a report names
# without a ball or race word are matches (kind_sport_words)
KINDS = {
    "kind_horse_racing": ("伊敏苏木第七届雪地赛马比赛落幕,巴图获得冠军。", "match"),
    "kind_shortened_ball_sport": ("“柳行甜蜜杯”男篮比赛落幕,柳行一队获得冠军。", "match"),
    "kind_qigong_routine": ("教职工八段锦表演赛举行,工会代表队获得一等奖。", "match"),
}


@pytest.mark.parametrize("shape", sorted(KINDS))
def test_kind(shape):
    from yunmei import events as ev

    text, expected = KINDS[shape]
    assert [e["kind"] for e in ev.extract_events(text, "2024-05-01")] == [expected]
