"""Events found with the wrong type or the wrong parties (help from a state, travel and
arrival words, visits of officials), each rule on sentences written for the test."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def test_help_from_a_state_is_its_aid_to_the_subject(extractor):
    events = _extract(extractor, "Peru rebuilt the bridge with help from Spain.")
    assert (["ESP"], ["PER"]) in side_countries(events, "aid")
    received = _extract(extractor, "Zambia repaired its railway with assistance from Sweden.")
    assert (["SWE"], ["ZMB"]) in side_countries(received, "aid")


def test_help_from_a_state_to_make_a_weapon_is_an_arms_transfer(extractor):
    built = _extract(extractor, "Libya is building warplanes with help from France.")
    assert (["FRA"], ["LBY"]) in side_countries(built, "arms_transfer")
    assert not side_countries(built, "aid")
    noun = _extract(extractor, "Syria produced a short-range rocket with technical help from Iran.")
    assert (["IRN"], ["SYR"]) in side_countries(noun, "arms_transfer")
    dam = _extract(extractor, "Sudan built a new dam with help from China.")
    assert not side_countries(dam, "arms_transfer")


def test_help_from_a_company_is_no_aid(extractor):
    events = _extract(extractor, "The ministry sought help from three private banks.")
    assert not side_countries(events, "aid")


def test_heading_or_leaving_for_a_country_is_a_visit(extractor):
    heading = "The French president spent two days in Senegal before heading to Nigeria."
    assert (["FRA"], ["NGA"]) in side_countries(_extract(extractor, heading), "visit")
    left = "The Indian prime minister left for Moscow on Sunday."
    assert (["IND"], ["RUS"]) in side_countries(_extract(extractor, left), "visit")
    exits = "Traders headed for the exits as the index fell."
    assert not side_countries(_extract(extractor, exits), "visit")


def test_the_place_left_is_not_the_place_visited(extractor):
    events = _extract(extractor, "The Swedish envoy left Beirut for Damascus on Monday.")
    assert side_countries(events, "visit") == [(["SWE"], ["SYR"])]


def test_the_arrival_of_an_official_is_a_visit(extractor):
    text = "Police were on alert ahead of the arrival of the Iranian foreign minister in Ankara."
    assert (["IRN"], ["TUR"]) in side_countries(_extract(extractor, text), "visit")
    banks = "The arrival of foreign banks in Vietnam could change retail lending."
    assert not side_countries(_extract(extractor, banks), "visit")


def test_the_official_of_a_visit_is_the_visitor_not_its_target(extractor):
    text = "The visit of the Polish president to Germany ended on Friday."
    visits = side_countries(_extract(extractor, text), "visit")
    assert visits and all("POL" in who and "POL" not in whom for who, whom in visits)


def test_a_reporters_question_is_no_appeal(extractor):
    comment = (
        "Asked to comment on the rejection of the offer, a Japanese ministry spokeswoman "
        "said the board had decided."
    )
    assert not side_countries(_extract(extractor, comment), "appeal")
    how = "Asked how long the ban would last, the Brazilian minister said it depended on Peru."
    assert not side_countries(_extract(extractor, how), "appeal")
    what = "Asked what role Canada had played, the Spanish minister said it had helped."
    assert not side_countries(_extract(extractor, what), "appeal")
    request = "The Greek premier asked Turkey to withdraw its troops from Cyprus."
    assert (["GRC"], ["TUR"]) in side_countries(_extract(extractor, request), "appeal")


def test_what_we_must_do_is_no_demand(extractor):
    ours = '"We must find a balance between our debts and our growth," the Brazilian minister said.'
    assert not side_countries(_extract(extractor, ours), "demand")
    theirs = "The Brazilian minister said Argentina must lift its tariffs on steel."
    assert (["BRA"], ["ARG"]) in side_countries(_extract(extractor, theirs), "demand")


def test_talks_in_a_time_phrase_are_held_by_the_doer_of_its_clause(extractor):
    told = "Egypt said Israel released the prisoners after talks with Jordan."
    assert (["ISR"], ["JOR"]) in side_countries(_extract(extractor, told), "meeting")
    front = "After talks with Jordan, Israel released the prisoners, Egypt said."
    assert (["ISR"], ["JOR"]) in side_countries(_extract(extractor, front), "meeting")
    assert not any("EGY" in who for who, _ in side_countries(_extract(extractor, told), "meeting"))
    thing = (
        "The Finnish president said Russia's deployment of troops to Belarus was an "
        "escalation, following talks with the Chinese president."
    )
    assert (["FIN"], ["CHN"]) in side_countries(_extract(extractor, thing), "meeting")
