"""Classes of the BBC politics tuning texts (``bbc_tune21``, ``bbc_tune23`` and the earlier
politics sets): a coercion a state plans is the coercion, planned; a claim
someone insists on is no demand; an event whose own time has no year keeps no date from
another clause; help given to a relief effort is aid; a signed deal to remove people is the
deal; dealings to send people abroad are no politics at home. Sentences written for the
test."""

from __future__ import annotations

import pytest
from event_helpers import events_of_type, extract_events, no_act, one_act

PUB = "2005-02-01T12:00:00Z"

# (text, type, doers' countries or None, targets' countries or None) of the one event of
# that type the text gives
FOUND = [
    # a coercion under a word of plan: the coercion, planned, no threat
    (
        "The UK government is planning to return asylum seeker children without parents to "
        "Albania.",
        "coercion",
        {"GBR"},
        {"ALB"},
    ),
    ("Zimbabwe plans to seize 12,900 acres from the farm.", "coercion", {"ZWE"}, None),
    ("Britain will deport the men to Algeria.", "threat", {"GBR"}, {"DZA"}),  # a vow stays
    # insisting on an act, or words that ask for one, stays a demand
    (
        "The Iranian foreign minister insisted on a withdrawal of US troops.",
        "demand",
        {"IRN"},
        None,
    ),
    (
        '"US troops must leave Iraq," the Iranian foreign minister insisted.',
        "demand",
        {"IRN"},
        None,
    ),
    # help given to a relief effort is aid
    ("British Navy ships have helped the relief effort.", "aid", {"GBR"}, None),
    ("US troops are helping the relief effort in Aceh.", "aid", {"USA"}, None),
    # a signed deal whose content is a removal of people: the deal
    ("Britain has signed a deal with Algeria to deport the men.", "agreement", {"GBR"}, {"DZA"}),
    ("Britain has signed an accord with Libya to extradite suspects.", "agreement", {"GBR"}, None),
    ("Britain agreed to deport the men to Algeria.", "threat", {"GBR"}, {"DZA"}),  # a vow
    # talks to send people abroad, in an article that names no state beside: no home politics
    (
        "Deals are being sought to allow the UK to deport terror suspects to their home "
        "countries without risk of them being tortured or sentenced to death. Home Secretary "
        "Charles Clarke told the Times he hoped agreement with several countries could be "
        "reached. The move follows a Law Lords judgement that the detention of 12 men at "
        "Belmarsh prison was unlawful. The 12 affected by the ruling are from Algeria, "
        "Tunisia, Egypt and Jordan.",
        "meeting",
        {"GBR"},
        None,
    ),
]

# (text, type) the text gives no event of
NONE = [
    ("The UK government is planning to return asylum seeker children to Albania.", "threat"),
    ("Britain has signed a deal with Algeria to deport the men.", "threat"),
    # a claim insisted on, told after the words or with a day's 'on', is no demand
    (
        'Reports that Iran was building a bomb were "wholly unfounded," the Iranian foreign '
        "minister insisted on Monday.",
        "demand",
    ),
    ("The Iranian foreign minister insisted on Monday that the reports were unfounded.", "demand"),
]


@pytest.mark.parametrize(("text", "etype", "doers", "done_to"), FOUND)
def test_the_one_event_and_its_sides(extractor, text, etype, doers, done_to):
    one_act(extractor, text, etype, PUB, doers, done_to)


@pytest.mark.parametrize(("text", "etype"), NONE)
def test_no_event_of_the_type(extractor, text, etype):
    no_act(extractor, text, etype, PUB)


TREATY = (
    "The treaty was signed by France and Germany in Rome last October and is due to come "
    "into force in November 2006."
)


def test_an_own_time_of_no_year_keeps_the_event_undated(extractor):
    """With no publication date 'last October' dates nothing; November 2006 is the other
    clause's, not the signing's."""
    (found,) = events_of_type(extract_events(extractor, TREATY, None), "agreement")
    assert found["date"]["value"] is None


def test_an_own_time_resolved_by_the_publication_date_still_dates_it(extractor):
    (found,) = events_of_type(extract_events(extractor, TREATY, PUB), "agreement")
    assert found["date"]["value"] == "2004-10"
