"""False events of unannotated wire news by class, an eighteenth study (issue 10), on sentences
written for the test: a firm a wire service marks with angle brackets, makers and sellers of an
industry as the state of their adjective, a round of trade talks named after where it opened,
a report neither confirmed nor denied, an act thought inconceivable, ministers agreeing on a
need, one state's envoy meeting his own Prime Minister, and one official accusing another of
the same state while talks are held abroad."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.normalize import normalize


def test_a_firm_marked_by_the_wire_keeps_its_name():
    text = "Meanwhile <Tasman Coal Co> of New Zealand agreed, said Nippon Steel <NSTC.T>."
    clean = normalize(text)
    assert "Tasman Coal Co of New Zealand" in clean.text
    assert "NSTC" not in clean.text
    start = clean.text.index("Tasman")
    assert clean.to_original(start) == text.index("Tasman")


def test_a_marked_firm_and_its_country_are_business(extractor):
    text = (
        "<Hunter Valley Coal Ltd> of Australia and Korean steelmakers failed to agree on the"
        " coal price for next year, officials involved said."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "rejection") and not events_of_type(events, "meeting"), events
    refused = events_of_type(
        extract_events(extractor, "Australia and South Korea failed to agree on a fishing treaty."),
        "rejection",
    )
    assert refused and country_codes(refused[0]["actors"]) & {"AUS", "KOR"}


def test_makers_and_sellers_of_an_industry_are_business(extractor):
    for text in (
        "Japanese steel mills and several Australian coal exporters held talks on prices this"
        " week.",
        "Korean steelmakers met Brazilian steel mills in Rio this week.",
    ):
        assert not events_of_type(extract_events(extractor, text), "meeting"), text
    met = events_of_type(
        extract_events(extractor, "Japanese and Australian trade officials held talks this week."),
        "meeting",
    )
    assert met and country_codes(met[0]["actors"] + met[0]["targets"]) >= {"JPN", "AUS"}


def test_a_round_named_after_where_it_opened_names_no_party(extractor):
    text = "Ministers want to speed up the Uruguay round negotiations on farm trade."
    for event in extract_events(extractor, text):
        assert "URY" not in country_codes(event["actors"] + event["targets"]), event
    met = events_of_type(
        extract_events(extractor, "Uruguay and Argentina held talks on farm trade on Monday."),
        "meeting",
    )
    assert met and "URY" in country_codes(met[0]["actors"] + met[0]["targets"])


def test_a_report_neither_confirmed_nor_denied_is_no_rejection(extractor):
    for text in (
        "Bank of Korea officials would neither confirm nor deny the newspaper report.",
        "The Saudi oil minister declined to confirm or deny the reports.",
    ):
        assert not events_of_type(extract_events(extractor, text), "rejection"), text
    denied = events_of_type(
        extract_events(extractor, "Iran denied reports that its gunboats had attacked the tanker."),
        "rejection",
    )
    assert denied and country_codes(denied[0]["actors"]) == {"IRN"}


def test_an_act_thought_inconceivable_is_no_act(extractor):
    text = "Officials said it was inconceivable that Chancellor Kohl would make any concessions."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "pledge") and not events_of_type(events, "concession"), events


def test_agreeing_on_a_need_is_no_agreement(extractor):
    text = "EC finance ministers agreed on the need for closer coordination of interest rates."
    assert not events_of_type(extract_events(extractor, text), "agreement")
    agreed = events_of_type(
        extract_events(extractor, "Egypt and Israel agreed on a timetable for the withdrawal."),
        "agreement",
    )
    assert agreed


def test_an_envoy_meeting_his_own_prime_minister_is_at_home(extractor):
    text = (
        "TOKYO, March 31 - Japan's ambassador to Washington urged Prime Minister Yasuhiro"
        " Nakasone to bring new trade proposals when he visits the United States next month.\n\n"
        "Ambassador Nobuo Matsunaga made the recommendation at a meeting with Nakasone on"
        " Monday, officials said.\n\n"
        "The United States plans to impose tariffs on Japanese goods on April 17."
    )
    events = extract_events(extractor, text, "1987-03-31T12:00:00Z")
    for event in events_of_type(events, "meeting"):
        assert country_codes(event["actors"] + event["targets"]) != {"JPN"}, event
    assert events_of_type(events, "visit")


def test_an_official_accusing_another_of_his_state_is_at_home_wherever(extractor):
    text = (
        "MANILA, March 2 - A rift has opened among Philippine officials over debt talks that"
        " start tomorrow in New York, with Budget Secretary Alberto Reyes accusing the chief"
        " negotiator of softening his stand.\n\n"
        "The talks with 12 creditor banks will be chaired by Citibank, bankers said.\n\n"
        "Japan and the United States hold the largest part of the debt."
    )
    events = extract_events(extractor, text, "1987-03-02T12:00:00Z")
    assert not events_of_type(events, "accusation"), events
    accused = events_of_type(
        extract_events(extractor, "The Philippines accused Malaysia of arming the rebels."),
        "accusation",
    )
    assert accused and country_codes(accused[0]["targets"]) == {"MYS"}


def test_a_trade_boycott_of_two_states_is_a_sanction_on_both(extractor):
    text = (
        "OSLO, March 12 - Norway announced sanctions against South Africa on Thursday.\n\n"
        "Trade Minister Kari Olsen said a trade boycott of South Africa and neighbouring"
        " Namibia would take effect from July 1."
    )
    events = extract_events(extractor, text, "1987-03-12T12:00:00Z")
    for event in events:
        assert "NAM" not in country_codes(event["actors"]), event
    boycotts = [e for e in events if e["trigger"] == "boycott"]
    assert boycotts and all(e["type"] in ("sanction", "threat") for e in boycotts), boycotts
    assert {"ZAF", "NAM"} <= country_codes(boycotts[0]["targets"])
    protested = events_of_type(
        extract_events(extractor, "Opposition parties in Chile will boycott the elections."),
        "protest",
    )
    assert protested


def test_a_promise_told_as_kept_or_not_is_no_new_pledge(extractor):
    for text in (
        "Reagan said Japan had not fulfilled its promise to halt dumping of microchips.",
        "The minister said Syria had never kept its promise of last year.",
    ):
        assert not events_of_type(extract_events(extractor, text), "pledge"), text
    promised = events_of_type(
        extract_events(extractor, "Japan promised to open its market to American chips."), "pledge"
    )
    assert promised and country_codes(promised[0]["actors"]) == {"JPN"}


def test_a_government_request_is_not_the_assessors_request(extractor):
    text = (
        "MANILA, March 20 - Two World Bank review teams are in the Philippines to assess"
        " government requests for funding for a housing plan, bank officials said."
    )
    # the requests are the government's, not the teams': no appeal of the World Bank (a bare
    # 'government' compound names no state, so no appeal of anyone either)
    assert extract_events(extractor, text, "1987-03-20T12:00:00Z") == []
    asked = events_of_type(
        extract_events(extractor, "The World Bank asked Manila to cut its budget deficit."),
        "appeal",
    )
    assert asked and country_codes(asked[0]["targets"]) == {"PHL"}


def test_any_act_a_clause_tells_about_is_none_done(extractor):
    text = "Company sources said any negotiations with Algeria would stress looser prices."
    assert not events_of_type(extract_events(extractor, text), "meeting")
    text = "Iran warned that any attack on its oil platforms would be answered with force."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "attack") and events_of_type(events, "threat"), events
    helped = events_of_type(
        extract_events(extractor, "Britain said it was ready to give Romania any help it needed."),
        "aid",
    )
    assert helped and country_codes(helped[0]["targets"]) == {"ROU"}
