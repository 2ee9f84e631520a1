# Two commands for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := data/sample
REPLAY := $(SAMPLE)/warc
DB ?= data/yunmei.db
START_URLS := $(shell tr '\n' ',' < $(SAMPLE)/start_urls.txt 2>/dev/null)

.PHONY: demo test lint format serve bench record-sample clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/scrapy crawl yunmei -s YUNMEI_REPLAY=$(REPLAY) -s YUNMEI_DB=$(DB) -s LOG_LEVEL=WARNING \
		-a start_urls="$(START_URLS)"
	$(BIN)/scrapy crawl yunmei_epaper -s YUNMEI_REPLAY=$(REPLAY) -s YUNMEI_DB=$(DB) -s LOG_LEVEL=WARNING \
		-a since=2015-05-06 -a until=2015-05-06
	$(BIN)/python -m yunmei summary --db $(DB)

test: $(VENV)/.installed-test
	$(BIN)/ruff check yunmei tests benchmarks scripts
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check yunmei tests benchmarks scripts
	$(BIN)/ruff format --check yunmei tests benchmarks scripts

format: $(VENV)/.installed-test
	$(BIN)/ruff format yunmei tests benchmarks scripts
	$(BIN)/ruff check --fix yunmei tests benchmarks scripts

PORT ?= 8001
# the yunmei plugin (entry point) brings pages, metadata and search for any database file name
serve: $(VENV)/.installed-test
	@test -f $(DB) || $(MAKE) demo DB=$(DB)
	$(BIN)/datasette serve $(DB) --port $(PORT)

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/crawl.py --articles 1000 5000 20000 --json benchmarks/out/crawl.json
	$(BIN)/python benchmarks/replay.py --articles 1000 --json benchmarks/out/replay.json

record-sample: $(VENV)/.installed
	$(BIN)/python scripts/record_sample.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
