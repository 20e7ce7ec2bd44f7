"""A sentence seen by the event rules: its tokens, its mentions and small queries on them."""

from __future__ import annotations

from functools import cached_property

from ..mentions.lexicon import lexicon as mention_lexicon
from ..mentions.vocab import is_vocabulary
from ..model import Analysis, Mention, Sentence
from ..text.phrases import index_of
from .lexicon import EventLexicon, Phrase, Trigger

COORD_GAP = 7  # tokens allowed between two coordinated names ("A, founded by P, B and even C")
COORD_GAP_LONG = 14  # ... when the gap is an apposition closed by "and" ("P, CEO of A, and Q")


class SentenceView:
    def __init__(self, analysis: Analysis, index: int, lex: EventLexicon) -> None:
        self.a = analysis
        self.index = index
        self.sent: Sentence = analysis.sentences[index]
        self.lex = lex
        self.mlex = mention_lexicon(lex.lang)
        self.first, self.end = self.sent.first_token, self.sent.end_token
        self.words = [t.text.casefold() for t in analysis.tokens[self.first : self.end]]
        # "Sigmar Gabriel (SPD)", "Microsoft (MSFT)": a name in brackets glosses the one before it
        # and plays no role of its own
        here = analysis.mentions_in(index)
        starts = {m.tok_start for m in here}
        person_starts = {m.tok_start for m in here if m.kind == "person"}
        self.inside = self._bracketed()
        bracketed = self.inside | self._former_names(here)
        sourced = bool(lex.source_words.intersection(self.words))  # (most sentences name no source)
        self.mentions = [
            m
            for m in here
            if m.tok_start not in bracketed
            and not self._modifies_next(m, starts, person_starts)
            and not (sourced and self._news_source(m))
        ]
        self.clause_ends: dict[int, int] = {}  # separable verb -> index of its particle
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        # "übernimmt das Finanzressort", "das Traineramt": a post, whatever the name finder made of it
        self.orgs = [
            m
            for m in self.mentions
            if m.kind == "org" and not (lex.role_nouns and lex.is_role_noun(m.text.casefold()))
        ]
        self.persons = [m for m in self.mentions if m.kind == "person"]
        words = [t.text for t in analysis.tokens[self.first : self.end] if t.text[:1].isalpha()]
        capitals = sum(w[0].isupper() for w in words)
        self.title_case = self.sent.headline or (len(words) >= 3 and capitals / len(words) > 0.6)

    def _former_names(self, here: list[Mention]) -> set[int]:
        """Starts of old names in "X, formerly known as Y": Y names X and plays no role of its own."""
        out: set[int] = set()
        if not self.lex.former_name_words.intersection(self.words):
            return out
        for m in here:
            for n in (3, 2, 1):
                k = m.tok_start - n
                if self.word(k - 1) == "," and self.phrase_at(k, self.lex.former_names) == n:
                    out.add(m.tok_start)
                    break
        return out

    def _bracketed(self) -> set[int]:
        """Tokens inside brackets: "Sigmar Gabriel (SPD)", "Delticom AG (ISIN ..., Kürzel DEX)"
        gloss the name before them and play no role of their own."""
        inside: set[int] = set()
        if "(" not in self.words:
            return inside
        depth = 0
        for k in range(self.first, self.end):
            w = self.words[k - self.first]
            # not "(of Time Warner)", "(led by X and Y)": a phrase of the sentence in brackets
            if (
                w == "("
                and self.word(k + 1) not in self.lex.prepositions
                and self.word(k + 2) not in self.lex.agent_preps
            ):
                depth += 1
            elif w == ")":
                depth = max(0, depth - 1)
            elif depth:
                inside.add(k)
        return inside

    def _news_source(self, m: Mention) -> bool:
        """ "according to Bloomberg", "nach Informationen der Nachrichtenagentur X", "told the newspaper
        X": a company that tells the news plays no part in it."""
        if m.kind != "org":
            return False
        k = m.tok_start
        media = False  # an outlet's noun seen ("der Zeitung X"): after a reporting verb, a source too
        for _ in range(5):  # back over articles, the outlet's noun and trade nouns
            if any(self.phrase_at(k - n, self.lex.source_phrases, 4) == n for n in (1, 2, 3)):
                return True
            if media and self.word(k - 1) in self.lex.reporting_verbs:
                return True  # "sagte der Zeitung X", "told the newspaper X"
            n = next((n for n in (2, 1) if self.phrase_at(k - n, self.lex.media_nouns, 2) == n), 0)
            if n:
                media, k = True, k - n
            elif self.word(k - 1) in self.lex.determiners or self.mlex.is_org_head(self.a.tokens[k - 1].text):
                k -= 1
            else:
                break
        return False

    def _modifies_next(self, m: Mention, starts: set[int], person_starts: set[int]) -> bool:
        """ "Peugeot parent PSA Group", "Demag-Mutter Terex": a name that only says whose parent
        or unit the next name is plays no role of its own."""
        k = m.tok_end + (self.word(m.tok_end) == "-")
        if self.word(k) in self.lex.relation_nouns and k + 1 in starts:
            return True
        # "Salesforce CEO Marc Benioff" in a list of investors: the person is the one named
        n = self.phrase_at(k, self.mlex.titles, 4) if m.kind == "org" else 0
        return n > 0 and k + n in person_starts

    def word(self, k: int) -> str:
        """Lower-cased token ``k`` (document token index); "" outside the sentence."""
        return self.words[k - self.first] if self.first <= k < self.end else ""

    def triggers_at(self, k: int) -> tuple[int, list[Trigger]]:
        """The longest trigger phrase opening at token ``k``: its length and triggers (0, [] if none)."""
        n = self.lex.trigger_index.match(self.words, k - self.first) if self.first <= k < self.end else 0
        return (
            (n, self.lex.triggers[tuple(self.words[k - self.first : k - self.first + n])]) if n else (0, [])
        )

    def phrase_at(self, k: int, table: frozenset[Phrase], longest: int = 4) -> int:
        """Length of the longest phrase of ``table`` starting at token ``k`` (0 if none)."""
        if not self.first <= k < self.end:
            return 0
        return index_of(table).match(self.words, k - self.first)

    @cached_property
    def named_tokens(self) -> frozenset[int]:
        """The tokens inside names (not references such as "the company"): no cue word stands there."""
        return frozenset(k for m in self.mentions if not m.generic for k in range(m.tok_start, m.tok_end))

    def names_money(self, lo: int, hi: int) -> bool:
        """Does a sum of money stand between the two tokens ("$25 million", "60 Millionen Euro")?"""
        return any(
            w.rstrip(".") in self.lex.money_words or w[:1] in "$€£"
            for w in self.words[lo - self.first : hi - self.first]
        )

    def first_phrase(self, table: frozenset[Phrase], longest: int = 4) -> tuple[int, int] | None:
        """Where the sentence's first phrase of ``table`` starts, and its length (None if none)."""
        for k in range(self.first, self.end):
            n = self.phrase_at(k, table, longest)
            if n:
                return k, n
        return None

    def clause(self, ts: int, te: int) -> tuple[int, int]:
        """Token span of the clause around a trigger: up to the nearest clause breaks, or up to
        the particle of a separable verb ("tritt als Chef der X zurück")."""
        cached = self._clauses.get((ts, te))
        if cached is not None:
            return cached
        breaks, words, first = self.lex.clause_breaks, self.words, self.first
        left = ts
        while left > first and (words[left - 1 - first] not in breaks or not self._breaks(left - 1)):
            left -= 1
        right = te
        while right < self.end and (words[right - first] not in breaks or not self._breaks(right)):
            right += 1
        span = (left, max(right, self.clause_ends.get(ts, right)))
        self._clauses[(ts, te)] = span
        return span

    def closing_word(self, k: int, stops: frozenset[str]) -> tuple[str, int]:
        """The last word after token ``k`` before the first of ``stops``, and its index: where
        German puts a verb's particle ("tritt als Chef der X zurück", "wies ... zurück")."""
        last, at = "", k
        j = k + 1
        while j < self.end:
            w = self.words[j - self.first]
            if w == ",":  # "legt der Chef des X, P, sein Amt nieder": past a person set off by commas
                apposed = self.person_set_off(j)
                if apposed is not None:
                    j = apposed.tok_end + 1
                    continue
            if w in stops:
                break
            if w.isalpha():
                last, at = w, j
            j += 1
        return last, at

    def person_set_off(self, comma: int) -> Mention | None:
        """The person a pair of commas sets off, one of them at token ``comma`` (", P,")."""
        return next(
            (
                m
                for m in self.persons
                if self.word(m.tok_start - 1) == ","
                and self.word(m.tok_end) == ","
                and comma in (m.tok_start - 1, m.tok_end)
            ),
            None,
        )

    def set_clause_end(self, ts: int, end: int) -> None:
        """A separable verb at ``ts`` governs up to its particle at ``end``."""
        self.clause_ends[ts] = end
        self._clauses.clear()

    def _breaks(self, k: int) -> bool:
        """Does token ``k`` end a clause? "als"/"as" before a title does not ("als neue Chefin")."""
        w = self.word(k)
        if w not in self.lex.clause_breaks:
            return False
        if not w.isalpha() and k in self.inside:
            return False  # "X (NYSE: XYZ) agreed to buy Y": a ticker's colon
        if w in self.lex.adverb_breaks and self.word(k - 1) not in (",", ";", ""):
            return False  # "empfiehlt nun doch die Annahme": an adverb, no "but" opening a clause
        if w in self.lex.role_markers:
            nxt = self.a.tokens[k + 1].text if k + 1 < self.end else ""
            if nxt[:1].islower() and nxt.casefold() not in self.lex.determiners:
                return False  # "als unzureichend abgelehnt": "as" before an adjective
            after = range(k + 1, min(k + 4, self.end))
            # "als Chief Operating Officer": a title of several words too
            return not any(
                self.mlex.is_title(self.a.tokens[j].text) or self.phrase_at(j, self.mlex.titles, 4)
                for j in after
            )
        return True

    def opens_relative(self, k: int) -> bool:
        """Does token ``k`` open a relative clause (", who", ", der")?"""
        return self.word(k) in self.lex.relatives and self.word(k - 1) == ","

    def relative_head(self, lo: int, pool: list[Mention]) -> list[Mention]:
        """Names a relative clause starting at ``lo`` hangs on ("A and B, which agreed to ...")."""
        if not self.opens_relative(lo - 1):
            return []
        before = [m for m in pool if m.tok_end == lo - 2]
        if not before:
            return []
        group = [m for m in pool if m.tok_end <= lo - 2]
        heads = [before[0]]
        for m in reversed(group[:-1]):
            gap = self.words[m.tok_end - self.first : heads[0].tok_start - self.first]
            if gap and len(gap) <= 2 and all(w in self.lex.coordinators for w in gap):
                heads.insert(0, m)
            else:
                break
        return heads

    def prep_before(self, m: Mention, preps: frozenset[str] | None = None) -> str | None:
        """The preposition governing a mention ("von" in "von dem jungen Startup X")."""
        preps = preps or self.lex.prepositions
        opening = self.word(m.tok_start)
        if m.source == "coref" and opening in preps and opening in self.lex.genitive_articles:
            return opening  # "an die Spitze des Konzerns": the short form carries its genitive article
        k = m.tok_start - 1
        steps = 0
        loose = False  # skipped a plain word: only "of"-like prepositions still govern the name
        headed = False  # skipped a trade noun: "to private equity firm X" is no infinitive ...
        det_seen = False  # ... but "to sell its Swiss subsidiary X" is
        while k >= self.first and steps < 5:
            w = self.word(k)
            n = self._consortium_link(k)
            if n:  # "to a consortium led by X", "an ein Konsortium um den Investor X": the leader's
                k -= n
                steps += 1
                continue
            if w in self.lex.determiners and (k == self.first or self.word(k - 1) in (",", ":", ";")):
                return None  # "Der Autozulieferer X wirbt ...": an article opening the clause, no genitive
            if w in self.lex.complementizers and self.a.tokens[k + 1].text[:1].isupper():
                return None  # "after announcing that CEO P would step down": P is the subject
            if w in preps and w in self.lex.genitive_articles and self.word(k - 1) in self.lex.coordinators:
                return None  # "die Bestandsinvestoren A und der B beteiligen sich": B is a subject too
            if w in preps:
                # "to help X" and "zu helfen": an infinitive marker, not a preposition
                if (
                    w in self.lex.infinitive_markers
                    and loose
                    and (
                        det_seen
                        or not headed
                        or any(t.cls == "verb" for t in self.triggers_at(k + 1)[1])  # not "to buyout firm X"
                        or self.lex.trigger_index.match(self.words, k - self.first)  # "to fold X into Y"
                    )
                    and k + 1 < self.end
                    and self.a.tokens[k + 1].text.islower()
                    and self.word(k + 1) not in self.lex.determiners
                ):
                    return None
                return w
            text = self.a.tokens[k].text
            if w in ("'s", "’s") and (self.word(k - 1),) in self.mlex.places:
                k -= 2  # "to Japan's Nippon Paint": the country's is no object of its own
                steps += 1
                continue
            if w in self.lex.relation_nouns:  # "to Kestrel parent X": past the name it modifies
                k -= 1
                while k >= self.first and (self.a.tokens[k].text[:1].isupper() or self.word(k) == "-"):
                    k -= 1
                steps += 1
                continue
            # "des Allgäuer Käseherstellers X", "to US locker operator X": a place before the trade noun
            if (
                k + 1 < m.tok_start
                and text[:1].isupper()
                and (
                    self.mlex.is_place_adjective(text)
                    or (self.lex.verb_final and text.endswith(self.mlex.adjective_endings))  # "Allgäuer"
                    or (w,) in self.mlex.places
                    or (text.isupper() and (".".join(w) + ".",) in self.mlex.places)  # "US" for "U.S."
                )
                and (headed or self.head_like(k + 1))
            ):
                k -= 1
                steps += 1
                continue
            plain = (text[:1].islower() or text[:1].isdigit()) and w not in self.lex.clause_breaks
            if self.title_case and not plain and is_vocabulary(text, self.lex.lang):
                plain = True  # "in Gene-Editing Startup X": a headline capitalises plain words too
            if self.word(k + 1) == "-" and text[:1].isalpha():
                plain = True  # first part of a compound: "des Asset-Managers X"
            if w in self.lex.determiners or w in ("-", "#", "@") or (w[:1].isalpha() and self.head_like(k)):
                headed = headed or w not in self.lex.determiners
                det_seen = det_seen or w in self.lex.determiners
                k -= 1
                steps += w != "-"  # a compound's parts count as one word ("dem Start-up X")
                continue
            if plain and w in self.lex.reporting_verbs:
                return None  # "familiar with the matter told Bloomberg": the verb's own object
            if plain and w in self.lex.finite_aux:
                return None  # "Nach 14 Monaten muss Vorstandschef P ...": the verb ends the phrase
            if plain and w not in self.lex.prepositions:
                loose = True
                k -= 1
                steps += self.word(k) != "-"  # "the 84-store discount chain X": a compound is one word
                continue
            return None
        return None

    def _consortium_link(self, k: int) -> int:
        """Tokens from ``k`` back over "consortium led by" ("Konsortium um", "Konsortium unter
        Führung"): a group named by its leader; 0 if no such phrase ends at ``k``."""
        if not self.lex.consortium_links or self.word(k) not in self.lex.consortium_link_ends:
            return 0
        for n in (1, 2, 3):
            if (
                self.phrase_at(k - n + 1, self.lex.consortium_links, 3) == n
                and self.word(k - n) in self.lex.consortium_nouns
            ):
                return n + 1
        return 0

    def second_predicate(self, start: int, end: int) -> int | None:
        """The "and" that opens a second predicate between two tokens ("will buy A and has
        completed ...", "and it plans"); None if there is none."""
        inserted = False  # "X's investment in Y, which was agreed in May, has been completed": one predicate
        for k in range(max(start, self.first), min(end, self.end) - 1):
            w = self.words[k - self.first]
            if w == "," and self.words[k + 1 - self.first] in self.lex.relatives:
                inserted = True
                continue
            if w in self.lex.coordinators and self.words[k + 1 - self.first] in self.lex.predicate_openers:
                if inserted and w == ",":
                    inserted = False
                    continue
                return k
        return None

    def head_like(self, k: int) -> bool:
        """A word between a preposition and its name: "the", "startup", "AI" in "in AI startup X"."""
        text = self.a.tokens[k].text
        return (
            self.mlex.is_org_head(text)
            or text.casefold() in self.lex.determiners
            or text in self.mlex.org_words
            or self.mlex.is_title(text)  # "von Bundeswirtschaftsminister P"
            or self.mlex.is_place_adjective(text)  # "von der Schweizer X", "of Dutch rival X"
            or (text.casefold(),) in self.mlex.places  # "to U.S. buyout firm X"
        )

    def coordinated(
        self, first: Mention, pool: list[Mention], limit: int, subject: bool = False
    ) -> list[Mention]:
        """``first`` and the names of ``pool`` joined to it by commas or "and"; a ``subject`` list
        may be followed by its verb ("A and B terminated their pact")."""
        out = [first]
        last = first
        for m in pool:
            if m.tok_start < last.tok_end or m.tok_start >= limit:
                continue
            gap = self.words[last.tok_end - self.first : m.tok_start - self.first]
            if "(" in gap:  # "A (NYSE: AB) and B": a bracket glosses A
                gap = [
                    self.words[k - self.first]
                    for k in range(last.tok_end, m.tok_start)
                    if k not in self.inside and self.words[k - self.first] not in ("(", ")")
                ]
            parts = len(gap) - gap.count("-")  # "das Berliner KI-Start-up X": a compound is one word
            if (
                not gap
                or parts > COORD_GAP_LONG
                or (parts > COORD_GAP and gap[-1] not in self.lex.coordinators)
            ):
                break
            joined = "," in gap or any(w in self.lex.coordinators for w in gap)
            if not joined or any(w in self.lex.clause_breaks for w in gap):
                break
            governed = self.prep_before(m)
            if (
                governed not in (None, *self.lex.with_preps, *self.lex.object_preps)
                # "A aus Göttingen und B": the preposition was the place's, before "und"
                and not (gap[-1] in self.lex.coordinators and gap[-1] != "," and governed in gap[:-1])
            ):
                break  # "X, einem in Oberursel ansässigen ...": an apposition, not a list
            if len(gap) >= 2 and gap[-2] in self.lex.relation_nouns:
                break  # "X, the hydrogen unit of Y": Y owns X, it is no second name of the list
            if len(gap) >= 3 and gap[-1] == "," and self.mlex.is_title(gap[-2]):
                break  # "P as a senior adviser to its chief executive, Q": Q holds the title named
            k = m.tok_end
            while k < self.end and self.a.tokens[k].text[:1].isupper():
                k += 1  # "Harbor News reported": look past the rest of the outlet's name
            if self.word(k) in self.lex.predicate_openers:
                k += 1  # "..., TechCrunch has learned"
            if "," in gap and (
                self.word(k) in self.lex.reporting_verbs or self.lex.reporting_verbs.intersection(gap)
            ):
                break  # "..., Bloomberg reported", "..., sources told Y": the source of the news
            gerunds = self.lex.gerund_endings
            if gerunds and any(
                w.endswith(gerunds)
                and w.isalpha()
                and len(w) > 5
                and w not in self.lex.ing_adjectives
                and not (i + 1 < len(gap) and self.mlex.is_org_head(gap[i + 1]))  # "the accounting firm"
                for i, w in enumerate(gap)
            ):
                break  # "ousted A, leaving B": a new verb, not a list
            if (
                not self.lex.verb_final
                and not subject
                and m.tok_end < min(self.end, limit)
                and self.lex.trigger_index.match(self.words, m.tok_end - self.first)
                and ("," in gap or self.prep_before(first) is None)  # not "the merger of A and B closed"
            ):
                break  # "A acquired B, and C purchased D": C begins a new clause
            if any(w in (".", ";", ":") for w in gap):
                break
            out.append(m)
            last = m
        return out


def sentence_view(analysis: Analysis, index: int, lex: EventLexicon) -> SentenceView:
    """The view of sentence ``index``, built once per analysis: the event frames, the funding
    follow-ups and the status cues all read the same sentence."""
    view = analysis.cache.get(("view", index))
    if view is None:
        view = analysis.cache[("view", index)] = SentenceView(analysis, index, lex)
    return view
