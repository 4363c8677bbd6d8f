"""Classes of the twenty-fourth own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("1998-06-14T12:00:00Z")


def _first_countries(extractor, text: str) -> set[str | None]:
    return {e["actors"][0]["country"] for e in _extract(extractor, text) if e["actors"]}


def test_a_leader_named_by_another_spelling_or_surname_alone(extractor):
    """'Gadaffi' and 'Gadhafi' are the Libyan leader as 'Gaddafi' is; 'Kabila' alone is the
    Congolese leader."""
    for text, country in (
        ("Gadaffi accused Egypt of plotting against his government.", "LBY"),
        ("Gadhafi denounced the air embargo as an act of piracy.", "LBY"),
        ("Kabila accused Rwanda of backing the rebels in the east.", "COD"),
    ):
        assert _first_countries(extractor, text) == {country}, (text, _extract(extractor, text))


def test_a_leader_hosting_another_by_name_is_a_visit(extractor):
    """'X hosted Y', Y a person named alone, is a visit hosted (043), as with a title; a
    games hosted are none."""
    assert ("visit", "043") in _codes(extractor, "Mubarak hosted Assad at his seaside palace.")
    assert "visit" not in _types(extractor, "The city hosted the Asian Games in 1990.")


def test_a_visit_that_a_state_allows_is_no_visit_of_its_own(extractor):
    """'allowed X to visit', 'let X visit': the leave given is the act; the visit it allows is
    no visit besides."""
    for text in (
        "Syria allowed a team of Red Cross delegates to visit the captured pilots.",
        "Baghdad agreed to let the inspectors visit the presidential palaces.",
    ):
        assert "visit" not in _types(extractor, text), (text, _extract(extractor, text))
    assert "visit" in _types(extractor, "The Red Cross delegates visited the captured pilots.")


def test_sanctions_in_force_under_review_are_no_new_sanction(extractor):
    """Sanctions that a body reviews or examines are a measure in force, no new act; sanctions
    imposed still are one."""
    for text in (
        "The Security Council will review the sanctions on Libya next month.",
        "The Security Council reviews the sanctions against Iraq every two months.",
    ):
        assert not _types(extractor, text) & {"sanction", "threat"}, (
            text,
            _extract(extractor, text),
        )
    assert "sanction" in _types(extractor, "The Security Council imposed an embargo on Libya.")


def test_an_accord_only_binding_under_it_is_no_agreement(extractor):
    """'as required under the accords': an accord in force,
    no agreement reached; an accord signed is one."""
    for text in (
        "The rebels refused to hand over their heavy weapons as required under the Lusaka peace accords.",
        "The militia refused to leave the town as required under the Dayton peace accords.",
    ):
        assert "agreement" not in _types(extractor, text), (text, _extract(extractor, text))
    assert "agreement" in _types(
        extractor, "Angola and the rebels signed the Lusaka accord on Sunday."
    )


def test_a_cabinet_of_no_named_state_sitting_is_no_meeting(extractor):
    """'The cabinet will meet on Friday': a body of some state sitting, no diplomatic meeting."""
    for text in (
        "The cabinet will meet again on Friday to discuss the budget.",
        "The politburo met in emergency session on Monday.",
    ):
        assert not _types(extractor, text) & {"meeting", "pledge"}, (
            text,
            _extract(extractor, text),
        )


def test_cutting_throats_is_a_killing(extractor):
    """'cut' or 'slit the throats of' villagers is an attack (180)."""
    for text in (
        "Armed men slit the throats of nine farmers in a village south of the capital.",
        "Guerrillas cut the throats of six soldiers captured in the ambush.",
    ):
        assert ("attack", "180") in _codes(extractor, text), (text, _extract(extractor, text))


def test_charges_dismissed_as_baseless_before_the_object_are_denied(extractor):
    """'dismissed as baseless the charges' (the object after 'as') is a denial (016), as
    'dismissed the charges as baseless' is; no rejection."""
    codes = _codes(
        extractor, "Damascus dismissed as groundless Turkish charges that it shelters the rebels."
    )
    assert ("statement", "016") in codes, codes
    assert "rejection" not in {t for t, _ in codes}, codes


def test_an_officer_of_a_union_of_states_is_that_body_not_a_trade_union(extractor):
    """'the head of the African Union', 'ministers of the European Union': the international
    body, not a labour union and not the country the sentence names after; a trade union's
    officer stays labour's."""
    for text in (
        "The chairman of the African Union urged Somalia's warlords to attend the talks.",
        "Trade ministers of the European Union met in Geneva to discuss steel quotas.",
    ):
        events = _extract(extractor, text)
        codes = {(e["actors"][0]["code"] or "")[:3] for e in events if e["actors"]}
        assert codes == {"IGO"}, (text, events)


def test_help_with_a_bare_clause_helps_the_clause_subject(extractor):
    """'will help Pakistan build a power plant', 'sent engineers to help Vietnam rebuild its
    roads': the state helped is the bare clause's subject; a price helped to rise is none."""
    assert ("pledge", "033") in _codes(
        extractor, "Japan will help Vietnam rebuild its roads and bridges."
    )
    assert "aid" in _types(
        extractor, "France sent engineers to help Chad repair the airport at N'Djamena."
    )
    assert not _types(extractor, "The cut in interest rates helped share prices rise.")


def test_missile_and_nuclear_tests_held_are_a_show_of_force(extractor):
    """Holding, staging or carrying out missile or nuclear tests is a show of military force
    (150); tests on patients or engines are none."""
    for text in (
        "North Korea held missile tests in the Sea of Japan on Sunday.",
        "France carried out a nuclear test at Mururoa atoll.",
    ):
        assert ("military_exercise", "150") in _codes(extractor, text), (
            text,
            _extract(extractor, text),
        )
    assert not _types(extractor, "The laboratory carried out tests on the new vaccine.")


def test_a_headline_crowd_protesting_in_a_city_is_of_its_country(extractor):
    """'Thousands rally in Manila against …' (a headline's verb read as a noun): the crowd
    is of the city's country, as with 'thousands rallied in Manila'."""
    for text, country in (
        ("Thousands rally in Dhaka against fuel price rise.", "BGD"),
        ("Thousands march in Nairobi against Moi.", "KEN"),
    ):
        events = [e for e in _extract(extractor, text) if e["type"] == "protest"]
        assert events and events[0]["actors"], (text, events)
        assert events[0]["actors"][0]["country"] == country, (text, events)


def test_a_listed_leader_read_as_a_common_noun_is_still_the_leader(extractor):
    """'Rabin and King Hussein met …', the surname at the head of the sentence tagged a
    common noun: a leader of the hand list is still that leader, the first of the pair."""
    events = [
        e
        for e in _extract(extractor, "Rabin and King Hussein met in Aqaba on Tuesday.")
        if e["type"] == "meeting"
    ]
    assert events, events
    assert [a["country"] for a in events[0]["actors"]][:2] == ["ISR", "JOR"], events


def test_the_first_state_to_act_is_the_doer(extractor):
    """'X was (or became) the first / only state to <act>': X does the act the infinitive
    names; 'the first time to …' names no doer."""
    for text, country in (
        ("Austria became the first Western state to recognise the new republic.", "AUT"),
        ("Norway was the only country to send aid to Bosnia that winter.", "NOR"),
    ):
        events = _extract(extractor, text)
        assert any(e["actors"] and e["actors"][0]["country"] == country for e in events), (
            text,
            events,
        )


def test_tests_counted_since_a_year_are_a_tally(extractor):
    """'has conducted more than 100 nuclear tests since 1966': a tally of past acts, no show
    of force of the story's day; a series since a day of this week stays."""
    assert "military_exercise" not in _types(
        extractor, "China has carried out more than 40 nuclear tests at Lop Nur since 1964."
    )
    assert "military_exercise" in _types(
        extractor, "India has conducted three missile tests since Monday."
    )
