"""Decision 1061: a table of side effects under a side-effect heading whose first column is headed by a bare word
for what each row is ("| Effect | Notes |", "| What | How often |", "| Problem | What to do |") lists the effects of
the document's drug, as one headed "| Side effect |" does; under such a heading a title that names no drug leaves the
table to the document's drug. Outside a side-effect heading such a table says nothing ("| What | When |" may be a
diary). Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated,
certainty). The texts are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.extract import WHAT_COLUMN

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "Effect" column under a side-effect heading, the title naming no drug: the document's drug's
        (
            "# Grandma's new tablets\n\nShe now takes ramipril every morning.\n\n## Side effects\n\n"
            "| Effect | How often |\n|---|---|\n| Headache | Common |\n| Dizziness | Rare |\n",
            {
                ("ramipril", "hasAdverseEffect", "headache", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "dizziness", False, "Occasional"),
            },
        ),
        # "What" under a side-effect heading, the title naming the drug
        (
            "# Ramipril: a guide\n\nRamipril is a tablet.\n\n## Side effects\n\n"
            "| What | How likely |\n|---|---|\n| Dry cough | Common |\n| Rash | Rare |\n",
            {
                ("ramipril", "hasAdverseEffect", "nonproductive-cough", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "exanthema", False, "Occasional"),
                ("ramipril", "hasFormulation", "tablet", False, "Asserted"),
            },
        ),
        # "Problem" and a column of advice: the rows are still the effects
        (
            "# Dad's pills\n\nHe takes ramipril now.\n\n## Side effects\n\n"
            "| Problem | What to do |\n|---|---|\n| Dizziness | Sit down |\n| Tiredness | Rest |\n",
            {
                ("ramipril", "hasAdverseEffect", "dizziness", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "fatigue", False, "Asserted"),
            },
        ),
        # near miss: the same kind of table under a heading that is no side-effect heading (a diary)
        (
            "# Grandma's new tablets\n\nShe now takes ramipril every morning.\n\n## Her week\n\n"
            "| What | When |\n|---|---|\n| Headache | Monday |\n| Dizziness | Friday |\n",
            set(),
        ),
        # near miss: a bare "Symptom" column under a heading that names no side effects
        (
            "# Grandma's new tablets\n\nShe now takes ramipril every morning.\n\n## What the nurse said\n\n"
            "| Symptom | Notes |\n|---|---|\n| Headache | Common |\n",
            set(),
        ),
        # near miss: "| Side effect |" with no side-effect heading and a title naming no drug stays unowned
        (
            "# Grandma's new tablets\n\nShe now takes ramipril every morning.\n\n## Her week\n\n"
            "| Side effect | How often |\n|---|---|\n| Headache | Common |\n",
            set(),
        ),
    ],
)
def test_effects_tables(lexicon, text, expected):
    assert claims(text, lexicon, ".md") == expected


def test_what_column_is_a_bare_word():
    assert WHAT_COLUMN.fullmatch("Effect") and WHAT_COLUMN.fullmatch("What")
    assert not WHAT_COLUMN.fullmatch("What to do") and not WHAT_COLUMN.fullmatch("When")
    assert not WHAT_COLUMN.fullmatch("Symptom")
