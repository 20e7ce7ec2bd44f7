"""Split a document into sentences and tokens.

Tokens and sentence ends come from :mod:`dealgraph.text.tokenize` (a regular expression
plus spaCy's abbreviation lists). Two things are added on top:

* Line structure. News text from web pages keeps headlines, bylines and page furniture
  as lines without closing punctuation; they must not glue onto the next sentence. A
  long line that stops mid-sentence is a hard wrap and continues on the next line.
* Hyphen compounds are split into parts ("Thyssenkrupp-Chef" -> "Thyssenkrupp", "-",
  "Chef"), so that names inside German compounds can be matched like any other token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..lexicons import load
from ..model import Analysis, Sentence, Token
from .tokenize import sentences

_CLOSERS = ".!?:;\"'»«“”)…"
_WRAP_MIN = 55  # a line at least this long that ends mid-sentence is a hard wrap
_SHORT_WRAP_MIN = 30  # ... and so is a shorter one that stops on a lower-case word
_HYPHEN_PART = re.compile(r"[^\W_](?:[^-\s]*[^\W_])?|-")
# "EINDHOVEN (dpa-AFX) -", "Bielefeld (ots) -": a dateline opens a new story, whatever came before
DATELINE = re.compile(r"[^\W\d_][\w.'/-]*(?:[ /][^\W\d_][\w.'/-]*){0,2} \([^()\n]{1,20}\) ?[-–—]")


def blocks(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, is_heading) of the text's paragraphs and headline lines."""
    start = None
    pos = 0
    prev_end = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        line_start, pos = pos, pos + len(line)
        if not body:
            if start is not None:
                yield start, line_start, False
                start = None
            continue
        lead = line_start + (len(line) - len(line.lstrip()))
        if start is not None and DATELINE.match(body):
            yield start, prev_end, False  # "... Foto: N. N." / "Hannover (dpa) - Der Konzern ..."
            start = None
        prev_end = lead + len(body)
        if start is None:
            start = lead
        ends_sentence = body[-1] in _CLOSERS
        last_word = body.rsplit(None, 1)[-1]
        wrapped = last_word[:1].islower() and len(body) >= _SHORT_WRAP_MIN  # "... des amerikanischen"
        if not ends_sentence and (len(body) < _WRAP_MIN or _title_case(body)) and not wrapped:
            yield start, lead + len(body), start == lead
            start = None
        elif ends_sentence and len(body) < _WRAP_MIN and start == lead:
            yield start, lead + len(body), False
            start = None
    if start is not None:
        yield start, len(text), False


def _title_case(line: str) -> bool:
    """An English headline: most words capitalised ("Disney Elects GM CEO Barra to Board")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


@cache
def _glued_openers(lang: str) -> tuple[str, ...]:
    """Articles that open a story ("Der", "The"), from the mentions lexicon."""
    try:
        return tuple(load(lang, "mentions").get("glued_openers", ()))
    except FileNotFoundError:
        return ()


def _glued_cut(text: str, openers: tuple[str, ...]) -> int:
    """Where a story's first article is glued to a capitalised word ("DüsseldorfDer"); 0 if not."""
    if len(text) < 6 or not text[:1].isupper():
        return 0
    for opener in openers:
        cut = len(text) - len(opener)
        if cut >= 3 and text.endswith(opener) and text[cut - 1].islower() and text[:cut].isalpha():
            return cut
    return 0


def _split_compound(text: str, start: int, openers: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    if text[:1] in "#@" and len(text) > 1:  # "#Edeka" in a tweet names Edeka
        return [(start, start + 1, text[0]), *_split_compound(text[1:], start + 1, openers)]
    cut = _glued_cut(text, openers)
    if cut:  # "München/DüsseldorfDer Konzern": a page's dateline glued to the story
        return [*_split_compound(text[:cut], start), (start + cut, start + len(text), text[cut:])]
    if "-" not in text or len(text) < 3 or text.startswith("-") or text.endswith("-"):
        return [(start, start + len(text), text)]
    parts = []
    for match in _HYPHEN_PART.finditer(text):
        parts.append((start + match.start(), start + match.end(), match.group()))
    if "".join(p[2] for p in parts) != text:
        return [(start, start + len(text), text)]
    return parts


def segment(analysis: Analysis) -> None:
    """Fill ``analysis.sentences`` and ``analysis.tokens``."""
    text = analysis.text
    openers = _glued_openers(analysis.lang)
    for b_start, b_end, heading in blocks(text):
        block = text[b_start:b_end]
        for spans in sentences(block, analysis.lang):
            toks: list[tuple[int, int, str]] = []
            for start, end, word in spans:
                if (
                    "-" not in word
                    and word[:1] not in "#@"
                    and not (len(word) >= 6 and word.endswith(openers))
                ):
                    toks.append((b_start + start, b_start + end, word))  # most words: nothing to split
                else:
                    toks.extend(_split_compound(word, b_start + start, openers))
            if toks:
                _add_sentence(analysis, toks, heading)


def _add_sentence(analysis: Analysis, toks: list[tuple[int, int, str]], heading: bool) -> None:
    text = analysis.text
    for chunk_start in range(0, len(toks), 400):  # cap pathological "sentences"
        chunk = toks[chunk_start : chunk_start + 400]
        s_start, s_end = chunk[0][0], chunk[-1][1]
        index = len(analysis.sentences)
        first = len(analysis.tokens)
        analysis.tokens.extend(Token(s, e, t, index) for s, e, t in chunk)
        analysis.sentences.append(
            Sentence(s_start, s_end, text[s_start:s_end], first, len(analysis.tokens), heading)
        )
