"""Defects of several kinds found in review, a ninth round: acts of justice in a story filed
from abroad, orders to a nation's people to leave, answering participles, threats of going to
law, armed acts of history recalled."""

from __future__ import annotations

import pytest
from test_extract_leftovers8 import _ARMED, _all, _countries, _of_type

# ------------------------------------------- acts of justice in a story filed from abroad


@pytest.mark.parametrize(
    ("text", "state", "dateline"),
    [
        (
            "LONDON, May 4 - Amnesty International accused Turkey on Tuesday of torturing "
            "political prisoners. The report said military courts had sentenced more than 200 "
            "people to death since 1981.",
            "TUR",
            "GBR",
        ),
        (
            "PARIS, May 4 - Human rights groups said on Monday that Iran had tortured hundreds "
            "of prisoners. They said revolutionary courts jailed 40 students last week.",
            "IRN",
            "FRA",
        ),
    ],
)
def test_courts_of_no_named_country_are_the_storys_not_the_datelines(
    extractor, text, state, dateline
):
    found = _of_type(extractor, text, "coercion")
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert _countries(found[0]["actors"]) == {state}, found[0]["actors"]
    assert dateline not in _countries(found[0]["actors"])


def test_courts_named_by_a_demonym_keep_their_country(extractor):
    text = "LONDON - Syrian state security courts sentenced nine Kurdish activists to prison on Monday."
    found = _of_type(extractor, text, "coercion")
    assert found and _countries(found[0]["actors"]) == {"SYR"}, found


def test_arrests_at_home_told_from_the_capital_stay_the_datelines(extractor):
    text = (
        "MOSCOW, May 4 - Soviet Jews who want to emigrate held a protest outside the Foreign "
        "Ministry on Monday. Police detained 20 of the protesters."
    )
    found = _of_type(extractor, text, "coercion")
    assert all(_countries(e["actors"]) <= {"RUS"} for e in found), found


# --------------------------------------------- an order to a nation's people to leave


@pytest.mark.parametrize(
    ("text", "doer", "nation"),
    [
        (
            "Tripoli on Tuesday ordered 30 Britons to leave the country within ten days.",
            "LBY",
            "GBR",
        ),
        ("Iran told 40 Iraqi nationals to leave the country on Sunday.", "IRN", "IRQ"),
        ("Nigeria ordered all Ghanaian workers to leave within two weeks.", "NGA", "GHA"),
    ],
)
def test_an_order_to_a_nations_people_to_leave_is_their_expulsion(extractor, text, doer, nation):
    found = [e for e in _all(extractor, text) if e["type"] in ("coercion", "sanction")]
    assert found, [(e["type"], e["trigger"]) for e in _all(extractor, text)]
    assert doer in _countries(found[0]["actors"]), found[0]["actors"]
    assert nation in _countries(found[0]["targets"]), found[0]["targets"]


def test_an_order_to_ones_own_nationals_to_leave_is_no_expulsion(extractor):
    text = "Britain ordered its nationals to leave Lebanon on Monday."
    assert not _of_type(extractor, text, "coercion")


# ----------------------------------------------------------- answering participles


@pytest.mark.parametrize(
    "text",
    [
        "Moscow barred British reporters from the Kremlin on Monday, retaliating for London's "
        "expulsion of Soviet envoys.",
        "Beijing cancelled a Dutch trade mission on Friday, responding to the sale of Dutch "
        "submarines to Taiwan.",
    ],
)
def test_an_answering_participle_is_no_armed_act(extractor, text):
    assert not [e for e in _all(extractor, text) if e["type"] in _ARMED], _all(extractor, text)


def test_a_main_retaliation_by_force_stays(extractor):
    text = "Iraqi jets bombed Dezful on Sunday, hours after Iran shelled Basra."
    assert [e for e in _all(extractor, text) if e["type"] in _ARMED]


# ------------------------------------------------------- threats of going to law


@pytest.mark.parametrize(
    "text",
    [
        "Greece and Switzerland threatened to take the dispute to the Supreme Court.",
        "Athens threatened on Monday to sue the Swiss firm over the report.",
        "The Greek government threatened legal action against the Swiss insurer.",
    ],
)
def test_a_threat_to_go_to_law_is_no_threat(extractor, text):
    assert not _of_type(extractor, text, "threat"), _all(extractor, text)


def test_a_threat_to_go_to_a_world_court_stays(extractor):
    text = "Nicaragua threatened to take the United States to the International Court of Justice."
    assert _of_type(extractor, text, "threat")


def test_a_threat_of_force_stays(extractor):
    text = "Iran threatened on Monday to close the Strait of Hormuz to shipping."
    assert _of_type(extractor, text, "threat")


# --------------------------------------------------------- armed acts of history recalled


@pytest.mark.parametrize(
    "text",
    [
        "About 300 veterans of the Arnhem raid came back to the town today to honour their "
        "dead comrades.",
        "Crowds in Kabul marked the anniversary of the Soviet invasion on Sunday.",
        "Survivors of the Halabja gas attack met doctors in Geneva on Monday.",
    ],
)
def test_an_armed_act_recalled_is_no_new_one(extractor, text):
    assert not [e for e in _all(extractor, text) if e["type"] in _ARMED], _all(extractor, text)


def test_victims_of_an_attack_keep_the_attack(extractor):
    text = "Victims of Monday's Iraqi air raid on Dezful were buried on Tuesday."
    assert [e for e in _all(extractor, text) if e["type"] in _ARMED]


# ------------------------------------------------------------ sentence-level CAMEO codes


def _codes(extractor, text: str) -> set[str]:
    return {e["cameo"] for e in _all(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The West German chancellor laid flowers at a memorial to Polish war dead in Warsaw.",
        "The Indian prime minister placed a garland at the tomb of the unknown soldier in Dhaka.",
    ],
)
def test_flowers_laid_at_a_memorial_are_a_symbolic_act(extractor, text):
    assert "017" in _codes(extractor, text), _all(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal in The Hague charged three Bosnian Serb commanders with war crimes.",
        "The Hague tribunal indicted two Croatian generals on Monday.",
        "The court in Strasbourg condemned Greece over its prison conditions on Tuesday.",
    ],
)
def test_an_international_court_has_no_host_country(extractor, text):
    found = [e for e in _all(extractor, text) if e["actors"]]
    assert found, _all(extractor, text)
    assert not _countries(found[0]["actors"]) & {"NLD", "FRA"}, found[0]["actors"]


def test_a_national_court_in_the_hague_stays_dutch(extractor):
    text = "A Dutch court in The Hague jailed two Moroccan smugglers on Monday."
    found = _of_type(extractor, text, "coercion")
    assert found and _countries(found[0]["actors"]) == {"NLD"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkish Cypriot officials turned down the UN proposal on Friday.",
        "The Turkish Cypriot leader rejected the Greek Cypriot plan on Friday.",
    ],
)
def test_turkish_cypriots_are_cyprus_actors(extractor, text):
    found = _of_type(extractor, text, "rejection")
    assert found and _countries(found[0]["actors"]) == {"CYP"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The last Vietnamese soldiers crossed back into Vietnam from Cambodia on Monday.",
        "Libyan troops headed back home from Chad on Sunday.",
    ],
)
def test_forces_going_back_home_withdraw(extractor, text):
    assert _of_type(extractor, text, "withdrawal"), _all(extractor, text)
    assert not _of_type(extractor, text, "deployment")


def test_forces_crossing_into_another_country_still_deploy(extractor):
    text = "Vietnamese troops crossed into Cambodia on Monday."
    assert not _of_type(extractor, text, "withdrawal")


# ------------------------------------------------------------- appeals to bodies of sport


@pytest.mark.parametrize(
    "text",
    [
        "Romanian team officials condemned the marks and said they would appeal to the "
        "international gymnastics federation.",
        "Soviet team officials protested the result and said they would appeal to the "
        "international boxing federation.",
        "Cuban officials said they would appeal to the international boxing federation.",
    ],
)
def test_an_appeal_to_a_body_of_sport_is_no_appeal(extractor, text):
    assert not _of_type(extractor, text, "appeal"), _all(extractor, text)


def test_an_appeal_to_the_united_nations_stays(extractor):
    text = "Iran appealed to the United Nations on Monday to stop the Iraqi raids."
    assert _of_type(extractor, text, "appeal")


def test_an_appeal_to_a_body_of_sport_that_asks_an_act_is_not_turned_into_the_act(extractor):
    text = "The Kenyan athletics federation appealed to the IAAF to lift the ban on its runner."
    assert not _of_type(extractor, text, "concession"), _all(extractor, text)
