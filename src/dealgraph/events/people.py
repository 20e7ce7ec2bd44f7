"""People moves read across a sentence's events and positions: where a mover came from,
which company a leaver left, and the post a leaver held.

The frames find each hire, departure and position on its own; these rules combine them
("Henkel-Finanzchefin P wechselt zu Beiersdorf" is a hire at Beiersdorf, a position at
Henkel and therefore a departure from Henkel).
"""

from __future__ import annotations

from dataclasses import replace

from ..mentions.lexicon import lexicon as mention_lexicon
from ..model import Analysis, Event, Mention
from .lexicon import event_lexicon
from .positions import symbolize, topic_org


def title_of_leaver(events: list[Event], held: list[Event], analysis: Analysis, index: int) -> list[Event]:
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
        text = analysis.text[tokens[title.start].start : tokens[title.end - 1].end]
        if mention_lexicon(analysis.lang).is_staff_title(text):
            continue  # "Der KI-Forscher P wechselt von X": one of many, no post (but "chief scientist")
        found.append(
            replace(
                event,
                type="position",
                roles={"person": [person], "org": [org]},
                title=text,
                status=None,
                confidence=0.7,
                cues=["pattern:title of the one leaving"],
            )
        )
        placed.add(id(person.entity))
    return found


def org_of_predecessor(found: list[Event], analysis: Analysis, index: int) -> None:
    """ "Ihr Vorgänger P scheidet aus dem Unternehmen aus", "Her predecessor P retired": the
    company P leaves is the one the successor joins, named in a hire just before."""
    nouns = event_lexicon(analysis.lang).predecessor_nouns
    tokens = analysis.tokens
    for event in found:
        if event.type != "departure":
            continue
        person = event.roles["person"][0]
        before = {t.text.casefold() for t in tokens[max(0, person.tok_start - 2) : person.tok_start]}
        if not before & nouns:
            continue
        hires = [
            e
            for e in analysis.events + found
            if e.type == "hire" and e.roles.get("org") and index - 2 <= e.sent <= index
        ]
        if hires and hires[-1].roles["person"][0].entity is not person.entity:
            event.roles["org"] = hires[-1].roles["org"][:1]


def org_of_successor(found: list[Event], analysis: Analysis, index: int) -> None:
    """ "P verlässt X zum Jahresende. Sein Nachfolger wird der Y-Manager Q": a successor named
    without a company joins the one the person leaving just left, not the article's main company."""
    named = [e for e in found if e.type == "hire" and e.title is None]
    if not named:
        return  # (most sentences)
    nouns = {p[0] for p in event_lexicon(analysis.lang).symbols.get("successor", ()) if len(p) == 1}
    tokens = analysis.tokens
    for event in named:
        trigger = analysis.text[event.trigger[0] : event.trigger[1]].casefold()
        if trigger not in nouns:
            continue
        person = event.roles["person"][0]
        leaving = [
            e
            for e in analysis.events + found
            if e.type == "departure"
            and e.roles.get("org")
            and index - 1 <= e.sent <= index
            and e.roles["person"][0].entity is not person.entity
        ]
        if leaving and leaving[-1].roles["org"][0].entity is not event.roles["org"][0].entity:
            org = event.roles["org"][0]
            # the company the successor comes from ("Valmoret-Manager Q") is no longer the one joined
            came_from = tokens[org.tok_end].text == "-" if org.tok_end < len(tokens) else False
            event.roles["org"] = leaving[-1].roles["org"][:1]
            if came_from and org.sent == index and not event.roles.get("from_org"):
                event.roles["from_org"] = [org]


def _current(post: Event) -> bool:
    """ "the former X executive": a post held before, not the one a person leaves now."""
    return not (post.title or "").startswith("former ")


def employer_of_leaver(events: list[Event], held: list[Event], analysis: Analysis) -> None:
    """ "X CEO Jane Roe stepped down": the organisation left is the one of her position."""
    org_preps = event_lexicon(analysis.lang).org_preps
    for event in events:
        if event.type == "departure" and event.roles.get("org"):
            # "X, whose CEO P stepped down, agreed to be acquired by Y": not Y, but the post's X
            org = event.roles["org"][0]
            person = event.roles["person"][0].entity
            post = next(
                (p.roles["org"][0] for p in held if p.roles["person"][0].entity is person and _current(p)),
                None,
            )
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
                if pos.roles["person"][0].entity is person and _current(pos):
                    event.roles["org"] = [pos.roles["org"][0]]
                    break
            else:
                if event.roles.get("to_org"):  # "X resigned to become CEO of Y": X left the article's company
                    topic = topic_org(analysis, event.sent)
                    if topic is not None and topic.entity is not event.roles["to_org"][0].entity:
                        event.roles["org"] = [topic]
                elif _titled_leaver(analysis, event):
                    # "Der langjährige Chef P tritt zurück": the post at the company the article is about
                    topic = topic_org(analysis, event.sent - 1) if event.sent else None
                    if topic is not None:
                        event.roles["org"] = [topic]


def _titled_leaver(analysis: Analysis, event: Event) -> bool:
    """Does a title, maybe after "bisherige" or "langjährige", stand right before the leaver?"""
    person = event.roles["person"][0]
    items = symbolize(analysis, person.sent)
    at = next((n for n, item in enumerate(items) if item.mention is person), None)
    return (
        at is not None
        and at > 0
        and items[at - 1].symbol == "T"
        and (at < 2 or items[at - 2].symbol in "oFd")
    )


def bracketed_employer(events: list[Event], analysis: Analysis) -> None:
    """ "Zum 1. Januar stoßen P (bisher Allianz) und Q (bisher Ergo) zum Vorstand": the employer
    glossed in brackets after a newcomer is the one left."""
    previously = event_lexicon(analysis.lang).symbols["previously"]
    tokens = analysis.tokens
    starts = {m.tok_start: m for m in analysis.mentions if m.kind == "org"}
    for event in events:
        if event.type != "hire" or "from_org" in event.roles or not event.roles.get("org"):
            continue
        k = event.roles["person"][0].tok_end
        if (
            k + 2 >= len(tokens)
            or tokens[k].text != "("
            or (tokens[k + 1].text.casefold(),) not in previously
        ):
            continue
        org = starts.get(k + 2)
        if org is not None and org.entity is not event.roles["org"][0].entity:
            _came_from(event, org)


def departures_of_movers(events: list[Event]) -> list[Event]:
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


def poached_from(events: list[Event], analysis: Analysis, index: int) -> None:
    """ "X hat beim Wettbewerber Y ein Team abgeworben: P und vier Kollegen wechseln zu X": a mover
    to a company that poached lately comes from the company it poached from."""
    poachings = [
        e
        for e in [*analysis.events, *events]
        if e.type == "poaching" and index - e.sent <= 1 and e.roles.get("poacher") and e.roles.get("source")
    ]
    for event in events:
        if event.type != "hire" or event.roles.get("from_org") or not event.roles.get("org"):
            continue
        org = event.roles["org"][0].entity
        source = next((p.roles["source"][0] for p in poachings if p.roles["poacher"][0].entity is org), None)
        if source is not None:
            _came_from(event, source)


def _came_from(hire: Event, org: Mention) -> None:
    """The hire comes from ``org``, and so is a move that leaves it (``departures_of_movers``)."""
    hire.roles["from_org"] = [org]
    if "move" not in hire.cues:
        hire.cues.append("move")


def previous_employer(events: list[Event], held: list[Event], lang: str) -> None:
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
