"""The generated site served for a benchmark: ``yunmei.devserver`` (the project's one HTTP test
server) in a separate process, so its CPU time is not the crawler's."""

from __future__ import annotations

import re
import signal
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks.processes import PROJECT, PYTHON, cpu_seconds


@dataclass
class Server:
    proxy_url: str
    process: subprocess.Popen

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.process.pid)


@contextmanager
def site_server(root: Path):
    """Serve ``root`` (also as an HTTP proxy) until the block ends."""
    command = [PYTHON, "-m", "yunmei.devserver", str(root), "--port", "0"]
    process = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        match = re.search(r"127\.0\.0\.1:(\d+)", line)
        if not match:
            raise RuntimeError(f"site server did not start: {line!r}")
        yield Server(f"http://127.0.0.1:{match.group(1)}", process)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
