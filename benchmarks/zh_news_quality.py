"""Real Chinese news pages from other sites: yunmei against trafilatura, readability and GNE.

    python benchmarks/zh_news_quality.py [--data DIR] [--json FILE] [--check] [--pages]

Data: ``../shared/benchmarks/zh-news-dev/`` (68 real pages with hand labels, README there).
It is used from there only; when it is absent the run says so and exits 0.

Scored per extractor, all in one run on the same decoded pages:

- ``title``   exact headline (one of the accepted ones), compared after NFKC and whitespace
  removal (full/half-width punctuation is not a different headline);
- ``day``     publish date right, over pages whose label prints a date;
- ``minute``  publish time right to the minute, over pages whose label prints a time;
- ``author``  writer names: micro F1 over names (pages labelled ``UNKNOWN`` count any name
  given as a false positive), and the per-page mean (an ``UNKNOWN`` page scores 1 when no
  name is given); pages labelled null are not scored;
- ``body_has`` / ``body_lacks`` snippet checks, and body F1 (one token per CJK character)
  against ``body_reference`` where the label has one (a weak reference).

readability gives no time nor author; those cells stay empty. GNE runs when the ``gne``
package is installed (``pip install -e .[bench]``), otherwise its column says so.
Time: CPU seconds of each extractor over all pages and yunmei's ratio to trafilatura
(target <= 2 on other sites' pages).

Targets (issue 14): title >= 90 %, day >= 95 %, minute >= 85 %, author F1 >= 0.8, every
body_has found and every body_lacks absent. ``--check`` exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "zh-news-dev"
EXTRACTORS = ("yunmei", "trafilatura", "readability", "gne")
TARGETS = {"title": 0.90, "day": 0.95, "minute": 0.85, "author_f1": 0.80}
SPEED_CEILING = 2.0

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[T\s]*(?P<h>\d{1,2})\s*[:：时]\s*(?P<mi>\d{2}))?"
)
_CJK_OR_WORD = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")
_NAME_SPLIT = re.compile(r"[\s,，、;；/]+")


# --- the extractors, each returning {title, published, author, body} ------------------------
def run_yunmei(raw: bytes, html: str, url: str) -> dict[str, Any]:
    from yunmei.extract import extract_article

    data = extract_article(raw, url, None)
    names = [a["name"] for a in data.get("authors") or [] if a.get("role") == "text"]
    return {
        "title": data.get("title"),
        "published": data.get("published_at") or data.get("published_raw"),
        "author": names,
        "body": data.get("body"),
        "layers": data.get("extraction") or {},
    }


def run_trafilatura(raw: bytes, html: str, url: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": True, "outputformat": "%Y-%m-%d %H:%M"},
    )
    if doc is None:
        return {}
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    author = get("author")
    return {
        "title": get("title"),
        "published": get("date"),
        "author": [a for a in _NAME_SPLIT.split(author or "") if a],
        "body": get("text"),
    }


def run_readability(raw: bytes, html: str, url: str) -> dict[str, Any]:
    import lxml.html
    from readability import Document

    doc = Document(html, url=url)
    summary = doc.summary(html_partial=True)
    body = None
    if summary:
        tree = lxml.html.fromstring(summary)
        body = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    return {"title": doc.short_title(), "published": None, "author": None, "body": body}


def run_gne(raw: bytes, html: str, url: str) -> dict[str, Any]:
    from gne import GeneralNewsExtractor

    result = GeneralNewsExtractor().extract(html)
    author = result.get("author") or ""
    return {
        "title": result.get("title"),
        "published": result.get("publish_time"),
        "author": [a for a in _NAME_SPLIT.split(author) if a],
        "body": result.get("content"),
    }


RUNNERS = {
    "yunmei": run_yunmei,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
    "gne": run_gne,
}


def available(name: str) -> str | None:
    """None when the extractor can run, else why not."""
    module = {"trafilatura": "trafilatura", "readability": "readability", "gne": "gne"}.get(name)
    if module is None:
        return None
    try:
        __import__(module)
    except Exception as exc:  # an extractor that does not import is reported, not fatal
        return f"{module} not importable ({exc.__class__.__name__})"
    return None


# --- scoring --------------------------------------------------------------------------------
def fold(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def title_ok(predicted: str | None, accepted: list[str]) -> bool:
    return bool(predicted) and fold(predicted) in {fold(t) for t in accepted}


def parse_time(value: Any) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, HH:MM or None) from what an extractor gives."""
    if value is None:
        return None, None
    match = _DATE.search(str(value))
    if not match:
        return None, None
    day = f"{int(match['y']):04d}-{int(match['mo']):02d}-{int(match['d']):02d}"
    minute = f"{int(match['h']):02d}:{match['mi']}" if match["h"] is not None else None
    return day, minute


def author_counts(predicted: list[str] | None, label: str) -> tuple[int, int, int]:
    truth = set() if label == "UNKNOWN" else set(label.split())
    pred = {fold(n) for n in predicted or [] if fold(n)}
    tp = len(truth & pred)
    return tp, len(pred - truth), len(truth - pred)


def f1(tp: int, fp: int, fn: int) -> float:
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def body_tokens(text: str | None) -> list[str]:
    return _CJK_OR_WORD.findall(text or "")


def body_f1(reference: str, predicted: str | None) -> float:
    from collections import Counter

    ref, pred = Counter(body_tokens(reference)), Counter(body_tokens(predicted))
    tp = sum((ref & pred).values())
    return f1(tp, sum(pred.values()) - tp, sum(ref.values()) - tp)


# --- the run --------------------------------------------------------------------------------
def evaluate(data_dir: Path, names: list[str]) -> dict[str, Any]:
    from yunmei.extract.decode import decode_body

    labels = [
        json.loads(line)
        for line in (data_dir / "labels.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    stats: dict[str, dict[str, Any]] = {
        n: {
            "title": [0, 0],
            "day": [0, 0],
            "minute": [0, 0],
            "author": [0, 0, 0],
            "author_pages": [],
            "has": [0, 0],
            "lacks": [0, 0],
            "ref_f1": [],
            "cpu": 0.0,
            "misses": [],
        }
        for n in names
    }
    for label in labels:
        raw = (data_dir / label["file"]).read_bytes()
        html = decode_body(raw, None).text
        url = label.get("url") or f"https://example.invalid/{Path(label['file']).stem}.html"
        for name in names:
            s = stats[name]
            started = time.process_time()
            try:
                out = RUNNERS[name](raw, html, url) or {}
            except Exception as exc:  # a crash on a page scores as no output
                out = {"error": repr(exc)}
            s["cpu"] += time.process_time() - started
            miss: list[str] = []
            s["title"][1] += 1
            if title_ok(out.get("title"), label["title"]):
                s["title"][0] += 1
            else:
                miss.append(f"title={out.get('title')!r}")
            day, minute = parse_time(label.get("published"))
            got_day, got_minute = parse_time(out.get("published"))
            if day:
                s["day"][1] += 1
                s["day"][0] += got_day == day
                if got_day != day:
                    miss.append(f"day={got_day}")
            if minute:
                s["minute"][1] += 1
                s["minute"][0] += (got_day, got_minute) == (day, minute)
                if (got_day, got_minute) != (day, minute):
                    miss.append(f"minute={got_day} {got_minute}")
            if label.get("author") is not None and out.get("author") is not None:
                tp, fp, fn = author_counts(out["author"], label["author"])
                for k, v in enumerate((tp, fp, fn)):
                    s["author"][k] += v
                s["author_pages"].append(f1(tp, fp, fn))
                if fp or fn:
                    miss.append(f"author={out['author']}")
            body = fold(out.get("body"))
            for snippet in label.get("body_has") or []:
                s["has"][1] += 1
                s["has"][0] += fold(snippet) in body
                if fold(snippet) not in body:
                    miss.append(f"body lacks {snippet[:12]!r}")
            for snippet in label.get("body_lacks") or []:
                s["lacks"][1] += 1
                s["lacks"][0] += fold(snippet) not in body
                if fold(snippet) in body:
                    miss.append(f"body has {snippet[:12]!r}")
            if label.get("body_reference"):
                s["ref_f1"].append(body_f1(label["body_reference"], out.get("body")))
            if miss:
                s["misses"].append((label["file"], miss, out.get("layers")))
    report: dict[str, Any] = {"pages": len(labels)}
    for name, s in stats.items():
        tp, fp, fn = s["author"]
        report[name] = {
            "title": s["title"][0] / s["title"][1] if s["title"][1] else None,
            "day": s["day"][0] / s["day"][1] if s["day"][1] else None,
            "minute": s["minute"][0] / s["minute"][1] if s["minute"][1] else None,
            "author_f1": f1(tp, fp, fn) if s["author_pages"] else None,
            "author_page_mean": (
                sum(s["author_pages"]) / len(s["author_pages"]) if s["author_pages"] else None
            ),
            "body_has": f"{s['has'][0]}/{s['has'][1]}",
            "body_lacks": f"{s['lacks'][0]}/{s['lacks'][1]}",
            "body_has_all": s["has"][0] == s["has"][1],
            "body_lacks_all": s["lacks"][0] == s["lacks"][1],
            "ref_body_f1": sum(s["ref_f1"]) / len(s["ref_f1"]) if s["ref_f1"] else None,
            "cpu_s": s["cpu"],
            "counts": {k: s[k] for k in ("title", "day", "minute", "author")},
            "misses": s["misses"],
        }
    if "trafilatura" in report and report["trafilatura"]["cpu_s"]:
        report["yunmei_cpu_ratio"] = report["yunmei"]["cpu_s"] / report["trafilatura"]["cpu_s"]
    return report


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="zh-news-dev folder")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--pages", action="store_true", help="list yunmei's misses per page")
    parser.add_argument("--only", nargs="*", choices=EXTRACTORS, help="run only these")
    args = parser.parse_args(argv)
    if not (args.data / "labels.jsonl").exists():
        print(f"zh-news-dev not found at {args.data}: skipped")
        return 0
    names, missing = [], {}
    for name in args.only or EXTRACTORS:
        why = available(name)
        if why:
            missing[name] = why
        else:
            names.append(name)
    report = evaluate(args.data, names)
    report["unavailable"] = missing
    print(f"zh-news-dev: {report['pages']} pages ({args.data})")
    rows = (
        ("title exact", "title", _pct),
        ("publish day", "day", _pct),
        ("minute (where printed)", "minute", _pct),
        ("author F1 (names, micro)", "author_f1", _num),
        ("author F1 (page mean)", "author_page_mean", _num),
        ("body_has found", "body_has", str),
        ("body_lacks absent", "body_lacks", str),
        ("body F1 vs reference (2)", "ref_body_f1", _num),
        ("CPU seconds", "cpu_s", lambda v: f"{v:.2f}"),
    )
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for label, key, fmt in rows:
        cells = []
        for name in names:
            value = report[name][key]
            no_field = name == "readability" and key in ("day", "minute", "author_f1")
            cells.append("–" if no_field or value is None else fmt(value))
        print(f"| {label} | " + " | ".join(cells) + " |")
    for name, why in missing.items():
        print(f"{name}: not run — {why}")
    failures: list[str] = []
    if "yunmei" in report:
        y = report["yunmei"]
        for key, floor in TARGETS.items():
            if y[key] is None or y[key] < floor:
                failures.append(f"{key} {y[key]} < {floor}")
        if not y["body_has_all"]:
            failures.append(f"body_has {y['body_has']}")
        if not y["body_lacks_all"]:
            failures.append(f"body_lacks {y['body_lacks']}")
        ratio = report.get("yunmei_cpu_ratio")
        if ratio is not None:
            print(f"\nyunmei CPU / trafilatura CPU on these pages: {ratio:.2f} (target <= 2)")
            if ratio > SPEED_CEILING:
                failures.append(f"cpu ratio {ratio:.2f} > {SPEED_CEILING}")
        if args.pages:
            for file, miss, layers in y["misses"]:
                print(f"  {file}: {'; '.join(miss)}  {layers or ''}")
    print("\ntargets: " + ("all met" if not failures else "; ".join(failures)))
    if args.json:
        report["failures"] = failures
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n", "utf-8"
        )
    return 1 if (failures and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
