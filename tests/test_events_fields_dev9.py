"""Event fields, issue 15 (dev9 round): one test per cause family, real passage fragments (dev9 and
the sets the family recurs in)."""

from __future__ import annotations

from datetime import date

import pytest
from events_pairs import contest_names as _names

from yunmei.events import extract_events
from yunmei.events.facts import (
    closing_day,
    dateline_day,
    event_kind,
    first_date,
    organizer_in,
    participants_in,
    pick_name,
    venue_in,
    whole_field,
)
from yunmei.events.text import Sentence


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # 共 is a stop (共有…), but not inside 共和国
        (
            "republic_not_a_stop",
            "在7月11日上午举办的中华人民共和国第十三届运动会群众比赛健身气功决赛中,北京队夺冠",
            ["中华人民共和国第十三届运动会群众比赛健身气功决赛"],
        ),
        # the umbrella a contest is a part of names no contest (as 之一)
        (
            "part_of_an_umbrella",
            "本次比赛属于庐阳区第九届文化艺术节活动的一部分,共有10支参赛曲目",
            [],
        ),
        # a contest the entrants go on to is not the one reported
        (
            "future_entry_represent",
            "比赛成绩突出的参赛教师将代表该县参加2024年崇左市幼儿园教师技能比赛。",
            [],
        ),
        (
            "future_entry_final",
            "获得前25名的选手将代表浙江省参加全国钓鲫精英赛总决赛。",
            [],
        ),
        # a result verb ends the recipient before the name (捧起 / 勇夺 like 获得)
        (
            "result_verb_lift",
            "双打亚军鲁晶晶成功捧起2009“梅赛德斯-奔驰杯”中国网球大奖赛女子双打冠军奖杯",
            ["2009“梅赛德斯-奔驰杯”中国网球大奖赛"],
        ),
        # 争夺 (the verb) ends the sides listed before the contest (争夺赛 stays a genre)
        (
            "fought_for_after_the_sides",
            "与来自上海市复旦附中、延安中学、大同中学、上外附中、大屯一中一起争夺世博知识大赛总决赛高中组的冠军",
            ["世博知识大赛总决赛"],
        ),
        # 各X决赛: the finals of each subject are no part of the contest's name
        (
            "each_subject_s_final",
            "昨日,龙华区教师职业技能大赛各学科决赛结果揭晓,观澜二中各学科参赛选手脱颖而出",
            ["龙华区教师职业技能大赛"],
        ),
        # quiz shows held as contests are genre nouns (大会 alone is a meeting)
        (
            "quiz_show_genre",
            "今天下午,2019第四届上海小学生古诗文大会五年级组的前十名,在上海图书馆参加了总决选。",
            ["2019第四届上海小学生古诗文大会"],
        ),
    ],
)
def test_name_shapes(shape, sentence, names):
    assert _names(sentence) == names, shape


def test_headline_self_reference_is_part_of_the_name():
    # D8: 我校 printed before the name in the headline, the body prints the name without it
    names = ["我校第五届教职工乒乓球友谊赛", "第五届教职工乒乓球友谊赛"]
    assert pick_name(names, [-1, 0]) == "我校第五届教职工乒乓球友谊赛"


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        (
            "closed_mingjin",
            "汕尾市第五届中学生运动会于1月2日下午在陆河外国语学校鸣金。",
            "陆河外国语学校",
        ),
        (
            "decided_there",
            "2025年全国游泳冠军赛20日在广东深圳决出五枚金牌。",
            "广东深圳",
        ),
        # 在X…上决出: an occasion, no place (blind7 b7b-033)
        ("decided_at_an_occasion", "大赛5月29日晚在2023盛泽时尚周上决出各奖项。", None),
        (
            "curtain_raised_on_the_contest",
            "我所2010年职工趣味运动会在所运动场拉开竞赛帷幕,来自18个基层分工会的职工参加",
            "所运动场",
        ),
        # an earlier round's place is not the contest's; the final's 现场角逐 is
        (
            "earlier_round_then_final",
            "复赛于今年的6月26日在上海中学生报社举行,共有前160多名的参赛队参加,"
            "总决赛于10月17日在上海图书馆二楼大厅现场角逐,共有30个代表队参加。",
            "上海图书馆二楼大厅",
        ),
        # the place, a comma, then the organisers' clause and the contest held
        (
            "place_then_organisers_clause",
            "2018年11月30日,天气骤冷,在上海市崇明区体育中心,由上海市健身气功管理中心和上海市崇明区体育局"
            "主办的2018年上海市健身气功指导总站交流赛成功举办。",
            "上海市崇明区体育中心",
        ),
        # the family of 开拍 / 收杆 for other games (constructed from the dev9 shapes)
        ("whistle_kick_off", "第五届职工足球赛在市体育中心鸣哨开赛", "市体育中心"),
        ("go_boards_opened", "围棋赛在县文化馆开枰", "县文化馆"),
        ("online_is_no_place", "本次大赛全程在线上举行,共有八个旗区选送的十五个作品参赛", None),
        (
            "zaixian_is_no_zai",
            "中国教育网、中国教育在线、中国教育人博客每年暑假都面对全国联合举办征文活动",
            None,
        ),
        (
            "continued_there",
            "2019年全国游泳冠军赛暨世锦赛选拔赛继续在青岛进行,女子50米自由泳决赛",
            "青岛",
        ),
    ],
)
def test_venue_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "count"),
    [
        # one team's members are not the field
        ("per_team", "采用团体赛分台定人制,每队三名选手且第三台必须是女选手。", None),
        (
            "a_named_team_s_members",
            "在快速问答环节上,电研121代表队的三名女选手凭借其完美的配合成绩十分突出。",
            None,
        ),
        # … but teams counted, then their people, are the field
        (
            "teams_counted_then_people",
            "来自全国18个代表队的501名运动员为五个单项的冠军展开争夺。",
            501,
        ),
        ("scope_teams_then_people", "来自各乡镇专职消防队的60名队员同台竞技。", 60),
        # the entrants of a final
        ("entered_the_final", "最后有来自全国各地的68名获奖获选作者参加现场决赛。", None),
        ("finalists_in_the_noun", "尤其是飞花令环节,现场五位晋级选手棋逢对手。", None),
        # took part and won: the winners
        (
            "took_part_and_won",
            "校领导为五名积极参加中国教育网暑期全国征文并获奖的小作家颁奖。",
            None,
        ),
        # union branches compete as teams; teams counted bare
        ("branch_unions", "来自18个基层分工会的500余名职工、研究生参加了竞赛活动。", 18),
        # a note in brackets between the teams and their people is no break: one field, the people
        (
            "note_between_teams_and_people",
            "共有来自全国19支代表队(包括业余俱乐部等)的57名运动员参赛,其中男运动员33名,女运动员24名。",
            57,
        ),
        # a team named with a numeral is no count
        ("team_named_with_a_numeral", "第一名:红星四队,第二名:七室五队,第三名:三室队。", None),
        ("teams_counted_bare", "报名参加此次活动的共计有32队,参赛人员、裁判共计180人。", 32),
    ],
)
def test_participant_shapes(shape, sentence, count):
    assert participants_in(sentence) == count, shape


def test_byline_day_is_the_page_s():
    s = Sentence(
        0, 0, "2018-12-03通讯员庄梅春报道/摄影:2018年11月30日,2018年上海市健身气功交流赛成功举办。"
    )
    assert first_date(s, date(2018, 12, 6)) == date(2018, 11, 30)


def test_until_today_is_no_day():
    s = Sentence(
        0,
        0,
        "直至今天,拔河的意义已经有了更多的解释,为了丰富公司职工的业余文化生活,4月24日下午我们进行了一次力的较量。",
    )
    assert first_date(s, date(2019, 4, 10)) == date(2018, 4, 24)


def test_announcement_day_is_no_contest_day():
    s = Sentence(
        0, 0, "2012年10月22日晚上,本年度的暑期有奖征文获奖名单揭晓,副校长亲自为孩子们颁奖。"
    )
    assert first_date(s, None) is None


def test_report_dateline_dates_today():
    body = "东方网记者刘轶琳12月21日报道:今天下午,古诗文大会五年级组的前十名参加了总决选。"
    assert dateline_day(body, date(2019, 12, 31)) == date(2019, 12, 21)


def test_days_of_play_listed_close_on_the_last():
    s = Sentence(
        1, 0, "经过15日晚、19日晚和20日中午的激烈角逐,本届趣味运动会5个团体项目的比赛圆满结束。"
    )
    assert closing_day([s], date(2010, 9, 15)) == date(2010, 9, 20)


def test_jointly_held_with_a_partner_clause():
    sentence = (
        "今年8—10月,禅城区委社会工作部联合区妇联、区教育局、区文明办等部门,联动南方+禅城频道,"
        "举办禅城区骑手友好社区“童绘地图”创作大赛。"
    )
    assert organizer_in(sentence) == "禅城区委社会工作部联合区妇联、区教育局、区文明办"


def test_dev9_passage_fields():
    # the whole pipeline on a dev9 lead: the republic's name and the place (在X开赛)
    text = (
        "9月21日,中华人民共和国第十四届运动会山地自行车项目决赛在延安黄陵森林公园开赛。"
        "最终,云南队的吕先景位列第二;同样来自贵州轮迹自行车运动俱乐部的陈科宇获得第三名。"
    )
    (event,) = extract_events(text)
    assert event["name"] == "中华人民共和国第十四届运动会山地自行车项目决赛"
    assert event["venue"] == "延安黄陵森林公园"


@pytest.mark.parametrize(
    ("shape", "sentence", "whole"),
    [
        (
            "nation_s_entrants_of_a_final",
            "共有来自全国19支代表队(包括业余俱乐部等)的57名运动员参赛,其中男运动员33名",
            True,
        ),
        (
            "city_s_entrants_of_a_final",
            "来之全市128所学校,890支队伍,1100余名科创少年参加此次比赛,共同见证了荣耀",
            True,
        ),
        # finalists stay finalists (D2), also when the people are counted without their units
        ("finalists_from_a_city", "来自全市的16名选手进入决赛,角逐一等奖", False),
        ("final_s_entrants_from_a_city", "决赛在市体育馆举行,来自全市的20名选手参加了比赛", False),
    ],
)
def test_whole_field_of_a_final(shape, sentence, whole):
    assert whole_field(sentence) is whole, shape


@pytest.mark.parametrize(
    ("shape", "name", "context", "report"),
    [
        # robots and cooking are contests of skill, even under 锦标赛 or beside a tug-of-war
        ("robot_championship", "第七届亚洲机器人锦标赛VEX工程挑战赛", "", ""),
        ("cooking_after_a_tie_break", "“烹饪大赛”", "只好通过加赛拔河决定冠军的归属", "加赛拔河"),
        # a dance judged: 健身 names the occasion (健身操比赛 stays a match)
        ("dance_aerobics", "“舞动健康炫出风采”奔牛镇第十一届村(社区)健身操舞大赛", "", ""),
    ],
)
def test_skill_contest_kinds(shape, name, context, report):
    assert event_kind(name, context, report) == "competition", shape


def test_aerobics_stays_a_match():
    assert event_kind("2023年湛江市“红领巾”健身操比赛", "") == "match"


@pytest.mark.parametrize(
    ("shape", "name", "kind"),
    [
        # fun games of physical items are matches (趣味运动会 / 趣味两项赛 of walking and darts)
        ("fun_two_item_games", "“趣味两项赛”", "match"),
        ("fun_sports_meet", "镇村干部职工趣味运动会", "match"),
        # a fun quiz stays a contest of knowledge
        ("fun_quiz", "趣味知识竞赛", "competition"),
    ],
)
def test_fun_games_kinds(shape, name, kind):
    assert event_kind(name, "") == kind, shape
