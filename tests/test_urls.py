"""Canonical identity: every spelling of an article URL is one article, fingerprinted once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy import Request
from scrapy.utils.test import get_crawler

from yunmei.fingerprint import CanonicalFingerprinter, identity_key
from yunmei.urls import (
    article_id,
    article_url,
    canonical_url,
    pagination_number,
    parse_article_url,
    strip_junk,
)

CANON = "https://www.gdzjdaily.com.cn/p/2836558.html"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gdzjdaily.com.cn/p/2836558.html",
        "http://www.gdzjdaily.com.cn/p/2836558.html",
        "https://m.gdzjdaily.com.cn/p/2836558.html",
        "http://m.gdzjdaily.com.cn/p/2836558.html?v=1663507728281?v=1663508140622",
        "https://m.gdzjdaily.com.cn/p/2836558.html?v=1663507728281",
        "https://www.gdzjdaily.com.cn/shizheng/p/2836558.html",
        "https://www.gdzjdaily.com.cn/p/2836558.html#comments",
        "https://www.gdzjdaily.com.cn/p/2836558.html?utm_source=wechat&utm_medium=share&from=timeline",
        "https://WWW.GDZJDAILY.COM.CN/p/2836558.html",
        "https://www.gdzjdaily.com.cn/p/2836558_3.html",
        "  https://gdzjdaily.com.cn/p/2836558.html  ",
        "http://juzitie.cn/p/2836558.html",
        "http://m.xvgold.com/p/2836558.html",
        "http://www.millafan.com/abc/def123/p/2836558.html",
    ],
)
def test_every_spelling_of_an_article_has_the_canonical_url_and_id(url):
    ref = parse_article_url(url)
    assert ref is not None
    assert ref.article_id == "2836558"
    assert ref.canonical_url == CANON
    assert canonical_url(url) == CANON
    assert article_id(url) == "2836558"


@pytest.mark.parametrize(
    ("url", "mirror"),
    [
        ("https://m.gdzjdaily.com.cn/p/2836558.html", False),
        ("https://www.gdzjdaily.com.cn/shizheng/p/2836558.html", False),
        ("http://juzitie.cn/p/2836558.html", True),
        ("http://www.millafan.com/junk/p/2836558.html", True),
    ],
)
def test_mirror_flag(url, mirror):
    assert parse_article_url(url).is_mirror is mirror


def test_page_suffix_belongs_to_the_article():
    ref = parse_article_url("http://m.gdzjdaily.com.cn/p/2836558_4.html?v=1")
    assert (ref.article_id, ref.page) == ("2836558", 4)
    assert ref.page_url(4) == "https://www.gdzjdaily.com.cn/p/2836558_4.html"
    assert ref.page_url(1) == CANON


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gdzjdaily.com.cn/",
        "https://www.gdzjdaily.com.cn/shizheng/index_2.html",
        "https://new-img.gdzjdaily.com.cn/a/10001/202303/0123456789abcdef0123456789abcdef.jpeg",
        "https://www.gdzjdaily.com.cn/p/12.html",  # too short to be an id
        "mailto:someone@example.com",
        "",
    ],
)
def test_non_articles_are_not_articles(url):
    assert parse_article_url(url) is None


def test_epaper_articles_have_their_own_identity():
    ref = parse_article_url("http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/content_3.htm")
    assert (ref.kind, ref.article_id) == ("epaper", "zjrb-2015-05-06-3")
    assert parse_article_url("http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/node_2.htm") is None


def test_junk_is_stripped_but_real_parameters_stay():
    assert strip_junk("https://x.cn/list.html?page=2&utm_source=a&v=1?v=2#top") == (
        "https://x.cn/list.html?page=2"
    )
    assert canonical_url("http://m.gdzjdaily.com.cn/shizheng/?spm=1") == (
        "https://www.gdzjdaily.com.cn/shizheng/"
    )


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://www.gdzjdaily.com.cn/shizheng/index_2.html", 2),
        ("https://www.gdzjdaily.com.cn/shizheng/list_13.shtml", 13),
        ("https://www.gdzjdaily.com.cn/news/?page=3", 3),
        ("https://www.gdzjdaily.com.cn/shizheng/", None),
        ("https://www.gdzjdaily.com.cn/shizheng/index.html", None),
        ("https://www.gdzjdaily.com.cn/p/2836558_2.html", None),
    ],
)
def test_pagination_number(url, number):
    assert pagination_number(url) == number


def test_article_url_template():
    assert article_url(2836000) == "https://www.gdzjdaily.com.cn/p/2836000.html"
    assert article_url("7", "http://h/p/{id}.html") == "http://h/p/7.html"


# --- property: any decoration of an article URL keeps its identity and fingerprint -----------------
_hosts = st.sampled_from(["www.gdzjdaily.com.cn", "m.gdzjdaily.com.cn", "gdzjdaily.com.cn"])
_schemes = st.sampled_from(["http", "https"])
_slugs = st.sampled_from(["", "shizheng/", "shehui/", "a-b/c_d/"])
_junk = st.lists(
    st.sampled_from(
        ["?v=1663507728281", "?v=1663508140622", "?utm_source=wx", "&from=timeline", "?share=1"]
    ),
    max_size=3,
)
_fragments = st.sampled_from(["", "#comments", "#top", "#"])


def _fingerprint(url: str) -> bytes:
    crawler = get_crawler(settings_dict={"REQUEST_FINGERPRINTER_CLASS": CanonicalFingerprinter})
    return crawler.request_fingerprinter.fingerprint(Request(url))


@given(
    st.integers(min_value=2_600_000, max_value=3_200_000),
    _schemes,
    _hosts,
    _slugs,
    _junk,
    _fragments,
)
def test_any_site_spelling_is_one_article(number, scheme, host, slug, junk, fragment):
    query = "".join(junk)
    if query and not query.startswith("?"):
        query = "?" + query[1:]
    url = f"{scheme}://{host}/{slug}p/{number}.html{query}{fragment}"
    ref = parse_article_url(url)
    assert ref is not None, url
    assert ref.article_id == str(number)
    assert ref.canonical_url == f"https://www.gdzjdaily.com.cn/p/{number}.html"
    assert not ref.is_mirror
    assert identity_key(url) == ref.canonical_url


def test_fingerprints_follow_identity():
    same = [
        "http://www.gdzjdaily.com.cn/p/2836558.html",
        "https://m.gdzjdaily.com.cn/p/2836558.html?v=1663507728281?v=1663508140622",
        "http://www.gdzjdaily.com.cn/shizheng/p/2836558.html#c",
    ]
    assert len({_fingerprint(u) for u in same}) == 1
    assert _fingerprint("http://juzitie.cn/p/2836558.html") != _fingerprint(same[0])
    assert _fingerprint("http://www.gdzjdaily.com.cn/p/2836558_2.html") != _fingerprint(same[0])
    assert _fingerprint("http://www.gdzjdaily.com.cn/p/2836559.html") != _fingerprint(same[0])
    # list pages: junk ignored, but www and m lists stay distinct pages
    assert _fingerprint("http://www.gdzjdaily.com.cn/shizheng/?spm=2") == _fingerprint(
        "http://www.gdzjdaily.com.cn/shizheng/"
    )
    assert _fingerprint("http://www.gdzjdaily.com.cn/shizheng/index_2.html") != _fingerprint(
        "http://www.gdzjdaily.com.cn/shizheng/"
    )
