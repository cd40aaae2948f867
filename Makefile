# BIBLIO Desktop. The two commands a new user needs: `make run` and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python
SAMPLE_SRC := course_packages/digital-skills-orientation
SAMPLE := build/digital-skills-orientation.biblio
DATA ?= build/data
SAMPLE_DEPS := $(shell find $(SAMPLE_SRC) -type f 2>/dev/null)

.PHONY: run test setup lint bench dist sample translations screenshots clean help

help:
	@echo "make run    set up and open the app on the bundled sample course"
	@echo "make test   set up and run the whole test suite (offscreen)"
	@echo "make lint | bench | dist | sample | screenshots | clean"

setup: .venv/.setup-done

.venv/.setup-done: pyproject.toml scripts/setup.sh
	scripts/setup.sh
	touch $@

sample: $(SAMPLE)

$(SAMPLE): setup $(SAMPLE_DEPS)
	@mkdir -p build
	$(PY) -m biblio_desktop pack $(SAMPLE_SRC) -o $(SAMPLE)

run: setup sample translations
	$(PY) -m biblio_desktop --data-dir $(DATA) import $(SAMPLE)
	$(PY) -m biblio_desktop --data-dir $(DATA)

test: setup sample translations
	scripts/setup-lrs.sh
	@echo "--- core and storage tests with Qt blocked (the core must not need PySide6)"
	BIBLIO_BLOCK_QT=1 BIBLIO_CRASH_KILLS=5 $(PY) -m pytest -q -p no:cacheprovider \
		-p no:pytest-qt tests/core tests/storage tests/conversion tests/workshop
	@echo "--- the whole suite"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

translations: setup
	$(PY) scripts/translations.py compile

screenshots: setup translations
	scripts/setup.sh --gui-tools
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py

lint: setup
	.venv/bin/ruff check biblio_desktop tests benchmarks
	.venv/bin/lint-imports  # the layers and contracts: pyproject.toml, [tool.importlinter]

bench: setup sample translations
	scripts/setup-lrs.sh  # bench_sync.py sends to the test LRS
	$(PY) benchmarks/run_all.py

dist: setup sample translations
	scripts/build_dist.sh

clean:
	rm -rf build dist .pytest_cache
