"""The result-clause shape table of yunmei.events.shapes: every row has cases named after it."""

from __future__ import annotations

import pytest

from yunmei import events as ev
from yunmei.events.shapes import SHAPE_NAMES, SHAPES, clause_awards, pair

# shape -> clauses it must decide, with the (tier, recipient names) it must give
SHAPE_CASES: dict[str, list[tuple[str, list[tuple[str, list[str]]]]]] = {
    "TIER_THEN_WINNERS_ARE": [
        ("获得一等奖的是张三、李四", [("一等奖", ["张三", "李四"])]),
        ("荣获冠军的队伍为霞山区代表队", [("冠军", ["霞山区代表队"])]),
    ],
    "WINNERS_OF_TIER_ARE": [
        ("一等奖获得者为王华", [("一等奖", ["王华"])]),
        ("而三等奖的获得者则为张红、田心", [("三等奖", ["张红", "田心"])]),
    ],
    "TIER_WON_BY": [
        ("一等奖由湛江一中获得", [("一等奖", ["湛江一中"])]),
        ("冠军被赤坎区代表队收入囊中", [("冠军", ["赤坎区代表队"])]),
        ("团体桂冠为深圳棋院队所斩获", [("桂冠", ["深圳棋院队"])]),
    ],
    "TIER_GOES_TO": [
        ("冠军花落霞山区代表队", [("冠军", ["霞山区代表队"])]),
        ("本届比赛的冠军属于东城队", [("冠军", ["东城队"])]),
        # b7a-024 (tier_belongs_to): an adverb between the prize and 属于
        ("最佳裁判员则属于十一人制组的陈红伟", [("最佳裁判员", ["陈红伟"])]),
        ("最佳教练奖项毫无悬念地属于沈勇虎", [("最佳教练", ["沈勇虎"])]),
        # d10-057 (tier_given_to)
        ("最佳风尚奖颁发给了2016级新闻班", [("最佳风尚奖", ["2016级新闻班"])]),
    ],
    # d10-065 / d10-090 (also b4b-013): the holder before 是…得主, or after 得主 with what they said
    "HOLDER_OF_TIER": [
        ("施昀彤是青少年组一等奖得主", [("一等奖", ["施昀彤"])]),
        ("本次大赛一等奖得主刘占表示", [("一等奖", ["刘占"])]),
    ],
    # d10-086: a numbered place glued to a name, nothing else in the clause
    "PLACE_THEN_NAME": [
        ("他们分别为第一名曹任", [("第一名", ["曹任"])]),
        ("第二名茆忠塘", [("第二名", ["茆忠塘"])]),
    ],
    # d20-044: the relative clause 获得TIER的 describes the named winner (winner_named_by_tier)
    "WINNER_NAMED_BY_TIER": [
        ("当天获得三阶盲拧和三阶克隆双料冠军的王逸帆还是亚洲纪录保持者", [("冠军", ["王逸帆"])]),
        ("获得亚军的电气081", [("亚军", ["电气081"])]),
    ],
    # d10-087: whom the prize is given to, the prize closing the clause
    "GIVEN_TO_THEN_TIER": [
        ("麦振峰还对文传系和政法系颁发“最佳组织奖”", [("最佳组织奖", ["文传系", "政法系"])]),
    ],
    "CONFERRED_ON_THEN_TIER": [
        (
            "本次比赛还授予罗岭镇、大龙山镇“优秀组织奖”荣誉称号",
            [("优秀组织奖", ["罗岭镇", "大龙山镇"])],
        ),
    ],
    "SELECTED_TIER_THEN_NAMES": [
        ("最终评委评出一等奖王华", [("一等奖", ["王华"])]),
        ("经过角逐决出冠军东区队", [("冠军", ["东区队"])]),
        ("最终评选结果为一等奖陈琼", [("一等奖", ["陈琼"])]),  # d15-087
    ],
    "BRONZE_MATCH_WON": [
        ("东湖队在季军争夺赛中以3:1战胜西湖队", [("季军", ["东湖队"])]),
        ("李明在铜牌赛中险胜王强", [("铜牌", ["李明"])]),
    ],
    "WINNER_BA_TIER_POCKETED": [
        ("湛江队将男子组200米直道赛冠军收入囊中", [("冠军", ["湛江队"])]),
    ],
    "TIER_LABEL_LIST": [("一等奖(2名):王华、李明", [("一等奖", ["王华", "李明"])])],
    "TIER_SPACE_LIST": [("二等奖 王华 李明", [("二等奖", ["王华", "李明"])])],
    "TIER_IS": [
        ("冠军为赤坎区代表队", [("冠军", ["赤坎区代表队"])]),
        # 总分获奖: 分获 inside 总分 is no spread verb
        (
            "团体总分获奖单位前二名是:龙泉、陶岭两个代表队",
            [("第一名", ["龙泉代表队"]), ("第二名", ["陶岭代表队"])],
        ),
    ],
    "TIER_OF_ARE": [
        ("二等奖的是:王五、赵六", [("二等奖", ["王五", "赵六"])]),
        ("三到四名的选手依次为:李震、张强", [("第三名", ["李震"]), ("第四名", ["张强"])]),
    ],
    "TIER_COUNT_NAMES_IN_BRACKETS": [
        (
            "荣获一等奖2名(张弘弢《祖国的好山河寸土不让》、鲁晓峰《我要去延安》)",
            [("一等奖", ["张弘弢", "鲁晓峰"])],
        ),
    ],
    "WORK_CAPTION": [
        ("七月的肖像(一等奖)作者 江苏 胡宝河", [("一等奖", ["七月的肖像"])]),
        (
            "http://a.jpg 《秀美玉屏湖》(特等奖) 作者:杨明军 http://b.jpg 《水墨新村》(水文化创意类一等奖) 作者:李远华",
            [("特等奖", ["《秀美玉屏湖》"]), ("一等奖", ["《水墨新村》"])],
        ),
    ],
    "TIERS_WITH_BRACKETED_NAMES": [
        (
            "评比结果如下:一等奖(血透中心)、二等奖(内五科、急诊科)",
            [("一等奖", ["血透中心"]), ("二等奖", ["内五科", "急诊科"])],
        ),
        (
            "共获得银奖1项(君创餐饮刘凡莉,中式面点)、铜奖2项(安信餐饮赵柱,中式烹调)",
            [("银奖", ["刘凡莉"]), ("铜奖", ["赵柱"])],
        ),
    ],
    "PLACES_RANGE_ARE": [
        (
            "获二至五的选手分别是泰安五岳徐振、卡车公司赵志华、轻卡部孙琛尧、青岛重工郝晓军",
            [
                ("第二名", ["徐振"]),
                ("第三名", ["赵志华"]),
                ("第四名", ["孙琛尧"]),
                ("第五名", ["郝晓军"]),
            ],
        ),
        (
            "荣获团体2至3名的队依次是:龙泉队、陶岭队",
            [("第二名", ["龙泉队"]), ("第三名", ["陶岭队"])],
        ),
    ],
    "WINNERS_WITH_TIERS": [
        (
            "他们分别是产品工程部冠军、测试工程部亚军、生产部季军",
            [("冠军", ["产品工程部"]), ("亚军", ["测试工程部"]), ("季军", ["生产部"])],
        ),
    ],
    "PRIZE_GIVING_FOR": [
        (
            "市领导为获得冠军的湛江一中、亚军的湛江二中颁奖",
            [("冠军", ["湛江一中"]), ("亚军", ["湛江二中"])],
        ),
    ],
    "TIER_THEN_WORK": [
        ("获一等奖的《掌纹里的星河》以细腻笔触写爷爷", [("一等奖", ["《掌纹里的星河》"])]),
        ("二等奖作品《谢谢你,我的星空》描绘身边的星空", [("二等奖", ["《谢谢你,我的星空》"])]),
    ],
    "AWARD_AFTER_VERB": [
        ("沧县医院、县交通局获得组织奖", [("组织奖", ["沧县医院", "县交通局"])]),
        # places in digits listed with 、 / a range of places as 位: one place each, in order
        ("新疆队、北京队分获3、4名", [("第三名", ["新疆队"]), ("第四名", ["北京队"])]),
        (
            "甲镇队、乙镇队、丙镇队分列四至六位",
            [("第四名", ["甲镇队"]), ("第五名", ["乙镇队"]), ("第六名", ["丙镇队"])],
        ),
        # groups_of_places: two groups x three places, six names in order
        (
            "湛江一小、湛江二小、铜陵四小、湛江一中、湛江二中、湛江三中分别荣获小学组和中学组前三名",
            [
                *(("第一名", ["湛江一小"]), ("第二名", ["湛江二小"]), ("第三名", ["铜陵四小"])),
                *(("第一名", ["湛江一中"]), ("第二名", ["湛江二中"]), ("第三名", ["湛江三中"])),
            ],
        ),
        # 机关二分工会: 二分 before 工会 is a branch, not a score of two points
        (
            "机关二分工会、土木工程学院分工会分获2-3名",
            [("第二名", ["机关二分工会"]), ("第三名", ["土木工程学院分工会"])],
        ),
        (
            "管理学院、经济学院、法学院的代表队分别获得前三名",
            [
                ("第一名", ["管理学院代表队"]),
                ("第二名", ["经济学院代表队"]),
                ("第三名", ["法学院代表队"]),
            ],
        ),
        ("区交通运输局获得一等奖", [("一等奖", ["区交通运输局"])]),
        ("张三成功卫冕男子组冠军", [("冠军", ["张三"])]),
        # one winner of a list of groups (双项): one award per group
        ("黄镇宇分获初中组和团体组双项特等奖", [("特等奖", ["黄镇宇"]), ("特等奖", ["黄镇宇"])]),
        # 分别是: with no plain names after it: the verb shape reads each clause
        (
            "前三名分别是:甲学院187分夺得第一名",
            [("第一名", ["甲学院"])],
        ),
        # a subject read only in part: the whole list before the predicate wins
        (
            "甲校、乙中学、丙中学合唱团代表本市参加省合唱大赛摘获一等奖",
            [("一等奖", ["甲校合唱团", "乙中学合唱团", "丙中学合唱团"])],
        ),
        # 在<contest> right before the verb is where, not who
        ("市一中熊扬轶同学在全国物理竞赛决赛(国赛)摘得金牌", [("金牌", ["熊扬轶"])]),
        ("甲队、乙队分获冠、亚军", [("冠军", ["甲队"]), ("亚军", ["乙队"])]),
        # result words with no tier noun keep the word as the tier
        ("罗浩中摘得桂冠", [("桂冠", ["罗浩中"])]),
        # places in order or as a range, one each
        (
            "西安张明、甘肃韩瑞、榆林高翔获得第四至六名",
            [("第四名", ["张明"]), ("第五名", ["韩瑞"]), ("第六名", ["高翔"])],
        ),
        (
            "湖南省正昌龙舟队、常德动物世界队分别获得亚、季军",
            [("亚军", ["湖南省正昌龙舟队"]), ("季军", ["常德动物世界队"])],
        ),
        # three or more bare places after one verb: 二、三、四名
        (
            "甲队、乙队、丙队分别获得二、三、四名",
            [("第二名", ["甲队"]), ("第三名", ["乙队"]), ("第四名", ["丙队"])],
        ),
        # one team word after a list of places that could read as persons, or after 等N支
        (
            "岳阳、方松、九亭代表队夺得前三名",
            [("第一名", ["岳阳代表队"]), ("第二名", ["方松代表队"]), ("第三名", ["九亭代表队"])],
        ),
        ("沙县区、尤溪县等7支代表队获优秀奖", [("优秀奖", ["沙县区代表队", "尤溪县代表队"])]),
        (
            "医学院、网络空间安全与计算机学院等代表队获得优秀奖",
            [("优秀奖", ["医学院代表队", "网络空间安全与计算机学院代表队"])],
        ),
        # as many units as places: each item is a unit even when unknown (国税, 珠泉完小)
        (
            "国税、张村派出所、珠泉完小分别获双管单位前三名",
            [("第一名", ["国税"]), ("第二名", ["张村派出所"]), ("第三名", ["珠泉完小"])],
        ),
        # a role word between a unit and a name: 专职消防员
        (
            "万兴乡政府专职消防员姜勇、老麦乡政府专职消防员张朝永分别荣获第一、第二名",
            [("第一名", ["姜勇"]), ("第二名", ["张朝永"])],
        ),
        # places as a range with 名 on both ends
        ("甲队、乙队分获4名至5名", [("第四名", ["甲队"]), ("第五名", ["乙队"])]),
        # doubles pairs: twice as many persons as places, two to each place
        (
            "孟产林和陆进兴、陈维珊和陈雪梅分获双人赛冠、亚军",
            [("冠军", ["孟产林", "陆进兴"]), ("亚军", ["陈维珊", "陈雪梅"])],
        ),
        # a joint team holds its 、; doubles A/B are two recipients
        ("区检察院、招商港城联队获得第一名", [("第一名", ["区检察院、招商港城联队"])]),
        (
            "七棵树迤坝联队、坪子代表队分获亚、季军",
            [("亚军", ["七棵树迤坝联队"]), ("季军", ["坪子代表队"])],
        ),
        ("尹土鹏/曹兆承获得男子双打第一名", [("第一名", ["尹土鹏", "曹兆承"])]),
        # A等13名同学: A only
        ("李明等13名同学获得一等奖", [("一等奖", ["李明"])]),
        # the team the result was won for, not an earlier clause's swimmer
        ("最终以3分50秒12为湛江队赢得最后一枚金牌", [("金牌", ["湛江队"])]),
    ],
    "RECIPIENT_IS_TIER": [
        ("东桥镇代表队、麻山镇代表队为二等奖", [("二等奖", ["东桥镇代表队", "麻山镇代表队"])]),
    ],
    # d11-084, after 自贡代表队取得A、B两块金牌
    "COUNTED_ITEMS_CARRIED": [
        (
            "女子A组50米自由泳、男子B组50米蛙泳两块银牌和男子B组100米自由泳一块铜牌的优异成绩",
            [("银牌", ["自贡代表队"]), ("银牌", ["自贡代表队"]), ("铜牌", ["自贡代表队"])],
        )
    ],
    "ITEM_TIER_CARRIED": [("丁组的第五名", [("第五名", ["王阳"])])],  # d9-090, after 王阳获得…
    "RESULT_WORD_VERB": [
        ("紫云县代表队在决赛中击败西秀区代表队夺冠", [("夺冠", ["紫云县代表队"])]),
        ("团体赛由甲队夺魁", [("夺魁", ["甲队"])]),
        ("赵警煜同学力拔头筹", [("力拔头筹", ["赵警煜"])]),
        ("李四摘银", [("摘银", ["李四"])]),
    ],
}


# the subject of the clause before, for the rows that read a clause without one
CARRIED = {
    "ITEM_TIER_CARRIED": [{"name": "王阳", "kind": "person", "affiliation": None}],
    "COUNTED_ITEMS_CARRIED": [{"name": "自贡代表队", "kind": "team", "affiliation": None}],
}


pytestmark = pytest.mark.usefixtures("strict_events")


def test_every_shape_has_cases_and_rows_are_unique():
    assert [s.shape for s in SHAPES] == list(dict.fromkeys(s.shape for s in SHAPES))
    assert set(SHAPE_CASES) == SHAPE_NAMES


@pytest.mark.parametrize(
    ("shape", "clause", "expected"),
    [(shape, c, e) for shape, cases in SHAPE_CASES.items() for c, e in cases],
    ids=lambda v: v if isinstance(v, str) and v in SHAPE_CASES else None,
)
def test_shape_decides_its_cases(shape, clause, expected):
    trace: list[str] = []
    found = clause_awards(clause, CARRIED.get(shape), trace=trace)
    assert trace == [shape]
    got = [(tier, [r["name"] for r in recips]) for f in found for tier, recips in pair(f)]
    assert got == expected


def test_a_range_with_fewer_names_than_places_gives_nothing():
    # 获二至四的选手分别是A、B: three places, two names; pairing them would be a guess
    assert clause_awards("获二至四的选手分别是张三、李四") == []


def test_a_beneficiary_that_is_no_team_is_no_winner():
    # 为学校赢得冠军: the school is who it was won for; the winner is not named in the clause
    assert (
        clause_awards("以一分之差为学校赢得冠军", carry=[{"name": "张明", "kind": "person"}]) == []
    )


def _awards(text: str) -> list[tuple]:
    from yunmei.events import extract_events

    return [
        (a["tier"], a["category"], r["name"], r["kind"], r["affiliation"])
        for e in extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    ]


# the issue's real-text shapes, end to end (tests/data/events/real holds the passages they came from)
ISSUE_SHAPES = {
    "4_result_word_without_tier_noun": (
        "象棋赛落幕。经过七轮角逐,王浩一举夺魁。",
        [("夺魁", None, "王浩", "person", None)],
    ),
    "5_affiliation_not_part_of_the_team": (
        "大赛落幕。来自湖南省长沙市的岳麓队获得冠军。",
        [("冠军", None, "岳麓队", "team", "湖南省长沙市")],
    ),
    "5_count_after_names": (
        "大赛落幕。秦伟六位老师获得一等奖。",
        [("一等奖", None, "秦伟", "person", None)],
    ),
    "6_work_credited": (
        "大赛落幕。李明老师的参赛课《春》获一等奖。",
        [("一等奖", None, "《春》", "work", "李明")],
    ),
    "7_chained_clauses": (
        "书法比赛日前结束。张华等13名同学获得一等奖、李明等20名同学获得二等奖。",
        [("一等奖", None, "张华", "person", None), ("二等奖", None, "李明", "person", None)],
    ),
    "7_result_by_name": (
        "乒乓球赛昨日结束。个人成绩由王浩获得第一名,李明获得第二名。",
        [("第一名", None, "王浩", "person", None), ("第二名", None, "李明", "person", None)],
    ),
    "8_losers_are_not_winners": (
        "职工篮球赛日前落幕。市人民医院队和高新区总工会队经过激烈比拼,最终市人民医院队以56:50获得机关组冠军。",
        [("冠军", "机关组", "市人民医院队", "team", None)],
    ),
}


@pytest.mark.parametrize("shape", list(ISSUE_SHAPES))
def test_issue_shape(shape):
    text, expected = ISSUE_SHAPES[shape]
    assert _awards(text) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a farm is a unit; 冠亚季军 spreads over three
        (
            "东镇东村、西乡苇塘农场、西乡北沟村分获冠亚季军",
            [("冠军", ["东镇东村"]), ("亚军", ["西乡苇塘农场"]), ("季军", ["西乡北沟村"])],
        ),
        ("李强蝉联冠军", [("冠军", ["李强"])]),
        # a name ending in 军 before 、 is no chained result (冠军、B获得…)
        ("刘军、陈平分别获得一、二等奖", [("一等奖", ["刘军"]), ("二等奖", ["陈平"])]),
        # the unit before 的 is every listed person's
        (
            "21电子一班的王伟与张明同学分别荣获第一名与第三名",
            [("第一名", ["王伟"]), ("第三名", ["张明"])],
        ),
        ("舞蹈《春雨》获得了本次比赛的特金奖", [("特金奖", ["《春雨》"])]),
    ],
)
def test_result_words_and_units_on_real_wording(clause, expected):
    got = [(t, [r["name"] for r in rs]) for f in clause_awards(clause) for t, rs in pair(f)]
    assert got == expected


def test_semicolon_groups_take_the_spread_tiers_in_order():
    got = _awards(
        "刘军、陈平分别获得个人赛一、二等奖;王明、李华;张强、赵伟分别获得团队赛一、二等奖。"
    )
    assert sorted((t, n) for t, _c, n, _k, _a in got) == sorted(
        [
            ("一等奖", "刘军"),
            ("二等奖", "陈平"),
            ("一等奖", "王明"),
            ("一等奖", "李华"),
            ("二等奖", "张强"),
            ("二等奖", "赵伟"),
        ]
    )


def test_names_joined_by_yu_in_a_clause_of_their_own_are_the_subject():
    got = _awards(
        "第二届校长杯象棋比赛圆满落幕。21电子一班的王伟与张明同学,分别在决赛中荣获第一名与第三名。"
    )
    assert [(t, n, a) for t, _c, n, _k, a in got] == [
        ("第一名", "王伟", "21电子一班"),
        ("第三名", "张明", "21电子一班"),
    ]


def test_an_adverbial_clause_keeps_the_earlier_subject():
    got = _awards(
        "职工乒乓球比赛落幕。在团体赛中,平均年龄最大的退休代表队经过顽强拼搏,"
        "出人预料的战胜了内退代表队,获得了团体赛冠军。"
    )
    assert [(t, n) for t, _c, n, _k, _a in got] == [("冠军", "退休代表队")]


def test_a_titles_own_words_are_no_predicate():
    got = _awards(
        "小朋友们参加了少儿舞蹈展演比赛。她们表演的舞蹈《月在湖上》脱颖而出,获得了本次比赛的金奖。"
    )
    assert [(t, n) for t, _c, n, _k, _a in got] == [("金奖", "《月在湖上》")]


def test_a_tier_then_its_names_in_the_next_clause():
    got = _awards("经过7轮角逐,第三届社区象棋赛团体一至三名,分别是东镇、西镇、南镇。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("第一名", "东镇"),
        ("第二名", "西镇"),
        ("第三名", "南镇"),
    ]


def test_a_clause_of_representing_and_taking_part_names_the_subject():
    got = _awards(
        "第八届青年教师教学基本功比赛落下帷幕。我院李伟老师代表学院参加了此次比赛,表现突出,"
        "摘得文科A组一等奖的桂冠,并获得最佳教案奖。"
    )
    assert sorted((t, n) for t, _c, n, _k, _a in got) == [
        ("一等奖", "李伟"),
        ("最佳教案奖", "李伟"),
    ]


def test_a_place_stated_as_the_achievement_and_its_restating_verb():
    got = _awards(
        "市第十三届中学生运动会闭幕。东县代表队以团体总分第一名的优异成绩,力挫群雄,再度夺冠。"
    )
    assert [(t, c, n) for t, c, n, _k, _a in got] == [("第一名", "团体总分", "东县代表队")]


def test_a_bare_numbered_team_takes_the_unit_of_the_team_before_it():
    got = _awards("职工技能竞赛闭幕。东山供电局一队、二队荣获团体一等奖。")
    assert sorted(n for _t, _c, n, _k, _a in got) == ["东山供电局一队", "东山供电局二队"]


def test_a_group_is_never_a_recipient():
    got = _awards("全国朗读大会落幕。我市少年王小明分获初中组和团体组双项特等奖。")
    assert all(n not in {"初中组", "团体组"} for _t, _c, n, _k, _a in got)


def test_a_group_before_a_team_or_after_zui_hou_is_the_category():
    got = _awards("拔河比赛落幕。甲组码头铺镇代表队摘得桂冠,最后青年组的金小雷获得冠军。")
    assert ("桂冠", "甲组", "码头铺镇代表队", "team", None) in got
    assert ("冠军", "青年组", "金小雷", "person", None) in got
    got = _awards("书法比赛落幕。青年组的金小雷获得冠军;老年组金岩、杨红梅获得亚军。")
    assert ("亚军", "老年组", "金岩", "person", None) in got


def test_a_workshop_before_a_name_is_the_affiliation():
    got = _awards("技能竞赛落幕。物流部郭昌清获得第一名、PVC车间王作林获得第二名。")
    assert ("第二名", None, "王作林", "person", "PVC车间") in got


def test_a_hotel_before_a_name_is_the_affiliation_and_a_digit_count_trails_off():
    got = _awards(
        "烹饪大赛落幕。长垣县筱梁春饭庄刘桂杰、长垣县晟道园餐饮有限公司刘勇杰2人荣获金奖,"
        "长垣五洲大酒店何希玲荣获银奖。"
    )
    assert ("金奖", None, "刘桂杰", "person", "长垣县筱梁春饭庄") in got
    assert ("金奖", None, "刘勇杰", "person", "长垣县晟道园餐饮有限公司") in got
    assert ("银奖", None, "何希玲", "person", "长垣五洲大酒店") in got


def test_an_adverb_before_the_verb_is_no_name_and_a_bracketed_place_no_recipient():
    got = _awards(
        "龙舟赛落幕。双蒸队强势赢得冠军,运城供电代表队技高一筹夺得亚军。随州选手个个摘金。"
    )
    assert [(t, n) for t, _c, n, _k, _a in got] == [("冠军", "双蒸队"), ("亚军", "运城供电代表队")]


def test_a_labels_names_run_on_over_commas():
    got = _awards("作文比赛落幕。二等奖:初二4班吴海韵等,初一8班周澍崟;三等奖:羊玥蒙,谭妤。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("二等奖", "吴海韵"),
        ("二等奖", "周澍崟"),
        ("三等奖", "羊玥蒙"),
        ("三等奖", "谭妤"),
    ]


def test_an_item_before_zhong_without_zai_is_the_category():
    got = _awards("书法比赛落幕。最终钢笔字专项中佘东霖荣获一等奖;毛笔字专项中曲润茹荣获一等奖。")
    assert ("一等奖", "钢笔字专项", "佘东霖", "person", None) in got
    assert ("一等奖", "毛笔字专项", "曲润茹", "person", None) in got


def test_zhai_zou_is_a_result_verb_and_a_photo_set_mark_trails_a_work():
    got = _awards("摄影大赛落幕。王建康《沙苑水库》(组照)获得一等奖,个私协队摘走了桂冠。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("一等奖", "《沙苑水库》"),
        ("桂冠", "个私协队"),
    ]


def test_a_discipline_keeps_its_xiang_mu():
    got = _awards("烹饪大赛落幕。长垣五洲大酒店何希玲荣获客房服务项目金奖。")
    assert got == [("金奖", "客房服务项目", "何希玲", "person", "长垣五洲大酒店")]


def test_more_roles_between_a_place_and_a_name():
    got = _awards("钓鱼赛落幕。来自河南郑州的年轻钓手马焱以微弱差距屈居亚军。")
    assert got == [("亚军", None, "马焱", "person", "河南郑州")]


def test_unit_de_name_on_both_sides_of_he_are_two_persons():
    got = _awards(
        "英语演讲比赛落幕。平和学校的张洲晨、附属小学(文林校区)的月钦和和平区文化路小学的王谦谦"
        "分别获得小学组冠、亚、季军。"
    )
    assert [(t, n, a) for t, _c, n, _k, a in got] == [
        ("冠军", "张洲晨", "平和学校"),
        ("亚军", "月钦", "附属小学(文林校区)"),
        ("季军", "王谦谦", "和平区文化路小学"),
    ]


def test_de_dao_is_a_result_verb():
    got = _awards("民歌大赛落幕。凤城代表队的欧阳广勇、王姣杏得到对唱一等奖。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("一等奖", "欧阳广勇"), ("一等奖", "王姣杏")]


def test_a_unit_named_only_by_its_kind_or_acting_for_another_is_no_recipient():
    got = _awards("技能竞赛决赛落幕。公司员工刘明夺得个人二等奖,公司代表电建集团获得团体二等奖。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("二等奖", "刘明")]


def test_a_quoted_speech_after_a_winner_is_no_list_of_names():
    got = _awards(
        '诗歌大赛颁奖。\n文联主席 一等奖获得者 王一桃 :" 祖国是山 我是水 祖国是水 我是山 "'
    )
    assert [(t, n) for t, _c, n, _k, _a in got] == [("一等奖", "王一桃")]


def test_a_team_overtaking_others_wins_alone():
    got = _awards("混合泳接力决赛,中国队反超美国队以及东道主法国队,以3分27秒46夺冠。")
    assert [n for _t, _c, n, _k, _a in got] == ["中国队"]


def test_places_listed_after_fen_bie_you():
    got = _awards("运动会闭幕。学生女子团体前三名分别有商学院、信息学院、建筑工程学院。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("第一名", "商学院"),
        ("第二名", "信息学院"),
        ("第三名", "建筑工程学院"),
    ]


def test_a_work_named_by_its_author_without_de():
    got = _awards("书画大赛揭晓。其中,裴建华作品获得三等奖。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("三等奖", "裴建华")]


def test_a_runner_up_who_settles_for_second_place():
    got = _awards("乒乓球赛闭幕。最终东山一队获得冠军,西湖一队屈居亚军。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("冠军", "东山一队"), ("亚军", "西湖一队")]


def test_an_individual_honour_without_jiang_is_an_unranked_prize():
    got = ev.extract_events("篮球赛闭幕,东山队荣膺冠军。陆晓龙获评“最有价值球员”。")
    assert [(a["tier"], a["tier_rank"]) for e in got for a in e["awards"]] == [
        ("冠军", 1),
        ("最有价值球员", None),
    ]
    assert ev.extract_events("本次比赛设最佳射手、最佳球员、最佳教练等奖项。") == []


def test_two_places_printed_as_wei_after_fen_lie():
    got = _awards("接力决赛,东山队夺得金牌。西湖队和南岭队分列二三位。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("金牌", "东山队"),
        ("第二名", "西湖队"),
        ("第三名", "南岭队"),
    ]


def test_a_later_champion_restating_a_printed_first_place():
    got = _awards(
        "日前,机器人竞赛在东市举行。东山一中参赛队获得高中组综合技能项目第一名,"
        "斩获我省在此项目首个全国冠军。"
    )
    assert [t for t, _c, _n, _k, _a in got] == ["第一名"]


def test_a_shared_place_bing_lie_unless_a_prize_follows():
    got = _awards("乒乓球赛闭幕。东山队荣获冠军,西湖队荣获亚军,南岭一队、南岭二队并列季军。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("冠军", "东山队"),
        ("亚军", "西湖队"),
        ("季军", "南岭一队"),
        ("季军", "南岭二队"),
    ]
    got = _awards("演讲比赛落幕。最终,许鹏和张正达以总分366分并列第一名获得一等奖。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("一等奖", "许鹏"), ("一等奖", "张正达")]


def test_an_earlier_contests_result_in_a_zai_ci_qian_clause_is_history():
    got = _awards(
        "游泳决赛,王浩宇以22秒17的成绩夺得冠军。\n"
        "在此前的全国春季游泳锦标赛50米自由泳决赛中,王浩宇以22秒44并列亚军。"
    )
    assert [(t, n) for t, _c, n, _k, _a in got] == [("冠军", "王浩宇")]


def test_a_rising_player_xin_xiu_is_a_role_before_the_name():
    got = _awards("象棋赛落幕。来自市电力公司的年轻新秀刘佳淇夺得本届冠军。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("冠军", "刘佳淇")]


def test_a_count_of_children_and_bing_lie_trail_a_list_of_names():
    got = _awards("跳绳比赛落幕。李睦覃、龚珏、马义芃3位小朋友获得一等奖。")
    assert [n for _t, _c, n, _k, _a in got] == ["李睦覃", "龚珏", "马义芃"]
    got = _awards("团体奖方面,东山市代表队、西湖市代表队并列获得二等奖。")
    assert [n for _t, _c, n, _k, _a in got] == ["东山市代表队", "西湖市代表队"]


def test_jiang_inside_a_role_ming_jiang_is_no_modal():
    got = _awards("象棋赛闭幕。赵东夺得冠军。西安名将马杰与李早临分获本次比赛的亚军和季军。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [
        ("冠军", "赵东"),
        ("亚军", "马杰"),
        ("季军", "李早临"),
    ]


def test_common_surnames_lai_and_yan():
    got = _awards("技能大赛落幕。赖海彬获得一等奖,阎明获得二等奖。")
    assert [(t, n) for t, _c, n, _k, _a in got] == [("一等奖", "赖海彬"), ("二等奖", "阎明")]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [
        (a["tier"], r["name"])
        for e in ev.extract_events(text)
        for a in e["awards"]
        for r in a["recipients"]
    ]


def test_mentors_and_members_not_recipients():
    # the mentors of a project and the members who form a team are not what won
    assert _pairs("建筑学院徐美娟、章志琴指导的“园林景观设计与施工”项目获得团队二等奖。") == []
    assert _pairs("王波指导的“云计算技术与应用(个人)”项目获得三等奖。") == []
    assert _pairs("最终由张邦祥/王锐、沈佳祥/李建伟组成的深圳南港动力积171.92分夺得冠军。") == []
    # one coach before a person, and one joint team, stay as they were
    assert _pairs("由谭辉指导的李明获得一等奖。") == [("一等奖", "李明")]


def test_recipient_form_check():
    from yunmei.events.wellformed import acceptable

    def ok(name: str, kind: str = "person") -> bool:
        return acceptable({"name": name, "kind": kind, "affiliation": None})

    assert not ok("2022年5月23日", "organization")  # a signature's date under the last label
    assert not ok("代表队", "team")  # a team word alone
    assert not ok("展开了激烈角逐", "organization")  # a predicate
    assert not ok("易楚(学前教育)、龙灿锋(生物科学)、刘欢", "work")  # a list that failed to split
    assert ok("“掌控之手”队", "team")
    assert ok("区检察院、招商港城联队", "team")
    assert ok("《温馨的家园》", "work")


def test_winners_among_entrants():
    # the entrants listed first are not all winners when the clause names the winners again
    text = (
        "我校学生杨硕、石兰、陈路,在会计技能项目竞赛中,荣获团体一等奖。指导老师:刘海燕、张静。\n"
        "我校学生丁文凯、彭兴隆、张贵英,在西餐宴会服务项目竞赛中,彭兴隆、张贵英分别荣获个人三等奖。"
    )
    pairs = _pairs(text)
    assert ("三等奖", "彭兴隆") in pairs and ("三等奖", "张贵英") in pairs
    assert ("三等奖", "丁文凯") not in pairs


def test_pair_combination():
    from yunmei.events.recipients import recipients

    pair = recipients("顾晓虎教授与扬州大学颜彪教授组合", True)
    assert [(r["name"], r["affiliation"]) for r in pair] == [("顾晓虎", None), ("颜彪", "扬州大学")]


def test_long_range_names_the_leader():
    from yunmei.events.tiers import expand_tiers

    assert expand_tiers("第1名至第20名") == ["第1名"]
    assert expand_tiers("第二名至第六名") == ["第二名", "第三名", "第四名", "第五名", "第六名"]
    assert ("第1名", "陈龙") in _pairs(
        "经过4天的激烈角逐,陈龙等选手分获学生组决赛计算机程序设计员项目第1名至第20名。"
    )


def test_conj_inside_unit():
    from yunmei.events.recipients import recipients

    got = recipients("外国语学院韦俏燕和覃晓盼、信息与通信学院龚瑞乔", True)
    assert [(r["name"], r["affiliation"]) for r in got] == [
        ("韦俏燕", "外国语学院"),
        ("覃晓盼", "外国语学院"),
        ("龚瑞乔", "信息与通信学院"),
    ]


def test_overall_champion_kept_as_printed():
    got = [
        (a["tier"], a["tier_rank"], r["name"])
        for e in ev.extract_events(
            "第七届亚洲机器人锦标赛VEX工程挑战赛日前落幕。高中组有四名队员,其中念昊坤、陈佳艳获总冠军,陈凯、林钦获季军。"
        )
        for a in e["awards"]
        for r in a["recipients"]
    ]
    assert ("总冠军", 1, "念昊坤") in got and ("季军", 3, "林钦") in got


def test_sponsored_side():
    from yunmei.events.recipients import recipient

    assert recipient("四川省桥牌协会(普得集团)", True)["name"] == "四川省桥牌协会(普得集团)"
    assert recipient("四川省桥牌协会(普得集团)", True)["kind"] == "team"
    # a place in brackets is no sponsor: the old reading stands
    assert recipient("湛江市象棋协会(霞山区)", True) != {
        "name": "湛江市象棋协会(霞山区)",
        "kind": "team",
        "affiliation": None,
    }


def test_group_label_before_a_ranking():
    # 五年级组团体奖:第一名A,第二名B: the group and its team word before the colon are the
    # ranking's category (team-prize convention: 高中组团体第二名 -> 高中组团体)
    assert _awards("在广播操比赛中,五年级组团体奖:第一名五(1)班,第二名五(5)班。") == [
        ("第一名", "五年级组团体", "五(1)班", "team", None),
        ("第二名", "五年级组团体", "五(5)班", "team", None),
    ]


def test_groups_of_places_run_over_a_comma():
    # A、B、C,D、E、F分别荣获小学组和中学组前三名: each group its three names, in order
    got = _awards(
        "在演讲比赛中,东山县实验小学、铜陵四小、文昌小学,东山二中、文昌中学、东山一中"
        "分别荣获小学组和中学组前三名。"
    )
    assert [(t, c, n) for t, c, n, _k, _a in got] == [
        ("第一名", "小学组", "东山县实验小学"),
        ("第二名", "小学组", "铜陵四小"),
        ("第三名", "小学组", "文昌小学"),
        ("第一名", "中学组", "东山二中"),
        ("第二名", "中学组", "文昌中学"),
        ("第三名", "中学组", "东山一中"),
    ]


def test_group_glued_before_a_team_is_its_category():
    # 男子组历下交警支队获得第一名: 男子组 is the category, the team the winner
    assert _awards(
        "在拔河比赛中,男子组历下交警支队获得第一名,混合组今晚全民健身队获得第一名。"
    ) == [
        ("第一名", "男子组", "历下交警支队", "organization", None),
        ("第一名", "混合组", "今晚全民健身队", "team", None),
    ]


def test_match_sides_take_places():
    # A以3:1击败B,两队分获第三、四名: the two sides of the match, winner first (match_sides)
    assert [
        (t, n)
        for t, _c, n, _k, _a in _awards(
            "在三四名决赛中,湛江一中队以3:1击败湛江二中队,两队分获第三、四名。"
        )
    ] == [("第三名", "湛江一中队"), ("第四名", "湛江二中队")]


def test_chained_clauses_whose_next_subject_is_a_counted_list():
    # …2名教师获得一等奖、C、D、E3 名教师获得二等奖: 、 after a tier opens the next result clause
    assert _pairs(
        "在演讲比赛中,王丽、陈刚2名教师获得一等奖、赵敏、孙强、周红3 名教师获得二等奖。"
    ) == [
        ("一等奖", "王丽"),
        ("一等奖", "陈刚"),
        ("二等奖", "赵敏"),
        ("二等奖", "孙强"),
        ("二等奖", "周红"),
    ]


def test_names_after_winners_are_run_on_over_commas():
    # 二等奖得主是A,B: the name list that closes a 是/为 clause goes on after a comma
    assert _pairs("朗诵比赛结果揭晓。一等奖的得主是刘畅。二等奖得主是孙悦,钱进,吴迪。") == [
        ("一等奖", "刘畅"),
        ("二等奖", "孙悦"),
        ("二等奖", "钱进"),
        ("二等奖", "吴迪"),
    ]


def test_tier_heading_clause_before_elided_tier_clauses():
    # 跳远男女冠军,甲组由A、B获得: the item and tier alone head the 由…获得 clauses after it
    assert _pairs(
        "在运动会上,跳高男女第一名由王刚、李娜获得;跳远男女冠军,甲组由赵强、钱芳获得;"
        "乙组由孙伟、周敏获得。"
    ) == [
        ("第一名", "王刚"),
        ("第一名", "李娜"),
        ("冠军", "赵强"),
        ("冠军", "钱芳"),
        ("冠军", "孙伟"),
        ("冠军", "周敏"),
    ]


def test_province_before_a_name_is_its_affiliation():
    # 湖北李明 / 江苏吴芳和北京赵伟: a province printed before a person is the person's affiliation
    got = _awards("经过角逐,最佳风采奖由湖北李明获得,最佳才艺奖由江苏吴芳和北京赵伟获得。")
    assert [(t, n, a) for t, _c, n, _k, a in got] == [
        ("最佳风采奖", "李明", "湖北"),
        ("最佳才艺奖", "吴芳", "江苏"),
        ("最佳才艺奖", "赵伟", "北京"),
    ]
    # a city after the province, or a university's short name, is no person
    from yunmei.events.recipients import recipient

    assert all((recipient(x, True) or {}).get("kind") != "person" for x in ("江苏常州", "江西师大"))


def test_trophy_of_a_place_after_a_result_verb():
    # 荣获冠军杯 / 亚军杯: the trophy stands for the place; 冠军杯赛 stays a contest's name
    assert _pairs("在烹饪大赛中,金厨公司荣获冠军杯,王强荣获亚军杯,李兵荣获季军杯。") == [
        ("冠军杯", "金厨公司"),
        ("亚军杯", "王强"),
        ("季军杯", "李兵"),
    ]
    assert ev.tier_rank("亚军杯") == 2
    assert _pairs("明天将举行篮球冠军杯赛。") == []


def test_tier_won_by_with_a_result_word_verb():
    # 红茶组茶王由A夺魁: the tier first, then 由 and the winner with 夺魁 as the verb
    assert _awards("在茶王赛中,红茶组茶王由云峰茶业夺魁。") == [
        ("茶王", "红茶组", "云峰茶业", "organization", None)
    ]


def test_run_together_names_without_separator():
    # 三等奖杜明轩钱雨桐: three-character names printed with no separator are each a winner
    assert _pairs("象棋比赛一等奖获得者为孙浩然,二等奖周子健,三等奖杜明轩钱雨桐。") == [
        ("一等奖", "孙浩然"),
        ("二等奖", "周子健"),
        ("三等奖", "杜明轩"),
        ("三等奖", "钱雨桐"),
    ]
    # a 与 between names still splits on the conjunction, never into three-character pieces
    assert _pairs("在比赛中,王昊与徐天宇获得冠军。") == [("冠军", "王昊"), ("冠军", "徐天宇")]


def test_subject_then_a_verdict_idiom_carries_to_the_result():
    # A技高一筹,…,夺取冠军 / B惜败,获得亚军: the idiom is the predicate, A and B the subjects
    assert _pairs(
        "在足球赛决赛中,东山小学技高一筹,在点球大战中战胜西湖小学,夺得冠军。西湖小学惜败,获得亚军。"
    ) == [("冠军", "东山小学"), ("亚军", "西湖小学")]
    # A力拔头筹勇夺冠军: a result idiom before the verb is no part of the name
    assert _pairs("在拔河比赛中,石桥镇河口村力拔头筹勇夺冠军。") == [("冠军", "石桥镇河口村")]
    # 东道主A / 来自X的参赛选手A: the host's title and the entrant's role are no part of the name
    assert _pairs("在桥牌赛中,最终东道主滨江区队笑到了最后,荣获总冠军。") == [
        ("总冠军", "滨江区队")
    ]
    assert _pairs("在导游大赛中,来自西湖景区管理有限公司的参赛选手赵刚获一等奖。") == [
        ("一等奖", "赵刚")
    ]


def test_major_class_code_is_a_team():
    # 化工171夺得冠军: a major's short name and its class number is a class team (no 班 printed)
    assert _awards("在新生杯篮球赛中,化工171一举夺得冠军,机械172则荣获季军。") == [
        ("冠军", None, "化工171", "team", None),
        ("季军", None, "机械172", "team", None),
    ]


def test_counted_result_then_its_names_in_the_next_clause():
    # 3个项目获得铜牌,分别是A、B、C: the count's names follow in the next clause
    assert _pairs(
        "在科技创新大赛中,3个项目获得铜牌,分别是一中王浩同学作品《节水花洒》、"
        "二中李想、周敏同学作品《智能书架》、三中陈晨同学作品《折叠雨伞》。"
    ) == [("铜牌", "《节水花洒》"), ("铜牌", "《智能书架》"), ("铜牌", "《折叠雨伞》")]
    # a bare list counts only when it is as long as the count
    assert _pairs(
        "在科技创新大赛中,2个项目获得银牌,王浩作品《节水花洒》、李想作品《智能书架》。"
    ) == [
        ("银牌", "《节水花洒》"),
        ("银牌", "《智能书架》"),
    ]


def test_san_jia_after_a_verb_is_the_first_three_places():
    # A、B和C荣膺三甲: 三甲 after its verb is 第一名…第三名 in printed order; 第N组 is a numbered team
    assert _pairs("在健步走比赛中,最终第3组、第7组和第1组荣膺三甲。") == [
        ("第一名", "第3组"),
        ("第二名", "第7组"),
        ("第三名", "第1组"),
    ]


def test_shared_place_bing_lie_with_a_group_before_the_tier():
    # A、B并列高中组冠军: a shared place, the group printed between 并列 and the tier
    assert _awards("在跳绳比赛中,最后,东山中学、西湖中学并列高中组冠军。") == [
        ("冠军", "高中组", "东山中学", "organization", None),
        ("冠军", "高中组", "西湖中学", "organization", None),
    ]


def test_these_n_are_names_the_counted_tier_of_the_sentence_before():
    # 为获得一等奖的3位选手颁奖。这3位选手是:A、B和C — the count ties the names to the tier
    assert _pairs(
        "第二届导游大赛在珠海举行。局长为获得一等奖的3位选手颁奖。这3位选手是:张华、王明和李强。"
    ) == [("一等奖", "张华"), ("一等奖", "王明"), ("一等奖", "李强")]
    # a different count is another group: nothing rather than a guess
    assert (
        _pairs("第二届导游大赛在珠海举行。局长为获得一等奖的3位选手颁奖。这2位选手是:张华、王明。")
        == []
    )


def test_suo_huo_de_de_is_a_noun_phrase_not_a_result():
    # A所获得的冠军数与B并列第一: what A won is counted, no result is stated for a contest
    assert _pairs("在世界合唱比赛中,中国合唱团所获得的冠军数与美国并列第一,均为5个。") == []


def test_long_credited_work_item_is_still_a_work():
    # 小学组X学校A同学的作品《(a long title)》: a credited work item may pass 40 characters
    title = "《基于图像识别的校园垃圾分类智能回收装置的设计与实现》"
    assert _pairs(f"在科技创新大赛中,东风农场第一小学王小明同学的作品{title}获得银牌。") == [
        ("银牌", title)
    ]


def test_subject_before_zai_keeps_its_clause_from_opening_a_subcontest():
    # A在参赛的10个项目中,获得…金奖,…,并荣获了“X奖”: A is the subject, not a sub-contest
    assert _pairs(
        "省老年人运动会太极拳比赛在济宁举行。青岛市代表队在参赛的8个项目中,获得集体项目金奖,"
        "共获得6金2银的优异成绩,并荣获了“道德风尚奖”。"
    ) == [("金奖", "青岛市代表队"), ("道德风尚奖", "青岛市代表队")]


def test_epithet_in_apposition_before_the_named_winner():
    # 赛会头号种子、德国选手A以…轻取B,夺得冠军: the epithet before 、 names no second winner
    assert _pairs("网球挑战赛收官。赛会头号种子、德国选手施密特以6:2和6:1轻取李明,夺得冠军。") == [
        ("冠军", "施密特")
    ]


def test_the_day_before_is_no_history():
    # 在此前一天举行的双打决赛中: the day before this report, not an earlier contest
    assert _pairs(
        "网球挑战赛收官。在此前一天举行的双打决赛中,王强/赵刚以6:4和6:2击败张伟/李军,夺得冠军。"
    ) == [("冠军", "王强"), ("冠军", "赵刚")]


def test_worker_trade_before_a_name_is_a_role():
    # 装配工A、电焊工B夺得第一名: the trade is the worker's role, not part of the name
    assert _pairs("在技能比武大赛中,装配工孙立、电焊工周强夺得了第一名,第二名被钳工吴伟捧走。") == [
        ("第一名", "孙立"),
        ("第一名", "周强"),
        ("第二名", "吴伟"),
    ]


def test_academic_title_after_a_name_and_ling_before_it():
    # 我教研室A讲师以…参加比赛,…,荣获一等奖 / 另B老师还获得X奖: titles and 另 are no part of a name
    assert _pairs(
        "在青年教师授课大赛中,我教研室陈方讲师以《细胞的结构》课程参加基础组比赛,"
        "讲授深入浅出,荣获一等奖。另吴敏老师还获得优秀课件奖。"
    ) == [("一等奖", "陈方"), ("优秀课件奖", "吴敏")]


def test_score_before_the_verb_and_a_title_conferred_with_the_place():
    # A,…,积15分夺得个人冠军,荣获“棋王”称号: 积15分 is no subject; the title is no second award
    assert _pairs(
        "在老年人象棋赛中,临县选手王建国,稳步出招,经过九轮对决,积15分夺得个人冠军,荣获“棋王”称号。"
    ) == [("冠军", "王建国")]


def test_item_list_between_verb_and_tier_is_one_award_each():
    # A获得男子组100米和200米直道赛冠军: each item won is its own award
    got = _awards("在龙舟公开赛中,东江龙舟队获得男子组100米和200米直道赛冠军。")
    assert [(t, c, n) for t, c, n, _k, _a in got] == [
        ("冠军", "男子组100米", "东江龙舟队"),
        ("冠军", "男子组200米直道赛", "东江龙舟队"),
    ]
    # a group printed with the first item is every item's (大众组200米、500米)
    got = _awards("在龙舟公开赛中,河口队摘得大众组200米、500米冠军。")
    assert [(c, n) for _t, c, n, _k, _a in got] == [
        ("大众组200米", "河口队"),
        ("大众组500米", "河口队"),
    ]
    # A将X、Y冠军收入囊中 (WINNER_BA_TIER_POCKETED) lists its items the same way
    assert _pairs("在龙舟公开赛中,西湖龙舟队将500米直道赛、3000米环绕赛冠军收入囊中。") == [
        ("冠军", "西湖龙舟队"),
        ("冠军", "西湖龙舟队"),
    ]


def test_titles_back_to_back_with_a_count_are_each_a_work():
    # 《A》《B》《C》3个节目获得金奖 / “A”“B”等2个项目夺得金奖: back-to-back titles, then the count
    assert _pairs("在广场舞大赛中,《春风》《山歌》《渔舟》3个节目获得金奖。") == [
        ("金奖", "《春风》"),
        ("金奖", "《山歌》"),
        ("金奖", "《渔舟》"),
    ]
    assert _pairs(
        "在创业大赛中,“智慧农场——数字种植服务商”“‘绿’动校园——回收平台”等2个项目脱颖而出夺得金奖。"
    ) == [("金奖", "“智慧农场——数字种植服务商”"), ("金奖", "“‘绿’动校园——回收平台”")]
    # a count of works after a place names no work: 我县1件作品获得三等奖 gives nobody
    assert _pairs("在科技创新大赛中,我县1件作品获得全国三等奖。") == []


def test_quoted_project_then_xiang_mu_is_a_work():
    # 创业组的“A”项目斩获一等奖: the quoted project is credited, 项目 is no part of its name
    assert _pairs("在创业大赛决赛中,最终创业组的“智能温室控制系统”项目斩获一等奖。") == [
        ("一等奖", "“智能温室控制系统”")
    ]
    # a mentored project still names no winner (mentors_and_members_not_recipients)
    assert _pairs("王波、李强指导的“云计算技术与应用”项目获得一等奖。") == []


def test_counted_list_without_deng_names_every_item():
    # A、B、C三支队伍…分别获得前三名: a measure-word count closing the list, no 等 needed
    assert _pairs(
        "在龙舟赛中,最终,河口龙舟、江湾龙舟、四川简阳三支队伍脱颖而出,分别获得公开组前三名。"
    ) == [("第一名", "河口龙舟"), ("第二名", "江湾龙舟"), ("第三名", "四川简阳")]
    # A、B两支代表队: the shared team word goes to each; 永诚二队 stays a numbered team
    assert _pairs("在广场舞大赛中,城关中心学校、卷烟厂两支代表队分获一等奖和二等奖。") == [
        ("一等奖", "城关中心学校代表队"),
        ("二等奖", "卷烟厂代表队"),
    ]


def test_epithet_before_person():
    # 老将/名将/小将/象棋名手/特级大师 before a name describe the winner; they are no part of the name
    assert _pairs("在市乒乓球赛中,老将吴志成以3:1获得男单冠军。") == [("冠军", "吴志成")]
    assert _pairs("围棋邀请赛落幕,来自邵阳的围棋名手谭国庆以五战全胜摘得个人赛桂冠。") == [
        ("桂冠", "谭国庆")
    ]
    assert _pairs("在市运动会中,小将孔令辉夺得男子跳远冠军,名将邓亚萍获得女子跳高亚军。") == [
        ("冠军", "孔令辉"),
        ("亚军", "邓亚萍"),
    ]
    assert _pairs("本届象棋公开赛,特级大师许银川以9胜2和获得第一名。") == [("第一名", "许银川")]


def test_latin_name_after_country_or_role():
    # foreign runners printed in Latin letters, spaces inside the name, after 来自X的 or X选手
    assert _pairs(
        "在马拉松赛中,来自埃塞俄比亚的Tola Bekele以2小时10分获得男子组冠军,"
        "肯尼亚选手Mary Wanjiru Kamau以2小时28分摘得女子组冠军。"
    ) == [("冠军", "Tola Bekele"), ("冠军", "Mary Wanjiru Kamau")]
    assert _pairs("在半程马拉松赛中,来自肯尼亚的男子选手JOHN KIPTOO获得男子组亚军。") == [
        ("亚军", "JOHN KIPTOO")
    ]


def test_manner_clause_after_subject():
    # A,以全胜战绩获得冠军: the 以 phrase says how; A, named in the clause before, is who
    assert _pairs("在围棋团体赛中,育才中学队,以6胜1负的战绩获得亚军。") == [("亚军", "育才中学队")]
    assert _pairs("在篮球赛中,城西社区队表现稳定,凭借顽强的防守获得第三名。") == [
        ("第三名", "城西社区队")
    ]
    # 以程观领衔的A: the 以 phrase holds the subject, not a manner; no earlier winner is borrowed
    assert _pairs("在围棋赛中,李明表现出色,以王强领衔的东城队以全胜获得冠军。") != [
        ("冠军", "李明")
    ]


def test_place_as_manner():
    # 以总分第一名的成绩勇夺桂冠: the printed place is the result, the crown word restates it
    assert _pairs("在青年教师基本功大赛中,李红以总分第一名的成绩勇夺桂冠。") == [("第一名", "李红")]
    assert _pairs("在演讲比赛中,王芳以第一名的成绩获得冠军。") == [("第一名", "王芳")]


def test_winner_beat_loser():
    # A击败B获得冠军 / A…,险胜B夺得第一名: the one after the beat verb lost
    assert _pairs("在游泳比赛中,广西选手黄敏击败四川选手周洁获得女子100米蝶泳冠军。") == [
        ("冠军", "黄敏")
    ]
    assert _pairs(
        "在村篮球赛决赛中,最后河东队技高一筹,以60:58两分之差,力克河西队夺得第一名,河西队获得第二名。"
    ) == [("第一名", "河东队"), ("第二名", "河西队")]


def test_pair_named_as_duo():
    # A、B组合获得冠军: both players of the pair; a lone X组合 stays the printed team
    assert _pairs("在羽毛球混双比赛中,刘伟、陈静组合获得冠军;孙强、赵丽组合获得亚军。") == [
        ("冠军", "刘伟"),
        ("冠军", "陈静"),
        ("亚军", "孙强"),
        ("亚军", "赵丽"),
    ]
    assert _pairs("门球赛双打赛中:张国华组合荣获冠军。") == [("冠军", "张国华组合")]


def test_caption_tier_row_and_spaced_label_rows():
    # 冠军 亚军 季军 八强: picture headings name nobody
    assert _pairs(
        "在篮球赛中,机电学院队获得冠军。 冠军 亚军 季军 四强 据悉,共有16支队伍参赛。"
    ) == [("冠军", "机电学院队")]
    # 男队 冠军:A 亚军:B 女队 冠军:C on one line: each label names its own winners
    assert _pairs(
        "篮球赛获奖名单 男队 冠军:土木学院队 亚军:建筑学院队 女队 冠军:文学院队 亚军:外语学院队"
    ) == [
        ("冠军", "土木学院队"),
        ("冠军", "文学院队"),
        ("亚军", "建筑学院队"),
        ("亚军", "外语学院队"),
    ]


def test_branch_and_general_associations_are_units():
    # 分会/总会 end an organisation's name (容器分会夺取冠军, 东马象棋总会周盈萱)
    assert _pairs("在职工拔河比赛中,机修分会夺取冠军,动力分会和后勤分会获第二名。") == [
        ("冠军", "机修分会"),
        ("第二名", "动力分会"),
        ("第二名", "后勤分会"),
    ]
    assert _pairs("在象棋邀请赛中,沙巴象棋总会林雅琪获得女子组冠军。") == [("冠军", "林雅琪")]


def test_summary_then_detail_counts_once():
    # 金牌由A、B获得。其中…A…摘得金牌: the detail restates the summary
    got = _pairs(
        "在拳击锦标赛中,湛江队的金牌由黄明、李强获得。其中,在男子52公斤级决赛中,"
        "年仅15岁的黄明发挥出色,以4:1战胜对手摘得金牌。"
    )
    assert sorted(got) == [("金牌", "李强"), ("金牌", "黄明")]


def test_places_split_with_wei():
    # A和B分列第二、第三位 / A、B、C分列四至六位: places counted with 位
    assert _pairs("在公路自行车赛中,车手刘洋和车手萧明分列第二、第三位。") == [
        ("第二名", "刘洋"),
        ("第三名", "萧明"),
    ]
    assert _pairs("在拔河比赛中,东区队、西区队分列二、三位。") == [
        ("第二名", "东区队"),
        ("第三名", "西区队"),
    ]


def test_top_places_spread_over_a_list_ending_in_he():
    # A、B、…、G和H分获前八名: as many names as places, the last two joined by 和
    assert _pairs(
        "在桥牌邀请赛中,沈阳金桥、大连星海、长春一汽、哈尔滨冰城和吉林松花江队分获团体前五名。"
    ) == [
        ("第一名", "沈阳金桥"),
        ("第二名", "大连星海"),
        ("第三名", "长春一汽"),
        ("第四名", "哈尔滨冰城"),
        ("第五名", "吉林松花江队"),
    ]


def test_name_then_discipline():
    # 翁泓阳男单登顶 / A/B女双夺冠: the event printed between the winner and the result verb
    assert _pairs("在羽毛球公开赛中,周明男单登顶,王丽/陈红女双夺冠,孙燕收获女单亚军。") == [
        ("登顶", "周明"),
        ("夺冠", "王丽"),
        ("夺冠", "陈红"),
        ("亚军", "孙燕"),
    ]
    # 登顶泰山 / 夺冠热门: the verb with its own object states no result
    assert _pairs("在登山节比赛中,李明成功登顶泰山。") == []


def test_performer_sang_then_won():
    # A演唱了《W》和《V》,…获得银奖: the choir that sang won, not the songs
    assert _pairs(
        "在合唱节比赛中,东风合唱团演唱了《山歌》和《渔舟》,凭借默契的配合,一举获得老年组银奖。"
    ) == [("银奖", "东风合唱团")]
    assert _pairs("在器乐比赛中,红星乐团演奏了《春江花月夜》,最终获得金奖。") == [
        ("金奖", "红星乐团")
    ]


def test_place_name_starting_with_na():
    # 那洋队 / 那坡县: 那 opens many southern place names; only 那些/那个 point at nobody
    assert _pairs("在村篮球赛中,丹桂队获得第一名,那洋队获得第二名。") == [
        ("第一名", "丹桂队"),
        ("第二名", "那洋队"),
    ]
    assert _pairs("在村篮球赛中,那些队伍获得第二名。") == []


def test_crown_then_first_place_counts_once():
    # A获得冠军 … A险胜B夺得第一名: the same result stated twice, the first wording kept
    assert _pairs(
        "镇男子篮球赛圆满结束,丹桂队获得本次篮球赛冠军。决赛中,丹桂队以55:54险胜那洋队夺得本次篮球赛的第一名,"
        "那洋队获得第二名。"
    ) == [("冠军", "丹桂队"), ("第二名", "那洋队")]


def test_prize_giving_tier_then_name():
    # 为冠军A、亚军B及第四名D颁奖: each tier printed right before the team it went to
    assert _pairs(
        "在龙舟赛闭幕式上,领导为冠军东村龙舟队、亚军西村龙舟队、季军南村龙舟队及第四名北村龙舟队颁奖。"
    ) == [
        ("冠军", "东村龙舟队"),
        ("亚军", "西村龙舟队"),
        ("季军", "南村龙舟队"),
        ("第四名", "北村龙舟队"),
    ]
    assert _pairs("在龙舟赛闭幕式上,领导为冠军队伍颁奖。") == []


def test_jiang_inside_a_team_name():
    # 将台堡队: 将 inside a place name is no future marker
    assert _pairs("在门球赛中,平安队获得第1名,固原县将台堡队获得第2名。") == [
        ("第1名", "平安队"),
        ("第2名", "固原县将台堡队"),
    ]


def test_list_of_winners_announced_is_no_result():
    # 宣布获得优秀组织奖名单: the list is read out; nobody is named here
    assert _pairs("在职工运动会闭幕式上,王亮副总经理宣布获得优秀组织奖名单。") == []


def test_items_then_their_count():
    # 获X和Y两项冠军: the count restates the items; one award per item
    assert _pairs("在花样游泳冠军赛中,天津队的王静一人独获单人自选和单人决赛两项冠军。") == [
        ("冠军", "王静"),
        ("冠军", "王静"),
    ]
    assert _pairs("在体操比赛中,刘洋获得自由操、跳马和吊环三项冠军。") == [
        ("冠军", "刘洋"),
        ("冠军", "刘洋"),
        ("冠军", "刘洋"),
    ]
    # a bare count with no items is a tally, no result per item
    assert _pairs("在体操比赛中,刘洋获得两项冠军。") == []


def test_place_as_manner_without_ming():
    # 以团体总分第一的成绩荣获团体冠军: 第一 without 名 is still the printed place
    assert _pairs("在象棋交流赛中,东山队以团体总分第一的成绩荣获团体冠军。") == [("第一", "东山队")]


def test_selected_tier_then_names_in_prose():
    # 评出一等奖A,二等奖B、C: each tier's names follow it with no colon
    assert _pairs("在朗诵比赛中,最终评委老师评出一等奖李华,二等奖王芳、赵敏。") == [
        ("一等奖", "李华"),
        ("二等奖", "王芳"),
        ("二等奖", "赵敏"),
    ]
    # 评选出最佳作品奖42部 / 将评出一等奖3名: counts name nobody
    assert _pairs("在微电影大赛中,共评选出最佳作品奖42部,优秀作品奖80部。") == []


def test_first_without_ming_after_a_verb_or_group():
    # 勇夺高中组第一 / 勇夺第一: 第一 is the place; 小组第一 (a group stage) is none
    assert _pairs("在机器人竞赛中,东城中学队勇夺足球比赛高中组第一。") == [("第一", "东城中学队")]
    assert _pairs("在厨艺大赛中,酒店选手王彬勇夺第一。") == [("第一", "王彬")]
    assert _pairs("在足球联赛中,东城队以小组第一的身份出线。") == []


def test_tier_first_clause_opens_a_list():
    # 一等奖获得者为A,二等奖B / 冠军为A,亚军B: later tiers drop the verb
    assert _pairs("在书法比赛中,一等奖获得者为刘文,二等奖陈诗。") == [
        ("一等奖", "刘文"),
        ("二等奖", "陈诗"),
    ]
    assert _pairs("在拔河比赛中,冠军为东区队,亚军西区队。") == [
        ("冠军", "东区队"),
        ("亚军", "西区队"),
    ]


def test_items_then_their_count_before_first():
    # 获500米直道赛和总分两项第一: 第一 after the count is the place, one per item
    assert _pairs("在龙舟赛中,北湖龙舟队获500米直道赛和总分两项第一。") == [
        ("第一", "北湖龙舟队"),
        ("第一", "北湖龙舟队"),
    ]


def test_led_by_then_team():
    # 以A领衔的B队技高一筹,以全胜获得冠军: the team after 的 is the subject of what follows
    assert _pairs("在围棋团体赛中,以名将李强领衔的东湖区队技高一筹,以全胜战绩获得冠军。") == [
        ("冠军", "东湖区队")
    ]
    assert _pairs("在象棋赛中,以王明为首的西城队夺得冠军。") == [("冠军", "西城队")]


def test_jointly_won_after_a_list_and_an_aside():
    # A、B、C凭借…,从…中脱颖而出,共同斩获一等奖: 共同 is an adverb, the list is the subject
    assert _pairs(
        "在优质课评选中,实验学校化学老师李伟、政治老师苏雷凭借扎实的功底,从众多教师中脱颖而出,"
        "共同斩获一等奖。"
    ) == [("一等奖", "李伟"), ("一等奖", "苏雷")]


def test_won_with_a_piece_by_someone_unnamed_here():
    # …后,凭借创新茶艺《W》荣获二等奖: the performer won with W; W itself is no winner. The
    # performer named before 进入决赛 is the subject (b4b-039 labels 卫艺炜 so)
    assert _pairs(
        "在茶艺大赛中,个人赛选手刘芳顺利进入决赛后,凭借创新茶艺《故乡》荣获个人赛二等奖。"
    ) == [("二等奖", "刘芳")]
    assert _pairs("在茶艺大赛中,凭借创新茶艺《故乡》荣获个人赛二等奖。") == []


def test_poster_lines_carry_on():
    # 名字 / 凭《W》 / 获得幼儿组特等奖 on lines of their own: one statement, the name its subject
    text = (
        "2023年南城儿童故事大王比赛圆满举行。\n\n“故事大王”\n\n南城第一幼儿园王小明\n\n"
        "凭《小星星》\n\n获得幼儿组特等奖\n\n李红、陈丽老师\n\n获幼儿组最佳指导奖"
    )
    assert _pairs(text) == [("特等奖", "王小明"), ("最佳指导奖", "李红"), ("最佳指导奖", "陈丽")]
    # a line with its own end mark is finished; the next line does not join it
    assert _pairs("故事比赛圆满举行。\n\n王小明说:\n\n获得特等奖是大家的期望。") == []


def test_epithet_before_a_team_after_its_leader():
    # 名将A领军的东道主日本队: the team, without its epithet
    assert _pairs("在花样滑冰团体赛中,名将李明领军的东道主俄罗斯队以总分107分收获季军。") == [
        ("季军", "俄罗斯队")
    ]


def test_earlier_win_recalled_then_won_again():
    # A继X站夺冠之后,再度夺冠: one result now; the earlier win is history
    assert _pairs("在自行车联赛中,最终,来自星火洲际队的车手王明继上海站夺冠之后,再度夺冠。") == [
        ("夺冠", "王明")
    ]


def test_doubles_pair_with_place_and_epithet():
    # 山东组合A/B首夺男双金牌 / 来自江苏的A/B笑到最后,连续两年获得…冠军
    assert _pairs("在全国羽毛球锦标赛中,山东组合李田/张明首夺男双项目金牌。") == [
        ("金牌", "李田"),
        ("金牌", "张明"),
    ]
    assert _pairs(
        "在全国羽毛球锦标赛中,来自江苏的康平/孙晓笑到最后,连续两年获得混双项目的冠军。"
    ) == [("冠军", "康平"), ("冠军", "孙晓")]


def test_winner_beat_last_champion_then_result_verb():
    # A战胜上届冠军B女单折桂: 上届 describes the loser; A won the 女单
    assert _pairs("在全国羽毛球锦标赛中,来自广东的夏云战胜上届冠军四川的韩丽女单折桂。") == [
        ("折桂", "夏云")
    ]


def test_country_team_ending_in_da():
    # 加拿大队 is a country's team, not a 大队 (brigade)
    assert _pairs("在冰壶世锦赛中,加拿大队获得亚军。") == [("亚军", "加拿大队")]


def test_coach_honour_and_conferred_prize():
    # A、B六位老师被评为优秀指导教师,X小学被授予全国优秀组织单位奖
    assert _pairs(
        "在全国作文大赛中,王芳、李静两位老师被评为优秀指导教师,东风小学被授予全国优秀组织单位奖。"
    ) == [("优秀指导教师", "王芳"), ("优秀指导教师", "李静"), ("优秀组织单位奖", "东风小学")]
    assert _pairs("在书法大赛中,周敏被评为优秀书法指导老师。") == [("优秀书法指导老师", "周敏")]
    # a praised role in quotes after a conferring verb is read (quoted_praise_honour: b5a-043 labels
    # three such titles; no tuned set leaves one unlabelled that the rule reads)
    assert _pairs("在运动会中,李强被授予“优秀运动员”称号。") == [("优秀运动员", "李强")]


def test_province_and_district_before_a_name():
    # 安徽A、上海浦东B分获男、女组冠军: a province, perhaps with a district, then the name
    assert _pairs("在象棋棋士赛中,安徽余海、上海浦东葛莹分获男、女组冠军。") == [
        ("冠军", "余海"),
        ("冠军", "葛莹"),
    ]
    # 河南A、湖南B、四川C: in such a list a rare surname (才) still makes a name
    assert _pairs("在象棋棋士赛中,男子组获得4至6名的棋手是:河南李庚、湖南孙宇、四川才溢。") == [
        ("第四名", "李庚"),
        ("第五名", "孙宇"),
        ("第六名", "才溢"),
    ]


def test_team_named_with_bisai():
    # JJ比赛队: 比赛 inside a team's name is no clause word
    assert _pairs(
        "在桥牌邀请赛中,大连高新、内蒙古君正、吉林九月、世宏和JJ比赛队名列第四至八名。"
    ) == [
        ("第四名", "大连高新"),
        ("第五名", "内蒙古君正"),
        ("第六名", "吉林九月"),
        ("第七名", "世宏"),
        ("第八名", "JJ比赛队"),
    ]


def test_long_counted_list_then_won_with_a_piece():
    # 专业A、专业B和C及专业D4人,凭借…《W》荣获二等奖: the counted list is who won
    assert _pairs(
        "在茶艺大赛中,团体赛选手2019级茶文化专业王政、2019级茶学(营销)专业周欣和孙玉"
        "及2018级茶学(营销)专业高裕4人,凭借创新茶艺《春茶》荣获团体赛二等奖。"
    ) == [("二等奖", "王政"), ("二等奖", "周欣"), ("二等奖", "孙玉"), ("二等奖", "高裕")]


# --- blind6 clause shapes (7 Dec 2026, afternoon): one case each, the real fragment shortened ---
BLIND6_SHAPES = {
    "unranked_prize_keeps_prefix": (
        "在柔力球比赛中,平望、同里代表队获得团体“优胜奖”;七都代表队获得团体“优秀奖”。",
        [
            ("团体“优胜奖”", "平望代表队"),
            ("团体“优胜奖”", "同里代表队"),
            ("团体“优秀奖”", "七都代表队"),
        ],
    ),
    "honorary_medal_band": (
        "在书画大赛中,程子龙、杨豹的国画作品获荣誉金奖。",
        [("荣誉金奖", "程子龙"), ("荣誉金奖", "杨豹")],
    ),
    "named_medal_prize": (
        "在剪纸作品征集大赛中,鄂州有2件作品获金剪刀奖,分别为:夏祖康的作品 《不忘初心》、"
        "曹小琴的作品《虎报平安》;银剪刀奖1件:樊清的作品 《梦吟故乡》。",
        [("金剪刀奖", "《不忘初心》"), ("金剪刀奖", "《虎报平安》"), ("银剪刀奖", "《梦吟故乡》")],
    ),
    "places_run_on_over_semicolons": (
        "在田径运动会中,获得初中部前三名的班级为:初一A5班、初一A4班、初一B2班;"
        "初二A4班、初二A2班、初二A1班。",
        [
            ("第一名", "初一A5班"),
            ("第一名", "初二A4班"),
            ("第二名", "初一A4班"),
            ("第二名", "初二A2班"),
            ("第三名", "初一B2班"),
            ("第三名", "初二A1班"),
        ],
    ),
    "placed_persons_joined": (
        "在超马赛中,郭兴茂和来自宁夏的张福分别获得男子组二三名。",
        [("第二名", "郭兴茂"), ("第三名", "张福")],
    ),
    "cheng_wei_result_verb": (
        "在超马赛中,内蒙古的杨竞芳、陕西省的王静和福建的高少颖成为前三名。",
        [("第一名", "杨竞芳"), ("第二名", "王静"), ("第三名", "高少颖")],
    ),
    "modal_char_ends_a_listed_name": (
        "在护士技能大赛中,外科的杨蓓蓓、金如如获优胜奖。",
        [("优胜奖", "杨蓓蓓"), ("优胜奖", "金如如")],
    ),
    "latin_unit_and_room_before_names": (
        "在护士技能大赛中,ICU的金静洁、周侃月荣获一等奖,手术室的朱艳艳获二等奖。",
        [("一等奖", "金静洁"), ("一等奖", "周侃月"), ("二等奖", "朱艳艳")],
    ),
    "chained_clause_with_listed_subject": (
        "在羽毛球比赛中,林鹏、罗崇明荣获男子双打第一名、张明、朱成友荣获男子双打第二名。",
        [("第一名", "林鹏"), ("第一名", "罗崇明"), ("第二名", "张明"), ("第二名", "朱成友")],
    ),
    "more_item_tiers": (
        "在技能竞赛中,陈堡支行唐波获得点钞识假一等奖、理论知识二等奖。",
        [("一等奖", "唐波"), ("二等奖", "唐波")],
    ),
    "self_reference_team_kept_whole": (
        "在第一届广东省游泳冠军赛中,我校游泳队获得乙A组团体总分一等奖。",
        [("一等奖", "我校游泳队")],
    ),
    "tier_count_names_in_brackets": (
        "在红歌比赛中,四位选手荣获特等奖1名(印为民《红土香》),一等奖2名(张弘弢《我的祖国》、鲁晓峰《我要去延安》)。",
        [("特等奖", "印为民"), ("一等奖", "张弘弢"), ("一等奖", "鲁晓峰")],
    ),
    "unit_leader_team": (
        "在教学比赛中,医学院夏俊杰团队获得团队风采奖。",
        [("团队风采奖", "夏俊杰团队")],
    ),
    "score_keeps_subject": (
        "在海娃杯足球赛中,双十中学海沧附属学校点球5:4,总比分6:5战胜北附学校,获得小学儿童组冠军。",
        [("冠军", "双十中学海沧附属学校")],
    ),
    "upset_adverb_keeps_subject": (
        "在篮球赛中,集美兑山社区队以57比56险胜夺冠热门翔安窗东队,爆冷夺得冠军。",
        [("冠军", "集美兑山社区队")],
    ),
    "manner_idiom_ends_subject": (
        "在拔河比赛中,最终理学院代表队力胜一筹荣膺冠军。",
        [("冠军", "理学院代表队")],
    ),
    "spread_item_tiers_in_order": (
        "在故事大王比赛总决赛中,周钰涵和李妍琳分别在总决赛中荣获幼儿组特等奖、小学组一等奖。",
        [("特等奖", "周钰涵"), ("一等奖", "李妍琳")],
    ),
    "units_before_joined_names": (
        "在象棋比赛中,个人赛冠亚军分别被县残联赵鹏和付井镇周战强夺得。",
        [("冠军", "赵鹏"), ("亚军", "周战强")],
    ),
    "worker_role_before_name": (
        "在焊工技能竞赛中,职工浦恩哲、刘桂祥分别取得第二名、第四名的优异成绩。",
        [("第二名", "浦恩哲"), ("第四名", "刘桂祥")],
    ),
    "counted_works_and_prize_money_name_no_one": (
        "在微电影大赛中,15部作品获得优秀作品奖,《奖章》荣获二等奖并荣获50000元奖金奖励。",
        [("二等奖", "《奖章》")],
    ),
    "short_name_restated": (
        "在拔河比赛决赛中,后勤服务集团代表队表现优异,勇夺亚军。最后,集团代表队惜败于体育学院代表队,"
        "获得本次比赛亚军。",
        [("亚军", "后勤服务集团代表队")],
    ),
    "numbered_side": (
        "在学生拔河比赛中,理工二组摘得桂冠,获得二至四名依次为法学院、理工三组、文学院。",
        [("桂冠", "理工二组"), ("第二名", "法学院"), ("第三名", "理工三组"), ("第四名", "文学院")],
    ),
    "tiers_title_won_by": (
        "在羽毛球赛中,女单冠亚季军的桂冠则由方妹、邱文敏、李绮婷摘取。",
        [("冠军", "方妹"), ("亚军", "邱文敏"), ("季军", "李绮婷")],
    ),
    "performers_with_piece": (
        "在诗歌朗诵比赛中,赵莹莹、王一楠朗诵的《永生的和平鸽》获得一等奖。",
        [("一等奖", "赵莹莹"), ("一等奖", "王一楠")],
    ),
    "vague_group_names_no_one": (
        "在跆拳道比赛中,男、女共八个级别的冠军被众多后起之秀斩获。",
        [],
    ),
    "counsellor_role_before_name": (
        "在朗诵比赛中,最佳推荐奖由经贸系辅导员宋志超老师获得。",
        [("最佳推荐奖", "宋志超")],
    ),
    "description_is_no_name": (
        "在钢琴展演中,三位选手的指导老师、海南大学艺术学院张黎教授获得优秀指导教师奖。",
        [("优秀指导教师奖", "张黎")],
    ),
    "subject_before_match": (
        "在拔河比赛中,西安外事学院不敌长沙理工大学列居殿军。",
        [("殿军", "西安外事学院")],
    ),
}


@pytest.mark.parametrize("shape", list(BLIND6_SHAPES))
def test_blind6_shape(shape):
    text, expected = BLIND6_SHAPES[shape]
    assert _pairs(text) == expected


NAMED_PRIZE_AFTER_VERB = {
    # gne-163-3 (wild check): a named prize right after the verb is an unranked award
    "named_prize_after_verb": ("邵峰获得生命科学奖。", [("生命科学奖", "邵峰")]),
    "named_prize_after_verb_two_names": (
        "王贻芳和陆锦标获得物质科学奖。",
        [("物质科学奖", "王贻芳"), ("物质科学奖", "陆锦标")],
    ),
    "named_prize_after_verb_quoted_name": (
        "北京生命科学研究所邵峰荣获“生命科学”奖。",
        [("生命科学奖", "邵峰")],
    ),
    "named_prize_after_verb_preview": ("获奖选手将获得最佳人气奖。", []),
    "named_prize_after_verb_rule": ("未获名次参赛队各获4000元参赛奖。", []),
    "named_prize_after_verb_count": ("共有3人获得优秀组织奖。", []),
    "named_prize_after_verb_history": ("去年,李明获得最佳新人奖。", []),
    "named_prize_after_verb_scholarship": ("在比赛中,李明获得国家奖学金。", []),
    "named_prize_after_verb_nomination": ("在比赛中,李明获得鲁迅文学奖提名。", []),
    "named_prize_after_verb_pronoun": ("在比赛中,李明获得过很多奖。", []),
    "named_prize_after_verb_pay": ("在比赛中,张三获得年终奖。", []),
}


@pytest.mark.parametrize("shape", list(NAMED_PRIZE_AFTER_VERB))
def test_named_prize_after_verb(shape):
    text, expected = NAMED_PRIZE_AFTER_VERB[shape]
    assert _pairs(text) == expected


def test_one_named_of_n_teams():
    # A等N支代表队 names A代表队 (README: `A等N支代表队` → `A代表队`)
    assert _pairs("弘毅传统武术馆等3支代表队被授予“武德风尚奖”。") == [
        ("武德风尚奖", "弘毅传统武术馆代表队")
    ]


def test_quoted_prize_name_before_tier():
    # b6b-033: “小荷之星”金奖 is one prize; “十佳歌手”冠军 stays 冠军 (a contest so named)
    assert _pairs("东莞市长安镇参加比赛,荣获“小荷之星”金奖称号。") == [
        ("小荷之星金奖", "东莞市长安镇")
    ]
    assert _pairs("在校园歌手大赛中,杨人懿获得“十佳歌手”冠军。") == [("冠军", "杨人懿")]


def test_manner_after_each_name():
    # b6a-001: A以<time>和B以<time>分获男女冠军: each name's time is how it won
    assert _pairs("在越野赛中,张明以10小时9分钟43秒和赵玲以12小时36分钟44秒分获男女冠军。") == [
        ("冠军", "张明"),
        ("冠军", "赵玲"),
    ]


def test_places_all_from_then_names():
    # b6a-001: 前三名均来自X,他们分别是A、B和C: the places, their origin, then the names
    assert _pairs(
        "在越野赛探秘黄河70公里组别中,男子组前三名均来自内蒙古,他们分别是邢刚、武玉新和刘鹏。"
    ) == [("第一名", "邢刚"), ("第二名", "武玉新"), ("第三名", "刘鹏")]


def test_items_share_one_tier():
    # b6b-023: X和Y二等奖: two disciplines, one award each; levels (省级和市级) are no items
    assert _pairs("在技能竞赛中,荻垛支行王阳获得点钞识假和理论知识二等奖。") == [
        ("二等奖", "王阳"),
        ("二等奖", "王阳"),
    ]
    assert _pairs("在比赛中,王阳获得省级和市级一等奖。") == [("一等奖", "王阳")]
    assert _pairs("在烹饪大赛中,王国仕荣获冷拼、食雕双类项目特金奖。") == [("特金奖", "王国仕")]


def test_places_run_together():
    # b6b-029: 分别荣获第二第三名 — two places printed without a mark between them
    assert _pairs("在演唱比赛中,新锦社区阳光民乐团和新锦社区夕阳红合唱团分别荣获第二第三名。") == [
        ("第二名", "新锦社区阳光民乐团"),
        ("第三名", "新锦社区夕阳红合唱团"),
    ]


def test_bare_place_after_item():
    # b6a-024: 获得500米第一 — a bare place after a distance; 第十一届 is no place
    assert _pairs("在龙舟赛中,湖南岳阳队的选手李盛林获得500米第一。") == [("第一", "李盛林")]
    assert _pairs("在联赛中,涉外学院击败对手,获得了第十一届高校联赛全国总冠军。") == [
        ("总冠军", "涉外学院")
    ]


def test_match_narrative_verb_keeps_subject():
    # b6a-033: A抓住机会,拉开领先优势,最终以…战胜对手,夺得冠军 — A is who won
    assert _pairs(
        "男单决赛中,樊振东抓住机会,拉开领先优势,最终以局分11∶4、总比分4∶3战胜对手,夺得冠军。"
    ) == [("冠军", "樊振东")]


def test_tally_then_colon_results():
    # b6b-026: 夺得一金二银的优异成绩:其中A获得少儿D组金奖 — the tally is not read, the results are
    assert _pairs(
        "在钢琴展演中,海南选手夺得一金二银的优异成绩:其中符芳印获得少儿D组金奖;王可一获得少儿A组银奖。"
    ) == [("金奖", "符芳印"), ("银奖", "王可一")]


def test_one_athlete_several_medals():
    # b6a-039: 刘昱均在甲组200米、100米蝶泳中分别斩获金牌、铜牌 — one swimmer, two medals;
    # 均 right after a two-character start is the name's last character, not 'all'
    assert _pairs(
        "在游泳锦标赛中,刘昱均在甲组200米、100米蝶泳中分别斩获金牌、铜牌,并打破了赛会纪录。"
    ) == [("金牌", "刘昱均"), ("铜牌", "刘昱均")]
    assert _pairs("在比赛中,张三、李四均获得一等奖。") == [("一等奖", "张三"), ("一等奖", "李四")]


# --- fifth session (s5-prose): constructions and word-list classes from blind7's misses ---------


def test_named_medal_object_series():
    # b7b-020: 分别斩获金、银、铜话筒 — the bands spread over any prize object; 茅以升学院 is a
    # college's name, its 以 no 'with' (yi_inside_a_college_name)
    assert _pairs(
        "在主持人大赛中,公共管理学院刘雨婷、茅以升学院梁振子和物理学院孔维琪分别斩获金、银、铜话筒。"
    ) == [("金话筒", "刘雨婷"), ("银话筒", "梁振子"), ("铜话筒", "孔维琪")]
    assert _pairs("在主持人大赛中,况怡然获得金话筒。") == [("金话筒", "况怡然")]
    # a contest named after the prize is no result
    assert _pairs("2013年“金话筒”新生主持人大赛决赛在犀浦校区举行。") == []


def test_places_range_without_ming():
    # b7a-025: 分获三至八 — after a spreading verb the range needs no 名
    assert _pairs(
        "在门球赛中,慈溪市二队、宁海县一队、宁海县二队、中山纸业队、慈溪蓝天小学、高新区一队分获三至八。"
    ) == [
        ("第三名", "慈溪市二队"),
        ("第四名", "宁海县一队"),
        ("第五名", "宁海县二队"),
        ("第六名", "中山纸业队"),
        ("第七名", "慈溪蓝天小学"),
        ("第八名", "高新区一队"),
    ]


def test_jun_ends_a_lone_name():
    # b7a-016: 55号球员李衍均获得 — one name, no list: 均 is its last character, not 'all'
    assert _pairs("在篮球赛中,来自广东沙溪队的55号球员李衍均获得最有价值球员。") == [
        ("最有价值球员", "李衍均")
    ]
    assert _pairs("在比赛中,张三、李四均获得一等奖。") == [("一等奖", "张三"), ("一等奖", "李四")]
    assert _pairs("在比赛中,两队均获得一等奖。") == []


def test_quality_noun_after_de_is_no_owner():
    # b7b-044: 以精湛的插花技术,高超的水平脱颖而出,荣获…冠军 — 高超 describes the skill; the
    # manner clause keeps the earlier subject
    assert _pairs(
        "插花大赛落幕。花艺老师黄艺霞以精湛的插花技术,高超的水平脱颖而出,荣获此次插花大赛的冠军。"
    ) == [("冠军", "黄艺霞")]


def test_trophy_raised_and_hyphen_set_score():
    # b7a-045: 以7-6(4),6-7(4),7-6(5)获得了…胜利,从而捧起…男子双打冠军奖杯 — set scores open no
    # new subject, 从而 leads the next predicate, lifting a place's trophy is winning it
    assert _pairs(
        "网球赛落幕。最终,主场作战的公茂鑫/薛峰经过三盘鏖战,以7-6(4),6-7(4),7-6(5)获得了这场拉锯战的胜利,"
        "从而捧起2009“梅赛德斯-奔驰杯”中国网球大奖赛男子双打冠军奖杯。"
    ) == [("冠军", "公茂鑫"), ("冠军", "薛峰")]


def test_honour_trophy_and_units_then_their_persons():
    # b7a-024: 来自A队、B队的黄成和赵英淦,…捧走了十一人制组和室外五人制组的最佳射手奖杯
    assert _pairs(
        "足球赛落幕。来自大连湾职工足球队、上海火车头足球队的黄成和赵英淦,分别凭借8粒和10粒进球力压群雄,"
        "捧走了十一人制组和室外五人制组的最佳射手奖杯。"
    ) == [("最佳射手", "黄成"), ("最佳射手", "赵英淦")]


def test_tier_belongs_to_after_an_adverb():
    # b7a-024: 最佳裁判员则属于十一人制组的A和室外五人制组的B — 人制 is a format, no head count
    assert _pairs("足球赛落幕。最佳裁判员则属于十一人制组的陈红伟和室外五人制组的卢文达。") == [
        ("最佳裁判员", "陈红伟"),
        ("最佳裁判员", "卢文达"),
    ]


def test_but_and_que_frame_the_subject():
    # b7a-024: 但A的邹峻和B的孙宏鑫却凭借…,荣膺…最佳球员 — 但 opens and 却 closes the subject
    assert _pairs(
        "足球赛落幕。尽管未能随队举起冠军奖杯,但大连港足球队的邹峻和冶金本钢足球队的孙宏鑫却凭借全程出色稳定的"
        "综合发挥,荣膺本届总决赛的最佳球员。"
    ) == [("最佳球员", "邹峻"), ("最佳球员", "孙宏鑫")]


def test_numbers_share_a_unit():
    # b7a-026: 高一年级20、19、5…12班获得体育道德风尚奖 — 班 printed once closes every number,
    # the grade is every class's group
    got = [
        (t, c, n)
        for t, c, n, _k, _a in _awards("运动会闭幕。高一年级20、19、5、12班获得体育道德风尚奖。")
    ]
    assert got == [("体育道德风尚奖", "高一年级", n) for n in ("20班", "19班", "5班", "12班")]


def test_named_team_duiwu_selected_as_tier():
    # b7b-030: 最终评选于兆玮队伍与万梦岳队伍为一等奖 — 评选 opens the selection, X队伍 is a team
    assert _pairs("竞赛结束。最终评选于兆玮队伍与万梦岳队伍为一等奖,梅恒权队伍为二等奖。") == [
        ("一等奖", "于兆玮队伍"),
        ("一等奖", "万梦岳队伍"),
        ("二等奖", "梅恒权队伍"),
    ]


def test_persons_counted_after_units():
    # b7b-038: 魏健生和军队代表队、上海代表队等10名选手…获大赛一等奖 — ten people counted; the teams
    # in the list are where some come from, no winners
    assert (
        _pairs(
            "科普讲解大赛落幕。来自云南代表队的魏健生和军队代表队、上海代表队等10名选手脱颖而出,获大赛一等奖。"
        )
        == []
    )


def test_counted_firms_are_unnamed_and_unit_of_owner():
    # b7b-015: 黑龙江省的乔府大院等3家企业取得粳米组金奖,籼米组金奖由广东省、浙江省、湖北省的3家企业取得
    assert _pairs(
        "大米节落幕。黑龙江省的乔府大院等3家企业取得粳米组金奖,籼米组金奖由广东省、浙江省、湖北省的3家企业取得。"
    ) == [("金奖", "乔府大院")]


def test_conj_inside_a_college_name():
    # b7b-006: 来自安康学院文学与传媒学院的吕勃岐同学 — 文学与传媒 is one college, 文学 no person
    assert _pairs("抖音大赛落幕。一等奖的获得者是来自安康学院文学与传媒学院的吕勃岐同学。") == [
        ("一等奖", "吕勃岐")
    ]


def test_passive_agent_is_no_winner():
    # b7b-010: 巨野县图书馆被市文广新局评为优秀组织奖 — the bureau conferred it
    assert _pairs("朗诵大赛落幕。巨野县图书馆被市文广新局评为优秀组织奖。") == [
        ("优秀组织奖", "巨野县图书馆")
    ]


def test_praise_adjective_prize_and_project_units():
    # b7b-024: 装备分公司、南中高速项目荣获优异组织奖; b7a-027: …健身气功站点 is a unit
    assert _pairs("电工大赛落幕。装备分公司、南中高速项目荣获优异组织奖。") == [
        ("优异组织奖", "装备分公司"),
        ("优异组织奖", "南中高速项目"),
    ]


def test_role_before_lone_name_and_long_places():
    # b7b-004: 我院教师田亦洲于…中脱颖而出,斩获文科组一等奖 — a role word before a lone name
    assert _pairs(
        "教学竞赛成绩揭晓,我院教师田亦洲于全市170名参赛选手中脱颖而出,斩获文科组一等奖。"
    ) == [("一等奖", "田亦洲")]
    # b7b-023: 第二十二名 — a place past the tenth
    assert _pairs("技能大赛电工决赛落幕。职工李杰获得个人赛第二十二名的佳绩。") == [
        ("第二十二名", "李杰")
    ]


def test_sponsored_side_of_an_abbreviated_association():
    # b7a-039: 北京桥协(北京京能)获得冠军 — 桥协 is 桥牌协会, its sponsor in brackets
    assert _pairs("桥牌赛落幕,北京桥协(北京京能)获得冠军。") == [("冠军", "北京桥协(北京京能)")]


def test_named_first_of_places():
    # b7a-004: A、B、C等分获前六名 — 等 cuts the list; the named take the first places in order
    assert _pairs(
        "象棋比赛圆满落下帷幕。洪源镇汪益平、林业局陈教发、湘湖镇宁长水等分获前六名。"
    ) == [("第一名", "汪益平"), ("第二名", "陈教发"), ("第三名", "宁长水")]


def test_quoted_praise_honour_and_medal_band_profession():
    # b5a-043: 黄维孝被授予“优秀教练员”称号,…代表队被评为“优秀代表队” — praised roles in quotes
    assert _pairs(
        "太极拳比赛落幕。黄维孝被授予“优秀教练员”称号,连云港市太极拳研究会代表队被评为“优秀代表队”。"
    ) == [("优秀教练员", "黄维孝"), ("优秀代表队", "连云港市太极拳研究会代表队")]
    # b5b-038 / b6b-023 / b7b-013: a band of a trade's honour after a verb or before 获得者
    assert _pairs("导游大赛落幕。其中来自十堰的选手张玲获得“银牌导游”。") == [("银牌导游", "张玲")]
    assert _pairs("技能竞赛落幕。营业部芦易获得金牌讲师。") == [("金牌讲师", "芦易")]
    # winner_then_quote_headline: the colon after the name opens what the winner said
    assert _pairs(
        "导游大赛落幕。第六届全国导游大赛中文组金牌导游员获得者屠蓓华:奖杯属于所有同行者"
    ) == [("金牌导游员", "屠蓓华")]
    # an epithet before a coach's name is no result
    assert _pairs("机器人竞赛闭幕。由金牌教练员苏科老师指导的我校选手勇夺此次比赛的一等奖。") == []


def test_ranked_range_in_wei():
    # b7a-035: A、B、C分别排名第四至第六位 — a range of places in 位 after a ranking verb
    assert _pairs(
        "篮球赛落幕。青秀区六尾镇六尾村、江南区沙井街道南村村、宾阳县新桥镇三才村分别排名第四至第六位。"
    ) == [
        ("第四名", "青秀区六尾镇六尾村"),
        ("第五名", "江南区沙井街道南村村"),
        ("第六名", "宾阳县新桥镇三才村"),
    ]


def test_designer_of_the_work_and_a_long_college_name():
    # b7b-034: …服饰艺术与工程学院的唐睿莹设计的作品分获…金奖 — the designer won; 与 is the college's
    assert _pairs(
        "配饰设计大赛落幕。来自英国皇家艺术学院的牛洋、北京服装学院服饰艺术与工程学院的唐睿莹设计的作品分获两大类目的金奖。"
    ) == [("金奖", "牛洋"), ("金奖", "唐睿莹")]


def test_chained_result_after_a_title_marked_tier():
    # b7b-041: 团体荣获《成人流行组金奖》、由…改编的合唱作品《平凡之路》获优秀合唱作品奖
    assert ("优秀合唱作品奖", "《平凡之路》") in _pairs(
        "合唱比赛落幕。金钟合唱团一举拿下三个奖项:团体荣获《成人流行组金奖》、由张伊卉老师改编的合唱作品《平凡之路》获优秀合唱作品奖。"
    )


def test_sub_unit_in_brackets_and_yi_inside_a_name():
    # b7a-043 / b3-041 / real-107: 泰达中学(高中部) — a part of the unit in brackets is its name's
    assert _pairs("足球赛落幕。天津市教育科学研究院附属滨海泰达中学(高中部)获得冠军。") == [
        ("冠军", "天津市教育科学研究院附属滨海泰达中学(高中部)")
    ]
    # a place in brackets after a team stays its affiliation
    assert _pairs("门球赛落幕。东明七星代表队(山东)获得冠军。") == [("冠军", "东明七星代表队")]
    # 李以恒获得: one letter between 以 and the verb is the name's, no manner
    assert _pairs("比赛落幕。李以恒获得冠军。") == [("冠军", "李以恒")]


def test_equal_score_predicate_and_ranked_by_rule():
    # b4a-033: 吕钦、于幼华、徐天红同积7分,按小分排序分获前三名 — 同积7分 is said of the list (于
    # after 、 is a surname), 按小分排序 is how the places were ranked
    assert _pairs("象棋赛落幕。吕钦、于幼华、徐天红同积7分,按小分排序分获前三名。") == [
        ("第一名", "吕钦"),
        ("第二名", "于幼华"),
        ("第三名", "徐天红"),
    ]


def test_count_before_role():
    # b4a-034: 另外两名国家大师曹岩磊(澳门)、徐崇峰(浙江)则分别获亚军和季军 — the count of the
    # apposition names no one; the names after it won
    assert _pairs("象棋赛落幕。另外两名国家大师曹岩磊(澳门)、徐崇峰(浙江)则分别获亚军和季军。") == [
        ("亚军", "曹岩磊"),
        ("季军", "徐崇峰"),
    ]


def test_team_name_holds_de():
    # b6b-013 / d6c-003: 鱼的朋友组合 / 动感的旋律舞队 — a one-letter word or a word of praise before
    # 的 is the name's own; 东南赛区的广东沙溪队 still splits
    assert _pairs("歌手大赛落幕。鱼的朋友组合获得第二名。") == [("第二名", "鱼的朋友组合")]
    assert _pairs("广场舞比赛落幕。动感的旋律舞队获得第三名。") == [("第三名", "动感的旋律舞队")]
    assert _pairs("篮球赛落幕。东南赛区的广东沙溪队获得冠军。") == [("冠军", "广东沙溪队")]
