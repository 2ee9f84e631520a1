"""What the store already holds, read once at the start of a run, and ``touch`` for 304 answers.

Uses ``Store.article_state()`` / ``Store.touch()`` when the store provides them, else reads the
``articles`` table with plain sqlite3 (only the columns that exist), so it works on any schema.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from yunmei.urls import parse_article_url

BEIJING = timezone(timedelta(hours=8))
logger = logging.getLogger(__name__)
_COLUMNS = (
    "article_id", "published_at", "content_hash", "http_etag", "http_last_modified",
    "last_seen_at", "is_mirror", "fetched_url", "quality_flags", "page_count", "missing_pages",
)  # fmt: skip


def now_iso() -> str:
    return datetime.now(BEIJING).isoformat(timespec="seconds")


@dataclass(frozen=True)
class StoredArticle:
    article_id: str
    published_at: str | None = None
    content_hash: str | None = None
    http_etag: str | None = None
    http_last_modified: str | None = None
    last_seen_at: str | None = None
    is_mirror: bool = False
    complete: bool = True  # no page missing (a stored copy with gaps is fetched again)
    page_count: int = 1  # a 304 on page 1 vouches for a one-page article only

    def published(self) -> datetime | None:
        """published_at as an aware datetime (a date-only value is midnight Beijing time)."""
        if not self.published_at:
            return None
        try:
            value = datetime.fromisoformat(self.published_at)
        except ValueError:
            return None
        return value if value.tzinfo else value.replace(tzinfo=BEIJING)

    def is_recent(self, days: float, now: datetime | None = None) -> bool:
        published = self.published()
        if published is None or days <= 0:
            return False
        now = now or datetime.now(BEIJING)
        return now - published <= timedelta(days=days)

    def can_revalidate(self) -> bool:
        """A conditional request is only safe for a complete one-page original with a validator."""
        validator = bool(self.http_etag or self.http_last_modified)
        return self.complete and self.page_count <= 1 and not self.is_mirror and validator


def _store_class():
    try:
        from yunmei.store import Store
    except ImportError:  # the store package is being rewritten; plain sqlite3 still works
        return None
    return Store


def _json_list(value) -> list:
    if not value:
        return []
    try:
        loaded = json.loads(value)
    except (TypeError, ValueError):
        return []
    return loaded if isinstance(loaded, list) else []


def _read_rows(path: Path) -> dict[str, dict]:
    conn = sqlite3.connect(str(path), timeout=30)  # not mode=ro: a WAL file may need its -shm
    try:
        present = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
        if "article_id" not in present:
            return {}
        columns = [c for c in _COLUMNS if c in present]
        cursor = conn.execute(f"SELECT {', '.join(columns)} FROM articles")
        return {str(row[0]): dict(zip(columns, row, strict=True)) for row in cursor}
    finally:
        conn.close()


def _is_complete(row: dict) -> bool:
    if _json_list(row.get("missing_pages")):
        return False
    return "missing_pages" not in _json_list(row.get("quality_flags"))


def _is_mirror(row: dict) -> bool:
    if row.get("is_mirror") is not None:
        return bool(row["is_mirror"])
    ref = parse_article_url(row.get("fetched_url") or "")
    return bool(ref and ref.is_mirror)


def load_state(path: str | Path) -> dict[str, StoredArticle]:
    """article_id → StoredArticle for every stored article ({} when there is no database yet)."""
    path = Path(path)
    if not path.exists():
        return {}
    rows = _read_rows(path)
    from_store: dict = {}
    store_cls = _store_class()
    if store_cls is not None and hasattr(store_cls, "article_state"):
        try:
            store = store_cls(path)
            try:
                from_store = store.article_state()
            finally:
                store.close()
        except Exception as exc:  # a database the store cannot open: the plain read still works
            logger.warning("Store.article_state() failed (%s); using a plain read of %s", exc, path)
    state = {}
    for article_id in set(rows) | set(from_store):
        row = {**rows.get(article_id, {}), **(from_store.get(article_id) or {})}
        state[article_id] = StoredArticle(
            article_id=article_id,
            published_at=row.get("published_at"),
            content_hash=row.get("content_hash"),
            http_etag=row.get("http_etag"),
            http_last_modified=row.get("http_last_modified"),
            last_seen_at=row.get("last_seen_at"),
            is_mirror=_is_mirror(row),
            complete=_is_complete(row),
            page_count=int(row.get("page_count") or 1),
        )
    return state


def max_site_id(path: str | Path, state: dict[str, StoredArticle]) -> int | None:
    """Highest stored numeric (site) article id: ``Store.max_article_id()`` when it exists."""
    store_cls = _store_class()
    if store_cls is not None and hasattr(store_cls, "max_article_id") and Path(path).exists():
        try:
            store = store_cls(path)
            try:
                value = store.max_article_id()
            finally:
                store.close()
        except Exception as exc:  # same fallback as load_state
            logger.warning("Store.max_article_id() failed (%s)", exc)
            value = None
        if value is not None and str(value).isdigit():
            return int(value)
    ids = [int(a) for a in state if a.isdigit()]
    return max(ids) if ids else None


class Toucher:
    """Marks articles as seen (last_seen_at) when the server answered 304 Not Modified."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._store = None
        self._conn: sqlite3.Connection | None = None

    def touch(self, article_id: str) -> None:
        store_cls = _store_class()
        if store_cls is not None and hasattr(store_cls, "touch"):
            if self._store is None:
                self._store = store_cls(self.path)
            self._store.touch(article_id)
            return
        if self._conn is None:
            self._conn = sqlite3.connect(str(self.path), timeout=30)
        with self._conn:
            self._conn.execute(
                "UPDATE articles SET last_seen_at = ? WHERE article_id = ?", (now_iso(), article_id)
            )

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def truthy(value) -> bool:
    """A spider argument or setting given as text: ``-a refresh=1`` / ``true`` / ``yes``."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class RunState:
    """Per-crawl state shared by the spider and downloader middlewares (one per crawler)."""

    _by_crawler: dict[int, RunState] = {}

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.db = settings.get("YUNMEI_DB")
        self.enabled = settings.getbool("YUNMEI_INCREMENTAL", True)
        self.recent_days = settings.getfloat("YUNMEI_RECENT_DAYS", 3)
        self._articles: dict[str, StoredArticle] | None = None
        self.originals_requested: set[str] = set()  # article ids requested on their own site
        self.toucher = Toucher(self.db) if self.db else None

    @classmethod
    def of(cls, crawler) -> RunState:
        key = id(crawler)
        if key not in cls._by_crawler or cls._by_crawler[key].crawler is not crawler:
            cls._by_crawler[key] = cls(crawler)
        return cls._by_crawler[key]

    @property
    def articles(self) -> dict[str, StoredArticle]:
        # read once, lazily: the snapshot of the store as the run started
        if self._articles is None:
            self._articles = load_state(self.db) if (self.db and self.enabled) else {}
            self.crawler.stats.set_value("yunmei/incremental/stored_at_start", len(self._articles))
        return self._articles

    @property
    def refresh(self) -> bool:
        return truthy(getattr(self.crawler.spider, "refresh", False))

    def close(self) -> None:
        if self.toucher is not None:
            self.toucher.close()
        self._by_crawler.pop(id(self.crawler), None)
