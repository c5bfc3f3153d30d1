"""Decision 1114: extraction speed, round 49. Recognition asks whether a text holds a digit (the gate of the numbered
subtypes, "cyclo-oxygenase 2") with `any(map(str.isdigit, text))` instead of a generator over every character: the
same answer (str.isdigit for each character), in C. The claims of invented texts with and without a number after a
target's name, its near misses (denied, asked, a superscript that is no subtype number) stay as they were. The
sentences and documents are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.recognise import recognise

NOTES = "# Celecoxib notes\n\n"
COX2 = "cyclooxygenase-2"
COX = "prostaglandin-endoperoxide-synthase"

CASES = [
    # the numbered subtype: the digit gate is open
    (
        NOTES + "Celecoxib blocks cyclo-oxygenase 2.\n",
        {
            ("celecoxib", "bindsTo", COX2, False, "Asserted", "rule:target-verb"),
            ("celecoxib", "hasMechanismOfAction", COX2 + "-inhibition", False, "Asserted", "rule:target-inhibition"),
        },
    ),
    # no number anywhere: the family, as before
    (
        NOTES + "Celecoxib blocks cyclo-oxygenase.\n",
        {
            ("celecoxib", "bindsTo", COX, False, "Asserted", "rule:target-verb"),
            ("celecoxib", "hasMechanismOfAction", COX + "-inhibition", False, "Asserted", "rule:target-inhibition"),
        },
    ),
    # denied: the subtype, denied
    (
        NOTES + "Celecoxib does not block cyclo-oxygenase 2.\n",
        {("celecoxib", "bindsTo", COX2, True, "Asserted", "rule:target-verb")},
    ),
    # a superscript is a digit to str.isdigit, but no subtype's number: the family
    (
        NOTES + "Celecoxib blocks cyclo-oxygenase\u00b2.\n",
        {
            ("celecoxib", "bindsTo", COX, False, "Asserted", "rule:target-verb"),
            ("celecoxib", "hasMechanismOfAction", COX + "-inhibition", False, "Asserted", "rule:target-inhibition"),
        },
    ),
    # a question asserts nothing
    (NOTES + "Does celecoxib block cyclo-oxygenase 2?\n", set()),
]


@pytest.fixture(scope="module")
def lexicon():
    from ontology.lexicon import load_lexicon

    return load_lexicon()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text: str, expected: set, lexicon) -> None:
    assert rule_claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "slugs"),
    [
        ("It blocks cyclo-oxygenase 2.", ["cyclooxygenase-2"]),  # a digit at the end of the text
        ("2 tablets. It blocks cyclo-oxygenase.", [COX]),  # a digit, but not after the target
        ("It blocks cyclo-oxygenase.", [COX]),  # no digit at all
    ],
)
def test_numbered_subtype_gate(text: str, slugs: list[str], lexicon) -> None:
    assert [m.slug for m in recognise(text, lexicon)[0]] == slugs
