"""Item pipelines, one job each, in this order (priorities in settings.ITEM_PIPELINES):

200 validate  - drop items without url/title/body (counted, recorded in crawl_errors)
300 dedupe    - one item per canonical URL within a run (an original replaces a mirror copy)
800 sqlite    - batched upserts into the SQLite store
"""
