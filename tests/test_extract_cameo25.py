"""Classes of errors read off CAMEO batch 26 (benchmarks/data/cameo_own25.jsonl), the dev
tune half and the batches before it, each on sentences written for the test."""

from __future__ import annotations

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def _codes(extractor, text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["cameo"]) for e in _extract(extractor, text) if not e["negated"]}


def _types(extractor, text: str) -> set[str]:
    return {t for t, _ in _codes(extractor, text)}


def test_policing_promised_to_a_party_or_aimed_at_outlaws_is_a_pledge(extractor):
    """A coercion promised to a party ('promised Washington it would arrest …') or aimed only
    at militants, gunmen or wanted people is order kept for others: a pledge, no threat; one
    aimed at strikers stays a threat of repression."""
    for text in (
        "Manila promised Washington that it would arrest the militants.",
        "The Sudanese government promised the African Union envoy it would disarm the militias.",
        "The Palestinian leader vowed to crack down on militants in Gaza.",
    ):
        types = _types(extractor, text)
        assert "pledge" in types and "threat" not in types, (text, types)
    assert ("threat", "137") in _codes(extractor, "The junta vowed to arrest the strike leaders.")


def test_a_denied_state_of_health_is_no_denial(extractor):
    """'denied reports that the king was ill' disowns no deed (no 016, no rejection); a denial
    of a deed, or of what the denier itself is, stays one."""
    for text in (
        "The palace denied reports that the king was gravely ill.",
        "Officials in Cairo denied that the president was unwell.",
    ):
        assert not _types(extractor, text) & {"rejection", "statement"}, text
    assert ("rejection", "016") in _codes(
        extractor, "Amman denied reports that its troops had shelled the village."
    )
    assert ("rejection", "016") in _codes(
        extractor, "Tehran denied that it was responsible for the blast."
    )


def test_an_insult_given_to_a_leader_is_a_denunciation(extractor):
    """'called the Iraqi leader a war criminal', 'branded X a liar': name-calling is 111."""
    for text in (
        "The Kuwaiti emir called the Iraqi president a war criminal.",
        "Castro branded the American president a liar.",
        "Mugabe described the British prime minister as a racist.",
    ):
        assert ("accusation", "111") in _codes(extractor, text), (text, _codes(extractor, text))
    met = _codes(extractor, "The Greek premier met the envoy, a former general, in Athens.")
    assert "accusation" not in {t for t, _ in met}, met


def test_fighting_between_sides_that_kills_is_one_battle(extractor):
    """'Fighting between X and Y killed 30' (a gerund the parser tags as a verb) names the
    battle, as 'clashes between …' do; the killing is its toll, no attack of its own."""
    codes = _codes(
        extractor,
        "Fighting between government troops and Maoist rebels killed 30 people in western Nepal.",
    )
    assert ("clash", "193") in codes and "attack" not in {t for t, _ in codes}, codes


def test_prices_or_taxes_cut_are_no_sanction(extractor):
    """'cut fuel prices' is economic policy; 'cut gas supplies to Kiev' stays a sanction."""
    assert "sanction" not in _types(extractor, "Jakarta cut fuel prices on Monday.")
    assert "sanction" not in _types(extractor, "Lagos cut oil taxes last week.")
    assert ("sanction", "163") in _codes(extractor, "Moscow cut oil supplies to Minsk.")


def test_people_held_somewhere_and_freed_are_released(extractor):
    """'Two aid workers held for three weeks in Somalia were freed': the parser reads 'held'
    as a clause with the workers its subject (or as the root); the release is a concession
    (0841) by the country where they were held."""
    for text, where in (
        ("Two Dutch aid workers held for three weeks in Somalia were freed on Monday.", "SOM"),
        ("Four French journalists held for two months in Iraq were freed on Saturday.", "IRQ"),
    ):
        freed = [e for e in _extract(extractor, text) if e["cameo"] == "0841"]
        assert freed and freed[0]["actors"][0]["country"] == where, (text, freed)
    assert not _codes(extractor, "Police held the men and were praised for it.")


def test_kings_and_an_opposition_leader_named_alone(extractor):
    """'Gyanendra', 'Mswati' and 'Tsvangirai' alone name their countries' leaders."""
    events = _extract(extractor, "Gyanendra imposed a state of emergency on Tuesday.")
    assert any(a["country"] == "NPL" for e in events for a in e["actors"]), events
    events = _extract(extractor, "Tsvangirai accused the ruling party of rigging the vote.")
    assert any(a["country"] == "ZWE" for e in events for a in e["actors"]), events
