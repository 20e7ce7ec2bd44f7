"""Amount, stake, date and title of events, from the values of their sentence."""

from __future__ import annotations

from ..model import Analysis, Event
from ..schema import EVENT_TYPES

MIN_DEAL_AMOUNT = 100_000  # smaller sums are prices per share, salaries, fees
MONEY_TYPES = frozenset({"acquisition", "investment", "merger", "poaching", "partnership"})
STAKE_TYPES = frozenset({"acquisition", "investment"})


def _distance(span: tuple[int, int], event: Event) -> int:
    start, end = event.trigger
    if span[1] <= start:
        return start - span[1]
    return max(0, span[0] - end)


def _date_distance(span: tuple[int, int], event: Event) -> int:
    """Distance of a date to the trigger or to the second key role's name: in "the acquisitions
    of Pixar in 2006 and Marvel in 2009" each target has its own year."""
    spec = EVENT_TYPES[event.type]
    best = _distance(span, event)
    if not spec.multi_party and len(spec.key_roles) > 1:
        for m in event.roles.get(spec.key_roles[1], []):
            # "X in 2006, Y in 2009": a year follows its name, so one before it counts for less
            gap = 3 * (m.start - span[1]) if span[1] <= m.start else max(0, span[0] - m.end)
            best = min(best, gap)
    return best


def attach_values(analysis: Analysis) -> None:
    """Give each event the nearest money, percentage and date of its own sentence."""
    for event in analysis.events:
        lo, hi = event.evidence
        if event.type in MONEY_TYPES:
            sums = [m for m in analysis.money if lo <= m.start < hi and m.value >= MIN_DEAL_AMOUNT]
            if sums:
                event.amount = min(sums, key=lambda m: _distance((m.start, m.end), event))
        if event.type in STAKE_TYPES:
            stakes = [p for p in analysis.percents if lo <= p.start < hi and 0 < p.value <= 100]
            if stakes:
                event.stake_pct = min(stakes, key=lambda p: _distance((p.start, p.end), event)).value
        if event.type != "position":
            dates = [d for d in analysis.dates if lo <= d.start < hi]
            if dates:
                event.date = min(dates, key=lambda d: _date_distance((d.start, d.end), event)).value
