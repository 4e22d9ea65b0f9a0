# The project's two commands: `make run` starts Inspector Desk on a demo beat,
# `make test` runs every check CI runs. Both create .venv and install what is missing.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint venv clean bench

$(STAMP): pyproject.toml scripts/setup_env.sh $(wildcard resources/i18n/*.ts)
	bash scripts/setup_env.sh "$(PYTHON)" "$(VENV)"
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py --demo

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check inspector_desk tests bench main.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/store.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
