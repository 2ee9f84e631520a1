"""Learned steps for award pairs (issue 15): host-grouped cross-validation against the rules alone.

    .venv/bin/python scripts/events_learned_experiment.py                 # every experiment, a table
    .venv/bin/python scripts/events_learned_experiment.py --only filter   # one of filter/loose/crf
    .venv/bin/python scripts/events_learned_experiment.py --json OUT.json # the figures as JSON too
    .venv/bin/python scripts/events_learned_experiment.py --cpu           # what the filter would cost

The result was NEGATIVE (tests/data/events/README.md, "Learned steps"): no variant raised the
out-of-fold pair F1 over the rules alone, so nothing ships and ``extract_events`` is unchanged.
This script is kept so the next attempt starts from measured figures, not from a guess.

Data: the labelled real passages ``tests/data/events/real/*.json`` (533; every split, blind4
included: the next round's blind set lives elsewhere and is never read here). The hand-written
sets join the training data of the filter (never its scoring). Folds group passages by host
(``site``), ``zlib.crc32(host) % 5``. Pairs are scored with the benchmark's own measure
(``benchmarks/events_quality._pairs``: (tier, recipient) multisets per passage).

Experiments (each against the rules alone on the same folds):
- ``filter``: (a) a logistic accept/reject step over the rules' candidate pairs (features of the
  pair, its tier, the recipient's form and the words around it); threshold chosen by an inner
  host-grouped cross-validation on the training folds (candidate-level F1), plus a sweep.
- ``loose``: (b, no tagger) every name-like piece within three lines of a tier word, paired with
  the nearest tier, the pairs the rules did not make scored by a logistic model; threshold sweep.
- ``crf``: (b) a character CRF (python-crfsuite, BIO over recipient names, optional: skipped when
  the package is absent) on lines within three lines of a tier word; its names the rules did not
  make paired with the nearest tier, either all kept above a CRF marginal or scored by a logistic
  model over the same features; threshold sweep.

The rules' candidates are read without any hook in ``yunmei/events``: ``capture`` wraps
``assembly.split_sentences`` and ``assembly._drop_restated_places`` for the duration of a call.
Deterministic: plain-Python logistic regression (AdaGrad, fixed order), CRFsuite's L-BFGS.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.events_quality import _norm, _pairs  # noqa: E402 - the benchmark's pair measure
from yunmei.events import assembly, extract_events  # noqa: E402
from yunmei.events import lexicon as lx  # noqa: E402
from yunmei.events.recipients import recipients, split_items  # noqa: E402
from yunmei.events.tiers import expand_tiers  # noqa: E402

DATA = ROOT / "tests" / "data" / "events"
HAND = ("cases.json", "holdout.json", "holdout2.json")
FOLDS = 5
EPOCHS = 40
RATE = 0.2
L2 = 1e-3
NEG_WEIGHT = 3.0  # a false pair costs precision the targets cannot spare
SWEEP = (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
NEAR_LINES = 3  # a name this many lines from a tier word may belong to it (tables, lists)

# ---- features of one candidate pair ----------------------------------------------------------

# words around a pair that tell a result from a plan, a rule, a history or a mere entrant
CUES = (
    "分别", "依次", "由", "获得", "荣获", "获", "夺得", "摘得", "夺", "为", "是", "、", ",", ";", ":",
    "将", "拟", "曾", "报名", "设", "参加", "参赛", "战胜", "击败", "负于", "不敌", "对阵", "晋级",
    "入围", "颁奖", "颁发", "和", "与", "及", "等", "队", "《", "的", "以", "名", "组", "奖", "评选",
    "推荐", "选送", "指导", "老师", "同学", "选手", "去年", "上届", "力争", "有望", "争夺", "角逐",
    "决赛", "成绩", "分", "秒", "(", "|", "第", "届", "年",
)  # fmt: skip
NEG_CUES = ("将", "拟", "报名", "设", "力争", "有望", "争夺", "角逐", "曾", "去年", "上届", "评选")
_CLAUSE_STOP_RE = re.compile(r"[,;。!?:\n]")
_SPACE_RE = re.compile(r"\s+")
_LINE_SPLIT_RE = re.compile(r"[。!?\n]")
_PIECE_EDGE_RE = re.compile(r"^[ ()()\[\]【】.\d]+|[ ()()\[\]【】.\d]+$")  # numbering, brackets
_PIECE_SPLIT_RE = re.compile(r"[,;:|、\t]| {2,}")


def bucket(n: int) -> str:
    """A small integer kept, a larger one by its order of magnitude."""
    if n < 0:
        return "-" + bucket(-n)
    return str(n) if n <= 3 else f"~{int(math.log2(n))}"


def char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isdigit():
        return "d"
    if ch.isascii() and ch.isalpha():
        return "a"
    if ch.isspace():
        return "s"
    return "p"


def name_shape(name: str) -> str:
    """The name's character classes, runs collapsed (张三 -> h, U17队 -> dah)."""
    out: list[str] = []
    for ch in name:
        k = char_class(ch)
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out[:6])


def locate(text: str, name: str, near: int) -> int:
    """Where `name` stands in `text` (the occurrence nearest `near`), -1 when it does not."""
    best, at = -1, text.find(name)
    while at >= 0:
        if best < 0 or abs(at - near) < abs(best - near):
            best = at
        at = text.find(name, at + 1)
    return best


def features(
    text: str,
    tier_at: int,
    tier: str,
    category: str | None,
    r: dict,
    listed: bool,
    n_recips: int,
    index: int,
) -> list[str]:
    """The sparse features of one candidate pair; `text` is the sentence (or line) it came from."""
    name = _SPACE_RE.sub("", r.get("name") or "")
    f = ["bias", f"kind={r.get('kind')}", f"aff={bool(r.get('affiliation'))}", f"listed={listed}"]
    word = "noun" if tier in lx.RESULT_NOUNS else "verb" if tier in lx.RESULT_VERBS else "other"
    f += [f"tier={tier}", f"tier_word={word}", f"tier_end={tier[-1:]}"]
    f += [f"tier_quoted={'“' in tier}", f"cat={category is not None}"]
    f.append(f"n={bucket(n_recips)}")
    f.append(f"idx={'first' if index == 0 else 'last' if index == n_recips - 1 else 'mid'}")
    f += [f"len={bucket(len(name))}", f"shape={name_shape(name)}"]
    f += [f"first={name[:1]}", f"last={name[-1:]}", f"last2={name[-2:]}"]
    f.append(f"person_re={bool(lx.PERSON_RE.fullmatch(name))}")
    f.append(f"org_end={bool(lx.ORG_END_RE.search(name))}")
    f.append(f"team_end={bool(lx.TEAM_END_RE.search(name))}")
    f.append(f"work={name.startswith('《')}")
    f += [
        f"has={m}"
        for m in ("·", "(", "“", "组", "赛", "奖", "名", "的", "在", "获", "和")
        if m in name
    ]
    at = locate(text, name, tier_at)
    if at < 0:
        return [*f, "absent"]
    end = at + len(name)
    f += [
        f"before={text[max(at - 1, 0) : at] or '^'}",
        f"before2={text[max(at - 2, 0) : at] or '^'}",
    ]
    f += [f"after={text[end : end + 1] or '$'}", f"after2={text[end : end + 2] or '$'}"]
    if not listed and tier_at >= 0:
        dist = at - tier_at
        f += [f"side={'before' if dist < 0 else 'after'}", f"dist={bucket(dist)}"]
        lo, hi = (end, tier_at) if dist < 0 else (tier_at, at)
        between = text[lo:hi]
        f.append(f"between_len={bucket(len(between))}")
        f += [f"between={cue}" for cue in CUES if cue in between]
    start = max((m.end() for m in _CLAUSE_STOP_RE.finditer(text, 0, at)), default=0)
    stop = _CLAUSE_STOP_RE.search(text, at)
    clause = text[start : stop.start() if stop else len(text)]
    f.append(f"clause_len={bucket(len(clause))}")
    f += [f"clause={cue}" for cue in NEG_CUES if cue in clause]
    f += [f"sent_len={bucket(len(text))}", f"line_bar={'|' in text}"]
    return f


# ---- a logistic model ------------------------------------------------------------------------


class Model:
    """A logistic model over sparse binary features, with the threshold it keeps pairs at."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.5) -> None:
        self.weights = weights
        self.threshold = threshold

    def probability(self, feats: list[str]) -> float:
        z = sum(self.weights.get(k, 0.0) for k in feats)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def __call__(self, feats: list[str], pair: tuple[str, str] | None = None) -> bool:
        return self.probability(feats) >= self.threshold


def train(samples: list[tuple[list[str], int]]) -> dict[str, float]:
    """L2 logistic regression by AdaGrad over the samples in their given order (deterministic)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    for _ in range(EPOCHS):
        for feats, y in samples:
            z = sum(w.get(k, 0.0) for k in feats)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            grad = (p - y) * (1.0 if y else NEG_WEIGHT)
            for k in feats:
                wk = w.get(k, 0.0)
                g = grad + L2 * wk
                g2[k] = g2.get(k, 0.0) + g * g
                w[k] = wk - RATE * g / math.sqrt(g2[k])
    return {k: round(v, 6) for k, v in sorted(w.items()) if abs(v) >= 1e-6}


def auc(scored: list[tuple[float, int]]) -> float:
    """The chance that a right pair scores above a wrong one (ties count half)."""
    pos = sorted(p for p, y in scored if y)
    neg = [p for p, y in scored if not y]
    if not pos or not neg:
        return 1.0
    above = sum(
        len(pos)
        - bisect.bisect_right(pos, q)
        + 0.5 * (bisect.bisect_right(pos, q) - bisect.bisect_left(pos, q))
        for q in neg
    )
    return above / (len(pos) * len(neg))


def pick_threshold(scored: list[tuple[float, int]], n_gold: int) -> float:
    """The threshold that maximises candidate-level pair F1 on out-of-fold scores (lowest on ties)."""
    best, best_t = -1.0, 0.0
    for t in [i / 100 for i in range(0, 100, 2)]:
        kept = [y for p, y in scored if p >= t]
        if not kept or not n_gold:
            continue
        prec, rec = sum(kept) / len(kept), sum(kept) / n_gold
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best + 1e-12:
            best, best_t = f1, t
    return best_t


# ---- data, folds, scoring --------------------------------------------------------------------


# a blind split not yet scored is never read here (benchmarks/events_quality.py's SETS, tuned False)
UNSCORED = frozenset({"blind11.json"})


def load_real() -> list[dict]:
    return [
        c
        for p in sorted((DATA / "real").glob("*.json"))
        if p.name not in UNSCORED
        for c in json.loads(p.read_text("utf-8"))
    ]


def load_hand() -> list[dict]:
    return [c for n in HAND for c in json.loads((DATA / n).read_text("utf-8"))]


def fold_of(case: dict, k: int = FOLDS) -> int:
    """The case's fold: all passages of one host (site) fall in the same fold."""
    host = case.get("site") or case.get("source_url") or case["id"]
    return zlib.crc32(host.encode("utf-8")) % k


def gold_of(case: dict) -> Counter:
    return _pairs(case["expected"]["events"])


def run(case: dict) -> list[dict]:
    return extract_events(case["text"], case.get("published_at"), title=case.get("title"))


def prf(cases: list[dict], predicted: list[Counter]) -> dict:
    """P/R/F1 of pairs and clean negatives, summed over passages (the benchmark's measure)."""
    tp = n_pred = n_gold = dirty = negatives = 0
    for case, pp in zip(cases, predicted, strict=True):
        gp = gold_of(case)
        tp += sum((gp & pp).values())
        n_pred += sum(pp.values())
        n_gold += sum(gp.values())
        if not case["expected"]["events"]:
            negatives += 1
            dirty += bool(pp)
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "labelled": n_gold,
            "negatives_clean": f"{negatives - dirty}/{negatives}"}  # fmt: skip


# ---- (a) the rules' candidates, read without a hook ------------------------------------------

Judge = Callable[[list[str], tuple[str, str]], bool]


def candidates(awards: list, by_idx: dict, n_listed: int) -> Iterator[tuple[int, dict, list[str]]]:
    """(award index, recipient, features) for every candidate pair of the rules' `awards`."""
    for ai, (pos, tier, cat, recips) in enumerate(awards):
        listed = ai < n_listed
        sent = by_idx.get(pos[0])
        text = sent.text if sent is not None else ""
        if listed and sent is not None:  # a list's names are on their own lines of the paragraph
            para = [s.text for s in by_idx.values() if s.para == sent.para and s.idx >= 0]
            text = next((t for t in para if recips and recips[0]["name"] in t), text)
        for ri, r in enumerate(recips):
            yield ai, r, features(text, pos[1], tier, cat, r, listed, len(recips), ri)


def judged(awards: list, by_idx: dict, n_listed: int, judge: Judge) -> list:
    """`awards` without the recipients `judge` rejects (the first `n_listed` entries kept in place)."""
    rejected = {
        id(r)
        for ai, r, feats in candidates(awards, by_idx, n_listed)
        if not judge(feats, (awards[ai][1], r["name"]))
    }
    out = []
    for ai, (pos, tier, cat, recips) in enumerate(awards):
        kept = [r for r in recips if id(r) not in rejected]
        if kept or ai < n_listed:  # listed entries stay, empty or not: n_listed counts them
            out.append((pos, tier, cat, kept))
    return out if any(a[3] for a in out) else []


@contextmanager
def capture(judge: Judge) -> Iterator[None]:
    """Inside: `extract_events` asks `judge` about each candidate pair before the rules' last steps."""
    split, drop = assembly.split_sentences, assembly._drop_restated_places
    seen: dict[str, dict] = {}

    def split_spy(body: str, title: str):
        sents = split(body, title)
        seen["by_idx"] = {s.idx: s for s in sents}
        return sents

    def drop_spy(awards: list, n_listed: int, printed=None) -> list:
        return drop(judged(awards, seen.get("by_idx", {}), n_listed, judge), n_listed, printed)

    assembly.split_sentences, assembly._drop_restated_places = split_spy, drop_spy
    try:
        yield
    finally:
        assembly.split_sentences, assembly._drop_restated_places = split, drop


def collect(cases: list[dict]) -> list[list[tuple[list[str], int]]]:
    """Per case: the rules' candidate pairs as (features, 1 if labelled else 0)."""
    out = []
    for case in cases:
        gold = gold_of(case)
        seen: list[tuple[list[str], int]] = []

        def record(feats: list[str], pair: tuple[str, str], seen=seen, gold=gold) -> bool:
            seen.append((feats, int((pair[0], _norm(pair[1])) in gold)))
            return True

        with capture(record):
            run(case)
        out.append(seen)
    return out


def fit_filter(cands: list[list], cases: list[dict], extra: list) -> Model:
    """A filter and its threshold, chosen by an inner host-grouped cross-validation."""
    scored: list[tuple[float, int]] = []
    inner = [fold_of(c, FOLDS - 1) for c in cases]
    for k in range(FOLDS - 1):
        m = Model(train([s for i, cs in enumerate(cands) if inner[i] != k for s in cs] + extra))
        scored += [
            (m.probability(f), y) for i, cs in enumerate(cands) if inner[i] == k for f, y in cs
        ]
    n_gold = sum(sum(gold_of(c).values()) for c in cases)
    return Model(train([s for cs in cands for s in cs] + extra), pick_threshold(scored, n_gold))


def exp_filter(real: list[dict], hand: list[dict], rules: list[Counter]) -> dict:
    cands = collect(real)
    extra = [s for cs in collect(hand) for s in cs]
    folds = [fold_of(c) for c in real]
    inner_cv: list[Counter] = [Counter()] * len(real)
    sweep: dict[float, list[Counter]] = {t: [Counter()] * len(real) for t in SWEEP}
    thresholds = []
    oof: list[tuple[float, int]] = []  # candidate-level scores of the fold that did not see them
    for k in range(FOLDS):
        tr = [i for i, f in enumerate(folds) if f != k]
        m = fit_filter([cands[i] for i in tr], [real[i] for i in tr], extra)
        thresholds.append(m.threshold)
        oof += [
            (m.probability(f), y) for i in range(len(real)) if folds[i] == k for f, y in cands[i]
        ]
        for i in (i for i, f in enumerate(folds) if f == k):
            with capture(m):
                inner_cv[i] = _pairs(run(real[i]))
            for t in SWEEP:
                with capture(Model(m.weights, t)):
                    sweep[t][i] = _pairs(run(real[i]))
    n_neg = sum(1 for cs in cands for _f, y in cs if not y)
    return {
        "about": f"{sum(map(len, cands))} candidate pairs, {n_neg} wrong, out-of-fold AUC "
        f"{auc(oof):.3f}; inner-CV thresholds {thresholds}",
        "variants": {
            "filter, threshold by inner CV": inner_cv,
            **{f"filter, threshold {t}": v for t, v in sweep.items()},
        },
    }


# ---- (b) names the rules did not pair: loose pieces or a CRF, nearest tier ---------------------


def lines_near_tiers(text: str) -> tuple[list[str], list[list[tuple[int, int, str]]], list[int]]:
    """The passage's lines, the tier words of each, and the lines within NEAR_LINES of a tier."""
    body = text.translate(lx.CANON)
    lines = [s for s in (x.strip() for x in _LINE_SPLIT_RE.split(body)) if s]
    tiers = [[(*m.span(), m.group(0)) for m in lx.TIER_ANY_RE.finditer(s)] for s in lines]
    near = [i for i in range(len(lines)) if any(tiers[max(i - NEAR_LINES, 0) : i + NEAR_LINES + 1])]
    return lines, tiers, near


def nearest_tier(lines, tiers, li: int, off: int) -> tuple[int, str, str] | None:
    """(offset or -1, tier, how) of the tier word nearest a name at `off` of line `li`."""
    if tiers[li]:
        a, _b, tier = min(tiers[li], key=lambda t: abs(t[0] - off))
        return a, tier, "same"
    for d in (-1, 1, -2, 2, -3, 3):
        if 0 <= li + d < len(lines) and tiers[li + d]:
            return -1, tiers[li + d][0 if d > 0 else -1][2], f"line{d:+d}"
    return None


def loose_names(line: str) -> list[tuple[int, dict]]:
    """Name-like pieces of a line as the rules read them loosely (the model judges them)."""
    cuts = sorted(
        [m.span() for m in lx.TIER_ANY_RE.finditer(line)]
        + [m.span() for m in lx.VERB_RE.finditer(line)]
        + [m.span() for m in _PIECE_SPLIT_RE.finditer(line)]
    )
    pieces, last = [], 0
    for a, b in cuts:
        if a > last:
            pieces.append((last, line[last:a]))
        last = max(last, b)
    pieces.append((last, line[last:]))
    out: list[tuple[int, dict]] = []
    for off, raw in pieces:
        piece = _PIECE_EDGE_RE.sub("", raw)
        if not 2 <= len(piece) <= 40:
            continue
        for item in split_items(piece) or [piece]:
            item = item.strip()
            if not 2 <= len(item) <= 20:
                continue
            found = recipients(item, strict=False)
            if not found and len(item) <= 12 and not lx.TIER_ANY_RE.search(item):
                found = [{"name": item, "kind": None, "affiliation": None}]
            out.extend((off + max(raw.find(item), 0), r) for r in found)
    return out


def pair_features(line: str, how: str, t_at: int, tier: str, r: dict, n: int, i: int) -> list[str]:
    return [*features(line, t_at, tier, None, r, False, n, i), f"how={how}"]


def new_pairs(case: dict, rules: Counter, names_of) -> dict[tuple[str, str], list[str]]:
    """(tier, name) -> features, for the names `names_of(line, li)` finds that the rules left out."""
    ruled = {n for _t, n in rules}
    lines, tiers, near = lines_near_tiers(case["text"])
    out: dict[tuple[str, str], list[str]] = {}
    for li in near:
        names = names_of(lines[li], li)
        for ni, (off, r, extra) in enumerate(names):
            hit = nearest_tier(lines, tiers, li, off)
            if hit is None or _norm(r["name"]) in ruled:
                continue
            t_at, tier, how = hit
            t = (expand_tiers(tier) or [tier])[0]
            f = pair_features(lines[li], how, t_at, t, r, len(names), ni) + extra
            out.setdefault((t, _norm(r["name"])), f)
    return out


def scored_union(real, rules, proposed, folds) -> dict[str, list[Counter]]:
    """Rules' pairs plus the proposed pairs a fold's logistic model keeps, per sweep threshold."""
    probs: list[dict] = [{}] * len(real)
    for k in range(FOLDS):
        tr = [
            (f, int(key in gold_of(real[i])))
            for i in range(len(real))
            if folds[i] != k
            for key, f in proposed[i].items()
        ]
        m = Model(train(tr))
        for i in (i for i in range(len(real)) if folds[i] == k):
            probs[i] = {key: m.probability(f) for key, f in proposed[i].items()}
    return {
        f"logistic, threshold {t}": [
            rules[i] + Counter({key for key, p in probs[i].items() if p >= t})
            for i in range(len(real))
        ]
        for t in SWEEP
    }


def exp_loose(real: list[dict], hand: list[dict], rules: list[Counter]) -> dict:
    def names_of(line: str, _li: int) -> list:
        return [(off, r, []) for off, r in loose_names(line)]

    proposed = [new_pairs(c, rules[i], names_of) for i, c in enumerate(real)]
    right = sum(key in gold_of(real[i]) for i, p in enumerate(proposed) for key in p)
    return {
        "about": f"{sum(map(len, proposed))} new pairs proposed, {right} of them labelled",
        "variants": scored_union(real, rules, proposed, [fold_of(c) for c in real]),
    }


def crf_features(line: str, tiers: list[tuple[int, int, str]]) -> list[list[str]]:
    """Per character: itself and its neighbours, classes, surname starts, tier words near it."""
    in_tier = [0] * len(line)
    for a, b, _t in tiers:
        for k in range(a, b):
            in_tier[k] = 1
    n = len(line)

    def at(j: int) -> str:
        return line[j] if 0 <= j < n else ("^" if j < 0 else "$")

    out = []
    for i, ch in enumerate(line):
        f = ["b", f"c0={ch}", f"c-1={at(i - 1)}", f"c1={at(i + 1)}", f"c-2={at(i - 2)}"]
        f += [f"c2={at(i + 2)}", f"b-1={at(i - 1)}{ch}", f"b1={ch}{at(i + 1)}"]
        f += [f"k0={char_class(ch)}", f"k-1={char_class(at(i - 1))}", f"k1={char_class(at(i + 1))}"]
        f += [f"tier={in_tier[i]}", f"line_tier={bool(tiers)}"]
        if ch in _SURNAMES_1:
            f.append("s1")
        if line[i : i + 2] in _SURNAMES_2:
            f.append("s2")
        if tiers:
            f.append(f"td={bucket(min(abs(i - a) for a, _b, _t in tiers))}")
        out.append(f)
    return out


_SURNAMES_1 = frozenset(w for w in lx.words("surnames") if len(w) == 1)
_SURNAMES_2 = frozenset(w for w in lx.words("surnames") if len(w) == 2)


def crf_labels(line: str, names: set[str]) -> list[str]:
    """B/I over every labelled recipient name in the line (spaces inside a name allowed), else O."""
    y = ["O"] * len(line)
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"\s*".join(map(re.escape, name)), line):
            if all(y[k] == "O" for k in range(m.start(), m.end())):
                y[m.start()] = "B"
                for k in range(m.start() + 1, m.end()):
                    y[k] = "I"
    return y


def crf_names(tagger, prepared_rows):
    """names_of(line, li) for `new_pairs`: the B…I spans the CRF tags on each prepared line, with
    their B marginal as a feature."""
    tagged = {}
    for li, x, _y in prepared_rows:  # a marginal refers to the sequence tagged last
        y = tagger.tag(x)
        tagged[li] = (y, {j: tagger.marginal("B", j) for j, t in enumerate(y) if t == "B"})

    def names_of(line: str, li: int) -> list:
        (y, marg), out, j = tagged[li], [], 0
        while j < len(y):
            if y[j] != "B":
                j += 1
                continue
            e = j + 1
            while e < len(y) and y[e] == "I":
                e += 1
            r = {"name": _SPACE_RE.sub("", line[j:e]), "kind": None, "affiliation": None}
            m = marg[j]
            out.append((j, r, [f"marginal={int(m * 5)}", f"m={m}"]))
            j = e
        return out

    return names_of


def exp_crf(real: list[dict], hand: list[dict], rules: list[Counter]) -> dict | None:
    try:
        import pycrfsuite
    except ImportError:
        print("python-crfsuite is not installed: the crf experiment is skipped", file=sys.stderr)
        return None
    import tempfile

    folds = [fold_of(c) for c in real]
    prepared = []
    for case in real:
        lines, tiers, near = lines_near_tiers(case["text"])
        names = {n for _t, n in gold_of(case)}
        prepared.append(
            [(li, crf_features(lines[li], tiers[li]), crf_labels(lines[li], names)) for li in near]
        )
    proposed: list[dict] = [{}] * len(real)
    tmp = Path(tempfile.mkdtemp())
    for k in range(FOLDS):
        trainer = pycrfsuite.Trainer(verbose=False)
        for i, rows in enumerate(prepared):
            if folds[i] != k:
                for _li, x, y in rows:
                    trainer.append(x, y)
        trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 80})
        trainer.train(str(tmp / f"fold{k}.crf"))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp / f"fold{k}.crf"))
        for i in (i for i in range(len(real)) if folds[i] == k):
            proposed[i] = new_pairs(real[i], rules[i], crf_names(tagger, prepared[i]))
    variants: dict[str, list[Counter]] = {}
    for t in SWEEP:
        variants[f"CRF names kept at marginal >= {t}"] = [
            rules[i] + Counter({key for key, f in proposed[i].items() if _marginal(f) >= t})
            for i in range(len(real))
        ]
    plain = [
        {key: [x for x in f if not x.startswith("m=")] for key, f in p.items()} for p in proposed
    ]
    variants.update(scored_union(real, rules, plain, folds))
    right = sum(key in gold_of(real[i]) for i, p in enumerate(proposed) for key in p)
    return {"about": f"{sum(map(len, proposed))} new pairs from CRF names, {right} of them labelled",
            "variants": variants}  # fmt: skip


def _marginal(f: list[str]) -> float:
    return next(float(x[2:]) for x in f if x.startswith("m="))


# ---- report ----------------------------------------------------------------------------------

EXPERIMENTS = {"filter": exp_filter, "loose": exp_loose, "crf": exp_crf}


def cross_validate(only: str | None = None) -> dict:
    real, hand = load_real(), load_hand()
    rules = [_pairs(run(c)) for c in real]
    blind4 = [i for i, c in enumerate(real) if c["id"].startswith("b4")]

    def rows_of(pred: list[Counter]) -> dict:
        return {
            "all 533": prf(real, pred),
            "blind4 90": prf([real[i] for i in blind4], [pred[i] for i in blind4]),
        }

    out = {"rules only": rows_of(rules), "experiments": {}}
    for name, fn in EXPERIMENTS.items():
        if only and name != only:
            continue
        t0 = time.process_time()
        res = fn(real, hand, rules)
        if res is None:
            continue
        out["experiments"][name] = {
            "about": res["about"],
            "cpu_s": round(time.process_time() - t0, 1),
            "variants": {k: rows_of(v) for k, v in res["variants"].items()},
        }
    return out


def print_table(res: dict) -> None:
    def row(label: str, r: dict) -> str:
        a, b = r["all 533"], r["blind4 90"]
        return (
            f"| {label} | {a['P']:.3f} / {a['R']:.3f} / {a['F1']:.3f} | {a['negatives_clean']} "
            f"| {b['P']:.3f} / {b['R']:.3f} / {b['F1']:.3f} |"
        )

    print(
        "| out-of-fold (5 folds by host) | all 533: P / R / F1 | negatives clean | blind4 part: P / R / F1 |"
    )
    print("|---|---|---|---|")
    print(row("rules only", res["rules only"]))
    for name, e in res["experiments"].items():
        print(f"| **{name}**: {e['about']} | | | |")
        for label, r in e["variants"].items():
            print(row(label, r))


def cpu_of_filter(articles: int = 300) -> str:
    """CPU per sitegen article of extract_events with and without the filter's features and score."""
    import tempfile

    import yunmei.extract.complete as complete
    from benchmarks import sitegen
    from benchmarks.reprocess import write_warc
    from yunmei.extract import extract_article
    from yunmei.reprocess import read_pages

    tmp = Path(tempfile.mkdtemp())
    manifest = sitegen.generate(tmp / "site", articles, 1)
    write_warc(tmp / "site", manifest, tmp / "w.warc.gz")
    pages = [p for p in read_pages(tmp / "w.warc.gz") if p.skip is None]
    calls: list[tuple] = []
    orig = complete.extract_events

    def spy(*a, **k):
        calls.append((a, k))
        return orig(*a, **k)

    complete.extract_events = spy
    try:
        for p in pages:
            extract_article(p.body, p.url, p.headers)
    finally:
        complete.extract_events = orig
    real = load_real()
    model = Model(train([s for cs in collect(real) for s in cs]), 0.0)  # keeps all: cost only

    def ms(judge) -> float:
        best = math.inf
        for _ in range(3):
            t = time.process_time()
            for a, k in calls:
                if judge is None:
                    extract_events(*a, **k)
                else:
                    with capture(judge):
                        extract_events(*a, **k)
            best = min(best, (time.process_time() - t) * 1000 / len(calls))
        return best

    ms(None)
    plain, filtered = ms(None), ms(model)
    return (
        f"extract_events {plain:.3f} ms/article, with the filter {filtered:.3f} ms/article "
        f"(+{filtered - plain:.3f}) over {len(calls)} sitegen articles (CPU, best of 3)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=tuple(EXPERIMENTS), default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--cpu", action="store_true", help="the filter's CPU per sitegen article")
    args = ap.parse_args(argv)
    if args.cpu:
        print(cpu_of_filter())
        return 0
    res = cross_validate(args.only)
    print_table(res)
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
