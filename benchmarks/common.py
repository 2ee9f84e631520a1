"""Helpers shared by benchmarks/crawl.py and benchmarks/replay.py.

- a fast site server (asyncio, one process, HTTP/1.1 keep-alive, works as an HTTP proxy like
  ``yunmei.devserver``) so the test server is never what limits the crawl;
- running ``scrapy crawl yunmei`` / ``scrapy bench`` as subprocesses and reading their CPU time,
  peak RSS (``os.wait4`` in a small launcher), Scrapy stats and SQLite row counts;
- the extraction comparison against trafilatura; py-spy profiles and their summary.

    python benchmarks/common.py serve SITE_DIR [--port 0]     (prints "listening on PORT")
    python benchmarks/common.py measure USAGE.json -- COMMAND...   (writes its rusage as JSON)
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import mimetypes
import os
import platform
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

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

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
                 ".txt": "text/plain; charset=utf-8", ".json": "application/json"}  # fmt: skip
_NOT_FOUND = b"<html><body>404</body></html>"


# this module's CLI in a child process, imported as benchmarks.common from the repo root: run as
# a file, its folder would go first on sys.path, where a sibling file can shadow a package
_SELF = [PYTHON, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
         "from benchmarks.common import main; sys.exit(main(sys.argv[1:]))"]  # fmt: skip


# --- the site server ----------------------------------------------------------------------------
class _Site:
    """Same answers as yunmei.devserver.SiteServer.resolve, with routes.json read once."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        routes = self.root / "routes.json"
        self.routes = json.loads(routes.read_text("utf-8")) if routes.exists() else {}
        self.served = 0

    def resolve(self, url: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        key = f"http://{host}{parts.path or '/'}"
        route = self.routes.get(key) or self.routes.get(key.replace("http://", "https://"))
        rel = parts.path.lstrip("/")
        if not rel or rel.endswith("/"):
            rel += "index.html"
        status, headers = 200, {}
        if route:
            status = int(route.get("status", 200))
            headers.update(route.get("headers", {}))
            rel = route.get("file", rel)
        path = os.path.normpath(os.path.join(self.root, host, rel))
        try:
            if not path.startswith(str(self.root) + os.sep):
                raise FileNotFoundError(path)
            with open(path, "rb") as handle:
                body = handle.read()
                stat = os.fstat(handle.fileno())
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            if status == 200:
                return 404, {"Content-Type": "text/html; charset=utf-8"}, _NOT_FOUND
            body, stat = b"", None
        suffix = os.path.splitext(path)[1]
        headers.setdefault(
            "Content-Type",
            CONTENT_TYPES.get(suffix)
            or mimetypes.types_map.get(suffix, "application/octet-stream"),
        )
        if status == 200 and stat is not None:
            # size + mtime stand in for the devserver's sha1: same meaning, no hashing per request
            headers["ETag"] = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'
            headers["Last-Modified"] = formatdate(int(stat.st_mtime), usegmt=True)
        return status, headers, body


_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    404: "Not Found",
}


class _Protocol(asyncio.Protocol):
    def __init__(self, site: _Site):
        self.site = site
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end].decode("latin-1"), self.buffer[end + 4 :]
            lines = head.split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                self.transport.close()
                return
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            self._answer(method, target, version, headers)

    def _answer(self, method: str, target: str, version: str, headers: dict[str, str]) -> None:
        url = (
            target
            if target.startswith(("http://", "https://"))
            else (f"http://{headers.get('host', 'localhost')}{target}")
        )
        status, out, body = self.site.resolve(url)
        self.site.served += 1
        etag = headers.get("if-none-match")
        if status == 200 and etag and etag == out.get("ETag"):
            status, body = 304, b""
        close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
        out["Content-Length"] = str(len(body))
        out["Connection"] = "close" if close else "keep-alive"
        head = f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in out.items()
        )
        assert self.transport is not None
        self.transport.write(head.encode("latin-1") + b"\r\n" + (b"" if method == "HEAD" else body))
        if close:
            self.transport.close()
            self.transport = None


def serve_forever(root: Path, port: int = 0) -> None:
    site = _Site(root)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _Protocol(site), "127.0.0.1", port, backlog=256)
        print(f"listening on {server.sockets[0].getsockname()[1]}", flush=True)
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)
        await stop.wait()
        server.close()
        print(f"served {site.served}", flush=True)

    asyncio.run(run())


@dataclass
class Server:
    proxy_url: str
    process: subprocess.Popen
    kind: str

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.process.pid)


@contextmanager
def site_server(root: Path, kind: str = "fast"):
    """Serve ``root`` in a separate process. ``kind``: "fast" (this file) or "devserver" (yunmei's)."""
    if kind == "fast":
        command = [*_SELF, "serve", str(root), "--port", "0"]
    else:
        command = [PYTHON, "-c", _DEVSERVER_MAIN, str(root)]
    process = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        match = re.search(r"listening on (\d+)", line)
        if not match:
            raise RuntimeError(f"site server did not start: {line!r}")
        yield Server(f"http://127.0.0.1:{match.group(1)}", process, kind)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# yunmei's own threaded server, for comparison (--server devserver)
_DEVSERVER_MAIN = """
import signal, sys
from yunmei.devserver import SiteServer
server = SiteServer(sys.argv[1])
signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
print(f"listening on {server.port}", flush=True)
server.httpd.serve_forever()
"""


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

    It is started by a small launcher (``common.py measure``): a child forked straight from this
    harness would count the harness's own memory (the generated site) in its peak RSS, because
    ru_maxrss survives exec.
    """
    out_path, err_path = log_dir / f"{name}.out", log_dir / f"{name}.err"
    usage_path = log_dir / f"{name}.rusage.json"
    usage_path.unlink(missing_ok=True)
    launcher = [*_SELF, "measure", str(usage_path), "--", *command]
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


# --- extraction vs trafilatura -------------------------------------------------------------------
def compare_extraction(root: Path, manifest: dict, sample: int = 200) -> dict[str, object]:
    """CPU time per page of yunmei's extraction and of trafilatura.extract on the same raw bytes.

    Three timings, interleaved page by page so machine noise hits them alike: extract_article
    whole (decode, parse, site layers, normalize, events); its site layers alone (the contract's
    normalize_text and extract_events stubbed out); trafilatura.extract with its defaults.
    """
    import contextlib
    from types import SimpleNamespace
    from unittest import mock

    import trafilatura

    if str(PROJECT) not in sys.path:
        sys.path.insert(0, str(PROJECT))
    from yunmei.extract import extract_article

    stubs = contextlib.ExitStack()
    try:
        import yunmei.events
        import yunmei.normalize

        def plain(text: str, *args, **kwargs):
            return SimpleNamespace(text=text, flags=frozenset())

        site_only = [
            mock.patch.object(yunmei.normalize, "normalize_text", plain),
            mock.patch.object(yunmei.events, "extract_events", lambda *a, **k: []),
        ]
    except (ImportError, AttributeError):  # a tree without them: no separate site-layer figure
        site_only = []

    pages = manifest["pages"]
    step = max(1, len(pages) // sample)
    chosen = pages[::step][:sample]
    loaded = [
        ((root / rel).read_bytes(), url, {"Content-Type": ctype}) for url, rel, ctype in chosen
    ]

    def site_layers(body: bytes, url: str, headers: dict) -> None:
        with contextlib.ExitStack() as stack:
            for patch in site_only:
                stack.enter_context(patch)
            extract_article(body, url, headers)

    for body, url, headers in loaded[:5]:  # warm caches and lazy imports out of the timing
        extract_article(body, url, headers)
        site_layers(body, url, headers)
        trafilatura.extract(body, url=url)
    by_kind: dict[str, list[float]] = {}
    body_layers: dict[str, int] = {}
    clock = time.thread_time
    for body, url, headers in loaded:
        t0 = clock()
        data = extract_article(body, url, headers)
        t1 = clock()
        site_layers(body, url, headers)
        t2 = clock()
        trafilatura.extract(body, url=url)
        t3 = clock()
        times = by_kind.setdefault(page_kind(url, headers["Content-Type"]), [0, 0.0, 0.0, 0.0])
        times[0] += 1
        times[1] += t1 - t0
        times[2] += t2 - t1
        times[3] += t3 - t2
        layer = (data.get("extraction") or {}).get("body", "none")
        body_layers[layer] = body_layers.get(layer, 0) + 1
    stubs.close()
    n = len(loaded) or 1
    full, site, theirs = (sum(t[i] for t in by_kind.values()) for i in (1, 2, 3))
    ms = lambda seconds, count=n: round(seconds * 1000 / count, 3)  # noqa: E731
    return {
        "extract_sample_pages": len(loaded),
        "extract_ms_per_page": ms(full),
        "site_layer_ms_per_page": ms(site) if site_only else None,
        "trafilatura_ms_per_page": ms(theirs),
        "extract_ratio": round(full / theirs, 3) if theirs else None,
        "site_layer_ratio": round(site / theirs, 3) if theirs and site_only else None,
        "extract_body_layers": body_layers,
        "extract_by_kind": {
            kind: {
                "pages": count,
                "extract_ms": ms(a, count),
                "site_layer_ms": ms(b, count),
                "trafilatura_ms": ms(c, count),
            }
            for kind, (count, a, b, c) in sorted(by_kind.items())
        },
    }


def page_kind(url: str, content_type: str) -> str:
    """The sitegen page kind of an article page, from its URL and content type."""
    host = urlsplit(url).hostname or ""
    if host.startswith("m.gdzjdaily"):
        return "mobile"
    if "gdzjdaily" not in host:
        return "mirror"
    if "gbk" in content_type:
        return "gbk"
    return "desktop_page_n" if re.search(r"_\d+\.html$", url) else "desktop"


# --- profiling --------------------------------------------------------------------------------
def profile(command: list[str], env: dict[str, str], raw: Path) -> str:
    """Run ``command`` under py-spy (CPU samples, by function); the summary of where time goes."""
    py_spy = shutil.which("py-spy") or str(Path(PYTHON).with_name("py-spy"))
    if not Path(py_spy).exists():
        return "py-spy not installed: pip install py-spy (into the venv) to profile"
    spy = [py_spy, "record", "--rate", "100", "--format", "raw", "--function", "--nonblocking",
           "--output", str(raw), "--", *command]  # fmt: skip
    with (raw.parent / f"{raw.stem}.err").open("wb") as err:
        subprocess.run(
            spy, cwd=PROJECT, env=env, check=False, stdout=subprocess.DEVNULL, stderr=err
        )
    return f"{raw}\n" + summarize_profile(raw)


# who owns a sample: the innermost frame from one of these (libraries such as lxml, sqlite3,
# w3lib or asyncio count for their caller); "startup" is importing modules
OWNERS = (
    ("startup (imports)", "<frozen importlib"),
    ("yunmei.extract", "yunmei/extract/"),
    ("yunmei.normalize", "yunmei/normalize"),
    ("yunmei.events", "yunmei/events"),
    ("yunmei.store", "yunmei/store/"),
    ("yunmei.pipelines", "yunmei/pipelines/"),
    ("yunmei.middlewares", "yunmei/middlewares/"),
    ("yunmei.spiders", "yunmei/spiders/"),
    ("yunmei.fingerprint", "yunmei/fingerprint.py"),
    ("yunmei.urls", "yunmei/urls.py"),
    ("yunmei.runlog", "yunmei/runlog.py"),
    ("yunmei.replay", "yunmei/replay.py"),
    ("yunmei.record", "yunmei/record.py"),
    ("yunmei (other)", "yunmei/monitors.py"),
    ("scrapy", "scrapy/"),
    ("twisted", "twisted/"),
)


def _owner(frames: list[str]) -> str:
    for frame in reversed(frames):
        for owner, marker in OWNERS:
            if marker in frame:
                return owner
    return "other (event loop, interpreter)"


def summarize_profile(raw: Path, top: int = 20) -> str:
    """Shares by owner (exclusive), self time and inclusive project frames from py-spy's raw output."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    owners: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text("utf-8", "replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = stack.split(";")
        weight = int(count)
        total += weight
        own[frames[-1]] += weight
        for frame in set(frames):
            inclusive[frame] += weight
        owners[_owner(frames)] += weight
    if not total:
        return "(no samples)"
    pct = lambda v: f"{100 * v / total:5.1f}%"  # noqa: E731
    lines = [f"{total} samples (100/s of CPU time); by owner (innermost frame, exclusive):"]
    lines += [f"  {pct(v)}  {owner}" for owner, v in owners.most_common()]
    lines.append("top self time:")
    lines += [f"  {pct(v)}  {frame}" for frame, v in own.most_common(top)]
    lines.append("top inclusive, project code:")
    mine = [(f, v) for f, v in inclusive.most_common() if "yunmei/" in f and "commands/" not in f]
    lines += [f"  {pct(v)}  {frame}" for frame, v in mine[:top]]
    return "\n".join(lines)


# --- reporting -----------------------------------------------------------------------------------
def environment() -> dict[str, object]:
    import scrapy

    # the measured checkout: its commit, "+dirty" when the measured code (yunmei/, project
    # metadata) has uncommitted changes; a copy without git can name it in YUNMEI_BENCH_COMMIT
    commit = os.environ.get("YUNMEI_BENCH_COMMIT", "")
    try:
        git = ["git", "-C", str(PROJECT)]
        head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=False).stdout.strip()  # fmt: skip
        if head:
            dirty = subprocess.run([*git, "status", "--porcelain", "--untracked-files=no",
                                    "--", "yunmei", "pyproject.toml", "scrapy.cfg"],
                                   capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
            commit = head + ("+dirty" if dirty else "")
    except OSError:
        pass
    return {
        "when": time.strftime("%Y-%m-%d %H:%M:%S%z"),
        "commit": commit,
        "python": platform.python_version(),
        "scrapy": scrapy.__version__,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }


def print_table(
    rows: list[dict], columns: list[tuple[str, str, str]], markdown: bool = False
) -> None:
    """columns: (key, header, format spec); ``markdown`` for docs/performance.md."""
    cells = [[header for _key, header, _fmt in columns]]
    for row in rows:
        line = []
        for key, _header, fmt in columns:
            value = row.get(key)
            line.append("-" if value is None else format(value, fmt))
        cells.append(line)
    if markdown:
        for n, line in enumerate(cells):
            print("| " + " | ".join(line) + " |")
            if n == 0:
                print("|" + "|".join("---:" for _ in line) + "|")
        return
    widths = [max(len(str(c[i])) for c in cells) for i in range(len(columns))]
    for n, line in enumerate(cells):
        print("  ".join(str(c).rjust(w) for c, w in zip(line, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def write_json(path: Path | None, data: object) -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="benchmark helpers")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve a generated site folder (also as an HTTP proxy)")
    serve.add_argument("root", type=Path)
    serve.add_argument("--port", type=int, default=0)
    measure = sub.add_parser("measure", help="run a command, write its rusage as JSON")
    measure.add_argument("usage", type=Path)
    measure.add_argument("argv", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve_forever(args.root, args.port)
    elif args.command == "measure":
        command = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
        return measure_main(args.usage, command)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
