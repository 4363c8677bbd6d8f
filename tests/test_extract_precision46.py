"""False events of unannotated wire news by class, a twenty-second study, on sentences written
for the test: a debtor's asks of its commercial creditors, money reserves 'at present', a
state's 'march' toward a policy, a passive 'met by' a thing, speaking to an audience, a
measure's easing, ills one is 'threatened with', 'killing the messenger', a person's verbal
'blast', week-long labour strikes, a market's mood, one state's people sitting together and a
day still to come."""

from __future__ import annotations

import pytest
from event_helpers import (
    assert_no_act_of_class,
    country_codes,
    events_of_type,
    extract_events,
    one_act,
)

PUBLISHED = "1987-04-11T12:00:00Z"

# (event types none of the texts may give, the texts, a text of the real act that still gives one)
NO_ACT_CASES = {
    "a debtor's asks of its commercial creditors": (
        ("appeal", "demand", "meeting"),
        (
            "Lima's creditor banks were split on the country's request for rescheduling its"
            " foreign debt, the central bank chief said.",
            "Quito is sticking to its demand of a spread of 3/4 percentage points over LIBOR"
            " for refinancing its debt.",
            "Financing talks with Peru are proving slow because Lima objects to the banks' terms.",
        ),
        "Poland asked the Paris Club on Monday for a rescheduling of its official debt.",
    ),
    "money reserves at present": (
        ("deployment",),
        ("Bankers say Ecuador's reserves are inadequate at present for two months of imports.",),
        "Iraqi troops are at the border with Kuwait.",
    ),
    "a state's march toward a policy": (
        ("protest",),
        ("Japan's steady march toward lower interest rates has worried currency dealers.",),
        "Thousands of students joined a march through Seoul on Monday.",
    ),
    "a passive 'met' by a thing": (
        ("meeting",),
        (
            "Brazil's efforts to service its debt should be met by lower interest rates, the"
            " minister said.",
            "The Syrian plan was met with scepticism in Washington.",
        ),
        "The Soviet delegation was met by Shultz at the airport on Monday.",
    ),
    "speaking to an audience": (
        ("call",),
        (
            "Speaking to the Foreign Correspondents Club of Japan, the U.S. trade envoy said"
            " tensions had grown.",
            "Speaking to a luncheon of businessmen, Shultz said the talks would resume.",
        ),
        "Shultz spoke to Shevardnadze by telephone on Monday.",
    ),
    "a measure eased": (
        ("sanction",),
        (
            "Seoul introduced a sweeping tariff cut on 600 imported goods last month.",
            "Taipei announced tariff reductions on U.S. farm goods.",
        ),
        "Washington announced tariff increases on European pasta last week.",
    ),
    "ills one is threatened with": (
        ("threat",),
        (
            "Portugal is threatened with massive imports of cheap grain this year, officials said.",
            "Many of the mills are threatened with closure.",
        ),
        "Pakistan was threatened with sanctions last week.",
    ),
    "week-long labour strikes": (
        ("attack",),
        (
            "Dock unions said they had launched week-long strikes and other industrial action at"
            " the ports to protest against the new pay law.",
        ),
        "Israeli jets carried out day-long strikes on Palestinian camps near Sidon on Monday.",
    ),
    "a market's mood": (
        ("statement",),
        (
            "The market is broadly sceptical about the outcome of the Group of Five meeting in"
            " Paris, dealers said.",
        ),
        "Japan is sceptical about the U.S. proposal, officials said.",
    ),
    "killing the messenger": (
        ("attack", "clash"),
        ("Blaming the minister for the figures is like killing the messenger, an economist said.",),
        "Gunmen killed a government messenger in Kabul on Monday.",
    ),
}


@pytest.mark.parametrize("case", sorted(NO_ACT_CASES))
def test_no_act_of_the_class_is_told(extractor, case):
    assert_no_act_of_class(extractor, *NO_ACT_CASES[case])


def test_a_persons_blast_is_words_a_bombs_is_a_blow(extractor):
    text = "Shultz's angry blast at Tokyo for its trade barriers surprised Japanese officials."
    found = extract_events(extractor, text)
    assert not events_of_type(found, "attack")
    one_act(extractor, text, "accusation", PUBLISHED, {"USA"}, {"JPN"})
    text = "Tuesday's blast at the U.S. embassy in Beirut killed 12 people."
    assert events_of_type(extract_events(extractor, text), "attack")


ENVOYS_RETURN = (
    "TOKYO, April 11 - Former Foreign Minister Abe made the proposal at a meeting with"
    " Prime Minister Nakasone soon after returning from a visit to the United States.\n\n"
    "Abe met President Reagan and congressional leaders during his visit.\n\n"
    "Nakasone will visit Washington later this month."
)


def test_one_states_people_sitting_together_are_at_home(extractor):
    meetings = events_of_type(extract_events(extractor, ENVOYS_RETURN, PUBLISHED), "meeting")
    assert meetings
    assert all(country_codes(e["targets"]) != {"JPN"} for e in meetings)
    assert any(country_codes(e["targets"]) == {"USA"} for e in meetings)


def test_a_day_after_the_story_is_still_to_come(extractor):
    text = (
        "TAIPEI, April 11 - Taiwan announced another round of tariff cuts shortly before"
        " trade talks with Washington.\n\n"
        "The delegation's leader, Vincent Siew, told reporters last night he was leaving"
        ' with "a heavy heart."\n\n'
        "Siew said the talks, starting on April 14, would cover U.S. calls for Taiwan to open"
        " its market."
    )
    talks = events_of_type(extract_events(extractor, text, PUBLISHED), "meeting")
    dated = [e for e in talks if e["date"]["value"] == "1987-04-14"]
    assert dated and all(e["date"]["status"] == "planned" for e in dated)


def test_later_today_is_still_to_come(extractor):
    story = (
        "TAIPEI, April 11 - The announcement came before the departure later today of a Taiwan"
        " delegation for a series of trade talks with U.S. officials in Washington."
    )
    talks = events_of_type(extract_events(extractor, story, PUBLISHED), "meeting")
    assert talks and all(e["date"]["status"] == "planned" for e in talks)
