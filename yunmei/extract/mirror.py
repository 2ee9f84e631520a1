"""Mirror copies (site-spec §5): undo the mirrors' word substitutions.

Applied to the normalized lines of mirror pages only (a real article may well say 开云).
"""

from __future__ import annotations

import re

SUBSTITUTIONS = (
    (re.compile(r"开云官方网页版"), "湛江新闻网"),
    (re.compile(r"开云\s*[(（]\s*中国\s*[)）]"), "图片"),
)


def undo_substitutions(text: str) -> str:
    if "开云" not in text:
        return text
    for pattern, original in SUBSTITUTIONS:
        text = pattern.sub(original, text)
    return text
