"""``yunmei reprocess``: re-extraction of the bundled WARC recording into a real store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from yunmei.cli import main as cli_main
from yunmei.reprocess import read_pages, reprocess
from yunmei.store import Store
from yunmei.store.reprocess import done_offsets, set_done_offset

WARC_DIR = Path(__file__).resolve().parents[1] / "data" / "sample" / "warc"
SITE_WARC = WARC_DIR / "site.warc.gz"


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    db = tmp_path_factory.mktemp("reprocess") / "yunmei.db"
    summary = reprocess(WARC_DIR, db, workers=2, quiet=True)
    return db, summary


def test_every_article_page_is_extracted_and_stored(first_run):
    db, summary = first_run
    stored = summary.outcomes["new"]
    assert stored > 20
    assert count(db, "SELECT count(*) FROM articles") == stored
    # what is not an article's first page is counted, not silently dropped
    assert summary.skipped["later_page"] > 0 and summary.skipped["not_a_response"] > 0
    assert summary.pages == sum(summary.outcomes.values()) + sum(
        v for k, v in summary.skipped.items() if k not in ("not_a_response", "not_200",
                                                           "not_an_article_url", "later_page")
    )  # fmt: skip
    # a mirror copy replaced by the original with the same text keeps no revision
    assert count(db, "SELECT count(*) FROM article_revisions") <= summary.outcomes["changed"]


def test_a_rerun_resumes_after_the_last_committed_offset(first_run):
    db, _ = first_run
    with Store(db) as store:
        offsets = done_offsets(
            store, [f"reprocess:{p.resolve()}" for p in WARC_DIR.glob("*.warc.gz")]
        )
    assert offsets[f"reprocess:{SITE_WARC.resolve()}"] == SITE_WARC.stat().st_size
    again = reprocess(WARC_DIR, db, workers=1, quiet=True)
    assert again.pages == 0 and not again.outcomes


def test_a_run_killed_midway_continues_from_its_mark(tmp_path):
    db = tmp_path / "y.db"
    full = reprocess(SITE_WARC, db, workers=1, quiet=True)
    pages = [p for p in read_pages(SITE_WARC) if p.skip is None]
    middle = pages[len(pages) // 2 - 1].end_offset  # as if the run died after this page's batch
    with Store(db) as store:
        set_done_offset(store, {f"reprocess:{SITE_WARC.resolve()}": middle})
    resumed = reprocess(SITE_WARC, db, workers=1, quiet=True)
    assert resumed.pages == len(pages) - len(pages) // 2
    assert 0 < resumed.pages < full.pages


def test_a_changed_result_is_stored_with_a_revision(tmp_path):
    db = tmp_path / "y.db"
    reprocess(SITE_WARC, db, workers=1, quiet=True)
    conn = sqlite3.connect(db)
    article_id, body = conn.execute(
        "SELECT article_id, body FROM articles WHERE duplicate_of IS NULL AND is_mirror = 0 "
        "ORDER BY doc_id LIMIT 1"
    ).fetchone()
    conn.close()
    # what an older extractor had stored: the same article with a worse body
    old_body = body + "\n下载湛江云媒APP"
    with Store(db) as store:
        row = store.conn.execute(
            "SELECT url, title FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        store.save_articles(
            [{"article_id": article_id, "url": row[0], "title": row[1], "body": old_body}]
        )
    summary = reprocess(SITE_WARC, db, workers=1, quiet=True, restart=True)
    assert summary.outcomes["changed"] >= 1
    conn = sqlite3.connect(db)
    assert (
        conn.execute("SELECT body FROM articles WHERE article_id = ?", (article_id,)).fetchone()[0]
        == body
    )
    revisions = conn.execute(
        "SELECT body FROM article_revisions WHERE article_id = ? ORDER BY revision_id",
        (article_id,),
    ).fetchall()
    assert revisions[-1][0] == old_body
    conn.close()  # fmt: skip


def test_reprocess_command(tmp_path, capsys):
    db = tmp_path / "cli.db"
    assert (
        cli_main(["reprocess", str(SITE_WARC), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    )
    out = capsys.readouterr().out
    assert "reprocessed" in out and "new" in out
    assert cli_main(["reprocess", str(tmp_path / "missing.warc"), "--db", str(db), "--quiet"]) == 2
    assert "no WARC" in capsys.readouterr().err


def test_the_warc_offsets_are_record_boundaries():
    pages = list(read_pages(SITE_WARC))
    with SITE_WARC.open("rb") as stream:
        starts = [0]
        records = ArchiveIterator(stream)
        for _record in records:
            records.read_to_end()
            starts.append(records.get_record_offset() + records.get_record_length())
    assert [p.end_offset for p in pages] == starts[1:]


def test_the_warm_up_page_reaches_every_lazy_table():
    """The page the workers are warmed with is a whole article with an event, so the extractor,
    the normalizer's tables and the events' word lists are all loaded before any page is timed."""
    from yunmei import normalize
    from yunmei.extract import extract_article
    from yunmei.reprocess import _WARM_UP_PAGE, _WARM_UP_URL, warm_up

    warm_up()
    for table in (normalize._model, normalize._script_res, normalize._t2s_changed):
        assert table.cache_info().currsize == 1
    # every GBK two-byte character's bytes and probability, read when step 3 guesses a byte
    assert normalize._character_tables() > 20_000
    assert normalize._logp.cache_info().currsize >= normalize._character_tables()
    article = extract_article(_WARM_UP_PAGE, _WARM_UP_URL)
    assert article["title"] == "湛江举办青少年乒乓球擂台赛"
    assert not article["quality_flags"]
    assert [award["tier"] for award in article["events"][0]["awards"]] == ["一等奖", "二等奖"]
