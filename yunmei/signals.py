"""Custom signals. Send with ``crawler.signals.send_catch_log(page_error, url=…, kind=…, detail=…)``."""

page_error = object()  # a page that could not become an article: recorded in crawl_errors
