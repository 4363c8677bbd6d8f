"""Classes of errors found on unseen BBC news, each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def _sorted_actors(events: list[dict], etype: str) -> list[list[str]]:
    return [sorted(a) for a, _ in side_countries(events, etype)]


def test_the_two_countries_are_the_pair_named_earlier_in_the_same_sentence(extractor):
    text = (
        "After years of tension between Peru and Chile, the two countries signed a border accord."
    )
    assert _sorted_actors(_extract(extractor, text), "agreement") == [["CHL", "PER"]]
    alone = "After years of tension, the two countries signed a border accord."
    assert not side_countries(_extract(extractor, alone), "agreement")


def test_both_as_subject_is_the_pair_named_before(extractor):
    text = (
        "Kenya and Uganda held talks on Monday. "
        "Both released prisoners on Tuesday, with Kenya freeing a Ugandan soldier."
    )
    assert ["KEN", "UGA"] in _sorted_actors(_extract(extractor, text), "concession")


def test_insisting_on_a_fact_is_no_demand(extractor):
    claim = "The Greek premier insisted that Albania had made great progress on minority rights."
    assert not side_countries(_extract(extractor, claim), "demand")
    must = "The Greek premier insisted that Albania must release the prisoners."
    assert (["GRC"], ["ALB"]) in side_countries(_extract(extractor, must), "demand")
    bare = "The Greek premier insisted that Albania withdraw its troops."
    assert (["GRC"], ["ALB"]) in side_countries(_extract(extractor, bare), "demand")


def test_what_should_have_been_done_is_a_reproach_not_a_demand(extractor):
    past = "The Greek premier said Albania should have released the prisoners sooner."
    assert not side_countries(_extract(extractor, past), "demand")
    assert not side_countries(_extract(extractor, past), "appeal")
    now = "The Greek premier said Albania should release the prisoners."
    assert (["GRC"], ["ALB"]) in side_countries(_extract(extractor, now), "appeal")  # advice


def test_an_attempt_to_do_something_is_no_attack(extractor):
    tried = "Russia halted arms sales to Georgia in an attempt to end the dispute."
    assert not side_countries(_extract(extractor, tried), "attack")
    coup = "Soldiers loyal to Chad's army chief made a coup attempt on Monday."
    assert side_countries(_extract(extractor, coup), "attack")


def test_cutting_off_supplies_is_a_sanction_and_scrapping_a_treaty_a_rejection(extractor):
    gas = _extract(extractor, "Russia shut off gas supplies to Belarus on Monday.")
    assert (["RUS"], ["BLR"]) in side_countries(gas, "sanction")
    treaty = _extract(extractor, "Peru terminated its fishing treaty with Chile.")
    assert (["PER"], ["CHL"]) in side_countries(treaty, "rejection")


def test_two_letter_names_in_capitals_pass_the_pre_filter(extractor):
    events = _extract(extractor, "The US criticised the EU over its farm subsidies.")
    assert ["USA"] in [a for a, _ in side_countries(events, "accusation")]
    assert extractor.relevance.spans("The UK signed the accord.")
    assert not extractor.relevance.spans("They told us to sign the accord.")


def test_a_year_on_a_thing_someone_did_dates_that_thing_not_the_event(extractor):
    text = "Britain said it would veto any bid to cut the rebate won by Margaret Thatcher in 1984."
    vetoes = [e for e in _extract(extractor, text) if e["type"] == "rejection"]
    assert vetoes and all(e["date"]["value"] != "1984" for e in vetoes)
    accord = _extract(extractor, "North Korea tore up the 1994 nuclear accord with the US.")
    assert [e["date"]["value"] for e in accord if e["type"] == "rejection"] == [None]


def test_us_in_capitals_is_the_country_not_the_pronoun(extractor):
    text = "Britain said the US had agreed to return the prisoners."
    assert [a for a, _ in side_countries(_extract(extractor, text), "agreement")] == [["USA"]]


def test_what_someone_would_be_able_to_do_is_no_event(extractor):
    would = "France said Germany would never be able to reach agreement with Britain."
    assert not _extract(extractor, would)
    were = "Libyan jets were able to strike the Chadian base on Monday."
    assert (["LBY"], ["TCD"]) in side_countries(_extract(extractor, were), "airstrike")


def test_favouring_talks_is_support_and_a_proponent_of_talks_holds_none(extractor):
    favour = _extract(extractor, "Italy and Germany also favour an early start to talks.")
    assert _sorted_actors(favour, "support") == [["DEU", "ITA"]]
    assert not side_countries(favour, "meeting")
    proponent = "The British premier is a keen proponent of talks with Turkey."
    assert not side_countries(_extract(extractor, proponent), "meeting")
    held = _extract(extractor, "The British premier held talks with Turkey.")
    assert (["GBR"], ["TUR"]) in side_countries(held, "meeting")


def test_it_standing_for_a_clause_is_no_actor(extractor):
    text = (
        "The offer of talks with Ankara came despite a Greek demand for Turkey to leave Cyprus. "
        "It was agreed the issue can be settled later but the Turkish premier had to accept "
        "that talks did not guarantee membership."
    )
    events = _extract(extractor, text)
    assert (["GRC"], ["TUR"]) in side_countries(events, "demand")
    assert not side_countries(events, "agreement")


def test_a_sanction_or_concession_a_country_made_counts_in_an_after_clause(extractor):
    lifted = "Trade resumed after Japan lifted a ban on beef imports."
    assert ["JPN"] in [a for a, _ in side_countries(_extract(extractor, lifted), "concession")]
    cut = "Prices rose three days after Russia cut off gas supplies in a price dispute."
    assert ["RUS"] in [a for a, _ in side_countries(_extract(extractor, cut), "sanction")]
    maybe = "Trade may resume after Japan possibly lifts a ban on beef."
    assert not side_countries(_extract(extractor, maybe), "concession")


def test_a_name_that_follows_a_country_without_a_comma_starts_at_its_honorific(extractor):
    text = (
        "Jack Straw held talks in Nairobi on Monday. "
        "After the talks with Kenya Mr Straw said Britain would send food aid to Sudan. "
        "Mr Straw later flew to Uganda."
    )
    assert (["GBR"], ["UGA"]) in side_countries(_extract(extractor, text), "visit")
    owned = "Kenya's Mr Odinga met Ugandan officials in Kampala on Monday."
    assert (["KEN"], ["UGA"]) in side_countries(_extract(extractor, owned), "meeting")


def test_attacking_someone_for_a_deed_or_with_a_spoken_reason_is_criticism(extractor):
    for_deed = "The Dutch prime minister attacked Belgian officials for delaying the treaty."
    events = _extract(extractor, for_deed)
    assert (["NLD"], ["BEL"]) in side_countries(events, "accusation") and not side_countries(
        events, "attack"
    )
    saying = "Nigeria's foreign minister attacked Ghanaian smugglers, saying they endangered trade."
    events = _extract(extractor, saying)
    assert (["NGA"], ["GHA"]) in side_countries(events, "accusation") and not side_countries(
        events, "attack"
    )
    hours = _extract(extractor, "Chadian troops attacked Libyan positions for two hours.")
    assert (["TCD"], ["LBY"]) in side_countries(hours, "attack")
    base = _extract(extractor, "Rebels attacked the army base, saying it sheltered spies.")
    assert side_countries(base, "attack") and not side_countries(base, "accusation")


def test_what_a_move_came_after_is_news_not_background(extractor):
    came = "The decision came after Chile and Peru pledged to cut their tariffs."
    assert _sorted_actors(_extract(extractor, came), "pledge") == [["CHL", "PER"]]
    raised = "Chile raised tariffs after Peru pledged to cut its own."
    assert not side_countries(_extract(extractor, raised), "pledge")
    comments = "The comments came after Chile and Peru pledged to cut their tariffs."
    assert not side_countries(_extract(extractor, comments), "pledge")


def test_restrictions_imposed_on_a_named_state_are_a_sanction(extractor):
    state = _extract(extractor, "Washington imposed new restrictions on Iran in March.")
    assert (["USA"], ["IRN"]) in side_countries(state, "sanction") and not side_countries(
        state, "coercion"
    )
    curfew = _extract(extractor, "The army imposed a curfew on Gaza.")
    assert side_countries(curfew, "coercion") and not side_countries(curfew, "sanction")
    towns = _extract(extractor, "Israel imposed travel restrictions on Palestinian towns.")
    assert (["ISR"], ["PSE"]) in side_countries(towns, "coercion") and not side_countries(
        towns, "sanction"
    )


def test_formalising_a_deal_and_taking_a_state_to_court(extractor):
    deal = "Poland and Lithuania formalised an energy deal on Monday."
    assert _sorted_actors(_extract(extractor, deal), "agreement") == [["LTU", "POL"]]
    court = _extract(extractor, "Hungary has taken Slovakia to court over the dam.")
    assert (["HUN"], ["SVK"]) in side_countries(court, "accusation")
    ball = _extract(extractor, "The Hungarian president took his wife to the court ball.")
    assert not side_countries(ball, "accusation")


def test_an_amount_written_before_a_deal_noun_does_not_hide_the_deal(extractor):
    text = "Last year Chile signed a dollars 300m agreement to buy Argentine gas."
    assert (["CHL"], []) in side_countries(_extract(extractor, text), "agreement")
    plain = "Last year Chile signed a 300m dollar agreement to buy Argentine gas."
    assert ["CHL"] in [a for a, _ in side_countries(_extract(extractor, plain), "agreement")]


def test_a_meeting_after_which_something_is_said_is_no_part_of_what_is_said(extractor):
    text = (
        '"Mexico should cut its tariffs," said the Spanish trade minister '
        "after a meeting with his Chilean counterpart."
    )
    events = _extract(extractor, text)
    assert (["ESP"], ["MEX"]) in side_countries(events, "appeal")  # 'should': advice
    assert ["ESP"] in [a for a, _ in side_countries(events, "meeting")]


def test_a_region_told_what_it_must_do_is_a_demand_aimed_at_no_state(extractor):
    text = '"Latin America should cut its tariffs," said the Spanish trade minister.'
    assert side_countries(_extract(extractor, text), "appeal") == [
        (["ESP"], [])
    ]  # 'should': advice
    asia = "The Japanese premier said Asia must open its markets."
    assert side_countries(_extract(extractor, asia), "demand") == [(["JPN"], [])]


def test_a_measure_a_participle_says_a_state_made_acts_for_that_state(extractor):
    text = "The checkpoints set up by Israel restrict the movement of Palestinians."
    assert (["ISR"], ["PSE"]) in side_countries(_extract(extractor, text), "coercion")
    weapon = _extract(extractor, "Rockets supplied by Iran struck an Israeli town.")
    assert not [a for a, _ in side_countries(weapon, "attack") if "IRN" in a]


def test_a_warning_without_that_and_one_whose_second_clause_says_what_will_be_done(extractor):
    bare = _extract(extractor, "The EU warned France it would act if its deficit grew.")
    assert [e for e in bare if e["type"] == "threat"]
    second = (
        "Brussels warned the two countries were under close watch "
        "and it would act if their deficits grew."
    )
    assert [e for e in _extract(extractor, second) if e["type"] == "threat"]
    fears = "Japan warned that oil prices were rising and that growth could suffer."
    assert not [e for e in _extract(extractor, fears) if e["type"] == "threat"]


def test_something_not_up_for_negotiation_rules_talks_out(extractor):
    text = "Taiwan's sovereignty is not open to negotiation, the Taiwanese president said."
    events = _extract(extractor, text)
    assert (["TWN"], []) in side_countries(events, "rejection") and not side_countries(
        events, "meeting"
    )
    up = "The fishing quota is not up for renegotiation, the Norwegian minister said."
    events = _extract(extractor, up)
    assert (["NOR"], []) in side_countries(events, "rejection") and not side_countries(
        events, "meeting"
    )
    open_to = "The border is open to negotiation, the Thai minister said."
    assert not side_countries(_extract(extractor, open_to), "rejection")


def test_an_announced_release_in_the_passive_is_the_announcers_concession(extractor):
    text = "Egypt announced that the two Israeli prisoners will be released on Monday."
    events = _extract(extractor, text)
    assert ["EGY"] in [a for a, _ in side_countries(events, "concession")]
    assert not side_countries(events, "pledge")
    active = "Israel would free 150 prisoners, the minister said."
    assert ["ISR"] in [a for a, _ in side_countries(_extract(extractor, active), "pledge")]
    report = "The report will be released on Monday, the British minister said."
    assert not side_countries(_extract(extractor, report), "concession")


def test_the_threat_someone_poses_is_no_threat_made(extractor):
    posed = "The Indian minister spoke of the threat Pakistan poses to the region."
    assert not side_countries(_extract(extractor, posed), "threat")
    made = "The Indian minister spoke of the threat Pakistan made against Delhi."
    assert side_countries(_extract(extractor, made), "threat")


def test_a_sum_of_money_given_to_a_body_or_as_aid_is_aid(extractor):
    fund = "Norway has given 40 million dollars to the UN refugee agency."
    assert (["NOR"], []) in side_countries(_extract(extractor, fund), "aid")
    loan = "Denmark granted Niger 12 million euros in loans last year."
    assert _sorted_actors(_extract(extractor, loan), "aid") == [["DNK"]]
    bid = "The steel maker offered 3 billion dollars for its Dutch rival on Monday."
    assert not side_countries(_extract(extractor, bid), "aid")
    per_share = "Shareholders of the Belgian bank were offered 20 euros a share."
    assert not side_countries(_extract(extractor, per_share), "aid")
    bribe = "A Swiss trader gave a dollars 20,000 bribe to a customs officer in Kenya."
    assert not side_countries(_extract(extractor, bribe), "aid")


def _pledge_dates(extractor, text: str) -> list[str | None]:
    return [e["date"]["value"] for e in _extract(extractor, text) if e["type"] == "pledge"]


def test_a_date_in_what_is_promised_is_no_date_of_the_promise(extractor):
    deed = "Portugal vowed to balance its budget in 2007."
    assert _pledge_dates(extractor, deed) == [None]
    noun = "Norway made a firm commitment to doubling its aid to Malawi by 2010."
    assert _pledge_dates(extractor, noun) == [None]
    own = "Portugal vowed on Tuesday to balance its budget in 2007."
    assert _pledge_dates(extractor, own) == ["2005-01-18"]


def test_an_act_in_an_after_clause_is_its_own_event_not_what_the_main_verb_says(extractor):
    deal = "Kazakhstan signed a new oil deal two days after Russia cut off gas supplies to Belarus."
    events = _extract(extractor, deal)
    assert (["RUS"], ["BLR"]) in side_countries(events, "sanction")
    assert not side_countries(events, "threat")
    bombed = (
        "The Security Council demanded a truce after Eritrean jets bombed an Ethiopian airport."
    )
    assert (["ERI"], ["ETH"]) in side_countries(_extract(extractor, bombed), "airstrike")
    expelled = "France promised more aid after Chad expelled two French diplomats."
    events = _extract(extractor, expelled)
    assert (["TCD"], ["FRA"]) in side_countries(events, "sanction")
    assert not side_countries(events, "threat")
