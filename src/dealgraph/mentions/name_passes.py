"""Passes that find names by what stands around them: gazetteer names, places, legal forms,
trade nouns and titles before a name, bracketed acronyms, coordinations and compounds."""

from __future__ import annotations

from ..model import Entity, Mention, Token
from ..text.phrases import index_of
from .finder import MAX_NAME_TOKENS, VERY_COMMON_ZIPF, ClaimedSentence, FinderBase, is_cap, very_common
from .names import fold
from .vocab import is_vocabulary, zipf

WORD_ZIPF = 1.5  # a word the frequency lists know at all, not an invented brand ("Druckguss", not "Kelvion")

PLAIN_WORD_ZIPF = 3.0  # "Elastic": a word of the language that a company took as its name


_OPENING_QUOTES = frozenset({"„", "“", '"', "«", "‚", "‘"})
_CLOSING_QUOTES = frozenset({"“", "”", '"', "»", "‘", "’"})


class NamePasses(FinderBase):
    def credit_pass(self, s: ClaimedSentence) -> None:
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

    def gazetteer_pass(self, s: ClaimedSentence) -> None:
        toks = s.tokens
        for i, j, entity in self.gaz.match(s.tokens, s.start, s.end, s.words):
            if j == i + 1 and entity.kind == "org" and i > s.start and toks[i - 1].text in self.given:
                continue  # "Kenneth Goldman" is a person, not the bank "Goldman"
            if entity.kind == "org" and self._second_of_double_name(s, i):
                continue  # "Rupert Fairleigh-Moss" is no company "Moss"
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
                and (
                    self.name_token(toks[j], False, False)
                    or self._name_tail(toks[j].text)
                    or (toks[j].text.casefold(),) in self.lex.places
                )
            ):
                # "Volksbank Eisenberg", "Sparkasse Oberhavel", "Sparkasse Hannover": a generic bank
                # name and its town
                end = max(self._extend_right(s, j, 2), j + 1)
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
            plainness = zipf(toks[i].text, self.lex.lang)
            if (
                entity.kind == "org"
                and j == i + 1
                and j < s.end
                and s.free(j, j + 1)
                and plainness >= PLAIN_WORD_ZIPF
                and toks[j].text not in self.lex.org_words
                and toks[j].text not in self.surnames  # "a deal with Intel Su responded": Lisa Su
                and not self.lex.is_legal_form(toks[j].text)
                and self.name_token(toks[j], False, False)
            ):
                # "Magic Leap" is not the company "Magic", "Elastic Minds" not "Elastic": a known
                # plain-word name opens a longer name; a very common word is left to the name
                # patterns, a rarer one takes the name words after it at once
                if plainness < VERY_COMMON_ZIPF:
                    self.add(s, i, self._extend_right(s, j, 3), "org", None, "pattern")
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
            if entity.kind == "org" and self._company_compound_before(s, i):
                self.add(s, i - 1, j, "org", None, "pattern")  # "die Holzwerke Wendel KG", not Wendel
                continue
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
        if self.lex.genitive_name_endings:
            self._genitive_names(s)

    def _genitive_names(self, s: ClaimedSentence) -> None:
        """ "Microsofts KI-Chef": a known one-word company name in the genitive ("-s")."""
        toks = s.tokens
        endings = self.lex.genitive_name_endings
        for k in range(s.start, s.end):
            text = toks[k].text
            if not text.endswith(endings) or not is_cap(text) or not s.free(k, k + 1):
                continue  # (the ending first: most words have none)
            for ending in endings:
                stem = text[: -len(ending)]
                if not text.endswith(ending) or len(stem) < 3:
                    continue
                known = [e for e, ambiguous in self.gaz.index.get((stem.casefold(),), ()) if not ambiguous]
                if len(known) == 1 and known[0].kind == "org":
                    self.add(s, k, k + 1, "org", known[0], "gazetteer")
                    self.mentions[-1].name = known[0].name  # reported under the name, not its genitive
                    break

    def place_pass(self, s: ClaimedSentence) -> None:
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
                # "die Heidelberger Druckguss AG": a plain noun and a legal form take the town along
                formed = (
                    i + 2 < s.end
                    and self.lex.is_legal_form(toks[i + 2].text)
                    and not toks[i + 2].text[1:].islower()  # "AG", "GmbH"; not "Versicherung"
                    and s.free(i + 1, i + 3)  # not "die Münchner Siemens AG", known by its name
                    and zipf(nxt, self.lex.lang) >= WORD_ZIPF
                    and not self.lex.is_org_head(nxt)
                )
                if not (
                    self.lex.is_legal_form(nxt) or company_word or formed
                ):  # "Zeller Automation" is a name
                    s.claim(i, i + 1, "place")  # "der Münchner Softwarehersteller X"
                continue
            after = toks[i + n].text if n and i + n < s.end else ""
            # "den Partner China Resources Beer": a name word after the place, which opens that name
            opens = is_cap(after) and not is_vocabulary(after, self.lex.lang)
            if n and s.free(i, i + n) and self._company_compound_before(s, i) and not opens:
                self.add(s, i - 1, i + n, "org", None, "pattern")  # "vom Verteidigungsfonds Europa"
                continue
            if n and s.free(i, i + n):
                k = i - 1
                names_before = self._names_before
                while k >= max(s.start, i - 3) and is_cap(toks[k].text) and not names_before(toks[k].text):
                    k -= 1  # back over the capitalised words just before the place
                if k >= s.start and names_before(toks[k].text) and (k == i - 1 or is_cap(toks[k].text)):
                    word_before = k == i - 1 and toks[k].text in self.lex.org_words
                    if not (word_before and opens):
                        if word_before and s.free(k, i + n):
                            self.add(s, k, i + n, "org", None, "pattern")  # "die Stadtwerke Köln"
                        continue  # "FC Augsburg", "TSV Schwaben Augsburg": the place ends a name
                closing = self._company_word_at(s, i + n, legal_forms=True)
                if closing is not None:  # "Alaska Air Group", "Boston Harbor FC": the place starts a name
                    end = closing + 1
                    while (
                        end < s.end
                        and s.free(end, end + 1)
                        and (self.lex.is_legal_form(toks[end].text) or toks[end].text in self.lex.org_words)
                    ):
                        end += 1  # "Denver Freight Rail Inc."
                    if s.free(i, end):
                        self.add(s, i, end, "org", None, "pattern")
                    continue
                if (
                    i > s.start
                    and self.lex.is_org_head(toks[i - 1].text)
                    and self._extend_right(s, i + n, 3) > i + n
                ):
                    continue  # "battery maker Ostrava Cells": a name stands where the trade noun points
                if i + n + 1 < s.end and toks[i + n].text == "&" and is_cap(toks[i + n + 1].text):
                    continue  # "Harbin & Lowe": partners named after a town and a person
                if (
                    i - 2 >= s.start
                    and s.words[i - 1 - s.start] in self.lex.particles
                    and toks[i - 2].text in self.given
                ):
                    continue  # "Claudia von Essen": a family name after a given name and "von"
                s.claim(i, i + n, "place")

    def legal_form_pass(self, s: ClaimedSentence) -> None:
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
            if (
                self.lex.capitalised_nouns
                and i == j - 2
                and toks[j - 1].text == "-"
                and self.lex.is_org_head(toks[j].text)
                and is_vocabulary(toks[i].text, self.lex.lang)
            ):
                continue  # "die Online-Bank X", "die Direkt-Bank X": a trade noun, the name follows
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

    def apposition_pass(self, s: ClaimedSentence, headline: bool = False) -> None:
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
            if head_is_org and ((nxt.casefold(),) in self.lex.places or very_common(nxt, self.lex)):
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
                and very_common(nxt, self.lex)
                and not self._particle_opens(s, k + 1)
            ):
                if head_is_org and self._hyphen_name(s, k + 1):
                    self.add(s, k + 1, k + 4, "org", None, "pattern")  # "den Hersteller Krone-Ellinghaus"
                elif head_is_org and self._ampersand_name(s, k + 1):
                    self.add(s, k + 1, k + 4, "org", None, "pattern")  # "die Baumarktkette Hammer & Kelle"
                continue
            # a title first: "Kestrel-Manager Tomas Berger" is a person although "Manager" ends
            # organisation nouns ("Asset-Manager X") too
            if self.lex.is_title(head) and (k + 2 < s.end and is_cap(toks[k + 2].text)):
                j = self._extend_right(s, k + 1, 3)
                if j == k + 2 and nxt in self.given and self._town_surname(s, j):
                    j += 1  # "Neurona-Chef Jonas Freiberg": a surname that is also a town
                # "partner Calderon Renewables": a company word makes it no person
                companyish = any(t.text in self.lex.org_words for t in toks[k + 1 : j])
                if (j >= k + 3 or (j == k + 2 and nxt in self.given)) and not companyish:
                    self.add(s, k + 1, self._double_surname(s, j), "person", None, "pattern")
                    continue
            # German nouns are capitalised, English ones only in a title-case headline
            # "den Online-Optiker X": the compound's last part says what X is
            trade = head_is_org or (head != toks[k].text and self.lex.is_org_head(toks[k].text))
            # "Fintech Clearmint Pay has ...": an English trade noun capitalised as the sentence's first word
            opening = k == s.start and head == toks[k].text
            if trade and (head[:1].isupper() in (self.lex.capitalised_nouns, headline) or opening):
                j = self._with_town(s, self._extend_right(s, k + 1, 4, company=True))
                if j > k + 1:
                    # "der Hafenbank Bremerhaven": a compound company word before a place is the name's
                    named_for_place = (
                        head == toks[k].text
                        and s.free(k, k + 1)
                        and head.casefold() not in self.lex.org_heads
                        # (but "der Schienenfahrzeugbauer Ostrava Rail": more name after the town)
                        and tuple(t.text.casefold() for t in toks[k + 1 : j]) in self.lex.places
                    )
                    # "die Brauerei Ostermann", "das Modehaus Rieck": the trade is part of the name
                    # (but "die Brauerei Wittkopp Getränke GmbH" has a company word of its own)
                    naming = (
                        head == toks[k].text
                        and s.free(k, k + 1)
                        and (self.lex.is_naming_head(head) or head in self.lex.town_companies)
                        and not any(t.text in self.lex.org_words for t in toks[k + 1 : j])
                    )  # "die Landesbank Mittelrhein": a bank named for its region
                    self.add(s, k if named_for_place or naming else k + 1, j, "org", None, "pattern")

    def _ampersand_name(self, s: ClaimedSentence, k: int) -> bool:
        """ "Hammer & Kelle", "Meyer & Töchter": two capitalised words joined by "&" are a firm's name,
        though each is a common word."""
        toks = s.tokens
        return k + 2 < s.end and toks[k + 1].text == "&" and is_cap(toks[k + 2].text) and s.free(k, k + 3)

    def acronym_pass(self, s: ClaimedSentence) -> None:
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

    def _with_town(self, s: ClaimedSentence, j: int) -> int:
        """The end of a name ending at ``j``, past the town of a works ("Schienenwerk Görlitz",
        "Karosseriewerk Ahlen")."""
        if j < s.end and s.owner[j - s.start] == "place" and self._company_ending(s.tokens[j - 1].text):
            return j + 1
        return j

    def quoted_name_pass(self, s: ClaimedSentence) -> None:
        """ "das Anzeigenblatt „Wochenspiegel Isartal“", "the tabloid 'Daily Post'": capitalised words
        in quotes after a company noun name it, though each may be a plain word."""
        if _OPENING_QUOTES.isdisjoint(s.words):
            return
        toks = s.tokens
        for k in range(s.start + 1, s.end - 2):
            if toks[k].text not in _OPENING_QUOTES:
                continue
            head = toks[k - 1].text
            if not (self.lex.is_org_head(head) or head.casefold().endswith(self.lex.quoted_heads)):
                continue
            j = k + 1
            while j < s.end and j - k <= 5 and toks[j].text not in _CLOSING_QUOTES:
                j += 1
            inner = toks[k + 1 : j]
            if (
                j < s.end
                and toks[j].text in _CLOSING_QUOTES
                and inner
                and is_cap(inner[0].text)
                and all(is_cap(t.text) or t.text in ("&", "-", ".") or t.text[:1].isdigit() for t in inner)
                and s.free(k + 1, j)
            ):
                self.add(s, k + 1, j, "org", None, "pattern")

    def coordinated_pass(self, s: ClaimedSentence) -> None:
        """ "Die Energieversorger Ventara Energie AG und Küstenstrom Kraftwerke": the name joined by
        "and" to a company a trade noun introduces is a company too, even made of plain words."""
        toks = s.tokens
        orgs = {id(o): o for o in s.owner if isinstance(o, Mention) and o.kind == "org"}
        for m in orgs.values():
            k, end = m.tok_start - 1, m.tok_end
            if k < s.start or end + 1 >= s.end or s.words[end - s.start] not in self.lex.coordinators:
                continue
            if not s.free(k, k + 1) or not s.free(end + 1, end + 2):
                continue
            if not self.lex.is_org_head(toks[k].text):
                # "die Start-ups A und B", written as three tokens
                if not (
                    k - 2 >= s.start
                    and toks[k - 1].text == "-"
                    and self.lex.is_org_head(f"{toks[k - 2].text}-{toks[k].text}")
                ):
                    continue
                k -= 2
                while k - 2 >= s.start and toks[k - 1].text == "-":
                    k -= 2  # "der beiden Sicherheits-Start-ups A und B"
            j = self._with_town(s, self._extend_right(s, end + 1, 3, company=True))
            pair = (
                k > s.start
                and any(  # "die beiden X", "die beiden Berliner X"
                    w in self.lex.pair_words for w in s.words[max(s.start, k - 2) - s.start : k - s.start]
                )
            )
            plain = not pair and is_vocabulary(toks[end + 1].text, self.lex.lang)
            if j > end + 1 and (j - end > 2 or not plain) and (j == s.end or not is_cap(toks[j].text)):
                self.add(s, end + 1, j, "org", None, "pattern")

    def title_pass(self, s: ClaimedSentence) -> None:
        """Claim titles of several words ("Managing Director") so they never become names."""
        toks = s.tokens
        titles = index_of(self.lex.titles)
        for k in [s.start + i for i in titles.starts(s.words)]:
            n = titles.match(s.words, k - s.start)
            if n > 1 and is_cap(toks[k].text) and s.free(k, k + n):
                s.claim(k, k + n, "title")

    def compound_prefix_pass(self, s: ClaimedSentence) -> None:
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
            if tail.islower() and prefix in self.given and k + 2 < s.end and is_cap(toks[k + 2].text):
                continue  # "Jin-woo Park": a given name in two parts ("woo" is a verb of poaching too)
            while (
                i - 2 >= s.start and toks[i - 1].text == "-" and is_cap(toks[i - 2].text) and s.free(i - 2, i)
            ):
                i -= 2
            opened = self._opened_by(prefix) if i == k - 1 else None
            if opened is not None:  # "Berger-Vorstandschef P" after "Berger Befestigungstechnik AG"
                self.add(s, i, j, "org", opened.entity, "compound")
                self.mentions[-1].name = opened.display  # reported under the company's name
                continue
            if i == k - 1 and self.lex.capitalised_nouns and very_common(prefix, self.lex):
                continue  # "Marketing-Leiter" is a job, not an organisation ("E-Plus-Übernahme" is a name)
            if i == k - 1 and prefix.casefold() in self.lex.unit_words:
                continue  # "Sparten-Chef": the head of a unit of the company named elsewhere
            if i == k - 1 and tail.casefold() in self.lex.unit_words and is_vocabulary(prefix, self.lex.lang):
                continue  # "die Agrarchemie-Sparte": a line of business (but "die Siemens-Sparte")
            if i == k - 1 and self.lex.is_org_head(prefix):
                # "Holding-Chef P": the head of the holding named before ("Brandstetter Holding"),
                # or of no company that can be named
                named = self._named_by_head(prefix)
                if named is not None:
                    self.add(s, i, j, "org", named.entity, "compound")
                    self.mentions[-1].name = named.display  # reported under the company's name
                continue
            while j - i >= 3 and is_vocabulary(toks[j - 1].text, self.lex.lang) and len(toks[j - 3].text) > 1:
                j -= (
                    2  # "SPD-Fraktions-Chef": the name is "SPD", "Fraktions" is a plain word ("E-Plus" stays)
                )
            self.add(s, i, j, "org", None, "compound")  # "Nordwind-Chef": may be a short form

    def _opened_by(self, word: str) -> Mention | None:
        """The last company found so far whose name of several words opens with ``word``."""
        return next(
            (
                m
                for m in reversed(self.mentions)
                if m.kind == "org" and not m.generic and " " in m.text and m.text.split()[0] == word
            ),
            None,
        )

    def _named_by_head(self, head: str) -> Mention | None:
        """The last company found so far whose name ends in ``head`` ("X Holding", "X Holding AG")."""
        for m in reversed(self.mentions):
            words = m.text.split()
            if (
                m.kind == "org"
                and head in words[1:]
                and all(self.lex.is_legal_form(w) for w in words[words.index(head) :])
            ):
                return m
        return None

    def hyphenated_name_pass(self, s: ClaimedSentence) -> None:
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

    def described_name_pass(self, s: ClaimedSentence) -> None:
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
        if (
            len(words) == 1
            and words[0].casefold().endswith(self.adverb_endings)
            and is_vocabulary(words[0], self.lex.lang)
        ):
            return  # "Separately, the company appointed ...": an adverb opening the sentence
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

    def title_of_pass(self, s: ClaimedSentence) -> None:
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

    def _dateline(self, s: ClaimedSentence) -> None:
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

    def _second_of_double_name(self, s: ClaimedSentence, i: int) -> bool:
        """Is token ``i`` the second part of a hyphenated name whose first part is no word and no
        known name ("Fairleigh-Moss"; not "Ex-Google", "US-Konzern")?"""
        if i - 2 < s.start or s.tokens[i - 1].text != "-" or not s.free(i - 2, i - 1):
            return False
        first = s.tokens[i - 2].text
        return (
            len(first) >= 3
            and first.isalpha()
            and first[0].isupper()
            and first[1:].islower()
            and not is_vocabulary(first, self.lex.lang)
        )

    def _hyphen_name(self, s: ClaimedSentence, i: int) -> bool:
        """A word and a name joined by a hyphen, ending there ("Krone-Ellinghaus")?"""
        toks = s.tokens
        return (
            i + 3 <= s.end
            and s.free(i, i + 3)
            and toks[i + 1].text == "-"
            and is_cap(toks[i + 2].text)
            and toks[i + 2].text.isalpha()
            and not is_vocabulary(toks[i + 2].text, self.lex.lang)
            and (i + 3 == s.end or not is_cap(toks[i + 3].text))  # the name ends with the pair
        )

    def _company_compound_before(self, s: ClaimedSentence, i: int) -> bool:
        """A German compound on a company word ("Holzwerke", "Stadtwerke") right before a name
        opens it; a trade noun ("Klinikgruppe" is one too) only describes the company."""
        if not self.lex.capitalised_nouns or i <= s.start or not s.free(i - 1, i):
            return False
        prev = s.tokens[i - 1].text
        return (
            is_cap(prev)
            and prev.casefold().endswith(self.compound_company_words)
            and not self.lex.is_org_head(prev)
        )

    def _name_acronym(self, s: ClaimedSentence, k: int, acronym: str, entity: Entity) -> None:
        """The bracketed acronym at ``k`` names the company, and names it later on its own."""
        self.local[fold(acronym)] = self.local[f"org:{fold(acronym)}"] = entity
        self.add(s, k, k + 1, "org", entity, "pattern")

    def _trade_name(self, s: ClaimedSentence, k: int, head: str) -> bool:
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
