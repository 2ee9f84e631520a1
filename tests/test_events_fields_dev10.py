"""Event fields, issue 15 (dev10 pass): one test per cause family, real passage fragments."""

from __future__ import annotations

import pytest

from yunmei.events.facts import event_kind


@pytest.mark.parametrize(
    ("family", "name", "kind"),
    [
        # cheerleading and aerobics are physical sports (D6): a match
        ("cheerleading_is_a_sport", "第八届校园啦啦操大赛", "match"),
        ("aerobics_is_a_sport", "我校2025年体育节健美操啦啦操比赛", "match"),
        # a trade's skills contest named a 运动会 is a competition, not a sport
        ("trade_skills_games", "第四届河南省职工技术运动会叉车工比赛", "competition"),
    ],
)
def test_kind_family(family: str, name: str, kind: str) -> None:
    assert event_kind(name, "") == kind, family
