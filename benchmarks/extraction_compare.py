"""CPU time per page of yunmei's extraction against trafilatura's, on the same raw bytes."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.processes import PROJECT


def compare_extraction(root: Path, manifest: dict, sample: int = 200) -> dict[str, object]:
    """CPU time per page of yunmei's extraction and of trafilatura.extract on the same raw bytes.

    Three timings, interleaved page by page so machine noise hits them alike: extract_article
    whole (decode, parse, site layers, normalize, events); its site layers alone (the contract's
    normalize_text and extract_events stubbed out); trafilatura.extract with its defaults.
    """
    import contextlib
    from types import SimpleNamespace
    from unittest import mock

    import trafilatura

    if str(PROJECT) not in sys.path:
        sys.path.insert(0, str(PROJECT))
    from yunmei.extract import extract_article

    stubs = contextlib.ExitStack()
    try:
        import yunmei.events
        import yunmei.normalize

        def plain(text: str, *args, **kwargs):
            return SimpleNamespace(text=text, flags=frozenset())

        site_only = [
            mock.patch.object(yunmei.normalize, "normalize_text", plain),
            mock.patch.object(yunmei.events, "extract_events", lambda *a, **k: []),
        ]
    except (ImportError, AttributeError):  # a tree without them: no separate site-layer figure
        site_only = []

    pages = manifest["pages"]
    step = max(1, len(pages) // sample)
    chosen = pages[::step][:sample]
    loaded = [
        ((root / rel).read_bytes(), url, {"Content-Type": ctype}) for url, rel, ctype in chosen
    ]

    def site_layers(body: bytes, url: str, headers: dict) -> None:
        with contextlib.ExitStack() as stack:
            for patch in site_only:
                stack.enter_context(patch)
            extract_article(body, url, headers)

    for body, url, headers in loaded[:5]:  # warm caches and lazy imports out of the timing
        extract_article(body, url, headers)
        site_layers(body, url, headers)
        trafilatura.extract(body, url=url)
    by_kind: dict[str, list[float]] = {}
    body_layers: dict[str, int] = {}
    clock = time.thread_time
    for body, url, headers in loaded:
        t0 = clock()
        data = extract_article(body, url, headers)
        t1 = clock()
        site_layers(body, url, headers)
        t2 = clock()
        trafilatura.extract(body, url=url)
        t3 = clock()
        times = by_kind.setdefault(page_kind(url, headers["Content-Type"]), [0, 0.0, 0.0, 0.0])
        times[0] += 1
        times[1] += t1 - t0
        times[2] += t2 - t1
        times[3] += t3 - t2
        layer = (data.get("extraction") or {}).get("body", "none")
        body_layers[layer] = body_layers.get(layer, 0) + 1
    stubs.close()
    n = len(loaded) or 1
    full, site, theirs = (sum(t[i] for t in by_kind.values()) for i in (1, 2, 3))
    ms = lambda seconds, count=n: round(seconds * 1000 / count, 3)  # noqa: E731
    return {
        "extract_sample_pages": len(loaded),
        "extract_ms_per_page": ms(full),
        "site_layer_ms_per_page": ms(site) if site_only else None,
        "trafilatura_ms_per_page": ms(theirs),
        "extract_ratio": round(full / theirs, 3) if theirs else None,
        "site_layer_ratio": round(site / theirs, 3) if theirs and site_only else None,
        "extract_body_layers": body_layers,
        "extract_by_kind": {
            kind: {
                "pages": count,
                "extract_ms": ms(a, count),
                "site_layer_ms": ms(b, count),
                "trafilatura_ms": ms(c, count),
            }
            for kind, (count, a, b, c) in sorted(by_kind.items())
        },
    }


def page_kind(url: str, content_type: str) -> str:
    """The sitegen page kind of an article page, from its URL and content type."""
    host = urlsplit(url).hostname or ""
    if host.startswith("m.gdzjdaily"):
        return "mobile"
    if "gdzjdaily" not in host:
        return "mirror"
    if "gbk" in content_type:
        return "gbk"
    return "desktop_page_n" if re.search(r"_\d+\.html$", url) else "desktop"
