"""What a crawl imports before its first request (issue 16: an hourly run starts within 2 s).

A fresh interpreter imports what ``scrapy crawl yunmei`` imports before it asks for anything:
the project settings, every command module (Scrapy walks them all at each start), every spider
module, and every component the settings name (extensions, middlewares, pipelines, handlers).
None of it may pull in extraction (its tables take ~1 s to build), normalization, or the
libraries of optional features; those load where they are first used.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# imported at first use, never at start: extraction and its events tables, normalization (ftfy,
# OpenCC), WARC reading/writing, Scrapy's remote control (aiohttp), the telnet console (conch)
NOT_AT_START = ("yunmei.extract", "yunmei.events", "yunmei.normalize", "ftfy", "opencc",
                "warcio", "aiohttp", "twisted.conch")  # fmt: skip

LOAD_WHAT_A_CRAWL_LOADS = """
import json, sys
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.misc import load_object, walk_modules_iter
from scrapy.utils.project import get_project_settings

settings = get_project_settings()
for package in ("scrapy.commands", settings["COMMANDS_MODULE"]):
    list(walk_modules_iter(package))
SpiderLoader.from_settings(settings).load("yunmei")
for name in ("EXTENSIONS", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "ITEM_PIPELINES",
             "ADDONS"):
    # Scrapy imports every key the project names (None too, to deduplicate) and each enabled one
    named = dict(settings.getwithbase(name))
    for path, value in named.items():
        if value is not None or path in (settings[name] or {}):
            load_object(path)
for name in ("REQUEST_FINGERPRINTER_CLASS", "DUPEFILTER_CLASS", "SCHEDULER"):
    load_object(settings[name])
handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
for scheme in ("http", "https"):  # the site's: loaded when the engine starts
    load_object(handlers[scheme])
print(json.dumps(sorted(sys.modules)))
"""


def modules_loaded_at_start() -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOAD_WHAT_A_CRAWL_LOADS],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return set(json.loads(done.stdout))


def test_a_crawl_start_loads_no_extraction_and_no_optional_feature():
    loaded = modules_loaded_at_start()
    assert "yunmei.spiders.yunmei" in loaded  # the probe did load the crawl's own modules
    assert "yunmei.pipelines.sqlite" in loaded
    too_early = sorted(
        module
        for module in loaded
        for heavy in NOT_AT_START
        if module == heavy or module.startswith(heavy + ".")
    )
    assert too_early == []
