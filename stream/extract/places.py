"""Where an event happened.

``find_location(sent, trigger, gazetteer) -> Location | None`` returns ``{text, name, country}``
(``stream/extract/model.py``) for the place a locative phrase attached to the event names:
"in Beijing", "At the Pentagon", "in Russia's Kursk region" (name "Kursk", country RUS),
"in the town of Cizre". Phrases on the trigger itself win, then those inside the trigger's
clause, then those on the clauses above it. Dates ("in January"), manners ("in retaliation")
and other non-places are skipped: the object must be a GPE/LOC/FAC entity or a name the
gazetteer knows. For the first sentences of an article a dateline ("KYIV, Ukraine —") is the
fallback (in a news digest, a later story's own "ROME - " dateline), and after it the
sentence's places when they all lie in one country. An area noun with a national adjective
("off the Iranian coast") lies in that country. ``country`` is ISO3 when the gazetteer, a possessive ("Russia's") or a following
", Country" tells it, else None; a country or a federation's state after the town and a comma
says which town is meant ("Birmingham, Alabama" is American, "London, Ontario" Canadian). Locative prepositions and area nouns ("region",
"outskirts") are listed in ``data/place_words.json``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from stream.extract.actors import (
    VISIT_VERBS,
    Gazetteer,
    Term,
    entity_span,
    state_country,
    town_country,
)
from stream.extract.home import NAMED_WARS
from stream.extract.model import Location
from stream.extract.syntax import AIMED_PREPS, DISTANCE_WORDS, after_distance

_WORDS = json.loads((Path(__file__).parent / "data" / "place_words.json").read_text("utf-8"))
_PLACE_PREPS = frozenset(_WORDS["place_prepositions"])
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_AREA_NOUNS = frozenset(_WORDS["area_nouns"])
_MONTHS = frozenset(_WORDS["months"])
DEPARTURE_VERBS = frozenset(_WORDS["departure_verbs"])
_SEA_WORDS = frozenset(_WORDS["sea_words"])
_NEIGHBOUR_EDGES = frozenset(_WORDS["neighbour_edges"])
_BESIDE_PREPS = frozenset(_WORDS["beside_preps"])
CRAFT_WORDS = frozenset(_WORDS["craft_words"])
CAPITAL_NOUNS = frozenset(_WORDS["capital_nouns"])  # 'arrived in the Saudi capital'
HOMEWARD_WORDS = frozenset(_WORDS["homeward_words"])  # 'left Pyongyang for home'
WORD_TYPES = frozenset(_WORDS["word_types"])  # words told by a state: said where it is
# 'a statement issued in Miami', 'radio monitored in London': where words were given out or
# heard, not where the act they report happened
_ISSUING_VERBS = frozenset(_WORDS["issuing_verbs"])
_TRIP_VERBS = frozenset(_WORDS["trip_verbs"])
_NAME_PREPS = frozenset(_WORDS["name_prepositions"])
_DATELINE_DASHES = frozenset({"—", "–", "-", "--", "(AP)", "(Reuters)", "(AFP)"})
# Clause links followed from the trigger down into its own clause (not into reported speech).
_CLAUSE_DEPS = frozenset(
    {
        "prep",
        "pobj",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "acomp",
        "pcomp",
        "advcl",
        "xcomp",
        "conj",
    }
)
_DATELINE_SENTENCES = 1  # sentences of an article the dateline can locate
# a state not yet independent on the article's day → (the day it became so, the state before)
_SUCCESSORS = {
    iso3: (date.fromisoformat(day), before)
    for iso3, (day, before) in _WORDS["successor_states"].items()
}


def as_of(loc: Location | None, day: date | None) -> Location | None:
    """``loc`` with the country it lay in on ``day``: a place in a state not yet independent
    then lay in the state it was part of ('Juba' in 1988: Sudan's, not South Sudan's)."""
    if loc is None or day is None or loc.get("country") not in _SUCCESSORS:
        return loc
    since, before = _SUCCESSORS[loc["country"]]
    return {**loc, "country": before} if day < since else loc


def find_location(
    sent,
    trigger,
    gazetteer: Gazetteer | None = None,
    past_the_report: bool = True,
    dateline_too: bool = True,
) -> Location | None:
    """The place the event of ``trigger`` (a token of ``sent``) happened, or None. Without
    ``past_the_report`` the place where a reported clause was said is not the event's ('In
    London, Lloyds said the tanker was hit': not London), and without ``dateline_too``
    neither is the dateline ('NICOSIA - Iraq said its jets hit …': not Nicosia)."""
    gaz = gazetteer or Gazetteer.default()
    for prep in _candidate_preps(sent, trigger, past_the_report):
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                found = _object_place(pobj, gaz)
                if found is not None:
                    return found[0]
    left = _place_left(trigger, gaz)  # 'left Bonn after talks with Kohl': in Bonn
    if left is not None:
        return left
    part = sent if past_the_report else _reported_part(sent, trigger)
    if _sentence_index(sent) < _DATELINE_SENTENCES:
        lead = dateline(sent.doc, gaz)
        if lead is not None and (part is sent or dateline_too):
            return lead
    elif part is sent or dateline_too:
        section = _dateline_of(sent, gaz, strict=True)  # a digest's next story
        if section is not None:
            return section
    return _sole_place(part, gaz)


def place_inside(trigger, gazetteer: Gazetteer | None = None) -> Location | None:
    """The place an event noun's own phrase names ("Friday's attack on a ship in Kuwaiti
    waters": Kuwaiti waters), not the clause it hangs on ('the U.S. response to …'); the
    parser may hang the noun's own phrases on the word it follows ('a response to an attack
    last Friday on a tanker in Kuwaiti waters')."""
    gaz = gazetteer or Gazetteer.default()
    own = [t for t in trigger.subtree if t != trigger and _is_locative(t)]
    if trigger.dep_ == "pobj":
        host = trigger.head.head  # 'response' of 'response to'
        own += [t for t in host.subtree if t.i > trigger.i and _is_locative(t) and t not in own]
    for prep in own:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                loc = _place(pobj, gaz)
                if loc is not None:
                    return loc
    return None


def struck_place(trigger, gazetteer: Gazetteer | None = None) -> tuple[Location, object] | None:
    """The place an armed act landed on, with its token, when a locative phrase of the act
    or of what it struck names one on land ('bombed targets deep inside Iran', 'an offensive
    in northeast Iraq'), else None. A place off a coast or in waters is no country struck;
    nor is 'on' a place ('a strike on the tanker Sea Isle City'), nor one named deeper in the
    clause, where it belongs to something else."""
    gaz = gazetteer or Gazetteer.default()
    struck = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "advmod")]
    struck += _aimed_at(trigger)  # 'fired shells at an oil camp in northern Kuwait'
    preps = [c for node in (trigger, *struck) for c in node.children if _is_locative(c)]
    for prep in preps:
        if prep.lower_ in _SEA_WORDS or prep.lower_ == "on":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or any(t.lower_ in _SEA_WORDS for t in pobj.subtree):
                continue
            found = _object_place(pobj, gaz)
            if found is not None and found[0]["country"]:
                return found
    return None


def trip_destination(trigger, gazetteer: Gazetteer | None = None) -> Location | None:
    """Where a trip goes: the place a visiting verb takes as object ('is due to visit
    Washington') or the 'to' phrase of a travel verb that is the trigger or whose purpose the
    trigger is ('would fly to Washington for talks', 'prepared to head to Brussels to meet
    NATO leaders'); None when no such phrase names a place."""
    gaz = gazetteer or Gazetteer.default()
    for verb in _trip_verbs(trigger):
        for child in verb.children:
            if child.dep_ == "dobj" and verb.lower_ in VISIT_VERBS:
                found = _place(child, gaz)
            elif child.dep_ == "prep" and child.lower_ == "to" and verb.lower_ in _TRIP_VERBS:
                found = next(
                    (loc for o in child.children if o.dep_ == "pobj" and (loc := _place(o, gaz))),
                    None,
                )
            else:
                continue
            if found is not None:
                return found
    return None


def _trip_verbs(trigger) -> list:
    """The trigger, and the travel verb whose purpose it names ('to meet', 'for talks')."""
    verbs = [trigger]
    if trigger.dep_ in ("xcomp", "advcl"):
        verbs.append(trigger.head)
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        verbs.append(trigger.head.head)
    return verbs


def _aimed_at(trigger) -> list:
    """The objects of the trigger's 'at', 'on' and 'against' phrases, as the parser hung them."""
    return [
        o
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]


def named_place(trigger, gazetteer: Gazetteer | None = None) -> Location | None:
    """A place an armed act's own words name although the tagger took its name for no place:
    the town it struck ('raided the northern town of Faya-Largeau', 'shelled Ha Tuyen
    province') or a proper name after 'near' ('ambushed a truck near Jinotega', 'an attack by
    rebels near Cuito Cuanavale', 'shot down two jets over Lebanon's Bekaa Valley'), on the
    trigger or on what it struck."""
    gaz = gazetteer or Gazetteer.default()
    struck = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in struck:
        found = _town(obj, gaz)
        if found is not None:
            return found
    struck += _aimed_at(trigger)  # 'the assault against positions near the Bilafond pass'
    struck += [p for o in struck if (p := _of_object(o)) is not None]  # 'a section of the line'
    for node in (trigger, *struck):
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in _NAME_PREPS):
            for pobj in (o for o in prep.children if o.dep_ == "pobj"):
                found = _place(pobj, gaz) or _town(pobj, gaz) or _proper_place(pobj, gaz)
                if found is not None:
                    return found
    return None


def _town(noun, gaz: Gazetteer) -> Location | None:
    """'the (border) town of X' (any proper name X), 'Ha Tuyen province', or a known place."""
    if noun.lower_ not in _AREA_NOUNS:
        return _place(noun, gaz) if noun.pos_ == "PROPN" else None
    of_obj = _of_object(noun)
    if of_obj is not None and of_obj.pos_ == "PROPN":
        found = _proper_place(of_obj, gaz, noun)
        known = _place(of_obj, gaz)
        if known is not None and (known["country"] or found is None or not found["country"]):
            return known
        return found
    names = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return _place(noun, gaz) if names else None


def _proper_place(name, gaz: Gazetteer, area=None) -> Location | None:
    """A proper name taken as a place; its country from a national word on the area noun
    ('the northern Burkina Faso town of Ouahigouya', 'the Zambian town of Livingstone')."""
    if name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME", "NORP"):
        return None
    first = min((t.i for t in name.lefts if t.dep_ in ("compound", "punct")), default=name.i)
    text = name.doc[first : name.i + 1].text
    country = None
    if area is not None:
        country = _possessor_country(area, gaz) or next(
            (
                c
                for m in area.children
                if m.dep_ in ("amod", "compound") and (c := _national(m, gaz))
            ),
            None,
        )
    return {"text": text, "name": text, "country": country}


def _national(word, gaz: Gazetteer) -> str | None:
    """The country a modifier's capitalised words name ('Zambian', 'northern Burkina Faso')."""
    words = " ".join(t.text for t in word.subtree if t.text[:1].isupper())
    return gaz.country_of(words) if words else None


def local_place(loc: Location, gazetteer: Gazetteer | None = None) -> bool:
    """A place of no known country that the gazetteer does not know either, on land (a town
    or village a story names without its country: 'near Gorongosa'); not a sea ('the Gulf')
    nor a region the gazetteer knows to lie in no one country ('Africa')."""
    gaz = gazetteer or Gazetteer.default()
    if loc.get("country") or any(w in _SEA_WORDS for w in loc["text"].lower().split()):
        return False
    return gaz.lookup(loc["name"]) is None


def named_country(loc: Location, gazetteer: Gazetteer | None = None) -> str | None:
    """The country of a known place inside a place's name ('west Beirut': Lebanon)."""
    gaz = gazetteer or Gazetteer.default()
    words = loc["name"].split()
    for size in range(len(words) - 1, 0, -1):
        for at in range(len(words) - size + 1):
            term = gaz.lookup(" ".join(words[at : at + size]))
            if term is not None and term.source in ("capital", "place", "country") and term.country:
                return term.country
    return None


def _object_place(pobj, gaz: Gazetteer) -> tuple[Location, object] | None:
    """The place a preposition's object names, its 'of' phrase ("across snow-capped
    peaks of northeastern Iraq") or a place in apposition to it ('in Belmarsh prison, south
    London'), with the token that names it."""
    loc = _place(pobj, gaz)
    if loc is not None:
        return loc, pobj
    of_obj = _of_object(pobj)
    loc = _place(of_obj, gaz) if of_obj is not None else None
    if loc is not None:
        return loc, of_obj
    for appos in (c for c in pobj.children if c.dep_ == "appos"):
        loc = _place(appos, gaz)
        if loc is not None:
            return loc, appos
    return None


def placed_by_own_phrase(trigger, loc: Location, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a locative phrase of the trigger's own clause names ``loc`` ('attacked a
    tanker off Dubai' under a DUBAI dateline): the place is the text's, not only the
    dateline's."""
    gaz = gazetteer or Gazetteer.default()
    return any(
        (found := _object_place(pobj, gaz)) is not None and found[0]["name"] == loc["name"]
        for prep in _own_preps(trigger)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _place_left(trigger, gaz: Gazetteer) -> Location | None:
    """The place a departure verb above an 'after …' phrase names: the event before leaving
    happened there ('Thatcher left Bonn after talks with Kohl')."""
    prep = trigger.head
    if trigger.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("after", "following"):
        return None
    verb = prep.head
    if verb.lower_ not in DEPARTURE_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj":
            return _place(obj, gaz)
    return None


def _reported_part(sent, trigger):
    """The reported clause holding the trigger ('the tanker was hit' in 'In London, Lloyds
    said the tanker was hit'), or the sentence when it is no reported clause."""
    node = trigger
    while node.head.i != node.i:
        if node.dep_ == "ccomp":
            return list(node.subtree)
        node = node.head
    return sent


def _sole_place(sent, gaz: Gazetteer) -> Location | None:
    """The place a sentence names when all its locative phrases point into one country
    ("fierce battles near Basra, Iraq's second city, after an Iranian offensive …")."""
    found = [
        loc
        for prep in sent
        if prep.dep_ == "prep"
        and prep.lower_ in _PLACE_PREPS
        and prep.head.lower_ not in _ISSUING_VERBS
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (loc := _place(pobj, gaz)) is not None
    ]
    countries = {loc["country"] for loc in found}
    if found and len(countries) == 1 and None not in countries:
        return found[0]
    return None


def _is_locative(prep) -> bool:
    """'in', 'near', …; and 'from' / 'of' after a distance or a compass point ('some 10 km
    (six miles) from Basra', 'north of Baghdad'); never the place words were issued or heard
    in ('a communique released in Geneva')."""
    if prep.dep_ != "prep" or prep.head.lower_ in _ISSUING_VERBS:
        return False  # 'a statement issued in Miami': where it was given out
    return prep.lower_ in _PLACE_PREPS or after_distance(prep)


def _own_preps(trigger) -> list:
    """Locative prepositions on the trigger, then inside its own clause, then inside a verb
    joined to it ('ended two days of talks in Baghdad but agreed to meet again in Moscow':
    the talks are in Baghdad)."""
    own = [c for c in trigger.children if _is_locative(c)]
    joined = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    first = [c for c in trigger.children if c.dep_ in _CLAUSE_DEPS or _compass(c)]
    inner = _clause_preps([c for c in first if c not in joined]) + _clause_preps(joined)
    return own + [p for p in inner if p not in own]


def _clause_preps(stack: list) -> list:
    """Locative prepositions among ``stack`` and the clause words below them, nearest first."""
    found: list = []
    while stack:
        tok = stack.pop(0)
        if _is_locative(tok):
            found.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _CLAUSE_DEPS or _compass(c))
    return found


def _candidate_preps(sent, trigger, past_the_report: bool = True) -> list:
    """Locative prepositions: on the trigger, then inside its clause, then on its ancestors
    (not above a reported clause unless ``past_the_report``)."""
    above: list = []
    node = trigger
    while node.head.i != node.i and node.head.i >= sent.start:
        if node.dep_ == "ccomp" and not past_the_report:
            break
        node = node.head
        above.extend(c for c in node.children if _is_locative(c))
    return _own_preps(trigger) + above


def _compass(tok) -> bool:
    """A compass point on a noun or verb ('posts east of Basra'), whose 'of' says where."""
    return tok.dep_ == "advmod" and tok.lower_ in DISTANCE_WORDS


def _place(pobj, gaz: Gazetteer) -> Location | None:
    """A Location for a preposition's object, or None when it names no place."""
    if pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in NAMED_WARS:
        return None  # 'advice on the Iraq war': a war's name, no place
    names = [t for t in pobj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    core_tokens = [*names, pobj] if pobj.pos_ == "PROPN" else names
    ent = entity_span(pobj)
    if ent is not None and pobj.ent_type_ in _PLACE_ENTS | {"ORG", "PRODUCT"}:
        core = ent.text
        if core.lower().startswith("the "):
            core = core[4:]
    elif core_tokens:
        core = pobj.doc[core_tokens[0].i : core_tokens[-1].i + 1].text
    else:
        core = None
    if core is None and pobj.lower_ in _AREA_NOUNS:
        of_obj = _of_object(pobj)  # "the town of Cizre"
        if of_obj is None:  # "in the capital, Kyiv,"
            of_obj = next((c for c in pobj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if of_obj is not None:
            return _owned_by_area(_place(of_obj, gaz), pobj, gaz)
        return _area_placed(pobj, gaz) or _national_area(pobj, gaz)
    if core is None:
        return None
    if core_tokens and pobj.pos_ != "PROPN":  # "Kursk region": name without the area noun
        core = pobj.doc[core_tokens[0].left_edge.i : core_tokens[-1].i + 1].text
    whole = _name_with_of(pobj, core, gaz)
    if whole is not None:  # "Port of Spain": one name, not a port of Spain
        return whole
    term = gaz.lookup(core)
    is_place = (ent is not None and pobj.ent_type_ in _PLACE_ENTS) or (
        term is not None and term.source in ("country", "capital", "place", "institution")
    )
    owner = _possessor_country(pobj, gaz)  # "at Iran's southwestern Ahvaz field"
    if not is_place and not (pobj.lower_ in _AREA_NOUNS and core_tokens) and owner is None:
        return None
    country = _country(pobj, term, gaz)
    start = min(t.i for t in pobj.subtree if t.i <= pobj.i)
    text = pobj.doc[start : pobj.i + 1].text
    name = term.name if term is not None and term.source in ("institution", "place") else core
    if term is not None and term.source == "country":
        name = term.name
    return {"text": text, "name": name, "country": country}


def _owned_by_area(found: Location | None, area, gaz: Gazetteer) -> Location | None:
    """A place named after 'of' whose country the gazetteer does not know takes the one the
    area noun's national adjective or possessive gives ("the Saudi port of Juaymah"), else
    its own 'in' phrase ('near the town of Mawat in northeastern Iraq': Iraq's, not the
    dateline's)."""
    if found is None or found["country"] is not None:
        return found
    owner = _national_area(area, gaz) or _area_placed(area, gaz)
    return found if owner is None else {**found, "country": owner["country"]}


def _name_with_of(pobj, core: str, gaz: Gazetteer) -> Location | None:
    """The place a name and its 'of' phrase name together when the gazetteer knows the whole
    ("Port of Spain" is Trinidad's capital, not a port of Spain), else None."""
    of_obj = _of_object(pobj)
    if of_obj is None or pobj.pos_ != "PROPN" or of_obj.pos_ != "PROPN":
        return None
    end = max(t.i for t in of_obj.subtree)
    whole = f"{core} of {pobj.doc[of_obj.left_edge.i : end + 1].text}"
    term = gaz.lookup(whole)
    if term is None or term.source not in ("country", "capital", "place") or not term.country:
        return None
    start = min(t.i for t in pobj.subtree if t.i <= pobj.i)
    return {"text": pobj.doc[start : end + 1].text, "name": whole, "country": term.country}


def _area_placed(area, gaz: Gazetteer) -> Location | None:
    """The place an area's own 'in' or 'near' phrase names ('a British base in Basra', 'the
    U.S. embassy in Nairobi'): where it lies, whoever owns it."""
    for prep in area.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "near"):
            continue
        for obj in prep.children:
            found = _place(obj, gaz) if obj.dep_ == "pobj" else None
            if found is not None and found["country"]:
                return found
    return None


def _national_area(pobj, gaz: Gazetteer) -> Location | None:
    """An area a national adjective or a possessive places in its country ("off the Iranian
    coast", "into Iraqi territory", "in Chad's north")."""
    iso3 = _possessor_country(pobj, gaz) or next(
        (c for m in pobj.children if m.dep_ == "amod" and (c := gaz.country_of(m.text))), None
    )
    if iso3 is None or _neighbour_edge(pobj):
        return None
    start = min(t.i for t in pobj.subtree if t.i <= pobj.i)
    first = next(t.i for t in pobj.doc[start : pobj.i + 1] if t.dep_ != "det")
    name = pobj.doc[first : pobj.i + 1].text
    return {"text": pobj.doc[start : pobj.i + 1].text, "name": name, "country": iso3}


def _neighbour_edge(pobj) -> bool:
    """Whether ``pobj`` is a border named beside which something happened ('near the
    Ethiopian border', 'close to the Thai frontier'): the adjective names the neighbour."""
    if pobj.lower_ not in _NEIGHBOUR_EDGES or pobj.dep_ != "pobj":
        return False
    prep = pobj.head
    return prep.lower_ in _BESIDE_PREPS or (
        prep.lower_ == "to" and prep.head.lower_ in _BESIDE_PREPS
    )


def _possessor_country(pobj, gaz: Gazetteer) -> str | None:
    """The country a possessive names on a place: "Russia's Kursk region" → RUS."""
    for child in pobj.children:
        if child.dep_ == "poss":
            iso3 = gaz.country_of(child.text)
            if iso3:
                return iso3
    return None


def _country(pobj, term: Term | None, gaz: Gazetteer) -> str | None:
    iso3 = _possessor_country(pobj, gaz)
    if iso3:
        return iso3
    named = town_country(pobj, term.country if term is not None else None, gaz)
    if named:
        return named
    for child in pobj.rights:  # "Cizre, Turkey" / "Cizre in southeastern Turkey"
        if child.dep_ in ("appos", "npadvmod", "conj") and child.pos_ == "PROPN":
            iso3 = gaz.country_of(child.text)
            if iso3:
                return iso3
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for sub in child.children:
                if sub.dep_ == "pobj":
                    iso3 = gaz.country_of(sub.text)
                    if iso3:
                        return iso3
    return None


def _of_object(tok):
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _sentence_index(sent) -> int:
    """0 for the first sentence, 1 for the second... (counted up to _DATELINE_SENTENCES)."""
    count = 0
    for other in sent.doc.sents:
        if other.start >= sent.start or count >= _DATELINE_SENTENCES:
            break
        count += 1
    return count


def filed_from(sent, gazetteer: Gazetteer | None = None) -> Location | None:
    """The dateline a sentence was filed under: the article's for its first sentences, else
    the one opening it in a news digest ("ROME - …"); None when it has none."""
    gaz = gazetteer or Gazetteer.default()
    if _sentence_index(sent) < _DATELINE_SENTENCES:
        return dateline(sent.doc, gaz)
    return _dateline_of(sent, gaz, strict=True)


def dateline(doc, gazetteer: Gazetteer | None = None) -> Location | None:
    """The place of an article's dateline ("KYIV, Ukraine —", "BEIRUT (Reuters) -")."""
    return _dateline_of(doc[:], gazetteer or Gazetteer.default(), strict=False)


def _dateline_of(span, gaz: Gazetteer, strict: bool) -> Location | None:
    """The dateline place at the start of ``span``; ``strict`` wants it in capitals and known
    to the gazetteer, as a later paragraph of a news digest opens ("ROME - Peres met …")."""
    doc = span.doc
    head = span[:12]
    dash = next((t.i for t in head if t.text in _DATELINE_DASHES or t.text.startswith("(")), None)
    if dash is None or dash == span.start:
        return None
    parts = [t for t in doc[span.start : dash] if not t.is_space]
    while len(parts) > 1 and (
        parts[-1].ent_type_ == "DATE"
        or parts[-1].like_num
        or parts[-1].text == ","
        or parts[-1].lower_.rstrip(".") in _MONTHS
    ):
        parts.pop()  # 'BAGHDAD, April 8 -', 'UNITED NATIONS, Oct 20 -': the date is no place
    if not parts or not parts[0].text[:1].isupper():
        return None
    comma = next((k for k, t in enumerate(parts) if t.text == ","), len(parts))
    city_tokens = parts[:comma]
    if not city_tokens or len(parts) > 8 or not all(t.text[:1].isupper() for t in city_tokens):
        return None
    city = " ".join(t.text for t in city_tokens)
    rest = " ".join(t.text for t in parts[comma + 1 :])
    term = gaz.lookup(city.title()) or gaz.lookup(city)
    known_place = term is not None and term.source in ("capital", "place", "country")
    if strict and not (known_place and city.replace(" ", "").replace(".", "").isupper()):
        return None
    if not (
        city.replace(" ", "").replace(".", "").isupper() or (known_place and comma < len(parts))
    ):
        return None  # "Turkish-Austrian consortium TAV was chosen ... - but": no dateline
    return _dateline_place(doc[parts[0].i : parts[-1].i + 1].text, city, rest, term, gaz)


def dateline_location(place: str, gazetteer: Gazetteer | None = None) -> Location | None:
    """The Location of a dateline's place as text ("KYIV, Ukraine", "WASHINGTON"), such as
    the one the text normaliser takes off the start of an article."""
    gaz = gazetteer or Gazetteer.default()
    city, _, rest = (" ".join(part.split()) for part in place.partition(","))
    if not city:
        return None
    term = gaz.lookup(city.title()) or gaz.lookup(city)
    return _dateline_place(place.strip(), city, rest, term, gaz)


def _dateline_place(text: str, city: str, rest: str, term: Term | None, gaz: Gazetteer) -> Location:
    """A dateline's Location: the country named after the city, else the city's own."""
    country = (gaz.country_of(rest) or state_country(rest)) if rest else None
    if country is None and term is not None:
        country = term.country
    name = city.title() if city.isupper() else city
    return {"text": text, "name": name, "country": country}
