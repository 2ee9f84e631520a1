"""Item pipelines, one later job each, in this order (priorities in settings.ITEM_PIPELINES).

The spider yields what ``extract_article`` makes of a whole article: fields extracted and
normalized once, content hash and events computed once. The pipelines only judge, count and
store it:

200 validate  - drop items without url / article_id / title / body (counted, in crawl_errors)
300 dedupe    - one item per canonical URL within a run (a mirror copy waits for its original)
500 stats     - count normalization flags, events and award rows (the item is not changed)
800 sqlite    - batched upserts into the crawl's store
"""
