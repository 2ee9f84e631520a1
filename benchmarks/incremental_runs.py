"""How much an incremental re-run costs: requests of the 2nd and 3rd runs as a share of the 1st.

    python benchmarks/incremental_runs.py [--articles 300] [--recent 10] [--new 3] [--edited 2] [--json FILE]

Generates a site in the reference markup (tests/scheduling/testsite.py: home page, a paginated
channel, N articles of which ``--recent`` were published in the last day), serves it with
``yunmei.devserver`` on 127.0.0.1 (it answers ETag / Last-Modified conditional requests), and
runs the real ``scrapy crawl yunmei`` three times into one database: first on an empty database,
then again with nothing changed, then after adding ``--new`` articles and editing ``--edited``
recent ones. Counts every request the server answered, by kind and status.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "scheduling"))

from schedkit import crawl, rows  # noqa: E402
from testsite import GeneratedSite  # noqa: E402

from yunmei.devserver import SiteServer  # noqa: E402

# a local server cannot be overloaded: no delays; lists deep enough to reach every article
SETTINGS = {"YUNMEI_LIST_MAX_DEPTH": 50, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}


def breakdown(run) -> dict[str, int]:
    articles = [(u, s) for u, s in run.answers if "/p/" in u]
    return {
        "requests": len(run.answers),
        "article 200": sum(1 for _u, s in articles if s == 200),
        "article 304": sum(1 for _u, s in articles if s == 304),
        "article 404": sum(1 for _u, s in articles if s == 404),
        "lists": sum(1 for u, _s in run.answers if "/p/" not in u and not u.endswith("robots.txt")),
        "new rows": int(run.row["stats"].get("yunmei/articles/new", 0) or 0),
        "changed rows": int(run.row["stats"].get("yunmei/articles/changed", 0) or 0),
        "exit": run.returncode,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--recent", type=int, default=10, help="published in the last day")
    parser.add_argument("--new", type=int, default=3)
    parser.add_argument("--edited", type=int, default=2)
    parser.add_argument("--per-page", type=int, default=30, help="articles per channel page")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="yunmei-incremental-") as tmp:
        tmp = Path(tmp)
        site = GeneratedSite(
            tmp / "site", count=args.articles, recent=args.recent, per_page=args.per_page
        ).write()
        db = tmp / "yunmei.db"
        start = {"start_urls": site.start_url}
        results = []
        with SiteServer(site.root) as server:
            for label in ("1 first run (empty database)", "2 again, nothing changed", "3 after"):
                if label.startswith("3"):
                    recent = sorted(site.recent_ids(), reverse=True)
                    for article_id in recent[: args.edited]:
                        site.edit_article(article_id)
                    for _ in range(args.new):
                        site.add_article()
                    label = f"3 after {args.new} new + {args.edited} edited"
                began = time.monotonic()
                run = crawl(server, db, start, SETTINGS, timeout=1800)
                figures = {"run": label, **breakdown(run), "seconds": time.monotonic() - began}
                if run.returncode != 0:
                    print(run.stdout, run.stderr[-3000:], sep="\n", file=sys.stderr)
                results.append(figures)
        stored = len(rows(db))

    first = results[0]["requests"]
    for figures in results:
        figures["share of run 1"] = figures["requests"] / first
    print(
        f"incremental re-runs: {args.articles} articles, {args.recent} published in the last "
        f"day (re-checked: YUNMEI_RECENT_DAYS=3), YUNMEI_PROBE_IDS=20; {stored} rows at the end"
    )
    header = ("run", "requests", "share of run 1", "article 200", "article 304", "article 404",
              "lists", "new rows", "changed rows", "seconds")  # fmt: skip
    widths = [max(len(h), 34 if h == "run" else 0) for h in header]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for figures in results:
        cells = []
        for h, w in zip(header, widths, strict=True):
            value = figures[h]
            if h == "share of run 1":
                value = f"{value:.1%}"
            elif h == "seconds":
                value = f"{value:.1f}"
            cells.append(str(value).ljust(w))
        print("  ".join(cells))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), "utf-8")
    return 0 if all(f["exit"] == 0 for f in results) else 1


if __name__ == "__main__":
    sys.exit(main())
