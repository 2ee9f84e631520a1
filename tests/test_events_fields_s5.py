"""Event fields, issue 15 (fifth session): one test per cause family, real passage fragments."""

from __future__ import annotations

import pytest
from events_pairs import contest_names as _names

from yunmei.events import extract_events
from yunmei.events.assembly import _BARE_GENRE_NAME_RE, own_category
from yunmei.events.facts import (
    event_kind,
    organizer_in,
    participants_in,
    same_event,
    venue_in,
    whole_field,
)


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a stop verb inside a noun: 主持人 is no 主持 (the verb)
        (
            "host_noun_not_a_verb",
            "上海师范大学第十二届主持人大赛决赛在奉贤校区举行。",
            ["上海师范大学第十二届主持人大赛决赛"],
        ),
        # the winners of earlier editions counted (两位冠军得主) are judges, not this contest
        (
            "past_winners_counted",
            "副主席邵晓敏以及第七届和第十一届主持人大赛的两位冠军得主。",
            [],
        ),
        # a holiday as the occasion before a cup name is dropped like 庆祝…节 (D4)
        ("holiday_occasion", "欢度国庆“吴庄杯”门球邀请赛开赛", ["“吴庄杯”门球邀请赛"]),
        # a reporters' credit in brackets before the name
        (
            "credit_in_brackets",
            "中新网施秉4月21日电 (蒲文思 辜祥军)2024“奔跑贵州”山地跑系列赛(施秉站)20日开跑",
            ["2024“奔跑贵州”山地跑系列赛(施秉站)"],
        ),
        # the contest word said again after a quote or a leg's bracket
        ("contest_word_again_quote", "“虎年闹元宵——舞狮大赛”比赛在县体育馆举行", ["舞狮大赛"]),
        (
            "contest_word_again_bracket",
            "“巅峰湖南·2023”六大名山登山赛(武冈站)比赛在武冈云山落下帷幕",
            ["“巅峰湖南·2023”六大名山登山赛(武冈站)"],
        ),
        # a straight quote opening a name whose close is outside it
        (
            "unpaired_straight_quote",
            '9 月 28 日,"2025 年全国老年人太极拳交流活动" 在这里隆重举行',
            ["2025 年全国老年人太极拳交流活动"],
        ),
        # genre nouns of a leg, a round or a show: 分区赛 / 海选赛 / 发表赛 / 会演 / 交流活动
        (
            "division_contest",
            "2021年“桃李杯”中国门球冠军赛宁波分区赛举行",
            ["2021年“桃李杯”中国门球冠军赛宁波分区赛"],
        ),
        (
            "presentation_contest",
            "中国质量协会主办的第五届中央企业QC小组成果发表赛日前落下帷幕",
            ["第五届中央企业QC小组成果发表赛"],
        ),
        ("exchange_meet", "第二十五届乒乓球交流活动举行", ["第二十五届乒乓球交流活动"]),
        # exhibitions with prizes (艺术展, not 艺术展演's prefix) and the X奥会 of a games
        (
            "art_exhibition",
            "由浙江省文化馆主办的浙江省“茶文化”剪纸艺术展于8月21日开展",
            ["浙江省“茶文化”剪纸艺术展"],
        ),
        ("art_show_not_exhibition", "2023年湛江市民间艺术展演举行", ["2023年湛江市民间艺术展演"]),
        (
            "olympiad_of_a_craft",
            "第四届全国武林斗茶大会暨首届中华茶奥会在杭州拉开序幕",
            ["第四届全国武林斗茶大会暨首届中华茶奥会"],
        ),
        # 以“X”为主题: the theme's verb ends before the name
        (
            "as_the_theme",
            "以“绿色脉动”为主题东方杯·2023中国女装设计大赛决出各奖项",
            ["东方杯·2023中国女装设计大赛"],
        ),
        # 诸暨 is a city: its 暨 joins no second name
        (
            "city_with_ji",
            "全国百城健身气功系列展示活动诸暨大会暨第七届绍兴市健身气功比赛开幕式在我市体育馆举行。",
            ["第七届绍兴市健身气功比赛"],
        ),
        # a host's titled programme before 暨 is an umbrella event, kept (D4)
        (
            "host_programme_before_ji",
            "西南交通大学“寻找新声Dai”暨2013年“金话筒”新生主持人大赛决赛在犀浦校区拉开帷幕",
            ["西南交通大学“寻找新声Dai”暨2013年“金话筒”新生主持人大赛决赛"],
        ),
        # a contest word read across a word boundary is none (晚会演出 / 开展演讲 / 现场赛出)
        ("gala_performance", "在春节联欢晚会演出中", []),
        ("carry_out_a_speech", "追梦者演讲协会以“探索”为主题开展演讲活动", []),
        ("race_out_a_level", "在比赛现场赛出水平", []),
        ("variety_show_kept", "第五届文艺会演落幕", ["第五届文艺会演"]),
        ("festival_word_read_on", "央视音乐节目中", []),
        ("exhibition_word_read_on", "学生进行书法展示", []),
        # team and single items counted are the contest's items, no names
        ("team_and_single_items", "设置中国象棋团体赛、个人赛两个项目", []),
        # what the contest is (竞赛为X大赛) is said of it, no name
        ("contest_is_a_class", "竞赛为天津市一类技能大赛,经过激烈角逐", []),
        (
            "contest_is_its_proper_name",
            "本届大赛为第十届湛江市青少年书法大赛,共有",
            ["第十届湛江市青少年书法大赛"],
        ),
        # a name set in quotes is proper; a goal (打造…赛事) is no name
        (
            "quoted_whole_and_a_goal",
            "“完胜·三人篮球赛”近日在广场举行,致力于打造社区体育品牌赛事。",
            ["完胜·三人篮球赛"],
        ),
    ],
)
def test_name_s5_shapes(shape, sentence, names):
    assert _names(sentence) == names, shape


def test_edition_in_either_numerals_is_one_event():
    assert same_event("“第十四届中国合唱节”", "2017第14届中国合唱节")
    assert not same_event("第33届X大赛", "第34届X大赛")


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # a count of places before the teams is the field's scope, no delegation
        ("places_counted", "九省区18支球队经过5天紧张角逐", 18),
        # a group formed to enter is one delegation, the total later is the field
        ("a_group_formed", "碧波实小组建7人小组参加了在韩国举办的比赛", None),
        # the teams counted after their noun
        ("teams_first", "本次合唱节参赛队伍141支,来自全国各地共7000多人齐聚宁波江北", 141),
        # the ones sent on to a higher contest are a delegation
        ("sent_on", "经过校级评选,共11位同学被推荐参加苏州市的汉字书写大赛。", None),
        # schools whose works entered: the works are counted, no competitors
        ("units_of_works", "本次比赛共有来自全国132所院校的8264件作品参加初赛", None),
        # the reporting place's units, a delegation described on, the finishers
        ("own_units", "我县烹饪职业技术学院、西西饭店等10个单位的22名选手参加了8项比赛", None),
        ("delegation_described", "平潭一中机器人小组派出了4支队伍,共有8名学生", None),
        ("own_team", "本次大赛吸引了8支代表队参加,我市代表队共有12名选手参赛", 8),
        ("every_place_sent", "全市各县区共派出32支代表队,500名运动员参加比赛", 500),
        ("a_party_of", "张洁及5名参赛学生一行8人参加了大赛", None),
        ("finishers", "在最终完赛的19名选手中,殷茹涵同学表现出色", None),
        # performers of a show beside the contest (242名参赛选手…茶艺表演 are entrants)
        ("performers", "在展示活动中,暨阳小学160名学生和站点的130名代表分别表演了八段锦。", None),
        ("entrants_performing", "242名参赛选手在广州呈现了一场场经典优雅的茶艺表演", 242),
        # people nouns of the family: students of every level, workers, performers
        ("students_any_level", "共有全国51所高校的300多名在校本专科生、研究生报名参赛", None),
        # the pool the finalists were chosen from is the whole field (D2)
        ("chosen_from_the_field", "从600名选手当中筛选出16位选手进入决赛。", 600),
    ],
)
def test_participants_s5_shapes(shape, sentence, n):
    assert participants_in(sentence) == n, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "organizer"),
    [
        # bodies holding it together (由A、B联合举办 / A联合B举办的) are its organisers
        (
            "jointly_held_by",
            "电工决赛由湖北省总工会、湖北省经济和信息化厅联合举办,共有",
            "湖北省总工会、湖北省经济和信息化厅",
        ),
        (
            "a_joined_by_b",
            "9月28日朱备镇文体中心联合朱备镇新时代文明实践所举办“农商行杯”象棋比赛活动。",
            "朱备镇文体中心联合朱备镇新时代文明实践所",
        ),
        # 在X主办的Y中: the organiser after 在
        (
            "in_the_contest_held_by",
            "近日,在衡水市教育科学研究所主办的2025年中小学幼儿园市级优质课评选活动中,",
            "衡水市教育科学研究所",
        ),
        # the count of the bodies named is no body
        (
            "bodies_counted",
            "由中国发明协会、山东省教育厅、山东省科学技术协会等六家单位主办",
            "中国发明协会、山东省教育厅、山东省科学技术协会",
        ),
    ],
)
def test_organizer_s5_shapes(shape, sentence, organizer):
    assert organizer_in(sentence) == organizer, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # a hall, then the square by it
        (
            "square_by_a_hall",
            "“完胜·三人篮球赛”近日在广州地铁博物馆门前的广场举行",
            "广州地铁博物馆门前的广场",
        ),
        # a race starts (鸣笛开跑) where it is held
        ("race_started", "挑战赛20日在贵州省施秉县鸣笛开跑,赛事吸引", "贵州省施秉县"),
        # an adverb before the verb is no part of the place (在京隆重举行 / 在X联合开展)
        ("city_then_adverb", "第七届中国工业大奖发布会在京隆重举行,", "京"),
        (
            "place_then_jointly",
            "文明实践中心在红阳初级中学联合开展了“担复兴大任 做时代新人”新中国史知识竞赛",
            "红阳初级中学",
        ),
    ],
)
def test_venue_s5_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


def test_lead_contest_earlier_in_the_same_sentence_names_a_level_description():
    text = (
        "由中国合唱协会主办的第十二届中国合唱节大赛,近日在温州大剧院上演,"
        "青岛市教师合唱团再次荣获全国级合唱比赛的金奖。"
    )
    events = extract_events(text, "2014-08-01")
    assert [e["name"] for e in events] == ["第十二届中国合唱节大赛"]


@pytest.mark.parametrize(
    ("shape", "sentence", "whole"),
    [
        ("a_scope_s_total", "全市共有70名选手参与角逐,展示东莞少儿高水平的讲故事技巧", True),
        (
            "entrants_before_the_rounds",
            "来自医院14个临床教研室的29位青年教师参加了此次竞赛,经过两场预赛,11位选手进入决赛",
            True,
        ),
        ("winners_listed", "全市共有175名同学上榜。", False),
        ("first_round_entrants", "全国共有32个赛区的288355名学生参加了初赛。", False),
    ],
)
def test_whole_field_of_a_final_s5(shape, sentence, whole):
    assert whole_field(sentence) is whole, shape


def test_category_that_is_the_contest_without_its_genre_word_is_none():
    # 获得了本届主持人大赛冠军: 主持人 is the contest (主持人大赛) cut, no group of it
    assert own_category("主持人", ["上海师范大学第十二届主持人大赛决赛", "主持人大赛"]) is None
    assert own_category("男子组", ["主持人大赛"]) == "男子组"


def test_short_form_without_the_stage_is_the_same_contest():
    assert same_event("主持人大赛", "上海师范大学第十二届主持人大赛决赛")


@pytest.mark.parametrize(
    ("shape", "name", "kind"),
    [
        # a lesson or produce judged is a contest, though 评选 / 推介 is in its name
        ("lessons_judged", "第二届教师优质课评选活动", "competition"),
        ("produce_tasted", "第四届“华西村”杯江苏好大米评鉴推介", "competition"),
        # works or titles judged stay a selection (作品评选 holds no 品评)
        ("works_judged", "2022年度湛江市优秀新闻作品评选", "selection"),
    ],
)
def test_kind_s5_shapes(shape, name, kind):
    assert event_kind(name, "") == kind, shape


def test_bare_genre_with_a_sex_group_is_no_name():
    # 男子篮球比赛 is a genre and a group, no contest's name; 普通话演讲比赛 still is one
    assert _BARE_GENRE_NAME_RE.fullmatch("男子篮球比赛")
    assert not _BARE_GENRE_NAME_RE.fullmatch("普通话演讲比赛")


def test_date_of_the_day_the_entrants_competed_when_nothing_else_dates_it():
    text = (
        "经过校级评选,我校同学被推荐参加苏州市中小学生汉字书写大赛。2021年11月14日,"
        "语文教研室刘娇老师带领学生去苏州市青少年活动中心参赛。最终,蒋立恒同学获得一等奖。"
    )
    assert [e["date"] for e in extract_events(text, "2021-12-01")] == ["2021-11-14"]
