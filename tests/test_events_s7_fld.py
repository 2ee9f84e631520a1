"""Event fields, issue 15 (seventh session): one test per cause family, real passage fragments."""

from __future__ import annotations

import pytest
from events_pairs import contest_names as _names

from yunmei.events import extract_events
from yunmei.events.facts import organizer_in, participants_in, venue_in, whole_field


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # 来自 + a list of places ending in one (开发区): the field's origin, no place's delegation
        (
            "origin_list_of_places",
            "来自全市各县(市)、区、开发区11支代表队近300名运动员参加了比赛。",
            11,
        ),
        # 来自 + places listed before the count: where the field comes from, not the teams named
        (
            "origin_listed_before_the_count",
            "来自固安县乡镇、园区单位11支代表队,150余名运动员参加。",
            11,
        ),
        # troupes counted by their units (所/家): choirs are teams
        ("troupes_of_units", "来自县区和市直单位的23所中小学合唱队参加了比赛。", 23),
        # 人次 counts visits: no field
        ("person_times", "本届大赛,全县参赛人数共549人次,通过各学校初审并报送文章共131篇。", None),
        # the parts listed, then the whole they form (共组成)
        (
            "total_formed",
            "由云岭镇机关干部组成的机关干部队和来自19个村的队伍共组成21支队伍争夺拔河比赛的头筹。",
            21,
        ),
        # a breakdown in brackets between the teams and the people is no break in one field
        (
            "bracketed_breakdown",
            "共有来自33个省、市、自治区的1326所院校28574支参赛队(其中本科组25558支参赛队、"
            "专科组3016支参赛队)的85722名大学生参加。",
            85722,
        ),
        # 各X、Y等N支: every unit of a kind, examples first, then the whole field
        (
            "every_unit_examples_then_count",
            "市局机关、各分县局、交警支队等14支代表队600余名公安民警、辅警参赛。",
            14,
        ),
    ],
)
def test_field_counts(shape: str, sentence: str, n: int | None) -> None:
    assert participants_in(sentence) == n, shape


def test_a_place_delegation_still_read() -> None:
    # 旬阳县5名职业农民载誉而归: one place's people, its delegation (no 来自, no list)
    assert participants_in("旬阳县5名职业农民载誉而归!") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the tournament's format after the count: the field of every round, not the final's
        "本次比赛,共有14支队伍参加,分两组循环比赛,决出半决赛名单,再进行淘汰赛。",
        "过程中,共有来自集团机关及所属单位的22支参赛队伍奉献了22场比赛。",
    ],
)
def test_whole_field_by_its_rounds(sentence: str) -> None:
    assert whole_field(sentence)


def test_groups_of_a_final_are_no_rounds() -> None:
    # 158名选手同台竞技,分文科组…五个大组: the final's groups (D2), no earlier round
    assert not whole_field("共有来自全国121所高校的158名选手同台竞技,分文科组、理科组五个大组。")


def test_final_of_a_league_keeps_its_field(strict_events) -> None:
    text = (
        "11月25日,中职学校“文明风采”竞赛活动男子篮球决赛举行,我院学生男篮夺得冠军。"
        "本次比赛,共有14支队伍参加,分两组循环比赛,决出半决赛名单,再进行淘汰赛。"
    )
    (event,) = extract_events(text, "2017-11-27")
    assert event["participants"] == 14


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # an adverb between the place and its verb is no part of the place (data/held_adverbs.txt)
        (
            "adverb_before_the_verb",
            "6月26日至27日,总决赛在荔枝文化广场重磅打响。",
            "荔枝文化广场",
        ),
        ("continued", "学生合唱比赛七月一日上午在体育馆竞赛馆继续举行。", "体育馆竞赛馆"),
        (
            "organised_then_held",
            "9月30日上午,集团公司在矿区观音溪组织开展了“迎大庆”职工钓鱼比赛。",
            "矿区观音溪",
        ),
        # a day named by what falls on it is no place
        ("day_before_a_festival", "云岭镇已连续两年在丰收节前一天举办农民运动会。", None),
        ("solar_term", "本届“村BA”于2月4日立春节气开幕,历时4天。", None),
        # 于 / 在 inside a word (终于, 关于, 在线): no place
        ("finally", "比赛经过了预赛、复赛和决赛,终于顺利圆满结束。", None),
        ("online", "文学院团委于6月27日下午通过网络在线直播成功举办十佳歌手大赛决赛。", None),
        # 在此 / 在这里 point back to the place a clause before opens with
        (
            "here_after_an_opening_place",
            "4月15日晚,青岗体育公园篮球场灯火通明,大涌镇第一届“商会杯”篮球赛闭幕式在此隆重举行。",
            "青岗体育公园篮球场",
        ),
        (
            "here_after_a_hall",
            "2011年6月24日下午,宝安区西乡会堂传出嘹亮的歌声,宝安区老年人合唱展演在这里举行。",
            "宝安区西乡会堂",
        ),
    ],
)
def test_venue_family(shape: str, sentence: str, venue: str | None) -> None:
    assert venue_in(sentence) == venue, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # the contest's play there: 燃起战火, 正式开始, 进行了决赛, 进行最后一场较量
        ("war_lit", "3月18日,金相杯足球赛在西边足球场燃起战火,4支球队展开厮杀。", "西边足球场"),
        ("began", "中华经典诵读大赛在赫章县实验中学正式开始。", "赫章县实验中学"),
        ("final_played", "并于12月13日下午16:30在桂山校区篮球场进行了决赛。", "桂山校区篮球场"),
        (
            "last_game_played",
            "4月22日,篮球联赛初中组总决赛在长沙市明德华兴中学进行最后一场较量,明德华兴男篮获胜。",
            "长沙市明德华兴中学",
        ),
        # a city by its one-character short name, with 拉开帷幕 too
        (
            "short_city_curtain",
            "11月27日,安徽省第九届少数民族传统体育运动会竞赛项目在滁拉开帷幕。",
            "滁",
        ),
    ],
)
def test_venue_play_verbs(shape: str, sentence: str, venue: str | None) -> None:
    assert venue_in(sentence) == venue, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # the parts of one programme counted after them are no names
        ("parts_counted", "本次竞赛分为团体赛和擂台赛两部分,内容涵盖十九大、共青团等知识。", []),
        ("items_counted", "此次活动设群众登山健身和专业登山比赛两大项目。", []),
        # a mass sports meet held as a 大会 is a contest, like 运动大会 / 体育大会
        (
            "fitness_meet",
            "2019年国家登山健身步道联赛暨全国群众登山健身大会(河南·新县站)在新县举行。",
            ["2019年国家登山健身步道联赛暨全国群众登山健身大会(河南·新县站)"],
        ),
    ],
)
def test_name_family(shape: str, sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names, shape


def test_opening_ceremony_is_no_verb() -> None:
    # 在X开幕式后: 开幕式 is the ceremony (a noun), no 'held at'
    assert venue_in("在全民健身成果展示及开幕式后,专业组选手率先出发。") is None


def test_a_wire_lead_with_no_word_of_when_is_the_datelines_day(strict_events) -> None:
    text = (
        "本报苏州5月3日电 (记者王继晟)为期8天的第五十三届世界乒乓球锦标赛在苏州落幕。"
        "刘诗雯/朱雨玲组合4∶3险胜队友,获得女双冠军。"
    )
    (event,) = extract_events(text, "2015-05-04")
    assert event["date"] == "2015-05-03"


def test_a_wire_lead_saying_lately_gives_no_day(strict_events) -> None:
    # 日前…落幕: the lead says only that it was lately (real-081, b4b-020, b7a-010 keep null)
    text = (
        "本报广州12月11日电 (记者贺林平)第三届中国创新创业大赛日前在广州落幕。"
        "最终,中山大学的团队获大赛一等奖。"
    )
    (event,) = extract_events(text, "2014-12-12")
    assert event["date"] is None


def test_a_record_of_the_meet_is_no_name() -> None:
    # 打破9项县中小学生田径运动会记录: the meet's record, the meet is named elsewhere
    assert _names("本届运动会共有8人2队打破9项县中小学生田径运动会记录。") == []


def test_the_contest_said_to_be_a_bodys() -> None:
    # X锦标赛是中国桥牌协会主办的重要传统赛事: 是 before the body that holds it
    assert (
        organizer_in("全国桥牌锦标赛是中国桥牌协会主办的重要传统赛事,设项丰富多样。")
        == "中国桥牌协会"
    )


@pytest.mark.parametrize(
    ("shape", "sentence"),
    [
        # a group named in the clause before (其中X组…,共有N名)
        (
            "group_in_the_clause_before",
            "他们纷纷报名参加,其中男子丙组的竞争最为激烈,共有110名选手参与角逐。",
        ),
        # an item opening the clause (团体赛共有…) or the sentence (单项赛分为…,共有…)
        ("item_opens_the_clause", "团体赛共有11只队伍176人参赛,分为A、B两组进行单循环比赛。"),
        (
            "item_opens_the_sentence",
            "单项赛分为男子单打、女子单打和混合双打三个项目,共有70人参赛。",
        ),
    ],
)
def test_one_group_or_item_is_not_the_field(shape: str, sentence: str) -> None:
    assert participants_in(sentence) is None, shape


def test_the_series_joined_before_one_of_is_no_name() -> None:
    # 这是X体育节暨Y系列活动之一: the umbrella programme the contest belongs to
    sentence = (
        "2017“恒佳杯”气排球邀请赛在广州天河体育中心火热落幕,"
        "这是广州市第十三届体育节暨广州天河体育中心30周年群众体育系列活动之一。"
    )
    assert _names(sentence) == ["2017“恒佳杯”气排球邀请赛"]


def test_bracketed_short_name_before_a_held_adverb() -> None:
    # X篮球赛(村BA)圆满闭幕 / …(村BA)落下帷幕: the short name in brackets is part of the name
    assert _names("固安县和美乡村篮球赛(村BA)落下帷幕。") == ["固安县和美乡村篮球赛(村BA)"]
    assert _names("10月23日晚,新安镇首届和美乡村篮球联赛(村BA)圆满闭幕。") == [
        "新安镇首届和美乡村篮球联赛(村BA)"
    ]


def test_a_republished_report_keeps_its_names_year(strict_events) -> None:
    # 2021年…竞赛 on a page of 2025: the name's year (two or more years back) dates 3月24日
    text = (
        "3月24日,三都县举行2021年采茶制茶技能竞赛,来自周边县市的130名采茶、制茶能手齐聚一堂。"
        "经过激烈角逐,王芳获得一等奖。"
    )
    (event,) = extract_events(text, "2025-04-24")
    assert event["date"] == "2021-03-24"


def test_a_count_said_to_be_what_earlier_rounds_left() -> None:
    # 参加比赛的13个军训连队,均是经过各营初赛、复赛后选拔出的优秀连队: finalists (D2)
    sentence = "参加比赛的13个军训连队,均是经过各营初赛、复赛后选拔出的优秀连队,同学们着装规整。"
    assert participants_in(sentence) is None
    # (县直机关共16支代表队参加比赛,教育系统代表队经过预赛…: 系 in 系统 is no 'is')
    assert (
        participants_in("县直机关共16支代表队参加比赛,教育系统代表队经过预赛、复赛,最终获得冠军。")
        == 16
    )
