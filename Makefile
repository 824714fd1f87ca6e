# Yimen — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PG_ADMIN_URL ?= postgresql://postgres@127.0.0.1:5432/postgres
PYTEST_ARGS ?=

.PHONY: help install run test test-sqlite test-postgres bench lint format migrate migration demo-token sdk partner-demo fuzz clean seed-scale

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with test tools

migrate: install ## Apply every service's migrations (SQLite files under data/ unless *_DATABASE_URL is set)
	$(BIN)/python -m migrations.migrate upgrade

migration: install ## New dated revision from the models: make migration SERVICE=intake MESSAGE="what changes"
	@test -n "$(SERVICE)" -a -n "$(MESSAGE)" || { echo 'usage: make migration SERVICE=intake|eligibility|transfer MESSAGE="what changes"'; exit 2; }
	$(BIN)/python -m migrations.migrate revision -m "$(MESSAGE)" $(SERVICE)

run: install ## Migrate, load demo data, start web :8000 + intake :8001 + eligibility :8002 + transfer :8003
	$(BIN)/python -m scripts.run_all

test: install ## Run the whole suite on SQLite, then on PostgreSQL when it is reachable
	$(MAKE) --no-print-directory test-sqlite
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_ADMIN_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		$(MAKE) --no-print-directory test-postgres; \
	else echo "PostgreSQL not reachable at $(PG_ADMIN_URL): the PostgreSQL run was skipped"; \
		if [ -n "$$CI" ]; then echo "CI requires PostgreSQL"; exit 1; fi; fi

test-sqlite: install ## The suite on SQLite only
	YIMEN_TEST_DB=sqlite $(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: install ## The suite on PostgreSQL only (creates and drops its own databases)
	YIMEN_TEST_DB=postgresql YIMEN_TEST_PG_URL=$(PG_ADMIN_URL) $(BIN)/python -m pytest $(PYTEST_ARGS)

FUZZ_EXAMPLES ?= 50

fuzz: install ## schemathesis, longer than in make test: FUZZ_EXAMPLES (50) cases per operation, SQLite then PostgreSQL
	YIMEN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) YIMEN_TEST_DB=sqlite $(BIN)/python -m pytest -s tests/test_fuzz_openapi.py
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_ADMIN_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		YIMEN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) YIMEN_TEST_DB=postgresql YIMEN_TEST_PG_URL=$(PG_ADMIN_URL) \
		$(BIN)/python -m pytest -s tests/test_fuzz_openapi.py; \
	else echo "PostgreSQL not reachable at $(PG_ADMIN_URL): the PostgreSQL run was skipped"; fi

bench: install ## Benchmarks (eligibility batch vs OpenFisca, latency); numbers go to bench-results/
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python -m bench

N ?= 1000000

seed-scale: install ## Bulk-load N cases (~3 slips each) into the configured databases: make seed-scale N=10000
	$(BIN)/python -m scripts.seed_scale $(N)

LINT_PATHS := services web migrations tests scripts bench examples

lint: install ## ruff: lint (incl. import order) and formatting check; models agree with migrations
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/python -m migrations.migrate check

format: install ## Format the tree and sort imports (ruff)
	$(BIN)/ruff check --select I --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

demo-token: install ## Print a demo API bearer token (window_hd at 黄岛街道; demo mode only)
	@$(BIN)/python -m scripts.demo_token

sdk: install ## OpenAPI documents (clients/openapi/) and the Python SDK (clients/python/) regenerated from the code
	$(BIN)/python -m scripts.export_openapi

partner-demo: install ## Example partner system as a callback department of the demo stack: one case end to end
	$(BIN)/python -m examples.partner.demo

clean: ## Remove the venv and local data
	rm -rf $(VENV) data test-artifacts
