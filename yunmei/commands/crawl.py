"""``scrapy crawl`` with an exit status cron can read (overrides Scrapy's built-in command).

0 finished · 1 failed (or the crawl could not start) · 2 degraded (monitors) · 3 interrupted
(stopped by a signal; resume with the same JOBDIR). The outcome comes from the RunLog extension,
which stores it in the stat ``yunmei/outcome``.
"""

from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from yunmei.runlog import EXIT_CODES


def exit_code(outcome: str | None) -> int:
    """Exit status for a run outcome; a run that never recorded one failed."""
    return EXIT_CODES.get(outcome or "", 1)


class Command(ScrapyCrawlCommand):
    def long_desc(self) -> str:
        return (
            "Run a spider. Exit status: 0 finished, 1 failed, 2 degraded (coverage or error "
            "monitors), 3 interrupted (resume with the same -s JOBDIR=...)."
        )

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("expected exactly one spider name")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        stats = getattr(crawler, "stats", None)
        outcome = stats.get_value("yunmei/outcome") if stats is not None else None
        self.exitcode = exit_code(outcome)
