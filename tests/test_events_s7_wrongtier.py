"""Shapes found from the `emitted: other tier` misses (seventh session, wrongtier): one named shape
per row, a short real fragment each, checked as (tier, category, recipient) triples."""

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
    # d6c-059 / d12-045: 总分 before a place is its category, as 团体总分 is (the labels' norm:
    # 总分 / 男子组总分 / 个人总分 + 第一名 in six sets, never 总分第一名 as a tier)
    "score_total_prefix_is_category": (
        "经过激烈角逐,徐淙祥获得本次大赛总分第一名,夏新发获得了三等奖。",
        [("第一名", "总分", "徐淙祥"), ("三等奖", None, "夏新发")],
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert _awards(text) == sorted(expected)
