"""Resolve "das Unternehmen", "the company", "its", "he"/"er" to the entity they stand for.

Two rules, both cheap and predictable:

* After a preposition, an article in the genitive, or as a possessive, the phrase refers
  to the nearest organisation before it in the same sentence ("49 % des Unternehmens").
* Otherwise it is a subject and refers to the document's topic: the organisation named
  most often so far among those of the last three sentences ("Vor dem Deal mit X hatte
  das Unternehmen ..." means the buyer the article is about, not X).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from ..events.lexicon import EventLexicon, event_lexicon
from ..model import Analysis, Mention, Token
from ..text.phrases import PhraseIndex, index_of
from .lexicon import MentionLexicon, lexicon

WINDOW = 3


def _recent_orgs(analysis: Analysis, before: int, sent: int) -> list[Mention]:
    """Named organisations of the last WINDOW sentences up to sentence ``sent``, before ``before``
    (not the glosses in brackets: "Corvalis Systems (NASDAQ: CRVL)")."""
    return [
        m
        for m in analysis.mentions
        if m.kind == "org"
        and sent - WINDOW <= m.sent <= sent
        and m.start < before
        and not m.generic
        and not in_brackets(analysis, m)
    ]


def in_brackets(analysis: Analysis, m: Mention) -> bool:
    """Is the name a gloss in brackets ("Quillon Software (NYSE: QLN)")?"""
    first = analysis.sentences[m.sent].first_token
    for k in range(m.tok_start - 1, max(first, m.tok_start - 4) - 1, -1):
        word = analysis.tokens[k].text
        if word in ("(", ")"):
            return word == "("
    return False


def past_employer(analysis: Analysis, m: Mention) -> bool:
    """Is the name somebody's past employer ("P, the former chief financial officer of X")?"""
    former = lexicon(analysis.lang).former
    stops = event_lexicon(analysis.lang).relatives  # "the former X executive who joined Y": not Y
    for k in range(m.tok_start - 1, max(-1, m.tok_start - 7), -1):
        word = analysis.tokens[k].text.casefold()
        if word in former:
            return True
        if word in stops or word in (",", ";"):
            return False
    return False


def _topic(analysis: Analysis, before: int, sent: int, counts: Counter[str]) -> Mention | None:
    recent = _recent_orgs(analysis, before, sent)
    if not recent:
        return None

    # more mentions first; then one not named as somebody's past employer; then a name standing free
    # over one inside a prepositional phrase ("Der Aufsichtsrat der X ... bisher bei der Konkurrentin
    # Y"); then the nearer one
    def rank(m: Mention) -> tuple[int, bool, bool, int]:
        return (
            counts[m.entity.key],
            not past_employer(analysis, m),
            not _governed(analysis, m),
            -m.start if m.sent == sent else m.sent,
        )

    return max(recent, key=rank)


def _governed(analysis: Analysis, m: Mention) -> bool:
    """Is the name inside a prepositional phrase ("bei der Konkurrentin Y", "at rival Y")?"""
    grammar = event_lexicon(analysis.lang)
    mlex = lexicon(analysis.lang)
    k = m.tok_start - 1
    first = analysis.sentences[m.sent].first_token
    while k >= first and k >= m.tok_start - 4:
        word = analysis.tokens[k].text
        low = word.casefold()
        if low in grammar.prepositions and low not in grammar.object_preps:
            return True
        if low not in grammar.determiners and not mlex.is_org_head(word):
            return False
        k -= 1
    return False


@cache
def _generic_heads(lang: str) -> dict[str, frozenset[str]]:
    """The article and head words of the two-word references ("der Zulieferer", "des Konzerns")."""
    heads: dict[str, set[str]] = {}
    for phrase in lexicon(lang).generic_org:
        if len(phrase) == 2 and len(phrase[1]) >= 5:
            heads.setdefault(phrase[0], set()).add(phrase[1])
    return {article: frozenset(ws) for article, ws in heads.items()}


def _compound_generic(words: list[str], i: int, lex: MentionLexicon) -> int:
    """ "der Autozulieferer", "des Chemiekonzerns": a German compound on the head of a reference
    is one too (2 tokens)."""
    if not lex.capitalised_nouns or i + 2 > len(words):
        return 0
    heads = _generic_heads(lex.lang).get(words[i])
    word = words[i + 1]
    if not heads or not any(word.endswith(h) and len(word) > len(h) + 2 for h in heads):
        return 0
    return 2


@cache
def _reference_openers(lang: str) -> frozenset[str]:
    """The articles that open a reference ("the", "der", "des"): only these may have a place or a
    trade before the head."""
    return frozenset(phrase[0] for phrase in lexicon(lang).generic_org)


@cache
def _cue_words(lang: str) -> frozenset[str]:
    """Words that may open a reference; every other token is passed over at once."""
    lex = lexicon(lang)
    return frozenset(
        {phrase[0] for phrase in lex.generic_org}
        | {w.casefold() for w in lex.generic_possessive}
        | set(lex.subject_pronouns)
        | set(lex.object_pronouns)
        | set(lex.reflexive_pronouns)
        | set(lex.person_pronouns)
        | set(lex.company_pronouns)
        | set(lex.plural_pronouns)
        | lex.age_articles
        | lex.demonym_articles
    )


def resolve_references(analysis: Analysis) -> None:
    """Add coreference mentions (``generic=True``) to ``analysis.mentions``."""
    lex = lexicon(analysis.lang)
    grammar = event_lexicon(analysis.lang)
    cues = _cue_words(analysis.lang)
    tokens = analysis.tokens
    taken = {k for m in analysis.mentions for k in range(m.tok_start, m.tok_end)}
    added: list[Mention] = []
    counts: Counter[str] = Counter()

    def keep(reference: Mention) -> None:
        added.append(reference)
        if " " in reference.text:  # "the company" counts for the topic too, "its" does not
            counts[reference.entity.key] += 1

    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    pos = 0
    generic = index_of(lex.generic_org)
    by_start = {m.tok_start: m for m in mentions}  # (and the tokens where a name starts)
    openers = _reference_openers(analysis.lang)
    brands: set[int] = set()  # "the iPhone maker": a product read as a name, not a company
    for sent in analysis.sentences:
        first = sent.first_token
        words = [t.text.casefold() for t in tokens[first : sent.end_token]]
        resume = first  # tokens before this one belong to a reference already read
        for k in [first + i for i, w in enumerate(words) if w in cues]:
            if k < resume or k in taken:
                continue
            while pos < len(mentions) and mentions[pos].tok_start < k:
                if id(mentions[pos]) not in brands:
                    counts[mentions[pos].entity.key] += 1
                pos += 1
            low = words[k - first]
            found = generic.match(words, k - first) or None
            if not found and low in openers and k + 1 not in by_start:  # "The London-based startup"
                found = _described_reference(analysis, words, k - first, first, generic, lex, grammar) or None
                if found and k > first and words[k - first - 1] == "," and k - first + found < len(words):
                    # not "X, the Korean group's venture arm, ...": X is the owner's unit
                    found = None if words[k - first + found] in ("'s", "’s") else found
            brand = None if found else _brand(by_start.get(k + 1), k, words, first, generic)
            if brand is not None:  # "The iPhone maker has offered him ...": a reference to a company
                brands.add(id(brand))
                analysis.mentions.remove(brand)
                found = 3
            if not found and _compound_generic(words, k - first, lex):
                after = tokens[k + 2].text if k + 2 < sent.end_token else ""
                found = None if after[:1].isupper() else 2  # "des Autozulieferers Bremer & Sohn": named
            if found and (k + found) in by_start:
                resume = k + found
                continue  # "Der Handelskonzern Spar": an apposition to the name, not an anaphor
            if (
                found
                and k > first
                and words[k - first - 1] != ","  # (but "X, die Entwicklerfirma des Y": X itself)
                and k - first + found < len(words)
                and words[k - first + found] in grammar.genitive_articles
            ):
                resume = k + found
                continue  # "den Erwerb der Verpackungssparte des Konzerns X": X's unit, named by its owner
            possessive = (
                not found
                and low in lex.generic_possessive
                and _before_trigger(words, k - first, analysis.lang)
                and not (k == first and _opens_with_person(analysis, tokens[k].sent - 1))
            )
            if found or possessive:
                n = found or 1
                prev = words[k - first - 1] if k > first else ""
                # a possessive ("its purchase of X") points at the subject, like a bare subject does
                # ("after the company missed its targets": a conjunction, no preposition)
                near = bool(found) and (
                    (prev in grammar.prepositions and prev not in grammar.subordinators)
                    or low in grammar.object_preps
                )
                target = _nearest(analysis, sent.start, tokens[k].start) if near else None
                if brand is not None or (
                    found and tuple(words[k - first : k - first + found]) in lex.generic_parts
                ):
                    # "The unit ... is being bought", "Y ... The iPhone maker said": the company named last
                    recent = _recent_orgs(analysis, tokens[k].start, tokens[k].sent)
                    target = target or (recent[-1] if recent else None)  # "The unit ... is being bought"
                # "Since its 2017 acquisition of X, Y ...", "After closing its purchase of X, Y ..."
                fronted = (
                    1 <= k - first <= 3
                    and any(  # "Two weeks after its sale to X closed, Y ..."
                        w in grammar.prepositions or w in grammar.subordinators for w in words[: k - first]
                    )
                )
                if possessive and fronted:  # "Since its 2017 acquisition of X, Y has ...": Y
                    target = target or _subject_after_comma(analysis, k, sent.end_token)
                elif possessive and target is None:  # "Y agreed to sell its stake in X": the subject
                    subject = _sentence_subject(analysis, first, k) or _inverted_subject(analysis, first, k)
                    target = None if subject is None or in_brackets(analysis, subject) else subject
                # "X, the maker of Y": X itself (but "..., the startup's founder, P" is another's)
                following = words[k - first + n] if k - first + n < len(words) else ""
                if found and target is None and prev == "," and following not in ("'s", "’s"):
                    target = next((m for m in mentions if m.kind == "org" and m.tok_end == k - 1), None)
                target = target or _topic(analysis, tokens[k].start, tokens[k].sent, counts)
                if found and target is not None:
                    target = _of_its_kind(analysis, words[k - first + n - 1], target, tokens[k])
                if target is not None:
                    keep(_copy(target, analysis, k, k + n))
                resume = k + n
                continue
            if low in lex.subject_pronouns and _subject_position(analysis, k, first):
                # "X was willing ... when it bought Y": the sentence's own subject comes first
                target = (
                    _speaker(analysis, first, k)
                    or _sentence_subject(analysis, first, k)
                    or _topic(analysis, tokens[k].start, tokens[k].sent, counts)
                )
                if target is not None:
                    keep(_copy(target, analysis, k, k + 1))
                continue
            if low in lex.reflexive_pronouns:
                # "X had rebuffed an approach from Y, before agreeing to sell itself to Z": the subject,
                # not a company named after a preposition
                before = [m for m in mentions[:pos] if m.sent == tokens[k].sent and m.kind == "org"]
                owner = next(
                    (
                        m
                        for m in reversed(before)
                        if m.tok_start == first or words[m.tok_start - 1 - first] not in grammar.prepositions
                    ),
                    before[-1] if before else None,
                )
                if owner is not None:
                    keep(_copy(owner, analysis, k, k + 1))
                continue
            if low in lex.object_pronouns and _after_deal_verb(words, k - first, analysis.lang):
                # "X demonstrated its system. Uber bought it": the company the sentence before is about
                buyer = _sentence_subject(analysis, first, k)
                head = _relative_head(analysis, first, k)
                if head is not None and buyer is not None and head.entity is not buyer.entity:
                    target = buyer  # "X was sold by Y, which had bought it in 2017": X
                else:
                    target = _previous_subject(analysis, tokens[k].sent, buyer)
                if target is not None:
                    keep(_copy(target, analysis, k, k + 1))
                continue
            plural = lex.plural_pronouns.get(low)
            if plural and k + 1 < sent.end_token and words[k + 1 - first].endswith(plural):
                continue  # "Sie wollen fusionieren": the companies, not a woman
            articles = lex.company_pronouns.get(low)
            if articles:
                company = None
                if k > first:  # "Der Konzern teilte mit, er habe X übernommen"
                    company = next(
                        (
                            m
                            for m in reversed(added)
                            if m.sent == tokens[k].sent
                            and m.kind == "org"
                            and m.text.split()[0].casefold() in articles
                        ),
                        None,
                    ) or _named_with_article(analysis, first, k, articles)
                company = company or _article_subject_before(analysis, tokens[k].sent, articles)
                if company is not None:
                    keep(_copy(company, analysis, k, k + 1))
                    continue
            if low in lex.demonym_articles and _demonym(analysis, k, sent.end_token):
                # "Die Walldorfer holen P von X": the company the article is about, by its town
                target = _topic(analysis, tokens[k].start, tokens[k].sent, counts)
                if target is not None:
                    keep(_copy(target, analysis, k, k + 2))
                resume = k + 2
                continue
            age = _age_reference(words, k - first, lex.age_tails) if low in lex.age_articles else 0
            if age:  # "Die 49-Jährige wechselt ...", "The 47-year-old joined ..."
                person = _last_person(analysis, tokens[k].start, tokens[k].sent)
                if person is not None:
                    keep(_copy(person, analysis, k, k + age))
                resume = k + age
                continue
            # "He joined ...", "P said on Monday that he has joined X": the person named last (in the
            # sentence, and not before a relative clause: "Q, who announced that she would retire")
            reported = k > first and words[k - first - 1] in grammar.complementizers
            if low in lex.person_pronouns and (k == first or reported):
                person = _last_person(analysis, tokens[k].start, tokens[k].sent)
                if (
                    reported
                    and person is not None
                    and (
                        person.sent != tokens[k].sent
                        or any(
                            words[j - first] in grammar.relatives and words[j - first - 1] == ","
                            for j in range(person.tok_end + 1, k)
                        )
                    )
                ):
                    person = None
                if person is not None:
                    keep(_copy(person, analysis, k, k + 1))
    analysis.mentions = sorted(analysis.mentions + added, key=lambda m: m.start)


def _described_reference(
    analysis: Analysis,
    words: list[str],
    i: int,
    first: int,
    generic: PhraseIndex,
    lex: MentionLexicon,
    grammar: EventLexicon,
) -> int:
    """The length of a reference whose head a place or a trade describes ("the Boston biotech", "the
    London-based startup", "the software giant", "des Hamburger Versicherers"): the article, the
    describing words, the head."""
    tokens = analysis.tokens
    j = i + 1
    while j < min(len(words), i + 4):
        if j + 2 < len(words) and words[j + 1] == "-" and words[j + 2] in lex.based_words:
            j += 3  # "London-based", written as three tokens
        elif lex.is_place_adjective(tokens[first + j].text) or (words[j],) in lex.places:
            j += 1
        elif (
            j + 2 < len(words)
            and words[j + 1] == "-"
            and _trade_word(tokens[first + j + 2].text, lex, grammar)
        ):
            j += 3  # "the social-media company"
        elif _trade_word(tokens[first + j].text, lex, grammar):
            j += 1  # "the software giant", "the AI startup", "the payments company"
        else:
            break
        if j < len(words):
            rest = [words[i], *words[j : j + 3]]
            n = generic.match(rest, 0) or _compound_generic(rest, 0, lex)
            if n and tuple(rest[:n]) not in lex.generic_parts:  # (not "the payments division of X")
                return (j - i - 1) + n
    return 0


def _trade_word(text: str, lex: MentionLexicon, grammar: EventLexicon) -> bool:
    """A word naming a company's trade before the head of an English reference ("software",
    "AI"): a plain lower-case word or an acronym, not one that sets the company apart ("rival",
    "combined", "acquired") nor a word of grammar ("the rest of the company")."""
    if lex.capitalised_nouns:
        return False
    if text.isupper() and text.isalpha() and len(text) <= 4:
        return True
    low = text.casefold()
    return (
        text.islower()
        and text.isalpha()
        and not low.endswith(("ed", "est"))  # "the acquired company", "the largest public company"
        and low not in lex.reference_blockers
        and low not in grammar.prepositions
        and low not in grammar.determiners
    )


def _brand(m: Mention | None, k: int, words: list[str], first: int, generic: PhraseIndex) -> Mention | None:
    """The one-word name ``m`` between the article at ``k`` and the head of a reference ("the iPhone
    maker", "the ChatGPT developer"): a product of the company referred to, found by no list."""
    if m is None or m.tok_end != k + 2 or m.kind != "org" or m.source != "candidate":
        return None
    i = k - first
    return m if i + 2 < len(words) and generic.match([words[i], words[i + 2]], 0) == 2 else None


def _subject_position(analysis: Analysis, k: int, first: int) -> bool:
    """A pronoun opening a clause ("after it bought X") is the clause's subject."""
    grammar = event_lexicon(analysis.lang)
    prev = analysis.tokens[k - 1].text.casefold()
    # "X said on Monday it would ...": the reported clause's subject
    said = any(
        analysis.tokens[j].text.casefold() in grammar.reporting_verbs for j in range(max(first, k - 4), k)
    )
    # "Tallyway, the payroll-software maker it bought in 2019": the subject of a relative clause
    # without its pronoun, right after the noun it describes
    nxt = analysis.tokens[k + 1].text if k + 1 < len(analysis.tokens) else ""
    relative = prev.islower() and lexicon(analysis.lang).is_org_head(prev) and nxt.isalpha() and nxt.islower()
    return (
        k == first
        or prev in grammar.subordinators
        or prev in grammar.clause_breaks
        or prev in grammar.coordinators
        or (said and prev not in grammar.prepositions)
        or relative
    )


def _before_trigger(words: list[str], i: int, lang: str) -> bool:
    """A possessive only counts when it owns a deal: "its purchase of", "seine Übernahme"."""
    index = event_lexicon(lang).trigger_index
    return any(index.match(words, j) for j in range(i + 1, min(i + 5, len(words))))


def _after_deal_verb(words: list[str], i: int, lang: str) -> bool:
    """Does a verb of buying or investing end right before word ``i`` ("bought it")?"""
    lex = event_lexicon(lang)
    for j in range(max(0, i - 3), i):
        n = lex.trigger_index.match(words, j)
        if n and j + n == i:
            trigs = lex.triggers[tuple(words[j:i])]
            return any(t.frame == "transfer" and t.cls == "verb" for t in trigs)
    return False


def _article_subject_before(analysis: Analysis, sent: int, articles: Sequence[str]) -> Mention | None:
    """ "Der Halbleiterkonzern X kauft zu. Dafür übernimmt er ...": the company the sentence before
    opens with an article of the pronoun's gender, when that sentence names no person."""
    if sent == 0:
        return None
    before = [m for m in analysis.mentions if m.sent == sent - 1]
    first = analysis.sentences[sent - 1].first_token
    if not before or any(m.kind == "person" for m in before):
        return None
    m = before[0]
    opener = analysis.tokens[first].text.casefold()
    return m if m.kind == "org" and opener in articles and m.tok_start - first <= 4 else None


def _named_with_article(analysis: Analysis, first: int, k: int, articles: Sequence[str]) -> Mention | None:
    """ "Nun macht die X AG ernst: Sie kauft ...": the company named earlier in the sentence after
    an article of the pronoun's gender, the clause before ending right before the pronoun."""
    tokens = analysis.tokens
    if tokens[k - 1].text not in (":", ";"):
        return None
    before = [m for m in analysis.mentions if first <= m.tok_start and m.tok_end <= k]
    if any(m.kind == "person" for m in before):
        return None
    return next(
        (
            m
            for m in reversed(before)
            if m.kind == "org" and m.tok_start > first and tokens[m.tok_start - 1].text.casefold() in articles
        ),
        None,
    )


def _opens_with_person(analysis: Analysis, sent: int) -> bool:
    """Does sentence ``sent`` open with a person ("Gärtner war von X gekommen. Seine Aufgaben
    übernimmt ...": his tasks, not the company's)?"""
    if sent < 0:
        return False
    first = analysis.sentences[sent].first_token
    return any(m.kind == "person" and m.tok_start == first for m in analysis.mentions)


def _relative_head(analysis: Analysis, first: int, k: int) -> Mention | None:
    """The organisation a relative clause before token ``k`` hangs on ("Y, which had bought it")."""
    relatives = event_lexicon(analysis.lang).relatives
    tokens = analysis.tokens
    opener = next(
        (
            j
            for j in range(k - 1, first, -1)
            if tokens[j].text.casefold() in relatives and tokens[j - 1].text == ","
        ),
        None,
    )
    if opener is None:
        return None
    return next((m for m in analysis.mentions if m.tok_end == opener - 1 and m.kind == "org"), None)


def _previous_subject(analysis: Analysis, sent: int, other: Mention | None) -> Mention | None:
    """The first organisation of the sentence before, which is usually what it is about."""
    for m in analysis.mentions:
        same_as_other = other is not None and m.entity.key == other.entity.key
        if m.sent == sent - 1 and m.kind == "org" and not m.generic and not same_as_other:
            return m
    return None


def _speaker(analysis: Analysis, first: int, k: int) -> Mention | None:
    """ "Earlier, Google said it would ...": the company right before the reporting verb."""
    verbs = event_lexicon(analysis.lang).reporting_verbs
    say = next(
        (j for j in range(k - 1, max(first, k - 4) - 1, -1) if analysis.tokens[j].text.casefold() in verbs),
        None,
    )
    if say is None:
        return None
    speaker = next(
        (m for m in analysis.mentions if m.kind == "org" and m.tok_end == say and not m.generic), None
    )
    before = analysis.tokens[speaker.tok_start - 1].text.casefold() if speaker is not None else ""
    if (
        speaker is not None
        and speaker.tok_start > first
        and before in event_lexicon(analysis.lang).determiners
    ):
        return None  # "denied a Bloomberg report that it was ...": a noun, the paper says nothing here
    return speaker


def _sentence_subject(analysis: Analysis, first: int, k: int) -> Mention | None:
    """The first organisation of the sentence when nothing but a few words precede it."""
    for m in analysis.mentions:
        if m.kind == "org" and first <= m.tok_start < k and not m.generic:
            before = [t.text for t in analysis.tokens[first : m.tok_start]]
            preps = event_lexicon(analysis.lang).prepositions
            if len(before) <= 2 and not any(w.casefold() in preps for w in before):
                return m
            return None
    return None


def _inverted_subject(analysis: Analysis, first: int, k: int) -> Mention | None:
    """ "Nach Bedenken des X hat der Hersteller Y seine Anmeldung ...": in German the subject may
    follow the finite verb; the company right after an auxiliary (past its article and trade
    noun), before the possessive."""
    grammar = event_lexicon(analysis.lang)
    if not grammar.verb_final:
        return None
    tokens = analysis.tokens
    for m in analysis.mentions_in(tokens[k].sent):
        if m.kind != "org" or m.generic or not first < m.tok_start < k:
            continue
        j = m.tok_start - 1
        while j > first and (tokens[j].text[:1].isupper() or tokens[j].text == "-") and j > m.tok_start - 4:
            j -= 1  # back over the trade noun ("der Landmaschinenhersteller Y")
        if tokens[j].text.casefold() in grammar.determiners - grammar.accusative_articles:
            j -= 1  # "hat der Hersteller Y": after the auxiliary "der" is the subject's article
        if tokens[j].text.casefold() in grammar.perfect_aux | grammar.passive_aux:
            return m
    return None


def _of_its_kind(analysis: Analysis, noun: str, target: Mention, at: Token) -> Mention:
    """ "the lender" is the bank among the recent names, "der Versicherer" the insurer: a name
    that says what kind of company it is wins over nearness when it fits the noun."""
    kin_of = lexicon(analysis.lang).generic_kin
    kin = kin_of.get(noun) or kin_of.get(noun.removesuffix("s")) or kin_of.get(noun.removesuffix("es"))
    if not kin:
        return target

    def fits(m: Mention) -> bool:
        return any(w.casefold().endswith(kin) for w in m.text.split())

    if fits(target):
        return target
    return next((m for m in reversed(_recent_orgs(analysis, at.start, at.sent)) if fits(m)), target)


def _nearest(analysis: Analysis, sent_start: int, before: int) -> Mention | None:
    best = None
    for m in analysis.mentions:
        if m.kind == "org" and sent_start <= m.start and m.end <= before and not m.generic:
            best = m
    return best


def _subject_after_comma(analysis: Analysis, k: int, end: int) -> Mention | None:
    """The company opening the main clause after a fronted phrase: "Since its deal, X has ..."."""
    comma = next((j for j in range(k, end) if analysis.tokens[j].text == ","), None)
    if comma is None:
        return None
    return next(
        (m for m in analysis.mentions if m.kind == "org" and m.tok_start == comma + 1 and not m.generic), None
    )


def _demonym(analysis: Analysis, k: int, end: int) -> bool:
    """Does "die Walldorfer" (article, town adjective, no noun after it) open at token ``k``?"""
    if k + 2 >= end:
        return False
    word, after = analysis.tokens[k + 1].text, analysis.tokens[k + 2].text
    return lexicon(analysis.lang).is_place_adjective(word) and not after[:1].isupper()


def _age_reference(words: list[str], i: int, tails: tuple[tuple[str, ...], ...]) -> int:
    """The length of "die 49-Jährige" opening at ``words[i]`` (0 if there is none)."""
    if i + 1 >= len(words) or not words[i + 1].isdigit():
        return 0
    for tail in tails:
        if tuple(words[i + 2 : i + 2 + len(tail)]) == tail:
            return 2 + len(tail)
    return 0


def _last_person(analysis: Analysis, before: int, sent: int) -> Mention | None:
    best = None
    for m in analysis.mentions:
        if m.kind == "person" and m.start < before and sent - 2 <= m.sent and not m.generic:
            best = m
    return best


def _copy(target: Mention, analysis: Analysis, i: int, j: int) -> Mention:
    toks = analysis.tokens
    start, end = toks[i].start, toks[j - 1].end
    return Mention(
        start,
        end,
        analysis.text[start:end],
        target.kind,
        target.entity,
        toks[i].sent,
        i,
        j,
        source="coref",
        generic=True,
        name=target.display,
    )
