"""The one list of article fields (../shared/contract.md), as a dataclass itemadapter understands.

Everything else derives from ``ArticleItem``: the empty result of extraction
(``empty_article``), the store writer's known keys (``FIELD_NAMES``), the required-field check
(``missing_field``). Nested records (authors, editors, images, events) are plain dicts with the
contract's keys. Every normalized value keeps its raw, as-printed string beside it
(``published_raw``, ``byline_raw``).
"""

from __future__ import annotations

import hashlib
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any


def content_hash(title: str | None, body: str | None) -> str:
    """The ``content_hash`` field: sha256 of the normalized title + "\\n" + body."""
    return hashlib.sha256(f"{title or ''}\n{body or ''}".encode()).hexdigest()


@dataclass
class ArticleItem:
    url: str
    article_id: str | None = None
    fetched_url: str | None = None
    title: str | None = None
    column: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    published_at: str | None = None
    published_raw: str | None = None
    source: str | None = None
    byline_raw: str | None = None
    authors: list[dict[str, Any]] = field(default_factory=list)
    editors: list[dict[str, Any]] = field(default_factory=list)
    body: str | None = None
    images: list[dict[str, Any]] = field(default_factory=list)
    page_count: int = 1
    missing_pages: list[int] = field(default_factory=list)
    epaper_page: str | None = None
    epaper_page_name: str | None = None
    page_kind: str = "unknown"
    is_original: bool = False
    is_mirror: bool = False
    duplicate_of: str | None = None
    language: str = "zh-Hans"
    quality_flags: list[str] = field(default_factory=list)
    content_hash: str | None = None
    # validators of the response, for conditional re-checks (set by the spider, not extraction)
    http_etag: str | None = None
    http_last_modified: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    extraction: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleItem:
        """Build from an ``extract_article`` dict, ignoring keys the item does not know."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FIELD_NAMES = frozenset(f.name for f in fields(ArticleItem))
RESPONSE_FIELDS = ("http_etag", "http_last_modified")  # from the response, not the page
REQUIRED_FIELDS = ("url", "article_id", "title", "body")  # an item without one is not an article


def missing_field(item: Any) -> str | None:
    """The first required field an item (a mapping, ItemAdapter or ArticleItem) lacks, or None:
    the one check, made by the validate pipeline and at the store's door (``save_articles``)."""
    get = item.get if hasattr(item, "get") else lambda name: getattr(item, name, None)
    for name in REQUIRED_FIELDS:
        value = get(name)
        if not (isinstance(value, str) and value.strip()):
            return name
    return None


def empty_article() -> dict[str, Any]:
    """Every field extraction fills, at its default (``url`` None): the start of a result."""
    values: dict[str, Any] = {}
    for f in fields(ArticleItem):
        if f.name in RESPONSE_FIELDS:
            continue
        if f.default_factory is not MISSING:
            values[f.name] = f.default_factory()
        else:
            values[f.name] = None if f.default is MISSING else f.default
    return values
