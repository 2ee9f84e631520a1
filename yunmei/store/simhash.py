"""64-bit SimHash over character 3-shingles of normalized text, stored as a signed SQLite INTEGER.

Near-duplicate lookup uses the pigeonhole trick twice over: cut the 64 bits into five blocks
(13+13+13+13+12); two hashes within Hamming distance 3 differ in at most three blocks, so they
agree exactly on at least one of the ten block *pairs*. Each pair is a 26-bit key in the
near-duplicate sidecar (neardup.py, ten rows per linkable article), so a lookup is ten
index probes whose expected candidates stay near zero up to ~10^7 articles (N / 2^26 per key),
where the v2 layout's four 16-bit bands gave N / 65,536 per band.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import operator
import re
import struct
import unicodedata

BITS = 64
BANDS = 4
BAND_BITS = BITS // BANDS
SHINGLE = 3
MAX_DISTANCE = 3
# shorter bodies (video captions, one-line notices) are too templated to call reposts
MIN_LINK_CHARS = 50

_NOT_WORD = re.compile(r"[\W_]+")


def nfkc(text: str) -> str:
    """NFKC, skipping the (slow) normalization for text that is already normalized."""
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalize_for_hash(text: str | None) -> str:
    """NFKC, lower case, and nothing but letters/digits/ideographs: punctuation and spacing vary between copies."""
    if not text:
        return ""
    # dropping punctuation first leaves mostly NFKC-clean text, so nfkc() takes its fast path
    return _NOT_WORD.sub("", nfkc(_NOT_WORD.sub("", text)).lower())


class _CharTable(dict):
    """Character → random 64-bit integer, derived from blake2b so it is the same in every run."""

    def __init__(self, salt: bytes):
        super().__init__()
        self.salt = salt

    def __missing__(self, char: str) -> int:
        digest = hashlib.blake2b(char.encode("utf-8"), digest_size=8, person=self.salt).digest()
        value = self[char] = int.from_bytes(digest, "big")
        return value


# tabulation hashing: h(abc) = T0[a] ^ T1[b] ^ T2[c] is 3-independent, and computed by map() in C
_TABLES = [_CharTable(b"yunmei-sh%d" % i) for i in range(SHINGLE)]
_MASK_BLOCK = 512


@functools.lru_cache(maxsize=64)
def _bit_masks(size: int) -> list[int]:
    """For k in 0..7: an integer of ``size`` bytes each holding only bit k (popcount per bit)."""
    return [int.from_bytes(bytes([1 << k]) * size, "big") for k in range(8)]


def _unsigned(norm: str) -> int | None:
    if len(norm) < SHINGLE:
        return None
    t0, t1, t2 = _TABLES
    # a set of shingle hashes: a shingle repeated in the text counts once
    hashes = set(
        map(operator.xor,
            map(operator.xor, map(t0.__getitem__, norm), map(t1.__getitem__, norm[1:])),
            map(t2.__getitem__, norm[2:]))
    )  # fmt: skip
    digests = struct.pack(f">{len(hashes)}Q", *hashes)
    half = len(hashes) / 2
    masks = _bit_masks(-(-len(hashes) // _MASK_BLOCK) * _MASK_BLOCK)
    value = 0
    # set bits per position at C speed: byte p of every hash is digests[p::8], read as one
    # integer whose bit k of every byte is counted by (column & mask_k).bit_count()
    for p in range(8):
        column = int.from_bytes(digests[p::8], "big")
        for bit, mask in enumerate(masks):
            if (column & mask).bit_count() > half:
                value |= 1 << (8 * (7 - p) + bit)
    return value


def to_signed(value: int) -> int:
    return value - (1 << BITS) if value >= 1 << (BITS - 1) else value


def to_unsigned(value: int) -> int:
    return value & ((1 << BITS) - 1)


def fingerprint(text: str | None) -> tuple[int | None, bool]:
    """(signed SimHash, long enough to link) with one normalization pass."""
    norm = normalize_for_hash(text)
    value = _unsigned(norm)
    return (None if value is None else to_signed(value)), len(norm) >= MIN_LINK_CHARS


def simhash(text: str | None) -> int | None:
    """Signed 64-bit SimHash of ``text`` (fits an SQLite INTEGER), None for under 3 characters."""
    return fingerprint(text)[0]


def bands(value: int | None) -> tuple[int | None, ...]:
    """The four 16-bit bands, low band first; all None when there is no hash."""
    if value is None:
        return (None,) * BANDS
    u = to_unsigned(value)
    mask = (1 << BAND_BITS) - 1
    return tuple((u >> (BAND_BITS * i)) & mask for i in range(BANDS))


def distance(a: int, b: int) -> int:
    return (to_unsigned(a) ^ to_unsigned(b)).bit_count()


def linkable(text: str | None) -> bool:
    """Whether a body is long enough for a near-duplicate link to mean a repost."""
    return len(normalize_for_hash(text)) >= MIN_LINK_CHARS


# --- near-duplicate keys (schema v3; in the sidecar since v5) --------------------------------------------------------------
# (offset, width) of the five blocks, low bits first
BLOCKS = ((0, 13), (13, 13), (26, 13), (39, 13), (52, 12))
PAIRS = tuple(itertools.combinations(range(len(BLOCKS)), 2))
PAIR_SHIFT = 26  # the pair's index sits above the 26 bits of its two blocks


_P = [p << PAIR_SHIFT for p in range(len(PAIRS))]
assert BLOCKS == ((0, 13), (13, 13), (26, 13), (39, 13), (52, 12)) and PAIRS[1] == (0, 2)


def keys(value: int | None) -> list[int]:
    """The ten pair keys of a hash (empty for None): ``pair << 26 | block_i << 13 | block_j``,
    pairs in ``PAIRS`` order (unrolled: it runs once per saved article and per lookup)."""
    if value is None:
        return []
    u = value & 0xFFFFFFFFFFFFFFFF
    b0, b1, b2, b3 = u & 8191, (u >> 13) & 8191, (u >> 26) & 8191, (u >> 39) & 8191
    b4 = u >> 52
    h0, h1, h2, h3 = b0 << 13, b1 << 13, b2 << 13, b3 << 13
    p = _P
    return [
        h0 | b1, p[1] | h0 | b2, p[2] | h0 | b3, p[3] | h0 | b4, p[4] | h1 | b2,
        p[5] | h1 | b3, p[6] | h1 | b4, p[7] | h2 | b3, p[8] | h2 | b4, p[9] | h3 | b4,
    ]  # fmt: skip


# per pair, a block outside it (the lowest): its bits are checked in the sidecar before a row of
# articles is read; a key match already agrees on the pair's own 26 bits, so checking them is void
CHECK_BLOCKS = tuple(min(set(range(len(BLOCKS))) - set(pair)) for pair in PAIRS)


def check_values(value: int | None) -> list[int]:
    """Per key of ``keys(value)``, in the same order: the bits of its pair's check block."""
    if value is None:
        return []
    u = value & 0xFFFFFFFFFFFFFFFF
    return [(u >> BLOCKS[k][0]) & ((1 << BLOCKS[k][1]) - 1) for k in CHECK_BLOCKS]


def _block_sql(column: str, i: int) -> str:
    off, width = BLOCKS[i]
    # >> is arithmetic on SQLite's signed integers; the mask drops the copied sign bits
    return f"(({column} >> {off}) & {(1 << width) - 1})"


def check_sql(column: str) -> list[str]:
    """``check_values()`` as SQL expressions over an INTEGER column."""
    return [_block_sql(column, k) for k in CHECK_BLOCKS]


def key_sql(column: str) -> list[str]:
    """``keys()`` as SQL expressions over an INTEGER column (for triggers and migrations)."""
    return [
        f"({p << PAIR_SHIFT} | ({_block_sql(column, i)} << 13) | {_block_sql(column, j)})"
        for p, (i, j) in enumerate(PAIRS)
    ]
