"""Roles on whole articles, third round (issue 10): a state's own envoys are no target of its
acts, bare plurals of negotiators after sentences naming several sides, 'it' in a relative
clause on what a verb undoes, and lower-case back-references to international bodies. All
sentences are written for the test."""

from __future__ import annotations

from event_helpers import country_codes, extract_events
from test_extract_wire_roles import _by_trigger

from stream.extract.actors import DocumentActors


def _codes(parties: list[dict]) -> set[str]:
    return {p["code"] for p in parties if p["code"]}


def test_a_recalled_envoy_of_the_doer_is_no_target(extractor):
    for text, trigger, doer, host in (
        ("Peru recalled its ambassador from La Paz on Monday.", "recalled", "PER", "BOL"),
        ("Ghana has withdrawn its envoys to Togo after a border row.", "withdrawn", "GHA", "TGO"),
        ("Iraq summoned its envoy in Amman back to Baghdad.", "summoned", "IRQ", "JOR"),
    ):
        events = _by_trigger(extract_events(extractor, text), trigger)
        assert events, text
        assert country_codes(events[0]["actors"]) == {doer}, text
        assert country_codes(events[0]["targets"]) == {host}, text  # the host, not the doer


def test_a_recalled_envoy_with_no_host_named_leaves_the_target_unknown(extractor):
    events = _by_trigger(
        extract_events(extractor, "Chad recalled its ambassador for talks."), "recalled"
    )
    assert events
    assert "TCD" not in country_codes(events[0]["targets"])


def test_another_states_envoy_stays_the_target(extractor):
    text = "Chile expelled three Bolivian diplomats on Friday, accusing them of spying."
    events = _by_trigger(extract_events(extractor, text), "expelled")
    assert events and country_codes(events[0]["targets"]) == {"BOL"}


def test_bare_negotiators_after_several_sides_have_no_one_country(nlp):
    for text in (
        "Talks between Hungary and Austria on the river dam resumed on Monday. The Austrian "
        "team brought a new map. Negotiators rejected the latest proposal.",
        "Danish and Icelandic officials met in Oslo over fishing. Iceland tabled a plan. "
        "The delegates rejected it.",
    ):
        doc = nlp(text)
        plural = next(t for t in doc if t.lower_ in ("negotiators", "delegates"))
        assert [a["country"] for a in DocumentActors(doc).resolve(plural)] in ([], [None]), text


def test_bare_delegates_after_one_side_keep_its_country(nlp):
    doc = nlp("Portugal sent a team to the fisheries talks. Delegates rejected the quota.")
    delegates = next(t for t in doc if t.text == "Delegates")
    assert [a["country"] for a in DocumentActors(doc).resolve(delegates)] == ["PRT"]


def test_it_in_a_relative_clause_on_what_is_undone_is_the_undoer(extractor, nlp):
    text = "Norway praised the decision by Sweden to end the tariffs it had imposed on fish."
    events = [e for e in extract_events(extractor, text) if e["trigger"].endswith("imposed")]
    assert events and country_codes(events[0]["actors"]) == {"SWE"}  # not Norway
    for text, doer in (
        ("Kenya asked Tanzania to lift the duties it imposed on Kenyan tea.", "TZA"),
        ("After talks with Peru, Chile dropped the ban it placed on fish meal.", "CHL"),
    ):
        doc = nlp(text)
        it = next(t for t in doc if t.text == "it")
        assert [a["country"] for a in DocumentActors(doc).resolve(it)] == [doer], text


def test_it_in_a_relative_clause_on_what_is_not_undone_is_read_as_before(nlp):
    doc = nlp("Kenya asked Tanzania to explain the duties it imposed on Kenyan tea.")
    it = next(t for t in doc if t.text == "it")
    assert [a["country"] for a in DocumentActors(doc).resolve(it)] == ["KEN"]  # the subject


def test_lower_case_back_references_stand_for_the_body_named_before(extractor):
    for text, trigger, code in (
        (
            "European Community farm ministers met on Monday. The community later "
            "threatened Washington with duties on corn.",
            "threatened",
            "IGOEUREEC",
        ),
        (
            "EC ministers met on Monday. The Twelve condemned Syria over the bombing.",
            "condemned",
            "IGOEUREEC",
        ),
        (
            "NATO foreign ministers met in Reykjavik. The alliance, which has 16 members, "
            "urged Moscow to cut its tanks in Europe.",
            "urged",
            "IGOWSTNAT",
        ),
        (
            "Zambia broke off talks with the IMF last year. Lusaka later accused the fund of "
            "ignoring the poor.",
            "accused",
            "IGOUNOIMF",
        ),
    ):
        events = _by_trigger(extract_events(extractor, text), trigger)
        assert events, text
        parties = events[0]["actors"] + events[0]["targets"]
        assert code in _codes(parties), text


def test_a_lower_case_noun_with_no_body_named_before_is_no_body(nlp):
    doc = nlp("Local councils opposed the plan. The community rejected it on Monday.")
    community = next(t for t in doc if t.text == "community")
    assert DocumentActors(doc).resolve(community) == []
    doc = nlp(
        "The IMF made its report. The Commission for Racial Equality met. The commission "
        "said it would act."
    )  # no body with the word named before
    commission = [t for t in doc if t.text == "commission"][-1]
    assert not _codes(DocumentActors(doc).resolve(commission))
    doc = nlp("The European Commission made its report. The commission said it would act.")
    commission = [t for t in doc if t.text == "commission"][-1]
    assert _codes(DocumentActors(doc).resolve(commission)) == {"IGOEUREEC"}
    doc = nlp(
        "The European Commission made its report. The Commission for Racial Equality met. "
        "The commission said it would act."
    )  # a name with the word, named since, stops the search, though it names no known body
    commission = [t for t in doc if t.text == "commission"][-1]
    assert not _codes(DocumentActors(doc).resolve(commission))


def test_a_war_that_threatens_or_hurts_is_no_party(nlp):
    doc = nlp("Shipping is being threatened by the Iranian-Iraqi war, the agency said.")
    war = next(t for t in doc if t.text == "war")
    assert DocumentActors(doc).resolve(war) == []
    doc = nlp("Egypt offered to mediate in the Iranian-Iraqi war.")  # a topic keeps its sides
    war = next(t for t in doc if t.text == "war")
    assert {a["country"] for a in DocumentActors(doc).resolve(war)} == {"IRN", "IRQ"}


def test_a_capitalised_or_qualified_body_word_is_no_back_reference(nlp):
    for text, word, body in (
        ("EU leaders met. The Commission wants a bigger budget.", "Commission", "IGOEUREEC"),
        ("The IMF made a loan. The fund for Africa met in London.", "fund", "IGOUNOIMF"),
        ("NATO ministers met. The alliance of rebels urged restraint.", "alliance", "IGOWSTNAT"),
    ):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        assert body not in _codes(DocumentActors(doc).resolve(tok)), text


def test_back_references_and_bare_plurals_read_nothing_of_an_earlier_article(extractor):
    """The body named and the countries named in one article are not there for the next."""
    named = "NATO foreign ministers met in Reykjavik. The alliance later urged Moscow to cut arms."
    unnamed = "Local groups met on Monday. The alliance later urged Moscow to cut arms."
    urged = _by_trigger(extract_events(extractor, named), "urged")
    assert urged and "IGOWSTNAT" in _codes(urged[0]["actors"])
    for event in extract_events(extractor, unnamed):
        assert "IGOWSTNAT" not in _codes(event["actors"] + event["targets"]), event["trigger"]
    several = "Talks between Hungary and Austria resumed. Negotiators rejected the Czech proposal."
    one = "Portugal sent a team to the talks. Negotiators rejected the Czech proposal."
    rejected = _by_trigger(extract_events(extractor, several), "rejected")
    assert rejected and not country_codes(rejected[0]["actors"])
    rejected = _by_trigger(extract_events(extractor, one), "rejected")
    assert rejected and country_codes(rejected[0]["actors"]) == {"PRT"}
