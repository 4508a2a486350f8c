# Two commands on a fresh machine: `make site` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PORT   ?= 8000

.PHONY: site data pages serve test bench audit clean chromium help
.DEFAULT_GOAL := help

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TSTAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

site: $(STAMP) ## build data, pages and the static site into site/
	$(PY) -m build_scripts all

data: $(STAMP) ## regenerate datapackage/ only
	$(PY) -m build_scripts data

pages: $(STAMP) ## regenerate the generated Markdown pages from datapackage/
	$(PY) -m build_scripts pages

serve: site ## preview the site on http://127.0.0.1:$(PORT)/
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:$(PORT) --no-livereload

chromium: ## headless Chromium for the browser tests (Debian package `chromium`; installs it as root)
	@command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "Chromium is missing: run 'sudo apt-get install -y chromium fonts-noto-cjk'"; exit 1; fi; }

# The tests build the site from the committed datapackage/ (they check separately that `make data`
# would not change it), so `make test` never rewrites committed files.
test: $(TSTAMP) chromium ## run every test (unit, integration, browser)
	$(PY) -m build_scripts pages
	$(PY) -m build_scripts site
	$(PY) -m pytest -q

bench: $(TSTAMP) ## print speed, memory, page weight and extraction quality figures
	$(PY) -m devtools.bench

# N observations of datapackage/ drawn with SEED, with their quotes and the seed text around them
audit: $(STAMP) ## write audit.md: a sheet to judge N=100 published observations (SEED=1) against the reports
	$(PY) -m devtools.audit --n $(or $(N),100) --seed $(or $(SEED),1) --out audit.md

clean: ## remove the venv, the site and the generated pages
	rm -rf $(VENV) site .bench .cache .pytest_cache overrides/assets/vendor
	git clean -fdXq docs 2>/dev/null || true  # the generated pages: the git-ignored files under docs/
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
