"""Language identification restricted to the languages dealgraph has lexicons for.

py3langid knows ~100 languages; a German headline of three words could come out as
Dutch or Luxembourgish. Restricting the model to the languages the caller can process
turns that into the right choice between the ones that matter.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .options import DEFAULT_LANGUAGES

log = logging.getLogger(__name__)

_LETTER = re.compile(r"[^\W\d_]")
# Enough text to decide; classifying a 20 MB document whole would only cost time.
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=1)
def _full_identifier() -> LanguageIdentifier:
    """Load the model once per process (it takes ~100 ms); never mutate this one."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


@lru_cache(maxsize=16)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier | None:
    """A restricted identifier per language set, built once and cached.

    It is our own object, not py3langid's module-level one, so no other code calling
    ``py3langid.set_languages`` can widen or change the restriction under us. Returns
    None when none of the languages is known to the model.
    """
    full = _full_identifier()
    known = [lang for lang in languages if lang in set(full.nb_classes)]
    unknown = sorted(set(languages) - set(known))
    if unknown:
        log.warning("language detection: no model for %s", ", ".join(unknown))
    if not known:
        return None
    ident = LanguageIdentifier(
        full.nb_ptc,
        full.nb_pc,
        full.nb_classes,
        full.tk_nextmove,
        full.tk_output,
        norm_probs=False,
        tk_row=full.tk_row,
    )
    ident.set_languages(known)
    return ident


def detect_language(text: str, supported: Sequence[str] = DEFAULT_LANGUAGES) -> str:
    """The most likely of *supported* for *text*.

    With no letters to go on (empty text, numbers only), or no supported language known
    to the model, the first supported language is the answer: the caller's default.
    """
    languages = tuple(dict.fromkeys(lang.lower() for lang in supported))
    if not languages:
        raise ValueError("detect_language needs at least one supported language")
    sample = text[:_SAMPLE_CHARS]
    if len(languages) == 1 or not _LETTER.search(sample):
        return languages[0]
    ident = _identifier(languages)
    if ident is None:
        return languages[0]
    lang, _score = ident.classify(sample)
    return str(lang)
