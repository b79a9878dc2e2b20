# Two commands do everything on a fresh machine with Python 3.11, pip and make:
#   make run    set up .venv, build the sample warehouse if missing, start the dashboard on 127.0.0.1:8501
#   make test   the same set-up plus the test tools, then the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SAMPLE_DB := data/sample.duckdb
SAMPLE_FILES := $(wildcard data/sample/*.xlsx) $(wildcard data/reference/*.csv) data/metrics.csv \
	warehouse/schema.sql

.PHONY: install install-dev run test sample lint browser clean bench

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

$(SAMPLE_DB): $(VENV)/.installed $(SAMPLE_FILES)
	$(BIN)/python -m etl sample --db $(SAMPLE_DB)

sample: $(SAMPLE_DB)

run: install $(SAMPLE_DB)
	$(BIN)/streamlit run dashboard.py  # address and port: .streamlit/config.toml

# Browser tests drive Debian's chromium (never a downloaded browser). Installed here when missing and
# when we may (root with apt-get, as in CI); otherwise the browser tests say they were skipped and why.
browser:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

test: install-dev $(SAMPLE_DB) browser
	$(BIN)/python -m pytest -q

# Not part of `make test`: the country benchmark (README "Benchmarks"), about 5 minutes on 2 cores.
# BENCH_ARGS: e.g. --years 2016-2025 for the ten years (about 17 minutes); results in BENCH_JSON.
BENCH_JSON ?= /tmp/bench_country.json
BENCH_ARGS ?=
bench: install
	$(BIN)/python scripts/bench_country.py run --json $(BENCH_JSON) $(BENCH_ARGS)

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) $(SAMPLE_DB) .pytest_cache .ruff_cache tests/artifacts
