"""Defects of several kinds found in review, a second round: which skipped sentence a bare
title or body is about, coordinated states, vows never to stop, acts in 'after' clauses,
expulsions by deadline, walkouts, options kept open, mines, raids joined, support won, and
one act told twice."""

from __future__ import annotations

from test_extract_context_skipped import _events, _skipped

from stream.extract import Article


def test_a_bare_title_follows_the_state_named_nearer_than_a_skipped_lead(extractor):
    lead = "Swiss President Anton Gerber spent the holiday at his mountain chalet."
    text = (
        f"{lead} Snow fell early this year. Neighbours brought him cheese. "
        "Italian officials said on Friday they were alarmed. "
        "The president criticised the Austrian decision to close the Brenner pass."
    )
    assert _skipped(extractor, text, lead)
    blamed = [e for e in _events(extractor, text) if e[0] == "accusation"]
    assert blamed and blamed[-1][1] == ["ITA"]


def test_a_bare_title_keeps_its_skipped_holder_with_no_other_state_since(extractor):
    lead = "Swiss President Anton Gerber spent the holiday at his mountain chalet."
    text = (
        f"{lead} Snow fell early this year. Neighbours brought him cheese. "
        "The president criticised the Austrian decision to close the Brenner pass."
    )
    assert _skipped(extractor, text, lead)
    blamed = [e for e in _events(extractor, text) if e[0] == "accusation"]
    assert blamed and blamed[-1][1] == ["CHE"]


def test_states_named_together_in_a_skipped_sentence_own_no_bare_government(extractor):
    lead = "Brazil and Argentina spent the month quarrelling over beef quotas."
    text = (
        f"{lead} Prices at the markets doubled.\n\n"
        "Under the decree, the government can seize unused farm land."
    )
    assert _skipped(extractor, text, lead)
    seized = [e for e in _events(extractor, text) if e[0] == "occupation"]
    assert seized and seized[0][1] in ([], [None])


def test_one_state_named_in_a_skipped_sentence_still_owns_a_bare_government(extractor):
    lead = "Brazil spent the month quarrelling with its ranchers over beef quotas."
    text = (
        f"{lead} Prices at the markets doubled.\n\n"
        "Under the decree, the government can seize unused farm land."
    )
    assert _skipped(extractor, text, lead)
    seized = [e for e in _events(extractor, text) if e[0] == "occupation"]
    assert seized and seized[0][1] == ["BRA"]


def _all(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1987-06-01"))


def _codes_of(extractor, text: str) -> list[tuple[str, str]]:
    events = _all(extractor, text)
    return [(e["type"], e["cameo"]) for e in events]


def test_a_vow_never_to_stop_an_armed_act_is_a_threat(extractor):
    for text in (
        "The guerrillas swore never to stop their raids on army barracks.",
        "Baghdad vowed not to end its bombing raids on Iranian cities.",
        "Tehran pledged not to halt its attacks on Kuwaiti shipping.",
    ):
        codes = _codes_of(extractor, text)
        assert any(cameo.startswith("13") for _, cameo in codes), (text, codes)
        assert not any(cameo == "0356" for _, cameo in codes), (text, codes)


def test_a_vow_to_stop_an_armed_act_stays_no_threat(extractor):
    codes = _codes_of(extractor, "Baghdad vowed to end its bombing raids on Iranian cities.")
    assert codes and not any(cameo.startswith("13") for _, cameo in codes), codes


def _doers_of(extractor, text: str, etype: str) -> list[list[str | None]]:
    return [
        [a["country"] for a in e["actors"]] for e in _all(extractor, text) if e["type"] == etype
    ]


def test_an_act_the_main_clause_answers_is_not_the_answering_states(extractor):
    text = "Norway froze its aid programme after soldiers shot two Norwegian relief workers."
    shot = _doers_of(extractor, text, "attack")
    assert shot and "NOR" not in shot[0], shot
    text = "Denmark shut its embassy on Friday after officials accused Danish envoys of spying."
    accused = _doers_of(extractor, text, "accusation")
    assert accused and "DNK" not in accused[0], accused


def test_an_act_the_main_clause_answers_keeps_the_doer_it_names(extractor):
    text = "Norway froze its aid programme after Sudanese soldiers shot two Norwegian workers."
    assert ["SDN"] in _doers_of(extractor, text, "attack")


def test_days_given_to_diplomats_to_leave_are_an_expulsion(extractor):
    events = _all(extractor, "Zambia gave three Malawian diplomats ten days to leave the country.")
    expelled = [e for e in events if e["cameo"] == "166"]
    assert expelled and [a["country"] for a in expelled[0]["actors"]] == ["ZMB"]
    assert [t["country"] for t in expelled[0]["targets"]] == ["MWI"]


def test_support_won_from_a_state_is_that_states_support(extractor):
    events = _all(extractor, "Morocco won backing from Tunisia for its proposal on Monday.")
    backed = [e for e in events if e["type"] == "support"]
    assert backed and [a["country"] for a in backed[0]["actors"]] == ["TUN"]
    assert [t["country"] for t in backed[0]["targets"]] == ["MAR"]


def test_support_won_from_no_one_named_is_no_event(extractor):
    text = "The prime minister won support in parliament for the budget."
    assert not _doers_of(extractor, text, "support")


def test_support_a_market_gets_is_no_partys_support(extractor):
    for text in (
        "The peseta got support from Spanish central bank buying on Thursday.",
        "Gold prices gained support from Swiss investors late in the session.",
    ):
        assert not _doers_of(extractor, text, "support"), text


def test_support_rebels_win_from_a_state_stays_that_states_support(extractor):
    events = _all(extractor, "The guerrillas won support from Syria last spring.")
    backed = [e for e in events if e["type"] == "support"]
    assert backed and [a["country"] for a in backed[0]["actors"]] == ["SYR"]


def test_one_blow_told_by_two_joined_verbs_is_one_event(extractor):
    events = _all(extractor, "Israeli jets attacked and bombed a Syrian radar station on Thursday.")
    armed = [e for e in events if e["type"] in ("attack", "airstrike", "shelling")]
    assert len(armed) == 1 and armed[0]["type"] == "airstrike", armed


def test_two_blows_on_different_targets_stay_two_events(extractor):
    events = _all(
        extractor, "Israeli jets attacked a Syrian radar station and bombed Syrian army camps."
    )
    armed = [e for e in events if e["type"] in ("attack", "airstrike", "shelling")]
    assert len(armed) == 2, armed


def test_forces_whose_act_a_person_answers_keep_their_state(extractor):
    text = (
        "Chilean rebel major Tomas Reyes fled by boat after government troops "
        "recaptured the naval base at Valparaiso on Sunday."
    )
    assert ["CHL"] in _doers_of(extractor, text, "occupation")


def test_a_group_striking_the_answering_states_own_forces_keeps_that_state(extractor):
    text = "Ecuador halted the ceasefire talks after insurgents shot nine Ecuadorean policemen."
    assert ["ECU"] in _doers_of(extractor, text, "attack")
    text = "Venezuela broke off the talks after rebels ambushed a Venezuelan border patrol."
    assert ["VEN"] in _doers_of(extractor, text, "attack")


def test_states_listed_by_commas_in_a_skipped_sentence_are_coordinated(extractor):
    text = (
        "Chile, Bolivia and Paraguay spent weeks arguing over river rights. "
        "Fishermen complained loudly.\n\n"
        "Under the new rules, the government may seize idle grazing land."
    )
    seized = _doers_of(extractor, text, "occupation")
    assert seized and seized[0] == [None], seized
