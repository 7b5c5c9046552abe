# geoevents: `make run` installs into .venv and codes samples/ into output/; `make test` runs the suite.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_LEVEL ?= WARNING
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180

.PHONY: install run test lint acceptance bench lock schemas clean gazetteer chromium postgres

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	VIRTUAL_ENV=$(VENV) $(BIN)/uv pip sync -q requirements.lock
	VIRTUAL_ENV=$(VENV) $(BIN)/uv pip install -q --no-deps -e .
	$(BIN)/geoevents gazetteer build
	touch $@

gazetteer: install
	$(BIN)/geoevents gazetteer build --force

run: install
	$(BIN)/geoevents run samples --output output

test: install
	$(BIN)/python -m pytest -q -ra

lint: install
	$(BIN)/ruff check src flows tests bench
	$(BIN)/mypy

acceptance: install
	@test -f ../shared/seeds/metadata.jsonl || { echo "../shared/seeds is absent: the acceptance check needs the shared folder beside the repo"; exit 2; }
	@d=$$(mktemp -d); \
	$(BIN)/geoevents run ../shared/seeds --output $$d/dataset && \
	$(BIN)/python ../shared/acceptance/check_seeds.py $$d/dataset; rc=$$?; rm -rf $$d; exit $$rc

bench: install
	$(BIN)/python bench/run_all.py

schemas: install
	$(BIN)/geoevents schema --write-files schemas

# Re-resolve the lock (needs the package index); commit the result.
lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

chromium:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

postgres:
	command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || \
	  (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
