"""False events of unannotated wire news by class, an eleventh study (issue 10), on sentences
written for the test: war names, market people, party tours and attacks on parties, acts rated
for ease, quarrels that blow up."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

_2005 = "2005-01-10T12:00:00Z"


def test_a_country_that_only_names_a_war_is_no_bare_offices_state(extractor):
    text = (
        "The solicitor general has rejected claims that her advice on the Iraq war was written"
        " by ministers."
    )
    stances = events_of_type(extract_events(extractor, text, _2005), "rejection")
    assert stances and "IRQ" not in country_codes(stances[0]["actors"])
    text = (
        "The inquiry heard evidence about the Iraq war on Monday. The government has refused"
        " calls to publish the cabinet papers."
    )
    stances = events_of_type(extract_events(extractor, text, _2005), "rejection")
    assert not stances or "IRQ" not in country_codes(stances[0]["actors"])
    text = (
        "The MP, who left the party over his anti Iraq war stance, accused the minister of"
        " lying to voters."
    )
    blames = events_of_type(extract_events(extractor, text, _2005), "accusation")
    assert not blames or "IRQ" not in country_codes(blames[0]["targets"])
    text = "Iraq's war with Iran entered its seventh year. The government rejected the plan."
    stances = events_of_type(extract_events(extractor, text), "rejection")
    assert stances and country_codes(stances[0]["actors"]) == {"IRQ"}  # its own war names it


def test_buyers_and_customers_are_market_people(extractor):
    text = "Korean buyers will visit Indonesia next month to finish their coal contract talks."
    assert not events_of_type(extract_events(extractor, text), "visit")
    text = (
        "Brazil's state oil company Petrobras has made price concessions to Italian customers"
        " in talks on new contracts, traders said."
    )
    assert not events_of_type(extract_events(extractor, text), "concession")
    text = "A South Korean trade delegation will visit Indonesia next month."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and "IDN" in country_codes(visits[0]["targets"])  # a state's envoys


def test_a_party_leaders_tour_to_no_country_is_campaigning(extractor):
    text = (
        "The election is expected in May. Green Party leader Jane Moss has begun a five-day tour"
        " to win over voters in the north. The Iraq war is one issue, she said."
    )
    assert not events_of_type(extract_events(extractor, text, _2005), "visit")
    text = "Labour leader Neil Kinnock will visit Washington next week."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and "USA" in country_codes(visits[0]["targets"])  # a trip abroad
    text = (
        "Labour leader Neil Kinnock will put his defence plans to U.S. officials when he visits"
        " Washington next week. Mr Kinnock's visit is to prepare for talks with President"
        " Reagan later this month."
    )
    assert (
        len(events_of_type(extract_events(extractor, text), "visit")) == 2
    )  # the second, abroad too


def test_an_attack_on_a_party_itself_is_words(extractor):
    lead = "The election campaign began in earnest on Monday. "
    end = " Polls show Labour ahead. The Iraq war remains an issue for many voters in Spain."
    text = lead + "The donor's spokesman said his attack on the Conservatives was fair comment."
    assert not events_of_type(extract_events(extractor, text + end, _2005), "attack")
    text = lead + "The Greens named ten seats where they could beat the Tories in May."
    assert not events_of_type(extract_events(extractor, text + end, _2005), "attack")
    text = "Soldiers attacked the ANC in Soweto on Monday, killing two, police said."
    assert events_of_type(extract_events(extractor, text), "attack")  # armed doers


def test_an_act_rated_for_ease_is_not_done(extractor):
    text = "Western bankers say Seoul's lending rules are easier to meet than Tokyo's."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "It is hard to meet the foreign minister without an appointment, an Iranian envoy said."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Shultz will meet Shevardnadze in Geneva on Friday."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_quarrel_that_blows_up_is_no_blast(extractor):
    text = "The dispute blew up after the minister's remarks were published in a Paris paper."
    assert not events_of_type(extract_events(extractor, text), "attack")
    text = "A car bomb blew up outside the Iraqi embassy in Beirut on Monday."
    assert events_of_type(extract_events(extractor, text), "attack")
    text = "Guerrillas blew up a power pylon near the Honduran border on Sunday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_an_enemys_nationals_killed_by_troops_in_thousands_are_a_battles_toll(extractor):
    text = "Syrian troops have killed more than 2,000 Israelis in their offensive, Damascus said."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "mass_violence")
    assert events_of_type(events, "attack")
    text = "Government troops killed thousands of Kurds in the northern villages last year."
    assert events_of_type(extract_events(extractor, text), "mass_violence")  # a people, not a foe


def test_an_act_only_hoped_for_is_a_wish(extractor):
    text = "Peru has raised the matter with Chile and is hoping for talks on the border dispute."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "The Greek minister said he hoped for an early summit with Turkey."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Peru and Chile will hold talks on the border dispute in May."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_an_act_told_as_not_reported_is_no_act(extractor):
    text = "Baghdad radio was calm and there was no word on shelling near Basra, diplomats said."
    assert not events_of_type(extract_events(extractor, text), "shelling")
    text = "No mention was made of the Japanese pledge to open its rice market, officials said."
    assert not events_of_type(extract_events(extractor, text), "pledge")
    text = "Word of the Iraqi shelling of Abadan reached Kuwait on Monday."
    assert events_of_type(extract_events(extractor, text), "shelling")  # the news came


def test_a_capital_before_war_speaks_for_its_government(extractor):
    text = (
        "Damascus war bulletins said nothing of the clashes, but an army spokesman threatened"
        " new strikes on Israeli positions."
    )
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"SYR"}


def test_an_unconfirmed_act_is_still_reported(extractor):
    text = "There was no immediate confirmation of the attacks by Iranian gunboats on two tankers."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"IRN"}  # unconfirmed, yet told
    text = "There was no word on fighting in the south."
    assert not extract_events(extractor, text)
