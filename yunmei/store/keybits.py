"""A bitmap over the near-duplicate pair keys, ``<db>-neardup.bits``, read through ``mmap``.

A new article's ten pair keys are almost never stored (N / 2^26 each), yet each probe of the
sidecar's b-tree reads a cold page. Two bits per key (``positions``: a Bloom filter of two
hashes) answer "no stored key" with two memory reads per key; only keys whose bits are both set
are probed. The bitmap uses 2^b bits, about 32
per stored key (b from 20 up to 28, 32 MiB: a sparse file of that size, of which 2^b / 8 bytes are
written); the header holds b, read on every call, so every process sharing the file agrees on it.
A set pair may be stale (a key since deleted, or other keys on the same two bits): it costs
one probe, never a wrong answer. A clear bit must never hide a stored key, so bits are set by the
same TEMP triggers that insert keys (SQL function ``neardup_mark``), and the header records the
sidecar generation the bits were last known to cover; any other generation at open (a kill before
the header was written, a write through another connection) means a refill from the keys.
"""

from __future__ import annotations

import fcntl
import mmap
import os
import struct
from pathlib import Path

from yunmei.store import simhash as sh

MIN_BITS, MAX_BITS = 20, 28
HEADER = 4096  # the bitmap starts on its own page
SIZE = HEADER + (1 << (MAX_BITS - 3))
MAGIC = b"ymndbit3"  # 3: two bits per key
_HEAD = struct.Struct("<8sqq")  # magic, covered generation (-1: none), bits b
_BITS_AT = 16
_CHUNK = 1 << 16


# a key sets two bits (its low bits, and a multiplicative hash of it): at 1M articles (10M keys
# in 2^28 bits) a new article's ten keys find a stray set bit in ~5 % of lookups, not ~31 %
_SPREAD = 0x9E3779B97F4A7C15


def positions(key: int, mask: int) -> tuple[int, int]:
    """The two bit positions of ``key`` in a map of ``mask + 1`` bits."""
    return key & mask, ((key * _SPREAD) >> 29) & mask


def bits_for(keys: int) -> int:
    """b for a store of ``keys`` pair keys: about 32 bits per key (1 in 16 set)."""
    return max(MIN_BITS, min(MAX_BITS, keys.bit_length() + 5))


class KeyBits:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        self.fresh = False  # known to hold no bit (clear() has nothing to do)
        try:
            # two openers of a new file: the second must not truncate what the first has filled
            fcntl.flock(fd, fcntl.LOCK_EX)
            magic = os.pread(fd, len(MAGIC), 0)
            if os.fstat(fd).st_size != SIZE or magic != MAGIC:
                self.fresh = True
                # new (or another layout): a sparse file of zeros, covering nothing yet
                os.ftruncate(fd, 0)
                os.ftruncate(fd, SIZE)
                os.pwrite(fd, _HEAD.pack(MAGIC, -1, MIN_BITS), 0)
            self.map = mmap.mmap(fd, SIZE, access=mmap.ACCESS_WRITE)
        finally:
            os.close(fd)
        magic, _gen, bits = _HEAD.unpack_from(self.map, 0)
        if magic != MAGIC or not MIN_BITS <= bits <= MAX_BITS:
            self.map[0 : _HEAD.size] = _HEAD.pack(MAGIC, -1, MIN_BITS)
            self.clear()
        self.cold = True
        self.dirty = False

    @property
    def bits(self) -> int:
        return struct.unpack_from("<q", self.map, _BITS_AT)[0]

    def present(self, keys: list[int]) -> list[int]:
        """The keys whose bit is set (the only ones worth a probe)."""
        m = self.map
        mask = (1 << struct.unpack_from("<q", m, _BITS_AT)[0]) - 1
        if self.cold:
            # the first lookup maps the used part in (a read per page, ~2 ms at 2^28 bits): ten
            # bits would otherwise cost ten page faults. Not at open: a run that writes nothing
            # keeps its memory (the crawl's start RSS)
            self.cold = False
            m[HEADER : HEADER + (mask >> 3) + 1 : mmap.PAGESIZE]
        present = []
        for k in keys:
            a, b = positions(k, mask)
            if m[HEADER + (a >> 3)] >> (a & 7) & 1 and m[HEADER + (b >> 3)] >> (b & 7) & 1:
                present.append(k)
        return present

    def mark(self, value: int | None) -> None:
        """Set the bits of a hash's ten keys (the SQL function ``neardup_mark``)."""
        if value is None:
            return
        mask = (1 << struct.unpack_from("<q", self.map, _BITS_AT)[0]) - 1
        for k in sh.keys(value):
            self._set(k, mask)
        self.dirty, self.fresh = True, False

    def _set(self, key: int, mask: int) -> None:
        for bit in positions(key, mask):
            self.map[HEADER + (bit >> 3)] |= 1 << (bit & 7)

    def covered(self) -> int:
        return _HEAD.unpack_from(self.map, 0)[1]

    def record(self, generation: int) -> None:
        """The bits cover ``generation``: flushed first, so the header never runs ahead of them."""
        self.map.flush()
        struct.pack_into("<q", self.map, 8, generation)
        self.map.flush(0, mmap.PAGESIZE)
        self.dirty = False

    def clear(self, bits: int | None = None) -> None:
        """Zero the bitmap (writing only the chunks that hold a bit: the file stays sparse),
        then use 2^``bits`` bits from now on. Only under the store's write lock."""
        if not self.fresh:
            zero = bytes(_CHUNK)
            m = self.map
            for off in range(HEADER, len(m), _CHUNK):
                if m[off : off + _CHUNK] != zero:
                    m[off : off + _CHUNK] = zero
        if bits is not None:
            struct.pack_into("<q", self.map, _BITS_AT, bits)
        struct.pack_into("<q", self.map, 8, -1)

    def fill(self, keys) -> int:
        """Set the bit of every key in ``keys`` (rows of one key); returns how many."""
        mask = (1 << struct.unpack_from("<q", self.map, _BITS_AT)[0]) - 1
        n = 0
        for (k,) in keys:
            self._set(k, mask)
            n += 1
        self.dirty, self.fresh = True, self.fresh and n == 0
        return n

    def close(self) -> None:
        self.map.close()
