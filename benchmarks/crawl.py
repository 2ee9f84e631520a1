"""Full-pipeline crawl rate vs ``scrapy bench``, measured as ratios in one run (issue 8).

    python benchmarks/crawl.py --articles 1000 5000 20000 --json benchmarks/out/crawl.json

For each N: generate a synthetic site (benchmarks/sitegen.py) in a temp folder, serve it on
127.0.0.1 (yunmei.devserver, benchmarks/siteserver.py; an HTTP proxy, so URLs keep their hosts), run the real
``scrapy crawl yunmei`` with the project's settings and full pipeline into a fresh SQLite file
(politeness lifted on the command line), then a bare Scrapy spider (benchmarks/bare_spider.py:
follow links, yield title and text, no pipeline) on the same site and server for as many pages
(``bare_pages_per_s``, ``ratio_vs_bare``, ``cpu_ratio_vs_bare`` per CPU second), then ``scrapy
bench`` with Scrapy's own defaults for the same duration. Prints pages/s and the ratios, CPU ms
per article, peak RSS and SQLite rows/s; ``--json FILE`` writes one object per N in a list.
The site folder is deleted.
"""

from __future__ import annotations

import sys
from pathlib import Path

# run as a script, Python puts benchmarks/ first on sys.path, where a sibling file can shadow an
# installed package: use the repo root
if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import itertools
import math
import tempfile
import time

from benchmarks import extraction_compare, processes, profiling, report, sitegen, siteserver

TABLE = [
    ("articles", "articles", "d"),
    ("articles_stored", "stored", "d"),
    ("pages", "pages", ".0f"),
    ("elapsed_s", "crawl s", ".1f"),
    ("pages_per_s", "yunmei p/s", ".1f"),
    ("bench_pages_per_s", "bench p/s", ".1f"),
    ("ratio", "ratio", ".2f"),
    ("cpu_ratio", "CPU ratio", ".2f"),
    ("bare_pages_per_s", "bare p/s", ".1f"),
    ("ratio_vs_bare", "ratio/bare", ".2f"),
    ("cpu_ratio_vs_bare", "CPU ratio/bare", ".2f"),
    ("cpu_ms_per_article", "CPU ms/art", ".2f"),
    ("peak_rss_mb", "peak RSS MB", ".0f"),
    ("sqlite_rows_per_s", "rows/s", ".0f"),
    ("server_cpu_pct", "server CPU %", ".0f"),
    ("site_layer_ratio", "site layer/traf", ".2f"),
]


def crawl_settings(manifest: dict) -> dict[str, object]:
    return {
        **processes.POLITENESS_OFF,
        # the synthetic channels paginate deeper than the default 5; following them all is the point
        "YUNMEI_LIST_MAX_DEPTH": manifest["list_max_depth"],
    }


def measure(n: int, args: argparse.Namespace, log_root: Path) -> dict:
    log_dir = log_root / f"crawl-{n}"
    log_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"yunmei-bench-{n}-") as tmp:
        site, db = Path(tmp) / "site", Path(tmp) / "bench.db"
        started = time.perf_counter()
        manifest = sitegen.generate(site, n, args.seed)
        gen_s = time.perf_counter() - started
        print(f"[{n}] site: {manifest['article_pages']} article pages, {manifest['list_pages']} "
              f"list pages, {manifest['bytes'] / 1e6:.0f} MB in {gen_s:.1f} s", flush=True)  # fmt: skip
        with siteserver.site_server(site) as server:
            cpu_before = server.cpu_seconds()
            command = processes.crawl_command(manifest["start_urls"], db, crawl_settings(manifest))
            run = processes.run_measured(command, processes.PROJECT, processes.clean_env(server.proxy_url),
                                      log_dir, "yunmei")  # fmt: skip
            server_cpu = server.cpu_seconds() - cpu_before
            # 2 is "degraded" (yunmei's coverage monitors): the figures still stand, and say so
            if run.returncode not in (0, 2):
                raise SystemExit(
                    f"[{n}] scrapy crawl failed ({run.returncode}):\n{run.stderr[-4000:]}"
                )
            rows = processes.sqlite_rows(db)
            bare = {}
            if args.bare:
                pages_done = int(run.stats.get("downloader/response_count", 0))
                bare = run_bare(manifest, server.proxy_url, max(1, pages_done), log_dir)
            if args.profile:
                profile_crawl(n, manifest, server.proxy_url, Path(tmp) / "profile.db", log_dir)
        extraction = (
            extraction_compare.compare_extraction(site, manifest, args.extract_sample)
            if args.extract_sample
            else {}
        )
    stats = run.stats
    elapsed = stats.get("elapsed_time_seconds") or run.wall_s
    pages = stats.get("downloader/response_count", 0)
    articles = rows.get("articles", 0)
    total_rows = sum(rows.values())
    result = {
        "articles": n,
        "articles_stored": articles,
        "pages": pages,
        "elapsed_s": round(elapsed, 2),
        "wall_s": round(run.wall_s, 2),
        "pages_per_s": round(pages / elapsed, 1) if elapsed else 0.0,
        "items_per_s": round(stats.get("item_scraped_count", 0) / elapsed, 1) if elapsed else 0.0,
        "cpu_s": round(run.cpu_s, 2),
        "cpu_ms_per_article": round(run.cpu_s * 1000 / articles, 2) if articles else None,
        "cpu_ms_per_page": round(run.cpu_s * 1000 / pages, 2) if pages else None,
        # pages per CPU second of the crawler process: steadier than pages/s on a shared machine
        "pages_per_cpu_s": round(pages / run.cpu_s, 1) if run.cpu_s else None,
        "peak_rss_mb": round(run.peak_rss_mb, 1),
        "rss_timeline": run.rss_timeline,
        "sqlite_rows": total_rows,
        "sqlite_rows_per_s": round(total_rows / elapsed, 1) if elapsed else 0.0,
        "rows_by_table": rows,
        "server_cpu_s": round(server_cpu, 2),
        "server_cpu_pct": round(100 * server_cpu / run.wall_s, 1) if run.wall_s else None,
        "site_seconds": round(gen_s, 2),
        "site_mb": round(manifest["bytes"] / 1e6, 1),
        "site_counts": manifest["counts"],
        "expected_fetches": manifest["expected_fetches"],
        "items": stats.get("item_scraped_count", 0),
        "dropped": {
            k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("yunmei/dropped/")
        },
        "exit_code": run.returncode,
        **extraction,
        **bare,
    }
    if bare.get("bare_pages_per_s"):
        result["ratio_vs_bare"] = round(result["pages_per_s"] / bare["bare_pages_per_s"], 3)
        print(f"[{n}] yunmei {result['pages_per_s']} pages/s vs bare Scrapy "
              f"{bare['bare_pages_per_s']} pages/s: ratio {result['ratio_vs_bare']}", flush=True)  # fmt: skip
    if bare.get("bare_pages_per_cpu_s") and result["pages_per_cpu_s"]:
        result["cpu_ratio_vs_bare"] = round(
            result["pages_per_cpu_s"] / bare["bare_pages_per_cpu_s"], 3
        )
    if args.bench:
        seconds = min(elapsed, args.bench_max_seconds) if args.bench_max_seconds else elapsed
        print(f"[{n}] scrapy bench for {seconds:.0f} s", flush=True)
        result.update(processes.run_scrapy_bench(seconds, log_dir))
        result["ratio"] = round(result["pages_per_s"] / result["bench_pages_per_s"], 3)
        if result["bench_cpu_s"] > 0 and run.cpu_s > 0:
            # the same ratio per CPU second of each crawler: what a quiet machine would show
            # when other jobs take turns on the two cores
            result["bench_pages_per_cpu_s"] = round(
                result["bench_pages"] / result["bench_cpu_s"], 1
            )
            result["cpu_ratio"] = round(
                result["pages_per_cpu_s"] / result["bench_pages_per_cpu_s"], 3
            )
        if result.get("bench_first10s_pages_per_s"):
            result["ratio_vs_bench_first10s"] = round(
                result["pages_per_s"] / result["bench_first10s_pages_per_s"], 3
            )
    return result


# --- the bare Scrapy peer ----------------------------------------------------------------------
BARE_SPIDER = Path(__file__).resolve().parent / "bare_spider.py"


def run_bare(manifest: dict, proxy: str, pages: int, log_dir: Path) -> dict:
    """benchmarks/bare_spider.py on the same site and server, outside the project, for as many
    pages as yunmei fetched (Scrapy's defaults plus the same politeness lift)."""
    command = [processes.PYTHON, "-m", "scrapy", "runspider", str(BARE_SPIDER),
               "-a", "start_urls=" + ",".join(manifest["start_urls"]),
               "-s", f"CLOSESPIDER_PAGECOUNT={pages}", "-s", "LOG_LEVEL=INFO"]  # fmt: skip
    for key, value in processes.POLITENESS_OFF.items():
        command += ["-s", f"{key}={value}"]
    with tempfile.TemporaryDirectory(prefix="yunmei-bare-") as outside:
        run = processes.run_measured(
            command, Path(outside), processes.clean_env(proxy), log_dir, "bare"
        )
    if run.returncode != 0:
        raise SystemExit(f"bare spider failed ({run.returncode}):\n{run.stderr[-3000:]}")
    done = run.stats.get("downloader/response_count", 0)
    elapsed = run.stats.get("elapsed_time_seconds") or run.wall_s
    return {
        "bare_pages": done,
        "bare_elapsed_s": round(elapsed, 2),
        "bare_pages_per_s": round(done / elapsed, 1) if elapsed else None,
        "bare_cpu_s": round(run.cpu_s, 2),
        "bare_pages_per_cpu_s": round(done / run.cpu_s, 1) if run.cpu_s else None,
        "bare_peak_rss_mb": round(run.peak_rss_mb, 1),
    }


# --- profiling --------------------------------------------------------------------------------
def profile_crawl(n: int, manifest: dict, proxy: str, db: Path, log_dir: Path) -> None:
    """A second crawl under py-spy (not the measured one); prints where the CPU goes."""
    command = processes.crawl_command(manifest["start_urls"], db, crawl_settings(manifest))
    summary = profiling.profile(command, processes.clean_env(proxy), log_dir / "profile.txt")
    print(f"[{n}] py-spy profile of the crawl:\n{summary}", flush=True)


def growth(results: list[dict]) -> None:
    """How time and memory grow with N: exponent k in cost ~ N**k between successive sizes."""
    for a, b in itertools.pairwise(results):
        if not (a["articles"] and b["articles"] and a.get("peak_rss_mb") and a.get("elapsed_s")):
            continue
        scale = math.log(b["articles"] / a["articles"])
        b["time_exponent"] = round(math.log(b["elapsed_s"] / a["elapsed_s"]) / scale, 2)
        b["rss_exponent"] = round(math.log(b["peak_rss_mb"] / a["peak_rss_mb"]) / scale, 2)
        b["rss_mb_per_1000_more"] = round(
            (b["peak_rss_mb"] - a["peak_rss_mb"]) * 1000 / (b["articles"] - a["articles"]), 2
        )
        print(f"{a['articles']} -> {b['articles']} articles: time ~ N^{b['time_exponent']}, "
              f"peak RSS ~ N^{b['rss_exponent']} (+{b['rss_mb_per_1000_more']} MB per 1,000)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], help="one or more N")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", type=Path, help="write the results (a list, one object per N)")
    parser.add_argument("--no-bench", dest="bench", action="store_false", help="skip scrapy bench")
    parser.add_argument("--no-bare", dest="bare", action="store_false",
                        help="skip the bare Scrapy spider on the same site")  # fmt: skip
    parser.add_argument("--bench-max-seconds", type=float, default=0,
                        help="cap scrapy bench's duration (default: same as the crawl)")  # fmt: skip
    parser.add_argument("--extract-sample", type=int, default=200,
                        help="pages for the extract_article vs trafilatura comparison (0: skip)")  # fmt: skip
    parser.add_argument(
        "--profile", action="store_true", help="also profile each crawl with py-spy"
    )
    parser.add_argument("--logs", type=Path, default=processes.ROOT / "benchmarks" / "out" / "logs")
    args = parser.parse_args(argv)

    env = report.environment()
    print(f"yunmei crawl benchmark — {env['when']}, commit {env['commit']}, Python {env['python']}, "
          f"Scrapy {env['scrapy']}, {env['cpus']} CPUs", flush=True)  # fmt: skip
    results = []
    for n in args.articles:
        result = measure(n, args, args.logs)
        result.update(env)
        results.append(result)
        report.print_table([result], TABLE)
        print(flush=True)
    print("summary")
    report.print_table(results, TABLE)
    growth(results)
    print("\nmarkdown (docs/performance.md):")
    report.print_table(results, TABLE, markdown=True)
    report.write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
