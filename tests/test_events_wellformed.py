"""Recipient well-formedness (yunmei/events/wellformed.py): one test per row of REPAIRS and REJECTS,
each with the real fragment it was written from and a real labelled name of the same look it keeps."""

from __future__ import annotations

import pytest

from yunmei import events as ev
from yunmei.events import extract_events
from yunmei.events.wellformed import REJECTS, REPAIRS, acceptable, mended, rejection, repaired


@pytest.fixture(autouse=True)
def _strict(monkeypatch):
    monkeypatch.setattr(ev, "STRICT", True)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [
        (a["tier"], r["name"])
        for e in extract_events(text)
        for a in e["awards"]
        for r in a["recipients"]
    ]


def test_every_row_has_a_test():
    rows = {r for r, *_ in REJECTS} | {r for r, *_ in REPAIRS}  # test_ROW for each
    missing = {r for r in rows if f"test_{r}" not in globals()}
    assert not missing


# ---- repairs


def test_label_colon_left_on():
    # dev9: 三等奖:……徐净:
    assert repaired("徐净:") == "徐净"
    assert _pairs("演讲比赛结果如下:\n一等奖:王兰\n三等奖:徐净:\n") == [
        ("一等奖", "王兰"),
        ("三等奖", "徐净"),
    ]


def test_doubled_class_word():
    # blind7: 1班、8班、3班、 23班、18班、4班班分别获得第二至第七名
    assert repaired("4班班") == "4班"
    assert repaired("文化教育部二队队") == "文化教育部二队"  # dev11
    assert repaired("高一(3)班") == "高一(3)班"


def test_list_number_left_on():
    # dev12: 三等奖 ……(3)张斌礼 / (2)曹俊梅(河南三门峡): the bracket freed is the affiliation
    assert repaired("(3)张斌礼", "work") == "张斌礼"
    r = mended({"name": "(2)曹俊梅(河南三门峡)", "kind": "organization", "affiliation": None})
    assert (r["name"], r["kind"], r["affiliation"]) == ("曹俊梅", "person", "河南三门峡")


def test_group_before_holder():
    # dev11: 男子组的矿产院分会、女子组的天良集团公司获得冠军
    assert repaired("男子组的矿产院分会") == "矿产院分会"
    assert repaired("女子组的天良集团公司") == "天良集团公司"


def test_group_before_class():
    # dev17: 2020级男子组养殖(2)班荣获第一名 — the group played in, then the class
    assert repaired("2020级男子组养殖(2)班") == "养殖(2)班"
    assert repaired("女子组幼儿保育(1)班") == "幼儿保育(1)班"
    assert repaired("男子组") == "男子组"  # a group alone is no class


def test_unit_label_before_person():
    # dev10: 最佳射手奖:初一5班:黄昌伟
    assert repaired("初一5班:黄昌伟") == "黄昌伟"
    assert repaired("亚洲通:艺术学院合唱团") == "亚洲通:艺术学院合唱团"  # a team's printed name


def test_conjunction_left_on():
    # dev10: 英语系教师侯静及语言教学中心 — the second item keeps its 及
    assert repaired("及语言教学中心") == "语言教学中心"
    assert repaired("与你同行", "work") == "与你同行"  # a work's title may open with 与
    assert repaired("和徐疃") == "和徐疃"  # 和 is a village's (and a surname's) first character


def test_leader_before_team():
    # dev14 d14-067: 熊芳老师领队的7班获得亚军 — the class holds the place, not its teacher
    assert repaired("熊芳老师领队的7班") == "7班"
    assert repaired("王宏瑜老师领军1班") == "1班"
    assert repaired("万恩萍老师的4班") == "4班"
    assert repaired("张老师的学生") == "张老师的学生"  # no team after it: left to the other rows


def test_leading_verb_left_on():
    # dev14 d14-054: …刻苦,带领四川省代表队…荣获一等奖
    assert repaired("带领四川省代表队") == "四川省代表队"
    assert repaired("带领学生") == "带领学生"  # no team after the verb: left to clause_material


def test_stage_left_on():
    # dev14 d14-041: 预赛、单循环赛、决赛开放教育学院获得第一名
    assert repaired("决赛开放教育学院") == "开放教育学院"
    assert repaired("决赛圈队") == "决赛圈队"  # a three-letter name is left alone


def test_lead_teacher_team():
    # dev15 d15-021: 林雯老师团队获正高组一等奖 — the team is credited to its lead teacher
    assert _pairs("大赛中,林雯老师团队获正高组一等奖、温向莉老师团队获副高组一等奖。") == [
        ("一等奖", "林雯"),
        ("一等奖", "温向莉"),
    ]
    assert (
        mended({"name": "陈思静老师团队", "kind": "team", "affiliation": None})["kind"] == "person"
    )
    assert repaired("袁阳团队") == "袁阳团队"  # blind3: no role word, a team's name
    assert repaired("五河县人民医院团队") == "五河县人民医院团队"


# ---- rejections


def test_dated_name():
    # a signature's date under a list's last label
    assert rejection("2022年5月23日", "organization") == "dated_name"
    assert rejection("二〇〇九年十月二十八日", "organization") == "dated_name"  # dev17, in numerals
    assert rejection("三八红旗手集体", "organization") is None


def test_unsplit_list():
    assert rejection("易楚(学前教育)、龙灿锋(生物科学)、刘欢", "work") == "unsplit_list"
    assert acceptable({"name": "区检察院、招商港城联队", "kind": "team"})


def test_predicate():
    assert rejection("展开了激烈角逐", "organization") == "predicate"
    assert rejection("今年专科组共评选出了385队") == "predicate"  # dev12
    # a nickname ending in 了 and a team name with 了 before 队 are names (blind7, blind4)
    assert acceptable({"name": "还有一天就下班了", "kind": "person"})
    assert acceptable({"name": "你的强来了队", "kind": "team"})


def test_clause_material():
    # blind8: 中国游泳名将张雨霏,领衔中国大学生女子游泳队在女子4×100米自由泳接力决赛中夺冠
    assert rejection("领衔中国大学生女子游泳队") == "clause_material"
    assert rejection("山东队的刘志城一直处") == "clause_material"  # blind8
    assert rejection("刘桂英与黄丽萍(中国)并列第三") == "clause_material"  # blind5
    assert rejection("第一直管项目部") is None  # blind6: 第一 + 直管, not 一直


def test_superlative_description():
    # dev9: 赛事以单循环制办行……分数最多的一队为冠军
    assert rejection("分数最多的一队") == "superlative_description"
    assert rejection("《谁是最可爱的人》", "work") is None


def test_heading():
    # dev9: 闪耀之星:个人奖项揭晓 (a heading above the groups' lists)
    assert rejection("闪耀之星:个人奖项揭晓") == "heading"
    assert rejection("聚焦闻堰:你是我的骄傲") is None


def test_prize_title():
    # dev9: 优秀广场舞团队: (the heading of a prize's list, its colon mended off)
    assert rejection(repaired("优秀广场舞团队:")) == "prize_title"
    assert rejection("先进制造学院") is None


def test_category_group():
    # dev9: 象棋初中男子、女子组 / 一等奖:钱塘中学(男)
    assert rejection("象棋初中男子") == "category_group"
    assert rejection("U10男子组") == "category_group"
    assert rejection("中班段") == "category_group"  # dev12: a kindergarten's section
    assert rejection("经济学院女子组") is None  # blind: the college's team
    assert rejection("第4组") is None  # blind5: a numbered team


def test_discipline_group():
    # dev10: 金奖:“艺术蛋糕组”宋阿美、杨慧 (the group in quotes before its winners)
    assert rejection("“艺术蛋糕组”", "work") == "discipline_group"
    assert rejection("“中餐热菜组”", "work") == "discipline_group"
    assert rejection("宣传报道组") is None  # unquoted, a 组 may be a standing unit
    for unit in ("图书馆工会小组", "理工三组", "第三联谊组", "行政组"):
        assert rejection(unit) is None


def test_stage():
    # dev9: 甘肃站选手、来自兰州文理学院的熊佳怡获得……三等奖
    assert rejection("甘肃站") == "stage"
    assert rejection("新浦公园太极拳辅导站") is None


def test_count():
    # dev10: 奖牌总数:52枚金牌,52枚银牌,52枚铜牌
    assert rejection("奖牌总数") == "count"
    # dev15 d15-012: 浙江省参赛选手人数名列第三 — the size of a team is no holder
    assert rejection("浙江省参赛选手人数") == "count"


def test_affiliation_phrase():
    # blind: 来自市一中…… / blind7: 来自我市黄桥镇、现定居张家港的参赛者吕建
    assert rejection("来自我市黄桥镇") == "affiliation_phrase"
    assert rejection("来自常德市育才中学") == "affiliation_phrase"


def test_check_never_empties_a_passage():
    # blind7: the result is real, its holder mis-cut: the passage keeps its event (and the pair)
    text = (
        "“体彩杯”泰州行钓鱼大奖赛在黄桥镇祁巷村举行总决赛。"
        "来自我市黄桥镇、现定居张家港的参赛者吕建以总积分第一的成绩斩获本次大赛冠军。"
    )
    assert len(extract_events(text)) == 1


def test_a_holderless_name_goes_even_when_alone():
    # dev15 d15-012 (a preview): a count ranked third is no holder, even as the passage's only one
    text = (
        "第36届全国高中学生数学奥林匹克竞赛决赛将在湖南省长沙市揭开大幕。\n"
        "三、浙江省参赛选手人数名列第三,共有28人。"
    )
    assert rejection("人数") == "count"
    assert _pairs(text) == []


def test_bare_unit():
    # blind8: 为获得一等奖的团支部颁奖; dev10: 集团男子代表队获第10名,女子代表队获第6名
    assert rejection("团支部") == "bare_unit"
    assert ("第6名", "女子代表队") not in _pairs(
        "2011年省职工篮球赛顺利闭幕。集团男子代表队获第10名,女子代表队获第6名。"
    )
    assert rejection("代表队", "team") == "bare_unit"
    assert rejection("我校代表队") is None  # a self-reference is kept as printed (dev9)
    assert rejection("集团代表队") is None


def test_honour_object():
    # blind3: 铜都劳动奖章 (the honour named after the winners, not a winner)
    assert rejection("铜都劳动奖章") == "honour_object"


def test_function_word_left_on_keeps_names():
    for name in ("在线教育中心", "成都", "今日头条"):
        assert rejection(name) is None


def test_function_word_left_on():
    # blind6: ……让对手广州白云工商技师学院 (a clause's 让 taken into the name)
    assert rejection("让对手广州白云工商技师学院") == "function_word_left_on"
    assert rejection("同学们") == "function_word_left_on"
    for name in ("于世龙", "向家寨龙舟队", "从江县代表队", "刘昱均"):  # surnames, a given name
        assert rejection(name) is None


def test_score():
    # blind7: 高一年级9班以113分获得团体总分第一名
    assert rejection("高一年级9班以113分") == "score"
    assert rejection("第10分工会") is None  # dev11: a numbered branch union


def test_tier_inside():
    # dev9: 季军:……最佳守门员 (the next prize's title); dev9: ……四位世界冠军组成的浙江队
    assert rejection("最佳守门员") == "tier_inside"
    assert rejection("徐嘉余、叶诗文、余依婷和潘展乐四位世界冠军组成的浙江队") == "tier_inside"
    assert rejection("冠军队") is None


def test_pronoun():
    # dev10: 常规时间双方的比分定格在1:1 — 双方 is both sides, named elsewhere or not at all
    assert rejection("双方") == "pronoun"
    assert rejection("双方球队") is None


def test_contest_itself():
    # dev9: 最终在本次大赛中获得数字影音后期制作,教师组一等奖 — the contest, not the holder
    assert rejection("本次大赛中") == "contest_itself"
    assert rejection("本届比赛") == "contest_itself"
    assert rejection("斯尼尔科·阿利亚克赛") is None  # a foreign person's name (blind4)
    assert rejection("JJ比赛队") is None
