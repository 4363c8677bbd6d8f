"""Classes of the fifteenth own-wire study (ten more whole articles written in 1987 wire style
on world news of 1986-1989 outside the Gulf, ``benchmarks/data/own_wire15.*``): a speaker's
second act after 'and' is the speaker's also when the reported clause before it is one of
'be' ('said the pullout was welcome and called on Hanoi …'); 'called on' read with a particle
is an appeal as 'called on' with a preposition is; a refusal told in a clause of time with
its doer named is an act of its own ('the talks broke up after Syria refused to sign');
forces riding, rolling or marching out of a place withdraw from it; crowds shouting slogans
or waving banners protest; a fall told with 'since' or a noun joined to another is no
refusal of the act named after it ('trade has declined since the withdrawal'); bare tanks,
units or artillery in a story that names no other state are the dateline state's; 'no date
was set for the visit' denies no visit; forces of two nations moving in one sentence are two
acts ('the first of 3,200 American troops landed …, as Honduras said Nicaraguan soldiers were
still on its territory'); and the set's score floor. Sentences written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events


def test_a_speakers_second_act_after_a_told_state_is_the_speakers(extractor):
    for text, doer, taker in (
        (
            "The Malaysian foreign minister said the accord was a good start and called on "
            "Indonesia to release the fishermen.",
            "MYS",
            "IDN",
        ),
        (
            "Kenya's president said the border incident was regrettable and urged Uganda to "
            "withdraw its troops.",
            "KEN",
            "UGA",
        ),
    ):
        found = events_of_type(extract_events(extractor, text), "appeal")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
        assert taker in country_codes(found[0]["targets"]), text
    # an act of the reported clause's own subject is left to it
    text = "Iraq said Iranian jets had bombed Basra and killed 20 people."
    assert not events_of_type(extract_events(extractor, text), "appeal")


def test_called_on_with_a_particle_is_an_appeal(extractor):
    text = (
        'Norway\'s Foreign Minister Thorvald Stoltenberg said the vote was "a turning point" '
        "and called on all three Namibian parties to return to talks."
    )
    found = events_of_type(extract_events(extractor, text), "appeal")
    assert found and country_codes(found[0]["actors"]) == {"NOR"}
    assert not events_of_type(
        extract_events(extractor, text), "meeting"
    )  # the talks are only asked for


def test_a_refusal_in_a_clause_of_time_is_an_act_of_its_own(extractor):
    for text, doer in (
        ("The conference broke up on Friday after Syria refused to sign the final text.", "SYR"),
        ("The talks collapsed after Reagan refused to limit testing of the new missile.", "USA"),
    ):
        found = events_of_type(extract_events(extractor, text), "rejection")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text


def test_forces_riding_or_marching_out_of_a_place_withdraw(extractor):
    for text, doer in (
        ("The last Cuban soldiers rode out of Luanda in a convoy of lorries on Tuesday.", "CUB"),
        ("Libyan troops marched out of the oasis town on Sunday.", "LBY"),
        ("Syrian tanks rolled out of the Bekaa town early today.", "SYR"),
    ):
        found = events_of_type(extract_events(extractor, text), "withdrawal")
        assert found, text
        assert country_codes(found[0]["actors"]) == {doer}, text
    for text in (
        "Holidaymakers drove out of the city on Friday to escape the heat.",
        "Indian troops marched into the town on Monday.",
    ):
        assert not events_of_type(extract_events(extractor, text), "withdrawal"), text


def test_crowds_shouting_slogans_or_waving_banners_protest(extractor):
    for text in (
        "Hundreds of Albanian students shouted slogans outside the parliament in Pristina.",
        "About 40 Tibetan monks waved banners in the centre of Lhasa on Monday.",
    ):
        assert events_of_type(extract_events(extractor, text), "protest"), text


def test_a_fall_since_an_act_refuses_nothing(extractor):
    for text, etype in (
        ("Exports have declined since the Soviet withdrawal in 1989.", "withdrawal"),
        (
            "Tourism has seen a steep decline since the coup and the French withdrawal last year.",
            "withdrawal",
        ),
    ):
        events = extract_events(extractor, text)
        assert not events_of_type(events, "rejection"), text
        assert events_of_type(events, etype), text
    text = "Syria declined to attend the conference."
    assert events_of_type(extract_events(extractor, text), "rejection")


def test_bare_ground_forces_in_a_one_state_story_are_the_datelines(extractor):
    for text, doer in (
        (
            "LIMA, May 4 - Tanks of the Second Armoured Brigade shelled a rebel hideout in the "
            "hills above the city, the army said.",
            "PER",
        ),
        ("MANILA, Aug 28 - Units of the Scout Rangers attacked a rebel camp on Sunday.", "PHL"),
    ):
        found = [e for e in extract_events(extractor, text, "1988-05-04T12:00:00Z") if e["actors"]]
        assert found and country_codes(found[0]["actors"]) == {doer}, text
    # another state named before: bare tanks may be its own
    text = (
        "BEIRUT, May 4 - Israeli jets bombed a Palestinian camp near Sidon.\n\n"
        "Tanks shelled the village of Maidoun later in the day."
    )
    shelled = events_of_type(extract_events(extractor, text, "1988-05-04T12:00:00Z"), "shelling")
    assert not shelled or "LBN" not in country_codes(shelled[0]["actors"])


def test_no_date_set_for_a_visit_refuses_no_visit(extractor):
    text = "No date has been set for the Soviet leader's visit to Japan."
    events = extract_events(extractor, text)
    assert not events_of_type(events, "rejection")
    visits = events_of_type(events, "visit")
    assert visits and country_codes(visits[0]["actors"]) & {"RUS", "SUN"}


def test_two_nations_forces_moving_in_one_sentence_are_two_acts(extractor):
    text = (
        "The first of 2,000 French paratroopers landed at the Ndjamena airport today, as Chad "
        "said Libyan soldiers were still in the north of the country."
    )
    doers = [
        country_codes(e["actors"])
        for e in events_of_type(extract_events(extractor, text), "deployment")
    ]
    assert {"FRA"} in doers and {"LBY"} in doers


def test_own_wire15_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_wire15")
    assert summary["recall"] >= 0.67
    assert summary["precision"] >= 0.53
