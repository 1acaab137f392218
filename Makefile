# Two commands for a newcomer: `make run` (the demo on http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test worker beat lint fmt messages bench bench-xapi bench-certificates clean

setup: $(VENV)/.installed node_modules/.installed

# The H5P player (h5p-standalone) comes from npm and is served as static files under
# /static/h5p-standalone/ (see STATICFILES_DIRS); it is never committed. --ignore-scripts: its
# install hook insists on yarn, and nothing we use needs a build step.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# One test process per core, each with its own test database; tests that must share a process
# (the real Celery worker's) say so with an xdist_group mark. `.venv/bin/pytest tests/x.py`
# runs a file in one process.
test: setup
	$(BIN)/pytest -n auto --dist loadgroup

worker: setup
	$(BIN)/celery -A cms worker --loglevel=INFO --queues=default,certificates,xapi

beat: setup
	$(BIN)/celery -A cms beat --loglevel=INFO

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Bring the bn/hi/te catalogues up to date with the code, then compile them (needs GNU
# gettext); translate what is new before committing (docs/translations.md).
messages: setup
	$(BIN)/python manage.py makemessages -l bn -l hi -l te --add-location=file --no-obsolete \
		--ignore=node_modules --ignore=.venv --ignore=static_collected --ignore=bench --ignore=var
	$(BIN)/python manage.py compilemessages -l bn -l hi -l te --ignore=.venv --ignore=node_modules

bench: setup
	$(BIN)/python bench/course_pages.py

# xAPI statement POSTs per second (single and batches of 50), SQLite; see bench/README.md.
bench-xapi: setup
	$(BIN)/python bench/xapi_statements.py

# Certificates issued and rendered by a real Celery worker (needs Redis); see bench/README.md.
bench-certificates: setup
	$(BIN)/python bench/certificates.py

clean:
	rm -rf $(VENV) node_modules db.sqlite3 static_collected media bench/var bench/results
