"""The near-duplicate sidecar (schema v5): SimHash pair keys in ``<db>-neardup``, beside the store.

The main file uses 64 KB pages (for size), so each of a lookup's ten key probes read a cold
64 KB page. The keys live instead in a small SQLite file of 4 KB pages, ATTACHed as ``neardup``
by the connections that write (``Store``; ``migrations.migrate``), kept by TEMP triggers on
``main.articles`` created on that connection (a TEMP trigger may write into another schema).

It is derived data, rebuilt from ``articles.simhash`` (+ the linkable mark ``simhash_b0``)
whenever it may disagree with the store: missing or unreadable, or its generation (bumped by
the triggers in both files in every write transaction that changes a key) differs from the one
in ``store_meta`` — a commit over two WAL files is atomic per file only, so a kill can land
between them. Lookups verify every candidate against its ``articles`` row, so stale rows (hand
edits through a connection without the sidecar) cost nothing but a wasted probe.

A lookup (``find_near``) reads the ten keys' bits in the key bitmap first (keybits.py; most new
articles stop there), probes the sidecar only for keys whose bit is set, checks each match on the
hash's bits in a block outside the key's pair (kept in the key row), and reads ``articles`` only
for what is left: near copies.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import suppress
from pathlib import Path

from yunmei.store import keybits, schema
from yunmei.store import simhash as sh
from yunmei.store.keybits import KeyBits

logger = logging.getLogger(__name__)

SCHEMA = "neardup"
SUFFIX = "-neardup"  # data/yunmei.db-neardup, next to SQLite's own -wal and -shm
PAGE_SIZE = 4096
GENERATION = "neardup_generation"  # the key in main.store_meta and in neardup_meta
# table names unique across schemas: a trigger body may not qualify the table it writes
KEYS = "neardup_keys"
META = "neardup_meta"
FORMAT = "3"  # the sidecar's layout: (key, doc_id, check_block); "2" held the low 31 bits
# ``check_block``: the 13 bits of the block outside the key's pair (simhash.CHECK_BLOCKS), so a
# candidate is checked in this file (a cold 64 KB page of main costs more than the whole lookup);
# only hashes within MAX_DISTANCE on them are read in main. 13 bits take 2 bytes (the low 31
# took 4: ~22 bytes an article) and are never the key's own bits (low bits were, for 4 pairs of 10)
TABLES = (
    f"CREATE TABLE IF NOT EXISTS {SCHEMA}.{KEYS} (key INTEGER NOT NULL, doc_id INTEGER NOT NULL, "
    "check_block INTEGER NOT NULL, PRIMARY KEY (key, doc_id)) WITHOUT ROWID",
    f"CREATE TABLE IF NOT EXISTS {SCHEMA}.{META} (key TEXT PRIMARY KEY, value TEXT)",
)
# a row is linkable when the writer gave it bands (body long enough, see simhash.MIN_LINK_CHARS)
LINKABLE = "{r}.simhash_b0 IS NOT NULL AND {r}.simhash IS NOT NULL"


def path_of(db: str | Path) -> Path:
    return Path(f"{db}{SUFFIX}")


def bits_path(db: str | Path) -> Path:
    return Path(f"{db}{SUFFIX}.bits")


def main_path(conn: sqlite3.Connection) -> str:
    return next(r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main")


def attached(conn: sqlite3.Connection) -> bool:
    return any(r[1] == SCHEMA for r in conn.execute("PRAGMA database_list"))


# SQLite's words when the file was made beside a store of the other text encoding (left behind
# by a deleted store): the sidecar takes its main file's encoding, so it is recreated
FOREIGN_ENCODING = "same text encoding as main database"


def attach(conn: sqlite3.Connection) -> None:
    """ATTACH ``<main file>-neardup`` (created when missing) with its pragmas; idempotent.
    Outside any transaction (SQLite refuses ATTACH inside one)."""
    if attached(conn):
        return
    main = main_path(conn)
    if not main:
        raise RuntimeError("the near-duplicate sidecar needs a store on disk, not :memory:")
    try:
        conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (str(path_of(main)),))
        _prepare(conn)
    except sqlite3.DatabaseError as exc:  # not a database, a torn file, another store's: derived
        if isinstance(exc, sqlite3.OperationalError) and FOREIGN_ENCODING not in str(exc):
            raise  # busy, locked, no permission: not ours to drop
        logger.warning("near-duplicate sidecar %s unreadable (%s): recreated", path_of(main), exc)
        if attached(conn):
            conn.execute(f"DETACH DATABASE {SCHEMA}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path_of(main)}{suffix}").unlink(missing_ok=True)
        conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (str(path_of(main)),))
        _prepare(conn)
    _open_bits(conn, main)


def _open_bits(conn: sqlite3.Connection, main: str) -> None:
    """The key bitmap (keybits.py): marked by this connection's triggers whatever the connection,
    read by lookups on a connection that can carry it (``core.Connection``)."""
    try:
        bits = KeyBits(bits_path(main))
    except OSError as exc:
        logger.warning(
            "near-duplicate bitmap %s unusable (%s): every key probed", bits_path(main), exc
        )
        conn.create_function("neardup_mark", 1, lambda value: None)
        return
    # the function holds the bitmap: a plain connection's writes still mark it
    conn.create_function("neardup_mark", 1, bits.mark)
    with suppress(AttributeError):  # a plain sqlite3.Connection carries no attributes
        conn.neardup_bits = bits  # type: ignore[attr-defined]


def bits_of(conn: sqlite3.Connection) -> KeyBits | None:
    return getattr(conn, "neardup_bits", None)


def _set_wal(conn: sqlite3.Connection) -> None:
    """WAL on the sidecar; SQLite answers "locked" at once, without its busy handler, while
    another opener of a new file holds it, so this retries within the connection's busy timeout."""
    deadline = time.monotonic() + conn.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    while True:
        try:
            conn.execute(f"PRAGMA {SCHEMA}.journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _prepare(conn: sqlite3.Connection) -> None:
    # the page size only takes on a new, empty file (before WAL fixes it)
    conn.execute(f"PRAGMA {SCHEMA}.page_size = {PAGE_SIZE}")
    _set_wal(conn)
    # in WAL mode NORMAL cannot corrupt it; a power cut may lose the last commits (→ rebuild)
    conn.execute(f"PRAGMA {SCHEMA}.synchronous = NORMAL")
    if _format(conn) == FORMAT:
        return
    # under the write lock: openers racing on a new file must not drop the tables another made
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql in TABLES:
            conn.execute(sql)
        if _format(conn) != FORMAT:
            # another layout (an earlier build): emptied, and its generation dropped so it is rebuilt
            conn.execute(f"DROP TABLE {SCHEMA}.{KEYS}")
            conn.execute(TABLES[0])
            conn.execute(f"DELETE FROM {SCHEMA}.{META} WHERE key = ?", (GENERATION,))
            conn.execute(f"INSERT OR REPLACE INTO {SCHEMA}.{META} VALUES ('format', ?)", (FORMAT,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _format(conn: sqlite3.Connection) -> str | None:
    """The sidecar's layout as recorded in it; None for a new (or foreign) file."""
    if not conn.execute(
        f"SELECT 1 FROM {SCHEMA}.sqlite_master WHERE type = 'table' AND name = ?", (META,)
    ).fetchone():
        return None
    row = conn.execute(f"SELECT value FROM {SCHEMA}.{META} WHERE key = 'format'").fetchone()
    return None if row is None else row[0]


def _values(r: str) -> str:
    column = f"{r}.simhash"
    return ", ".join(
        f"({key}, {r}.doc_id, {check})"
        for key, check in zip(sh.key_sql(column), sh.check_sql(column), strict=True)
    )


# both generations move together: a commit that reached only one file shows as a mismatch
_BUMP = (
    f"UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '{GENERATION}'; "
    f"INSERT OR REPLACE INTO {META} (key, value) "
    f"SELECT key, value FROM store_meta WHERE key = '{GENERATION}';"
)


def triggers_sql() -> dict[str, str]:
    """name -> TEMP trigger body: the sidecar follows every insert, delete and hash change."""
    add = (
        f"INSERT OR IGNORE INTO {KEYS} (key, doc_id, check_block) SELECT * FROM (VALUES {_values('NEW')}) "
        f"WHERE {LINKABLE.format(r='NEW')}; "
        f"SELECT neardup_mark(NEW.simhash) WHERE {LINKABLE.format(r='NEW')};"
    )
    drop = (
        f"DELETE FROM {KEYS} WHERE key IN ({', '.join(sh.key_sql('OLD.simhash'))}) "
        f"AND doc_id = OLD.doc_id AND {LINKABLE.format(r='OLD')};"
    )
    same = (
        "OLD.simhash IS NEW.simhash AND OLD.doc_id = NEW.doc_id "
        "AND (OLD.simhash_b0 IS NULL) = (NEW.simhash_b0 IS NULL)"
    )
    return {
        "neardup_insert": f"AFTER INSERT ON main.articles WHEN {LINKABLE.format(r='NEW')} "
        f"BEGIN {add} {_BUMP} END",
        "neardup_delete": f"AFTER DELETE ON main.articles WHEN {LINKABLE.format(r='OLD')} "
        f"BEGIN {drop} {_BUMP} END",
        # the writer rewrites every column of a changed article: only a new hash moves keys
        "neardup_update": "AFTER UPDATE OF simhash, simhash_b0, doc_id ON main.articles "
        f"WHEN NOT ({same}) AND ({LINKABLE.format(r='OLD')} OR {LINKABLE.format(r='NEW')}) "
        f"BEGIN {drop} {add} {_BUMP} END",
    }


def create_triggers(conn: sqlite3.Connection) -> None:
    """The TEMP triggers on this connection (they live as long as it, or until articles is dropped)."""
    for name, sql in triggers_sql().items():
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
        conn.execute(f"CREATE TEMP TRIGGER {name} {sql}")


def _pair_rows_sql() -> str:
    """(p, offset_i, mask_i, offset_j, mask_j, offset_check, mask_check) of the ten block pairs,
    as a VALUES table."""
    return ", ".join(
        f"({p}, {sh.BLOCKS[i][0]}, {(1 << sh.BLOCKS[i][1]) - 1}, "
        f"{sh.BLOCKS[j][0]}, {(1 << sh.BLOCKS[j][1]) - 1}, "
        f"{sh.BLOCKS[k][0]}, {(1 << sh.BLOCKS[k][1]) - 1})"
        for p, ((i, j), k) in enumerate(zip(sh.PAIRS, sh.CHECK_BLOCKS, strict=True))
    )


# one scan of articles × the ten pairs, sorted by SQLite's external sorter (bounded memory),
# so the key b-tree is written in order
FILL = (
    f"INSERT OR IGNORE INTO {SCHEMA}.{KEYS} (key, doc_id, check_block) "
    f"SELECT (p.column1 << {sh.PAIR_SHIFT}) | (((a.simhash >> p.column2) & p.column3) << 13) "
    f"| ((a.simhash >> p.column4) & p.column5), a.doc_id, "
    f"(a.simhash >> p.column6) & p.column7 "
    f"FROM main.articles AS a, (VALUES {_pair_rows_sql()}) AS p "
    f"WHERE {LINKABLE.format(r='a')} ORDER BY 1, 2"
)


def generations(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    main = conn.execute("SELECT value FROM main.store_meta WHERE key = ?", (GENERATION,)).fetchone()
    side = conn.execute(
        f"SELECT value FROM {SCHEMA}.{META} WHERE key = ?", (GENERATION,)
    ).fetchone()
    return (None if main is None else str(main[0])), (None if side is None else str(side[0]))


def rebuild(conn: sqlite3.Connection) -> int:
    """Refill the sidecar from ``articles`` and give both files one new generation, in the
    caller's transaction; returns the number of keys."""
    old, _side = generations(conn)
    conn.execute(f"DELETE FROM {SCHEMA}.{KEYS}")
    conn.execute(FILL)
    new = str(int(old) + 1 if old and old.lstrip("-").isdigit() else 1)
    conn.execute(
        "INSERT OR REPLACE INTO main.store_meta (key, value) VALUES (?, ?)", (GENERATION, new)
    )
    conn.execute(
        f"INSERT OR REPLACE INTO {SCHEMA}.{META} (key, value) VALUES (?, ?)", (GENERATION, new)
    )
    count = conn.execute(f"SELECT count(*) FROM {SCHEMA}.{KEYS}").fetchone()[0]
    bits = bits_of(conn)
    if bits is not None:  # under the caller's write lock: no other writer's bit is wiped
        bits.clear(keybits.bits_for(count))
        bits.fill(conn.execute(f"SELECT key FROM {SCHEMA}.{KEYS}"))
        bits.record(int(new))
    return count


def ensure_current(conn: sqlite3.Connection) -> bool:
    """Rebuild the sidecar if it disagrees with the store (missing, or another generation);
    True when it was rebuilt. ``conn`` is in autocommit mode, with the sidecar attached."""
    main, side = generations(conn)
    if main is not None and main == side:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        main, side = generations(conn)  # another opener may have rebuilt it meanwhile
        if main is not None and main == side:
            conn.execute("COMMIT")
            return False
        keys = rebuild(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    logger.warning(
        "near-duplicate sidecar %s rebuilt from articles (%s keys; generation %s in the store, %s in the sidecar)",
        path_of(main_path(conn)), f"{keys:,}", main, side,
    )  # fmt: skip
    return True


def sync_bits(conn: sqlite3.Connection) -> bool:
    """Refill the bitmap from the keys if it is not known to cover the sidecar's generation (a
    kill before its header was written, a write through another connection), or at twice the
    size once the store has outgrown it; True if refilled."""
    bits = bits_of(conn)
    if bits is None:
        return False
    # max(doc_id) bounds the articles (an index probe), so the keys: ten per article
    top = conn.execute(schema.ARTICLES_BOUND_SQL).fetchone()[0]
    wanted = keybits.bits_for(top * len(sh.PAIRS))
    side = generations(conn)[1]
    if wanted <= bits.bits and side is not None and str(bits.covered()) == side:
        return False
    grow = wanted > bits.bits
    # a resize clears the bits: no other writer may be mid-batch; a refill only adds bits
    conn.execute("BEGIN IMMEDIATE" if grow else "BEGIN")
    try:
        side = generations(conn)[1]  # one snapshot: the generation and the keys it covers
        if grow:
            bits.clear(wanted)
        count = bits.fill(conn.execute(f"SELECT key FROM {SCHEMA}.{KEYS}"))
        if side is not None:
            bits.record(int(side))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    logger.warning(
        "near-duplicate bitmap %s refilled from %s keys (2^%d bits)", bits.path, f"{count:,}", bits.bits
    )  # fmt: skip
    return True


def record_bits(conn: sqlite3.Connection) -> None:
    """After a commit: the bitmap covers the sidecar's generation (this connection's triggers
    marked its keys; other writers mark theirs before they commit)."""
    bits = bits_of(conn)
    if bits is not None and bits.dirty:
        side = generations(conn)[1]
        if side is not None:
            bits.record(int(side))


def close_bits(conn: sqlite3.Connection) -> None:
    bits = bits_of(conn)
    if bits is not None:
        record_bits(conn)
        bits.close()
        conn.neardup_bits = None  # type: ignore[attr-defined]


# --- lookups ----------------------------------------------------------------------------------------
# for the keys the bitmap lets through (1..10 of them; all ten without a bitmap)
_CANDIDATES_BY_COUNT = [
    f"SELECT key, doc_id, check_block FROM {SCHEMA}.{KEYS} WHERE key IN ({', '.join('?' for _ in range(n))})"
    for n in range(len(sh.PAIRS) + 1)
]
CANDIDATES_SQL = _CANDIDATES_BY_COUNT[len(sh.PAIRS)]


def rows_sql(count: int) -> str:
    return (
        "SELECT article_id, simhash, content_hash FROM main.articles "
        f"WHERE doc_id IN ({', '.join('?' for _ in range(count))}) "
        "AND duplicate_of IS NULL AND article_id <> ? ORDER BY doc_id"
    )


def find_near(
    conn: sqlite3.Connection, value: int, article_id: str, content_hash: str | None = None
) -> str | None:
    """The earliest stored original (not ``article_id``, not itself a duplicate) with the same
    ``content_hash`` if any, else the earliest whose hash is within ``MAX_DISTANCE``. An exact
    copy has the same SimHash, so it is always among the key candidates: one lookup for both."""
    all_keys = keys = sh.keys(value)
    bits = bits_of(conn)
    if bits is not None:
        keys = bits.present(keys)
        if not keys:
            return None  # the usual case: ten bits read, no page of either file
    checks = dict(zip(all_keys, sh.check_values(value), strict=True))
    doc_ids = {
        doc_id
        for key, doc_id, other in conn.execute(_CANDIDATES_BY_COUNT[len(keys)], keys)
        if (other ^ checks[key]).bit_count() <= sh.MAX_DISTANCE
    }
    if not doc_ids:
        return None  # key matches whose check bits are too far: main is not read
    rows = conn.execute(rows_sql(len(doc_ids)), (*sorted(doc_ids), article_id)).fetchall()
    for other_id, _hash, other_content in rows:
        if content_hash is not None and other_content == content_hash:
            return other_id
    for other_id, other_hash, _content in rows:
        if other_hash is not None and sh.distance(value, other_hash) <= sh.MAX_DISTANCE:
            return other_id
    return None


def sidecar_bytes(db: str | Path) -> int:
    """The sidecar's bytes on disk: file + WAL, and the blocks the (sparse) key bitmap uses."""
    paths = (path_of(db), Path(f"{path_of(db)}-wal"))
    size = sum(p.stat().st_size for p in paths if p.exists())
    bits = bits_path(db)
    return size + (min(bits.stat().st_blocks * 512, bits.stat().st_size) if bits.exists() else 0)
