"""Recall classes of unseen wire copy (issue 10), each on sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.normalize import normalize


def test_the_wire_capital_after_a_country_abbreviation_is_lowered():
    text = "The U.S. Raid on the port and the U.S. And British ships, U.S. Officials said."
    clean = normalize(text)
    assert clean.text == (
        "The U.S. raid on the port and the U.S. and British ships, U.S. officials said."
    )
    assert clean.to_original(clean.text.index("raid")) == text.index("Raid")
    named = "U.S. Defence Secretary Frank Dobbs met U.K. Trade officials in the U.S. The talks"
    assert normalize(named).text == named  # names and a new sentence keep their capitals


def test_an_event_noun_written_with_the_wire_capital_is_found(extractor):
    text = "Oil prices fell after the U.S. Raid on a Libyan radar station on Tuesday, dealers said."
    attacks = events_of_type(extract_events(extractor, text), "attack") + events_of_type(
        extract_events(extractor, text), "airstrike"
    )
    assert attacks
    assert country_codes(attacks[0]["actors"]) == {"USA"}
    assert country_codes(attacks[0]["targets"]) == {"LBY"}


def test_a_warning_is_aimed_at_the_party_warned_when_no_party_acts_in_its_condition(extractor):
    text = "The Saudi king warned Iran of grave consequences if the raids on shipping went on."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"IRN"}
    text = "Iraq will retaliate if Iran attacks Basra again, the minister said."
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"IRN"}


def test_coordinated_verbs_share_the_object_the_second_one_names(extractor):
    text = "Iranian troops killed or wounded over 900 Iraqis in the new offensive, IRNA said."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["targets"]) == {"IRQ"}
    assert attacks[0]["quantities"] and attacks[0]["quantities"][0]["value"] == 900
    text = "Britain has vowed to keep the strait open and has warned Argentina against any raid."
    pledges = events_of_type(extract_events(extractor, text), "pledge")
    assert pledges and not country_codes(pledges[0]["targets"])  # 'vowed to …' has its own object


def test_discussions_with_or_between_parties_are_talks(extractor):
    text = "The trade talks were apart from discussions between Japanese officials and Britain's trade minister."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert any(
        country_codes(e["actors"]) | country_codes(e["targets"]) == {"JPN", "GBR"} for e in meetings
    )
    text = "The discussions on the new budget will resume next week, the minister said."
    assert not events_of_type(extract_events(extractor, text), "meeting")


def test_a_meeting_at_a_venue_is_held_with_the_party_after_it(extractor):
    text = (
        "The Libyan envoy presented the plan during a long meeting at the French embassy"
        " with the Chadian team."
    )
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and "TCD" in country_codes(meetings[0]["targets"])
    assert "FRA" not in country_codes(meetings[0]["targets"])
    text = "After meetings at the Egyptian defence and foreign ministries, the Sudanese envoy left."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and "EGY" in country_codes(meetings[0]["targets"])


def test_a_second_object_of_its_kind_is_a_second_act(extractor):
    text = "Iraqi jets bombed a power station near Basra and the air force also hit a second plant on Sunday."
    events = extract_events(extractor, text)
    strikes = [e for e in events if e["type"] in ("attack", "airstrike")]
    assert len(strikes) == 2
    text = "Iraqi jets attacked a tanker near Kharg and sank it."
    strikes = [e for e in extract_events(extractor, text) if e["type"] in ("attack", "airstrike")]
    assert len(strikes) == 1


def test_a_trip_on_to_a_country_the_parser_calls_an_organisation(extractor):
    text = "The Zambian president toured Angola before heading to Mozambique on Friday."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert {c for e in visits for c in country_codes(e["targets"])} >= {"MOZ"}


def test_a_return_or_arrival_in_a_fronted_phrase_belongs_to_the_subject(extractor):
    text = "On his return from Peking, the Indian foreign minister met the Pakistani envoy."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"IND"}
    assert country_codes(visits[0]["targets"]) == {"CHN"}
    text = "After her arrival in Damascus, the Greek foreign minister met President Assad."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["actors"]) == {"GRC"}
    assert country_codes(visits[0]["targets"]) == {"SYR"}
    text = "The return from Iraq of the 300 construction workers was delayed again."
    assert not events_of_type(extract_events(extractor, text), "visit")
    text = "The Libyan oil minister spoke on his return to Tripoli from Algiers on Sunday."
    visits = events_of_type(extract_events(extractor, text), "visit")
    assert visits and country_codes(visits[0]["targets"]) == {"DZA"}
    text = "The four freed Dutch hostages were questioned by police on their return from Beirut."
    assert not events_of_type(extract_events(extractor, text), "visit")


def test_warships_by_class_and_missiles_put_in_place_are_deployed(extractor):
    text = "Paris is sending two frigates and a minesweeper to the Red Sea, the ministry said."
    deployments = events_of_type(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"FRA"}
    text = "Western officials said Syria had emplaced new Soviet-made missiles near the border."
    deployments = events_of_type(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"SYR"}


def test_a_national_adjective_on_an_attack_one_comes_under_names_the_attacker(extractor):
    text = "Saudi tankers have lately come under frequent Iraqi attack in the northern Gulf."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"IRQ"}
    assert country_codes(attacks[0]["targets"]) == {"SAU"}
    text = "The border town was twice under Turkish occupation in the last century."
    assert not extract_events(extractor, text)


def test_talks_that_end_were_held_and_talks_broken_off_are_cut(extractor):
    text = "Chad and Libya ended three days of talks in Algiers on Thursday, officials said."
    events = extract_events(extractor, text)
    assert events_of_type(events, "meeting") and not events_of_type(events, "sanction")
    text = "Chad broke off talks with Libya on Thursday, officials said."
    assert events_of_type(extract_events(extractor, text), "sanction")


def test_a_warning_after_a_reported_clause_is_the_speakers(extractor):
    text = (
        "Syria said reports that it planned to attack Israel were false, and warned "
        "Jordan not to take part in the manoeuvres."
    )
    warned = [e for e in extract_events(extractor, text) if e["trigger"].startswith("warned")]
    assert warned and country_codes(warned[0]["actors"]) == {"SYR"}
    assert country_codes(warned[0]["targets"]) == {"JOR"}


def test_an_appeal_for_a_party_to_act_read_as_an_adverbial_clause(extractor):
    statement = "OAU foreign ministers issued a statement deploring the raids"
    events = extract_events(
        extractor, f"{statement} and appealed for Pretoria to end its incursions."
    )
    assert any("ZAF" in country_codes(e["targets"]) for e in events_of_type(events, "appeal"))


def test_one_blow_named_twice_keeps_the_target_of_either_mention(extractor):
    text = "A Panamanian-flag freighter was hit off Dubai on Friday, apparently struck by an Iraqi missile."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert len(attacks) == 1
    assert country_codes(attacks[0]["actors"]) == {"IRQ"}
    assert country_codes(attacks[0]["targets"]) == {"PAN"}


def _of_any(events: list[dict], *etypes: str) -> list[dict]:
    return [e for e in events if e["type"] in etypes]


# A second study of unseen wire copy (30 more Reuters world-news articles, no gold written)


def test_a_talks_partner_the_parser_hangs_inside_the_topic_is_the_verbs(extractor):
    text = (
        "The Dutch envoy discussed the sale of British jets to Chile with the Spanish "
        "foreign minister on Monday."
    )
    meetings = _of_any(extract_events(extractor, text), "meeting")
    assert meetings and "ESP" in country_codes(meetings[0]["targets"])
    text = (
        "Brazilian officials discussed the cost of leasing French freighters with West German "
        "Foreign Minister Hans-Dietrich Genscher."
    )
    meetings = _of_any(extract_events(extractor, text), "meeting")
    assert meetings and "DEU" in country_codes(meetings[0]["targets"])


def test_a_tie_or_quarrel_that_takes_with_is_no_talks_partner(extractor):
    text = "The Dutch minister discussed the border dispute with Belgium at home on Monday."
    assert not _of_any(extract_events(extractor, text), "meeting")
    text = "Officials in Oslo discussed fishing links with Iceland at a cabinet session."
    meetings = _of_any(extract_events(extractor, text), "meeting")
    assert not any("ISL" in country_codes(m["targets"]) for m in meetings)


def test_a_killing_participle_names_the_targets_of_the_act_it_tells_the_toll_of(extractor):
    text = "Syria said its troops had beaten back the raid, killing dozens of Israelis."
    events = _of_any(extract_events(extractor, text), "attack", "clash")
    assert events and country_codes(events[0]["targets"]) == {"ISR"}
    text = "Iraq said its army repelled the assault, killing hundreds of Iranians."
    events = _of_any(extract_events(extractor, text), "attack", "clash")
    assert events and country_codes(events[0]["targets"]) == {"IRN"}


def test_parties_named_after_including_are_the_ones_acted_on(extractor):
    text = (
        "Chile has asked several governments, including Peru, Bolivia and Argentina, to "
        "lend it patrol boats."
    )
    appeals = _of_any(extract_events(extractor, text), "appeal", "demand")
    assert appeals and {"PER", "BOL", "ARG"} <= country_codes(appeals[0]["targets"])


def test_a_states_ship_under_unnamed_escort_is_that_states_deployment(extractor):
    text = (
        "Athens said the Greek survey vessel, escorted by several warships, would enter "
        "the contested waters on Friday."
    )
    deployments = _of_any(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"GRC"}
    assert deployments[0]["date"]["status"] == "planned"
    text = (
        "Ankara said the Turkish survey ship Piri Reis, escorted by gunboats, would leave "
        "port on Monday."
    )
    deployments = _of_any(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"TUR"}
    assert deployments[0]["date"]["status"] == "planned"
    text = "A Panamanian freighter escorted by British frigates entered the port."
    events = extract_events(extractor, text)
    assert not _of_any(events, "deployment")  # a foreign escort stays cooperation


def test_an_offensive_the_parser_reads_as_a_direction_adjective_is_launched(extractor):
    text = "Syria reported launching a fresh offensive north of Lebanon's coastal town of Tyre."
    attacks = _of_any(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"SYR"}


def test_sorties_against_targets_are_air_strikes(extractor):
    text = "Egyptian warplanes flew 30 sorties against Libyan positions near the border."
    strikes = _of_any(extract_events(extractor, text), "airstrike", "attack")
    assert strikes and country_codes(strikes[0]["actors"]) == {"EGY"}
    assert country_codes(strikes[0]["targets"]) == {"LBY"}
    assert not _of_any(
        extract_events(extractor, "The pilots flew 40 sorties last month."), "airstrike"
    )


def test_troops_evacuating_or_abandoning_a_stronghold_withdraw(extractor):
    text = "Ethiopian troops were abandoning their last stronghold in the north, diplomats said."
    withdrawals = _of_any(extract_events(extractor, text), "withdrawal")
    assert withdrawals and country_codes(withdrawals[0]["actors"]) == {"ETH"}
    text = "Cuban forces evacuated the oasis on Tuesday, Western diplomats said."
    withdrawals = _of_any(extract_events(extractor, text), "withdrawal")
    assert withdrawals and country_codes(withdrawals[0]["actors"]) == {"CUB"}


def test_an_act_in_the_simple_past_joined_to_a_promise_was_done(extractor):
    text = (
        "Syria's leaders had promised a swift victory and launched a heavy assault on "
        "Lebanon's coastal town of Tyre in May."
    )
    attacks = _of_any(extract_events(extractor, text), "attack")
    assert attacks and attacks[0]["date"]["status"] == "past"
    assert country_codes(attacks[0]["actors"]) == {"SYR"}
    text = "The rebels vowed to fight on and ambushed an army convoy near the border on Sunday."
    assert _of_any(extract_events(extractor, text), "attack")


def test_a_warning_to_a_party_not_to_act_is_a_threat(extractor):
    text = "Moscow had warned Beijing not to send them across the border, the agency said."
    threats = _of_any(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"CHN"}
    text = "The minister warned that exports would fall this year."
    assert not _of_any(extract_events(extractor, text), "threat")


def test_an_act_that_would_meet_a_strong_response_is_the_speakers_threat(extractor):
    text = "Libya said any French intervention in Chad would meet a firm response."
    events = extract_events(extractor, text)
    threats = _of_any(events, "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"LBY"}
    assert country_codes(threats[0]["targets"]) == {"FRA"}
    assert not _of_any(events, "meeting")


def test_a_national_title_gives_a_person_listed_under_a_body_its_country(extractor):
    text = "Belgian Foreign Minister Leo Tindemans held talks with King Hussein in Amman."
    meetings = _of_any(
        extract_events(extractor, text, published_at="1987-04-07T12:00:00Z"), "meeting", "visit"
    )
    assert meetings and "BEL" in country_codes(meetings[0]["actors"])


def test_a_meeting_during_which_the_clause_act_happens_is_news(extractor):
    text = (
        "Mr Hurd handed over the proposals during a two-hour meeting at the British embassy "
        "with the Chinese delegation led by Zhou Nan."
    )
    meetings = _of_any(extract_events(extractor, text), "meeting")
    assert meetings and "CHN" in country_codes(meetings[0]["targets"])


def test_the_subject_made_the_target_of_armed_acts_is_their_target(extractor):
    text = "Saudi tankers have lately been the target of Iraqi air raids, shippers said."
    strikes = _of_any(extract_events(extractor, text), "attack", "airstrike")
    assert strikes and country_codes(strikes[0]["targets"]) == {"SAU"}


def test_forces_marching_or_rolling_into_a_place_and_warships_sailing_are_deployed(extractor):
    text = "Scores of Vietnamese soldiers marched into the border town on Monday, witnesses said."
    deployments = _of_any(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"VNM"}
    text = "Three French frigates sailed into the Red Sea on Friday."
    deployments = _of_any(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"FRA"}
    text = "A Liberian-flagged freighter sailed into the Red Sea on Friday."
    assert not _of_any(extract_events(extractor, text), "deployment")


def test_an_event_that_follows_another_is_not_its_doer(extractor):
    text = "The hasty Libyan retreat followed the capture of the Chadian border town of Aozou."
    captures = _of_any(extract_events(extractor, text), "occupation", "attack")
    assert not any("LBY" in country_codes(e["actors"]) for e in captures)
    text = "Chad's army followed the capture of the town with a raid on Libyan positions."
    raids = _of_any(extract_events(extractor, text), "attack")
    assert raids and country_codes(raids[0]["actors"]) == {"TCD"}


def test_missiles_installed_are_deployed_and_an_arrangement_concluded_with_a_state_is_a_deal(
    extractor,
):
    text = "Western diplomats said Syria had installed new anti-aircraft missiles near the border."
    deployments = _of_any(extract_events(extractor, text), "deployment")
    assert deployments and country_codes(deployments[0]["actors"]) == {"SYR"}
    text = "Canada hopes to conclude a new fishing arrangement with France before the summer."
    deals = _of_any(extract_events(extractor, text), "agreement")
    assert deals and country_codes(deals[0]["targets"]) == {"FRA"}
    text = "The retailer worked out a new pricing arrangement with its suppliers."
    assert not _of_any(extract_events(extractor, text), "agreement")


def test_refusing_to_let_a_party_use_arms_is_a_threat(extractor):
    text = "Britain said it would not allow Argentina to use force against the islands."
    threats = _of_any(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["targets"]) == {"ARG"}
    text = "Brazil said it would not allow Chile to dump cheap copper on its market."
    assert not _of_any(extract_events(extractor, text), "threat")


def test_a_state_a_sentence_opens_on_is_the_partner_of_the_talks_reported(extractor):
    text = 'Concerning Oman, the envoy said "our talks on port access are going well."'
    meetings = _of_any(extract_events(extractor, text), "meeting")
    assert meetings and country_codes(meetings[0]["targets"]) == {"OMN"}


def test_a_sentence_opener_after_the_abbreviation_goes_on_its_sentence():
    """'This week' after 'the U.S.', and a clause or second object after a verb whose person
    object the abbreviation names, keep the sentence; elsewhere the capital opens a new one."""
    cases = {
        "Seoul will send a trade mission to the U.S. This week, he said.": "U.S. this week",
        "Tokyo tried to persuade the U.S. That its farm policy was fair.": "U.S. that its",
        "The envoy explained to the U.K. The terms of the loan.": "U.K. the terms",
        "Manila has assured the U.S. It will repay the debt.": "U.S. it will",
    }
    for text, kept in cases.items():
        assert kept in normalize(text).text
    for text in (
        "Aquino flew home from the U.S. The talks had gone well.",
        "Sales fell in the U.S. This is the third drop.",
        "Cars are made in the U.S. That plant is in Ohio.",
    ):
        assert normalize(text).text == text
