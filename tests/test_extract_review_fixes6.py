"""Rules of one round that fired wider than their purpose: help sought read as aid withheld,
doubts that are no one's, market dealers' doubts, civil units flown in. Sentences written for
the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1991-06-18T08:00:00Z"))


def _of_type(extractor, text: str, *types: str) -> list[dict]:
    return [e for e in _extract(extractor, text) if e["type"] in types]


# ------------------------------------------------------------ help sought is no aid withheld


def test_help_not_sought_from_a_lender_is_no_sanction(extractor):
    text = "Ecuador said it would not go to the IMF for help with its foreign debt."
    events = _extract(extractor, text)
    assert not [e for e in events if e["cameo"] == "1621"], events


def test_loans_a_giver_will_not_approve_are_still_aid_withheld(extractor):
    for text in (
        "The Asian Development Bank decided not to approve new loans to Burma.",
        "Sweden said it would not give fresh credits to Vietnam this year.",
    ):
        events = _of_type(extractor, text, "sanction")
        assert events and events[0]["cameo"] == "1621", text


# ------------------------------------------------------------ doubts that are no one's


def test_a_doubt_no_one_holds_is_no_mood(extractor):
    for text in (
        "Nobody should doubt that the rebels mean to seize the capital, the minister argued.",
        "No one doubts that Hanoi wants better ties with Beijing, the envoy said.",
    ):
        assert not _of_type(extractor, text, "statement"), text


def test_a_party_doubting_stays_pessimistic(extractor):
    text = "The Thai foreign minister doubted that Vietnam would pull its troops out of Cambodia."
    events = _of_type(extractor, text, "statement")
    assert events and events[0]["cameo"] == "012"


# ------------------------------------------------------------ market dealers' doubts


def test_dealers_doubting_a_market_is_no_mood_of_a_state(extractor):
    text = "Many Tokyo bond dealers doubt whether the yen will climb much further this month."
    assert not _extract(extractor, text)


# ------------------------------------------------------------ civil units flown in


def test_a_medical_unit_flown_in_is_no_deployment(extractor):
    text = "A Red Cross medical unit flew into Kigali on Sunday to treat the wounded."
    assert not _of_type(extractor, text, "deployment")


def test_paratroopers_flown_in_are_still_deployed(extractor):
    text = "Belgian paratroopers flew into Kigali on Sunday to evacuate foreigners."
    assert _of_type(extractor, text, "deployment")


# ------------------------------------------------------------ a place in a mood's clause


def test_a_place_in_a_moods_clause_is_no_party(extractor):
    text = (
        '"We are confident that the new card will transform shopping in Italy," said Mr Conti, '
        "the firm's chairman."
    )
    moods = _of_type(extractor, text, "statement")
    assert not [e for e in moods if any(t["country"] == "ITA" for t in e["targets"])], moods


def test_a_state_in_a_moods_clause_is_still_its_party(extractor):
    text = "The Japanese trade minister is optimistic that China will sign the textile pact."
    moods = _of_type(extractor, text, "statement")
    assert moods and any(t["country"] == "CHN" for t in moods[0]["targets"])
