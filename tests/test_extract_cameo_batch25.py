"""Classes of the twenty-fifth own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

from stream.extract import Article

_extract, _codes, _types = sentence_readers("1988-03-14T12:00:00Z")


def _first_countries(extractor, text: str) -> set[str | None]:
    return {e["actors"][0]["country"] for e in _extract(extractor, text) if e["actors"]}


def _undated_first_countries(extractor, text: str) -> set[str | None]:
    """As ``_first_countries`` for a sentence with no date, as the CAMEO sets are read."""
    events = extractor.extract(Article(id="t", text=text, published_at=None))
    return {e["actors"][0]["country"] for e in events if e["actors"]}


def test_leaders_and_fronts_of_the_1980s_by_their_short_names(extractor):
    """'King Hassan' is Morocco's king (not Jordan's crown prince Hassan), 'Aquino' alone the
    Philippine president, and a 'Contra' rebel, in the singular as a modifier, Nicaraguan, in
    a sentence with no date too."""
    for text, country in (
        ("King Hassan received the Algerian foreign minister in Rabat.", "MAR"),
        ("Aquino urged the army to stay out of politics.", "PHL"),
        ("Contra rebels asked the U.S. Congress for more arms.", "NIC"),
    ):
        assert _undated_first_countries(extractor, text) == {country}, text
    assert _undated_first_countries(extractor, "Crown Prince Hassan met Arafat in Amman.") == {
        "JOR"
    }


def test_a_signed_truce_agreement_is_a_ceasefire(extractor):
    """An agreement, accord or pact a ceasefire or truce modifies, signed or concluded, is the
    ceasefire (0871), not an agreement on something else (057)."""
    for text in (
        "The Angolan government and UNITA signed a ceasefire agreement in Lusaka.",
        "Chad and Libya concluded a truce accord in Algiers on Friday.",
    ):
        assert ("ceasefire", "0871") in _codes(extractor, text), (text, _extract(extractor, text))
    assert ("agreement", "057") in _codes(
        extractor, "Chad and Libya signed a trade agreement in Algiers on Friday."
    )


def test_a_state_warned_over_something_is_threatened(extractor):
    """'warned X over Y', X a state, is a warning (130) to X; warning of a recession is none."""
    assert ("threat", "130") in _codes(
        extractor, "Greece warned Albania over its treatment of ethnic Greeks."
    )
    assert "threat" not in _types(extractor, "The central bank warned of a recession.")


def test_bowing_to_protests_is_a_concession_not_the_bower_protesting(extractor):
    """'bowed to protests' yields to them (083), as bowing to a demand does; the protests are
    not the yielding party's."""
    text = (
        "The Burmese government bowed to weeks of student protests and dropped the currency reform."
    )
    assert ("concession", "083") in _codes(extractor, text), _extract(extractor, text)
    assert "protest" not in _types(extractor, text)


def test_an_offer_of_arms_to_help_another_fight_is_a_pledge(extractor):
    """A promise or offer whose content is helping another party fight ('to help it fight',
    'to help Bolivia fight') pledges help, no threat; a vow to strike stays a threat."""
    for text in (
        "Moscow promised Kabul tanks and jets to help it fight the rebels.",
        "Paris promised Chad missiles to help the army fight the Libyan-backed rebels.",
    ):
        types = _types(extractor, text)
        assert "pledge" in types and "threat" not in types, (text, _extract(extractor, text))
    assert ("threat", "138") in _codes(extractor, "Tripoli vowed to strike the French base.")


def test_coming_out_in_support_of_a_party_backs_it(extractor):
    """'came out in support of X' backs X (050)."""
    text = "Moscow came out in support of Syria in its quarrel with Iraq."
    assert ("support", "050") in _codes(extractor, text), _extract(extractor, text)
    assert _first_countries(extractor, text) == {"RUS"}


def test_a_shopkeepers_strike_against_tax_raids_is_a_protest(extractor):
    """A strike of shopkeepers or traders is a labour action against what it names (143), even
    against raids; a 'tax raid' is no armed raid."""
    text = "Arab merchants in Nablus shut their shops in a strike against Israeli tax raids."
    assert _types(extractor, text) == {"protest"}, _extract(extractor, text)
    assert "attack" not in _types(extractor, "Tax inspectors carried out a tax raid on the souk.")
    assert "attack" in _types(
        extractor, "Israeli jets carried out a strike against guerrilla bases."
    )


def test_closing_down_a_newspaper_is_closing_it(extractor):
    """'closed down the newspaper', which the parser reads with 'down' as a preposition, is a
    restriction (172) as 'closed the newspaper' and 'shut down the newspaper' are."""
    text = "The Kenyan government closed down the magazine Beyond for six months."
    assert ("coercion", "172") in _codes(extractor, text), _extract(extractor, text)
    assert not _types(extractor, "The convoy drove down the road to Nairobi.")


def test_remorse_expressed_is_an_apology(extractor):
    """Expressing remorse or contrition, or offering an apology, is an apology (055)."""
    for text in (
        "The West German president expressed deep remorse to Poland for the crimes of the Nazis.",
        "Tokyo offered an apology to Manila for the sinking of the fishing boat.",
    ):
        assert ("statement", "055") in _codes(extractor, text), (text, _extract(extractor, text))


def test_a_market_session_is_no_meeting(extractor):
    """A morning, afternoon or trading session of a market ('the Hang Seng index ended the
    morning session lower') is no meeting; talks ending their session still are one."""
    assert "meeting" not in _types(
        extractor, "Hong Kong's Hang Seng index ended the morning session 2 percent lower."
    )
    assert "meeting" in _types(
        extractor, "The Iranian and Iraqi delegations ended their session in Geneva."
    )
