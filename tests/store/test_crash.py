"""A crawl killed mid-write leaves a consistent database: integrity ok, children and index whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from store_factories import expected_children

from yunmei.store import Store
from yunmei.store import search as fts
from yunmei.store import simhash as sh

HERE = Path(__file__).resolve().parent

# writes batches forever: new articles, and re-writes of earlier ones with a new body (children
# deleted and re-inserted, FTS entries deleted and re-added), so a kill can land anywhere
WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {here!r})
    from store_factories import article_item
    from yunmei.store import Store

    store = Store({db!r})
    n = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    round_ = 0
    print("ready", flush=True)
    while True:
        round_ += 1
        batch = [article_item(n + k) for k in range(1, 101)]
        batch += [article_item(k, body=f"第{{round_}}次修改的正文,湛江新闻。" * 20) for k in range(1, min(n, 50) + 1)]
        store.save_articles(batch)
        n += 100
    """
)


def check_consistent(db: Path) -> int:
    with Store(db) as store:
        c = store.conn
        assert store.integrity_check() == ["ok"]
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = [int(r[0]) - 3_000_000 for r in c.execute("SELECT article_id FROM articles")]
        for table in ("authors", "editors", "images", "events", "awards"):
            counts = dict(
                c.execute(
                    f"SELECT CAST(article_id AS INTEGER) - 3000000, count(*) FROM {table} GROUP BY article_id"
                )
            )
            for n in ids:
                assert counts.get(n, 0) == expected_children(n)[table], (table, n)
        doc_ids = {r[0] for r in c.execute("SELECT doc_id FROM articles")}
        assert {r[0] for r in c.execute("SELECT rowid FROM articles_fts")} == doc_ids
        # the index holds the current text of rewritten articles, not an older one
        rewritten = c.execute(
            "SELECT count(*) FROM articles WHERE body LIKE '%次修改的正文%'"
        ).fetchone()[0]
        assert len(fts.search(c, "修改", limit=100_000)) == rewritten
        revisions = c.execute("SELECT count(*) FROM article_revisions").fetchone()[0]
        assert revisions >= rewritten
        # the near-duplicate sidecar (a second WAL file) holds exactly the keys of the rows
        # that committed, whether the kill fell between the two files' commits or not
        keys = c.execute("SELECT key, doc_id FROM neardup_keys ORDER BY 1, 2").fetchall()
        assert keys == sorted(
            (key, doc_id)
            for doc_id, value in c.execute(
                "SELECT doc_id, simhash FROM articles WHERE simhash_b0 IS NOT NULL"
            )
            for key in sh.keys(value)
        )
        # and the key bitmap has every key's bit (refilled at open if it was behind)
        assert not [k for k, _doc in keys if not c.neardup_bits.present([k])]
        return len(ids)


def wait_for_more_articles(db: Path, than: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            conn = sqlite3.connect(db, timeout=30)
            try:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] > than:
                    return
            except sqlite3.OperationalError:
                pass  # the writer is still creating the schema
            finally:
                conn.close()
        time.sleep(0.05)
    raise AssertionError(f"no new article committed within {timeout} s")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_mid_batch_leaves_a_consistent_database(tmp_path):
    db = tmp_path / "yunmei.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(here=str(HERE), db=str(db)), "utf-8")
    counts = []
    for delay in (0.3, 0.7, 0.5):
        before = counts[-1] if counts else 0
        proc = subprocess.Popen(
            [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            # wait for a commit of this round (however slow the machine), then kill mid-way on
            wait_for_more_articles(db, before, timeout=60)
            time.sleep(delay)
            assert proc.poll() is None, proc.stderr.read()
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -signal.SIGKILL
        counts.append(check_consistent(db))
    # every round committed something, and nothing committed was lost to a later kill
    assert counts[0] > 0
    assert counts == sorted(counts) and counts[-1] > counts[0]
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
