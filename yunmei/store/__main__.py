"""``python -m yunmei.store COMMAND``: search, metadata, docs, check, rebuild-search,
rebuild-neardup, migrate."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["search"]:
        from yunmei.store.search import cli

        return cli(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m yunmei.store")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser(
        "search", help='full-text search: search "一等奖 坡头" [--db] [--limit] [--json]'
    )
    sub.add_parser("metadata", help="write yunmei/datasette/metadata.yml and search.sql")
    docs = sub.add_parser("docs", help="print the generated table reference of docs/schema.md")
    docs.add_argument("--write", action="store_true", help="update docs/schema.md in place")
    for name, text in (
        ("check", "integrity check (SQLite and the FTS index); exit 1 unless ok"),
        ("rebuild-search", "refill the full-text index from the articles table"),
        ("rebuild-neardup", "refill the near-duplicate sidecar (<db>-neardup) from articles"),
        ("migrate", "open the database, upgrading its schema in place"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--db", default="data/yunmei.db")
    args = parser.parse_args(argv)

    from yunmei.store import Store
    from yunmei.store import datasette as meta

    if args.command == "metadata":
        print(meta.write_metadata())
        return 0
    if args.command == "docs":
        if args.write:
            print(meta.write_docs())
        else:
            sys.stdout.write(meta.schema_reference_markdown())
        return 0
    with Store(args.db) as store:
        if args.command == "check":
            result = store.integrity_check()
            print("\n".join(result))
            return 0 if result == ["ok"] else 1
        if args.command == "rebuild-search":
            print(f"indexed {store.rebuild_search()} articles")
            return 0
        if args.command == "rebuild-neardup":
            print(f"{store.rebuild_neardup()} near-duplicate keys")
            return 0
        print(f"schema v{store.migrated_from} -> v{store.schema_version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
