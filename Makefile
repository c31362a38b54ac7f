# The two quickstart commands: `make dashboard` and `make test`.
# Each sets up what it needs (a local .venv from pyproject.toml) and then runs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: dashboard test data bench chromium screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Streamlit runs headless (no first-run e-mail prompt, no telemetry); we open the browser.
dashboard: $(STAMP)
	@( sleep 4; $(BIN)/python -m webbrowser -t http://localhost:8501 >/dev/null 2>&1 ) &
	$(BIN)/streamlit run dashboard.py

# Debian chromium for the one real-browser test (playwright cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

data: $(STAMP)
	$(BIN)/python -m pipeline build --input seeds --output data
	for gold in tests/gold/seeds_measures.csv tests/gold/heldout*.jsonl tests/gold/real/real_*.jsonl; do \
	  $(BIN)/python -m pipeline evaluate --gold $$gold --output data > /dev/null || exit 1; done

screenshot: $(STAMP)
	$(BIN)/python -m devtools.screenshot

bench: $(STAMP)
	$(BIN)/python -m pipeline bench
	$(BIN)/python -m devtools.bench
