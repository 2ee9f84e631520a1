"""Shapes read from dev13's misses and extras (mixed award news: products, photos, writing, sport):
one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest

from yunmei import events as ev


@pytest.fixture(autouse=True)
def strict(monkeypatch):
    monkeypatch.setattr(ev, "STRICT", True)


def pairs(text: str) -> list[tuple]:
    return [
        (a["tier"], r["name"], r["affiliation"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    ]


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
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert pairs(text) == expected
