"""Re-record the bundled snapshot: serve data/sample/site on 127.0.0.1 and crawl it into WARC files.

    python scripts/record_sample.py        (or: make record-sample)

The crawl goes through the local server as an HTTP proxy, so the recording keeps the real URLs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from yunmei.devserver import SiteServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
EPAPER_DAYS = ("2015-05-06", "2015-05-06")


def crawl(args: list[str], proxy: str, db: Path, warc: Path) -> None:
    env = {**os.environ, "http_proxy": proxy, "no_proxy": ""}
    command = [
        sys.executable, "-m", "scrapy", "crawl", *args,
        "-s", f"YUNMEI_WARC_RECORD={warc}",
        "-s", f"YUNMEI_DB={db}",
        "-s", "DOWNLOAD_DELAY=0",
        "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "LOG_LEVEL=WARNING",
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=SAMPLE / "site")
    parser.add_argument("--out", type=Path, default=SAMPLE / "warc")
    args = parser.parse_args(argv)
    start_urls = (SAMPLE / "start_urls.txt").read_text("utf-8").split()
    args.out.mkdir(parents=True, exist_ok=True)
    with SiteServer(args.site) as server, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "record.db"
        crawl(["yunmei", "-a", "start_urls=" + ",".join(start_urls)], server.proxy_url, db,
              args.out / "site.warc.gz")  # fmt: skip
        since, until = EPAPER_DAYS
        crawl(["yunmei_epaper", "-a", f"since={since}", "-a", f"until={until}"], server.proxy_url,
              db, args.out / "epaper.warc.gz")  # fmt: skip
        print(f"recorded {len(server.requests)} requests into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
