"""The README's scrapyd path, for real: start scrapyd on 127.0.0.1, ``scrapyd-deploy`` the
project's egg, ``schedule.json`` a replay crawl of the bundled snapshot, and find its articles
and its ``crawl_runs`` row in the database. The egg must carry every data file the package needs:
scrapyd imports the project from the zipped egg, not from this checkout."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(url: str, data: dict | None = None) -> dict:
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    with urllib.request.urlopen(url, body, timeout=30) as answer:
        return json.loads(answer.read())


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        "[scrapyd]\nbind_address = 127.0.0.1\n"
        f"http_port = {port}\neggs_dir = {tmp_path / 'eggs'}\nlogs_dir = {tmp_path / 'logs'}\n"
        f"dbs_dir = {tmp_path / 'dbs'}\nitems_dir =\nmax_proc = 1\npoll_interval = 0.5\n"
    )
    log = (tmp_path / "scrapyd.log").open("w")
    server = subprocess.Popen([str(BIN / "scrapyd")], cwd=tmp_path, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                call(url + "daemonstatus.json")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError((tmp_path / "scrapyd.log").read_text()[-3000:]) from None
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_scrapyd_deploy_and_schedule_a_replay_crawl(scrapyd, tmp_path):
    env = {"YUNMEI_SCRAPYD_URL": scrapyd, "PATH": str(BIN), "HOME": str(tmp_path)}
    deployed = subprocess.run(
        [str(BIN / "scrapyd-deploy"), "env", "-p", "yunmei", "-v", "1.0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert '"status": "ok"' in deployed.stdout, deployed.stdout + deployed.stderr
    assert "yunmei" in call(scrapyd + "listprojects.json")["projects"]
    # every data file of the package travelled in the egg scrapyd will import from
    egg = next((tmp_path / "eggs").rglob("*.egg"))
    with zipfile.ZipFile(egg) as archive:
        names = set(archive.namelist())
    package = ROOT / "yunmei"
    wanted = {
        str(path.relative_to(ROOT))
        for path in package.rglob("*")
        if path.is_file() and path.suffix in (".json", ".txt", ".yml", ".sql", ".html")
        and "__pycache__" not in path.parts
    }  # fmt: skip
    assert wanted and wanted <= names, sorted(wanted - names)

    db = tmp_path / "scrapyd.db"
    start_urls = ",".join((SAMPLE / "start_urls.txt").read_text("utf-8").split())
    job = call(
        scrapyd + "schedule.json",
        {
            "project": "yunmei",
            "spider": "yunmei",
            "setting": [f"YUNMEI_REPLAY={SAMPLE / 'warc'}", f"YUNMEI_DB={db}"],
            "start_urls": start_urls,
        },
    )
    assert job["status"] == "ok", job
    deadline = time.monotonic() + 240
    while True:
        jobs = call(scrapyd + "listjobs.json?project=yunmei")
        if any(j["id"] == job["jobid"] for j in jobs["finished"]):
            break
        assert time.monotonic() < deadline, jobs
        time.sleep(1)

    log = next((tmp_path / "logs").rglob("*.log")).read_text("utf-8")
    assert db.exists(), log[-4000:]
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        runs = conn.execute("SELECT spider, outcome, args FROM crawl_runs").fetchall()
    assert articles >= 30, log[-4000:]
    assert len(runs) == 1 and runs[0][:2] == ("yunmei", "finished"), (runs, log[-4000:])
    assert json.loads(runs[0][2])["start_urls"] == start_urls.split(",")
