"""Mirror copies give the same article as the page they copy (site-spec §5)."""

from __future__ import annotations

import pytest
from tests_extract_helpers import extract_fixture

FIELDS = (
    "title",
    "column",
    "subtitle",
    "published_at",
    "source",
    "byline_raw",
    "authors",
    "body",
    "url",
)


@pytest.mark.parametrize("field", FIELDS)
def test_traditional_pinyin_mirror_equals_original(field):
    mirror = extract_fixture("mirror-traditional-pinyin")
    original = extract_fixture("desktop-multi-source-2013")
    assert mirror[field] == original[field]


def test_traditional_pinyin_mirror_is_flagged():
    mirror = extract_fixture("mirror-traditional-pinyin")
    assert mirror["is_mirror"] is True
    assert {"mirror_copy", "traditional_converted", "pinyin_removed"} <= set(
        mirror["quality_flags"]
    )
    assert mirror["fetched_url"] == "https://juzitie.cn/p/2659870.html"


def test_mirror_substitutions_undone():
    mirror = extract_fixture("mirror-traditional-pinyin")
    assert mirror["body"].startswith("湛江新闻网讯:")
    assert mirror["source"] == "湛江新闻网、湛江晚报、腾讯网等"
    assert mirror["images"][0]["caption"] == "(图片由湛江市气象局提供)"
    assert "开云" not in mirror["body"]


@pytest.mark.parametrize(
    "field", ("title", "column", "subtitle", "published_at", "authors", "editors")
)
def test_seed_mirror_matches_reference_page(field):
    assert extract_fixture("mirror-seed")[field] == extract_fixture("desktop-seed")[field]


@pytest.mark.parametrize(
    ("alt", "reference"),
    [
        ("alt-table-seed", "desktop-seed"),
        ("alt-classes-plain", "desktop-plain"),
        ("alt-wrappers-inline", "desktop-inline-editors"),
        ("alt-noclass-empty-source", "desktop-empty-source"),
        ("alt-html5-column-dot", "desktop-column-dot"),
        ("alt-br-commentary", "desktop-commentary"),
        ("alt-mobile-divs", "mobile-app"),
        ("alt-mediacloud-vue", "mediacloud-original"),
        ("alt-table-spaced-byline", "desktop-spaced-byline"),
    ],
)
def test_other_markup_same_content_hash(alt, reference):
    """Same visible text in other markup: same title and body, so the same content hash."""
    assert extract_fixture(alt)["content_hash"] == extract_fixture(reference)["content_hash"]
