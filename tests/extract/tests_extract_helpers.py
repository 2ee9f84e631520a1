"""Helpers shared by the extraction tests (not a test module)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from yunmei.extract import extract_article
from yunmei.fixtures import load_fixture

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@functools.cache
def _extract(name: str) -> dict[str, Any]:
    fixture = load_fixture(FIXTURES / name)
    return extract_article(fixture.body, fixture.url, fixture.headers)


def extract_fixture(name: str) -> dict[str, Any]:
    """The extraction of a fixture (cached; callers must not mutate it)."""
    return _extract(name)


def fixture(name: str):
    return load_fixture(FIXTURES / name)
