"""Classes of the thirty-first own-wire study (ten whole articles written in 1987 Reuter
economic-desk style on states acting in trade and economic affairs of 1986-1987,
``benchmarks/data/own_wire31.*``): an official named by title alone in a sentence never
parsed is who a later 'he' stands for; an 'unfriendly act' is a condemning label; a warning
that a party could take a measure is a threat; a trade body's name is no state's party; curbs
on a flow of trade with a state are a sanction on that state; a measure said to be 'an attack
on' someone is a judgement, no blow; and the set's score floor. Sentences written for the
test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, one_act

PUB = "1987-06-05T12:00:00Z"


def test_he_after_an_official_named_by_title_alone_is_that_official(extractor):
    text = (
        "A U.S. Treasury spokesman said the United States regretted the decision. "
        "He urged Brazil to work out a programme with the IMF."
    )
    one_act(extractor, text, "appeal", PUB, {"USA"}, {"BRA"})
    # the office's state from the capital the sentence opens in
    text = (
        "In Washington, a Treasury spokesman said the United States regretted the decision. "
        "He urged Brazil to work out a programme with the IMF."
    )
    one_act(extractor, text, "appeal", PUB, {"USA"}, {"BRA"})


def test_an_unfriendly_act_is_a_condemning_label(extractor):
    text = "Moscow called the expulsions an unfriendly act."
    one_act(extractor, text, "accusation", PUB, {"RUS"})


def test_a_warning_that_a_party_could_take_a_measure_is_a_threat(extractor):
    text = (
        "Foreign Minister Pik Botha warned on Monday that Pretoria could also restrict the "
        "transit of goods from neighbouring states."
    )
    one_act(extractor, text, "threat", PUB, {"ZAF"})
    # harm nobody inflicts stays a forecast
    text = "Economists warned that trade could halt if the dispute continued."
    assert events_of_type(extract_events(extractor, text, PUB), "threat") == []


def test_a_trade_body_is_no_states_party(extractor):
    text = "The American Meat Institute welcomed the tariffs."
    assert extract_events(extractor, text, PUB) == []


def test_curbs_on_a_flow_of_trade_with_a_state_are_a_sanction_on_it(extractor):
    text = "Reagan also tightened curbs on exports to Iran of 14 kinds of goods."
    one_act(extractor, text, "sanction", PUB, {"USA"}, {"IRN"})
    text = "Japan imposed curbs on imports from South Korea."
    one_act(extractor, text, "sanction", PUB, {"JPN"}, {"KOR"})
    # curbs on no state's trade stay a measure of control
    found = extract_events(extractor, "The government imposed curbs on demonstrations.", PUB)
    assert not events_of_type(found, "sanction")


def test_a_measure_said_to_be_an_attack_is_no_blow(extractor):
    text = "Australia's trade minister said the sale was an attack on Australian farmers."
    assert events_of_type(extract_events(extractor, text, PUB), "attack") == []
    # a raid said to be an attack stays one
    text = "The raid was an attack on Iranian shipping, Iraq said."
    assert len(events_of_type(extract_events(extractor, text, PUB), "attack")) == 1


def test_own_wire31_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire31")
    assert summary["recall"] >= 0.79
    assert summary["precision"] >= 0.82
    assert summary["dates"] >= 0.9
