"""A hostile site on 127.0.0.1 for the chaos test: every fault an hourly crawl meets, by name.

``FAULTS`` maps a named fault to its article id and the outcome the crawl must record for it.
The server is an HTTP proxy like ``yunmei.devserver`` (URLs keep their real hosts) and logs every
host it is asked about, so the test can prove no foreign host was ever contacted.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from testsite import Article, page_html

WWW = "www.gdzjdaily.com.cn"
MOBILE = "m.gdzjdaily.com.cn"
FOREIGN = "evil.example.com"
BEIJING = timezone(timedelta(hours=8))
FIRST = 3100001

# fault name -> (article id, expected outcome: "stored" or the crawl_errors reason)
FAULTS: dict[str, tuple[int, str]] = {
    "ok": (FIRST, "stored"),
    "ok_second": (FIRST + 1, "stored"),
    "http_500_always": (FIRST + 2, "http_500"),
    "http_503_once": (FIRST + 3, "stored"),
    "http_429_always": (FIRST + 4, "http_429"),
    "connection_reset": (FIRST + 5, "DownloadFailedError"),
    "hang": (FIRST + 6, "DownloadTimeoutError"),
    "truncated": (FIRST + 7, "truncated"),
    "gzip_lie": (FIRST + 8, "content_encoding"),
    "gzip_bomb": (FIRST + 9, "too_large"),
    "redirect_loop": (FIRST + 10, "redirect_loop"),
    "redirect_same_article": (FIRST + 11, "stored"),
    "redirect_offsite": (FIRST + 12, "offsite"),
    "meta_refresh_offsite": (FIRST + 13, "offsite"),
    "huge_page": (FIRST + 14, "too_large"),
    "www_404_m_ok": (FIRST + 15, "stored"),
    "gone": (FIRST + 16, "http_404"),
    "not_article": (FIRST + 17, "empty_body"),
    "huge_title": (FIRST + 18, "stored"),
    "deep_nesting": (FIRST + 19, "stored"),
    "gbk_declared_utf8": (FIRST + 20, "stored"),
}
HANG_SECONDS = 4.0  # above the test's DOWNLOAD_TIMEOUT, bounded so the server thread ends


def article(article_id: int, title: str | None = None) -> Article:
    published = datetime(2026, 11, 30, 9, 30, tzinfo=BEIJING) - timedelta(days=20)
    paragraphs = [
        f"湛江市{article_id % 97}号工程近日顺利推进，吸引了众多市民关注和参与。",
        "据介绍，本次活动由市有关部门主办，共有二十个单位参加，现场气氛热烈。",
        "相关负责人表示，将继续推进此项工作，让群众有更多获得感和幸福感。",
    ]
    return Article(
        article_id, title or f"湛江推进第{article_id}号民生工程", published, paragraphs, "陈振园"
    )


def home_page() -> bytes:
    links = "".join(f'<li><a href="/p/{aid}.html">第{aid}号</a></li>' for aid, _ in FAULTS.values())
    # the same article on m. (the one that works): held back as a duplicate, never lost
    links += f'<li><a href="http://{MOBILE}/p/{FAULTS["www_404_m_ok"][0]}.html">m</a></li>'
    # a link off the site must never be followed, not even its robots.txt
    links += f'<li><a href="http://{FOREIGN}/p/{FIRST + 90}.html">镜像</a></li>'
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>湛江云媒</title></head><body>'
        f'<ul class="news-list">{links}</ul></body></html>'
    ).encode()


class ChaosServer:
    def __init__(self, maxsize: int):
        self.maxsize = maxsize
        self.answers: list[tuple[str, int]] = []
        self.hosts: list[str] = []  # every host asked for, in order
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"site": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> ChaosServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def hit(self, key: str) -> int:
        with self._lock:
            self.hits[key] = self.hits.get(key, 0) + 1
            return self.hits[key]


_BY_ID = {aid: name for name, (aid, _) in FAULTS.items()}


class _Handler(BaseHTTPRequestHandler):
    site: ChaosServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def send(self, status: int, body: bytes = b"", headers: dict | None = None, length=None):
        url = (
            self.path
            if self.path.startswith("http")
            else f"http://{self.headers['Host']}{self.path}"
        )
        with self.site._lock:
            self.site.answers.append((url, status))
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def reset(self) -> None:
        # SO_LINGER 0: close() sends a TCP RST instead of a clean FIN
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def do_GET(self):
        url = (
            self.path
            if self.path.startswith("http")
            else f"http://{self.headers['Host']}{self.path}"
        )
        parts = urlsplit(url)
        host, path = (parts.hostname or "").lower(), parts.path
        with self.site._lock:
            self.site.hosts.append(host)
        if host not in (WWW, MOBILE):
            return self.send(200, b"<html><body>foreign page</body></html>")
        if path == "/robots.txt":
            return self.send(200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"})
        if path == "/":
            return self.send(200, home_page() if host == WWW else b"<html><body></body></html>")
        name = None
        if path.startswith("/p/") and path.endswith(".html"):
            name = _BY_ID.get(int(path[3:-5].split("_")[0]) if path[3:-5].isdigit() else 0)
        if name is None:
            return self.send(404, b"<html><body>404</body></html>")
        return self.fault(name, host, path, parts.query)

    def fault(self, name: str, host: str, path: str, query: str):
        aid = FAULTS[name][0]
        good = page_html(article(aid)).encode()
        if name in ("ok", "ok_second"):
            return self.send(200, good)
        if name == "http_500_always":
            return self.send(500, b"error")
        if name == "http_503_once":
            return self.send(503, b"busy") if self.site.hit(name) == 1 else self.send(200, good)
        if name == "http_429_always":
            return self.send(429, b"slow down", {"Retry-After": "0"})
        if name == "connection_reset":
            return self.reset()
        if name == "hang":
            time.sleep(HANG_SECONDS)
            return self.reset()
        if name == "truncated":
            self.send(200, good[: len(good) // 2], length=len(good))
            self.close_connection = True
            return None
        if name == "gzip_lie":  # says gzip, sends plain bytes
            return self.send(200, good, {"Content-Encoding": "gzip"})
        if name == "gzip_bomb":  # a few KB on the wire, more than DOWNLOAD_MAXSIZE inflated
            bomb = gzip.compress(b"<html><body>" + b"\0" * (self.site.maxsize + 1_000_000), 9)
            return self.send(200, bomb, {"Content-Encoding": "gzip"})
        if name == "redirect_loop":
            target = f"/p/{aid}.html" if query else f"/p/{aid}.html?from=loop"
            return self.send(302, b"", {"Location": target})
        if name == "redirect_same_article":
            if host == WWW:
                return self.send(301, b"", {"Location": f"http://{MOBILE}/p/{aid}.html?from=www"})
            return self.send(200, good)
        if name == "redirect_offsite":
            return self.send(302, b"", {"Location": f"http://{FOREIGN}/p/{aid}.html"})
        if name == "meta_refresh_offsite":
            refresh = f'<html><head><meta http-equiv="refresh" content="0;url=http://{FOREIGN}/x.html"></head></html>'
            return self.send(200, refresh.encode())
        if name == "huge_page":
            return self.send(200, good + b"<!--" + b"x" * (self.site.maxsize + 1000) + b"-->")
        if name == "www_404_m_ok":
            return (
                self.send(404, b"<html><body>404</body></html>")
                if host == WWW
                else self.send(200, good)
            )
        if name == "gone":
            return self.send(404, b"<html><body>404</body></html>")
        if name == "not_article":
            return self.send(200, b"<html><body></body></html>")
        if name == "huge_title":
            return self.send(200, page_html(article(aid, "长" * 349_525)).encode())
        if name == "deep_nesting":
            body = good.replace(
                b'<div class="content">', b'<div class="content">' + b"<span>x" * 300
            )
            return self.send(200, body)
        if name == "gbk_declared_utf8":
            return self.send(200, page_html(article(aid)).encode("gbk"))
        raise AssertionError(name)
