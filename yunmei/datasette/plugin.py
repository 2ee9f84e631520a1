"""yunmei's Datasette plugin (entry point ``datasette: yunmei``): pages analysts read, search, charts.

Loaded by every Datasette in the environment where yunmei is installed (``make serve``). It works
on any database file that holds the yunmei store (an ``articles`` and an ``awards`` table),
whatever the file is called:
- metadata (descriptions, facets, canned queries) for every such database (``get_metadata``);
- SQL functions ``yunmei_fts_query(q)`` and ``yunmei_snippet(body, q)`` on every connection;
- pages: ``/`` front page, ``/<db>/-/article/<id>``, ``/<db>/-/event/<event_id>``, ``/<db>/-/charts``;
- cells: titles link to the article page, event names to the event page, long text truncated,
  search snippets highlighted.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from yunmei.datasette import charts, large
from yunmei.store import web as pages
from yunmei.store.datasette import TABLES, datasette_metadata
from yunmei.store.search import query_words
from yunmei.store.sqlfunc import register_functions, web_query

CHART_TIME_LIMIT_MS = 20_000
# columns whose text is too long for a table cell: shown cut, the article page has it all
LONG_TEXT = {"body": 60, "evidence": 60, "extraction": 40, "extra": 40, "stats": 40, "detail": 60,
             "content_hash": 12, "new_content_hash": 12, "old_content_hash": 12}  # fmt: skip


def _yunmei_databases(datasette) -> list[str]:
    return list(getattr(datasette, "_yunmei_databases", []))


def _large(datasette) -> dict[str, int]:
    """The yunmei databases served as large archives, with their article counts."""
    return dict(getattr(datasette, "_yunmei_large", {}))


@hookimpl
def startup(datasette):
    async def find_yunmei_databases():
        found = []
        for name, db in datasette.databases.items():
            if name.startswith("_"):
                continue
            tables = set(await db.table_names())
            if {"articles", "awards"} <= tables:
                found.append(name)
        datasette._yunmei_databases = found
        # sized once at start-up: a store that outgrows the threshold turns large at the restart
        sizes = {name: await large.article_count(datasette.get_database(name)) for name in found}
        datasette._yunmei_large = {
            name: n for name, n in sizes.items() if n > large.threshold(datasette, name)
        }
        if datasette._yunmei_large:
            large.suggestions_off(datasette)
        for name in datasette._yunmei_large:
            large.lighter_table_counts(datasette.get_database(name))

    return find_yunmei_databases


@hookimpl
def get_metadata(datasette, key, database, table):
    names = _yunmei_databases(datasette)
    if not names:
        return {}
    base = datasette_metadata()
    ours = _for_html(base["databases"].pop(next(iter(base["databases"]))))
    big = {**ours, "tables": large.large_metadata(ours["tables"])}
    base["databases"] = {name: big if name in _large(datasette) else ours for name in names}
    return base


def _code_html(text: str) -> Markup:
    """`name` in a description → <code>name</code> (the docs keep the Markdown form)."""
    parts = str(escape(text)).split("`")
    return Markup("".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts)))


def _for_html(database: dict[str, Any]) -> dict[str, Any]:
    database = dict(database)
    if "description" in database:
        database["description_html"] = _code_html(database.pop("description"))
    tables = {}
    for name, entry in database.get("tables", {}).items():
        entry = dict(entry)
        if "description" in entry:
            entry["description_html"] = _code_html(entry.pop("description"))
        entry["columns"] = {c: t.replace("`", "") for c, t in entry.get("columns", {}).items()}
        tables[name] = entry
    database["tables"] = tables
    queries = {}
    for name, query in database.get("queries", {}).items():
        query = dict(query)
        if "description" in query:
            query["description_html"] = _code_html(query.pop("description"))
        queries[name] = query
    database["queries"] = queries
    return database


# folds the 37-line column glossary of a table page into a <details>, and puts each
# description on its column header as a tooltip
FOLD_GLOSSARY_JS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  var details = document.createElement("details");
  details.className = "ym-glossary";
  var summary = document.createElement("summary");
  summary.textContent = "What the " + dl.querySelectorAll("dt").length + " columns mean";
  details.appendChild(summary);
  dl.parentNode.insertBefore(details, dl);
  details.appendChild(dl);
  dl.querySelectorAll("dt").forEach(function (dt) {
    var th = document.querySelector("th.col-" + CSS.escape(dt.textContent.trim()));
    if (th && dt.nextElementSibling) th.title = dt.nextElementSibling.textContent;
  });
});
"""


@hookimpl
def extra_body_script(datasette, database):
    if database in _yunmei_databases(datasette):
        return FOLD_GLOSSARY_JS
    return ""


@hookimpl
def prepare_connection(conn):
    register_functions(conn)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("yunmei", "yunmei.css")]


def highlight(text: str | None, q: str | None) -> Markup:
    """``text`` escaped, with every plain word of the query ``q`` wrapped in <mark>."""
    text, words = text or "", query_words(web_query(q))
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [
            escape(text[last : m.start()]),
            Markup("<mark>"),
            escape(m.group()),
            Markup("</mark>"),
        ]
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["ym_highlight"] = highlight


@hookimpl
def extra_template_vars(datasette, template, database, table, request):
    context = {"yunmei_databases": _yunmei_databases(datasette), "yunmei_large": None}
    sizes = _large(datasette)
    if template == "table.html" and database in sizes and table and request is not None:
        context["yunmei_large"] = large.page_note(
            datasette,
            request,
            database,
            table,
            sizes[database],
            large.threshold(datasette, database),
        )
    return context


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def skip_big_counts(scope, receive, send):
            if scope.get("type") == "http" and _large(datasette):
                base_url = datasette.setting("base_url")
                names = set(_large(datasette))
                scope = large.count_skipped_scope(scope, names, base_url)
                scope = large.credit_sort_scope(scope, names, base_url)
            await app(scope, receive, send)

        return skip_big_counts

    return wrap


@hookimpl
def filters_from_request(request, database, table, datasette):
    if database not in _yunmei_databases(datasette):
        return None
    clauses, params = large.published_at_range(request, table)
    if not clauses:
        return None
    from datasette.filters import FilterArguments

    return FilterArguments(clauses, params)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database not in _yunmei_databases(datasette) or not isinstance(value, str):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    base = datasette.urls.database(database)
    if column == "title" and "article_id" in keys and row["article_id"]:
        href = f"{base}/-/article/{quote(str(row['article_id']))}"
        return Markup(f'<a class="ym-title" href="{escape(href)}">{escape(value)}</a>')
    if column in ("event", "name") and "event_id" in keys and row["event_id"] is not None:
        href = f"{base}/-/event/{int(row['event_id'])}"
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    limit = LONG_TEXT.get(column)
    if limit and len(value) > limit:
        return Markup(f'<span title="{escape(value[:600])}">{escape(value[:limit])}…</span>')
    return None


@hookimpl
def register_facet_classes():
    from yunmei.datasette.facets import MonthFacet

    return [MonthFacet, large.SummaryFacet]


@hookimpl
def register_routes():
    return [
        (r"^/$", front_page),
        (r"^/(?P<database>[^/]+)/-/article/(?P<article_id>[^/]+)$", article_page),
        (r"^/(?P<database>[^/]+)/-/event/(?P<event_id>\d+)$", event_page),
        (r"^/(?P<database>[^/]+)/-/charts$", charts_page),
    ]


async def _render(datasette, request, template: str, context: dict[str, Any]) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request))


def _db(datasette, request):
    name = request.url_vars["database"]
    if name not in _yunmei_databases(datasette):
        raise NotFound(f"{name} is not a yunmei database")
    return name, datasette.get_database(name)


def _describe(table: str) -> str:
    text = TABLES[table][0] if table in TABLES else ""
    return text.removeprefix("View — ").replace("`", "")


async def front_page(datasette, request):
    names = _yunmei_databases(datasette)
    others = [n for n in datasette.databases if n not in names and not n.startswith("_")]
    sections = []
    for name in names:
        db = datasette.get_database(name)
        section = await pages.front(db, name)
        hidden = set(await db.hidden_table_names())
        section["views"] = [(v, _describe(v)) for v in await db.view_names() if v not in hidden]
        section["tables"] = [t for t in await db.table_names() if t not in hidden]
        sections.append(section)
    return await _render(
        datasette,
        request,
        "yunmei_index.html",
        {"sections": sections, "others": others, "metadata": datasette.metadata()},
    )


async def article_page(datasette, request):
    name, db = _db(datasette, request)
    article = await pages.article(db, request.url_vars["article_id"])
    if article is None:
        raise NotFound("no such article")
    return await _render(
        datasette, request, "yunmei_article.html", {"database": name, "a": article}
    )


async def event_page(datasette, request):
    name, db = _db(datasette, request)
    event = await pages.event(db, int(request.url_vars["event_id"]))
    if event is None:
        raise NotFound("no such event")
    return await _render(datasette, request, "yunmei_event.html", {"database": name, "e": event})


class _Patient:
    """The database with a longer time limit: the charts aggregate the whole archive (cheap once
    the views read summary tables, slow on a large store without them)."""

    def __init__(self, db, ms: int):
        self.db, self.ms = db, ms

    async def execute(self, sql, params=None):
        return await self.db.execute(sql, params, custom_time_limit=self.ms)


async def _or_note(coro, empty):
    try:
        return await coro, None
    except QueryInterrupted:
        return empty, "This chart took too long on this database (over the time limit)."


async def charts_page(datasette, request):
    name, db = _db(datasette, request)
    db = _Patient(db, CHART_TIME_LIMIT_MS)
    by = request.args.get("by") or "month"
    if by not in ("day", "month"):
        by = "month"
    base = datasette.urls.database(name)
    per_period, late_articles = await _or_note(pages.articles_per_period(db, by), [])
    periods, series = charts.top_series(per_period)
    awards, late_awards = await _or_note(pages.awards_per_event(db), [])
    reporters, late_reporters = await _or_note(pages.top_reporters(db), [])
    context = {
        "database": name,
        "by": by,
        "notes": {"articles": late_articles, "awards": late_awards, "reporters": late_reporters},
        "articles_chart": Markup(charts.stacked_columns(periods, series)),
        "awards_chart": Markup(
            charts.horizontal_bars(
                [
                    (
                        f"{r['name'] or '(unnamed)'} {r['date'] or ''}".strip(),
                        r["awards"],
                        f"{base}/-/event/{r['event_id']}",
                    )
                    for r in awards
                ]
            )
        ),
        "reporters_chart": Markup(
            charts.horizontal_bars(
                [
                    (
                        r["name"],
                        r["articles"],
                        f"{base}/author_credits_view?author={quote(r['name'])}",
                    )
                    for r in reporters
                ]
            )
        ),
    }
    return await _render(datasette, request, "yunmei_charts.html", context)
