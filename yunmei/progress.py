"""Extension: a progress bar of articles done / scheduled, drawn only on a terminal.

The periodic log line (``runlog.ProgressLogStats``) carries the same figures for cron and CI
logs; the bar is for a person watching a long crawl, so it is never written when stderr is
not a terminal (a log file must not fill with carriage returns).
"""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

STAT = "yunmei/outcomes/"


def bar_line(done: int, scheduled: int, per_minute: float, width: int = 30) -> str:
    """``[#####-----] 12/40 articles  30% · 6/min`` (no line end: it is redrawn in place)."""
    share = done / scheduled if scheduled else 0.0
    filled = min(width, int(share * width))
    return (
        f"[{'#' * filled}{'-' * (width - filled)}] {done}/{scheduled} articles "
        f"{share:4.0%} · {per_minute:.0f}/min"
    )


class ProgressBar:
    def __init__(self, crawler, stream, interval: float):
        self.crawler = crawler
        self.stream = stream
        self.interval = interval
        self.started = time.monotonic()
        self.task: LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("YUNMEI_PROGRESS_BAR_SECONDS")
        stream = sys.stderr
        if interval <= 0 or not stream.isatty():
            raise NotConfigured  # no terminal (cron, CI, scrapyd): silently off, the log line stays
        return cls(crawler, stream, interval)

    def spider_opened(self, spider=None):
        self.started = time.monotonic()
        self.task = LoopingCall(self.draw)
        self.task.start(self.interval, now=False)

    def draw(self, end: str = "") -> None:
        stats = self.crawler.stats
        done = int(stats.get_value(STAT + "done", 0) or 0)
        scheduled = int(stats.get_value(STAT + "scheduled", 0) or 0)
        minutes = max(time.monotonic() - self.started, 1e-6) / 60
        # \r and erase-line: the bar is redrawn over itself, also after a log line
        self.stream.write("\r\x1b[K" + bar_line(done, scheduled, done / minutes) + end)
        self.stream.flush()

    def spider_closed(self, spider=None, reason=None):
        if self.task is not None and self.task.running:
            self.task.stop()
        self.draw(end="\n")  # the final state stays on screen above the summary
