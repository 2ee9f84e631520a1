"""yunmei: Scrapy crawler and SQLite ingestion for Zhanjiang Cloud Media (湛江云媒)."""

__version__ = "0.1.0"
