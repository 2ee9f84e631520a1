"""The learned-steps experiment of issue 15 (scripts/events_learned_experiment.py): its parts.

The experiment's result was negative (nothing ships; tests/data/events/README.md, "Learned steps"),
so these tests guard what the next attempt would build on: reading the rules' candidate pairs leaves
`extract_events` unchanged, a verdict on one pair changes exactly that pair, training is
deterministic, folds never split a host, and the CRF labels find spaced names.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from yunmei.events import assembly, extract_events

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "events" / "real"


@pytest.fixture(scope="module")
def exp():
    path = ROOT / "scripts" / "events_learned_experiment.py"
    spec = importlib.util.spec_from_file_location("events_learned_experiment", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _case(case_id: str) -> dict:
    for path in sorted(REAL.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case["id"] == case_id:
                return case
    raise LookupError(case_id)


def _run(case: dict) -> list[dict]:
    return extract_events(case["text"], case.get("published_at"), title=case.get("title"))


def _pairs(events: list[dict]) -> Counter:
    return Counter(
        (a["tier"], r["name"]) for e in events for a in e["awards"] for r in a["recipients"]
    )


def test_reading_candidates_changes_nothing_and_restores_assembly(exp):
    case = _case("real-182")  # a cook-off: persons with their dishes, three tiers
    plain = _run(case)
    seen: list[tuple[str, str]] = []

    def keep_all(feats: list[str], pair: tuple[str, str]) -> bool:
        assert "bias" in feats and f"tier={pair[0]}" in feats
        seen.append(pair)
        return True

    split, drop = assembly.split_sentences, assembly._drop_restated_places
    with exp.capture(keep_all):
        assert _run(case) == plain
    assert (assembly.split_sentences, assembly._drop_restated_places) == (split, drop)
    assert set(_pairs(plain)) <= set(seen)  # every pair the rules keep was a candidate first


def test_a_rejected_pair_is_dropped_and_only_it(exp):
    case = _case("real-182")
    before = _pairs(_run(case))
    wrong = ("三等奖", "《天龙地驴》")  # labelled: the dish's cook 沈赞 wins, not the dish
    assert wrong in before
    with exp.capture(lambda feats, pair: pair != wrong):
        after = _pairs(_run(case))
    assert before - after == Counter({wrong: 1})
    assert not after - before


def test_rejecting_every_pair_leaves_no_event(exp):
    case = _case("real-182")
    with exp.capture(lambda feats, pair: False):
        assert _run(case) == []


def test_training_is_deterministic_and_learns(exp):
    samples = [(["bias", "good"], 1), (["bias", "bad"], 0)] * 20 + [(["bias", "good", "x"], 1)]
    w1, w2 = exp.train(samples), exp.train(list(samples))
    assert w1 == w2
    model = exp.Model(w1, 0.5)
    assert model(["bias", "good"]) and not model(["bias", "bad"])
    assert exp.pick_threshold([(0.9, 1), (0.8, 1), (0.2, 0), (0.1, 0)], 2) <= 0.8
    assert exp.auc([(0.9, 1), (0.2, 0)]) == 1.0


def test_folds_never_split_a_host(exp):
    by_host: dict[str, set[int]] = {}
    for case in exp.load_real():
        by_host.setdefault(case["site"], set()).add(exp.fold_of(case))
    assert all(len(folds) == 1 for folds in by_host.values())
    assert len({f for folds in by_host.values() for f in folds}) == exp.FOLDS


def test_features_read_the_words_around_a_pair(exp):
    text = "经过角逐,张三获得一等奖,李四将参加下届比赛"
    f = exp.features(text, text.index("一等奖"), "一等奖", None,
                     {"name": "张三", "kind": "person", "affiliation": None}, False, 1, 0)  # fmt: skip
    assert {"side=before", "between=获得", "before=,", "person_re=True"} <= set(f)
    g = exp.features(text, text.index("一等奖"), "一等奖", None,
                     {"name": "李四", "kind": "person", "affiliation": None}, False, 1, 0)  # fmt: skip
    assert "clause=将" in g and "clause=将" not in f


def test_crf_labels_find_spaced_names(exp):
    line = "王 爽 | 英语2022级 |"
    assert exp.crf_labels(line, {"王爽"})[:4] == ["B", "I", "I", "O"]
    feats = exp.crf_features(line, [])
    assert len(feats) == len(line) and "c0=王" in feats[0] and "s1" in feats[0]
