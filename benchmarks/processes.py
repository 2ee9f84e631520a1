"""Running ``scrapy crawl yunmei`` / ``scrapy bench`` as measured subprocesses.

CPU time and peak RSS of the one process (``os.wait4`` in a small launcher), its RSS over time,
its Scrapy stats and the SQLite row counts it left; the crawl command with politeness lifted.

    python benchmarks/processes.py USAGE.json -- COMMAND...   (the launcher: writes its rusage)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# the checkout whose yunmei is measured: the crawl runs there (scrapy.cfg, `import yunmei` from cwd)
PROJECT = Path(os.environ.get("YUNMEI_BENCH_PROJECT") or ROOT).resolve()

# the benchmark only: a local server cannot be overloaded, so politeness is lifted (issue 8)
POLITENESS_OFF = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "ROBOTSTXT_OBEY": 0,
    "RETRY_ENABLED": 0,
}

# the launcher in a child process, imported as benchmarks.processes from the repo root: run as a
# file, its folder would go first on sys.path, where a sibling file can shadow a package
_LAUNCHER = [PYTHON, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
             "from benchmarks.processes import main; sys.exit(main(sys.argv[1:]))"]  # fmt: skip


# --- subprocesses with their resource usage ------------------------------------------------------
@dataclass
class Run:
    returncode: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    stats: dict[str, float] = field(default_factory=dict)
    rss_timeline: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MB)
    # CPU seconds last seen of the measured process's own children (scrapy bench's server)
    grandchildren_cpu_s: float = 0.0


def clean_env(proxy: str | None = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
        and not k.startswith("SCRAPY_")
    }
    if proxy:
        env.update(http_proxy=proxy, no_proxy="")
    return env


def run_measured(command: list[str], cwd: Path, env: dict[str, str], log_dir: Path, name: str,
                 timeout: float = 7200) -> Run:  # fmt: skip
    """Run a command; wall time, CPU (user+sys) and peak RSS of that one process.

    It is started by a small launcher (``benchmarks/processes.py``): a child forked straight from this
    harness would count the harness's own memory (the generated site) in its peak RSS, because
    ru_maxrss survives exec.
    """
    out_path, err_path = log_dir / f"{name}.out", log_dir / f"{name}.err"
    usage_path = log_dir / f"{name}.rusage.json"
    usage_path.unlink(missing_ok=True)
    launcher = [*_LAUNCHER, str(usage_path), "--", *command]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(launcher, cwd=cwd, env=env, stdout=out, stderr=err)
        timeline: list[tuple[float, float]] = []
        below: dict[int, float] = {}
        while True:
            try:
                process.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                pass
            if time.perf_counter() - started > timeout:
                process.terminate()
            for child in children(process.pid):
                timeline.append((round(time.perf_counter() - started, 1), rss_mb(child)))
                for grandchild in children(child):
                    below[grandchild] = max(below.get(grandchild, 0.0), cpu_seconds(grandchild))
    usage = json.loads(usage_path.read_text("utf-8")) if usage_path.exists() else {}
    stderr = err_path.read_text("utf-8", "replace")
    return Run(
        returncode=usage.get("returncode", process.returncode),
        wall_s=usage.get("wall_s", time.perf_counter() - started),
        cpu_s=usage.get("cpu_s", float("nan")),
        peak_rss_mb=usage.get("maxrss_kb", 0) / 1024,  # kilobytes on Linux
        stdout=out_path.read_text("utf-8", "replace"),
        stderr=stderr,
        stats=scrapy_stats(stderr),
        rss_timeline=timeline[:: max(1, len(timeline) // 40)],
        grandchildren_cpu_s=sum(below.values()),
    )


def measure_main(usage_path: Path, command: list[str]) -> int:
    """The launcher: run ``command``, then write its own rusage (wait4) as JSON."""
    started = time.perf_counter()
    process = subprocess.Popen(command)
    signal.signal(signal.SIGTERM, lambda *_: process.terminate())
    while True:
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
            break
        except ChildProcessError:
            return 1
        except InterruptedError:
            continue
    result = {
        "returncode": os.waitstatus_to_exitcode(status),
        "wall_s": time.perf_counter() - started,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "maxrss_kb": usage.ru_maxrss,
    }
    process.returncode = result["returncode"]
    usage_path.write_text(json.dumps(result), "utf-8")
    return result["returncode"]


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(x) for x in handle.read().split()]
    except (OSError, ValueError):
        return []


def cpu_seconds(pid: int) -> float:
    """user + system CPU time of a live process (Linux /proc), 0 if unknown."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def rss_mb(pid: int) -> float:
    """Current resident set size of a process (Linux /proc), 0 if unknown."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except (OSError, ValueError, IndexError):
        return 0.0


_STAT_LINE = re.compile(r"^\s*'([^']+)':\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?),?\s*$", re.M)


def scrapy_stats(log: str) -> dict[str, float]:
    """Numeric values of the last "Dumping Scrapy stats" block of a Scrapy log."""
    at = log.rfind("Dumping Scrapy stats")
    if at < 0:
        return {}
    return {key: float(value) for key, value in _STAT_LINE.findall(log[at:])}


def crawl_command(start_urls: list[str], db: Path, settings: dict[str, object]) -> list[str]:
    command = [
        PYTHON,
        "-m",
        "scrapy",
        "crawl",
        "yunmei",
        "-a",
        "start_urls=" + ",".join(start_urls),
    ]
    for key, value in {"YUNMEI_DB": db, "LOG_LEVEL": "INFO", **settings}.items():
        command += ["-s", f"{key}={value}"]
    return command


def sqlite_rows(db: Path) -> dict[str, int]:
    """Rows per table, leaving out virtual (FTS) tables and their shadow tables."""
    if not db.exists():
        return {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        virtual = [name for name, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL")]
        counts = {}
        for name, _sql in tables:
            if name in virtual or any(name.startswith(v + "_") for v in virtual):
                continue
            counts[name] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        return counts
    finally:
        conn.close()


# --- scrapy bench --------------------------------------------------------------------------------
_BENCH_PORT = 8998  # fixed in scrapy.utils.benchserver


def wait_port_free(port: int, seconds: float = 30) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"port {port} stays busy: is another `scrapy bench` running?")


def run_scrapy_bench(seconds: float, log_dir: Path) -> dict[str, float]:
    """``scrapy bench`` with Scrapy's defaults, outside any project, for ``seconds``."""
    wait_port_free(_BENCH_PORT)
    command = [PYTHON, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds:.1f}",
               "-s", "LOGSTATS_INTERVAL=1"]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="scrapy-bench-") as outside:
        run = run_measured(command, Path(outside), clean_env(), log_dir, "scrapy-bench")
    if run.returncode != 0:
        raise RuntimeError(f"scrapy bench failed:\n{run.stderr[-3000:]}")
    pages = run.stats.get("downloader/response_count", 0)
    elapsed = run.stats.get("elapsed_time_seconds") or run.wall_s
    # LOGSTATS_INTERVAL=1: one cumulative count a second; bench slows as its queue grows, so
    # its first 10 s are also reported as a stricter reference than the same-duration average
    counts = [int(x) for x in re.findall(r"Crawled (\d+) pages \(at", run.stderr)]
    first = min(10, len(counts) - 1)
    return {
        "bench_pages": pages,
        "bench_elapsed_s": round(elapsed, 2),
        "bench_pages_per_s": round(pages / elapsed, 1) if elapsed else 0.0,
        "bench_first10s_pages_per_s": round(counts[first] / first, 1) if first > 0 else None,
        "bench_cpu_s": round(run.cpu_s - run.grandchildren_cpu_s, 2),
        "bench_server_cpu_s": round(run.grandchildren_cpu_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run a command, write its rusage as JSON")
    parser.add_argument("usage", type=Path)
    parser.add_argument("argv", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    return measure_main(args.usage, command)


if __name__ == "__main__":
    raise SystemExit(main())
