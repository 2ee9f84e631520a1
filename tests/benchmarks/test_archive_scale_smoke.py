"""Smoke run of benchmarks/archive_scale.py at 30k articles: the JSON's shape and sane values.

No timing thresholds: the figures themselves belong to the hand-run sweep (10k/100k/1M).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from benchmarks import archive_scale  # noqa: E402

REQUIRED = {"n", "start_first_response_s", "start_peak_rss_mb", "search_common_ms", "view_max_ms",
            "neardup_ms", "db_bytes_per_article"}  # fmt: skip


def test_exponents_are_the_log_log_slope():
    rows = [{"n": 10, "neardup_ms": 2.0}, {"n": 1000, "neardup_ms": 20.0}]
    assert archive_scale.exponents(rows)["neardup_ms"] == 0.5


def test_the_corpus_is_deterministic_per_article():
    one, two = archive_scale.Corpus(16), archive_scale.Corpus(16)
    assert one.item(12345) == two.item(12345)
    assert one.item(7) != one.item(8)


# 30k articles through the real writer: about two minutes on a quiet machine
@pytest.mark.timeout(1800)
def test_a_30k_store_is_grown_and_measured(tmp_path):
    out = tmp_path / "scale.json"
    keep = tmp_path / "stores"
    code = archive_scale.main(["--sizes", "30000", "--json", str(out), "--keep", str(keep),
                               "--logs", str(tmp_path / "logs")])  # fmt: skip
    assert code == 0
    (result,) = json.loads(out.read_text("utf-8"))
    assert set(result) >= REQUIRED
    assert result["n"] == 30_000
    for key in REQUIRED - {"n"}:
        assert isinstance(result[key], (int, float)) and result[key] > 0, key
    # a store of real-length articles: a few KB each, never the whole text twice over
    assert 2_000 < result["db_bytes_per_article"] < 20_000
    # the near-duplicate sidecar was copied with the store and counted in its size
    assert (keep / "scale-30000.db-neardup").exists()
    assert 0 < result["neardup_bytes_per_article"] < 1_000
    assert result["search_common_hits"] == 20
    assert result["view_max_ms"] == max(result["views_ms"].values())
    assert {"articles_per_day_view", "author_roles_view", "query:search"} <= set(result["views_ms"])
    # every Datasette page answered, the plugin's own pages among them
    assert result["datasette_failed"] == []
    pages = result["datasette_pages_ms"]
    assert {"database", "articles", "plugin:front", "plugin:charts", "plugin:article"} <= set(pages)
    assert result["datasette_page_max_ms"] == max(pages.values())
    assert 20 < result["start_peak_rss_mb"] < 4_000
    conn = sqlite3.connect(keep / "scale-30000.db")
    try:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 30_000
        assert conn.execute("SELECT sum(articles) FROM summary_columns").fetchone()[0] >= 30_000
        # reposts in the corpus were linked through the simhash keys
        assert (
            conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[
                0
            ]
            > 100
        )
    finally:
        conn.close()
