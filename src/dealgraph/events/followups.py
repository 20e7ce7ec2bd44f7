"""Events told across two sentences: the investors of a round named after it, the bidders for a
unit put up for sale, and a target first described and then named ("The target, Y, ...").

The frames leave a note in ``analysis.cache`` when a sentence tells half of such an event (a
round without investors, a sale without a buyer, a purchase of a described company); the event
stage passes the next sentences here.
"""

from __future__ import annotations

from ..model import Analysis, Event, Mention
from .frames import confidence_of, make_event
from .lexicon import event_lexicon
from .talks import investor_like
from .view import SentenceView, sentence_view


def round_followup(analysis: Analysis, index: int, investee: Mention, since: int) -> list[Event]:
    """ "The round was led by X, with participation from Y", "Angeführt wurde die Runde von X":
    the investors of a round told of in sentence ``since``, in which ``investee`` raised money."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    # "The round was led by X", "Y and Z also took part"
    found = view.first_phrase(lex.round_words)
    if found is None:
        return []
    cue = found[0]
    genitive = lex.object_preps - lex.agent_preps - lex.from_preps  # "der Wagniskapitalarm der X, Y"
    events = []
    for m in view.orgs:
        if m.entity is investee.entity or m.source == "coref" or _genitive(view, m, genitive):
            continue
        if m.tok_start <= cue < m.tok_end:
            continue  # "Backers include X": the cue word opening the sentence is no investor
        if view.prep_before(m) in lex.workplace_preps:
            continue  # "Alongside the round, X hired P, previously CFO at Y": where P worked
        if view.word(m.tok_end) == "-":
            continue  # "Die Series-B-Runde": a name inside a compound noun is no investor
        if view.word(m.tok_end) in ("'s", "’s") and any(
            m.tok_end < n.tok_start <= m.tok_end + 4 for n in view.orgs
        ):
            continue  # "Alphabet's GV": the owner of the investor named next
        events.append(
            _followup(
                analysis, "investment", {"investor": [m], "investee": [investee]}, since, index, cue, "round"
            )
        )
    return events


def _genitive(view: SentenceView, m: Mention, genitive: frozenset[str]) -> bool:
    """Is the name governed like an owner ("der Wagniskapitalarm der Deutschen Bahn")? A German
    article after a verb is a subject's ("Neu eingestiegen sind der Rüstungskonzern X")."""
    word = view.prep_before(m)
    if word not in genitive:
        return False
    if not view.lex.verb_final:
        return True
    k = next(
        (k for k in range(m.tok_start - 1, max(view.first, m.tok_start - 6) - 1, -1) if view.word(k) == word),
        None,
    )
    return k is None or k == view.first or view.a.tokens[k - 1].text[:1].isupper()


def round_told(analysis: Analysis, index: int) -> tuple[Mention, tuple[int, int]] | None:
    """ "X hat eine Finanzierungsrunde über 75 Millionen Euro abgeschlossen": a round told with its
    sum and the company raising it, but no investor, whom the next sentences may name. The
    company, and the span the round's status is read from."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    found = view.first_phrase(lex.round_words)
    if found is None:
        return None
    k, n = found
    if not view.names_money(k, view.end):
        return None
    subject = next((m for m in view.orgs if m.tok_end <= k and view.prep_before(m) is None), None)
    if subject is None or subject.tok_start > view.first + 8:
        return None
    toks = analysis.tokens
    return subject, (toks[k].start, toks[k + n - 1].end)


def another_round(
    analysis: Analysis, index: int, raiser: Mention, raised: tuple[Mention, int] | None
) -> bool:
    """Is the round told in sentence ``index`` another company's than the last one's, so that its
    investors are its own however soon after the last round it comes? Not when the one "raising"
    is an investor ("Existing investors A and B also participated, bringing total funding to $160m")."""
    if raised is None or raiser.entity is raised[0].entity:
        return False
    return not investor_like(sentence_view(analysis, index, event_lexicon(analysis.lang)), raiser)


def listed_investors(analysis: Analysis, index: int, investee: Mention) -> list[Event]:
    """The investors listed after a colon in the sentence that tells the round ("X schließt eine
    Seed-Runde über 2 Millionen Euro ab – mit dabei: A und B")."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    found = view.first_phrase(lex.round_words)
    if found is None:
        return []
    colon = next((k for k in range(found[0], view.end) if view.word(k) == ":"), None)
    first = next((m for m in view.orgs if colon is not None and m.tok_start == colon + 1), None)
    if first is None:
        return []
    return [
        _followup(
            analysis, "investment", {"investor": [m], "investee": [investee]}, index, index, found[0], "round"
        )
        for m in view.coordinated(first, view.orgs, view.end)
        if m.entity is not investee.entity
    ]


def buyer_found(analysis: Analysis, index: int) -> Mention | None:
    """ "X has found a buyer for its unit B", "hat für ihr Traditionsunternehmen, den Hersteller B,
    einen Käufer gefunden": B is sold; the buyer is named in a sentence that follows."""
    if not analysis.mentions_in(index):
        return None  # (this runs on every sentence: no view is built for one that names nobody)
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    if lex.buyer_found_words.isdisjoint(view.words) or view.first_phrase(lex.buyer_found) is None:
        return None
    return next(
        (
            m
            for m in view.orgs
            if m.source != "coref"
            and any(
                view.word(k) in lex.object_preps for k in range(max(view.first, m.tok_start - 6), m.tok_start)
            )
        ),
        None,
    )


def suitors_followup(analysis: Analysis, index: int, on_offer: Mention, since: int) -> list[Event]:
    """ "X is exploring a sale of its unit B. Potential bidders include C and D": C and D would buy B."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    stated = _statement_end(view)
    # "Käufer ist der Pflegeheimbetreiber Y", "The new owner is Y": a buyer, not a suitor
    if stated is not None:
        buyer = next(
            # "Den Zuschlag erhält nach Angaben des Unternehmens der Schweizer Finanzinvestor Y"
            (m for m in view.orgs if stated <= m.tok_start <= stated + 8 and m.source != "coref"),
            None,
        )
        if buyer is None or buyer.entity is on_offer.entity:
            return []
        roles = {"acquirer": [buyer], "target": [on_offer]}
        return [_followup(analysis, "acquisition", roles, since, index, stated - 1, "buyer")]
    cue = next((k for k in range(view.first, view.end) if view.word(k) in lex.suitor_words), None)
    if cue is None:
        return []
    genitive = lex.object_preps - lex.agent_preps - lex.from_preps  # "Personen der Agentur Reuters"
    first = next((m for m in view.orgs if cue < m.tok_start <= cue + 8), None)
    if first is None:  # "C and D are seen as potential bidders"
        first = next((m for m in view.orgs if m.tok_end <= cue and view.prep_before(m) is None), None)
    if first is None:
        return []
    return [
        _followup(
            analysis, "acquisition", {"acquirer": [m], "target": [on_offer]}, since, index, cue, "suitor"
        )
        for m in view.coordinated(first, view.orgs, view.end)
        if m.entity is not on_offer.entity
        and m.source != "coref"
        and view.prep_before(m) not in genitive
        and view.word(m.tok_end) not in lex.reporting_verbs
    ]


def _statement_end(view: SentenceView) -> int | None:
    """Where a statement of the buyer ends ("The buyer is", "Käufer ist"), also around an aside
    after its noun ("The buyer, according to a filing on Friday, is Y")."""
    lex = view.lex
    for k in range(view.first, view.end):
        n = view.phrase_at(k, lex.buyer_statements, 4)
        if n:
            return k + n
        if view.word(k) != "," or view.word(k - 1) not in lex.suitor_words:
            continue
        close = next((j for j in range(k + 1, min(view.end, k + 16)) if view.word(j) == ","), None)
        if close is None:
            continue
        for start in (k - 2, k - 1):  # "the buyer" + "is", "Käufer" + "ist"
            if (*(view.word(j) for j in range(start, k)), view.word(close + 1)) in lex.buyer_statements:
                return close + 2
    return None


def target_followup(analysis: Analysis, index: int, since: int) -> list[Event]:
    """ "X agreed to buy a Texas-based maker of sensors. The target, Y, ...": Y is what X buys."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    k = view.first
    while k < view.end and view.word(k) in lex.determiners:
        k += 1
    if k == view.first or view.word(k) not in lex.target_nouns or view.word(k + 1) != ",":
        return []
    named = next((m for m in view.orgs if m.tok_start == k + 2), None)
    if named is None:
        return []
    agent, ts, te, trig = analysis.cache[("described target", since)]
    if named.entity is agent.entity:
        return []
    event = make_event(
        "acquisition",
        {"acquirer": [agent], "target": [named]},
        sentence_view(analysis, since, lex),
        ts,
        te,
        trig,
        confidence_of(agent, named) - 0.1,
    )
    event.evidence = (event.evidence[0], view.sent.end)
    event.cues.append("described target")
    # and as told here, where a later stage may be stated ("The target, Y, said the deal had closed");
    # merging keeps the more definite of the two statuses
    here = make_event("acquisition", dict(event.roles), view, k, k + 1, trig, event.confidence)
    here.trigger_class = "noun"
    here.cues.append("described target")
    return [event, here]


def _followup(
    analysis: Analysis,
    etype: str,
    roles: dict[str, list[Mention]],
    since: int,
    index: int,
    cue: int,
    kind: str,
) -> Event:
    """An event told across two sentences: its cue word in sentence ``index``, its subject in ``since``
    ("X raised $5m. The round was led by Y"; "X weighs a sale of B. Bidders include C")."""
    toks = analysis.tokens
    return Event(
        type=etype,
        roles=roles,
        sent=index,
        trigger=(toks[cue].start, toks[cue].end),
        confidence=confidence_of(*(ms[0] for ms in roles.values())) - 0.1,
        evidence=(analysis.sentences[since].start, analysis.sentences[index].end),
        trigger_class="noun" if kind in ("suitor", "buyer") else "verb",
        cues=[f"trigger:{toks[cue].text}", kind],
    )
