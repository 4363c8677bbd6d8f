"""The own-wording CAMEO set (benchmarks/data/cameo_own.jsonl: sentences written for the
project, one or more per CAMEO code, and sentences with no event) scored the way
benchmarks/cameo_eval.py scores it, and the rules the coverage study added, each on
sentences written for the test."""

from __future__ import annotations

import json

import pytest
from test_cameo_eval import REPO, _cameo_eval

from stream.extract import Article

OWN = REPO / "benchmarks" / "data" / "cameo_own.jsonl"
OWN2 = REPO / "benchmarks" / "data" / "cameo_own2.jsonl"
OWN3 = REPO / "benchmarks" / "data" / "cameo_own3.jsonl"
OWN4 = REPO / "benchmarks" / "data" / "cameo_own4.jsonl"
OWN5 = REPO / "benchmarks" / "data" / "cameo_own5.jsonl"
OWN6 = REPO / "benchmarks" / "data" / "cameo_own6.jsonl"
OWN7 = REPO / "benchmarks" / "data" / "cameo_own7.jsonl"
OWN8 = REPO / "benchmarks" / "data" / "cameo_own8.jsonl"
FLOOR8 = 0.62  # a bit under the score after batch 9's classes (0.642)
OWN9 = REPO / "benchmarks" / "data" / "cameo_own9.jsonl"
FLOOR9 = (
    0.85  # a bit under the score after batch 10's classes (0.879 in 0.2.21; first unseen 0.841)
)
OWN10 = REPO / "benchmarks" / "data" / "cameo_own10.jsonl"
FLOOR10 = 0.82  # a bit under the score after batch 11's classes (0.835; first unseen 0.795)
OWN11 = REPO / "benchmarks" / "data" / "cameo_own11.jsonl"
FLOOR11 = 0.77  # a bit under the score after batch 12's classes (0.790; first unseen 0.735)
OWN12 = REPO / "benchmarks" / "data" / "cameo_own12.jsonl"
FLOOR12 = 0.74  # a bit under the score after batch 13's classes (0.756; first unseen 0.716)
OWN13 = REPO / "benchmarks" / "data" / "cameo_own13.jsonl"
FLOOR13 = 0.87  # a bit under the score after batch 14's classes (0.896; first unseen 0.854)
OWN14 = REPO / "benchmarks" / "data" / "cameo_own14.jsonl"
FLOOR14 = 0.87  # a bit under the score after batch 15's classes (first unseen 0.805)
OWN15 = REPO / "benchmarks" / "data" / "cameo_own15.jsonl"
FLOOR15 = 0.85  # a bit under the score after batch 16's classes (0.877; first unseen 0.832)
OWN16 = REPO / "benchmarks" / "data" / "cameo_own16.jsonl"
FLOOR16 = 0.80  # a bit under the score after batch 17's classes (0.818; first unseen 0.778)
OWN17 = REPO / "benchmarks" / "data" / "cameo_own17.jsonl"
FLOOR17 = 0.84  # a bit under the score after batch 18's classes (0.864; first unseen 0.802)
OWN18 = REPO / "benchmarks" / "data" / "cameo_own18.jsonl"
FLOOR18 = 0.87  # a bit under the score after batch 19's classes (0.894; first unseen 0.860)
OWN19 = REPO / "benchmarks" / "data" / "cameo_own19.jsonl"
FLOOR19 = 0.86  # under the score after its classes (0.888; first unseen 0.825, 0.855 recoded)
OWN20 = REPO / "benchmarks" / "data" / "cameo_own20.jsonl"
FLOOR20 = 0.87  # under the score after its classes (0.897; first unseen 0.865, 0.874 recoded)
OWN21 = REPO / "benchmarks" / "data" / "cameo_own21.jsonl"
FLOOR21 = 0.87  # under the score after its classes (0.89; first unseen 0.855)
OWN22 = REPO / "benchmarks" / "data" / "cameo_own22.jsonl"
FLOOR22 = 0.84  # under the score after its classes (0.862; first unseen 0.849)
OWN23 = REPO / "benchmarks" / "data" / "cameo_own23.jsonl"
FLOOR23 = 0.89  # under the score after its classes (0.917; first unseen 0.888)
OWN24 = REPO / "benchmarks" / "data" / "cameo_own24.jsonl"
FLOOR24 = 0.88  # under the score after its classes (0.897; first unseen 0.861)
OWN25 = REPO / "benchmarks" / "data" / "cameo_own25.jsonl"
FLOOR25 = 0.92  # under the score after its classes (0.943; first unseen 0.899)
OWN26 = REPO / "benchmarks" / "data" / "cameo_own26.jsonl"
FLOOR26 = 0.87  # under the score after its classes (0.888; first unseen 0.871)
OWN27 = REPO / "benchmarks" / "data" / "cameo_own27.jsonl"
FLOOR27 = 0.83  # under the score after its classes (0.854; first unseen 0.842)
OWN28 = REPO / "benchmarks" / "data" / "cameo_own28.jsonl"
FLOOR28 = 0.84  # under the score after its classes (0.850; first unseen 0.825)
OWN29 = REPO / "benchmarks" / "data" / "cameo_own29.jsonl"
FLOOR29 = 0.87  # under the score after its classes (0.894; first unseen 0.837)
OWN30 = REPO / "benchmarks" / "data" / "cameo_own30.jsonl"
FLOOR30 = 0.84  # under the score after its classes (0.856; first unseen 0.817, 0.828 recoded)
OWN31 = REPO / "benchmarks" / "data" / "cameo_own31.jsonl"
FLOOR31 = 0.85  # under the score after its classes (0.877; first unseen 0.837)
OWN32 = REPO / "benchmarks" / "data" / "cameo_own32.jsonl"
FLOOR32 = 0.87  # under the score after its classes (0.891; first unseen 0.880)
OWN33 = REPO / "benchmarks" / "data" / "cameo_own33.jsonl"
FLOOR33 = 0.85  # under the score after its classes (0.873; first unseen 0.841)
OWN34 = REPO / "benchmarks" / "data" / "cameo_own34.jsonl"
FLOOR34 = 0.93  # under the score after its classes (0.957; first unseen 0.900)
OWN35 = REPO / "benchmarks" / "data" / "cameo_own35.jsonl"
FLOOR35 = 0.88  # under the score after its classes (0.911; first unseen 0.857)
OWN36 = REPO / "benchmarks" / "data" / "cameo_own36.jsonl"
FLOOR36 = 0.89  # under the score after its classes (0.900; first unseen 0.866)


def _extract(extractor, text: str) -> list[dict]:
    return extractor.extract(Article(id="t", text=text, published_at="2005-01-20T12:00:00Z"))


def _codes(extractor, text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["cameo"]) for e in _extract(extractor, text) if not e["negated"]}


def _own_scores(extractor, path, least: int = 200, none_least: int = 30) -> dict[str, float]:
    cameo_eval = _cameo_eval()
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) > least and sum(r["no_event"] for r in records) >= none_least
    table = cameo_eval.load_family_table(cameo_eval.FAMILY_TABLE)
    articles = [Article(id=r["id"], text=r["text"], published_at=None) for r in records]
    predictions = extractor.extract_many(articles)
    return cameo_eval.evaluate(records, predictions, table, 0.0, False)


def _types(extractor, text: str) -> set[str]:
    return {t for t, _ in _codes(extractor, text)}


def _armed(extractor, text: str) -> bool:
    return bool(_types(extractor, text) & {"attack", "clash"})


def test_own_wording_set_keeps_its_family_and_source_scores(extractor):
    result = _own_scores(extractor, OWN)
    assert result["family_f1"] >= 0.89, result
    assert result["source_country_accuracy"] >= 0.97, result


def test_third_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Titles, non-state actors, passive voice, reported speech, hedged forms, wire style."""
    result = _own_scores(extractor, OWN2)
    assert result["family_f1"] >= 0.82, result
    assert result["source_country_accuracy"] >= 0.95, result


def test_fourth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Datelines, present perfect, headlines, two acts in a sentence, capitals, institutions,
    armed and ethnic groups (first unseen score 0.782)."""
    result = _own_scores(extractor, OWN3)
    assert result["family_f1"] >= 0.82, result
    assert result["source_country_accuracy"] >= 0.97, result


def test_fifth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Verbs and frames away from the batches before (wire datelines, present perfect,
    headlines, two acts, capitals, institutions, armed and ethnic groups; first unseen score
    0.650, 0.800 after the rules of its round)."""
    result = _own_scores(extractor, OWN4)
    assert result["family_f1"] >= 0.79, result
    assert result["source_country_accuracy"] >= 0.95, result


def test_sixth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Verbs and frames away from batches 1-5 (wire datelines, present perfect, headlines,
    two acts, capitals, titles, institutions, armed, ethnic and religious groups; first
    unseen score 0.575, source 0.897)."""
    result = _own_scores(extractor, OWN5)
    assert result["family_f1"] >= 0.82, result
    assert result["source_country_accuracy"] >= 0.91, result


def test_seventh_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Verbs and frames away from batches 1-6 (1980s wire copy with attribution, present
    perfect, headlines, two acts; unnamed crowds and police, armed and ethnic groups; first
    unseen score 0.648, source 0.955)."""
    result = _own_scores(extractor, OWN6)
    assert result["family_f1"] >= 0.68, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_eighth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Vocabulary and frames kept away from batches 1-7 (idioms, phrasal verbs, mandative
    clauses, ultimatums with a time limit; first unseen score 0.569, source 0.916)."""
    result = _own_scores(extractor, OWN7)
    assert result["family_f1"] >= 0.69, result
    assert result["source_country_accuracy"] >= 0.90, result


def test_ninth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Vocabulary and frames kept away from batches 1-8 (first unseen score 0.507, source
    0.953)."""
    result = _own_scores(extractor, OWN8)
    assert result["family_f1"] >= FLOOR8, result
    assert result["source_country_accuracy"] >= 0.92, result


def test_tenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Common newsroom verbs, ten sentences a CAMEO root, kept away from batches 1-9 (first
    unseen score 0.841, source 0.937)."""
    result = _own_scores(extractor, OWN9)
    assert result["family_f1"] >= FLOOR9, result
    assert result["source_country_accuracy"] >= 0.93, result


def test_eleventh_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Modern news in the style of the PLOVER gold records, CAMEO-manual examples over all 20
    roots, eventful-looking sentences with no event (first unseen score 0.795, source 0.939)."""
    result = _own_scores(extractor, OWN10)
    assert result["family_f1"] >= FLOOR10, result
    assert result["source_country_accuracy"] >= 0.92, result


def test_twelfth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Modern news in the style of the PLOVER gold records with the act in a reported or
    subordinate clause, CAMEO-manual examples over all 20 roots, eventful-looking sentences
    with no event (first unseen score 0.735, source 0.929)."""
    result = _own_scores(extractor, OWN11)
    assert result["family_f1"] >= FLOOR11, result
    assert result["source_country_accuracy"] >= 0.90, result


def test_thirteenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Modern news with the act in a reported clause, a nominal act or a passive, actors named
    by adjective or title, CAMEO-manual examples over all 20 roots, eventful-looking sentences
    with no event (first unseen score 0.716, 0.736 after six codes were corrected)."""
    result = _own_scores(extractor, OWN12)
    assert result["family_f1"] >= FLOOR12, result
    assert result["source_country_accuracy"] >= 0.93, result


def test_fourteenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Modern news with ministries, militias, NGOs, courts, companies and UN bodies as actors,
    CAMEO-manual examples over all 20 roots, eventful-looking sentences with no event (first
    unseen score 0.854, source 0.961)."""
    result = _own_scores(extractor, OWN13)
    assert result["family_f1"] >= FLOOR13, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_fifteenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """News from the 1960s to the 2020s with states, armed groups, NGOs, courts and UN bodies
    as actors, reported speech, passives, nominal acts and coordination, eventful-looking
    sentences with no event (first unseen score 0.805, source 0.987)."""
    result = _own_scores(extractor, OWN14)
    assert result["family_f1"] >= FLOOR14, result
    assert result["source_country_accuracy"] >= 0.96, result


def test_sixteenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """News from the 1960s to the 2020s with states, armed groups, NGOs, courts and UN bodies
    as actors, reported speech, passives, nominal acts, coordination and titles without names,
    eventful-looking sentences with no event (first unseen score 0.832, source 0.912)."""
    result = _own_scores(extractor, OWN15)
    assert result["family_f1"] >= FLOOR15, result
    assert result["source_country_accuracy"] >= 0.89, result


def test_seventeenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Modern news and manual-style examples with reported and subordinate clauses, nominal
    acts, passives, titles without names, actors named by demonym and two events in one
    sentence, eventful-looking sentences with no event (first unseen score 0.778, source
    0.912)."""
    result = _own_scores(extractor, OWN16)
    assert result["family_f1"] >= FLOOR16, result
    assert result["source_country_accuracy"] >= 0.90, result


def test_eighteenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """International news wire in the style of 1985-2015 with datelines and attribution,
    passives, nominal acts, officials by title and demonyms, manual-style examples over all 20
    roots, eventful-looking sentences with no event (first unseen score 0.802, source 0.942)."""
    result = _own_scores(extractor, OWN17)
    assert result["family_f1"] >= FLOOR17, result
    assert result["source_country_accuracy"] >= 0.92, result


def test_nineteenth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Online news of 2000-2015 with attribution ('according to'), officials with full titles,
    militias, insurgent groups, NGOs, UN agencies and regional bodies as actors, from West and
    Central Africa, Central Asia, the Balkans, Central America, the Gulf and South-East Asia;
    eventful-looking sentences with no event (first unseen score 0.860, source 0.938)."""
    result = _own_scores(extractor, OWN18)
    assert result["family_f1"] >= FLOOR18, result
    assert result["source_country_accuracy"] >= 0.95, result


def test_twentieth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Agency reports of the 1990s (Balkans, Caucasus and Chechnya, Great Lakes, Central Asia,
    Kashmir, the Koreas, Taiwan Strait, Sierra Leone): ceasefires, calls, recognition,
    withdrawals, blockades, signed accords, visits and talks, officials named by title only,
    agency attributions; eventful-looking sentences with no event (first unseen score 0.825,
    source 0.964)."""
    result = _own_scores(extractor, OWN19)
    assert result["family_f1"] >= FLOOR19, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_twenty_first_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Agency reports of the 1980s and 2000s from small states of Latin America, West and
    Southern Africa, the Baltics, the Balkans, Central Europe, Mongolia and the Pacific:
    reported and nominal requests, conditional threats and ultimatums, refusals, concessions,
    domestic protests and strikes, police coercion; eventful-looking sentences and words in
    other senses with no event (first unseen score 0.865, source 0.956)."""
    result = _own_scores(extractor, OWN20)
    assert result["family_f1"] >= FLOOR20, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_twenty_second_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Agency reports of the 1980s and 2000s from the states the batches code least (island
    states of the Caribbean, the Indian Ocean and the Pacific, Congo-Brazzaville, Comoros, Sao
    Tome, Cape Verde, Equatorial Guinea, Brunei, Luxembourg, Malta, Iceland, Slovenia, Moldova,
    Lesotho, Swaziland, Botswana, Namibia, Djibouti, Mauritania, Benin): reported, passive and
    nominal requests, conditional threats, refusals, concessions, domestic protests and strikes,
    police coercion, domestic acts between parties and officials, the rarest families; no-event
    sentences with words in other senses (first unseen score 0.855, source 0.964)."""
    result = _own_scores(extractor, OWN21)
    assert result["family_f1"] >= FLOOR21, result
    assert result["source_country_accuracy"] >= 0.95, result


def test_twenty_third_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Agency reports of the 1980s and of 2004-2005 (BBC News, AFP, Xinhua, BBC Monitoring),
    half on economic diplomacy, aid and debt, the G7, IMF, EU trade, Iraq, Iran and Darfur,
    with British, German and French ministers named by title only and international bodies as
    actors; the rarest families; reported, passive, conditional and nominal requests, threats,
    refusals and concessions; party acts whose country only a leader's name or a capital
    gives; business, market and sports news with no event (first unseen score 0.849, source
    0.965)."""
    result = _own_scores(extractor, OWN22)
    assert result["family_f1"] >= FLOOR22, result
    assert result["source_country_accuracy"] >= 0.95, result


def test_twenty_fourth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Agency reports in the style of the 1980s and 1990s (the Middle East peace process, the
    Gulf, the Balkans, the former Soviet Union, Africa's civil wars, Asia) with the dev set's
    family mix: sources named by a capital, a ministry or a seat of government, leaders by
    their name alone, rebels and parties of a country, international bodies, headline-like
    sentences, sentences with two events, and 41 with no event (first unseen score 0.888,
    source 0.946)."""
    result = _own_scores(extractor, OWN23)
    assert result["family_f1"] >= FLOOR23, result
    assert result["source_country_accuracy"] >= 0.93, result


def test_twenty_fifth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """Agency reports in the style of the 1980s and early 1990s (the Iran-Iraq war, Lebanon,
    Central America, southern Africa, the end of the Soviet bloc, South and East Asia) with the
    dev set's family mix: reported speech, passives, nominal acts as subjects, officials by
    title only, rebel fronts, parties, unions and police acting at home, headlines, and 45
    sentences with no event (first unseen score 0.861, source 0.914)."""
    result = _own_scores(extractor, OWN24)
    assert result["family_f1"] >= FLOOR24, result
    assert result["source_country_accuracy"] >= 0.93, result


def test_twenty_sixth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """World and wire news of 1985-2010 with the dev set's CAMEO root mix: states, leaders by
    name and title, rebels, IGOs, police and courts; passives, nominal acts, reported speech,
    relative clauses, two events in one sentence, and 14 sentences with no event that look
    like events (first unseen score 0.899, source 0.928)."""
    result = _own_scores(extractor, OWN25, least=80, none_least=12)
    assert result["family_f1"] >= FLOOR25, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_twenty_seventh_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1985-2010 news of Latin America in the 1980s, Africa in the 1990s and Central Asia with
    the dev set's CAMEO root mix: states, leaders, rebels, militias, IGOs, police, courts and
    opposition parties; passives, nominal acts, datelines, two events in one sentence, and 13
    sentences with no event that look like events (first unseen score 0.871, source 0.972)."""
    result = _own_scores(extractor, OWN26, least=80, none_least=12)
    assert result["family_f1"] >= FLOOR26, result
    assert result["source_country_accuracy"] >= 0.96, result


def test_twenty_eighth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1985-2010 news of South and South-East Asia, the Caucasus, West Africa, the Andes and
    the Gulf states with the dev set's CAMEO root mix: states, leaders, rebels, militias, IGOs,
    police, courts, unions and students; passives, nominal acts, datelines, two events in one
    sentence, and 13 sentences with no event that look like events (first unseen score 0.842,
    source 0.971)."""
    result = _own_scores(extractor, OWN27, least=80, none_least=12)
    assert result["family_f1"] >= FLOOR27, result
    assert result["source_country_accuracy"] >= 0.96, result


def test_twenty_ninth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1985-2010 news of Central America and the Caribbean, the Horn of Africa, Central Asia,
    the Balkans, the Korean peninsula, Southern Africa, Eastern Europe 1989-91 and North
    Africa with the dev set's CAMEO root mix: states, leaders, rebels, militias, IGOs, NGOs,
    the Vatican, police, unions and students; passives, nominal acts, datelines, two events in
    one sentence, and 13 sentences with no event that look like events (first unseen score
    0.825, source 0.953)."""
    result = _own_scores(extractor, OWN28, least=80, none_least=12)
    assert result["family_f1"] >= FLOOR28, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_thirtieth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """2000-2024 news of the Pacific islands, the South China Sea, the Arctic and North
    Atlantic fisheries, South Asia's borders, the Caucasus since 2008, the Andes since 2015
    and the Sahel coups with the dev set's CAMEO root mix: states, leaders, coast guards,
    police, juntas, rebels and jihadists, IGOs, NGOs, unions and protesters; reported speech,
    passives, nominal acts, datelines, two events in one sentence, and 13 sentences with no
    event that look like events (first unseen score 0.837, source 0.986)."""
    result = _own_scores(extractor, OWN29, least=80, none_least=12)
    assert result["family_f1"] >= FLOOR29, result
    assert result["source_country_accuracy"] >= 0.96, result


def test_thirty_first_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1975-2024 news of the Eritrea-Ethiopia war, Yugoslavia in 1991-92, the Gulf crisis,
    Aceh and East Timor, Myanmar after the 2021 coup, Central America's peace process, the
    Red Sea and the Houthis, the Great Lakes of 1996-2003 and Cold War Europe over the whole
    CAMEO range: states, leaders by name and title, juntas, rebels, militias, IGOs, NGOs,
    the Vatican, unions, students and protesters; reported speech, passives, nominal acts,
    demonyms, two events in one sentence, and 12 sentences with no event that look like
    events (first unseen score 0.817, 0.828 with 'agreed on a ceasefire' recoded 0356;
    source 1.0)."""
    result = _own_scores(extractor, OWN30, least=80, none_least=12)
    assert result["family_f1"] >= FLOOR30, result
    assert result["source_country_accuracy"] >= 0.97, result


def test_thirty_second_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """2008-2023 news of Mali and the Sahel, Venezuela in 2019, Colombia's talks with the
    FARC, the war in Ukraine, Boko Haram, the end of Sri Lanka's war, Tigray, Kosovo and
    Serbia, the India-China border, the Caucasus and the South China Sea over the whole
    CAMEO range: states, leaders by name and title, juntas, rebels, jihadists, IGOs, NGOs,
    a court, police and protesters; reported speech, passives, nominal acts, demonyms, two
    events in one sentence, and 12 sentences with no event that look like events (first
    unseen score 0.837, source 0.978)."""
    result = _own_scores(extractor, OWN31, least=100, none_least=12)
    assert result["family_f1"] >= FLOOR31, result
    assert result["source_country_accuracy"] >= 0.97, result


def test_thirty_third_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1979-1993 wire news of the Iran-Iraq and tanker wars, Lebanon, Central America,
    southern Africa, Cambodia, Afghanistan, the Falklands, Chad and Libya, Cyprus, Northern
    Ireland, India and Sri Lanka, the Koreas, Poland and the arms talks over the whole CAMEO
    range: states, capitals, leaders by name and title, juntas, guerrillas, kidnappers, the
    Pope, IGOs, NGOs, police and protesters; reported speech, passives, nominal acts,
    demonyms, two events in one sentence, and 13 sentences with no event that look like
    events (first unseen score 0.880, source 0.959)."""
    result = _own_scores(extractor, OWN32, least=140, none_least=13)
    assert result["family_f1"] >= FLOOR32, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_thirty_fourth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1979-1993 wire news from the Africa, Asia and Latin America desks (Ethiopia and
    Eritrea, Sudan, Uganda, Liberia, Somalia, Western Sahara, Peru, Colombia, Guatemala,
    Nicaragua, Panama, Haiti, Burma, the Philippines, East Timor, Bangladesh, Kashmir and
    Punjab, China and Vietnam, Tiananmen, the Gulf crisis) over the whole CAMEO range:
    states, capitals, leaders by name and title, juntas, guerrillas, cartels, IGOs, NGOs, the
    Pope, a court, police, students and strikers; reported speech, passives, nominal acts,
    demonyms, claims of responsibility, 'after' clauses, two events in one sentence, and 12
    sentences with no event that look like events (first unseen score 0.841, source 0.968)."""
    result = _own_scores(extractor, OWN33, least=110, none_least=12)
    assert result["family_f1"] >= FLOOR33, result
    assert result["source_country_accuracy"] >= 0.94, result


def test_thirty_fifth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1994-2008 wire news from the Europe and former Soviet Union desks (Chechnya, Georgia,
    Abkhazia and South Ossetia, Nagorno-Karabakh, Transnistria, the Baltic withdrawals,
    Kosovo, Macedonia in 2001, the Orange Revolution, the gas disputes, Belarus, the Annan
    plan, IRA decommissioning, ETA) over the whole CAMEO range: states, capitals, leaders by
    name and title, separatists, guerrillas named by their people, a gas monopoly, IGOs,
    NGOs, the Pope, courts and police; reported speech, passives, nominal acts, demonyms,
    'after' clauses, two events in one sentence, and 12 sentences with no event that look
    like events (first unseen score 0.900, source 0.939)."""
    result = _own_scores(extractor, OWN34, least=110, none_least=12)
    assert result["family_f1"] >= FLOOR34, result
    assert result["source_country_accuracy"] >= 0.93, result


def test_thirty_sixth_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """2009-2022 wire news from the Middle East, Africa and Asia-Pacific desks (the Arab
    Spring, Libya 2011, Syria, Yemen and the Saudi-led coalition, the Qatar blockade, South
    Sudan, the Iran nuclear talks, the Islamic State, North Korea's tests and summits, Myanmar,
    the Doha talks, Sudan 2019, Hong Kong 2019, Gaza, Karabakh 2020) over the whole CAMEO
    range: states, capitals, leaders by name and title, rebels and jihadists, Kurdish fighters,
    state oil companies, IGOs, NGOs, the Pope, courts, prosecutors and police; reported speech,
    passives, nominal acts, demonyms, two events in one sentence, and 13 sentences with no event
    that look like events (first unseen score 0.857, source 0.936)."""
    result = _own_scores(extractor, OWN35, least=110, none_least=12)
    assert result["family_f1"] >= FLOOR35, result
    assert result["source_country_accuracy"] >= 0.92, result


def test_thirty_seventh_own_wording_batch_keeps_its_family_and_source_scores(extractor):
    """1995-2022 wire news from the Latin America, South and Central Asia and Balkans and
    Caucasus desks (the Peru-Ecuador war, Colombia's raid into Ecuador, Honduras 2009, Haiti,
    Bolivia 2019, Venezuela, Cuba and the United States, Nicaragua 2018, Mexico's drug war,
    India and Pakistan from 2001 to Balakot, Kashmir, Nepal's Maoists, Afghanistan 2021,
    Kyrgyzstan, Andijan, Georgia 2008, Kosovo, Macedonia's name, Armenia 2018, Karabakh 2016)
    over the whole CAMEO range: states, capitals, leaders by name and title, rebels and
    separatists named by their people, cartels, police of a region, IGOs, NGOs, courts;
    reported speech, passives, nominal acts, an act condemned, two events in one sentence,
    and 12 sentences with no event that look like events (first unseen score 0.866, source
    0.973)."""
    result = _own_scores(extractor, OWN36, least=140, none_least=12)
    assert result["family_f1"] >= FLOOR36, result
    assert result["source_country_accuracy"] >= 0.96, result


def test_fifteenth_batch_frames(extractor):
    """Frames with no trigger (or the wrong one) before batch 15, each in a wording of its own."""
    cases = {
        "Canada pulled its ambassador out of Riyadh.": ("sanction", "166"),
        "Angry students set the ruling party's office on fire in Dhaka.": ("protest", "145"),
        "Crowds broke into the presidential palace in Colombo.": ("protest", "145"),
        "Chinese hackers broke into the email accounts of Czech diplomats.": ("coercion", "176"),
        "The Sudanese air force bombed a market in Darfur.": ("airstrike", "195"),
        "Russian bombers flew into Japanese airspace near Hokkaido.": ("military_exercise", "150"),
        "Iran launched a missile over Iraq on Tuesday.": ("military_exercise", "150"),
        "Seoul raised the alert level of its border units.": ("military_exercise", "151"),
        "Pyongyang barred UN monitors from the reactor site.": ("sanction", "1662"),
        "The Greek premier saw little hope of a deal with Ankara this year.": ("statement", "012"),
        "Athens ordered a naval quarantine of the rebel port.": ("blockade", "191"),
        "Ankara denounced Vienna's expulsion of three Turkish diplomats.": ("sanction", "166"),
        "The last Cuban troops crossed the border out of Angola in May 1991.": (
            "withdrawal",
            "0874",
        ),
        "The Jordanian king landed in Tokyo on Monday for three days of talks.": ("visit", "042"),
        "The Red Cross sent a team of doctors to the Libyan port of Misrata.": ("aid", "073"),
        "Jordan reopened its border crossing with Syria after three years.": ("withdrawal", "0872"),
        "Ethiopia cut off internet access in the Tigray region.": ("coercion", "1721"),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))
    assert "withdrawal" not in _types(extractor, "Canada pulled its ambassador out of Riyadh.")
    assert "attack" not in _types(
        extractor, "Angry students set the ruling party's office on fire in Dhaka."
    )
    assert "coercion" not in _types(
        extractor, "Ankara denounced Vienna's expulsion of three Turkish diplomats."
    )
    assert "blockade" not in _types(
        extractor, "The health ministry ordered a quarantine of the town after the outbreak."
    )


def test_took_part_is_an_idiom_not_a_seizure(extractor):
    """'took part in joint drills' takes nothing: the idiom makes no occupation, and the
    drills stay the forces' cooperation."""
    for text in (
        "Egyptian and Sudanese paratroopers took part in joint manoeuvres near Aswan.",
        "Moroccan paratroopers took part in a parade in Rabat.",
    ):
        assert "occupation" not in _types(extractor, text), text


def test_a_disease_outbreak_or_a_blast_at_works_kills_in_no_armed_act(extractor):
    """'A measles outbreak killed 30 children' is a disaster's toll, as floods' are, and an
    explosion at a mine with no bomb named an accident."""
    assert not _armed(
        extractor, "A measles outbreak has killed 30 children in Congo's Kasai region."
    )
    assert _armed(extractor, "Militiamen killed 30 children in Congo's Kasai region.")
    assert not _armed(extractor, "An explosion at a chemical plant in Tianjin killed 40 workers.")
    assert _armed(extractor, "A bomb blast at a power plant in Quetta killed 12 guards.")


def test_people_forced_out_or_killed_en_masse(extractor):
    """Tens of thousands of people forced out of a country are a mass expulsion (201), as
    deported ones are; thousands of suspected communists killed are a mass killing (202)."""
    forced = _codes(
        extractor, "The Ugandan government forced 60,000 Kenyan traders out of the country."
    )
    assert ("mass_violence", "201") in forced, forced
    killed = _codes(extractor, "Soldiers killed thousands of suspected communists in Java.")
    assert ("mass_violence", "202") in killed, killed


def test_killing_one_leader_is_an_assassination(extractor):
    """A state's forces killing one named leader or commander assassinate him (186); killing
    a number of fighters stays a battle."""
    one = _codes(extractor, "Turkish jets killed the PKK commander in a strike near Sulaimaniya.")
    assert ("attack", "186") in one, one
    many = _codes(extractor, "Government troops killed 30 rebels near Goma.")
    assert ("attack", "186") not in many and ("attack", "190") in many, many


def test_games_and_regular_sittings_are_no_meetings(extractor):
    """A tour or meeting in a sentence naming a sport or its players and no office holder is a
    fixture, and a board's 'fourth consecutive meeting' a sitting counted; a leader's tour, or
    a president flying in to watch a cricket test, stays a visit."""
    for text in (
        "The Indian cricket team began a tour of Australia.",
        "The Kenyan sprinter broke the world record at a meeting in Nairobi.",
        "The Fed held its rates for a fourth consecutive meeting.",
    ):
        assert not _types(extractor, text) & {"meeting", "visit"}, text
    assert "visit" in _types(extractor, "The Indian prime minister began a tour of Africa.")
    assert "visit" in _types(
        extractor, "Pakistan's president flew into India to watch a cricket test."
    )


def test_leaders_of_earlier_decades_have_a_country(extractor):
    """Heads of state of the 1950s-1970s named by surname or title and surname."""
    visit = _extract(extractor, "President Nixon flew to Moscow for talks with Brezhnev.")
    assert any(a["country"] == "USA" for e in visit for a in e["actors"]), visit
    for text, country in (
        ("Khrushchev threatened West Germany over Berlin.", "RUS"),
        ("De Gaulle vetoed Britain's entry into the Common Market.", "FRA"),
    ):
        events = _extract(extractor, text)
        assert any(e["actors"] and e["actors"][0]["country"] == country for e in events), events


def test_a_hyphened_country_name_is_no_province_of_another(extractor):
    """'Timor-Leste' is not Guinea-Bissau's Leste province."""
    events = _extract(extractor, "Timor-Leste protested to Jakarta over the border shooting.")
    assert not any(a["country"] == "GNB" for e in events for a in e["actors"]), events


def test_armed_groups_killing_civilians_is_violence_not_battle(extractor):
    """Gunmen or an armed group killing civilians or a bare number is unconventional
    violence (CAMEO 180), named with a noun of battle or not; against forces or police it
    stays a fight."""
    for text in (
        "Maoist guerrillas shot dead nine farmers in a raid near Ayacucho.",
        "Gunmen kill 12 on Karachi bus",
        "Tamil militants gunned down eleven pilgrims at a shrine near Trincomalee.",
    ):
        codes = _codes(extractor, text)
        assert ("attack", "180") in codes, (text, codes)
        assert not {c for _, c in codes} & {"190", "193"}, (text, codes)
    fight = _codes(extractor, "Gunmen fought police for two hours in the Peruvian capital.")
    assert ("clash", "193") in fight, fight
    troops = _codes(extractor, "Israeli troops shot dead three guerrillas in southern Lebanon.")
    assert "180" not in {c for _, c in troops}, troops


def test_expulsions_by_the_tens_of_thousands_are_mass_expulsions(extractor):
    """'expelled 80,000 ethnic Greeks', 'hundreds of thousands', 'a million': mass expulsion
    (CAMEO 201); a few hundred or 'thousands of' stays an expulsion (174)."""
    for text in (
        "Ankara expelled 80,000 ethnic Greeks from Istanbul in 1964.",
        "Baghdad deported hundreds of thousands of Iranian Shi'ites in the early 1980s.",
        "Tripoli deported a million Egyptian labourers in 1985.",
    ):
        assert ("mass_violence", "201") in _codes(extractor, text), text
    for text in (
        "Tripoli deported 300 Tunisian labourers.",
        "Kuwait deported thousands of Iraqi workers after the war.",
    ):
        codes = _codes(extractor, text)
        assert ("coercion", "174") in codes and "201" not in {c for _, c in codes}, (text, codes)


def test_unnamed_working_people_protest_where_they_are(extractor):
    """A protest whose doers are unnamed youths, students or working people takes the
    country of the place it happens in (named by 'of' after a place word)."""
    for text, country in (
        ("Air traffic controllers in Greece stopped work for two days.", "GRC"),
        ("Nurses picketed hospitals in Madrid over pay.", "ESP"),
        ("Train drivers in Italy stopped work for a day.", "ITA"),
        ("Students marched in the capital of Chile.", "CHL"),  # the place an 'of' names
    ):
        events = [e for e in _extract(extractor, text) if e["type"] == "protest"]
        assert events, text
        assert country in {a.get("country") for e in events for a in e["actors"]}, (text, events)


def test_violence_of_a_crowd_is_a_riot_not_a_clash(extractor):
    clash = "Demonstrators clashed with riot police outside the parliament in Santiago."
    assert ("protest", "145") in _codes(extractor, clash)
    assert not {t for t, _ in _codes(extractor, clash)} & {"clash", "attack"}
    looted = "Rioters looted shops in the Bolivian city of Cochabamba."
    assert ("protest", "145") in _codes(extractor, looted)
    troops = "Thai troops clashed with Cambodian soldiers on the border."
    assert "protest" not in {t for t, _ in _codes(extractor, troops)}


def test_firing_on_a_crowd_is_violent_repression(extractor):
    fired = "Police in Nairobi opened fire on demonstrators, killing four."
    assert ("attack", "175") in _codes(extractor, fired)
    shot = "Soldiers shot at protesters in the Guinean capital."
    assert ("attack", "175") in _codes(extractor, shot)


def test_atrocities_committed_are_mass_violence_not_a_pledge(extractor):
    committed = "Militia fighters committed atrocities against Yazidi villagers in Iraq."
    codes = _codes(extractor, committed)
    assert ("mass_violence", "200") in codes and "pledge" not in {t for t, _ in codes}
    carried = "The Burmese army carried out a massacre in the village."
    assert ("mass_violence", "200") in _codes(extractor, carried)
    massacred = "Rebel fighters massacred dozens of villagers in eastern Congo."
    assert ("mass_violence", "202") in _codes(extractor, massacred)
    pledge = "Japan committed itself to the reconstruction of Iraq."
    assert "mass_violence" not in {t for t, _ in _codes(extractor, pledge)}


def test_weapons_of_mass_destruction_used(extractor):
    gas = "Iraqi forces shelled the Kurdish town with chemical weapons."
    assert "2041" in {c for _, c in _codes(extractor, gas)}
    bomb = "The bomber dropped an atomic bomb on the Japanese city of Nagasaki."
    assert "2042" in {c for _, c in _codes(extractor, bomb)}
    sites = "Israeli warplanes struck Iran's nuclear weapons sites."
    assert not {c for _, c in _codes(extractor, sites)} & {"2041", "2042", "204"}


def test_people_described_as_held_before_the_noun_are_prisoners(extractor):
    freed = "Iran freed the jailed Australian academic on Thursday."
    assert ("concession", "0841") in _codes(extractor, freed)


def test_letting_inspectors_in_is_a_concession(extractor):
    let = "North Korea let the nuclear inspectors into the Yongbyon complex."
    assert ("concession", "086") in _codes(extractor, let)


def test_ordering_foreign_troops_out_is_an_expulsion(extractor):
    ordered = "Niger ordered the American troops to leave its territory."
    events = _extract(extractor, ordered)
    assert [(e["cameo"], [a["country"] for a in e["actors"]]) for e in events] == [("166", ["NER"])]
    stay = "Niger ordered the troops to stay in their barracks."
    assert "sanction" not in {t for t, _ in _codes(extractor, stay)}


def test_a_police_raid_is_coercion_not_an_armed_attack(extractor):
    raid = "Egyptian police raided the offices of an opposition newspaper in Cairo."
    codes = _codes(extractor, raid)
    assert ("coercion", "170") in codes and "attack" not in {t for t, _ in codes}
    army = "Yemeni troops raided the militants' hideout."
    assert "coercion" not in {t for t, _ in _codes(extractor, army)}


def test_a_win_by_a_score_is_no_blow(extractor):
    match = "Nigeria beat Ghana 3-1 in the African Cup final in Lagos."
    assert not _extract(extractor, match)
    dated = "Iranian troops attacked the Iraqi port on 12-14 March."
    assert "attack" in {t for t, _ in _codes(extractor, dated)}


def test_fire_that_burns_land_is_no_attack(extractor):
    fire = "A wildfire destroyed hundreds of homes in southern Portugal."
    assert not _extract(extractor, fire)
    rebels = "Rebels burned villages in northern Mozambique."
    assert ("attack", "1712") in _codes(extractor, rebels)


def test_a_with_phrase_hung_on_the_telephone_names_the_partner(extractor):
    call = "The Kenyan president spoke by telephone with the Tanzanian president on Monday."
    assert ("call", "041") in _codes(extractor, call)
    aside = "Speaking by telephone from Lima, the Peruvian minister said the deal was fair."
    assert "call" not in {t for t, _ in _codes(extractor, aside)}


def test_people_used_as_shields_is_an_assault(extractor):
    shields = "Militants used hostages as human shields in the Malian town."
    assert ("attack", "184") in _codes(extractor, shields)
    base = "The army used the old airport as a base."
    assert not _extract(extractor, base)


def test_rallying_states_against_one_is_rallying_opposition(extractor):
    rally = "Ghana rallied West African governments against the Togolese position."
    assert ("accusation", "113") in _codes(extractor, rally)
    market = "The peso rallied against the dollar on Tuesday."
    assert not _extract(extractor, market)


def test_crowd_tactics_and_force_postures_of_the_study(extractor):
    strike = "Teachers in Peru went on strike on Monday."
    assert ("protest", "143") in _codes(extractor, strike)
    march = "Thousands of Hungarians marched in Budapest against the new media law."
    assert ("protest", "141") in _codes(extractor, march)
    alert = "Indian police raised the security alert level in Delhi."
    assert ("military_exercise", "151") in _codes(extractor, alert)
    stripped = "Bahrain stripped the dissident of his citizenship."
    assert ("coercion", "172") in _codes(extractor, stripped)
    visas = "Thailand eased visa rules for Chinese tourists."
    assert ("concession", "081") in _codes(extractor, visas)


def test_arresting_a_journalist_is_an_arrest_not_repression(extractor):
    arrest = "Belarusian police arrested a Polish journalist in Grodno."
    codes = _codes(extractor, arrest)
    assert ("coercion", "173") in codes and "attack" not in {t for t, _ in codes}


def test_closing_an_embassy_reduces_relations(extractor):
    closed = "Lithuania closed its embassy in Minsk."
    assert ("sanction", "161") in _codes(extractor, closed)


def test_signing_a_law_is_no_agreement(extractor):
    law = "The Indonesian president signed a new mining law on Tuesday."
    assert "agreement" not in {t for t, _ in _codes(extractor, law)}
    deal = "Indonesia and Malaysia signed a border agreement on Tuesday."
    assert "agreement" in {t for t, _ in _codes(extractor, deal)}


def test_handing_over_a_criminal_is_judicial_cooperation(extractor):
    handed = "Spain handed over the wanted smuggler to Moroccan authorities."
    assert ("cooperation", "063") in _codes(extractor, handed)


def test_talks_brokered_between_two_parties_are_the_broker_s_mediation(extractor):
    events = _extract(extractor, "Oman brokered talks between Iran and the United States.")
    mediations = [e for e in events if e["type"] == "mediation"]
    assert [a["country"] for a in mediations[0]["actors"]] == ["OMN"]


def test_a_game_won_with_no_score_is_no_blow(extractor):
    penalties = "Portugal beat Morocco on penalties in the quarter-final in Doha."
    assert not _armed(extractor, penalties)
    wickets = "Sri Lanka's side defeated Bangladesh by four wickets in Colombo."
    assert not _armed(extractor, wickets)
    war = "Iraqi troops routed Iranian forces near Basra in the final battle of the war."
    assert _armed(extractor, war)


def test_deaths_after_a_mishap_are_no_attack(extractor):
    ferry = "A ferry capsized off the coast of Sulawesi, killing 14 passengers."
    assert not _armed(extractor, ferry)
    storms = "Torrential rains caused landslides in Nepal, killing dozens of villagers."
    assert not _armed(extractor, storms)
    raid = "Gunmen stormed a village in Burkina Faso, killing 20 farmers."
    assert _armed(extractor, raid)


def test_a_state_s_protest_to_a_state_is_a_complaint(extractor):
    verb = "Manila protested to Beijing over the harassment of its fishermen."
    assert ("accusation", "111") in _codes(extractor, verb)
    noun = "Norway sent a diplomatic protest to Russia over the airspace violation."
    assert ("protest", "111") in _codes(extractor, noun)  # a formal protest: docs/events.md
    crowd = "Students protested in Dhaka against the quota system."
    assert "protest" in _types(extractor, crowd)


def test_a_deed_no_one_did_is_negated(extractor):
    none_sent = "No Iranian warships entered the Gulf of Aden last week."
    events = _extract(extractor, none_sent)
    assert events  # the entry is still read, and negated: not simply lost
    assert all(e["negated"] for e in events)
    some_sent = "Two Iranian warships entered the Gulf of Aden last week."
    assert any(not e["negated"] for e in _extract(extractor, some_sent))


def test_weapons_of_crowd_control_are_violent_repression(extractor):
    gas = "Riot police fired tear gas at mourners in Harare."
    assert ("attack", "175") in _codes(extractor, gas)
    bullets = "Soldiers fired rubber bullets at students outside the university in Caracas."
    assert ("attack", "175") in _codes(extractor, bullets)
    poison = "Syrian forces fired poison gas at the rebel-held suburb."
    assert "175" not in {c for _, c in _codes(extractor, poison)}


def test_pledged_aid_is_an_intent_to_give_not_yet_aid(extractor):
    pledged = "Norway pledged 200 million crowns in humanitarian aid to Yemen."
    assert ("pledge", "033") in _codes(extractor, pledged)
    # the sentence above may be read by a pledge entry; this one only by the aid entry, which
    # types it a pledge too: the coded sentences' family for aid not yet given (033x)
    food = "Denmark pledged emergency food aid to Malawi."
    assert ("pledge", "033") in _codes(extractor, food)
    assert "aid" not in {t for t, _ in _codes(extractor, food)}
    sent = "Denmark sent emergency food aid to Malawi."
    assert ("aid", "070") in _codes(extractor, sent)
    given = "Norway gave 200 million dollars to Yemen."
    assert ("aid", "071") in _codes(extractor, given)


def test_an_act_weighed_as_a_question_is_an_option_considered(extractor):
    weighed = "Canada is weighing whether to lift its sanctions on Iranian airlines."
    assert ("statement", "014") in _codes(extractor, weighed)
    assert "concession" not in _types(extractor, weighed)
    lifted = "Canada lifted its sanctions on Iranian airlines."
    assert "concession" in _types(extractor, lifted)


def test_a_loan_approved_by_a_development_bank_is_aid(extractor):
    approved = "The Asian Development Bank approved a $300 million loan to Bangladesh."
    assert ("aid", "071") in _codes(extractor, approved)


def test_protests_that_break_out_in_a_country_are_its_people_s(extractor):
    events = _extract(extractor, "Street protests broke out in Ecuador over fuel prices.")
    protests = [e for e in events if e["type"] == "protest"]
    assert protests and protests[0]["actors"][0]["country"] == "ECU"
    fighting = _extract(extractor, "Street fighting broke out in the capital.")
    assert "protest" not in {e["type"] for e in fighting}


def test_a_court_s_guilty_verdict_is_a_finding_not_the_crime(extractor):
    verdict = "A Belgian court found the Congolese militia leader guilty of massacres in Ituri."
    codes = _codes(extractor, verdict)
    assert ("accusation", "116") in codes
    assert not _armed(extractor, verdict) and "mass_violence" not in _types(extractor, verdict)
    inquiry = "The inquiry found the minister's account of the talks accurate."
    assert "accusation" not in _types(extractor, inquiry)


def test_a_hostile_act_a_party_may_do_is_a_threat_of_it(extractor):
    may = "Norway may impose new sanctions on Belarus, a foreign ministry spokeswoman said."
    assert ("threat", "131") in _codes(extractor, may)
    assert "sanction" not in _types(extractor, may)
    could = "Ethiopia could sever diplomatic ties with Eritrea, officials in Addis Ababa said."
    assert "threat" in _types(extractor, could) and "sanction" not in _types(extractor, could)
    guessed = "Eritrean troops may have shelled the Ethiopian town, aid workers said."
    assert "threat" not in _types(extractor, guessed)
    analysts = "Analysts said Serbia could close its border with Kosovo within days."
    assert "threat" not in _types(extractor, analysts)
    foreign = "A Greek official said Turkey could expel the Greek ambassador."
    assert "threat" not in _types(extractor, foreign)


def test_aid_or_lending_halted_is_reduced_aid(extractor):
    lending = "The African Development Bank suspended its lending to Burundi."
    assert ("sanction", "162") in _codes(extractor, lending)
    frozen = "Brussels froze budget aid to Mali after the second coup."
    assert ("sanction", "162") in _codes(extractor, frozen)
    ties = "Bolivia froze diplomatic relations with Israel."
    assert ("sanction", "161") in _codes(extractor, ties)


def test_police_sent_to_another_country_are_a_peacekeeping_mission(extractor):
    sent = "Benin sent 250 police officers to Haiti last month."
    events = [e for e in _extract(extractor, sent) if e["type"] == "peacekeeping"]
    assert events and events[0]["targets"][0]["country"] == "HTI"
    home = "Nigeria deployed extra police in Lagos ahead of the vote."
    assert "peacekeeping" not in _types(extractor, home)
    officers = "The navy sent two officers to Oslo for the conference."
    assert "peacekeeping" not in _types(extractor, officers)


def test_a_truce_reached_or_agreed_in_the_passive_is_the_parties_agreement(extractor):
    reached = "A truce was reached between Ethiopia and Eritrea late on Thursday."
    events = [e for e in _extract(extractor, reached) if e["type"] == "agreement"]
    assert events and events[0]["cameo"] == "0356"
    assert {a["country"] for a in events[0]["actors"]} == {"ETH", "ERI"}
    agreed = "A ceasefire was agreed between Thailand and Cambodia on Friday."
    events = [e for e in _extract(extractor, agreed) if e["type"] == "agreement"]
    assert events and {a["country"] for a in events[0]["actors"]} == {"THA", "KHM"}
    signed = "Serbia and Kosovo struck a truce over the border crossings."
    assert ("agreement", "0356") in _codes(extractor, signed)


def test_laying_down_arms_is_a_surrender_or_a_pledge_of_it(extractor):
    pledged = "The Lord's Resistance Army said it would lay down its weapons."
    assert ("pledge", "0356") in _codes(extractor, pledged)
    laid = "Hundreds of Tuareg fighters laid down their arms in northern Niger."
    assert ("withdrawal", "0874") in _codes(extractor, laid)
    plans = "The firm laid down new plans for its Kenyan arm."
    assert "withdrawal" not in _types(extractor, plans)


def _sources(extractor, text: str, etype: str) -> list[list[str | None]]:
    return [
        [a["country"] for a in e["actors"]] for e in _extract(extractor, text) if e["type"] == etype
    ]


def test_a_conviction_is_a_finding_of_guilt(extractor):
    convicted = "A court in Minsk convicted a Polish journalist of espionage."
    codes = _codes(extractor, convicted)
    assert ("accusation", "116") in codes and "coercion" not in _types(extractor, convicted)
    jailed = "A court in Minsk jailed a Polish journalist for eight years."
    assert ("coercion", "173") in _codes(extractor, jailed)


def test_condemning_a_detention_makes_no_detention_event(extractor):
    condemned = "Seoul condemned the arrest of three South Korean sailors by Iranian police."
    assert _types(extractor, condemned) == {"accusation"}
    raid = "Jordan condemned the Israeli air raid on the Syrian town."
    assert "airstrike" in _types(extractor, raid)


# Trigger entries of the fourth batch: a sentence of each, its (type, CAMEO code), and a
# sentence of like wording that must not take that code.
BATCH4_ENTRIES = [
    (  # stones thrown by a crowd are a riot, grenades by insurgents are not
        "Demonstrators hurled stones at riot police in the Kenyan town of Kisumu.",
        ("protest", "145"),
        "Insurgents hurled grenades at an army post in Kashmir.",
    ),
    (  # students (and supporters, youths) clashing with police riot
        "Students clashed with police outside the university in Dhaka.",
        ("protest", "145"),
        "Rebels clashed with police in the hills near the border.",
    ),
    (  # security forces killing protesters repress them violently; gunmen do not
        "Sudanese security forces killed five protesters in Omdurman on Thursday.",
        ("attack", "175"),
        "Gunmen killed five villagers in Zamfara state, Nigeria.",
    ),
    (  # a bomb detonated is a bombing
        "Militants detonated a car bomb outside a police station in Quetta, Pakistan.",
        ("attack", "183"),
        "Army engineers detonated an old shell found near the road.",
    ),
    (  # reservists called up are a mobilisation
        "Armenia called up 20,000 reservists on Monday.",
        ("deployment", "154"),
        "The chairman called up the next speaker.",
    ),
    (  # talks by phone are a call, talks in a city a meeting
        "Macron and Erdogan held phone talks on the Black Sea grain deal.",
        ("call", "041"),
        "Macron and Erdogan held talks in Ankara on the grain deal.",
    ),
    (  # supplies sent to a country are aid, supplies allocated at home are not
        "Japan sent medical supplies to flood-hit Libya.",
        ("aid", "070"),
        "The government would allocate fuel supplies if prices rose, the minister said.",
    ),
]


# Trigger entries of the fifth batch: a sentence of each, its (type, CAMEO code), and a
# sentence of like wording that must not take that code.
BATCH5_ENTRIES = [
    (  # captives handed over are released; wanted men handed over are judicial cooperation
        "Armenia handed over the twelve Azerbaijani soldiers it had captured.",
        ("concession", "0841"),
        "Kenyan police handed over two Ugandan fugitives to the authorities in Kampala.",
    ),
    (  # 'turn over' a wanted man as 'hand over' does
        "Kenyan police turned over two Ugandan fugitives to the authorities in Kampala.",
        ("cooperation", "063"),
        "The minister turned over the pages of the report.",
    ),
    (  # things given back to a state are returned
        "Peru gave back the impounded Ecuadorean trawlers to Quito.",
        ("concession", "084"),
        "The company gave back 2 billion dollars to its shareholders.",
    ),
    (  # an aid worker set free is a prisoner released, not aid
        "Mali freed a Swiss aid worker on Sunday.",
        ("concession", "0841"),
        "Mali released emergency aid to the north.",
    ),
    (  # a truce broken is violated
        "Rebel and army units broke the ceasefire near Goma overnight.",
        ("clash", "196"),
        "The mediators broke the news of the ceasefire to both sides.",
    ),
    (  # a crowd rallying against something protests; a currency rallying does not
        "Thousands of Georgians rallied in Tbilisi against the new media law.",
        ("protest", "141"),
        "The rouble rallied against the dollar in Moscow.",
    ),
    (  # a crowd gathering to make a demand protests
        "Hundreds of farmers gathered in Nairobi to demand higher maize prices.",
        ("protest", "141"),
        "Hundreds of delegates gathered in Nairobi to discuss maize prices.",
    ),
    (  # food refused in protest is a hunger strike
        "Detainees at a Libyan camp refused food in protest at their treatment.",
        ("protest", "142"),
        "Detainees at a Libyan camp refused visits from their families.",
    ),
    (  # aid flown to a place
        "Turkey flew tents and blankets to earthquake survivors in Albania.",
        ("aid", "070"),
        "Turkey flew its president to Albania.",
    ),
    (  # money wired to a state
        "Kuwait wired 200 million dollars to Jordan's central bank.",
        ("aid", "071"),
        "Kuwait wired the money through a Swiss bank.",
    ),
    (  # funds withheld from a state
        "Sweden withheld budget funds from Zambia over the audit.",
        ("sanction", "162"),
        "European members cut funds and demanded budget discipline.",
    ),
    (  # envoys ordered to leave or out
        "Ghana ordered three Nigerian diplomats to leave Accra.",
        ("sanction", "166"),
        "Ghana ordered three Nigerian diplomats to attend the ceremony.",
    ),
    (  # buying or importing stopped is a trade sanction
        "India stopped buying Malaysian palm oil.",
        ("sanction", "163"),
        "India stopped playing cricket in Malaysia.",
    ),
    (  # a membership suspended
        "The African Union suspended Mali's membership after the coup.",
        ("sanction", "160"),
        "The African Union suspended its summit in Addis Ababa.",
    ),
    (  # water cannon used on people
        "Police in Minsk used water cannon against the marchers.",
        ("attack", "175"),
        "The army used artillery against rebel positions in the north.",
    ),
    (  # mass killings are mass violence, killings alone are not
        "The junta's troops carried out mass killings of Karen villagers.",
        ("mass_violence", "202"),
        "The junta's troops carried out killings of Karen villagers.",
    ),
    (  # villages wiped out by raiders, not by a flood
        "Janjaweed raiders wiped out whole villages in West Darfur.",
        ("mass_violence", "202"),
        "The flood wiped out whole villages in Bihar.",
    ),
    (  # people gassed
        "Iraqi jets gassed Kurdish villages in 1988.",
        ("mass_violence", "2041"),
        "Iraqi jets bombed Kurdish villages in 1988.",
    ),
    (  # looking into another state's doings is investigating them
        "Interpol is looking into Iran's purchases of banned chemicals.",
        ("accusation", "090"),
        "Interpol is looking at new offices in Iran.",
    ),
    (  # suspects questioned, not figures questioned
        "Turkish police questioned two Syrian suspects over the blast.",
        ("accusation", "090"),
        "The Turkish senator questioned the budget figures.",
    ),
    (  # forces pounding positions shell them; waves pounding a coast do not
        "Ethiopian artillery pounded Eritrean trenches near Badme.",
        ("shelling", "194"),
        "Heavy waves pounded the Portuguese coast on Sunday.",
    ),
    (  # seizures by pirates and kidnappers are abductions
        "Pirates seized a Greek tanker off Somalia.",
        ("attack", "181"),
        "Customs officers seized a Greek tanker off Somalia.",
    ),
    (  # a tip-off about something is intelligence shared
        "Moroccan intelligence tipped off Spain about the cell.",
        ("cooperation", "064"),
        "Moroccan intelligence warned Spain about the cell.",
    ),
    (  # a resolution blocked is vetoed
        "Moscow blocked a Security Council resolution on Myanmar.",
        ("rejection", "129"),
        "Moscow blocked the road to the airport.",
    ),
    (  # a border closed with a neighbour is a sanction on it
        "Algeria closed its border with Morocco.",
        ("sanction", "163"),
        "Algeria closed its airports during the storm.",
    ),
    (  # forces cutting off a town blockade it, storms do not
        "Ethiopian troops cut off the rebel-held town of Mekelle.",
        ("blockade", "191"),
        "Storms cut off the town of Mekelle.",
    ),
    (  # a ministry protesting against another state's act complains; students protest
        "The Greek foreign ministry protested against Turkish overflights.",
        ("accusation", "111"),
        "Greek students protested in Athens against the tuition fees.",
    ),
    (  # an ambush of a bus of civilians is an assault, of a convoy a battle
        "Gunmen ambushed a bus carrying pilgrims in Kashmir.",
        ("attack", "180"),
        "Rebels ambushed an army convoy in Kashmir.",
    ),
    (  # reports dismissed are denied
        "Rwanda dismissed reports that its soldiers were in Congo.",
        ("statement", "016"),
        "Rwanda dismissed its army chief.",
    ),
    (  # a bailout sought
        "Ghana is seeking a bailout from the IMF.",
        ("appeal", "020"),
        "Ghana is seeking a new coach for the national team.",
    ),
    (  # joint patrols
        "Thai and Malaysian police conducted joint patrols along the border.",
        ("cooperation", "062"),
        "Thai police conducted patrols along the border.",
    ),
    (  # joint police operations
        "Spanish and Moroccan police mounted a joint operation against drug gangs.",
        ("cooperation", "063"),
        "Spanish police mounted an operation against drug gangs.",
    ),
    (  # assets unfrozen
        "Britain unfroze Libyan assets.",
        ("concession", "085"),
        "Britain froze Libyan assets.",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "other"), BATCH4_ENTRIES + BATCH5_ENTRIES)
def test_batch4_and_5_trigger_entries(extractor, text: str, wanted: tuple[str, str], other: str):
    assert wanted in _codes(extractor, text)
    assert wanted not in _codes(extractor, other)


def test_a_gift_of_doses_is_aid(extractor):
    gifted = "China gifted 300,000 vaccine doses to Laos."
    assert "aid" in _types(extractor, gifted)


def test_a_truce_reached_with_a_partner_is_the_reporting_partys_deal(extractor):
    said = "Hezbollah officials said a ceasefire had been reached with Israel after a week of fighting."
    assert ("agreement", "0356") in _codes(extractor, said)
    assert ["LBN"] in _sources(extractor, said, "agreement")
    assert "threat" not in _types(extractor, said)


def test_the_two_sides_in_a_countrys_war_are_of_that_country(extractor):
    sides = "The two sides in Yemen's war fought for the port of Hodeidah."
    assert ["YEM"] in _sources(extractor, sides, "clash")
    pair = "Ethiopia and Eritrea signed a deal. The two sides in the war had fought for years."
    assert ["ETH", "ERI"] in _sources(extractor, pair, "clash")


def test_a_crowd_with_no_one_named_protests_for_the_place_it_gathers_in(extractor):
    assert ["ARM"] in _sources(
        extractor, "Thousands rallied in Yerevan against the deal.", "protest"
    )
    assert ["PER"] in _sources(
        extractor, "Crowds gathered in Lima to protest against the tax.", "protest"
    )
    inmates = "Inmates at a Turkish prison refused food for a week."
    assert ["TUR"] in _sources(extractor, inmates, "protest")
    named = "Thousands of Azerbaijanis rallied in Tbilisi against the deal."
    assert ["AZE"] in _sources(extractor, named, "protest")


def test_a_complement_word_is_needed_for_the_sentence_to_be_read():
    """The pre-filter asks for a word of an entry's complement list as it does for its object
    list: 'stopped' alone does not make 'Yugoslavia stopped short of a default' a candidate
    through the entry for 'stopped buying'."""
    from stream.extract.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.is_candidate({"stopped", "buying"})
    assert not lex.is_candidate({"stopped", "short", "default"})


def test_a_crowd_of_plain_people_marching_through_a_city_protests_for_it(extractor):
    """'of people' names no one, and a march 'through' a city happens there; a nationality
    on the members or on the crowd still names the protesters."""
    people = "Tens of thousands of people marched through Quito against the fuel price rise."
    assert ["ECU"] in _sources(extractor, people, "protest")
    crowds = "Crowds of demonstrators marched through Santiago on Sunday."
    assert ["CHL"] in _sources(extractor, crowds, "protest")
    foreign = "Hundreds of Kurdish demonstrators marched through Berlin against the offensive."
    assert ["DEU"] not in _sources(extractor, foreign, "protest")


def test_work_done_jointly_by_two_parties_is_their_cooperation(extractor):
    funded = "Chile and Peru jointly funded a new hospital in Arica."
    assert ("cooperation", "061") in _codes(extractor, funded)
    assert ["CHL", "PER"] in _sources(extractor, funded, "cooperation")
    patrolled = "The Ghanaian and Nigerian navies jointly patrolled the gulf."
    assert ("cooperation", "062") in _codes(extractor, patrolled)
    tandem = "Oslo and Stockholm worked in tandem on the rescue plan for the fishermen."
    assert "cooperation" in _types(extractor, tandem)
    together = "Thai and Lao troops trained together near the Mekong after the floods."
    assert ("cooperation", "062") in _codes(extractor, together)
    met = "The Kenyan and Ugandan delegations came together in Arusha."
    assert "cooperation" not in _types(extractor, met)
    alone = "Chile jointly funded a new hospital in Arica."
    assert "cooperation" not in _types(extractor, alone)


def test_side_by_side_is_joint_work_but_by_a_partys_side_is_not(extractor):
    """'side by side' is read on its words: a 'side' after 'by' alone is no joint work."""
    guarded = "Malian and Nigerien soldiers guarded the dam side by side after the raid."
    assert ("cooperation", "062") in _codes(extractor, guarded)
    stood = "Peru and Bolivia remained by Chile's side during the talks."
    assert "cooperation" not in _types(extractor, stood)


def test_over_before_a_number_is_the_particle_of_hand_over(extractor):
    handed = "Kabul hands over 40 captured Pakistani soldiers"
    assert ("concession", "0841") in _codes(extractor, handed)
    assert ["AFG"] in _sources(extractor, handed, "concession")


def test_a_preposition_on_a_bare_particle_is_the_verbs(extractor):
    walked = "Tbilisi pulled out of the negotiations with Moscow in anger."
    assert ("sanction", "164") in _codes(extractor, walked)
    left = "Russian troops pulled out of Kherson on Friday."
    assert "withdrawal" in _types(extractor, left)
    assert "sanction" not in _types(extractor, left)


def test_forces_pouring_across_a_border_invade(extractor):
    surged = "Libyan columns surged across the border into Chad."
    assert ("attack", "190") in _codes(extractor, surged)
    pushed = "Ethiopian troops pushed deep into Somalia on Tuesday."
    assert ("attack", "190") in _codes(extractor, pushed)
    fled = "Refugees streamed across the border into Kenya."
    assert "attack" not in _types(extractor, fled)
    moved = "Syrian troops moved into Beirut to restore order."
    assert "attack" not in _types(extractor, moved)


def test_a_sense_read_only_under_not_keeps_its_event(extractor):
    """'would not hear of' is a refusal: the negation is the sense, not a denial of it."""
    heard = "Lisbon would not hear of talks with the Angolan rebels."
    events = [e for e in _extract(extractor, heard) if e["type"] == "rejection"]
    assert events and not any(e["negated"] for e in events)


def test_winding_up_a_tour_wounds_no_one(extractor):
    assert "attack" not in _types(extractor, "The Saudi king wound up a tour of Asia in Jakarta.")
    assert "attack" in _types(extractor, "Rebels wounded two Malian soldiers near Gao.")


def test_sixth_batch_verb_senses(extractor):
    """Senses with no trigger before batch 6, each in a wording of its own."""
    cases = {
        "Quito sided with Lima in the fishing row.": ("statement", "019"),
        "Islamabad owned up to arming the militants in Kashmir.": ("statement", "015"),
        "The Thai premier rang his Malaysian counterpart on Sunday.": ("call", "041"),
        "Kuwait wrote off Egypt's debts after the war.": ("aid", "071"),
        "Brazil sheltered thousands of Venezuelan refugees.": ("aid", "075"),
        "Accra declared three Nigerian diplomats persona non grata.": ("sanction", "161"),
        "Hanoi gave short shrift to Chinese calls for joint development.": ("rejection", "120"),
        "Ethiopia pointed the finger at Sudan over the raid on the border post.": (
            "accusation",
            "112",
        ),
        "The Swiss envoy acted as a go-between for Bogota and the guerrillas.": (
            "mediation",
            "045",
        ),
        "Qatar put itself forward as a mediator between Kigali and Kinshasa.": ("pledge", "039"),
        "Israeli jets strafed Syrian positions on the Golan.": ("airstrike", "195"),
        "The junta forcibly expelled the Karen population of the valley.": (
            "mass_violence",
            "201",
        ),
    }
    for text, code in cases.items():
        assert code in _codes(extractor, text), text


def test_seventh_batch_verb_senses(extractor):
    """Senses with no trigger before batch 7, each in a wording of its own."""
    cases = {
        "Ankara will not entertain any Greek proposal on the airspace.": ("rejection", "120"),
        "Rabat would not countenance an Algerian plan for a referendum.": ("rejection", "120"),
        "Lima poured cold water on the Ecuadorean offer of talks.": ("rejection", "125"),
        "Canberra launched an inquiry into the sinking of the Indonesian ferry.": (
            "accusation",
            "090",
        ),
        "Norway has channelled 40 million dollars to flood-hit Mozambique.": ("aid", "071"),
        "Danish nurses handed out medicine to Kurdish refugees in Iran.": ("aid", "073"),
    }
    for text, code in cases.items():
        assert code in _codes(extractor, text), (text, _codes(extractor, text))
    said = "The minister said he would not be opening an investigation."
    assert "accusation" not in _types(extractor, said)
    assert "rejection" not in _types(extractor, "Paris will entertain the Emir at Versailles.")


def test_eighth_batch_verb_senses(extractor):
    """Senses and idioms with no trigger before batch 8, each in a wording of its own."""
    cases = {
        "Tehran ruled out any talks with Baghdad.": ("rejection", "120"),
        "Libya thumbed its nose at the Arab League.": ("rejection", "128"),
        "Manila turned a deaf ear to Malaysian appeals over Sabah.": ("rejection", "120"),
        "Seoul pulled the plug on its trade talks with Hanoi.": ("sanction", "161"),
        "Canada prohibited all trade with Libya.": ("sanction", "163"),
        "Jordan thanked Saudi Arabia for its generosity.": ("support", "051"),
        "Tripoli disowned any part in the hijacking of the Egyptian airliner.": (
            "rejection",
            "016",
        ),
        "Kenya and Uganda joined forces to fight cattle rustlers.": ("cooperation", "060"),
        "Belgian detectives are assisting Dutch prosecutors in the fraud case.": (
            "cooperation",
            "063",
        ),
        "Turkish police picked up three Iranian students in Ankara.": ("coercion", "173"),
        "Nigerian police have taken two Britons into custody in Lagos.": ("coercion", "173"),
        "Syrian forces unleashed poison gas on rebel villages.": ("mass_violence", "2041"),
        "Ankara waived its objection to Sweden's membership of the alliance.": (
            "concession",
            "080",
        ),
        "Ethnic Turks held a silent vigil outside the Bulgarian embassy in Ankara.": (
            "protest",
            "141",
        ),
        "Norway came to Bangladesh's assistance after the cyclone.": ("aid", "070"),
    }
    for text, code in cases.items():
        assert code in _codes(extractor, text), (text, _codes(extractor, text))


def test_expelled_workers_are_people_but_aid_workers_a_mission(extractor):
    """An expelled labour force is an expulsion of people (174); aid or embassy staff sent
    away are a mission withdrawn (166)."""
    labour = _codes(extractor, "Baghdad expelled 500 Egyptian workers.")
    assert ("coercion", "174") in labour and "sanction" not in {t for t, _ in labour}
    aid = _codes(extractor, "Khartoum expelled two UN aid workers from Kordofan.")
    assert ("sanction", "166") in aid


def test_a_time_limit_given_with_or_face_is_an_ultimatum(extractor):
    """'gave X 48 hours to … or face <penalty>' sets a deadline under a threat: no arms or
    aid handed over; a demand told with 'unless … would face' is a threat too."""
    text = "Kabul gave the tribal fighters two days to hand over the raiders or face an offensive."
    types = _types(extractor, text)
    assert "threat" in types and "arms_transfer" not in types and "aid" not in types
    told = "Athens told Ankara it would face military action unless it recalled the survey ship."
    assert _types(extractor, told) & {"threat"} and "demand" not in _types(extractor, told)


def test_a_bidding_clause_or_an_order_to_a_state_is_a_demand(extractor):
    """'insisted that Manila pay' (a present form its singular subject does not agree with)
    and 'told/ordered Hanoi to …' ask an act of another party."""
    assert "demand" in _types(extractor, "Tokyo insisted that Manila pay compensation.")
    assert "demand" in _types(extractor, "Paris told Tehran to release the French hostages.")
    assert "demand" not in _types(extractor, "The bankers insist that the rates stay low.")


def test_a_comment_on_a_state_is_a_statement_unless_it_tells_of_an_act(extractor):
    """'commented on the Cambodian elections' is a bare comment (010) about a state; one on
    no state or on condition of anonymity is none."""
    bare = "The Thai premier commented on the Cambodian elections in a radio interview."
    assert ("statement", "010") in _codes(extractor, bare)
    home = "The Thai premier commented on the weather in a radio interview."
    assert ("statement", "010") not in _codes(extractor, home)
    act = "The Syrian defence minister told reporters that Damascus would attack Israel."
    assert "threat" in _types(extractor, act)


def test_an_admission_is_of_a_deed_done(extractor):
    """'admitted that its commandos had raided …' acknowledges responsibility (015); an
    admission of a state of affairs is none."""
    assert ("statement", "015") in _codes(
        extractor, "Pretoria admitted that its commandos had raided Gaborone."
    )
    assert "statement" not in _types(extractor, "The minister admitted that inflation was high.")


def test_ready_to_help_a_state_is_an_intent_to_aid(extractor):
    """'stands ready to help Latvia': help given to a state, intended (a pledge, 03x)."""
    codes = _codes(extractor, "Oslo stands ready to help Latvia, the Norwegian premier said.")
    assert any(c.startswith("03") for _, c in codes), codes


def test_would_not_with_no_condition_is_a_refusal(extractor):
    """'would not meet' told as a fact is a refusal, as 'said it would not meet' is; not
    under 'if', nor 'would not have met'."""
    assert "rejection" in _types(extractor, "Ankara would not meet the Greek envoy.")
    assert "rejection" not in _types(
        extractor, "If the raids went on, Ankara would not meet the Greek envoy."
    )
    assert "rejection" not in _types(
        extractor, "Without the raids, Ankara would not have met the Greek envoy."
    )


def test_said_no_to_is_a_rejection_of_the_plea(extractor):
    """'said no to' (the parser reads 'no' as an interjection) rejects what follows 'to';
    the plea rejected is no appeal of its own."""
    types = _types(extractor, "Lisbon said no to Madrid's plea for joint fishing patrols.")
    assert "rejection" in types and "appeal" not in types, types


def test_a_mood_is_aimed_at_the_party_of_the_prospect(extractor):
    """'hopeful about the chances of talks with Jerusalem' is an optimistic comment (013) on
    Israel; the talks hoped for are its topic, no meeting."""
    events = _extract(extractor, "Cairo is hopeful about the chances of talks with Jerusalem.")
    moods = [e for e in events if e["cameo"] == "013"]
    assert moods and {t["country"] for t in moods[0]["targets"]} == {"ISR"}, events
    assert "meeting" not in {e["type"] for e in events}
    gloom = _codes(extractor, "Lima voiced gloom over the stalled border talks with Quito.")
    assert ("statement", "012") in gloom and "meeting" not in {t for t, _ in gloom}, gloom


def test_an_act_told_about_is_not_done_by_the_teller(extractor):
    """'briefed reporters on the fighting in Chad': the briefer's country did not fight."""
    events = _extract(extractor, "The Nigerian minister briefed reporters on the fighting in Chad.")
    assert not any(
        e["type"] == "clash" and any(a["country"] == "NGA" for a in e["actors"]) for e in events
    ), events


def test_people_killed_in_thousands_is_a_mass_killing(extractor):
    """Civilians or a people killed in their thousands is mass killing (202); soldiers killed
    in thousands stay a battle."""
    assert "mass_violence" in _types(extractor, "The militia killed thousands of Tamil villagers.")
    assert "mass_violence" not in _types(
        extractor, "Iraqi forces killed thousands of Iranian soldiers near Basra."
    )


def test_verbs_of_harm_to_death_and_with_munitions_are_attacks(extractor):
    """'beat X to death' (the parser hangs 'to death' on the object) and 'pounded X with
    mortars' are attacks whatever the verb."""
    assert ("attack", "1823") in _codes(
        extractor, "Soldiers clubbed a Kurdish shepherd to death near Van."
    )
    assert _armed(extractor, "Ugandan rebels pounded the Sudanese border post with mortars.")
    assert not _armed(extractor, "Ugandan rebels pounded the Sudanese border post.")


def test_ninth_batch_frames(extractor):
    """Frames with no trigger before batch 9, each in a wording of its own."""
    cases = {
        "Lagos ordered its ambassador home from Accra.": ("sanction", "166"),
        "Syrian soldiers held twelve Lebanese students after the march.": ("coercion", "173"),
        "Riot police were rushed into the centre of Tunis.": ("military_exercise", "153"),
        "Hundreds of Chilean women walked to the cathedral to demand news of the missing.": (
            "protest",
            "141",
        ),
        "The Kenyan government gave Britain its word that it would hold elections.": (
            "pledge",
            "030",
        ),
        "Ankara will not budge on Cyprus, the Turkish premier said.": ("rejection", "120"),
        "Athens shut the door on a Turkish plan for the Aegean.": ("rejection", "120"),
        "Angry mobs wrecked the Iraqi consulate in Karachi.": ("protest", "145"),
        "The Peruvian minister tore into Quito over the border incident.": ("accusation", "111"),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))


def test_a_vehicle_that_crashes_killing_people_is_a_mishap(extractor):
    """'a coach plunged off a road, killing 27': a participle of harm after a clause with no
    object whose subject is a vehicle is an accident; a bus ambushed is still an attack."""
    assert not _armed(extractor, "A coach plunged off a mountain road in Nepal, killing 27.")
    assert not _armed(extractor, "A ferry went down in a storm off Sumatra, killing 80 people.")
    assert _armed(extractor, "Guerrillas ambushed a bus near Kandy, killing 12 passengers.")


def test_an_accord_signed_is_a_formal_agreement_whatever_it_is_about(extractor):
    """'signed an accord on the withdrawal of Cuban troops' is CAMEO 057; an accord agreed
    to withdraw keeps the intent of what it is about (0356)."""
    signed = _codes(
        extractor, "Angola and Cuba signed an accord on the withdrawal of Cuban troops."
    )
    assert ("agreement", "057") in signed, signed
    agreed = _codes(extractor, "Iran and Iraq agreed to pull back their troops.")
    assert ("agreement", "0356") in agreed, agreed


def test_exercises_of_two_states_are_military_cooperation(extractor):
    """Exercises held by two states or their forces together are military cooperation (062);
    one state's exercises near another's border stay a show of force (150)."""
    for text in (
        "Jordanian and British warships held exercises in the Gulf of Aqaba.",
        "Morocco and France staged air exercises over the Sahara.",
    ):
        assert ("cooperation", "062") in _codes(extractor, text), text
    alone = _codes(extractor, "North Korea conducted exercises near the South Korean border.")
    assert ("military_exercise", "150") in alone and ("cooperation", "062") not in alone, alone


def test_tenth_batch_frames(extractor):
    """Frames with no trigger (or the wrong one) before batch 10, each in a wording of its own."""
    cases = {
        "Lisbon withdrew its negotiators from Jakarta.": ("sanction", "166"),
        "Burmese soldiers put the student leader under house arrest.": ("coercion", "173"),
        "Thai police are questioning two Cambodians over the robbery.": ("accusation", "091"),
        "Police in Lima fired tear gas to scatter the strikers.": ("attack", "175"),
        "Chinese troops seized a Vietnamese islet in the Spratlys.": ("occupation", "192"),
        "Hanoi returned the remains of 12 American airmen.": ("concession", "084"),
        "The South Korean government is pessimistic about talks with North Korea.": (
            "statement",
            "012",
        ),
    }
    for text, wanted in cases.items():
        assert wanted in _codes(extractor, text), (text, _codes(extractor, text))
    assert not _codes(extractor, "The government put the budget under review.")
    assert not _codes(extractor, "Iraq used poison gas against Iranian troops.") & {
        ("attack", "175")
    }


def test_a_leader_by_surname_or_title_has_a_country(extractor):
    """'Castro' alone is Cuba's leader; 'Queen Elizabeth' Britain's head of state."""
    praised = _extract(extractor, "Castro praised the Nicaraguan government.")
    assert any(a["country"] == "CUB" for e in praised for a in e["actors"]), praised
    sent = _extract(extractor, "Queen Elizabeth sent condolences to Mexico after the earthquake.")
    assert any(a["country"] == "GBR" for e in sent for a in e["actors"]), sent
