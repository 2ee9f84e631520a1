"""Shapes read from dev13's misses and extras (mixed award news: products, photos, writing, sport):
one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

from yunmei import events as ev

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d13-045: list lines 'college author《title》': the work won, its author is the affiliation
    "unit_author_work_row": (
        "公寓征文活动圆满结束。\n一等奖3名:\n音乐学院 刘玉茹《我身边的爱》\n"
        "美术学院 张雪 《大学生文化艺术节之公寓文化》",
        [
            ("一等奖", "《我身边的爱》", "刘玉茹"),
            ("一等奖", "《大学生文化艺术节之公寓文化》", "张雪"),
        ],
    ),
    # d13-056: 'class name, class name,' items, the list going on over the next line
    "unit_person_items": (
        "英语演讲比赛成功举行。\n一等奖: 初一(14)班 林羽萱, 初一创新(2)班 连梓涵,\n"
        "初一(15)班 宋君懿, 初一(5)班 范奕铭",
        [
            ("一等奖", "林羽萱", "初一(14)班"),
            ("一等奖", "连梓涵", "初一创新(2)班"),
            ("一等奖", "宋君懿", "初一(15)班"),
            ("一等奖", "范奕铭", "初一(5)班"),
        ],
    ),
    # d13-060: '二等奖作品:《W》(A 摄)': a list noun after the tier, the photographer in brackets
    "tier_noun_label_photo_caption": (
        "主题摄影大赛圆满结束。\n\n二等奖作品:《英姿飒爽》(夏小云 摄)\n\n三等奖作品:《停云小憩》(王瑞 摄)",
        [("二等奖", "《英姿飒爽》", "夏小云"), ("三等奖", "《停云小憩》", "王瑞")],
    ),
    # d13-061: '《W》等作品' closes a list of one titled work: the collective word names no one
    "etc_works_after_title": (
        "第三届职工摄影大赛圆满结束。最终,郝相东老师的《情深意长》等作品获一等奖。",
        [("一等奖", "《情深意长》", "郝相东")],
    ),
    # d13-041: a unit's branded product (生产的“X”牌“Y”) is credited to the unit
    "producer_product_branded": (
        "第四届蜂蜜感官品质大赛开赛。最终,西双版纳金棕生物科技有限公司生产的“云蜜坚香”牌"
        "“澳洲坚果蜂蜜”荣获金奖。",
        [("金奖", "西双版纳金棕生物科技有限公司", None)],
    ),
    # d13-042: unit, quoted brand, product noun: the unit
    "producer_brand_then_product": (
        "首届湖北好食材评选活动在武汉圆满收官。宜都市蜜蜂坊养蜂专业合作社“蜜蜂坊”蜂蜜荣获金奖。",
        [("金奖", "宜都市蜜蜂坊养蜂专业合作社", None)],
    ),
    # d13-079: an untitled product sent by a unit (选送的金冠苹果): the unit
    "producer_untitled_product": (
        "在名优苹果评比中,绥德县闫家渠满山红苹果专业合作社选送的阿斯矮生苹果获得银奖。",
        [("银奖", "绥德县闫家渠满山红苹果专业合作社", None)],
    ),
    # d13-005 (negative): contestants left unnamed, only the firms they come from printed
    "unnamed_from_units": (
        "2025年合肥市邮政行业职业技能竞赛举办。经过严格角逐,最终来自邮政、极兔、申通的参赛选手"
        "凭借扎实的技能水平斩获一等奖。",
        [],
    ),
    # d13-039: '参赛队' shared by a list of places, like 代表队 (A、B、C参赛队 -> each A参赛队)
    "shared_entry_team_word": (
        "全国公安特警挑战赛落下帷幕。浙江公安特警、新疆公安特警、安徽公安特警参赛队分别获得"
        "快速射击科目单项团体冠亚季军。",
        [
            ("冠军", "浙江公安特警参赛队", None),
            ("亚军", "新疆公安特警参赛队", None),
            ("季军", "安徽公安特警参赛队", None),
        ],
    ),
    # d13-079: the king of a produce contest (果王, like 茶王) after 被选为, the grower's unit wins
    "produce_king_chosen": (
        "在果王大赛上,绥德县闫家渠满山红苹果专业合作社选送的一个重688.1克的富士苹果被选为果王,"
        "获得奖励3万元。",
        [("果王", "绥德县闫家渠满山红苹果专业合作社", None)],
    ),
    # d13-020: a prize roll, one named prize a line after the award's name and ·, then the winner
    "prize_roll_lines": (
        "首届东吴文学奖获奖作家和获奖作品目录\n东吴文学奖·大奖:范小青\n"
        "东吴文学奖·短篇小说奖:鲁 敏 《荷尔蒙夜谈》\n东吴文学奖·文学评论奖:王彬彬 《细读高晓声》",
        [
            ("大奖", "范小青", None),
            ("短篇小说奖", "《荷尔蒙夜谈》", "鲁敏"),
            ("文学评论奖", "《细读高晓声》", "王彬彬"),
        ],
    ),
    # d13-014: a unit's 运动健儿们 stand for its team; 奋勇拼搏 says how it played, the result follows
    "effort_then_result": (
        "首届职工气排球大赛在县体育馆举行。石门农商银行运动健儿们奋勇拼搏,以四胜一负的成绩夺得三等奖。",
        [("三等奖", "石门农商银行", None)],
    ),
    # d13-037: 积极组队参赛 opens the clause chain of the unit that then placed
    "entered_then_result": (
        "巡特警年度比武开幕式在特警支队举行。安宁市公安局积极组队参赛,通过两天的奋力拼博和精彩角逐,"
        "获得团体第五名。",
        [("第五名", "安宁市公安局", None)],
    ),
    # d13-026: workplace roles between the unit and the name (内燃司机, 值班员) are dropped
    "workplace_role_before_name": (
        "乒乓球比赛举行。朔黄分处内燃司机陆智夺得单打第一名,朔黄分处内燃司机王建军、值班员郜利锋"
        "获得双打冠军。",
        [
            ("第一名", "陆智", "朔黄分处内燃"),
            ("冠军", "王建军", "朔黄分处内燃"),
            ("冠军", "郜利锋", "朔黄分处内燃"),
        ],
    ),
    # d13-037: 参赛 before any role word (参赛民警) describes the person
    "entrant_role_before_name": (
        "巡特警年度比武举行。参赛民警罗祥华获得米障碍个人第一名。",
        [("第一名", "罗祥华", None)],
    ),
    # d13-047: 总比分6:4 before the verb is how the team of the clause before won
    "score_before_verb": (
        "金相杯足球赛落幕。最终研二联队4:2击败对手,总比分6:4问鼎冠军。",
        [("冠军", "研二联队", None)],
    ),
    # d13-081 (also b3-061): a hyphen score after the subject belongs to it, as 4:2 does
    "hyphen_score_after_subject": (
        "新生杯篮球赛决赛举行。最终,汽车工程学院队41-26完胜状态不佳的城市轨道交通学院队,获得冠军。",
        [("冠军", "汽车工程学院队", None)],
    ),
    # d13-072: a genre noun after the title (《W》课程, 课件, 教案, 微课 …) names the titled work
    "title_then_genre_noun": (
        "在“超星杯”第七届全国高校混合式教学设计创新大赛中,我院教师徐明卿的《广播电视采访与报道》"
        "课程荣获三等奖。",
        [("三等奖", "《广播电视采访与报道》", "徐明卿")],
    ),
    # d13-033: 'A、B、C等三支代表队' with the count agreeing: each is A代表队 (as without 等)
    "counted_teams_with_etc": (
        "风筝大赛落幕。最终,由来自阜南、颍泉、绿梦鸭等三支代表队取得了一等奖的好成绩。",
        [
            ("一等奖", "阜南代表队", None),
            ("一等奖", "颍泉代表队", None),
            ("一等奖", "绿梦鸭代表队", None),
        ],
    ),
    # d13-035: 不仅荣获… ('not only') opens the result clause of the unit named before
    "not_only_result": (
        "矿山救援技能竞赛圆满落幕。崔木煤矿救护中队表现突出,不仅荣获地方组救护队团体全能一等奖,"
        "还在多个单项竞赛中跻身前三名。",
        [("一等奖", "崔木煤矿救护中队", None)],
    ),
    # d13-079: 我市 before a unit whose own name starts at its county (D3): not part of the name
    "self_reference_before_placed_unit": (
        "在名优苹果评比中,我市绥德县满堂川乡万亩红农民专业合作社选送的金冠苹果获得金奖。",
        [("金奖", "绥德县满堂川乡万亩红农民专业合作社", None)],
    ),
    # d13-038: police branches join the roles (特警张申磊); 交警支队 / 刑警大队 stay units
    "police_branch_role": (
        "比武活动举行。经过激烈角逐,我市特警张申磊获得射击组第一名。交警支队获得团体第三名。",
        [("第一名", "张申磊", "我市"), ("第三名", "交警支队", None)],
    ),
    # d13-054: a person's name ending in 和 (杜祥和) right before the verb is a name, no 和-tail
    "name_ending_in_he": (
        "《一路向前》第四季宿城专场海选赛举行。最终,来自宿城区消防救援大队的杜祥和获得冠军。",
        [("冠军", "杜祥和", "宿城区消防救援大队")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert pairs(text) == expected


def test_described_as_a_contest_class():
    """d14-014 (exposed by effort_then_result): ',是X赛事中规模最大的赛事' says what the contest is;
    the result after it stays with the contest named before."""
    text = (
        "2017年湖北省大学生田径运动会在中南民族大学举行。本届运动会共有78所高校参加,"
        "是湖北省大学生单项体育赛事中规模最大的赛事。我校赵志男同学奋力拼搏闯入决赛并夺得冠军。"
    )
    events = ev.extract_events(text, "2017-11-08")
    assert [e["name"] for e in events] == ["2017年湖北省大学生田径运动会"]
