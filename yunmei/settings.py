"""Scrapy settings for yunmei. Every YUNMEI_* setting is documented in README.md.

Every default lives here, once: components read ``crawler.settings`` with no fallback value.
"""

from scrapy.settings import default_settings

from yunmei.urls import ARTICLE_URL_TEMPLATE

BOT_NAME = "yunmei"
SPIDER_MODULES = ["yunmei.spiders"]
NEWSPIDER_MODULE = "yunmei.spiders"
COMMANDS_MODULE = "yunmei.commands"

# --- where things go -------------------------------------------------------------------------
YUNMEI_DB = "data/yunmei.db"
YUNMEI_START_URLS = ["https://www.gdzjdaily.com.cn/", "https://m.gdzjdaily.com.cn/"]
YUNMEI_REPLAY = ""  # a WARC file or folder of them: answer every request from it, never the network
YUNMEI_WARC_RECORD = ""  # path.warc.gz: record every request/response pair of the crawl
YUNMEI_DB_BATCH_SIZE = 50  # articles per write transaction
YUNMEI_DB_FLUSH_SECONDS = 10.0  # ...or fewer, when the oldest waiting article is this old
YUNMEI_LIST_MAX_DEPTH = 5  # how many list pages deep pagination is followed

# --- incremental runs (docs/scheduling.md) ---------------------------------------------------
YUNMEI_INCREMENTAL = True  # skip article pages already stored (read from YUNMEI_DB at start)
YUNMEI_RECENT_DAYS = 3  # ...except those published in the last N days: re-checked for edits
# a run after an incomplete list walk (killed/interrupted/failed/CLOSESPIDER_*) never stops early
YUNMEI_PAGINATION_STOP = (
    1  # stop list pagination after N pages without an unseen article (0: never)
)
YUNMEI_PROBE_IDS = 20  # ask this many ids above the highest stored id (-a probe=N; 0: off)
YUNMEI_ARTICLE_URL_TEMPLATE = (
    ARTICLE_URL_TEMPLATE  # backfill/probe/re-check URL (the site profile's)
)
YUNMEI_CONDITIONAL_REQUESTS = (
    True  # If-None-Match / If-Modified-Since on re-checks; 304 = unchanged
)
YUNMEI_RETRY_BACKOFF_BASE = 2.0  # seconds before the 1st retry, doubled for each further one
YUNMEI_RETRY_BACKOFF_MAX = 60.0  # longest wait before a retry (also caps Retry-After)

# --- run health: a finished run below these is "degraded" (exit status 2) -----------------------
YUNMEI_MONITORS_ENABLED = True
YUNMEI_COVERAGE_MIN_ARTICLES = 10  # judge coverage only when a run scraped at least this many
YUNMEI_COVERAGE_THRESHOLDS = {"published_at": 0.9, "body_50": 0.8, "authors": 0.5}
YUNMEI_MAX_ERROR_RATE = 0.2  # share of page requests ending in an error (after retries)
LOGSTATS_INTERVAL = 60.0  # the periodic progress line (with new/changed counts)

# --- politeness: a small local news site ------------------------------------------------------
YUNMEI_CONTACT_URL = "https://github.com/yunmei/yunmei"
USER_AGENT = f"yunmei/0.1 (+{YUNMEI_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
HTTPERROR_ALLOWED_CODES = [
    404
]  # the spider records 404s itself (ids are sequential; gaps are normal)
# HTTPCACHE_ENABLED = True  # uncomment (or -s HTTPCACHE_ENABLED=1) to cache pages under .scrapy/

REQUEST_FINGERPRINTER_CLASS = "yunmei.fingerprint.CanonicalFingerprinter"
ADDONS = {"yunmei.addon.YunmeiAddon": 0}

DOWNLOADER_MIDDLEWARES = {
    # first: skipping a redundant mirror or a known-missing id costs no request at all
    "yunmei.middlewares.incremental.BackfillMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "yunmei.middlewares.backoff.BackoffRetryMiddleware": 550,
    "yunmei.middlewares.conditional.ConditionalRequestMiddleware": 560,
    # closest to the network, so it sees the raw (still compressed) bytes
    "yunmei.record.WarcRecorderMiddleware": 950,
}

SPIDER_MIDDLEWARES = {
    # closest to the spider: decides which of its requests are worth making
    "yunmei.middlewares.incremental.IncrementalMiddleware": 950,
}

# gapped priorities so later stages slot in between
ITEM_PIPELINES = {
    "yunmei.pipelines.validate.ValidatePipeline": 200,
    "yunmei.pipelines.dedupe.DedupePipeline": 300,
    "yunmei.pipelines.stats.ItemStatsPipeline": 500,
    "yunmei.pipelines.sqlite.SQLitePipeline": 800,
}

EXTENSIONS = {
    "yunmei.store.extension.CrawlStore": 100,  # the crawl's one store: every component asks it
    "yunmei.middlewares.state.RunState": 110,  # incremental state for the middlewares
    "yunmei.runlog.RunLog": 500,
    "yunmei.middlewares.jobdir.JobDirGuard": 510,  # after RunLog: records its crawl_runs id
    "scrapy.extensions.logstats.LogStats": None,
    "yunmei.runlog.ProgressLogStats": 0,
}

CONCURRENT_ITEMS = 8  # Scrapy's 100 starts that many tasks per response; a page yields one item
TELNETCONSOLE_ENABLED = False  # an hourly cron job needs no open console port
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# --- crawl robustness: outcomes, offsite policy, limits (README "Running on a schedule") --------
DUPEFILTER_CLASS = (
    "yunmei.dupefilter.VariantDupeFilter"  # a failed variant never hides one that works
)
DOWNLOADER_MIDDLEWARES.update(
    {
        # before robots.txt: a foreign host is refused before anything is asked of it
        "yunmei.middlewares.offsite.OffsiteMiddleware": 45,
        "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
        "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
        "yunmei.middlewares.offsite.SiteMetaRefreshMiddleware": 580,
        "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
        "yunmei.middlewares.offsite.SiteRedirectMiddleware": 600,
    }
)
EXTENSIONS.update(
    {
        "yunmei.outcomes.OutcomeLedger": 490,  # before RunLog: the summary sees every outcome
        "yunmei.outcomes.RunRecorder": 520,  # after RunLog: its crawl_runs row exists
    }
)
YUNMEI_MIRROR_HOSTS = [  # known mirrors (site-spec §1): allowed only when a start URL names one
    "juzitie.cn", "ndf191.com", "99cailm.com", "tiantangliao.cn", "m.xvgold.com", "millafan.com",
]  # fmt: skip
YUNMEI_FOLLOW_MIRRORS = False  # True: every known mirror host is on the site for this crawl
YUNMEI_RETRY_MAX_ATTEMPTS = 5  # a failed article is re-asked by later runs until this many tries
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # an article page is well under 1 MB; also caps decompression
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5  # the site redirects once (www → m, http → https); more is a loop
YUNMEI_MAX_TITLE_CHARS = 500  # longer fields are cut and flagged (``field_truncated``)
YUNMEI_MAX_FIELD_CHARS = 2000  # subtitle, source, byline, column
YUNMEI_MAX_BODY_CHARS = 200_000
YUNMEI_MIRROR_PRIORITY = -10  # mirror copies are asked after originals (a feed gets the original)
EXTENSIONS.update({"yunmei.progress.ProgressBar": 600})  # after the ledger: its final counts
YUNMEI_PROGRESS_BAR_SECONDS = 1.0  # bar redraw interval (drawn on a terminal only; 0: off)
YUNMEI_DB_BUSY_TIMEOUT = 30.0  # seconds a write waits for another writer before it fails

# --- start-up (issue 16: an hourly run's first request within 2 s) ------------------------------
# Scrapy's remote control serves code execution over HTTP and imports aiohttp (~0.3 s at start); a
# cron job needs it no more than the telnet console. Taken out of the base list, not set to None in
# EXTENSIONS: Scrapy imports every EXTENSIONS key, None or not, to deduplicate the keys.
REMOTE_CONTROL_ENABLED = False
EXTENSIONS_BASE = {
    path: order
    for path, order in default_settings.EXTENSIONS_BASE.items()
    if path
    not in (
        "scrapy.extensions.remote_control.RemoteControl",
        "scrapy.extensions.telnet.TelnetConsole",
    )
}
