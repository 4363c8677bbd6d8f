"""Roles on wire copy (issue 10): who does an act and who suffers it, on sentences written for
the test."""

from __future__ import annotations

from test_extract_wire_recall import _countries, _extract, _of_type


def _by_trigger(events: list[dict], word: str) -> list[dict]:
    return [e for e in events if word in e["trigger"]]


def test_the_person_or_group_after_of_a_kidnapping_or_an_arrest_is_its_victim(extractor):
    for text, word, victim in (
        ("The abduction of Danish engineer Lars Norrby angered Copenhagen.", "abduction", "DNK"),
        ("The arrest of two Israeli soldiers angered Jerusalem.", "arrest", "ISR"),
        ("The detention of Libyan diplomat Omar Sabri angered Tripoli.", "detention", "LBY"),
    ):
        events = _by_trigger(_extract(extractor, text), word)
        assert events, text
        assert _countries(events[0]["targets"]) == {victim}, text
        assert not _countries(events[0]["actors"]), text  # the victim is no doer


def test_a_doer_after_by_or_ordering_the_arrest_stays_the_doer(extractor):
    for text in (
        "Iran ordered the arrest of two Kuwaiti sailors.",
        "The arrest of two Kuwaiti sailors by Iran angered Kuwait.",
    ):
        arrests = _by_trigger(_extract(extractor, text), "arrest")
        assert arrests and _countries(arrests[0]["actors"]) == {"IRN"}, text
        assert _countries(arrests[0]["targets"]) == {"KWT"}, text


def test_who_responds_to_an_act_did_not_do_it(extractor):
    text = "Britain, responding to the kidnapping of a British nurse, said it would not bargain."
    kidnappings = _by_trigger(_extract(extractor, text), "kidnapping")
    assert kidnappings and not kidnappings[0]["actors"]
    assert _countries(kidnappings[0]["targets"]) == {"GBR"}
    text = "Iraq responded with air raids on Iranian cities."  # the answer itself is the doer's
    raids = _of_type(_extract(extractor, text), "airstrike")
    assert raids and _countries(raids[0]["actors"]) == {"IRQ"}


def test_a_bare_envoy_is_the_envoy_named_before_never_the_host_around_him(extractor):
    text = "KUNA said the envoy had met the emir."  # a Kuwaiti agency: not a Kuwaiti envoy
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings and not _countries(meetings[0]["actors"])
    text = "The Soviet ambassador to Cairo urged Israel to withdraw. The envoy also met Egyptian officials."
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings and _countries(meetings[0]["actors"]) == {"RUS"}
    assert _countries(meetings[0]["targets"]) == {"EGY"}


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
        attacks = _of_type(_extract(extractor, text), "attack")
        assert attacks, text
        assert _countries(attacks[0]["actors"]) <= reporters, text  # at most the reporter
        assert _countries(attacks[0]["targets"]) == {target}, text
    text = "Two Iranian boats were damaged and later sunk by Iraqi helicopters."
    attacks = _of_type(_extract(extractor, text), "attack")
    assert attacks and _countries(attacks[0]["actors"]) == {"IRQ"}
    assert _countries(attacks[0]["targets"]) == {"IRN"}
    text = "Iraq attacked and sunk two Iranian boats."  # an object: an active pair
    attacks = _of_type(_extract(extractor, text), "attack")
    assert attacks and _countries(attacks[0]["actors"]) == {"IRQ"}
    assert _countries(attacks[0]["targets"]) == {"IRN"}


def test_a_participle_in_a_row_of_acts_with_an_object_stays_active(extractor):
    text = "Syrian commandos attacked, seized and sank a Turkish freighter."
    events = _extract(extractor, text)
    assert events
    for event in events:
        assert _countries(event["actors"]) == {"SYR"}, event["trigger"]
        assert _countries(event["targets"]) == {"TUR"}, event["trigger"]
