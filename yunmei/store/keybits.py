"""A bitmap over the near-duplicate pair keys, ``<db>-neardup.bits``, read through ``mmap``.

A new article's ten pair keys are almost never stored (N / 2^26 each), yet each probe of the
sidecar's b-tree reads a cold page. One bit per ``key & MASK`` (2^28 bits, 32 MiB, a sparse
file) answers "no stored key" with one memory read per key; only keys whose bit is set are probed.
A set bit may be stale (a key since deleted, or another key with the same low 28 bits): it costs
one probe, never a wrong answer. A clear bit must never hide a stored key, so bits are set by the
same TEMP triggers that insert keys (SQL function ``neardup_mark``), and the header records the
sidecar generation the bits were last known to cover; any other generation at open (a kill before
the header was written, a write through another connection) means a refill from the keys.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path

from yunmei.store import simhash as sh

BITS = 28
MASK = (1 << BITS) - 1
HEADER = 4096  # the bitmap starts on its own page
MAGIC = b"ymndbit1"
_HEAD = struct.Struct("<8sq")  # magic, covered generation (-1: none)
_CHUNK = 1 << 16


class KeyBits:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        size = HEADER + (1 << (BITS - 3))
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        self.fresh = False  # known to hold no bit (clear() has nothing to do)
        try:
            if os.fstat(fd).st_size != size:
                self.fresh = True
                # new (or foreign): a sparse file of zeros, covering nothing yet
                os.ftruncate(fd, 0)
                os.ftruncate(fd, size)
                os.pwrite(fd, _HEAD.pack(MAGIC, -1), 0)
            # a mostly sparse file (a small store's) is not worth mapping in ahead (see present)
            self.cold = os.fstat(fd).st_blocks * 512 >= size // 2
            self.map = mmap.mmap(fd, size, access=mmap.ACCESS_WRITE)
        finally:
            os.close(fd)
        magic, _gen = _HEAD.unpack_from(self.map, 0)
        if magic != MAGIC:
            self.map[0 : _HEAD.size] = _HEAD.pack(MAGIC, -1)
            self.clear()
        self.dirty = False

    def present(self, keys: list[int]) -> list[int]:
        """The keys whose bit is set (the only ones worth a probe)."""
        if self.cold:
            # the first lookup maps the whole file in (a read per page, a few ms): a lookup's ten
            # bits would otherwise cost ten page faults. Not at open: a run that writes nothing
            # keeps its memory (the crawl's start RSS)
            self.cold = False
            self.map[HEADER :: mmap.PAGESIZE]
        m = self.map
        return [k for k in keys if m[HEADER + ((k & MASK) >> 3)] >> (k & 7) & 1]

    def mark(self, value: int | None) -> None:
        """Set the bits of a hash's ten keys (the SQL function ``neardup_mark``)."""
        if value is None:
            return
        m = self.map
        for k in sh.keys(value):
            i = HEADER + ((k & MASK) >> 3)
            m[i] |= 1 << (k & 7)
        self.dirty, self.fresh = True, False

    def covered(self) -> int:
        return _HEAD.unpack_from(self.map, 0)[1]

    def record(self, generation: int) -> None:
        """The bits cover ``generation``: flushed first, so the header never runs ahead of them."""
        self.map.flush()
        self.map[0 : _HEAD.size] = _HEAD.pack(MAGIC, generation)
        self.map.flush(0, mmap.PAGESIZE)
        self.dirty = False

    def clear(self) -> None:
        """Zero the bitmap, writing only the chunks that hold a bit (the file stays sparse)."""
        if self.fresh:
            return
        zero = bytes(_CHUNK)
        m = self.map
        for off in range(HEADER, len(m), _CHUNK):
            if m[off : off + _CHUNK] != zero:
                m[off : off + _CHUNK] = zero

    def fill(self, keys) -> int:
        """Set the bit of every key in ``keys`` (rows of one key); returns how many."""
        m = self.map
        n = 0
        for (k,) in keys:
            i = HEADER + ((k & MASK) >> 3)
            m[i] |= 1 << (k & 7)
            n += 1
        self.dirty, self.fresh = True, self.fresh and n == 0
        return n

    def close(self) -> None:
        self.map.close()
