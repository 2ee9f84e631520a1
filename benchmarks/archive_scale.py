"""How the store's costs grow with the archive (issue 16), measured at each size through the real writer.

    python benchmarks/archive_scale.py --sizes 10000 100000 1000000 --json benchmarks/out/archive_scale.json
    python benchmarks/archive_scale.py --sizes 30000 --json OUT      (the smoke run of `make test`)

One store is grown to each N in turn with ``Store.save_articles`` (batches of synthetic articles
of realistic length: body ~1,200 characters on average, log-normal; 1–3 authors, editors, images,
an award event in 2 %, a near-copy repost in 3 %), and at each N it measures:

- ``start_first_response_s`` / ``start_peak_rss_mb``: a real ``scrapy crawl yunmei`` (incremental
  state on) with YUNMEI_DB = the store, against a local HTTP proxy: seconds from launch until its
  first request arrives, and the crawler process's peak RSS;
  ``start_empty_*``: the same on an empty store, in the same run (Scrapy's own start-up);
- ``search_common_ms``: ``yunmei.store.search.search(conn, "湛江", limit=20)`` (in ~30 % of articles),
  median of warm runs; ``search_phrase_ms`` the same for 一等奖 (a 3-character word, re-checked);
- ``view_max_ms``: the slowest of ``SELECT * FROM <view> LIMIT 50`` over every documented view and
  of every Datasette canned query (the search query with q=湛江; ``views_ms`` has each);
- ``datasette_page_max_ms``: the slowest page of a real Datasette (``datasette.client.get``, the
  yunmei plugin loaded, the store file opened as ``datasette serve`` opens it): the ``.json`` of
  every table and view page as it opens (facets, counts, suggestions as configured), of the
  database page, of every canned query (the same parameters as ``view_max_ms``) and of the
  filtered pages a click opens (``filtered:*``: the biggest source and column, the oldest month,
  the most prolific author and editor, the commonest award tier) and the plugin's own pages
  (``plugin:*``: front, charts by month and by day, the newest article, the latest event); warm median
  of 3, each page in ``datasette_pages_ms`` (a page that answers an error is timed all the same
  and listed in ``datasette_failed``); ``--large-archive N`` sets the plugin's
  ``large_archive_articles`` (``--large-archive 0`` turns large-archive pages off, as before them);
- ``neardup_ms``: ``ArticleWriter.find_original`` for a new article (schema v5: ten pair-key
  probes in the near-duplicate sidecar ``<db>-neardup``; a content-hash probe for short bodies),
  mean over 300 new bodies, on the writer's own connection as ``Store`` opens it (sidecar
  attached); ``neardup_cpu_ms`` the same in CPU time (on a shared machine the wall time is mostly
  waiting for a core); ``--neardup-repeats K`` (default 3) takes the median of K runs of
  different new bodies (each in ``neardup_runs``: the first may read the files from disk);
- ``db_bytes_per_article``: the store's files (main + near-duplicate sidecar, after WAL
  checkpoints) / N; ``neardup_bytes_per_article`` the sidecar's share, ``free_bytes_per_article``
  main's free pages (a store migrated in place keeps them until VACUUM), ``fts_bytes_per_article``
  the search index's share (dbstat);
- ``write_articles_per_s``: the growth rate of the last step.

Prints the table with the exponent k (cost ~ N^k) between successive sizes and fitted over all of
them; ``--json`` writes one object per N. ``--keep DIR`` keeps the stores: a long build can run
with ``--grow-only`` and be measured later (``--no-grow``) with the final code.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import bisect
import http.server
import math
import multiprocessing
import random
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from itertools import accumulate
from urllib.parse import urlencode

from benchmarks import processes, report
from yunmei.store import Store, neardup, schema
from yunmei.store import search as fts
from yunmei.store import simhash as sh
from yunmei.store.datasette import canned_queries
from yunmei.store.sqlfunc import register_functions
from yunmei.store.writer import ArticleWriter, content_hash_of, prepare

# frequent characters of Chinese news text, roughly in frequency order, plus local place names
COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研更教车史委务际消空风且列志太石压须商土步青般布片花共达律"
    "湛江霞山赤坎麻章坡头遂溪廉江雷州吴川徐闻港湾岛海渔荔枝菠萝红树林台风"
)
SURNAMES = "陈李黄林张王吴刘梁杨何郑罗周谢许邓冯蔡苏庞钟叶"
COLUMNS = ["报小拍", "走进红树林", "湛江新闻", "时政", "民生", "体育", "文化", "经济", None]
SOURCES = ["湛江云媒", "湛江日报", "湛江晚报", "湛江新闻网", "新华社", None]
ROLES = ["text", "text", "text", "photo", "video"]
COMMON_WORD, PHRASE_WORD = "湛江", "一等奖"
START_ID = 1_000_000
SENTENCES = 200_000
FIRST_DAY = 16_000  # days since 1970: 2013-10; ids and dates grow together, as on the site


class Corpus:
    """Deterministic synthetic articles, generated one batch at a time (no corpus in memory)."""

    def __init__(self, seed: int = 16):
        self.seed = seed
        rng = self.rng = random.Random(seed)
        char_cum = list(accumulate(1 / (i + 1) for i in range(len(COMMON))))
        self.vocab = [
            "".join(rng.choices(COMMON, cum_weights=char_cum, k=rng.choice((1, 2, 2, 2, 3, 3, 4))))
            for _ in range(30_000)
        ]
        self.vocab_cum = list(accumulate(1 / (i + 1) ** 0.9 for i in range(len(self.vocab))))
        # bodies are drawn from a pool of sentences (Zipf words inside): one choices() call a
        # body instead of one a word, so generating the corpus no longer costs what writing does
        self.sentences = [
            self.words(rng.randint(6, 16)) + rng.choice("，，。、；！") for _ in range(SENTENCES)
        ]
        self.sentence_chars = statistics.fmean(map(len, self.sentences))
        self.reporters = [rng.choice(SURNAMES) + "".join(rng.choices(COMMON[:300], k=rng.choice((1, 2)))) for _ in range(3000)]  # fmt: skip
        self.reporter_cum = list(accumulate(1 / (i + 1) for i in range(len(self.reporters))))

    def words(self, k: int) -> str:
        return "".join(self.rng.choices(self.vocab, cum_weights=self.vocab_cum, k=k))

    def body(self, n: int | None = None) -> str:
        """Article ``n``'s body (the same every time), or a fresh one."""
        if n is not None:
            self.rng = random.Random(self.seed * 10_000_019 + n * 2 + 1)
        rng = self.rng
        chars = min(6000, max(120, int(rng.lognormvariate(math.log(1000), 0.6))))
        drawn = rng.choices(self.sentences, k=int(chars / self.sentence_chars) + 4)
        ends = list(accumulate(map(len, drawn)))
        sentences = drawn[: bisect.bisect_left(ends, chars) + 1]
        if rng.random() < 0.30:
            sentences.insert(rng.randrange(len(sentences)), COMMON_WORD + self.words(2) + "，")
        if rng.random() < 0.05:
            sentences.insert(rng.randrange(len(sentences)), "获得" + PHRASE_WORD + "。")
        return "\n".join("".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))

    def item(self, n: int) -> dict:
        """Article ``n``, deterministic per (seed, n): a resumed store continues the same corpus."""
        rng = random.Random(self.seed * 10_000_019 + n * 2)
        article_id = str(START_ID + n)
        if n > 100 and rng.random() < 0.03:
            # a repost of a recent article: the same text, a few characters off
            text = list(self.body(n - rng.randint(1, 100)))
            for _ in range(2):
                text[rng.randrange(len(text))] = rng.choice(COMMON[:50])
            body = "".join(text)
        else:
            body = self.body(n)
        self.rng = rng
        day = FIRST_DAY + n * 4400 // 3_000_000  # ~12 years over 3 million ids
        date = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
        hour = 7 + n % 14
        authors = [
            {"name": name, "role": rng.choice(ROLES), "title": "记者"}
            for name in rng.choices(self.reporters, cum_weights=self.reporter_cum, k=rng.randint(1, 3))
        ]  # fmt: skip
        events = []
        if rng.random() < 0.02:
            events = [{"name": self.words(3) + "大赛", "kind": "competition", "date": date,
                       "venue": None, "organizer": None, "participants": None, "evidence": "……",
                       "awards": [{"tier": t, "tier_rank": r, "category": None,
                                   "recipients": [{"name": self.words(2) + "局", "kind": "organization"}]}
                                  for t, r in (("一等奖", 1), ("二等奖", 2))]}]  # fmt: skip
        item = {
            "url": f"https://www.gdzjdaily.com.cn/p/{article_id}.html",
            "article_id": article_id,
            "fetched_url": f"https://www.gdzjdaily.com.cn/p/{article_id}.html",
            "title": self.words(rng.randint(4, 9)),
            "column": rng.choice(COLUMNS),
            "subtitle": self.words(5) if rng.random() < 0.1 else None,
            "published_at": f"{date}T{hour:02d}:30:00+08:00",
            "published_raw": f"{date} {hour:02d}:30",
            "source": rng.choice(SOURCES),
            "byline_raw": " ".join(f"记者{a['name']}" for a in authors),
            "authors": authors,
            "editors": [{"name": rng.choice(self.reporters[:60]), "duty": "editor"}],
            "body": body,
            "images": [
                {
                    "url": f"https://new-img.gdzjdaily.com.cn/a/{article_id}-{k}.jpeg",
                    "caption": None,
                }
                for k in range(rng.choice((0, 0, 1, 1, 2, 3)))
            ],
            "page_count": 1,
            "is_original": rng.random() < 0.4,
            "language": "zh-Hans",
            "quality_flags": [],
            "events": events,
            "http_last_modified": "Sat, 06 Dec 2025 08:00:00 GMT",
        }
        item["content_hash"] = content_hash_of(item)
        return item


# --- growth -----------------------------------------------------------------------------------------
_worker_corpus: Corpus | None = None


def _start_worker(seed: int) -> None:
    global _worker_corpus
    _worker_corpus = Corpus(seed)


def _make_batch(span: tuple[int, int]) -> tuple[list[dict], list]:
    """Articles start..stop-1 with their ``writer.prepare`` (SimHash, index text): the
    database-free part of a save, done in a worker process while the writer writes."""
    items = [_worker_corpus.item(i) for i in range(*span)]
    return items, [prepare(item) for item in items]


def grow(
    db: Path, corpus: Corpus, start: int, target: int, batch: int = 10_000, workers: int = 1
) -> float:
    """Write articles start..target-1 through ``Store.save_articles``; returns articles/s."""
    if start >= target:
        return 0.0
    began = time.perf_counter()
    spans = [(n, min(target, n + batch)) for n in range(start, target, batch)]
    with (
        Store(db) as store,
        multiprocessing.get_context("fork").Pool(workers, _start_worker, (corpus.seed,)) as pool,
    ):
        # a 1 GB page cache and big batches for the bulk load: the random-keyed indexes
        # (simhash keys, content hash) are then written once a batch, not once an article
        store.conn.execute("PRAGMA cache_size = -1048576")
        depth = workers + 1  # batches in flight: every worker busy, memory bounded
        ahead = [pool.apply_async(_make_batch, (span,)) for span in spans[:depth]]
        for i, (_first, stop) in enumerate(spans):
            items, prepared = ahead.pop(0).get()
            if i + depth < len(spans):
                ahead.append(pool.apply_async(_make_batch, (spans[i + depth],)))
            outcomes = store.save_articles(items, prepared)
            if outcomes.count("new") != len(items):
                raise SystemExit(f"unexpected outcomes at {stop}: {set(outcomes)}")
            if stop % 50_000 < batch or stop == target:
                rate = (stop - start) / (time.perf_counter() - began)
                print(f"  {stop:>9,} articles  {rate:,.0f}/s", flush=True)
    return (target - start) / (time.perf_counter() - began)


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


# --- measurements -----------------------------------------------------------------------------------
def timed_ms(fn, repeat: int = 5) -> float:
    fn()  # warm the page cache the way an analyst's second query finds it
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_views(conn: sqlite3.Connection) -> dict[str, float]:
    register_functions(conn)  # the canned search query calls the plugin's SQL functions
    out = {}
    for name in schema.VIEWS:
        if name == "article_search":
            sql = f"SELECT * FROM article_search WHERE q MATCH '{COMMON_WORD}' ORDER BY doc_id DESC LIMIT 50"
        else:
            sql = f"SELECT * FROM {name} LIMIT 50"
        out[name] = timed_ms(lambda sql=sql: conn.execute(sql).fetchall(), repeat=3)
    author = conn.execute(
        "SELECT name FROM summary_author_roles ORDER BY articles DESC LIMIT 1"
    ).fetchone()
    params = {"q": COMMON_WORD, "author": author[0] if author else "", "recipient": "", "event": ""}
    for name, query in canned_queries().items():
        # Datasette shows at most 1000 rows of a canned query
        sql = f"SELECT * FROM ({query['sql']}) LIMIT 1001"
        out[f"query:{name}"] = timed_ms(
            lambda sql=sql: conn.execute(sql, params).fetchall(), repeat=3
        )
    return {k: round(v, 2) for k, v in out.items()}


def measure_datasette(
    db: Path, large_archive: int | None = None
) -> tuple[dict[str, float], list[str]]:
    import asyncio

    from datasette.app import Datasette

    async def run() -> tuple[dict[str, float], list[str]]:
        plugins = (
            {} if large_archive is None else {"large_archive_articles": large_archive or 10**12}
        )
        ds = Datasette([str(db)], metadata={"plugins": {"yunmei": plugins}})
        await ds.invoke_startup()
        name = next(iter(ds.databases.keys() - {"_internal", "_memory"}))
        database = ds.get_database(name)
        hidden = set(await database.hidden_table_names())
        tables = [t for t in await database.table_names() if t not in hidden]
        author = (await database.execute(
            "SELECT name FROM summary_author_roles ORDER BY articles DESC LIMIT 1")).rows  # fmt: skip
        params = {"q": COMMON_WORD, "author": author[0][0] if author else "", "recipient": "", "event": ""}  # fmt: skip
        paths = {"database": f"/{name}.json"}
        paths |= {t: f"/{name}/{t}.json" for t in [*tables, *await database.view_names()]}
        for query, sql in canned_queries().items():
            args = {k: v for k, v in params.items() if f":{k}" in sql["sql"]}
            paths[f"query:{query}"] = f"/{name}/{query}.json?{urlencode(args)}"
        paths |= await filtered_pages(database, name, params["author"])
        paths |= await plugin_pages(database, name)
        out, failed = {}, []
        for page, path in paths.items():
            times = []
            for _ in range(4):  # the first warms the page cache, as for view_max_ms
                started = time.perf_counter()
                response = await ds.client.get(path)
                times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:  # e.g. past sql_time_limit_ms: the page failed
                failed.append(f"{page}: HTTP {response.status_code}")
            out[page] = round(statistics.median(times[1:]), 2)
        return out, failed

    return asyncio.run(run())


async def filtered_pages(database, name: str, author: str) -> dict[str, str]:
    """The filtered pages an analyst opens with a click: the biggest source's and column's facet
    value, the oldest month, the most prolific author's credits (as the charts page links them),
    the most common award tier."""

    async def first(sql: str):
        # set-up, not measured: a group-by over every credit may pass the page time limit
        rows = (await database.execute(sql, custom_time_limit=60_000)).rows
        return rows[0][0] if rows and rows[0][0] not in (None, "") else None

    values = {
        "articles:source": ("articles", "source", await first(
            "SELECT source FROM summary_sources WHERE source <> '' ORDER BY articles DESC LIMIT 1")),
        "articles:column_name": ("articles", "column_name", await first(
            "SELECT column_name FROM summary_columns WHERE column_name <> '' "
            "ORDER BY articles DESC LIMIT 1")),
        "articles:old_month": ("articles", "published_date__startswith", await first(
            "SELECT substr(min(day), 1, 7) FROM summary_days")),
        "articles_view:old_month": ("articles_view", "published_date__startswith", await first(
            "SELECT substr(min(day), 1, 7) FROM summary_days")),
        "author_credits_view:author": ("author_credits_view", "author", author or None),
        "editor_credits_view:editor": ("editor_credits_view", "editor", await first(
            "SELECT name FROM editors GROUP BY name ORDER BY count(*) DESC LIMIT 1")),
        "awards_view:tier": ("awards_view", "tier", await first(
            "SELECT tier FROM awards GROUP BY tier ORDER BY count(*) DESC LIMIT 1")),
    }  # fmt: skip
    return {
        f"filtered:{page}": f"/{name}/{table}.json?{urlencode({column: value})}"
        for page, (table, column, value) in values.items()
        if value is not None
    }


async def plugin_pages(database, name: str) -> dict[str, str]:
    """The plugin's own pages analysts open: the front page, the charts (by month and by day), the
    newest article's page and the latest event's page."""
    pages = {"plugin:front": "/", "plugin:charts": f"/{name}/-/charts",
             "plugin:charts_by_day": f"/{name}/-/charts?by=day"}  # fmt: skip
    article = (await database.execute(
        "SELECT article_id FROM articles ORDER BY published_at DESC LIMIT 1")).rows  # fmt: skip
    if article:
        pages["plugin:article"] = f"/{name}/-/article/{article[0][0]}"
    event = (await database.execute("SELECT max(event_id) FROM events")).rows
    if event and event[0][0] is not None:
        pages["plugin:event"] = f"/{name}/-/event/{event[0][0]}"
    return pages


def measure_neardup(
    conn: sqlite3.Connection, probes: int = 300, seed: int = 999
) -> tuple[float, float]:
    corpus = Corpus(seed=seed)
    writer = ArticleWriter(conn)
    inputs = []
    for i in range(probes):
        body = corpus.body()
        value, linkable = sh.fingerprint(body)
        inputs.append((f"probe{i}", content_hash_of({"title": "t", "body": body}), value, linkable))
    started, cpu = time.perf_counter(), time.process_time()
    for args in inputs:
        writer.find_original(*args)
    wall_ms = (time.perf_counter() - started) * 1000 / probes
    # CPU time too: on a shared machine the wall time is mostly waiting for a core
    return wall_ms, (time.process_time() - cpu) * 1000 / probes


class _FirstRequest(http.server.BaseHTTPRequestHandler):
    first_at: float | None = None
    count = 0

    def do_GET(self):
        cls = type(self)
        if cls.first_at is None:
            cls.first_at = time.perf_counter()
        cls.count += 1
        body = b"<html><body>404</body></html>"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def measure_start(
    db: Path,
    n: int,
    log_dir: Path,
    project: Path = processes.PROJECT,
    handler: type[_FirstRequest] = _FirstRequest,
) -> dict[str, float]:
    """A real incremental crawl start on the grown store: time to its first request, peak RSS
    (``project``: the checkout that crawls; ``handler``: the server's request handler)."""
    handler.first_at, handler.count = None, 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://www.gdzjdaily.com.cn/p/{START_ID + n + 10}.html"  # http: the proxy sees it
        settings = {**processes.POLITENESS_OFF, "CLOSESPIDER_PAGECOUNT": 1, "LOG_LEVEL": "INFO"}
        command = processes.crawl_command([url], db, settings)
        env = processes.clean_env(f"http://127.0.0.1:{server.server_address[1]}")
        started = time.perf_counter()
        run = processes.run_measured(command, project, env, log_dir, f"start-{n}", timeout=600)
    finally:
        server.shutdown()
        server.server_close()
    if handler.first_at is None:
        raise SystemExit(
            f"the crawl never reached the server ({run.returncode}):\n{run.stderr[-3000:]}"
        )
    return {
        "start_first_response_s": round(handler.first_at - started, 3),
        "start_peak_rss_mb": round(run.peak_rss_mb, 1),
        "start_wall_s": round(run.wall_s, 2),
    }


def checkpoint(db: Path) -> None:
    for path in (db, neardup.path_of(db)):
        if not path.exists():
            continue
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


FTS_SHADOW_TABLES = ("articles_fts_data", "articles_fts_idx", "articles_fts_docsize",
                     "articles_fts_config", "articles_fts_content")  # fmt: skip


def sizes_on_disk(db: Path, n: int) -> dict[str, float]:
    checkpoint(db)
    conn = sqlite3.connect(db)
    try:
        try:
            # name = ? lets dbstat walk only that b-tree (LIKE would read the whole file)
            fts_bytes = sum(
                conn.execute(
                    "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?", (name,)
                ).fetchone()[0]
                for name in FTS_SHADOW_TABLES
            )
        except sqlite3.Error:  # dbstat is not compiled into every SQLite
            fts_bytes = None
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        free *= conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    sidecar = neardup.sidecar_bytes(db)  # derived data, but on disk beside the store
    size = db.stat().st_size + sidecar
    return {
        "db_bytes_per_article": round(size / n, 1),
        "neardup_bytes_per_article": round(sidecar / n, 1),
        "free_bytes_per_article": round(free / n, 1),
        "fts_bytes_per_article": round(fts_bytes / n, 1) if fts_bytes else None,
        "db_mb": round(size / 1e6, 1),
    }


def measure(db: Path, n: int, log_dir: Path, start: bool = True, neardup_repeats: int = 1,
            large_archive: int | None = None) -> dict:  # fmt: skip
    result: dict = {"n": n}
    with Store(
        db
    ) as store:  # today's views, migrations and meta rows on a store grown by older code
        store.max_article_id()
    result.update(sizes_on_disk(db, n))
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        result["search_common_ms"] = round(
            timed_ms(lambda: fts.search(conn, COMMON_WORD, limit=20)), 2
        )
        result["search_phrase_ms"] = round(
            timed_ms(lambda: fts.search(conn, PHRASE_WORD, limit=20)), 2
        )
        result["search_common_hits"] = len(fts.search(conn, COMMON_WORD, limit=20))
        views = measure_views(conn)
        result["view_max_ms"] = max(views.values())
        result["view_slowest"] = max(views, key=views.get)
        result["views_ms"] = views
    finally:
        conn.close()
    pages, failed = measure_datasette(db, large_archive)
    result["datasette_page_max_ms"] = max(pages.values())
    result["datasette_failed"] = failed
    result["datasette_slowest"] = max(pages, key=pages.get)
    result["datasette_pages_ms"] = pages
    runs = []
    for repeat in range(neardup_repeats):
        # the writer's own connection, opened as the crawl opens it (sidecar attached); new bodies
        # each time: a repeat of the same ones would find their pages already read
        with Store(db) as store:
            runs.append(measure_neardup(store.conn, seed=999 + repeat))
    result["neardup_ms"] = round(statistics.median(w for w, _c in runs), 4)
    result["neardup_cpu_ms"] = round(statistics.median(c for _w, c in runs), 4)
    result["neardup_runs"] = [[round(w, 4), round(c, 4)] for w, c in runs]
    if start:
        result.update(measure_start(db, n, log_dir))
    return result


# --- report -----------------------------------------------------------------------------------------
TABLE = [
    ("n", "articles", ",d"),
    ("start_first_response_s", "start: 1st resp s", ".2f"),
    ("start_peak_rss_mb", "start: RSS MB", ".0f"),
    ("neardup_ms", "near-dup ms", ".4f"),
    ("neardup_cpu_ms", "near-dup CPU ms", ".4f"),
    ("search_common_ms", "search 湛江 ms", ".1f"),
    ("search_phrase_ms", "search 一等奖 ms", ".1f"),
    ("view_max_ms", "slowest view ms", ".1f"),
    ("datasette_page_max_ms", "slowest Datasette page ms", ".1f"),
    ("db_bytes_per_article", "DB B/article", ".0f"),
    ("fts_bytes_per_article", "FTS B/article", ".0f"),
    ("write_articles_per_s", "write art/s", ".0f"),
]
EXPONENT_KEYS = [k for k, _h, _f in TABLE[1:-2]] + ["db_mb"]


def exponents(results: list[dict]) -> dict[str, float]:
    """Least-squares slope of log(cost) on log(N) over all sizes (cost ~ N^k)."""
    out = {}
    for key in EXPONENT_KEYS:
        points = [(math.log(r["n"]), math.log(r[key])) for r in results if r.get(key)]
        if len(points) < 2:
            continue
        mx = statistics.fmean(x for x, _ in points)
        my = statistics.fmean(y for _, y in points)
        sxx = sum((x - mx) ** 2 for x, _ in points)
        out[key] = round(sum((x - mx) * (y - my) for x, y in points) / sxx, 2) if sxx else None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--json", type=Path, help="write the results (a list, one object per N)")
    parser.add_argument("--keep", type=Path,
                        help="folder for the growing store (grow.db, resumed) and a copy per size "
                        "(scale-N.db, measured; reused when present)")  # fmt: skip
    parser.add_argument(
        "--grow-only", action="store_true", help="build the copies, measure nothing"
    )
    parser.add_argument("--no-grow", dest="grow", action="store_false",
                        help="measure only the sizes whose copy exists in --keep")  # fmt: skip
    parser.add_argument("--move-last", action="store_true",
                        help="move the growing store to the largest size's copy instead of "
                        "copying it (saves disk and time; it cannot be grown further)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1,
                        help="processes preparing batches (SimHash, index text) for the writer")  # fmt: skip
    parser.add_argument("--no-start", dest="start", action="store_false",
                        help="skip the scrapy start measurement")  # fmt: skip
    parser.add_argument("--logs", type=Path, default=processes.ROOT / "benchmarks" / "out" / "logs")
    parser.add_argument("--neardup-repeats", type=int, default=3,
                        help="runs of the near-duplicate measure per size (median reported)")  # fmt: skip
    parser.add_argument("--large-archive", type=int, default=None,
                        help="the plugin's large_archive_articles for the Datasette pages "
                        "(0: never large, the pages before issue 16's fix)")  # fmt: skip
    args = parser.parse_args(argv)
    args.logs.mkdir(parents=True, exist_ok=True)
    env = report.environment()
    print(
        f"yunmei archive scale — {env['when']}, commit {env['commit']}, {env['cpus']} CPUs",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="yunmei-scale-") as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        live = keep / "grow.db"
        corpus = Corpus(args.seed)
        results = []
        baseline = {}
        if args.start and not args.grow_only:
            # the same start on an empty store: what Scrapy's own start-up costs on this machine
            empty = Path(tmp) / "empty.db"
            Store(empty).close()
            got = measure_start(empty, 0, args.logs)
            baseline = {"start_empty_first_response_s": got["start_first_response_s"],
                        "start_empty_peak_rss_mb": got["start_peak_rss_mb"]}  # fmt: skip
            print(f"empty store: {baseline}", flush=True)
        for n in sorted(args.sizes):
            copy = keep / f"scale-{n}.db"
            rate = None
            if not copy.exists():
                have = stored(live)
                if not args.grow or have > n:
                    print(f"[{n:,}] no copy and cannot grow to it (store holds {have:,}): skipped")
                    continue
                print(f"[{n:,}] growing from {have:,}", flush=True)
                rate = grow(live, corpus, have, n, workers=args.workers)
                checkpoint(live)
                # the near-duplicate sidecar goes with its store (else it is rebuilt at open)
                pairs = [(live, copy), (neardup.path_of(live), neardup.path_of(copy))]
                if args.move_last and n == max(args.sizes):
                    for src, dst in pairs:  # the biggest file is not copied: the sweep ends here
                        src.replace(dst)
                        for extra in ("-wal", "-shm"):
                            Path(f"{src}{extra}").unlink(missing_ok=True)
                else:
                    for src, dst in pairs:
                        shutil.copyfile(src, dst)
            if args.grow_only:
                continue
            result = measure(copy, n, args.logs, start=args.start,
                             neardup_repeats=args.neardup_repeats, large_archive=args.large_archive)  # fmt: skip
            result["write_articles_per_s"] = round(rate, 1) if rate else None
            result.update(baseline)
            result.update(env)
            results.append(result)
            report.print_table([result], TABLE)
            print(f"  views (ms): {result['views_ms']}", flush=True)
            print(f"  Datasette pages (ms): {result['datasette_pages_ms']}", flush=True)
            if result["datasette_failed"]:
                print(f"  Datasette pages that failed: {result['datasette_failed']}", flush=True)
        if not results:
            return 0
        print("\nsummary")
        report.print_table(results, TABLE)
        fitted = exponents(results)
        if fitted:
            print("exponents k (cost ~ N^k, least squares over the sizes): "
                  + ", ".join(f"{k} {v}" for k, v in fitted.items()))  # fmt: skip
            for r in results:
                r["fitted_exponents"] = fitted
        print("\nmarkdown:")
        report.print_table(results, TABLE, markdown=True)
        report.write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
