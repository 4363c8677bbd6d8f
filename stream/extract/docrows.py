"""Per-doc arrays of the token attributes that never change after the parse.

``Doc.to_array`` and ``Span.to_array`` cost some tens of microseconds whatever their
length (more than reading a short sentence token by token), and the rules read the same
words of every sentence several times (trigger candidates, 'must' demands, presence
visits, the actor memory). ``word_rows`` reads the words of a whole doc once and keeps them
in ``doc.user_data``; a sentence takes its slice. Only attributes nothing changes after the
parse are kept: the dependency labels and heads, which ``repair_attributions`` moves, are
always read from the tokens.
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH, POS
from spacy.tokens import Doc

_KEY = "stream.extract.word_rows"
LOWER_COL, ORTH_COL, POS_COL = 0, 1, 2  # the columns of a row


def word_rows(doc: Doc) -> list[list[int]]:
    """``[LOWER, ORTH, POS]`` of each token of ``doc`` (string and POS ids, as the doc's
    arrays hold them), worked out once per doc. Call it only once the doc is tagged."""
    rows = doc.user_data.get(_KEY)
    if rows is None:
        rows = doc.user_data[_KEY] = doc.to_array([LOWER, ORTH, POS]).tolist()
    return rows
