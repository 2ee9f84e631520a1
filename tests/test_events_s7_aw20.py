"""dev20 pass (seventh session, aw20): miss families of real-dev20 checked over all tuned sets; one
named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d6d-031 / d20-085 / b9-072: a rare surname (候, 幺, 盘) still opens a person's name
    # (rare_surname)
    "rare_surname": (
        "全县职工技能比赛落幕。电工工种的第二名、第三名分别被二公司的候振涛、一公司的张盛宏获得。",
        [("第二名", "候振涛", "二公司"), ("第三名", "张盛宏", "一公司")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert sorted(pairs(text)) == sorted(expected)
