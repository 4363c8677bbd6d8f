"""Frames of the sixteenth own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("2005-01-20T12:00:00Z")


def _sources(extractor, text: str, etype: str) -> set[str | None]:
    return {
        e["actors"][0]["country"] if e["actors"] else None
        for e in _extract(extractor, text)
        if e["type"] == etype
    }


def test_sixteenth_batch_frames(extractor):
    """Frames with no trigger (or the wrong one) before batch 16, each in a wording of its own."""
    cases = {
        "Ugandan and Sudanese border units traded fire near Nimule.": ("clash", "190"),
        "Ethiopian and Eritrean gunners stopped firing at dawn.": ("ceasefire", "0871"),
        "The remaining Cuban troops left Ethiopia in 1989.": ("withdrawal", "0874"),
        "Bandits snatched 20 schoolgirls from a hostel in Zamfara.": ("attack", "181"),
        "Russian hackers knocked out the websites of Estonian banks.": ("coercion", "176"),
        "Soldiers broke up a meeting of the Zambian opposition with batons.": ("attack", "175"),
        "Rebels ambushed the motorcade of the Malian defence minister near Gao.": ("attack", "185"),
        "Burundi's militiamen handed in their weapons at a camp in 2005.": ("withdrawal", "0873"),
        "Khartoum ordered a British charity to leave Darfur.": ("sanction", "1663"),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))
    assert "meeting" not in _types(
        extractor, "Soldiers broke up a meeting of the Zambian opposition with batons."
    )


def test_food_aid_refused_is_no_hunger_strike(extractor):
    """'refused food aid from Japan' turns help down; 'refused food' alone is a fast."""
    aid = _types(extractor, "Pyongyang refused food aid from Tokyo.")
    assert "protest" not in aid and "rejection" in aid, aid
    fast = _codes(extractor, "Jailed Tibetan monks refused food for a week in Lhasa.")
    assert ("protest", "142") in fast, fast


def test_no_part_in_an_act_denies_it(extractor):
    """'had no hand in the bombing' denies responsibility (016), and the bombing is not the
    denier's; 'played a part' is none."""
    text = "Amman said it had no hand in the bombing in Damascus."
    codes = _codes(extractor, text)
    assert ("statement", "016") in codes and "attack" not in {t for t, _ in codes}, codes
    assert ("statement", "016") not in _codes(
        extractor, "Tunis played a part in the talks on Libya."
    )


def test_tito_has_a_country(extractor):
    """Tito is Yugoslavia's leader, coded as its successor state (as the country table codes
    Yugoslavia)."""
    assert "SRB" in _sources(extractor, "Tito flew to Cairo in 1955.", "visit")


def test_names_with_accented_letters_pass_the_prefilter(extractor):
    """A capital with an accented letter ('Asunción', 'Bogotá') names a party."""
    assert "rejection" in _types(extractor, "Asunción rejected the plan.")
    assert "rejection" in _types(extractor, "Bogotá turned down the offer.")


def test_a_mood_with_a_that_clause_is_aimed_at_its_party(extractor):
    """'pessimistic that Hanoi would sign' is a pessimistic comment (012) on Vietnam, as
    'pessimistic about talks with Hanoi' is; 'doubted that Kampala would sign' too."""
    for text, code, target in (
        ("Laos was pessimistic that Hanoi would sign the dam accord.", "012", "VNM"),
        ("The Chilean minister said he was optimistic that Lima would agree.", "013", "PER"),
        ("Nairobi doubts that Kampala will sign the railway deal.", "012", "UGA"),
    ):
        moods = [e for e in _extract(extractor, text) if e["cameo"] == code]
        assert moods and {t["country"] for t in moods[0]["targets"]} == {target}, (text, moods)
    for text in (
        "Analysts doubted that Egypt would act.",
        "Traders are worried that in Japan the boom is over.",
    ):
        assert not [e for e in _extract(extractor, text) if e["cameo"] == "012"], text


def test_a_time_limit_with_or_be_driven_out_is_an_ultimatum(extractor):
    """'gave X ten days to leave or be expelled' sets a deadline under a threat: the teller
    neither withdraws nor expels anyone yet."""
    text = "Tanzania gave Rwandan rebels ten days to leave its territory or be expelled."
    types = _types(extractor, text)
    assert "threat" in types and not types & {"withdrawal", "coercion"}, types
