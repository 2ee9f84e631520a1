"""64-bit SimHash over character 3-shingles of normalized text, stored as a signed SQLite INTEGER.

Near-duplicate lookup uses the pigeonhole trick: two hashes within Hamming distance 3 share at
least one of four 16-bit bands exactly, so each band is an indexed column and a lookup is four
index probes (``MULTI-INDEX OR``) instead of a scan.
"""

from __future__ import annotations

import hashlib
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
# _BIT_TABLES[k] maps a byte to 1 if its bit k is set, else 0 (for bytes.translate)
_BIT_TABLES = [bytes((b >> k) & 1 for b in range(256)) for k in range(8)]


def _unsigned(norm: str) -> int | None:
    if len(norm) < SHINGLE:
        return None
    t0, t1, t2 = (list(map(t.__getitem__, norm)) for t in _TABLES)
    # a set of shingle hashes: a shingle repeated in the text counts once
    hashes = set(map(operator.xor, map(operator.xor, t0, t1[1:]), t2[2:]))
    digests = struct.pack(f">{len(hashes)}Q", *hashes)
    half = len(hashes) / 2
    value = 0
    # count set bits per position at C speed: byte p of every hash is digests[p::8]
    for p in range(8):
        column = digests[p::8]
        for bit, table in enumerate(_BIT_TABLES):
            if column.translate(table).count(1) > half:
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
