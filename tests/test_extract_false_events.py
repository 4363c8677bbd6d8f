"""False events of unannotated wire and BBC copy (issue 10, precision), each rule on sentences
written for the test, with the true event of like words kept beside it."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="1987-05-12T12:00:00Z"))


def _types(extractor, text: str) -> set[str]:
    return {e["type"] for e in _extract(extractor, text)}


def _no_event(extractor, etypes: set[str], *texts: str) -> None:
    """None of ``texts`` gives an event of ``etypes``."""
    for text in texts:
        assert not _types(extractor, text) & etypes, text


def test_the_dateline_place_is_no_party_to_politics_at_home(extractor):
    home = (
        "BRUSSELS, May 11 - The Belgian finance minister has proposed a plan to sell shares in"
        " the state railway, officials said. The plan would raise ten billion francs over four"
        " years. The coalition parties gave it a cool reception when the minister unveiled it"
        " at a cabinet meeting on Monday. Talks on the plan were expected to be long."
    )
    assert not _types(extractor, home) & {"appeal", "meeting"}
    abroad = (
        "BRUSSELS, May 11 - The Belgian foreign minister has proposed a plan to hold talks"
        " with Zaire on its debt, officials said. The plan would cut the debt by a third."
        " The minister presented it to the cabinet on Monday."
    )
    assert (["BEL"], ["COD"]) in side_countries(_extract(extractor, abroad), "appeal")


def test_a_states_dealings_with_its_commercial_lenders_are_business(extractor):
    for etype, text in (
        ("agreement", "Peru and its bank steering committee agreed to extend the credit lines."),
        ("meeting", "Poland has opened talks with commercial banks on its overdue debt."),
        ("appeal", "Creditor banks have been urging Peru to resume interest payments."),
        ("appeal", "The finance minister said Peru would ask the banks for new money."),
        ("agreement", "Chile reached an accord with its bank advisory committee on Friday."),
    ):
        assert etype not in _types(extractor, text), text
    for etype, text, parties in (
        (
            "agreement",
            "Peru signed an accord with France to reschedule its official debt.",
            (["PER"], ["FRA"]),
        ),
        ("meeting", "Poland has opened talks with the World Bank on a new loan.", (["POL"], [])),
        (
            "appeal",
            "The U.S. Treasury urged Peru to seek new loans from commercial banks.",
            (["USA"], ["PER"]),
        ),
    ):
        briefs = side_countries(_extract(extractor, text), etype)
        assert any(b[0] == parties[0] and set(parties[1]) <= set(b[1]) for b in briefs), text


def test_being_in_charge_is_no_charge(extractor):
    _no_event(
        extractor,
        {"accusation"},
        "Until last week the minister had been in charge of the police and the prisons.",
        "The party put its deputy leader in charge of the campaign.",
    )
    charged = "Washington charged Tokyo with breaking the semiconductor pact."
    assert (["USA"], ["JPN"]) in side_countries(_extract(extractor, charged), "accusation")


def test_a_matter_examined_at_home_is_no_event(extractor):
    _no_event(
        extractor,
        {"accusation"},
        "The Swedish ministry will examine the rules on embassy files.",
        "Britain will re-examine a letter from the Japanese prime minister.",
    )
    abroad = "The United Nations will examine Iraq's use of poison gas against Iran."
    assert "accusation" in _types(extractor, abroad)


def test_declining_to_comment_says_nothing(extractor):
    _no_event(
        extractor,
        {"statement"},
        "A spokesman for the foreign ministry declined to comment on the newspaper report.",
        "The minister refused to confirm that talks with Syria had begun.",
    )


def test_an_armed_act_that_may_come_is_no_event(extractor):
    _no_event(
        extractor,
        {"attack", "threat", "airstrike"},
        "Tehran said the region would burn in the event of any American strike on its soil.",
        "Kuwait has drawn up plans in case of an Iranian attack on its oil terminals.",
    )
    done = "Iraq said its jets had carried out an attack on Iran's Kharg oil terminal."
    assert (["IRQ"], ["IRN"]) in side_countries(_extract(extractor, done), "attack")


def test_what_a_state_cannot_do_is_a_refusal(extractor):
    text = "Tokyo said it cannot bow to American pressure on beef imports."
    assert (["JPN"], ["USA"]) in side_countries(_extract(extractor, text), "rejection")
    assert "concession" not in _types(extractor, text)
    bowed = "Tokyo bowed to American pressure on beef imports."
    assert (["JPN"], ["USA"]) in side_countries(_extract(extractor, bowed), "concession")


def test_under_attack_for_a_deed_is_criticism_by_no_one(extractor):
    text = "The European Community has come under attack for alleged dumping of steel in the United States."
    assert "attack" not in _types(extractor, text)
    armed = "A Saudi tanker came under attack for the second time this month."
    assert ([], ["SAU"]) in side_countries(_extract(extractor, armed), "attack")


def test_an_accord_named_as_made_before_is_no_new_agreement(extractor):
    _no_event(
        extractor,
        {"agreement"},
        "Kuwait urged other members to resist pressure to cut the official prices agreed last December.",
        "The ministers stood by the exchange rates agreed at the recent Rome meeting.",
    )
    for text, parties in (
        ("The truce agreed by Iran and Iraq last week held on Monday.", (["IRN", "IRQ"], [])),
        ("Kenya and Uganda agreed on Friday to reopen the border.", (["KEN", "UGA"], [])),
    ):
        assert parties in side_countries(_extract(extractor, text), "agreement"), text


def test_declining_to_say_more_after_saying_something_stays_a_statement(extractor):
    text = (
        "The Egyptian president said he had chosen a reply to Libya, but declined to say"
        " what it was."
    )
    assert (["EGY"], []) in side_countries(_extract(extractor, text), "statement")


def test_a_government_s_own_business_between_sentences_naming_nothing_abroad_is_home_politics(
    extractor,
):
    article = (
        "WARSAW, May 11 - Poland's foreign minister met his Soviet counterpart in Moscow on"
        " Monday, officials said. The talks covered trade and credits. Poland's finance"
        " minister criticised the slow pace of price reforms on Tuesday. The reforms were"
        " approved by parliament in April. The government has also accepted union demands for"
        " higher pensions, a statement said."
    )
    events = _extract(extractor, article)
    assert not {e["type"] for e in events} & {"accusation", "concession"}
    assert (["POL"], ["RUS"]) in side_countries(events, "meeting")  # "his" counterpart: Soviet
    abroad = article.replace("price reforms", "Soviet price policy")
    assert "accusation" in _types(extractor, abroad)


def test_a_denial_answers_someone_so_it_stays_news(extractor):
    article = (
        "A Briton freed from a camp in Cuba last year said he had been beaten there, his"
        " lawyer told the BBC. The lawyer spoke to reporters at a news conference on Sunday."
        " The US government denied the claims on Monday, saying it forbids torture. The camp"
        " now holds some 500 men, the Pentagon says."
    )
    assert any(b[0] == ["USA"] for b in side_countries(_extract(extractor, article), "rejection"))


def test_a_mood_or_a_forecast_said_to_no_one_is_no_event(extractor):
    _no_event(
        extractor,
        {"statement"},
        "Greek officials said they were confident the Aegean dispute could be settled.",
        "The Dutch central bank is worried about the strength of the guilder.",
        "The OECD warned that growth in Europe would slow sharply next year.",
    )
    voiced = "The Kenyan minister expressed concern over the fighting in Uganda."
    assert "statement" in _types(extractor, voiced)
    warned = "Washington warned Tehran not to use the missiles against shipping."
    assert (["USA"], ["IRN"]) in side_countries(_extract(extractor, warned), "threat")


def test_a_should_of_expectation_or_of_advice_at_home_is_no_appeal(extractor):
    _no_event(
        extractor,
        {"appeal", "demand"},
        "The Swiss trade mission to Asia should result in more orders this year, Meier said.",
        "Finance Minister Hans Weber said Switzerland should use its budget surplus at home.",
    )
    told = "The Swiss foreign minister said Syria should free the two hostages."
    assert (["CHE"], ["SYR"]) in side_countries(_extract(extractor, told), "appeal")


def test_a_countrys_commercial_banks_are_lenders_not_its_state(extractor):
    for text in (
        "Ecuador reached an accord with Canadian banks on its overdue interest.",
        "West German banks pressed Poland to resume payments on its debt.",
        "Venezuela opened talks with U.S. banks on new credit lines.",
        "The Philippine finance secretary met Japanese bankers in Tokyo.",
    ):
        found = _types(extractor, text) & {"agreement", "appeal", "demand", "meeting"}
        assert not found, text
    for etype, text in (
        (
            "meeting",
            "Ecuador's oil minister met U.S. Energy Secretary Herrington and U.S. bankers.",
        ),
        ("agreement", "Ecuador signed a loan accord with the World Bank."),
    ):
        assert any(who == ["ECU"] for who, _ in side_countries(_extract(extractor, text), etype)), (
            text
        )
