"""Roles on wire copy (issue 10): who does an act and who suffers it, on sentences written for
the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events


def _by_trigger(events: list[dict], word: str) -> list[dict]:
    return [e for e in events if word in e["trigger"]]


def test_the_person_or_group_after_of_a_kidnapping_or_an_arrest_is_its_victim(extractor):
    for text, word, victim in (
        ("The abduction of Danish engineer Lars Norrby angered Copenhagen.", "abduction", "DNK"),
        ("The arrest of two Israeli soldiers angered Jerusalem.", "arrest", "ISR"),
        ("The detention of Libyan diplomat Omar Sabri angered Tripoli.", "detention", "LBY"),
    ):
        events = _by_trigger(extract_events(extractor, text), word)
        assert events, text
        assert country_codes(events[0]["targets"]) == {victim}, text
        assert not country_codes(events[0]["actors"]), text  # the victim is no doer


def test_a_doer_after_by_or_ordering_the_arrest_stays_the_doer(extractor):
    for text in (
        "Iran ordered the arrest of two Kuwaiti sailors.",
        "The arrest of two Kuwaiti sailors by Iran angered Kuwait.",
    ):
        arrests = _by_trigger(extract_events(extractor, text), "arrest")
        assert arrests and country_codes(arrests[0]["actors"]) == {"IRN"}, text
        assert country_codes(arrests[0]["targets"]) == {"KWT"}, text


def test_who_responds_to_an_act_did_not_do_it(extractor):
    text = "Britain, responding to the kidnapping of a British nurse, said it would not bargain."
    kidnappings = _by_trigger(extract_events(extractor, text), "kidnapping")
    assert kidnappings and not kidnappings[0]["actors"]
    assert country_codes(kidnappings[0]["targets"]) == {"GBR"}
    text = "Iraq responded with air raids on Iranian cities."  # the answer itself is the doer's
    raids = events_of_type(extract_events(extractor, text), "airstrike")
    assert raids and country_codes(raids[0]["actors"]) == {"IRQ"}


def test_a_bare_envoy_is_the_envoy_named_before_never_the_host_around_him(extractor):
    text = "KUNA said the envoy had met the emir."  # a Kuwaiti agency: not a Kuwaiti envoy
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and not country_codes(meetings[0]["actors"])
    text = "The Soviet ambassador to Cairo urged Israel to withdraw. The envoy also met Egyptian officials."
    meetings = events_of_type(extract_events(extractor, text), "meeting")
    assert meetings and country_codes(meetings[0]["actors"]) == {"RUS"}
    assert country_codes(meetings[0]["targets"]) == {"EGY"}


def test_what_a_coordinated_passive_befalls_is_its_target_never_its_doer(extractor):
    for text, target, reporters in (
        (
            "Four Iraqi positions were overrun and destroyed on Monday, the communique said.",
            "IRQ",
            set(),
        ),
        # a capture of weapons is a seizure: the reporting side's, as with 'seized and destroyed'
        (
            "Three Libyan tanks were captured and destroyed near the oasis, Chad said.",
            "LBY",
            {"TCD"},
        ),
        (
            "Two Iranian gunboats wer destroyed and sunk near the rig, it said.",
            "IRN",
            set(),
        ),  # typo
    ):
        attacks = events_of_type(extract_events(extractor, text), "attack")
        assert attacks, text
        assert country_codes(attacks[0]["actors"]) <= reporters, text  # at most the reporter
        assert country_codes(attacks[0]["targets"]) == {target}, text
    text = "Two Iranian boats were damaged and later sunk by Iraqi helicopters."
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"IRQ"}
    assert country_codes(attacks[0]["targets"]) == {"IRN"}
    text = "Iraq attacked and sunk two Iranian boats."  # an object: an active pair
    attacks = events_of_type(extract_events(extractor, text), "attack")
    assert attacks and country_codes(attacks[0]["actors"]) == {"IRQ"}
    assert country_codes(attacks[0]["targets"]) == {"IRN"}


def test_a_participle_in_a_row_of_acts_with_an_object_stays_active(extractor):
    text = "Syrian commandos attacked, seized and sank a Turkish freighter."
    events = extract_events(extractor, text)
    assert events
    for event in events:
        assert country_codes(event["actors"]) == {"SYR"}, event["trigger"]
        assert country_codes(event["targets"]) == {"TUR"}, event["trigger"]
