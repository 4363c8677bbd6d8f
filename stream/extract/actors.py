"""Who did it: resolve argument phrases to political actors.

Public API (used by the event side of the extractor):

``Gazetteer.default() -> Gazetteer``
    The gazetteer built from the data files under ``stream/extract/data/`` (countries from
    pycountry plus demonyms, capitals and aliases; institutions; international organisations
    and armed groups; role nouns; well-known leaders; places). Loaded once per process.
``Gazetteer.country_of(text) -> str | None``
    ISO 3166-1 alpha-3 for a country name, demonym, capital or institution:
    "South Korean", "Pyongyang", "the Kremlin", "Finland's" → "KOR", "PRK", "RUS", "FIN".
``Gazetteer.is_actor_word(lower) -> bool``
    Cheap test on a lowercased token (tokenizer output) that it can be part of an actor
    mention; meant as a relevance pre-filter before parsing.
``DocumentActors(doc, gazetteer=None)``
    Per-article memory (cheap to build). ``resolve(token)`` takes the head token of an
    argument phrase (nsubj, nsubjpass, dobj, pobj, poss, an agent's pobj...) and returns the
    actors it denotes as ``Actor`` dicts (see ``stream/extract/model.py``): conjuncts
    ("X and Y") give several, non-actors ("the war", "energy") give ``[]``. It remembers
    people named with a title ("Finnish President Alexander Stubb" → later "Stubb",
    "the Finnish president"), resolves he/she/his/it/its/they to earlier mentions, relative
    pronouns to their antecedent, "the two sides" to the last pair of parties and "the North"
    to a previously named North/South country. ``owners(token)`` gives the actors an event
    noun's modifiers name ("North Korea's dispatch", "US Predator attacks"), for nominal
    triggers. ``owners_named(span)`` gives every country and international body a span names
    anywhere. ``note_sentence(sent)`` reads a sentence into memory; ``resolve`` and ``owners``
    call it for every sentence up to the token's own, in document order.

Actor codes are CAMEO-style: the ISO3 country (or an IGO/NGO code such as ``IGOUNO``) followed
by a sector (``GOV``, ``MIL``, ``REB``, ``COP``, ``OPP``, ``LEG``, ``JUD``, ``MED``...);
``---`` stands for an unknown country ("---REB" for rebels of no named country). Capitals and
institutions used as metonyms are the government or its organ ("Pyongyang" → ``PRKGOV``, "the
Pentagon" → ``USAMIL``); a country named as such is the bare ISO3 ("Israel" → ``ISR``).

Where the phrase itself names no country, these conventions apply, in this order: a
possessive, a demonym or a named institution/organisation in the phrase; an "of/in/from"
phrase ("the president of Armenia", "rebels in Darfur"); an apposition ("Kenzo Oshima, the
United Nations Emergency Relief Coordinator"); the institution or capital where a person's
clause takes place ("At the Pentagon, spokesman Pat Ryder said"). State actors still without
a country (a titled person, "the government", "officials" as subject) take the country the
context is about (named earlier in the sentence, else later in it, else the last subject with
a country). Unnamed civilians, protesters and the like take the country of the place they act
in; rebels, insurgents and militants stay ``---``. Ethnic groups are coded by residence
("ethnic Albanians in south Serbia" → SRB). Names prefixed "anti-", "pro-" or suffixed
"-backed", "-linked", "-made"... do not give their country to the head.

Only ``lower_``, ``tag_``, ``pos_``, ``dep_``, ``ent_type_`` and the parse are used, so the
lemmatizer may be excluded from the pipeline.
"""

from __future__ import annotations

import csv
import json
import re
from bisect import bisect_right, insort
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from os.path import commonprefix
from pathlib import Path

import numpy as np
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, ORTH, POS, SPACY, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from stream.extract.docrows import (
    LOWER_COL,
    ORTH_COL,
    POS_COL,
    sentence_starts,
    string_ids,
    word_rows,
)
from stream.extract.home import NAMED_WARS
from stream.extract.model import Actor
from stream.extract.quantities import NUMBER_WORDS

DATA_DIR = Path(__file__).resolve().parent / "data"
_ADDRESSEE_WORDS = json.loads((DATA_DIR / "addressee_words.json").read_text(encoding="utf-8"))
_ADDRESSEE_PREPS = frozenset(_ADDRESSEE_WORDS["addressee_preps"])
_TRIP_VERBS = frozenset(_ADDRESSEE_WORDS["trip_verbs"])
_ENCOUNTER_VERBS = frozenset(_ADDRESSEE_WORDS["encounter_verbs"])
_ARRIVAL_VERBS = frozenset(_ADDRESSEE_WORDS["arrival_verbs"])
_FORCE_MOVING_VERBS = frozenset(_ADDRESSEE_WORDS["force_moving_verbs"])
_UNIT_ORDERING_VERBS = frozenset(_ADDRESSEE_WORDS["unit_ordering_verbs"])
_PRINCIPAL_ROLES = frozenset(_ADDRESSEE_WORDS["principal_roles"])  # 'an aide to Reagan'
VISIT_VERBS = frozenset(_ADDRESSEE_WORDS["visit_verbs"])
_BIDDING_VERBS = frozenset(_ADDRESSEE_WORDS["bidding_verbs"])
_MEETING_WORDS = frozenset(_ADDRESSEE_WORDS["meeting_words"])
_MEETING_PLACE_PREPS = frozenset(_ADDRESSEE_WORDS["meeting_place_preps"])
_APPEAL_VERBS_ON = frozenset(_ADDRESSEE_WORDS["appeal_verbs_on"])
_ENVOY_ROLES = frozenset(_ADDRESSEE_WORDS["envoy_roles"])  # 'the envoy': whose, not where
_BODY_REFERENCES = json.loads((DATA_DIR / "body_references.json").read_text(encoding="utf-8"))
_ACTOR_WORDS = json.loads((DATA_DIR / "actor_words.json").read_text(encoding="utf-8"))
_PLACE_WORDS = json.loads((DATA_DIR / "place_words.json").read_text(encoding="utf-8"))
_BROADCAST_VOICE = json.loads((DATA_DIR / "broadcast_voice.json").read_text(encoding="utf-8"))
_FIRST_PERSON = frozenset(_BROADCAST_VOICE["first_person"])
_FOE_WORDS = frozenset(_BROADCAST_VOICE["foes"])
_HOME_REBEL_WORDS = frozenset(_BROADCAST_VOICE["home_rebels"])
VOICE_ONLY_VERBS = frozenset(_BROADCAST_VOICE["voice_only_verbs"])
"""Forms of verbs whose events only a monitored broadcast tells (data/broadcast_voice.json)."""
# nouns of ships whose proper names follow them or stand in apposition to them ('the tanker
# Cyprus Sun', 'the Saudi Glory, a Liberian-flagged tanker')
SHIP_NOUNS = frozenset(_PLACE_WORDS["ship_nouns"])
_AREA_NOUNS = frozenset(_PLACE_WORDS["area_nouns"])  # 'English towns': a country's ground
# states and provinces of federations ('Alabama', 'Calif.', 'Ontario') → their country
_STATES = {name: iso3 for iso3, names in _PLACE_WORDS["states"].items() for name in names}
_BODY_WORDS = frozenset(_BODY_REFERENCES["words"])
_GROUP_WORDS = frozenset(_BODY_REFERENCES["group_words"])  # 'the front': a group of a country
_BODY_SPELLINGS: dict[str, str] = _BODY_REFERENCES["spellings"]  # 'organisation' → 'organization'
_COURT_BODIES = frozenset(_BODY_REFERENCES["court_seats"]["bodies"])  # 'the tribunal in …'
_COURT_SEATS: dict[str, str] = _BODY_REFERENCES["court_seats"]["seats"]  # 'hague' → its court
_BODY_ALIASES = {  # 'twelve' → the EC's code: bodies a word stands for with no name holding it
    word: frozenset(codes) for word, codes in _BODY_REFERENCES["aliases"].items()
}
_BOTH_SIDES_PLURALS = frozenset(_ADDRESSEE_WORDS["both_sides_plurals"])
_SHARED_PLURALS = frozenset(_ADDRESSEE_WORDS["shared_plurals"])
_REGIONAL_MODIFIERS = frozenset(_ADDRESSEE_WORDS["regional_modifiers"])
_GATHERED_PLURALS = frozenset(_ADDRESSEE_WORDS["gathered_plurals"])  # 'negotiators'
_PLURAL_COUNTS = frozenset(_ADDRESSEE_WORDS["plural_counts"])  # 'several ministers'
DIVIDED_STATES: dict[str, list[str]] = _ADDRESSEE_WORDS["divided_states"]
_SIDE_PLURALS = _BOTH_SIDES_PLURALS | _SHARED_PLURALS  # bare plurals of no one country
_UNDOING_VERBS = frozenset(_ADDRESSEE_WORDS["undoing_verbs"])
# people a state posts abroad: its own are its agents, no target of its acts
POSTED_WORDS = frozenset(_ADDRESSEE_WORDS["posted_words"])
_REACTION_MARKS = frozenset(_ADDRESSEE_WORDS["reaction_marks"])
_REACTION_VERBS = frozenset(_ADDRESSEE_WORDS["reaction_verbs"])
_REBEL_MARKS = frozenset(_ADDRESSEE_WORDS["rebel_marks"])  # 'Rebel soldiers', 'mutinous troops'
_GROUND_FORCE_ROLES = frozenset(_ADDRESSEE_WORDS["ground_force_roles"])  # 'Tanks shelled …'
HELD_GROUND: dict[str, str] = _ADDRESSEE_WORDS["held_ground"]  # 'troops … near Nablus': Israel's
# people the holder of held ground settles there ('settlers'): of the holder's state
_SETTLER_ROLES = frozenset(_ADDRESSEE_WORDS["settler_roles"])

_NAME_PARTICLES = json.loads((DATA_DIR / "name_particles.json").read_text(encoding="utf-8"))
_NAME_JOINERS = frozenset(_NAME_PARTICLES["joiners"])  # 'Front for the Liberation of …'
_GIVEN_SPELLINGS = {  # 'mohamed' → the other spellings of that given name
    name: tuple(other for other in group if other != name)
    for group in _NAME_PARTICLES["given_name_spellings"]
    for name in group
}
# capitalised words, lowercase particles and a capitalised surname: 'Jose Eduardo dos Santos'
_PARTICLES = "|".join(sorted(_NAME_PARTICLES["particles"], key=len, reverse=True))
_PARTICLE_NAME = re.compile(
    r"(?<![\w'-])(?P<before>(?:[A-Z][\w'.-]*[ ]){1,3})"
    rf"(?P<particles>(?:(?:{_PARTICLES})[ ]){{1,2}})(?P<last>[A-Z][\w'-]*)"
)

# How many tokens a gazetteer name can span ("Democratic Republic of the Congo" needs 6).
_MAX_TERM_TOKENS = 8
_UNBOUNDED_WORDS = 1 << 30  # no bound on the words of a span (see Gazetteer.max_words)
_WORD_MEMORY = 1 << 14  # words whose bound is kept (the same words come back in every article)
# a role naming one portfolio ('minister for finance')
_PORTFOLIO_ROLE = re.compile(r"(?:minister|secretary) (?:for|of) ([a-z]+)")


def _name_opener(tok) -> bool:
    """A capitalised honorific that opens a person's name straight after another proper noun
    ('the deal with Tanzania Mr Brown'; not 'former', nor "Labour's Mr Livingstone")."""
    return (
        tok.i > 0
        and tok.text[:1].isupper()
        and tok.lower_.rstrip(".") in NAME_OPENERS
        and tok.doc[tok.i - 1].tag_ == "NNP"
    )


def _straight_apostrophes(text: str) -> str:
    """Typographic apostrophes and backticks as "'" (replace is much faster than translate
    with a table, and most texts hold none)."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")


# Dependency labels whose left children belong to the same noun phrase as their head.
_PHRASE_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "flat", "predet"}
)
# Argument positions whose heads note_sentence resolves (in document order).
_ARG_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "dobj",
        "pobj",
        "poss",
        "conj",
        "appos",
        "attr",
        "dative",
        "oprd",
        "npadvmod",
        "ROOT",
    }
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSE_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})  # where a clause happens
# where a clause puts an ethnic group that lives there ('marched through Pristina', 'expelled
# from Kosovo'); not where it goes ('fled into Macedonia')
_RESIDENCE_PREPS = frozenset(
    {"in", "at", "near", "outside", "through", "inside", "across", "around", "throughout", "from"}
)
# what a verb acts on or with, whose people its subject pronoun is not ('he urged Kohl')
_PARTNER_DEPS = frozenset({"dobj", "dative", "iobj", "attr"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "over"})
_ARG_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
_ARG_DEP_IDS = frozenset(get_string_id(dep) for dep in _ARG_DEPS)  # as in the doc's arrays
_ARG_POS_IDS = frozenset(POS_IDS[pos] for pos in _ARG_POS)
_NAME_POS_IDS = frozenset({POS_IDS["PROPN"]})  # the words `_joined_names` makes Tokens of
_OPEN_ID, _CLOSE_ID = get_string_id("("), get_string_id(")")
# the capitalised words a regional 'the North' or 'the South' is read from
_NORTH_SOUTH_IDS = frozenset({get_string_id("North"), get_string_id("South")})

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_GIVEN_NAMES = json.loads((DATA_DIR / "given_names.json").read_text(encoding="utf-8"))
# the words of a name or title that tell a person's sex ('Mrs', 'Margaret'; 'Mr', 'George')
_SEX_WORDS = {
    sex: frozenset(_GIVEN_NAMES[f"{sex}_titles"]) | frozenset(_GIVEN_NAMES[f"{sex}_given_names"])
    for sex in ("female", "male")
}
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
# what 'it' and 'its' stand for: a group only by its proper name ('Hamas … Its gunmen')
_IT_KINDS = frozenset({"country", "organization", "military", "group"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_SAYING = frozenset(_ACTOR_WORDS["unnamed_speakers"]["verbs"])  # 'a spokesman said …'
_BODY_HEADS = frozenset(_ACTOR_WORDS["body_heads"]["words"])  # 'the Foreign Ministry': no person
# a speaker left unnamed, whom a 'he' or 'she' opening the next sentence stands for
_UNNAMED_SPEAKERS = frozenset(_ACTOR_WORDS["unnamed_speakers"]["nouns"])
_PAIR_NOUNS = frozenset(_ACTOR_WORDS["pair_nouns"])
_CURRENCY_NOUNS = frozenset(_ACTOR_WORDS["currency_nouns"])  # 'the French franc zone'
_PAIR_MARKERS = frozenset({"two", "both"})
# 'the three European powers': three to six states named before ('the two' is a pair)
_COUNTED_STATES = {word: int(n) for word, n in NUMBER_WORDS.items() if 3 <= n <= 6}
_CONFLICT_NOUNS = frozenset({"war", "conflict", "fighting"})  # 'the two sides in Sudan's war'
# "a group of Moroccan diplomats", "one third of the guerrillas": the actor is the "of" object.
_COLLECTIVE_HEADS = frozenset(_ACTOR_WORDS["collective_heads"])
# Organisational nouns that take their identity from a named modifier
# ("the Palestinian Islamic Jihad movement", "the UNITA militarist wing").
# with the staff an organisation sends: 'an IAEA team', 'UN experts', 'EC monitors'
_PRIVATE_BODY_HEADS = frozenset(_ACTOR_WORDS["private_body_heads"]["words"])
_HOME_RULERS = frozenset(_ACTOR_WORDS["home_rulers"]["words"])  # 'the junta': at home
_SHIP_PREFIXES: dict[str, str] = _ACTOR_WORDS["ship_prefixes"]["prefixes"]  # 'USS' → USA
_WARSHIP_NOUNS = frozenset(_ACTOR_WORDS["warship_nouns"]["words"])  # 'the frigate Stark'
_GROUP_CREEDS = frozenset(_ACTOR_WORDS["armed_group_creeds"]["words"])  # 'Leftist guerrillas'
_GROUP_BACKING = frozenset(_ACTOR_WORDS["armed_group_creeds"]["backing"])  # 'U.S.-backed'
_PEER_TITLES: dict[str, str] = _ACTOR_WORDS["peer_titles"]["titles"]  # 'Lord Callaghan' → GBR
_ORG_HEADS = frozenset(_ACTOR_WORDS["org_heads"]["heads"] + _ACTOR_WORDS["org_heads"]["staff"])
# Second halves of a stance ("Iran-backed militia", "Russia-linked group"): the country
# named before the hyphen is not the owner.
_STANCE_SUFFIXES = frozenset(
    {"linked", "backed", "allied", "inspired", "aligned", "sponsored", "based", "made", "built"}
    | {"supplied", "funded", "brokered", "mediated", "trained", "armed"}
    # a language, not a nation: "Russian-speaking residents of Latvia", "English-speaking Cameroon"
    | {"speaking", "speakers", "speaker", "language"}
)
_PLACED_PARTICIPLES = frozenset(
    {"based", "located", "stationed", "operating", "affiliated", "living", "residing"}
)
# Adjectives of allegiance after a noun, whose 'to' names whose side it is on ("forces loyal
# to Gaddafi", "militiamen faithful to the president")
_ALLEGIANCE_ADJECTIVES = frozenset({"loyal", "faithful"})
# Spaced punctuation before a phrase's head cuts off what precedes it ("March 16 - Philippines …")
_BREAKS = frozenset({"-", "—", "–", "--", ":", ";"})
# Terms that give a thing its nationality ("Syrian positions", "a Libyan patrol boat")
_NATIONAL_SOURCES = frozenset({"country", "adjective", "people", "capital"})
_GLUED_NAME_SOURCES = _NATIONAL_SOURCES | {"place"}  # 'Guinea-Bissau', 'Congo-Brazzaville'
# "his counterpart": the possessor's country is exactly not this person's
_OTHER_SIDE_ROLES = frozenset({"counterpart", "counterparts"})
# "their kidnappers": the possessor is the captives, whose country the captors do not share
_CAPTOR_HEADS = frozenset(_ACTOR_WORDS["captor_heads"]["words"])
# Roles whose owner is never the country of the text around them: the other side's, or an
# envoy's, whose host is named as often as his own country
_NO_CONTEXT_OWNER_ROLES = _OTHER_SIDE_ROLES | _ENVOY_ROLES
# Civilian sectors: an unnamed group of them belongs to the country it acts in
_CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REF", "HLH", "REL", "AGR"})
_COMPANY_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "ltd", "plc", "co", "llc", "ag", "sa", "nv", "bv", "gmbh"}
    | {"group", "holdings", "company", "airlines", "bank", "motors", "industries", "systems"}
)
# Trades that title a company's name at the head of a sentence ("Brewer Northgate has rejected …")
_TRADE_TITLES = frozenset(_ADDRESSEE_WORDS["trade_titles"])
# Last words of a name or phrase that make an actor a business ("car maker Peugeot" is a
# 'maker', "the firm", "Mitsubishi Motors"): its deals and disputes are no diplomatic events
# (addressee_words.json: business_words with the trades, market people and industry heads)
_BUSINESS_WORDS = (
    (_COMPANY_SUFFIXES - frozenset(_ADDRESSEE_WORDS["company_suffix_exceptions"]))
    | frozenset(_ADDRESSEE_WORDS["business_words"])
    | _TRADE_TITLES  # 'Dutch retailer Ahold'
    | frozenset(_ADDRESSEE_WORDS["market_people"])  # 'Japanese LPG buyers', 'its customers'
    | frozenset(_ADDRESSEE_WORDS["industry_heads"])  # 'Japanese steel mills'
)
# Goods that end a company's name ("China Aviation Oil", "Korea Tobacco"), not a ministry's
# ("the Ministry of Oil"): a name ending in one is a company's when no "of" comes before it
_GOODS_NAME_ENDS = frozenset({"oil", "gas", "energy", "steel", "tobacco", "electric", "mobile"})


# A company word as the title of a name ("Dutch retailer Ahold", "water firm Aguas Argentinas"),
# or a trade capitalised at the head of the phrase
_BUSINESS_TITLE = re.compile(
    r"(?:\b(?:"
    + "|".join(sorted(_BUSINESS_WORDS))
    + r")|^(?i:"
    + "|".join(sorted(_TRADE_TITLES))
    + r"))\s+(?:[A-Z][\w&.'-]*)(?:\s|$)"
)

_STATE_CODES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# sectors of the bodies and offices whose one state a dateline-less story is told from
_HOME_SECTORS = frozenset({"GOV", "LEG"})
_STORY_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_DIRECTED_PREPS = frozenset({"to", "with", "on", "against", "into", "at"})
"""Prepositions naming where a verb goes or whom it acts with or on."""
_OWNING_PREPS = frozenset({"of", "from", "including"})
"""Prepositions naming the state a noun belongs to, or its members ('officials of Japan',
'officials of five states, including Canada')."""


STATE_FIRM_WORDS = frozenset(_ACTOR_WORDS["state_firm_words"])


@cache
def state_firm_names() -> frozenset[str]:
    """The canonical names of the national companies in data/organizations.tsv (a business
    code with the owning state's country: 'Gazprom', 'Saudi Aramco')."""
    return frozenset(
        row[4]
        for row in _rows(DATA_DIR / "organizations.tsv")
        if row[1].endswith("BUS") and _is_code_iso3(row[2])
    )


def is_state_firm(actor: Actor) -> bool:
    """A company a state owns and acts through abroad: one of the national companies of
    organizations.tsv ('Gazprom threatened to cut off gas supplies to Belarus'), or a firm of a
    country named by a word of state ownership (``state_firm_words``: "Russia's state gas
    company", "Venezuela's state-run oil firm"). Its cut-offs, threats and demands abroad are its
    state's, as the CAMEO coders have them, no business news."""
    if not actor["country"] or not is_business(actor):
        return False
    if actor["name"] in state_firm_names():
        return True
    words = (actor["text"] or "").lower().replace("\u2019", "'").split()
    return any(w.removesuffix("'s") in STATE_FIRM_WORDS for w in words)


def is_business(actor: Actor) -> bool:
    """A company or market actor (a business sector code, a multinational, or a name or phrase
    ending in a company word), not a state, party or group acting politically."""
    code = actor["code"] or ""
    if code.endswith("BUS") or code.startswith("MNC"):
        return True
    if actor["kind"] == "country":
        return _national_business(actor)
    role = actor.get("role") or ""
    if actor["kind"] == "military" and " " in role and role not in _BUSINESS_WORDS:
        return False  # 'the aircraft carrier Independence': a warship, no airline
    names = [text for text in (actor["name"], actor["text"]) if text]
    last = {_last_word(text) for text in names}
    goods = any(_last_word(text) in _GOODS_NAME_ENDS and " of " not in text for text in names)
    return (
        bool(last & _BUSINESS_WORDS) or goods or bool(_BUSINESS_TITLE.search(actor["text"] or ""))
    )


def _last_word(text: str) -> str:
    """The last word of a phrase, lower case, without a closing stop or comma."""
    return text.lower().split()[-1].strip(".,")


def _national_business(actor: Actor) -> bool:
    """A country's company named by its adjective and a company word ("two Indian airlines",
    "a Japanese carmaker") or by its name and the country it is of ("Gregg River Co of
    Canada"): the phrase gives the country but names a business, not the state."""
    text = (actor["text"] or "").split(" of ")[0]
    return bool(text.split()) and _last_word(text) in _BUSINESS_WORDS


def is_state(actor: Actor) -> bool:
    """A country or an office of its state (government, military, legislature, courts), not a
    country's company named by its adjective ("an Indian airline")."""
    code = actor["code"] or ""
    if actor["kind"] == "country":
        return not _national_business(actor)
    if not actor["country"]:
        return False
    return code[3:6] in _STATE_CODES or (len(code) == 3 and actor["kind"] == "person")


# Last words of agent nouns that name a body rather than a person ("defense ministry").
_BODY_NOUNS = frozenset(
    {"ministry", "department", "agency", "office", "council", "committee", "court", "party"}
    | {"government", "service", "services", "administration", "authority", "commission"}
    | {"bureau", "union", "association", "board", "assembly", "parliament", "police"}
)
# Heads that are places or abstractions, not actors, even with a national modifier
_NOT_OWNED_HEADS = frozenset(
    {"waters", "water", "territory", "soil", "border", "borders", "side", "airspace", "coast"}
    | {"city", "capital", "town", "province", "region", "area", "time", "economy", "currency"}
    | {"market", "markets", "history", "culture", "language", "people", "population", "claim"}
    | {"claims", "report", "reports", "news", "interest", "interests", "policy", "law"}
    | {"year", "years", "day", "days", "week", "month", "months", "election", "elections"}
)
# Sectors of nouns whose proper names follow them ("the destroyer Kidd", "the tanker Bridgeton")
_VESSEL_SECTORS = frozenset({"MIL", "COP", "BUS"})
# Second halves of one-token compounds that make the first half a thing's owner
# ("Kuwaiti-connected vessels": Kuwait's; "led": the leader of a force or an act, 'the US-led
# coalition', 'the Soviet-led invasion'; not "backed")
FLAG_SUFFIXES = frozenset(
    {"flagged", "flag", "registered", "owned", "operated", "connected", "chartered", "led"}
)
# Sectors an agent noun modifying a thing gives it ("artillery fire" → MIL)
_AGENT_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "GOV", "BUS", "CVL"})
# a state's own forces, police and officials ('12 Colombian soldiers', 'a Peruvian army patrol'):
# a group that strikes them acts against its own authorities, unlike its people abroad
_OWN_STATE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "LEG"})
_OWN_STATE_WORDS = frozenset(
    {"official", "officials", "officer", "officers", "guard", "guards", "patrol", "patrols"}
)
_NON_STATE_SECTORS = frozenset({"REB", "INS", "UAF", "OPP", "SEP"})
_HOME_FORCE_SECTORS = frozenset({"MIL", "COP"})  # a state's forces and police
_STATE_FORCE_CODES = frozenset({"MIL", "COP", "SPY", "GOV"})  # sectors a force is joined to
_ARMED_GROUP_SECTORS = frozenset({"REB", "INS"})  # 'the rebels', 'guerrillas': of one state's war
_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod", "poss"})  # 'Nigerian-led'
# armed groups coded by their base when 'X-based' names no nationality of theirs ('militias')
_BASED_GROUP_SECTORS = _ARMED_GROUP_SECTORS | {"UAF"}
_PRONOUN_REACH = 2  # sentences back a pronoun's antecedent may be
_MONITORING_VERBS = frozenset(
    {"monitored", "heard", "picked", "issued", "released", "published", "distributed", "datelined"}
)  # 'monitored in London', 'a statement issued in Miami': where words were heard or given out
_BROADCASTERS = frozenset({"radio", "television", "tv"})  # 'Radio Moscow', 'Tehran radio'
# 'delegates from 46 countries', 'ministers of many nations': several states together
_STATE_PLURALS = frozenset({"countries", "nations", "states", "governments"})
_OTHER_ONES = frozenset({"other", "another"})  # 'the other countries': none the text is about
_MANY_WORDS = frozenset({"many", "several", "various", "numerous", "dozens", "scores"})
# The Group of Seven named by number ('the seven major industrial democracies', 'the Seven')
_G7_NATIONS = frozenset({"democracies", "nations", "countries", "powers", "states", "economies"})
_G7_WORDS = frozenset({"industrial", "industrialised", "industrialized", "western", "richest"})
_G7_NAMED = re.compile(
    r"\b(?:G-?7|Group of (?:Seven|7)|seven (?:major |leading |big |main )?"
    r"(?:western )?(?:industrial|industriali[sz]ed)|[Ss]even richest)\b"
)
# Words before a title that make it another office ('shadow chancellor', 'former president'):
# the person is not what a later bare 'the chancellor' stands for
_TITLE_QUALIFIERS = frozenset({"shadow", "former", "ex"})
# Sectors for which an owner-less role takes the country the context is about
# ("President Levy Mwanawasa ... the Zambian people"); rebels and protesters do not.
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "MED"})
# Owners whose officers hold no office of a state: a firm's or a union's president, chairman
# or general secretary is neither guessed a country nor read as a government's
_PRIVATE_OWNER_SECTORS = frozenset({"BUS", "LAB"})
# Heads that say little about a sector themselves: a modifier's sector wins
# ("Pentagon officials" → MIL, "intelligence officials" → SPY).
_GENERIC_ROLES = frozenset(_ACTOR_WORDS["generic_roles"])
# a capitalised force of one state when no owner is given ('about 1,000 Marines': the U.S.'s)
_NAMED_FORCES: dict[str, str] = _ACTOR_WORDS["named_forces"]
# Title words that are not part of a person's name.
_HONORIFICS = frozenset(_ACTOR_WORDS["honorifics"])
# Honorifics that open a person's name ('the deal with Tanzania Mr Brown': the name is Mr Brown).
NAME_OPENERS = frozenset(_ACTOR_WORDS["name_openers"])
_STOP_WORDS = frozenset(_ACTOR_WORDS["stop_words"])


@dataclass(frozen=True, slots=True)
class Term:
    """One gazetteer entry: what a name denotes."""

    source: (
        str  # country | adjective | people | capital | institution | organization | leader | place
    )
    name: str  # canonical name
    country: str | None  # ISO3 (None for IGOs, NGOs and transnational groups)
    code: str | None  # CAMEO-style code of the term itself ("RUSGOV", "IGOUNO", "UKR")
    sector: str | None  # GOV, MIL, REB...
    kind: str  # person | organization | country | group | military
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A noun naming a function or a body ("president", "troops", "parliament")."""

    sector: str
    kind: str
    role: str
    needs_owner: bool = False  # "office", "army": an actor only with an owner or "the"
    country: str | None = None  # the one state with the office ("home secretary": Britain)
    usual: bool = False  # the office is only mostly that state's ('foreign secretary')

    def state(self, home: str | None) -> str | None:
        """The office's one state, when the text gives none; an office only mostly that
        state's yields to a dateline of another ('NEW DELHI - The foreign secretary ...')."""
        if self.usual and home is not None and home != self.country:
            return None
        return self.country


_UNKNOWN = object()  # a text not looked up yet


@lru_cache(maxsize=1 << 14)  # the same names and phrases come back in every article
def _norm(text: str) -> str:
    """Lowercase lookup key: straight apostrophes, single spaces, no leading 'the'."""
    key = " ".join(_straight_apostrophes(text).lower().split())
    if key.startswith("the "):
        key = key[4:]
    return key


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return [row for row in csv.reader(lines, delimiter="\t")]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


@cache
def state_body_names() -> frozenset[str]:
    """The lookup keys of the names of a state's bodies in data/institutions.tsv and
    data/regulators.tsv ('sec', 'securities and exchange commission', 'bundesbank', 'kremlin'):
    a state's office, whichever country's."""
    rows = _rows(DATA_DIR / "institutions.tsv") + _rows(DATA_DIR / "regulators.tsv")
    return frozenset(_norm(name) for row in rows for name in _split(row[0]))


def _is_code_iso3(value: str | None) -> bool:
    return bool(value) and len(value) == 3 and value.isalpha() and value.isupper()


_OPEN_END = 99991231
# The PETRARCH2 person entries were compiled in early 2014: later dates leave them unsure
DICTIONARY_HORIZON = 20140101
# Codes of dated entries that say a person no longer holds office ("elite": former officials)
_FORMER = "ELI"
_FUZZY_MIN_LEN = 7  # shorter surnames are too close to other names for a tolerant match
_SPELLING_MEMORY = 50_000  # words whose close spelling is remembered, at most
# tokens before a split-off name ('Congo') a longer name may start
_LONGER_NAME_REACH = 4
# how many tokens a body's name may run to from the noun the parser heads it by ('Reporters
# Without Borders'), or from its first conjunct ('Jammu | and Kashmir Liberation Front')
_RIGHTWARD_NAME_REACH = 6


def _before_bracket(span: Span) -> Span:
    """A span up to the bracket inside it: an entity the tagger ran on into the short name
    after it ('the Popular Front for the Liberation of Palestine (PFLP') is named before it."""
    cut = next((t.i for t in span if t.text in ("(", "[")), span.end)
    return span.doc[span.start : cut] if cut > span.start else span


def _date_key(value: str | None) -> int | None:
    """YYYYMMDD as an int from an RFC 3339 / ISO date ("1987-03-29T..." → 19870329)."""
    if not value or len(value) < 10 or not value[:4].isdigit():
        return None
    digits = value[:4] + value[5:7] + value[8:10]
    return int(digits) if digits.isdigit() else None


# Letter groups that transliterations of one name spell differently ("Gadhafi"/"Qaddafi",
# "Mikhail"/"Mikhael", "Weizsaecker"/"Weizsacker"), then doubled letters and vowel runs
_SPELLING_PAIRS = (("kh", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("ae", "a"))
_SPELLING_LETTERS = str.maketrans("qwy", "kvi")
_DOUBLED_OR_VOWELS = re.compile(r"[aeiou]+|([^aeiou])\1+")


@lru_cache(maxsize=1 << 14)
def spelling_key(word: str) -> str:
    """``_spelling_key`` of words met in articles (remembered: a feed repeats them)."""
    return _spelling_key(word)


def _spelling_key(word: str) -> str:
    """A key that spellings of one transliterated name share: letter groups that
    transliterations swap are unified, doubled letters collapsed and every vowel run made one
    vowel ("Yassir"/"Yasser"/"Yasir" → "yasar", "Gorbachov"/"Gorbachev" → "garbachav",
    "Khadafy"/"Qaddafi" → "kadafa")."""
    word = word.lower()
    for pair, one in _SPELLING_PAIRS:
        if pair in word:
            word = word.replace(pair, one)
    return _DOUBLED_OR_VOWELS.sub(lambda m: m.group(1) or "a", word.translate(_SPELLING_LETTERS))


def same_given_name(given: str, name: str) -> bool:
    """Whether ``given`` (a lowercased first name) is a first word of ``name`` as spelt or as
    transliterated otherwise ("yassir" of "Yasser Arafat"; "gerhard" is no "Jens")."""
    words = _norm(name).split()
    return given in words or spelling_key(given) in {spelling_key(w) for w in words[:-1]}


def _close_spelling(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbouring letters apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    p = len(commonprefix((a, b)))
    if len(a) == len(b):
        if a[p + 1 :] == b[p + 1 :]:
            return True  # one letter replaced
        swapped = p + 1 < len(a) and a[p] == b[p + 1] and a[p + 1] == b[p]
        return swapped and a[p + 2 :] == b[p + 2 :]  # two neighbours swapped
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_[p + 1 :] == short[p:]


def _dated_rows(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """(names, codes, role) of a dated people file; role None where it has no third column."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            names, codes, *role = line.rstrip("\n").split("\t")
            yield names, codes, (role[0].strip() or None) if role else None


class DatedPeople:
    """Persons coded by date: those of the PETRARCH2/Phoenix actor dictionaries, or the
    hand-dated officials of officials.tsv with the holders of offices.tsv.

    Each entry has names and codes valid over date ranges (``USAGOV@19810120-19890120``):
    "Reagan" in an article of 1987 is the US government, in 1975 a former official (``ELI``).
    Lookups are dict hits on the full name or alias; a bare surname resolves only when every
    entry it names belongs to the same country. Codes are parsed when first asked for. A third
    column, where a file has one (officials.tsv), gives the office the entry's dates are of.
    """

    def __init__(
        self,
        path: Path,
        countries: dict[str, dict],
        extra: Iterable[tuple[str, str, str | None]] = (),
    ) -> None:
        """Entries of ``path`` and then of ``extra`` (names, codes, role) rows."""
        self.names: list[str] = []
        self._codes: list[str] = []
        self._roles: list[str | None] = []
        self._parsed: dict[int, list[tuple[str, int, int]]] = {}
        # normalised name → entry index, or a list of them when several people share it
        self.by_name: dict[str, int | list[int]] = {}
        self.by_surname: dict[str, int | list[int]] = {}
        self._countries = countries
        given: dict[str, int] = {}  # how often a word begins a name ("david", "ali")
        for names, codes, role in [*_dated_rows(path), *extra]:
            k = len(self.names)
            listed = names.split("|")
            self.names.append(listed[0])
            self._roles.append(role)
            for name in listed:
                key = name.lower()  # the build script wrote single spaces, plain quotes
                _index(self.by_name, key, k)
                head, _, last = key.rpartition(" ")
                if head:
                    forename = head.split(" ", 1)[0]
                    given[forename] = given.get(forename, 0) + 1
                if head and len(last) > 3 and last.isalpha():
                    _index(self.by_surname, last, k)
            self._codes.append(codes)
        self.given_names = frozenset(given)
        """Lowercased words that begin a person's name in the dictionaries ('karen')."""
        for surname, entries in list(self.by_surname.items()):
            count = 1 if isinstance(entries, int) else len(entries)
            if given.get(surname, 0) >= count:
                del self.by_surname[surname]  # a given name more often than a surname

    def drop_surnames(self, words) -> None:
        """Forget bare surnames that are also other words of the gazetteer ("jordan")."""
        for word in words:
            self.by_surname.pop(word, None)

    def __len__(self) -> int:
        return len(self.names)

    def _spans(self, k: int) -> list[tuple[str, int, int]]:
        spans = self._parsed.get(k)
        if spans is None:
            spans = []
            for cell in self._codes[k].split("|"):
                code, _, when = cell.partition("@")
                if not when:
                    spans.append((code, 0, 0))  # default: applies when no dated code does
                    continue
                start, _, end = when.partition("-")
                spans.append((code, int(start or 0), int(end or _OPEN_END)))
            self._parsed[k] = spans
        return spans

    def code_at(self, k: int, date: int | None) -> str | None:
        """Entry ``k``'s code on ``date`` (YYYYMMDD); without a date its latest office."""
        spans = self._spans(k)
        dated = [s for s in spans if s[2]]
        if date is not None:
            valid = [s for s in dated if s[1] <= date <= s[2]]
        else:
            valid = sorted(dated, key=lambda s: s[1], reverse=True)
        valid = valid or [s for s in spans if not s[2]]
        if not valid:
            return self._left_office(dated, date)
        in_office = [s for s in valid if s[0][3:6] != _FORMER and len(s[0]) >= 3]
        return (in_office or valid)[0][0]

    def _left_office(self, dated: list[tuple[str, int, int]], date: int | None) -> str | None:
        """A former official of a state after the last of his dated offices ended: Robert
        McFarlane in 1986, after he left the White House, is still an American (``ELI``)."""
        if date is None or not dated:
            return None
        last = max(dated, key=lambda s: s[2])
        country = last[0][:3]
        if date <= last[2] or country not in self._countries:
            return None
        return country + _FORMER

    def first_code(self, k: int) -> str:
        """Entry ``k``'s first listed code, unparsed ("PSEELI@19470101-…" → "PSEELI…")."""
        return self._codes[k]

    def term(self, k: int, date: int | None) -> Term | None:
        code = self.code_at(k, date)
        if code is None or len(code) < 3:
            return None
        country = code[:3] if code[:3] in self._countries else None
        # a body's PETRARCH2 code carries a sector after six letters; a role column's file
        # writes the body in full ('IGOUNOIMF', the International Monetary Fund)
        owner = country or (code if self._roles[k] else code[:6])
        sector = code[3:6] if country and len(code) >= 6 else None
        return Term("leader", self.names[k], country, owner, sector, "person", self._roles[k])

    def _choose(self, entries: int | list[int], date: int | None) -> Term | None:
        ks = [entries] if isinstance(entries, int) else entries
        terms = [t for k in ks if (t := self.term(k, date)) is not None]
        if not terms or len({t.country or t.code for t in terms}) > 1:
            return None  # unknown at that date, or several people of different countries
        return next((t for t in terms if t.sector != _FORMER), terms[0])

    def find(self, key: str, date: int | None) -> Term | None:
        """The person a full name or listed alias denotes on ``date``; a name the
        dictionaries list with middle initials also without them ('Paul Volcker' for 'Paul
        A. Volcker', 'Clayton Yeutter' for 'Clayton K. Yeutter')."""
        entries = self.entries(key)
        return None if entries is None else self._choose(entries, date)

    def entries(self, key: str) -> int | list[int] | None:
        """The entries ``find`` chooses among for ``key``, whatever the date: by the name or
        alias, by the name without its middle initials, or by another spelling of its given
        name; None when no entry has the name (``find`` then finds no one on any day)."""
        entries = self.by_name.get(key)
        if entries is None and key.count(" ") == 1:
            entries = self._without_initials.get(key)
        if entries is None:  # 'Mohamed Siad Barre' listed as 'Muhammad Siad Barre'
            entries = self._other_spelling(key)
        return entries

    def _other_spelling(self, key: str) -> int | list[int] | None:
        """The entries of a full name listed with another spelling of its given name
        (``given_name_spellings``), if one is listed."""
        first, _, rest = key.partition(" ")
        for other in _GIVEN_SPELLINGS.get(first, ()) if rest else ():
            entries = self.by_name.get(f"{other} {rest}")
            if entries is not None:
                return entries
        return None

    @cached_property
    def _without_initials(self) -> dict[str, int | list[int]]:
        """Names of three words or more whose middle words are initials, by their first
        and last word ('paul volcker' → 'Paul A. Volcker'); built on first use."""
        out: dict[str, int | list[int]] = {}
        for key, entries in self.by_name.items():
            words = key.split()
            if len(words) < 3 or not all(len(w.rstrip(".")) == 1 for w in words[1:-1]):
                continue
            short = f"{words[0]} {words[-1]}"
            if short in self.by_name:
                continue
            for k in [entries] if isinstance(entries, int) else entries:
                _index(out, short, k)
        return out

    def find_surname(self, surname: str, date: int | None) -> Term | None:
        """The person in office a bare surname denotes, when unambiguous at ``date``."""
        entries = self.by_surname.get(surname)
        term = None if entries is None else self._choose(entries, date)
        # a bare surname names the office holder, not a retired or future official
        return term if term is not None and term.sector != _FORMER else None


class _Spellings:
    """Known surnames by their first two letters and length, and by first letter, last two
    letters and length, for close-spelling lookups: one edit of a word of six letters or more
    leaves either its first two or its last two letters as they were."""

    def __init__(self, names) -> None:
        self.known = frozenset(n for n in names if len(n) >= _FUZZY_MIN_LEN - 1 and n.isalpha())
        self.by_head: dict[tuple[str, int], list[str]] = {}
        self.by_tail: dict[tuple[str, str, int], list[str]] = {}
        for name in self.known:
            self.by_head.setdefault((name[:2], len(name)), []).append(name)
            self.by_tail.setdefault((name[0], name[-2:], len(name)), []).append(name)
        self._answers: dict[str, str | None] = {}  # words asked before (a feed repeats them)

    def close(self, word: str) -> str | None:
        """The one known surname spelt within one letter of ``word`` ("weinburger" →
        "weinberger"), else None; candidates share the first letter."""
        if len(word) < _FUZZY_MIN_LEN or not word.isalpha() or word in self.known:
            return None
        if word not in self._answers:
            if len(self._answers) >= _SPELLING_MEMORY:
                self._answers.clear()
            self._answers[word] = self._closest(word)
        return self._answers[word]

    def _closest(self, word: str) -> str | None:
        head, first, tail = word[:2], word[0], word[-2:]
        close = set()
        for size in (len(word) - 1, len(word), len(word) + 1):
            for names in (
                self.by_head.get((head, size), ()),
                self.by_tail.get((first, tail, size), ()),
            ):
                close.update(name for name in names if _close_spelling(name, word))
        return close.pop() if len(close) == 1 else None


def _index(table: dict[str, int | list[int]], key: str, k: int) -> None:
    """Add entry ``k`` under ``key`` (an int for one entry, a list for several)."""
    found = table.get(key)
    if found is None:
        table[key] = k
    elif isinstance(found, int):
        if found != k:
            table[key] = [found, k]
    elif k not in found:
        found.append(k)


class Gazetteer:
    """Name → ``Term`` tables for countries, institutions, organisations, leaders and places."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.terms: dict[str, Term] = {}  # case-insensitive keys (see _norm)
        self.cased: dict[str, Term] = {}  # short all-caps forms that clash with words: US, IS, WHO
        self.acronyms: set[str] = set()  # keys of longer all-caps forms: MENA, KUNA, SANA
        self.roles: dict[str, Role] = {}
        self.leaders: dict[str, Term] = {}
        self.countries: dict[str, dict] = {}
        self.country_adjective: dict[str, str] = {}
        self.agents: dict[str, str] = {}  # agent noun → sector ("warplane" → MIL), PETRARCH2
        self.agent_roles: set[str] = set()  # the agent nouns that became roles
        self._words: set[str] = set()
        self._max_words: dict[str, int] = {}  # words asked before (see max_words)
        self._person_keys: dict[str, bool] = {}  # names asked before (see _may_be_person)
        # (country, role) → terms of office (from, to, holder), from offices.tsv
        self.offices: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
        # hand-listed leader name → the first day it names them (leaders.tsv's 'since')
        self.leader_since: dict[str, int] = {}
        # an institution's bare name → the other countries whose body bears it ('congress')
        self.shared_names: dict[str, frozenset[str]] = {}
        self.regulator_names: frozenset[str] = frozenset()  # regulators.tsv
        # a people at home in several states → those states ('hutu' → Rwanda, Burundi)
        self.peoples_of_states: dict[str, frozenset[str]] = {}
        # peoples at home in several states and first in none ('kurds', 'kurdish'): an act of
        # theirs is that of the one of those states where it is done or that it is done to
        self.stateless_peoples: set[str] = set()
        # peoples with no state of their own ('Tamils', 'Sikhs'), coded by where they live:
        # their names are no country's own name
        self.ethnic_terms: set[Term] = set()
        # a renamed country's old name → (the day it changed, the term before it), in date order
        self.renamed: dict[str, list[tuple[int, Term]]] = {}
        self.renamed_names: set[str] = set()  # those names as written ('Congo', 'Congolese')
        # a people named by another state's demonym after its own state's ('Bosnian Serbs'):
        # that demonym alone → (the longer names with the same first words, the longer
        # name's term): 'serbs' → ('bosnian serb', 'bosnian serbs'), BIH's
        self.qualified_peoples: dict[str, tuple[tuple[str, ...], Term]] = {}
        self._load(data_dir)
        self.people = DatedPeople(data_dir / "petrarch_people.tsv", self.countries)
        self.officials = DatedPeople(
            data_dir / "officials.tsv", self.countries, self._office_terms()
        )
        for dated in (self.people, self.officials):
            dated.drop_surnames([w for w in dated.by_surname if w in self.terms or w in self.roles])

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer from the packaged data files, built once per process."""
        return _default_gazetteer()

    # -- loading -------------------------------------------------------------------------
    def _add(self, name: str, term: Term, *, override: bool = True, index: bool = True) -> None:
        if name.isupper() and len(name.replace(".", "")) <= 3:
            if override or name not in self.cased:
                self.cased[name] = term
            return
        key = _norm(name)
        if not key:
            return
        if name.isupper() and name.isalpha():
            self.acronyms.add(key)
        if override or key not in self.terms:
            self.terms[key] = term
        if index:
            self._index_words(key)

    def _index_words(self, key: str) -> None:
        """Index the first distinctive word of a name for ``is_actor_word``."""
        word = next((w for w in key.replace("-", " ").split() if w not in _STOP_WORDS), None)
        if word is not None:
            self._words.add(word)

    def _load(self, data_dir: Path) -> None:
        self.countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
        for iso3, info in self.countries.items():
            name = info["name"]
            self.country_adjective[iso3] = info["adjectives"][0] if info["adjectives"] else name
            country = Term("country", name, iso3, iso3, None, "country")
            for alias in info["aliases"]:
                self._add(alias, country, override=False)
            for adjective in info["adjectives"]:
                self._add(adjective, Term("adjective", name, iso3, iso3, None, "country"))
            for people in info["people"]:
                self._add(people, Term("people", name, iso3, iso3, None, "group"))
            for capital in info["capitals"]:
                self._add(capital, Term("capital", name, iso3, iso3 + "GOV", "GOV", "country"))
        for iso3, info in self.countries.items():  # names win over same-named capitals, demonyms
            country = Term("country", info["name"], iso3, iso3, None, "country")
            for alias in info["aliases"]:
                self._add(alias, country)
        self._load_qualified_peoples()
        self._load_renamed(data_dir / "renamed.tsv")
        ethnic = data_dir / "ethnic_groups.tsv"
        for row in _rows(ethnic) if ethnic.exists() else []:
            names, iso3 = _split(row[0]), row[1]
            if iso3 == "-":  # 'Kurds': of no first state, only of where they act
                for name in names:
                    self.peoples_of_states[name.lower()] = frozenset(_split(row[2]))
                    self.stateless_peoples.add(name.lower())
                continue
            homes = frozenset([iso3, *_split(row[2])]) if len(row) > 2 else None
            for name in names:
                term = Term("people", name, iso3, iso3, None, "group")
                self.ethnic_terms.add(term)
                self._add(name, term, override=False)
                if homes is not None:
                    self.peoples_of_states[name.lower()] = homes
        self._load_places(data_dir / "places.tsv")
        regulators = _rows(data_dir / "regulators.tsv")
        for row in _rows(data_dir / "institutions.tsv") + regulators:
            names, iso3, sector, kind, canonical = row[:5]
            term = Term("institution", canonical, iso3, iso3 + sector, sector, kind)
            shared = frozenset(_split(row[5])) if len(row) > 5 and row[5].strip() else None
            for name in _split(names):
                self._add(name, term)
                if shared:
                    self.shared_names[_norm(name)] = shared
        # regulators' names of business words ('trade', 'safety'): names only in capitals
        self.regulator_names = frozenset(_norm(n) for row in regulators for n in _split(row[0]))
        for row in _rows(data_dir / "organizations.tsv"):
            names, code, iso3, kind, canonical = row[:5]
            term = Term("organization", canonical, iso3 or None, code, code[3:6] or None, kind)
            for name in _split(names):
                self._add(name, term)
        for row in _rows(data_dir / "roles.tsv"):
            word, sector, kind, role = row[:4]
            needs_owner = len(row) > 4 and row[4].strip() == "yes"
            sole = row[5].strip() if len(row) > 5 and row[5].strip() else None
            usual = sole is not None and sole.endswith("?")  # 'GBR?': mostly Britain's
            sole = sole.rstrip("?") if sole else None
            self.roles[word] = Role(sector, kind, role, needs_owner, sole, usual)
            self._words.add(word.split()[-1])
        for row in _rows(data_dir / "leaders.tsv"):
            canonical, aliases, owner, role = row[:4]
            sector = row[4].strip() if len(row) > 4 and row[4].strip() else "GOV"
            iso3 = owner if _is_code_iso3(owner) else None
            code = owner + sector if iso3 else owner
            if iso3 is None and owner[:3] in self.countries:  # 'PSEREB': a rebel leader of PSE
                iso3, sector = owner[:3], owner[3:6] or sector
            term = Term("leader", canonical, iso3, code, sector, "person", role)
            since = row[5].strip() if len(row) > 5 else ""
            first_day = int(since) * 10000 + 101 if since else None  # 1 January of that year
            for alias in [canonical, *_split(aliases)]:
                key = _norm(alias)
                self.leaders[key] = term
                if first_day is not None:
                    self.leader_since[key] = first_day
                self._words.update(w for w in key.split() if w not in _STOP_WORDS)
        self._words.update(k.lower() for k in self.cased if k.lower() not in _STOP_WORDS)
        offices = data_dir / "offices.tsv"
        for row in _rows(offices) if offices.exists() else []:
            iso3, role, holder, start, end = (row + [""] * 5)[:5]
            term = (int(start), int(end) if end.strip() else _OPEN_END, holder)
            self.offices.setdefault((iso3, role), []).append(term)
        self._load_petrarch(data_dir)
        self._load_places(data_dir / "subdivisions.tsv")  # last: every other table wins

    def _load_qualified_peoples(self) -> None:
        """``qualified_peoples``: the demonyms and peoples of two or more words whose first
        words name their own state and whose last names another ('Bosnian Serbs': Bosnia's,
        'Serbs' alone Serbia's), keyed by that last word."""
        for iso3, info in self.countries.items():
            names = [_norm(name) for name in [*info["adjectives"], *info["people"]]]
            for name in names:
                *first, last = name.split()
                own, other = self.terms.get(" ".join(first)), self.terms.get(last)
                if not first or own is None or other is None:
                    continue
                if own.country == iso3 and other.country not in (None, iso3):
                    same = tuple(n for n in names if n.split()[:-1] == first)
                    self.qualified_peoples[last] = (same, self.terms[name])

    def _load_places(self, path: Path) -> None:
        """Towns and regions with their country (``places.tsv``, then the provinces of
        ``subdivisions.tsv``); a name already known keeps its term."""
        for row in _rows(path) if path.exists() else []:
            for name in _split(row[0]):
                self._add(
                    name, Term("place", name, row[1], row[1], None, "country"), override=False
                )

    def _load_renamed(self, path: Path) -> None:
        """Names whose country changed on a day ('Congo': the Republic until 1997, then the
        former Zaire): the later country's term now, the earlier one's kept with the day."""
        rows = sorted((row[:4] for row in _rows(path)), key=lambda row: row[1])
        for name, until, earlier, later in rows:  # in date order: the latest row's is now
            key = _norm(name)
            term = self.terms[key]
            then, now = (self._renamed_term(term, iso3) for iso3 in (earlier, later))
            self._add(name, now)
            self.renamed.setdefault(key, []).append((_date_key(until) or 0, then))
            self.renamed_names.add(name)

    def _renamed_term(self, term: Term, iso3: str) -> Term:
        """``term`` (a country's name or adjective) given country ``iso3`` instead."""
        return Term(term.source, self.countries[iso3]["name"], iso3, iso3, None, term.kind)

    def _office_terms(self) -> list[tuple[str, str, str | None]]:
        """The terms of offices.tsv as dated people rows: its holders are named by name too
        ("Lawson" in 1987 is Britain's chancellor)."""
        rows = []
        for (iso3, role), terms in self.offices.items():
            for start, end, holder in terms:
                rows.append((holder, f"{iso3}GOV@{start}-{end}", role))
        return rows

    def _load_petrarch(self, data_dir: Path) -> None:
        """Named groups and agent nouns converted from PETRARCH2 (hand-written data wins)."""
        groups = data_dir / "petrarch_groups.tsv"
        if groups.exists():
            for row in _rows(groups):
                names, code = _split(row[0]), row[1]
                iso3 = code[:3] if code[:3] in self.countries else None
                sector = code[3:6] if iso3 and len(code) >= 6 else None
                term = Term("group", names[0], iso3, code, sector, "organization")
                for name in names:
                    self._add(name, term, override=False, index=False)
        agents = data_dir / "agents.tsv"
        if not agents.exists():
            return
        for row in _rows(agents):
            noun, sector = row[0], row[1]
            self.agents[noun] = sector
            last = noun.split()[-1]
            if noun in self.roles or last in self.roles or last.rstrip("s") in self.roles:
                continue  # "opposition leader": the hand-listed role and its modifier decide
            kind = "military" if sector == "MIL" else "person"
            if noun.split()[-1] in _BODY_NOUNS:
                kind = "organization"
            self.roles[noun] = Role(sector, kind, noun, False)
            self.agent_roles.add(noun)

    # -- lookups -------------------------------------------------------------------------
    def agent_sector(self, word: str) -> str | None:
        """The sector of an agent noun, lower-cased, read singular when the plural is not
        listed ('warplanes' → MIL)."""
        sector = self.agents.get(word)
        if sector is None and word.endswith("s"):
            sector = self.agents.get(word[:-1])
        return sector

    def office_holder(self, country: str, role: str, date: int | None) -> Term | None:
        """Who held a country's office on ``date`` (YYYYMMDD): ("USA", "president",
        19870601) → Ronald Reagan, ("GBR", "prime minister", 20050601) → Tony Blair; None
        without a date or outside every listed term (and on a day two terms share)."""
        if date is None:
            return None
        holders = [
            h for start, end, h in self.offices.get((country, role), ()) if start <= date < end
        ]
        if len(holders) != 1:
            return None
        return Term("leader", holders[0], country, country + "GOV", "GOV", "person", role)

    def body_name(self, code: str) -> str:
        """The name of the international body or organisation a code stands for
        ("IGOEUREEC" → "European Union"); the code itself when none is listed."""
        return self._body_names.get(code, code)

    @cached_property
    def home_office_starts(self) -> frozenset[str]:
        """The first words of the names ``state_of_offices`` looks for: a state's own bodies
        and offices (institutions of ``_HOME_SECTORS``) and the titles of a country's own
        government roles; a phrase starting with any other word is none of them."""
        firsts = {
            key.split(" ", 1)[0]
            for key, term in self.terms.items()
            if term.source == "institution" and term.sector in _HOME_SECTORS
        }
        firsts.update(
            phrase.split(" ", 1)[0]
            for phrase, role in self.roles.items()
            if role.country and role.sector in _HOME_SECTORS
        )
        return frozenset(firsts)

    @cached_property
    def _body_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for term in self.terms.values():
            if term.source == "organization" and term.code:
                names.setdefault(term.code, term.name)
        return names

    @cached_property
    def body_words(self) -> dict[str, frozenset[str]]:
        """The words of every name of each international body, by code ("IGOWSTNAT" →
        'nato', 'north', 'atlantic', 'treaty', 'organization', 'alliance', …), and the group
        words (``group_words``) in the names of the other organisations ('front')."""
        words: dict[str, set[str]] = {}
        for key, term in self.terms.items():
            if term.source == "organization" and term.code and term.code.startswith("IGO"):
                words.setdefault(term.code, set()).update(key.split())
            elif term.source == "organization" and term.code and term.country:
                words.setdefault(term.code, set()).update(_GROUP_WORDS & set(key.split()))
        return {code: frozenset(found) for code, found in words.items()}

    def raise_name_particles(self, text: str) -> str:
        """``text`` with the lowercase particles of known personal names capitalised ('Jose
        Eduardo dos Santos' → '… Dos Santos'; the same length, so offsets hold): a name the
        dictionaries list whole, or by its particle and surname, is then parsed as one name,
        where the tagger reads 'dos' as a verb. Particles of names no dictionary lists stay."""
        if not _PARTICLE_NAME.search(text):
            return text
        chars = list(text)
        for m in _PARTICLE_NAME.finditer(text):
            before = m.group("before").split()
            tail = " ".join([*m.group("particles").split(), m.group("last")])
            keys = [" ".join([*before[k:], tail]) for k in range(len(before))] + [tail]
            if not any(self.person(_norm(key)) is not None for key in keys):
                continue
            for p in re.finditer(r"\S+", m.group("particles")):
                chars[m.start("particles") + p.start()] = p.group()[0].upper()
        return "".join(chars)

    def lookup(self, text: str) -> Term | None:
        """The term a name denotes ("the Kremlin", "South Korean", "NATO"), or None."""
        text = _straight_apostrophes(text.strip())
        if text.endswith("'s"):
            text = text[:-2]
        elif text.endswith("'"):
            text = text[:-1]
        if text.startswith(("the ", "The ")):
            text = text[4:]
        term = self.cased.get(text)
        if term is not None:
            return term
        key = _norm(text)
        return (
            self.terms.get(key)
            or (self.terms.get(key.replace("-", " ")) if "-" in key else None)
            or self.leaders.get(key)
            or self.people.find(key, None)
            or self.officials.find(key, None)
        )

    def person(
        self, key: str, date: int | None = None, *, surname: bool = False, dictionary: bool = True
    ) -> Term | None:
        """A hand-dated official, a hand-listed leader or a dated PETRARCH2 person by
        normalised name (or surname).

        Within the dictionaries' years (``date`` before ``DICTIONARY_HORIZON``) a person they
        list in office on that day wins over the undated hand list: "Santer" in 1987 is
        Luxembourg's prime minister, not the later head of the European Commission. A
        hand-dated official in office that day (officials.tsv) wins over both ("Ozal" in 1987
        is Turkey's prime minister), and a hand-listed leader names no one in news older than
        his coming to office ("Major" in 1987)."""
        if not surname and not self._may_be_person(key):
            return None  # no list names anyone so, on any day
        if date is not None:
            find_dated = self.officials.find_surname if surname else self.officials.find
            official = find_dated(key, date)
            if official is not None:
                return official
        hand = self.leaders.get(key)
        if hand is not None and date is not None and date < self.leader_since.get(key, 0):
            hand = None
        if not dictionary:
            return hand
        find = self.people.find_surname if surname else self.people.find
        if hand is None:
            return find(key, date)
        if date is not None and date < DICTIONARY_HORIZON:
            dated = find(key, date)
            if dated is None and " " not in key:  # the hand list's bare surname
                dated = self.people.find_surname(key, date)
            if dated is not None and dated.sector != _FORMER:
                return dated
        return hand

    def _may_be_person(self, key: str) -> bool:
        """Whether a hand-listed leader, a hand-dated official or a dictionary person has the
        full name ``key`` on some day (``DatedPeople.entries``): when none has, ``person``
        finds no one whatever the day. Kept for the keys asked (the same phrases come back in
        every article; forgotten all at once past ``_WORD_MEMORY`` of them)."""
        known = self._person_keys.get(key)
        if known is None:
            known = (
                key in self.leaders
                or self.officials.entries(key) is not None
                or self.people.entries(key) is not None
            )
            if len(self._person_keys) >= _WORD_MEMORY:
                self._person_keys.clear()
            self._person_keys[key] = known
        return known

    def max_words(self, word: str) -> int:
        """The most words a span whose first word is ``word`` (a token followed by a space)
        can have and still be found by ``Gazetteer`` look-ups of its text: the longest name,
        leader, dated person or cased form starting with that word; 0 when none does (an
        upper bound only, never smaller than a match: 'the' and words holding a space are
        not bounded)."""
        known = self._max_words.get(word)
        if known is not None:
            return known
        key = _straight_apostrophes(word).lower()
        if key == "the" or not key or key.split() != [key]:
            most = _UNBOUNDED_WORDS
        else:
            most = self._first_words.get(key, 0)
            if "-" in key:  # 'Inter-Parliamentary Union' is also looked up with spaces
                parts = key.replace("-", " ").split()
                if parts:
                    most = max(most, self._first_words.get(parts[0], 0))
        if len(self._max_words) >= _WORD_MEMORY:
            self._max_words.clear()
        self._max_words[word] = most
        return most

    @cached_property
    def portfolios(self) -> frozenset[str]:
        """One-word portfolios of the roles ('minister for finance': finance), which also name
        the office before 'minister' ('Finance Minister Dilson Funaro')."""
        return frozenset(
            m.group(1) for key in self.roles if (m := _PORTFOLIO_ROLE.fullmatch(key)) is not None
        )

    @cached_property
    def role_first_words(self) -> frozenset[str]:
        """The words a role can start with."""
        return frozenset(key.split(" ")[0] for key in self.roles)

    @cached_property
    def _first_words(self) -> dict[str, int]:
        """First word → the most words of the keys a span's text is looked up under that
        start with it (see ``max_words``)."""
        most: dict[str, int] = {}
        keys = [*self.terms, *self.leaders, *self.people.by_name, *self.officials.by_name]
        keys += [_straight_apostrophes(key).lower() for key in self.cased]
        for key in keys:
            words = key.split()
            if words and len(words) > most.get(words[0], 0):
                most[words[0]] = len(words)
        return most

    @cached_property
    def _variant_names(self) -> dict[str, str | None]:
        """Spelling keys of a first name and a surname ("yasar arafat") → a known two-word
        name spelt so, or None when names of different countries are (see
        ``variant_name``)."""
        found: dict[str, tuple[str, str]] = {}
        ambiguous: set[str] = set()
        named = [(name, term.code or "") for name, term in self.leaders.items()]
        for people in (self.people, self.officials):
            named += [
                (name, people.first_code(k if isinstance(k, int) else k[0]))
                for name, k in people.by_name.items()
            ]
        for name, code in named:
            given, _, surname = name.partition(" ")
            if len(surname) < _FUZZY_MIN_LEN - 1 or not (given + surname).isalpha():
                continue  # not two words of letters, or too short a surname
            key = f"{_spelling_key(given)} {_spelling_key(surname)}"
            known = found.setdefault(key, (name, code[:3]))
            if known[1] != code[:3]:
                ambiguous.add(key)  # two people of different countries spelt alike
        return {key: None if key in ambiguous else hit[0] for key, hit in found.items()}

    def variant_name(self, key: str) -> str | None:
        """The known two-word name ``key`` (a normalised full name) spells otherwise, when
        exactly one is spelt that way: "yassir arafat" → "yasser arafat", "mikhael
        gorbachev" → "mikhail gorbachev" (both words of a transliteration)."""
        words = key.split()
        if (
            len(words) != 2
            or len(words[1]) < _FUZZY_MIN_LEN - 1
            or not key.replace(" ", "").isalpha()
        ):
            return None
        if key in self.leaders or key in self.people.by_name or key in self.officials.by_name:
            return None  # spelt as known
        return self._variant_names.get(f"{spelling_key(words[0])} {spelling_key(words[1])}")

    @lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process, kept for its life
    def close_surname(self, word: str, dictionary: bool = True) -> str | None:
        """A known surname within one letter of ``word``, when exactly one is that close:
        among hand-listed leaders and (``dictionary``) PETRARCH2 persons."""
        return self._spellings(dictionary).close(word)

    @lru_cache(maxsize=2)  # noqa: B019 - built on first use, once per gazetteer
    def _spellings(self, dictionary: bool) -> _Spellings:
        names = {key for key in self.leaders if " " not in key}
        dated = set(self.people.by_surname) | set(self.officials.by_surname)
        return _Spellings(names | dated if dictionary else names)

    def country_of(self, text: str) -> str | None:
        """ISO3 of the country a name, demonym, capital, institution or leader belongs to;
        for a longer phrase ("South Korean President Yoon") the longest name inside it."""
        term = self.lookup(text)
        if term is not None:
            return term.country
        words = _straight_apostrophes(text).replace("'s ", " ").split()
        for size in range(min(len(words), _MAX_TERM_TOKENS), 0, -1):
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                if not part[:1].isupper():
                    continue
                term = self.lookup(part)
                if term is not None and term.country:
                    return term.country
        return None

    def is_actor_word(self, lower: str) -> bool:
        """True when a lowercased token can be part of an actor mention (pre-filter)."""
        return lower in self._words

    def country_name(self, iso3: str) -> str:
        info = self.countries.get(iso3)
        return info["name"] if info else iso3


def _is_event_noun(lower: str) -> bool:
    """A trigger noun of the lexicon ("attack", "talks"): an event, not an actor."""
    from stream.extract.lexicon import load_lexicon

    return bool(load_lexicon().entries_for(lower, "noun"))


def _bare_speaker(h) -> bool:
    """A singular body with no owner or country word of its own that is the subject of a
    verb of speech after the clause it reports ('Vietnam accused China …, the official news
    agency said'): it speaks for the state the story is about."""
    verb = h.head
    return (
        h.dep_ == "nsubj"
        and h.tag_ in ("NN", "NNP")
        and _speaks(verb)
        and any(c.dep_ == "ccomp" and c.i < h.i for c in verb.children)
        and not any(
            c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_)
            for c in h.lefts
        )
    )


def _speaks(verb) -> bool:
    """A verb of speech of the lexicon ("said", "told", "announced")."""
    from stream.extract.lexicon import load_lexicon
    from stream.extract.syntax import any_lemma

    lex = load_lexicon()
    return any_lemma(verb, lex, lex.modality["speech"])


@cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer()


# ---------------------------------------------------------------------------------------


def _reacted_to(h) -> bool:
    """Whether ``h`` is the subject of an act that a clause tells and the main clause's verb
    reacts to ('Iraq protested after troops shelled Basra': 'troops')."""
    verb = h.head
    if h.dep_ not in _SUBJECT_DEPS or verb.dep_ != "advcl":
        return False
    if verb.head.lower_ not in _REACTION_VERBS:
        return False
    return any(m.dep_ == "mark" and m.lower_ in _REACTION_MARKS for m in verb.children)


def answerers(verb) -> list:
    """The subjects of the main clause when ``verb`` heads a clause that clause answers or
    follows ('Canada froze its aid after soldiers shot two Canadian nurses': Canada)."""
    if verb.dep_ != "advcl" or verb.head == verb:
        return []
    if not any(m.dep_ == "mark" and m.lower_ in _REACTION_MARKS for m in verb.children):
        return []
    return [s for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass")]


def answering_states(verb, resolve) -> frozenset[str]:
    """The states named as the subject of the main clause that the clause ``verb`` heads
    answers or follows (``answerers``; 'Canada froze its aid after soldiers shot two Canadian
    nurses': Canada), each subject's actors given by ``resolve``."""
    return frozenset(
        a["country"]
        for s in answerers(verb)
        for a in resolve(s)
        if a["country"] and a["kind"] == "country"
    )


def _main_verb(verb) -> bool:
    """Whether ``verb`` is its sentence's own verb (the root, or a verb joined to it by 'and'),
    not the verb of a clause under another."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _descriptor_of_name(h) -> bool:
    """Whether ``h`` is a body's common noun ('group', 'movement', 'organisation', of
    ``org_heads``) set before a name that says which body it is, which the parser made a second
    subject of the verb ('The guerrilla movement Polisario Front attacked', 'The Islamic
    militant organisation Hamas claimed'): the descriptor and the name are one actor, told
    by the name; the descriptor names none of its own."""
    if h.tag_ != "NN" or h.lower_ not in _ORG_HEADS or h.dep_ not in _SUBJECT_DEPS:
        return False
    return any(
        sib.dep_ == h.dep_ and sib.pos_ == "PROPN" and sib.left_edge.i == h.i + 1
        for sib in h.head.children
        if sib.i > h.i
    )


def navy_prefixed(h) -> bool:
    """Whether ``h`` is a ship's name after a navy's prefix ('the USS Stark', 'HMS Glasgow':
    ``ship_prefixes`` of actor_words.json), a party whatever its entity type says."""
    return h.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.text in _SHIP_PREFIXES for c in h.lefts
    )


def names_a_body(h) -> bool:
    """Whether ``h`` may stand for an international body named before: a lower-case word of
    data/body_references.json (or 'the Twelve') with 'the' and nothing else of its own but a
    relative clause or an 'of' before a verb ('the fund', 'accused the fund of ignoring …'; not
    'the international community', 'the community of nations', 'the Commission for Africa')."""
    if h.lower_ not in _BODY_WORDS or not (h.text.islower() or h.lower_ in _BODY_ALIASES):
        return False
    if [c.lower_ for c in h.lefts] != ["the"]:
        return False
    return all(
        c.dep_ in ("punct", "relcl")
        or (c.lower_ == "of" and not any(p.dep_ == "pobj" for p in c.children))
        for c in h.rights
    )


def _undoer(h):
    """The doer of the verb that undoes what ``h``, the subject pronoun of a relative clause
    on its object, did ('Kenya lifted the ban it imposed': Kenya; 'asked Turkey to withdraw
    the troops they sent': Turkey), else None."""
    from stream.extract.lexicon import load_lexicon
    from stream.extract.syntax import any_lemma, subjects

    verb = h.head
    if h.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return None
    undo = verb.head.head
    if undo.pos_ != "VERB" or not any_lemma(undo, load_lexicon(), _UNDOING_VERBS):
        return None
    return next((s for s in subjects(undo) if s.i != h.i), None)


def _agent_of_another(h, tok) -> bool:
    """Whether ``tok`` is in the 'by' phrase of a participle or passive verb other than the
    one ``h`` acts by ('riot police fired tear gas during a mass celebrated by Pope John
    Paul II in Santiago'): the doer of that other act, no owner of ``h``."""
    node = tok
    while node.head != node:
        if node.dep_ == "agent":
            return node.head != h.head
        if node == h.head:
            return False
        node = node.head
    return False


def _coordinated(tok) -> bool:
    """Whether ``tok`` is one of several coordinated names ('Japan and the United States')."""
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _matter_of_dispute(tok) -> bool:
    """Whether ``tok``, the last word of a country's name, is the object of 'over' hung on a
    verb or noun ('attacked the government over Iraq', 'a row with ministers over Zimbabwe'):
    the matter the words are about, no owner of a bare office or body (not a force: 'shot
    down over Syria' places it) before it."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "over"
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ in ("VERB", "NOUN")
    )


def _of_government(phrase) -> bool:
    """A phrase naming a force as the government's ('government troops')."""
    return any(t.lower_ == "government" and t.dep_ in ("compound", "amod") for t in phrase)


def _of_a_region(h) -> bool:
    """Whether ``h`` is a plural of people that an adjective of a region of several states
    describes ('European officials', 'Arab diplomats'; ``regional_modifiers`` of
    addressee_words.json); not a body's name ('the European People's Party')."""
    return h.tag_ == "NNS" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _REGIONAL_MODIFIERS for c in h.children
    )


def of_a_region(actor: Actor) -> bool:
    """Whether an actor of no country is a plural of state people a region's adjective
    describes ('African leaders', 'Arab foreign ministers'; ``_of_a_region`` of its words):
    people of several states, of none of them, neither where they meet nor whom they
    address."""
    words = (actor["text"] or "").lower().split()
    return (
        actor["country"] is None
        and (actor["code"] or "")[3:] == "GOV"  # not 'Arab militias': a people's armed men
        and len(words) > 1
        and words[-1].endswith("s")
        and any(w in _REGIONAL_MODIFIERS for w in words[:-1])
    )


def gathered_plural(actor: Actor) -> bool:
    """Whether an actor of no country is a bare or counted plural of people who gather from
    several states (``gathered_plurals``: 'Negotiators at a U.N. conference', 'several
    ministers', 'the delegates'): of none of them, not of the state where they meet."""
    words = (actor["text"] or "").lower().split()
    return (
        actor["country"] is None
        and (actor["code"] or "")[3:] == "GOV"
        and bool(words)
        and words[-1] in _GATHERED_PLURALS
        and all(w in _PLURAL_COUNTS for w in words[:-1])
    )


def _ours(h) -> bool:
    """Whether the first person owns ``h`` ('our forces', 'our own navy')."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in h.children)


def _actor(
    text: str, name: str, kind: str, country: str | None, role: str | None, code: str | None
) -> Actor:
    return {
        "text": text,
        "name": name,
        "kind": kind,  # type: ignore[typeddict-item]
        "country": country if _is_code_iso3(country) else None,
        "role": role,
        "code": code,
    }


def _code(owner: str | None, sector: str | None) -> str | None:
    """CAMEO-style code from an owner (ISO3 or IGO code) and a sector."""
    if owner is None:
        return "---" + sector if sector else None
    if sector and _is_code_iso3(owner):
        return owner + sector
    return owner


def _spaced(tok) -> bool:
    """A dash or colon standing free between words (not a hyphen inside one)."""
    return bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def state_country(name: str) -> str | None:
    """The country of a federation's state or province named in full or by its wire
    abbreviation ("Alabama", "Calif.", "Ont."), else None."""
    return _STATES.get(name)


def comma_appos(town) -> Span | None:
    """The name after a town's name and a comma ("Birmingham, Alabama", "Cizre, Turkey"),
    or None; not the next name of a list ("in Paris, London and Berlin")."""
    for child in town.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        span = town.doc[child.left_edge.i : child.i + 1]
        if span.start < 1 or town.doc[span.start - 1].text != ",":
            continue
        if any(c.dep_ in ("cc", "conj") for c in child.children):
            continue
        return span
    return None


def town_qualifier(town, own: str | None, gaz: Gazetteer) -> tuple[Span, str | None] | None:
    """The town-and-comma rule, the one place it is applied: the name after a town's name and
    a comma ("Birmingham, Alabama", "Cordoba, Argentina") and the country it gives, or None when
    no such name follows. The name says which town of that name is meant, so its country wins
    over ``own``, the country the gazetteer knows the town's name for, unless one of its
    readings is that country ("Tbilisi, Georgia" stays Georgian, "Atlanta, Georgia" American);
    the country is None when the name is no country's or state's."""
    span = comma_appos(town)
    if span is None:
        return None
    readings = [iso3 for iso3 in (gaz.country_of(span.text), state_country(span.text)) if iso3]
    if own in readings:
        return span, own
    return span, readings[0] if readings else None


def town_country(town, own: str | None, gaz: Gazetteer) -> str | None:
    """The country a town lies in: the one a name after it and a comma gives
    (``town_qualifier``), else ``own``, the gazetteer's country for its name."""
    qualifier = town_qualifier(town, own, gaz)
    return (qualifier[1] if qualifier else None) or own


def entity_span(tok):
    """The named-entity span holding ``tok``, or None (found via IOB tags, no ents scan)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


@dataclass(slots=True)
class _Person:
    name: str
    country: str | None
    owner: str | None  # ISO3 or IGO code
    role: str | None
    sector: str | None
    abroad: set[str] = field(default_factory=set)  # where the text has him go ('flew to Oslo')

    def actor(self, text: str) -> Actor:
        sector = self.sector or ("GOV" if self.role else None)
        return _actor(text, self.name, "person", self.country, self.role, _code(self.owner, sector))


def _compound_words(tok) -> list[str]:
    """The lower-case nouns compounded before ``tok`` ('air' of 'air force', 'Air force')."""
    return [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]


@dataclass(slots=True)
class _Mention:
    i: float  # token index (half a token before a sentence for what unparsed text named)
    actor: Actor
    subject: bool
    unparsed: bool = False  # named by a sentence that was never parsed
    coordinated: bool = False  # an unparsed mention among coordinated names ('A and B')
    main: bool = False  # the subject of the sentence's own verb, not of a clause under it

    def __lt__(self, other: _Mention) -> bool:
        return self.i < other.i


@dataclass(slots=True)
class _Owner:
    """Who a phrase's modifiers say its head belongs to."""

    country: str | None = None
    owner: str | None = None  # ISO3 or IGO/NGO code
    sector: str | None = None
    name: str | None = None
    others: list[Term] = field(default_factory=list)  # "US and British activists": British
    after_name: bool = False  # named only by a phrase after the head ("criticism by Baker of …")


def _acronym(tok) -> bool:
    """An all-capitals name the tagger may take for a pronoun ('INA said …' tagged PRP)."""
    return len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha


def _initialled_names(doc) -> list[tuple[str, int]]:
    """The initials of each name of three or more capitalised words ('Somali National
    Movement' → 'SNM', 'Front for the Liberation of Mozambique' → 'FLM'; small joining words
    (``_NAME_JOINERS``) give no letter), with the index just after the name's last word. Where
    joining words link a word before the name ('Rebels of the Ugandan National Rescue Front'),
    the name may also begin after them: each such start gives its initials (RUNRF, UNRF)."""
    out: list[tuple[str, int]] = []
    for parts in _joined_names(doc):
        end = parts[-1][-1].i + 1
        for k in range(len(parts)):
            letters = "".join(tok.text[0] for part in parts[k:] for tok in part)
            if len(letters) >= 3:
                out.append((letters, end))
    return out


def _bracket_opens(doc) -> list[int]:
    """The indices ``i`` (from 1 to ``len(doc) - 3``) of the doc's '(' with a ')' two tokens
    on: where a word in brackets may stand ('the Mozambique National Resistance (MNR)'), read
    off the doc's arrays."""
    rows = word_rows(doc)
    return [
        i
        for i in range(1, len(doc) - 2)
        if rows[i][ORTH_COL] == _OPEN_ID and rows[i + 2][ORTH_COL] == _CLOSE_ID
    ]


def _joined_names(doc) -> Iterator[list[list]]:
    """Runs of capitalised proper words, each run with those that only joining words
    (``_NAME_JOINERS``) part from it: 'Front for the Liberation of Mozambique' → [Front],
    [Liberation], [Mozambique]. Read off the doc's arrays: a Token only for a proper noun."""
    parts: list[list] = []
    prev = -1  # the index of the last word of the name so far, a joining word included
    joiners = string_ids(_NAME_JOINERS)
    for i, row in enumerate(word_rows(doc)):
        tok = doc[i] if row[POS_COL] in _NAME_POS_IDS else None  # the arrays' part of speech
        if tok is not None and tok.is_title and tok.is_alpha and tok.pos_ == "PROPN":
            if parts and prev == i - 1 and parts[-1][-1].i == prev:
                parts[-1].append(tok)
            elif parts and prev == i - 1:
                parts.append([tok])
            else:
                if parts:
                    yield parts
                parts = [[tok]]
            prev = i
        elif parts and row[LOWER_COL] in joiners and prev == i - 1:
            prev = i
    if parts:
        yield parts


def _bare_but_creed(phrase: list, h) -> bool:
    """Whether an armed group's phrase names no more than its creed or side and its backer
    besides its head ('Leftist guerrillas', 'the Communist rebels', 'U.S.-backed rebels'):
    words of data/actor_words.json armed_group_creeds, which give the group no country."""
    words = [t for t in phrase if t.i != h.i and t.lower_ != "the"]
    backing = [t.i for t in words if t.lower_.rpartition("-")[2] in _GROUP_BACKING]
    last_backing = backing[-1] if backing else -1
    return bool(words) and all(
        t.lower_ in _GROUP_CREEDS or t.i <= last_backing or t.is_punct for t in words
    )


def _pronoun_sex(low: str) -> str:
    """'female' for 'she', 'her', 'hers', 'herself'; 'male' for the other person pronouns."""
    return "female" if low in _FEMALE_PRONOUNS else "male"


def _sex(actor: Actor) -> str | None:
    """The sex a person's name or title tells ('Mrs Thatcher', 'Margaret Thatcher': female;
    'President George Bush', 'Mr Gandhi': male), from the words the text gives and those of
    the name it resolved to; None when they tell nothing or tell both."""
    words = {
        w.strip(".").lower() for field in ("text", "name") for w in (actor.get(field) or "").split()
    }
    found = [sex for sex, marks in _SEX_WORDS.items() if words & marks]
    return found[0] if len(found) == 1 else None


def _private_body(h) -> bool:
    """A body named by a capitalised name ending in a word of a private body
    (``private_body_heads``: 'the American Meat Institute', 'the Japan Shipowners'
    Association', 'the Tokyo Chamber of Commerce' is named with 'of' and left to the gazetteer)
    with no 'of' after it: a trade or professional body, no state's party, whatever
    nationality its name carries."""
    return (
        h.tag_ == "NNP"
        and h.lower_ in _PRIVATE_BODY_HEADS
        and any(c.dep_ in ("compound", "poss") and c.pos_ != "PRON" for c in h.lefts)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in h.rights)
    )


def _expletive(tok) -> bool:
    """'It' standing for the clause after a passive verb: 'It was agreed that …', 'it was
    decided to …'."""
    verb = tok.head
    return tok.dep_ in ("nsubjpass", "expl") and any(
        c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children
    )


_POS_TAG = get_string_id("POS")
_DT_TAG = get_string_id("DT")
_NNP_TAG = get_string_id("NNP")
_DET, _PRON = POS_IDS["DET"], POS_IDS["PRON"]


class _TokenTable:
    """What ``DocumentActors._matches`` reads of each token of a doc, read once from the
    doc's arrays (no Token per word): its text, whether a space follows it, whether a name
    can start or end with it, whether it is whitespace, whether it is tagged NNP. None of
    these change after the parse (``repair_attributions`` moves only heads and labels)."""

    __slots__ = ("never_ends", "never_starts", "proper", "space", "spaced", "text")

    def __init__(self, doc) -> None:
        # the array's columns, compared whole: a Python list of all its ids costs more
        orth, spaced, punct, tag, pos, space, alpha = doc.to_array(
            [ORTH, SPACY, IS_PUNCT, TAG, POS, IS_SPACE, IS_ALPHA]
        ).T
        strings = doc.vocab.strings
        self.text: list[str] = [strings[o] for o in orth.tolist()]
        self.spaced: list[bool] = (spaced != 0).tolist()
        self.space: list[bool] = (space != 0).tolist()
        self.proper: list[bool] = (tag == _NNP_TAG).tolist()
        ends = (punct != 0) | (tag == _POS_TAG)
        self.never_ends: list[bool] = ends.tolist()
        # a name starts with no punctuation, possessive, determiner or pronoun (but an
        # all-capitals name the tagger took for a pronoun, as ``_acronym`` says)
        never_starts = ends | (tag == _DT_TAG)
        det_or_pron = ((pos == _DET) | (pos == _PRON)) & ~never_starts
        self.never_starts: list[bool] = (never_starts | det_or_pron).tolist()
        for i in np.flatnonzero(det_or_pron & (alpha != 0)).tolist():
            text = self.text[i]
            self.never_starts[i] = not (len(text) > 1 and text.isupper())


class DocumentActors:
    """Actor resolution with per-article memory (people, pronouns, pairs)."""

    def __init__(self, doc, gazetteer: Gazetteer | None = None, date: str | None = None) -> None:
        self.doc = doc
        self.gaz = gazetteer or Gazetteer.default()
        self.date = _date_key(date)  # dated dictionary entries resolve as of this day
        self._cache: dict[int, list[Actor]] = {}
        self._resolving: set[int] = set()  # tokens being resolved: a cycle through them is no one
        # the gazetteer matches of a resolved token's phrase, kept from ``_resolve_one`` for
        # the ``_names_wars_only`` test that follows it (the tree is the same in between)
        self._phrase_matches: dict[int, list[tuple[int, int, Term]]] = {}
        self._noted_until = 0  # token index up to which sentences were read
        self._people: dict[str, _Person] = {}
        self._by_role: dict[tuple[str | None, str], _Person] = {}
        self._mentions: list[_Mention] = []
        self._pairs: list[tuple[float, list[Actor]]] = []  # (where, the pair)
        self._regional: dict[str, str] = {}  # "north" → PRK after "North Korea"
        self._spelled_out: dict[str, int] | None = None  # "MNR" → the index of "(" before it
        self._groups: list[tuple[int, list[Actor]]] = []  # conjoined subjects ("he and Yoon")
        self._quoting: set[int] = set()  # speakers being resolved for a quotation's pronoun
        self._dateline: int | None = None
        self._owners: dict[tuple[int, int, bool], frozenset[str]] = {}  # span → owners_named
        self._terms: dict[tuple[str, bool], Term | None] = {}  # span text → term (_term_of)
        # (town token, its country) → the name after it and a comma, and its country
        self._qualifiers: dict[tuple[int, str | None], tuple[Span, str | None] | None] = {}
        self.home: str | None = None  # the dateline's country, set by the pipeline
        # the state of the national news agency whose mark the dateline carries ('(IRNA)'),
        # set by the pipeline: its copy's bare offices are that state's
        self.agency_home: str | None = None
        self.voice: str | None = None  # the state whose radio speaks (a monitored item)
        self._foe: str | None = None  # the other side of a monitored item ('' for none)
        # the article's text, read by ``story_home`` (with no dateline's country) and
        # ``story_firms``, each only when an actor needs it
        self.story_text: str | None = None
        # unparsed sentences further back than the context of a run of parsed ones, read
        # (for titled persons) only when a bare surname after them is otherwise unknown
        self._unread: list[tuple[int, list[str]]] = []
        self._unread_people: dict[int, dict[object, _Person]] = {}
        self._table: _TokenTable | None = None  # the doc's words as _matches reads them
        # ('bosnian serb', 'bosnian serbs') → where the text first names one of them (or -1)
        self._qualified_at: dict[tuple[str, ...], int] = {}
        # a people's name ('albanians') → (token, country) where the article names it with a
        # place of another state ('ethnic Albanians in Kosovo')
        self._placed_peoples: dict[str, list[tuple[int, str]]] = {}

    # -- public --------------------------------------------------------------------------
    def resolve(self, token) -> list[Actor]:
        """Actors denoted by the phrase headed by ``token`` (several for conjuncts)."""
        self._read_until(token.i)
        heads = sorted([token, *token.conjuncts], key=lambda t: t.i)
        out: list[Actor] = []
        seen: set[tuple[str | None, str]] = set()
        for head in heads:
            for actor in self._resolved(head):
                key = (actor["code"], actor["name"])
                if key not in seen:
                    seen.add(key)
                    out.append(dict(actor))  # type: ignore[arg-type]
        return out

    def owners(self, token) -> list[Actor]:
        """Actors a nominal's modifiers name as its owner or agent: "North Korea's dispatch of
        troops" → North Korea, "US Predator attacks" → United States, "Pyongyang's
        involvement" → North Korea (for event nouns whose actor is not a separate argument)."""
        self._read_until(token.i)
        out: list[Actor] = []
        for child in token.lefts:
            if child.dep_ == "poss" and token.lower_ not in _CAPTOR_HEADS:
                out.extend(self.resolve(child))  # resolve() returns fresh copies
        if out:
            return out
        phrase = self._phrase(token)
        for a, b, term in self._match(phrase):
            if a <= token.i < b or self._is_stance_prefix(a, b):
                continue
            if term.source == "leader":
                continue
            kind = "group" if term.source in ("adjective", "people") else term.kind
            out.append(_actor(self.doc[a:b].text, term.name, kind, term.country, None, term.code))
        return out

    def modifier_countries(self, token) -> list[str]:
        """Countries the modifiers of a noun phrase name, for the target of an event:
        "a Libyan patrol boat" → ["LBY"], "a Liberian-flagged tanker" → ["LBR"], "Syrian
        positions" → ["SYR"], "Chad's border posts" → ["TCD"], "its troops" → the country
        "its" stands for, "a U.S.-flagged Kuwaiti tanker" → ["USA", "KWT"]. Possessors come
        first, then national adjectives, names and capitals in text order; "Chinese-made"
        and "Iran-backed" name no owner. ``[]`` when no modifier names a country."""
        self._read_until(token.i)
        prefixed = self._prefixed_ship(token)
        if prefixed is not None:  # 'the USS Stark': America's
            return [a["country"] for a in prefixed if a["country"]]
        ship = self._ship_named(token)
        if ship is not None:  # 'the Saudi Glory, a Liberian-flagged tanker': Liberia's
            return list(dict.fromkeys(a["country"] for a in ship if a["country"]))
        phrase = self._phrase(token)
        home = self._residence(token, phrase)
        if home is not None:  # 'fired on ethnic Albanian demonstrators in Kosovo': where
            return [home]  # the people lives, not its kin-state
        out: list[str] = []
        for child in token.lefts:
            if child.dep_ == "poss":
                out.extend(a["country"] for a in self.resolve(child) if a["country"])
        found = [*self._match(phrase), *self._flag_terms(token, phrase)]
        for a, b, term in sorted(found, key=lambda x: x[0]):
            if a <= token.i < b or self._is_stance_prefix(a, b) or not term.country:
                continue
            if term.source in _NATIONAL_SOURCES or (
                term.source in ("institution", "group", "organization") and b <= token.i
            ):
                out.append(term.country)
        return list(dict.fromkeys(out))

    def owners_named(
        self, span, regions: bool = False, wars: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """The countries (ISO3) and international bodies (IGO codes) a span of the document
        names anywhere: names, demonyms, capitals, places, institutions, persons of the
        article's date ('Mr Blair told MPs in Brussels' → GBR, BEL); with ``regions`` also the
        regions abroad it names ('relief from Africa' → AFR); a country that only names a war
        (a modifier of one of ``wars``: 'the Iraq war', 'the Falklands war') is left out when
        ``wars`` are given. Worked out once per token range."""
        start, end = (0, len(span)) if isinstance(span, Doc) else (span.start, span.end)
        key = (start, end, regions, wars) if end > start else (0, 0, regions, wars)
        known = self._owners.get(key)
        if known is not None:
            return known
        out: set[str] = set()
        found = list(self._matches_at(list(range(start, end))))
        qualifiers: set[int] = set()  # the ', Alabama' of 'Birmingham, Alabama'
        for a, b, term in found:
            if a in qualifiers:
                continue
            qualifier = self._town_qualifier(self.doc[b - 1], term)
            if qualifier is not None:  # 'in Paris, Texas': American, not French
                span, iso3 = qualifier
                qualifiers.update(range(span.start, span.end))
                out.add(iso3 or term.country)
                continue
            if term.source == "institution" and self._bearer(a, b, term, found) != term.country:
                continue  # "Canada's House of Commons", 'the Colombian Senate': theirs
            if wars and self._names_a_war(term, b - 1, wars):
                continue  # 'because of the Iraq war': the war's name, no party
            if term.country:
                out.add(term.country)
            elif (term.code or "").startswith("IGO"):
                out.add(term.code[:6])
            elif regions and term.kind == "group" and term.source == "organization":
                out.add(term.code or term.name)  # a region ('aid to Africa'): LAM, AFR, ASA
        known = self._owners[key] = frozenset(out)
        return known

    def countries_named(self, span) -> frozenset[str]:
        """The countries a span names by their own names, demonyms or capitals ("Benin's main
        opposition party", 'the ruling party in Botswana'), not only through a party, a person
        or a body of theirs ('the Tories', 'the Labour leader': ``owners_named`` has those), nor
        through a people with no state of its own ('the main Tamil party': ethnic_groups.tsv)."""
        return frozenset(
            term.country
            for _, _, term in self._matches_at(list(range(span.start, span.end)))
            if term.country
            and term.source in _NATIONAL_SOURCES
            and term not in self.gaz.ethnic_terms
        )

    def _names_a_war(self, term: Term, i: int, wars: frozenset[str]) -> bool:
        """Whether ``term``, a name ending at token ``i``, only modifies a war's noun ('the Iraq
        war', 'the Iran-Iraq war'), through the compounds of that noun, or stands just before
        it in a longer compound ('his anti Iraq war stance', parsed as the stance's). A capital
        never does: it speaks for its government ('Baghdad war communiques')."""
        if term.source == "capital":
            return False
        tok = self.doc[i]
        if i + 1 < len(self.doc) and self.doc[i + 1].lower_ in wars and tok.dep_ == "compound":
            return True
        while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
            tok = tok.head
            if tok.lower_ in wars:
                return not any(c.dep_ == "poss" for c in tok.children)
        return False

    def _names_wars_only(self, h, found: list[tuple[int, int, Term]] | None = None) -> bool:
        """Whether every country the phrase of ``h`` names only modifies a war's noun ('the
        Iraq war', 'his anti Iraq war stance'): a war's name, not a party to whom a bare office
        or pronoun around it belongs. ``found``: the phrase's matches, if already read."""
        if found is None:
            found = self._match(self._phrase(h))
        return bool(found) and all(
            self._names_a_war(term, b - 1, NAMED_WARS) for _, b, term in found
        )

    def _bearer(
        self, start: int, end: int, term: Term, found: list[tuple[int, int, Term]]
    ) -> str | None:
        """The country of an institution named at ``start``-``end`` among the phrase's
        matches ``found``: a country or adjective beside it whose body bears the same bare
        name ("New Zealand's House of Representatives": New Zealand's), else its own."""
        shared = self._shared_with(start, end, term) if term.source == "institution" else None
        for _, _, other in found if shared else ():
            if other.source in ("country", "adjective") and other.country in shared:
                return other.country
        return term.country

    def _shared_with(self, start: int, end: int, term: Term) -> frozenset[str]:
        """The other countries whose body bears the bare name of the institution ``term``
        named at tokens ``start``-``end`` ('Senate', 'House of Commons'); empty for a name
        only one country's body bears."""
        key = _norm(self.doc[start:end].text)
        if self.gaz.terms.get(key) is not term:
            return frozenset()
        return self.gaz.shared_names.get(key, frozenset())

    def topic_country(self, before: int) -> str | None:
        """The country the sentences before token ``before`` are about (their last subject
        with a country, else the last country named)."""
        self._read_until(before)
        return self._topic_country(before)

    def read_through(self, sent) -> None:
        """Read every sentence up to and including ``sent`` that is not read yet, in order."""
        if sent.end > self._noted_until:
            self._read_until(sent.end - 1)

    def note_sentence(self, sent) -> None:
        """Read one sentence into memory: titles, names, mentions and the pair it names."""
        if sent.end <= self._noted_until:
            return
        self._noted_until = sent.end
        found: list[tuple[object, list[Actor]]] = []
        doc = sent.doc
        rows = word_rows(doc)  # a Token only for the words of an argument's part of speech
        for i in range(sent.start, sent.end):
            if rows[i][POS_COL] not in _ARG_POS_IDS:
                continue
            tok = doc[i]
            if tok.dep not in _ARG_DEP_IDS:
                continue
            actors = self._resolved(tok)
            if actors:
                found.append((tok, actors))
        self._note_pair(found)
        self._note_regional_words(sent)

    def _spelled_out_as(self, h) -> list[Actor]:
        """Who an all-capitals word stands for when the text spelled it out before, in brackets
        right after a name that resolves to a body with a country ('the Mozambique National
        Resistance (MNR)'), or as a name whose words' initials it is ('rebels of the Somali
        National Movement … The SNM said'), when the gazetteer does not know the capitals or
        the brackets spell out another body ('the Financial Services Authority (FSA)'); []
        otherwise."""
        if self._spelled_out is None:
            doc = self.doc
            self._spelled_out = {}
            for i in _bracket_opens(doc):  # a Token only for a word in brackets
                if doc[i].text == "(" and doc[i + 2].text == ")" and _acronym(doc[i + 1]):
                    self._spelled_out.setdefault(doc[i + 1].text, i)
            for initials, end in _initialled_names(doc):
                self._spelled_out.setdefault(initials, end)
        at = self._spelled_out.get(h.text)
        if at is None or at >= h.i:
            return []
        named = [  # '… Armed Forces of Colombia (XYZ)': a body, not the state its name ends with
            a for a in self._resolved(self.doc[at - 1]) if a["country"] and a["kind"] != "country"
        ]
        bracketed = self.doc[at].text == "("
        if self.gaz.lookup(h.text) is not None and not (named and bracketed):
            return []  # a body the gazetteer knows by its capitals ('FARC') stays that body,
            # unless spelled out in brackets as another ('Financial Services Authority (FSA)')
        return [dict(a, text=h.text) for a in named]  # type: ignore[misc]

    def _note_regional(self, term: Term) -> None:
        """Remember the country a capitalised 'the North' or 'the South' stands for from a
        country or its adjective named with that word ('North Korea', 'South Korean')."""
        first = term.name.split()[0]
        if first in ("North", "South") and term.country:
            self._regional[first.lower()] = term.country

    def _note_regional_words(self, sent) -> None:
        """'South Korean troops returned fire': 'the South' is South Korea from here on, though
        the adjective is no argument of any event (a country named as one is read already)."""
        doc = sent.doc
        rows = word_rows(doc)  # a Token only for a 'North' or 'South'
        for i in range(sent.start, sent.end - 1):
            if rows[i][ORTH_COL] not in _NORTH_SOUTH_IDS:
                continue
            tok = doc[i]
            if tok.text in ("North", "South"):
                term = self.gaz.lookup(f"{tok.text} {doc[tok.i + 1].text}")
                if term is not None and term.source == "adjective":
                    self._note_regional(term)

    def note_context(self, mentions: list[ContextMention], before: int) -> None:
        """Remember the actors of sentences that were never parsed, read just before token
        ``before`` (the first of the parsed sentences they precede): later pronouns, bare
        surnames, titles ('the minister') and pairs ('the two sides') may stand for them."""
        at = before - 0.5  # between the parsed sentences, inside the window of the next one
        parties: list[Actor] = []
        for mention in mentions:
            insort(
                self._mentions,
                _Mention(at, mention.actor, mention.subject, True, mention.coordinated),
            )
            if mention.person is not None:
                person = mention.person
                words = _norm(person.name).split()
                self._people.setdefault(" ".join(words), person)
                self._people.setdefault(words[-1], person)
                if person.role and person.country:
                    self._by_role.setdefault((person.country, person.role), person)
                    self._by_role.setdefault((None, person.role), person)
            owner = _party_owner(mention.actor)
            if owner and not mention.located and all(_party_owner(p) != owner for p in parties):
                parties.append(mention.actor)
        if len(parties) >= 2:
            self._pairs.append((at, parties[:2]))

    def note_unread(self, sentences: list[str], before: int) -> None:
        """Keep unparsed sentences read before token ``before`` beyond the context
        ``note_context`` reads: a person named there with a title and a country ('Japanese
        Finance Minister Kiichi Miyazawa') is who a later bare surname ('Miyazawa, after
        meeting Baker, said') stands for when nothing else names him."""
        self._unread.append((before, sentences))

    # -- memory --------------------------------------------------------------------------
    def _read_until(self, i: int) -> None:
        """Read every sentence up to the one holding token ``i``, in document order."""
        if i < self._noted_until:
            return
        starts = sentence_starts(self.doc)
        k = bisect_right(starts, self._noted_until) - 1
        while self._noted_until <= i and k < len(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
            if end > self._noted_until:
                self.note_sentence(self.doc[starts[k] : end])
            k += 1

    def _resolved(self, tok) -> list[Actor]:
        actors = self._cache.get(tok.i)
        if actors is None:
            if tok.i in self._resolving:  # 'the two sides' looking back at a pair that looks
                return []  # back at it: no answer, rather than endless recursion
            self._resolving.add(tok.i)
            try:
                actors = self._resolve_one(tok)
                if self.voice is not None and not any(a["country"] for a in actors):
                    actors = self._voiced(tok) or actors
            finally:
                self._resolving.discard(tok.i)
            self._cache[tok.i] = actors
            subject = tok.dep_ in _SUBJECT_DEPS or (
                tok.dep_ == "conj" and tok.head.dep_ in _SUBJECT_DEPS
            )
            found = self._phrase_matches.pop(tok.i, None)
            if actors and self._names_wars_only(tok, found):
                return actors  # 'over his anti Iraq war stance': no country of the text around
            main = subject and _main_verb(tok.head if tok.dep_ != "conj" else tok.head.head)
            for actor in actors:
                insort(self._mentions, _Mention(tok.i, actor, subject, main=main))
            if tok.dep_ in _SUBJECT_DEPS and actors and tok.conjuncts:
                group = list(actors)
                for conj in tok.conjuncts:
                    group.extend(self._resolved(conj))
                if len(group) > 1:
                    self._groups.append((tok.i, group))
        return actors

    def _note_pair(self, found: list[tuple]) -> None:
        """Remember the sentence's pair of parties for a later 'the two sides': two named
        together ('Turkey and Greece', 'talks between Iran and Iraq') if the sentence has
        such a pair, else its first two of different countries or bodies. Bodies of no
        country ('reporters': ---MED) are no party. ``found`` holds (token, its actors)."""
        kept = [
            (tok, actors)
            for tok, actors in found
            if not (tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS)
            and not (tok.pos_ == "PRON" or tok.dep_ == "poss")
        ]
        by_token = {tok.i: actors for tok, actors in kept}
        together = (
            _distinct_parties(
                [by_token[tok.i], *(by_token.get(c.i, []) for c in tok.conjuncts if c.i > tok.i)]
            )
            for tok, _ in kept
        )
        pair = next((p for p in together if len(p) >= 2), None)
        parties = pair or _distinct_parties([actors for _, actors in kept])
        if len(parties) >= 2:
            self._pairs.append((found[0][0].i, parties[:2]))

    def _remember(self, person: _Person, tokens: list, titled: bool = True) -> None:
        """Remember a person by name and by role. A role the text does not give (``titled``
        false: the leaders list's or the dictionaries') does not displace another holder
        of that office already named: an undated article naming two holders of one office
        ("Tony Blair" … "Gordon Brown", both prime ministers in the hand list) keeps the
        first for a later "the prime minister"."""
        full = _norm(person.name)
        self._people[full] = person
        parts = [t.lower_ for t in tokens if t.pos_ == "PROPN" or t.tag_ == "NNP"]
        if parts:
            self._people[parts[-1]] = person
            self._people.setdefault(parts[0], person)
        if person.role:
            for key in ((person.country or person.owner, person.role), (None, person.role)):
                held = self._by_role.get(key)
                if titled or held is None or held is person or held.country != person.country:
                    self._by_role[key] = person

    def _last_mention(
        self,
        before: int,
        kinds: frozenset[str],
        prefer_subject: bool,
        exclude: frozenset[str] = frozenset(),
        singular: bool = False,
        prefer_main: bool = False,
        sex: str | None = None,
    ) -> Actor | None:
        """The actor of the last mention of one of ``kinds`` in the pronoun window before
        ``before`` (a subject's first when ``prefer_subject``); for a ``singular`` pronoun
        ('it', 'its') not one named by a plural common noun ('Turkish jets', 'the troops');
        for a pronoun of one ``sex`` no person whose name or title tells the other ('she'
        is not 'President Bush').
        With ``prefer_main``, the subject of a sentence's own verb in this sentence or the one
        before comes first ('Libya's news agency said the Chadian army had attacked its
        positions. It accused …': the agency, not the army of the clause it reported)."""
        fallback = None
        if prefer_main:
            found = self._last_main_subject(before, kinds)
            if found is not None:
                return found
        for mention in self._window_mentions(before):
            if mention.actor["kind"] not in kinds or mention.actor["name"] in exclude:
                continue
            if sex is not None and _sex(mention.actor) not in (None, sex):
                continue
            if singular and not mention.unparsed and self.doc[int(mention.i)].tag_ == "NNS":
                continue  # 'it' is no plural force: 'said Turkish jets struck … It called'
            if singular and mention.actor["kind"] == "group" and not self._named_body(mention):
                continue  # 'it' is a group by its name ('Hamas … Its gunmen'), no people
            if not prefer_subject or mention.subject:
                return mention.actor
            if fallback is None:
                fallback = mention.actor
        return fallback

    def _body_read_as_person(self, mention: _Mention) -> bool:
        """A mention read as a person whose phrase is headed by a body's noun
        (``body_heads``: 'the Nicaraguan Foreign Ministry', 'the Presidium of the party'):
        a body that an 'it' may stand for."""
        if mention.actor["kind"] != "person" or mention.actor["country"] is None:
            return False
        return self.doc[int(mention.i)].lower_ in _BODY_HEADS

    def _named_body(self, mention: _Mention) -> bool:
        """A group mention that names one body by its name ('Hamas', 'militant group Hamas',
        coded with a sector), not a people ('Israelis', coded by the bare country) or a role
        ('Palestinian prisoners'): what a singular 'it' or 'its' can stand for."""
        actor = mention.actor
        if actor["role"] is not None or actor["code"] is None:
            return False
        return actor["code"] != actor["country"]  # 'PSEREB', not a people's bare 'ISR'

    def _last_main_subject(self, before: int, kinds: frozenset[str]) -> Actor | None:
        """The last subject of a sentence's own verb, of one of ``kinds`` and named by no
        plural, from the start of the sentence before ``before``'s on."""
        floor = self._sentence_start(before, 1)
        for mention in self._window_mentions(before):
            if mention.i < floor:
                return None
            if not mention.main or mention.unparsed:
                continue
            if mention.actor["kind"] not in kinds and not self._body_read_as_person(mention):
                continue
            if self.doc[int(mention.i)].tag_ != "NNS":
                return mention.actor
        return None

    # -- resolution ----------------------------------------------------------------------
    def _qualifies_a_town(self, h) -> bool:
        """Whether ``h`` ends the name after a known town's name and a comma ('Alabama' in
        'Birmingham, Alabama'), which says where the town lies and names no actor."""
        qualifier = self._town_qualifier(h.head, self.gaz.lookup(h.head.text))
        return qualifier is not None and qualifier[0].end - 1 == h.i

    def _town_qualifier(self, town, term: Term | None) -> tuple[Span, str | None] | None:
        """``town_qualifier`` of a token of this document whose gazetteer entry ``term`` is a
        town's (a capital's or a place's, with its country), worked out once per token and
        country; None for any other entry."""
        if term is None or term.source not in ("capital", "place") or not term.country:
            return None
        own = term.country
        key = (town.i, own)
        if key not in self._qualifiers:
            self._qualifiers[key] = town_qualifier(town, own, self.gaz)
        return self._qualifiers[key]

    def _resolve_one(self, h) -> list[Actor]:
        low = h.lower_
        if h.i < self._dateline_end():
            return []
        if low == "both" and h.dep_ in _SUBJECT_DEPS and not h.n_lefts + h.n_rights:
            return self._pair(h)  # 'Both exchanged prisoners': the pair named before
        if low == "two" and h.dep_ == "nsubj" and _the_alone(h):
            return self._pair(h)  # '… and the two signed an accord': the pair named before
        if low == "it" and _expletive(h):
            return []  # 'It was agreed that …': no one in particular
        if _private_body(h):
            return []  # 'The American Meat Institute welcomed the tariffs': no state's body
        if h.dep_ in ("amod", "compound") and self._names_currency(h.i + 1):
            return []  # 'the French franc zone', 'the U.S. dollar': a currency, no party
        if h.dep_ == "appos" and self._qualifies_a_town(h):
            return self._resolved(h.head)  # 'Georgia' in 'Atlanta, Georgia': the town's
        if (h.pos_ == "PRON" or h.tag_ in ("PRP", "PRP$", "WP", "WDT", "WP$")) and not _acronym(h):
            named = _bracketed_name(h)
            found = self._resolved(named) if named is not None else []
            if found:  # 'They (the Kuwaitis) have also asked': the writer says who
                return [dict(a, text=h.text) for a in found]  # type: ignore[misc]
            return self._pronoun(h, low)
        if _descriptor_of_name(h):
            return []  # 'The guerrilla movement | Polisario Front attacked': one actor, the name
        if low in _PAIR_NOUNS and any(c.lower_ in _PAIR_MARKERS for c in h.children):
            return self._pair(h)
        counted = _counted_states(h)
        if counted:  # 'the three European powers', 'the three': the three states named before
            return self._named_states(h, counted)
        styled = _self_styled_name(h)
        if styled is not None:  # 'a group calling itself the National Patriotic Front of
            found = self._resolved(styled)  # Liberia': the name it gives itself says whose
            if found:
                return [dict(a, text=h.text) for a in found]  # type: ignore[misc]
        if low in DIVIDED_STATES:  # 'the two Koreas': each of the nation's states
            return [
                _actor(h.text, self.gaz.country_name(iso3), "country", iso3, None, iso3)
                for iso3 in DIVIDED_STATES[low]
            ]
        spelled = self._spelled_out_as(h) if _acronym(h) else []
        if spelled:  # 'the Mozambique National Resistance (MNR)' … 'the MNR ambushed …'
            return spelled
        if low in ("north", "south") and h.text[0].isupper() and low in self._regional:
            iso3 = self._regional[low]
            return [_actor(h.text, self.gaz.country_name(iso3), "country", iso3, None, iso3)]
        if low in _COLLECTIVE_HEADS:
            of_object = self._of_object(h)
            if of_object is not None:
                actors = self._resolved(of_object)
                if actors:
                    return [
                        dict(a, text=h.doc[h.left_edge.i : of_object.i + 1].text) for a in actors
                    ]  # type: ignore[misc]
        if (low == "seven" or low in _G7_NATIONS) and self._is_g7(h, low):
            g7 = self.gaz.lookup("G7")
            if g7 is not None:
                text = self.doc[h.left_edge.i : h.i + 1].text
                return [_actor(text, g7.name, g7.kind, None, None, g7.code)]
        if self._inside_name_named_rightward(h):
            return []  # 'Front' in 'the Jammu and Kashmir Liberation Front': its first word's
        named_right = self._body_named_rightward(h)
        if named_right is not None:  # 'Reporters Without Borders', not reporters of a country
            end, body = named_right
            return [
                _actor(
                    self.doc[h.i : end].text, body.name, body.kind, body.country, None, body.code
                )
            ]
        if names_a_body(h):
            body = self._body_referred_to(h, low)
            if body is not None:  # 'the community' after 'European Community ministers'
                return [body]
        if h.pos_ == "NOUN" and self._plain_noun(h, low):
            return []
        prefixed = self._prefixed_ship(h)
        if prefixed is not None:  # 'the USS Vincennes', 'HMS Glasgow': the navy's ship
            return prefixed
        warship = self._warship_named(h)
        if warship is not None:  # 'the carrier Eisenhower': a ship, not the president
            return warship
        ship = self._ship_named(h)
        if ship is not None:  # 'the freighter Kuwait Pride': a ship, not Kuwait
            return ship
        phrase = self._phrase(h)
        terms = [m for m in self._match(phrase) if not self._opens_longer_name(*m)]
        self._phrase_matches[h.i] = terms
        head_match = next(((a, b, t) for a, b, t in terms if a <= h.i < b), None)
        head_term = head_match[2] if head_match else None
        if head_match is not None and self._inside_longer_name(h, *head_match):
            head_term = None  # "Michael Jordan", "Paris Hilton"
        elif head_match is not None and self._person_named_as_place(
            h, head_match[0], head_match[2]
        ):
            terms = [m for m in terms if m is not head_match]  # "Mr Ghor", "Kunar told …"
            head_term = None
        qualifier = self._town_qualifier(h, head_term)
        if qualifier is not None and head_term is not None:
            span, iso3 = qualifier
            if iso3 and (iso3 != head_term.country or head_term.source == "place"):
                # 'in Paris, Texas': America's, not France's; 'Atlanta, Georgia': no person
                text = self.doc[h.left_edge.i : span.end].text
                return [_actor(text, self.gaz.country_name(iso3), "country", iso3, None, iso3)]
        if head_term is not None and head_term.source == "leader":
            given = _norm(self._person_name(h)[0]).split()[:-1]
            if given and not same_given_name(given[0], head_term.name):
                head_term = None  # "Gerhard Stoltenberg" is not "Jens Stoltenberg"
            elif not given and self._named_otherwise(low, head_term):
                head_term = None  # "Mrs Hassan" after "aid worker Margaret Hassan"
        if head_term is not None and head_term.source != "place":
            return self._from_term(h, phrase, terms, head_term)
        if low in _ORG_HEADS:
            named = [
                t
                for a, b, t in terms
                if t.source in ("organization", "institution") and not self._is_stance_prefix(a, b)
            ]
            if named:
                return self._from_term(h, phrase, terms, named[-1])
            called = _name_in_apposition(h)
            found = self._resolved(called) if called is not None else []
            if found and all(a["country"] for a in found):
                # 'the militant group Hamas': the name after the noun says whose
                return [dict(a, text=self.doc[h.left_edge.i : called.i + 1].text) for a in found]  # type: ignore[misc]
        named = self._named_instance(h)
        if named is not None:
            top, role = named
            if top.i != h.i:  # "... Leftwich and Hoel": the conjuncts share the first's owner
                return [dict(a, text=h.text) for a in self._resolved(top)]  # type: ignore[misc]
            return self._from_role(h, phrase, terms, role)
        person = self._person(h, phrase, terms)
        if person is not None:
            return [person]
        role = self._role(h, phrase)
        if role is None and (low in _ORG_HEADS or low in _COLLECTIVE_HEADS):
            role = self._modifier_role(h)  # "opposition groups", "rebel movement"
        if role is not None:
            return self._from_role(h, phrase, terms, role)
        if h.ent_type_ in ("ORG", "NORP", "GPE", "FAC") and h.pos_ == "PROPN":
            return self._from_entity(h, phrase, terms, head_term)
        if head_term is not None and h.pos_ == "PROPN" and h.ent_type_ in ("PERSON", ""):
            # a town the tagger took for a person or missed ('shelled Trincomalee'); a place
            # inside a longer name ('Paris Hilton') lost its head term above
            return self._from_entity(h, phrase, terms, head_term)
        if h.pos_ == "NOUN":
            return self._national_thing(h, phrase, terms)
        return []

    def _is_g7(self, h, low: str) -> bool:
        """The Group of Seven named by number: 'the seven major industrial democracies'
        (a plural of states counted seven and called industrial), or 'the Seven' / 'the
        seven' alone as a party after the article named the group ('G-7', 'the seven
        leading industrial nations')."""
        if low != "seven":  # 'democracies', 'nations' …
            lefts = [c.lower_ for c in h.lefts]
            return ("seven" in lefts or "7" in lefts) and any(w in _G7_WORDS for w in lefts)
        if h.dep_ in ("nummod", "compound", "quantmod") or not any(
            c.lower_ == "the" for c in h.lefts
        ):
            return False  # 'seven ministers', 'seven of them'
        if any(c.dep_ == "prep" for c in h.children):
            return False  # 'the seven of them'
        before = self.doc[: h.i].text
        return bool(_G7_NAMED.search(before))

    def _named_otherwise(self, surname: str, leader: Term) -> bool:
        """Whether the article already named someone else with this surname (a bare surname
        then means that person, not the listed leader)."""
        known = self._people.get(surname)
        if known is None:
            return False
        words = _norm(known.name).split()
        return len(words) > 1 and words[-1] == surname and words != _norm(leader.name).split()

    def _flag_terms(self, h, phrase) -> list[tuple[int, int, Term]]:
        """ "U.S.-flagged", "Panamanian-registered" written as one token: the country named
        before the hyphen owns the head."""
        out = []
        for tok in phrase:
            if tok.i >= h.i or "-" not in tok.text:
                continue
            prefix, _, suffix = tok.text.rpartition("-")
            if suffix.lower() in FLAG_SUFFIXES:
                term = self.gaz.lookup(prefix)
                if term is not None and term.country:
                    out.append((tok.i, tok.i + 1, term))
        return out

    def _national_thing(self, h, phrase, terms) -> list[Actor]:
        """A noun with a national modifier and no role of its own: "Syrian artillery fire",
        "Cuban advisers", "a Liberian-flagged tanker" → that country, with the sector an agent
        noun in the phrase gives (artillery → MIL)."""
        if h.lower_ in _NOT_OWNED_HEADS or _is_event_noun(h.lower_):
            return []  # "US attacks": an event, whose owner ``owners`` gives
        if h.lower_ in _CONFLICT_NOUNS and (h.dep_ in _SUBJECT_DEPS or h.head.dep_ == "agent"):
            return []  # 'threatened by the Iran-Iraq war': a war does nothing of its own
        national = [
            (a, b, t)
            for a, b, t in sorted([*terms, *self._flag_terms(h, phrase)], key=lambda x: x[0])
            if t.source in _NATIONAL_SOURCES
            and t.country
            and b <= h.i
            and not self._is_stance_prefix(a, b)
            and not self._names_currency(b)  # 'the French franc zone': no French thing
        ]
        if not national:
            return []
        a, b, term = national[0]
        low = h.lower_
        sector = self._modifier_sector(h, phrase, _AGENT_SECTORS) or self.gaz.agent_sector(low)
        kind = "military" if sector == "MIL" else "group"
        text = self._text(h, phrase)
        name = f"{self.gaz.country_adjective.get(term.country, term.name)} {h.lower_}"
        out = [_actor(text, name, kind, term.country, None, _code(term.country, sector))]
        for _, _, other in national[1:]:
            if other.country != term.country and all(o["country"] != other.country for o in out):
                other_name = f"{self.gaz.country_adjective.get(other.country, other.name)} {low}"
                code = _code(other.country, sector)
                out.append(_actor(text, other_name, kind, other.country, None, code))
        return out

    def _prefixed_ship(self, h) -> list[Actor] | None:
        """A ship's name after a navy's prefix (``ship_prefixes`` of actor_words.json: 'the USS
        Vincennes', 'HMS Glasgow'): that state's armed force, whatever the name would say as a
        person's or a town's. None when ``h`` is no such name."""
        if h.pos_ != "PROPN" or h.dep_ == "compound":
            return None
        prefix = next(
            (c for c in h.lefts if c.dep_ == "compound" and c.text in _SHIP_PREFIXES), None
        )
        if prefix is None:
            return None
        iso3 = _SHIP_PREFIXES[prefix.text]
        name = f"{self.gaz.country_adjective.get(iso3, self.gaz.country_name(iso3))} warship"
        text = self.doc[h.left_edge.i : h.i + 1].text
        return [_actor(text, name, "military", iso3, None, _code(iso3, "MIL"))]

    @cached_property
    def _names_warships(self) -> bool:
        """Whether a word of the doc is a warship noun (``warship_nouns``), read once off its
        word rows: ``_warship_named`` otherwise walks the doc's tokens before each capitalised
        'the' name ('the Vincennes') for one."""
        warships = string_ids(_WARSHIP_NOUNS)
        return any(row[LOWER_COL] in warships for row in word_rows(self.doc))

    def _warship_named(self, h) -> list[Actor] | None:
        """A warship's name (``warship_nouns`` of actor_words.json) the name's own reading
        would make a person, a town or a common noun: after the noun ('the destroyer John
        Rodgers', 'the frigate Vincennes', tagged a plural noun) or in apposition right after
        it ('the carrier | Eisenhower'), the ship the noun names, of the noun's country or the
        context's; named again alone after the article named it so ('the Vincennes had been
        fighting'), that ship again. None when ``h`` is no such name."""
        if not _capitalised_name(h) or not self._names_warships:
            return None  # each reading below needs a warship noun somewhere in the doc
        if h.dep_ == "appos" and h.head.i == h.left_edge.i - 1 and h.head.lower_ in _WARSHIP_NOUNS:
            found = self._resolved(h.head)
            text = self.doc[h.head.left_edge.i : h.i + 1].text
            return [dict(a, text=text) for a in found] if found else None  # type: ignore[misc]
        if any(c.lower_ in _WARSHIP_NOUNS for c in _title_nouns(h)):
            if h.pos_ == "PROPN" and self.gaz.person(_norm(h.text), self.date) is None:
                return None  # 'the frigate Stark': _named_instance reads it
            named = self._named_instance(h, warship=True)
            if named is None:
                return None
            top, role = named
            if top.i != h.i:
                return [dict(a, text=h.text) for a in self._resolved(top)]  # type: ignore[misc]
            phrase = self._phrase(h)
            return self._from_role(h, phrase, self._match(phrase), role)
        if not any(c.lower_ == "the" for c in h.lefts) or any(True for _ in _title_nouns(h)):
            return None
        first = next(
            (
                t
                for t in self.doc[: h.i]
                if t.text == h.text and any(c.lower_ in _WARSHIP_NOUNS for c in _title_nouns(t))
            ),
            None,
        )  # 'the cruiser Vincennes shot down …' … 'the Vincennes had been fighting'
        if first is None:
            return None
        found = self._resolved(first)
        return [dict(a, text=h.text) for a in found] if found else None  # type: ignore[misc]

    def _ship_named(self, h) -> list[Actor] | None:
        """A ship's name that holds a state's name or adjective, after a vessel noun ('the
        tanker Cyprus Sun', 'the freighter Kuwait Pride') or with one in apposition ('the
        Saudi Glory, a Liberian-flagged tanker'): only that noun's own modifiers tell whose
        ship it is (Liberia's), never the name. None when ``h`` is no such name."""
        if h.pos_ != "PROPN":
            return None
        vessel = _vessel_of_name(h)
        if vessel is None:
            return None
        name = [t for t in h.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [h]
        if not any(t.source in ("country", "adjective") for _, _, t in self._match(name)):
            return None
        if vessel.head.i == h.i:  # 'the freighter Kuwait Pride', 'X, a Liberian tanker'
            return [dict(a, text=h.text) for a in self._resolved(vessel)]  # type: ignore[misc]
        return []  # 'the tanker Cyprus Sun': the tanker is read on its own

    def _named_instance(self, h, warship: bool = False) -> tuple[object, Role] | None:
        """ "the destroyers Kidd, Young and Hoel", "the frigate Stark": ship or unit names after
        a common noun of force or vessel; the names are that kind of actor, not people (with
        ``warship``, a capitalised name after a warship's noun, though a person's name or
        tagged a common noun: 'the carrier Eisenhower', 'the frigate Vincennes')."""
        if not warship and (
            h.pos_ != "PROPN" or self.gaz.person(_norm(h.text), self.date) is not None
        ):
            return None
        top = h
        while top.dep_ == "conj" and top.head.i < top.i and top.head.pos_ == "PROPN":
            top = top.head
        for child in _title_nouns(top):
            role = self._role(child, [child])
            if role is not None and role.kind != "person" and role.sector in _VESSEL_SECTORS:
                return top, role
        return None

    def _dateline_end(self) -> int:
        """Index of the dash ending an opening dateline ("KYIV, Ukraine —"), else 0."""
        if self._dateline is None:
            self._dateline = 0
            doc = self.doc
            k = 0  # "UNITED NATIONS, Oct 20 -", "BUENOS AIRES, March 3 -": the place in capitals
            while k < min(4, len(doc)) and doc[k].is_upper and doc[k].is_alpha:
                k += 1
            if 0 < k < len(doc) - 1 and doc[k].text in (",", "("):
                for tok in doc[:12]:
                    if tok.text in ("—", "–", "-", "--"):
                        self._dateline = tok.i
                        break
        return self._dateline

    def _plain_noun(self, h, low: str) -> bool:
        """A common noun that cannot denote an actor: no role word, no capitalised modifier."""
        if (
            low in self.gaz.roles
            or low in _COLLECTIVE_HEADS
            or low in _ORG_HEADS
            or low in _PAIR_NOUNS
        ):
            return False
        if low.endswith("s") and low[:-1] in self.gaz.roles:
            return False
        if any(
            f"{m.lower_} {low}" in self.gaz.roles for m in h.lefts if m.dep_ in ("amod", "compound")
        ):
            return False  # 'a grand jury', 'federal agents': a role of two words
        if low in self.gaz.terms or h.text in self.gaz.cased:
            return False
        if h.is_title and low in self._people and not h.n_lefts:
            return False  # 'Nakasone hopes to …' tagged a common noun, after 'Nakasone'
        if h.is_title and h.ent_type_ == "PERSON" and not h.n_lefts and self._listed_leader(h):
            return False  # 'Rabin and King Hussein met': a listed leader tagged a common noun
        return not any(
            t.text[:1].isupper()
            for child in h.lefts
            if child.dep_ in _PHRASE_DEPS
            for t in child.subtree
        )

    def _listed_leader(self, h) -> bool:
        """A surname the hand list of leaders (leaders.tsv) names on the article's day."""
        return self.gaz.person(_norm(h.text), self.date, surname=True, dictionary=False) is not None

    @staticmethod
    def _inside_longer_name(h, start: int, end: int, term: Term) -> bool:
        """A place name inside a longer person's name ("Michael Jordan", "Paris Hilton"), or
        a party name inside a longer one ("the ruling National Democratic Party")."""
        ent = entity_span(h)
        if ent is None:
            return False
        if h.ent_type_ == "PERSON" and term.source not in ("leader", "organization", "institution"):
            return ent.start < start or ent.end > end
        if h.ent_type_ == "ORG" and term.source == "organization" and term.country:
            return ent.start < start and ent[0].pos_ == "PROPN" and ent[0].i < start
        return False

    def _opens_longer_name(self, start: int, end: int, term: Term) -> bool:
        """A listed leader's one-word name that opens a longer person's name: 'General Tito
        Okello' is not Tito, 'Sharon Stone' not Sharon (the leader's full name, when written,
        is matched whole and is no one-word match)."""
        if term.source != "leader" or end - start != 1 or end >= len(self.doc):
            return False
        first, after = self.doc[start], self.doc[end]
        return (
            first.ent_type_ == "PERSON"
            and after.ent_type_ == "PERSON"
            and after.ent_iob_ == "I"
            and after.pos_ == "PROPN"
            and after.text[:1].isupper()
        )

    def _person_named_as_place(self, h, start: int, term: Term) -> bool:
        """A place name used as a person's: after a courtesy title or office ("Mr Ghor",
        "President Kunar"), or tagged a person and speaking ("Kunar told reporters")."""
        if term.source != "place":
            return False
        before = h.doc[start - 1] if start > 0 else None
        if (
            before is not None
            and before.head.i == h.i
            and before.text[:1].isupper()
            and (before.lower_.rstrip(".") in NAME_OPENERS or before.lower_ in self.gaz.roles)
        ):
            return True
        return h.ent_type_ == "PERSON" and h.dep_ in _SUBJECT_DEPS and _speaks(h.head)

    @staticmethod
    def _of_object(h):
        for child in h.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _phrase(self, h) -> list:
        """The head and its left modifiers (with their subtrees), in order."""
        toks = [h]
        for child in h.lefts:
            if child.dep_ in _PHRASE_DEPS:
                toks.extend(child.subtree)
        # right-hand proper-noun parts of a name ("Kim Jong Un" parsed with Un as head is fine;
        # "Yoon Suk Yeol" may hang flat/compound children to the right)
        for child in h.rights:
            if child.dep_ in ("flat", "compound") and child.pos_ == "PROPN":
                toks.extend(child.subtree)
        toks = self._with_glued_names(sorted(toks, key=lambda t: t.i))
        # a parse that hangs a dateline on the subject ("March 16 - Philippines finance
        # minister ..."): keep only what follows the last dash or line break before the head
        cut = 0
        for k, tok in enumerate(toks):
            if tok.i < h.i and (tok.is_space or (tok.text in _BREAKS and _spaced(tok))):
                cut = k + 1
            elif tok.i < h.i and k and _name_opener(tok):
                cut = k  # 'the deal with Tanzania Mr Brown': the name starts at 'Mr'
        return toks[cut:] if cut else toks

    def _with_glued_names(self, toks: list) -> list:
        """Tokens in order, with a hyphen written with no space between two of them put back
        when the hyphenated words name a country or place ('Guinea-Bissau', 'Congo-Brazzaville':
        the parse hangs the hyphen as punctuation off the last word, so the name would be read
        as its first word alone); 'director-general' is left as it was."""
        out = toks[:1]
        for tok in toks[1:]:
            prev = out[-1]
            if tok.i == prev.i + 2 and not prev.whitespace_:
                mid = prev.doc[prev.i + 1]
                term = None
                if mid.text == "-" and not mid.whitespace_:
                    term = self.gaz.lookup(f"{prev.text}-{tok.text}")
                if term is not None and term.source in _GLUED_NAME_SOURCES:
                    out.append(mid)
            out.append(tok)
        return out

    def _match(self, phrase: list) -> list[tuple[int, int, Term]]:
        """Longest non-overlapping gazetteer matches in a phrase: (start i, end i, term)."""
        return list(self._matches(phrase))

    def _matches(self, phrase: list) -> Iterator[tuple[int, int, Term]]:
        """``_match`` one at a time, left to right (a caller that wants the first of some
        kind stops reading the rest of a long phrase)."""
        return self._matches_at([t.i for t in phrase])

    def _matches_at(self, idx: list[int]) -> Iterator[tuple[int, int, Term]]:
        """``_matches`` of the phrase of the doc's tokens at ``idx`` (in order)."""
        n = len(idx)
        table = self._table
        if table is None:
            table = self._table = _TokenTable(self.doc)
        texts = [table.text[i] for i in idx]
        spaced = [table.spaced[i] for i in idx]
        starts: list[int] = []  # where each token's text starts in ``joined``
        at = 0
        for j in range(n):
            starts.append(at)
            at += len(texts[j]) + spaced[j]
        joined = "".join(
            [text + " " if sp else text for text, sp in zip(texts, spaced, strict=True)]
        )
        next_capital = [n] * (n + 1)  # the first capitalised token at or after each one
        for j in range(n - 1, -1, -1):
            next_capital[j] = j if texts[j][:1].isupper() else next_capital[j + 1]
        skip_start = [table.never_starts[i] for i in idx]
        bad_end = [table.never_ends[i] for i in idx]
        space = [table.space[i] for i in idx]
        # the most words a span starting at each token may hold to be a name (0: none starts
        # there); the words of a span are counted from where its tokens begin words
        room = [_UNBOUNDED_WORDS] * n
        word_starts = [0] * (n + 1)  # tokens before each one that begin a word
        bounded = True
        max_words = self.gaz.max_words
        for j in range(n):
            text = texts[j]
            if space[j]:  # a line break between runs: no word of its own
                word_starts[j + 1] = word_starts[j]
                continue
            if text.split() != [text]:
                bounded = False  # a token with a space inside: count no words
            begins = not j or spaced[j - 1] or space[j - 1]
            word_starts[j + 1] = word_starts[j] + begins
            if not skip_start[j] and spaced[j]:
                room[j] = max_words(text)
                if not room[j]:
                    skip_start[j] = True  # no name, person or cased form starts with it
        if not bounded:
            room = [_UNBOUNDED_WORDS] * n
        lookup = self._term_of
        k = 0
        while k < n:
            if skip_start[k]:
                k += 1
                continue
            limit = min(n, k + _MAX_TERM_TOKENS)
            while limit - 1 > k and idx[limit - 1] - idx[k] != limit - 1 - k:
                limit -= 1  # keep the span contiguous in the text
            best = None
            first_capital = next_capital[k]
            tagged_proper = table.proper[idx[k]] if first_capital < limit else False
            for stop in range(limit, first_capital, -1):  # a name holds a capitalised word
                if bad_end[stop - 1]:
                    continue
                if 1 + word_starts[stop] - word_starts[k + 1] > room[k]:
                    continue  # more words than any name starting with this one
                text = joined[starts[k] : starts[stop - 1] + len(texts[stop - 1])]
                term = lookup(text, stop - k > 1 or tagged_proper)
                if (
                    term is not None
                    and term.kind == "person"
                    and self._in_compound_name(self.doc[idx[k]], self.doc[idx[stop - 1]])
                ):
                    break  # 'Petro-Canada': a name a person's name is part of
                if term is not None and stop - k == 1 and self._spelled_acronym(idx[k], text):
                    break  # 'Carlos Mena' is no MENA, the Egyptian news agency
                if term is not None and stop - k == 1 and self._given_name(idx[k], term):
                    break  # 'Karen Buck' is no Karen people of Burma
                if term is not None:
                    if stop - k == 1 and (
                        text in self.gaz.renamed_names or _norm(text) in self.gaz.shared_names
                    ):
                        term = self._longer_name(idx[k]) or self._renamed(term, idx[k])
                    elif stop - k == 1 and term.source in ("adjective", "people"):
                        term = self._qualified_before(idx[k], term)
                    best = (idx[k], idx[stop - 1] + 1, term, stop)
                    break
            if best is None:
                k += 1
                continue
            yield best[:3]
            k = best[3]

    def _spelled_acronym(self, i: int, text: str) -> bool:
        """Whether ``text`` at token ``i`` writes an acronym of the dictionaries as a word of
        a longer person's name ('Carlos Mena', 'Sana Haddad': not MENA, not SANA)."""
        if text.isupper() or _norm(text) not in self.gaz.acronyms:
            return False
        tok = self.doc[i]
        ent = entity_span(tok)
        return tok.ent_type_ == "PERSON" and ent is not None and len(ent) > 1

    def _given_name(self, i: int, term: Term) -> bool:
        """Whether a people's name at token ``i`` is the given name of a person named in full
        ('Karen Buck', no Karen people): a word that begins persons' names in the dictionaries,
        first of a person's name the parser tags, a capitalised word of that name after it."""
        if term.source != "people":
            return False
        tok = self.doc[i]
        if tok.lower_ not in self.gaz.people.given_names | self.gaz.officials.given_names:
            return False
        ent = entity_span(tok)
        return (
            tok.ent_type_ == "PERSON"
            and ent is not None
            and ent.start == i
            and len(ent) > 1
            and self.doc[i + 1].text[:1].isupper()
        )

    def _longer_name(self, i: int) -> Term | None:
        """The country or body of a longer name a name at token ``i`` ends, which the parser
        split ('the Republic of | Congo', 'the National People | 's Congress'): the longest
        such name that starts with a capital up to ``_LONGER_NAME_REACH`` tokens before."""
        for back in range(_LONGER_NAME_REACH, 0, -1):
            if i - back >= 0 and self.doc[i - back].text[:1].isupper():
                longer = self.gaz.terms.get(_norm(self.doc[i - back : i + 1].text))
                if longer is not None and longer.source in ("country", "institution"):
                    return longer
        return None

    def _body_named_rightward(self, h) -> tuple[int, Term] | None:
        """The organisation whose name starts at ``h`` and runs on to the right for two to
        ``_RIGHTWARD_NAME_REACH`` tokens ending in a capitalised word, which the parser heads by
        its first noun ('Reporters Without Borders', 'Physicians for Human Rights'), as (end
        token index, term); the longest such name, else None."""
        if not h.text[:1].isupper():
            return None
        last = h.sent.end
        for size in range(_RIGHTWARD_NAME_REACH, 1, -1):
            end = h.i + size
            if end > last or not self.doc[end - 1].text[:1].isupper():
                continue
            term = self.gaz.terms.get(_norm(self.doc[h.i : end].text))
            if term is not None and term.source == "organization":
                return end, term
        return None

    def _qualified_before(self, i: int, term: Term) -> Term:
        """The people the demonym at token ``i`` stands for once the article has named it
        with its state's demonym first ('Bosnian Serb forces' … 'the Serbs seized', 'a Serb
        shell': Bosnia's Serbs, not Serbia's; 'Bosnian Croats' … 'the Croats'), else
        ``term``."""
        found = self.gaz.qualified_peoples.get(self.doc[i].lower_)
        if found is None:
            return self._placed_before(i, term)
        keys, qualified = found
        first = self._qualified_at.get(keys)
        if first is None:
            text = self.doc.text.lower()
            places = [at for at in map(text.find, keys) if at >= 0]
            first = self._qualified_at[keys] = min(places, default=-1)
        if 0 <= first < self.doc[i].idx:
            return qualified
        tok = self.doc[i]
        head = tok.head if tok.dep_ in ("amod", "compound") else tok
        if self._acts_in_state_of(head, qualified.country):
            return qualified  # 'Serb forces massacred … at Srebrenica': Bosnia's Serbs
        return self._placed_before(i, term)

    def _acts_in_state_of(self, h, iso3: str | None) -> bool:
        """Whether the subject ``h`` acts in a place of ``iso3``: its clause's place or the
        town it strikes. A demonym of a people qualified by another state
        (``qualified_peoples``) on such a subject stands for that state's people: 'Serb
        forces massacred … at Srebrenica', 'Serbs shelled the town of Gorazde': Bosnia's
        Serbs, as the sets code them ('Serb forces … in Racak' stay Serbia's)."""
        node = h
        while node.dep_ == "pobj" and node.head.lower_ == "of":  # 'some of the Serb forces'
            node = node.head.head
        if not iso3 or node.dep_ not in _SUBJECT_DEPS or node.head.pos_ not in ("VERB", "AUX"):
            return False
        place = self._clause_place_country(node, deep=True) or self._struck_place_country(node)
        return place == iso3

    def _struck_place_country(self, h) -> str | None:
        """The country of a town or region the subject ``h``'s verb takes as its object
        ('shelled the town of Gorazde', 'overran Srebrenica'), or None."""
        for obj in h.head.children:
            if obj.dep_ != "dobj":
                continue
            for _, b, term in self._matches(list(obj.subtree)):
                if term.country and term.source in ("capital", "place"):
                    return town_country(self.doc[b - 1], term.country, self.gaz)
        return None

    def _placed_before(self, i: int, term: Term) -> Term:
        """The people a state's people's name at token ``i`` stands for once the article has
        named it, there or before, with a place of another state ('ethnic Albanians in
        Kosovo', 'the Albanians of Kosovo', "Kosovo's Albanians" … 'Albanians attacked police
        stations': Kosovo's, not Albania's): a people named with its place keeps that place,
        the last one named with it; else ``term``. Plural nouns only ('Albanian police' is
        no people named again)."""
        if not term.country or self.doc[i].tag_ not in ("NNS", "NNPS"):
            return term
        word = self.doc[i].lower_
        placed = self._placed_peoples.get(word)
        if placed is None:
            placed = self._placed_peoples[word] = [
                (tok.i, iso3)
                for tok in self.doc
                if tok.lower_ == word and (iso3 := self._people_place(tok, term.country))
            ]
        earlier = [iso3 for at, iso3 in placed if at <= i]
        if not earlier:
            return term
        iso3 = earlier[-1]
        return Term("people", self.gaz.country_name(iso3), iso3, iso3, None, "group")

    def _people_place(self, tok, own: str) -> str | None:
        """The country of a place of a state other than ``own`` a people's name is named with
        ('Albanians in Kosovo', 'the Albanians of Kosovo', "Kosovo's Albanians"), or None."""
        places = [c for c in tok.children if c.dep_ == "poss"]
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                places.extend(c for c in prep.children if c.dep_ == "pobj")
        for place in places:
            found = self.gaz.lookup(place.text)
            if found is None or found.source not in ("country", "capital", "place"):
                continue
            iso3 = town_country(place, found.country, self.gaz)
            if iso3 and iso3 != own:
                return iso3
        return None

    def _inside_name_named_rightward(self, h) -> bool:
        """A conjunct the parser split off a body's name that its head starts ('Front' in
        'the Jammu and Kashmir Liberation Front', parsed 'Jammu' and 'Front'): part of that
        name, no actor of its own."""
        if h.dep_ != "conj" or h.head.i >= h.i:
            return False
        named = self._body_named_rightward(h.head)
        return named is not None and named[0] > h.i

    def _renamed(self, term: Term, i: int) -> Term:
        """The country a renamed country's name at token ``i`` had on the article's day
        ('Congo' in 1987: Brazzaville's, Zaire being Kinshasa's)."""
        if self.date is None:
            return term
        for until, then in self.gaz.renamed.get(_norm(self.doc[i].text), ()):
            if self.date < until:
                return then  # the first change after the article's day: the name before it
        return term

    def _in_compound_name(self, first, last) -> bool:
        """Whether a person's name from ``first`` to ``last`` is joined by a hyphen to the
        name of a place or body ('Petro-Canada'), so it is part of another name; not in 'the
        Reagan-Gorbachev summit' nor in a hyphened given name ('Chun Doo-hwan')."""
        other = _hyphen_neighbour(first, last)
        if other is None:
            return False
        if other.lower_ in self._people:
            return False
        term = self.gaz.lookup(other.text)  # a place or body: not 'Chun Doo-hwan', 'Fei-Lo'
        return term is not None and term.kind != "person"

    def _term_of(self, text: str, proper: bool) -> Term | None:
        """The gazetteer term a span's text names (a cased form, a name, a person of the
        article's date; dictionary persons only for ``proper`` spans), asked once per
        article for each distinct text."""
        known = self._terms.get((text, proper), _UNKNOWN)
        if known is not _UNKNOWN:
            return known  # type: ignore[return-value]
        gaz = self.gaz
        term = gaz.cased.get(text)
        if term is None:
            key = _norm(text)
            term = (
                gaz.terms.get(key)
                or (gaz.terms.get(key.replace("-", " ")) if "-" in key else None)
                or gaz.person(key, self.date, dictionary=proper)
            )  # the dictionaries write 'Inter-Parliamentary Union' with a space
        self._terms[(text, proper)] = term
        return term

    def _owner(self, h, phrase: list, terms: list[tuple[int, int, Term]]) -> _Owner:
        """Country / organisation the modifiers of a phrase name (possessive first)."""
        result = _Owner()
        best_rank = 99
        for a, b, term in terms:
            if a <= h.i < b or self._is_stance_prefix(a, b) or self._names_currency(b):
                continue  # 'from the French franc zone': a currency's name, no owner
            if term.source == "place" and self._same_person_name(h, a):
                continue  # 'Surin' of 'Surin Pitsuwan' is a given name, not the Thai town
            tok = self.doc[b - 1]
            rank = 0 if tok.dep_ == "poss" else 1
            if term.country is None:  # IGO/NGO: weaker than a named country
                rank += 2
            if rank < best_rank:
                best_rank = rank
                result.country = term.country
                result.owner = term.country or term.code
                result.name = term.name
                result.sector = term.sector if term.source in ("institution",) else None
                if term.source == "organization":
                    result.owner = term.code
                    result.sector = None
                elif term.source == "institution":
                    placed = self._placed_namesake(h, a, b, term)
                    if placed is not None:  # 'In Islamabad, a Foreign Office spokesman'
                        result.country = result.owner = placed
                        result.name = self.gaz.country_name(placed)
        home = self._residence(h, phrase)
        if home is not None:
            result.country = result.owner = home
            result.name = self.gaz.country_name(home)
        if result.country is not None:
            for a, b, term in terms:
                conj = self.doc[b - 1]
                if (
                    term.country
                    and term.country != result.country
                    and conj.dep_ == "conj"
                    and not (a <= h.i < b)
                    and term not in result.others
                ):
                    result.others.append(term)
        if result.owner is None and h.lower_ not in _OTHER_SIDE_ROLES | _CAPTOR_HEADS:
            named = {i for a, b, _ in terms if a <= h.i < b for i in range(a, b)}
            for tok in phrase:  # not a word of the head's own name ("the People's Liberation
                if tok.dep_ == "poss" and tok.i != h.i and tok.i not in named:  # Army")
                    if self._labour_body(tok):  # "the union's general secretary"
                        result.sector = "LAB"
                        break
                    actors = self._resolved(tok)
                    if actors and (actors[0]["country"] or actors[0]["code"]):
                        result.country = actors[0]["country"]
                        result.owner = actors[0]["country"] or (actors[0]["code"] or "")[:6] or None
                        result.name = actors[0]["name"]
                        break
        if result.owner is None:
            self._owner_from_preps(h, result)
            if result.owner is None and h.lower_ in _PRINCIPAL_ROLES:
                self._owner_from_preps(h, result, ("to",))  # 'an aide to President Reagan'
            if result.owner is None and _sworn(h):
                self._owner_from_preps(h, result, ("to",))  # 'forces loyal to Gaddafi'
            result.after_name = result.owner is not None
        elif result.country is None and h.tag_ in ("NNS", "NNPS"):
            states = _Owner()  # 'Three European Community foreign ministers, from Italy,
            self._owner_from_preps(h, states, ("from",))  # Luxembourg and the Netherlands':
            if states.country is not None:  # the body's members named, each its state's
                result = states
                result.after_name = True
        if result.owner is None and h.i - 1 >= 0:
            prev = self.doc[h.i - 1]
            if prev.lower_ in ("north", "south") and prev.lower_ in self._regional:
                result.country = result.owner = self._regional[prev.lower_]
        return result

    def _names_currency(self, end: int) -> bool:
        """A country's name or adjective ending before token ``end`` names a currency there
        (``currency_nouns``: 'the French franc currency zone', 'the U.S. dollar'), no owner."""
        return end < len(self.doc) and self.doc[end].lower_ in _CURRENCY_NOUNS

    def _same_person_name(self, h, start: int) -> bool:
        """Whether token ``start`` begins or lies in the person's name ``h`` ends (one PERSON
        entity reaching from it to ``h``)."""
        if h.ent_type_ != "PERSON" or not start < h.i:
            return False
        inside = self.doc[start + 1 : h.i + 1]
        return self.doc[start].ent_type_ == "PERSON" and all(t.ent_iob_ == "I" for t in inside)

    def _residence(self, h, phrase: list) -> str | None:
        """Country an ethnic group lives in ("ethnic Turks in Bulgaria"), when named: in the
        group's own phrase, else where its clause puts it (``_clause_residence``)."""
        if not any(t.lower_ == "ethnic" for t in phrase):
            return None
        found = _Owner()
        self._owner_from_preps(h, found, ("in", "inside", "from"))
        return found.country or self._clause_residence(h)

    def _clause_residence(self, h) -> str | None:
        """The country of the place the clause of an ethnic group acting or acted on names
        for it, as the sets code a people by the state it lives in, not its kin-state: 'Tens
        of thousands of ethnic Albanians marched through Pristina' (Kosovo's), 'fired on
        ethnic Albanian demonstrators in Kosovo', 'ethnic Albanian guerrillas seized villages
        near Tetovo' (Macedonia's); a place the clause moves them to ('fled into Macedonia')
        says nothing."""
        node = h
        while node.dep_ == "pobj" and node.head.lower_ == "of":  # 'Tens of thousands of …'
            node = node.head.head
        if node.dep_ in _SUBJECT_DEPS or node.dep_ == "dobj":
            verb = node.head
        elif node.dep_ == "pobj" and node.head.dep_ == "prep":  # 'fired on ethnic …'
            verb = node.head.head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        holders = [node, verb] if node != h else [verb]  # 'thousands of … from Kosovo'
        if node.dep_ in _SUBJECT_DEPS:  # 'seized several villages near Tetovo'
            holders += [c for c in verb.children if c.dep_ == "dobj"]
        preps = [c for holder in holders for c in holder.children if not c.is_ancestor(h)]
        return self._place_of_preps(preps, _RESIDENCE_PREPS)

    def _is_stance_prefix(self, start: int, end: int | None = None) -> bool:
        """ "anti-Syria journalist", "pro-Russia rebels", "Iran-backed militia": the named
        country is not the owner."""
        doc = self.doc
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro"):
            return True
        return (
            end is not None
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and doc[end + 1].lower_ in _STANCE_SUFFIXES
            and not (doc[end + 1].lower_ == "based" and self._based_armed_group(end + 2))
        )

    def _based_armed_group(self, start: int) -> bool:
        """The words after 'X-based' end in an armed group's noun with no nationality of its
        own before it ('Lebanese-based guerrillas', 'a Pakistan-based militant group'): the
        group is coded by its base, as PETRARCH codes a group whose nationality is not given
        ('Lebanon-based Palestinian guerrillas' stay Palestinian)."""
        for tok in self.doc[start : start + 4]:
            if tok.ent_type_ in ("NORP", "GPE"):
                return False
            low = tok.lower_
            sector = self.gaz.agent_sector(low)
            if sector in _BASED_GROUP_SECTORS:
                return True
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
                return False
        return False

    def _owner_from_preps(
        self,
        h,
        result: _Owner,
        preps_allowed: tuple[str, ...] = ("of", "in", "from", "for", "with"),
    ) -> None:
        """ "the president of Armenia", "rebels in Darfur", "head of the ... office"."""
        preps = [c for c in h.rights if c.dep_ == "prep"]
        for acl in h.rights:
            if acl.dep_ == "acl" and acl.lower_ in _PLACED_PARTICIPLES:
                preps.extend(c for c in acl.children if c.dep_ == "prep")
            if acl.dep_ == "amod" and acl.lower_ in _ALLEGIANCE_ADJECTIVES:
                preps.extend(c for c in acl.children if c.dep_ == "prep")
        for child in preps:
            if child.lower_ not in preps_allowed:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                phrase = self._phrase(pobj)
                terms = self._match(phrase)
                if (
                    child.lower_ in ("of", "for")
                    and self._is_company(pobj)
                    and not any((t.code or "")[:3] in ("IGO", "NGO") for _, _, t in terms)
                ):  # "vice president of Nabisco Brands Inc", not "the co-chairs of the OSCE
                    result.sector = "BUS"  # Minsk Group" (a body the gazetteer codes)
                    return
                named_right = self._body_named_rightward(pobj)
                if named_right is not None:  # 'general secretary of the Congress of South
                    # African Trade Unions': the body's whole name, not its first noun's
                    terms = [(pobj.i, named_right[0], named_right[1])]
                seat = self._seated_court(h, child, pobj)
                if seat is not None:
                    terms = [(pobj.i, pobj.i + 1, seat)]  # 'the tribunal in The Hague'
                terms = [(a, b, t) for a, b, t in terms if not self._names_currency(b)]
                if (
                    child.lower_ in ("of", "for")
                    and self._labour_body(pobj)
                    and not any(term.country or term.code for _, _, term in terms)
                ):  # "general secretary of the Transport and General Workers Union", not
                    # "foreign ministers of the European Union" (a body the gazetteer codes)
                    result.sector = "LAB"
                    return
                for _, _, term in terms:
                    result.country = term.country
                    result.owner = term.country or term.code
                    result.name = term.name
                    result.others += [  # "the foreign ministers of Peru and Chile"
                        other
                        for conj in pobj.conjuncts
                        for _, _, other in self._match(self._phrase(conj))[:1]
                        if other.country and other.country != term.country
                    ]
                    return
                actors = self._resolved(pobj)
                if actors and (actors[0]["country"] or actors[0]["code"]):
                    result.country = actors[0]["country"]
                    code = actors[0]["code"] or ""
                    result.owner = actors[0]["country"] or (
                        code[:6] if code[:3] in ("IGO", "NGO") else None
                    )
                    result.name = actors[0]["name"]
                    if pobj.lower_ in _PAIR_NOUNS:  # "the ministers of both countries": each
                        result.others += [
                            Term("country", a["name"], a["country"], a["country"], None, "country")
                            for a in actors[1:]
                            if a["country"] and a["country"] != result.country
                        ]
                    return

    def _seated_court(self, h, prep, place) -> Term | None:
        """The international court a court or tribunal 'in' a town that seats one stands for
        (``court_seats`` of data/body_references.json: 'the tribunal in The Hague'), unless a
        country's word describes it ('a Dutch court in The Hague'); else None."""
        if prep.lower_ != "in" or h.lower_ not in _COURT_BODIES:
            return None
        name = _COURT_SEATS.get(place.lower_)
        if name is None or any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in h.children
        ):
            return None
        return self.gaz.lookup(name)

    @staticmethod
    def _is_company(tok) -> bool:
        """A company name: an ORG entity ending in Inc, Corp, Ltd, plc, Co, Group..."""
        ent = entity_span(tok)
        return (
            ent is not None
            and tok.ent_type_ == "ORG"
            and ent[-1].lower_.rstrip(".") in _COMPANY_SUFFIXES
        )

    def _labour_body(self, tok) -> bool:
        """A union named by its head word ('the union', 'the Amalgamated Engineering Union'):
        a body whose role word the gazetteer gives the labour sector."""
        role = self.gaz.roles.get(tok.lower_) or self.gaz.roles.get(tok.lower_.removesuffix("s"))
        return role is not None and role.sector == "LAB"

    def _role(self, h, phrase: list) -> Role | None:
        """Role named by the head, preferring multiword roles ending at it ("prime minister")."""
        roles = self.gaz.roles
        idx = next(k for k, t in enumerate(phrase) if t.i == h.i)
        for start in range(max(0, idx - 3), idx + 1):
            span = phrase[start : idx + 1]
            key = " ".join(t.lower_ for t in span)
            role = roles.get(key)
            if role is None and key.endswith("s"):
                single = roles.get(key[:-1]) or roles.get(_singular_ies(key))
                if single is not None:
                    kind = "group" if single.kind == "person" else single.kind
                    role = Role(single.sector, kind, single.role, single.needs_owner)
            if role is not None:
                return role
        return None

    def _unknown_firm_owner(self, h) -> bool:
        """The head's possessor is an organisation the gazetteer does not know (no state,
        body, party or group of ours): a firm, whose chief or officials hold no state office
        ("VW's currency chief", "Siemens' officials")."""
        return any(
            c.dep_ == "poss"
            and c.ent_type_ == "ORG"
            and c.pos_ == "PROPN"
            and self.gaz.lookup(c.text) is None
            for c in h.lefts
        )

    def _modifier_role(self, h) -> Role | None:
        for child in h.lefts:
            if child.dep_ in ("compound", "amod"):
                role = self.gaz.roles.get(child.lower_)
                if role is not None:
                    kind = "group" if role.kind == "person" else role.kind
                    return Role(role.sector, kind, role.role, False)
        return None

    def _modifier_sector(self, h, phrase: list, wanted: frozenset[str] | None = None) -> str | None:
        """Sector of the role word nearest the head (other than GOV, or one of ``wanted``). A
        word ending a two-word role is read with the word before it ('union secretary
        general': a secretary, no general)."""
        skip = -1
        for k in range(len(phrase) - 1, -1, -1):
            tok = phrase[k]
            if tok.i == h.i or k == skip:
                continue
            low = tok.lower_
            pair = self.gaz.roles.get(f"{phrase[k - 1].lower_} {low}") if k else None
            if pair is not None:
                skip = k - 1
            role = pair or self.gaz.roles.get(low) or self.gaz.roles.get(low.rstrip(".") + ".")
            if role is None and low.endswith("s"):
                role = self.gaz.roles.get(low[:-1])
            if role is None:
                continue
            if (wanted is None and role.sector != "GOV") or (wanted and role.sector in wanted):
                return role.sector
        return None

    def _text(self, h, phrase: list) -> str:
        start = phrase[0].i
        while start < h.i and self.doc[start].pos_ == "DET":
            start += 1
        return self.doc[start : h.i + 1].text

    def _from_term(self, h, phrase, terms, term: Term) -> list[Actor]:
        text = self._text(h, phrase)
        if term.source == "leader":
            role = term.role
            title = self._title(h, phrase)
            if title is not None:  # the title in the text gives the role ("Chancellor Brown")
                role = self._qualified_role(h, phrase, title)
            country, owner = term.country, term.country or term.code
            if country is None and title is not None:  # 'Belgian Foreign Minister Leo
                # Tindemans' while he also chaired the EC: the title's country speaks
                country = self._owner(h, phrase, terms).country
                owner = country or owner
            elif title is not None and (other := self._other_titled_country(h, phrase, terms)):
                country = owner = other  # 'Saudi King Abdullah': a namesake of Jordan's king
            sector = term.sector
            if sector == _FORMER and title is not None:
                # 'opposition leader Juan Ponce Enrile', out of office: what the text calls
                # him now ('rebel leader', 'opposition leader') is his side, no former office
                sector = (
                    self._modifier_sector(h, [t for t in phrase if t.i < h.i], _NON_STATE_SECTORS)
                    or sector
                )
            person = _Person(term.name, country, owner, role, sector)
            self._remember(person, self._person_name(h)[1], titled=title is not None)
            return [person.actor(text)]
        if term.source in ("country", "capital", "people", "adjective"):
            if term.source == "country":
                self._note_regional(term)
            kind = "group" if term.source in ("people", "adjective") else "country"
            home = self._residence(h, phrase) if kind == "group" else None
            if home is not None:  # "ethnic Albanians in south Serbia" are coded by residence
                name = f"{h.text} in {self.gaz.country_name(home)}"
                return [_actor(text, name, kind, home, None, home)]
            if kind == "group":  # "Palestinians", "Bosnian Serbs": the people, by their name
                span = _term_span(h, terms, term)
                name = self.doc[span[0] : span[1]].text if span else h.text
                return [_actor(text, name, kind, term.country, None, term.code)]
            return [_actor(text, term.name, kind, term.country, None, term.code)]
        if term.source == "institution":
            owner = self._owner(h, phrase, terms)
            country = owner.country or self._sharing_country(h, terms, term)
            if country is None or country == term.country:
                country, name = term.country, term.name
            else:  # 'Colombia's Senate', 'Peru's president dissolved Congress'
                name = f"{self.gaz.country_adjective[country]} {term.name.split()[-1]}"
            code = _code(country, term.sector)
            return [_actor(text, name, term.kind, country, None, code)]
        if term.source == "organization" and term.sector == "PTY":
            owner = self._owner(h, phrase, terms)
            if owner.country and owner.country != term.country and not owner.after_name:
                # 'the Botswana Democratic Party', "Jamaica's Labour Party": a party of that
                # name of the country before it, not the namesake abroad
                adjective = self.gaz.country_adjective.get(owner.country, owner.name)
                name = f"{adjective} {term.name}"
                code = _code(owner.country, "PTY")
                return [_actor(text, name, term.kind, owner.country, None, code)]
        return [_actor(text, term.name, term.kind, term.country, None, term.code)]

    def _other_titled_country(self, h, phrase, terms) -> str | None:
        """The country a demonym or possessive before a listed leader's title names when it
        is another than the leader's ('Saudi King Abdullah', 'Saudi Arabia's King
        Abdullah'): the text's country, not the namesake's; None otherwise."""
        named = self._owner(h, phrase, terms)
        head = next((t for a, b, t in terms if a <= h.i < b and t.source == "leader"), None)
        if named.after_name or named.country is None or head is None:
            return None
        return named.country if named.country != head.country else None

    def _sharing_country(self, h, terms: list[tuple[int, int, Term]], term: Term) -> str | None:
        """The country in view when it is one of those whose body bears the bare name the
        institution ``term`` is named by at ``h`` ('Congress' after 'Peru's president' or in
        'Lima'), else None ('Japan's surplus angered Congress': Japan has no Congress)."""
        span = _term_span(h, terms, term)
        if span is None:
            return None
        key = _norm(self.doc[span[0] : span[1]].text)
        shared = self.gaz.shared_names.get(key)
        if not shared or self.gaz.terms.get(key) is not term:
            return None  # 'the National People | 's Congress': a longer name's body
        place = self._clause_place_country(h)
        if place is not None:  # 'In Manila, the Senate voted …'
            return place if place in shared else None
        sent_start = self._sentence_start(h.i)
        country = self._recent_country(h.i, floor=sent_start, skip_addressees=True)
        if country is None:
            end = self._sentence_end(h.i)
            country = self._topic_country(h.i, sent_start) or self._home_country(h, end)
        if country not in shared or self._named_since(term.country, h.i):
            return None  # 'Mexico's president met Reagan. Congress then …': the US's
        return country

    def _placed_namesake(self, h, start: int, end: int, term: Term) -> str | None:
        """The state whose body of the same bare name an institution named as a modifier of
        ``h`` is, when ``h``'s clause or own phrase is placed in one of the other states that
        bear the name ('In Islamabad, a Foreign Office spokesman denied …', 'a Foreign Office
        spokesman in Bonn'): Pakistan's and West Germany's, not Britain's; None otherwise."""
        key = _norm(self.doc[start:end].text)
        shared = self.gaz.shared_names.get(key)
        if not shared or self.gaz.terms.get(key) is not term:
            return None
        place = self._own_place_country(h) or self._clause_place_country(h)
        return place if place in shared else None

    def _named_since(self, country: str | None, before: int) -> bool:
        """Whether a mention of ``country`` lies in the pronoun window before ``before``."""
        return any(m.actor["country"] == country for m in self._window_mentions(before))

    def _person_name(self, h) -> tuple[str, list]:
        """A person's name around ``h``: the PERSON entity, else its proper-noun compounds."""
        if h.ent_type_ == "PERSON":
            ent = entity_span(h)
            toks = list(ent) if ent is not None else [h]
        else:
            toks = [h]
            k = h.i - 1
            while k >= 0 and h.doc[k].tag_ == "NNP" and h.doc[k].head.i == h.i:
                toks.insert(0, h.doc[k])
                k -= 1
        honorifics = [n for n, t in enumerate(toks) if _name_opener(t)]
        if honorifics:  # 'the deal with Tanzania Mr Brown said': the name starts after 'Mr'
            toks = toks[honorifics[-1] + 1 :]
        toks = [
            t
            for t in toks
            if t.lower_.rstrip(".") not in _HONORIFICS
            and t.lower_ not in self.gaz.roles
            and t.tag_ != "POS"
            and not (t.is_punct and t.text not in "-.")
        ]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        name = "".join(t.text + t.whitespace_ for t in toks).strip()
        return name, toks

    def _person(self, h, phrase, terms) -> Actor | None:
        is_name = h.tag_ in ("NNP", "NNPS") or h.ent_type_ == "PERSON"
        known = self._people.get(h.lower_)
        if not is_name and known is None:
            return None
        if known is None and self._in_compound_name(h, h):
            return None  # 'Petro' of 'Petro-Canada' is no person
        if (
            h.ent_type_
            and h.ent_type_ != "PERSON"
            and known is None
            and _norm(h.text) not in self.gaz.leaders
            # a name with an apposition (a surname read as a plural too: 'Quentin Davies,
            # the MP for Grantham', 'Jones', 'Evans')
            and not (h.tag_ in ("NNP", "NNPS") and any(c.dep_ == "appos" for c in h.children))
            and not self._known_surname(h)
            and self._peerage_state(h, []) is None  # 'Lord Callaghan', tagged ORG: a peer
        ):
            return None
        if (
            h.lower_ in self.gaz.roles
            and h.ent_type_ != "PERSON"
            and known is None
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in h.children)
        ):
            return None  # "Japan's Foreign Minister, Tadashi Kuranari": the title, not a name
        name, name_toks = self._person_name(h)
        if not name:
            return None
        key = _norm(name)
        record = self._people.get(key) or self._people.get(h.lower_) or self._leader_record(key, h)
        if record is None and " " not in key and self._unread:
            record = self._unread_person(key, h.i)  # named with a title sentences back
        if record is None and h.ent_type_ != "PERSON" and h.pos_ != "PROPN":
            return None
        if record is None and self._story_firm(name):  # 'talks with Aguas Argentinas' in a
            # story of 'water firm Aguas Argentinas': the company the parse took for a person
            return _actor(name, name, "organization", None, None, _code(None, "BUS"))
        title = self._title(h, phrase)
        owner = self._owner(h, phrase, terms)
        if owner.owner is None:
            self._owner_from_appos(h, owner)
        if owner.owner is None and record is None and title is not None:
            self._owner_from_context(h, owner)  # not 'Mr Straw met … in Tehran': a visitor
        if owner.owner is None and (record is None or record.owner is None):
            peerage = self._peerage_state(h, name_toks)  # 'Lord Callaghan refused …': a peer's
            if peerage is not None:
                owner.country = owner.owner = peerage
        if (
            owner.owner is None
            and record is None
            and title is not None
            and owner.sector not in _PRIVATE_OWNER_SECTORS
        ):
            # 'Home Secretary X': the office's one state, else the text's guess
            owner.country = owner.owner = title.state(self.home) or self._context_country(h)
        elif (
            owner.owner is None
            and record is not None
            and record.owner is None
            and record.role is not None
            and record.sector != "BUS"
            and owner.sector not in _PRIVATE_OWNER_SECTORS
        ):
            # an officer named with a title but no country in a sentence never parsed
            # ('TOKYO - …, Foreign Minister Tadashi Kuranari said'), met again by name; not
            # where the text had him go ('Hara flew to Bonn. … Hara criticised Bonn')
            owner.country = owner.owner = self._context_country(h, record.abroad)
        if record is None:
            if title is None and owner.owner is None:
                # a name we know nothing political about: not an actor, but "he" may be them
                if h.ent_type_ == "PERSON":
                    blank = _actor(h.text, name, "person", None, None, None)
                    insort(self._mentions, _Mention(h.i, blank, h.dep_ in _SUBJECT_DEPS))
                return None
            record = _Person(name, None, None, None, None)
        elif len(name) > len(record.name):
            record.name = name
        if owner.owner is not None and not (owner.after_name and record.country):
            # a person of known country keeps it against a phrase after the name, which is
            # often what he acts on ('criticism by Baker of West German policy')
            record.country = owner.country
            record.owner = owner.owner
        if title is not None:
            record.role = self._qualified_role(h, phrase, title)
            # "opposition leader X" → OPP, "rebel commander X" → REB, "Pentagon spokesman" → MIL
            title_words = [t for t in phrase if t.i < h.i]
            modifier = self._modifier_sector(h, title_words)
            non_state = self._modifier_sector(h, title_words, _NON_STATE_SECTORS)
            if owner.sector in _PRIVATE_OWNER_SECTORS:
                record.sector = owner.sector
            elif non_state is not None:
                record.sector = non_state
            elif title.role in _GENERIC_ROLES or title.sector == "GOV":
                record.sector = owner.sector or modifier or title.sector
            else:
                record.sector = title.sector
        elif owner.sector and record.sector is None:
            record.sector = owner.sector
        record.abroad |= self._destinations(h)
        self._remember(record, name_toks, titled=title is not None)
        return record.actor(self._text(h, phrase))

    def _peerage_state(self, h, name_toks: list) -> str | None:
        """The state of the peerage title right before a person's name ('Lord Callaghan',
        'Baroness Morgan': ``peer_titles`` of actor_words.json), which the name's tokens may
        hold as their first word; None when the name has none."""
        first = name_toks[0].i if name_toks else h.i
        for k in (first - 1, first):
            if 0 <= k <= h.i and self.doc[k].text in _PEER_TITLES:
                return _PEER_TITLES[self.doc[k].text]
        return None

    def _unread_person(self, surname: str, before: int) -> _Person | None:
        """The last person of known country with this surname that unparsed sentences
        before token ``before`` name with a title or by a dictionary name (``note_unread``)."""
        return self._unread_lookup(surname, before)

    def _unread_title(self, owner: str | None, role: str, before: int) -> _Person | None:
        """The last person of known country holding office ``role`` (of ``owner``, or of any
        country when None) that unparsed sentences before token ``before`` name with their
        title ('Austrian Chancellor X' read sentences before 'the chancellor')."""
        found = self._unread_title_at(owner, role, before)
        return found[0] if found is not None else None

    def _unread_title_at(
        self, owner: str | None, role: str, before: int
    ) -> tuple[_Person, float] | None:
        """``_unread_title`` with where its sentences stand: just before the context read
        before their run of parsed sentences."""
        return self._unread_lookup_at((owner, role), before)

    def _unread_lookup(self, key: str | tuple[str | None, str], before: int) -> _Person | None:
        found = self._unread_lookup_at(key, before)
        return found[0] if found is not None else None

    def _unread_lookup_at(
        self, key: str | tuple[str | None, str], before: int
    ) -> tuple[_Person, float] | None:
        for k in range(len(self._unread) - 1, -1, -1):
            at, sentences = self._unread[k]
            if at > before:
                continue
            people = self._unread_people.get(k)
            if people is None:
                people = self._unread_people[k] = {}
                for sentence in sentences:
                    for mention in context_mentions(sentence, self.gaz, self.date, self.home):
                        person = mention.person
                        if person is not None and person.country:
                            people[_norm(person.name).split()[-1]] = person
                            if person.role:  # the first holder named keeps the title
                                people.setdefault((person.country, person.role), person)
                                people.setdefault((None, person.role), person)
            if key in people:
                return people[key], at - 0.75
        return None

    def _person_mention_end(self, person: _Person, before: int) -> float | None:
        """Where the sentence of the last mention of ``person`` before token ``before`` ends
        (half a token before a run for unparsed context); None when none is known."""
        for mention in reversed(self._mentions):
            if mention.i < before and mention.actor["name"] == person.name:
                if mention.unparsed:
                    return mention.i
                return self._sentence_end(int(mention.i)) - 0.5
        return None

    def _other_state_since(self, person: _Person, where: float | None, h) -> bool:
        """Whether a sentence after ``where`` (the holder's mention) and before the one of
        ``h`` has as its subject a body or state of a country other than the holder's: the
        nearer mention is what a bare title ('the chancellor') is about ('Austrian
        Chancellor X …. German officials said …. The chancellor condemned': Germany's)."""
        if where is None or person.country is None:
            return False
        start = self._sentence_start(h.i)
        for mention in reversed(self._mentions):
            if mention.i <= where:
                return False
            actor = mention.actor
            if mention.i >= start or not mention.subject or actor["kind"] == "person":
                continue
            if actor["country"] and not self._coordinated_mention(mention):
                return actor["country"] != person.country
        return False

    def _known_surname(self, h) -> bool:
        """Whether ``h`` alone is the surname of one dictionary person in office on the
        article's day, though the tagger took it for an organisation or place ('LDP
        executives suggested Nakasone may have to give up …' in 1987), or of one unparsed
        earlier sentences name."""
        if h.pos_ != "PROPN" or h.n_lefts or not h.is_title:
            return False
        if self.date is not None and self.gaz.person(h.lower_, self.date, surname=True) is not None:
            return True
        return self._unread_person(h.lower_, h.i) is not None

    def _qualified_role(self, h, phrase: list, title: Role) -> str:
        """The title's role, with a qualifier before it that makes it another office:
        "Shadow Chancellor X" is a shadow chancellor, not "the chancellor" of later text."""
        words = [t for t in phrase if t.i < h.i]
        first = title.role.split()[0]
        at = next((k for k, t in enumerate(words) if t.lower_ == first), None)
        if at is not None:
            before = [t.lower_ for t in words[max(0, at - 2) : at] if t.text != "-"]
            qualifier = next((w for w in reversed(before) if w in _TITLE_QUALIFIERS), None)
            if qualifier is not None:
                return f"{qualifier} {title.role}"
        return title.role

    def _leader_record(self, key: str, h) -> _Person | None:
        term = self.gaz.person(key, self.date)
        if term is None and (variant := self.gaz.variant_name(key)) is not None:
            # "Mikhael Gorbachev": another transliteration; a dictionary person only in a
            # dated article and in office that day, as for a misspelt surname
            found = self.gaz.person(variant, self.date, dictionary=self.date is not None)
            if found is not None and (found.role is not None or found.sector != _FORMER):
                term = found
        if term is None:
            surname = h.lower_
            # a bare surname picks a dictionary person only for a dated article: undated,
            # "Kennedy" could be anyone who ever held office under that name
            dated = self.date is not None
            term = self.gaz.person(surname, self.date, surname=True, dictionary=dated)
            if term is None and (h.ent_type_ == "PERSON" or h.tag_ == "NNP"):
                close = self.gaz.close_surname(surname, dated)  # "Weinburger": misspelt
                if close is not None:
                    term = self.gaz.person(close, self.date, surname=True, dictionary=dated)
            given = key.replace("-", " ").split()[:-1]  # "Kilroy-Silk" is not "John Silk"
            if term is not None and given and not same_given_name(given[0], term.name):
                return None  # "Gerhard Stoltenberg" is not "Jens Stoltenberg"
        if term is None:
            return None
        return _Person(term.name, term.country, term.country or term.code, term.role, term.sector)

    def _title(self, h, phrase: list) -> Role | None:
        """The title in a person's phrase, nearest the name first ("Opposition leader X" →
        leader, "Finnish Foreign Minister X" → foreign minister); else an apposition's."""
        roles = self.gaz.roles
        words = [t for t in phrase if t.i < h.i]
        for end in range(len(words), 0, -1):
            for size in (4, 3, 2, 1):  # 'Assistant Secretary of State X'
                if end - size < 0:
                    continue
                key = " ".join(t.lower_ for t in words[end - size : end])
                role = roles.get(key)
                if role is None and size == 1 and key.endswith(".") is False:
                    role = roles.get(key + ".")
                if role is not None:
                    return role
        for child in h.children:
            if child.dep_ == "appos":
                role = self._role(child, self._phrase(child))
                if role is not None:
                    return role
        return None

    def _context_country(
        self, h, abroad: Set[str] = frozenset(), unparsed: bool = False
    ) -> str | None:
        """The country the text around ``h`` is about: for a plural, the one the same noun
        last had with a country word of its own ('U.S. officials … other officials'); else one
        named earlier in its sentence, else the first named later in it, else the last one
        named before the sentence. A country named as the other party or destination of an
        act is none of these, unless ``h`` is itself such a party ('met Chun and Trade
        Minister Rha': Chun's side). What 'our' owns has only its speaker's country
        (``_first_person_country``); the doer of an act reacted to ('protested after troops
        shelled') and the 'by' doer beside a sufferer of known country ('the kidnapping of
        a French nurse by gunmen') have none. Nor is a country ``h`` travels to in its
        sentence ('Vice Minister X leaves for Washington with data to rebut U.S. claims':
        not the U.S.; ``_destinations``) or went to before (``abroad``) its country."""
        if _ours(h):
            return self._first_person_country(h)
        if _of_a_region(h):
            return None  # 'European officials said …': of no one state
        if _reacted_to(h) or self._agent_beside_sufferer(h):
            return None  # 'Iraq protested after troops shelled Basra': not Iraq's troops
        sent_start = self._sentence_start(h.i)
        other_side = not self._addressee(h)
        if other_side and h.tag_ in ("NNS", "NNPS"):  # 'Some U.S. officials hinted …, but
            # other officials dismissed it' (not 'the government': one's own, named bare)
            same = self._same_noun_country(h)
            if same is not None:
                return same
        # 'Howard will meet officials in Tokyo': the officials met are not of their visitor
        doer = self._meeting_doer(h)
        # a visitor told back by a pronoun ('he is to meet with Energy Secretary X'): his own
        # country, which the sentences since his name keep naming, is none of those he meets;
        # nor are those whose act the main clause answers ('Canada froze its aid after
        # soldiers shot two Canadian nurses': not Canada's soldiers)
        visitor = (
            self._pronoun_doer_countries(h, doer)
            | self._destinations(h)
            | self._partner_states(h)
            | abroad
            | self._answering_countries(h)
            | self._fought_in_report(h)
        )
        if self.agency_home is not None and other_side and not doer:
            # a national agency's copy names its own state's offices bare ('TEHRAN (IRNA) -
            # … the Taliban … Foreign Ministry spokesman Mahmoud Mohammadi said'): Iran's, not
            # the state named last ('LAHORE (PTI) - External Affairs Minister …': India's)
            return None if self.agency_home in visitor else self.agency_home
        if _bare_speaker(h):  # 'Vietnam accused China …, the official news agency said':
            # the body speaks for the state the story is about, not for the last one named
            topic = self._topic_country(h.i, None, doer, True, unparsed)
            if topic is not None and topic not in visitor:
                return topic
        country = self._recent_country(
            h.i,
            floor=sent_start,
            skip_addressees=other_side,
            skip_tokens=doer,
            skip_countries=visitor,
            unparsed=unparsed,
        )
        if country is not None:
            return self.story_home if self._placed_abroad(h.i, country) else country
        sent_end = self._sentence_end(h.i)
        elsewhere = self._other_clauses(h)
        force = self._of_a_force(h)
        for a, b, term in self._matches(list(h.doc[h.i + 1 : sent_end])):
            if self._addressed(h, a) or (other_side and self._addressee(self.doc[b - 1])):
                continue  # 'the prime minister urged Israel to …': not the minister's country
            if self._reported_sufferer(h, a):
                continue  # 'a spokesman said the force killed 20 Ugandan soldiers': not his
            if a in elsewhere or a in doer or self._bidden(h, a):
                continue  # '…, and Danish sources said …': no owner of h
            if _agent_of_another(h, self.doc[a]):
                continue  # 'police fired at youths during a mass celebrated by the Pope'
            money = b < len(self.doc) and (
                self.doc[b].text in ("$", "€", "£")
                or self.doc[b].like_num
                or self._names_currency(b)  # 'from the French franc zone'
            )
            if term.country in visitor or self._names_a_war(term, b - 1, NAMED_WARS):
                continue  # 'denied his statement about the Iraq war': no Iraqi attorney general
            if not force and _matter_of_dispute(self.doc[b - 1]):
                continue  # 'attacked the government over Iraq': a topic, not Iraq's government
            if force and self._marks_a_thing(a, b, term):
                continue  # 'the army … recovered weapons bearing South African markings'
            if term.country and not self._is_stance_prefix(a, b) and not money:
                return term.country
        if self._of_several_sides(h):
            return None  # 'Talks between Washington and Moscow resumed … Negotiators rejected'
        one = h.tag_ in ("NN", "NNP")
        topic = self._topic_country(
            h.i, sent_start if other_side else None, doer, one, unparsed
        ) or self._home_country(h, sent_end)
        if (
            self.home is not None
            and topic is not None
            and topic != self.home
            and topic in self._acted_on(h, sent_end)
        ):
            # 'Afghan warplanes bombed a village. The Foreign Ministry summoned the Afghan
            # charge d'affaires': the state the body acts on in its own sentence is not its
            # own; the dateline's is (ISLAMABAD)
            topic = self.home
        if topic is not None and self._placed_abroad(h.i, topic):
            topic = self.story_home  # 'It has opened missions in North Korea. The chancellor
            # has demanded savings': the home story's chancellor, not North Korea's
        return None if topic in visitor else topic

    def _of_a_force(self, h) -> bool:
        """Whether ``h`` names a state's force or police, or speaks for one ('the army',
        'troops', 'a military spokesman', 'a police officer')."""
        words = [h, *(c for c in h.children if c.dep_ in ("amod", "compound"))]
        return any(
            (role := self._role(w, [w])) is not None and role.sector in _HOME_FORCE_SECTORS
            for w in words
        )

    def _marks_a_thing(self, start: int, end: int, term: Term) -> bool:
        """Whether the demonym at ``start:end`` only tells where a thing after it comes from
        or lies ('South African markings', 'Iranian positions'): a modifier of a common noun
        that names no actor (no office, force or party) nor ground ('English towns',
        ``area_nouns`` of place_words.json): for a bare force or its spokesman
        (``_of_a_force``), no owner the rest of its sentence names."""
        if term.source != "adjective":
            return False
        tok = self.doc[end - 1]
        head = tok.head
        if tok.dep_ not in ("amod", "compound") or head.i < end or head.pos_ != "NOUN":
            return False
        if head.lower_ in _AREA_NOUNS or head.lower_.removesuffix("s") in _AREA_NOUNS:
            return False  # 'police were deployed in English towns': ground, the force's own
        return self._role(head, [head]) is None and _norm(head.text) not in self.gaz.terms

    def _placed_abroad(self, before: int, country: str) -> bool:
        """Whether a story with no dateline, told from one state's offices, last named
        ``country``, another state, within the pronoun window only as the place of a thing
        ('missions in North Korea'): no state a bare office of the story belongs to."""
        if self.home is not None or self.story_home in (None, country):
            return False
        for mention in self._window_mentions(before):
            if mention.actor["country"] == country:
                tok = None if mention.unparsed else self.doc[int(mention.i)]
                return tok is not None and _located_in(tok)
        return False

    def _fought_in_report(self, h) -> frozenset[str]:
        """Countries the objects of the clause an armed group's member reports name ('The rebel
        commander said his fighters shelled Soviet positions', 'a guerrilla spokesman said they
        downed an Afghan jet'): the side the group fights, never the speaker's own."""
        if h.dep_ not in _SUBJECT_DEPS or not self._armed_member(h):
            return frozenset()
        clauses = [c for c in h.head.children if c.dep_ == "ccomp"]
        objs = [o for v in clauses for o in v.children if o.dep_ in ("dobj", "nsubjpass")]
        objs += [
            p
            for v in clauses
            for c in v.children
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return frozenset(
            term.country
            for o in objs
            for _, _, term in self._matches(list(o.subtree))
            if term.country
        )

    def _armed_member(self, h) -> bool:
        """Whether ``h`` is an armed group or one of its people ('the rebel commander',
        'guerrilla leaders', 'the insurgents')."""
        for tok in (h, *(c for c in h.children if c.dep_ == "appos")):  # 'X, a rebel leader'
            low = tok.lower_
            own = self.gaz.agent_sector(low)
            if own in _ARMED_GROUP_SECTORS or (
                self._modifier_sector(tok, self._phrase(tok), _ARMED_GROUP_SECTORS) is not None
            ):
                return True
        return False

    def _answering_countries(self, h) -> frozenset[str]:
        """The states named as the main clause's subject when ``h`` is the subject of a
        clause that one answers or follows (``answerers``): the doer told after 'after',
        'when' … is not the state that answered it (a person or force answering may be of
        the same state: 'the colonel escaped after government forces recaptured the base')."""
        if h.dep_ not in _SUBJECT_DEPS:
            return frozenset()
        return answering_states(h.head, self._resolved)

    def of_own_state(self, actor: Actor) -> bool:
        """Whether ``actor`` is its state's forces, police or officials ('12 Colombian
        soldiers', 'a Peruvian army patrol'), not its people or envoys abroad ('two Canadian
        workers', 'Danish envoys')."""
        words = actor["text"].lower().split()
        if any(w in POSTED_WORDS for w in words):
            return False
        return any(
            w in _OWN_STATE_WORDS or self.gaz.agent_sector(w) in _OWN_STATE_SECTORS for w in words
        )

    def _bidden(self, h, i: int) -> bool:
        """Whether token ``i`` is in the subject of a clause in the mandative subjunctive
        under the verb of ``h``, one of ``_BIDDING_VERBS`` ('the chancellor demanded that
        Japan cut tariffs', 'insisted that Iraq should withdraw'): the side told what to do,
        not the subject's own ('officials stressed that Switzerland should act' is theirs)."""
        verb = h.head
        if h.dep_ not in _SUBJECT_DEPS or verb.lower_ not in _BIDDING_VERBS:
            return False
        node = self.doc[i]
        while node.dep_ in ("compound", "amod", "det", "poss") and node.head != node:
            node = node.head
        clause = node.head
        if node.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head != verb:
            return False
        auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        return not auxes or auxes == ["should"]

    def _destinations(self, h) -> frozenset[str]:
        """The countries the subject ``h`` goes to by its own verb: the 'to'/'for'/'into'
        phrase of a trip verb other than 'return' ('leaves for Washington'), the 'in'/'at'/'to'
        phrase of an arrival ('arrived in Cairo'), the object of a visit ('toured Japan')."""
        if h.dep_ not in _SUBJECT_DEPS:
            return frozenset()
        verb, low = h.head, h.head.lower_
        if low in _TRIP_VERBS and not low.startswith("return"):
            preps = ("to", "for", "into")
        else:
            preps = ("in", "at", "to") if low in _ARRIVAL_VERBS else ()
        places = [c for c in verb.children if c.dep_ == "dobj"] if low in VISIT_VERBS else []
        places += [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
        ]
        return frozenset(
            term.country
            for p in places
            for _, _, term in self._matches(list(p.subtree))
            if term.country
        )

    def _partner_states(self, h) -> frozenset[str]:
        """The countries and capitals the subject ``h`` acts with or against by its own verb
        or that verb's object ('the government lodged a protest with Kabul', 'officials signed
        an accord with Damascus', 'troops fought against Libya'), or gives to by a verb of its
        clause ('the administration has agreed to sell Pakistan aircraft'): the other side,
        never the subject's own country."""
        if h.dep_ not in _SUBJECT_DEPS:
            return frozenset()
        verbs = [h.head]
        verbs += [c for c in h.head.children if c.dep_ == "xcomp"]
        holders = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "dobj")]
        sides = [
            p
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        sides += [c for v in verbs for c in v.children if c.dep_ == "dative"]
        return frozenset(
            term.country
            for p in sides
            for _, _, term in self._matches(list(p.subtree))
            if term.country and term.source in ("country", "capital")
        )

    def _of_several_sides(self, h) -> bool:
        """Whether ``h`` is a bare plural of people who sit for every side ('Negotiators',
        'the delegates') after sentences that name more than one country, or a bare plural
        of ``_SHARED_PLURALS`` ('Officials', 'Ministers') after a country named last as one of
        several coordinated ones ('after Spain and Portugal joined …')."""
        low = h.lower_
        if low not in _SIDE_PLURALS:
            return False
        if any(c.lower_ != "the" for c in h.lefts):
            return False
        named = [m for m in self._window_mentions(h.i) if m.actor["country"] and not m.unparsed]
        if low in _SHARED_PLURALS:
            if not named:
                return False
            # the last named is coordinated, or is one 'their' standing for several
            last = {m.actor["country"] for m in named if m.i == named[0].i}
            return _coordinated(self.doc[int(named[0].i)]) or len(last) > 1
        return len({m.actor["country"] for m in named}) > 1

    def _agent_beside_sufferer(self, h) -> bool:
        """Whether ``h`` is the 'by' doer of a noun whose 'of' phrase names a party it
        befalls ('the kidnapping of a French nurse by gunmen', not 'the concession of funds
        by the Treasury'): the sentence's countries are the sufferer's or its friends'."""
        noun = h.head.head
        if h.dep_ != "pobj" or h.head.lower_ != "by" or noun.pos_ != "NOUN":
            return False
        sufferers = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        return any(a["country"] for p in sufferers if p.dep_ == "pobj" for a in self._resolved(p))

    def _office_state(self, h, role: Role) -> str | None:
        """The one state of an office named bare (``Role.state``); for an office only mostly
        that state's, the country the same noun last had a word of its own for ('A Kenyan MP
        … The MP said': Kenya's, not Britain's)."""
        state = role.state(self.home)
        if state is not None and role.usual:
            return self._same_noun_country(h) or state
        return state

    def _same_noun_country(self, h) -> str | None:
        """The country the last mention of the same plural noun within the pronoun window
        names by a word of its own before it ('Some U.S. officials hinted …, but this was
        dismissed by other senior officials': the U.S.'s, not Japan's named between), else
        None."""
        for mention in self._window_mentions(h.i):
            if mention.unparsed or not mention.actor["country"]:
                continue
            tok = self.doc[int(mention.i)]
            if tok.lower_ != h.lower_ or tok.i == h.i:
                continue
            for mod in reversed(list(tok.lefts)):  # the nearest country word first
                if mod.dep_ in ("amod", "compound", "poss", "nmod"):
                    country = self.gaz.country_of(mod.text)
                    if country:
                        return country
        return None

    def _same_force_country(self, h, phrase: list) -> str | None:
        """The country of the state force compounded on ``h`` when last named within the
        pronoun window with the same words and a country of its own ('… deliveries of
        helicopters to the Salvadorean air force. Air force planes bombed …': El Salvador's,
        not the Washington named between), else None."""
        forces = [t for t in phrase if t.dep_ == "compound" and t.head == h and t.pos_ == "NOUN"]
        for force in forces:
            named = _compound_words(force)
            for mention in self._window_mentions(h.i):
                tok = self.doc[int(mention.i)]
                if mention.unparsed or tok.lower_ != force.lower_ or tok.i == force.i:
                    continue
                code = mention.actor["code"] or ""
                if (
                    mention.actor["country"]
                    and code[3:6] == "MIL"
                    and _compound_words(tok) == named
                ):
                    return mention.actor["country"]
        return None

    def _pronoun_doer_countries(self, h, doer: frozenset[int]) -> frozenset[str]:
        """The countries of the visitor ``h`` is met by when a pronoun names him ('he was
        scheduled to meet with …'), else none (a visitor named in his sentence is resolved
        from it, and may himself have taken a guessed country)."""
        heads = [self.doc[i] for i in doer if self.doc[i].head.i not in doer]
        if not heads or any(t.pos_ != "PRON" for t in heads) or not _met_party(h):
            return frozenset()
        return self._doer_countries(doer)

    def _acted_on(self, h, sent_end: int) -> frozenset[str]:
        """The countries named after ``h`` in its sentence as the object, destination or
        other party of the verb ``h`` is the subject of (``_addressed``)."""
        return frozenset(
            term.country
            for a, _b, term in self._matches(list(h.doc[h.i + 1 : sent_end]))
            if term.country and self._addressed(h, a)
        )

    def _home_country(self, h, sent_end: int) -> str | None:
        """The dateline's country, for an office the text around it gives no country ('MANAMA,
        April 2 - The prime minister warned Iran …': Bahrain's); not for a plural, nor when
        the sentence names that country itself, which is then the other side ('the minister
        flew to Bahrain'), nor when the sentences just before name another country, parsed
        or not. A body of that state's own government in the sentence ('drafted by Downing
        Street officials') is no other side: the office is one more of that state's
        (``_names_state_apart``)."""
        home = self.home or self.story_home
        if home is None or h.tag_ in ("NNS", "NNPS"):
            return None  # 'delegates', 'ministers' meeting in a capital come from many states
        sent = self.doc[self._sentence_start(h.i) : sent_end]
        if (
            home in self.owners_named(sent)
            and self._names_state_apart(sent, home)
            and not self._home_only_in_own_words(h, sent, home)
        ):
            return None
        for mention in self._window_mentions(h.i):
            country = mention.actor["country"]
            if _coordinated(self.doc[int(mention.i)]):
                continue  # 'Japan and the U.S. pledged aid. The government …': neither's
            if country and country != home:
                return None  # 'Former U.S. Secretary of State X said' just before: not alone
        return home

    def _home_speaker(self, h) -> bool:
        """Whether the bare office or force ``h`` ('the army', 'the military') is the teller
        of its sentence ('…, the army said') in a story with a dateline whose country the
        sentence names as a party ('BANGKOK - Thai troops and Vietnamese forces exchanged
        artillery fire …, the army said'): a dateline's report is told by that state's own
        bodies, not by the other side last named."""
        if self.home is None or h.tag_ != "NN" or h.dep_ != "nsubj":
            return False
        if h.head.lower_ not in _SAYING or any(c.dep_ == "dobj" for c in h.head.children):
            return False
        if any(t.pos_ == "PROPN" for t in h.subtree):
            return False  # 'The official news agency ADN said': its name tells whose
        start, end = self._sentence_start(h.i), self._sentence_end(h.i)
        return any(
            term.country == self.home and not (a <= h.i < b)
            for a, b, term in self._matches_at(list(range(start, end)))
        )

    def _home_only_in_own_words(self, h, sent, home: str) -> bool:
        """Whether the sentence names the dateline's country ``home`` only inside what the
        office ``h`` itself says ('PANAMA CITY - The government accused Washington … and said
        the Panama Defense Forces had been placed on alert'): its own state's force, no other
        side of its act."""
        said: set[int] = set()
        verb = h.head
        for v in (verb, *verb.conjuncts):
            if v.lower_ in _SAYING:
                for c in v.children:
                    if c.dep_ == "ccomp":
                        said.update(t.i for t in c.subtree)
        if not said:
            return False
        named = [
            a
            for a, _b, term in self._matches_at(list(range(sent.start, sent.end)))
            if term.country == home
        ]
        return all(a in said for a in named)

    def _names_state_apart(self, sent, country: str) -> bool:
        """Whether ``sent`` names ``country`` other than by a body of its own government (an
        institution: 'Downing Street', 'the Home Office'): by its name, people, capital, a
        place or a person of it ('flew to Bahrain', 'met Mr Blair')."""
        return any(
            term.country == country and term.source != "institution"
            for _a, _b, term in self._matches_at(list(range(sent.start, sent.end)))
        )

    @cached_property
    def story_firms(self) -> frozenset[str]:
        """The names the story marks as companies' (``story_firms`` of the article's text)."""
        return story_firms(self.story_text, self.gaz) if self.story_text else frozenset()

    def _story_firm(self, text: str) -> bool:
        """Whether a name the gazetteers do not know is one the story marks as a company's
        ('Turkcell signed a contract' in a story of 'Turkcell's stake')."""
        name = text[4:] if text.startswith(("the ", "The ")) else text
        return name in self.story_firms and self.gaz.lookup(name) is None

    @cached_property
    def story_home(self) -> str | None:
        """With no dateline's country, the one state whose offices the story names
        (``state_of_offices`` of the article's text), read only when a bare office needs it."""
        return state_of_offices(self.story_text, self.gaz) if self.story_text else None

    def _doer_countries(self, doer: frozenset[int]) -> frozenset[str]:
        """The countries of the visitor at tokens ``doer`` (``_meeting_doer`` of a party met)."""
        if not doer:
            return frozenset()
        return frozenset(
            m.actor["country"] for m in self._mentions if int(m.i) in doer and m.actor["country"]
        )

    @classmethod
    def _meeting_doer(cls, h) -> frozenset[int]:
        """Token indices of the subject of the act ``h`` is the other party of, or belongs to
        ('the Saudi prince met officials', 'held talks with officials', 'will meet officials
        of the Finance Ministry'): the visitor, whose country is not that of the people and
        bodies he meets. Empty when ``h`` is no such party."""
        node = h
        while node.head != node and (
            node.dep_ in ("conj", "appos")
            or (
                node.dep_ == "pobj"
                and node.head.dep_ == "prep"
                and node.head.head.pos_ in ("NOUN", "PROPN")  # 'Chamber of Deputies chairman X'
            )
        ):
            node = node.head if node.dep_ != "pobj" else node.head.head
        if not cls._addressee(node):
            return frozenset()
        verb = node.head
        if node.dep_ == "pobj":
            verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj") and verb.head != verb:
                verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # 'held talks with'
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not subjects and verb.dep_ == "xcomp" and verb.head != verb:
            verb = verb.head  # 'he was scheduled to meet with …': the subject of 'scheduled'
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return frozenset(t.i for s in subjects for t in s.subtree)

    @staticmethod
    def _other_clauses(h) -> frozenset[int]:
        """Token indices of the clauses conjoined to the verb of ``h`` ('ministers will meet
        again, and Danish sources said …') and, for its subject, of the adverbial clauses a
        conjunction opens under it ('the prince met Bush after U.S. naval forces attacked
        …') and of the relative clauses after it: what they name owns nothing of ``h``."""
        verb = h
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        other = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        if h.dep_ in _SUBJECT_DEPS and h.head == verb:
            other += [
                c
                for c in verb.children
                if c.dep_ == "advcl" and c.i > h.i and any(m.dep_ == "mark" for m in c.children)
            ]  # 'after/when … attacked', not 'met to discuss the plight of Somali refugees'
        if h.dep_ in _SUBJECT_DEPS and h.head == verb:  # 'X said the raids, which followed
            # the arrest of a man French officials described as …': what a relative clause
            # after the subject tells names no owner of it
            other += [t for t in verb.subtree if t.dep_ == "relcl" and t.i > h.i]
        return frozenset(t.i for clause in other for t in clause.subtree)

    @staticmethod
    def _addressee(tok) -> bool:
        """Whether ``tok`` names the other party, the destination of an act or where a meeting
        is held ('talks with Kohl in Bonn', 'Turkish Ambassador to Athens', 'leaves for
        Washington', 'met Baker'): a side the act is done with or goes to, never a country for
        its doer."""
        node = tok
        while (
            node.dep_ in ("compound", "amod", "poss", "det", "case", "nmod") and node.head != node
        ):
            node = node.head
        while node.dep_ in ("conj", "appos") and node.head != node:
            node = node.head
        head = node.head
        if node.dep_ == "pobj":
            if head.lower_ in _ADDRESSEE_PREPS:
                return True
            if head.lower_ in _MEETING_PLACE_PREPS:  # 'talks with Kohl in Bonn': where it is held
                held = head.head
                if held.dep_ == "pobj" and held.head.lower_ in _ADDRESSEE_PREPS:
                    held = held.head.head
                return held.lower_ in _MEETING_WORDS
            if head.lower_ == "on":  # 'called on Greece to …': the side appealed to
                return head.head.lower_ in _APPEAL_VERBS_ON
            return head.lower_ == "for" and head.head.lower_ in _TRIP_VERBS
        return node.dep_ == "dobj" and head.lower_ in _ENCOUNTER_VERBS

    @staticmethod
    def _addressed(h, i: int) -> bool:
        """Whether token ``i`` is the object of the verb ``h`` is the subject of (or of a verb
        in its clause: 'the administration agreed to sell Pakistan aircraft'), or where that
        verb goes or whom it acts with or on ('the chancellor is travelling to America', 'the
        Community is keen to continue talking with Tokyo'), also as the owner of that object
        ('met officials of Japan', 'held talks with leaders from Canada'): not the subject's own
        country."""
        if h.dep_ not in _SUBJECT_DEPS:
            return False
        verb = DocumentActors._object_verb(h.doc[i])
        if verb is None:
            return False
        while verb != h.head and verb.dep_ in ("xcomp", "acomp") and verb.head != verb:
            verb = verb.head
        return verb == h.head

    @staticmethod
    def _object_verb(tok):
        """The verb (or act noun's verb) whose object, or the object of whose 'to', 'with',
        'on', 'against', 'into' or 'at', ``tok`` names or owns ('met officials of [Japan]',
        'began two days of talks with [Kohl]'); None when ``tok`` is no such object."""
        node = tok
        while node.head != node:
            if node.dep_ in ("compound", "amod", "poss", "det", "case"):
                node = node.head
            elif (
                node.dep_ in ("pobj", "conj")
                and node.head.lower_ in _OWNING_PREPS
                and node.head.dep_ == "prep"
                and node.head.head.tag_ in ("NNS", "NNPS", "NNP")
            ):  # people or a named person, not a thing or place ('a part of Aleppo')
                node = node.head.head  # 'officials of [Japan]': the officials' owner
            elif node.dep_ == "conj":
                node = node.head  # 'officials of the U.S., Japan and [Canada]'
            elif (
                node.dep_ == "pobj"
                and node.head.dep_ == "agent"
                and node.head.head.dep_ == "acl"
                and node.head.head.head.pos_ == "NOUN"
            ):
                node = node.head.head.head  # 'arguments made by [U.S. officials]': theirs
            else:
                break
        if node.dep_ in ("dobj", "dative"):
            verb = node.head  # 'officials agreed to sell Pakistan aircraft': not Pakistan's
        elif node.dep_ == "pobj" and node.head.lower_ in _DIRECTED_PREPS:
            verb = node.head.head
        else:
            return None
        while verb.pos_ == "NOUN" and verb.head != verb:  # 'began two days of talks with …'
            if verb.dep_ == "dobj":
                verb = verb.head
            elif verb.dep_ == "pobj" and verb.head.lower_ == "of":
                verb = verb.head.head
            else:
                break
        return verb

    @staticmethod
    def _reported_sufferer(h, i: int) -> bool:
        """Whether token ``i`` names the object or the other party of an act that the speaker
        ``h`` reports in the clause of its verb of speech ('An army spokesman said the airborne
        force killed all seven hijackers and about 20 [Ugandan] soldiers', 'a spokesman said
        troops had been sent to [Chad]'): the side the reported act is done to or goes to,
        which tells nothing of whose the speaker is."""
        if h.dep_ not in _SUBJECT_DEPS or not _speaks(h.head):
            return False
        verb = DocumentActors._object_verb(h.doc[i])
        if verb is None or verb == h.head:
            return False
        while verb.dep_ in ("xcomp", "conj") and verb.head != verb and verb.head != h.head:
            verb = verb.head
        return verb.dep_ == "ccomp" and verb.head == h.head

    def _clause_place_country(self, h, deep: bool = False) -> str | None:
        """Country of a place the subject's clause happens in ("... rioted in Dili"); with
        ``deep`` also one its objects are in ('attacked a town in Burma')."""
        verb = h.head
        preps = (
            [t for t in verb.subtree if t.head != t and not h.is_ancestor(t) and t != h]
            if deep
            else list(verb.children)
        )
        return self._place_of_preps(preps, _CLAUSE_PLACE_PREPS)

    def _place_of_preps(self, preps, words: Set[str]) -> str | None:
        """The country of the first place named as the object of one of ``preps`` that is a
        preposition in ``words``; not a place words were given out or heard in ('In a
        statement issued in Miami, …': not where they act)."""
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in words:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for a, b, term in self._matches(list(pobj.subtree)):
                    if any(_monitored_at(t) for t in self.doc[a:b]):
                        continue
                    if term.country and term.source in ("country", "capital", "place"):
                        return town_country(pobj, term.country, self.gaz)
        return None

    def _own_place_country(self, h) -> str | None:
        """Country of a place named in the noun's own 'in' or 'at' phrase ('regulators in
        Tokyo', 'police at Heathrow'), or, for the agent of a passive, in the verb's ('was
        closed down by regulators in Tokyo', the parser hanging the place on the verb)."""
        heads = [h]
        if h.dep_ == "pobj" and h.head.dep_ == "agent":
            heads.append(h.head.head)
        for prep in (c for head in heads for c in head.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for _, _, term in self._matches(list(pobj.subtree)):
                    if term.country and term.source in ("country", "capital", "place"):
                        return town_country(pobj, term.country, self.gaz)
        return None

    def _owner_from_context(self, h, owner: _Owner) -> None:
        """ "At the Pentagon, spokesman Pat Ryder said": an institution or capital where the
        person's clause takes place; not the capital he arrives in ('arrived in Cairo'), nor
        the one people of a region of several states meet in ('African leaders met in
        Lagos': of no one state, not Nigeria's)."""
        verb = h.head if h.dep_ in _SUBJECT_DEPS else None
        if verb is None or verb.lower_ in _ARRIVAL_VERBS or _of_a_region(h):
            return
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                found = self._match(self._phrase(pobj))
                for a, b, term in found:
                    if term.source in ("institution", "capital", "organization"):
                        owner.country = self._bearer(a, b, term, found)
                        owner.owner = owner.country or term.code
                        owner.sector = term.sector if term.source == "institution" else None
                        return

    def _owner_from_appos(self, h, owner: _Owner) -> None:
        for child in h.children:
            if child.dep_ != "appos":
                continue
            phrase = self._phrase(child)
            terms = self._match(phrase)
            inner = self._owner(child, phrase, terms)
            if inner.owner is None:
                head_term = next((t for a, b, t in terms if a <= child.i < b), None)
                head_term = head_term or next((t for _, _, t in terms), None)
                if head_term is not None:
                    inner.country, inner.owner = (
                        head_term.country,
                        head_term.country or head_term.code,
                    )
            if inner.owner is not None or inner.sector in _PRIVATE_OWNER_SECTORS:
                owner.country, owner.owner, owner.sector = inner.country, inner.owner, inner.sector
                # after the name: a person of known country keeps it ('assured the Crown
                # Prince the United States would …', parsed as an apposition)
                owner.after_name = True
                return

    def _from_role(self, h, phrase, terms, role: Role) -> list[Actor]:
        owner = self._owner(h, phrase, terms)
        text = self._text(h, phrase)
        if launched := self._launching_ship_country(h, role):  # 'jets from the carrier
            owner.country = owner.owner = launched  # Enterprise', not a town the name names
        if owner.owner is None and self._from_many_states(h):
            # 'officials from 20 nations met in Geneva': states acting together, of none of
            # them (not of the place they meet in)
            return [
                _actor(text, f"{role.role} of several states", role.kind, None, role.role, "---IGO")
            ]
        sector = role.sector
        if h.lower_ in _GENERIC_ROLES or owner.sector in _PRIVATE_OWNER_SECTORS:
            sector = owner.sector or self._modifier_sector(h, phrase) or sector
        if h.lower_ in _GENERIC_ROLES and owner.owner is None and self._unknown_firm_owner(h):
            sector = "BUS"  # "Volkswagen's former currency chief": a firm's, no state's office
        if role.kind == "person":
            named = self._appositive_person(h, role, owner, sector)
            if named is not None:  # "the foreign minister, Musalia Mudavadi,"
                return [named.actor(text)]
        if role.kind == "person":
            remembered = self._by_role.get((owner.owner, role.role)) if owner.owner else None
            bare = (
                owner.owner is None
                and owner.sector != "BUS"
                and not any(
                    t.dep_ in ("amod", "compound") and t.lower_ not in role.role.split()
                    for t in phrase
                    if t.i != h.i
                )
            )  # 'the prime minister' is bare; 'a new minister' is not
            where: float | None = None
            if remembered is None and bare:
                remembered = self._by_role.get((None, role.role))
                if remembered is not None:
                    where = self._person_mention_end(remembered, h.i)
            if remembered is None and (owner.owner or bare):  # named sentences back, unparsed
                found = self._unread_title_at(owner.owner, role.role, h.i)
                if found is not None:
                    remembered, where = found
            if remembered is not None and bare and self._other_state_since(remembered, where, h):
                remembered = None  # 'Austrian Chancellor X …. German officials …. The chancellor'
            if remembered is not None:
                return [remembered.actor(text)]
        if owner.owner is None and _ours(h):  # '"Our navy will …," the Pentagon said'
            owner.country = owner.owner = self._first_person_country(h)
        if owner.owner is None and (ordered := self._orderer_country(h, role)):
            owner.country = owner.owner = ordered  # 'Bush ordered the aircraft carrier
            # Independence to move closer to Kuwait': America's carrier
        if owner.owner is None and owner.sector not in _PRIVATE_OWNER_SECTORS:
            has_the = any(t.lower_ == "the" for t in phrase)
            council = self._council(h, role)
            bare = len(phrase) == 1 or (has_the and len(phrase) == 2)
            if h.tag_ == "NNS" and (bare or council):
                # 'Ministers also warned …', 'the ministers', 'farm ministers' after 'EC farm
                # ministers': the same ministers, unless they are the visitor's own
                earlier = self._last_plural_role_mention(h.i, role.role)
                if earlier is not None and self._own_place_country(h) not in (
                    None,
                    earlier["country"],
                ):
                    earlier = None  # 'regulators in Tokyo' after 'the German regulator'
                if earlier is not None and earlier["country"] in self._doer_countries(
                    self._meeting_doer(h)
                ):
                    earlier = None  # 'Howard will meet officials' after 'British officials'
                if earlier is not None:
                    return [dict(earlier, text=text)]  # type: ignore[list-item]
            if council:
                # 'Farm ministers will meet again': ministers of several countries, of the
                # body named last if any, never of one country the sentence names
                body = self._last_body_mention(h.i)
                code = body["code"] if body else _code(None, sector)
                name = f"{self.gaz.body_name(code)} {role.role}" if body else role.role
                return [_actor(text, name, role.kind, None, role.role, code)]
            ruled = self._ruler_at_home(h, role) if has_the else None
            if ruled is not None:  # 'NIAMEY, Niger - … The junta refused': at home, not
                # the juntas of other states named before ('Mali, run by a military junta')
                owner.country = owner.owner = ruled
            elif has_the:
                roles = _ENVOY_ROLES if role.role in _ENVOY_ROLES else frozenset({role.role})
                earlier = self._last_role_mention(h.i, roles)
                if earlier is None and len(phrase) == 2 and role.kind == "person":
                    earlier = self._last_portfolio_mention(h.i, role.role)
                if earlier is not None:
                    return [dict(earlier, text=text)]  # type: ignore[list-item]
            shared = self._conjunct_state(h, role)
            if shared is not None:  # 'Irish police and troops': one state's
                owner.country = owner.owner = shared
            elif role.needs_owner and not has_the and (placed := self._police_country(h, role)):
                owner.country = owner.owner = placed  # 'In Cairo, police …', 'PEKING - Police …'
            elif role.needs_owner and not has_the and self._home_ground_force(h, role, phrase):
                owner.country = owner.owner = self.home  # 'ASUNCION - Tanks shelled …'
            elif role.needs_owner and not has_the and self._risen_force(h, role, phrase):
                # 'ADDIS ABABA - Rebel tanks rolled into Addis Ababa': of where they rise,
                # as 'Rebel soldiers' are
                owner.country = owner.owner = self._clause_place_country(h, True) or self.home
                sector = "REB"
            elif role.needs_owner and not has_the:
                return []
            in_subject = (
                h.dep_ in _SUBJECT_DEPS
                or h.head.dep_ == "agent"
                or role.kind == "person"
                or (  # "a group of Yoruba leaders announced"
                    h.dep_ == "pobj"
                    and h.head.head.lower_ in _COLLECTIVE_HEADS
                    and h.head.head.dep_ in _SUBJECT_DEPS
                )
            )
            guess = role.needs_owner or (role.sector in _STATE_SECTORS and in_subject)
            guess = guess and role.role not in _NO_CONTEXT_OWNER_ROLES
            guess = guess and owner.sector not in _PRIVATE_OWNER_SECTORS
            if shared is not None:
                pass  # owned by the force it is joined to
            elif role.kind == "country" and any(t.lower_ in _OTHER_ONES for t in phrase):
                pass  # 'the other countries could not agree': not the one the text is about
            elif role.kind == "country" and has_the:  # "the country's foreign minister"
                country = self._topic_country(h.i)
                if country is not None:
                    iso3 = country
                    name = self.gaz.country_name(iso3)
                    return [_actor(text, name, "country", iso3, None, iso3)]
            elif h.text in _NAMED_FORCES:  # 'about 1,000 Marines fought …': the U.S.'s
                owner.country = owner.owner = _NAMED_FORCES[h.text]
            elif office_state := self._office_state(h, role):  # 'the home secretary':
                owner.country = owner.owner = office_state  # Britain's, whatever the text is about
            elif owner.owner is not None:
                pass  # police of the dateline's state ('PEKING - Police opened fire …')
            elif self._risen_force(h, role, phrase):
                # 'MANILA - … Rebel soldiers seized the air base': of where they rise
                owner.country = owner.owner = self._clause_place_country(h, True) or self.home
                sector = "REB"
            elif guess and self._posted_here(h, role):
                owner.country = owner.owner = self.home  # 'PEKING - … officials here said'
            elif guess and has_the and self._home_speaker(h):
                owner.country = owner.owner = self.home  # 'BANGKOK - Thai troops and
                # Vietnamese forces exchanged fire …, the army said': Thailand's
            elif guess:  # 'the government', 'officials'; else of a state only skipped text named
                same = self._same_force_country(h, phrase) if role.sector == "MIL" else None
                country = same or (
                    self._context_country(h) or self._context_country(h, unparsed=True)
                )
                acting = None if same else self._force_acts_in(h, role, country)
                if acting is not None:  # 'WASHINGTON - … Troops and tanks stormed Tiananmen
                    country = acting  # Square': China's, not the dateline's
                if (
                    country
                    and role.sector == "MIL"
                    and _of_government(phrase)
                    and not self._one_state_story(h, country, 1)
                    and country not in self._voice_of(h)  # 'the Angolan news agency said
                ):  # government troops …': the speaking state's own
                    country = None  # 'Chad and Libya … government troops': neither's
                elif country is None and self._home_forces(h, role):
                    country = self.home  # 'MANILA - Soldiers killed nine guerrillas'
                elif role.sector == "MIL" and country in HELD_GROUND:
                    country = HELD_GROUND[country]  # 'troops opened fire near Nablus'
                owner.country = owner.owner = country
            elif (
                role.sector in _ARMED_GROUP_SECTORS
                and not bare
                and _bare_but_creed(phrase, h)
                and self._home_alone_before(h)
            ):
                # 'SAN SALVADOR - Leftist guerrillas fired …', 'MANAGUA - U.S.-backed rebels':
                # a creed or a backer names no country of theirs; they rise where the story is
                owner.country = owner.owner = self.home
            elif role.sector in _ARMED_GROUP_SECTORS and bare:
                # 'the rebels' of an article about one country's conflict: its rebels
                country = self._context_country(h) or self._context_country(h, unparsed=True)
                if country and self._one_state_story(h, country, heard=False):
                    owner.country = owner.owner = country
                elif (earlier := self._last_armed_group_country(h)) is not None:
                    owner.country = owner.owner = earlier  # 'Rebel tanks rolled into Addis
                    # Ababa … The rebels shelled an army depot': the same rebels
                if self._foreign_forces_only(h, owner.country):
                    owner.country = owner.owner = self.home  # 'FREETOWN - Nigerian-led
                    # peacekeepers drove rebels out …': the rebels fight at home
            elif role.sector in _CIVIL_SECTORS and h.dep_ in _SUBJECT_DEPS:
                # "Prisoners rioted at a jail in East Timor's capital": where they act
                owner.country = owner.owner = self._clause_place_country(h)
        if role.role in _SETTLER_ROLES and owner.country in HELD_GROUND:
            # 'Settlers burned Palestinian olive groves', 'a Jewish settler opened fire in
            # Hebron': settled on held ground by its holder, of the holder's state
            owner.country = owner.owner = HELD_GROUND[owner.country]
        holder = self._office_holder(h, phrase, role, owner)
        if holder is not None:  # "the president" of a US article of 1987: Reagan
            return [_actor(text, holder.name, "person", holder.country, role.role, holder.code)]
        if owner.owner is None:
            name = role.role
        elif owner.country:
            name = f"{self.gaz.country_adjective.get(owner.country, owner.name)} {role.role}"
        else:
            name = f"{owner.name} {role.role}"
        kind = role.kind if role.kind != "country" else "country"
        out = [_actor(text, name, kind, owner.country, role.role, _code(owner.owner, sector))]
        for term in owner.others:
            other = f"{self.gaz.country_adjective.get(term.country, term.name)} {role.role}"
            out.append(
                _actor(text, other, kind, term.country, role.role, _code(term.country, sector))
            )
        return out

    def _launching_ship_country(self, h, role) -> str | None:
        """The country of the warship a force with no country of its own flies or sails from
        ('A-6 jets from the carrier Enterprise', 'helicopters from the USS Guadalcanal'):
        aircraft and men a ship carries are its navy's; the ship, a warship's noun or a name
        after one, says whose."""
        if role.sector != "MIL" or role.kind == "person":
            return None
        for prep in h.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "aboard", "off", "on"):
                continue
            for ship in prep.children:
                if ship.dep_ != "pobj":
                    continue
                named = any(c.lower_ in _WARSHIP_NOUNS for c in _title_nouns(ship))
                prefixed = any(c.text in _SHIP_PREFIXES for c in ship.lefts)
                if ship.lower_ in _WARSHIP_NOUNS or named or prefixed:
                    countries = {a["country"] for a in self._resolved(ship) if a["country"]}
                    if len(countries) == 1:
                        return countries.pop()
        return None

    def _orderer_country(self, h, role) -> str | None:
        """The country of whoever orders a state's unit or vessel named by its name and with
        no country of its own to move ('Bush ordered the aircraft carrier Independence to move
        closer', 'the Pentagon ordered the carrier Saratoga to sail', 'Britain sent the
        destroyer Glasgow to the Gulf'): a state orders its own units; the unit is the object
        of one of ``unit_ordering_verbs`` or the subject of its 'to' clause, the orderer its
        subject, of one country."""
        if role.sector not in _HOME_FORCE_SECTORS or role.kind == "person":
            return None
        node = h
        while node.dep_ in ("compound", "appos") and node.head.i != node.i:
            node = node.head  # 'Independence' of 'the carrier Independence', 'carrier' of
        after = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
        named_after = (  # 'the aircraft carrier | Saratoga', parsed as two objects
            after is not None and after.pos_ == "PROPN" and after.head == node.head
        )
        if not named_after and not any(t.pos_ == "PROPN" for t in node.subtree):
            return None  # 'sent extra troops': no unit named, left to the context
        verb = None  # 'the carrier Eisenhower'
        if node.dep_ == "dobj":
            verb = node.head
        elif (
            node.dep_ == "nsubj"
            and node.head.dep_ in ("ccomp", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.head.children)
        ):
            verb = node.head.head
        if verb is None or verb.lower_ not in _UNIT_ORDERING_VERBS:
            return None
        orderer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if orderer is None or orderer.i == node.i:
            return None
        countries = {a["country"] for a in self._resolved(orderer) if a["country"]}
        return countries.pop() if len(countries) == 1 else None

    def _force_acts_in(self, h, role, guessed: str | None) -> str | None:
        """The country of a named town, capital or place a bare plural force acts on or in
        ('Troops and tanks stormed Tiananmen Square', 'soldiers opened fire on students in
        Kwangju'), when the text around it was read for another (``guessed``): troops acting
        in a named place are that place's state's unless told otherwise, by a verb of
        arriving or moving there ('troops landed at Point Salines', ``force_moving_verbs``)
        or by another state's armed force named before them ('U.S. Marines …', 'Iraqi
        troops …', not 'American military leaders'), whose the bare ones may be. Countries
        named whole are left to the context ('troops entered Kuwait')."""
        if role.sector != "MIL" or h.tag_ != "NNS" or h.dep_ != "nsubj":
            return None
        if any(c.dep_ == "poss" for c in h.children):
            return None  # 'Our forces stormed …': the possessor says whose
        verb = h.head
        if verb.lower_ in _FORCE_MOVING_VERBS:
            return None
        place = self._acted_on_place(verb, h)
        if place is None or place == guessed:
            return None
        if any(
            mention.i < h.i
            and (mention.actor["code"] or "")[3:6] == "MIL"
            and mention.actor["kind"] == "military"
            and mention.actor["country"] not in (None, place)
            for mention in self._mentions
        ):
            return None
        return place

    def _acted_on_place(self, verb, h) -> str | None:
        """The country of the first town, capital or place (no country named whole) ``verb``
        acts on as its object or in its 'in', 'at', 'near' or 'outside' phrase; not one of a
        phrase that also names a country or its adjective ('stormed Iraqi positions near
        Fao': whose the ground is, not whose the force)."""
        for child in verb.children:
            if child.dep_ == "dobj":
                phrase = list(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "outside"):
                phrase = [t for t in child.subtree if t != child]
            else:
                continue
            if h.i in (t.i for t in phrase):
                continue
            found = self._match(phrase)
            if any(term.source in ("country", "adjective") for _, _, term in found):
                continue  # 'stormed Iraqi positions near Fao': the foe's ground, not theirs
            for a, b, term in found:
                if any(_monitored_at(t) for t in self.doc[a:b]):
                    continue
                if term.country and term.source in ("capital", "place"):
                    return town_country(self.doc[b - 1], term.country, self.gaz)
        return None

    def _posted_here(self, h, role) -> bool:
        """Whether ``h`` is an office or body of the dateline's state told by 'here' ('PEKING
        - … and officials here welcomed the pullout': China's, whatever other states the
        sentence names); not an envoy's ('the ambassador here' is posted from abroad), nor
        people of every side ('diplomats here', ``both_sides_plurals``) or of a region
        ('Western diplomats here')."""
        return (
            self.home is not None
            and role.role not in _ENVOY_ROLES
            and h.lower_ not in _BOTH_SIDES_PLURALS
            and not _of_a_region(h)
            and any(c.dep_ == "advmod" and c.lower_ == "here" for c in h.children)
        )

    def _risen_force(self, h, role, phrase: list) -> bool:
        """Whether ``h`` names a state's force risen against its state, with no country of its
        own ('Rebel soldiers', 'mutinous troops'): a modifier of ``_REBEL_MARKS`` on a force's
        noun, in a story with a dateline."""
        if self.home is None or role.sector not in _HOME_FORCE_SECTORS:
            return False
        return any(
            t.lower_ in _REBEL_MARKS and t.dep_ in ("amod", "compound") and t.head == h
            for t in phrase
        )

    def _conjunct_state(self, h, role) -> str | None:
        """The country of the state force or office a force with no country word of its own is
        joined to ('Irish police and troops', 'Revolutionary Guards and army units', 'Syrian
        troops and police'): the two are one state's. None when the first names no force or
        office of one country ('rebels and troops', 'Iran and troops')."""
        if role.sector not in _HOME_FORCE_SECTORS or h.dep_ != "conj":
            return None
        if h.head.pos_ not in ("NOUN", "PROPN") or h.head.i > h.i:
            return None
        first = self._resolved(h.head)
        countries = {a["country"] for a in first}
        if len(countries) != 1 or None in countries:
            return None
        if not all((a["code"] or "")[3:6] in _STATE_FORCE_CODES for a in first):
            return None
        return countries.pop()

    def _last_armed_group_country(self, h) -> str | None:
        """The country of the last rebels or insurgents the article named with one before
        ``h`` ('Somali rebels', 'Rebel tanks' of an Addis Ababa dateline), when no armed group
        of another country was named after them: bare 'the rebels' later on are the same."""
        for mention in reversed(self._mentions):
            if mention.i >= h.i:
                continue
            if (mention.actor["code"] or "")[3:6] in _ARMED_GROUP_SECTORS:
                return mention.actor["country"] or None
        return None

    def _police_country(self, h, role) -> str | None:
        """The state of bare 'police' doing something: police act at home, so they are the
        country of the place their clause names ('In Cairo, police fired water cannon at
        protesters'), else the dateline's ('PEKING - Police opened fire on a crowd'), whatever
        other states the story named before."""
        if role.sector != "COP" or h.dep_ not in _SUBJECT_DEPS:
            return None
        return self._clause_place_country(h) or self.home

    def _ruler_at_home(self, h, role) -> str | None:
        """The state of a bare body that rules only at home (``_HOME_RULERS``: 'the junta'):
        the country of the place its clause names, else the dateline's ('NIAMEY, Niger -
        … Ivory Coast would send troops. The junta has refused …': Niger's), not the last
        state the story named; None with no dateline country, or for juntas in the plural or
        without 'the'."""
        if role.role not in _HOME_RULERS or self.home is None or h.tag_ != "NN":
            return None  # 'Mali and Burkina Faso, both run by military juntas': theirs
        if not any(t.lower_ == "the" for t in h.lefts):
            return None
        return self._clause_place_country(h) or self.home

    def _home_ground_force(self, h, role, phrase: list) -> bool:
        """Whether bare ground forces that need an owner ('Tanks of the First Army Corps
        shelled …', 'units', 'artillery') doing something are the dateline state's, as bare
        'soldiers' are (``_home_forces``); not risen ones ('rebel units', ``_risen_force``)."""
        return (
            role.role in _GROUND_FORCE_ROLES
            and h.dep_ in _SUBJECT_DEPS
            and not self._risen_force(h, role, phrase)
            and self._home_forces(h, role)
        )

    def _home_alone_before(self, h) -> bool:
        """Whether the story has a dateline and names no state but its country before ``h``,
        apart from backers named in ``h``'s own phrase ('U.S.-backed rebels')."""
        if self.home is None:
            return False
        phrase = range(h.left_edge.i, h.i + 1)
        return not any(
            mention.i < h.i
            and int(mention.i) not in phrase
            and mention.actor["country"] not in (None, self.home)
            for mention in self._mentions
        )

    def _home_forces(self, h, role) -> bool:
        """Whether a state's force or police named with no country ('soldiers', 'a police
        patrol', 'security forces') is the dateline state's: the article names no other
        state before it, parsed or skipped ('MANILA - Soldiers killed nine guerrillas';
        never after 'Iran and Iraq traded fire')."""
        if self.home is None or role.sector not in _HOME_FORCE_SECTORS:
            return False
        return not any(
            mention.i < h.i and mention.actor["country"] not in (None, self.home)
            for mention in self._mentions
        )

    def _voice_of(self, h) -> set[str]:
        """The countries of whoever tells the clause ``h`` stands in, when a country word
        names them: the subject of the nearest verb above it whose subject is not ``h``'s
        own phrase ('the Angolan news agency Angop said government troops had repulsed …':
        Angola; 'diplomats said …', whose country is only guessed: none)."""
        node = h
        while node.head.i != node.i:
            node = node.head
            for s in node.children:
                if s.dep_ == "nsubj" and not (s.left_edge.i <= h.i <= s.right_edge.i):
                    if not any(t.ent_type_ in ("GPE", "NORP") for t in s.subtree):
                        return set()
                    return {a["country"] for a in self._resolved(s) if a["country"]}
        return set()

    def _foreign_forces_only(self, h, country: str | None) -> bool:
        """Whether bare rebels whose guessed country is ``country`` (or none) fight in a
        story with a dateline that names, before ``h``, no state but the dateline's apart
        from the countries of forces ('Nigerian-led peacekeepers', 'Angolan troops'): a
        foreign force sent to fight them lends them no country of its own."""
        if self.home is None or country == self.home:
            return False
        return all(
            mention.actor["country"] in (None, self.home) or self._names_a_force(mention)
            for mention in self._mentions
            if mention.i < h.i
        )

    def _names_a_force(self, mention: _Mention) -> bool:
        """Whether a parsed mention is a state's force ('Angolan troops') or the country word
        of one ('Nigerian-led peacekeepers', 'Zimbabwean jets')."""
        if mention.unparsed:
            return False
        if (mention.actor["code"] or "")[3:6] == "MIL":
            return True
        tok = self.doc[int(mention.i)]
        heads = [tok.head, tok.head.head] if tok.dep_ in _MODIFIER_DEPS else []
        return any(
            (role := self.gaz.roles.get(t.lower_)) is not None and role.sector == "MIL"
            for t in heads
        )

    def _one_state_story(self, h, country: str, times: int = 3, heard: bool = True) -> bool:
        """Whether the article up to ``h`` is about ``country`` alone: it is named more often
        than, and at least ``times`` as often as, any other state (parsed and skipped
        sentences alike; three times for a bare group, 'the rebels'; more often for a
        government's forces, 'government troops'), so the force or group is its; an article
        naming two warring states as often is about no one state. Without ``heard`` a city
        that only names a broadcaster or where words were heard ('Baghdad radio said the
        rebels …') is no mention of the story's state."""
        counts: dict[str, int] = {}
        heard_only: set[str] = set()  # named only where words were heard or broadcast
        for mention in self._mentions:
            if mention.i < h.i and mention.actor["country"]:
                c = mention.actor["country"]
                if not heard and not mention.unparsed and _heard_from(self.doc[int(mention.i)]):
                    heard_only.add(c)
                    continue
                counts[c] = counts.get(c, 0) + 1
        mine = counts.get(country, 0)
        if country in heard_only and not mine:
            return False  # 'Baghdad radio said the rebels …': no story of Iraq's
        return all(n < mine and n * times <= mine for c, n in counts.items() if c != country)

    def _from_many_states(self, h) -> bool:
        """Whether a plural ``h`` is said to come from several states counted or not named
        ('delegates from 46 countries', 'ministers of many nations'); states it names give
        their own countries ('ministers from Ecuador, Mexico and Venezuela')."""
        if h.tag_ not in ("NNS", "NNPS"):
            return False
        states = [
            p
            for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
            for p in prep.children
            if p.dep_ == "pobj" and p.lower_ in _STATE_PLURALS
        ]
        return any(c.like_num or c.lower_ in _MANY_WORDS for p in states for c in p.lefts)

    def _office_holder(self, h, phrase: list, role: Role, owner: _Owner) -> Term | None:
        """The holder, on the article's day, of the one office a singular title of known
        country names ("the president", "Britain's prime minister", "the Soviet leader"); not
        of "a president", "presidents", "former president", "its president", "the president
        of North American operations" or a second country's."""
        if (
            role.kind != "person"
            or self.date is None
            or not owner.country
            or owner.others
            or h.tag_ in ("NNS", "NNPS")
            or owner.sector == "BUS"
            or any(t.lower_ in ("a", "an", "another", "one", "every", "each") for t in phrase)
            or any(t.tag_ == "PRP$" for t in phrase)  # 'its president': a body's own
            or any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in h.children)
            or self._qualified_role(h, phrase, role) != role.role
        ):
            return None
        return self.gaz.office_holder(owner.country, role.role, self.date)

    def _appositive_person(self, h, role: Role, owner: _Owner, sector: str) -> _Person | None:
        """The person an apposition names for a title ("its foreign minister, X,")."""
        for child in h.children:
            if child.dep_ != "appos" or not (child.ent_type_ == "PERSON" or child.tag_ == "NNP"):
                continue
            name, toks = self._person_name(child)
            if not name or self.gaz.lookup(name) is not None:
                continue
            if owner.owner is None and role.role not in _OTHER_SIDE_ROLES:
                owner.country = owner.owner = self._context_country(h)
            person = self._people.get(_norm(name)) or _Person(name, None, None, None, None)
            person.country, person.owner = owner.country, owner.owner
            person.role, person.sector = role.role, sector
            self._remember(person, toks)
            return person
        return None

    def _from_entity(self, h, phrase, terms, head_term: Term | None) -> list[Actor]:
        ent = entity_span(h)
        text = ent.text if ent is not None else h.text
        if ent is not None and len(ent) > 2 and head_term is None:
            name = _before_bracket(ent).text
            term = self.gaz.lookup(name)  # 'the Group of Seven': a name the parse splits
            if term is not None and term.source == "organization":
                return [_actor(name, term.name, term.kind, term.country, None, term.code)]
        if head_term is not None:  # a known place used as an actor: "Aleppo", "Gaza"
            return [
                _actor(text, head_term.name, "country", head_term.country, None, head_term.country)
            ]
        owner = self._owner(h, phrase, terms)
        if h.ent_type_ == "GPE":
            return []
        inner = [t for t in (ent or [h]) if t.lower_ in self.gaz.roles]
        sector = self.gaz.roles[inner[-1].lower_].sector if inner else None
        if any(  # "German airline Lufthansa", "water firm Aguas Argentinas": a company
            t.lower_ in _BUSINESS_WORDS and t.dep_ in ("compound", "appos") and t.head == h
            for t in phrase
        ) or (sector is None and self._story_firm(text)):
            sector = "BUS"
        kind = "group" if h.ent_type_ == "NORP" else "organization"
        code = _code(owner.owner, sector) if owner.owner or sector == "BUS" else None
        return [_actor(text, text, kind, owner.country, None, code)]

    def _pronoun(self, h, low: str) -> list[Actor]:
        undoer = _undoer(h) if low in ("it", "they") else None
        if undoer is not None:  # 'lifted the ban it imposed': the lifter
            return [dict(a, text=h.text) for a in self._resolved(undoer)]  # type: ignore[misc]
        if low in _RELATIVE_PRONOUNS:
            if h.head.dep_ in ("relcl", "acl") and h.head.head.i != h.i:
                if low in ("who", "whom") and h.head.head.ent_type_ in ("GPE", "LOC"):
                    return self._people_before_place(h.head.head)
                return self._resolved(h.head.head)
            return []
        subject = h.dep_ in _SUBJECT_DEPS or low in ("his", "her", "its", "their")
        if low in _PERSON_PRONOUNS:
            sex = _pronoun_sex(low)  # 'she' stands for no man, 'he' for no woman
            ahead = [a for a in self._fronted_clause_doer(h) if _sex(a) in (None, sex)]
            if ahead:  # 'When he visited Cairo, the Israeli premier urged …': the premier
                return [dict(a, text=h.text) for a in ahead]  # type: ignore[misc]
            exclude = self._clause_subject_names(h) if low in ("him", "her") else frozenset()
            exclude |= self._quote_speaker_names(h)
            actor = self._possessor_before(h, sex) if subject else None
            if actor is None and h.dep_ in _SUBJECT_DEPS:
                exclude |= self._clause_partner_names(h)
            actor = actor or self._last_mention(
                h.i, frozenset({"person"}), subject, exclude, sex=sex
            )
            if actor is None or actor["country"] is None or not self._person_since(h):
                actor = self._unnamed_speaker_before(h) or actor  # no person to stand for
        elif low in _THING_PRONOUNS:
            if self._expletive(h) or (low == "it" and h.dep_ not in _SUBJECT_DEPS):
                return []  # "denied it": the thing denied, not an actor
            actor = self._last_mention(
                h.i,
                _IT_KINDS if low in ("it", "its") else _IT_KINDS - {"group"},
                subject,
                singular=low in ("it", "its"),
                prefer_main=low == "it" and h.dep_ == "nsubj" and _main_verb(h.head),
            )
        elif low in _PLURAL_PRONOUNS:
            actor = self._last_mention(h.i, frozenset({"group", "military"}), subject)
            group = next(((i, g) for i, g in reversed(self._groups) if i < h.i), None)
            if group is not None and (
                actor is None
                or self._mention_index(actor) < group[0]
                or self._pair_before_speaker(h, group[0], actor)
            ):
                return [dict(a, text=h.text) for a in group[1]]  # type: ignore[misc]
        else:
            return []
        if actor is None or (actor["country"] is None and actor["code"] is None):
            return []
        resolved = dict(actor)
        resolved["text"] = h.text
        return [resolved]  # type: ignore[list-item]

    def _people_before_place(self, place) -> list[Actor]:
        """What 'who' after a place name stands for: not the place ('passengers travelling
        from Prague who are found ineligible': the passengers, not Prague's government) but
        the nearest noun the place's phrase hangs on, if it names people; else no one."""
        tok = place.head
        while tok.head.i != tok.i and tok.pos_ not in ("NOUN", "PROPN"):
            tok = tok.head
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "LOC"):
            return []
        return [a for a in self._resolved(tok) if a["kind"] in ("person", "group")]

    def _person_since(self, h) -> bool:
        """Whether the sentence of the pronoun ``h`` or the one before it names a person
        before ``h``: a 'he' opening a sentence after one whose speaker is an unnamed
        official of a state ('a State Department spokesman said …. He accused …') stands for
        that official, not for a person named further back."""
        floor = self._sentence_start(h.i, back=1)
        return any(
            m.actor["kind"] == "person" and floor <= m.i < h.i for m in self._window_mentions(h.i)
        )

    def _pair_before_speaker(self, h, at: int, actor: Actor) -> bool:
        """Whether a 'they' opening its sentence as subject stands for the conjoined subject
        at token ``at`` of the sentence before ('Iraq's Aziz and Iran's Velayati sat across a
        table, U.N. officials said. They agreed to meet again') rather than for ``actor``, a
        later mention that is only the speaker reporting that sentence."""
        if h.dep_ != "nsubj" or h.i != self._sentence_start(h.i):
            return False
        if at < self._sentence_start(h.i, back=1):
            return False
        i = self._mention_index(actor)
        if i < 0 or i != int(i):
            return False
        tok = self.doc[int(i)]
        return tok.dep_ == "nsubj" and tok.head.lower_ in _SAYING and tok.head.i > at

    def _unnamed_speaker_before(self, h) -> Actor | None:
        """The state of the unnamed speaker of the sentence before, for a 'he' or 'she' that
        opens its sentence as subject and finds no person of a state before it: 'A State
        Department spokesman said the talks had failed. He accused Nicaragua of …' (the
        spokesman's). None when that sentence's speaker is named or has no state."""
        if h.dep_ != "nsubj" or h.i != self._sentence_start(h.i):
            return None
        start = self._sentence_start(h.i, back=1)
        for tok in self.doc[start : h.i]:
            if (
                tok.dep_ == "nsubj"
                and tok.lower_ in _UNNAMED_SPEAKERS
                and tok.head.lower_ in _SAYING
                and not any(c.ent_type_ == "PERSON" for c in tok.subtree)
            ):
                found = {  # the speaker's own words: 'State Department', 'Soviet'
                    a["country"]: a
                    for a in [
                        *self._resolved(tok),
                        *(m.actor for m in self._mentions if tok.left_edge.i <= m.i <= tok.i),
                    ]
                    if a["country"]
                }
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _fronted_clause_doer(self, h) -> list[Actor]:
        """The person the subject pronoun ``h`` of a clause that opens its sentence stands for
        when the main clause after it names a person for subject: 'When he visited Cairo last
        week, the Israeli prime minister urged …' (the pronoun looks ahead, to the premier).
        Empty when the clause does not open the sentence or the main subject is no person."""
        verb = h.head
        if h.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i < verb.i:
            return []
        if verb.left_edge.i != self._sentence_start(h.i):
            return []
        for subj in (c for c in verb.head.children if c.dep_ == "nsubj"):
            if subj.pos_ == "PRON":
                return []
            found = self._resolved(subj)
            if found and all(a["kind"] == "person" for a in found):
                return found
        return []

    def _possessor_before(self, h, sex: str | None = None) -> Actor | None:
        """A person named as an owner earlier in the sentence of the subject pronoun ``h``
        ("Nakasone's main demand when he arrives for talks with Reagan": Nakasone), when no
        person is a subject before the pronoun in that sentence; none whose name or title
        tells another ``sex`` than the pronoun's."""
        start = self._sentence_start(h.i)
        found = None
        for mention in reversed(self._mentions):
            if mention.i < start:
                break
            if mention.i >= h.i or mention.unparsed or mention.actor["kind"] != "person":
                continue
            if sex is not None and _sex(mention.actor) not in (None, sex):
                continue
            if mention.subject:
                return None  # 'Shultz said after Kohl's speech that he …': the subject
            tok = self.doc[int(mention.i)]
            if found is None and tok.dep_ == "poss" and tok.pos_ != "PRON":
                found = mention.actor if mention.actor["country"] else None
        return found

    def _sentence_start(self, i: int, back: int = 0) -> int:
        """First token of the sentence holding token ``i`` (or of the one ``back`` before it)."""
        starts = sentence_starts(self.doc)
        k = bisect_right(starts, i) - 1 - back
        return starts[max(0, k)]

    def _sentence_end(self, i: int) -> int:
        """The token after the sentence holding token ``i`` (the document's end for the last)."""
        starts = sentence_starts(self.doc)
        k = bisect_right(starts, i)
        return starts[k] if k < len(starts) else len(self.doc)

    def _window_start(self, before: int) -> float:
        """First token of the sentence ``_PRONOUN_REACH`` sentences before token ``before``
        (less half a token: what unparsed sentences just before it named is inside)."""
        return self._sentence_start(before, _PRONOUN_REACH) - 0.5

    def _window_mentions(self, before: int) -> Iterator[_Mention]:
        """The mentions before token ``before`` within the pronoun window, the last first."""
        floor = self._window_start(before)
        for mention in reversed(self._mentions):
            if mention.i < floor:
                return
            if mention.i < before:
                yield mention

    def _council(self, h, role: Role) -> bool:
        """A plural of a minister's portfolio ('farm ministers', 'foreign ministers',
        'finance ministers'): a country has one of each, so several countries' ministers."""
        if h.tag_ != "NNS" or role.kind == "organization" or not role.role.endswith("minister"):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in h.children):
            return False  # 'farm ministers from both countries': the text says whose
        if role.role != "minister":
            return True  # 'foreign ministers', 'prime ministers'
        return any(
            c.dep_ in ("compound", "amod")
            and (c.lower_ in self.gaz.portfolios or f"{c.lower_} minister" in self.gaz.roles)
            for c in h.lefts
        )

    def _last_body_mention(self, before: int) -> Actor | None:
        """The international body named last, within the pronoun window, before ``before``."""
        for mention in self._window_mentions(before):
            actor = mention.actor
            if (
                actor["kind"] != "person"
                and not actor["country"]
                and (actor["code"] or "").startswith("IGO")
            ):
                return actor
        return None

    def _body_referred_to(self, h, low: str) -> Actor | None:
        """The international body a bare 'the community', 'the alliance', 'the Twelve' stands
        for: the last one named before ``h`` that has the word in one of its names or as an
        alias (data/body_references.json), unless something else with the word in its
        name was named since ('the Commission for Racial Equality … the commission')."""
        word = _BODY_SPELLINGS.get(low, low)
        aliases = _BODY_ALIASES.get(low, frozenset())
        for mention in reversed(self._mentions):
            if mention.i >= h.i:
                continue
            code = mention.actor["code"] or ""
            if code in aliases or word in self.gaz.body_words.get(code, ()):
                if self._nameless_since(word, code, int(mention.i) + 1, h.i):
                    return None
                name = self.gaz.body_name(code)
                text = h.doc[h.i - 1 : h.i + 1].text
                if not code.startswith("IGO"):  # 'the front': the group, of its country
                    group = mention.actor
                    return _actor(text, name, group["kind"], group["country"], None, code)
                return _actor(text, name, "organization", None, None, code)
            if word in (mention.actor["text"] or "").lower().split():
                return None
        return None

    def _nameless_since(self, word: str, code: str, start: int, end: int) -> bool:
        """Whether a capitalised ``word`` read as a party between tokens ``start`` and
        ``end`` heads a longer name that resolved to no one or to another code ('The
        Commission for Racial Equality met', a body of no dictionary, which leaves no mention
        behind)."""
        for tok in self.doc[start:end]:
            if not tok.text[:1].isupper() or _BODY_SPELLINGS.get(tok.lower_, tok.lower_) != word:
                continue
            if all(c.dep_ in ("det", "punct") for c in tok.children):
                continue  # 'the Alliance' alone: the body again, more likely than another
            read = self._cache.get(tok.i)  # only words read as parties: not 'Community officials'
            if read is not None and not any(a["code"] == code for a in read):
                return True
        return False

    def _last_plural_role_mention(self, before: int, role: str) -> Actor | None:
        """The last group named with this role or a kind of it, owned by a country or an
        international body ('EC foreign ministers' for a later bare 'Ministers'); not a
        person ('Prime Minister Tony Blair' is no 'Ministers')."""
        for mention in reversed(self._mentions):
            named = mention.actor["role"] or ""
            if mention.i >= before or not (named == role or named.endswith(" " + role)):
                continue
            if not mention.actor["name"].endswith(named):
                continue  # a person by name
            if mention.actor["country"] or (mention.actor["code"] or "").startswith("IGO"):
                return mention.actor
        return None

    def _last_portfolio_mention(self, before: int, role: str) -> Actor | None:
        """The last person of known country named, within the pronoun window, with a title
        of which ``role`` is the head ('the minister' after 'Japan's Foreign Minister X';
        not after a 'shadow' or 'former' one)."""
        for mention in self._window_mentions(before):
            named = mention.actor["role"] or ""
            if (
                mention.actor["kind"] == "person"
                and mention.actor["country"]
                and named.endswith(" " + role)
                and named.split()[0] not in _TITLE_QUALIFIERS
            ):
                return mention.actor
        return None

    def _last_role_mention(self, before: int, roles: frozenset[str]) -> Actor | None:
        """The last mention before ``before`` of one of ``roles`` that has a country."""
        for mention in reversed(self._mentions):
            if mention.i < before and mention.actor["role"] in roles and mention.actor["country"]:
                return mention.actor
        return None

    def _topic_country(
        self,
        before: int,
        own_sentence: int | None = None,
        skip: frozenset[int] = frozenset(),
        one: bool = False,
        unparsed: bool = False,
    ) -> str | None:
        """The country recent sentences are about: the last subject with a country (within
        the pronoun window), else the last country named; what unparsed sentences named is
        no topic for a person (a stranger with a title), only what pronouns, titles and
        surnames may stand for, but with ``unparsed`` it is for a bare office or body ('the
        government', 'officials'), as it would be had the sentences been parsed. From
        ``own_sentence`` on, a country named as the other party or destination is skipped;
        so is one named at the tokens ``skip``. For ``one`` body ('the government') a subject
        of several coordinated states is none ('Japan and the U.S. pledged support. The
        government …': neither's)."""
        for mention in self._window_mentions(before):
            if (
                (mention.unparsed or int(mention.i) not in skip)
                and (mention.unparsed or not _monitored_at(self.doc[int(mention.i)]))
                and not (one and self._coordinated_mention(mention))
                and mention.subject
                and mention.actor["country"]
                and (unparsed or not mention.unparsed)
                and not (
                    own_sentence is not None and self._addressed_mention(mention, own_sentence)
                )
            ):
                return mention.actor["country"]
        return self._recent_country(
            before, skip_from=own_sentence, skip_tokens=skip, one=one, unparsed=unparsed
        )

    def _recent_country(
        self,
        before: int,
        floor: int = 0,
        skip_addressees: bool = False,
        skip_from: int | None = None,
        skip_tokens: frozenset[int] = frozenset(),
        skip_countries: frozenset[str] = frozenset(),
        one: bool = False,
        unparsed: bool = False,
    ) -> str | None:
        """The country of the last mention before ``before`` (from ``floor``); with
        ``skip_addressees`` (or from token ``skip_from`` on) none named as the other party or
        destination of an act; none at ``skip_tokens``, none of ``skip_countries``; for
        ``one`` body, none of several coordinated states."""
        if skip_addressees:
            skip_from = floor
        for mention in reversed(self._mentions):
            if mention.i < floor:
                break
            if int(mention.i) in skip_tokens or mention.actor["country"] in skip_countries:
                continue
            if one and self._coordinated_mention(mention):
                continue
            if mention.unparsed:  # no token of its own: only the words it was read from
                if unparsed and mention.i < before and mention.actor["country"]:
                    return mention.actor["country"]
                continue
            if mention.i < before and mention.actor["country"]:
                if skip_from is not None and self._addressed_mention(mention, skip_from):
                    continue
                if _monitored_at(self.doc[int(mention.i)]):
                    continue  # 'IRNA, monitored in Nicosia, quoted Oil Minister X': not Cyprus
                if _matter_of_dispute(self.doc[int(mention.i)]):
                    continue  # 'attacked the government over Iraq. … the government could
                    # give aid': Iraq was what the row was about, no state the text speaks of
                return mention.actor["country"]
        return None

    def _coordinated_mention(self, mention: _Mention) -> bool:
        """Whether a mention is one of several coordinated names ('Japan and the United
        States'), parsed or read from an unparsed sentence's words: no single state."""
        if mention.unparsed:
            return mention.coordinated
        return _coordinated(self.doc[int(mention.i)])

    def _addressed_mention(self, mention: _Mention, start: int) -> bool:
        """Whether a parsed mention at or after token ``start`` names the other party or the
        destination of an act."""
        return (
            mention.i >= start
            and not mention.unparsed
            and self._addressee(self.doc[int(mention.i)])
        )

    def _mention_index(self, actor: Actor) -> int:
        for mention in reversed(self._mentions):
            if mention.actor is actor:
                return mention.i
        return -1

    def _quote_speaker_names(self, h) -> frozenset[str]:
        """Names of who speaks a quotation holding ``h`` ('"… that he is coming to Europe,"
        said Mr Blair': 'he' is not Mr Blair): the subjects outside the quotation marks."""
        return frozenset(a["name"] for a in self._quote_speakers(h) if a["kind"] == "person")

    def _quote_speakers(self, h) -> list[Actor]:
        """Who speaks a quotation holding ``h``: the actors of the subjects outside the
        quotation marks; ``[]`` when ``h`` stands in no quotation."""
        sent = h.sent
        marks = [t.i for t in sent if t.tag_ in ("``", "''") or t.text in _QUOTE_MARKS]
        if not marks:
            return []
        before = sum(i < h.i for i in marks)
        # before any mark: inside only when the first mark closes a quotation opened earlier
        inside = before % 2 == 1 or (before == 0 and h.doc[marks[0]].tag_ == "''")
        if not inside:
            return []
        # the quoted stretch around h: between the marks next to it
        start = max((i for i in marks if i < h.i), default=sent.start - 1)
        end = min((i for i in marks if i > h.i), default=sent.end)
        out: list[Actor] = []
        for tok in sent:
            if start < tok.i < end or tok.dep_ not in _SUBJECT_DEPS:
                continue
            if start < tok.head.i < end:
                continue  # a subject inside another quoted stretch's clause
            if tok.i in self._quoting:
                continue  # a speaker pronoun already being resolved: no loop between two
            self._quoting.add(tok.i)
            try:
                out.extend(self._resolved(tok))
            finally:
                self._quoting.discard(tok.i)
        return out

    def _voiced(self, tok) -> list[Actor]:
        """In a monitored broadcast (``voice``), a phrase of no country read in the voice of
        the state whose radio speaks (data/broadcast_voice.json): 'I' or 'we' outside any
        quotation is that state; 'the enemy' (or 'the Ba'thist enemy', 'enemy soldiers') the
        other side, the state other than it the item names most (``_broadcast_foe``);
        'the secessionist clique', 'the extremists', 'separatist artillery' its own rebels,
        coded as the country they fight in; a force of no country of its own is the state its
        'of' owner names ('a helicopter of the Honduran army'). Else ``[]``."""
        words = {t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ != "prep"}
        words |= {t.lower_ for t in tok.children if t.dep_ in ("amod", "compound")}
        country = None
        if tok.lower_ in _FIRST_PERSON or _ours(tok):  # 'I warn', 'Our valiant Armed Forces'
            country = None if self._quote_speakers(tok) else self.voice
        elif words & _FOE_WORDS or any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.lower_ in _FOE_WORDS for g in c.children)
            for c in tok.children
        ):
            country = self._broadcast_foe()
        elif words & _HOME_REBEL_WORDS:
            country = self.voice
        elif tok.pos_ in ("NOUN", "PROPN"):  # 'a helicopter of the Honduran army', 'the
            # aircraft of the criminal regime of Baghdad': the state its 'of' owner names
            owners = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            country = next(
                (a["country"] for g in owners for a in self._resolved(g) if a["country"]), None
            )
        if country is None:
            return []
        name = self.gaz.country_name(country)
        return [_actor(tok.text, name, "country", country, None, country)]

    def _broadcast_foe(self) -> str | None:
        """The other side of a monitored broadcast: the state other than the voice's that the
        item names most often (first named on a tie), or None when it names no other."""
        if self._foe is not None:
            return self._foe or None
        counts: dict[str, int] = {}
        for _, _, term in self._matches_at(list(range(len(self.doc)))):
            if term.country and term.country != self.voice:
                counts[term.country] = counts.get(term.country, 0) + 1
        self._foe = max(counts, key=lambda c: counts[c]) if counts else ""
        return self._foe or None

    def _first_person_country(self, h) -> str | None:
        """The country of who speaks the quotation in which ``h`` is 'ours' ('"Our forces
        repelled an Iraqi attack," Iran said': Iran's), else None: the first person is the
        speaker's side, never a country named near it. Outside any quotation of a monitored
        broadcast it is the state whose radio speaks ('Our air force carried out strikes …'
        on Kabul radio: Afghanistan's; ``voice``)."""
        speakers = self._quote_speakers(h)
        if not speakers:
            return self.voice
        return next((a["country"] for a in speakers if a["country"]), None)

    def _clause_subject_names(self, h) -> frozenset[str]:
        """Names of the subject of the verb an object pronoun hangs on ("X met him", "his
        host, X, met him": not X), also through verbs of wanting or refusing before it ("the
        nuncio refused to expel him": not the nuncio)."""
        verb = h.head.head if h.dep_ == "pobj" else h.head
        while verb.dep_ == "xcomp" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        if h.dep_ in _SUBJECT_DEPS and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in verb.children
        ):
            verb = verb.head  # 'X paid for him to fly': the subject of 'for him to …' is not X
        names = set()
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.i < h.i:
                for named in (child, *(c for c in child.children if c.dep_ == "appos")):
                    names.update(a["name"] for a in self._resolved(named))
        return frozenset(names)

    def _clause_partner_names(self, h) -> frozenset[str]:
        """Names of the people a subject pronoun's own verb acts on or with ("he will hold
        talks with Reagan", "he urged Kohl to act": not Reagan, not Kohl): the persons
        mentioned whose surname is a proper noun, after the pronoun, in the phrases of the
        verb's objects or of its prepositions' objects ('talks with Kohl' whole)."""
        verb = h.head
        nodes = [c for c in verb.children if c.dep_ in _PARTNER_DEPS]
        nodes += [p for c in verb.children if c.dep_ == "prep" for p in c.children]
        surnames = {t.lower_ for n in nodes for t in n.subtree if t.pos_ == "PROPN" and t.i > h.i}
        if not surnames:
            return frozenset()
        return frozenset(
            m.actor["name"]
            for m in self._mentions
            if m.actor["kind"] == "person" and _norm(m.actor["name"]).rpartition(" ")[2] in surnames
        )

    @staticmethod
    def _expletive(h) -> bool:
        """ "it is clear that", "it seems", "it was a route": no referent."""
        verb = h.head
        if h.dep_ not in _SUBJECT_DEPS:
            return False
        if verb.lower_ in ("seems", "seemed", "appears", "appeared", "remains", "remained"):
            return True
        copulas = ("is", "was", "be", "been", "'s", "are", "were")
        return verb.lower_ in copulas and any(c.dep_ in ("attr", "acomp") for c in verb.children)

    def _pair(self, h) -> list[Actor]:
        """The last pair of parties named before ``h``: earlier in its own sentence ('relations
        between Egypt and Israel, the two countries have signed …'), else in one before (not
        the pair of its own sentence, which may lie after ``h``: '… that the two countries
        meet … at The Hague')."""
        parties = self._pair_earlier_in_sentence(h)
        if not parties:
            own = self._sentence_start(h.i)
            parties = next((p for start, p in reversed(self._pairs) if start < own), [])
        if not parties:
            parties = self._sides_within(h)
        return [dict(a, text=h.text) for a in parties]  # type: ignore[misc]

    def _named_states(self, h, n: int) -> list[Actor]:
        """The last ``n`` states named together before ``h``'s sentence ('a warning from
        Britain, France and Germany … The three European powers said …'): a list of that
        many countries joined by commas and 'and'; none when no such list was named."""
        own = self._sentence_start(h.i)
        for tok in reversed(self.doc[self._dateline_end() : own]):
            if tok.dep_ == "conj" or not tok.conjuncts:
                continue
            found = [a for t in (tok, *tok.conjuncts) for a in self._resolved(t)]
            parties = _distinct_parties([[a] for a in found])
            if len(parties) == n and all(a["kind"] == "country" for a in parties):
                return [dict(a, text=h.text) for a in parties]  # type: ignore[misc]
        return []

    def _sides_within(self, h) -> list[Actor]:
        """The one country whose war the pair fights, named after 'in' ('the two sides in
        Sudan's war', 'both sides in the Syrian conflict', 'the two sides in Sudan'), when no
        pair was named before: both sides are of that country. Not a city where they meet."""
        for prep in (c for c in h.rights if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                places = [obj]
                if obj.lower_ in _CONFLICT_NOUNS:
                    places = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound")]
                found = [a for p in places for a in self._resolved(p)]
                if len(found) == 1 and found[0]["kind"] == "country":
                    return found
        return []

    def _pair_earlier_in_sentence(self, h) -> list[Actor]:
        """Two parties of different countries joined by 'and' before ``h`` in its sentence."""
        sent = h.sent
        for tok in reversed(sent[: h.i - sent.start]):
            if tok.dep_ not in _ARG_DEPS or tok.pos_ not in _ARG_POS or tok.pos_ == "PRON":
                continue
            conjuncts = [c for c in tok.conjuncts if c.i > tok.i]
            if not conjuncts:
                continue
            parties = _distinct_parties([self._resolved(part) for part in (tok, *conjuncts)])
            if len(parties) >= 2:
                return parties[:2]
        return self._pair_of_clause_before(h)

    def _pair_of_clause_before(self, h) -> list[Actor]:
        """The doer and the partner of the clause that ``h``'s clause is joined to by 'and'
        ('Egypt's president hosted the Jordanian king in Cairo, and the two leaders urged …'),
        when they are of different countries or bodies."""
        verb = h.head
        if h.dep_ not in _SUBJECT_DEPS or verb.dep_ != "conj" or verb.head.i >= h.i:
            return []
        first = verb.head
        parts = [c for c in first.children if c.dep_ in _SUBJECT_DEPS or c.dep_ == "dobj"]
        parts += [
            o
            for p in first.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
        ]  # 'met with the Jordanian king'
        parties = _distinct_parties([self._resolved(p) for p in sorted(parts, key=lambda t: t.i)])
        return parties[:2] if len(parties) >= 2 else []


def _hyphen_neighbour(first, last):
    """The word the span from ``first`` to ``last`` is joined to by a hyphen with no space
    ('Canada' for 'Petro' in 'Petro-Canada', 'Gorbachev' for 'Reagan' in 'the
    Reagan-Gorbachev summit'), else None."""
    doc = first.doc
    after = last.i + 1
    if (
        after + 1 < len(doc)
        and not last.whitespace_
        and doc[after].text == "-"
        and not doc[after].whitespace_
    ):
        return doc[after + 1]
    before = first.i - 1
    if (
        before >= 1
        and doc[before].text == "-"
        and not doc[before - 1].whitespace_
        and not doc[before].whitespace_
    ):
        return doc[before - 1]
    return None


def _met_party(tok) -> bool:
    """Whether ``tok`` (or the list or phrase it ends) is met or called on: the object of
    'with' or of 'on' ('meet with X', 'call on X') or of an encounter verb ('met X'); not
    what is sent or said 'to' someone ('submitted the plan to the central bank')."""
    node = tok
    while node.head != node and (
        node.dep_ in ("conj", "appos", "compound")
        or (node.dep_ == "pobj" and node.head.lower_ == "of")
    ):
        node = node.head if node.dep_ != "pobj" else node.head.head
    if node.dep_ == "pobj":
        return node.head.lower_ in ("with", "on")
    return node.dep_ == "dobj" and node.head.lower_ in _ENCOUNTER_VERBS


def _heard_from(tok) -> bool:
    """A place where words were heard or given out (``_monitored_at``), or a broadcaster
    named by its city ('Baghdad radio', 'Tehran television')."""
    return _monitored_at(tok) or (
        tok.lower_ in _BROADCASTERS and any(c.dep_ == "compound" for c in tok.children)
    )


def _monitored_at(tok) -> bool:
    """Whether ``tok`` names where a broadcast or agency was picked up ('Tehran radio,
    monitored in London', 'heard in Nicosia') or a statement given out ('in a statement
    issued in Miami', 'a communique released in Geneva'): the listener's or the issuer's
    place, no party; or the place a broadcaster is named by ('Radio Moscow said', 'Tehran
    radio said'), whose country is no doer of what it reports."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return tok.head.head.lower_ in _MONITORING_VERBS
    if tok.dep_ == "compound" and tok.head.lower_ in _BROADCASTERS:
        return True
    return any(c.dep_ == "compound" and c.lower_ in _BROADCASTERS for c in tok.children)


def _singular_ies(plural: str) -> str:
    """The singular of a plural in '-ies' ('foreign secretaries' → 'foreign secretary'), else
    the word as it is."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural


def _term_span(h, terms: list[tuple[int, int, Term]], term: Term) -> tuple[int, int] | None:
    """Where ``term``, one of a phrase's ``terms`` (start, end, term), is named around ``h``."""
    return next(((a, b) for a, b, t in terms if t is term and a <= h.i < b), None)


def _sworn(h) -> bool:
    """A noun an adjective of allegiance follows ('fighters loyal to Ouattara')."""
    return any(c.dep_ == "amod" and c.lower_ in _ALLEGIANCE_ADJECTIVES for c in h.rights)


def _party_owner(actor: Actor) -> str | None:
    """The country or body that makes an actor one of a pair; none for a body of no
    country ('reporters': ---MED)."""
    owner = actor["country"] or actor["code"]
    return None if owner is None or owner.startswith("---") else owner


_NAMING_VERBS = frozenset(_ADDRESSEE_WORDS["self_naming_verbs"])
_REFLEXIVES = frozenset(_ADDRESSEE_WORDS["self_naming_reflexives"])


def _self_styled_name(h):
    """The name a noun's participle of naming gives it ('a group calling itself the National
    Patriotic Front of Liberia', 'gunmen calling themselves the Army of X'), else None."""
    for verb in h.children:
        if verb.dep_ != "acl" or verb.lower_ not in _NAMING_VERBS:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
            continue
        return next((c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")), None)
    return None


def _name_in_apposition(h):
    """The proper name set right after an organisation's noun with no comma between ('the
    militant group Hamas', 'the rebel movement UNITA'), or None."""
    nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
    if nxt is None or nxt.dep_ != "appos" or nxt.head != h or nxt.pos_ != "PROPN":
        return None
    return nxt


def _bracketed_name(h):
    """The name a writer puts in brackets right after a pronoun to say whom it stands for
    ('They (the Kuwaitis) have asked', 'We (Iraq) will strike'), or None."""
    nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
    if nxt is None or nxt.text != "(":
        return None
    return next(
        (c for c in h.rights if c.dep_ == "appos" and c.i > nxt.i and c.pos_ in ("PROPN", "NOUN")),
        None,
    )


def _capitalised_name(h) -> bool:
    """Whether ``h`` is a capitalised noun inside its sentence: a proper noun, or one the tagger
    took for a common noun ('the frigate Vincennes' tagged NNS)."""
    if h.pos_ == "PROPN":
        return True
    return h.pos_ == "NOUN" and h.text[:1].isupper() and not h.is_sent_start


def _title_nouns(name) -> Iterator:
    """The common nouns before a proper name that may title it ('the frigate Stark', 'the
    freighter Kuwait Pride'): its modifiers in lower case (at times tagged JJ); a capitalised
    one is part of the name or a title of its own ('Police Chief Ahmed Ali')."""
    return (c for c in name.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text.islower())


def _vessel_of_name(h):
    """The vessel noun (``ship_nouns``) a proper name names: one before it ('the freighter
    Kuwait Pride', 'the tanker Cyprus Sun') or in apposition after it ('the Saudi Glory, a
    Liberian-flagged tanker'); None if there is none."""
    before = next((c for c in _title_nouns(h) if c.lower_ in SHIP_NOUNS), None)
    if before is not None:
        return before
    if h.dep_ == "appos" and h.head.i < h.i and h.head.lower_ in SHIP_NOUNS:
        return h.head
    return next((c for c in h.rights if c.dep_ == "appos" and c.lower_ in SHIP_NOUNS), None)


def _counted_states(h) -> int:
    """How many states a counted plural stands for ('the three European powers', 'the three
    countries', 'the three' alone: 3), or 0 ('three soldiers', 'the two sides' (a pair))."""
    count = next((c for c in h.children if c.dep_ == "nummod"), None)
    if count is None and h.lower_ in _COUNTED_STATES and _the_alone(h):
        count = h  # 'the three' alone (its children read only for such a word)
    if count is None or count.lower_ not in _COUNTED_STATES:
        return 0
    if count is not h and h.lower_ not in _PAIR_NOUNS:
        return 0
    if not any(c.lower_ == "the" for c in h.children):
        return 0
    return _COUNTED_STATES[count.lower_]


def _the_alone(h) -> bool:
    """'the two' with no noun ('the two signed'): 'the' is the word's only dependent."""
    return [c.lower_ for c in h.children] == ["the"]


def _distinct_parties(groups: list[list[Actor]]) -> list[Actor]:
    """The actors of ``groups`` in order, one per country or body."""
    parties: list[Actor] = []
    owners: set[str] = set()
    for actors in groups:
        for actor in actors:
            owner = _party_owner(actor)
            if owner and owner not in owners:
                owners.add(owner)
                parties.append(actor)
    return parties


# -- context from sentences that are never parsed ------------------------------------------
_CONTEXT_WORD = re.compile(r"[A-Za-z]+(?:[.'\-][A-Za-z]+)*\.?")
_CONTEXT_LINKS = frozenset({"of", "al", "el", "bin", "de", "van", "von", "der", "la", "du"})
_NAME_SOURCES = frozenset({"leader"})
_PLACE_SOURCES = frozenset({"place", "capital"})


@dataclass(slots=True)
class ContextMention:
    """An actor a sentence that is never parsed names, read from its words alone."""

    actor: Actor
    subject: bool  # the first actor the sentence names (a lead's subject, most often)
    person: _Person | None = None  # a titled or known person, for later surnames and titles
    located: bool = False  # named after 'in', 'at', 'near' …: a place, not a party
    coordinated: bool = False  # one of several names joined by 'and', 'or' or a comma


def state_of_offices(text: str, gazetteer: Gazetteer) -> str | None:
    """The one state whose own government bodies and offices an article names anywhere ('the
    Home Office', 'Home Secretary Charles Clarke', 'the Kremlin'; ``_HOME_SECTORS``), else
    None: the country a story of one state's politics is told from, whose bare 'the
    government' it need not name ('The government has suspended the removal of asylum
    seekers …' before 'Home Office Minister X said'). Names several states' bodies bear
    ('Congress', 'Senate') tell no state."""
    words = _STORY_WORDS.findall(text)
    states: set[str] = set()
    starts = gazetteer.home_office_starts
    lowered = [w.lower() for w in words]
    for i in range(len(words)):
        # a phrase's key starts with its first word, or with the next after a leading 'the'
        first = lowered[i]
        if first not in starts and (
            first != "the" or i + 1 >= len(words) or lowered[i + 1] not in starts
        ):
            continue
        for n in (1, 2, 3, 4):
            phrase = " ".join(words[i : i + n])
            key = _norm(phrase)
            term = gazetteer.terms.get(key)
            if (
                term is not None
                and term.source == "institution"
                and term.sector in _HOME_SECTORS
                and phrase[:1].isupper()
                and key not in gazetteer.shared_names
            ):
                states.add(term.country)
            role = gazetteer.roles.get(phrase.lower()) if n > 1 else None
            if role is not None and role.country and role.sector in _HOME_SECTORS:
                states.add(role.country)
    return next(iter(states)) if len(states) == 1 else None


_FIRM_MARKS = sorted(_ADDRESSEE_WORDS["firm_marks"], key=len, reverse=True)
_FIRM_NAME_BODIES = frozenset(_ADDRESSEE_WORDS["firm_name_bodies"])
# a capitalised name before a company's mark ('Turkcell's stake', 'BA chairman', 'Pennzoil Co');
# a capitalised mark ('Co', 'Ltd') only when no other name or word part follows it ('Nguyen Co
# Thach', 'Co-operation')
_FIRM_MARKED = re.compile(
    r"\b([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)(?:'s)? (?:(?:"
    + "|".join(re.escape(m) for m in _FIRM_MARKS if m[:1].islower())
    + r")\b|(?:"
    + "|".join(re.escape(m) for m in _FIRM_MARKS if m[:1].isupper())
    + r")(?![\w-]| [A-Z]))"
)
# a name a company's description follows or precedes ('Thomson-CSF, the electronics group',
# 'a subsidiary of the Vestey Group', 'shares in Turkcell'); _FIRM_TITLED: a name a trade
# titles ('water firm Aguas Argentinas', 'Dutch retailer Ahold', 'oil giant Yukos'; not 'group'
# nor 'carrier': 'militant group Hamas', 'the carrier Independence')
_FIRM_DESCRIBED = re.compile(
    r"\b([A-Z][\w&-]*(?: [A-Z][\w&-]*)*), (?:the|a|an) (?:[a-z-]+ ){0,2}(?:"
    + "|".join(sorted(_TRADE_TITLES | {"company", "group", "giant", "operator", "carrier"}))
    + r")\b|\b(?i:subsidiary of|shares in) (?:the )?([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)"
)
_FIRM_TITLED = re.compile(
    r"\b(?:"
    + "|".join(sorted(_TRADE_TITLES | {"company", "giant"}))
    + r") ([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)(?= [a-z(]|[,.;:])"
)
# a name whose words a company's spokesman or statement is said to give in its sentence
# ('Wartsila Marine said it was in talks …, a company spokesman said')
_FIRM_VOICED = re.compile(
    r"\b([A-Z][\w&-]*(?: [A-Z][\w&-]*)*) (?:said|says|told|announced)\b[^.]*?"
    r"\b(?:a|the) company(?:'s)? (?:spokesman|spokeswoman|spokesperson|official|statement)"
)
_STATE_FIRM = re.compile(r"\b(?:state|state-owned|state-run|government-owned)\s+(?:\S+\s+)?$")
_NO_FIRM_WORDS = frozenset({"the", "its", "their", "his", "her", "a", "an", "this", "that", "our"})


def _located_in(tok) -> bool:
    """A name placing a thing by a locative preposition ('missions in North Korea'), not the
    place of a clause ('In Nigeria, the government said …') nor a subject."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _LOCATIVE_PREPS:
        return False
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":  # 'in Kabul and in Pyongyang'
        prep = prep.head
    return prep.head.pos_ in ("NOUN", "PROPN")


def _name_word(word: str) -> bool:
    """A capitalised word inside a sentence (not one ending the sentence before)."""
    return word[:1].isupper() and not word.endswith((".", "!", "?", '"', ":"))


def story_firms(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Names a story marks as companies' by words only a company's name takes ('Turkcell's
    chief operating officer', 'BA shares', 'Pennzoil chairman'; ``firm_marks`` of
    addressee_words.json), by a company's description ('Thomson-CSF, the electronics
    group', 'a subsidiary of the Vestey Group'), by a trade's title ('water firm Aguas
    Argentinas') or by a company's spokesman or statement its sentence cites for what the
    name said ('Wartsila Marine said it was in talks …, a company spokesman said'); never a
    name ending in one the gazetteers
    know ('Iran's stake', 'OPEC chairman', 'US Federal Reserve chairman') or in a public
    body's word ('the Budget Committee chairman')."""
    firms: set[str] = set()
    text = _straight_apostrophes(text)
    for m in (
        *_FIRM_MARKED.finditer(text),
        *_FIRM_DESCRIBED.finditer(text),
        *_FIRM_TITLED.finditer(text),
        # a company's spokesman or statement is cited in so many words: no 'company', no match
        *(_FIRM_VOICED.finditer(text) if "company" in text else ()),
    ):
        before = text[max(0, m.start() - 20) : m.start()].split()[-1:]
        longer = bool(before) and (before[0] in ("of", "for", "and", "&") or _name_word(before[0]))
        if longer and m.re is not _FIRM_TITLED:  # ('Dutch retailer Ahold': a title first)
            continue  # the end of a longer name ('Commission for Racial Equality chairman')
        if m.re is _FIRM_TITLED and _STATE_FIRM.search(text, max(0, m.start() - 25), m.start()):
            continue  # 'state oil firm PDVSA', 'state-owned energy giant Rosneft': the state's
        words = next(g for g in m.groups() if g).split()
        if words[0].lower() in _NO_FIRM_WORDS:
            words = words[1:]
        if not words or (m.group(1) and words[-1].lower() in _FIRM_NAME_BODIES):
            continue
        if all(gazetteer.lookup(" ".join(words[k:])) is None for k in range(len(words))):
            firms.add(" ".join(words))
    return frozenset(firms)


def context_mentions(
    sentence: str, gazetteer: Gazetteer, date: int | None = None, home: str | None = None
) -> list[ContextMention]:
    """Actors a sentence names, found with the gazetteer on its words alone (no tagger,
    parser or entity recogniser): countries, demonyms with a role ('Iranian forces'),
    capitals, institutions, organisations, and people known to the dictionaries or named
    with a title ('Soviet Foreign Minister Eduard Shevardnadze', 'President Reagan').
    Capitalised words in all capitals longer than three letters (a dateline's 'BAHRAIN'),
    places, a capital before another name ('the Moscow embassy': the embassy's owner) and
    a capital after a locative preposition ('in Moscow') name no party. Only an actor named
    before any lower-case word is the sentence's subject; a person of no known country is
    remembered as someone, of no country ('he' may stand for them)."""
    words: list[str] = []
    straight = _straight_apostrophes(sentence)
    comma_before: list[bool] = []  # whether only a comma (and spaces) comes before the word
    last_end = 0
    for m in _CONTEXT_WORD.finditer(straight):
        comma_before.append(straight[last_end : m.start()].strip() == ",")
        last_end = m.end()
        word = m.group()
        if word.endswith("'s") or word.endswith("'S"):
            word = word[:-2]
        if word.endswith(".") and word.count(".") == 1 and len(word) > 3:
            word = word[:-1]  # a sentence's stop, not 'U.S.' or 'Gen.'
        words.append(word)
    upper = [
        w[:1].isupper() and not (w.isupper() and sum(c.isalpha() for c in w) > 3) for w in words
    ]
    lows = [w.lower() for w in words]
    first_lower = next((j for j, w in enumerate(words) if w[:1].islower()), len(words))
    out: list[ContextMention] = []

    spans: list[tuple[int, int]] = []  # the words of each mention of ``out``

    def add(
        actor: Actor, start: int, end: int, person: _Person | None = None, lead: bool = False
    ) -> None:
        located = start > 0 and words[start - 1].lower() in _LOCATIVE_PREPS
        subject = not out and (start < first_lower or lead)
        out.append(ContextMention(actor, subject, person, located))
        spans.append((start, end))

    k, n = 0, len(words)
    opening_state = _opening_place_state(words, upper, comma_before, gazetteer, date)
    owners: list[Term] = []  # national words just before ('Polish and Czech officials')
    owner_at = 0
    while k < n:
        start = owner_at if owners else k
        role, role_end = _context_role(lows, k, gazetteer)
        if role is not None:
            country = owners[0].country if owners else None
            name_end = role_end
            while (
                name_end < n and upper[name_end] and words[name_end].lower() not in gazetteer.roles
            ):
                name_end += 1
            if name_end > role_end and role.kind == "person":
                name = " ".join(words[role_end:name_end])
                single = name_end - role_end == 1
                known = gazetteer.person(_norm(name), date, dictionary=not single)
                if known is None and single:
                    known = gazetteer.person(
                        _norm(name), date, surname=True, dictionary=date is not None
                    )
                known_country = known.country if known is not None else None
                country = country or known_country or role.state(home)  # 'Home Secretary X
                if country is None:  # remembered with the title, for a later bare surname
                    titled = _Person(name, None, None, role.role, role.sector)
                    add(_actor(name, name, "person", None, None, None), start, name_end, titled)
                else:
                    qualified = k > 0 and lows[k - 1] in _TITLE_QUALIFIERS  # 'shadow chancellor'
                    office = f"{lows[k - 1]} {role.role}" if qualified else role.role
                    person = _Person(name, country, country, office, role.sector)
                    add(person.actor(name), start, name_end, person)
                k, owners = name_end, []
                continue
            text = " ".join(words[k:role_end])
            states = list(dict.fromkeys(o.country for o in owners if o.country))
            lone = _lone_title_state(states, out, spans, k, opening_state)
            if role.kind == "person" and lone is not None and lows[role_end - 1] in _LONE_TITLES:
                # 'A U.S. Treasury spokesman said …. He urged Brazil …': one state's person
                # named by title alone is who a later 'he' or 'she' stands for
                iso3 = lone
                adjective = gazetteer.country_adjective.get(iso3, "")
                code = _code(iso3, role.sector)
                add(
                    _actor(text, f"{adjective} {role.role}", "person", iso3, role.role, code),
                    start,
                    role_end,
                    lead=_opens_sentence(lows, start, opening_state is not None),
                )
            for iso3 in states:
                if role.kind == "person":
                    break
                adjective = gazetteer.country_adjective.get(iso3, "")
                code = _code(iso3, role.sector)
                add(
                    _actor(text, f"{adjective} {role.role}", role.kind, iso3, role.role, code),
                    start,
                    role_end,
                )
            k, owners = role_end, []
            continue
        term, end = _context_term(words, upper, k, gazetteer, date)
        if term is None:
            if not (owners and words[k] == "and"):
                owners = []  # 'Polish and Czech officials': both own the title
            k += 1
            continue
        located = k > 0 and words[k - 1].lower() in _LOCATIVE_PREPS
        text = " ".join(words[k:end])
        if term.source in _NAME_SOURCES or term.kind == "person":
            if term.country is None:
                add(_actor(text, term.name, "person", None, None, None), k, end)
            else:
                person = _Person(term.name, term.country, term.country, term.role, term.sector)
                add(person.actor(text), k, end, person)
            owners = []
        elif term.source == "adjective" or (
            term.country and _context_role(lows, end, gazetteer)[0] is not None
        ):
            owner_at = owner_at if owners else k
            owners.append(term)  # 'Iranian forces', 'U.S. Embassy', 'Soviet Foreign Minister X'
        elif term.source == "place" or (located and term.source in _PLACE_SOURCES):
            owners = []
        elif not (term.source == "capital" and end < n and upper[end]):
            kind = "group" if term.source == "people" else term.kind
            add(_actor(text, term.name, kind, term.country, None, term.code), k, end)
            owners = []
        else:
            owners = []
        k = end
    for j in range(1, len(out)):  # 'Japan and the United States', 'Polish and Czech officials'
        (a, b), (c, _) = spans[j - 1], spans[j]
        if a == c or lows[b:c] in _COORDINATING_WORDS:
            out[j - 1].coordinated = out[j].coordinated = True
    for j in range(len(out) - 1, 0, -1):  # 'Brazil, Argentina and Uruguay': a list by commas
        (_, b), (c, _) = spans[j - 1], spans[j]
        if out[j].coordinated and b == c and comma_before[c]:
            out[j - 1].coordinated = True
    return out


_COORDINATING_WORDS = (["and"], ["and", "the"], ["or"], ["or", "the"])  # the words between


def _lone_title_state(
    states: list[str],
    out: list[ContextMention],
    spans: list[tuple[int, int]],
    k: int,
    opening_state: str | None,
) -> str | None:
    """The one state whose person a title at word ``k`` with no name after it is: the owner
    words before it ('a U.S. Treasury spokesman'), else an office of one state named just
    before it ('a Soviet Foreign Ministry spokesman', 'the U.S. Treasury spokesman'), else
    the capital the sentence opens in ('In Washington, a Treasury spokesman said'); None
    when they name several states or none."""
    if states:
        return states[0] if len(states) == 1 else None
    if out and spans[-1][1] == k and out[-1].actor["kind"] in ("organization", "government"):
        return out[-1].actor["country"]
    return opening_state


def _opens_sentence(lows: list[str], start: int, placed: bool) -> bool:
    """Whether only an article, and an opening place phrase before a comma when ``placed``
    ('In Washington, a Treasury spokesman'), come before word ``start``."""
    k = start - 1
    if k >= 0 and lows[k] in ("a", "an", "the"):
        k -= 1
    if k < 0:
        return True
    return placed and lows[0] in ("in", "at") and k < 5


def _opening_place_state(
    words: list[str], upper: list[bool], comma_before: list[bool], gaz: Gazetteer, date: int | None
) -> str | None:
    """The state of the capital or country a sentence opens in before a comma ('In
    Washington, a Treasury spokesman said …', 'At the Pentagon, …'), else None."""
    if len(words) < 3 or words[0].lower() not in ("in", "at"):
        return None
    k = 2 if words[1].lower() == "the" else 1
    term, end = _context_term(words, upper, k, gaz, date) if k < len(words) else (None, k)
    if term is None or end >= len(words) or not comma_before[end]:
        return None
    if term.source in ("capital", "country", "institution"):
        return term.country
    return None


def _context_role(lows: list[str], k: int, gaz: Gazetteer) -> tuple[Role | None, int]:
    """The longest role of one to three words starting at word ``k`` ('foreign minister'),
    or a minister or secretary after one or two portfolio words ('finance minister',
    'foreign trade minister'); ``lows`` are the sentence's words in lower case."""
    portfolios = gaz.portfolios
    span = 0
    while k + span < len(lows) and span < 2 and lows[k + span] in portfolios:
        span += 1
    if span and k + span < len(lows) and lows[k + span] in _PORTFOLIO_HEADS:
        role = gaz.roles.get(" ".join(lows[k : k + span + 1])) or gaz.roles.get(lows[k + span])
        if role is not None:
            return role, k + span + 1
    if k >= len(lows) or lows[k] not in gaz.role_first_words:
        return None, k
    for size in (4, 3, 2, 1):  # 'assistant secretary of state'
        if k + size > len(lows):
            continue
        key = " ".join(lows[k : k + size])
        role = gaz.roles.get(key)
        if role is not None and key not in gaz.agent_roles:
            return role, k + size
    return None, k


_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})
# singular titles an unnamed official of one state goes by in a sentence never parsed
_LONE_TITLES = frozenset(_ACTOR_WORDS["lone_titles"]["words"])


def _context_term(
    words: list[str], upper: list[bool], k: int, gaz: Gazetteer, date: int | None
) -> tuple[Term | None, int]:
    """The longest gazetteer name starting at word ``k``, capitalised at both ends."""
    if not upper[k]:
        return None, k
    limit = min(len(words), k + _MAX_TERM_TOKENS)
    for stop in range(limit, k, -1):
        if not upper[stop - 1] or not all(
            upper[j] or words[j].lower() in _CONTEXT_LINKS for j in range(k, stop)
        ):
            continue
        text = " ".join(words[k:stop])
        term = gaz.cased.get(text)
        if term is None:
            key = _norm(text)
            term = gaz.terms.get(key) or (
                gaz.person(key, date, dictionary=stop - k > 1) if stop - k > 1 or k > 0 else None
            )
        if term is not None:
            return term, stop
    return None, k
