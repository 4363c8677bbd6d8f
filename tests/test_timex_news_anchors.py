"""TIMEX3 tagger: parts of the year read against the DCT, named futures contracts, weekdays in
the subject of a modal and given names before an adverb and a speech verb."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.extract.timex import tag


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


MAY_2012 = dt.date(2012, 5, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of the year over by the DCT, after a year of an earlier sentence: the DCT's
        (
            "Steel output climbed 4 pct in 2011. Orders slowed in the first three months of "
            "the year, the federation said.",
            ("the year", "2012"),
        ),
        (
            "The carrier lost money in 2011. Bookings picked up during the first few weeks "
            "of the year.",
            ("the year", "2012"),
        ),
        # what is left of the year is the DCT's year
        (
            "Its 2011 loss was 30 million. Analysts see no recovery for the rest of the year.",
            ("the year", "2012"),
        ),
        (
            "Sales doubled in 2011. The remainder of the year looks weaker.",
            ("the year", "2012"),
        ),
        # a part not yet over keeps the year in view
        (
            "Profits fell in 2011. In the first nine months of the year costs rose.",
            ("the year", "2011"),
        ),
        # a year named in the same sentence is the year meant
        (
            "Output in 2011 was weak, and in the first two months of the year it fell again.",
            ("the year", "2011"),
        ),
    ],
)
def test_a_part_of_the_year_is_read_against_the_dct(text: str, want: tuple) -> None:
    assert want in _values(text, MAY_2012)


def test_a_part_of_the_year_after_a_date_of_this_year_is_unchanged() -> None:
    text = "Sales fell in March. Orders dropped in the first two months of the year."
    assert ("the year", "2012") in _values(text, MAY_2012)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month before a named futures contract is its contract month, ahead
        ("September stock index futures slipped 2.5 points in thin trade.", "2012-09"),
        ("December three-month sterling futures were steady at 98.9.", "2012-12"),
        ("June Tokyo rubber futures firmed after the holiday.", "2012-06"),
        # a month before a preposition is no contract ("January trading in futures")
        ("January dealings in futures were light, the exchange said.", "2012-01"),
    ],
)
def test_a_month_before_a_named_futures_contract_looks_ahead(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, MAY_2012)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a weekday's event in the subject of a modal verb is the one past
        ("The party's defeat in Sunday's regional elections may force a reshuffle.", "2012-05-06"),
        ("The upset in Monday's final match may cost the coach his job.", "2012-05-07"),
        # after the future verb a scheduled event is still ahead
        ("The minister will speak at Friday's summit in Oslo.", "2012-05-11"),
    ],
)
def test_a_weekday_in_the_subject_of_a_modal_is_not_placed_ahead(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, MAY_2012)]


def test_a_month_as_a_given_name_before_an_adverb_and_a_speech_verb() -> None:
    assert _values("April Dawn Harper openly said she would stand again.", MAY_2012) == []
    # a month before a verb is still a month
    assert _values("April sales openly said little.", MAY_2012) != []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a quarter or a month named before is no day in view: the DCT's day
        (
            "Rumours of losses in the first quarter hit the shares, which had been off two "
            "dollars earlier in the day.",
            ("earlier in the day", "2012-05-09"),
        ),
        (
            "The talks resume in September. The envoy could not be reached later in the day.",
            ("later in the day", "2012-05-09"),
        ),
        # a day named before is the day in view
        (
            "The minister left Rome on Monday evening. He had met the pope earlier in the day.",
            ("earlier in the day", "2012-05-07"),
        ),
    ],
)
def test_earlier_in_the_day_hangs_only_on_a_day(text: str, want: tuple) -> None:
    assert want in _values(text, MAY_2012)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a deadline weekday with no future cue is the nearer day: here, ahead
        ("Officials said the bridge could be reopened by Friday.", "2012-05-11"),
        ("He asked the unions to reply by Thursday whether they accept.", "2012-05-10"),
        ("Negotiators remained hopeful of a deal by Friday.", "2012-05-11"),
        # the nearer day behind, or a past time named in the sentence
        ("But by Monday, the euro climbed above 1.30 dollars.", "2012-05-07"),
        ("The fund bought shares last week, lifting its stake to 9 pct by Thursday.", "2012-05-03"),
    ],
)
def test_a_deadline_weekday_is_the_nearer_day(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, MAY_2012)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a deadline month after a past verb may lie up to seven months ahead
        ("Diplomats said a settlement before November is unlikely.", "2012-11"),
        ("He urged the parties to reach an accord by December.", "2012-12"),
        # a past verb after the date keeps it behind
        ("By November the firm had hired 200 more staff.", "2011-11"),
    ],
)
def test_a_deadline_month_after_a_past_verb_may_lie_ahead(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, MAY_2012)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two bare months in calendar order share a year: here the DCT's
        (
            "Traders expect a ruling in July or December, the bank said.",
            [("July", "2012-07"), ("December", "2012-12")],
        ),
        (
            "Ministers set a June-November quota for the fleet.",
            [("June", "2012-06"), ("November", "2012-11")],
        ),
        # months before a dated last one take its year
        (
            "Prices peaked in March, June and October last year.",
            [("March", "2011-03"), ("June", "2011-06"), ("October last year", "2011-10")],
        ),
        # listed backwards, the month just past and last year's month keep their years
        (
            "Output was 3.1 pct in April and November.",
            [("April", "2012-04"), ("November", "2011-11")],
        ),
        # a range across New Year keeps its two years
        (
            "Sales fell between November and March.",
            [("November", "2011-11"), ("March", "2012-03")],
        ),
    ],
)
def test_joined_months_share_a_year(text: str, want: list) -> None:
    assert _values(text, MAY_2012) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a day something comes ahead of is the nearer one, even under a past verb
        ("The envoy spoke to reporters ahead of his departure on Friday.", "2012-05-11"),
        ("Several issues remained open ahead of Saturday's deadline.", "2012-05-12"),
        ("Dealers squared positions ahead of Tuesday's auction.", "2012-05-08"),
        # in a past-perfect sentence it stays behind
        ("Analysts had expected a rise ahead of Friday's figures.", "2012-05-04"),
        # a possessive month something comes ahead of is this month or one ahead
        ("Delegates drafted a common stand ahead of July's conference.", "2012-07"),
    ],
)
def test_a_date_something_comes_ahead_of(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, MAY_2012)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a half or quarter not yet begun is forecast after a forecast word: this year's
        ("Analysts said margins could recover in the second half.", "2012-H2"),
        ("The group expects demand to stay firm in the fourth quarter.", "2012-Q4"),
        # reported results or a comparison keep last year's
        ("Costs were lower than expected in the fourth quarter.", "2011-Q4"),
        ("The bank might cut its payout after it posted a third quarter loss.", "2011-Q3"),
    ],
)
def test_a_forecast_half_or_quarter_lies_ahead(text: str, want: str) -> None:
    assert want in [t.value for t in tag(text, MAY_2012)]
