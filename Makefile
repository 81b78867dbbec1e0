# Two entry points, each sets itself up on a fresh machine (Python 3.11+ and make):
#   make run   generate every artifact from specs/ and validate the bundled examples
#   make test  check generated files are fresh, lint, type-check, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REFERENCE := examples/reference.yaml

.PHONY: run test setup clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(STAMP)
	$(BIN)/twapschema generate
	@echo "--- valid examples (expect: valid)"
	@for f in generated/examples/*/*.valid.jsonl; do \
	  venue=$$(basename $$(dirname $$f)); message=$$(basename $$f .valid.jsonl); \
	  $(BIN)/twapschema validate $$venue $$message $$f --reference $(REFERENCE) || exit 1; \
	done
	@echo "--- invalid examples (expect: invalid, exit 1)"
	@for f in generated/examples/*/*.invalid.jsonl; do \
	  venue=$$(basename $$(dirname $$f)); message=$$(basename $$f .invalid.jsonl); \
	  $(BIN)/twapschema validate $$venue $$message $$f --reference $(REFERENCE); \
	  test $$? -eq 1 || { echo "expected exit 1 for $$f"; exit 1; }; \
	done

test: $(STAMP)
	$(BIN)/twapschema generate --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
