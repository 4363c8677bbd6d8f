"""Roles on whole articles, fourth round (issue 10): where a titled person travels is not his
country (nor later, when the text names him by surname), the side a demand bids is not the
demander's, bare 'officials'/'ministers' after several countries are no one's, envoys called
home are recalled, a state's own envoys named by its adjective are no target, 'high
commissioner' is an envoy, and an airline's halted flights are no state's sanction. All
sentences are written for the test."""

from __future__ import annotations

from event_helpers import country_codes, extract_events
from test_extract_wire_roles import _by_trigger

from stream.extract.actors import DocumentActors


def _first(extractor, text: str, trigger: str) -> dict:
    events = _by_trigger(extract_events(extractor, text), trigger)
    assert events, text
    return events[0]


def _doer(extractor, text: str, trigger: str) -> set[str]:
    return country_codes(_first(extractor, text, trigger)["actors"])


def _assert_sides(extractor, cases: tuple[tuple[str, str, str, str], ...]) -> None:
    """Each (text, trigger, doer, target): the first event of the trigger has those sides."""
    for text, trigger, doer, target in cases:
        event = _first(extractor, text, trigger)
        assert country_codes(event["actors"]) == {doer}, text
        assert country_codes(event["targets"]) == {target}, text


def test_where_a_titled_visitor_goes_is_not_his_country_nor_later_by_surname(extractor):
    text = (
        "OSLO, May 5 - Deputy Fisheries Minister Knut Lunde leaves for Copenhagen today with "
        "figures he says will answer Danish complaints that Norway broke the quota deal. "
        "Lunde criticised Denmark for its catch figures."
    )
    assert _doer(extractor, text, "criticised") == {"NOR"}  # was Denmark, where he went


def test_where_a_visitor_went_is_forgotten_with_the_article(extractor):
    went = (
        "OSLO, May 5 - Deputy Fisheries Minister Knut Lunde leaves for Copenhagen today. "
        "Lunde criticised Denmark for its catch figures."
    )
    assert _doer(extractor, went, "criticised") == {"NOR"}
    at_home = (
        "COPENHAGEN, May 6 - Deputy Fisheries Minister Knut Lunde said the quota deal would "
        "hold. Lunde criticised Sweden for its catch figures."
    )
    assert _doer(extractor, at_home, "criticised") == {"DNK"}  # no Copenhagen trip remembered


def test_the_capital_a_titled_visitor_arrives_in_is_not_his(extractor):
    text = (
        "Deputy Premier Omar Haddad arrived in Nairobi on Tuesday. Haddad accused Uganda of "
        "arming rebels."
    )
    assert "KEN" not in _doer(extractor, text, "arrived")
    assert "KEN" not in _doer(extractor, text, "accused")


def test_a_titled_person_named_with_his_country_keeps_it_by_surname(extractor):
    text = (
        "Danish Trade Minister Lars Holm flew to Reykjavik on Monday. Icelandic officials met "
        "him at the airport. Holm accused Iceland of breaking the fishing accord."
    )
    assert _doer(extractor, text, "accused") == {"DNK"}


def test_the_side_a_demand_bids_is_not_the_demanders(extractor):
    for text, trigger in (
        ("The chancellor demanded that Japan lower its duties on wine.", "demanded"),
        ("The minister insisted that Chad should pull its troops back.", "insisted"),
        ("The chancellor demanded Japan lower its duties on wine.", "demanded"),  # no 'that'
    ):
        events = _by_trigger(extract_events(extractor, text), trigger)
        assert events, text
        assert not country_codes(events[0]["actors"]) & country_codes(events[0]["targets"]), text


def test_a_said_clause_still_gives_the_speaker_its_country(nlp):
    doc = nlp("The minister said Japan would lower its duties on wine.")
    minister = next(t for t in doc if t.text == "minister")
    assert [a["country"] for a in DocumentActors(doc).resolve(minister)] == ["JPN"]


def test_bare_officials_and_ministers_after_several_countries_are_no_ones(nlp):
    for text, word in (
        (
            "The Community signed a pact with Peru after Greece and Spain dropped their "
            "objections. Ministers also agreed to resume talks with Chile.",
            "Ministers",
        ),
        (
            "Talks between Ghana, Togo and Benin on the border ended on Friday. Officials "
            "said the talks had made progress.",
            "Officials",
        ),
    ):
        doc = nlp(text)
        plural = next(t for t in doc if t.text == word)
        assert [a["country"] for a in DocumentActors(doc).resolve(plural)] in ([], [None]), text


def test_bare_officials_after_one_country_keep_it(nlp):
    doc = nlp("Ghana closed its border with Togo on Friday. Officials said it would stay shut.")
    officials = next(t for t in doc if t.text == "Officials")
    assert [a["country"] for a in DocumentActors(doc).resolve(officials)] == ["GHA"]


def test_an_envoy_called_home_is_recalled_not_summoned(extractor):
    cases = (
        ("Libya summoned its ambassador home from Tunis on Sunday.", "summoned", "LBY", "TUN"),
        ("Qatar called its ambassador home from Cairo.", "called", "QAT", "EGY"),
    )
    _assert_sides(extractor, cases)
    for text, trigger, _, _ in cases:
        assert _first(extractor, text, trigger)["type"] == "sanction", text  # no accusation


def test_a_foreign_envoy_summoned_is_an_accusation(extractor):
    events = _by_trigger(extract_events(extractor, "Oman summoned the Yemeni envoy."), "summoned")
    assert events and events[0]["type"] == "accusation"  # CAMEO 110, family ACCUSE
    assert country_codes(events[0]["targets"]) == {"YEM"}


def test_the_doers_own_envoy_named_by_its_adjective_is_no_target(extractor):
    _assert_sides(  # the host, not the doer too
        extractor,
        (
            ("Chile withdrew the Chilean consul from La Paz.", "withdrew", "CHL", "BOL"),
            ("Peru recalled the Peruvian charge d'affaires from Quito.", "recalled", "PER", "ECU"),
        ),
    )


def test_a_high_commissioner_is_an_envoy(extractor):
    _assert_sides(
        extractor,
        (
            ("Ghana recalled its high commissioner from Lagos.", "recalled", "GHA", "NGA"),
            ("Zambia expelled the Kenyan high commissioner.", "expelled", "ZMB", "KEN"),
            ("Britain summoned the Nigerian high commissioner.", "summoned", "GBR", "NGA"),
        ),
    )


def test_an_airline_halting_flights_is_no_state_sanction(extractor):
    for text in (
        "British Airways is to suspend its flights to Khartoum from Monday.",
        "Japan Airlines halted flights to Manila after the coup attempt.",
    ):
        assert not [
            e for e in extract_events(extractor, text) if e["type"] in ("sanction", "threat")
        ]


def test_a_state_halting_flights_is_still_a_sanction(extractor):
    events = extract_events(extractor, "Kenya suspended all flights to Khartoum on Monday.")
    assert [e for e in events if e["type"] == "sanction"]
