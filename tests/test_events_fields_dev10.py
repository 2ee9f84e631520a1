"""Event fields, issue 15 (dev10 pass): one test per cause family, real passage fragments."""

from __future__ import annotations

import pytest

from yunmei.events.facts import event_kind, find_names


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_names(sentence)[0]]


@pytest.mark.parametrize(
    ("family", "name", "kind"),
    [
        # cheerleading and aerobics are physical sports (D6): a match
        ("cheerleading_is_a_sport", "第八届校园啦啦操大赛", "match"),
        ("aerobics_is_a_sport", "我校2025年体育节健美操啦啦操比赛", "match"),
        # a trade's skills contest named a 运动会 is a competition, not a sport
        ("trade_skills_games", "第四届河南省职工技术运动会叉车工比赛", "competition"),
    ],
)
def test_kind_family(family: str, name: str, kind: str) -> None:
    assert event_kind(name, "") == kind, family


@pytest.mark.parametrize(
    ("family", "sentence", "names"),
    [
        # a sport held as a 大会 is a contest, not a meeting
        (
            "sport_held_as_a_congress",
            "衢州市游泳协会执行的2021“中国体育彩票”畅游信安湖衢州市游泳大会,在市区水亭门外的信安湖上落幕。",
            ["2021“中国体育彩票”畅游信安湖衢州市游泳大会"],
        ),
        (
            "sport_congress_after_ji",
            "2014太极水杯重庆武陵山太极文化节暨太极拳交流大会在武陵山国家森林公园举行。",
            ["2014太极水杯重庆武陵山太极文化节暨太极拳交流大会"],
        ),
        # 是X主题活动的重要组成部分: the umbrella a contest is part of is no contest name
        (
            "umbrella_important_part",
            "本届羽毛球比赛是局开展 “勇字当先强健五局 争创王牌”职工体育主题活动的重要组成部分",
            ["羽毛球比赛"],
        ),
    ],
)
def test_name_family(family: str, sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names, family
