"""Classes of a sixth study of unseen wire copy (issue 10): levies named by a noun, threats'
targets, recalls told with 'back', acts still to come, talks that fail, meetings 'seen',
support and objection, on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def _hostile(events: list[dict]) -> list[dict]:
    return events_of_type(events, "sanction") + events_of_type(events, "threat")


def test_a_levy_named_by_a_noun_with_its_doer_is_a_sanction_or_its_threat(extractor):
    for text, doer, hit in (
        ("Ottawa unveiled plans for duties on Danish cheese on Tuesday.", "CAN", "DNK"),
        ("The row ended in Canadian tariffs on Danish butter.", "CAN", "DNK"),
        (
            "Oslo announced plans to put as much as 20 mln dlrs in tariffs on imports"
            " of some Chilean fruit.",
            "NOR",
            "CHL",
        ),
    ):
        found = _hostile(extract_events(extractor, text))
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
        assert country_codes(found[0]["targets"]) == {hit}, text
    for text in (  # no doer, or a levy cut or paid: no sanction
        "The options being studied include tariffs on a range of Danish exports.",
        "Japan will cut tariffs on Chilean wine next year.",
        "Importers in Oslo pay a five pct duty on Danish cheese.",
        "Tariffs on farm goods remain high in Europe.",
    ):
        assert not _hostile(extract_events(extractor, text)), text


def test_a_bare_korea_is_the_south(extractor):
    found = _hostile(extract_events(extractor, "Canada will raise tariffs on Korean steel in May."))
    assert found and country_codes(found[0]["targets"]) == {"KOR"}
    events = extract_events(extractor, "The North Korean navy shelled a Korean fishing boat.")
    assert events and country_codes(events[0]["actors"]) == {"PRK"}


def test_a_threat_is_aimed_at_whom_its_penalty_is_aimed_at(extractor):
    for text in (
        "Norway renewed its threat of reprisals against Iceland.",
        "Norway threatened retaliation against Iceland on Monday.",
        "Norway repeated its threat to retaliate against Iceland's trawlers.",
    ):
        threats = events_of_type(extract_events(extractor, text), "threat")
        assert threats and country_codes(threats[0]["actors"]) == {"NOR"}, text
        assert country_codes(threats[0]["targets"]) == {"ISL"}, text


def test_an_envoy_called_back_from_a_capital_is_recalled_from_its_country(extractor):
    for text in (
        "Bolivia called its ambassador back from Santiago on Monday.",
        "Bolivia called back its envoy from Santiago.",
    ):
        recalls = events_of_type(extract_events(extractor, text), "sanction")
        assert recalls and recalls[0]["cameo"] == "166", text
        assert country_codes(recalls[0]["targets"]) == {"CHL"}, text


def test_a_time_phrase_is_not_the_preposition_an_entry_asks_for(extractor):
    events = extract_events(
        extractor, "Bolivia called its ambassador back from Santiago on Monday."
    )
    assert not events_of_type(events, "appeal")  # 'called … on Monday' is no 'called on'
    appeals = events_of_type(
        extract_events(extractor, "The Pope called on Chile to free the men."), "appeal"
    )
    assert appeals and country_codes(appeals[0]["targets"]) == {"CHL"}


def test_an_act_that_has_yet_to_be_done_is_no_event(extractor):
    for text in (
        "The Danish parliament has yet to ratify the fishing treaty with Norway.",
        "Chile is yet to sign the accord with Peru.",
    ):
        assert not events_of_type(extract_events(extractor, text), "agreement"), text
    text = "Chile signed the accord with Peru but has yet to ratify it."
    assert events_of_type(extract_events(extractor, text), "agreement")


def test_talks_that_fail_are_broken_off_by_no_one(extractor):
    for text in (
        "The negotiations between Chile and Peru collapsed on Friday.",
        "The talks had failed, diplomats said.",
    ):
        assert not events_of_type(extract_events(extractor, text), "sanction"), text
    events = extract_events(extractor, "Peru broke off the talks with Chile on Friday.")
    assert events_of_type(events, "sanction")


def test_seeing_an_official_is_a_meeting(extractor):
    text = "The Finnish premier is expected to see his Swedish counterpart next week."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and meetings[0]["date"]["status"] == "planned"
    assert country_codes(meetings[0]["actors"]) == {"FIN"}
    assert country_codes(meetings[0]["targets"]) == {"SWE"}
    for text in (
        "Analysts see the premier winning the vote.",
        "The minister saw a bright future for trade with Japan.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text


def test_favouring_objecting_to_voting_against_or_blocking_a_plan(extractor):
    supports = events_of_type(
        extract_events(extractor, "Oslo said it favoured the Danish plan."), "support"
    )
    assert supports and country_codes(supports[0]["targets"]) == {"DNK"}
    for text in (
        "Finland objected to the Swedish proposal on Monday.",
        "Finland voted against the Swedish proposal.",
        "Finland blocked the Swedish proposal at the talks.",
    ):
        rejections = events_of_type(extract_events(extractor, text), "rejection")
        assert rejections and country_codes(rejections[0]["actors"]) == {"FIN"}, text
        assert country_codes(rejections[0]["targets"]) == {"SWE"}, text
    for text in ("Farmers objected to the price cut.", "Police blocked the main road."):
        assert not events_of_type(extract_events(extractor, text), "rejection"), text


def test_a_penalty_faced_unless_a_party_acts_is_the_teller_s_threat(extractor):
    threats = events_of_type(
        extract_events(
            extractor, "Chile said Peru would face sanctions unless it lowered its duties."
        ),
        "threat",
    )
    assert threats and country_codes(threats[0]["actors"]) == {"CHL"}
    assert country_codes(threats[0]["targets"]) == {"PER"}
    text = "Chile told Peru that unless it lowered its duties it would face retaliation."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"PER"}
    for text in (  # no penalty, or no teller
        "Farmers will face ruin unless prices rise, the minister said.",
        "Peru would face sanctions unless it lowered its duties.",
    ):
        assert not events_of_type(extract_events(extractor, text), "threat"), text


def test_the_particle_and_time_phrase_rules_stay_narrow(extractor):
    # an adverb counts as a particle only for an entry with an object: an air strike stays
    events = extract_events(extractor, "Syrian jets hit back at targets in Lebanon.")
    assert events_of_type(events, "airstrike") and not events_of_type(events, "accusation")
    # 'into the fall' is no time phrase, though the tagger reads a season
    text = "A Belgian panel opened hearings into the fall of Kigali."
    assert events_of_type(extract_events(extractor, text), "accusation")
