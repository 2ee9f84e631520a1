"""Shared pytest fixtures: page fixtures (raw bytes + metadata), the sample site, crawl runners."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from yunmei.devserver import SiteServer
from yunmei.fixtures import PageFixture, load_fixture

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared"


def fixture_names() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if (p / "meta.json").exists())


@pytest.fixture
def page_fixture():
    """``page_fixture("desktop-seed")`` → PageFixture (``.body``, ``.url``, ``.response()`` …)."""

    def load(name: str) -> PageFixture:
        return load_fixture(FIXTURES / name)

    return load


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str
    db: Path


@pytest.fixture
def run_crawl(tmp_path):
    """Run ``scrapy crawl`` in a subprocess (a fresh Twisted reactor each time), like cron does.

    ``run_crawl("yunmei", args={...}, settings={...}, proxy=server.proxy_url)`` → CrawlResult.
    """

    def run(
        spider: str,
        args: dict[str, str] | None = None,
        settings: dict[str, object] | None = None,
        proxy: str | None = None,
        db: Path | None = None,
        timeout: float = 180,
    ) -> CrawlResult:
        db = db or tmp_path / "yunmei.db"
        command = [sys.executable, "-m", "scrapy", "crawl", spider]
        for key, value in (args or {}).items():
            command += ["-a", f"{key}={value}"]
        base = {"YUNMEI_DB": str(db), "LOG_LEVEL": "INFO", "DOWNLOAD_DELAY": 0,
                "AUTOTHROTTLE_ENABLED": 0}  # fmt: skip
        for key, value in {**base, **(settings or {})}.items():
            command += ["-s", f"{key}={value}"]
        env = {
            k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")
        }
        if proxy:
            env.update(http_proxy=proxy, no_proxy="")
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
        return CrawlResult(done.returncode, done.stdout, done.stderr, db)

    return run


@pytest.fixture
def sample_site(tmp_path) -> Path:
    """A private, mutable copy of the snapshot's source pages."""
    source = SAMPLE / "site"
    if not source.exists():
        pytest.fail("data/sample/site is missing from the checkout")
    target = tmp_path / "site"
    shutil.copytree(source, target)
    return target


@pytest.fixture
def site_server(sample_site):
    """The snapshot pages served on 127.0.0.1 (random port); use ``.proxy_url`` as http_proxy."""
    with SiteServer(sample_site) as server:
        yield server


@pytest.fixture
def strict_events(monkeypatch):
    """extract_events lets its errors through (it returns [] on a bug otherwise)."""
    from yunmei import events

    monkeypatch.setattr(events, "STRICT", True)
