"""Events: triggers with their arguments, positions from appositions, values, merging."""

from __future__ import annotations

from dataclasses import replace

from ..mentions.lexicon import lexicon as mention_lexicon
from ..model import Analysis, Event, Mention
from ..schema import EVENT_TYPES
from .attributes import attach_values
from .frames import round_followup, sentence_events
from .lexicon import event_lexicon
from .merge import merge_events
from .positions import new_in_post, positions, symbolize, topic_org

FOLLOW_UP = 2  # sentences after a funding round in which its investors may still be named


def find_events(analysis: Analysis) -> None:
    """Fill ``analysis.events`` (statuses come later, from :mod:`dealgraph.status`)."""
    raised: tuple[Mention, int] | None = None  # the company of the last funding round, and where
    for index in range(len(analysis.sentences)):
        found = sentence_events(analysis, index) + new_in_post(analysis, index)
        funded = [e.roles["investee"][0] for e in found if e.type == "investment" and e.roles.get("investee")]
        told_here = ("raised", index) in analysis.cache  # a round of its own, not more of the last
        if raised is not None and not funded and not told_here and index - raised[1] <= FOLLOW_UP:
            found.extend(round_followup(analysis, index, *raised))
        if funded or told_here:
            raised = (funded[-1] if funded else analysis.cache[("raised", index)], index)
        held = positions(analysis, index)
        _previous_employer(found, held, analysis.lang)
        found.extend(_departures_of_movers(found))
        _employer_of_leaver(found, held, analysis)
        held.extend(_title_of_leaver(found, held, analysis, index))
        analysis.events.extend(e for e in found if all(e.roles.get(r) for r in EVENT_TYPES[e.type].key_roles))
        analysis.events.extend(held)


def _title_of_leaver(events: list[Event], held: list[Event], analysis: Analysis, index: int) -> list[Event]:
    """ "Finanzchefin P verlässt X", "X ousted CEO P": the title before a leaver was held at the
    company left."""
    leavers = [
        e
        for e in events
        if e.type == "departure" and e.roles.get("org") and e.roles["person"][0].sent == index
    ]
    if not leavers:
        return []
    items = symbolize(analysis, index)
    placed = {id(p.roles["person"][0].entity) for p in held}
    found = []
    for event in leavers:
        person, org = event.roles["person"][0], event.roles["org"][0]
        at = next((n for n, item in enumerate(items) if item.mention is person), None)
        if at is None or at == 0 or items[at - 1].symbol != "T" or id(person.entity) in placed:
            continue
        if at >= 2 and items[at - 2].symbol in "OQ-s":
            continue  # "Henkel-Finanzchefin P": the title's own company, read by the patterns
        title = items[at - 1]
        tokens = analysis.tokens
        found.append(
            replace(
                event,
                type="position",
                roles={"person": [person], "org": [org]},
                title=analysis.text[tokens[title.start].start : tokens[title.end - 1].end],
                status=None,
                confidence=0.7,
                cues=["pattern:title of the one leaving"],
            )
        )
        placed.add(id(person.entity))
    return found


def _employer_of_leaver(events: list[Event], held: list[Event], analysis: Analysis) -> None:
    """ "X CEO Jane Roe stepped down": the organisation left is the one of her position."""
    org_preps = event_lexicon(analysis.lang).org_preps
    for event in events:
        if event.type == "departure" and event.roles.get("org"):
            # "X, whose CEO P stepped down, agreed to be acquired by Y": not Y, but the post's X
            org = event.roles["org"][0]
            person = event.roles["person"][0].entity
            post = next((p.roles["org"][0] for p in held if p.roles["person"][0].entity is person), None)
            before = analysis.tokens[org.tok_start - 1].text.casefold() if org.tok_start else ""
            later_clause = "," in analysis.text[event.trigger[1] : org.start]
            if (
                post is not None
                and post.entity is not org.entity
                and before not in org_preps
                and later_clause
            ):
                event.roles["org"] = [post]
        elif event.type == "departure":
            person = event.roles["person"][0].entity
            for pos in held:
                if pos.roles["person"][0].entity is person:
                    event.roles["org"] = [pos.roles["org"][0]]
                    break
            else:
                if event.roles.get("to_org"):  # "X resigned to become CEO of Y": X left the article's company
                    topic = topic_org(analysis, event.sent)
                    if topic is not None and topic.entity is not event.roles["to_org"][0].entity:
                        event.roles["org"] = [topic]


def _departures_of_movers(events: list[Event]) -> list[Event]:
    """ "Henkel-Finanzchefin P wechselt zu Beiersdorf": a move to one employer leaves the other.
    Only verbs of moving say so; "P stößt zu X" names where P comes from, not a departure."""
    leaving = []
    for event in events:
        if (
            event.type == "hire"
            and "move" in event.cues
            and event.roles.get("from_org")
            and event.roles.get("org")
        ):
            roles = {
                "person": event.roles["person"],
                "org": event.roles["from_org"],
                "to_org": event.roles["org"],
            }
            leaving.append(
                replace(event, type="departure", roles=roles, cues=[c for c in event.cues if c != "move"])
            )
    return leaving


def _previous_employer(events: list[Event], held: list[Event], lang: str) -> None:
    """A hire's ``from_org`` is the current position of the person stated beside it."""
    former = mention_lexicon(lang).former
    for event in events:
        if event.type != "hire" or "from_org" in event.roles:
            continue
        person = event.roles["person"][0].entity
        for pos in held:
            org = pos.roles["org"][0]
            title_words = (pos.title or "").casefold().split()
            same_person = pos.roles["person"][0].entity is person
            other_org = org.entity is not event.roles["org"][0].entity
            if same_person and other_org and not set(title_words) & former:
                event.roles["from_org"] = [org]
                break


__all__ = ["attach_values", "find_events", "merge_events"]
