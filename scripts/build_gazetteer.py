"""Build the listed-companies gazetteer from the ``pytickersymbols`` package.

``pytickersymbols`` ships, offline, the constituents of 20 stock indices
(DAX, MDAX, SDAX, TecDAX, S&P 500, FTSE 100, ...).  This script turns every
company of those indices into one gazetteer entry of kind ``org`` and writes
``src/dealgraph/lexicons/entities.listed.jsonl``:

* ``name``: the company name as pytickersymbols spells it (a trailing
  Wikipedia disambiguation such as "(American company)" removed);
* ``aliases``: the name without its legal form ("The Hershey Company" ->
  "Hershey"), unless that short form is an ordinary English or German word
  or already names another entity;
* ``tickers`` / ``isins``: kept apart from the aliases, never matched as text;
* ``tags``: ``["listed", <index names>...]``;
* ``id``: ``dg:org:<slug>`` (pytickersymbols has no Wikidata ids).

Companies whose folded name (casefold, legal forms such as Inc, Corp, AG, SE,
plc, N.V., S.A., Group, Holding stripped) equals the folded name or alias of
an entry of the hand-written ``entities.curated.jsonl`` are skipped: the
curated entry wins.  The output is sorted and stable, so re-running the
script on the same pytickersymbols version gives the same file.

Usage::

    python scripts/build_gazetteer.py [--curated PATH] [--output PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "src" / "dealgraph" / "lexicons"
CURATED = LEXICONS / "entities.curated.jsonl"
OUTPUT = LEXICONS / "entities.listed.jsonl"

#: Legal forms and corporate suffixes removed when folding a name (as tokens,
#: after casefolding and removing dots).
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "ab", "ag", "as", "asa", "bhd", "bv", "co", "company", "corp",
        "corporation", "gmbh", "group", "groupe", "gruppe", "holding",
        "holdings", "inc", "incorporated", "kg", "kgaa", "limited", "llc",
        "lp", "ltd", "nv", "oyj", "plc", "sa", "sas", "se", "spa", "the",
        "trust", "ug",
    }
)  # fmt: skip

#: A single-word short name at or above this Zipf frequency in English or
#: German is ordinary vocabulary and is not used as an alias.
COMMON_WORD_ZIPF = 4.5

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
_CLASS = re.compile(r"\s+(?:class|series)\s+[a-z]\b.*$", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def strip_accents(text: str) -> str:
    """Return ``text`` without combining accents ("Nestlé" -> "Nestle")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_name(name: str) -> str:
    """Fold a company name to a comparison key.

    Casefolds, removes accents, dots and punctuation, turns "&" into "and",
    drops a trailing "& Co." and drops legal-form tokens (Inc, Corp, AG, SE,
    plc, N.V., S.A., Group, Holding, ...).  A name made only of legal-form
    tokens keeps them, so "The Company" does not fold to "".

    >>> fold_name("The Hershey Company")
    'hershey'
    >>> fold_name("Koninklijke Philips N.V.")
    'koninklijke philips'
    """
    text = strip_accents(name).casefold()
    text = _CLASS.sub("", _PAREN.sub("", text))
    text = text.replace(".", "").replace("'", "").replace("\u2019", "")
    text = re.sub(r"\s*(?:&|\band\b)\s*co\b", " ", text)
    text = text.replace("&", " and ")
    tokens = _TOKEN.findall(text)
    kept = [tok for tok in tokens if tok not in LEGAL_FORMS]
    if not kept:
        kept = tokens
    while len(kept) > 1 and kept[-1] == "and":
        kept.pop()
    return " ".join(kept)


def slugify(name: str) -> str:
    """Return an ASCII slug for ids: "Dr. Ing. h.c. F. Porsche" -> "dr-ing-h-c-f-porsche"."""
    text = strip_accents(name).casefold().replace("&", " and ")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or "x"


def clean_display_name(name: str) -> str:
    """Remove a Wikipedia disambiguation and share-class suffix from a name."""
    name = _PAREN.sub("", name).strip()
    name = _CLASS.sub("", name).strip()
    return re.sub(r"\s+", " ", name)


def short_name(name: str) -> str:
    """Return ``name`` without a leading "The" and trailing legal forms, original case kept."""
    words = name.replace(",", " ").split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]

    def is_legal(word: str) -> bool:
        return word.casefold().replace(".", "") in LEGAL_FORMS

    while len(words) > 1 and (is_legal(words[-1]) or words[-1] in {"&", "and"}):
        words.pop()
    if len(words) > 1 and words[-1].casefold() in {"&", "and"}:
        words.pop()
    return " ".join(words)


def is_common_word(text: str) -> bool:
    """True if ``text`` is one word that is ordinary English or German vocabulary."""
    if " " in text.strip():
        return False
    from wordfreq import zipf_frequency

    word = text.strip().lower()
    return any(zipf_frequency(word, lang) >= COMMON_WORD_ZIPF for lang in ("en", "de"))


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def curated_keys(entries: Iterable[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """Return the folded names/aliases and the casefolded surface forms of curated entries."""
    folded: set[str] = set()
    surfaces: set[str] = set()
    for entry in entries:
        for text in [entry["name"], *entry.get("aliases", [])]:
            folded.add(fold_name(text))
            surfaces.add(text.casefold())
    return folded, surfaces


def collect_stocks() -> dict[str, dict[str, Any]]:
    """Return the pytickersymbols companies by display name, with their index names."""
    from pytickersymbols import PyTickerSymbols

    data = PyTickerSymbols()
    companies: dict[str, dict[str, Any]] = {}
    for index in sorted(data.get_all_indices()):
        for stock in data.get_stocks_by_index(index):
            name = clean_display_name(stock["name"])
            record = companies.setdefault(
                name,
                {"name": name, "indices": set(), "tickers": set(), "isins": set(), "country": None},
            )
            record["indices"].add(index)
            if stock.get("symbol"):
                record["tickers"].add(stock["symbol"])
            for symbols in stock.get("symbols") or []:
                for key in ("yahoo", "google"):
                    if symbols.get(key):
                        record["tickers"].add(symbols[key])
            record["isins"].update(stock.get("isins") or [])
            if stock.get("country") and not record["country"]:
                record["country"] = stock["country"]
    return companies


def build_entries(
    companies: dict[str, dict[str, Any]], curated: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Turn companies into gazetteer entries, skipping those a curated entry covers."""
    folded_curated, curated_surfaces = curated_keys(curated)
    candidates: list[dict[str, Any]] = []
    seen_keys: set[str] = set()
    for name in sorted(companies, key=lambda n: (fold_name(n), n)):
        record = companies[name]
        key = fold_name(name)
        if key in folded_curated or key in seen_keys:
            continue
        seen_keys.add(key)
        aliases: list[str] = []
        short = short_name(name)
        if short != name and short.casefold() != name.casefold() and not is_common_word(short):
            aliases.append(short)
        tags = ["listed", *sorted(record["indices"])]
        if is_common_word(name) or any(is_common_word(a) for a in aliases):
            tags.append("ambiguous")
        candidates.append(
            {
                "id": f"dg:org:{slugify(name)}",
                "name": name,
                "kind": "org",
                "aliases": aliases,
                "wikidata": None,
                "tags": tags,
                "tickers": sorted(record["tickers"]),
                "isins": sorted(record["isins"]),
                "location": record["country"],
                "source": "pytickersymbols",
            }
        )
    # Drop surface forms that another entity (curated or listed) already uses.
    counts: dict[str, int] = {}
    for entry in candidates:
        for text in {entry["name"].casefold(), *(a.casefold() for a in entry["aliases"])}:
            counts[text] = counts.get(text, 0) + 1
    entries: list[dict[str, Any]] = []
    used_ids: set[str] = {e["id"] for e in curated}
    for entry in candidates:
        if entry["name"].casefold() in curated_surfaces:
            continue
        entry["aliases"] = [
            a for a in entry["aliases"] if counts[a.casefold()] == 1 and a.casefold() not in curated_surfaces
        ]
        base, n = entry["id"], 2
        while entry["id"] in used_ids:
            entry["id"] = f"{base}-{n}"
            n += 1
        used_ids.add(entry["id"])
        entries.append(entry)
    return sorted(entries, key=lambda e: e["id"])


def write_jsonl(entries: Iterable[dict[str, Any]], path: Path) -> int:
    """Write entries as JSON lines (UTF-8, one object a line); return how many."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: build and write the listed gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    curated = list(read_jsonl(args.curated)) if args.curated.exists() else []
    entries = build_entries(collect_stocks(), curated)
    count = write_jsonl(entries, args.output)
    print(f"wrote {count} listed companies to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
