"""Classes of the thirty-second own-wire study (ten whole articles written in 1989-1991 Reuter,
AP and UPI wire style on world diplomacy and conflict of 1989-1991,
``benchmarks/data/own_wire32.*``): recognition withheld as a refusal; a speaker's second verb
after a told judgement ('said the measures were not a blockade and rejected …'); a body's
name that other states' bodies bear, placed in one of them ('In Islamabad, a Foreign Office
spokesman'); risen ground forces that need an owner ('Rebel tanks'); bare rebels after rebels
of one country; stopping the fighting as a ceasefire; a pledge whose content has 'no' on a
noun ('no intention of attacking'); handing power to rebels or the opposition; a body's
ministers named by their states ('EC foreign ministers, from Italy, …'); a told demand or
proposal called unacceptable; forces that remain offshore; plurals in '-ies' of titles; and
the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, no_act, one_act

PUB = "1990-08-06T12:00:00Z"


def _act(extractor, text: str, etype: str, *parties: set[str]) -> dict:
    """The one event of ``etype`` in ``text``, its doers' (and targets') states checked."""
    return one_act(extractor, text, etype, PUB, *parties)


def _none(extractor, text: str, etype: str) -> None:
    """``text`` gives no event of ``etype``."""
    no_act(extractor, text, etype, PUB)


def test_recognition_withheld_is_a_refusal(extractor):
    text = "The Somali National Movement said on Monday it did not recognise the new government."
    _act(extractor, text, "rejection", {"SOM"})
    _none(extractor, text, "support")
    _act(extractor, "China said on Friday it does not recognize the regime.", "rejection", {"CHN"})
    # recognition given stays support
    _act(
        extractor,
        "Britain said it would recognise the new government of Estonia.",
        "support",
        {"GBR"},
    )


def test_a_speakers_rejection_after_a_told_judgement_is_the_speakers(extractor):
    text = "Gerasimov said the measures were fair and rejected Western criticism."
    _act(extractor, text, "rejection", {"RUS"})


def test_a_shared_body_name_placed_in_another_state_is_that_states(extractor):
    for text in (
        "In Islamabad, a Foreign Office spokesman accused India of massing troops.",
        "A Foreign Office spokesman in Islamabad accused India of massing troops.",
    ):
        _act(extractor, text, "accusation", {"PAK"}, {"IND"})
    # with no such place, Britain's
    text = "A Foreign Office spokesman accused Iran of massing troops."
    _act(extractor, text, "accusation", {"GBR"}, {"IRN"})


def test_risen_tanks_are_of_where_they_rise_and_the_rebels_after_them(extractor):
    text = (
        "ADDIS ABABA, Ethiopia (AP) - Rebel tanks rolled into Addis Ababa today and seized "
        "the presidential palace. The United States said it had asked the rebels to restore "
        "order, and Washington backed the move. U.S. officials in Washington said so. "
        "The rebels shelled an army depot near the airport."
    )
    events = extract_events(extractor, text, PUB)
    seized = events_of_type(events, "occupation")
    assert [country_codes(e["actors"]) for e in seized] == [{"ETH"}]
    shelled = events_of_type(events, "shelling")
    assert [country_codes(e["actors"]) for e in shelled] == [{"ETH"}]


def test_stopping_the_fighting_is_a_ceasefire(extractor):
    text = "Tesfaye announced on Monday that Ethiopian forces would stop fighting."
    _act(extractor, text, "ceasefire", {"ETH"})
    _none(extractor, text, "threat")


def test_no_intention_of_attacking_is_an_assurance(extractor):
    text = "Saddam Hussein assured Wilson that Iraq had no intention of attacking Saudi Arabia."
    _act(extractor, text, "pledge", {"IRQ"})
    _none(extractor, text, "threat")
    _act(
        extractor, "Iraq vowed that it had every intention of attacking Kuwait.", "threat", {"IRQ"}
    )


def test_power_handed_to_the_rebels_is_a_concession(extractor):
    _act(
        extractor, "The Ethiopian army handed power to the rebels on Monday.", "concession", {"ETH"}
    )
    _act(
        extractor,
        "The Chadian army handed power to the opposition on Monday.",
        "concession",
        {"TCD"},
    )


def test_a_bodys_ministers_named_by_their_states_are_theirs(extractor):
    text = (
        "Three European Community foreign ministers, from Italy, Luxembourg and the "
        "Netherlands, flew to Belgrade to mediate an end to the fighting."
    )
    _act(extractor, text, "mediation", {"ITA", "LUX", "NLD"})
    # the body's ministers with no states named stay the body's
    events = extract_events(extractor, "EC foreign ministers met in Brussels on Monday.", PUB)
    assert [country_codes(e["actors"]) for e in events_of_type(events, "meeting")] == [set()]


def test_a_told_demand_called_unacceptable_is_a_refusal(extractor):
    text = "Tass said Lithuania's demands for the withdrawal of Soviet troops were unacceptable."
    _act(extractor, text, "rejection", {"RUS"}, {"LTU"})
    _act(extractor, "Iran said on Monday the U.N. proposal was unacceptable.", "rejection", {"IRN"})
    # an ill judged unacceptable is no refusal
    _none(extractor, "The minister said the level of inflation was unacceptable.", "rejection")


def test_forces_that_remain_offshore_are_deployed(extractor):
    text = "Four U.S. warships with some 2,000 Marines remain offshore."
    _act(extractor, text, "deployment", {"USA"})
    _none(extractor, "The troops were continuing to advance.", "deployment")


def test_plural_titles_in_ies_are_their_states(extractor):
    text = "The foreign secretaries of India and Pakistan are to meet in New York next week."
    _act(extractor, text, "meeting", {"IND", "PAK"})


def test_own_wire32_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire32")
    assert summary["recall"] >= 0.80
    assert summary["precision"] >= 0.79
    assert summary["dates"] >= 0.94
