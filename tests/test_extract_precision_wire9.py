"""False events of unannotated wire news by class, a fifteenth study (issue 10), on sentences
written for the test: law officers and other civilian 'generals' read as soldiers, a pronoun
whose referent the writer names in brackets, a visit named again by a noun with no host, an
act only said to be made hard or easy, an act averted, a controversy that surrounds and a
government taking control of a foreign firm's consortium."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events

_SHADOW = (
    "Shadow attorney general Dominic Grieve criticised the government over its plans for the"
    " courts. He warned that ministers would have great difficulty getting the bill through"
    " Parliament. The Lord Chancellor said the plans were in line with practice in France and"
    " Germany."
)


def _sectors(parties: list[dict]) -> set[str]:
    return {(p["code"] or "")[3:6] for p in parties}


def test_a_law_officer_called_general_is_no_soldier(extractor):
    for title in ("attorney general", "Solicitor General", "director-general"):
        text = f"Britain's {title} criticised the French government on Monday."
        accused = events_of_type(extract_events(extractor, text), "accusation")
        assert accused and _sectors(accused[0]["actors"]) == {"GOV"}, title
    text = "General Ergenc criticised the Greek government on Monday."
    accused = events_of_type(extract_events(extractor, text), "accusation")
    assert accused and _sectors(accused[0]["actors"]) == {"MIL"}


def test_a_law_officers_words_at_home_are_politics_at_home(extractor):
    events = extract_events(extractor, _SHADOW)
    assert not events_of_type(events, "accusation")
    assert not events_of_type(events, "threat")


def test_a_name_in_brackets_after_a_pronoun_says_whom_it_stands_for(extractor):
    text = (
        'Kuwait has asked the United States to protect its tankers, officials said. "They (the'
        ' Kuwaitis) have also asked Britain and China to lease ships," a U.S. official told'
        " Reuters."
    )
    asked = [e for e in events_of_type(extract_events(extractor, text), "appeal") if e["targets"]]
    second = [e for e in asked if "GBR" in country_codes(e["targets"])]
    assert second and country_codes(second[0]["actors"]) == {"KWT"}
    text = '"We (Iraq) will strike any ship that serves Iran," the spokesman said on Monday.'
    threats = events_of_type(extract_events(extractor, text), "threat")
    assert threats and country_codes(threats[0]["actors"]) == {"IRQ"}


def test_a_visit_named_again_with_no_host_is_the_same_visit(extractor):
    text = (
        "Japanese Prime Minister Yasuhiro Nakasone's visit may be delayed, officials said."
        " Officials have worked for weeks on the groundwork for Nakasone's visit. Trade will"
        " dominate Nakasone's trip, they said."
    )
    assert len(events_of_type(extract_events(extractor, text), "visit")) == 1
    text = (
        "Secretary of State George Shultz visited China on Monday. Shultz's visit to Japan"
        " will follow on Friday."
    )
    assert len(events_of_type(extract_events(extractor, text), "visit")) == 2


def test_an_act_said_to_be_made_hard_is_not_done(extractor):
    text = "Sabotage would make it difficult to blame Iran, diplomats said."
    assert not events_of_type(extract_events(extractor, text), "accusation")
    text = (
        "A softer European stance would make it more difficult, although not impossible,"
        " for the United States to block the plans."
    )
    assert not events_of_type(extract_events(extractor, text), "rejection")
    text = "It is hard for Japan to reject the proposal, officials said."
    assert not events_of_type(extract_events(extractor, text), "rejection")
    text = "Iran attacked a Kuwaiti tanker on Monday to make it difficult for Kuwait to export oil."
    assert events_of_type(extract_events(extractor, text), "attack")
    text = "Iraqi troops found it easy to overrun the Iranian positions on Monday."
    assert events_of_type(extract_events(extractor, text), "occupation")


def test_surrounded_by_controversy_is_no_blockade(extractor):
    text = "The agency has been surrounded in controversy since it was set up in 1993."
    assert not events_of_type(extract_events(extractor, text), "blockade")
    text = "The talks in Geneva were surrounded by secrecy, diplomats said on Monday."
    assert not events_of_type(extract_events(extractor, text), "blockade")
    text = "Syrian troops surrounded the Palestinian camp on Monday."
    assert events_of_type(extract_events(extractor, text), "blockade")


def test_a_government_taking_control_of_a_consortium_seizes_property(extractor):
    text = (
        "The Greek government said it was taking control of a Canadian-led consortium that"
        " was producing oil off the island of Thassos."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "occupation")
    seized = events_of_type(events, "coercion")
    assert seized and "CAN" in country_codes(seized[0]["targets"])
    text = "Iraqi forces took control of the town of Fao on Monday."
    assert events_of_type(extract_events(extractor, text), "occupation")


def test_an_act_averted_did_not_happen(extractor):
    text = (
        "The package appeared to have saved Japan from a widely expected summit attack on its"
        " trade policies, officials said."
    )
    assert not events_of_type(extract_events(extractor, text), "accusation")
    text = "Tokyo sent a team to Washington on Monday to avert U.S. trade sanctions."
    assert not events_of_type(extract_events(extractor, text), "sanction")
    text = "Police prevented a bomb attack on the embassy in Lima on Monday."
    assert not events_of_type(extract_events(extractor, text), "attack")
    text = "The United States imposed sanctions on Japan on Monday to head off a wider dispute."
    assert events_of_type(extract_events(extractor, text), "sanction")
    text = "Iraqi troops repulsed an Iranian attack on Basra on Monday."
    assert events_of_type(extract_events(extractor, text), "attack")
    text = "Police failed to prevent a bomb attack on the embassy in Lima on Monday."
    assert events_of_type(extract_events(extractor, text), "attack")
