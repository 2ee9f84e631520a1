"""Replay re-processing rate: the synthetic site recorded to WARC, then re-processed offline (issue 8).

    python benchmarks/replay.py --articles 1000 [--json benchmarks/out/replay.json]

For each N: generate the site (benchmarks/sitegen.py) in a temp folder, crawl it once through the
local server with ``YUNMEI_WARC_RECORD`` (the recording run), then run ``scrapy crawl yunmei`` with
``YUNMEI_REPLAY`` pointing at the recording into a fresh SQLite file — the product's replay mode
as users run it (the add-on lifts politeness). Reports articles/s over Scrapy's elapsed time and
over the whole process (start-up and WARC loading included), CPU ms per article and peak RSS.
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, Python puts benchmarks/ first on sys.path, where a sibling file can shadow an
# installed package: use the repo root
if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import tempfile
import time

from benchmarks import processes, profiling, report, sitegen, siteserver

TABLE = [
    ("articles", "articles", "d"),
    ("articles_stored", "stored", "d"),
    ("pages", "pages", ".0f"),
    ("warc_mb", "WARC MB", ".1f"),
    ("elapsed_s", "replay s", ".1f"),
    ("wall_s", "process s", ".1f"),
    ("articles_per_s", "articles/s", ".0f"),
    ("wall_articles_per_s", "art/s incl. start", ".0f"),
    ("cpu_ms_per_article", "CPU ms/art", ".2f"),
    ("peak_rss_mb", "peak RSS MB", ".0f"),
    ("record_pages_per_s", "record p/s", ".0f"),
]


def measure(n: int, args: argparse.Namespace, log_root: Path) -> dict:
    log_dir = log_root / f"replay-{n}"
    log_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"yunmei-replay-{n}-") as tmp:
        site, warc_dir = Path(tmp) / "site", Path(tmp) / "warc"
        started = time.perf_counter()
        manifest = sitegen.generate(site, n, args.seed)
        print(f"[{n}] site: {manifest['article_pages']} article pages in "
              f"{time.perf_counter() - started:.1f} s; recording", flush=True)  # fmt: skip
        depth = {"YUNMEI_LIST_MAX_DEPTH": manifest["list_max_depth"]}
        with siteserver.site_server(site) as server:
            record_db = Path(tmp) / "record.db"
            settings = {**processes.POLITENESS_OFF, **depth,
                        "YUNMEI_WARC_RECORD": warc_dir / "site.warc.gz"}  # fmt: skip
            command = processes.crawl_command(manifest["start_urls"], record_db, settings)
            record = processes.run_measured(command, processes.PROJECT, processes.clean_env(server.proxy_url),
                                         log_dir, "record")  # fmt: skip
        if record.returncode not in (0, 2):  # 2: degraded by yunmei's monitors, still measured
            raise SystemExit(f"[{n}] recording crawl failed:\n{record.stderr[-4000:]}")
        warc_mb = sum(p.stat().st_size for p in warc_dir.iterdir()) / 1e6
        print(f"[{n}] recorded {warc_mb:.1f} MB; replaying", flush=True)
        replay_db = Path(tmp) / "replay.db"
        settings = {**depth, "YUNMEI_REPLAY": warc_dir}
        command = processes.crawl_command(manifest["start_urls"], replay_db, settings)
        run = processes.run_measured(
            command, processes.PROJECT, processes.clean_env(), log_dir, "replay"
        )
        if run.returncode not in (0, 2):
            raise SystemExit(f"[{n}] replay crawl failed:\n{run.stderr[-4000:]}")
        rows, recorded_rows = processes.sqlite_rows(replay_db), processes.sqlite_rows(record_db)
        if args.profile:
            profiled = processes.crawl_command(
                manifest["start_urls"], Path(tmp) / "profile.db", settings
            )
            summary = profiling.profile(profiled, processes.clean_env(), log_dir / "profile.txt")
            print(f"[{n}] py-spy profile of the replay:\n{summary}", flush=True)
    stats = run.stats
    elapsed = stats.get("elapsed_time_seconds") or run.wall_s
    record_elapsed = record.stats.get("elapsed_time_seconds") or record.wall_s
    articles = rows.get("articles", 0)
    pages = stats.get("downloader/response_count", 0)
    return {
        "articles": n,
        "articles_stored": articles,
        "articles_recorded": recorded_rows.get("articles", 0),
        "pages": pages,
        "warc_mb": round(warc_mb, 1),
        "elapsed_s": round(elapsed, 2),
        "wall_s": round(run.wall_s, 2),
        "articles_per_s": round(articles / elapsed, 1) if elapsed else 0.0,
        "wall_articles_per_s": round(articles / run.wall_s, 1) if run.wall_s else 0.0,
        "pages_per_s": round(pages / elapsed, 1) if elapsed else 0.0,
        "cpu_s": round(run.cpu_s, 2),
        "cpu_ms_per_article": round(run.cpu_s * 1000 / articles, 2) if articles else None,
        "peak_rss_mb": round(run.peak_rss_mb, 1),
        "replay_missing": stats.get("yunmei/replay/missing", 0),
        "exit_code": run.returncode,
        "record_pages_per_s": round(
            record.stats.get("downloader/response_count", 0) / record_elapsed, 1
        ),
        "rows_by_table": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], help="one or more N")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", type=Path, help="write the results (a list, one object per N)")
    parser.add_argument("--profile", action="store_true", help="also profile a replay with py-spy")
    parser.add_argument("--logs", type=Path, default=processes.ROOT / "benchmarks" / "out" / "logs")
    args = parser.parse_args(argv)
    env = report.environment()
    print(f"yunmei replay benchmark — {env['when']}, commit {env['commit']}, Python {env['python']}, "
          f"Scrapy {env['scrapy']}, {env['cpus']} CPUs", flush=True)  # fmt: skip
    results = []
    for n in args.articles:
        result = measure(n, args, args.logs)
        result.update(env)
        results.append(result)
        if result["articles_stored"] != result["articles_recorded"]:
            print(f"[{n}] note: replay stored {result['articles_stored']} articles, "
                  f"the recording run {result['articles_recorded']}")  # fmt: skip
    report.print_table(results, TABLE)
    print("\nmarkdown (docs/performance.md):")
    report.print_table(results, TABLE, markdown=True)
    report.write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
