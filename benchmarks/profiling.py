"""py-spy profiles of a crawl and their summary: where the CPU time goes, by owner."""

from __future__ import annotations

import collections
import shutil
import subprocess
from pathlib import Path

from benchmarks.processes import PROJECT, PYTHON


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
