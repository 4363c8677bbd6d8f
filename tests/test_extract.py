"""Event extraction: the seed gold standard, modality, messy input, contracts and relevance."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
from event_helpers import side_countries

from stream.extract import Article
from stream.extract.normalize import normalize
from stream.schemas import schema_errors

# --------------------------------------------------------------------------- gold matching


def _countries(actors: list[dict]) -> set[str]:
    return {a["country"] for a in actors if a.get("country")}


def matches(pred: dict, gold: dict) -> bool:
    """The seed's how_to_match: evidence substring, type, and overlapping actor countries."""
    if gold["evidence"] not in pred["evidence"]["sentence"]:
        return False
    if pred["type"] not in gold["types"]:
        return False
    if gold.get("actors"):
        return bool(_countries(pred["actors"]) & set(gold["actors"]))
    return True


def date_ok(pred: dict, gold: dict) -> bool:
    """Value (or an accepted alternative) and status agree with the gold date."""
    g = gold["date"]
    value = pred["date"]["value"]
    accepted = {g["value"], *g.get("also_accept", [])}
    if g.get("also_accept_null"):
        accepted.add(None)
    return value in accepted and pred["date"]["status"] == g["status"]


def quantity_ok(pred: dict, gold: dict) -> bool:
    want = gold.get("quantity")
    if not want:
        return True
    return any(
        q["value"] == want["value"] and q["approximate"] == want["approximate"]
        for q in pred["quantities"]
    )


def location_ok(pred: dict, gold: dict) -> bool:
    want = gold.get("location")
    if not want:
        return True
    loc = pred["location"]
    if loc is None or loc["country"] != want["country"]:
        return False
    return "name" not in want or want["name"] in (loc["name"], loc["text"])


@dataclass
class SeedScore:
    found: set[str] = field(default_factory=set)
    missed: list[str] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    matched: list[tuple[dict, dict]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        n = len(self.matched) + len(self.false_positives)
        return len(self.matched) / n if n else 0.0

    def share(self, check) -> float:
        return (
            sum(check(p, g) for p, g in self.matched) / len(self.matched) if self.matched else 0.0
        )


def score_seed(events: list[dict], gold: dict) -> SeedScore:
    score = SeedScore()
    for pred in events:
        hits = [g for g in gold["events"] if matches(pred, g)]
        if not hits:
            score.false_positives.append(pred)
            continue
        best = next((g for g in hits if date_ok(pred, g)), hits[0])
        score.matched.append((pred, best))
        score.found.update(g["id"] for g in hits)
    score.missed = [g["id"] for g in gold["events"] if g["required"] and g["id"] not in score.found]
    return score


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def seed_gold(fixtures_dir) -> dict:
    return json.loads((fixtures_dir / "seed" / "events.gold.json").read_text(encoding="utf-8"))


def _extract(extractor, text: str, published_at: str = "2024-10-29T12:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published_at))


def _types(events: list[dict]) -> set[str]:
    return {e["type"] for e in events}


# --------------------------------------------------------------------------- seed gold


def test_seed_every_required_event_is_found(seed_events, seed_gold):
    score = score_seed(seed_events, seed_gold)
    assert score.missed == [], f"missed required events {score.missed}"


def test_seed_precision(seed_events, seed_gold):
    score = score_seed(seed_events, seed_gold)
    fps = [(e["type"], e["trigger"], e["evidence"]["sentence"][:60]) for e in score.false_positives]
    assert score.precision >= 0.85, f"precision {score.precision:.2f}; false positives {fps}"


def test_seed_dates(seed_events, seed_gold):
    score = score_seed(seed_events, seed_gold)
    wrong = [
        (g["id"], p["date"]["value"], p["date"]["status"])
        for p, g in score.matched
        if not date_ok(p, g)
    ]
    assert score.share(date_ok) >= 0.9, f"wrong dates {wrong}"


def test_seed_places_and_quantities(seed_events, seed_gold):
    score = score_seed(seed_events, seed_gold)
    bad = [g["id"] for p, g in score.matched if not (quantity_ok(p, g) and location_ok(p, g))]
    required = {g["id"] for g in seed_gold["events"] if g["required"]}
    assert not set(bad) & required, f"wrong place or quantity for {bad}"


def test_seed_events_validate_and_ids_are_deterministic(extractor, seed_events, seed_article):
    assert seed_events
    for ev in seed_events:
        assert schema_errors("event", ev) == []
        start, end = ev["evidence"]["start"], ev["evidence"]["end"]
        assert seed_article["text"][start:end] == ev["evidence"]["sentence"]
        assert 0.0 <= ev["confidence"] <= 1.0
    again = _extract(extractor, seed_article["text"], seed_article["published_at"])
    first = _extract(extractor, seed_article["text"], seed_article["published_at"])
    assert [e["event_id"] for e in again] == [e["event_id"] for e in first]
    keys = [(e["evidence"]["start"], e["type"]) for e in seed_events]
    assert len(keys) == len(set(keys)), "one event of a type per sentence"


def test_seed_recall_does_not_depend_on_the_prefilter(
    extractor, seed_events, seed_gold, seed_article
):
    from stream.extract import Extractor

    full = Extractor(extractor.nlp, prefilter=False)
    a = seed_article
    unfiltered = full.extract(Article(id=a["id"], text=a["text"], published_at=a["published_at"]))
    assert score_seed(seed_events, seed_gold).found >= score_seed(unfiltered, seed_gold).found - {
        g["id"] for g in seed_gold["events"] if not g["required"]
    }


# --------------------------------------------------------------------------- modality


def test_negated_event_is_flagged(extractor):
    events = _extract(
        extractor,
        "Russian President Vladimir Putin did not meet Chinese President Xi Jinping on Monday.",
    )
    meetings = [e for e in events if e["type"] == "meeting"]
    assert meetings and all(e["negated"] for e in meetings)


def test_refused_cooperation_is_a_rejection(extractor):
    events = _extract(extractor, "Israel refused to meet Jordan's King Abdullah in Amman.")
    assert "rejection" in _types(events)
    assert "meeting" not in _types(events)


def test_possible_and_planned_are_never_past(extractor):
    events = _extract(
        extractor,
        "South Korea could send arms to Ukraine. The United States plans to provide Ukraine with 500 missiles.",
    )
    transfers = [e for e in events if e["type"] == "arms_transfer"]
    assert len(transfers) == 2
    assert {e["date"]["status"] for e in transfers} == {"possible", "planned"}


def test_present_state_is_ongoing(extractor):
    events = _extract(
        extractor, "Officials said 3,000 North Korean troops are now in Russia's Kursk region."
    )
    deployments = [e for e in events if e["type"] == "deployment"]
    assert deployments and deployments[0]["date"]["status"] == "ongoing"
    assert deployments[0]["actors"][0]["country"] == "PRK"


def test_threat_absorbs_its_content(extractor):
    events = _extract(extractor, "Iran threatened to launch a new military offensive against Iraq.")
    assert _types(events) == {"threat"}
    assert events[0]["cameo"].startswith("13")
    assert events[0]["actors"][0]["country"] == "IRN"


def test_intent_to_cooperate_is_coded_as_a_pledge(extractor):
    events = _extract(extractor, "Norway will give Kenya a grant of 20 million crowns.")
    pledge = [e for e in events if e["type"] == "pledge"]
    assert pledge and pledge[0]["cameo"] == "033" and pledge[0]["date"]["status"] == "planned"
    assert pledge[0]["actors"][0]["country"] == "NOR"
    freed = _extract(extractor, "Egypt said it would free 40 Libyan prisoners next week.")
    assert [(e["type"], e["cameo"]) for e in freed] == [("pledge", "035")]


def test_a_plan_keeps_the_planned_act(extractor):
    events = _extract(extractor, "Japan plans to send emergency food aid to Bangladesh.")
    assert [(e["type"], e["date"]["status"]) for e in events] == [("aid", "planned")]


def test_reported_attack_codes_the_embedded_event(extractor):
    events = _extract(extractor, "The United States said that Iraq had attacked Kuwait.")
    assert [e["type"] for e in events] == ["attack"]
    assert events[0]["actors"][0]["country"] == "IRQ"
    assert "KWT" in {t["country"] for t in events[0]["targets"]}


def test_speaker_is_the_source_only_when_it_is_the_agent(extractor):
    events = _extract(extractor, "Iraq said its warplanes attacked two Iranian tankers.")
    assert [e["type"] for e in events] == ["attack"]
    assert events[0]["actors"][0]["country"] == "IRQ"
    assert [t["country"] for t in events[0]["targets"]] == ["IRN"]
    itself = _extract(extractor, "Iraq said it attacked an Iranian oil platform.")
    assert [(e["type"], e["actors"][0]["country"]) for e in itself] == [("attack", "IRQ")]


def test_accusation_needs_an_accusing_verb(extractor):
    events = _extract(extractor, "Libya accused Chad of attacking its border posts.")
    accusations = [e for e in events if e["type"] == "accusation"]
    assert accusations and accusations[0]["actors"][0]["country"] == "LBY"
    assert "attack" not in _types(events)


def test_target_country_from_the_object_modifiers(extractor):
    cases = {
        "Syrian troops shelled Lebanese positions near the border.": "LBN",
        "Iranian gunboats attacked a Liberian-flagged tanker.": "LBR",
        "Iranian gunboats attacked a U.S.-flagged tanker.": "USA",
        "Libyan troops attacked Chad's border posts.": "TCD",
        "Iraq attacked an Iranian oil platform.": "IRN",
    }
    for text, country in cases.items():
        events = [e for e in _extract(extractor, text) if e["category"] == "military"]
        assert events, text
        assert country in {t["country"] for t in events[0]["targets"]}, (text, events[0]["targets"])


def test_agentless_passive_attack_takes_its_target_from_the_subject(extractor):
    events = _extract(extractor, "An Iraqi convoy was ambushed on Sunday.")
    assert [e["type"] for e in events] == ["attack"]
    assert events[0]["actors"] == []
    assert [t["country"] for t in events[0]["targets"]] == ["IRQ"]


def test_nominal_events_with_possessive_adjective_and_on_targets(extractor):
    raid = _extract(extractor, "Tuesday's Israeli raid on a Lebanese village killed 20 people.")
    assert raid and raid[0]["type"] == "attack"
    assert raid[0]["actors"][0]["country"] == "ISR"
    assert "LBN" in {t["country"] for t in raid[0]["targets"]}
    rocket = _extract(extractor, "Thursday's rocket attack on a Turkish base killed two soldiers.")
    assert rocket and rocket[0]["type"] == "attack"
    assert "TUR" in {t["country"] for t in rocket[0]["targets"]}


def test_bare_event_noun_without_parties_is_no_event(extractor):
    text = "Analysts said the cycle of attack and retaliation continues."
    assert [e for e in _extract(extractor, text) if e["category"] == "military"] == []


def test_several_events_in_one_sentence(extractor):
    events = _extract(
        extractor,
        "Egyptian police opened fire on demonstrators on Monday, killing one person and arresting 12.",
    )
    assert {"coercion"} <= _types(events) and len(_types(events)) >= 2


def test_nominal_trigger_with_light_verb(extractor):
    events = _extract(extractor, "The European Union imposed sanctions on Russia on Friday.")
    assert [e["type"] for e in events] == ["sanction"]
    assert "RUS" in {t["country"] for t in events[0]["targets"]}
    assert events[0]["trigger"] == "imposed sanctions"


def test_irrelevant_text_has_no_events(extractor):
    text = "The company reported higher quarterly profits and its shares rose 3% in London trading."
    assert _extract(extractor, text) == []


def test_empty_article(extractor):
    assert _extract(extractor, "   ") == []


# --------------------------------------------------------------------------- messy input


def test_normaliser_keeps_offsets_into_the_original():
    original = (
        "KYIV, Ukraine — Leaders &amp; envoys met “today” to discuss an increase\n\nto 12,000."
    )
    clean = normalize(original)
    assert clean.dateline == "KYIV, Ukraine"
    assert (
        "increase to 12,000" in clean.text and '"today"' in clean.text and "&amp;" not in clean.text
    )
    i = clean.text.index("envoys met")
    start, end = clean.span_to_original(i, i + len("envoys met"))
    assert original[start:end] == "envoys met"
    j = clean.text.index("increase to")
    start, end = clean.span_to_original(j, j + len("increase to 12,000"))
    assert original[start:end] == "increase\n\nto 12,000"


def test_stray_paragraph_break_and_entities_still_give_one_event(extractor):
    text = "KYIV, Ukraine &#8212; North Korea has sent some 10,000 soldiers\n\nto Russia, officials said."
    events = _extract(extractor, text)
    dep = [e for e in events if e["type"] == "deployment"]
    assert dep and dep[0]["evidence"]["sentence"].endswith("officials said.")
    assert (
        text[dep[0]["evidence"]["start"] : dep[0]["evidence"]["end"]]
        == dep[0]["evidence"]["sentence"]
    )


def test_prefilter_skips_irrelevant_sentences(extractor):
    text = "Shares rose on Monday. Troops were deployed to the border. The match ended 2-1."
    with extractor.nlp.memory_zone():
        prepared = extractor._prepare(Article(id="x", text=text))
        assert prepared.doc is not None
        assert prepared.doc.text.strip() == "Troops were deployed to the border."


def test_attack_reported_by_unnamed_sources_stays_an_attack(extractor):
    events = _extract(
        extractor,
        "Hezbollah guerrillas killed an Israeli officer in southern Lebanon, sources said.",
    )
    assert [e["type"] for e in events] == ["attack"]


def test_must_in_reported_speech_is_a_demand(extractor):
    events = _extract(extractor, "Russia said on Tuesday that Sudan must return the helicopter.")
    assert [e["type"] for e in events] == ["demand"]
    assert events[0]["actors"][0]["country"] == "RUS"


def test_ultimatum_is_a_threat(extractor):
    text = "African states announced that they will withdraw their force from Chad unless the president holds elections."
    assert "threat" in _types(_extract(extractor, text))


def test_purpose_clause_belongs_to_its_event(extractor):
    events = _extract(
        extractor,
        "Thousands of students staged demonstrations in Jakarta to demand political reforms.",
    )
    assert _types(events) == {"protest"}


def test_confidence_is_lower_for_hedged_nominal_events(extractor):
    firm = _extract(extractor, "Russian troops attacked the Ukrainian town of Bakhmut on Monday.")
    hedged = _extract(extractor, "A possible Russian attack on Bakhmut could follow.")
    assert firm and firm[0]["confidence"] > max((e["confidence"] for e in hedged), default=0.0)


def test_very_long_article_keeps_offsets(extractor):
    filler = "Shares of the company rose slightly in afternoon trading. " * 2500
    event = "Russian troops attacked the Ukrainian town of Bakhmut on Monday."
    text = filler + event + " " + filler
    events = _extract(extractor, text)
    assert [e["type"] for e in events] == ["attack"]
    ev = events[0]["evidence"]
    assert text[ev["start"] : ev["end"]] == event


def test_lead_sentence_events_take_the_dateline_place(extractor):
    text = (
        "KYIV, Ukraine (AP) — Russian forces shelled residential areas overnight, officials said. "
        "Later, Ukrainian troops attacked a Russian convoy."
    )
    events = extractor.extract(Article(id="dl", text=text, published_at="2024-10-30"))
    by_type = {e["type"]: e for e in events}
    assert by_type["shelling"]["location"] == {
        "text": "KYIV, Ukraine",
        "name": "Kyiv",
        "country": "UKR",
    }
    assert by_type["attack"]["location"] is None  # not the lead: the dateline says nothing


def test_vowed_revenge_is_a_threat_not_a_pledge(extractor):
    for text in ("Iran vowed revenge for the attack.", "Iran swore to punish the attackers."):
        events = _extract(extractor, text)
        assert [e["type"] for e in events] == ["threat"], text
        assert events[0]["cameo"].startswith("13")


@pytest.mark.parametrize(
    "text",
    [
        "Syria vowed to react strongly to the Israeli raid.",
        "Libya promised a crushing response.",
        "Cuba swore to respond in kind.",
        "Iran vowed to respond firmly to any aggression.",
    ],
)
def test_a_promise_to_answer_with_force_is_a_threat(extractor, text):
    assert [e["type"] for e in _extract(extractor, text)] == ["threat"]


def test_a_promise_to_answer_a_letter_stays_a_pledge(extractor):
    text = "The Syrian foreign minister vowed to respond to the letter within a week."
    assert [e["type"] for e in _extract(extractor, text)] == ["pledge"]


def test_an_indirect_question_is_no_appeal(extractor):
    text = "Reporters asked Shultz whether Washington would send more ships to the Gulf."
    assert "appeal" not in _types(_extract(extractor, text))


def test_must_demand_needs_a_party_told(extractor):
    text = "Britain backed the raid and said it should not worsen the crisis in the Gulf."
    assert "demand" not in _types(_extract(extractor, text))


def test_an_attack_named_inside_another_event_is_its_own_event(extractor):
    text = (
        "U.S. warships destroyed an oil platform in response to an Iranian missile attack "
        "on a Kuwaiti tanker on Friday."
    )
    attacks = [e for e in _extract(extractor, text) if e["type"] in ("attack", "airstrike")]
    doers = {a["country"] for e in attacks for a in e["actors"]}
    assert {"USA", "IRN"} <= doers
    iranian = next(e for e in attacks if e["actors"] and e["actors"][0]["country"] == "IRN")
    assert "KWT" in {t["country"] for t in iranian["targets"]}


def test_dated_background_event_with_its_parties_is_reported(extractor):
    text = "Thatcher left Bonn on Monday after talks with Chancellor Helmut Kohl."
    meetings = [e for e in _extract(extractor, text) if e["type"] == "meeting"]
    assert meetings and meetings[0]["actors"][0]["country"] == "GBR"
    assert "DEU" in {t["country"] for t in meetings[0]["targets"]}


def test_participle_accusation_on_an_event_noun(extractor):
    text = (
        "Washington retaliated for the tanker attack, blamed by the Americans and Kuwaitis on Iran."
    )
    accusations = [e for e in _extract(extractor, text) if e["type"] == "accusation"]
    assert accusations
    assert {"USA", "KWT"} <= {a["country"] for a in accusations[0]["actors"]}
    assert [t["country"] for t in accusations[0]["targets"]] == ["IRN"]


def test_official_present_abroad_is_visiting(extractor):
    text = "Iranian Prime Minister Mir-Hossein Mousavi is in {}, and he will seek Syrian help."
    visits = [e for e in _extract(extractor, text.format("Damascus")) if e["type"] == "visit"]
    assert visits and visits[0]["actors"][0]["country"] == "IRN"
    assert [t["country"] for t in visits[0]["targets"]] == ["SYR"]
    assert "visit" not in _types(_extract(extractor, text.format("Tehran")))


def test_a_later_visit_named_after_talks_is_its_own_event(extractor):
    text = "Thatcher left Bonn on Monday after talks with Chancellor Helmut Kohl ahead of her visit to Moscow."
    visits = [e for e in _extract(extractor, text) if e["type"] == "visit"]
    assert visits and visits[0]["actors"][0]["country"] == "GBR"
    assert "RUS" in {t["country"] for t in visits[0]["targets"]}


def test_a_reported_pronoun_is_the_speaker_only_when_it_agrees(extractor):
    text = "Iranian Prime Minister Mir-Hossein Mousavi arrived in Damascus. Western diplomats said he would seek Syrian help."
    appeals = [e for e in _extract(extractor, text) if e["type"] == "appeal"]
    assert appeals and appeals[0]["actors"][0]["country"] == "IRN"


def test_a_noun_pointing_back_at_an_event_is_no_new_event(extractor):
    text = "Referring to that attack, Howe said Britain would stand by Washington."
    assert "attack" not in _types(_extract(extractor, text))


def test_agentless_passive_accusation_keeps_the_accused(extractor):
    events = _extract(extractor, "Israel has been accused of violating the ceasefire in Lebanon.")
    accusations = [e for e in events if e["type"] == "accusation"]
    assert accusations and accusations[0]["targets"][0]["country"] == "ISR"


def test_under_attack_from_makes_the_subject_the_target(extractor):
    events = _extract(extractor, "Iraqi positions came under attack from Iranian artillery.")
    attacks = [e for e in events if e["category"] == "military"]
    assert attacks and attacks[0]["actors"][0]["country"] == "IRN"
    assert [t["country"] for t in attacks[0]["targets"]] == ["IRQ"]


def test_dates_inside_an_event_noun_of_its_own_are_not_the_verbs(extractor):
    text = (
        "U.S. warships destroyed an oil platform in response to an Iranian missile attack "
        "last Friday on a Kuwaiti tanker."
    )
    events = extractor.extract(Article(id="d", text=text, published_at="1987-10-19"))
    by_doer = {
        e["actors"][0]["country"]: e for e in events if e["actors"] and e["category"] == "military"
    }
    assert by_doer["IRN"]["date"]["value"] == "1987-10-16"
    assert by_doer["USA"]["date"]["value"] != "1987-10-16"


def test_an_attack_named_as_a_condition_is_no_event(extractor):
    text = "He said tougher steps would follow if Iran continued to attack Gulf shipping."
    assert [e for e in _extract(extractor, text) if e["category"] == "military"] == []


def test_meeting_an_act_with_a_response_is_a_threat_against_its_doer(extractor):
    text = "Syria said it would meet any escalation of fighting by Israel with stronger measures."
    events = _extract(extractor, text)
    assert [e["type"] for e in events] == ["threat"]
    assert events[0]["actors"][0]["country"] == "SYR"
    assert [t["country"] for t in events[0]["targets"]] == ["ISR"]


def test_demonstrating_something_is_no_protest(extractor):
    shown = _extract(extractor, "The government acted to demonstrate its authority.")
    assert not [e for e in shown if e["type"] == "protest"]
    marched = _extract(extractor, "Thousands of students demonstrated in Seoul on Monday.")
    assert [e["type"] for e in marched] == ["protest"]


def test_a_quoted_clause_joined_to_the_saying_is_reported_by_the_speaker(extractor):
    text = (
        "Foreign Minister Farouk al-Sharaa of Syria said on Monday his country wanted calm, "
        '"but we will meet any escalation by Israel with force."'
    )
    threats = [e for e in _extract(extractor, text) if e["type"] == "threat"]
    assert threats and threats[0]["actors"][0]["country"] == "SYR"
    assert [t["country"] for t in threats[0]["targets"]] == ["ISR"]


def test_a_warning_against_hung_on_a_time_phrase_is_a_threat(extractor):
    text = "Syria had warned Israel earlier in the day against escalating the conflict."
    threats = [e for e in _extract(extractor, text) if e["type"] == "threat"]
    assert threats and threats[0]["actors"][0]["country"] == "SYR"
    assert [t["country"] for t in threats[0]["targets"]] == ["ISR"]


def test_a_condition_with_the_auxiliary_first_is_no_event(extractor):
    hypothetical = _extract(extractor, "Iraq would have lost the war had Iran attacked Basra.")
    assert not [e for e in hypothetical if e["type"] == "attack"]
    real = _extract(extractor, "Iraq said Iran had attacked Basra.")
    assert [e["type"] for e in real] == ["attack"]


def test_a_threat_is_aimed_at_the_doer_of_its_condition(extractor):
    events = _extract(extractor, "Iraq will retaliate if Iran attacks Basra, the minister said.")
    threats = [e for e in events if e["type"] == "threat"]
    assert threats and threats[0]["actors"][0]["country"] == "IRQ"
    assert [t["country"] for t in threats[0]["targets"]] == ["IRN"]


def test_a_move_with_nowhere_to_go_is_no_deployment(extractor):
    moving = _extract(extractor, "The communique said Iraqi troops were continuing to advance.")
    assert not [e for e in moving if e["type"] == "deployment"]
    entering = _extract(extractor, "Syrian troops advanced into Lebanon on Monday.")
    assert [e["type"] for e in entering] == ["deployment"]


def test_a_passive_exchange_verb_is_a_one_sided_attack(extractor):
    events = _extract(extractor, "Shots were fired at an Iraqi patrol near the border on Monday.")
    assert [e["type"] for e in events] == ["attack"]
    assert [t["country"] for t in events[0]["targets"]] == ["IRQ"]


def test_praise_and_verbal_defence_are_support(extractor):
    praised = _extract(extractor, "Chile's president praised Peru's efforts to end the dispute.")
    assert [(e["type"], e["cameo"]) for e in praised] == [("support", "051")]
    assert praised[0]["actors"][0]["country"] == "CHL"
    defended = _extract(extractor, "Cuba defended Venezuela against the criticism on Monday.")
    assert [(e["type"], e["cameo"]) for e in defended] == [("support", "052")]


def test_must_clause_is_a_demand_on_its_subject(extractor):
    events = _extract(
        extractor, "Canada said on Tuesday that the Peruvian army must free the hostages."
    )
    demands = [e for e in events if e["type"] == "demand"]
    assert demands and demands[0]["actors"][0]["country"] == "CAN"
    assert [t["country"] for t in demands[0]["targets"]] == ["PER"]


def test_a_possible_hostile_act_under_a_condition_is_a_threat(extractor):
    events = _extract(extractor, "Ottawa could cut its aid to Haiti if the elections are delayed.")
    assert [(e["type"], e["actors"][0]["country"]) for e in events] == [("threat", "CAN")]
    plain = _extract(extractor, "Iraq could attack Iranian ports.")
    assert [e["type"] for e in plain] == ["attack"]


def test_a_national_body_meeting_alone_is_no_meeting(extractor):
    assert _extract(extractor, "The Kenyan cabinet met on Thursday.") == []
    events = _extract(extractor, "The Kenyan cabinet met with Ugandan envoys on Thursday.")
    assert [e["type"] for e in events] == ["meeting"]


def test_the_one_who_dies_of_an_attack_is_its_target(extractor):
    events = _extract(extractor, "A Malian soldier died in a Libyan air raid on Monday.")
    raid = [e for e in events if e["type"] in ("airstrike", "attack")]
    assert raid and raid[0]["actors"][0]["country"] == "LBY"
    assert [t["country"] for t in raid[0]["targets"]] == ["MLI"]


def test_a_clause_on_an_object_takes_the_issuer_as_doer(extractor):
    willing = _extract(extractor, "Romania expressed willingness to resume talks with Hungary.")
    assert [(e["type"], e["actors"][0]["country"]) for e in willing] == [("meeting", "ROU")]
    issued = _extract(
        extractor, "Chad issued a statement demanding that the Sudanese army leave the border."
    )
    demands = [e for e in issued if e["type"] == "demand"]
    assert demands and demands[0]["actors"][0]["country"] == "TCD"
    assert [t["country"] for t in demands[0]["targets"]] == ["SDN"]


def test_the_party_told_to_act_is_the_target(extractor):
    events = _extract(extractor, "Ghana demanded that Togo close its border camps.")
    assert [(e["type"], [t["country"] for t in e["targets"]]) for e in events] == [
        ("demand", ["TGO"])
    ]


def test_a_modifier_of_a_place_does_not_make_an_attack_verbal(extractor):
    events = _extract(extractor, "Chadian rebels attacked a government garrison near Abeche.")
    assert [e["type"] for e in events] == ["attack"]
    verbal = _extract(extractor, "The Chadian opposition attacked the government's policy.")
    assert [e["type"] for e in verbal] == ["accusation"]


def test_combat_verbs_of_war_reports(extractor):
    cases = {
        "The Iraqi navy sank a Kuwaiti tanker on Monday.": (["IRQ"], ["KWT"]),
        "Iraqi naval units sank six out of 28 Iranian boats.": (["IRQ"], []),
        "Iraqi troops were pushing Iranian forces out of their positions.": (["IRQ"], ["IRN"]),
        "Syrian troops beat back an Israeli attack.": (["SYR"], ["ISR"]),
        "Iraq foiled an Iranian offensive near the border.": (["IRQ"], ["IRN"]),
        "Iraq used chemical weapons against Iranian troops.": (["IRQ"], ["IRN"]),
    }
    for text, want in cases.items():
        assert want in side_countries(_extract(extractor, text), "attack"), text
    assert not _extract(extractor, "The old tanker sank after hitting a mine.")
    inflicted = _extract(extractor, "Iranian troops inflicted heavy losses on Iraqi units.")
    assert (["IRN"], ["IRQ"]) in side_countries(inflicted, "attack")
    assert [
        a
        for a, _ in side_countries(_extract(extractor, "Iran mined the shipping lanes."), "attack")
    ] == [["IRN"]]
    assert not _extract(extractor, "The company mined gold in Nevada.")


def test_escorting_ships_is_cooperation_and_backing_an_attack_is_support(extractor):
    escort = _extract(extractor, "The U.S. Navy began escorting Kuwaiti tankers in July.")
    assert (["USA"], ["KWT"]) in side_countries(escort, "cooperation")
    backing = _extract(extractor, "Britain backed the United States' attack on the platform.")
    assert (["GBR"], ["USA"]) in side_countries(backing, "support")


def test_occupied_ground_is_an_occupation(extractor):
    events = _extract(extractor, "Iraq admitted the Iranians had occupied ground near Basra.")
    assert [c for c, _ in side_countries(events, "occupation")] == [["IRN"]]


def test_a_vow_to_go_on_fighting_is_a_threat(extractor):
    war = _extract(extractor, "Iran vowed to continue the war until victory.")
    assert "threat" in _types(war) and "pledge" not in _types(war)
    reforms = _extract(extractor, "Iraq vowed to continue its economic reforms.")
    assert "threat" not in _types(reforms)


def test_an_offensive_of_words_is_no_attack(extractor):
    for text in (
        "Iraq launched a diplomatic offensive to isolate Iran.",
        "The minister launched a verbal attack on Syria.",
    ):
        assert "attack" not in _types(_extract(extractor, text)), text
    assert "attack" in _types(_extract(extractor, "Iran launched a new offensive near Basra."))


def test_the_act_blamed_on_a_party_is_its_event(extractor):
    events = _extract(extractor, "Washington blames Iran for two missile attacks on tankers.")
    assert (["USA"], ["IRN"]) in side_countries(events, "accusation")
    assert [a for a, _ in side_countries(events, "attack")] == [["IRN"]]
    named = _extract(extractor, "Iraq blamed Syria for an Iranian attack on the port.")
    assert [a for a, _ in side_countries(named, "attack")] == [["IRN"]]


def test_forces_a_country_s_communique_names_are_its_own(extractor):
    text = (
        "BAGHDAD, April 8 - Iraq said its troops had repelled an attack. A High Command "
        "communique said Iraqi troops were advancing. The communique said Iranian Guards "
        "were under assault from warplanes and helicopter gunships."
    )
    assert (["IRQ"], ["IRN"]) in side_countries(_extract(extractor, text, "1987-04-08"), "attack")
    named = "An Iraqi war communique said Iranian Guards were under assault from warplanes."
    assert (["IRQ"], ["IRN"]) in side_countries(_extract(extractor, named), "attack")
    own = _extract(extractor, "Iran said warplanes struck an Iranian oil platform.")
    assert all(not a for a, _ in side_countries(own, "airstrike") + side_countries(own, "attack"))


def test_a_doubled_preposition_keeps_its_object(extractor):
    text = "Thatcher left Bonn yesterday after talks with with Chancellor Helmut Kohl."
    assert (["GBR"], ["DEU"]) in side_countries(_extract(extractor, text), "meeting")


def test_weapons_received_come_from_their_supplier(extractor):
    made = _extract(extractor, "Iran acknowledged it had acquired Chinese-made missiles.")
    assert (["CHN"], ["IRN"]) in side_countries(made, "arms_transfer")
    given = _extract(extractor, "Iran received missiles from North Korea last year.")
    assert (["PRK"], ["IRN"]) in side_countries(given, "arms_transfer")
    assert "arms_transfer" not in _types(_extract(extractor, "Iran acquired new missiles."))


def test_a_state_report_names_the_doer_of_a_passive_blow(extractor):
    agency = _extract(extractor, "INA said hundreds of Iranians were killed in the battle.")
    assert (["IRQ"], ["IRN"]) in side_countries(agency, "attack")
    quoting = _extract(
        extractor,
        "The British paper, quoting Iranian sources, said the missile had been fired at "
        "the Iraqi port of Basra.",
    )
    assert [
        a for a, _ in side_countries(quoting, "attack") + side_countries(quoting, "shelling")
    ] == [["IRN"]]
    paper = _extract(extractor, "The British paper said a missile was fired at Basra.")
    assert all(
        "GBR" not in a
        for a, _ in side_countries(paper, "attack") + side_countries(paper, "shelling")
    )


def test_a_particle_parsed_as_a_preposition_still_counts(extractor):
    events = _extract(extractor, "Libyan troops began pulling out of the Aozou strip on Friday.")
    assert [(e["type"], e["actors"][0]["country"]) for e in events] == [("withdrawal", "LBY")]


def test_a_force_put_on_alert_is_its_doer(extractor):
    events = _extract(extractor, "The Greek army was put on maximum alert on Sunday.")
    assert [(e["type"], e["actors"][0]["country"]) for e in events] == [("deployment", "GRC")]


def test_voiced_support_is_support(extractor):
    events = _extract(extractor, "Austria voiced support for the Slovenian position.")
    assert [(e["type"], e["actors"][0]["country"]) for e in events] == [("support", "AUT")]


def test_a_claimed_attack_is_the_claimer_s(extractor):
    events = _extract(
        extractor, "The ETA group claimed responsibility for the bombing of a Spanish barracks."
    )
    assert "statement" in _types(events)
    bombing = [e for e in events if e["type"] == "attack"]
    assert bombing and bombing[0]["actors"][0]["text"].endswith("ETA group")


def test_training_forces_is_military_cooperation(extractor):
    events = _extract(extractor, "Cuban instructors are training Nicaraguan troops.")
    assert (["CUB"], ["NIC"]) in side_countries(events, "cooperation")
    assert not _extract(extractor, "The coach is training the team.")
    taken = _extract(extractor, "Chad's army recaptured the oasis from Libyan troops.")
    assert (["TCD"], ["LBY"]) in side_countries(taken, "occupation")


def test_working_with_a_state_is_cooperation(extractor):
    events = _extract(extractor, "Iran is working with Peking on a longer-range missile.")
    assert (["IRN"], ["CHN"]) in side_countries(events, "cooperation")
    assert "cooperation" not in _types(
        _extract(extractor, "The company is working with Microsoft on a browser.")
    )


def test_aid_from_a_giver_goes_to_the_receiver(extractor):
    got = _extract(extractor, "Sudan received food aid from Egypt.")
    assert (["EGY"], ["SDN"]) in side_countries(got, "aid")
    helped = _extract(extractor, "Iran built the missile with military assistance from Syria.")
    assert (["SYR"], ["IRN"]) in side_countries(helped, "arms_transfer")  # help to make a weapon


def test_a_relative_clause_keeps_its_own_date(extractor):
    text = (
        "BAGHDAD, April 8 - Iraq said today its troops were pushing Iranian forces out of "
        "positions they had occupied when they launched an offensive early yesterday."
    )
    attacks = [e for e in _extract(extractor, text, "1987-04-08") if e["type"] == "attack"]
    assert attacks and attacks[0]["date"]["value"] == "1987-04-08"
    assert attacks[0]["location"]["text"] == "BAGHDAD"


def test_accepting_an_offer_is_an_agreement_and_ships_can_be_intercepted(extractor):
    offer = _extract(extractor, "Eritrea has accepted a Swiss offer to mediate with Djibouti.")
    assert ["ERI"] in [a for a, _ in side_countries(offer, "agreement")]
    boat = _extract(extractor, "The Kenyan navy intercepted a Somali fishing boat on Friday.")
    assert (["KEN"], ["SOM"]) in side_countries(boat, "coercion")


def test_the_doer_of_a_decision_by_a_party(extractor):
    events = _extract(extractor, "The decision by Oman to restore ties with Iraq surprised Iran.")
    assert ["OMN"] in [a for a, _ in side_countries(events, "support")]


def test_an_acronym_the_tagger_takes_for_a_pronoun_is_a_name(extractor):
    text = "The Iraqi news agency INA said the attack was repelled. INA said Iranians were killed."
    attacks = side_countries(_extract(extractor, text), "attack")
    assert (["IRQ"], ["IRN"]) in attacks


def test_proposing_an_inquiry_or_plan_is_an_appeal(extractor):
    events = _extract(extractor, "Egypt proposed an impartial inquiry into the border clashes.")
    assert [e["type"] for e in events] == ["appeal"]
    assert events[0]["actors"][0]["country"] == "EGY"


def test_proposals_taken_to_capitals_are_a_visit(extractor):
    for text in (
        "The Egyptian envoy took proposals to Tehran and Baghdad last month.",
        "The plan refines proposals the Egyptian envoy took to Tehran and Baghdad last month.",
    ):
        visits = side_countries(_extract(extractor, text), "visit")
        assert visits and set(visits[0][1]) == {"IRN", "IRQ"}, text


def test_a_date_on_a_noun_or_in_a_relative_clause_is_not_the_event_s(extractor):
    cases = (
        "Khamenei rejected a committee to implement a July 20 U.N. order for a ceasefire.",
        "Iran condemned last week's Iraqi attack on its embassy.",
        "Iraq rejected the proposal, which Iran made last week.",
    )
    for text in cases:
        events = _extract(extractor, text, "1987-10-20")
        said = [e for e in events if e["type"] != "attack"]  # the condemned attack is dated
        assert said and all(e["date"]["value"] is None for e in said), text
    condemned = _extract(extractor, cases[1], "1987-10-20")
    assert [e["date"]["value"] for e in condemned if e["type"] == "attack"] == ["1987-W42"]
    dated = _extract(extractor, "Iraq rejected the proposal on Monday.", "1987-10-20")
    assert [e["date"]["value"] for e in dated] == ["1987-10-19"]


def test_a_ship_hit_is_an_attack_and_a_capability_is_none(extractor):
    hit = _extract(extractor, "The Iranian tanker Avaj was hit on Saturday, Lloyds said.")
    assert [t for _, t in side_countries(hit, "attack")] == [["IRN"]]
    struck = _extract(extractor, "A Kuwaiti ship was struck by a missile in the Gulf.")
    assert "attack" in _types(struck)
    assert _extract(extractor, "The storm hit the city on Monday.") == []
    able = _extract(extractor, "Iran has missiles capable of hitting tankers in the Gulf.")
    assert not side_countries(able, "attack")


def test_a_blow_is_not_placed_where_it_was_reported(extractor):
    london = _extract(extractor, "In London, Lloyds said the Iranian tanker Avaj was hit.")
    assert [e["location"] for e in london if e["type"] == "attack"] == [None]
    nicosia = _extract(
        extractor, "NICOSIA (Reuters) - Iraq said its jets hit an Iranian tanker on Monday."
    )
    assert [e["location"] for e in nicosia if e["type"] in ("attack", "airstrike")] == [None]
    met = _extract(extractor, "In Beijing, Stubb said he met Xi on Monday.")
    assert met and met[0]["location"]["name"] == "Beijing"


def test_a_capital_s_communique_speaks_for_its_country(extractor):
    text = (
        "The Baghdad communique said Iraqi planes destroyed oil installations at Iran's "
        "Ahvaz field. It denied an Iranian report that an Iraqi jet was shot down."
    )
    denials = [e for e in _extract(extractor, text) if "denied" in e["trigger"]]
    assert denials and denials[0]["actors"][0]["country"] == "IRQ"


def test_a_blow_that_only_may_follow_is_no_event(extractor):
    text = (
        "He predicted the United States would respond by hitting the naval base, followed "
        "by mining the approaches to Iran's oil ports."
    )
    assert not side_countries(_extract(extractor, text), "attack")
    assert "shelling" in _types(
        _extract(extractor, "Iraq responded by shelling Iranian positions.")
    )


def test_a_state_that_holds_now_is_dated_by_the_story(extractor):
    now = _extract(extractor, "Syrian troops are now in Beirut.", "1987-10-20")
    assert [(e["date"]["value"], e["date"]["status"]) for e in now] == [("1987-10-20", "ongoing")]
    plain = _extract(extractor, "Syrian troops are in Beirut.", "1987-10-20")
    assert [e["date"]["value"] for e in plain] == [None]
