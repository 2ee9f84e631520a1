"""The analyst recipes and search commands of docs/schema.md run as written."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_factories import SEED_ID, article_item, seed_item

from yunmei.store import Store

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "schema.md").read_text("utf-8")


def blocks(language: str, after: str) -> list[str]:
    section = DOCS[DOCS.index(after) :]
    return re.findall(rf"```{language}\n(.*?)```", section, re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder laid out like the repository root: data/yunmei.db, .venv and yunmei/ beside it."""
    root = tmp_path_factory.mktemp("repo")
    (root / "data").mkdir()
    with Store(root / "data" / "yunmei.db") as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 11))])
    # the recipes say .venv/bin/…: the environment running the tests stands in for it
    (root / ".venv").symlink_to(Path(sys.prefix))
    (root / "yunmei").symlink_to(ROOT / "yunmei")
    return root


def run(command: str, cwd: Path) -> str:
    result = subprocess.run(
        command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, (command, result.stderr)
    return result.stdout


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell")
def test_sqlite3_recipe(workdir):
    (script,) = [b for b in blocks("sh", "**1. sqlite3**")[:1]]
    awards, search = [line for line in script.splitlines() if line.strip()]
    out = run(awards, workdir)
    assert "区交通运输局" in out and "金牌" in out and "二等奖" not in out
    found = [line.split("|")[0] for line in run(search, workdir).splitlines()]
    expected = {a for a, in sqlite3.connect(workdir / "data" / "yunmei.db").execute(
        "SELECT article_id FROM articles WHERE title || body LIKE '%湛江%'")}  # fmt: skip
    assert len(found) == 5 and set(found) <= expected


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell")
def test_search_sql_file_command(workdir):
    (command,) = [
        b.strip() for b in blocks("sh", "Plain SQL that rewrites any query") if ".read" in b
    ][:1]
    out = run(command, workdir)
    assert SEED_ID in out and "3000001" not in out


def test_sqlite_utils_recipe(workdir):
    script = blocks("sh", "**2. sqlite-utils**")[0]
    roles, per_day = [line for line in script.splitlines() if line.strip()]
    out = run(roles, workdir)
    assert "photo" in out and "video" in out
    assert '"articles": 1' in run(per_day, workdir)


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")
def test_pandas_recipe(workdir, tmp_path):
    code = blocks("python", "**3. pandas**")[0]
    script = tmp_path / "recipe.py"
    script.write_text(code, "utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=workdir, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "区交通运输局" in result.stdout and "一等奖" in result.stdout
