"""Classes of the twentieth BBC tuning set (business texts, ``benchmarks/data/bbc_tune20``) and
the earlier ones: a state letting firms do something is a concession told ahead, no pledge; a
body of no state closing premises of its own coerces no one; a charge a firm faces 'from' a
state body is that body's; a fine or penalty a firm pays is a sanction it suffers, by whom it
pays, its sum read before the noun as well as after. Sentences written for the test."""

from __future__ import annotations

from event_helpers import country_codes, events_of_type, extract_events, no_act

from stream.extract.syntax import repair_sum_penalties

PUB = "2005-02-01T12:00:00Z"


def _of_type(extractor, text: str, etype: str) -> list[dict]:
    return events_of_type(extract_events(extractor, text, PUB), etype)


# ------------------------------------------------ a state letting firms act: a concession


def test_a_state_letting_airlines_fly_is_a_concession_told_ahead(extractor):
    text = "India will allow domestic commercial airlines to fly long haul international routes."
    (found,) = _of_type(extractor, text, "concession")
    assert country_codes(found["actors"]) == {"IND"}
    assert _of_type(extractor, text, "pledge") == []
    text = "Indonesia will allow foreign firms to buy stakes in local banks."
    assert _of_type(extractor, text, "concession") and not _of_type(extractor, text, "pledge")


def test_a_state_letting_another_state_act_stays_a_pledge(extractor):
    text = "Venezuela will allow China to operate oil fields in Venezuela."
    assert _of_type(extractor, text, "pledge")


# ------------------------------------------------------ a body closing its own premises


def test_a_foundation_shutting_its_own_office_coerces_no_one(extractor):
    no_act(extractor, "The OSI shut its office in Moscow last year.", "coercion", PUB)
    no_act(extractor, "The charity closed their offices in Nairobi.", "coercion", PUB)


def test_a_state_shutting_an_office_still_coerces(extractor):
    (found,) = _of_type(extractor, "The Kazakh authorities shut its office in Almaty.", "coercion")
    assert country_codes(found["actors"]) == {"KAZ"}


# ------------------------------------------------------------ charges faced 'from' a body


def test_charges_a_firm_faces_from_a_state_body_are_the_bodys(extractor):
    text = "Monsanto faced criminal and civil charges from the US Department of Justice."
    (found,) = _of_type(extractor, text, "accusation")
    assert country_codes(found["actors"]) == {"USA"}
    assert [t["text"] for t in found["targets"]] == ["Monsanto"]


def test_charges_only_risked_stay_no_act(extractor):
    no_act(extractor, "Monsanto could face charges, analysts said.", "accusation", PUB)


# ----------------------------------------------------------- a fine paid: a sanction suffered


def test_a_fine_paid_to_a_state_body_is_its_sanction_on_the_payer(extractor):
    text = "Monsanto paid a dollars 1m fine to the US Department of Justice."
    (found,) = _of_type(extractor, text, "sanction")
    assert country_codes(found["actors"]) == {"USA"}
    assert [t["text"] for t in found["targets"]] == ["Monsanto"]
    text = "Iraq agreed to pay a dollars 10m penalty to Kuwait."
    (found,) = _of_type(extractor, text, "sanction")
    assert country_codes(found["actors"]) == {"KWT"}
    assert country_codes(found["targets"]) == {"IRQ"}


def test_a_fine_a_firm_agreed_to_pay_names_the_firm_fined(extractor):
    text = (
        "The US agrochemical giant Monsanto has agreed to pay a dollars 1.5m fine for bribing "
        "an Indonesian official."
    )
    (found,) = _of_type(extractor, text, "sanction")
    assert found["actors"] == []
    assert country_codes(found["targets"]) == {"USA"}


def test_an_order_to_pay_a_fine_stays_the_orderers(extractor):
    text = "The Iranian court ordered the British firm to pay a fine of dollars 16m."
    (found,) = _of_type(extractor, text, "sanction")
    assert country_codes(found["actors"]) == {"IRN"}
    assert country_codes(found["targets"]) == {"GBR"}


def test_a_sum_before_a_fine_makes_the_fine_the_object(nlp):
    doc = nlp("Monsanto paid a dollars 1m fine to the US Department of Justice.")
    assert repair_sum_penalties(doc[:]) == 1
    fine = next(t for t in doc if t.text == "fine")
    assert (fine.dep_, fine.head.text) == ("dobj", "paid")
    doc = nlp("Monsanto paid a fine of dollars 1m.")
    assert repair_sum_penalties(doc[:]) == 0
