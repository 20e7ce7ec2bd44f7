"""People moves: hires, departures and poaching ("P joins X as CFO", "X named P its CEO",
"P wechselt von X zu Y", "X poached P from Y"), with the person succeeded and the employer
left or joined."""

from __future__ import annotations

from ..model import Mention
from .arguments import (
    apposed_name,
    apposed_subject,
    current_orgs,
    formerly,
    genitive_of,
    is_passive,
    name_after,
    name_after_prep,
    name_before,
    owns_next,
    relative_opener,
    speaker_before,
    takes_post,
    title_between,
)
from .lexicon import Trigger
from .positions import as_person, topic_org
from .view import SentenceView


def join(
    view: SentenceView, ts: int, te: int, trig: Trigger
) -> list[tuple[Mention, Mention | None, Mention | None, Mention | None]]:
    """(person, org, other org, person succeeded) for hires and departures."""
    lo, hi = view.clause(ts, te)
    lex = view.lex
    context = trig.spec.get("context_words")
    if context and not set(context).intersection(view.words[lo - view.first : hi - view.first]):
        return []  # "hat sich von P getrennt" parts with P; "getrennt geführt" is something else
    if set(trig.spec.get("not_after", ())).intersection(
        view.words[max(lo, ts - 3) - view.first : ts - view.first]
    ):
        return []  # "P hat sich verpflichtet, seine Anteile anzudienen": committed, not hired
    prev_word = view.a.tokens[ts - 1].text if ts > view.first else ""
    if (
        trig.spec.get("not_after_nouns")
        and prev_word.islower()
        and view.mlex.is_org_head(prev_word)
        and not any(m.tok_end == ts for m in view.mentions)  # "the company hired P": the subject
    ):
        return []  # "a public company named Clearwell": called, not appointed
    if trig.cls == "verb" and _noun_use(view, ts, te):
        return []  # "keeps the Loudhouse name", "under a new name": the noun, not the verb
    if trig.spec.get("post_object") and not takes_post(view, te):
        return []  # "übernimmt die Führung der X" joins X; "übernimmt X" buys it
    order = trig.spec.get("order", "person_org")
    passive = order == "org_person" and is_passive(view, ts, te, lo, hi)
    persons: list[Mention] = []
    org: Mention | None = None
    people = view.persons
    if order == "org_person" and not passive:
        # not "hat den früheren Siemens-Manager P gewählt": a past employer
        current = current_orgs(view)
        org = name_before(view, current, ts, lo, set()) or apposed_subject(view, ts)
        if org is None and any(view.word(k) in lex.governing_bodies for k in range(lo, ts)):
            org = topic_org(view.a, view.index)  # "its Board of Directors has appointed P": its company
        if org is not None and genitive_of(view, org, lo):
            # "X hat drei Forscher des Konkurrenten Y abgeworben": X hires, Y is whose staff they were
            org = next(
                (m for m in view.orgs if lo <= m.tok_start < org.tok_start and view.prep_before(m) is None),
                org,
            )
        first = name_after(view, people, te, hi, {id(org)})
        if trig.spec.get("person_after_title"):  # "X verliert ihre Digitalchefin: P", "lost its CFO P"
            first = name_after(view, people, te, view.end, {id(org)})
            if first is not None and not _titled_object(view, te, first):
                return []
        if first is not None and first.tok_start - te > 8:
            first = None  # "bringing on one of the most prominent ... amid a hunt for P": not the hire
            including = next(
                (k for k in range(te, min(hi, te + 10)) if view.word(k) in lex.including_words), None
            )
            if including is not None and lex.talent_words.intersection(
                view.words[te - view.first : including - view.first]
            ):
                # "hire most of its 70 employees, including co-founders A and B": the people the list names
                first = next((m for m in people if including < m.tok_start <= including + 4), None)
        if first is None and lex.verb_final:
            # "Der Aufsichtsrat der X hat P zum Vorstandschef ernannt": the person before the verb,
            # the company wherever it stands before the person
            first = next((m for m in reversed(people) if lo <= m.tok_start and m.tok_end <= ts), None)
            if first is not None and org is None:
                org = next((m for m in current if lo <= m.tok_start and m.tok_end <= ts), None)
        persons = view.coordinated(first, people, hi) if first else []
        if trig.type == "hire":
            org = _body_before_verb(view, persons, ts) or org
        unit = _unit_post(view, persons[-1].tok_end, hi) if persons and org is not None else None
        org = unit or org  # "X named P president of its trucking unit, Y": P joins Y
    else:
        left, nominal, replacing = _subject_movers(view, ts, te, lo, hi, trig, passive)
        if left and left[-1].tok_start > te:  # "have left X, including P and Q": the list itself
            persons = left
        elif left:
            persons = view.coordinated(left[0], view.persons, max(ts, left[0].tok_end))
            if left[-1] not in persons:
                persons = [left[-1]]
        org = _employer(view, ts, te, lo, hi, trig, persons, nominal, replacing)
    if org is not None and org.tok_start >= te:
        org = apposed_name(view, org)  # "to join EV startup Rivolt"
    swapped = _passive_succession(view, ts, te, trig) or _fronted_predecessor(view, ts, te, hi, trig, persons)
    if swapped is not None:  # "P will be replaced by Q", "Auf Q folgt ... P": P is the one hired
        persons = [swapped[0]]
    if trig.type == "hire" and org is not None and view.prep_before(org) in lex.from_preps - lex.org_preps:
        # "She joins from X": X is where she comes from; she joins the company the article is about
        topic = topic_org(view.a, view.index)
        earlier = topic is not None and topic.sent < view.index and topic.entity.key != org.entity.key
        org = topic if earlier else (speaker_before(view, persons[0].tok_start) if persons else None)
    if not persons:
        return []
    if trig.spec.get("title_after") and not title_between(
        view, persons[-1].tok_end, min(hi, persons[-1].tok_end + 5)
    ):
        return []  # "has added P as a general partner" (not "added that P ...")
    if org is not None and trig.spec.get("requires_title") and not title_between(view, te, org.tok_start):
        return []
    moving_on = None
    if org is not None and trig.type == "departure" and _hire_between(view, te, org.tok_start):
        moving_on, org = org, None  # "resigned ... to become CEO of X": X is where the person goes
    ahead = view.prep_before(org) if org is not None and org.tok_start >= te else None
    if trig.type == "departure" and (
        (ahead in lex.to_preps and trig.spec.get("move")) or ahead in lex.destination_preps
    ):
        moving_on, org = org, None  # "vor einem Wechsel zum Konkurrenten X", "leaving for X": where P goes
    adjacent = trig.spec.get("object_adjacent", ())
    modifier = (
        any(  # "has left Anthropic-backed Parallax": a name compounded before the object
            m.tok_start == te and m.tok_end + 2 == org.tok_start and view.word(m.tok_end) == "-"
            for m in view.orgs
        )
        if org is not None
        else False
    )
    if org is not None and view.word(ts) in adjacent and org.tok_start - te > 2 and not modifier:
        return []
    if org is None and trig.type == "departure" and _succession_object(view, persons[0]):
        org = topic_org(view.a, view.index)  # "P succeeds Q, who retired": Q left the company P joins
    if org is None and trig.type == "departure":
        before = [m for m in view.orgs if m.tok_end <= persons[0].tok_start]
        org = next((m for m in reversed(before) if view.prep_before(m) is None), None)
        if org is None:  # "P, the former X executive who joined Y, is stepping down": Y
            inserted = [m for m in view.orgs if persons[0].tok_end <= m.tok_start and m.tok_end <= ts]
            org = next((m for m in reversed(inserted) if not formerly(view, m)), None)
        if org is None:  # "After 18 years at X, CTO P is leaving"
            org = next((m for m in reversed(before) if view.prep_before(m) in lex.org_preps), None)

    if org is None and passive and trig.type == "hire" and title_between(view, te, te + 2):
        org = topic_org(view.a, view.index)  # "P was named CEO": of the company the article is about
    elif (
        org is None
        and trig.type == "hire"
        and order == "org_person"  # someone appoints P; not "P, bislang Vertriebschef bei X, heuert an"
        and lex.verb_final
        and persons
        and persons[-1].tok_end < ts
        and title_between(view, persons[-1].tok_end, ts)
    ):
        org = topic_org(view.a, view.index)  # "wurde P ... zur Geschäftsführerin bestellt": the article's
    if org is None and trig.spec.get("org_fallback_topic"):
        # "P succeeded Q", "P folgt auf Q": a successor joins the company the article is about
        successor_of = name_after(view, view.mentions, te, hi, {id(p) for p in persons})
        if successor_of is not None or swapped is not None:
            fronted = _fronted_employer(view, lo, persons[0]) if persons else None
            org = fronted or _new_employer(view, persons, topic_org(view.a, view.index))
            aside = next((k for k in range(te + 1, hi) if view.opens_relative(k)), hi)
            if org is not None and not any(
                m.entity is org.entity
                and (m.sent < view.index or (m.sent == view.index and m.tok_start < aside))
                for m in view.a.mentions
            ):
                org = None  # "folgt auf Q, die zum Rückversicherer X wechselt": X is where Q goes
    if org is None and trig.type == "hire" and trig.spec.get("move"):
        # "P wechselt vom Konkurrenten X nach Dortmund": no employer named, but the one left is
        left_org = name_after_prep(view, view.orgs, lex.from_preps, te, hi, set())
        return [(p, None, left_org, None) for p in persons] if left_org is not None else []
    if org is None:
        return [(p, None, moving_on, None) for p in persons] if trig.type == "departure" else []
    other = moving_on
    if trig.type == "hire":
        other = name_after_prep(view, view.orgs, lex.from_preps, te, hi, {id(org)})
        if other is not None and view.mlex.person_pronouns.intersection(
            view.words[te - view.first : other.tok_start - view.first]
        ):
            other = None  # "joined X the year he graduated from Y": Y belongs to another verb
        if other is None and persons:
            other = _tenure_at(view, persons[0].tok_start, org)  # "After eleven years at X, P is joining Y"
    elif other is None and lex.destination_preps:  # "leaves X for Y", "verlässt X in Richtung Y"
        # "P, Chef der X, ... über einen Wechsel zur Y": a move's goal after the one left
        goals = lex.destination_preps | lex.to_preps if trig.spec.get("move") else lex.destination_preps
        other = name_after_prep(view, view.orgs, goals, org.tok_end, hi, {id(org)})
    if other is not None and other.entity is org.entity:
        other = None
    found: list[tuple[Mention, Mention | None, Mention | None, Mention | None]] = []
    for p in persons:  # "P will succeed Q as CEO of X", "P will be replaced by Q": Q leaves X
        predecessor = swapped[1] if swapped else None
        if trig.spec.get("predecessor_preps") and predecessor is None:  # "folgt P zum 1. Juli auf Q"
            preps = trig.spec["predecessor_preps"]
            predecessor = next(
                # "auf Q", "auf Interimschef Q"
                (
                    m
                    for m in view.persons
                    if te < m.tok_start < hi and view.word(_before_title(view, m.tok_start)) in preps
                ),
                None,
            )
            if predecessor is None or predecessor.entity is p.entity:
                continue
        elif trig.spec.get("org_fallback_topic") and swapped is None:
            predecessor = _succeeded(view, te, p)
        found.append((p, org, other, predecessor))
    return found


def _subject_movers(
    view: SentenceView, ts: int, te: int, lo: int, hi: int, trig: Trigger, passive: bool
) -> tuple[list[Mention], Mention | None, Mention | None]:
    """The people a hire or departure verb is about when they are its subject (or stand in a
    relative clause, after a noun or in "replace P with Q"); with the person of a nominal move
    ("die Berufung von P") and the company of a replacement, which the employer search needs."""
    lex = view.lex
    people = view.persons
    left = [
        m
        for m in people
        if lo <= m.tok_start
        and m.tok_end <= ts
        and (
            view.prep_before(m) is None
            # "since P left for X", "after CEO P quit": a conjunction opening the clause, not a preposition
            or (view.word(_before_title(view, m.tok_start)) in lex.subordinators and ts - m.tok_end <= 2)
        )
    ]
    # "P said more insurers could join": the one speaking is not the one moving
    left = [
        m
        for m in left
        # (right after the person: not "P steht Insidern zufolge vor einem Wechsel")
        if not lex.reporting_verbs.intersection(
            view.words[m.tok_end - view.first : min(ts, m.tok_end + 3) - view.first]
        )
    ]
    if lex.verb_final and view.word(ts - 1) == "," and left:
        # "Nachdem P X verlassen hatte, übernimmt nun Q die Verantwortung": after a fronted clause
        # the verb comes first and its subject follows
        after = next((m for m in people if te <= m.tok_start <= te + 2 and view.prep_before(m) is None), None)
        if after is not None:
            left = view.coordinated(after, people, hi)
    # "P kündigte an, dass Finanzvorständin Q das Unternehmen verlassen wird": the clause's own subject
    opened = next((k for k in range(ts - 1, lo - 1, -1) if view.word(k) in lex.complementizers), None)
    if opened is not None and any(m.tok_start > opened for m in left):
        left = [m for m in left if m.tok_start > opened]
    # "Sie folgt auf P, der das Unternehmen verlässt": the relative clause's own person
    rel = next((k for k in range(ts - 1, lo, -1) if view.opens_relative(k)), None)
    if rel is not None:
        left = view.relative_head(rel + 1, people) or left
    if not left:  # "P, who will step down", "P, der das Unternehmen verlässt"
        left = (
            view.relative_head(lo, people)
            or [
                m
                for m in people
                if m.tok_end + 1 < ts
                and view.opens_relative(m.tok_end + 1)
                and not any(view.word(k) in (",", ";") for k in range(m.tok_end + 2, ts))
            ][-1:]
        )
    if not left:  # "P, who previously led X, joined Y": past the inserted relative clause
        left = _before_inserted_clause(view, lo, people)
    if not left and view.word(lo - 1) in lex.relatives and view.word(lo - 2) != ",":
        # "P, the former X executive who joined Y last year, is stepping down": the apposition's person
        left = _apposition_owner(view, lo - 1, people)
    if not left and view.word(ts - 1) in lex.infinitive_markers:
        # "P is leaving X after nine years to become CEO of Y": the main clause's subject; "..., after
        # CEO Q quit on Sunday to join Y": the subject of the clause the infinitive hangs on
        subjects = [m for m in people if m.tok_end <= ts and view.prep_before(m) is None]
        after_conjunction = next(
            (
                m
                for m in people
                if m.tok_end <= ts
                and view.word(_before_title(view, m.tok_start)) in lex.subordinators
                and not any(view.word(k) in lex.clause_breaks for k in range(m.tok_end, ts))
            ),
            None,
        )
        left = [after_conjunction] if after_conjunction is not None else subjects[:1]
    if not left and lex.verb_final and not trig.spec.get("needs_person_object"):
        # "Wie mitgeteilt wurde, legt P sein Amt nieder" (not "folgt auf P": P is succeeded)
        titled = te + 1 if title_between(view, te, te + 1) else te  # "scheidet Finanzvorstand P aus"
        left = [m for m in people if m.tok_start in (te, titled)]
        left = view.coordinated(left[0], people, hi) if left else left  # "stoßen A (bisher X), B und C"

    if lex.verb_final and not left and not trig.spec.get("needs_person_object"):
        # "Zum 1. Januar stößt der Mannheimer Ökonom Q zum Vorstand": subjects described after the verb
        first = next((m for m in people if te < m.tok_start <= te + 4 and view.prep_before(m) is None), None)
        if first is not None and not any(view.word(k) in (",", ";", ":") for k in range(te, first.tok_start)):
            left = left + [m for m in view.coordinated(first, people, hi) if m not in left]
    if lex.verb_final and not left and not trig.spec.get("needs_person_object"):
        # "verlässt die Personalchefin von SAP, P, den Konzern", "Zu X wechselt der bisherige
        # Europachef von Y, P": the subject after the verb is a post, the person set off after it
        first = next(
            (m for m in people if te < m.tok_start <= te + 10 and view.word(m.tok_start - 1) == ","), None
        )
        if (
            first is not None
            and view.prep_before(first) is None
            and title_between(view, te, first.tok_start)
            and not any(m.tok_start < first.tok_start for m in people if m.tok_start >= te)
            and not any(view.word(k) in (";", ":") for k in range(te, first.tok_start))
        ):
            left = [first]
        # "Mit P verlässt eine weitere Gründerin das Start-up X": the person the sentence opens with
        opener = next((m for m in people if m.tok_start == lo + 1 and m.tok_end == ts), None)
        if not left and opener is not None and view.word(lo) in lex.with_preps:
            left = [opener]
    if not left and passive and title_between(view, te, te + 2):
        # "Barra was named CEO": a lone unknown name made CEO is a person
        left = [
            as_person(m, view.a)
            for m in view.orgs
            if lo <= m.tok_start and m.tok_end <= ts and m.source == "candidate" and " " not in m.text
        ][-1:]
    if not left and any(view.word(k) in lex.talent_words for k in range(lo, ts)):
        # "Three executives have left X, including P and Q": the people the list names
        including = next((k for k in range(te, view.end) if view.word(k) in lex.including_words), None)
        first = next(
            (m for m in people if including is not None and including < m.tok_start <= including + 8), None
        )
        left = view.coordinated(first, people, view.end) if first is not None else []
    replacing: Mention | None = None  # the company in "GE to replace P with Q as CEO"
    if trig.spec.get("org_fallback_topic") and view.word(te) in lex.person_objects:
        # "ousted CEO P, replacing him on an interim basis with Q": Q comes, not the one before
        at = next((k for k in range(te + 1, min(hi, te + 8)) if view.word(k) in lex.with_preps), None)
        successor = next((m for m in people if at is not None and at < m.tok_start <= at + 6), None)
        left = [successor] if successor is not None else left
    if not left and trig.spec.get("org_fallback_topic"):  # Q comes, P goes
        replaced = name_after(view, people, te, hi, set())
        at = (
            replaced.tok_end
            if replaced is not None and view.word(replaced.tok_end) in lex.with_preps
            else None
        )
        successor = next((m for m in people if at is not None and at < m.tok_start <= at + 6), None)
        left = [successor] if successor is not None else []
        replacing = name_before(view, view.orgs, ts, lo, set()) if successor is not None else None
    nominal = None
    if not left and trig.cls == "noun":  # "die Entlassung von Vorstand P", "the resignation of P"
        nominal = next(
            (m for m in people if te <= m.tok_start <= te + 4 and view.prep_before(m) in lex.object_preps),
            None,
        )
        left = [nominal] if nominal is not None else []
    return left, nominal, replacing


def _employer(
    view: SentenceView,
    ts: int,
    te: int,
    lo: int,
    hi: int,
    trig: Trigger,
    persons: list[Mention],
    nominal: Mention | None,
    replacing: Mention | None,
) -> Mention | None:
    """The organisation joined or left by people who are the subject of the move."""
    lex = view.lex
    preps = frozenset(trig.spec.get("org_preps", ()))
    if not trig.spec.get("org_prep_only"):
        preps |= lex.to_preps | lex.org_preps
    org = None
    if trig.type == "hire" and (owner := _body_before_verb(view, persons, ts)) is not None:
        return owner
    if trig.type == "hire" and lex.verb_final and persons and persons[0].tok_start > te:
        # "Zu Microsoft wechselt der bisherige Europachef von Y, P": the company fronted before the verb
        org = next(
            (
                m
                for m in view.orgs
                if lo <= m.tok_start and m.tok_end <= ts and view.prep_before(m) in lex.to_preps
            ),
            None,
        )
        if org is not None:
            return org
    if not trig.spec.get("org_prep_only") and not trig.spec.get("org_fallback_topic"):
        # "verlässt den Chipkonzern X und wird Chefin des Y", "is joining X as Head of Product":
        # the object comes first
        # after the subject when it follows the verb: "verlässt Marketingchefin P den Hersteller X"
        after = max([te] + [p.tok_end for p in persons if p.tok_start >= te])
        org = next(
            (
                m
                for m in view.orgs
                if after <= m.tok_start <= after + 3
                and view.prep_before(m) is None
                and view.word(m.tok_end) != "-"  # "has left Anthropic-backed Parallax": Parallax
            ),
            None,
        )
    if org is None and persons:  # "Bei der Volksbank X hat Vorstandsmitglied P ihren Rückzug angekündigt"
        org = _fronted_employer(view, lo, persons[0])
    if org is None and persons and trig.type == "departure":
        org = _tenure_at(view, persons[0].tok_start, None)  # "After nine years at Google, P has left ..."
    if (
        org is None
        and lex.verb_final
        and trig.type == "departure"
        and persons
        and not trig.spec.get("org_prep_only")
    ):
        # "dass P den Hersteller X verlassen und zu Y wechseln werde": the object before the verb
        org = next(
            (
                m
                for m in reversed(view.orgs)
                if persons[-1].tok_end <= m.tok_start and m.tok_end <= ts and view.prep_before(m) is None
            ),
            None,
        )
    # "She succeeds P, who is retiring after two decades at the lender": not her employer
    own_hi = next((k for k in range(te + 1, hi) if view.opens_relative(k)), hi)
    org = org or replacing or name_after_prep(view, view.orgs, preps, te, own_hi, set())
    opener = relative_opener(view, ts, lo) if org is None and view.lex.verb_final else None
    if opener is not None:  # "P, die zum Rückversicherer X wechselt": the verb closes P's relative clause
        org = name_after_prep(view, view.orgs, preps, opener, ts, set())
    if (
        org is None
        and view.lex.verb_final
        and trig.spec.get("org_prep_only")
        and persons
        and persons[-1].tok_end < ts
        and not view.word(te).isalpha()
    ):
        # "P ist zu X gewechselt" (not "P, bisher bei X, wurde bestellt")
        org = name_after_prep(view, current_orgs(view), preps, persons[-1].tok_end, ts, set())
    if org is None and nominal is not None:  # "Der Aufsichtsrat der X hat die Berufung von P beschlossen"
        org = name_before(view, view.orgs, ts, lo, set())
    if org is None and not trig.spec.get("org_prep_only") and not trig.spec.get("org_fallback_topic"):
        org = name_after(view, view.orgs, te, own_hi, set())  # not "succeeds Keith": the one succeeded
        if org is not None and view.prep_before(org) in lex.channel_preps:
            org = None  # "announced her departure on LinkedIn": where it was said, not whom she left
    if org is None and not trig.spec.get("org_prep_only"):  # verb last: "... dem X-Team angeschlossen"
        org = next(
            (
                m
                for m in reversed(view.orgs)
                if persons
                and persons[-1].tok_end <= m.tok_start
                and m.tok_end <= ts
                and view.prep_before(m) is None
                and not formerly(view, m)
                and not (trig.type == "hire" and _in_apposition(view, persons[-1], m, ts))
            ),
            None,
        )
    if org is None and trig.type == "hire":  # "wechselt in den Vorstand der X", "moves to the board of X"
        org = _title_owner(view, te, own_hi)
    if org is None and trig.type == "hire" and persons:
        org = speaker_before(view, persons[0].tok_start)
    start = max([te] + [p.tok_end for p in persons])
    negated = any(view.word(k) in lex.negations for k in range(lo, te))  # "won't be joining the board"
    if (
        org is None
        and trig.type == "hire"
        and not negated
        and (trig.spec.get("post_object") or _joins_body(view, start, preps))
    ):  # "übernimmt zum 1. Mai den Vorstandsvorsitz": a post named without its company
        there, named = _there(view)
        topic = named if there else topic_org(view.a, view.index)  # "stoßen zum Führungsgremium": the
        # article's company's (named before, or referred to here: "Wie das Unternehmen mitteilte, ...")
        org = topic if topic is not None and (topic.sent < view.index or topic.source == "coref") else None
    return org or _stated_by(view, te)


def _fronted_predecessor(
    view: SentenceView, ts: int, te: int, hi: int, trig: Trigger, persons: list[Mention]
) -> tuple[Mention, Mention] | None:
    """ "Auf Q folgt an der Spitze der X der frühere Manager P": (successor, predecessor) when the
    predecessor opens the clause before the verb and the successor is its inverted subject."""
    preps = trig.spec.get("predecessor_preps")
    if not preps or persons:
        return None
    before = next(
        (m for m in view.persons if m.tok_end == ts and view.word(_before_title(view, m.tok_start)) in preps),
        None,
    )
    after = next((m for m in view.persons if te < m.tok_start < hi and view.prep_before(m) is None), None)
    return (after, before) if before is not None and after is not None else None


def _before_title(view: SentenceView, k: int) -> int:
    """The token before a title that precedes token ``k`` ("after CEO P": "after"), or ``k - 1``."""
    j = k - 1
    while j > view.first and k - j <= 3 and view.mlex.is_title(view.a.tokens[j].text):
        j -= 1
    return j


def _there(view: SentenceView) -> tuple[bool, Mention | None]:
    """ "... kehrt zum Start-up X zurück. Sie übernimmt dort die Leitung": (whether the sentence
    says "there", the company the sentence before named last). Not a company when a place was
    named before it ("wechselt nach Stuttgart und übernimmt dort ...")."""
    at = next((k for k in range(view.first, view.end) if view.word(k) in view.lex.place_pronouns), None)
    if at is None:
        return False, None
    if any((view.word(k),) in view.mlex.places for k in range(view.first, at)):
        return True, None
    before = [m for m in view.a.mentions if m.kind == "org" and m.sent == view.index - 1]
    return True, (before[-1] if before else None)


def _noun_use(view: SentenceView, ts: int, te: int) -> bool:
    """A verb form used as a noun: right after an article ("under the name"), or after an article and
    a name when what follows is no object ("keeps the Loudhouse name and ...")."""
    lex = view.lex
    articles = lex.articles
    if view.word(ts - 1) in articles:
        return True
    named = next((m for m in view.mentions if m.tok_end == ts), None)
    after = view.word(te)
    return (
        named is not None
        and view.word(named.tok_start - 1) in articles
        and (after in lex.coordinators or after in lex.clause_breaks or not after[:1].isalnum())
    )


def _fronted_employer(view: SentenceView, lo: int, person: Mention) -> Mention | None:
    """The company a clause or its sentence opens with, "Bei der X" / "At X,", before the person who
    moves ("At X, P has been promoted ..., succeeding Q": Q's too)."""
    for start in dict.fromkeys((lo, view.first)):
        if view.word(start) not in view.lex.workplace_preps:
            continue
        found = next(
            (
                m
                for m in view.orgs
                if start < m.tok_start <= start + 4 and m.tok_end <= person.tok_start and not m.generic
            ),
            None,
        )
        if found is not None:
            return found
    return None


def _in_apposition(view: SentenceView, person: Mention, m: Mention, ts: int) -> bool:
    """ "P, bislang Geschäftsführerin des Wettbewerbers X, übernimmt ...": X stands in the commas
    after the person, where the post held so far is told, not the one taken up."""
    return view.word(person.tok_end) == "," and any(view.word(k) == "," for k in range(m.tok_end, ts))


def _joins_body(view: SentenceView, te: int, preps: frozenset[str]) -> bool:
    """ "stößt zum Führungsgremium", "joins the board": a body named without its company (right
    after the verb, or after the first preposition that follows it)."""
    lex = view.lex
    starts = [te] + [
        k + 1 for k in range(te, min(view.end, te + 6)) if view.word(k) in preps | lex.org_preps
    ][:1]
    for j in starts:
        while j < view.end and view.word(j) in lex.determiners:
            j += 1
        w = view.word(j)
        if (w in lex.governing_bodies or lex.is_role_noun(w)) and view.word(
            j + 1
        ) not in lex.object_preps:  # not "the board of Y"
            return True
    return False


def _infinitive_clause_start(view: SentenceView, lo: int, ts: int) -> int:
    """Where the comma-free stretch before a German verb begins ("X wirft Y vor, Fachkräfte
    abzuwerben"), past a person set off by commas ("den Chef des X, P, abzuwerben"); ``lo`` if none."""
    k = ts - 1
    while k >= lo:
        if view.word(k) == ",":
            apposed = view.person_set_off(k)
            if apposed is None:
                return k + 1
            k = apposed.tok_start - 2  # over the person and both commas
            continue
        k -= 1
    return lo


def _titled_object(view: SentenceView, te: int, person: Mention) -> bool:
    """Only a possessive and a post stand between the verb and the person ("its design chief P")."""
    between = range(te, person.tok_start)
    set_off = person.tok_start - 1 if view.word(person.tok_start - 1) == "," else person.tok_start
    return (
        len(between) <= 6
        # "replaced by her deputy, P": a comma may set the person off after the post
        and not any(view.word(k) in (",", ";", ".") for k in range(te, set_off))
        and not any(te <= m.tok_start < person.tok_start for m in view.orgs)
        and title_between(view, te, person.tok_start)
    )


def _body_before_verb(view: SentenceView, persons: list[Mention], ts: int) -> Mention | None:
    """ "P, Finanzvorständin der X, wird in den Aufsichtsrat des Y berufen": the company whose board
    is named before a German verb, past the person's apposition."""
    if not view.lex.verb_final or not persons or persons[-1].tok_end >= ts:
        return None
    start = persons[-1].tok_end
    if view.word(start) == ",":
        start = next((k for k in range(start + 1, ts) if view.word(k) == ","), start)
    owner = _title_owner(view, start, ts)
    if owner is None or not any(
        view.word(k) in view.lex.governing_bodies for k in range(start, owner.tok_start)
    ):
        return None
    return owner


def _title_owner(view: SentenceView, te: int, hi: int) -> Mention | None:
    """The company whose post follows the verb: "in den Vorstand der X", "as chief executive of X"."""
    of_words = view.lex.symbols["of"]
    for m in view.orgs:
        if not te < m.tok_start < min(hi, te + 10):
            continue
        k = m.tok_start - 1
        while k > te + 1:
            post = (
                view.mlex.is_title(view.a.tokens[k - 1].text) or view.word(k - 1) in view.lex.governing_bodies
            )
            if (view.word(k),) in of_words and post:  # "in die Geschäftsführung der X" too
                return m
            if view.mlex.is_title(view.a.tokens[k].text) or not (
                view.word(k) in view.lex.determiners or view.head_like(k) or view.word(k) in ("'s", "’s")
            ):
                break  # (past "the UK's" in "director of the UK's AI Security Institute")
            k -= 1  # "der Direktbank X": past the article and trade noun
    return None


def _tenure_at(view: SentenceView, before: int, org: Mention | None) -> Mention | None:
    """The company a time was spent at, told before the person ("After eleven years at X, P ...",
    "Nach zwölf Jahren bei X wechselt P ...")."""
    tenure = view.lex.tenure_words
    for m in view.orgs:
        at = view.word(m.tok_start - 1) in view.lex.org_preps
        if m.tok_end <= before and m is not org and at and view.word(m.tok_start - 2) in tenure:
            return m
    return None


def _new_employer(view: SentenceView, persons: list[Mention], topic: Mention | None) -> Mention | None:
    """ "P, the former CFO of X, was appointed CEO of Y. P succeeds Q": not X, which P left, but
    Y, which P joined in the sentences just before."""
    if topic is None or not persons:
        return topic
    who = persons[0].entity
    mine = [
        e
        for e in view.a.events
        if view.index - e.sent <= 2
        and e.roles.get("person")
        and e.roles["person"][0].entity is who
        and e.roles.get("org")
    ]
    left_topic = any(
        e.roles["org"][0].entity is topic.entity
        and (e.type == "departure" or (e.type == "position" and (e.title or "").startswith("former ")))
        for e in mine
    )
    joined = next((e.roles["org"][0] for e in reversed(mine) if e.type == "hire"), None)
    return joined if left_topic and joined is not None else topic


def _unit_post(view: SentenceView, k: int, hi: int) -> Mention | None:
    """The unit named after "<title> of its <unit>" following a person ("president of its
    autonomous-trucking unit, Ironway")."""
    if not title_between(view, k, k + 1):
        return None
    of_at = next((j for j in range(k + 1, min(hi, k + 5)) if (view.word(j),) in view.lex.symbols["of"]), None)
    if of_at is None or view.word(of_at + 1) not in view.lex.possessives:
        return None
    for m in view.orgs:
        if of_at + 2 < m.tok_start <= of_at + 7:
            between = range(of_at + 2, m.tok_start)
            unit = any(view.mlex.is_org_head(view.a.tokens[j].text) for j in between)
            plain = all(view.a.tokens[j].text[:1].islower() or view.word(j) in ",-" for j in between)
            return m if unit and plain else None
    return None


def _stated_by(view: SentenceView, te: int) -> Mention | None:
    """The company making the statement after the news: "..., X said", "..., teilte X mit"."""
    verbs = view.lex.statement_verbs
    for m in view.orgs:
        if m.tok_start <= te:
            continue
        if view.word(m.tok_start - 1) == "," and view.word(m.tok_end) in verbs:
            return m
        if view.word(m.tok_start - 1) in verbs and view.word(m.tok_start - 2) == ",":
            return m
    return None


def _hire_between(view: SentenceView, start: int, end: int) -> bool:
    """A move to another employer between ("resigned to become CEO of X"); taking over a post
    of the same company ("übernimmt dessen Aufgaben bei X") is none."""
    return any(
        t.type == "hire" and not t.spec.get("post_object")
        for k in range(start, end)
        for t in view.triggers_at(k)[1]
    )


def _before_inserted_clause(view: SentenceView, lo: int, people: list[Mention]) -> list[Mention]:
    """The subject before ", who ... ," when the trigger follows the inserted clause."""
    if view.word(lo - 1) != ",":
        return []
    k = lo - 2
    while k > view.first and view.word(k) not in view.lex.relatives:
        if view.word(k) in (".", ";"):
            return []
        k -= 1
    if view.word(k) in view.lex.relatives and view.word(k - 1) == ",":
        return [m for m in people if m.tok_end == k - 1]
    return _apposition_owner(view, k, people) if view.word(k) in view.lex.relatives else []


def _apposition_owner(view: SentenceView, k: int, people: list[Mention]) -> list[Mention]:
    """The person before ", the former X executive who ...": the relative pronoun at ``k`` hangs
    on an apposition whose comma follows the person."""
    c = next((j for j in range(k - 1, max(view.first, k - 9), -1) if view.word(j) in (",", ";", ".")), None)
    if c is None or view.word(c) != ",":
        return []
    return [m for m in people if m.tok_end == c]


def poach(
    view: SentenceView, ts: int, te: int, trig: Trigger
) -> list[tuple[Mention, Mention, Mention | None]]:
    """(poacher, source, person) of "X lured engineers from Y" and "X poached P from Y"."""
    lo, hi = view.clause(ts, te)
    talent = view.lex.talent_words
    person = next(  # "poached P from Y", "lured research head P away from Y"
        (m for m in view.persons if m.tok_start == te or (te < m.tok_start and _titled_object(view, te, m))),
        None,
    )
    if person is None and view.word(te) in view.lex.person_objects:  # "named P ..., poaching her from Y"
        person = next((m for m in reversed(view.persons) if lo <= m.tok_start and m.tok_end <= ts), None)
    post = next(  # "poached Y's head of European sales, P": the post lured, then its holder set off
        (
            k
            for k in range(te, min(hi, te + 8))
            if k not in view.named_tokens and view.mlex.is_title(view.a.tokens[k].text)
        ),
        None,
    )
    if person is None and post is not None:
        person = next(
            (m for m in view.persons if post < m.tok_start <= post + 8 and view.word(m.tok_start - 1) == ","),
            None,
        )
    # "hired 20 engineers from Y" is poaching, "hired P from Y" a hire
    staff_named = any(view.word(k) in talent for k in range(te, min(hi, te + 8)))
    compounds = tuple(talent)  # "Softwareentwickler", "KI-Forscherin", "Analystenteam"
    if trig.spec.get("talent_only") and (person is not None or not staff_named):
        return []
    including = next((k for k in range(te, view.end) if view.word(k) in view.lex.including_words), None)
    if person is None and including is not None:  # "hat drei Forscher abgeworben, darunter dessen Chef P"
        person = next((m for m in view.persons if including < m.tok_start <= including + 4), None)
    if person is None and not any(
        w in talent or w.split("-")[-1] in talent or (len(w) > 8 and w.endswith(compounds))
        for w in view.words[lo - view.first : hi - view.first]
    ):
        # "hat dem Wettbewerber Y den Technikchef abgeworben": a post lured is talent too
        titled = post is not None or (
            view.mlex.capitalised_nouns
            and any(
                view.mlex.is_title(view.a.tokens[k].text) for k in range(lo, hi) if k not in view.named_tokens
            )
        )
        if not titled:
            return []  # luring customers or investors is no poaching

    poacher_preps = frozenset(trig.spec.get("poacher_preps", ()))
    if poacher_preps:  # "X lost several engineers to Y", "X verliert zwei Berater an die UBS"
        loser = name_before(view, view.orgs, ts, lo, set())
        winner = name_after_prep(view, view.orgs, poacher_preps, te, hi, set())
        if loser is None or winner is None or loser.entity is winner.entity:
            return []
        return [(winner, loser, person)]
    source_preps = view.lex.from_preps | view.lex.object_preps | frozenset(trig.spec.get("source_preps", ()))
    # "X, which raised $9m from Y, said it would hire 40 people": English names the source after the verb
    source = name_after_prep(view, view.orgs, source_preps, lo if view.lex.verb_final else te, hi, set())
    poacher: Mention | None = None
    if view.lex.verb_final:
        # "Der Versuch von A, das Team der B abzuwerben": the last owner before the verb is the
        # source, the company before the infinitive's clause the poacher
        start = _infinitive_clause_start(view, lo, ts)
        if person is None:  # "hat den KI-Chef des X, P, abgeworben", "hat die Apple-Ingenieurin P abgeworben"
            person = next(
                (
                    m
                    for m in reversed(view.persons)
                    if lo <= m.tok_start
                    and m.tok_end <= ts
                    and (
                        view.word(m.tok_start - 1) == ","
                        or view.mlex.is_title(view.a.tokens[m.tok_start - 1].text)
                    )
                ),
                None,
            )
        owners = [
            m
            for m in view.orgs
            if start <= m.tok_start and m.tok_end <= ts and view.prep_before(m, source_preps) in source_preps
        ]
        owners = owners or [  # "hat die Apple-Ingenieurin P abgeworben": the company of the compound post
            m  # (the view leaves out a name that only modifies the person's title)
            for m in view.a.mentions_in(view.index)
            if m.kind == "org"
            and start <= m.tok_start
            and m.tok_end + 1 < ts
            and view.word(m.tok_end) == "-"
            and view.mlex.is_title(view.a.tokens[m.tok_end + 1].text)
            and person is not None
            and m.tok_end + 2 == person.tok_start
            and not formerly(view, m)  # not "den früheren Amazon-Manager P"
        ]
        if start > lo and not owners:
            return []  # "X wirft Y vor, Fachkräfte abzuwerben": whom the infinitive lures from is not told
        source = owners[-1] if owners else source
        if source is not None and start > lo:
            poacher = name_before(view, view.orgs, start, view.first, {id(source)})
        bare = [m for m in view.orgs if lo <= m.tok_start and m.tok_end <= ts and view.prep_before(m) is None]
        if source is None and len({m.entity.key for m in bare}) >= 2:
            poacher, source = bare[0], bare[-1]  # "X hat seinem Wettbewerber Y den Technikchef abgeworben"
    if source is None:  # "lure X's top researchers"
        source = next(
            (m for m in view.orgs if te <= m.tok_start < hi and owns_next(view, m)), None
        )  # (and "poached Halcyon Diagnostics' head of sales")
    if source is None:
        return []
    poacher = (
        poacher
        or name_before(view, view.orgs, ts, lo, {id(source)})
        # "offers from Y, which had tried to recruit much of X's team": the relative clause's head
        or next((m for m in view.relative_head(lo, view.orgs) if m.entity is not source.entity), None)
        or name_before(view, view.orgs, ts, view.first, {id(source)})
    )
    if poacher is None or poacher.entity is source.entity:
        return []
    return [(poacher, source, person)]


def _passive_succession(
    view: SentenceView, ts: int, te: int, trig: Trigger
) -> tuple[Mention, Mention] | None:
    """(successor, predecessor) of "P will be replaced by Q" / "P wird von Q abgelöst"."""
    if not trig.spec.get("org_fallback_topic") or view.word(te) not in view.lex.agent_preps:
        return None
    after = next(  # "be succeeded by (deputy CFO) Q"
        (
            m
            for m in view.persons
            if te < m.tok_start <= te + 2 or (te < m.tok_start <= te + 6 and _titled_object(view, te + 1, m))
        ),
        None,
    )
    before = next((m for m in reversed(view.persons) if m.tok_end <= ts), None)
    return (after, before) if after is not None and before is not None else None


def _succession_object(view: SentenceView, person: Mention) -> bool:
    """Is the person the one succeeded ("succeeds Q", "folgt auf Q")?"""
    for k in range(max(view.first, person.tok_start - 3), person.tok_start):
        n, triggers = view.triggers_at(k)
        if k + n == person.tok_start and any(t.spec.get("org_fallback_topic") for t in triggers):
            return True
    return False


def _succeeded(view: SentenceView, te: int, successor: Mention) -> Mention | None:
    """The person named right after "succeed"/"folgt auf"/"Nachfolger von", unless the sentence
    tells of their leaving itself ("succeeding Q, who will step down")."""
    for k in range(te, view.end):
        own_clause = any(view.word(j) in view.lex.relatives for j in range(k - 4, k))
        if own_clause and any(t.type == "departure" for t in view.triggers_at(k)[1]):
            return None
    return next(
        (m for m in view.persons if te <= m.tok_start <= te + 1 and m.entity.key != successor.entity.key),
        None,
    )
