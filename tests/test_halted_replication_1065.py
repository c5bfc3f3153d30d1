"""Decision 1065: a later step of an antiviral's mechanism that says, in lay words, the virus can no longer multiply
("2. With integrase blocked, the virus cannot multiply", "As a result, the virus stops making copies of itself") is
the step before lowering *viral replication*. The virus is the clause's subject and the verb of being unable or of
stopping stands right after it; a denial ("does not stop"), a hedge between ("may not be able to"), a question, a
heading, another verb ("cannot spread") and a sentence that follows from no step read nothing. Each case asserts the
whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.processes import halted_replication

BLOCKS = {
    ("baloxavir", "bindsTo", "endonuclease", False, "Asserted"),
    ("baloxavir", "hasMechanismOfAction", "endonuclease-inhibition", False, "Asserted"),
}
INTEGRASE = {
    ("raltegravir", "bindsTo", "integrase", False, "Asserted"),
    ("raltegravir", "hasMechanismOfAction", "integrase-inhibition", False, "Asserted"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered step after the drug's act, opened by the act as a state
        (
            "Raltegravir for HIV\n\nHow it works\n\n1. Raltegravir blocks integrase, an enzyme the virus needs.\n"
            "2. With integrase blocked, the virus cannot multiply.",
            INTEGRASE | {("integrase-inhibition", "decreases", "viral-replication", False, "Asserted")},
        ),
        # prose: the next sentence opens with the act as a state
        (
            "Baloxavir for flu\n\nBaloxavir blocks an enzyme called endonuclease. With that enzyme blocked, the virus "
            "can't copy itself inside the cells of the nose.",
            BLOCKS | {("endonuclease-inhibition", "decreases", "viral-replication", False, "Asserted")},
        ),
        # "As a result" and "stops making copies of itself"
        (
            "Sofosbuvir for hepatitis C\n\nHow it works\n\n1. Sofosbuvir blocks the NS5B polymerase.\n"
            "2. As a result, the virus stops making copies of itself.",
            {
                ("sofosbuvir", "bindsTo", "ns5b-polymerase", False, "Asserted"),
                ("sofosbuvir", "hasMechanismOfAction", "ns5b-polymerase-inhibition", False, "Asserted"),
                ("ns5b-polymerase-inhibition", "decreases", "viral-replication", False, "Asserted"),
            },
        ),
        # a denial: the virus does not stop multiplying, nothing halted
        (
            "Raltegravir for HIV\n\nRaltegravir blocks integrase. As a result, the virus does not stop multiplying.",
            INTEGRASE,
        ),
        # a hedge between the virus and the verb: no halt said
        (
            "Baloxavir for flu\n\nBaloxavir blocks an enzyme called endonuclease. With that enzyme blocked, the virus "
            "may not be able to copy itself.",
            BLOCKS,
        ),
        # a question
        (
            "Baloxavir for flu\n\nBaloxavir blocks an enzyme called endonuclease. So can the virus still multiply?",
            BLOCKS,
        ),
        # a heading
        (
            "Baloxavir for flu\n\nBaloxavir blocks an enzyme called endonuclease.\n\nWhy the virus cannot multiply\n\n"
            "The enzyme is needed.",
            BLOCKS,
        ),
        # another drug's act, another verb ("spread" is no replicating word)
        (
            "Baloxavir for flu\n\nOseltamivir blocks neuraminidase. As a result, the virus cannot spread from cell to "
            "cell.",
            {
                ("oseltamivir", "bindsTo", "neuraminidase", False, "Asserted"),
                ("oseltamivir", "hasMechanismOfAction", "neuraminidase-inhibition", False, "Asserted"),
            },
        ),
        # no step before: a sentence that follows from nothing
        ("Aciclovir for cold sores\n\nIn cold weather the virus cannot multiply as fast.", set()),
    ],
)
def test_halted_replication(text, expected, lexicon):
    assert certainty_claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("3. The virus can't copy itself.", ["viral replication"]),
        ("So the virus can no longer make new copies of itself.", ["viral replication"]),
        ("The virus is unable to replicate.", ["viral replication"]),
        ("The virus copies itself inside the cells.", []),
        ("The virus cannot be killed by heat.", []),
        ("The virus does not stop multiplying.", []),
    ],
)
def test_halted_words(text, found):
    assert [" ".join(n) for _, _, n, down in halted_replication(text) if down] == found
