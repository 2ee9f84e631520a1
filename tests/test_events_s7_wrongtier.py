"""Shapes found from the `emitted: other tier` misses (seventh session, wrongtier): one named shape
per row, a short real fragment each, checked as (tier, category, recipient) triples."""

from __future__ import annotations

import pytest
from events_pairs import tier_category_names as _awards

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d6c-059 / d12-045: 总分 before a place is its category, as 团体总分 is (the labels' norm:
    # 总分 / 男子组总分 / 个人总分 + 第一名 in six sets, never 总分第一名 as a tier)
    "score_total_prefix_is_category": (
        "经过激烈角逐,徐淙祥获得本次大赛总分第一名,夏新发获得了三等奖。",
        [("第一名", "总分", "徐淙祥"), ("三等奖", None, "夏新发")],
    ),
    # d6d-031: a place and its crown word before 被/由 (place_crown_won_by): the place is the tier,
    # with or without 的 (第一名的桂冠被A摘得 was read; 第一名桂冠 gave the crown word as the tier)
    "place_crown_won_by": (
        "11月18日,公司电焊工、电工技术比武成绩揭晓。电焊工、电工第一名桂冠分别被三公司的熊文浩、傅涛摘得。",
        [("第一名", None, "熊文浩"), ("第一名", None, "傅涛")],
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert _awards(text) == sorted(expected)
