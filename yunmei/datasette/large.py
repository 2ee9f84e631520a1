"""Large archives in Datasette: pages that open fast at a million articles, and stay one click from
the full facets and counts.

Above ``LARGE_ARCHIVE_ARTICLES`` articles (plugin setting ``large_archive_articles`` overrides it:
``plugins: {yunmei: {large_archive_articles: N}}`` in Datasette's metadata), a yunmei database gets:
- no facet suggestions (each costs a count and a group-by per column: seconds at 1M);
- the articles facets (column, source, month, original) counted from the summary tables the writer
  keeps, unfiltered or filtered on those columns; under other filters Datasette's group-by counts;
- the other facets of the tables that grow with the archive offered as links, computed on click;
- no row count on the join views (a count there reads every credit), with a link that counts;
- the database page without counts of the search index's and the child tables.
Smaller stores (the demo) keep Datasette's behaviour: suggestions, every facet, every count.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qsl, urlencode

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet

from yunmei.datasette.facets import MonthFacet
from yunmei.store import DatabaseError
from yunmei.store.schema import ARTICLES_BOUND_SQL

# the one threshold: above it a yunmei database is served as a large archive. Datasette's own
# pages (facet suggestions, every configured facet, every count) pass 200 ms at about 3,000
# articles: slowest page 71 ms at 1,000, 188 ms at 3,000, 597 ms at 10,000, 4.6 s at 1,000,000
LARGE_ARCHIVE_ARTICLES = 2_000
SETTING = "large_archive_articles"

# views whose count(*) reads every credit or index row (200–400 ms at 1M): not counted when large
COUNT_SKIPPED = frozenset({"author_credits_view", "editor_credits_view", "article_search"})
# tables and views whose rows grow with the archive: their facets come from a summary or on click
GROWING = frozenset({"articles", "articles_view", "authors", "editors", "images", "awards_view",
                     "author_credits_view", "editor_credits_view", "duplicates_view",
                     "article_counts_view"})  # fmt: skip

# (value, count) of a facet over the whole archive, from the summary tables ('' stands for NULL
# there); published_date is counted per month, as the month facet shows it
_SUMMARY_SQL = {
    "column_name": "SELECT column_name AS value, articles AS count FROM summary_columns "
    "WHERE column_name <> ''",
    "source": "SELECT source AS value, articles AS count FROM summary_sources WHERE source <> ''",
    "is_original": "SELECT 1 AS value, sum(originals) AS count FROM summary_sources "
    "UNION ALL SELECT 0, sum(articles) - sum(originals) FROM summary_sources",
    "published_date": "SELECT substr(day, 1, 7) AS value, sum(articles) AS count FROM summary_days "
    "WHERE day <> '' GROUP BY value",
}
# articles_view has one row per article: the same summaries count it
SUMMARY_FACETS = {"articles": _SUMMARY_SQL, "articles_view": _SUMMARY_SQL}


def threshold(datasette, database: str) -> int:
    config = datasette.plugin_config("yunmei", database=database) or {}
    return int(config.get(SETTING, LARGE_ARCHIVE_ARTICLES))


async def article_count(db) -> int:
    """Articles in the store (at most: the highest doc_id, one index probe)."""
    return (await db.execute(ARTICLES_BOUND_SQL)).rows[0][0]


def suggestions_off(datasette) -> bool:
    """Datasette has no per-database switch: its settings dict turns suggestions off instance-wide."""
    settings = getattr(datasette, "_settings", None)
    if not isinstance(settings, dict) or "suggest_facets" not in settings:
        return False  # a Datasette without it: suggestions stay on, the pages are only slower
    settings["suggest_facets"] = False
    return True


# tables the database page leaves uncounted when large: the search index's own tables (its data
# table alone takes 110 ms at 1M, in one uninterruptible step) and the per-article child tables
UNCOUNTED_TABLES = frozenset({"authors", "editors", "images"})


def lighter_table_counts(db) -> bool:
    """The database page's table counts without the uncounted tables ("Many rows", as Datasette
    shows a count past its limit) and with the article count from the summary tables (exact)."""
    if not callable(getattr(db, "table_counts", None)):
        return False

    async def table_counts(limit: int = 10) -> dict:
        counts = {}
        for table in await db.table_names():
            counts[table] = None
            if table in UNCOUNTED_TABLES or table.startswith("articles_fts"):
                continue
            sql = f"SELECT count(*) FROM [{table}]"
            if table == "articles":
                sql = "SELECT sum(articles) FROM summary_sources"  # every article, NULL source too
            with contextlib.suppress(QueryInterrupted, DatabaseError):
                counts[table] = (await db.execute(sql, custom_time_limit=limit)).rows[0][0]
        return counts

    db.table_counts = table_counts  # Datasette has no hook for it: this database's own method
    return True


def large_metadata(tables: dict) -> dict:
    """The tables' metadata for a large archive: summary facets where a summary counts them, the
    other facets of growing tables moved to ``offered_facets`` (links on the page)."""
    out = {}
    for name, entry in tables.items():
        if name not in GROWING or not entry.get("facets"):
            out[name] = entry
            continue
        entry, kept, offered = dict(entry), [], []
        summaries = SUMMARY_FACETS.get(name, {})
        for facet in entry["facets"]:
            kind, column = (
                ("column", facet) if isinstance(facet, str) else next(iter(facet.items()))
            )
            if column in summaries and (kind, column) in (("column", column), ("month", "published_date")):  # fmt: skip
                kept.append({"summary": column})
            else:
                offered.append({kind: column})
        entry["facets"], entry["offered_facets"] = kept, offered
        out[name] = entry
    return out


def _is_unfiltered(sql: str, params) -> bool:
    # the table's own SELECT without ORDER/LIMIT: any filter, search or _where adds a WHERE
    return not params and not re.search(r"\bwhere\b", sql, re.I)


class SummaryFacet(ColumnFacet):
    """A column facet counted from the summary tables on an unfiltered page (milliseconds at any
    size); under a filter, Datasette's column facet (or the month facet for ``published_date``)."""

    type = "summary"

    async def suggest(self):
        return []

    def _delegate(self, klass, configs):
        facet = klass(self.ds, self.request, self.database, sql=self.sql, params=self.params,
                      table=self.table, metadata=self.metadata, row_count=self.row_count)  # fmt: skip
        facet.get_configs = lambda: configs  # the configs it counts: ours, under its own type
        return facet

    async def facet_results(self):
        configs = self.get_configs()
        summaries = SUMMARY_FACETS.get(self.table, {})
        if not _is_unfiltered(self.sql, self.params):
            chosen = _summary_filters(parse_qsl(self.request.query_string, keep_blank_values=True))
            if chosen is not None:  # filters on the summary's own keys: it still counts
                summaries, params = _filtered_summary_sql(chosen)
                return await self._summary_results(configs, summaries, params)
            results, timed_out = [], []
            months = [c for c in configs if c["config"]["simple"] == "published_date"]
            columns = [c for c in configs if c not in months]
            for klass, chosen in ((ColumnFacet, columns), (MonthFacet, months)):
                if chosen:
                    got, late = await self._delegate(klass, chosen).facet_results()
                    results += got
                    timed_out += late
            return results, timed_out
        return await self._summary_results(configs, summaries, {})

    async def _summary_results(self, configs, summaries: dict, params: dict):
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        for source_and_config in configs:
            column = source_and_config["config"]["simple"]
            month = column == "published_date"
            order = "value DESC" if month else "count DESC, value"
            sql = (
                f"SELECT value, count FROM ({summaries[column]}) WHERE count > 0 "
                f"ORDER BY {order} LIMIT {facet_size + 1}"
            )
            try:
                rows = (await self.ds.execute(self.database, sql, params, truncate=False)).rows
            except QueryInterrupted:
                timed_out.append(column)
                continue
            arg = f"{column}__startswith" if month else column
            values = []
            for row in rows[:facet_size]:
                value = str(row["value"])
                selected = self.request.args.get(arg) == value
                path = (_without if selected else _with)(self.request, {arg: value})
                values.append({"value": row["value"], "label": row["value"], "count": row["count"],
                               "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                               "selected": selected})  # fmt: skip
            results.append({"name": column, "type": "month" if month else "column",
                            "hideable": False, "toggle_url": "", "results": values,
                            "truncated": len(rows) > facet_size})  # fmt: skip
        return results, timed_out


# query arguments that select no rows (display, paging, facets): a page with only these and the
# summary keys below is counted by summary_day_column_source
_NEUTRAL_ARGS = re.compile(r"_(facet.*|sort|sort_desc|size|next|nocount|count|nofacet|nosuggest|labels|shape|col|nocol|json|trace)")  # fmt: skip
_SUMMARY_KEYS = {"column_name": "column_name", "column_name__exact": "column_name",
                 "source": "source", "source__exact": "source", "published_date": "day",
                 "published_date__exact": "day", "published_date__startswith": "day_prefix",
                 "is_original": "is_original", "is_original__exact": "is_original"}  # fmt: skip


def _summary_filters(pairs: list[tuple[str, str]]) -> dict[str, str] | None:
    """The page's filters if the summary of (day, column, source) can count under them, else None."""
    chosen: dict[str, str] = {}
    for key, value in pairs:
        if _NEUTRAL_ARGS.fullmatch(key):
            continue
        name = _SUMMARY_KEYS.get(key)
        # '' is the summary's NULL; a second value of one key is for Datasette to combine
        if name is None or value == "" or name in chosen:
            return None
        if name == "is_original" and value not in ("0", "1"):
            return None
        chosen[name] = value
    return chosen


def _filtered_summary_sql(chosen: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Facet SQL (value, count) over summary_day_column_source rows matching the filters."""
    where, params = ["1"], {}
    for name, test in (("column_name", "column_name = :column_name"), ("source", "source = :source"),
                       ("day", "day = :day"), ("day_prefix", "substr(day, 1, length(:day_prefix)) = :day_prefix")):  # fmt: skip
        if name in chosen:
            where.append(test)
            params[name] = chosen[name]
    rows = f"FROM summary_day_column_source WHERE {' AND '.join(where)}"
    originals = {"1": "originals", "0": "0"}.get(chosen.get("is_original"), "originals")
    others = {"1": "0", "0": "articles - originals"}.get(chosen.get("is_original"), "articles - originals")  # fmt: skip
    counted = f"{originals} + {others}"
    return {
        "column_name": f"SELECT column_name AS value, sum({counted}) AS count {rows} AND column_name <> '' GROUP BY value",
        "source": f"SELECT source AS value, sum({counted}) AS count {rows} AND source <> '' GROUP BY value",
        "published_date": f"SELECT substr(day, 1, 7) AS value, sum({counted}) AS count {rows} AND day <> '' GROUP BY value",
        "is_original": f"SELECT 1 AS value, sum({originals}) AS count {rows} UNION ALL SELECT 0, sum({others}) {rows}",
    }, params  # fmt: skip


def _with(request, args: dict) -> str:
    from datasette.utils import path_with_added_args

    return path_with_added_args(request, args)


def _without(request, args: dict) -> str:
    from datasette.utils import path_with_removed_args

    return path_with_removed_args(request, args)


def page_note(datasette, request, database: str, table: str, articles: int, limit: int) -> dict:
    """What the table page says on a large archive: the offered facets and the count link."""
    entry = datasette.table_metadata(database, table) or {}
    pairs = parse_qsl(request.query_string, keep_blank_values=True)
    active = {(k[len("_facet_") :] if k.startswith("_facet_") else "column", v)
              for k, v in pairs if k.startswith("_facet")}  # fmt: skip
    offered = []
    for facet in entry.get("offered_facets", []):
        kind, column = next(iter(facet.items()))
        if (kind, column) in active:
            continue
        arg = "_facet" if kind == "column" else f"_facet_{kind}"
        label = column if kind == "column" else f"{kind}({column})"
        offered.append((label, datasette.urls.path(_with(request, {arg: column}))))
    count_url = None
    if table in COUNT_SKIPPED and not request.args.get("_count"):
        args = [(k, v) for k, v in pairs if k != "_nocount"] + [("_count", "1")]
        count_url = datasette.urls.path(request.path + "?" + urlencode(args))
    summary = [
        "published_date (month)" if c["summary"] == "published_date" else c["summary"]
        for c in entry.get("facets", [])
        if isinstance(c, dict) and "summary" in c
    ]
    return {"articles": articles, "threshold": limit, "offered": offered,
            "count_url": count_url, "summary": summary}  # fmt: skip


def _large_table(scope: dict, large: set[str], base_url: str) -> str | None:
    """The table (or view) of a request for a table page of a large database, else None."""
    from datasette.utils import tilde_decode

    path = scope.get("path", "")
    if base_url != "/" and path.startswith(base_url):
        path = path[len(base_url) - 1 :]
    parts = path.strip("/").split("/")
    if len(parts) != 2 or tilde_decode(parts[0]) not in large:
        return None
    return re.sub(r"\.(json|csv)$", "", parts[1])


def count_skipped_scope(scope: dict, large: set[str], base_url: str = "/") -> dict:
    """The request with ``_nocount=1`` added, for a count-skipped view of a large database that
    asked for no count of its own (``_count=1`` asks for it)."""
    table = _large_table(scope, large, base_url)
    query = scope.get("query_string", b"").decode("latin-1")
    if table not in COUNT_SKIPPED or re.search(r"(^|&)_(no)?count=", query):
        return scope
    query = f"{query}&_nocount=1" if query else "_nocount=1"
    return {**scope, "query_string": query.encode("latin-1")}


# pages whose published_date filter gets the same range on published_at (its first 10 characters
# are published_date): Datasette's LIKE for a month cannot use an index, the range walks
# published_at's (an old month at 1M: past the time limit before)
DATE_RANGE_TABLES = frozenset({"articles", "articles_view", "author_credits_view",
                               "editor_credits_view", "awards_view"})  # fmt: skip
_DATE_ARGS = ("published_date", "published_date__exact", "published_date__startswith")


def published_at_range(request, table: str) -> tuple[list[str], dict[str, str]]:
    """WHERE clauses and params bounding published_at to the page's day or month filter (a
    superset of its rows: Datasette's own clause still filters them)."""
    if table not in DATE_RANGE_TABLES:
        return [], {}
    clauses, params = [], {}
    for n, arg in enumerate(_DATE_ARGS):
        value = request.args.get(arg)
        if not value:
            continue
        # every text that starts with value sorts in [value, value + U+FFFF)
        clauses.append(f"published_at >= :yunmei_day{n} AND published_at < :yunmei_day{n}_end")
        params |= {f"yunmei_day{n}": value, f"yunmei_day{n}_end": value + "\uffff"}
    return clauses, params


# one author's (editor's) credits: sorted by the credit's own copy of the time, the (name,
# published_ts DESC) index gives them newest first (by the article's published_at every credit
# was sorted: 1.8 s at 1M)
CREDIT_SORT = {"author_credits_view": re.compile(r"(^|&)author(__exact)?="),
               "editor_credits_view": re.compile(r"(^|&)editor(__exact)?=")}  # fmt: skip
CREDIT_SORT_COLUMN = "published_ts"


def credit_sort_scope(scope: dict, large: set[str], base_url: str = "/") -> dict:
    """The request with ``_sort_desc=published_ts`` added to an author's page of
    author_credits_view (an editor's of editor_credits_view) that chose no sort of its own."""
    name_arg = CREDIT_SORT.get(_large_table(scope, large, base_url) or "")
    query = scope.get("query_string", b"").decode("latin-1")
    if name_arg is None or not name_arg.search(query) or re.search(r"(^|&)_sort(_desc)?=", query):
        return scope
    return {**scope, "query_string": f"{query}&_sort_desc={CREDIT_SORT_COLUMN}".encode("latin-1")}
