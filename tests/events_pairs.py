"""The (tier, recipient, affiliation) triples the rule-table tests of real sets compare."""

from __future__ import annotations

from yunmei import events as ev


def pairs(text: str) -> list[tuple]:
    return [
        (a["tier"], r["name"], r["affiliation"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    ]
