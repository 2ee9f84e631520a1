"""``scrapy crawl`` with an exit status cron can read (overrides Scrapy's built-in command).

0 finished · 1 failed (or the crawl could not start: a bad ``-a`` argument, an unusable
database, a JOBDIR a live crawl owns — one line on stderr, before any request) · 2 degraded
(monitors) · 3 interrupted (stopped by a signal; resume with the same JOBDIR). The outcome comes
from the RunLog extension, which stores it in the stat ``yunmei/outcome``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.utils.job import job_dir

from yunmei.runlog import EXIT_CODES


def database_problem(path: str) -> str | None:
    """Why the database at ``path`` cannot be used, or None. Nothing is created here."""
    if not path:
        return None
    db = Path(path)
    parent = db.parent
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        return f"YUNMEI_DB {path}: the folder {parent} {what}"
    if db.exists():
        if not db.is_file():
            return f"YUNMEI_DB {path}: not a file"
        from yunmei.store.core import readwrite_problem

        problem = readwrite_problem(db)
        if problem:
            return f"YUNMEI_DB {path}: cannot open it read-write ({problem})"
        return None
    probe = parent / f".{db.name}.yunmei-probe"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return f"YUNMEI_DB {path}: cannot create a file in {parent} ({exc.strerror or exc})"
    return None


def jobdir_problem(settings) -> str | None:
    """A JOBDIR whose recorded owner is still alive belongs to that crawl: refuse, don't steal."""
    from yunmei.middlewares.jobdir import read_status
    from yunmei.store.outcomes import pid_alive

    folder = job_dir(settings)
    if not folder:
        return None
    status = read_status(Path(folder))
    pid = status.get("pid")
    if status.get("status") == "running" and isinstance(pid, int) and pid_alive(pid):
        return f"JOBDIR {folder} is in use by a running crawl (pid {pid}); not starting a second"
    return None


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
        problem = self.precheck(args[0], opts.spargs)
        if problem:
            print(f"yunmei: {problem}", file=sys.stderr, flush=True)
            self.exitcode = 1
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        stats = getattr(crawler, "stats", None)
        if stats is not None and stats.get_value("yunmei/outcome") is None:
            self.exitcode = 1  # the spider never opened (an error while starting)
            return
        outcome = stats.get_value("yunmei/outcome") if stats is not None else None
        self.exitcode = exit_code(outcome)

    def precheck(self, spider_name: str, spargs: dict) -> str | None:
        """One-line reason the crawl must not start, checked before anything is fetched."""
        settings = self.settings
        try:
            spidercls = self.crawler_process.spider_loader.load(spider_name)
        except KeyError:
            return f"no spider named {spider_name!r}"
        check = getattr(spidercls, "check_arguments", None)
        if check is not None:
            try:
                check(dict(spargs))
            except ValueError as exc:
                return str(exc)
        return database_problem(settings.get("YUNMEI_DB")) or jobdir_problem(settings)
