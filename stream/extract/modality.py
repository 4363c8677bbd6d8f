"""Modality of an event word: negation, status (past, ongoing, planned, possible), intent
and reported speech, read from auxiliaries, governing verbs and the clause structure."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.tokens import Token

from stream.extract.lexicon import Lexicon
from stream.extract.syntax import (
    PRESENT_BE,
    any_lemma,
    children,
    intends,
    is_party_word,
    is_plan_noun,
    is_to_infinitive,
    pos_of,
    subjects,
)

HEDGES = frozenset({"may", "might", "could"})  # 'analysts said the premier might resign'
_HAVE_OR_BE = frozenset({"have", "be"})
PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})  # 'may have fired': the past


@dataclass(slots=True)
class Modality:
    status: str = "past"
    negated: bool = False
    intent: bool = False
    promised: bool = False  # said to be done ('will free', 'said it would give'), not planned
    refused: bool = False
    hedged: bool = False
    conditional: bool = False  # inside an 'if …' / 'unless …' clause: a condition, not news
    consequence: bool = False  # 'it would open the way for talks if …': what a condition brings
    guessed: bool = False  # 'I am sure we can reach an understanding': a guess or hope, not news
    # ('has yet to ratify the treaty': an act still to come is no news either)
    # ('Seoul expects Tokyo to lift the ban': what one party expects of another is no news either)
    speech_verb: Token | None = None

    def speakers(self) -> list[Token]:
        """Who speaks the report the clause stands in ('Iraq said it attacked': Iraq); no one
        for a source named by a preposition ('according to Iraq')."""
        speech = self.speech_verb
        return subjects(speech) if speech is not None and speech.dep_ != "prep" else []


def _clause_chain(tok: Token, lex: Lexicon) -> list[Token]:
    """The trigger and the verbs/adjectives/nouns governing it within its clause."""
    chain = [tok]
    node = tok
    for _ in range(6):
        head = node.head
        if head == node:
            break
        dep = node.dep_
        if (
            dep == "conj"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            and any_lemma(head, lex, lex.modality["speech"])
        ):
            break  # 'X said …, "but we will meet …"': a clause of its own, reported by X
        if (
            dep in ("xcomp", "conj", "acomp", "advcl")
            or (
                dep == "pcomp" and node.tag_ == "VBG" and head.lower_ == "by"
            )  # 'respond by hitting'
            or (
                dep == "pcomp"
                and node.tag_ == "VBG"
                and head.lower_ == "from"
                and any_lemma(head.head, lex, lex.modality["inability"])
            )  # 'refrained from criticising': not done
            or _held_short(node, lex)  # 'stopped short of accusing China': not done
            or (
                dep == "pcomp"
                and node.tag_ == "VBG"
                and head.lower_ == "of"
                and pos_of(head.head) == "noun"
                and is_plan_noun(head.head, lex)
            )  # 'had no intention of sending troops': the act under the intention's word
            or (
                dep == "acl"
                and (is_plan_noun(head, lex) or any_lemma(head, lex, lex.modality["refuse"]))
            )
            or (
                pos_of(node) != "verb"
                and dep
                in (
                    "dobj",
                    "pobj",
                    "prep",
                    "nsubj",
                    "nsubjpass",
                    "attr",
                    "compound",
                    "poss",
                    "appos",
                    "agent",
                )
            )
        ):
            if (
                dep == "advcl"
                and not is_to_infinitive(node)
                and node.lower_ not in ("followed", "preceded")  # '…, followed by mining …'
                and not (node.tag_ == "VBG" and _ruled_out(head, lex))  # 'has flatly ruled
            ):  # out adopting reforms': the parser's clause is the act excluded
                break
            chain.append(head)
            node = head
            continue
        break
    return chain


def _held_short(node: Token, lex: Lexicon) -> bool:
    """A link of 'stopped short of' ('fell short of') above an act: the act or 'of' under
    'short', or 'short' itself on a verb of ``short_of`` ('stopped short of accusing China':
    the accusation is not made)."""
    short = node
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "of":
        short = node.head.head
    elif node.lower_ == "of" and node.dep_ == "prep":
        short = node.head
    return (
        short.lower_ == "short"
        and short.dep_ in ("advmod", "acomp", "prep")
        and any_lemma(short.head, lex, lex.modality["short_of"])
    )


def _own_act_scope(chain: list[Token]) -> list[Token]:
    """The chain up to a verb in the simple past joined to the verb above it: a finite act
    of its own ('Iran had pledged a breakthrough and mounted an offensive': the offensive
    was mounted, not pledged), so what governs the first verb does not govern it. Reported
    speech above still does (read before this cut)."""
    for k, node in enumerate(chain[:-1]):
        if node.dep_ == "conj" and node.tag_ == "VBD" and chain[k + 1].tag_.startswith("VB"):
            return chain[: k + 1]
        if _own_main_clause(node, chain[k + 1]):
            return chain[: k + 1]
    return chain


def _own_main_clause(node: Token, head: Token) -> bool:
    """A clause of its own joined to the sentence's main verb: a conjunct verb with its own
    subject and its own tense, no modal ('had hoped for a recovery, but fighting has raged
    around the city': the fighting is no hope); not one under a verb that governs a clause
    ('hoped the talks would resume and troops would withdraw')."""
    if node.dep_ != "conj" or head.dep_ != "ROOT" or not head.tag_.startswith("VB"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return False
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return node.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "VBD") for a in auxes)


def reported_clause(tok: Token, mod: Modality) -> tuple[int, int] | None:
    """Character span of the clause a reporting verb introduces, when it holds ``tok``
    ('Zelenskyy said Tuesday that …': Tuesday dates the saying, not what was said)."""
    speech = mod.speech_verb
    if speech is None or speech.dep_ == "prep" or speech == tok:
        return None
    node = tok
    while node.head != node and node.head != speech:
        node = node.head
    if node.head != speech or node.dep_ not in ("ccomp", "conj", "parataxis"):
        return None
    first = _clause_opening(node, speech)
    return first.idx, node.right_edge.idx + len(node.right_edge)


_SAYING_MODIFIERS = frozenset({"prep", "npadvmod", "advmod"})


def _clause_opening(clause: Token, speech: Token) -> Token:
    """The first word of a reported clause. Without 'that', a phrase between the reporting
    verb and the clause's subject is the saying's, whatever the parse hangs it on ('said on
    Tuesday it attacked the town': the clause starts at 'it'); after 'that' it is the
    clause's own ('said that on Tuesday it had attacked')."""
    first = clause.left_edge
    if first.i <= speech.i or any(c.dep_ == "mark" for c in clause.children):
        return first
    subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return first
    before = [c for c in clause.lefts if c.i < subject.i]
    if before and all(c.dep_ in _SAYING_MODIFIERS for c in before):
        return subject.left_edge
    return first


def _speech_governor(chain: list[Token], lex: Lexicon) -> Token | None:
    top = chain[-1]
    node = top
    for _ in range(3):
        if node.dep_ in ("ccomp", "conj", "parataxis") and node.head != node:
            head = node.head
            if any_lemma(head, lex, lex.modality["speech"]):
                return head
            node = head
            continue
        break
    # "…, according to X" / "X said" attached to the same root
    for c in top.children:
        if c.dep_ in ("prep",) and c.lower_ == "according":
            return c
    return None


def _no_one_does(verb: Token, child: Token, nobody: Collection[str]) -> bool:
    """``child`` is the subject of the verb ``verb`` and 'no' (or one of the words of
    ``nobody``: 'neither') is its determiner ('no troops crossed', 'no aid was sent', 'neither
    side fired'), or the subject is itself one of the words of ``nobody`` ('none of the Soviet
    ships are known to have been attacked'): nobody did it, nothing was done."""
    return (
        pos_of(verb) == "verb"
        and child.dep_ in ("nsubj", "nsubjpass")
        and (
            child.lower_ in nobody
            or any(
                d.dep_ in ("det", "preconj") and (d.lower_ == "no" or d.lower_ in nobody)
                for d in child.children
            )  # 'said neither Iran nor Iraq had accepted': the parser reads 'neither' as a preconj
        )
    )


def _outcome_missed(tok: Token, subject: Token, lex: Lexicon) -> bool:
    """The subject 'no' negates is an outcome (``outcome_nouns``) and the act an event noun
    apart from it ('no progress had been made in talks with Japan'): the talks were held, only
    their outcome is denied."""
    return (
        pos_of(tok) == "noun"
        and subject != tok
        and any_lemma(subject, lex, lex.modality["outcome_nouns"])
    )


def _told_of(verb: Token, below: Token, lex: Lexicon) -> bool:
    """``below``, a definite event noun (after 'the', 'this', a possessive …: ``definite_marks``),
    is the object of a verb of telling of it (``told_of_verbs``: 'Yeutter did not mention the
    recent U.S. sanctions') or the subject of a verb of what it means (``sign_verbs``: 'the
    imposition of tariffs does not signal a trade war'): a negation of the verb denies the
    telling or the meaning, and the act named stands. So does an act told of through the
    object 'details' (``detail_nouns``) of a verb of ``detail_verbs`` ('would not discuss
    details of the pricing negotiations')."""
    if pos_of(verb) != "verb" or pos_of(below) != "noun":
        return False
    m = lex.modality
    if below.dep_ == "dobj" and below.lower_ in m["detail_nouns"]:
        # 'would not discuss details of the negotiations': a word withheld, not the act
        return any_lemma(verb, lex, m["detail_verbs"])
    if below.dep_ == "dobj":
        words = m["told_of_verbs"]
    elif below.dep_ == "nsubj":
        words = m["sign_verbs"]
    else:
        return False
    definite = any(
        (d.dep_ == "det" and d.lower_ in m["definite_marks"]) or d.dep_ == "poss"
        for d in below.children
    )
    return definite and any_lemma(verb, lex, words)


def _acts_on_object(verb: Token) -> bool:
    """A verb with a direct object of its own ('had set targets', 'expected a breakthrough'):
    above a time phrase, an act done in the time the phrase names, which it does not plan
    ('had set targets during talks earlier today': the talks were held)."""
    return pos_of(verb) == "verb" and any(c.dep_ == "dobj" for c in verb.children)


def _nothing_done(verb: Token, child: Token) -> bool:
    """``child`` is the direct object of the trigger verb ``verb`` and 'no' is its determiner
    ('has no objection to', 'sent no troops'): the act is denied."""
    return (
        pos_of(verb) == "verb"
        and child.dep_ == "dobj"
        and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
    )


def _none_more(noun: Token, mod: Token) -> bool:
    """``mod`` is a 'more' or 'further' before the event noun ``noun`` with 'no' on it, which
    the parser hangs on the adjective rather than on the noun ('there would be "no more
    transfers of military equipment to Iran"', 'no further talks'): none of the act, as 'no
    transfers' is."""
    return (
        pos_of(noun) == "noun"
        and mod.dep_ == "amod"
        and mod.lower_ in ("more", "further")
        and any(d.lower_ == "no" and d.dep_ in ("advmod", "neg", "det") for d in mod.children)
    )


@cache
def _phrasal_verbs(words: frozenset[str]) -> tuple[tuple[frozenset[str], str], ...]:
    """The 'verb_particle' entries of a word list as (verb, particle) pairs ('hold_up')."""
    pairs = (w.partition("_") for w in words if "_" in w)
    return tuple((frozenset({verb}), prt) for verb, _, prt in pairs)


def puts_off(node: Token, lex: Lexicon) -> bool:
    """A verb putting the act off ('agreed to delay imposing duties', 'will hold off
    imposing sanctions'): what it governs is not done."""
    words = lex.modality["put_off"]
    if any_lemma(node, lex, words):
        return True
    particles = {c.lower_ for c in node.children if c.dep_ == "prt"}
    return any(
        prt in particles and any_lemma(node, lex, verb) for verb, prt in _phrasal_verbs(words)
    )


def _ruled_out(node: Token, lex: Lexicon) -> bool:
    """A phrasal verb of excluding an act (``ruled_out``: 'rule out'), itself not negated,
    above the act ('has flatly ruled out adopting a program of IMF-sponsored reforms'): the
    act is not done; 'did not rule out adopting' leaves it open."""
    particles = {c.lower_ for c in node.children if c.dep_ == "prt"}
    return not any(c.dep_ == "neg" for c in node.children) and any(
        prt in particles and any_lemma(node, lex, verb)
        for verb, prt in _phrasal_verbs(lex.modality.get("ruled_out", frozenset()))
    )


def _yet_to(node: Token, lex: Lexicon) -> bool:
    """'have' or 'be' with 'yet' above an infinitive ('has yet to ratify', 'is yet to sign'):
    the act is still to come."""
    return any_lemma(node, lex, _HAVE_OR_BE) and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children
    )


def _below_agent(tok: Token, top: Token) -> bool:
    """``tok`` sits in a passive's 'by' phrase on the way up to ``top``."""
    node = tok
    while node != top and node.head != node:
        if node.dep_ == "agent":
            return True
        node = node.head
    return False


def _unhesitating(governors: list[Token], lex: Lexicon) -> list[Token]:
    """Negated verbs of holding back above the act ('would not hesitate to retaliate', 'will
    not shrink from using force'): two negations, a vow to act."""
    return [
        g
        for g in governors
        if any_lemma(g, lex, lex.modality["holding_back"])
        and any(c.dep_ == "neg" for c in g.children)
    ]


_FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})  # 'wo' of "won't"


def _until_condition(clause: Token) -> bool:
    """An 'until' clause on a verb negated with a modal states a condition ('China would not
    hold talks with Vietnam until it withdrew its troops', 'will never negotiate until …'),
    not an act that took place; so does one on what a party says it will keep doing ('would
    stay in port until the government guaranteed their safety', 'will fight on until Iraq
    withdraws'); on a past ('the fighting did not stop until troops stormed the camp') it
    tells when the act came, which took place."""
    head = clause.head
    if clause.dep_ != "advcl" or head == clause:
        return False
    modals = [c for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
        return bool(modals)
    return any(c.lower_ in _FUTURE_MODALS for c in modals)


def _once_in_the_future(node: Token) -> bool:
    """An adverbial clause opened by 'once' in the present tense ('… once Tehran accepts a
    settlement'): a condition still to be met, as 'if' is."""
    return (
        node.dep_ == "advcl"
        and node.tag_ in ("VBZ", "VBP")
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "once" and c.i == node.left_edge.i
            for c in node.children
        )
    )


def _any_one_of(node: Token) -> bool:
    """A relative clause on a noun any of a kind may fill ('any territory it takes',
    'whatever ships it seizes'): none in particular, no act told."""
    return node.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in ("any", "whatever", "whichever") for c in node.head.children
    )


def inverted_condition(node: Token) -> bool:
    """'had they taken part', 'should Iran attack', 'were it to fail': an 'if' clause without
    'if', the auxiliary before the subject; also a clause after its verb that the parser
    takes for one the verb reports ('would retaliate should Israel attack')."""
    if node.dep_ != "advcl" and (node.dep_ != "ccomp" or node.i < node.head.i):
        return False
    subj = [c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "should", "were") and c.i < subj[0]
        for c in node.children
    )


def _as_long_as(clause: Token) -> bool:
    """Whether ``clause`` opens with 'as long as' or 'so long as' (its 'as' a marker, the
    parser hanging the clause on 'long'): a condition, no act told."""
    head = clause.head
    return (
        clause.dep_ == "advcl"
        and head.lower_ == "long"
        and any(c.lower_ in ("as", "so") and c.i < head.i for c in head.children)
    )


def read_modality(tok: Token, lex: Lexicon) -> Modality:
    """Negation, status (past/ongoing/planned/possible), intent and reported speech."""
    mod = Modality()
    chain = _clause_chain(tok, lex)
    mod.speech_verb = _speech_governor(chain, lex)
    in_report = mod.speech_verb is not None
    chain = _own_act_scope(chain)  # 'had pledged a breakthrough and mounted an offensive'
    m = lex.modality
    auxes: list[Token] = []
    conditioned = False  # a clause of the chain has an 'if …' / 'unless …' clause of its own
    framed = False  # above a time phrase ('did not sign accords during the visit'): no negation
    own_subject = False  # a clause below has a subject of its own
    joined = False  # a clause below is a conjunct with a subject of its own
    unhesitating = _unhesitating(chain[1:], lex)
    for k, node in enumerate(chain):
        framed = framed or (node.dep_ == "prep" and node.lower_ in m["time_frames"])
        # the act is a clause below the copula, not its subject ('the talks are powerless')
        act_below = k > 0 and chain[k - 1].dep_ in ("xcomp", "ccomp", "advcl")
        # 'did not mention the recent sanctions': the telling is denied, not the act
        told_of = k > 0 and _told_of(node, chain[k - 1], lex)
        # 'would not hesitate to retaliate': the holding back's words say nothing of the act
        for c in () if node in unhesitating else node.children:
            if (
                not framed
                and not joined  # 'do not seek confrontation but we will meet any escalation'
                and not told_of
                and (c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"))
            ):
                mod.negated = True
            if (
                not framed
                and _no_one_does(node, c, () if own_subject else m["nobody"])
                and not (node is not tok and c.lower_ in m["schedule_nouns"])
                and not _outcome_missed(tok, c, lex)
            ):  # 'no Syrian troops crossed the border', 'none of the ships were attacked';
                # not 'neither has tabled a bid, but the LSE is expected to hold talks', nor
                # 'no date was set for his visit' (schedule_nouns): the visit stands, unscheduled
                mod.negated = True
            if node is tok and not framed and _nothing_done(node, c):  # 'has no objection'
                mod.negated = True
            if node is tok and not framed and _none_more(node, c):  # 'no more transfers'
                mod.negated = True
            if (node is tok and _no_longer(c)) or (
                act_below and c.dep_ == "acomp" and c.lower_ in m["inability"]
            ):  # 'no longer opposes' (on the act itself), 'is insufficient to block the bid'
                mod.negated = True
            if c.dep_ in ("aux", "auxpass") and not told_of:  # 'would not discuss details
                auxes.append(c)  # of the negotiations': no tense of the negotiations
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children
            ):
                conditioned = True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                mod.status, mod.hedged = "possible", True
                mod.conditional = mod.conditional or c.lower_ in ("if", "unless")
            if c.dep_ == "mark" and c.lower_ in ("until", "till") and _until_condition(node):
                # 'would not hold talks until it withdrew its troops': a condition
                mod.status, mod.hedged, mod.conditional = "possible", True, True
            if c.dep_ == "mark" and c.lower_ == "as" and _as_long_as(node):
                # 'saw little hope of peace as long as Eritrean troops stayed in Badme', 'would
                # not send arms as long as Somali troops remained in the Ogaden': a condition
                mod.status, mod.hedged, mod.conditional = "possible", True, True
            if c.dep_ in ("amod", "compound") and c.lower_ in m["expect"]:
                mod.status = "planned"  # 'the next meeting', 'the proposed summit'
        if inverted_condition(node):  # '… could have been shot down had they taken part'
            mod.status, mod.hedged, mod.conditional = "possible", True, True
        if _once_in_the_future(node) or _any_one_of(node):
            # 'will hand back territory once Tehran accepts a settlement', '… any territory
            # it takes': a condition, no act yet
            mod.status, mod.hedged, mod.conditional = "possible", True, True
        subjected = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        own_subject = own_subject or subjected
        joined = joined or (subjected and node.dep_ == "conj")
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
        mod.negated = True  # 'sought refinancing without first negotiating with the IMF'
    if tok.tag_ == "JJ" and tok.lower_ in m["expect"]:
        mod.status = "planned"  # 'Mr Bush is due in Europe': the trigger itself says when
    if mod.status == "past" and awaited(tok, lex):
        mod.status = "planned"  # 'met ahead of next week's visit': the visit is to come
    apart = False  # above a time phrase or a fellow noun: not what a refusal governs
    timed = False  # above a time phrase: 'had set targets during talks earlier today'
    for below, node in pairwise(chain):
        timed = timed or (node.dep_ == "prep" and node.lower_ in m["time_frames"])
        apart = apart or timed
        # a noun joined to another ('its trade decline … and the British withdrawal') is that
        # noun's fellow, not governed by it: no refusal either
        apart = apart or (below.dep_ == "conj" and pos_of(below) != "verb")
        if _yet_to(node, lex):
            mod.guessed = True  # 'has yet to ratify the treaty': not done, no news yet
        if puts_off(node, lex) and not _below_agent(tok, node):
            mod.negated = True  # 'agreed to hold up imposing duties': not done; not 'was
            # delayed by the negotiations', which took place
        if any_lemma(node, lex, m["inability"]):
            mod.negated = True  # 'was unable to block the bid': not done
        if _ruled_out(node, lex):
            mod.negated = True  # 'has flatly ruled out adopting IMF reforms': not done
        if node.dep_ == "advmod" and chain[1].lower_ == "of" and _held_short(node, lex):
            mod.negated = True  # 'stopped short of accusing China', 'fell short of sanctions'
        if node in unhesitating:
            mod.intent, mod.status = True, "planned"  # 'will not hesitate to act': a vow
        elif any_lemma(node, lex, m["refuse"]) and not apart and below.dep_ != "conj":
            mod.refused = True  # not 'had refused to finance it and was pressing them
        if intends(node, lex):
            mod.intent = True
            mod.status = "planned"
        elif (
            any_lemma(node, lex, m["expect"])
            and node.dep_ != "prep"  # 'questions about the usefulness of recent meetings'
            and not (timed and _acts_on_object(node))
        ):
            mod.status = "planned"  # not the talks in 'set targets during talks today'
        elif any_lemma(node, lex, m["possible"]):
            mod.status, mod.hedged = "possible", True
        if any_lemma(node, lex, m["ongoing_verbs"]) and mod.status == "past":
            mod.status = "ongoing"
    refusing = _would_not(auxes, mod, conditioned)
    for a in auxes:
        low = a.lower_
        if low in m["future_aux"] or low == "would" and (in_report or refusing):
            mod.status, mod.intent, mod.promised = "planned", True, True
        elif low in m["possible_aux"]:
            mod.status, mod.hedged = "possible", True
        elif low in m["must_aux"]:
            mod.status = "planned"
        elif _be_to(a, lex) and mod.status == "past":  # arranged, as with 'will':
            mod.status, mod.intent, mod.promised = "planned", True, True  # 'is to visit Rome'
        elif low == "going" or (low in ("to",) and a.head.dep_ == "xcomp" and mod.status == "past"):
            pass
    if mod.status == "past":
        mod.status = _tense_status(tok, auxes, lex)
        if _when_in_future(chain[-1], lex):  # a present form: 'ongoing', or 'past' when
            mod.status = "planned"  # passive ('will explain the plan when he visits the U.S.',
            # 'faces life in prison when he is sentenced next week')
    mod.consequence = conditioned and any(a.lower_ in m["hypothetical_aux"] for a in auxes)
    mod.guessed = (
        mod.guessed
        or _counterfactual(tok, auxes, lex)
        or _hoped_for(chain, auxes, lex)
        or _said_possible(chain, lex)
        or _likely_deed(chain, lex)
        or _by_chance(tok, lex)
        or _expected_of_another(chain, lex)
        or _onlookers_guess(chain, auxes, mod, lex)
        or _habitual(chain, lex)
    )
    return mod


def _counterfactual(tok: Token, auxes: list[Token], lex: Lexicon) -> bool:
    """An act told with 'would' or 'should' and the perfect ('the Saudis would simply have
    bought the jets from France', 'should have consulted its allies'): one that did not
    happen, neither done nor planned. Not a deadline's perfect ('said the troops would have
    left by March': to be done by then)."""
    return (
        tok.tag_ == "VBN"
        and any(a.lower_ in lex.modality["counterfactual_aux"] for a in auxes)
        and any(a.lower_ in PERFECT_AUX for a in auxes)
        and not any(
            c.dep_ == "prep" and c.lower_ == "by" and any(p.ent_type_ == "DATE" for p in c.children)
            for c in tok.children
        )
    )


def _would_not(auxes: list[Token], mod: Modality, conditioned: bool) -> bool:
    """'would not' in a clause with no condition and no perfect ('the Sandinistas would not sit
    down with the Contras', 'Washington would not entertain the request'): a past refusal, as
    'said it would not' is; not 'would not have met', nor 'would not meet if …'."""
    return (
        mod.negated
        and not (conditioned or mod.conditional)
        and any(a.lower_ == "would" for a in auxes)
        and not any(a.lower_ in PERFECT_AUX for a in auxes)
    )


def _no_longer(mod: Token) -> bool:
    """'no longer' (or 'no more') on a verb or on its auxiliary ('is no longer opposed'):
    the stance or act has stopped."""
    if mod.dep_ in ("aux", "auxpass"):
        return any(_no_longer(c) for c in mod.children)
    return (
        mod.dep_ == "advmod"
        and mod.lower_ in ("longer", "more")
        and any(c.dep_ == "neg" and c.lower_ == "no" for c in mod.children)
    )


def awaited(tok: Token, lex: Lexicon) -> bool:
    """An event noun after a mark of what is awaited or prepared for (the lexicon's
    ``awaited_marks``: 'ahead of the summit', 'in preparation for talks', 'in time for his
    trip', 'pending the visit') or described as expected ('the talks scheduled for June'): it
    is yet to come when the clause's act is done."""
    if pos_of(tok) != "noun":
        return False
    if any(
        c.dep_ == "acl" and c.tag_ in ("VBN", "JJ") and c.lower_ in lex.modality["expect"]
        for c in tok.children
    ):  # not 'talks to set new quotas'
        return True  # 'the talks scheduled for June', 'a visit planned for May'
    if _expected_for_after_its_parties(tok, lex):
        return True  # 'a visit to Peking by a junior minister planned for next week'
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    start = max(prep.i - 3, prep.sent.start)  # the words, however parsed
    words = " " + tok.doc[start : prep.i + 1].text.lower()  # not doc.text: built per call
    return any(words.endswith(" " + mark) for mark in lex.modality.get("awaited_marks", ()))


def _expected_for_after_its_parties(noun: Token, lex: Lexicon) -> bool:
    """Whether a participle of what is expected, with its own 'for' ('planned for next
    week'), hangs on the last noun of a chain of prepositional phrases after ``noun`` ('a
    visit to Peking by a junior minister planned for next week'): the parse hangs it on the
    nearest noun, the time is the visit's."""
    for word in noun.subtree:
        if not (
            word.dep_ == "acl"
            and word.tag_ in ("VBN", "JJ")
            and word.lower_ in lex.modality["expect"]
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in word.children)
        ):
            continue
        node = word.head
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head != noun:
            node = node.head.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head == noun:
            return True
    return False


def _be_to(aux: Token, lex: Lexicon) -> bool:
    """The 'to' of 'be to do' ('are to be imposed', 'is to visit'): what is arranged."""
    verb = aux.head
    return (
        aux.lower_ == "to"
        and verb.dep_ == "xcomp"
        and verb.head.lower_ in lex.modality["be_to"]
        and not children(verb.head, ("acomp", "attr"))  # 'it was important to maintain ties'
    )


def _habitual(chain: list[Token], lex: Lexicon) -> bool:
    """An act a verb of its clause tells with an adverb of habit (``habit_adverbs``: 'officials
    normally meet in the summer', 'the two sides usually try to meet'): a habit, no event.
    Not an act named after a preposition of what holds beside it (``habit_aside_preps``:
    'exports were continuing normally despite Tuesday's raid'): a fact of its own."""
    habits = lex.modality["habit_adverbs"]
    for node in chain:
        if node.dep_ == "prep" and node.lower_ in lex.modality["habit_aside_preps"]:
            return False
        if pos_of(node) == "verb" and any(
            c.dep_ == "advmod" and c.lower_ in habits for c in node.children
        ):
            return True
        if node.dep_ == "conj" and subjects(node):
            return False  # 'normally meet in spring, but the meeting was held in February'
    return False


def _hoped_for(chain: list[Token], auxes: list[Token], lex: Lexicon) -> bool:
    """A clause of what may or will be, under a word of belief or hope ('I am sure we can reach
    an understanding', 'he hoped Iraq and Iran would sign a treaty'): a guess, not news. Not
    an act named as the clause's subject or in its time phrase ('wished his visit could have
    been more pleasant', 'believe an announcement could come during a visit by Nakasone'):
    that act is a fact the guess is about."""
    m = lex.modality
    top = chain[-1]
    if top.dep_ != "ccomp" or not any_lemma(top.head, lex, m["belief"]):
        return False
    if any(
        n.dep_ in ("nsubj", "nsubjpass") or (n.dep_ == "prep" and n.lower_ in m["time_frames"])
        for n in chain[:-1]
    ):
        return False
    return any(a.lower_ in m["possible_aux"] or a.lower_ in m["future_aux"] for a in auxes)


def _said_possible(chain: list[Token], lex: Lexicon) -> bool:
    """An act said to be only possible or likely ('a summit is possible this year', 'talks are
    likely next month', 'it is unlikely that they will meet', 'it is thought unlikely that they
    will meet'); not when the word has an act of its own ('his pledge is unlikely to avoid
    protests': the avoiding is guessed)."""
    words = lex.modality["guess_predicates"]
    top = chain[-1]
    if top.dep_ == "ccomp" and top.head.lower_ in words and top.head.pos_ == "ADJ":
        return True  # 'it is thought unlikely that they will agree': the clause of the guess
    clauses = [top.head] if top.dep_ == "ccomp" else []
    clauses += [up for down, up in pairwise(chain) if down.dep_ == "nsubj"]
    return any(
        c.dep_ == "acomp" and c.lower_ in words and not children(c, ("xcomp",))
        for clause in clauses
        for c in clause.children
    )


def _likely_deed(chain: list[Token], lex: Lexicon) -> bool:
    """An act in the infinitive of a word of likelihood ('he was unlikely to be allowed to
    return', 'Iraq is likely to attack again'): a guess about a party, not an act told."""
    words = lex.modality["guess_predicates"]
    return any(
        down.dep_ == "xcomp" and up.lower_ in words and up.dep_ in ("acomp", "ROOT")
        for down, up in pairwise(chain)
    )


def _by_chance(tok: Token, lex: Lexicon) -> bool:
    """An act in an '-ing' or noun phrase of a noun of chance ('little risk of sparking a
    clash', 'the chance of reaching a deal', 'the prospect of talks', 'prospects for talks'),
    or of what a noun of chance is said to be ('prospects appear slim for a summer meeting'):
    a possibility."""
    node = tok
    if node.dep_ == "dobj" and node.head.tag_ == "VBG":
        node = node.head
    if node.dep_ not in ("pcomp", "pobj") or node.head.lower_ not in ("of", "for"):
        return False
    owner = node.head.head
    chances = lex.modality["chance_nouns"]
    if owner.pos_ == "ADJ" and owner.dep_ in ("acomp", "oprd"):
        return any(any_lemma(s, lex, chances) for s in children(owner.head, ("nsubj",)))
    return any_lemma(owner, lex, chances)


def _expected_of_another(chain: list[Token], lex: Lexicon) -> bool:
    """An infinitive with a doer of its own under a verb of expecting or wishing ('Canberra
    expects Jakarta to lift the ban', 'Bonn would like Moscow to free them'), or one given a
    deadline ('gave Spain until Friday to drop its objections'): what one party expects of
    another, not an act. Not 'Tokyo is expected to lift the ban' (no other party expects it)
    nor 'urged Iran to withdraw' (an appeal, read on 'urged')."""
    m = lex.modality
    for node in chain:
        if node.dep_ not in ("ccomp", "xcomp", "advcl") or not is_to_infinitive(node):
            continue
        head = node.head
        doer = children(node, ("nsubj",)) if node.dep_ == "ccomp" else children(head, ("dobj",))
        if doer and (any_lemma(head, lex, m["wished_of_others"]) or sets_a_deadline(head, lex)):
            return True
    return False


def _onlookers_guess(chain: list[Token], auxes: list[Token], mod: Modality, lex: Lexicon) -> bool:
    """An act that onlookers (analysts, economists, dealers) say 'may', 'might' or 'could' be
    done ('many analysts said the premier might resign'): their guess, not news. Not a guess
    about the past ('may have fired'), nor what cannot be done ('could not meet'), nor what
    diplomats say ('Iraq could attack again, diplomats said': a possible act, as before)."""
    speech = mod.speech_verb
    if speech is None or speech.dep_ == "prep" or mod.negated or pos_of(chain[0]) != "verb":
        return False
    words = [a.lower_ for a in auxes]
    if not hedged_present(words) and not (
        hedged_present(words, frozenset({"would"})) and _under_condition(chain[0])
    ):  # 'if Ottawa imposed tariffs, Washington would retaliate, economists said'
        return False
    sayers = subjects(speech)
    return bool(sayers) and all(any_lemma(s, lex, lex.modality["onlookers"]) for s in sayers)


def _under_condition(verb: Token) -> bool:
    """A verb with an 'if' clause of its own ('would retaliate if Ottawa imposed tariffs')."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in verb.children
    )


def hedged_present(aux_words: list[str], hedges: frozenset[str] = HEDGES) -> bool:
    """One of ``hedges`` among a verb's auxiliaries and no 'have': what may yet be done ('could
    cut ties', 'might resign'), not a guess about the past ('may have fired')."""
    return any(w in hedges for w in aux_words) and not any(w in PERFECT_AUX for w in aux_words)


def _deadline_setter(subject: Token, lex: Lexicon) -> bool:
    """A subject that can set another party a deadline: a party word, a name or acronym
    ('ECOWAS gave the junta a week'), a force ('the army gave the rebels 48 hours') or a body
    ('the West African bloc', 'teachers' unions'); not a measure ('the boycott gives …')."""
    return (
        is_party_word(subject)
        or subject.pos_ == "PROPN"
        or (subject.is_upper and len(subject) > 2)
        or any_lemma(subject, lex, lex.word_class("force"))
        or any_lemma(subject, lex, lex.word_class("speaking_bodies"))
    )


def sets_a_deadline(verb: Token, lex: Lexicon) -> bool:
    """A party gives another a time limit: 'the chairman gave Spain until Friday', 'allowed
    Iran a week'. Not a measure doing so ('the boycott gives companies until September to cut
    ties': the boycott's own act is meant)."""
    if not any_lemma(verb, lex, lex.modality["deadline_givers"]):
        return False
    if not any(_deadline_setter(s, lex) for s in subjects(verb)):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in ("until", "till"))
        or (
            c.dep_ in ("dobj", "dative", "npadvmod")
            and (c.ent_type_ in ("DATE", "TIME") or any_lemma(c, lex, lex.modality["time_limits"]))
        )
        for c in verb.children
    )


def _present_clause(verb: Token) -> bool:
    """A verb in the simple present, active ('visits') or passive ('is sentenced', 'are
    tried'), with no other auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].dep_ == "auxpass"
        and auxes[0].lower_ in PRESENT_BE
    )


def _when_in_future(clause: Token, lex: Lexicon) -> bool:
    """A clause in the present tense, active or passive, that a 'when', 'once', 'before',
    'after' or 'while' opens under a clause told in the future ('Abe will explain the plan to
    U.S. officials when he visits the U.S.', 'said he will advise Brazil … when he is in
    Washington for the IMF meeting next week') or in the present ('He faces up to life in
    prison when he is sentenced next week': a penalty still to come, or a rule of what happens
    whenever it does): the act is to come, or none in particular, no act that took place."""
    if clause.dep_ != "advcl" or not _present_clause(clause):
        return False
    if not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "before", "after", "while")
        for c in clause.children
    ):
        return False
    future = lex.modality["future_aux"]
    head = clause.head
    if head.dep_ == "ROOT" and _present_clause(head) and head.tag_ in ("VBZ", "VBP"):
        return True  # 'he faces life in prison when he is sentenced'
    for _ in range(3):  # 'will advise Brazil to take up discussions … when he is in …'
        if any(c.dep_ == "aux" and c.lower_ in future for c in head.children):
            return True
        if head.dep_ not in ("xcomp", "conj") or head.head is head:
            return False
        head = head.head
    return False


def _tense_status(tok: Token, auxes: list[Token], lex: Lexicon) -> str:
    verb = tok
    while pos_of(verb) != "verb" and verb.head != verb:
        verb = verb.head
    tags = {a.tag_ for a in auxes if a.head == verb}
    if verb.tag_ == "VBG" and any(a.lower_ in PRESENT_BE for a in auxes if a.head == verb):
        return "ongoing"
    if verb.tag_ in ("VBZ", "VBP") and not tags & {"VBD"}:
        if any(a.lower_ in ("has", "have", "'ve") for a in auxes if a.head == verb):
            return "past"
        return "ongoing"
    return "past"
