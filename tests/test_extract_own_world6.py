"""Classes of the sixth world-news precision study (issue 10: twelve more whole articles in
1987 wire style where real events are few, ``benchmarks/data/own_world6.*``): a rocket sent
into space is fired at no one, a war or a losing battle against ills or with tools is a
figure, forces sent to rescue or feed people at home bring relief, talks with a union and a
blockade by strikers or fishermen are labour and trade, a barrage named by a proper name is a
dam, an invasion only feared has not happened, rights or interests surrendered are no
withdrawal, a programme attacked is criticised, instruments of ratification exchanged seal an
accord, 'the two ministers' are the pair named before, private people's refusals and a
hardship not allowed are no rejection; and the set's score floor. Sentences
written for the test."""

from __future__ import annotations

from article_sets import set_summary
from event_helpers import country_codes, events_of_type, extract_events
from test_extract_own_world4 import _armed


def test_a_rocket_sent_into_space_is_fired_at_no_one(extractor):
    for text in (
        "India launched its heaviest rocket yet from the Sriharikota space centre on Friday.",
        "The observatory has launched every Soviet manned flight since 1961.",
    ):
        events = extract_events(extractor, text)
        assert not _armed(events) and not events_of_type(events, "threat"), text
    text = "Afghan rebels launched rockets at the airport in Kandahar on Friday."
    assert _armed(extract_events(extractor, text))


def test_a_war_on_an_ill_or_a_losing_battle_with_tools_is_a_figure(extractor):
    for text in (
        "The premier said his cabinet was waging a war against hunger in the north.",
        '"We are fighting a losing battle with too few beds," said an Indian nurse.',
    ):
        assert not _armed(extract_events(extractor, text)), text
    text = "Government troops are fighting a losing battle against the rebels in the north."
    assert events_of_type(extract_events(extractor, text), "clash")
    text = "Kabul said Pakistan was waging an undeclared war against its neighbour."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_forces_that_rescue_or_feed_people_at_home_bring_relief(extractor):
    for text, etype in (
        (
            "Navy boats have been deployed along the coast to rescue villagers stranded "
            "by the cyclone.",
            "deployment",
        ),
        ("Soldiers dropped blankets from helicopters to villages cut off by the snow.", "aid"),
    ):
        assert not events_of_type(extract_events(extractor, text), etype), text
    text = "The Indian government sent troops to rescue hostages held by Sikh militants."
    assert events_of_type(extract_events(extractor, text), "deployment")
    text = "Israeli planes dropped food to Ethiopian villages cut off by the fighting."
    found = events_of_type(extract_events(extractor, text), "aid")
    assert found and country_codes(found[0]["targets"]) == {"ETH"}


def test_talks_with_a_union_and_a_blockade_by_strikers_are_labour(extractor):
    for text, etype in (
        (
            "The minister said police would not move in while talks with the union continued.",
            "meeting",
        ),
        (
            "Striking Belgian seamen blockaded Zeebrugge harbour with two ferries today, "
            "stranding hundreds of drivers.",
            "blockade",
        ),
        ("In 1984 police broke a blockade of Boulogne by fishermen.", "blockade"),
    ):
        assert not events_of_type(extract_events(extractor, text), etype), text
    text = "Iranian gunboats blockaded the port of Basra on Monday."
    assert events_of_type(extract_events(extractor, text), "blockade")
    text = "Shultz held talks with the Soviet Union's foreign minister in Geneva."
    assert events_of_type(extract_events(extractor, text), "meeting")


def test_a_barrage_named_by_a_proper_name_is_a_dam(extractor):
    text = "Engineers opened the gates at the Sukkur barrage on the Indus on Sunday."
    assert not events_of_type(extract_events(extractor, text), "shelling")
    text = "An Iraqi artillery barrage hit Basra on Tuesday."
    assert events_of_type(extract_events(extractor, text), "shelling")


def test_an_invasion_only_feared_has_not_happened(extractor):
    text = "The engineers stopped digging in 1882, fearing a French invasion."
    assert not _armed(extract_events(extractor, text))
    text = "Iraq faced a fierce Iranian attack near Basra on Tuesday."
    assert events_of_type(extract_events(extractor, text), "attack")


def test_rights_surrendered_are_no_withdrawal(extractor):
    text = "Critics said the minister had surrendered the country's fishing rights."
    assert not events_of_type(extract_events(extractor, text), "withdrawal")
    text = "Iraqi troops surrendered the town to Iranian forces after a week of fighting."
    assert events_of_type(extract_events(extractor, text), "withdrawal")


def test_a_programme_attacked_is_criticised(extractor):
    text = "The Soviet spokesman attacked the American Strategic Defence Initiative."
    events = extract_events(extractor, text)
    assert not _armed(events) and events_of_type(events, "accusation")


def test_instruments_of_ratification_exchanged_seal_an_accord(extractor):
    text = "Spain and Portugal exchanged instruments of ratification of the fisheries treaty."
    found = events_of_type(extract_events(extractor, text), "agreement")
    assert found and {"ESP", "PRT"} <= country_codes(found[0]["actors"] + found[0]["targets"])


def test_the_two_ministers_are_the_pair_named_before(extractor):
    text = (
        "ROME, May 4 - Spanish Foreign Minister Francisco Fernandez Ordonez telephoned his "
        "Greek counterpart today. An aide said the two ministers would meet in Rome on Friday."
    )
    found = events_of_type(extract_events(extractor, text, "1987-05-04T12:00:00Z"), "meeting")
    assert found and "ITA" not in country_codes(found[0]["actors"])
    assert country_codes(found[0]["actors"] + found[0]["targets"]) == {"ESP", "GRC"}


def test_private_refusals_and_hardships_not_allowed_are_no_rejection(extractor):
    for text in (
        "Most refugees now refuse to return home while the fighting goes on, relief workers say.",
        "The president told farmers that his government was buying more grain and would not "
        "let a single person starve.",
    ):
        assert not events_of_type(extract_events(extractor, text), "rejection"), text
    for text in (
        "Thousands of Afghan refugees refuse to return home while Soviet troops remain.",
        "Israel would not let the ship dock at Haifa.",
    ):
        assert events_of_type(extract_events(extractor, text), "rejection"), text


def test_own_world6_articles_score_at_least_the_floor(capsys, benchmark_extractor):
    summary = set_summary(capsys, "own_world6")
    assert summary["articles"] == 12 and summary["required"] == 30
    assert summary["recall"] >= 0.79
    assert summary["precision"] >= 0.6
    assert summary["dates"] >= 0.9
