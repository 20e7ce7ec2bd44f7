"""The mention lexicon of one language, compiled into lookup sets once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..lexicons import load
from ..text.phrases import words_of


def _phrases(items: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(p) for p in items)


def _place_list(lang: str) -> list[str]:
    """The generated place names of ``<lang>.places.json`` (``scripts/build_places.py``); none without it."""
    try:
        data = load(lang, "places")
    except FileNotFoundError:
        return []
    return list(data.get("places", ()))


@dataclass(frozen=True)
class MentionLexicon:
    lang: str
    legal_forms: frozenset[str]
    legal_forms_as_written: frozenset[str]  # "eG": a short form in its own spelling
    person_heads: frozenset[str]  # nouns for people that end like company nouns ("dealmaker")
    either_heads: tuple[str, ...]  # "der Berater Owen X", "consultant P": nouns for a firm or a person
    quoted_heads: tuple[str, ...]  # "das Anzeigenblatt „Wochenspiegel Isartal“": the quoted words name it
    joining_particles: frozenset[str]  # lower-case particles inside a name ("de" in "Bram de Vries")
    family_nouns: frozenset[str]  # "seine Tochter P": kin, though "Tochter" also means a subsidiary
    name_openers: frozenset[str]  # "First Cascade Bancorp": a stop word that may open a company's name
    measure_units: frozenset[str]  # "400 MW", "2 TWh": after a number, a unit and no name
    pair_words: frozenset[str]  # "die beiden Softwarehäuser A und B": two companies named
    post_preps: frozenset[str]  # "head of equities at X": after a title, X is where the post is
    org_heads: frozenset[str]
    org_head_suffixes: tuple[str, ...]
    generic_org: frozenset[tuple[str, ...]]  # "the company", "der Konzern"; the generic_parts too
    # "the unit", "die Sparte": a part of a company, which is the company named last, not the topic
    generic_parts: frozenset[tuple[str, ...]]
    generic_possessive: frozenset[str]
    generic_kin: dict[str, tuple[str, ...]]  # "the lender" -> name words of lenders ("Bank", "Bancorp")
    person_pronouns: frozenset[str]
    demonym_articles: frozenset[str]  # "die Walldorfer holen ...": the company from that town
    age_articles: frozenset[str]  # "Die 49-Jährige", "the 47-year-old": a person named before
    age_tails: tuple[tuple[str, ...], ...]  # the words after the number: ("-", "jährige")
    titles: frozenset[tuple[str, ...]]
    position_titles: frozenset[tuple[str, ...]]
    former: frozenset[str]
    stop_names: frozenset[str]
    places: frozenset[tuple[str, ...]]
    connectors: frozenset[str]
    particles: frozenset[str]
    coordinators: frozenset[str]
    max_title_len: int
    org_words: frozenset[str]
    subject_pronouns: frozenset[str]
    object_pronouns: frozenset[str]  # "Uber bought it": the company named before, not the subject
    reflexive_pronouns: frozenset[str]  # "X agreed to sell itself to Y": the company just named
    honorifics: frozenset[str]  # "Dr.", "Sir": before a name, no part of it and no post
    company_of: frozenset[str]  # "Bank of Marlow": a company word and this word open a name
    compound_org_tails: frozenset[str]
    apposition_determiners: frozenset[str]  # "X, a startup that ...": the article of a described name
    company_pronouns: dict[str, tuple[str, ...]]  # "Der Konzern teilte mit, er habe ...": its articles
    plural_pronouns: dict[str, tuple[str, ...]]  # "Sie folgt" is she, "Sie folgen" they: plural verb endings
    unit_words: frozenset[str]  # "Sparten-Chef", "Divisions-Leiter": a unit of the company, not its name
    new_title_markers: frozenset[tuple[str, ...]]
    inflections: tuple[str, ...]
    capitalised_nouns: bool  # German: every noun is capitalised, so capitals alone say little
    place_adjective_endings: tuple[tuple[str, str], ...] = ()  # "Kölner" = "Köln" + "er"
    place_adjectives: frozenset[str] = frozenset()  # "Dutch", "French": listed where not derivable
    town_companies: frozenset[str] = frozenset()  # "Stadtwerke Lindau": a town's name closes these
    town_prefixes: frozenset[str] = frozenset()  # "Bad Kreuzbach": a word that opens a town's name
    naming_heads: frozenset[str] = frozenset()  # "die Brauerei Ostermann": a trade that is part of the name
    founder_titles: frozenset[str] = frozenset()  # "Die Gründer P und Q" of a company just bought
    # "researcher", "Forscherin": a post in the ranks, which a bare title does not place at the topic
    staff_titles: frozenset[str] = frozenset()
    based_words: frozenset[str] = frozenset()  # "London-based": a place before the head of a reference
    reference_blockers: frozenset[str] = frozenset()  # "the rival company": not the one named before
    genitive_name_endings: tuple[str, ...] = ()  # "Microsofts": a known name in the genitive
    plural_title_endings: tuple[str, ...] = ()  # "founders", "Gründer": a title that may name several
    title_suffixes: tuple[str, ...] = ()  # German compounds: "Technikchef", "Vertriebsleiterin"
    title_lookalikes: tuple[str, ...] = ()  # "Halbleiter": a title's ending, but no title
    genitive_articles: frozenset[str] = frozenset()  # "des": a noun after it in the genitive
    genitive_endings: tuple[str, ...] = ()
    _memo: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _legal_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _head_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def is_staff_title(self, title: str) -> bool:
        """ "researcher", "KI-Forscher": a post in the ranks (the last part of a hyphenated word)."""
        return title.rpartition("-")[2].casefold() in self.staff_titles

    def is_title(self, word: str) -> bool:
        low = word.casefold()
        if (low,) in self.titles:
            return True
        # a capitalised compound on a title ("Technikchef"); the bare suffix alone is listed or not
        compound = bool(self.title_suffixes) and word[:1].isupper()
        return compound and self._memoised(self._is_title_compound, word)

    def _is_title_compound(self, word: str) -> bool:
        low = word.casefold()
        if low.endswith(self.title_lookalikes):
            return False
        return any(low.endswith(t) and len(low) >= len(t) + 4 for t in self.title_suffixes)

    def is_place_adjective(self, word: str) -> bool:
        """ "Münchner", "Kölner", "Schweizer": an adjective made from a known place name."""
        if word in self.place_adjectives:
            return True
        return bool(self.place_adjective_endings) and self._memoised(self._is_place_adjective, word)

    @cached_property
    def adjective_endings(self) -> tuple[str, ...]:
        """The endings that make an adjective of a place ("-er"), also of a place not listed."""
        return tuple({ending for ending, _ in self.place_adjective_endings}) or ("\0",)

    def _is_place_adjective(self, word: str) -> bool:
        if not word[:1].isupper():
            return False
        low = word.casefold()
        return any(
            low.endswith(ending) and ((low[: len(low) - len(ending)] + stem),) in self.places
            for ending, stem in self.place_adjective_endings
        )

    def _memoised(self, test: Callable[[str], bool], word: str) -> bool:
        key = (test.__name__, word)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = test(word)
        return found

    def is_legal_form(self, word: str) -> bool:
        found = self._legal_memo.get(word)  # a dictionary of its own: asked for nearly every token
        if found is None:
            found = self._legal_memo[word] = self._is_legal_form(word)
        return found

    def _is_legal_form(self, word: str) -> bool:
        """ "AG", "GmbH", "Inc."; a short form only in capitals ("AB" is one, the German "ab" is not)."""
        bare = word.rstrip(".")
        if bare.casefold() not in self.legal_forms:
            return False
        return len(bare) > 2 or bare[:1].isupper() or bare in self.legal_forms_as_written

    def genitive_noun(self, before: str, word: str) -> bool:
        """ "des Kaffeerösters Bohnenglück": a noun in the genitive after its article (``before``,
        folded) is the trade noun before a name; names take no genitive -s there."""
        return before in self.genitive_articles and word.endswith(self.genitive_endings) and len(word) > 6

    def is_naming_head(self, word: str) -> bool:
        """ "die Brauerei Ostermann", "die Familienbrauerei Zwickl": a trade that is part of the name,
        on its own or closing a compound."""
        return word in self.naming_heads or self._memoised(self._closes_naming_compound, word)

    def _closes_naming_compound(self, word: str) -> bool:
        return any(len(word) > len(h) + 2 and word.endswith(h.casefold()) for h in self.naming_heads)

    def is_org_head(self, word: str) -> bool:
        found = self._head_memo.get(word)
        if found is None:
            found = self._head_memo[word] = self._is_org_head(word)
        return found

    def _is_org_head(self, word: str) -> bool:
        low = word.casefold()
        if low in self.person_heads:
            return False  # "dealmaker", "lawmaker": a person, whatever the word ends in
        if low in self.org_heads or (len(low) > 6 and low.endswith(self.org_head_suffixes)):
            return True
        for e in self.inflections:
            if low.endswith(e):
                stem = low[: -len(e)]
                if stem in self.org_heads or (len(stem) > 6 and stem.endswith(self.org_head_suffixes)):
                    return True
        return False


@cache
def lexicon(lang: str) -> MentionLexicon:
    data = load(lang, "mentions")
    titles = _phrases(data["titles"])
    return MentionLexicon(
        lang=lang,
        legal_forms=frozenset(x.rstrip(".").casefold() for x in data["legal_forms"]),
        legal_forms_as_written=frozenset(x.rstrip(".") for x in data["legal_forms"]),
        person_heads=frozenset(x.casefold() for x in data.get("person_heads", ())),
        either_heads=tuple(x.casefold() for x in data.get("either_heads", ())),
        quoted_heads=tuple(x.casefold() for x in data.get("quoted_heads", ())),
        joining_particles=frozenset(data.get("joining_particles", ())),
        family_nouns=frozenset(data.get("family_nouns", ())),
        post_preps=frozenset(data.get("post_preps", ())),
        pair_words=frozenset(data.get("pair_words", ())),
        name_openers=frozenset(data.get("name_openers", ())),
        measure_units=frozenset(data.get("measure_units", ())),
        org_heads=frozenset(x.casefold() for x in data["org_heads"]),
        org_head_suffixes=tuple(x.casefold() for x in data.get("org_head_suffixes", ())),
        generic_org=_phrases(data["generic_org"] + data.get("generic_parts", [])),
        generic_parts=_phrases(data.get("generic_parts", ())),
        generic_possessive=frozenset(data.get("generic_org_possessive", ())),
        generic_kin={k: tuple(v) for k, v in data.get("generic_kin", {}).items()},
        person_pronouns=frozenset(data["person_pronouns"]),
        age_articles=frozenset(data.get("age_reference", {}).get("articles", ())),
        demonym_articles=frozenset(data.get("demonym_articles", ())),
        age_tails=tuple(words_of(t) for t in data.get("age_reference", {}).get("tails", ())),
        titles=titles,
        position_titles=_phrases(data["position_titles"]),
        former=frozenset(x.casefold().rstrip("-") for x in data["former"]),
        stop_names=frozenset(data["stop_names"]),
        places=_phrases(data["place_names"] + _place_list(lang)),
        connectors=frozenset(data["name_connectors"]),
        particles=frozenset(data["person_particles"]),
        coordinators=frozenset(data["coordinators"]),
        max_title_len=max(len(t) for t in titles),
        org_words=frozenset(data.get("org_words", ())),
        subject_pronouns=frozenset(data.get("subject_pronouns", ())),
        object_pronouns=frozenset(data.get("object_pronouns", ())),
        reflexive_pronouns=frozenset(data.get("reflexive_pronouns", ())),
        honorifics=frozenset(data.get("honorifics", ())),
        company_of=frozenset(data.get("company_of", ())),
        compound_org_tails=frozenset(data.get("compound_org_tails", ())),
        unit_words=frozenset(data.get("unit_words", ())),
        plural_pronouns={k: tuple(v) for k, v in data.get("plural_pronouns", {}).items()},
        company_pronouns={k: tuple(v) for k, v in data.get("company_pronouns", {}).items()},
        apposition_determiners=frozenset(data.get("apposition_determiners", ())),
        new_title_markers=_phrases(data.get("new_title_markers", [])),
        inflections=tuple(data.get("inflections", ())),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        place_adjective_endings=tuple((e, s) for e, s in data.get("place_adjective_endings", ())),
        place_adjectives=frozenset(data.get("place_adjectives", ())),
        town_companies=frozenset(data.get("town_companies", ())),
        town_prefixes=frozenset(data.get("town_prefixes", ())),
        naming_heads=frozenset(data.get("naming_heads", ())),
        founder_titles=frozenset(data.get("founder_titles", ())),
        staff_titles=frozenset(x.casefold() for x in data.get("staff_titles", ())),
        based_words=frozenset(data.get("based_words", ())),
        reference_blockers=frozenset(data.get("reference_blockers", ())),
        genitive_name_endings=tuple(data.get("genitive_name_endings", ())),
        plural_title_endings=tuple(data.get("plural_title_endings", ())),
        title_suffixes=tuple(data.get("title_suffixes", ())),
        title_lookalikes=tuple(data.get("title_lookalikes", ())),
        genitive_articles=frozenset(data.get("genitive_nouns", {}).get("articles", ())),
        genitive_endings=tuple(data.get("genitive_nouns", {}).get("endings", ())),
    )
