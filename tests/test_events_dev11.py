"""Award pairs read from dev11's misses and extras: one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d11-027: 一二三名 printed as one run of numerals, and 叔叔 after the names (as 阿姨 / 大爷)
    "places_run_of_three": (
        "乒乓球比赛落幕,毛克建、程峰、于建华三位叔叔分别获得比赛的一二三名。袁琪叔叔获得最佳上镜奖。",
        [
            ("第一名", "毛克建", None),
            ("第二名", "程峰", None),
            ("第三名", "于建华", None),
            ("最佳上镜奖", "袁琪", None),
        ],
    ),
    # d11-069: 亚军和季军则分别由/是 “A”和“B”: 则 before the spreading word, two quoted names joined by 和
    "quoted_names_joined_after_ze": (
        "足球赛圆满收官。青年组冠军由“半颗葱队”夺得,亚军和季军则分别由“进击的螺丝钉”和“八点半女足”获得;"
        "壮年组方面,亚军和季军则分别是“健康卫士”和“春城小学教育集团”。",
        [
            ("冠军", "“半颗葱队”", None),
            ("亚军", "“进击的螺丝钉”", None),
            ("季军", "“八点半女足”", None),
            ("亚军", "“健康卫士”", None),
            ("季军", "“春城小学教育集团”", None),
        ],
    ),
    # d11-050: 获得…前六名的单位依次为 A、B…: 依次 as 分别 before the names in order
    "tier_then_winners_in_order": (
        "台球比赛落幕。获得团体赛前六名的单位依次为计算机系、机关一队、行管处、体育部、建工系、电信系。",
        [
            ("第一名", "计算机系", None),
            ("第二名", "机关一队", None),
            ("第三名", "行管处", None),
            ("第四名", "体育部", None),
            ("第五名", "建工系", None),
            ("第六名", "电信系", None),
        ],
    ),
    # d11-002: each winner's own group before 的 is its award's category, no part of the name
    "group_of_each_winner": (
        "气排球比赛落幕。经过两天激烈的角逐,男子组的矿产院分会和女子组的天良集团公司脱颖而出,获得冠军。",
        [("冠军", "矿产院分会", None), ("冠军", "天良集团公司", None)],
    ),
    # d11-085: the unit printed once after the last number closes every number of the list
    "numbers_share_a_tail": (
        "游泳比赛落幕。第12和第14分工会荣获二等奖,第5、第6和第10分工会获得三等奖。",
        [
            ("二等奖", "第12分工会", None),
            ("二等奖", "第14分工会", None),
            ("三等奖", "第5分工会", None),
            ("三等奖", "第6分工会", None),
            ("三等奖", "第10分工会", None),
        ],
    ),
    # d11-052: (来自)A和B的代表队 — each unit's team, named by the unit; 基础部分会 is 基础部's 分会
    "units_then_their_teams": (
        "够级比赛落幕。来自教育学院分会和机关四分会一队的代表队一举夺得本届够级比赛的一等奖;"
        "后勤党总支分会、基础部分会一队的代表队获得三等奖。",
        [
            ("一等奖", "教育学院分会", None),
            ("一等奖", "机关四分会一队", None),
            ("三等奖", "后勤党总支分会", None),
            ("三等奖", "基础部分会一队", None),
        ],
    ),
    # d11-047: a unit and its person printed apart by spaces, like table cells: the unit is the affiliation
    "unit_spaced_from_person": (
        "台球比赛落幕。经过激烈的角逐,处理二部  龚长林  荣获冠军;设备部  高霄宇  获得季军。",
        [("冠军", "龚长林", "处理二部"), ("季军", "高霄宇", "设备部")],
    ),
    # d11-001: 最终 before the subject of a result verb (折桂), and 屈居 before a bare place (第三)
    "lead_word_before_result_verb_subject": (
        "气排球比赛落幕。经过激烈角逐,最终陈武明队成功折桂,童明英队则将亚军收入囊中,姜琦恒队屈居第三。",
        [("折桂", "陈武明队", None), ("亚军", "童明英队", None), ("第三", "姜琦恒队", None)],
    ),
    # d11-071: 蟾宫折桂 is the whole result word
    "chan_gong_zhe_gui": (
        "职工足球联赛总决赛闭幕。在5人制比赛争夺中,广汽集团足球队在超级组蟾宫折桂。",
        [("蟾宫折桂", "广汽集团足球队", None)],
    ),
    # d11-084: 取得6个项目第四名 counts places and names no item: no award
    "items_counted_before_place": (
        "游泳比赛落幕。自贡代表队取得6个项目第四名,3个项目第五名,最终夺得团体总分第二名。",
        [("第二名", "自贡代表队", None)],
    ),
    # b6a-003 (read after 最终 stopped hiding result-verb subjects): 李家军 nicknames a team, names no one
    "surname_army_nickname": (
        "村居篮球赛落幕。比赛打得异常胶着,最终李家军以1分险胜洪家军夺冠。",
        [],
    ),
    # d11-030: units listed beside each other in one result keep their printed names, though one
    # of them is printed elsewhere with 代表队 (a lone winner still takes its one full team name)
    "listed_units_keep_their_names": (
        "乒乓球友谊赛落幕。特别是蓓蕾社区代表队的先生上场后俨然是一个“兴奋王”。"
        "经过一天的激战,芳华社区和蓓蕾社区分别摘得女子组和男子组团体冠军。",
        [("冠军", "芳华社区", None), ("冠军", "蓓蕾社区", None)],
    ),
    # d11-032: 男子前十名: over a grid of class + name cells — a roster of the range in no order,
    # one unranked tier 前十名 for every name, each class its person's affiliation
    "range_roster_unordered": (
        "五子棋擂台赛顺利圆满结束。\n\n男子前十名:\n\n二(1)班 缪祎家      二(3)班 刘攸畅     二(4)班 孙祺茗\n\n"
        "二(2)班 陈铮\n",
        [
            ("前十名", "缪祎家", "二(1)班"),
            ("前十名", "刘攸畅", "二(3)班"),
            ("前十名", "孙祺茗", "二(4)班"),
            ("前十名", "陈铮", "二(2)班"),
        ],
    ),
    # the same range with one name a line stays places in order (range_tier_in_order)
    "range_one_name_a_line_in_order": (
        "五子棋擂台赛顺利圆满结束。\n男子前三名:\n缪祎家\n刘攸畅\n孙祺茗\n",
        [("第一名", "缪祎家", None), ("第二名", "刘攸畅", None), ("第三名", "孙祺茗", None)],
    ),
    # d11-045 (also b8-043): 并列一等奖 — a tied prize, as 并列冠军 / 并列第三名
    "tied_prize_tier": (
        "象棋邀请赛落幕。云南省代表队杨树清和河北任丘代表队金胜跃并列一等奖。",
        [("一等奖", "杨树清", "云南省代表队"), ("一等奖", "金胜跃", "河北任丘代表队")],
    ),
    # d11-063: A、B联合分工会 is one joint body of the units listed before 联合, not two winners
    "joint_unit_name": (
        "排球比赛圆满落下帷幕。比赛期间,展开了7轮32场的激烈角逐。最终,运动训练学院、运动人体科学学院联合分工会"
        "获得冠军,体育教育学院分工会获得亚军。后勤、教辅联合分工会,运动与健康技术学院分工会获得“体育道德风尚奖”。",
        [
            ("冠军", "运动训练学院、运动人体科学学院联合分工会", None),
            ("亚军", "体育教育学院分工会", None),
            ("体育道德风尚奖", "后勤、教辅联合分工会", None),
            ("体育道德风尚奖", "运动与健康技术学院分工会", None),
        ],
    ),
    # d11-084: a delegation's medals counted per listed item — 取得A、B两块金牌,C、D两块银牌和E一块铜牌:
    # one award per item, the clauses after the verb's own go on with the same winner
    "counted_items_carried": (
        "职工游泳比赛落幕。自贡代表队取得男子B组100米蛙泳、女子A组100米自由泳两块金牌,女子A组50米自由泳、"
        "男子B组50米蛙泳两块银牌和男女混合4×50自由泳接力一块铜牌的优异成绩。",
        [
            ("金牌", "自贡代表队", None),
            ("金牌", "自贡代表队", None),
            ("银牌", "自贡代表队", None),
            ("银牌", "自贡代表队", None),
            ("铜牌", "自贡代表队", None),
        ],
    ),
    # d10-046 (kept): a new subject with its own verb is no continuation of the earlier winner's medals
    "counted_items_need_no_new_subject": (
        "乒乓球比赛完美收官。航天学院首次包揽了男子团体和女子团体两项冠军,体育部囊括了男子单打、女子单打两项冠军。",
        [("冠军", "航天学院", None), ("冠军", "航天学院", None)],  # 囊括 is not read yet
    ),
    # d11-086: numbered and joint school abbreviations before a pupil (城关一小 / 军山中小) are the
    # affiliation, as 湛江一中; 小选手 after the name is a role (我市小棋手 stays no name)
    "numbered_school_before_person": (
        "跆拳道锦标赛举行。经过角逐,我县城关一小官畅航、城关二小何超小选手勇夺银奖,"
        "军山中小陈金武、城关一小陈嘉盛同学获得铜奖。",
        [
            ("银奖", "官畅航", "我县城关一小"),
            ("银奖", "何超", "城关二小"),
            ("铜奖", "陈金武", "军山中小"),
            ("铜奖", "陈嘉盛", "城关一小"),
        ],
    ),
    # d11-017: 斩获1枚金牌,2枚铜牌 — a medal count going on past the comma is a tally, no item won
    "one_medal_in_tally": (
        "武术比赛开赛。经过激烈角逐,武术散打代表队斩获1枚金牌,2枚铜牌。同时,张浩宇同学获得“体育道德风尚奖”。",
        [("体育道德风尚奖", "张浩宇", None)],
    ),
    # d11-020: the same group's crown stated later (团体第一名 … 团体冠军) restates the place
    "crown_restates_group_place": (
        "羽毛球团体赛成功举办。经过激烈比拼,最终二分会凭借稳定的发挥,荣获团体第一名。"
        "热场舞蹈过后,比赛正式开始。最终二分会凭借稳定的发挥,荣获团体冠军。",
        [("第一名", "二分会", None)],
    ),
    # d11-004: the team word typed twice (文化教育部二队队) names the team once
    "doubled_dui": (
        "乒乓球比赛圆满闭幕。教务处、机关一队、文化教育部二队队获得三等奖。",
        [
            ("三等奖", "教务处", None),
            ("三等奖", "机关一队", None),
            ("三等奖", "文化教育部二队", None),
        ],
    ),
    # d11-035: A、B分别为第二名和第三名 — 分别为 hands the places out in order, as 分别获得
    "names_then_places_copula": (
        "教师拔河比赛决赛如期举行,经过紧张激烈的竞争,高二年级、高一年级分别为第二名和第三名。",
        [("第二名", "高二年级", None), ("第三名", "高一年级", None)],
    ),
    # d12-052 (a negative): A和B分别为X和Y颁奖 — 为 is "for" before 颁奖: the two present, nobody wins
    "presenters_for_prizes": (
        "大赛最终决出团体奖前三名、单项个人优胜奖各一名,刘春节和后勤管理处处长王文分别为团体和单项个人优胜奖颁奖。",
        [],
    ),
    # d11-035: a school's staff group (毕业班年级组, 教研组) competes as a team; 一年级组 before a
    # tier stays a category
    "teacher_units": (
        "教师拔河比赛决赛如期举行,经过紧张激烈的竞争,最后毕业班年级组取得了本次比赛的冠军。",
        [("冠军", "毕业班年级组", None)],
    ),
    # d11-044: tier-name items joined by 、 (亚军卢达谦、季军郑松基), each its own place
    "rank_items_joined": (
        "老干部象棋赛在顺德大良老干中心进行。冯家桐获得冠军。亚军卢达谦、季军郑松基。",
        [("冠军", "冯家桐", None), ("亚军", "卢达谦", None), ("季军", "郑松基", None)],
    ),
    # d11-034: 赢取 as 赢得 (result verb family)
    "result_verb_ying_qu": (
        "拔河比赛圆满结束。工商管理系代表队荣获冠军,金融与财务管理系代表队斩获亚军,学工行政队赢取季军。",
        [
            ("冠军", "工商管理系代表队", None),
            ("亚军", "金融与财务管理系代表队", None),
            ("季军", "学工行政队", None),
        ],
    ),
    # d11-026: a factory's workshop (机修车间) is a unit, as its 分厂
    "workshop_unit": (
        "趣味比赛总决赛落下帷幕。获得优秀组织奖的单位是:成品分厂、机修车间、制造工艺部。",
        [
            ("优秀组织奖", "成品分厂", None),
            ("优秀组织奖", "机修车间", None),
            ("优秀组织奖", "制造工艺部", None),
        ],
    ),
    # d11-080: 首次参赛的 before the team says how new it is, not who won
    "first_entry_descriptor": (
        "国际龙舟邀请赛在珠江举行。首次参赛的广州体育职业技术学院代表队成为大学生组冠军。",
        [("冠军", "广州体育职业技术学院代表队", None)],
    ),
    # b5a-024 (kept clean): the same team restated with its team word is no second champion
    "crown_restates_place_with_team_word": (
        "桥牌邀请赛在苏州收牌。最终,大丰海城、至和中皓、安铠电气拿下比赛前三名。"
        "本届比赛持续三天,最终按积分进行排名,首次参赛的大丰海城队获得冠军。",
        [("第一名", "大丰海城", None), ("第二名", "至和中皓", None), ("第三名", "安铠电气", None)],
    ),
    # d11-059: X选派的企业职工A、B — the unit that sent them is each one's affiliation
    "sender_of_persons": (
        "民营企业钓鱼比赛举办。经过激烈角逐,洪泽区岔河镇工会选派的企业职工张步年、张静分别获得个人垂钓第一名和第三名。",
        [("第一名", "张步年", "洪泽区岔河镇工会"), ("第三名", "张静", "洪泽区岔河镇工会")],
    ),
    # d11-088 (also d6d-015, d9-084): 将金牌收入囊中 with no subject of its own — the clause before
    # names the winner, and the medal noun restates 登顶
    "pocketed_after_subject_clause": (
        "拳击锦标赛落下帷幕。运动员卢诗萌在48kg级比赛中,一路过关斩将,最终成功登顶,将金牌收入囊中。",
        [("金牌", "卢诗萌", None)],
    ),
    # d11-008: 夺得冠军是X战队 — 的 left out before 是, a team named after it
    "winners_are_without_de": (
        "王者荣耀高校联赛圆满落幕。最终,经过激烈的角逐,脱颖而出,成功夺得冠军是【幼稚男人】战队!",
        [("冠军", "【幼稚男人】战队", None)],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
