"""Extension ``JobDirGuard``: makes ``-s JOBDIR=…`` safe to reuse from cron and after SIGKILL.

Scrapy writes its JOBDIR queue state (``requests.queue/*/info.json``, ``active.json``) only on a
clean close, while ``requests.seen`` grows as requests are queued. After a SIGKILL the queue is
lost but the seen-set is not: a plain resume would skip every request queued before the kill,
including articles whose rows sat in the SQLite pipeline's unflushed batch. So this extension
keeps ``yunmei.job.json`` (running / paused / finished) and, before the scheduler opens:

- previous run **paused** (Ctrl-C / SIGTERM, clean close): keep everything — Scrapy resumes its
  queue and seen-set as usual;
- previous run **killed** (status still ``running``): drop Scrapy's queue, seen-set and spider
  state, and start over from the start pages; the store decides what is already done (stored
  articles are skipped, 404 ids are in the ``yunmei.misses`` journal), so nothing is missing and
  nothing is fetched twice that was committed; its ``crawl_runs`` row is marked ``killed``
  (through the crawl's store, once the spider opens);
- previous run **finished**: the job is spent; start a fresh one in the same folder, so one
  JOBDIR serves an hourly cron job for years.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

from yunmei.store.extension import CrawlStore

logger = logging.getLogger(__name__)

STATUS_FILE = "yunmei.job.json"
SCRAPY_STATE = ("requests.queue", "requests.seen", "spider.state")
YUNMEI_STATE = ("yunmei.misses",)


def read_status(folder: Path) -> dict:
    try:
        return json.loads((folder / STATUS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def write_status(folder: Path, status: dict) -> None:
    # write-then-rename: a kill mid-write must not leave half a file
    tmp = folder / (STATUS_FILE + ".tmp")
    tmp.write_text(json.dumps(status), "utf-8")
    os.replace(tmp, folder / STATUS_FILE)


def _remove(folder: Path, names: tuple[str, ...]) -> list[str]:
    removed = []
    for name in names:
        path = folder / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        else:
            continue
        removed.append(name)
    return removed


class JobDirGuard:
    def __init__(self, crawler, folder: str):
        self.crawler = crawler
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.killed_run_id = None  # marked in the store when the spider opens
        previous = read_status(self.folder)
        state = previous.get("status")
        stats = crawler.stats
        if state == "running":
            removed = _remove(self.folder, SCRAPY_STATE)
            logger.warning(
                "JOBDIR %s: the previous run (crawl_runs %s) was killed; its queue is lost, "
                "resuming from the store (dropped %s)",
                self.folder, previous.get("run_id"), ", ".join(removed) or "nothing",
            )  # fmt: skip
            self.killed_run_id = previous.get("run_id")
            stats.set_value("yunmei/jobdir/resumed", "after_kill")
        elif state == "finished":
            _remove(self.folder, SCRAPY_STATE + YUNMEI_STATE)
            stats.set_value("yunmei/jobdir/resumed", "no (previous job finished)")
        elif state == "paused":
            stats.set_value("yunmei/jobdir/resumed", "after_pause")
        self.status = {"status": "running", "pid": os.getpid(), "run_id": None}
        write_status(self.folder, self.status)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        folder = job_dir(crawler.settings)
        if not folder:
            raise NotConfigured
        return cls(crawler, folder)

    def spider_opened(self, spider):
        if self.killed_run_id and self.crawler.settings.get("YUNMEI_DB"):
            CrawlStore.of(self.crawler).mark_run_killed(self.killed_run_id)
        # RunLog (a lower EXTENSIONS priority) has begun its crawl_runs row by now
        self.status["run_id"] = self.crawler.stats.get_value("yunmei/run_id")
        write_status(self.folder, self.status)

    def spider_closed(self, spider, reason):
        self.status["status"] = "finished" if reason == "finished" else "paused"
        self.status["reason"] = reason
        write_status(self.folder, self.status)
