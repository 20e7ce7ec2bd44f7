"""Poaching told as an offer made to someone who works elsewhere.

"P, head of research at X, turned down an offer from Y", "Two engineers at X declined offers from Y",
"Ein Angebot von Y hat P ausgeschlagen": Y tried to lure P (or X's staff) away from X. The offer
names the poacher; the one it was made to names the source, by the post the sentence (or an earlier
one) gives that person, or by the staff's own workplace ("engineers at X"). Whether the offer was
taken up, turned down or denied is the status stage's business, read from the same sentence.
"""

from __future__ import annotations

from ..model import Analysis, Event, Mention
from .arguments import name_after_prep, name_before
from .lexicon import event_lexicon
from .view import SentenceView, sentence_view

REACH = 3  # tokens between the offer noun and the preposition naming who made it ("offers worth ... from")


def poaching_offers(analysis: Analysis, index: int, found: list[Event], held: list[Event]) -> list[Event]:
    """The poaching an offer to a named person or to a company's staff states, if any."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    if not view.orgs or not lex.offer_words.intersection(view.words):
        return []  # (most sentences: one set test)
    offer = _offer_from(view) or _offer_made(view)
    if offer is None:
        return []
    at, poacher, lo, hi = offer
    if any(
        e.type in ("acquisition", "merger", "investment")
        and poacher.entity.key in {m.entity.key for ms in e.roles.values() for m in ms}
        for e in found
    ):
        return []  # an offer for the company itself
    source, person = _addressee(analysis, view, at, lo, hi, held)
    if source is None or source.entity is poacher.entity:
        return []
    toks = analysis.tokens
    roles = {"poacher": [poacher], "source": [source]} | ({"person": [person]} if person else {})
    return [
        Event(
            type="poaching",
            roles=roles,
            sent=index,
            trigger=(toks[at].start, toks[at].end),
            confidence=0.6,
            evidence=(view.sent.start, view.sent.end),
            trigger_class="noun",
            cues=[f"trigger:{toks[at].text}", "offer to a person"],
        )
    ]


def _offer_from(view: SentenceView) -> tuple[int, Mention, int, int] | None:
    """ "an offer from Y": the noun, who made the offer, and the clause the one offered stands in."""
    at = next((k for k in range(view.first, view.end) if view.word(k) in view.lex.offer_nouns), None)
    if at is None:
        return None
    poacher = name_after_prep(
        view, view.orgs, view.lex.from_preps, at + 1, min(view.end, at + 1 + REACH), set()
    )
    if poacher is None and view.word(at + 1) in view.lex.genitive_articles:
        # "hat ein Angebot der Privatbank Y abgelehnt": the genitive names who made it
        genitive = view.lex.genitive_articles
        poacher = name_after_prep(view, view.orgs, genitive, at + 1, min(view.end, at + 2 + REACH), set())
    return (at, poacher, *view.clause(at, at + 1)) if poacher is not None else None


def _offer_made(view: SentenceView) -> tuple[int, Mention, int, int] | None:
    """ "Y offered P a package", "Y had approached P": the verb, its subject, and the stretch after
    the verb where the one offered stands."""
    at = next((k for k in range(view.first, view.end) if view.word(k) in view.lex.offer_verbs), None)
    if at is None:
        return None
    lo, hi = view.clause(at, at + 1)
    if view.lex.verb_final:  # "Y hatte P, den Chef von X, umworben": the subject opens the clause
        # (which an apposition set off by commas may hide: "Y soll dem Chef von X, P, ... angeboten haben")
        subjects = [m for m in view.orgs if m.tok_start < at and view.prep_before(m) is None]
        poacher = next((m for m in subjects if m.tok_start >= lo), subjects[0] if subjects else None)
        return (at, poacher, poacher.tok_end, at) if poacher is not None else None
    poacher = name_before(view, view.orgs, at, lo, set())
    if poacher is None or view.prep_before(poacher) is not None:
        return None  # the verb's subject, not "after talks with Y, X offered ..."
    return at, poacher, at, hi


def _addressee(
    analysis: Analysis, view: SentenceView, at: int, lo: int, hi: int, held: list[Event]
) -> tuple[Mention | None, Mention | None]:
    """(employer, person) of the one the offer was made to: a person of the clause with a current
    post, or staff named with their workplace ("engineers at X")."""
    posts = [*analysis.events, *held]
    speaking = view.lex.reporting_verbs
    persons = [m for m in view.persons if lo <= m.tok_start < hi]
    if not persons and any(view.word(k) in view.lex.person_objects for k in range(at, min(hi, at + 3))):
        # "P is in talks to join Y. Y has offered him a package": the person named last
        before = [
            m
            for i in range(max(0, view.index - 2), view.index + 1)
            for m in analysis.mentions_in(i)
            if m.kind == "person" and m.tok_end <= at
        ]
        persons = before[-1:]
    for person in persons:
        gap = range(min(person.tok_end, at), max(person.tok_start, at))
        if any(view.word(k) in speaking for k in gap):
            continue  # "P said the company had received an offer from Y": P tells of it
        employer = next(
            (
                p.roles["org"][0]
                for p in reversed(posts)
                if p.type == "position"
                and p.roles["person"][0].entity.key == person.entity.key
                and not (p.title or "").startswith("former ")
            ),
            None,
        )
        if employer is not None:
            return employer, person
    lex = view.lex
    for k in range(lo, hi):
        if view.word(k) not in lex.talent_words:
            continue
        workplace = name_after_prep(view, view.orgs, lex.workplace_preps, k + 1, min(hi, k + 5), set())
        if workplace is not None and workplace.tok_start <= k + 4:
            return workplace, None
    return None, None
