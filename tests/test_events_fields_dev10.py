"""Event fields, issue 15 (dev10 pass): one test per cause family, real passage fragments."""

from __future__ import annotations

import pytest
from events_pairs import contest_names as _names

from yunmei.events import extract_events
from yunmei.events.facts import (
    event_kind,
    organizer_in,
    participants_in,
    pick_name,
    venue_in,
)


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
        # a deictic time (本年度) before the name is no part of it
        (
            "deictic_year_before_name",
            "学院分工会在花无缺苗木基地排球场举办了本年度学院教职工气排球赛。",
            ["学院教职工气排球赛"],
        ),
        # a race's item (distance + stroke/relay) is a category of the meet, no contest name
        (
            "race_item_no_name",
            "杭州市游泳协会队以17分26秒的成绩获得6X200米5男1女混合接力赛冠军",
            [],
        ),
        ("game_by_distance_stays", "学校举行了30米时代列车比赛。", ["30米时代列车比赛"]),
        # a bracket right after the name: the part reported (叉车比赛) or its short form (村BA)
        (
            "bracketed_part_reported",
            "6月29日,在寿光市总工会举办的全市第四届职工(党员)技能运动会(叉车比赛)中,徐中俊获冠军。",
            ["全市第四届职工(党员)技能运动会(叉车比赛)"],
        ),
        (
            "bracketed_short_form",
            "民间篮球赛事——2023年厦门市村居篮球赛(村BA)昨晚在翔安落幕,集美兑山社区队以57比56险胜",
            ["2023年厦门市村居篮球赛(村BA)"],
        ),
    ],
)
def test_name_family(family: str, sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names, family


@pytest.mark.parametrize(
    ("family", "sentence", "n"),
    [
        # a university's colleges are units that take part
        (
            "colleges_send_teams",
            "全校十四个学院均派出代表队参加比赛,我校学生会主席王艺博以及各兄弟学校代表担任此次比赛评委",
            14,
        ),
        # N所高校代表队: teams counted, the exact count beats the approximate people
        ("units_teams_counted", "来自全区27所高校代表队的500余名运动员参加了比赛。", 27),
        # 9家电力集团公司: 集团 is no team word
        (
            "group_company_no_team",
            "来自全省9家电力集团公司、60支参赛队的212名选手经过亮剑比拼",
            212,
        ),
        # units then approximate people later in the clause: the people are the field (approximate)
        (
            "units_then_people_apart",
            "来自全校17个院系非英语专业和英语专业近200余名学生报名参加了本次大赛。",
            None,
        ),
        # the qualifiers of a stage are no field
        (
            "stage_qualifiers",
            "28支队伍分成4组先进行第一阶段小组循环赛,小组前两名出线共8支队伍再进行第二阶段交叉淘汰赛。",
            28,
        ),
        # two groups' fields, no total printed: no single field
        (
            "two_groups_no_total",
            "本次乒乓球比赛有男子团体24个代表队,女子团体22个代表队,共五百多名运动员参加。",
            None,
        ),
        ("two_groups_each_a_total", "全省共有22支男子代表队参赛,女子共有12支代表队。", None),
        # a nation's entrants at an international meet are its delegation, not the field
        (
            "a_nation_s_entrants",
            "上午的预赛,中国三位选手分别从三个小组突出重围,成绩都非常出色。",
            None,
        ),
        # "these six" refer back to a group named before (a delegation), no field
        (
            "referred_back",
            "健美操队共派出六名同学参加,她们是邱燕妮、田芳,这六名同学来自学校不同年级的不同专业,参加了本次比赛并夺得第一。",
            None,
        ),
    ],
)
def test_participants_family(family: str, sentence: str, n: int | None) -> None:
    assert participants_in(sentence) == n, family


def test_date_spaced_digits() -> None:
    # a store's spaces around a date's digits (于 2011 年 4 月 23 日) are no break
    text = (
        "北京市健美操体育舞蹈协会承办的 2011 年澳瑞特杯北京市健美操锦标赛于 2011 年 4 月 23 日"
        "在地坛体育馆举办。中国传媒大学健美操队摘取了健美操一等奖。"
    )
    assert extract_events(text, "2011-05-11")[0]["date"] == "2011-04-23"


@pytest.mark.parametrize(
    ("family", "sentence", "venue"),
    [
        # a landmark, a position word (内/外), then the ground in it or by it: the whole phrase
        (
            "ground_inside_a_landmark",
            "2016年江苏省首届冬泳锦标赛,在南通市体育公园内的人民游泳池正式开赛。",
            "南通市体育公园内的人民游泳池",
        ),
        (
            "ground_outside_a_gate",
            "衢州市游泳大会,在市区水亭门外的信安湖上落幕。",
            "市区水亭门外的信安湖",
        ),
    ],
)
def test_venue_family(family: str, sentence: str, venue: str) -> None:
    assert venue_in(sentence) == venue, family


@pytest.mark.parametrize(
    ("family", "sentence", "organizer"),
    [
        # two bodies as the subject of 举办 hold the contest together
        (
            "two_bodies_hold_it",
            "4月1日至2日,中铁五局工会、中铁五局体协在长沙成功举办中铁五局第五届“王牌工程局杯”职工羽毛球赛,",
            "中铁五局工会、中铁五局体协",
        ),
        # what they held is no contest: no organiser of it
        (
            "two_bodies_hold_a_training",
            "在备赛过程中,省教科文卫工会、省教育研究院举办赛前集训,指导选手参赛。",
            None,
        ),
        # 在<a body>举办的X中: the body held it
        (
            "held_by_a_body",
            "6月29日,在寿光市总工会举办的全市第四届职工(党员)技能运动会(叉车比赛)中,晨鸣集团派出的徐中俊获冠军。",
            "寿光市总工会",
        ),
    ],
)
def test_organizer_family(family: str, sentence: str, organizer: str | None) -> None:
    assert organizer_in(sentence) == organizer, family


def test_venue_not_the_holding_body() -> None:
    # 在<a body>举办的X: the organiser, not the place
    sentence = (
        "6月29日,在寿光市总工会举办的全市第四届职工(党员)技能运动会(叉车比赛)中,徐中俊获冠军。"
    )
    assert venue_in(sentence) is None


def test_headline_adds_only_year_and_host() -> None:
    # 2019年校教职工乒乓球赛 (headline) / 教职工乒乓球比赛 (body): the body prints the name
    assert pick_name(["2019年校教职工乒乓球赛", "教职工乒乓球比赛"], [-1, 0]) == "教职工乒乓球比赛"


def test_kind_sport_skills_word() -> None:
    # 技能 alone (a sport's skills taught) does not make a basketball league's report a skills contest
    report = "小学女子组,区实验小学获冠军。本次篮球联赛的成功举办,将篮球文化、技能、训练引入了日常体育教学活动。"
    assert event_kind(None, "各组前三名已揭晓。", report) == "match"
