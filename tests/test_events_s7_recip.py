"""Recipient boundaries (seventh session, recip): a name read from its list-mates, one named shape
per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d10-051: a Tibetan name among Han names of one list (list_mate_person)
    "list_mate_person": (
        "象棋比赛圆满结束。祁煜、丁睿、马婷婷、仁青尖参、杨昊晨、熊媛媛等同学分别获得中学组和"
        "小学组男女中国象棋、五子棋个人第一名。",
        [
            ("第一名", "祁煜", None),
            ("第一名", "丁睿", None),
            ("第一名", "马婷婷", None),
            ("第一名", "仁青尖参", None),
            ("第一名", "杨昊晨", None),
            ("第一名", "熊媛媛", None),
        ],
    ),
    # b4b-042: a long name after its class, as its mates are printed (list_mate_person)
    "list_mate_person_after_class": (
        "英语演讲比赛结果揭晓。二等奖:外国语学院20级英语3班李郭晨婧、物理学院20级电科2班刘名、"
        "蒙古学学院19级学前教育2班额尔敦塔娜。",
        [
            ("二等奖", "李郭晨婧", "外国语学院20级英语3班"),
            ("二等奖", "刘名", "物理学院20级电科2班"),
            ("二等奖", "额尔敦塔娜", "蒙古学学院19级学前教育2班"),
        ],
    ),
    # d6d-060: beside a single person, four letters are an idiom, not a name (list_mate_person)
    "list_mate_person_idiom": (
        "书法比赛圆满结束。席地而写、笔风豪放洒脱的尹任重获得最佳人气奖。",
        [("最佳人气奖", "尹任重", None)],
    ),
    # d12-053: a unit with no unit ending before a name, read from its one mate's unit
    # (unit_person_list)
    "unit_person_list_one_mate": (
        "技能大赛圆满落幕。最后,恒天集团杨庆源获得一等奖,国机重装刘剑、恒天集团巩云海获得二等奖。",
        [
            ("一等奖", "杨庆源", "恒天集团"),
            ("二等奖", "刘剑", "国机重装"),
            ("二等奖", "巩云海", "恒天集团"),
        ],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
