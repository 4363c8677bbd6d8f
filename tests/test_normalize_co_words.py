"""British 'co-' spellings are written as one word for the parser, offsets kept."""

from __future__ import annotations

from stream.extract.normalize import normalize


def test_co_operate_and_co_ordinate_lose_their_hyphen_with_offsets_kept():
    original = "Peru will co-operate; the raids were Co-ordinated, said the co-op."
    clean = normalize(original)
    assert clean.text == "Peru will cooperate; the raids were Coordinated, said the co-op."
    start = clean.text.index("cooperate")
    o_start, o_end = clean.span_to_original(start, start + len("cooperate"))
    assert original[o_start:o_end] == "co-operate"
    later = clean.text.index("raids")
    assert original[clean.to_original(later) :].startswith("raids")


def test_other_hyphenated_co_words_stay_as_written():
    assert normalize("a co-founder of the co-op").text == "a co-founder of the co-op"
