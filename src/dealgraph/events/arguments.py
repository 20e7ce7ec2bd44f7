"""Where a role's name stands: the names before and after a trigger, behind which preposition,
in which clause, list or apposition. The event frames (``frames.py``) are built from these.
"""

from __future__ import annotations

from ..model import Mention
from .view import SentenceView


def name_before(
    view: SentenceView, pool: list[Mention], ts: int, lo: int, exclude: set[int]
) -> Mention | None:
    """Nearest name before the trigger in its clause that is not inside a prepositional phrase."""
    for m in reversed(pool):
        if m.tok_end > ts or m.tok_start < lo or id(m) in exclude or in_closed_relative(view, m, ts):
            continue
        # "after it bought X": a clause opener before the subject is no preposition
        opens_clause = m.tok_start == lo and view.word(lo - 1) in view.lex.clause_breaks
        if opens_clause or view.prep_before(m) is None or of_governing_body(view, m):
            return m
    return None


def in_closed_relative(view: SentenceView, m: Mention, ts: int) -> bool:
    """Is the name inside a relative clause that closes before the trigger ("X, which bought Y
    in 2022, said it would acquire Z", "X, the snack maker that bought Y, agreed to ...": not Y)?"""
    k = m.tok_start - 1
    while k > view.first and view.word(k) not in (",", ";"):
        k -= 1
    if view.lex.verb_final and view.word(m.tok_end) == "," and view.prep_before(m) is None:
        # "Die Familienholding, die Lindner Holding, steigt ein": a German clause would end on its
        # verb, so an article and a name closed by a comma are an apposition (not "das Family
        # Office der Familie X,": a name in a genitive)
        between = range(k + 2, m.tok_start)
        if not any(view.word(j) in view.lex.determiners for j in between):
            return False
    return closed_relative_at(view, m.tok_start, m.tok_end, ts)


def closed_relative_at(view: SentenceView, start: int, end: int, ts: int) -> bool:
    """Do tokens ``start``-``end`` stand in a relative clause (", which ...", ", the maker that
    ...") that a comma closes before token ``ts``?"""
    k = start - 1
    while k > view.first and view.word(k) not in (",", ";"):
        k -= 1
    pronouns = view.lex.relative_pronouns  # "that", "which": not German articles
    relative = view.opens_relative(k + 1) or (
        view.word(k) == "," and any(view.word(j) in pronouns for j in range(k + 2, start))
    )
    return relative and any(view.word(j) == "," for j in range(end, ts))


def apposed_relative_head(view: SentenceView, lo: int) -> Mention | None:
    """ "X, the snack maker that bought Y": the name the described relative clause hangs on."""
    if view.word(lo - 1) not in view.lex.relative_pronouns:
        return None
    k = lo - 2
    while k > view.first and lo - 2 - k < 5 and view.word(k) != ",":
        if view.a.tokens[k].text[:1].isupper():
            return None
        k -= 1
    if view.word(k) != ",":
        return None
    return next((m for m in view.orgs if m.tok_end == k), None)


def of_governing_body(view: SentenceView, m: Mention) -> bool:
    """ "The board of X rejected", "Der Vorstand der X lehnte ab", "der X-Vorstand": X speaks through
    its board."""
    if view.word(m.tok_end) == "-" and view.word(m.tok_end + 1) in view.lex.governing_bodies:
        return True
    k = m.tok_start - 1
    # "The board of fashion retailer X": past an article and the company's trade
    while (
        k > view.first
        and m.tok_start - k <= 4
        and view.word(k) not in view.lex.object_preps
        and (view.head_like(k) or view.a.tokens[k].text.islower())
    ):
        k -= 1
    if view.word(k) not in view.lex.object_preps:
        return False
    k -= 1
    while k > view.first and view.word(k) in view.lex.determiners:
        k -= 1
    return view.word(k) in view.lex.governing_bodies


def name_after_prep(
    view: SentenceView, pool: list[Mention], preps: frozenset[str], lo: int, hi: int, exclude: set[int]
) -> Mention | None:
    for m in pool:
        if lo <= m.tok_start < hi and id(m) not in exclude and view.prep_before(m, preps) in preps:
            return m
    return None


def name_after(
    view: SentenceView, pool: list[Mention], te: int, hi: int, exclude: set[int]
) -> Mention | None:
    for m in pool:
        if te <= m.tok_start < hi and id(m) not in exclude:
            if view.word(m.tok_end) in view.lex.reporting_verbs and view.word(m.tok_start - 1) == ",":
                return None  # "..., Bloomberg reported": the source of the news, past the clause's end
            return m
    return None


def is_passive(view: SentenceView, ts: int, te: int, lo: int, hi: int) -> bool:
    lex = view.lex
    word = view.word(ts)
    if not lex.verb_final:  # English: "was acquired (by X)", "acquired by X"
        if view.word(te) in lex.agent_preps:
            return True
        if lex.gerund_endings and word.endswith(lex.gerund_endings):
            return False  # "was promoting": progressive, not passive
        if any(view.word(k) in lex.infinitive_markers for k in range(ts - 1, te)):
            return False  # "is nearing a deal to buy X", "is preparing to invest in X": active
        return any(view.phrase_at(k, lex.passive_aux, 3) for k in range(max(lo, ts - 3), ts))
    # verb last (German): a participle with an auxiliary of the passive in its clause, and an
    # agent phrase "von/durch X" or the auxiliary right beside the participle
    after = view.word(te)
    if (
        (after,) in lex.passive_aux
        and after not in lex.stative_aux
        and word.endswith(lex.participle_endings or "\0")
    ):
        return True  # "verkauft worden": a participle without "ge-" before a passive auxiliary
    if not (lex.participle_endings and word.endswith(lex.participle_endings)) or not (
        lex.participle_prefixes and word.startswith(lex.participle_prefixes)
    ):
        return False
    clause = [view.word(k) for k in range(lo, hi)]
    if not any((w,) in lex.passive_aux and w not in lex.stative_aux for w in clause):
        return False
    agent = any(view.prep_before(m, lex.agent_preps) for m in view.orgs if lo <= m.tok_start < ts)
    beside = (view.word(te),) in lex.passive_aux or (view.word(ts - 1),) in lex.passive_aux
    return agent or beside


def relative_opener(view: SentenceView, ts: int, lo: int) -> int | None:
    """The relative pronoun of the clause the trigger closes (", der ... übernommen hatte")."""
    k = next((k for k in range(ts - 1, lo, -1) if view.word(k) == "," or view.opens_relative(k)), None)
    if k is None or not view.opens_relative(k):
        return None
    # ", die Grünfeld Holding habe ... verkauft": an article, its name followed by the verb
    named = next((m for m in view.mentions if m.tok_start == k + 1), None)
    verbs = view.lex.perfect_aux | view.lex.future_markers
    return None if named is not None and view.word(named.tok_end) in verbs else k


def apposed_name(view: SentenceView, m: Mention) -> Mention:
    """The company meant when a trade noun and another name follow the first one: "Chinese EV
    maker Xinrui Auto", "F1 streaming app Pitwall"; and "the payments division of X, Payvant",
    where the unit's own name follows its owner."""
    later = [n for n in view.orgs if m.tok_end < n.tok_start <= m.tok_end + 5]
    for n in later:
        between = range(m.tok_end, n.tok_start)
        heads = [
            k
            for k in between
            if (view.head_like(k) or view.word(k) in view.lex.relation_nouns)  # "X's venture arm Y"
            and view.word(k) not in view.lex.determiners
        ]
        lower = all(
            view.a.tokens[k].text[:1].islower() or k in heads or view.word(k) in ("-", "'s", "’s")
            for k in between
        )
        if (
            heads
            and lower
            and not any(view.word(k) in view.lex.prepositions for k in between)
            and not any(view.word(k) in view.lex.coordinators for k in between)  # "A and existing investor B"
            and not any(_finite_verb(view, k) for k in between)  # "um X legt der Investor Y nach"
        ):
            return n  # not "... X durch den Handelsriesen Y": a preposition starts another role
    k = m.tok_start - 1
    while k > view.first and view.word(k) in view.lex.determiners:
        k -= 1
    owner_of_unit = view.word(k) in view.lex.object_preps and view.word(k - 1) in view.lex.relation_nouns
    if owner_of_unit and view.word(m.tok_end) == ",":
        return next((n for n in later if n.tok_start == m.tok_end + 1), m)
    return m


def _finite_verb(view: SentenceView, k: int) -> bool:
    """Is token ``k`` a verb between two names ("um X hat die Y", "um X legt der Investor Y nach")?
    German writes every noun with a capital, so a small word without an adjective's ending is one."""
    w = view.word(k)
    if w in view.lex.perfect_aux or w in view.lex.passive_aux:
        return True
    return (
        view.lex.verb_final
        and view.a.tokens[k].text[:1].islower()
        and w not in view.lex.determiners
        and not w.endswith(view.mlex.inflections)
    )


def owns_next(view: SentenceView, m: Mention) -> bool:
    """Is the name a possessive ("X's", "its"; "Kalter Foods'": a bare apostrophe after an "s")?"""
    w = view.word(m.tok_end)
    return w in view.lex.possessives or (w in ("'", "’") and m.text.endswith("s"))


def possessor(view: SentenceView, ts: int, exclude: set[int]) -> Mention | None:
    """The owner in "X's $5bn purchase of", "its planned takeover of" (a few words before)."""
    for m in reversed(view.orgs):
        if m.tok_end > ts or id(m) in exclude:
            continue
        between = view.words[m.tok_end - view.first : ts - view.first]
        sums = sum(w[:1].isdigit() or w in ("$", "€", "£", "-") for w in between)
        if len(between) > 5 and (len(between) - sums > 4 or len(between) > 10):
            return None  # a few words, or fewer and a sum ("X's revised $41-a-share proposal")
        ok = (m.generic and m.text.casefold() in view.lex.possessives) or owns_next(view, m)
        if ok and all(w[:1].isdigit() or w.isalpha() or w in ("$", "€", "£", "-", ".") for w in between[1:]):
            return m
        return None
    return None


def subject_fallback(view: SentenceView, ts: int, lo: int) -> Mention | None:
    """Without an organisation as subject: the antecedent of a relative clause, the company
    before an inserted apposition, or an investor named as a person ("Buffett completed ...")."""
    heads = view.relative_head(lo, view.orgs)
    if heads:
        return heads[-1]
    return apposed_subject(view, ts) or name_before(view, view.persons, ts, lo, set())


def apposed_subject(view: SentenceView, ts: int) -> Mention | None:
    """ "X, a Berlin startup that makes ..., has raised": the name opening the sentence, set off
    by a comma, is the subject of a verb that follows the closing comma."""
    first = next((m for m in view.orgs if m.tok_start <= view.first + 2), None)
    if first is None or view.word(first.tok_end) != "," or first.tok_end >= ts:
        return None
    closing = [k for k in range(first.tok_end + 1, ts) if view.word(k) == ","]
    if not closing or any(view.a.tokens[k].text[:1].isupper() for k in range(closing[-1] + 1, ts)):
        return None
    return first


def group_with(view: SentenceView, m: Mention, lo: int, limit: int) -> list[Mention]:
    """The names joined by commas or "and" that ``m`` closes ("A und die B fusionieren"; [m] alone)."""
    return next(
        (
            g
            for c in view.orgs
            if lo <= c.tok_start
            and c.tok_end <= m.tok_start
            and m in (g := view.coordinated(c, view.orgs, limit))
        ),
        [m],
    )


def joined_by_and(view: SentenceView, group: list[Mention]) -> bool:
    gap = view.words[group[-2].tok_end - view.first : group[-1].tok_start - view.first]
    headline = view.sent.headline or view.word(view.end - 1) not in (".", "!", "?")
    if headline and gap == [","] and group[0].tok_start == view.first:
        return True  # "A, B call off merger": a headline's comma stands for "and"
    return any(w in view.lex.coordinators and w != "," for w in gap)


def owns(view: SentenceView, m: Mention, ts: int) -> bool:
    return m.tok_end < ts and view.word(m.tok_end) in view.lex.possessives and ts - m.tok_end <= 4


def formerly(view: SentenceView, m: Mention) -> bool:
    """ "the former Salesforce executive", "P, bislang Geschäftsführerin des Wettbewerbers X": a past
    employer, not the one a person leaves or joins now."""
    if any(view.word(k) in view.mlex.former for k in range(max(view.first, m.tok_start - 2), m.tok_start)):
        return True
    before = view.lex.symbols.get("previously", frozenset())
    for k in range(m.tok_start - 1, max(view.first, m.tok_start - 6) - 1, -1):
        if view.word(k) in (",", ";", ":"):
            return False
        if (view.word(k),) in before:
            return True
    return False


def current_orgs(view: SentenceView) -> list[Mention]:
    """The sentence's companies but those named as someone's past employer ("bisher bei X")."""
    return [m for m in view.orgs if not formerly(view, m)]


def title_between(view: SentenceView, start: int, end: int) -> bool:
    """A title phrase, or a compound title ("Marketingchefin"), between the two tokens?"""
    titles = view.mlex.titles
    return any(
        view.phrase_at(k, titles, 4)
        or (view.mlex.capitalised_nouns and view.mlex.is_title(view.a.tokens[k].text))
        for k in range(max(start, view.first), min(end, view.end))  # within the sentence
    )


def nearest_group(
    view: SentenceView, preps: frozenset[str], ts: int, te: int, lo: int, hi: int, pool: list[Mention]
) -> list[Mention]:
    """The coordinated names after one of ``preps`` that stand closest to the trigger."""
    best: list[Mention] = []
    best_gap = 10**6
    for m in pool:
        if lo <= m.tok_start < hi and view.prep_before(m, preps) in preps:
            group = view.coordinated(m, pool, hi)
            gap = ts - group[-1].tok_end if group[-1].tok_end <= ts else m.tok_start - te
            if 0 <= gap < best_gap:
                best, best_gap = group, gap
    return best


def genitive_of(view: SentenceView, m: Mention, lo: int) -> bool:
    """Does a genitive article govern the name inside its clause ("Forscher des Konkurrenten Y")?"""
    k = m.tok_start - 1
    while k > lo and k >= m.tok_start - 3 and view.mlex.is_org_head(view.a.tokens[k].text):
        k -= 1
    return k > lo and view.word(k) in view.lex.genitive_articles


def takes_post(view: SentenceView, te: int) -> bool:
    """Does a post follow the verb ("übernimmt kommissarisch die Führung", "das Personalressort")?"""
    return any(view.lex.is_role_noun(view.word(k)) for k in range(te, min(view.end, te + 10)))


def reduced_relative_head(view: SentenceView, agent: Mention) -> Mention | None:
    """ "Excluding X, the Israeli firewall maker Y bought in May, ...": the name before the comma
    that opens the description ending in the buyer is what was bought."""
    k = agent.tok_start - 1
    while k > view.first and view.word(k) not in (",", ";", ".") and agent.tok_start - k <= 6:
        k -= 1
    if view.word(k) != "," or view.word(k + 1) not in view.lex.determiners:
        return None
    if any(
        (text := view.a.tokens[j].text)[:1].isupper()
        and not view.mlex.is_place_adjective(text)
        and not (text.isupper() and len(text) <= 3)  # "the clinical-documentation AI company"
        for j in range(k + 2, agent.tok_start)
    ):
        return None  # only an article and plain words describe the bought company
    return next((m for m in view.orgs if m.tok_end == k and m.entity is not agent.entity), None)


def speaker_before(view: SentenceView, k: int) -> Mention | None:
    """ "X said P will join as CFO", "X said that Y had led a round": the company that speaks
    before token ``k`` (the subject right before the first reporting verb)."""
    say = next((j for j in range(view.first, k) if view.word(j) in view.lex.reporting_verbs), None)
    if say is None:
        return None
    return next((m for m in view.orgs if m.tok_end == say and view.prep_before(m) is None), None)
