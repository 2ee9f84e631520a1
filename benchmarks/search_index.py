"""Measure the store on a synthetic corpus: write speed, index sizes, search times, and the
trigram alternative we did not choose. Prints the figures quoted in docs/schema.md.

    .venv/bin/python benchmarks/search_index.py [--articles 5000] [--chars 1500] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from yunmei.store import Store
from yunmei.store import search as fts
from yunmei.store import simhash as sh
from yunmei.store.writer import ArticleWriter

# the 500-odd most frequent characters of modern Chinese news text, roughly in frequency order
COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质更教车史委务际消料空风且列志太石际压须商解土步青般布片花共达律"
    "湛江霞山赤坎麻章坡头遂溪廉江雷州吴川徐闻港湾岛海渔荔枝菠萝红树林台风"
)
TARGETS = {"湛江": 0.30, "一等奖": 0.05, "坡头": 0.05, "雄鹰擂台赛": 0.002, "Zhanjiang": 0.02}
QUERIES = ["湛江", "一等奖", "雄鹰擂台赛", "zhanjiang", "一等奖 坡头"]


def make_corpus(n: int, chars: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    # Zipf-like: a few characters and words are very common, most are rare, as in real text
    char_cum = list(accumulate(1 / (i + 1) for i in range(len(COMMON))))
    vocab = [
        "".join(rng.choices(COMMON, cum_weights=char_cum, k=rng.choice([1, 2, 2, 2, 2, 3, 3, 4])))
        for _ in range(30_000)
    ]
    vocab_weights = list(accumulate(1 / (i + 1) ** 0.9 for i in range(len(vocab))))
    items = []
    for i in range(n):
        parts, length = [], 0
        while length < chars:
            sentence = "".join(rng.choices(vocab, cum_weights=vocab_weights, k=12)) + rng.choice(
                "，。、；"
            )
            parts.append(sentence)
            length += len(sentence)
        for word, share in TARGETS.items():
            if rng.random() < share:
                parts.insert(rng.randrange(len(parts)), word)
        body = "\n".join("".join(parts[j : j + 6]) for j in range(0, len(parts), 6))
        article_id = str(2_900_000 + i)
        items.append(
            {
                "url": f"https://www.gdzjdaily.com.cn/p/{article_id}.html",
                "article_id": article_id,
                "title": "".join(rng.choices(vocab, cum_weights=vocab_weights, k=5)),
                "body": body,
                "published_at": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00+08:00",
                "source": "湛江云媒",
                "authors": [{"name": f"记者{i % 50}", "role": "text", "title": "记者"}],
                "editors": [{"name": f"编辑{i % 9}", "duty": "editor"}],
                "images": [
                    {"url": f"https://new-img.gdzjdaily.com.cn/a/{i}.jpeg", "caption": None}
                ],
                "events": [],
            }
        )
    return items


def sizes(conn: sqlite3.Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        key = "articles_fts (index)" if name.startswith("articles_fts") else (
            "trigram (index)" if name.startswith("trigram_fts") else (
                "articles (table)" if name == "articles" else (
                    "simhash band indexes" if name.startswith("articles_simhash") else "other")))  # fmt: skip
        out[key] = out.get(key, 0) + size
    return out


def timed(fn, repeat: int = 15) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--chars", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--keep", help="write the database to this folder and keep it")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    for p in folder.glob("bench.db*"):
        p.unlink()

    items = make_corpus(args.articles, args.chars)
    text_mb = sum(len(i["title"].encode()) + len(i["body"].encode()) for i in items) / 1e6
    print(
        f"corpus: {len(items)} articles, ~{args.chars} characters each, {text_mb:.1f} MB of UTF-8 text"
    )

    t = time.perf_counter()
    for i in range(0, len(items) // 10):
        sh.simhash(items[i]["body"])
    simhash_ms = (time.perf_counter() - t) / max(1, len(items) // 10) * 1000

    store = Store(db)
    t = time.perf_counter()
    for i in range(0, len(items), args.batch):
        store.save_articles(items[i : i + args.batch])
    write_s = time.perf_counter() - t
    rows = len(items) * 4  # article + author + editor + image
    print(f"write: {write_s:.1f} s = {len(items) / write_s:,.0f} articles/s ({rows / write_s:,.0f} rows/s), "
          f"batches of {args.batch}; of which SimHash {simhash_ms:.2f} ms/article")  # fmt: skip
    t = time.perf_counter()
    store.save_articles(items[:500])
    print(f"re-crawl of 500 unchanged: {(time.perf_counter() - t) * 1000:.0f} ms")
    writer = ArticleWriter(store.conn)
    probe = sh.simhash(items[7]["body"])
    lookup_ms = timed(lambda: writer.find_original("x", "none", probe, True), repeat=50)
    print(f"near-duplicate lookup (4 band indexes): {lookup_ms:.3f} ms")
    store.conn.execute("VACUUM")
    store.close()

    conn = sqlite3.connect(db)
    total = db.stat().st_size
    print(f"\ndatabase {total / 1e6:.1f} MB after VACUUM")
    for name, size in sorted(sizes(conn).items(), key=lambda kv: -kv[1]):
        print(f"  {name:<24} {size / 1e6:7.1f} MB")

    print("\nsearch (Python search(), limit 20, median of 15):")
    for q in QUERIES:
        hits = len(fts.search(conn, q, limit=100_000))
        ms = timed(lambda q=q: fts.search(conn, q, limit=20))
        print(f"  {q:<12} {hits:>5} hits  {ms:7.2f} ms")
    ms = timed(lambda: conn.execute(fts.PLAIN_SQL_SEARCH, {"q": "一等奖 坡头"}).fetchall())
    print(f"  plain-SQL search.sql for '一等奖 坡头': {ms:.2f} ms")

    # the alternative: trigram tokenizer over the same text (external content, no copy)
    conn.execute(
        "CREATE VIRTUAL TABLE trigram_fts USING fts5(title, subtitle, body, content='articles', "
        "content_rowid='doc_id', tokenize='trigram')"
    )
    t = time.perf_counter()
    conn.execute("INSERT INTO trigram_fts(trigram_fts) VALUES ('rebuild')")
    conn.commit()
    build_s = time.perf_counter() - t
    trigram = sizes(conn).get("trigram (index)", 0)
    print(
        f"\nalternative: trigram tokenizer index {trigram / 1e6:.1f} MB (built in {build_s:.1f} s)"
    )
    for q in ("一等奖", "雄鹰擂台赛"):
        ms = timed(
            lambda q=q: conn.execute(
                "SELECT rowid FROM trigram_fts WHERE trigram_fts MATCH ? ORDER BY rank LIMIT 20",
                (f'"{q}"',),
            ).fetchall()
        )
        print(f"  trigram MATCH {q:<8} {ms:7.2f} ms")
    n = conn.execute(
        "SELECT count(*) FROM trigram_fts WHERE trigram_fts MATCH '\"湛江\"'"
    ).fetchone()[0]
    print(f"  trigram MATCH 湛江 finds {n} rows (two characters are below a trigram)")
    ms = timed(
        lambda: conn.execute("SELECT count(*) FROM articles WHERE body LIKE '%湛江%'").fetchone(),
        repeat=5,
    )
    print(f"  LIKE '%湛江%' full scan {ms:7.2f} ms")
    conn.close()
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
