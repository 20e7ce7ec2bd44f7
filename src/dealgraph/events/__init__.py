"""Events: triggers with their arguments, positions from appositions, values, merging."""

from __future__ import annotations

from ..model import Analysis, Mention
from ..schema import EVENT_TYPES
from .attributes import attach_values
from .followups import (
    another_round,
    buyer_found,
    listed_investors,
    round_followup,
    round_told,
    suitors_followup,
    target_followup,
)
from .frames import sentence_events
from .merge import merge_events
from .offers import poaching_offers
from .people import (
    bracketed_employer,
    departures_of_movers,
    employer_of_leaver,
    org_of_predecessor,
    org_of_successor,
    poached_from,
    previous_employer,
    title_of_leaver,
)
from .positions import new_in_post, positions, titled_at_topic

FOLLOW_UP = 2  # sentences after a funding round (or a sale) in which its investors (bidders) may be named


def find_events(analysis: Analysis) -> None:
    """Fill ``analysis.events`` (statuses come later, from :mod:`dealgraph.status`)."""
    raised: tuple[Mention, int] | None = None  # the company of the last funding round, and where
    on_offer: tuple[Mention, int] | None = None  # a unit put up for sale without a buyer, and where
    for index in range(len(analysis.sentences)):
        found = sentence_events(analysis, index) + new_in_post(analysis, index)
        if on_offer is not None and index - on_offer[1] <= FOLLOW_UP:
            found.extend(suitors_followup(analysis, index, *on_offer))
        if ("for sale", index) in analysis.cache:
            on_offer = (analysis.cache[("for sale", index)], index)
        elif (sold := buyer_found(analysis, index)) is not None:
            on_offer = (sold, index)  # "X has found a buyer for Y. The new owner is Z"
        if index and ("described target", index - 1) in analysis.cache:
            found.extend(target_followup(analysis, index, index - 1))
        funded = [e.roles["investee"][0] for e in found if e.type == "investment" and e.roles.get("investee")]
        told_here = ("raised", index) in analysis.cache  # a round of its own, not more of the last
        fresh = raised is None or index - raised[1] > FOLLOW_UP  # no round being told already
        round_here = round_told(analysis, index) if not funded and not told_here else None
        if round_here is not None and (fresh or another_round(analysis, index, round_here[0], raised)):
            analysis.cache[("raised", index)] = round_here  # "X hat eine Finanzierungsrunde abgeschlossen"
            told_here = True
            # "X schließt eine Seed-Runde über 2 Millionen Euro ab – mit dabei: A und B"
            found.extend(listed_investors(analysis, index, round_here[0]))
        if raised is not None and not funded and not told_here and index - raised[1] <= FOLLOW_UP:
            found.extend(round_followup(analysis, index, *raised))
        if funded or told_here:
            raised = (funded[-1] if funded else analysis.cache[("raised", index)][0], index)
        held = positions(analysis, index)
        found.extend(poaching_offers(analysis, index, found, held))
        previous_employer(found, held, analysis.lang)
        bracketed_employer(found, analysis)
        poached_from(found, analysis, index)
        found.extend(departures_of_movers(found))
        # "Personalvorstand P tritt zurück": a bare title at the article's company, and so the
        # company left (a mover whose employer is not yet known is not placed)
        complete = [e for e in found if all(e.roles.get(r) for r in EVENT_TYPES[e.type].key_roles)]
        held.extend(titled_at_topic(analysis, index, complete + held))
        employer_of_leaver(found, held, analysis)
        org_of_predecessor(found, analysis, index)
        org_of_successor(found, analysis, index)
        held.extend(title_of_leaver(found, held, analysis, index))
        # "P took over as chief executive of X": the hire states the post
        hired = {
            (e.roles["person"][0].entity.key, e.roles["org"][0].entity.key)
            for e in found
            if e.type == "hire" and e.roles.get("org")
        }
        held = [
            p for p in held if (p.roles["person"][0].entity.key, p.roles["org"][0].entity.key) not in hired
        ]
        analysis.events.extend(e for e in found if all(e.roles.get(r) for r in EVENT_TYPES[e.type].key_roles))
        analysis.events.extend(held)


__all__ = ["attach_values", "find_events", "merge_events"]
