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
    args = parser.parse_args(argv)
    return args.func(args)
