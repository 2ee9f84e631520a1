"""The demo database served by a real Datasette on 127.0.0.1, and a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"
# Debian's browser, its driver and a CJK font (without one, Chinese renders as boxes)
BROWSER_PACKAGES = ["chromium", "chromium-driver", "fonts-wqy-zenhei"]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _crawl(db: Path, spider: str, *args: str) -> None:
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"YUNMEI_DB={db}",
               "-s", f"YUNMEI_REPLAY={SAMPLE / 'warc'}", "-s", "LOG_LEVEL=WARNING", *args]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """`make demo` into a temp file named unlike yunmei.db: the site must not depend on the name."""
    db = tmp_path_factory.mktemp("web") / "archive-demo.db"
    start_urls = ",".join((SAMPLE / "start_urls.txt").read_text().split())
    _crawl(db, "yunmei", "-a", f"start_urls={start_urls}")
    _crawl(db, "yunmei_epaper", "-a", "since=2015-05-06", "-a", "until=2015-05-06")
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def served(demo_db):
    """``datasette serve`` as `make serve` runs it (the plugin comes from the entry point)."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(demo_db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"datasette exited: {proc.stderr.read()}")
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("datasette did not answer within 30 s")
    yield base, demo_db.stem
    proc.terminate()
    proc.wait(timeout=20)


def _ensure_browser() -> tuple[str, str]:
    missing = not (shutil.which("chromium") and shutil.which("chromedriver"))
    no_font = not Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc").exists()
    if missing or no_font:
        if os.geteuid() != 0:
            pytest.fail(f"install {' '.join(BROWSER_PACKAGES)} (apt-get) to run the browser tests")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update"], check=True, env=env, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", *BROWSER_PACKAGES], check=True, env=env,
                       capture_output=True)  # fmt: skip
    return shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = _ensure_browser()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"]:
        options.add_argument(flag)
    options.add_argument("--window-size=1280,1000")
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
