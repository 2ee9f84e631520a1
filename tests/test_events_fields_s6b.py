"""Event fields, issue 15 (sixth session, dev13–dev15): one test per cause family, real fragments."""

from __future__ import annotations

from datetime import date

import pytest
from events_pairs import contest_names as _names

from yunmei.events import extract_events
from yunmei.events.facts import (
    first_date,
    in_name_year,
    participants_in,
    venue_in,
)
from yunmei.events.text import Sentence, _joined_broken_lines


@pytest.mark.parametrize(
    ("family", "sentence", "name"),
    [
        # a news dateline ending in 消息 (央广网X月X日消息), then the name after a space
        (
            "dateline_xiaoxi",
            "央广网泉州7月4日消息 2022年福建省全民健身运动会气排球锦标赛3日在福建省晋江市落下帷幕。",
            "2022年福建省全民健身运动会气排球锦标赛",
        ),
        # a wish or a preparation taking the contest as its object: the name starts after the verb
        (
            "wish_verb_before_name",
            "并祝愿“精英杯”大学生理想深处励志演讲比赛圆满成功。",
            "“精英杯”大学生理想深处励志演讲比赛",
        ),
        ("prepare_verb_before_name", "为了准备好第二届“向莆杯”篮球赛,", "第二届“向莆杯”篮球赛"),
        ("notice_verb_before_name", "护理部发出护理技能大赛通知后,", "护理技能大赛"),
        # a produce's "king" contest (茶王赛), completing 棋王赛
        (
            "king_contest",
            "11月11日上午,华安县“红狮杯”铁观音茶王赛颁奖仪式暨茶叶品尝会在该县高车乡隆重举行。",
            "华安县“红狮杯”铁观音茶王赛",
        ),
        # the event item (赛项) of a skills contest printed after it belongs to the name
        (
            "skills_contest_item",
            "3月27日,2024年“中银杯”湖北省职业院校技能大赛中职组机电一体化设备组装与调试赛项正式收官。",
            "2024年“中银杯”湖北省职业院校技能大赛中职组机电一体化设备组装与调试赛项",
        ),
        # 所有 (all the events of a meet) ends a name: no part of the meet's name
        (
            "all_events_of_a_meet",
            "我院代表队51名运动员参加了学校田径运动会乙组所有赛事项目。",
            "学校田径运动会",
        ),
        # a seasonal contest (迎春赛 / 新春赛 / 迎新赛 / 贺岁赛) ends a name like 友谊赛
        (
            "seasonal_contest",
            "2月24日晚,2024年“春光·九九杯”海南(文昌)村镇排球迎春赛收官。",
            "2024年“春光·九九杯”海南(文昌)村镇排球迎春赛",
        ),
        # a games by its short name (市运会) right before one of its contests is part of the name
        (
            "games_short_name_before_contest",
            "8月29至30日,市运会中老年人类健身气功比赛在县文体中心举办。",
            "市运会中老年人类健身气功比赛",
        ),
        # a horizontal bar (―, U+2015) leading a subtitle line is a rule, no part of the name
        (
            "horizontal_bar_lead",
            "――生物与农业工程学院2009级新生征文大赛圆满结束",
            "生物与农业工程学院2009级新生征文大赛",
        ),
    ],
)
def test_name_start_family(family: str, sentence: str, name: str) -> None:
    assert name in _names(sentence), family


@pytest.mark.parametrize(
    ("family", "sentence", "name"),
    [
        # a ceremony or an anniversary joined by 暨 before the contest is its occasion (D4)
        (
            "ceremony_before_ji",
            "召开了“灵之韵”艺术团成立大会暨“庆七一永远跟党走”红歌大赛活动。",
            "“庆七一永远跟党走”红歌大赛",
        ),
        (
            "anniversary_before_ji",
            "开福区庆祝中国共产党成立90周年暨“千支团队百万群众唱红歌”合唱比赛决赛昨日举行,",
            "“千支团队百万群众唱红歌”合唱比赛决赛",
        ),
    ],
)
def test_occasion_before_ji_family(family: str, sentence: str, name: str) -> None:
    assert name in _names(sentence), family


@pytest.mark.parametrize(
    ("family", "sentence", "venue"),
    [
        # words of praise before the place (美丽的 / 风景秀丽的) are no part of it
        ("praised_place", "第四届长三角民办高校教师教学技能大赛终于在美丽的杭州落下帷幕。", "杭州"),
        (
            "praised_place_long",
            "于2017年5月12日在风景秀丽的黄龙山穆柯寨举行了职工登山比赛,",
            "黄龙山穆柯寨",
        ),
        # the contest itself 在X进行 (a group's part, 县市组比赛在X进行, is still left out)
        ("contest_goes_on_at", "实验中学教职工篮球比赛在学校篮球场进行。", "学校篮球场"),
        (
            "contest_comma_goes_on_at",
            "厨艺大赛,在余姚市烹饪(厨师)学校进行。",
            "余姚市烹饪(厨师)学校",
        ),
        ("group_part_goes_on_at", "县市组比赛在市乒乓球馆进行。", None),
        # the ground named as the contest's place (比赛地点设在X)
        ("place_set_at", "比赛地点设在江川区星云街道三街社区,", "江川区星云街道三街社区"),
        # the place first, then the contest 在此进行
        (
            "place_then_held_here",
            "在洛阳日报报业大厦报告厅,全市中小学生“我心中的榜样”主题演讲比赛决赛在此进行。",
            "洛阳日报报业大厦报告厅",
        ),
        # the contest completed at a place (在X顺利完成), the place travelled to (赶赴X参加Y大赛)
        (
            "completed_at",
            "护理技能大赛于4月9日-10日在护理示教室顺利完成。",
            "护理示教室",
        ),
        (
            "travelled_to",
            "红舞鞋社团赶赴丽水市莲城剧院参加丽水市青少年宫系统第二届少儿舞蹈大赛,得胜而归。",
            "丽水市莲城剧院",
        ),
        # a photo caption: the day, 在X, then the players 进行比赛
        (
            "caption_place_of_play",
            "5月9日,在福建省福州市仓山区第五中心小学,该校选手与福建西山学校选手(蓝色)进行比赛。",
            "福建省福州市仓山区第五中心小学",
        ),
        # several places counted (两地) are no one venue
        ("two_places", "全校教职工拔河比赛在吉首校区和张家界校区两地同时进行,", None),
    ],
)
def test_venue_family(family: str, sentence: str, venue: str | None) -> None:
    assert venue_in(sentence) == venue, family


@pytest.mark.parametrize(
    ("family", "sentence", "n"),
    [
        # teams formed by every unit (各科室共组建) are the field; the members per team are not
        ("teams_formed_by_every_unit", "全院各科室共组建33个队伍,每队女职工8名,男职工2名。", 33),
        ("per_team_noun_first", "每队女职工8名,男职工2名。", None),
        ("each_unit_s_team_members", "团体赛由每个车间、部门工会代表队的8名队员组成,", None),
        # each body's quota (各选拔 20 名), one unit's entrants sent in, a prize in the noun, the
        # winners of 取得: no field
        ("per_unit_quota", "由四省市教育厅根据各校申报情况各选拔 20 名教师。", None),
        ("sent_in_by_one", "一是推荐参赛的三支团队全部获奖,全区高校唯一,", None),
        ("winners_by_noun", "3个特等奖团队还将全力以赴继续备赛,冲击国赛!", None),
        (
            "won_with_qude",
            "16-3班、16-14班、16-17班的12名同学分别取得二等奖、三等奖的好成绩。",
            None,
        ),
        ("the_field_after_them", "全区共有来自37所本科院校的106支参赛团队同场竞技,", 106),
        # police words complete the people nouns (民警 → 特警)
        (
            "police_people",
            "5天时间里,35支参赛队的420名公安特警、特勤“尖兵”同场竞技、强强对决。",
            420,
        ),
        # the field invited, listed by name before its count
        (
            "invited_field_listed",
            "本次赛事共邀请了片区的残联、太平村、火线村、先农村及江丰社区5支代表队,",
            5,
        ),
        # the make-up of one team (由N名…组成的X代表队) is no field; every unit sending its own is
        (
            "one_team_s_make_up",
            "澄江市农广校组织了由12名农民运动员、1名教练和1名领队组成的澄江市代表队参加比赛。",
            None,
        ),
        ("every_unit_sent", "本次比赛玉溪市全部市区县组织了9支运动队参加比赛,", 9),
        # one delegation formed is still no field
        ("one_group_formed", "碧波实小组建7人小组参加了比赛。", None),
    ],
)
def test_participants_family(family: str, sentence: str, n: int | None) -> None:
    assert participants_in(sentence) == n, family


def test_date_printed_with_its_year_keeps_it() -> None:
    # a day printed with its own year is not moved to the year in the contest's name (D5 is for a
    # month-day only)
    assert in_name_year(
        date(2022, 1, 17), "2021年南海区博物馆讲解员大赛", "2022年1月17日上午"
    ) == date(2022, 1, 17)


def test_date_published_days_later_keeps_the_page_year() -> None:
    # a season's year in the name (2022年…总决赛) held days before a 2023 publication: the page's year
    text = (
        "4月27日,2022年全国青少年禁毒知识竞赛总决赛在山东省会大剧院圆满举办。"
        "最终,山东代表队获得一等奖,广东、湖南代表队获得二等奖。"
    )
    events = extract_events(text, "2023-05-01")
    assert events and events[0]["date"] == "2023-04-27"


def test_name_wrapped_after_its_edition() -> None:
    # a line ending in the edition (第二十二届全国大学生 / 第七届“小白鸽”) wraps the contest's name
    text = (
        "近日在南京理工大学江阴校区举行的第二十二届全国大学生\n"
        "机器人大赛ROBOCON暨2023年亚太大学生机器人大赛国内选拔赛上,电子科技大学机器人队蝉联冠军。"
    )
    events = extract_events(text, "2023-07-10")
    assert events
    assert events[0]["name"] == (
        "第二十二届全国大学生机器人大赛ROBOCON暨2023年亚太大学生机器人大赛国内选拔赛"
    )


def test_day_alone_on_a_line_dates_the_next() -> None:
    # a poster layout: the day on its own line, the contest on the next
    text = (
        "4月24日\n\n本次广场舞大赛的收官之战在万城中心广场打响\n\n"
        "最终评选出一等奖2名。一等奖\n\n大同市健身球队\n\n朝霞舞蹈队"
    )
    lines = [t for _p, t in _joined_broken_lines(text.split("\n"))]
    assert lines[0].startswith("4月24日,本次广场舞大赛")


def test_page_header_day_before_its_tools_is_no_event_day() -> None:
    # 2017-06-09 417 【关闭】: the page's day, its view counter and tool links; the contest's day follows
    s = Sentence(
        0,
        0,
        "工会举办首届“宁热杯”篮球邀请赛 2017-06-09 417 【关闭】 为丰富职工文化生活,"
        "工会于5月9日在文化广场氧动力健身中心举办了 “宁热杯”篮球邀请赛,共有9支代表队90余人参赛。",
    )
    assert first_date(s, date(2017, 6, 9)) == date(2017, 5, 9)
