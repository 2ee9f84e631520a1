"""Fixtures for the scheduling tests: a generated site (tests/scheduling/testsite.py) on 127.0.0.1."""

from __future__ import annotations

import pytest
from testsite import GeneratedSite

from yunmei.devserver import SiteServer


@pytest.fixture
def site(tmp_path) -> GeneratedSite:
    return GeneratedSite(tmp_path / "site").write()


@pytest.fixture
def server(site):
    with SiteServer(site.root) as served:
        yield served
