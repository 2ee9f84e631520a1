"""Layer 5: the generic body for pages no site layer understands."""

from __future__ import annotations

from yunmei.extract import extract_article
from yunmei.extract.fallback import generic_body

PARAGRAPH = (
    "The harbour authority said on Tuesday that the new channel would allow the largest tankers "
    "to enter the port at any tide, cutting waiting times for ships by more than half. "
)
PAGE = f"""<html><head><title>Harbour channel opens - Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>Harbour channel opens</h1>
<p>{PARAGRAPH * 3}</p><p>{PARAGRAPH * 2}</p><p>{PARAGRAPH * 2}</p></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And one more</a></li></ul></aside>
<footer>Copyright Example News</footer></body></html>"""


def test_generic_body_finds_the_article():
    body = generic_body(PAGE)
    assert body is not None
    assert "largest tankers" in body
    assert "Most read" not in body


def test_other_sites_use_the_fallback_and_keep_their_text():
    data = extract_article(PAGE.encode(), "https://example.com/news/harbour.html", {})
    assert data["page_kind"] == "unknown"
    assert data["extraction"]["body"] == "fallback"
    assert "body_fallback" in data["quality_flags"]
    assert data["title"] == "Harbour channel opens"
    assert "largest tankers" in data["body"]


def test_generic_body_on_nothing():
    assert generic_body("<html><body></body></html>") is None
    assert generic_body("") is None
