"""Classes of the eleventh BBC tuning study (ten BBC politics articles of 2004-2005,
``benchmarks/data/bbc_tune11.gold.json``): committing a crime or an offence is no armed act; a
withdrawal from a treaty, a contract, a court or talks pulls back no forces (leaving talks is
halting them, CAMEO 164); a preposition's object is read only on the entry's own preposition
(an accord a withdrawal is made under is not left); a link between things is no ties cut; an
assault or a crackdown on a social ill is a figure of policy; resigning a party whip is a career
step; a public consultation is no meeting; attacked "as" a quality is criticism. Sentences
written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

PUB = "2005-02-14T12:00:00Z"


def _types(events: list[dict]) -> list[str]:
    return sorted(e["type"] for e in events)


def _assert_no_events(extractor, texts: tuple[str, ...]) -> None:
    for text in texts:
        assert extract_events(extractor, text, PUB) == [], text


def test_committing_an_offence_is_no_armed_act(extractor):
    text = "Their lawyer said the pair had not known they were committing a criminal offence."
    assert events_of_type(extract_events(extractor, text, PUB), "attack") == []


def test_leaving_a_treaty_a_contract_or_a_court_pulls_back_no_forces(extractor):
    _assert_no_events(
        extractor,
        (
            "Under the plans, Britain would withdraw from the 1951 refugee convention.",
            "The builder's withdrawal from the road contract was announced on Friday.",
            "A Tory government would pull Britain out of the European Court of Human Rights.",
        ),
    )


def test_leaving_talks_halts_them(extractor):
    text = "Pyongyang's withdrawal from the nuclear talks angered Washington."
    events = extract_events(extractor, text, PUB)
    assert _types(events) == ["sanction"]
    assert events[0]["cameo"] == "164"
    assert country_codes(events[0]["actors"]) == {"PRK"}


def test_an_accord_a_withdrawal_is_made_under_is_not_left(extractor):
    text = "Vietnamese troops withdrew from the border town under the Paris accord on Monday."
    events = extract_events(extractor, text, PUB)
    assert _types(events) == ["withdrawal"]
    assert country_codes(events[0]["actors"]) == {"VNM"}
    assert events[0]["date"]["value"] == "2005-02-14"


def test_a_link_between_things_is_no_tie_cut(extractor):
    text = "Ministers want to break the link between claiming benefits and working part-time."
    assert extract_events(extractor, text, PUB) == []
    text = "Iraq cut the links between the two countries in 1980."
    events = events_of_type(extract_events(extractor, text, PUB), "sanction")
    assert len(events) == 1
    assert country_codes(events[0]["actors"]) == {"IRQ"}
    assert events[0]["date"]["value"] == "1980"


def test_an_assault_or_a_crackdown_on_a_social_ill_is_policy(extractor):
    _assert_no_events(
        extractor,
        (
            "The chancellor launched an assault on tax avoidance in his Budget speech.",
            "The government is to crack down on binge drinking in town centres.",
            "Beijing launched a crackdown on tax evasion last month.",
        ),
    )
    text = "Burmese troops launched a crackdown on dissidents in the north."
    events = extract_events(extractor, text, PUB)
    assert _types(events) == ["coercion"]
    assert country_codes(events[0]["actors"]) == {"MMR"}


def test_resigning_the_party_whip_is_a_career_step(extractor):
    text = "The rebel MP resigned the party whip at Westminster in March."
    assert extract_events(extractor, text, PUB) == []


def test_a_public_consultation_is_no_meeting(extractor):
    text = "The home secretary launched a public consultation on the identity card plans."
    assert extract_events(extractor, text, PUB) == []
    text = "Iran and Iraq held consultations in Geneva on Monday."
    events = extract_events(extractor, text, PUB)
    assert _types(events) == ["meeting"]
    assert country_codes(events[0]["actors"]) == {"IRN", "IRQ"}


def test_attacked_as_a_quality_is_criticism(extractor):
    _assert_no_events(
        extractor,
        (
            "This was attacked by Labour as unfair and unworkable.",
            "It has been attacked by the Liberal Democrats as far too timid.",
        ),
    )
    text = "Israeli jets attacked the camp as a reprisal for the raid."
    events = events_of_type(extract_events(extractor, text, PUB), "attack")
    assert len(events) == 1
    assert country_codes(events[0]["actors"]) == {"ISR"}
