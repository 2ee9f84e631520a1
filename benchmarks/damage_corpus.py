"""Damage corpus for ``normalize_text``: real clean text pushed through real decoding failures.

    python benchmarks/damage_corpus.py --write     # regenerate tests/data/normalize/damage/*.jsonl

Sources: the article bodies of the bundled snapshot (``data/sample/site``, committed as cases in
``tests/data/normalize/damage/``) and, at run time only, the pages of
``../shared/benchmarks/zh-news-dev`` (their text is never copied into the repo). Each source text
is cut into passages of one to four paragraphs; each passage goes through one failure mode with a
fixed seed. A case is ``{id, source, mode, split, damaged, expected, repairable}``: ``expected`` is
the clean original when the damage is lossless (the bytes are all still there), else the damaged
text itself (it must come back untouched and flagged ``mojibake_unrepaired``).

A quarter of the source documents (chosen by a hash of their name) form the ``blind`` split,
damaged with another seed; it is scored only at the end.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import hashlib
import json
import random
import re
from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "data" / "sample" / "site"
CASES = ROOT / "tests" / "data" / "normalize" / "damage"
ZH_NEWS_DEV = ROOT.parent / "shared" / "benchmarks" / "zh-news-dev"
SEEDS = {"dev": 13, "blind": 1013}
MIRROR_HOSTS = ("m.xvgold.com", "millafan.com", "www.juzitie.cn")
_CJK_RE = re.compile("[\u4e00-\u9fff]")

# --- failure modes: clean text -> (damaged text, lossless?) ------------------------------------
# each one is a real path by which a page's bytes get read with the wrong charset or cut short


def _misread(text: str, written: str, read: str) -> tuple[str, bool]:
    """Bytes written in one charset, read in another (undecodable bytes become U+FFFD)."""
    data = text.encode(written)
    damaged = data.decode(read, errors="replace")
    try:
        lossless = damaged.encode(read) == data
    except UnicodeEncodeError:
        lossless = False
    return damaged, lossless


def utf8_as_latin1(text: str, rng: random.Random) -> tuple[str, bool]:
    return _misread(text, "utf-8", "latin-1")


def utf8_as_cp1252(text: str, rng: random.Random) -> tuple[str, bool]:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252: what browsers do)

    return _misread(text, "utf-8", "sloppy-windows-1252")


def utf8_as_gbk(text: str, rng: random.Random) -> tuple[str, bool]:
    return _misread(text, "utf-8", "gbk")


def utf8_as_gb18030(text: str, rng: random.Random) -> tuple[str, bool]:
    return _misread(text, "utf-8", "gb18030")


def utf8_as_big5(text: str, rng: random.Random) -> tuple[str, bool]:
    return _misread(text, "utf-8", "big5")


def gbk_as_utf8(text: str, rng: random.Random) -> tuple[str, bool]:
    """GBK bytes read as UTF-8 and written back as UTF-8: the bytes are gone (U+FFFD)."""
    return _misread(text, "gbk", "utf-8")


def gbk_as_latin1(text: str, rng: random.Random) -> tuple[str, bool]:
    return _misread(text, "gbk", "latin-1")


def doubled_utf8_latin1(text: str, rng: random.Random) -> tuple[str, bool]:
    once, ok = utf8_as_cp1252(text, rng)
    twice, ok2 = utf8_as_cp1252(once, rng)
    return twice, ok and ok2


def doubled_utf8_gbk_latin1(text: str, rng: random.Random) -> tuple[str, bool]:
    once, ok = utf8_as_gbk(text, rng)
    twice, ok2 = utf8_as_latin1(once, rng)
    return twice, ok and ok2


def _truncate(text: str, codec: str, rng: random.Random) -> tuple[str, str]:
    """Cut the bytes inside a multibyte character near the end; (damaged, clean prefix)."""
    data = text.encode(codec)
    cuts = []
    offset = 0
    for index, char in enumerate(text):
        size = len(char.encode(codec))
        if size > 1 and index >= len(text) // 2:
            cuts.append((offset + rng.randrange(1, size), index))
        offset += size
    if not cuts:
        return text, text
    cut, index = rng.choice(cuts)
    # the clean prefix as normalized text prints it: no empty last paragraph
    return data[:cut].decode(codec, errors="replace"), text[:index].rstrip()


def truncated_utf8(text: str, rng: random.Random) -> tuple[str, str]:
    return _truncate(text, "utf-8", rng)


def truncated_gbk(text: str, rng: random.Random) -> tuple[str, str]:
    return _truncate(text, "gb18030", rng)


def question_replaced(text: str, rng: random.Random) -> tuple[str, bool]:
    """Written through a charset without Chinese: every character became ``?``."""
    return text.encode("latin-1", errors="replace").decode("latin-1"), False


def question_span(text: str, rng: random.Random) -> tuple[str, bool]:
    """A lossy decode swallowed a few characters inside a line: ``??`` in their place."""
    spans = [m.span() for m in re.finditer("[\u4e00-\u9fff]{3,}", text)]
    if not spans:
        return text, True
    start, end = rng.choice(spans)
    length = rng.randint(2, min(6, end - start))
    at = rng.randint(start, end - length)
    return text[:at] + "?" * length + text[at + length :], False


LOSSY_LINE = "lossy_line"
MIXED = "mixed_lines"
CLEAN = "clean"
MODES: dict[str, Callable[[str, random.Random], tuple[str, object]]] = {
    "utf8_as_latin1": utf8_as_latin1,
    "utf8_as_cp1252": utf8_as_cp1252,
    "utf8_as_gbk": utf8_as_gbk,
    "utf8_as_gb18030": utf8_as_gb18030,
    "utf8_as_big5": utf8_as_big5,
    "gbk_as_utf8": gbk_as_utf8,
    "gbk_as_latin1": gbk_as_latin1,
    "doubled_utf8_latin1": doubled_utf8_latin1,
    "doubled_utf8_gbk_latin1": doubled_utf8_gbk_latin1,
    "truncated_utf8": truncated_utf8,
    "truncated_gbk": truncated_gbk,
    "question_replaced": question_replaced,
    "question_span": question_span,
}
PASSAGE_MODES = ("truncated_utf8", "truncated_gbk", "question_span")
LINE_MODES = ("utf8_as_latin1", "utf8_as_cp1252", "utf8_as_gbk", "gbk_as_latin1")


def damage(passage: str, mode: str, rng: random.Random) -> tuple[str, str, bool]:
    """(damaged, expected, repairable) for one passage and one mode."""
    if mode == CLEAN:
        return passage, passage, True
    lines = passage.split("\n")
    if mode == LOSSY_LINE:
        # one paragraph lost to a charset without Chinese: a ``????`` line; the rest is clean
        at = rng.randrange(len(lines))
        lost, _ = question_replaced(lines[at], rng)
        kept = lines[:at] + lines[at + 1 :]
        return "\n".join([*lines[:at], lost, *lines[at + 1 :]]), "\n".join(kept), True
    if mode == MIXED:
        # one paragraph of a page copied from a wrongly decoded source, the others clean
        at = rng.randrange(len(lines))
        bad, ok = MODES[rng.choice(LINE_MODES)](lines[at], rng)
        damaged = "\n".join([*lines[:at], bad, *lines[at + 1 :]])
        return damaged, (passage if ok else damaged), bool(ok)
    if mode in PASSAGE_MODES:
        damaged, outcome = MODES[mode](passage, rng)
        if isinstance(outcome, str):  # truncation: the clean prefix is what can be had
            return damaged, outcome, True
        return damaged, (passage if outcome else damaged), bool(outcome)
    # a misreading works byte by byte, and a newline is the same byte in every charset here:
    # each paragraph is lossless or not on its own
    results = [MODES[mode](line, rng) for line in lines]
    damaged = "\n".join(bad for bad, _ok in results)
    expected = "\n".join(
        line if ok else bad for line, (bad, ok) in zip(lines, results, strict=True)
    )
    return damaged, expected, all(ok for _bad, ok in results)


ALL_MODES = (*MODES, LOSSY_LINE, MIXED, CLEAN)


# --- sources -----------------------------------------------------------------------------------


def _usable(line: str) -> bool:
    """A paragraph of ordinary Chinese prose: GBK-encodable, mostly Chinese, not too short."""
    if not 12 <= len(line) <= 300 or len(_CJK_RE.findall(line)) < 0.5 * len(line):
        return False
    try:
        line.encode("gbk")
    except UnicodeEncodeError:
        return False
    return "?" not in line and "\ufffd" not in line


def passages(text: str, rng: random.Random, limit: int) -> list[str]:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if _usable(line)]
    out = []
    index = 0
    while index < len(lines) and len(out) < limit:
        size = rng.randint(1, 4)
        out.append("\n".join(lines[index : index + size]))
        index += size
    return out


def snapshot_documents() -> Iterator[tuple[str, str]]:
    """(name, body) of every article page of the snapshot except mirror copies."""
    from yunmei.extract import extract_article

    routes = json.loads((SNAPSHOT / "routes.json").read_text("utf-8"))
    for path in sorted(SNAPSHOT.rglob("*.htm*")):
        relative = path.relative_to(SNAPSHOT).as_posix()
        if relative.startswith(MIRROR_HOSTS) or (
            "/p/" not in relative and "content_" not in relative
        ):
            continue
        url = "http://" + relative
        headers = routes.get(url, {}).get("headers")
        article = extract_article(path.read_bytes(), url, headers)
        if article.get("body"):
            yield relative, article["body"]


def shared_documents() -> Iterator[tuple[str, str]]:
    """(name, text) of the zh-news-dev pages (from ../shared only; nothing when it is absent)."""
    import trafilatura

    pages = ZH_NEWS_DEV / "pages"
    if not pages.is_dir():
        return
    for path in sorted(pages.glob("*.htm*")):
        text = trafilatura.extract(path.read_bytes(), include_comments=False, include_tables=False)
        if text:
            yield f"zh-news-dev/{path.name}", text


def split_of(name: str) -> str:
    return "blind" if hashlib.sha256(name.encode()).digest()[0] % 4 == 0 else "dev"


def build(documents: Iterator[tuple[str, str]], per_doc: int, reps: int = 1) -> list[dict]:
    """Cases from source documents, modes dealt round-robin so that each gets its share;
    each passage is damaged ``reps`` times (in different modes)."""
    cases = []
    counters = {"dev": 0, "blind": 0}
    rngs = {split: random.Random(seed) for split, seed in SEEDS.items()}
    for name, text in documents:
        split = split_of(name)
        rng = rngs[split]
        for passage in [p for p in passages(text, rng, per_doc) for _ in range(reps)]:
            mode = ALL_MODES[counters[split] % len(ALL_MODES)]
            counters[split] += 1
            if mode in (LOSSY_LINE, MIXED) and "\n" not in passage:
                mode = CLEAN if mode == LOSSY_LINE else rng.choice(LINE_MODES)
            damaged, expected, repairable = damage(passage, mode, rng)
            if damaged == passage and mode != CLEAN:
                continue  # the damage did not apply to this passage
            cases.append(
                {
                    "id": f"{name}#{len(cases)}",
                    "source": name,
                    "mode": mode,
                    "split": split,
                    "damaged": damaged,
                    "expected": expected,
                    "repairable": repairable,
                    "clean": passage,
                }
            )
    return cases


def snapshot_cases() -> list[dict]:
    """The committed snapshot cases (the corpus stands without ../shared)."""
    cases = []
    for path in sorted(CASES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            cases.extend(json.loads(line) for line in handle if line.strip())
    return cases


def shared_cases() -> list[dict]:
    return build(shared_documents(), per_doc=6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="regenerate the committed cases")
    args = parser.parse_args()
    cases = build(snapshot_documents(), per_doc=12, reps=4)
    if args.write:
        CASES.mkdir(parents=True, exist_ok=True)
        for split in SEEDS:
            with (CASES / f"snapshot-{split}.jsonl").open("w", encoding="utf-8") as handle:
                for case in cases:
                    if case["split"] == split:
                        handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    by_split = {s: sum(c["split"] == s for c in cases) for s in SEEDS}
    print(f"snapshot cases: {len(cases)} {by_split}")
    shared = shared_cases()
    by_split = {s: sum(c["split"] == s for c in shared) for s in SEEDS}
    print(f"zh-news-dev cases (run time only): {len(shared)} {by_split}")


if __name__ == "__main__":
    main()
