"""Find organisations and people: gazetteer first, then patterns for unknown names.

Order of precedence inside a sentence: gazetteer aliases, place names (claimed so they
never become companies), names with a legal form ("Hans Glas GmbH"), names after an
organisation noun or a title ("der Fleischverarbeiter Bell", "CEO Jane Roe",
"Spar-Vorstand Hans Reisch"), given name + surname, and finally other capitalised
sequences that are not ordinary vocabulary. Later in the document, a surname or the
first word of a longer company name refers to the entity named in full before.
"""

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
_OPENERS = frozenset("\"“„‘'«(-–—:")


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


def _very_common(word: str, lex: MentionLexicon) -> bool:
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
    while k < sent.end_token - 1 and analysis.tokens[k].text in _OPENERS:
        k += 1
    return analysis.tokens[k] is tok


@dataclass(frozen=True)
class _LanguageWords:
    """Word lists of the mention passes that the mention lexicon does not keep itself."""

    place_suffixes: frozenset[str]  # "Waltham-based"
    credit_labels: frozenset[str]  # "Foto:", "Bild:"
    credit_words: frozenset[str]
    adjective_suffixes: tuple[str, ...]  # "Renewable energy is ...": an adjective, no name
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


class _Sentence:
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


class MentionFinder:
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

    def add(self, s: _Sentence, i: int, j: int, kind: Kind, entity: Entity | None, source: str) -> None:
        toks = s.tokens
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

    # -- token tests ------------------------------------------------------------
    def name_token(self, tok: Token, initial: bool, headline: bool) -> bool:
        text = tok.text
        if not is_cap(text) or text in self.lex.stop_names or self.lex.is_title(text):
            return False
        if text in self.surnames:
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

    # -- passes -------------------------------------------------------------------
    def run(self) -> list[Mention]:
        for sent in self.a.sentences:
            s = _Sentence(self.a.tokens, sent.first_token, sent.end_token)
            self.credit_pass(s)
            self.gazetteer_pass(s)
            if self._shouting(s):  # an all-caps line: only known names are trusted
                continue
            self.place_pass(s)
            self.legal_form_pass(s)
            self.title_pass(s)
            headline = sent.headline or self._title_case(s)
            self.apposition_pass(s, headline)
            self.acronym_pass(s)
            self.coordinated_pass(s)
            self.hyphenated_name_pass(s)
            self.compound_prefix_pass(s)
            self.described_name_pass(s)
            self.person_pass(s)
            self.title_of_pass(s)
            self.sequence_pass(s, headline)
        self.drop_descriptors()
        self.listed_people_pass()
        self.titled_people_pass()
        self.short_form_pass()
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def _shouting(self, s: _Sentence) -> bool:
        words = [t.text for t in s.tokens[s.start : s.end] if t.text[:1].isalpha()]
        return len(words) >= 4 and sum(w.isupper() for w in words) / len(words) > 0.7

    def _title_case(self, s: _Sentence) -> bool:
        words = [t.text for t in s.tokens[s.start : s.end] if t.text[:1].isalpha()]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7

    def credit_pass(self, s: _Sentence) -> None:
        """ "Bild: Fruit Logistica", "Foto: Jana Kessler": a picture credit names no party."""
        if ":" not in s.words or not self.credit_words.intersection(s.words):
            return
        toks = s.tokens
        for k in range(s.start, s.end - 2):
            if toks[k].text in self.credit_labels and toks[k + 1].text == ":":
                j = k + 2
                stops = self.lex.stop_names
                while j < s.end and j - k < 6 and toks[j].text[:1].isupper() and toks[j].text not in stops:
                    j += 1
                s.claim(k, j, "credit")

    def gazetteer_pass(self, s: _Sentence) -> None:
        toks = s.tokens
        for i, j, entity in self.gaz.match(s.tokens, s.start, s.end, s.words):
            if j == i + 1 and entity.kind == "org" and i > s.start and toks[i - 1].text in self.given:
                continue  # "Kenneth Goldman" is a person, not the bank "Goldman"
            if (
                j == i + 1
                and entity.kind == "org"
                and toks[i].text in self.given
                and j < s.end
                and self.name_token(toks[j], False, False)
                and not is_vocabulary(toks[j].text, self.lex.lang)
                and not self.lex.is_legal_form(toks[j].text)
                and toks[j].text not in self.lex.org_words
            ):
                continue  # "Dana Okafor" is a person, not the company "Dana"
            # "Kranich Software AG" is not the company "Software AG": a known name that
            # starts with a plain word and follows an unknown name is part of a longer one.
            if (
                i > s.start
                and entity.kind == "org"
                and (
                    is_vocabulary(toks[i].text, self.lex.lang)
                    or (j == i + 1 and toks[i].text in self.lex.org_words)
                )
                and s.free(i - 1, i)
                and self.name_token(toks[i - 1], i - 1 == s.start, False)
            ):
                end = j
                if j + 1 < s.end and toks[j].text == "&" and is_cap(toks[j + 1].text) and s.free(j, j + 2):
                    end = self._extend_right(s, j + 1, 3, company=True)  # "Midwest Bolt & Supply Co."
                while end < s.end and self.lex.is_legal_form(toks[end].text) and s.free(end, end + 1):
                    end += 1
                self.add(s, self._extend_left(s, i, False), end, "org", None, "pattern")
                continue
            if (
                entity.kind == "org"
                and j == i + 1
                and self.lex.is_org_head(toks[i].text)
                and j < s.end
                and s.free(j, j + 1)
                and (self.name_token(toks[j], False, False) or self._name_tail(toks[j].text))
            ):
                # "Volksbank Eisenberg", "Sparkasse Oberhavel": a generic bank name and its town
                end = self._extend_right(s, j, 2)
                if (
                    end + 1 < s.end
                    and toks[end].text == "-"
                    and is_cap(toks[end + 1].text)
                    and s.free(end, end + 2)
                ):
                    end += 2  # "Sparkasse Ammersee-Lech": two towns
                if end < s.end and self.lex.is_legal_form(toks[end].text) and s.free(end, end + 1):
                    end += 1  # "Raiffeisenbank Hunte-Ems eG"
                self.add(s, i, end, "org", None, "pattern")
                continue
            if (
                entity.kind == "org"
                and j == i + 1
                and j < s.end
                and s.free(j, j + 1)
                and zipf(toks[i].text, self.lex.lang) >= VERY_COMMON_ZIPF
                and toks[j].text not in self.lex.org_words
                and not self.lex.is_legal_form(toks[j].text)
                and self.name_token(toks[j], False, False)
            ):
                # "Magic Leap" is not the company "Magic": a known plain-word name that opens a
                # longer name is left to the name patterns
                continue
            if (
                entity.kind == "org"
                and j == i + 1
                and j < s.end
                and self._other_company(entity, toks[i].text, toks[j])
            ):
                continue  # "Redwood Crest" is not "Redwood Trust" known as "Redwood"
            word_at = self._company_word_at(s, j) if entity.kind == "org" else None
            if word_at is not None:
                end = word_at  # "Greyfield Pharma", "Mistral Edge Computing": a company of its own
                while end < s.end and toks[end].text in self.lex.org_words and end - i < MAX_NAME_TOKENS:
                    end += 1
                if i > s.start and toks[i - 1].text in self.lex.name_openers and s.free(i - 1, i):
                    i -= 1  # "First Tidewater Bancorp"
                self.add(s, i, end, "org", None, "pattern")
                continue
            while j < s.end and s.free(j, j + 1) and self.lex.is_legal_form(toks[j].text):
                j += 1  # "Berkshire Hathaway Inc." is Berkshire Hathaway, the "Inc." belongs to it
            surface = toks[i].text
            if (
                j == i + 1
                and entity.kind == "org"
                and surface.isupper()
                and len(surface) <= 4
                and j < s.end
                and s.free(j, j + 1)
                and self._acronym_tail(toks[j].text)
            ):
                end = self._extend_right(s, j, 3)
                if end > j:  # "DB International" is a company of its own, not "DB"
                    self.add(s, i, end, "org", None, "pattern")
                    continue
            self.add(s, i, j, entity.kind, entity, "gazetteer")

    def _other_company(self, entity: Entity, surface: str, nxt: Token) -> bool:
        """A short form of a longer known name ("Redwood" for "Redwood Trust") before another name
        word opens a different company's name."""
        words = [w for w in entity.name.replace(",", " ").split() if not self.lex.is_legal_form(w)]
        return (
            len(words) > 1
            and words[0] == surface
            and nxt.text != words[1]
            and self.name_token(nxt, False, False)
            and nxt.text not in self.lex.org_words
            and not self.lex.is_legal_form(nxt.text)
            and (nxt.text.casefold(),) not in self.lex.places
        )

    def place_pass(self, s: _Sentence) -> None:
        toks = s.tokens
        self._dateline(s)
        places = index_of(self.lex.places)
        derived = self.lex.place_adjective_endings  # English "American Express" is a name
        for i in range(s.start, s.end):
            if not toks[i].text[:1].isupper():
                continue  # places and their adjectives are capitalised
            n = places.match(s.words, i - s.start)
            nxt = toks[i + 1].text if i + 1 < s.end else ""
            if not n and not derived and s.free(i, i + 1) and self.lex.is_place_adjective(toks[i].text):
                if nxt[:1].islower():
                    s.claim(i, i + 1, "place")  # "Czech payment processor X", "the Chilean miner"
                elif self._name_tail(nxt) and not nxt.isupper() and not is_vocabulary(nxt, self.lex.lang):
                    # "American Agritech": the adjective opens a name (not "Chinese EV", "German Chancellor")
                    self.add(s, i, self._extend_right(s, i + 1, 3), "org", None, "pattern")
                continue
            if not n and derived and s.free(i, i + 1) and self.lex.is_place_adjective(toks[i].text):
                company_word = nxt in self.lex.org_words and not self.lex.is_org_head(nxt)
                if not (self.lex.is_legal_form(nxt) or company_word):  # "Zeller Automation" is a name
                    s.claim(i, i + 1, "place")  # "der Münchner Softwarehersteller X"
                continue
            if n and s.free(i, i + n):
                k = i - 1
                names_before = self._names_before
                while k >= max(s.start, i - 3) and is_cap(toks[k].text) and not names_before(toks[k].text):
                    k -= 1  # back over the capitalised words just before the place
                if k >= s.start and names_before(toks[k].text) and (k == i - 1 or is_cap(toks[k].text)):
                    continue  # "FC Augsburg", "TSV Schwaben Augsburg": the place ends a name
                if self._company_word_at(s, i + n, legal_forms=True) is not None:
                    continue  # "Alaska Air Group", "Berliner Volksbank AG": the place starts a name
                if (
                    i > s.start
                    and self.lex.is_org_head(toks[i - 1].text)
                    and self._extend_right(s, i + n, 3) > i + n
                ):
                    continue  # "battery maker Ostrava Cells": a name stands where the trade noun points
                if i + n + 1 < s.end and toks[i + n].text == "&" and is_cap(toks[i + n + 1].text):
                    continue  # "Harbin & Lowe": partners named after a town and a person
                s.claim(i, i + n, "place")

    def _dateline(self, s: _Sentence) -> None:
        """The place of "EINDHOVEN (dpa-AFX) - ..." is where the story was filed, not a company;
        so is everything before the wire of "SAN JOSE, Calif., March 4 /PRNewswire/ --" and
        "SAN JOSE, Calif.--(BUSINESS WIRE)--"."""
        toks = s.tokens
        head = s.words[:28]
        if "/" not in head and "(" not in head:
            return
        dashes = ("-", "–", "—")
        for k in range(s.start, min(s.end - 3, s.start + 25)):
            end = None  # the dash after the wire's name
            if toks[k].text == "/" and toks[k + 2].text == "/" and toks[k + 3].text in dashes:
                end = k + 3
            elif toks[k].text == "(" and k > s.start and toks[k - 1].text in dashes:
                close = next((j for j in range(k + 1, min(s.end - 1, k + 6)) if toks[j].text == ")"), None)
                end = close + 1 if close is not None and toks[close + 1].text in dashes else None
            if end is not None:
                while end < s.end and toks[end].text in dashes:
                    end += 1
                s.claim(s.start, end, "place")
                return
        k = s.start
        while k < s.end and k - s.start < 5 and (is_cap(toks[k].text) or toks[k].text == "/"):
            k += 1
        if k == s.start or k >= s.end or toks[k].text != "(":
            return
        close = next((j for j in range(k + 1, min(s.end, k + 8)) if toks[j].text == ")"), None)
        if close is not None and close + 1 < s.end and toks[close + 1].text in ("-", "–", "—"):
            s.claim(s.start, k, "place")

    def _company_word_at(self, s: _Sentence, j: int, legal_forms: bool = False) -> int | None:
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

    def _extend_left(self, s: _Sentence, j: int, headline: bool) -> int:
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

    def _extend_right(self, s: _Sentence, i: int, limit: int = MAX_NAME_TOKENS, company: bool = False) -> int:
        toks = s.tokens
        connectors = self.lex.connectors
        if company and self.lex.capitalised_nouns:  # "die Sparte X von Y": "von" joins no company name
            connectors = connectors - self.lex.particles
        j = i
        while j < s.end and j - i < limit and s.free(j, j + 1):
            text = toks[j].text
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

    def _opens_name(self, s: _Sentence, k: int, initial: bool, headline: bool) -> bool:
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

    def legal_form_pass(self, s: _Sentence) -> None:
        toks = s.tokens
        forms = self.lex.legal_forms
        for j in range(s.start + 1, s.end):
            slashed = (  # "Nordbryg A/S": a legal form written as three tokens
                j + 2 < s.end
                and s.words[j + 1 - s.start] == "/"
                and f"{s.words[j - s.start]}/{s.words[j + 2 - s.start].rstrip('.')}" in forms
            )
            if s.words[j - s.start].rstrip(".") not in forms and not slashed:
                continue  # the cheap test first: most words are no legal form
            if slashed:
                if s.free(j, j + 3) and j > s.start and is_cap(toks[j - 1].text) and s.free(j - 1, j):
                    self.add(s, self._extend_left(s, j, False), j + 3, "org", None, "pattern")
                continue
            if not self.lex.is_legal_form(toks[j].text) or not s.free(j, j + 1):
                continue
            if not is_cap(toks[j].text):
                continue
            i = self._extend_left(s, j, False)
            entity = None
            known = s.owner[i - 1 - s.start] if i > s.start else None
            if (
                isinstance(known, Mention)
                and known.kind == "org"
                and known.source == "gazetteer"
                and all(
                    t.text in self.lex.org_words or is_vocabulary(t.text, self.lex.lang) for t in toks[i:j]
                )
            ):  # "Mubadala Investment Co.": the known company under its full name
                self.mentions.remove(known)
                i, entity = known.tok_start, known.entity
            if i < j and any(is_cap(t.text) for t in toks[i:j]):
                end = j + 1
                while (
                    end < s.end
                    and s.free(end, end + 1)
                    and (
                        self.lex.is_legal_form(toks[end].text)
                        or toks[end].text in self.lex.org_words  # "Brenton Capital Markets"
                        or (
                            toks[end].text == "&"
                            and end + 1 < s.end
                            and toks[end + 1].text.rstrip(".") == "Co"
                        )
                    )
                ):
                    end += 1  # "GmbH & Co. KG"
                self.add(s, i, end, "org", entity, "pattern")

    def apposition_pass(self, s: _Sentence, headline: bool = False) -> None:
        """Names right after an organisation noun (org) or a title (person)."""
        toks = s.tokens
        owner, start = s.owner, s.start
        for k in range(s.start, s.end - 1):
            if owner[k + 1 - start] is not None or not is_cap(toks[k + 1].text):
                continue
            head = toks[k].text
            if k - 2 >= s.start and toks[k - 1].text == "-":
                head = toks[k - 2].text + "-" + head  # "das Start-up X": the compound is the head
            nxt = toks[k + 1].text
            head_is_org = self.lex.is_org_head(head)
            if head_is_org and self._trade_name(s, k, head):
                continue  # "Die Krankenhausbetreiber Klinikverbund Ems": the second noun opens the name
            if head_is_org and ((nxt.casefold(),) in self.lex.places or _very_common(nxt, self.lex)):
                end = self._company_word_at(s, k + 2)
                if end is not None:  # "der Versicherer Rheinland Leben": a plain word and a company word
                    self.add(s, k + 1, end + 1, "org", None, "pattern")
                    continue
            if nxt in self.lex.stop_names or self.lex.is_title(nxt) or self.lex.is_org_head(nxt):
                continue
            if head.casefold() in self.lex.family_nouns and nxt in self.given:
                continue  # "an seine Tochter Sabine Wollny-Rath": a daughter, not a subsidiary
            if (
                nxt in self.given
                and head.casefold().endswith(self.lex.either_heads)
                and k + 2 < s.end
                and is_cap(toks[k + 2].text)
                and self._company_word_at(s, k + 2, legal_forms=True) is None
                and not self.lex.is_legal_form(toks[k + 2].text)
            ):
                continue  # "activist investor Sven Torvald": a person, as the given name says
            if (
                self.lex.capitalised_nouns
                and _very_common(nxt, self.lex)
                and not self._particle_opens(s, k + 1)
            ):
                continue
            # a title first: "Kestrel-Manager Tomas Berger" is a person although "Manager" ends
            # organisation nouns ("Asset-Manager X") too
            if self.lex.is_title(head) and (k + 2 < s.end and is_cap(toks[k + 2].text)):
                j = self._extend_right(s, k + 1, 3)
                if j == k + 2 and nxt in self.given and self._town_surname(s, j):
                    j += 1  # "Neurona-Chef Jonas Freiberg": a surname that is also a town
                if j >= k + 3 or (j == k + 2 and nxt in self.given):
                    self.add(s, k + 1, self._double_surname(s, j), "person", None, "pattern")
                    continue
            # German nouns are capitalised, English ones only in a title-case headline
            # "den Online-Optiker X": the compound's last part says what X is
            trade = head_is_org or (head != toks[k].text and self.lex.is_org_head(toks[k].text))
            if trade and head[:1].isupper() in (self.lex.capitalised_nouns, headline):
                j = self._extend_right(s, k + 1, 4, company=True)
                if j < s.end and s.owner[j - s.start] == "place" and self._company_ending(toks[j - 1].text):
                    j += 1  # "der Zughersteller Schienenwerk Görlitz": a works named with its town
                if j > k + 1:
                    # "der Hafenbank Bremerhaven": a compound company word before a place is the name's
                    named_for_place = (
                        head == toks[k].text
                        and s.free(k, k + 1)
                        and head.casefold() not in self.lex.org_heads
                        and (nxt.casefold(),) in self.lex.places
                    )
                    self.add(s, k if named_for_place else k + 1, j, "org", None, "pattern")

    def acronym_pass(self, s: _Sentence) -> None:
        """ "die Rheinische Baustoffunion (RBU)": capitalised words before a bracketed acronym
        that spells them name a company, even when each is a plain word."""
        toks = s.tokens
        for k in range(s.start + 2, s.end - 2):
            acronym = toks[k + 1].text
            if (
                toks[k].text != "("
                or toks[k + 2].text != ")"
                or not (2 <= len(acronym) <= 6 and acronym.isupper())
            ):
                continue
            named_before = s.owner[k - 1 - s.start]
            if (
                isinstance(named_before, Mention)
                and named_before.kind == "org"
                and s.free(k + 1, k + 2)
                and fold(acronym) not in self.local
                and _spells(acronym, named_before.text.split())
            ):  # "Nordsee Terminal Services (NTS)": a name found by another pass, glossed
                self._name_acronym(s, k + 1, acronym, named_before.entity)
                continue
            i = k
            while i > s.start and k - i < 4 and s.free(i - 1, i) and is_cap(toks[i - 1].text):
                i -= 1
            while i < k - 1 and not _spells(acronym, [t.text for t in toks[i:k]]):
                i += 1  # the shortest run of words that still spells the acronym
            if (
                i < k
                and _spells(acronym, [t.text for t in toks[i:k]])
                and (k - i >= 2 or len(toks[i].text) > 8)
            ):
                self.add(s, i, k, "org", None, "pattern")
                named = self.mentions[-1]
                entity = named.entity
                if named.tok_start == i and s.free(k + 1, k + 2) and fold(acronym) not in self.local:
                    self._name_acronym(s, k + 1, acronym, entity)

    def _name_acronym(self, s: _Sentence, k: int, acronym: str, entity: Entity) -> None:
        """The bracketed acronym at ``k`` names the company, and names it later on its own."""
        self.local[fold(acronym)] = self.local[f"org:{fold(acronym)}"] = entity
        self.add(s, k, k + 1, "org", entity, "pattern")

    def coordinated_pass(self, s: _Sentence) -> None:
        """ "Die Energieversorger Ventara Energie AG und Küstenstrom Kraftwerke": the name joined by
        "and" to a company a trade noun introduces is a company too, even made of plain words."""
        toks = s.tokens
        orgs = {id(o): o for o in s.owner if isinstance(o, Mention) and o.kind == "org"}
        for m in orgs.values():
            k, end = m.tok_start - 1, m.tok_end
            if k < s.start or end + 1 >= s.end or s.words[end - s.start] not in self.lex.coordinators:
                continue
            if not (self.lex.is_org_head(toks[k].text) and s.free(k, k + 1)) or not s.free(end + 1, end + 2):
                continue
            j = self._extend_right(s, end + 1, 3, company=True)
            pair = k > s.start and s.words[k - 1 - s.start] in self.lex.pair_words  # "die beiden X"
            plain = not pair and is_vocabulary(toks[end + 1].text, self.lex.lang)
            if j > end + 1 and (j - end > 2 or not plain) and (j == s.end or not is_cap(toks[j].text)):
                self.add(s, end + 1, j, "org", None, "pattern")

    def _particle_opens(self, s: _Sentence, k: int) -> bool:
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

    def _genitive_trade_noun(self, s: _Sentence, i: int) -> int:
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

    def _trade_name(self, s: _Sentence, k: int, head: str) -> bool:
        """After a trade noun, a compound company word and a name: "Krankenhausbetreiber Klinikverbund
        Ems" names "Klinikverbund Ems" (claimed here)."""
        toks = s.tokens
        if not self.lex.capitalised_nouns or k + 2 >= s.end:
            return False
        nxt, name = toks[k + 1].text, toks[k + 2].text
        if not self.lex.is_org_head(nxt) or nxt.casefold() in self.lex.org_heads or not s.free(k + 1, k + 3):
            return False
        if (
            not is_cap(name)
            or self.lex.is_org_head(name)
            or self.lex.is_title(name)
            or name in self.lex.stop_names
        ):
            return False
        self.add(s, k + 1, self._extend_right(s, k + 2, 3, company=True), "org", None, "pattern")
        return True

    def _double_surname(self, s: _Sentence, j: int) -> int:
        """The end of a person's name ending at ``j``, past a second surname ("Elena Vasquez-Lindholm")."""
        toks = s.tokens
        if j + 1 < s.end and toks[j].text == "-" and s.free(j, j + 2):
            tail = toks[j + 1].text
            if tail[:1].isupper() and tail[1:].islower() and tail.isalpha() and not self.lex.is_title(tail):
                return j + 2
            if tail.isalpha() and tail.islower() and len(tail) <= 4 and len(toks[j - 1].text) <= 3:
                return j + 2  # "Park Ji-hoon", "Lee Jae-yong": a given name in two parts
        return j

    def title_pass(self, s: _Sentence) -> None:
        """Claim titles of several words ("Managing Director") so they never become names."""
        toks = s.tokens
        titles = index_of(self.lex.titles)
        for k in [s.start + i for i in titles.starts(s.words)]:
            n = titles.match(s.words, k - s.start)
            if n > 1 and is_cap(toks[k].text) and s.free(k, k + n):
                s.claim(k, k + n, "title")

    def compound_prefix_pass(self, s: _Sentence) -> None:
        """The word before "-Chef" or "-Übernahme" names an organisation ("SPD-Chef X")."""
        toks = s.tokens
        for k in range(s.start + 1, s.end - 1):
            if toks[k].text != "-" or not s.free(k - 1, k):
                continue
            tail = toks[k + 1].text
            if not (
                self.lex.is_title(tail)
                or tail.casefold() in self.triggers
                or tail in self.lex.compound_org_tails
            ):
                continue  # "Kleinwagen-Spezialisten X": after an organisation noun the name follows
            j = k
            i = k - 1
            prefix = toks[i].text
            if not is_cap(prefix) or prefix in self.lex.stop_names:
                continue
            while (
                i - 2 >= s.start and toks[i - 1].text == "-" and is_cap(toks[i - 2].text) and s.free(i - 2, i)
            ):
                i -= 2
            if i == k - 1 and self.lex.capitalised_nouns and _very_common(prefix, self.lex):
                continue  # "Marketing-Leiter" is a job, not an organisation ("E-Plus-Übernahme" is a name)
            if i == k - 1 and prefix.casefold() in self.lex.unit_words:
                continue  # "Sparten-Chef": the head of a unit of the company named elsewhere
            if i == k - 1 and tail.casefold() in self.lex.unit_words and is_vocabulary(prefix, self.lex.lang):
                continue  # "die Agrarchemie-Sparte": a line of business (but "die Siemens-Sparte")
            while j - i >= 3 and is_vocabulary(toks[j - 1].text, self.lex.lang) and len(toks[j - 3].text) > 1:
                j -= (
                    2  # "SPD-Fraktions-Chef": the name is "SPD", "Fraktions" is a plain word ("E-Plus" stays)
                )
            self.add(s, i, j, "org", None, "compound")  # "Nordwind-Chef": may be a short form

    def hyphenated_name_pass(self, s: _Sentence) -> None:
        """ "die Dieter-Kessler-Stiftung", "das Hasso-Plattner-Institut": a person's name joined by
        hyphens to a company word is the name of a foundation or an institute."""
        toks = s.tokens
        k = s.start
        while k + 4 < s.end:
            if toks[k].text not in self.given or not s.free(k, k + 1):
                k += 1
                continue
            j = k + 1
            while j + 1 < s.end and toks[j].text == "-" and is_cap(toks[j + 1].text) and s.free(j, j + 2):
                j += 2
            last = toks[j - 1].text
            if j - k >= 5 and (last in self.lex.org_words or last.casefold() in self.lex.org_heads):
                self.add(s, k, j, "org", None, "pattern")
            k = j

    def described_name_pass(self, s: _Sentence) -> None:
        """ "Quarry, a startup that plans mines, ...": the words opening a sentence before ", a
        <trade noun>" name a company, even when they are ordinary words."""
        toks = s.tokens
        comma = s.start + 1
        while comma < min(s.end, s.start + 4) and is_cap(toks[comma].text):
            comma += 1
        if comma >= s.end - 2 or toks[comma].text != "," or not s.free(s.start, comma):
            return
        if toks[comma + 1].text.casefold() not in self.lex.apposition_determiners:
            return
        if not is_cap(toks[s.start].text) or toks[s.start].text in self.lex.stop_names:
            return
        words = [t.text for t in toks[s.start : comma]]
        if self.lex.capitalised_nouns and all(is_vocabulary(w, self.lex.lang) for w in words):
            return  # "Lieber Leser, die Aktie des ...": a German noun phrase, capitalised anyway
        start = s.start
        if (
            not self.lex.capitalised_nouns
            and len(words) >= 2
            and zipf(words[0], self.lex.lang) >= 3.5
            and not any(is_vocabulary(w, self.lex.lang) for w in words[1:])
        ):
            start += 1  # "Excluding Tellwave, the firewall maker ...": the common word opens no name
        for k in range(comma + 2, min(s.end, comma + 6)):
            text = toks[k].text
            if self.lex.is_org_head(text) and (self.lex.capitalised_nouns or text.islower()):
                self.add(s, start, comma, "org", None, "pattern")
                return
            if text in (",", ".", ";") or self.lex.is_title(text):
                return

    def title_of_pass(self, s: _Sentence) -> None:
        """The name after "<title> of" is an organisation even when it is made of plain words
        ("Präsident von From Software", "Managing Director P von State Oil")."""
        of_words = self.of_words
        if not of_words.intersection(s.words):
            return
        toks = s.tokens
        for k in [s.start + i for i, w in enumerate(s.words) if w in of_words and 0 < i < len(s.words) - 1]:
            if not s.free(k + 1, k + 2):
                continue
            before = s.owner[k - 1 - s.start]
            person = isinstance(before, Mention) and before.kind == "person"
            head = before.tok_start - 1 if isinstance(before, Mention) and person else k - 1
            if head < s.start:
                continue
            if not (self.lex.is_title(toks[head].text) or s.owner[head - s.start] == "title"):
                continue
            i = k + 1
            if s.words[i - s.start] in self.determiners and i + 1 < s.end:
                i += 1
            if i + 2 < s.end and s.owner[i - s.start] == "place" and s.words[i + 1 - s.start] in ("'s", "’s"):
                i += 2  # "director of the UK's AI Security Institute"
            if not s.free(i, i + 1):
                continue
            genitive = self._genitive_trade_noun(s, i)  # "des Lkw-Bauers X"
            width = genitive or (
                3 if i + 3 < s.end and toks[i + 1].text == "-" else 1
            )  # "beim Online-Händler X"
            trade = (
                i + width < s.end
                and is_cap(toks[i + width].text)
                and (genitive > 0 or self.lex.is_org_head(toks[i + width - 1].text))
            )
            if trade:
                s.claim(i, i + width, "trade noun")
                i += width  # "Technikvorstand beim Autozulieferer X": the name follows the trade noun
            j = i
            while j < s.end and j - i < 4 and s.free(j, j + 1):
                text = toks[j].text
                inner = (  # "the AI Security Institute": an acronym that is no name alone opens one
                    text.isupper()
                    and j + 1 < s.end
                    and is_cap(toks[j + 1].text)
                    and toks[j + 1].text not in self.lex.stop_names
                )
                closing = (
                    j > i and text in self.lex.org_words
                )  # "Vellum Aerospace AI": a company word closes it
                if (
                    not is_cap(text)
                    or (text in self.lex.stop_names and not (inner or closing))
                    or self.lex.is_title(text)
                ):
                    break
                if text.casefold() in self.triggers:
                    break
                j += 1
            plain = [is_vocabulary(t.text, self.lex.lang) for t in toks[i:j]]
            if j > i and (trade or not all(plain) or (j - i >= 2 and not self.lex.capitalised_nouns)):
                self.add(s, i, j, "org", None, "pattern")

    def person_pass(self, s: _Sentence) -> None:
        toks = s.tokens
        k = s.start
        while k < s.end - 1:
            if (  # "Klaus-Dieter Renner": a double given name
                k + 3 < s.end
                and toks[k + 1].text == "-"
                and toks[k].text in self.given
                and toks[k + 2].text in self.given
                and s.free(k, k + 4)
                and is_cap(toks[k + 3].text)
                and toks[k + 3].text not in self.lex.stop_names
                and toks[k + 3].text not in self.lex.org_words  # "Kwan-Sung Energy"
                and not self.lex.is_title(toks[k + 3].text)
                and not (k == s.start and toks[k].text.casefold() in self.function_words)
            ):
                j = self._double_surname(s, k + 4)
                if not self._company_word_follows(s, j):
                    self.add(s, k, j, "person", None, "pattern")
                k = j
                continue
            if (
                toks[k].text in self.given
                and s.free(k, k + 1)
                and (s.free(k + 1, k + 2) or self._town_surname(s, k + 1))
                and (toks[k].text not in self.lex.stop_names or self._name_follows(s, k))
                and is_cap(toks[k + 1].text)
                and not (k == s.start and toks[k].text.casefold() in self.function_words)
            ):
                j = k + 1
                if j < s.end and self._town_surname(s, j):
                    j += 1  # "Jonas Freiberg", "Martina Esser": a surname that is also a town's name
                while (
                    j < s.end
                    and j - k < 5
                    and s.free(j, j + 1)
                    and (
                        (
                            is_cap(toks[j].text)
                            and toks[j].text not in self.lex.stop_names
                            # a surname may be a word ("Peters", "Rausch"); what follows it may not
                            and not (
                                j > k + 1
                                and self.lex.capitalised_nouns
                                and is_vocabulary(toks[j].text, self.lex.lang)
                            )
                            and toks[j].text.casefold() not in self.triggers
                            and not self.lex.is_title(toks[j].text)
                        )
                        or (
                            # "Solberg-Maas": a double surname; "Park Ji-hoon": a Korean given name
                            toks[j].text == "-"
                            and j > k + 1
                            and j + 1 < s.end
                            and toks[j + 1].text.isalpha()
                            and (
                                toks[j + 1].text[:1].isupper()
                                or (
                                    len(toks[j - 1].text) <= 3
                                    and toks[j + 1].text.islower()
                                    and len(toks[j + 1].text) <= 4
                                )
                            )
                        )
                        or (
                            # "Ursula von der Leyen", never "Tomas Berger von Kestrel Oil"
                            toks[j].text in self.lex.particles
                            and toks[j - 1].text in self.given
                            and j + 1 < s.end
                            and is_cap(toks[j + 1].text)
                        )
                    )
                ):
                    if self.lex.is_legal_form(toks[j].text):
                        break
                    j += 2 if toks[j].text == "-" else 1  # the second part of a double name comes along
                while j > k + 1 and toks[j - 1].text in self.lex.particles:
                    j -= 1
                last = toks[j - 1].text
                orgish = any(t.text in self.lex.org_words for t in toks[k:j]) or self._company_word_follows(
                    s, j
                )
                if (
                    j > k + 1
                    and not orgish
                    and not self.lex.is_org_head(last)
                    and not self.lex.is_title(last)
                ):
                    org = self._post_place(s, k) or self._owns_post(s, j)
                    self.add(s, k, j, "org" if org else "person", None, "pattern")
                    k = j
                    continue
            k += 1

    def _post_place(self, s: _Sentence, k: int) -> bool:
        """ "P, head of equities at Brennan Shaw": a name after a title and "at" is where the post
        is, though it reads like a person's."""
        toks = s.tokens
        return (
            k - 2 >= s.start
            and toks[k - 1].text.casefold() in self.lex.post_preps
            and any(self.lex.is_title(t.text) for t in toks[max(s.start, k - 5) : k - 1])
        )

    def _owns_post(self, s: _Sentence, j: int) -> bool:
        """ "Lorne Pacific's chief technology officer": a name whose last word is a plain word, with
        a post in the possessive, is a company's (not "Warren Buffett's deputy")."""
        toks = s.tokens
        if (
            j + 1 >= s.end
            or toks[j].text not in ("'s", "’s")
            or not is_vocabulary(toks[j - 1].text, self.lex.lang)
        ):
            return False
        return bool(self.titles.match([t.text.casefold() for t in toks[j + 1 : j + 5]], 0))

    def _particle_joins(self, s: _Sentence, j: int, headline: bool) -> bool:
        """Do particles at ``j`` ("de", "van der") lead to one more name word?"""
        k = j
        while k < s.end and s.tokens[k].text in self.lex.joining_particles and k - j < 2:
            k += 1
        return k < s.end and s.free(k, k + 1) and self.name_token(s.tokens[k], False, headline)

    def _town_surname(self, s: _Sentence, j: int) -> bool:
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

    def _industry_word(self, s: _Sentence, j: int) -> bool:
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

    def _company_word_follows(self, s: _Sentence, j: int) -> bool:
        """ "Al-Noor Sovereign Fund", "Kestrel Asset Management": a company word closes the name."""
        text = s.tokens[j].text if j < s.end else ""
        return bool(text) and (self.lex.is_legal_form(text) or text in self.lex.org_words)

    def _town_adjective(self, s: _Sentence, k: int) -> bool:
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

    def _adjective_opens(self, s: _Sentence, k: int, headline: bool) -> bool:
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

    def _opens_company_word(self, s: _Sentence, k: int) -> bool:
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
            and zipf(word, self.lex.lang) < VERY_COMMON_ZIPF
        )

    def _after_place_hyphen(self, s: _Sentence, k: int) -> bool:
        """ "Ohio-Based": the word after the hyphen says where, it opens no name."""
        toks = s.tokens
        return k > s.start and toks[k - 1].text == "-" and toks[k].text.casefold() in self.place_suffixes

    def _name_follows(self, s: _Sentence, k: int) -> bool:
        """A given name that is also a stop word ("Jan", a month) is a name before a surname,
        unless a day number stands before it ("5. Jan")."""
        nxt = s.tokens[k + 1].text
        prev = s.tokens[k - 1].text if k > s.start else ""
        return nxt[:1].isupper() and nxt.isalpha() and not prev[:1].isdigit()

    def sequence_pass(self, s: _Sentence, headline: bool) -> None:
        toks = s.tokens
        org_words = self.lex.org_words
        first_word = next((x for x in range(s.start, s.end) if toks[x].text not in _OPENERS), s.end)
        k = s.start
        owner, start = s.owner, s.start
        # most words are lower case and never start a name (but "eBay", "iPhone" do): only the others
        cands = [
            x
            for x in range(s.start, s.end)
            if not ((w := toks[x].text)[:1].islower() and not (w[1:2].isupper() or w[2:3].isupper()))
        ]
        at = 0
        while True:
            while at < len(cands) and cands[at] < k:
                at += 1
            if at == len(cands):
                break
            k = cands[at]
            word = toks[k].text
            initial = k <= first_word
            if k > s.start and toks[k - 1].text == "@":
                k += 1
                continue  # "@SZ": a Twitter handle, not a name in the text
            if self.lex.capitalised_nouns and self._town_adjective(s, k):
                s.claim(k, k + 1, "place")  # "Die Itzehoer Bäckerei X": a town's adjective, no name
                k += 1
                continue
            if (
                owner[k - start] is not None
                or toks[k].text.endswith("-")
                or (k > s.start and toks[k - 1].text == "-" and self._after_place_hyphen(s, k))
                or not (
                    self.name_token(toks[k], initial, headline)
                    or self._opens_name(s, k, initial, headline)
                    or (k + 1 < s.end and toks[k + 1].text in org_words and self._opens_company_word(s, k))
                    or (word in self.name_adjectives and self._adjective_opens(s, k, headline))
                )
            ):
                k += 1
                continue
            j = k + 1
            while j < s.end and j - k < MAX_NAME_TOKENS and s.free(j, j + 1):
                text = toks[j].text
                if self.name_token(toks[j], False, headline):
                    j += 1
                elif text in self.lex.org_words and not toks[k].text.isupper():
                    j += 1  # "Greyfield Pharma", "Vesper Antriebe": a company word closes the name
                elif self.lex.capitalised_nouns and text.casefold().endswith(self.compound_company_words):
                    j += 1  # "Helmsdorf Klinikgruppe": a compound on a company word closes it too
                elif (text.casefold(),) in self.lex.places:
                    j += 1  # "BC Augsburg": a place closing a name
                elif (
                    j == k + 1
                    and toks[k].text.isupper()
                    and len(toks[k].text) <= 4
                    and self._acronym_tail(text)
                ):
                    j += 1  # "DB International": an acronym and a word name a company
                elif text == "&" and j + 1 < s.end and self.name_token(toks[j + 1], False, headline):
                    j += 1  # "Procter & Gamble"; not "M&A"
                elif text in self.lex.joining_particles and self._particle_joins(s, j, headline):
                    j += 1  # "Bram de Vries", "Jan van der Berg": the particle joins the name
                elif (
                    text == "-"
                    and j + 1 < s.end
                    and (self.name_token(toks[j + 1], False, headline) or self._name_tail(toks[j + 1].text))
                ):
                    j += 1
                else:
                    break
            while j > k + 1 and toks[j - 1].text == "-":
                j -= 1  # "Robotik-Expertin": the hyphen belongs to the compound, not to a name
            if j + 1 < s.end and toks[j].text == "-" and self.lex.is_org_head(toks[j + 1].text):
                k = j + 2  # "Asset-Managers": a compound noun, the name follows it
                continue
            if j + 1 < s.end and toks[j].text == "-" and toks[j + 1].text.casefold() in self.place_suffixes:
                s.claim(k, j, "place")  # "Waltham-based"
                k = j
                continue
            if j == k + 1 and len(toks[k].text) < 2:
                k = j
                continue  # "3-D", "S": one letter is no name
            if (
                self.lex.capitalised_nouns
                and k > s.start
                and s.free(k - 1, k)
                and toks[k - 1].text in self.lex.org_words
                and not self.lex.is_org_head(toks[k - 1].text)
            ):
                k -= 1  # "die Stadtwerke Lennep", "die Sparkasse Oberhavel": the company word opens the name
            single = j == k + 1 and toks[k].text[1:].islower()
            if (
                single
                and not self.lex.capitalised_nouns
                and zipf(toks[k].text, self.lex.lang) >= COMMON_EN_ZIPF
            ):
                k = j
                continue
            if (
                single
                and initial
                and j < s.end
                and toks[j].text[:1].islower()
                and toks[k].text.casefold().endswith(self.adjective_suffixes)
                and zipf(toks[k].text, self.lex.lang) >= 3.0
            ):
                k = j
                continue  # "Renewable energy is ...": an adjective opening a sentence
            if single and initial and not self.lex.capitalised_nouns and self._industry_word(s, j):
                k = j
                continue  # "Oncology biotech X", "Telecom equipment makers A and B": the field, not a name
            self.add(s, k, j, "org", None, "candidate")
            k = j

    def listed_people_pass(self) -> None:
        """An unknown two-word name in a list of people is a person too ("A, Megyn Kelly and B")."""
        by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            by_sent.setdefault(m.sent, []).append(m)
        for group in by_sent.values():
            group.sort(key=lambda m: m.tok_start)
            for i, m in enumerate(group):
                words = m.text.split()
                if m.source != "candidate" or len(words) != 2 or not all(w.istitle() for w in words):
                    continue
                if any(w in self.lex.org_words for w in words):
                    continue
                neighbours = [group[j] for j in (i - 1, i + 1) if 0 <= j < len(group)]
                for n in neighbours:
                    lo, hi = (
                        sorted((n.tok_end, m.tok_start))
                        if n.tok_end <= m.tok_start
                        else (m.tok_end, n.tok_start)
                    )
                    gap = [t.text for t in self.a.tokens[lo:hi]]
                    if n.kind == "person" and gap and all(w in (",", "and", "und", "&") for w in gap):
                        m.kind = "person"
                        m.entity = Entity(f"dg:person:{slug(m.text)}", m.display, "person", aliases={m.text})
                        break

    def drop_descriptors(self) -> None:
        """ "das Kochbox-Start-up Frischkorb": a word compounded with a company noun right before
        a name says what the company does; it names nothing itself."""
        toks = self.a.tokens
        starts = {m.tok_start for m in self.mentions if m.kind == "org"}
        keep = []
        for m in self.mentions:
            k = m.tok_end
            if m.source == "candidate" and k + 1 < len(toks) and toks[k].text == "-":
                k += 1
                while k + 2 < len(toks) and toks[k + 1].text == "-":
                    k += 2  # "Start-up"
                if (
                    self.lex.is_org_head(self.a.text[toks[m.tok_end + 1].start : toks[k].end])
                    and k + 1 in starts
                ):
                    continue
            keep.append(m)
        self.mentions = keep

    def titled_people_pass(self) -> None:
        """An unknown two-word name followed by what only a person takes is a person:
        ", <title>" ("Ottoline Reyes, chief financial officer of X"), an age (", 47,"), "who",
        or "as (its new) <title>" ("named Adaeze Okonkwo as its new CFO")."""
        toks = self.a.tokens
        for m in self.mentions:
            words = [w for w in m.text.split() if w not in self.lex.joining_particles]  # "Bram de Vries"
            if m.source != "candidate" or len(words) != 2:
                continue
            if not all(w.istitle() and w.isalpha() for w in words):
                continue
            if any(w in self.lex.org_words for w in words) or m.tok_end + 3 >= len(toks):
                continue
            joined = m.tok_start > 0 and toks[m.tok_start - 1].text.casefold() in self.employer_verbs
            if toks[m.tok_end].sent == m.sent and not joined and self._says_person(m.tok_end):
                m.kind = "person"
                m.entity = Entity(f"dg:person:{slug(m.text)}", m.display, "person", aliases={m.text})

    def _says_person(self, k: int) -> bool:
        toks = self.a.tokens
        word = toks[k].text.casefold()
        if word == ",":
            nxt = toks[k + 1].text
            if nxt.isdigit() and toks[k + 2].text == "," and 18 <= int(nxt) <= 99:
                return True  # "Adaeze Okonkwo, 47, ..."
            if nxt.casefold() in self.person_relatives:
                return True
            k += 2 if nxt.casefold() in self.determiners else 1
        elif word in self.role_markers:
            k += 1
            while k < len(toks) and toks[k].text.casefold() in self.title_openers:
                k += 1  # "as its new CEO"
        else:
            return False
        if k + 3 < len(toks) and toks[k].text.islower() and toks[k + 1].text == "-":
            k += 3  # ", the long-serving chief technology officer of X"
        sent_words = [t.text.casefold() for t in toks[k : k + 4]]
        return k < len(toks) and bool(self.titles.match(sent_words, 0) or self.lex.is_title(toks[k].text))

    def short_form_pass(self) -> None:
        """A surname or a company's first word alone refers to the full name said before."""
        firsts: dict[str, Mention] = {}
        for m in self.mentions:
            words = m.text.split()
            if len(words) < 2:
                continue
            if m.kind == "person":
                firsts.setdefault(words[-1], m)
            elif m.source != "gazetteer" or len(words[0]) > 3:
                firsts.setdefault(words[0], m)
                if len(words) == 2 and (words[0] in self.lex.org_words or self.lex.is_org_head(words[0])):
                    firsts.setdefault(words[1], m)  # "Volksbank Oberland" is "Oberland" for short
                for n in range(2, len(words) - 1):
                    firsts.setdefault(" ".join(words[:n]), m)  # "Harbor & Finch" for "Harbor & Finch Group"
        named_at: dict[int, int] = {}  # where each entity is first named
        for m in self.mentions:
            named_at[id(m.entity)] = min(named_at.get(id(m.entity), m.start), m.start)
        for m in self.mentions:
            known_after = (  # "Aurora Telekom ... Aurora CEO P": a known short name after the document's own
                m.source == "gazetteer" and m.text in firsts and named_at[id(firsts[m.text].entity)] < m.start
            )
            if (
                # "the firewall maker Caldera": an English trade noun's name may be a short form too
                (
                    m.source in ("candidate", "compound")
                    or known_after
                    or (
                        m.source == "pattern"
                        and m.kind == "org"
                        and (not self.lex.capitalised_nouns or _after(firsts.get(m.text), m, named_at))
                    )
                )
                and (" " not in m.text or m.source == "candidate")
                and m.text in firsts
            ):
                if firsts[m.text].entity is not m.entity:
                    _link(m, firsts[m.text])
            elif m.source == "candidate" and m.text.endswith("s") and m.text[:-1] in firsts:
                _link(m, firsts[m.text[:-1]])
            elif (
                self.lex.capitalised_nouns
                and m.source in ("candidate", "compound")
                and m.text.endswith("er")
                and m.text[:-2] in firsts
                and firsts[m.text[:-2]].kind == "org"
            ):
                _link(m, firsts[m.text[:-2]])  # "der Lindenauer Sparkassenchef": of the Sparkasse Lindenau
            elif m.source == "compound" and "-" in m.text and m.text.replace("-", " ") in firsts:
                _link(m, firsts[m.text.replace("-", " ")])  # "Hanse-Cargo-Chef": of Hanse Cargo Systems


def _after(full: Mention | None, m: Mention, named_at: dict[int, int]) -> bool:
    """Was the full name ``full`` said before ``m`` ("Elbkai Logistik AG ... der Vorstand der Elbkai")?"""
    return full is not None and named_at[id(full.entity)] < m.start


def _link(short: Mention, full: Mention) -> None:
    """The short form names the entity of the full name said before. It keeps its own text: the
    evidence sentence names the company so, and readers search for the name they see."""
    short.entity, short.kind, short.source = full.entity, full.entity.kind, "alias"


def _spells(acronym: str, words: list[str]) -> bool:
    """Do the words, from the first one's initial on, contain the acronym's letters in order?"""
    if not words or words[0][:1].upper() != acronym[0]:
        return False
    text = "".join(words).casefold()
    at = 0
    for letter in acronym.casefold():
        at = text.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def find_mentions(analysis: Analysis) -> None:
    """Fill ``analysis.mentions`` with organisations and people."""
    analysis.mentions = MentionFinder(analysis).run()
