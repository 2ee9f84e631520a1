"""Shapes read from dev17's misses and extras (contests and sports of schools, hospitals, firms,
associations): one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d17-028 / d17-063 (d6d 优秀裁判员称号): the referees' service title beside the results is
    # no contest result (referee_service_title); the players' honour still is
    "referee_service_title": (
        "篮球赛女子组中,“拉拉队”取得季军。申梓涵、杨旭等获得“优秀运动员”称号,"
        "陈飞、赵文彬、王嘉龙等获得“优秀裁判员”称号。",
        [
            ("季军", "“拉拉队”", None),
            ("优秀运动员", "申梓涵", None),
            ("优秀运动员", "杨旭", None),
        ],
    ),
    # d17-069: a doubles pair joined by & between Chinese names is two recipients (ampersand_pair)
    "ampersand_pair": (
        "羽毛球比赛落幕,男子双打冠亚军分别为:行政管理中心刘国栋&窦锦艳、一分厂马亮强&刘霞。",
        [
            ("冠军", "刘国栋", "行政管理中心"),
            ("冠军", "窦锦艳", "行政管理中心"),
            ("亚军", "马亮强", "一分厂"),
            ("亚军", "刘霞", "一分厂"),
        ],
    ),
    # d17-069: 职能部门 / 华铝股份 — a department or a listed company's short name before its person
    "department_or_shares_unit_before_person": (
        "羽毛球比赛落幕,男子双打冠亚军分别为:职能部门李海亭、华铝股份张顺健。",
        [("冠军", "李海亭", "职能部门"), ("亚军", "张顺健", "华铝股份")],
    ),
    # d17-065: the places of those who go through to the final are their heat's order (heat_ranking);
    # the final's own result follows
    "heat_ranking_of_finalists": (
        "学生组男子100米预赛顺利举行。最终有八名运动员晋级决赛,其中计算机系林佐豪以11.57的成绩位列第一。"
        "学生组男子100米决赛正式进行,最终由计算机系林佐豪以11.96的成绩夺得冠军。",
        [("冠军", "林佐豪", "计算机系")],
    ),
    # d17-053: the prizes of those who took part in a 选拔赛 (其中…) are the qualifying round's;
    # the contest's own result follows (qualifying_round_prize)
    "qualifying_round_prize": (
        "第五届全国“绿色课堂杯”优质课观摩展示活动在大连举行。曙光幼儿园五名教师参加了选拔赛,"
        "其中蔡勃巍、赵寄四名教师荣获二等奖。经过激烈的角逐,董园园老师取得一等奖的好成绩。",
        [("一等奖", "董园园", None)],
    ),
    # d17-072: 共N支队伍 after a list of teams counts them; 共 is no part of the last name
    "list_then_gong_count": (
        "全国卫生应急技能竞赛活动决赛在北京举行,最终,湖南参赛队、江苏参赛队、山东参赛队"
        "共3支队伍获得一等奖。",
        [
            ("一等奖", "湖南参赛队", None),
            ("一等奖", "江苏参赛队", None),
            ("一等奖", "山东参赛队", None),
        ],
    ),
    # d17-078: X率队参加…并获得三等奖 — the one who led its team in is the subject (led_team_entered)
    "led_team_entered": (
        "教职工“安康杯”太极拳比赛在贵阳中医学院体育场举行。我校工会率队参加了本次比赛并获得三等奖。",
        [("三等奖", "我校工会", None)],
    ),
    # d17-060: the signature's date in Chinese numerals under a list's last label is no holder
    "chinese_numeral_signature_date": (
        "庆祝新中国成立六十周年征文比赛获奖名单\n优秀组织奖:新闻学院\n学生处\n图书馆\n二〇〇九年十月二十八日",
        [
            ("优秀组织奖", "新闻学院", None),
            ("优秀组织奖", "学生处", None),
            ("优秀组织奖", "图书馆", None),
        ],
    ),
    # d17-018: A与B联合队 — the joint team both units formed is one holder (joint_team_joined)
    "joint_team_joined": (
        "经过紧张激烈的小组赛、半决赛及决赛,设计院荣获亚军;第七工程公司与设备安装工程公司联合队夺得季军。",
        [("亚军", "设计院", None), ("季军", "第七工程公司与设备安装工程公司联合队", None)],
    ),
    # d17-016: 三名优秀奖 after a tally counts the unit's winners, nobody is named
    # (count_of_winners_before_prize)
    "count_of_winners_before_prize": (
        "“正字杯”省中小学生书写大赛评选结果于近日揭晓,我宫选送的书法作品获得了一银两铜三名优秀奖的好成绩。",
        [],
    ),
    # d17-077: A与B分工会 among branch unions — one branch union of both units (shared_branch_union)
    "shared_branch_union": (
        "教职工八段锦表演赛圆满结束。后勤处与资产公司分工会、医学部分工会获得优秀组织奖。",
        [("优秀组织奖", "后勤处与资产公司分工会", None), ("优秀组织奖", "医学部分工会", None)],
    ),
    # d17-022: 2020级男子组 before a class is the group it played in, not part of its name
    # (group_before_class)
    "group_before_class": (
        "学生篮球赛圆满落幕。经过激烈比拼,2020级男子组养殖(2)班荣获第一名,光电班夺得第二名。",
        [("第一名", "养殖(2)班", None), ("第二名", "光电班", None)],
    ),
    # d17-025 (D3): 我院学生男篮 — a self-named team is kept as printed; only a person's 我院学生
    # is dropped (self_team_kept)
    "self_team_kept": (
        "在中职学校“文明风采”竞赛活动男子篮球决赛中,我院学生男篮以68:29的悬殊比分大胜铁航艺术学校队,夺得冠军。",
        [("冠军", "我院学生男篮", None)],
    ),
    # d17-054: 由A、B共同完成的成果《W》 — the work won, those who completed it are its affiliation
    # (completers_of_work)
    "completers_of_work": (
        "第三届BIM应用成果竞赛公布了获奖成果名单。由四建公司、安装公司共同完成的成果"
        "《BIM技术在特一级抗震异形复杂结构项目中的应用》获得一等奖。",
        [("一等奖", "《BIM技术在特一级抗震异形复杂结构项目中的应用》", "四建公司、安装公司")],
    ),
    # d17-054: a score's place (排名位居…第五名) followed by the prize it earned is no prize of its own
    # (ranking_then_prize)
    "ranking_then_prize": (
        "第三届BIM应用成果竞赛公布了获奖成果名单。集团报送的由三建公司、二安公司共同完成的成果《W》"
        "终评答辩得分排名位居全省综合类成果第一名,获得一等奖。",
        [],
    ),
    # d17-010: N名选手荣获X奖,他们是A、B — the pronoun of the counted winners opens their names
    # (pronoun_names_next)
    "pronoun_names_next": (
        "歌手大赛落幕。其余7名选手荣获优秀歌手奖,他们是许浩然、顾瑞雪、李佳佳。",
        [
            ("优秀歌手奖", "许浩然", None),
            ("优秀歌手奖", "顾瑞雪", None),
            ("优秀歌手奖", "李佳佳", None),
        ],
    ),
    # d17-029: 陶凉院长、崔文博主任 — a hospital post after a person is no part of the name
    # (hospital_post_after_person)
    "hospital_post_after_person": (
        "羽毛球赛落幕。武汉亚洲心脏病医院陶凉院长、崔文博主任并列季军。",
        [("季军", "陶凉", "武汉亚洲心脏病医院"), ("季军", "崔文博", "武汉亚洲心脏病医院")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
