"""The events lexicon of one language: triggers, prepositions and status cues."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ..lexicons import load
from ..text.phrases import PhraseIndex, words_of

Phrase = tuple[str, ...]


def phrases(items: list[str]) -> frozenset[Phrase]:
    return frozenset(words_of(p) for p in items)


@dataclass(frozen=True)
class Trigger:
    type: str  # an event type of schema.EVENT_TYPES, "talks" (type read from context) or "none"
    # transfer | raise | merge | join | poach | talks, or none: a phrase that looks like a trigger
    # and states no event ("leave of absence"), matched so that its words trigger nothing else
    frame: str
    cls: str  # verb | noun | stake
    spec: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class EventLexicon:
    """Compiled events lexicon. ``gerund``/``participle`` affixes are empty tuples where a
    language has none; ``str.endswith(())`` is then always false."""

    lang: str
    triggers: dict[Phrase, list[Trigger]]
    suffix_nouns: tuple[tuple[str, Trigger], ...]  # German compounds ending in a trigger noun
    max_len: int
    type_words: dict[str, frozenset[str]]
    type_priority: tuple[str, ...]
    agent_preps: frozenset[str]
    object_preps: frozenset[str]
    with_preps: frozenset[str]
    from_preps: frozenset[str]
    to_preps: frozenset[str]
    org_preps: frozenset[str]
    workplace_preps: frozenset[str]  # "bei X", "at X": where somebody works, not whose or whither
    prepositions: frozenset[str]
    determiners: frozenset[str]
    passive_aux: frozenset[Phrase]
    clause_breaks: frozenset[str]
    cues: dict[str, frozenset[Phrase]]
    negations: frozenset[str]
    negation_exceptions: frozenset[Phrase]
    status_priority: tuple[str, ...]
    symbols: dict[str, frozenset[Phrase]]
    not_acquired: frozenset[str]
    not_acquired_object: frozenset[str]  # "acquired the assets of X": anywhere in the object
    perfect_aux: frozenset[str]  # "hat ... verkauft": a participle, not the present tense
    progressive_passive: frozenset[str]  # "is being bought": under way
    future_markers: frozenset[str]  # "soll ... abgeschlossen sein", "is expected to close": not closed yet
    governing_bodies: frozenset[str]  # "the board of X rejected": X is the subject
    role_markers: frozenset[str]  # "als"/"as" before a title is no clause break ("stößt als CTO zu X")
    relation_nouns: frozenset[str]  # "Peugeot parent PSA", "Demag-Mutter Terex": the first name modifies
    trigger_index: PhraseIndex
    noun_agent_preps: frozenset[str]
    offer_agent_preps: frozenset[str]
    after_deal: frozenset[str]  # "after the takeover", "nach der Übernahme": the deal is done
    round_words: frozenset[Phrase]  # "The round was led by X", "Y also took part": a round told before
    complementizers: frozenset[str]  # "announcing that CEO P would step down": P opens a clause
    subordinators: frozenset[str]
    between_preps: frozenset[str]
    disposal_words: frozenset[str]
    talent_words: frozenset[str]
    lead_participles: frozenset[str]  # "Angeführt vom Investor X", "Led by X": the round's lead
    object_relatives: frozenset[str]  # "X, which Y bought": a pronoun that can be the verb's object
    # "in a move that (what) people close to it described as ...": a view of the move, no source of it
    describing_relatives: frozenset[str]
    sale_nouns: frozenset[str]  # "in talks with Y about a sale of X": what talks may be about
    topic_preps: frozenset[str]  # "talks with X about a takeover": what talks or reports are about
    round_for_preps: frozenset[str]  # "a Series B for X": the company a round is for
    offer_nouns: frozenset[str]  # "turned down an offer from Y": what a poacher makes a person
    offer_verbs: frozenset[str]  # "Y offered P a package", "Y had approached P"
    source_phrases: frozenset[Phrase]  # "according to X", "nach Informationen der X": X tells the news
    consortium_nouns: frozenset[str]  # "a consortium led by X": the leader stands for the group
    consortium_links: frozenset[Phrase]  # "led by", "um", "unter Führung"
    media_nouns: frozenset[Phrase]  # "told the newspaper X", "der Nachrichtenagentur X": X tells the news
    person_objects: frozenset[str]  # "poaching her from X": a person named before
    genitive_articles: frozenset[str]  # "die Fusion der A mit B": the article that makes A a party
    talks_attribution: frozenset[str]  # "people familiar with the discussions": a source, not talks
    former_names: frozenset[Phrase]  # "X, formerly known as Y": Y is X's old name
    destination_preps: frozenset[str]  # "leaving for X": X is where the person goes
    talks_object_verbs: frozenset[str]  # "approached X about a takeover": X is talked to
    role_nouns: tuple[str, ...]  # "übernimmt das Finanzressort", "das Traineramt": a post, not a company
    place_pronouns: frozenset[str]  # "übernimmt dort die Leitung": the company just named
    not_role_endings: tuple[str, ...]  # "samt", "insgesamt": they end like a post ("Amt") and are none
    joint_words: frozenset[str]  # "a joint bid with Y for X": Y bids too
    ordinal_subjects: frozenset[str]  # "the fifth researcher to join Meta": a move already made
    post_nouns: frozenset[str]  # "in talks with P about the role": talks about a post are a hire's
    coming_titles: frozenset[str]  # "named P its next chief executive": a post still ahead
    pending_approval: frozenset[Phrase]  # "Das Kartellamt muss noch zustimmen": a deal not yet closed
    announce_words: frozenset[str]  # "announced a $30m Series A": a round announced is raised
    left_to_join: frozenset[str]  # "have left X to join Y": the joining is done as the leaving is
    including_words: frozenset[str]  # "poached three researchers, including P"
    investor_words: frozenset[str]  # "Huaxin Capital", "der Investor X": the side that buys in
    raise_words: frozenset[str]  # "in talks to raise money from X": the one talking is funded
    subject_relatives: frozenset[str]  # German "der": the relative pronoun is the clause's subject
    accusative_articles: frozenset[str]  # "den", "einen": the name after it is an object
    denial_objects: frozenset[str]  # "rejected reports": a denial; "rejected the offer": a failure
    public_titles: tuple[str, ...]  # "Regierungschef P", "President P": no post at the article's company
    # "Die Gewerkschaft X kritisiert ...": a voice on another company's affairs
    outsider_heads: tuple[str, ...]
    deal_references: frozenset[str]  # "The deal closed on Friday": a deal of the sentence before
    closing_nouns: frozenset[str]  # "Der Vollzug erfolgte am Freitag": the noun is the closing
    # "die EU-Kommission", "the Federal Trade Commission": no party to a deal
    regulator_heads: tuple[str, ...]
    co_owner_nouns: frozenset[str]  # "buying out co-investor X": X's share is bought
    whole_words: frozenset[str]  # "all outstanding X shares", "sämtliche Anteile": the whole company
    share_words: frozenset[str]  # "78 Prozent der Aktien des Y angedient": whose shares were tendered
    adverb_breaks: frozenset[str]  # "doch": "but" after a comma, an adverb inside a clause ("nun doch")
    observer_nouns: frozenset[str]  # "Analysten der X": people who speak of a deal, not in it
    channel_preps: frozenset[str]  # "on LinkedIn": where news was told
    question_openers: frozenset[str]  # "Wird P ...?", "Is X about to ...?": a question of what will be
    rival_words: frozenset[str]  # "a rival offer": another bidder's
    rival_verbs: frozenset[str]  # "would not match the offer from Y": a bidder's rival speaks
    present_forms: frozenset[Phrase]
    progressive_aux: frozenset[str]
    passive_perfect: frozenset[str]  # "verkauft worden": a passive in the perfect, done
    denial_verbs: frozenset[str]  # "dismissing a newspaper report": with a report as object, a denial
    suitor_words: frozenset[str]  # "talks with potential buyers including A and B": A and B would buy
    buyer_statements: frozenset[Phrase]  # "X ist verkauft. Käufer ist Y", "The new owner is Y": Y bought
    buyer_found: frozenset[Phrase]  # "X has found a buyer for Y": Y is sold, its buyer named later
    percent_words: frozenset[str]  # "%", "per cent", "Prozent": a share sized in percent
    start_words: frozenset[Phrase]  # "P will start in March", "take up": a move not yet happened
    later_words: frozenset[str]  # "starts next month"
    contrast_words: frozenset[str]  # "tried to poach them, but the effort collapsed": the same attempt fails
    lead_words: frozenset[str]  # "with Y in discussions to lead the round": Y would invest
    alternatives: frozenset[str]  # "with A or B": one of them, not both
    interest_words: frozenset[str]  # "an einer Übernahme interessiert": a wish, after the deal noun
    endorse_words: frozenset[str]  # "the board recommended the offer": an agreed bid, no longer talks
    predecessor_nouns: frozenset[str]  # "Ihr Vorgänger P": the one the new hire replaces
    means_preps: frozenset[str]  # "With the purchase of X, Y ...": the deal is the subject's means
    contest_preps: frozenset[str]  # "In the battle for X, Y ...": the bidder is the subject
    contracted_preps: frozenset[str]  # "im", "zum": a preposition with its article
    since_words: frozenset[str]  # "Seit dem 1. April ist P Chefin": a date already reached
    size_words: frozenset[str]  # "a stake of about 6% in X": the words a size is told with
    attempt_words: frozenset[str]  # "sued to block": an attempt, the deal has not failed
    statement_verbs: frozenset[str]  # ", X said", ", teilte X mit": a company speaking, not a report
    predicate_openers: frozenset[str]  # "and has ...", "und hat ...": a second predicate after "and"
    plural_pronouns: frozenset[str]  # "A and B said that they would merge": the pair named before
    plan_modals: frozenset[str]  # "soll": a plan when dated ("soll zum 1. Juli Chef werden"), else hearsay
    months: frozenset[str]  # month names (folded), from the values data: "the July purchase of X"
    indefinite_articles: frozenset[str]  # "agreed to buy a maker of sensors": a target described, not named
    target_nouns: frozenset[str]  # "The target, Y, ...": the company a described purchase is of
    hire_withdrawn: frozenset[Phrase]  # "P, named CEO in October, will no longer take up the role"
    tenure_words: frozenset[str]  # "After eleven years at X, P is joining Y": where P worked till now
    reporting_verbs: frozenset[str]
    speaker_openers: frozenset[str]  # ", wie Vorstandschef P mitteilte", ", as chief executive P said"
    governing_rumor: frozenset[str]
    money_words: frozenset[str]
    offer_modifiers: frozenset[str]  # "X's revised $5bn offer": words that leave an offer a bid
    price_units: frozenset[str]  # "$41-a-share": what a price is quoted per
    noun_determiners: frozenset[str]
    noun_modifiers: frozenset[str]
    possessives: frozenset[str]
    relatives: frozenset[str]
    infinitive_markers: frozenset[str]
    stake_preps: frozenset[str]
    offer_preps: frozenset[str]
    adjective_endings: tuple[str, ...]
    gerund_endings: tuple[str, ...]
    infinitive_endings: tuple[str, ...]  # German "Kaufen" capitalised mid-sentence: a verb made a noun
    ing_adjectives: frozenset[str]  # "existing investor A": an adjective, no verb starting a clause
    stative_aux: frozenset[str]
    participle_prefixes: tuple[str, ...]
    participle_endings: tuple[str, ...]
    coordinators: frozenset[str]
    verb_final: bool  # German puts the verb last in subordinate clauses and after auxiliaries
    # separable verbs: "steigt ... ein", "tritt ... zurück"; verb -> (particle closing the clause, trigger)
    separable: dict[str, list[tuple[str, Trigger]]] = field(default_factory=dict)
    separable_particles: frozenset[str] = frozenset()

    @property
    def former_name_words(self) -> frozenset[str]:
        """First words of the former-name phrases: a sentence without them has no old name."""
        return frozenset(p[0] for p in self.former_names)

    @cached_property
    def finite_aux(self) -> frozenset[str]:
        """Auxiliaries and modals: a finite verb that no preposition governs a name across."""
        return (
            self.perfect_aux
            | self.stative_aux
            | self.plan_modals
            | (self.future_markers - self.infinitive_markers)
        )

    @cached_property
    def offer_words(self) -> frozenset[str]:
        """Words without which no sentence tells of an offer to a person."""
        return self.offer_nouns | self.offer_verbs

    def is_role_noun(self, word: str) -> bool:
        """A post ("Vorsitz", "das Finanzressort", "das Traineramt"), by the end of the (casefolded)
        word; not "samt"."""
        return (
            bool(self.role_nouns)
            and word.endswith(self.role_nouns)
            and not word.endswith(self.not_role_endings)
        )

    def is_regulator_word(self, word: str) -> bool:
        """ "commission", "Kartellamt", "EU-Kommission"'s last part: a regulator's name ends so. German
        compounds end in the head, English names have it as a word ("Bramblecourt" is none)."""
        word = word.casefold()
        if self.verb_final:  # "des Bundeskartellamts": the genitive's -s too
            return word.endswith(self.regulator_heads) or word[:-1].endswith(self.regulator_heads)
        return word in self.regulator_heads

    @cached_property
    def consortium_link_ends(self) -> frozenset[str]:
        """Last words of the links after a consortium ("by" of "led by"): a cheap first test."""
        return frozenset(p[-1] for p in self.consortium_links)

    @cached_property
    def source_words(self) -> frozenset[str]:
        """First words of the phrases that name a news source ("according", "nach", "Zeitung")."""
        return frozenset(p[0] for p in self.source_phrases | self.media_nouns)

    @cached_property
    def articles(self) -> frozenset[str]:
        """Determiners that are neither possessives nor relative pronouns ("the", "a", "die")."""
        return self.determiners - self.possessives - self.relatives

    @cached_property
    def speaker_words(self) -> frozenset[str]:
        """Words that open the clause telling who spoke (", said", ", wie")."""
        return self.reporting_verbs | self.speaker_openers

    @cached_property
    def buyer_found_words(self) -> frozenset[str]:
        """The longest word of each phrase telling a buyer was found ("buyer", "käufer"): a sentence
        without one tells none."""
        return frozenset(max(reversed(p), key=len) for p in self.buyer_found)  # ties: the later word

    @cached_property
    def stake_nouns(self) -> frozenset[str]:
        """First words of the stake triggers ("stake", "Beteiligung"), also where no preposition follows."""
        return frozenset(p[0] for p, trigs in self.triggers.items() if any(t.cls == "stake" for t in trigs))

    @property
    def relative_pronouns(self) -> frozenset[str]:
        """Relative pronouns that are never articles: German "der"/"die" open clauses and nouns alike."""
        return self.relatives - self.determiners if self.verb_final else self.relatives


def _words(items: Iterable[str]) -> frozenset[str]:
    """Word lists are compared with case-folded tokens: "veräußern" must read "veräussern"."""
    return frozenset(w.casefold() for w in items)


@cache
def event_lexicon(lang: str) -> EventLexicon:
    data = load(lang, "events")
    table: dict[Phrase, list[Trigger]] = {}
    suffix: list[tuple[str, Trigger]] = []
    separable: dict[str, list[tuple[str, Trigger]]] = {}
    particles = _words(data.get("separable_particles", ()))
    for row in data["triggers"]:
        trig = Trigger(row["type"], row["frame"], row["class"], row)
        for form in row["forms"]:
            key = words_of(form)
            table.setdefault(key, []).append(trig)
            if row["class"] == "verb" and len(key) == 2 and key[1] in particles:
                separable.setdefault(key[0], []).append((key[1], trig))
            if lang == "de" and row["class"] == "noun" and len(key) == 1 and len(key[0]) >= 6:
                suffix.append((key[0], trig))
    return EventLexicon(
        lang=lang,
        triggers=table,
        suffix_nouns=tuple(sorted(suffix, key=lambda s: -len(s[0]))),
        max_len=max(len(k) for k in table),
        type_words={t: frozenset(w.casefold() for w in ws) for t, ws in data["type_words"].items()},
        type_priority=tuple(data["type_priority"]),
        agent_preps=_words(data["agent_preps"]),
        object_preps=_words(data["object_preps"]),
        with_preps=_words(data["with_preps"]),
        from_preps=_words(data["from_preps"]),
        to_preps=_words(data["to_preps"]),
        org_preps=_words(data["org_preps"]),
        workplace_preps=_words(data["workplace_preps"]),
        prepositions=_words(data["prepositions"]),
        determiners=_words(data["determiners"]),
        passive_aux=phrases(data["passive_aux"]),
        clause_breaks=_words(data["clause_breaks"]),
        cues={k: phrases(v) for k, v in data["status_cues"].items()},
        negations=_words(data["negations"]),
        negation_exceptions=phrases(data["negation_exceptions"]),
        status_priority=tuple(data["status_priority"]),
        symbols={k: phrases(v) for k, v in data["position_symbols"].items()},
        not_acquired=_words(data.get("not_acquired", ())),
        not_acquired_object=_words(data.get("not_acquired_object", ())),
        relation_nouns=_words(data.get("relation_nouns", ())),
        role_markers=_words(data.get("role_markers", ())),
        governing_bodies=_words(data.get("governing_bodies", ())),
        future_markers=_words(data.get("future_markers", ())),
        progressive_passive=_words(data.get("progressive_passive", ())),
        perfect_aux=_words(data.get("perfect_aux", ())),
        trigger_index=PhraseIndex(table),
        separable=separable,
        separable_particles=particles,
        verb_final=bool(data.get("verb_final", False)),
        noun_determiners=_words(data["noun_determiners"]),
        noun_modifiers=_words(data["noun_modifiers"]),
        possessives=_words(data["possessives"]),
        relatives=_words(data["relatives"]),
        infinitive_markers=_words(data["infinitive_markers"]),
        stake_preps=_words(data["stake_preps"]),
        offer_preps=_words(data["offer_preps"]),
        adjective_endings=tuple(data["adjective_endings"]),
        gerund_endings=tuple(data["gerund_endings"]),
        infinitive_endings=tuple(data.get("infinitive_endings", ())),
        ing_adjectives=_words(data.get("ing_adjectives", ())),
        stative_aux=_words(data["stative_aux"]),
        participle_prefixes=tuple(data["participle_prefixes"]),
        participle_endings=tuple(data["participle_endings"]),
        coordinators=frozenset(load(lang, "mentions")["coordinators"]) | {","},
        money_words=_words(data.get("money_words", ())),
        offer_modifiers=_words(data.get("offer_modifiers", ())),
        price_units=_words(data.get("price_units", ())),
        governing_rumor=_words(data.get("governing_rumor", ())),
        reporting_verbs=_words(data.get("reporting_verbs", ())),
        speaker_openers=_words(data.get("speaker_openers", ())),
        progressive_aux=_words(data.get("progressive_aux", ())),
        predicate_openers=_words(data.get("predicate_openers", ())),
        plural_pronouns=_words(data.get("plural_pronouns", ())),
        plan_modals=_words(data.get("plan_modals", ())),
        indefinite_articles=_words(data.get("indefinite_articles", ())),
        target_nouns=_words(data.get("target_nouns", ())),
        hire_withdrawn=phrases(data.get("hire_withdrawn", ())),
        tenure_words=_words(data.get("tenure_words", ())),
        months=frozenset(m.casefold() for m in load(lang, "values").get("months", {})),
        statement_verbs=_words(data.get("statement_verbs", ())),
        attempt_words=_words(data.get("attempt_words", ())),
        size_words=_words(data.get("size_words", ())),
        start_words=phrases(data.get("start_words", ())),
        later_words=_words(data.get("later_words", ())),
        since_words=_words(data.get("since_words", ())),
        lead_words=_words(data.get("lead_words", ())),
        contrast_words=_words(data.get("contrast_words", ())),
        suitor_words=_words(data.get("suitor_words", ())),
        buyer_statements=phrases(data.get("buyer_statements", [])),
        buyer_found=phrases(data.get("buyer_found", [])),
        percent_words=_words(data.get("percent_words", ())),
        denial_verbs=_words(data.get("denial_verbs", ())),
        passive_perfect=_words(data.get("passive_perfect", ())),
        present_forms=phrases(data.get("present_forms", [])),
        disposal_words=_words(data.get("disposal_words", ())),
        talent_words=_words(data.get("talent_words", ())),
        offer_nouns=_words(data.get("offer_nouns", ())),
        round_for_preps=_words(data.get("round_for_preps", ())),
        topic_preps=_words(data.get("topic_preps", ())),
        sale_nouns=_words(data.get("sale_nouns", ())),
        describing_relatives=_words(data.get("relatives", [])) | _words(data.get("describing_relatives", [])),
        object_relatives=_words(data.get("object_relatives", ())),
        lead_participles=_words(data.get("lead_participles", ())),
        offer_verbs=_words(data.get("offer_verbs", ())),
        source_phrases=phrases(data.get("source_phrases", [])),
        consortium_nouns=_words(data.get("consortium_nouns", ())),
        consortium_links=phrases(data.get("consortium_links", [])),
        media_nouns=phrases(data.get("media_nouns", [])),
        person_objects=_words(data.get("person_objects", ())),
        subject_relatives=_words(data.get("subject_relatives", ())),
        genitive_articles=_words(data.get("genitive_articles", ())),
        raise_words=_words(data.get("raise_words", ())),
        investor_words=_words(data.get("investor_words", ())),
        including_words=_words(data.get("including_words", ())),
        left_to_join=_words(data.get("left_to_join", ())),
        announce_words=_words(data.get("announce_words", ())),
        role_nouns=tuple(data.get("role_nouns", ())),
        place_pronouns=_words(data.get("place_pronouns", ())),
        not_role_endings=tuple(data.get("not_role_endings", ())),
        joint_words=_words(data.get("joint_words", ())),
        ordinal_subjects=_words(data.get("ordinal_subjects", ())),
        coming_titles=_words(data.get("coming_titles", ())),
        post_nouns=_words(data.get("post_nouns", ())),
        pending_approval=phrases(data.get("pending_approval", [])),
        talks_object_verbs=_words(data.get("talks_object_verbs", ())),
        destination_preps=_words(data.get("destination_preps", ())),
        former_names=phrases(data.get("former_name_phrases", [])),
        talks_attribution=_words(data.get("talks_attribution", ())),
        accusative_articles=_words(data.get("accusative_articles", ())),
        public_titles=tuple(data.get("public_titles", ())),
        outsider_heads=tuple(data.get("outsider_heads", ())),
        regulator_heads=tuple(data.get("regulator_heads", ())),
        adverb_breaks=_words(data.get("adverb_breaks", ())),
        share_words=_words(data.get("share_words", ())),
        whole_words=_words(data.get("whole_words", ())),
        co_owner_nouns=_words(data.get("co_owner_nouns", ())),
        deal_references=_words(data.get("deal_references", ())),
        closing_nouns=_words(data.get("closing_nouns", ())),
        observer_nouns=_words(data.get("observer_nouns", ())),
        channel_preps=_words(data.get("channel_preps", ())),
        question_openers=_words(data.get("question_openers", ())),
        rival_words=_words(data.get("rival_words", ())),
        rival_verbs=_words(data.get("rival_verbs", ())),
        alternatives=_words(data.get("alternatives", ())),
        means_preps=_words(data.get("means_preps", ())),
        contest_preps=_words(data.get("contest_preps", ())),
        contracted_preps=_words(data.get("contracted_preps", ())),
        predecessor_nouns=_words(data.get("predecessor_nouns", ())),
        interest_words=_words(data.get("interest_words", ())),
        endorse_words=_words(data.get("endorse_words", ())),
        denial_objects=_words(data.get("denial_objects", ())),
        between_preps=_words(data.get("between_preps", ())),
        subordinators=_words(data.get("subordinators", ())),
        noun_agent_preps=_words(data.get("noun_agent_preps", data["agent_preps"])),
        offer_agent_preps=_words(data.get("offer_agent_preps", ())),
        after_deal=_words(data.get("after_deal", ())),
        round_words=phrases(data.get("round_words", ())),
        complementizers=_words(data.get("complementizers", ())),
    )
