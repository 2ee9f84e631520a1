"""Batch writer: item dicts → ``articles`` + child rows + FTS + revisions, on a connection whose
transaction the caller holds. Shared by ``Store.save_articles`` and the v1→v2 migration."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from yunmei.items import FIELD_NAMES, missing_field
from yunmei.items import content_hash as hash_of_article
from yunmei.store import neardup, schema, simhash
from yunmei.store import search as fts

NEW, CHANGED, UNCHANGED, MIRROR_IGNORED, REJECTED = (
    "new",
    "changed",
    "unchanged",
    "mirror_ignored",
    "rejected",
)

ARTICLE_COLUMNS = (
    "article_id", "doc_id", "url", "fetched_url", "title", "column_name", "subtitle", "kicker",
    "published_at", "published_date", "published_raw", "source", "byline_raw", "body",
    "page_count", "missing_pages", "epaper_page", "epaper_page_name", "page_kind",
    "is_original", "is_mirror", "duplicate_of", "language", "quality_flags", "extraction",
    "extra", "content_hash", "simhash", "simhash_b0", "simhash_b1", "simhash_b2", "simhash_b3",
    "http_etag", "http_last_modified", "first_seen_at", "last_seen_at", "last_changed_at",
)  # fmt: skip
# item keys that have a column (or child table) of their own; the rest go to ``extra``
ITEM_KEYS = FIELD_NAMES
EVENT_KEYS = {"name", "kind", "date", "venue", "organizer", "participants", "awards", "evidence"}

INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ARTICLE_COLUMNS)})"
)
# every column but the identity and first_seen_at is rewritten on change
_UPDATED = [c for c in ARTICLE_COLUMNS if c not in ("article_id", "doc_id", "first_seen_at")]
UPDATE_ARTICLE = (
    f"UPDATE articles SET {', '.join(f'{c} = ?' for c in _UPDATED)} WHERE article_id = ?"
)
TOUCH = (
    "UPDATE articles SET last_seen_at = ?, http_etag = coalesce(?, http_etag), "
    "http_last_modified = coalesce(?, http_last_modified) WHERE article_id = ?"
)
TOUCH_SEEN_ONLY = "UPDATE articles SET last_seen_at = ? WHERE article_id = ?"
# the last value of an author or award row is the article's published_at (schema v4 copies)
INSERT_AUTHOR = (
    "INSERT INTO authors (article_id, position, name, role, title, published_ts) "
    f"VALUES (?, ?, ?, ?, ?, {schema.AUTHOR_TS_SQL.format('?')})"
)
INSERT_AUTHOR_V3 = (
    "INSERT INTO authors (article_id, position, name, role, title) VALUES (?, ?, ?, ?, ?)"
)
INSERT_EDITOR = (
    "INSERT INTO editors (article_id, position, name, duty, published_ts) "
    f"VALUES (?, ?, ?, ?, {schema.AUTHOR_TS_SQL.format('?')})"
)
INSERT_EDITOR_V5 = "INSERT INTO editors (article_id, position, name, duty) VALUES (?, ?, ?, ?)"
INSERT_IMAGE = "INSERT INTO images (article_id, position, url, caption) VALUES (?, ?, ?, ?)"
INSERT_EVENT = (
    "INSERT INTO events (event_id, article_id, position, name, kind, date, venue, organizer, "
    "participants, evidence, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_AWARD = (
    "INSERT INTO awards (event_id, article_id, award_position, recipient_position, tier, "
    "tier_rank, category, recipient, recipient_kind, affiliation, published_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_AWARD_V3 = (
    "INSERT INTO awards (event_id, article_id, award_position, recipient_position, tier, "
    "tier_rank, category, recipient, recipient_kind, affiliation) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# short (unlinkable) bodies: the prefix index (v4) narrows to one or two rows, the full compare decides
SAME_TEXT = (
    "SELECT article_id FROM articles WHERE substr(content_hash, 1, 16) = substr(?1, 1, 16) "
    "AND +content_hash = ?1 AND +article_id <> ?2 AND +duplicate_of IS NULL ORDER BY +doc_id LIMIT 1"
)
# awards explicitly, not by cascade: it must hold even with foreign keys off (migrations)
CHILD_DELETES = tuple(
    f"DELETE FROM {table} WHERE article_id = ?"
    for table in ("awards", "authors", "editors", "images", "events")
)
INSERT_REVISION = (
    "INSERT INTO article_revisions (article_id, reason, title, subtitle, body, content_hash, "
    "published_at, byline_raw, fetched_url, is_mirror, seen_from, seen_until, replaced_at, "
    "new_content_hash) "
    "SELECT article_id, ?, title, subtitle, body, content_hash, published_at, byline_raw, "
    "fetched_url, is_mirror, last_changed_at, last_seen_at, ?, ? FROM articles WHERE article_id = ?"
)
STATE_COLUMNS = "article_id, doc_id, url, content_hash, is_mirror, duplicate_of"
# store_meta row holding the highest numeric site id (Store.max_article_id): an hourly run reads
# one row instead of casting every id; each batch raises it (a NULL value: no numeric id yet)
MAX_SITE_ID = "max_site_id"
RAISE_MAX_SITE_ID = (
    "UPDATE store_meta SET value = max(coalesce(CAST(value AS INTEGER), -1), ?) WHERE key = ?"
)
SCAN_MAX_SITE_ID = (
    "SELECT max(CAST(article_id AS INTEGER)) FROM articles "
    "WHERE article_id <> '' AND article_id NOT GLOB '*[^0-9]*'"
)
_SITE_ID = re.compile(r"[0-9]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _json(value: Any, empty: str) -> str:
    if value is None or value == [] or value == {}:
        return empty
    return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict), default=str)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def content_hash_of(item: dict[str, Any]) -> str:
    """The item's own hash (computed once, by extraction); rows migrated without one get it."""
    return _text(item.get("content_hash")) or hash_of_article(item.get("title"), item.get("body"))


def child_rows(
    item: dict[str, Any], article_id: str, next_event_id: int, published_at: str | None = None
) -> dict[str, list[tuple]]:
    """Rows for authors, editors, images, events and awards, in list order (``position`` from 0);
    author, editor and award rows end with ``published_at``."""
    rows: dict[str, list[tuple]] = {
        k: [] for k in ("authors", "editors", "images", "events", "awards")
    }
    for pos, a in enumerate(x for x in item.get("authors") or [] if _text(x.get("name"))):
        rows["authors"].append(
            (
                article_id,
                pos,
                _text(a["name"]),
                _text(a.get("role")),
                _text(a.get("title")),
                published_at,
            )
        )
    for pos, e in enumerate(x for x in item.get("editors") or [] if _text(x.get("name"))):
        rows["editors"].append(
            (article_id, pos, _text(e["name"]), _text(e.get("duty")), published_at)
        )
    for pos, im in enumerate(x for x in item.get("images") or [] if _text(x.get("url"))):
        rows["images"].append((article_id, pos, _text(im["url"]), _text(im.get("caption"))))
    for pos, ev in enumerate(item.get("events") or []):
        event_id = next_event_id + pos
        extra = {k: v for k, v in ev.items() if k not in EVENT_KEYS}
        rows["events"].append(
            (event_id, article_id, pos, _text(ev.get("name")), _text(ev.get("kind")),
             _text(ev.get("date")), _text(ev.get("venue")), _text(ev.get("organizer")),
             _int(ev.get("participants")), _text(ev.get("evidence")), _json(extra, "{}"))
        )  # fmt: skip
        for apos, aw in enumerate(ev.get("awards") or []):
            # an award with no recipient still gets a row, so the tier is not lost
            recipients = aw.get("recipients") or [{}]
            for rpos, r in enumerate(recipients):
                rows["awards"].append(
                    (event_id, article_id, apos, rpos, _text(aw.get("tier")),
                     _int(aw.get("tier_rank")), _text(aw.get("category")), _text(r.get("name")),
                     _text(r.get("kind")), _text(r.get("affiliation")), published_at)
                )  # fmt: skip
    return rows


def article_values(
    item: dict[str, Any],
    *,
    doc_id: int,
    content_hash: str,
    simhash_value: int | None,
    linkable: bool,
    duplicate_of: str | None,
    first_seen_at: str,
    last_seen_at: str,
    last_changed_at: str,
) -> dict[str, Any]:
    published_at = _text(item.get("published_at"))
    date = published_at[:10] if published_at and _DATE.match(published_at) else None
    band_values = simhash.bands(simhash_value if linkable else None)
    flags = list(item.get("quality_flags") or [])
    return {
        "article_id": _text(item["article_id"]),
        "doc_id": doc_id,
        "url": _text(item["url"]),
        "fetched_url": _text(item.get("fetched_url")),
        "title": _text(item["title"]) or "",
        "column_name": _text(item.get("column")),
        "subtitle": _text(item.get("subtitle")),
        "kicker": _text(item.get("kicker")),
        "published_at": published_at,
        "published_date": date,
        "published_raw": _text(item.get("published_raw")),
        "source": _text(item.get("source")),
        "byline_raw": _text(item.get("byline_raw")),
        "body": item["body"] or "",
        "page_count": _int(item.get("page_count")) or 1,
        "missing_pages": _json(item.get("missing_pages"), "[]"),
        "epaper_page": _text(item.get("epaper_page")),
        "epaper_page_name": _text(item.get("epaper_page_name")),
        "page_kind": _text(item.get("page_kind")),
        "is_original": int(bool(item.get("is_original"))),
        "is_mirror": int(bool(item.get("is_mirror"))),
        "duplicate_of": duplicate_of,
        "language": _text(item.get("language")) or "zh-Hans",
        "quality_flags": _json(flags, "[]"),
        "extraction": _json(item.get("extraction"), "{}"),
        "extra": _json({k: v for k, v in item.items() if k not in ITEM_KEYS}, "{}"),
        "content_hash": content_hash,
        "simhash": simhash_value,
        "simhash_b0": band_values[0],
        "simhash_b1": band_values[1],
        "simhash_b2": band_values[2],
        "simhash_b3": band_values[3],
        "http_etag": _text(item.get("http_etag")),
        "http_last_modified": _text(item.get("http_last_modified")),
        "first_seen_at": first_seen_at,
        "last_seen_at": last_seen_at,
        "last_changed_at": last_changed_at,
    }


class Prepared(NamedTuple):
    """What the writer derives from an item's text alone: its SimHash and its search-index text.
    Most of a save's CPU, and free of the database, so worker processes can compute it."""

    simhash: int | None
    linkable: bool
    fts_title: str
    fts_subtitle: str
    fts_body: str


def prepare(item: dict[str, Any]) -> Prepared:
    """``Prepared`` for an item, from the same values ``article_values`` stores."""
    value, linkable = simhash.fingerprint(item.get("body"))
    return Prepared(
        value,
        linkable,
        fts.fts_text(_text(item.get("title")) or ""),
        fts.fts_text(_text(item.get("subtitle"))),
        fts.fts_text(item.get("body") or ""),
    )


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


class ArticleWriter:
    """Writes one batch. Article rows are written at once (so later items of the batch see them
    for duplicate lookups); child, FTS and touch rows are queued and sent with executemany."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        # article_id → stored state, or None once the store is known not to have it
        self.state: dict[str, dict[str, Any] | None] = {}
        self.next_doc_id = conn.execute(
            "SELECT coalesce(max(doc_id), 0) + 1 FROM articles"
        ).fetchone()[0]
        self.next_event_id = conn.execute(
            "SELECT coalesce(max(event_id), 0) + 1 FROM events"
        ).fetchone()[0]
        # a v2/v3 shape (the older migration steps write through this writer) has no v4 copies
        self.v4 = "published_ts" in {r[1] for r in conn.execute("PRAGMA table_info(authors)")}
        self.v6 = "published_ts" in {r[1] for r in conn.execute("PRAGMA table_info(editors)")}
        self._reset_queues()

    def _reset_queues(self) -> None:
        self.q_delete_children: list[tuple] = []
        self.q_fts_delete: list[tuple] = []
        self.q_fts_insert: list[tuple] = []
        self.q_touch: list[tuple] = []
        self.q_touch_seen: list[tuple] = []
        self.q_children: dict[str, list[tuple]] = {
            k: [] for k in ("authors", "editors", "images", "events", "awards")
        }
        self.queued_ids: set[str] = set()

    def preload(self, ids: list[str]) -> None:
        """Load the stored state of the batch's articles with a few IN queries instead of one per item."""
        wanted = sorted({i for i in ids if i not in self.state})
        self.state.update(dict.fromkeys(wanted))
        for chunk in _chunks(wanted):
            marks = ", ".join("?" for _ in chunk)
            for row in self.conn.execute(
                f"SELECT {STATE_COLUMNS} FROM articles WHERE article_id IN ({marks})", chunk
            ):
                self.state[row[0]] = {
                    "doc_id": row[1], "url": row[2], "content_hash": row[3],
                    "is_mirror": bool(row[4]), "duplicate_of": row[5],
                }  # fmt: skip

    # --- duplicates ---------------------------------------------------------------------------
    def find_original(
        self, article_id: str, content_hash: str, value: int | None, linkable: bool
    ) -> str | None:
        """The earliest stored article (other id, not itself a duplicate) with the same text, else
        the earliest with a SimHash within distance 3."""
        if value is not None and linkable:
            # one lookup in the sidecar's pair keys (v5): an exact copy has the same SimHash
            return neardup.find_near(self.conn, value, article_id, content_hash)
        row = self.conn.execute(SAME_TEXT, (content_hash, article_id)).fetchone()
        return row[0] if row else None

    # --- one item -----------------------------------------------------------------------------
    def save(self, item: dict[str, Any], seen_at: str, *, first_seen_at: str | None = None,
             last_changed_at: str | None = None, prepared: Prepared | None = None) -> str:  # fmt: skip
        """Store one item, valid (``items.missing_field``) or migrated from a stored row;
        ``first_seen_at``/``last_changed_at`` override the times; ``prepared`` is
        ``prepare(item)`` when another process computed it."""
        article_id = _text(item["article_id"])
        url = _text(item["url"])
        is_mirror = bool(item.get("is_mirror"))
        content_hash = content_hash_of(item)
        if article_id not in self.state:
            self.preload([article_id])
        old = self.state[article_id]

        if old is not None and is_mirror and not old["is_mirror"]:
            self.q_touch_seen.append((seen_at, article_id))
            return MIRROR_IGNORED
        replaces_mirror = old is not None and old["is_mirror"] and not is_mirror
        if old is not None and old["content_hash"] == content_hash and not replaces_mirror:
            self.q_touch.append((seen_at, _text(item.get("http_etag")),
                                 _text(item.get("http_last_modified")), article_id))  # fmt: skip
            return UNCHANGED

        if url != (old or {}).get("url"):
            owner = self.conn.execute(
                "SELECT article_id FROM articles WHERE url = ?", (url,)
            ).fetchone()
            if owner is not None and owner[0] != article_id:
                if old is None:
                    return REJECTED  # another article owns this canonical URL
                url = old["url"]

        prepared = prepared or prepare(item)
        value, linkable = prepared.simhash, prepared.linkable
        duplicate_of = _text(item.get("duplicate_of")) or self.find_original(
            article_id, content_hash, value, linkable
        )
        if duplicate_of == article_id:
            duplicate_of = None
        if article_id in self.queued_ids:
            self.flush()  # the same article twice in a batch: its first rows must land first

        if old is None:
            doc_id = self.next_doc_id
            self.next_doc_id += 1
            values = article_values(
                {**item, "url": url}, doc_id=doc_id, content_hash=content_hash, simhash_value=value,
                linkable=linkable, duplicate_of=duplicate_of, first_seen_at=first_seen_at or seen_at,
                last_seen_at=seen_at, last_changed_at=last_changed_at or seen_at,
            )  # fmt: skip
            self.conn.execute(INSERT_ARTICLE, tuple(values[c] for c in ARTICLE_COLUMNS))
            outcome = NEW
        else:
            doc_id = old["doc_id"]
            reason = "mirror_replaced" if replaces_mirror else "changed"
            # same text from the original site: nothing would be lost, so no revision
            if old["content_hash"] != content_hash:
                self.conn.execute(INSERT_REVISION, (reason, seen_at, content_hash, article_id))
            prev = self.conn.execute(
                "SELECT title, subtitle, body FROM articles WHERE article_id = ?", (article_id,)
            ).fetchone()
            self.q_fts_delete.append(fts.fts_row(doc_id, *prev))
            self.q_delete_children.append((article_id,))
            values = article_values(
                {**item, "url": url}, doc_id=doc_id, content_hash=content_hash, simhash_value=value,
                linkable=linkable, duplicate_of=duplicate_of, first_seen_at="",
                last_seen_at=seen_at, last_changed_at=seen_at,
            )  # fmt: skip
            self.conn.execute(UPDATE_ARTICLE, (*(values[c] for c in _UPDATED), article_id))
            if duplicate_of is not None:
                # whatever pointed here now points at the new original: no chains
                self.conn.execute(
                    "UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?",
                    (duplicate_of, article_id),
                )
            outcome = CHANGED

        children = child_rows(item, article_id, self.next_event_id, values["published_at"])
        self.next_event_id += len(children["events"])
        for table, rows in children.items():
            self.q_children[table].extend(rows)
        self.q_fts_insert.append(
            (doc_id, prepared.fts_title, prepared.fts_subtitle, prepared.fts_body)
        )
        self.queued_ids.add(article_id)
        self.state[article_id] = {
            "doc_id": doc_id, "url": url, "content_hash": content_hash,
            "is_mirror": is_mirror, "duplicate_of": duplicate_of,
        }  # fmt: skip
        return outcome

    def flush(self) -> None:
        """Send the queued rows: deletes before inserts, events before their awards."""
        c = self.conn
        if self.q_delete_children:
            for sql in CHILD_DELETES:
                c.executemany(sql, self.q_delete_children)
        if self.q_fts_delete:
            c.executemany(fts.DELETE_FTS, self.q_fts_delete)
        authors, awards = self.q_children["authors"], self.q_children["awards"]
        if not self.v4:
            authors, awards = [r[:-1] for r in authors], [r[:-1] for r in awards]
        c.executemany(INSERT_AUTHOR if self.v4 else INSERT_AUTHOR_V3, authors)
        editors = self.q_children["editors"]
        if not self.v6:
            editors = [r[:-1] for r in editors]
        c.executemany(INSERT_EDITOR if self.v6 else INSERT_EDITOR_V5, editors)
        c.executemany(INSERT_IMAGE, self.q_children["images"])
        c.executemany(INSERT_EVENT, self.q_children["events"])
        c.executemany(INSERT_AWARD if self.v4 else INSERT_AWARD_V3, awards)
        if self.q_fts_insert:
            c.executemany(fts.INSERT_FTS, self.q_fts_insert)
        if self.q_touch:
            c.executemany(TOUCH, self.q_touch)
        if self.q_touch_seen:
            c.executemany(TOUCH_SEEN_ONLY, self.q_touch_seen)
        self._reset_queues()

    def save_all(
        self, items: list[dict[str, Any]], seen_at: str, prepared: list[Prepared] | None = None
    ) -> list[str]:
        """Save a batch; an item missing a required field is "rejected", the rest still saved.
        ``prepared[i]`` is ``prepare(items[i])``, when worker processes computed them."""
        self.preload([a for a in (_text(i.get("article_id")) for i in items) if a])
        outcomes = [
            REJECTED if missing_field(item) else self.save(item, seen_at, prepared=ready)
            for item, ready in zip(items, prepared or [None] * len(items), strict=True)
        ]
        self.flush()
        site_ids = [
            int(i) for item, outcome in zip(items, outcomes, strict=True)
            if outcome != REJECTED and _SITE_ID.fullmatch(i := _text(item.get("article_id")) or "")
        ]  # fmt: skip
        if site_ids:
            self.conn.execute(RAISE_MAX_SITE_ID, (max(site_ids), MAX_SITE_ID))
        return outcomes
