"""Text normalization for every stored text field: ``normalize_text(text) -> NormalizedText``.

Detection first, repair second, conversion last. Steps, in order; each one that changes the
text adds a flag (``NormalizedText.flags``) and says what it found (``NormalizedText.evidence``):

1. detection and lossless repair, line by line:
   - a line mostly of ``?`` is a paragraph a lossy decode threw away: dropped when real
     paragraphs remain (-> ``lost_lines_removed``), else kept           -> ``mojibake_unrepaired``
   - a wrong decode (UTF-8 or GBK read as Latin-1/cp1252, UTF-8 read as GBK/GB18030/Big5, or
     two of these in a row) is undone only when no byte is lost: the repaired line encodes back
     to exactly the bytes the damaged line came from                 -> ``mojibake_repaired``
   - byte soup no charset reverses (several U+FFFD; or mostly unusual characters whose bytes
     read as UTF-8 — the round trip betrays them) is frozen: never converted, never "cleaned",
     kept as it came                                                 -> ``mojibake_unrepaired``;
     soup of non-Chinese characters gets step 3's re-alignment first and is frozen if that fails
   - one U+FFFD ending a line is half a character cut off             -> ``truncated_char_removed``
2. inline pinyin after a CJK character, ``號(hào)``, is removed          -> ``pinyin_removed``
3. GBK byte-misalignment runs (site-spec §5.2, ``?!薄耙怨さ貫榧遥``) are re-aligned and kept only
   when clearly more plausible                     -> ``mojibake_repaired`` / ``mojibake_unrepaired``;
   a byte the damage swallowed is never invented: it is guessed only when the model (or the
   pinyin printed after it) leaves little doubt, else it stays ``?`` and the text is flagged;
   ``????`` indent artefacts are dropped                         -> ``indent_artifacts_removed``;
   ``??`` left among Chinese characters is lost text               -> ``mojibake_unrepaired``
4. traditional text (detected, never assumed) is converted with OpenCC t2s, frozen lines never
                                                                  -> ``traditional_converted``
5. Unicode hygiene: NFC, no zero-width/control characters or BOMs (-> ``unicode_cleaned``);
   paragraph indents stripped, inner whitespace runs collapsed, one paragraph per line,
   full-width punctuation kept as it is (whitespace layout alone adds no flag).

Time is linear in the input: a re-aligned run is bounded (``_MAX_RUN``) and every scan starts
where the last one ended (``benchmarks/normalize_quality.py --scaling`` shows it).
A U+FFFD left in the result always comes with ``replacement_chars``. ``normalize_text`` never
raises on a ``str`` and is idempotent. Plausibility is judged with a character unigram model of
Chinese news text (``yunmei/data/char_freq.txt``, built by ``scripts/build_char_freq.py``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252: cp1252 the way browsers read it
import opencc

from yunmei.site import site_profile

__all__ = ["NORMALIZE_FLAGS", "NormalizedText", "normalize_text"]

MOJIBAKE_REPAIRED = "mojibake_repaired"
MOJIBAKE_UNREPAIRED = "mojibake_unrepaired"
PINYIN_REMOVED = "pinyin_removed"
TRADITIONAL_CONVERTED = "traditional_converted"
INDENT_ARTIFACTS_REMOVED = "indent_artifacts_removed"
UNICODE_CLEANED = "unicode_cleaned"
REPLACEMENT_CHARS = "replacement_chars"
LOST_LINES_REMOVED = "lost_lines_removed"
TRUNCATED_CHAR_REMOVED = "truncated_char_removed"

NORMALIZE_FLAGS = frozenset(
    {
        MOJIBAKE_REPAIRED,
        MOJIBAKE_UNREPAIRED,
        PINYIN_REMOVED,
        TRADITIONAL_CONVERTED,
        INDENT_ARTIFACTS_REMOVED,
        UNICODE_CLEANED,
        REPLACEMENT_CHARS,
        LOST_LINES_REMOVED,
        TRUNCATED_CHAR_REMOVED,
    }
)

# through importlib.resources so the model loads from a zipped egg too (scrapyd)
_DATA = resources.files("yunmei").joinpath("data/char_freq.txt")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    flags: frozenset[str] = frozenset()
    # what each step found, one line per finding (not part of the value: two equal texts with
    # equal flags are equal)
    evidence: tuple[str, ...] = field(default=(), compare=False)


# --- the character model ----------------------------------------------------------------------

_SCALE = 10_000_000
_COMMON_RANK = 4000  # hanzi ranked below this count as ordinary (the rest is "rare")
_LOGP_RARE_HANZI = -13.5  # GB2312 but not in the table
_LOGP_UNKNOWN_HANZI = -16.0
_LOGP_ASCII_WORD = -5.5
_LOGP_SPACE = -4.5
_LOGP_ASCII_PUNCT = -6.0
_LOGP_QUESTION = -9.0
_LOGP_SYMBOL = -10.0
_LOGP_ALIEN = -18.0  # kana, Cyrillic, box drawing, PUA ... inside Chinese text

_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# ǖǘǚǜ -> ü keeps lǜ apart from lù
_TONELESS = str.maketrans(_TONE_MARKS, "aaaaeeeeiiiioooouuuuüüüünnnm")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# scripts a GBK misalignment produces but Chinese news text hardly uses (kana, box drawing, PUA ...)
_ALIEN_RE = re.compile(
    "[\u0080-\u009f\u0400-\u04ff"
    "\u2500-\u257f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\uac00-\ud7af\ue000-\uf8ff"
    "\ufffd]"
)
# symbols news text uses: not damage on their own
_SYMBOLS = "°±×÷℃‰№§©®™€£¥￥‧•·①②③④⑤⑥⑦⑧⑨⑩"


@dataclass(frozen=True)
class _Model:
    logp: dict[str, float]
    readings: dict[str, tuple[str, ...]]
    syllables: frozenset[str]
    bad_re: re.Pattern[str]  # one character that is not ordinary in Chinese news text


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@functools.cache
def _model() -> _Model:
    logp: dict[str, float] = {}
    readings: dict[str, tuple[str, ...]] = {}
    ordinary: list[str] = []
    hanzi_rank = 0
    with _DATA.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip("\n"):
                continue
            char, count, reading = line.rstrip("\n").split("\t")
            logp[char] = math.log(int(count) / _SCALE)
            if reading:
                readings[char] = tuple(reading.split(","))
                hanzi_rank += 1
                if hanzi_rank <= _COMMON_RANK:
                    ordinary.append(char)
            else:
                ordinary.append(char)
    # the traditional forms of ordinary characters are ordinary too (mirror pages)
    traditional = _s2t().convert("\n".join(ordinary)).split("\n")
    good = set(ordinary) | {t for t in traditional if len(t) == 1}
    syllables = frozenset(r.translate(_TONELESS) for rs in readings.values() for r in rs)
    good_class = "".join(sorted(good)).replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^")
    good_class = good_class.replace("-", "\\-")
    bad_re = re.compile(
        f"[^\\s\\x21-\\x3e\\x40-\\x7e{_TONE_MARKS}\uff01-\uff5e\u3000-\u3003\u3008-\u3011"
        f"\u2018\u2019\u201c\u201d\u2026\u2014\u2013\u00a0{_SYMBOLS}{good_class}]"
    )
    return _Model(logp=logp, readings=readings, syllables=syllables, bad_re=bad_re)


@functools.lru_cache(maxsize=65536)
def _t2s_char(char: str) -> str:
    converted = _t2s().convert(char)
    return converted if len(converted) == 1 else char


# where the characters t2s converts one by one lie (the tests check every plane up to 3)
_T2S_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00), (0x20000, 0x323B0))


@functools.cache
def _t2s_table() -> dict[int, str]:
    """``_t2s_char`` of every character it changes, for ``str.translate``."""
    chars = [chr(c) for lo, hi in _T2S_RANGES for c in range(lo, hi)]
    # one call for all (one by one is 5x slower); no t2s phrase spans a newline
    converted = _t2s().convert("\n".join(chars)).split("\n")
    return {ord(c): s for c, s in zip(chars, converted, strict=True) if s != c and len(s) == 1}


@functools.cache
def _t2s_changed() -> frozenset[str]:
    """The characters ``_t2s_char`` changes: text without any is its own simplified view (a set:
    a character class of five thousand of them, astral ones among them, is searched linearly)."""
    return frozenset(map(chr, _t2s_table()))


def _t2s_view(text: str) -> str:
    """The text with each character converted alone."""
    return text.translate(_t2s_table())


@functools.lru_cache(maxsize=65536)
def _logp(char: str) -> float:
    """ln P(char) in news text; traditional forms score as their simplified form."""
    model = _model()
    value = model.logp.get(char)
    if value is not None:
        return value
    code = ord(char)
    if _is_hanzi(char):
        simple = _t2s_char(char)
        value = model.logp.get(simple)
        if value is not None:
            return value
        return _LOGP_RARE_HANZI if _in_gb2312(simple) else _LOGP_UNKNOWN_HANZI
    if char == "?":
        return _LOGP_QUESTION
    if code < 0x80:
        if char.isalnum():
            return _LOGP_ASCII_WORD
        return _LOGP_SPACE if char.isspace() else _LOGP_ASCII_PUNCT
    if _ALIEN_RE.match(char) or unicodedata.category(char) in ("Co", "Cs", "Cn", "Cc"):
        return _LOGP_ALIEN
    return _LOGP_SYMBOL


def _is_hanzi(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


def _mean_logp(text: str) -> float:
    if not text:
        return 0.0
    return sum(_logp(c) for c in text) / len(text)


@functools.lru_cache(maxsize=65536)
def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# --- step 5 (run first and last): Unicode hygiene ---------------------------------------------

_NEWLINES_RE = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c]")
_NEWLINE_MARKS = "\r\u2028\u2029\x0b\x0c"
# zero-width, bidi controls, BOM, soft hyphen, C0/C1 controls except tab and newline
_INVISIBLE_RE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SPACES = " \t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACE_RUN_RE = re.compile(f"[{_SPACES}]+")


def _no_surrogates(text: str, flags: set[str]) -> str:
    if _SURROGATE_RE.search(text):
        # lone surrogates only come from broken decoding; they would break every encoder below
        flags.add(UNICODE_CLEANED)
        return _SURROGATE_RE.sub("\ufffd", text)
    return text


def _clean_unicode(text: str, flags: set[str]) -> str:
    stripped = _INVISIBLE_RE.sub("", text)
    composed = unicodedata.normalize("NFC", stripped)
    if composed != text:
        flags.add(UNICODE_CLEANED)
    return composed


_OTHER_SPACES = _SPACES[1:]


def _layout(text: str) -> str:
    """Each line stripped and its space runs collapsed; empty lines dropped (all in C)."""
    if "  " in text or any(space in text for space in _OTHER_SPACES):
        text = _SPACE_RUN_RE.sub(" ", text)
    # single spaces now: the one before or after a line break is the line's end or start
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    while "\n\n" in text:
        text = text.replace("\n\n", "\n")
    return text.strip(" \n")


# --- step 1: detection, then lossless repair of wrong decodes, line by line -------------------

# (read as, written in): a page's bytes written in one charset and read with another; Big5 and
# the Latin ones are listed because their mojibake looks like traditional Chinese or Latin text
_MISREADINGS = (
    ("latin-1", "utf-8"),
    ("sloppy-windows-1252", "utf-8"),
    ("latin-1", "gb18030"),
    ("sloppy-windows-1252", "gb18030"),
    ("gbk", "utf-8"),
    ("gb18030", "utf-8"),
    ("big5", "utf-8"),
)
_SINGLE_BYTE = frozenset({"latin-1", "sloppy-windows-1252"})
_MAX_DEPTH = 2  # a doubled encoding (UTF-8 read as cp1252 twice) needs two undos
_SOUP_SHARE = 0.35  # clean lines of the corpus stay under 0.17 of unusual characters
_SOUP_MIN = 4  # unusual characters a line needs before it can be called soup
_SOUP_CODECS = ("gb18030", "big5", "latin-1", "sloppy-windows-1252")
_UTF8_SHARE = 0.6  # share of high bytes in valid UTF-8 sequences that betrays UTF-8 bytes
_LOST_SHARE = 0.5  # a line mostly of "?" is a paragraph a lossy decode threw away
_LOST_MIN = 4
_REPLACEMENT = "\ufffd"
# sentence-final particles of a real question: a "?" after one of them is a question mark
_QUESTION_FINAL = "吗呢么吧啊呀嘛哪谁啥否麼嗎"
# two or more "?" touching a Chinese character, or a few characters between two "?" inside
# Chinese text (the mark of a broken GBK pair on each side): characters a lossy decode replaced
_LOST_RUN_RE = re.compile(
    f"(?<=[0-9{_CJK}\u3001-\u3011\uff01-\uff1f\u201c\u201d])(?<![{_QUESTION_FINAL}])\\?{{2,}}"
    f"|\\?{{2,}}(?=[0-9{_CJK}])"
    f"|(?<![?A-Za-z{_QUESTION_FINAL}])\\?[^\\x00-\\x7f?]{{1,3}}\\?"
)


def _undo_misreading(line: str, read: str, written: str) -> str | None:
    """The text before ``written`` bytes were read as ``read``: only if no byte is lost."""
    if _REPLACEMENT in line:
        return None  # a byte already lost: no charset brings it back
    if read in _SINGLE_BYTE and line and max(line) > "\u2122":
        return None  # beyond cp1252's last character (™; U+FFFD left above): no encode to fail
    try:
        data = line.encode(read)
        candidate = data.decode(written)
    except (UnicodeError, LookupError):
        return None
    # lossless: the candidate accounts for every character of the line, and only for them
    return candidate if candidate != line and candidate.encode(written) == data else None


def _lossless_repairs(line: str) -> list[tuple[str, str]]:
    """(candidate, evidence) for every chain of up to two undone misreadings."""
    found: list[tuple[str, str]] = []
    frontier = [(line, "")]
    for _ in range(_MAX_DEPTH):
        following = []
        for text, chain in frontier:
            for read, written in _MISREADINGS:
                candidate = _undo_misreading(text, read, written)
                if candidate is not None:
                    step = f"{written} read as {read}"
                    following.append((candidate, f"{chain} then {step}" if chain else step))
        found.extend(following)
        frontier = following
    return found


def _unusual_count(line: str) -> int:
    """The second half of :func:`_unusual` alone."""
    bad_re = _model().bad_re
    return sum(1 for c in bad_re.findall(line) if ord(c) >= 0x80 and not _INVISIBLE_RE.match(c))


def _unusual(line: str) -> tuple[int, int]:
    """(non-ASCII characters, unusual ones among them) by the character model; invisible
    characters are hygiene's business, not evidence of a wrong decode."""
    wide = sum(1 for c in line if ord(c) >= 0x80 and not c.isspace())
    return wide, _unusual_count(line)


def _reads_as_utf8(line: str) -> bool:
    """Round trip: re-encoded in a Chinese charset, the line is mostly valid UTF-8 sequences
    (real GBK/Big5 text almost never is); a U+FFFD in it is a byte already lost."""
    for codec in _SOUP_CODECS:
        data = line.encode(codec, errors="ignore")
        high = sum(1 for b in data if b >= 0x80)
        if high < 2 * _SOUP_MIN:
            continue
        decoded = data.decode("utf-8", errors="replace")
        valid = sum(len(c.encode()) for c in decoded if ord(c) >= 0x80 and c != _REPLACEMENT)
        if valid >= _UTF8_SHARE * high:
            return True
    return False


def _soup(line: str) -> str | None:
    """Evidence that a line is byte soup no charset reverses, or None: several U+FFFD, or
    mostly unusual characters that are UTF-8 bytes read with a Chinese charset ("utf-8") or
    not Chinese at all ("foreign": maybe GBK bytes shifted by one, which step 3 re-aligns)."""
    if line.count(_REPLACEMENT) >= 2:
        return "lost bytes (U+FFFD)"
    unusual = _unusual_count(line)
    if unusual < _SOUP_MIN:
        return None  # the common case, told without counting every character of the line
    if unusual < _SOUP_SHARE * _unusual(line)[0]:
        return None
    if _reads_as_utf8(line):
        return "utf-8"
    foreign = sum(1 for c in line if ord(c) >= 0x80 and _logp(c) <= _LOGP_ALIEN)
    return "foreign" if foreign >= _SOUP_MIN else None


def _is_soup(line: str) -> bool:
    return _soup(line) is not None


def _is_lost(line: str) -> bool:
    marks = line.count("?")
    if marks < _LOST_MIN:
        return False
    return marks >= _LOST_SHARE * sum(1 for c in line if not c.isspace())


@dataclass
class _Line:
    text: str
    frozen: bool = False  # detected as damage no step may touch (kept as it is, flagged)
    suspect: bool = False  # soup unless step 3 re-aligns it: kept as it is if that fails
    run: bool = False  # several clean lines in a row, joined (steps treat them as one block)


def _triage(text: str, flags: set[str], evidence: list[str]) -> list[_Line]:
    """Detection first: each line is clean, repaired losslessly, lost, or frozen soup."""
    lines = text.split("\n")
    suspects = _lines_with_unusual(text)
    out: list[_Line] = []
    lost: list[int] = []
    clean_from = 0  # index of the first line of the clean run not yet in ``out``
    for number in sorted(suspects):
        if number - 1 > clean_from:  # the fast path: the lines with nothing unusual at all
            out.append(_Line("\n".join(lines[clean_from : number - 1]), run=True))
        clean_from = number
        verdict, line, detail = _line_verdict(lines[number - 1])
        if verdict == "lost":
            lost.append(len(out))
            out.append(_Line(line, frozen=True))
            continue
        if verdict == "repaired":
            flags.add(MOJIBAKE_REPAIRED)
            evidence.append(f"line {number}: {detail}, lossless")
        elif verdict == "foreign":
            out.append(_Line(line, suspect=True))
            continue
        elif verdict == "soup":
            flags.add(MOJIBAKE_UNREPAIRED)
            evidence.append(f"line {number}: soup, {detail}, kept")
            out.append(_Line(line, frozen=True))
            continue
        elif verdict == "cut":
            flags.add(TRUNCATED_CHAR_REMOVED)
            evidence.append(f"line {number}: cut inside a character, half character dropped")
        out.append(_Line(line))
    if clean_from < len(lines):
        out.append(_Line("\n".join(lines[clean_from:]), run=True))
    if lost:
        kept = sum(
            sum(1 for part in line.text.split("\n") if part.strip(_SPACES))
            if line.run
            else bool(line.text.strip(_SPACES))
            for line in out
        )
        if len(lost) < kept:
            # a paragraph lost to a lossy decode among real ones: nothing of it is left to keep
            for index in reversed(lost):
                del out[index]
            flags.add(LOST_LINES_REMOVED)
            evidence.append(f"{len(lost)} line(s) of '?' dropped")
        else:
            flags.add(MOJIBAKE_UNREPAIRED)
            evidence.append("every line is '?': kept as it is")
    return out


@functools.lru_cache(maxsize=4096)
def _line_verdict(line: str) -> tuple[str, str, str]:
    """(verdict, line as kept, detail) of a line with an unusual character: the same lines
    (a site's slogan, a mirror's footer) come back page after page."""
    if _is_lost(line):
        return "lost", line, ""
    repaired = _repair_decode(line)
    if repaired is not None:
        return "repaired", repaired[0], repaired[1]
    kind = _soup(line)
    if kind == "foreign":
        return "foreign", line, ""
    if kind is not None:
        wide, unusual = _unusual(line)
        return "soup", line, f"{kind} ({unusual}/{wide} unusual)"
    if line.rstrip(_SPACES).endswith(_REPLACEMENT) and line.count(_REPLACEMENT) == 1:
        # a text cut inside a multibyte character: the half character is no character
        return "cut", line.rstrip(_SPACES)[:-1], ""
    return "clean", line, ""


def _lines_with_unusual(text: str) -> set[int]:
    """Numbers (from 1) of the lines with a character the model finds unusual: one search
    over the whole text, not one per line."""
    found: set[int] = set()
    bad_re = _model().bad_re
    number, start = 1, 0  # the line searched from and where it starts
    match = bad_re.search(text)
    while match is not None:
        number += text.count("\n", start, match.start())
        found.add(number)
        # the next line: the rest of this one needs no look
        start = text.find("\n", match.start()) + 1
        if not start:
            break
        number += 1
        match = bad_re.search(text, start)
    return found


def _repair_decode(line: str) -> tuple[str, str] | None:
    """The likeliest lossless undoing of a wrong decode, if clearly likelier than the line."""
    best = None
    for candidate, how in _lossless_repairs(line):
        if _is_soup(candidate):
            continue  # undoing one layer of a doubled misreading that ends in soup repairs nothing
        if _clearly_better(candidate, line) and (
            best is None or _mean_logp(candidate) > _mean_logp(best[0])
        ):
            best = (candidate, how)
    return best


def _clearly_better(candidate: str, original: str) -> bool:
    new, old = _mean_logp(candidate), _mean_logp(original)
    return new >= -9.5 and new - old >= 2.0


def _flag_lost_runs(text: str, flags: set[str], evidence: list[str]) -> None:
    """``??`` or ``?字?`` inside Chinese text left after repair: characters lost, never guessed."""
    if "?" in text and _LOST_RUN_RE.search(text):
        flags.add(MOJIBAKE_UNREPAIRED)
        evidence.append("'??' among Chinese characters: characters lost")


# --- step 2: inline pinyin --------------------------------------------------------------------

_SYLLABLE = f"[a-zü{_TONE_MARKS}]{{1,7}}"
# the look-behinds come after the first character: a pattern that starts with a class is
# scanned for that class in C, one that starts with a look-behind is tried at every position
_PINYIN_RE = re.compile(f"[(（](?<=[{_CJK}][(（])({_SYLLABLE})[)）]")
# a lost character whose "(" went with it: ``皥?bào)`` (only inside GBK damage)
_PINYIN_REMNANT_RE = re.compile(f"\\?[(（]?({_SYLLABLE})[)）]")
_ORPHAN_PINYIN_RE = re.compile(f"[(（](?<![{_CJK}?\\s][(（])({_SYLLABLE})[)）]")
_LONE_TRAIL_RE = re.compile(
    "[\x40-\x7e](?<=[^\x00-\x3e\x40-\x7f][\x40-\x7e])(?=[^\x00-\x7f]|[,.;:!?])"
)
_ANNOTATION_RE = re.compile(f"[(（]({_SYLLABLE})[)）]")
_ANNOTATION_TAIL_RE = re.compile(f"({_SYLLABLE})[)）]")


def _is_pinyin(syllable: str, host: str | None) -> bool:
    """A tone-marked syllable, or an untoned one that is a reading of its host character."""
    model = _model()
    bare = syllable.translate(_TONELESS)
    if bare not in model.syllables:
        return False
    if bare != syllable:
        return True
    if host is None:
        return False
    return syllable in model.readings.get(_t2s_char(host), ())


def _remove_pinyin(text: str, flags: set[str]) -> str:
    if "(" not in text and "（" not in text:
        return text

    def drop(match: re.Match[str]) -> str:
        before = match.string[match.start() - 1]
        return "" if _is_pinyin(match.group(1), before) else match.group(0)

    for _ in range(4):  # ``號(hào)(hào)`` needs a second round
        result = _PINYIN_RE.sub(drop, text)
        if result == text:
            break
        flags.add(PINYIN_REMOVED)
        text = result
    return text


# --- step 3: GBK byte-misalignment runs -------------------------------------------------------

# an indent the mirror's lossy decode turned into "??": never before punctuation (lost words are)
_INDENT_RE = re.compile("(?m)^[ \t\u00a0\u3000]*\\?{2,}(?=[^?\n,.;:!)，。、；：！）])")
_MAX_RUN = 300  # characters re-aligned in one go: bounds the cost of a run (linear time)
_GAP = 6  # damaged characters this close belong to one run
_LOOKBACK = 60  # how far before a run its start ("?") is looked for
# re-alignment starts tried per text: dense "??" every few characters made every run re-read its
# neighbours (0.8 s for 1,200 characters); damage beyond the budget stays flagged, unrepaired
_STARTS_BUDGET_BASE, _STARTS_PER_CHAR = 64, 1 / 8
_ATTEMPT_SEVERITY = 2.0  # e.g. a "?" next to a rare character: worth trying a re-alignment
_FLAG_SEVERITY = 2.5  # left unrepaired, this much damage is flagged
# GBK bytes of the full-width form of each ASCII mark ("!" -> "！" -> a3 a1)
_FULLWIDTH = {chr(c): tuple(chr(c + 0xFEE0).encode("gb18030")) for c in range(0x21, 0x7F)}
_WIDE_QUESTION = _FULLWIDTH.pop("?")
_SILENT_LOSS_COST = 5.0  # the seed's damage always marks the broken pair with "?"
_JUNK_COST = 8.0  # an inserted byte that formed a valid pair: possible, never seen
_WIDE_COST = 1.0  # "!" was "！" (the seed's mirror made all full-width forms half-width)
_WIDE_QUESTION_COST = 4.0  # "?" was "？" rather than the mark of a broken pair
_SECOND_JUNK_COST = 4.0  # "?" is a second junk byte inside a run
_EXPANSION_BUDGET = 12  # byte readings tried per start: enough for the seed, bounded in time
_FILL_POSTERIOR = 0.8  # a guessed byte needs this share of the probability of all its options
_READING_POSTERIOR = 0.6  # ... when the printed pinyin already narrowed them down
_PUNCT_FILL = frozenset("。，、；：！？")
_PUNCT_CONTEXT_ODDS = math.log(4)  # "。”" and "，“" are among the commonest pairs in news text
_PUNCT_CONTEXT = frozenset(
    [(p, q) for p in "。！？" for q in "”’」』"] + [(p, q) for p in "，：" for q in "“‘「『"]
)
_PUNCT_FOLLOWERS = frozenset(q for _p, q in _PUNCT_CONTEXT)
_CHAR_BONUS = 7.0  # about minus the mean log-probability of a character in news text
_LONE_TRAIL_COST = 6.0  # a letter between two characters, as in "紫仍u定"
_READING_BONUS = 5.0  # log-odds that a matching printed reading adds to a repair
_MIN_GAIN_PER_CHAR = 1.5  # log-likelihood a repair must win per character it replaces


def _severity(char: str) -> float:
    if char == "?":
        return 1.0
    if _is_hanzi(char):
        return 1.0 if _in_gb2312(char) else 1.5
    if _logp(char) <= _LOGP_ALIEN:
        return 2.0
    return 1.0


@functools.lru_cache(maxsize=65536)
def _gbk_bytes(char: str) -> bytes | None:
    try:
        encoded = char.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded) == 2 else None


_HIGH_RUN_RE = re.compile("[^\x00-\x7f]+")


def _gbk_run(chars: str) -> bytes | None:
    """The GBK bytes of ``chars`` if every one is a two-byte character (as ``_gbk_bytes``)."""
    try:
        encoded = chars.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded) == 2 * len(chars) else None


@functools.lru_cache(maxsize=131072)
def _gbk_char(lead: int, trail: int) -> str | None:
    try:
        char = bytes((lead, trail)).decode("gb18030")
    except UnicodeDecodeError:
        return None
    if len(char) != 1 or "\ue000" <= char <= "\uf8ff":
        return None
    return char


def _fill(lead: int | None, trail: int | None, reading: str | None, after: str) -> str | None:
    """The character a pair with one unknown byte most plausibly was, or None if unsure.

    ``reading`` is the pinyin the mirror printed after it, ``after`` the character that follows.
    """
    # a character that follows none of the punctuation pairs reads as no character at all
    return _fill_in_context(lead, trail, reading, after if after in _PUNCT_FOLLOWERS else "")


@functools.lru_cache(maxsize=4096)
def _fill_in_context(
    lead: int | None, trail: int | None, reading: str | None, after: str
) -> str | None:
    if lead is None and trail is None:
        return None
    if lead is None:
        pairs = [(b, trail) for b in range(0x81, 0xFF)]
    else:
        pairs = [(lead, b) for b in range(0x40, 0xFF) if b != 0x7F]
    scored: list[tuple[float, str]] = []
    for pair in pairs:
        char = _gbk_char(*pair)
        if char is None:
            continue
        if reading is not None:
            readings = _model().readings.get(_t2s_char(char), ())
            if reading not in readings:
                continue
        context = _PUNCT_CONTEXT_ODDS if (char, after) in _PUNCT_CONTEXT else 0.0
        scored.append((_logp(char) + context, char))
    if not scored:
        return None
    best_logp, best = max(scored)
    posterior = 1.0 / sum(math.exp(logp - best_logp) for logp, _ in scored)
    if posterior < (_READING_POSTERIOR if reading is not None else _FILL_POSTERIOR):
        return None
    if best in _PUNCT_FILL and (best, after) not in _PUNCT_CONTEXT:
        # unigram odds favour punctuation everywhere; only its usual company confirms it
        return None
    return best


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    unknown: int  # characters that stay lost ("?")
    lost_ascii: bool  # an ASCII character swallowed by the damage could not be restored
    prior: float  # log-odds against the kind of damage assumed (the seed's kind costs nothing)


def _expand(
    chars: str, pos: int, end: int, units: list[int | None], base: int = 0
) -> Iterator[tuple[list[int | None], int, str, float]]:
    """Byte readings of ``chars[pos:]`` until the GBK alignment resyncs.

    Yields (units, index after the run, tail, cost) where tail is ``"("`` when a lost ``(`` is
    restored before a pinyin remnant and ``"\\0"`` when a lost ASCII byte cannot be restored;
    cost is the log-odds against the half-width punctuation assumed to have been full-width when
    the bytes shifted (the mirror made ``！`` ``!``, and perhaps ``？`` ``?``).
    """
    # a reading with a pair that is no GBK character is dropped by the caller (``_decode_units``):
    # it is cut short here, its budget spent as its continuations would have spent it
    stack: list[tuple[int, list[int | None], float, int]] = [(pos, units, 0.0, 0)]
    budget = _EXPANSION_BUDGET
    while stack and budget:
        budget -= 1
        i, current, cost, valid = stack.pop()
        current = list(current)
        while True:
            odd = len(current) % 2 == 1
            if i >= end or i - pos > _MAX_RUN:
                yield current, i, "", cost
                break
            char = chars[i - base]  # ``chars`` starts at ``base`` in the text
            code = ord(char)
            if code >= 0x80:
                # a whole run of two-byte characters at once (clean text re-read shifted is long)
                stretch = _HIGH_RUN_RE.match(chars, i - base, min(end, pos + _MAX_RUN + 1) - base)
                run = stretch.group()
                encoded = _gbk_run(run)
                if encoded is None:
                    run = run[: next(k for k, c in enumerate(run) if _gbk_bytes(c) is None)]
                    encoded = _gbk_run(run) or b""
                current.extend(encoded)
                i += len(run)
                valid = _valid_pairs(current, valid)
                if valid < 0:
                    if stack:  # what the dead branches cost matters only to readings left
                        budget -= _dead_pops(chars, i, pos, end, base, budget)
                    break
                if i < stretch.end() + base:  # a character GBK has no two bytes for
                    yield current, i, "", cost
                    break
                continue
            if char == "?":
                stack.append(
                    (i + 1, [*current, *_WIDE_QUESTION], cost + _WIDE_QUESTION_COST, valid)
                )
                # a second junk byte: the "?" is the junk itself and the run goes on
                stack.append((i + 1, current, cost + _SECOND_JUNK_COST, valid))
                if odd:
                    yield [*current, None], i + 1, _lost_after(chars, i - base), cost
                else:
                    yield current, i, "", cost
                break
            wide = _FULLWIDTH.get(char)
            if wide is not None:
                stack.append((i + 1, [*current, *wide], cost + _WIDE_COST, valid))
            if odd:
                if 0x40 <= code < 0x7F:
                    yield [*current, code], i + 1, "", cost
                elif wide is None:
                    yield [*current, None], i, "\0", cost
            else:
                yield current, i, "", cost
            break


_NOT_A_PAIR_RE = re.compile("[\x00-\x7f\ue000-\uf8ff]")  # what ``_gbk_char`` refuses


def _valid_pairs(units: list[int | None], valid: int) -> int:
    """How many leading units are whole pairs ``_gbk_char`` reads (pairs with a None count:
    they are guessed later), checked from ``valid`` on; -1 if one of them is no character."""
    stop = len(units) - len(units) % 2
    pairs = units[valid:stop]
    if None in pairs:
        for index in range(valid, stop, 2):
            lead, trail = units[index], units[index + 1]
            if lead is not None and trail is not None and _gbk_char(lead, trail) is None:
                return -1
        return stop
    try:
        decoded = bytes(pairs).decode("gb18030")  # type: ignore[arg-type]
    except UnicodeDecodeError:
        return -1
    # two bytes per character and none of them ASCII: every pair read as itself
    if 2 * len(decoded) != len(pairs) or _NOT_A_PAIR_RE.search(decoded):
        return -1
    return stop


def _dead_pops(chars: str, i: int, pos: int, end: int, base: int, budget: int) -> int:
    """Stack entries ``_expand`` would pop (at most ``budget``) for the readings that branch off
    a reading from ``i`` on: the same walk without the bytes."""
    pops = 0
    pending = _branches(chars, i, pos, end, base)
    while pending and pops < budget:
        pops += 1
        pending += _branches(chars, pending.pop(), pos, end, base)
    return pops


def _branches(chars: str, i: int, pos: int, end: int, base: int) -> list[int]:
    """Where the readings ``_expand`` pushes at the end of a reading from ``i`` start."""
    while i < end and i - pos <= _MAX_RUN:
        char = chars[i - base]
        if ord(char) >= 0x80:
            stretch = _HIGH_RUN_RE.match(chars, i - base, min(end, pos + _MAX_RUN + 1) - base)
            if _gbk_run(stretch.group()) is None:
                return []  # stops at a character GBK has no two bytes for
            i = stretch.end() + base
            continue
        if char == "?":
            return [i + 1, i + 1]
        return [i + 1] if char in _FULLWIDTH else []
    return []


def _lost_after(chars: str, index: int) -> str:
    """What the ``?`` at ``index`` swallowed besides a trail byte: ``(`` before pinyin, or unknown."""
    remnant = _PINYIN_REMNANT_RE.match(chars, index)
    if remnant is None:
        return "\0"
    return "" if remnant.group(0)[1] in "(（" else "("


def _next_unknown(units: list[int | None], start: int, size: int) -> int:
    try:
        return units.index(None, start)
    except ValueError:
        return size


def _gbk_pairs(units: list[int | None]) -> str | list[str] | None:
    """``_gbk_char`` of each pair of ``units`` (no None among them), or None if one is none."""
    try:
        decoded = bytes(units).decode("gb18030")  # type: ignore[arg-type]
    except UnicodeDecodeError:
        decoded = ""
    # two bytes per character and none of them ASCII: every pair read as itself
    if 2 * len(decoded) == len(units) and not _NOT_A_PAIR_RE.search(decoded):
        return decoded
    chars = [_gbk_char(units[i], units[i + 1]) for i in range(0, len(units), 2)]  # type: ignore[arg-type]
    return None if None in chars else chars  # type: ignore[return-value]


def _decode_units(units: list[int | None], reading: str | None) -> tuple[str, int] | None:
    """Decode re-aligned bytes; None when a pair is not GBK at all."""
    if len(units) % 2:
        units = [*units, None]
    out: list[str | None] = []
    index, size = 0, len(units)
    while index < size:
        # the whole pairs before the next unknown byte: one decode in C reads them all
        stop = _next_unknown(units, index, size) & ~1
        if stop > index:
            chars = _gbk_pairs(units[index:stop])
            if chars is None:
                return None
            out.extend(chars)
        if stop < size:
            out.append(None)
        index = stop + 2
    unknown = 0
    last = len(out) - 1
    for index, char in enumerate(out):
        if char is not None:
            continue
        after = (out[index + 1] or "") if index < last else ""
        lead, trail = units[2 * index], units[2 * index + 1]
        filled = _fill(lead, trail, reading if index == last else None, after)
        if filled is None:
            filled = "?"
            unknown += 1
        out[index] = filled
    return "".join(out), unknown  # type: ignore[arg-type]


def _realign_candidates(
    text: str, start: int, line_end: int, simplified: bool, unusual: bool
) -> Iterator[_Candidate]:
    """Re-alignments of the run from ``start``; ``unusual`` kinds of damage are tried apart."""
    variants: list[tuple[int, list[int | None], float]] = []
    if text[start] == "?":
        if not unusual:
            variants.append((start + 1, [None], 0.0))  # "?" = the lead byte whose pair broke
    elif not unusual:
        variants.append((start, [None], _SILENT_LOSS_COST))  # a lead byte lost without trace
    else:
        encoded = _gbk_bytes(text[start])
        if encoded is not None:
            variants.append((start + 1, [encoded[0]], _JUNK_COST))  # a junk trail byte came in
            variants.append((start + 1, [encoded[1]], _JUNK_COST))  # a junk lead byte came in
    if not variants:
        return
    view, base, stop = text, 0, line_end
    if simplified:
        # the mirror may have converted the damaged run to traditional after the bytes shifted;
        # only the window a run can reach is converted (the whole line made many runs quadratic)
        stop = min(line_end, start + _MAX_RUN + 2)
        if _t2s_changed().isdisjoint(text[start:stop]):
            return  # reads the same simplified (the common case: found without converting)
        window = text[start:stop]
        simple = _t2s_view(window)  # character by character: the window of the whole text's view
        if simple == window:
            return
        view, base = simple + text[stop : stop + 16], start
    for pos, prefix, prior in variants:
        for units, end, tail, cost in _expand(view, pos, stop, prefix, base):
            if len(units) < 2:
                continue
            # the pinyin printed after the last character tells what it was
            annotation = (_ANNOTATION_TAIL_RE if tail == "(" else _ANNOTATION_RE).match(text, end)
            reading = annotation.group(1) if annotation else None
            decoded = _decode_units(units, reading)
            if decoded is None:
                continue
            repaired, unknown = decoded
            lost = tail == "\0"
            restored = repaired + ("(" if tail == "(" else "")
            yield _Candidate(start, end, restored, unknown, lost, prior + cost)


def _damage(text: str, model: _Model, pos: int) -> list[tuple[int, float, bool]]:
    """Signs of damage from ``pos`` on: (index, weight, strong evidence)."""
    signs = []
    for match in model.bad_re.finditer(text, pos):
        char = match.group()
        weight = _severity(char)
        signs.append((match.start(), weight, weight >= 2.0 or char == "?"))
    if "(" in text or "（" in text:
        # pinyin printed after something that is not a character: its host was split
        for match in _ORPHAN_PINYIN_RE.finditer(text, pos + 1):
            if _is_pinyin(match.group(1), None):
                signs.append((match.start() - 1, 1.5, True))
    # a lone letter between characters: the trail byte of a split GBK pair (``評`` = d4 75 "u")
    for match in _LONE_TRAIL_RE.finditer(text, pos):
        broken = text[match.start() - 1] == "?"  # "?T": a lost lead byte and its trail
        signs.append((match.start(), 2.0 if broken else 1.0, broken))
    signs.sort()
    return signs


def _runs(
    text: str, signs: list[tuple[int, float, bool]], pos: int
) -> Iterator[tuple[int, int, float, bool]]:
    """Clusters of damage signs: (first, last, severity, strong evidence)."""
    first = last = -1
    severity = 0.0
    strong = False
    # start at ``pos`` by bisection: rescanning from the first sign made many runs quadratic
    for index, weight, sure in itertools.islice(
        signs, bisect.bisect_left(signs, (pos, -math.inf, False)), None
    ):
        if first >= 0 and (index - last > _GAP or "\n" in text[last:index]):
            yield first, last, severity, strong
            first = -1
        if first < 0:
            first, severity, strong = index, 0.0, False
        last = index
        severity += weight
        strong = strong or sure
    if first >= 0:
        yield first, last, severity, strong


def _repair_runs(text: str, flags: set[str]) -> str:
    """Re-align the GBK bytes of each cluster of damage; keep a repair only when clearly likelier.

    A run starts at a broken pair (the mirror's ``?``), the GBK bytes of the characters after it
    are re-read one byte earlier, and a byte the damage swallowed is guessed only when the
    character model (or the pinyin the mirror printed after it) leaves little doubt; otherwise
    it stays ``?`` and the text is flagged ``mojibake_unrepaired``.
    """
    if "??" in text:
        dropped = _INDENT_RE.sub("", text)
        if dropped != text:
            flags.add(INDENT_ARTIFACTS_REMOVED)
            text = dropped
    model = _model()
    if not model.bad_re.search(text):
        return text
    signs = _damage(text, model, 0)
    pieces: list[str] = []
    done = pos = 0
    starts_left = _STARTS_BUDGET_BASE + int(len(text) * _STARTS_PER_CHAR)
    while True:
        run = next((r for r in _runs(text, signs, pos) if r[2] >= _ATTEMPT_SEVERITY), None)
        if run is None:
            break
        first, last, severity, strong = run
        line_start = text.rfind("\n", 0, first) + 1
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        lo = max(done, line_start)
        # a shift starts at a broken pair ("?"), maybe before plausible-looking garbage, or
        # at a two-byte character near the first sign of damage
        starts = sorted(
            {i for i in range(max(lo, first - 3), min(first + 3, line_end)) if _can_start(text[i])}
            | set(_find_all(text, "?", max(lo, first - _LOOKBACK), last + 1))
        )
        starts_left -= len(starts)
        if starts_left < 0:
            if strong and severity >= _FLAG_SEVERITY:
                flags.add(MOJIBAKE_UNREPAIRED)
            pos = last + 1
            continue
        best = _best_repair(text, starts, line_end, signs)
        if best is None:
            if strong and severity >= _FLAG_SEVERITY:
                flags.add(MOJIBAKE_UNREPAIRED)
            pos = last + 1
            continue
        pieces.append(text[done : best.start])
        pieces.append(best.text)
        done = pos = best.end
        flags.add(MOJIBAKE_REPAIRED)
        if best.unknown or best.lost_ascii:
            flags.add(MOJIBAKE_UNREPAIRED)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _can_start(char: str) -> bool:
    return char == "?" or (ord(char) >= 0x80 and _gbk_bytes(char) is not None)


def _find_all(text: str, char: str, lo: int, hi: int) -> list[int]:
    found = []
    index = text.find(char, lo, hi)
    while index >= 0:
        found.append(index)
        index = text.find(char, index + 1, hi)
    return found


def _score(text: str, lo: int = 0, hi: int | None = None) -> float:
    """Log-likelihood of ``text[lo:hi]``, read in the context of the whole ``text``."""
    hi = len(text) if hi is None else hi
    # the bonus makes an average character score zero, so dropping text is not a free win
    score = sum(_logp(c) for c in text[lo:hi]) + _CHAR_BONUS * (hi - lo)
    # a letter between two characters is far rarer in Chinese text than a letter on its own
    for match in _LONE_TRAIL_RE.finditer(text, lo, hi + 1):
        if match.start() >= hi:
            break
        score -= _LONE_TRAIL_COST
    return score


def _best_repair(
    text: str, starts: list[int], line_end: int, signs: list[tuple[int, float, bool]]
) -> _Candidate | None:
    """The re-alignment that makes the line likeliest, if it is clearly likelier than the text."""
    # the likely kinds of damage first: the unusual ones only when those explain nothing
    for simplified, unusual in ((False, False), (False, True), (True, False), (True, True)):
        candidates = [
            candidate
            for start in starts
            for candidate in _realign_candidates(text, start, line_end, simplified, unusual)
        ]
        best = _pick(text, starts, candidates, signs)
        if best is not None:
            return best
    return None


def _pick(
    text: str,
    starts: list[int],
    candidates: list[_Candidate],
    signs: list[tuple[int, float, bool]],
) -> _Candidate | None:
    if not candidates:
        return None
    lo = min(starts)
    right = max(candidate.end for candidate in candidates)
    base = _score(text, lo, right)
    best: _Candidate | None = None
    best_gain = 0.0
    for candidate in candidates:
        repaired = candidate.text.rstrip("(")
        if candidate.unknown >= len(repaired) or _mean_logp(repaired) < -9.0:
            continue
        evidence = _evidence(signs, candidate.start, candidate.end)
        if evidence < _ATTEMPT_SEVERITY:
            continue  # never rewrite text that shows no damage of its own
        if candidate.unknown > text.count("?", candidate.start, candidate.end) and not _strong(
            signs, candidate.start, candidate.end
        ):
            continue  # rare but clean characters ("蔡昊钰") must not become "?" on a weak hunch
        total = (
            _score(text, lo, candidate.start)
            + _score(repaired)
            + _score(text, candidate.end, right)
        )
        gain = total - base - candidate.prior + _annotation_bonus(text, candidate)
        if gain > best_gain:
            best, best_gain = candidate, gain
    if best is None or best_gain < _MIN_GAIN_PER_CHAR * (best.end - best.start):
        return None
    return best


def _evidence(signs: list[tuple[int, float, bool]], start: int, end: int) -> float:
    """Total weight of the signs of damage in ``[start, end)`` (``signs`` is sorted)."""
    lo = bisect.bisect_left(signs, (start, -math.inf, False))
    hi = bisect.bisect_left(signs, (end, -math.inf, False))
    return sum(weight for _i, weight, _sure in signs[lo:hi])


def _strong(signs: list[tuple[int, float, bool]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a sure sign of damage (a ``?``, an alien character …)."""
    lo = bisect.bisect_left(signs, (start, -math.inf, False))
    hi = bisect.bisect_left(signs, (end, -math.inf, False))
    return any(sure for _i, _weight, sure in signs[lo:hi])


def _annotation_bonus(text: str, candidate: _Candidate) -> float:
    """A repair whose last character has the reading the mirror printed after it is confirmed."""
    core = candidate.text.rstrip("(")
    if not core or not _is_hanzi(core[-1]):
        return 0.0
    pattern = _ANNOTATION_TAIL_RE if candidate.text.endswith("(") else _ANNOTATION_RE
    match = pattern.match(text, candidate.end)
    if match and match.group(1) in _model().readings.get(_t2s_char(core[-1]), ()):
        return _READING_BONUS
    return 0.0


def _drop_remnants(text: str, flags: set[str]) -> str:
    """``?qǐng)`` left after a lost character: the annotation goes, the ``?`` stays."""
    if "?" not in text:
        return text

    def drop(match: re.Match[str]) -> str:
        if _is_pinyin(match.group(1), None):
            return "?"
        return match.group(0)

    result = _PINYIN_REMNANT_RE.sub(drop, text)
    if result != text:
        flags.update((PINYIN_REMOVED, MOJIBAKE_UNREPAIRED))
    return result


# --- step 4: traditional -> simplified --------------------------------------------------------

# place names whose simplified form OpenCC would "simplify" again (乾塘 is not 干塘)
_PROTECTED_WORDS = site_profile().protected_names


@functools.cache
def _script_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Traditional-only characters (t2s changes them, GB2312 lacks them) and simplified-only
    ones (s2t changes them, GB2312 has them), so that detection needs no OpenCC call."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    joined = "\n".join(chars)
    to_simple = _t2s().convert(joined).split("\n")
    to_traditional = _s2t().convert(joined).split("\n")
    traditional = [c for c, s in zip(chars, to_simple, strict=True) if s != c and not _in_gb2312(c)]
    simplified = [c for c, t in zip(chars, to_traditional, strict=True) if t != c and _in_gb2312(c)]
    return re.compile(f"[{''.join(traditional)}]"), re.compile(f"[{''.join(simplified)}]")


def _is_traditional(text: str) -> bool:
    """A clear majority of traditional-only over simplified-only characters."""
    traditional_re, simplified_re = _script_res()
    traditional = len(traditional_re.findall(text))
    if not traditional:
        return False
    return traditional > 2 * len(simplified_re.findall(text))


def _to_simplified(text: str, flags: set[str]) -> str:
    if not _is_traditional(text):
        return text  # simplified text never goes through OpenCC
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        for word in _PROTECTED_WORDS:
            for match in re.finditer(word, text):
                converted = converted[: match.start()] + word + converted[match.end() :]
    flags.add(TRADITIONAL_CONVERTED)
    return converted


# --- the entry point --------------------------------------------------------------------------


def preload() -> None:
    """Load every table the steps read lazily (~0.5 s): before a pool of workers forks, so each
    of them does not load its own, nor count the load as the time of its first texts."""
    _model()
    _script_res()
    _t2s_changed()
    _character_tables()


@functools.cache
def _character_tables() -> int:
    """Fill the per-character caches for every GBK two-byte character (~0.15 s, once): step 3
    reads them for every byte it guesses, and filled one by one they made the first few hundred
    texts of a run cost half as much again as later ones. Returns how many characters."""
    count = 0
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            char = _gbk_char(lead, trail)
            if char is not None:
                _logp(char)
                count += 1
    return count


def _clean_block(text: str, flags: set[str], evidence: list[str]) -> str:
    """Repair, then conversion, then hygiene, on lines detection did not freeze."""
    text = _clean_unicode(text, flags)
    before = text
    text = _remove_pinyin(text, flags)
    if text != before:
        evidence.append(f"inline pinyin removed ({len(before) - len(text)} characters)")
    repaired = _repair_runs(text, flags)
    if repaired != text:
        evidence.append("GBK byte-misalignment runs re-aligned")
        repaired = _remove_pinyin(repaired, flags)
    text = _drop_remnants(repaired, flags)
    _flag_lost_runs(text, flags, evidence)
    converted = _to_simplified(text, flags)
    if converted != text:
        traditional_re, simplified_re = _script_res()
        evidence.append(
            f"traditional text ({len(traditional_re.findall(text))} traditional-only against "
            f"{len(simplified_re.findall(text))} simplified-only characters) converted"
        )
    return _layout(converted)


def _one_pass(text: str, flags: set[str], evidence: list[str]) -> str:
    if any(mark in text for mark in _NEWLINE_MARKS):  # a search costs more than these looks
        text = _NEWLINES_RE.sub("\n", text)
    text = _no_surrogates(text, flags)
    out: list[str] = []
    block: list[str] = []
    for line in [*_triage(text, flags, evidence), _Line("", frozen=True)]:
        if not (line.frozen or line.suspect):
            block.append(line.text)
            continue
        if block:
            out.append(_clean_block("\n".join(block), flags, evidence))
            block = []
        if line.suspect:
            trial: set[str] = set()
            fixed = _clean_block(line.text, trial, evidence)
            if not _is_soup(fixed):
                flags.update(trial)
                out.append(fixed)
                continue
            flags.add(MOJIBAKE_UNREPAIRED)
            evidence.append("a line of foreign soup step 3 could not re-align: kept")
        # frozen: kept byte for byte (a NBSP in Latin-1 soup is a byte of the original)
        out.append(line.text.strip(" \t"))
    return "\n".join(part for part in out if part)


_MAX_PASSES = 6


def normalize_text(text: str) -> NormalizedText:
    """Normalize one text field; never raises on a ``str``; idempotent on the text."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    flags: set[str] = set()
    evidence: list[str] = []
    result = _one_pass(text, flags, evidence)
    # a repair can expose damage of another kind: passes until the text is a fixed point
    for _ in range(_MAX_PASSES):
        if result == text:
            break
        text, result = result, _one_pass(result, flags, evidence)
    if "\ufffd" in result:
        flags.add(REPLACEMENT_CHARS)
    return NormalizedText(result, frozenset(flags), tuple(dict.fromkeys(evidence)))
