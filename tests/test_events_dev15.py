"""Shapes read from dev15's misses and extras (contests of schools, hospitals, firms, bureaus):
one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d15-021: a teachers' team named by its lead teacher is credited to that teacher
    "lead_teacher_team": (
        "在4月11日结束的首届全区高校教师教学创新大赛中,林雯老师团队获正高组一等奖、"
        "陈思静老师团队获讲师组三等奖。",
        [("一等奖", "林雯", None), ("三等奖", "陈思静", None)],
    ),
    # d15-087: the results announced as such (评选结果为), each tier followed by its names
    "results_are_tier_then_names": (
        "征文比赛最终评选结果为一等奖陈琼,二等奖薛雨欣、曾婧琦。",
        [("一等奖", "陈琼", None), ("二等奖", "薛雨欣", None), ("二等奖", "曾婧琦", None)],
    ),
    # d15-087: 叁等奖 — a tier printed with the formal numeral (大写), rank 3
    "formal_numeral_tier": (
        "征文比赛最终评选结果为一等奖陈琼,叁等奖尹净初、王格。",
        [("一等奖", "陈琼", None), ("叁等奖", "尹净初", None), ("叁等奖", "王格", None)],
    ),
    # d15-036: every tier of the clause with its count and its own bracket of names
    "tier_counts_names_in_brackets_chained": (
        "护理技能竞赛最后评选出一等奖1名(庞婉)、三等奖2名(胡胭、肖瑶)。",
        [("一等奖", "庞婉", None), ("三等奖", "胡胭", None), ("三等奖", "肖瑶", None)],
    ),
    # d15-036 (b6b-005 王师一楠): a given name after two surnames, in a list of persons
    "double_surname_name": (
        "护理技能竞赛最后评选出二等奖2名(唐斟、刘李莹子)。",
        [("二等奖", "唐斟", None), ("二等奖", "刘李莹子", None)],
    ),
    # d15-037: several counted tiers, then 分别是 and the names: the counts share the list in order
    "tier_counts_then_names_in_order": (
        "护理技能大赛落幕。经过激烈的角逐,最终评选出一等奖1名、二等奖2名,分别是消化肿瘤内科于亚男、"
        "静脉通路中心宋金丽、胸外一科张文娟。",
        [
            ("一等奖", "于亚男", "消化肿瘤内科"),
            ("二等奖", "宋金丽", "静脉通路中心"),
            ("二等奖", "张文娟", "胸外一科"),
        ],
    ),
    # d15-037: a unit, a slash, a unit and its person — one person of two units, not a pair
    "joint_units_before_person": (
        "护理技能大赛落幕。最终评选出三等奖2名,分别是内镜中心张莹、骨与软组织肿瘤科/泌尿外科王玮。",
        [("三等奖", "张莹", "内镜中心"), ("三等奖", "王玮", "骨与软组织肿瘤科/泌尿外科")],
    ),
    # d15-056 / d15-027: provinces share the unit word printed once after the last
    "places_share_unit_word": (
        "总决赛落幕。山东、江西、湖南省禁毒委员会办公室获得最佳组织奖。",
        [
            ("最佳组织奖", "山东禁毒委员会办公室", None),
            ("最佳组织奖", "江西禁毒委员会办公室", None),
            ("最佳组织奖", "湖南省禁毒委员会办公室", None),
        ],
    ),
    # d15-077 / d15-070: the team word printed once (代表团代表队, 合唱队) is every listed place's
    "shared_team_word_of_delegations_and_choirs": (
        "知识竞赛落幕。杨坊、湖塘代表团代表队获得二等奖;福永街道、龙华街道两支合唱队获得风采奖。",
        [
            ("二等奖", "杨坊代表团代表队", None),
            ("二等奖", "湖塘代表团代表队", None),
            ("风采奖", "福永街道合唱队", None),
            ("风采奖", "龙华街道合唱队", None),
        ],
    ),
    # d15-069: unnamed choirs from the units listed — the units are credited
    "choirs_from_units": (
        "合唱比赛决赛落幕。来自望麓园街道办事处、青竹湖镇的合唱队获得一等奖。",
        [("一等奖", "望麓园街道办事处", None), ("一等奖", "青竹湖镇", None)],
    ),
    # d15-044 / d15-043 (b4b-014 淮北市3名教师勇夺特等奖): a unit's winners only counted — no pair
    "unit_then_count_of_persons": (
        "联赛新疆赛区成绩揭晓,石河子第一中学12名学生获新疆赛区一等奖,江苏省共有4人获得金牌。",
        [],
    ),
    # d12-034: a count after the names is their apposition, the names won
    "names_then_their_count": (
        "大赛落幕,我区施琦、王晶晶两位老师荣获一等奖。",
        [("一等奖", "施琦", "我区"), ("一等奖", "王晶晶", "我区")],
    ),
    # d15-044: 获一等奖人数 — the number of winners is a tally, not a result
    "tally_noun_after_tier": (
        "联赛新疆赛区成绩揭晓。在比赛中,石河子第一中学获一等奖人数和入选自治区选拔队人数均位列全疆前茅。",
        [],
    ),
    # d15-041: the reporter's own unit joined by 与 to other units — each its own holder (D3)
    "self_unit_and_unit": (
        "大赛落幕。此外,我校与北京邮电大学、厦门大学等三所高校同获最佳组织奖。",
        [
            ("最佳组织奖", "我校", None),
            ("最佳组织奖", "北京邮电大学", None),
            ("最佳组织奖", "厦门大学", None),
        ],
    ),
    # d15-045: 作为… after the subject says in what capacity; the one before it won
    "as_role_after_subject": (
        "生物学奥林匹克竞赛决赛落幕,沙市中学2201班熊子华同学作为湖北代表队队员斩获银牌。",
        [("银牌", "熊子华", "沙市中学2201班")],
    ),
    # d15-086: 由A、B、C三位同学所包揽 — the 所 of 由…所 after the count apposition is no part of a name
    "count_apposition_then_suo": (
        "数学联赛获奖名单公布。全省前三名,分别由哈师大附中的张家瑞、卢政浩、孔泰三位同学所包揽。",
        [
            ("第一名", "张家瑞", "哈师大附中"),
            ("第二名", "卢政浩", "哈师大附中"),
            ("第三名", "孔泰", "哈师大附中"),
        ],
    ),
    # d15-006: a coach's line inside a result list is no winner's; the short line before it heads
    # the next item's section (item_heading_before_list)
    "coach_line_and_item_heading": (
        "以下是烹饪大赛的获奖成绩:\n中餐热菜\n一等奖:郭庆涛\n二等奖:纪宗源\n面点\n指导教师宋匀一\n"
        "一等奖:陈小东\n二等奖:钟嘉尧",
        [
            ("一等奖", "郭庆涛", None),
            ("二等奖", "纪宗源", None),
            ("一等奖", "陈小东", None),
            ("二等奖", "钟嘉尧", None),
        ],
    ),
    # d15-061: a work credited to its authors' team, the authors (with their 、) its affiliation; the
    # title's own words (以“三新”引领…) are no grammar of the clause (title_words_not_grammar)
    "authors_then_their_work": (
        "教学能力比赛评审结果公布,蒋佳莉、赵孟、叶娌燕老师团队的微课作品《以“三新”引领社会主义现代化强国建设》"
        "荣获一等奖。",
        [("一等奖", "《以“三新”引领社会主义现代化强国建设》", "蒋佳莉、赵孟、叶娌燕老师团队")],
    ),
    # d15-022: 文法与经济管理学院易巧巧老师 — the 与 inside a unit's name, a role after the person
    "conj_inside_unit_then_role": (
        "教学比赛落幕。文法与经济管理学院易巧巧老师荣获一等奖。",
        [("一等奖", "易巧巧", "文法与经济管理学院")],
    ),
    # d15-066: a tier's count broken down by region in brackets — counts, nobody named
    "count_breakdown_in_brackets": (
        "书法作品展评审结束,共评出优秀指导老师4名(大陆地区3名,台湾地区1名),优秀辅导奖若干。",
        [],
    ),
    # d15-085: an open list (A、B等) over prizes joined by 和 — which took which is not said
    "open_list_over_joined_prizes": (
        "消防知识竞赛落幕。李文丽同学荣获一等奖,陈欣璐、马媛媛等同学荣获三等奖和优秀奖。",
        [("一等奖", "李文丽", None)],
    ),
    # d15-084 (D10): a piece sent by a unit, no performer printed — the piece is the clause's subject
    "sent_piece_is_subject": (
        "少儿舞蹈比赛决赛落幕。由南坪实验小学教育集团报送的男子群舞《奇妙之旅》以全场最高分,荣获表演一等奖。",
        [("一等奖", "《奇妙之旅》", None)],
    ),
    # d15-046: 曾 opening a name in a list (曾秉坤) is a surname, not the adverb 'once' (曾获…)
    "zeng_surname_in_list": (
        "生物学竞赛落幕。海南中学龙天辰、曾秉坤、李泽成,海南华侨中学叶雨惜、吴忠宁喜获铜牌。",
        [
            ("铜牌", "龙天辰", "海南中学"),
            ("铜牌", "曾秉坤", "海南中学"),
            ("铜牌", "李泽成", "海南中学"),
            ("铜牌", "叶雨惜", "海南华侨中学"),
            ("铜牌", "吴忠宁", "海南华侨中学"),
        ],
    ),
    # d15-020: a teaching contest's table printed a cell a line — 课程名称 is the course taught,
    # 团队教师姓名 the lead's team; the 主讲教师 is the winner
    "teaching_table_lead_teacher_column": (
        "比赛结果如下。\n序号 |\n课程名称 |\n主讲教师 |\n团队教师姓名 |\n组别 |\n奖项 |\n"
        "1 |\n新闻采访与写作 |\n焦俊波 |\n曾薇周玉兰曾真 |\n新文科副高组 |\n特等奖 |\n"
        "2 |\n活动主持艺术 |\n李斌 |\n吕帅、陈成、吴景美 |\n新文科副高组 |\n一等奖 |",
        [("特等奖", "焦俊波", None), ("一等奖", "李斌", None)],
    ),
    # d15-019: 突出重围 (a 'broke through' idiom) ends the subject like 脱颖而出; the trials set before
    # the name with 的 (历经…磨炼的) are no part of it
    "broke_through_after_subject": (
        "教学技能大赛落下帷幕。历经校内及省级选拔赛和现场决赛艰辛磨炼的我校建筑工程学院教师田迎春"
        "突出重围勇夺一等奖,程凯文获优胜奖。",
        [("一等奖", "田迎春", "我校建筑工程学院"), ("优胜奖", "程凯文", None)],
    ),
    # d15-002: after a numbered class the short run is its student, whatever the surname (凡)
    "class_then_name": (
        "西餐烹饪技能总决赛颁奖典礼在福州举行,烹饪21401班凡子怡和烹饪21402班周子峻荣获铜奖。",
        [("铜奖", "凡子怡", "烹饪21401班"), ("铜奖", "周子峻", "烹饪21402班")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
