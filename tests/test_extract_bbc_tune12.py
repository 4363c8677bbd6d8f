"""Classes of errors read on the twelfth BBC tuning set (business news) and the BBC sets before
it: a plea of guilty or innocent in court is no appeal; a fight for survival or for one's life is
a struggle, no clash; a sale, auction or deal said to violate a law is a claim about it, no
defiance by anyone; a government, a state or a ministry forcing a sale coerces as authorities do, and
authorities breaking up a firm coerce it. Each rule on sentences written for the test, beside
one that must stay as it was. (The set's floor of required events is held in
tests/test_bbc_gold.py; its texts stay in the news corpus outside the repository.)"""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _assert_no_event, _extract


def test_a_plea_in_court_is_no_appeal(extractor):
    _assert_no_event(
        extractor,
        "appeal",
        "Last week in a Kenyan court, the trading firm pleaded guilty to fraud.",
        "The two Ghanaian ministers pleaded not guilty to corruption charges on Monday.",
        "The Nigerian banker has pleaded innocent, his lawyer said.",
    )


def test_pleading_with_a_state_stays_an_appeal(extractor):
    text = "Kenya pleaded with Uganda to free the detained lorry drivers."
    assert (["KEN"], ["UGA"]) in side_countries(_extract(extractor, text), "appeal")


def test_a_fight_for_survival_is_no_clash(extractor):
    _assert_no_event(
        extractor,
        "clash",
        "Kenyan oil company Kenol is due in a London court on Friday as it continues to fight "
        "for its survival.",
        "The Ghanaian airline is fighting for its life after losing its landing rights.",
    )


def test_forces_fighting_each_other_still_clash(extractor):
    text = "Ugandan troops fought Sudanese rebels near the border on Friday."
    assert (["UGA"], ["SDN"]) in side_countries(_extract(extractor, text), "clash")


def test_a_sale_said_to_violate_a_law_is_no_defiance(extractor):
    _assert_no_event(
        extractor,
        "rejection",
        "The oil firm's lawyers now say the auction violated US bankruptcy law.",
        "Critics argue that the Kenyan merger breached competition rules.",
    )


def test_a_state_violating_an_accord_still_rejects_it(extractor):
    text = "Uganda violated the border agreement, Kenya said."
    assert (["UGA"], []) in side_countries(_extract(extractor, text), "rejection")


def test_a_government_or_a_state_forcing_a_sale_coerces(extractor):
    for text, doer in (
        ("The Kenyan government forced the sale of the brewery's main plant.", "KEN"),
        ("The Kenyan state forced the sale of the brewery's main plant last month.", "KEN"),
        ("The Ghanaian finance ministry forced the sale of the gold mine.", "GHA"),
    ):
        assert [doer] in [a for a, _ in side_countries(_extract(extractor, text), "coercion")], text


def test_authorities_breaking_up_a_firm_coerce(extractor):
    text = "The brewery is in the process of being broken up by Kenyan tax authorities."
    assert (["KEN"], []) in side_countries(_extract(extractor, text), "coercion")
    active = "Kenyan tax authorities broke up the brewery last year."
    assert ["KEN"] in [a for a, _ in side_countries(_extract(extractor, active), "coercion")]


def test_a_firm_breaking_up_its_own_business_coerces_no_one(extractor):
    _assert_no_event(
        extractor,
        "coercion",
        "The Kenyan brewery is to break up its business into three companies.",
        "The talks broke up without agreement on Friday.",
    )


def test_regulators_closing_a_firm_coerce_and_fining_it_sanction(extractor):
    for text, doer in (
        (
            "The bank's private banking unit in Kenya was closed down by regulators in Nairobi.",
            "KEN",
        ),
        ("Chinese authorities have closed 1,600 internet cafes since March.", "CHN"),
    ):
        assert [doer] in [a for a, _ in side_countries(_extract(extractor, text), "coercion")], text
    text = "Ghanaian regulators fined the mobile operator dollars 5m on Tuesday."
    assert ["GHA"] in [a for a, _ in side_countries(_extract(extractor, text), "sanction")]


def test_a_firm_closing_its_own_plants_or_fining_its_players_is_no_state_act(extractor):
    _assert_no_event(
        extractor, "coercion", "The Kenyan brewery closed two of its plants last year."
    )
    _assert_no_event(extractor, "sanction", "The football club fined its captain two weeks' wages.")


def test_regulators_placed_in_another_state_are_not_the_ones_named_before(extractor):
    text = (
        "The German regulator said it had found evidence of market manipulation. The bank's "
        "unit in Kenya was closed down by regulators in Nairobi after a money laundering scandal."
    )
    assert [a for a, _ in side_countries(_extract(extractor, text), "coercion")] == [["KEN"]]


def test_stopping_payments_to_people_at_home_is_no_sanction(extractor):
    _assert_no_event(
        extractor,
        "sanction",
        "Pension payments were halted and bank accounts frozen as part of austerity measures.",
        "Salary payments to teachers were suspended in the Kenyan capital last month.",
    )
    text = "Washington halted aid payments to Nicaragua."
    assert (["USA"], ["NIC"]) in side_countries(_extract(extractor, text), "sanction")


def test_a_participle_before_its_noun_is_no_act(extractor):
    _assert_no_event(
        extractor,
        "attack",
        "The money goes to a Nairobi charity, which helps abused victims.",
        "The Kenyan charity helps abused women in Nairobi.",
    )
    text = "Ugandan troops helped attack rebel camps in Sudan on Friday."
    assert "attack" in {e["type"] for e in _extract(extractor, text)}
