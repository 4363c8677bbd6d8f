"""Politics at home: words and dealings among the people and bodies of one country are
domestic politics, no diplomatic event (the word lists in ``data/politics_at_home.json``).

An event of a type of words and dealings (accusation, appeal, meeting, pledge, protest ...)
is at home when every country its doers, targets and place name is one and the same (or
none), none of them is an international body or an armed force (soldiers, rebels, spies), and

- a party takes part (a PTY code or a party word: 'the Lib Dem leader dismissed the
  Conservatives', 'the Tory leader promised to cut taxes'), other than as the target of a
  measure of the state itself (a concession or sanction, ``state_power_types``: a ban or its
  lifting, 'Pretoria unbanned the ANC'); or, when its sentence names no
  other country, place abroad or international body,
- a court or judge takes part ('three Appeal Court judges dismissed both appeals'; a court's
  sentence, 'the judge jailed three men', is coercion, an event, unless only a power:
  'judges can jail parents'); or, in an article of several sentences,
- its doers are all the opposition (``opposition_sectors``: 'opposition members accused the
  government of panic'), whatever else its sentence names; or, unless its doers are all a
  state's office for dealings abroad or its people (``foreign_offices``: 'In Ankara, the
  Foreign Ministry rejected the report', acts abroad even in an article that names no other
  country) and none of its targets is of their own country, when its sentence names no
  other country, place abroad or international body,
- its doers are domestic bodies (lawmakers, the opposition, unions, campaigners:
  'Congress has demanded a security plan', 'campaigners will stage a rally'); or
- the article's political sentences name no other country and no international body ('the
  prime minister defended his plans for identity cards', 'the opposition leader accused the
  prime minister', 'the unions will hold talks with the deputy prime minister'); or
- its doers and targets are all named (no pronoun) with that one country and the sentences
  just before and after it name no other country or international body either ('the mayor
  accused the interior minister …' in an article that names other countries elsewhere); or
- it has no doer resolved, its targets are all people or offices of that one country (not the
  state named itself: 'Iran was urged to accept the truce' may be urged from abroad), it is
  no pledge, aid, meeting, visit, call or mediation (talks with one state's officials may be
  held from abroad: 'Kane held talks with senior Japanese officials') and the sentences just
  before and after it name no other country or international body either ('Robert Kane has
  attacked the home secretary'); or
- it has no target (none named, no object left unresolved), its doers are all people or
  offices of that state (not the country's own name: 'Japan agreed' may deal abroad), it is
  no pledge, aid, meeting, visit, call or mediation, and the sentences just before and after
  name no other country or international body ('Senior Belgian cabinet ministers reached an
  agreement on budget cuts', 'the planning minister resigned').

In an article of several sentences, two named parties or more, all people or offices of one
state, dealing with each other in no meeting or other gathering are politics at home whenever
their sentence names no other country or international body ('the finance ministry criticised
the Bundesbank', 'Poehl and Stoltenberg worked closely together'): the sentences around may
name others, but not the parties. When one of them urges, backs, criticises, rejects or warns
another (``AIMED_TYPES``), the act is politics at home whatever its sentence names ('the
commerce secretary asked the White House to block the sale to a Japanese firm'). A fight among
the people and offices of one state, none armed ('Congress battled the President all year',
'two ministers are fighting each other'), is no clash (``political_fight``), nor is an attack
or clash of party politicians ('the Tory leader went on the offensive', 'the two political
leaders clashed': ``fight_of_words``), and a warning a state tells its own people alone
('warned Americans not to travel to Iran') is no threat (``warned_own_people``). A visit to no
country that is a tour of the doer's own land ('a nationwide tour', 'a tour of the country') is
no visit (``tour_at_home``), nor is a party's trip to no country between sentences that name
none abroad ('the Lib Dem leader has begun a week-long tour': ``campaign_trip``).

Armed acts, deployments and coercion stay events (arrests, raids, jailings, seizures and forced
sales by a state's police, courts or prosecutors at home too), so do dealings whose own object
names armed rebels or their rising ('agreed to hand power to the rebels', 'vowed to crush the
rebellion': ``aimed_at_rebels``, ``armed_foes``) unless aimed at the doers' own state, and so does a country's own act with
no target in an article that names other countries or international bodies ('Iran rejected
a buffer force'). A single sentence is no article: there only parties and courts decide (a
government and its opposition in one news lead stay an event, as CAMEO coders have them), and
a party only when the sentence names no country by the country's own name, demonym or capital:
"Benin's main opposition party accused the president" is a wire lead of Benin's politics, an
event, 'the Tories accused the Labour government' is none (``_party_lead``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from pathlib import Path

from spacy.tokens import Token

from stream.extract.model import Actor, Event

_DATA = json.loads(
    (Path(__file__).parent / "data" / "politics_at_home.json").read_text(encoding="utf-8")
)
HOME_TYPES = frozenset(_DATA["types"])
STATE_POWER_TYPES = frozenset(_DATA["state_power_types"])
COURT_SECTORS = frozenset(_DATA["court_sectors"])
COURT_TYPES = frozenset(_DATA["court_types"]["types"])  # at home when only a power, not done
MIN_SENTENCES = _DATA["min_article_sentences"]
DOMESTIC_SECTORS = frozenset(_DATA["domestic_sectors"])
OPPOSITION_SECTORS = frozenset(_DATA["opposition_sectors"])  # 'opposition members accused …'
PRONOUNS = frozenset(_DATA["pronouns"])
PERSONAL_PRONOUNS = frozenset(_DATA["personal_pronouns"])  # 'he' a person resolves
_ANY_PRONOUN = PRONOUNS | PERSONAL_PRONOUNS  # 'as he left a rally': whose party is guessed
OTHER_SIDES = frozenset(_DATA["other_side_words"])
ARMED_SECTORS = frozenset(_DATA["armed_sectors"])
GIVING_TYPES = frozenset(_DATA["giving_types"])
GATHERING_TYPES = frozenset(_DATA["gathering_types"])
ENVOY_WORDS = frozenset(_DATA["envoy_words"])  # 'the Canadian ambassador to Washington'
FOREIGN_OFFICES = tuple(_DATA["foreign_offices"])  # 'the Foreign Ministry rejected the report'
ARMED_FOES = frozenset(_DATA["armed_foes"])  # 'agreed to hand power to the rebels'
_ARGUMENT_DEPS = frozenset({"dobj", "xcomp", "prep", "pobj", "dative"})
SITTING_TYPES = frozenset(_DATA["sitting_types"]["types"])  # met: no trip, no go-between
AIMED_TYPES = frozenset(_DATA["aimed_types"]["types"])  # done to the target, not told
NAMED_WARS = frozenset(_DATA["named_wars"]["nouns"])  # 'the Iraq war' names no party
SITTING_PARTNER_WORDS = frozenset(_DATA["body_sittings"]["partner_words"])
SITTING_SIDES = frozenset(_DATA["body_sittings"]["sides"])
SITTING_PARTNER_PREPS = frozenset(_DATA["body_sittings"]["partner_preps"])
NAMELESS_BODIES = frozenset(_DATA["body_sittings"]["nameless_bodies"])  # 'the cabinet'
REACHING_OUT_TYPES = GIVING_TYPES | GATHERING_TYPES  # may deal abroad with no target named
HOME_OFFICE_SECTORS = frozenset(_DATA["home_office_sectors"])
FIGURATIVE_ARMS = frozenset(_DATA["arms_among_politicians"]["words"])  # 'fresh ammunition'
POLITICIAN_SECTORS = frozenset(_DATA["arms_among_politicians"]["sectors"])
FIGURATIVE_GIVING = frozenset(_DATA["arms_among_politicians"]["verbs"])  # 'gave', 'handed'
HOME_TOUR_MODIFIERS = frozenset(_DATA["home_tours"]["modifiers"])
HOME_TOUR_PLACES = frozenset(_DATA["home_tours"]["places"])
HOME_TOUR_NOUNS = frozenset(_DATA["home_tours"]["nouns"])
HOME_CEREMONIES = frozenset(_DATA["home_ceremonies"])
_ATTEND_FORMS = frozenset({"attend", "attends", "attended", "attending"})
FIGHT_TYPES = frozenset(_DATA["political_fights"]["types"])
FIGHT_SECTORS = frozenset(_DATA["political_fights"]["sectors"])
RECIPROCAL = tuple(_DATA["political_fights"]["reciprocal"])
WORD_FIGHT_TYPES = frozenset(_DATA["political_fights"]["word_fight_types"])
POLITICIAN_WORDS = frozenset(_DATA["political_fights"]["politician_words"])
OWN_PEOPLE_TYPES = frozenset(_DATA["own_people"]["types"])
OWN_SUBORDINATES = frozenset(_DATA["own_subordinates"]["nouns"])  # 'asked his commanders'
OWN_PEOPLE_SECTORS = frozenset(_DATA["own_people"]["sectors"])
OWN_PEOPLE_WORDS = frozenset(_DATA["own_people"]["words"])
OWN_PEOPLE_KINDS = frozenset(_DATA["own_people"]["people_kinds"])
_PARTY_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, _DATA["party_words"])) + r")\b")


def sector(actor: Actor) -> str:
    """The CAMEO sector of an actor ('GBRLEG' → 'LEG', '---OPP' → 'OPP'), '' for none."""
    code = actor["code"] or ""
    return code[3:6] if len(code) >= 6 and not code.startswith(("IGO", "NGO")) else ""


def is_party(actor: Actor) -> bool:
    """A political party, or someone named as of a party or its front bench ('Tory leader')."""
    return sector(actor) == "PTY" or bool(_PARTY_WORDS.search(actor["text"] or ""))


def is_international(actor: Actor) -> bool:
    """An international body (an IGO code: the UN, the EU, the IMF, the G8)."""
    return (actor["code"] or "").startswith("IGO")


def at_home(
    event: Event,
    sentence_owners: Callable[[], Collection[str]],
    article_owners: Callable[[], Collection[str] | None],
    nearby_owners: Callable[[], Collection[str]] = frozenset,
    addressed: bool = False,
    done: bool = True,
    countries_named: Callable[[], Collection[str]] = frozenset,
) -> bool:
    """Whether ``event`` is politics at home (see the module's docstring).

    ``sentence_owners()`` are the countries (ISO3) and international bodies (IGO codes) its
    sentence names; ``article_owners()`` those the whole article names, or None for a text
    too short to tell; ``nearby_owners()`` those its sentence and the parsed sentences just
    before and after it name (all asked only when needed); ``countries_named()`` the countries
    its sentence names by their own names, demonyms or capitals; ``addressed`` that its words name
    someone it is done to whom no actor resolves ('warned neighbouring states') or that it
    answers someone's words ('the government denied the claims'); ``done`` that its verb tells
    an act done, not a power or a plan in the base form ('judges can jail parents') nor a
    charge told with what it says ('prosecutors charged that he ordered the deportation')."""
    who, whom = event["actors"], event["targets"]
    named = who + whom
    court = any(sector(a) in COURT_SECTORS for a in named)
    if event["type"] not in HOME_TYPES and not (
        court and event["type"] in COURT_TYPES and not done
    ):
        return False
    if any(is_international(a) or sector(a) in ARMED_SECTORS for a in named):
        return False
    if (
        event["type"] in SITTING_TYPES
        and whom
        and all(a["kind"] == "person" for a in named)
        and not any(set((a["text"] or "").lower().split()) & ENVOY_WORDS for a in named)
        and _offices_of_one_state(who, whom)
        and (
            event["location"] is None
            or event["location"].get("country") in (None, who[0]["country"])
        )
        and article_owners() is not None
    ):  # 'Abe made the recommendation at a meeting with Nakasone soon after returning from a
        return True  # U.S. visit': named people of one state's offices sitting together, in an
        # article, are at home whatever else their sentence names, unless they meet abroad
        # ('the prince was ready to meet Hun Sen in France') or one is an envoy ('met the
        # Canadian ambassador to Washington')
    if (
        event["type"] in AIMED_TYPES
        and whom
        and _offices_of_one_state(who, whom)
        and article_owners() is not None
    ):  # 'the commerce secretary asked the White House to block the sale to a Japanese firm':
        return True  # an act one office of a state aims at another, whatever the sentence names
        # or the place it is told at ('accusing the chief negotiator' of talks in New York)
    countries = {a["country"] for a in named if a["country"]}
    if event["location"] is not None and event["location"].get("country"):
        countries.add(event["location"]["country"])
    if len(countries) > 1:
        return False
    if (
        any(is_party(a) for a in named)
        and not _measure_on_a_party(event)
        and not _party_lead(event, countries, article_owners, countries_named)
    ):
        return True  # 'the Lib Dem leader dismissed the Conservatives': a contest of parties
    if (
        who and all(sector(a) in OPPOSITION_SECTORS for a in who) and article_owners() is not None
    ):  # 'opposition members accused the government of panic', in an article: whatever else
        return True  # the sentence names, the opposition's dealings are with its own state
    if who and all(_foreign_office(a) for a in who) and not _own_state_addressed(who, whom):
        return False  # 'In Ankara, the Foreign Ministry rejected the report': dealt abroad
    if not _one_country(countries, sentence_owners()):
        return False  # 'the minister told MPs Britain would not talk to Iran': abroad named
    if court:
        return True  # 'three Appeal Court judges dismissed both appeals': a case at home
    owners = article_owners()
    if owners is None:
        return False  # a single sentence: 'the government accepted the opposition's demands'
    if (
        (event["type"] not in GATHERING_TYPES or event["type"] in SITTING_TYPES)
        and _offices_of_one_state(who, whom)
        and _one_country(countries, sentence_owners())
    ):  # 'the finance ministry criticised the Bundesbank': one state's offices dealing with
        return True  # each other, whatever the sentences around them name; 'the ambassador
        # made the recommendation at a meeting with the Prime Minister': his own
    if who and all(_domestic_body(a) for a in who):
        return True  # 'Congress has demanded a security plan', 'campaigners staged a rally'
    named_doers = bool(who) and not any(_guessed_doer(a) for a in who)
    if (
        named_doers
        and whom
        and all(a["country"] for a in named)
        and _one_country(countries, nearby_owners())
    ):  # 'the mayor urged the interior minister to resign', the sentences around it naming
        return True  # nothing abroad either, in an article that does elsewhere
    if (
        not who
        and whom
        and event["type"] not in REACHING_OUT_TYPES
        and all(a["country"] and a["kind"] != "country" for a in whom)
        and _one_country(countries, nearby_owners())
    ):  # 'Robert Kane has attacked the home secretary', a doer no office or state names,
        return True  # between sentences naming nothing abroad, in an article that does elsewhere
        # (not talks: 'Kane held talks with senior Japanese officials' may be held abroad)
    if (
        named_doers
        and not whom
        and not addressed
        and event["type"] not in REACHING_OUT_TYPES
        and all(a["country"] and _home_office(a) for a in who)
        and _one_country(countries, nearby_owners())
    ):  # 'Belgian ministers reached an agreement on budget cuts' between sentences naming
        return True  # nothing abroad, in an article that does elsewhere
    return _one_country(countries, owners)


def _party_lead(
    event: Event,
    countries: set[str],
    article_owners: Callable[[], Collection[str] | None],
    countries_named: Callable[[], Collection[str]],
) -> bool:
    """A single sentence, no article, in which parties themselves (PTY codes) deal with someone
    and which names their country by its own name, demonym or capital ("Benin's main opposition
    party accused the president", 'the ruling party in Botswana refused to meet the
    opposition'): a wire lead of that country's politics, an event as CAMEO coders have it.
    'The Tories accused the Labour government' names no country; a candidate is no party ('the
    Colombian presidential candidate promised voters …'), a pronoun's party is only guessed,
    and a pledge to no one named is a campaign promise."""
    party = [a for a in event["actors"] + event["targets"] if is_party(a)]
    return (
        len(countries) == 1
        and all(sector(a) == "PTY" for a in party)
        and not any((a["text"] or "").lower() in _ANY_PRONOUN for a in event["actors"])
        and (event["type"] != "pledge" or bool(event["targets"]))
        and article_owners() is None
        and bool(countries & set(countries_named()))
    )


def tour_at_home(event: Event, tok: Token) -> bool:
    """A visit to no country, the tour of the doer's own land ('began a nationwide tour',
    'a week-long tour of the country', 'will make a countrywide tour'): a trip at home when
    the visit names no country, its place, if any, is the doer's own, and the trip word
    itself (``HOME_TOUR_NOUNS``) says so: 'visited the national assembly' is no tour."""
    if event["type"] != "visit" or any(t["country"] for t in event["targets"]):
        return False
    home = {a["country"] for a in event["actors"] if a["country"]}
    place = (event["location"] or {}).get("country")
    if not home or (place and place not in home):
        return False
    nouns = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubj"))]
    for noun in (n for n in nouns if n.lower_ in HOME_TOUR_NOUNS):
        if any(
            c.lower_ in HOME_TOUR_MODIFIERS for c in noun.children if c.dep_ in ("amod", "compound")
        ):
            return True
        if any(
            prep.lower_ in ("of", "around", "across", "through")
            and obj.dep_ == "pobj"
            and obj.lower_ in HOME_TOUR_PLACES
            and not obj.ent_type_
            for prep in noun.children
            for obj in prep.children
        ):
            return True
    return False


def ceremony_at_home(
    event: Event, tok: Token, sentence_owners: Callable[[], Collection[str]]
) -> bool:
    """A rite attended at home: a meeting read off 'attend' whose every object is one of
    ``HOME_CEREMONIES``, with no target of a country, its place (if any) the doer's own land
    and its sentence naming no other country or international body ('the president attended
    a ceremony in the southern town of Hambantota'): no meeting between parties."""
    if event["type"] != "meeting" or tok.lower_ not in _ATTEND_FORMS:
        return False
    if any(t["country"] or t["code"] for t in event["targets"]):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or not all(o.lower_ in HOME_CEREMONIES for o in objs):
        return False
    home = {a["country"] for a in event["actors"] if a["country"]}
    place = (event["location"] or {}).get("country")
    return place in (None, *home) and _one_country(home, sentence_owners())


def campaign_trip(event: Event, nearby_owners: Callable[[], Collection[str]]) -> bool:
    """A trip of a party's people to no country and no place abroad, told between sentences
    that name no other country or international body ('the Lib Dem leader has begun a
    week-long tour to persuade voters'): campaigning at home, whatever the trip word; 'Abe
    will explain the plan when he visits the U.S. … Abe's visit is to prepare for talks' is
    a trip abroad."""
    who = event["actors"]
    if event["type"] != "visit" or not who or not all(is_party(a) for a in who):
        return False
    if any(t["country"] for t in event["targets"]):
        return False
    home = {a["country"] for a in who if a["country"]}
    place = (event["location"] or {}).get("country")
    return place in (None, *home) and _one_country(home, nearby_owners())


def political_fight(event: Event, tok: Token) -> bool:
    """A fight among the people and offices of one state ('Congress battled President Reagan
    all year', 'the finance minister is fighting the central bank governor', 'two ministers
    are fighting each other'): its sides, a doer and a target (or doers fighting 'each
    other'), all have one country and are all offices of government, lawmakers, parties,
    business, the press or unions (``FIGHT_SECTORS``), none armed and none the country named
    itself: politics at home, no clash."""
    who, whom = event["actors"], event["targets"]
    if event["type"] not in FIGHT_TYPES or not who:
        return False
    if not whom and not _fights_each_other(tok):
        return False
    named = who + whom
    if len({a["country"] for a in named}) != 1 or not all(a["country"] for a in named):
        return False
    return all(
        a["kind"] != "country" and (sector(a) in FIGHT_SECTORS or is_party(a)) for a in named
    )


def fight_of_words(event: Event, tok: Token) -> bool:
    """An attack or clash of party politicians ('Tory leader Michael Howard went on the
    offensive over the remarks', 'the two political leaders clashed'): its doers are all
    persons of a party (none armed) and its targets, if any, parties or people and offices of
    the same state; or, with no party resolved, its subject is a politician
    (``POLITICIAN_WORDS``); or its targets are all parties themselves, no person, and its
    doers, none armed, are all of the parties' one state ('his attack on Labour was no
    publicity stunt', 'enough students to beat the Tories'): a fight of words at home, no
    armed act."""
    who, whom = event["actors"], event["targets"]
    if event["type"] not in WORD_FIGHT_TYPES:
        return False
    if (
        who
        and whom
        and all(is_party(t) and t["kind"] != "person" for t in whom)
        and not any(sector(a) in ARMED_SECTORS for a in who)
        and len({a["country"] for a in who + whom}) == 1
        and all(a["country"] for a in who + whom)
    ):
        return True
    if not who:
        return not whom and any(
            w.lower_ in POLITICIAN_WORDS
            for s in tok.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for w in s.subtree
        )
    if not all(
        a["kind"] == "person" and is_party(a) and sector(a) not in ARMED_SECTORS for a in who
    ):
        return False
    named = who + whom
    if len({a["country"] for a in named}) != 1 or not all(a["country"] for a in named):
        return False
    return all(is_party(t) or _home_office(t) for t in whom)


def arms_among_politicians(event: Event) -> bool:
    """Arms given among the politicians of one state ('the speech gave his own MPs ammunition
    for the doorsteps', 'handed the opposition a weapon'): an arms transfer of a word that is
    also a figure (``FIGURATIVE_ARMS``: ammunition, a weapon), given, handed, provided or
    offered (``FIGURATIVE_GIVING``), whose givers and takers, both named, all have one
    country and are all offices of government, leaders, lawmakers, parties or the opposition
    (``POLITICIAN_SECTORS``), none armed, is a figure of speech, no weapons supplied.
    Weapons, rifles or arms handed to a party ('the interior ministry gave weapons to
    Fatah'), ammunition supplied or sent ('supplied ammunition to Fatah'), or any given to
    the police, stay a transfer."""
    who, whom = event["actors"], event["targets"]
    if event["type"] != "arms_transfer" or not who or not whom:
        return False
    words = event["trigger"].lower().split()
    if not (set(words) & FIGURATIVE_ARMS and words[0] in FIGURATIVE_GIVING):
        return False
    named = who + whom
    if len({a["country"] for a in named}) != 1 or not all(a["country"] for a in named):
        return False
    return all(
        sector(a) not in ARMED_SECTORS
        and (is_party(a) or (a["kind"] != "country" and sector(a) in POLITICIAN_SECTORS))
        for a in named
    )


def warned_own_people(event: Event, tok: Token) -> bool:
    """A warning a state, its offices or people tell that state's own people alone ('the
    State Department renewed its warning to Americans not to travel to Iran', 'warned U.S.
    diplomats abroad'): advice to its own people, no threat. The trigger is a word of warning
    (``OWN_PEOPLE_WORDS``: 'Britain threatened to use its new act' stays a threat); every
    target has the doers' one country and is people (``_people``), civilians, officials,
    business, the press or schools (``OWN_PEOPLE_SECTORS``); the warning says in no clause of
    its own what will befall them ('warned Iraqi Kurds that it would crush any uprising'
    threatens)."""
    who, whom = event["actors"], event["targets"]
    if event["type"] not in OWN_PEOPLE_TYPES or not who or not whom:
        return False
    words = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    if not any(w.lower_ in OWN_PEOPLE_WORDS for w in words):
        return False  # 'renewed its warning', 'a warning was issued', 'warned'
    if any(c.dep_ == "ccomp" for c in tok.children):
        return False
    home = {a["country"] for a in who}
    if len(home) != 1 or None in home:
        return False
    return all(
        t["country"] in home and _people(t) and sector(t) in OWN_PEOPLE_SECTORS for t in whom
    )


def _people(actor: Actor) -> bool:
    """People, a person or a group ('Americans', 'U.S. diplomats'), or a people named by its
    nationality ('Japanese citizens'), not the state itself named ('Japan', 'Washington') nor
    a body or thing ('its Financial Services Act')."""
    words = (actor["text"] or "").split()
    if actor["kind"] == "country":
        return bool(words) and not words[-1][:1].isupper()
    return actor["kind"] in OWN_PEOPLE_KINDS


def _fights_each_other(tok: Token) -> bool:
    """The verb's object is 'each other' or 'one another'."""
    window = tok.doc[tok.i + 1 : tok.i + 4].text.lower()
    return window.startswith(RECIPROCAL)


def _measure_on_a_party(event: Event) -> bool:
    """A measure of the state's power (lifting a ban, a ban) that the state itself, named as
    the country or its government, takes on a party ('Pretoria unbanned the ANC', 'the
    government lifted the ban on the opposition party'): the state's act, no contest of
    parties."""
    who = event["actors"]
    return (
        event["type"] in STATE_POWER_TYPES
        and bool(who)
        and all(not is_party(a) and (a["kind"] == "country" or sector(a) == "GOV") for a in who)
    )


def _offices_of_one_state(who: list[Actor], whom: list[Actor]) -> bool:
    """Two named parties or more, a doer among them, all people or offices of one state
    (home-office sectors, no pronoun, no 'counterpart' whose own state is only guessed),
    dealing with each other: 'the finance ministry criticised the central bank', 'Poehl and
    Stoltenberg worked closely together'. A country named only inside an office's name ('the
    Bank of Canada') is that office, no party of its own."""
    if not who:
        return False
    named = who + whom
    texts = [a["text"] or "" for a in named]
    parties = [
        a
        for a in named
        if not (a["kind"] == "country" and any(a["text"] in t and a["text"] != t for t in texts))
    ]
    if len(parties) < 2 or len({a["country"] for a in parties}) != 1:
        return False
    return all(
        a["country"]
        and (_home_office(a) or _state_body(a))
        and not set((a["text"] or "").lower().split()) & (PRONOUNS | OTHER_SIDES)
        for a in parties
    ) and any(_home_office(a) for a in parties)


def body_sitting(event: Event, tok: Token, addressed: bool) -> bool:
    """A meeting of one state's own body and no one else: its doers all bodies of one state
    (no person, not the country itself; a government office or a body coded with the country
    alone), no target and no one else named ('the White House Economic Policy Council will
    discuss sanctions against Japan at a meeting on Thursday', 'the Bundesbank council meets
    on Thursday'), whatever its sentence names: a body sitting, no diplomatic meeting; not
    talks (``SITTING_PARTNER_WORDS``: 'the foreign ministry held talks in Tokyo'), sides
    (``SITTING_SIDES``: 'the sides agreed to hold the third round') nor a meeting 'with'
    someone its trigger or the verb above it names (``SITTING_PARTNER_PREPS``: 'the cabinet
    met with Ugandan envoys', whom no actor resolves)."""
    who = event["actors"]
    if event["type"] != "meeting" or event["targets"] or addressed or not who:
        return False
    if set(event["trigger"].lower().split()) & SITTING_PARTNER_WORDS:
        return False  # 'the foreign ministry held talks in Tokyo': talks with someone
    if any(set((a["text"] or "").lower().split()) & SITTING_SIDES for a in who):
        return False  # 'the sides agreed to hold the third round': two sides
    if any(
        c.dep_ == "prep" and c.lower_ in SITTING_PARTNER_PREPS
        for h in (tok, tok.head)
        for c in h.children
    ):
        return False  # 'the cabinet met with envoys', 'held a meeting with …': someone met
    if all(_nameless_body(a) for a in who):
        return True  # 'the cabinet will meet again on Thursday': some state's body sitting
    return len({a["country"] for a in who}) == 1 and all(
        a["country"] and a["kind"] == "organization" and (_home_office(a) or _state_body(a))
        for a in who
    )


def _nameless_body(actor: Actor) -> bool:
    """A body of ``NAMELESS_BODIES`` whose state no word names ('the cabinet'); an
    international one ('the U.N. General Assembly', 'the European Parliament') is no state's."""
    words = (actor["text"] or "").lower().split()
    if actor["country"] or not words or is_international(actor):
        return False
    return words[-1] in NAMELESS_BODIES


def _state_body(actor: Actor) -> bool:
    """A body coded with its country alone ('the Bundesbank')."""
    return actor["kind"] == "organization" and actor["code"] == actor["country"]


def _guessed_doer(actor: Actor) -> bool:
    """A doer named by a pronoun whose country is only guessed ('it', 'they', 'we'): not 'he'
    or 'she' resolved to a person, whose country is that person's ('He urged the government to
    scrap the tax', after 'the Lib Dem spokesman questioned …')."""
    text = (actor["text"] or "").lower()
    if text in PERSONAL_PRONOUNS:
        return actor["kind"] != "person" or not actor["country"]
    return text in PRONOUNS


def aimed_at_rebels(event: Event, verb: Token) -> bool:
    """Whether an act's own object, or that of its 'to' clause or of a preposition on either,
    names armed rebels or their rising (``armed_foes``: 'agreed to hand power to the rebels',
    'vowed to crush the rebellion'): dealings with an armed side, not politics at home; not
    when it is aimed at the doers' own state ('would ask Congress for aid for the rebels')."""
    if _own_state_addressed(event["actors"], event["targets"]):
        return False
    todo = [c for c in verb.children if c.dep_ in _ARGUMENT_DEPS]
    while todo:
        tok = todo.pop()
        if tok.lower_ in ARMED_FOES and tok.dep_ in ("dobj", "pobj", "dative"):
            return True
        todo += [c for c in tok.children if c.dep_ in _ARGUMENT_DEPS]
    return False


def _foreign_office(actor: Actor) -> bool:
    """A state's office for dealings abroad or one of its people, named so ('the Foreign
    Ministry', 'a Foreign Office spokesman', 'Foreign Minister Shevardnadze'; the words of
    ``foreign_offices`` in ``data/politics_at_home.json``)."""
    text = (actor["text"] or "").lower()
    return bool(actor["country"]) and any(name in text for name in FOREIGN_OFFICES)


def _own_state_addressed(who: list[Actor], whom: list[Actor]) -> bool:
    """Whether a target is of the doers' own country ('denied by Foreign Secretary Jack
    Straw, who accused the Tories')."""
    own = {a["country"] for a in who}
    return any(t["country"] in own for t in whom)


def _home_office(actor: Actor) -> bool:
    """A person or office of a state's government or its life at home (not the country
    itself named as a party: 'Japan agreed' may be Japan dealing abroad)."""
    return actor["kind"] != "country" and sector(actor) in HOME_OFFICE_SECTORS


def _domestic_body(actor: Actor) -> bool:
    """A body or person of a country's life at home: lawmakers, courts, the opposition,
    unions, campaigners, the press, schools, churches (not the police: the dictionaries
    code some ministers so)."""
    return sector(actor) in DOMESTIC_SECTORS


def _one_country(countries: set[str], owners: Collection[str]) -> bool:
    """Whether the countries of an event and those its text names are one country (or none),
    with no international body among them."""
    return not any(o.startswith("IGO") for o in owners) and len(countries | set(owners)) <= 1
