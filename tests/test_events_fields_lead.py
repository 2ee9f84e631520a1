"""Event fields of real report shapes (issue 15, fields pass): one named test per mechanism."""

from __future__ import annotations

from yunmei.events import extract_events


def _names(text: str, published_at: str | None = "2015-08-31", title: str | None = None) -> list:
    return [e["name"] for e in extract_events(text, published_at, title=title)]


def test_lead_held_contest_names_the_only_event() -> None:
    # the lead holds the contest; a later 甘肃赛区比赛 / 市级比赛 is a description of it, no event
    text = (
        "8月30日,第四届中国创新创业大赛甘肃赛区决赛在兰州落幕。\n"
        "在甘肃赛区比赛中,兰州某科技公司获得一等奖,天水某材料公司获得二等奖。"
    )
    events = extract_events(text, "2015-08-31")
    assert [e["name"] for e in events] == ["第四届中国创新创业大赛甘肃赛区决赛"]
    assert events[0]["date"] == "2015-08-30"  # the held sentence dates it


def test_lead_level_word_is_no_place() -> None:
    # 市级比赛 names a level, not a place: the lead's 泰州市…大赛 is more specific
    text = (
        "近日,泰州市小学语文青年教师教学基本功大赛在姜堰区第二实验小学举行。\n"
        "在市级比赛中,王丽老师获得一等奖,张敏老师获得二等奖。"
    )
    assert _names(text) == ["泰州市小学语文青年教师教学基本功大赛"]


def test_lead_not_adopted_over_a_proper_name() -> None:
    # the results name their own proper contest: the lead's is another one, not adopted
    text = (
        "9月1日,第三届全市职工运动会在体育中心开幕。\n"
        "在第五届“工会杯”乒乓球赛中,李强获得冠军,王伟获得亚军。"
    )
    assert _names(text) == ["第五届“工会杯”乒乓球赛"]


def test_champion_and_series_suffixes_end_a_name() -> None:
    # 冠军赛 / 系列赛 end a contest's name like 锦标赛 does
    text = (
        "7月19日,第十届“威凯杯”全国象棋冠军赛在中国棋院拉开帷幕。\n"
        "最终,王天一获得冠军,郑惟桐获得亚军。"
    )
    assert _names(text, "2013-07-25") == ["第十届“威凯杯”全国象棋冠军赛"]
    text = "2024年全国老年人门球系列赛圆满落下帷幕。弋阳一队获得冠军。"
    assert _names(text, "2024-06-17") == ["2024年全国老年人门球系列赛"]


def test_sports_suffixes_end_a_name() -> None:
    # sports meets and tours (青运会, 世锦赛, 大师赛, 资格赛…) end a contest's name too
    text = "7月25日,2023年福冈世锦赛在福冈落幕。张雨霏获得女子100米蝶泳冠军。"
    assert _names(text, "2023-07-26") == ["2023年福冈世锦赛"]
    text = "8月20日,第三届全国青运会在南宁闭幕。李明获得男子跳远冠军。"
    assert _names(text, "2023-08-21") == ["第三届全国青运会"]


def test_dateline_day_resolves_a_bare_day() -> None:
    # agency copy published weeks later: a bare 15日 is the dateline's month, not publication's
    text = (
        "新华社北京4月15日电 为期4天的2021年全国桥牌A类俱乐部联赛第一站的比赛15日在宁波闭幕,"
        "深圳南港动力队夺得冠军。"
    )
    events = extract_events(text, "2021-06-28")
    assert [e["date"] for e in events] == ["2021-04-15"]
