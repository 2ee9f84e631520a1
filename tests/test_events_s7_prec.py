"""Precision at first sight (seventh session, prec): false pairs classed by cause family, each fix a
principle over all sets; one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d14-066 / d17-062: the prose crowns (桂冠, 亚军, 季军) are the first wording of the places the
    # appended table restates as 第N名; one award stated twice is labelled once, first wording
    # (table_place_restates_prose_crown)
    "table_place_restates_prose_crown": (
        "学生组男子100米预决赛开赛。经过激烈角逐,孙永健以11.70s的优异成绩摘得桂冠。"
        "邹卫骢和徐成捷分别以11.89s、11.92s的成绩获得亚军和季军。\n"
        "附:比赛结果\n第一名 孙永健 历史文化学院 11.70s\n第二名 邹卫骢 经济与工商管理学院 11.89s\n"
        "第三名 徐成捷 数学与统计学学院 11.92s\n第四名 肖宇 数学与统计学学院 11.95s",
        [
            ("桂冠", "孙永健", None),
            ("亚军", "邹卫骢", None),
            ("季军", "徐成捷", None),
            ("第四名", "肖宇", "数学与统计学学院"),  # the unit after the name, its time cell apart
        ],
    ),
    # b9-026: a performer's role noun between it and the piece (第二组选手《W》) marks the performer,
    # a numbered group included; the piece is no recipient (D10; performer_role_noun)
    "performer_role_noun": (
        "绽青春之情结朗诵大赛落幕。\n一等奖:第二组选手《乌梅子酱》\n二等奖:第五组选手《时光荏苒,你我依旧》",
        [("一等奖", "第二组", None), ("二等奖", "第五组", None)],
    ),
    # b8-088: a manner word before the performing verb (深情诵读的《W》) is glue, not the piece's name
    # (performer_manner_word)
    "performer_manner_word": (
        "中华经典诵读大赛落幕,回水小学余大仙深情诵读的《白桦林》获得青年组第一名。",
        [("第一名", "余大仙", "回水小学")],
    ),
    # d17-010 / b9-026: performers joined by 和 before the piece (范奎和顾诗宇的合唱《W》) are each
    # credited (D10; performers_joined)
    "performers_joined": (
        "卡拉OK比赛决赛落幕,徐娟以一曲《青藏高原》荣获冠军,范奎和顾诗宇的合唱《新贵妃醉酒》、"
        "汪翔演唱的《中国人》荣获季军。",
        [
            ("冠军", "徐娟", None),
            ("季军", "范奎", None),
            ("季军", "顾诗宇", None),
            ("季军", "汪翔", None),
        ],
    ),
    # b9-069 / b7b-017: a quote before a tier that ends with no praise noun is the item contested,
    # not the prize's name (“小荷之星”金奖 still names one; quoted_item_before_tier)
    "quoted_item_before_tier": (
        "健身气功比赛落幕。其中,安宁庄军休所气功队获得健身气功“八段锦”一等奖。"
        "舞蹈展演中,《乐在瑶山》荣获“小荷之星”金奖。",
        [("一等奖", "安宁庄军休所气功队", None), ("小荷之星金奖", "《乐在瑶山》", None)],
    ),
    # b9-071 / d10-074: a discipline or contest word before a grade of merit (书画优秀奖, 运动会优秀
    # 组织奖) is the category, as before a ranked tier; 集体优胜奖 stays printed
    # (discipline_before_grade)
    "discipline_before_grade": (
        "书画大赛评选揭晓。李政泽获书画优秀奖,东城小学获运动会优秀组织奖,西城小学获集体优胜奖。",
        [
            ("优秀奖", "李政泽", None),
            ("优秀组织奖", "东城小学", None),
            ("集体优胜奖", "西城小学", None),
        ],
    ),
    # d10-026: a team followed by a count of its members (重庆队12名队员获得金牌) names nobody, as a
    # unit with its counted pupils does (team_then_count)
    "team_then_count": (
        "数学奥林匹克竞赛名单公布,重庆队12名队员获得金牌,4名队员入选国家集训队。",
        [],
    ),
    # b9-080 / real-095: a medal of the same rank after the crown restates it (冠亚军 … 夺得金牌);
    # one award stated twice is labelled once, first wording (medal_restates_crown)
    "medal_restates_crown": (
        "全国女子柔道锦标赛落幕。湖南队何红梅、何灿灿分别获得52公斤级决赛冠亚军。"
        "最终,何红梅以精彩的过肩摔将对手击倒在地,以一分之差夺得金牌。",
        [("冠军", "何红梅", "湖南队"), ("亚军", "何灿灿", "湖南队")],
    ),
    # b8-012: a place on a medal table (奖牌榜, 金牌榜, 金牌数) ranks a delegation's tally, no result
    # (medal_table_rank)
    "medal_table_rank": (
        "武术套路比赛落幕。大同代表队获得11枚金牌,以321分的总分位列奖牌榜第一名。",
        [],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
