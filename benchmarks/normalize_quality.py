"""Quality of ``normalize_text`` on the damage corpus (benchmarks/damage_corpus.py).

    python benchmarks/normalize_quality.py                 # dev split (tuned on)
    python benchmarks/normalize_quality.py --split blind   # the blind split: score only at the end
    python benchmarks/normalize_quality.py --scaling       # CPU time against input length

A case is exact when the text is the expected one and the flags tell the truth: a lossy case
carries ``mojibake_unrepaired``, a lossless one does not, no case is ``traditional_converted``
(the corpus holds no traditional text), and a clean passage comes back unchanged and unflagged.
Character accuracy is difflib's ratio against the expected text. ``--scaling`` normalizes
``?``-damaged text of growing length and prints CPU ms per 1,000 characters (flat = linear).
``--crawl-texts N`` times normalization alone on the texts of the crawl benchmark's synthetic
site of N articles (CPU ms per page): the crawl's own CPU ms/article is too noisy on a shared
machine to show a difference of a fraction of a millisecond.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import difflib
import json
import random
import time
from collections import defaultdict

from benchmarks import damage_corpus
from yunmei.normalize import normalize_text

UNREPAIRED = "mojibake_unrepaired"
TRADITIONAL = "traditional_converted"


def judge(case: dict) -> dict:
    result = normalize_text(case["damaged"])
    flagged = UNREPAIRED in result.flags
    text_ok = result.text == case["expected"]
    flags_ok = flagged != case["repairable"] and TRADITIONAL not in result.flags
    if case["mode"] == damage_corpus.CLEAN:
        flags_ok = flags_ok and not result.flags
    return {
        "exact": text_ok and flags_ok,
        "text_ok": text_ok,
        "accuracy": difflib.SequenceMatcher(
            None, result.text, case["expected"], autojunk=False
        ).ratio(),
        "flagged": flagged,
        "traditional": TRADITIONAL in result.flags,
        "clean_changed": case["mode"] == damage_corpus.CLEAN
        and (result.text != case["expected"] or bool(result.flags)),
        "output": result.text,
        "flags": sorted(result.flags),
    }


def score(cases: list[dict]) -> dict:
    judged = [(case, judge(case)) for case in cases]
    n = len(judged)
    lossy = [j for c, j in judged if not c["repairable"]]
    flagged = [(c, j) for c, j in judged if j["flagged"]]
    by_mode: dict[str, list[bool]] = defaultdict(list)
    for case, verdict in judged:
        by_mode[case["mode"]].append(verdict["exact"])
    return {
        "cases": n,
        "exact": sum(j["exact"] for _c, j in judged) / n,
        "char_accuracy": sum(j["accuracy"] for _c, j in judged) / n,
        "unrepaired_precision": (
            sum(not c["repairable"] for c, _j in flagged) / len(flagged) if flagged else 1.0
        ),
        "unrepaired_recall": sum(j["flagged"] for j in lossy) / len(lossy) if lossy else 1.0,
        "lossy_cases": len(lossy),
        "traditional_converted_false": sum(j["traditional"] for _c, j in judged),
        "clean_changed_or_flagged": sum(j["clean_changed"] for _c, j in judged),
        "clean_cases": sum(c["mode"] == damage_corpus.CLEAN for c, _j in judged),
        "by_mode": {m: f"{sum(v)}/{len(v)}" for m, v in sorted(by_mode.items())},
        "failures": [
            {
                "id": c["id"],
                "mode": c["mode"],
                "damaged": c["damaged"][:120],
                "expected": c["expected"][:120],
                "output": j["output"][:120],
                "flags": j["flags"],
            }
            for c, j in judged
            if not j["exact"]
        ],
    }


def scaling(sizes: list[int]) -> list[dict]:
    """CPU ms per 1,000 characters of ``?``-damaged text (a lossy GBK decode of real prose)."""
    cases = damage_corpus.snapshot_cases()
    # one long paragraph: damage runs are bounded by lines, so a single line is the worst case
    prose = "".join(c["clean"].replace("\n", "") for c in cases if c["mode"] == damage_corpus.CLEAN)
    rng = random.Random(7)
    chars = list(prose)
    for index in rng.sample(range(len(chars)), len(chars) // 8):
        chars[index] = "?"
    damaged = "".join(chars)
    normalize_text(damaged[:500])  # the character model and OpenCC load once, outside the timing
    rows = []
    for size in sizes:
        text = (damaged * (size // len(damaged) + 1))[:size]
        start = time.process_time()
        normalize_text(text)
        cpu = time.process_time() - start
        rows.append({"chars": size, "cpu_s": cpu, "ms_per_1k_chars": 1000 * cpu / (size / 1000)})
    return rows


def crawl_texts_cpu(articles: int, rounds: int = 10) -> dict:
    """CPU ms of ``normalize_text`` per page on the synthetic site the crawl benchmark uses:
    the texts ``extract_article`` hands it are recorded once, then normalized ``rounds`` times."""
    import tempfile

    import yunmei.normalize
    from benchmarks import sitegen
    from yunmei.extract import extract_article

    with tempfile.TemporaryDirectory(prefix="yunmei-normalize-") as tmp:
        sitegen.generate(tmp, articles)
        pages = sorted(Path(tmp).rglob("*.htm*"))
        texts: list[str] = []
        original = yunmei.normalize.normalize_text

        def record(text: str):
            texts.append(text)
            return original(text)

        yunmei.normalize.normalize_text = record
        try:
            for page in pages:
                extract_article(page.read_bytes(), "http://" + page.relative_to(tmp).as_posix())
        finally:
            yunmei.normalize.normalize_text = original
    start = time.process_time()
    for _ in range(rounds):
        for text in texts:
            original(text)
    cpu = (time.process_time() - start) / rounds
    return {"pages": len(pages), "calls": len(texts), "cpu_ms_per_page": 1000 * cpu / len(pages)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "blind", "all"], default="dev")
    parser.add_argument("--source", choices=["all", "snapshot", "shared"], default="all")
    parser.add_argument("--failures", type=int, default=0, help="print this many failures")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument(
        "--crawl-texts", type=int, metavar="N", help="CPU per page on a synthetic site of N"
    )
    args = parser.parse_args()
    if args.crawl_texts:
        print(crawl_texts_cpu(args.crawl_texts))
        return
    if args.scaling:
        rows = scaling([1000, 2000, 4000, 8000, 16000, 32000])
        for row in rows:
            print(
                f"{row['chars']:>6} chars  {row['cpu_s']:7.3f} s  {row['ms_per_1k_chars']:7.1f} ms/1k"
            )
        return
    cases = []
    if args.source in ("all", "snapshot"):
        cases += damage_corpus.snapshot_cases()
    if args.source in ("all", "shared"):
        cases += damage_corpus.shared_cases()
    if args.split != "all":
        cases = [c for c in cases if c["split"] == args.split]
    figures = score(cases)
    failures = figures.pop("failures")
    for key, value in figures.items():
        print(f"{key:28} {value:.3f}" if isinstance(value, float) else f"{key:28} {value}")
    for failure in failures[: args.failures]:
        print(json.dumps(failure, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({**figures, "failures": failures}, ensure_ascii=False, indent=1)
        )


if __name__ == "__main__":
    main()
