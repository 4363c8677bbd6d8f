"""The trigger lexicon: data-driven event triggers, word classes and modality words.

Everything lives in ``data/triggers.json`` so users extend the vocabulary without code; its
``include`` list names generated entry files read after the hand entries (``triggers_cameo.json``,
built from the PETRARCH2 CAMEO verb dictionary by ``scripts/build_triggers_cameo.py``). At load
time every lemma is expanded into its inflected forms (regular rules plus the English
irregulars shipped with spaCy's lemmatizer tables), which gives two cheap services:

* ``lemmas(form, pos)``: the lexicon lemmas an inflected word can be — no lemmatizer needed;
* ``is_candidate(forms)``: does a tokenized (unparsed) sentence hold all the words some trigger
  entry needs? This is the relevance pre-filter that runs before the parser.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Protocol

VOWELS = set("aeiou")
# a clause or infinitive can follow; 'would' or 'will' marks one without 'that' ('warned
# France it would act')
COMPLEMENTIZERS = frozenset({"to", "that", "for", "would", "will"})
STATE_MARK = "<state>"
"""Stands, among a sentence's word forms, for a country, demonym, capital or town named in it:
what an entry whose only object is '@country' needs before the pre-filter lets it pass."""
NEGATIONS = frozenset(  # the words an entry marked ``negated`` needs, as the pre-filter reads them
    {"not", "never", "cannot"}
    | {f"{aux}n't" for aux in ("do", "does", "did", "would", "could", "should", "is", "are", "was")}
    | {"won't", "can't", "wouldn't", "weren't", "mustn't"}
)
PREPOSITION_WORDS = frozenset(
    {
        "to",
        "with",
        "on",
        "upon",
        "for",
        "in",
        "at",
        "near",
        "inside",
        "of",
        "against",
        "into",
        "over",
        "out",
        "back",
        "down",
        "up",
        "aside",
        "off",
    }
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger rule: lemmas of one part of speech and what they must have around them."""

    index: int
    lemmas: frozenset[str]
    pos: str
    type: str
    cameo: str | None
    confidence: float
    object: frozenset[str] | None = None
    object_not: frozenset[str] | None = None
    object_compound: frozenset[str] | None = None  # a modifier of the object: 'martial law'
    subject: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    prt: frozenset[str] | None = None
    compound: frozenset[str] | None = None
    compound_not: frozenset[str] | None = None  # never with this modifier: 'water concession'
    prep_object: frozenset[str] | None = None
    prep_object_not: frozenset[str] | None = None  # 'spoke to reporters': no call
    subject_of: frozenset[str] | None = None
    object_of: frozenset[str] | None = None  # the object (or passive subject) of these verbs
    object_of_not: frozenset[str] | None = None  # never the object of these: 'cut tariffs'
    # the object of 'with' after these verbs, whose own object is talks: 'ended the summit
    # with an agreement'
    with_object_of: frozenset[str] | None = None
    complement: frozenset[str] | None = None
    # an object of the complement verb ('ordered Hungary to close its consulate')
    complement_object: frozenset[str] | None = None
    requires_complement: bool = False
    # no clause or infinitive below the trigger: 'called on Nehru' is a courtesy call, 'called
    # on Nehru to resign' an appeal
    no_complement: bool = False
    negated: bool = False  # only under 'not' or 'never' ('would not let Iran use …')
    complement_clause: bool = False
    light: bool = False  # a light verb: a more specific event noun as its object wins
    transitive: bool = False
    # no direct object of its own: 'tanks drove into the province' invade it, 'the army drove
    # thousands of villagers into Bangladesh' drives people out
    intransitive: bool = False
    dative: bool = False  # a recipient as first object ('gave Kenya a loan', 'lent Peru 50 mln')
    predicative: bool = False
    person_object: bool = False
    person_subject: bool = False
    country_subject: bool = False  # '@country' among subjects: a state or nation ('Israel bombed')
    country_object: bool = False
    country_prep_object: bool = False  # '@country' among prep_object: a state or nation
    person_prep_object: bool = False  # '@person' among prep_object: a person or office
    people_object: bool = False  # '@people' among object: people of a nation ('25 Britons')
    people_subject: bool = False  # '@people' among subjects: a crowd of a nation's people

    @property
    def specificity(self) -> int:
        """How many constraints the entry sets (more specific entries win)."""
        return (
            sum(
                x is not None and x is not False
                for x in (
                    self.object,
                    self.object_compound,
                    self.subject,
                    self.prep,
                    self.prt,
                    self.compound,
                    self.prep_object,
                    self.subject_of,
                    self.object_of,
                    self.with_object_of,
                    self.complement,
                    self.complement_object,
                )
            )
            + int(self.requires_complement)
            + int(self.no_complement)
            + int(self.intransitive)
            + int(self.negated)
            + int(self.predicative)
            + int(self.dative)
            + int(self.people_object)
        )


class WordOrder(Protocol):
    """Where words stand in a sentence, for needs that must follow their trigger word."""

    def follows(self, form: str, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands after ``form`` (close enough to be its own)."""
        ...

    def state_follows(self, form: str) -> bool:
        """Whether a state's name stands after ``form`` (close enough to be its object)."""
        ...

    def always_before(self, form: str, word: str) -> bool:
        """Whether ``word`` stands right after every ``form`` of the sentence."""
        ...

    def state_placed(self, form: str) -> bool:
        """Whether a state named in the sentence can be the object of ``form``: after it, or
        before it as the subject of a passive participle ('Iraq was told to …', headline
        'Libya ordered to pay'); anywhere in a story's lead."""
        ...

    def object_placed(self, form: str, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands where the object of ``form`` can: after it, or before
        it as a passive subject or the noun a relative clause on it tells of ('the accord that
        Peru signs')."""
        ...


@dataclass(frozen=True, slots=True)
class Needs:
    """What an entry needs besides its word, compiled for the pre-filter: sets of forms the
    sentence must hold one of each (``words``); among them the prepositions and particles
    that must stand after the trigger word (``after``: 'on his way to Cairo', not 'to say he
    went all the way'); and the positions in ``words`` of the lists with '@country' that a
    state named after the trigger also meets (``or_state``: 'drove the Turks across the
    border', 'sat down with Pyongyang'); the forms of the entry word that give nothing right
    before 'to' (``infinitive_stops``: 'wants to stay', not 'wants Iran to'; 'is due to begin
    in May', not 'is due in Cairo');
    whether the state an entry needs as its only object must be named after the trigger word,
    or before it as a passive participle's subject (``state_after``: 'told Cairo to', 'Cairo
    was told to', not 'Egypt's minister told reporters'); the forms of the entry word that
    are no past participle ('signs', 'signing', 'sign'), whose object list's word must stand
    where their object can (``placed``: 'signs the accord', not 'the accord's critics signs
    of'); and the position of the list of doers, which a capitalised word meets too
    (``doers_at``: 'was thrown out by the New Zealand High Court')."""

    words: tuple[frozenset[str], ...] = ()
    after: tuple[frozenset[str], ...] = ()
    or_state: frozenset[int] = frozenset()
    infinitive_stops: frozenset[str] = frozenset()
    state_after: bool = False
    placed: frozenset[str] = frozenset()
    doers_at: frozenset[int] = frozenset()

    NONE: ClassVar[Needs]

    def met(
        self, form: str, forms: set[str], order: WordOrder | None, named: Set[str] = frozenset()
    ) -> bool:
        """Whether a sentence of ``forms`` meets these needs of the entry word ``form``; with
        ``order``, also where the words stand (read last: it costs most). The sentence's
        capitalised words (``named``) meet the list of doers (``doers_at``) too."""
        for i, need in enumerate(self.words):
            if i in self.doers_at and not need.isdisjoint(named):
                continue  # 'by the New Zealand High Court'
            if need.isdisjoint(forms) and not (
                i in self.or_state
                and STATE_MARK in forms
                and (order is None or order.state_follows(form))
            ):
                return False
        if order is None:
            return True
        if form in self.infinitive_stops and order.always_before(form, "to"):
            return False
        if self.state_after and not order.state_placed(form):
            return False
        if form in self.placed and not self._object_placed(form, forms, order):
            return False
        return all(order.follows(form, group) for group in self.after)

    def _object_placed(self, form: str, forms: set[str], order: WordOrder) -> bool:
        """The object list (first of ``words``) met where an object stands, or by a state
        named after the trigger when the list has '@country'."""
        objects = self.words[0]
        if objects.isdisjoint(forms):
            return True  # met by a state (``or_state``), which ``met`` placed already
        return order.object_placed(form, objects) or (
            0 in self.or_state and STATE_MARK in forms and order.state_follows(form)
        )


Needs.NONE = Needs()


WORD_LEMMA_MEMORY = 1 << 15  # words whose lemmas ``Lexicon.word_and_lemmas`` keeps (a few MB)


@dataclass(slots=True)
class Lexicon:
    """Trigger entries indexed by lemma, with inflected-form tables and modality word lists."""

    entries: list[Entry]
    classes: dict[str, frozenset[str]]
    modality: dict[str, frozenset[str]]
    by_lemma: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    """Entries by (part of speech, lemma), the most specific first."""
    forms: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    anchors: dict[str, list[Entry]] = field(default_factory=dict)
    # form -> the needs of its entries, compiled (deduplicated); ``Needs.NONE`` means the
    # form alone makes a candidate
    anchor_needs: dict[str, tuple[Needs, ...]] = field(default_factory=dict)
    # form -> its entries, each with its compiled needs (for ``is_candidate_of``)
    typed_needs: dict[str, tuple[tuple[Entry, Needs], ...]] = field(default_factory=dict)
    # the forms of the penalties an ultimatum names ('or face sanctions'), for the pre-filter
    # only: they are no lemmas of the lexicon
    penalty_forms: frozenset[str] = frozenset()
    # unions of word classes asked for by name, built once (see ``word_classes``)
    _unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    _derived: dict[str, frozenset[str]] = field(default_factory=dict)
    _inflections: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    # a word's string id → the word with every lemma it can inflect (see ``word_and_lemmas``)
    _word_lemmas: dict[int, frozenset[str]] = field(default_factory=dict)

    def lemmas(self, form: str, pos: str) -> set[str]:
        """Lexicon lemmas the lower-cased ``form`` can be an inflection of, as ``pos``."""
        return self.forms.get(form, {}).get(pos, set())

    def word_and_lemmas(self, word_id: int, strings) -> frozenset[str]:
        """The lower-cased word of string id ``word_id`` (``strings``: the vocabulary's string
        store) with every lemma of the lexicon it can inflect, as any part of speech: one
        look-up per word for ``events.sentence_lemmas`` instead of a union per part of speech.
        Kept for the words asked (forgotten all at once past ``WORD_LEMMA_MEMORY`` of them)."""
        found = self._word_lemmas.get(word_id)
        if found is None:
            word = strings[word_id]
            found = frozenset((word,)).union(*self.forms.get(word, {}).values())
            if len(self._word_lemmas) >= WORD_LEMMA_MEMORY:
                self._word_lemmas.clear()
            self._word_lemmas[word_id] = found
        return found

    def entries_for(self, form: str, pos: str) -> list[Entry]:
        """Entries whose lemma ``form`` inflects, for the given part of speech."""
        out: list[Entry] = []
        for lemma in self.lemmas(form, pos):
            out.extend(self.by_lemma.get((pos, lemma), ()))
        return out

    def word_class(self, name: str) -> frozenset[str]:
        """The words of one class of the trigger data (empty for an unknown name)."""
        return self.classes.get(name, frozenset())

    def word_classes(self, *names: str) -> frozenset[str]:
        """The union of several word classes, built on first use and kept."""
        union = self._unions.get(names)
        if union is None:
            union = frozenset().union(*(self.word_class(name) for name in names))
            self._unions[names] = union
        return union

    def inflections(self, words: frozenset[str]) -> frozenset[str]:
        """Every lower-cased form in which ``syntax.any_lemma`` finds one of ``words``: the
        words and each form the tables inflect one of them as (built once per word set). A
        sentence with none of these forms has no token ``any_lemma`` accepts."""
        found = self._inflections.get(words)
        if found is None:
            found = self._inflections[words] = words | frozenset(
                form
                for form, by_pos in self.forms.items()
                if any(not lemmas.isdisjoint(words) for lemmas in by_pos.values())
            )
        return found

    def derived(self, key: str, build: Callable[[], frozenset[str]]) -> frozenset[str]:
        """A word set made from word classes and fixed words (``build``), built on first use
        and kept under ``key``."""
        words = self._derived.get(key)
        if words is None:
            words = self._derived[key] = build()
        return words

    def is_candidate(
        self, forms: set[str], order: WordOrder | None = None, named: Set[str] = frozenset()
    ) -> bool:
        """True when the lower-cased word forms of a sentence satisfy some entry's word needs;
        with ``order``, an entry's preposition or particle must also follow its word. The
        sentence's capitalised words (``named``) meet an entry's list of doers too ('was thrown
        out by the New Zealand High Court': the court its subject needs), no other list."""
        for form in forms:
            for needs in self.anchor_needs.get(form, ()):
                if needs.met(form, forms, order, named):
                    return True
        return self._must_clause(forms) or self._ultimatum_clause(forms)

    def is_candidate_of(self, forms: set[str], types: frozenset[str]) -> bool:
        """Like ``is_candidate``, counting only entries of ``types`` that need some word
        besides the trigger, met by other words than the trigger itself ('a bomb exploded',
        'went on strike'; not a bare 'beat', nor 'forced' meeting the object 'force')."""
        return any(
            entry.type in types
            and needs.words
            and all(not need.isdisjoint(forms - {form}) for need in needs.words)
            for form in forms
            for entry, needs in self.typed_needs.get(form, ())
        )

    def _needs_met(self, entry: Entry, forms: set[str]) -> bool:
        """``Needs.met`` read off the entry word by word, with no word order."""
        for group, by_state in _word_groups(entry):
            if not any(self.lemmas_present(group, forms)) and not (
                by_state and STATE_MARK in forms
            ):
                return False
        if _needs_a_state(entry) and STATE_MARK not in forms:
            return False
        if entry.requires_complement and not forms & COMPLEMENTIZERS:
            return False
        if entry.negated and not forms & NEGATIONS:
            return False
        return all(not group or group & forms for group in (entry.prep, entry.prt))

    def _compile_needs(self) -> None:
        """Per anchor form, each entry's word needs as sets of forms (what ``_needs_met``
        checks word by word), so the pre-filter tests them with set intersections."""
        forms_of: dict[str, set[str]] = defaultdict(set)  # lemma (any pos) -> its forms
        for form, by_pos in self.forms.items():
            for pos_lemmas in by_pos.values():
                for lemma in pos_lemmas:
                    forms_of[lemma].add(form)
        compiled: dict[int, Needs] = {}
        for entry in self.entries:
            groups = _word_groups(entry)
            needs = [
                frozenset(f for lemma in g for f in forms_of.get(lemma, ())) for g, _ in groups
            ]
            or_state = frozenset(i for i, (_, by_state) in enumerate(groups) if by_state)
            doers_at = frozenset(i for i, (g, _) in enumerate(groups) if g is entry.subject)
            if _needs_a_state(entry):
                needs.append(frozenset({STATE_MARK}))
            if entry.requires_complement:
                needs.append(COMPLEMENTIZERS)
            if entry.negated:
                needs.append(NEGATIONS)
            after = tuple(group for group in (entry.prep, entry.prt) if group)
            compiled[entry.index] = Needs(
                tuple(needs) + after,
                after,
                or_state,
                _infinitive_stops(entry, forms_of),
                _needs_a_state(entry),
                _placed_forms(entry, forms_of),
                doers_at,
            )
        for form, entries in self.anchors.items():
            self.typed_needs[form] = tuple((e, compiled[e.index]) for e in entries)
            unique = {compiled[e.index] for e in entries}
            self.anchor_needs[form] = (Needs.NONE,) if Needs.NONE in unique else tuple(unique)

    def lemmas_present(self, lemmas: frozenset[str], forms: set[str]) -> Iterable[bool]:
        for form in forms:
            for pos_lemmas in self.forms.get(form, {}).values():
                yield bool(pos_lemmas & lemmas)

    def _ultimatum_clause(self, forms: set[str]) -> bool:
        """'told Paris to drop the levy or face countermeasures', 'said Peru would face
        retaliation unless …' is a threat: needs 'or' or 'unless', a verb of facing and a
        penalty."""
        return (
            ("or" in forms or "unless" in forms)
            and not self.penalty_forms.isdisjoint(forms)
            and any(self.lemmas_present(self.modality.get("ultimatum_verbs", frozenset()), forms))
        )

    def _must_clause(self, forms: set[str]) -> bool:
        """'X said Y must …' is a demand: needs a 'must' word and a speech verb."""
        return bool(forms & self.modality["must_aux"]) and any(
            self.lemmas_present(self.modality["speech"], forms)
        )


PLACE_ACTS = frozenset({"occupation", "attack", "airstrike", "shelling", "blockade"})
"""Types of acts done to a place, whose '@country' object the pre-filter cannot see."""


def _word_groups(entry: Entry) -> list[tuple[frozenset[str], bool]]:
    """The word lists an entry needs one word of in the sentence: its object, subject,
    compound, preposition-object and complement lists ('stopped buying': 'buying'), each with
    whether a state named in the sentence meets it too (an object or preposition-object list
    with '@country': 'drove the Turks across the border', 'sat down with Pyongyang'). The
    object list of an act done to a place that a place named on the parse can also meet
    ('recaptured Bukavu') is no need at all. '@person' lists stay needs of their words: a
    name alone lets in too much ('the Trades Union Congress is discussing'); a '@people' list
    is met by a nation named after the trigger too ('freed two Britons')."""
    objects = None if _by_place(entry) else entry.object
    groups = (
        (objects, entry.country_object or entry.people_object),
        (entry.subject, False),
        (entry.compound, False),
        (entry.prep_object, entry.country_prep_object),
        (entry.complement, False),
        (entry.complement_object, False),
        (entry.with_object_of, False),  # 'ended the summit with an agreement': 'ended'
    )
    return [(g, by_state) for g, by_state in groups if g]


def _infinitive_stops(entry: Entry, forms_of: dict[str, set[str]]) -> frozenset[str]:
    """The forms of an entry word that give nothing right before 'to': an appeal's verb of
    wishing ('wants to stay' asks nothing of anyone) and the adjective of an entry whose own
    preposition is not 'to' (in 'is due to begin in May' the 'in' is the infinitive's). After
    a verb or a noun 'to' may be a preposition ('turned to Beijing for a loan')."""
    lemmas = entry.lemmas & SELF_WISHES if entry.type == "appeal" else frozenset()
    own = [group for group in (entry.prep, entry.prt) if group]
    if entry.pos == "adj" and own and not any("to" in group for group in own):
        lemmas = entry.lemmas
    return frozenset(f for lemma in lemmas for f in forms_of.get(lemma, ()))


def _by_place(entry: Entry) -> bool:
    """An act done to a place, whose '@country' object a place named on the parse meets."""
    return entry.country_object and entry.type in PLACE_ACTS


def _placed_forms(entry: Entry, forms_of: dict[str, set[str]]) -> frozenset[str]:
    """The forms of a verb entry with an object list of words (no '@person': a name is no
    word) that are no past participle: '-s' and '-ing' forms, and the base form of a verb whose
    participle differs from it ('sign', 'take'; not 'hit', 'overrun', 'cast'). A past
    participle's object may stand before it in a reduced clause ('the accord, signed in Lima,
    …'), which word order cannot tell."""
    if entry.pos != "verb" or entry.person_object or not entry.object or _by_place(entry):
        return frozenset()
    out: set[str] = set()
    for lemma in entry.lemmas:
        base_is_participle = lemma in past_participles(lemma)
        out |= {
            f
            for f in forms_of.get(lemma, ())
            if f.endswith("ing")
            or (f.endswith("s") and not f.endswith("ss"))
            or (f == lemma and not base_is_participle)
        }
    return frozenset(out)


VERB_PREFIXES = ("over", "under", "out", "mis", "with", "fore", "up")
"""Prefixes of verbs that inflect as their root ('overrun' as 'run', 'withdraw' as 'draw')."""


@cache
def _principal_parts() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Irregular verb -> (simple pasts, past participles), from ``data/irregular_verbs.tsv``."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    rows = (_data_dir() / "irregular_verbs.tsv").read_text(encoding="utf-8").splitlines()
    for line in rows:
        if not line.strip() or line.startswith("#") or line.startswith("base\t"):
            continue
        base, past, participle = line.split("\t")
        out[base] = (frozenset(past.split("|")), frozenset(participle.split("|")))
    return out


@cache
def bare_simple_pasts() -> frozenset[str]:
    """The irregular simple pasts that are no past participle of any verb ('froze', 'broke',
    'drove', 'took'): a word of them is a finite verb, never a participle or adjective."""
    parts = _principal_parts().values()
    pasts = frozenset(p for past, _ in parts for p in past)
    return pasts - frozenset(p for _, participle in parts for p in participle)


def past_participles(lemma: str) -> frozenset[str]:
    """The past participles of the verb ``lemma``: its irregular ones, or those of its root
    after a prefix ('overrun' → 'overrun', 'withdraw' → 'withdrawn'), else the regular '-ed'."""
    parts = _principal_parts()
    if lemma in parts:
        return parts[lemma][1]
    for prefix in VERB_PREFIXES:
        root = lemma[len(prefix) :]
        if lemma.startswith(prefix) and root in parts:
            return frozenset(prefix + p for p in parts[root][1])
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        return frozenset({lemma[:-1] + "ied"})
    return frozenset({stem + "ed"})


def _needs_a_state(entry: Entry) -> bool:
    """An entry whose only object, or only preposition object, is a state ('helped Egypt',
    'told Cairo to …', 'on his way to Cairo'): with no word to need, the pre-filter needs a
    place or nation named in the sentence (``STATE_MARK``), or any 'told … that' would pass."""
    only_object = entry.country_object and not entry.object and not entry.person_object
    only_prep_object = (
        entry.country_prep_object and not entry.prep_object and not entry.person_prep_object
    )
    return (only_object or only_prep_object) and entry.type not in PLACE_ACTS


def _data_dir() -> Path:
    return Path(str(resources.files("stream.extract").joinpath("data")))


SELF_WISHES = frozenset(
    json.loads((_data_dir() / "event_syntax.json").read_text("utf-8"))["self_wishes"]
)
"""Verbs of wishing ('want'): an appeal only with someone asked ('wants Iran to leave')."""


def _expand(words: Iterable[str], classes: dict[str, list[str]]) -> tuple[frozenset[str], set[str]]:
    """Resolve '@class' references; returns (words, names of special classes used)."""
    out: set[str] = set()
    special: set[str] = set()
    for w in words:
        if w.startswith("@"):
            name = w[1:]
            if name in classes:
                out.update(classes[name])
            else:
                special.add(name)  # @person / @country: resolved on the parse, not by lemma
        else:
            out.add(w)
    return frozenset(out), special


WORD_LIST_KEYS = (
    "object",
    "object_not",
    "object_compound",
    "subject",
    "prep",
    "prt",
    "compound",
    "compound_not",
    "prep_object",
    "prep_object_not",
    "subject_of",
    "object_of",
    "object_of_not",
    "with_object_of",
    "complement",
    "complement_object",
)
"""An entry's lists of words (or '@class' references) its trigger must have around it."""
FLAG_KEYS = (
    "requires_complement",
    "no_complement",
    "negated",
    "predicative",
    "transitive",
    "intransitive",
    "dative",
    "complement_clause",
    "light",
)
ENTRY_KEYS = frozenset(
    {"lemmas", "pos", "type", "cameo", "confidence", *WORD_LIST_KEYS, *FLAG_KEYS}
)
"""Every key a trigger entry may have; any other is an error in its data file."""
FILE_KEYS = frozenset({"include", "classes", "entries", "modality"})
"""Every key a trigger data file may have besides notes ('_doc')."""


class LexiconError(ValueError):
    """A trigger data file holds something the lexicon does not read."""


def _check_keys(file: Path, raw: dict[str, Any]) -> None:
    """Raise on a key of the file or of one of its entries that the lexicon does not read
    (a misspelt constraint would otherwise be dropped without a word)."""
    for key in raw:
        if key not in FILE_KEYS and not key.startswith("_"):
            raise LexiconError(f"{file}: unknown top-level key {key!r}")
    for i, entry in enumerate(raw.get("entries", ())):
        for key in entry:
            if key not in ENTRY_KEYS and not key.startswith("_"):
                lemmas = ", ".join(entry.get("lemmas", ()))
                raise LexiconError(f"{file}: entry {i} ({lemmas}): unknown key {key!r}")


def _entry(index: int, raw: dict[str, Any], classes: dict[str, list[str]]) -> Entry:
    kwargs: dict[str, Any] = {}
    special_object: set[str] = set()
    special_subject: set[str] = set()
    special_prep_object: set[str] = set()
    for key in WORD_LIST_KEYS:
        if key in raw:
            words, special = _expand(raw[key], classes)
            kwargs[key] = words if words else None
            if key == "object":
                special_object = special
            elif key == "subject":
                special_subject = special
            elif key == "prep_object":
                special_prep_object = special
    return Entry(
        index=index,
        lemmas=frozenset(raw["lemmas"]),
        pos=raw["pos"],
        type=raw["type"],
        cameo=raw.get("cameo"),
        confidence=float(raw.get("confidence", 0.7)),
        requires_complement=bool(raw.get("requires_complement", False)),
        no_complement=bool(raw.get("no_complement", False)),
        negated=bool(raw.get("negated", False)),
        predicative=bool(raw.get("predicative", False)),
        transitive=bool(raw.get("transitive", False)),
        intransitive=bool(raw.get("intransitive", False)),
        dative=bool(raw.get("dative", False)),
        complement_clause=bool(raw.get("complement_clause", False)),
        light=bool(raw.get("light", False)),
        person_object="person" in special_object,
        country_object="country" in special_object,
        person_subject="person" in special_subject,
        country_subject="country" in special_subject,
        country_prep_object="country" in special_prep_object,
        person_prep_object="person" in special_prep_object,
        people_object="people" in special_object,
        people_subject="people" in special_subject,
        **kwargs,
    )


def _irregular_forms() -> dict[str, dict[str, set[str]]]:
    """lemma -> pos -> irregular inflected forms, from spaCy's English lemmatizer tables."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    path = _data_dir() / "irregular_forms.json"
    if path.exists():
        for pos, table in json.loads(path.read_text(encoding="utf-8")).items():
            if pos.startswith("_"):
                continue
            for form, lemmas in table.items():
                for lemma in lemmas:
                    out[lemma][pos].add(form)
    return out


SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")  # 'reaches', 'taxes', 'vetoes', 'heroes'


def _es_form(lemma: str) -> set[str]:
    """The '-es' form of a lemma whose plural or third person takes it; none of another
    ('band' is no form of 'ban', nor 'wares' of 'war')."""
    return {lemma + "es"} if lemma.endswith(SIBILANT_ENDS) else set()


def inflections(lemma: str, pos: str) -> set[str]:
    """Regular English inflections of ``lemma`` (over-generation is harmless where it makes no
    word, as 'signes'; not where it does: 'ban' + 'd' is 'band')."""
    forms = {lemma}
    if " " in lemma:
        return forms
    if pos == "noun":
        forms |= {lemma + "s", *_es_form(lemma)}
        if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
            forms.add(lemma[:-1] + "ies")
        if lemma.endswith("f"):
            forms.add(lemma[:-1] + "ves")
        if lemma.endswith("man"):
            forms.add(lemma[:-3] + "men")
        return forms
    if pos == "adj":
        return forms
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms |= {lemma + "s", *_es_form(lemma), stem + "ed", stem + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma + "d")
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    if (
        len(lemma) >= 3
        and lemma[-1] not in VOWELS | {"w", "x", "y"}
        and lemma[-2] in VOWELS
        and lemma[-3] not in VOWELS
    ):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _build_forms(lexicon: Lexicon, irregular: dict[str, dict[str, set[str]]]) -> None:
    wanted: dict[str, set[str]] = defaultdict(set)  # pos -> lemmas
    for entry in lexicon.entries:
        wanted[entry.pos] |= entry.lemmas
        for group in (
            entry.object,
            entry.object_not,
            entry.subject,
            entry.compound,
            entry.compound_not,
            entry.prep_object,
            entry.prep_object_not,
            entry.complement_object,
        ):
            if group:
                wanted["noun"] |= group
        for group in (
            entry.subject_of,
            entry.object_of,
            entry.object_of_not,
            entry.with_object_of,
            entry.complement,
        ):
            if group:
                wanted["verb"] |= group
    for words in lexicon.classes.values():
        wanted["noun"] |= words
    modality_words = (
        "speech",
        "attribution",
        "intend",
        "expect",
        "possible",
        "refuse",
        "holding_back",
        "inability",
        "short_of",
        "put_off",
        "ongoing_verbs",
        "copula",
        "told_of_verbs",
        "sign_verbs",
        "detail_verbs",
    )
    guess_words = (
        "belief",
        "chance_nouns",
        "wished_of_others",
        "deadline_givers",
        "onlookers",
        "unnamed_observers",
    )
    for key in (
        *modality_words,
        "goal_nouns",
        "suffer_verbs",
        "time_limits",
        "outcome_nouns",
        *guess_words,
    ):
        wanted["verb"] |= lexicon.modality.get(key, frozenset())
        wanted["noun"] |= lexicon.modality.get(key, frozenset())
    for pos, lemmas in wanted.items():
        for lemma in lemmas:
            forms = inflections(lemma, pos) | irregular.get(lemma, {}).get(pos, set())
            if pos == "verb":
                forms |= irregular.get(lemma, {}).get("verb", set())
            for form in forms:
                lexicon.forms.setdefault(form, {}).setdefault(pos, set()).add(lemma)
    for entry in lexicon.entries:
        for lemma in entry.lemmas:
            lexicon.by_lemma.setdefault((entry.pos, lemma), []).append(entry)
            for form in inflections(lemma, entry.pos) | irregular.get(lemma, {}).get(
                entry.pos, set()
            ):
                lexicon.anchors.setdefault(form, []).append(entry)
                # hyphenated lemmas ("cease-fire") also match their last part after a hyphen
    for candidates in lexicon.by_lemma.values():  # most specific first; ties keep file order
        candidates.sort(key=lambda entry: -entry.specificity)
    for form in list(lexicon.anchors):
        if "-" in form:
            lexicon.anchors.setdefault(form.replace("-", ""), []).extend(lexicon.anchors[form])


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load (once) the trigger lexicon from ``path`` or the packaged ``data/triggers.json``."""
    file = Path(path) if path else _data_dir() / "triggers.json"
    raw = json.loads(file.read_text(encoding="utf-8"))
    _check_keys(file, raw)
    classes_raw: dict[str, list[str]] = raw.get("classes", {})
    raw_entries = list(raw["entries"])
    for name in raw.get("include", ()):  # generated entry files, read after the hand entries
        extra = json.loads((file.parent / name).read_text(encoding="utf-8"))
        _check_keys(file.parent / name, extra)
        raw_entries += extra["entries"]
        classes_raw = {**extra.get("classes", {}), **classes_raw}
    entries = [_entry(i, e, classes_raw) for i, e in enumerate(raw_entries)]
    modality = {
        k: frozenset(v) for k, v in raw.get("modality", {}).items() if not k.startswith("_")
    }
    lexicon = Lexicon(entries, {k: frozenset(v) for k, v in classes_raw.items()}, modality)
    irregular = _irregular_forms()
    _build_forms(lexicon, irregular)
    lexicon.penalty_forms = frozenset(
        f for w in modality.get("ultimatum_penalties", ()) for f in inflections(w, "noun")
    )
    lexicon._compile_needs()
    return lexicon
