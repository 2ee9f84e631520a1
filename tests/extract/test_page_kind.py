"""Layer 1: bytes that are no page, page kinds from host/URL/markers, unterminated HTML."""

from __future__ import annotations

import pytest

from yunmei.extract.kind import is_unterminated, page_kind, sniff_bytes
from yunmei.urls import parse_article_url


@pytest.mark.parametrize(
    ("body", "ctype", "want"),
    [
        (b"", "", "empty_body"),
        (b"  \r\n\t ", "", "empty_body"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/html", "binary_body"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "", "binary_body"),
        (b"%PDF-1.4\n", "", "binary_body"),
        (b"\x1f\x8b\x08\x00\x00\x00", "", "binary_body"),
        (b"<html>hello</html>", "image/png", "binary_body"),
        (b"\x00\x01\x02\x03\x04\x05" * 20, "", "binary_body"),
        (b"<html><body>ok</body></html>", "text/html", None),
        (b"\xef\xbb\xbf<html></html>", "", None),
        (b"\xff\xfe<\x00h\x00", "", None),
        ("<p>中文</p>".encode("gbk"), "", None),
    ],
)
def test_sniff(body, ctype, want):
    assert sniff_bytes(body, ctype) == want


@pytest.mark.parametrize(
    ("url", "markers", "want"),
    [
        ("https://www.gdzjdaily.com.cn/p/2848530.html", "", ("desktop", "desktop")),
        ("https://www.gdzjdaily.com.cn/shizheng/p/2820446.html", "", ("desktop", "desktop")),
        ("https://m.gdzjdaily.com.cn/p/2801234.html", "展开详细", ("mobile_app", "mobile_app")),
        (
            "https://m.gdzjdaily.com.cn/p/2948765.html",
            "2步打开 媒体云APP",
            ("mediacloud", "mediacloud"),
        ),
        (
            "https://www.gdzjdaily.com.cn/p/2703456.html",
            "临时链接,仅用于预览",
            ("mediacloud", "mediacloud"),
        ),
        ("http://m.xvgold.com/p/2836735.html", "", ("mirror", "desktop")),
        (
            "http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/content_1.htm",
            "",
            ("epaper", "epaper"),
        ),
        ("http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/node_2.htm", "", ("list", "epaper")),
        ("https://www.gdzjdaily.com.cn/shizheng/", "", ("list", "desktop")),
        ("https://example.com/news/1.html", "", ("unknown", "desktop")),
    ],
)
def test_page_kind(url, markers, want):
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname
    assert page_kind(url, host, parse_article_url(url), markers, False) == want


def test_unterminated():
    assert is_unterminated("<html><body><p>cut here")
    assert not is_unterminated("<html><body><p>x</p></body></html>")
    assert not is_unterminated("<html><body><p>x</p></BODY>\n")


def test_site_page_at_an_unknown_url_with_an_info_line_is_an_article():
    url = "https://www.gdzjdaily.com.cn/shizheng/2023/0324/abc.html"
    assert page_kind(url, "www.gdzjdaily.com.cn", None, "", False, has_info=True) == (
        "desktop",
        "desktop",
    )
    assert page_kind(url, "www.gdzjdaily.com.cn", None, "", False) == ("list", "desktop")
