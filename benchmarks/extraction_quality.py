"""Extraction quality and cost: yunmei's ``extract_article`` against plain trafilatura.

    python benchmarks/extraction_quality.py [--data DIR] [--json FILE] [--check]

1. Quality, on the article-extraction benchmark (github.com/scrapinghub/article-extraction-
   benchmark; 181 real pages with ground truth; default ``../shared/benchmarks/article-
   extraction-benchmark/``). None of those pages is from our site, so ``extract_article``
   answers with its generic path (layer 5). Scored exactly like upstream ``evaluate.py``:
   ``\\w+`` tokens, 4-token shingles, per-page TP/FP/FN normalised by their sum, macro-averaged
   precision (pages with TP+FP > 0) and recall (pages with TP+FN > 0), F1 of the two means.
   trafilatura runs as upstream's ``extractors/run_trafilatura.py`` runs it.
2. Cost, on the page fixtures (tests/fixtures): median milliseconds per page of
   ``extract_article`` on pages its site layers handle, and of ``trafilatura.extract`` on the
   same decoded pages.

Targets (issue 3): yunmei F1 >= trafilatura F1 in the same run, yunmei F1 >= 0.95, and the
site layers under half of trafilatura's time per page. ``--check`` exits 1 when one is missed.
When the benchmark data is absent the quality part is skipped with a message (exit 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# run as a script, this folder comes first on sys.path; its modules must not shadow packages
# (a benchmarks/incremental.py would hide twisted's `incremental`)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "article-extraction-benchmark"
FIXTURES = ROOT / "tests" / "fixtures"
F1_FLOOR = 0.97
COST_CEILING = 0.5
OTHER_SITE_CEILING = 2.0  # CPU on other sites' pages, against trafilatura
PAGE_MARGIN = 0.1  # no page more than this below trafilatura's body F1

# --- the upstream metric (evaluate.py), reproduced -------------------------------------------
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _tokenize(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def _shingles(text: str | None, n: int = 4) -> Counter:
    tokens = _tokenize(text)
    out = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i : i + n])
        if shingle:
            out.append(shingle)
    return Counter(out)


def shingle_matching(true: str | None, pred: str | None) -> tuple[float, float, float]:
    true_sh, pred_sh = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in set(true_sh) | set(pred_sh):
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(rows: list[tuple[float, float, float]], accuracies: list[float]) -> dict[str, float]:
    precision = statistics.mean(_precision(*r) for r in rows if r[0] + r[1] > 0)
    recall = statistics.mean(_recall(*r) for r in rows if r[0] + r[2] > 0)
    return {
        "f1": 2 * precision * recall / (precision + recall),
        "precision": precision,
        "recall": recall,
        "accuracy": statistics.mean(accuracies),
    }


# --- runs ----------------------------------------------------------------------------------
def _trafilatura(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False)


def _yunmei(body: bytes, url: str, layers: Counter) -> str | None:
    from yunmei.extract import extract_article

    data = extract_article(body, url, {"Content-Type": "text/html; charset=utf-8"})
    layers[(data.get("extraction") or {}).get("body", "none")] += 1
    return data.get("body")


def quality(data_dir: Path) -> dict[str, Any]:
    truth = json.loads((data_dir / "ground-truth.json").read_text("utf-8"))
    runs: dict[str, dict[str, list]] = {
        name: {"rows": [], "acc": [], "ms": []} for name in ("yunmei", "trafilatura")
    }
    layers: Counter = Counter()
    for key in sorted(truth):
        raw = gzip.decompress((data_dir / "html" / f"{key}.html.gz").read_bytes())
        html = raw.decode("utf-8")
        url = truth[key].get("url") or f"https://example.com/{key}"
        expected = truth[key].get("articleBody", "")
        for name in ("yunmei", "trafilatura"):
            started = time.perf_counter()
            cpu = time.process_time()
            predicted = _yunmei(raw, url, layers) if name == "yunmei" else _trafilatura(html)
            runs[name]["cpu"] = runs[name].get("cpu", 0.0) + time.process_time() - cpu
            runs[name]["ms"].append((time.perf_counter() - started) * 1000)
            runs[name]["rows"].append(shingle_matching(expected, predicted))
            runs[name]["acc"].append(float(_tokenize(expected) == _tokenize(predicted)))
    result: dict[str, Any] = {"pages": len(truth)}
    for name, run in runs.items():
        metrics = score(run["rows"], run["acc"])
        metrics["median_ms"] = statistics.median(run["ms"])
        metrics["cpu_s"] = run.get("cpu", 0.0)
        result[name] = metrics
    # other sites' pages: CPU of extract_article against plain trafilatura (target <= 2)
    result["cpu_ratio"] = result["yunmei"]["cpu_s"] / (result["trafilatura"]["cpu_s"] or 1e-9)
    result["layers"] = dict(layers)
    # pages where yunmei's body F1 is more than PAGE_MARGIN below trafilatura's (issue 14)
    keys = sorted(truth)
    worse = []
    for key, ours, theirs in zip(
        keys, runs["yunmei"]["rows"], runs["trafilatura"]["rows"], strict=True
    ):
        a, b = page_f1(*ours), page_f1(*theirs)
        if a < b - PAGE_MARGIN:
            worse.append({"page": key, "yunmei": round(a, 3), "trafilatura": round(b, 3)})
    result["pages_worse_than_trafilatura"] = worse
    return result


def page_f1(tp: float, fp: float, fn: float) -> float:
    p, r = _precision(tp, fp, fn), _recall(tp, fp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def cost(repeat: int = 5) -> dict[str, Any]:
    """Median ms per page on the fixtures the site layers handle (no fallback, articles only)."""
    import trafilatura

    from yunmei.extract import extract_article
    from yunmei.extract.decode import decode_body
    from yunmei.fixtures import load_fixture

    fixtures = [load_fixture(p) for p in sorted(FIXTURES.iterdir()) if (p / "meta.json").exists()]
    ours: list[float] = []
    theirs: list[float] = []
    used = []
    for fx in fixtures:
        data = extract_article(fx.body, fx.url, fx.headers)
        if (data.get("extraction") or {}).get("body") not in ("selector", "text"):
            continue
        text = decode_body(fx.body, fx.headers).text
        trafilatura.extract(text, include_comments=False)  # warm both up
        a, b = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            extract_article(fx.body, fx.url, fx.headers)
            a.append(time.perf_counter() - started)
            started = time.perf_counter()
            trafilatura.extract(decode_body(fx.body, fx.headers).text, include_comments=False)
            b.append(time.perf_counter() - started)
        ours.append(statistics.median(a) * 1000)
        theirs.append(statistics.median(b) * 1000)
        used.append(fx.name)
    if not ours:
        return {"pages": 0}
    mine, other = statistics.median(ours), statistics.median(theirs)
    return {
        "pages": len(used),
        "yunmei_site_median_ms": mine,
        "trafilatura_median_ms": other,
        "ratio": mine / other if other else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--repeat", type=int, default=5, help="timing repeats per fixture")
    args = parser.parse_args(argv)

    report: dict[str, Any] = {}
    failures: list[str] = []
    if (args.data / "ground-truth.json").exists():
        q = quality(args.data)
        report["quality"] = q
        print(f"article-extraction-benchmark: {q['pages']} pages ({args.data})")
        print(f"yunmei body layers: {q['layers']}")
        print(
            f"{'extractor':<14}{'F1':>8}{'precision':>11}{'recall':>9}{'accuracy':>10}{'ms/page':>10}"
        )
        for name in ("yunmei", "trafilatura"):
            m = q[name]
            print(
                f"{name:<14}{m['f1']:>8.4f}{m['precision']:>11.4f}{m['recall']:>9.4f}"
                f"{m['accuracy']:>10.4f}{m['median_ms']:>10.2f}"
            )
        if q["yunmei"]["f1"] < q["trafilatura"]["f1"]:
            failures.append("yunmei F1 below trafilatura")
        print(
            f"CPU seconds: yunmei {q['yunmei']['cpu_s']:.1f}  trafilatura "
            f"{q['trafilatura']['cpu_s']:.1f}  ratio {q['cpu_ratio']:.2f} (target <= {OTHER_SITE_CEILING})"
        )
        if q["cpu_ratio"] > OTHER_SITE_CEILING:
            failures.append("other sites' pages over 2x trafilatura's CPU")
        worse = q["pages_worse_than_trafilatura"]
        print(f"pages with body F1 more than {PAGE_MARGIN} below trafilatura's: {len(worse)}")
        for row in worse:
            print(f"  {row['page']}: yunmei {row['yunmei']}  trafilatura {row['trafilatura']}")
        if worse:
            failures.append(f"{len(worse)} pages more than {PAGE_MARGIN} below trafilatura")
        if q["yunmei"]["f1"] < F1_FLOOR:
            failures.append(f"yunmei F1 below {F1_FLOOR}")
    else:
        print(f"article-extraction-benchmark not found at {args.data}: quality part skipped")
    c = cost(args.repeat)
    report["cost"] = c
    if c.get("pages"):
        print(
            f"\ncost on {c['pages']} fixtures handled by the site layers (median ms/page): "
            f"yunmei {c['yunmei_site_median_ms']:.2f}  trafilatura {c['trafilatura_median_ms']:.2f}  "
            f"ratio {c['ratio']:.2f} (target < {COST_CEILING})"
        )
        if c["ratio"] is None or c["ratio"] >= COST_CEILING:
            failures.append("site layers not under half of trafilatura's time")
    print("\ntargets: " + ("all met" if not failures else "; ".join(failures)))
    if args.json:
        report["failures"] = failures
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 1 if (failures and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
