"""Shapes found from dev18's misses (seventh session, aw18): one named shape per row, a short real
fragment each, checked as (tier, category, recipient) triples."""

from __future__ import annotations

import pytest
from events_pairs import tier_category_names as _awards

from yunmei.events import extract_events

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d18-074: one winner, a list of whole categories, one tier with 团体 printed once
    # (categories_share_one_tier): the tier is won in each category
    "categories_share_one_tier": (
        "职工第十七届乒乓球比赛落幕。最终机关代表队获得男子团体、女子团体一等奖,"
        "门诊代表队获男子团体二等奖。",
        [
            ("一等奖", "女子团体", "机关代表队"),
            ("一等奖", "男子团体", "机关代表队"),
            ("二等奖", "男子团体", "门诊代表队"),
        ],
    ),
    # b5a-018: the same with groups joined by 及
    "categories_share_one_tier_ji": (
        "全县青少年足球联赛落幕。城关一小获得U8组及U10组冠军。",
        [("冠军", "U10组", "城关一小"), ("冠军", "U8组", "城关一小")],
    ),
    # d18-088: quoted projects, each with its owner and its class noun, joined by 和
    # (owned_quoted_works_joined); a title called a 项目 may be long (classed_quoted_work)
    "owned_quoted_works_joined": (
        "互联网+大学生创新创业大赛落幕。创新创业学院的“基于昇思MindSpore的智能交通创新解决方案”项目"
        "和建设工程学院的“吉光避险——多功能防护服领军者”项目获得大赛银奖。",
        [
            ("银奖", None, "“吉光避险——多功能防护服领军者”"),
            ("银奖", None, "“基于昇思MindSpore的智能交通创新解决方案”"),
        ],
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert _awards(text) == sorted(expected)


def test_categories_each_their_own_tier():
    # d18-074: each category with its own tier (男子团体三等、女子团体二等奖) shares no tier: one
    # 二等奖, not a second one read into 男子团体三等
    text = "职工乒乓球比赛落幕。内科代表队获男子团体三等、女子团体二等奖。"
    assert [(t, n) for t, _c, n in _awards(text)] == [("二等奖", "内科代表队")]


def test_owner_of_quoted_work_without_de():
    # d15-080 / d18-088: the owner of a quoted work is its unit, without the 的 that joins them
    text = (
        "创业大赛落幕。最终乡村振兴组“抗病优质口感小番茄”项目和大学生创业组“秸草咸‘环’——"
        "设施蔬菜农业绿色发展的践行者”项目获得本届大赛一等奖。生物工程学院的“爱参宝”项目获得金奖。"
    )
    got = {
        r["name"]: r["affiliation"]
        for e in extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    }
    assert got["“爱参宝”"] == "生物工程学院"
    assert got["“抗病优质口感小番茄”"] == "乡村振兴组"


def test_long_enumeration_line():
    # d18-010: under a tier heading, a line of short items joined by 、 only is a list line
    # whatever its length (long_enumeration_line), not prose
    classes = "、".join(f"高二({i})班" for i in (2, 3, 6, 7, 8, 9, 10, 12, 13, 14))
    text = (
        f"附:高二年级中华经典诵读比赛结果公布:\n一等奖:\n高二(5)班、高二(1)班\n三等奖:\n{classes}"
    )
    got = [(t, n) for t, _c, n in _awards(text)]
    assert ("三等奖", "高二(14)班") in got
    assert len([t for t, _n in got if t == "三等奖"]) == 10


def test_result_verb_nanghuo():
    # d18-015: 囊获 completes the 揽获/斩获 family of result verbs, active and passive
    # (result_verb_class): 亚军被A和B囊获 names A and B, not a name running into 囊
    text = "西北杯桥牌双人赛落幕。冠军由董大为和尤世宏获得,亚军被何崑和王宏模囊获。"
    assert [(t, n) for t, _c, n in _awards(text)] == sorted(
        [("冠军", "董大为"), ("冠军", "尤世宏"), ("亚军", "何崑"), ("亚军", "王宏模")]
    )


def test_photo_position_caption():
    # d18-072: a photo caption under a tier heading, its people placed in the picture ((左三),
    # (右二)), restates the list above it: no recipient of its own (photo_position_caption)
    text = (
        "第二届百厨争艳·中国名厨竞艺品鉴荟落幕。\n季军\n林志伟同学\n图片\n▲林志伟同学(右二)领奖\n"
        "优胜奖\n罗颖瑶、李志豪老师\n图片\n▲罗颖瑶老师(右三)、李志豪老师(左三)领奖"
    )
    assert [(t, n) for t, _c, n in _awards(text)] == sorted(
        [("季军", "林志伟"), ("优胜奖", "罗颖瑶"), ("优胜奖", "李志豪")]
    )


def test_teacher_units_as_affiliation():
    # d18-014: a school's staff group (教研组, 备课组, 年级组, 学科组), 教研室's family, is the
    # affiliation printed before a teacher's name (teacher_units_as_affiliation)
    text = (
        "护理教学比赛落幕。经过评委们的认真评审,急救护理教研组孙晓晨获得了一等奖,"
        "妇产科护理教研组马倩、外科护理教研组孙慧勤获得了二等奖。"
    )
    assert [(t, n) for t, _c, n in _awards(text)] == sorted(
        [("一等奖", "孙晓晨"), ("二等奖", "马倩"), ("二等奖", "孙慧勤")]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # b5a-044: N个集体项目 before the tier counts the items listed before it
        (
            "全省太极拳锦标赛落幕。烟台市代表队获得42式太极拳和42式太极剑2个集体项目金奖。",
            [("金奖", "42式太极拳", "烟台市代表队"), ("金奖", "42式太极剑", "烟台市代表队")],
        ),
        # b6a-005: 两个项目的 + tier
        (
            "全省太极拳锦标赛落幕。何敏莉荣获和氏传统太极拳、杨氏太极拳42式两个项目的金牌。",
            [("金牌", "和氏传统太极拳", "何敏莉"), ("金牌", "杨氏太极拳42式", "何敏莉")],
        ),
        # d20-030: 双 counts two items
        (
            "职工运动会落幕。动力代表队获得篮球、男子拔河双冠军。",
            [("冠军", "男子拔河", "动力代表队"), ("冠军", "篮球", "动力代表队")],
        ),
        # real-173: a unit's singles titles are its members' (unit_counts_members_titles)
        (
            "全市乒乓球比赛落幕。汾西矿业集团公司代表团一举将混合团体、男子单打、女子单打3个项目的"
            "冠军收入囊中。",
            [("冠军", "混合团体", "汾西矿业集团公司代表团")],
        ),
    ],
)
def test_items_then_their_count(text, expected):
    # the count word's family after a list of items (items_then_their_count): one award per item
    assert _awards(text) == sorted(expected)
