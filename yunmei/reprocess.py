"""``yunmei reprocess WARC``: re-extract every stored page with today's code, without re-crawling.

Reads the response records of a WARC file or folder (what ``YUNMEI_WARC_RECORD`` / ``yunmei
record`` wrote), runs ``extract_article`` on every article page in a pool of worker processes (all
cores by default) and hands the results to one writer, ``Store.save_articles``: an article whose
text changed gets a revision (``article_revisions``, the old text kept) and its new fields; an
unchanged one is left alone (its ``last_seen_at`` keeps meaning "last fetched from the site").
Multi-page articles are skipped and counted (their pages are merged by the spider: re-crawl them),
as are pages that are not articles.

Resumable: after each committed batch the byte offset reached in each WARC file is kept in
``store_meta`` (``reprocess:<file>``); a killed run started again skips what was done
(``--restart`` ignores it). A progress bar shows pages, rate and ETA (by bytes of WARC read).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from yunmei.replay import warc_files
from yunmei.urls import parse_article_url

logger = logging.getLogger(__name__)
BATCH = 500  # articles per writer transaction (and per progress checkpoint)


@dataclass
class Page:
    url: str
    body: bytes
    headers: dict[str, str]
    warc: str
    end_offset: int  # where the next record starts: resuming from here skips this one
    skip: str | None = None  # why this record is not extracted (it still moves the offset)
    cpu_s: float = 0.0  # CPU seconds extract_article took in the worker


@dataclass
class Summary:
    pages: int = 0
    outcomes: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    extract_cpu_s: float = 0.0  # summed over the workers

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()))
        return (f"reprocessed {self.pages} pages in {self.seconds:.1f} s ({rate:.0f}/s): "
                f"{parts or 'nothing stored'}; skipped: {skipped or 'none'}")  # fmt: skip


def _meta_key(warc: Path) -> str:
    return f"reprocess:{warc.resolve()}"


def read_pages(warc: Path, start: int = 0) -> Iterator[Page]:
    """Records of one WARC file from byte ``start``; those not to extract carry ``skip``."""
    with warc.open("rb") as stream:
        stream.seek(start)
        records = ArchiveIterator(stream)
        for record in records:
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            is_response = record.rec_type == "response" and record.http_headers is not None
            body = record.content_stream().read() if is_response else b""  # de-chunked, gunzipped
            headers = dict(record.http_headers.headers) if is_response else {}
            records.read_to_end()
            end = start + records.get_record_offset() + records.get_record_length()
            page = Page(url, body, headers, str(warc), end)
            ref = parse_article_url(url) if is_response else None
            if not is_response:
                page.skip = "not_a_response"
            elif record.http_headers.get_statuscode() != "200":
                page.skip = "not_200"
            elif ref is None:
                page.skip = "not_an_article_url"
            elif ref.page > 1:
                page.skip = "later_page"
            if page.skip:
                page.body = b""
            yield page


def _extract(page: Page) -> tuple[Page, dict[str, Any] | None]:
    from yunmei.extract import extract_article

    if page.skip:
        return page, None
    started = time.process_time()
    article = extract_article(page.body, page.url, page.headers)
    page.cpu_s = time.process_time() - started
    page.body = b""  # not sent back to the writer
    return page, article


# an article of the site in its reference markup: one extraction of it loads what the
# extractor and the events read lazily (the normalizer's tables are loaded explicitly)
_WARM_UP_URL = "https://www.gdzjdaily.com.cn/p/1.html"
_WARM_UP_PAGE = (
    '<html><head><meta charset="utf-8"><title>湛江举办青少年乒乓球擂台赛_湛江云媒</title></head>'
    '<body><h1 class="title">湛江举办青少年乒乓球擂台赛</h1><div class="info">'
    '<span class="time">2024-01-01 08:49</span> <span class="source">来源：湛江日报</span></div>'
    '<div class="content"><p>比赛在湛江市体育馆举行，张三获得一等奖，李四、王五获得二等奖。</p>'
    "<p>（编辑/林霖）</p></div></body></html>"
).encode()


def warm_up() -> None:
    """Load the extractor and every table it reads lazily, before any page is timed: in the
    parent before the workers fork (they share it), or in each worker where they are spawned."""
    from yunmei.extract import extract_article
    from yunmei.normalize import preload

    preload()
    extract_article(_WARM_UP_PAGE, _WARM_UP_URL, {"Content-Type": "text/html; charset=utf-8"})


def _why_not(article: dict[str, Any]) -> str | None:
    """Why an extracted page is not stored again, or None."""
    if (article.get("page_count") or 1) > 1:
        return "multi_page"
    flags = set(article.get("quality_flags") or [])
    for flag in ("not_article", "list_page", "error_page", "empty_body", "binary_body", "extract_error"):  # fmt: skip
        if flag in flags:
            return flag
    if not (article.get("article_id") and article.get("title") and article.get("body")):
        return "incomplete"
    return None


class _Progress:
    def __init__(self, total_bytes: int, quiet: bool):
        self.bar = None
        if not quiet:
            from tqdm import tqdm

            self.bar = tqdm(total=total_bytes, unit="B", unit_scale=True, dynamic_ncols=True,
                            desc="reprocess", file=sys.stderr)  # fmt: skip

    def update(self, done_bytes: int, pages: int, started: float) -> None:
        if self.bar is None:
            return
        self.bar.n = done_bytes
        rate = pages / max(1e-9, time.perf_counter() - started)
        self.bar.set_postfix_str(f"{pages} pages, {rate:.0f} pages/s", refresh=False)
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def reprocess(warc_path: str | Path, db: str | Path, *, workers: int | None = None,
              restart: bool = False, quiet: bool = False) -> Summary:  # fmt: skip
    """Re-extract every article page under ``warc_path`` into the store at ``db``."""
    from yunmei.store import Store
    from yunmei.store.reprocess import done_offsets, set_done_offset, stored_hashes

    files = warc_files(warc_path)
    workers = workers or os.cpu_count() or 1
    summary = Summary()
    started = time.perf_counter()
    with Store(db) as store:
        offsets = {} if restart else done_offsets(store, [_meta_key(w) for w in files])
        sizes = {str(w): w.stat().st_size for w in files}
        progress = _Progress(sum(sizes.values()), quiet)
        done_bytes = sum(min(offsets.get(_meta_key(w), 0), sizes[str(w)]) for w in files)
        reached: dict[str, int] = {}

        def pages() -> Iterator[Page]:
            for warc in files:
                yield from read_pages(warc, offsets.get(_meta_key(warc), 0))

        def flush(batch: list[tuple[Page, dict]]) -> None:
            if not batch:
                return
            known = stored_hashes(store, [a["article_id"] for _p, a in batch])
            changed = [a for _p, a in batch if known.get(a["article_id"]) != a.get("content_hash")]
            summary.outcomes["unchanged"] += len(batch) - len(changed)
            for outcome in store.save_articles(changed):
                summary.outcomes[outcome] += 1
            for page, _a in batch:
                reached[page.warc] = max(reached.get(page.warc, 0), page.end_offset)
            set_done_offset(store, {_meta_key(Path(w)): off for w, off in reached.items()})

        batch: list[tuple[Page, dict]] = []
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        if context.get_start_method() == "fork":
            warm_up()  # once, here: the forked workers inherit it
        with context.Pool(workers, initializer=warm_up) as pool:
            # imap keeps WARC order: at a flush everything before the last page is done
            for page, article in pool.imap(_extract, pages(), chunksize=8):
                why = page.skip or _why_not(article or {})
                if page.skip is None:
                    summary.pages += 1
                    summary.extract_cpu_s += page.cpu_s
                if why:
                    summary.skipped[why] += 1
                    reached[page.warc] = max(reached.get(page.warc, 0), page.end_offset)
                else:
                    batch.append((page, article))
                if len(batch) >= BATCH:
                    flush(batch)
                    batch = []
                    progress.update(done_bytes + sum(reached.values()), summary.pages, started)
            flush(batch)
        set_done_offset(store, {_meta_key(Path(w)): off for w, off in reached.items()})
        progress.update(sum(sizes.values()), summary.pages, started)
        progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="yunmei reprocess",
        description="Re-extract every article page of a WARC file or folder with the current "
        "code and store what changed (with revisions). Resumable.",
    )
    parser.add_argument("warc", help="a .warc/.warc.gz file or a folder of them")
    parser.add_argument("--db", default="data/yunmei.db", help="the store (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=0, help="extraction processes (default: all cores)")  # fmt: skip
    parser.add_argument("--restart", action="store_true", help="ignore the progress of an earlier run")  # fmt: skip
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        summary = reprocess(args.warc, args.db, workers=args.workers or None,
                            restart=args.restart, quiet=args.quiet)  # fmt: skip
    except FileNotFoundError as exc:
        print(f"reprocess failed: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 0
