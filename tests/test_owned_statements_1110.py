"""Decision 1110: a class statement ("It is a Y", "It isn't a Y", "It belongs to the Ys") or a contraindication ("It
must not be taken in pregnancy", "People who are allergic to it can't take it") whose "it" the focus gave to another
drug - a person's other medicine named in the sentences before - is the document's drug's, when the title names that
drug. A drug the sentence itself names before its "it" keeps the claim; a question or a heading says nothing. Each case
asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences
are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims

#: The opening every case shares: the writer's other medicine is named last as the one taken first, so a later "it"
#: is left to it by the focus.
OPENING = (
    "Indapamide for blood pressure\n\nMy doctor first put me on amlodipine, and when amlodipine alone did not bring "
    "the numbers down she added indapamide. The box has a brand name on it. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what it is, what it is not, who must not take it, and an allergy to it: the document's drug's
        (
            OPENING + "It is a diuretic, and I take it every morning. It isn't a steroid. It must not be taken in "
            "pregnancy. People who are allergic to it can't take it.",
            {
                ("indapamide", "isA", "diuretic", False, "Asserted"),
                ("indapamide", "isA", "corticosteroid", True, "Asserted"),
                ("indapamide", "contraindicatedIn", "pregnant-women", False, "Asserted"),
                ("indapamide", "contraindicatedIn", "indapamide-hypersensitivity", False, "Asserted"),
            },
        ),
        # "belongs to": the same class statement
        (
            OPENING + "It belongs to the thiazide-like diuretics.",
            {("indapamide", "isA", "thiazide-like-diuretic", False, "Asserted")},
        ),
        # hedged: the document's drug's, and still hedged
        (
            OPENING + "It might not be suitable in pregnancy.",
            {("indapamide", "contraindicatedIn", "pregnant-women", False, "Possible")},
        ),
        # another drug's: named in the sentence before its "it", it keeps the class
        (
            OPENING + "Her sister takes amlodipine too, and it is a calcium channel blocker.",
            {("amlodipine", "isA", "calcium-channel-blocker", False, "Asserted")},
        ),
        # another drug the sentence before named alone, as taken: the "it" may be either, it keeps the class
        (
            OPENING + "Her sister takes amlodipine. It is a calcium channel blocker.",
            {("amlodipine", "isA", "calcium-channel-blocker", False, "Asserted")},
        ),
        # another drug's, named as the subject
        (
            OPENING + "Amlodipine is a calcium channel blocker.",
            {("amlodipine", "isA", "calcium-channel-blocker", False, "Asserted")},
        ),
        # a question, and a heading asking it: nothing
        (OPENING + "Is it a steroid?", set()),
        (OPENING + "\n\n## Is it a steroid\n\nThe nurse was asked.", set()),
    ],
)
def test_owned_statements(lexicon, text, expected):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading asking who must not take it, without its question mark: its verbless answers are the list
        (
            "Ramosetron for IBS\n\n## WHO SHOULD NOT TAKE IT\n\nAnyone with a blockage of the bowel. People who are "
            "allergic to ramosetron.",
            {
                ("ramosetron", "contraindicatedIn", "intestinal-obstruction", False, "Asserted"),
                ("ramosetron", "contraindicatedIn", "ramosetron-hypersensitivity", False, "Asserted"),
            },
        ),
        # a heading asking who CAN take it: nothing forbidden
        ("Ramosetron for IBS\n\n## WHO CAN TAKE IT\n\nAnyone with a blockage of the bowel.", set()),
    ],
)
def test_unmarked_question_heading(lexicon, text, expected):
    assert claims(text, lexicon) == expected
