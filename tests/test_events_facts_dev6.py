"""Event fields from yunmei.events.facts: shapes met on the county/district reports of dev6c."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import find_names, participants_in, pick_name, same_event, venue_in


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # the competitor noun read first decides: 场 later in the clause is no counted thing
        ("noun_before_a_not_field_word", "27支代表队、540名运动员齐聚赛场,为祖国华诞献礼。", 540),
        (
            "total_before_a_not_field_word",
            "来自全县40多家单位,16个系16支队伍共340名选手上演了一场意志力与耐力的大比拼。",
            340,
        ),
        # 场 inside the team noun (广场舞代表队) is no counted thing
        ("square_dance_teams", "马鼻镇举行广场舞大赛,9支村广场舞代表队参加比赛。", 9),
        # boats counted by 只/艘: each boat is a crew
        ("dragon_boats", "龙港镇乾头村的一河道上汇集了26只龙舟,相聚切磋。", 26),
        # a list of places in brackets is no list of named winners
        (
            "bracketed_places_before_a_count",
            "来自全市各县(市、区)13个社区的文艺团队激情唱响各自的“社区之歌”。",
            13,
        ),
    ],
)
def test_participants_dev6_shapes(shape, sentence, n):
    assert participants_in(sentence) == n, shape


@pytest.mark.parametrize(
    ("shape", "sentence"),
    [
        # 数十支 / 几百名: vague, not 10 or 100
        ("vague_tens", "本次比赛吸引了来自全县各机关、乡镇、企事业单位的数十支代表队踊跃参与。"),
        ("vague_hundreds", "几百名选手参加了本次比赛。"),
        # a count summing up the names listed before it counts the winners
        (
            "named_list_then_count",
            "最终,重庆巫山、重庆大足、重庆经开区、四川简阳四支队伍脱颖而出,分别获得公开组前四名。",
        ),
        (
            "ranked_list_then_count",
            "团体总分前六名是:龙泉、陶岭、金陵、新隆、莲花、金盆圩乡六个代表队。",
        ),
        # the delegation picked to go is no field
        (
            "selected_delegation",
            "县农林科技局在全县众多职业农民中精心选拔了5名选手,参加了全省职业农民技能大赛。",
        ),
    ],
)
def test_participants_dev6_not_the_field(shape, sentence):
    assert participants_in(sentence) is None, shape


def _names(sentence: str) -> list[str]:
    return [n.name for n in find_names(sentence)[0]]


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a verb phrase or an adverb before the contest word is no part of a name
        ("verb_phrase_before", "参赛选手们立刻投入到竞赛,现场气氛热烈。", []),
        ("verb_then_object", "要求裁判组严格执行比赛规则。", []),
        (
            "a_couplet_contest_keeps_its_name",
            "首届全国诗词对联书法大赛评选揭晓。",
            ["首届全国诗词对联书法大赛"],
        ),
        # a count of items or a list of items ending in 等 is no name
        (
            "counted_items",
            "此次竞赛设置核桃枝接职业技能竞赛、农药残留快速检测职业技能竞赛四个比赛项目。",
            ["核桃枝接职业技能竞赛", "农药残留快速检测职业技能竞赛"],
        ),
        ("items_then_deng", "还设置了妙手飞针、抢收稻谷、剪纸拼图等比赛。", []),
        # the series a contest is one of is not its name
        ("one_of_a_series", "是兰陵县第三届运动会系列比赛之一。", []),
        # a quoted category's judging (“诗联类”评选) is no contest
        ("judging_of_a_category", "现将“诗联类”评选结果予以公告。", []),
        # a quoted exhibition with prizes is a contest's name (大展 is no contest word unquoted)
        (
            "quoted_exhibition",
            "由河北省楹联学会主办的“河北省首届楹联书法大展”评审工作于6月5日结束。",
            ["河北省首届楹联书法大展"],
        ),
        ("unquoted_exhibition", "河北省首届楹联书法大展开幕。", []),
        # 我县 / 我院 printed before the name is part of it, as printed
        ("our_county_kept", "我县首届农民运动会圆满闭幕。", ["我县首届农民运动会"]),
        (
            "our_college_kept",
            "近日,我院第十五届英语演讲比赛落下帷幕。",
            ["我院第十五届英语演讲比赛"],
        ),
        # judging the works of the contest just named
        (
            "judging_of_works",
            "“大荔这么美”风光摄影大赛作品评选工作完成。",
            ["“大荔这么美”风光摄影大赛"],
        ),
    ],
)
def test_name_dev6_shapes(shape, sentence, names):
    assert _names(sentence) == names, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # a table-tennis or billiards contest closes (收拍 / 收杆) at its venue
        (
            "closes_with_the_last_stroke",
            "嘉泽镇第二届职工乒乓球比赛于10月30日在嘉泽中心小学收拍。",
            "嘉泽中心小学",
        ),
        # 于 + the days + the place, 在 left out
        (
            "days_then_place_without_zai",
            "天柱县首届民族民间民歌大赛于2月19日至20日该县举行,来自该县的选手参加了比赛。",
            "该县",
        ),
        ("a_building_number_is_no_day", "颁奖仪式于13号楼天井举行。", "13号楼天井"),
        # a plan (拟 / 将在) names no place the contest was held
        ("planned_ceremony", "组委会拟定于元旦前后,在湘阴举行颁奖仪式。", None),
        ("works_to_be_shown", "获奖作品将在当地媒体、网络平台进行展示。", None),
    ],
)
def test_venue_dev6_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # a lower bound alone (160余名) is approximate: no count, as the real labels read it
        ("lower_bound_alone", "共有来自全市的160余名运动员参赛。", None),
        ("lower_bound_of_students", "全市共有300余名学生参加本次竞赛。", None),
        # units that take part (参赛单位) before approximate people: the units are the field
        (
            "taking_part_units_then_approximate_people",
            "来自该县高酿、注溪等乡镇及锦屏县代表队共12个参赛单位的200多名选手参加了比赛。",
            12,
        ),
    ],
)
def test_participants_approximate_counts(shape, sentence, n):
    assert participants_in(sentence) == n, shape


def test_survivors_of_a_selection_in_the_clause_before():
    # 经过层层选拔, then the count: the delegation that came through, not the field
    assert participants_in("经过层层选拔,8个组别共49人进京参赛。") is None
    assert participants_in("全市共有49人报名参赛。") == 49


def test_two_words_swapped_between_headline_and_body_are_one_event():
    assert same_event(
        "第26届青少年爱国主义读书教育演讲比赛", "第26届青少年爱国主义教育读书演讲比赛"
    )
    assert not same_event("第26届青少年读书演讲比赛", "第27届青少年读书演讲比赛")


def test_the_body_name_beats_the_headline_that_only_adds_a_year():
    names = ["2012年装焊工技能比武大赛", "装焊工技能比武大赛"]
    assert pick_name(names, [-1, 0]) == "装焊工技能比武大赛"
    # a headline adding a place is a more specific name (the body only says 拔河比赛)
    assert pick_name(["兰陵县拔河比赛", "拔河比赛"], [-1, 0]) == "兰陵县拔河比赛"


def test_the_finalists_are_the_field_of_a_final():
    sentence = "本次大赛共有11名选手进入决赛。"
    assert participants_in(sentence) is None  # the contest: its finalists are not its field
    assert participants_in(sentence, final=True) == 11  # the final (…决赛): they are


def test_a_final_named_event_does_not_count_its_finalists():
    # blind4/blind5 labels (real/README.md): a final's finalists are still finalists, not the field
    text = "3月16日,第三届湛江市中学生演讲比赛决赛在湛江一中举行,12名选手进入决赛。张三获得一等奖。"
    assert [e["participants"] for e in extract_events(text, "2024-03-17")] == [None]


def test_only_the_judging_is_dated():
    # the day judging finished is no contest day (the real convention: announcement only → null)
    text = (
        "9月10日,由县委宣传部主办的“大荔这么美”风光摄影大赛作品评选工作完成。"
        "王建康《沙苑水库》获得一等奖。"
    )
    assert [e["date"] for e in extract_events(text, "2024-09-13")] == [None]
    held = "9月10日,“大荔这么美”风光摄影大赛在县文化馆举行。王建康获得一等奖。"
    assert [e["date"] for e in extract_events(held, "2024-09-13")] == ["2024-09-10"]


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # a place's name right before the count: that place's delegation, not the field
        (
            "a_place_s_delegation",
            "近日,陕西省举办第二届职业农民技能大赛,旬阳县5名职业农民参加了比赛。",
            None,
        ),
        # a scope (全县, 周边市县) or an origin (来自X县) before the count: the field
        ("whole_county", "经过全县41支代表队的激烈角逐,决出名次。", 41),
        ("around_the_city", "来自全市及周边市县15支队伍90余名技能高手同台竞技。", 15),
        ("origin", "来自天柱县120名选手参加了比赛。", 120),
    ],
)
def test_participants_place_before_count(shape, sentence, n):
    assert participants_in(sentence) == n, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "strong"),
    [
        # a short quoted item of a games (“三人四足”比赛) is no contest of its own
        ("short_quoted_item", "排舞比赛和“三人四足”比赛冠军则被清溪街道办夺得。", False),
        # a quoted cup or a long quoted name is one
        ("quoted_cup", "“丽华杯”广场舞比赛在文化广场举行。", True),
        ("long_quoted_name", "“百村千队万家乐”趣味运动会在廿里镇举行。", True),
    ],
)
def test_quoted_items_are_not_specific_names(shape, sentence, strong):
    assert find_names(sentence)[0][-1].strong is strong, shape
