"""Smoke run of benchmarks/start.py: one real crawl start on an empty store, the JSON's shape.

No timing thresholds: the figures belong to the hand-run comparison (docs/startup.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import start  # noqa: E402


def test_one_start_reaches_the_server_and_reports_its_figures(tmp_path):
    out = tmp_path / "start.json"
    assert start.main(["--repeat", "1", "--json", str(out)]) == 0
    report = json.loads(out.read_text("utf-8"))
    this = report["this"]
    assert this["runs"] == 1
    assert "peer" not in report
    first, cpu = this["first_request_s"], this["cpu_at_first_request_s"]
    assert 0 < first["min"] == first["median"] == first["max"]
    # the crawl was found in /proc and had used CPU by its first request
    assert cpu["median"] > 0
    assert this["peak_rss_mb"]["median"] > 20
