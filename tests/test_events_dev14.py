"""Shapes read from dev14's misses and extras: one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest

from yunmei import events as ev

pytestmark = pytest.mark.usefixtures("strict_events")


def triples(text: str) -> list[tuple]:
    """(category, tier, recipient) of every pair, in order."""
    return [
        (a["category"], a["tier"], r["name"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    ]


SHAPES = {
    # d14-046 (also b4a-037, b5a-009, d10-072): the team total of the first place is the category
    # of the single places listed after it in the sentence
    "team_prefix_carried": (
        "市运会健身气功比赛落幕。本次健身气功比赛项目团体总分第一名为赤壁市代表队,第二名为通山县代表队,"
        "咸安区代表队和崇阳县代表队并列第三名。",
        [
            ("团体总分", "第一名", "赤壁市代表队"),
            ("团体总分", "第二名", "通山县代表队"),
            ("团体总分", "第三名", "咸安区代表队"),
            ("团体总分", "第三名", "崇阳县代表队"),
        ],
    ),
    # d14-057: a WeChat caption's arrows point at the photo above; the words after them hold the place
    "caption_arrows": (
        "全市公安系统首届警体运动会篮球比赛落幕。\n↑↑↑市公安局交警支队荣获冠军\n↑↑↑灌云县公安局荣获亚军",
        [(None, "冠军", "市公安局交警支队"), (None, "亚军", "灌云县公安局")],
    ),
    # d14-083: a training regiment's numbered companies compete as teams
    "numbered_company": (
        "军训歌咏比赛落幕。经过紧张激烈的角逐,一营二连荣获一等奖;五营十八连、六营三十连荣获二等奖。",
        [
            (None, "一等奖", "一营二连"),
            (None, "二等奖", "五营十八连"),
            (None, "二等奖", "六营三十连"),
        ],
    ),
    # d14-082: 分列式 is the march-past drill judged in military training, not 分列 (places spread)
    "march_past_drill": (
        "军训评比圆满结束。36连荣获分列式评比三等奖及综合评比三等奖。",
        [("分列式评比", "三等奖", "36连"), ("综合评比", "三等奖", "36连")],
    ),
    # d14-067: the teacher leading each class is printed before it; the class holds the place
    "leader_before_team": (
        "高一年级拔河比赛落幕。经过三天的争夺,熊芳老师领队的7班获得亚军,王宏瑜老师领军1班获得季军,"
        "万恩萍老师的4班获得第四名。",
        [(None, "亚军", "7班"), (None, "季军", "1班"), (None, "第四名", "4班")],
    ),
    # d14-054: the verb of leading left on the team it led
    "leading_verb_left_on": (
        "第六届全国学生军事训练营结营。我校队员牢记使命,在训练中勤奋刻苦,带领四川省代表队在训练营期间荣获"
        "轻武器射击考核一等奖。",
        [(None, "一等奖", "四川省代表队")],
    ),
    # d14-041: the last of a list of rounds is printed right before the holder
    "stage_left_on": (
        "第五届教职工排球比赛落下帷幕。历经紧张激烈预赛、单循环赛、决赛开放教育学院获得第一名。",
        [(None, "第一名", "开放教育学院")],
    ),
    # d14-050 (also d14-088, b6b-026): the item or level before a lettered group is the category's
    "lettered_group_of_item": (
        "首届“墨缘杯”学生棋类比赛举行。来自董北实验小学的朱恒宇荣获中国象棋A组冠军、顾子航荣获中国象棋B组冠军。",
        [("中国象棋A组", "冠军", "朱恒宇"), ("中国象棋B组", "冠军", "顾子航")],
    ),
    # d14-012: the roles of a team sport's individual honours after 最佳 are one class
    "honour_roles": (
        "村镇排球迎春赛收官。赛事还评出多个奖项,公坡镇香米队球员周国宝获评最佳扣球手;"
        "锦山镇牛肉干队球员陈名尉获评最佳二传手;文城镇社区联队球员邓之飞获评最佳拦网手。",
        [
            (None, "最佳扣球手", "周国宝"),
            (None, "最佳二传手", "陈名尉"),
            (None, "最佳拦网手", "邓之飞"),
        ],
    ),
    # d14-057 / d14-085: MVP with its noun is the tier as printed
    "mvp_with_its_noun": (
        "警体运动会篮球比赛落幕。交警支队徐程锦荣获本届比赛MVP球员。",
        [(None, "MVP球员", "徐程锦")],
    ),
    # d14-015: a medal's holders under a heading ending in a colon, each with the item in brackets
    "tier_holders_heading_person_then_item": (
        "省运会高校部田径比赛落幕。\n获得金牌的运动员:徐志强(男子丙组铁饼)、张孟娇(女子丙组100米栏)、王成星(男子丙组800米);",
        [
            ("男子丙组铁饼", "金牌", "徐志强"),
            ("女子丙组100米栏", "金牌", "张孟娇"),
            ("男子丙组800米", "金牌", "王成星"),
        ],
    ),
    # d14-043: a division's team total heads the list below it (places in the printed order, or the
    # tier rows after it); a list line may close with a full stop
    "division_total_heading": (
        "南平市第四届运动会圆满落幕。\n青少年部团体总分前三名代表团:\n邵武市、建瓯市、延平区。\n"
        "群众部团体总分奖代表团:\n一等奖:邵武市、延平区",
        [
            ("青少年部团体总分", "第一名", "邵武市"),
            ("青少年部团体总分", "第二名", "建瓯市"),
            ("青少年部团体总分", "第三名", "延平区"),
            ("群众部团体总分", "一等奖", "邵武市"),
            ("群众部团体总分", "一等奖", "延平区"),
        ],
    ),
    # d14-041 (also d10-005): the verb of the first place is left out of the places after it
    "gapped_places": (
        "第五届教职工排球比赛落下帷幕。开放教育学院获得第一名、经济管理系第二名、电子与信息技术系第三名。",
        [
            (None, "第一名", "开放教育学院"),
            (None, "第二名", "经济管理系"),
            (None, "第三名", "电子与信息技术系"),
        ],
    ),
    "gapped_places_over_commas": (
        "排球比赛落幕。开放教育学院获得第一名,经济管理系第二名,电子与信息技术系第三名。",
        [
            (None, "第一名", "开放教育学院"),
            (None, "第二名", "经济管理系"),
            (None, "第三名", "电子与信息技术系"),
        ],
    ),
    # b2-044: a level word with the same holder's second place is no holder
    "gapped_places_not_a_level": (
        "技能大赛落幕。服装设计专业学生刘旋旋夺得一等奖、全国第二名。",
        [(None, "一等奖", "刘旋旋")],
    ),
    # d14-025: 和 opening a short team or place name is the name's, not a linking conjunction
    "he_opens_a_name": (
        "社区第一届拔河比赛落幕。最终和谐队赢得了本届拔河比赛的冠军。",
        [(None, "冠军", "和谐队")],
    ),
    # d14-056 (also d14-016): the item's final or race after it is the item, the category
    "item_round_tail": (
        "警察体育运动会圆满落幕。闭幕式前的男子篮球决赛中,东区分局代表队凭借出色发挥斩获冠军。",
        [("男子篮球", "冠军", "东区分局代表队")],
    ),
    # d14-024: crowning (加冕) is winning the place
    "crowned_verbs": (
        "校园篮球赛落幕。26班以18比17险胜25班,成功加冕冠军。",
        [(None, "冠军", "26班")],
    ),
    # d14-080 (also b8-031): a room-named department (手术室, 营业室) competes as a unit
    "room_department": (
        "职工拔河比赛落幕。最终院办获得一等奖,神经内科、手术室、肾病消化内科获得二等奖。",
        [
            (None, "一等奖", "院办"),
            (None, "二等奖", "神经内科"),
            (None, "二等奖", "手术室"),
            (None, "二等奖", "肾病消化内科"),
        ],
    ),
    # d14-024 (also d6c-023: 大足部门组的决赛 -> 大足部门组): a described final names no group
    "described_stage": (
        "校园篮球赛落幕。在万众瞩目的决赛中,26班以18比17险胜25班,成功加冕冠军。",
        [(None, "冠军", "26班")],
    ),
    # d14-018: the place's medal pocketed (将…冠军奖牌收入囊中)
    "pocketed_trophy": (
        "射箭射弩比赛落幕。来自丽江市黎明乡的杨飞艳以总环数187环的成绩将射弩赛女子组冠军奖牌收入囊中。",
        [("射弩赛女子组", "冠军", "杨飞艳")],
    ),
    # d14-069: the passive of pocketing (金牌被A揽入囊中); the group's later places follow it
    "tier_pocketed_by": (
        "职工羽毛球比赛落幕。女子单打的金牌被镇江新区总工会代表队章昱揽入囊中。",
        [("女子单打", "金牌", "章昱")],
    ),
    # d14-038: 来自X的 marks the unit of the person, whatever X ends with; 分别获得 X第一名和Y第一名
    # gives one item to each name, in order
    "from_unit_person_items_in_order": (
        "羽毛球比赛落幕。来自拖内公司的李天翔和来自延锋的周希分别获得男子单打第一名和女子单打第一名。",
        [("男子单打", "第一名", "李天翔"), ("女子单打", "第一名", "周希")],
    ),
    # d14-055: a sports item printed as the topic of a tier-first clause is its category
    "item_before_tier": (
        "登山健身步道联赛落幕。团队接力冠军则由贵州世纪跑友队夺得。",
        [("团队接力", "冠军", "贵州世纪跑友队")],
    ),
    # d14-019: the person before 为 won it; the delegation after 为 is whom it was won for
    "winner_for_whom": (
        "省民族运动会射弩比赛结束。龙治明为花垣县代表团夺得首枚金牌。",
        [(None, "金牌", "龙治明")],
    ),
    # d14-074: a sentence opening with a span of past years tells a career, not this contest's result
    "career_years_span": (
        "海上龙舟公开赛落幕,晋江深沪镇龙舟队一举夺得500米龙舟直道赛冠军。"
        "2010年至2018年,陈芳佳以皮划艇运动员的身份连续参加三届亚运会,并在广州亚运会和雅加达亚运会分别获得"
        "男子单人划艇铜牌、银牌。",
        [(None, "冠军", "晋江深沪镇龙舟队")],
    ),
    # d14-048: 九支镇 is a town (支 before a place ending counts nothing); 团体比赛 names the team group
    "numbered_place_team_group": (
        "合江县象棋名手邀请赛落幕。榕山镇、九支镇、天华棋协获得团体比赛前三名。",
        [
            ("团体", "第一名", "榕山镇"),
            ("团体", "第二名", "九支镇"),
            ("团体", "第三名", "天华棋协"),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(triples(text), key=str) == sorted(expected, key=str)
