"""Classes of the thirty-third own-wire study (ten whole articles written in 2013-2020 Reuters
and AP wire style on world diplomacy and conflict of 2014-2020, ``benchmarks/data/own_wire33.*``):
a thing of nature before a name is a given name ('Ash Carter'), not a storm's title; a
participle the parser hangs on a verb as a preposition lends it no particle ('called the
decision "unjustified" and based on false claims'); 'illegal', 'unjustified', 'unacceptable' and
the like as condemning labels; calling one's counterpart; brokering talks; withdrawing a trade
status; moving or taking forces out of a country; a boycott of a country; expelling a state's
forces from an alliance; supporting talks; sending forces to a base; 'the
kingdom' as the state its speaker is of; a toll on the verb of a named fight; a past act or an
appeal the parser joins to a reported clause as the speaker's; square kilometres taken; and
the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, no_act, one_act

PUB = "2016-10-17T12:00:00Z"


def _act(extractor, text: str, etype: str, *parties: set[str]) -> dict:
    """The one event of ``etype`` in ``text``, its doers' (and targets') states checked."""
    return one_act(extractor, text, etype, PUB, *parties)


def _none(extractor, text: str, etype: str) -> None:
    """``text`` gives no event of ``etype``."""
    no_act(extractor, text, etype, PUB)


def test_a_thing_of_nature_before_a_name_is_a_given_name(extractor):
    text = "U.S. Defense Secretary Ash Carter accused Moscow of pouring gasoline on the fire."
    _act(extractor, text, "accusation", {"USA"}, {"RUS"})


def test_a_participle_hung_as_a_preposition_is_no_particle(extractor):
    text = (
        'Qatar\'s Foreign Ministry called the decision "unjustified" and based on "false '
        'claims and allegations," saying it aimed to put the country under guardianship.'
    )
    _act(extractor, text, "accusation", {"QAT"})
    _none(extractor, text, "appeal")


def test_illegal_and_unacceptable_are_condemning_labels(extractor):
    _act(extractor, "Ukraine called the referendum illegal on Monday.", "accusation", {"UKR"})
    text = 'Russia called the new U.S. sanctions "unacceptable" on Monday.'
    _act(extractor, text, "accusation", {"RUS"}, {"USA"})


def test_calling_a_counterpart_is_a_call(extractor):
    text = "Pakistan's foreign minister called his Chinese counterpart on Tuesday."
    _act(extractor, text, "call", {"PAK"}, {"CHN"})
    # calling him a name is no telephone call
    _none(extractor, "The minister called his counterpart a liar on Tuesday.", "call")


def test_brokering_talks_is_mediation(extractor):
    text = "Germany brokered the talks in Minsk on Thursday."
    _act(extractor, text, "mediation", {"DEU"})


def test_withdrawing_a_trade_status_is_a_sanction(extractor):
    text = "India withdrew Pakistan's most-favoured-nation trade status on Friday."
    _act(extractor, text, "sanction", {"IND"}, {"PAK"})
    _none(extractor, text, "withdrawal")


def test_moving_forces_out_of_a_country_is_a_withdrawal(extractor):
    _act(extractor, "Denmark moved its troops out of Iraq on Monday.", "withdrawal", {"DNK"})
    _none(extractor, "Denmark moved its troops out of Iraq on Monday.", "deployment")


def test_a_boycott_of_a_country_is_a_sanction(extractor):
    text = "Yemen and the Maldives joined the boycott of Qatar on Monday."
    _act(extractor, text, "sanction", {"YEM", "MDV"}, {"QAT"})
    _none(extractor, text, "protest")


def test_expelling_a_states_forces_from_an_alliance_is_a_sanction(extractor):
    text = "Saudi Arabia said it was expelling Qatar's troops from the alliance."
    _act(extractor, text, "sanction", {"SAU"}, {"QAT"})
    _none(extractor, text, "attack")


def test_supporting_talks_is_support_not_a_meeting(extractor):
    text = "China's foreign minister said Beijing supported the talks."
    _act(extractor, text, "support", {"CHN"})
    _none(extractor, text, "meeting")


def test_sending_forces_to_a_base_is_a_deployment(extractor):
    text = "Russia has sent 28 combat aircraft and several hundred marines to an air base."
    _act(extractor, text, "deployment", {"RUS"})
    _none(extractor, text, "cooperation")


def test_the_kingdom_is_the_state_its_speaker_is_of(extractor):
    text = "The Saudi news agency SPA said the kingdom was closing its land border with Qatar."
    _act(extractor, text, "sanction", {"SAU"}, {"QAT"})


def test_a_toll_on_the_verb_of_a_named_fight_is_no_attack_of_its_own(extractor):
    text = "Heavy fighting broke out between Azerbaijan and Armenia on Sunday, killing 23 people."
    _act(extractor, text, "clash", {"AZE", "ARM"})
    _none(extractor, text, "attack")
    # a weapon names no act the toll could join: the killing is the attack told
    text = "Ten days after a bomb wrecked a discotheque in Berlin, killing two American soldiers."
    assert events_of_type(extract_events(extractor, text, PUB), "attack")


def test_an_act_the_parser_joins_to_a_reported_clause_is_the_speakers(extractor):
    for text, etype, done_to in (
        # a past act joined to a report in the present
        (
            'The U.S. president said on Wednesday Iran "appears to be standing down" and '
            "announced new economic sanctions on Tehran.",
            "sanction",
            {"IRN"},
        ),
        # an appeal joined to a reported passive whose subject is a thing
        (
            "The U.S. president said on Friday the evidence indicated the plane was hit by a "
            "missile and urged Moscow to allow investigators full access to the site.",
            "appeal",
            {"RUS"},
        ),
    ):
        _act(extractor, text, etype, {"USA"}, done_to)


def test_square_kilometres_taken_are_an_occupation(extractor):
    text = "Kurdish forces retook about 200 square km east of Mosul on Monday."
    _act(extractor, text, "occupation", {"IRQ"})


def test_own_wire33_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire33")
    assert summary["recall"] >= 0.83
    assert summary["precision"] >= 0.72
    assert summary["dates"] >= 0.90
