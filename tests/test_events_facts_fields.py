"""Event fields from yunmei.events.facts, one test per shape of real report text."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import (
    event_kind,
    find_names,
    organizer_in,
    participants_in,
    pick_name,
    same_event,
    venue_in,
)


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # a team count whose noun is a few words away (共有N支…代表团队参加)
        ("team_noun_apart", "共有8支来自全市各高校的代表团队参加比赛,共产生80枚金牌", 8),
        # the total printed after the per-town counts
        ("total_after_parts", "共有金牛镇四支代表队、马厂镇三支代表队,共十支队伍参赛", 10),
        # people of any kind named by what they do (N位…教师参加)
        ("people_by_verb", "8位35岁以下的青年教师积极参加了此次授课比赛", 8),
        ("people_noun", "22位青年教师的教学竞赛从上午8点半开始", 22),
        # units that send a team (来自N所学校的合唱队)
        ("units_sending_teams", "来自25所学校的合唱队为现场观众带来了一场精彩的盛宴", 25),
        ("classes_taking_part", "高一年级的16个班级参加了比赛", 16),
        # a count in brackets breaks down the count before it
        ("breakdown_in_brackets", "三个年级八个合唱团(初一4个队,初二3个队,初三1个队)参加了比赛", 8),
        # a field that took part beats a bare count earlier in the sentence
        (
            "taking_part_beats_bare",
            "分别采用5人制和8人制的赛制,共有来自各街道13所学校的436名运动员参加",
            436,
        ),
        # a final's entrants (此次决赛共有N…参加) are no field (D2; real-025 corrected on 7 Dec)
        ("entrants_of_a_final", "此次决赛共有20支队伍参加,经过紧张、激烈的角逐", None),
    ],
)
def test_participants_shapes(shape, sentence, n):
    assert participants_in(sentence) == n, shape


@pytest.mark.parametrize(
    ("shape", "sentence"),
    [
        # two groups counted apart, no total
        ("two_groups", "男子组有11个队伍参加,女子组有12个队伍参赛"),
        # counted things that are no competitors: samples, projects
        ("samples", "来自全县11个乡镇、办事处农户的42个玉米样品参加了比赛"),
        ("projects", "我院19个参赛项目团队师生参与现场比拼和学习观摩"),
        # the honoured, the winners, the survivors
        ("honoured", "组委会还表彰了5名优秀裁判员、5名优秀教练员和12名优秀运动员"),
        ("winners_far_after", "我校10位同学在第六届全国中小学生创新作文大赛预赛中荣获大奖"),
        ("winners_won", "毛延生、周薇薇、杨红3名教师以其出色的表现赢得大赛一等奖"),
        ("survivors", "经过初赛选拔的8支队伍在那龙河上劈波斩浪"),
        ("ranks_not_counts", "荣获第2—6名的棋手分别是李大宽、李超、李虎、王健、杨亮"),
        ("selected", "于校内进行淘汰赛,决出六位参赛选手"),
        ("advanced_to_final", "16强选手与四名导师组成四个战队进入到了当晚总决赛的最终比拼"),
        # persons in a rule (5人制) or a hall (千人礼堂) are no field
        ("rule_not_field", "分别采用5人制和8人制的赛制进行比赛"),
        # only an approximate count of people (近百名, 350多名)
        ("approximate", "来自各镇的近百名棋手和350多名观众齐聚一堂"),
    ],
)
def test_participants_not_the_field(shape, sentence):
    assert participants_in(sentence) is None, shape


@pytest.mark.parametrize(
    ("shape", "a", "b"),
    [
        # a year before and a stage after are the same contest
        ("year_and_stage", "2026年仙游县“贺岁杯”男女混合拔河赛决赛", "“贺岁杯”男女混合拔河赛"),
        # 大赛 / 比赛 / 竞赛 name one contest
        ("suffix_synonyms", "2023年锦江区茶艺技能比赛", "锦江区茶艺技能大赛"),
        # a division's final belongs to the contest
        (
            "division_final",
            "河南省第十五届万村千乡农民篮球赛平顶山赛区决赛",
            "河南省第十五届万村千乡农民篮球赛",
        ),
    ],
)
def test_same_event_shapes(shape, a, b):
    assert same_event(a, b), shape


def test_two_editions_are_two_events():
    assert not same_event("第33届全国青少年科技创新大赛", "第34届全国青少年科技创新大赛")


def test_a_contest_activity_is_named_by_the_contest():
    names = [m.name for m in find_names("铜鼓杯·青少年朗诵比赛活动在市文化馆举行")[0]]
    assert names == ["铜鼓杯·青少年朗诵比赛"]


@pytest.mark.parametrize(
    ("shape", "text", "day"),
    [
        # a range that closes: the closing day
        (
            "range_closing",
            "2021年10月6日至7日,历时两天的全市第三届棋王赛在市星河湾古玩城落下帷幕。张三获得冠军。",
            "2021-10-07",
        ),
        (
            "range_days_only_closing",
            "26日至27日,全市乒乓球团体赛在市体育馆闭幕。市一中队获得冠军。",
            "2021-06-27",
        ),
        # a range that is held: its closing day too (the final, when results fall)
        (
            "range_held_closing_day",
            "6月8日至10日,全市青少年篮球锦标赛在市体育馆举行。赤坎区队获得冠军。",
            "2021-06-10",
        ),
    ],
)
def test_date_of_a_range(shape, text, day):
    got = [e["date"] for e in extract_events(text, "2021-06-29")]
    assert got == [day], shape


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # 在X降下帷幕: a closing written another way
        ("lowered_curtain", "平顶山赛区决赛在叶县体育馆降下帷幕", "叶县体育馆"),
        # 在X参加了…: the place the contestants took part in
        (
            "took_part_at",
            "舞蹈学校的小朋友们在太原市青年宫参加了全国青少年优秀节目展演",
            "太原市青年宫",
        ),
        # a hall that opens the clause holds the event
        ("hall_as_subject", "9月26日晚,舟山普陀体育馆举办了一场篮球狂欢盛宴", "舟山普陀体育馆"),
        (
            "hall_with_atmosphere",
            "本报讯 昨日下午,市越调剧团演播厅气氛紧张而激烈",
            "市越调剧团演播厅",
        ),
    ],
)
def test_venue_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


def test_a_hall_named_in_passing_is_no_venue():
    assert venue_in("选手们在训练后回到了宿舍,体育馆的灯还亮着") is None


@pytest.mark.parametrize(
    ("shape", "sentence", "organizer"),
    [
        # X主办的Y: the bodies before 主办, no 由
        (
            "subject_zhuban_de",
            "近日,教育部、国家语委主办的第二届中华经典诵写讲大赛获奖名单公布",
            "教育部、国家语委",
        ),
        ("after_the_verb", "合唱团参加辽宁省教育厅主办的2016年辽宁省合唱大赛", "辽宁省教育厅"),
        # 由A指导,B主办: the guide is not the organizer
        (
            "guided_then_held",
            "本次比赛由四川省渔业协会指导,内江市体育总会主办,内江市钓鱼协会等单位承办",
            "内江市体育总会",
        ),
        # the contest as subject, then 由X联合举办
        (
            "contest_then_you",
            "此次职工篮球赛由平利县总工会、平利县教体局联合举办,历时4天",
            "平利县总工会、平利县教体局",
        ),
        (
            "organised_by",
            "这次现场作文大赛是由皖西日报社、六安皋城中学联合组织的",
            "皖西日报社、六安皋城中学",
        ),
    ],
)
def test_organizer_shapes(shape, sentence, organizer):
    assert organizer_in(sentence) == organizer, shape


def test_the_organizer_giving_prizes_is_no_name():
    assert organizer_in("比赛结束后,主办方为获奖选手颁发了获奖证书及奖品、奖金。") is None


@pytest.mark.parametrize(
    ("shape", "names", "sents", "name"),
    [
        # the body only says 拔河比赛: the headline's specific name
        (
            "generic_body",
            ["“歌唱祖国”合唱比赛", "合唱比赛", "合唱比赛"],
            [-1, 0, 2],
            "“歌唱祖国”合唱比赛",
        ),
        # the body's own specific wording before the headline's
        (
            "body_specific",
            ["“贺岁杯”拔河赛", "2026年仙游县“贺岁杯”拔河赛决赛"],
            [-1, 0],
            "2026年仙游县“贺岁杯”拔河赛决赛",
        ),
        # a specific name in the body beats a longer generic one
        (
            "specific_over_long",
            ["第八届书法大赛", "各位教师现场书法比赛"],
            [0, 3],
            "第八届书法大赛",
        ),
        ("nothing", [], [], None),
    ],
)
def test_pick_name_shapes(shape, names, sents, name):
    assert pick_name(names, sents) == name, shape


@pytest.mark.parametrize(
    ("shape", "a", "b"),
    [
        # either part of X暨Y names the event
        (
            "part_of_ji",
            "“联通杯”绍兴市第四届大学生运动会暨首届大学生校园足球联赛",
            "市大学生运动会",
        ),
        # the same quoted slogan moved within the name
        ("quote_moved", "职工“庆元旦”大型拔河比赛", "“庆元旦”职工大型拔河比赛"),
    ],
)
def test_same_event_more_shapes(shape, a, b):
    assert same_event(a, b), shape


@pytest.mark.parametrize(
    ("shape", "name", "kind"),
    [
        # a skill or knowledge contest with a sport word in its name is a competition
        ("skill_meet", "衢州市首届职工技能运动会", "competition"),
        ("quiz_about_chess", "“文学棋类知识竞赛”决赛", "competition"),
        # a sport stays a match
        ("sport", "第十五届万村千乡农民篮球赛", "match"),
    ],
)
def test_event_kind_shapes(shape, name, kind):
    assert event_kind(name, "") == kind, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "name"),
    [
        # a result verb before the contest is no part of its name
        (
            "result_verb_before",
            "最终高三一部3班学生赵辰威同学获第十四届创新作文大赛决赛全国一等奖",
            "第十四届创新作文大赛决赛",
        ),
        # a space set around a number inside the name
        (
            "spaced_number",
            "“百年青春路”庆祝建团 100 周年主题征文活动圆满结束",
            "“百年青春路”庆祝建团 100 周年主题征文活动",
        ),
        # a leg of a series (上海分站赛) belongs to the name
        (
            "series_leg",
            "2019“本站杯”全国少儿围棋赛上海分站赛战罢",
            "2019“本站杯”全国少儿围棋赛上海分站赛",
        ),
    ],
)
def test_name_boundaries(shape, sentence, name):
    assert [m.name for m in find_names(sentence)[0]][:1] == [name], shape


@pytest.mark.parametrize(
    ("shape", "sentence", "name"),
    [
        # an edition printed before a quoted name belongs to it
        (
            "edition_before_quote",
            "2月4日至8日,第十四届“全国中小学生创新作文大赛决赛”在厦门举行",
            "第十四届“全国中小学生创新作文大赛决赛”",
        ),
        # a series with an edition before the dash is part of the name, not a slogan
        (
            "series_before_dash",
            "前天下午,第八届嘉兴市“社区之声”文艺调演——“迎五一”全市社区之歌演唱大赛在宾馆举行",
            "第八届嘉兴市“社区之声”文艺调演——“迎五一”全市社区之歌演唱大赛",
        ),
        # a rule line before a heading is no part of the name
        (
            "rule_line",
            "-------“五四”青年节暨“5.12”护士节演讲比赛决赛结果",
            "“五四”青年节暨“5.12”护士节演讲比赛决赛",
        ),
        # genre words joined by 、 after a verb and a slogan
        (
            "genres_after_slogan",
            "活动中心举办了“辉煌70年”—暨第四届“巾帼杯”合唱、舞蹈比赛。",
            "第四届“巾帼杯”合唱、舞蹈比赛",
        ),
    ],
)
def test_name_shapes_around_quotes_and_dashes(shape, sentence, name):
    assert [m.name for m in find_names(sentence)[0]][:1] == [name], shape


def test_examples_then_the_size_of_the_field():
    # 包括A、B、C等N支…: the examples, then how many there were
    assert participants_in("本次比赛包括了北大、清华、新葡萄等16支北京高校代表队") == 16
    assert participants_in("A等3支队伍参加了比赛") is None  # some of the field


@pytest.mark.parametrize(
    ("shape", "text", "pub", "day"),
    [
        # 前日 is two days before publication
        (
            "qianri",
            "前日,龙港镇龙舟赛在乾头村河道举行。仙居龙舟队摘得第一名。",
            "2019-08-13",
            "2019-08-11",
        ),
        # a weekday: the last such day on or before publication
        ("weekday", "纽约马拉松赛周日开跑,王明获得男子组冠军。", "2019-11-05", "2019-11-03"),
        # a bare day before 迎来/结束…
        (
            "bare_day",
            "巴黎奥运会游泳比赛4日迎来最后一个比赛日,中国队获得接力冠军。",
            "2024-08-05",
            "2024-08-04",
        ),
        # a range inside one month held from its first day
        (
            "month_range_closing_day",
            "2022年9月20-23日,五原县“粮王”评选在县城举行。张三获得一等奖。",
            None,
            "2022-09-23",
        ),
    ],
)
def test_more_date_shapes(shape, text, pub, day):
    assert [e["date"] for e in extract_events(text, pub)] == [day], shape


@pytest.mark.parametrize(
    "sentence",
    [
        "邀请赛作为高校乒乓球协会之间一大重要赛事,是由新葡萄发起的",  # a description
        "主持人介绍了比赛规则,随后比赛正式开始",  # an adverb
    ],
)
def test_descriptions_are_no_contest_names(sentence):
    assert [m.name for m in find_names(sentence)[0] if m.strong] == []


def test_a_weekday_needs_a_day_of_publication():
    # only a year printed (no publication date): 周日 cannot be resolved
    text = "2018年龙舟邀请赛周日开赛,乐清市电力工会龙舟队获得男子组冠军。"
    assert [e["date"] for e in extract_events(text, None)] == [None]


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # teams and people of one field in two clauses: the people
        ("teams_then_people", "共有20支代表队参赛,248名运动员参加了比赛", 248),
        # teams in one event, people in another (团体赛 / 个人赛): no single field
        ("team_and_single_events", "8支老年象棋代表队参加团体赛,46名象棋爱好者参加个人赛", None),
    ],
)
def test_counts_in_two_clauses(shape, sentence, n):
    assert participants_in(sentence) == n, shape
