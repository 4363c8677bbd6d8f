"""Rules of one round that fired wider than their purpose: blows at everyone, acts that came
before a negated past, players struck by bombs and air strikes, insults by name, episodes
of a war, and a repair that changed a tag it then left alone. Sentences written for the test."""

from __future__ import annotations

from spacy.tokens import Doc

from stream.extract import Article
from stream.extract.syntax import repair_backed_subjects

ARMED = ("attack", "shelling", "airstrike", "clash", "mass_violence")


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1993-04-12T08:00:00Z"))


def _armed(extractor, text: str) -> list[dict]:
    return [e for e in _extract(extractor, text) if e["type"] in ARMED and not e["negated"]]


# ------------------------------------------------------------ a blow at everyone is a blow


def test_an_armed_act_on_everyone_in_a_place_is_an_event(extractor):
    for text in (
        "Masked gunmen shot everybody in the village mosque, Algerian officials said.",
        "Iraqi troops executed everyone they found in the Kurdish village of Halabja.",
    ):
        assert _armed(extractor, text), text


def test_an_armed_act_on_anyone_is_a_disposition(extractor):
    text = "We are not building an army to attack anyone, the Iranian president said."
    assert not _armed(extractor, text)


# ------------------------------------------------------------ 'did not … until' tells when


def test_an_act_that_ended_a_negated_past_took_place(extractor):
    text = "The fighting did not stop until Syrian troops stormed the camp on Friday."
    events = _armed(extractor, text)
    assert events and events[0]["actors"][0]["code"].startswith("SYR")


def test_an_act_a_modal_refusal_waits_for_is_a_condition(extractor):
    text = "China would not hold talks with Vietnam until it withdrew its troops from Cambodia."
    events = _extract(extractor, text)
    assert not [e for e in events if e["type"] == "withdrawal"]


# ------------------------------------------------------------ players hit by arms


def test_a_player_struck_by_a_bomb_or_an_air_strike_is_hit(extractor):
    for text in (
        "An Israeli air strike killed a Lebanese goalkeeper in Tyre on Sunday.",
        "A car bomb planted by Iraqi agents killed the Kuwaiti national goalkeeper.",
    ):
        assert _armed(extractor, text), text


def test_a_team_line_striking_players_is_a_game(extractor):
    text = "The pace attack bombarded the Pakistani batsmen on the first morning."
    assert not _armed(extractor, text)


# ------------------------------------------------------------ insults by name


def test_a_person_called_a_condemning_name_is_accused(extractor):
    for text in (
        "Iran called Saddam Hussein a dictator on Monday.",
        "The Iraqi foreign minister called the U.S. president a liar.",
    ):
        assert [e for e in _extract(extractor, text) if e["type"] == "accusation"], text


def test_a_thing_called_a_visit_is_no_appeal(extractor):
    text = "The minister arrived in Beijing on what officials called a private visit."
    assert not [e for e in _extract(extractor, text) if e["type"] == "appeal"]


# ------------------------------------------------------------ an episode of a war is no fiction


def test_an_act_in_an_episode_or_chapter_of_a_war_is_done(extractor):
    for text in (
        "In a new chapter of the border war, Iraqi jets bombed Iranian oil terminals.",
        "Syrian troops killed 20 Lebanese militiamen in the bloodiest episode of the conflict.",
    ):
        assert _armed(extractor, text), text


def test_an_act_in_a_chapter_of_a_novel_is_fiction(extractor):
    for text in (
        "In the opening chapter a courier is ambushed by Soviet agents.",
        "In the second chapter of the novel, Soviet agents ambush a courier in Vienna.",
    ):
        assert not _armed(extractor, text), text


# ------------------------------------------------------------ a repair leaves what it skips


def test_a_relative_clause_on_the_backers_keeps_its_tag(nlp):
    words = ["Troops", "backed", "by", "tanks", "that", "advanced", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        tags=["NNS", "VBN", "IN", "NNS", "WDT", "VBN", "."],
        pos=["NOUN", "VERB", "ADP", "NOUN", "PRON", "VERB", "PUNCT"],
        heads=[0, 0, 1, 2, 5, 3, 0],
        deps=["ROOT", "acl", "agent", "pobj", "nsubj", "relcl", "punct"],
    )
    assert repair_backed_subjects(doc[:]) == 0
    assert doc[5].tag_ == "VBN"
    assert doc[0].dep_ == "ROOT"


# ------------------------------------------------------------ trade and police lines


def _types(extractor, text: str) -> list[str]:
    return [e["type"] for e in _extract(extractor, text)]


def test_a_business_unit_dropped_is_no_deployment(extractor):
    text = "Chrysler dropped the unit from its French operations last year."
    assert "deployment" not in _types(extractor, text)
    landed = "Indian helicopters landed commandos near Jaffna university on Monday."
    assert "deployment" in _types(extractor, landed)


def test_grain_delivered_under_a_trade_deal_is_no_aid(extractor):
    text = (
        "The United States delivered 1.5 mln tonnes of wheat to the Soviet Union under the "
        "grain agreement, the Agriculture Department said."
    )
    assert "aid" not in _types(extractor, text)
    dropped = "UN helicopters airdropped wheat to villages cut off by the floods in Ethiopia."
    assert "aid" in _types(extractor, dropped)


def test_protesters_breaching_a_police_cordon_make_no_armed_attack(extractor):
    text = "Thousands of protesters breached a police cordon around the Israeli embassy in Cairo."
    assert not _armed(extractor, text)
    siege = "Ethiopian troops broke the rebel siege of the garrison town of Barentu on Sunday."
    assert _armed(extractor, siege)


# ------------------------------------------------------------ a quotation asking another thing


def test_a_quotation_asking_another_thing_is_an_appeal_of_its_own(extractor):
    text = (
        "Iran called on Iraq to withdraw its troops from the border on Monday. "
        '"We call on Iraq to release all prisoners of war," the Iranian foreign minister said.'
    )
    assert _types(extractor, text).count("appeal") == 2
    text = (
        "Turkey on Monday called on Greece to engage in dialogue over the Aegean. "
        '"We call on Greece to come and talk with us," Ozal said.'
    )
    assert _types(extractor, text).count("appeal") == 1


# ------------------------------------------------------------ things someone threw are no nature


def test_rocks_thrown_by_people_and_debris_of_a_missile_are_someones_blow(extractor):
    for text in (
        "Rocks thrown by Palestinian youths injured two Israeli soldiers in Hebron on Sunday.",
        "Debris from the Iraqi missile killed two Saudi civilians in Riyadh.",
    ):
        assert _armed(extractor, text), text


def test_a_swarm_of_locusts_invading_is_nature(extractor):
    assert not _armed(extractor, "Swarms of locusts invaded farmland in Sudan.")
