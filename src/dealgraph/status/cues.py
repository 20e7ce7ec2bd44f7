"""Decide completed / announced / in_talks / failed / rumored / denied.

Cue phrases of each status come from the language's events lexicon. A cue counts when it
stands in the trigger's clause (or anywhere in the sentence for attribution such as
"people familiar with the matter"), and a negation just before the trigger or its
auxiliary turns an assertion into a failure. When several statuses are cued, the
lexicon's priority decides (a denial or failure outranks talks, talks outrank rumours,
rumours outrank plain assertion). Without any cue a stated deal is completed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..events.arguments import closed_relative_at, reduced_relative_head
from ..events.lexicon import EventLexicon, event_lexicon
from ..events.view import SentenceView, sentence_view
from ..model import Analysis, Event

SENTENCE_WIDE = frozenset({"attribution", "denied", "closing"})  # payment or closing anywhere in the sentence
CLAUSE_WIDE = frozenset({"failed"})
MODAL = frozenset({"rumored"})
PEOPLE = frozenset({"hire", "departure"})
_SENTENCE_ENDS = frozenset(";:.!?")
_CLOSES_PARTICIPLE = frozenset({".", ",", ";", "!", "?", ""})  # the verb ends its clause
_ASIDE_MARKS = frozenset({",", ";", ":", "–", "—", "-"})  # a negation after these is not the verb's
CATEGORY_STATUS = {"attribution": "rumored", "closing": "completed"}
WINDOW = 8
REVIEW_REACH = 10  # "The CMA has referred X's £1.4bn takeover of Y": the regulator before the deal
DATED_AFTER = "announced:date after publication"
STARTS_LATER = "announced:start dated later"
AHEAD = frozenset({STARTS_LATER, DATED_AFTER})  # a move not yet made
STANDING = frozenset({"in_talks", "announced", "completed"})  # statuses an agreement or a closing settles


def _with_relative_clause(view: SentenceView, hi: int) -> int:
    """Extend a clause over a relative clause on its last noun ("an offer, which the board rejected")
    or over a contrast ("tried to poach the team, but the effort collapsed")."""
    k = hi
    if view.word(k) == ",":
        k += 1
    if view.word(k) in view.lex.relatives or view.word(k) in view.lex.contrast_words:
        end = _next_break(view, k + 1)
        follows = view.word(end + 1)
        if view.word(end) == "," and (
            follows in view.lex.finite_aux or view.phrase_at(end + 1, view.lex.passive_aux, 2)
        ):
            # "The acquisition of X, which was announced in January, was blocked by a judge":
            # past the inserted clause the subject's own verb follows
            end = _next_break(view, end + 2)
        return end
    return hi


def _next_break(view: SentenceView, k: int) -> int:
    """The first punctuation mark that ends a clause, from token ``k`` on (or the sentence's end)."""
    while k < view.end and view.word(k) not in (",", ";", ":", "."):
        k += 1
    return k


def _in_subordinate_clause(view: SentenceView, ts: int) -> bool:
    k = ts - 1
    while k > view.first and view.word(k - 1) != ",":
        k -= 1
    start = max(k, view.first)
    return view.word(start) in view.lex.subordinators


def _in_fronted_clause(view: SentenceView, k: int, ts: int) -> bool:
    """Does token ``k`` stand in a subordinate clause set off by a comma before the trigger?"""
    comma = next((j for j in range(k + 1, ts) if view.word(j) == ","), None)
    if comma is None:
        return False
    start = max((j + 1 for j in range(view.first, k) if view.word(j) == ","), default=view.first)
    return any(view.word(j) in view.lex.subordinators for j in range(start, k))


def _future_after(view: SentenceView, k: int) -> bool:
    """ "Der Abschluss der Transaktion wird im Januar erwartet": the closing noun's own verb, a few
    words on, puts it in the future."""
    for j in range(k, min(view.end, k + 4)):
        word = view.word(j)
        if word == "," or word in view.lex.coordinators:
            return False
        if word in view.lex.future_markers and word not in view.lex.infinitive_markers:
            return True  # not "completed the purchase of X to grow": a purpose
    return False


def _ends_verb_final_clause(view: SentenceView, te: int) -> bool:
    """ "X, die 2019 von Y übernommen worden war, plant ...": a participle and its auxiliaries
    before a comma close a German subordinate clause."""
    lex = view.lex
    if not lex.verb_final:
        return False
    k = te
    while view.word(k) in lex.passive_perfect or view.word(k) in lex.perfect_aux:
        k += 1
    return k > te and view.word(k) == ","


def _in_relative_clause(view: SentenceView, ts: int) -> bool:
    """Does a relative pronoun after a comma open the trigger's stretch of the clause?"""
    k = ts - 1
    pronouns = view.lex.relative_pronouns
    while k > view.first and view.word(k) != ",":  # the clause may open at the pronoun itself
        if view.word(k) in pronouns:  # "which", "that", "welche": never an article
            if view.word(k - 1) in view.lex.denial_objects:
                return False  # "X, the AI start-up, denied a report that P would leave": what was reported
            return view.word(k - 1) == "," or any(view.word(j) == "," for j in range(view.first, k))
        k -= 1
    return False


def _attempted(view: SentenceView, k: int) -> bool:
    """Is the failure cue at ``k`` only attempted ("sued to block", "seeks to block")?"""
    lex = view.lex
    if view.word(k - 1) not in lex.infinitive_markers:
        return False
    # "sued to block", "sued on Monday to block": the attempt a few words before the infinitive
    return any(view.word(j) in lex.attempt_words for j in range(max(view.first, k - 5), k - 1))


def _under_review(view: SentenceView, lo: int, k: int) -> bool:
    """Is the cue at ``k`` a regulator's review ("Die Wettbewerbsbehörde CMA prüft, ob ...")?"""
    heads = view.lex.outsider_heads
    return any(
        (view.word(j).endswith(heads) and j not in view.named_tokens)  # not the name "Norland"
        or view.lex.is_regulator_word(view.word(j))  # "Die EU-Kommission prüft ..."
        for j in range(max(lo, k - REVIEW_REACH), k)
    )


def _report_dismissed(view: SentenceView) -> dict[str, str]:
    lex = view.lex
    if not lex.denial_verbs.intersection(view.words):
        return {}
    for k in range(view.first, view.end):
        if view.word(k) in lex.denial_verbs and lex.denial_objects.intersection(
            view.words[k + 1 - view.first : k + 5 - view.first]
        ):
            return {"denied": view.word(k)}
    return {}


def _bought_before(view: SentenceView, event: Event) -> bool:
    """ "X, the maker Y bought in May, ...": the deal is told in a reduced relative clause (as the
    frame read it); the clause after the next comma is the main clause's."""
    if event.type != "acquisition" or not event.roles.get("target") or not event.roles.get("acquirer"):
        return False
    target, buyer = event.roles["target"][0], event.roles["acquirer"][0]
    if buyer.sent != view.index:
        return False
    head = reduced_relative_head(view, buyer)
    return head is not None and head.entity is target.entity


def _after_negation(view: SentenceView, k: int) -> bool:
    return any(view.word(j) in view.lex.negations for j in range(k - 3, k))


def _negated(
    view: SentenceView, ts: int, te: int, lo: int, hi: int, failed: frozenset[tuple[str, ...]]
) -> str | None:
    lex = view.lex
    for k in list(range(max(lo, ts - 5), ts)) + list(range(te, min(hi, te + 3))):
        w = view.word(k)
        if w not in lex.negations:
            continue
        if view.phrase_at(k, lex.negation_exceptions, 3):
            continue
        if any(view.phrase_at(j, failed) for j in range(k + 1, k + 4)):
            continue  # negated failure: "will not be blocked"
        if any(view.word(j) in _ASIDE_MARKS for j in range(te, k)):
            continue  # "hat X übernommen – allerdings nicht wegen des Produkts": an aside on the deal
        return w
    return None


def _split_cue(view: SentenceView, k: int, table: frozenset[tuple[str, ...]], lex: EventLexicon) -> int:
    """A German cue with a separable particle: "wies ... zurück" matches "wies zurück" when the
    particle closes the clause."""
    if not lex.separable_particles:
        return 0
    # the particle closes the clause ("wiesen Spekulationen zurück, wonach ...") or, past commas
    # that set off an apposition, the sentence
    for stops in (_SENTENCE_ENDS | {","}, _SENTENCE_ENDS):
        last, _ = view.closing_word(k, stops)
        if last in lex.separable_particles and (view.word(k), last) in table:
            return 1
    return 0


def _after_the_deal(view: SentenceView, event: Event, ts: int) -> str | None:
    """ "after the takeover by X", "nach der Übernahme durch X": a deal spoken of as past."""
    if event.trigger_class != "noun" or view.word(ts - 1) not in view.lex.noun_determiners:
        return None
    opener = view.word(ts - 2)
    return f"{opener} {view.word(ts - 1)}" if opener in view.lex.after_deal else None


def _trigger_tokens(view: SentenceView, event: Event) -> tuple[int, int]:
    """The token span of the event's trigger in its sentence."""
    toks = view.a.tokens
    ts = next(k for k in range(view.first, view.end) if toks[k].start >= event.trigger[0])
    te = ts + 1
    while te < view.end and toks[te].end <= event.trigger[1]:
        te += 1
    return ts, te


def _status_of(view: SentenceView, event: Event, lex: EventLexicon) -> tuple[str, list[str]]:
    ts, te = _trigger_tokens(view, event)
    persons = event.roles.get("person") or []
    if event.type in PEOPLE and persons and any(c.startswith("pattern:") for c in event.cues):
        te = max(te, persons[0].tok_end)  # "Als Nachfolger sei P im Gespräch": the title names P after it
    c_lo, c_hi = view.clause(ts, te)
    if event.trigger_class == "verb" and view.word(ts - 1) == "-":
        return "completed", ["completed:compound"]  # "X-backed Y": a standing fact, whatever Y does next
    relative = _in_relative_clause(view, ts)
    if (
        _in_subordinate_clause(view, ts)
        or relative
        or _bought_before(view, event)
        or _ends_verb_final_clause(view, te)
    ):
        # "Seit A B übernahm, versucht er ...", "X, the maker that bought Y in 2020, agreed to ...":
        # after the comma the main clause speaks
        c_hi = next((k for k in range(te, c_hi) if view.word(k) == ","), c_hi)
    lo, hi = max(c_lo, ts - WINDOW), min(c_hi, te + WINDOW)
    if event.trigger_class == "noun" and lex.topic_preps.intersection(
        view.words[max(0, ts - 3 - view.first) : ts - view.first]
    ):
        lo = c_lo  # "führt Gespräche mit dem Start-up X über eine Übernahme": the talks' own cue
    if event.trigger_class == "verb" and view.word(ts - 1) in lex.coordinators and view.word(ts - 1) != ",":
        lo = c_lo  # "it will pay $650m to license X and hire most of its staff": the first verb's modal
    if view.lex.verb_final and event.trigger_class == "verb" and view.word(te) in (".", ",", ";", ""):
        lo = c_lo  # "X will sich mit einem dreistelligen Millionenbetrag an Y beteiligen": the modal leads
    # "will buy A and has already completed the purchase of B": the second verb's cues are B's
    second = view.second_predicate(te, view.end)
    if second is not None:
        hi = min(hi, second)
    found: dict[str, str] = {}
    governor = next(
        (view.word(k) for k in range(max(c_lo, ts - 6), ts) if view.word(k) in lex.governing_rumor), None
    )
    if event.status:
        found[event.status] = "trigger"
        if governor and event.status == "in_talks":
            return "rumored", [f"rumored:{governor}"]  # "is considering a bid for X": not yet an offer
    failed_table = lex.cues.get("failed", frozenset())
    closed = False  # an explicit closing cue ("closed", "vollzogen") not put off into the future
    for category, table in lex.cues.items():
        status = CATEGORY_STATUS.get(category, category)
        if category in SENTENCE_WIDE:
            # a second predicate ("... had closed its purchase of X and had no plans for more deals")
            # says nothing of the first one's deal, be it a closing or a denial
            ends = category in ("closing", "denied")
            start, end = view.first, second if second is not None and ends else view.end
            if relative and category == "denied" and event.trigger_class == "verb" and event.type in PEOPLE:
                start, end = c_lo, c_hi  # "P, who left X in June, denied wrongdoing": not the move denied
            if relative and category == "attribution" and event.trigger_class == "verb" and c_hi < view.end:
                start, end = c_lo, c_hi  # "X, which Y bought in 2021, is up for sale again, sources said"
        elif category in CLAUSE_WIDE:
            start, end = c_lo, _with_relative_clause(view, c_hi)
        else:
            start, end = lo, hi
        positions: Iterable[int] = range(start, end)
        if event.trigger_class in ("noun", "stake") and category in MODAL:
            # "X's acquisition of Y could ...": the modal is the main verb's, which German puts last
            # ("wird über einen Zusammenschluss von A und B spekuliert")
            positions = range(start, min(end, ts))
            if lex.verb_final and c_hi > te and view.word(c_hi - 1) in (".", ";"):
                positions = [*positions, c_hi - 2]
        for k in positions:
            if k in view.named_tokens:
                continue  # "a rival offer from Block": a name, not the verb "block"
            n = view.phrase_at(k, table, 4) or _split_cue(view, k, table, lex)
            own = ts <= k < te and (status == "completed" or (status == "failed" and event.type in PEOPLE))
            if not n or own:
                continue  # the trigger is no cue about itself ("zieht sich zurück" withdraws no offer)
            if view.word(k + n) == "-" and view.a.tokens[k + n].start == view.a.tokens[k + n - 1].end:
                continue  # "scrap-metal processor": the first part of a compound, no verb
            if k + n < view.end and view.mlex.is_org_head(view.a.tokens[k + n].text):
                continue  # "scrap processor X": a trade before a company's head noun, no verb
            if status == "in_talks" and k >= te and view.word(k - 1) in lex.infinitive_markers:
                continue  # "a partnership with X to offer GPU capacity": the deal's purpose, not a bid
            if status == "in_talks" and k >= te and view.word(k - 1) in lex.rival_words:
                continue  # "has won the auction for X, beating a rival offer": another bidder's
            if status == "failed" and _after_negation(view, k):
                continue  # "will not be blocked" asserts no failure
            if category == "attribution" and k > view.first and view.word(k - 1) in lex.describing_relatives:
                continue  # "in a move that people close to it described as ...": a view of the move
            if category == "attribution" and n == 1 and second is not None and ts < second <= k:
                continue  # "P left X and is reportedly talking to Y": the adverb is the second verb's
            if k < ts and closed_relative_at(view, k, k + 1, ts):
                continue  # "X, which Y failed to buy in 2021, is in talks to merge with Z": Y's attempt
            if k < ts and _in_fronted_clause(view, k, ts):
                continue  # "Three years after its approach was rebuffed, X has completed ...": then, not now
            if status == "rumored" and _under_review(view, c_lo, k):
                found.setdefault("announced", "under review")
                continue  # "Die Wettbewerbsbehörde prüft, ob die Übernahme ...": a review, no rumour
            if status == "failed" and _attempted(view, k):
                status = "announced"  # "the FTC sued to block the deal": pending, not yet failed
            if status == "completed" and (
                any(view.word(j) in lex.future_markers for j in range(k - 5, k))
                or any(view.word(j) in lex.later_words for j in range(k + n, min(view.end, k + n + 3)))
                or _future_after(view, k + n)
            ):
                # "soll bis Jahresende abgeschlossen sein", "before the deal closes next week"
                status = "announced"
            found.setdefault(status, " ".join(view.words[k - view.first : k - view.first + n]))
            closed = closed or (category == "closing" and status == "completed")
            break
    if event.trigger_class == "noun":
        # "ist an einer Übernahme von Y interessiert": the interest closes the clause
        around = [*range(max(c_lo, ts - 4), ts), *range(te, c_hi)]  # "is interested in an acquisition of"
        interest = next((view.word(k) for k in around if view.word(k) in lex.interest_words), None)
        if interest is not None:
            found.setdefault("rumored", interest)
    if "denied" not in found:  # "..., dismissing a weekend newspaper report": the report is denied
        found.update(_report_dismissed(view))
    reports = lex.denial_objects.intersection(view.words)
    if "denied" in found and event.trigger_class == "offer" and not reports:
        found.setdefault("failed", found.pop("denied"))  # "wies das Angebot zurück": rejected, not denied
    neg = _negated(view, ts, te, lo, hi, failed_table)
    if neg and not ({"failed", "denied"} & found.keys()):
        # "is not leaving, a spokesperson said, responding to a report": a report contradicted
        found["denied" if "denied" in found or reports else "failed"] = f"negation:{neg}"
    done = _after_the_deal(view, event, ts)
    if done and not ({"failed", "denied"} & found.keys()):
        return "completed", [f"completed:{done}"]  # "Nach der Übernahme durch X will Y ...": done
    if closed and found.keys() == {"announced", "completed"}:
        del found["announced"]  # "The acquisition, announced in October, closed on Wednesday"
    if event.trigger_class == "offer" and "in_talks" in found and found.keys() <= STANDING:
        # an offer is talks until it is agreed or done: "has completed its tender offer for X", "the
        # board recommended the offer"
        if closed:
            return "completed", [f"completed:{found['completed']}"]
        endorsed = _endorsement(view, lex, c_lo, c_hi)
        if endorsed is not None:
            return "announced", [f"announced:{endorsed}"]
    for status in lex.status_priority:
        if status == "in_talks" and status in found and governor:
            return "rumored", [f"rumored:{governor}"]  # "is weighing a bid for a stake in X"
        if status == "announced" and event.type == "investment" and found.get(status) in lex.announce_words:
            return "completed", [f"completed:{found[status]}"]  # "announced a $30m Series A led by X"
        if status in found:
            return status, [f"{status}:{found[status]}"]
    if (
        lex.gerund_endings
        and view.word(ts).endswith(lex.gerund_endings)
        and view.word(ts - 1) in lex.progressive_aux
    ):
        return "announced", ["default:progressive"]  # "X is leaving Y": under way, not done
    if (
        event.trigger_class == "noun"
        and lex.gerund_endings
        and any(
            view.word(k) in lex.progressive_aux and view.word(k + 1).endswith(lex.gerund_endings)
            for k in range(max(c_lo, ts - 5), ts - 1)
        )
    ):
        return "announced", ["default:progressive"]  # "A and B are forming a joint venture": under way
    if view.word(ts - 1) in lex.progressive_passive:
        return "announced", ["default:progressive passive"]  # "X is being bought by Y"
    if view.word(ts - 1) in lex.infinitive_markers:
        left = next(
            (view.word(k) for k in range(max(c_lo, ts - 8), ts - 1) if view.word(k) in lex.left_to_join), None
        )
        if left and event.type == "hire":
            return "completed", [f"completed:{left} to join"]  # "have left X to join Y"
        ordinal = next(
            (
                view.word(k)
                for k in range(max(c_lo + 1, ts - 6), ts - 1)
                if view.word(k) in lex.ordinal_subjects
                and view.word(k - 1) in lex.determiners | lex.possessives
            ),
            None,
        )
        if ordinal is not None:  # "P is the fifth OpenAI researcher to join Meta": a move made
            return "completed", [f"completed:the {ordinal} ... to"]
    if view.word(ts) in lex.infinitive_markers or view.word(ts - 1) in lex.infinitive_markers:
        # "X erwägt, sich an Y zu beteiligen": an infinitive hanging on a verb of weighing
        weighing = next(
            (view.word(k) for k in range(view.first, ts) if view.word(k) in lex.governing_rumor), None
        )
        if weighing is not None:
            return "rumored", [f"rumored:{weighing}"]
        return "announced", ["default:infinitive"]  # headline "X to sell Y to Z": a plan
    # "hat ... an Y verkauft": an auxiliary before and the verb closing the clause make a participle
    participle = (
        any(view.word(k) in lex.perfect_aux for k in range(c_lo, ts)) and view.word(te) in _CLOSES_PARTICIPLE
    ) or (lex.verb_final and view.word(te) in lex.perfect_aux)  # "..., der B an C verkauft hatte"
    participle = participle or (lex.verb_final and view.word(te) in lex.passive_perfect)  # "verkauft worden"
    if (
        event.trigger_class == "verb"
        and tuple(view.words[ts - view.first : te - view.first]) in lex.present_forms
        and not participle
    ):
        return "announced", ["default:present tense"]  # "X übernimmt Y", "X acquires Y": news of a deal
    if event.trigger_class == "noun" and event.type not in PEOPLE and _under_review(view, c_lo, ts):
        # "Die FTC hat ihre Einwände gegen die Übernahme von X fallen gelassen": a deal before a regulator
        return "announced", ["default:before a regulator"]
    return "completed", ["default"]


def _endorsement(view: SentenceView, lex: EventLexicon, lo: int, hi: int) -> str | None:
    """The word by which an offer is endorsed in the clause ("the board recommended the offer"), if
    any; not "PE-backed", "minded to recommend", "will back", "empfehlen, es nicht anzunehmen"."""
    if not lex.negations.isdisjoint(view.words):
        return None
    ahead = lex.infinitive_markers | lex.future_markers
    return next(
        (
            view.word(k)
            for k in range(lo, hi)
            if view.word(k) in lex.endorse_words
            and view.word(k - 1) != "-"
            and not {view.word(k - 1), view.word(k - 2)} & ahead
        ),
        None,
    )


def assign_status(analysis: Analysis) -> None:
    """Set ``status`` on every event that has one (positions carry none)."""
    lex = event_lexicon(analysis.lang)
    for event in analysis.events:
        if event.type == "position":
            event.status = None
            continue
        view = sentence_view(analysis, event.sent, lex)
        event.status, cues = _status_of(view, event, lex)
        if (
            cues == ["default"]
            # "the company it bought in May": an English past verb, last May (but "hat P zum 1. Juli
            # ernannt" is a move still ahead)
            and not (event.trigger_class == "verb" and not lex.verb_final)
            and _dated_after(event.date, analysis.anchor)
            and not _since(view, event, lex)
        ):
            # "Zum 1. Juli stößt P zu X": a move dated after the article has not happened yet
            event.status, cues = "announced", ["default", DATED_AFTER]
        elif cues == ["default"] and event.type == "hire" and _starts_later(analysis, event):
            # "X named P its head of design. Vogt will start in April." (the one leaving has left)
            event.status, cues = "announced", ["default", STARTS_LATER]
        elif cues == ["default"] and event.type == "hire" and (coming := _coming_title(view, event, lex)):
            # "X named P its next chief executive", "zum künftigen Finanzvorstand berufen"
            event.status, cues = "announced", ["default", f"announced:{coming}"]
        elif event.type == "hire" and event.status != "denied" and (withdrawn := _withdrawn(view, lex)):
            # "P, who had been named CEO in October, will no longer take up the role"
            event.status, cues = "failed", [*cues, f"failed:{withdrawn}"]
        elif _dated_plan(view, event, cues, analysis.anchor, lex):
            # "P soll zum 1. Juli neuer Vorstandschef werden": a plan with its date, not a rumour
            event.status, cues = "announced", [*cues, "announced:dated plan"]
        if event.status == "announced" and view.word(view.end - 1) == "?" and _asks_ahead(view):
            # "Wird P neue Chefin bei X?", "Is X about to buy Y?": a move asked about, not announced
            event.status, cues = "rumored", [*cues, "rumored:question"]
        event.cues.extend(cues)
    _successions(analysis.events)
    _round_followups(analysis)
    for event in analysis.events:
        if "suitor" in event.cues and event.status in ("completed", "announced"):
            event.status = "rumored"  # a bidder named for a sale: no deal agreed with it yet
            event.cues.append("rumored:suitor")
    _denied_next(analysis, lex)
    _declined_next(analysis, lex)
    _closed_next(analysis, lex)
    _pending_next(analysis, lex)
    _endorsed_next(analysis, lex)
    _unmoved_by_attempts(analysis)


def _unmoved_by_attempts(analysis: Analysis) -> None:
    """ "X failed to lure away P", "X denied trying to poach P", "X soll versuchen, P abzuwerben": the
    poaching carries the status; the person read as hired and leaving with it has not moved."""
    attempts = {
        (e.sent, e.trigger)
        for e in analysis.events
        if e.type == "poaching" and e.status in ("failed", "denied", "in_talks")
    }
    analysis.events = [
        e
        for e in analysis.events
        if not (e.type in ("hire", "departure") and (e.sent, e.trigger) in attempts)
    ]


def _asks_ahead(view: SentenceView) -> bool:
    """Does the sentence open as a question of what will be ("Wird P ...?", "Is X about to ...?")?"""
    k = view.first
    while k < view.end and not view.a.tokens[k].text[:1].isalpha():
        k += 1  # an opening quotation mark
    return view.word(k) in view.lex.question_openers


def _withdrawn(view: SentenceView, lex: EventLexicon) -> str | None:
    """A hire taken back anywhere in the sentence ("will no longer take up the role")."""
    found = view.first_phrase(lex.hire_withdrawn, 6)
    if found is None:
        return None
    k, n = found
    return " ".join(view.words[k - view.first : k - view.first + n])


def _dated_plan(
    view: SentenceView, event: Event, cues: list[str], anchor: str | None, lex: EventLexicon
) -> bool:
    """A modal of plans ("soll") as the only cue, a date after the article, and nobody cited."""
    if event.status != "rumored" or len(cues) != 1 or cues[0].split(":", 1)[-1] not in lex.plan_modals:
        return False
    cited = lex.cues.get("attribution", frozenset())
    return _dated_after(event.date, anchor) and view.first_phrase(cited, 6) is None


def _denied_next(analysis: Analysis, lex: EventLexicon) -> None:
    """ "A report said X approached Y. Y said it is not in discussions with any party": a denial in
    the next sentence by a party, with no deal of its own, denies the reported one."""
    for event, view in _untold_next(
        analysis, lex, lambda e: e.status in ("rumored", "in_talks") and e.type not in PEOPLE
    ):
        parties = {m.entity.key for role in event.roles.values() for m in role}
        if any(m.entity.key in parties for m in view.mentions):
            _status_next(view, lex, event, "denied")


def _declined_next(analysis: Analysis, lex: EventLexicon) -> None:
    """ "X tried to lure P away. P turned the offer down": the person lured, naming the offer in the
    next sentence with a cue of failure, ends the attempt."""
    for event in analysis.events:
        lured = event.roles.get("person")
        if event.type != "poaching" or event.status not in ("rumored", "in_talks") or not lured:
            continue
        view = _next_view(analysis, lex, event)
        if (
            view is not None
            and any(m.entity.key == lured[0].entity.key for m in view.persons)
            and lex.offer_nouns.intersection(view.words)
        ):
            _status_next(view, lex, event, "failed")


def _closed_next(analysis: Analysis, lex: EventLexicon) -> None:
    """ "Das Kartellamt hat die Übernahme von X durch Y freigegeben. Der Vollzug erfolgte am Freitag",
    "... The deal closed on Monday": the next sentence, opening with the deal, says it is done."""
    for event, view in _untold_next(
        analysis, lex, lambda e: e.status == "announced" and e.type not in PEOPLE
    ):
        if view.word(view.first + 1) not in lex.deal_references:
            continue  # "Die Transaktion ...", "The deal ...": an article and the deal open the sentence
        if (
            lex.future_markers.intersection(view.words)
            or lex.later_words.intersection(view.words)
            or view.first_phrase(lex.cues.get("announced", frozenset()), 4) is not None
        ):
            # "Der Vollzug ist für Anfang Dezember geplant", "The deal will close next week", "Der
            # Vollzug steht unter dem Vorbehalt der Zustimmung der BaFin"
            continue
        closing = view.first_phrase(lex.cues.get("closing", frozenset()), 4)
        if closing is not None and not _after_negation(view, closing[0]):
            cue = view.word(closing[0])
        elif view.word(view.first + 1) in lex.closing_nouns and lex.perfect_aux.isdisjoint(view.words):
            cue = view.word(view.first + 1)  # "Der Vollzug erfolgte am Freitag"
        else:
            continue
        event.status = "completed"
        event.cues.append(f"completed:{cue} (next sentence)")


def _pending_next(analysis: Analysis, lex: EventLexicon) -> None:
    """ "X hat Y an Z verkauft. Das Bundeskartellamt muss noch zustimmen", "... The deal is subject to
    approval": a deal the tense alone called done waits for its closing, told in the next sentence."""
    # "X, which bought Y in 2022, will acquire Z. The deal is expected to close ...": Z's closing
    pending = {
        e.sent for e in analysis.events if e.type not in PEOPLE and e.status in ("announced", "in_talks")
    }
    for event, view in _untold_next(
        analysis,
        lex,
        # (not "has completed", "closed": said to be done)
        lambda e: (
            e.status == "completed"
            and e.type not in PEOPLE
            and e.sent not in pending
            and not any(c.startswith("completed:") for c in e.cues)
        ),
    ):
        about = lex.deal_references.intersection(view.words) or any(
            lex.is_regulator_word(w) for w in view.words
        )
        found = view.first_phrase(lex.pending_approval, 5) if about else None
        if found is not None and not _after_negation(view, found[0]):
            k, n = found
            event.status = "announced"
            event.cues.append(
                f"announced:{' '.join(view.words[k - view.first : k - view.first + n])} (next sentence)"
            )


def _endorsed_next(analysis: Analysis, lex: EventLexicon) -> None:
    """ "Y launched a tender offer for X. X's special committee endorsed the bid": the company sought,
    naming the offer in the next sentence and backing it, makes the offer an agreed deal."""
    for event, view in _untold_next(
        analysis, lex, lambda e: e.trigger_class == "offer" and e.status == "in_talks"
    ):
        targets = {m.entity.key for m in event.roles.get("target", ())}
        parties = {m.entity.key for role in event.roles.values() for m in role}
        if not any(m.entity.key in targets for m in view.orgs):
            continue
        if any(m.entity.key not in parties for m in view.orgs):
            continue  # "... über der Offerte des Konkurrenten Z, die der Vorstand empfohlen hatte": Z's
        if not (lex.offer_nouns | lex.deal_references).intersection(view.words):
            continue
        endorsed = _endorsement(view, lex, view.first, view.end)
        if endorsed is not None:
            event.status = "announced"
            event.cues.append(f"announced:{endorsed} (next sentence)")


def _untold_next(
    analysis: Analysis, lex: EventLexicon, wanted: Callable[[Event], bool]
) -> Iterator[tuple[Event, SentenceView]]:
    """The ``wanted`` events whose next sentence tells no event of its own, with that sentence:
    where a sentence only comments on the deal before it ("The deal closed on Monday")."""
    told = {e.sent for e in analysis.events}
    for event in analysis.events:
        if wanted(event) and event.sent + 1 not in told:
            view = _next_view(analysis, lex, event)
            if view is not None:
                yield event, view


def _next_view(analysis: Analysis, lex: EventLexicon, event: Event) -> SentenceView | None:
    index = event.sent + 1
    return sentence_view(analysis, index, lex) if index < len(analysis.sentences) else None


def _status_next(view: SentenceView, lex: EventLexicon, event: Event, status: str) -> None:
    """Give ``event`` the ``status`` a cue of the next sentence states, unless negated there."""
    found = view.first_phrase(lex.cues.get(status, frozenset()), 6)
    if found is not None and not _after_negation(view, cue := found[0]):
        event.status = status
        event.cues.append(f"{status}:{view.word(cue)} (next sentence)")


def _round_followups(analysis: Analysis) -> None:
    """ "X hat 60 Millionen Euro eingesammelt. Angeführt wird die Runde von Y": Y's part has the
    status of the round, unless its own sentence says more than a tense ("soll", "in talks")."""
    rounds = [e for e in analysis.events if e.type == "investment" and "round" not in e.cues]
    lex = event_lexicon(analysis.lang)
    for event in analysis.events:
        if (
            "round" not in event.cues
            or event.type != "investment"
            or event.status not in ("completed", "announced")
        ):
            continue
        investee = event.roles["investee"][0].entity
        first = next(
            (
                e
                for e in rounds
                if e.roles["investee"][0].entity is investee and e.evidence[0] == event.evidence[0]
            ),
            None,
        )
        status = first.status if first is not None else _raise_status(analysis, event, lex)
        if status is not None and status != event.status:
            event.status = status
            event.cues.append(f"{status}:as the round")


def _raise_status(analysis: Analysis, event: Event, lex: EventLexicon) -> str | None:
    """The status of a round told without investors ("X hat 60 Millionen Euro eingesammelt")."""
    since = next((i for i, s in enumerate(analysis.sentences) if s.start == event.evidence[0]), None)
    raised = analysis.cache.get(("raised", since)) if since is not None else None
    if since is None or raised is None:
        return None
    told = replace(event, trigger=raised[1], sent=since, status=None, trigger_class="verb", cues=[])
    return _status_of(sentence_view(analysis, since, lex), told, lex)[0]


def _successions(events: list[Event]) -> None:
    """ "P wird Finanzchefin. Sie folgt auf Q": Q leaves when P comes, so Q's departure, stated
    without a cue of its own, has the status of P's hire."""
    hires = [e for e in events if e.type == "hire" and e.status != "completed"]
    for leaving in events:
        if leaving.type != "departure" or leaving.cues[-1:] != ["default"]:
            continue
        successor = next(
            (
                e
                for e in events
                if e.type == "hire" and e.trigger == leaving.trigger and e.sent == leaving.sent
            ),
            None,
        )
        if successor is None:
            continue
        key = successor.key()
        stated = next((h for h in hires if h.key() == key and h.cues[-1:] != ["default"]), None)
        if stated is not None and _same_person(successor, leaving) and stated.cues[-1] not in AHEAD:
            continue  # "hired P from X to replace Q": P's leaving X is not what "to replace" plans
        if stated is not None and stated.status is not None:
            leaving.status = stated.status
            leaving.cues[-1:] = ["default", f"{stated.status}:as the successor's hire"]


def _same_person(a: Event, b: Event) -> bool:
    """Do both events name the same person first?"""
    pa, pb = a.roles.get("person"), b.roles.get("person")
    return bool(pa and pb and pa[0].entity.key == pb[0].entity.key)


def _starts_later(analysis: Analysis, event: Event) -> bool:
    """Does one of the next two sentences about the event's person carry a date after publication?"""
    person = event.roles.get("person")
    if not person:
        return False  # (a date of the event itself is when it was told: "named P on Wednesday")
    who = person[0].entity
    for m in analysis.mentions:
        if m.entity is who and event.sent < m.sent <= event.sent + 2:
            sent = analysis.sentences[m.sent]
            dates = (d for d in analysis.dates if sent.start <= d.start < sent.end)
            if any(_dated_after(d.value, analysis.anchor) for d in dates):
                return True
            if _start_ahead(analysis, m.sent):
                return True  # "Petrov will start in March", "Olsen starts next month"
    return False


def _coming_title(view: SentenceView, event: Event, lex: EventLexicon) -> str | None:
    """The words that make the hire's post one still ahead ("its next chief executive", "zum
    künftigen Vorstandschef"), if the trigger's clause has them."""
    mlex = view.mlex
    lo, hi = view.clause(*_trigger_tokens(view, event))
    for k in range(lo, hi - 1):
        if view.word(k) not in lex.coming_titles:
            continue
        for n in range(min(mlex.max_title_len, hi - k - 1), 1, -1):
            words = tuple(view.word(j) for j in range(k + 1, k + 1 + n))
            if words in mlex.titles:
                return " ".join((view.word(k), *words))
        if mlex.is_title(view.a.tokens[k + 1].text):
            return f"{view.word(k)} {view.word(k + 1)}"
    return None


def _start_ahead(analysis: Analysis, index: int) -> bool:
    """Does the sentence say a start lies ahead ("will start", "starts next month", "soll ... antreten")?"""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    if view.first_phrase(lex.start_words) is None:
        return False
    if lex.future_markers.intersection(view.words) or lex.later_words.intersection(view.words):
        return True
    # "tritt ihr Amt Anfang Juni an" told in March: a start in a month this year still ahead
    return any(view.sent.start <= d.start < view.sent.end and d.rolled_back for d in analysis.dates)


def _since(view: SentenceView, event: Event, lex: EventLexicon) -> bool:
    """Is the event's date told as where a state began ("seit dem 1. April", "since March")?"""
    for d in view.a.dates:
        if d.value != event.date or not view.sent.start <= d.start < view.sent.end:
            continue
        first = next((k for k in range(view.first, view.end) if view.a.tokens[k].end > d.start), view.end)
        if any(view.word(k) in lex.since_words for k in range(first - 2, first)):
            return True
    return False


def _dated_after(date: str | None, published: str | None) -> bool:
    """Is the event's date later than the article's, compared as precisely as both allow?"""
    if not date or not published:
        return False
    return date[:10] > published[: len(date[:10])]
