"""End-to-end check of yunmei.events on the bundled snapshot, without a crawl.

The award articles of ``data/sample`` are read from the recorded WARC (so each page comes with the
headers it was served with, GBK charsets included), extracted with ``yunmei.extract.extract_article``
and passed to ``extract_events``. The expected awards are the JSON block of ``data/sample/SITE.md``,
written down by a colleague before the extractor saw these pages.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from yunmei.events import extract_events
from yunmei.extract import extract_article
from yunmei.replay import load_recordings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
ANNOUNCEMENT = "2853956"  # prizes to come (设一等奖3名, 将评出): no event

# (article id, tier, recipient) pairs SITE.md expects that the rules cannot reach yet, one reason
# each. Empty now; an entry here must still be missed, or the test fails so the list stays honest.
KNOWN_MISSES: dict[tuple[str, str, str], str] = {}


def _expected() -> dict[str, list[dict]]:
    text = (SAMPLE / "SITE.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.S)
    assert block, "SITE.md has no JSON block"
    data = json.loads(block.group(1))
    return {k: v if isinstance(v, list) else [v] for k, v in data.items()}


EXPECTED = _expected()


def _url(article_id: str) -> str:
    m = re.fullmatch(r"zjrb-(\d{4})-(\d{2})-(\d{2})-(\d+)", article_id)
    if m:
        y, mo, d, n = m.groups()
        return f"http://szb.gdzjdaily.com.cn/zjrb/html/{y}-{mo}/{d}/content_{n}.htm"
    return f"http://www.gdzjdaily.com.cn/p/{article_id}.html"


@cache
def _recordings():
    return load_recordings(SAMPLE / "warc")


@cache
def _article(article_id: str) -> dict:
    rec = _recordings()[_url(article_id)]
    return extract_article(rec.body, rec.url, dict(rec.headers))


def _events(article_id: str) -> list[dict]:
    art = _article(article_id)
    return extract_events(art["body"], art["published_at"], title=art["title"])


def _pairs(events: list[dict]) -> Counter:
    return Counter(
        (a["tier"], r["name"]) for e in events for a in e["awards"] for r in a["recipients"]
    )


pytestmark = pytest.mark.usefixtures("strict_events")


def test_site_md_lists_the_award_articles():
    assert ANNOUNCEMENT in EXPECTED
    assert sum(1 for evs in EXPECTED.values() if _pairs(evs)) >= 8
    for article_id in EXPECTED:
        assert _url(article_id) in _recordings(), article_id
        assert _article(article_id)["body"], article_id


@pytest.mark.parametrize(
    "article_id", [k for k, v in EXPECTED.items() if _pairs(v)], ids=lambda k: k
)
def test_award_pairs_match_site_md(article_id):
    got = _pairs(_events(article_id))
    want = _pairs(EXPECTED[article_id])
    known = Counter(
        {(t, n): 1 for (aid, t, n) in KNOWN_MISSES if aid == article_id and (t, n) in want}
    )
    assert got == want - known, {"missing": want - known - got, "extra": got - (want - known)}


def _full(events: list[dict]) -> Counter:
    return Counter(
        (a["category"], a["tier"], a["tier_rank"], r["name"], r["kind"], r["affiliation"])
        for e in events
        for a in e["awards"]
        for r in a["recipients"]
    )


@pytest.mark.parametrize(
    "article_id", [k for k, v in EXPECTED.items() if _pairs(v)], ids=lambda k: k
)
def test_awards_match_site_md_in_every_field(article_id):
    # tier, rank, category, recipient, kind and affiliation, not only (tier, recipient)
    got, want = _full(_events(article_id)), _full(EXPECTED[article_id])
    assert got == want, {"missing": want - got, "extra": got - want}


def test_football_categories_and_teams():
    awards = [a for e in _events("2903776") for a in e["awards"]]
    cats = {a["category"] for a in awards if a["tier_rank"] is not None}
    assert cats == {"高中男子组", "初中男子组", "小学男子组"}
    assert all(r["kind"] == "team" for a in awards if a["tier_rank"] for r in a["recipients"])


def test_boxing_winners_are_zhanjiangs():
    gold = [a for e in _events("2889510") for a in e["awards"] if a["tier"] == "金牌"]
    assert {r["affiliation"] for a in gold for r in a["recipients"]} == {"湛江"}


def test_known_misses_are_still_missed():
    # a known miss that starts passing must be removed from the list
    for (article_id, tier, name), reason in KNOWN_MISSES.items():
        assert reason
        assert (tier, name) in _pairs(EXPECTED[article_id])
        assert (tier, name) not in _pairs(_events(article_id)), (article_id, tier, name)


def test_the_announcement_has_no_events():
    assert _events(ANNOUNCEMENT) == []


def test_team_prizes_follow_the_convention():
    # 团体一等奖 is tier 一等奖 in category 团体 (tests/data/events/README.md)
    awards = [a for e in _events("zjrb-2015-05-06-3") for a in e["awards"]]
    team = {(a["tier"], a["category"]) for a in awards if "团体" in (a["category"] or "")}
    assert team == {("一等奖", "团体"), ("二等奖", "团体"), ("三等奖", "团体")}
    assert not any(a["tier"].startswith("团体") for a in awards)
