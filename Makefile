# Two entry points, each sets itself up on a fresh machine (Python 3.11+ and make):
#   make run   generate every artifact from specs/ and validate the bundled examples
#   make test  check generated files are fresh, lint, type-check, run the JavaScript and
#              the native (jsonschema-rs, C++ CEL) conformance checks, build the docs and open them in headless Chromium, run the
#              test suite (needs Node.js 18+ with npm, and Chromium at /usr/bin/chromium)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REFERENCE := examples/reference.yaml
NODE_DIR := npm
NODE_STAMP := $(NODE_DIR)/node_modules/.package-lock.json
BROWSER_DIR := tests/browser
ASYNCAPI_DIR := tests/asyncapi
ASYNCAPI_STAMP := $(ASYNCAPI_DIR)/node_modules/.package-lock.json
BROWSER_STAMP := $(BROWSER_DIR)/node_modules/.package-lock.json
export NO_MKDOCS_2_WARNING := 1

.PHONY: run test setup conformance conformance-long npm-pack docs fuzz fuzz-streams bench roundtrip clean

setup: $(STAMP) $(NODE_STAMP) $(BROWSER_STAMP) $(ASYNCAPI_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --group dev -e .
	touch $@

# The npm package (npm/): the schemas, TypeScript types and validate() in JavaScript (Ajv,
# @bufbuild/cel), pinned by the lockfile. `npm test` builds it, runs it over every
# conformance vector (Node's test runner) and type-checks a TypeScript consumer.
$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "make: Node.js 18+ and npm are needed for the npm package's tests"; exit 1; }
	npm ci --prefix $(NODE_DIR) --no-audit --no-fund --loglevel=error

conformance: $(NODE_STAMP) $(STAMP)
	npm test --prefix $(NODE_DIR) --silent
	$(BIN)/python -m conformance.native.check

# The npm package as a tarball in build/ (never published from here).
npm-pack: $(NODE_STAMP)
	mkdir -p build
	cd $(NODE_DIR) && npm pack --pack-destination ../build --silent

# The native consumer over many more mutated payloads than CI draws (MUTATIONS per message).
MUTATIONS ?= 20000
conformance-long: $(STAMP)
	$(BIN)/python -m conformance.native.check --mutations $(MUTATIONS)

# The AsyncAPI Initiative's parser over generated/asyncapi (OpenAPI: openapi-spec-validator, in
# the suite).
$(ASYNCAPI_STAMP): $(ASYNCAPI_DIR)/package.json $(ASYNCAPI_DIR)/package-lock.json
	npm ci --prefix $(ASYNCAPI_DIR) --no-audit --no-fund --loglevel=error

# The docs site's browser test: playwright-core driving Debian's Chromium (/usr/bin/chromium).
$(BROWSER_STAMP): $(BROWSER_DIR)/package.json $(BROWSER_DIR)/package-lock.json
	npm ci --prefix $(BROWSER_DIR) --no-audit --no-fund --loglevel=error

# A fixed number of fuzzing runs of the spec loader (atheris, coverage-guided); a crash is saved
# as crash-<hash> in the current directory.
FUZZ_RUNS ?= 50000
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet --group fuzz -e .
	$(BIN)/python fuzz/spec_loader.py -runs=$(FUZZ_RUNS) -timeout=20 -max_len=4096 fuzz/corpus

# The venues' official clients (python-okx, pybit, binance-sdk-algo; CCXT for OKX, Binance, Bybit,
# Kraken) against `twapschema serve` holding their secrets: a TWAP placed, cancelled and
# cancelled again, and a wrong secret refused as the venue refuses it. Outside CI: it installs
# the clients into a scratch environment of its own (build/roundtrip-venv).
ROUNDTRIP = build/roundtrip-venv
roundtrip:
	python3 -m venv $(ROUNDTRIP)
	$(ROUNDTRIP)/bin/python -m pip install --quiet ccxt==4.5.90 python-okx==0.4.4 pybit==5.17.0 binance-sdk-algo==3.9.0 -e '.[serve]'
	cd build && ../$(ROUNDTRIP)/bin/python ../corpus/roundtrip/roundtrip.py

# The stream reader: any bytes as JSON Lines on stdin, one output record per non-blank line.
fuzz-streams: $(STAMP)
	$(BIN)/python -m pip install --quiet --group fuzz -e .
	$(BIN)/python fuzz/stream_reader.py -runs=$(FUZZ_RUNS) -timeout=20 -max_len=4096 fuzz/stream_corpus

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --group bench -e .
	$(BIN)/python -m bench

docs: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir build/site

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

test: $(STAMP) $(NODE_STAMP) $(BROWSER_STAMP) $(ASYNCAPI_STAMP)
	$(BIN)/twapschema generate --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	npm test --prefix $(NODE_DIR) --silent
	npm test --prefix $(ASYNCAPI_DIR) --silent
	$(BIN)/python -m conformance.native.check
	$(BIN)/mkdocs build --strict --site-dir build/site
	node $(BROWSER_DIR)/check.mjs build/site build/screenshots
	$(BIN)/pytest -n auto

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis \
	  $(NODE_DIR)/node_modules $(NODE_DIR)/schemas $(NODE_DIR)/types $(BROWSER_DIR)/node_modules $(ASYNCAPI_DIR)/node_modules build
