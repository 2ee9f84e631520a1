"""Run the recipient well-formedness check (yunmei/events/wellformed.py) over every gold recipient
name of the tuned sets and list the ones it would reject or mend: it must reject none.

    .venv/bin/python scripts/events_wellformed_gold.py

The files are named one by one (the session's blind split is never read).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from yunmei.events.wellformed import mended, rejection  # noqa: E402

DATA = ROOT / "tests" / "data" / "events"
FILES = [DATA / "cases.json", DATA / "holdout.json", DATA / "holdout2.json"] + [
    DATA / "real" / f
    for f in (
        "blind.json",
        "blind2.json",
        "blind3.json",
        "blind4.json",
        "blind5.json",
        "blind6.json",
        "blind7.json",
        "blind8.json",
        "dev-01.json",
        "dev-02.json",
        "dev-03.json",
        "dev-04.json",
        "dev-05.json",
        "dev6c.json",
        "dev6d.json",
        "dev9.json",
        "dev10.json",
    )
]


def main(files: list[Path]) -> int:
    n = 0
    bad: Counter = Counter()
    for f in files:
        for case in json.loads(f.read_text(encoding="utf-8")):
            for ev in case["expected"]["events"]:
                for aw in ev["awards"]:
                    for r in aw["recipients"]:
                        n += 1
                        name = r["name"]
                        fixed = mended(r)
                        row = rejection(fixed["name"], fixed.get("kind"))
                        if row or fixed["name"] != name:
                            why = row or f"mended to {fixed['name']}"
                            bad[(f.name, case["id"], name, why)] += 1
    print(f"{n} gold recipients in {len(files)} files; {sum(bad.values())} rejected or mended")
    for (fname, cid, name, why), k in sorted(bad.items()):
        print(f"  {fname} {cid} {name!r}: {why}" + (f" (x{k})" if k > 1 else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]] or FILES))
