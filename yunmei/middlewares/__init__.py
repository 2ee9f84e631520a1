"""Crawl-scheduling components: what to fetch, how politely, and how to resume.

state        - extension ``RunState``: what the store held at the start, asked per article
               (primary key), and ``touch`` for 304s
incremental  - spider middleware: skip stored articles, re-check recent ones, stop pagination,
               probe ids above the highest stored one; downloader middleware: backfill 404s
conditional  - downloader middleware: If-None-Match / If-Modified-Since, 304 → "unchanged"
backoff      - retries with exponential backoff (replaces Scrapy's RetryMiddleware)
jobdir       - makes ``-s JOBDIR=…`` survive SIGKILL (the store, not the lost queue, is the truth)
"""
