"""Classes of the thirty-fourth own-wire study (ten whole articles written in 1987-1988 Reuter
world-desk style on the Gulf war and world news of 1987-1988, ``benchmarks/data/own_wire34.*``):
what talks spanning days are held on; raiders pulling back at the end of their own raid;
blackmail one will not bow to; a verb that met nothing but a session; an inquiry into a blast;
a day ahead of a verb of preparing; one observer sent to talks; trading halted on a market;
'overnight' after a background paragraph; a bare ministry summoning another state's envoy;
asylum given in a place, told in the passive; and the set's score floor. Sentences written for
the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import events_of_type, extract_events, no_act, one_act

PUB = "1988-04-11T12:00:00Z"


def test_what_days_of_talks_are_held_on_is_no_act(extractor):
    text = "Angola, Cuba and South Africa ended two days of talks in London on ending the war."
    no_act(extractor, text, "ceasefire", PUB)
    one_act(extractor, text, "meeting", PUB, {"AGO", "CUB", "ZAF"})
    text = "Iran and Iraq held a round of talks in Geneva on withdrawing their troops."
    no_act(extractor, text, "withdrawal", PUB)


def test_raiders_pulling_back_after_their_raid_is_no_withdrawal(extractor):
    text = (
        "The spokesman said Tamil guerrillas ambushed an Indian patrol and fought for three "
        "hours before withdrawing into the jungle."
    )
    no_act(extractor, text, "withdrawal", PUB)
    # what is left is named: a withdrawal still told
    text = "The Soviet army will fight on for a month before withdrawing from Afghanistan."
    assert events_of_type(extract_events(extractor, text, PUB), "withdrawal")
    text = "Syria said it would consult Lebanon before withdrawing its troops from Beirut."
    assert events_of_type(extract_events(extractor, text, PUB), "withdrawal")


def test_blackmail_one_will_not_bow_to_coerces_no_one(extractor):
    no_act(extractor, '"Kuwait will not give in to blackmail," the minister said.', "coercion", PUB)
    no_act(extractor, "Ortega said his country would not bow to blackmail.", "coercion", PUB)
    one_act(
        extractor,
        "Iraq tried to blackmail Kuwait over the loans.",
        "coercion",
        PUB,
        {"IRQ"},
        {"KWT"},
    )


def test_a_verb_with_its_own_phrase_shares_no_object_with_the_next(extractor):
    text = "Kuwait's cabinet met in emergency session and again rejected the hijackers' demand."
    no_act(extractor, text, "concession", PUB)
    one_act(extractor, text, "rejection", PUB, {"KWT"})


def test_an_inquiry_into_a_blast_blames_no_one(extractor):
    text = "Prime Minister Mohammad Khan Junejo ordered an inquiry into the blast at the camp."
    for etype in ("accusation", "demand"):
        no_act(extractor, text, etype, PUB)
    text = "India ordered an inquiry into the killing of its soldiers by Pakistani troops."
    assert events_of_type(extract_events(extractor, text, PUB), "accusation")


def test_a_day_after_a_verb_of_preparing_is_ahead(extractor):
    text = "Pakistan and Afghanistan prepared to sign an agreement in Geneva on Thursday."
    event = one_act(extractor, text, "agreement", PUB, {"PAK", "AFG"})
    assert event["date"]["value"] == "1988-04-14"


def test_one_observer_sent_to_talks_is_no_peacekeeping(extractor):
    text = "The Soviet Union sent an observer, Deputy Foreign Minister Anatoly Adamishin."
    no_act(extractor, text, "peacekeeping", PUB)
    text = "The United Nations sent 50 military observers to the border."
    assert events_of_type(extract_events(extractor, text, PUB), "peacekeeping")


def test_trading_halted_on_a_market_is_no_sanction(extractor):
    no_act(extractor, "Trading on the Riga commodity exchange was suspended.", "sanction", PUB)
    no_act(extractor, "The authorities suspended trading in the company's shares.", "sanction", PUB)
    text = "The United States suspended trading with Iran."
    one_act(extractor, text, "sanction", PUB, {"USA"}, {"IRN"})


def test_overnight_after_a_background_paragraph_is_the_datelines_night(extractor):
    text = (
        "SUVA, Oct 7 - Rabuka seized power again on September 25 when talks appeared close "
        "to agreement.\n\nRadio Fiji said soldiers had detained at least 12 journalists and "
        "trade unionists overnight."
    )
    found = events_of_type(extract_events(extractor, text, "1987-10-07T12:00:00Z"), "coercion")
    found = [e for e in found if "detained" in e["trigger"]]  # not the coup of September 25
    assert [e["date"]["value"] for e in found] == ["1987-10-06"]


def test_a_bare_ministry_summoning_an_envoy_is_the_datelines(extractor):
    text = (
        "ISLAMABAD, April 11 (Reuter) - Afghan warplanes had bombed a village in North "
        "Waziristan on Saturday, killing 14 people.\n\nThe Foreign Ministry summoned the Afghan "
        "charge d'affaires and lodged a strong protest over the raid."
    )
    one_act(extractor, text, "protest", PUB, {"PAK"}, {"AFG"})


def test_asylum_given_in_a_place_is_that_states_aid(extractor):
    text = "He was given asylum in Zimbabwe, the government in Harare said."
    one_act(extractor, text, "aid", PUB, {"ZWE"})
    one_act(extractor, "Mengistu was granted asylum in Zimbabwe.", "aid", PUB, {"ZWE"})


def test_own_wire34_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire34")
    assert summary["recall"] >= 0.65
    assert summary["precision"] >= 0.73
    assert summary["dates"] >= 0.93
