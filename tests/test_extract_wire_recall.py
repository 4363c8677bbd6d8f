"""Recall classes of unseen wire copy (issue 10), each on sentences written for the test."""

from __future__ import annotations

from stream.extract import Article
from stream.extract.normalize import normalize


def _extract(extractor, text: str, published_at: str = "1987-06-01T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def _of_type(events: list[dict], etype: str) -> list[dict]:
    return [e for e in events if e["type"] == etype]


def _countries(parties: list[dict]) -> set[str]:
    return {p["country"] for p in parties if p["country"]}


def test_the_wire_capital_after_a_country_abbreviation_is_lowered():
    text = "The U.S. Raid on the port and the U.S. And British ships, U.S. Officials said."
    clean = normalize(text)
    assert clean.text == (
        "The U.S. raid on the port and the U.S. and British ships, U.S. officials said."
    )
    assert clean.to_original(clean.text.index("raid")) == text.index("Raid")
    named = "U.S. Defence Secretary Frank Dobbs met U.K. Trade officials in the U.S. The talks"
    assert normalize(named).text == named  # names and a new sentence keep their capitals


def test_an_event_noun_written_with_the_wire_capital_is_found(extractor):
    text = "Oil prices fell after the U.S. Raid on a Libyan radar station on Tuesday, dealers said."
    attacks = _of_type(_extract(extractor, text), "attack") + _of_type(
        _extract(extractor, text), "airstrike"
    )
    assert attacks
    assert _countries(attacks[0]["actors"]) == {"USA"}
    assert _countries(attacks[0]["targets"]) == {"LBY"}


def test_a_warning_is_aimed_at_the_party_warned_when_no_party_acts_in_its_condition(extractor):
    text = "The Saudi king warned Iran of grave consequences if the raids on shipping went on."
    threats = _of_type(_extract(extractor, text), "threat")
    assert threats and _countries(threats[0]["targets"]) == {"IRN"}
    text = "Iraq will retaliate if Iran attacks Basra again, the minister said."
    threats = _of_type(_extract(extractor, text), "threat")
    assert threats and _countries(threats[0]["targets"]) == {"IRN"}


def test_coordinated_verbs_share_the_object_the_second_one_names(extractor):
    text = "Iranian troops killed or wounded over 900 Iraqis in the new offensive, IRNA said."
    attacks = _of_type(_extract(extractor, text), "attack")
    assert attacks and _countries(attacks[0]["targets"]) == {"IRQ"}
    assert attacks[0]["quantities"] and attacks[0]["quantities"][0]["value"] == 900
    text = "Britain has vowed to keep the strait open and has warned Argentina against any raid."
    pledges = _of_type(_extract(extractor, text), "pledge")
    assert pledges and not _countries(pledges[0]["targets"])  # 'vowed to …' has its own object


def test_discussions_with_or_between_parties_are_talks(extractor):
    text = "The trade talks were apart from discussions between Japanese officials and Britain's trade minister."
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert any(
        _countries(e["actors"]) | _countries(e["targets"]) == {"JPN", "GBR"} for e in meetings
    )
    text = "The discussions on the new budget will resume next week, the minister said."
    assert not _of_type(_extract(extractor, text), "meeting")


def test_a_meeting_at_a_venue_is_held_with_the_party_after_it(extractor):
    text = (
        "The Libyan envoy presented the plan during a long meeting at the French embassy"
        " with the Chadian team."
    )
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings and "TCD" in _countries(meetings[0]["targets"])
    assert "FRA" not in _countries(meetings[0]["targets"])
    text = "After meetings at the Egyptian defence and foreign ministries, the Sudanese envoy left."
    meetings = _of_type(_extract(extractor, text), "meeting")
    assert meetings and "EGY" in _countries(meetings[0]["targets"])


def test_a_second_object_of_its_kind_is_a_second_act(extractor):
    text = "Iraqi jets bombed a power station near Basra and the air force also hit a second plant on Sunday."
    events = _extract(extractor, text)
    strikes = [e for e in events if e["type"] in ("attack", "airstrike")]
    assert len(strikes) == 2
    text = "Iraqi jets attacked a tanker near Kharg and sank it."
    strikes = [e for e in _extract(extractor, text) if e["type"] in ("attack", "airstrike")]
    assert len(strikes) == 1


def test_a_trip_on_to_a_country_the_parser_calls_an_organisation(extractor):
    text = "The Zambian president toured Angola before heading to Mozambique on Friday."
    visits = _of_type(_extract(extractor, text), "visit")
    assert {c for e in visits for c in _countries(e["targets"])} >= {"MOZ"}


def test_a_return_or_arrival_in_a_fronted_phrase_belongs_to_the_subject(extractor):
    text = "On his return from Peking, the Indian foreign minister met the Pakistani envoy."
    visits = _of_type(_extract(extractor, text), "visit")
    assert visits and _countries(visits[0]["actors"]) == {"IND"}
    assert _countries(visits[0]["targets"]) == {"CHN"}
    text = "After her arrival in Damascus, the Greek foreign minister met President Assad."
    visits = _of_type(_extract(extractor, text), "visit")
    assert visits and _countries(visits[0]["actors"]) == {"GRC"}
    assert _countries(visits[0]["targets"]) == {"SYR"}
    text = "The return from Iraq of the 300 construction workers was delayed again."
    assert not _of_type(_extract(extractor, text), "visit")
    text = "The Libyan oil minister spoke on his return to Tripoli from Algiers on Sunday."
    visits = _of_type(_extract(extractor, text), "visit")
    assert visits and _countries(visits[0]["targets"]) == {"DZA"}
    text = "The four freed Dutch hostages were questioned by police on their return from Beirut."
    assert not _of_type(_extract(extractor, text), "visit")


def test_warships_by_class_and_missiles_put_in_place_are_deployed(extractor):
    text = "Paris is sending two frigates and a minesweeper to the Red Sea, the ministry said."
    deployments = _of_type(_extract(extractor, text), "deployment")
    assert deployments and _countries(deployments[0]["actors"]) == {"FRA"}
    text = "Western officials said Syria had emplaced new Soviet-made missiles near the border."
    deployments = _of_type(_extract(extractor, text), "deployment")
    assert deployments and _countries(deployments[0]["actors"]) == {"SYR"}


def test_a_national_adjective_on_an_attack_one_comes_under_names_the_attacker(extractor):
    text = "Saudi tankers have lately come under frequent Iraqi attack in the northern Gulf."
    attacks = _of_type(_extract(extractor, text), "attack")
    assert attacks and _countries(attacks[0]["actors"]) == {"IRQ"}
    assert _countries(attacks[0]["targets"]) == {"SAU"}
    text = "The border town was twice under Turkish occupation in the last century."
    assert not _extract(extractor, text)


def test_talks_that_end_were_held_and_talks_broken_off_are_cut(extractor):
    text = "Chad and Libya ended three days of talks in Algiers on Thursday, officials said."
    events = _extract(extractor, text)
    assert _of_type(events, "meeting") and not _of_type(events, "sanction")
    text = "Chad broke off talks with Libya on Thursday, officials said."
    assert _of_type(_extract(extractor, text), "sanction")


def test_a_warning_after_a_reported_clause_is_the_speakers(extractor):
    text = (
        "Syria said reports that it planned to attack Israel were false, and warned "
        "Jordan not to take part in the manoeuvres."
    )
    warned = [e for e in _extract(extractor, text) if e["trigger"].startswith("warned")]
    assert warned and _countries(warned[0]["actors"]) == {"SYR"}
    assert _countries(warned[0]["targets"]) == {"JOR"}


def test_an_appeal_for_a_party_to_act_read_as_an_adverbial_clause(extractor):
    statement = "OAU foreign ministers issued a statement deploring the raids"
    events = _extract(extractor, f"{statement} and appealed for Pretoria to end its incursions.")
    assert any("ZAF" in _countries(e["targets"]) for e in _of_type(events, "appeal"))


def test_one_blow_named_twice_keeps_the_target_of_either_mention(extractor):
    text = "A Panamanian-flag freighter was hit off Dubai on Friday, apparently struck by an Iraqi missile."
    attacks = _of_type(_extract(extractor, text), "attack")
    assert len(attacks) == 1
    assert _countries(attacks[0]["actors"]) == {"IRQ"}
    assert _countries(attacks[0]["targets"]) == {"PAN"}
