"""The documented views answer the common questions."""

from __future__ import annotations

import pytest
from store_factories import SEED_ID, article_item, content_hash, rows, seed_item

from yunmei.store import Store


@pytest.fixture
def conn(tmp_path):
    with Store(tmp_path / "yunmei.db") as store:
        store.save_articles([seed_item(), *(article_item(n) for n in range(1, 11))])
        body = seed_item()["body"] + "(有改动)"
        store.save_articles([seed_item(body=body, content_hash=content_hash("t", body))])
        yield store.conn


def test_articles_view_flattens_authors_and_editors(conn):
    row = conn.execute(
        "SELECT authors, editors, images, events, column_name FROM articles_view WHERE article_id = ?",
        (SEED_ID,),
    ).fetchone()
    assert row == (
        "陈振园 (video, 记者); 吴竟 (video, 实习生); 范子华 (text, 见习记者); 李嘉恩 (text, 通讯员); 陈振园 (photo, 记者)",
        "吴文静 (duty_director); 罗磊 (duty_director)",
        2,
        1,
        "报小拍",
    )
    assert rows(conn, "SELECT count(*) FROM articles_view") == [(11,)]


def test_awards_view_joins_event_tier_recipient_and_article(conn):
    got = rows(
        conn,
        "SELECT event, event_date, venue, participants, tier, tier_rank, recipient, title, published_at, url "
        "FROM awards_view WHERE article_id = ? ORDER BY tier_rank, award_id",
        SEED_ID,
    )
    seed = seed_item()
    prefix = ("雄鹰擂台赛", "2023-03-23", "区办公大楼8楼会议室", 16)
    suffix = (seed["title"], seed["published_at"], seed["url"])
    assert got == [
        (*prefix, "一等奖", 1, "区交通运输局", *suffix),
        (*prefix, "二等奖", 2, "区应急管理局", *suffix),
        (*prefix, "二等奖", 2, "区财政局", *suffix),
        (*prefix, "三等奖", 3, "区卫健局", *suffix),
        (*prefix, "三等奖", 3, "高新区发展建设局", *suffix),
        (*prefix, "三等奖", 3, "区住建局", *suffix),
    ]
    # article_item(5) and (10) report one event each: 3 award rows apiece
    assert rows(conn, "SELECT count(*) FROM awards_view WHERE tier IN ('金牌', '优秀奖')") == [(6,)]


def test_counts_per_day_column_and_source(conn):
    # article_item(n) is published on 2024-05-(1 + n % 28): n = 1..10 → days 2..11, one each
    per_day = dict(rows(conn, "SELECT day, articles FROM articles_per_day_view"))
    assert per_day["2023-03-24"] == 1
    assert per_day["2024-05-02"] == 1
    assert sum(per_day.values()) == 11
    per_column = dict(rows(conn, "SELECT column_name, articles FROM articles_per_column_view"))
    # columns cycle 报小拍, 走进红树林, None over n % 3; plus the seed in 报小拍
    assert per_column == {"报小拍": 3 + 1, "走进红树林": 4, None: 3}
    per_source = dict(rows(conn, "SELECT source, articles FROM articles_per_source_view"))
    assert per_source == {"湛江云媒": 2 + 1, "湛江日报": 3, "湛江晚报": 3, None: 2}
    combined = rows(conn, "SELECT sum(articles) FROM article_counts_view")
    assert combined == [(11,)]


def test_an_authors_credits_by_role(conn):
    credits = rows(
        conn,
        "SELECT role, author_title, article_id FROM author_credits_view WHERE author = '陈振园' ORDER BY role",
    )
    assert credits == [("photo", "记者", SEED_ID), ("video", "记者", SEED_ID)]
    roles = dict(rows(conn, "SELECT role, articles FROM author_roles_view WHERE author = '作者1'"))
    # 作者1 is author k of article n when (n + k) % 7 == 1, with role k: text 0, photo 1, video 2
    expected: dict[str, int] = {}
    for n in range(1, 11):
        for k in range(n % 3 + 1):
            if (n + k) % 7 == 1:
                role = ["text", "photo", "video"][k]
                expected[role] = expected.get(role, 0) + 1
    assert roles == expected and roles


def test_editor_credits(conn):
    assert rows(
        conn, "SELECT duty, count(*) FROM editor_credits_view WHERE editor = '罗磊' GROUP BY duty"
    ) == [("duty_director", 1)]


def test_revisions_view_shows_the_edit(conn):
    got = rows(
        conn,
        "SELECT article_id, reason, old_title, current_title, current_body_chars - old_body_chars FROM revisions_view",
    )
    assert got == [
        (SEED_ID, "changed", seed_item()["title"], seed_item()["title"], len("(有改动)"))
    ]
