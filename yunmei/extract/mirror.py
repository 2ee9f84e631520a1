"""Mirror copies (site-spec §5): undo the mirrors' word substitutions.

Applied to the normalized lines of mirror pages only (a real article may well say 开云).
"""

from __future__ import annotations

from yunmei.site import site_profile

SUBSTITUTIONS = site_profile().mirror_substitutions


def undo_substitutions(text: str) -> str:
    if site_profile().mirror_marker not in text:
        return text
    for pattern, original in SUBSTITUTIONS:
        text = pattern.sub(original, text)
    return text
