"""Officials named by name in old news: the hand-dated list of officials.tsv, the holders of
offices.tsv met by name, leaders.tsv's first year of office, and paragraphs as sentences;
visitors and hosts: who a subject pronoun or a host named in apposition stands for."""

from __future__ import annotations

import pytest

from stream.extract import Article
from stream.extract.actors import DocumentActors, Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    "key, date, iso3, role",
    [
        ("genscher", 19870610, "DEU", "foreign minister"),
        ("velayati", 19871002, "IRN", "foreign minister"),
        ("aziz", 19870915, "IRQ", "foreign minister"),
        ("ozal", 19870420, "TUR", "prime minister"),  # the dictionaries call him retired
        ("ozal", 19910420, "TUR", "president"),
        ("lawson", 19870302, "GBR", "chancellor"),  # an offices.tsv holder, named by name
        ("stoltenberg", 19870301, "DEU", "finance minister"),
        ("stoltenberg", 19900101, "DEU", "defence minister"),
    ],
)
def test_a_dated_official_is_found_by_surname_on_the_day(gaz, key, date, iso3, role):
    found = gaz.person(key, date, surname=True)
    assert found is not None and found.country == iso3 and found.role == role


def test_a_surname_two_officials_of_two_countries_share_that_day_is_nobodys(gaz):
    # Gerhard Stoltenberg (West Germany) and Thorvald Stoltenberg (Norway) in 1988
    assert gaz.officials.find_surname("stoltenberg", 19880601) is None


def test_a_dated_official_is_found_by_a_full_name_and_its_spellings(gaz):
    assert gaz.person("tareq aziz", 19880110).country == "IRQ"
    assert gaz.person("hans-dietrich genscher", 19880110).role == "foreign minister"


def test_an_official_of_an_international_body_keeps_the_whole_code(gaz):
    found = gaz.person("camdessus", 19880301, surname=True)
    assert found is not None and found.country is None and found.code == "IGOUNOIMF"


def test_a_dated_official_out_of_office_leaves_the_name_to_the_other_lists(gaz):
    # Vice President George Bush in 1987, President George W. Bush in 2005
    assert gaz.person("bush", 19870301, surname=True).role == "vice president"
    assert gaz.person("bush", 20050301, surname=True).name == "George W. Bush"


@pytest.mark.parametrize(
    "key, named_undated",
    [("major", False), ("rice", True), ("cameron", True)],  # 'major' alone is a common word
)
def test_a_later_leader_is_nobody_in_older_news(gaz, key, named_undated):
    assert gaz.person(key, 19870301, surname=True) is None
    assert (gaz.person(key, None, surname=True) is not None) == named_undated


def test_a_later_leader_is_found_from_his_first_year_on(gaz):
    assert gaz.person("major", 19950301, surname=True).country == "GBR"


def test_a_dated_officials_surname_resolves_in_a_sentence(nlp):
    doc = nlp("Velayati told reporters the war would go on.")
    actors = DocumentActors(doc, date="1987-09-20").resolve(doc[0])
    assert actors and actors[0]["country"] == "IRN"


def test_a_paragraph_starts_a_sentence_after_a_closing_quote(extractor):
    text = (
        'The envoy was quoted as saying: "Nobody has asked for such a talk."\n\n'
        "Velayati met the Turkish foreign minister in Ankara on Sunday."
    )
    events = extractor.extract(Article(id="t", text=text, published_at="1987-09-20T10:00:00Z"))
    met = [e for e in events if e["type"] == "meeting"]
    assert met and met[0]["evidence"]["sentence"].startswith("Velayati met")
    assert met[0]["actors"][0]["country"] == "IRN"


def test_a_subject_pronoun_is_not_the_person_its_verb_acts_with(extractor):
    """'He will hold talks with Kohl': he is the visitor named before, not Kohl, though Kohl
    is the last person named as a subject."""
    text = (
        "BONN, May 4 - Japanese Foreign Minister Tadashi Kuranari arrived on Monday. "
        "Kohl praised Japan's part in the talks. He will hold talks with Kohl on Tuesday."
    )
    events = extractor.extract(Article(id="t", text=text, published_at="1987-05-04T10:00:00Z"))
    talks = [e for e in events if e["trigger"] == "hold talks"]
    assert talks and talks[0]["actors"][0]["country"] == "JPN"
    assert talks[0]["targets"][0]["country"] == "DEU"


def test_a_host_named_in_apposition_is_the_doer_not_his_guest(extractor):
    """'His host, Foreign Minister X, met him': X meets the guest; the guest is not the doer
    through 'his', nor the one met through 'him'."""
    text = (
        "ANKARA, May 4 - Iraqi Foreign Minister Tariq Aziz arrived on Monday. His host, "
        "Turkish Foreign Minister Vahit Halefoglu, met him at the airport."
    )
    events = extractor.extract(Article(id="t", text=text, published_at="1987-05-04T10:00:00Z"))
    met = [e for e in events if e["trigger"] == "met"]
    assert met and [a["country"] for a in met[0]["actors"]] == ["TUR"]
    assert [a["country"] for a in met[0]["targets"]] == ["IRQ"]


def test_a_family_name_written_first_names_its_person_alone(gaz):
    """'Zhao told parliament', 'Rha said': Chinese and Korean officials by their family name."""
    assert gaz.person("zhao", 19870310).country == "CHN"
    assert gaz.person("rha", 19870310).country == "KOR"


def test_a_surname_that_is_also_a_month_of_the_news_names_no_official(gaz):
    assert gaz.person("ramadan", 19870510, surname=True) is None
