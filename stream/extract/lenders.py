"""Commercial lenders as the other side of a state's words and dealings (issue 10: business
news read as diplomacy). 'Brazil and its bank advisory committee agreed to transmit a
request', 'Yugoslavia has begun talks with banks on rescheduling its debt', 'banks had been
pressing Brazil to make a token payment': a debtor state and its commercial creditors deal
in business, not diplomacy, as the annotation guide codes it (events between political
actors only). Lenders of a state or an international body stay parties ('the central bank',
'the World Bank', 'official creditors', 'creditor governments'). Firms of no state named
are business the same way as the only other side of a state's friendly dealings ('Moscow
invited companies to start joint ventures', 'agreements were signed with Western firms').
Word lists in ``data/lenders.json``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Token

_DATA = json.loads((Path(__file__).parent / "data" / "lenders.json").read_text(encoding="utf-8"))
LENDER_NOUNS = frozenset(_DATA["nouns"])
FIRM_NOUNS = frozenset(_DATA["firms"])
FIRM_DEALINGS = frozenset(_DATA["firm_dealings"])  # the types firms alone make business news
LENDER_GROUPS = frozenset(_DATA["groups"])
STATE_MODIFIERS = frozenset(_DATA["state_modifiers"])
PARTY_PREPS = frozenset(_DATA["party_preps"])
DEBT_COMPOUNDS = frozenset(_DATA["debt_compounds"])  # 'the debt talks'
CARRIED_SERVICES = frozenset(_DATA["carried_services"])  # 'flights', 'routes'
OUTLAYS = frozenset(_DATA["outlays"])  # 'attacking costs': cutting them
SHORE_MODIFIERS = frozenset(_DATA["shore_modifiers"])  # 'the west bank of the Dnipro'
SHORE_WATERS = frozenset(_DATA["shore_waters"])  # 'the banks of the river'
DEBT_DEAL_TYPES = frozenset(_DATA["debt_deal_types"])
DEBT_PURPOSES = frozenset(_DATA["debt_purposes"])  # 'a request for rescheduling its debt'
DEBT_PURPOSE_TYPES = frozenset(_DATA["debt_purpose_types"])
LOAN_WORDS = frozenset(_DATA["loan_asks"]["words"])  # 'negotiations for a new loan'
LOAN_ASK_TYPES = frozenset(_DATA["loan_asks"]["types"])
LOAN_OFFICIAL_MARKS = frozenset(_DATA["loan_asks"]["official_marks"])  # 'a World Bank loan'
OFFICIAL_CREDITOR_MARKS = frozenset(_DATA["official_creditor_marks"])  # 'the Paris Club'
GO_BETWEENS = frozenset(_DATA["go_betweens"])  # 'the committee for its creditor banks'
RECALLING_MODIFIERS = frozenset(_DATA["recalling_modifiers"])  # 'the full panel'
BANK_RATE_MARKS = frozenset(_DATA["bank_rate_marks"])  # '7/8 over LIBOR'
NATIONAL_ENTS = frozenset({"GPE", "NORP"})  # a country's name or its people's adjective
# the links by which a phrase describes the noun above it ('banks, disenchanted with lending')
_DESCRIBING_DEPS = frozenset({"pcomp", "pobj", "prep", "acl", "amod", "relcl", "xcomp"})


def is_commercial_lender(tok: Token, firms: bool = False) -> bool:
    """A common noun naming commercial lenders ('banks', 'its creditor banks', 'the bank
    advisory committee', 'bankers', a country's 'U.S. banks'), not a state's or an
    international body's ('the central bank', 'the World Bank', 'official creditors'), or
    with ``firms``, firms of no state named ('companies', 'Western firms', not 'a Soviet
    firm')."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if not (tok.text.islower() or (tok.is_sent_start and tok.text[1:].islower())):
        return False  # 'the Bank' (the World Bank named before), 'Export-Import Bank'
    low = tok.lower_
    if low in FIRM_NOUNS:
        return firms and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss")
            and (c.ent_type_ in NATIONAL_ENTS or c.lower_ in STATE_MODIFIERS)
            for c in tok.children
        )  # 'Western firms', not 'a Soviet firm' (another state's) nor 'state companies'
    if low in LENDER_GROUPS:
        if not _of_lenders(tok):
            return _recalled_group(tok)
    elif low not in LENDER_NOUNS:
        return False
    elif _shore(tok):
        return False  # 'withdrew from the west bank of the Dnipro': a river's bank
    for mod in tok.children:
        if mod.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        proper = mod.pos_ == "PROPN" and mod.dep_ == "compound" and mod.text[:1].isupper()
        if proper and mod.ent_type_ in NATIONAL_ENTS:
            continue  # 'U.S. banks', 'Japanese banks': a country's commercial banks
        if mod.lower_ in STATE_MODIFIERS or proper:
            return False  # 'central bank', 'World Bank', 'Paris Club creditors'
    return True


def _of_lenders(group: Token) -> bool:
    """Whether a body noun (``groups``) is told as one of commercial lenders by a lender noun
    before it ('the 14-bank steering committee', 'its bank advisory committee')."""
    mods = [c for c in group.subtree if c.i < group.i and c.dep_ in ("compound", "amod", "nmod")]
    return any(c.lower_ in LENDER_NOUNS or c.lower_.endswith("-bank") for c in mods)


def _recalled_group(group: Token) -> bool:
    """Whether a body noun named bare ('the full panel', 'the steering committee';
    ``recalling_modifiers`` only before it) recalls the body of commercial lenders the story
    named before it ("Brazil's 14-bank advisory committee … Seixas met the full panel", 'the
    steering committee for the country's creditor banks … negotiations with the steering
    committee for a loan'): that body, no state's."""
    if not group.text.islower() or any(c.lower_ not in RECALLING_MODIFIERS for c in group.lefts):
        return False
    return any(
        t.lower_ in LENDER_GROUPS
        and t.text.islower()
        and (_of_lenders(t) or any(is_commercial_lender(o) for o in _of_objects(t)))
        for t in group.doc[: group.left_edge.i]
    )


def _shore(tok: Token) -> bool:
    """A 'bank' that is a shore: a side word before it ('the west bank of the Dnipro', 'the
    far bank') or a river, canal or lake, or a name, in its 'of' phrase ('the banks of the
    Euphrates', 'the bank of the canal')."""
    if tok.lower_ not in ("bank", "banks"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SHORE_MODIFIERS for c in tok.children):
        return True
    return any(
        o.lower_ in SHORE_WATERS or (o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "GPE"))
        for o in _of_objects(tok)
    )


def _parties_around(tok: Token, through_verb: bool) -> Iterator[Token]:
    """The phrases a trigger names its parties with besides subject and object: 'with',
    'between', 'to' … objects of the trigger, of its object noun or, ``through_verb``, of the
    verb it takes and that verb's objects, also behind an 'of' ('reached agreement with its
    bank advisory committee', 'talks with banks', 'agreed to make prepayments of principal to
    its banks', 'agreed to pay its banks'; not 'threatened to bar Japanese banks', a measure
    on them)."""
    heads = [tok]
    if through_verb:
        heads += [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
            heads.append(tok.head)  # 'struck agreements with commercial banks': the verb's
            # 'with', as for 'held talks with banks'
    heads += [
        c for h in heads for c in h.children if c.dep_ in ("dobj", "attr", "nsubjpass", "dative")
    ]
    for head in heads:
        yield head
        yield from _prep_parties(head, 1)


def _prep_parties(head: Token, of_depth: int) -> Iterator[Token]:
    """The objects of a phrase's party prepositions ('with', 'to' …), and so behind
    ``of_depth`` 'of' phrases ('prepayments of principal to its banks')."""
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ in PARTY_PREPS:
                yield obj
                yield from obj.conjuncts
            elif prep.lower_ == "of" and of_depth:
                yield from _prep_parties(obj, of_depth - 1)


def _of_objects(tok: Token) -> list[Token]:
    """What a common noun's 'of' phrase names ('a majority of its creditors': the creditors;
    not 'the Paris Club of creditor nations', a body of states), or the 'for' phrase of a
    body or go-between that stands for others ('the advisory committee for its creditor
    banks', ``go_betweens``)."""
    if not tok.text.islower():
        return []
    preps = ("of", "for") if tok.lower_ in GO_BETWEENS else ("of",)
    return [o for c in tok.children if c.lower_ in preps for o in c.children if o.dep_ == "pobj"]


def lenders_named(trigger: Token, parties: Iterable[Token], friendly: bool = True) -> list[Token]:
    """The commercial lenders among a trigger's parties (its doers and targets, and its
    'with', 'between', 'to' … objects, or what their 'of' phrase names: 'a majority of its
    creditors'); for ``friendly`` dealings also firms, and the parties of the verb the
    trigger takes."""
    seen = list(parties) + list(_parties_around(trigger, friendly))
    heads = [q for p in seen for q in (p, *_of_objects(p))]
    return [t for p in heads for t in (p, *p.conjuncts) if is_commercial_lender(t, friendly)]


def lender_texts(lenders: Iterable[Token]) -> frozenset[str]:
    """The text of each lender's phrase ('U.S. banks'): an actor resolved from it bears that
    text, and its country is no state taking part ('Mexico reached an agreement with Japanese
    banks')."""
    return frozenset(t.doc[t.left_edge.i : t.i + 1].text for t in lenders)


def lent_by_lenders(trigger: Token) -> bool:
    """Whether a trigger is an act the phrase of a commercial lender describes ('banks,
    disenchanted with providing loans to debtor nations', 'bankers willing to lend Peru more
    money', or firms of no state named: 'companies willing to invest'): lending done by them,
    whoever the clause's subject is."""
    node = trigger
    while node.dep_ in _DESCRIBING_DEPS and node.head is not node:
        node = node.head
        if is_commercial_lender(node, firms=True):
            return True
    return False


def debt_dealing(trigger: Token, etype: str) -> bool:
    """Talks or a pact a word of debt is compounded on ('the debt talks in New York', 'a
    rescheduling agreement'): a debtor's dealings with its commercial creditors unless the
    event names another state or an international body (the caller checks)."""
    return etype in DEBT_DEAL_TYPES and any(
        c.dep_ == "compound" and c.lower_ in DEBT_COMPOUNDS for c in trigger.children
    )


def debt_purpose(trigger: Token, etype: str) -> bool:
    """An ask, offer or stand whose 'for' or 'of' phrase names what a debtor deals for with its
    commercial creditors (``debt_purposes``: 'the country's request for rescheduling its
    foreign debt', 'its demand of a spread of 5/8 points over LIBOR') in a sentence naming no
    official creditor ('the Paris Club', 'official debt', the IMF): a debtor's dealings with its
    banks unless the event names another state or an international body (the caller
    checks)."""
    if etype not in DEBT_PURPOSE_TYPES:
        return False
    if any(t.lower_ in OFFICIAL_CREDITOR_MARKS for t in trigger.sent):
        return False
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "xcomp"))]
    if any(
        o.dep_ in ("pobj", "pcomp") and o.lower_ in DEBT_PURPOSES
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
        for o in prep.children
    ):
        return True
    return etype in LOAN_ASK_TYPES and _asks_for_loans(trigger)


def _asks_for_loans(trigger: Token) -> bool:
    """The trigger's 'for' phrase names new loans, or a sum 'in' them ('negotiations for a new
    loan of 2.15 billion dlrs', 'request for 2.15 billion dlrs in new loans'), in a sentence
    naming no official lender (``loan_asks``: 'a World Bank loan')."""
    if any(t.lower_ in LOAN_OFFICIAL_MARKS for t in trigger.sent):
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            if o.lower_ in LOAN_WORDS or any(
                p.dep_ == "prep"
                and p.lower_ == "in"
                and any(q.lower_ in LOAN_WORDS for q in p.children)
                for p in o.children
            ):
                return True
    return False


def priced_over_bank_rate(trigger: Token, etype: str) -> bool:
    """An ask, offer or dealing (``debt_purpose_types``) in a sentence that prices a loan over
    the banks' own lending rate (``bank_rate_marks``: 'Manila originally offered to pay
    interest in cash at 5/8 over LIBOR', 'had raised its offer to 7/8 over LIBOR but would
    not discuss the pricing negotiations') and names no official creditor: a debtor's
    dealings with its commercial creditors unless the event names another state or an
    international body (the caller checks)."""
    if etype not in DEBT_PURPOSE_TYPES:
        return False
    words = {t.lower_ for t in trigger.sent}
    return bool(words & BANK_RATE_MARKS) and not words & OFFICIAL_CREDITOR_MARKS


def service_halt(tok: Token) -> bool:
    """Whether the trigger ``tok`` halts what carriers sell: its every object (or, for a
    noun trigger, the noun itself) is one of ``CARRIED_SERVICES`` ('suspended flights to
    Saudi Arabia', 'cancelled its routes to Kenya')."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":
        objs = [tok]
    return bool(objs) and all(o.lower_ in CARRIED_SERVICES for o in objs)


def cutting_outlays(tok: Token) -> bool:
    """Whether the verb ``tok`` is aimed only at bare ``OUTLAYS`` ('was attacking costs by
    moving work inland'): cutting one's own costs, no attack in words on anyone's; 'attacked
    the costs of the war' is criticism."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.lower_ in OUTLAYS
        and not any(c.dep_ in ("det", "poss") or c.lower_ == "of" for c in o.children)
        for o in objs
    )
