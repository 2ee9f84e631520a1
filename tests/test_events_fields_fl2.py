"""Event fields, issue 15 (generalisation pass): one test per shape, sentences written for the test."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.assembly import own_category
from yunmei.events.facts import find_names, participants_in, venue_in


def _event(text, published_at="2021-05-20", title=None):
    events = extract_events(text, published_at, title=title)
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("shape", "text", "name"),
    [
        # a genre with a qualifier (language, season, 争霸) names the contest
        (
            "qualified_genre_language",
            "4月9日,外语系举办日语演讲比赛。王芳获得一等奖。",
            "日语演讲比赛",
        ),
        (
            "qualified_genre_season",
            "工会组织开展了秋季拔河比赛。机修车间代表队获得冠军。",
            "秋季拔河比赛",
        ),
        ("qualified_genre_contest", "棋社举办了象棋争霸比赛。李明夺得冠军。", "象棋争霸比赛"),
        # a bare genre of three characters or less is a description, not a name
        ("bare_genre", "学校举行了广播操比赛。初二(3)班获得一等奖。", None),
        ("bare_genre_two", "村里举行龙舟比赛,东村队获得冠军。", None),
    ],
)
def test_genre_names(shape, text, name):
    assert _event(text)["name"] == name, shape


def test_year_digits_make_headline_name_specific():
    # the body only says 演讲比赛; a year in digits makes the headline's name a proper one
    text = "10月14日,学院举办了演讲比赛。王芳获得一等奖。"
    assert _event(text, title="新闻学院举办2020新生演讲比赛")["name"] == "2020新生演讲比赛"


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a verb of getting into a round ends the words before the contest
        ("shortlisted_before_name", "经过初评,共有16位选手入围校园选拔赛", ["校园选拔赛"]),
        ("shortlisted_before_name2", "全省有30支队伍入围江城杯足球赛", ["江城杯足球赛"]),
        ("broke_into_final", "首次参加职业公开赛就闯入决赛的小将", ["职业公开赛"]),
        # 自…以来: a past edition the report counts from, no contest of its own
        ("since_first_edition", "自2015年首届比赛以来,已举办七届", []),
        ("since_edition_event", "自2019年首届赛事以来,江城杯每年举行", []),
        # 该项赛事: the event just named, a description
        ("this_item_event", "这是该队第一次夺得该项赛事的冠军", []),
        # a series leg after a middle dot, a host city or an item in brackets
        (
            "series_leg_dot",
            "2022江城网球挑战赛·河口站在河口网球中心落幕",
            ["2022江城网球挑战赛·河口站"],
        ),
        (
            "host_city_bracket",
            "2023年江城龙舟争霸赛(河口)在北湖开赛",
            ["2023年江城龙舟争霸赛(河口)"],
        ),
        (
            "item_bracket",
            "第三届江城职业技能大赛(烹饪项目)于5月举行",
            ["第三届江城职业技能大赛(烹饪项目)"],
        ),
        # a team contest of a non-ball sport is a contest name too
        ("skating_team_contest", "2022年江城花样滑冰团体赛近日落幕", ["2022年江城花样滑冰团体赛"]),
        ("swimming_team_contest", "首届江城游泳团体赛在市体育馆举行", ["首届江城游泳团体赛"]),
        # a stage right after a cup or a quoted title is the contest's final, named
        ("cup_then_final", "一场精彩的院长杯篮球决赛在东区球场展开", ["院长杯篮球决赛"]),
        ("quoted_then_final", "“青春飞扬”朗诵决赛在报告厅落下帷幕", ["“青春飞扬”朗诵决赛"]),
        ("bare_final", "随后进行了篮球决赛", []),
        ("short_quote_final", "开州“村BA”决赛在体育馆开打", []),
        # an exchange contest between towns, a mixed team contest
        (
            "exchange_contest",
            "近日,江城、河口两地象棋交流赛在文化馆落幕",
            ["江城、河口两地象棋交流赛"],
        ),
        (
            "mixed_team_contest",
            "第三届教职工乒乓球混合团体赛在体育馆结束",
            ["第三届教职工乒乓球混合团体赛"],
        ),
        # the occasion a contest is held for, before a place, year or cup, is no part of its name
        (
            "occasion_before_place",
            "庆祝第六个中国农民丰收节江城县农民运动会在北湖村举行",
            ["江城县农民运动会"],
        ),
        ("occasion_before_cup", "河口镇举行迎新春“丰收杯”象棋赛", ["“丰收杯”象棋赛"]),
        (
            "anniversary_before_year",
            "喜迎建校60周年2021年江城中学田径运动会开幕",
            ["2021年江城中学田径运动会"],
        ),
        # before a bare genre the occasion is all the name there is
        ("occasion_before_genre", "工会举办了迎新年职工拔河比赛", ["迎新年职工拔河比赛"]),
        # only the bare contest word is left after a result verb: no name
        ("result_verb_then_contest_word", "江城大学的“晨光”团队等5个项目获大赛一等奖", []),
        ("result_verb_then_name", "李明同学获第五届江城杯作文大赛一等奖", ["第五届江城杯作文大赛"]),
        # the contest word said twice (大赛比赛结果) is one name
        (
            "contest_word_twice",
            "2020年江城市青年教师优质课大赛比赛结果揭晓",
            ["2020年江城市青年教师优质课大赛"],
        ),
        ("two_suffixes_one_name", "第三届江城合唱展演大赛在剧院举行", ["第三届江城合唱展演大赛"]),
        # a bullet or a feature's 记 before the name
        ("bullet_before_name", "○第二届“江城杯”少年围棋赛昨天收盘", ["第二届“江城杯”少年围棋赛"]),
        ("feature_record_of", "——记江城小学2021春季跳绳比赛", ["江城小学2021春季跳绳比赛"]),
        ("reporters_cup_kept", "记者杯江城市羽毛球赛在体育馆开赛", ["记者杯江城市羽毛球赛"]),
        # 专家评审评比: the judging, no contest
        ("judging_by_review", "经过专家评审评比成绩汇总,评出一等奖5名", []),
        # the ground of a contest (拔河赛场上) is no name
        ("contest_ground", "从江城首届农民运动会拔河赛场上传来喜讯", ["江城首届农民运动会"]),
        # a league's numbered leg and its cup belong to the name
        (
            "league_leg_cup",
            "2021年江城桥牌俱乐部联赛第二站河口杯的比赛15日闭幕",
            ["2021年江城桥牌俱乐部联赛第二站河口杯"],
        ),
        # a description before a dash: 品牌赛事——X
        (
            "description_dash",
            "由协会打造的品牌赛事——2020江城钓鱼精英赛近日举行",
            ["2020江城钓鱼精英赛"],
        ),
        # a contest an entrant took part in before: no name of this report
        ("just_won_elsewhere", "刚刚在全国公路自行车锦标赛上夺冠的马彬焱获得亚军", []),
        ("beaten_before", "其中有在象甲联赛中战胜过吕钦的一级强将", []),
        ("time_of_earlier_result", "突破了她在2015年世锦赛拿到第三时的成绩", []),
        (
            "after_days_kept",
            "第五届教职工羽毛球赛经过4天激烈比拼在体育馆结束",
            ["第五届教职工羽毛球赛"],
        ),
        # the leg of a series reported: X站的比赛
        (
            "series_leg_reported",
            "2023首届江城公路自行车联赛河口北湖站的比赛7月1日开幕",
            ["2023首届江城公路自行车联赛河口北湖站"],
        ),
        # a themed programme, a joint exhibition, a contest of skills named 活动
        ("themed_programme", "工会在北湖公园开展了“健步同行”主题活动", ["“健步同行”主题活动"]),
        (
            "joint_exhibition",
            "十城市联合举办了少儿书画作品网络联展活动",
            ["少儿书画作品网络联展活动"],
        ),
        ("skills_bout", "学院举办“茶香校园”茶艺比拼活动", ["“茶香校园”茶艺比拼活动"]),
        # a generic sports programme stays no name (阳光体育活动)
        ("sunshine_sports", "中高年级利用阳光体育活动时间进行比赛", []),
        # 公共 is a word, not 共 (a total) after 公
        (
            "public_in_name",
            "第二届“卫康杯”公共卫生知识竞赛在礼堂举行",
            ["第二届“卫康杯”公共卫生知识竞赛"],
        ),
    ],
)
def test_name_shapes(shape, sentence, names):
    assert [n.name for n in find_names(sentence)[0]] == names, shape


def test_division_needs_verb_after_bracket():
    # a bracket that is a note, not a host city, stays out of the name
    got = find_names("2023年江城龙舟争霸赛(图)现场")[0]
    assert [n.name for n in got] == ["2023年江城龙舟争霸赛"]


@pytest.mark.parametrize(
    ("shape", "text", "name"),
    [
        # the results follow a contest the entrants once took part in; the lead's held one is reported
        (
            "past_contest_of_entrants",
            "6月2日,第五届江城市青年教师技能大赛在市体校举行。曾参加2019年全省教师技能大赛的"
            "选手也参加了本次比赛。王芳获得一等奖。",
            "第五届江城市青年教师技能大赛",
        ),
        (
            "purpose_contest",
            "4月15日,第十一届“江城杯”创业大赛决赛在图书馆举行。大赛旨在为“创青春”全国大学生"
            "创业大赛选拔作品。李明团队获得一等奖。",
            "第十一届“江城杯”创业大赛决赛",
        ),
        # a second proper name reported as held keeps the results
        (
            "results_of_held_contest",
            "5月1日,第二届江城杯象棋赛开幕。5月3日,第三届河口杯象棋赛在文化馆落幕,张强获得冠军。",
            "第三届河口杯象棋赛",
        ),
    ],
)
def test_held_contest_over_referred(shape, text, name):
    assert _event(text)["name"] == name, shape


@pytest.mark.parametrize(
    ("shape", "text", "n"),
    [
        # the entrants of a reported final came through earlier rounds: not the field (D2)
        (
            "final_people",
            "5月8日,第三届江城杯演讲比赛决赛在礼堂举行,来自各系的12名选手参加。王芳获得一等奖。",
            None,
        ),
        (
            "second_round_people",
            "第五届江城市数学竞赛复赛在一中举行,共有86名学生参加。李明获得一等奖。",
            None,
        ),
        (
            "grand_final_people",
            "第二届江城市诗词大会总决赛在电视台举行,20名选手同台竞技。张强摘得桂冠。",
            None,
        ),
        # the lead reports the contest's final without naming the stage in the name
        (
            "final_of_named_contest",
            "12月3日,第五届江城杯校园歌手大赛的决赛在礼堂隆重举行。16位选手依次登台。王芳获得一等奖。",
            None,
        ),
        (
            "final_held_in_lead",
            "第二届江城市导游大赛举行了决赛,共有12名选手参加。李明获得一等奖。",
            None,
        ),
        # a league's grand final counts its sides: the field
        (
            "league_grand_final_teams",
            "2020年江城市篮球联赛总决赛在体育馆落幕,全市8支代表队参赛。河口镇代表队获得冠军。",
            8,
        ),
        # no stage in the name: the count stays
        (
            "whole_contest_people",
            "第三届江城杯演讲比赛在礼堂举行,来自各系的12名选手参加。王芳获得一等奖。",
            12,
        ),
    ],
)
def test_final_is_no_field(shape, text, n):
    assert _event(text)["participants"] == n, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # people right after the teams, joined by 共 / 、 or with a quoted epithet: the people
        ("teams_total_people", "来自全省的120支队伍共360名钓手参加了比赛", 360),
        ("teams_comma_people", "来自各地的18支龙舟队伍、420名运动员参加比赛", 420),
        ("quoted_epithet_people", "来自全国的40支劲旅160名“业余”棋手参加了比赛", 160),
        # the units that sent the people, a longer phrase before 的: the people
        ("units_sent_people", "只有来自一、二、三公司等4家单位推荐上来的26名选手参加", 26),
        # counts per group, then the finalists' verb: not the field
        ("groups_then_finalists", "软笔组的6位同学、硬笔组的15位同学脱颖而出,晋级至决赛环节", None),
        # people approximate after the teams: the teams
        ("teams_then_about_people", "来自全省的120支队伍共300余名钓手参加了比赛", 120),
    ],
)
def test_people_after_teams(shape, sentence, n):
    assert participants_in(sentence) == n, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # the start of a race, the end of a stage, a quoted "battle", a programme held
        ("start_gun", "第三届江城马拉松上午7点在人民广场鸣枪起跑", "人民广场"),
        ("start_gun_adverb", "第三届江城马拉松在滨河体育中心正式鸣枪", "滨河体育中心"),
        ("stage_over", "江城杯篮球赛北区比赛在河口县完毕,东村队获得季军", "河口县"),
        ("quoted_battle", "第五届江城龙舟大赛在北湖龙舟基地“开战”", "北湖龙舟基地"),
        ("programme_held", "工会组织会员在滨江公园开展了健步走比赛", "滨江公园"),
        # 在刚闭幕的X上: an adverb, not a one-character city
        ("just_closed", "在刚闭幕的第二届全国技能大赛上,江城选手取得5金", None),
        ("city_short_name", "第二届江城杯象棋赛在京落幕", "京"),
        # a playground opening the clause, the contest held "here" after it
        (
            "playground_then_here",
            "5月15日上午,河口镇中心小学操场上洋溢着欢快的旋律,一场健身操比赛在这里隆重举行",
            "河口镇中心小学操场",
        ),
        # a place, 的, then the spot in it; but not 的 before guidance or support
        (
            "spot_in_a_place",
            "第二届江城钓鱼精英赛在广东东莞市的松山湖举行了总决赛",
            "广东东莞市的松山湖",
        ),
        ("spot_in_a_village", "龙舟邀请赛在河口镇乾头村的一河道举行", "河口镇乾头村的一河道"),
        ("under_guidance", "比赛在江城市体育局的指导下举行", None),
        # the place, a comma, then who held it
        (
            "place_comma_holder",
            "5月8日,在江城学院201教室,由外语系举办了演讲比赛",
            "江城学院201教室",
        ),
    ],
)
def test_venue_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


@pytest.mark.parametrize(
    ("shape", "cat", "want"),
    [
        # a time or a manner is no group
        ("tonight", "今晚的比赛", None),
        ("final_match", "最终比赛", None),
        ("tied", "并列", None),
        # the contest word after the item, or 的争夺
        ("item_contest_word", "沏泡茶赛项", "沏泡茶"),
        ("group_struggle", "男子组的争夺", "男子组"),
        # 比赛 after an item or a group (混合双打比赛 / 男子组比赛): the item
        ("item_then_contest_word", "混合双打比赛", "混合双打"),
        ("group_then_contest_word", "教工组比赛", "教工组"),
        ("genre_contest_kept", "象棋比赛", "象棋比赛"),
        # 男子冠军: the men's group
        ("men_bare", "男子", "男子组"),
        ("women_bare", "女子", "女子组"),
        # 在 before a group is the preposition (在企业组中), but 在校生组 is a group
        ("in_the_group", "在企业组", "企业组"),
        ("enrolled_students_group", "在校生组", "在校生组"),
        # a group or an item as printed stays
        ("plain_group", "男子组", "男子组"),
        ("item_with_race", "女子组500米直道赛", "女子组500米直道赛"),
    ],
)
def test_category_cleanup(shape, cat, want):
    assert own_category(cat, ["第三届江城杯运动会"]) == want, shape


@pytest.mark.parametrize(
    ("shape", "text", "published_at", "day"),
    [
        # an agency dateline on a page without a date, the year printed in the contest's name
        (
            "dateline_with_name_year",
            "新华社北京8月23日电 2022年江城桥牌锦标赛23日在北京落幕,先锋队获得冠军。",
            None,
            "2022-08-23",
        ),
        # the day on the line before the name, the line broken after a comma
        (
            "day_on_broken_line",
            "12月21日,由江城县总工会主办,\n\n2017江城县首届烹饪技能大赛在名都酒店隆重举行。\n伍彬获得第一名。",
            "2021-09-10",
            "2017-12-21",
        ),
        # a full stop ends the line: its day is not the contest's
        (
            "day_on_closed_line",
            "12月21日,江城县天气晴朗。\n\n2017江城县首届烹饪技能大赛在名都酒店隆重举行。\n伍彬获得第一名。",
            "2021-09-10",
            None,
        ),
        # 上月29日: a day of the month before publication
        (
            "day_of_last_month",
            "本报讯 上月29日,第十二届江城合唱节在温州落幕。江城合唱团获得金奖。",
            "2013-12-07",
            "2013-11-29",
        ),
        (
            "day_of_last_month_january",
            "上月28日,第三届江城杯象棋赛在文化宫落幕。张强获得冠军。",
            "2021-01-05",
            "2020-12-28",
        ),
    ],
)
def test_date_shapes(shape, text, published_at, day):
    assert _event(text, published_at)["date"] == day, shape
