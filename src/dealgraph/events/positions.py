"""Positions (who holds which role where) from appositions, read as symbol patterns.

Each sentence is rewritten as a string of symbols (O organisation, P person, T title,
F "former", o "of/von/bei", c comma, : colon, a "and", - dash, s possessive, g "founded by",
B "sits on the board of", w "with", S "at the helm", r relative pronoun, z "previously",
n "currently", u "successor", L "leads", i copula, d determiner or organisation noun,
y "its"/"seine"/"whose", m "as"/"als", b "becomes", x anything else). The patterns below are
regular expressions over that string, so one pattern serves every language whose lexicon maps its
words to the same symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..mentions.coref import in_brackets, past_employer
from ..mentions.lexicon import MentionLexicon, lexicon
from ..model import Analysis, Entity, Event, Mention, Token
from ..text.phrases import PhraseIndex
from .lexicon import event_lexicon

# (pattern, how persons and organisations pair, fixed title when the pattern implies one); pairing
# "named" pairs all but needs the company by name, not "the company"
PATTERNS: tuple[tuple[re.Pattern[str], str, str | None], ...] = (
    # "P, CEO of O"; "P, previously COO at O" (a former post); "P, the long-serving CTO of O";
    # "P, one of the co-founders of O"
    (
        re.compile(
            r"(?P<p>[PQ](?:a[PQ])*)(?:c(?:xo)?)?(?P<z>z?)n?d?(?:x-x|(?<=d)x{1,2})?(?P<t>F?T(?:aF?T)*)o(?:[od]|x(?=x?d)|x-x)*"
            r"(?P<o>[OQ](?:a[OQ])*)"
        ),
        "all",
        None,
    ),
    # "P, head of research at O": a department between title and organisation
    # "She was previously head of oncology clinical development at O"
    (re.compile(r"(?P<p>[PQ])[ci]?(?P<z>z?)d?(?P<t>F?T)o(?=x)[xd]{1,3}o[od]*(?P<o>[OQ])"), "all", None),
    # "P, kaufmännischer Geschäftsführer der O": one word before the title, one person
    (re.compile(r"(?P<p>[PQ])cd?x(?P<t>F?T(?:aF?T)*)o[od]*(?P<o>[OQ](?:a[OQ])*)"), "all", None),
    # "Former O CEO P": a former post
    (re.compile(r"(?P<z>F)(?P<o>[OQ])(?:-d)?[-s]?(?P<t>T)(?P<p>[PQ](?:a[PQ])*)"), "all", None),
    # "... approached P ..., dismissing speculation that the former O executive would join": the
    # nearest person named before, when no name follows the post
    (
        re.compile(r"(?<![PQ])(?P<p>[PQ])[^PQ]{1,14}?d(?P<z>F)(?P<o>[OQ])(?:-d)?[-s]?(?P<t>T)(?![PQTa-])"),
        "all",
        None,
    ),
    # "P, a former O managing director, ...", "P, the O chief executive", "P is a former O partner"
    (re.compile(r"(?P<p>[PQ])(?:cd|c?id)(?P<z>F?)(?P<o>[OQ])(?:-d)?[-s]?(?P<t>T)"), "all", None),
    # "O CEO P", "O's CEO P", "O-Chef P", "O-Fraktions-Chef P", "O co-founder and CEO P"
    (re.compile(r"(?P<o>[OQ])(?:-d)?[-s]?(?P<t>F?T(?:aF?T)*(?:ox{1,2}(?=[PQ]))?)(?P<p>[PQ])"), "all", None),
    # "Kartlab founders P and Q", "Zellblick-Gründer P und Q": a plural title names each
    (re.compile(r"(?P<o>[OQ])(?:-d)?[-s]?(?P<t>T)(?P<p>[PQ](?:a[PQ])+)"), "plural", None),
    # "said P, O's chief product officer"
    (re.compile(r"(?P<p>[PQ])c(?P<o>[OQ])s(?P<t>F?T(?:aF?T)*)(?!d|o[od]*[OQ])"), "all", None),
    # "O's co-founder, P", "O's longtime head of design, P"
    (re.compile(r"(?P<o>[OQ])sx{0,2}(?P<t>F?T(?:aF?T)*)(?:ox{1,3})?c(?P<p>[PQ])"), "all", None),
    # "O's 38 employees, including chief executive P", "O's team, led by co-founder P"
    (re.compile(r"(?P<o>[OQ])s[-xd]{1,4}c[xl](?P<t>F?T(?:aF?T)*)(?P<p>[PQ](?:a[PQ])*)"), "all", None),
    # "P spent 14 years at O", "P, 38, spent the last five seasons as head of scouting at O"
    (re.compile(r"(?P<p>[PQ])(?:cxc)?v[dx]{1,4}(?:m(?P<t>T)o[dx]{1,3})?o(?P<o>[OQ])"), "all", None),
    # "P kommt vom Chemiekonzern O, wo sie zuletzt den Bereich Controlling leitete"
    (re.compile(r"(?P<p>[PQ])x[xo]{0,4}o[od]*(?P<o>[OQ])cx[^cPQO]{0,6}L"), "all", None),
    # "She joins from O, where she was head of investor relations"
    (re.compile(r"(?P<p>[PQ])x{1,2}o?(?P<o>[OQ])cx[xP]?i(?P<t>F?T)"), "all", None),
    # "P war zuletzt sieben Jahre bei O", "P was previously at O" (only with the preposition of a post)
    (re.compile(r"(?P<p>[PQ])i[xzn]{1,4}o(?P<o>[OQ])(?![-s])"), "at", None),
    # "O said its chairman, P, ...", "O hat seinen Finanzchef P entlassen": the company's own
    (re.compile(r"(?P<o>[OQ])[^OQP]{0,10}?yx?(?P<t>F?T(?:aF?T)*)c?(?P<p>[PQ])"), "all", None),
    # "P retired as chief executive of O", "P tritt als Vorstandschef der O zurück"
    (re.compile(r"(?P<p>[PQ])x{1,3}m(?P<t>F?T)o[od]*(?P<o>[OQ])"), "all", None),
    # "P, who founded O", "P, die das Start-up O gegründet hat"
    (re.compile(r"(?P<p>[PQ])crK[xd]{0,4}(?P<o>[OQ])"), "all", "founder"),
    (re.compile(r"(?P<p>[PQ])cr[^cPQ]{0,8}?(?P<o>[OQ])x{0,2}K"), "all", "founder"),
    # "the founders of robotics startup O, P and Q"
    # "den Leiter der KI-Forschung beim Start-up O, P": a department between title and company
    (
        re.compile(r"(?P<t>F?T)o(?:[od]|x(?=x?d)|x-(?=d)|x(?:-x)?(?=o))*(?P<o>[OQ])c(?P<p>[PQ](?:a[PQ])*)"),
        "all",
        None,
    ),
    # "CEO P of O" (not "Vektorraum-Gründer P der FAZ": a compound title has its company)
    (re.compile(r"(?<![-s])(?P<t>F?T)(?P<p>[PQ])o[od]*(?P<o>[OQ])"), "all", None),
    (re.compile(r"(?P<o>[OQ])c?i?g(?:F?[OQ][xT]{0,2})?(?P<p>[PQ](?:c?a?[PQ])*)"), "all", "founder"),
    # "O was founded last year by P and Q", "... by former DeepMind researcher P" (the earlier
    # employer is read by the patterns of former posts)
    (re.compile(r"(?P<o>[OQ])iKx{1,4}?(?:F?[OQ][xT]{0,2})?(?P<p>[PQ](?:a[PQ])*)"), "named", "founder"),
    # "The company, founded in 2019 by P and Q"; "X wurde 2021 von P und Q gegründet"
    (re.compile(r"(?P<o>[OQ])cKx{1,3}(?:F?[OQ][xT]{0,2})?(?P<p>[PQ](?:a[PQ])*)"), "all", "founder"),
    (re.compile(r"(?P<o>[OQ])b[^cPQ]{0,10}?(?P<p>[PQ](?:a[PQ])*)K"), "all", "founder"),
    # "Gegründet wurde X 2019 von P und Q", "Das von P gegründete Start-up X", "X, 2019 von P gegründet,"
    (re.compile(r"^Kb(?P<o>[OQ])x{0,2}o(?P<p>[PQ](?:a[PQ])*)"), "all", "founder"),
    (re.compile(r"o(?P<p>[PQ](?:a[PQ])*)K[-xd]{0,4}(?P<o>[OQ])"), "all", "founder"),
    (re.compile(r"(?P<o>[OQ])cx{0,2}o(?P<p>[PQ](?:a[PQ])*)Kc"), "all", "founder"),
    # "X, the Paris AI lab founded by P and Q"
    (re.compile(r"(?P<o>[OQ])cd[-xd]{0,6}g(?:F?[OQ][xT]{0,2})?(?P<p>[PQ](?:a[PQ])*)"), "all", "founder"),
    (re.compile(r"(?P<t>T)o[od]*(?P<o>[OQ](?:a[OQ])*)[-c](?P<p>[PQ](?:a[PQ])*)"), "respectively", None),
    (re.compile(r"(?P<o>[OQ])c?w(?P<p>[PQ])S"), "all", "head"),
    # "O unveiled its first pickup, with Chief Executive P promising ...": no other name between
    (re.compile(r"(?P<o>[OQ])[^OQP]{0,12}cw(?P<t>F?T(?:aF?T)*)(?P<p>[PQ])"), "all", None),
    # "der Vorstand der O mit dem Vorsitzenden P", "O, with its chairman P"
    (re.compile(r"(?P<o>[OQ])c?w[dy]?(?P<t>F?T)(?P<p>[PQ])"), "all", None),
    # "X, led by P", "X, run by chief executive P", "X, which is led by former Y executive P"
    (re.compile(r"(?P<o>[OQ])c?(?:ri)?l(?:F[OQ][-s]?T|(?P<t>T))?(?P<p>[PQ])"), "all", "head"),
    # "X, run by hedge fund manager P" (by name: "the group, led by partner P" may be a team)
    (re.compile(r"(?P<o>[OQ])c?(?:ri)?l[xd]{1,3}(?P<t>T)?(?P<p>[PQ])"), "named", "head"),
    (re.compile(r"(?P<p>[PQ])x?c[ro](?P<z>z?)(?P<o>[OQ])L"), "all", "head"),
    # "P, former chief executive of O1 and now an adviser at O2": the second post
    (re.compile(r"(?P<p>[PQ])cF?To[od]*[OQ]and?(?P<t>[Tx])o[od]*(?P<o>[OQ])"), "all", None),
    # "P is CEO of O", "P, 47, is currently finance director at O", "P is the former COO of O",
    # "Mr P was previously chairman of O", "P, who was chief product officer at O until May"
    (
        re.compile(r"(?P<p>[PQ])(?:cxc)?(?:cr)?i[nz]?d?x{0,2}(?P<t>F?T)o(?:[od]|x(?=x?d))*(?P<o>[OQ])"),
        "all",
        None,
    ),
    # "P, 71, previously ran the defence group O"
    # "P, who previously led development at O"
    (re.compile(r"(?P<p>[PQ])(?:cxc)?(?:cr)?(?P<z>z?)L(?:[dx][xd]{0,3}o?)?(?P<o>[OQ])"), "all", "head"),
)


# each pattern tried at every position of the sentence (overlapping matches, found by the regex engine)
_OVERLAPPING = tuple(re.compile(f"(?={pattern.pattern})") for pattern, _, _ in PATTERNS)


# A title with "new"/"incoming" announces a hire: "GE's new CEO P", "incoming CEO P".
HIRE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?:(?P<o>O)[-s]?)?d?N(?P<t>T)(?P<p>P)"),
    # "X hat einen neuen KI-Chef: P", "X holt sich einen neuen Einkaufschef von der Konkurrenz: P",
    # "X hat einen neuen Risikovorstand: Zum 1. März übernimmt P das Ressort"
    re.compile(r"(?P<o>O)x{0,3}d?N(?:x-)?(?P<t>T)(?:o[od]*x)?:[xd]{0,5}(?P<p>P)"),
    re.compile(r"(?P<p>P)c?d?N(?P<t>T)o(?:[od]|x(?=x?d))*(?P<o>O)"),  # "ist P neuer Vorstandschef des O"
    # "Neuer Finanzvorstand der X wird (zum 1. Mai) P"
    re.compile(r"d?N(?P<t>T)o(?:[od]|x(?=x?d))*(?P<o>O)[ib][xd]{0,5}?(?P<p>P)"),
    # "P wird zum 1. Juli Finanzvorstand des X", "P wird Vorsitzender des Beirats beim Hersteller X"
    re.compile(r"(?P<p>P)bx{0,5}?(?P<t>T)o(?:[od]|x(?=x?d)|x(?=o))*(?P<o>O)"),
    # "P verlässt die Beratung X und wird Strategiechef bei der Baumarktkette Y": the second verb's post
    re.compile(r"(?P<p>P)[^P.:;c]*?ab(?P<t>T)o(?:[od]|x(?=x?d)|x(?=o))*(?P<o>O)"),
    re.compile(r"(?P<p>P)c?b(?P<o>O)s(?P<t>T)"),  # "P, will become Veldra's head of risk products"
    # "Former Cohere VP P is now chief operating officer at O": a former post, and the one held now
    re.compile(r"F[OQ](?:-d)?[-s]?T(?P<p>P)in(?P<t>T)o[od]*(?P<o>O)"),
    # "P ist seit Anfang des Monats neuer Deutschland-Chef des X"
    re.compile(r"(?P<p>P)[ib][^PO.]{0,6}?N(?:x-)?(?P<t>T)o(?:[od]|x(?=x?d))*(?P<o>O)"),
    # "P wird als möglicher neuer Aufsichtsratschef der X gehandelt", "P as the incoming CEO of X"
    re.compile(r"(?P<p>P)mx?d?N(?P<t>T)o(?:[od]|x(?=x?d))*(?P<o>O)"),
    # "P soll zum 1. Juli neuer Vorstandschef des X werden": the verb closes the clause
    re.compile(r"(?P<p>P)x{1,5}?N(?P<t>T)o(?:[od]|x(?=x?d))*(?P<o>O)b"),
    # "Neuer Geschäftsführer wird der bisherige Produktchef P", "Nachfolger wird der Manager P": of
    # the company the article is about
    re.compile(r"d?N(?P<t>T)[ib][^P.]{0,8}?(?P<p>P)"),
    re.compile(r"d?(?P<t>u)[ib][^P.]{0,8}?(?P<p>P)"),
    # "..., dass P neuer Vorstandschef wird", "wonach P neuer Chef werden soll", "P wird neuer Chef":
    # no company named, the article's
    re.compile(r"(?P<p>P)N(?P<t>T)b"),
    re.compile(r"(?P<p>P)bd?N(?P<t>T)(?![od]*[OQ])"),
)


@dataclass
class _Item:
    symbol: str
    start: int  # token range
    end: int
    mention: Mention | None = None


def _maybe_person(m: Mention, mlex: MentionLexicon) -> bool:
    """An unknown two- or three-word name without company words may be a person."""
    words = m.text.split()
    return (
        m.source == "candidate"
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(w in mlex.org_words or w.casefold() in mlex.legal_forms for w in words)
    )


@dataclass(frozen=True)
class _SymbolTable:
    """Every word and phrase with a symbol of its own, looked up once per token."""

    index: PhraseIndex
    symbols: dict[tuple[str, ...], str]
    capitalised_titles: bool  # German titles are nouns: "Chef", never "chef"
    cue_words: frozenset[str]  # first words of titles and role phrases: no pattern fires without one
    articles: frozenset[str]  # "der", "the": an article may open an apposition


@cache
def _symbol_table(lang: str) -> _SymbolTable:
    mlex = lexicon(lang)
    sym = event_lexicon(lang).symbols
    table: dict[tuple[str, ...], str] = {}

    def put(phrases: frozenset[tuple[str, ...]] | set[tuple[str, ...]], symbol: str) -> None:
        for phrase in phrases:
            table.setdefault(phrase, symbol)

    # earlier entries win, as the order of tests did before
    put(sym.get("board_seat", frozenset()), "B")
    put(sym["founded_by"], "g")
    put(sym["led_by"], "l")
    put(sym["at_helm"], "S")
    put(sym["cofounded"], "K")
    put(mlex.position_titles, "T")
    put(mlex.new_title_markers, "N")
    put({t for t in mlex.titles if len(t) == 1}, "x")
    put({(w,) for w in mlex.former}, "F")
    put({p for p in sym["of"] if len(p) == 1}, "o")
    put({(",",)}, "c")
    put({(":",)}, ":")
    put({p for p in sym["and"] if len(p) == 1}, "a")
    put({("-",), ("–",), ("—",)}, "-")
    put({("'s",), ("’s",)}, "s")
    put({p for p in sym["with"] if len(p) == 1}, "w")
    put({p for p in sym["relative"] if len(p) == 1}, "r")
    put({p for p in sym["previously"] if len(p) == 1}, "z")
    put({p for p in sym.get("currently", ()) if len(p) == 1}, "n")
    put({p for p in sym.get("successor", ()) if len(p) == 1}, "u")
    put({p for p in sym["leads"] if len(p) == 1}, "L")
    put({p for p in sym["copula"] if len(p) == 1}, "i")
    put({p for p in sym.get("org_possessive", ()) if len(p) == 1}, "y")
    put({(w,) for w in event_lexicon(lang).role_markers}, "m")
    put(sym.get("becomes", frozenset()), "b")
    put({p for p in sym.get("tenure", ()) if len(p) == 1}, "v")
    put({(w,) for w in event_lexicon(lang).determiners}, "d")
    cues = frozenset(p[0] for p, sym_ in table.items() if sym_ in "TgSlLKNibuvB")
    return _SymbolTable(PhraseIndex(table), table, lang != "en", cues, event_lexicon(lang).determiners)


def _has_role_words(analysis: Analysis, index: int) -> bool:
    sent = analysis.sentences[index]
    table = _symbol_table(analysis.lang)
    mlex = lexicon(analysis.lang)
    return any(
        t.text.casefold() in table.cue_words
        or (table.capitalised_titles and t.text[:1].isupper() and mlex.is_title(t.text))
        for t in analysis.tokens[sent.first_token : sent.end_token]
    )


def symbolize(analysis: Analysis, index: int) -> list[_Item]:
    """The sentence as symbols (computed once per sentence and kept on the analysis)."""
    cached = analysis.cache.get(("symbols", index))
    if cached is not None:
        return cached
    sent = analysis.sentences[index]
    mlex = lexicon(analysis.lang)
    table = _symbol_table(analysis.lang)
    tokens = analysis.tokens
    first = sent.first_token
    words = [t.text.casefold() for t in tokens[first : sent.end_token]]
    by_start = {m.tok_start: m for m in analysis.mentions_in(index)}
    items: list[_Item] = []
    k = first
    while k < sent.end_token:
        m = by_start.get(k)
        if m is not None:
            symbol = "P" if m.kind == "person" else "Q" if _maybe_person(m, mlex) else "O"
            items.append(_Item(symbol, k, m.tok_end, m))
            k = m.tok_end
            continue
        n = table.index.match(words, k - first)
        symbol = table.symbols[tuple(words[k - first : k - first + n])] if n else ""
        # German titles are nouns ("geschäftsführende Gesellschafterin" ends in one)
        if symbol == "T" and table.capitalised_titles and not tokens[k + n - 1].text[:1].isupper():
            symbol = ""
        if (
            symbol == "o"
            and words[k - first] in table.articles
            and len(items) >= 2
            and items[-1].symbol == "c"
            and items[-2].symbol in "PQ"
        ):
            symbol = "d"  # "P, der Technikchef von X": an article opening an apposition, no genitive
        if symbol and (symbol != "T" or n >= 1):
            items.append(
                _Item(symbol, _compound_title_start(items, tokens, k) if symbol == "T" else k, k + n)
            )
            k += n
            continue
        text = tokens[k].text
        if (
            text == "("
            and items
            and items[-1].symbol == "P"
            and k + 2 < sent.end_token
            and tokens[k + 1].text.isdigit()
            and tokens[k + 2].text == ")"
        ):
            k += 3  # "Tanja Eckert (47) ist neue Personalchefin der X": the age plays no part
            continue
        if text in mlex.honorifics and _honours(tokens, k + 1, by_start, mlex.honorifics):
            k += 1  # "its co-founder, Dr. Kenji Watanabe": the name's honorific plays no part
            continue
        if (
            text in ("'", "’")
            and items
            and items[-1].mention is not None
            and items[-1].mention.text.endswith("s")
        ):
            items.append(_Item("s", k, k + 1))  # "Corvin Labs' co-founder"
            k += 1
            continue
        if table.capitalised_titles and text[:1].isupper() and mlex.is_title(text):
            symbol = "T"  # a compound title: "Entwicklungschef", "Finanzvorständin"
        else:
            # "des Kaffeerösters X" (German: a capitalised noun in the genitive)
            genitive = (
                table.capitalised_titles and k > first and mlex.genitive_noun(words[k - first - 1], text)
            )
            # "beim Berliner VC X", "at Dutch insurer X": a place's adjective describes the name too
            symbol = "d" if mlex.is_org_head(text) or genitive or mlex.is_place_adjective(text) else "x"
        if (
            symbol == "x"
            and k + 2 < sent.end_token
            and words[k - first + 1] == "-"
            and mlex.is_org_head(f"{text}-{tokens[k + 2].text}")
        ):
            items.append(_Item("d", k, k + 3))  # "start-up", written as three tokens
            k += 3
            continue
        items.append(_Item(symbol, _compound_title_start(items, tokens, k) if symbol == "T" else k, k + 1))
        k += 1
    analysis.cache[("symbols", index)] = items
    return items


def _compound_title_start(items: list[_Item], tokens: list[Token], k: int) -> int:
    """Where a title written with a hyphen starts ("KI-Chef", "AI-Chief"): a plain word and the
    hyphen before it, without spaces, join the title (their items are dropped)."""
    if len(items) < 2 or items[-1].symbol != "-" or items[-2].symbol != "x" or items[-2].mention is not None:
        return k
    if len(items) > 2 and items[-3].symbol in "OQ-":
        return k  # "Nordkap-Lines-Chef": the word may end a name found only in part
    word, dash = items[-2], items[-1]
    if tokens[word.end - 1].end != tokens[dash.start].start or tokens[dash.start].end != tokens[k].start:
        return k
    del items[-2:]
    return word.start


def _honours(tokens: list[Token], k: int, by_start: dict[int, Mention], honorifics: frozenset[str]) -> bool:
    """Does a person's name start at token ``k``, after any further honorifics ("Prof. Dr. P")?"""
    while k < len(tokens) and tokens[k].text in honorifics:
        k += 1
    m = by_start.get(k)
    return m is not None and m.kind == "person"


def as_person(m: Mention, analysis: Analysis) -> Mention:
    """The same mention read as a person (a title stands right beside it)."""
    from ..mentions.names import slug

    key = f"dg:person:{slug(m.text)}"
    entity = Entity(key, m.display, "person", aliases={m.text})
    return Mention(
        m.start, m.end, m.text, "person", entity, m.sent, m.tok_start, m.tok_end, "pattern", name=m.display
    )


def new_in_post(analysis: Analysis, index: int) -> list[Event]:
    """Hires stated by a new title ("New CEO Jane Roe", "Jane Roe, the incoming CEO of X")."""
    mentions = analysis.mentions_in(index)
    if not any(m.kind == "person" for m in mentions) or not _has_role_words(analysis, index):
        return []
    items = symbolize(analysis, index)
    string = "".join(i.symbol for i in items)
    if (
        "N" not in string
        and "b" not in string
        and "u" not in string
        and not ("F" in string and "in" in string)
    ):
        return []  # a new title, "becomes", a successor, or a former post and the one held now
    sent = analysis.sentences[index]
    tokens = analysis.tokens
    found: list[Event] = []
    for pattern in HIRE_PATTERNS:
        for match in pattern.finditer(string):
            person = items[match.start("p")].mention
            named = "o" in pattern.groupindex and match.group("o")
            org = items[match.start("o")].mention if named else topic_org(analysis, index)
            if person is None or org is None:
                continue
            first, last = items[match.start("t")], items[match.end("t") - 1]
            found.append(
                Event(
                    type="hire",
                    roles={"person": [person], "org": [org]},
                    sent=index,
                    trigger=(tokens[first.start].start, tokens[last.end - 1].end),
                    # "Nachfolger" says who comes, not the post
                    title=None
                    if first.symbol == "u"
                    else analysis.text[tokens[first.start].start : tokens[last.end - 1].end],
                    confidence=0.6,
                    evidence=(sent.start, sent.end),
                    cues=[f"pattern:{pattern.pattern}"],
                )
            )
    return found


def topic_org(analysis: Analysis, index: int) -> Mention | None:
    """The organisation the article names most often up to this sentence."""
    seen: dict[str, list[Mention]] = {}
    for m in analysis.mentions:
        if m.kind == "org" and m.sent <= index:
            seen.setdefault(m.entity.key, []).append(m)
    if not seen:
        return None
    tokens = analysis.tokens

    def rank(ms: list[Mention]) -> tuple[int, bool, bool, bool]:
        # on a tie, a company named outside brackets ("NEW YORK (Reuters) - X ..."), named on its own
        # before one only seen in a compound ("Daimler-Managerin"), and one not only named as
        # somebody's former employer
        return (
            len(ms),
            not all(in_brackets(analysis, m) for m in ms),
            not all(past_employer(analysis, m) for m in ms),
            any(m.tok_end >= len(tokens) or tokens[m.tok_end].text != "-" for m in ms),
        )

    return max(seen.values(), key=rank)[-1]  # the most recent mention: the name as written nearby


def positions(analysis: Analysis, index: int) -> list[Event]:
    here = analysis.mentions_in(index)
    if len(here) < 2 or not any(m.kind == "org" for m in here) or not _has_role_words(analysis, index):
        return []
    items = symbolize(analysis, index)
    symbols = {i.symbol for i in items}
    if not symbols & {"P", "Q"} or not symbols & {"O", "Q"}:
        return []
    string = "".join(i.symbol for i in items)
    sent = analysis.sentences[index]
    tokens = analysis.tokens
    possessives = event_lexicon(analysis.lang).possessives
    indefinite = event_lexicon(analysis.lang).indefinite_articles
    mlex = lexicon(analysis.lang)
    post_preps = lexicon(analysis.lang).post_preps
    found: list[Event] = []
    for (pattern, pairing, fixed), anywhere in zip(PATTERNS, _OVERLAPPING, strict=True):
        for match in anywhere.finditer(string):
            persons = [i.mention for i in items[match.start("p") : match.end("p")] if i.mention]
            orgs = [i.mention for i in items[match.start("o") : match.end("o")] if i.mention]
            title = fixed
            if "t" in pattern.groupindex and match.group("t"):
                first, last = items[match.start("t")], items[match.end("t") - 1]
                title = analysis.text[tokens[first.start].start : tokens[last.end - 1].end]
            if "z" in pattern.groupindex and match.group("z"):
                title = f"former {title}"
            if len(persons) > 1 and "t" in pattern.groupindex and match.start("t") > match.end("p"):
                between = items[match.end("p") : match.start("t")]
                if any(tokens[i.start].text.casefold() in indefinite for i in between):
                    persons = persons[-1:]  # "P and Q, a partner at X": the last one only
            if pairing == "plural" and not (title or "").casefold().endswith(mlex.plural_title_endings):
                continue  # "Google CEO P and Q": a title in the singular is the first one's only
            if pairing == "respectively" and len(persons) == len(orgs):
                pairs = list(zip(persons, orgs, strict=True))
            else:
                pairs = [(p, o) for p in persons for o in orgs]
            for person, org in pairs:
                if person is None or org is None or org.kind != "org" or person is org:
                    continue
                if org.entity is person.entity:
                    continue  # "P, vice-president of the company's ...": "the company" read as P
                if pairing == "named" and org.generic:
                    continue  # "The company was founded in 2024 by P": the company meant is not sure
                if pairing == "at" and tokens[org.tok_start - 1].text.casefold() not in post_preps:
                    continue  # "P war im Frühjahr von O gekommen": where P came from, not a post
                if tokens[org.tok_start - 1].text.casefold() in possessives:
                    continue  # "Head of Its Agricultural Unit": a part of the company named before
                if person.kind != "person" and _maybe_person(org, lexicon(analysis.lang)):
                    continue  # two unknown names: no telling which is the person
                if person.kind != "person":
                    person = as_person(person, analysis)
                found.append(
                    Event(
                        type="position",
                        roles={"person": [person], "org": [org]},
                        sent=index,
                        trigger=(person.start, org.end),
                        title=title,
                        confidence=0.8,
                        evidence=(sent.start, sent.end),
                        cues=[f"pattern:{pattern.pattern}"],
                    )
                )
    if "B" in string:
        found.extend(_board_seats(analysis, index, items, string))
    return found


BOARD_REACH = 25  # symbols between a person and "sits on the board of" told of them
# "of the French sports retailer Q and R": articles and trade nouns, then the boards' companies
_BOARD_ORGS = re.compile(r"(?:[od]|x(?=x?d))*(?P<o>[OQ](?:a(?:[od]|x(?=x?d))*[OQ])*)")


def _board_seats(analysis: Analysis, index: int, items: list[_Item], string: str) -> list[Event]:
    """ "P, who chairs the supervisory board of O, also sits on the boards of Q and R": each board
    named after "sits on the board of" is a seat of the nearest person before it."""
    sent = analysis.sentences[index]
    found: list[Event] = []
    for at in (k for k, symbol in enumerate(string) if symbol == "B"):
        person = next(
            (items[k].mention for k in range(at - 1, max(-1, at - BOARD_REACH), -1) if string[k] in "PQ"),
            None,
        )
        groups = _BOARD_ORGS.match(string, at + 1)
        if person is None or groups is None:
            continue
        if person.kind != "person":
            person = as_person(person, analysis)
        for item in items[groups.start("o") : groups.end("o")]:
            if item.mention is None or item.mention.kind != "org":
                continue
            found.append(
                Event(
                    type="position",
                    roles={"person": [person], "org": [item.mention]},
                    sent=index,
                    trigger=(person.start, item.mention.end),
                    title="board member",
                    confidence=0.7,
                    evidence=(sent.start, sent.end),
                    cues=["pattern:board seat"],
                )
            )
    return found


_DATELINE_DASHES = frozenset({"-", "–", "—"})
TOPIC_WINDOW = 3  # sentences back in which the article's company must have been named


def titled_at_topic(analysis: Analysis, index: int, placed: list[Event]) -> list[Event]:
    """ "'We are ready,' chief executive P told analysts": a bare title before a person, in a
    sentence that names no other company, is a post at the company the article is about (in the
    first sentence, the one its subject names), or at the family firm that bears the person's name
    ("Geschäftsführer Egon Ruppert" of "Metallbau Ruppert")."""
    here = analysis.mentions_in(index)
    mlex = lexicon(analysis.lang)
    tokens = analysis.tokens
    # a title right before a person (the only shape read here), checked before any symbol is made
    titled = [
        m for m in here if m.kind == "person" and m.tok_start and mlex.is_title(tokens[m.tok_start - 1].text)
    ]
    if not titled:
        return []
    topic = _article_company(analysis, index) if index else _sole_subject(analysis, here, titled[0])
    if topic is None:  # "X bought Y, chief executive P said": the subject's, the sentence's first name
        subject = min((m for m in here if m.kind == "org"), key=lambda m: m.tok_start, default=None)
        topic = subject if _subject_speaker(analysis, index, titled[-1], subject) else None
    if topic is None and index and tokens[titled[0].tok_start - 1].text.casefold() in mlex.founder_titles:
        topic = _bought_by(analysis, index, placed, None)  # "X kauft 70 % an Y. Die Gründer P und Q ..."
    if topic is None and index == 0:
        return []
    others = [  # companies named in the sentence, other than the article's
        m
        for m in here
        if m.kind == "org" and m.source != "coref" and (topic is None or m.entity is not topic.entity)
    ]
    reach = titled[-1].tok_end + 3
    if any(m.tok_start < reach for m in others) and not _subject_speaker(analysis, index, titled[-1], topic):
        return []  # another company named before or beside the post: the patterns read the sentence
    if any(m.tok_end < len(tokens) and tokens[m.tok_end].text in ("'s", "’s") for m in others):
        return []  # "... and takes over as Tessellate's CEO": the sentence names whose post it is
    family: dict[str, Mention] = {}  # each word of a company's name, to the name first written so
    for m in analysis.mentions:
        if m.kind == "org" and m.sent < index and not m.generic:
            for word in m.text.split():
                family.setdefault(word, m)
    if topic is None and not any(p.text.split()[-1] in family for p in titled):
        return []
    public = event_lexicon(analysis.lang).public_titles
    compound_public = tuple(w for w in public if len(w) > 6)  # "Linksfraktionschefin"
    # placed by another event, save a past post ("P, a former head of biology at Genentech")
    taken = {
        id(m.entity)
        for e in placed
        if not (e.type == "position" and (e.title or "").startswith("former "))
        for ms in e.roles.values()
        for m in ms
    }
    items = symbolize(analysis, index)
    sent = analysis.sentences[index]
    found: list[Event] = []
    for n, item in enumerate(items):
        person = item.mention
        if item.symbol != "P" or person is None or person.generic or id(person.entity) in taken:
            continue
        org = family.get(person.text.split()[-1], topic)
        if org is None:
            continue
        first, last = n, n - 1
        if n >= 3 and "".join(i.symbol for i in items[n - 3 : n]) == "TPa":
            first, last = n - 2, n - 3  # "die Geschäftsführer A und B": the title is B's too
        while first > 0 and (
            items[first - 1].symbol == "T" or (items[first - 1].symbol == "a" and first <= last)
        ):
            first -= 1
        if first > last or items[first].symbol != "T" or (first > 0 and items[first - 1].symbol in "OQ-sFyz"):
            continue
        before = items[first - 1].start if first > 0 and items[first - 1].symbol == "x" else None
        if before is not None and before > sent.first_token and tokens[before].text[:1].isupper():
            continue  # "Für Schalkes Manager P": a name not recognised owns the title
        title = analysis.text[tokens[items[first].start].start : tokens[items[last].end - 1].end]
        if title.casefold() in mlex.founder_titles and org is topic:
            org = _bought_by(analysis, index, placed, topic) or org  # "Die Gründer P und Q behalten 30 %"
        if title.casefold() in public or title.casefold().endswith(compound_public):
            continue  # "Regierungschef P", "Linksfraktionschefin P": a public office
        if mlex.is_staff_title(title.split()[-1]):  # "interpretability researcher", "KI-Forscher"
            continue  # "interpretability researcher P": one of many, anywhere
        found.append(
            Event(
                type="position",
                roles={"person": [person], "org": [org]},
                sent=index,
                trigger=(tokens[items[first].start].start, person.end),
                title=title,
                confidence=0.6,
                evidence=(sent.start, sent.end),
                cues=["pattern:title at the article's company"],
            )
        )
        taken.add(id(person.entity))
    return found


def _bought_by(analysis: Analysis, index: int, placed: list[Event], buyer: Mention | None) -> Mention | None:
    """The company ``buyer`` (or anybody) has just bought or invested in (this sentence or the one
    before): the founders named next are that company's."""
    for e in reversed(analysis.events + placed):
        if e.sent < index - 1 or e.type not in ("acquisition", "investment"):
            continue
        agents = e.roles.get("acquirer") or e.roles.get("investor") or []
        targets = e.roles.get("target") or e.roles.get("investee") or []
        if agents and targets and (buyer is None or agents[0].entity is buyer.entity):
            return targets[0]
    return None


def _subject_speaker(analysis: Analysis, index: int, person: Mention, topic: Mention | None) -> bool:
    """ "Sie kauft den Hersteller Y, wie Vorstandschef P mitteilte", "X bought Y, chief executive P
    said": a bare title in the clause that tells who spoke, in a sentence whose subject is the
    article's company, is that company's post (other companies named are what was said)."""
    if topic is None:
        return False
    tokens = analysis.tokens
    lex = event_lexicon(analysis.lang)
    here = [m for m in analysis.mentions_in(index) if m.kind == "org"]
    first = min(here, key=lambda m: m.tok_start, default=None)
    if first is None or first.entity is not topic.entity or not _opens_sentence(analysis, first):
        return False
    k = person.tok_start - 1
    joins = (lex.coordinators - {","}) | {"-"}
    mlex = lexicon(analysis.lang)
    while k > first.tok_end and (
        mlex.is_title(tokens[k].text) or tokens[k].text.casefold() in joins or tokens[k + 1].text == "-"
    ):
        k -= 1  # past the title ("co-founder and chief executive")
    between = [t.text.casefold() for t in tokens[max(first.tok_end, k - 1) : k + 1]]
    opened = between[-1:] == [","] or (
        len(between) == 2 and between[0] == "," and between[1] in lex.speaker_words
    )
    return opened and not any(m.tok_start > person.tok_end and m.entity is not topic.entity for m in here)


def _sole_subject(analysis: Analysis, here: list[Mention], person: Mention) -> Mention | None:
    """ "Der Aufsichtsrat der X hat den Vertrag von Vorstandschef P verlängert": in an article's first
    sentence, the one company, named in the subject before the title, is the title's."""
    # companies after the post belong to what is said of it ("X denied a report that chief
    # executive P was being courted to run Ford")
    orgs = [m for m in here if m.kind == "org" and not m.generic and m.tok_end <= person.tok_start]
    if len(orgs) != 1 or not _opens_sentence(analysis, orgs[0]):
        return None
    return orgs[0]


def _article_company(analysis: Analysis, index: int) -> Mention | None:
    """The company the article is about, when the sentences before sentence ``index`` name one
    clearly enough for a bare title to be its post."""
    topic = topic_org(analysis, index - 1)
    if topic is None or topic.sent < index - TOPIC_WINDOW:
        return None
    # named before, or by name in this sentence too ("werde X Weltmarktführer, sagte Finanzvorstand P")
    named = [
        m
        for m in analysis.mentions
        if m.entity is topic.entity and (m.sent < index or (m.sent == index and not m.generic))
    ]
    others = {  # other companies named lately, except where someone's post was ("head of sales at X")
        m.entity.key
        for m in analysis.mentions
        if m.kind == "org"
        and index - TOPIC_WINDOW <= m.sent < index
        and m.entity is not topic.entity
        and not _post_of(analysis, m)
        and not in_brackets(analysis, m)
    }
    # the only company named lately, as a subject; or one named more than once; never a tie.
    # A subject that is a union or an authority comments on another company's affairs.
    outsiders = event_lexicon(analysis.lang).outsider_heads
    subject = any(
        _opens_sentence(analysis, m)
        and not (m.tok_start and analysis.tokens[m.tok_start - 1].text.casefold().endswith(outsiders))
        for m in named
    )
    if not others and subject:
        return topic
    if (len(named) < 2 and (not subject or _buyer(analysis, topic, index))) or _tied(analysis, topic, index):
        return None
    return topic


def _opens_sentence(analysis: Analysis, m: Mention) -> bool:
    """Is the name its sentence's subject, before its verb ("Der Versandhändler X hat ...")?"""
    first = analysis.sentences[m.sent].first_token
    tokens = analysis.tokens
    # "NEW YORK, Oct 29 (Reuters) - X beat estimates": the sentence starts after the dateline
    first = next(
        (
            k + 1
            for k in range(first + 1, min(m.tok_start, first + 14))
            if tokens[k].text in _DATELINE_DASHES and tokens[k - 1].text == ")"
        ),
        first,
    )
    grammar = event_lexicon(analysis.lang)
    mlex = lexicon(analysis.lang)
    # "Das Berliner Start-up X": a town's adjective and the hyphens of a compound do not count
    before = [
        t.text.casefold()
        for t in tokens[first : m.tok_start]
        if t.text != "-" and not mlex.is_place_adjective(t.text)
    ]
    return len(before) <= 3 and not any(
        w in grammar.prepositions and w not in grammar.determiners for w in before
    )


def _buyer(analysis: Analysis, topic: Mention, index: int) -> bool:
    """Did the topic lately buy into another company? A bare title after "X übernimmt die Mehrheit
    an Y" may be at either: "Firmenchef P bleibt im Amt" is the seller's."""
    for e in analysis.events:
        if e.sent < index - TOPIC_WINDOW or e.type not in ("acquisition", "investment"):
            continue
        buyers = e.roles.get("acquirer", []) + e.roles.get("investor", [])
        if any(m.entity is topic.entity for m in buyers):
            return True
    return False


def _tied(analysis: Analysis, topic: Mention, index: int) -> bool:
    """Is another company named (or referred to) as often as the topic up to this sentence?
    Glosses in brackets ("(NYSE: QLN)") do not count."""
    counts: dict[str, int] = {}
    for m in analysis.mentions:
        if m.kind == "org" and m.sent < index and not in_brackets(analysis, m):
            counts[m.entity.key] = counts.get(m.entity.key, 0) + 1
    best = counts.get(topic.entity.key, 0)
    backers = {  # "Alphabet's GV and the fund MGX also took part": the topic's investors rival it not
        m.entity.key
        for e in analysis.events
        if e.type == "investment" and any(x.entity is topic.entity for x in e.roles.get("investee", []))
        for m in e.roles.get("investor", [])
    }
    rivals = [
        key for key, n in counts.items() if n >= best and key != topic.entity.key and key not in backers
    ]
    if not rivals:
        return False
    # a tie is broken by the subject that opened a sentence ("Telvora Networks won a contract to
    # modernize Vodafone's network")
    opening = {m.entity.key for m in analysis.mentions if m.sent < index and _opens_sentence(analysis, m)}
    return topic.entity.key not in opening or any(key in opening for key in rivals)


def _post_of(analysis: Analysis, m: Mention) -> bool:
    """Is the name where a title was held ("previously head of e-commerce at X")?"""
    items = symbolize(analysis, m.sent)
    at = next((n for n, item in enumerate(items) if item.mention is m), None)
    if at is None:
        return False
    n = at - 1
    while n >= 0 and at - n <= 6 and items[n].symbol in "oxd-":
        n -= 1
    return n >= 0 and at - n <= 6 and items[n].symbol == "T" and items[n + 1].symbol == "o"
