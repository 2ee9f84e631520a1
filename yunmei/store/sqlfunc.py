"""The store's search as SQL functions, for Datasette (the yunmei plugin) and plain ``sqlite3``.

``register_functions(conn)`` adds:
- ``yunmei_fts_query(q)``: the user query rewritten for ``articles_fts`` by
  ``yunmei.store.search.fts_query`` ("" when nothing is searchable);
- ``yunmei_search_accepts(q, title, subtitle, body)``: 1 when the article really matches, for an
  index that only finds candidates (phrase order, exclusions); 1 for every candidate otherwise;
- ``yunmei_snippet(body, q)``: about 90 characters of the body around the first query word.

    SELECT title FROM article_search WHERE q MATCH yunmei_fts_query('湛江 OR 坡头') ORDER BY rank
"""

from __future__ import annotations

import re
import sqlite3

from yunmei.store import search

# LEADING_LONE_IDEOGRAPH (市5G → 5G): in the text the ideograph ends a character pair, and FTS5
# has no suffix match, so it is left to the snippet; the rest of the word must still match
_LONE_IDEOGRAPH_BEFORE_LETTERS = re.compile(
    r'(?:(?<=^)|(?<=[\s"(-]))[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff](?=[^\W_\u3400-\u9fff\uf900-\ufaff])'
)


def web_query(q: str | None) -> str:
    """The query as the search box means it, before the store's rewrite."""
    return _LONE_IDEOGRAPH_BEFORE_LETTERS.sub("", q or "")


def fts_query(q: str | None) -> str:
    return search.fts_query(web_query(q))


def search_accepts(q: str | None, title: str | None, subtitle: str | None, body: str | None) -> int:
    parse = getattr(search, "parse_query", None)  # an index of candidates re-checks them
    if parse is None:
        return 1
    return int(parse(web_query(q)).accepts([t for t in (title, subtitle, body) if t]))


def snippet(body: str | None, q: str | None, width: int = 45) -> str:
    """The store's snippet without its 【】 around the found word (the web page marks it itself)."""
    words = search.query_words(web_query(q))
    text = search.make_snippet(body, words, width=width)
    for word in sorted(words, key=len, reverse=True):
        marked = f"【{word}】"
        lower = text.lower()
        at = lower.find(marked.lower())
        if at >= 0:
            return text[:at] + text[at + 1 : at + 1 + len(word)] + text[at + len(marked) :]
    return text


# the SQL names, also importable under them (sqlite-utils --functions registers Python names)
yunmei_fts_query = fts_query
yunmei_search_accepts = search_accepts
yunmei_snippet = snippet
SQL_FUNCTIONS = {
    "yunmei_fts_query": (1, fts_query),
    "yunmei_search_accepts": (4, search_accepts),
    "yunmei_snippet": (2, snippet),
}


def register_functions(conn: sqlite3.Connection) -> None:
    for name, (arity, function) in SQL_FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)
