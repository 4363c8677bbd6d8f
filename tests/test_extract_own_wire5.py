"""Classes of the fifth own-wire study (fifteen more whole articles written in 1987 wire
style, ``benchmarks/data/own_wire5.*``): an act called by a condemning name ('an act of
piracy') is an accusation and a charge called false a rejection, aimed back at whoever made
the charge; 'suspected X of planting a bomb' accuses X; a named person 'expected in' a capital
is a planned visit; 'would not sit idly by' and 'will not go unpunished' are threats of who
says them; a ceasefire or a rejection told in a clause on its noun ('a ceasefire the
government declared on April 10', 'a charge Havana rejected') is news; 'suspected' or
'alleged' before an object is no verb; a clause told before 'officials said' keeps its own
subject; 'The … news agency X said' has the agency for subject;
breaking a siege is an attack, no withdrawal; an attack 'on' candidates or critics is words;
an act in an 'until' clause on a refusal is a condition; what a relative clause with its own
doer tells is not what was agreed; and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events

ARMED = ("attack", "airstrike", "shelling", "clash", "mass_violence")


def _armed(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"] in ARMED]


def test_an_act_called_by_a_condemning_name_is_an_accusation(extractor):
    for text, doer in (
        ('Radio Baghdad called the shelling of Basra "an act of barbarism" on Monday.', "IRQ"),
        ("Ghana branded the border raid as an act of aggression, officials said.", "GHA"),
        ("Managua called the mining of its harbours a crime against the people.", "NIC"),
    ):
        found = events_of_type(extract_events(extractor, text), "accusation")
        assert found and doer in country_codes(found[0]["actors"]), text
    # a name that blames nobody is no accusation
    text = "Tokyo called the trade talks a success and the budget a milestone."
    assert not events_of_type(extract_events(extractor, text), "accusation")


def test_a_charge_called_false_is_rejected_by_the_caller(extractor):
    for text, doer in (
        ('The Libyan news agency JANA called the charges "groundless" on Tuesday.', "LBY"),
        ("Damascus dismissed the allegation as pure fabrication.", "SYR"),
    ):
        found = events_of_type(extract_events(extractor, text), "rejection")
        assert found and country_codes(found[0]["actors"]) == {doer}, text


def test_a_charge_rejected_in_a_clause_on_its_noun_answers_the_accuser(extractor):
    text = (
        "The Foreign Office on Friday accused Tripoli of training the gunmen, "
        "a charge Libya rejected as a lie."
    )
    events = extract_events(extractor, text)
    found = events_of_type(events, "rejection")
    assert found and country_codes(found[0]["actors"]) == {"LBY"}
    assert country_codes(found[0]["targets"]) == {"GBR"}
    assert events_of_type(events, "accusation")


def test_suspecting_a_party_of_an_armed_act_accuses_it(extractor):
    text = "Paris said it suspected Syrian agents of planting the bomb in the Rue de Rennes."
    found = events_of_type(extract_events(extractor, text), "accusation")
    assert found and country_codes(found[0]["actors"]) == {"FRA"}
    assert "SYR" in country_codes(found[0]["targets"])


def test_a_named_person_expected_in_a_capital_is_a_planned_visit(extractor):
    text = (
        "CAIRO, June 1 - Jordan's Foreign Minister Taher al-Masri is expected in Cairo on Sunday."
    )
    found = events_of_type(extract_events(extractor, text), "visit")
    assert found and country_codes(found[0]["actors"]) == {"JOR"}
    assert found[0]["date"]["status"] == "planned"
    # weather or a ruling expected in a place is no visit
    for text in (
        "Heavy rain is expected in Tehran on Sunday.",
        "A verdict is expected in Ankara next week.",
    ):
        assert not events_of_type(extract_events(extractor, text), "visit"), text


def test_standing_by_idly_and_acts_left_unpunished_are_threats(extractor):
    for text, doer in (
        ('Ankara said it "would not stand idly by" if Turkish Cypriots were attacked.', "TUR"),
        ('Amal said the shelling of the camp was a crime that "will not go unpunished".', "LBN"),
    ):
        found = events_of_type(extract_events(extractor, text), "threat")
        assert found and doer in country_codes(found[0]["actors"]), text
    # standing by an ally is support, no threat
    text = "Washington said it would stand by its ally Pakistan."
    assert not events_of_type(extract_events(extractor, text), "threat")


def test_a_ceasefire_told_in_a_clause_on_its_noun_is_news(extractor):
    text = (
        "Diplomats said the raid ended a ceasefire the Ugandan government declared "
        "on May 2 for the talks."
    )
    found = events_of_type(extract_events(extractor, text), "ceasefire")
    assert found and country_codes(found[0]["actors"]) == {"UGA"}
    assert found[0]["date"]["value"] == "1987-05-02"


def test_suspected_or_alleged_before_an_object_is_no_verb(extractor):
    text = "South African troops raided alleged ANC hideouts in Botswana on Monday."
    events = extract_events(extractor, text)
    found = _armed(events)
    assert found and country_codes(found[0]["actors"]) == {"ZAF"}
    assert "BWA" in country_codes(found[0]["targets"])
    assert not events_of_type(events, "accusation")
    # a verb of alleging keeps its sense
    text = "Tehran alleged that Iraqi jets had used chemical bombs near Baneh."
    assert events_of_type(extract_events(extractor, text), "accusation")


def test_a_clause_told_before_the_speaker_has_its_own_subject(extractor):
    # 'planes' and 'officials' read as two subjects of 'said', 'bombed' as a participle
    text = (
        "Zimbabwean air force planes bombed suspected MNR rebel bases in Mozambique "
        "today, military officials said."
    )
    found = events_of_type(extract_events(extractor, text), "airstrike")
    assert found and country_codes(found[0]["actors"]) == {"ZWE"}
    assert "MOZ" in country_codes(found[0]["targets"])


def test_a_news_agency_named_after_its_kind_is_the_subject(extractor):
    text = (
        'The Iraqi news agency INA called the report "pure fabrication" and said '
        "the front was quiet."
    )
    found = events_of_type(extract_events(extractor, text), "rejection")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}


def test_breaking_a_siege_is_an_attack_lifting_one_a_withdrawal(extractor):
    text = "Ethiopian troops broke the rebel siege of the garrison town of Barentu on Sunday."
    events = extract_events(extractor, text)
    assert events_of_type(events, "attack") and not events_of_type(events, "withdrawal")
    text = "Libyan forces lifted their siege of the oasis on Sunday."
    assert events_of_type(extract_events(extractor, text), "withdrawal")


def test_an_attack_on_candidates_or_critics_is_words(extractor):
    text = (
        "Opposition leaders in Manila said the ruling party had launched a fierce attack "
        "on their candidates in radio broadcasts."
    )
    assert not _armed(extract_events(extractor, text))
    # an attack on a post stays armed
    text = "Rebels launched an attack on a Philippine army post in Samar on Sunday."
    assert _armed(extract_events(extractor, text))


def test_own_wire5_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire5")
    assert summary["recall"] >= 0.70
    assert summary["precision"] >= 0.55
    assert summary["dates"] >= 0.91


def test_an_act_awaited_until_a_refused_one_is_a_condition(extractor):
    text = (
        "Tehran said it would not resume talks with Baghdad until Iraqi troops withdrew "
        "from Iranian soil."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "withdrawal")
    assert events_of_type(events, "rejection")


def test_what_a_clause_with_its_own_doer_tells_is_not_what_was_agreed(extractor):
    text = (
        "France and Libya agreed today to restore a 1984 accord under which Tripoli will "
        "take back up to 500 Libyans held in French prisons."
    )
    events = extract_events(extractor, text)
    assert not events_of_type(events, "threat")
    assert events_of_type(events, "agreement")


def test_troops_dropped_or_landed_are_deployed(extractor):
    for text, doer in (
        ("Soviet paratroopers were dropped behind guerrilla lines near Khost on Monday.", "RUS"),
        ("Indian helicopters landed commandos near Jaffna university on Monday.", "IND"),
    ):
        found = events_of_type(extract_events(extractor, text), "deployment")
        assert found and doer in country_codes(found[0]["actors"]), text
    # charges or plans dropped are no deployment
    text = "The army dropped the charges against two Soviet soldiers on Monday."
    assert not events_of_type(extract_events(extractor, text), "deployment")


def test_forces_backed_by_others_keep_their_verb(extractor):
    text = "About 3,000 Iraqi troops backed by tanks moved into the Kurdish town of Halabja."
    events = extract_events(extractor, text)
    assert any("IRQ" in country_codes(e["actors"]) for e in events), events
    # the backers' own clause stays theirs
    text = "Iraqi troops backed by tanks that rolled in from Basra attacked Faw on Sunday."
    found = events_of_type(extract_events(extractor, text), "attack")
    assert found and country_codes(found[0]["actors"]) == {"IRQ"}
