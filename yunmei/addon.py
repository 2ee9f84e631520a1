"""Scrapy add-on: switches the downloader to replay when ``YUNMEI_REPLAY`` is set."""

from __future__ import annotations

# above the project's settings.py (20), below spider (30) and command line (40): -s still wins
_REPLAY_PRIORITY = 25
REPLAY_SCHEMES = ("http", "https", "ftp", "ftps", "s3", "gs", "file", "data", "sftp")


class YunmeiAddon:
    def update_settings(self, settings) -> None:
        if not settings.get("YUNMEI_REPLAY"):
            return
        handler = "yunmei.replay.ReplayDownloadHandler"
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
        # every scheme, not only http(s): a replay never reaches the network (ftp, s3, file …)
        handlers.update(dict.fromkeys(REPLAY_SCHEMES, handler))
        settings.set("DOWNLOAD_HANDLERS", handlers, _REPLAY_PRIORITY)
        # a recording answers instantly and never overloads anyone: lift politeness
        for name, value in {
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            "CONCURRENT_REQUESTS": 16,
            "RETRY_ENABLED": False,
        }.items():
            settings.set(name, value, _REPLAY_PRIORITY)
