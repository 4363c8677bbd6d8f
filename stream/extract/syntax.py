"""Dependency-tree helpers for event extraction: parts of speech from tags, lexicon lemmas,
subjects and objects (through passives, control verbs, relative clauses and conjuncts).

Only the tagger, parser and NER are needed: no lemmatizer, no attribute ruler.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from stream.extract.actors import FLAG_SUFFIXES
from stream.extract.docrows import (
    LOWER_COL,
    POS_COL,
    forget_parse,
    per_token,
    sentence_has,
    sentence_has_deps,
    string_ids,
    word_rows,
)
from stream.extract.lexicon import Lexicon, bare_simple_pasts, load_lexicon

_DEFAULT_LEXICON = load_lexicon()  # word classes of the grammar rules below
_PLACE_WORDS = json.loads((Path(__file__).parent / "data" / "place_words.json").read_text("utf-8"))
_EVENT_SYNTAX = json.loads(
    (Path(__file__).parent / "data" / "event_syntax.json").read_text("utf-8")
)
DISTANCE_WORDS = frozenset(_PLACE_WORDS["distance_words"])
AREA_NOUNS = frozenset(_PLACE_WORDS["area_nouns"])  # 'city', 'district', 'outskirts'
# verbs of saying a speaker goes on to ('… were baseless, and warned the U.S.')
SPEAKER_ACTS = frozenset(_EVENT_SYNTAX["speaker_acts"])
RETAINED_OBJECT_VERBS = frozenset(_EVENT_SYNTAX["retained_object_verbs"])  # 'was handed a note'
# verbs whose bare clause's subject is their object ('let inspectors visit the site')
BARE_CLAUSE_VERBS = frozenset(_EVENT_SYNTAX["bare_clause_verbs"])
# verbs whose first object may be the taker ('agreed to sell Pakistan aircraft')
DATIVE_VERBS = frozenset(_EVENT_SYNTAX["dative_verbs"]["words"])
# 'Hundreds of migrants protested …': a crowd's own act, never a participle on the crowd
PROTEST_PASTS = frozenset(_EVENT_SYNTAX["protest_pasts"]["words"])
# adjectives whose subject is their infinitive's object ('the rules are easier to meet')
TOUGH_ADJECTIVES = frozenset(_EVENT_SYNTAX["tough_adjectives"]["words"])
MAKING_FORMS = frozenset(_EVENT_SYNTAX["tough_adjectives"]["making"])  # 'make it difficult to …'
# verbs besides speech, attribution and belief that report a clause ('…, Harare denied')
CLAUSE_REPORTERS = frozenset(_EVENT_SYNTAX["clause_reporters"]["words"])
# forms of speech verbs that follow the clause they attribute ('…, the ministry said')
ATTRIBUTION_FORMS = frozenset(_EVENT_SYNTAX["attribution_forms"])
DUE_VERBS = frozenset(_EVENT_SYNTAX["due_verbs"]["words"])  # 'are due to land'
DUE_WORD = frozenset({"due"})
TRIAL_FORMS = frozenset(_EVENT_SYNTAX["trial_forms"]["words"])  # 'would try the men'
BACKSHIFT_SPEECH = frozenset(_EVENT_SYNTAX["backshift_speech"])  # 'and accused …'
BACKSHIFT_REPORTERS = frozenset(_EVENT_SYNTAX["backshift_reporters"]["words"])  # 'denied', 'told'

# determiners of a noun the reader already knows ('the two countries', 'these talks')
BACK_DETERMINERS = frozenset(_EVENT_SYNTAX["back_determiners"])
# 'fired on and seized a tanker': an empty preposition shares the next verb's object
SHARED_OBJECT_PREPS = frozenset(_EVENT_SYNTAX["shared_object_preps"])
FIRST_OF_KIND = frozenset(_EVENT_SYNTAX["first_of_kind"])  # 'the first state to recognise'
DISTANCE_PREPS = frozenset(_PLACE_WORDS["distance_prepositions"])
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS  # of an active or a passive verb
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a tensed verb: past, present
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
BACKGROUND_DEPS = frozenset({"relcl", "acl"})
TEMPORAL_PREPS = frozenset(
    {
        "after",
        "following",
        "before",
        "since",
        "amid",
        "despite",
        "during",
        "throughout",
        "until",
        "ahead",
        "prior",
    }
)
TARGET_PREPS = (
    "with",
    "to",
    "on",
    "upon",
    "against",
    "at",
    "into",
    "toward",
    "towards",
    "from",
    "between",
    "among",
    "for",
)
ACTOR_PREPS = frozenset({"by", "between", "among"})
PRONOUNS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "his",
        "her",
        "their",
        "its",
        "our",
        "him",
        "them",
        "us",
        "who",
        "which",
        "that",
    }
)
ANSWER_WORDS = frozenset({"no", "yes"})  # 'said no to the plan', read as interjections
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
INSTRUMENT_VERBS = frozenset(
    {"use", "uses", "used", "using", "employ", "employs", "employed", "employing"}
)
"""Verbs whose object is the means of the act after them ('used missiles to hit a ship')."""


def is_speaking_body(tok: Token) -> bool:
    """A body or group that speaks for others (a party, a union, the opposition, a church):
    one that can call for an act ('opposition parties called for the chief to resign')."""
    return any_lemma(tok, _DEFAULT_LEXICON, SPEAKING_BODIES)


def is_pronoun(tok: Token) -> bool:
    """A personal or relative pronoun; 'US' in capitals is a country, not 'us'."""
    return tok.lower_ in PRONOUNS and not (len(tok.text) > 1 and tok.text.isupper())


CONTAINER_NOUNS = _DEFAULT_LEXICON.word_class("container")
CURRENCY_NOUNS = _DEFAULT_LEXICON.word_class("currency")
PERSON_TITLES = _DEFAULT_LEXICON.word_class("person_title")
EFFORT_NOUNS = _DEFAULT_LEXICON.word_class("effort")
DOCUMENT_NOUNS = _DEFAULT_LEXICON.word_class("document")
INTENTION_NOUNS = _DEFAULT_LEXICON.word_class("intention")
CONDUCT_NOUNS = _DEFAULT_LEXICON.word_class("conduct")
SPEAKING_BODIES = _DEFAULT_LEXICON.word_class("speaking_bodies")
SPEECH_ACTS = _DEFAULT_LEXICON.word_class("speech_acts")
ARMED_FORCES = _DEFAULT_LEXICON.word_class("armed_force") | _DEFAULT_LEXICON.word_class(
    "armed_craft"
)
WEAPONS = _DEFAULT_LEXICON.word_class("weapon")
MUNITIONS = _DEFAULT_LEXICON.word_class("munition")
VOLLEYS = _DEFAULT_LEXICON.word_class("volley")  # 'by heavy fire from …'
_FIRED_THINGS = MUNITIONS | VOLLEYS  # what a craft or force fires 'from'
NAMED_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
NATIONAL_ENTS = frozenset({"GPE", "NORP"})
NATIONAL_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
FLAG_WORDS = FLAG_SUFFIXES  # 'a Liberian - flagged tanker', split by the tokenizer
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


# ----------------------------------------------------------------------------- tokens


def pos_of(tok: Token) -> str | None:
    """Coarse part of speech from the fine-grained tag (no attribute_ruler needed)."""
    tag = tok.tag_
    if tag.startswith("VB"):  # 'hostage-takers demands' mis-tagged as a verb in object position
        return (
            "noun"
            if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and tag == "VBZ"
            else "verb"
        )
    if tag in ("NN", "NNS"):
        return "noun"
    if tag in ("NNP", "NNPS"):
        return "noun" if tok.is_sent_start else None
    if tag.startswith("JJ"):
        return "adj"
    return None


def lemmas(tok: Token, lex: Lexicon, pos: str | None = None) -> set[str]:
    """Lexicon lemmas of a token (hyphenated words joined: 'cease-fire', 'build-up')."""
    pos = pos or pos_of(tok) or "noun"
    out = set(lex.lemmas(tok.lower_, pos))
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        joined = doc[tok.i - 2].lower_ + "-" + tok.lower_
        out |= lex.lemmas(joined, pos) | lex.lemmas(joined.replace("-", ""), pos)
        if (pos, joined) in lex.by_lemma:  # a lemma written with its hyphen
            out.add(joined)
    return out


def any_lemma(tok: Token, lex: Lexicon, words: frozenset[str]) -> bool:
    """Does the token inflect one of ``words`` (any part of speech)?"""
    low = tok.lower_
    if low in words:
        return True
    return any(not ls.isdisjoint(words) for ls in lex.forms.get(low, {}).values())


def content_head(tok: Token) -> Token:
    """'a number of North Korean troops' → 'troops'; 'thousands of soldiers' → 'soldiers';
    'a dollars 240m agreement' (the amount parsed as the head) → 'agreement'; so 'a dollars
    6bn deal', whose noun the parser reads as a clause on the currency word with the amount
    its compound ('6bn deal' as 'deal/relcl'), → 'deal'."""
    if tok.lower_ in CURRENCY_NOUNS:
        named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        named += [c for c in tok.children if _sum_read_as_clause(c)]
        if named:
            return named[0]
    for _ in range(3):
        tok = _excepted_count(tok)  # 'all but two of the crossing points' → 'two'
        if tok.lower_ not in CONTAINER_NOUNS and tok.tag_ != "CD":
            return tok
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None:
            return tok
        tok = pobj
    return tok


def _sum_read_as_clause(tok: Token) -> bool:
    """A noun after a BBC sum ('a dollars 6bn deal') that the parser read as a relative clause
    on the currency word: a word right after its amount, which it has for a compound or
    number, with no subject or object of its own."""
    return (
        tok.dep_ == "relcl"
        and any(
            c.dep_ in ("compound", "nummod") and c.i == tok.i - 1 and c.text[:1].isdigit()
            for c in tok.children
        )
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children)
    )


def _excepted_count(tok: Token) -> Token:
    """The count after 'all but' or 'all except' ('closed all but two of the crossings'), which
    the parser hangs on 'all'; any other token as it is."""
    if tok.lower_ != "all":
        return tok
    for c in tok.children:
        if c.lower_ in ("but", "except"):
            counts = [p for p in c.children if p.dep_ == "pobj" and p.tag_ == "CD"]
            if counts:
                return counts[0]
    return tok


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Tokens plus their coordinated siblings ('X and Y'), and a list of places the parser
    read as an apposition ('The US, Russia, and Switzerland met': Russia is no other name of
    the US)."""
    out: list[Token] = []
    for t in tokens:
        listed = _listed_places(t)
        group = (t, *t.conjuncts, *listed)
        for x in sorted(group, key=lambda w: w.i) if listed else group:
            if x not in out and x.dep_ != "cc":
                out.append(x)
    return out


def _listed_places(tok: Token) -> list[Token]:
    """Places in apposition to a place that itself heads a coordination: a list."""
    if tok.ent_type_ != "GPE":
        return []
    return [
        x
        for c in tok.children
        if c.dep_ == "appos" and c.ent_type_ == "GPE" and (c.conjuncts or tok.conjuncts)
        for x in (c, *c.conjuncts)
    ]


def is_personish(tok: Token) -> bool:
    return (
        tok.ent_type_ in ("PERSON", "NORP")
        or tok.lower_ in PERSON_TITLES
        or (tok.tag_ == "PRP" and tok.lower_ in ("him", "her", "them"))
    )


def is_countryish(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "NORP")


# ------------------------------------------------------------------------- structure


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    """The children of ``tok`` whose dependency label is one of ``deps``, compared by string
    id (``Token.dep``, no label string per child)."""
    ids = string_ids(deps)
    return [c for c in tok.children if c.dep in ids]


# Prepositions whose object an armed act is aimed at ('fired rockets at the tanker').
AIMED_PREPS = ("at", "on", "against")


_PREP_DEP_IDS = frozenset(map(get_string_id, ("prep", "agent", "dative")))


def prep_children(tok: Token, words: Iterable[str] | None = None) -> list[Token]:
    """The prepositions hung on ``tok`` (and its 'by' agent, its dative 'to'), only those
    that are, lower-cased, one of ``words`` when given."""
    ids = None if words is None else string_ids(words)
    return [c for c in tok.children if c.dep in _PREP_DEP_IDS and (ids is None or c.lower in ids)]


def after_distance(prep: Token) -> bool:
    """'from' / 'of' after a distance or a compass point: 'some 10 km (six miles) from Basra',
    'north of Baghdad' say where, not from or to whom."""
    if prep.lower_ not in DISTANCE_PREPS:
        return False
    before = [t for t in prep.doc[max(0, prep.i - 3) : prep.i] if not t.is_punct]
    return bool(before) and before[-1].lower_ in DISTANCE_WORDS


def pobjs(prep: Token) -> list[Token]:
    direct = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not direct:  # a doubled preposition in the copy: 'talks with with Kohl'
        direct = [
            c
            for twin in prep.children
            if twin.dep_ == "prep" and twin.lower_ == prep.lower_ and twin.i == prep.i + 1
            for c in twin.children
            if c.dep_ in ("pobj", "pcomp")
        ]
    if not direct and not any(True for _ in prep.children):
        direct = _stranded_object(prep)
    return with_conjuncts(direct)


def is_to_infinitive(verb: Token) -> bool:
    """A verb with 'to' as its auxiliary ('gathered to protest', 'expects Jakarta to lift')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def prep_objects(tok: Token, words: Iterable[str] | None = None) -> list[Token]:
    """The heads of the objects of a word's prepositions (``words``, or all): 'fell to the
    rebels' gives 'rebels'."""
    return [content_head(p) for prep in prep_children(tok, words) for p in pobjs(prep)]


def _stranded_object(prep: Token) -> list[Token]:
    """The noun right after a preposition the parser left empty and hung beside it ('put
    their forces on standby to evacuate …': 'standby' read as an adverb of 'put'), or the
    object of the conjoined verb it stands before ('fired on and seized a tanker')."""
    if prep.i + 1 >= len(prep.doc):
        return []
    shared = _conjoined_after(prep)
    if shared is not None:
        return children(shared, OBJECT_DEPS)
    nxt = prep.doc[prep.i + 1]
    if (
        nxt.head == prep.head
        and nxt.dep_ in ("advmod", "npadvmod")
        and nxt.tag_.startswith(("NN", "VB"))
    ):  # standby mis-tagged a verb
        return [nxt]
    if _misread_clause_head(nxt, prep):
        return [nxt]
    return []


def _misread_clause_head(nxt: Token, prep: Token) -> bool:
    """A word right after an empty preposition that the parser made the head of a clause of
    the verb that reports the preposition's own ('said it had put troops on standby to join
    …': 'standby' a clause of 'said', 'to join' hung below it): the preposition's object."""
    return (
        nxt.dep_ == "ccomp"
        and nxt.tag_.startswith(("NN", "RB"))
        and nxt.head in prep.head.ancestors
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in nxt.children)
    )


def _conjoined_after(prep: Token) -> Token | None:
    """The verb conjoined right after an empty preposition of ``SHARED_OBJECT_PREPS`` on its
    own verb ('fired on and seized …', 'shot at or wounded …'), or None."""
    doc = prep.doc
    if (
        prep.lower_ not in SHARED_OBJECT_PREPS
        or prep.i + 2 >= len(doc)
        or doc[prep.i + 1].dep_ != "cc"
        or any(True for _ in prep.children)
    ):
        return None
    verb = doc[prep.i + 2]
    if verb.dep_ == "conj" and verb.head == prep.head and verb.pos_ == "VERB":
        return verb
    return None


def repair_shared_preposition_objects(sent) -> int:
    """Make an empty preposition read as a particle before 'and' / 'or' and a conjoined verb
    a preposition of its verb ('North Korean boats fired on and seized a Japanese trawler':
    'on' a particle of 'fired'), so the object it shares with that verb is read as its own
    (``_stranded_object``). Returns how many were re-hung."""
    if not sentence_has(sent, SHARED_OBJECT_PREPS):
        return 0  # the particle is one of SHARED_OBJECT_PREPS
    repaired = 0
    for tok in sent:
        if tok.dep_ == "prt" and _conjoined_after(tok) is not None:
            rehang(tok, tok.head, "prep")
            repaired += 1
    return repaired


def _is_gerund(tok: Token) -> bool:
    """A verb form in -ing: tagged so, or a bare -ing noun the tagger took for one ('of
    training'); a noun that ends so with a word of its own before it ('at a building', 'the
    morning') is none."""
    if tok.tag_ == "VBG" or tok.pos_ == "VERB":
        return True
    return tok.lower_.endswith("ing") and not any(c.i < tok.i for c in tok.children)


def repair_gerund_pairs(sent) -> int:
    """Hang on a gerund object of a preposition the gerund after 'and' that the parser joined
    to the verb above ('accused Pakistan of training and arming the separatists': Pakistan
    arms them, not the accusers). Returns how many were re-hung."""
    if not sentence_has(sent, _AND_OR):
        return 0  # the gerund follows 'and' / 'or'
    if not sentence_has_deps(sent, _CONJ_DEP):
        return 0  # and is a conjunct
    repaired = 0
    for tok in sent:
        if tok.dep_ != "conj" or tok.tag_ != "VBG" or tok.i < 3:
            continue
        cc, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
        if cc.lower_ not in ("and", "or") or not _is_gerund(before):
            continue
        prep = before.head
        if before.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.head != tok.head:
            continue
        if children(tok, ANY_SUBJECT_DEPS):
            continue
        rehang(tok, before, "conj")
        rehang(cc, before, "cc")
        repaired += 1
    return repaired


_BATTLE_TYPES = frozenset({"clash", "attack", "shelling", "airstrike"})
_AND_OR = frozenset({"and", "or"})
_BATTLE_PREPS = frozenset({"in", "during"})


def repair_battle_gerunds(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Read as the noun it is a gerund of battle the parser took for a verb after 'in' or
    'during' ('killed 300 soldiers in fighting around the town': the fighting in which they
    were killed, one battle, as in 'in heavy fighting'): one with no subject or object of its
    own whose word is a noun of an armed act in the lexicon. Returns how many were re-read."""
    if not sentence_has(sent, _BATTLE_PREPS):
        return 0
    if not sentence_has_deps(sent, _PCOMP_DEP):
        return 0  # the gerund is a preposition's complement
    repaired = 0
    for tok in sent:
        if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in _BATTLE_PREPS:
            continue
        if children(tok, ANY_SUBJECT_DEPS | OBJECT_DEPS):
            continue
        if not any(e.type in _BATTLE_TYPES for e in lex.entries_for(tok.lower_, "noun")):
            continue
        tok.tag_, tok.pos_ = "NN", "NOUN"
        rehang(tok, tok.head, "pobj")
        repaired += 1
    return repaired


_OF_WORD = frozenset({"of"})


def repair_of_object_conjuncts(sent) -> int:
    """Re-hang a country the parser joined to a common noun as its conjunct, after that noun's
    'of' object names a country too ('a trade boycott of South Africa and neighbouring
    Namibia': Namibia is boycotted with South Africa, not a second subject beside the
    boycott), as the conjunct of that object. Returns how many were re-hung."""
    if not sentence_has(sent, _OF_WORD):
        return 0  # the first country is the object of 'of'
    if not sentence_has_deps(sent, _CONJ_DEP):
        return 0  # the second is a conjunct
    repaired = 0
    for tok in sent:
        head = tok.head
        if (
            tok.dep_ != "conj"
            or tok.ent_type_ != "GPE"
            or head.pos_ != "NOUN"
            or head.ent_type_
            or not head.text.islower()
        ):
            continue
        objs = [
            o
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < tok.i
            for o in prep.children
            if o.dep_ == "pobj" and o.ent_type_ == "GPE"
        ]
        if objs:
            for cc in [c for c in head.children if c.dep_ == "cc" and objs[0].i < c.i < tok.i]:
                rehang(cc, objs[0])
            rehang(tok, objs[0])
            repaired += 1
    return repaired


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def is_reduced_relative(tok: Token) -> bool:
    """A participle on a noun that the parser read as a clause before a passive verb with no
    subject ('The journalists detained last week were freed on Monday': 'detained' tells
    which journalists; they were detained, and they are the ones freed)."""
    head = tok.head
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "ccomp"
        and tok.i < head.i
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in ANY_SUBJECT_DEPS for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    )


def _reduced_relative_nouns(tok: Token) -> list[Token]:
    """The noun a reduced relative describes: the participle's object, the passive's subject."""
    if is_reduced_relative(tok):
        return children(tok, SUBJECT_DEPS)
    if not is_passive(tok):
        return []
    return [s for c in tok.children if is_reduced_relative(c) for s in children(c, SUBJECT_DEPS)]


def _stranded_subject(verb: Token) -> Token | None:
    """The noun just before a finite verb joined to an earlier one with no subject of its
    own, when the parser joined that noun to a noun of the earlier clause instead ('prisoners
    rioted in a jail and guerrillas attacked army posts': the guerrillas attack)."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= noun.i:
        return None
    return noun if noun.head.dep_ in ("pobj", *OBJECT_DEPS) else None


def fronted_participle(verb: Token) -> bool:
    """A past participle opening its sentence before the clause it hangs on, with no subject or
    auxiliary of its own ('Attacked by Iraqi jets on Sunday, the tanker was towed …'): a
    passive whose object is the clause's subject ('Having attacked …' is active)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and not children(verb, ANY_SUBJECT_DEPS | {"aux", "auxpass"})
    )


_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "being"})
_OWN_ARGUMENT_DEPS = (
    frozenset({"aux", "auxpass"}) | ANY_SUBJECT_DEPS | OBJECT_DEPS | COMPLEMENT_DEPS
)  # what a participle of a coordinated passive has none of


def _bare_participle_conjunct(verb: Token) -> bool:
    """A past participle joined to another verb with no auxiliary, subject, object or clause
    of its own ('were overrun and destroyed': 'destroyed')."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and not children(verb, _OWN_ARGUMENT_DEPS)


def conjoined_passive(verb: Token) -> bool:
    """A past participle joined to a verb whose subject it shares, neither with an object or
    an auxiliary of its own, after a 'be' the parser took for the main verb ('positions were
    overrun and destroyed', parsed as 'were' and 'destroyed') or after a verb it misread as
    active ('boats wer destroyed and sunk'): a passive whose subject suffers it ('Iraq
    destroyed and sunk two boats' has an object, as has any verb of the pair)."""
    head = verb.head
    if not _bare_participle_conjunct(verb) or head.tag_ not in ("VBD", "VBN", "VBP"):
        return False
    if children(head, PASSIVE_SUBJECT_DEPS):
        return False
    if any(children(v, OBJECT_DEPS) for v in (head, *head.conjuncts)):
        return False  # 'attacked, seized and sank a ship', 'supported … and scored a success'
    if head.lower_ not in _BE_FORMS and (head.tag_ != "VBD" or children(head, ("aux",))):
        return False
    return bool(children(head, SUBJECT_DEPS))


def passive_after_active(verb: Token) -> bool:
    """A passive verb with its own 'be' and no subject, joined to an active verb whose
    subject it shares ('the envoy had visited Tehran and had been expelled', 'the frigate
    fired missiles and was crippled by bombs'): the shared subject suffers it, it does not do
    it."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and bool(children(verb, ("auxpass",)))
        and not children(verb, ANY_SUBJECT_DEPS)
        and head.tag_ in FINITE_TAGS | {"VBN"}
        and not is_passive(head)
        and bool(children(head, SUBJECT_DEPS))
        and not _shared_agents(verb)
    )


def _shared_agents(verb: Token) -> list[Token]:
    """The 'by' phrase ending a pair of participles under one 'be' ('were beaten and detained
    by police', 'was hunted down and killed by troops') when the first has none of its own:
    one act told by two verbs, which the second, with its doer, tells."""
    if verb.tag_ != "VBN" or not children(verb, ("auxpass",)) or children(verb, ("agent",)):
        return []
    return [
        a
        for c in children(verb, ("conj",))
        if c.tag_ == "VBN" and not children(c, ANY_SUBJECT_DEPS | {"auxpass"})
        for a in children(c, ("agent",))
    ]


def passive_pair_sufferers(verb: Token) -> list[Token]:
    """Who suffers a verb of a coordinated passive whose subject the parser gave to the other
    verb or read as a doer: the shared subject of ``conjoined_passive`` ('positions were
    overrun and destroyed'), also for the misread verb it joins ('boats wer destroyed and
    sunk': 'destroyed'), the passive subject of a bare participle joined to a passive
    ('tanks were captured and destroyed') and the subject of an active verb a passive is
    joined to (``passive_after_active``)."""
    if conjoined_passive(verb):
        return children(verb.head, SUBJECT_DEPS)
    if passive_after_active(verb):
        return with_conjuncts(children(verb.head, SUBJECT_DEPS))
    if verb.lower_ not in _BE_FORMS and any(conjoined_passive(c) for c in verb.children):
        return children(verb, SUBJECT_DEPS)
    if _bare_participle_conjunct(verb):
        return children(verb.head, PASSIVE_SUBJECT_DEPS)
    return []


@per_token
def subjects(verb: Token) -> list[Token]:
    """The doers of a verb: its subject, the agent of a passive, or a controller up the tree."""
    return _subjects(verb, 0)


_TIMEX = json.loads((Path(__file__).parent / "data" / "timex.json").read_text("utf-8"))
CALENDAR_NAMES = frozenset(
    w.lower() for key in ("months", "weekdays") for w in dict(_TIMEX[key])
)  # names of months and days ('March', 'Sunday')


def _retained_object(verb: Token) -> bool:
    """A verb of giving, telling or asking (``retained_object_verbs``) with one complement
    only, an object or a clause, which after a passive it is joined to is a passive too ('was
    summoned and handed a protest note', 'was called in and told to leave'); 'told India to
    stop them', with two, is active."""
    if not any_lemma(verb, _DEFAULT_LEXICON, RETAINED_OBJECT_VERBS):
        return False
    return len(children(verb, (*OBJECT_DEPS, *COMPLEMENT_DEPS))) <= 1


def _participle_clause(tok: Token) -> bool:
    """A participle clause hung on a clause ('…, meaning the United States'): a finite verb
    after it and 'and' is no second participle, it pairs with the clause above."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head != tok


def _firer(agent: Token) -> list[Token]:
    """Who sent the thing that did it: the agent of a participle on it ('hit by a missile
    fired by the rebels': the rebels), or the 'from' phrase on a munition or a volley of no
    state of its own ('was shot down by heavy fire from Khmer Rouge troops', 'by a missile
    from a Soviet interceptor': the troops, the interceptor)."""
    fired = [
        p
        for c in agent.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for b in c.children
        if b.dep_ == "agent"
        for p in pobjs(b)
    ]
    if fired or national_modifiers(agent):
        return fired
    if not any_lemma(agent, _DEFAULT_LEXICON, _FIRED_THINGS):
        return []
    return [p for b in prep_children(agent, ("from",)) for p in pobjs(b)]


def fired_from(munition: Token) -> list[Token]:
    """Whose positions sent a munition, told by a participle's 'from' phrase on it ('shells
    fired from Iranian positions landed on the island': Iran, also where the parser reads
    the participle as the munition's verb), else nothing."""
    if not any_lemma(munition, _DEFAULT_LEXICON, MUNITIONS):
        return []
    senders = [c for c in munition.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if munition.dep_ == "nsubj" and munition.head.tag_ in ("VBD", "VBN"):
        senders.append(munition.head)  # 'shells fired from …' read as 'the shells fired'
    return [
        m
        for c in senders
        for b in c.children
        if b.dep_ == "prep" and b.lower_ == "from"
        for p in pobjs(b)
        for m in national_modifiers(p)
    ]


PLANTING_PARTICIPLES = frozenset(_EVENT_SYNTAX["planting_participles"]["verbs"])


def planted_by(munition: Token) -> list[Token]:
    """Who set or fired a munition, told by the agent of a participle of setting or firing on
    it (``planting_participles``: 'a car bomb planted by the Real IRA killed 29 people': the
    Real IRA; not 'rockets supplied by Iran'), else nothing."""
    if not any_lemma(munition, _DEFAULT_LEXICON, MUNITIONS):
        return []
    return [
        p
        for c in munition.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and any_lemma(c, _DEFAULT_LEXICON, PLANTING_PARTICIPLES)  # not 'rockets supplied by'
        for b in c.children
        if b.dep_ == "agent"
        for p in pobjs(b)
    ]


def _first_of_its_kind(verb: Token) -> bool:
    """An infinitive on a noun after a copula or 'become', the noun one that an ordinal or
    'only' marks (``first_of_kind``: first, only, last, second, third, latest: 'was the first
    country to recognise Croatia', 'became the only Arab state to attend'): the copula's
    subject does what the infinitive says."""
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and is_to_infinitive(verb)
        and head.dep_ == "attr"
        and any(c.dep_ == "amod" and c.lower_ in FIRST_OF_KIND for c in head.children)
    )


def _party_reporter(clause: Token, depth: int) -> list[Token]:
    """The doers of the nearest verb above a reported clause, up a chain of reports ('Obama
    said the evidence indicated the plane was hit …': Obama), whose doers are a party; none
    when no such verb tells it."""
    node = clause
    while node.dep_ == "ccomp" and node.head != node and depth < 5:
        node, depth = node.head, depth + 1
        doers = _subjects(node, depth + 1)
        if any(_party_word(d) for d in doers):
            return doers
    return []


def _subjects(verb: Token, depth: int) -> list[Token]:
    """``subjects``, ``depth`` steps up the tree from the verb asked about."""
    if depth > 5 or is_reduced_relative(verb):
        return []
    agents = [
        p
        for c in verb.children
        if c.dep_ == "agent"
        for p in pobjs(c)
        if c.i == 0 or c.doc[c.i - 1].lower_ != p.lower_  # not 'side by side', 'one by one'
    ]
    if agents:  # 'was attacked by X', 'the attack, blamed by X on Y'
        return [f for a in agents for f in _firer(a) or [a]]
    if is_passive(verb) and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    if fronted_participle(verb) or passive_pair_sufferers(verb):
        return []  # 'Hit twice on Sunday, the tanker caught fire': the tanker hit nothing
    subj = children(verb, SUBJECT_DEPS | {"expl"})
    subj = [s for s in subj if s.dep_ != "expl"]
    if subj:
        resolved = []
        for s in with_conjuncts(subj):
            if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                resolved.append(verb.head)
            else:
                resolved.append(s)
        return resolved
    head = verb.head
    if head == verb:
        return []
    while verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS and _participle_clause(head):
        head = head.head  # '…, meaning the U.S., and accused Fahd': not the participle's pair
    stranded = _stranded_subject(verb)
    if stranded is not None:  # 'prisoners rioted in a jail and guerrillas attacked posts'
        return [stranded]
    if verb.dep_ == "xcomp" and is_passive(head):  # 'Obama is scheduled to attend'
        passive_subj = children(head, PASSIVE_SUBJECT_DEPS)
        if passive_subj:
            return with_conjuncts(passive_subj)
    if verb.dep_ == "xcomp":
        objs = children(head, OBJECT_DEPS)
        if objs and head.lower_ not in INSTRUMENT_VERBS:  # not 'used missiles to hit'
            return with_conjuncts(objs)
        return _subjects(head, depth + 1)
    if (
        verb.dep_ == "conj"
        and verb.tag_ in FINITE_TAGS
        and not is_passive(verb)
        and (children(verb, OBJECT_DEPS) or any_lemma(verb, _DEFAULT_LEXICON, SPEAKER_ACTS))
        and not _retained_object(verb)
    ):  # an object or a verb of speech marks it active: 'were warned and allowed to escape'
        # shares the passive
        shared = children(head, PASSIVE_SUBJECT_DEPS)
        if shared and head.dep_ == "ccomp" and not any(_party_word(s) for s in shared):
            # 'said the plane was hit by a missile … and urged Moscow': no plane urges, the
            # speaker does
            speaker = _party_reporter(head, depth)
            if speaker:
                return speaker
        if shared:
            return with_conjuncts(shared)  # 'it was concerned … and called on China': it calls
    if (
        verb.dep_ == "conj"
        and head.dep_ == "ccomp"
        and verb.tag_ == "VBD"
        and head.tag_ in ("VBZ", "VBP")
        and not is_passive(verb)
    ):  # 'Trump said Iran "appears to be standing down" and announced new sanctions': a past
        # act the parser joins to a report in the present is the speaker's
        speaker = _party_reporter(head, depth)
        if speaker:
            return speaker
    if (
        verb.dep_ == "conj"
        and head.dep_ == "ccomp"
        and any_lemma(verb, _DEFAULT_LEXICON, SPEAKER_ACTS)
    ):
        # 'Iran said reports were baseless, and warned the U.S.': the parser hangs the second
        # verb on the reported clause; a thing there ('reports') warns no one, the speaker does
        said = _subjects(head, depth + 1)
        told = any(_party_word(o) for o in children(verb, OBJECT_DEPS)) or children(
            verb, ("ccomp",)
        )
        if told and said and not any(_party_word(s) for s in said):
            # 'Obama said the evidence indicated the plane was hit by a missile … and urged
            # Moscow': up the reports to the first party that tells them
            speaker = _party_reporter(head, depth)
            if speaker:
                return speaker
        return said
    if verb.dep_ in ("conj", "advcl", "ccomp", "acomp"):
        return _subjects(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        owners = _conduct_owners(head, verb)
        if owners:  # "the Reagan administration's policy of arming the rebels"
            return owners
        return _subjects(head.head, depth + 1)
    if verb.lower_ == "short" and verb.dep_ in ("advmod", "acomp"):
        return _subjects(head, depth + 1)  # 'Japan stopped short of accusing China': Japan's
    if _first_of_its_kind(verb):  # 'Bonn became the first Western capital to recognise …'
        return _subjects(head.head, depth + 1)
    if verb.dep_ == "acl" and pos_of(head) != "verb":
        poss = children(head, ("poss",))
        if poss:
            return poss
        by = [p for prep in prep_children(head, ("by",)) for p in pobjs(prep)]
        if by:  # 'the decision by Egypt to restore ties'
            return by
        owners = _plan_owners(head, verb)
        if owners:  # 'an EC plan to ban imports', 'U.S. plans to escort the tankers'
            return owners
        issued = head.dep_ in OBJECT_DEPS and pos_of(head.head) == "verb"
        if verb.tag_ == "VBG":  # 'issued a statement demanding …': its issuer demands
            if issued and any_lemma(head, _DEFAULT_LEXICON, DOCUMENT_NOUNS):
                return _subjects(head.head, depth + 1)
            return []
        if issued and is_to_infinitive(verb):
            return _subjects(head.head, depth + 1)  # 'expressed willingness to resume talks'
    if head.tag_.startswith("JJ") and verb.dep_ == "xcomp":
        return _subjects(head.head, depth + 1)
    return []


PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def is_party_word(tok: Token) -> bool:
    """A word that can act or hold talks: a named party, a person or office, or a pronoun."""
    return tok.ent_type_ in PARTY_ENTS or is_personish(tok) or is_pronoun(tok)


def _party_word(tok: Token) -> bool:
    """A word that can act, a proper noun the parser gave no entity included."""
    return is_party_word(tok) or tok.pos_ == "PROPN"


def _conduct_owners(prep: Token, verb: Token) -> list[Token]:
    """The party named before a noun of a way of acting (class ``conduct``: policy, practice,
    tactic, campaign) whose 'of' gerund names the act ("the Reagan administration's policy of
    arming the Contras", 'the U.S. policy of arming', "Iraq's campaign of bombing cities"):
    the party that acts so."""
    noun = prep.head
    if prep.lower_ != "of" or verb.tag_ != "VBG" or noun.lower_ not in CONDUCT_NOUNS:
        return []
    return national_modifiers(noun)


def _plan_owners(noun: Token, verb: Token) -> list[Token]:
    """The party named before a plan, offer or other intention noun (class ``intention`` of
    the lexicon) whose infinitive says what is intended ('an EC plan to ban imports', 'the
    Soviet offer to mediate', 'U.S. plans to escort the tankers'): the party that means to
    act. Not for a passive infinitive ('a Kuwaiti plan to be studied') nor a noun that is
    itself a doer ('Iranian boats to …')."""
    if is_passive(verb) or not is_to_infinitive(verb) or noun.lower_ not in INTENTION_NOUNS:
        return []
    return [m for m in national_modifiers(noun) if m.dep_ != "poss"] + [
        c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ == "ORG" and c.tag_ == "NNP"
    ]


def _absolute_with(prep: Token, pobj: Token, verb: Token) -> bool:
    """A 'with' phrase before the verb whose noun has a predicate of its own, a phrase or a
    participle after it ('With Funaro in charge, relations sank', 'with the talks stalled'):
    the circumstance of the clause, not what the verb is done to or with."""
    return prep.i < verb.i and any(
        c.i > pobj.i and ((c.dep_ == "prep" and c.lower_ != "of") or c.tag_ == "VBN")
        for c in pobj.children
    )  # not 'With the signing of an accord, the two sides agreed to …': 'of' names the act


def _own_phrase_between(verb: Token, conj: Token) -> bool:
    """Does the verb have a phrase of its own between it and its conjunct verb, a preposition
    other than 'with' whose object is no time ('met in emergency session and rejected …')?"""
    return any(
        c.dep_ == "prep"
        and verb.i < c.i < conj.i
        and c.lower_ != "with"
        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.subtree)
        for c in verb.children
    )


@per_token
def objects(tok: Token) -> list[Token]:
    """Direct objects (through relative pronouns and 'a number of'), passive subjects, 'with' objects."""
    out: list[Token] = []
    direct = children(tok, OBJECT_DEPS)
    if is_passive(tok):
        direct += children(tok, PASSIVE_SUBJECT_DEPS)
    direct += _reduced_relative_nouns(tok)  # 'the journalists detained last week were freed'
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        described = described_noun(tok)
        if pos_of(described) == "noun":
            direct.append(described)  # 'the ship seized by Iran', 'the attack, blamed on Iran'
    if fronted_participle(tok):  # 'Attacked by Iraqi jets, the Greek tanker was towed …'
        direct += children(tok.head, ANY_SUBJECT_DEPS)
    direct += passive_pair_sufferers(tok)  # 'positions were overrun and destroyed'
    if not direct and tok.dep_ == "relcl" and children(tok, SUBJECT_DEPS) and tok.head.i < tok.i:
        direct = [tok.head]  # 'the proposals he took to Tehran': the noun is the object
    if not direct:  # 'said no to the offer': the answer the parser reads as an interjection
        direct = [c for c in children(tok, ("intj",)) if c.i > tok.i and c.lower_ in ANSWER_WORDS]
    if not direct:  # 'let inspectors visit the site': the bare clause's subject
        direct = _small_clause_subjects(tok)
    if not direct:  # 'acquired missiles capable of …' parsed as a clause 'missiles (are) capable'
        direct = [
            s
            for c in children(tok, ("ccomp",))
            if c.tag_ == "JJ" and c.i > tok.i
            for s in children(c, SUBJECT_DEPS)
            if s.i > tok.i and s.tag_ in ("NN", "NNS")
        ]
    if not direct and not children(tok, ("xcomp", "ccomp")):  # 'killed or wounded 500
        # Iraqis', 'attacked and sank a tanker': shared; not 'vowed to … and warned Tehran',
        # nor across a phrase of the verb's own that ends its clause ('met in emergency session
        # and again rejected the hijackers' demand': nothing met)
        direct = [
            o
            for c in children(tok, ("conj",))
            if c.pos_ == "VERB"
            and c.i > tok.i
            and not children(c, SUBJECT_DEPS)
            and not _own_phrase_between(tok, c)
            for o in children(c, OBJECT_DEPS)
        ][:1]
    for o in with_conjuncts(direct):
        if o.lower_ in RELATIVE_PRONOUNS and (
            tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.i < o.i < tok.i)
        ):  # 'the accord that Peru signed': 'that' read as the object of a clause on the noun
            o = tok.head
        out.append(o)
        inner = content_head(o)
        if inner != o:
            out.append(inner)
    for prep in prep_children(tok, ("with",)):
        out.extend(content_head(p) for p in pobjs(prep) if not _absolute_with(prep, p, tok))
    for o in list(out):  # 'a surge of weaponry'
        for prep in prep_children(o, ("of",)):
            out.extend(_of_objects_through_areas(prep))
    return out


def _of_objects_through_areas(prep: Token) -> list[Token]:
    """The objects of an 'of', and those of an 'of' on one that is an area of a place ('a
    district of the southern city of Basra': the city, and Basra)."""
    found = pobjs(prep)
    return found + [
        p
        for o in found
        if o.lower_ in AREA_NOUNS
        for q in prep_children(o, ("of",))
        for p in pobjs(q)
    ]


def rated_for_ease(verb: Token) -> bool:
    """An infinitive hanging on one of ``TOUGH_ADJECTIVES`` ('the regulations are easier to
    meet', 'it is difficult to meet the president', 'it is hard for Japan to reject the
    demand'), or on one that something is said to make so ('would make it more difficult for
    the U.S. to block the plans', 'to make it difficult to blame Iran'): how easy the act is,
    not the act. 'found it easy to overrun the positions' tells the act."""
    if verb.dep_ == "advcl" and not is_to_infinitive(verb):
        return False
    if verb.dep_ not in ("xcomp", "advcl"):
        return False
    head = verb.head  # the adjective, or the copula beside it ('it is difficult to meet …')
    if head.lower_ in TOUGH_ADJECTIVES and (
        head.dep_ == "acomp"
        or (head.dep_ in ("ccomp", "oprd") and head.head.lower_ in MAKING_FORMS)
    ):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in TOUGH_ADJECTIVES for c in head.children)


def _small_clause_subjects(verb: Token) -> list[Token]:
    """The subject of a bare clause after a verb of ``bare_clause_verbs`` (``data/
    event_syntax.json``), which the verb acts on ('let inspectors visit the site', 'let a
    journalist go', 'let monitors into the provinces', parsed as a clause with no verb); not
    a clause with a 'that', a 'to' or an auxiliary."""
    if verb.lower_ not in BARE_CLAUSE_VERBS:
        return []
    found: list[Token] = []
    for clause in children(verb, ("ccomp",)):
        if clause.i < verb.i or children(clause, ("mark", "aux", "auxpass")):
            continue
        if clause.tag_ == "VB":
            found += [s for s in children(clause, SUBJECT_DEPS) if s.i > verb.i]
        elif clause.tag_ in ("NN", "NNS", "NNP", "NNPS") and prep_children(clause):
            found.append(clause)
    return found


def described_noun(participle: Token) -> Token:
    """The noun a participle describes, through a name that stands for it: 'the research
    ship Sismik 1, escorted by …' (the name in apposition), 'the survey ship Piri Reis,
    escorted by …' (the noun a compound of the name)."""
    noun = participle.head
    if pos_of(noun) is not None:
        return noun
    if noun.dep_ == "appos":
        return noun.head
    named = [c for c in noun.children if c.dep_ == "compound" and pos_of(c) == "noun"]
    return named[-1] if named else noun


def complement_clauses(tok: Token) -> list[Token]:
    return children(tok, COMPLEMENT_DEPS)


def is_plan_noun(tok: Token, lex: Lexicon) -> bool:
    """A word of intent or expectation ('plans', 'expected', 'attempt')."""
    return intends(tok, lex) or any_lemma(tok, lex, lex.modality["expect"])


_OPEN = frozenset({"open"})


def intends(tok: Token, lex: Lexicon) -> bool:
    """A word of intent ('plans', 'vowed', 'open to talks'); 'open' as a verb ('opened a new
    offensive') begins an act and intends none."""
    if tok.pos_ == "VERB" and any_lemma(tok, lex, _OPEN):
        return False
    return any_lemma(tok, lex, lex.modality["intend"])


def national_modifiers(tok: Token) -> list[Token]:
    """The words before a noun that name the country it belongs to: 'a Libyan patrol boat',
    'a Liberian-flagged tanker', 'a U.S.-flagged tanker', "Chad's border posts", 'Syrian
    positions', 'an Iranian oil platform' (through compound nouns, not their own owners)."""
    out: list[Token] = []
    heads = [tok]
    for node in heads:
        for c in node.lefts:
            if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and node is tok:
                out.append(c)
            elif c.dep_ not in NATIONAL_DEPS:
                continue
            elif opening_adjective(c):
                continue  # 'Fierce fighting erupted …': no name
            elif c.ent_type_ in NATIONAL_ENTS or flag_prefix(c) is not None:
                out.append(c)
            elif c.lower_ in FLAG_WORDS:
                out += [g for g in c.lefts if g.ent_type_ in NATIONAL_ENTS or g.tag_ == "NNP"]
            elif c.dep_ == "compound" and c.tag_.startswith("NN"):
                heads.append(c)
    return out


def hyphened_partners(mod: Token) -> list[Token]:
    """The nationality joined by a hyphen before a national modifier, which the parser hangs
    on it ('Soviet' of 'Soviet-Iranian trade talks'): the other party of the pair."""
    doc = mod.doc
    return [
        g
        for g in mod.lefts
        if g.dep_ in NATIONAL_DEPS
        and g.ent_type_ in NATIONAL_ENTS
        and g.i + 2 == mod.i
        and doc[g.i + 1].text == "-"
    ]


def opening_adjective(mod: Token) -> bool:
    """An adjective that opens its sentence, capitalised only for that, which the tagger took
    for an organisation's name ('Fierce clashes broke out …', 'Fierce fighting erupted'): a
    word of manner, no doer. Nationality adjectives ('Iraqi') are tagged as nations."""
    return mod.tag_ == "JJ" and mod.ent_type_ == "ORG" and mod.i == mod.sent.start


def flag_prefix(tok: Token) -> str | None:
    """'U.S.' of a one-token 'U.S.-flagged' / 'Kuwaiti-registered', else None."""
    prefix, hyphen, suffix = tok.text.rpartition("-")
    return prefix if hyphen and prefix and suffix.lower() in FLAG_SUFFIXES else None


def has_own_doer(tok: Token) -> bool:
    """An event noun naming its doer by a possessive or a national modifier ("Iraq's raid",
    'an Iranian missile attack', 'the U.S. strike'), not by a date ("Tuesday's raid")."""
    return any(
        c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and c.tag_ != "PRP$"
        for c in tok.lefts
    ) or any(m.dep_ != "poss" and flag_prefix(m) is None for m in national_modifiers(tok))


def rehang(tok: Token, head: Token, dep: str | None = None) -> None:
    """Hang ``tok`` on ``head`` (on itself: the root), labelled ``dep`` if given, and forget
    what the ``per_token`` rules read off the tree before (``docrows.forget_parse``): every
    repair moves heads through here."""
    tok.head = head
    if dep is not None:
        tok.dep_ = dep
    forget_parse(tok.doc)


# The labels a repair's rule needs some word of the sentence to bear before it can re-hang
# anything (``docrows.sentence_has_deps``): a sentence with none is passed over at once, with
# no Token per word. Each repair reads the labels as they stand when it starts; a repair
# before it that moved one dropped the labels read before (``rehang``).
_CONJ_DEP = string_ids(("conj",))
_LISTED_VERB_DEPS = string_ids(("dep", "conj"))
_CCOMP_DEP = string_ids(("ccomp",))
_ACL_DEP = string_ids(("acl",))
_AMOD_DEP = string_ids(("amod",))
_AMOD_CONJ_DEPS = string_ids(("amod", "conj"))
_PASSIVE_SUBJECT_DEPS = string_ids(("nsubj", "auxpass"))
_PARTED_SUBJECT_DEPS = string_ids(("nsubj", "acl", "dobj"))
_PCOMP_DEP = string_ids(("pcomp",))
_XCOMP_DEP = string_ids(("xcomp",))
_ADVCL_DEP = string_ids(("advcl",))
_RELCL_DEP = string_ids(("relcl",))
_TOLD_THAT_DEPS = string_ids(("relcl", "dobj"))
_FOR_CLAUSE_DEPS = string_ids(("mark", "advcl"))
_AGENT_DEP = string_ids(("agent",))


_ATTRIBUTION_FREE_DEPS = frozenset({"nsubj", "aux", "prep", "npadvmod", "advmod", "punct", "neg"})
_FINITE_OR_PARTICIPLE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # 'said', 'has said'


def repair_attributions(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Re-hang a trailing speech attribution the parser took for a clause of its own
    ('Togolese soldiers crossed the border, Ghana charged on Monday': 'charged' as a conjunct
    or an adverbial clause of 'crossed') as the sentence's root, with the clause before it as
    what it reports. The attribution is a finite reporting or accusing verb
    (``modality.attribution``) after a comma, with its subject just after that comma, no
    object or clause of its own and nothing after it but dates, adverbs and punctuation; the
    clause before it is the sentence's root. Returns how many were re-hung."""
    words = lex.modality.get("attribution", frozenset())
    repaired = 0
    root = sent.root
    for verb in list(root.children):
        if verb.dep_ not in ("conj", "advcl", "parataxis") or verb.i < root.i:
            continue
        if verb.tag_ not in _FINITE_OR_PARTICIPLE_TAGS or not any_lemma(verb, lex, words):
            continue
        if any(c.dep_ not in _ATTRIBUTION_FREE_DEPS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            continue
        before = subject.left_edge.i - 1
        if before <= root.i or sent.doc[before].text != ",":
            continue
        if any(not t.is_punct for t in sent.doc[verb.right_edge.i + 1 : sent.end]):
            continue
        rehang(verb, verb, "ROOT")
        rehang(root, verb, "ccomp")
        repaired += 1
        break
    return repaired


_ASIDE_DASHES = frozenset({"--", "—", "–"})
_ASIDE_REACH = 12  # longest dash aside, in tokens, a stray conjunct is lifted out of
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj"})


def _aside_governor(head: Token, verb: Token) -> Token | None:
    """The verb above a dash aside holding ``head`` that closes before ``verb`` ('had pledged
    a breakthrough in the year -- which ended yesterday -- and mounted an offensive':
    'pledged'); None when no such aside lies between them."""
    sent = head.sent
    closing = [t for t in head.doc[head.i + 1 : verb.i] if t.text in _ASIDE_DASHES]
    before = head.doc[max(sent.start, head.i - _ASIDE_REACH) : head.i]
    opening = [t for t in before if t.text in _ASIDE_DASHES]
    if len(closing) != 1 or not opening:
        return None
    start, end = opening[-1].i, closing[0].i
    node = head
    while start < node.i < end and node.head != node:
        node = node.head
    while pos_of(node) != "verb" and node.head != node:
        node = node.head
    return node if pos_of(node) == "verb" and not start < node.i < end else None


def _finite_governor(head: Token) -> Token | None:
    """The nearest finite verb a bare or 'to' verb hangs from through its clauses ('has
    said it will not allow Iran to use missiles to choke off shipments': 'said')."""
    node = head
    for _ in range(6):
        if node.dep_ not in _CLAUSE_LINKS or node.head == node:
            return None
        node = node.head
        if pos_of(node) == "verb" and node.tag_ in _FINITE_OR_PARTICIPLE_TAGS:
            return node
    return None


def _reporter_of_forces(head: Token, verb: Token) -> Token | None:
    """The verb of saying whose reported clause ``head`` is, when ``verb`` is an act of
    speech (a vow, a warning, a denial) and the reported clause's doers are forces or weapons,
    which say nothing ('Iran said Iraqi jets hit Dezful and vowed to retaliate': Iran vowed)."""
    if head.dep_ != "ccomp" or not any_lemma(verb, _DEFAULT_LEXICON, SPEECH_ACTS):
        return None
    reporter = head.head
    if pos_of(reporter) != "verb" or not any_lemma(reporter, _DEFAULT_LEXICON, SPEECH_ACTS):
        return None
    doers = children(head, ("nsubj", "nsubjpass"))
    things = ARMED_FORCES | WEAPONS | MUNITIONS
    if not doers or not all(any_lemma(content_head(d), _DEFAULT_LEXICON, things) for d in doers):
        return None
    return reporter if children(reporter, ("nsubj",)) else None


def repair_stray_conjuncts(sent) -> int:
    """Re-hang a verb in the simple past that the parser joined to a verb it cannot stand
    beside: one inside a dash aside closed before it ('… in the Persian year -- which ended
    yesterday -- and mounted an offensive'), a bare infinitive ('said it will not allow
    Iran to use missiles … and offered its warships'), or a clause reported of forces that
    say nothing ('Iran said Iraqi jets hit Dezful and vowed to retaliate': joined to 'said'). The verb is joined instead to the
    verb above the aside or the nearest finite verb above the infinitive, so it takes that
    verb's subject and none of the negation or modality of the clause it was hung on.
    Returns how many were re-hung."""
    if not sentence_has_deps(sent, _CONJ_DEP):
        return 0  # the verb is a conjunct
    repaired = 0
    for verb in sent:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or children(verb, ANY_SUBJECT_DEPS):
            continue
        head = verb.head
        if pos_of(head) != "verb":
            continue
        governor = _aside_governor(head, verb)
        if governor is None and head.tag_ == "VB":
            governor = _finite_governor(head)
        if governor is None:
            governor = _reporter_of_forces(head, verb)
        if governor is None or governor.i > verb.i:
            continue
        rehang(verb, governor)
        repaired += 1
    return repaired


def repair_relative_roots(sent) -> int:
    """Re-hang a relative clause the parser made the sentence's root, with the main clause
    before it as its complement ('The US vetoed a resolution, backed by most members, that
    demanded a ceasefire': 'demanded', whose subject is the relative 'that', over 'vetoed'):
    the clause before becomes the root and the relative clause hangs on its object (else on
    the last noun before the relative pronoun). Returns how many were re-hung."""
    root = sent.root
    pronoun = next((s for s in children(root, ANY_SUBJECT_DEPS) if s.tag_ in ("WDT", "WP")), None)
    if pronoun is None or pronoun.i > root.i:
        return 0
    clause = next(
        (c for c in children(root, ("ccomp",)) if c.i < pronoun.i and children(c, SUBJECT_DEPS)),
        None,
    )
    if clause is None:
        return 0
    nouns = [o for o in objects(clause) if o.i < pronoun.i] or [
        t for t in sent.doc[clause.i + 1 : pronoun.i] if t.tag_ in _NOUN_TAGS
    ][-1:]
    if not nouns:
        return 0
    stop = sent[-1]
    if stop.is_punct and stop.head == root:
        rehang(stop, clause)
    rehang(clause, clause, "ROOT")
    rehang(root, nouns[0], "relcl")
    return 1


# a tensed verb or a modal: unlike ``_FINITE_OR_PARTICIPLE_TAGS``, no past participle (the one
# ``repair_noun_roots`` looks for, 'bombed' hung on the noun, is one)
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def repair_noun_roots(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make a clause of a sentence the parser read as one noun phrase ('The Saudi-led
    coalition bombed Sanaa': 'bombed' as a participle on 'coalition', the sentence's root): a
    past participle right after the root noun, with an object of its own or a partner it acts
    with ('Egyptian commandos drilled alongside Sudanese units', 'trained side by side':
    ``_done_with_partners``), in a sentence with no finite verb, is the sentence's verb in the
    simple past and the noun its subject ('Ships damaged in the raid' stays a headline's
    passive). So is a participle right before the root noun with the subject hung on it
    ('An Iranian frigate fired shells at …': ``_participle_before_object``). The same noun
    phrase before an attribution that follows it ('…, the defence
    ministry said'), hung on the speech verb, is made that verb's reported clause. Returns how
    many were re-hung."""
    root, said = sent.root, None
    if root.pos_ not in ("NOUN", "PROPN"):
        said, root = root, _reported_noun(sent, root)
        if root is None:
            return 0
    past = _past_after_apposition(root) if said is None else None
    if past is not None:
        _make_clause_verb(past, root, None, past.i)  # 'The Soviet Union, Iraq's main arms
        return 1  # supplier, called for …': 'called' hung on the apposition
    tensed = [t for t in sent if t.tag_ in _TENSED_TAGS and (said is None or t.i != said.i)]
    if tensed and not _past_hung_on_subject(tensed, root):
        return 0
    if said is None and _participle_before_object(sent, root):
        return 1
    if said is None and _bare_past_on_object(sent, root):
        return 1
    if _light_verb_after_aside(root, said, lex):
        return 1
    verb = _participle_after_subject(sent, root, lex)
    if verb is None:
        return 0
    if (
        not children(verb, ("dobj",))
        and not _done_with_partners(verb)
        and not any_lemma(verb, lex, PROTEST_PASTS)
    ):
        return 0
    _make_clause_verb(verb, root, said, verb.i)  # the full stop after the object
    return 1


def _past_hung_on_subject(tensed: list[Token], root: Token) -> bool:
    """Whether the one tensed word of a sentence is a simple past the tagger read right but the
    parser hung on the root noun as a modifier ('The rebels handed over their weapons to a
    commission': 'handed', VBD, an 'acl' of 'rebels'): the sentence's verb all the same."""
    return (
        len(tensed) == 1
        and tensed[0].tag_ == "VBD"
        and tensed[0].dep_ == "acl"
        and tensed[0].head == root
        and tensed[0].i > root.i
    )


def _make_clause_verb(verb: Token, root: Token, said: Token | None, after: int) -> None:
    """Make a participle the clause's verb in the simple past (the sentence's root, or the
    reported clause of ``said``), the root noun its subject, and the root's words after
    ``after`` (the full stop) its own."""
    for tok in list(root.children):
        if tok.i > after:
            rehang(tok, verb)
    verb.tag_ = "VBD"
    if said is None:
        rehang(verb, verb, "ROOT")
    else:
        rehang(verb, said, "ccomp")
    rehang(root, verb, "nsubj")


_NOUN_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss"})


def _light_verb_after_aside(root: Token, said: Token | None, lex: Lexicon) -> bool:
    """Make 'The delegation, led by the vice minister, repeated Pyongyang's demand that …' a
    clause when the parser read the light verb after the aside as a participle on the noun
    phrase after it, that phrase an apposition of the root noun: the verb is the clause's, in
    the simple past, the root noun its subject and the apposition its object. True when it
    was re-hung."""
    light = lex.word_class("light_verb")
    for noun in children(root, ("appos",)):
        verb = noun.doc[noun.left_edge.i]
        if (
            verb.dep_ != "amod"
            or verb.tag_ not in ("VBN", "VBD")
            or verb.i == 0
            or verb.doc[verb.i - 1].text != ","
            or not any_lemma(verb, lex, light)
        ):
            continue
        _make_clause_verb(verb, root, said, noun.right_edge.i)
        rehang(noun, verb, "dobj")
        return True
    return False


def _bare_past_on_object(sent, root: Token) -> bool:
    """Make 'New Zealand froze aid to Fiji' a clause when the parser read an irregular simple
    past that is no participle ('froze', 'broke', ``bare_simple_pasts``) as a modifier of the
    root noun after it, with the name before it hung on that noun: the past is the verb, the
    name its subject, the root noun its object, and what the root noun governs after it (the
    place, the time, the target) the verb's. True when it was re-hung."""
    doc = root.doc
    verb = doc[root.i - 1] if root.i - 1 > sent.start else None
    if (
        verb is None
        or verb.head != root
        or verb.dep_ not in ("amod", "compound", "nmod")
        or verb.lower_ not in bare_simple_pasts()
    ):
        return False
    subject = doc[verb.i - 1]
    if subject.head != root or subject.pos_ != "PROPN" or subject.dep_ not in ("nmod", "compound"):
        return False
    for tok in list(root.children):
        if tok.i < subject.i and tok.dep_ in _NOUN_MODIFIER_DEPS:
            rehang(tok, subject)
        elif tok.i > root.i:
            rehang(tok, verb)
    verb.tag_, verb.pos_ = "VBD", "VERB"
    rehang(verb, verb, "ROOT")
    rehang(subject, verb, "nsubj")
    rehang(root, verb, "dobj")
    return True


def _past_after_apposition(root: Token) -> Token | None:
    """The verb in the simple past the parser hung on the apposition of the root noun
    ('The Soviet Union, Iraq's main arms supplier, called through Tass for an end to the
    fighting': 'called', tagged VBD, an 'acl' of 'supplier'), right after the apposition's
    closing comma."""
    doc = root.doc
    for appos in children(root, ("appos",)):
        comma = next((c for c in appos.children if c.text == "," and c.i > appos.i), None)
        if comma is None or comma.i + 1 >= len(doc):
            continue
        verb = doc[comma.i + 1]
        if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head == appos:
            return verb
    return None


def _participle_before_object(sent, root: Token) -> bool:
    """Make 'An Iranian frigate fired shells at a tanker' a clause when the parser read the
    root noun 'shells' as modified by 'fired', the subject 'frigate' hung on the participle
    ('npadvmod') right before it: the participle is the verb in the simple past, the noun
    before it its subject, the root noun its object, and what the root noun governs (the
    place, the time, the target) the verb's. True when it was re-hung."""
    doc = root.doc
    verb = doc[root.i - 1] if root.i > sent.start else None
    if verb is None or verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.head != root:
        return False
    subjects = [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.i == verb.i - 1 and c.tag_ in ("NN", "NNS")
    ]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    for tok in list(root.children):
        if tok.i < subject.i and tok.dep_ in _NOUN_MODIFIER_DEPS:
            rehang(tok, subject)  # 'an Iranian' of 'an Iranian frigate'
        elif tok.i < subject.i or tok.i > root.i:
            rehang(tok, verb)
    verb.tag_ = "VBD"
    rehang(verb, verb, "ROOT")
    rehang(subject, verb, "nsubj")
    rehang(root, verb, "dobj")
    return True


def _reported_noun(sent, verb: Token) -> Token | None:
    """The noun phrase a trailing attribution verb was given as its clause ('Gunmen on
    motorbikes killed …, the ministry said': 'Gunmen' a 'dep' of 'said', or a second
    subject of it)."""
    sayers = children(verb, ("nsubj",))
    if verb.lower_ not in ATTRIBUTION_FORMS or not sayers:
        return None
    told = [
        c
        for c in verb.children
        if (c.dep_ in ("dep", "ccomp") or (c.dep_ == "nsubj" and len(sayers) > 1))
        and c.i < verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and min(t.i for t in c.subtree) == sent.start
    ]
    return told[0] if len(told) == 1 else None


def _participle_after_subject(sent, root: Token, lex: Lexicon) -> Token | None:
    """The past participle read as a modifier right after the root noun ('The Saudi-led
    coalition bombed …') or right after the last noun of a place or means phrase on it
    ('Gunmen on motorbikes killed …', 'Rebels in Kivu seized …') or of a participle's phrase
    right after it ('Guerrillas dressed in army uniforms killed 146 people': 'killed', with its
    object, hung on 'uniforms'), also when the parser hung it on the root noun over that phrase
    ('Hundreds of Bosnians protested in Tuzla')."""
    doc = root.doc
    ends = [root]
    heads = [root] + [
        c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == root.i + 1
    ]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.i > head.i:
                ends += [
                    p for p in prep.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                ]
    phrase = None  # 'dressed in uniforms': the phrase, the clause's verb only if none follows
    for end in ends:
        verb = doc[end.i + 1] if end.i + 1 < sent.end else None
        if phrase is None and verb in heads[1:] and not children(verb, ("dobj",)):
            phrase = verb
            continue
        if (
            verb is not None
            and verb.head in (end, root)
            and verb.dep_ == "acl"
            and verb.tag_ in ("VBN", "VBD")
            # on a phrase: with an object, or a crowd's own act ('Hundreds of migrants protested')
            and (
                end.i == root.i or children(verb, ("dobj",)) or any_lemma(verb, lex, PROTEST_PASTS)
            )
        ):
            return verb
    return phrase


def repair_due_infinitives(sent) -> int:
    """Make the bare verb the parser read as a noun after 'due to' the infinitive it is
    ('About 800 Marines are due to land on Wednesday': 'land' a noun under 'to'), as 'are due
    to arrive' is parsed: a word of ``DUE_VERBS`` with nothing of its own, right after the
    'to' of a predicative 'due'. A cause stays a noun ('the delay was due to rain'; 'due to
    land disputes'). Returns how many were re-hung."""
    if not sentence_has(sent, DUE_WORD):
        return 0
    count = 0
    for due in sent:
        if due.lower_ != "due" or due.dep_ != "acomp" or due.i + 2 >= sent.end:
            continue
        to, verb = due.doc[due.i + 1], due.doc[due.i + 2]
        if (
            to.lower_ != "to"
            or to.head != due
            or verb.head != to
            or verb.dep_ != "pobj"
            or verb.lower_ not in DUE_VERBS
            or any(True for _ in verb.children)
        ):
            continue
        verb.tag_, verb.pos_ = "VB", "VERB"
        to.tag_ = "TO"
        rehang(verb, due, "xcomp")
        rehang(to, verb, "aux")
        count += 1
    return count


def repair_opening_dates(sent) -> int:
    """Give a verb back the subject the parser joined to a month or day name in an opening
    phrase of time ('In March Rwanda accused …', 'On Sunday Iraq said …': 'March Rwanda' read
    as one name after 'in'; 'On Sunday guerrillas ambushed …'): the name or plural noun right
    before the verb is its subject, and the calendar word the object of the preposition.
    Returns how many were re-hung."""
    if not sentence_has(sent, CALENDAR_NAMES):
        return 0  # no month or day named
    count = 0
    for name in sent:
        prep = name.head
        verb = prep.head
        if (
            name.dep_ != "pobj"
            or name.tag_ not in ("NNP", "NNPS", "NNS")
            or name.lower_ in CALENDAR_NAMES
            or prep.dep_ != "prep"
            or prep.lower_ not in ("in", "on")
            or verb.i != name.i + 1
            or verb.tag_ not in FINITE_TAGS
            or any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children)
        ):
            continue
        dates = [c for c in name.children if c.dep_ == "compound" and c.lower_ in CALENDAR_NAMES]
        if not dates or dates[-1].i + 1 != name.i:
            continue
        for c in list(name.children):
            if c.i < dates[0].i or c in dates[:-1]:
                rehang(c, dates[-1])  # 'in early March': the calendar word's modifiers
        rehang(dates[-1], prep, "pobj")
        rehang(name, verb, "nsubj")
        count += 1
    return count


def repair_named_subjects(sent) -> int:
    """Make the verb of a sentence whose subject is a noun with a name after it the sentence's
    root when the parser read the name as the subject of a relative clause on the noun ('The
    Afghan news agency Bakhtar called the charge baseless': 'agency' the root, 'Bakhtar called
    …' a clause on it): with no relative word, the noun is the verb's subject and the name
    its apposition. Returns how many were re-hung."""
    root = sent.root
    if root.pos_ != "NOUN" or root.i + 2 >= sent.end:
        return 0
    name = root.doc[root.i + 1]
    verb = name.head
    if name.pos_ != "PROPN" or name.dep_ != "nsubj" or verb.head != root or verb.dep_ != "relcl":
        return 0
    if verb.i != name.i + 1 or verb.tag_ not in FINITE_TAGS:
        return 0
    if any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return 0
    for tok in list(root.children):
        if tok.i > verb.i:  # the full stop after the clause
            rehang(tok, verb)
    rehang(verb, verb, "ROOT")
    rehang(root, verb, "nsubj")
    rehang(name, root, "appos")
    return 1


def repair_infinitive_roots(sent) -> int:
    """Make the verb of a sentence whose subject is a noun with an infinitive on it its root
    when the parser hung the verb on the infinitive ('India's decision to make the state a
    union territory drew a protest from China': 'decision' the root, 'drew' a clause of
    'make' with 'territory' its subject): a tensed verb that is the infinitive's clause, with
    a subject before it and none of its own words before the infinitive, is the sentence's
    verb and the root noun its subject; the words read as its subjects go back to the
    infinitive as its object and complement. Returns how many were re-hung."""
    root = sent.root
    if root.pos_ != "NOUN":
        return 0
    for inf in children(root, ("acl",)):
        if inf.tag_ != "VB" or not any(c.lower_ == "to" for c in children(inf, ("aux",))):
            continue
        verbs = [c for c in children(inf, ("ccomp",)) if c.tag_ in FINITE_TAGS and c.i > inf.i]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        said = [c for c in children(verb, ("nsubj",)) if inf.i < c.i < verb.i]
        if len(said) != 1 or min(t.i for t in verb.subtree) <= inf.i:
            continue
        for tok in list(root.children):
            if tok.i > verb.i:  # the full stop after the clause
                rehang(tok, verb)
        for tok in children(said[0], ("nsubj",)):
            rehang(tok, inf, "dobj")  # 'make Arunachal Pradesh …'
        rehang(said[0], inf, "oprd")  # '… a full state'
        rehang(verb, verb, "ROOT")
        rehang(root, verb, "nsubj")
        return 1
    return 0


def repair_dative_names(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make a place's name right after a verb of giving its first object when the parser
    read it as a modifier of the thing given ('agreed to sell Pakistan early warning
    aircraft': 'Pakistan' an adjective of 'aircraft'): with no possessive ending of its own,
    the name is the taker ('dative'), as in 'sell Pakistan the aircraft', unless a 'to'
    phrase names the taker ('agreed to ship U.S. military spare parts to Iran': the name is
    the maker's). Returns how many were re-hung."""
    if not sentence_has(sent, lex.inflections(DATIVE_VERBS)):
        return 0  # no verb of giving
    repaired = 0
    for verb in sent:
        if pos_of(verb) != "verb" or not any_lemma(verb, lex, DATIVE_VERBS):
            continue
        if verb.i + 2 >= sent.end or children(verb, ("dative",)):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue  # 'ship U.S. military spare parts to Iran': the taker is named
        name = verb.doc[verb.i + 1]
        thing = name.head
        if name.pos_ != "PROPN" or name.ent_type_ != "GPE":
            continue
        if name.dep_ not in ("amod", "compound", "poss", "nmod") or thing.head != verb:
            continue
        if thing.dep_ != "dobj" or thing.i <= name.i + 1:
            continue  # 'sell Pakistan aircraft' keeps 'Pakistan aircraft' for a plain pair
        if any(c.dep_ == "case" and c.lower_ in ("'s", "'") for c in name.children):
            continue  # 'sell Pakistan's aircraft'
        if any(t.ent_type_ == "GPE" for t in verb.doc[name.i + 1 : thing.i]):
            continue  # a longer name: 'sell Saudi Arabia …'
        for c in list(name.children):
            rehang(c, thing)  # 'F-16' read as the name's own word
        rehang(name, verb, "dative")
        repaired += 1
    return repaired


def repair_double_subjects(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Give the first of two subjects the parser hung on one verb its own clause, when that
    subject has a participle with an object on it ('Zimbabwean planes bombed rebel bases
    today, officials said': 'planes' and 'officials' both subjects of 'said', 'bombed' a
    participle on 'planes'): the participle is a verb in the simple past with the first
    subject for its subject, the clause a verb of speech, attribution or belief reports
    ('officials said', 'Harare claimed', 'diplomats believe'), or a clause beside any other
    verb ('…, rebels retaliated': the planes did not retaliate). Returns how many were
    re-hung."""
    if not sentence_has_deps(sent, _PARTED_SUBJECT_DEPS):
        return 0  # two subjects ('nsubj'), the participle ('acl') and its object ('dobj')
    repaired = 0
    doc = sent.doc
    shared = _shared_subject_heads(sent)
    for i in range(sent.start, sent.end):
        if i not in shared:
            continue  # fewer than two subjects: nothing to part
        verb = doc[i]
        subjects_ = children(verb, ("nsubj",))
        if len(subjects_) != 2 or pos_of(verb) != "verb":
            continue
        first, second = subjects_
        participles = [
            c
            for c in children(first, ("acl",))
            if c.tag_ in ("VBN", "VBD") and first.i < c.i < second.i and children(c, ("dobj",))
        ]
        if len(participles) != 1:
            continue
        clause = participles[0]
        clause.tag_ = "VBD"
        rehang(clause, verb, "ccomp" if _reporting(verb, lex) else "conj")
        rehang(first, clause, "nsubj")
        repaired += 1
        shared = _shared_subject_heads(sent)  # the tree moved: read it again
    return repaired


_NSUBJ_ID = get_string_id("nsubj")


def _shared_subject_heads(sent: Span) -> set[int]:
    """The tokens of ``sent`` that head two or more 'nsubj' children: the only verbs
    ``repair_double_subjects`` can part (no children read for the rest)."""
    seen: set[int] = set()
    shared: set[int] = set()
    for tok in sent:
        if tok.dep == _NSUBJ_ID:
            head = tok.head.i
            (shared if head in seen else seen).add(head)
    return shared


def repair_contact_relatives(sent) -> int:
    """Make a relative clause with no relative word of a noun phrase the parser read as an
    apposition with a participle on it ('a security agreement the two countries signed in
    Blantyre': 'countries' an apposition of 'agreement', or of a noun further back, or a second
    object of the verb, 'signed' a participle on it): a definite noun phrase right after the
    noun (no comma between), followed by a past form with no object or 'by' phrase of its own,
    is the clause's subject, the verb a simple past whose object is the noun ('the accord Egypt
    and Israel signed'). Returns how many were re-hung."""
    if not sentence_has_deps(sent, _ACL_DEP):
        return 0  # the clause's verb is read as a participle ('acl') on the phrase
    repaired = 0
    for apposed in sent:
        if apposed.dep_ not in ("dobj", "appos"):
            continue  # read first: the word before the phrase is looked up only for these
        noun, before = apposed.head, sent.doc[apposed.left_edge.i - 1]
        if apposed.dep_ == "dobj" and before.dep_ == "dobj" and before.head == apposed.head:
            noun = before  # 'follows a security agreement the two countries signed': read as
            # two objects of 'follows'
        elif apposed.dep_ != "appos":
            continue
        elif before.pos_ == "NOUN" and noun.i < before.i and before.dep_ in ("dobj", "pobj"):
            noun = before  # 'The deployment, first reported …, follows a security agreement the
            # two countries signed': the subject hung on the sentence's subject, far back
        if noun.pos_ != "NOUN" or apposed.i <= noun.i:
            continue
        if apposed.left_edge.i != 1 + max(t.i for t in noun.subtree if t.i < apposed.left_edge.i):
            continue  # '…, a rights group protested': no comma before the clause's subject
        if not (
            apposed.pos_ == "PROPN"
            or any(c.dep_ == "poss" or c.lower_ in BACK_DETERMINERS for c in apposed.children)
        ):
            continue
        verbs = [
            c
            for c in children(apposed, ("acl",))
            if c.tag_ in ("VBN", "VBD")
            and c.i == 1 + max(t.i for t in apposed.subtree if t.i < c.i)
            and not children(c, ("dobj", "agent", "nsubj", "nsubjpass"))
        ]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        verb.tag_ = "VBD"
        rehang(verb, noun, "relcl")
        rehang(apposed, verb, "nsubj")
        repaired += 1
    return repaired


def repair_relative_asides(sent) -> int:
    """Make the verb after a relative clause set off by commas the sentence's verb when the
    parser read it as a modifier of a noun inside the clause ('Italy, which has 15,000
    citizens working in Libya, called on both sides to show restraint': 'called' hung on
    'citizens' as a participle, the sentence left with a noun for root): in a sentence whose
    root is a noun with a relative clause, a simple past or present after the clause, right
    after a comma, hung as a modifier on the noun or on a word of that clause, is the root's
    verb and the noun its subject; so is a past participle with no 'by' hung on the noun
    itself (the sentence has no other verb).
    Returns how many were re-hung."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return 0
    clauses = [
        c
        for c in children(root, ("relcl",))
        if any(s.lower_ in RELATIVE_PRONOUNS for s in c.subtree if s.i < c.i)
    ]
    if not clauses:
        return 0
    clause, doc = clauses[0], sent.doc
    inside = {t.i for t in clause.subtree}
    for verb in sent:
        past = verb.tag_ == "VBN" and verb.head == root and not children(verb, ("agent",))
        if verb.tag_ not in FINITE_TAGS and not past:  # 'Greece, which …, called/VBN on …'
            continue
        if verb.dep_ not in ("acl", "relcl") or verb == clause:
            continue
        if verb.i <= clause.i or not (verb.head == root or verb.head.i in inside):
            continue  # on the noun itself or on a word of its clause
        if doc[verb.i - 1].lower_ != ",":
            continue
        for tok in list(root.children):
            if tok.i > verb.i:  # the full stop
                rehang(tok, verb)
        rehang(doc[verb.i - 1], root)
        verb.tag_ = "VBD" if past else verb.tag_
        rehang(verb, verb, "ROOT")
        rehang(root, verb, "nsubj")
        return 1
    return 0


def repair_participle_asides(sent) -> int:
    """Make the verb after a participle set off by commas the sentence's verb when the
    parser read the participle as the verb and the real one as its conjunct ('Brian Keenan,
    held hostage in Lebanon for four years, was freed in Beirut today': 'held' the root with
    'Keenan' its subject, 'was freed' a conjunct with no subject): a past form right after a
    comma that follows its subject, with no auxiliary of its own, and a later conjunct after
    a comma that has an auxiliary and no subject, is a participle describing the subject,
    and the conjunct the verb of that subject. Returns how many were re-hung."""
    root, doc = sent.root, sent.doc
    if root.tag_ not in ("VBD", "VBN") or root.i == sent.start or doc[root.i - 1].lower_ != ",":
        return 0
    if children(root, ("aux", "auxpass", "neg")):
        return 0
    subj = next((s for s in children(root, ("nsubj",)) if s.i < root.i), None)
    if subj is None:
        return 0
    for verb in children(root, ("conj",)):
        helpers = [c for c in children(verb, ("aux", "auxpass")) if c.i < verb.i]
        if not helpers or children(verb, ANY_SUBJECT_DEPS):
            continue
        if doc[helpers[0].i - 1].lower_ != ",":
            continue
        for tok in list(root.children):
            if tok.i > verb.i:
                rehang(tok, verb)
        passive = any(h.dep_ == "auxpass" for h in helpers)
        rehang(verb, verb, "ROOT")
        rehang(subj, verb, "nsubjpass" if passive else "nsubj")
        root.tag_ = "VBN"
        rehang(root, subj, "acl")
        return 1
    return 0


def _reporting(verb: Token, lex: Lexicon) -> bool:
    """A verb that reports a clause: of speech, attribution or belief ('said', 'claimed',
    'protested', 'believe') or another clause reporter (``CLAUSE_REPORTERS``: 'denied');
    not 'fled', 'retaliated', 'welcomed'."""
    mood = lex.modality
    words = mood["speech"] | mood["attribution"] | mood["belief"] | CLAUSE_REPORTERS
    return any_lemma(verb, lex, words)


def _tensed_besides(sent, verb: Token, reporter: Token | None = None) -> bool:
    """A tensed verb in the sentence other than ``verb`` (and the verb of speech
    ``reporter`` that reports its clause)."""
    return any(t.tag_ in _TENSED_TAGS and t != verb and t != reporter for t in sent)


def repair_backed_subjects(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make the verb of a sentence whose subject is backed by others its root when the parser
    hung it on the backers ('Syrian troops backed by tanks moved into West Beirut': 'troops'
    the root, 'moved' a clause on 'tanks'): a simple past on the object of the 'by' of a
    participle on the root noun is the sentence's verb, the root noun its subject. So when a
    verb of speech after the clause took that noun for a first subject of its own ('Turkish
    troops backed by jets and tanks crossed into Iraq on Monday, officials said'): the verb
    is the clause the speech verb reports, the noun its subject. Returns how many were
    re-hung."""
    root = sent.root
    reporter = None
    if root.pos_ == "NOUN":
        subject = root
    else:
        told = children(root, ("nsubj",))
        if len(told) != 2 or not told[0].i < told[1].i < root.i or not _reporting(root, lex):
            return 0
        subject, reporter = told[0], root
    for participle in children(subject, ("acl",)):
        if participle.tag_ != "VBN":
            continue
        for agent in children(participle, ("agent",)):
            for backer in with_conjuncts(pobjs(agent)):
                verbs = [
                    v
                    for v in children(backer, ("acl", "relcl"))
                    if v.tag_ == "VBD"
                    or (v.tag_ == "VBN" and not _tensed_besides(sent, v, reporter))
                ]
                if len(verbs) != 1 or verbs[0].i <= backer.i:
                    continue
                verb = verbs[0]
                if any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
                    continue  # 'troops backed by tanks that moved …': the tanks moved
                verb.tag_ = "VBD"
                if reporter is not None:
                    rehang(verb, reporter, "ccomp")
                    rehang(subject, verb, "nsubj")
                    return 1
                for tok in list(root.children):
                    if tok.i > verb.i:  # the full stop after the clause
                        rehang(tok, verb)
                rehang(verb, verb, "ROOT")
                rehang(root, verb, "nsubj")
                return 1
    return 0


_JOINT_WORK = _EVENT_SYNTAX["joint_work"]
_JOINT_ADVERBS = frozenset(_JOINT_WORK["adverbs"])  # 'trained together'
_PARTNER_PREPS = frozenset(_JOINT_WORK["preps"])  # 'drilled alongside Sudanese units'
_JOINT_PHRASES: dict[str, str] = _JOINT_WORK["phrase_nouns"]  # 'side by side', 'in tandem'


def _done_with_partners(verb: Token) -> bool:
    """A verb done with partners: 'alongside' someone on it, or 'together', 'jointly', 'side
    by side', 'in tandem' in its phrase; a headline's passive seldom has one ('ships damaged
    in the raid')."""
    if any(c.lower_ in _PARTNER_PREPS for c in prep_children(verb)):
        return True
    doc = verb.doc
    for tok in verb.subtree:
        if tok.lower_ in _JOINT_ADVERBS:
            return True
        before = _JOINT_PHRASES.get(tok.lower_)
        if before is not None and tok.i > 0 and doc[tok.i - 1].lower_ == before:
            return True
    return False


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOUN_OR_ADJ_TAGS = _NOUN_TAGS | {"JJ"}  # the word a participle read as the verb follows
_OWN_WORDS = frozenset({"det", "poss", "nummod", "amod", "compound", "quantmod", "predet"})


def _past_read_as_modifier(tok: Token) -> bool:
    """A simple past the parser hung on a later noun as a modifier ('Washington relaxed
    curbs on exports': 'relaxed/VBD' on 'curbs')."""
    return tok.tag_ == "VBD" and tok.dep_ == "amod" and tok.head.i > tok.i


def repair_participle_verbs(sent) -> int:
    """Make a clause of a sentence the parser read as one noun phrase with a participle on
    its object ('Protesters in Lima blocked roads', 'Students hurled stones at the police':
    'blocked' read as a participle on 'roads', 'hurled' on 'stones'): in a sentence with no
    tensed verb, a past participle modifying a later noun that has no word of its own before
    the participle ('an impounded ship', "Iraq's embattled leader" keep theirs), right after
    a noun or adjective, is the sentence's verb in the simple past, that noun its object and
    the noun phrase the sentence opens with its subject. A simple past hung on its object the
    same way is read alike ('Washington relaxed curbs on exports': no other tensed verb).
    Returns how many were re-hung."""
    if not sentence_has_deps(sent, _AMOD_DEP):
        return 0  # the participle is a modifier ('amod')
    if any(t.tag_ in _TENSED_TAGS and not _past_read_as_modifier(t) for t in sent):
        return 0
    doc = sent.doc
    for verb in sent:
        obj = verb.head
        if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "amod" or obj.i <= verb.i:
            continue
        if verb.i == sent.start:
            continue
        if doc[verb.i - 1].tag_ not in _NOUN_OR_ADJ_TAGS or any(
            c.i < verb.i and c.dep_ in _OWN_WORDS for c in obj.lefts
        ):
            continue
        subj = doc[sent.start]  # the head of the words before the participle
        while subj.head != subj and sent.start <= subj.head.i < verb.i:
            subj = subj.head
        if subj.tag_ not in _NOUN_TAGS:
            continue
        verb.tag_ = "VBD"
        rehang(verb, verb, "ROOT")
        rehang(obj, verb, "dobj")
        rehang(subj, verb, "nsubj")
        return 1
    return 0


def repair_reduced_relatives(sent) -> int:
    """Make a bare past participle the parser read as a reported clause's verb, with a later
    tensed verb of the same report left with no subject ('said that several shells fired
    from Iranian positions landed on the island': 'fired' read as the verb with 'shells' for
    subject, 'landed' as a second reported clause), a participle on that noun, and the noun
    the tensed verb's subject, as in 'shells that were fired from … landed'. A participle
    with an auxiliary ('had fired') or an object is a verb and is left alone; a past form the
    tagger read as tensed ('rockets fired from …') is taken only beside a second reported
    clause, not a conjunct ('said rebels fired from the hills and killed two'). Returns how
    many were re-hung."""
    if not sentence_has_deps(sent, _CCOMP_DEP):
        return 0  # the past form is read as a clause ('ccomp')
    repaired = 0
    for verb in sent:
        if (
            verb.tag_ not in ("VBN", "VBD")
            or verb.dep_ != "ccomp"
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        ):
            continue
        subj = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.tag_ in _NOUN_TAGS), None)
        # a past form read as tensed ('rockets fired from …') only beside a second report
        deps = ("ccomp", "conj") if verb.tag_ == "VBN" else ("ccomp",)
        told = next(
            (
                t
                for t in verb.head.rights
                if t.i > verb.i
                and t.dep_ in deps
                and t.tag_ in _TENSED_TAGS
                and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in t.children)
            ),
            None,
        )
        if subj is None or told is None:
            continue
        marks = [c for c in verb.children if c.dep_ == "mark"]
        rehang(told, verb.head, "ccomp")
        rehang(subj, told, "nsubj")
        rehang(verb, subj, "acl")
        for mark in marks:
            rehang(mark, told, "mark")
        repaired += 1
    return repaired


_AND = frozenset({"and"})
_COMMA = frozenset({","})


def repair_listed_verbs(sent) -> int:
    """Join to the verb before it a finite verb in a list of one subject's acts that the
    parser hung on that verb as an unlabelled dependent: 'Carter broke relations with Iran,
    ordered its diplomats out and imposed an embargo' ('ordered' read as a 'dep' of 'broke',
    'imposed' joined to 'ordered'). The verb follows a comma, has no subject of its own and
    ends in an 'and' verb of the same tense, so it takes the first verb's subject. Returns
    how many were re-hung."""
    if not sentence_has(sent, _COMMA):
        return 0  # the verb follows a comma of its sentence
    if not sentence_has_deps(sent, _LISTED_VERB_DEPS):
        return 0  # the verb hangs unlabelled ('dep') and has an 'and' verb ('conj')
    repaired = 0
    doc = sent.doc
    for verb in sent:
        head = verb.head
        if verb.dep_ != "dep" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ != verb.tag_:
            continue
        if head.i >= verb.i or verb.i == sent.start or doc[verb.i - 1].lower_ != ",":
            continue
        if children(verb, ANY_SUBJECT_DEPS) or not children(head, ANY_SUBJECT_DEPS):
            continue
        ends = children(verb, ("conj",))
        if not children(verb, ("cc",)) or not any(c.tag_ == verb.tag_ for c in ends):
            continue
        rehang(verb, head, "conj")
        repaired += 1
    return repaired


NAMING_VERBS = frozenset(_EVENT_SYNTAX["naming_verbs"])  # 'launched what it called …'
_WHAT = frozenset({"what"})
NAMED_ACT_VERBS = frozenset(_EVENT_SYNTAX["named_act_verbs"]["verbs"])  # 'launched what …'


def repair_named_objects(sent) -> int:
    """Make the noun a doer names its own act by, in a free relative whose namer is a pronoun
    ('launched what it called a counter-attack', 'mounted what it described as a punitive
    raid'), the object of the verb of beginning or carrying out (``named_act_verbs``) the
    free relative 'what' is the object of, the naming clause a relative clause on that noun:
    the verb then reads as launching the act. A name another gives ('began what one
    executive called an all-out assault') and other verbs ('condemned what it called a
    violation') are left alone. The
    noun is the naming verb's last predicative noun or the object of its 'as'; the words of
    it before (the parts of a split 'counter-attack') become its compounds. Returns how many
    were re-hung."""
    if not sentence_has(sent, _WHAT):
        return 0
    repaired = 0
    for what in sent:
        naming = what.head
        verb = naming.head
        if what.lower_ != "what" or what.dep_ != "dobj" or naming.dep_ != "ccomp":
            continue
        if naming.lower_ not in NAMING_VERBS or verb.lower_ not in NAMED_ACT_VERBS:
            continue  # 'condemned what it called a violation' keeps the relative
        if pos_of(verb) != "verb" or verb.i > what.i:
            continue
        namers = children(naming, ("nsubj",))
        if not namers or not all(is_pronoun(s) for s in namers):
            continue  # 'began what one executive called an all-out assault': another's name
        if children(verb, ("dobj",)):
            continue
        named = [c for c in naming.children if c.dep_ in ("oprd", "attr") and c.i > naming.i]
        if not named:
            named = [p for prep in prep_children(naming, ("as",)) for p in pobjs(prep)]
        if not named or pos_of(named[-1]) != "noun":
            continue
        label = named[-1]
        for part in named[:-1]:
            rehang(part, label, "compound")
        rehang(label, verb, "dobj")
        rehang(naming, label, "relcl")
        repaired += 1
    return repaired


def repair_conjoined_pasts(sent) -> int:
    """Make a past verb right after 'and' that the parser read as a participle on the noun
    after it, that noun joined to an earlier past verb ('lodged a protest on Monday and
    proposed talks to settle the dispute': 'proposed' read as a modifier of 'talks', 'talks'
    as a second object of 'lodged'), a second verb of that subject with the noun its object.
    'bought tanks and armoured cars' (no verb form after 'and') is left alone. Returns how
    many were re-hung."""
    if not sentence_has(sent, _AND):
        return 0  # the past verb comes right after 'and'
    if not sentence_has_deps(sent, _AMOD_CONJ_DEPS):
        return 0  # the verb read as a modifier ('amod') of a conjunct noun ('conj')
    repaired = 0
    doc = sent.doc
    for word in sent:
        noun = word.head
        if word.tag_ not in ("VBN", "VBD") or word.dep_ != "amod" or noun.i != word.i + 1:
            continue
        if word.i == sent.start or doc[word.i - 1].lower_ != "and":
            continue
        verb = noun.head
        if noun.dep_ != "conj" or verb.tag_ != "VBD" or verb.i >= word.i:
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in noun.lefts):
            continue  # 'stormed the base and seized weapons' keeps its noun phrase alike
        word.tag_ = "VBD"
        rehang(word, verb, "conj")
        rehang(noun, word, "dobj")
        rehang(doc[word.i - 1], verb, "cc")
        repaired += 1
    return repaired


def repair_backshifted_conjuncts(sent) -> int:
    """Hang on the verb of speech a simple past of speaking (`backshift_speech`: 'accused',
    'demanded', 'urged' …) after 'and' that the parser joined to a past perfect in the
    reported clause ('ADN said Hungary had violated its obligations and accused Budapest of
    …': the agency accused, not Hungary): the told act is in the past perfect, the speaker's
    second act in the simple past (each of these words is one form for both, whichever tag the
    parser gives it after 'had'); so after a past progressive ('told parliament Pakistan was
    training extremists and demanded …'). So after a told judgement of a thing in the past ('Tehran
    radio said the trial was a farce and warned Kuwait …': a trial warns no one;
    ``_judged_thing``). An armed or other verb stays ('said jets had bombed Dezful
    and killed 20': 'had' serves both). Returns how many were re-hung."""
    if not sentence_has(sent, BACKSHIFT_SPEECH):
        return 0  # no simple past of speaking
    if not sentence_has_deps(sent, _CONJ_DEP):
        return 0  # the second verb is a conjunct
    repaired = 0
    for word in sent:
        first = word.head
        if word.dep_ != "conj" or word.tag_ not in ("VBD", "VBN"):
            continue  # 'accused', 'urged': one form, which the parser may tag either way
        if word.lower_ not in BACKSHIFT_SPEECH:
            continue  # 'said jets had bombed Dezful and killed 20': 'had' serves both
        if children(word, ("nsubj", "nsubjpass", "aux", "auxpass")):
            continue
        if not (_past_perfect(first) or _past_progressive(first) or _judged_thing(first)):
            continue
        speech = first.head
        if first.dep_ != "ccomp" or speech.lower_ not in ATTRIBUTION_FORMS | BACKSHIFT_REPORTERS:
            continue
        if speech.i > first.i or not children(speech, ("nsubj",)):
            continue  # '…, the agency said' after the clause: left alone
        rehang(word, speech, "conj")
        for c in first.children:
            if c.dep_ == "cc" and c.i < word.i:
                rehang(c, speech, "cc")
        repaired += 1
    return repaired


def _past_perfect(verb: Token) -> bool:
    """A past participle with 'had' ('had violated')."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _past_progressive(verb: Token) -> bool:
    """A present participle with 'was' or 'were' ('was arming'): a told act going on then."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children
    )


def _judged_thing(verb: Token) -> bool:
    """A past copula whose subject is a thing, not a party ('the trial was a farce', 'the
    raid was illegal'): a common noun with no name, person or pronoun in it, nor a word a
    party is called by ('the government was …')."""
    if verb.lower_ not in ("was", "were"):
        return False
    subjects = children(verb, ("nsubj",))
    return len(subjects) == 1 and _thing_noun(subjects[0])


def _thing_noun(tok: Token) -> bool:
    """A common noun that names no party: no entity, person title or pronoun in its phrase,
    not a collective word a government is called by (``demand_subjects``). A nationality
    adjective on the noun itself tells whose the thing is, and it stays a thing ('the
    American action', 'the Israeli raid')."""
    if tok.tag_ not in ("NN", "NNS") or tok.lower_ in _PARTY_COLLECTIVES:
        return False
    return not any(
        t.ent_type_ or is_personish(t) or is_pronoun(t) or t.tag_ in ("NNP", "NNPS", "PRP$")
        for t in tok.subtree
        if not _nationality_adjective(t, tok)
    )


def _nationality_adjective(tok: Token, noun: Token) -> bool:
    """An adjective of nationality on ``noun`` itself ('American' of 'the American action')."""
    return tok.head == noun and tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.ent_type_ == "NORP"


_PARTY_COLLECTIVES = frozenset(_EVENT_SYNTAX["demand_subjects"])  # 'government', 'regime'
_SUSPECTED_IDS = frozenset(
    map(get_string_id, _EVENT_SYNTAX["suspicion_participles"])
)  # 'suspected', 'alleged'


def _suspicion_as_clause(word: Token, verb: Token) -> bool:
    """Re-hang 'raided alleged ANC hideouts' read as a clause of 'alleged' on 'raided' (no
    subject of its own, the noun after it its clause or object): the noun is the object of
    'raided', 'alleged' its modifier. True when it was re-hung."""
    if word.head != verb or children(word, ("nsubj", "nsubjpass", "auxpass", "aux")):
        return False
    nouns = [
        c
        for c in children(word, ("ccomp", "dobj", "xcomp"))
        if c.i > word.i and c.tag_ in ("NN", "NNS", "NNP", "NNPS")
    ]
    if len(nouns) != 1 or children(verb, ("dobj",)):
        return False
    noun = nouns[0]
    for child in list(word.children):
        if child is not noun:
            rehang(child, verb)
    rehang(noun, verb, "dobj")
    word.tag_ = "JJ"
    rehang(word, noun, "amod")
    return True


def repair_suspected_modifiers(sent) -> int:
    """Make the verb of a clause whose object a word of suspicion modifies the clause's verb
    when the parser took that word for it ('planes bombed suspected guerrilla bases':
    'suspected' read as the verb, 'bombed' as a participle on 'planes'): a participle hung
    on the subject right before 'suspected', which has that subject and an object after it,
    takes its place, subject, object and other words; 'suspected' modifies the object.
    Returns how many were re-hung."""
    repaired = 0
    doc = sent.doc
    rows = word_rows(doc)
    for i in range(sent.start + 2, sent.end - 1):
        if rows[i][LOWER_COL] not in _SUSPECTED_IDS:
            continue
        word, verb = doc[i], doc[i - 1]
        if word.tag_ not in ("VBD", "VBN") or verb.tag_ not in ("VBD", "VBN"):
            continue
        if _suspicion_as_clause(word, verb):
            repaired += 1
            continue
        subj = children(word, ("nsubj",))
        objs = [o for o in children(word, ("dobj",)) if o.i > word.i]
        if len(subj) != 1 or len(objs) != 1 or verb.dep_ != "acl" or verb.head != subj[0]:
            continue
        if word.head == word:
            rehang(verb, verb, "ROOT")
        else:
            rehang(verb, word.head, word.dep_)
        for child in list(word.children):
            rehang(child, verb)
        rehang(subj[0], verb, "nsubj")
        rehang(objs[0], verb, "dobj")
        verb.tag_ = "VBD"
        word.tag_ = "JJ"
        rehang(word, objs[0], "amod")
        repaired += 1
    return repaired


_MODIFIER_PARTICIPLE_IDS = frozenset(
    map(get_string_id, _EVENT_SYNTAX["modifier_participles"])
)  # 'intruding', 'retreating', 'fleeing'
_VISITOR_PARTICIPLE_IDS = frozenset(
    map(get_string_id, _EVENT_SYNTAX["visitor_participles"])
)  # 'told visiting U.S. Trade Representative Clayton Yeutter'


MEANS_OF_TALKING = frozenset(_EVENT_SYNTAX["means_of_talking"])  # 'spoke by telephone with …'
_BY = frozenset({"by"})


def repair_means_of_talking(sent) -> int:
    """Make a 'by' phrase naming a means of talking on an active verb a plain preposition
    ('after Barco spoke by telephone with Lusinchi': the parser may read 'by telephone' as the
    agent of a passive, which would make the telephone the doer), a perfect too ('Obama had
    spoken by telephone with Lee'). Returns how many were relabelled."""
    if not sentence_has(sent, _BY):
        return 0
    if not sentence_has_deps(sent, _AGENT_DEP):
        return 0  # 'by' read as an agent
    repaired = 0
    for tok in sent:
        if tok.dep_ != "agent" or tok.lower_ != "by":
            continue
        if tok.head.tag_ == "VBN" and not _active_perfect(tok.head):
            continue
        if any(o.lower_ in MEANS_OF_TALKING for o in tok.children if o.dep_ == "pobj"):
            rehang(tok, tok.head, "prep")
            repaired += 1
    return repaired


_HAVE_FORMS = frozenset({"have", "has", "had", "having", "'ve", "'d"})


def _active_perfect(verb: Token) -> bool:
    """A past participle after 'have' with a subject of its own and no passive mark ('had
    spoken'), not a passive ('was spoken to by')."""
    return (
        any(c.dep_ == "aux" and c.lower_ in _HAVE_FORMS for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not is_passive(verb)
    )


_CALLED_IN = _EVENT_SYNTAX["called_in"]
CALLED_IN_VERBS = frozenset(_CALLED_IN["verbs"])  # 'called in the Soviet ambassador'
CALLED_IN_OBJECTS = frozenset(_CALLED_IN["objects"])


def repair_called_in(sent) -> int:
    """Make 'in' after a verb of summoning a particle when the parser read it as a preposition
    whose object is an envoy ('called in the Soviet ambassador and handed him a note'): the
    envoy becomes the verb's object, as in 'summoned the ambassador'. Returns how many were
    re-hung."""
    if not _particle_after_verb(sent, _CALLED_IN["particle"], CALLED_IN_VERBS):
        return 0
    return sum(
        _particle_reread(tok, _CALLED_IN["particle"], CALLED_IN_VERBS, CALLED_IN_OBJECTS)
        for tok in sent
    )


_HELD_ANSWERABLE = _EVENT_SYNTAX["held_answerable"]
HELD_VERBS = frozenset(_HELD_ANSWERABLE["verbs"])  # 'held the Taliban militia responsible'
ANSWERABLE_WORDS = frozenset(_HELD_ANSWERABLE["adjectives"])


def repair_held_answerable(sent) -> int:
    """Make an adjective of answering for something the predicate of a verb of holding when
    the parser hung it on the verb's object as a modifier ('held the Taliban militia
    responsible for the murder': 'responsible' on 'militia'), as in 'held Iraq responsible
    for the attack'. Returns how many were re-hung."""
    if not sentence_has(sent, ANSWERABLE_WORDS):
        return 0
    count = 0
    for tok in sent:
        if tok.lower_ not in ANSWERABLE_WORDS or tok.dep_ != "amod":
            continue
        obj = tok.head
        verb = obj.head
        if obj.dep_ != "dobj" or tok.i < obj.i or verb.lower_ not in HELD_VERBS:
            continue
        rehang(tok, verb, "oprd")
        count += 1
    return count


_CLOSED_DOWN = _EVENT_SYNTAX["closed_down"]
CLOSED_DOWN_VERBS = frozenset(_CLOSED_DOWN["verbs"])  # 'closed down the newspaper'


_ALERT_ATTACHMENTS = _EVENT_SYNTAX["alert_attachments"]
ALERT_VERBS = frozenset(_ALERT_ATTACHMENTS["verbs"])  # 'put its troops … on full alert'
ALERT_NOUNS = frozenset(_ALERT_ATTACHMENTS["nouns"])


def repair_alert_attachments(sent) -> int:
    """Hang an 'on' phrase of alert that the parser put on a noun inside the object of a verb
    of putting or keeping on that verb ('Azerbaijan put its troops along the ceasefire line
    with Nagorno-Karabakh on full combat alert': the troops are put on alert, not the line).
    Returns how many were re-hung."""
    if not (sentence_has(sent, ALERT_NOUNS) and sentence_has(sent, ALERT_VERBS)):
        return 0
    moved = 0
    for tok in sent:
        if tok.lower_ != "on" or tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(content_head(o).lower_ in ALERT_NOUNS for o in pobjs(tok)):
            continue
        node = tok.head
        while node.dep_ in ("pobj", "prep", "conj", "appos", "dobj") and node.head is not node:
            node = node.head  # up through 'along the ceasefire line with …' to the verb
            if node.lower_ in ALERT_VERBS and node.pos_ == "VERB":
                break
        if node.lower_ in ALERT_VERBS and children(node, ("dobj",)) and node.i < tok.i:
            rehang(tok, node)
            moved += 1
    return moved


CAPTIVE_VERBS = frozenset(_EVENT_SYNTAX["captive_participles"]["verbs"])  # 'free the men held'


def repair_captive_participles(sent) -> int:
    """Make the captives of a verb of freeing its object when the parser read them as the
    subject of a clause of a participle ('would free the Russian soldiers captured near
    Shatoi': 'soldiers captured' a clause of 'free'); the participle describes them. Returns
    how many were re-hung. A sentence with no form of those verbs is passed over at once."""
    if not sentence_has(sent, _DEFAULT_LEXICON.inflections(CAPTIVE_VERBS)):
        return 0
    moved = 0
    for verb in sent:
        if verb.pos_ != "VERB" or children(verb, ("dobj",)):
            continue
        if not any_lemma(verb, _DEFAULT_LEXICON, CAPTIVE_VERBS):
            continue
        for clause in children(verb, ("ccomp",)):
            if clause.tag_ != "VBN" or children(clause, ("aux", "auxpass", "dobj")):
                continue
            held = [s for s in children(clause, ("nsubj",)) if verb.i < s.i < clause.i]
            if len(held) == 1 and held[0].pos_ in ("NOUN", "PROPN"):
                rehang(held[0], verb, "dobj")
                rehang(clause, held[0], "acl")
                moved += 1
                break
    return moved


def repair_closed_down(sent) -> int:
    """Make 'down' after a verb of closing a particle when the parser read it as a preposition
    with an object ('closed down the newspaper Cumhuriyet'): the thing closed becomes the
    verb's object, as in 'shut down the newspaper'. Returns how many were re-hung."""
    if not _particle_after_verb(sent, _CLOSED_DOWN["particle"], CLOSED_DOWN_VERBS):
        return 0
    return sum(
        _particle_reread(tok, _CLOSED_DOWN["particle"], CLOSED_DOWN_VERBS, None) for tok in sent
    )


def _particle_after_verb(sent, particle: str, verbs: frozenset[str]) -> bool:
    """Whether ``sent`` holds ``particle`` and one of ``verbs`` (from the word before its
    first on, where a verb right before the particle may stand): what ``_particle_reread``
    needs to re-hang any of its tokens."""
    doc = sent.doc
    return sentence_has(sent, frozenset({particle})) and sentence_has(
        doc[max(sent.start - 1, 0) : sent.end], verbs
    )


def _particle_reread(
    tok: Token, particle: str, verbs: frozenset[str], objects: frozenset[str] | None
) -> bool:
    """Re-hang ``tok``, the ``particle`` read as a preposition right after one of ``verbs``
    that has no object, as that verb's particle, and its one object (one of ``objects``, or any
    when None) as the verb's direct object. Whether it was re-hung."""
    if tok.lower_ != particle or tok.dep_ != "prep":
        return False
    verb = tok.head
    if verb.lower_ not in verbs or children(verb, ("dobj",)) or tok.i != verb.i + 1:
        return False
    objs = children(tok, ("pobj",))
    if len(objs) != 1 or (objects is not None and objs[0].lower_ not in objects):
        return False
    rehang(tok, verb, "prt")
    rehang(objs[0], verb, "dobj")
    return True


_HOSTAGE = _EVENT_SYNTAX["hostage_complements"]
HOSTAGE_WORDS = frozenset(_HOSTAGE["words"])  # 'took hundreds of people hostage'
HOSTAGE_VERBS = frozenset(_HOSTAGE["verbs"])


def repair_hostage_complements(sent) -> int:
    """Make 'hostage' after the object of taking or holding people the verb's second object
    when the parser hung it elsewhere: as a clause of its own ('took hundreds of people
    hostage': an 'advcl' of 'took') or as a conjunct of the object with the last person
    compounded on it ('took some 170 guests and staff hostage': 'staff' back as the object's
    conjunct), as the parser reads 'took 20 diplomats hostage'. Returns how many were re-hung."""
    if not (sentence_has(sent, HOSTAGE_WORDS) and sentence_has(sent, HOSTAGE_VERBS)):
        return 0
    done = 0
    for tok in sent:
        if tok.lower_ not in HOSTAGE_WORDS or list(tok.lefts) and tok.dep_ != "conj":
            continue
        verb = obj = None
        if tok.dep_ in ("advcl", "npadvmod", "oprd") and tok.head.lower_ in HOSTAGE_VERBS:
            verb = tok.head
            objs = [o for o in children(verb, ("dobj",)) if o.i < tok.i]
            obj = objs[0] if objs else None
        elif (
            tok.dep_ == "conj" and tok.head.dep_ == "dobj" and tok.head.head.lower_ in HOSTAGE_VERBS
        ):
            verb, obj = tok.head.head, tok.head
            if any(c.dep_ in ("det", "nummod", "amod") for c in tok.children):
                continue  # 'took 20 soldiers and two hostages': people of two kinds
        if verb is None or obj is None or tok.i != obj.right_edge.i + 1 and tok.dep_ != "conj":
            continue
        for c in list(tok.children):
            if c.dep_ == "compound" and c.i < tok.i:
                rehang(c, obj, "conj")  # 'guests and staff'
        rehang(tok, verb, "dobj")
        done += 1
    return done


_STRANDED = _EVENT_SYNTAX["stranded_particles"]
STRANDED_PARTICLES = frozenset(_STRANDED["words"])  # 'handed the resort back to Egypt'
STRANDED_PREPS = frozenset(_STRANDED["preps"])
STRANDED_VERBS = frozenset(_STRANDED["verbs"])  # of giving: not 'summoned its envoy … back to'


def repair_stranded_particles(sent) -> int:
    """Make a particle after the object of a verb of giving a particle of that verb when the
    parser read it as an adverb carrying the verb's 'to' phrase ('handed the resort back to
    Egypt', 'gave the islands back to Japan'): the particle and its phrase are the verb's, as
    in 'handed back the resort to Egypt'. Returns how many were re-hung."""
    if not sentence_has(sent, STRANDED_PARTICLES):
        return 0
    repaired = 0
    for tok in sent:
        if tok.lower_ not in STRANDED_PARTICLES or tok.dep_ != "advmod":
            continue
        verb = tok.head
        if verb.lower_ not in STRANDED_VERBS or pos_of(verb) != "verb":
            continue
        if not any(o.i < tok.i for o in children(verb, ("dobj",))):
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in STRANDED_PREPS]
        if len(preps) != 1:
            continue
        rehang(tok, verb, "prt")
        rehang(preps[0], verb, "prep")
        repaired += 1
    return repaired


_FOR = frozenset({"for"})
_FOR_CLAUSE_VERBS = frozenset(_EVENT_SYNTAX["for_clause_verbs"])  # 'asked for the men to be …'
_PARTY_FOR_CLAUSE_VERBS = frozenset(_EVENT_SYNTAX["party_for_clause_verbs"]["words"])
_NO_ASKERS = frozenset(_EVENT_SYNTAX["party_for_clause_verbs"]["not_subjects"])  # 'the contract'


_TELLING_THAT_VERBS = frozenset(_EVENT_SYNTAX["telling_that_verbs"]["words"])  # 'warned X that'
_THAT = frozenset({"that"})


def repair_told_that_clauses(sent) -> int:
    """Hang on the verb a 'that' clause with a subject of its own that the parser read as a
    relative clause on the verb's object, when the verb tells its object something ('warned
    the neighbouring states that Pretoria would strike at guerrillas': what the states were
    warned of, no kind of state); a relative 'that' is the clause's subject or object, never
    its mark. Returns how many were re-hung."""
    if not (sentence_has(sent, _THAT) and sentence_has(sent, _TELLING_THAT_VERBS)):
        return 0  # the verb and the clause's 'that' are words of the sentence
    if not sentence_has_deps(sent, _TOLD_THAT_DEPS):
        return 0  # the clause is a relative one on an object
    repaired = 0
    for clause in sent:
        told = clause.head
        verb = told.head
        if clause.dep_ != "relcl" or told.dep_ != "dobj" or verb.lower_ not in _TELLING_THAT_VERBS:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if not marks or not children(clause, ("nsubj", "nsubjpass")) or marks[0].i != told.i + 1:
            continue
        rehang(clause, verb, "ccomp")
        repaired += 1
    return repaired


def repair_for_clauses(sent) -> int:
    """Make 'for' before an infinitive clause on a verb of asking that verb's preposition, the
    clause's subject its object and the clause that object's modifier ('asked for the men to
    be returned', 'appealed for both armies to hold their fire'; 'called for' only when a party
    calls), as the parser reads 'asked for the return of the men': what is asked for. Returns
    how many were re-hung."""
    if not sentence_has(sent, _FOR):
        return 0
    if not sentence_has_deps(sent, _FOR_CLAUSE_DEPS):
        return 0  # 'for' marking an adverbial clause
    repaired = 0
    for tok in sent:
        if tok.lower_ != "for" or tok.dep_ != "mark":
            continue
        clause = tok.head
        verb = clause.head
        if clause.dep_ != "advcl" or not is_to_infinitive(clause):
            continue
        if pos_of(verb) != "verb" or not (
            verb.lower_ in _FOR_CLAUSE_VERBS
            or (verb.lower_ in _PARTY_FOR_CLAUSE_VERBS and _asked_by_a_party(verb))
        ):
            continue
        subject = children(clause, ANY_SUBJECT_DEPS)
        if len(subject) != 1 or not (tok.i < subject[0].i < clause.i):
            continue
        rehang(tok, verb, "prep")
        rehang(subject[0], tok, "pobj")
        rehang(clause, subject[0], "acl")
        repaired += 1
    return repaired


def _asked_by_a_party(verb: Token) -> bool:
    """Whether ``verb`` has a subject that can ask ('Nationalist senators called for …'), not
    a document or measure (``not_subjects``: 'the contract calls for …')."""
    subject = children(verb, ("nsubj",))
    return bool(subject) and not any(s.lower_ in _NO_ASKERS for s in subject)


def repair_intention_infinitives(sent) -> int:
    """Hang an infinitive the parser read as a purpose clause of a verb on that verb's object
    when the object is a noun of intention (the lexicon's ``intention`` class) and only a
    phrase of the verb stands between them ('made a pledge on Monday to withdraw its troops':
    the pledge's content, as in 'made a pledge to withdraw'). Returns how many were re-hung."""
    if not sentence_has(sent, INTENTION_NOUNS):
        return 0  # the object is a noun of intention
    if not sentence_has_deps(sent, _ADVCL_DEP):
        return 0  # the infinitive is an adverbial clause
    repaired = 0
    for tok in sent:
        if tok.dep_ != "advcl" or tok.tag_ != "VB" or tok.i < tok.head.i:
            continue
        if not is_to_infinitive(tok):
            continue
        objs = children(tok.head, ("dobj",))
        if len(objs) != 1 or objs[0].lower_ not in INTENTION_NOUNS or objs[0].i > tok.i:
            continue
        between = [
            c for c in tok.head.children if objs[0].i < c.i < tok.left_edge.i and c.dep_ != "punct"
        ]
        if not all(c.dep_ in ("prep", "npadvmod", "advmod") for c in between):
            continue
        rehang(tok, objs[0], "acl")
        repaired += 1
    return repaired


def repair_participle_modifiers(sent) -> int:
    """Make a participle that describes a verb's object its modifier when the parser took it
    for a verb with that object ('would sink intruding submarines': 'intruding' read as a
    complement of 'sink' with 'submarines' for its object; 'shelled retreating Iranian
    troops'): a participle of ``modifier_participles`` right after a verb that has no object,
    whose one object follows it with only modifiers between, modifies that object, which
    becomes the verb's. So does one the parser took for the clause of the preposition right
    before it ('was blown up by retreating German troops', 'fired on fleeing smugglers'): the
    object becomes the preposition's. Returns how many were re-hung."""
    repaired = 0
    doc = sent.doc
    rows = word_rows(doc)
    for i in range(sent.start + 1, sent.end - 1):
        visitor = rows[i][LOWER_COL] in _VISITOR_PARTICIPLE_IDS
        if rows[i][LOWER_COL] not in _MODIFIER_PARTICIPLE_IDS and not visitor:
            continue
        word, head = doc[i], doc[i - 1]
        dep = _participle_object_dep(word, head)
        if dep is None:
            continue
        objs = [o for o in children(word, ("dobj",)) if o.i > word.i]
        if len(objs) != 1 or any(
            t not in objs[0].subtree or t.dep_ not in ("amod", "compound", "nummod")
            for t in doc[word.i + 1 : objs[0].i]
        ):
            continue
        if visitor and not _visitors(objs[0]):
            continue  # 'enjoyed visiting Paris': a verb with its object
        rehang(objs[0], head, dep)
        word.tag_ = "JJ"
        rehang(word, objs[0], "amod")
        if head.lower_ == "by" and head.dep_ == "prep" and is_passive(head.head):
            rehang(head, head.head, "agent")  # 'was blown up by retreating troops'
        repaired += 1
    return repaired


def _visitors(noun: Token) -> bool:
    """People a participle of visiting may describe: a person named ('Clayton Yeutter') or
    people of a named state ('Soviet officials', 'U.S. Trade Representative')."""
    return noun.ent_type_ == "PERSON" or any(
        t.ent_type_ in ("NORP", "GPE") for t in noun.subtree if t.i < noun.i
    )


def _participle_object_dep(word: Token, head: Token) -> str | None:
    """How the object of a participle misread as a verb hangs on the word right before it once
    re-hung: 'dobj' of a verb with no object of its own, 'pobj' of a preposition whose clause
    the participle was taken for; None when neither holds."""
    if word.tag_ != "VBG" or word.head != head:
        return None
    if word.dep_ == "pcomp" and head.tag_ == "IN":
        return "pobj"
    if word.dep_ in ("xcomp", "advcl", "dep") and head.pos_ == "VERB":
        return None if children(head, ("dobj",)) else "dobj"
    return None


# tags of a headline's object phrase (past verbs: _headline_modifier); a present-tense word
# after the plural ("Asia shares defy gloom") is its verb: no modifier
_HEADLINE_MODIFIER_TAGS = _NOUN_OR_ADJ_TAGS | {"POS", "CD"}
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "'", ")"})


def repair_headline_verbs(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make the verb of a headline the parser read as a plural noun its verb ('Seoul axes
    trade talks with Tokyo', 'Iran frees detained nationals': 'axes', 'frees' tagged NNS,
    'detained' taken for the verb). In a sentence with no closing stop, a word of the form
    '-s' right after the name it opens with (only capitalised words before it, whatever
    their tag: 'Tehran/NN', 'Minsk/JJ'), which inflects a verb of the lexicon and no noun
    of it ('talks', 'strikes' stay nouns), followed by a noun phrase (nouns, adjectives,
    numbers, possessives, participles read as past verbs; a present-tense verb after it
    makes the plural its subject: 'Asia shares defy gloom'), is the sentence's verb in the
    present, the name its subject and the last word of the phrase its object. Two names or
    more joined by a comma or 'and' take the verb's base form instead ('Quito, Lima ink
    border pact', 'Bonn and Paris seal defence pact'), when an entry of the verb takes the
    phrase's last word as its object ('Oslo and Bern trade talks stall' stays): the first
    name is the subject, the others its conjuncts. Returns how many were re-hung."""
    if sent[-1].text in _SENTENCE_ENDS or len(sent) < 3:
        return 0
    start = sent.start
    names = _opening_names(sent)
    verb = sent.doc[names[-1][-1].i + 1] if names and names[-1][-1].i + 1 < sent.end else None
    if verb is None or not (
        _headline_verb_form(verb, lex)
        if len(names) == 1
        else _headline_base_form(verb, lex) and verb.i - start <= 7
    ):
        return 0
    if len(names) == 1 and verb.i - start > 3:
        return 0
    doc = sent.doc
    end = verb.i + 1
    while end < sent.end and _headline_modifier(doc[end]):
        end += 1
    phrase = doc[verb.i + 1 : end]
    if not phrase or phrase[0].tag_ == "POS" or phrase[-1].tag_ not in _NOUN_TAGS:
        return 0  # "Halo fans' hope": a plural possessor
    if len(names) > 1 and not _reads_object(verb, phrase[-1], lex):
        return 0  # 'Oslo and Bern trade talks stall': 'stall' is no object of 'trade'
    obj, subj = phrase[-1], names[0][-1]
    verb.tag_, verb.pos_ = ("VBZ" if len(names) == 1 else "VBP"), "VERB"
    rehang(verb, verb, "ROOT")
    rehang(obj, verb, "dobj")
    rehang(subj, verb, "nsubj")
    for words in names:
        for name in words[:-1]:
            rehang(name, words[-1], "compound")
        if words[-1] != subj:
            rehang(words[-1], subj, "conj")
    for tok in doc[start : verb.i]:  # the commas and 'and' between the names
        if not _capitalised_name(tok):
            rehang(tok, subj, "cc" if tok.lower_ in _NAME_JOINERS else "punct")
    for tok in phrase[:-1]:
        _hang_modifier(tok, obj)
    for tok in doc[end : sent.end]:  # what hung on the words before: 'with Tokyo'
        if (tok.head.i < end and tok.head != obj) or tok.dep_ == "ROOT":
            rehang(tok, verb, "prep" if tok.tag_ == "IN" else "dep" if tok.dep_ == "ROOT" else None)
    return 1


_NAME_JOINERS = frozenset({"and", "&"})


def _opening_names(sent) -> list[list[Token]]:
    """The names a headline opens with, each a run of capitalised words, joined by commas or
    'and' ('Quito, Lima', 'Bonn and Paris'); one name when no joiner follows the first."""
    names: list[list[Token]] = [[]]
    for tok in sent:
        if _capitalised_name(tok):
            names[-1].append(tok)
        elif names[-1] and (tok.text == "," or tok.lower_ in _NAME_JOINERS):
            names.append([])
        else:
            break
    if not names[-1]:
        names.pop()  # a joiner with no name after it: 'Iran, in a surprise move, frees …'
    return names


def _headline_base_form(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word that is the base form of a lexicon verb and inflects no lexicon noun
    ('ink', 'seal'; not 'attack', which has a noun entry), however the parser tagged it."""
    return (
        tok.is_lower
        and tok.lower_ in lex.lemmas(tok.lower_, "verb")
        and bool(lex.entries_for(tok.lower_, "verb"))
        and not lex.entries_for(tok.lower_, "noun")
    )


def _reads_object(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """Whether an entry of ``verb`` takes ``obj`` as its object (or names none): a headline
    verb read off a pair of names must make its event with the phrase after it."""
    words = {obj.lower_, *lex.lemmas(obj.lower_, "noun")}
    return any(e.object is None or e.object & words for e in lex.entries_for(verb.lower_, "verb"))


def _headline_modifier(tok: Token) -> bool:
    """A word of a headline's object phrase: a past verb only as a regular participle
    ('frees detained nationals'; 'Defiant hunts put ban to the test' has its verb)."""
    if tok.tag_ in ("VBD", "VBN"):
        return tok.lower_.endswith("ed")
    return tok.tag_ in _HEADLINE_MODIFIER_TAGS


def _capitalised_name(tok: Token) -> bool:
    """A capitalised word tagged as a name, noun or adjective ('Tehran/NN', 'Minsk/JJ')."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ in _NOUN_OR_ADJ_TAGS


def _headline_verb_form(tok: Token, lex: Lexicon) -> bool:
    """A plural-looking word that inflects a lexicon verb and no lexicon noun ('axes')."""
    return (
        tok.tag_ == "NNS"
        and tok.lower_.endswith("s")
        and bool(lex.entries_for(tok.lower_, "verb"))
        and not lex.entries_for(tok.lower_, "noun")
    )


def _hang_modifier(tok: Token, obj: Token) -> None:
    """Hang a word of a headline's object phrase on the phrase's last word: a possessive
    mark on the name before it, that name as possessor, participles as adjectives, the
    rest as compounds ('detained/VBD' becomes 'detained/VBN')."""
    if tok.tag_ == "POS":
        return  # it stays on the name it follows
    nxt = tok.doc[tok.i + 1]
    if nxt.tag_ == "POS":
        rehang(tok, obj, "poss")
        rehang(nxt, tok, "case")
    elif tok.tag_ in ("VBD", "VBN"):
        tok.tag_, tok.pos_ = "VBN", "VERB"
        rehang(tok, obj, "amod")
    else:
        rehang(
            tok, obj, "amod" if tok.tag_ == "JJ" else "nummod" if tok.tag_ == "CD" else "compound"
        )


_TO = frozenset({"to"})


def repair_be_to_passives(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make the subject of 'be' the passive subject of the participle it governs in 'X is to
    be done' ('Sanctions are to be imposed on Libya': the parser reads 'Sanctions' as the
    subject of 'are' and 'imposed' as its complement, which left 'imposed' with no object
    and let it climb to 'Sanctions' for a doer). Returns how many were re-hung."""
    if not sentence_has(sent, _TO) or not sentence_has(sent, lex.modality["be_to"]):
        return 0  # 'to' and a form of 'be' of the sentence are the participle's and its head
    if not sentence_has_deps(sent, _XCOMP_DEP):
        return 0  # the participle is an open complement
    repaired = 0
    for verb in sent:
        if verb.dep_ != "xcomp" or verb.tag_ != "VBN" or children(verb, ANY_SUBJECT_DEPS):
            continue
        be = verb.head
        if be.lower_ not in lex.modality["be_to"] or children(be, ("acomp", "attr")):
            continue  # not 'it is important to be prepared'
        marks = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        subject = children(be, ("nsubj",))
        if not {"to", "be"} <= marks or len(subject) != 1:
            continue
        rehang(subject[0], verb, "nsubjpass")
        repaired += 1
    return repaired


_STANCE_PARTICIPLES = frozenset(_EVENT_SYNTAX["stance_participles"])  # 'opposed'
_STANCE_IDS = frozenset(map(get_string_id, _STANCE_PARTICIPLES))
_AWAITED_IDS = frozenset(map(get_string_id, _EVENT_SYNTAX["awaited_participles"]))  # 'expected'
_NAMED_PLACE_ENTS = frozenset({"GPE", "LOC"})


def repair_stance_participles(sent) -> int:
    """Make a stance participle after 'be' the predicate of 'be' when the parser read it as a
    passive ('Peru was opposed to the plan': 'Peru' the passive subject, so the one opposed),
    as it reads 'Peru is opposed to the plan': 'be' takes the participle's place, the subject
    and the participle ('acomp') hang on it. Only with a 'to' phrase and no 'by' agent. A
    person awaited in a named place ('Velayati was expected in Damascus') is read the same
    way, the participle an adjective as 'due' is ('is due in Moscow'): the one awaited is the
    subject, no longer the one expected. Returns how many were re-hung."""
    repaired = 0
    doc = sent.doc
    rows = word_rows(doc)  # a Token only for a stance or awaiting word
    for i in range(sent.start, sent.end):
        awaited = rows[i][LOWER_COL] in _AWAITED_IDS
        if rows[i][LOWER_COL] not in _STANCE_IDS and not awaited:
            continue
        tok = doc[i]
        if tok.tag_ != "VBN":
            continue
        bes = children(tok, ("auxpass",))
        subjects_ = children(tok, ("nsubjpass",))
        if len(bes) != 1 or len(subjects_) != 1 or children(tok, ("agent",)):
            continue
        if awaited:
            if (
                subjects_[0].ent_type_ != "PERSON"
                or children(tok, ("xcomp", "ccomp"))
                or not any(
                    p.ent_type_ in _NAMED_PLACE_ENTS
                    for prep in prep_children(tok, ("in",))
                    for p in pobjs(prep)
                )
            ):
                continue  # 'is expected to visit', 'in March', 'rain is expected in Moscow'
            tok.tag_ = "JJ"
        elif not prep_children(tok, ("to",)):
            continue
        be = bes[0]
        rehang(be, be if tok.head.i == tok.i else tok.head, tok.dep_)
        for dep in ("aux", "neg", "advmod", "punct", "ccomp", "advcl", "cc", "conj"):
            for child in children(tok, (dep,)):
                if child.i > tok.i and dep in ("advmod", "neg"):
                    continue  # 'opposed strongly' stays on the participle
                rehang(child, be)
        rehang(subjects_[0], be, "nsubj")
        rehang(tok, be, "acomp")
        repaired += 1
    return repaired


_TITLES_WITH_PORTFOLIO = frozenset(_EVENT_SYNTAX["titles_with_portfolio"])  # 'Minister of …'
_OF = get_string_id("of")


def repair_titled_names(sent) -> int:
    """Make a full name the head of the title before it when the parser hung the name on the
    title's 'of' ('Vice Minister of Finance Taro Mori met …': 'Minister' the subject, 'Taro
    Mori' the object of 'of'), as in 'Minister of Foreign Affairs Ali Velayati met …': the
    name takes the title's place, the title hangs on it. Only for a name of two or more
    words right after one to three capitalised portfolio words. Returns how many were
    re-hung."""
    repaired = 0
    doc = sent.doc
    rows = word_rows(doc)  # a Token only for an 'of'
    for i in range(sent.start, sent.end):
        if rows[i][LOWER_COL] != _OF:
            continue
        of = doc[i]
        title = of.head
        if of.dep_ != "prep" or title.lower_ not in _TITLES_WITH_PORTFOLIO:
            continue
        names = [c for c in of.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"]
        if len(names) != 1 or title.dep_ in ("pobj", "compound") or title.head is title:
            continue
        name = names[0]
        first = name.left_edge
        while first.ent_type_ != "PERSON" and first.i < name.i:
            first = first.doc[first.i + 1]
        portfolio = first.doc[of.i + 1 : first.i]
        if not 1 <= len(portfolio) <= 3 or first.i == name.i:  # a one-word name
            continue
        if not all(t.is_title and t.ent_type_ != "PERSON" for t in portfolio):
            continue
        rehang(name, title.head, title.dep_)
        rehang(title, name, "nmod")
        repaired += 1
    return repaired


_OVER = get_string_id("over")


_VERB_POS, _NOUN_POS = IDS["VERB"], IDS["NOUN"]


def repair_plural_objects(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make a plural noun the parser read as a present-tense verb, with the bare noun before
    it as its subject, the object of the verb just before them ('imposed asset freezes and
    travel bans on …': 'freezes' tagged VBZ, 'asset' its subject, a clause of 'imposed'),
    when that verb has no object of its own and an entry of it takes the plural as its
    object ('said inflation remains high' stays a clause). Returns how many were re-hung."""
    repaired = 0
    doc = sent.doc
    rows = word_rows(doc)
    for i in range(sent.start + 2, sent.end):
        if (
            rows[i][POS_COL] != _VERB_POS
            or rows[i - 1][POS_COL] != _NOUN_POS
            or rows[i - 2][POS_COL] != _VERB_POS
        ):
            continue
        tok, mod, verb = doc[i], doc[i - 1], doc[i - 2]
        if (
            tok.tag_ != "VBZ"
            or tok.dep_ != "ccomp"
            or tok.head != verb
            or mod.tag_ != "NN"
            or mod.dep_ != "nsubj"
            or mod.head != tok
            or mod.n_lefts + mod.n_rights
            or any(c.dep_ == "dobj" for c in verb.children)
        ):
            continue
        words = {tok.lower_, *lex.lemmas(tok.lower_, "noun")}
        if not any(e.object and e.object & words for e in lex.entries_for(verb.lower_, "verb")):
            continue
        tok.tag_, tok.pos_ = "NNS", "NOUN"
        rehang(tok, verb, "dobj")
        rehang(mod, tok, "compound")
        repaired += 1
    return repaired


def repair_number_particles(sent, lex: Lexicon = _DEFAULT_LEXICON) -> int:
    """Make 'over' right after a verb the particle of that verb when the parser read it as
    'more than' on the number that follows ('Moscow hands over 90 captured servicemen':
    'over' as a quantity modifier of '90'), for verbs the lexicon has an 'over' sense of
    ('hand over', 'turn over'). Returns how many were re-hung."""
    repaired = 0
    doc = sent.doc
    rows = word_rows(doc)  # a Token only for an 'over'
    for i in range(sent.start + 1, sent.end):
        if rows[i][LOWER_COL] != _OVER:
            continue
        tok = doc[i]
        if tok.dep_ != "quantmod":
            continue
        verb = doc[i - 1]
        if verb.pos_ != "VERB" or not any(
            entry.prt is not None and "over" in entry.prt
            for entry in lex.entries_for(verb.lower_, "verb")
        ):
            continue
        rehang(tok, verb, "prt")
        repaired += 1
    return repaired


_CASUALTY_COUNTS = _EVENT_SYNTAX["casualty_counts"]
_HARM_PARTICIPLES = frozenset(_CASUALTY_COUNTS["participles"])  # 'and 59 wounded'
_COUNT_WORDS = frozenset(_CASUALTY_COUNTS["counts"])  # 'and 59 others wounded', 'and dozens hurt'
_DYING_VERBS = frozenset(_CASUALTY_COUNTS["dying"])  # 'two died and 14 injured'


def _casualty_count(tok: Token) -> bool:
    """A number of people, bare ('59', 'two') or as a word that stands for one ('others',
    'dozens')."""
    return tok.tag_ == "CD" or tok.like_num or tok.lower_ in _COUNT_WORDS


def repair_casualty_counts(sent) -> int:
    """Make the count before a bare participle of harm joined to a passive (or to 'died') its
    passive subject when the parser read it as the doer ('Eleven civilians were killed and 59
    wounded when US missiles hit …': 59 were wounded, they wounded no one). Returns how many
    were re-hung."""
    if not sentence_has(sent, _HARM_PARTICIPLES):
        return 0
    if not sentence_has_deps(sent, _CONJ_DEP):
        return 0  # the participle is a conjunct
    repaired = 0
    for tok in sent:
        if tok.dep_ != "conj" or tok.tag_ != "VBN" or tok.lower_ not in _HARM_PARTICIPLES:
            continue
        head = tok.head
        if not (is_passive(head) or head.lower_ in _DYING_VERBS):
            continue
        if children(tok, ("aux", "auxpass", "dobj", "nsubjpass")):
            continue
        counts = [s for s in children(tok, ("nsubj",)) if s.i < tok.i and _casualty_count(s)]
        if len(counts) != 1:
            continue
        rehang(counts[0], tok, "nsubjpass")
        repaired += 1
    return repaired


_NOUN_WORD_DEPS = frozenset({"compound", "amod", "nmod", "pobj", "dobj"})  # a verb read as a noun


def repair_gerund_subjects(sent) -> int:
    """Make a gerund that opens a sentence the subject of the tensed verb it runs into when the
    parser hung the gerund on the attribution after it and read that verb as a word of a noun
    phrase ('Detaining suspects without trial breaks the law, the court ruled': 'Detaining' a
    clause of 'ruled', so the court's act, 'breaks' a compound of 'law'): the verb becomes the
    attribution's reported clause, the gerund its subject ('csubj', an act named, not done) and
    the noun it was hung on its object. Only before the first comma. Returns how many were
    re-hung."""
    first = sent[0]
    if first.tag_ != "VBG" or first.dep_ != "advcl" or first.head.i <= first.i:
        return 0
    said = first.head
    for tok in sent[1:]:
        if tok.i >= said.i or tok.is_punct and tok.text in (",", ";", ":"):
            return 0
        if tok.tag_ in FINITE_TAGS and tok.dep_ in _NOUN_WORD_DEPS:
            noun = tok.head
            rehang(tok, said, "ccomp")
            rehang(first, tok, "csubj")
            if noun.i > tok.i and noun.pos_ in ("NOUN", "PROPN"):
                rehang(noun, tok, "dobj")
            return 1
    return 0


_BETWEEN = frozenset({"between", "among"})


def repair_gerund_nouns(sent) -> int:
    """Tag as a noun a gerund subject with a 'between' or 'among' phrase and no object or
    auxiliary of its own ('Fighting between the army and the rebels killed 40 people'): the
    fighting is named, as 'clashes between …' are, and the verb tells its toll. Returns how
    many were re-tagged."""
    if not sentence_has(sent, _BETWEEN):
        return 0
    count = 0
    for tok in sent:
        if (
            tok.tag_ == "VBG"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and prep_children(tok, ("between", "among"))
            and not children(tok, ("dobj", "aux", "nsubj"))
        ):
            tok.tag_ = "NN"
            count += 1
    return count


def repair_between_pairs(sent) -> int:
    """Make a pair after 'between' or 'among' that the parser read as modifiers of the second
    noun ('clashes between the Afghan army and Taliban rebels': 'army' and 'Taliban' hung on
    'rebels') two objects: the first common noun the preposition's object, the second noun
    its conjunct with the word after 'and' as its modifier. Returns how many were re-hung."""
    if not sentence_has(sent, _BETWEEN):
        return 0
    count = 0
    for prep in sent:
        if prep.lower_ not in ("between", "among") or prep.dep_ != "prep":
            continue
        for obj in children(prep, ("pobj",)):
            first = next(
                (
                    c
                    for c in obj.children
                    if c.dep_ in ("nmod", "compound")
                    and c.pos_ == "NOUN"
                    and children(c, ("cc",))
                    and children(c, ("conj",))
                ),
                None,
            )
            if first is None or any(c.i > first.i for c in children(obj, ("det",))):
                continue
            second = children(first, ("conj",))[0]
            for mod in [c for c in obj.children if c.i < first.i]:
                rehang(mod, first)  # 'the Ugandan' of 'the Ugandan army'
            rehang(first, prep, "pobj")
            rehang(obj, first, "conj")
            rehang(second, obj, "compound")
            count += 1
    return count


def repair_participle_subjects(sent) -> int:
    """Make a bare past participle with a noun before it a participle on that noun when the
    parser read the noun as its subject and the passive verb after it as its subject clause
    or its complement ('Three aid workers held for five weeks in Yemen were freed on Sunday':
    'held' a clause with 'workers' its subject, or the root with 'were freed' below it), and
    the noun the subject of that passive verb, as in 'workers who were held … were freed'.
    A participle with an auxiliary or an object is left alone, and so is a passive joined by
    'and' ('police held the men and were praised'). Returns how many were re-hung."""
    if not sentence_has_deps(sent, _PASSIVE_SUBJECT_DEPS):
        return 0  # the subject ('nsubj') and the passive's auxiliary ('auxpass')
    repaired = 0
    for verb in sent:
        if verb.tag_ not in ("VBN", "VBD") or children(verb, ("aux", "auxpass", "dobj", "cc")):
            continue
        subj = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.tag_ in _NOUN_TAGS), None)
        passive = _passive_after(verb) if subj is not None else None
        if passive is None:
            continue
        if verb.dep_ == "ROOT":
            for tok in [t for t in verb.children if t.i > passive.i]:
                rehang(tok, passive)
            rehang(passive, passive, "ROOT")
        rehang(subj, passive, "nsubjpass")
        verb.tag_ = "VBN"
        rehang(verb, subj, "acl")
        repaired += 1
    return repaired


def _passive_after(verb: Token) -> Token | None:
    """The passive verb with no subject that a participle is the subject clause of
    ('csubjpass'), or, the participle read as the root, its complement or conjunct right after
    its phrases of time and place ('held for a month in Kabul were released'; not 'said
    Iran's diplomats had been given …, and the embassy would be closed')."""
    head = verb.head
    if verb.dep_ in ("csubjpass", "nsubjpass") and head.i > verb.i:
        found = [head]
    elif verb.dep_ == "ROOT":  # only phrases of time and place between the two verbs
        between = [c for c in verb.rights if c.dep_ not in ("prep", "advmod", "npadvmod")]
        found = between[:1] if between and between[0].dep_ in ("ccomp", "conj") else []
    else:
        return None
    for cand in found:
        others = [c for c in children(cand, ANY_SUBJECT_DEPS) if c != verb]
        if children(cand, ("auxpass",)) and not others:
            return cand
    return None


_SUM_DEPS = frozenset({"dobj", "appos", "npadvmod", "conj"})


def _a_sum(tok: Token) -> bool:
    """A word of a sum of money: a currency word ('euros', 'pounds'), a number, or a word the
    number counts ('1m', 'bn' read as nouns)."""
    return (
        tok.lower_ in CURRENCY_NOUNS
        or tok.tag_ == "CD"
        or any(c.dep_ == "nummod" for c in tok.children)
    )


def repair_sum_agents(sent) -> int:
    """Make a 'by' phrase the parser hung on the sum a passive verb names ('were each fined
    1m euros (dollars 1.3m; pounds 690,000) by AMF', 'was fined 1m euros by the SEC') the
    verb's agent, as it is with the sum written the other way ('was fined dollars 1m by the
    SEC'): a sum is done by no one. A verb that has an agent already is left alone. Returns
    how many were re-hung."""
    if not sentence_has(sent, _BY):
        return 0
    repaired = 0
    for by in sent:
        if by.lower_ != "by" or by.dep_ != "prep" or not children(by, ("pobj",)):
            continue
        tok = by.head
        while tok.dep_ in _SUM_DEPS and _a_sum(tok) and tok.head.i != tok.i:
            head = tok.head
            if head.tag_ == "VBN" and children(head, ("auxpass",)):
                if not children(head, ("agent",)):
                    rehang(by, head, "agent")
                    repaired += 1
                break
            tok = head
    return repaired


_PENALTY_NOUNS = frozenset({"fine", "penalty"})
_SUM_ENDS = frozenset({"m", "bn", "million", "billion", "k"})


def repair_sum_penalties(sent) -> int:
    """Make a fine or penalty whose sum stands before it ('agreed to pay a dollars 1.5m fine',
    which the parser reads as 'pay dollars', 'pay m' and 'fine' an adjective) the object of
    the verb right before it, the sum's words its modifiers, as it is with the sum written
    after it ('pay a fine of dollars 1.5m'). Returns how many were re-hung."""
    if not sentence_has(sent, _PENALTY_NOUNS) or not sentence_has(sent, CURRENCY_NOUNS):
        return 0  # the fine and the currency word of its sum
    doc = sent.doc
    repaired = 0
    for noun in sent:
        if noun.lower_ not in _PENALTY_NOUNS or noun.dep_ in ("dobj", "pobj", "nsubj"):
            continue
        det = noun.i - 1
        while det > sent.start and (_a_sum(doc[det]) or doc[det].lower_ in _SUM_ENDS):
            det -= 1
        words = doc[det + 1 : noun.i]
        if det <= sent.start or doc[det].lower_ not in ("a", "an", "the") or not words:
            continue
        verb = doc[det - 1]
        if verb.pos_ != "VERB" or not any(w.lower_ in CURRENCY_NOUNS for w in words):
            continue
        rehang(noun, verb, "dobj")
        rehang(doc[det], noun, "det")
        for w in words:
            rehang(w, noun, "compound")
        repaired += 1
    return repaired


_DASHES = frozenset({"-", "--", "—", "–"})


def repair_dash_aside_relatives(sent) -> int:
    """Hang a relative clause that follows an aside set off by dashes on the noun the aside
    is about when the parser hung it on a word inside the aside ('an announcement by Irish
    Prime Minister Bertie Ahern - who is still considering the future of the airline - which
    ruled out a proposed buy-out': 'which ruled out' read as said of 'the future'): the
    closing dash ends the aside, so what follows it is said of the noun before the opening
    dash, as it would be with the aside left out. Returns how many were re-hung."""
    doc = sent.doc
    if not sentence_has(sent, RELATIVE_PRONOUNS):
        return 0
    if not sentence_has(doc[max(sent.start - 1, 0) : sent.end], _DASHES):
        return 0  # a dash before the pronoun (maybe the last word of the sentence before)
    if not sentence_has_deps(sent, _RELCL_DEP):
        return 0  # the verb is a relative clause
    repaired = 0
    for verb in sent:
        if verb.dep_ != "relcl":
            continue
        pronoun = next(
            (s for s in children(verb, ("nsubj", "nsubjpass")) if s.lower_ in RELATIVE_PRONOUNS),
            None,
        )
        if pronoun is None or pronoun.i == 0 or doc[pronoun.i - 1].text not in _DASHES:
            continue
        aside = verb.head
        while aside.dep_ not in ("relcl", "appos", "acl") and aside.head.i != aside.i:
            aside = aside.head
        opening = aside.left_edge.i - 1
        if (
            aside == verb.head
            or aside.dep_ not in ("relcl", "appos", "acl")
            or opening < 0
            or doc[opening].text not in _DASHES
            or aside.head.i >= opening
            or not aside.i < pronoun.i
        ):
            continue
        rehang(verb, aside.head, "relcl")
        repaired += 1
    return repaired
