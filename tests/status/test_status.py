"""Status of an event from cue words: failed, denied, rumored, in_talks, announced, completed."""

from __future__ import annotations

from typing import Any

import pytest

from dealgraph.model import Document
from dealgraph.pipeline import extract_document
from dealgraph.schema import STATUSES


def _event(text: str, lang: str, etype: str) -> dict[str, Any]:
    events = extract_document(Document("s", text, lang=lang, published="2025-06-21"))["events"]
    found = [e for e in events if e["type"] == etype]
    assert len(found) == 1, events
    return found[0]


CASES = [
    # plans and deals under way
    ("en", "Halvorsen Group to sell unit Nordvik Marine to Calder Industries", "acquisition", "announced"),
    ("en", "Lumen Forge is being bought by Orbital Dynamics.", "acquisition", "announced"),
    (
        "de",
        "Die Übernahme der Nubis Data durch die Wendel AG soll bis Jahresende abgeschlossen sein.",
        "acquisition",
        "announced",
    ),
    ("en", "Lumen Forge shareholders voted down the merger with Skyreach Launch.", "merger", "failed"),
    # failed
    ("en", "Bluefin Analytics walked away from its bid for Corvid Labs.", "acquisition", "failed"),
    ("en", "Bluefin Analytics and Corvid Labs terminated the partnership.", "partnership", "failed"),
    ("de", "Bluefin Analytics und Corvid Labs beenden ihre Zusammenarbeit.", "partnership", "failed"),
    (
        "de",
        "Die Verlage Bluefin Medien und Corvid Presse sprechen über einen Zusammenschluss.",
        "merger",
        "in_talks",
    ),
    (
        "de",
        "Der Versuch der Nordlicht Robotics GmbH, die Kranich Software AG zu kaufen, scheiterte.",
        "acquisition",
        "failed",
    ),
    (
        "de",
        "Die Nordlicht Robotics GmbH bemühte sich erfolglos um die Übernahme der Kranich Software AG.",
        "acquisition",
        "failed",
    ),
    (
        "de",
        "Die Kranich Software AG hat die Übernahme des Startups "
        "Flusskiesel durch die Nordlicht Robotics GmbH "
        "abgelehnt.",
        "acquisition",
        "failed",
    ),
    # denied
    (
        "en",
        "Bluefin Analytics denied reports that it is in talks to buy Corvid Labs.",
        "acquisition",
        "denied",
    ),
    (
        "de",
        "Die Nordlicht Robotics GmbH dementierte Berichte über eine Übernahme der Kranich Software AG.",
        "acquisition",
        "denied",
    ),
    # rumored
    (
        "en",
        "Bluefin Analytics is considering an acquisition of Corvid "
        "Labs, people familiar with the matter said.",
        "acquisition",
        "rumored",
    ),
    # in talks
    ("en", "Bluefin Analytics is in talks to acquire Corvid Labs.", "acquisition", "in_talks"),
    (
        "de",
        "Insidern zufolge verhandelt die Nordlicht Robotics GmbH "
        "über eine Übernahme der Kranich Software AG.",
        "acquisition",
        "in_talks",
    ),
    # announced
    (
        "en",
        "Nordlicht Robotics agreed to acquire Kranich Software for "
        "$1.2 billion, the companies said on Tuesday.",
        "acquisition",
        "announced",
    ),
    (
        "en",
        "Jane Holloway, the former chief executive of Corvid Labs, "
        "will join Bluefin Analytics as CEO in April.",
        "hire",
        "announced",
    ),
    ("en", "Bluefin Analytics and Corvid Labs agreed to merge.", "merger", "announced"),
    # completed
    ("en", "Bluefin Analytics completed its acquisition of Corvid Labs.", "acquisition", "completed"),
    ("en", "Corvid Labs was acquired by Bluefin Analytics in 2019.", "acquisition", "completed"),
    ("de", "Die Nordlicht Robotics GmbH hat die Kranich Software AG übernommen.", "acquisition", "completed"),
    (
        "de",
        "Die Übernahme der Kranich Software AG durch die Nordlicht Robotics GmbH ist abgeschlossen.",
        "acquisition",
        "completed",
    ),
    ("en", "Bluefin Analytics hired Marcus Feld from Corvid Labs.", "hire", "completed"),
    # a closing outranks the announcement it reports; a deal spoken of as past is done
    (
        "en",
        "The purchase of Corvid Labs by Bluefin Analytics, announced in May, closed on Tuesday.",
        "acquisition",
        "completed",
    ),
    (
        "de",
        "Nach der Übernahme der Nubis Data durch die Wendel AG sollen 200 Stellen wegfallen.",
        "acquisition",
        "completed",
    ),
    (
        "de",
        "Marcus Feld legt sein Mandat bei der Wendel AG mit sofortiger Wirkung nieder.",
        "departure",
        "completed",
    ),
    (
        "de",
        "Ein Sprecher sagte, die Wendel AG habe ihre Tochter Nubis Data an die Kranich Software AG verkauft.",
        "acquisition",
        "completed",
    ),
    # denied talks, an ended alliance, a deal's purpose
    (
        "en",
        "Bluefin Analytics is not in talks to buy Corvid Labs, a spokeswoman said.",
        "acquisition",
        "denied",
    ),
    (
        "en",
        "Bluefin Analytics and Corvid Labs ended their data partnership in March.",
        "partnership",
        "failed",
    ),
    (
        "en",
        "Bluefin Analytics signed a partnership with Corvid Labs to offer cloud storage to banks.",
        "partnership",
        "announced",
    ),
    # a regulator suing to block a deal leaves it pending
    (
        "en",
        "The FTC sued to block Bluefin Analytics' proposed acquisition of Corvid Labs.",
        "acquisition",
        "announced",
    ),
    # an insiders' report covers a deal named by a noun before it
    (
        "de",
        "Der Einstieg von Bluefin Analytics bei Corvid Labs ist Insidern zufolge so gut wie beschlossen.",
        "investment",
        "rumored",
    ),
    (
        "en",
        "Bluefin Analytics' CEO dismissed speculation that it was preparing a bid for Corvid Labs.",
        "acquisition",
        "denied",
    ),
    (
        "en",
        "Corvid Labs said Bluefin Analytics had not approached the company about a takeover, "
        "dismissing a report.",
        "acquisition",
        "denied",
    ),
    # cleared by the regulator, not yet closed
    (
        "de",
        "Das Bundeskartellamt hat die Fusion von Bluefin Analytics und Corvid Labs freigegeben.",
        "merger",
        "announced",
    ),
    # a date told as where a state began is reached, whatever the publication date says
    (
        "de",
        "Seit dem 1. Juli ist Vera Lindqvist neue Finanzvorständin der Halden Werke AG.",
        "hire",
        "completed",
    ),
    # a German clause closed by its participle and auxiliaries before a comma: the main verb is not its cue
    (
        "de",
        "Die Halden Werkzeuge GmbH, die 2019 von der Kaltmoor Holding übernommen worden war, plant ein Werk.",
        "acquisition",
        "completed",
    ),
    # reports called groundless
    (
        "en",
        "Reports that Halden Foods is nearing a deal to buy Maltese bakery Kaltmoor are without foundation.",
        "acquisition",
        "denied",
    ),
    (
        "en",
        "Halden Foods renewed its distribution agreement with Kaltmoor Systems.",
        "partnership",
        "announced",
    ),
    # the closing noun's own verb is in the future
    (
        "de",
        "Halden verkauft Kaltmoor an Corvin, der Abschluss der Transaktion wird im Juli erwartet.",
        "acquisition",
        "announced",
    ),
    # a contrast tells how the same attempt ended
    (
        "en",
        "Halden Capital tried to poach Corvin Bank's bond team, but the effort collapsed in May.",
        "poaching",
        "failed",
    ),
    # an English past verb with a month after the publication date: last year's month
    (
        "en",
        "Halden Foods said Kaltmoor, the bakery chain it bought in August, grew.",
        "acquisition",
        "completed",
    ),
    # talks ended, with the kind of talks between
    ("en", "Oceanic Halden and Kaltmoor Line have ended merger talks.", "merger", "failed"),
    # the subject's own verb past a clause inserted after it
    (
        "en",
        "The acquisition of Kaltmoor by Halden Foods, which was announced in May, was blocked by a judge.",
        "acquisition",
        "failed",
    ),
    # a negated move that answers a report denies the report
    (
        "en",
        "Ava Lind, the CTO of Halden Systems, is not leaving the company, a spokesperson said, "
        "responding to a Bloomberg report.",
        "departure",
        "denied",
    ),
    # an infinitive hanging on a verb of weighing
    ("de", "Die Halden Holding erwägt, sich an der Kaltmoor GmbH zu beteiligen.", "investment", "rumored"),
    # a closing past a relative clause on the deal noun is no second predicate
    (
        "en",
        "Halden Capital's investment in Kaltmoor, which was agreed in May, has been completed, it said.",
        "investment",
        "completed",
    ),
    # a closing participle on the deal noun, whatever the month
    ("de", "Dazu trug die vollzogene Übernahme von Kaltmoor durch Halden bei.", "acquisition", "completed"),
    # an interest in a deal is no deal
    ("de", "Halden ist an einer Übernahme des Konkurrenten Kaltmoor interessiert.", "acquisition", "rumored"),
    ("en", "Halden is interested in an acquisition of Kaltmoor.", "acquisition", "rumored"),
    # a German modal in second place governs the verb closing the clause, however far
    (
        "de",
        "Halden will sich mit einem dreistelligen Millionenbetrag am Betreiber Kaltmoor beteiligen.",
        "investment",
        "announced",
    ),
    # a company's name is no cue: the bidder Block blocks nothing
    ("en", "Kaltmoor received a takeover offer from Block on Monday.", "acquisition", "in_talks"),
    # talks about a deal, however far before the deal noun
    (
        "de",
        "Halden führt fortgeschrittene Gespräche mit dem Berliner Start-up Kaltmoor über eine Übernahme.",
        "acquisition",
        "in_talks",
    ),
    # a report rejected is denied; a suit to block a deal leaves it pending; a regulator's review too
    (
        "en",
        "Halden rejected a weekend newspaper report that it had hired advisers for a merger with Kaltmoor.",
        "merger",
        "denied",
    ),
    (
        "en",
        "The regulator sued on Monday to block Halden's purchase of rival Kaltmoor.",
        "acquisition",
        "announced",
    ),
    (
        "de",
        "Die Wettbewerbsbehörde prüft, ob die Übernahme von Kaltmoor durch Halden den Markt verzerrt.",
        "acquisition",
        "announced",
    ),
    (
        "de",
        "Die US-Handelsaufsicht hat ihre Einwände gegen die Übernahme des Anbieters Kaltmoor durch Halden "
        "fallen gelassen.",
        "acquisition",
        "announced",
    ),
    ("en", "Halden named Ines Varga its next chief executive.", "hire", "announced"),
    # a description by people close to the deal is no rumour of it
    (
        "en",
        "Kaltmoor has been bought by Halden in what people close to the deal described as an acqui-hire.",
        "acquisition",
        "completed",
    ),
]


@pytest.mark.parametrize("lang, text, etype, status", CASES)
def test_status(lang: str, text: str, etype: str, status: str) -> None:
    event = _event(text, lang, etype)
    assert event["status"] == status, event.get("status")


@pytest.mark.parametrize("lang, text, etype, status", CASES)
def test_status_is_from_schema(lang: str, text: str, etype: str, status: str) -> None:
    assert _event(text, lang, etype)["status"] in STATUSES


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Bluefin Analytics walked away from its bid for Corvid Labs."),
        ("en", "Bluefin Analytics denied reports that it is in talks to buy Corvid Labs."),
        ("de", "Der Versuch der Nordlicht Robotics GmbH, die Kranich Software AG zu kaufen, scheiterte."),
        (
            "de",
            "Die Nordlicht Robotics GmbH dementierte Berichte über eine Übernahme der Kranich Software AG.",
        ),
    ],
)
def test_failed_or_denied_deal_is_never_completed(lang: str, text: str) -> None:
    assert _event(text, lang, "acquisition")["status"] not in {"completed", "announced"}


def test_position_has_no_status() -> None:
    event = _event("Corvid Labs CEO Anna Berg stepped down on Monday.", "en", "position")
    assert event.get("status") is None


def test_german_present_tense_takeover_is_announced() -> None:
    event = _event(
        "Die Nordlicht Robotics GmbH übernimmt den Softwarehersteller Flusskiesel.", "de", "acquisition"
    )
    assert event["status"] == "announced"


@pytest.mark.parametrize(
    "text, etype, status",
    [
        (
            "Gerüchte über eine Übernahme durch Stellantis wies die Chefin von Kolbenwerk, Ida Lemke, zurück",
            "acquisition",
            "denied",
        ),
        (
            "Der Gründer der Kleiderwerk GmbH, Ansgar Poll, zieht sich aus der Geschäftsführung zurück.",
            "departure",
            "announced",
        ),
    ],
)
def test_german_split_cues(text: str, etype: str, status: str) -> None:
    assert _event(text, "de", etype)["status"] == status


def test_an_offer_rejected_as_insufficient_failed() -> None:
    text = "Der Vorstand der Wenzel AG hat das Übernahmeangebot von Cortex als unzureichend abgelehnt."
    assert _event(text, "de", "acquisition")["status"] == "failed"


def test_a_german_perfect_is_completed() -> None:
    text = "Die Ahrenberg Holding hat ihre Beteiligung an der Kranbau AG an die Tellhorn Gruppe verkauft."
    assert _event(text, "de", "acquisition")["status"] == "completed"


def test_a_denial_in_the_next_sentence_denies_the_reported_approach() -> None:
    text = (
        "Corvid Labs shares rose after a report that Bluefin Analytics had approached the chipmaker about "
        "a takeover. Corvid Labs said it is not in discussions with any party regarding a sale."
    )
    assert _event(text, "en", "acquisition")["status"] == "denied"


def test_a_start_still_ahead_in_the_next_sentence_makes_a_hire_announced() -> None:
    text = "Halden has lured research head Mia Corvin away from Tessel. Corvin will start in March as CTO."
    assert _event(text, "en", "hire")["status"] == "announced"


def test_a_successor_hired_to_replace_someone_has_left_the_old_employer() -> None:
    text = (
        "Halden Robotics has hired Mia Corvin from Tessel to replace outgoing finance chief Ole Brandt, "
        "who left in May to run a family business."
    )
    events = extract_document(Document("d", text, lang="en"))["events"]
    leaving = {
        (e["roles"]["person"], e["roles"]["org"]): e["status"] for e in events if e["type"] == "departure"
    }
    assert leaving[("Mia Corvin", "Tessel")] == "completed"


def test_a_start_in_a_month_still_ahead_makes_a_german_hire_announced() -> None:
    text = (
        "Die Halden AG hat Ines Varga zur Finanzchefin berufen. Die 45-Jährige war zuvor bei Kaltmoor "
        "tätig und tritt ihr Amt Anfang Oktober an."
    )
    assert _event(text, "de", "hire")["status"] == "announced"


def test_a_start_ahead_outweighs_the_day_the_appointment_was_told() -> None:
    text = (
        "Quorum Bank has appointed Helena Marchetti as its chief risk officer, the lender said on "
        "Wednesday. Marchetti will take up the role in March."
    )
    assert _event(text, "en", "hire")["status"] == "announced"


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "Brackwater Labs named Ilse Varga as its next chief executive.", "announced"),
        ("en", "Brackwater Labs has hired Ilse Varga as incoming finance chief.", "announced"),
        ("de", "Die Halmberg AG hat Ilse Varga zur künftigen Finanzchefin berufen.", "announced"),
        ("de", "Die Halmberg AG hat Ilse Varga zur designierten Vorstandschefin ernannt.", "announced"),
        ("en", "Brackwater Labs named Ilse Varga chief executive on Monday.", "completed"),
        ("en", "Brackwater Labs hired Ilse Varga, who had been next in line at Tolvik.", "completed"),
    ],
)
def test_a_post_named_as_the_next_one_is_still_ahead(lang: str, text: str, status: str) -> None:
    assert _event(text, lang, "hire")["status"] == status


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "Michael Roth soll zum 1. Juli neuer Vorstandschef des Baukonzerns Mauritz Bau werden.",
            "announced",
        ),
        (
            "Nach Informationen des Handelsblatts soll Michael Roth zum 1. Juli neuer Vorstandschef des "
            "Baukonzerns Mauritz Bau werden.",
            "rumored",
        ),
    ],
)
def test_a_dated_plan_is_announced_unless_someone_is_cited(text: str, status: str) -> None:
    assert _event(text, "de", "hire")["status"] == status


def test_a_hire_taken_back_later_in_the_sentence_failed() -> None:
    text = (
        "Matteo Gallo, who had been named chief executive of Kinetix Dynamics in October, will no longer "
        "take up the role, the company said."
    )
    assert _event(text, "en", "hire")["status"] == "failed"


def test_a_closing_still_ahead_is_announced() -> None:
    text = (
        "Shareholders of Brackwell Industries approved the company's sale to Kinsale Partners, before the "
        "deal closes next week."
    )
    assert _event(text, "en", "acquisition")["status"] == "announced"


def test_a_denial_in_a_second_predicate_leaves_the_first_deal_alone() -> None:
    text = (
        "Palladian Data said it had closed its acquisition of Shavit Cyber in September and had no plans "
        "for further large deals this year."
    )
    assert _event(text, "en", "acquisition")["status"] == "completed"


@pytest.mark.parametrize(
    "lang, text, etype, status",
    [
        ("de", "Wird Sandra Köhler neue Chefin bei Velotec?", "hire", "rumored"),
        ("en", "Is Orbital Dynamics about to buy Lumen Forge?", "acquisition", "rumored"),
        ("en", "Was the merger of Dunmore Brewing and Caskfield Ales a mistake?", "merger", "completed"),
        (
            "de",
            "Der Onlinehändler Nordkauf hat das Startup Promptly übernommen – "
            "allerdings nicht wegen des Produkts.",
            "acquisition",
            "completed",
        ),
        (
            "en",
            "Three years after its first approach was rebuffed, Pemberton Foods has completed its takeover "
            "of snack maker Crunchwell.",
            "acquisition",
            "completed",
        ),
        (
            "de",
            "Die Volksbank Lechrain und die Raiffeisenbank Ammersee prüfen nach Informationen dieser Zeitung "
            "eine Fusion.",
            "merger",
            "rumored",
        ),
    ],
)
def test_questions_asides_fronted_clauses_and_reports(lang: str, text: str, etype: str, status: str) -> None:
    assert _event(text, lang, etype)["status"] == status


def test_a_purchase_told_in_a_relative_clause_keeps_its_own_status_under_a_report() -> None:
    text = "Tidewater Labs, which Orrin Capital bought in 2021, is now up for sale again, sources said."
    assert _event(text, "en", "acquisition")["status"] == "completed"


def test_a_possessive_in_a_fronted_clause_is_the_main_clause_s_subject_and_its_cues_stay_there() -> None:
    text = (
        "Two weeks after its sale to Halden closed, Kaltmoor lost its CTO: Ines Varga has left to join Orbis."
    )
    events = extract_document(Document("s", text, lang="en", published="2025-06-21"))["events"]
    found = {(e["type"], e["status"]) for e in events if e["type"] in ("acquisition", "departure", "hire")}
    assert found == {("acquisition", "completed"), ("departure", "completed"), ("hire", "completed")}
    sale = next(e for e in events if e["type"] == "acquisition")
    assert (sale["roles"]["acquirer"], sale["roles"]["target"]) == ("Halden", "Kaltmoor")


@pytest.mark.parametrize(
    "text, etype, status",
    [
        # the talks are in the compound noun itself
        ("Die Stadtwerke Kallfeld und die Energie Lornau führen Fusionsgespräche.", "merger", "in_talks"),
        (
            "Die Druckerei Weyland hat Übernahmeverhandlungen mit der Ostra Medien bestätigt.",
            "acquisition",
            "in_talks",
        ),
        # the clause's final verb governs the noun from the end of the clause
        (
            "In der Branche wird über einen Zusammenschluss der Reedereien Tallmann und Brekovan spekuliert.",
            "merger",
            "rumored",
        ),
    ],
)
def test_german_talks_compounds_and_a_final_verb_of_speculation(text: str, etype: str, status: str) -> None:
    assert _event(text, "de", etype)["status"] == status


@pytest.mark.parametrize(
    "lang, text, status",
    [
        ("en", "Orbital Dynamics has completed its tender offer for Lumen Forge.", "completed"),
        (
            "en",
            "The board of Lumen Forge recommended the $41-a-share offer from Orbital Dynamics.",
            "announced",
        ),
        (
            "en",
            "The board of Lumen Forge said it was minded to recommend an offer from Orbital Dynamics.",
            "in_talks",
        ),
        ("en", "Orbital Dynamics made an offer for Lumen Forge.", "in_talks"),
        (
            "de",
            "Der Vorstand der Lumen Forge AG empfiehlt den Aktionären, das Übernahmeangebot der Bregenzer "
            "Orbital Holding abzulehnen.",
            "failed",
        ),
    ],
)
def test_an_offer_is_talks_until_it_is_recommended_or_completed(lang: str, text: str, status: str) -> None:
    assert _event(text, lang, "acquisition")["status"] == status


@pytest.mark.parametrize(
    "second, status",
    [
        ("Der Vollzug erfolgte am Freitag.", "completed"),
        ("Die Transaktion wurde am Montag vollzogen.", "completed"),
        ("Der Vollzug ist für Anfang Dezember geplant.", "announced"),
        ("Der Vollzug steht unter dem Vorbehalt der Zustimmung der BaFin.", "announced"),
    ],
)
def test_a_closing_told_in_the_next_sentence_completes_the_deal(second: str, status: str) -> None:
    text = (
        "Das Bundeskartellamt hat die Übernahme des Mineralwasserabfüllers Quellhof durch den "
        f"Getränkekonzern Alpquell freigegeben. {second}"
    )
    assert _event(text, "de", "acquisition")["status"] == status


def test_a_recommendation_not_to_accept_endorses_no_offer() -> None:
    text = (
        "Der Vorstand der Lumen Forge AG empfiehlt den Aktionären, das Angebot der Bregenzer Orbital Holding "
        "nicht anzunehmen."
    )
    assert _event(text, "de", "acquisition")["status"] != "announced"


def test_a_cue_word_before_a_trade_noun_is_no_cue() -> None:
    text = "Halden Steel made an offer for scrap processor Kaltmoor Recycling on Monday."
    assert _event(text, "en", "acquisition")["status"] != "failed"


def test_a_cue_word_opening_a_compound_is_no_cue() -> None:
    text = "Ferrous Holdings completed its takeover of scrap-metal processor Kirkby Recycling."
    assert _event(text, "en", "acquisition")["status"] == "completed"


@pytest.mark.parametrize(
    "lang, text, etype, status",
    [
        (
            "en",
            "Siemens and Roskilde Data are forming a joint venture to sell software.",
            "partnership",
            "announced",
        ),
        (
            "de",
            "Der Stahlkonzern Saarhütte und der Konzern Morikawa Steel legen ihre Geschäfte zusammen.",
            "merger",
            "announced",
        ),
        (
            "de",
            "Die beiden Softwarehäuser Kodewerk und Datenhafen schließen sich zusammen.",
            "merger",
            "announced",
        ),
    ],
)
def test_a_deal_under_way_is_announced(lang: str, text: str, etype: str, status: str) -> None:
    assert _event(text, lang, etype)["status"] == status


@pytest.mark.parametrize(
    "lang, text, etype, status",
    [
        ("en", "The sale of Marlow Cables to Hsinpo Wire has fallen through.", "acquisition", "failed"),
        (
            "de",
            "Aus der Fusion wird nichts: Die Gesellschafter der Maschinenfabrik Kühnle haben dem "
            "Zusammenschluss mit der Ortwein Werkzeugbau nicht zugestimmt.",
            "merger",
            "failed",
        ),
        (
            "en",
            "Reports that Marlin Logistics and Amazon were close to a partnership are inaccurate, it said.",
            "partnership",
            "denied",
        ),
    ],
)
def test_more_words_of_failure_and_denial(lang: str, text: str, etype: str, status: str) -> None:
    assert _event(text, lang, etype)["status"] == status


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "de",
            "Der Familienkonzern Halden hat seine Tochter Halden Folien an den Wettbewerber Corvin Films "
            "verkauft. Über den Kaufpreis wurde Stillschweigen vereinbart; "
            "das Bundeskartellamt muss noch zustimmen.",
        ),
        (
            "de",
            "Der Familienkonzern Halden hat seine Tochter Halden Folien an den Wettbewerber Corvin Films "
            "verkauft, das Bundeskartellamt muss noch zustimmen.",
        ),
        (
            "en",
            "Corvin Foods bought Halden Bakeries for 310 million euros. "
            "The deal is subject to approval by the Irish competition authority.",
        ),
    ],
)
def test_a_sale_waiting_for_approval_is_not_completed(lang: str, text: str) -> None:
    assert _event(text, lang, "acquisition")["status"] == "announced"


def test_the_pending_closing_is_the_new_deal_s() -> None:
    text = (
        "Corvin, which bought security firm Halden Labs in 2022, said it would acquire Nordby Systems. "
        "The deal is expected to close in the second quarter."
    )
    events = extract_document(Document("s", text, lang="en", published="2025-06-21"))["events"]
    assert {(e["roles"]["target"], e["status"]) for e in events if e["type"] == "acquisition"} == {
        ("Halden Labs", "completed"),
        ("Nordby Systems", "announced"),
    }


@pytest.mark.parametrize(
    "lang, text, status",
    [
        (
            "en",
            "Halden Electric launched a tender offer for the 47% of Corvin Precision it does not own. "
            "Corvin's special committee endorsed the bid.",
            "announced",
        ),
        (
            "de",
            "Der Konzern Halden hat den Aktionären der Corvin Chemie ein Umtauschangebot unterbreitet. "
            "Vorstand und Aufsichtsrat von Corvin unterstützen das Angebot.",
            "announced",
        ),
        (
            "de",
            "Im Bieterkampf um den Softwareanbieter Corvin hat der Investor Halden sein Angebot erhöht. "
            "Damit liegt es über der Offerte des Konkurrenten Nordby, "
            "die der Vorstand von Corvin empfohlen hatte.",
            "in_talks",
        ),
    ],
)
def test_an_offer_backed_in_the_next_sentence(lang: str, text: str, status: str) -> None:
    events = extract_document(Document("s", text, lang=lang, published="2025-06-21"))["events"]
    bidders = ("Halden Electric", "Halden")
    assert [e["status"] for e in events if e["roles"].get("acquirer") in bidders] == [status]


def test_a_start_ahead_at_the_new_employer_does_not_undo_a_departure() -> None:
    text = (
        "Harriet Cole has left Ferro Systems. She had been the chipmaker's head of sales since 2019, and "
        "a spokesperson for Corvin Semiconductor confirmed that she will start there in December."
    )
    assert _event(text, "en", "departure")["status"] == "completed"


def test_a_report_denied_after_an_apposition_of_the_company() -> None:
    text = (
        "Nexora, the London-based AI start-up, denied a newspaper report that its chief scientist "
        "Elif Aydin was about to leave for Corvin Labs."
    )
    assert _event(text, "en", "departure")["status"] == "denied"


def test_the_nth_person_to_join_has_joined() -> None:
    text = "Ines Varga is the fifth Corvin researcher to join Halden Labs this month."
    assert _event(text, "en", "hire")["status"] == "completed"
