"""``python -m yunmei``: extract a saved page, search the database, summarize the database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from yunmei import settings as default_settings


def cmd_extract(args: argparse.Namespace) -> int:
    from yunmei.extract import extract_article

    body = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    headers = json.loads(args.headers) if args.headers else None
    result = extract_article(body, args.url, headers)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
    return 0


def cmd_search(argv: list[str]) -> int:
    from yunmei.store.search import cli

    return cli(argv)


def cmd_summary(args: argparse.Namespace) -> int:
    from yunmei.store import table_counts

    path = Path(args.db)
    if not path.exists():
        print(f"no database at {path}", file=sys.stderr)
        return 1
    print(f"database {path}")
    tables = ("articles", "authors", "editors", "images", "events", "awards",
              "article_revisions", "crawl_runs", "crawl_errors")  # fmt: skip
    for table, count in table_counts(path, tables).items():
        print(f"  {table:<18} {count:>6} rows")
    return 0


def _open_db(path: Path):
    from yunmei.store import connect

    if not path.is_file():
        print(f"no database at {path}", file=sys.stderr)
        return None
    return connect(path)


def cmd_errors(args: argparse.Namespace) -> int:
    """Failed articles not stored since: what the next run (or ``retry``) asks for again."""
    from yunmei.store import StoreError
    from yunmei.store.outcomes import PERMANENT_REASONS, open_errors

    conn = _open_db(Path(args.db))
    if conn is None:
        return 1
    try:
        rows = open_errors(conn, args.run)
    except StoreError as exc:
        print(f"cannot read crawl_errors from {args.db}: {exc}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{len(rows)} failed URLs not stored since (newest first)")
    for row in rows:
        retry = "permanent" if row["reason"] in PERMANENT_REASONS else "retried"
        status = row["http_status"] or "-"
        print(
            f"  run {row['run_id']:<4} {row['article_id'] or '-':<22} {row['stage']:<9} "
            f"{row['reason']:<22} {status!s:<4} x{row['attempts']:<3} {retry:<9} {row['url']}"
        )
    return 0


def cmd_retry(args: argparse.Namespace, extra: list[str]) -> int:
    """Re-queue the retryable failed articles now: ``scrapy crawl SPIDER -a retry=only``."""
    import subprocess

    from yunmei.store.outcomes import retry_candidates

    conn = _open_db(Path(args.db))
    if conn is None:
        return 1
    try:
        from yunmei.settings import YUNMEI_RETRY_MAX_ATTEMPTS

        todo = retry_candidates(conn, args.max_attempts or YUNMEI_RETRY_MAX_ATTEMPTS)
    finally:
        conn.close()
    if not todo:
        print("nothing to retry")
        return 0
    print(f"retrying {len(todo)} failed articles", flush=True)
    command = [sys.executable, "-m", "scrapy", "crawl", args.spider, "-a", "retry=only",
               "-s", f"YUNMEI_DB={args.db}", *extra]  # fmt: skip
    return subprocess.call(command)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["search"]:
        return cmd_search(argv[1:])
    if argv[:1] == ["reprocess"]:
        from yunmei.reprocess import cli as reprocess_cli

        return reprocess_cli(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m yunmei")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract one saved page and print it as JSON")
    extract.add_argument("file", help="the page's raw bytes (- for stdin)")
    extract.add_argument("--url", required=True, help="the URL the page was fetched from")
    extract.add_argument("--headers", help='response headers as JSON, e.g. {"Content-Type": …}')
    extract.set_defaults(func=cmd_extract)
    sub.add_parser("search", help="full-text search: python -m yunmei search '一等奖 坡头'")
    sub.add_parser(
        "reprocess", help="re-extract a WARC archive into the store: reprocess WARC [--db]"
    )
    summary = sub.add_parser("summary", help="row counts of the database")
    summary.add_argument("--db", default=default_settings.YUNMEI_DB)
    summary.set_defaults(func=cmd_summary)
    errors = sub.add_parser("errors", help="failed URLs not stored since (crawl_errors)")
    errors.add_argument("--db", default="data/yunmei.db")
    errors.add_argument("--run", type=int, help="only this crawl_runs id")
    errors.add_argument("--json", action="store_true", help="print JSON rows")
    errors.set_defaults(func=cmd_errors)
    retry = sub.add_parser(
        "retry", help="re-queue failed articles now (extra args go to scrapy crawl)"
    )
    retry.add_argument("--db", default="data/yunmei.db")
    retry.add_argument("--spider", default="yunmei", choices=["yunmei", "yunmei_epaper"])
    retry.add_argument("--max-attempts", type=int, default=0, help="default: settings")
    if argv[:1] == ["retry"]:
        args, extra = parser.parse_known_args(argv)
        return cmd_retry(args, extra)
    args = parser.parse_args(argv)
    return args.func(args)
