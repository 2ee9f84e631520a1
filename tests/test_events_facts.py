"""Event facts of yunmei.events.facts on real-text shapes: names, dates, venues, participant counts."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import find_names, organizer_in, participants_in, venue_in

pytestmark = pytest.mark.usefixtures("strict_events")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a slogan before a dash or a long 暨 is not part of the name
        (
            "喜迎二十大“写一手好字”——“新华杯”鹤城区书法比赛在怀化第四中学举行",
            "“新华杯”鹤城区书法比赛",
        ),
        # genre words joined by 、 belong to the name
        ("第四届“巾帼杯”合唱、舞蹈比赛圆满落幕", "第四届“巾帼杯”合唱、舞蹈比赛"),
        # a name in quotes is found although quotes are masked
        (
            "由县体育局主办的“东丰县第五届传统武术比赛”在县羽毛球馆隆重开幕",
            "东丰县第五届传统武术比赛",
        ),
        # a division printed after the name
        (
            "2010年广东省首届万村农民篮球赛(英德赛区)昨日结束",
            "2010年广东省首届万村农民篮球赛(英德赛区)",
        ),
        # a dateline is not part of the name
        (
            "中新网北京7月21日电第十五届“威凯杯”全国象棋等级赛20日在北京结束",
            "第十五届“威凯杯”全国象棋等级赛",
        ),
    ],
)
def test_contest_names(sentence, name):
    assert [m.name for m in find_names(sentence)[0] if m.strong][:1] == [name]


def test_a_generic_count_of_rounds_is_no_contest_beside_a_real_name():
    text = "第37届全国中学生物理竞赛在福州落下帷幕。经过七轮比赛的较量,王浩获得一等奖。"
    assert [e["name"] for e in extract_events(text, "2023-09-25")] == ["第37届全国中学生物理竞赛"]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("比赛吸引了来自全院各临床科室9支代表队27名护理骨干参与角逐", 27),
        ("来自全市41所学校63支代表队共计727名运动员、领队及教练员参加", 63),
        ("共有 20支代表队,248 名武术运动员参加了比赛", 248),
        ("全县共27支代表队近300名运动员参赛", 27),
        ("共有23名选手入围决赛", None),
        ("来自双流区各社区的20多名棋友参与比赛", None),
        ("积极组织我校30位同学参加本届大赛的预赛", None),
        ("比赛规模大,参赛人数达至160人", 160),
    ],
)
def test_participants(text, n):
    assert participants_in(text) == n


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("清爽区龙颈镇2019年龙舟赛在滨江河上举行", "滨江河"),
        ("辽宁省首届职工篮球赛在阜新落下了帷幕", "阜新"),
        ("棋艺争霸赛,在13号楼天井正式拉开帷幕", "13号楼天井"),
        ("大家在这段时间为集体荣誉所进行的认真训练", None),
    ],
)
def test_venues(text, venue):
    assert venue_in(text) == venue


def test_dateline_is_not_the_contest_day():
    text = "博兴9月19日讯 9月16日,博兴县教师经典诵写讲比赛在博兴县第一小学举行。吴宝燕获得一等奖。"
    assert [e["date"] for e in extract_events(text, "2019-09-19")] == ["2019-09-16"]


def test_a_printed_year_resolves_the_day_without_a_publication_date():
    text = "6月10日上午,2018“温瑞联盟”龙舟邀请赛在瑞安市开赛。乐清市电力工会龙舟队获得男子组冠军。"
    assert [e["date"] for e in extract_events(text, None)] == ["2018-06-10"]


@pytest.mark.parametrize(
    "sentence",
    [
        "本届大会除冠亚季军外,还评选出优秀奖",  # an adverb before 评选 is no contest
        "最终全校只留下六名选手以积分赛的形式决赛",  # a predicate inside is no name
    ],
)
def test_fragments_are_no_contest_names(sentence):
    assert [m.name for m in find_names(sentence)[0] if m.strong] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("3月23日晚,东区“乡村振兴示范工程”飞鹰擂台赛在区政府举办", "飞鹰擂台赛"),
        # a contest about the programme keeps it: it is the topic
        ("东区“乡村振兴工程”知识竞赛在区政府举办", "东区“乡村振兴工程”知识竞赛"),
    ],
)
def test_the_programme_before_a_contest(sentence, name):
    assert [m.name for m in find_names(sentence)[0]][:1] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 迎来 is a predicate: the stage it introduces is no part of the name
        ("东区首届“禁毒杯”传统龙舟大赛迎来决赛", "东区首届“禁毒杯”传统龙舟大赛"),
        # a short-name note in brackets is no part of the name
        ("首届东区和美乡村篮球赛(以下简称东区“村BA”)决赛举行", "首届东区和美乡村篮球赛决赛"),
    ],
)
def test_a_predicate_or_a_note_after_a_contest_name(sentence, name):
    assert [m.name for m in find_names(sentence)[0]][:1] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "进入决赛的共有11名选手,比赛分为自我介绍和即兴演讲两个环节",  # the finalists
        "本次团体赛未设置初赛,共27支队伍参加决赛",  # the finalists
        "东省选送5名青年教师参赛,经过激烈角逐",  # one delegation, not the field
    ],
)
def test_finalists_and_a_delegation_are_not_the_field(sentence):
    assert participants_in(sentence) is None


def test_an_exhibition_with_prizes_is_a_named_competition():
    got = extract_events(
        "我市7位老年人在江苏省第三届老年书画摄影展上获奖。其中,赵锦平获绘画类一等奖。"
    )
    assert [(e["name"], e["kind"]) for e in got] == [("江苏省第三届老年书画摄影展", "competition")]


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("运动会在会同县体育馆胜利闭幕", "会同县体育馆"),  # 胜利 is how it closed
        ("比赛在十月举行", None),  # a month
        ("演讲比赛在阵阵掌声中落幕", None),  # a circumstance
        ("本次比赛在系内举行", None),
    ],
)
def test_a_venue_is_a_place(sentence, venue):
    assert venue_in(sentence) == venue


@pytest.mark.parametrize(
    ("sentence", "organizer"),
    [
        ("12月10日到11日,由校团委举办的“未来教师素质大赛”圆满落幕", "校团委"),
        ("近日,东县总工会和东县供电公司工会联合举办技能比武", "东县总工会和东县供电公司工会"),
        ("11月30日上午,由东县县委宣传部、团县委联合举办的演讲比赛", "东县县委宣传部、团县委"),
        ("本次活动举办得很成功", None),
    ],
)
def test_the_body_that_held_it_when_no_zhuban_is_printed(sentence, organizer):
    assert organizer_in(sentence) == organizer
