"""The recipient well-formedness rows (yunmei/events/wellformed.py) applied to another code tree's
output: how many of its false pairs they remove, and how many right pairs they cost.

    .venv/bin/python scripts/events_wellformed_firstsight.py CODE_DIR FILE.json [FILE.json ...]

CODE_DIR holds an older ``yunmei`` (e.g. the session's start code); the rows come from this tree.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.events_quality import _pairs  # noqa: E402
from yunmei.events.wellformed import rejection, repaired  # noqa: E402

for mod in [m for m in sys.modules if m == "yunmei" or m.startswith("yunmei.")]:
    del sys.modules[mod]  # the rows are loaded: now the other tree's extractor


def main(code: str, files: list[str]) -> None:
    sys.path.insert(0, code)
    from yunmei.events import extract_events

    tot: Counter = Counter()
    rows: Counter = Counter()
    for f in files:
        for c in json.loads(Path(f).read_text(encoding="utf-8")):
            gold = _pairs(c["expected"]["events"])
            pred = extract_events(c["text"], c.get("published_at"), title=c.get("title"))
            after = []
            for e in pred:
                awards = []
                for a in e["awards"]:
                    kept = []
                    for r in a["recipients"]:
                        name = repaired(r["name"], r.get("kind"))
                        row = rejection(name, r.get("kind"))
                        if row:
                            right = (
                                gold & _pairs([{"awards": [{**a, "recipients": [r]}]}])
                            ).total()
                            tag = "right" if right else "false"
                            rows[(row, tag)] += 1
                            print(f"  {c['id']} {a['tier']} {r['name']!r}: {row} ({tag} pair)")
                            continue
                        if name != r["name"]:
                            print(f"  {c['id']} {a['tier']} {r['name']!r} -> {name!r}")
                        kept.append({**r, "name": name})
                    if kept:
                        awards.append({**a, "recipients": kept})
                if awards:
                    after.append({**e, "awards": awards})
            for label, evs in (("before", pred), ("after", after)):
                p = _pairs(evs)
                tot[label + "_pred"] += p.total()
                tot[label + "_tp"] += (p & gold).total()
                tot[label + "_events"] += len(evs)
            tot["gold"] += gold.total()
    for label in ("before", "after"):
        pr, tp = tot[label + "_pred"], tot[label + "_tp"]
        print(
            f"{label}: P {tp / pr:.3f} R {tp / tot['gold']:.3f} "
            f"({tp} right of {pr}; {tot[label + '_events']} events)"
        )
    for (row, tag), k in sorted(rows.items()):
        print(f"  {row}: {k} {tag}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
