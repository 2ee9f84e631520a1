"""Event fields, issue 15 (sixth session): one test per cause family, real passage fragments."""

from __future__ import annotations

import pytest
from events_pairs import contest_names as _names

from yunmei.events import extract_events
from yunmei.events.facts import (
    _range_end,
    page_year,
    participants_in,
    pick_name,
    venue_in,
)


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a betting site's link text glued before the name, up to its last marker (dev10)
        (
            "spam_lead_marker",
            "5月18号下午,ylzzcom永利总站线路检测“风采杯”大学生英语演讲比赛决赛在行政南二楼会议室展开最后的角逐。",
            ["“风采杯”大学生英语演讲比赛决赛"],
        ),
        # a betting brand with 集团 and digits (dev11)
        (
            "spam_lead_brand",
            "至此,太阳集团3143教职工拔河比赛圆满结束。",
            ["教职工拔河比赛"],
        ),
        # a contest named before the spam keeps the whole name (dev6d)
        (
            "spam_inside_a_name_kept",
            "2025“外研社·国才杯”“理解当代中国”全国大学生外语能力大赛必赢242net官网演讲大赛决赛举行。",
            ["2025“外研社·国才杯”“理解当代中国”全国大学生外语能力大赛必赢242net官网演讲大赛决赛"],
        ),
        # 庆祝“五一”暨X: an occasion joined by 暨 before the name is dropped, like any occasion (D4)
        (
            "occasion_then_ji",
            "院工会在大学生活动中心举办了庆祝“五一”暨第二届教职工歌手大赛。",
            ["第二届教职工歌手大赛"],
        ),
        # 每队每场比赛 / 往年比赛 / 2—4场…龙舟赛: each game, earlier years, a count of races: no name
        ("each_game", "每队每场比赛上场运动员6人", []),
        ("earlier_years", "本届大赛在往年比赛的基础上", []),
        ("a_range_of_races", "已经参加过在中国、印尼和泰国举行的2—4场传统国际龙舟赛", []),
        # 赢得了第一个省级正式比赛的冠军: "the first ever" of a kind of contest, no name (dev11)
        ("first_of_a_kind", "为学校篮球队赢得了第一个省级正式比赛的冠军。", []),
        # 测试赛 / 热身赛: a games' test event is a contest word like 邀请赛 (dev11)
        (
            "test_event",
            "12月10日,2023年民体杯全国花炮比赛暨第十二届全国少数民族传统体育运动会花炮测试赛在陵水顺利完赛。",
            ["2023年民体杯全国花炮比赛暨第十二届全国少数民族传统体育运动会花炮测试赛"],
        ),
        # 公开赛(环中原赛信阳站): the leg, the year or the other name in brackets is part of it (blind8)
        (
            "bracketed_leg",
            "2016年4月15日,第八届“体彩杯”信阳全国自行车公开赛(环中原赛信阳站),在河南信阳郝堂村举行。",
            ["第八届“体彩杯”信阳全国自行车公开赛(环中原赛信阳站)"],
        ),
        # X总决赛颁奖仪式暨Y文艺展演: the contest's ceremony, then another show, no part of the name (dev12)
        (
            "ceremony_then_show",
            "26日晚,2024中国农民丰收节村歌大赛总决赛颁奖仪式暨莱阳梨文化季文艺展演在山东烟台莱阳举办。",
            ["2024中国农民丰收节村歌大赛总决赛"],
        ),
        # X运动会竞赛: the games' contests said after its name are no part of it (blind8)
        (
            "games_then_contests",
            "安徽省第九届少数民族传统体育运动会竞赛在滁州举行。",
            ["安徽省第九届少数民族传统体育运动会"],
        ),
        # 国宏生态杯——X: a cup before the dash is the sponsor's, kept (D4) (blind8)
        (
            "cup_before_dash",
            "“国宏生态杯——中华茶艺之星评选活动”华东分赛区决赛在杭州举行。",
            ["“国宏生态杯——中华茶艺之星评选活动”华东分赛区决赛"],
        ),
        # 张雨霏重现福冈游泳世锦赛: an entrant's verb of going to a contest ends the phrase before it
        ("entrant_verb", "张雨霏重现福冈游泳世锦赛的风采。", ["福冈游泳世锦赛"]),
        # X传统体育会: a sports meet named 体育会, like 运动会 (blind8)
        (
            "sports_meet_hui",
            "云南省第十二届少数民族传统体育会在普洱举行。",
            ["云南省第十二届少数民族传统体育会"],
        ),
        # 龙舟节 / 秧歌会: a festival or fair held as a contest ends a name (blind8, blind7)
        (
            "festival_contest",
            "2011年防城港国际海上龙舟节在西湾海域开幕。",
            ["2011年防城港国际海上龙舟节"],
        ),
    ],
)
def test_name_family(shape: str, sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names, shape


def test_headline_adds_only_the_hosts_generic_word() -> None:
    # 学校教职工乒乓球比赛 (headline) / 教职工乒乓球比赛 (body): 学校 names no one, the body's wording
    assert pick_name(["学校教职工乒乓球比赛", "教职工乒乓球比赛"], [-1, 0]) == "教职工乒乓球比赛"


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # a hall named for contests (竞赛馆) is a place, not a contest's name (dev11)
        (
            "contest_hall",
            "我院第六届教职工乒乓球比赛在学院竞赛馆乒乓球场圆满闭幕。",
            "学院竞赛馆乒乓球场",
        ),
        # 完赛: the contest finished there, a sibling of 落幕 / 收官 (dev11)
        (
            "finished_there",
            "花炮测试赛在陵水黎安国际教育创新试验区滨海体育场顺利完赛。",
            "陵水黎安国际教育创新试验区滨海体育场",
        ),
        # 风景秀丽的 + a town: the description before the named place (dev11)
        ("described_town", "女子拳击锦标赛在风景秀丽的安徽黄山黟县圆满落下帷幕。", "安徽黄山黟县"),
        # 在家乡举办的比赛: someone's home, no named place (dev11)
        ("deictic_home", "这一次在家乡举办的比赛中获得了女子组第三名的好成绩。", None),
        # 在操场上: the ground, without 上 (dev11)
        ("ground_on", "趣味运动会在操场上举行。", "操场"),
        # 在王者峡谷中与对手展开: the opponent is no place (dev11)
        ("with_the_opponent", "选手们全神贯注地在王者峡谷中与对手展开激烈的博弈。", None),
        # 在悠然南山圆满地落下帷幕: the manner with 地 is no part of the place (blind8)
        ("manner_with_de", "六安市第三届武术锦标赛于日前在悠然南山圆满地落下帷幕。", "悠然南山"),
        # 在全院范围内开展 / 在全县组织开展: the reach of an activity, no place (dev12, dev10)
        ("reach_not_place", "五月中旬,学院在全院范围内开展了一次大型征文比赛。", None),
    ],
)
def test_venue_family(shape: str, sentence: str, venue: str | None) -> None:
    assert venue_in(sentence) == venue, shape


def test_units_then_a_total_of_people() -> None:
    # 14个二级学院共计300余名学生: 共计 between the counts keeps them one field (blind8)
    assert participants_in("14个二级学院共计300余名学生参加活动。", units_enter=True) == 14


def test_units_placed_as_teams_are_the_field() -> None:
    # 44家…单位的近350位选手 where the units are placed: the exact unit count is the field (dev11)
    sentence = "来自全市44家医疗卫生单位的近350位“羽林高手”参赛。"
    assert participants_in(sentence, units_enter=True) == 44
    # persons placed (十五所学校推荐的230余名小记者): the people are the field, and approximate
    assert participants_in(sentence) is None


def _categories(text: str) -> set[tuple[str, str | None, str]]:
    return {
        (a["tier"], a["category"], r["name"])
        for e in extract_events(text, None)
        for a in e["awards"]
        for r in a["recipients"]
    }


@pytest.mark.parametrize(
    ("shape", "text", "pair"),
    [
        # a side's size or a head count leads a group's name (dev11)
        (
            "counted_group",
            "经过3个比赛日的激烈比拼,大连湾职工足球队问鼎11人制超级组冠军。",
            ("冠军", "11人制超级组", "大连湾职工足球队"),
        ),
        # 男排 / 女篮: a sex's side in a team sport heads its ranking (dev11, dev9)
        (
            "sex_side",
            "我院第十三届教职工排球赛决赛落下帷幕,自动化系男队和思政部女队分别获得冠军。"
            "男排第二至四名是:信息系、基础部、财经系。",
            ("第二名", "男排", "信息系"),
        ),
        # 最终,在滨湖校区,A获一等奖: a campus or division heads the results after it (blind8)
        (
            "campus_heads_results",
            "学院第八届团章知识竞赛圆满结束。最终,在滨湖校区,美术与设计学院代表队获一等奖;"
            "在锦绣校区,生物与食品工程学院代表队获一等奖。",
            ("一等奖", "锦绣校区", "生物与食品工程学院代表队"),
        ),
        # 女子组来自吉林长春的选手魏亚楠…获得冠军: the group, then the entrant's origin (dev11)
        (
            "group_then_origin",
            "2018秦皇岛半程马拉松鸣枪开赛。在男子组冠军撞线后不久,"
            "女子组来自吉林长春的选手魏亚楠以1小时24分的成绩获得冠军。",
            ("冠军", "女子组", "魏亚楠"),
        ),
        # 在X比赛中强势夺金: the manner word before the result verb is no part of the item (dev11)
        (
            "manner_after_item",
            "2024年淮安市中小学生田径运动会落幕。钟牧芸则在女子跳远比赛中强势夺金。",
            ("夺金", "女子跳远", "钟牧芸"),
        ),
    ],
)
def test_category_family(shape: str, text: str, pair: tuple) -> None:
    assert pair in _categories(text), shape


@pytest.mark.parametrize(
    ("shape", "sentence"),
    [
        # one group's field is not the contest's (dev11)
        ("one_group_s_field", "高中组有十七支参赛队伍,由上届四支种子队领衔经抽签分成abcd四组。"),
        # the winners of earlier rounds are finalists (D2) (dev11)
        (
            "round_winners",
            "本届总决赛,吸引了来自东北、华北、华南、西南4大赛区的32支赛区赛优胜球队参加。",
        ),
    ],
)
def test_not_the_field(shape: str, sentence: str) -> None:
    assert participants_in(sentence) is None, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # a trade or an epithet names the entrants like 选手 does (dev12, dev11)
        ("trade_workers", "来自14家下属企业的45名钳工角力技能、以赛交流。", 45),
        ("young_fighters", "此次赛事汇聚了来自全国29个省的248名顶尖拳击小将。", 248),
        # 42组教职工选手 / 22组家庭: groups or families, one entry each (dev12)
        ("groups_of_people", "来自全市各区县、高校的 42 组教职工选手参加了比赛。", 42),
        # 169家机关、企事业单位参加: offices are units (dev12)
        ("offices_as_units", "此次摄影比赛共有169家机关、企事业单位参加。", 169),
        # 11个团体、142名个人获奖: the winners are not the field (dev12)
        ("winners_counted", "经过5天激烈角逐,11个团体、142名个人获奖。", None),
        # 上届前8名的作为种子选手: an earlier edition's places (dev12)
        ("earlier_places", "上届前8名的作为种子选手,采取淘汰赛赛制。", None),
    ],
)
def test_field_counts(shape: str, sentence: str, n: int | None) -> None:
    assert participants_in(sentence) == n, shape


def test_list_of_days_reads_to_the_last() -> None:
    # 于2016年4月19日、4月20日、…、4月28日在娱乐厅举行: the last day of the list (D1) (dev11)
    from datetime import date

    text = "台球比赛于2016年4月19日、4月20日、4月22日、4月26日、4月28日在娱乐厅举行。"
    end = text.index("日") + 1
    assert _range_end(text, end, date(2016, 4, 19)) == date(2016, 4, 28)


def test_year_of_a_long_name() -> None:
    # a long umbrella name still prints its year (D5) (dev11)
    body = "6月10日,2018年第十三届长江经济带全民健身大联动淮安分会场暨“民生银行杯”淮安市首届民营企业钓鱼比赛在淮阴区举办。"
    year = page_year("", body)
    assert year is not None and year.year == 2018


@pytest.mark.parametrize(
    ("shape", "text", "day"),
    [
        # 2015-2016…联赛 on a page without a date: an autumn day is the season's first year (D5)
        (
            "season_autumn_day",
            "11月29日,2015-2016全国初中男子篮球联赛江苏赛区比赛在南京落幕,连云港外国语学校男篮荣获冠军。",
            "2015-11-29",
        ),
        # a summer day may be either year's: none (blind2)
        (
            "season_summer_day",
            "体育资讯7月10日讯 2024-2025全国青少年校园足球联赛高中组全国总决赛9日在上海落幕,清华附中获得冠军。",
            None,
        ),
    ],
)
def test_season_year(shape: str, text: str, day: str | None) -> None:
    events = extract_events(text, None)
    assert events and events[0]["date"] == day, shape


def test_contest_word_before_a_group() -> None:
    # 分获赛事混合组、男子组和女子组冠军: 赛事 is the contest, not part of the group (blind8)
    from yunmei.events.assembly import own_category

    assert own_category("赛事混合组", ["第三届全国中老年气排球精英赛"]) == "混合组"
