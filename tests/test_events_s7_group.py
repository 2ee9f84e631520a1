"""Spread distributions over grouped recipients (seventh session, group): a list handed out over a
printed list of places, categories or tiers, paired in order only where the counts agree. One named
shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs, tier_category_names

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # b9-087 / d6c-038 / d9-063: as many printed items as places after a spreading verb — each item
    # is a recipient even where the name lists do not know it (count_agreed_spread)
    "count_agreed_spread": (
        "足球联赛落幕,最终中都盛业足球队夺得第一名,靛厂、华夏醒狮、中都鼎业、西局、岳各庄分获二至六名。",
        [
            ("第一名", "中都盛业足球队", None),
            ("第二名", "靛厂", None),
            ("第三名", "华夏醒狮", None),
            ("第四名", "中都鼎业", None),
            ("第五名", "西局", None),
            ("第六名", "岳各庄", None),
        ],
    ),
    # d9-063: 和 joins the two items the two places go to (count_agreed_spread_joined)
    "count_agreed_spread_joined": (
        "篮球赛落幕,陆丰代表队获得女篮冠军,市直和陆河分别获得亚军、季军。",
        [("冠军", "陆丰代表队", None), ("亚军", "市直", None), ("季军", "陆河", None)],
    ),
    # d14-010: the last name of a spread list may end in 和, as a lone name may (杜祥和获得冠军)
    "listed_name_ending_in_he": (
        "比赛落幕,梅新宙、赖良文、梅伟和分别获得成年男子组冠、亚、季军。",
        [("冠军", "梅新宙", None), ("亚军", "赖良文", None), ("季军", "梅伟和", None)],
    ),
    # b8-007: 获得了第二名到第四名的位置 — the place held is the result, as 的名次 / 的好成绩
    "places_then_position_noun": (
        "足球赛落幕,成都体育学院、西华师范大学和西南交通大学则分别获得了第二名到第四名的位置。",
        [
            ("第二名", "成都体育学院", None),
            ("第三名", "西华师范大学", None),
            ("第四名", "西南交通大学", None),
        ],
    ),
    # b9-037: prizes listed in one clause, 分别授予 their holders in the next (prizes_then_spread_to):
    # the list of tiers is the topic, each holder in order (D10: the performer, not the piece)
    "prizes_then_spread_to": (
        "学院第四届合唱节圆满落幕。比赛还设置了最佳组织奖、最佳创意奖、最佳精神风貌奖和最佳人气奖,"
        "分别授予笃行苑《我和我的祖国》、明俊苑《友谊天长地久》、弘毅苑《歌唱祖国》和立学苑《送别》。",
        [
            ("最佳组织奖", "笃行苑", None),
            ("最佳创意奖", "明俊苑", None),
            ("最佳精神风貌奖", "弘毅苑", None),
            ("最佳人气奖", "立学苑", None),
        ],
    ),
    # b9-067: the medals decided, then 分别被 their winners in the next clause
    "medals_then_spread_by": (
        "射箭比赛今天落幕。最后一个比赛日共决出男女反曲弓团体两枚金牌,分别被北京市东城区队和上海市黄浦区队获得。",
        [("金牌", "北京市东城区队", None), ("金牌", "上海市黄浦区队", None)],
    ),
    # b9-004 / real-085: after a names-last clause (…的是A、B), the ;-separated groups that follow
    # are more of its winners (groups_after_names_last)
    "groups_after_names_last": (
        "羽毛球团体赛圆满落幕。获得挑战赛“男双”、“女双”、“混双”冠军的是黄立端、吴承周;陈凤、袁秀云;"
        "吴坤成、劳燕怡。",
        [
            ("冠军", "黄立端", None),
            ("冠军", "吴承周", None),
            ("冠军", "陈凤", None),
            ("冠军", "袁秀云", None),
            ("冠军", "吴坤成", None),
            ("冠军", "劳燕怡", None),
        ],
    ),
    # d13-051 / b8-062: after a spreading verb a list of ordinals needs no 名 (ordinals_listed_after_spread)
    "ordinals_listed_after_spread": (
        "接力赛落幕,中国队再添一金,意大利队和巴西队分列第二和第三。",
        [("第二", "意大利队", None), ("第三", "巴西队", None)],
    ),
    # d17-002: a listed place may take two numerals; read as one run, each name its own place
    # (ordinals_of_two_digits; before, 第十七名 alone was read and given to every name twice)
    "ordinals_of_two_digits": (
        "技能竞赛落幕,吴琦琦、胡硕、韩魁,分获第一、第十六、第十七名。",
        [("第一名", "吴琦琦", None), ("第十六名", "胡硕", None), ("第十七名", "韩魁", None)],
    ),
    # d15-072 / d15-024 / b9-065: a team with no name of its own, only its members, is won by the
    # members (members_of_unnamed_team); a named team (由A、B组成的江苏队) stays the recipient
    "members_of_unnamed_team": (
        "数学建模竞赛获奖名单公布,周欣涛、罗嘉玺、朱睿豪组成的队伍荣获一等奖。"
        "由陈学伟、景徐远组成的江苏昆山市队夺得团体冠军。",
        [
            ("一等奖", "周欣涛", None),
            ("一等奖", "罗嘉玺", None),
            ("一等奖", "朱睿豪", None),
            ("冠军", "江苏昆山市队", None),
        ],
    ),
    # d16-022: the members' team as the subject of a clause of its own, however long the list
    "members_of_unnamed_team_as_subject": (
        "技能大赛在内蒙古农业大学举行。由我校动物医学专业董难想、董真、姜文欣、唐莉、展天松等学子组成的"
        "代表队,在比赛中表现出过硬的操作水平,最终喜获大赛特等奖。",
        [
            ("特等奖", "董难想", "我校动物医学专业"),
            ("特等奖", "董真", "我校动物医学专业"),
            ("特等奖", "姜文欣", "我校动物医学专业"),
            ("特等奖", "唐莉", "我校动物医学专业"),
            ("特等奖", "展天松", "我校动物医学专业"),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)


def _categories(text: str) -> list[tuple]:
    return sorted((cat, tier, name) for tier, cat, name in tier_category_names(text))


# (category, tier, name): the shapes that align groups with a printed list of categories
CATEGORY_SHAPES = {
    # d9-019 / d6d-056: a list of racket events before the tier pairs with the names in order
    # (event_items_in_order; before, the last event was every name's category)
    "event_items_in_order": (
        "职工乒乓球赛落幕,男单、女单桂冠分别由县医院选手陈德忠、杨集中心卫生院选手张正芹获得。",
        [("女单", "桂冠", "张正芹"), ("男单", "桂冠", "陈德忠")],
    ),
    # b9-004: as many ;-groups after a names-last clause as the categories it printed — each group
    # its category, in order (groups_align_with_categories)
    "groups_align_with_categories": (
        "羽毛球团体赛圆满落幕。获得挑战赛“男双”、“女双”、“混双”冠军的是黄立端、吴承周;陈凤、袁秀云;"
        "吴坤成、劳燕怡。",
        [
            ("挑战赛女双", "冠军", "袁秀云"),
            ("挑战赛女双", "冠军", "陈凤"),
            ("挑战赛混双", "冠军", "劳燕怡"),
            ("挑战赛混双", "冠军", "吴坤成"),
            ("挑战赛男双", "冠军", "吴承周"),
            ("挑战赛男双", "冠军", "黄立端"),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(CATEGORY_SHAPES))
def test_category_shape(shape):
    text, expected = CATEGORY_SHAPES[shape]
    assert _categories(text) == sorted(expected)
