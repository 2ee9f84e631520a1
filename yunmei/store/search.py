"""Full-text search that works for Chinese: FTS5 over character bigrams.

SQLite's ``unicode61`` tokenizer sees a whole run of Chinese characters as one token, and the
``trigram`` tokenizer cannot match two-character words such as 湛江. So the writer indexes text
rewritten as space-separated overlapping bigrams (``湛江市`` → ``湛江 江市``; ASCII words kept,
lower-cased), in a contentless FTS5 table ``articles_fts`` (rowid = ``articles.doc_id``).

Since tokenizer version 2 the index is ``detail=none`` (``columnsize=0`` would save 13 bytes an
article but forbids scanning the rowids): it keeps only which
documents hold a token (about 1/5 of the positional index, measured in benchmarks/archive_scale.py),
so FTS5 cannot match phrases. A query word becomes the AND of its bigrams
(``("雄鹰" AND "鹰擂" AND "擂台" AND "台赛")``) and each candidate is re-checked against its
text, so a hit is still an exact substring match; a 2-character word is one token and needs no
re-check. Results come newest first through the index (``ORDER BY rowid DESC`` stops after
``limit``); among the newest ``RANK_WINDOW`` candidates, title/subtitle hits come first. See
docs/schema.md.

Python: ``search(db_or_conn, "一等奖 坡头")``; shell: ``python -m yunmei search "一等奖 坡头"``;
plain SQL: ``SELECT * FROM article_search WHERE q MATCH '湛江' ORDER BY doc_id DESC LIMIT 20``.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yunmei.store.simhash import nfkc

# bump when index_text, fts_text or FTS_DDL changes: the store then rebuilds articles_fts
# (contentless deletes must be given exactly the tokens that were indexed); 3: each token once
TOKENIZER_VERSION = 3
FTS_COLUMNS = ("title", "subtitle", "body")
# kept for plain-SQL ``rank``; detail=none stores no per-column counts, so bm25 is flat there
RANK_WEIGHTS = (10.0, 5.0, 1.0)
# title hits are put first among the newest max(limit, RANK_WINDOW) hits: bounded work
RANK_WINDOW = 60
# rank values in results: lower is better
TITLE_HIT, BODY_HIT = 0.0, 1.0

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
_PAIRS = re.compile("(?=([^\0][^\0]))")  # every overlapping pair that crosses no NUL
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


@dataclass(frozen=True)
class Word:
    """One query word: its index tokens, whether the last is a prefix, and its plain text."""

    tokens: tuple[str, ...]
    prefix: bool
    text: str
    cjk_only: bool

    def match(self) -> str:
        """The FTS5 expression: the AND of its tokens (detail=none has no phrases)."""
        quoted = [f'"{t.replace(chr(34), chr(34) * 2)}"' for t in self.tokens]
        if self.prefix:
            quoted[-1] += " *"
        return quoted[0] if len(quoted) == 1 else "(" + " AND ".join(quoted) + ")"

    def needs_check(self) -> bool:
        return len(self.tokens) > 1

    def found_in(self, texts: list[str]) -> bool:
        """Whether the word occurs as the index would have matched a phrase of its tokens."""
        if self.cjk_only:
            # an all-ideograph word is found exactly where its characters are a substring (of
            # the NFKC text: only compatibility ideographs differ, so try the text as it is first)
            return any(self.text in t or self.text in nfkc(t) for t in texts if t)
        needle = " " + " ".join(self.tokens) + ("" if self.prefix else " ")
        return any(needle in " " + index_text(t) + " " for t in texts if t)


def _word(word: str) -> Word | None:
    runs = list(_runs(word))
    if not runs:
        return None
    tokens: list[str] = []
    for is_cjk, run in runs:
        tokens.extend(_bigrams(run) if is_cjk else [run])
    last_is_cjk, last_run = runs[-1]
    # a lone trailing ideograph may be the start of a longer run in the text
    prefix = last_is_cjk and len(last_run) == 1
    cjk_only = len(runs) == 1 and last_is_cjk
    return Word(tuple(tokens), prefix, runs[0][1] if cjk_only else "", cjk_only)


@dataclass
class Query:
    """OR-groups of ANDed words, plus excluded words (checked on the candidates)."""

    groups: list[list[Word]]
    excluded: list[Word]

    def match(self) -> str:
        """The FTS5 expression selecting the candidates ("" when nothing is searchable)."""
        parts = [" AND ".join(w.match() for w in group) for group in self.groups if group]
        if len(parts) <= 1:
            return "".join(parts)
        return " OR ".join(
            p if len(g) == 1 else f"({p})" for g, p in zip(self.groups, parts, strict=True)
        )

    def exact(self) -> bool:
        """Whether every index candidate is a hit (no re-check needed)."""
        words = [w for g in self.groups for w in g]
        return not self.excluded and not any(w.needs_check() for w in words)

    def accepts(self, texts: list[str]) -> bool:
        if any(w.found_in(texts) for w in self.excluded):
            return False
        return any(all(w.found_in(texts) for w in group) for group in self.groups if group)


def parse_query(query: str) -> Query:
    """Words are ANDed, ``OR`` between words, ``-word`` excludes, ``"a phrase"`` keeps its
    words together."""
    groups: list[list[Word]] = [[]]
    excluded: list[Word] = []
    pending_or = False
    for m in _QUERY_WORD.finditer(query or ""):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(2) == "OR":
            pending_or = bool(groups[-1])
            continue
        negate = m.group(2) is not None and raw.startswith("-") and len(raw) > 1
        word = _word(raw[1:] if negate else raw)
        if word is None:
            continue
        if negate:
            excluded.append(word)
            continue
        if pending_or:
            groups.append([])
            pending_or = False
        groups[-1].append(word)
    return Query([g for g in groups if g], excluded)


def fts_query(query: str) -> str:
    """Rewrite a user query for ``articles_fts``: the candidate expression (exclusions and
    phrase order are checked on the candidates). Returns "" when nothing searchable is left."""
    return parse_query(query).match()


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
    {", ".join(FTS_COLUMNS)}, content='', detail=none,
    tokenize='unicode61 remove_diacritics 2'
)
"""


# FTS5 buffers a transaction's postings up to ``hashsize`` before writing a segment; at the
# default 1 MB a 10k-article batch became ~60 small segments to merge again and again (0.61 ms of
# CPU per article at 20k against 0.35 with 64 MB); a crawl's small batches never fill it
FTS_SETTINGS = ("INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864)",)


def create_fts(conn: sqlite3.Connection) -> None:
    conn.execute(FTS_DDL)
    for sql in FTS_SETTINGS:
        conn.execute(sql)
    weights = ", ".join(str(w) for w in RANK_WEIGHTS)
    # persistent: plain-SQL users get the weighted bm25 from the hidden ``rank`` column
    conn.execute(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", (f"bm25({weights})",)
    )


def fts_text(text: str | None) -> str:
    """The tokens of ``index_text``, each once: ``detail=none`` keeps only which documents hold a
    token, so a repeat is tokenizer work for nothing (a third of a body's pairs). The ideograph
    runs are joined by NUL (never left in the text) and one overlapping findall makes the pairs."""
    if not text:
        return ""
    runs = _RUN.findall(nfkc(_PUNCT.sub(" ", text)))
    pairs = _PAIRS.findall("\0".join([cjk for cjk, _ in runs if cjk]))
    singles = [cjk for cjk, _ in runs if len(cjk) == 1]
    words = [other.lower() for _, other in runs if other]
    return " ".join(dict.fromkeys([*pairs, *singles, *words]))


def fts_row(doc_id: int, title: str | None, subtitle: str | None, body: str | None) -> tuple:
    return (doc_id, fts_text(title), fts_text(subtitle), fts_text(body))


INSERT_FTS = "INSERT INTO articles_fts(rowid, title, subtitle, body) VALUES (?, ?, ?, ?)"
DELETE_FTS = (
    "INSERT INTO articles_fts(articles_fts, rowid, title, subtitle, body) "
    "VALUES ('delete', ?, ?, ?, ?)"
)


def rebuild_fts(conn: sqlite3.Connection) -> int:
    """Drop and refill ``articles_fts`` from ``articles`` (inside the caller's transaction)."""
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    create_fts(conn)
    cursor = conn.execute("SELECT doc_id, title, subtitle, body FROM articles")
    count = 0
    # in chunks: a million bodies would not fit in memory at once
    while rows := cursor.fetchmany(2000):
        conn.executemany(INSERT_FTS, [fts_row(*row) for row in rows])
        count += len(rows)
    return count


# --- querying ---------------------------------------------------------------------------------
# newest first through the index: FTS5 walks its doclists backwards and stops at LIMIT
CANDIDATES_SQL = """
SELECT f.rowid, a.article_id, a.title, a.subtitle, a.published_at, a.url, {body}
FROM articles_fts AS f JOIN articles AS a ON a.doc_id = f.rowid
WHERE articles_fts MATCH ?{prefilter}
ORDER BY f.rowid DESC
"""
# an all-ideograph word as a substring, in C: most false candidates go before Python sees them
_PREFILTER = " AND (instr(a.title, ?) OR instr(coalesce(a.subtitle, ''), ?) OR instr(a.body, ?))"
BODY_SQL = "SELECT body FROM articles WHERE doc_id = ?"


# The same rewrite in SQL alone, for sqlite3 and Datasette users (parameter :q). Space-separated
# words are ANDed; a word with any non-ASCII character becomes the AND of its character pairs
# (then re-checked as a substring of the text), an ASCII word stays whole. Newest first; rank 0.0
# when every word is in the title or subtitle, else 1.0. Mixed words such as 5G网络 need the
# Python search (or "5G 网络").
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
  terms(term) AS (
    SELECT '(' || group_concat('"' || replace(CASE WHEN word GLOB '*[^ -~]*' THEN token
                                                  ELSE word END, '"', '""') || '"', ' AND ') || ')'
    FROM (SELECT word, token FROM pairs ORDER BY word, i) GROUP BY word
  )
SELECT s.article_id, s.title, s.published_at, s.url,
       substr(replace(s.body, char(10), ' '),
              max(1, instr(s.body, substr(trim(:q), 1, instr(trim(:q) || ' ', ' ') - 1)) - 30),
              90) AS snippet,
       CASE WHEN NOT EXISTS (
           SELECT 1 FROM words AS w WHERE w.word <> ''
           AND instr(lower(s.title || char(10) || coalesce(s.subtitle, '')), lower(w.word)) = 0)
       THEN 0.0 ELSE 1.0 END AS rank
FROM article_search AS s
WHERE s.q MATCH (SELECT group_concat(term, ' AND ') FROM terms)
  AND NOT EXISTS (
    SELECT 1 FROM words AS w WHERE w.word <> ''
    AND instr(lower(s.title || char(10) || coalesce(s.subtitle, '') || char(10) || s.body),
              lower(w.word)) = 0)
ORDER BY s.doc_id DESC
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
    """Best matches first: dicts of article_id, title, published_at, url, snippet, rank
    (0.0 a title/subtitle hit, 1.0 a body hit; newest first within; lower is better)."""
    parsed = parse_query(query)
    match = parsed.match()
    if not match or limit <= 0:
        return []
    conn, owned = _connect(db_path_or_conn)
    try:
        hits = _hits(conn, parsed, match, max(int(limit), RANK_WINDOW))
        words = query_words(query)
        hits.sort(key=lambda h: (h["rank"], -h["doc_id"]))
        results = []
        for hit in hits[: int(limit)]:
            body = hit.pop("body", None)
            if body is None:
                body = conn.execute(BODY_SQL, (hit["doc_id"],)).fetchone()[0]
            hit.pop("doc_id")
            hit["snippet"] = make_snippet(body, words)
            results.append(hit)
        return results
    finally:
        if owned:
            conn.close()


def _hits(conn: sqlite3.Connection, parsed: Query, match: str, window: int) -> list[dict]:
    """Up to ``window`` verified hits, newest first, each ranked title-or-body."""
    title_words = [w for g in parsed.groups for w in g]
    exact = parsed.exact()
    params: list[str] = [match]
    prefilter = ""
    if len(parsed.groups) == 1:
        for word in parsed.groups[0]:
            if word.cjk_only and word.needs_check():
                prefilter += _PREFILTER
                params += [word.text] * 3
    hits = []
    # the body comes with the row when it must be checked (the row is being read anyway)
    sql = CANDIDATES_SQL.format(prefilter=prefilter, body="NULL" if exact else "a.body")
    for doc_id, article_id, title, subtitle, published_at, url, body in conn.execute(sql, params):
        hit = {"article_id": article_id, "title": title, "published_at": published_at,
               "url": url, "doc_id": doc_id}  # fmt: skip
        if not exact:
            if not parsed.accepts([title, subtitle, body]):
                continue
            hit["body"] = body
        in_title = any(w.found_in([title, subtitle]) for w in title_words)
        hit["rank"] = TITLE_HIT if in_title else BODY_HIT
        hits.append(hit)
        if len(hits) >= window:
            break
    return hits


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
