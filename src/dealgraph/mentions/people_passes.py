"""Passes about people and the document as a whole: given name and surname, titled people,
lists of people, descriptors that are no names, and short forms of names said in full before."""

from __future__ import annotations

from ..model import Entity, Mention
from .finder import ClaimedSentence, FinderBase, is_cap
from .names import slug
from .vocab import is_vocabulary


class PeoplePasses(FinderBase):
    def person_pass(self, s: ClaimedSentence) -> None:
        toks = s.tokens
        k = s.start
        while k < s.end - 1:
            if (  # "Klaus-Dieter Renner": a double given name
                k + 3 < s.end
                and toks[k + 1].text == "-"
                and toks[k].text in self.given
                and toks[k + 2].text in self.given
                and s.free(k, k + 4)
                and self._plain_surname(toks[k + 3].text)
                and not (k == s.start and toks[k].text.casefold() in self.function_words)
            ):
                j = self._double_surname(s, k + 4)
                if not self._company_word_follows(s, j):
                    self.add(s, k, j, "person", None, "pattern")
                k = j
                continue
            if (  # "Jin-woo Park": a given name in two parts, the second in lower case
                k + 3 < s.end
                and toks[k + 1].text == "-"
                and toks[k].text in self.given
                and len(toks[k].text) <= 4
                and toks[k + 2].text.isalpha()
                and toks[k + 2].text.islower()
                and len(toks[k + 2].text) <= 4
                and s.free(k, k + 4)
                and self._plain_surname(toks[k + 3].text)
            ):
                self.add(s, k, k + 4, "person", None, "pattern")
                k += 4
                continue
            if (
                toks[k].text in self.given
                and s.free(k, k + 1)
                and (s.free(k + 1, k + 2) or self._town_surname(s, k + 1))
                and (toks[k].text not in self.lex.stop_names or self._name_follows(s, k))
                and (
                    is_cap(toks[k + 1].text)
                    or (  # "Claudia von Essen-Harbach" (not "im Sommer zu Rennwerk")
                        toks[k + 1].text in self.lex.particles
                        and k + 2 < s.end
                        and (
                            is_cap(toks[k + 2].text)
                            or (  # "Heiko van der Laan"
                                toks[k + 2].text in self.lex.particles
                                and k + 3 < s.end
                                and is_cap(toks[k + 3].text)
                            )
                        )
                        and not (k > s.start and toks[k - 1].text in self.function_words)
                    )
                )
                # "The Information reported": an article is no given name, at the start or not
                and toks[k].text.casefold() not in self.function_words
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
                                and toks[j - 1].text not in self.lex.particles  # "von Essen"
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
                            # "Heiko van der Laan": particles follow the given name or each other;
                            # an article of the language only another particle ("Klaus Eberhard den
                            # Hersteller": "Eberhard" is a given name too)
                            and (
                                (toks[j - 1].text in self.given and toks[j].text not in self.determiners)
                                or toks[j - 1].text in self.lex.particles
                            )
                            and j + 1 < s.end
                            and (is_cap(toks[j + 1].text) or toks[j + 1].text in self.lex.particles)
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
                if j > k + 1 and self._compound_company(last) and not self._company_word_follows(s, j):
                    self.add(s, k, j, "org", None, "pattern")  # "der Lorenz Kabelwerke": a company's name
                    k = j
                    continue
                if (
                    j > k + 1
                    and not orgish
                    and not (self.lex.is_org_head(last) and not self._trade_surname(s, k, j))
                    and not self.lex.is_title(last)
                ):
                    org = self._post_place(s, k) or self._owns_post(s, j)
                    first = k
                    if k - 2 >= s.start and toks[k - 1].text == "-" and toks[k - 2].text in self.given:
                        first = k - 2 if s.free(k - 2, k) else k  # "Hans-Georg von der Heyde"
                    self.add(s, first, j, "org" if org else "person", None, "pattern")
                    k = j
                    continue
            k += 1

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

    def titled_people_pass(self) -> None:
        """An unknown two-word name followed by what only a person takes is a person:
        ", <title>" ("Ottoline Reyes, chief financial officer of X"), an age (", 47,"), "who",
        or "as (its new) <title>" ("named Adaeze Okonkwo as its new CFO")."""
        toks = self.a.tokens
        for m in self.mentions:
            words = [w for w in m.text.split() if w not in self.lex.joining_particles]  # "Bram de Vries"
            if m.source != "candidate" or len(words) != 2:
                continue
            if not all(w.istitle() and w.replace("-", "").isalpha() for w in words):
                continue  # "Olusegun Adebayo-Clarke": a double surname is one word of the name
            if any(w in self.lex.org_words for w in words) or m.tok_end + 3 >= len(toks):
                continue
            joined = m.tok_start > 0 and toks[m.tok_start - 1].text.casefold() in self.employer_verbs
            if toks[m.tok_end].sent == m.sent and not joined and self._says_person(m.tok_end):
                m.kind = "person"
                m.entity = Entity(f"dg:person:{slug(m.text)}", m.display, "person", aliases={m.text})

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
                for n in range(2, len(words)):
                    firsts.setdefault(" ".join(words[:n]), m)  # "Harbor & Finch" for "Harbor & Finch Group"
        named_at: dict[int, int] = {}  # where each entity is first named
        for m in self.mentions:
            named_at[id(m.entity)] = min(named_at.get(id(m.entity), m.start), m.start)
        for m in self.mentions:
            full = firsts.get(m.text)
            said = full is not None and full.kind == "org" and named_at[id(full.entity)] < m.start
            # "Aurora Telekom ... Aurora CEO P": a known short name after the document's own
            known_after = said and m.source == "gazetteer"
            # "Linwood Hart LLP ... started at Linwood Hart": a company's name without its legal form
            # reads like a person's
            person_like = said and m.source == "pattern" and m.kind == "person"
            if (
                # "the firewall maker Caldera": an English trade noun's name may be a short form too
                (
                    m.source in ("candidate", "compound")
                    or known_after
                    or person_like
                    or (
                        m.source == "pattern"
                        and m.kind == "org"
                        and (not self.lex.capitalised_nouns or _after(firsts.get(m.text), m, named_at))
                    )
                )
                and (" " not in m.text or m.source == "candidate" or person_like)
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

    def _compound_company(self, word: str) -> bool:
        """A German compound on a company word of five letters or more ("Kabelwerke",
        "Handelsgruppe"); shorter ones end surnames too ("Douglas", "Glas")."""
        low = word.casefold()
        return (
            bool(self.lex.capitalised_nouns)
            and low.endswith(self.compound_company_words)
            and any(low.endswith(e) and len(low) > len(e) + 2 for e in self.compound_company_words)
        )

    def _plain_surname(self, word: str) -> bool:
        """Can the capitalised word after a given name be a surname (no stop word, company word or
        title: "Kwan-Sung Energy", "Jin-woo Chief")?"""
        return (
            is_cap(word)
            and word not in self.lex.stop_names
            and word not in self.lex.org_words
            and not self.lex.is_title(word)
        )

    def _trade_surname(self, s: ClaimedSentence, k: int, j: int) -> bool:
        """ "der Sanierungsexperte Achim Brauer": in German a given name and one trade noun are a
        person (a trade noun otherwise ends a company's name: "der Logistiker Wendel Transporte",
        "Pacifica Carriers")."""
        toks = s.tokens
        return (
            self.lex.capitalised_nouns
            and j == k + 2
            and toks[k].text not in self.lex.stop_names
            and not (k > s.start and self.lex.is_org_head(toks[k - 1].text))
        )

    def _post_place(self, s: ClaimedSentence, k: int) -> bool:
        """ "P, head of equities at Brennan Shaw": a name after a title and "at" is where the post
        is, though it reads like a person's."""
        toks = s.tokens
        return (
            k - 2 >= s.start
            and toks[k - 1].text.casefold() in self.lex.post_preps
            and any(self.lex.is_title(t.text) for t in toks[max(s.start, k - 5) : k - 1])
        )

    def _owns_post(self, s: ClaimedSentence, j: int) -> bool:
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


def _after(full: Mention | None, m: Mention, named_at: dict[int, int]) -> bool:
    """Was the full name ``full`` said before ``m`` ("Elbkai Logistik AG ... der Vorstand der Elbkai")?"""
    return full is not None and named_at[id(full.entity)] < m.start


def _link(short: Mention, full: Mention) -> None:
    """The short form names the entity of the full name said before. It keeps its own text: the
    evidence sentence names the company so, and readers search for the name they see."""
    short.entity, short.kind, short.source = full.entity, full.entity.kind, "alias"
