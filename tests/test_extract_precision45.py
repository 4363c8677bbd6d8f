"""False events of unannotated wire news by class, a twenty-first study, on sentences written
for the test: labour strikes in a story of a labour dispute, a leader meeting his own staff,
idioms and market senses of words of force and demand, laws that 'threaten', a currency's
adjective read as a party, the party an appeal asks and whom it asks it to act on, acts asked
for in a noun of asking, sanctions recommended, acts to come in a 'when' clause, a preposition
read as a word of expecting, a visit named again by a noun, the grounds of an arrest and a
state defending its own rights."""

from __future__ import annotations

import pytest
from event_helpers import (
    assert_no_act_of_class,
    assert_none_of,
    country_codes,
    events_of_type,
    extract_events,
    one_act,
)

PUBLISHED = "1987-05-12T12:00:00Z"

# (event types none of the texts may give, the texts, a text of the real act that still gives one)
NO_ACT_CASES = {
    "a strike in a story of a labour dispute": (
        ("attack",),
        (
            "HAMBURG, May 12 - Dock workers at the port of Hamburg will go on strike next week"
            " unless the employers improve their pay offer, the union said.\n\n"
            '"We have not had a strike on the waterfront for ten years," a port official'
            " said.\n\nThe union has already staged a series of warning strikes at three"
            " terminals.",
            "The union has called a series of token strikes.",
        ),
        "Iraqi jets carried out a strike on the Iranian oil terminal at Kharg on Monday.",
    ),
    "a leader meeting his own staff": (
        ("meeting",),
        (
            "After meeting with his aides on Sunday, the president will announce his decision.",
            "The chancellor will decide on the plan after consulting with advisers this week.",
        ),
        "The Soviet foreign minister met with aides to President Reagan in Geneva on Monday.",
    ),
    "an idiom of pulling out": (
        ("withdrawal",),
        ('Canada will "pull out all the stops" to win the contract, the trade minister said.',),
        None,
    ),
    "funds mobilised": (
        ("deployment",),
        ("The finance minister said poor countries could not mobilise funds without reforms.",),
        "Iran mobilised 100,000 troops along the Iraqi border on Monday.",
    ),
    "the market's demand": (
        ("demand",),
        (
            "The plan would curb the country's demand for imports and cut the trade deficit.",
            "The government wants to depress demand and slow inflation.",
        ),
        None,
    ),
    "a law that threatens trade": (
        ("threat",),
        (
            "Australia says the new EC regulation, due to take effect in July, threatens to cut"
            " its beef sales to Europe by half.",
            "Exporters fear the bill threatens thousands of jobs.",
        ),
        "Iran threatened to close the Strait of Hormuz, the news agency said.",
    ),
    "an act asked for in a noun of asking": (
        ("sanction",),
        (
            "The pressure on the White House included a call by the House last month to impose"
            " duties on Brazilian shoes.",
            "There were new calls in parliament to impose sanctions on South Africa.",
        ),
        "The United States imposed duties on Brazilian shoes last month.",
    ),
    "a state defending its own rights": (
        ("support",),
        (
            "Brazil will do what it must to defend its trade rights under the GATT, the"
            " ambassador said.",
        ),
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(NO_ACT_CASES))
def test_no_act_of_the_class_is_told(extractor, case):
    assert_no_act_of_class(extractor, *NO_ACT_CASES[case])


def test_home_economic_policy_urged_is_no_appeal(extractor):
    assert_none_of(
        extractor, ("appeal",), "The ministry urged a lower dollar and encouraged flows of capital."
    )


def test_a_currency_adjective_names_no_party(extractor):
    text = "Delegates from the French franc zone called for more aid from Western governments."
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and all("FRA" not in country_codes(e["actors"]) for e in found)


def test_an_appeal_targets_the_party_asked_not_whom_it_is_asked_to_act_on(extractor):
    text = "Mexico asked the United States to exempt Colombia from the new coffee quotas."
    one_act(extractor, text, "appeal", PUBLISHED, {"MEX"}, {"USA"})
    text = "Japan urged Britain to lift its curbs on Japanese banks."
    one_act(extractor, text, "appeal", PUBLISHED, {"JPN"}, {"GBR"})


def test_sanctions_recommended_are_threatened(extractor):
    text = "A Senate panel voted to recommend trade sanctions against Brazil, aides said."
    found = extract_events(extractor, text)
    assert not events_of_type(found, "sanction")
    threats = events_of_type(found, "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"BRA"}


def test_acts_to_come_and_acts_done_keep_their_status(extractor):
    text = (
        "TOKYO, May 12 - The trade minister will present the package to U.S. officials when"
        " he visits Washington next week."
    )
    visit = one_act(extractor, text, "visit", PUBLISHED, {"JPN"}, {"USA"})
    assert visit["date"]["status"] == "planned"
    text = (  # 'about' as a preposition is no word of expecting
        "LONDON, May 12 - The yen's rise this week has raised questions about the worth of"
        " recent meetings of the Group of Seven."
    )
    talks = events_of_type(extract_events(extractor, text), "meeting")
    assert talks and all(e["date"]["status"] == "past" for e in talks)


def test_a_visit_named_again_by_a_noun_is_the_same_visit(extractor):
    text = (
        "SEOUL, May 12 - Foreign Minister Choi will visit Japan on May 20. Choi's visit is"
        " meant to prepare for a summit between the two leaders later this month."
    )
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert len(visits) == 1
    assert country_codes(visits[0]["targets"]) == {"JPN"}


def test_the_grounds_of_an_arrest_are_no_act_told(extractor):
    text = (
        "BONN, May 12 - Police arrested three businessmen on suspicion of selling weapons"
        " to Libya, a prosecutor said."
    )
    found = extract_events(extractor, text)
    assert not events_of_type(found, "arms_transfer")
    arrests = events_of_type(found, "coercion")
    assert arrests and all("LBY" not in country_codes(e["targets"]) for e in arrests)
