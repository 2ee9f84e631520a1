"""Where ``yunmei.events`` loses each missed labelled pair: a table of causes over the tuned sets.

    .venv/bin/python benchmarks/events_misses.py                  # every tuned set (never a blind one)
    .venv/bin/python benchmarks/events_misses.py --set real-blind9 -v   # one set, every miss listed

Every (tier, recipient) pair labelled but not emitted is followed through the pipeline (the stages
of ``assembly.extract`` are wrapped while the passage is read; the code itself is unchanged) and
given the first cause that explains it:

- ``emitted: other tier`` / ``emitted: name boundary``: the holder was emitted, worded otherwise;
- ``dropped after found: STAGE``: a pair the sentence grammar or the list reader produced, removed
  later (well-formedness, a restatement rule, the performer rule, the event grouping);
- ``paragraph owned by list reader``: the name's paragraph was given to the list reader, which did
  not place it (the sentence grammar never reads such a paragraph);
- ``gated: …``: the name's sentence never reached the clause grammar (no tier or result word in it:
  the result is in another sentence or a layout line);
- ``guard dropped a shape's pair``: a row of the shape table produced the pair and a check of
  ``assembly.sentence_awards`` discarded it;
- ``shape: …``: the clause holding the name was read by the shape table and gave nothing
  (``no row matched``) or gave the tier to others (``name not among recipients``);
- ``tier/verb in another clause``: the name's clause has no tier or result verb; the clause that has
  one did not carry the name over to it (a subject two clauses back, a chain);
- ``name not printed as such``: the labelled name is not in the text verbatim (an expansion).

Each cause is followed by whether the name's sentence gave other pairs (``yields others``) or none.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_quality as eq  # noqa: E402

from yunmei.events import assembly  # noqa: E402
from yunmei.events import lexicon as lx  # noqa: E402
from yunmei.events.text import split_clauses  # noqa: E402

# the post-processing stages of assembly.extract, in the order they run
STAGES = (
    "well_formed",
    "_drop_restated_places",
    "_drop_restated_verbs",
    "_drop_repeated_works",
    "_drop_restated_self_reference",
    "_drop_one_letter_names",
    "_drop_restated_short_names",
    "_full_team_names",
)

LOG: dict[str, Any] = {}


def _pairs_of(awards: list) -> list[tuple[str, str]]:
    return [(eq._norm(tier), eq._norm(r["name"])) for _p, tier, _c, rs in awards for r in rs]


def install() -> None:
    """Wrap the stages of assembly so that each run leaves its trace in LOG."""

    def staged(name: str):
        f = getattr(assembly, name)

        def g(awards, *a, **k):
            out = f(awards, *a, **k)
            LOG.setdefault("stages", []).append((name, set(_pairs_of(awards)), set(_pairs_of(out))))
            return out

        return g

    for n in STAGES:
        setattr(assembly, n, staged(n))

    sentence_awards = assembly.sentence_awards

    def sa(s, *a, **k):
        awards = a[3]
        n0 = len(awards)
        LOG["current"] = s.idx
        sentence_awards(s, *a, **k)
        LOG.setdefault("sent_awards", {})[s.idx] = _pairs_of(awards[n0:])

    assembly.sentence_awards = sa

    clause_awards = assembly.clause_awards

    def ca(c, carry=None, decided=None):
        out = clause_awards(c, carry, decided)
        found = [
            ([eq._norm(t) for t in f.tiers], [eq._norm(r["name"]) for r in f.recipients])
            for f in out
        ]
        LOG.setdefault("calls", []).append((LOG.get("current"), c, found))
        return out

    assembly.clause_awards = ca

    list_awards = assembly.list_awards

    def la(lines):
        listed, paras = list_awards(lines)
        LOG["list_paras"] = set(paras)
        LOG["listed"] = {
            (eq._norm(x.tier), eq._norm(r["name"])) for x in listed for r in x.recipients
        }
        return listed, paras

    assembly.list_awards = la

    split_sentences = assembly.split_sentences

    def ss(body, head):
        LOG["sents"] = split_sentences(body, head)
        return LOG["sents"]

    assembly.split_sentences = ss

    performer_over_piece = assembly.performer_over_piece

    def pop(e, body):
        out = performer_over_piece(e, body)
        before = {
            (eq._norm(a["tier"]), eq._norm(r["name"])) for a in e["awards"] for r in a["recipients"]
        }
        after = {
            (eq._norm(a["tier"]), eq._norm(r["name"]))
            for a in out["awards"]
            for r in a["recipients"]
        }
        LOG.setdefault("performer", []).append((before, after))
        return out

    assembly.performer_over_piece = pop

    build_event = assembly.build_event

    def be(cl, *a, **k):
        LOG.setdefault("clustered", set()).update(_pairs_of(cl.awards))
        return build_event(cl, *a, **k)

    assembly.build_event = be


def _clause_cause(sentence, tier: str, name: str) -> str:
    calls = [c for c in LOG.get("calls", []) if c[0] == sentence.idx and name in c[1]]
    if any(tier in ts and name in ns for _i, _c, found in calls for ts, ns in found):
        return "guard dropped a shape's pair"
    if any(name in ns for _i, _c, found in calls for _ts, ns in found):
        return "shape: other tier"
    if any(found for _i, _c, found in calls):
        return "shape: name not among recipients"
    if calls:
        return "shape: no row matched"
    mine = [c.strip() for _o, c in split_clauses(sentence.text) if name in c]
    if not mine:
        return "name across clauses"
    if lx.TIER_ANY_RE.search(mine[0]) or lx.RESULT_VERB_RE.search(mine[0]):
        return "clause not read (skipped before shapes)"
    return "tier/verb in another clause"


def cause(tier: str, name: str, emitted: Counter) -> tuple[str, str]:
    """(cause, the sentence or the emitted pairs that show it) for one missed pair."""
    other = [t for t, n in emitted if n == name]
    if other:
        return "emitted: other tier", str(other[:3])
    near = [(t, n) for t, n in emitted if len(n) >= 2 and (name in n or n in name)]
    if near:
        same = any(t == tier for t, _n in near)
        return ("emitted: name boundary" if same else "emitted: name boundary + other tier"), str(
            near[:3]
        )
    raw = {p for ps in LOG.get("sent_awards", {}).values() for p in ps} | LOG.get("listed", set())
    if (tier, name) in raw:
        for stage, before, after in LOG.get("stages", []):
            if (tier, name) in before and (tier, name) not in after:
                return f"dropped after found: {stage}", ""
        if any((tier, name) in b and (tier, name) not in a for b, a in LOG.get("performer", [])):
            return "dropped after found: performer_over_piece", ""
        return "dropped after found: build_event", ""
    if any(n == name for _t, n in raw):
        return "found with other tier, then lost", ""
    sents = [s for s in LOG.get("sents", []) if s.idx >= 0 and name in s.text]
    if not sents:
        return "name not printed as such", ""
    if all(s.para in LOG.get("list_paras", set()) for s in sents):
        return "paragraph owned by list reader", sents[0].text[:160]
    read = [s for s in sents if s.idx in LOG.get("sent_awards", {})]
    if not read:
        t = sents[0].text
        has = lx.TIER_ANY_RE.search(t) or lx.RESULT_VERB_RE.search(t)
        return (
            "gated: sentence has tier/verb" if has else "gated: no tier/verb in its sentence"
        ), t[:160]
    s = read[0]
    yields = "yields others" if LOG["sent_awards"].get(s.idx) else "yields nothing"
    return f"{_clause_cause(s, tier, name)} / {yields}", s.text[:200]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    tuned = [k for k, *_rest, t in eq.SETS if t]
    ap.add_argument(
        "--set", choices=tuned, default=None, help="one tuned set (default: all of them)"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list every missed pair")
    args = ap.parse_args(argv)
    install()
    from yunmei.events import extract_events

    totals: Counter = Counter()
    per_set: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for key, _label, files, is_tuned in eq.SETS:
        if not is_tuned or (args.set and key != args.set):
            continue  # a blind set is never read here
        for case in eq.load_set(files):
            LOG.clear()
            pred = extract_events(case["text"], case.get("published_at"), title=case.get("title"))
            gold, emitted = eq._pairs(case["expected"]["events"]), eq._pairs(pred)
            for (tier, name), n in (gold - emitted).items():
                why, shown = cause(tier, name, emitted)
                totals[why] += n
                per_set[why][key] += n
                rows.append((case["id"], why, tier, name, shown))
    print(f"{'pairs':>6}  {'cause':52s} sets  most in")
    for why, n in totals.most_common():
        top = ", ".join(f"{k} {v}" for k, v in per_set[why].most_common(3))
        print(f"{n:6d}  {why:52s} {len(per_set[why]):4d}  {top}")
    print(f"{sum(totals.values()):6d}  missed pairs in all")
    if args.verbose:
        for row in rows:
            print("  - " + " | ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
