"""Fuzz the three public functions a crawl runs on every page (hypothesis, >= 10,000 inputs).

No exception, and each call under 1 s for inputs under 100 KB: a page that stalls the spider
callback stalls the whole crawl. Inputs mix random text with the shapes that hurt before:
``?``-damaged text, mojibake, unclosed inline tags, huge runs of one character, award lists.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from yunmei.events import extract_events
from yunmei.extract import extract_article
from yunmei.normalize import normalize_text

PER_CALL_SECONDS = 1.0
# 2,000 + 5,500 + 2,500 = 10,000 inputs in all
EXTRACT_EXAMPLES, NORMALIZE_EXAMPLES, EVENTS_EXAMPLES = 2000, 5500, 2500


def fuzz_settings(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,  # timed below, per call, with a clear message
        database=None,
        derandomize=True,  # the same inputs on every run: a failure is reproducible
        suppress_health_check=list(HealthCheck),
        # no explain phase: on Python < 3.12 it traces every line and a failure report takes minutes
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    )


PIECES = st.sampled_from([
    "湛江", "云媒", "记者", "一等奖", "二等奖", "获得", "比赛", "举行", "。", "，", "？", "?", "??",
    "\ufffd", "锟斤拷", "鐨勬", "é\x9b\x86", "<span>", "<p>", "</p>", "<br>", "&nbsp;", "&#x4e2d;",
    "\u3000", " ", "\n", "2023年3月24日", "2023-03-24 20:11", "来源：湛江日报", "責任編輯",
    "zhàn jiāng", "第一名", "冠军", "区交通运输局", "、", "（实习）", "\x00", "\u200b",
])  # fmt: skip
DAMAGED_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=120).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=3000), DAMAGED_TEXT)
# a long page: one shape repeated up to ~100 KB (the superlinear cases were long damaged runs)
LONG_TEXT = st.tuples(DAMAGED_TEXT, st.integers(1, 150)).map(lambda t: (t[0] * t[1])[:100_000])


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    """Load dictionaries and compile tables once, outside the timed calls."""
    extract_article(
        "<html><body><p>湛江</p></body></html>".encode(),
        "https://www.gdzjdaily.com.cn/p/2848530.html",
    )
    normalize_text("湛江")
    extract_events("湛江一等奖")


def html_page(title: str, body: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>' + title + "</title></head><body>"
        '<div class="article"><h1 class="title">'
        + title
        + '</h1><div class="content">'
        + body
        + "</div></div></body></html>"
    ).encode("utf-8", "surrogatepass")


PAGES = st.one_of(
    st.binary(max_size=4000),
    st.tuples(ANY_TEXT, ANY_TEXT).map(lambda t: html_page(*t)),
    st.tuples(DAMAGED_TEXT, LONG_TEXT).map(lambda t: html_page(*t)),
)
URLS = st.sampled_from([
    "https://www.gdzjdaily.com.cn/p/2848530.html", "http://m.gdzjdaily.com.cn/p/2948765.html",
    "http://m.xvgold.com/p/2836735.html",
    "http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/content_1.htm",
])  # fmt: skip
HEADERS = st.sampled_from([None, {"Content-Type": "text/html; charset=gbk"}, {"X": "y"}])


def timed(call, *args):
    # CPU time of this thread: what the call costs, not how busy the shared machine is
    started = time.thread_time()
    result = call(*args)
    elapsed = time.thread_time() - started
    size = sum(len(a) for a in args if isinstance(a, (str, bytes)))
    assert size >= 100_000 or elapsed < PER_CALL_SECONDS, (
        f"{call.__name__} took {elapsed:.2f} s on {size} chars/bytes"
    )
    return result


@fuzz_settings(EXTRACT_EXAMPLES)
@given(body=PAGES, url=URLS, headers=HEADERS)
def test_extract_article_never_raises_and_stays_fast(body, url, headers):
    data = timed(extract_article, body, url, headers)
    assert isinstance(data, dict) and isinstance(data["quality_flags"], list)
    assert data["body"] is None or isinstance(data["body"], str)


@fuzz_settings(NORMALIZE_EXAMPLES)
@given(text=st.one_of(ANY_TEXT, LONG_TEXT))
def test_normalize_text_never_raises_and_stays_fast(text):
    result = timed(normalize_text, text)
    assert isinstance(result.text, str)
    assert isinstance(result.flags, frozenset)


@fuzz_settings(EVENTS_EXAMPLES)
@given(text=st.one_of(ANY_TEXT, LONG_TEXT), published=st.sampled_from([None, "2023-03-24"]))
def test_extract_events_never_raises_and_stays_fast(text, published):
    events = timed(extract_events, text, published)
    assert isinstance(events, list)
    assert all(isinstance(event, dict) and "kind" in event for event in events)
