"""The recipient well-formedness rows (yunmei/events/wellformed.py) applied to another code tree's
output: how many of its false pairs they remove, how many right pairs they cost, and the figures
of ``benchmarks/events_quality.py`` before and after.

    .venv/bin/python scripts/events_wellformed_firstsight.py CODE_DIR FILE.json [FILE.json ...]

CODE_DIR holds an older ``yunmei`` (e.g. the session's start code, or the code as it stood when a
set arrived, which had never seen it); the rows come from this tree. The rows are applied to the
older code's finished events (in this tree they run before the events are put together, so an
event there can differ slightly); as there, a passage whose every holder is rejected is kept whole.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.events_quality import _pairs, evaluate  # noqa: E402
from yunmei.events.wellformed import mended, rejection  # noqa: E402

for mod in [m for m in sys.modules if m == "yunmei" or m.startswith("yunmei.")]:
    del sys.modules[mod]  # the rows are loaded: now the other tree's extractor


def checked(events: list[dict], gold: Counter, log: Counter, cid: str) -> list[dict]:
    """The events with every recipient mended or dropped by the rows; awards and events left
    with nobody dropped. Each rejection is printed and counted as a false or a right pair."""
    out = []
    mine: Counter = Counter()
    for e in events:
        awards = []
        for a in e["awards"]:
            kept = []
            for r in a["recipients"]:
                fixed = mended(r)
                name = fixed["name"]
                row = rejection(name, fixed.get("kind"))
                if row:
                    one = _pairs([{"awards": [{**a, "recipients": [r]}]}])
                    tag = "right" if (gold & one).total() else "false"
                    mine[(row, tag)] += 1
                    print(f"  {cid} {a['tier']} {r['name']!r}: {row} ({tag} pair)")
                    continue
                if name != r["name"]:
                    print(f"  {cid} {a['tier']} {r['name']!r} -> {name!r}")
                kept.append(fixed)
            if kept:
                awards.append({**a, "recipients": kept})
        if awards or not e["awards"]:
            out.append({**e, "awards": awards})
    if any(e["awards"] for e in events) and not any(e["awards"] for e in out):
        log[("passage kept whole", "its holders all rejected")] += 1
        print(f"  {cid} passage kept as it was: every holder rejected")
        return events  # as in assembly: the check never empties a passage
    log.update(mine)
    return out


def main(code: str, files: list[str]) -> None:
    sys.path.insert(0, code)
    from yunmei.events import extract_events

    cases = [c for f in files for c in json.loads(Path(f).read_text(encoding="utf-8"))]
    gold = {c["text"]: _pairs(c["expected"]["events"]) for c in cases}
    ids = {c["text"]: c["id"] for c in cases}
    log: Counter = Counter()

    def after(text, published_at=None, *, title=None):
        evs = extract_events(text, published_at, title=title)
        return checked(evs, gold[text], log, ids[text])

    for label, fn in (("before", extract_events), ("after", after)):
        r = evaluate(cases, fn)
        a, e = r["awards"], r["events"]
        print(
            f"{label}: awards P {a['precision']:.3f} R {a['recall']:.3f}  "
            f"events P {e['precision']:.3f} R {e['recall']:.3f}  fields {r['field_accuracy']:.3f}  "
            f"false alarms {len(r['false_alarms'])}"
        )
    for (row, tag), k in sorted(log.items()):
        print(f"  {row}: {k} {tag}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
