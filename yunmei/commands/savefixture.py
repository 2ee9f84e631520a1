"""``scrapy savefixture URL NAME [--from-warc FILE]``: save a page as a test fixture.

Writes ``tests/fixtures/NAME/`` with the raw bytes, ``meta.json`` and today's extraction as
``expected.json`` — review that file before committing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import scrapy
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from w3lib.url import is_url

from yunmei.fixtures import write_fixture

EXPECTED_FIELDS = (
    "url", "article_id", "title", "column", "subtitle", "kicker", "published_at", "published_raw",
    "source", "byline_raw", "authors", "editors", "body", "images", "page_count", "is_original",
    "page_kind", "epaper_page", "epaper_page_name", "quality_flags",
)  # fmt: skip


def save(folder: Path, url: str, status: int, headers: dict[str, str], body: bytes) -> Path:
    from yunmei.extract import extract_article  # scrapy imports every command at each start

    extracted = extract_article(body, url, headers)
    expected = {key: extracted.get(key) for key in EXPECTED_FIELDS if key in extracted}
    return write_fixture(folder, body, url, status, headers, expected)


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] <url> <name>"

    def short_desc(self) -> str:
        return "Save a page (fetched, or taken from a WARC recording) as a test fixture"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--from-warc", dest="from_warc", help="take the page from this WARC")
        parser.add_argument("--dir", dest="dir", default="tests/fixtures", help="fixtures folder")

    def run(self, args: list[str], opts) -> None:
        if len(args) != 2 or not is_url(args[0]):
            raise UsageError("expected a URL and a fixture name")
        url, name = args
        folder = Path(opts.dir) / name
        if opts.from_warc:
            from yunmei.replay import load_recordings  # warcio: only for this option

            recorded = load_recordings(opts.from_warc).get(url)
            if recorded is None:
                raise UsageError(f"{url} is not in {opts.from_warc}")
            headers = {key: value for key, value in recorded.headers}
            save(folder, url, recorded.status, headers, recorded.body)
            print(f"saved {folder} — review {folder / 'expected.json'}")
            return
        self._fetch_and_save(url, folder)

    def _fetch_and_save(self, url: str, folder: Path) -> None:
        saved: list[Path] = []

        class FixtureSpider(scrapy.Spider):
            name = "savefixture"
            custom_settings = {"HTTPERROR_ALLOW_ALL": True}

            async def start(self):
                yield scrapy.Request(url, callback=self.keep, dont_filter=True)

            def keep(self, response) -> Any:
                headers = {
                    k.decode("latin-1"): v[-1].decode("latin-1")
                    for k, v in response.headers.items()
                    if k.lower() not in (b"content-encoding", b"content-length")
                }
                saved.append(save(folder, response.url, response.status, headers, response.body))
                return None

        assert self.crawler_process is not None
        self.crawler_process.crawl(FixtureSpider)
        self.crawler_process.start()
        if not saved:
            self.exitcode = 1
            print(f"could not fetch {url}")
            return
        print(f"saved {saved[0]} — review {saved[0] / 'expected.json'}")
