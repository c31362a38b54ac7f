# The two quickstart commands: `make dashboard` and `make test`.
# Each sets up what it needs in a local .venv from pyproject.toml, then runs:
# `make dashboard` installs only what the dashboard and pipeline need, `make test` adds the
# test tools (Playwright, mypy, hypothesis, ...) to the same .venv.

# The first of python3, python3.13, python3.12, python3.11 that is 3.11 or newer;
# `make PYTHON=/path/to/python3.x ...` picks another.
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { command -v $$p; break; }; \
  done)
# "<version> <prefix>" of that interpreter: a .venv made by any other one is rebuilt.
PY_ID := $(shell $(PYTHON) -c 'import sys; print("%d.%d.%d" % sys.version_info[:3], sys.base_prefix)' 2>/dev/null)
PY_TAG := $(shell printf '%s' '$(PY_ID)' | cksum | cut -d' ' -f1)
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.python-$(PY_TAG)
RUNTIME_STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev

# The dashboard listens on this machine only; `make dashboard HOST=0.0.0.0` shares it on
# the network (anyone who can reach PORT can then read the data).
HOST ?= 127.0.0.1
PORT ?= 8501
# `make dashboard INPUT=mydocs` builds that folder into OUTPUT and shows it; data/ is untouched.
INPUT ?=
OUTPUT ?= $(if $(INPUT),out/$(notdir $(abspath $(INPUT))),)

.PHONY: dashboard test data bench chromium screenshot python input fuzz

# Checked before anything is installed: a clear line instead of pip failing after a minute.
python:
	@test -n "$(PY_ID)" || { echo "make: need Python 3.11 or newer: PYTHON='$(PYTHON)' does" \
	  "not run (tried python3, python3.13, python3.12, python3.11); set PYTHON=/path/to/python3.x" \
	  >&2; exit 2; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "make: $(PYTHON) is Python $(word 1,$(PY_ID)); need 3.11 or newer" >&2; exit 2; }

# uv installs the same packages as pip about five to ten times faster (parallel downloads, no
# up-front bytecode compilation: 8-16 s instead of ~60 s for the runtime set on a fresh clone).
# It reads PyPI or UV_INDEX_URL, not pip.conf: if uv cannot be installed or fails (say, behind
# a mirror only pip is configured for), pip does the job.
INSTALL = $(BIN)/uv pip install --python $(BIN)/python --quiet
PIP_INSTALL = $(BIN)/python -m pip install --quiet

$(VENV_STAMP): | python
	@if [ -d $(VENV) ]; then echo "make: .venv was made with another Python (or an older" \
	  "Makefile); rebuilding it with $(PYTHON) ($(word 1,$(PY_ID)))"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) 'uv>=0.13,<1' || echo "make: uv unavailable, installing with pip (slower)"
	touch $@

$(RUNTIME_STAMP): pyproject.toml $(VENV_STAMP)
	$(INSTALL) -e . || $(PIP_INSTALL) -e .
	touch $@

$(DEV_STAMP): pyproject.toml $(VENV_STAMP)
	$(INSTALL) -e '.[dev]' || $(PIP_INSTALL) -e '.[dev]'
	touch $@ $(RUNTIME_STAMP)

# Checked before anything is installed or built.
input:
ifneq ($(INPUT),)
	@test -d "$(INPUT)" || { echo "make: INPUT=$(INPUT) is not a folder" >&2; exit 2; }
	@test "$(abspath $(OUTPUT))" != "$(abspath data)" || { \
	  echo "make: OUTPUT must not be data/ (the shipped build of seeds/)" >&2; exit 2; }
endif

# Streamlit runs headless (no first-run e-mail prompt, no telemetry); we open the browser.
# A build that skipped some files (exit 1) still opens the dashboard; the files are named.
dashboard: input $(RUNTIME_STAMP)
ifneq ($(INPUT),)
	$(BIN)/python -m pipeline build --input "$(INPUT)" --output "$(OUTPUT)" || [ $$? -eq 1 ]
endif
	@( sleep 4; $(BIN)/python -m webbrowser -t http://localhost:$(PORT) >/dev/null 2>&1 ) &
	$(if $(INPUT),TRAFFICKING_SEEDS_DIR="$(abspath $(INPUT))" TRAFFICKING_DATA_DIR="$(abspath $(OUTPUT))") \
	  $(BIN)/streamlit run dashboard.py --server.address $(HOST) --server.port $(PORT)

# Debian chromium for the one real-browser test (playwright cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

# mypy keeps its incremental cache in .mypy_cache, so only changed modules are re-checked.
test: $(DEV_STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

data: $(RUNTIME_STAMP)
	$(BIN)/python -m pipeline build --input seeds --output data
	for gold in tests/gold/seeds_measures.csv tests/gold/heldout*.jsonl tests/gold/real/real_*.jsonl; do \
	  $(BIN)/python -m pipeline evaluate --gold $$gold --output data > /dev/null || exit 1; done
	# accuracy per category on unseen real text, pooled from the registered splits' first
	# scorings, for the dashboard's Evidence and About tabs
	$(BIN)/python tools/heldout_accuracy.py --output data > /dev/null
	# the real page batches are built apart (they are not the dashboard's data); only their
	# figures join data/ (a page with no statement is skipped, hence no || exit on build)
	for batch_split in meetings:dev meetings:test geneva:test geneva2:test geneva3:test; do \
	  batch=$${batch_split%%:*}; split=$${batch_split##*:}; out=build/$$batch-$$split; \
	  rm -rf $$out; \
	  $(BIN)/python -m pipeline build --quiet --input tests/gold/real/$$batch/$$split \
	    --output $$out > /dev/null 2>&1; \
	  $(BIN)/python -m pipeline evaluate --gold tests/gold/real/$$batch/meetings_$$split.csv \
	    --output $$out > /dev/null || exit 1; \
	  cp $$out/evaluation-meetings_$$split.json data/evaluation-$${batch}_$$split.json \
	    || exit 1; done

screenshot: $(DEV_STAMP)
	$(BIN)/python -m devtools.screenshot

# both benchmarks always run (the build's misses must not hide the dashboard's figures);
# the target fails if either does
bench: $(DEV_STAMP)
	status=0; $(BIN)/python -m pipeline bench || status=1; \
	  $(BIN)/python -m devtools.bench || status=1; exit $$status

# The fault-injection suite (tests/test_faults.py) at length: hundreds of random file names,
# byte strings and texts per property, and 25 builds killed at random moments instead of 2.
fuzz: $(DEV_STAMP)
	FAULTS_PROFILE=fuzz $(BIN)/python -m pytest tests/test_faults.py -q
