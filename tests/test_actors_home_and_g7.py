"""Countries of actors and targets the text gives only indirectly: the dateline's country for a
bare title, a titled person named sentences back and met again by surname, the Group of Seven
named by number, a visitor's country against an apposition or the officials he meets, the
place a broadcast was heard, the side appealed to, and goods counted by an amount. Every
sentence is written for the test."""

from __future__ import annotations

from event_helpers import side_countries

from stream.extract import Article
from stream.extract.actors import DocumentActors


def _extract(extractor, text: str, published: str = "1987-05-04T09:00:00Z") -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at=published))


def _resolve(nlp, text: str, word: str, nth: int = 0, date: str | None = None) -> list[dict]:
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][nth]
    return DocumentActors(doc, date=date).resolve(tok)


# -- the dateline's country for a bare title ------------------------------------------------


def test_a_bare_title_in_a_dateline_story_is_of_the_dateline_country(extractor):
    text = "DOHA, May 4 - The oil minister warned Iran against attacks on tankers in the Gulf."
    assert (["QAT"], ["IRN"]) in side_countries(_extract(extractor, text), "threat")


def _resolve_at_home(nlp, text: str, word: str, home: str) -> list[dict]:
    doc = nlp(text)
    actors = DocumentActors(doc)
    actors.home = home  # what the pipeline sets from the dateline
    return actors.resolve([t for t in doc if t.text == word][0])


def test_a_plural_title_or_one_naming_the_dateline_country_takes_none_from_it(nlp):
    lone = _resolve_at_home(nlp, "The minister warned Iran on Monday.", "minister", "QAT")
    assert [a["country"] for a in lone] == ["QAT"]
    plural = "Ministers from the producing states agreed to hold output steady."
    assert _resolve_at_home(nlp, plural, "Ministers", "QAT")[0]["country"] is None
    visitor = "The minister praised Qatar for its help."
    assert _resolve_at_home(nlp, visitor, "minister", "QAT")[0]["country"] is None


# -- a titled person named sentences back, met again by surname ------------------------------


def test_a_surname_stands_for_a_titled_person_named_in_unparsed_sentences_further_back(
    extractor,
):
    text = (
        "TOKYO, May 4 - Japanese Trade Minister Hajime Tamoto spoke at a dinner for bankers. "
        "The yen closed at 140 to the dollar. Share prices were little changed. "
        "Traders said volume was thin. "
        "Tamoto urged the United States to cut its budget deficit."
    )
    assert (["JPN"], ["USA"]) in side_countries(_extract(extractor, text), "appeal")


def test_a_surname_the_tagger_takes_for_a_body_is_the_office_holder_of_the_day(nlp):
    text = "Party elders said Nakasone may cancel his trip to Washington."
    actors = _resolve(nlp, text, "Nakasone", date="1987-03-18")
    assert [a["country"] for a in actors] == ["JPN"]


# -- the Group of Seven named by number -------------------------------------------------------


def test_the_seven_after_the_group_is_named_is_the_group_of_no_country(extractor):
    text = (
        "Finance ministers of the Group of Seven met in Paris on Sunday. "
        "The Seven urged Japan to open its markets."
    )
    events = _extract(extractor, text)
    appeals = [e for e in events if e["type"] == "appeal"]
    assert appeals and appeals[0]["actors"][0]["code"] == "IGOG7"
    assert appeals[0]["actors"][0]["country"] is None
    meetings = [e for e in events if e["type"] == "meeting"]
    assert all(a["country"] != "FRA" for e in meetings for a in e["actors"])


def test_leaders_of_the_seven_industrial_nations_are_the_group(nlp):
    text = "The leaders of the seven leading industrial nations gathered in Venice."
    actors = _resolve(nlp, text, "nations")
    assert [a["code"] for a in actors] == ["IGOG7"]


def test_seven_counting_people_or_never_introduced_is_no_group(nlp):
    assert _resolve(nlp, "Seven soldiers were killed near the border.", "Seven") == []
    assert _resolve(nlp, "The seven were freed on Monday.", "seven") == []


# -- a visitor's country --------------------------------------------------------------------


def test_a_visitor_keeps_his_country_against_a_country_parsed_as_his_apposition(extractor):
    text = (
        "Jordan's King Hussein held talks with President Reagan on Monday. "
        "Officials said Reagan had promised the King the United States would sell him jets."
    )
    events = _extract(extractor, text)
    kings = [
        t["country"]
        for e in events
        for t in e["targets"] + e["actors"]
        if t["text"].lower().endswith("king")
    ]
    assert kings and set(kings) == {"JOR"}


def test_officials_a_visitor_is_scheduled_to_meet_are_not_of_his_country(nlp):
    text = (
        "Kuwait's oil minister arrived in Washington on Monday. "
        "He is scheduled to meet with Energy Secretary John Harrington on Tuesday."
    )
    actors = _resolve(nlp, text, "Harrington", date="1987-05-04")
    assert [a["country"] for a in actors] != ["KWT"]


def test_where_a_broadcast_was_monitored_gives_no_country(nlp):
    text = "Tehran radio, monitored in London, quoted Oil Minister Karim Nasseri as saying so."
    actors = _resolve(nlp, text, "Nasseri")
    assert all(a["country"] != "GBR" for a in actors)


def test_the_side_called_on_gives_no_country_to_the_caller(nlp):
    text = "The report said Foreign Minister Vural Bekir had called on Greece to hold talks."
    actors = _resolve(nlp, text, "Bekir")
    assert all(a["country"] != "GRC" for a in actors)


# -- targets --------------------------------------------------------------------------------


def test_goods_counted_by_an_amount_give_the_target(extractor):
    text = "Washington imposed tariffs on 300 mln dlrs worth of Japanese computers on Friday."
    assert (["USA"], ["JPN"]) in side_countries(_extract(extractor, text), "sanction")


# -- names inside other names, and parties of many states -----------------------------------


def test_a_leader_surname_hyphened_to_a_company_word_is_no_person(nlp):
    text = (
        "OTTAWA - The minister said the sale of Petro-Canada would go ahead. "
        "Energy Minister Marcel Massey said Petro-Canada had no public role."
    )
    actors = _resolve(nlp, text, "Massey", date="1987-03-09")
    assert all(a["country"] != "COL" for a in actors)  # 'Petro' is no Colombian president
    summit = _resolve(nlp, "The Reagan-Gorbachev summit opened.", "Reagan", date="1987-12-08")
    assert [a["country"] for a in summit] == ["USA"]  # two leaders joined by a hyphen


def test_officials_from_many_states_are_of_none_of_them(extractor):
    text = "Officials from 20 nations met in Geneva on Monday to discuss the coffee pact."
    meetings = [e for e in _extract(extractor, text) if e["type"] == "meeting"]
    assert meetings and all(a["country"] is None for e in meetings for a in e["actors"])


def test_officials_from_named_states_keep_each_state(nlp):
    text = "Ministers from Ecuador, Mexico and Venezuela are attending the conference."
    actors = _resolve(nlp, text, "Ministers")
    assert [a["country"] for a in actors] == ["ECU", "MEX", "VEN"]
    many = _resolve(nlp, "Ministers of many nations attended the conference.", "Ministers")
    assert [a["country"] for a in many] == [None]


def test_a_subject_pronoun_after_a_named_owner_in_its_sentence_is_that_owner(nlp):
    text = (
        "Reagan will hold a news conference on Monday. "
        "Officials said Nakasone's first request when he lands for talks with Reagan is clear."
    )
    assert [a["country"] for a in _resolve(nlp, text, "he", date="1987-04-27")] == ["JPN"]
    subject = (
        "Kohl spoke after Mitterrand's speech. Shultz said after Kohl's speech that he agreed."
    )
    assert [a["name"] for a in _resolve(nlp, subject, "he", date="1987-04-27")][0].endswith(
        "Shultz"
    )


def test_a_hyphened_given_name_is_still_a_name(nlp):
    text = "South Korean President Chun Doo-hwan met Trade Minister Rha Woong-bae in Seoul."
    assert [a["country"] for a in _resolve(nlp, text, "hwan", date="1987-04-20")] == ["KOR"]


def test_a_dictionary_name_with_middle_initials_is_found_without_them():
    from stream.extract.actors import Gazetteer, _date_key

    gaz = Gazetteer.default()
    found = gaz.person("paul volcker", _date_key("1987-03-01"))
    assert found is not None and found.country == "USA"
    assert found.name == "Paul A. Volcker"


def test_an_officer_titled_without_country_in_unparsed_text_takes_the_context_later(extractor):
    text = (
        "TOKYO, March 11 - The yen will not climb much further, Foreign Minister Taro Kenzaki "
        "said. Share prices closed higher. "
        "Kenzaki was expected to fly to Washington on Friday for talks on trade."
    )
    assert (["JPN"], ["USA"]) in side_countries(_extract(extractor, text), "visit")
