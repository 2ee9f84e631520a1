"""``yunmei reprocess`` rate: re-extracting an archive from WARC, per core of extraction (issue 16).

    python benchmarks/reprocess.py --articles 1000 --json benchmarks/out/reprocess.json

Generates the synthetic site (benchmarks/sitegen.py), writes every article page into a WARC file
as the recorder would (response records with the site's headers), then runs the real
``yunmei reprocess`` twice into a fresh store: the first run stores every article (new), the
second finds nothing changed (the steady state of a re-run with unchanged code). Reports
``articles_per_s_per_core``: pages extracted per CPU second spent in ``extract_article`` in the
workers (what one core of extraction does, whatever else the machine runs), beside wall-clock
pages/s, ``worker_pages_per_cpu_s`` (workers' whole CPU: start-up, unpickling) and the CPU of the
whole run per page (WARC reading and the writer included). The extractor's lazy tables (character
model, OpenCC, event word lists: ~1 s of CPU) are loaded once before the workers fork
(``yunmei.reprocess.warm_up``), so no per-page figure counts that one-off load; the "extract
alone" peer is warmed the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import io
import os
import resource
import tempfile
import time

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from benchmarks import report, sitegen

TABLE = [
    ("articles", "articles", "d"),
    ("pages", "pages", "d"),
    ("workers", "workers", "d"),
    ("wall_s", "wall s", ".1f"),
    ("pages_per_s", "pages/s", ".0f"),
    ("articles_per_s_per_core", "art/s/core", ".0f"),
    ("worker_pages_per_cpu_s", "p/worker CPU s", ".0f"),
    ("cpu_ms_per_page", "CPU ms/page (all)", ".2f"),
    ("rerun_pages_per_s", "re-run pages/s", ".0f"),
    ("extract_alone_per_cpu_s", "extract alone p/CPU s", ".0f"),
    ("ratio_vs_extract_alone", "ratio", ".2f"),
]


def write_warc(site: Path, manifest: dict, out: Path) -> int:
    """Every article page of the generated site as a WARC response record; returns the count."""
    count = 0
    with out.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, rel, content_type in manifest["pages"]:
            body = (site / rel).read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                                  ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")  # fmt: skip
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            count += 1
    return count


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def extract_alone(warc: Path) -> float | None:
    """Pages per CPU second of ``extract_article`` called in this process on the same pages."""
    from yunmei.extract import extract_article
    from yunmei.reprocess import read_pages, warm_up

    pages = [p for p in read_pages(warc) if p.skip is None]
    if not pages:
        return None
    warm_up()  # imports and lazy tables loaded, as the workers have them
    started = time.process_time()
    for page in pages:
        extract_article(page.body, page.url, page.headers)
    return round(len(pages) / (time.process_time() - started), 1)


def measure(n: int, args: argparse.Namespace) -> dict:
    from yunmei.reprocess import reprocess

    with tempfile.TemporaryDirectory(prefix=f"yunmei-reprocess-{n}-") as tmp:
        site, warc, db = Path(tmp) / "site", Path(tmp) / "site.warc.gz", Path(tmp) / "r.db"
        manifest = sitegen.generate(site, n, args.seed)
        records = write_warc(site, manifest, warc)
        print(f"[{n}] WARC: {records} page records, {warc.stat().st_size / 1e6:.1f} MB", flush=True)
        # the workers are forked per run and reaped when the pool closes: RUSAGE_CHILDREN is theirs
        cpu_children, cpu_self = children_cpu(), self_cpu()
        started = time.perf_counter()
        first = reprocess(warc, db, workers=args.workers, quiet=True)
        wall = time.perf_counter() - started
        workers_cpu = children_cpu() - cpu_children
        total_cpu = workers_cpu + self_cpu() - cpu_self
        print(f"[{n}] {first.line()}", flush=True)
        started = time.perf_counter()
        again = reprocess(warc, db, workers=args.workers, quiet=True, restart=True)
        rerun_wall = time.perf_counter() - started
        print(f"[{n}] re-run: {again.line()}", flush=True)
        alone = extract_alone(warc)
    pages = first.pages
    return {
        "articles": n,
        "pages": pages,
        "stored": dict(first.outcomes),
        "skipped": dict(first.skipped),
        "rerun": dict(again.outcomes),
        "workers": args.workers,
        "wall_s": round(wall, 2),
        "pages_per_s": round(pages / wall, 1) if wall else None,
        "workers_cpu_s": round(workers_cpu, 2),
        "total_cpu_s": round(total_cpu, 2),
        "extract_cpu_s": round(first.extract_cpu_s, 2),
        "articles_per_s_per_core": round(pages / first.extract_cpu_s, 1)
        if first.extract_cpu_s
        else None,
        "worker_pages_per_cpu_s": round(pages / workers_cpu, 1) if workers_cpu else None,
        "cpu_ms_per_page": round(total_cpu * 1000 / pages, 2) if pages else None,
        "rerun_pages_per_s": round(again.pages / rerun_wall, 1) if rerun_wall else None,
        # the peer in the same run: extract_article alone, one process, the same pages
        "extract_alone_per_cpu_s": alone,
        "ratio_vs_extract_alone": round(pages / first.extract_cpu_s / alone, 3)
        if first.extract_cpu_s and alone
        else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", type=Path, help="write the results (a list, one object per N)")
    args = parser.parse_args(argv)
    env = report.environment()
    print(f"yunmei reprocess benchmark — {env['when']}, commit {env['commit']}, {env['cpus']} CPUs")
    results = []
    for n in args.articles:
        result = measure(n, args)
        result.update(env)
        results.append(result)
    report.print_table(results, TABLE)
    report.write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
