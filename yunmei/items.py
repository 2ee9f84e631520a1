"""Typed records of the public contract (../shared/contract.md), as dataclasses itemadapter understands.

Every normalized value keeps its raw, as-printed string beside it (``published_raw``, ``byline_raw``).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any


def content_hash(title: str | None, body: str | None) -> str:
    """The ``content_hash`` field: sha256 of the normalized title + "\\n" + body."""
    return hashlib.sha256(f"{title or ''}\n{body or ''}".encode()).hexdigest()


@dataclass
class Author:
    name: str
    role: str = "text"  # text, photo, video, aerial, voiceover, copy, graphics
    title: str | None = None  # as printed: 记者, 通讯员, 实习生 ...


@dataclass
class Editor:
    name: str
    duty: str = "editor"  # editor, duty_director, duty_board, responsible_editor


@dataclass
class Image:
    url: str
    caption: str | None = None


@dataclass
class Recipient:
    name: str
    kind: str = "organization"  # organization, person, team, work
    affiliation: str | None = None


@dataclass
class Award:
    tier: str
    tier_rank: int | None = None
    recipients: list[Recipient] = field(default_factory=list)
    category: str | None = None


@dataclass
class Event:
    name: str | None = None
    kind: str = "other"  # competition, match, selection, exam, other
    date: str | None = None
    venue: str | None = None
    organizer: str | None = None
    participants: int | None = None
    awards: list[Award] = field(default_factory=list)
    evidence: str | None = None


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
    page_kind: str | None = None
    is_original: bool = False
    is_mirror: bool = False
    duplicate_of: str | None = None
    language: str = "zh-Hans"
    quality_flags: list[str] = field(default_factory=list)
    content_hash: str | None = None
    http_etag: str | None = None  # validators of the response, for conditional re-checks
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


REQUIRED_FIELDS = ("url", "article_id", "title", "body")  # an item without one is not an article


def missing_field(item: Any) -> str | None:
    """The first required field an item (dict or ArticleItem) lacks, or None: the one check,
    made by the validate pipeline and by ``Store.save_articles`` for callers outside a crawl."""
    get = item.get if isinstance(item, dict) else lambda name: getattr(item, name, None)
    for name in REQUIRED_FIELDS:
        value = get(name)
        if not (isinstance(value, str) and value.strip()):
            return name
    return None
