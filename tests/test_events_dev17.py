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
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
