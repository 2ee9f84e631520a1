"""One walk over the tree: lines, images, regions, metadata."""

from __future__ import annotations

from yunmei.extract.render import parse_html, render

HTML = """<html><head><title>T</title><meta property="og:title" content="OG">
<script type="application/ld+json">{"headline": "H"}</script></head><body>
<div class="login"><a href="/login">登录湛江云媒账号</a></div>
<div class="article"><h1 class="title">报小拍|标题</h1>
<div class="info"><span class="time">2023-03-24 20:11</span> <span class="source">来源：湛江云媒</span></div>
<div class="content"><p>第一段<b>粗</b>文字</p><p><img src="a.jpg" data-src="b.jpg"></p><p>记者 陈振园 摄</p>
<p style="display: none">hidden</p><script>var x = "script";</script>tail<br>after br</div></div>
<div class="side"><a href="/p/12345.html">x</a></div></body></html>"""


def test_lines_and_regions():
    page = render(parse_html(HTML))
    texts = [b.text or f"<img {b.src}>" for b in page.lines]
    assert texts == [
        "登录湛江云媒账号",
        "报小拍|标题",
        "2023-03-24 20:11 来源：湛江云媒",
        "第一段粗文字",
        "<img b.jpg>",
        "记者 陈振园 摄",
        "tail",
        "after br",
        "x",
    ]
    assert page.region("title") == (1, 2)
    assert page.region("body") == (3, 8)
    assert [page.lines[i].text for i in range(*page.region("info"))] == [
        "2023-03-24 20:11 来源：湛江云媒"
    ]
    assert page.lines[1].heading == 1
    assert page.lines[0].link and not page.lines[1].link
    assert page.title_tag == "T"
    assert page.meta["og:title"] == "OG"
    assert page.json_ld == ['{"headline": "H"}']


def test_no_document():
    assert parse_html("") is None
    assert parse_html("   ") is None
    assert render(None).lines == []


def test_xml_declaration_and_deep_nesting():
    page = render(
        parse_html('<?xml version="1.0" encoding="gbk"?><html><body><p>好</p></body></html>')
    )
    assert [b.text for b in page.lines] == ["好"]
    deep = "<div>" * 200 + "深" + "</div>" * 200
    assert [b.text for b in render(parse_html(deep)).lines] == ["深"]
    deeper = "<div>" * 20000 + "深" + "</div>" * 20000  # beyond the parser's depth limit
    render(parse_html(deeper))
