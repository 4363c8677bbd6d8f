"""Classes of the BBC business-page study (issue 10: ten whole articles in the style of BBC News
business pages of 2004-2005, ``benchmarks/data/own_bbc2.*``): quotas or curbs imposed on a
country's goods are a sanction on it; a company word as the title of a name is a company's
also at the head of a sentence; firms battling for orders contest a market; an arrest where
only a region is named is the region's state's; Indonesian regions of the tsunami coast are
places; bailiffs enforce for the state where they act; business leaders are business; a ban
on a habit is no coercion, nor a ban that endangers a firm a threat; money a lender releases
is aid, no concession; a request approved is a concession to the asker; and the set's
score floor. Sentences written for the test; no publication date, as in BBC texts."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type

from stream.extract.model import Article


def _bbc(extractor, text: str) -> list[dict]:
    """Events of a text with no publication date and no dateline, as BBC texts come."""
    return extractor.extract(Article(id="t", text=text))


def test_quotas_or_curbs_imposed_on_a_states_goods_are_a_sanction_on_it(extractor):
    for text, whom in (
        ("Washington imposed quotas on Chinese bras and socks last month.", {"CHN"}),
        ("The EU has imposed curbs on imports of Ukrainian steel pipes.", {"UKR"}),
    ):
        hit = events_of_type(_bbc(extractor, text), "sanction")
        assert hit and whom <= country_codes(hit[0]["targets"]), text
    for text in (
        "The fisheries ministry imposed catch quotas on trawlers.",
        "Beijing has imposed curbs on bank lending to cool the economy.",  # at home
        "The government put quotas on coal production last year.",
    ):
        assert not events_of_type(_bbc(extractor, text), "sanction"), text


def test_a_company_word_titling_a_name_at_a_sentence_head_is_a_company(extractor):
    for text in (
        "Carmaker Eastfield has rejected a takeover bid from its German rival.",
        "Insurer Norwest rejected an offer from its Swiss rival Helvag on Monday.",
    ):
        assert not events_of_type(_bbc(extractor, text), "rejection"), text
    hit = events_of_type(
        _bbc(extractor, "Britain has rejected a proposal from France."), "rejection"
    )
    assert hit and country_codes(hit[0]["actors"]) == {"GBR"}
    for text in (  # an office or a paper titled like a trade is no company
        "Petroleum Minister Ali Rahimi warned Kuwait against helping Iraq.",
        "Financial Secretary Tom Hale urged Japan to open its rice market.",
    ):
        assert events_of_type(_bbc(extractor, text), "threat") or events_of_type(
            _bbc(extractor, text), "appeal"
        ), text
    text = (  # 'Co' inside a name is no company word
        "Foreign Minister Nguyen Co Thach of Vietnam warned China that Hanoi would send"
        " troops back to Cambodia."
    )
    hit = events_of_type(_bbc(extractor, text), "threat")
    assert hit and country_codes(hit[0]["actors"]) == {"VNM"}


def test_firms_battling_for_orders_contest_a_market(extractor):
    for text in (
        "The two planemakers are battling for orders from Chinese and Indian airlines.",
        "Airbus and Boeing battle for orders for their new long-range jets.",
    ):
        events = _bbc(extractor, text)
        assert not events_of_type(events, "clash") and not events_of_type(events, "attack"), text


def test_an_arrest_where_only_a_region_is_named_is_that_states(extractor):
    for text, state in (
        ("The oil tycoon was arrested at his dacha in Siberia in October 2003.", "RUS"),
        ("Two bank managers were detained in Sumatra after the fraud came to light.", "IDN"),
    ):
        hit = events_of_type(_bbc(extractor, text), "coercion")
        assert hit and country_codes(hit[0]["actors"]) == {state}, text
    text = (  # another state named beside it leaves the arrest's doer open
        "Two traders were arrested at their office in Sumatra on Friday. Australian police"
        " had tracked them for months."
    )
    assert not events_of_type(_bbc(extractor, text), "coercion")


def test_the_tsunami_coast_of_indonesia_is_a_place(extractor):
    text = "The envoy, who toured Aceh after the tsunami, said Japan would send more help."
    hit = events_of_type(_bbc(extractor, text), "visit")
    assert hit and country_codes(hit[0]["targets"]) == {"IDN"}
    assert hit[0]["location"] and hit[0]["location"]["country"] == "IDN"


def test_bailiffs_are_enforcers_of_the_state_where_they_act(extractor):
    text = "Bailiffs have frozen the company's bank accounts and seized its offices in Kiev."
    hit = events_of_type(_bbc(extractor, text), "coercion")
    assert hit and country_codes(hit[0]["actors"]) == {"UKR"}


def test_business_leaders_are_business_not_a_government(extractor):
    text = "Tokyo and Seoul signed a trade accord on Friday. Business leaders welcomed the deal."
    assert not events_of_type(_bbc(extractor, text), "support")
    hit = events_of_type(
        _bbc(extractor, "Chinese leaders welcomed the deal with India."), "support"
    )
    assert hit and country_codes(hit[0]["actors"]) == {"CHN"}


def test_a_ban_on_a_habit_is_no_coercion_and_a_ban_threatening_a_firm_no_threat(extractor):
    for text in (
        "Ministers said they would ban smoking in restaurants and bars next year.",
        "Ireland has banned tobacco advertising on television.",
        "The brewer is threatened by a planned ban on cheap drinks promotions.",
    ):
        events = _bbc(extractor, text)
        assert not events_of_type(events, "coercion") and not events_of_type(events, "threat"), text
    hit = events_of_type(
        _bbc(extractor, "The military government banned the opposition party."), "coercion"
    )
    assert hit


def test_money_a_lender_releases_is_aid_no_concession(extractor):
    text = "The IMF released a payment of dollars 300m to Zambia after the talks."
    events = _bbc(extractor, text)
    assert not events_of_type(events, "concession")
    hit = events_of_type(events, "aid")
    assert hit and country_codes(hit[0]["targets"]) == {"ZMB"}
    text = "The fund's board approved the loan, releasing a first instalment of dollars 500m."
    assert not events_of_type(_bbc(extractor, text), "concession")


def test_a_request_approved_is_a_concession_to_the_asker(extractor):
    for text, asker in (
        ("The World Bank approved Kenya's request for a delay in loan repayments.", "KEN"),
        ("Germany approved Poland's request for extra border guards.", "POL"),
    ):
        hit = events_of_type(_bbc(extractor, text), "concession")
        assert hit and asker in country_codes(hit[0]["targets"]), text
    text = "Parliament approved the government's request for more funds."
    assert not events_of_type(_bbc(extractor, text), "concession")


def test_own_bbc2_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_bbc2")
    assert summary["articles"] == 10 and summary["required"] == 39
    assert summary["recall"] >= 0.85
    assert summary["precision"] >= 0.75
    assert summary["dates"] >= 0.9
