"""Folding of names and the given-name list used to recognise people."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

# Legal forms removed when names are compared; shared by every language because news in
# one language cites companies of all countries.
LEGAL_SUFFIXES = frozenset(
    "inc incorporated corp corporation co company ltd limited llc lp llp plc gmbh mbh ag se sa "
    "spa nv bv kg kgaa ohg ab asa oyj holding holdings group gruppe the".split()
)
_WORD = re.compile(r"[\w&]+")


def fold(name: str) -> str:
    """Case-, accent-, punctuation- and legal-form-insensitive key of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = _WORD.findall(text.replace("'s ", " ").replace("’s ", " "))
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def slug(name: str) -> str:
    return fold(name).replace(" ", "-") or "unnamed"


def _utf8(name: str) -> str:
    """The file's columns are counted in bytes, so it is read byte by byte (ISO-8859-1); its
    names are UTF-8 ("JÃ¶rg" is "Jörg")."""
    try:
        return name.encode("iso-8859-1").decode("utf-8")
    except UnicodeError:
        return name


@cache
def given_names() -> frozenset[str]:
    """First names of many countries, from the data file of the ``gender-guesser`` package.

    Only the name column is read; the file is parsed once per process.
    """
    names: set[str] = set()
    try:
        path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
        with path.open(encoding="iso-8859-1") as handle:
            for line in handle:
                if line.startswith("#") or len(line) < 30:
                    continue
                name = _utf8(line[3:29].strip())
                if name and "+" not in name:
                    names.add(name.replace("+", " "))
    except (ModuleNotFoundError, FileNotFoundError):  # the list is an aid, not a must
        return frozenset()
    return frozenset(names)
