"""The result-clause shape table of yunmei.events.shapes: every row has cases named after it."""

from __future__ import annotations

import pytest

from yunmei import events as ev
from yunmei.events.shapes import SHAPE_NAMES, SHAPES, clause_awards, pair

# shape -> clauses it must decide, with the (tier, recipient names) it must give
SHAPE_CASES: dict[str, list[tuple[str, list[tuple[str, list[str]]]]]] = {
    "TIER_THEN_WINNERS_ARE": [
        ("获得一等奖的是张三、李四", [("一等奖", ["张三", "李四"])]),
        ("荣获冠军的队伍为霞山区代表队", [("冠军", ["霞山区代表队"])]),
    ],
    "WINNERS_OF_TIER_ARE": [("一等奖获得者为王华", [("一等奖", ["王华"])])],
    "TIER_WON_BY": [
        ("一等奖由湛江一中获得", [("一等奖", ["湛江一中"])]),
        ("冠军被赤坎区代表队收入囊中", [("冠军", ["赤坎区代表队"])]),
    ],
    "TIER_GOES_TO": [("冠军花落霞山区代表队", [("冠军", ["霞山区代表队"])])],
    "TIER_LABEL_LIST": [("一等奖(2名):王华、李明", [("一等奖", ["王华", "李明"])])],
    "TIER_SPACE_LIST": [("二等奖 王华 李明", [("二等奖", ["王华", "李明"])])],
    "TIER_IS": [("冠军为赤坎区代表队", [("冠军", ["赤坎区代表队"])])],
    "AWARD_AFTER_VERB": [
        ("区交通运输局获得一等奖", [("一等奖", ["区交通运输局"])]),
        ("甲队、乙队分获冠、亚军", [("冠军", ["甲队"]), ("亚军", ["乙队"])]),
    ],
}


@pytest.fixture(autouse=True)
def strict(monkeypatch):
    monkeypatch.setattr(ev, "STRICT", True)


def test_every_shape_has_cases_and_rows_are_unique():
    assert [s.shape for s in SHAPES] == list(dict.fromkeys(s.shape for s in SHAPES))
    assert set(SHAPE_CASES) == SHAPE_NAMES


@pytest.mark.parametrize(
    ("shape", "clause", "expected"),
    [(shape, c, e) for shape, cases in SHAPE_CASES.items() for c, e in cases],
    ids=lambda v: v if isinstance(v, str) and v in SHAPE_CASES else None,
)
def test_shape_decides_its_cases(shape, clause, expected):
    trace: list[str] = []
    found = clause_awards(clause, trace=trace)
    assert trace == [shape]
    got = [(tier, [r["name"] for r in recips]) for f in found for tier, recips in pair(f)]
    assert got == expected
