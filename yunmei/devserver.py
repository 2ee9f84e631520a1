"""A local HTTP server that serves a recorded-site folder as if it were the real hosts.

Folder layout: ``<root>/<host>/<path>`` (``/`` and ``…/`` map to ``index.html``) plus an optional
``<root>/routes.json`` of special answers keyed by URL: ``{"status": 301, "headers": {...},
"file": "other/path"}``. The server accepts both proxy requests (``GET http://host/path``),
so a crawler keeps the real URLs, and direct requests (the ``Host`` header picks the folder).
It answers conditional requests (ETag / Last-Modified) like a well-behaved origin.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
}


class SiteServer:
    """``with SiteServer(root) as server: server.proxy_url`` — serves until the block ends."""

    def __init__(
        self, root: str | Path, port: int = 0, fail_status: int | None = None, delay: float = 0.0
    ):
        self.root = Path(root)
        self.fail_status = fail_status
        self.delay = delay  # seconds to wait before each answer (a slow site, for kill tests)
        self.requests: list[str] = []  # every URL asked for, in order (tests read it)
        self.answers: list[tuple[str, int]] = []  # (URL, status sent), in order
        self._lock = threading.Lock()
        self._routes: dict = {}
        self._routes_changed: int | None = None
        handler = type("Handler", (_Handler,), {"site": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def routes(self) -> dict:
        """routes.json, read again only when it changed (tests edit it between crawls)."""
        path = self.root / "routes.json"
        try:
            changed = path.stat().st_mtime_ns
        except FileNotFoundError:
            return {}
        with self._lock:
            if self._routes_changed != changed:
                self._routes = json.loads(path.read_text("utf-8"))
                self._routes_changed = changed
            return self._routes

    def log(self, url: str) -> None:
        with self._lock:
            self.requests.append(url)

    def resolve(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a URL (query strings and fragments are ignored)."""
        if self.fail_status:
            return self.fail_status, {"Content-Type": "text/plain"}, b"server error"
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        key = f"http://{host}{parts.path or '/'}"
        routes = self.routes()
        route = routes.get(key) or routes.get(key.replace("http://", "https://"))
        headers: dict[str, str] = {}
        rel = parts.path.lstrip("/")
        if not rel or rel.endswith("/"):
            rel += "index.html"
        status = 200
        if route:
            status = int(route.get("status", 200))
            headers.update(route.get("headers", {}))
            rel = route.get("file", rel)
        file = (self.root / host / rel).resolve()
        inside = self.root.resolve() in file.parents
        if status == 200 and not (inside and file.is_file()):
            return (
                404,
                {"Content-Type": "text/html; charset=utf-8"},
                b"<html><body>404</body></html>",
            )
        body = file.read_bytes() if inside and file.is_file() else b""
        headers.setdefault(
            "Content-Type", CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        )
        if status == 200:
            headers["ETag"] = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["Last-Modified"] = formatdate(int(file.stat().st_mtime), usegmt=True)
        return status, headers, body


class _Handler(BaseHTTPRequestHandler):
    site: SiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def _url(self) -> str:
        if self.path.startswith(("http://", "https://")):
            return self.path
        return f"http://{self.headers.get('Host', 'localhost')}{self.path}"

    def _answer(self, with_body: bool) -> None:
        url = self._url()
        self.site.log(url)
        if self.site.delay:
            time.sleep(self.site.delay)
        status, headers, body = self.site.resolve(url)
        if status == 200 and self._not_modified(headers):
            status, body = 304, b""
        with self.site._lock:
            self.site.answers.append((url, status))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _not_modified(self, headers: dict[str, str]) -> bool:
        etag = self.headers.get("If-None-Match")
        if etag:
            return etag == headers.get("ETag")
        since = self.headers.get("If-Modified-Since")
        if since and "Last-Modified" in headers:
            try:
                return parsedate_to_datetime(headers["Last-Modified"]) <= parsedate_to_datetime(
                    since
                )
            except (TypeError, ValueError):
                return False
        return False

    def do_GET(self):
        self._answer(with_body=True)

    def do_HEAD(self):
        self._answer(with_body=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Serve a site folder on 127.0.0.1 (also as a proxy)"
    )
    parser.add_argument("root", nargs="?", default="data/sample/site")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server = SiteServer(args.root, port=args.port)
    print(f"serving {args.root} at {server.proxy_url} (use it as http_proxy)", flush=True)
    server.httpd.serve_forever()


if __name__ == "__main__":
    main()
