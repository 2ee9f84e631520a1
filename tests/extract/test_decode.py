"""yunmei.extract.decode.decode_body: BOM, header, <meta> and the bytes themselves."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yunmei.extract.decode import Decoded, decode_body

# 镕 and 堃 are GBK but not GB2312, € is GB18030 only: a GB2312 label must not lose them
TEXT = "湛江云媒 坡头区“百千万工程” 朱镕基 王堃 €5"


def page(charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>标题</title></head><body><p>{TEXT}</p></body></html>"


def ctype(charset: str | None) -> dict[str, str]:
    return {"Content-Type": f"text/html; charset={charset}" if charset else "text/html"}


def test_declared_utf8():
    decoded = decode_body(page("utf-8").encode(), ctype("utf-8"))
    assert decoded == Decoded(text=page("utf-8"), encoding="utf-8", flags=set())


@pytest.mark.parametrize("label", ["gb2312", "GBK", "x-gbk", "cp936", "gb18030", '"gb2312"'])
def test_gb_family_is_read_as_gb18030(label):
    body = page(None).encode("gb18030")
    decoded = decode_body(body, ctype(label))
    assert decoded.text == page(None)
    assert decoded.encoding == "gb18030"
    assert decoded.flags == set()


def test_meta_charset_when_the_header_has_none():
    body = page("gb2312").encode("gb18030")
    decoded = decode_body(body, ctype(None))
    assert (decoded.text, decoded.encoding, decoded.flags) == (page("gb2312"), "gb18030", set())


def test_http_equiv_meta():
    html = f'<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><p>{TEXT}</p>'
    decoded = decode_body(html.encode("gb18030"))
    assert decoded.text == html
    assert decoded.encoding == "gb18030"


def test_header_says_utf8_bytes_are_gbk():
    decoded = decode_body(page(None).encode("gb18030"), ctype("utf-8"))
    assert decoded.text == page(None)
    assert decoded.encoding == "gb18030"
    assert decoded.flags == {"charset_mismatch"}


def test_header_says_gbk_bytes_are_utf8():
    decoded = decode_body(page(None).encode(), ctype("gbk"))
    assert decoded.text == page(None)
    assert decoded.encoding == "utf-8"
    assert decoded.flags == {"charset_mismatch"}


def test_header_lies_and_meta_tells_the_truth():
    body = page("gbk").encode("gb18030")
    decoded = decode_body(body, ctype("utf-8"))
    assert decoded.text == page("gbk")
    assert decoded.flags == {"charset_mismatch"}


def test_latin1_label_on_chinese_bytes():
    decoded = decode_body(page(None).encode(), ctype("iso-8859-1"))
    assert decoded.text == page(None)
    assert decoded.encoding == "utf-8"
    assert decoded.flags == {"charset_mismatch"}


def test_latin1_label_on_latin1_text_is_kept():
    html = "<p>Café Zürich</p>"
    decoded = decode_body(html.encode("latin-1"), ctype("iso-8859-1"))
    assert decoded.text == html
    assert decoded.flags == set()


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_wins_over_the_header(bom, codec):
    decoded = decode_body(bom + page(None).encode(codec), ctype("gbk"))
    assert decoded.text == page(None)
    assert decoded.flags == set()


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_no_declaration_the_bytes_decide(codec):
    decoded = decode_body(page(None).encode(codec), None)
    assert decoded.text == page(None)
    assert decoded.encoding == codec
    assert decoded.flags == set()  # nothing was declared, so nothing was contradicted


def test_broken_bytes_are_flagged_with_replacement_chars():
    body = page(None).encode() + b"\xe6\xb9"  # a truncated character at the end
    decoded = decode_body(body, ctype("utf-8"))
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith(page(None))
    assert decoded.flags == {"replacement_chars"}


def test_garbage_under_a_label_picks_the_reading_that_loses_least():
    body = "湛江云媒".encode("gb18030") * 20 + b"\xff\xff"
    decoded = decode_body(body, ctype("utf-8"))
    assert decoded.encoding == "gb18030"
    assert decoded.text.startswith("湛江云媒湛江云媒")
    assert decoded.flags == {"charset_mismatch", "replacement_chars"}


@pytest.mark.parametrize(
    "headers",
    [
        {b"Content-Type": [b"text/html; charset=gbk"]},  # Scrapy's Headers shape
        {"content-type": "text/html; charset=gbk"},
        {"CONTENT-TYPE": b"text/html; charset=gbk"},
    ],
)
def test_header_shapes(headers):
    decoded = decode_body("<p>湛江</p>".encode("gb18030"), headers)
    assert decoded.text == "<p>湛江</p>"
    assert decoded.encoding == "gb18030"


def test_scrapy_headers_object():
    from scrapy.http import Headers

    headers = Headers({"Content-Type": "text/html; charset=utf-8"})
    decoded = decode_body(page(None).encode("gb18030"), headers)
    assert decoded.encoding == "gb18030"
    assert decoded.flags == {"charset_mismatch"}


@pytest.mark.parametrize("body", [b"", None])
def test_empty(body):
    assert decode_body(body, None) == Decoded(text="", encoding="utf-8", flags=set())  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=400),
    st.sampled_from([None, {}, ctype("utf-8"), ctype("gbk"), ctype("bogus"), ctype("latin-1")]),
)
def test_never_raises_and_flags_every_replacement_char(body, headers):
    decoded = decode_body(body, headers)
    assert isinstance(decoded.text, str)
    assert ("\ufffd" in decoded.text) == ("replacement_chars" in decoded.flags)
    assert decoded.flags <= {"charset_mismatch", "replacement_chars"}
