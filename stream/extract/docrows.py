"""Per-doc arrays of the token attributes that never change after the parse.

``Doc.to_array`` and ``Span.to_array`` cost some tens of microseconds whatever their
length (more than reading a short sentence token by token), and the rules read the same
words of every sentence several times (trigger candidates, 'must' demands, presence
visits, the actor memory). ``word_rows`` reads the words of a whole doc once and keeps them
in ``doc.user_data``; a sentence takes its slice. Only attributes nothing changes after the
parse are kept: the dependency labels and heads, which ``repair_attributions`` moves, are
always read from the tokens.

``per_token`` keeps what a rule reads off the dependency tree (a verb's subjects, its
objects) for each token of a doc, in ``doc.user_data`` too; ``forget_parse`` drops every such
result when a repair moves a head, so none outlives the tree it was read from.

``sentence_deps`` keeps the dependency labels each sentence holds, for a repair that needs
a label to skip a sentence with none; ``forget_parse`` drops them with the rest, and every
label a repair moves, it moves through ``syntax.rehang``, which calls it.

``sentence_starts`` keeps where each sentence of a parsed doc starts, and
``remember_sentences`` gives its tokens a sentence look-up in them: spaCy's ``Token.sent``
walks to the sentence's edges anew on every call (some microseconds), and the rules ask it
tens of thousands of times (is this date in the trigger's sentence?).

A doc made from part of another (``Span.as_doc``) shares its hooks and, with
``copy_user_data=True``, copies its ``user_data``: what is kept tells such a doc apart by
its length and is worked out anew for it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import wraps

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

_KEY = "stream.extract.word_rows"
_PARSE_KEY = "stream.extract.per_token"
_SENTENCES_KEY = "stream.extract.sentence_starts"
_SPAN_WORDS_KEY = "stream.extract.span_words"
_DEPS_KEY = "stream.extract.sentence_deps"
LOWER_COL, ORTH_COL, POS_COL = 0, 1, 2  # the columns of a row
_WORD_IDS: dict[tuple[str, ...] | frozenset[str], frozenset[int]] = {}  # words → string ids


def word_rows(doc: Doc) -> list[list[int]]:
    """``[LOWER, ORTH, POS]`` of each token of ``doc`` (string and POS ids, as the doc's
    arrays hold them), worked out once per doc. Call it only once the doc is tagged."""
    rows = doc.user_data.get(_KEY)
    if rows is None or len(rows) != len(doc):  # none yet, or copied from a longer doc
        rows = doc.user_data[_KEY] = doc.to_array([LOWER, ORTH, POS]).tolist()
    return rows


def string_ids(strings: Iterable[str]) -> frozenset[int]:
    """The string ids of ``strings`` (words, dependency labels), to compare with a token's
    ``lower`` or ``dep`` instead of its ``lower_`` or ``dep_``; kept for a tuple or a frozenset
    (the word lists and label sets of the rules), worked out anew for any other collection."""
    if not isinstance(strings, tuple | frozenset):
        return frozenset(map(get_string_id, strings))
    ids = _WORD_IDS.get(strings)
    if ids is None:
        ids = _WORD_IDS[strings] = frozenset(map(get_string_id, strings))
    return ids


def sentence_has(sent: Span, words: frozenset[str]) -> bool:
    """Whether a token of ``sent`` is, lower-cased, one of ``words`` (``any(t.lower_ in words
    for t in sent)``), read off the doc's arrays with no Token per word: a rule that needs
    such a word skips the sentence at once."""
    return not string_ids(words).isdisjoint(_words_of(sent))


def _words_of(span: Span) -> frozenset[int]:
    """The lower-cased words of ``span`` as string ids, read once per token range of a doc:
    the rules ask of one sentence whether it holds a word of this list or that one a dozen
    times."""
    doc = span.doc
    kept = doc.user_data.get(_SPAN_WORDS_KEY)
    if kept is None or kept[0] != len(doc):  # none yet, or copied from a longer doc
        kept = doc.user_data[_SPAN_WORDS_KEY] = (len(doc), {})
    key = (span.start, span.end)
    words = kept[1].get(key)
    if words is None:
        rows = word_rows(doc)
        words = kept[1][key] = frozenset(rows[i][LOWER_COL] for i in range(*key))
    return words


def sentence_deps(sent: Span) -> frozenset[int]:
    """The dependency labels of the tokens of ``sent`` as string ids, read off the doc's
    arrays once per token range until a repair moves a label (``forget_parse``): a repair
    whose rule needs a word with some label ('dep', 'conj', 'acl') passes over a sentence
    with none at once, with no Token per word."""
    doc = sent.doc
    kept = doc.user_data.get(_DEPS_KEY)
    if kept is None or kept[0] != len(doc):  # none yet, or copied from a longer doc
        # the doc's whole column: a span's own ``to_array`` costs more than the doc's
        kept = doc.user_data[_DEPS_KEY] = (len(doc), doc.to_array([DEP]).ravel().tolist(), {})
    key = (sent.start, sent.end)
    deps = kept[2].get(key)
    if deps is None:
        deps = kept[2][key] = frozenset(kept[1][sent.start : sent.end])
    return deps


def sentence_has_deps(sent: Span, deps: frozenset[int]) -> bool:
    """Whether ``sent`` holds a token of each of the dependency labels ``deps`` (string ids,
    ``string_ids``)."""
    return deps <= sentence_deps(sent)


def per_token(rule: Callable[[Token], list[Token]]) -> Callable[[Token], list[Token]]:
    """``rule`` worked out once per token of a doc (until ``forget_parse``); each call gets a
    list of its own, which the caller may extend. Kept as token indices, with the doc's
    length, so the doc's ``user_data`` holds no reference back to the doc."""
    name = f"{rule.__module__}.{rule.__qualname__}"

    @wraps(rule)
    def remembered(tok: Token) -> list[Token]:
        doc = tok.doc
        kept = doc.user_data.get(_PARSE_KEY)
        if kept is None or kept[0] != len(doc):  # none yet, or copied from a longer doc
            kept = doc.user_data[_PARSE_KEY] = (len(doc), {})
        memos = kept[1]
        memo = memos.get(name)
        if memo is None:
            memo = memos[name] = {}
        found = memo.get(tok.i)
        if found is None:
            found = memo[tok.i] = tuple(t.i for t in rule(tok))
        return [doc[i] for i in found]

    return remembered


def forget_parse(doc: Doc) -> None:
    """Drop what ``per_token`` rules read off the tree of ``doc`` and the labels its
    sentences hold (``sentence_deps``): a repair moved a head or a label."""
    doc.user_data.pop(_PARSE_KEY, None)
    doc.user_data.pop(_DEPS_KEY, None)


def remember_sentences(doc: Doc) -> None:
    """Make ``Token.sent`` of ``doc`` a look-up in its sentence boundaries, read once. Call
    it once the parse has set them. spaCy derives a sentence's start anew from the tree on
    every head change (the left edge of each root), and the repairs keep one tree per
    sentence, so its sentences stay these. Only the boundaries are kept, so the hook holds
    no reference back to the doc; a doc of another length that shares the hook
    (``Span.as_doc`` hands on the very dict of hooks) asks spaCy, and the doc gets a dict of
    hooks of its own, so none it shares changes."""
    starts = sentence_starts(doc)
    ends = [*starts[1:], len(doc)]
    size = len(doc)

    def sentence(tok: Token) -> Span:
        if len(tok.doc) != size:
            return tok.doc[tok.i : tok.i + 1].sent
        k = bisect_right(starts, tok.i) - 1
        return tok.doc[starts[k] : ends[k]]

    doc.user_token_hooks = {**doc.user_token_hooks, "sent": sentence}


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence of a parsed ``doc``, read once per doc."""
    kept = doc.user_data.get(_SENTENCES_KEY)
    if kept is None or kept[0] != len(doc):  # none yet, or copied from a longer doc
        kept = doc.user_data[_SENTENCES_KEY] = (len(doc), [s.start for s in doc.sents])
    return kept[1]
