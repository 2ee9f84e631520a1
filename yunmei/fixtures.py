"""Page fixtures: raw bytes + ``meta.json`` (url, status, headers) + ``expected.json``.

A fixture is never re-encoded: the body file holds the bytes exactly as served.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse, Request, Response
from scrapy.http.headers import Headers

BODY_FILE = "body.bin"


@dataclass
class PageFixture:
    name: str
    path: Path
    body: bytes
    url: str
    status: int
    headers: dict[str, str]
    expected: dict[str, Any] | None

    def response(self) -> Response:
        """A Scrapy response built from the raw bytes and recorded headers."""
        headers = Headers(self.headers)
        cls = (
            HtmlResponse
            if b"html" in (headers.get("Content-Type") or b"html").lower()
            else Response
        )
        return cls(
            url=self.url,
            status=self.status,
            headers=headers,
            body=self.body,
            request=Request(self.url),
        )


def load_fixture(folder: str | Path) -> PageFixture:
    folder = Path(folder)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    expected_path = folder / "expected.json"
    expected = json.loads(expected_path.read_text("utf-8")) if expected_path.exists() else None
    return PageFixture(
        name=folder.name,
        path=folder,
        body=(folder / BODY_FILE).read_bytes(),
        url=meta["url"],
        status=int(meta.get("status", 200)),
        headers=dict(meta.get("headers", {})),
        expected=expected,
    )


def write_fixture(
    folder: str | Path,
    body: bytes,
    url: str,
    status: int,
    headers: dict[str, str],
    expected: dict[str, Any] | None,
) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BODY_FILE).write_bytes(body)
    meta = {"url": url, "status": status, "headers": headers}
    (folder / "meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    if expected is not None:
        text = json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True)
        (folder / "expected.json").write_text(text + "\n", "utf-8")
    return folder
