"""Does a fresh crawl of the synthetic site store every live article? (issue 12)

    nice -n 10 python benchmarks/completeness.py --articles 2000 --runs 5

Generates the benchmark's synthetic site once (benchmarks/sitegen.py), then runs ``--runs`` fresh
``scrapy crawl yunmei`` with the project's settings (politeness lifted, as in benchmarks/crawl.py)
into a new SQLite file each, and prints per run: live articles, stored, missing ids, the outcome
sum (scheduled = stored + unchanged + missing + failed) and the exit status.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import json
import sqlite3
import subprocess
import tempfile

from benchmarks import processes, sitegen, siteserver
from yunmei.urls import parse_article_url


def run_once(site: Path, manifest: dict, db: Path) -> dict:
    settings = {**processes.POLITENESS_OFF, "YUNMEI_LIST_MAX_DEPTH": manifest["list_max_depth"]}
    with siteserver.site_server(site) as server:
        done = subprocess.run(
            processes.crawl_command(manifest["start_urls"], db, settings),
            cwd=processes.PROJECT,
            env=processes.clean_env(server.proxy_url),
            capture_output=True,
            text=True,
            timeout=3600,
        )
    live = {parse_article_url(url).article_id for url, _f, _t in manifest["pages"]}
    live.discard(None)
    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT article_id FROM articles")}
        stats = json.loads(
            conn.execute("SELECT stats FROM crawl_runs ORDER BY run_id DESC").fetchone()[0]
        )
    outcomes = {
        k: stats.get(f"yunmei/outcomes/{k}", 0)
        for k in ("scheduled", "stored", "unchanged", "missing", "failed", "pending")
    }
    return {
        "live": len(live),
        "stored_live": len(live & stored),
        "missing": sorted(live - stored)[:20],
        "outcomes": outcomes,
        "outcomes_add_up": outcomes["scheduled"]
        == sum(v for k, v in outcomes.items() if k != "scheduled"),
        "exit": done.returncode,
        "elapsed_s": stats.get("elapsed_time_seconds"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    complete = 0
    with tempfile.TemporaryDirectory(prefix="yunmei-complete-") as tmp:
        site = Path(tmp) / "site"
        manifest = sitegen.generate(site, args.articles, args.seed)
        for n in range(1, args.runs + 1):
            result = run_once(site, manifest, Path(tmp) / f"run{n}.db")
            complete += result["stored_live"] == result["live"]
            print(json.dumps({"run": n, **result}, ensure_ascii=False), flush=True)
    print(f"complete runs: {complete} of {args.runs}")
    return 0 if complete == args.runs else 1


if __name__ == "__main__":
    raise SystemExit(main())
