"""Categories of award pairs (issue 15): one test per shape a category is printed in."""

from __future__ import annotations

import pytest

from yunmei import events as ev
from yunmei.events import lexicon as lx
from yunmei.events.lists import list_awards

pytestmark = pytest.mark.usefixtures("strict_events")


def awards(text: str) -> list[tuple]:
    return [
        (a["tier"], a["category"], [r["name"] for r in a["recipients"]])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
    ]


def list_pairs(lines: list[str]) -> list[tuple]:
    got, _used = list_awards(lines)
    return [(a.tier, a.category, [r["name"] for r in a.recipients]) for a in got]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "市卫生技能竞赛日前落幕,我院选手周明亮、孙雅获得个人单项一等奖,韩冬获得个人单项二等奖。",
            [("一等奖", "个人单项", ["周明亮", "孙雅"]), ("二等奖", "个人单项", ["韩冬"])],
        ),
        (
            "全省茶艺职业技能大赛近日结束,刘小芳、陈思雨2名同学荣获个人创新茶艺三等奖。",
            [("三等奖", "个人创新茶艺", ["刘小芳", "陈思雨"])],
        ),
    ],
)
def test_individual_before_an_item_in_the_verb_tier_gap_is_kept(text, want):
    assert awards(text) == want


@pytest.mark.parametrize(
    ("gap", "want"),
    [
        ("少年部女子丙组60米", "少年部女子丙组60米"),
        ("青年部男子甲组跳远", "青年部男子甲组跳远"),
        ("男子乙组800米", "男子乙组800米"),
    ],
)
def test_a_division_before_its_group_leads_the_category(gap, want):
    m = lx.CAT_END_RE.search(gap)
    assert m is not None and m.group(0) == want


def test_a_numbered_section_with_a_bare_item_is_the_category_of_its_rows():
    lines = [
        "第三届老年文化节获奖名单",
        "一、围棋",
        "一等奖:赵德明;",
        "二等奖:钱永福、孙立平;",
        "二、书法",
        "一等奖:李春生;",
    ]
    assert list_pairs(lines) == [
        ("一等奖", "围棋", ["赵德明"]),
        ("二等奖", "围棋", ["钱永福", "孙立平"]),
        ("一等奖", "书法", ["李春生"]),
    ]


def test_a_prose_paragraph_ends_the_category_of_the_heading_above():
    lines = [
        "小学组",
        "一等奖:赵德明",
        "此外,本次活动还评出了多个单项奖,以鼓励更多的同学积极参与到比赛中来,共同进步。",
        "优秀奖:钱永福",
    ]
    got = list_pairs(lines)
    assert ("一等奖", "小学组", ["赵德明"]) in got
    assert all(cat is None for tier, cat, _ in got if tier == "优秀奖")


def test_a_team_prefix_tuan_dui_before_a_tier_is_the_category():
    text = (
        "本次护理技能大赛经过三轮角逐,个人一等奖1名:王丽;团队一等奖1名:妙手仁心队;"
        "二等奖2名:白衣天使队、杏林春暖队。"
    )
    got = awards(text)
    assert ("一等奖", "个人", ["王丽"]) in got
    assert ("一等奖", "团队", ["妙手仁心队"]) in got


def test_an_item_contest_holds_its_team_and_individual_prizes():
    text = (
        "全省职业院校技能大赛于5月10日在长沙举行。我校学生周文、吴娜、郑凯,在长沙职业学院进行的"
        "电子商务项目竞赛中,荣获团体二等奖;周文荣获个人一等奖,吴娜、郑凯分别荣获个人三等奖。"
    )
    assert awards(text) == [
        ("二等奖", "电子商务项目团体", ["周文", "吴娜", "郑凯"]),
        ("一等奖", "电子商务项目个人", ["周文"]),
        ("三等奖", "电子商务项目个人", ["吴娜", "郑凯"]),
    ]


def test_a_group_closed_by_a_comma_labels_the_results_after_it():
    text = (
        "第三届全民健身操大赛在县体育馆举行。经过激烈的角逐,社区组,东坡社区荣获一等奖,"
        "西湖社区荣获二等奖;企业组,县电力公司荣获一等奖。"
    )
    assert awards(text) == [
        ("一等奖", "社区组", ["东坡社区"]),
        ("二等奖", "社区组", ["西湖社区"]),
        ("一等奖", "企业组", ["县电力公司"]),
    ]


def test_a_sub_contest_after_a_colon_is_the_category_of_its_results():
    text = (
        "全国青少年科技创新大赛日前在杭州闭幕。我市代表队斩获佳绩:航模竞速赛中,林浩、陈思荣获金奖,"
        "王磊荣获一等奖;创意搭建赛中,赵敏荣获金奖。"
    )
    assert awards(text) == [
        ("金奖", "航模竞速赛", ["林浩", "陈思"]),
        ("一等奖", "航模竞速赛", ["王磊"]),
        ("金奖", "创意搭建赛", ["赵敏"]),
    ]


def test_a_group_heading_composes_with_each_athletes_items():
    lines = [
        "省代表队决赛成绩",
        "女子项目",
        "林晓:100米蝶泳金牌;50米蝶泳第5",
        "少年组",
        "陈亮:女子200米仰泳银牌",
    ]
    assert list_pairs(lines) == [
        ("金牌", "女子100米蝶泳", ["林晓"]),
        ("第5", "女子50米蝶泳", ["林晓"]),
        ("银牌", "少年组女子200米仰泳", ["陈亮"]),
    ]


def test_a_group_before_a_team_prize_label_heads_its_category():
    lines = [
        "本届运动会团体获奖名单如下:",
        "女子团体总分一等奖:外语系",
        "教师组团体二等奖:机电系",
    ]
    assert list_pairs(lines) == [
        ("团体总分一等奖", "女子", ["外语系"]),
        ("团体二等奖", "教师组", ["机电系"]),
    ]
    text = "校运会闭幕。获奖名单如下:\n女子团体总分一等奖:外语系\n教师组团体二等奖:机电系"
    assert awards(text) == [
        ("一等奖", "女子团体总分", ["外语系"]),
        ("二等奖", "教师组团体", ["机电系"]),
    ]


def test_a_team_prefix_before_a_range_of_places_is_their_category():
    text = (
        "全省象棋赛昨日落幕。东城队夺得团体冠军。荣获团体2至4名的队依次是:南湖区、北山县、西岭镇。"
    )
    assert awards(text)[1:] == [
        ("第二名", "团体", ["南湖区"]),
        ("第三名", "团体", ["北山县"]),
        ("第四名", "团体", ["西岭镇"]),
    ]


def test_a_groups_team_prize_label_keeps_the_team_word():
    text = "校园围棋赛结果公布如下:\n\n三年级组团体奖:第一名三(2)班,第二名三(4)班。"
    assert awards(text) == [
        ("第一名", "三年级组团体", ["三(2)班"]),
        ("第二名", "三年级组团体", ["三(4)班"]),
    ]


@pytest.mark.parametrize(
    ("gap", "want"),
    [("社区微型消防站组", "社区微型消防站组"), ("职教赛道创业组", "职教赛道创业组")],
)
def test_a_named_group_longer_than_five_characters_is_kept_whole(gap, want):
    m = lx.CAT_END_RE.search(gap)
    assert m is not None and m.group(0) == want


def test_the_contests_reach_is_not_part_of_the_group():
    text = "全国大学生数学竞赛决赛在济南举行。我校学生王明荣获全国非数学专业组二等奖。"
    assert awards(text) == [("二等奖", "非数学专业组", ["王明"])]


def test_a_final_after_an_item_is_the_stage_not_the_category():
    text = "全国乒乓球锦标赛昨日落幕。在女团决赛中,北京队击败上海队获得冠军。"
    assert awards(text) == [("冠军", "女团", ["北京队"])]


def test_a_group_before_a_team_and_its_player_is_the_category():
    text = "全国围棋赛落幕。经过7轮角逐,女子组江苏队李梅以6胜1负夺得冠军。"
    assert awards(text) == [("冠军", "女子组", ["李梅"])]


def test_whose_team_prize_it_is_heads_the_category():
    text = (
        "本届教职工运动会圆满落幕。学生女子团体前三名分别是文学院、理学院、法学院。"
        "教工团体前三名分别是后勤处、理学院(教工)、图书馆。"
    )
    assert awards(text) == [
        ("第一名", "学生女子团体", ["文学院"]),
        ("第二名", "学生女子团体", ["理学院"]),
        ("第三名", "学生女子团体", ["法学院"]),
        ("第一名", "教工团体", ["后勤处"]),
        ("第二名", "教工团体", ["理学院(教工)"]),
        ("第三名", "教工团体", ["图书馆"]),
    ]


def test_an_item_with_its_format_before_a_spread_of_tiers_is_their_category():
    text = (
        "公司职工技能大赛落幕。评委组最终评定:王小兵、李大江分别获得焊接(个人赛)一、二等奖;"
        "赵一、钱二分别获得装配(团队赛)一、二等奖。"
    )
    assert awards(text) == [
        ("一等奖", "焊接(个人赛)", ["王小兵"]),
        ("二等奖", "焊接(个人赛)", ["李大江"]),
        ("一等奖", "装配(团队赛)", ["赵一"]),
        ("二等奖", "装配(团队赛)", ["钱二"]),
    ]


def test_this_stage_before_a_place_is_no_category():
    text = "全国女排大奖赛分站赛落幕。天津队获得本站冠军,辽宁队获得本站第二名。"
    assert all(cat is None for _t, cat, _n in awards(text))


def test_the_contests_edition_between_verb_and_tier_is_no_discipline():
    text = "厨艺大赛落幕。王师傅荣获清河镇第二届厨艺技能大赛金奖。"
    assert all(cat is None for _t, cat, _n in awards(text))
