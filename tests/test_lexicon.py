"""The trigger lexicon: the CAMEO-derived entries, their build, and the classes they add."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from stream.extract import Article, Extractor
from stream.extract.lexicon import load_lexicon

REPO = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).parent / "fixtures" / "cameo_verbs_sample.txt"
DATA = REPO / "stream" / "extract" / "data"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_triggers_cameo", REPO / "scripts" / "build_triggers_cameo.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def _build_sample(
    bare_verbs: list[str],
    drop_codes: tuple[str, ...] = (),
    hand_entries: tuple[dict, ...] = (),
    drop_patterns: tuple[str, ...] = (),
) -> dict:
    builder = _builder()
    select = {
        "bare_verbs": bare_verbs,
        "drop_codes": list(drop_codes),
        "drop_phrasal": [],
        "drop_verbs": [],
        "drop_objects": [],
        "drop_patterns": list(drop_patterns),
        "vague_modifiers": ["more"],
        "confidence": 0.5,
    }
    ontology = json.loads((DATA / "ontology.json").read_text(encoding="utf-8"))
    hand = {"entries": [{"lemmas": ["kill"], "pos": "verb", "type": "attack"}, *hand_entries]}
    return builder.build(SAMPLE, select, ontology, hand)


def _find(data: dict, **want) -> list[dict]:
    return [e for e in data["entries"] if all(e.get(k) == v for k, v in want.items())]


def test_build_is_deterministic():
    builder = _builder()
    first = builder.render(_build_sample(["pound", "thump", "impose"]))
    second = builder.render(_build_sample(["thump", "impose", "pound"]))
    assert first == second
    assert json.loads(first)["entries"]


def test_patterns_become_entries_for_the_verb_they_were_written_for():
    data = _build_sample([])
    sanctions = _find(data, object=["sanction"])  # plural in the dictionary, a lemma here
    assert [(e["lemmas"], e["type"], e["cameo"]) for e in sanctions] == [
        (["impose"], "sanction", "163")
    ]
    clash = _find(data, prep=["in"], prep_object=["clash"])
    assert [(e["lemmas"], e["type"], e["cameo"]) for e in clash] == [(["kill"], "clash", "193")]
    # a synonym set becomes a class of the generated file
    air = _find(data, subject=["@cameo_aircraft"], lemmas=["pound"])
    assert [(e["lemmas"], e["type"]) for e in air] == [(["pound"], "airstrike")]
    assert data["classes"]["cameo_aircraft"] == ["helicopter", "jet", "warplane"]
    # a verb with only a preposition ('* WITH', '* (ON GOODS)' has a noun) decides nothing
    assert not _find(data, lemmas=["slay"])
    assert _find(data, lemmas=["levy"], prep=["on"], prep_object=["good"])
    assert not _find(_build_sample([], drop_codes=("16",)), object=["sanction"])
    # a two-word noun is its head with the modifier the parse must show ('imposed martial law');
    # one whose modifier makes no phrase ('{MORE TARIFFS}') is left out
    martial = _find(data, cameo="1724")
    assert [(e["lemmas"], e["object"], e["object_compound"]) for e in martial] == [
        (["impose"], ["law"], ["martial"])
    ]
    assert not _find(data, object=["tariff"])
    # a subject and an object together ('&AIRCRAFT * BRIDGE')
    bridge = _find(data, object=["bridge"])
    assert [(e["lemmas"], e["subject"], e["type"]) for e in bridge] == [
        (["thump"], ["@cameo_aircraft"], "airstrike")
    ]
    # a refinement never gives a verb and object the hand lexicon reads another type
    hand_bridge = {"lemmas": ["thump"], "pos": "verb", "type": "attack", "object": ["bridge"]}
    assert not _find(_build_sample([], hand_entries=(hand_bridge,)), object=["bridge"])
    # nor does a pattern the selection drops by its text
    assert not _find(
        _build_sample([], drop_patterns=("thump: &AIRCRAFT * BRIDGE",)), object=["bridge"]
    )
    # 'drive * (OUT OF)': the parse's preposition 'out', with someone driven out
    out = _find(data, lemmas=["drive"])
    assert [(e["prep"], e["transitive"], e["type"]) for e in out] == [
        (["out"], True, "mass_violence")
    ]


def test_bare_verbs_only_when_selected_and_null_patterns_exclude_objects():
    assert not _find(_build_sample([]), lemmas=["pound"], type="attack", cameo="190")
    data = _build_sample(["pound", "impose", "kill"])
    assert _find(data, lemmas=["pound"], type="attack", cameo="190")
    bare_impose = _find(data, lemmas=["impose"], cameo="170")
    assert bare_impose and bare_impose[0]["object_not"] == ["tax"]  # '[---] # IMPOSE TAXES'
    # a verb the hand lexicon already has gets no second bare entry
    assert not [e for e in data["entries"] if e["lemmas"] == ["kill"] and len(e) == 5]
    # ... unless the hand lexicon reads it only with a preposition ('pound ... with shells')
    with_shells = {"lemmas": ["pound"], "pos": "verb", "type": "attack", "prep": ["with"]}
    data = _build_sample(["pound"], hand_entries=(with_shells,))
    assert _find(data, lemmas=["pound"], type="attack", cameo="190")


def test_packaged_lexicon_includes_the_cameo_entries():
    hand = json.loads((DATA / "triggers.json").read_text(encoding="utf-8"))
    cameo = json.loads((DATA / "triggers_cameo.json").read_text(encoding="utf-8"))
    lex = load_lexicon()
    assert len(lex.entries) == len(hand["entries"]) + len(cameo["entries"])
    assert "cameo_aircraft" in lex.classes
    assert any(e.type == "airstrike" for e in lex.entries_for("pounded", "verb"))
    # hand entries come first, so they win ties with generated ones
    assert lex.entries[0].lemmas == frozenset(hand["entries"][0]["lemmas"])


SENTENCES = [
    "Iraqi warplanes pounded Iranian oil installations on Sunday.",
    "The central bank said exports to Japan rose by four percent.",
    "Rebels took three engineers hostage near the border.",
    "Shares came to rest after a volatile session.",
    "Iran vowed revenge against Iraq.",
    "The company filed a suit against its former chairman.",
    "Troops pressed on into the city.",
]


def test_compiled_prefilter_agrees_with_the_entry_by_entry_check():
    from stream.extract.relevance import sentence_words

    lex = load_lexicon()
    seen = set()
    for text in SENTENCES:
        words, _ = sentence_words(text)
        slow = any(lex._needs_met(e, words) for f in words for e in lex.anchors.get(f, ()))
        slow = slow or lex._must_clause(words)
        assert lex.is_candidate(words) == slow, text
        seen.add(slow)
    assert seen == {True, False}


CASES = [
    # CAMEO phrase patterns and subject patterns
    ("Iraqi warplanes pounded Iranian oil installations.", "airstrike"),
    ("Israeli jets raided Palestinian bases in southern Lebanon.", "airstrike"),
    ("Rebels took three Italian engineers hostage in Nigeria.", "attack"),
    ("Iran detonated a landmine under the convoy.", "attack"),
    ("The army clamped down on the opposition in Rangoon.", "coercion"),
    ("The Kremlin lashed out at Washington over the summit.", "accusation"),
    ("Government troops wiped out a rebel force in the north.", "attack"),
    ("Government troops broke up demonstrations in Rangoon.", "attack"),
    ("Israel lodged a protest with Egypt over the border incident.", "protest"),  # formal
    # two-word nouns on their head with the modifier, subject-and-object patterns, 'out of'
    ("The ruling junta imposed martial law across the northern provinces.", "coercion"),
    ("Kenya and Uganda established diplomatic relations in 1965.", "support"),
    ("Rebel troops entered the provincial town of Kiseni on Friday.", "occupation"),
    ("Government militias drove the villagers out of the valley last spring.", "mass_violence"),
    # selected synonym-block verbs
    ("Chad's army repulsed a Libyan column near Fada.", "attack"),
    ("Iraqi artillery pummelled Iranian positions near Basra.", "attack"),
    ("Tamil separatists slaughtered 30 villagers.", "mass_violence"),
    ("Israel retaliated against Syria on Sunday.", "attack"),
    ("The Soviet Union chastised the United States over Nicaragua.", "accusation"),
    ("The opposition leader ridiculed the government's offer of talks.", "accusation"),
    # light verbs and verbs the hand lexicon gained
    ("Iran scaled down its attacks on Gulf shipping.", "withdrawal"),
    ("The Soviet Union cut back its forces in Afghanistan.", "withdrawal"),
    ("Israel annexed the Golan Heights.", "occupation"),
    ("Shultz arrived in Moscow for talks with Shevardnadze.", "visit"),
    ("Iraqi planes struck an Iranian tanker.", "airstrike"),
    ("Iranian gunboats struck a Liberian-flagged tanker.", "attack"),
    ("Israel sealed off the Gaza Strip.", "blockade"),
    ("Shultz discussed arms control with Shevardnadze.", "meeting"),
    # a missile attack is an attack (an airstrike comes from aircraft)
    ("Iran launched a missile attack on a Kuwaiti tanker.", "attack"),
    # a vow of revenge or punishment is a threat, not a pledge
    ("Iran vowed revenge against Iraq after the attack.", "threat"),
    ("The Iraqi president swore to punish the attackers.", "threat"),
    ("Israel vowed to retaliate against Syria.", "threat"),
    ("The minister pledged to support the peace plan.", "pledge"),
]


NO_EVENT = [
    "The recession hit the car industry.",
    "The report discussed the economy.",
    # the head noun without the pattern's modifier, the subject without its object
    "The bank established close relations with its clients.",
    "The Bolivian envoy entered the town hall on Friday.",
    "The Nigerian president drove out of the capital on Monday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(extractor: Extractor, text: str):
    events = extractor.extract_many([Article(id="t", text=text, published_at=None)])[0]
    assert not events, [(e["type"], e["trigger"]) for e in events]


def test_going_on_strike_is_no_armed_strike(extractor: Extractor):
    # a town as the only party passes the pre-filter for a protest (CAMEO 143), never an attack
    text = "Dockers went on strike in Rotterdam on Monday."
    events = extractor.extract_many([Article(id="t", text=text, published_at=None)])[0]
    assert [e["type"] for e in events] == ["protest"]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_type(extractor: Extractor, text: str, expected: str):
    events = extractor.extract_many([Article(id="t", text=text, published_at=None)])[0]
    assert expected in {e["type"] for e in events}, [(e["type"], e["trigger"]) for e in events]


INTENT_CASES = [
    # intent nouns make the event an announced intent (CAMEO 03x)
    ("Syria signalled its willingness to negotiate with Israel.", "meeting", "036"),
    ("Iran expressed its readiness to resume talks with Iraq.", "meeting", "036"),
    ("Jordan announced its intention to restore relations with Egypt.", "support", "032"),
    ("Israel reaffirmed its commitment to withdraw from Lebanon.", "pledge", "0356"),
]


@pytest.mark.parametrize(("text", "expected", "cameo"), INTENT_CASES)
def test_intent_nouns(extractor: Extractor, text: str, expected: str, cameo: str):
    events = extractor.extract_many([Article(id="t", text=text, published_at=None)])[0]
    assert (expected, cameo) in {(e["type"], e["cameo"]) for e in events}, [
        (e["type"], e["cameo"], e["trigger"]) for e in events
    ]


def test_a_stray_mark_after_a_code_is_dropped():
    builder = _builder()
    assert builder._code("[080!]") == "080"
    assert builder._code("[042:043]") == "042"
    assert builder._code("[---]") is None and builder._code("[:173]") is None


def _small_lexicon(tmp_path: Path, lemmas: list[str], objects: list[str]):
    """A lexicon of one verb entry with an object list, read from a file of its own."""
    entry = {"lemmas": lemmas, "pos": "verb", "type": "sanction", "object": objects}
    path = tmp_path / "triggers.json"
    modality = {"must_aux": ["must"], "speech": ["say"]}
    path.write_text(json.dumps({"entries": [entry], "modality": modality}), encoding="utf-8")
    return load_lexicon(str(path))


def _passes(lexicon, sentence: str) -> bool:
    from stream.extract.relevance import SentenceOrder, sentence_words

    words, _ = sentence_words(sentence)
    return lexicon.is_candidate(words, SentenceOrder(sentence))


@pytest.mark.parametrize(
    ("verb", "sentence"),
    [
        ("shut", "Both consulates, shut in the spring, stay empty."),
        ("overrun", "Two garrisons, overrun at dawn, lay in ruins."),
        ("cast", "The ballots, cast on Sunday, were burned."),
        ("quit", "The bases, quit in haste, were looted."),
        ("spread", "The leaflets, spread over the town, were collected."),
    ],
)
def test_a_verb_whose_participle_is_its_base_form_may_follow_its_object(tmp_path, verb, sentence):
    # the base form is also the past participle of a reduced clause: its object may stand
    # before it
    objects = ["consulate", "garrison", "ballot", "base", "leaflet"]
    assert _passes(_small_lexicon(tmp_path, [verb], objects), sentence)


@pytest.mark.parametrize(
    ("verb", "sentence"),
    [
        ("take", "Two garrisons take no part, the rest fight."),
        ("withdraw", "The garrisons withdraw their claims."),
        ("strike", "The garrisons strike no blow."),
        ("drive", "The garrisons drive a hard bargain."),
        ("shoot", "The garrisons shoot at anything."),
    ],
)
def test_a_base_form_that_is_no_participle_needs_its_object_after_it(tmp_path, verb, sentence):
    # 'take' is never a participle ('taken' is): a word of the object list before it is its
    # subject, not its object
    assert not _passes(_small_lexicon(tmp_path, [verb], ["garrison"]), sentence)


def test_participles_of_irregular_and_prefixed_verbs():
    from stream.extract.lexicon import past_participles

    assert past_participles("beat") == {"beaten"}
    assert past_participles("withdraw") == {"withdrawn"}
    assert past_participles("overrun") == {"overrun"}
    assert past_participles("undercut") == {"undercut"}
    assert past_participles("strike") == {"struck", "stricken"}
    assert past_participles("sign") == {"signed"}
    assert past_participles("ally") == {"allied"}


def test_an_unknown_key_of_an_entry_names_file_entry_and_key(tmp_path):
    from stream.extract.lexicon import LexiconError

    good = {"lemmas": ["bomb"], "pos": "verb", "type": "attack"}
    bad = {"lemmas": ["shell"], "pos": "verb", "type": "attack", "objects": ["town"]}
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps({"entries": [good, bad]}), encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(str(path))
    message = str(caught.value)
    assert str(path) in message and "entry 1" in message and "shell" in message
    assert "'objects'" in message


def test_an_unknown_key_in_an_included_file_or_at_the_top_is_an_error(tmp_path):
    from stream.extract.lexicon import LexiconError

    (tmp_path / "more.json").write_text(
        json.dumps({"entries": [{"lemmas": ["raid"], "pos": "verb", "type": "attack", "neg": 1}]}),
        encoding="utf-8",
    )
    main = tmp_path / "triggers.json"
    main.write_text(json.dumps({"entries": [], "include": ["more.json"]}), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"more\.json: entry 0 \(raid\): unknown key 'neg'"):
        load_lexicon(str(main))
    top = tmp_path / "top.json"
    top.write_text(json.dumps({"entries": [], "clases": {}}), encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown top-level key 'clases'"):
        load_lexicon(str(top))


def test_an_unknown_key_of_an_event_type_is_an_error(tmp_path):
    from stream.extract.ontology import load_ontology

    path = tmp_path / "ontology.json"
    spec = {"category": "military", "cameo": "190", "plover": "ASSAULT", "hostle": True}
    path.write_text(json.dumps({"types": {"attack": spec}}), encoding="utf-8")
    with pytest.raises(ValueError, match="'attack'.*unknown key 'hostle'"):
        load_ontology(str(path))


def test_every_packaged_trigger_and_type_file_loads_with_notes_allowed(tmp_path):
    from stream.extract.ontology import load_ontology

    assert len(load_lexicon().entries) > 2000 and len(load_ontology().types) > 20
    noted = tmp_path / "triggers.json"
    entry = {"lemmas": ["bomb"], "pos": "verb", "type": "attack", "_note": "a note"}
    noted.write_text(json.dumps({"_doc": "d", "entries": [entry]}), encoding="utf-8")
    assert len(load_lexicon(str(noted)).entries) == 1


def test_a_union_of_word_classes_holds_every_class_and_is_built_once():
    lex = load_lexicon()
    union = lex.word_classes("weapon", "force")
    assert lex.word_class("weapon") <= union and lex.word_class("force") <= union
    assert union == lex.word_class("weapon") | lex.word_class("force")
    assert lex.word_classes("weapon", "force") is union
    assert lex.word_classes("no_such_class") == frozenset()


def test_a_derived_word_set_is_built_on_first_use_and_kept():
    lex = load_lexicon()
    builds = []

    def build() -> frozenset[str]:
        builds.append(1)
        return lex.word_class("weapon") | {"pitchfork"}

    words = lex.derived("weapons_and_pitchforks", build)
    assert "pitchfork" in words and lex.word_class("weapon") <= words
    assert lex.derived("weapons_and_pitchforks", build) is words
    assert builds == [1]
