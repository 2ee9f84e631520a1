"""Answer every request from WARC recordings (``YUNMEI_REPLAY``); never touch the network."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from w3lib.url import canonicalize_url
from warcio.archiveiterator import ArchiveIterator


@dataclass(frozen=True)
class RecordedResponse:
    """A recorded response; its body is read from the WARC on demand, so an index stays small."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    warc: Path
    offset: int

    @property
    def body(self) -> bytes:
        with self.warc.open("rb") as stream:
            stream.seek(self.offset)
            record = next(iter(ArchiveIterator(stream)))
            return record.raw_stream.read()  # as served: no de-chunking or gunzip


def warc_files(path: str | Path) -> list[Path]:
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.name.endswith((".warc", ".warc.gz")))
    if path.is_file():
        return [path]
    raise FileNotFoundError(f"no WARC file or folder at {path}")


def load_recordings(path: str | Path) -> dict[str, RecordedResponse]:
    """URL → last recorded response, over every WARC file under ``path``."""
    index: dict[str, RecordedResponse] = {}
    for warc in warc_files(path):
        with warc.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = int(record.http_headers.get_statuscode())
                recorded = RecordedResponse(
                    url=url,
                    status=status,
                    headers=list(record.http_headers.headers),
                    warc=warc,
                    offset=records.get_record_offset(),
                )
                index[url] = recorded
                index.setdefault(canonicalize_url(url), recorded)
    return index


class ReplayDownloadHandler(BaseDownloadHandler):
    """Download handler for http/https that serves recorded responses; unrecorded URLs get a 404."""

    def __init__(self, crawler):
        super().__init__(crawler)
        path = crawler.settings.get("YUNMEI_REPLAY")
        if not path:
            raise NotConfigured("YUNMEI_REPLAY not set")
        self.recordings = load_recordings(path)
        self.stats = crawler.stats

    async def download_request(self, request):
        recorded = self.recordings.get(request.url) or self.recordings.get(
            canonicalize_url(request.url)
        )
        if recorded is None:
            self.stats.inc_value("yunmei/replay/missing")
            return Response(url=request.url, status=404, body=b"", request=request)
        self.stats.inc_value("yunmei/replay/hit")
        headers = Headers()
        for key, value in recorded.headers:
            headers.appendlist(key, value)
        body = recorded.body
        respcls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return respcls(
            url=request.url,
            status=recorded.status,
            headers=headers,
            body=body,
            request=request,
        )
