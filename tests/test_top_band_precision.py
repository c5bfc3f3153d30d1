"""Decision 0672: a reading the top band held wrongly, fixed for any text. Invented sentences; each asserts the exact
set of claims (subject, predicate, object, negated)."""

from __future__ import annotations

from extracting import claims


def _keys(text: str, lexicon) -> set[tuple]:
    return set(claims(text, lexicon))


def test_a_second_verb_phrase_ends_the_first_cues_objects(lexicon):
    """ "A reduces X and increases Y": Y is the second verb's object, never something A reduces."""
    assert _keys("Ibuprofen reduces pain and increases the risk of bleeding.", lexicon) == {
        ("ibuprofen", "decreases", "pain", False),
        ("ibuprofen", "hasAdverseEffect", "hemorrhage", False),
    }
    assert _keys("Prednisolone reduces inflammation and raises blood pressure.", lexicon) == {
        ("prednisolone", "decreases", "inflammation", False),
    }
    assert _keys("Naproxen reduces swelling and can also cause heartburn.", lexicon) == {
        ("naproxen", "hasAdverseEffect", "heartburn", False),
    }


def test_a_plain_list_after_the_cue_is_still_its_objects(lexicon):
    """The boundary is a verb after "and", not "and" itself."""
    assert _keys("Loratadine reduces sneezing and itching.", lexicon) == {
        ("loratadine", "decreases", "sneezing", False),
        ("loratadine", "decreases", "pruritus", False),
    }
