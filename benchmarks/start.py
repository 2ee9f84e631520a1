"""How fast an incremental crawl starts: ``scrapy crawl yunmei`` launched → its first request.

    python benchmarks/start.py --repeat 7 [--db STORE --n N] [--against DIR|COMMIT] [--json OUT]

The same measure as ``archive_scale.py``'s start (a real crawl, its first request reaching a
local server through the proxy, peak RSS), plus the crawl's CPU seconds at that moment (read from
/proc when the request arrives: the figure a loaded machine distorts least), repeated, and
alternated with a peer checkout (``--against``: a folder, or a commit exported with git archive)
so both see the same load. ``--db`` is used in place and gets a crawl_runs row per run: pass a
copy. Without ``--db`` every run starts on a new, empty store.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: its folder must not shadow the repo's packages
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from benchmarks import archive_scale, processes


class _FirstRequest(archive_scale._FirstRequest):
    """archive_scale's 404 server, which also reads the crawl's CPU when its first request comes."""

    marker = b""  # a byte string only the measured crawl's command line holds
    cpu_at_first: float | None = None

    def do_GET(self):
        cls = type(self)
        if cls.first_at is None:
            cls.first_at = time.perf_counter()  # before the /proc scan, which takes a while
            cls.cpu_at_first = crawl_cpu_seconds(cls.marker)
        super().do_GET()


def crawl_cpu_seconds(marker: bytes) -> float | None:
    """CPU seconds so far of the crawl whose command line holds ``marker`` (not its launcher)."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"scrapy\0crawl" in command and marker in command and b"processes" not in command:
            return processes.cpu_seconds(int(pid))
    return None


def measure_once(project: Path, db: Path, n: int, log_dir: Path) -> dict[str, float | None]:
    _FirstRequest.cpu_at_first = None
    _FirstRequest.marker = f"YUNMEI_DB={db}".encode()
    got = archive_scale.measure_start(db, n, log_dir, project, _FirstRequest)
    return {
        "first_request_s": got["start_first_response_s"],
        "cpu_at_first_request_s": _FirstRequest.cpu_at_first,
        "peak_rss_mb": got["start_peak_rss_mb"],
    }


def summary(runs: list[dict]) -> dict:
    out: dict = {"runs": len(runs)}
    for key in ("first_request_s", "cpu_at_first_request_s", "peak_rss_mb"):
        values = sorted(r[key] for r in runs if r[key] is not None)
        if values:
            out[key] = {"median": round(statistics.median(values), 3), "min": values[0],
                        "max": values[-1]}  # fmt: skip
    return out


def export_commit(commit: str, into: Path) -> Path:
    """The project's files at ``commit`` in a folder of their own (git archive)."""
    archive = subprocess.run(["git", "archive", commit], cwd=processes.ROOT, capture_output=True,
                             check=True).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per checkout")
    parser.add_argument("--db", type=Path, help="a store (a copy: runs add crawl_runs rows)")
    parser.add_argument("--n", type=int, default=0, help="articles in --db (the start URL's id)")
    parser.add_argument("--against", help="a peer checkout to alternate with: folder or commit")
    parser.add_argument("--json", type=Path, help="write the summary here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="yunmei-start-") as tmp:
        work = Path(tmp)
        projects = {"this": processes.PROJECT}
        if args.against:
            peer = Path(args.against)
            if not peer.is_dir():
                peer = export_commit(args.against, Path(tempfile.mkdtemp(dir=work)))
            projects["peer"] = peer.resolve()
        runs: dict[str, list[dict]] = {name: [] for name in projects}
        for round_ in range(args.repeat):
            order = list(projects.items())
            for name, project in order if round_ % 2 == 0 else order[::-1]:
                db = args.db or work / f"empty-{name}-{round_}.db"
                result = measure_once(project, db, args.n, work)
                runs[name].append(result)
                print(name, json.dumps(result), flush=True)
        report = {
            "db": str(args.db) if args.db else None,
            "n": args.n,
            "load_average": os.getloadavg(),
            **{name: {"project": str(projects[name]), **summary(rs)} for name, rs in runs.items()},
        }
    for name in runs:
        figures = report[name]
        print(f"{name} ({figures['project']}): " + ", ".join(
            f"{key} median {figures[key]['median']} ({figures[key]['min']}–{figures[key]['max']})"
            for key in ("first_request_s", "cpu_at_first_request_s", "peak_rss_mb")
            if key in figures
        ))  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
