"""The damage corpus (benchmarks/damage_corpus.py) scored by benchmarks/normalize_quality.py.

The snapshot cases are committed (tests/data/normalize/damage/); the zh-news-dev cases are made
at run time from ../shared (skipped when it is absent).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import damage_corpus, normalize_quality  # noqa: E402


def assert_done(figures: dict) -> None:
    assert figures["exact"] >= 0.97, figures["failures"][:3]
    assert figures["unrepaired_recall"] == 1.0  # every unrepairable case flagged
    assert figures["traditional_converted_false"] == 0
    assert figures["clean_changed_or_flagged"] == 0


def test_the_committed_corpus_has_every_failure_mode():
    cases = damage_corpus.snapshot_cases()
    assert len(cases) >= 300
    assert {c["mode"] for c in cases} == set(damage_corpus.ALL_MODES)
    assert {c["split"] for c in cases} == {"dev", "blind"}


def test_the_committed_corpus_is_regenerated_identically():
    """The generator with its fixed seeds makes exactly the committed cases."""
    fresh = damage_corpus.build(damage_corpus.snapshot_documents(), per_doc=12, reps=4)
    committed = damage_corpus.snapshot_cases()
    assert sorted(fresh, key=lambda c: c["id"]) == sorted(committed, key=lambda c: c["id"])


def test_snapshot_corpus():
    assert_done(normalize_quality.score(damage_corpus.snapshot_cases()))


def test_zh_news_dev_corpus():
    if not damage_corpus.ZH_NEWS_DEV.is_dir():
        pytest.skip("../shared is not present")
    cases = damage_corpus.shared_cases()
    assert len(cases) >= 300
    assert_done(normalize_quality.score(cases))
