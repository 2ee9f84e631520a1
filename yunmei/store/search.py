"""Full-text search that works for Chinese: FTS5 over character bigrams.

SQLite's ``unicode61`` tokenizer sees a whole run of Chinese characters as one token, and the
``trigram`` tokenizer cannot match two-character words such as 湛江. So the writer indexes text
rewritten as space-separated overlapping bigrams (``湛江市`` → ``湛江 江市``; ASCII words kept,
lower-cased), in a contentless FTS5 table ``articles_fts`` (rowid = ``articles.doc_id``). A query
word is rewritten the same way: 2 characters → one token, longer → the phrase of its bigrams
(``"雄鹰 鹰擂 擂台 台赛"``), so a hit is an exact substring match. See docs/schema.md.

Python: ``search(db_or_conn, "一等奖 坡头")``; shell: ``python -m yunmei search "一等奖 坡头"``;
plain SQL: ``SELECT * FROM article_search WHERE q MATCH '湛江' ORDER BY rank``.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from yunmei.store.simhash import nfkc

# bump when index_text changes: the store then rebuilds articles_fts (contentless deletes must
# be given exactly the tokens that were indexed)
TOKENIZER_VERSION = 1
FTS_COLUMNS = ("title", "subtitle", "body")
# bm25 weights for title, subtitle, body: a word in the headline says more than one in the body
RANK_WEIGHTS = (10.0, 5.0, 1.0)

_CJK = (
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
_RUN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
_PUNCT = re.compile(r"[^\w\s]+")
_QUERY_WORD = re.compile(r'"([^"]*)"|(\S+)')


def _runs(text: str) -> Iterable[tuple[bool, str]]:
    """(is_cjk, run) for every run of ideographs or of other letters/digits, after NFKC."""
    # punctuation out first: what is left is usually NFKC already, so nfkc() is cheap
    for m in _RUN.finditer(nfkc(_PUNCT.sub(" ", text))):
        if m.group(1):
            yield True, m.group(1)
        else:
            yield False, m.group(2).lower()


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(text: str | None) -> str:
    """The text as FTS5 will index it: CJK runs as overlapping bigrams, other words as-is."""
    if not text:
        return ""
    tokens: list[str] = []
    for is_cjk, run in _runs(text):
        tokens.extend(_bigrams(run) if is_cjk else [run])
    return " ".join(tokens)


def _word_query(word: str) -> str | None:
    """One query word → an FTS5 phrase; a trailing single ideograph becomes a prefix."""
    runs = list(_runs(word))
    if not runs:
        return None
    tokens: list[str] = []
    for is_cjk, run in runs:
        tokens.extend(_bigrams(run) if is_cjk else [run])
    last_is_cjk, last_run = runs[-1]
    # a lone trailing ideograph may be the start of a longer run in the text
    prefix = last_is_cjk and len(last_run) == 1
    return '"' + " ".join(tokens).replace('"', '""') + '"' + (" *" if prefix else "")


def fts_query(query: str) -> str:
    """Rewrite a user query for ``articles_fts``: words are ANDed, ``OR`` between words, ``-word``
    excludes, ``"a phrase"`` keeps its words together. Returns "" when nothing searchable is left."""
    parts: list[str] = []
    excluded: list[str] = []
    pending_op = "AND"
    for m in _QUERY_WORD.finditer(query or ""):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(2) == "OR":
            pending_op = "OR"
            continue
        negate = m.group(2) is not None and raw.startswith("-") and len(raw) > 1
        phrase = _word_query(raw[1:] if negate else raw)
        if phrase is None:
            continue
        if negate:
            excluded.append(phrase)
            continue
        parts.append(f"{pending_op} {phrase}" if parts else phrase)
        pending_op = "AND"
    if not parts:
        return ""  # FTS5 NOT is binary: exclusions alone select nothing
    match = " ".join(parts)
    if excluded:
        match = f"({match})" + "".join(f" NOT {phrase}" for phrase in excluded)
    return match


def query_words(query: str) -> list[str]:
    """The plain words of a query, for snippets."""
    words = []
    for m in _QUERY_WORD.finditer(query or ""):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        if raw == "OR" or raw.startswith("-"):
            continue
        if raw.strip():
            words.append(nfkc(raw.strip()))
    return words


def make_snippet(body: str | None, words: list[str], width: int = 40) -> str:
    """About ``2*width`` characters of the body around the first query word, the word in 【】."""
    body = (body or "").replace("\n", " ")
    lower = body.lower()
    best = None
    for word in words:
        i = lower.find(word.lower())
        if i >= 0 and (best is None or i < best[0]):
            best = (i, len(word))
    if best is None:
        return body[: 2 * width] + ("…" if len(body) > 2 * width else "")
    i, n = best
    start = max(0, i - width)
    end = min(len(body), i + n + width)
    return (
        ("…" if start > 0 else "")
        + body[start:i]
        + "【"
        + body[i : i + n]
        + "】"
        + body[i + n : end]
        + ("…" if end < len(body) else "")
    )


# --- index maintenance (called by the writer and the migrations) ------------------------------
FTS_DDL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    {", ".join(FTS_COLUMNS)}, content='', tokenize='unicode61 remove_diacritics 2'
)
"""


def create_fts(conn: sqlite3.Connection) -> None:
    conn.execute(FTS_DDL)
    weights = ", ".join(str(w) for w in RANK_WEIGHTS)
    # persistent: plain-SQL users get the weighted bm25 from the hidden ``rank`` column
    conn.execute(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", (f"bm25({weights})",)
    )


def fts_row(doc_id: int, title: str | None, subtitle: str | None, body: str | None) -> tuple:
    return (doc_id, index_text(title), index_text(subtitle), index_text(body))


INSERT_FTS = "INSERT INTO articles_fts(rowid, title, subtitle, body) VALUES (?, ?, ?, ?)"
DELETE_FTS = (
    "INSERT INTO articles_fts(articles_fts, rowid, title, subtitle, body) "
    "VALUES ('delete', ?, ?, ?, ?)"
)


def rebuild_fts(conn: sqlite3.Connection) -> int:
    """Drop and refill ``articles_fts`` from ``articles`` (inside the caller's transaction)."""
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    create_fts(conn)
    rows = conn.execute("SELECT doc_id, title, subtitle, body FROM articles").fetchall()
    conn.executemany(INSERT_FTS, (fts_row(*row) for row in rows))
    return len(rows)


# --- querying ---------------------------------------------------------------------------------
SEARCH_SQL = """
SELECT a.article_id, a.title, a.published_at, a.url, a.body, f.rank AS rank
FROM articles_fts AS f JOIN articles AS a ON a.doc_id = f.rowid
WHERE articles_fts MATCH ?
ORDER BY f.rank, a.published_at DESC
LIMIT ?
"""


# The same rewrite in SQL alone, for sqlite3 and Datasette users (parameter :q). Space-separated
# words are ANDed; a word with any non-ASCII character becomes the phrase of its character pairs,
# an ASCII word stays whole. Mixed words such as 5G网络 need the Python search (or "5G 网络").
PLAIN_SQL_SEARCH = """
WITH RECURSIVE
  input(q) AS (SELECT trim(replace(:q, '　', ' ')) || ' '),
  words(word, rest) AS (
    SELECT '', q FROM input
    UNION ALL
    SELECT substr(rest, 1, instr(rest, ' ') - 1), ltrim(substr(rest, instr(rest, ' ') + 1))
    FROM words WHERE rest <> ''
  ),
  pairs(word, i, token) AS (
    SELECT word, 1, substr(word, 1, 2) FROM words WHERE word <> ''
    UNION ALL
    SELECT word, i + 1, substr(word, i + 1, 2) FROM pairs
    WHERE i + 1 < length(word) AND word GLOB '*[^ -~]*'
  ),
  phrases(phrase) AS (
    SELECT '"' || replace(CASE WHEN word GLOB '*[^ -~]*' THEN group_concat(token, ' ')
                               ELSE word END, '"', '""') || '"'
    FROM (SELECT word, token FROM pairs ORDER BY word, i) GROUP BY word
  )
SELECT s.article_id, s.title, s.published_at, s.url,
       substr(replace(s.body, char(10), ' '),
              max(1, instr(s.body, substr(trim(:q), 1, instr(trim(:q) || ' ', ' ') - 1)) - 30),
              90) AS snippet,
       s.rank
FROM article_search AS s
WHERE s.q MATCH (SELECT group_concat(phrase, ' AND ') FROM phrases)
ORDER BY s.rank, s.published_at DESC
LIMIT 50
""".strip()


def _connect(db: str | Path | sqlite3.Connection) -> tuple[sqlite3.Connection, bool]:
    if isinstance(db, sqlite3.Connection):
        return db, False
    path = Path(db)
    if not path.exists():
        raise FileNotFoundError(f"no database at {path}")
    # read-only: searching never takes a write lock from a running crawl
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30), True


def search(
    db_path_or_conn: str | Path | sqlite3.Connection, query: str, limit: int = 20
) -> list[dict[str, Any]]:
    """Best matches first: dicts of article_id, title, published_at, url, snippet, rank (bm25, lower is better)."""
    match = fts_query(query)
    if not match:
        return []
    conn, owned = _connect(db_path_or_conn)
    try:
        rows = conn.execute(SEARCH_SQL, (match, int(limit))).fetchall()
    finally:
        if owned:
            conn.close()
    words = query_words(query)
    return [
        {
            "article_id": article_id,
            "title": title,
            "published_at": published_at,
            "url": url,
            "snippet": make_snippet(body, words),
            "rank": rank,
        }
        for article_id, title, published_at, url, body, rank in rows
    ]


def cli(argv: list[str]) -> int:
    """``python -m yunmei search "一等奖 坡头" [--db data/yunmei.db] [--limit 20] [--json]``."""
    parser = argparse.ArgumentParser(
        prog="python -m yunmei search",
        description="Full-text search of the articles (Chinese words of 2+ characters, English words). "
        'Words are ANDed; OR between words; -word excludes; "two words" is a phrase.',
    )
    parser.add_argument("query", nargs="+", help="e.g. 一等奖 坡头")
    parser.add_argument(
        "--db", default="data/yunmei.db", help="the database (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, default=20, help="at most this many results")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of text")
    args = parser.parse_args(argv)
    query = " ".join(args.query)
    try:
        results = search(args.db, query, limit=args.limit)
    except (FileNotFoundError, sqlite3.Error) as exc:
        print(f"search failed: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not results:
        print(f"no match for {query!r}")
        return 0
    for n, r in enumerate(results, 1):
        print(f"{n:>2}. {r['title']}  [{r['published_at'] or '?'}]  id={r['article_id']}")
        print(f"    {r['url']}")
        print(f"    {r['snippet']}")
    return 0
