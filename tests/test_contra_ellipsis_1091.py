"""Decision 1091: three shapes of a contraindication the rules missed. The ellipsis "nor / neither can anyone with Y"
after a prohibition of taking, joined by a comma or a semicolon instead of "and" ("People with Y can't have it, nor
can anyone allergic to it"), forbids the drug to the second group as "and nor can" does, and so does an opening "Nor
can anyone allergic to it." that says the taking again or ends with the group's condition; and "You can't take X if
you have Y" (the reader told they cannot take the drug named right after) forbids it as "do not take X if" does.
Near misses: a "nor" with no prohibition before it, an opening "Nor should anyone with Y worry", a question, a hedge,
"can still take", a partner after "if you are taking" (an interaction), another drug's prohibition, a heading. Each
case asserts the whole set of claims of a short text: (subject, predicate, object, negated, certainty). The sentences
are invented."""

import pytest
from extracting import certainty_claims

RAMIPRIL = "Ramipril for blood pressure\n\n"

CASES = [
    # ", nor can anyone allergic to it" after "can't have it": the second group forbidden too
    (
        "People with gout can't have it, nor can anyone allergic to it.",
        {
            ("ramipril", "contraindicatedIn", "gout", False, "Asserted"),
            ("ramipril", "contraindicatedIn", "ramipril-hypersensitivity", False, "Asserted"),
        },
    ),
    # "; neither should anyone with Y" after "must not take"
    (
        "People with gout must not take ramipril; neither should anyone with asthma.",
        {
            ("ramipril", "contraindicatedIn", "gout", False, "Asserted"),
            ("ramipril", "contraindicatedIn", "asthma", False, "Asserted"),
        },
    ),
    # ", nor" with no prohibition of taking before it: nothing forbidden
    ("Alcohol is fine with it, nor should anyone with gout worry about it.", set()),
    # "You can't take X if you have Y"
    ("You can't take ramipril if you have gout.", {("ramipril", "contraindicatedIn", "gout", False, "Asserted")}),
    # "You cannot have X if you're allergic to it": the drug's own allergy
    (
        "You cannot have ramipril if you're allergic to it.",
        {("ramipril", "contraindicatedIn", "ramipril-hypersensitivity", False, "Asserted")},
    ),
    # another drug's prohibition stays that drug's
    (
        "You can't take ibuprofen if you have a stomach ulcer.",
        {("ibuprofen", "contraindicatedIn", "stomach-ulcer", False, "Asserted")},
    ),
    # "if you are already taking A": a partner, an interaction, no contraindication
    (
        "You can't take ramipril if you are already taking lithium.",
        {("ramipril", "interactsWith", "lithium", False, "Asserted")},
    ),
    # a question, a hedge and "can still take" forbid nothing
    ("Can't you take ramipril if you have gout?", set()),
    ("You may not be able to take ramipril if you have gout.", set()),
    ("You can still take ramipril if you have gout.", set()),
    # "can't take X with A" is no "if" clause: no contraindication read from it
    ("You can't take ramipril with lithium.", set()),
    # an opening "Nor can anyone allergic to it." after a prohibition: the ellipsis of the sentence before
    (
        "People with gout must not take it. Nor can anyone allergic to it.",
        {
            ("ramipril", "contraindicatedIn", "gout", False, "Asserted"),
            ("ramipril", "contraindicatedIn", "ramipril-hypersensitivity", False, "Asserted"),
        },
    ),
    # ... or with the taking said again
    (
        "Nor should anyone with asthma take it.",
        {("ramipril", "contraindicatedIn", "asthma", False, "Asserted")},
    ),
    # an opening "Nor should anyone with Y" with another verb after the group forbids nothing
    ("Alcohol is fine. Nor should anyone with gout worry about it.", set()),
    # a heading is no sentence
    (
        "## You can't take ramipril if you have gout\n\nIt is a tablet.",
        {("ramipril", "hasFormulation", "tablet", False, "Asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert certainty_claims(RAMIPRIL + text, lexicon) == expected
