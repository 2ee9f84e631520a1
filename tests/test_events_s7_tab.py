"""Layout readers of the seventh session (issue 15): results printed as tables, captions and lines.

One test per shape, each with a short real fragment (the sets the shape was found in are named).
"""

from __future__ import annotations

import pytest

from tests.events_pairs import pairs
from yunmei import events as ev

pytestmark = pytest.mark.usefixtures("strict_events")

_LEAD = "公司工会举办的主题征文比赛结果揭晓,获奖名单如下:\n"


def test_tier_first_row_names_below():
    # dev17 (d17-048, d17-059, d17-039): the names on the lines below a tier-first row share its tier
    text = (
        "护理技能大赛决赛于4月20日举行。\n获奖名单\n一等奖 21级高助3班黄金梅\n21级高护1班吴建莹\n"
        "二等奖 21高助3班胡千千\n22高护5班余强\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("一等奖", "吴建莹", "21级高护1班"),
            ("一等奖", "黄金梅", "21级高助3班"),
            ("二等奖", "余强", "22高护5班"),
            ("二等奖", "胡千千", "21高助3班"),
        ]
    )


def test_tier_first_row_names_below_stop_at_a_line_with_its_own_tier():
    # dev12 (d12-003): 初中组:第一名 D班 is a row of its own, not a name line of 第三名 C班
    text = (
        "第十届科技界知识竞赛落下帷幕。\n决赛结果如下\n高中组:第一名 高二(4)班\n第二名 高二(2)班\n"
        "第三名 高一(4)班\n初中组:第一名 初二(2)班\n"
    )
    assert ("第三名", "初二(2)班", None) not in pairs(text)
    assert ("第一名", "初二(2)班", None) in pairs(text)


def test_caption_work_tier_author():
    # dev15 (d15-075) and blind9 (b9-084): 《W》(tier) 作者 A, the place before the author dropped
    text = (
        "首届全国职工摄影大赛获奖作品选登\n七月的肖像(一等奖)作者 江苏 胡宝河\n\\\n"
        "脸谱(三等奖)作者 江苏 金建民\n"
        "图 《水墨新村》(水文化创意类一等奖) 作者:李远华 本报讯 摄影大赛日前已落下帷幕。\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("一等奖", "七月的肖像", "胡宝河"),
            ("一等奖", "《水墨新村》", "李远华"),
            ("三等奖", "脸谱", "金建民"),
        ]
    )


def test_author_work_tier_line():
    # blind9 (b9-073): 向苒《漫画老师》二等奖, one result a line: the essay is credited (D10)
    text = (
        _LEAD + "向苒《漫画老师 》二等奖\n包诗语 《铁蛋》 二等奖\n胡王一涵 《难忘的微笑》三等奖\n"
    )
    assert sorted(pairs(text)) == sorted(
        [
            ("三等奖", "《难忘的微笑》", "胡王一涵"),
            ("二等奖", "《漫画老师 》", "向苒"),
            ("二等奖", "《铁蛋》", "包诗语"),
        ]
    )


def test_author_work_tier_line_of_a_unit_and_a_performer():
    # a unit's entry is credited as the work; in a performance contest D10 gives it to the performer
    assert pairs(_LEAD + "城关一小《春天》一等奖\n") == [("一等奖", "《春天》", "城关一小")]
    text = "2023年城关镇合唱比赛结果揭晓,获奖名单如下:\n城关一小合唱团《春天》一等奖\n"
    assert pairs(text) == [("一等奖", "城关一小合唱团", None)]
    assert pairs(_LEAD + "获奖作品《春天》一等奖\n") == []  # a label, no author


def test_table_other_column_and_free_tier_cell():
    # blind9 (b9-060), dev12 (d12-001): a column with no role (规格, 学科) is passed over, and in the
    # prize column of a whole row the cell is the prize whatever its word (瓜王)
    text = (
        "寿光蔬菜博览会2015菜王、瓜王评选活动获奖名单:\n姓名 | 展品名称 | 规格 | 奖项 |\n"
        "高雅文 | 苦瓜 | 送6根,重5.6 kg | 瓜王 |\n李金亭 | 黄瓜 | 送9根,重3.74 kg | 品质王 |\n"
    )
    assert sorted(pairs(text)) == sorted([("品质王", "李金亭", None), ("瓜王", "高雅文", None)])
    # a shortlist or a blank in the prize column is no prize
    assert pairs(text + "程少敏 | 长茄 | 送9个 | 入围 |\n韩同学 | 吊瓜 | 送1个 | 无 |\n") == pairs(
        text
    )
    # the same table with spaced cells reads the same
    spaced = (
        "寿光蔬菜博览会2015菜王评选活动获奖名单:\n姓名 展品名称 规格 奖项\n高雅文 苦瓜 送6根 瓜王\n"
    )
    assert pairs(spaced + "李金亭 黄瓜 送9根 入围\n") == [("瓜王", "高雅文", None)]
    table = (
        "第四届自治区高校青年教师教学竞赛决赛举行。\n序号 | 学科 | 获奖人员 | 学院 | 奖项奖级 |\n"
        "3 | 工科组 | 边玲燕 | 石油学院 | 三等奖 |\n"
    )
    assert pairs(table) == [("三等奖", "边玲燕", "石油学院")]


def test_flat_spaced_table():
    # blind9 (b9-011): header and rows flattened onto one spaced line; a tier cell (with its group,
    # level dropped) spans the (class, name) rows after it
    text = (
        "2015年全国大学生数学建模竞赛成绩揭晓。\n附:获奖名单\n"
        "获奖类别 班级 姓名 专科组国家一等奖团队 模具11331 冯晶玉 生产设备21332 刘锦天 "
        "本科组江苏省二等奖团队 机械电子41442 李博 机械电子41442 顾凯允\n"
    )
    assert pairs(text) == [
        ("一等奖", "冯晶玉", "模具11331"),
        ("一等奖", "刘锦天", "生产设备21332"),
        ("二等奖", "李博", "机械电子41442"),
        ("二等奖", "顾凯允", "机械电子41442"),
    ]


def test_table_restating_the_prose_joins_its_contest():
    # dev12 (d12-001): the table below a history paragraph (which names another contest) restates
    # the prose's results: the whole table goes with the contest of the prose's first wording
    text = (
        "由自治区教育工会、自治区教育厅主办,自治区教育科学研究院、新疆开放大学承办的第四届自治区高校"
        "青年教师教学竞赛决赛于11月4日—5日在新疆开放大学举行。\n"
        "校区从历届校内青教赛获奖选手中遴选出8位教师代表参赛,最终刘前芳荣获理科组二等奖,"
        "吕珺等三位老师荣获所在组别三等奖,杨妍等四位老师荣获优秀奖的好成绩,校区获优秀组织奖。\n"
        "校区青年教师教学基本功比赛每两年举办一届,已成为青年教师展示教学风采的重要平台,今年已成功举办四届。\n"
        "序号 | 学科 | 获奖人员 | 学院 | 奖项奖级 |\n"
        "1 | 理科组 | 刘前芳 | 文理学院/文化艺术学院 | 二等奖 |\n"
        "2 | 文科组 | 吕珺 | 工商管理学院/马克思主义学院 | 三等奖 |\n"
    )
    events = ev.extract_events(text, "2023-11-11")
    assert [e["name"] for e in events] == ["第四届自治区高校青年教师教学竞赛决赛"]
    assert ("理科组", "二等奖") in [(a["category"], a["tier"]) for a in events[0]["awards"]]


def test_prose_wording_first():
    # dev17 (d17-062), dev14 (d14-066), blind8 (b8-088): a place printed in the prose in its own
    # words (摘得桂冠) and restated by the appended list (第一名) is labelled with its first wording;
    # the same words in both keep the list's row (d12-001), and so does a range the prose only
    # summed up (前三名, real-168)
    text = (
        "11月11日上午,学生组男子100米预决赛在佑铭体育场开赛。经过激烈角逐,历史文化学院孙永健以"
        "11.70s的优异成绩摘得桂冠。\n附:比赛结果\n第一名 孙永健 历史文化学院 11.70s\n"
        "第二名 邹卫骢 经济与工商管理学院 11.89s\n"
    )
    got = [(t, n) for t, n, _a in pairs(text)]
    assert ("桂冠", "孙永健") in got
    assert ("第一名", "孙永健") not in got
    assert ("第二名", "邹卫骢") in got
    summed = (
        "茶艺比拼活动圆满结束。最终,毛仔文、项志英和黄舒娅三位同学获得本次比赛的前三名。\n"
        "获奖名单\n一等奖 毛仔文\n二等奖 项志英\n三等奖 黄舒娅\n"
    )
    assert [(t, n) for t, n, _a in pairs(summed)] == [
        ("一等奖", "毛仔文"),
        ("二等奖", "项志英"),
        ("三等奖", "黄舒娅"),
    ]


def test_group_results_heading():
    # dev15 (d15-081): 西洋乐器组获奖情况: heads the tier labels below it, as 西洋乐器组: would
    text = (
        "音乐学院首届器乐大赛决赛在陈熹音乐厅成功举行。\n西洋乐器组获奖情况:\n一等奖:张波\n"
        "优秀奖:张慧、冯敏\n重奏组获奖情况:\n优秀奖:冯敏 谢林颖\n"
    )
    events = ev.extract_events(text, "2024-06-01")
    got = sorted(
        (a["category"], a["tier"], r["name"]) for a in events[0]["awards"] for r in a["recipients"]
    )
    assert got == [
        ("西洋乐器组", "一等奖", "张波"),
        ("西洋乐器组", "优秀奖", "冯敏"),
        ("西洋乐器组", "优秀奖", "张慧"),
        ("重奏组", "优秀奖", "冯敏"),
        ("重奏组", "优秀奖", "谢林颖"),
    ]


def test_table_title_group_heads_the_labels_below():
    # dev12 (d12-078): …大赛(高中组)名次 on its own line: the group of the tier labels under it
    text = (
        "雅安中学第四届校园歌手大赛决赛如期举行。\n雅安中学第四届校园歌手大赛(高中组)名次\n冠军:许芯瑞\n"
        "雅安中学第四届校园歌手大赛(初中组)名次\n冠军:李怡嘉\n"
    )
    events = ev.extract_events(text, "2024-06-01")
    got = sorted(
        (a["category"], a["tier"], r["name"]) for a in events[0]["awards"] for r in a["recipients"]
    )
    assert got == [("初中组", "冠军", "李怡嘉"), ("高中组", "冠军", "许芯瑞")]


def test_flat_spaced_table_whole_rows():
    # the same flattening with the prize column last: rows cut at the header's width, every row's
    # prize cell a prize (a row left short is no such table)
    text = (
        "2023年全市中学生演讲比赛落幕。\n"
        "姓名 学校 奖项 张明 湛江一中 一等奖 王芳 湛江二中 二等奖 李华 湛江三中 三等奖\n"
    )
    assert pairs(text) == [
        ("一等奖", "张明", "湛江一中"),
        ("二等奖", "王芳", "湛江二中"),
        ("三等奖", "李华", "湛江三中"),
    ]


def test_tier_first_row_result_cell_is_no_name():
    # dev17 (d17-062): 第四名 肖宇 数学与统计学学院 11.95s — the time closing the row is no name, so
    # the unit after the name stays its affiliation
    text = "学生组男子100米预决赛在佑铭体育场开赛。\n附:比赛结果\n第四名 肖宇 数学与统计学学院 11.95s\n"
    assert pairs(text) == [("第四名", "肖宇", "数学与统计学学院")]


def test_caption_item_tier_winner():
    # blind9 (b9-071): photo captions under the article, item (its group), prize, the winner
    text = (
        "我县首届书画大赛评选揭晓。经过专家评选,评出杨曼琪等18人作品获一等奖。\n"
        "评委老师们正在现场评选参赛作品\n色彩画一等奖作品刘泽元\n儿童画作品一等奖乔恒岳\n"
        "一等奖获得者与颁奖领导合影\n"
    )
    events = ev.extract_events(text, "2024-06-01")
    got = {
        (a["category"], a["tier"], r["name"]) for a in events[0]["awards"] for r in a["recipients"]
    }
    assert {("色彩画", "一等奖", "刘泽元"), ("儿童画", "一等奖", "乔恒岳")} <= got
    assert not any(n.startswith("与") for _c, _t, n in got)
