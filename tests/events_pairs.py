"""What the rule-table tests of real sets compare: (tier, recipient, affiliation) or (tier, category,
recipient) triples, and the contest names a sentence holds."""

from __future__ import annotations

from yunmei import events as ev
from yunmei.events.facts import find_names


def pairs(text: str) -> list[tuple]:
    return [
        (a["tier"], r["name"], r["affiliation"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    ]


def tier_category_names(text: str) -> list[tuple]:
    return sorted(
        (a["tier"], a["category"], r["name"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    )


def contest_names(sentence: str) -> list[str]:
    return [m.name for m in find_names(sentence)[0]]
