"""Classes of the thirty-ninth own-wire study (ten world news digests of 1983-1992 written in
the style of AP, UPI and Reuter 'World News Summary' and 'News in brief' copy,
``benchmarks/data/own_wire39.*``): a digest read item by item, each item's place line its
dateline (bare offices, forces and pronouns of an item are its country's, not the first item's
or the last country named); an office whose own words name its state's force; the army that
tells a report of its dateline's state; rebels named by creed or backer; and the set's score
floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

from stream.extract.digest import digest_items

PUB = "1988-07-27T06:00:00Z"

DIGEST = (
    "MOSCOW (AP) - The Soviet Union accused the United States yesterday of preparing an "
    "invasion.\n\n"
    "BANGKOK, Thailand - Thai troops and Vietnamese forces exchanged artillery fire on the "
    "Cambodian border on Tuesday, the army said. It accused Vietnam of shelling two Thai "
    "villages.\n\n"
    "BELGRADE, Yugoslavia - The federal army put its units on alert after Croatia refused to "
    "disband its reserve police.\n\n"
    "TOKYO - Share prices closed at a record high on Monday."
)


def _doers(events: list[dict], etype: str) -> list[set[str]]:
    return [country_codes(e["actors"]) for e in events_of_type(events, etype)]


def _known(place: str) -> bool:
    return place.split(",")[0].strip() in {"MOSCOW", "BANGKOK", "BELGRADE", "TOKYO", "LONDON"}


def test_a_digest_is_cut_at_its_items_place_lines():
    items = digest_items(DIGEST, _known)
    assert items is not None
    assert [DIGEST[a:b].split(" ")[0] for a, b in items] == [
        "MOSCOW",
        "BANGKOK,",
        "BELGRADE,",
        "TOKYO",
    ]
    # one dateline, or place lines of one city only, make no digest
    story = "LONDON - Britain protested.\n\nThe note was delivered.\n\nIt was rejected."
    assert digest_items(story, _known) is None
    same = "LONDON - A.\n\nLONDON - B.\n\nLONDON - C."
    assert digest_items(same, _known) is None
    # a market table's capitalised heads are no places
    table = "WHEAT - No Two up 1.50\n\nMAIZE - up one\n\nSOYBEANS - down 0.50"
    assert digest_items(table, _known) is None


def test_a_digest_items_bare_offices_and_pronouns_are_the_items_state(extractor):
    events = extract_events(extractor, DIGEST, PUB)
    accusations = sorted(
        (sorted(country_codes(e["actors"])), sorted(country_codes(e["targets"])))
        for e in events_of_type(events, "accusation")
    )
    # 'It' after '…, the army said' in a Bangkok item is Thailand's army, not Vietnam
    assert (["THA"], ["VNM"]) in accusations
    # 'The federal army' of a Belgrade item is Yugoslavia's, not the Soviet Union of the first
    doers = _doers(events, "deployment")
    assert len(doers) == 1 and doers[0] and doers[0] <= {"YUG", "SRB"}
    # evidence offsets point into the whole digest
    for e in events:
        ev = e["evidence"]
        assert DIGEST[ev["start"] : ev["end"]] == ev["sentence"]


def test_an_office_whose_own_words_name_its_force_is_its_datelines(extractor):
    for text, etype, doer in (
        (
            "PANAMA CITY - The government accused Washington of preparing an invasion and "
            "said the Panama Defense Forces had been placed on full alert.",
            "accusation",
            {"PAN"},
        ),
        # a country named as the other side of the act itself leaves the office unowned
        (
            "MANAMA - The prime minister flew to Bahrain and said Bahrain would help.",
            "visit",
            set(),
        ),
    ):
        assert _doers(extract_events(extractor, text, PUB), etype) == [doer], text


def test_the_army_telling_a_report_is_the_datelines_when_its_forces_are_named(extractor):
    for text, etype, doer in (
        (
            "BANGKOK, Thailand - Thai troops and Vietnamese forces exchanged artillery fire on "
            "the border on Tuesday, the army said. It accused Vietnam of shelling two villages.",
            "accusation",
            {"THA"},
        ),
        # a Nicosia dateline over a report of Iran's warplanes lends the army no Cyprus
        (
            "NICOSIA - Iranian warplanes bombed bases inside Iraq on Sunday, the army said.",
            "airstrike",
            {"IRN"},
        ),
    ):
        assert _doers(extract_events(extractor, text, PUB), etype) == [doer], text


def test_rebels_named_by_creed_or_backer_are_the_datelines(extractor):
    for text, doer in (
        ("SAN SALVADOR - Leftist guerrillas fired rockets at an army base on Wednesday.", "SLV"),
        ("SAN SALVADOR - Communist rebels fired rockets at an army base on Wednesday.", "SLV"),
        (
            "MANAGUA, Nicaragua - U.S.-backed rebels attacked a farm cooperative near the "
            "Honduran border, killing 12 people.",
            "NIC",
        ),
    ):
        assert _doers(extract_events(extractor, text, PUB), "attack") == [{doer}], text


def test_own_wire39_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire39")
    assert summary["recall"] >= 0.80
    assert summary["precision"] >= 0.72
    assert summary["dates"] >= 0.94
