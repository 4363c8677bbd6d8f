"""Classes of the twenty-first own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("2005-01-20T12:00:00Z")


def test_a_strike_begun_in_a_labour_dispute_is_a_protest(extractor):
    """A bare strike noun (no 'general', no 'by workers') is a stoppage when its sentence
    tells of workers or pay, whatever verb begins it."""
    for text in (
        "Zambian miners began a strike over unpaid wages on Monday.",
        "Ghanaian bus drivers launched a strike against the new fuel tax.",
    ):
        assert ("protest", "143") in _codes(extractor, text), text


def test_a_strike_of_no_labour_dispute_stays_no_protest(extractor):
    for text in (
        "Israeli jets launched a strike on a weapons depot near Damascus.",
        "The bowler's strike rate was the best of the tour.",
    ):
        assert "protest" not in _types(extractor, text), text


def test_declining_to_do_something_is_a_refusal(extractor):
    """'decline to' with an infinitive refuses as 'refuse to' does; 'declined to comment' and
    prices that declined stay what they were."""
    assert "rejection" in _types(
        extractor, "Latvia declined to return the archives to Moscow, the foreign ministry said."
    )
    assert "rejection" in _types(extractor, "Turkey declined to apologise to Armenia.")
    assert "rejection" not in _types(extractor, "The embassy in Riga declined to comment.")
    assert not _types(extractor, "Copper prices declined to a two-year low in London.")


def test_refusing_entry_to_outsiders_is_a_refusal(extractor):
    """A state that refuses entry to a team or mission refuses it access (CAMEO 12), no
    obstruction by protesters."""
    codes = _codes(extractor, "Uzbekistan refused entry to a team of UN human rights monitors.")
    assert ("rejection", "1245") in codes


def test_an_amnesty_granted_is_a_concession(extractor):
    for text in (
        "The Angolan government granted an amnesty to rebels who surrender their guns.",
        "Nepal's king declared an amnesty for political prisoners.",
    ):
        assert ("concession", "0841") in _codes(extractor, text), text


def test_relief_flights_allowed_in_are_humanitarian_access(extractor):
    text = "Eritrea allowed UN relief flights to land at Asmara airport."
    assert ("concession", "0863") in _codes(extractor, text)


def test_the_detention_of_people_freed_is_no_new_arrest(extractor):
    """A participle of holding on the people a state frees tells which people they are."""
    text = "Iran released three French sailors detained after drifting into its waters."
    types = _types(extractor, text)
    assert "concession" in types
    assert "coercion" not in types


def test_a_meeting_someone_is_arrested_for_is_no_meeting(extractor):
    """A meeting held 'for' which people are arrested or jailed is the offence, no talks."""
    text = "Police in Harare arrested 15 union leaders for holding an illegal meeting."
    types = _types(extractor, text)
    assert "coercion" in types
    assert "meeting" not in types


def test_protesters_who_gather_hold_a_protest(extractor):
    text = "Hundreds of protesters gathered outside parliament in Accra."
    assert ("protest", "141") in _codes(extractor, text)


def test_a_government_dismissed_is_no_rejection(extractor):
    """Dismissing a government or cabinet removes it from office, as dismissing a minister
    does; dismissing a proposal still rejects it."""
    assert "rejection" not in _types(
        extractor, "The Pakistani president dismissed the elected government on Tuesday."
    )
    assert "rejection" in _types(extractor, "Moscow dismissed the Estonian proposal.")


def test_townspeople_who_stone_cars_riot(extractor):
    """Residents or villagers stoning cars or patrols riot (145); stoning someone to death
    stays a killing."""
    text = "Angry residents of a Bulgarian mining town stoned the cars of visiting ministers."
    assert ("protest", "145") in _codes(extractor, text)
    assert "protest" not in _types(extractor, "Villagers stoned a woman to death in Somalia.")


def test_a_crowd_in_a_square_of_a_capital_is_of_that_country(extractor):
    """A crowd named by no nation takes its country from where it gathers, also through a
    second 'of' ('the main square of the Kenyan capital')."""
    text = "Several thousand protesters rallied in the main square of the Ghanaian capital."
    events = [e for e in _extract(extractor, text) if e["type"] == "protest"]
    assert events and events[0]["actors"][0]["country"] == "GHA"


def test_civilians_killed_somewhere_by_soldiers_are_no_battle(extractor):
    """Soldiers who kill unarmed people at a place commit unconventional violence (180): the
    'at' phrase of a verb with an object is where, not whom; armed foes stay a battle."""
    for text in (
        "Guatemalan soldiers killed eleven villagers at their homes near Coban.",
        "Army troops shot dead four nuns at a mission school in Rhodesia.",
    ):
        assert ("attack", "180") in _codes(extractor, text), text
    assert ("attack", "190") in _codes(extractor, "Troops killed five rebels at their camp.")


def test_an_organisation_spelt_the_british_way_is_the_same_body(extractor):
    """'Organisation' and 'Organization' name one body: the OAS is no American act."""
    text = "The Organisation of American States condemned the coup in Haiti."
    events = [e for e in _extract(extractor, text) if e["type"] == "accusation"]
    assert events and events[0]["actors"][0]["code"].startswith("IGO")


def test_people_deported_from_a_country_are_put_out_by_it(extractor):
    """A passive expulsion or deportation with no 'by' is the doing of the state the 'from'
    phrase names."""
    text = "Forty Malian traders were deported from Senegal on Friday."
    events = [e for e in _extract(extractor, text) if e["type"] == "coercion"]
    assert events and events[0]["actors"][0]["country"] == "SEN"
    text = "Two Czech diplomats were expelled from Belarus."
    events = [e for e in _extract(extractor, text) if e["type"] == "sanction"]
    assert events and events[0]["actors"][0]["country"] == "BLR"


def test_a_language_spoken_names_no_nation(extractor):
    """'Russian-speaking' names a language: the residents of Latvia who protest are Latvia's."""
    text = "Russian-speaking residents of Latvia marched in Riga against the new language law."
    events = [e for e in _extract(extractor, text) if e["type"] == "protest"]
    assert events and events[0]["actors"][0]["country"] == "LVA"


def test_a_go_slow_is_a_labour_action(extractor):
    assert ("protest", "143") in _codes(
        extractor, "Nigerian dockers staged a go-slow at Apapa port."
    )


def test_a_crowd_that_takes_to_a_city_s_streets_is_of_that_city(extractor):
    text = "Thousands of people took to the streets of Skopje to oppose the new name deal."
    events = [e for e in _extract(extractor, text) if e["type"] == "protest"]
    assert events and events[0]["actors"][0]["country"] == "MKD"
