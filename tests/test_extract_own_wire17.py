"""Classes of the seventeenth own-wire study (ten more whole articles written in 1987 wire style
on world news of 1987-1989 outside the Middle East and the Gulf, ``benchmarks/data/own_wire17.*``):
officials 'here' are the dateline state's, whatever other states their sentence names; a named
visitor greeted, or welcomed at an airport, is a visit hosted; recognising a body 'as' a
state's government is support; flying in relief supplies is aid; capitals that are the
initials of a name told before stand for its body ('the Somali National Movement … the SNM');
a stance a state took, told of it in a relative clause, is reported ('France, which had
denounced the expulsions, said …'); forces sent to a place told in a 'where' clause on it are a
deployment ('northern Burundi, where the army was sent'); a leader written with another
spelling of his given name than the people lists' is known ('Mohamed Siad Barre'); a date on a visit 'planned for next
month' after its parties does not date the act of the clause; and the set's score floor.
Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_officials_here_are_the_dateline_states(extractor):
    text = (
        "MANILA, June 3 - Japan has sent two ships carrying rice to Luzon, and officials here "
        "welcomed the gesture."
    )
    found = events_of_type(extract_events(extractor, text), "support")
    assert found and country_codes(found[0]["actors"]) == {"PHL"}


def test_a_named_visitor_greeted_or_met_at_the_airport_is_a_visit_hosted(extractor):
    for text, host, guest in (
        ("BONN, June 12 - Chancellor Helmut Kohl greeted Gorbachev warmly.", "DEU", "RUS"),
        (
            "PARIS, June 12 - President Mitterrand welcomed Rajiv Gandhi at the airport on Monday.",
            "FRA",
            "IND",
        ),
    ):
        found = events_of_type(extract_events(extractor, text), "visit")
        assert found, text
        assert country_codes(found[0]["actors"]) == {host}, text
        assert guest in country_codes(found[0]["targets"]), text


def test_recognising_a_body_as_a_government_is_support(extractor):
    text = "LONDON, June 12 - Britain recognised the military council as Haiti's government."
    found = events_of_type(extract_events(extractor, text), "support")
    assert found and country_codes(found[0]["actors"]) == {"GBR"}
    assert "HTI" in country_codes(found[0]["targets"])


def test_flying_in_relief_supplies_is_aid(extractor):
    text = "OSLO, June 12 - Norway flew in relief supplies for the flood victims on Tuesday."
    found = events_of_type(extract_events(extractor, text), "aid")
    assert found and country_codes(found[0]["actors"]) == {"NOR"}
    # a state's air force supplying its own posts is a supply line, no aid
    text = "LIMA, June 12 - The air force flew in supplies to army posts in the valley."
    assert not events_of_type(extract_events(extractor, text), "aid")


def test_initials_of_a_name_told_before_stand_for_its_body(extractor):
    text = (
        "NAIROBI, June 12 - Rebels of the Ugandan National Rescue Front ambushed a convoy on "
        "Monday. The UNRF said its fighters had also seized a police post near the border."
    )
    events = extract_events(extractor, text)
    seized = [e for e in events if e["trigger"].startswith("seized")]
    assert seized and country_codes(seized[0]["actors"]) == {"UGA"}


def test_a_stance_told_in_a_relative_clause_on_its_state_is_reported(extractor):
    for text, doer in (
        (
            "BONN, June 12 - France, which had denounced the expulsions, said on Monday it "
            "would send an envoy to Prague.",
            "FRA",
        ),
        ("TOKYO, June 12 - Japan, which condemned the raid, asked for talks.", "JPN"),
    ):
        found = events_of_type(extract_events(extractor, text), "accusation")
        assert found and country_codes(found[0]["actors"]) == {doer}, text
    # a stance still held is no act
    text = (
        "PEKING, June 12 - China, which has long opposed any official contact with Taiwan, "
        "lodged a protest with Prague on Friday."
    )
    assert not events_of_type(extract_events(extractor, text), "rejection")
    # a relative clause on no state stays background
    text = "TOKYO, June 12 - The newspaper, which condemned the raid, was closed by police."
    assert not events_of_type(extract_events(extractor, text), "accusation")


def test_forces_sent_to_a_place_told_in_a_where_clause_are_a_deployment(extractor):
    for text, doer in (
        (
            "NAIROBI, Aug 22 - Thousands have fled into Kenya from Uganda's north, where the "
            "Ugandan army was sent to crush a rebellion.",
            "UGA",
        ),
        (
            "ISLAMABAD, Aug 22 - Refugees reached Peshawar from Kunar province, where Soviet "
            "troops were sent last month.",
            "RUS",
        ),
    ):
        found = events_of_type(extract_events(extractor, text), "deployment")
        assert found and doer in country_codes(found[0]["actors"]), text


def test_a_leader_written_with_another_spelling_of_his_given_name_is_known(extractor):
    text = "NAIROBI, June 2 - President Mohamed Siad Barre accused Ethiopia of arming the rebels."
    found = events_of_type(extract_events(extractor, text, "1988-06-02T12:00:00Z"), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"SOM"}
    assert "ETH" in country_codes(found[0]["targets"])


def test_a_visit_planned_for_a_date_after_its_parties_keeps_the_date(extractor):
    text = (
        "OTTAWA, June 12 - Canada froze its aid to Burma and called off a visit to Rangoon by a "
        "trade minister planned for next month."
    )
    events = extract_events(extractor, text, "1988-06-12T12:00:00Z")
    frozen = [e for e in events if e["trigger"].startswith("froze")]
    assert frozen, events
    # no date of its own: the publication day stands for it, never next month's visit's
    date = frozen[0]["date"]
    assert (date["value"], date["basis"], date["status"]) == (None, "publication", "past")


def test_own_wire17_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire17")
    assert summary["recall"] >= 0.80
    assert summary["precision"] >= 0.74
