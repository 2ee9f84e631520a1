"""Shapes found from dev18's misses (seventh session, aw18): one named shape per row, a short real
fragment each, checked as (tier, category, recipient) triples."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events

pytestmark = pytest.mark.usefixtures("strict_events")


def _awards(text: str) -> list[tuple]:
    return sorted(
        (a["tier"], a["category"], r["name"])
        for e in extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    )


SHAPES = {
    # d18-074: one winner, a list of whole categories, one tier with 团体 printed once
    # (categories_share_one_tier): the tier is won in each category
    "categories_share_one_tier": (
        "职工第十七届乒乓球比赛落幕。最终机关代表队获得男子团体、女子团体一等奖,"
        "门诊代表队获男子团体二等奖。",
        [
            ("一等奖", "女子团体", "机关代表队"),
            ("一等奖", "男子团体", "机关代表队"),
            ("二等奖", "男子团体", "门诊代表队"),
        ],
    ),
    # b5a-018: the same with groups joined by 及
    "categories_share_one_tier_ji": (
        "全县青少年足球联赛落幕。城关一小获得U8组及U10组冠军。",
        [("冠军", "U10组", "城关一小"), ("冠军", "U8组", "城关一小")],
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert _awards(text) == sorted(expected)


def test_categories_each_their_own_tier():
    # d18-074: each category with its own tier (男子团体三等、女子团体二等奖) shares no tier: one
    # 二等奖, not a second one read into 男子团体三等
    text = "职工乒乓球比赛落幕。内科代表队获男子团体三等、女子团体二等奖。"
    assert [(t, n) for t, _c, n in _awards(text)] == [("二等奖", "内科代表队")]
