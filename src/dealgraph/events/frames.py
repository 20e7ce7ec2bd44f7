"""Triggers and their arguments: which names of a sentence play which role.

There is no parser; roles come from word order, prepositions and voice, which carry
most of the argument structure of news sentences in English and German:
"A acquires B", "B was acquired by A", "A's purchase of B", "die Übernahme von B durch
A", "dass A B kauft" (verb last: the first name is the buyer), "P stößt zu A".
"""

from __future__ import annotations

from functools import cache

from ..model import Analysis, Event, Mention
from ..schema import EVENT_TYPES
from .arguments import (
    apposed_name,
    apposed_relative_head,
    apposed_subject,
    formerly,
    group_with,
    is_passive,
    joined_by_and,
    name_after,
    name_after_prep,
    name_before,
    nearest_group,
    of_governing_body,
    owns,
    possessor,
    relative_opener,
    subject_fallback,
    title_between,
)
from .lexicon import EventLexicon, Trigger, event_lexicon
from .positions import as_person, topic_org
from .triggers import find_triggers
from .view import SentenceView, sentence_view

Span = tuple[int, int]


def _size_only(view: SentenceView, start: int, end: int) -> bool:
    """Only a size stands between ("of about 6%", "von rund 25 Prozent")?"""
    sizes = view.lex.size_words
    return all(view.word(k)[:1].isdigit() or view.word(k) in sizes for k in range(start, end))


def _reduced_relative_head(view: SentenceView, agent: Mention) -> Mention | None:
    """ "Excluding X, the Israeli firewall maker Y bought in May, ...": the name before the comma
    that opens the description ending in the buyer is what was bought."""
    k = agent.tok_start - 1
    while k > view.first and view.word(k) not in (",", ";", ".") and agent.tok_start - k <= 6:
        k -= 1
    if view.word(k) != "," or view.word(k + 1) not in view.lex.determiners:
        return None
    if any(
        view.a.tokens[j].text[:1].isupper() and not view.mlex.is_place_adjective(view.a.tokens[j].text)
        for j in range(k + 2, agent.tok_start)
    ):
        return None  # only an article and plain words describe the bought company
    return next((m for m in view.orgs if m.tok_end == k and m.entity is not agent.entity), None)


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
    if trig.cls == "verb" and view.word(ts - 1) == "-":  # "Lowell Capital-backed Pryor Dental": a compound
        agent = next((m for m in orgs if m.tok_end == ts - 1), None)
        patient = next((m for m in orgs if m.tok_start == te), None)
        return [(agent, patient)] if agent is not None and patient is not None else []
    if trig.cls == "verb":
        if is_passive(view, ts, te, lo, hi):
            agent = name_after_prep(view, orgs, lex.agent_preps, lo, hi, set())
            exclude = {id(agent)} if agent else set()
            first = name_before(view, orgs, ts, lo, exclude)
            if first is None:  # "X, which was bought by Y"
                first = next((m for m in view.relative_head(lo, orgs) if id(m) not in exclude), None)
            patients = [first] if first else []
        elif (relative := _relative_subject(view, ts, lo, orgs)) is not None:
            agent, patients = relative  # "Bauklotz, der 2021 den Hersteller Legespiel übernommen hatte"
        else:
            preps = frozenset(trig.spec.get("patient_preps", ()))
            agent = name_before(view, orgs, ts, lo, set()) or apposed_relative_head(view, lo)
            agent = agent or subject_fallback(view, ts, lo)
            if agent is None and lex.verb_final:
                # "Dafür übernimmt er den Chipdesigner X": the subject right after the verb
                agent = next(
                    (
                        m
                        for m in orgs
                        if m.tok_start == te
                        or (
                            m.tok_start == te + 1
                            and view.word(te) in lex.determiners - lex.accusative_articles
                        )
                    ),
                    None,
                )
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
                if len(before) >= 2 and unbound:
                    agent, first = before[0], unbound[-1]  # "hat die Marke B von der C übernommen"
            if first is None and agent is not None and not lex.verb_final:
                first = _after_colon(view, orgs, te)  # "has acquired three firms this year: A, B and C"
            if first is None and agent is not None and not lex.verb_final:
                first = _reduced_relative_head(view, agent)  # "X, the firewall maker Y bought in May"
            if first is None and agent is not None and agent.tok_start == lo and not lex.verb_final:
                heads = view.relative_head(lo, orgs)  # "X, which Y acquired in 2022"
                first = heads[-1] if heads and heads[-1].entity.key != agent.entity.key else None
            if (
                first is not None
                and trig.spec.get("needs_money")
                and not _names_money(view, te, first.tok_start)
            ):
                first = None  # "offered data plans for X" is no takeover offer; "offered $5bn for X" is
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
        patient = name_after_prep(view, orgs, patient_preps, te, min(hi, te + 12), set())
        if (
            patient is not None
            and trig.spec.get("size_between")
            and not _size_only(view, te, patient.tok_start - 1)
        ):
            return []  # "a stake of about 6% in X", not "the Disney stake ranked 13th in X's portfolio"
        patient = patient or _described_object(view, patient_preps, te, hi)
        if trig.spec.get("patient_preps_only") and patient is None:
            return []
        if trig.spec.get("needs_money") and not _names_money(view, lo, te):
            return []  # "a $25 million round in Y", but not "the first round of talks"
        if patient is None and trig.cls == "offer":
            patient = name_before(view, orgs, ts, lo, set())
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
        if patient is None and trig.cls == "noun":  # "hat sich mit X auf eine Übernahme geeinigt"
            patient = name_after_prep(view, orgs, lex.with_preps, lo, ts, set())
        if patient is None:
            return []
        patient = apposed_name(view, patient)
        patients = view.coordinated(patient, orgs, hi)
        exclude = {id(m) for m in patients}  # "the acquisitions of A, B and C": none of them bought
        preps = lex.offer_agent_preps if trig.cls == "offer" else lex.noun_agent_preps
        if trig.spec.get("genitive_agent"):
            preps = preps | lex.object_preps
        agent = name_after_prep(view, orgs, preps, lo, hi, exclude) if trig.cls == "offer" else None
        agent = agent or name_after_prep(view, orgs, preps, te, hi, exclude) or possessor(view, ts, exclude)
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
    if agent is None:
        return []
    if agent.kind == "person" and _takes_post(view, te):
        return []  # "Finanzvorstand P übernimmt kommissarisch die Führung": a post, not a company
    if trig.cls == "stake" and any(view.word(k) in lex.disposal_words for k in range(lo, hi)):
        return []  # "selling its stake in X", "X's stake in Y declined": no purchase
    # "A and B, which agreed to buy C": every buyer the relative clause hangs on
    heads = view.relative_head(lo, orgs)
    agents = heads if agent in heads else [agent]
    if trig.cls == "offer" and agent.tok_start >= te:  # "interest from Blackstone and Brookfield"
        agents = [m for m in view.coordinated(agent, orgs, hi) if m not in patients]
    for p in patients:
        # "buying Fox shares", "a Buy rating on X": securities of a company, not the company
        if view.word(p.tok_end) in lex.not_acquired or view.word(ts + 1) in lex.not_acquired:
            continue
        if any(view.word(k) in lex.not_acquired_object for k in range(te, p.tok_start)):
            continue  # "acquired the assets of X"
        if view.word(p.tok_end) in lex.possessives and any(
            view.word(k) in lex.not_acquired or view.word(k) in lex.not_acquired_object
            for k in range(p.tok_end + 1, p.tok_end + 7)
        ):
            continue  # "bought Venezuela's state oil-company bonds"
        pairs.extend((a, p) for a in agents if p.entity is not a.entity)
    return pairs


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


def _round_of(view: SentenceView, te: int, hi: int, exclude: set[int]) -> Mention | None:
    """The company whose funding round is named after the verb ("an der Runde des Start-ups Y")."""
    lex = view.lex
    k = next((k for k in range(te, hi) if view.word(k) in lex.round_words), None)
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
        if word[:1].isdigit() or word in ("$", "€", "£"):
            amount = True
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
        seller = next(
            (m for m in view.orgs if lo <= m.tok_start < ts and view.prep_before(m) is None), seller
        )
    exclude = {id(buyer)} | ({id(seller)} if seller else set())
    target = next(
        (
            m
            for m in view.orgs
            # the thing sold is the object, before "to <buyer>" / "an <Käufer>" ("Beteiligung an X")
            if start <= m.tok_start < buyer.tok_start
            and id(m) not in exclude
            and (view.prep_before(m) is None or (m in buyers and m is not buyer) or _stake_in(view, m))
            and not (seller is not None and (m.tok_start < seller.tok_end or m.entity is seller.entity))
        ),
        None,
    )
    if target is None or seller is None:
        return []
    targets = [t for t in view.coordinated(target, view.orgs, buyer.tok_start) if id(t) not in exclude]
    if any(len({buyer.entity.key, t.entity.key, seller.entity.key}) < 3 for t in targets):
        return []
    return [(buyer, t, seller) for t in targets]


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
    if buyer is None or any(view.word(k) in view.lex.not_acquired for k in range(te, buyer.tok_start)):
        return []
    owner = possessor(view, ts, {id(buyer)})
    sold = name_after_prep(view, view.orgs, view.lex.object_preps, te, buyer.tok_start, {id(buyer)})
    if sold is None:  # "den Verkauf seiner Sparte X an Y": a genitive after a possessive
        sold = next(
            (
                m
                for m in view.orgs
                if te < m.tok_start < buyer.tok_start
                and m.tok_start - te <= 6  # "the sale of its consumer lending unit, X, to Y"
                and view.word(te) in view.lex.possessives | view.lex.determiners
            ),
            None,
        )
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


def raise_frame(view: SentenceView, ts: int, te: int, trig: Trigger) -> list[tuple[Mention, Mention]]:
    """(investor, investee) of "X raised $5m from Y" and "X hat 5 Mio. von Y erhalten" (the
    investors stand before a German verb at the clause end)."""
    lo, hi = view.clause(ts, te)
    if trig.spec.get("needs_money") and not _names_money(view, lo, max(hi, te + 8)):
        return []  # "hat das Okay der Wettbewerbshüter erhalten": no funding without a sum
    context = trig.spec.get("context_words")
    if context and not set(context).intersection(view.words):
        return []  # "closed its takeover after approval from X": "closed" raises money only in a round
    preps = frozenset(w for p in trig.spec.get("agent_preps", ()) for w in p.split()[-1:])
    start = lo if view.lex.verb_final else te
    first = name_after_prep(view, view.orgs, preps, start, view.end, set())
    if first is None:
        raiser = name_before(view, view.orgs, ts, lo, set()) or apposed_subject(view, ts)
        if raiser is not None:  # "X has raised $45m in a Series B round." (the investors follow)
            toks = view.a.tokens  # who raised, and the verb the round's status is read from
            view.a.cache[("raised", view.index)] = (raiser, (toks[ts].start, toks[te - 1].end))
        return []
    investors = view.coordinated(first, view.orgs, view.end)
    for m in view.orgs:  # "led by A, with participation from B and C"
        if m.tok_start > investors[-1].tok_end and m not in investors and view.prep_before(m, preps) in preps:
            between = view.words[investors[-1].tok_end - view.first : m.tok_start - view.first]
            if view.lex.reporting_verbs.intersection(between):
                break  # "..., according to a term sheet seen by Axios": the source, not an investor
            investors.extend(view.coordinated(m, view.orgs, view.end))
    taken = {id(m) for m in investors}
    investee = _invested_in(view, lo, ts, taken) if trig.cls == "noun" else None
    investee = investee or name_before(view, view.orgs, ts, lo, taken) or apposed_subject(view, ts)
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


def _names_money(view: SentenceView, lo: int, hi: int) -> bool:
    words = view.words[lo - view.first : hi - view.first]
    return any(w.rstrip(".") in view.lex.money_words or w[:1] in "$€£" for w in words)


def merge(view: SentenceView, ts: int, te: int, trig: Trigger) -> list[list[Mention]]:
    lo, hi = view.clause(ts, te)
    lex = view.lex
    parties: list[Mention] = []
    between = nearest_group(view, lex.between_preps, ts, te, lo, hi, view.orgs)
    if len({m.entity.key for m in between}) >= 2:
        return [between]  # "Fusion zwischen A und B": exactly these two
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
    if not left:  # "X, a London startup that ..., has signed a partnership with Y"
        subject = apposed_subject(view, ts)
        left = [subject] if subject is not None else []
    elif len(left) == 1:  # "A und die B fusionieren": B stands by the verb, A is coordinated with it
        group = group_with(view, left[0], lo, ts)
        if len(group) > 1 and joined_by_and(view, group):
            left = group
    if left:
        group = view.coordinated(left[0], view.orgs, ts) if len(left) > 1 else left[:1]
        if len(group) > 1 and not joined_by_and(view, group):
            group = group[-1:]  # "DOJ antitrust chief, Makan Delrahim": an apposition, not two parties
        parties.extend(group)
    with_only = trig.spec.get("requires_with") or trig.spec.get("partner_with_only")
    preps = lex.with_preps if with_only else lex.with_preps | lex.object_preps
    preps = preps | partner_preps  # "a merger proposal from X"
    # the partner follows the trigger, except before a German verb at the clause end ("mit X fusionieren")
    start = lo if lex.verb_final and trig.cls == "verb" else te
    first = name_after_prep(view, view.orgs, preps, start, hi, {id(m) for m in parties})
    if first is None and trig.spec.get("requires_with"):
        return []
    if first is not None:
        parties.extend(view.coordinated(first, view.orgs, hi))
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


def _genitive_of(view: SentenceView, m: Mention, lo: int) -> bool:
    """Does a genitive article govern the name inside its clause ("Forscher des Konkurrenten Y")?"""
    k = m.tok_start - 1
    while k > lo and k >= m.tok_start - 3 and view.mlex.is_org_head(view.a.tokens[k].text):
        k -= 1
    return k > lo and view.word(k) in view.lex.genitive_articles


def _genitive_party(view: SentenceView, te: int) -> Mention | None:
    """The name a German genitive hangs on a deal noun: "Fusion der (beiden Versorger) A"."""
    lex = view.lex
    if not lex.verb_final:
        return None
    for m in view.orgs:
        if te < m.tok_start <= te + 3:
            between = [view.word(k) for k in range(te, m.tok_start)]
            if between[0] in lex.genitive_articles and all(
                w in lex.genitive_articles or w in lex.pair_words or view.mlex.is_org_head(w) for w in between
            ):
                return m
    return None


def join(
    view: SentenceView, ts: int, te: int, trig: Trigger
) -> list[tuple[Mention, Mention | None, Mention | None, Mention | None]]:
    """(person, org, other org, person succeeded) for hires and departures."""
    lo, hi = view.clause(ts, te)
    lex = view.lex
    prev_word = view.a.tokens[ts - 1].text if ts > view.first else ""
    if (
        trig.spec.get("not_after_nouns")
        and prev_word.islower()
        and view.mlex.is_org_head(prev_word)
        and not any(m.tok_end == ts for m in view.mentions)  # "the company hired P": the subject
    ):
        return []  # "a public company named Clearwell": called, not appointed
    if trig.spec.get("post_object") and not _takes_post(view, te):
        return []  # "übernimmt die Führung der X" joins X; "übernimmt X" buys it
    order = trig.spec.get("order", "person_org")
    passive = order == "org_person" and is_passive(view, ts, te, lo, hi)
    persons: list[Mention] = []
    org: Mention | None = None
    people = view.persons
    if order == "org_person" and not passive:
        org = name_before(view, view.orgs, ts, lo, set()) or apposed_subject(view, ts)
        if org is not None and _genitive_of(view, org, lo):
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
        if first is None and lex.verb_final:
            # "Der Aufsichtsrat der X hat P zum Vorstandschef ernannt": the person before the verb,
            # the company wherever it stands before the person
            first = next((m for m in reversed(people) if lo <= m.tok_start and m.tok_end <= ts), None)
            if first is not None and org is None:
                org = next((m for m in view.orgs if lo <= m.tok_start and m.tok_end <= ts), None)
        persons = view.coordinated(first, people, hi) if first else []
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
    swapped = _passive_succession(view, ts, te, trig)
    if swapped is not None:  # "P will be replaced by Q": Q is the one hired
        persons = [swapped[0]]
    if trig.type == "hire" and org is not None and view.prep_before(org) in lex.from_preps - lex.org_preps:
        # "She joins from X": X is where she comes from; she joins the company the article is about
        topic = topic_org(view.a, view.index)
        earlier = topic is not None and topic.sent < view.index and topic.entity.key != org.entity.key
        org = topic if earlier else (_speaker(view, persons[0]) if persons else None)
    if not persons:
        return []
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
    if org is not None and view.word(ts) in adjacent and org.tok_start - te > 2:
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
    if org is None and trig.spec.get("org_fallback_topic"):
        # "P succeeded Q", "P folgt auf Q": a successor joins the company the article is about
        successor_of = name_after(view, view.mentions, te, hi, {id(p) for p in persons})
        if successor_of is not None or swapped is not None:
            org = topic_org(view.a, view.index)
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
    if other is not None and other.entity is org.entity:
        other = None
    found: list[tuple[Mention, Mention | None, Mention | None, Mention | None]] = []
    for p in persons:  # "P will succeed Q as CEO of X", "P will be replaced by Q": Q leaves X
        predecessor = swapped[1] if swapped else None
        if trig.spec.get("predecessor_preps"):  # "folgt P zum 1. Juli auf Q": only with "auf Q"
            preps = trig.spec["predecessor_preps"]
            predecessor = next(
                (m for m in view.persons if te < m.tok_start < hi and view.word(m.tok_start - 1) in preps),
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
    left = [m for m in people if lo <= m.tok_start and m.tok_end <= ts and view.prep_before(m) is None]
    # "P said more insurers could join": the one speaking is not the one moving
    left = [
        m
        for m in left
        if not lex.reporting_verbs.intersection(view.words[m.tok_end - view.first : ts - view.first])
    ]
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
        # "P is leaving X after nine years to become CEO of Y": the main clause's subject
        left = [m for m in people if m.tok_end <= ts and view.prep_before(m) is None][:1]
    if not left and lex.verb_final and not trig.spec.get("needs_person_object"):
        # "Wie mitgeteilt wurde, legt P sein Amt nieder" (not "folgt auf P": P is succeeded)
        titled = te + 1 if title_between(view, te, te + 1) else te  # "scheidet Finanzvorstand P aus"
        left = [m for m in people if m.tok_start in (te, titled)]

    if lex.verb_final and not left and not trig.spec.get("needs_person_object"):
        # "Zum 1. Januar stößt der Mannheimer Ökonom Q zum Vorstand": subjects described after the verb
        first = next((m for m in people if te < m.tok_start <= te + 4 and view.prep_before(m) is None), None)
        if first is not None and not any(view.word(k) in (",", ";", ":") for k in range(te, first.tok_start)):
            left = left + [m for m in view.coordinated(first, people, hi) if m not in left]
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
    if not trig.spec.get("org_prep_only") and not trig.spec.get("org_fallback_topic"):
        # "verlässt den Chipkonzern X und wird Chefin des Y", "is joining X as Head of Product":
        # the object comes first
        # after the subject when it follows the verb: "verlässt Marketingchefin P den Hersteller X"
        after = max([te] + [p.tok_end for p in persons if p.tok_start >= te])
        org = next(
            (m for m in view.orgs if after <= m.tok_start <= after + 3 and view.prep_before(m) is None), None
        )
    # "She succeeds P, who is retiring after two decades at the lender": not her employer
    own_hi = next((k for k in range(te + 1, hi) if view.opens_relative(k)), hi)
    org = org or replacing or name_after_prep(view, view.orgs, preps, te, own_hi, set())
    opener = relative_opener(view, ts, lo) if org is None and view.lex.verb_final else None
    if opener is not None:  # "P, die zum Rückversicherer X wechselt": the verb closes P's relative clause
        org = name_after_prep(view, view.orgs, preps, opener, ts, set())
    if org is None and nominal is not None:  # "Der Aufsichtsrat der X hat die Berufung von P beschlossen"
        org = name_before(view, view.orgs, ts, lo, set())
    if org is None and not trig.spec.get("org_prep_only") and not trig.spec.get("org_fallback_topic"):
        org = name_after(view, view.orgs, te, own_hi, set())  # not "succeeds Keith": the one succeeded
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
            ),
            None,
        )
    if org is None and trig.type == "hire":  # "wechselt in den Vorstand der X", "moves to the board of X"
        org = _title_owner(view, te, own_hi)
    if org is None and trig.type == "hire" and persons:
        org = _speaker(view, persons[0])
    return org or _stated_by(view, te)


def _takes_post(view: SentenceView, te: int) -> bool:
    """Does a post follow the verb ("übernimmt kommissarisch die Führung", "das Personalressort")?"""
    posts = view.lex.role_nouns
    return bool(posts) and any(view.word(k).endswith(posts) for k in range(te, min(view.end, te + 8)))


def _titled_object(view: SentenceView, te: int, person: Mention) -> bool:
    """Only a possessive and a post stand between the verb and the person ("its design chief P")."""
    between = range(te, person.tok_start)
    return (
        len(between) <= 6
        and not any(view.word(k) in (",", ";", ".") for k in between)
        and not any(te <= m.tok_start < person.tok_start for m in view.orgs)
        and any(view.mlex.is_title(view.a.tokens[k].text) for k in between)
    )


def _title_owner(view: SentenceView, te: int, hi: int) -> Mention | None:
    """The company whose post follows the verb: "in den Vorstand der X", "as chief executive of X"."""
    of_words = view.lex.symbols["of"]
    for m in view.orgs:
        if not te < m.tok_start < min(hi, te + 10):
            continue
        k = m.tok_start - 1
        while k > te + 1:
            if (view.word(k),) in of_words and view.mlex.is_title(view.a.tokens[k - 1].text):
                return m
            if view.mlex.is_title(view.a.tokens[k].text) or not (
                view.word(k) in view.lex.determiners or view.head_like(k)
            ):
                break
            k -= 1  # "der Direktbank X": past the article and trade noun
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


def _speaker(view: SentenceView, person: Mention) -> Mention | None:
    """ "X said P will join as CFO": the company that speaks before the person is the one joined."""
    say = next(
        (k for k in range(view.first, person.tok_start) if view.word(k) in view.lex.reporting_verbs), None
    )
    if say is None:
        return None
    return next((m for m in view.orgs if m.tok_end == say and view.prep_before(m) is None), None)


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
    # "hired 20 engineers from Y" is poaching, "hired P from Y" a hire
    staff_named = any(view.word(k) in talent for k in range(te, min(hi, te + 6)))
    compounds = tuple(t for t in talent if len(t) >= 6)  # "Softwareentwickler", "KI-Forscherin"
    if trig.spec.get("talent_only") and (person is not None or not staff_named):
        return []
    including = next((k for k in range(te, view.end) if view.word(k) in view.lex.including_words), None)
    if person is None and including is not None:  # "hat drei Forscher abgeworben, darunter dessen Chef P"
        person = next((m for m in view.persons if including < m.tok_start <= including + 4), None)
    if person is None and not any(
        w in talent or w.split("-")[-1] in talent or w.endswith(compounds)
        for w in view.words[lo - view.first : hi - view.first]
    ):
        return []  # luring customers or investors is no poaching

    source_preps = view.lex.from_preps | view.lex.object_preps | frozenset(trig.spec.get("source_preps", ()))
    source = name_after_prep(view, view.orgs, source_preps, lo, hi, set())
    if source is None:  # "lure X's top researchers"
        source = next(
            (m for m in view.orgs if te <= m.tok_start < hi and view.word(m.tok_end) in ("'s", "’s")), None
        )
    if source is None:
        return []
    poacher = name_before(view, view.orgs, ts, lo, {id(source)}) or name_before(
        view, view.orgs, ts, view.first, {id(source)}
    )
    if poacher is None or poacher.entity is source.entity:
        return []
    return [(poacher, source, person)]


def talks_type(view: SentenceView, analysis: Analysis) -> str | None:
    """The kind of deal talked about: the highest-priority deal word nearby or in the title."""
    lex = view.lex
    found: set[str] = set()
    for index in (view.index, view.index - 1, view.index - 2):
        if index < 0:
            continue
        sent = analysis.sentences[index]
        words = {t.text.casefold() for t in analysis.tokens[sent.first_token : sent.end_token]}
        for etype, vocab in lex.type_words.items():
            if words & vocab or (lex.verb_final and any(w.endswith(_long(vocab)) for w in words)):
                found.add(etype)  # German compounds too: "Minderheitsbeteiligung"
        if found:
            break
    if not found and analysis.doc.title:
        words = set(analysis.doc.title.casefold().replace("-", " ").split())
        found = {t for t, vocab in lex.type_words.items() if words & vocab}
    return next((t for t in lex.type_priority if t in found), None)


def _investor_like(view: SentenceView, m: Mention) -> bool:
    """Is the name an investor's ("Huaxin Capital", "dem Investor X")?"""
    words = view.lex.investor_words
    return m.text.split()[-1].casefold() in words or view.word(m.tok_start - 1) in words


@cache
def _long(vocab: frozenset[str]) -> tuple[str, ...]:
    """The words of a vocabulary long enough to end a compound ("beteiligung", not "kauf")."""
    return tuple(w for w in vocab if len(w) >= 8)


def talks(view: SentenceView, ts: int, te: int, analysis: Analysis) -> list[tuple[str, Mention, Mention]]:
    lo, hi = view.clause(ts, te)
    lex = view.lex
    if any(view.word(k) in lex.talks_attribution for k in range(ts - 3, ts)):
        return []  # "people familiar with the discussions": who speaks, not a negotiation
    counterparts = nearest_group(view, lex.with_preps, ts, te, lo, hi, view.orgs)
    if not counterparts and view.word(ts) in lex.talks_object_verbs:
        courted = next((m for m in view.orgs if te <= m.tok_start <= te + 4), None)  # "approached rival X"
        counterparts = [courted] if courted is not None and view.prep_before(courted) is None else []
    agent: Mention | None = None
    between_found = False
    if not counterparts:  # "talks between A and B", "A and B have entered negotiations"
        between = nearest_group(view, lex.between_preps, ts, te, lo, hi, view.orgs)
        if len({m.entity.key for m in between}) < 2:
            subject = name_before(view, view.orgs, ts, lo, set())
            between = group_with(view, subject, lo, ts) if subject is not None else []
            if len(between) < 2 or not joined_by_and(view, between):
                between = []  # "A and B have entered negotiations", not "A, der von B ..."
        if len({m.entity.key for m in between}) < 2:
            return []
        agent, counterparts, between_found = between[0], between[1:], True
    ids = {id(m) for m in counterparts}
    agent = (
        agent
        or name_before(view, view.orgs, ts, lo, ids)
        or next(
            (
                m
                for m in view.orgs
                if id(m) not in ids and view.prep_before(m) is None and lo <= m.tok_start < hi
            ),
            None,
        )
    )
    side_by_side = agent is None and len({m.entity.key for m in counterparts}) >= 2
    if side_by_side:
        agent, counterparts = counterparts[0], counterparts[1:]  # "Gespräche zwischen A und B"
    etype = talks_type(view, analysis)
    if agent is None or etype is None:
        return []
    if (side_by_side or between_found) and not EVENT_TYPES[etype].multi_party:
        # "talks between A and B over an investment": the investor is the one named as such
        both = [agent, *counterparts]
        buyers = [m for m in both if _investor_like(view, m)]
        if len(buyers) == 1:
            agent, counterparts = buyers[0], [m for m in both if m is not buyers[0]]
        elif etype != "acquisition":
            return []  # the buyer of a takeover is named first; who funds whom is not told
    funded = etype == "investment" and any(
        view.word(k) in lex.raise_words for k in range(te, min(hi, te + 3))
    )
    if funded:  # "X is in talks to raise money, with Y expected to lead": Y invests in X
        return [(etype, c, agent) for c in counterparts if c.entity is not agent.entity]
    return [(etype, agent, c) for c in counterparts if c.entity is not agent.entity]


def _event(
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
        status="in_talks" if trig.spec.get("status") == "in_talks" else None,
        confidence=confidence,
        evidence=(view.sent.start, view.sent.end),
        trigger_class=trig.cls,
        cues=[f"trigger:{view.a.text[toks[ts].start : toks[te - 1].end]}"],
    )


def _confidence(*mentions: Mention | None) -> float:
    score = 0.9
    for m in mentions:
        if m is None:
            continue
        if m.source == "candidate":
            score -= 0.15
        elif m.source == "coref":
            score -= 0.1
    return round(max(score, 0.3), 2)


def sentence_events(analysis: Analysis, index: int) -> list[Event]:
    lex: EventLexicon = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    if not view.mentions:
        return []
    events: list[Event] = []
    for ts, te, trig in find_triggers(view):
        if trig.frame in ("transfer", "raise"):
            pairs = (
                transfer(view, ts, te, trig) if trig.frame == "transfer" else raise_frame(view, ts, te, trig)
            )
            agent_role, patient_role = EVENT_TYPES[trig.type].key_roles
            for agent, patient in pairs:
                ev = _event(
                    trig.type,
                    {agent_role: [agent], patient_role: [patient]},
                    view,
                    ts,
                    te,
                    trig,
                    _confidence(agent, patient),
                )
                if trig.cls == "stake":
                    ev.cues.append("stake")
                events.append(ev)
        elif trig.frame == "sell":
            for buyer, target, seller in sell(view, ts, te, trig):
                roles = {"acquirer": [buyer], "target": [target]} | ({"seller": [seller]} if seller else {})
                events.append(_event("acquisition", roles, view, ts, te, trig, _confidence(buyer, target)))
        elif trig.frame == "merge":
            for parties in merge(view, ts, te, trig):
                events.append(
                    _event(trig.type, {"parties": parties}, view, ts, te, trig, _confidence(*parties))
                )
        elif trig.frame == "join":
            for person, org, other, predecessor in join(view, ts, te, trig):
                if trig.type == "hire" and org is None and other is not None:
                    # a move away from ``other`` to an employer not named: a departure
                    left = {"person": [person], "org": [other]}
                    events.append(_event("departure", left, view, ts, te, trig, _confidence(person, other)))
                    continue
                roles = {"person": [person], "org": [org] if org else []}
                side = "from_org" if trig.type == "hire" else "to_org"
                if other is not None:
                    roles[side] = [other]
                events.append(_event(trig.type, roles, view, ts, te, trig, _confidence(person, org)))
                if trig.spec.get("move") or (trig.type == "hire" and other is not None):
                    # "wechselt zu", "jumped to", "joins from X": a move between employers
                    events[-1].cues.append("move")
                goes = other is not None and view.prep_before(other) in lex.destination_preps | lex.to_preps
                if trig.type == "departure" and other is not None and (goes or trig.spec.get("move")):
                    # "leaving for X", "Wechsel zum X": and joins X
                    joining = {"person": [person], "org": [other]} | ({"from_org": [org]} if org else {})
                    events.append(_event("hire", joining, view, ts, te, trig, _confidence(person, other)))
                if org is not None and predecessor is not None:
                    leaving = {"person": [predecessor], "org": [org]}
                    score = _confidence(predecessor, org)
                    events.append(_event("departure", leaving, view, ts, te, trig, score))
        elif trig.frame == "poach":
            for poacher, source, lured in poach(view, ts, te, trig):
                roles = {"poacher": [poacher], "source": [source]} | ({"person": [lured]} if lured else {})
                events.append(_event("poaching", roles, view, ts, te, trig, _confidence(poacher, source)))
                if lured is not None:  # "X poached P from Y": P joined X and left Y
                    hire = {"person": [lured], "org": [poacher], "from_org": [source]}
                    events.append(_event("hire", hire, view, ts, te, trig, _confidence(lured, poacher)))
                    left = {"person": [lured], "org": [source], "to_org": [poacher]}
                    events.append(_event("departure", left, view, ts, te, trig, _confidence(lured, source)))
        elif trig.frame == "talks":
            for etype, agent, other in talks(view, ts, te, analysis):
                roles = _talk_roles(etype, agent, other)
                events.append(_event(etype, roles, view, ts, te, trig, _confidence(agent, other) - 0.1))
    return events


def _passive_succession(
    view: SentenceView, ts: int, te: int, trig: Trigger
) -> tuple[Mention, Mention] | None:
    """(successor, predecessor) of "P will be replaced by Q" / "P wird von Q abgelöst"."""
    if not trig.spec.get("org_fallback_topic") or view.word(te) not in view.lex.agent_preps:
        return None
    after = next((m for m in view.persons if te < m.tok_start <= te + 2), None)
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


def _talk_roles(etype: str, agent: Mention, other: Mention) -> dict[str, list[Mention]]:
    spec = EVENT_TYPES[etype]
    if spec.multi_party:
        return {"parties": [agent, other]}
    first, second = spec.key_roles
    return {first: [agent], second: [other]}


def round_followup(analysis: Analysis, index: int, investee: Mention, since: int) -> list[Event]:
    """ "The round was led by X, with participation from Y", "Angeführt wurde die Runde von X":
    the investors of a round told of in sentence ``since``, in which ``investee`` raised money."""
    lex = event_lexicon(analysis.lang)
    view = sentence_view(analysis, index, lex)
    cue = next((k for k in range(view.first, view.end) if view.word(k) in lex.round_words), None)
    if cue is None:
        return []
    genitive = lex.object_preps - lex.agent_preps - lex.from_preps  # "der Wagniskapitalarm der X, Y"
    toks = analysis.tokens
    events = []
    for m in view.orgs:
        if m.entity is investee.entity or m.source == "coref" or view.prep_before(m) in genitive:
            continue
        if m.tok_start <= cue < m.tok_end:
            continue  # "Backers include X": the cue word opening the sentence is no investor
        if view.word(m.tok_end) == "-":
            continue  # "Die Series-B-Runde": a name inside a compound noun is no investor
        events.append(
            Event(
                type="investment",
                roles={"investor": [m], "investee": [investee]},
                sent=index,
                trigger=(toks[cue].start, toks[cue].end),
                confidence=_confidence(m, investee) - 0.1,
                evidence=(analysis.sentences[since].start, view.sent.end),
                trigger_class="verb",
                cues=[f"trigger:{toks[cue].text}", "round"],
            )
        )
    return events
