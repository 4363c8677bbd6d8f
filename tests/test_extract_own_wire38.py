"""Classes of the thirty-eighth own-wire study (ten whole articles written in the style of
1962-1972 AP, UPI and Reuters world-desk copy, ``benchmarks/data/own_wire38.*``): the names of
states and towns of the day ('Northern Rhodesia', 'the United Arab Republic', 'Nationalist
China', 'Leopoldville', 'Katangese'); names whose country changed more than once ('Congo'
before Zaire, 'Salisbury' before Harare, 'Dacca' before Bangladesh); the period's leaders and
ministers by surname, dated ('President Johnson' in 1968, 'Mr. Smith' of Rhodesia); the organs
of ruling parties and armies (Pravda, Izvestia, Red Star, the People's Daily); forces driving
into a territory; a state that will not sit idly by if …; an envoy calling on a leader; good
offices offered; a canal closed to shipping; an attack pressed; a state expelled from a
currency area; censorship imposed; arms licences suspended; leaders taken away by troops; a 'he' after an unnamed
spokesman; an apology refused; power seized as coercion; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

import pytest
from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events, one_act

PUB = "1966-06-01T12:00:00Z"
MAY67 = "1967-05-30T12:00:00Z"


def _doers(extractor, text: str, etype: str, published_at: str = PUB) -> list[set[str]]:
    found = events_of_type(extract_events(extractor, text, published_at), etype)
    return [country_codes(e["actors"]) for e in found]


def test_the_states_of_the_day_go_by_their_names_of_the_day(extractor):
    for text, doer in (
        ("Northern Rhodesia accused Portugal of aggression.", "ZMB"),
        ("The United Arab Republic accused Israel of aggression.", "EGY"),
        ("Nationalist China accused Japan of aggression.", "TWN"),
        ("The Tanganyika government accused Portugal of aggression.", "TZA"),
        ("Katangese gendarmes attacked U.N. troops near the airport.", "COD"),
        ("Troops from Leopoldville attacked the rebels.", "COD"),
    ):
        etype = "attack" if "attacked" in text else "accusation"
        assert _doers(extractor, text, etype) == [{doer}], text


def test_a_name_whose_country_changed_twice_has_the_country_of_its_day(extractor):
    text = "Congo accused France of aggression."
    assert _doers(extractor, text, "accusation", "1962-12-29T12:00:00Z") == [{"COD"}]
    assert _doers(extractor, text, "accusation", "1985-06-01T12:00:00Z") == [{"COG"}]
    assert _doers(extractor, text, "accusation", "2005-06-01T12:00:00Z") == [{"COD"}]
    text = "Salisbury accused Zambia of aggression."
    assert _doers(extractor, text, "accusation", "1976-06-01T12:00:00Z") == [{"ZWE"}]
    assert _doers(extractor, text, "accusation", "2018-06-01T12:00:00Z") == [{"GBR"}]
    text = "Indian jets bombed the airfield at Dacca."
    one_act(extractor, text, "airstrike", "1971-12-04T12:00:00Z", {"IND"}, {"PAK"})


def test_the_periods_leaders_are_known_by_surname_on_their_days(extractor):
    text = "President Johnson called on the Soviet Union to withdraw its forces."
    one_act(extractor, text, "appeal", "1968-08-21T12:00:00Z", {"USA"}, {"RUS"})
    text = "Kosygin accused the United States of aggression."
    one_act(extractor, text, "accusation", "1968-01-24T12:00:00Z", {"RUS"}, {"USA"})
    text = "Mr. Smith accused Britain of betrayal."
    one_act(extractor, text, "accusation", "1966-06-01T12:00:00Z", {"ZWE"}, {"GBR"})
    # out of office the surname names no one of his state
    assert _doers(extractor, text, "accusation", "1995-06-01T12:00:00Z") != [{"ZWE"}]
    text = "Premier Alexei N. Kosygin met President Ayub Khan in Tashkent."
    one_act(extractor, text, "meeting", "1966-01-04T12:00:00Z", {"RUS"}, {"PAK"})


ACTS = (
    # the organs of ruling parties and armies speak for their states
    ("Izvestia accused Bonn of revanchism.", "accusation", PUB, {"RUS"}, {"DEU"}),
    ("Rodong Sinmun accused Seoul of provocations.", "accusation", PUB, {"PRK"}, {"KOR"}),
    ("Red Star accused Peking of provocations.", "accusation", PUB, {"RUS"}, {"CHN"}),
    # forces driving into a territory invade it
    ("Syrian tanks drove into the province at dawn.", "occupation", PUB, {"SYR"}, None),
    # a state that will not sit idly by (if …) threatens
    ("Moscow said it would not sit idly by if Cuba were invaded.", "threat", PUB, {"RUS"}, None),
    # an envoy calling on a leader meets him
    (
        "The Soviet ambassador called on Foreign Minister Eban today.",
        "meeting",
        MAY67,
        {"RUS"},
        {"ISR"},
    ),
    # good offices offered are mediation
    ("Ghana offered its good offices to Nigeria and Biafra.", "mediation", PUB, {"GHA"}, None),
    # a canal closed to shipping is blockaded
    ("Egypt closed the canal to Israeli shipping.", "blockade", PUB, {"EGY"}, None),
    # an attack pressed is an attack
    ("Iraqi troops pressed their offensive on Iranian positions.", "attack", PUB, {"IRQ"}, {"IRN"}),
    # a state expelled from a currency area or a club is sanctioned
    ("France expelled Guinea from the franc zone.", "sanction", PUB, {"FRA"}, {"GIN"}),
    # censorship imposed is coercion
    ("The junta imposed censorship on the press in Athens.", "coercion", PUB, {"GRC"}, None),
    # arms licences or shipments suspended are an embargo
    ("Britain suspended arms shipments to Nigeria.", "sanction", PUB, {"GBR"}, {"NGA"}),
    ("Washington froze military export licences for Pakistan.", "sanction", PUB, {"USA"}, {"PAK"}),
    # a 'he' opening a sentence after an unnamed spokesman's is the spokesman
    (
        "A State Department spokesman said the talks had failed. He accused Nicaragua of bad faith.",
        "accusation",
        PUB,
        {"USA"},
        {"NIC"},
    ),
    # an apology refused is a rejection
    ("Reagan said America would not apologise to Egypt.", "rejection", PUB, {"USA"}, {"EGY"}),
    # power seized at home is a coup: coercion by the state
    ("The army seized power in Lagos overnight.", "coercion", PUB, {"NGA"}, None),
    # people taken away by troops are detained
    (
        "The Premier was taken from his office by Soviet paratroopers.",
        "coercion",
        PUB,
        {"RUS"},
        None,
    ),
)


@pytest.mark.parametrize(("text", "etype", "published_at", "doers", "done_to"), ACTS)
def test_the_periods_phrasings_of_acts(extractor, text, etype, published_at, doers, done_to):
    one_act(extractor, text, etype, published_at, doers, done_to)


def test_what_only_looks_like_those_acts_is_none(extractor):
    for text, etype in (
        ("The troops drove the rebels into the hills.", "occupation"),
        # a verb of driving with people as its own object drives them out, no invasion
        ("The army drove thousands of villagers into Thailand.", "occupation"),
        ("Britain apologised to China for the incident.", "rejection"),
        ("The army seized power in Lagos overnight.", "attack"),
        (
            "The Soviet ambassador called on Foreign Minister Eban to halt the raids.",
            "meeting",
        ),
    ):
        assert not events_of_type(extract_events(extractor, text, MAY67), etype)


def test_own_wire38_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire38")
    assert summary["recall"] >= 0.72
    assert summary["precision"] >= 0.69
    assert summary["dates"] >= 0.95
