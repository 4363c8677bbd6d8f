"""A state's justice acting on its own people: verdicts, criminal charges and other legal acts
of its courts, prosecutors and police at home (word lists in ``data/home_justice.json``).

A verdict of guilt or a criminal charge whose parties are all of one country, done by that
country's courts, prosecutors or police or by no one named, is coercion (CAMEO 173: arrest,
detain or charge with legal action), as the BBC and CAMEO coders have a state's sentence or
charge at home ('a Nigerian court convicted the former governor of fraud', 'two men have been
charged with disorderly conduct'); across borders it stays an accusation ('a Lima court
convicted two Chilean nationals of spying', CAMEO 116), and so do a finding of guilt in the
active ('a court in Ankara found three journalists guilty', CAMEO's own 116, as the CAMEO-coded
sentences have it) and a charge that prosecutors or a judge are named as bringing ('Brazilian
prosecutors charged the former president with fraud', CAMEO 112x). Such a legal act of justice done
to a person, group or firm at home is no politics at home (``home.at_home``); procedure is ('the
judges dismissed both appeals'). A state's charge of a firm ('the Securities and Exchange Commission
accused Fannie Mae of …') is an event too, no business news (``charged_firm``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from pathlib import Path

from spacy.tokens import Token

from stream.extract.actors import NAME_OPENERS, is_business, is_state
from stream.extract.home import sector
from stream.extract.lenders import FIRM_NOUNS, LENDER_NOUNS
from stream.extract.lexicon import Lexicon
from stream.extract.model import Actor, Event
from stream.extract.syntax import any_lemma, children, prep_objects

_DATA = json.loads((Path(__file__).parent / "data" / "home_justice.json").read_text("utf-8"))
_PARTY_SECTORS = frozenset({"PTY", "OPP"})  # parties and the opposition: no act of the state
REGULATOR_NAMES = frozenset(
    line.rstrip("\n").split("\t")[4]
    for line in (Path(__file__).parent / "data" / "regulators.tsv").open(encoding="utf-8")
    if line.strip() and not line.startswith("#")
)  # the canonical names the actors give the regulators of data/regulators.tsv
VERDICT_WORDS = frozenset(_DATA["verdict_words"])  # 'found him guilty': the finding, no clause
JUDGED_CAMEOS = frozenset(_DATA["judged_cameos"]["codes"])  # 'two British men were convicted'


class HomeJustice:
    """Verdicts and charges of a state's justice on its own people (see the module)."""

    def __init__(self, lexicon: Lexicon, data: dict = _DATA) -> None:
        self.lexicon = lexicon
        self.verdict_cameo: str = data["verdict_cameo"]
        self.verdict_verbs = frozenset(data["verdict_verbs"])
        self.sentencing_verbs = frozenset(data["sentencing_verbs"])
        self.charge_verbs = frozenset(data["charge_verbs"])
        self.legal_verbs = frozenset(data["legal_verbs"])
        self.justice_sectors = frozenset(data["justice_sectors"])
        self.named_accusers = frozenset(data["named_accusers"])
        self.cameo: str = data["cameo"]
        self.offices: dict[str, dict[str, str]] = data["offices"]
        self.firm_charge_verbs = frozenset(data["firm_charges"]["verbs"])
        self.firm_charge_sectors = frozenset(data["firm_charges"]["sectors"])
        self.firm_charge_persons = frozenset(data["firm_charges"]["person_sectors"])
        self.firm_charge_bodies = frozenset(data["firm_charges"]["body_roles"])
        self.facing_verbs = frozenset(data["firm_charges"]["facing_verbs"])
        self.regulator_types = frozenset(data["regulator_measures"]["types"])
        self.firm_act_types = frozenset(data["state_acts_on_firms"]["types"])
        self.regulator_roles = frozenset(data["regulator_measures"]["roles"])
        self.allege_verbs = frozenset(data["allegations"]["verbs"])
        self.allege_sectors = frozenset(data["allegations"]["sectors"])
        self.alleged_people = frozenset(data["allegations"]["people"]) | FIRM_NOUNS
        self.home_verdicts = frozenset(data["home_verdicts"]["verbs"])
        self.inquiry_sectors = frozenset(data["violent_inquiries"]["sectors"])
        self.inquiry_acts = frozenset(data["violent_inquiries"]["acts"])

    def retyped(
        self,
        etype: str,
        cameo: str,
        verb: Token,
        who: list[Actor],
        whom: list[Actor],
        nearby: Callable[[], Collection[str]],
    ) -> tuple[str, str]:
        """The type and CAMEO code of an act: ('coercion', 173) for a verdict or a charge at
        home, else as given. With no doer, or one of no country, the country whose justice
        acts is the story's: ``nearby()``, the countries and bodies the sentence and those
        beside it name, must then name no other country than the people judged ('Five
        Irishmen were arrested and charged' beside France's customs: abroad)."""
        if etype != "accusation" or not self._justice(who):
            return etype, cameo
        verdict = cameo == self.verdict_cameo and any_lemma(verb, self.lexicon, self.verdict_verbs)
        if not (verdict or self._charge(verb, who)):
            return etype, cameo
        countries = {a["country"] for a in who + whom if a["country"]}
        if not who or not all(a["country"] for a in who):  # whose justice: the story's state
            countries |= {c for c in nearby() if len(c) == 3}
        if len(countries) > 1:
            return etype, cameo  # 'a Lima court convicted two Chilean nationals': abroad
        return "coercion", self.cameo

    def pursued(self, event: Event, verb: Token) -> bool:
        """A legal act of a state's justice done to a person, group or firm ('prosecutors
        charged the former president with fraud'): an event even at home."""
        who, whom = event["actors"], event["targets"]
        return (
            event["type"] == "accusation"
            and bool(who)
            and self._justice(who)
            and any_lemma(verb, self.lexicon, self.legal_verbs)
            and not _worded_clauses(verb)  # 'prosecutors charged that …': words
            and not self._sentenced_too(verb)  # 'sentenced … after a court found him guilty'
            and all(t["kind"] != "country" and sector(t) not in self.justice_sectors for t in whom)
        )

    def inquired(self, event: Event, verb: Token) -> bool:
        """An inquiry a state's courts, prosecutors or police open into a violent act
        ('Egyptian prosecutors opened a criminal investigation into the killing of protesters',
        'investigators are looking into the assassination of …'): the state's justice at work on
        a crime, an event even at home. The act is the object of the verb or of its noun, or of an
        'into' phrase on either (``violent_inquiries`` in ``data/home_justice.json``); an inquiry
        into a matter ('will examine the accounts') is no case."""
        who = event["actors"]
        if not (event["cameo"] or "").startswith("09") or not who:
            return False
        if not all(sector(a) in self.inquiry_sectors for a in who):
            return False
        heads = [verb, *children(verb, ("dobj", "nsubjpass"))]
        looked_into = [o for o in heads[1:] if o.pos_ == "NOUN"]
        looked_into += [obj for head in heads for obj in prep_objects(head, ("into",))]
        return any(any_lemma(tok, self.lexicon, self.inquiry_acts) for tok in looked_into)

    def _sentenced_too(self, verb: Token) -> bool:
        """A finding of guilt the parser hung as a clause ('found him guilty') in a sentence
        that tells the sentence too ('Barbie was sentenced to life imprisonment after a French
        court found him guilty'): one act, the sentence, as the whole-article golds code it."""
        return any(c.lower_ in VERDICT_WORDS for c in children(verb, ("ccomp",))) and any(
            t.pos_ == "VERB" and any_lemma(t, self.lexicon, self.sentencing_verbs)
            for t in verb.sent
        )

    def charged_firm(self, event: Event, verb: Token) -> bool:
        """A state's charge of a firm ('the Securities and Exchange Commission accused Fannie Mae
        of …', 'US regulators accused the bank of hiding losses'): its government, courts or
        police, all of a country, accuse or sue firms, or only parties of no country or no one
        resolved; an event, no business news."""
        who, whom = event["actors"], event["targets"]
        return (
            event["type"] == "accusation"
            and bool(who)
            and all(self._charges_firms(a) for a in who)
            and all(is_business(t) or not t["country"] for t in whom)
            and (bool(whom) or _firm_accused(verb))  # not 'accused the government of …'
            and (verb.pos_ == "VERB" or self._faced_from(verb))  # not 'on charges of fraud'
            and any_lemma(verb, self.lexicon, self.firm_charge_verbs)
            and not children(verb, ("ccomp",))
        )

    def _faced_from(self, noun: Token) -> bool:
        """A charge a firm faces from its bringer ('Monsanto faced criminal and civil charges
        from the Department of Justice and the SEC'): the noun the object of a verb of facing,
        its bringer named after 'from' or 'by' on the noun or the verb."""
        if noun.dep_ != "dobj" or noun.head.lower_ not in self.facing_verbs:
            return False
        return any(
            c.dep_ == "prep" and c.lower_ in ("from", "by")
            for t in (noun, noun.head)
            for c in t.children
        )

    def regulated(self, event: Event, verb: Token) -> bool:
        """A market regulator's measure on firms ('The Securities and Exchange Commission has
        extended the deadline', 'the watchdog fined the bank'): its doers all regulators (named
        in data/regulators.tsv or read by their word), done to firms or parties of no country
        alone, told as done; an act of the state on firms, no politics at home."""
        who, whom = event["actors"], event["targets"]
        return (
            event["type"] in self.regulator_types
            and bool(who)
            and all(self.regulator(a) for a in who)
            and all(is_business(t) or not t["country"] for t in whom)
            and verb.tag_ != "VB"
        )

    def acts_on_firms(self, event: Event, verb: Token) -> bool:
        """A state's act on firms ('Irish Prime Minister Bertie Ahern … ruled out a proposed
        management buy-out of Aer Lingus'): doers all of a state (no party), done to firms or
        named parties of no country alone (no person), told as done; no politics at home."""
        who, whom = event["actors"], event["targets"]
        return (
            event["type"] in self.firm_act_types
            and bool(who)
            and bool(whom)
            and all(is_state(a) and sector(a) not in _PARTY_SECTORS for a in who)
            and all(is_business(t) or (not t["country"] and t["kind"] != "person") for t in whom)
            and verb.tag_ != "VB"
        )

    def regulator(self, party: Actor) -> bool:
        """A market regulator of a country: one of data/regulators.tsv by its name, or a body
        the actors read by its word ('the French regulator'); a doer of a measure on firms or
        the other party of a firm's settlement ('to settle a civil lawsuit brought by the US
        financial watchdog')."""
        words = (party["text"] or "").lower().split()
        return bool(party["country"]) and (
            party.get("role") in self.regulator_roles
            or (party["name"] or "") in REGULATOR_NAMES
            or bool(words)
            and words[-1] in self.regulator_roles  # 'the US financial watchdog'
        )

    def alleged(self, event: Event, verb: Token) -> bool:
        """A state's allegation of a crime in a case ('Prosecutors allege that the company's top
        executives orchestrated massive fraud', 'prosecutors have alleged that Mr X directed …'):
        its courts, prosecutors or police, all of a country, allege of a person or firm what
        their clause says, done to no actor; an event even at home, no words at home. What
        they allege of a state, its government or someone a pronoun stands for stays words."""
        who, whom = event["actors"], event["targets"]
        return (
            event["type"] == "accusation"
            and bool(who)
            and not whom
            and all(a["country"] and sector(a) in self.allege_sectors for a in who)
            and any_lemma(verb, self.lexicon, self.allege_verbs)
            and any(self._private_subject(clause) for clause in children(verb, ("ccomp",)))
        )

    def _private_subject(self, clause: Token) -> bool:
        """Whether the subject of an alleged clause is a person named or a firm or one of its
        people ('Mr Ebbers', 'the company's top executives'), not a state or a pronoun; a name
        the parser tags as neither counts by its apposition or a coordinated subject ("Marsh -
        the world's biggest insurance broker - and other US insurance firms")."""
        subjects = children(clause, ("nsubj", "nsubjpass"))
        return any(
            subject.ent_type_ == "PERSON"
            or (subject.pos_ == "NOUN" and any_lemma(subject, self.lexicon, self.alleged_people))
            or any(  # 'Mr Ebbers', tagged a body or no name at all
                c.dep_ == "compound" and c.lower_.rstrip(".") in NAME_OPENERS
                for c in subject.children
            )
            for named in subjects
            for subject in (named, *children(named, ("appos", "conj")))
        )

    def _charges_firms(self, doer: Actor) -> bool:
        """A doer that brings a state's charge: a body of its government, courts or police ('the
        SEC', 'US regulators', 'the French regulator', whose one word the actors read as a
        person's role: 'body_roles'), or a person of its courts or police ('the prosecutor');
        not a minister or chairman, whose words about firms are no charge."""
        person = doer["kind"] == "person" and doer.get("role") not in self.firm_charge_bodies
        sectors = self.firm_charge_persons if person else self.firm_charge_sectors
        return bool(doer["country"]) and sector(doer) in sectors

    def as_justice(self, who: list[Actor], cameo: str) -> list[Actor]:
        """The doers of a verdict or charge at home as their country's courts (a verdict) or
        police (a charge), where only the country was found ('two men were convicted at a
        court in Manchester': GBRJUD)."""
        office = self.offices["verdict" if cameo == self.verdict_cameo else "charge"]
        return [
            {
                **a,
                "kind": "organization",
                "role": office["role"],
                "code": a["country"] + office["sector"],
            }
            if a["kind"] == "country" and a["country"] and a["code"] == a["country"]
            else a
            for a in who
        ]

    def judges_at_home(self, verb: Token) -> bool:
        """A verdict, sentence or criminal charge ('home_verdicts': 'have been found guilty',
        'was convicted', 'were charged', 'was sentenced'), not an arrest: told with no doer
        and no other country near, it is the judged people's own state's. A charge named by a
        noun ('pleaded guilty to fraud charges') is the pleader's plea, no verdict told."""
        return verb.pos_ == "VERB" and any_lemma(verb, self.lexicon, self.home_verdicts)

    def _justice(self, who: list[Actor]) -> bool:
        """No doer, or doers all courts, prosecutors or police."""
        return all(sector(a) in self.justice_sectors for a in who)

    def _charge(self, verb: Token, who: list[Actor]) -> bool:
        """A criminal charge no prosecutor or judge is named as bringing ('were charged with
        trespass', 'police charged two men'), no clause of what it charges."""
        return (
            any_lemma(verb, self.lexicon, self.charge_verbs)
            and not children(verb, ("ccomp",))
            and not any(sector(a) in self.named_accusers for a in who)
        )


def _worded_clauses(verb: Token) -> list[Token]:
    """The clauses a legal verb says ('prosecutors charged that …'), not the verdict the
    parser hung as one ('found former candidate Alexander Kozulin guilty of hooliganism':
    'guilty' a clause with the convicted as its subject)."""
    return [c for c in children(verb, ("ccomp",)) if c.lower_ not in VERDICT_WORDS]


def _firm_accused(verb: Token) -> bool:
    """Whether the one a charge is brought against, resolved to no actor, is named as a firm or
    lender ('accused the mortgage lender of fraud', 'sued the tobacco firms'), not a
    government or a person ('accused the government of waging a war of attrition'); also as
    the whole of a part ('accused two of the banks')."""
    accused = children(verb, ("dobj", "nsubjpass"))
    accused += [
        whole
        for part in accused
        for of in children(part, ("prep",))
        if of.lower_ == "of"
        for whole in children(of, ("pobj",))
    ]
    return any(
        tok.lower_ in LENDER_NOUNS | FIRM_NOUNS
        or is_business({"code": None, "kind": "group", "name": None, "text": tok.text})
        for tok in accused
    )
