"""Record every request/response pair of a crawl to a WARC file (``YUNMEI_WARC_RECORD``)."""

from __future__ import annotations

import io
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    404: "Not Found",
}


def _pairs(headers) -> list[tuple[str, str]]:
    # the body is stored de-chunked, so a chunked header would lie about it
    return [
        (key.decode("latin-1"), value.decode("latin-1"))
        for key, values in headers.items()
        for value in values
        if key.lower() != b"transfer-encoding"
    ]


class WarcRecorderMiddleware:
    """Downloader middleware next to the network: it sees the bytes exactly as served."""

    def __init__(self, path: str, crawler):
        from warcio.warcwriter import WARCWriter  # only when recording: not at every start

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("wb")
        self._writer = WARCWriter(self._file, gzip=self.path.suffix == ".gz")
        self.stats = crawler.stats
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("YUNMEI_WARC_RECORD")
        if not path:
            raise NotConfigured
        return cls(path, crawler)

    def process_response(self, request, response):
        if response.flags and "cached" in response.flags:
            return response
        from warcio.statusandheaders import StatusAndHeaders

        url = response.url
        status = f"{response.status} {_REASONS.get(response.status, 'Status')}"
        resp_headers = StatusAndHeaders(status, _pairs(response.headers), protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(response.body), http_headers=resp_headers
        )
        self._writer.write_record(record)
        path = request.url.split("/", 3)[3] if request.url.count("/") >= 3 else ""
        req_headers = StatusAndHeaders(
            f"{request.method} /{path} HTTP/1.1", _pairs(request.headers), is_http_request=True
        )
        req_record = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(request.body or b""), http_headers=req_headers
        )
        req_record.rec_headers.replace_header(
            "WARC-Concurrent-To", record.rec_headers.get_header("WARC-Record-ID")
        )
        self._writer.write_record(req_record)
        self.stats.inc_value("yunmei/warc/recorded")
        return response

    def close(self, spider=None):
        if not self._file.closed:
            self._file.close()
