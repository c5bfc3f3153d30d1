"""Decisions 1020 and 1021: side effects named in everyday words are read as the concept the words name. A sore
throat is HPO's Pharyngalgia (a symptom), not the disease package's Pharyngitis it is filed under; loss of appetite
(decreased, poor, reduced appetite) is HPO's Poor appetite, its exact synonyms, not MeSH's Anorexia. Denials, hedges,
questions, an illness's own signs and another drug's effect keep their readings. Each case asserts the whole set of
claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.not_one_concept import index_over_package

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sore throat: the symptom, in either number
        (
            "Fexofenadine for hay fever\n\nColds and sore throats are common side effects of fexofenadine.",
            {
                ("fexofenadine", "hasAdverseEffect", "common-cold", False, "Asserted"),
                ("fexofenadine", "hasAdverseEffect", "pharyngalgia", False, "Asserted"),
            },
        ),
        # denied: the same concept, negated
        (
            "Fexofenadine for hay fever\n\nFexofenadine does not cause a sore throat.",
            {("fexofenadine", "hasAdverseEffect", "pharyngalgia", True, "Asserted")},
        ),
        # a question asserts nothing
        ("Fexofenadine for hay fever\n\nDoes fexofenadine cause a sore throat?", set()),
        # the illness's own sign is no side effect of the medicine: since decision 1102 it is the illness's sign
        (
            "Fexofenadine for hay fever\n\nHay fever can give you a sore throat and itchy eyes.",
            {
                ("rhinitis-allergic-seasonal", "hasPhenotype", "pharyngalgia", False, "Asserted"),
                ("rhinitis-allergic-seasonal", "hasPhenotype", "ocular-pruritus", False, "Asserted"),
            },
        ),
        # items of a list under a side-effect heading
        (
            "Ciclesonide for asthma\n\n## Side effects\n\n- a sore throat\n- hot flushes",
            {
                ("ciclesonide", "hasAdverseEffect", "pharyngalgia", False, "Asserted"),
                ("ciclesonide", "hasAdverseEffect", "hot-flashes", False, "Asserted"),
            },
        ),
        # loss of appetite and its other everyday names: HPO's Poor appetite
        (
            "Topiramate for migraine\n\nTopiramate often causes loss of appetite.",
            {("topiramate", "hasAdverseEffect", "poor-appetite", False, "Asserted")},
        ),
        (
            "Topiramate for migraine\n\nTopiramate might cause a poor appetite.",
            {("topiramate", "hasAdverseEffect", "poor-appetite", False, "Possible")},
        ),
        (
            "Topiramate for migraine\n\nTopiramate does not cause loss of appetite.",
            {("topiramate", "hasAdverseEffect", "poor-appetite", True, "Asserted")},
        ),
        (
            "Topiramate for migraine\n\n## Side effects\n\n- decreased appetite\n- tingling in the hands",
            {
                ("topiramate", "hasAdverseEffect", "paresthesia", False, "Asserted"),
                ("topiramate", "hasAdverseEffect", "poor-appetite", False, "Asserted"),
            },
        ),
        # the word anorexia itself stays MeSH's Anorexia
        (
            "Topiramate for migraine\n\nTopiramate can cause anorexia.",
            {("topiramate", "hasAdverseEffect", "anorexia", False, "Asserted")},
        ),
        # a sign of an illness reads the same concept
        (
            "Hypothyroidism\n\nHypothyroidism is common. Common symptoms are feeling cold and a poor appetite.",
            {
                ("hypothyroidism", "hasPhenotype", "cold-intolerance", False, "Asserted"),
                ("hypothyroidism", "hasPhenotype", "poor-appetite", False, "Asserted"),
            },
        ),
    ],
)
def test_effect_concepts(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_the_names_are_read_from_the_index():
    names = index_over_package()
    assert {"sore throat", "sore throats"} <= names
    assert "pharyngitis" not in names
