"""Relevance pre-filter: which sentences can hold a diplomatic or military event.

Runs on the raw text with regular expressions (no tokenizer, tagger, parser or NER), so it
costs a small fraction of a parse and only candidate sentences are ever tokenized. A sentence is a candidate when

* its words satisfy some trigger entry of the lexicon (the trigger word plus, for light
  verbs, the object that makes them an event: "held" needs "talks"), and
* it names a political actor or institution: a country, demonym or capital, an institution
  or international organisation, a known leader, or a governmental, military, police,
  rebel or opposition role word ("minister", "troops", "rebels"), or a pair named before
  ("both countries", "the two sides").

Business and sports news share much of the vocabulary ("demand", "offer", "talks",
"attack") but rarely the second condition. In a sports report (enough of the words in
``data/sports.json``) countries and nationalities are teams and players, so there only an
office counts as an actor: a minister, the police, a government body, a known leader.

The needs of an entry are read as its structural test reads them: its preposition or particle
stands after the trigger word, within ``AFTER_WINDOW`` words ('on his way to Cairo', not 'to be
fair … all the way through'); an object or preposition-object list with '@country' is also met
by a state named after the trigger ('sat down with Pyongyang'); an entry whose object or
preposition object can only be a state needs one named after the trigger ('head for', 'on his
way to', 'told Cairo to'), or before it when the trigger may be a passive participle ('Cairo
was told to'; not 'Egypt's minister told reporters'), or anywhere in a story's lead (parsed,
it gives the later sentences their actors); an appeal's verb of
wishing right before 'to' asks nothing of anyone ('wants to stay', not 'wants Iran to'), nor
does a word own a later preposition there ('is due to begin in May', not 'is due in Cairo');
an object-list word stands where the object of a finite trigger form can: after it, or before
a relative clause on it ('signs the accord', 'the accord that Peru signs').

A sentence whose only party is a town or region of the gazetteer ('Two bombs shook Karachi',
'dockers in Antwerp went on strike') is a candidate for an armed act or a protest only
(``place_party_types`` of the modality words), by an entry that needs a word besides its
trigger met by another word: a bare 'beat' or 'shot' there is as often a game or a price. A
verb of arrest or jailing (``place_party_arrests``: 'Mr X was arrested in Siberia') passes
there by itself: only the place's authorities arrest people in it.

A sentence opened by a subject pronoun ('He accused …', 'They agreed to meet again') right
after a sentence of its paragraph whose opening subject names a state or an office is parsed
with that sentence, and is a candidate by its trigger words alone: the pronoun stands for the
subject named there.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from stream.extract.actors import DIVIDED_STATES, POSTED_WORDS, Gazetteer, Term
from stream.extract.events import (
    ARMED_EFFORTS,
    JOINT_WORDS,
    PAIR_MARKERS,
    PAIR_NOUNS,
    SIGNING_VERBS,
    with_body_standins,
)
from stream.extract.lexicon import STATE_MARK, Lexicon

Read = tuple[set[str], set[str]]  # a sentence's words and names (``sentence_words``)

POLITICAL_SOURCES = frozenset(
    {"country", "adjective", "people", "capital", "institution", "organization"}
)
POLITICAL_SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "COP",
        "OPP",
        "LEG",
        "JUD",
        "SPY",
        "SEP",
        "INS",
        "UAF",
        "PTY",
        "IGO",
        "REF",
    }
)
COMMON_NAME_WORDS = 3  # a word in this many names ("republic", "united") tells nothing
COUNTRY_SOURCES = frozenset({"country", "adjective", "people"})
OFFICE_SOURCES = frozenset({"institution", "organization"})
_SPORTS = json.loads((Path(__file__).parent / "data" / "sports.json").read_text("utf-8"))
SPORTS_WORDS = frozenset(_SPORTS["cue_words"])
# words of many names ('new', 'state', 'court'), that say nothing of which (actor_words.json)
_NAME_STOP_WORDS = frozenset(
    json.loads((Path(__file__).parent / "data" / "actor_words.json").read_text("utf-8"))[
        "stop_words"
    ]
)


def political_words(
    gaz: Gazetteer,
    generic: frozenset[str] = frozenset(),
    sources: frozenset[str] = POLITICAL_SOURCES,
    roles: bool = True,
) -> frozenset[str]:
    """Lower-case single words that name political actors, from the gazetteer: names of
    the kinds in ``sources``, with ``roles`` leaders' surnames and the role words of
    political sectors, and the two-letter ones in capitals as written ("US", "EU"). The
    words of a regulator's longer name are ``body_name_words`` instead."""
    names = [
        key
        for key, term in gaz.terms.items()
        if term.source in sources
        and not _regulator_name(gaz, key)
        and not (_national_company(term) and " " in key)
    ]
    if roles:
        names += [key.split()[-1] for key in gaz.leaders]  # surnames, not first names
    counts = Counter(w for name in names for w in set(name.split()))
    words = {
        w
        for name in names
        for w in name.split()
        if counts[w] < COMMON_NAME_WORDS or " " not in name
    }
    # the last word of a country's name in many names of few countries ('korea': North Korea,
    # South Korea, the Republic of Korea) still names them; 'republic' or 'islands' does not
    countries: dict[str, set[str]] = {}
    for key, term in gaz.terms.items():
        if term.source in COUNTRY_SOURCES and term.country and " " in key:
            countries.setdefault(key.split()[-1], set()).add(term.country)
    if sources >= COUNTRY_SOURCES:
        words |= {w for w, owners in countries.items() if len(owners) < COMMON_NAME_WORDS}
        words |= set(DIVIDED_STATES)  # 'the two Koreas'
    words |= {key.lower() for key, term in gaz.cased.items() if term.source in sources}
    # two-letter capitals ('US', 'UK', 'EU', 'UN') stay cased: 'us' and 'un' are other words
    cased_short = {
        key for key, term in gaz.cased.items() if term.source in sources and len(key) == 2
    }
    for word, role in gaz.roles.items() if roles else ():
        if " " in word and word in gaz.agent_roles:
            continue  # dictionary agent phrases ("minister for"): their last word says little
        if role.sector in POLITICAL_SECTORS:
            words.add(word.split()[-1])
            words.add(word.split()[-1] + "s")
    return frozenset(
        w for w in words if (len(w) > 2 and w.isalpha() or "." in w) and w not in generic
    ) | frozenset(cased_short)


def _national_company(term: Term) -> bool:
    """A company a state owns, listed with its state's country (organizations.tsv: 'Gazprom',
    'National Iranian Oil Company'). Only its one-word names ('gazprom', 'nioc') name it: the
    words of its longer names ('company', 'oil', 'petroleum', 'marketing') are any firm's, and a
    sentence holding them ('You should ask the company ...', 'his firm's interest in the
    company') names no political actor; nor do those names count against the other names'
    words ('petroleum' of OPEC, 'abu' of Abu Dhabi)."""
    return term.source == "organization" and term.sector == "BUS" and term.country is not None


def _regulator_name(gaz: Gazetteer, key: str) -> bool:
    """A regulator's name of more than one word ('federal trade commission'): regulators.tsv."""
    return key in gaz.regulator_names and " " in key


def body_name_words(gaz: Gazetteer, generic: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-case words of the longer names of regulators ('safety' of the National Highway
    Traffic Safety Administration, 'trade' of the Federal Trade Commission): written in
    capitals inside a sentence they are a part of the name; in lower case ('attacked its safety
    record', 'talks on trade') they name no one."""
    return frozenset(
        w
        for key in gaz.terms
        if _regulator_name(gaz, key)
        for w in key.split()
        if len(w) > 2 and w.isalpha() and w not in generic | STOP_WORDS | _NAME_STOP_WORDS
    )


def body_names(gaz: Gazetteer, actor_words: frozenset[str]) -> dict[str, list[frozenset[str]]]:
    """International bodies (IGO and NGO codes of the organisations list) whose names are made
    only of words too common to name anyone alone ('European Union', 'Arab League', 'Security
    Council', 'Red Cross'): the capitalised words of each name (no 'of', 'the'), keyed by each
    of them, so that a sentence naming all the words of one names that body."""
    out: dict[str, list[frozenset[str]]] = {}
    for key, term in gaz.terms.items():
        if term.source != "organization" or not (term.code or "").startswith(("IGO", "NGO")):
            continue  # the organisations list, not the dictionary's thousands of groups
        if " " not in key:
            continue
        words = frozenset(w for w in key.split() if w not in STOP_WORDS)
        if len(words) < 2 or not actor_words.isdisjoint(words):
            continue  # a word of it names the body alone ('nato', 'osce')
        for word in words:
            out.setdefault(word, []).append(words)
    return out


def state_words(gaz: Gazetteer) -> frozenset[str]:
    """Lower-case words naming a country, nation or capital ('egypt', 'egyptian', 'cairo',
    'korea'), chosen as ``political_words`` chooses them; not role words ('minister')."""
    words = political_words(gaz, sources=COUNTRY_SOURCES | {"capital"}, roles=False)
    return words - STOP_WORDS  # 'the' of 'The Hague'


def place_names(gaz: Gazetteer) -> frozenset[str]:
    """Lower-case one-word names of the gazetteer's towns and regions ('Karachi', 'Antwerp')."""
    return frozenset(
        key for key, term in gaz.terms.items() if term.source == "place" and key.isalpha()
    )


class Relevance:
    """Selects candidate sentence spans of a text with regular expressions (no tokenizer)."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        generic = lexicon.modality.get("not_actor_words", frozenset())
        self.actor_words = political_words(gazetteer, generic)
        places = {
            w
            for key, term in gazetteer.terms.items()
            if term.source in COUNTRY_SOURCES | {"capital"}
            for w in key.split()
        }  # 'Bank of France' names an office; 'france' alone is the team
        self.office_words = political_words(gazetteer, generic, OFFICE_SOURCES) - places
        self.body_words = body_name_words(gazetteer, generic)  # among a sentence's names alone
        self.body_names = body_names(gazetteer, self.actor_words)  # 'the European Union'
        self.place_words = place_names(gazetteer) - generic
        self.place_types = lexicon.modality.get("place_party_types", frozenset())
        self.place_arrests = _forms_of(lexicon, lexicon.modality.get("place_party_arrests", ()))
        self.penalties_after = _forms_of(lexicon, lexicon.modality.get("penalties_told_after", ()))
        self.country_words = state_words(gazetteer)
        self.state_words = self.country_words | self.place_words
        # 'signed it': the thing signed may be named only in the sentence before
        signing = sorted(form for form in _forms_of(lexicon, SIGNING_VERBS) if form.isalpha())
        self.signs_it = re.compile(rf"\b(?:{'|'.join(signing)})\s+it\b", re.IGNORECASE)
        # 'began operations in Cebu': an effort is armed only with a force or a modifier
        self.effort_forms = frozenset(
            f for noun in ARMED_EFFORTS["nouns"] for f in (noun, noun + "s")
        )
        # Words of a proper name that still count as words: an accord's ('signed the Lusaka
        # Protocol'), the seat an office works from ('called Barak from the White House') and
        # the title of an envoy before his name ('Soviet Ambassador Yuli Kvitsinsky was
        # summoned') or of a leader ('received Russian Prime Minister Viktor Chernomyrdin'),
        # an object some entries need
        self.name_words = (
            frozenset(f for w in lexicon.word_class("accord") for f in (w, w + "s"))
            | lexicon.word_class("seat_of_office")
            | lexicon.word_class("leader_title")
            | POSTED_WORDS
        )

    def is_candidate(
        self, sentence: str, sports: bool = False, lead: bool = False, read: Read | None = None
    ) -> bool:
        """Whether ``sentence`` has the words of some trigger entry and names an actor: a
        political word, or a pair named before ('both countries', 'the two sides'). In a
        sports report only an office is an actor. Where a town or region is the only party
        named ('Two bombs shook Karachi'), only an entry of a type a place can suffer or
        stage counts (``place_party_types``: armed acts, protests), or a verb of arrest or jailing
        (``place_party_arrests``). In a story's ``lead`` a
        state named anywhere may be the one an entry needs as its object ('CAIRO - Egypt's
        minister told envoys …': parsed, the lead gives the story's later sentences their
        actors). ``read`` is the sentence's ``sentence_words`` when they are already read."""
        words, names = read or sentence_words(sentence)
        words = words | (names & self.name_words)  # 'the Dayton Accords', 'the White House'
        if not (self.state_words.isdisjoint(names) and self.state_words.isdisjoint(words)):
            words.add(STATE_MARK)
        if not self._names_actor(words, names, sports) and (
            sports or PAIR_MARKERS.isdisjoint(words) or PAIR_NOUNS.isdisjoint(words)
        ):
            if sports or not self._names_place(sentence, names):
                return False
            if self.lexicon.is_candidate_of(words - self.effort_forms, self.place_types):
                return True
            return not self.place_arrests.isdisjoint(words)  # 'Mr X was arrested in Siberia'
        # 'Egypt and Jordan jointly financed a pipeline': joint work needs no trigger word
        order = SentenceOrder(sentence, self.state_words, lead)
        names = with_body_standins(names)  # 'The SEC fined …' as 'the regulator fined …'
        return self.lexicon.is_candidate(words, order, named=names) or not JOINT_WORDS.isdisjoint(
            words
        )

    def arrested_where_named(
        self, sentence: str, sports: bool = False, read: Read | None = None
    ) -> bool:
        """A candidate only as an arrest or jailing where a town or region is the one party
        named ('Two men were arrested in Mombasa'): its doer is the place's authorities only
        when the sentences beside it name no other country, so they are parsed with it.
        ``read`` is the sentence's ``sentence_words`` when they are already read."""
        words, names = read or sentence_words(sentence)
        return (
            not sports
            and not self.place_arrests.isdisjoint(words)
            and not self._names_actor(words, names)
            and self.country_words.isdisjoint(words)
            and self.country_words.isdisjoint(names)
            and self._names_place(sentence, names)
        )

    def _names_actor(self, words: set[str], names: set[str], sports: bool = False) -> bool:
        """Whether a sentence's ``words`` or ``names`` hold a word naming an actor (in a sports
        report an office), or its names a word of a regulator's longer name ('the Food and
        Drug Administration', not 'food') or all the words of an international body's name
        (``body_names``: 'the European Union condemned the shelling of Tskhinvali')."""
        actors = self.office_words if sports else self.actor_words
        return not (
            actors.isdisjoint(words)
            and actors.isdisjoint(names)
            and self.body_words.isdisjoint(names)
        ) or (not sports and any(b <= names for w in names for b in self.body_names.get(w, ())))

    def _names_place(self, sentence: str, names: set[str]) -> bool:
        """A town or region of the gazetteer, capitalised, in ``sentence`` (also its first
        word: 'Karachi was shaken by …')."""
        if not self.place_words.isdisjoint(names):
            return True
        first = _WORD.match(sentence.lstrip())
        return first is not None and first.group().rstrip(".").lower() in self.place_words

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of runs of consecutive candidate sentences."""
        return [(run.start, run.end) for run in self.runs(text)]

    def runs(self, text: str) -> list[Run]:
        """Runs of consecutive candidate sentences, each with the spans of the (at most
        ``CONTEXT_SENTENCES``) sentences just before it that are no candidates: they are never
        parsed, but the actors they name may be those the run's pronouns stand for."""
        runs: list[Run] = []
        sports = is_sports_report(text)
        skipped: list[tuple[int, int]] = []
        before: tuple[int, int] | None = None
        beside_arrest = False  # the sentence after an arrest placed by a town alone
        passed = False  # whether the sentence before was a candidate
        for start, end in rough_sentences(text):
            last, before = before, (start, end)
            sentence = text[start:end]
            read = sentence_words(sentence)
            if not self.is_candidate(sentence, sports, not start, read) and not beside_arrest:
                if self._penalty_after_state(text, last, (start, end), read, sports, passed):
                    if skipped and skipped[-1] == last:  # parsed with it: the state named there
                        start = skipped.pop()[0]
                elif not sports and self._pronoun_after_state(text, last, (start, end), read):
                    pass  # parsed with the sentence before (below): the pronoun's subject
                elif not self._signed_before(text, last, end, sports):
                    skipped.append((start, end))
                    passed = False
                    continue
                elif skipped and skipped[-1] == last:  # parsed with it: 'it' stands for a thing
                    start = skipped.pop()[0]  # named there
            passed = True
            if skipped and skipped[-1] == last and self._opened_after_state(text, last, start):
                start = skipped.pop()[0]  # the pronoun's subject is named there: parsed with it
            beside_arrest = self.arrested_where_named(sentence, sports, read)
            if beside_arrest and skipped and skipped[-1] == last:
                start = skipped.pop()[0]  # the sentence before may name the arresting state
            if runs and runs[-1].end >= start - 3:
                runs[-1].end = end
            else:
                context = skipped[-CONTEXT_SENTENCES:]
                runs.append(Run(start, end, context, skipped[: len(skipped) - len(context)]))
            skipped = []
        return runs

    def _penalty_after_state(
        self,
        text: str,
        last: tuple[int, int] | None,
        span: tuple[int, int],
        read: Read,
        sports: bool,
        passed: bool,
    ) -> bool:
        """A sentence naming no party that tells in the passive an arrest, jailing, sentence,
        conviction or fine (``penalties_told_after``: 'Arash Sigarchi was arrested last
        month', 'Mr X has been fined') right after a candidate sentence, or after a sentence
        of the same paragraph that names a state ('An Iranian weblogger has been jailed …'):
        the penalty is the act of the state the story is about, named there, so the two are
        parsed together (``_punished_by_the_story_state`` of the pipeline finds the doer)."""
        words, names = read
        if sports or last is None or self.penalties_after.isdisjoint(words):
            return False
        if self._names_actor(words, names):
            return False  # named, it is judged as any other sentence
        start, end = span
        order = SentenceOrder(text[start:end])
        if not any(order.passive_reading(f) for f in self.penalties_after & words):
            return False  # 'a fine of $16m': no one is told as punished
        if passed:
            return True  # parsed: its parties are the story's
        if "\n" in text[last[1] : start]:
            return False  # another paragraph: no antecedent of its own
        before_words, before_names = sentence_words(text[last[0] : last[1]])
        return not (
            self.country_words.isdisjoint(before_words)
            and self.country_words.isdisjoint(before_names)
        )

    def _pronoun_after_state(
        self, text: str, last: tuple[int, int] | None, span: tuple[int, int], read: Read
    ) -> bool:
        """A sentence opened by a subject pronoun that has the words of some trigger entry
        but names no actor itself ('He accused the Sandinistas …', 'They agreed to meet
        again'), after a sentence whose subject the pronoun stands for
        (``_opened_after_state``): a candidate, read with that sentence."""
        start, end = span
        if last is None or not self._opened_after_state(text, last, start):
            return False
        words, names = read
        order = SentenceOrder(text[start:end], self.state_words)
        return self.lexicon.is_candidate(words, order, named=with_body_standins(names))

    def _opened_after_state(self, text: str, last: tuple[int, int] | None, start: int) -> bool:
        """Whether the sentence at ``start`` opens with a subject pronoun ('He', 'She', 'It',
        'They') right after a sentence ``last`` of the same paragraph whose opening subject
        names a state or an office (``_state_subject``: 'In Washington, a State Department
        spokesman said the draft was not final. He accused the Sandinistas …'; 'Iraq's Aziz
        and Iran's Velayati sat across a table. They agreed to meet again'): the pronoun
        stands for that subject, so the two are parsed together and the actors' pronoun
        reading (``actors.py``) names the doer."""
        if last is None or "\n" in text[last[1] : start]:
            return False  # another paragraph: no antecedent of its own
        first = _WORD.match(text[start : start + 12].lstrip())
        if first is None or first.group() not in _SUBJECT_PRONOUNS:
            return False
        return self._state_subject(text[last[0] : last[1]])

    def _state_subject(self, sentence: str) -> bool:
        """Whether ``sentence`` opens (after a place told first: 'In Managua, …') with a
        phrase that names a state or an office: its first words up to the first lower-case
        word that is neither a function word nor an actor word ('Iraq's Tareq Aziz and
        Iran's …', 'a State Department spokesman', 'The Presidium of the Czechoslovak
        Communist party') hold a country word, or a capitalised office word not opening the
        sentence ('Officials claim …' names no office)."""
        body = _PLACE_OPENER.sub("", sentence)
        phrase = []
        for match in _WORD.finditer(body):
            word = match.group().rstrip(".")
            low = word.lower()
            if not (word[:1].isupper() or low in _PHRASE_WORDS or low in self.actor_words):
                break
            phrase.append(word.removesuffix("'s").removesuffix("'"))
        return any(
            word.lower() in self.country_words
            or (k and word[:1].isupper() and word.lower() in self.office_words)
            for k, word in enumerate(phrase)
        )

    def _signed_before(
        self, text: str, last: tuple[int, int] | None, end: int, sports: bool
    ) -> bool:
        """A sentence that signs 'it' ('Most West European countries signed it') read with
        the sentence before it, which may name the thing signed ('The protocol freezes …'):
        the two are a candidate together."""
        if last is None:
            return False
        chunk = text[last[1] : end]
        if _SPACED_IT.search(chunk) is None or not self.signs_it.search(chunk):
            return False  # no 'it' after a space: no signing verb's either (the cheap test first)
        return self.is_candidate(text[last[0] : end], sports, lead=not last[0])


_SUBJECT_PRONOUNS = frozenset({"He", "She", "It", "They"})
_PHRASE_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "on", "in"})  # inside a name
_PLACE_OPENER = re.compile(r"^\s*(?:In|At|From)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s*")
CONTEXT_SENTENCES = 2  # as far back as a pronoun looks for its antecedent
# what every match of ``Relevance.signs_it`` holds ('… signed it'), with the same flags: a
# sentence without it needs no search through the alternation of signing forms
_SPACED_IT = re.compile(r"\sit\b", re.IGNORECASE)


@dataclass(slots=True)
class Run:
    """A run of candidate sentences, the skipped sentences just before it and the skipped
    sentences before those (back to the previous run)."""

    start: int
    end: int
    context: list[tuple[int, int]] = field(default_factory=list)
    earlier: list[tuple[int, int]] = field(default_factory=list)  # skipped before the context


_LOWER_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


# a result: '6-3 7-6', 'a 2-0 win', 'beat Argentina 3-0' (not 'choice 2-3 carcasses')
_SCORELINE = re.compile(
    r"\b\d{1,2}-\d{1,2}\b(?= \(?\d{1,2}-\d{1,2}\b| (?:win|victory|defeat|lead|draw|loss)\b)"
    r"|\b(?:won|win|beat|beating|lost|drew|led|leading|trailing)\b[^.\d]{0,40}?\b\d{1,2}-\d{1,2}\b"
)


def is_sports_report(text: str) -> bool:
    """Whether enough of the words of ``text`` are those of sport ('striker', 'semi-final',
    'Wimbledon', results such as '6-3 6-2') to read it as a sports report."""
    words = _LOWER_WORD.findall(text.lower())
    found = [w for w in words if w in SPORTS_WORDS]
    results = len(_SCORELINE.findall(text))
    cues = len(found) + results
    kinds = len(set(found)) + (results > 0)
    return (
        cues >= _SPORTS["min_cues"]
        and kinds >= _SPORTS["min_kinds"]
        and cues >= _SPORTS["min_share"] * len(words)
    )


_SENTENCE_BREAK = re.compile(r"""(?<=[.!?])["')\]]?\s+(?=["'(\[]?[A-Z0-9])|\n\s*\n""")
# a word (accented letters are letters: 'Asunción', 'Bogotá'), or a currency sign before an
# amount ('$120 million': the currency the lexicon names)
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
_WORD = re.compile(rf"[{_LETTERS}]+(?:[.'-][{_LETTERS}]+)*\.?|[$£€¥](?=\s?\d)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*)\.$")


def rough_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans: breaks after . ! ? before a capital, and at blank lines.

    A break after a short capitalised abbreviation ("Gen.", "Oct.", "U.S.") is not taken.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        head = text[start : m.start()]
        if head.endswith(".") and _ABBREVIATION.search(head[-6:]) and "\n" not in m.group():
            continue
        if head.strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


AFTER_WINDOW = 8  # words between a trigger and its own preposition or particle, at most
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# between an object and its verb, the start of a relative clause on it ('the accord that Peru
# signs', 'the aid they give'); a name there is its subject too ('the aid Japan gives')
CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "whom", "whose", "i", "we", "you", "he", "she", "it", "they"}
)


class SentenceOrder:
    """Positions of a sentence's words, read only when an entry asks for a word after its
    trigger: a preposition or particle of the trigger stands after it ('on his way to
    Cairo', 'pulled its troops out'), within ``AFTER_WINDOW`` words."""

    def __init__(
        self, sentence: str, states: frozenset[str] = frozenset(), lead: bool = False
    ) -> None:
        self.sentence = sentence
        self.states = states
        self.lead = lead  # a story's first sentence: its states are the story's
        self._at: dict[str, list[int]] | None = None

    def follows(self, form: str, words: frozenset[str]) -> bool:
        at = self._positions()
        starts = at.get(form, ())
        return any(0 < p - s <= AFTER_WINDOW for w in words for p in at.get(w, ()) for s in starts)

    def state_follows(self, form: str) -> bool:
        # the sentence's words read against the states, not the thousands of states against
        # the words ('states & keys' walks the whole frozenset)
        return self.follows(form, frozenset(w for w in self._positions() if w in self.states))

    def always_before(self, form: str, word: str) -> bool:
        at = self._positions()
        nexts = set(at.get(word, ()))
        return all(p + 1 in nexts for p in at.get(form, ()))

    def state_placed(self, form: str) -> bool:
        return self.lead or self.state_follows(form) or self.passive_reading(form)

    def passive_reading(self, form: str) -> bool:
        """'was told', 'has been formally ordered', or a participle with its infinitive."""
        at = self._positions()
        be = {p for word in PASSIVE_AUXILIARIES for p in at.get(word, ())}
        to = set(at.get("to", ()))
        return any(p - 1 in be or p - 2 in be or p + 1 in to for p in at.get(form, ()))

    def object_placed(self, form: str, words: frozenset[str]) -> bool:
        at = self._positions()
        starts = at.get(form, ())
        found = [p for w in words for p in at.get(w, ())]
        if any(p > s for p in found for s in starts):
            return True
        openers = {p for w in CLAUSE_OPENERS for p in at.get(w, ())}
        if any(p < q < s for p in found for s in starts for q in openers):
            return True
        names = self._names()
        return any(p < q < s for p in found for s in starts for q in names)

    def _names(self) -> list[int]:
        """Positions of the capitalised words after the first."""
        return [i for i, raw in enumerate(_bare_words(self.sentence)) if i and raw[:1].isupper()]

    def _positions(self) -> dict[str, list[int]]:
        if self._at is None:
            self._at = {}
            for i, low in enumerate(_lower_words(self.sentence)):
                for part in (low, *low.split("-")) if "-" in low else (low,):
                    self._at.setdefault(part, []).append(i)
        return self._at


def _lower_words(sentence: str) -> list[str]:
    """The sentence's words lower-cased, as ``sentence_words`` reads them, in order."""
    return [raw.lower() for raw in _bare_words(sentence)]


def _bare_words(sentence: str) -> Iterator[str]:
    """The sentence's words as written, in order, without a closing full stop of a word with
    no other ('Iraq.', not 'U.S.') nor a possessive 's ("Egypt's")."""
    for raw in _WORD.findall(sentence):
        if raw[-1] == "." and raw.count(".") == 1:
            raw = raw[:-1]
        if raw[-2:] in ("'s", "'S"):
            raw = raw[:-2]
        yield raw


def _forms_of(lexicon: Lexicon, lemmas) -> frozenset[str]:
    """Every inflected form of the lexicon whose lemma (any part of speech) is in ``lemmas``."""
    wanted = frozenset(lemmas)
    return frozenset(
        form
        for form, by_pos in lexicon.forms.items()
        if any(not wanted.isdisjoint(found) for found in by_pos.values())
    )


def sentence_words(sentence: str) -> tuple[set[str], set[str]]:
    """Lower-case words and capitalised names of a sentence.

    Capitalised words inside a sentence are ``names``, never trigger words ("in March",
    "Desert Storm"); hyphenated words also give their parts ("long-threatened"); a two-letter
    word in capitals ("US", "EU") is also a name as written.
    """
    words: set[str] = set()
    names: set[str] = set()
    for i, raw in enumerate(_bare_words(sentence)):
        low = raw.lower()
        target = names if i and raw[:1].isupper() else words
        target.add(low)
        if len(raw) == 2 and raw.isupper():
            names.add(raw)  # 'US', 'EU': actor names only in capitals
        if "-" in low:
            target.update(low.split("-"))
    return words, names
