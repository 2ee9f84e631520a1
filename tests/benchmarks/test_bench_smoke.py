"""Smoke test of the benchmarks: the site generator is deterministic and the scripts run on a tiny N.

No timing assertions: the figures belong to `make bench` (docs/performance.md), not to CI.
"""

from __future__ import annotations

import hashlib
import json
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import crawl, replay, sitegen, siteserver  # noqa: E402

REQUIRED_KEYS = {"articles", "pages_per_s", "bench_pages_per_s", "ratio", "cpu_ms_per_article",
                 "peak_rss_mb"}  # fmt: skip


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "manifest.json"):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_generator_is_deterministic_per_seed(tmp_path):
    first = sitegen.generate(tmp_path / "a", 120, seed=3)
    again = sitegen.generate(tmp_path / "b", 120, seed=3)
    other = sitegen.generate(tmp_path / "c", 120, seed=4)
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    assert tree_digest(tmp_path / "a") != tree_digest(tmp_path / "c")
    assert first["pages"] == again["pages"] and first["counts"] == again["counts"]
    assert other["pages"] != first["pages"]


def test_generator_makes_every_page_kind(tmp_path):
    manifest = sitegen.generate(tmp_path, 400, seed=8)
    counts = manifest["counts"]
    for kind in (*sitegen.KINDS, "mirror", "award", "extra_pages"):
        assert counts[kind] > 0, kind
    routes = json.loads((tmp_path / "routes.json").read_text("utf-8"))
    gbk_url, route = next(iter(routes.items()))
    assert route["headers"]["Content-Type"].endswith("charset=gbk")
    gbk_file = tmp_path / gbk_url.removeprefix("http://")
    assert "湛江云媒" in gbk_file.read_bytes().decode("gbk")
    hosts = {p.name for p in tmp_path.iterdir() if p.is_dir()}
    assert {sitegen.WWW, sitegen.MOBILE} <= hosts and hosts & set(sitegen.MIRRORS)
    assert (tmp_path / sitegen.WWW / "shizheng" / "index_2.html").exists()
    assert "获得一等奖" in "".join(
        (tmp_path / rel).read_text("utf-8", "replace") for _url, rel, _ct in manifest["pages"][:60]
    )


def test_site_server_answers_as_a_proxy(tmp_path):
    sitegen.generate(tmp_path, 30, seed=1)
    with siteserver.site_server(tmp_path) as server:
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": server.proxy_url})
        )
        with opener.open(f"http://{sitegen.WWW}/shizheng/") as response:
            assert response.status == 200 and "news-list" in response.read().decode()
        with pytest.raises(urllib.error.HTTPError) as missing:
            opener.open(f"http://{sitegen.WWW}/p/1.html")
        assert missing.value.code == 404


def test_crawl_script_runs_on_a_tiny_site(tmp_path):
    out = tmp_path / "crawl.json"
    crawl.main(["--articles", "40", "--json", str(out), "--bench-max-seconds", "1",
                "--extract-sample", "5", "--logs", str(tmp_path / "logs")])  # fmt: skip
    (result,) = json.loads(out.read_text("utf-8"))
    assert result.keys() >= REQUIRED_KEYS
    assert result["articles"] == 40 and result["pages"] > 40
    assert result["articles_stored"] > 0 and result["bench_pages_per_s"] > 0


def test_replay_script_runs_on_a_tiny_site(tmp_path):
    out = tmp_path / "replay.json"
    replay.main(["--articles", "30", "--json", str(out), "--logs", str(tmp_path / "logs")])
    (result,) = json.loads(out.read_text("utf-8"))
    assert result["articles_stored"] > 0 and result["articles_per_s"] > 0
    assert result["articles_stored"] == result["articles_recorded"]
