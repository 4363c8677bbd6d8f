"""Classes of errors read on the BBC tuning sets together: a state's coercion at home stays an
event when its courts or prosecutors do it (a jailing, a forced sale), while their words and
rulings at home stay politics at home; an act a court rules unlawful ('Detaining suspects
without trial breaks the law, the court ruled') is no act of the court. Each rule on sentences
written for the test, beside one that must stay as it was."""

from __future__ import annotations

from event_helpers import side_countries
from test_extract_precision import _extract, _types

_AROUND = " The accused had denied the charges. Opposition MPs called the case a scandal."


def test_a_court_jailing_someone_at_home_is_coercion(extractor):
    text = "A magistrate in Cardiff jailed a local councillor for nine months." + _AROUND
    assert (["GBR"], []) in side_countries(_extract(extractor, text), "coercion")


def test_prosecutors_forcing_a_sale_at_home_coerce(extractor):
    text = (
        "State prosecutors in Moscow are forcing the sale of the steel group's largest mill."
        " The group says the tax claim is unlawful. Its shares fell by a fifth."
    )
    assert (["RUS"], []) in side_countries(_extract(extractor, text), "coercion")


def test_a_court_ruling_at_home_stays_no_event(extractor):
    text = "Two High Court judges in Belfast rejected the council's appeal." + _AROUND
    assert not _types(extractor, text) & {"rejection", "coercion"}


def test_an_act_a_court_rules_unlawful_is_no_act_of_the_court(extractor):
    for text in (
        "Holding asylum seekers without a hearing breaches the constitution, the country's"
        " supreme court has ruled." + _AROUND,
        "Detaining protesters without charge breaks Kenyan law, the High Court in Nairobi"
        " ruled on Tuesday.",
    ):
        assert "coercion" not in _types(extractor, text), text
    done = "Sentencing the two men to ten years, the judge in Cairo said they had spied."
    assert (["EGY"], []) in side_countries(_extract(extractor, done), "coercion")


def test_a_power_of_courts_at_home_is_no_coercion(extractor):
    for text in (
        "Magistrates can already jail landlords who ignore repair orders, a minister said."
        + _AROUND,
        "The tenants went to the Supreme Court after the Court of Appeal upheld the council's"
        " powers to evict them without notice." + _AROUND,
    ):
        assert "coercion" not in _types(extractor, text), text


def test_a_charge_told_with_its_content_is_no_coercion_of_the_prosecutors(extractor):
    text = (
        "Prosecutors in Lyon had charged that the former officer ordered the deportation of"
        " forty villagers in 1943." + _AROUND
    )
    assert "coercion" not in _types(extractor, text)
