"""The store is the only door to SQLite: no module outside ``yunmei/store/`` imports sqlite3."""

from __future__ import annotations

import ast
from pathlib import Path

import yunmei

PACKAGE = Path(yunmei.__file__).resolve().parent


def sqlite_importers() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "sqlite3" for name in names):
                found.append(str(path.relative_to(PACKAGE)))
    return found


def test_sqlite3_is_imported_only_inside_the_store():
    outside = [name for name in sqlite_importers() if not name.startswith("store/")]
    assert outside == []


def test_the_scan_sees_the_store_itself():
    # the scan finds the store's own import, so an empty result above is not a blind scan
    assert "store/core.py" in sqlite_importers()
