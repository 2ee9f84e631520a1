"""Regenerate the mirror half of the normalization fixture pair from ``pair-original.txt``.

The mirror damages the original the way the seed's mirror did (site-spec §5): traditional
characters (OpenCC s2t) with tone-marked pinyin after some of them, one GBK byte-misalignment
run starting at a ``。”“`` (a junk byte after the lead byte of ``。``, the shifted ``！`` made
half-width) and a ``????`` indent. Deterministic; run from the repository root:

    .venv/bin/python tests/data/normalize/make_pair.py
"""

from __future__ import annotations

import html
from pathlib import Path

import opencc

from yunmei.normalize import _model

HERE = Path(__file__).resolve().parent
TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


def annotate(simplified: str, traditional: str) -> str:
    """Pinyin after every second character that the conversion changed, like the seed."""
    readings = _model().readings
    out, changed = [], 0
    for before, after in zip(simplified, traditional, strict=True):
        out.append(after)
        if before != after:
            changed += 1
            reading = readings.get(before, ("",))[0]
            if changed % 2 and any(mark in reading for mark in TONE_MARKS):
                out.append(f"({reading})")
    return "".join(out)


def mirror_decode(data: bytes) -> str:
    """GBK decoding the way the seed's mirror did it: a broken pair becomes one "?"."""
    out, index = [], 0
    while index < len(data):
        byte = data[index]
        if byte < 0x80:
            out.append(chr(byte))
            index += 1
        elif index + 1 < len(data) and 0x40 <= data[index + 1] <= 0xFE and data[index + 1] != 0x7F:
            out.append(data[index : index + 2].decode("gb18030"))
            index += 2
        else:
            out.append("?")
            index += 2
    return "".join(out)


def shift_at(line: str, marker: str) -> str:
    """Insert a junk byte after the lead byte of ``marker``'s first character."""
    data = line.encode("gb18030")
    at = data.index(marker.encode("gb18030")) + 1
    shifted = mirror_decode(data[:at] + b"\x00" + data[at:])
    return shifted.replace("！", "!")


def main() -> None:
    lines = (HERE / "pair-original.txt").read_text("utf-8").splitlines()
    s2t = opencc.OpenCC("s2t")
    mirror = []
    shifted = False
    for number, line in enumerate(lines):
        traditional = s2t.convert(line)
        if len(traditional) != len(line):
            raise SystemExit(f"s2t changed the length of line {number}")
        text = annotate(line, traditional)
        if "。”“" in text and not shifted:
            text, shifted = shift_at(text, "。”“"), True
        if number == 4:
            text = "????" + text
        mirror.append(text)
    (HERE / "pair-mirror.txt").write_text("\n".join(mirror) + "\n", "utf-8")
    (HERE / "pair-original.html").write_bytes(page(lines, "utf-8").encode("utf-8"))
    # the mirror serves GBK (read as GB18030: the damaged run has user-defined characters)
    (HERE / "pair-mirror.html").write_bytes(page(mirror, "gbk").encode("gb18030"))


def page(lines: list[str], charset: str) -> str:
    """The article in the reference markup of site-spec §7."""
    paragraphs = "\n".join(f"  <p>{html.escape(line)}</p>" for line in lines[3:])
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{html.escape(lines[0])}</title></head>
<body>
<div class="login"><a href="/login">登录湛江云媒账号</a></div>
<div class="article">
  <h1 class="title">{html.escape(lines[0])}</h1>
  <h2 class="subtitle">{html.escape(lines[1])}</h2>
  <div class="info"><span class="time">2023-05-11 18:30</span> <span class="source">来源：湛江云媒</span> <span class="author">作者：{html.escape(lines[2])}</span></div>
  <div class="content">
{paragraphs}
  </div>
  <div class="editor">值班主任：吴文静、罗磊</div>
</div>
<div class="comment">评论一下</div>
</body></html>
"""


if __name__ == "__main__":
    main()
