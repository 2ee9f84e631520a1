"""Bylines (site-spec §4): ``作者:`` text → ``[{name, role, title}]``.

Grammar: a sequence of credit groups. A group is an optional role prefix (``文/``, ``图片/``,
``文、视频/``, ``图/视频 `` …), then names, each optionally preceded by a title (``记者``,
``本报记者`` …) and optionally followed by a parenthesis: ``(实习)`` makes the name an intern
(title ``实习生``); any other parenthesis (``关月(霞山)``, a commentary's place) is dropped from
the name and kept only in ``byline_raw``.

- Without a role prefix a group credits text.
- A combined prefix gives one credit per role, per name (name order, then role order).
- A name without its own title takes the last title printed before it in the same group
  (``记者邓耀瑞 陈金波`` → both 记者); a new role prefix starts a new group.
- ``摄影`` without a slash (``摄影郭龙碧``) credits photos to the one name right after it; the
  names after that return to the group's role.
- The same (name, role) is credited once.
"""

from __future__ import annotations

import re

ROLE_WORDS: dict[str, str] = {
    "文字": "text",
    "撰文": "text",
    "文": "text",
    "采写": "text",
    "图片": "photo",
    "图": "photo",
    "摄影": "photo",
    "视频": "video",
    "摄像": "video",
    "航拍": "aerial",
    "配音": "voiceover",
    "文案": "copy",
    "制图": "graphics",
    "海报": "graphics",
    "设计": "graphics",
}
TITLES = (
    "特约通讯员",
    "本报记者",
    "见习记者",
    "实习记者",
    "特约记者",
    "首席记者",
    "媒介助理",
    "实习生",
    "通讯员",
    "记者",
)
_ROLE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_TITLE = "|".join(TITLES)
# a role prefix: roles joined by / 、 , ending in "/" (or, when several, in a space)
_PREFIX = re.compile(
    rf"(?P<roles>(?:{_ROLE})(?:\s*[/、,，]\s*(?:{_ROLE}))*)(?:\s*[/／]\s*|(?P<sp>\s+))"
)
_TITLE_RE = re.compile(rf"(?:{_TITLE})")
_PHOTO_BARE = re.compile(r"摄影(?!\s*[/／])")
_NAME_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z·•]")
_PAREN = re.compile(r"[(（]([^()（）]{0,12})[)）]")
_SEP = re.compile(r"[\s,，;；、]+")
_INTERN = "实习"
_NAME_SUFFIXES = ("报道", "整理", "等")


def _roles_of(text: str) -> list[str]:
    roles: list[str] = []
    for word in re.split(r"\s*[/、,，]\s*", text):
        role = ROLE_WORDS.get(word)
        if role and role not in roles:
            roles.append(role)
    return roles


def _clean_name(name: str) -> str:
    name = name.strip(" ·•")
    for suffix in _NAME_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            name = name[: -len(suffix)]
    return name


def parse_byline(raw: str | None) -> list[dict[str, str | None]]:
    """Authors credited by a byline, in printed order; never raises, [] for nothing."""
    if not raw:
        return []
    text = raw.replace("\u3000", " ").replace("／", "/").strip()
    text = re.sub(r"^(?:作者|文\s*[:：])\s*[:：]?\s*", "", text)
    credits: list[dict[str, str | None]] = []
    seen: set[tuple[str, str]] = set()
    group_roles = ["text"]
    group_title: str | None = None
    pending_title: str | None = None
    one_shot_roles: list[str] | None = None
    i, n = 0, len(text)

    def credit(name: str, title: str | None, roles: list[str]) -> None:
        name = _clean_name(name)
        if len(name) < 2 and not re.match(r"[A-Za-z]", name):
            return
        for role in roles:
            if (name, role) in seen:
                continue
            seen.add((name, role))
            credits.append({"name": name, "role": role, "title": title})

    while i < n:
        char = text[i]
        if char.isspace() or char in ",，;；、":
            i += 1
            continue
        match = _PREFIX.match(text, i)
        if match and not (
            match.group("sp")
            and "/" not in match.group("roles")
            and "、" not in match.group("roles")
        ):
            group_roles = _roles_of(match.group("roles")) or ["text"]
            group_title = pending_title = None
            one_shot_roles = None
            i = match.end()
            continue
        match = _PHOTO_BARE.match(text, i)
        if match:
            one_shot_roles = ["photo"]
            pending_title = None
            i = match.end()
            continue
        match = _TITLE_RE.match(text, i)
        if match:
            pending_title = match.group(0)
            group_title = pending_title
            i = match.end()
            continue
        match = _PAREN.match(text, i)
        if match:  # a parenthesis with no name before it: skip
            i = match.end()
            continue
        if not _NAME_CHAR.match(char):
            i += 1
            continue
        # a name: name characters up to a separator, a parenthesis, a title or a role prefix
        j = i
        while j < n and _NAME_CHAR.match(text[j]):
            if j - i >= 2 and (_TITLE_RE.match(text, j) or _prefix_at(text, j)):
                break
            j += 1
        name = text[i:j]
        if pending_title is not None:
            title = pending_title
        else:
            title = None if one_shot_roles else group_title
        k = j
        while k < n and text[k] == " ":
            k += 1
        paren = _PAREN.match(text, k)
        if paren:
            if _INTERN in paren.group(1):
                title = "实习生"
            j = paren.end()
        credit(name, title, one_shot_roles or group_roles)
        one_shot_roles = None
        pending_title = None
        i = j
    return credits


def _prefix_at(text: str, j: int) -> bool:
    match = _PREFIX.match(text, j)
    return bool(match and not match.group("sp")) or bool(_PHOTO_BARE.match(text, j))
