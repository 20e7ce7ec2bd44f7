"""Is a capitalised word ordinary vocabulary or a name?

German capitalises every noun, so capitalisation alone says little. A word counts as
vocabulary when it is frequent in the language (wordfreq), when it is a compound ending
in a frequent word ("Parfümeriekooperation"), or when it ends in a noun-forming suffix.
"""

from __future__ import annotations

import gc
import math
from functools import cache, lru_cache

from wordfreq import get_frequency_dict

from ..lexicons import load


@cache
def _frequencies(lang: str) -> dict[str, float]:
    """wordfreq's table of the language, read once: a dictionary lookup per word instead of
    wordfreq's per-call tokenisation, which dominated extraction time on unseen words."""
    try:
        table = get_frequency_dict(lang)
    except (LookupError, ValueError):
        return {}
    # Half a million entries would be walked by every full garbage collection; they never
    # change, so they go to the permanent generation (with whatever else is loaded by now).
    gc.freeze()
    return table


def zipf_frequency(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case word (0 when unknown), as wordfreq computes it."""
    freq = _frequencies(lang).get(word, 0.0)
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


COMMON_ZIPF = 4.0
COMPOUND_PART_ZIPF = 3.5


@lru_cache(maxsize=200_000)
def is_vocabulary(word: str, lang: str) -> bool:
    lower = word.casefold().strip("-")
    if not lower.isalpha():
        return False
    if any(c.isupper() for c in word[1:]) and not word.isupper():
        return False  # "SABMiller", "GlobeSherpa": inner capitals never occur in ordinary words
    if zipf_frequency(lower, lang) >= COMMON_ZIPF:
        return True
    data = load(lang, "mentions")
    if zipf_frequency(lower, lang) >= data.get("vocabulary_zipf", COMMON_ZIPF):
        return True
    for ending in data.get("inflections", ()):
        if lower.endswith(ending) and len(lower) - len(ending) >= 4:
            stem = lower[: -len(ending)]
            if zipf_frequency(stem, lang) >= data.get("vocabulary_zipf", COMMON_ZIPF) or (
                data.get("compounds") and _is_compound(stem, lang)
            ):
                return True
    if any(lower.endswith(s) for s in data.get("noun_suffixes", ())) and len(lower) > 6:
        return True
    return bool(data.get("compounds")) and _is_compound(lower, lang)


def _is_compound(lower: str, lang: str) -> bool:
    """A long word ending in a frequent word ("Produktpalette" ends in "Palette")."""
    if len(lower) < 9:
        return False
    return any(zipf_frequency(lower[cut:], lang) >= COMPOUND_PART_ZIPF for cut in range(3, len(lower) - 4))


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    return zipf_frequency(word.casefold(), lang)
