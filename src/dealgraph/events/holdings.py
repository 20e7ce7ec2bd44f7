"""Who holds a company, told as a change: an owner that came in at a time ("X gehört seit 2020 zu
Y"), a holding that grew ("X now owns 30% of Y"), a share before the stake preposition ("hat 10
Prozent am Versicherer Y erworben"), and an offer told by its owner ("rejected X's $5bn offer")."""

from __future__ import annotations

from ..model import Mention
from .arguments import name_before, possessor
from .lexicon import Trigger
from .view import SentenceView


def sized_stake(view: SentenceView, owner: Mention, m: Mention, preps: frozenset[str] | None = None) -> bool:
    """A share ("10 Prozent") stands between the owner and a name its stake preposition governs."""
    sizes = view.lex.size_words
    return view.prep_before(m) in (preps or view.lex.stake_preps) and any(
        view.word(k)[:1].isdigit() and view.word(k + 1) in sizes for k in range(owner.tok_end, m.tok_start)
    )


def _told_as_change(view: SentenceView, trig: Trigger, start: int, end: int) -> bool:
    """A word of change ("now", "seit", "inzwischen") near the verb, where the trigger asks for one."""
    change = trig.spec.get("change_words")
    return not change or any(view.word(k) in change for k in range(start, end))


def holds_now(
    view: SentenceView, ts: int, te: int, lo: int, hi: int, trig: Trigger
) -> list[tuple[Mention, Mention]]:
    """ "X now owns 30% of Y", "X hält nun 75 statt bisher 50 Prozent an Y": a holding that has
    changed (without "now" it is only who owns what)."""
    if not _told_as_change(view, trig, max(lo, ts - 3), min(hi, te + 3)):
        return []
    holder = name_before(view, view.orgs, ts, lo, set())
    if holder is None:
        return []
    preps = frozenset(trig.spec["held_preps"])
    held = next((m for m in view.orgs if te <= m.tok_start < hi and view.prep_before(m) in preps), None)
    if held is None or held.entity is holder.entity or not sized_stake(view, holder, held, preps):
        return []
    return [(holder, held)]


def owned_offer(view: SentenceView, ts: int) -> bool:
    """ "rejected X's $5bn offer", "X's revised proposal": an owner, and only sums and words of bidding
    between it and the noun."""
    owner = possessor(view, ts, set())
    if owner is None or owner.generic:
        return False  # "said it was considering its options": no bidder named here
    lex = view.lex
    words = view.words[owner.tok_end + 1 - view.first : ts - view.first]
    return all(
        (w[:1].isdigit() and not (len(w) == 4 and w[:2] in ("19", "20")))  # a sum, not "its 2023 offer"
        or w in lex.money_words
        or w in lex.offer_modifiers
        or w in ("-", ".", ",")
        # "$41-a-share": a price per unit
        or (w in lex.price_units and i and (words[i - 1] in lex.offer_modifiers or words[i - 1] == "-"))
        for i, w in enumerate(words)
    )


def owned_since(
    view: SentenceView, ts: int, te: int, lo: int, hi: int, trig: Trigger
) -> list[tuple[Mention, Mention]]:
    """ "X gehört seit 2020 zum Finanzinvestor Y", "X is now owned by Y": an owner that came in at a
    time (without one, "X gehört zu Y" only says who the parent is); "X geht an Y": Y gets X."""
    # "since" may open a clause of its own: "owned by Y since it bought ..."
    if not _told_as_change(view, trig, max(lo, ts - 6), min(view.end, te + 4)):
        return []
    preps = frozenset(trig.spec["owner_preps"])
    owned = name_before(view, view.orgs, ts, lo, set())
    if owned is not None and not view.lex.verb_final and ts - owned.tok_end > 3:
        owned = None  # "SPARC servers have been popular and are now owned by X": the subject is no name
    start = te
    if owned is None and view.lex.verb_final:  # "Seit 2020 gehört die X zum Investor Y"
        first = te + (view.word(te) in view.lex.determiners)
        owned = next((m for m in view.orgs if m.tok_start == first), None)
        start = owned.tok_end if owned is not None else te
    for m in view.orgs:
        if not start <= m.tok_start < hi or m is owned:
            continue
        # the owner is governed by "zu"/"by" (not "zu den Kunden der Y"), or (a German dative)
        # follows with only adverbs and its trade noun between
        direct = all(
            view.a.tokens[k].text[:1].islower() or view.head_like(k) for k in range(start, m.tok_start)
        )
        articles = sum(view.word(k) in view.lex.determiners for k in range(start, m.tok_start))
        if (view.prep_before(m, preps) in preps and articles <= 1) or (
            direct and trig.spec.get("dative_owner")
        ):
            if owned is None or owned.entity is m.entity:
                return []
            return [(m, owned)]
        break
    return []
