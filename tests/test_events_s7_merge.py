"""Shapes of the seventh session's 'merge' pass: result clauses whose holders the code read as
nothing (a bare name of no known form); one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # b2-018: a club's own short name with no surname and no unit ending holds the place its
    # clause closes with (bare_name_holds_result)
    "bare_name_holds_result": (
        "经过6轮较量和花样比赛后,新葡萄获得冠军,北京大学获得亚军。",
        [("冠军", "新葡萄", None), ("亚军", "北京大学", None)],
    ),
    # d6c-038: two-letter short names of firms in a list of such names (bare_names_listed)
    "bare_names_listed": (
        "经过一天的激烈角逐,魏桥、威高、伟建分别获企业组前三名,宝飞龙、化机获最佳组织奖,"
        "怡和、市政获道德风尚奖。",
        [
            ("第一名", "魏桥", None),
            ("第二名", "威高", None),
            ("第三名", "伟建", None),
            ("最佳组织奖", "宝飞龙", None),
            ("最佳组织奖", "化机", None),
            ("道德风尚奖", "怡和", None),
            ("道德风尚奖", "市政", None),
        ],
    ),
    # b9-083: a listed name beside a recognised one is one more of its kind (bare_name_beside_named)
    "bare_name_beside_named": (
        "最后,米玲仁、吴哪获得特等奖;梁坤梅、周洁慧获得一等奖。",
        [
            ("特等奖", "米玲仁", None),
            ("特等奖", "吴哪", None),
            ("一等奖", "梁坤梅", None),
            ("一等奖", "周洁慧", None),
        ],
    ),
    # b9-087 / d9-063: two bare names joined by 与/和 (bare_names_joined)
    "bare_names_joined": (
        "经过激烈角逐,陆丰代表队获得女篮冠军,市直和陆河分别获得亚军、季军。",
        [("冠军", "陆丰代表队", None), ("亚军", "市直", None), ("季军", "陆河", None)],
    ),
    # d12-017: a unit named by its kind alone (机关), then its person (bare_unit_then_person)
    "bare_unit_then_person": (
        "最终评出了各类作品的一二三等奖,其中,机关贾学飞获得书法一等奖,炼钢厂梁洁获得绘画一等奖。",
        [("一等奖", "贾学飞", "机关"), ("一等奖", "梁洁", "炼钢厂")],
    ),
    # d17-062 / d14-066: places the prose states before an appended table are the first wording;
    # the table's rows restate them, its further rows stand (first_wording_over_table)
    "first_wording_over_table": (
        "11月11日上午,学生组男子100米决赛在佑铭体育场开赛。经过激烈角逐,历史文化学院孙永健以"
        "11.70s的优异成绩摘得桂冠。经济与工商管理学院邹卫骢和数学与统计学学院徐成捷分获亚军和季军。\n"
        "附:比赛结果\n第一名 孙永健 历史文化学院 11.70s\n第二名 邹卫骢 经济与工商管理学院 11.89s\n"
        "第三名 徐成捷 数学与统计学学院 11.95s\n第四名 肖宇 文学院 12.01s\n",
        [
            ("桂冠", "孙永健", "历史文化学院"),
            ("亚军", "邹卫骢", "经济与工商管理学院"),
            ("季军", "徐成捷", "数学与统计学学院"),
            ("第四名", "肖宇", "文学院"),  # the unit after the name, its time cell apart
        ],
    ),
    # real-168: a spread summary (前三名) over a table of prizes stays the table's (spread_over_prizes)
    "spread_summary_over_prize_table": (
        "最终,毛仔文、项志英和黄舒娅三位同学获得本次茶艺比赛的前三名。\n获奖名单\n"
        "一等奖:毛仔文\n二等奖:项志英\n三等奖:黄舒娅\n",
        [("一等奖", "毛仔文", None), ("二等奖", "项志英", None), ("三等奖", "黄舒娅", None)],
    ),
    # d15-075 / b9-084: a picture's caption, title (prize) 作者 author, one a line or run together
    # on a flattened page (work_caption)
    "work_caption": (
        "摄影大赛获奖作品展示 http://a.jpg 《秀美玉屏湖》(特等奖) 作者:杨明军 http://b.jpg "
        "《水墨新村》(水文化创意类一等奖) 作者:李远华 本报讯(记者 张飞)\n"
        "油灌曲(优秀奖)作者 浙江 郑 迴\n",
        [
            ("特等奖", "《秀美玉屏湖》", "杨明军"),
            ("一等奖", "《水墨新村》", "李远华"),
            ("优秀奖", "油灌曲", "郑 迴"),
        ],
    ),
    # b6a-014 / d13-066: a name of no known surname after a competitor's word (the whole class of
    # epithets and competitor roles: 棋手, 骑手, 女将…) and a place (competitor_then_name)
    "competitor_then_name": (
        "速度赛马决赛中,来自昆明的骑手胜利、内蒙古骑手党雄飞分别获得亚军和季军;"
        "国际象棋公开赛收官,冰岛棋手斯蒂芬松获公开A组冠军。",
        [("亚军", "胜利", "昆明"), ("季军", "党雄飞", "内蒙古"), ("冠军", "斯蒂芬松", "冰岛")],
    ),
    # d6d-056 / b8-051 / b5a-002: the verbs of taking a title — 荣登…宝座, 当选, 登上, 折取
    # (title_taking_verbs)
    "title_taking_verbs": (
        "经过激烈角逐,体育学院代表队荣登本次羽毛球赛混合团体冠军宝座。此外,球员李鸿铭当选MVP。"
        "篮球赛决赛中,电气083最终以55:38的比分获胜,折取桂冠。",
        [
            ("冠军", "体育学院代表队", None),
            ("MVP", "李鸿铭", None),
            ("桂冠", "电气083", None),
        ],
    ),
    # b9-071 / b8-002: a caption or line of its own, item, prize, holder (caption_line)
    "caption_line": (
        "首届书画大赛评选结果揭晓。\n色彩画一等奖作品刘泽元\n儿童画作品一等奖乔恒岳\n"
        "健康和社会照护项目冠军闵思达。\n",
        [("一等奖", "刘泽元", None), ("一等奖", "乔恒岳", None), ("冠军", "闵思达", None)],
    ),
    # d10-070 / b5a-043 / real-131: who conferred the prize, between 被 and 授予, is no part of the
    # result (passive_with_agent); 等 5支代表队 with a space still names A代表队
    "passive_with_agent": (
        "武术比赛圆满落幕。同时,集团代表队被组委会授予优秀组织奖和道德风尚奖。"
        "横道河镇等 5支代表队被赛会组委会授予“优秀组织奖”。",
        [
            ("优秀组织奖", "集团代表队", None),
            ("优秀组织奖", "横道河镇代表队", None),
            ("道德风尚奖", "集团代表队", None),
        ],
    ),
}

# what the bare-name reading must leave alone (each from a passage it once misread)
NOT_RESULTS = {
    # b8-064: a medal table's ranking verb (位居/名列) places no bare holder
    "ranking_of_a_table": "中国代表团最终荣登金牌榜和奖牌榜第一位。美国位居第二,东道主俄罗斯名列第三。",
    # d6d-015: a tally of a city's medals (1枚金牌) names no holder
    "tally_of_a_place": "其他地市方面,厦门、莆田则分别收获1枚金牌。",
    # b8-082: after a self-reference the words after a competitor's word are a predicate
    "self_reference_competitor": "少年象棋锦标赛在太原举行,我市小棋手发挥出色一举夺得10岁组女子第一名。",
    # a caption of the prize's works or cup names no holder
    "caption_of_a_prize": "书画大赛评选结果揭晓。\n一等奖作品欣赏\n冠军奖杯\n",
    # 当选 of an office names no prize
    "elected_to_office": "他当选理事会理事。李明当选为协会主席。",
    # d9-014: a count of votes before the verb is no name
    "count_before_verb": "最终以总票数第一名、六万余票获得“最佳人气奖”。",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("case", sorted(NOT_RESULTS))
def test_not_a_bare_holder(case):
    assert pairs(NOT_RESULTS[case]) == []
