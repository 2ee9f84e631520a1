"""Helpers for the scheduling tests: real ``scrapy crawl`` subprocesses against a generated site."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from testsite import WWW, article_ids_in

from yunmei.devserver import SiteServer

ROOT = Path(__file__).resolve().parents[2]
# the test site is plain http behind the proxy, retries wait milliseconds, not seconds
FAST = {
    "YUNMEI_ARTICLE_URL_TEMPLATE": f"http://{WWW}/p/{{id}}.html",
    "YUNMEI_RETRY_BACKOFF_BASE": 0.02,
    "YUNMEI_RETRY_BACKOFF_MAX": 0.2,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": 0,
    "LOG_LEVEL": "INFO",
}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    db: Path
    answers: list[tuple[str, int]] = field(default_factory=list)  # (url, status) the server sent
    row: dict = field(default_factory=dict)  # this run's crawl_runs row, stats decoded

    def stat(self, key: str) -> int:
        return int(self.row["stats"].get(key, 0) or 0)

    def article_answers(self, status: int | None = None) -> list[int]:
        """Article ids the server answered in this run (optionally only with ``status``)."""
        return article_ids_in([u for u, s in self.answers if status is None or s == status])

    def urls(self) -> list[str]:
        return [u for u, _s in self.answers]


def last_run(db: Path) -> dict:
    """The newest crawl_runs row, with stats decoded ({} when there is none)."""
    if not db.exists():
        return {}
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        try:
            row = conn.execute("SELECT * FROM crawl_runs ORDER BY run_id DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return {}
    if row is None:
        return {}
    row = dict(row)
    row["stats"] = json.loads(row["stats"] or "{}")
    return row


def command(db: Path, args: dict | None = None, settings: dict | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "yunmei"]
    for key, value in (args or {}).items():
        cmd += ["-a", f"{key}={value}"]
    for key, value in {"YUNMEI_DB": str(db), **FAST, **(settings or {})}.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def environment(proxy: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env.update(http_proxy=proxy, no_proxy="", PYTHONPATH=str(ROOT))
    return env


def crawl(server: SiteServer, db: Path, args=None, settings=None, timeout: float = 120) -> Run:
    mark = len(server.answers)
    done = subprocess.run(
        command(db, args, settings),
        cwd=ROOT,
        env=environment(server.proxy_url),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    answers = list(server.answers[mark:])
    return Run(done.returncode, done.stdout, done.stderr, db, answers, last_run(db))


def rows(db: Path, columns: str = "article_id, content_hash") -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT {columns} FROM articles ORDER BY article_id").fetchall()


def table_count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def columns(db: Path, table: str = "articles") -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def ok(run: Run) -> str:
    return f"exit {run.returncode}\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}"
