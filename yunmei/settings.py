"""Scrapy settings for yunmei. Every YUNMEI_* setting is documented in README.md."""

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
YUNMEI_LIST_MAX_DEPTH = 5  # how many list pages deep pagination is followed

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
HTTPERROR_ALLOWED_CODES = [404]  # the spider records 404s itself (ids are sequential; gaps are normal)
# HTTPCACHE_ENABLED = True  # uncomment (or -s HTTPCACHE_ENABLED=1) to cache pages under .scrapy/

REQUEST_FINGERPRINTER_CLASS = "yunmei.fingerprint.CanonicalFingerprinter"
ADDONS = {"yunmei.addon.YunmeiAddon": 0}

DOWNLOADER_MIDDLEWARES = {
    # closest to the network, so it sees the raw (still compressed) bytes
    "yunmei.record.WarcRecorderMiddleware": 950,
}

# gapped priorities so later stages slot in between
ITEM_PIPELINES = {
    "yunmei.pipelines.validate.ValidatePipeline": 200,
    "yunmei.pipelines.dedupe.DedupePipeline": 300,
    "yunmei.pipelines.sqlite.SQLitePipeline": 800,
}

EXTENSIONS = {
    "yunmei.runlog.RunLog": 500,
}

TELNETCONSOLE_ENABLED = False  # an hourly cron job needs no open console port
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
