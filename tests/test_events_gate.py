"""The first-character gate of a pattern changes no match (lexicon.first_char_gate / gated)."""

import json
import re
from pathlib import Path

from yunmei.events import lexicon as lx

CASES = Path(__file__).parent / "data" / "events" / "cases.json"


def test_gate_lists_the_first_characters():
    assert lx.first_char_gate("ab|c[de]|(?<=x)f") == "(?=[acf])"  # c[de]: only c starts it
    assert lx.first_char_gate(r"x?y|\dz") == r"(?=[xy\d])"


def test_no_gate_when_any_character_can_start():
    assert lx.first_char_gate("a?") == ""  # may match empty
    assert lx.first_char_gate("[^a]b") == ""
    assert lx.first_char_gate("(?i)ab") == ""
    assert lx.gated("ab", re.IGNORECASE).pattern == "(?:ab)"


def test_gated_tier_pattern_finds_what_the_plain_one_finds():
    tier_gate = lx.first_char_gate(lx.TIER_CORE)
    tiers_gate = lx.TIERS[3 : lx.TIERS.index("])") + 2]
    plain = re.compile(lx.TIERS.replace(tiers_gate, "").replace(tier_gate, ""))
    assert "(?=[" not in plain.pattern
    texts = [c["text"] for c in json.loads(CASES.read_text(encoding="utf-8"))]
    assert lx.TIERS.startswith("(?:(?=[")
    for text in texts:
        for pos in range(len(text)):
            a, b = lx.TIER_ANY_RE.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span()), text[pos : pos + 20]
