"""The tier as a grammar (seventh session, tier): an honour title is a head noun (data/honour_heads.txt)
with its modifiers, read where a result is stated; one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # b8-055: a quoted title whose head is an honour noun (标兵, 状元, 能手) after a result verb
    # (quoted_honour_title); the whole title, not the 状元 inside it
    "quoted_honour_title": (
        "职工技能大赛落幕。宁晋晶澳公司崔士钊、刘龙龙等5名选手获“技术状元”。",
        [("技术状元", "崔士钊", "宁晋晶澳公司"), ("技术状元", "刘龙龙", "宁晋晶澳公司")],
    ),
    # d15-059: any quoted title named a 称号 is the honour (quoted_honour_title)
    "quoted_title_named_chenghao": (
        "教师信息化素养提升大赛落幕,兴平市教育局荣获“优秀组织单位”称号。",
        [("优秀组织单位", "兴平市教育局", None)],
    ),
    # holdout f-quoted-tier: a state honour named by its level is conferred beside the result
    # (state_honour_by_level)
    "state_honour_by_level": (
        "在第十届广东省职工职业技能大赛中,湛江市总工会荣获“优秀组织奖”,"
        "湛江港集团的吴海军荣获“广东省技术能手”称号。",
        [("优秀组织奖", "湛江市总工会", None)],
    ),
    # b5a-045: X王 after a result verb, listed with another honour (king_of_contest)
    "king_of_contest": (
        "环岛赛落幕。中国恒翔车队吕先景则成为本届环岛赛的爬坡王和最佳亚洲车手。",
        [("爬坡王", "吕先景", "中国恒翔车队"), ("最佳亚洲车手", "吕先景", "中国恒翔车队")],
    ),
    # b9-090 / d10-084: 最佳 + a modifier of the role (sex, board, origin) + a role, or 作品
    # (honour_role_modifiers)
    "honour_role_modifiers": (
        "乒乓球比赛落幕。一公司王黔、吴秋璇荣获本场比赛最佳男女运动员。",
        [("最佳男女运动员", "王黔", "一公司"), ("最佳男女运动员", "吴秋璇", "一公司")],
    ),
    # d9-075: a title conferred on a placed winner restates the place (title_with_a_place)
    "title_with_a_place": (
        "象棋校际联赛落幕。来自大兴第一实验小学的陈旻洁以五战全胜的战绩获得第一名,"
        "同时获得“小棋手之星”称号。",
        [("第一名", "陈旻洁", "大兴第一实验小学")],
    ),
    # 获校园“十佳歌手”冠军: a title in the gap before a tier names the contest, no title won
    # (title_in_gap_is_no_tier)
    "title_in_gap_is_no_tier": (
        "校园十佳歌手大赛决赛举行。电子信息工程学院杨人懿获校园“十佳歌手”冠军。",
        [("冠军", "杨人懿", "电子信息工程学院")],
    ),
    # b8-062 / d13-051: bare places (no 名) listed after a spreading or ranking verb
    # (bare_places_spread)
    "bare_places_spread": (
        "拔河比赛落幕。蚊香管、中籍团队、计划科分别获得第三、第四和第五的好成绩。",
        [("第三", "蚊香管", None), ("第四", "中籍团队", None), ("第五", "计划科", None)],
    ),
    # b5a-043 / d10-070: 被 + the conferring body + 授予: the subject before 被 won
    # (passive_agent_confers); an active 市总工会授予A… names no winner before the verb
    "passive_agent_confers": (
        "职工运动会落幕。同时,集团代表队被组委会授予优秀组织奖和道德风尚奖。",
        [("优秀组织奖", "集团代表队", None), ("道德风尚奖", "集团代表队", None)],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
