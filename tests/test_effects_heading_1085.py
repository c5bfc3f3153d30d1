"""Decision 1085: a section headed in the words of side effects ("## Side effects she was warned about") is the
dominant drug's even when the paragraph before the heading left another drug in focus (the rescue inhaler she also
carries). Near misses keep their reading: another drug named in the section owns what it says, a denied effect stays
denied, a question names nothing, a heading of what to watch for or of another kind, and a question heading of
another kind under the side-effect heading, give no owner. Each case asserts the whole set of claims the short text
gives: (subject, predicate, object, negated, certainty). The texts are invented."""

import pytest
from extracting import certainty_claims

#: A club letter whose title names no drug: montelukast is named most, the inhaler last before the heading.
LETTER = (
    "# Riverside Walkers: spring newsletter\n\n## Our new member\n\nJune takes montelukast every evening for her "
    "asthma. Montelukast has kept her off the steroid tablets this winter, and montelukast is easy to take. "
    "For a bad day she also carries a salbutamol inhaler.\n\n## {heading}\n\n{body}\n"
)
WARNED = "Side effects she was warned about"


@pytest.mark.parametrize(
    ("heading", "body", "expected"),
    [
        # the people's effect in the section: the dominant drug's, as often as "some people" says
        (WARNED, "Some people get headaches.", {("montelukast", "hasAdverseEffect", "headache", False, "Occasional")}),
        # a list that "may happen": Possible
        (
            WARNED,
            "Tummy ache may happen, and rarely a rash.",
            {("montelukast", "hasAdverseEffect", "abdominal-pain", False, "Possible")},
        ),
        # a denied effect stays denied
        (
            WARNED,
            "Some people get headaches. It has never made her sleepy.",
            {
                ("montelukast", "hasAdverseEffect", "headache", False, "Occasional"),
                ("montelukast", "hasAdverseEffect", "somnolence", True, "Asserted"),
            },
        ),
        # another drug named in the section owns its own effect
        (WARNED, "Salbutamol can make her shaky.", {("albuterol", "hasAdverseEffect", "tremor", False, "Asserted")}),
        # a question states nothing
        (WARNED, "Some people get headaches? She asked the nurse.", set()),
        # a heading of what to watch for is no heading in the words of side effects: the focus rule stands
        ("What to watch for", "Some people get headaches.", set()),
        # a question heading of another kind under the side-effect heading ends its section
        (WARNED + "\n\n## Who should not take it?", "Some people get headaches.", set()),
        # a heading of another kind
        ("Walking plans", "Some people get headaches.", set()),
    ],
)
def test_side_effect_heading_is_the_dominant_drugs(lexicon, heading, body, expected):
    assert certainty_claims(LETTER.format(heading=heading, body=body), lexicon, ".md") == expected
