"""Shapes read from dev12's misses and extras: one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d12-076: a choir printed before a run of two songs performs both; a song two choirs sang goes
    # to the one the tier already holds
    "performer_of_piece_run": (
        "合唱比赛落幕。经过激烈角逐,邵阳市教育局合唱团演唱的《在太行山上》《共圆中国梦》获得特等奖,"
        "邵阳市纪委监委合唱团演唱的《青春舞曲》《在太行山上》获得二等奖。",
        [("特等奖", "邵阳市教育局合唱团", None), ("二等奖", "邵阳市纪委监委合唱团", None)],
    ),
    # d12-077: the provinces' songs are counted, none is named: no province won
    "counted_works_of_units": (
        "村歌大赛落幕。大槽村《动车开进我家乡》获得大赛一等奖,山东省、安徽省、陕西省的5首村歌获得二等奖。",
        [("一等奖", "大槽村", None)],
    ),
    # d12-035: list lines `craft《W》——author` under tier headings; the craft word is no name
    "work_dash_author_row": (
        "巧手大赛评选出以下获奖作品:\n\n一等奖1名\n\n牛角雕《中国龙》——于桂娟\n\n二等奖2名\n\n"
        "剪纸《喜迎二十大》——李秀霞\n\n景泰蓝掐丝珐琅彩《百鸟朝凤》——刘安琪",
        [
            ("一等奖", "《中国龙》", "于桂娟"),
            ("二等奖", "《喜迎二十大》", "李秀霞"),
            ("二等奖", "《百鸟朝凤》", "刘安琪"),
        ],
    ),
    # d12-088 (also d11-047): a unit, a space, then the person from it, in a 、-list of winners
    "unit_space_person": (
        "主持人大赛落幕。最终环境艺术设计学院 包鑫宇、服装艺术设计学院 孔瑞瑶荣获“二等奖”。",
        [("二等奖", "包鑫宇", "环境艺术设计学院"), ("二等奖", "孔瑞瑶", "服装艺术设计学院")],
    ),
    # d12-016: a school stage (大班段 / 中班段) on its own line heads the tiers below it
    "stage_heading": (
        "讲故事比赛落幕。附:讲故事比赛结果\n大班段\n一等奖:林可  骆思齐\n三等奖:董浩  麻潘妍\n"
        "中班段\n一等奖:龚欣然",
        [
            ("一等奖", "林可", None),
            ("一等奖", "骆思齐", None),
            ("三等奖", "董浩", None),
            ("三等奖", "麻潘妍", None),
            ("一等奖", "龚欣然", None),
        ],
    ),
    # d12-037: bare city names before the last, which prints the 市 and the unit they all share
    "shared_place_tail": (
        "投递员技能竞赛落幕。长沙、益阳市邮政分公司代表队获得团体二等奖。",
        [("二等奖", "长沙市邮政分公司代表队", None), ("二等奖", "益阳市邮政分公司代表队", None)],
    ),
    # d12-025: 家庭 printed once after the persons whose families performed
    "names_share_family": (
        "亲子共读比赛落幕。徐源蔚、朱淑睿、宋艺馨童家庭分别凭借作品《永远的九岁》《小青虫的梦》"
        "《我和我的祖国》荣获一等奖。",
        [
            ("一等奖", "徐源蔚家庭", None),
            ("一等奖", "朱淑睿家庭", None),
            ("一等奖", "宋艺馨童家庭", None),
        ],
    ),
    # d12-032: a couplet call's list: the couplet's two halves, then (author place) under a tier
    "couplet_then_author": (
        "楹联征稿活动评选出7件获奖作品,现予以公示。\n\n一等奖(2名)\n\n麓山屏立谁书福;\n\n"
        "湘水龙飞我点睛。\n\n(王海兵 湖南)\n\n二等奖(2名)\n\n春意随湘风漾起;\n\n福星自大道飞来。\n\n"
        "(吴子龙 广东)",
        [("一等奖", "王海兵", "湖南"), ("二等奖", "吴子龙", "广东")],
    ),
    # d12-031: the couplet and the author on the tier's line, numbered entries, 联语(略)
    "couplet_then_author_inline": (
        "楹联大奖赛评选结果公布如下:\n四字春联\n一等奖:邀天下客;赏岭南春。 项光来(北京顺义)\n"
        "二等奖:(1)梅红两岸;春绿一江。卜用可(江苏扬州市)\n(2)客都春暖;人境风清。赵仁淦(广东梅州市)\n"
        "三等奖:联语(略)(1)李庚华(湖北黄石)\n(2)曹俊梅(河南三门峡)",
        [
            ("一等奖", "项光来", "北京顺义"),
            ("二等奖", "卜用可", "江苏扬州市"),
            ("二等奖", "赵仁淦", "广东梅州市"),
            ("三等奖", "李庚华", "湖北黄石"),
            ("三等奖", "曹俊梅", "河南三门峡"),
        ],
    ),
    # d12-063: titled works with their authors in brackets after them, a role word first
    "work_then_authors_bracketed": (
        "科技创新大赛落幕。《台风吸收器》(学生 李佳璇)获得一等奖,《盲人专用汽车》(学生 陈骏宁)、"
        "《新型书包》(学生  陈桁晖)获得二等奖。",
        [
            ("一等奖", "《台风吸收器》", "李佳璇"),
            ("二等奖", "《盲人专用汽车》", "陈骏宁"),
            ("二等奖", "《新型书包》", "陈桁晖"),
        ],
    ),
    # d12-063: a count printed after the prize with a space (奖 7项) makes it a tally, no award
    "count_after_spaced": (
        "科技创新大赛落幕。城关小学还获得优秀科幻绘画作品奖 7项,其中:《台风吸收器》(学生 李佳璇)获得一等奖。",
        [("一等奖", "《台风吸收器》", "李佳璇")],
    ),
    # d12-003: a prize label with a note on who competed for it, under a 团体奖 heading
    "label_note": (
        "知识竞赛决赛落幕。决赛结果如下\n团体奖:\n最佳组织奖(初/高中参评): 高一(4)班 初一(6)班\n"
        "最佳团队奖(初中组参评): 初二(9)班",
        [
            ("最佳组织奖", "高一(4)班", None),
            ("最佳组织奖", "初一(6)班", None),
            ("最佳团队奖", "初二(9)班", None),
        ],
    ),
    # d12-069: 分别 between the reciters and the verb; a comma inside the title splits nothing
    "performers_each_with_piece": (
        "朗诵比赛落幕。最终,王晓露、王繁分别朗诵的《祖国啊,我亲爱在祖国》获三等奖。",
        [("三等奖", "王晓露", None), ("三等奖", "王繁", None)],
    ),
    # d12-070: a group recitation (集体合诵) by the teachers listed: they won, not the poem
    "group_recitation_performers": (
        "朗读活动落幕。最终,朱蕾、高宏、丁玲等老师集体合诵的《祖国,一首唱不完的恋歌》获得一等奖。",
        [("一等奖", "朱蕾", None), ("一等奖", "高宏", None), ("一等奖", "丁玲", None)],
    ),
    # d12-053: short company names before persons; the unit printed before another name of the
    # list fixes where the next name starts (中国福马丁玉中: 丁玉中 of 中国福马)
    "known_unit_splits_name": (
        "钳工职业技能大赛落幕。恒天集团蒋洪涛、中国福马芦川、恒天集团刘康楠、中国福马丁玉中获得大赛优胜奖。",
        [
            ("优胜奖", "蒋洪涛", "恒天集团"),
            ("优胜奖", "芦川", "中国福马"),
            ("优胜奖", "刘康楠", "恒天集团"),
            ("优胜奖", "丁玉中", "中国福马"),
        ],
    ),
    # d12-054: a two-character name glued to 个人 and the tier; 个人 is never cut in two
    "word_across_name_end": (
        "职工技能大赛落幕。\n02奖项颁发\n叉车技能\n徐庆林个人一等奖\n梅贵个人三等奖",
        [("一等奖", "徐庆林", None), ("三等奖", "梅贵", None)],
    ),
    # d12-024: a name ending in 喜 before 获得 (not the verb 喜获)
    "xi_ends_a_name": (
        "技能竞赛落幕。周良焕、侯山喜在汽车空调维修项目上分别获得一等奖和二等奖。",
        [("一等奖", "周良焕", None), ("二等奖", "侯山喜", None)],
    ),
    # d12-064: a result line of tiers, each with its winners in brackets after it
    "tiers_with_bracketed_names": (
        "宣传栏设计比赛落幕。评比结果如下:一等奖(血透中心)、二等奖(内五科、急诊科)、优秀奖(妇科、综合病区);",
        [
            ("一等奖", "血透中心", None),
            ("二等奖", "内五科", None),
            ("二等奖", "急诊科", None),
            ("优秀奖", "妇科", None),
            ("优秀奖", "综合病区", None),
        ],
    ),
    # d12-048: tiers with a count, each bracket a firm's short name + person, then the item
    "tiers_with_bracketed_names_counted": (
        "烹饪技术比赛落幕。我院共获得银奖1项(君创餐饮刘凡莉,中式面点)、铜奖2项(安信餐饮赵柱,中式烹调;"
        "君创餐饮李传杰,营养套餐)。",
        [
            ("银奖", "刘凡莉", "君创餐饮"),
            ("铜奖", "赵柱", "安信餐饮"),
            ("铜奖", "李传杰", "君创餐饮"),
        ],
    ),
    # d12-049: an item ending in 项目 right before the winners' names is their category
    "item_then_persons": (
        "烹饪技术大赛落幕。大锅菜项目奉高杰获得金奖;大众面点项目苏文保和张安平获得铜奖。",
        [("金奖", "奉高杰", None), ("铜奖", "苏文保", None), ("铜奖", "张安平", None)],
    ),
    # d12-049: 占 (Zhan) is a surname like 奉 and 尹
    "surname_zhan": (
        "烹饪技术大赛落幕。奉高杰获得金奖,占卫锋和尹文彬获得铜奖。",
        [("金奖", "奉高杰", None), ("铜奖", "占卫锋", None), ("铜奖", "尹文彬", None)],
    ),
    # d12-040: a school, the style and genre of its piece (管弦乐合奏), the piece: the school won
    "genre_style_not_a_name": (
        "艺术展演揭晓。器乐展演获奖名单中,青岛58中管弦乐合奏《轻骑兵序曲》、青岛39中民乐合奏《飞春》获一等奖。",
        [("一等奖", "青岛58中", None), ("一等奖", "青岛39中", None)],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert pairs(text) == expected
