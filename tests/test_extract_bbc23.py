"""Classes of the twenty-third BBC tuning set (politics texts, ``benchmarks/data/bbc_tune23``)
and the earlier politics sets: a country named only as what a row is about ('attacked the
government over Iraq') owns no bare office; ships or planes helping, or sent to help, a relief
effort give aid; bare 'ministers' given a sum are the story's state; a claim told before 'he
insisted' is no demand; an MP standing down at an election yields nothing; a person agreeing,
or asked, to take a post makes no deal and hears no request. Sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import country_codes, no_act, only_event

PUB = "2005-02-01T12:00:00Z"

# (text, type, doers' countries or None, targets' countries or None) of the one event of
# that type the text gives
FOUND = [
    # a country named only after 'over' is what the row is about: the bare government later
    # in the text is the home state's
    (
        "Duncan Bannatyne also attacked the government over Iraq and its poor response to the "
        "Asian tsunami crisis. British Navy ships are in the region and the prime minister has "
        "said the government could ultimately give hundreds of millions of pounds in aid.",
        "aid",
        {"GBR"},
        None,
    ),
    # ships helping a relief effort, planes sent to help one: aid
    ("British Navy ships have helped the relief effort.", "aid", {"GBR"}, None),
    ("French troops are helping the relief effort in Indonesia.", "aid", {"FRA"}, None),
    ("Germany has sent planes to help the relief effort.", "aid", {"DEU"}, None),
    # bare 'Ministers' of a UK story given a sum in the passive: the UK is given it
    (
        "The agriculture department Defra was criticised by the National Audit Office over the "
        "foot and mouth crisis, which cost the UK up to pounds 8bn.\n\nMinisters had hoped to "
        "get pounds 900m from the European Union Vet Fund but in the end were granted pounds "
        "349m.",
        "aid",
        None,
        {"GBR"},
    ),
    # a state taking on a role keeps its agreement
    (
        "Iran agreed to take on the role of mediator between Iraq and Syria.",
        "agreement",
        None,
        None,
    ),
    # troops sent to help a war effort stay a deployment
    ("Iran sent troops to help the war effort in Syria.", "deployment", {"IRN"}, None),
]

# (text, type) the text gives no event of
NONE = [
    # a claim told before 'he insisted': words, no demand
    (
        "The British attorney general, Lord Goldsmith, spoke in the Lords on Monday.\n\n"
        "Claims a written answer on the legality of the war was drafted by Downing Street were "
        '"wholly unfounded," he insisted during stormy Lords exchanges.',
        "demand",
    ),
    # an MP standing down at an election: a term's end, no pledge
    (
        "Paul Boateng, the British Chief Secretary to the Treasury, is to step down as a Labour "
        "MP at the forthcoming general election.",
        "pledge",
    ),
    # a person agreeing, or asked, to take a post: an appointment
    (
        "Paul Boateng is to become the UK's high commissioner to South Africa. Prime Minister "
        'Tony Blair said: "I am delighted that he has agreed to continue that service to the '
        'people of Britain."',
        "agreement",
    ),
    (
        'Paul Boateng, the British envoy, said: "I am honoured to be asked to take on this '
        "role, especially as it comes at such an integral time for our relationship with South "
        'Africa."',
        "appeal",
    ),
    ("Germany has sent planes to help the relief effort.", "arms_transfer"),
]


@pytest.mark.parametrize(("text", "etype", "doers", "done_to"), FOUND)
def test_the_act_and_its_sides(extractor, text, etype, doers, done_to):
    event = only_event(extractor, text, etype, PUB)
    if doers is not None:
        assert country_codes(event["actors"]) == doers
    if done_to is not None:
        assert country_codes(event["targets"]) == done_to


@pytest.mark.parametrize(("text", "etype"), NONE)
def test_no_act_of_the_type(extractor, text, etype):
    no_act(extractor, text, etype, PUB)
