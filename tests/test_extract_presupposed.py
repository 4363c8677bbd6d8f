"""Armed acts a sentence names only as what another act answers or follows."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str, published: str = "1995-06-01T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _attacks(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] == "attack"]


def test_an_answered_attack_is_done_by_whom_the_answer_hits(extractor):
    text = (
        "Greek warships shelled two Turkish platforms on Thursday in response to "
        "Tuesday's missile attack on a Greek-flag ship."
    )
    events = _extract(extractor, text)
    answered = [e for e in _attacks(events) if e["trigger"] == "attack"]
    assert [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]])
        for e in answered
    ] == [(["TUR"], ["GRC"])]
    assert answered[0]["date"]["value"] == "1995-05-30"  # Tuesday's, not the shelling's day
    assert answered[0]["date"]["status"] == "past"
    by = "Iraq retaliated for the raid on an Iraqi town by bombing Iranian cities."
    raid = [e for e in _attacks(_extract(extractor, by)) if e["trigger"] == "raid"]
    assert [[a["country"] for a in e["actors"]] for e in raid] == [["IRN"]]


def test_an_attack_followed_is_an_event_without_a_doer(extractor):
    events = _extract(extractor, "Tension has risen since the bombing of the Syrian embassy.")
    assert ([], ["SYR"]) in side_countries(events, "attack")
    raid = _extract(extractor, "Chad closed the border after Thursday's raid on a Chadian camp.")
    assert ([], ["TCD"]) in side_countries(raid, "attack")


def test_generic_and_hypothetical_attacks_stay_no_events(extractor):
    for text in (
        "Tension has risen since the raids on Kuwaiti tankers.",
        "Iraq warned of the threat of attacks on Kuwaiti tankers.",
        "Kuwait will respond to any attack on Kuwaiti tankers.",
        "Kuwait said it would retaliate after further raids on Kuwaiti tankers.",
    ):
        assert not [
            e for e in _attacks(_extract(extractor, text)) if e["date"]["status"] == "past"
        ], text


def test_the_article_names_the_doer_it_sets_against_the_target(extractor):
    text = (
        "Syria accused Jordan of aggression on Sunday. Jordanian jets destroyed a depot "
        "in response to a rocket attack on a Jordanian post on Friday."
    )
    answered = [e for e in _attacks(_extract(extractor, text)) if e["trigger"] == "attack"]
    assert [[a["country"] for a in e["actors"]] for e in answered] == [["SYR"]]
    two_sides = (
        "Syria accused Jordan of aggression on Sunday. Iraq threatened Jordan on Monday. "
        "Jordanian jets destroyed a depot in response to a rocket attack on a Jordanian post."
    )
    answered = [e for e in _attacks(_extract(extractor, two_sides)) if e["trigger"] == "attack"]
    assert [[a["country"] for a in e["actors"]] for e in answered] == [[]]  # whose, it can't say


def test_an_attack_said_to_be_by_someone_is_theirs(extractor):
    text = "The attack on the Kuwaiti tanker was almost certainly by an Iran Silkworm missile."
    assert (["IRN"], ["KWT"]) in side_countries(_extract(extractor, text), "attack")


def test_an_answered_attack_happened_where_its_own_phrase_says(extractor):
    text = "Reagan decided on the U.S. response to Friday's Iranian attack on a Kuwaiti tanker"
    placed = _attacks(_extract(extractor, text + " in Saudi waters."))
    assert [e["location"]["country"] for e in placed] == ["SAU"]
    unplaced = _attacks(_extract(extractor, text + "."))
    assert [e["location"] for e in unplaced] == [None]  # not in the U.S. that responds


def test_a_blow_with_no_doer_is_the_one_adversarys_when_the_article_names_one(extractor):
    text = "Syria accused Jordan of aggression on Sunday. A Jordanian border post was shelled."
    assert [a for a, _ in side_countries(_extract(extractor, text), "shelling")] == [["SYR"]]
    victim = (  # whom Iran hit is no one striking Iran
        "An Iranian warship set a Cypriot tanker on fire on Sunday. "
        "An Iranian oil rig was shelled on Monday."
    )
    assert ([], ["IRN"]) in side_countries(_extract(extractor, victim), "shelling")


def test_the_shooting_of_someone_is_an_attack(extractor):
    text = "The shooting of an Iraqi police commissioner angered Baghdad."
    assert ([], ["IRQ"]) in side_countries(_extract(extractor, text), "attack")
    assert not _extract(extractor, "The shooting of the film ended in Spain.")


def test_a_condemned_act_happened_even_with_no_doer(extractor):
    events = _extract(extractor, "Kuwait condemned Friday's missile attack on a Kuwaiti tanker.")
    attacks = _attacks(events)
    assert [
        ([a["country"] for a in e["actors"]], [t["country"] for t in e["targets"]]) for e in attacks
    ] == [([], ["KWT"])]
    assert attacks[0]["date"]["value"] == "1995-05-26"  # Friday's, not the condemning's
    backed = _extract(extractor, "MPs backed the invasion of Iraq.")  # history, mostly
    assert not _attacks(backed)


def test_a_condemned_generic_or_hypothetical_act_is_no_event(extractor):
    for text in (
        "Kuwait condemned attacks on Kuwaiti tankers.",
        "Kuwait would condemn an attack on Kuwaiti tankers.",
        "Kuwait condemned any attack on Kuwaiti tankers.",
    ):
        assert not _attacks(_extract(extractor, text)), text


def test_condemning_an_act_accuses_its_doer_not_its_victim(extractor):
    unnamed = _extract(
        extractor,
        "Egypt condemned the invasion of Kuwait. Kuwait condemned the bombing of the Syrian embassy.",
    )
    assert side_countries(unnamed, "accusation") == [(["EGY"], []), (["KWT"], [])]
    # no country the article sets against Syria: the condemners are no bombers
    assert sorted(side_countries(unnamed, "attack")) == [([], ["KWT"]), ([], ["SYR"])]
    named = _extract(extractor, "Syria condemned the Israeli air raid on Lebanon.")
    assert side_countries(named, "accusation") == [(["SYR"], ["ISR"])]
