"""Find organisations and people: gazetteer first, then patterns for unknown names.

Order of precedence inside a sentence: gazetteer aliases, place names (claimed so they
never become companies), names with a legal form ("Hans Glas GmbH"), names after an
organisation noun or a title ("der Fleischverarbeiter Bell", "CEO Jane Roe",
"Spar-Vorstand Hans Reisch"), given name + surname, and finally other capitalised
sequences that are not ordinary vocabulary. Later in the document, a surname or the
first word of a longer company name refers to the entity named in full before.
"""

from __future__ import annotations

from ..model import Analysis, Mention
from .finder import ClaimedSentence
from .name_passes import NamePasses
from .people_passes import PeoplePasses
from .sequence_pass import SequencePass


class MentionFinder(NamePasses, PeoplePasses, SequencePass):
    # -- passes -------------------------------------------------------------------
    def run(self) -> list[Mention]:
        for sent in self.a.sentences:
            s = ClaimedSentence(self.a.tokens, sent.first_token, sent.end_token)
            self.credit_pass(s)
            self.gazetteer_pass(s)
            if self._shouting(s):  # an all-caps line: only known names are trusted
                continue
            self.place_pass(s)
            self.legal_form_pass(s)
            self.title_pass(s)
            headline = sent.headline or self._title_case(s)
            self.quoted_name_pass(s)
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

    def _shouting(self, s: ClaimedSentence) -> bool:
        words = [t.text for t in s.tokens[s.start : s.end] if t.text[:1].isalpha()]
        return len(words) >= 4 and sum(w.isupper() for w in words) / len(words) > 0.7

    def _title_case(self, s: ClaimedSentence) -> bool:
        words = [t.text for t in s.tokens[s.start : s.end] if t.text[:1].isalpha()]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def find_mentions(analysis: Analysis) -> None:
    """Fill ``analysis.mentions`` with organisations and people."""
    analysis.mentions = MentionFinder(analysis).run()
