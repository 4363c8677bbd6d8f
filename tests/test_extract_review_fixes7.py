"""Rules of one round that fired wider than their purpose: a party's own claim of an attack
read as an accusation, a barrage named by its firer read as a dam, ties cut just now read as
ties that stay cut, an act watched as it was done read as one only watched for. Sentences
written for the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1988-05-11T08:00:00Z"))


def _of_type(extractor, text: str, *types: str) -> list[dict]:
    return [e for e in _extract(extractor, text) if e["type"] in types]


# ------------------------------------------------------- one's own attack claimed is no charge


def test_a_party_claiming_its_own_attack_accuses_no_one(extractor):
    for text in (
        "The Kurdish rebel group said it was behind the bombing of the Turkish consulate.",
        "Separatist rebels said they were responsible for the ambush on the army convoy.",
    ):
        events = _extract(extractor, text)
        assert not [e for e in events if e["type"] == "accusation"], text
        assert [e for e in events if e["category"] == "military"], text


def test_a_party_said_to_be_behind_an_attack_is_still_accused(extractor):
    text = "Egypt said Libya was behind the bombing of its consulate."
    events = _of_type(extractor, text, "accusation")
    assert events and events[0]["targets"], text


# ------------------------------------------------------- a barrage named by its firer


def test_a_barrage_named_by_its_firer_is_still_a_bombardment(extractor):
    text = "The PLO barrage on the northern Israeli town lasted two hours on Sunday."
    assert [e for e in _extract(extractor, text) if e["category"] == "military"], text


def test_a_barrage_named_by_a_place_is_still_a_dam(extractor):
    text = "Indian engineers inspected the Farakka barrage on the Ganges on Sunday."
    assert not [e for e in _extract(extractor, text) if e["category"] == "military"], text


# ------------------------------------------------------- ties cut just now are an act


def test_ties_just_cut_with_no_doer_named_are_still_a_sanction(extractor):
    text = (
        "Diplomatic relations between Senegal and Mauritania have been severed, "
        "the Senegalese foreign ministry announced on Sunday."
    )
    assert _of_type(extractor, text, "sanction"), text


def test_ties_cut_for_years_are_a_standing_state(extractor):
    for text in (
        "Relations between Senegal and Mauritania have been severed since 1989.",
        "Relations between Senegal and Mauritania have been frozen for seven years.",
    ):
        assert not _of_type(extractor, text, "sanction"), text


# ------------------------------------------------------- an act watched as it was done


def test_an_act_watched_as_it_was_done_took_place(extractor):
    text = "U.N. officers monitored the withdrawal of Libyan troops from the strip on Friday."
    assert _of_type(extractor, text, "withdrawal"), text


def test_an_act_only_to_be_watched_is_still_no_act(extractor):
    text = "Egypt said it would monitor the withdrawal of Libyan troops from the strip."
    assert not _of_type(extractor, text, "withdrawal"), text


# ------------------------------------------------------- harm told in another country


def test_harm_told_in_another_country_is_another_act(extractor):
    text = (
        "Syrian jets bombed a Turkish border post on Thursday. "
        "In Lebanon, the car bomb explosion killed nine people outside a Sidon market."
    )
    armed = [e for e in _extract(extractor, text) if e["category"] == "military"]
    assert len(armed) == 2, armed


def test_harm_told_of_the_act_just_told_is_still_that_act(extractor):
    text = (
        "Syrian jets bombed a Turkish border post on Thursday. "
        "The raid killed nine Turkish soldiers, Ankara said."
    )
    armed = [e for e in _extract(extractor, text) if e["category"] == "military"]
    assert len(armed) == 1, armed


# ------------------------------------------------------- one given or told after a passive


def test_one_summoned_and_handed_a_note_hands_nothing(extractor):
    for text in (
        "The Libyan envoy was summoned and handed a protest note on Monday.",
        "The Chinese ambassador was summoned and asked to explain the incident.",
    ):
        events = _extract(extractor, text)
        assert events and not [e for e in events if e["actors"]], (text, events)


def test_a_party_alarmed_that_tells_another_still_does_it(extractor):
    text = "China was alarmed by the tests and told India to stop them."
    events = _of_type(extractor, text, "demand")
    assert events and events[0]["actors"][0]["country"] == "CHN", events
