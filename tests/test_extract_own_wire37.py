"""Classes of the thirty-seventh own-wire study (ten whole articles written in the style of the
English services of national news agencies, Xinhua, TASS, KCNA, Kyodo, IRNA, MENA, Anadolu,
PTI, Prensa Latina and APS, ``benchmarks/data/own_wire37.*``): their datelines ('Beijing,
April 3 (Xinhua) --', 'MOSCOW, March 18 TASS --'); the agency's own state for the offices its
copy names bare; a leader named by surname alone; a state of alert declared; messages of
greetings and thanks; visitors leaving for home; visitors received, told in the passive; a
banquet given in a visitor's honour; a price the threatened will pay; a party held responsible;
a capital the tagger took for a language; and the set's score floor. Sentences written for
the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, no_act, one_act

from stream.extract.normalize import agency_home, dated_dateline_end

PUB = "1998-09-10T12:00:00Z"


def test_an_agencys_dateline_ends_at_its_mark():
    for text, lead in (
        ("Beijing, April 3 (Xinhua) -- Chinese Foreign Minister Tang", "Chinese"),
        ("MOSCOW, March 18 TASS -- The USSR Ministry of Foreign Affairs", "The USSR"),
        ("PYONGYANG, Sept. 17 Kyodo -- Prime Minister Junichiro Koizumi", "Prime"),
        ("ANKARA, Oct. 21 (A.A) -- Turkey and Syria signed", "Turkey"),
        ("Pyongyang, March 8 (KCNA) -- Comrade Kim Jong Il", "Comrade"),
    ):
        end = dated_dateline_end(text)
        assert end is not None and text[end:].startswith(lead), text
    # a day's name and a sentence are no place
    assert dated_dateline_end("Tuesday, March 3 - the talks resumed.") is None
    assert dated_dateline_end("Officials said on March 3 - before the vote") is None


def test_the_agencys_state_is_the_one_whose_national_service_it_is():
    assert agency_home("LAHORE, Feb 21 (PTI) -- India and Pakistan") == "IND"
    assert agency_home("PYONGYANG, Sept. 17 Kyodo -- Prime Minister") == "JPN"
    assert agency_home("TEHRAN, Sept. 10 (IRNA) -- Iran on Thursday") == "IRN"
    assert agency_home("BEIRUT, Sept. 10 (Reuters) - Gunmen") is None
    assert agency_home("The PTI said - on Monday") is None


def test_a_national_agencys_bare_office_is_its_own_states(extractor):
    text = (
        "TEHRAN, Sept. 10 (IRNA) -- Iran held the Taliban responsible.\n\n"
        "Foreign Ministry spokesman Mahmoud Mohammadi said the Taliban had confirmed the "
        "deaths.\n\nMohammadi accused Pakistan of backing the Taliban."
    )
    found = events_of_type(extract_events(extractor, text, PUB), "accusation")
    accused = [e for e in found if e["trigger"].startswith("accused")]
    assert [country_codes(e["actors"]) for e in accused] == [{"IRN"}]
    text = (
        "LAHORE, Feb 21 (PTI) -- India and Pakistan signed a declaration today.\n\n"
        "External Affairs Minister Jaswant Singh met with Pakistan Foreign Minister Sartaj Aziz."
    )
    one_act(extractor, text, "meeting", "1999-02-21T12:00:00Z", {"IND"}, {"PAK"})


def test_a_leader_named_by_surname_alone_is_a_person(extractor):
    text = (
        "LAHORE, Feb 21 (PTI) -- India and Pakistan signed a declaration today.\n\n"
        "Vajpayee arrived here yesterday by bus from Amritsar."
    )
    event = one_act(extractor, text, "visit", "1999-02-21T12:00:00Z", {"IND"}, {"PAK"})
    assert event["date"]["value"] == "1999-02-20"


def test_a_state_of_alert_or_readiness_declared_is_a_military_alert(extractor):
    text = "North Korea today declared a state of semi-war throughout the country."
    one_act(extractor, text, "deployment", PUB, {"PRK"})
    one_act(extractor, "Iraq declared a state of combat readiness.", "deployment", PUB, {"IRQ"})
    no_act(extractor, "Iraq declared war on Iran.", "deployment", PUB)


def test_a_message_of_greetings_or_thanks_is_support(extractor):
    text = "Castro also sent a message of greetings to President Sam Nujoma of Namibia."
    one_act(extractor, text, "support", PUB, {"CUB"}, {"NAM"})
    text = "Egypt expressed its gratitude to Saudi Arabia for its help."
    one_act(extractor, text, "support", PUB, {"EGY"}, {"SAU"})
    no_act(extractor, "Castro sent a message to President Sam Nujoma.", "support", PUB)


def test_a_visitor_leaving_for_home_ends_a_visit_to_the_place_left(extractor):
    text = "Japanese Prime Minister Junichiro Koizumi left Pyongyang for home in the evening."
    one_act(extractor, text, "visit", PUB, {"JPN"}, {"PRK"})
    text = "LAHORE, Feb 21 (PTI) -- Indian Prime Minister Vajpayee left for home this afternoon."
    one_act(extractor, text, "visit", "1999-02-21T12:00:00Z", {"IND"}, {"PAK"})
    # at home, no visit ends
    text = "LAHORE, Feb 21 (PTI) -- Pakistani Prime Minister Sharif left for home."
    no_act(extractor, text, "visit", "1999-02-21T12:00:00Z")


def test_a_capital_the_tagger_takes_for_a_language_is_a_place(extractor):
    text = "Algerian Foreign Minister Boualem Bessaih left for Tunis this morning."
    one_act(extractor, text, "visit", PUB, {"DZA"}, {"TUN"})


def test_a_visitor_received_by_a_host_in_the_passive_is_a_hosted_visit(extractor):
    text = (
        "Mongolian Foreign Minister Mangalyn Dugersuren was received by Nikolai Ryzhkov, "
        "Chairman of the USSR Council of Ministers."
    )
    one_act(extractor, text, "visit", "1986-03-18T12:00:00Z", {"RUS"}, {"MNG"})
    no_act(extractor, "The plan was received by Iran with scepticism.", "visit", PUB)


def test_a_banquet_in_a_visitors_honour_is_a_meeting(extractor):
    text = (
        "Pakistani Prime Minister Nawaz Sharif hosted a banquet in honour of Vajpayee at the "
        "Lahore Fort last night."
    )
    one_act(extractor, text, "meeting", "1999-02-21T12:00:00Z", {"PAK"})
    no_act(extractor, "The company held a dinner in honour of its chairman.", "meeting", PUB)


def test_a_price_the_threatened_will_pay_is_the_speakers_threat(extractor):
    one_act(
        extractor,
        "Iran said the Taliban would pay a heavy price.",
        "threat",
        PUB,
        {"IRN"},
        {"AFG"},
    )
    text = '"If the enemies ignite a war, they will have to pay a very dear price," the North Korean army said.'
    one_act(extractor, text, "threat", PUB, {"PRK"})
    text = "Consumers will pay a high price for the tariffs, economists said."
    no_act(extractor, text, "threat", PUB)


def test_a_party_held_responsible_is_accused_whatever_the_parse(extractor):
    text = "Iran on Thursday held the Taliban militia responsible for the murder of its diplomats."
    found = events_of_type(extract_events(extractor, text, PUB), "accusation")
    assert [e["actors"][0]["country"] for e in found] == ["IRN"]


def test_own_wire37_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire37")
    assert summary["recall"] >= 0.70
    assert summary["precision"] >= 0.77
    assert summary["dates"] >= 0.93
