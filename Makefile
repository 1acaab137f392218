# Two commands for a newcomer: `make run` (the demo on http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test worker beat lint fmt bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: setup
	$(BIN)/pytest

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

bench: setup
	$(BIN)/python bench/course_pages.py

clean:
	rm -rf $(VENV) db.sqlite3 static_collected media bench/var bench/results
