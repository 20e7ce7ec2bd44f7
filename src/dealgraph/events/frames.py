"""The events of a sentence: its triggers (``triggers.py``) with the names that play their
roles, read by the deal frames here (transfers, sales, funding rounds, mergers) and by
``moves.py`` (hires, departures, poaching) and ``talks.py`` (negotiations).

There is no parser; roles come from word order, prepositions and voice, which carry
most of the argument structure of news sentences in English and German:
"A acquires B", "B was acquired by A", "A's purchase of B", "die Übernahme von B durch
A", "dass A B kauft" (verb last: the first name is the buyer), "P stößt zu A".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..mentions.coref import in_brackets
from ..model import Analysis, Event, Mention
from ..schema import EVENT_TYPES
from .arguments import (
    apposed_name,
    apposed_relative_head,
    apposed_subject,
    group_with,
    in_closed_relative,
    is_passive,
    joined_by_and,
    name_after,
    name_after_prep,
    name_before,
    nearest_group,
    of_governing_body,
    owns,
    owns_next,
    possessor,
    reduced_relative_head,
    relative_opener,
    speaker_before,
    subject_fallback,
    takes_post,
    title_between,
)
from .holdings import holds_now, owned_offer, owned_since, sized_stake
from .lexicon import EventLexicon, Trigger, event_lexicon
from .moves import join, poach
from .positions import topic_org
from .talks import investor_like, talk_roles, talks
from .triggers import find_triggers
from .view import SentenceView, sentence_view

Span = tuple[int, int]
_DEALS = frozenset({"acquisition", "investment", "merger", "partnership"})  # a regulator is party to none


def _size_only(view: SentenceView, start: int, end: int, needed: bool = False) -> bool:
    """Only a size stands between ("of about 6%", "von rund 25 Prozent")? With ``needed``, one must
    ("ein Paket von 7 Prozent an X", not "ein Paket an X")."""
    sizes = view.lex.size_words
    if needed and not any(view.word(k)[:1].isdigit() for k in range(start, end)):
        return False
    return all(view.word(k)[:1].isdigit() or view.word(k) in sizes for k in range(start, end))


def _fronted_phrase(view: SentenceView, lo: int, ts: int) -> int:
    """Where a German main clause opening with a prepositional phrase reaches its finite verb ("Nach der
    Insolvenz des X übernimmt Y ..."): no name before it is the subject. ``lo`` if the clause opens
    otherwise. A fronted clause of its own ("Wie X mitteilte, übernimmt Y ...", "Nachdem X zugestimmt
    hatte, kauft Y ...") reaches the comma before the verb."""
    lex = view.lex
    openers = lex.subordinators | lex.speaker_openers  # (the opener may itself end the clause before)
    if (
        lex.verb_final
        and view.word(ts - 1) == ","
        and openers.intersection((view.word(lo), view.word(lo - 1)))
    ):
        return ts
    if not lex.verb_final or view.word(lo) not in lex.prepositions:
        return lo
    k = lo + 1
    while k < ts:  # nouns, articles, prepositions and an adjective between article and noun
        text = view.a.tokens[k].text
        noun_like = text[:1].isupper() or text[:1].isdigit() or text == "-"
        adjective = view.word(k - 1) in lex.determiners and view.a.tokens[k + 1].text[:1].isupper()
        if not (noun_like or adjective or view.word(k) in lex.prepositions | lex.determiners):
            break
        k += 1
    return k


def _inverted_subject(view: SentenceView, orgs: list[Mention], te: int, hi: int) -> Mention | None:
    """The subject right after a German finite verb when nothing stands before it as one ("Dafür
    übernimmt er den Chipdesigner X", "übernimmt der Wettbewerber Y", "verkauft X seine Beteiligung")."""
    start = te
    if view.word(te) in view.lex.determiners - view.lex.accusative_articles:
        start = te + 1
        # "übernimmt der Wettbewerber X", "übernimmt der US-Chipkonzern X" (a compound's parts)
        while start < min(hi, te + 6) and (
            view.head_like(start) or view.word(start) == "-" or view.word(start + 1) == "-"
        ):
            start += 1
    return next((m for m in orgs if te <= m.tok_start <= start), None)


def _led_by(view: SentenceView, lo: int, ts: int) -> Mention | None:
    """The lead investor a fronted phrase names ("Angeführt vom Investor X", "Led by X, ...")."""
    lex = view.lex
    for k in range(lo, ts - 1):
        if view.word(k) in lex.lead_participles and view.word(k + 1) in lex.prepositions:
            return next((m for m in view.orgs if k + 1 < m.tok_start <= k + 6 and m.tok_end <= ts), None)
    return None


def _described_object(view: SentenceView, preps: frozenset[str], te: int, hi: int) -> Mention | None:
    """The name set off after a described object: "the purchase of a smaller rival, X"."""
    if view.word(te) not in preps or view.word(te + 1) not in view.lex.determiners | view.lex.possessives:
        return None
    k = te + 2
    while k < min(hi, te + 7) and view.a.tokens[k].text[:1].islower():
        k += 1
    if view.word(k) != "," or k == te + 2:
        return None
    return next((m for m in view.orgs if m.tok_start == k + 1), None)


def transfer(view: SentenceView, ts: int, te: int, trig: Trigger) -> list[tuple[Mention, Mention]]:
    """(agent, patient) pairs for acquisitions and investments."""
    context = trig.spec.get("context_words")
    if context and not set(context).intersection(view.words):
        return []  # "interest from X" is a suitor's only where a sale is spoken of
    lo, hi = view.clause(ts, te)
    orgs = view.orgs
    lex = view.lex
    pairs: list[tuple[Mention, Mention]] = []
    agent: Mention | None = None
    patients: list[Mention] = []
    partner: Mention | None = None  # "verhandelt mit dem Investor X über eine Finanzierungsrunde"
    if trig.spec.get("owner_preps"):
        return owned_since(view, ts, te, lo, hi, trig)
    if trig.spec.get("held_preps"):
        return holds_now(view, ts, te, lo, hi, trig)
    if trig.spec.get("tendered"):
        return _tendered(view, lo, hi)
    if trig.spec.get("possessed") and not owned_offer(view, ts):
        return []  # a bare "offer" is a bid only with its owner: "rejected X's offer" (not "X's share offer")
    if trig.cls == "verb" and view.word(ts - 1) == "-":  # "Lowell Capital-backed Pryor Dental": a compound
        agent = next((m for m in orgs if m.tok_end == ts - 1), None)
        patient = next((m for m in orgs if m.tok_start == te), None)
        return [(agent, patient)] if agent is not None and patient is not None else []
    if trig.cls == "verb":
        if is_passive(view, ts, te, lo, hi):
            # English names the agent after the verb: not "X, founded by former Y engineers, was bought"
            agent = name_after_prep(view, orgs, lex.agent_preps, lo if lex.verb_final else ts, hi, set())
            exclude = {id(agent)} if agent else set()
            first = name_before(view, orgs, ts, lo, exclude)
            if first is None:  # "X, which was bought by Y"
                first = next((m for m in view.relative_head(lo, orgs) if id(m) not in exclude), None)
            if first is None and lex.verb_final and ts == lo:  # "Übernommen wird der Hersteller X von Y"
                first = next(
                    (
                        m
                        for m in orgs
                        if te < m.tok_start < hi and id(m) not in exclude and view.prep_before(m) is None
                    ),
                    None,
                )
            patients = [first] if first else []
        elif (relative := _relative_subject(view, ts, lo, orgs)) is not None:
            agent, patients = relative  # "Bauklotz, der 2021 den Hersteller Legespiel übernommen hatte"
        elif (relative := _relative_object(view, ts, te, lo, orgs)) is not None:
            agent, patients = relative  # "Zephyr, which Intel tried and failed to buy in 2021, ..."
        else:
            preps = frozenset(trig.spec.get("patient_preps", ()))
            # not "Der frühere Siemens-Manager P steigt ... ein": a company in a person's title
            titled = {
                id(m)
                for m in orgs
                if view.word(m.tok_end) == "-"
                and m.tok_end + 1 < view.end
                and view.mlex.is_title(view.a.tokens[m.tok_end + 1].text)  # "Siemens-Finanzchef" too
            }
            fronted = _fronted_phrase(view, lo, ts)  # "Nach der Insolvenz des X übernimmt Y ...": not X
            titled |= {id(m) for m in orgs if lo <= m.tok_start and m.tok_end <= fronted}
            agent = name_before(view, orgs, ts, lo, titled) or apposed_relative_head(view, lo)
            if trig.spec.get("agent_in_clause"):
                # "..., dass sein Stimmrechtsanteil an X die Schwelle überschritten hat": whose is unsaid
                seg = max([k + 1 for k in range(lo, ts) if view.word(k) == ","], default=lo)
                if agent is None or agent.tok_start < seg:
                    return []
            agent = agent or subject_fallback(view, ts, lo)
            if agent is None and trig.type == "investment":
                agent = _led_by(view, lo, ts)  # "Angeführt vom Investor X investieren mehrere Geldgeber in Y"
            if agent is None and lex.verb_final:
                agent = _inverted_subject(view, orgs, te, hi)
            joined = view.word(ts - 1) in lex.coordinators and view.word(ts - 1) != ","
            if joined and agent is not None and agent.tok_end < ts - 1:
                # "X completed the sale of Y to Z and invested $150m in W": the first verb's subject
                agent = next((m for m in orgs if m.tok_end <= ts and view.prep_before(m) is None), agent)
            exclude = {id(agent)} if agent else set()
            # "invests in X": with a governing preposition only that object counts
            # "X hat Y übernommen, wie das Unternehmen mitteilte": a German verb closing its clause
            # leaves what follows the comma to another clause
            right_hi = te if lex.verb_final and view.word(te) == "," else hi
            first = (
                name_after_prep(view, orgs, preps, te, right_hi, exclude)
                if preps
                else name_after(view, orgs, te, right_hi, exclude)
            )
            if first is not None and view.prep_before(first) in lex.agent_preps and lex.lang == "de":
                first = None
            if first is not None and trig.spec.get("direct_object") and not _direct_object(view, te, first):
                first = None  # "voted to back X's offer", "to back the merger with X": X is backed by none
            if (
                first is not None
                and not preps
                and not lex.verb_final
                and view.prep_before(first) in lex.from_preps
            ):
                first = None  # "is buying 1,200 vans from X": X sells goods, the thing bought is no company
            if first is not None and trig.type == "acquisition" and _co_owner(view, first):
                first = None  # "by buying out co-investor X": X's share is bought, X is not
            if first is None and preps and lex.verb_final:  # "X soll beim Hersteller Y einsteigen"
                first = name_after_prep(view, orgs, preps, lo, ts, exclude)
            if first is None and preps:  # "beteiligt sich an der Finanzierungsrunde des Start-ups Y"
                first = _round_of(view, te, right_hi, exclude)
            if first is None and agent is not None and lex.verb_final:  # verb last: "dass A B kauft"
                # both names in the comma-free stretch before the verb; an infinitive ("erwägt A,
                # den Konkurrenten B zu kaufen") takes its buyer from before the comma
                segment = max([k + 1 for k in range(lo, ts) if view.word(k) == ","], default=lo)
                before = [  # not "der RYU-Aktien": a name inside a compound noun plays no role
                    m
                    for m in orgs
                    if segment <= m.tok_start and m.tok_end <= ts and view.word(m.tok_end) != "-"
                ]
                infinitive = lex.infinitive_markers & {view.word(ts), view.word(ts - 1)}
                if len(before) == 1 and infinitive:
                    main = [m for m in orgs if lo <= m.tok_start < segment]
                    before = main[-1:] + before  # the subject of the clause the infinitive hangs on
                unbound = [m for m in before[1:] if view.prep_before(m) is None]
                group = view.coordinated(before[0], orgs, ts) if unbound else []
                if unbound and unbound[-1] in group and joined_by_and(view, group):
                    unbound = []  # "die Bestandsinvestoren A und der B beteiligen sich": both subjects
                if len(before) >= 2 and unbound:
                    agent, first = before[0], unbound[-1]  # "hat die Marke B von der C übernommen"
                elif len(before) >= 2:  # "hat 10 Prozent am Versicherer C erworben": a stake in C
                    first = next((m for m in before[1:] if sized_stake(view, before[0], m)), None)
            if first is None and agent is not None and not lex.verb_final:
                first = _after_colon(view, orgs, te)  # "has acquired three firms this year: A, B and C"
            if first is None and agent is not None and not lex.verb_final:
                first = reduced_relative_head(view, agent)  # "X, the firewall maker Y bought in May"
            if first is None and agent is not None and agent.tok_start == lo and not lex.verb_final:
                heads = view.relative_head(lo, orgs)  # "X, which Y acquired in 2022"
                first = heads[-1] if heads and heads[-1].entity.key != agent.entity.key else None
            if (
                first is not None
                and trig.spec.get("needs_money")
                and not view.names_money(te, first.tok_start)
            ):
                first = None  # "offered data plans for X" is no takeover offer; "offered $5bn for X" is
            described = view.word(te) in lex.indefinite_articles  # "agreed to buy a Texas-based maker"
            if first is None and agent is not None and trig.type == "acquisition" and described:
                view.a.cache[("described target", view.index)] = (agent, ts, te, trig)
            closing = trig.spec.get("closing_word")
            if closing and (first is None or view.word(first.tok_end) != closing):
                return []  # "take X private": only with the word that closes the idiom
            if first is not None:
                first = apposed_name(view, first)
                limit = view.end if first.tok_start >= hi else hi  # a list opened by a colon runs on
                patients = view.coordinated(first, orgs, limit)
    else:  # noun, stake or offer
        patient_preps = lex.object_preps | lex.stake_preps
        if trig.spec.get("genitive_agent") or trig.spec.get("patient_preps_only"):
            # "der Einstieg des Fonds X bei Y": X invests; "led a $25m round in Y"
            patient_preps = frozenset(trig.spec.get("patient_preps", ()))
        if trig.cls == "offer":  # "an offer from A for B"; "B erhielt ein Angebot von A"
            patient_preps = lex.offer_preps | (lex.object_preps - lex.offer_agent_preps)
            patient_preps |= frozenset(trig.spec.get("patient_preps", ()))  # "im Bieterkampf um X"
        patient = name_after_prep(view, orgs, patient_preps, te, min(hi, te + 12), set())
        if (
            patient is not None
            and trig.spec.get("size_between")
            and not _size_only(
                view,
                te,
                next(
                    (k for k in range(te, patient.tok_start) if view.word(k) in patient_preps),
                    patient.tok_start,
                ),
                trig.spec.get("needs_size", False),
            )
        ):
            return []  # "a stake of about 6% in X", not "the Disney stake ranked 13th in X's portfolio"
        if patient is not None and trig.cls == "noun" and _unit_owner(view, te, patient):
            return []  # "den Erwerb der Verpackungssparte des Konzerns X": X keeps its name, a unit is sold
        patient = patient or _described_object(view, patient_preps, te, hi)
        if trig.spec.get("patient_preps_only") and patient is None:
            return []
        if trig.spec.get("needs_money") and not view.names_money(lo, te):
            return []  # "a $25 million round in Y", but not "the first round of talks"
        if patient is None and trig.cls == "offer" and not _rival_offer(view, lo, ts):
            # not "X won, beating a rival offer from Y"; "X rejected Y's offer": Y offers, X is sought
            bidder = possessor(view, ts, set())
            own = {id(m) for m in orgs if bidder is not None and m.entity is bidder.entity}  # "X ... sein"
            # "verlängert die Frist für sein Angebot an die Aktionäre des X": the shareholders' company
            patient = next(
                (
                    m
                    for m in orgs
                    if lo <= m.tok_start < hi and id(m) not in own and of_governing_body(view, m)
                ),
                None,
            ) or name_before(view, orgs, ts, lo, own | ({id(bidder)} if bidder is not None else set()))
        if patient is None:
            patient = next(
                (m for m in orgs if m.tok_end in (ts, ts - 1) and view.word(m.tok_end) in ("-", "")), None
            )
        if patient is None and trig.cls == "noun":
            patient = next((m for m in orgs if m.tok_end == ts), None)
        if patient is None and trig.cls == "noun":  # "X lehnt die Übernahme durch Y ab": X is the target
            bidder = name_after_prep(view, orgs, lex.noun_agent_preps, te, min(hi, te + 8), set())
            if bidder is not None:
                patient = _invested_in(view, lo, ts, {id(bidder)}) if trig.type == "investment" else None
                patient = patient or name_before(view, orgs, ts, lo, {id(bidder)})
        if patient is None and trig.cls == "noun" and not _of_a_unit(view, te):
            # "hat sich mit X auf eine Übernahme geeinigt" (not "mit X über eine Übernahme der Sparte")
            patient = name_after_prep(view, orgs, lex.with_preps, lo, ts, set())
            partner = patient
        if patient is None and trig.type == "investment" and trig.cls == "noun":
            patient = speaker_before(view, ts)  # "X said that Y had led a $95m round": X raised it
        if patient is None:
            return []
        patient = apposed_name(view, patient)
        patients = view.coordinated(patient, orgs, hi)
        exclude = {id(m) for m in patients}  # "the acquisitions of A, B and C": none of them bought
        preps = lex.offer_agent_preps if trig.cls == "offer" else lex.noun_agent_preps
        if trig.spec.get("genitive_agent"):
            preps = preps | lex.object_preps
        if trig.cls == "offer":
            # "raised its offer for X, topping a rival proposal from Y": the owner of the offer bids;
            # "the battle for X" has no bidder with "from"
            agent = possessor(view, ts, exclude)
            if agent is None and not trig.spec.get("contest"):
                agent = name_after_prep(view, orgs, preps, lo, hi, exclude)
        else:
            agent = name_after_prep(view, orgs, preps, te, hi, exclude) or possessor(view, ts, exclude)
        if agent is None:
            agent = name_before(view, orgs, ts, lo, exclude)
            if agent is not None and view.second_predicate(agent.tok_end, ts) is not None:
                # "It will buy A and has completed the purchase of B": the first verb's subject
                agent = next(
                    (m for m in orgs if lo <= m.tok_start <= lo + 1 and m.tok_end <= agent.tok_start), agent
                )
        if agent is None:
            agent = subject_fallback(view, ts, lo)
            if agent is not None and trig.cls == "noun" and not _near_person_agent(view, agent, ts):
                agent = None  # "analyst P downgraded the stock, citing risk around the takeover of X"
        if agent is None and trig.cls in ("noun", "offer"):
            agent = _subject_after_means(
                view, ts, patients, lex.means_preps if trig.cls == "noun" else lex.contest_preps
            )
            if agent is not None:  # "With the purchase of X, Y ...": the comma closed the phrase, no list
                patients = [p for p in patients if p.tok_start < agent.tok_start]
        if agent is None and trig.cls == "noun" and _determined(view, ts):
            # "revenues rose due to the acquisition of X": the buyer is the company the article is about
            topic = topic_org(view.a, view.index)
            # a company the article was already about, or the subject here ("Mit der Übernahme
            # von X hat die Y ..."), not one named in passing or in brackets
            if topic is not None and topic.entity.key not in {m.entity.key for m in patients}:
                key = topic.entity.key
                earlier = any(m.entity.key == key and m.sent < view.index for m in view.a.mentions)
                subject = any(m.entity.key == key and view.prep_before(m) is None for m in view.orgs)
                agent = topic if earlier or subject else None
    if (
        agent is not None
        and trig.cls == "noun"
        and any(m.entity is agent.entity and _of_observers(view, m) for m in orgs)
    ):
        return []  # "Analysten der Privatbank X halten eine Übernahme von Y für denkbar": X buys nothing
    if agent is None:
        return []
    if takes_post(view, te) and (
        agent.kind == "person" or (trig.cls == "verb" and any(lo <= m.tok_start < hi for m in view.persons))
    ):
        # "Finanzvorstand P übernimmt kommissarisch die Führung", "Neben seinem Amt bei X übernimmt P
        # ein Aufsichtsratsmandat bei Y": a post, not a company
        return []
    if agent.kind == "person" and any(
        view.word(k) in lex.role_markers and title_between(view, k + 1, k + 3) for k in range(lo, hi)
    ):
        return []  # "P steigt als Partner bei der Beteiligungsgesellschaft X ein": a post, no stake
    # not "... to 14.9% and is pushing for a sale" (German puts the verb of selling last)
    near = hi if lex.verb_final else min(hi, max([te] + [p.tok_end for p in patients]) + 3)
    if trig.cls == "stake" and any(view.word(k) in lex.disposal_words for k in range(lo, near)):
        return []  # "selling its stake in X", "X's stake in Y declined": no purchase
    # "A and B, which agreed to buy C": every buyer the relative clause hangs on
    heads = view.relative_head(lo, orgs)
    agents = heads if agent in heads else [agent]
    if trig.cls == "offer" and agent.tok_start >= te:  # "interest from Blackstone and Brookfield"
        agents = [m for m in view.coordinated(agent, orgs, hi) if m not in patients]
    elif trig.cls == "verb" and agents == [agent] and patients:
        # "A und die B übernehmen C", "Gemeinsam übernehmen A und B den C": each buys
        group = (
            group_with(view, agent, lo, ts)
            if agent.tok_end <= ts
            else view.coordinated(agent, orgs, patients[0].tok_start)
        )
        group = [m for m in group if view.word(m.tok_end) != "-"]  # "die EnBW-Tochter B": B, not EnBW
        tight = all(  # "A und die EnBW-Tochter B"; not "A acquired Y in 1999, and B purchased ..."
            view.word(k) in (",", "-")
            or view.word(k + 1) == "-"
            or view.word(k) in lex.coordinators
            or view.head_like(k)
            for a, b in zip(group, group[1:], strict=False)
            for k in range(a.tok_end, b.tok_start)
        )
        if len(group) > 1 and tight and joined_by_and(view, group) and not any(m in patients for m in group):
            agents = [m for m in group if view.prep_before(m) is None or m is agent]
    if (
        trig.cls == "offer"
        and patients
        and lex.joint_words.intersection(view.words[max(lo, ts - 2) - view.first : te - view.first])
    ):
        # "a joint bid with KKR for X": the partner bids too
        partner = name_after_prep(view, orgs, lex.with_preps, te, patients[0].tok_start, set())
        agents = agents + [partner] if partner is not None and partner not in agents else agents
    # "(since) X took control of the company": a reference the buyer itself was read for stands for
    # the company named before it (when X is the clause's subject, not "die Hälfte von X ... kauft")
    if view.prep_before(agent) is None or view.word(agent.tok_start - 1) in lex.subordinators:
        patients = [
            _other_company(view, p, agent)
            if p.generic
            and " " in p.text
            and p.entity is agent.entity
            and (trig.cls != "verb" or p.tok_start - te <= 2)  # a verb's object: "bought the company"
            else p
            for p in patients
        ]
    for p in patients:
        if p.kind == "person":
            continue  # "..., wie Insolvenzverwalter P mitteilte": a person is bought by no one
        # "buying Fox shares", "a Buy rating on X": securities of a company, not the company
        whole = view.word(p.tok_end) in lex.share_words and not lex.whole_words.isdisjoint(
            view.words[te - view.first : p.tok_start - view.first]
        )  # "will acquire all outstanding X shares": the company
        if not whole and (
            view.word(p.tok_end) in lex.not_acquired or _security(view, ts + 1, lex.not_acquired)
        ):
            continue
        if any(_security(view, k, lex.not_acquired_object) for k in range(te, p.tok_start)):
            continue  # "acquired the assets of X"
        owner = owns_next(view, p)  # "partner Calderon Renewables' holding"
        owned = range(p.tok_end + 1, p.tok_end + 7)
        owned = range(owned.start, next((k for k in owned if view.word(k) == ","), owned.stop))
        if owner and any(  # (not past a comma: "the chain Dunmore's, which operates 54 stores")
            view.word(k) in lex.not_acquired or view.word(k) in lex.not_acquired_object for k in owned
        ):
            continue  # "bought Venezuela's state oil-company bonds"
        if trig.type == "investment" and p is partner and investor_like(view, p):
            # "X verhandelt mit dem Investor Y über eine Finanzierungsrunde": Y would invest in X
            pairs.extend((p, a) for a in agents if p.entity is not a.entity and not investor_like(view, a))
            continue
        pairs.extend((a, p) for a in agents if p.entity is not a.entity)
    return pairs


def _other_company(view: SentenceView, reference: Mention, agent: Mention) -> Mention:
    """The company named (not referred to) most often before ``reference``, other than the ``agent``
    (on a tie the one named first: what the article is about), as the reference's own copy; the
    reference itself if there is none."""
    named = [
        m
        for m in view.a.mentions
        if m.kind == "org" and not m.generic and m.start < reference.start and m.entity is not agent.entity
    ]
    if not named:
        return reference
    counts = Counter(m.entity.key for m in named)
    best = max(named, key=lambda m: (counts[m.entity.key], -m.start))
    return replace(reference, entity=best.entity, name=best.display)


def _tendered(view: SentenceView, lo: int, hi: int) -> list[tuple[Mention, Mention]]:
    """ "Dem Bieter X wurden 78 Prozent der Aktien des Y angedient", "holders of 62% of Y shares had
    tendered into X's offer": the shares are Y's, the bidder is the other company of the clause."""
    shares = view.lex.share_words
    target = next(
        (
            m
            for m in view.orgs
            if lo <= m.tok_start < hi
            and (
                view.word(m.tok_end) in shares  # "Y shares"
                or any(  # "der Aktien des Spezialmaschinenbauers Y", "of the shares of Y"
                    view.word(k) in shares for k in range(max(lo, m.tok_start - 4), m.tok_start)
                )
            )
        ),
        None,
    )
    if target is None:
        return []
    bidder = next(
        (
            m
            for m in view.orgs
            if lo <= m.tok_start < hi and m.entity is not target.entity and view.prep_before(m) is None
        ),
        None,
    )
    return [(bidder, target)] if bidder is not None else []


def _co_owner(view: SentenceView, m: Mention) -> bool:
    """Is the name introduced as a co-owner ("co-investor X", "Mitgesellschafter X"), whose share
    changes hands rather than the company?"""
    k = m.tok_start - 1
    word = view.word(k)
    if view.word(k - 1) == "-":  # "co-investor", "joint-venture partner" written in parts
        word = f"{view.word(k - 2)}-{word}"
    return word in view.lex.co_owner_nouns


def _direct_object(view: SentenceView, te: int, m: Mention) -> bool:
    """Is the name the verb's own object ("to back Stratos", "to back AI start-up Stratos"), not a
    possessor ("to back X's offer") nor inside a phrase ("to back the merger with X")?"""
    if owns_next(view, m) or m.tok_start - te > 5:
        return False
    return not any(view.word(k) in view.lex.prepositions for k in range(te, m.tok_start))


def _rival_offer(view: SentenceView, lo: int, ts: int) -> bool:
    """ "beating a rival offer from Y", "would not match the sweetened offer from Y": another
    bidder's offer, so the subject is no company sought."""
    if view.word(ts - 1) in view.lex.rival_words:
        return True
    for k in range(ts - 1, max(lo, ts - 9) - 1, -1):  # back over "the sweetened 415p-a-share"
        text = view.a.tokens[k].text
        if view.word(k) in view.lex.rival_verbs:
            return True
        if text[:1].isupper() or text in (",", ";", ":"):
            return False
    return False


def _of_observers(view: SentenceView, m: Mention) -> bool:
    """Is the name that of observers' employer ("Analysten der Privatbank X", "analysts at X")?"""
    k = m.tok_start - 1
    while k > view.first and view.mlex.is_org_head(view.a.tokens[k].text):
        k -= 1
    return (
        k > view.first
        and view.word(k - 1) in view.lex.observer_nouns
        and (view.word(k) in view.lex.genitive_articles or view.word(k) in view.mlex.post_preps)
    )


def _unit_owner(view: SentenceView, te: int, m: Mention) -> bool:
    """Does the name own a unit named before it ("the purchase of the payments unit of X", "der
    Erwerb der Verpackungssparte des X"): a unit of X is bought, not X?"""
    units = tuple(view.lex.relation_nouns)
    owner_preps = view.lex.object_preps | view.lex.genitive_articles
    for k in range(te, m.tok_start):
        if view.word(k).endswith(units) and any(
            view.word(j) in owner_preps for j in range(k + 1, m.tok_start)
        ):
            return True
    return False


def _of_a_unit(view: SentenceView, te: int) -> bool:
    """Is the deal noun's object an unnamed unit ("eine Übernahme der Agrarchemie-Sparte")?"""
    units = tuple(view.lex.relation_nouns)
    return (
        any(view.word(k).endswith(units) for k in range(te, min(view.end, te + 5)) if view.word(k) != "-")
        and view.word(te) in view.lex.object_preps | view.lex.determiners
    )


def _security(view: SentenceView, k: int, words: frozenset[str]) -> bool:
    """Securities or assets bought, not a company: "bought notes"; but "acquiring notes app X"
    names the company by its trade."""
    return view.word(k) in words and not view.mlex.is_org_head(view.word(k + 1))


def _relative_subject(
    view: SentenceView, ts: int, lo: int, orgs: list[Mention]
) -> tuple[Mention, list[Mention]] | None:
    """A verb closing a German relative clause whose pronoun is its subject: the name the clause
    hangs on acts, the name inside it is acted on ("X, der den Hersteller Y übernommen hatte")."""
    lex = view.lex
    if not lex.verb_final:
        return None
    opener = relative_opener(view, ts, lo)
    if opener is None:
        return None
    heads = view.relative_head(opener + 1, orgs)
    inner = [m for m in orgs if opener < m.tok_start and m.tok_end <= ts and view.prep_before(m) is None]
    if not heads or not inner:
        return None
    patient = inner[-1]
    accusative = any(
        view.word(k) in lex.accusative_articles
        for k in range(max(lo, patient.tok_start - 3), patient.tok_start)
    )
    if view.word(opener) not in lex.subject_relatives and not accusative:
        return None
    return heads[-1], view.coordinated(patient, orgs, ts)


def _relative_object(
    view: SentenceView, ts: int, te: int, lo: int, orgs: list[Mention]
) -> tuple[Mention, list[Mention]] | None:
    """An English relative clause whose pronoun is the verb's object: "X, which Y bought in 2019":
    Y acts on the name the clause hangs on (the verb has no object of its own)."""
    lex = view.lex
    if lex.verb_final:
        return None
    opener = relative_opener(view, ts, max(view.first, lo - 2))
    if opener is None or view.word(opener) not in lex.object_relatives:
        return None
    heads = view.relative_head(opener + 1, orgs)
    inner = [m for m in orgs if opener < m.tok_start and m.tok_end <= ts and view.prep_before(m) is None]
    if not heads or len(inner) != 1 or inner[0].tok_start != opener + 1:
        return None  # "X, which Y ..." with the agent right after the pronoun
    if any(te <= m.tok_start <= te + 3 for m in orgs):
        return None  # "X, which Y bought Z from": the verb has an object of its own
    return inner[0], heads[-1:]


def _round_of(view: SentenceView, te: int, hi: int, exclude: set[int]) -> Mention | None:
    """The company whose funding round is named after the verb ("an der Runde des Start-ups Y")."""
    lex = view.lex
    k = next((k for k in range(te, hi) if view.phrase_at(k, lex.round_words)), None)
    if k is None or view.word(k + 1) not in lex.genitive_articles:
        return None
    return next((m for m in view.orgs if k < m.tok_start <= k + 8 and id(m) not in exclude), None)


def _after_colon(view: SentenceView, orgs: list[Mention], te: int) -> Mention | None:
    """The first of a list that a colon opens after the verb, with no name between them."""
    colon = next((k for k in range(te, min(view.end, te + 10)) if view.word(k) == ":"), None)
    if colon is None or any(te <= m.tok_start < colon for m in orgs):
        return None
    return next((m for m in orgs if m.tok_start == colon + 1), None)


def _near_person_agent(view: SentenceView, agent: Mention, ts: int) -> bool:
    """A person owns a deal named by a noun only close by ("P's takeover of X", "P completed the
    purchase of X") or through a deal word between ("P completed one of his biggest acquisitions,
    the buyout of X"); an organisation found as subject always qualifies."""
    if agent.kind != "person":
        return True
    between = view.words[agent.tok_end - view.first : ts - view.first]
    if len(between) <= 6 and "," not in between:
        return True
    return any(view.triggers_at(k)[0] for k in range(agent.tok_end, ts))


def _subject_after_means(
    view: SentenceView, ts: int, patients: list[Mention], preps: frozenset[str]
) -> Mention | None:
    """ "Mit der Übernahme von X baut die Y-Gruppe ihr Geschäft aus", "With the purchase of X, Y
    expands ...", "Im Bieterkampf um X hat Y sein Angebot erhöht": a deal noun in a phrase opening
    the sentence is the subject's deal."""
    if view.word(view.first) not in preps:
        return None
    if not (ts - view.first == 2 and view.word(ts - 1) in view.lex.noun_determiners) and not (
        ts - view.first == 1 and view.word(view.first) in view.lex.contracted_preps  # "Im Bieterkampf"
    ):
        return None
    last = patients[0]
    for p in patients[1:]:  # "of A and B, Y expands": the list ends at the comma without "and"
        if not joined_by_and(view, [last, p]):
            break
        last = p
    return next(
        (m for m in view.orgs if m.tok_start >= last.tok_end and view.prep_before(m) is None),
        None,
    )


def _determined(view: SentenceView, ts: int) -> bool:
    """A noun trigger right after its article, or after an amount ("the acquisition", "the
    pending $2.1 billion takeover"); other modifiers leave it a mere topic ("die umstrittene
    Übernahme")."""
    if view.word(ts - 1) in view.lex.noun_determiners:
        return True
    k, amount = ts - 1, False
    while k >= view.first and ts - k <= 6:
        word = view.word(k)
        if word in view.lex.noun_determiners:
            return amount
        month = word in view.lex.months and view.a.tokens[k].text[:1].isupper()  # not the modal "may"
        if word[:1].isdigit() or word in ("$", "€", "£") or month:
            amount = True  # "the pending $2.1 billion takeover", "the July purchase of X"
        elif not (word.isalpha() and view.a.tokens[k].text.islower()):
            return False
        k -= 1
    return False


def sell(
    view: SentenceView, ts: int, te: int, trig: Trigger
) -> list[tuple[Mention, Mention, Mention | None]]:
    """(buyer, target, seller) of "A sold B to C" / "A verkauft B an C"; no buyer named, no event."""
    lo, hi = view.clause(ts, te)
    preps = frozenset(trig.spec.get("buyer_preps", ()))
    if trig.cls == "noun":
        return _sale(view, ts, te, lo, hi, preps)
    buyers = [m for m in view.orgs if lo <= m.tok_start < hi and view.prep_before(m, preps) in preps]
    if not buyers:
        if _sold_without_buyer(view, ts, te, lo, hi):
            sold = name_before(view, view.orgs, ts, lo, set())
        else:
            sold = _own_unit_sold(view, ts, te, lo, hi)
        if sold is not None:
            view.a.cache[("for sale", view.index)] = sold  # "X ist verkauft. Käufer ist Y"
        return []
    # "hat ihre Beteiligung an X an die Y verkauft": with the verb last, the buyer is the last "an"
    buyer = buyers[-1] if view.lex.verb_final else buyers[0]
    right_after_aux = view.lex.verb_final or bool(view.phrase_at(ts - 1, view.lex.passive_aux, 1))
    if right_after_aux and is_passive(
        view, ts, te, lo, hi
    ):  # "X ist an den Finanzinvestor Y verkauft worden"
        sold = name_before(view, view.orgs, ts, lo, {id(buyer)})
        return [(buyer, sold, None)] if sold is not None and sold.entity is not buyer.entity else []
    seller = name_before(view, view.orgs, ts, lo, {id(buyer)})
    start = lo if view.lex.verb_final else te
    opener = relative_opener(view, ts, lo) if view.lex.verb_final else None
    heads = view.relative_head(opener + 1, view.mentions) if opener is not None else []
    if heads and opener is not None:  # "P, der sein Start-up B an C verkauft hatte": P sells
        seller, start = heads[-1], opener + 1
    elif view.lex.verb_final:  # "A habe ihre Tochter B an C verkauft": the subject comes first
        first = next(
            (
                m
                for m in view.orgs
                if lo <= m.tok_start < ts and view.prep_before(m) is None and not _share_of(view, m)
            ),
            None,
        )
        # "Gründer P hat sein Startup B an C verkauft": a person first is the subject, B is sold
        person_first = first is not None and any(
            lo <= p.tok_end <= first.tok_start
            and "," not in view.words[p.tok_end - view.first : first.tok_start - view.first]
            for p in view.persons
        )  # (not "schreibt Vorstandschef P, die X habe ihre Beteiligung an Y verkauft")
        seller = None if person_first else (first or seller)
        verb_second = view.word(ts - 1) == "," or _fronted_phrase(view, lo, ts) >= ts - 1
        if seller is None and not person_first and verb_second:
            seller = _inverted_subject(view, view.orgs, te, hi)  # "Um ... zu stimmen, verkauft X seine ..."
    if seller is not None and any(
        m.entity is seller.entity and m.text.casefold() in view.mlex.reflexive_pronouns
        for m in view.orgs
        if te <= m.tok_start < buyer.tok_start
    ):
        return [(buyer, seller, None)]  # "X agreed to sell itself to Y"
    exclude = {id(buyer)} | ({id(seller)} if seller else set())
    # "Founder P has sold his start-up X to Y", "Die Brüder A und B haben ihren Werkzeugbau X an Y
    # verkauft": a person sells (and plays no role of the deal); what is sold comes after the person
    selling_person = name_before(view, view.persons, ts, lo, set()) if seller is None else None
    if selling_person is not None:
        start = max(start, selling_person.tok_end)
    target = next(
        (
            m
            for m in view.orgs
            # the thing sold is the object, before "to <buyer>" / "an <Käufer>" ("Beteiligung an X")
            if start <= m.tok_start < buyer.tok_start
            and id(m) not in exclude
            and m.text.casefold() not in view.lex.possessives  # "verkauft seine Mehrheit an X": the owner
            and (
                view.prep_before(m) is None
                or (m in buyers and m is not buyer)
                or _stake_in(view, m)
                or _share_of(view, m)
            )
            and not (seller is not None and (m.tok_start < seller.tok_end or m.entity is seller.entity))
        ),
        None,
    )
    if target is None and seller is not None and _share_of_itself(view, te, buyer):
        return [(buyer, seller, None)]  # "X agreed to sell a 60 per cent stake to Y": a stake in X
    if target is None:
        return []
    targets = [t for t in view.coordinated(target, view.orgs, buyer.tok_start) if id(t) not in exclude]
    sides = {buyer.entity.key} | ({seller.entity.key} if seller is not None else set())
    if (seller is not None and seller.entity is buyer.entity) or any(t.entity.key in sides for t in targets):
        return []  # buyer, seller and target are three companies
    return [(buyer, t, seller) for t in targets]


def _share_of(view: SentenceView, m: Mention) -> bool:
    """ "24,9 Prozent der Stadtwerke X", "40% of X": a share of the name right before its preposition."""
    k = m.tok_start - 1
    while k > view.first and view.mlex.is_org_head(view.a.tokens[k].text):
        k -= 1  # "40 Prozent des Versorgers X"
    size = view.word(k - 1)
    return view.word(k) in view.lex.object_preps and size in view.lex.percent_words


def _share_of_itself(view: SentenceView, start: int, buyer: Mention) -> bool:
    """Only a share, of nothing named, is sold to the buyer ("a 60 per cent stake to Y", "40 Prozent an
    Y"; not "seine Beteiligung an der X an Y", where a stake word before "an" names a stake in X)."""
    words = [view.word(k) for k in range(start, buyer.tok_start)]
    stake = bool(view.lex.stake_nouns.intersection(words))
    percent = bool(view.lex.percent_words.intersection(words))
    if view.prep_before(buyer) in view.lex.stake_preps:
        return percent and not stake
    return (percent or stake) and not view.lex.stake_preps.intersection(words)


def _sold_without_buyer(view: SentenceView, ts: int, te: int, lo: int, hi: int) -> bool:
    """ "X has been sold", "X wird verkauft", "X ist verkauft": the subject is what is sold."""
    lex = view.lex
    if not lex.verb_final:
        return is_passive(view, ts, te, lo, hi)
    participle = view.word(ts).endswith(lex.participle_endings or "\0")
    return participle and any((view.word(k),) in lex.passive_aux for k in range(lo, ts))


def _own_unit_sold(view: SentenceView, ts: int, te: int, lo: int, hi: int) -> Mention | None:
    """ "A has sold its furniture chain, B", "A hat ihre Tochter B verkauft": a unit of the seller's
    own, sold to a buyer not yet named."""
    if not view.lex.verb_final:
        return _sold_thing(view, te, hi, set(), reach=9) if view.word(te) in view.lex.possessives else None
    return next(
        (
            m
            for m in view.orgs
            if lo <= m.tok_start
            and m.tok_end <= ts
            and m.source != "coref"
            and any(view.word(k) in view.lex.possessives for k in range(m.tok_start - 4, m.tok_start))
        ),
        None,
    )


def _stake_in(view: SentenceView, m: Mention) -> bool:
    """ "sold its 25% holding in tower operator X", "seine Beteiligung am Hersteller X": the name a
    stake is in."""
    if view.prep_before(m) not in view.lex.stake_preps:
        return False
    return any(
        t.cls == "stake"
        for k in range(max(view.first, m.tok_start - 6), m.tok_start)
        for t in view.triggers_at(k)[1]
    )


def _sale(
    view: SentenceView, ts: int, te: int, lo: int, hi: int, preps: frozenset[str]
) -> list[tuple[Mention, Mention, Mention | None]]:
    """ "the sale of B to C", "A's sale of B to C", "the company's sale to C", "einen Verkauf an C"
    (the subject is what is sold)."""
    buyer = name_after_prep(view, view.orgs, preps, te, hi, set())
    if buyer is None:
        on_offer = _sold_thing(view, te, hi, set(), reach=9)
        if on_offer is not None:  # "is exploring a sale of its unit X": suitors may be named next
            view.a.cache[("for sale", view.index)] = on_offer
        return []
    if any(view.word(k) in view.lex.not_acquired for k in range(te, buyer.tok_start)):
        return []
    owner = possessor(view, ts, {id(buyer)})
    sold = _sold_thing(view, te, buyer.tok_start, {id(buyer)})
    possessives, of = view.lex.possessives, view.lex.object_preps
    if sold is None and (
        view.word(te) in possessives or (view.word(te) in of and view.word(te + 1) in possessives)
    ):
        return []  # "the sale of its wind portfolio to Y", "den Verkauf seiner Sparte an Y": unnamed
    seller = None
    if sold is not None:  # "der Verkauf der Sparte X von Y an Z": Y sells
        since = name_after_prep(
            view, view.orgs, view.lex.from_preps, sold.tok_end, buyer.tok_start, {id(buyer)}
        )
        seller = owner or since or name_before(view, view.orgs, ts, lo, {id(buyer)})
    target = sold or owner or name_before(view, view.orgs, ts, lo, {id(buyer)})
    if target is None or target.entity is buyer.entity:
        return []
    return [(buyer, target, seller if seller is not None and seller.entity is not target.entity else None)]


def _sold_thing(view: SentenceView, te: int, hi: int, exclude: set[int], reach: int = 6) -> Mention | None:
    """What a sale noun sells: "the sale of B", "den Verkauf seiner Sparte B" (not "its": the seller)."""
    exclude = exclude | {id(m) for m in view.orgs if m.source == "coref" and m.tok_end - m.tok_start == 1}
    sold = name_after_prep(view, view.orgs, view.lex.object_preps, te, hi, exclude)
    if sold is None:  # "den Verkauf seiner Sparte X an Y": a genitive after a possessive
        sold = next(
            (
                m
                for m in view.orgs
                if te < m.tok_start < hi
                and id(m) not in exclude
                and m.tok_start - te <= reach  # "the sale of its consumer lending unit, X, to Y"
                and view.word(te) in view.lex.possessives | view.lex.determiners
            ),
            None,
        )
    return sold


def raise_frame(view: SentenceView, ts: int, te: int, trig: Trigger) -> list[tuple[Mention, Mention]]:
    """(investor, investee) of "X raised $5m from Y" and "X hat 5 Mio. von Y erhalten" (the
    investors stand before a German verb at the clause end)."""
    lo, hi = view.clause(ts, te)
    if trig.spec.get("needs_money") and not view.names_money(lo, max(hi, te + 8)):
        return []  # "hat das Okay der Wettbewerbshüter erhalten": no funding without a sum
    context = trig.spec.get("context_words")
    if context and not set(context).intersection(view.words):
        return []  # "closed its takeover after approval from X": "closed" raises money only in a round
    preps = frozenset(w for p in trig.spec.get("agent_preps", ()) for w in p.split()[-1:])
    start = lo if view.lex.verb_final else te
    # investors are named anywhere after the verb, but not past a semicolon ("...; X was acquired by Y")
    end = next((k for k in range(te, view.end) if view.word(k) == ";"), view.end)
    first = name_after_prep(view, view.orgs, preps, start, end, set())
    if first is None:
        raiser = name_before(view, view.orgs, ts, lo, set()) or apposed_subject(view, ts)
        if raiser is not None:  # "X has raised $45m in a Series B round." (the investors follow)
            toks = view.a.tokens  # who raised, and the verb the round's status is read from
            view.a.cache[("raised", view.index)] = (raiser, (toks[ts].start, toks[te - 1].end))
        return []
    investors = view.coordinated(apposed_name(view, first), view.orgs, view.end)
    for m in view.orgs:  # "led by A, with participation from B and C"
        if (
            end > m.tok_start > investors[-1].tok_end
            and m not in investors
            and view.prep_before(m, preps) in preps
        ):
            between = view.words[investors[-1].tok_end - view.first : m.tok_start - view.first]
            if view.lex.reporting_verbs.intersection(between):
                break  # "..., according to a term sheet seen by Axios": the source, not an investor
            # "with participation from Nvidia's venture arm NVentures, existing investor A and B"
            investors.extend(view.coordinated(apposed_name(view, m), view.orgs, view.end))
    taken = {id(m) for m in investors}
    investee = _invested_in(view, lo, ts, taken) if trig.cls == "noun" else None
    if investee is None and name_before(view, view.orgs, ts, lo, taken) is None:
        # "Für ihr Start-up X hat sie 40 Millionen Euro eingesammelt": the company raised for
        investee = name_after_prep(view, view.orgs, view.lex.round_for_preps, lo, ts, taken)
    if trig.spec.get("money_subject"):  # "Das Geld für X kommt von A und B": the company the money is for
        investee = name_after_prep(view, view.orgs, view.lex.round_for_preps, lo, ts, taken)
        if investee is None:
            return []
    investee = investee or name_before(view, view.orgs, ts, lo, taken) or apposed_subject(view, ts)
    if investee is None and trig.cls == "noun":  # "A $45m Series B for X was led by Y"
        investee = name_after_prep(view, view.orgs, view.lex.round_for_preps, te, first.tok_start, taken)
    if investee is None:  # "Handwave, which raised $18 million from X, ...": the relative clause's head
        investee = next((m for m in view.relative_head(lo, view.orgs) if id(m) not in taken), None)
    if investee is None or investee.tok_start > first.tok_start:
        return []
    return [(inv, investee) for inv in investors if inv.entity is not investee.entity]


def _invested_in(view: SentenceView, lo: int, ts: int, exclude: set[int]) -> Mention | None:
    """ "X has invested in Y as part of a round led by Z": the company the round is for."""
    return next(
        (
            m
            for m in reversed(view.orgs)
            if lo <= m.tok_start
            and m.tok_end <= ts
            and id(m) not in exclude
            and view.prep_before(m) in view.lex.stake_preps
        ),
        None,
    )


def merge(view: SentenceView, ts: int, te: int, trig: Trigger) -> list[list[Mention]]:
    lo, hi = view.clause(ts, te)
    lex = view.lex
    parties: list[Mention] = []
    between = nearest_group(view, lex.between_preps, ts, te, lo, hi, view.orgs)
    if len({m.entity.key for m in between}) >= 2:
        return [between]  # "Fusion zwischen A und B": exactly these two
    if trig.cls == "verb" and trig.spec.get("object_pair"):
        # "talks to combine A and B": the pair is the verb's object
        obj = next(
            (m for m in view.orgs if te <= m.tok_start <= te + 2 and view.prep_before(m) is None), None
        )
        pair = view.coordinated(obj, view.orgs, hi) if obj is not None else []
        if len({m.entity.key for m in pair}) >= 2 and joined_by_and(view, pair):
            return [pair]
    if trig.cls == "noun":
        of_group = nearest_group(view, lex.object_preps, ts, te, te, min(hi, te + 9), view.orgs)
        if len({m.entity.key for m in of_group}) >= 2:
            return [of_group]  # "merger of A and B", "Zusammenschluss der A und B"
        genitive = _genitive_party(view, te)
        if genitive is not None:  # "die Fusion der A mit der B", "die Fusion der beiden Versorger A und B"
            group = view.coordinated(genitive, view.orgs, hi)
            partner = name_after_prep(
                view, view.orgs, lex.with_preps, group[-1].tok_end, hi, {id(m) for m in group}
            )
            group += view.coordinated(partner, view.orgs, hi) if partner is not None else []
            if len({m.entity.key for m in group}) >= 2:
                return [group]
    # "A's merger with B", "die Tengelmann-Fusion mit X", or the subject: "A besiegelt die Fusion mit B"
    partner_preps = frozenset(trig.spec.get("partner_preps", ()))
    left = [
        m
        for m in view.orgs
        if (m.tok_end == ts and view.prep_before(m) not in partner_preps)  # not "an X lizenziert"
        or (m.tok_end == ts - 1 and view.word(ts - 1) == "-")
        or owns(view, m, ts)
    ]
    if len(left) == 1 and left[0].source == "coref" and left[0].tok_start > lo:
        left = []  # "A und B beenden ihre Zusammenarbeit": the pronoun stands for the pair before it
    if not left:
        left = [
            m
            for m in view.orgs
            if lo <= m.tok_start
            and m.tok_end <= ts
            and (
                view.prep_before(m) is None
                or of_governing_body(view, m)
                # "after it signed", not "after Bloomberg reported the company was weighing"
                or (
                    m.tok_start == lo
                    and view.word(lo - 1) in lex.clause_breaks
                    and view.word(m.tok_end) not in lex.reporting_verbs
                )
            )
        ]
    if not lex.verb_final and left and all(in_closed_relative(view, m, ts) for m in left):
        # "X, which Intel tried to buy in 2021, is in talks to merge with Y": X, not Intel
        opener = next(
            (k for k in range(left[0].tok_start - 1, view.first, -1) if view.opens_relative(k)), None
        )
        left = view.relative_head(opener + 1, view.orgs)[-1:] if opener is not None else []
    if not left and any(view.word(k) in lex.plural_pronouns for k in range(lo, ts)):
        before = [m for m in view.orgs if m.tok_end <= lo]  # "A and B said that they would merge"
        group = group_with(view, before[-1], view.first, lo) if before else []
        left = group if len(group) > 1 and joined_by_and(view, group) else []
    if not left:  # "X, a London startup that ..., has signed a partnership with Y"
        subject = apposed_subject(view, ts)
        left = [subject] if subject is not None else []
    elif len(left) == 1:  # "A und die B fusionieren": B stands by the verb, A is coordinated with it
        group = group_with(view, left[0], lo, ts)
        if len(group) == 1:  # "A aus Göttingen und B aus Kassel haben sich zusammengeschlossen"
            group = view.coordinated(left[0], view.orgs, ts, subject=True)
        if len(group) > 1 and joined_by_and(view, group):
            left = group
    if left:
        group = view.coordinated(left[0], view.orgs, ts, subject=True) if len(left) > 1 else left[:1]
        if len(group) == 1 and len(left) > 2:  # "Telecom equipment makers A and B have abandoned ...":
            later = group_with(view, left[-1], lo, ts)  # the pair closing on the verb, past a modifier
            group = later if len(later) > 1 else group
        if len(group) > 1 and not joined_by_and(view, group):
            group = group[-1:]  # "DOJ antitrust chief, Makan Delrahim": an apposition, not two parties
        parties.extend(group)
    if not parties and (pair := _pair_before(view, lo, ts)):
        return [pair]  # "A beteiligt sich an B. Zugleich vereinbarten beide Unternehmen eine Partnerschaft"
    with_only = trig.spec.get("requires_with") or trig.spec.get("partner_with_only")
    preps = lex.with_preps if with_only else lex.with_preps | lex.object_preps
    preps = preps | partner_preps  # "a merger proposal from X"
    # the partner follows the trigger, except before a German verb at the clause end ("mit X fusionieren")
    start = lo if lex.verb_final and trig.cls == "verb" else te
    first = name_after_prep(view, view.orgs, preps, start, hi, {id(m) for m in parties})
    if first is None and parties:
        # "A hat sich mit B auf eine Partnerschaft geeinigt", "A ended talks with B about a joint
        # venture", "A signed an agreement with B to co-develop ...": the partner before the trigger
        first = name_after_prep(
            view, view.orgs, lex.with_preps, parties[-1].tok_end, ts, {id(m) for m in parties}
        )
    if first is None and trig.spec.get("requires_with"):
        return []
    if first is not None:
        partners = view.coordinated(first, view.orgs, hi)
        if not parties and len(partners) > 1 and _alternatives(view, partners):
            return []  # "Eine Kooperation mit A oder B ist kein Thema": A and B are no pair
        parties.extend(partners)
    if len(parties) == 1 and trig.cls == "noun" and lex.verb_final and not left:
        # "Eine Fusion mit der X lehnt der Verwaltungsrat der Y ab": the subject after the verb
        subject = next(
            (
                m
                for m in view.orgs
                if parties[0].tok_end < m.tok_start < hi
                and (view.prep_before(m) is None or of_governing_body(view, m))
            ),
            None,
        )
        parties.extend([subject] if subject is not None else [])
    if len(parties) == 1 and view.prep_before(parties[0]) in lex.object_preps:
        # "die Fusion von A mit B", "the merger of A with B"
        partner = name_after_prep(view, view.orgs, lex.with_preps, parties[0].tok_end, hi, {id(parties[0])})
        if partner is not None:
            parties.extend(view.coordinated(partner, view.orgs, hi))
    seen: dict[str, Mention] = {}
    for m in parties:
        if m.text.endswith("-") or (view.word(m.tok_end) == "-" and m.tok_end + 1 != ts):
            continue  # "die VRLA-Batterien der FXH-Serie": a name inside a compound noun is no party
        seen.setdefault(m.entity.key, m)
    return [list(seen.values())] if len(seen) >= 2 else []


def _pair_before(view: SentenceView, lo: int, ts: int) -> list[Mention]:
    """ "beide Unternehmen", "both companies" as the subject: the two companies of the sentence
    before, when it names exactly two."""
    if not any(
        view.word(k) in view.mlex.pair_words and view.mlex.is_org_head(view.a.tokens[k + 1].text)
        for k in range(lo, ts - 1)
    ):
        return []
    named: dict[str, Mention] = {}
    for m in view.a.mentions:
        if m.sent == view.index - 1 and m.kind == "org" and not m.generic and not in_brackets(view.a, m):
            named.setdefault(m.entity.key, m)
    return list(named.values()) if len(named) == 2 else []


def _alternatives(view: SentenceView, group: list[Mention]) -> bool:
    """Are the names of a list joined by "or" ("mit Bosch oder Continental"), one or the other?"""
    last_gap = view.words[group[-2].tok_end - view.first : group[-1].tok_start - view.first]
    return any(w in view.lex.alternatives for w in last_gap)


def _genitive_party(view: SentenceView, te: int) -> Mention | None:
    """The name a German genitive hangs on a deal noun: "Fusion der (beiden Versorger) A"."""
    lex = view.lex
    if not lex.verb_final:
        return None
    for m in view.orgs:
        if te < m.tok_start <= te + 3:
            between = [view.word(k) for k in range(te, m.tok_start)]
            if between[0] in lex.genitive_articles and all(
                w in lex.genitive_articles or w in view.mlex.pair_words or view.mlex.is_org_head(w)
                for w in between
            ):
                return m
    return None


def make_event(
    etype: str,
    roles: dict[str, list[Mention]],
    view: SentenceView,
    ts: int,
    te: int,
    trig: Trigger,
    confidence: float,
) -> Event:
    toks = view.a.tokens
    return Event(
        type=etype,
        roles=roles,
        sent=view.index,
        trigger=(toks[ts].start, toks[te - 1].end),
        status=trig.spec.get("status"),  # "in_talks" for "is in talks to buy", "completed" for "owned since"
        confidence=confidence,
        evidence=(view.sent.start, view.sent.end),
        trigger_class=trig.cls,
        cues=[f"trigger:{view.a.text[toks[ts].start : toks[te - 1].end]}"],
    )


def _heir(view: SentenceView, te: int, preps: frozenset[str], leaver: Mention) -> Mention | None:
    """The person a post is handed over to: "übergibt die Geschäftsführung an seine Tochter P"."""
    if not preps:
        return None
    at = next((k for k in range(te, view.end) if view.word(k) in preps), None)
    if at is None:
        return None
    return next(
        (m for m in view.persons if at < m.tok_start <= at + 5 and m.entity is not leaver.entity), None
    )


def _hired_at(event: Event, person: Mention, org: Mention) -> bool:
    """Is the event a hire of ``person`` at ``org``?"""
    return (
        event.type == "hire"
        and event.roles["person"][0].entity is person.entity
        and any(m.entity is org.entity for m in event.roles.get("org", []))
    )


def confidence_of(*mentions: Mention | None) -> float:
    """An event's confidence: lower for names that are only candidates or references."""
    score = 0.9
    for m in mentions:
        if m is None:
            continue
        if m.source == "candidate":
            score -= 0.15
        elif m.source == "coref":
            score -= 0.1
    return round(max(score, 0.3), 2)


def _regulator(m: Mention, lex: EventLexicon) -> bool:
    """ "Die EU-Kommission hat die Übernahme von X genehmigt": a regulator reviews deals, it makes none.
    The name's last word tells, also where a pronoun stands for it ("seine Anmeldung")."""
    return any(
        lex.is_regulator_word(name.replace("-", " ").rsplit(" ", 1)[-1]) for name in (m.text, m.entity.name)
    )


def _without_regulators(events: list[Event], lex: EventLexicon) -> list[Event]:
    """The sentence's deals without a regulator as a party (people's moves keep theirs: "P leaves the
    European Commission to join Y")."""
    kept = []
    for event in events:
        if event.type in _DEALS:
            spec = EVENT_TYPES[event.type]
            if spec.multi_party:
                event.roles["parties"] = [m for m in event.roles["parties"] if not _regulator(m, lex)]
                if len(event.roles["parties"]) < 2:
                    continue
            elif any(_regulator(m, lex) for role in spec.key_roles for m in event.roles.get(role, [])):
                continue
        kept.append(event)
    return kept


def sentence_events(analysis: Analysis, index: int) -> list[Event]:
    lex: EventLexicon = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    if not view.mentions and not view.mlex.pair_words.intersection(view.words):
        return []  # (a sentence naming nobody may still speak of "both companies")
    events: list[Event] = []
    for ts, te, trig in find_triggers(view):
        if trig.frame in ("transfer", "raise"):
            pairs = (
                transfer(view, ts, te, trig) if trig.frame == "transfer" else raise_frame(view, ts, te, trig)
            )
            agent_role, patient_role = EVENT_TYPES[trig.type].key_roles
            for agent, patient in pairs:
                ev = make_event(
                    trig.type,
                    {agent_role: [agent], patient_role: [patient]},
                    view,
                    ts,
                    te,
                    trig,
                    confidence_of(agent, patient),
                )
                if trig.cls == "stake":
                    ev.cues.append("stake")
                events.append(ev)
        elif trig.frame == "sell":
            for buyer, target, seller in sell(view, ts, te, trig):
                roles = {"acquirer": [buyer], "target": [target]} | ({"seller": [seller]} if seller else {})
                events.append(
                    make_event("acquisition", roles, view, ts, te, trig, confidence_of(buyer, target))
                )
        elif trig.frame == "merge":
            for parties in merge(view, ts, te, trig):
                events.append(
                    make_event(trig.type, {"parties": parties}, view, ts, te, trig, confidence_of(*parties))
                )
        elif trig.frame == "join":
            for person, org, other, predecessor in join(view, ts, te, trig):
                if trig.type == "hire" and org is None and other is not None:
                    # a move away from ``other`` to an employer not named: a departure
                    left = {"person": [person], "org": [other]}
                    events.append(
                        make_event("departure", left, view, ts, te, trig, confidence_of(person, other))
                    )
                    continue
                roles = {"person": [person], "org": [org] if org else []}
                side = "from_org" if trig.type == "hire" else "to_org"
                if other is not None:
                    roles[side] = [other]
                events.append(make_event(trig.type, roles, view, ts, te, trig, confidence_of(person, org)))
                if trig.spec.get("move") or (trig.type == "hire" and other is not None):
                    # "wechselt zu", "jumped to", "joins from X": a move between employers
                    events[-1].cues.append("move")
                goes = other is not None and view.prep_before(other) in lex.destination_preps | lex.to_preps
                if trig.type == "departure" and other is not None and (goes or trig.spec.get("move")):
                    # "leaving for X", "Wechsel zum X": and joins X
                    joining = {"person": [person], "org": [other]} | ({"from_org": [org]} if org else {})
                    events.append(
                        make_event("hire", joining, view, ts, te, trig, confidence_of(person, other))
                    )
                heir = _heir(view, te, frozenset(trig.spec.get("handover_preps", ())), person)
                if org is not None and heir is not None:  # "übergibt die Geschäftsführung an P": P comes in
                    joining = {"person": [heir], "org": [org]}
                    events.append(make_event("hire", joining, view, ts, te, trig, confidence_of(heir, org)))
                if org is not None and predecessor is not None:
                    leaving = {"person": [predecessor], "org": [org]}
                    score = confidence_of(predecessor, org)
                    events.append(make_event("departure", leaving, view, ts, te, trig, score))
        elif trig.frame == "poach":
            for poacher, source, lured in poach(view, ts, te, trig):
                roles = {"poacher": [poacher], "source": [source]} | ({"person": [lured]} if lured else {})
                events.append(
                    make_event("poaching", roles, view, ts, te, trig, confidence_of(poacher, source))
                )
                if lured is not None:  # "X poached P from Y": P joined X and left Y
                    # "X hat dem Rivalen Y P abgeworben": the verb read as a hire took Y for the employer
                    events = [e for e in events if not _hired_at(e, lured, source)]
                    hire = {"person": [lured], "org": [poacher], "from_org": [source]}
                    events.append(make_event("hire", hire, view, ts, te, trig, confidence_of(lured, poacher)))
                    left = {"person": [lured], "org": [source], "to_org": [poacher]}
                    events.append(
                        make_event("departure", left, view, ts, te, trig, confidence_of(lured, source))
                    )
        elif trig.frame == "talks":
            for etype, agent, other in talks(view, ts, te, analysis):
                roles = talk_roles(etype, agent, other)
                events.append(make_event(etype, roles, view, ts, te, trig, confidence_of(agent, other) - 0.1))
    return _without_regulators(events, lex)
