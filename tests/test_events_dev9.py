"""Layout and prose shapes read from dev9's misses: one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from test_events_lists import pairs as list_pairs

from yunmei import events as ev

pytestmark = pytest.mark.usefixtures("strict_events")


LIST_SHAPES = {
    # d9-066: class codes (grade + number) on continuation lines, under a campus heading
    "division_heading_then_class_code_list": (
        ["【迎春校区】", "一等奖:一8、一5", "             四7、四2", "二等奖:一2、一4 、一3"],
        [
            ("一等奖", "迎春校区", "一8", "team", None),
            ("一等奖", "迎春校区", "一5", "team", None),
            ("一等奖", "迎春校区", "四7", "team", None),
            ("一等奖", "迎春校区", "四2", "team", None),
            ("二等奖", "迎春校区", "一2", "team", None),
            ("二等奖", "迎春校区", "一4", "team", None),
            ("二等奖", "迎春校区", "一3", "team", None),
        ],
    ),
    # d9-021: a troupe line with its piece: the performers won; a praised role heads the next list
    "troupe_with_piece_and_praise_title_heading": (
        [
            "一等奖:",
            "乌审旗文化馆馆属舞蹈队《奔腾鄂尔多斯》",
            "优秀广场舞团队:",
            "康巴什区蒙古族原生态艺术协会《奔腾鄂尔多斯》",
        ],
        [
            ("一等奖", None, "乌审旗文化馆馆属舞蹈队", "team", None),
            ("优秀广场舞团队", None, "康巴什区蒙古族原生态艺术协会", "team", None),
        ],
    ),
    # real-186: a count of units before a work names no unit; the work stays the recipient
    "counted_units_keep_the_work": (
        ["特等奖:", "三家医院《以青春的名义宣誓》"],
        [("特等奖", None, "《以青春的名义宣誓》", "work", "三家医院")],
    ),
    # d9-073: a group heading for both sexes; (男)/(女) after each school picks its group
    "paired_group_heading_then_sex_marked_items": (
        [
            "象棋高中男子、女子组",
            "一等奖:北新巴蜀中学校(男);北新巴蜀中学校(女)",
            "二等奖:、龙市中学(男)",
        ],
        [
            ("一等奖", "象棋高中男子组", "北新巴蜀中学校", "organization", None),
            ("一等奖", "象棋高中女子组", "北新巴蜀中学校", "organization", None),
            ("二等奖", "象棋高中男子组", "龙市中学", "organization", None),
        ],
    ),
    # d9-034: the names printed right after the tier, no colon or space, under a group heading
    "tier_glued_names_row": (
        ["学生普通组", "一等奖王海丽", "二等奖周宁宁、王亚茹"],
        [
            ("一等奖", "学生普通组", "王海丽", "person", None),
            ("二等奖", "学生普通组", "周宁宁", "person", None),
            ("二等奖", "学生普通组", "王亚茹", "person", None),
        ],
    ),
    # d9-027: titled works each with its author after 作者 (a ; typed for the colon, a closing 。)
    "work_comma_author_items": (
        [
            "一等奖:《园园的自述》,作者:新莲小学四(4)班汪晓理。",
            "二等奖;《感受“仙女”般乐趣》,作者:南山实验学校六(6)班邓淳,《雨中游园》,作者:伍维。",
        ],
        [
            ("一等奖", None, "《园园的自述》", "work", "新莲小学四(4)班汪晓理"),
            ("二等奖", None, "《感受“仙女”般乐趣》", "work", "南山实验学校六(6)班邓淳"),
            ("二等奖", None, "《雨中游园》", "work", "伍维"),
        ],
    ),
    # d9-078: a heading with its own colon ends the tier's names; group, spaced name, unit rows
    "group_person_unit_rows": (
        [
            "季军:沙甸足协",
            "闪耀之星:个人奖项揭晓",
            "最佳守门员",
            "U9混合组 赵  奚(东城小学1队)",
            "U10男子组 王柏宣(泸江小学)",
        ],
        [
            ("季军", None, "沙甸足协", "organization", None),
            ("最佳守门员", "U9混合组", "赵奚", "person", "东城小学1队"),
            ("最佳守门员", "U10男子组", "王柏宣", "person", "泸江小学"),
        ],
    ),
    # d9-005: an unranked label after a colon typed for a semicolon still opens its own list
    "colon_typed_for_semicolon": (
        ["一等奖:黄明清;二等奖:张向向;三等奖:徐净:鼓励奖:翁威"],
        [
            ("一等奖", None, "黄明清", "person", None),
            ("二等奖", None, "张向向", "person", None),
            ("三等奖", None, "徐净", "person", None),
            ("鼓励奖", None, "翁威", "person", None),
        ],
    ),
    # d9-085: the item contested heads a row of places, closed by a full stop
    "item_places_row": (
        [
            "拔河比赛第一名:四室队,第二名:科电公司队。",
            "插红旗接力比赛第一名:七室四队,第二名:科电公司队。",
        ],
        [
            ("第一名", "拔河", "四室队", "team", None),
            ("第二名", "拔河", "科电公司队", "team", None),
            ("第一名", "插红旗接力", "七室四队", "team", None),
            ("第二名", "插红旗接力", "科电公司队", "team", None),
        ],
    ),
    # d9-073: a team prize heading ranked rows is their group
    "team_prize_heading_is_the_group": (
        ["象棋混合团体奖", "一等奖:南滨路小学、新华小学"],
        [
            ("一等奖", "象棋混合团体", "南滨路小学", "organization", None),
            ("一等奖", "象棋混合团体", "新华小学", "organization", None),
        ],
    ),
    # d9-001: a school's headline before a colon is no athlete's row of results
    "headline_is_no_athlete_row": (
        ["竞舟一小:热血燃赛场 青春绽光芒 ——记三年级3班校田径运动会勇夺团体总分亚军"],
        [],
    ),
    # a tier glued to words that are no names stays unread
    "tier_glued_to_a_word_is_no_row": (["一等奖获得者名单"], []),
}


@pytest.mark.parametrize("shape", sorted(LIST_SHAPES))
def test_list_shape(shape):
    lines, expected = LIST_SHAPES[shape]
    assert list_pairs(lines) == expected


def prose_pairs(text: str) -> list[tuple]:
    return [
        (a["tier"], r["name"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    ]


PROSE_SHAPES = {
    # d9-088: 以…成绩 after the agent of 被…收入囊中 is the manner, not part of the names
    "manner_after_agent": (
        "气排球比赛落幕。冠军被体育学院代表队与商学院代表队以并列第一的好成绩收入囊中。",
        [("冠军", "体育学院代表队"), ("冠军", "商学院代表队")],
    ),
    # d9-088: 则 before 分别是 after a range; teams each ending in 联队 are a list, not one joint team
    "range_then_ze_and_joint_team_is_one_item": (
        "气排球比赛落幕。第四名至八名则分别是马院继教联队、学工物业联队、人文艺术学院代表队、"
        "外国语学院代表队及机关保卫联队。",
        [
            ("第四名", "马院继教联队"),
            ("第五名", "学工物业联队"),
            ("第六名", "人文艺术学院代表队"),
            ("第七名", "外国语学院代表队"),
            ("第八名", "机关保卫联队"),
        ],
    ),
    # d9-090: one winner, a second group and place joined by 和 (the item may take 的)
    "more_item_tiers_joined": (
        "运动会落幕。王智辉获得甲组第二名和乙组的第六名。",
        [("第二名", "王智辉"), ("第六名", "王智辉")],
    ),
    # d9-090: a group and place alone after a comma: the person of the clause before won it
    "item_tier_carried": (
        "运动会落幕。王阳获得了丙组第三名,丁组的第五名;",
        [("第三名", "王阳"), ("第五名", "王阳")],
    ),
    # d9-090: a role word ends the name, the item contested follows before the verb
    "role_then_item": (
        "运动会落幕。魏国荣老师投掷实心球类比赛也在该项目中获得甲组第六名和乙组第五名;",
        [("第六名", "魏国荣"), ("第五名", "魏国荣")],
    ),
    # d9-090: a teacher and the item in a clause of their own, the places in the next clauses
    "role_then_item_clause_is_the_subject": (
        "运动会落幕。王智辉老师投掷实心球类比赛,分别获得甲组第二名,乙组第六名;",
        [("第二名", "王智辉"), ("第六名", "王智辉")],
    ),
    # d9-090: …的比赛 before the verb is the item contested, the winner is carried over
    "item_as_stage": (
        "运动会落幕。项萍老师跳远比赛中获得第三名,100米丁组的比赛获得第四名。",
        [("第三名", "项萍"), ("第四名", "项萍")],
    ),
    # a new winner after 、 is its own clause, not a further item of the first
    "more_item_needs_no_new_verb": (
        "运动会落幕。张明获得甲组第一名、李华获得乙组第二名。",
        [("第一名", "张明"), ("第二名", "李华")],
    ),
    # d9-060: A搭档B is a pair; 代表中国 is whom they represented, the pair of the clause before won
    "partnered_pair_on_behalf_of": (
        "赛艇锦标赛落幕。广东赛艇队运动员邱秀萍搭档安徽运动员李慧茹,代表中国夺得女子轻量级双人双桨金牌。",
        [("金牌", "邱秀萍"), ("金牌", "李慧茹")],
    ),
    # d9-074: a class in words before a name that ends like a unit (行)
    "class_then_person": (
        "棋类比赛落幕。一年一班晏景行获得冠军。",
        [("冠军", "晏景行")],
    ),
    # d9-061: a doubles pair named as a combination or as brothers: the two persons
    "pair_combo_after_slash": (
        "皮划艇锦标赛落幕。马飞/王金伟组合斩获银牌,高玉涛/高玉坤兄弟则夺得铜牌。",
        [("银牌", "马飞"), ("银牌", "王金伟"), ("铜牌", "高玉涛"), ("铜牌", "高玉坤")],
    ),
    # d9-061: 第二枚金牌 counts the delegation's golds, it is no second place
    "ordinal_count_of_medals_is_no_place": (
        "皮划艇锦标赛落幕。马亚男在女子单人划艇500米决赛中夺得第二枚金牌。",
        [],  # (the gold itself is read as a count too: left, see the report)
    ),
    # d9-084: the coaches in 在…的带领下 led the winners, they won nothing
    "led_by_not_winners": (
        "武术比赛落幕。少林小龙武校代表队在教练贾守杰、李盼的带领下,荣获“突出贡献奖”。",
        [("突出贡献奖", "少林小龙武校代表队")],
    ),
    # d9-041: a roll of past editions under 历届冠军 is history, kept from the sentence grammar
    "past_winners_heading": ("皇朝杯是四角赛。\n历届冠军\n\n1990 冠军:韩国 亚军:中国\n", []),
    # d9-041: a rule describing the winner names nobody
    "rule_describes_the_winner": ("赛事以单循环制进行。分数最多的一队为冠军。", []),
    # d9-081: 紧随其后 ends the names; the places follow in order with 分别以…的成绩
    "close_behind_then_places": (
        "冠军赛落幕。吴卿凤和朱梦惠紧随其后,分别以24秒77和24秒92的成绩拿到亚军和季军。",
        [("亚军", "吴卿凤"), ("季军", "朱梦惠")],
    ),
    # d9-081: 于 after 选手 is a surname; 同时… and 并列 say how the pair of the first clause won
    "tied_pair_carried": (
        "冠军赛落幕。北京选手于静瑶与上海选手唐钱婷,同时游出31秒46的成绩,并列获得亚军。",
        [("亚军", "于静瑶"), ("亚军", "唐钱婷")],
    ),
    # d9-070: a described entrant before the named one is the same person (epithet_in_apposition)
    "epithet_in_apposition": (
        "诵读大会落幕。甘肃站选手、来自兰州文理学院的熊佳怡获得大学组三等奖。",
        [("三等奖", "熊佳怡")],
    ),
    # real-184: a counted group before 、 is a winner of its own, no epithet
    "counted_group_is_no_epithet": (
        "书法大赛落幕。成人组的杨金玉等6名选手、少儿组刘敏学等8名选手,分获大赛两个组别的金奖。",
        [("金奖", "杨金玉"), ("金奖", "刘敏学")],
    ),
    # d9-039: 该县 before a unit and a person reads like 我县 (D3): the person wins, the unit as printed
    "anaphoric_unit_of_person": (
        "技能大赛落幕。该县直属机关幼儿园赵苑媛、周晓虹荣获一等奖。",
        [("一等奖", "赵苑媛"), ("一等奖", "周晓虹")],
    ),
    # holdout f-neg-past-event-mention: 该校合唱团 names no one new (only a person's unit is read)
    "anaphoric_unit_alone_is_no_name": ("该校合唱团曾获一等奖。", []),
    # d9-038: a school subject printed before each teacher's name is no part of it
    "subject_before_teacher": (
        "技能大赛结果揭晓。数学肖日成老师、体育陈观桂老师获得二等奖。",
        [("二等奖", "肖日成"), ("二等奖", "陈观桂")],
    ),
    # d9-008 / d9-036: 喜提 and 夺下 win a place like 夺得
    "result_verb_class": (
        "篮球赛落幕。恭喜青年球霸队喜提冠军!最终“智慧队”一举夺下冠军桂冠。",
        [("冠军", "青年球霸队"), ("冠军", "“智慧队”")],
    ),
    # d9-011 (D3): a bare self-reference as the only winner is the recipient; 获得过 is an earlier title
    "bare_self_reference_and_won_before": (
        "跳绳比赛落幕。我院在这个项目获得过两届冠军。我院不负众望,最终荣获一等奖。",
        [("一等奖", "我院")],
    ),
    # d9-059: counted tiers are a tally; a praised role closing the clause is the coach's honour
    "counted_tiers_tally_and_praise_role_honour": (
        "机器人竞赛决赛落下帷幕。开元中学参赛队获得了1个一等奖、1个二等奖和3个三等奖。"
        "开元中学队勇夺高中组一等奖,他们的指导教师周双也因为**的指导获评为本届比赛优秀教练员。",
        [("一等奖", "开元中学队"), ("优秀教练员", "周双")],
    ),
    # b3-018: 揽获 after the agent of 由; a prize's meaning in quotes (寓意“牛气冲天”) names no one
    "won_by_lanhuo_and_meaning_names_none": (
        "篮球赛落幕。冠军由中屏镇代表队获得,奖品为土黄牛一头,寓意“牛气冲天”;"
        "第四名则由屏山街道代表队揽获,奖品是20只农家土鸡,寓意“大吉大利”。",
        [("冠军", "中屏镇代表队"), ("第四名", "屏山街道代表队")],
    ),
    # b5a-037: 从 is a surname after a class code (七9班从宇辰)
    "class_code_then_surname_cong": (
        "踢毽比赛落幕。七年级男生组前三名为:七5班周熠、七2班阮璟瑜、七9班从宇辰。",
        [("第一名", "周熠"), ("第二名", "阮璟瑜"), ("第三名", "从宇辰")],
    ),
    # b6b-019: 与 joins two fields of one discipline printed before the person
    "conj_inside_discipline": (
        "讲课比赛落幕。麻醉学俞敏、皮肤病与性病学许阳分获二等奖。",
        [("二等奖", "俞敏"), ("二等奖", "许阳")],
    ),
    # d9-079: names counted with their unit word (3个村委会), 分别 over items pairs them in order;
    # 均 opening a clause is a name, 委会 closing one is no modal 会
    "names_by_items_counted_units": (
        "体育比赛结束,均竹圆、芒棒、芒茂3个村委会分别获得挑洋芋、踩高跷、拔河第一名,领导为获奖者颁奖。",
        [("第一名", "均竹圆"), ("第一名", "芒棒"), ("第一名", "芒茂")],
    ),
    # d9-080: 他的 before a teammate says whose teammate, the name after it won
    "pronoun_owner": (
        "冠军赛落幕。他的山东队队友徐放夺得200米蝶泳金牌。",
        [("金牌", "徐放")],
    ),
    # d9-001: 男子、女子400米: the item printed once closes both sexes, one per name (category test below)
    "sexes_share_an_item": (
        "运动会落幕。王哲承、吕梦熹分别以绝对优势包揽男子、女子400米冠军。",
        [("冠军", "王哲承"), ("冠军", "吕梦熹")],
    ),
    # a joint team's own name still holds its 、
    "joint_team_keeps_its_comma": (
        "篮球赛落幕。区检察院、招商港城联队获得冠军。",
        [("冠军", "区检察院、招商港城联队")],
    ),
}


@pytest.mark.parametrize("shape", sorted(PROSE_SHAPES))
def test_prose_shape(shape):
    text, expected = PROSE_SHAPES[shape]
    assert prose_pairs(text) == expected


def test_sexes_share_an_item_category():
    # d9-001: each name takes its own sex's item
    events = ev.extract_events(
        "运动会落幕。王哲承、吕梦熹分别以绝对优势包揽男子、女子400米冠军。", "2024-05-01"
    )
    got = [(a["category"], r["name"]) for e in events for a in e["awards"] for r in a["recipients"]]
    assert got == [("男子400米", "王哲承"), ("女子400米", "吕梦熹")]
