"""Properties of ``normalize_text`` on generated inputs (10,500 in all) and on the real corpus.

Generated inputs are built from real text: passages of the snapshot's article bodies (the damage
corpus, tests/data/normalize/damage/) pushed through the corpus's own failure modes, cut
anywhere, mixed with arbitrary Unicode. Properties: idempotence; never longer than the input
(normalize_text expands no entities); clean simplified text comes back unchanged and unflagged.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import damage_corpus  # noqa: E402
from yunmei.normalize import NORMALIZE_FLAGS, NormalizedText, normalize_text  # noqa: E402

CASES = damage_corpus.snapshot_cases()
CLEAN = sorted({c["clean"] for c in CASES})
DAMAGED = sorted({c["damaged"] for c in CASES})
MODES = sorted(damage_corpus.ALL_MODES)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,  # a fixed set of inputs: the suite's run time stays what it is
    )


@st.composite
def damaged_passages(draw) -> str:
    """A real passage, cut anywhere, pushed through one failure mode."""
    passage = draw(st.sampled_from(CLEAN))
    start = draw(st.integers(0, len(passage)))
    end = draw(st.integers(start, len(passage)))
    piece = passage[start:end] or passage
    mode = draw(st.sampled_from(MODES))
    seed = draw(st.integers(0, 2**16))
    damaged, _expected, _ok = damage_corpus.damage(piece, mode, random.Random(seed))
    return damaged


@st.composite
def spliced(draw) -> str:
    """Pieces of damaged corpus text, clean text and arbitrary Unicode, glued together."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(DAMAGED).map(lambda t: t[:200]),
                st.sampled_from(CLEAN).map(lambda t: t[:200]),
                st.text(max_size=40),
                st.text(alphabet="?？\ufffd\n (（)）\u3000é锟斤拷鍧犇", max_size=20),
            ),
            min_size=1,
            max_size=5,
        )
    )
    return draw(st.sampled_from(["", "\n", " "])).join(pieces)


INPUTS = st.one_of(damaged_passages(), spliced(), st.text(max_size=300))


def check(text: str) -> NormalizedText:
    once = normalize_text(text)
    assert once.flags <= NORMALIZE_FLAGS
    assert normalize_text(once.text).text == once.text  # idempotent
    assert len(once.text) <= len(text)  # nothing added: no entity is expanded here
    return once


@_settings(4000)
@given(damaged_passages())
def test_damaged_real_text(text):
    check(text)


@_settings(3500)
@given(spliced())
def test_spliced_text(text):
    check(text)


@_settings(2500)
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    check(text)


@_settings(500)
@given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=4).map("\n".join))
def test_clean_passages_come_back_unchanged_and_unflagged(text):
    assert normalize_text(text) == NormalizedText(text, frozenset())


BODIES = dict(damage_corpus.snapshot_documents())


def test_the_snapshot_has_bodies():
    assert len(BODIES) >= 30


@pytest.mark.parametrize("name", sorted(BODIES))
def test_every_snapshot_body_comes_back_unchanged_and_unflagged(name):
    body = BODIES[name]
    result = normalize_text(body)
    assert result.text == body
    assert result.flags == frozenset()
