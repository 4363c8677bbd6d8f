"""Frames, names and actors of the nineteenth own-wording CAMEO batch (online news of
2000-2015), each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("2009-06-10T12:00:00Z")


def _doers(extractor, text: str) -> set[str]:
    """The first actor's country (or code) of every event of the sentence."""
    return {
        (e["actors"][0]["country"] or e["actors"][0]["code"] or "")[:3]
        for e in _extract(extractor, text)
        if e["actors"]
    }


def test_a_demonym_before_a_listed_leaders_title_names_his_state(extractor):
    """'Saudi King Abdullah' is the Saudi king, not the Jordanian namesake the leader list
    gives 'King Abdullah'; the list still names Jordan's king when the text says nothing else."""
    assert _doers(extractor, "Saudi King Abdullah telephoned the Yemeni president.") == {"SAU"}
    assert _doers(
        extractor, "Saudi Arabia's King Abdullah condemned the raid on the Gaza flotilla."
    ) == {"SAU"}
    assert _doers(extractor, "Jordan's King Abdullah telephoned the Yemeni president.") == {"JOR"}
    assert _doers(extractor, "King Abdullah telephoned the Yemeni president.") == {"JOR"}


def test_a_town_inside_a_persons_name_owns_no_title(extractor):
    """'Surin' of 'Surin Pitsuwan' is a given name, not the Thai province: the regional
    body before the title is his owner."""
    doers = _doers(
        extractor,
        "ASEAN Secretary-General Surin Pitsuwan urged the Burmese junta to free prisoners.",
    )
    assert doers == {"IGO"}, doers


def test_dominican_means_the_dominican_republic(extractor):
    doers = _doers(
        extractor, "Dominican police deported hundreds of Haitians across the border at Jimani."
    )
    assert doers == {"DOM"}, doers


def test_armed_groups_of_the_sahel_central_africa_and_the_great_lakes(extractor):
    """Seleka and anti-balaka (Central African Republic), the MNLA and MUJAO (Mali), the FDLR
    (Rwandan rebels in Congo), the New Forces (Ivory Coast), SPLM-North (Sudan)."""
    cases = {
        "Seleka gunmen looted a mission hospital near Bossangoa.": "CAF",
        "Anti-balaka militiamen burned a mosque in Boda.": "CAF",
        "MNLA fighters kidnapped a customs officer near Menaka.": "MLI",
        "MUJAO fighters kidnapped three Algerian diplomats in Gao.": "MLI",
        "FDLR militiamen kidnapped two Congolese priests in North Kivu.": "RWA",
        "New Forces troops kidnapped a customs officer near Korhogo.": "CIV",
        "SPLM-North fighters shelled the town of Kadugli.": "SDN",
    }
    for text, wanted in cases.items():
        assert _doers(extractor, text) == {wanted}, (text, _doers(extractor, text))


def test_an_attack_on_a_village_or_a_place_of_worship_is_unconventional_violence(extractor):
    """Armed men attacking or raiding a village, a mosque, a church, a market or a school do
    unconventional violence (180), as on civilians; an attack on troops or a held town stays
    a battle (190)."""
    for text in (
        "Fighters attacked a village in Ituri, killing eleven farmers.",
        "Gunmen stormed a church in Jos during Sunday mass.",
        "Rebels raided a school near Kitgum.",
    ):
        codes = _codes(extractor, text)
        assert ("attack", "180") in codes and ("attack", "190") not in codes, (text, codes)
    battle = _codes(extractor, "Government troops attacked the rebel-held town of Malakal.")
    assert ("attack", "190") in battle, battle


def test_firing_on_a_rally_is_violent_repression(extractor):
    for text in (
        "Soldiers opened fire on an opposition rally in Lome.",
        "Police fired on a vigil for the dead students in Conakry.",
    ):
        assert ("attack", "175") in _codes(extractor, text), (text, _codes(extractor, text))


def test_a_note_of_protest_is_a_formal_complaint(extractor):
    """A note of protest handed to an envoy is a formal complaint (114), not a street protest
    (141): the vocabulary's 'protest' type, as its table has 'formal protest notes'."""
    text = "Tashkent handed a note of protest to the Kyrgyz envoy over the border shooting."
    codes = _codes(extractor, text)
    assert ("protest", "114") in codes and not any(c.startswith("14") for _, c in codes), codes


def test_lexicon_of_batch_19(extractor):
    """Words with no trigger (or the wrong one) before batch 19."""
    cases = {
        "The ICC prosecutor opened a preliminary examination into the violence in Burundi.": (
            "accusation",
            "090",
        ),
        "UNICEF trucked water purification tablets to flooded villages in Malawi.": (
            "aid",
            "073",
        ),
        "Tuareg rebels besieged the garrison town of Tessalit.": ("blockade", "191"),
        "The Uzbek authorities blocked access to YouTube and several foreign news websites.": (
            "coercion",
            "1721",
        ),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))
    assert "attack" not in _types(
        extractor, "Tuareg rebels besieged the garrison town of Tessalit."
    )


def test_a_crowds_own_act_after_a_plural_noun_is_the_verb(extractor):
    """'Hundreds of Eritrean migrants protested …': the parser reads 'protested' as a
    participle on the migrants ('migrants [who were] protested'); a crowd's own act is the
    sentence's verb. A headline's passive participle of another verb stays no act."""
    for text in (
        "Hundreds of Eritrean migrants protested outside the Israeli parliament.",
        "Sudanese migrants protested in Tel Aviv on Sunday.",
    ):
        assert "protest" in _types(extractor, text), (text, _codes(extractor, text))
    assert not _codes(extractor, "Ships damaged in the storm off Mombasa.")
