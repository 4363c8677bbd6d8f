"""Frames of the eighteenth own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("1991-03-05T12:00:00Z")


def test_fire_at_the_unarmed_is_no_battle(extractor):
    """Forces or guards firing on a crowd are violent repression (175), on civilians or a boat
    that carries them unconventional violence (180), on a leader's motorcade an attempt on his
    life (185); firing on soldiers or positions stays a battle (190)."""
    cases = {
        "Paratroopers opened fire on marchers in Conakry.": ("attack", "175"),
        "Riot troops cleared the stadium of demonstrators, killing dozens.": ("attack", "175"),
        "Coast guards fired on a dinghy carrying migrants off Lampedusa.": ("attack", "180"),
        "Border police shot at a lorry carrying pilgrims near Zahedan.": ("attack", "180"),
        "Masked men fired on the Sudanese premier's motorcade in Khartoum.": ("attack", "185"),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))
    battle = _codes(extractor, "Iraqi gunners fired on Iranian soldiers near Fao.")
    assert ("attack", "190") in battle, battle
    cargo = _codes(extractor, "Coast guards fired on a dinghy carrying hashish off Tangier.")
    assert ("attack", "180") not in cargo, cargo


def test_lexicon_of_batch_18(extractor):
    """Words and frames with no trigger (or the wrong one) before batch 18."""
    cases = {
        "Lisbon said it agreed with Madrid's view on the fishing quotas.": ("statement", "019"),
        "The Moroccan king called the Algerian president by telephone.": ("call", "041"),
        "The Tunisian authorities called off the curfew in Gafsa.": ("concession", "081"),
        "The UN suspended relief flights to southern Sudan.": ("sanction", "1623"),
        "Ethiopia expelled Oxfam from the Ogaden.": ("sanction", "1663"),
        "Serb militiamen plundered Croatian villages near Vukovar.": ("coercion", "171"),
        "Bolivia's government took control of gas fields run by foreign firms.": (
            "coercion",
            "1711",
        ),
        "Libya ordered Egyptian workers to leave the country within a month.": ("coercion", "174"),
        "Mali recognised the Sahrawi republic.": ("support", "054"),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))
    assert "occupation" not in _types(
        extractor, "Bolivia's government took control of gas fields run by foreign firms."
    )
    assert ("coercion", "1711") not in _codes(
        extractor, "Rebels took control of the port of Kismayu."
    )
    assert "sanction" not in _types(extractor, "The dockers called off their strike.")


def test_words_in_other_senses_make_no_event(extractor):
    """A denial of reports of a plan, a mountain's summit, frost blamed for a crop and an
    assault on a budget deficit are no events; a denial of reports of a deed, a summit of
    leaders, a state blamed and an assault on a town still are."""
    for text in (
        "Tehran denied reports that its foreign minister would travel to Riyadh next week.",
        "A Nepalese team reached the summit of Annapurna on Friday.",
        "Kenyan tea growers blamed drought for the smaller harvest.",
        "The Spanish finance minister launched an assault on inflation in his budget speech.",
    ):
        assert not _codes(extractor, text), (text, _codes(extractor, text))
    assert ("rejection", "016") in _codes(
        extractor, "Damascus denied reports that its troops had shelled the camp."
    )
    assert "accusation" in _types(extractor, "Uganda blamed Sudan for the raid on Gulu.")
    assert "attack" in _types(extractor, "Iraqi troops launched an assault on the Kurdish town.")


def test_a_march_calling_for_change_is_a_protest(extractor):
    """A crowd marching 'calling for' something protests (141); the call is the protest's own
    purpose, no appeal of its own."""
    codes = _codes(
        extractor, "Thousands of Czechs marched through Prague calling for free elections."
    )
    assert ("protest", "141") in codes and "appeal" not in {t for t, _ in codes}, codes
