"""The last pass of a sentence: other capitalised sequences that are not ordinary vocabulary."""

from __future__ import annotations

from .finder import COMMON_EN_ZIPF, MAX_NAME_TOKENS, OPENERS, ClaimedSentence, FinderBase
from .vocab import zipf


class SequencePass(FinderBase):
    def sequence_pass(self, s: ClaimedSentence, headline: bool) -> None:
        toks = s.tokens
        org_words = self.lex.org_words
        first_word = next((x for x in range(s.start, s.end) if toks[x].text not in OPENERS), s.end)
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
                    or (initial and self._hyphen_opener(s, k, headline))
                    or (k + 1 < s.end and toks[k + 1].text in org_words and self._opens_company_word(s, k))
                    or (word in self.name_adjectives and self._adjective_opens(s, k, headline))
                    or self._town_of_company(s, k)
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
                elif self._running_trade_word(text, headline):
                    j += 1  # "Norland Cold Chain": capitalised in running English text, the trade is named
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
            if j > k + 1 and j + 1 < s.end and toks[j].text == "-" and toks[j + 1].text[:1].islower():
                j -= 1  # "vertreibt X Hausrat- und Haftpflichtpolicen": a cut compound is no part of the name
                if j == k + 1 and self.lex.is_place_adjective(toks[k].text):
                    k = j
                    continue  # "Der Darmstädter Chemie- und Pharmakonzern X"
            if j + 1 < s.end and toks[j].text == "-" and self.lex.is_org_head(toks[j + 1].text):
                k = j + 2  # "Asset-Managers": a compound noun, the name follows it
                continue
            if j + 1 < s.end and toks[j].text == "-" and toks[j + 1].text.casefold() in self.place_suffixes:
                s.claim(k, j, "place")  # "Waltham-based"
                k = j
                continue
            if (
                j == k + 1
                and toks[k].text.isupper()
                and j + 1 < s.end
                and toks[j].text == "-"
                and toks[j + 1].text[:1].islower()
                and toks[j + 1].text.casefold() not in self.triggers  # but "IBM-backed X"
            ):
                k = j
                continue  # "a GPU-rental company": an acronym modifying a noun
            if j == k + 1 and len(toks[k].text) < 2:
                k = j
                continue  # "3-D", "S": one letter is no name
            if j == k + 1 and toks[k].text in self.lex.measure_units and toks[k - 1].text[-1:].isdigit():
                k = j
                continue  # "its 400MW wind portfolio": a unit after its number
            if (
                self.lex.capitalised_nouns
                and k > s.start
                and s.free(k - 1, k)
                and toks[k - 1].text in self.lex.org_words
                and not self.lex.is_org_head(toks[k - 1].text)
            ):
                k -= 1  # "die Stadtwerke Lennep", "die Sparkasse Oberhavel": the company word opens the name
            elif (
                k - 2 >= s.start
                and toks[k - 1].text in self.lex.company_of
                and toks[k - 2].text in self.lex.org_words
                and s.free(k - 2, k)
            ):
                k -= 2  # "Bank of Marlow": the company word and "of" open the name
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

    def _running_trade_word(self, text: str, headline: bool) -> bool:
        """A trade noun capitalised where nouns are not (English, not a headline) is part of a name."""
        return (
            not (self.lex.capitalised_nouns or headline) and text[:1].isupper() and self.lex.is_org_head(text)
        )

    def _hyphen_opener(self, s: ClaimedSentence, k: int, headline: bool) -> bool:
        """ "Al-Noor Sovereign Fund ...": a common word opening a sentence is a name's first part when
        a hyphen joins it to a name."""
        toks = s.tokens
        return (
            k + 2 < s.end
            and toks[k + 1].text == "-"
            and toks[k].text[:1].isupper()
            and self.name_token(toks[k + 2], False, headline)
        )
