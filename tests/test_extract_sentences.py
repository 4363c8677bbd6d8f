"""Sentence-level rules of the event grammar, each on sentences written for the test."""

from __future__ import annotations

import pytest
from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1995-06-01T12:00:00Z"))


def test_ruling_out_an_act_is_a_rejection_aimed_at_its_party(extractor):
    talks = _extract(extractor, "The Greek premier ruled out any negotiations with Albania.")
    assert (["GRC"], ["ALB"]) in side_countries(talks, "rejection")
    assert not side_countries(
        _extract(extractor, "Army planners ruled out the bridge as a target."), "rejection"
    )


def test_what_a_weapon_is_able_to_do_is_no_event(extractor):
    able = _extract(extractor, "Libya bought Soviet rockets capable of hitting Malta.")
    assert not side_countries(able, "attack") and not side_countries(able, "shelling")
    done = _extract(extractor, "Libyan jets were able to strike the Chadian base on Monday.")
    assert (["LBY"], ["TCD"]) in side_countries(done, "airstrike")


def test_words_come_from_their_speaker(extractor):
    events = _extract(extractor, "The Turkish raid on the camp drew condemnation from Greece.")
    assert (["GRC"], ["TUR"]) in side_countries(events, "accusation")


def test_a_condemned_act_with_its_own_doer_is_an_event(extractor):
    events = _extract(extractor, "Ghana condemned the Togolese attack on its border post.")
    assert ["GHA"] in [a for a, _ in side_countries(events, "accusation")]
    assert ["TGO"] in [a for a, _ in side_countries(events, "attack")]
    bare = _extract(extractor, "Ghana condemned the attack.")
    assert not side_countries(bare, "attack")


def test_a_country_with_several_names_passes_the_pre_filter(extractor):
    events = _extract(extractor, "North Korea threatened South Korea on Monday.")
    assert (["PRK"], ["KOR"]) in side_countries(events, "threat")
    assert not extractor.relevance.spans("The republic of letters met the united front.")


def test_a_rebel_leader_belongs_to_his_country(extractor):
    events = _extract(extractor, "Abdullah Ocalan called on Turkey to negotiate.")
    assert [(e["actors"][0]["country"], e["actors"][0]["code"]) for e in events] == [
        ("TUR", "TURREB")
    ]


def test_a_clause_on_the_subject_is_not_what_its_verb_is_about(extractor):
    text = "The Greek premier, who met the Turkish premier on Sunday, rejected the plan."
    events = _extract(extractor, text)
    assert (["GRC"], ["TUR"]) in side_countries(events, "meeting")
    assert [c for c, _ in side_countries(events, "rejection")] == [["GRC"]]


def test_sanctioning_a_project_approves_it(extractor):
    assert not _extract(extractor, "The Kenyan government sanctioned a new highway project.")
    events = _extract(extractor, "Canada sanctioned two Libyan banks on Friday.")
    assert (["CAN"], ["LBY"]) in side_countries(events, "sanction")


def test_two_verbs_of_one_type_aimed_at_different_parties_are_two_events(extractor):
    trip = _extract(extractor, "The Danish premier visited Cairo on Monday and then flew to Rome.")
    assert sorted(side_countries(trip, "visit")) == [(["DNK"], ["EGY"]), (["DNK"], ["ITA"])]
    raids = _extract(
        extractor, "Syrian jets hit a Jordanian convoy and later struck a Lebanese village."
    )
    assert sorted(side_countries(raids, "airstrike")) == [(["SYR"], ["JOR"]), (["SYR"], ["LBN"])]


def test_one_verb_with_coordinated_parties_stays_one_event(extractor):
    events = _extract(extractor, "The Danish premier met the Egyptian and Italian envoys in Oslo.")
    assert len(side_countries(events, "meeting")) == 1
    same = _extract(
        extractor, "Syrian jets hit a Jordanian convoy and later struck a Jordanian outpost."
    )
    assert side_countries(same, "airstrike") == [(["SYR"], ["JOR"])]


def test_a_backed_act_with_its_own_doer_is_an_event(extractor):
    events = _extract(
        extractor, "The Italian parliament endorsed Monday's Spanish raid on two Moroccan camps."
    )
    assert (["ESP"], ["MAR"]) in side_countries(events, "attack")
    bare = _extract(extractor, "The Italian parliament endorsed the raid.")
    assert not side_countries(bare, "attack")


def test_a_noun_misread_as_a_clause_verb_keeps_the_date_on_the_event(extractor):
    events = extractor.extract(
        Article(
            id="t",
            text="Washington has said the raid was in response to a missile strike against "
            "the American-flag tanker the Sea Isle City in Kuwaiti waters on Friday.",
            published_at="1987-10-20T12:00:00Z",
        )
    )
    assert [e["date"]["value"] for e in events if e["type"] == "attack"] == ["1987-10-16"]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [  # congratulations and tributes, pressing a party to act, a backed national move,
        # offered access, working together, forces on standby
        ("The Dutch premier sent the Belgian king his congratulations.", "support", "NLD", "BEL"),
        ("The Dutch premier paid tribute to the Belgian prime minister.", "support", "NLD", "BEL"),
        ("The Danish premier is pressing Norway to cut fishing quotas.", "appeal", "DNK", "NOR"),
        ("The Dutch premier said Belgium backed Austrian membership.", "support", "BEL", "AUT"),
        ("The Peruvian president offered Chile access to its ports.", "pledge", "PER", "CHL"),
        ("Brazil and Argentina are to work together.", "cooperation", "ARG", None),
        ("The Spanish have already put their forces on standby.", "deployment", "ESP", None),
        ("The Peruvian president arrived in Chile on Monday.", "visit", "PER", "CHL"),
    ],
)
def test_phrases_the_lexicon_reads_as_events(extractor, text, kind, actor, target):
    found = side_countries(_extract(extractor, text), kind)
    assert any(actor in a and (target is None or target in t) for a, t in found), found
    if target is not None:
        assert all(actor not in t for _, t in found), found


def test_an_anti_national_modifier_names_the_target_not_the_doer(extractor):
    events = _extract(extractor, "Anti-Danish demonstrations spread across Pakistan on Friday.")
    assert all("DNK" not in a for a, _ in side_countries(events, "protest"))


def test_business_and_party_senses_of_event_words_make_no_event(extractor):
    for text, kind in [
        ("China's problem is it has immediate demand for oil, the Indian minister said.", "demand"),
        ("Domestic demand in Japan rose, the Japanese finance ministry said.", "demand"),
        ("Demand in India has been driven by poor transport, the Indian minister said.", "demand"),
        ("The Indian state firm said it was in talks to buy Russian oil assets.", "meeting"),
        ("The Iraqi MP was expelled from the ruling party on Monday.", "coercion"),
        ("The British defence ministry is considering whether to appeal.", "appeal"),
        ("The Iraqi minister appealed against the ruling.", "appeal"),
        ("The Iraqi president was sworn in at a ceremony in Baghdad on Thursday.", "pledge"),
        ("The British prime minister wants to end US isolation on climate.", "appeal"),
        ("The Tory leader will seize on reports of Iraqi abuses.", "coercion"),
        ("The Iraqi minister said he would destroy records of the Kuwaiti talks.", "attack"),
        ("The Scottish minister refused to withdraw his remarks about Ireland.", "withdrawal"),
        ("Britain will spend more on fighting terrorism in Iraq, the minister said.", "clash"),
    ]:
        assert not side_countries(_extract(extractor, text), kind), text


def test_the_political_senses_of_those_words_remain_events(extractor):
    for text, kind in [
        ("Britain wants Iran to halt its nuclear programme.", "appeal"),
        ("The Iraqi minister appealed to the UN for food aid.", "appeal"),
        ("Iran is in talks with Russia to buy missiles.", "meeting"),
        ("Egypt expelled two Libyan diplomats on Monday.", "sanction"),
        ("Iraqi troops withdrew from Kuwait on Monday.", "withdrawal"),
        ("Iranian forces seized the oil platform.", "occupation"),
        ("Iraq rejected the Iranian demand for reparations.", "rejection"),
    ]:
        assert side_countries(_extract(extractor, text), kind), text


def test_a_must_clause_the_parser_hangs_below_a_purpose_is_still_the_speakers_demand(extractor):
    text = "The American president said for Russia to make progress the government must hold polls."
    assert (["USA"], ["RUS"]) in side_countries(_extract(extractor, text), "demand")


def test_a_bare_surname_means_the_person_the_article_named_not_a_listed_leader(extractor):
    text = (
        "The Iraqi president appealed for the release of aid worker Margaret Hassan. "
        "Mrs Hassan was abducted by gunmen in Baghdad, the Iraqi president said."
    )
    events = _extract(extractor, text)
    assert all(
        "JOR" not in a + t for e in ("attack", "coercion") for a, t in side_countries(events, e)
    )


def test_a_third_person_pronoun_in_a_quotation_is_not_its_speaker(extractor):
    quoted = _extract(extractor, '"He will attack Kuwait," the Iraqi president said of Iran.')
    assert all("IRQ" not in a for a, _ in side_countries(quoted, "threat"))
    reported = _extract(extractor, "The Iraqi president said he would attack Kuwait.")
    assert (["IRQ"], ["KWT"]) in side_countries(reported, "threat")
    first = _extract(extractor, '"We will attack Kuwait," the Iraqi president said.')
    assert (["IRQ"], ["KWT"]) in side_countries(first, "threat")


def test_an_event_noun_set_beside_the_clause_is_not_done_by_its_subject(extractor):
    text = "China's oil demand pushed prices up, along with political unrest in Egypt."
    assert all("CHN" not in a for a, _ in side_countries(_extract(extractor, text), "protest"))
    amid = _extract(extractor, "The Danish embassy in Cairo closed amid Egyptian protests.")
    assert all("DNK" not in a for a, _ in side_countries(amid, "protest"))


def test_a_party_addressed_or_visited_does_not_lend_its_country_to_the_doer(extractor):
    met = _extract(extractor, "Mr Straw met his Iranian counterpart in Tehran on Monday.")
    assert all("IRN" not in a for a, _ in side_countries(met, "meeting"))
    urged = _extract(extractor, "The prime minister urged Israel to halt the building.")
    assert all("ISR" not in a for a, _ in side_countries(urged, "appeal"))
    own = _extract(extractor, "Ethnic Turks protested against Sweden's decision.")
    assert ["SWE"] in [a for a, _ in side_countries(own, "protest")]


def test_the_by_phrase_of_an_object_names_whose_act_it_is(extractor):
    welcomed = _extract(extractor, "Downing Street welcomed the decision by India and Pakistan.")
    assert [sorted(t) for a, t in side_countries(welcomed, "support") if a == ["GBR"]] == [
        ["IND", "PAK"]
    ]
    condemned = _extract(extractor, "Egypt condemned the attack by Israeli jets on a Syrian base.")
    assert (["EGY"], ["ISR"]) in side_countries(condemned, "accusation")  # the doer, not the base


def test_deals_and_disputes_of_companies_among_themselves_are_no_events(extractor):
    for text, kind in [
        (
            "Japanese car maker Mitsubishi Motors struck a deal with French firm Peugeot.",
            "agreement",
        ),
        ("The British firm insisted it had complied with Venezuelan law.", "demand"),
        ("The company has also sued former auditors in Germany.", "accusation"),
    ]:
        assert not side_countries(_extract(extractor, text), kind), text
    sued = _extract(extractor, "A Saudi businessman is suing the United States for damages.")
    assert ["USA"] in [t for _, t in side_countries(sued, "accusation")]


def test_speaker_pronouns_around_a_quotation_resolve_without_looping(extractor):
    text = (
        "The Scottish first minister met the Irish premier in Dublin. "
        'He added: "Every word he said was put out by the Irish government, '
        "and I urge Ireland to reply."
    )
    events = _extract(extractor, text)
    assert ["IRL"] in [t for _, t in side_countries(events, "appeal")]


def test_attacking_plans_or_words_is_criticism_not_an_armed_attack(extractor):
    words = _extract(extractor, "The Danish premier attacked Sweden's new asylum plans.")
    assert (["DNK"], ["SWE"]) in side_countries(words, "accusation") and not side_countries(
        words, "attack"
    )
    armed = _extract(extractor, "Iraqi jets attacked an Iranian tanker.")
    assert (["IRQ"], ["IRN"]) in side_countries(armed, "attack")


def test_attacking_a_rate_rise_or_a_deal_is_criticism_and_positions_are_still_attacked(extractor):
    rates = _extract(
        extractor, "U.S. Treasury Secretary James Baker attacked the rise in West German rates."
    )
    assert not side_countries(rates, "attack") and side_countries(rates, "accusation")
    deal = _extract(extractor, "The French president attacked Britain's trade deal.")
    assert not side_countries(deal, "attack")
    armed = _extract(extractor, "Israeli jets attacked Palestinian positions in Lebanon.")
    assert (["ISR"], ["PSE"]) in side_countries(armed, "attack")


def test_an_arrest_of_no_named_party_by_no_one_named_is_no_event(extractor):
    arrested = _extract(extractor, "Mr Mousa was arrested with eight men at a hotel in 2003.")
    assert not side_countries(arrested, "coercion")
    named = _extract(extractor, "Iraqi police arrested two Kuwaiti diplomats on Monday.")
    assert (["IRQ"], ["KWT"]) in side_countries(named, "coercion")


@pytest.mark.parametrize(
    ("figurative", "armed", "kind"),
    [
        (
            "The fall in stocks stunned Japanese investors, killing their appetite for U.S. shares.",
            "Iraqi troops killed 40 Iranian soldiers on Monday.",
            "attack",
        ),
        (
            "The rise in French rates killed hopes of a recovery.",
            "Iraqi troops killed 40 Iranian soldiers on Monday.",
            "attack",
        ),
        (
            "Syria faced a barrage of questions from Iraq.",
            "Iraqi forces fired a barrage of rockets at Iranian positions.",
            "shelling",
        ),
        (
            "The U.S. economy is sitting on a time bomb of huge deficits, he said.",
            "Iraqi forces fired a barrage of rockets at Iranian positions.",
            "shelling",
        ),
    ],
)
def test_killing_hopes_or_a_barrage_of_questions_is_no_armed_act(
    extractor, figurative, armed, kind
):
    events = _extract(extractor, figurative)
    assert not any(side_countries(events, k) for k in ("attack", "shelling")), figurative
    found = side_countries(_extract(extractor, armed), kind)
    if kind == "attack":
        assert (["IRQ"], ["IRN"]) in found, armed
    assert any("IRQ" in a for a, _ in found), armed


def test_officials_of_both_countries_are_the_pair_named_before(extractor):
    text = (
        "Peru and Chile signed a border accord in 1990. "
        "The defence ministers of both countries met in Lima on Monday."
    )
    assert [sorted(a) for a, _ in side_countries(_extract(extractor, text), "meeting")] == [
        ["CHL", "PER"]
    ]


def test_a_meeting_of_two_countries_in_a_dated_clause_is_an_event(extractor):
    text = (
        "Peru and Chile signed a border accord in 1990. "
        "Tension eased after a meeting of defence ministers of both countries on Monday."
    )
    assert [sorted(a) for a, _ in side_countries(_extract(extractor, text), "meeting")] == [
        ["CHL", "PER"]
    ]
    named = "Tension eased after a meeting of the foreign ministers of Peru and Chile."
    assert [sorted(a) for a, _ in side_countries(_extract(extractor, named), "meeting")] == [
        ["CHL", "PER"]
    ]


def _sentence_briefs(events: list[dict], etype: str, words: str) -> list[list[str]]:
    """Sorted actor countries of the events of one type whose sentence holds ``words``."""
    return [
        sorted(a["country"] for a in e["actors"])
        for e in events
        if e["type"] == etype and words in e["evidence"]["sentence"]
    ]


def test_a_deal_between_the_two_countries_is_theirs(extractor):
    shipped = (
        "Brazil and Argentina agreed to cut tariffs. "
        "The wheat was shipped under a trade deal between the two countries."
    )  # the second sentence names no actor but the pair
    assert _sentence_briefs(_extract(extractor, shipped), "agreement", "wheat") == [["ARG", "BRA"]]
    signed = "A trade accord between Peru and Chile was signed on Monday."
    assert _sentence_briefs(_extract(extractor, signed), "agreement", "accord") == [["CHL", "PER"]]
    told = (
        "Kenya and Uganda agreed to end a row over an island. The plan, drawn up as part of a "
        "peace deal between the two countries, will allow fishermen to return."
    )
    assert _sentence_briefs(_extract(extractor, told), "agreement", "plan") == [["KEN", "UGA"]]


def test_an_appeal_for_talks_between_the_pair_is_aimed_at_both(extractor):
    talks = _extract(extractor, "France called for talks between Iran and Iraq.")
    assert [sorted(t) for _, t in side_countries(talks, "appeal")] == [["IRN", "IRQ"]]
    text = (
        "Kenya and Uganda agreed to end a row over an island. "
        "France urged both countries to sign a peace deal."
    )
    assert [sorted(t) for _, t in side_countries(_extract(extractor, text), "appeal")] == [
        ["KEN", "UGA"]
    ]
