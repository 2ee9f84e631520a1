"""Editors (site-spec §2–§4) in their three printed forms, several names per label.

- block form, one label per line: ``编辑:林霖`` / ``值班主任:吴文静、罗磊``;
- mobile-footer form, several labels on one line: ``编辑:梁海飞   值班主任:莫松萌   值班编委:钟忠``;
- inline form at the end of the body: ``(编辑/徐卫民 值班主任/何杰 值班编委/郑时雨)``.
"""

from __future__ import annotations

import functools
import re

DUTIES = {
    "责任编辑": "responsible_editor",
    "值班主任": "duty_director",
    "值班编委": "duty_board",
    "编辑": "editor",
}
_LABEL = "责任编辑|值班主任|值班编委|编辑"
# one "label: names" group; names run until the next label or the end
_GROUP = re.compile(
    rf"(?P<label>{_LABEL})\s*[:：/／]\s*(?P<names>.*?)\s*(?=(?:{_LABEL})\s*[:：/／]|[)）]|$)"
)
# a whole line made only of such groups (optionally in parentheses)
EDITOR_LINE = re.compile(rf"^\s*[(（]?\s*(?:{_LABEL})\s*[:：/／]")
# the inline credit closing a paragraph: "…。(编辑/徐卫民 值班主任/何杰)"
INLINE_CREDIT = re.compile(rf"\s*[(（]\s*(?:{_LABEL})\s*[/／:：][^()（）]*[)）]\s*$")
_NAME_SPLIT = re.compile(r"[、,，;；\s/]+")
_NAME = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff·]{2,6}$|^[A-Za-z][A-Za-z .·-]{1,30}$")


def parse_editor_text(text: str) -> list[dict[str, str]]:
    """All ``{name, duty}`` credits in one line or inline credit; [] when there are none."""
    if not text or ("编辑" not in text and "值班" not in text):  # every label holds one of them
        return []
    return [{"name": name, "duty": duty} for name, duty in _credits(text)]


@functools.lru_cache(maxsize=4096)
def _credits(text: str) -> tuple[tuple[str, str], ...]:
    """(name, duty) pairs of a line: the same credit lines come back page after page."""
    credits: list[tuple[str, str]] = []
    for match in _GROUP.finditer(text):
        duty = DUTIES[match.group("label")]
        for name in _NAME_SPLIT.split(match.group("names")):
            name = name.strip("()（）。.")
            if name and _NAME.match(name):
                credits.append((name, duty))
    return tuple(credits)


def is_editor_line(text: str) -> bool:
    """A line that is editor credits only (block, footer or parenthesised inline form)."""
    if not EDITOR_LINE.match(text):
        return False
    rest = _GROUP.sub("", text).strip(" ()（）")
    return not rest


def split_inline_credit(text: str) -> tuple[str, str | None]:
    """``"正文。(编辑/X 值班主任/Y)"`` → ``("正文。", "(编辑/X 值班主任/Y)")``."""
    if "(" not in text and "（" not in text:
        return text, None  # no credit, found without a search
    match = INLINE_CREDIT.search(text)
    if not match:
        return text, None
    return text[: match.start()].rstrip(), match.group(0).strip()


def merge_editors(*groups: list[dict[str, str]]) -> list[dict[str, str]]:
    """Concatenate, keeping the first of each (name, duty)."""
    seen: set[tuple[str, str]] = set()
    merged: list[dict[str, str]] = []
    for group in groups:
        for editor in group:
            key = (editor["name"], editor["duty"])
            if key not in seen:
                seen.add(key)
                merged.append(editor)
    return merged
