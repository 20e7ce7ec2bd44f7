"""Mentions of organisations and people, and what "das Unternehmen" / "it" stand for."""

from __future__ import annotations

import pytest

from dealgraph.model import Analysis, Document, Mention
from dealgraph.pipeline import STAGES


def _mentions(text: str, lang: str) -> Analysis:
    """Run the pipeline up to and including coreference."""
    analysis = Analysis(Document("m", text, lang=lang))
    for stage in STAGES:
        stage.run(analysis)
        if stage.name == "coref":
            break
    return analysis


def _find(a: Analysis, surface: str) -> list[Mention]:
    return [m for m in a.mentions if m.text == surface]


def _names(a: Analysis, kind: str) -> set[str]:
    return {m.entity.name for m in a.mentions if m.kind == kind}


def test_offsets_match_text() -> None:
    a = _mentions("Die Nordlicht Robotics GmbH hat den Softwarehersteller Flusskiesel übernommen.", "de")
    assert a.mentions
    for m in a.mentions:
        assert a.text[m.start : m.end] == m.text
        assert 0 <= m.tok_start < m.tok_end <= len(a.tokens)


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("en", "Meta said on Monday that revenue grew.", "Meta"),
        ("de", "Microsoft hat am Montag neue Zahlen vorgelegt.", "Microsoft"),
    ],
)
def test_gazetteer_name(lang: str, text: str, name: str) -> None:
    a = _mentions(text, lang)
    found = [m for m in a.mentions if m.entity.name == name]
    assert found and found[0].kind == "org"
    assert found[0].source == "gazetteer"


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("de", "Die Kranich Software AG hat ihre Zahlen vorgelegt.", "Kranich Software AG"),
        ("de", "Die Nordlicht Robotics GmbH wächst weiter.", "Nordlicht Robotics GmbH"),
        ("en", "Shares of Corvid Labs Inc. rose on Monday.", "Corvid Labs Inc."),
    ],
)
def test_legal_form_name(lang: str, text: str, name: str) -> None:
    a = _mentions(text, lang)
    assert name in _names(a, "org")


def test_apposition_names_an_org_de() -> None:
    a = _mentions("Die Nordlicht Robotics GmbH übernimmt den Softwarehersteller Flusskiesel.", "de")
    assert "Flusskiesel" in _names(a, "org")


def test_apposition_names_an_org_with_trade_noun() -> None:
    a = _mentions("Der Chiphersteller Tessel Energy und die Kranich Software AG fusionieren.", "de")
    assert {"Tessel Energy", "Kranich Software AG"} <= _names(a, "org")


@pytest.mark.parametrize(
    "text, name",
    [
        # a trade noun spelled with "ß" is one ("Gießerei" casefolds to "giesserei")
        (
            "Die Übernahme der Gießerei Hammerhütte Lenzingen durch die Varga AG ist geplatzt.",
            "Hammerhütte Lenzingen",
        ),
        # a workshop's trade is part of its name, also at the end of a compound
        ("Die Molkerei Almgrün hat die Käserei Obermaier übernommen.", "Käserei Obermaier"),
        ("Die Familienbrauerei Zwirnhofer bleibt unabhängig.", "Familienbrauerei Zwirnhofer"),
        # "Mittelständler" says what kind of company, not part of its name
        ("Der Mittelständler Brunnhofer Optik stellt aus.", "Brunnhofer Optik"),
    ],
)
def test_trade_nouns_before_german_names(text: str, name: str) -> None:
    assert name in _names(_mentions(text, "de"), "org")


def test_a_company_word_of_the_trade_ends_a_name() -> None:
    a = _mentions("Chip designer Marrow Silicon agreed to buy a Silicon Valley start-up.", "en")
    assert "Marrow Silicon" in _names(a, "org")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Corvid Labs CEO Anna Berg stepped down on Monday."),
        ("de", "CEO Jane Holloway sagte, die Kranich Software AG wachse."),
        ("en", "Bluefin Analytics hired Marcus Feld from Corvid Labs."),
    ],
)
def test_person_names(lang: str, text: str) -> None:
    a = _mentions(text, lang)
    people = _names(a, "person")
    assert people & {"Anna Berg", "Jane Holloway", "Marcus Feld"}
    # a person is never also an organisation
    assert not people & _names(a, "org")


def test_a_german_article_after_a_surname_that_is_a_given_name_is_no_particle() -> None:
    # "Eberhard" is a given name too; "den" is an article here, not the particle of "Joop den Uyl"
    a = _mentions("Zum Jahresende verlässt Vorstandschef Klaus Eberhard den Hersteller Pumpwerk Senne.", "de")
    assert "Klaus Eberhard" in _names(a, "person")
    assert "Pumpwerk Senne" in _names(a, "org")


def test_a_german_surname_that_is_a_trade_noun() -> None:
    a = _mentions("Bei Kornfeld übernimmt der Sanierungsexperte Achim Brauer die Geschäftsführung.", "de")
    assert "Achim Brauer" in _names(a, "person")
    # after a trade noun the same shape is a company's name
    a = _mentions("Der Logistiker Wendel Spediteure meldet Zahlen.", "de")
    assert "Wendel Spediteure" not in _names(a, "person")


def test_a_korean_given_name_in_two_parts_before_the_surname() -> None:
    a = _mentions("Jin-woo Park, a former Korvin Electronics vice president, was named CEO of Halden.", "en")
    assert "Jin-woo Park" in _names(a, "person")
    assert "Jin" not in _names(a, "org")


def test_a_given_name_before_a_compound_on_a_company_word_names_a_company() -> None:
    a = _mentions("Die Hauptversammlung der Lorenz Kabelwerke hat den Squeeze-out beschlossen.", "de")
    assert _names(a, "org") == {"Lorenz Kabelwerke"}
    assert not _names(a, "person")


def test_compound_chef_gives_org_and_person() -> None:
    a = _mentions("Kranich-Chef Heiko Brandt sagte, man sei zufrieden.", "de")
    assert "Heiko Brandt" in _names(a, "person")
    assert any(name.startswith("Kranich") for name in _names(a, "org"))


def test_das_unternehmen_resolves_to_previous_org() -> None:
    a = _mentions(
        "Die Nordlicht Robotics GmbH hat den Softwarehersteller Flusskiesel übernommen. "
        "Das Unternehmen hatte zuletzt 40 Mitarbeiter.",
        "de",
    )
    generic = _find(a, "Das Unternehmen")
    assert generic, [m.text for m in a.mentions]
    assert generic[0].source == "coref"
    assert generic[0].entity.name in {"Nordlicht Robotics GmbH", "Flusskiesel"}


def test_the_company_resolves_in_english() -> None:
    a = _mentions("Corvid Labs said the company would expand.", "en")
    generic = _find(a, "the company")
    assert generic and generic[0].entity.name == "Corvid Labs"


def test_a_unit_named_by_its_owner_is_not_the_owner() -> None:
    a = _mentions(
        "Halvik Equity hat den Erwerb der Verpackungssparte des Konzerns Veldener Werke abgeschlossen.", "de"
    )
    assert not _find(a, "der Verpackungssparte")


def test_a_product_before_the_head_of_a_reference_is_no_company() -> None:
    a = _mentions("Halvik Systems reported strong results. The Zentrix maker said it would expand.", "en")
    assert "Zentrix" not in _names(a, "org")
    reference = _find(a, "The Zentrix maker")
    assert reference and reference[0].entity.name == "Halvik Systems"


@pytest.mark.parametrize(
    ("lang", "text", "reference"),
    [
        (
            "en",
            "Corvid Labs reported results. The London-based startup said it would expand.",
            "The London-based startup",
        ),
        (
            "en",
            "Corvid Labs reported results. The Boston biotech said it would expand.",
            "The Boston biotech",
        ),
        (
            "de",
            "Corvid Labs legte Zahlen vor. Der Münchner Konzern will weiter wachsen.",
            "Der Münchner Konzern",
        ),
    ],
)
def test_a_reference_whose_head_a_place_describes(lang: str, text: str, reference: str) -> None:
    a = _mentions(text, lang)
    found = _find(a, reference)
    assert found and found[0].entity.name == "Corvid Labs"


@pytest.mark.parametrize("reference", ["The software giant", "The AI startup", "The social-media company"])
def test_an_english_reference_whose_head_a_trade_describes(reference: str) -> None:
    a = _mentions(f"Corvid Labs reported results. {reference} said it would expand.", "en")
    found = _find(a, reference)
    assert found and found[0].entity.name == "Corvid Labs"


@pytest.mark.parametrize(
    "text",
    [
        "Corvid Labs beat Halvik Systems. The rival company said it would appeal.",
        "Corvid Labs agreed to buy the rest of the company for $1 billion.",
        "Halvik will buy the payments division of Corvid Labs, Payvant.",
        "Corvid Labs passed Halvik Systems, taking over the perch as the largest public company in Texas.",
    ],
)
def test_words_that_set_a_company_apart_make_no_reference(text: str) -> None:
    a = _mentions(text, "en")
    assert not [m for m in a.mentions if m.source == "coref" and len(m.text.split()) > 2]


def test_a_placed_owner_inside_an_apposition_is_no_reference() -> None:
    a = _mentions("Halvik Next, the Korean group's venture arm, will take a stake in Corvid Labs.", "en")
    assert not _find(a, "the Korean group")


def test_optics_and_photonics_name_companies() -> None:
    a = _mentions("Harlen Optics and Varga Photonics reported results.", "en")
    assert {"Harlen Optics", "Varga Photonics"} <= _names(a, "org")


def test_same_entity_for_repeated_name() -> None:
    a = _mentions("Bluefin Analytics acquired Corvid Labs. Bluefin Analytics paid cash.", "en")
    bluefin = [m for m in a.mentions if m.text == "Bluefin Analytics"]
    assert len(bluefin) == 2
    assert bluefin[0].entity is bluefin[1].entity


def test_plain_german_nouns_are_not_orgs() -> None:
    a = _mentions("Die Übernahme wurde am Dienstag von den Aktionären genehmigt.", "de")
    assert not {"Übernahme", "Dienstag", "Die"} & _names(a, "org")


def test_inflected_german_noun_is_not_an_org() -> None:
    a = _mentions("Die Übernahme wurde am Dienstag von den Aktionären genehmigt.", "de")
    assert "Aktionären" not in _names(a, "org")


def test_german_person_without_title() -> None:
    a = _mentions("Marcus Feld wechselt von der Kranich Software AG zur Nordlicht Robotics GmbH.", "de")
    assert "Marcus Feld" in _names(a, "person")


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Dr. Claudia von Essen-Harbach wird Finanzvorständin der Kornmayer AG.",
            "Claudia von Essen-Harbach",
        ),
        ("Claudia von Essen wird Finanzvorständin der Kornmayer AG.", "Claudia von Essen"),
    ],
)
def test_a_german_name_with_von_and_a_town_for_a_surname_is_a_person(text: str, person: str) -> None:
    assert person in _names(_mentions(text, "de"), "person")


def test_a_season_before_zu_is_no_given_name() -> None:
    a = _mentions("Lukas Faber wechselt im Sommer zu Rennwerk.", "de")
    assert _names(a, "person") == {"Lukas Faber"}


def test_a_dateline_place_is_no_company() -> None:
    text = "BRIXHAVEN (dpa-AFX) - Die Lumen-Forge-Übernahme bringt dem Chipkonzern Orvato Gewinn."
    assert "BRIXHAVEN" not in {m.text for m in _mentions(text, "de").mentions}


def test_a_bank_named_after_its_town_keeps_the_town() -> None:
    a = _mentions("Tomas Berger ist Chef der Volksbank Kestrelfeld.", "de")
    assert "Volksbank Kestrelfeld" in _names(a, "org")


def test_a_club_name_keeps_the_places_that_end_it() -> None:
    a = _mentions("Die Fusion zwischen dem BC Augsburg und dem TSV Schwaben Augsburg war 1969.", "de")
    assert {"BC Augsburg", "TSV Schwaben Augsburg"} <= _names(a, "org")


def test_a_name_seen_inside_a_sentence_is_a_name_when_it_opens_one() -> None:
    text = "Analysts compare it with Quiet Harbor and others. Quiet Harbor is backed by Orbital Dynamics."
    a = _mentions(text, "en")
    assert [m.text for m in a.mentions if m.sent == 1 and m.kind == "org"][0] == "Quiet Harbor"


@pytest.mark.parametrize(
    "text, name, known",
    [
        ("Investors have poured money into Magic Leap since 2014.", "Magic Leap", "Magic"),
        ("Elastic Minds said its chief executive is not leaving.", "Elastic Minds", "Elastic"),
    ],
)
def test_a_known_plain_word_name_inside_a_longer_name_is_not_that_company(
    text: str, name: str, known: str
) -> None:
    a = _mentions(text, "en")
    assert name in _names(a, "org") and known not in _names(a, "org")


def test_a_place_that_opens_a_company_name_stays_in_it() -> None:
    a = _mentions("Shares of Alaska Logistics rose after the report.", "en")
    assert "Alaska Logistics" in _names(a, "org")


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("en", "Aster Biosciences agreed to buy Greyfield Pharma for $2 billion.", "Greyfield Pharma"),
        ("de", "Brenner hat die Übernahme der Falkner Spedition abgeschlossen.", "Falkner Spedition"),
        ("de", "Petra Lorenz verlässt die Rhenus Leben zum Jahresende.", "Rhenus Leben"),
    ],
)
def test_a_company_word_closes_a_name(lang: str, text: str, name: str) -> None:
    assert name in _names(_mentions(text, lang), "org")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tarnwood übernimmt den Softwareanbieter Klarfeld GmbH.", "Klarfeld GmbH"),
        ("Tarnwood steigt beim Kunststoffrecycler Ostwerk GmbH ein.", "Ostwerk GmbH"),
        ("Tarnwood kauft den Hotelausstatter Lindgren AG.", "Lindgren AG"),
    ],
)
def test_the_noun_before_a_name_with_legal_form_is_not_part_of_it(text: str, name: str) -> None:
    assert name in _names(_mentions(text, "de"), "org")


def test_a_rare_compound_on_bank_is_a_name_a_common_one_is_not() -> None:
    a = _mentions("Die Nordbank und die Zentralbank meldeten Gewinne.", "de")
    assert "Nordbank" in _names(a, "org") and "Zentralbank" not in _names(a, "org")


def test_a_company_word_before_a_town_opens_the_name() -> None:
    a = _mentions("Die Stadtwerke Lennep und die Stadtwerke Ohlau wollen fusionieren.", "de")
    assert {"Stadtwerke Lennep", "Stadtwerke Ohlau"} <= _names(a, "org")


def test_a_company_word_before_a_known_city_opens_the_name() -> None:
    a = _mentions("Die Sparkasse Hannover und die Stadtwerke Köln wollen kooperieren.", "de")
    assert {"Sparkasse Hannover", "Stadtwerke Köln"} <= _names(a, "org")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Boston Harbor FC has appointed Camila Restrepo as sporting director.", "Boston Harbor FC"),
        ("Denver Freight Rail agreed to buy Ostwerk Inc.", "Denver Freight Rail"),
    ],
)
def test_a_city_opening_a_name_that_ends_in_a_company_word_is_part_of_it(text: str, name: str) -> None:
    assert name in _names(_mentions(text, "en"), "org")


def test_a_known_name_before_a_surname_said_before_is_not_extended() -> None:
    a = _mentions("Lisa Su was asked about a deal with Elastic Su said no.", "en")
    assert "Elastic" in _names(a, "org") and "Elastic Su" not in _names(a, "org")


def test_a_style_before_a_name_is_not_part_of_it() -> None:
    a = _mentions("Sir Nigel Ashdown will be succeeded by Baroness Harriet Vane-Tempest.", "en")
    assert _names(a, "person") == {"Nigel Ashdown", "Harriet Vane-Tempest"} and not _names(a, "org")


def test_a_council_named_after_a_town_is_no_person() -> None:
    a = _mentions("Harlow County Council has awarded a contract to Lumen Civic Services Ltd.", "en")
    assert "Harlow County Council" in _names(a, "org") and not _names(a, "person")


def test_a_company_word_and_of_open_an_english_name() -> None:
    a = _mentions("Bank of Marlow and Severn Building Society are in talks to combine.", "en")
    assert {"Bank of Marlow", "Severn Building Society"} <= _names(a, "org")


def test_street_inside_a_name_with_a_legal_form_is_part_of_it() -> None:
    a = _mentions("Cobalt Street Capital LLC agreed to buy Ostwerk Inc.", "en")
    assert "Cobalt Street Capital LLC" in _names(a, "org")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("de", "Das Berliner Fintech Zahlwerk sammelt 30 Millionen Euro ein."),
        ("en", "Mumbai-based fintech Zahlwerk raised $30 million."),
        ("en", "The insurtech Zahlwerk raised $30 million."),
    ],
)
def test_a_trade_noun_before_a_name_is_not_part_of_it(lang: str, text: str) -> None:
    assert "Zahlwerk" in _names(_mentions(text, lang), "org")


def test_place_adjectives_are_not_part_of_company_names() -> None:
    a = _mentions("Brennecke erwirbt 51 Prozent an dem Münchner Softwarehaus Tegeler Systems.", "de")
    assert "Tegeler Systems" in _names(a, "org")
    assert not any("Münchner" in n for n in _names(a, "org"))


def test_a_dictionary_word_before_a_company_word_names_a_company() -> None:
    a = _mentions("Der Aufsichtsrat von Zeller Automation hat den Vorstandschef abberufen.", "de")
    assert "Zeller Automation" in _names(a, "org")


@pytest.mark.parametrize(
    "lang, text, name, kind",
    [
        (
            "de",
            "Die Rheinwald Versicherung holt Sabine Ortmann-Keil als Finanzvorständin.",
            "Sabine Ortmann-Keil",
            "person",
        ),
        (
            "de",
            "Vertriebsvorstand Matthias Göbelhaus verlässt die Ostwerk Solar AG.",
            "Matthias Göbelhaus",
            "person",
        ),
        (
            "de",
            "Kreisen zufolge prüft die Commerzbank eine Übernahme der Fürstenbank Privatkunden AG.",
            "Fürstenbank Privatkunden AG",
            "org",
        ),
        (
            "de",
            "Der Aufsichtsrat der Kornmann Handelsgruppe hat den Chef abberufen.",
            "Kornmann Handelsgruppe",
            "org",
        ),
        ("en", "Halvern Bank has closed its purchase of Mistral Brokerage.", "Mistral Brokerage", "org"),
        ("de", "Die Raiffeisenbank Auental meldet Rekordgewinne.", "Raiffeisenbank Auental", "org"),
        ("de", "Die Sparkasse Mittelholm schließt zehn Filialen.", "Sparkasse Mittelholm", "org"),
        ("de", "Die Kreissparkasse Auental schließt zehn Filialen.", "Kreissparkasse Auental", "org"),
        ("en", "Halvern Bank will buy Nvidia Edge Computing.", "Nvidia Edge Computing", "org"),
        ("de", "Das Angebot gilt für den Laborausrüster Feldmark.", "Feldmark", "org"),
        ("de", "Ines Varga, bisher Leiterin bei der Konkurrentin Auental, wechselt.", "Auental", "org"),
        ("de", "Ines Varga, bislang Technikvorstand beim Autozulieferer Kordel, geht.", "Kordel", "org"),
        ("en", "The company also bought Canadian Hydrofarm last year.", "Canadian Hydrofarm", "org"),
        ("de", "Die Reederei Nordwind Linien wächst.", "Nordwind Linien", "org"),
    ],
)
def test_names_are_read_whole(lang: str, text: str, name: str, kind: str) -> None:
    assert name in _names(_mentions(text, lang), kind)


def test_a_compound_on_a_company_word_closes_a_german_name() -> None:
    a = _mentions("Die Helmsdorf Klinikgruppe kooperiert künftig mit Epic.", "de")
    assert "Helmsdorf Klinikgruppe" in _names(a, "org")


def test_an_adjective_opening_a_sentence_is_no_company() -> None:
    a = _mentions("Renewable energy is growing fast. Orbital Dynamics bought Lumen Forge.", "en")
    assert "Renewable" not in _names(a, "org")


@pytest.mark.parametrize("name", ["Jörg Wiemann", "Björn Asmussen", "Sören Kalthoff", "Zoë Marchetti"])
def test_given_names_with_accents_open_person_names(name: str) -> None:
    analysis = _mentions(f"Der Konzern bestätigte, dass {name} im Mai beginnt.", "de")
    assert [(m.text, m.kind) for m in analysis.mentions] == [(name, "person")]


def test_a_unit_before_a_compound_title_is_no_company() -> None:
    analysis = _mentions("Sparten-Chef Jörg Wiemann kündigte Einsparungen an.", "de")
    assert [(m.text, m.kind) for m in analysis.mentions] == [("Jörg Wiemann", "person")]


def test_a_sentence_opening_name_described_as_a_startup_is_a_company() -> None:
    analysis = _mentions("Harvest, a startup that plans grain logistics, has hired 40 people.", "en")
    assert [(m.text, m.kind) for m in analysis.mentions] == [("Harvest", "org")]


def test_a_german_salutation_before_an_article_is_no_company() -> None:
    analysis = _mentions("Lieber Leser, die Aktie des Chipentwicklers ist gefallen.", "de")
    assert analysis.mentions == []


def test_the_given_names_file_is_read_once() -> None:
    from dealgraph.mentions.names import given_names

    assert given_names() is given_names()


@pytest.mark.parametrize(
    "lang, text, phrase, name",
    [
        (
            "en",
            "Halden Bank hired Ines Varga. She was finance director at Corvin Insurance. "
            "She succeeds Piet Aalders, who is retiring after 20 years at the lender.",
            "the lender",
            "Halden Bank",
        ),
        (
            "de",
            "Die Elbtal Versicherung holt Ines Varga von der Nordlicht Bank. "
            "Varga war dort Finanzchefin. Sie soll das Wachstum des Versicherers beschleunigen.",
            "des Versicherers",
            "Elbtal Versicherung",
        ),
    ],
)
def test_a_description_refers_to_the_company_of_its_kind(
    lang: str, text: str, phrase: str, name: str
) -> None:
    analysis = _mentions(text, lang)
    (ref,) = [m for m in analysis.mentions if m.text == phrase]
    assert ref.entity.name == name


@pytest.mark.parametrize(
    "lang, text, orgs",
    [
        ("en", "Halvern Bank will buy Czech payment processor Platek.", ["Halvern Bank", "Platek"]),
        (
            "en",
            "Steelmaker Harrowgate and chemicals group Orvane will form a venture.",
            ["Harrowgate", "Orvane"],
        ),
        ("de", "Ines Varga legt ihr Amt bei der Auental AG zum Monatsende nieder.", ["Auental AG"]),
    ],
)
def test_adjectives_trade_nouns_and_dates_are_no_part_of_names(lang: str, text: str, orgs: list[str]) -> None:
    assert [m.text for m in _mentions(text, lang).mentions if m.kind == "org"] == orgs


def test_a_trade_noun_with_an_article_refers_to_the_company_named_before() -> None:
    analysis = _mentions(
        "Shares of Renwick Media rose after the publisher, which bought Kestrel Audio, beat forecasts.", "en"
    )
    (ref,) = [m for m in analysis.mentions if m.text == "the publisher"]
    assert ref.entity.name == "Renwick Media"


def test_a_line_of_business_before_sparte_is_no_company() -> None:
    analysis = _mentions("Halden prüft den Verkauf der Agrarchemie-Sparte.", "de")
    assert "Agrarchemie" not in _names(analysis, "org")


@pytest.mark.parametrize(
    "text, refers",
    [
        ("Ines Varga kommt von Halden. Sie folgt auf Piet Aalders.", True),
        ("Halden und Corvin verhandeln. Sie wollen bis Mai fusionieren.", False),
    ],
)
def test_german_sie_is_a_woman_before_a_singular_verb(text: str, refers: bool) -> None:
    analysis = _mentions(text, "de")
    assert any(m.text == "Sie" and m.kind == "person" for m in analysis.mentions) == refers


def test_a_subject_company_is_the_topic_over_one_in_a_prepositional_phrase() -> None:
    text = (
        "Der Aufsichtsrat der Elbtal Versicherung hat Ines Varga berufen. "
        "Varga war bisher bei der Konkurrentin Corvin. Das Unternehmen wächst."
    )
    analysis = _mentions(text, "de")
    (ref,) = [m for m in analysis.mentions if m.text == "Das Unternehmen"]
    assert ref.entity.name == "Elbtal Versicherung"


def test_german_er_after_der_konzern_is_the_company() -> None:
    text = "Halden Motors wächst. Der Konzern teilte mit, er habe das Start-up Kordelwerk übernommen."
    analysis = _mentions(text, "de")
    (er,) = [m for m in analysis.mentions if m.text == "er"]
    assert er.kind == "org" and er.entity.name == "Halden Motors"


@pytest.mark.parametrize(
    "text",
    [
        "Nun macht die Halden Chemie AG ernst: Sie kauft den Hersteller Kordelwerk.",
        "Die Halden Chemie AG wächst. Sie kauft den Hersteller Kordelwerk.",
    ],
)
def test_german_sie_after_a_company_named_with_die_is_the_company(text: str) -> None:
    analysis = _mentions(text, "de")
    (sie,) = [m for m in analysis.mentions if m.text == "Sie"]
    assert sie.kind == "org" and sie.entity.name == "Halden Chemie AG"


@pytest.mark.parametrize(
    "text",
    [
        "Die Halden Chemie AG und die Ostwerk AG wachsen. Sie wollen fusionieren.",
        "Die Halden Chemie AG holt Anna Roth. Sie kommt von Kordelwerk.",
    ],
)
def test_german_sie_for_several_companies_or_a_woman_is_no_company(text: str) -> None:
    analysis = _mentions(text, "de")
    assert not [m for m in analysis.mentions if m.text == "Sie" and m.kind == "org"]


def test_a_compound_prefix_is_the_short_form_of_a_name_said_before() -> None:
    text = "Der Logistiker Nordwind Linien wächst. Der bisherige Nordwind-Chef Ole Petersen geht."
    analysis = _mentions(text, "de")
    (short,) = [m for m in analysis.mentions if m.text == "Nordwind"]
    assert short.entity.name == "Nordwind Linien"


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Der Vorsitzende der Hafenbank Bremerhaven, Ulrich Segebrecht, tritt zurück.",
            "Hafenbank Bremerhaven",
        ),
        (
            "Die Krankenhausbetreiber Klinikverbund Ems und Heilwerk Kliniken wollen fusionieren.",
            "Klinikverbund Ems",
        ),
        ("Finanzchefin des Zahlungsabwicklers Zahlbrücke Europe wird Leonie Hartmann.", "Zahlbrücke Europe"),
        (
            "Clara Weinberg, die das Kochbox-Start-up Frischkorb gegründet hat, zieht sich zurück.",
            "Frischkorb",
        ),
    ],
)
def test_german_trade_nouns_and_places_around_names(text: str, org: str) -> None:
    a = _mentions(text, "de")
    assert org in _names(a, "org")
    # the trade noun or descriptor alone is no company
    assert not _names(a, "org") & {"Zahlungsabwicklers", "Kochbox", "Ems", "Bremerhaven"}


@pytest.mark.parametrize(
    "text, org",
    [
        ("Der Zughersteller Schienenwerk Görlitz liefert 30 Züge.", "Schienenwerk Görlitz"),
        ("Der Versicherer Rheinland Leben hat einen neuen Finanzchef gefunden.", "Rheinland Leben"),
        ("Halden zieht sein Angebot für den Online-Optiker Brillenblick zurück.", "Brillenblick"),
        # a name particle opens the name although "van" is a common word
        ("Halden wird vom Konkurrenten Van Tessel Cycles übernommen.", "Van Tessel Cycles"),
    ],
)
def test_german_names_after_trade_nouns(text: str, org: str) -> None:
    assert org in _names(_mentions(text, "de"), "org")


def test_a_town_adjective_alone_stands_for_the_company() -> None:
    text = (
        "Der Softwarehersteller Halden hat eine neue Vorständin. Die Walldorfer holen Ines Varga von Corvin."
    )
    a = _mentions(text, "de")
    assert [m.entity.name for m in _find(a, "Die Walldorfer")] == ["Halden"]
    # "die Münchner Softwarefirma X": the adjective before a noun refers to nothing
    b = _mentions("Halden wächst. Die Münchner Softwarefirma Corvin auch.", "de")
    assert not _find(b, "Die Münchner")


@pytest.mark.parametrize(
    "text",
    [
        "Since its 2017 acquisition of Corvin Analytics, Halden Software has grown fast.",
        "After closing its acquisition of Corvin Analytics, Halden Software named a new CTO.",
    ],
)
def test_a_fronted_possessive_points_at_the_main_clause_subject(text: str) -> None:
    a = _mentions(text, "en")
    assert [m.entity.name for m in _find(a, "its")] == ["Halden Software"]


def test_a_possessive_after_the_verb_points_at_its_own_subject() -> None:
    text = (
        "Halden Software bought Corvin Analytics. Mirelo Retail agreed to sell its stake in Paxa to Ostrum."
    )
    a = _mentions(text, "en")
    assert [m.entity.name for m in _find(a, "its")] == ["Mirelo Retail"]


def test_a_paper_named_before_report_is_no_speaker() -> None:
    a = _mentions("Halden Software denied a Ledger report that it was exploring a sale to Ostrum.", "en")
    assert [m.entity.name for m in _find(a, "it")] == ["Halden Software"]


def test_a_unit_after_its_number_is_no_name() -> None:
    a = _mentions("Halden Energy sold its 400MW wind portfolio and a 2 GW pipeline.", "en")
    assert _names(a, "org") == {"Halden Energy"}


@pytest.mark.parametrize(
    "text, short",
    [
        (
            "Die Volksbank Oberland prüft eine Fusion, sagte Oberland-Vorstandssprecher Anton Huber.",
            "Oberland",
        ),
        (
            "Die Sparkasse Lindenau wächst. Der Lindenauer Sparkassenchef Heiko Brand ist zufrieden.",
            "Lindenauer",
        ),
    ],
)
def test_short_forms_of_banks_named_after_places(text: str, short: str) -> None:
    a = _mentions(text, "de")
    assert {m.entity.name for m in _find(a, short)} <= {"Volksbank Oberland", "Sparkasse Lindenau"}
    assert _find(a, short)


def test_a_ticker_gloss_is_no_topic() -> None:
    a = _mentions("Shares of Halden Systems (NASDAQ: HLDS) rose. The company said sales grew.", "en")
    assert [m.entity.name for m in _find(a, "The company")] == ["Halden Systems"]


@pytest.mark.parametrize(
    "text, org",
    [
        # an adjective that is a stop word opens a name when a company word closes it
        ("Halden Bancorp and First Tessel Financial agreed to combine.", "First Tessel Financial"),
        # a known company under its full legal name stays the known company
        ("Abu Dhabi's Mubadala Investment Co. agreed to invest in Halden.", "Mubadala Investment Co."),
        # a common word opening the sentence before ", the <trade noun>" is no part of the name
        ("Excluding Tellwick, the firewall maker Halden bought in May, growth was 9%.", "Tellwick"),
    ],
)
def test_english_name_edges(text: str, org: str) -> None:
    a = _mentions(text, "en")
    assert org in {m.text for m in a.mentions if m.kind == "org"}


def test_a_plural_common_noun_is_no_company() -> None:
    text = "Die beiden Sparkassen, die Kreissparkasse Halden und die Stadtsparkasse Tessel, sprechen."
    assert "Sparkassen" not in {m.text for m in _mentions(text, "de").mentions}


def test_a_company_joined_as_ceo_stays_a_company() -> None:
    text = "Mia Corvin, who joined Trellwick Commerce as chief executive last year, is leaving."
    assert "Trellwick Commerce" in _names(_mentions(text, "en"), "org")


def test_the_company_named_again_counts_for_what_it_refers_to() -> None:
    text = (
        "Halden Robotics has bolstered its leadership team. The company said Mia Corvin, a former "
        "Tessel Bank managing director, became chief financial officer. It also named Tom Brask "
        "general counsel."
    )
    a = _mentions(text, "en")
    assert [m.entity.name for m in _find(a, "It")] == ["Halden Robotics"]


def test_an_unknown_town_adjective_before_a_trade_noun_is_no_company() -> None:
    a = _mentions("Die Itzehoer Bäckerei Kornblume übernimmt die Konkurrentin Backstube Möller.", "de")
    assert "Itzehoer" not in _names(a, "org")


def test_a_company_named_by_its_first_words_is_the_company_named_in_full_before() -> None:
    text = (
        "Harbor & Finch Insurance Group Inc. agreed to buy Ridgeline Mutual. "
        "Shares of Harbor & Finch rose 4%."
    )
    full, short = (m for m in _mentions(text, "en").mentions if m.text.startswith("Harbor"))
    assert short.text == "Harbor & Finch" and short.entity is full.entity
    assert short.display == "Harbor & Finch"  # the evidence's own wording


@pytest.mark.parametrize("name", ["Kestrel Asset Management", "Marta Sovereign Fund"])
def test_a_company_word_after_given_names_makes_a_company(name: str) -> None:
    analysis = _mentions(f"{name} has approached Lumen Forge about a takeover.", "en")
    assert (name, "org") in {(m.text, m.kind) for m in analysis.mentions}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Das Kartellamt prüft die Fusion der Entsorger Rheinwerk Umweltdienste und Grünkreis GmbH.",
            "Rheinwerk Umweltdienste",
        ),
        ("Der Versicherer Alpenland AG hat den Kauf des Maklerpools Fondsnet vollzogen.", "Fondsnet"),
        (
            "Markus Obermaier wechselt zum Versicherer Rentenanstalt Stuttgart AG.",
            "Rentenanstalt Stuttgart AG",
        ),
    ],
)
def test_german_trade_nouns_stay_out_of_the_name_and_a_town_inside_it_stays(text: str, name: str) -> None:
    assert name in {m.text for m in _mentions(text, "de").mentions if m.kind == "org"}


@pytest.mark.parametrize(
    "lang, text, name",
    [
        (
            "de",
            "Die Energieversorger Ventara Energie AG und Küstenstrom Kraftwerke kooperieren.",
            "Küstenstrom Kraftwerke",
        ),
        (
            "de",
            "Die beiden Landmaschinenhersteller Ackerwerk AG und Hofmann Agrartechnik prüfen eine Fusion.",
            "Hofmann Agrartechnik",
        ),
    ],
)
def test_a_name_joined_to_a_company_after_a_trade_noun_is_a_company(lang: str, text: str, name: str) -> None:
    assert name in {m.text for m in _mentions(text, lang).mentions if m.kind == "org"}


def test_a_plain_word_joined_to_a_company_is_no_company() -> None:
    text = "Der Versicherer Alpenland AG und Betriebsrat einigten sich."
    assert "Betriebsrat" not in {m.text for m in _mentions(text, "de").mentions}


@pytest.mark.parametrize("name", ["Sparkasse Ammersee-Lech", "Raiffeisenbank Hunte-Ems eG"])
def test_a_bank_named_for_two_towns_with_its_legal_form(name: str) -> None:
    text = f"Die Kreissparkasse Oberland fusioniert mit der {name}."
    assert name in {m.text for m in _mentions(text, "de").mentions}


def test_a_dealmaker_is_a_person_not_a_maker() -> None:
    text = "Hallam Brothers has hired veteran dealmaker Ruth Okonjo from rival Ashby Carrington."
    assert ("Ruth Okonjo", "person") in {(m.text, m.kind) for m in _mentions(text, "en").mentions}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Neurona-Chef Jonas Freiberg bestätigte den Versuch.", "Jonas Freiberg"),
        ("Das sagte Martina Esser am Montag.", "Martina Esser"),
    ],
)
def test_a_surname_that_is_also_a_town(text: str, name: str) -> None:
    assert (name, "person") in {(m.text, m.kind) for m in _mentions(text, "de").mentions}


def test_a_preposition_before_a_town_names_no_person() -> None:
    mentions = _mentions("In Lübeck zwang ein Bürgerentscheid die Stadt zum Handeln.", "de").mentions
    assert all(m.kind != "person" for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "She will become director of the AI Security Institute next month.",
        "She will become director of the UK's AI Security Institute next month.",
    ],
)
def test_an_acronym_opening_a_name_after_a_title_of(text: str) -> None:
    assert "AI Security Institute" in {m.text for m in _mentions(text, "en").mentions}


def test_words_before_a_bracketed_acronym_that_spells_them_name_a_company() -> None:
    analysis = _mentions("Die Rheinische Baustoffunion (RBU) wächst. Die RBU kaufte die Mehring GmbH.", "de")
    named = {m.text: m.entity.key for m in analysis.mentions}
    assert named["Rheinische Baustoffunion"] == named["RBU"]


def test_a_legal_form_with_a_slash() -> None:
    text = "Der Konzern Nordfragt A/S verhandelt mit Orvex."
    assert "Nordfragt A/S" in {m.text for m in _mentions(text, "de").mentions}


def test_a_known_name_inside_a_longer_one_with_an_ampersand() -> None:
    text = "Hohenlohe Fastening Group agreed to buy distributor Midwest Bolt & Supply Co. from its founders."
    assert "Midwest Bolt & Supply Co." in {m.text for m in _mentions(text, "en").mentions}


@pytest.mark.parametrize(
    "text, field, name",
    [
        ("Oncology biotech Varenne Therapeutics is cutting jobs.", "Oncology", "Varenne Therapeutics"),
        (
            "Telecom equipment makers Nordvik Networks and Aravis Telecom merged.",
            "Telecom",
            "Nordvik Networks",
        ),
    ],
)
def test_a_field_opening_a_sentence_before_a_trade_noun_is_no_name(text: str, field: str, name: str) -> None:
    names = {m.text for m in _mentions(text, "en").mentions}
    assert name in names and field not in names


def test_a_korean_given_name_in_two_parts() -> None:
    text = "Rivon chief executive Park Ji-hoon said the deal would secure supply."
    assert ("Park Ji-hoon", "person") in {(m.text, m.kind) for m in _mentions(text, "en").mentions}


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("de", "Die Privatbank Ostermeyer und Bankhaus Quenstedt prüfen eine Fusion.", "Bankhaus Quenstedt"),
        (
            "de",
            "Die Stadtwerke Ahrtal und die Energieversorgung Vorderwald fusionieren.",
            "Energieversorgung Vorderwald",
        ),
        (
            "en",
            "Regional lenders First Tidewater Bancorp and Keel Trust agreed to combine.",
            "First Tidewater Bancorp",
        ),
        ("en", "Dresden & Voigt and Keel Partners completed their merger.", "Dresden & Voigt"),
    ],
)
def test_a_word_that_may_open_a_company_name_stays_in_it(lang: str, text: str, name: str) -> None:
    assert name in _names(_mentions(text, lang), "org")


def test_a_compound_trade_noun_before_a_legal_form_name_is_not_part_of_it() -> None:
    a = _mentions("Der Basler Pharmazulieferer Brennwald Labs holt sich einen neuen Finanzchef.", "de")
    assert "Brennwald Labs" in _names(a, "org")


def test_the_second_of_two_companies_a_plural_trade_noun_announces_may_be_a_plain_word() -> None:
    a = _mentions("Die beiden Softwarehäuser Pixelmoor und Datenlinde wollen fusionieren.", "de")
    assert {"Pixelmoor", "Datenlinde"} <= _names(a, "org")


def test_a_double_given_name_before_a_company_word_is_a_company() -> None:
    a = _mentions("Ridgeline Motors ended its joint venture with Kwan-Sung Energy.", "en")
    assert "Kwan-Sung Energy" in _names(a, "org")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Harrow Atlantic's chief technology officer, Ida Brenner, will leave.", "org"),
        ("Warren Buffett's chief executive Greg Abel spoke.", "person"),
    ],
)
def test_a_name_of_plain_words_with_a_post_in_the_possessive_is_a_company(text: str, kind: str) -> None:
    a = _mentions(text, "en")
    first = min(a.mentions, key=lambda m: m.start)
    assert first.kind == kind


@pytest.mark.parametrize(
    "text, full, short",
    [
        (
            "Der Investor Halden kauft den Dienstleister Nordmark Terminal Services (NTS). "
            "NTS-Geschäftsführer Ole Jensen bleibt.",
            "Nordmark Terminal Services",
            "NTS",
        ),
        (
            "Der Investor Halden kauft Anteile an der Hanse Cargo Systems AG. "
            "Hanse-Cargo-Chef Ole Jensen begrüßt das.",
            "Hanse Cargo Systems AG",
            "Hanse-Cargo",
        ),
    ],
)
def test_a_compound_short_form_names_the_company_said_in_full_before(
    text: str, full: str, short: str
) -> None:
    a = _mentions(text, "de")
    (named,) = _find(a, full)
    assert _find(a, short) and all(m.entity is named.entity for m in _find(a, short))


def test_a_possessive_after_a_sentence_about_a_person_is_not_a_company() -> None:
    text = "Halden Motors wächst. Ralf Gärtner war von Corvin gekommen. Seine Aufgaben übernimmt Ole Jensen."
    a = _mentions(text, "de")
    assert not [m for m in a.mentions if m.text == "Seine"]


def test_a_word_that_only_ends_like_a_title_is_no_title() -> None:
    a = _mentions("Der Chipkonzern Halbleiter Nordost meldet mehr Umsatz.", "de")
    assert "Halbleiter Nordost" in _names(a, "org")


def test_a_company_noun_before_a_compound_title_is_the_company_named_with_it() -> None:
    a = _mentions("Die Lindqvist Holding wächst. Holding-Chef Ole Jensen ist zufrieden.", "de")
    (full,) = _find(a, "Lindqvist Holding")
    (short,) = _find(a, "Holding")
    assert short.entity is full.entity and short.display == "Lindqvist Holding"


def test_a_company_noun_before_a_compound_title_names_no_company_of_its_own() -> None:
    a = _mentions("Der Umsatz sinkt, sagte Konzern-Chef Ole Jensen.", "de")
    assert not _names(a, "org")


def test_a_given_name_after_a_noun_for_a_firm_or_a_person_is_a_person() -> None:
    a = _mentions("Quillby wurde 2021 von dem früheren Berater Owen Achterberg gegründet.", "de")
    assert "Owen Achterberg" in _names(a, "person")


def test_a_german_short_name_after_a_noun_names_the_company_said_in_full() -> None:
    a = _mentions("Die Elbkai Logistik AG hat gekauft. Jensen rückt in den Vorstand der Elbkai auf.", "de")
    (full,) = _find(a, "Elbkai Logistik AG")
    assert all(m.entity is full.entity for m in _find(a, "Elbkai"))


def test_a_person_s_name_hyphenated_to_a_company_word_names_a_foundation() -> None:
    a = _mentions("Beteiligt war zudem die Dieter-Quandtner-Stiftung aus Stuttgart.", "de")
    assert "Dieter-Quandtner-Stiftung" in _names(a, "org")


def test_a_works_coordinated_after_a_trade_noun_keeps_its_town() -> None:
    a = _mentions("Die Autozulieferer Felsmann und Karosseriewerk Ahlen prüfen eine Fusion.", "de")
    assert "Karosseriewerk Ahlen" in _names(a, "org")


def test_the_company_joined_after_a_former_employer_is_not_a_past_employer() -> None:
    a = _mentions(
        "Ines Varga, the former Halden executive who joined Corvin Labs, is leaving, the company said.",
        "en",
    )
    assert [m.entity.name for m in _find(a, "the company")] == ["Corvin Labs"]


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("de", "Die Stadtwerke Lindau steigen beim Windparkentwickler Nordwind ein.", "Stadtwerke Lindau"),
        (
            "de",
            "Die Übernahme der Holzwerke Wendel KG durch Steirer Holz ist geplatzt.",
            "Holzwerke Wendel KG",
        ),
        (
            "de",
            "Nun hat sich die Zürcher Alpenrück Versicherungen AG durchgesetzt.",
            "Alpenrück Versicherungen AG",
        ),
        ("en", "Tarrow Foods said it would buy family-owned Mill Lane Bakeries.", "Mill Lane Bakeries"),
        (
            "en",
            "Southern Valley Electric Cooperative will partner with Voltera.",
            "Southern Valley Electric Cooperative",
        ),
    ],
)
def test_company_words_towns_and_place_adjectives_at_the_edges_of_names(
    lang: str, text: str, name: str
) -> None:
    assert name in _names(_mentions(text, lang), "org")


def test_a_named_newcomer_with_a_double_surname_is_a_person() -> None:
    a = _mentions(
        "Meridian Trust Bank has named Olusegun Adebayo-Clarke as its next chief financial officer.", "en"
    )
    assert "Olusegun Adebayo-Clarke" in _names(a, "person")


@pytest.mark.parametrize(
    "lang, text, name, kind",
    [
        (
            "en",
            "The group, led by partner Rupert Fairleigh-Moss, started on Monday.",
            "Rupert Fairleigh-Moss",
            "person",
        ),
        (
            "en",
            "Linwood Hart LLP hired a team. The group started at Linwood Hart on Monday.",
            "Linwood Hart",
            "org",
        ),
        (
            "de",
            "Die Stadtwerke Bad Kreuzbach haben einen neuen Geschäftsführer.",
            "Stadtwerke Bad Kreuzbach",
            "org",
        ),
    ],
)
def test_double_surnames_short_company_names_and_towns_with_a_prefix(
    lang: str, text: str, name: str, kind: str
) -> None:
    assert (name, kind) in {(m.text, m.kind) for m in _mentions(text, lang).mentions}


def test_an_adverb_opening_a_sentence_before_a_described_company_is_no_name() -> None:
    assert not _names(_mentions("Separately, the company appointed two new directors.", "en"), "org") - {
        "the company"
    }


def test_a_compound_cut_before_und_is_no_part_of_a_name() -> None:
    text = (
        "Der Versicherer Hanseatica Versicherung AG und das Insurtech Policenpilot GmbH arbeiten zusammen. "
        "Künftig vertreibt Policenpilot Hausrat- und Haftpflichtpolicen. "
        "Der Darmstädter Chemie- und Pharmakonzern Merck forscht mit."
    )
    names = {m.text for m in _mentions(text, "de").mentions}
    assert "Policenpilot" in names and not {"Policenpilot Hausrat", "Darmstädter"} & names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Die Brauerei Ostermann hat Berichte über einen Verkauf zurückgewiesen.", "Brauerei Ostermann"),
        ("Gabriele Hofer führt die Geschäfte der Textilkette Modehaus Rieck.", "Modehaus Rieck"),
        ("Die Landesbank Mittelrhein hat einen neuen Risikovorstand.", "Landesbank Mittelrhein"),
        ("Medigard AG beendet Gespräche über Übernahme der Kliniken Vogtland", "Kliniken Vogtland"),
    ],
)
def test_a_trade_or_bank_that_is_part_of_a_german_name(text: str, name: str) -> None:
    assert name in _names(_mentions(text, "de"), "org")


def test_an_insolvency_administrator_is_no_company() -> None:
    text = "Die Velora Group übernimmt den Betrieb, wie Insolvenzverwalter Jörg Tannhäuser mitteilte."
    assert "Jörg Tannhäuser" not in _names(_mentions(text, "de"), "org")


def test_a_compound_on_a_reference_noun_refers_back() -> None:
    text = (
        "Ein Sprecher der Merkbach Gruppe hat einen Bericht dementiert, wonach der Autozulieferer den "
        "Kabelspezialisten Feldmark Systems kaufen wolle."
    )
    a = _mentions(text, "de")
    (ref,) = [m for m in a.mentions if m.text == "der Autozulieferer"]
    assert ref.entity.name == "Merkbach Gruppe"


def test_a_compound_on_a_reference_noun_before_a_name_is_no_reference() -> None:
    a = _mentions("Sensiq liefert Sensorik für die Werke des Autozulieferers Bremer & Sohn.", "de")
    assert not any(m.text == "des Autozulieferers" for m in a.mentions)


def test_a_hyphenated_name_opening_a_sentence() -> None:
    a = _mentions("Al-Nour Sovereign Fund is in discussions to invest in Ferrante Automobili.", "en")
    assert "Al-Nour Sovereign Fund" in _names(a, "org")


def test_a_column_rubric_is_no_company() -> None:
    a = _mentions(
        "Personalie bei Nordkern: Der Hersteller hat Heike Sörens zur Geschäftsführerin berufen.", "de"
    )
    assert "Personalie" not in _names(a, "org")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Neobank Halvio has raised money.", "Halvio"),
        ("Utility Stormvale Energie signed the deal.", "Stormvale Energie"),
        ("The Oslo-based VC firm Fjordcap Partners led the round.", "Fjordcap Partners"),
        # a family business named for its brothers is a company, not a person
        ("Road haulier Corran Bros bought two depots.", "Corran Bros"),
    ],
)
def test_a_trade_written_before_an_english_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _names(_mentions(text, "en"), "org") == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        # a plain noun and a legal form take the town's adjective along ...
        ("Die Heidelberger Druckguss AG wächst.", "Heidelberger Druckguss AG"),
        # ... an invented brand does not
        ("Die Hamburger Velmorix GmbH wächst.", "Velmorix GmbH"),
    ],
)
def test_a_town_adjective_before_a_noun_and_a_legal_form(text: str, name: str) -> None:
    assert _names(_mentions(text, "de"), "org") == {name}


def test_a_unit_is_the_company_named_last_not_the_topic() -> None:
    text = (
        "Halden Group has found a buyer for Corvin Print, its magazine arm. The unit is being sold to Ostrum."
    )
    a = _mentions(text, "en")
    assert [m.entity.name for m in _find(a, "The unit")] == ["Corvin Print"]


def test_a_german_business_refers_to_the_company_of_the_article() -> None:
    a = _mentions("Die Bäckerei Halmer bekommt einen neuen Eigentümer. Der Betrieb geht an Kornweg.", "de")
    assert [m.entity.name for m in _find(a, "Der Betrieb")] == ["Bäckerei Halmer"]


@pytest.mark.parametrize(
    "lang, text, name",
    [
        (
            "de",
            "Die Mediengruppe Loisachtal hat das Anzeigenblatt „Wochenspiegel Isartal“ übernommen.",
            "Wochenspiegel Isartal",
        ),
        ("de", "Das sagte die Gründerin der Zeitung „Les Echos“.", "Les Echos"),
        ("en", "The group bought the tabloid “Daily Courier” in 2019.", "Daily Courier"),
    ],
)
def test_quoted_words_after_a_company_noun_name_it(lang: str, text: str, name: str) -> None:
    names = {(m.text, m.kind) for m in _mentions(text, lang).mentions}
    assert (name, "org") in names


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("en", "Fintech Clearmint Pay has lured away the head of lending of Revolut.", "Clearmint Pay"),
        ("de", "Der Gießereibetrieb Hüttenguss Unterharz streicht Stellen.", "Hüttenguss Unterharz"),
    ],
)
def test_a_capitalised_trade_noun_stays_out_of_the_name(lang: str, text: str, name: str) -> None:
    assert (name, "org") in {(m.text, m.kind) for m in _mentions(text, lang).mentions}


def test_a_german_possessive_after_an_inverted_subject_is_the_subject_s() -> None:
    text = (
        "Nach Bedenken des Bundeskartellamts hat der Landmaschinenhersteller Ostenfeld seine Anmeldung "
        "zurückgezogen."
    )
    refs = [m for m in _mentions(text, "de").mentions if m.text == "seine"]
    assert [m.entity.name for m in refs] == ["Ostenfeld"]
