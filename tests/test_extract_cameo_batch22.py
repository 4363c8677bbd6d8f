"""Classes of the twenty-second own-wording CAMEO batch, each on sentences written for the test."""

from __future__ import annotations

from coded import sentence_readers

_extract, _codes, _types = sentence_readers("2005-01-20T12:00:00Z")


def _first_countries(extractor, text: str) -> set[str | None]:
    return {e["actors"][0]["country"] for e in _extract(extractor, text) if e["actors"]}


def test_a_hyphenated_country_after_in_or_of_is_read_whole(extractor):
    """'the opposition in Guinea-Bissau', 'parties in Congo-Brazzaville': the parse hangs the
    hyphen off the last word, and the name is the whole of it, not Guinea or Congo-Kinshasa."""
    assert _first_countries(
        extractor, "The main opposition in Guinea-Bissau rejected the result of the vote."
    ) == {"GNB"}
    assert _first_countries(
        extractor, "Church leaders in Congo-Brazzaville urged the president to free the detainees."
    ) == {"COG"}
    assert _first_countries(
        extractor, "The prime minister of Guinea-Bissau appealed to Portugal for budget help."
    ) == {"GNB"}


def test_ending_a_strike_or_boycott_is_no_protest(extractor):
    """Ending, suspending or abandoning one's own strike or boycott calls it off: a
    de-escalation (CAMEO 087, as 'called off the strike'), no protest."""
    for text in (
        "Nigerian oil workers ended their week-long strike on Friday.",
        "Kenyan lecturers suspended their strike after the talks.",
        "Shopkeepers in Lome abandoned their boycott of the new market.",
    ):
        types = _types(extractor, text)
        assert "protest" not in types, text
        assert "withdrawal" in types, text


def test_a_strike_begun_stays_a_protest(extractor):
    assert "protest" in _types(extractor, "Nigerian oil workers began a strike on Friday.")


def test_threatened_by_a_process_or_nature_is_no_threat(extractor):
    """A passive 'threatened' whose agent is a process, a trade or a force of nature tells a
    danger, not a threat anyone made."""
    for text in (
        "Gabon's elephants are threatened by poaching and logging.",
        "The mangroves of Guinea are threatened by the clearing of land for rice.",
        "Thousands of Fijian homes are threatened by rising seas and erosion.",
    ):
        assert "threat" not in _types(extractor, text), text


def test_threatened_by_a_party_stays_a_threat(extractor):
    assert "threat" in _types(extractor, "The village was threatened by Liberian rebels.")


def test_a_refusal_in_protest_by_people_is_a_protest(extractor):
    """People (no state) refusing to work 'in protest' strike or boycott: a protest, not a
    rejection; a state's refusal in protest stays a refusal."""
    types = _types(
        extractor, "Ghanaian dockers refused to unload the ships in protest at the new tax."
    )
    assert "protest" in types and "rejection" not in types
    assert "rejection" in _types(
        extractor, "Poland refused to attend the summit in protest at the executions."
    )


def test_things_burned_to_protest_are_a_protest(extractor):
    text = "Angry Haitian youths burned tyres in Port-au-Prince to protest against fuel prices."
    types = _types(extractor, text)
    assert "protest" in types and "attack" not in types


def test_staple_food_sent_to_victims_is_aid(extractor):
    """Staple food sent to the victims of a disaster is aid, as tents and blankets are; rice
    shipped to a country is trade."""
    text = "South Korea sent 500 tonnes of rice to flood victims in North Korea."
    assert "aid" in _types(extractor, text)
    assert "aid" not in _types(
        extractor, "Thailand shipped two million tonnes of rice to Nigeria last year."
    )


def test_a_party_act_in_a_wire_lead_naming_its_country_is_an_event(extractor):
    """One sentence, no article, that names the party's country by its name, demonym or
    capital is a lead of that country's politics: an event, as CAMEO coders have it."""
    assert "accusation" in _types(
        extractor, "Togo's main opposition party accused the president of rigging the census."
    )
    assert "rejection" in _types(
        extractor, "The ruling party in Malawi refused to meet the opposition before the vote."
    )
    assert "appeal" in _types(
        extractor, "The Zambian ruling party urged the opposition to join the commission."
    )


def test_a_party_contest_naming_no_country_stays_at_home(extractor):
    """'The Tories', 'the Labour leader' name a party, not the country: politics at home; so is
    a candidate's campaign promise."""
    assert not _types(extractor, "The Tories accused the Labour government of waste on Monday.")
    assert not _types(
        extractor, "The Peruvian presidential candidate promised voters he would build new roads."
    )
    text = "Togo's main opposition party accused the president of rigging the census. "
    article = text + "Its leader spoke at a rally in the capital. Ministers defended the census."
    assert "accusation" not in _types(extractor, article)


def test_a_trip_for_ones_own_medical_care_is_no_visit(extractor):
    """A leader flying abroad for a check-up or treatment goes for his own care: no visit, no
    aid; a trip for talks stays a visit."""
    for text in (
        "The Gabonese president flew to Paris for a medical check-up, his office said.",
        "The Angolan president went to Spain for medical treatment.",
    ):
        assert not _types(extractor, text) & {"visit", "aid"}, text
    assert "visit" in _types(extractor, "The Gabonese president flew to Paris for talks.")


def test_a_counted_crowd_of_people_marching_to_demand_is_a_protest(extractor):
    """'Several thousand people' is a crowd as 'thousands of people' is: its march to demand
    something is a protest of the place it marches in."""
    found = _extract(
        extractor, "Several thousand people marched in Podgorica on Sunday to demand a recount."
    )
    assert [e["actors"][0]["country"] for e in found if e["type"] == "protest"] == ["MNE"]
    assert not _types(extractor, "Several thousand people attended the funeral in Podgorica.")


def test_deputies_are_lawmakers(extractor):
    """'Deputies' (plural) are the members of a parliament: their walkout in protest is a
    protest of lawmakers."""
    found = _extract(
        extractor,
        "Opposition deputies in Chisinau walked out of parliament in protest at the new tax.",
    )
    assert [(e["type"], e["actors"][0]["code"]) for e in found] == [("protest", "MDALEG")]


def test_a_party_name_after_another_country_is_that_countrys_party(extractor):
    """'The Botswana Democratic Party', "Jamaica's Labour Party": the party of that name of the
    country before it, not the American or British namesake."""
    assert _first_countries(
        extractor, "The Botswana Democratic Party called on the opposition to join the talks."
    ) == {"BWA"}
    assert _first_countries(
        extractor, "Israel's Labour Party urged the government to resume talks with Jordan."
    ) == {"ISR"}
    assert _first_countries(
        extractor, "The British Labour Party leader met the Soviet leader in Moscow."
    ) == {"GBR"}


def test_giving_in_to_a_party_is_a_concession(extractor):
    """'Gave in to the unions', 'caved in to the doctors': a yielding to them, as giving in to
    their demands is; giving in to temptation is none."""
    for text in (
        "The Gabonese government gave in to the teachers' unions on Friday.",
        "The Kenyan government caved in to the striking doctors.",
    ):
        assert "concession" in _types(extractor, text), text
    assert ("concession", "083") in _codes(extractor, "The government gave in to the demands.")
    assert not _types(extractor, "The striker gave in to temptation and shot from distance.")
