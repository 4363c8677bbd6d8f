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


def test_warplanes_sent_to_watch_or_defend_are_a_deployment(extractor):
    for text in (
        "CAIRO - The United States has sent two AWACS radar planes to Egypt to watch Libyan "
        "air movements.",
        "ANKARA - The last of 42 German, Belgian and Italian warplanes sent by NATO to defend "
        "Turkey against any Iraqi attack arrived on Sunday.",
    ):
        events = extract_events(extractor, text, PUB)
        assert events_of_type(events, "deployment"), text
        assert not events_of_type(events, "cooperation"), text
        assert not events_of_type(events, "arms_transfer"), text
    # with no purpose, warplanes sent to a state are read as before
    events = extract_events(extractor, "Libya sent warplanes to Uganda last year.", PUB)
    assert not events_of_type(events, "deployment")


def test_a_building_surrounded_by_protesters_is_a_protest(extractor):
    events = extract_events(extractor, "Protesters surrounded the U.S. embassy.", PUB)
    assert events_of_type(events, "protest")
    assert not events_of_type(events, "blockade")
    # a town surrounded by troops is still besieged
    events = extract_events(extractor, "Iraqi troops surrounded the town of Faw.", PUB)
    assert events_of_type(events, "blockade")


def test_a_body_meeting_to_ratify_an_accord_with_another_meets_no_one(extractor):
    text = (
        "TOKYO - North Korea's parliament will meet on Wednesday to ratify a nuclear "
        "safeguards accord with the International Atomic Energy Agency."
    )
    assert not events_of_type(extract_events(extractor, text, PUB), "meeting")
    text = "Israel's prime minister will meet on Sunday with Egypt's foreign minister."
    assert events_of_type(extract_events(extractor, text, PUB), "meeting")


def test_north_and_south_name_both_parts_of_a_divided_state(extractor):
    text = "North and South Korean officials met at Panmunjom on Tuesday."
    meetings = events_of_type(extract_events(extractor, text, PUB), "meeting")
    assert meetings
    parties = country_codes(meetings[0]["actors"]) | country_codes(meetings[0]["targets"])
    assert {"PRK", "KOR"} <= parties
    # the evidence is the text as written
    assert meetings[0]["evidence"]["sentence"] == text


def test_a_game_won_is_no_attack(extractor):
    for text in (
        "MELBOURNE - Top seed Boris Becker beat Dimitri Poliakov of the Soviet Union in "
        "straight sets today in the first round of the Australian Open.",
        "Sweden beat the Soviet Union 3-1 in Stockholm on Sunday.",
        "BUDAPEST - Hungary's Democratic Forum led Sunday's first free election.",
    ):
        assert extract_events(extractor, text, PUB) == [], text
    assert events_of_type(extract_events(extractor, "Soldiers beat the prisoners.", PUB), "attack")


def test_own_wire39_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire39")
    assert summary["recall"] >= 0.85
    assert summary["precision"] >= 0.79
    assert summary["dates"] >= 0.94
