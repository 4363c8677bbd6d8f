"""False events of unannotated wire news by class, a twenty-sixth study, on sentences written
for the test: what a bill, amendment or accord asks or requires read as someone's act,
'undertaken' in the sense of carried out, doubts about a prospect read as disapproval, a
debtor's asks and talks for new loans from its banks, a warning noun whose clause foretells a
state, and old acts whose date sits on the noun they make or the war they happen in."""

from __future__ import annotations

import pytest
from event_helpers import assert_no_act_of_class, events_of_type, extract_events

PUBLISHED = "1987-06-18T12:00:00Z"

# (event types none of the texts may give, the texts, a text of the real act that still gives one)
NO_ACT_CASES = {
    "what a text asks or requires": (
        ("appeal", "meeting"),
        (
            "WASHINGTON, June 18 - The bill calls on the Secretary of State to open talks"
            " with Tokyo on its defence budget.",
            "WASHINGTON, June 18 - The Senate passed an amendment that would require the"
            " Secretary of State to enter into negotiations with South Korea on troop costs.",
            "PARIS, June 18 - The minister said the agreement, signed by the creditor"
            " governments last month, calls for rescheduling the debts of Zaire over 15 years.",
        ),
        "WASHINGTON, June 18 - Senators called on Japan to open talks on its defence budget.",
    ),
    "undertaken as carried out": (
        ("pledge",),
        (
            "NAIROBI, June 18 - Officials said a survey of the port will be undertaken with"
            " the help of the World Bank.",
            "Further measures can be undertaken to support the reforms, the official said.",
        ),
        "BAGHDAD, June 18 - The government has undertaken to release all Kuwaiti prisoners"
        " within a month, the envoy said.",
    ),
    "a doubt about a prospect": (
        ("accusation",),
        (
            "WASHINGTON, June 18 - The official expressed reservations that the debt plan"
            " would ever be accepted by the banks.",
            "The minister expressed deep misgivings that such a fund could work in Latin America.",
        ),
        "PARIS, June 18 - France expressed reservations about the American plan for Lebanon.",
    ),
    "asks and talks for new loans from banks": (
        ("meeting", "appeal"),
        (
            "BUENOS AIRES, June 18 - The plan has been put forward by Mexico in its current"
            " negotiations for a new loan of 3.5 billion dlrs.",
            "NEW YORK, June 18 - Bankers heard a presentation from Chile's finance minister on"
            " his country's request for 1.1 billion dlrs in new loans.",
        ),
        "AMMAN, June 18 - Jordan asked Saudi Arabia for a new loan of 200 mln dlrs.",
    ),
    "a warning that foretells a state": (
        ("threat",),
        (
            "FRANKFURT, June 18 - Dealers said Stoltenberg's remarks and Trade Representative"
            " Clayton Yeutter's warning that Washington and Bonn were on the verge of a serious"
            " farm dispute showed a split.",
            "FRANKFURT, June 18 - Trade Representative Clayton Yeutter's warning that"
            " Washington and Bonn were on the verge of a serious farm dispute unsettled"
            " dealers.",
        ),
        "KUWAIT, June 18 - Iran's warning that it would retaliate against any attack on its"
        " oil platforms alarmed Kuwait.",
    ),
}


@pytest.mark.parametrize("case", sorted(NO_ACT_CASES))
def test_no_act_of_the_class_is_told(extractor, case):
    assert_no_act_of_class(extractor, *NO_ACT_CASES[case])


def test_a_loan_asked_of_the_world_bank_stays(extractor):
    text = (
        "WASHINGTON, June 18 - Egypt held talks with the World Bank for a new loan of 300 mln"
        " dlrs, officials said."
    )
    assert events_of_type(extract_events(extractor, text, PUBLISHED), "meeting")


# (the text, the type of the act, the date it has)
DATED_CASES = {
    "a participle on the dated accord": (
        "NEW YORK, June 18 - The minister said the January 12 Geneva accords agreed by the"
        " Group of Five should serve as a model.",
        "agreement",
        "1987-01-12",
    ),
    "an act in the dated war": (
        "The West Bank, held by Jordan before, was captured by Israel in the 1967 Middle East war.",
        "occupation",
        "1967",
    ),
}


def _dates(extractor, text: str, etype: str) -> set[str | None]:
    """The date values of the events of ``etype`` the text gives."""
    return {
        e["date"]["value"]
        for e in events_of_type(extract_events(extractor, text, PUBLISHED), etype)
    }


@pytest.mark.parametrize("case", sorted(DATED_CASES))
def test_the_old_act_keeps_its_date(extractor, case):
    text, etype, value = DATED_CASES[case]
    assert _dates(extractor, text, etype) == {value}, text


def test_an_accord_renewed_is_not_dated_by_its_year(extractor):
    text = "TEL AVIV, June 18 - Both sides renewed the 1994 accord on Monday."
    assert "1994" not in _dates(extractor, text, "agreement")


def test_a_doubt_about_a_prospect_is_a_pessimistic_comment(extractor):
    text = (
        "WASHINGTON, June 18 - The official expressed reservations that the debt plan for"
        " Peru would ever be accepted by the banks."
    )
    found = extract_events(extractor, text, PUBLISHED)
    assert all(e["type"] != "accusation" for e in found)
    assert all(e["cameo"] == "012" for e in events_of_type(found, "statement"))
