"""Talks, approaches and negotiations: who is in talks with whom, and about what kind of deal
("A is in talks to buy B", "Gespräche zwischen A und B", "X is in talks to raise money, with Y
expected to lead")."""

from __future__ import annotations

from functools import cache

from ..model import Analysis, Mention
from ..schema import EVENT_TYPES
from .arguments import (
    group_with,
    in_closed_relative,
    joined_by_and,
    name_before,
    nearest_group,
)
from .positions import topic_org
from .view import SentenceView


def talks_type(view: SentenceView, analysis: Analysis) -> str | None:
    """The kind of deal talked about: the highest-priority deal word nearby or in the title."""
    lex = view.lex
    found: set[str] = set()
    for index in (view.index, view.index - 1, view.index - 2):
        if index < 0:
            continue
        sent = analysis.sentences[index]
        words = {t.text.casefold() for t in analysis.tokens[sent.first_token : sent.end_token]}
        for etype, vocab in lex.type_words.items():
            if words & vocab or (lex.verb_final and any(w.endswith(_long(vocab)) for w in words)):
                found.add(etype)  # German compounds too: "Minderheitsbeteiligung"
        if found:
            break
    if not found and analysis.doc.title:
        words = set(analysis.doc.title.casefold().replace("-", " ").split())
        found = {t for t, vocab in lex.type_words.items() if words & vocab}
    return next((t for t in lex.type_priority if t in found), None)


def _named_next(view: SentenceView, te: int) -> str | None:
    """The kind of deal right after the talks ("in talks to merge with Y"), before any said elsewhere."""
    for k in range(te, min(view.end, te + 3)):
        found = [etype for etype, vocab in view.lex.type_words.items() if view.word(k) in vocab]
        if found:
            return next((t for t in view.lex.type_priority if t in found), None)
    return None


def investor_like(view: SentenceView, m: Mention) -> bool:
    """Is the name an investor's ("Huaxin Capital", "dem Investor X")?"""
    words = view.lex.investor_words
    return m.text.split()[-1].casefold() in words or view.word(m.tok_start - 1) in words


def _suitors(view: SentenceView, te: int, hi: int) -> list[Mention]:
    """The companies listed after "with potential buyers including" (none without a suitor word)."""
    lex = view.lex
    if view.word(te) not in lex.with_preps:
        return []
    for k in range(te + 1, min(hi, te + 6)):
        if view.word(k) in lex.including_words:
            if not lex.suitor_words.intersection(view.words[te - view.first : k - view.first]):
                return []
            first = next((m for m in view.orgs if m.tok_start == k + 1), None)
            return view.coordinated(first, view.orgs, hi) if first is not None else []
    return []


@cache
def _long(vocab: frozenset[str]) -> tuple[str, ...]:
    """The words of a vocabulary long enough to end a compound ("beteiligung", not "kauf")."""
    return tuple(w for w in vocab if len(w) >= 8)


def talks(view: SentenceView, ts: int, te: int, analysis: Analysis) -> list[tuple[str, Mention, Mention]]:
    lo, hi = view.clause(ts, te)
    lex = view.lex
    if any(view.word(k) in lex.talks_attribution for k in range(ts - 3, ts)):
        return []  # "people familiar with the discussions": who speaks, not a negotiation
    hired = _talks_about_post(view, ts, te, lo, hi, analysis)
    if hired:  # "X verhandelt mit P über den Posten des Vorstandschefs"
        return hired
    suitors = _suitors(view, te, hi)
    if suitors:  # "has held discussions with potential buyers including A and B": they would buy
        seller = name_before(view, view.orgs, ts, lo, {id(m) for m in suitors})
        if seller is None or talks_type(view, analysis) not in (None, "acquisition"):
            return []
        return [("acquisition", m, seller) for m in suitors if m.entity is not seller.entity]
    counterparts = nearest_group(view, lex.with_preps, ts, te, lo, hi, view.orgs)
    if not counterparts and view.word(ts) in lex.talks_object_verbs:
        courted = next((m for m in view.orgs if te <= m.tok_start <= te + 4), None)  # "approached rival X"
        counterparts = [courted] if courted is not None and view.prep_before(courted) is None else []
    agent: Mention | None = None
    between_found = False
    if not counterparts:  # "talks between A and B", "A and B have entered negotiations"
        between = nearest_group(view, lex.between_preps, ts, te, lo, hi, view.orgs)
        if len({m.entity.key for m in between}) < 2:
            subject = name_before(view, view.orgs, ts, lo, set())
            between = group_with(view, subject, lo, ts) if subject is not None else []
            if len(between) < 2 or not joined_by_and(view, between):
                between = []  # "A and B have entered negotiations", not "A, der von B ..."
        if len({m.entity.key for m in between}) < 2:
            return []
        agent, counterparts, between_found = between[0], between[1:], True
    ids = {id(m) for m in counterparts}
    keys = {m.entity.key for m in counterparts}
    agent = (
        agent
        or name_before(view, view.orgs, ts, lo, ids)
        or next(
            (
                m
                for m in view.orgs
                # not "..., Skylark said" after "talks between Skylark Aero and Y": one of the two
                if m.entity.key not in keys
                and view.prep_before(m) is None
                and lo <= m.tok_start < hi
                and not in_closed_relative(view, m, ts)
            ),
            None,
        )
        # "X, which Intel tried to buy in 2021, is in talks to merge with Y": the clause's head
        or next(iter(view.relative_head(lo, view.orgs)[-1:]), None)
    )
    side_by_side = agent is None and len({m.entity.key for m in counterparts}) >= 2
    if side_by_side:
        agent, counterparts = counterparts[0], counterparts[1:]  # "Gespräche zwischen A und B"
    sale = next((k for k in range(te, min(hi, te + 8)) if view.word(k) in lex.sale_nouns), None)
    if sale is not None and agent is not None and counterparts and not between_found:
        # "in talks with Y about a possible sale of the company", "verhandelt mit Y über den Verkauf
        # seiner Tochter X": Y would buy, what is sold is named after the noun or is the seller itself
        sold = next(
            (m for m in view.orgs if sale < m.tok_start <= sale + 4 and m.entity.key not in keys), agent
        )
        return [("acquisition", c, sold) for c in counterparts if c.entity is not sold.entity]
    etype = _named_next(view, te) or talks_type(view, analysis)
    if agent is None or etype is None:
        return []
    if (side_by_side or between_found) and not EVENT_TYPES[etype].multi_party:
        # "talks between A and B over an investment": the investor is the one named as such
        both = [agent, *counterparts]
        buyers = [m for m in both if investor_like(view, m)]
        if len(buyers) == 1:
            agent, counterparts = buyers[0], [m for m in both if m is not buyers[0]]
        elif etype != "acquisition":
            return []  # the buyer of a takeover is named first; who funds whom is not told
    after = range(te, min(hi, te + 3))
    funded = etype == "investment" and (
        any(view.word(k) in lex.raise_words for k in after)
        # "..., with Y in discussions to lead the round": the partner named first would invest
        or (any(view.word(k) in lex.lead_words for k in after) and all(c.tok_end <= ts for c in counterparts))
    )
    if etype == "investment" and not funded and not investor_like(view, agent):
        # "X is in talks with Halvard Capital about an investment": the investor is the one named so
        funded = bool(counterparts) and all(investor_like(view, c) for c in counterparts)
    if etype == "investment" and not funded:
        # "Y invests in X. X is also negotiating with Z about a separate investment": X takes the money
        funded = any(
            e.type == "investment"
            and any(m.entity.key == agent.entity.key for m in e.roles.get("investee", []))
            for e in analysis.events
        )
    if funded:  # "X is in talks to raise money, with Y expected to lead": Y invests in X
        return [(etype, c, agent) for c in counterparts if c.entity is not agent.entity]
    if etype == "acquisition" and not between_found and _about_their_offer(view, te, hi, counterparts):
        # "X said it was in talks with Y about a possible alternative offer": Y would bid for X
        return [(etype, c, agent) for c in counterparts if c.entity is not agent.entity]
    return [_as_told_before(analysis, etype, agent, c) for c in counterparts if c.entity is not agent.entity]


def _talks_about_post(
    view: SentenceView, ts: int, te: int, lo: int, hi: int, analysis: Analysis
) -> list[tuple[str, Mention, Mention]]:
    """Talks with a person about a post ("X is in talks with P about the CEO role", "the board has
    approached P about the role", "X verhandelt mit P über den Posten des Vorstandschefs"): a hire
    of P by X, the clause's subject (or the company the article is about, for its board)."""
    lex = view.lex
    persons = nearest_group(view, lex.with_preps, ts, te, lo, hi, view.persons)
    if not persons and view.word(ts) in lex.talks_object_verbs:
        persons = [m for m in view.persons if te <= m.tok_start <= te + 6][:1]
    if not persons or lex.post_nouns.isdisjoint(view.words[te - view.first : hi - view.first]):
        return []
    employer = name_before(view, view.orgs, ts, lo, set())
    if employer is None and not lex.governing_bodies.isdisjoint(
        view.words[lo - view.first : ts - view.first]
    ):
        employer = topic_org(analysis, view.index)  # "the board has approached P about the role"
    if employer is None:
        return []
    return [("hire", p, employer) for p in persons]


def _about_their_offer(view: SentenceView, te: int, hi: int, counterparts: list[Mention]) -> bool:
    """Are the talks about an offer the partner would make ("in talks with Y about a possible
    alternative offer"), with no other company named after the offer? (German talks about a bare
    "Angebot" name no kind of deal yet and give no event.)"""
    if not counterparts or any(c.tok_start < te for c in counterparts):
        return False
    after = max(c.tok_end for c in counterparts)
    offer = next((k for k in range(after, min(hi, after + 6)) if view.word(k) in view.lex.offer_nouns), None)
    return offer is not None and not any(offer < m.tok_start < hi for m in view.orgs)


def _as_told_before(
    analysis: Analysis, etype: str, agent: Mention, other: Mention
) -> tuple[str, Mention, Mention]:
    """The two sides the way an earlier sentence put them ("Q denied a report it was in talks to buy
    L. 'There are no discussions with L,' a Q spokeswoman said": Q would still be the buyer)."""
    spec = EVENT_TYPES[etype]
    if spec.multi_party:
        return etype, agent, other
    first, second = spec.key_roles
    reverse = (other.entity.key, agent.entity.key)
    for e in analysis.events:
        sides = e.roles.get(first), e.roles.get(second)
        if (
            e.type == etype
            and sides[0]
            and sides[1]
            and (sides[0][0].entity.key, sides[1][0].entity.key) == reverse
        ):
            return etype, other, agent
    return etype, agent, other


def talk_roles(etype: str, agent: Mention, other: Mention) -> dict[str, list[Mention]]:
    spec = EVENT_TYPES[etype]
    if spec.multi_party:
        return {"parties": [agent, other]}
    first, second = spec.key_roles
    return {first: [agent], second: [other]}
