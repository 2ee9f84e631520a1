"""Read-only queries behind the analysts' web pages (yunmei/datasette): front, article, event, charts.

SQL stays in the store package; the Datasette plugin passes its database object, anything with
``await db.execute(sql, params)`` returning rows that support ``dict(row)``. Only the documented
tables (articles, authors, editors, images, events, awards, article_revisions, crawl_runs) and
views (article_counts_view, author_roles_view) are read, so summary tables can change underneath.
"""

from __future__ import annotations

from typing import Any

# what the contract's role/duty codes mean, as printed on the site
ROLE_LABELS = {
    "text": "文字",
    "photo": "摄影",
    "video": "视频",
    "aerial": "航拍",
    "voiceover": "配音",
    "copy": "文案",
    "graphics": "制图",
}
DUTY_LABELS = {
    "editor": "编辑",
    "duty_director": "值班主任",
    "duty_board": "值班编委",
    "responsible_editor": "责任编辑",
}
LATEST_ARTICLES = 12
LATEST_EVENTS = 8
# awards has no index on event_id; going through article_id (indexed) keeps each lookup small
SAME_EVENT = "w.article_id = e.article_id AND w.event_id = e.event_id"


async def _all(db, sql: str, params: dict | tuple = ()) -> list[dict[str, Any]]:
    results = await db.execute(sql, params)
    return [dict(row) for row in results.rows]


async def _one(db, sql: str, params: dict | tuple = ()) -> dict[str, Any] | None:
    rows = await _all(db, sql, params)
    return rows[0] if rows else None


# published_date is the first 10 characters of published_at (NULL when they are no date)
_EDGE_DAY = (
    "(SELECT published_date FROM articles WHERE published_at IS NOT NULL"
    " AND published_date IS NOT NULL ORDER BY published_at {} LIMIT 1)"
)


async def front(db, name: str) -> dict[str, Any]:
    """What the front page shows for one database."""
    counts = await _one(
        db,
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM events) AS events,"
        " (SELECT count(*) FROM awards) AS awards,"
        # the role summary's names, not a scan of every credit (~400 ms at 1M)
        " (SELECT count(DISTINCT author) FROM author_roles_view) AS authors,"
        " (SELECT count(*) FROM images) AS images,"
        " (SELECT count(*) FROM article_revisions) AS revisions,"
        # the earliest/latest dated article off the published_at index: O(log n)
        f" {_EDGE_DAY.format('ASC')} AS first_day, {_EDGE_DAY.format('DESC')} AS last_day,"
        " (SELECT max(finished_at) FROM crawl_runs) AS last_crawl",
    )
    latest = await _all(
        db,
        "SELECT article_id, title, column_name, source, published_at, published_date"
        # newest dated first off the published_at index, stopping after :n
        " FROM articles WHERE duplicate_of IS NULL AND published_date IS NOT NULL"
        " ORDER BY published_at DESC, article_id DESC LIMIT :n",
        {"n": LATEST_ARTICLES},
    )
    events = await _all(
        db,
        "SELECT e.event_id, e.name, e.date, e.kind, e.article_id, a.title, a.published_date,"
        f" (SELECT count(*) FROM awards w WHERE {SAME_EVENT}) AS awards,"
        " (SELECT group_concat(w.recipient, '、') FROM awards w"
        f"   WHERE {SAME_EVENT} AND w.tier_rank = (SELECT min(v.tier_rank) FROM awards v"
        "   WHERE v.article_id = e.article_id AND v.event_id = e.event_id)) AS winners,"
        f" (SELECT w.tier FROM awards w WHERE {SAME_EVENT}"
        "   ORDER BY w.tier_rank IS NULL, w.tier_rank LIMIT 1) AS top_tier"
        # CROSS JOIN keeps events outermost: walk events.date newest first, stop after :n
        " FROM events e CROSS JOIN articles a ON a.article_id = e.article_id"
        f" WHERE a.duplicate_of IS NULL AND EXISTS (SELECT 1 FROM awards w WHERE {SAME_EVENT})"
        " ORDER BY e.date DESC, e.event_id DESC LIMIT :n",  # events.date is indexed
        {"n": LATEST_EVENTS},
    )
    return {"name": name, "counts": counts, "latest": latest, "events": events}


async def article(db, article_id: str) -> dict[str, Any] | None:
    """One article with everything found in it, shaped for reading."""
    row = await _one(db, "SELECT * FROM articles WHERE article_id = ?", (article_id,))
    if row is None:
        return None
    params = (article_id,)
    authors = await _all(
        db, "SELECT name, role, title FROM authors WHERE article_id = ? ORDER BY position", params
    )
    for a in authors:
        a["role_label"] = ROLE_LABELS.get(a["role"] or "", a["role"] or "")
    editors = await _all(
        db, "SELECT name, duty FROM editors WHERE article_id = ? ORDER BY position", params
    )
    for e in editors:
        e["duty_label"] = DUTY_LABELS.get(e["duty"] or "", e["duty"] or "")
    images = await _all(
        db, "SELECT url, caption FROM images WHERE article_id = ? ORDER BY position", params
    )
    events = await _all(
        db,
        "SELECT event_id, name, kind, date, venue, organizer, participants, evidence"
        " FROM events WHERE article_id = ? ORDER BY position",
        params,
    )
    awards = await _all(
        db,
        "SELECT event_id, tier, tier_rank, category, recipient, recipient_kind, affiliation"
        " FROM awards WHERE article_id = ?"
        " ORDER BY event_id, award_position, recipient_position",
        params,
    )
    for event in events:
        event["awards"] = [w for w in awards if w["event_id"] == event["event_id"]]
    revisions = await _all(
        db,
        "SELECT reason, title, seen_from, seen_until, replaced_at, length(body) AS body_chars"
        " FROM article_revisions WHERE article_id = ? ORDER BY replaced_at DESC",
        params,
    )
    duplicates = await _all(
        db,
        "SELECT article_id, title, published_date FROM articles WHERE duplicate_of = ?"
        " ORDER BY published_at",
        params,
    )
    original = None
    if row.get("duplicate_of"):
        original = await _one(
            db,
            "SELECT article_id, title FROM articles WHERE article_id = ?",
            (row["duplicate_of"],),
        )
    row.update(
        paragraphs=[p for p in (row.get("body") or "").split("\n") if p.strip()],
        authors=authors,
        editors=editors,
        images=images,
        events=events,
        award_count=len(awards),
        revisions=revisions,
        duplicates=duplicates,
        original=original,
    )
    return row


async def event(db, event_id: int) -> dict[str, Any] | None:
    """One event: the contest, when and where, its awards grouped by category then tier."""
    row = await _one(
        db,
        "SELECT e.*, a.title AS article_title, a.published_at, a.url AS article_url"
        " FROM events e JOIN articles a ON a.article_id = e.article_id WHERE e.event_id = ?",
        (event_id,),
    )
    if row is None:
        return None
    awards = await _all(
        db,
        "SELECT tier, tier_rank, category, recipient, recipient_kind, affiliation FROM awards"
        " WHERE article_id = ? AND event_id = ?"
        " ORDER BY category IS NOT NULL, category, tier_rank IS NULL, tier_rank,"
        " award_position, recipient_position",
        (row["article_id"], event_id),
    )
    groups: list[dict[str, Any]] = []
    for w in awards:
        if not groups or groups[-1]["category"] != w["category"]:
            groups.append({"category": w["category"], "tiers": []})
        tiers = groups[-1]["tiers"]
        if not tiers or tiers[-1]["tier"] != w["tier"]:
            tiers.append({"tier": w["tier"], "tier_rank": w["tier_rank"], "recipients": []})
        tiers[-1]["recipients"].append(w)
    row["groups"] = groups
    row["award_count"] = len(awards)
    row["others"] = await _all(
        db,
        "SELECT e.event_id, e.date, a.article_id, a.title FROM events e"
        " JOIN articles a ON a.article_id = e.article_id"
        " WHERE e.name = ? AND e.event_id <> ? ORDER BY e.date DESC LIMIT 20",
        (row["name"], event_id),
    )
    return row


# by day, the newest year only: thousands of daily bars are unreadable, and grouping every day of
# a 1M archive took ~80 of the page's ~210 ms (the summary's key bounds the year: ~15 ms)
_DAYS_OF_NEWEST_YEAR = (
    "SELECT substr(day, 1, 10) AS period, coalesce(nullif(column_name, ''), '(无栏目)') AS col,"
    " sum(articles - reposts) AS n FROM summary_day_column_source"
    " WHERE day > date((SELECT max(day) FROM summary_day_column_source), '-1 year')"
    " GROUP BY period, col HAVING n > 0"
)


async def articles_per_period(db, by: str = "month") -> list[tuple[str, str, int]]:
    """(period, column name, articles without reposts) from the day summary: every month, or
    each day of the newest year."""
    if by == "day":
        rows = await _all(db, _DAYS_OF_NEWEST_YEAR, {})
    else:
        rows = await _all(
            db,
            "SELECT substr(day, 1, 7) AS period, coalesce(column_name, '(无栏目)') AS col,"
            " sum(articles - reposts) AS n FROM article_counts_view"
            " WHERE day IS NOT NULL GROUP BY period, col HAVING n > 0",
            {},
        )
    return [(r["period"], r["col"], r["n"]) for r in rows]


# the events with most awards, ranked from awards and events alone; only these candidates'
# articles are read for their duplicate mark (reading every award's article row: ~210 ms at 1M)
AWARD_EVENT_CANDIDATES = 4  # candidates per wanted row; fewer originals among them: the full query
_EVENT_AWARDS = (
    "SELECT e.event_id, e.name, e.date, e.article_id, count(*) AS awards FROM awards w"
    " JOIN events e ON e.event_id = w.event_id GROUP BY w.event_id"
)
_EVENT_ORDER = " ORDER BY awards DESC, e.date DESC, e.event_id"


async def awards_per_event(db, limit: int = 15) -> list[dict[str, Any]]:
    """The ``limit`` events of original articles with the most awards (reposts' copies left out)."""
    originals = (
        "SELECT c.event_id, c.name, c.date, c.awards FROM ({}) AS c"
        " CROSS JOIN articles AS a ON a.article_id = c.article_id"
        " WHERE a.duplicate_of IS NULL ORDER BY c.awards DESC, c.date DESC, c.event_id LIMIT :n"
    )
    candidates = _EVENT_AWARDS + _EVENT_ORDER + " LIMIT :k"
    rows = await _all(
        db, originals.format(candidates), {"n": limit, "k": limit * AWARD_EVENT_CANDIDATES}
    )
    if len(rows) < limit:  # reposts crowded the candidates out (or there are few events)
        rows = await _all(db, originals.format(_EVENT_AWARDS), {"n": limit})
    return rows


async def top_reporters(db, limit: int = 15) -> list[dict[str, Any]]:
    """Authors with the most credits (an article credited in two roles counts twice)."""
    return await _all(
        db,
        "SELECT author AS name, sum(articles) AS articles FROM author_roles_view"
        " GROUP BY author ORDER BY articles DESC, author LIMIT :n",
        {"n": limit},
    )
