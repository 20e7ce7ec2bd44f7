PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench eval challenge clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dealgraph extract examples/meta-ai-acquisitions.de.txt --lang de --published 2025-06-21 --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench eval scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/extract.py

eval: $(STAMP)
	@for name in seed sentivent smartdata; do \
	  $(BIN)/dealgraph extract ../shared/eval/dev/$$name.docs.jsonl --format jsonl > /tmp/dealgraph-$$name.jsonl; \
	  echo "== $$name"; python3 ../shared/eval/score.py --gold ../shared/eval/dev/$$name.gold.jsonl --pred /tmp/dealgraph-$$name.jsonl | grep -E '^(all|strict|attribute)'; \
	done

challenge: $(STAMP)
	@for set in cases cases_v2 cases_v3 cases_v4 cases_v5 cases_v6 cases_v7 cases_v8 cases_v9 cases_v10 cases_v11 cases_v12 cases_v13 cases_v14 cases_v15 cases_v16 cases_v17 cases_v18 cases_v19 cases_v20 cases_v21 cases_v22 cases_v23 cases_v24 cases_v25 cases_v26 cases_v27 cases_v28 cases_v29 cases_v30 cases_v31 cases_v32; do \
	  printf '%-9s ' $$set; $(BIN)/python eval/challenge/run.py --cases $$set | grep '^ALL'; \
	done

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
