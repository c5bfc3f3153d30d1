"""Decision 1018: a class stated with a contracted copula. "It's a Y", "It's one of the Ys", "it's a kind of Y" are
read as "it is a Y" (class-membership, class-statement), and "It isn't a Y", "it's not a Y" deny the class as "it
is not a Y" does, also where the class is one only a class statement names ("a vaccine", "a prodrug", "a steroid":
class_names.py's BEFORE). "There's / here's / what's a Y" states no class of anything; a conditional supposes it;
what a relative thinks or says ("My mum thinks it's a sedative", "My cousin said it's a steroid") is hearsay, as a
friend's word is (framed_claims.py), while a professional's ("The nurse said it's an antiviral") is the text's. Each
case asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The
sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.class_names import BEFORE

claims = certainty_claims
TITLE = "Zanubrutinib for lymphoma\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the contracted copula: a class asserted
        (
            "It's a kinase inhibitor, taken twice a day.",
            {("zanubrutinib", "isA", "kinase-inhibitor", False, "Asserted")},
        ),
        ("It’s an antiviral.", {("zanubrutinib", "isA", "antiviral-agent", False, "Asserted")}),
        ("It's a prodrug.", {("zanubrutinib", "isA", "prodrug", False, "Asserted")}),
        # "one of the Ys", "a type of medicine called a Y"
        (
            "It's one of the atypical antipsychotics.",
            {("zanubrutinib", "isA", "atypical-antipsychotic", False, "Asserted")},
        ),
        (
            "It's a type of medicine called a tyrosine kinase inhibitor.",
            {("zanubrutinib", "isA", "tyrosine-kinase-inhibitor", False, "Asserted")},
        ),
        # denied with the contracted copula: negated, also for the classes only a class statement names
        ("It isn't a steroid.", {("zanubrutinib", "isA", "corticosteroid", True, "Asserted")}),
        ("It's not a steroid.", {("zanubrutinib", "isA", "corticosteroid", True, "Asserted")}),
        ("It isn't a vaccine, so it will not protect anyone.", {("zanubrutinib", "isA", "vaccine", True, "Asserted")}),
        # another drug named by its own contracted copula: that drug's class
        (
            "Ibrutinib's a kinase inhibitor.",
            {("ibrutinib", "isA", "kinase-inhibitor", False, "Asserted")},
        ),
        # near misses: no subject the class is said of
        ("There's a steroid cream for the rash as well.", set()),
        ("What's a kinase inhibitor?", set()),
        # ("here's a Y for Z": the use of the class, no class of the drug)
        (
            "Here's an antiviral for the cold sores.",
            {("antiviral-agent", "treats", "herpes-labialis", False, "Asserted")},
        ),
        # a conditional states no class
        ("If it's an antibiotic, it won't help a cold.", set()),
        # a relative's belief or word is hearsay, no class; a professional's word is the text's
        ("My mum thinks it's a sedative.", set()),
        ("My cousin said it's a steroid.", set()),
        ("My brother thinks it is a sedative.", set()),
        ("The nurse said it's an antiviral.", {("zanubrutinib", "isA", "antiviral-agent", False, "Asserted")}),
        # the hearsay and the writer's denial after it: the denial stands
        (
            "My aunt said it's a steroid. It isn't a steroid.",
            {("zanubrutinib", "isA", "corticosteroid", True, "Asserted")},
        ),
    ],
)
def test_contracted_classes(lexicon, text, expected):
    assert claims(TITLE + text, lexicon) == expected


@pytest.mark.parametrize(
    ("left", "states"),
    [
        ("It isn't a", True),
        ("it's not a", True),
        ("They’re a", True),
        ("There's a", False),
        ("What's a", False),
        ("Anna's", False),
    ],
)
def test_before_reads_contracted_copula(left, states):
    assert bool(BEFORE.search(left)) is states
