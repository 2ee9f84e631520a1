"""Item dicts shaped like ``ArticleItem.to_dict()`` for the store tests (the seed + made-up articles)."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

from yunmei.items import ArticleItem, content_hash

SEED_ID = "2836735"
SEED_TITLE = "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"
SEED_BODY = "\n".join(
    [
        "3月23日晚,坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛在区办公大楼8楼会议室举办。"
        "区委政法委、区住建局、区科工贸局等16个单位结合本单位重点工作分别发言,同臺比进度、比成效。",
        "经过一番激烈角逐,区交通运输局获得一等奖,区应急管理局、区财政局获得二等奖,"
        "区卫健局、高新区发展建设局和区住建局获得三等奖。",
        "今年来,坡头区深入学习贯彻党的二十大精神以及全国两会精神,加快推动省委、市委实施"
        "“百千万工程”部署在坡头落地见效,切实提高区、镇、村高质量发展水平。",
        "下载湛江云媒APP,了解更多 Zhanjiang 新闻。",
    ]
)
SEED_AWARDS = [
    ("一等奖", 1, ["区交通运输局"]),
    ("二等奖", 2, ["区应急管理局", "区财政局"]),
    ("三等奖", 3, ["区卫健局", "高新区发展建设局", "区住建局"]),
]


def seed_item(**overrides: Any) -> dict[str, Any]:
    """The seed article (docs: ../shared/seed), as the pipeline would hand it to the store."""
    item = ArticleItem(
        url=f"https://www.gdzjdaily.com.cn/p/{SEED_ID}.html",
        article_id=SEED_ID,
        fetched_url=f"https://www.gdzjdaily.com.cn/p/{SEED_ID}.html",
        title=SEED_TITLE,
        column="报小拍",
        subtitle="扎实推进“百千万工程”在坡头落地见效",
        published_at="2023-03-24T20:11:00+08:00",
        published_raw="2023-03-24 20:11",
        source="湛江云媒",
        byline_raw="视频/记者陈振园 吴竟(实习)文字/见习记者范子华 通讯员李嘉恩 图片/记者陈振园",
        authors=[
            {"name": "陈振园", "role": "video", "title": "记者"},
            {"name": "吴竟", "role": "video", "title": "实习生"},
            {"name": "范子华", "role": "text", "title": "见习记者"},
            {"name": "李嘉恩", "role": "text", "title": "通讯员"},
            {"name": "陈振园", "role": "photo", "title": "记者"},
        ],
        editors=[
            {"name": "吴文静", "duty": "duty_director"},
            {"name": "罗磊", "duty": "duty_director"},
        ],
        body=SEED_BODY,
        images=[
            {
                "url": "https://new-img.gdzjdaily.com.cn/a/10001/202303/aa.jpeg",
                "caption": "记者 陈振园 摄",
            },
            {"url": "https://new-img.gdzjdaily.com.cn/a/10001/202303/bb.jpeg", "caption": None},
        ],
        is_original=True,
        quality_flags=[],
        events=[
            {
                "name": "雄鹰擂台赛",
                "kind": "competition",
                "date": "2023-03-23",
                "venue": "区办公大楼8楼会议室",
                "organizer": None,
                "participants": 16,
                "awards": [
                    {
                        "tier": tier,
                        "tier_rank": rank,
                        "recipients": [
                            {"name": n, "kind": "organization", "affiliation": None} for n in names
                        ],
                        "category": None,
                    }
                    for tier, rank, names in SEED_AWARDS
                ],
                "evidence": "经过一番激烈角逐,区交通运输局获得一等奖……",
            }
        ],
        extraction={"title": "selector", "authors": "text"},
    ).to_dict()
    item["content_hash"] = content_hash(item["title"], item["body"])
    item.update(overrides)
    return item


def mirror_of(item: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    """The same article as a mirror site serves it (same id and canonical URL)."""
    mirror = dict(item)
    mirror.update(
        fetched_url=f"http://m.xvgold.com/p/{item['article_id']}.html",
        is_mirror=True,
        quality_flags=["traditional_converted", "mirror_copy"],
    )
    mirror.update(overrides)
    return mirror


_WORDS = [
    "湛江",
    "霞山",
    "赤坎",
    "麻章",
    "坡头",
    "遂溪",
    "廉江",
    "雷州",
    "吴川",
    "徐闻",
    "市民",
    "游客",
    "记者",
    "学校",
    "医院",
    "公园",
    "海湾",
    "大桥",
    "港口",
    "渔民",
    "农业",
    "菠萝",
    "荔枝",
    "红树林",
    "台风",
    "交通",
    "地铁",
    "高铁",
    "机场",
    "文化",
    "体育",
    "足球",
    "比赛",
    "活动",
    "会议",
    "工程",
    "项目",
    "企业",
    "经济",
    "发展",
    "建设",
    "服务",
    "社区",
    "志愿者",
    "老师",
    "学生",
    "医生",
    "警察",
    "消防",
    "环境",
    "保护",
    "海洋",
    "科技",
    "创新",
    "旅游",
    "美食",
    "节日",
    "春节",
    "中秋",
    "夜市",
    "图书馆",
    "博物馆",
    "音乐",
    "舞蹈",
    "书法",
    "摄影",
    "直播",
    "报道",
]


def random_body(rng: random.Random, sentences: int = 8) -> str:
    out = []
    for _ in range(sentences):
        words = rng.choices(_WORDS, k=rng.randint(6, 14))
        out.append("".join(words) + rng.choice(["。", ",", "!", "。"]))
    return "\n".join("".join(out[i : i + 3]) for i in range(0, len(out), 3))


def article_item(n: int, *, body: str | None = None, **overrides: Any) -> dict[str, Any]:
    """Article ``n`` (id ``3000000 + n``): deterministic text, n % 3 + 1 authors, n % 2 editors,
    n % 4 images and, every fifth article, one event with two award tiers."""
    rng = random.Random(n)
    article_id = str(3_000_000 + n)
    title = f"第{n}号新闻:" + "".join(rng.choices(_WORDS, k=4))
    body = body if body is not None else random_body(rng)
    day = 1 + n % 28
    events = []
    if n % 5 == 0:
        events = [
            {
                "name": f"第{n}届趣味运动会",
                "kind": "competition",
                "date": f"2024-05-{day:02d}",
                "venue": "湛江奥体中心",
                "organizer": "市体育局",
                "participants": 10 + n % 7,
                "awards": [
                    {
                        "tier": "金牌",
                        "tier_rank": 1,
                        "recipients": [
                            {"name": f"选手{n}", "kind": "person", "affiliation": "霞山区"}
                        ],
                        "category": "成人组",
                    },
                    {
                        "tier": "优秀奖",
                        "tier_rank": None,
                        "recipients": [
                            {"name": f"队伍{n}", "kind": "team"},
                            {"name": f"队伍{n}B", "kind": "team"},
                        ],
                        "category": None,
                    },
                ],
                "evidence": "……",
            }
        ]
    item = ArticleItem(
        url=f"https://www.gdzjdaily.com.cn/p/{article_id}.html",
        article_id=article_id,
        fetched_url=f"https://m.gdzjdaily.com.cn/p/{article_id}.html",
        title=title,
        column=["报小拍", "走进红树林", None][n % 3],
        subtitle=None,
        published_at=f"2024-05-{day:02d}T{8 + n % 12:02d}:30:00+08:00",
        published_raw=f"2024-05-{day:02d} {8 + n % 12:02d}:30",
        source=["湛江云媒", "湛江日报", "湛江晚报", None][n % 4],
        byline_raw="记者 …",
        authors=[
            {"name": f"作者{(n + k) % 7}", "role": ["text", "photo", "video"][k], "title": "记者"}
            for k in range(n % 3 + 1)
        ],
        editors=[{"name": f"编辑{n % 3}", "duty": "editor"}] * (n % 2),
        body=body,
        images=[
            {
                "url": f"https://new-img.gdzjdaily.com.cn/a/10001/202405/{n}-{k}.jpeg",
                "caption": f"图{k}",
            }
            for k in range(n % 4)
        ],
        is_original=n % 2 == 0,
        events=events,
    ).to_dict()
    item["content_hash"] = content_hash(item["title"], item["body"])
    item.update(overrides)
    if "body" in overrides or "title" in overrides:
        item["content_hash"] = overrides.get("content_hash") or content_hash(
            item["title"], item["body"]
        )
    return item


def expected_children(n: int) -> dict[str, int]:
    """Row counts ``article_item(n)`` must produce in each child table."""
    return {
        "authors": n % 3 + 1,
        "editors": n % 2,
        "images": n % 4,
        "events": 1 if n % 5 == 0 else 0,
        "awards": 3 if n % 5 == 0 else 0,
    }


def rows(conn, sql: str, *params) -> list[tuple]:
    return conn.execute(sql, params).fetchall()


def one(conn, sql: str, *params):
    """The single value (or row) a query returns, None for no row."""
    row = conn.execute(sql, params).fetchone()
    return None if row is None else (row[0] if len(row) == 1 else row)


def open_concurrently(db: Path, openers: int) -> list[BaseException]:
    """Open and close ``Store(db)`` from ``openers`` threads released at once; their errors."""
    from yunmei.store import Store

    errors: list[BaseException] = []
    start = threading.Barrier(openers)

    def open_and_close() -> None:
        start.wait()
        try:
            Store(db).close()
        except Exception as exc:  # collected for the caller's assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(openers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors
