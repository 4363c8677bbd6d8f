"""False events of unannotated wire news by class, a twenty-third study, on sentences written for
the test: a news conference, market talk of a thing, the provisions of a law, a sum of sanctions
being lifted, blame a party faces, a trader's request, a state's words to itself and the date of
another occasion."""

from __future__ import annotations

import pytest
from event_helpers import (
    assert_no_act_of_class,
    country_codes,
    events_of_type,
    extract_events,
)

PUBLISHED = "1987-03-18T12:00:00Z"

# (event types none of the texts may give, the texts, a text of the real act that still gives one)
NO_ACT_CASES = {
    "a news conference": (
        ("meeting",),
        (
            "Chancellor Kohl will hold a televised press conference in Bonn on Friday, his"
            " spokesman said.",
            "Prime Minister Hawke held a news conference in Canberra on Monday.",
        ),
        "Chancellor Kohl will hold talks with President Mitterrand in Paris on Friday.",
    ),
    "market talk of a thing": (
        ("meeting",),
        (
            "LONDON, March 18 - Sterling firmed as yesterday's talk of lower U.K. interest rates"
            " fizzled out, dealers said.",
        ),
        "West Germany held talks with France on farm prices in Bonn on Monday.",
    ),
    "the provisions of a law": (
        ("aid",),
        (
            "The Australian cabinet decided to rush provisions of the Banking Act into force"
            " after the row with Tokyo.",
        ),
        "Australia rushed food to the cyclone victims of Fiji on Monday.",
    ),
    "a sum of sanctions lifted": (
        ("sanction",),
        (
            "Washington may lift a further 60 mln dlrs in sanctions against Brazil next month,"
            " officials said.",
            "The Reagan administration lifted 25 mln dlrs in sanctions against Brazil last week.",
        ),
        "Washington imposed 100 mln dlrs in sanctions on Brazilian goods last month.",
    ),
    "blame a party faces": (
        ("accusation",),
        (
            "The Australian treasurer has come in for sharp criticism over his handling of the"
            " budget.",
            "The Italian foreign minister faced a storm of criticism on his return from Libya.",
        ),
        "Egypt sharply criticised Israel on Monday for the raid on Tunis.",
    ),
    "a trader's request": (
        ("appeal",),
        (
            "A private Canadian grain trader visited Peking last month asking China to buy"
            " 300,000 tonnes of wheat.",
        ),
        "Canada asked China last month to buy 300,000 tonnes of wheat.",
    ),
}


@pytest.mark.parametrize("case", sorted(NO_ACT_CASES))
def test_no_act_of_the_class_is_told(extractor, case):
    assert_no_act_of_class(extractor, *NO_ACT_CASES[case])


# (the text, the type of its act, a country that is none of the act's targets)
NOT_A_TARGET_CASES = {
    "a state asks nothing of itself": (
        "Both the Community and the United States should show restraint in the farm dispute,"
        " the U.S. ambassador to the EC said.",
        "appeal",
        "USA",
    ),
    "a state promises nothing to itself": (
        "TOKYO, March 18 - Six U.S. senators asked Prime Minister Yasuhiro Nakasone to open"
        " Japanese financial markets.\n\n"
        '"But I promise to make Tokyo\'s markets as open as those of London," he told the'
        " senators.",
        "pledge",
        "JPN",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_A_TARGET_CASES))
def test_the_act_is_not_aimed_at(extractor, case):
    text, etype, country = NOT_A_TARGET_CASES[case]
    found = events_of_type(extract_events(extractor, text, PUBLISHED), etype)
    assert found
    assert all(country not in country_codes(e["targets"]) for e in found)


def test_the_date_of_another_occasion_is_not_the_acts(extractor):
    text = (
        "TOKYO, March 18 - Prime Minister Nakasone hopes to meet President Reagan to prepare"
        " for the economic summit of the seven industrial democracies in June, officials said."
    )
    meetings = [
        e
        for e in events_of_type(extract_events(extractor, text, PUBLISHED), "meeting")
        if "USA" in country_codes(e["targets"])
    ]
    assert meetings
    assert all(e["date"]["value"] != "1987-06" for e in meetings)
