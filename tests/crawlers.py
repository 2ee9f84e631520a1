"""Crawlers built with the project's own settings (its extensions, defaults and pipelines)."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from yunmei import settings as project_settings


def project_settings_dict(**overrides) -> dict:
    values = {k: getattr(project_settings, k) for k in dir(project_settings) if k.isupper()}
    values.update(overrides)
    return values


def project_crawler(spidercls=None, **overrides):
    """A crawler as ``scrapy crawl`` builds it (extensions included), with a spider when given."""
    crawler = get_crawler(spidercls, settings_dict=project_settings_dict(**overrides))
    if spidercls is not None:
        crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    return crawler
