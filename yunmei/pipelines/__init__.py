"""Item pipelines, one job each, in this order (priorities in settings.ITEM_PIPELINES):

100 normalize - every text field through yunmei.normalize.normalize_text (flags + stats)
200 validate  - drop items without url/id/title/body (counted, recorded in crawl_errors)
300 dedupe    - one item per canonical URL within a run (an original replaces a mirror copy)
500 events    - events and awards from the body, for items that do not carry them yet
800 sqlite    - batched upserts into the SQLite store
"""
