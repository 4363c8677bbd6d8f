"""False events of unannotated wire news by class, a twenty-fourth study, on sentences written
for the test: a state's dealings with a committee or agent standing for its commercial
creditors, debtors side by side dealing with their banks, a relation noun whose modifier names
the other side ('U.S. trading partners') and agreeing with a view of what happened."""

from __future__ import annotations

import pytest
from event_helpers import (
    assert_no_act_of_class,
    country_codes,
    events_of_type,
    extract_events,
)

PUBLISHED = "1987-04-08T12:00:00Z"

# (event types none of the texts may give, the texts, a text of the real act that still gives one)
NO_ACT_CASES = {
    "dealings with a body standing for creditors": (
        ("meeting", "agreement"),
        (
            "Ecuador is now negotiating fresh terms with the steering committee for its creditor"
            " banks, finance ministry officials said.",
            "Zaire will open talks with a representative for its noteholders next month.",
        ),
        "Ecuador is now negotiating fresh terms with Peru, finance ministry officials said.",
    ),
    "debtors side by side with their banks": (
        ("agreement",),
        (
            "Mexico and Uruguay have reached agreements with commercial banks to stretch out"
            " their debt repayments.",
        ),
        "Mexico and Uruguay have reached agreements with Spain to stretch out their debt"
        " repayments.",
    ),
    "agreeing with a view of what happened": (
        ("agreement",),
        (
            "The West German finance minister said he agreed that the mark had not risen"
            " enough against the dollar.",
        ),
        "West Germany and France agreed to hold joint naval exercises in May.",
    ),
}


@pytest.mark.parametrize("case", sorted(NO_ACT_CASES))
def test_no_act_of_the_class_is_told(extractor, case):
    assert_no_act_of_class(extractor, *NO_ACT_CASES[case])


# (the text, the type of its act, a country that is no doer, a country that is no target)
OTHER_SIDE_CASES = {
    "a country's partners are not the country": (
        "At the Tokyo summit, West Germany's trading partners urged Bonn to cut its interest"
        " rates.",
        "appeal",
        "DEU",
        None,
    ),
    "the partners addressed are not the country": (
        "France urged Britain's partners in the Community to back the farm reform.",
        "appeal",
        None,
        "GBR",
    ),
}


@pytest.mark.parametrize("case", sorted(OTHER_SIDE_CASES))
def test_a_relation_noun_is_not_the_country_before_it(extractor, case):
    text, etype, no_doer, no_target = OTHER_SIDE_CASES[case]
    found = events_of_type(extract_events(extractor, text, PUBLISHED), etype)
    assert found
    assert all(no_doer not in country_codes(e["actors"]) for e in found)
    assert all(no_target not in country_codes(e["targets"]) for e in found)
