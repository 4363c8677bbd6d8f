"""Classes of the twenty-fourth BBC tuning set (politics texts, ``benchmarks/data/bbc_tune24``):
a bare office beside its own state's body ('drafted by Downing Street officials') is that
state's; a peer ('Lord Callaghan') is British; a surname read as a plural keeps the title of its
apposition ('Quentin Davies, the MP for Grantham'); an MP with no country and no dateline is
British; 'for him to fly' is not the payer; 'who' after a place name stands for the people
before it, not the place's government, so a later bare 'the government' of a UK story is not
that place's; an inquiry into how a mishap came about accuses no one; wanting a state to be
prosperous asks no act. Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import country_codes, events_of_type, extract_events, no_act, only_event

PUB = "2005-02-01T12:00:00Z"

# (text, type, doers' countries, targets' countries or None) of the one event of that type
FOUND = [
    # a bare office whose sentence names its own state only by a body of that state's
    (
        "The attorney general has denied that his answer to MPs on the legality of the war "
        "was written by Downing Street officials.",
        "rejection",
        {"GBR"},
        None,
    ),
    # a peer named with no country
    (
        "In the winter of 1978, Lord Callaghan refused to hold an early election, Labour "
        "sources said.",
        "rejection",
        {"GBR"},
        None,
    ),
    (
        "Lord Callaghan once travelled to Uganda to plead for the life of a lecturer.",
        "visit",
        {"GBR"},
        {"UGA"},
    ),
    # a surname the tagger reads as a plural, titled by its apposition
    (
        "Quentin Davies, the MP for Grantham, has criticised the government of Sudan.",
        "accusation",
        {"GBR"},
        {"SDN"},
    ),
    # an MP with no country and no dateline: a British one
    (
        "The MP for Grantham has accused Sudan of arming the militias in Darfur.",
        "accusation",
        {"GBR"},
        {"SDN"},
    ),
    # 'who' after a place is the people before it: the bare government later is the UK's
    (
        "The Home Office said the checks were a response to passengers travelling from Prague "
        "who were later found to be ineligible for entry to the UK. A refugee charity said: "
        '"It is hugely troubling that the government sought to deny entry to such a vulnerable '
        'group."',
        "threat",
        {"GBR"},
        None,
    ),
    # 'for him to visit': not the payer
    (
        "Tony Blair's entry confirms that King Abdullah paid for him to visit Egypt.",
        "visit",
        {"GBR"},
        {"EGY"},
    ),
]


@pytest.mark.parametrize(("text", "etype", "doers", "done_to"), FOUND)
def test_bbc24_classes_found(extractor, text, etype, doers, done_to):
    event = only_event(extractor, text, etype, PUB)
    assert country_codes(event["actors"]) == doers
    if done_to is not None:
        assert country_codes(event["targets"]) == done_to


def test_a_mostly_british_office_keeps_the_country_its_noun_had(extractor):
    """'A Kenyan MP … The MP said he would visit': Kenya's MP, not Britain's (an office
    only mostly one state's yields to the country the same noun was given)."""
    events = extract_events(
        extractor,
        "A Kenyan MP has accused Sudan of arming the militias. The MP said he would visit "
        "Khartoum.",
        PUB,
    )
    visits = events_of_type(events, "visit")
    assert visits and all(country_codes(e["actors"]) == {"KEN"} for e in visits)


# (text, type) the text gives no event of
NONE = [
    # an inquiry into how a mishap came about
    (
        "Gen Musharraf held talks with Tony Blair on Monday. The police are investigating the "
        "circumstances surrounding the loss of the documents, a spokesman said.",
        "accusation",
    ),
    # wanting a state to be something: a wish, no appeal
    (
        "Patriots wanted the UK to be prosperous at home and strong and influential abroad, "
        "the foreign secretary said.",
        "appeal",
    ),
]


@pytest.mark.parametrize(("text", "etype"), NONE)
def test_bbc24_classes_give_no_event(extractor, text, etype):
    no_act(extractor, text, etype, PUB)


def test_wanting_an_act_of_a_state_stays_an_appeal(extractor):
    event = only_event(
        extractor,
        "The foreign secretary said Britain wanted Iran to halt enrichment.",
        "appeal",
        PUB,
    )
    assert country_codes(event["targets"]) == {"IRN"}
