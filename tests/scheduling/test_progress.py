"""The progress bar: drawn when stderr is a terminal (a real pty), never in a cron or CI log."""

from __future__ import annotations

import os
import pty
import re
import subprocess

from schedkit import ROOT, command, environment
from testsite import GeneratedSite

from yunmei.devserver import SiteServer
from yunmei.progress import bar_line

BAR = re.compile(r"\[[#-]{30}\] (\d+)/(\d+) articles")


def crawl_with_stderr_on_a_pty(server, db, start_url: str) -> tuple[int, str]:
    master, slave = pty.openpty()
    child = subprocess.Popen(
        command(db, {"start_urls": start_url}, {"LOG_LEVEL": "WARNING"}),
        cwd=ROOT,
        env=environment(server.proxy_url),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    chunks = []
    while True:  # read as it comes: a full pty would block the crawl
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return child.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_bar_line_fills_with_the_share_done():
    assert bar_line(0, 0, 0).startswith("[" + "-" * 30 + "] 0/0 articles")
    assert bar_line(5, 10, 12).startswith("[" + "#" * 15 + "-" * 15 + "] 5/10 articles  50%")
    assert bar_line(10, 10, 3).startswith("[" + "#" * 30 + "] 10/10")


def test_a_terminal_gets_a_bar_and_a_log_pipe_does_not(tmp_path):
    site = GeneratedSite(tmp_path / "site", count=4).write()
    with SiteServer(site.root) as server:
        code, terminal = crawl_with_stderr_on_a_pty(server, tmp_path / "tty.db", site.start_url)
        piped = subprocess.run(
            command(tmp_path / "pipe.db", {"start_urls": site.start_url}),
            cwd=ROOT,
            env=environment(server.proxy_url),
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert code == 0, terminal[-3000:]
    bars = BAR.findall(terminal)
    assert bars, terminal[-3000:]
    assert bars[-1] == ("4", "4")  # the last drawing is the final state: every article done
    assert "\r" in terminal
    assert piped.returncode == 0, piped.stderr[-3000:]
    assert re.search(r"articles done \d+/\d+", piped.stderr)  # the log line has the figures …
    assert not BAR.search(piped.stderr) and "\r" not in piped.stderr  # … and no bar
