# Every target works from a fresh clone with only python3: `install` builds .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
UPSTREAM ?= ../shared/upstream/volteras-connect-openapi.json
RELEASE_SCRIPTS := scripts/introspect.py scripts/surface.py scripts/tree_compare.py scripts/changes.py \
	scripts/release.py scripts/dist.py

.PHONY: install generate golden drift changes dist release test lint typecheck docs demo bench soak clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

generate: install
	$(BIN)/python scripts/generate.py

golden: install
	$(BIN)/python scripts/surface.py --write

drift: install
	$(BIN)/python scripts/check_drift.py $(UPSTREAM)

changes: install  # the surface's differences since the last release, the version they need, the changelog draft
	$(BIN)/python scripts/changes.py --upstream $(UPSTREAM)

dist: install  # generated/ current, sdist and wheel in dist/, the wheel smoke-tested in a fresh venv
	$(BIN)/python scripts/dist.py

release: install  # make release VERSION=x.y.z
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=x.y.z" >&2; exit 2; }
	$(BIN)/python scripts/release.py $(VERSION)
	$(MAKE) dist

lint: install
	$(BIN)/ruff check src scripts tests examples
	$(BIN)/ruff format --check src scripts tests examples

typecheck: install
	$(BIN)/mypy
	$(BIN)/mypy --strict examples tests/static
	$(BIN)/mypy --strict $(RELEASE_SCRIPTS) scripts/docs_hooks.py

# Two pytest workers (pytest-xdist) by default: a third of the suite's time is tests waiting on
# loopback I/O, which the other worker fills. WORKERS=0 runs in one process. A regeneration runs
# once a run whichever worker asks first; the others wait for it (built_once in tests/conftest.py).
WORKERS ?= 2
test: lint typecheck
	$(BIN)/python -m pytest $(if $(filter-out 0 1,$(WORKERS)),-n $(WORKERS) --dist load)

docs: install  # the documentation site into site/; any warning (a broken link or anchor) fails
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet  # that notice: docs/maintainers.md, The documentation site

demo: install
	$(BIN)/python scripts/demo.py

bench: install
	$(BIN)/python scripts/bench.py

soak: install
	$(BIN)/python scripts/soak.py  # defaults: 5,000 commands, 500 vehicles, concurrency 50, 5% faults

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache dist build site
