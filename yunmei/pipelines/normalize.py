"""Normalize every text field of an article (``yunmei.normalize.normalize_text``).

Top-level fields, the names and titles of authors and editors, image captions and the string
fields of events (down to award tiers, categories and recipients) are normalized in place.
The flags the normalizer raises are merged into ``quality_flags`` (order kept, no duplicates);
``yunmei/normalize/<flag>`` counts the items carrying each normalization flag, once per item.
When a field changed, ``content_hash`` is recomputed from the normalized title and body.
"""

from __future__ import annotations

import contextlib
from collections.abc import MutableMapping
from typing import Any

from itemadapter import ItemAdapter

from yunmei.extract import content_hash
from yunmei.normalize import NORMALIZE_FLAGS, normalize_text

TEXT_FIELDS = ("title", "subtitle", "kicker", "column", "source", "byline_raw", "body")
PERSON_FIELDS = {"authors": ("name", "title"), "editors": ("name",), "images": ("caption",)}
EVENT_FIELDS = ("name", "venue", "organizer", "evidence")
AWARD_FIELDS = ("tier", "category")
RECIPIENT_FIELDS = ("name", "affiliation")


class _Normalizer:
    """Normalizes values of one item, remembering whether anything changed and which flags."""

    def __init__(self) -> None:
        self.flags: list[str] = []
        self.changed = False

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        result = normalize_text(value)
        for flag in sorted(result.flags):
            if flag not in self.flags:
                self.flags.append(flag)
        text: str | None = result.text
        if not text:
            text = None  # a field with nothing left in it is absent, not ""
        if text != value:
            self.changed = True
        return text

    def fields(self, record: Any, names: tuple[str, ...]) -> None:
        """Normalize ``names`` of a dict or an item inside a list field."""
        target = _mapping(record)
        if target is None:
            return
        for name in names:
            if name in target and isinstance(target[name], str):
                target[name] = self(target[name])


def _mapping(record: Any) -> MutableMapping[str, Any] | None:
    if isinstance(record, dict):
        return record
    if ItemAdapter.is_item(record):
        return ItemAdapter(record)
    return None


def _each(records: Any) -> list[Any]:
    return list(records) if isinstance(records, (list, tuple)) else []


class NormalizePipeline:
    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        normalize = _Normalizer()
        for name in TEXT_FIELDS:
            if name in adapter and isinstance(adapter.get(name), str):
                adapter[name] = normalize(adapter[name])
        for name, fields in PERSON_FIELDS.items():
            if name in adapter:
                for record in _each(adapter.get(name)):
                    normalize.fields(record, fields)
        if "events" in adapter:
            for event in _each(adapter.get("events")):
                self._event(event, normalize)
        self._merge_flags(adapter, normalize.flags)
        if normalize.changed:
            _set(adapter, "content_hash", content_hash(adapter.get("title"), adapter.get("body")))
        return item

    @staticmethod
    def _event(event: Any, normalize: _Normalizer) -> None:
        normalize.fields(event, EVENT_FIELDS)
        target = _mapping(event)
        if target is None:
            return
        for award in _each(target.get("awards")):
            normalize.fields(award, AWARD_FIELDS)
            awarded = _mapping(award)
            if awarded is not None:
                for recipient in _each(awarded.get("recipients")):
                    normalize.fields(recipient, RECIPIENT_FIELDS)

    def _merge_flags(self, adapter: ItemAdapter, new: list[str]) -> None:
        existing = adapter.get("quality_flags")
        flags = [f for f in existing if isinstance(f, str)] if isinstance(existing, list) else []
        merged = list(dict.fromkeys([*flags, *new]))
        _set(adapter, "quality_flags", merged)
        if self.stats is not None:
            # flags the extractor's own normalization raised count too: the stat is per item
            for flag in merged:
                if flag in NORMALIZE_FLAGS:
                    self.stats.inc_value(f"yunmei/normalize/{flag}")


def _set(adapter: ItemAdapter, key: str, value: Any) -> None:
    with contextlib.suppress(KeyError):  # an item class without this field
        adapter[key] = value
