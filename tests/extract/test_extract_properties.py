"""Property tests: random or mutated bytes never raise and never hit the guard."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests_extract_helpers import FIXTURES, fixture

from yunmei.extract import extract_article

NAMES = sorted(p.name for p in FIXTURES.iterdir() if (p / "meta.json").exists())
URLS = st.sampled_from(
    [
        "https://www.gdzjdaily.com.cn/p/2848530.html",
        "https://m.gdzjdaily.com.cn/p/2948765.html",
        "http://m.xvgold.com/p/2836735.html",
        "http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/content_1.htm",
        "http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/node_2.htm",
        "https://www.gdzjdaily.com.cn/shizheng/",
        "https://example.com/x",
    ]
)
HEADERS = st.sampled_from(
    [
        None,
        {},
        {"Content-Type": "text/html; charset=utf-8"},
        {"Content-Type": "text/html; charset=gbk"},
        {"Content-Type": "text/html; charset=bogus"},
        {"Content-Type": "image/png"},
    ]
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(data: dict) -> None:
    assert isinstance(data, dict)
    assert "extract_error" not in data["quality_flags"]
    assert isinstance(data["quality_flags"], list)
    assert data["body"] is None or isinstance(data["body"], str)
    assert isinstance(data["page_count"], int) and data["page_count"] >= 1


@SETTINGS
@given(body=st.binary(max_size=4096), url=URLS, headers=HEADERS)
def test_random_bytes(body, url, headers):
    check(extract_article(body, url, headers))


HTMLISH = st.lists(
    st.sampled_from(
        [
            "<html>", "<body>", "<div class=\"content\">", "<p>", "</p>", "</div>", "<h1 class=\"title\">",
            "</h1>", "<br>", "<img src=\"x.jpg\">", "<table><tr><td>", "</td></tr></table>", "<script>",
            "</script>", "2023-03-24 20:11 来源:湛江云媒 作者:记者陈彦", "编辑:林霖", "评论一下", "12",
            "湛江云媒客户端原创,未经授权不得转载", "(编辑/徐卫民)", "報(bào)", "記者 陳振園 攝", "?!薄耙怨",
            "©原创 2025-08-28 18:32 湛江云媒", "第A01版:", "<content>", "<b class=\"fisrt\">", "\x00", "&#0;",
            "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "开云(中国)", "\u3000",
        ]
    ),
    max_size=80,
)  # fmt: skip


@SETTINGS
@given(parts=HTMLISH, url=URLS, headers=HEADERS)
def test_html_soup(parts, url, headers):
    check(extract_article("".join(parts).encode("utf-8", "surrogatepass"), url, headers))


@SETTINGS
@given(
    name=st.sampled_from(NAMES),
    cuts=st.lists(
        st.tuples(st.integers(0, 20000), st.integers(0, 200), st.binary(max_size=16)), max_size=6
    ),
)
def test_mutated_fixtures(name, cuts):
    fx = fixture(name)
    body = bytearray(fx.body)
    for position, length, insert in cuts:
        position = position % (len(body) + 1)
        body[position : position + length] = insert
    check(extract_article(bytes(body), fx.url, fx.headers))
