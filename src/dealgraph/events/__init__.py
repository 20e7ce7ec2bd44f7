"""Events: triggers with their arguments, positions from appositions, values, merging."""

from __future__ import annotations

from ..mentions.lexicon import lexicon as mention_lexicon
from ..model import Analysis, Event
from .attributes import attach_values
from .frames import sentence_events
from .merge import merge_events
from .positions import positions


def find_events(analysis: Analysis) -> None:
    """Fill ``analysis.events`` (statuses come later, from :mod:`dealgraph.status`)."""
    for index in range(len(analysis.sentences)):
        found = sentence_events(analysis, index)
        held = positions(analysis, index)
        _previous_employer(found, held, analysis.lang)
        analysis.events.extend(found)
        analysis.events.extend(held)


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
            if pos.roles["person"][0].entity is person and org.entity is not event.roles["org"][0].entity:
                if not (set(title_words) & former):
                    event.roles["from_org"] = [org]
                    break


__all__ = ["attach_values", "find_events", "merge_events"]
