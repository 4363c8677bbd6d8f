"""Classes of the twenty-first BBC tuning set (politics texts, ``benchmarks/data/bbc_tune21``)
and the earlier politics sets: a sum granted in the passive to the one given it; a detainee freed
from jail by the state he was held in; a word act joined to the clause a speaker reports, done on
the clause subject's own side; an act efforts are under way to do; deals sought in the passive
for the party they let act; a coercion of people of no party that someone argues should be done;
a country defended against a danger. Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import country_codes, events_of_type, extract_events

PUB = "2005-02-01T12:00:00Z"

# (text, type, doers' countries or None, targets' countries or None) of the one event of
# that type the text gives
FOUND = [
    # a sum granted in the passive goes to its subject, or to the subject of the verb before
    ("Britain was granted pounds 349m by the European Union.", "aid", None, {"GBR"}),
    ("Kenya was given 5m dollars by Japan.", "aid", {"JPN"}, {"KEN"}),
    ("Iran asked for more aid but in the end was granted pounds 5m.", "aid", None, {"IRN"}),
    # a suspect held in a country, freed from jail, is freed by that country
    (
        "Controversy continues after a foreign terror suspect held in the UK without trial "
        "since December 2001 was freed from jail.",
        "concession",
        {"GBR"},
        None,
    ),
    ("Two Britons held in Iran were released on Monday.", "concession", {"IRN"}, None),
    # a word act joined to a reported clause, on the clause subject's own side: the speaker's
    (
        "British Chancellor Gordon Brown said America too needed to take more action but "
        "defended President George Bush for guaranteeing resources to poor countries.",
        "support",
        {"GBR"},
        {"USA"},
    ),
    # ... the clause's subject acting on another state keeps the act as it was
    (
        "The French minister said America must do more but criticised China.",
        "accusation",
        {"FRA"},
        {"CHN"},
    ),
    # an act efforts are under way to do: the speaker's side does it, no threat
    (
        "The British home secretary said efforts would continue to deport them to Algeria.",
        "coercion",
        {"GBR"},
        {"DZA"},
    ),
    ("Britain will deport the men to Algeria.", "threat", {"GBR"}, {"DZA"}),  # a vow stays
    # deals sought in the passive: talks of the party they let act
    (
        "Deals are being sought to allow the UK to deport terror suspects to their home "
        "countries without risk of them being tortured.",
        "meeting",
        {"GBR"},
        None,
    ),
    # a coercion argued for, of a party's nationals named, stays
    ("Iran said the British sailors should be detained.", "coercion", {"IRN"}, {"GBR"}),
    # defended against criticism is still support
    ("France defended Germany against US criticism.", "support", {"FRA"}, None),
]

# (text, type) the text gives no event of
NONE = [
    # the deals' content is no deportation
    (
        "Deals are being sought to allow the UK to deport terror suspects to their home "
        "countries without risk of them being tortured.",
        "coercion",
    ),
    ("The British home secretary said efforts would continue to deport them.", "threat"),
    # a party's dealings in the active are no talks
    (
        "Iran has been pursuing a series of deals, rewarding gas buyers with participation "
        "in the development of its oil fields.",
        "meeting",
    ),
    # a coercion of people of no party that someone argues should be done: a view of policy
    (
        "The British opposition leader Michael Howard said he would not back the plans. He "
        "argued that people accused of terrorist offences should be brought to trial and be "
        "held in prison while they await trial.",
        "coercion",
    ),
    # a country defended against a danger: protection, no support
    (
        "The foreign secretary insisted it was for Parliament, and not judges, to decide how "
        "best Britain could be defended against the threat of terrorism.",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "etype", "doers", "done_to"), FOUND)
def test_the_one_event_and_its_sides(extractor, text, etype, doers, done_to):
    (found,) = events_of_type(extract_events(extractor, text, PUB), etype)
    if doers is not None:
        assert country_codes(found["actors"]) == doers
    if done_to is not None:
        assert country_codes(found["targets"]) == done_to


@pytest.mark.parametrize(("text", "etype"), NONE)
def test_no_event_of_the_type(extractor, text, etype):
    assert events_of_type(extract_events(extractor, text, PUB), etype) == []
