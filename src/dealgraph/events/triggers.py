"""Trigger words of a sentence: deal and people-move verbs and nouns, German separable verbs
("steigt ... ein") and compound nouns ending in a trigger ("Milliardenübernahme").

A word that can be verb or noun ("purchase") is read as the one its context asks for; a
capitalised trigger inside a name ("Global Purchasing") or before a product name is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..mentions.lexicon import lexicon as mention_lexicon
from ..mentions.vocab import is_vocabulary
from .lexicon import Trigger
from .view import SentenceView

_PUNCTUATION = frozenset(',;:.!?–—"“”„()')


def find_triggers(view: SentenceView) -> Iterator[tuple[int, int, Trigger]]:
    lex = view.lex
    mlex = mention_lexicon(lex.lang)
    nouns_capitalised = mlex.capitalised_nouns
    taken = {k for m in view.mentions for k in range(m.tok_start, m.tok_end)}
    first_words, separable = lex.trigger_index.by_first, lex.separable
    suffixes = tuple(suffix for suffix, _ in lex.suffix_nouns)
    resume = view.first
    for i, word in enumerate(view.words):
        k = view.first + i
        if k < resume or k in taken:
            continue
        if word not in first_words and word not in separable and not (suffixes and word.endswith(suffixes)):
            continue  # most words start no trigger
        resume = k + 1
        hit = None
        split_verb = False
        n = lex.trigger_index.match(view.words, k - view.first)
        if n:
            hit = (n, lex.triggers[tuple(view.words[k - view.first : k - view.first + n])])
        # "tritt bei der X zurück": a particle closing the clause outranks a phrase ("tritt bei")
        if lex.separable and view.words[k - view.first] in lex.separable and (hit is None or hit[0] > 1):
            # "steigt bei X ein", "tritt als Chef von X zurück": the particle closes the clause
            last, at = _clause_last_word(view, k)
            split = [trig for particle, trig in lex.separable[view.words[k - view.first]] if particle == last]
            if not split:  # "kehrt zu X zurück und übernimmt ...": the particle before a second verb
                last, at = _particle_before_and(view, k)
                split = [
                    trig for particle, trig in lex.separable[view.words[k - view.first]] if particle == last
                ]
            if split:
                hit = (1, split)
                split_verb = True
                view.set_clause_end(k, at)  # the verb's clause runs to its particle
        if hit is None and lex.suffix_nouns:
            w = view.word(k)
            for suffix, trig in lex.suffix_nouns:
                if len(w) > len(suffix) + 2 and w.endswith(suffix):
                    hit = (1, [trig])
                    break
        if hit is None:
            continue
        n, trigs = hit
        resume = k + n
        text = view.a.tokens[k].text
        if not nouns_capitalised and text[:1].isupper() and k > view.first and not view.title_case:
            trigs = [t for t in trigs if t.spec.get("capitalised")]  # "a Series B round" is written so
            if not trigs:
                continue  # "Global Purchasing", "a Buy rating": a capitalised trigger inside a name
        if (
            nouns_capitalised
            and n == 1
            and text[:1].isupper()
            and text.endswith(lex.infinitive_endings)
            and k > view.first
            and view.word(k - 1) not in _PUNCTUATION
        ):
            # "von Halten auf Kaufen hochgestuft": an infinitive made a noun, no verb
            trigs = [t for t in trigs if t.cls != "verb"]
            if not trigs:
                continue
        if (
            not nouns_capitalised
            and view.word(k + n) == "-"
            and k + n + 1 < view.end
            and view.a.tokens[k + n + 1].text[:1].islower()
        ):
            continue  # "collaboration-software company", "acquisition-related costs": a modifier
        if not nouns_capitalised and k + n < view.end and mlex.is_title(view.a.tokens[k + n].text):
            # "the former purchasing chief at X": a department in a title (not "named chief ...")
            trigs = [t for t in trigs if t.frame in ("join", "poach")]
        if (
            nouns_capitalised
            and text[:1].isupper()
            and k - 1 in taken
            and _name_word(view, k + n)
            and any(m.tok_end == k and not m.generic for m in view.mentions)  # a name, not "seinen"
        ):
            continue  # "Gillette Fusion ProGlide": a product name, not a merger
        classes = {t.cls for t in trigs}
        if "verb" in classes and "noun" in classes:
            noun = _noun_context(view, k, k + n)
            trigs = [t for t in trigs if (t.cls != "verb") == noun or t.cls == "stake"]
        for trig in trigs:
            if n == 1 and not split_verb and _separable_elsewhere(view, k, trig):
                continue
            yield k, k + n, trig


def _name_word(view: SentenceView, k: int) -> bool:
    """Is token ``k`` a capitalised word that is no ordinary vocabulary (part of a name)?"""
    if not view.first <= k < view.end:
        return False
    text = view.a.tokens[k].text
    return text[:1].isupper() and text.isalpha() and not is_vocabulary(text, view.lex.lang)


def _clause_last_word(view: SentenceView, k: int) -> tuple[str, int]:
    """The last word before the next punctuation ("legt sein Mandat nieder")."""
    return view.closing_word(k, _PUNCTUATION)


def _particle_before_and(view: SentenceView, k: int) -> tuple[str, int]:
    """A separable verb's particle that closes the first of two joined predicates."""
    for j in range(k + 2, view.end):
        w = view.words[j - view.first]
        if w in _PUNCTUATION:
            break
        if w in view.lex.coordinators and view.words[j - 1 - view.first] in view.lex.separable_particles:
            return view.words[j - 1 - view.first], j - 1
    return "", k


def _separable_elsewhere(view: SentenceView, k: int, trig: Trigger) -> bool:
    """German separable verbs: "kündigt ... an" announces, "räumt ... ein" admits; neither is
    "kündigt" (quits) or "räumt" (vacates). The particle closes the clause."""
    particles: list[str] = trig.spec.get("separable_not", [])
    return bool(particles) and _clause_last_word(view, k)[0] in particles


def _noun_context(view: SentenceView, ts: int, te: int) -> bool:
    """Is a word that can be verb or noun ("purchase") used as a noun here?"""
    lex = view.lex
    if view.word(te) in lex.object_preps or view.word(te) in lex.noun_agent_preps:
        return True
    in_name = {k for m in view.mentions for k in range(m.tok_start, m.tok_end)}
    before = ts - 1
    while before in in_name:  # "the Time Warner purchase": look past the name that modifies it
        before -= 1
    for k in range(before, max(view.first, before - 3) - 1, -1):
        w = view.word(k)
        if w in lex.noun_determiners:
            return True
        modifier = (
            w[:1].isdigit()
            or w in lex.noun_modifiers
            or (bool(lex.adjective_endings) and w.endswith(lex.adjective_endings))
        )
        if not modifier:
            return False
    return False
