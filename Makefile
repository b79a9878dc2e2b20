# Two commands do everything on a fresh machine with Python 3.11, pip and make:
#   make run    set up .venv, build the sample warehouse if missing, start the dashboard on 127.0.0.1:8501
#   make test   the same set-up plus the test tools, then the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SAMPLE_DB := data/sample.duckdb
SAMPLE_FILES := $(wildcard data/sample/*.xlsx) $(wildcard data/reference/*.csv) data/metrics.csv \
	warehouse/schema.sql

.PHONY: install install-dev run test sample lint browser clean bench bench-phone serve loadtest

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
	$(BIN)/python scripts/serve.py  # streamlit run dashboard.py; address and port: .streamlit/config.toml

# Browser tests drive Debian's chromium (never a downloaded browser). Installed here when missing and
# when we may (root with apt-get, as in CI); otherwise the browser tests say they were skipped and why.
browser:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

test: install-dev $(SAMPLE_DB) browser
	$(BIN)/python -m pytest -q

# Not part of `make test`: the country benchmark (docs/benchmarks.md), a few minutes on 2 cores.
# BENCH_ARGS: e.g. --years 2016-2025 for the ten years (about 17 minutes); results in BENCH_JSON.
BENCH_JSON ?= /tmp/bench_country.json
BENCH_ARGS ?=
bench: install
	$(BIN)/python scripts/bench_country.py run --json $(BENCH_JSON) $(BENCH_ARGS)

# The first chart on a leader's phone (docs/benchmarks.md): Tổng quan in Debian's chromium as a phone,
# cold (the server just started) and warm. PHONE_DB: the warehouse (default the sample); PHONE_ARGS: e.g.
# --app /tmp/before to time another checkout in the same run.
PHONE_DB ?= $(SAMPLE_DB)
PHONE_ARGS ?=
bench-phone: install-dev $(SAMPLE_DB) browser
	$(BIN)/python scripts/bench_phone.py --db $(PHONE_DB) --json /tmp/bench_phone.json $(PHONE_ARGS)

# Not part of `make test` (docs/deploying.md, "Many viewers"): N dashboard processes on one warehouse file (DB, default as
# `make run` chooses) behind nginx when installed, else scripts/proxy.py, at http://127.0.0.1:8500/.
N ?= 2
DB ?=
serve: install $(SAMPLE_DB)
	$(BIN)/python scripts/serve_many.py --n $(N) $(if $(DB),--db $(DB))

# The load test: 50 sessions on N processes while a load publishes (about 2 minutes on the sample's reports).
# LOADTEST_DB: a warehouse to copy instead (e.g. the ten-year one of `make bench`); LOADTEST_FILES: what to load.
LOADTEST_DIR ?= /tmp/campaign_loadtest
LOADTEST_DB ?=
LOADTEST_FILES ?= $(wildcard data/sample/BaoCao_*_2022.xlsx)
LOADTEST_ARGS ?=
loadtest: install
	mkdir -p $(LOADTEST_DIR) && rm -f $(LOADTEST_DIR)/warehouse.duckdb
	$(if $(LOADTEST_DB),cp $(LOADTEST_DB) $(LOADTEST_DIR)/warehouse.duckdb,$(BIN)/python -m etl load \
		$(filter-out $(LOADTEST_FILES),$(wildcard data/sample/BaoCao_*.xlsx)) --db $(LOADTEST_DIR)/warehouse.duckdb >/dev/null)
	$(BIN)/python scripts/load_test.py --db $(LOADTEST_DIR)/warehouse.duckdb --n $(N) --sessions 50 \
		--publish $(LOADTEST_FILES) --json $(LOADTEST_DIR)/result.json $(LOADTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) $(SAMPLE_DB) .pytest_cache .ruff_cache tests/artifacts
