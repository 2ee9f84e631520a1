"""The store side of ``yunmei reprocess``: stored hashes by id and the per-WARC progress marks."""

from __future__ import annotations

from typing import Any


def stored_hashes(store: Any, article_ids: list[str]) -> dict[str, str]:
    """article_id → content_hash for those of ``article_ids`` the store holds (primary-key probes)."""
    out: dict[str, str] = {}
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        out.update(
            store.conn.execute(
                f"SELECT article_id, content_hash FROM articles WHERE article_id IN ({marks})",
                chunk,
            ).fetchall()
        )
    return out


def done_offsets(store: Any, keys: list[str]) -> dict[str, int]:
    """key → byte offset reached by an earlier run (``store_meta``)."""
    out = {}
    for key in keys:
        row = store.conn.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
        if row and str(row[0]).isdigit():
            out[key] = int(row[0])
    return out


def set_done_offset(store: Any, offsets: dict[str, int]) -> None:
    with store.transaction() as c:
        c.executemany(
            "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
            [(k, str(v)) for k, v in offsets.items()],
        )
