"""NormalizePipeline: every text field normalized, flags merged, stats counted, hash recomputed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from yunmei.extract import content_hash, extract_article
from yunmei.items import ArticleItem
from yunmei.pipelines.normalize import NormalizePipeline

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = DATA / "seed" / "potou-eagle-arena.mirror.txt"
PAIR = DATA / "normalize"
MIRROR_URL = "http://m.xvgold.com/p/2836735.html"


@pytest.fixture
def crawler():
    return get_crawler()


@pytest.fixture
def pipeline(crawler):
    return NormalizePipeline.from_crawler(crawler)


def normalize_stats(crawler) -> dict[str, int]:
    stats = crawler.stats.get_stats()
    return {k: v for k, v in stats.items() if k.startswith("yunmei/normalize/")}


def seed_item() -> dict:
    """The seed as a mirror-copy item straight from extraction: nothing normalized yet."""
    lines = [line for line in SEED.read_text("utf-8").splitlines() if line.strip()]
    column, title = lines[1].split("|", 1)
    start = next(i for i, line in enumerate(lines) if line.startswith("3月23日晚"))
    end = next(i for i, line in enumerate(lines) if line.startswith("值班主任"))
    body = "\n".join(lines[start:end])
    return {
        "url": "https://www.gdzjdaily.com.cn/p/2836735.html",
        "article_id": "2836735",
        "fetched_url": MIRROR_URL,
        "title": title,
        "column": column,
        "subtitle": lines[2],
        "source": "湛江云媒",
        "byline_raw": lines[3].split("作者:", 1)[1],
        "published_at": "2023-03-24T20:11:00+08:00",
        "published_raw": "2023-03-24 20:11",
        "authors": [
            {"name": "陳振園", "role": "video", "title": "記者"},
            {"name": "吳竟", "role": "video", "title": "實習生"},
            {"name": "範子華", "role": "text", "title": "見習(xí)記者"},
        ],
        "editors": [
            {"name": "吳文靜", "duty": "duty_director"},
            {"name": "羅磊", "duty": "duty_director"},
        ],
        "body": body,
        "images": [
            {"url": "https://new-img.gdzjdaily.com.cn/a/1.jpeg", "caption": "雄鷹擂臺(tái)賽現場"}
        ],
        "events": [
            {
                "name": "雄鷹擂臺(tái)賽",
                "kind": "competition",
                "date": "2023-03-23",
                "venue": "區(qū)辦公大樓8樓會(huì)議室",
                "organizer": None,
                "participants": 16,
                "evidence": "區(qū)交通運(yùn)輸局獲得一等獎(jiǎng)",
                "awards": [
                    {
                        "tier": "一等獎(jiǎng)",
                        "tier_rank": 1,
                        "category": None,
                        "recipients": [
                            {
                                "name": "區(qū)交通運(yùn)輸局",
                                "kind": "organization",
                                "affiliation": None,
                            }
                        ],
                    }
                ],
            }
        ],
        "is_mirror": True,
        "quality_flags": ["mirror_copy"],
        "content_hash": content_hash(title, body),
        "page_count": 1,
    }


def test_seed_item_is_normalized_everywhere(pipeline, crawler):
    item = seed_item()
    raw_hash = item["content_hash"]
    out = pipeline.process_item(item)
    assert out is item
    assert item["column"] == "报小拍"
    assert item["title"] == "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"
    assert item["subtitle"] == "扎实推进“百千万工程”在坡头落地见效"
    assert item["byline_raw"] == (
        "视频/记者陈振园 吴竟(实习)文字/见习记者范子华 通讯员李嘉恩 图片/记者陈振园"
    )
    assert "区交通运输局获得一等奖" in item["body"]
    assert "全是办法。”“以工地为家，以项目为伴。”“报忧保平安" in item["body"]
    assert [a["name"] for a in item["authors"]] == ["陈振园", "吴竟", "范子华"]
    assert [a["title"] for a in item["authors"]] == ["记者", "实习生", "见习记者"]
    assert [a["role"] for a in item["authors"]] == ["video", "video", "text"]  # not text fields
    assert [e["name"] for e in item["editors"]] == ["吴文静", "罗磊"]
    assert item["images"][0]["caption"] == "雄鹰擂台赛现场"
    event = item["events"][0]
    assert (event["name"], event["venue"], event["evidence"]) == (
        "雄鹰擂台赛",
        "区办公大楼8楼会议室",
        "区交通运输局获得一等奖",
    )
    assert event["awards"][0]["tier"] == "一等奖"
    assert event["awards"][0]["recipients"][0]["name"] == "区交通运输局"
    assert event["date"] == "2023-03-23" and event["participants"] == 16
    # flags: what was there first, then the normalizer's, once each
    # in field order: the title's flags, then what only the body needed
    assert item["quality_flags"] == [
        "mirror_copy",
        "pinyin_removed",
        "traditional_converted",
        "mojibake_repaired",
    ]
    assert item["content_hash"] == content_hash(item["title"], item["body"]) != raw_hash
    assert normalize_stats(crawler) == {
        "yunmei/normalize/mojibake_repaired": 1,
        "yunmei/normalize/pinyin_removed": 1,
        "yunmei/normalize/traditional_converted": 1,
    }


def test_stored_seed_article_carries_the_flags(pipeline, tmp_path):
    from yunmei.store import Store

    item = pipeline.process_item(seed_item())
    db = tmp_path / "yunmei.db"
    store = Store(db)
    try:
        store.save_articles([item])
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        title, body, flags, stored_hash = conn.execute(
            "SELECT title, body, quality_flags, content_hash FROM articles WHERE article_id = ?",
            ("2836735",),
        ).fetchone()
    assert title == "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"
    assert "以工地为家，以项目为伴。”“报忧保平安" in body
    assert {"mojibake_repaired", "pinyin_removed", "traditional_converted"} <= set(
        json.loads(flags)
    )
    assert stored_hash == content_hash(title, body)


def test_a_clean_item_is_left_as_it_was(pipeline, crawler):
    item = {
        "title": "坡头区雄鹰擂台赛顺利举办",
        "body": "区交通运输局获得一等奖。\n吴竟(实习)参与报道。",
        "authors": [{"name": "陈振园", "role": "video", "title": None}],
        "quality_flags": ["header_missing"],
        "content_hash": "kept",
    }
    before = json.loads(json.dumps(item))
    pipeline.process_item(item)
    assert item == before
    assert normalize_stats(crawler) == {}


def test_whitespace_only_changes_rehash_but_add_no_flag(pipeline):
    item = {"title": "  坡头区\u3000雄鹰擂台赛 ", "body": "第一段\n\n第二段", "content_hash": "old"}
    pipeline.process_item(item)
    assert item["title"] == "坡头区 雄鹰擂台赛"
    assert item["body"] == "第一段\n第二段"
    assert item["quality_flags"] == []
    assert item["content_hash"] == content_hash("坡头区 雄鹰擂台赛", "第一段\n第二段")


def test_empty_text_becomes_none(pipeline):
    item = {"title": "标题", "subtitle": " \u3000 ", "source": "", "body": "正文"}
    pipeline.process_item(item)
    assert item["subtitle"] is None
    assert item["source"] is None


def test_stats_count_items_not_fields(pipeline, crawler):
    for _ in range(2):
        pipeline.process_item({"title": "報(bào)小拍", "subtitle": "區(qū)委", "body": "來(lái)源"})
    assert normalize_stats(crawler) == {
        "yunmei/normalize/pinyin_removed": 2,
        "yunmei/normalize/traditional_converted": 2,
    }


def test_flags_raised_upstream_are_kept_in_order_and_counted(pipeline, crawler):
    item = {
        "title": "标题",
        "body": "正文",
        "quality_flags": ["traditional_converted", "mirror_copy"],
    }
    pipeline.process_item(item)
    assert item["quality_flags"] == ["traditional_converted", "mirror_copy"]
    assert normalize_stats(crawler) == {"yunmei/normalize/traditional_converted": 1}


def test_dataclass_items_and_odd_values(pipeline):
    item = ArticleItem(
        url="https://www.gdzjdaily.com.cn/p/1.html",
        title="雄鷹擂臺賽",
        body="區交通運輸局獲得一等獎",
        authors=[{"name": "陳振園"}, "not a record", {"name": None}],
        events=[{"name": "擂臺賽", "awards": "oops"}],
    )
    pipeline.process_item(item)
    assert (item.title, item.body) == ("雄鹰擂台赛", "区交通运输局获得一等奖")
    assert item.authors == [{"name": "陈振园"}, "not a record", {"name": None}]
    assert item.events == [{"name": "擂台赛", "awards": "oops"}]
    assert item.quality_flags == ["traditional_converted"]
    assert item.content_hash == content_hash("雄鹰擂台赛", "区交通运输局获得一等奖")


def test_original_and_mirror_pages_give_the_same_article(pipeline):
    original = extract_article(
        (PAIR / "pair-original.html").read_bytes(), "https://www.gdzjdaily.com.cn/p/2851234.html"
    )
    mirror = extract_article(
        (PAIR / "pair-mirror.html").read_bytes(), "http://m.xvgold.com/p/2851234.html"
    )
    original = pipeline.process_item(original)
    mirror = pipeline.process_item(mirror)
    for field in ("title", "column", "subtitle", "byline_raw", "body", "content_hash"):
        assert mirror[field] == original[field], field
    assert original["title"] == "乾塘镇举办“百千万工程”乡村振兴技能大赛"
    assert original["body"].startswith("5月11日上午，遂溪县乾塘镇")
    assert "traditional_converted" in mirror["quality_flags"]
    assert "pinyin_removed" in mirror["quality_flags"]
    assert "mojibake_repaired" in mirror["quality_flags"]
    assert not {"traditional_converted", "pinyin_removed", "mojibake_repaired"} & set(
        original["quality_flags"]
    )
