"""The web pages' queries (yunmei/store/web.py) against their plain definitions."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from store_factories import article_item, rows
from test_duplicates import LONG

from yunmei.store import Store, web


class Rows:
    def __init__(self, rows: list) -> None:
        self.rows = rows


class AsyncConn:
    """What the plugin hands the queries: ``await db.execute(sql, params).rows``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    async def execute(self, sql: str, params=None) -> Rows:
        cursor = self.conn.execute(sql, params or {})
        names = [d[0] for d in cursor.description]
        return Rows([dict(zip(names, row, strict=True)) for row in cursor.fetchall()])


def with_awards(n: int, awards: int, body: str | None = None) -> dict:
    event = {
        "name": f"第{n}届技能比赛",
        "kind": "competition",
        "date": f"2024-05-{n:02d}",
        "venue": None,
        "organizer": None,
        "participants": None,
        "awards": [
            {
                "tier": f"第{k + 1}名",
                "tier_rank": k + 1,
                "recipients": [{"name": f"选手{n}号{k}", "kind": "person", "affiliation": None}],
                "category": None,
            }
            for k in range(awards)
        ],
        "evidence": "……",
    }
    return article_item(n, body=body, events=[event])


# the definition: every award of an original article's event counted, most first
DEFINITION = (
    "SELECT e.event_id, e.name, e.date, count(*) AS awards FROM awards w"
    " JOIN events e ON e.event_id = w.event_id JOIN articles a ON a.article_id = w.article_id"
    " WHERE a.duplicate_of IS NULL GROUP BY w.event_id"
    " ORDER BY awards DESC, e.date DESC, e.event_id LIMIT ?"
)


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 15])
def test_awards_per_event_leaves_reposts_out_even_when_they_crowd_the_top(tmp_path, limit):
    # three originals with 1–3 awards; six reposts of the first with 10–15 awards rank above them,
    # so the first candidates are all reposts (limit 1: its four candidates; limit 4: too few)
    items = [with_awards(1, 1, body=LONG), with_awards(2, 2), with_awards(3, 3)]
    items += [with_awards(n, n, body=LONG) for n in range(10, 16)]
    with Store(tmp_path / "yunmei.db") as store:
        store.save_articles(items)
        reposts = rows(store.conn, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")
        assert reposts == [(6,)]
        conn = store.conn
        conn.row_factory = None
        expected = [
            dict(zip(("event_id", "name", "date", "awards"), row, strict=True))
            for row in conn.execute(DEFINITION, (limit,))
        ]
        got = asyncio.run(web.awards_per_event(AsyncConn(conn), limit))
    assert got == expected
    assert [r["awards"] for r in got] == [3, 2, 1][:limit]


def test_the_front_page_counts_every_credited_author_once(tmp_path):
    with Store(tmp_path / "yunmei.db") as store:
        store.save_articles([article_item(n) for n in range(1, 30)])
        conn = store.conn
        conn.row_factory = None
        front = asyncio.run(web.front(AsyncConn(conn), "yunmei"))
        (authors,) = conn.execute("SELECT count(DISTINCT name) FROM authors").fetchone()
    assert authors == 7  # the factory credits 作者0 … 作者6
    assert front["counts"]["authors"] == authors
