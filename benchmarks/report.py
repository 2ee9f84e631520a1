"""The figures of a benchmark run: the environment they were measured in, tables, JSON."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from pathlib import Path

from benchmarks.processes import PROJECT


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
