"""Defects of several kinds found in review, a fifth round: goals ahead and acts looked
towards, acts stopped short of and acts only weighed, sources close to talks, parties of
protests and sales, forces with no state, drills told again and refugees housed."""

from __future__ import annotations

import pytest

from stream.extract import Article


def _all(extractor, text: str, published: str | None = "1987-06-01") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _of_type(extractor, text: str, kind: str, published: str | None = "1987-06-01") -> list[dict]:
    return [e for e in _all(extractor, text, published) if e["type"] == kind]


def _done(extractor, text: str, kind: str, published: str | None = "1987-06-01") -> list[dict]:
    return [e for e in _of_type(extractor, text, kind, published) if not e["negated"]]


# --------------------------------------------------------------------- goals ahead


@pytest.mark.parametrize(
    "text",
    [
        "Markets will look towards next week's meeting of Arab oil ministers in Vienna.",
        "Traders looked toward Thursday's talks between Iran and Saudi Arabia.",
    ],
)
def test_a_gathering_looked_towards_is_still_planned(extractor, text):
    assert _of_type(extractor, text, "meeting"), text


@pytest.mark.parametrize(
    "text",
    [
        "Seoul and Tokyo took a first step towards talks on the fishing dispute on Monday.",
        "Officials said progress was made toward resolving the fishing dispute with Japan.",
        "Seoul and Tokyo are edging toward negotiations on their fishing dispute.",
    ],
)
def test_a_course_towards_an_act_is_no_act(extractor, text):
    events = [e for e in _all(extractor, text) if e["type"] in ("meeting", "support")]
    assert not events, text


# --------------------------------------------------------------------- arms among one state's politicians


@pytest.mark.parametrize(
    "text",
    [
        "The Palestinian interior ministry gave weapons to Fatah in Gaza.",
        "The Palestinian interior ministry supplied ammunition to Fatah in Gaza.",
    ],
)
def test_real_arms_given_to_a_party_of_one_state_are_a_transfer(extractor, text):
    assert _of_type(extractor, text, "arms_transfer", None), text


def test_a_figure_of_ammunition_among_politicians_stays_no_transfer(extractor):
    text = "The home secretary's figures gave Tory MPs fresh ammunition against the government."
    assert not _of_type(extractor, text, "arms_transfer", "2005-03-01")


# --------------------------------------------------------------------- acts held short, acts weighed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tokyo stopped short of accusing Beijing of breaking the fishing accord.", "accusation"),
        ("The Arab League fell short of condemning Israel over the raid.", "accusation"),
        ("Washington stopped short of imposing sanctions on Nicaragua.", "sanction"),
    ],
)
def test_an_act_stopped_short_of_is_not_done(extractor, text, kind):
    events = _of_type(extractor, text, kind)
    assert events, text
    assert all(e["negated"] for e in events), text


def test_the_doer_of_an_act_stopped_short_of_is_the_subject(extractor):
    text = "Tokyo stopped short of accusing Beijing of breaking the fishing accord."
    (event,) = _of_type(extractor, text, "accusation")
    assert [a["country"] for a in event["actors"]] == ["JPN"]


def test_the_act_an_object_names_is_not_held_short(extractor):
    text = "The minister stopped short of condemning the Syrian raid on Beirut's suburbs."
    assert _done(extractor, text, "attack") or _done(extractor, text, "airstrike")


@pytest.mark.parametrize(
    "text",
    [
        "Canada is considering closing its embassy in Tehran, officials said.",
        "Washington is weighing imposing new sanctions on Managua.",
        "Seoul is mulling sanctions against Pyongyang after the test.",
        "Paris is contemplating recalling its ambassador from Damascus.",
    ],
)
def test_a_hostile_act_weighed_is_an_option_considered(extractor, text):
    events = _all(extractor, text)
    assert not [e for e in events if e["type"] in ("sanction", "expulsion")], text
    assert [e for e in events if e["type"] == "statement" and e["cameo"] == "014"], text


# --------------------------------------------------------------------- sources that know of talks


@pytest.mark.parametrize(
    "text",
    [
        "Officials familiar with the talks said Syria and Jordan had set no date.",
        "Diplomats close to the negotiations said Kenya had turned down the offer.",
        "People with knowledge of the talks said Egypt wanted a quick answer.",
        "A source briefed on the meeting said Kuwait had asked for more time.",
    ],
)
def test_a_gathering_a_source_knows_of_is_no_meeting(extractor, text):
    assert not _of_type(extractor, text, "meeting"), text


def test_a_meeting_told_beside_its_sources_stays(extractor):
    text = "Syria and Jordan held talks in Amman on Monday, officials familiar with the talks said."
    assert _of_type(extractor, text, "meeting")


# --------------------------------------------------------------------- parties of protests and sales


def test_a_protest_drawn_by_a_decision_told_with_an_infinitive_is_the_protester_s(extractor):
    text = (
        "Peru's decision in May to make the disputed valley a province drew a sharp protest "
        "from Ecuador, which claims most of it."
    )
    events = [e for e in _all(extractor, text) if e["type"] in ("accusation", "protest")]
    assert events
    assert [a["country"] for a in events[0]["actors"]] == ["ECU"]
    assert [t["country"] for t in events[0]["targets"]] == ["PER"]


def test_a_government_protesting_with_a_capital_is_not_of_that_capital(extractor):
    text = (
        "ISLAMABAD, May 3 - A bomb went off in a market in Peshawar on Sunday.\n\n"
        "The blast came a day after the government lodged a protest with Kabul over Afghan "
        "shelling of border villages."
    )
    (event,) = [e for e in _all(extractor, text) if e["trigger"] == "lodged protest"]
    assert [t["country"] for t in event["targets"]] == ["AFG"]
    assert "AFG" not in [a["country"] for a in event["actors"]]


def test_a_state_named_after_a_verb_of_selling_is_the_buyer(extractor):
    text = "Paris has agreed to sell Ecuador twelve Mirage fighter aircraft."
    events = _all(extractor, text)
    assert events
    assert {a["country"] for e in events for a in e["actors"]} == {"FRA"}
    assert {t["country"] for e in events for t in e["targets"]} == {"ECU"}


def test_an_unnamed_seller_is_not_the_buyer_s_state(extractor):
    text = (
        "KARACHI, May 3 - Bombs killed 40 people in Karachi on Sunday.\n\n"
        "The administration has agreed to sell Pakistan early warning aircraft."
    )
    events = [
        e for e in _all(extractor, text) if "agreed" in e["trigger"] or "sell" in e["trigger"]
    ]
    assert events
    assert "PAK" not in [a["country"] for e in events for a in e["actors"]]
    assert {t["country"] for e in events for t in e["targets"]} == {"PAK"}


# --------------------------------------------------------------------- forces with no country


def test_bare_police_take_no_state_from_the_doer_of_another_act(extractor):
    text = (
        "Riot police fired tear gas at stone-throwing youths during an open-air mass "
        "celebrated by Pope John Paul II in Lima today."
    )
    events = [e for e in _all(extractor, text) if e["type"] == "attack"]
    assert events
    assert "VAT" not in {a["country"] for e in events for a in e["actors"]}
    assert {a["country"] for e in events for a in e["actors"]} == {"PER"}
