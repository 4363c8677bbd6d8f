"""Wordings of modern news and of CAMEO's example sentences that the twelfth own-wording batch
(benchmarks/data/cameo_own11.jsonl) showed missed or misread: denials of claims, trips to a
capital for talks, briefings of the press, suicide bombers, people freed, rulings ignored, arms
used on crowds, weapons handed in, call-ups, strikes by staying off work, joint sorties,
openness to talks, asset freezes. Sentences written for these tests."""

from __future__ import annotations

from test_cameo_own import _codes, _extract, _types


def _cameos(extractor, text: str) -> set[str]:
    return {c for _, c in _codes(extractor, text)}


def _from(extractor, text: str, etype: str) -> list[tuple[str | None, str | None]]:
    """(first doer's country, first target's country) of each event of ``etype``."""
    return [
        (
            e["actors"][0]["country"] if e["actors"] else None,
            e["targets"][0]["country"] if e["targets"] else None,
        )
        for e in _extract(extractor, text)
        if e["type"] == etype and not e["negated"]
    ]


def test_a_denied_deed_or_claim_is_a_denial_not_a_rebuff(extractor):
    """'denied arming the rebels', 'denied that its troops had crossed', 'rejected claims that
    …' answer a charge (CAMEO 016), whatever the denied words are about; a denied request
    a rejected claim to land and a rejected suggestion stay rejections."""
    for text in (
        "Kigali denied arming the rebel militia in North Kivu.",
        "The Chadian government denied that its soldiers had crossed into Sudan.",
        "Belgrade rejected claims that it had armed the Bosnian Serbs.",
        "Cairo denied reports that the summit with Khartoum had been called off.",
    ):
        cameos = _cameos(extractor, text)
        assert "016" in cameos and not {c for c in cameos if c.startswith("12")}, (text, cameos)
    request = _cameos(extractor, "Ankara denied the Greek request for talks.")
    assert "016" not in request and any(c.startswith("12") for c in request), request
    lands = _cameos(extractor, "Hanoi rejected Beijing's claims to the Paracel islands.")
    assert "016" not in lands and any(c.startswith("12") for c in lands), lands
    hint = _cameos(extractor, "Lima rejected suggestions that it let Quito mediate.")
    assert "016" not in hint, hint


def test_going_to_a_capital_is_a_visit(extractor):
    """'went to Kigali for talks' is a trip abroad (042); going to the polls or to war is no
    visit."""
    text = "Angola's foreign minister went to Kinshasa on Friday for talks on the border."
    assert ("AGO", "COD") in _from(extractor, text, "visit")
    assert "visit" in _types(extractor, "The Omani envoy went to Tehran.")
    assert "visit" not in _types(extractor, "The prime minister went to the polls early.")


def test_briefing_the_press_on_an_operation_shares_no_intelligence(extractor):
    """Briefing reporters on an operation tells the press (no 064); a state briefed on an
    operation is told what another's services know."""
    press = "A navy spokesman briefed journalists in Manila on the operation near the shoal."
    assert "064" not in _cameos(extractor, press)
    state = "Amman briefed Washington on the operation against the smugglers."
    assert "064" in _cameos(extractor, state)


def test_a_suicide_bomber_that_strikes_is_no_air_raid(extractor):
    """'a suicide bomber struck a market' is a suicide bombing (1831); bombers that strike a
    town stay aircraft."""
    foot = _cameos(extractor, "A suicide bomber struck a crowded market in Kano, killing 20.")
    assert "1831" in foot and "195" not in foot, foot
    air = _cameos(extractor, "Russian bombers struck a bridge near Kherson.")
    assert "195" in air and "1831" not in air, air


def test_freeing_citizens_or_drivers_is_a_release(extractor):
    """Any person held is freed: citizens, lorry drivers, reporters (0841)."""
    for text in (
        "Minsk freed a Lithuanian citizen on Friday.",
        "Tripoli freed four Tunisian lorry drivers.",
        "Asmara freed two Swedish reporters.",
    ):
        assert ("concession", "0841") in _codes(extractor, text), text


def test_ignoring_or_flouting_a_ruling_defies_the_law(extractor):
    """A ruling, verdict or court order ignored or defied is defiance of norms (128)."""
    for text in (
        "Warsaw has ignored a ruling of the EU's top court on its judges.",
        "Moscow defied the World Court's order to halt its offensive.",
    ):
        assert ("rejection", "128") in _codes(extractor, text), text


def test_live_rounds_or_force_used_on_a_crowd_is_repression(extractor):
    """Live ammunition or force used against demonstrators or a crowd is violent repression
    (175), not a battle."""
    text = "Police in Conakry used live ammunition against demonstrators on Thursday."
    cameos = _cameos(extractor, text)
    assert "175" in cameos and "190" not in cameos, cameos
    assert "175" in _cameos(extractor, "Troops used force against striking dockers in Mombasa.")


def test_a_striker_firing_his_side_to_a_win_fires_no_shot(extractor):
    """'fired his side past X on penalties' is sport: no armed act."""
    text = "The Brazilian forward fired his side past Uruguay on penalties."
    assert not _types(extractor, text) & {"attack", "clash"}


def test_arms_handed_in_call_ups_stay_aways_and_joint_sorties(extractor):
    """Fighters handing in their weapons demobilise (0873); a call-up of reservists mobilises
    (154); workers staying off the job strike (143); joint sorties are military cooperation
    (062)."""
    assert "0873" in _cameos(
        extractor, "About 300 rebel fighters have handed in their rifles in Bouar."
    )
    assert "154" in _cameos(extractor, "Baku announced a call-up of reservists.")
    assert ("protest", "143") in _codes(extractor, "Dock workers in Antwerp stayed off the job.")
    text = "Egyptian and Saudi warplanes flew joint sorties over the Red Sea."
    assert ("cooperation", "062") in _codes(extractor, text)


def test_open_to_talks_is_an_intent_to_meet(extractor):
    """'is open to talks with X' is an intent to meet (036), no meeting held."""
    cameos = _cameos(extractor, "Khartoum is open to talks with the rebel movement in Juba.")
    assert "036" in cameos and "040" not in cameos, cameos


def test_asset_freezes_imposed_are_sanctions(extractor):
    """'imposed asset freezes on …' (the parser reads 'freezes' as a verb with 'asset' its
    subject) is a sanction (163); 'said inflation remains high' keeps its clause."""
    text = "Ottawa imposed asset freezes and travel bans on six Belarusian officials."
    assert ("sanction", "163") in _codes(extractor, text)
    assert not _codes(extractor, "The Kenyan minister said inflation remains high.")
