"""The state and the shared tests of the mention finder: the sentence's claimed tokens, the
document's entities, and the word tests the passes of :mod:`.name_passes`, :mod:`.people_passes`
and :mod:`.sequence_pass` have in common."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicons import load
from ..model import Analysis, Entity, Kind, Mention, Token
from ..text.phrases import index_of
from .gazetteer import load_gazetteer
from .lexicon import MentionLexicon, lexicon
from .names import fold, given_names, slug
from .vocab import is_vocabulary, zipf

MAX_NAME_TOKENS = 5
TAIL_ZIPF = 4.5
FUNCTION_WORD_ZIPF = 5.5
VERY_COMMON_ZIPF = 4.3
COMMON_EN_ZIPF = 5.0  # a lone capitalised word this common is emphasis or a heading, not a name
RARE_ZIPF = 3.0  # a word this rare that opened a company's name names it again later
TOWN_ZIPF = 4.0  # the place list leaves out towns whose name is a word this common
OPENERS = frozenset("\"“„‘'«(-–—:")


@lru_cache(maxsize=100_000)
def is_cap(text: str) -> bool:
    if not text or not text[0].isalpha():
        # "3M", "7-Eleven" are names; "2015" and "1.5bn" are not
        return text[:1].isdigit() and any(c.isupper() for c in text) and text.isalnum()
    return text[0].isupper() or any(c.isupper() for c in text[1:3])


@cache
def _trigger_words(lang: str) -> frozenset[str]:
    """Single-word event triggers: never part of a name ("Fusion", "Übernahme")."""
    return frozenset(
        form.casefold()
        for row in load(lang, "events")["triggers"]
        for form in row["forms"]
        if " " not in form
    )


def _clean(surface: str) -> str:
    """The name as written, without line breaks, possessive or a shouting headline's caps."""
    name = " ".join(surface.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def very_common(word: str, lex: MentionLexicon) -> bool:
    """A plain noun ("Gespräche") after an organisation noun, not a name ("Bell", "Huber")."""
    forms = [word] + [
        word[: -len(e)] for e in lex.inflections if word.endswith(e) and len(word) - len(e) >= 4
    ]
    return any(zipf(f, lex.lang) >= VERY_COMMON_ZIPF for f in forms)


def _lone_mid_caps(analysis: Analysis, given: frozenset[str]) -> set[str]:
    """Words capitalised on their own inside sentences ("... sold to Berkshire in ..."); a word
    seen only inside longer names ("GE Renewable Energy") says nothing about itself."""
    toks = analysis.tokens
    found = set()
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or _sentence_initial(analysis, t):
            continue
        prev_cap = i > 0 and toks[i - 1].sent == t.sent and toks[i - 1].text[:1].isupper()
        next_cap = i + 1 < len(toks) and toks[i + 1].sent == t.sent and toks[i + 1].text[:1].isupper()
        if not prev_cap and not next_cap:
            found.add(t.text)
        elif prev_cap and not next_cap and toks[i - 1].text[1:].islower() and t.text[1:].islower():
            found.add(t.text)  # the surname of "Megyn Kelly" may open a later sentence alone
    return found


def _mid_pairs(analysis: Analysis) -> set[tuple[str, str]]:
    """Two capitalised words in a row inside a sentence ("... like Magic Leap, ..."): the same
    two words opening another sentence are that name, not a capitalised common word."""
    toks = analysis.tokens
    pairs: set[tuple[str, str]] = set()
    caps = [t.text[:1].isupper() for t in toks]
    for i in range(1, len(toks) - 1):
        if not (caps[i] and caps[i + 1]):
            continue
        t, nxt = toks[i], toks[i + 1]
        prev = toks[i - 1]
        if prev.sent != t.sent or t.sent != nxt.sent or prev.text[:1].isupper():
            continue
        if not _sentence_initial(analysis, t):
            pairs.add((t.text, nxt.text))
    return pairs


def _sentence_initial(analysis: Analysis, tok: Token) -> bool:
    """The sentence's first word, also behind an opening quote or bracket ("'Customers are ...")."""
    sent = analysis.sentences[tok.sent]
    if sent.headline:
        return True
    k = sent.first_token
    while k < sent.end_token - 1 and analysis.tokens[k].text in OPENERS:
        k += 1
    return analysis.tokens[k] is tok


@dataclass(frozen=True)
class _LanguageWords:
    """Word lists of the mention passes that the mention lexicon does not keep itself."""

    place_suffixes: frozenset[str]  # "Waltham-based"
    credit_labels: frozenset[str]  # "Foto:", "Bild:"
    credit_words: frozenset[str]
    adjective_suffixes: tuple[str, ...]  # "Renewable energy is ...": an adjective, no name
    adverb_endings: tuple[str, ...]  # "Separately, the company ...": an adverb, no name
    relation_heads: frozenset[str]  # "Kestrel rival X": a trade noun that relates two names
    compound_company_words: tuple[str, ...]  # "Klinikgruppe" ends in a company word
    company_endings: tuple[str, ...]  # shorter ones too: "Halbleiterwerk"
    headline_stops: frozenset[str]  # "Weighs", "Lands": a title-case headline's verbs
    name_heads: tuple[str, ...]  # "Nordbank", "Ethikbank": compounds on these may be names
    of_words: frozenset[str]  # "<title> of/von X"
    determiners: frozenset[str]
    function_words: frozenset[str]  # "Bei Tennet verantwortete sie": a sentence's first word, no given name
    person_relatives: frozenset[str]  # "who": only people take it
    role_markers: frozenset[str]  # "as": "named X as its new CFO"
    title_openers: frozenset[str]  # "its", "the", "new" between "as" and a title
    name_adjectives: frozenset[str]  # "First Lakeshore Financial": stop words that open company names
    employer_verbs: frozenset[str]  # "joined X as CEO": X is the employer, not the one named CEO


@cache
def _language_words(lang: str) -> _LanguageWords:
    data, events = load(lang, "mentions"), load(lang, "events")
    credit = frozenset(data.get("credit_labels", ()))
    return _LanguageWords(
        place_suffixes=frozenset(data.get("place_suffixes", ())),
        credit_labels=credit,
        credit_words=frozenset(w.casefold() for w in credit),
        adjective_suffixes=tuple(data.get("adjective_suffixes", ())),
        adverb_endings=tuple(data.get("adverb_endings", ())),
        relation_heads=frozenset(data.get("relation_heads", ())),
        compound_company_words=tuple(w.casefold() for w in lexicon(lang).org_words if len(w) >= 5),
        company_endings=tuple(w.casefold() for w in lexicon(lang).org_words if len(w) >= 4),
        headline_stops=frozenset(data.get("headline_stop_words", ())),
        name_heads=tuple(data.get("compound_name_heads", ())),
        of_words=frozenset(events["position_symbols"]["of"]),
        determiners=frozenset(events["determiners"]),
        function_words=frozenset(w.casefold() for w in events["prepositions"] + events["determiners"]),
        person_relatives=frozenset(data.get("person_relatives", ())),
        role_markers=frozenset(events.get("role_markers", ())),
        title_openers=frozenset(
            [w.casefold() for w in events["determiners"] + events["possessives"]]
            + [p.split()[0] for p in data.get("new_title_markers", ())]
        ),
        name_adjectives=frozenset(data.get("name_adjectives", ())),
        employer_verbs=frozenset(data.get("employer_verbs", ())),
    )


class ClaimedSentence:
    """Token claims of one sentence while mentions are being found."""

    def __init__(self, tokens: Sequence[Token], start: int, end: int) -> None:
        self.tokens = tokens
        self.start, self.end = start, end
        self.owner: list[object | None] = [None] * (end - start)
        self.words = [t.text.casefold() for t in tokens[start:end]]

    def free(self, i: int, j: int) -> bool:
        owner = self.owner
        if j - i == 1:
            k = i - self.start
            return 0 <= k < len(owner) and owner[k] is None
        return not any(owner[max(i - self.start, 0) : j - self.start])  # owners are never falsy

    def claim(self, i: int, j: int, owner: object) -> None:
        for k in range(i, j):
            self.owner[k - self.start] = owner


class FinderBase:
    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.lex: MentionLexicon = lexicon(analysis.lang)
        self.gaz = load_gazetteer()
        self.given = given_names()
        self.triggers = _trigger_words(analysis.lang)
        # words the document capitalises inside sentences too: names even at a sentence start
        self.mid_caps = _lone_mid_caps(analysis, self.given)
        self.mid_pairs = _mid_pairs(analysis) if not self.lex.capitalised_nouns else set()
        words = _language_words(analysis.lang)  # read once per language, not per document
        self.place_suffixes = words.place_suffixes
        self.credit_labels, self.credit_words = words.credit_labels, words.credit_words
        self.adjective_suffixes = words.adjective_suffixes
        self.adverb_endings = words.adverb_endings
        self.relation_heads = words.relation_heads
        self.compound_company_words = words.compound_company_words
        self.headline_stops = words.headline_stops
        self.name_heads = words.name_heads
        self.of_words, self.determiners = words.of_words, words.determiners
        self.function_words = words.function_words
        self.company_endings = words.company_endings
        self.person_relatives, self.role_markers = words.person_relatives, words.role_markers
        self.title_openers = words.title_openers
        self.name_adjectives = words.name_adjectives
        self.employer_verbs = words.employer_verbs
        self.titles = index_of(self.lex.titles)
        self.local: dict[str, Entity] = {}  # folded name -> entity of this document
        self.surnames: set[str] = set()  # of the people named so far: "Kühn, bisher ..." is one of them
        self.org_firsts: set[str] = set()  # rare first words of companies named so far by a pattern
        self.mentions: list[Mention] = []

    # -- entities -------------------------------------------------------------
    def entity_for(self, name: str, kind: Kind) -> Entity:
        known = self.gaz.lookup(name)
        if known is not None:
            return known
        key = fold(name)
        entity = self.local.get(key)
        if entity is None or entity.kind != kind:
            # "Conrad Caine" guessed a person from its given name stays so, but "die Digitalagentur
            # Conrad Caine" is a company: a name read as another kind is another entity
            entity = self.local.get(f"{kind}:{key}") or Entity(f"dg:{kind}:{slug(name)}", name, kind)
            self.local.setdefault(key, entity)
            self.local[f"{kind}:{key}"] = entity
        entity.aliases.add(name)
        return entity

    def add(self, s: ClaimedSentence, i: int, j: int, kind: Kind, entity: Entity | None, source: str) -> None:
        toks = s.tokens
        while kind == "person" and j - i > 2 and toks[i].text in self.lex.honorifics:
            s.claim(i, i + 1, "honorific")  # "Baroness Harriet Vane-Tempest": the name without the style
            i += 1
        k = i
        while (
            kind == "person" and k > s.start and toks[k - 1].text in self.lex.honorifics and s.free(k - 1, k)
        ):
            k -= 1
            s.claim(k, k + 1, "honorific")  # the style before a name found without it names nobody
        start, end = toks[i].start, toks[j - 1].end
        text = self.a.text[start:end]
        if kind == "org" and len(text) == 2 and text[1] == ".":
            return  # "Tochtergesellschaft S...": a lone initial is a cut-off name
        if entity is None:
            entity = self.entity_for(text, kind)
        mention = Mention(
            start, end, text, entity.kind, entity, toks[i].sent, i, j, source, name=_clean(text)
        )
        s.claim(i, j, mention)
        self.mentions.append(mention)
        if entity.kind == "person" and j - i >= 2:
            self.surnames.add(toks[j - 1].text)
        first = toks[i].text
        if (
            kind == "org"
            and source == "pattern"
            and first.isalpha()
            and zipf(first, self.lex.lang) < RARE_ZIPF
            and not self.lex.is_place_adjective(first)
        ):
            self.org_firsts.add(first)  # "der Softwarekonzern Kerngrund ... bei Kerngrund": the name again

    # -- token tests ------------------------------------------------------------
    def name_token(self, tok: Token, initial: bool, headline: bool) -> bool:
        text = tok.text
        if not is_cap(text) or text in self.lex.stop_names or self.lex.is_title(text):
            return False
        if text in self.surnames or text in self.org_firsts:
            return True  # "Anna Kühn ... Kühn, bisher Bereichsleiterin": not the adjective
        if text.casefold() in self.lex.former:
            return False  # "Former Larchmont Bank CEO P"
        if headline and text in self.headline_stops:
            return False  # "Atlas Grid Weighs Bid", "Lands $15M From X": a headline's verbs and particles
        if text.endswith(".") and text[:-1] in self.lex.stop_names:
            return False
        if text.casefold() in self.triggers:
            return False
        if text.isupper() and len(text) > 1:
            return len(text) <= 6 or not headline
        if self.lex.is_org_head(text):
            # "Nordbank", "Ethikbank": a rare compound on an organisation noun is a name;
            # "Genossenschaftsbank", "Zentralbank" are ordinary words
            low = text.casefold()
            return (
                low.endswith(self.name_heads)
                and low not in self.lex.org_heads
                and not is_vocabulary(text, self.lex.lang)
            )
        if self.lex.capitalised_nouns or headline:
            return not is_vocabulary(text, self.lex.lang)
        if initial:
            return zipf(text, self.lex.lang) < 3.5 or text in self.mid_caps
        return True

    def _company_word_at(self, s: ClaimedSentence, j: int, legal_forms: bool = False) -> int | None:
        """Where capitalised words from token ``j`` on reach a company word ("Edge Computing"),
        or with ``legal_forms`` a legal form after at least one word ("Alaska Air Group", "X AG")."""
        toks = s.tokens
        for k in range(j, min(s.end, j + 3)):
            text = toks[k].text
            if (
                not s.free(k, k + 1)
                or not is_cap(text)
                or text in self.lex.stop_names
                or self.lex.is_title(text)
            ):
                return None
            if text in self.lex.org_words or (legal_forms and k > j and self.lex.is_legal_form(text)):
                return k
        return None

    def _names_before(self, text: str) -> bool:
        return (
            (text.isupper() and 2 <= len(text) <= 4 and text not in self.lex.stop_names)
            or text in self.lex.org_words
            or self.lex.is_legal_form(text)
            or (self.lex.is_org_head(text) and text.casefold() not in self.lex.org_heads)
        )

    def _extend_left(self, s: ClaimedSentence, j: int, headline: bool) -> int:
        """First token of the capitalised name that ends just before token ``j``."""
        toks = s.tokens
        i = j
        if (
            i - 2 >= s.start
            and s.owner[i - 1 - s.start] == "place"
            and s.free(i - 2, i - 1)
            and is_cap(toks[i - 2].text)
            and self.lex.is_legal_form(toks[j].text)
        ):
            i -= 1  # "Rentenanstalt Stuttgart AG": a town inside the company's name
        while i > s.start and j - i < MAX_NAME_TOKENS and s.free(i - 1, i):
            prev = toks[i - 1].text
            listed = prev.casefold() in self.lex.org_heads or not self.lex.capitalised_nouns
            if (
                i < j
                and self.lex.is_org_head(prev)
                and prev not in self.lex.org_words
                and (listed or is_vocabulary(prev, self.lex.lang) or not self._company_ending(prev))
            ):
                break  # "den Softwareanbieter Klarfeld GmbH" (but "Fürstenbank X AG" stays whole)
            if (
                self.lex.capitalised_nouns
                and i < j
                and prev.casefold() in self.lex.org_heads
                and j < s.end
                and toks[j].text in self.lex.org_words  # ("die Spedition X GmbH" keeps its trade)
                and toks[j].text.casefold() not in self.lex.org_heads
            ):
                break  # "der Fonds Nordhavn Ventures": the name has a company word of its own
            if i < j and (
                self._genitive_trade_noun(s, i - 1) == 1 or self._genitive_trade_noun(s, i - 3) == 3
            ):
                break  # "des Kaffeerösters X AG", "des Lkw-Bauers X AG": the trade noun in the genitive
            if prev.casefold() in self.place_suffixes and i - 2 >= s.start and toks[i - 2].text == "-":
                break  # "Ohio-Based Software Maker X"
            if prev.casefold() in self.lex.former:
                break  # "Former Larchmont Bank CEO P"
            if (is_cap(prev) and prev not in self.lex.stop_names and not self.lex.is_title(prev)) or (
                prev in self.lex.name_openers
            ):
                i -= 1
            elif prev in ("&", "-", "'s", "’s") and i - 2 >= s.start and is_cap(toks[i - 2].text):
                i -= 1
            else:
                break
        while i < j and toks[i].text in ("&", "-", "'s", "’s"):
            i += 1  # a name never starts with a joiner
        return i

    def _extend_right(
        self, s: ClaimedSentence, i: int, limit: int = MAX_NAME_TOKENS, company: bool = False
    ) -> int:
        toks = s.tokens
        connectors = self.lex.connectors
        if company and self.lex.capitalised_nouns:  # "die Sparte X von Y": "von" joins no company name
            connectors = connectors - self.lex.particles
        j = i
        while j < s.end and j - i < limit and s.free(j, j + 1):
            text = toks[j].text
            if (
                self.lex.capitalised_nouns
                and j > i + 1  # "Energie Saalequelle": a company word opening the name takes the next
                and toks[j - 1].text in self.lex.org_words
                and is_vocabulary(text, self.lex.lang)
                and not self.lex.is_legal_form(text)
                and text not in self.lex.org_words
            ):
                break  # "der Wettbewerber Rapido Markt Teile des Teams": the company word ends the name
            if is_cap(text) and text not in self.lex.stop_names and not self.lex.is_title(text):
                j += 1
            elif j > i and text in self.lex.org_words:
                j += 1  # "startup Sorrel AI"
            elif (
                j > i
                and is_cap(text)
                and j + 1 < s.end
                and toks[j + 1].text in self.lex.org_words
                and s.free(j + 1, j + 2)
            ):
                j += 1  # "investor Harlan Street Capital": a stop word inside a company's name
            elif text in connectors and j > i and j + 1 < s.end and is_cap(toks[j + 1].text):
                j += 1
            elif text == "-" and j > i and j + 1 < s.end and self._name_tail(toks[j + 1].text):
                j += 1
            else:
                break
        while j > i and (toks[j - 1].text in connectors or toks[j - 1].text == "-"):
            j -= 1
        return j

    def _acronym_tail(self, text: str) -> bool:
        """A word after a known acronym that makes a longer name ("DB International", "GE Healthcare")."""
        return (
            is_cap(text)
            and text not in self.lex.stop_names
            and not self.lex.is_title(text)
            and not self.lex.is_org_head(text)
            and text.casefold() not in self.triggers
            and zipf(text, self.lex.lang) < FUNCTION_WORD_ZIPF  # "TWX Could Provide": a headline's verb
        )

    def _opens_name(self, s: ClaimedSentence, k: int, initial: bool, headline: bool) -> bool:
        """A common word opening a sentence starts a name when a name word follows ("Orbital Dynamics")."""
        toks = s.tokens
        if not initial or self.lex.capitalised_nouns or k + 1 >= s.end or not s.free(k + 1, k + 2):
            return False
        word = toks[k].text
        if not is_cap(word) or word in self.lex.stop_names or self.lex.is_title(word):
            return False
        if word.casefold() in self.lex.former:
            return False  # "Former Larchmont Bank CEO P"
        if self.lex.is_org_head(word) and word not in self.lex.org_words:
            return False  # "Steelmaker Harrowgate and ...": the trade noun before the name
        if (word, toks[k + 1].text) in self.mid_pairs:
            return True  # "Magic Leap is backed by ..." after "... like Magic Leap"
        if zipf(word, self.lex.lang) >= COMMON_EN_ZIPF:
            return False
        nxt = toks[k + 1]
        return (
            self.name_token(nxt, False, headline)
            and nxt.text[:1].isupper()
            and not self.lex.is_title(nxt.text)
        )

    def _name_tail(self, text: str) -> bool:
        """Can this word after a hyphen continue a name ("Anheuser-Busch", not "Siemens-Chef")?"""
        return (
            is_cap(text)
            and not self.lex.is_title(text)
            and not self.lex.is_org_head(text)
            and text not in self.lex.stop_names
            and text.casefold() not in self.triggers
            and zipf(text, self.lex.lang) < TAIL_ZIPF
        )

    def _particle_opens(self, s: ClaimedSentence, k: int) -> bool:
        """ "Van Rijn Cycles", "De Haan": a capitalised name particle before a name opens it."""
        return (
            k + 1 < s.end
            and s.words[k - s.start] in self.lex.particles
            and s.tokens[k].text[:1].isupper()
            and is_cap(s.tokens[k + 1].text)
            and s.tokens[k + 1].text not in self.lex.stop_names
        )

    def _company_ending(self, word: str) -> bool:
        """ "Halbleiterwerk", "Stadtbank": a compound on a company word."""
        low = word.casefold()
        return len(low) > 6 and low.endswith(self.company_endings)

    def _genitive_trade_noun(self, s: ClaimedSentence, i: int) -> int:
        """Width of the noun in the genitive opening at token ``i`` after its article: the trade
        noun before a name ("des Kaffeerösters X" 1, "des Lkw-Bauers X" 3; 0 if none). Names take
        no genitive -s there."""
        if i <= s.start or i >= s.end:
            return 0
        before = s.words[i - 1 - s.start]
        if i + 2 < s.end and s.tokens[i + 1].text == "-":
            compound = "".join(t.text for t in s.tokens[i : i + 3])
            return 3 if self.lex.genitive_noun(before, compound) else 0
        return 1 if self.lex.genitive_noun(before, s.tokens[i].text) else 0

    def _double_surname(self, s: ClaimedSentence, j: int) -> int:
        """The end of a person's name ending at ``j``, past a second surname ("Elena Vasquez-Lindholm")."""
        toks = s.tokens
        if j + 1 < s.end and toks[j].text == "-" and s.free(j, j + 2):
            tail = toks[j + 1].text
            if tail[:1].isupper() and tail[1:].islower() and tail.isalpha() and not self.lex.is_title(tail):
                return j + 2
            if tail.isalpha() and tail.islower() and len(tail) <= 4 and len(toks[j - 1].text) <= 3:
                return j + 2  # "Park Ji-hoon", "Lee Jae-yong": a given name in two parts
        return j

    def _particle_joins(self, s: ClaimedSentence, j: int, headline: bool) -> bool:
        """Do particles at ``j`` ("de", "van der") lead to one more name word?"""
        k = j
        while k < s.end and s.tokens[k].text in self.lex.joining_particles and k - j < 2:
            k += 1
        return k < s.end and s.free(k, k + 1) and self.name_token(s.tokens[k], False, headline)

    def _town_surname(self, s: ClaimedSentence, j: int) -> bool:
        """Is token ``j``, claimed as a place right after a given name, the person's surname?"""
        toks = s.tokens
        return (
            s.owner[j - s.start] == "place"
            and is_cap(toks[j].text)
            and j > s.start
            and toks[j - 1].text in self.given
            and toks[j - 1].text.casefold() not in self.function_words  # "In Lübeck"
            and (j + 1 >= s.end or not is_cap(toks[j + 1].text))
        )

    def _industry_word(self, s: ClaimedSentence, j: int) -> bool:
        """Do one or two lower-case words ending in a trade noun (not a rival or parent) and then a
        name follow token ``j - 1``?"""
        toks = s.tokens
        for n in (1, 2):
            end = j + n
            if end >= s.end or not all(t.text[:1].islower() for t in toks[j:end]):
                return False
            head = toks[end - 1].text
            if self.lex.is_org_head(head) and is_cap(toks[end].text):
                return head.casefold() not in self.relation_heads
        return False

    def _company_word_follows(self, s: ClaimedSentence, j: int) -> bool:
        """ "Al-Noor Sovereign Fund", "Kestrel Asset Management": a company word closes the name."""
        text = s.tokens[j].text if j < s.end else ""
        return bool(text) and (self.lex.is_legal_form(text) or text in self.lex.org_words)

    def _town_adjective(self, s: ClaimedSentence, k: int) -> bool:
        """ "Die Itzehoer Bäckerei Kornblume": between an article and a trade noun before a name, a
        capitalised word in -er is the adjective of a town the place list does not know."""
        toks = s.tokens
        word = toks[k].text
        return (
            len(word) >= 5
            and word.endswith("er")
            and k > s.start
            and k + 2 < s.end
            and s.words[k - 1 - s.start] in self.determiners
            and s.free(k, k + 1)
            and self.lex.is_org_head(toks[k + 1].text)
            and is_cap(toks[k + 2].text)
        )

    def _town_of_company(self, s: ClaimedSentence, k: int) -> bool:
        """ "die Stadtwerke Lindau", "die Kreissparkasse Höxter": after a company word that takes a
        town, a capitalised word is the town although it reads like a word, unless it is common."""
        toks = s.tokens
        word = toks[k].text
        if word in self.lex.town_prefixes and k + 1 < s.end and is_cap(toks[k + 1].text):
            word = toks[k + 1].text  # "die Stadtwerke Bad Kreuzbach"
        return (
            k > s.start
            and toks[k - 1].text in self.lex.town_companies
            and s.free(k - 1, k + 1)
            and is_cap(word)
            and word.isalpha()
            and word not in self.lex.stop_names
            and not self.lex.is_title(word)
            and not self.lex.is_org_head(word)
            and zipf(word, self.lex.lang) < TOWN_ZIPF
        )

    def _adjective_opens(self, s: ClaimedSentence, k: int, headline: bool) -> bool:
        """ "First Lakeshore Financial", "Northern Cascade Bank": an adjective that is no name on its
        own opens one when names and a company word follow it."""
        toks = s.tokens
        j = k + 1
        while j < s.end and j - k <= 4 and s.free(j, j + 1):
            text = toks[j].text
            if text in self.lex.org_words:
                return j > k + 1
            if not self.name_token(toks[j], False, headline):
                return False
            j += 1
        return False

    def _opens_company_word(self, s: ClaimedSentence, k: int) -> bool:
        """ "Zeller Automation", "Rhenus Leben": a rarer capitalised word before a company word
        names a company although the word itself is in the dictionary."""
        toks = s.tokens
        if k + 1 >= s.end or toks[k + 1].text not in self.lex.org_words or not s.free(k + 1, k + 2):
            return False
        word, nxt = toks[k].text, toks[k + 1].text
        return (
            word[:1].isupper()
            and word.isalpha()
            and not self.lex.is_org_head(nxt)
            and word not in self.lex.stop_names
            and not self.lex.is_title(word)
            and not self.lex.is_org_head(word)
            and word.casefold() not in self.triggers
            # "Rheinland Assekuranz": a company word that is no plain word lets a commoner one open
            and zipf(word, self.lex.lang)
            < (VERY_COMMON_ZIPF if is_vocabulary(nxt, self.lex.lang) else TAIL_ZIPF)
        )

    def _after_place_hyphen(self, s: ClaimedSentence, k: int) -> bool:
        """ "Ohio-Based": the word after the hyphen says where, it opens no name."""
        toks = s.tokens
        return k > s.start and toks[k - 1].text == "-" and toks[k].text.casefold() in self.place_suffixes

    def _name_follows(self, s: ClaimedSentence, k: int) -> bool:
        """A given name that is also a stop word ("Jan", a month) is a name before a surname,
        unless a day number stands before it ("5. Jan")."""
        nxt = s.tokens[k + 1].text
        prev = s.tokens[k - 1].text if k > s.start else ""
        return nxt[:1].isupper() and nxt.isalpha() and not prev[:1].isdigit()
